#!/usr/bin/env python3
"""wide8 generator: long, composite mail where the sensitive part is small.

Python 3 standard library only. Deterministic.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only verify what is on disk

Everything in these messages is invented: people, organisations, addresses,
telephone numbers and identifiers.  Domains are under example.com / .org /
.net or the .test TLD; telephone numbers are in the 555-01xx range.
"""

import base64
import csv
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import random
import re
import sys
import textwrap
import zlib
import xml.etree.ElementTree as ET
from email import policy as _policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261208
LABELS = ("none", "phi", "restricted")
CATS = ("mh", "sud", "hiv", "gen", "rep")
EXPECT = {"none": 80, "phi": 75, "restricted": 45}
EXPECT_TRAPS_MIN = 55
EXPECT_CAT_MIN = 7

# ---------------------------------------------------------------- registry

MSGS = []


def M(slug, label, reason, cat=None, lang="en"):
    """Register a message builder.  The builder returns the message bytes."""
    assert label in LABELS, slug
    if label == "restricted":
        assert cat in CATS, slug
    else:
        assert cat is None, slug
    if slug.startswith("trap-"):
        assert label == "none", slug

    def deco(fn):
        MSGS.append(dict(slug=slug, label=label, reason=reason, cat=cat,
                         lang=lang, build=fn))
        return fn
    return deco


# ---------------------------------------------------------------- time

TZ = {
    "est": _dt.timezone(_dt.timedelta(hours=-5)),
    "cst": _dt.timezone(_dt.timedelta(hours=-6)),
    "mst": _dt.timezone(_dt.timedelta(hours=-7)),
    "pst": _dt.timezone(_dt.timedelta(hours=-8)),
    "utc": _dt.timezone.utc,
    "cet": _dt.timezone(_dt.timedelta(hours=1)),
    "eet": _dt.timezone(_dt.timedelta(hours=2)),
    "msk": _dt.timezone(_dt.timedelta(hours=3)),
    "brt": _dt.timezone(_dt.timedelta(hours=-3)),
    "ict": _dt.timezone(_dt.timedelta(hours=7)),
    "cst8": _dt.timezone(_dt.timedelta(hours=8)),
    "jst": _dt.timezone(_dt.timedelta(hours=9)),
    "kst": _dt.timezone(_dt.timedelta(hours=9)),
    "trt": _dt.timezone(_dt.timedelta(hours=3)),
}


def D(s, tz="est"):
    """'2026-11-30 09:14' -> aware datetime."""
    return _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ[tz])


def rfcdate(dt):
    return format_datetime(dt)


# ---------------------------------------------------------------- people

class P:
    """A correspondent.  sig is a list of signature lines (may be empty)."""

    def __init__(self, name, email, sig=None, disc=None, lang="en"):
        self.name = name
        self.email = email
        self.sig = sig if sig is not None else []
        self.disc = disc
        self.lang = lang

    def __repr__(self):
        return "P(%r)" % self.name


# ---------------------------------------------------------------- encoding

def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encword(s, charset="utf-8", mode="B"):
    """RFC 2047 encode s into one or more encoded words, each <= 75 chars."""
    cs = charset.upper()
    words = []
    cur = ""

    def enc(chunk):
        b = chunk.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        out = []
        for c in b:
            ch = chr(c)
            if ch == " ":
                out.append("_")
            elif (ch.isalnum() and c < 128) or ch in "!*+-/":
                out.append(ch)
            else:
                out.append("=%02X" % c)
        return "=?%s?Q?%s?=" % (cs, "".join(out))

    for ch in s:
        trial = cur + ch
        if len(enc(trial)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(enc(cur))
    return words


def fold_words(name, words):
    """Fold a header made of tokens (already encoded) at <= 78 columns."""
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def hdr_unstructured(name, value, charset="utf-8", mode="B"):
    if _ascii(value):
        return fold_words(name, value.split(" "))
    # keep a leading ASCII prefix such as "RE: " readable, encode the rest
    return fold_words(name, encword(value, charset, mode))


def fmt_addr(p, charset="utf-8", mode="B"):
    if isinstance(p, str):
        return p
    if not p.name:
        return p.email
    if _ascii(p.name):
        if re.search(r'[(),.:;<>@\[\]"\\]', p.name):
            return '"%s" <%s>' % (p.name.replace('"', ''), p.email)
        return "%s <%s>" % (p.name, p.email)
    return "%s <%s>" % (" ".join(encword(p.name, charset, mode)), p.email)


def hdr_addrs(name, people, charset="utf-8", mode="B"):
    toks = [fmt_addr(p, charset, mode) for p in people]
    # fold after commas
    words = []
    for i, t in enumerate(toks):
        parts = t.split(" ")
        if i < len(toks) - 1:
            parts[-1] += ","
        words.extend(parts)
    return fold_words(name, words)


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp_encode(data):
    """Quoted-printable for CRLF text.  data: bytes with CRLF line ends."""
    out_lines = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and i != len(line) - 1):
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out_lines.append(cur + "=")
                cur = t
            else:
                cur += t
        out_lines.append(cur)
    return "\r\n".join(out_lines)


def crlf(s):
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return s.replace("\n", "\r\n")


# ---------------------------------------------------------------- text helpers

_KEEP = re.compile(r"^(\s{2,}|\||>|-{3,}|={3,}|_{5,}|\+|\t)")


def wrap(text, width=76):
    """Reflow every line longer than width, except table-ish lines."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or _KEEP.match(line) or "|" in line or "\t" in line:
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)]|[a-z][.)])\s+)", line)
        if m:
            ind = " " * len(m.group(1))
            out.extend(textwrap.wrap(line, width, subsequent_indent=ind,
                                     break_long_words=False, break_on_hyphens=False))
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False,
                                     break_on_hyphens=False) or [""])
    return "\n".join(out)


def quote(text, mark=">"):
    res = []
    for line in text.split("\n"):
        if line.startswith(mark):
            res.append(mark + line)
        elif line == "":
            res.append(mark)
        else:
            res.append(mark + " " + line)
    return "\n".join(res)


def dedent(s):
    return textwrap.dedent(s).strip("\n")


def esc(s):
    return _html.escape(s, quote=False)


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, ctype, body=None, charset=None, cte=None, filename=None,
                 disposition=None, params=None, parts=None, extra=None,
                 fn_charset=None):
        self.ctype = ctype
        self.body = body            # str or bytes for leaves
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.params = params or []
        self.parts = parts          # for multipart
        self.extra = extra or []    # extra header lines (name, value)
        self.fn_charset = fn_charset


def T(text, subtype="plain", charset="utf-8", cte=None, filename=None,
      disposition=None, params=None, flowed=False, wrapit=True, extra=None):
    """A text part.  text is a str with \\n line ends."""
    if wrapit and subtype == "plain":
        text = wrap(text)
    prm = list(params or [])
    if flowed:
        prm.append(("format", "flowed"))
    return Part("text/" + subtype, text, charset=charset, cte=cte,
                filename=filename, disposition=disposition, params=prm,
                extra=extra)


def H(html_text, charset="utf-8", cte="quoted-printable"):
    return Part("text/html", html_text, charset=charset, cte=cte)


def A(data, ctype, filename, cte="base64", disposition="attachment",
      params=None, fn_charset=None):
    return Part(ctype, data, cte=cte, filename=filename,
                disposition=disposition, params=params, fn_charset=fn_charset)


def MP(subtype, parts, params=None):
    return Part("multipart/" + subtype, parts=parts, params=params)


def R822(msg_bytes, filename=None, ctype="message/rfc822"):
    return Part(ctype, msg_bytes, filename=filename,
                disposition="attachment" if filename else "inline")


_BCOUNT = [0]


def _boundary(seed):
    h = hashlib.sha1(seed.encode()).hexdigest()[:24]
    return "----=_Part_%s" % h


def _param(name, value, fn_charset=None):
    if _ascii(value):
        return '%s="%s"' % (name, value)
    cs = fn_charset or "utf-8"
    enc = "".join(c if (c.isalnum() and ord(c) < 128) or c in "-._" else
                  "".join("%%%02X" % b for b in c.encode(cs)) for c in value)
    return "%s*=%s''%s" % (name, cs.upper(), enc)


def render_part(p, seed):
    """Return (header_lines:list[str], body:bytes)."""
    hl = []
    if p.parts is not None:
        b = _boundary(seed)
        ct = "Content-Type: %s;" % p.ctype
        for k, v in p.params:
            ct += "\r\n %s=%s;" % (k, v)
        ct += "\r\n boundary=\"%s\"" % b
        hl.append(ct)
        for k, v in p.extra:
            hl.append("%s: %s" % (k, v))
        chunks = [b"This is a multi-part message in MIME format.\r\n"]
        for i, sub in enumerate(p.parts):
            shl, sbody = render_part(sub, seed + "/%d" % i)
            chunks.append(("--%s\r\n" % b).encode())
            chunks.append(("\r\n".join(shl) + "\r\n\r\n").encode())
            chunks.append(sbody)
            if not sbody.endswith(b"\r\n"):
                chunks.append(b"\r\n")
        chunks.append(("--%s--\r\n" % b).encode())
        return hl, b"".join(chunks)

    if p.ctype in ("message/rfc822", "text/rfc822-headers",
                   "message/delivery-status", "message/disposition-notification"):
        body = p.body if isinstance(p.body, bytes) else crlf(p.body).encode("utf-8")
        if p.ctype == "text/rfc822-headers":
            hl.append("Content-Type: text/rfc822-headers; charset=\"us-ascii\"")
        else:
            hl.append("Content-Type: %s" % p.ctype)
        try:
            body.decode("ascii")
            hl.append("Content-Transfer-Encoding: 7bit")
        except UnicodeDecodeError:
            hl.append("Content-Transfer-Encoding: 8bit")
        if p.filename:
            hl.append("Content-Disposition: attachment;\r\n " +
                      _param("filename", p.filename))
        elif p.disposition:
            hl.append("Content-Disposition: %s" % p.disposition)
        for k, v in p.extra:
            hl.append("%s: %s" % (k, v))
        return hl, body

    if isinstance(p.body, str):
        raw = crlf(p.body).encode(p.charset)
        main, sub = p.ctype.split("/")
        ct = "Content-Type: %s; charset=\"%s\"" % (p.ctype, p.charset)
        for k, v in p.params:
            ct += "; %s=%s" % (k, v)
        if p.filename and p.disposition == "attachment":
            ct += ";\r\n " + _param("name", p.filename, p.fn_charset)
    else:
        raw = p.body
        ct = "Content-Type: %s" % p.ctype
        for k, v in p.params:
            ct += "; %s=\"%s\"" % (k, v)
        if p.filename:
            ct += ";\r\n " + _param("name", p.filename, p.fn_charset)
    hl.append(ct)
    cte = p.cte
    if cte is None:
        try:
            raw.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "quoted-printable"
        if cte == "7bit" and max((len(x) for x in raw.split(b"\r\n")), default=0) > 998:
            cte = "quoted-printable"
    hl.append("Content-Transfer-Encoding: %s" % cte)
    if p.disposition:
        d = "Content-Disposition: %s" % p.disposition
        if p.filename:
            d += ";\r\n " + _param("filename", p.filename, p.fn_charset)
        hl.append(d)
    for k, v in p.extra:
        hl.append("%s: %s" % (k, v))
    if cte == "base64":
        body = b64_lines(raw).encode("ascii") + b"\r\n"
    elif cte == "quoted-printable":
        body = qp_encode(raw).encode("ascii")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    else:
        body = raw if raw.endswith(b"\r\n") else raw + b"\r\n"
    return hl, body


def mk(frm, to, subject, date, body, cc=None, hcs="utf-8", hmode="B",
       msgid=None, extra=None, reply_to=None, in_reply_to=None, refs=None,
       bcc=None, sender=None, mime=True):
    """Build a whole message; returns bytes.

    body: a Part.  hcs/hmode: charset and mode of RFC 2047 header words.
    extra: list of (name, value) header lines placed before MIME headers.
    """
    if isinstance(to, (P, str)):
        to = [to]
    if isinstance(cc, (P, str)):
        cc = [cc]
    lines = []
    lines.append(hdr_addrs("From", [frm], hcs, hmode))
    if sender is not None:
        lines.append(hdr_addrs("Sender", [sender], hcs, hmode))
    lines.append(hdr_addrs("To", to, hcs, hmode))
    if cc:
        lines.append(hdr_addrs("Cc", cc, hcs, hmode))
    if reply_to is not None:
        lines.append(hdr_addrs("Reply-To", [reply_to], hcs, hmode))
    lines.append(hdr_unstructured("Subject", subject, hcs, hmode))
    lines.append("Date: " + rfcdate(date))
    if msgid is None:
        dom = (frm.email if isinstance(frm, P) else re.sub(r".*<|>", "", frm)).split("@")[1]
        h = hashlib.sha1((subject + rfcdate(date) + dom).encode("utf-8")).hexdigest()
        msgid = "<%s.%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), h[:16], dom)
    lines.append("Message-ID: " + msgid)
    if in_reply_to:
        lines.append("In-Reply-To: " + in_reply_to)
    if refs:
        lines.append(fold_words("References", refs))
    for k, v in (extra or []):
        lines.append("%s: %s" % (k, v))
    lines.append("MIME-Version: 1.0")
    hl, b = render_part(body, subject + rfcdate(date))
    lines.extend(hl)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + b


def mid(tag, dom):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return "<%s@%s>" % (h[:20], dom)

# ---------------------------------------------------------------- dates in mail clients

_WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
}
_MO = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}

_OLH = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "es": ("De:", "Enviado:", "Para:", "CC:", "Asunto:"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "pt": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "sv": ("Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
}


def _h12(dt):
    h = dt.hour % 12 or 12
    return "%d:%02d %s" % (h, dt.minute, "AM" if dt.hour < 12 else "PM")


def ol_date(dt, lang):
    wd = _WD[lang][dt.weekday()]
    mo = _MO[lang][dt.month - 1]
    if lang == "en":
        return "%s, %s %d, %d %s" % (wd, mo, dt.day, dt.year, _h12(dt))
    if lang in ("es", "pt"):
        return "%s, %d de %s de %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == "sv":
        return "den %d %s %d %02d:%02d" % (dt.day, mo, dt.year, dt.hour, dt.minute)
    if lang == "pl":
        return "%s, %d %s %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)
    return "%s %d %s %d %02d:%02d" % (wd, dt.day, mo, dt.year, dt.hour, dt.minute)


def gm_attr(dt, p, lang):
    """Attribution line written by Gmail-like clients."""
    wd, mo = _WD["en"][dt.weekday()][:3], _MO["en"][dt.month - 1][:3]
    hm = "%02d:%02d" % (dt.hour, dt.minute)
    if lang == "en":
        return "On %s, %s %d, %d at %s %s <%s> wrote:" % (wd, mo, dt.day, dt.year, _h12(dt), p.name, p.email)
    if lang == "es":
        return "El %s, %d %s %d a las %s, %s (<%s>) escribió:" % (
            _WD["es"][dt.weekday()][:3], dt.day, _MO["es"][dt.month - 1][:3], dt.year, hm, p.name, p.email)
    if lang == "de":
        return "Am %s., %d. %s. %d um %s Uhr schrieb %s <%s>:" % (
            _WD["de"][dt.weekday()][:2], dt.day, _MO["de"][dt.month - 1][:3], dt.year, hm, p.name, p.email)
    if lang == "fr":
        return "Le %s. %d %s. %d à %s, %s <%s> a écrit :" % (
            _WD["fr"][dt.weekday()][:3], dt.day, _MO["fr"][dt.month - 1][:4].rstrip("."), dt.year, hm, p.name, p.email)
    if lang == "pt":
        return "Em %s., %d de %s. de %d às %s, %s <%s> escreveu:" % (
            _WD["pt"][dt.weekday()][:3], dt.day, _MO["pt"][dt.month - 1][:3], dt.year, hm, p.name, p.email)
    if lang == "it":
        return "Il giorno %s %d %s %d alle ore %s %s <%s> ha scritto:" % (
            _WD["it"][dt.weekday()][:3], dt.day, _MO["it"][dt.month - 1][:3], dt.year, hm, p.name, p.email)
    if lang == "nl":
        return "Op %s %d %s %d om %s schreef %s <%s>:" % (
            _WD["nl"][dt.weekday()][:2], dt.day, _MO["nl"][dt.month - 1][:3], dt.year, hm, p.name, p.email)
    if lang == "pl":
        return "W dniu %s %d %s %d o %s %s <%s> napisał(a):" % (
            _WD["pl"][dt.weekday()][:3] + ".", dt.day, _MO["pl"][dt.month - 1][:3], dt.year, hm, p.name, p.email)
    if lang == "sv":
        return "Den %s %d %s %d kl. %s skrev %s <%s>:" % (
            _WD["sv"][dt.weekday()][:3], dt.day, _MO["sv"][dt.month - 1][:3], dt.year, hm, p.name, p.email)
    if lang == "apple":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (mo, dt.day, dt.year, _h12(dt), p.name, p.email)
    if lang == "tb":
        return "On %d/%d/%02d %s, %s wrote:" % (dt.month, dt.day, dt.year % 100, _h12(dt), p.name)
    raise ValueError(lang)


def names(people):
    out = []
    for p in people:
        out.append(p.name if p.name else p.email)
    return "; ".join(out)


def names_ol(people):
    out = []
    for p in people:
        out.append("%s <%s>" % (p.name, p.email) if p.name else p.email)
    return "; ".join(out)


# ---------------------------------------------------------------- HTML

OUTLOOK_HEAD = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%(cs)s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0in;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
\t{mso-style-priority:34;
\tmargin-top:0in;
\tmargin-right:0in;
\tmargin-bottom:0in;
\tmargin-left:.5in;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
span.EmailStyle19
\t{mso-style-type:personal-reply;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;
\tfont-size:10.0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:8.5in 11.0in;
\tmargin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""

OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def text_to_html(text, pclass="MsoNormal"):
    """Paragraphs to <p>; lines with '|' become a table."""
    out = []
    blocks = re.split(r"\n\s*\n", text.strip("\n"))
    for blk in blocks:
        lines = blk.split("\n")
        if all("|" in ln for ln in lines) and len(lines) > 1:
            out.append('<table border="1" cellspacing="0" cellpadding="3" '
                       'style="border-collapse:collapse;font-size:10pt">')
            for j, ln in enumerate(lines):
                cells = [c.strip() for c in ln.strip().strip("|").split("|")]
                if all(re.fullmatch(r"[-: ]*", c) for c in cells):
                    continue
                tag = "th" if j == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in cells) + "</tr>")
            out.append("</table>")
            continue
        if pclass == "MsoNormal":
            out.append('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif;'
                       'color:black">%s</span><o:p></o:p></p>' % "<br>\n".join(esc(ln) for ln in lines))
        elif pclass:
            out.append('<p class="%s">%s</p>' % (pclass, "<br>\n".join(esc(ln) for ln in lines)))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(ln) for ln in lines))
        if pclass == "MsoNormal":
            out.append('<p class="MsoNormal">&nbsp;</p>')
    return "\n".join(out) + "\n"


def simple_html(text, title=None, cs="utf-8"):
    head = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
    if title:
        head += "<title>%s</title>" % esc(title)
    head += "</head>\n<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n"
    return head + text_to_html(text, pclass=None) + "</body></html>\n"


# ---------------------------------------------------------------- signatures & disclaimers

def sig_text(p):
    if not p.sig:
        return ""
    return "\n".join(p.sig)


def block_text(body, p, sig=True, disc=True):
    parts = [body.rstrip("\n")]
    if sig and p.sig:
        parts.append(sig_text(p))
    if disc and p.disc:
        parts.append(DISC[p.disc])
    return "\n\n".join(parts)


# ---------------------------------------------------------------- threads

class Msg:
    """One message of a reply thread.

    client: 'ol-xx' (Outlook style, top-posted, flat header block),
            'gm-xx' (Gmail style, '>' quoting), 'apple', 'tb', 'iphone'.
    quote: False to start a fresh (forwarded) history.
    """

    def __init__(self, frm, to, date, subj, body, cc=None, client="ol-en",
                 sig=True, disc=True, fwd=False, prefix=None):
        self.frm, self.to, self.cc = frm, to if isinstance(to, list) else [to], cc or []
        self.date, self.subj, self.body = date, subj, body
        self.client, self.sig, self.disc, self.fwd = client, sig, disc, fwd
        self.prefix = prefix


_FWD = {
    "en": "---------- Forwarded message ---------",
    "es": "---------- Mensaje reenviado ---------",
    "de": "---------- Weitergeleitete Nachricht ---------",
    "fr": "---------- Forwarded message ---------",
    "pt": "---------- Mensagem encaminhada ---------",
    "it": "---------- Messaggio inoltrato ---------",
    "nl": "---------- Doorgestuurd bericht ---------",
}
_FWDH = {
    "en": ("From:", "Date:", "Subject:", "To:", "Cc:"),
    "es": ("De:", "Date:", "Subject:", "To:", "Cc:"),
    "de": ("Von:", "Date:", "Subject:", "To:", "Cc:"),
    "fr": ("De :", "Date:", "Subject:", "To:", "Cc:"),
    "pt": ("De:", "Date:", "Subject:", "To:", "Cc:"),
    "it": ("Da:", "Date:", "Subject:", "To:", "Cc:"),
    "nl": ("Van:", "Date:", "Subject:", "To:", "Cc:"),
}


def _ol_block(prev, lang):
    f, s, t, c, sj = _OLH[lang]
    lines = ["________________________________" if lang != "en" or True else ""]
    lines = ["________________________________",
             "%s %s <%s>" % (f, prev.frm.name, prev.frm.email) if prev.frm.name else "%s %s" % (f, prev.frm.email),
             "%s %s" % (s, ol_date(prev.date, lang)),
             "%s %s" % (t, names_ol(prev.to))]
    if prev.cc:
        lines.append("%s %s" % (c, names_ol(prev.cc)))
    lines.append("%s %s" % (sj, prev.subj))
    return "\n".join(lines)


def _gm_fwd_block(prev, lang):
    f, d, sj, t, c = _FWDH.get(lang, _FWDH["en"])
    wd, mo = _WD["en"][prev.date.weekday()][:3], _MO["en"][prev.date.month - 1][:3]
    lines = [_FWD.get(lang, _FWD["en"]),
             "%s %s <%s>" % (f, prev.frm.name, prev.frm.email),
             "%s %s, %s %d, %d at %s" % (d, wd, mo, prev.date.day, prev.date.year, _h12(prev.date)),
             "%s %s" % (sj, prev.subj),
             "%s %s" % (t, ", ".join("%s <%s>" % (x.name, x.email) if x.name else x.email for x in prev.to))]
    if prev.cc:
        lines.append("%s %s" % (c, ", ".join("%s <%s>" % (x.name, x.email) for x in prev.cc)))
    return "\n".join(lines)


def render_thread(msgs, html=True, cs="utf-8"):
    """Render the last message of msgs (with its full history) as (text, html)."""
    text = None
    htm = None
    prev = None
    for m in msgs:
        own = block_text(m.body, m.frm, m.sig, m.disc)
        own_h = text_to_html(own)
        own = wrap(own, 72)
        kind, _, lang = m.client.partition("-")
        if prev is None:
            text, htm = own, own_h
        elif m.fwd:
            if kind == "ol":
                blk = _ol_block(prev, lang or "en")
                text = own + "\n\n" + blk + "\n\n" + text
                htm = own_h + _ol_block_html(prev, lang or "en") + htm
            else:
                blk = _gm_fwd_block(prev, lang or "en")
                text = own + "\n\n" + blk + "\n\n\n" + text
                htm = own_h + '<div class="gmail_quote">' + text_to_html(blk, None) + htm + "</div>"
        elif kind == "ol":
            blk = _ol_block(prev, lang or "en")
            text = own + "\n\n" + blk + "\n\n" + text
            htm = own_h + _ol_block_html(prev, lang or "en") + htm
        else:
            if kind == "gm":
                attr = gm_attr(prev.date, prev.frm, lang or "en")
            elif kind == "apple":
                attr = gm_attr(prev.date, prev.frm, "apple")
            elif kind == "iphone":
                attr = gm_attr(prev.date, prev.frm, "apple")
            else:
                attr = gm_attr(prev.date, prev.frm, "tb")
            text = own + "\n\n" + attr + "\n\n" + quote(text)
            htm = ('<div dir="ltr">' + own_h + '</div><br><div class="gmail_quote">'
                   '<div dir="ltr" class="gmail_attr">' + esc(attr) + '<br></div>'
                   '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n' + htm +
                   "</blockquote></div>\n")
        prev = m
    full_h = OUTLOOK_HEAD % {"cs": cs} + htm + OUTLOOK_TAIL if html else None
    return text, full_h


def _ol_block_html(prev, lang):
    f, s, t, c, sj = _OLH[lang]
    rows = ["<b>%s</b> %s &lt;%s&gt;" % (esc(f), esc(prev.frm.name), esc(prev.frm.email)),
            "<b>%s</b> %s" % (esc(s), esc(ol_date(prev.date, lang))),
            "<b>%s</b> %s" % (esc(t), esc(names_ol(prev.to)))]
    if prev.cc:
        rows.append("<b>%s</b> %s" % (esc(c), esc(names_ol(prev.cc))))
    rows.append("<b>%s</b> %s" % (esc(sj), esc(prev.subj)))
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
            '<p class="MsoNormal">' + "<br>\n".join(rows) + "</p></div>\n"
            '<p class="MsoNormal">&nbsp;</p>\n')


_PERSONAL = ("inbox.", "mailbox.", "mailbx.", "familymail.", "correo.", "homemail.", "mail.example", "runmail.",
             "courriel.", "post.example", "posta.", "pochta.", "poczta.", "correio.", "thudientu.", "postbox.")


def _personal(dom):
    return any(x in dom for x in _PERSONAL)


def _logo_dims(dom):
    r = random.Random("logo/" + dom)
    return r.choice([180, 200, 240]), r.choice([40, 48, 60]), r.choice([0, 0, 1, 1, 2])


def thread_mail(msgs, html=True, cs="utf-8", cte_text="quoted-printable",
                cte_html="quoted-printable", attachments=None, extra=None,
                hmode="B", to=None, cc=None):
    """Build the final message of a thread (the last Msg) as bytes."""
    last = msgs[-1]
    text, htm = render_thread(msgs, html=html, cs=cs)
    tp = T(text, charset=cs, cte=cte_text, wrapit=True)
    if html:
        hp = H(htm, charset=cs, cte=cte_html)
        dom = last.frm.email.split("@")[1]
        if last.client.startswith("ol") and not _personal(dom):
            hp = with_logo(hp, dom, *_logo_dims(dom))
        body = MP("alternative", [tp, hp])
    else:
        body = tp
    if attachments:
        body = MP("mixed", [body] + attachments)
    dom = last.frm.email.split("@")[1]
    refs = [mid("%s/%d" % (m.subj, i), m.frm.email.split("@")[1]) for i, m in enumerate(msgs[:-1])]
    return mk(last.frm, to or last.to, last.subj, last.date, body,
              cc=cc if cc is not None else last.cc, hcs=cs, hmode=hmode,
              in_reply_to=refs[-1] if refs else None,
              refs=refs[-8:] if refs else None, extra=extra)


# ---------------------------------------------------------------- PDF

def _pdf_esc(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("cp1252", "replace")


def pdf(lines, flate=False, title="Document", per_page=56, width=92):
    """A minimal valid PDF: Helvetica text, one or more pages."""
    wl = []
    for ln in lines:
        if len(ln) <= width:
            wl.append(ln)
        else:
            wl.extend(textwrap.wrap(ln, width) or [""])
    pages = [wl[i:i + per_page] for i in range(0, max(len(wl), 1), per_page)] or [[""]]
    objs = []
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 info, then (page, content) pairs
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n_pages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Title (" + _pdf_esc(title) + b") /Producer (wide8 gen.py) >>")
    for i, pg in enumerate(pages):
        c = [b"BT", b"/F1 10 Tf", b"12 TL", b"50 770 Td"]
        for ln in pg:
            c.append(b"(" + _pdf_esc(ln) + b") Tj T*")
        c.append(b"ET")
        stream = b"\n".join(c) + b"\n"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        if flate:
            z = zlib.compress(stream, 9)
            objs.append(("<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z)).encode() + z + b"\nendstream")
        else:
            objs.append(("<< /Length %d >>\nstream\n" % len(stream)).encode() + stream + b"endstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n" % (i + 1)).encode() + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n" % (len(objs) + 1)).encode()
    out += b"0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode()
    return bytes(out)


# ---------------------------------------------------------------- CSV / ICS

def csv_bytes(rows, delim=",", enc="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(enc)


def ics(uid, summary, start, end, organizer, attendees, description, location="", method="REQUEST"):
    def f(dt):
        return dt.astimezone(_dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")

    def fold(line):
        out = []
        b = line
        while len(b) > 74:
            out.append(b[:74])
            b = " " + b[74:]
        out.append(b)
        return "\r\n".join(out)
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//wide8//calendar//EN", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:%s" % f(start - _dt.timedelta(days=3)),
             "DTSTART:%s" % f(start), "DTEND:%s" % f(end),
             "SUMMARY:%s" % summary.replace(",", "\\,"),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer.name, organizer.email)]
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (a.name, a.email))
    if location:
        lines.append("LOCATION:%s" % location.replace(",", "\\,"))
    lines.append("DESCRIPTION:%s" % desc)
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- reports (DSN / MDN)

def dsn(mta_host, postmaster, to, date, orig_bytes, rcpt, status="5.1.1",
        diag="550 5.1.1 <%s>: Recipient address rejected: User unknown",
        human=None, headers_only=False, lang="en", subj=None, action="failed"):
    """A delivery-status notification carrying the original message."""
    if human is None:
        human = dedent("""
            This is the mail system at host %s.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <%s>: host mx.%s said: %s (in reply to RCPT TO command)
            """) % (mta_host, rcpt, rcpt.split("@")[1], diag % rcpt)
    ds = dedent("""
        Reporting-MTA: dns; %s
        X-Postfix-Queue-ID: 4QK%s
        Arrival-Date: %s

        Final-Recipient: rfc822; %s
        Original-Recipient: rfc822;%s
        Action: %s
        Status: %s
        Remote-MTA: dns; mx.%s
        Diagnostic-Code: smtp; %s
        """) % (mta_host, hashlib.sha1(rcpt.encode()).hexdigest()[:8].upper(),
                rfcdate(date), rcpt, rcpt, action, status, rcpt.split("@")[1], diag % rcpt)
    if headers_only:
        hdr_end = orig_bytes.index(b"\r\n\r\n")
        third = Part("text/rfc822-headers", orig_bytes[:hdr_end + 2])
    else:
        third = R822(orig_bytes)
    body = MP("report", [T(human, wrapit=False, charset="us-ascii" if _ascii(human) else "utf-8"),
                         Part("message/delivery-status", ds + "\n"), third],
              params=[("report-type", "delivery-status")])
    return mk(postmaster, to, subj or "Undelivered Mail Returned to Sender", date, body,
              extra=[("Auto-Submitted", "auto-replied")])


def mdn(frm, to, date, orig_subj, orig_date, orig_mid, orig_to, ua="Microsoft Outlook 16.0"):
    human = dedent("""
        Your message

            To:      %s
            Subject: %s
            Sent:    %s

        was read on %s.
        """) % (orig_to, orig_subj, ol_date(orig_date, "en"), ol_date(date, "en"))
    dn = dedent("""
        Reporting-UA: %s; %s
        Final-Recipient: rfc822;%s
        Original-Message-ID: %s
        Disposition: manual-action/MDN-sent-manually; displayed
        """) % (frm.email.split("@")[1], ua, frm.email, orig_mid)
    body = MP("report", [T(human, wrapit=False, charset="utf-8"),
                         Part("message/disposition-notification", dn + "\n")],
              params=[("report-type", "disposition-notification")])
    return mk(frm, to, "Read: " + orig_subj, date, body)


# ---------------------------------------------------------------- forwarding helpers

def fwd_inline_header(frm, date, subj, to, lang="en", cc=None):
    m = Msg(frm, to, date, subj, "", cc=cc)
    return _gm_fwd_block(m, lang)


def ol_header(frm, date, subj, to, lang="en", cc=None):
    m = Msg(frm, to, date, subj, "", cc=cc)
    return _ol_block(m, lang)


def rng_for(slug):
    return random.Random("%d/%s" % (SEED, slug))


# ---------------------------------------------------------------- PNG (signature logos)

def _png_chunk(kind, data):
    c = kind + data
    return len(data).to_bytes(4, "big") + c + (zlib.crc32(c) & 0xffffffff).to_bytes(4, "big")


def png_logo(seed, w=240, h=64, noise=40):
    """A deterministic RGB PNG that looks like a small banner logo."""
    r = random.Random(seed)
    base = (r.randint(0, 120), r.randint(40, 160), r.randint(90, 200))
    accent = (r.randint(180, 255), r.randint(120, 220), r.randint(0, 90))
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if x < h:  # emblem square with a circle
                dx, dy = x - h / 2, y - h / 2
                col = accent if dx * dx + dy * dy < (h / 2.6) ** 2 else base
            elif 18 < y < h - 18 and (x // 9) % 3 != 2 and x < w - 12:
                col = (250, 250, 250) if ((x * 7 + y * 3) // 11) % 5 else (230, 230, 235)
            else:
                t = x / float(w)
                col = (int(base[0] * (1 - t) + 255 * t), int(base[1] * (1 - t) + 255 * t), int(base[2] * (1 - t) + 255 * t))
            n = r.randint(-noise, noise) if noise else 0
            row.extend(max(0, min(255, c + n)) for c in col)
        rows.append(bytes(row))
    raw = b"".join(rows)
    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(raw, 9))
            + _png_chunk(b"IEND", b""))


def with_logo(html_part, seed, w=240, h=64, noise=40, name="image001.png"):
    """Wrap an HTML part in multipart/related with an inline signature logo."""
    cid = "%s@01DB%s" % (name, hashlib.sha1(seed.encode()).hexdigest()[:12].upper())
    tag = '<p class="MsoNormal"><img width="%d" height="%d" src="cid:%s" alt="logo"></p>\n' % (w, h, cid)
    marks = [m for m in ('<div style="border:none;border-top:solid', '<div dir="ltr" class="gmail_attr"', OUTLOOK_TAIL)
             if m in html_part.body]
    first = min(marks, key=html_part.body.index)
    html_part.body = html_part.body.replace(first, tag + first, 1)
    img = Part("image/png", png_logo(seed, w, h, noise), cte="base64", filename=name, disposition="inline",
               extra=[("Content-ID", "<%s>" % cid)])
    return MP("related", [html_part, img], params=[("type", '"text/html"')])


# ---------------------------------------------------------------- newsletter HTML (mass-mailing style)

NEWSLETTER_CSS = """
    body,#bodyTable,#bodyCell{height:100% !important;margin:0;padding:0;width:100% !important;}
    table{border-collapse:collapse;}
    img,a img{border:0;outline:none;text-decoration:none;}
    h1,h2,h3,h4,h5,h6{margin:0;padding:0;}
    p{margin:1em 0;padding:0;}
    a{word-wrap:break-word;}
    .mcnPreviewText{display:none !important;}
    .ReadMsgBody{width:100%;}
    .ExternalClass{width:100%;}
    .ExternalClass,.ExternalClass p,.ExternalClass td,.ExternalClass div,.ExternalClass span,.ExternalClass font{line-height:100%;}
    table,td{mso-table-lspace:0pt;mso-table-rspace:0pt;}
    #outlook a{padding:0;}
    img{-ms-interpolation-mode:bicubic;}
    body,table,td,p,a,li,blockquote{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;}
    #templateHeader{background-color:%(color)s;background-image:none;background-repeat:no-repeat;background-position:center;background-size:cover;border-top:0;border-bottom:0;padding-top:18px;padding-bottom:18px;}
    #templateBody{background-color:#ffffff;border-top:0;border-bottom:2px solid #EAEAEA;padding-top:0;padding-bottom:9px;}
    #templateFooter{background-color:#FAFAFA;border-top:0;border-bottom:0;padding-top:9px;padding-bottom:9px;}
    .mcnTextContent{word-break:break-word;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%;text-align:left;}
    .mcnTextContent a{color:%(color)s;font-weight:normal;text-decoration:underline;}
    @media only screen and (min-width:768px){.templateContainer{width:600px !important;}}
    @media only screen and (max-width:480px){body,table,td,p,a,li,blockquote{-webkit-text-size-adjust:none !important;}}
    @media only screen and (max-width:480px){body{width:100% !important;min-width:100% !important;}}
    @media only screen and (max-width:480px){.mcnImage{width:100% !important;}}
    @media only screen and (max-width:480px){.mcnCartContainer,.mcnCaptionTopContent,.mcnRecContentContainer,.mcnCaptionBottomContent,.mcnTextContentContainer,.mcnBoxedTextContentContainer,.mcnImageGroupContentContainer,.mcnCaptionLeftTextContentContainer,.mcnCaptionRightTextContentContainer,.mcnCaptionLeftImageContentContainer,.mcnCaptionRightImageContentContainer,.mcnImageCardLeftTextContentContainer,.mcnImageCardRightTextContentContainer{max-width:100% !important;width:100% !important;}}
    @media only screen and (max-width:480px){.mcnTextContent,.mcnBoxedTextContentColumn{padding-right:18px !important;padding-left:18px !important;}}
    @media only screen and (max-width:480px){h1{font-size:22px !important;line-height:125% !important;}}
    @media only screen and (max-width:480px){h2{font-size:20px !important;line-height:125% !important;}}
    @media only screen and (max-width:480px){.mcnTextContent,.mcnTextContent p{font-size:16px !important;line-height:150% !important;}}
"""


def newsletter_html(text, title, color="#0b5cab", cs="utf-8", site="https://news.example.org"):
    css = NEWSLETTER_CSS.replace("%(color)s", color)
    out = ['<!doctype html>\n<html><head><meta charset="%s"><meta http-equiv="X-UA-Compatible" content="IE=edge">'
           '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>\n<style type="text/css">%s</style></head>\n'
           '<body><span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">%s</span>\n'
           '<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%%" width="100%%" id="bodyTable"><tr>'
           '<td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%%" class="templateContainer" style="max-width:600px">\n'
           '<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%%"><tr><td class="mcnImageContent" style="padding:9px;text-align:center">'
           '<img align="center" alt="%s" src="%s/images/header-banner.png" width="564" style="max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage">'
           '</td></tr></table></td></tr>\n<tr><td valign="top" id="templateBody">\n' % (cs, esc(title), css, esc(title), esc(title), site)]
    for blk in re.split(r"\n\s*\n", text.strip("\n")):
        lines = blk.split("\n")
        cell_open = ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr>'
                     '<td valign="top" class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" cellpadding="0" cellspacing="0" '
                     'style="max-width:100%;min-width:100%;" width="100%" class="mcnTextContentContainer"><tbody><tr>'
                     '<td valign="top" class="mcnTextContent" style="padding-top:0;padding-right:18px;padding-bottom:9px;padding-left:18px;">')
        cell_close = '</td></tr></tbody></table></td></tr></tbody></table>\n'
        if all("|" in ln for ln in lines) and len(lines) > 1:
            body = text_to_html(blk, None)
        elif len(lines[0]) < 70 and lines[0].upper() == lines[0] and any(c.isalpha() for c in lines[0]):
            body = '<h2 style="display:block;margin:0;padding:0;color:%s;font-family:Helvetica;font-size:20px;font-style:normal;font-weight:bold;line-height:125%%;letter-spacing:normal;text-align:left;">%s</h2>' % (color, esc(lines[0]))
            if lines[1:]:
                body += '\n<p style="margin:10px 0;padding:0;mso-line-height-rule:exactly;-ms-text-size-adjust:100%%;-webkit-text-size-adjust:100%%;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%%;text-align:left;">%s</p>' % "<br>\n".join(esc(x) for x in lines[1:])
        else:
            body = '<p style="margin:10px 0;padding:0;mso-line-height-rule:exactly;-ms-text-size-adjust:100%%;-webkit-text-size-adjust:100%%;color:#202020;font-family:Helvetica;font-size:16px;line-height:150%%;text-align:left;">%s</p>' % "<br>\n".join(esc(x) for x in lines)
        out.append(cell_open + body + cell_close)
    out.append('</td></tr>\n<tr><td valign="top" id="templateFooter"><table width="100%%"><tr><td class="mcnTextContent" style="padding:9px 18px;color:#656565;font-family:Helvetica;font-size:12px;line-height:150%%;text-align:center;">'
               '<a href="%s/social/facebook" style="color:#656565">Facebook</a> | <a href="%s/social/instagram" style="color:#656565">Instagram</a> | '
               '<a href="%s/web-version" style="color:#656565">View this email in your browser</a><br><br>'
               '<em>Copyright &copy; 2026, all rights reserved.</em><br>You are receiving this email because you opted in.<br><br>'
               '<a href="%s/profile" style="color:#656565">update your preferences</a> or <a href="%s/unsubscribe" style="color:#656565">unsubscribe from this list</a>.'
               '</td></tr></table></td></tr>\n</table></td></tr></table></center></body></html>\n' % (site, site, site, site, site))
    return "".join(out)

# ================================================================ disclaimers
# Long boilerplate of the kind organisations append to every message.  They
# talk about PHI whether or not the message holds any.

DISC = {}

DISC["hosp_long"] = dedent("""
    ------------------------------------------------------------------------
    CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including protected health information (PHI) that is protected under the Health Insurance Portability and Accountability Act of 1996 (HIPAA) and applicable state law. Any unauthorized review, use, disclosure, copying or distribution is strictly prohibited. If you are not the intended recipient, please contact the sender by reply e-mail or by telephone at 555-0100 and destroy all copies of the original message and any attachments. Receipt by anyone other than the intended recipient is not a waiver of any attorney-client, physician-patient or other privilege. Larkspur Valley Health System will never ask you to confirm your password by e-mail.
    ------------------------------------------------------------------------
    """)

DISC["part2"] = dedent("""
    *** 42 CFR PART 2 NOTICE *** This message may contain information protected by federal confidentiality rules (42 CFR Part 2) governing substance use disorder patient records. Federal rules prohibit any further disclosure of information in this record that identifies a patient as having or having had a substance use disorder, unless the further disclosure is expressly permitted by the written consent of the individual whose information is being disclosed or as otherwise permitted by 42 CFR Part 2. A general authorization for the release of medical or other information is NOT sufficient for this purpose. The federal rules restrict any use of the information to investigate or prosecute with regard to a crime any patient with a substance use disorder, except as provided at 42 CFR 2.12(c)(5) and 2.65. If you have received this message in error, notify the sender immediately and permanently delete it and any copies.
    """)

DISC["clinic_short"] = dedent("""
    This message is intended only for the addressee and may contain patient information that is confidential. If you received it in error, please delete it and let us know. Thank you.
    """)

DISC["payer"] = dedent("""
    IMPORTANT: This communication from Bluewater Community Health Plan may contain confidential information, including individually identifiable health information, intended only for the named recipient(s). If you are not an intended recipient, you are hereby notified that any review, dissemination, distribution or copying is strictly prohibited. If you have received this communication in error, please notify the sender immediately by reply e-mail and delete the message and any attachments from your system. Bluewater Community Health Plan complies with applicable federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex. ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. Llame al 1-555-0109.
    """)

DISC["law"] = dedent("""
    PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT. This e-mail and any attachments are confidential and may be protected by legal privilege. If you are not the intended recipient, be aware that any disclosure, copying, distribution or use of this e-mail or any attachment is prohibited. If you have received this e-mail in error, please notify us immediately by returning it to the sender and delete this copy from your system. Nothing in this message is intended to constitute an electronic signature unless expressly stated. Holbrook Pruett & Vane LLP.
    """)

DISC["uni"] = dedent("""
    This e-mail, including attachments, may include confidential and/or proprietary information, and may be used only by the person or entity to which it is addressed. If the reader of this e-mail is not the intended recipient or his or her authorized agent, the reader is hereby notified that any dissemination, distribution or copying of this e-mail is prohibited. If you have received this e-mail in error, please notify the sender by replying to this message and delete this e-mail immediately. Research data containing protected health information must only be transmitted through approved encrypted channels (see Policy RSP-7.2). Do not reply with participant identifiers.
    """)

DISC["vendor"] = dedent("""
    The information contained in this communication is confidential and intended only for the use of the recipient named above, and may be legally privileged and exempt from disclosure under applicable law. Meridale Clinical Systems, Inc. customers: please do not send protected health information (PHI) or personally identifiable information (PII) through the support mailbox unless a Business Associate Agreement is in place and the ticket has been flagged for secure handling. Screenshots should be de-identified before upload. If you have received this message in error, please notify us immediately by reply e-mail and delete it.
    """)

DISC["bh"] = dedent("""
    CONFIDENTIAL: Behavioral health information is afforded special protection under state and federal law. This e-mail and any attachments may contain information about mental health treatment, substance use disorder treatment, or other sensitive services. Redisclosure without the specific written consent of the person to whom it pertains, or as otherwise permitted by law, is prohibited. If you have received this message in error, please notify the sender at 555-0137 and destroy all copies. If you or someone you know is in crisis, call or text 988.
    """)

DISC["pharma"] = dedent("""
    This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you are not the intended recipient you are notified that disclosing, copying, distributing or taking any action in reliance on the contents of this information is strictly prohibited. To report an adverse event or product complaint, please call 1-555-0148; do not report adverse events by reply to this e-mail. Corvane Therapeutics processes personal data in accordance with its Privacy Notice.
    """)

DISC["county"] = dedent("""
    NOTICE: E-mail sent to or from the Tillman County Department of Public Health is subject to the state public records act and may be disclosed to third parties upon request, except where exempt by law, including records containing protected health information, communicable disease reports and investigation records. If you received this message in error, please notify the sender and delete it. Public health investigations are confidential under state law.
    """)

DISC["hiv_clinic"] = dedent("""
    Confidentiality: Information in this message may be protected by state HIV/AIDS confidentiality law, HIPAA and Ryan White program requirements. It is intended only for the individual(s) named above. If you are not the intended recipient, do not read, copy, forward or retain it. Please notify the sender immediately at 555-0161 and delete all copies.
    """)

DISC["nonprofit"] = dedent("""
    The Northfield Caregivers Network is a 501(c)(3) organization. We are not a medical provider and nothing in our messages is medical advice. Please do not send us medical records. You are receiving this because you signed up at a Network event or on our website. Update your preferences or unsubscribe at https://caregivers.example.org/prefs.
    """)

DISC["fertility"] = dedent("""
    This message is confidential and may contain information about fertility treatment, which is sensitive health information. It is intended only for the person(s) named above. If you have received it in error, please delete it and notify Bellhaven Fertility Partners at 555-0172. E-mail is not a secure means of communication; please use the patient portal for clinical questions.
    """)

DISC["de"] = dedent("""
    --
    Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen, die ggf. der ärztlichen Schweigepflicht (§ 203 StGB) unterliegen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet. Klinikum Auental gGmbH, Sitz der Gesellschaft: Auental, Amtsgericht Auental HRB 0000, Geschäftsführung: Dr. Helmut Rieger.
    """)

DISC["es"] = dedent("""
    AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y pueden contener información de salud protegida. Están dirigidos exclusivamente a su destinatario. Si usted no es el destinatario indicado, queda notificado de que cualquier lectura, uso, divulgación o copia está prohibida. Si ha recibido este mensaje por error, por favor notifíquelo al remitente y elimínelo de su sistema. Conforme a la normativa de protección de datos, le informamos que sus datos forman parte de un fichero cuyo responsable es Clínica Santa Brígida del Valle.
    """)

DISC["fr"] = dedent("""
    Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Il peut contenir des données de santé à caractère personnel couvertes par le secret médical. Toute utilisation ou diffusion non autorisée est interdite. Si vous recevez ce message par erreur, merci de le détruire et d'en avertir immédiatement l'expéditeur. Centre hospitalier de Valmorel - Direction des systèmes d'information.
    """)

DISC["pt"] = dedent("""
    AVISO DE CONFIDENCIALIDADE: Esta mensagem e seus anexos podem conter informações confidenciais, inclusive dados pessoais sensíveis referentes à saúde, protegidos pela Lei Geral de Proteção de Dados (LGPD). Se você não é o destinatário, fica proibida a leitura, cópia ou divulgação. Caso a tenha recebido por engano, avise o remetente e apague-a. Hospital São Caetano da Serra.
    """)

DISC["it"] = dedent("""
    Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Possono contenere dati relativi alla salute tutelati dal Regolamento (UE) 2016/679. Qualora abbiate ricevuto questo messaggio per errore, vi preghiamo di darne immediata comunicazione al mittente e di cancellarlo. Azienda Ospedaliera Valpiana.
    """)

DISC["nl"] = dedent("""
    Dit bericht is uitsluitend bestemd voor de geadresseerde en kan vertrouwelijke informatie bevatten, waaronder medische gegevens. Als u dit bericht per vergissing heeft ontvangen, verzoeken wij u de afzender te informeren en het bericht te verwijderen. Aan dit bericht kunnen geen rechten worden ontleend.
    """)

DISC["sv"] = dedent("""
    Detta e-postmeddelande kan innehålla sekretessbelagd information. Om du fått meddelandet av misstag, vänligen meddela avsändaren och radera det. Region Norrvik behandlar personuppgifter enligt dataskyddsförordningen.
    """)

DISC["pl"] = dedent("""
    Treść tej wiadomości może zawierać informacje poufne, w tym dane dotyczące zdrowia, przeznaczone wyłącznie dla adresata. Jeżeli nie są Państwo adresatem tej wiadomości, prosimy o niezwłoczne poinformowanie nadawcy i usunięcie wiadomości. Administratorem danych osobowych jest Szpital Powiatowy w Borkowie.
    """)

DISC["travel"] = dedent("""
    GlobeAssist Travel Insurance Services acts as claims and assistance administrator on behalf of the underwriting insurer. This e-mail may contain personal and medical information about our insureds and is intended only for the addressee. If you received it by mistake, please tell us at 555-0139 and delete it. We record and monitor communications for quality and compliance purposes.
    """)

DISC["de_reha"] = dedent("""
    --
    Rehaklinik Lindenhof GmbH | Geschäftsführer: Wolfram Engstrom | Registergericht Bad Lindenau HRB 0000
    Diese Nachricht ist vertraulich. Sollten Sie nicht der vorgesehene Empfänger sein, löschen Sie sie bitte und informieren Sie uns.
    """)

DISC["corp"] = dedent("""
    This message (including any attachments) contains confidential information intended for a specific individual and purpose, and is protected by law. If you are not the intended recipient, you should delete this message and any disclosure, copying, or distribution of this message, or the taking of any action based on it, by you is strictly prohibited. Granite Ridge Logistics, 4100 Quarry Road, Dunmore.
    """)


# ================================================================ people

def person(name, email, cred=None, title=None, org=None, phone=None, extra=None,
           disc=None, lang="en"):
    sig = []
    if name:
        sig.append(name + (", " + cred if cred else ""))
    for x in (title, org, phone, extra):
        if x:
            sig.extend(x if isinstance(x, list) else [x])
    return P(name, email, sig=sig, disc=disc, lang=lang)


FIRST = ["Alder", "Bettina", "Corwin", "Dalia", "Emrys", "Fenna", "Gideon", "Hollis", "Ines",
         "Jarrah", "Keziah", "Lorcan", "Maren", "Nilo", "Odessa", "Perrin", "Quilla", "Rafferty",
         "Saoirse", "Tamsin", "Ulric", "Verity", "Wendell", "Xiomara", "Yusra", "Zebulon",
         "Annika", "Bram", "Celestine", "Darnell", "Eulalia", "Fitz", "Greer", "Hamish",
         "Isolde", "Joaquin", "Kalani", "Leontyne", "Mireille", "Nasrin", "Oswin", "Priya",
         "Roswitha", "Stellan", "Thandiwe", "Umaima", "Vasco", "Wilhelmina", "Yannick", "Zinnia",
         "Adaeze", "Bodhi", "Concetta", "Dashiell", "Esperanza", "Florian", "Ghislaine", "Hesper",
         "Idris", "Juno", "Kestrel", "Linnea", "Marisol", "Nikolai", "Ottilie", "Pascale"]
LAST = ["Ashgrove", "Bellweather", "Carrow", "Dunleavy", "Eskildsen", "Fairbrother", "Gorecki",
        "Halloran", "Ibarguen", "Jessop", "Kettleby", "Lindqvist", "Marchbanks", "Nussbaum",
        "Okonjo", "Pellegrini", "Quarles", "Rudnicki", "Stavros", "Thistlewood", "Uhlmann",
        "Vasquez-Orr", "Whitcombe", "Yarborough", "Zielinski", "Abernethy", "Brightwater",
        "Castellane", "Drummond", "Ellery", "Fenwick", "Galloway-Price", "Hartigan", "Iwasaki",
        "Jaramillo", "Kowalczyk", "Lachance", "Moorcroft", "Ndiaye", "Oyelaran", "Prendergast",
        "Rosenquist", "Szabo", "Trevithick", "Umberger", "Valdivia", "Winterbourne", "Yelland",
        "Achterberg", "Balogun", "Cheverton", "Delacroix-Hale", "Engstrom", "Ferreira-Lund"]


def crowd(rng, n, dom=None):
    """n distinct invented staff names (for attendance lists and rosters)."""
    out = set()
    res = []
    while len(res) < n:
        nm = "%s %s" % (rng.choice(FIRST), rng.choice(LAST))
        if nm not in out:
            out.add(nm)
            res.append(nm)
    return res


def email_of(name, dom):
    base = re.sub(r"[^a-z.]", "", name.lower().replace(" ", ".").replace("-", ""))
    return "%s@%s" % (base, dom)

# ================================================================ noise: agenda items and tables
# Operational paragraphs with no individual in them.  Numbers are filled from
# a per-message RNG so no two documents read the same.

HOSP_ITEMS = [
    ("Hand hygiene", "Observed hand hygiene compliance for the month was {p1}% across {n2} observations (goal 95%). The lowest units were the ED ({p3}%) and the cath lab holding area. Secret shoppers will rotate to evenings in December; unit leaders will receive their unit-level data by the 5th of each month. Reminder that gloves are not a substitute for hand hygiene before and after patient contact."),
    ("Parking and construction", "The north garage will close levels 3 and 4 from {d1} for deck resurfacing. Staff badges assigned to those levels will be re-coded to the Ashford lot; the shuttle will run every 10 minutes from 05:30 to 20:00. Night shift may park in the visitor lot between 18:30 and 08:00 with the temporary hang tag."),
    ("EHR upgrade and downtime", "The quarterly EHR upgrade is scheduled for {d2} from 01:00 to 05:00. Downtime binders were refreshed last month; please verify your unit's binder has the new paper medication administration record forms and the downtime lab requisitions. The read-only BCA workstations will print census and MAR reports every hour during downtime."),
    ("Patient experience", "Top-box scores for the quarter: communication with nurses {p2}%, communication with doctors {p4}%, responsiveness of staff {p5}%, quietness at night {p6}%. Quietness remains our lowest domain. The quiet-hours pilot (22:00-05:00 dimmed lights, no overhead pages) will expand to two more units in January."),
    ("Falls", "There were {n1} falls reported this month, {n3} with minor injury and none with major injury. The rate is {r1} per 1,000 patient days (benchmark 3.1). Most falls happened between 02:00 and 06:00 during unassisted toileting. The hourly rounding audit showed documentation on {p7}% of checks."),
    ("Workforce", "RN vacancy rate is {p8}% system-wide, down from {p9}% in the spring. We have {n4} travel nurses on contract, with {n5} contracts ending before the holidays. The second nurse residency cohort starts on {d3} with 22 new graduates. Exit interviews continue to cite scheduling flexibility as the top reason for leaving."),
    ("Employee influenza vaccination", "Staff influenza vaccination is at {p10}% with {d4} as the deadline. Declination forms must be completed in the learning system. Mobile carts will visit night shift on the 8th and 15th. Masking rules for unvaccinated staff start after the deadline."),
    ("Supply chain", "IV administration sets from our primary vendor remain on backorder. Substitution product is in use; it has a different roller clamp, and a two-minute video is posted on the intranet. Please do not hoard supplies on the units. Par levels have been raised temporarily in the central supply room instead."),
    ("Accreditation readiness", "Mock tracer results from last week: staff could describe the fire response (RACE/PASS) in {p11}% of interviews; {n6} expired items were found in clean utility rooms; two eyewash stations lacked weekly check documentation. The full report is on the quality SharePoint. Unit leaders should close their findings by the end of the month."),
    ("Budget", "Year-to-date operating margin is {p12}% against a budget of 2.1%. Contract labor is {m1} over budget, partly offset by lower supply expense. Capital requests for next fiscal year are due to Finance by January 15; please use the new template that asks for a replacement-versus-growth justification."),
    ("Code blue debriefs", "The resuscitation committee reviewed {n7} code events this quarter. Time to first compression was under one minute in all reviewed events. Time to first defibrillation for shockable rhythms met the 2-minute goal in {p13}% of events. The hot debrief card completion rate is still low; the committee asks code leaders to make sure someone fills it out."),
    ("Workplace safety", "{n8} workplace violence events were reported this month, most verbal. Two resulted in staff injury, both in the ED. Security has added a second officer to the ED from 18:00 to 02:00. De-escalation training is available monthly; register through the learning system."),
    ("Linen", "The linen vendor changed delivery times to 04:00 and 14:00. Units reported shortages of bath blankets on weekends; the vendor has increased the weekend par by 15%. Please return carts promptly so they can be turned around."),
    ("Education", "Annual mandatory education (fire safety, infection control, HIPAA privacy, and workplace violence) is due {d5}. Completion is at {p14}%. Managers will receive a non-compliance list weekly. Staff who do not complete the modules will be removed from the schedule until complete."),
    ("Infection prevention", "This quarter: {n9} CAUTIs and {n10} CLABSIs system-wide, with a standardized infection ratio below 1.0 for both. C. difficile hospital-onset cases decreased after the diagnostic stewardship change to the testing order. Blood culture contamination rate was {r2}% (goal under 3%)."),
    ("Pharmacy and therapeutics", "P&T approved adding a second biosimilar for pegfilgrastim, removing two combination inhalers that are being discontinued by the manufacturer, and updating the IV-to-PO conversion protocol to include levetiracetam and famotidine. The updated anticoagulation reversal guideline is now live in the order sets."),
    ("Environment of care", "Environmental rounds covered {n11} areas. Common findings: items stored within 18 inches of sprinkler heads, blocked electrical panels, and unlabeled spray bottles. Corrective actions are assigned in the work order system."),
    ("Holiday schedule", "The holiday schedule request window closes on {d6}. Please remember the rotation policy: staff who worked Christmas last year are first in line for Christmas off this year. The cafeteria will be open with reduced hours on 12/25 and 1/1."),
    ("Interpreter services", "Interpreter encounters rose {p15}% over last year, mostly video remote interpreting. Spanish, Vietnamese and Arabic remain the top three languages. The new dual-handset phones are in all ED rooms. Please document the interpreter ID in the encounter."),
    ("Throughput", "Discharge orders written before 11:00 were {p16}% this month (goal 35%). Median ED-to-inpatient bed time was {n12} minutes. The discharge lounge processed {n13} patients. We are piloting next-day discharge huddles at 15:00 on two medical units."),
    ("Length of stay and readmissions", "Observed-to-expected length of stay index was {r3}. All-cause 30-day readmissions were {r4}%, flat versus last quarter. The heart failure transitional care clinic saw 61 new patients this quarter."),
    ("Security and badges", "Badge access to the stairwells will change on {d7}: stairwell doors will be exit-only on floors 2 through 6 from 21:00 to 05:00. Staff who need after-hours stair access should request it through their manager."),
    ("Laboratory", "Core lab turnaround time for stat troponin (collection to result) was a median of {n14} minutes, 90th percentile {n15}. Hemolysis rates are highest in specimens drawn from IV lines in the ED. The lab will deliver a short in-service on specimen handling at the next charge nurse meeting."),
    ("Food and nutrition", "The new patient menu launches next month with more culturally familiar options and a renal-friendly section. Room service call volume peaks between 11:30 and 12:30; the call center will add a fourth line at lunch. Cafeteria hours are unchanged."),
    ("Recognition", "Congratulations to the 4 North team on their DAISY award nomination and to the sterile processing department for zero instrument-set errors in October. Thank you to the volunteers who staffed the information desks during the Thanksgiving week."),
    ("Technology", "The secure texting app will replace pagers for hospitalists and consultants on {d8}. Training videos are available on the intranet. Pagers will remain for code team members until further notice. Please do not send images through regular text messaging."),
    ("Sepsis", "SEP-1 bundle compliance for the last abstracted quarter was {p17}% (national average about 60%). The most common failure remained repeat lactate timing. The ED has added a lactate reminder to the sepsis order set."),
    ("Policy updates", "The following policies were revised and approved: Patient Belongings and Valuables; Use of Personal Mobile Devices; Sharps Injury Reporting; and Visitor Management. Summaries are in the policy library."),
]

CLINIC_ITEMS = [
    ("Phones", "Average speed of answer on the main line was {n16} seconds last week with an abandonment rate of {p18}%. The call tree now offers a direct option for prescription refills. Please remind patients that refill requests take two business days."),
    ("Template changes", "Provider templates for January are finalized. New patient slots move to 40 minutes. Same-day slots are held until 10:00 and then released. Please don't overbook without the charge nurse's OK."),
    ("No-shows", "No-show rate for November was {p19}%. Reminder texts go out 3 days and 1 day before. We will start a two-way confirmation text in January."),
    ("Supplies", "We are switching to the new glucose meter strips on {d9}. Please bring any remaining old strips to the supply room. The vaccine refrigerator log must be completed twice daily, including weekends when the clinic is closed (the remote monitor sends alerts)."),
    ("Portal", "Portal messages increased to {n17} per week. Please route administrative messages to the front desk pool and clinical ones to the nurse pool. Aim to respond within two business days."),
    ("Front desk", "Insurance card scanning at check-in is at {p20}%. Please scan both sides. Copay collection at the time of service improved to {p21}%."),
    ("Safety", "Fire extinguisher checks were completed. The AED in the hallway passed its self-test. The emergency cart was checked and restocked on {d10}."),
    ("Staff", "Welcome to our new medical assistant starting Monday. Please help with orientation. The office will close at noon on 12/24 and all day 12/25."),
    ("Quality measures", "Colorectal cancer screening rate for our panel is {p22}% and diabetes A1c control (under 8) is {p23}%. Gap lists are posted for each care team; please review at huddle."),
]

CORP_ITEMS = [
    ("Office", "The 3rd floor kitchen renovation will be finished on {d11}. Until then please use the 2nd floor kitchen. Please label food in the fridge; it will be emptied Fridays at 4pm."),
    ("IT", "Laptop refresh continues; {n18} machines replaced so far. If you received a new laptop, return your old one within 10 business days. Multi-factor authentication will be required for webmail from {d12}."),
    ("Sales", "Quarter-to-date bookings are {p24}% of target. The pipeline for Q1 is strong in the Midwest region. Please update opportunities in the CRM before the Friday forecast call."),
    ("Hiring", "We have {n19} open requisitions. Referral bonuses have been increased for warehouse and driver roles. Please share the postings."),
    ("Travel", "Travel bookings must go through the corporate travel portal. Economy class for flights under 6 hours. Receipts are due within 30 days of travel."),
    ("Facilities", "The HVAC contractor will be on site {d13}. Expect some noise in the east wing. The parking lot will be restriped on the weekend."),
    ("Safety", "No recordable incidents this month. Forklift recertification is due for {n20} operators in January. Please wear high-visibility vests on the dock at all times."),
    ("Culture", "The holiday party is on the 18th at 6pm in the cafeteria. Food drive bins are at reception until the 15th. Thank you to everyone who volunteered at the food bank."),
]


_RANGES = {
    "p1": (80, 95), "p2": (68, 84), "p3": (70, 88), "p4": (72, 86), "p5": (58, 72), "p6": (50, 66),
    "p7": (70, 95), "p8": (6, 14), "p9": (11, 18), "p10": (80, 96), "p11": (70, 95), "p13": (75, 98),
    "p14": (60, 90), "p15": (8, 25), "p16": (18, 38), "p17": (58, 78), "p18": (2, 9), "p19": (5, 14),
    "p20": (80, 97), "p21": (70, 92), "p22": (55, 75), "p23": (60, 78), "p24": (70, 110),
    "n1": (5, 30), "n2": (400, 1600), "n3": (1, 6), "n4": (20, 90), "n5": (5, 20), "n6": (3, 20),
    "n7": (20, 60), "n8": (10, 40), "n9": (1, 9), "n10": (1, 6), "n11": (20, 60), "n12": (180, 420),
    "n13": (40, 200), "n14": (45, 70), "n15": (70, 110), "n16": (20, 90), "n17": (200, 900),
    "n18": (100, 800), "n19": (5, 40), "n20": (4, 25),
}
_FRANGES = {"r1": (1.5, 3.8), "r2": (1.2, 3.5), "r3": (0.90, 1.15), "r4": (10.0, 15.0), "p12": (0.5, 3.5)}


def _fmtvals(rng):
    months = ["December %d" % d for d in range(2, 29)]
    v = {}
    for k in sorted(_RANGES):
        lo, hi = _RANGES[k]
        v[k] = rng.randint(lo, hi)
    for k in sorted(_FRANGES):
        lo, hi = _FRANGES[k]
        v[k] = ("%.1f" if k in ("r4", "p12") else "%.2f") % rng.uniform(lo, hi)
    for i in range(1, 14):
        v["d%d" % i] = rng.choice(months)
    v["m1"] = "$%d,%03d" % (rng.randint(120, 980), rng.randint(0, 999))
    return v


def items(pool, rng, k):
    vals = _fmtvals(rng)
    chosen = rng.sample(pool, k)
    return [(t, x.format(**vals)) for t, x in chosen]


def items_text(pool, rng, k, start=1, style="num"):
    out = []
    for i, (t, x) in enumerate(items(pool, rng, k), start):
        if style == "num":
            out.append("%d. %s\n%s" % (i, t, x))
        else:
            out.append("%s\n%s" % (t.upper(), x))
    return "\n\n".join(out)


def pipe_table(header, rows):
    cols = len(header)
    w = [max(len(str(r[i])) for r in [header] + rows) for i in range(cols)]
    line = lambda r: "| " + " | ".join(str(r[i]).ljust(w[i]) for i in range(cols)) + " |"
    sep = "|" + "|".join("-" * (w[i] + 2) for i in range(cols)) + "|"
    return "\n".join([line(header), sep] + [line(r) for r in rows])


UNITS = ["2 North", "2 South", "3 North", "3 South", "4 North", "4 Tele", "5 East", "5 West",
         "6 Surgical", "6 Ortho", "ICU", "CVICU", "Step-Down", "Mother-Baby", "L&D", "NICU",
         "Pediatrics", "ED", "Rehab", "Behavioral Health"]


def unit_metrics(rng, units, cols):
    """cols: list of (name, kind) where kind in pct, count, rate, mins."""
    rows = []
    for u in units:
        r = [u]
        for _, kind in cols:
            if kind == "pct":
                r.append("%d%%" % rng.randint(61, 100))
            elif kind == "count":
                r.append(str(rng.randint(0, 14)))
            elif kind == "rate":
                r.append("%.2f" % rng.uniform(0, 4.5))
            elif kind == "mins":
                r.append(str(rng.randint(18, 240)))
            elif kind == "days":
                r.append(str(rng.randint(200, 1900)))
        rows.append(r)
    return pipe_table(["Unit"] + [c for c, _ in cols], rows)


def attendees(rng, n, roles=None):
    names = crowd(rng, n)
    roles = roles or ["RN", "MD", "PharmD", "MBA", "RN, MSN", "DO", "PT", "LCSW", "MHA", "CPHQ"]
    return ", ".join("%s, %s" % (nm, rng.choice(roles)) for nm in names)

# ================================================================ long threads, PHI somewhere inside

LV = "larkspurvalley.example.org"


@M("thread-surge-plan-snf-placement-deep", "phi",
    "7-message surge-planning thread; only the third (quoted) message names Harold Brennan, MRN, CHF on torsemide awaiting SNF auth")
def _():
    tom = person("Tom Brill", "tbrill@" + LV, None, "Director, Patient Flow & Capacity", "Larkspur Valley Health", "Office 555-0115 | Cell 555-0116", disc="hosp_long")
    jo = person("Joanne Petrakis", "jpetrakis@" + LV, "MSN, RN", "Nurse Manager, 5 West Medical", "Larkspur Valley Health", "555-0117", disc="hosp_long")
    olu = person("Olumide Adeyemi", "oadeyemi@" + LV, "LCSW, ACM", "Manager, Care Management", None, "555-0118", disc="hosp_long")
    dev = person("Devika Raman", "draman@" + LV, "PharmD", "Pharmacy Operations", None, "ext. 4-0119", disc="hosp_long")
    evs = person("Marcus Oyelaran", "moyelaran@" + LV, None, "Environmental Services Manager", None, "555-0120", disc="hosp_long")
    fac = person("Glen Hartigan", "ghartigan@" + LV, None, "Facilities - Clinical Engineering Liaison", None, "555-0121", disc="hosp_long")
    grp = [jo, olu, dev, evs, fac]
    s = "Winter surge plan - 5 West flex unit (12 beds)"
    m1 = Msg(tom, grp, D("2026-11-30 07:42"), s, dedent("""
        Good morning all,

        As discussed at Friday's capacity huddle, we are going to stand up the 5 West flex unit for the winter surge. Target go-live is Monday 12/7 at 07:00, pending the items below. I'd like each of you to confirm your piece by end of day Wednesday so I can take it to the Thursday operations meeting.

        Scope
        - 12 beds (rooms 501-512), all private, 6 with telemetry capability via portable boxes.
        - Intended for observation and low-acuity medical patients; no drips requiring titration, no BiPAP, no patients on 1:1 sitters.
        - Admitting service: hospitalist teams C and D. Step-down overflow stays on 4 North.
        - Hours: 24/7 through at least 2/28, reassessed every two weeks against the census forecast.

        What I need
        1. Nursing grid for days/nights (Joanne) - I know this is the hard one.
        2. Care management coverage, especially weekend discharge planning (Olu).
        3. ADC cabinet and par levels (Devika).
        4. EVS turnaround and terminal clean staffing (Marcus).
        5. Room readiness: nurse call, suction, O2 outlets, bed frames, TVs (Glen).

        The finance piece is approved: premium pay for the float pool and agency backfill is covered through the surge cost center (7720-14). Please do not use your own cost centers for surge expenses.

        For context, the ED boarded an average of 19 admitted patients per day last week, with a peak of 31 on Wednesday night. Our goal with 5 West is to get the boarding number under 10 by mid-December.

        Thanks,
        Tom
        """), sig=False)
    m2 = Msg(jo, [tom], D("2026-11-30 09:05"), "RE: " + s, dedent("""
        Tom,

        We can make nights work. Days are harder. Here's where I am:

        - Days: need 3 RNs + 1 tech per shift for 12 patients. I have 2 RNs from my own staff who agreed to pick up, plus the float pool has committed 1 RN Mon-Fri. Weekends are uncovered right now. I've asked agency for 2 weekend RNs for 12 weeks.
        - Nights: 2 RNs + 1 tech. Covered through 12/20 with incentive shifts. After the holidays I'm not confident.
        - Charge: I'd like a dedicated charge nurse for the first two weeks so the flex unit doesn't pull from 5 East's charge.

        Equipment: we will need 6 telemetry boxes from biomed, 2 vital sign towers (ours are committed), a crash cart (the one in the 5W storage room failed its last check and has to be restocked), and a bladder scanner.

        Can we do a walk-through Thursday at 14:00? I'd like Glen there.

        Joanne
        """), client="ol-en")
    m3 = Msg(olu, [tom, jo], D("2026-11-30 10:48"), "RE: " + s, dedent("""
        Happy to help. I can cover 5W with one case manager Mon-Fri out of the existing team (we'll flex Priscilla from 4N since 4N is running lower LOS), and weekend coverage will be the weekend CM we already have, so expect slower weekend discharges from that unit.

        Tom - on the throughput side, the single biggest thing that would free beds today is placement. We have 6 patients medically ready and waiting on post-acute: 14 avoidable days this week alone. Example: Harold Brennan in 612 (MRN 30418876) has been medically ready since 11/24. He's the CHF exacerbation - off the furosemide drip since Saturday and stable on oral torsemide 40 daily - and the only holdup is the SNF authorization from his Medicare Advantage plan. The plan's UM nurse has not returned calls since Wednesday. If anyone has a contact at Bluewater's post-acute team, please send it my way.

        I'll also send the weekly avoidable-days report to the whole group on Fridays while the surge unit is open.

        Olu
        """), client="ol-en")
    m4 = Msg(dev, [tom], D("2026-11-30 13:20"), "RE: " + s, dedent("""
        Hi Tom,

        Pharmacy items for 5W:

        1. ADC: 5W has a tower cabinet that was decommissioned in June. It still has its network drop, so the vendor can re-enable it remotely. I've opened ticket 88412 with them; they quote 3 business days. We will load a med/surg profile (no titratable drips per your scope) and cold storage via the shared refrigerator with a temperature logger.
        2. Controlled substances: the cabinet needs two-person count set up before go-live. Nursing needs to add 5W staff to the override group. I'll send Joanne the template.
        3. Par levels: I'll start from 5 East's pars scaled to 12 beds, then adjust after the first week based on refill data.
        4. Clinical pharmacist coverage: 5W will be on the 5 East pharmacist's list. No extra FTE.

        One risk: the heparin and insulin shortages are still affecting us. If the unit fills with diabetic obs patients, we may need to move some pen stock from 4N.

        Devika
        """), client="ol-en")
    m5 = Msg(evs, [tom], D("2026-11-30 15:02"), "RE: " + s, dedent("""
        Tom,

        EVS can support 5W with the following:
        - Day shift: 1 dedicated EVS tech 07:00-15:30, the rest covered by the 5th floor float.
        - Evenings: 1 tech 15:00-23:30 shared with 5 East.
        - Nights: no dedicated tech; bed-ahead requests go to the overnight supervisor at 555-0122.

        Our current average discharge-to-clean time is 58 minutes and terminal clean (isolation) is 94 minutes. We should be able to keep 5W at or under that if bed-ahead calls come in at least 30 minutes before discharge.

        Before go-live we'll do a full top-to-bottom clean of all 12 rooms including curtain changes. That's scheduled for Friday 12/4 night shift.

        Marcus
        """), client="ol-en")
    m6 = Msg(fac, [tom, jo], D("2026-12-01 08:11"), "RE: " + s, dedent("""
        Walk-through Thursday 14:00 works. Status so far:

        - Nurse call: tested all 12 rooms yesterday. Room 507's pillow speaker is dead; replacement on order, ETA Wednesday.
        - Medical gas: O2 and suction outlets tested in all rooms; 509's suction regulator failed and was replaced.
        - Beds: 10 of 12 frames are on the unit. The other 2 are coming from storage in the basement of the Ashford Building and need PM first.
        - Heating: room 503 has a sticky thermostat. Work order 26-11931 is open.
        - TVs: the vendor says 3 TVs are not pulling channels. Not a go-live blocker in my view.

        Biomed will have the 6 telemetry boxes staged at the 5W station by Friday.

        Glen
        """), client="ol-en")
    itp = person("Stellan Gorecki", "sgorecki@" + LV, None, "IT Field Services Supervisor", "Larkspur Valley Health", "555-0123", disc="hosp_long")
    sec = person("Wendell Ibarguen", "wibarguen@" + LV, None, "Security Operations Manager", None, "555-0124", disc="hosp_long")
    ni = person("Hollis Drummond", "hdrummond@" + LV, "RN, MSN", "Nursing Informatics", None, None, disc="hosp_long")
    tr = person("Patient Transport Dispatch", "transport@" + LV, None, None, "Larkspur Valley Health - Patient Transport", "555-0125", disc="hosp_long")
    m6b = Msg(itp, [tom, jo], D("2026-12-01 09:30"), "RE: " + s, dedent("""
        Tom, Joanne - IT status for 5W:

        - Workstations: 4 fixed workstations at the nurses' station are imaged and working. We are adding 3 workstations on wheels from the spare pool; batteries were replaced last month.
        - Printers: the label printer and the full-page printer at the station are mapped. The wristband printer will be swapped for the new model (same as the ED) on Thursday.
        - Phones: 12 wireless handsets are assigned to the 5W pool; they will be configured in the nurse call system so room calls route to the assigned nurse.
        - Network: Wi-Fi coverage is fine except the far end of the hall by 511/512; an access point is being added Friday.

        Stellan
        """), client="ol-en")
    m6c = Msg(sec, [tom], D("2026-12-01 10:05"), "RE: " + s, dedent("""
        Security items:
        - Badge access to the 5W doors has been re-enabled for the nursing, EVS and pharmacy groups. Other departments request access through the usual form.
        - The unit's visitor entrance will be locked from 21:00 to 06:00 like the other inpatient units; after hours, visitors check in at the main lobby.
        - The 5W duress button at the nurses' station was tested and works.
        - Officers will add 5W to the hourly rounding route.
        """), client="ol-en")
    m6d = Msg(ni, [tom, jo], D("2026-12-01 11:40"), "RE: " + s, dedent("""
        Nursing informatics: the 5W unit is active in the EHR (department ID and 12 bed records), the flowsheet templates are copied from 5 East, and the unit is on the bed board. I still need the final list of staff who need 5W added to their security profile for the MAR - please send by Wednesday. We'll have a super-user on the unit 07:00-15:00 on go-live day and the next two days.
        """), client="ol-en")
    m6e = Msg(tr, [tom], D("2026-12-01 13:15"), "RE: " + s, dedent("""
        Transport can support 5W from our 5th floor team. Please make sure the unit clerk knows that transport requests go through the electronic request system, not by phone; our average response time last month was 14 minutes for routine requests. We'll add a wheelchair and a stretcher to the 5W equipment alcove.
        """), client="ol-en")
    m7 = Msg(tom, grp, D("2026-12-01 16:37"), "RE: " + s, dedent("""
        Thank you all - this is great progress. Summary of decisions so far:

        - Go-live stays Monday 12/7 07:00.
        - Nursing: days covered Mon-Fri; agency request for weekend RNs approved today. Dedicated charge for the first two weeks approved.
        - Care management: 1 CM Mon-Fri from the existing team. Weekend coverage unchanged.
        - Pharmacy: ADC re-enable ticket open; par levels by Friday.
        - EVS: deep clean Friday night, staffing as proposed.
        - Facilities: walk-through Thursday 14:00; pillow speaker and thermostat in progress.

        Olu - I reached out to our managed care contracting director about the plan escalation contact; she'll send it to you directly.

        I'll circulate a one-page "flex unit admission criteria" for the ED and the hospitalists tomorrow.

        Tom
        """), client="ol-en", sig=True)
    grid = [["week_start", "shift", "role", "required", "filled_internal", "filled_float", "filled_agency", "gap"]]
    r = rng_for("surge-grid")
    for wk in range(12):
        day = _dt.date(2026, 12, 7) + _dt.timedelta(days=7 * wk)
        for shift in ("Day 07-19", "Night 19-07"):
            for role, req in (("RN", 3 if shift.startswith("Day") else 2), ("Tech", 1), ("Charge RN", 1 if wk < 2 and shift.startswith("Day") else 0), ("Unit clerk", 1 if shift.startswith("Day") else 0)):
                if req == 0:
                    continue
                a = r.randint(0, req)
                b = r.randint(0, req - a)
                c = r.randint(0, req - a - b)
                grid.append([day.isoformat(), shift, role, str(req), str(a), str(b), str(c), str(req - a - b - c)])
    crit = pdf(["5 WEST FLEX UNIT - ADMISSION CRITERIA (DRAFT v2)", "",
                "APPROPRIATE: observation patients; low-acuity medical patients (cellulitis, pyelonephritis, COPD/asthma not on BiPAP,",
                "syncope work-up, chest pain rule-out with negative initial troponin); patients awaiting post-acute placement.",
                "NOT APPROPRIATE: titratable drips; BiPAP/high-flow oxygen; 1:1 sitter; active alcohol withdrawal with CIWA > 10;",
                "telemetry for new arrhythmia beyond available boxes (6); isolation needing negative pressure.", "",
                "Process: ED physician and hospitalist agree on placement; bed management assigns via the bed board.",
                "Escalation: the house supervisor decides disputes (pager 555-0126)."], title="5W flex unit admission criteria")
    return thread_mail([m1, m2, m3, m4, m5, m6, m6b, m6c, m6d, m6e, m7],
                       attachments=[A(csv_bytes(grid), "text/csv", "5W_flex_staffing_grid_12wk.csv"),
                                    A(crit, "application/pdf", "5W_flex_admission_criteria_v2.pdf")])


@M("thread-wheelchair-van-name-then-fistula", "phi",
    "transport thread: first message names Winifred Acheampong and her pickup; a later reply from the clinic social worker adds her clotted fistula and declot")
def _():
    disp = person("Carla Menendez", "dispatch@brightwheelstransit.example.com", None, "Dispatch Supervisor", "Brightwheels Accessible Transit", "555-0123 (dispatch) | 555-0124 (fax)")
    sch = person("Leon Whitcombe", "lwhitcombe@harmonkidney.example.net", None, "Patient Scheduling", "Harmon Street Kidney Center", "555-0125")
    sw = person("Abena Osei-Tutu", "aosei@harmonkidney.example.net", "LMSW", "Social Worker", "Harmon Street Kidney Center", "555-0126", disc="clinic_short")
    drv = person("Dmitri Valdivia", "dvaldivia@brightwheelstransit.example.com", None, "Driver Lead, North Route", None, None)
    s = "Standing ride change starting Tue 12/8"
    m1 = Msg(sch, [disp], D("2026-12-02 11:05", "est"), s, dedent("""
        Hi Carla,

        Please change the standing ride for Mrs. Winifred Acheampong (your rider # BW-22817) starting Tuesday 12/8.

        Old: pickup 10:45 Tue/Thu/Sat, return pickup 15:30
        New: pickup 05:15 Tue/Thu/Sat, return pickup 10:15

        Same addresses: home is 88 Larch Court, Apt 2 (side entrance, ring twice), drop-off at our Harmon Street entrance. She uses her own wheelchair and needs the lift.

        Thank you!
        Leon
        """), client="gm-en")
    m2 = Msg(disp, [sch], D("2026-12-02 13:40"), "Re: " + s, dedent("""
        Hi Leon, we can do the 05:15 Tues and Thurs without a problem. Saturday 05:15 is tight because we only have one lift van on Saturdays before 6. Could she do 05:45 on Saturdays? It would get her there around 06:10.

        Carla
        """), client="gm-en")
    m3 = Msg(sch, [disp], D("2026-12-02 14:02"), "Re: " + s, dedent("""
        Unfortunately 06:10 is too late for her chair on Saturdays. Is there any way to get a second van? If not, I'll try to move her Saturday to the 07:00 slot and we keep your original 10:45 pickup for Saturdays only. Let me check with the charge nurse and get back to you.
        """), client="gm-en")
    m4 = Msg(disp, [sch], D("2026-12-02 16:20"), "Re: " + s, dedent("""
        Good news, Dmitri moved a Saturday rider, so 05:15 works all three days. Adding Dmitri so he has the notes for the North Route.

        Carla
        """), client="gm-en", cc=[drv])
    m5 = Msg(sw, [disp, sch], D("2026-12-03 09:31"), "Re: " + s, dedent("""
        Hello Carla and Dmitri,

        I'm the social worker here. Leon forwarded me this thread. One thing for the drivers that isn't in your rider notes: her access arm was just redone. The fistula in her left arm clotted last week and interventional radiology declotted it on Monday, so please don't let anyone pull on or grip her LEFT arm during transfers, and no blood pressure cuff or tight straps on that side. If she mentions the arm is painful or the thrill "feels different," please have her tell the front desk when she arrives.

        Also, she is hard of hearing; knocking loudly works better than the doorbell.

        Thank you for getting her the early chair - it really matters to her.

        Abena
        """), client="gm-en")
    m6 = Msg(drv, [sw, disp, sch], D("2026-12-03 10:02"), "Re: " + s, dedent("""
        Got it, thank you. I put "no pull / no strap left arm" and "knock loud" in the run sheet. See you Tuesday.

        Dmitri
        Sent from my phone
        """), client="apple", sig=False)
    return thread_mail([m1, m2, m3, m4, m5, m6])


@M("thread-oblique-gentleman-in-4b", "phi",
    "borderline: no name; 'the gentleman in 4B we discussed Tuesday' with his troponin, cath and a family meeting, identifiable to the unit staff by bed and date")
def _():
    dom = "stcuthbert.example.org"
    a = person("Lydia Ferreira-Lund", "lferreiralund@" + dom, "MD", "Hospitalist, Team 2", "St. Cuthbert Regional Medical Center", "Pager 555-0127", disc="hosp_long")
    b = person("Raymond Szabo", "rszabo@" + dom, "RN", "Nurse Manager, 4 Telemetry", None, "555-0128")
    c = person("Hannah Moorcroft", "hmoorcroft@" + dom, "RN", "Clinical Educator", None, "555-0129")
    d = person("Emeka Ndiaye", "endiaye@" + dom, "MD", "Medical Director, Hospital Medicine", None, None)
    s = "Bedside interdisciplinary rounds pilot - week 2"
    m1 = Msg(b, [a, c, d], D("2026-12-01 17:10"), s, dedent("""
        Hi all,

        Quick recap of week 1 of the bedside IDR pilot on 4 Tele:

        - We rounded on 91% of patients by 11:00 (target 85%).
        - Average time per patient 3 min 40 s (target 4 min).
        - Nurses said the scripted "overnight events / today's goal / barriers to discharge" worked. Hospitalists want the pharmacist there on Mondays and Thursdays at least.
        - Biggest complaint: the workstation on wheels batteries dying by 10:30. I've asked for the hot-swap batteries.

        For week 2 I'd like to try starting at 09:15 instead of 09:00 so night shift can finish report. Any objections?

        Ray
        """))
    m2 = Msg(c, [b, a, d], D("2026-12-01 18:02"), "RE: " + s, dedent("""
        No objection. I'll update the laminated script cards and add the "Does the patient/family know the plan?" line that the charge nurses asked for. I'll also hand out the 5-question survey for patients on Friday.
        """))
    m3 = Msg(a, [b, c, d], D("2026-12-02 07:55"), "RE: " + s, dedent("""
        09:15 works for Team 2.

        Ray - re the gentleman in 4B we discussed Tuesday: his troponin peaked at 2.1 overnight and cardiology is taking him to the cath lab this afternoon, so we need to move the family meeting to Thursday at 10. Can the charge nurse let his daughter know when she calls? She asked to be contacted before 8 am or after 5 pm.

        Also +1 to the pharmacist on Mondays/Thursdays.

        Lydia
        """))
    m4 = Msg(d, [a, b, c], D("2026-12-02 09:40"), "RE: " + s, dedent("""
        Thanks all. I'll ask pharmacy leadership about Monday/Thursday coverage. Ray, please keep tracking the 11:00 metric through week 4; if we sustain above 85% I'll bring the pilot to the Medical Executive Committee in January as a model for 5 Tele and 6 Med.
        """))
    m5 = Msg(b, [a, d, c], D("2026-12-02 10:12"), "RE: " + s, dedent("""
        Will do. Lydia - I'll let the charge nurse know and I'll put the Thursday 10:00 meeting on the whiteboard in the conference room. Social work is aware.
        """))
    return thread_mail([m1, m2, m3, m4, m5])


@M("thread-oblique-mrs-o-core-biopsy-dcis", "phi",
    "borderline: clinic-flow thread; one reply about 'Mrs. O. from yesterday, the 2:40 new consult' whose core biopsy shows DCIS, identifiable by initial and appointment slot")
def _():
    dom = "bellmeadebreast.example.com"
    a = person("Tessa Kowalczyk", "tkowalczyk@" + dom, "NP", "Breast Surgery", "Bellmeade Breast Center", "555-0130")
    b = person("Ana Lucia Prendergast", "aprendergast@" + dom, None, "Practice Manager", "Bellmeade Breast Center", "555-0131")
    c = person("Dr. Gabriel Hartmann", "ghartmann@" + dom, None, "Breast Surgical Oncology", None, None)
    s = "Scribe schedule + new patient slots in January"
    m1 = Msg(b, [a, c], D("2026-11-30 12:10"), s, dedent("""
        Hi both,

        Two scheduling things:

        1) The scribe company can only give us a scribe Monday and Wednesday afternoons in January. Thursday is not covered. Do you want me to keep looking or shift a Thursday clinic to Wednesday?

        2) We have a backlog of 23 new consults waiting for a first visit. I'd like to open two extra new-patient slots per clinic (a 12:40 and a 15:40) through January. That would clear the backlog in about five weeks.

        Let me know.
        Ana Lucia
        """), client="ol-en")
    m2 = Msg(c, [b, a], D("2026-11-30 17:55"), "RE: " + s, dedent("""
        Let's keep Thursday and skip the scribe that day. OK with the extra slots, but only the 12:40. The 15:40 would run us past 17:00 every day.

        Tessa - separate thing: Mrs. O. from yesterday afternoon (the 2:40 new consult) - the core bx came back DCIS, intermediate grade, ER positive. Can we get her back in this week to talk about lumpectomy vs mastectomy and the radiation oncology referral? She'll want her husband there; I think she mentioned he can only come after 4.

        GH
        """), client="ol-en", sig=False)
    m3 = Msg(a, [c, b], D("2026-12-01 08:14"), "RE: " + s, dedent("""
        Yes, I'll call her this morning. Ana Lucia, can you hold the Thursday 16:20 for her? I'll put the order in for the MRI so we have it for the visit if insurance approves in time.

        On the schedule: fine with me to keep Thursdays without a scribe.

        Tessa
        """), client="ol-en")
    m4 = Msg(b, [a, c], D("2026-12-01 08:30"), "RE: " + s, dedent("""
        Holding Thursday 16:20. I'll open the 12:40 new patient slots starting 1/4 and tell the scribe company Mon/Wed only.

        Thanks!
        """), client="ol-en")
    return thread_mail([m1, m2, m3, m4])


@M("thread-wristband-printer-ticket-pasted-band", "phi",
    "printer support thread (8 messages); one nurse's reply pastes a misprinted wristband with patient name, MRN, DOB and penicillin allergy")
def _():
    dom = "oakhollowmed.example.org"
    it = person("Service Desk", "servicedesk@" + dom, None, None, ["Oak Hollow Medical Center - IT Service Desk", "555-0132 | Ticket portal: https://help.oakhollowmed.example.org"])
    tech = person("Brandon Ellery", "bellery@" + dom, None, "Desktop Support Technician II", "Oak Hollow Medical Center IT", "555-0133")
    rn = person("Mei-Ling Thistlewood", "mthistlewood@" + dom, "RN", "Charge Nurse, Emergency Department", None, None)
    ven = person("Lucas Pereira", "support@labelworks.example.com", None, "Tier 2 Support", "LabelWorks Printing Solutions", "1-555-0134", disc="vendor")
    s = "INC0458812 - ED triage wristband printer printing blank/garbled"
    m1 = Msg(it, [rn], D("2026-11-28 22:14"), s, dedent("""
        A new incident has been opened on your behalf.

        Number: INC0458812
        Short description: ED triage wristband printer printing blank/garbled
        Location: ED Triage 2, printer ED-TRG2-WB01
        Priority: 2 - High
        Assignment group: Desktop Support

        You can view the incident at https://help.oakhollowmed.example.org/inc/INC0458812
        """), sig=True)
    m2 = Msg(tech, [rn], D("2026-11-29 06:50"), "RE: " + s, dedent("""
        Hi Mei-Ling,

        I'm picking this up. I power-cycled ED-TRG2-WB01 remotely and ran a test label from the print server. It printed OK from our side. Can you tell me whether the garbled bands happen on every patient or only some? If you still have one of the bad bands, a description of what printed would help (please don't photograph it, just describe).

        Thanks,
        Brandon
        """))
    m3 = Msg(rn, [tech], D("2026-11-29 07:40"), "RE: " + s, dedent("""
        It's random - maybe one in five. When it's bad, the barcode is half missing and the text is shifted to the right, so the last letters are cut off. Overnight we had to hand-write two bands.
        """))
    m4 = Msg(tech, [rn], D("2026-11-29 09:05"), "RE: " + s, dedent("""
        Thanks. That sounds like the label calibration. I'll come down at 10:30 and recalibrate. I'll also replace the platen roller; it's 3 years old.
        """))
    m5 = Msg(rn, [tech], D("2026-11-30 01:22"), "RE: " + s, dedent("""
        Still happening after the recalibration. Here is exactly what the last bad one printed, copied off the band (the band itself was shredded):

          ZAVALA, LUIS ARMAN|     MRN 40177263
          DOB 03/11/1958  M  ED 11/30/26 00:58
          ALLERGY: PENICILLIN (HIVES)
          ||||| ||  |||    (barcode cut)

        The name got cut at "ARMAN" and the barcode wouldn't scan at the med cart. We printed a replacement from the registration printer.
        """))
    m6 = Msg(tech, [ven], D("2026-11-30 08:40"), "RE: " + s, dedent("""
        Hi Lucas,

        Opening a vendor case. Model LW-420T wristband printer, firmware 6.2.11, on a print server queue. Intermittent shift of the print image to the right by about 8 mm and truncated barcode. Calibration done, platen roller replaced, media is your WB-1 adult band lot 26-0913. Can you advise?

        Brandon
        """))
    m7 = Msg(ven, [tech], D("2026-11-30 12:15"), "RE: " + s, dedent("""
        Hello Brandon,

        Thank you for the details. This is a known issue with firmware 6.2.11 when the driver's "auto media sense" is on and the queue sends labels faster than 1 per 2 seconds. Please update firmware to 6.2.14 (release notes attached to case LW-30177) and switch the driver's media handling to "fixed length, 279 mm". Please do not send patient label contents or images to our support mailbox.

        Best regards,
        Lucas
        """))
    m8 = Msg(tech, [rn, ven], D("2026-12-01 10:05"), "RE: " + s, dedent("""
        Firmware updated to 6.2.14 and driver set to fixed length this morning. Mei-Ling, I'll leave the ticket open until Friday. Please reply if you see another bad band.
        """))
    return thread_mail([m1, m2, m3, m4, m5, m6, m7, m8])


@M("thread-tumor-board-logistics-latest-adds-case", "phi",
    "long tumor-board logistics thread (room, AV, catering, CME); only the latest reply adds Anders Pettersen with new liver lesions on PET before port placement")
def _():
    dom = "kestrelpoint.example.org"
    coord = person("Fiona Drummond", "fdrummond@" + dom, None, "Cancer Center Program Coordinator", "Kestrel Point Cancer Institute", "555-0135")
    av = person("AV Services", "avrequests@" + dom, None, None, "Kestrel Point Facilities - Audio Visual", None)
    cme = person("Rohan Iwasaki", "riwasaki@" + dom, None, "Continuing Medical Education", None, "555-0136")
    cat = person("Janelle Brightwater", "jbrightwater@" + dom, None, "Catering Coordinator, Food & Nutrition Services", None, None)
    md = person("Dr. Sigrid Lachance", "slachance@" + dom, None, "Medical Oncology - GI", None, None)
    s = "GI Tumor Board - move to Conference Room 3B starting 12/10"
    m1 = Msg(coord, [av, cme, cat, md], D("2026-12-01 09:00"), s, dedent("""
        Hello all,

        Because of the Radiology reading-room renovation, the weekly GI Multidisciplinary Tumor Board moves from the Radiology Conference Room to Conference Room 3B (Pavilion, 3rd floor) starting Thursday 12/10, 07:00-08:00, through at least the end of February.

        Requests:
        - AV: we need the PACS viewing workstation, the pathology scope camera feed, two ceiling displays, and a hybrid meeting link with room microphones for the affiliate sites (about 8 remote attendees).
        - CME: please update the location on the activity and the sign-in QR codes.
        - Catering: continental breakfast for 25.

        Dr. Lachance, I will send the case list template on Monday as usual. Cases are due by Tuesday 17:00.

        Thanks,
        Fiona
        """))
    m2 = Msg(av, [coord], D("2026-12-01 10:26"), "RE: " + s, dedent("""
        Hi Fiona,

        3B has two ceiling displays and room mics already. We can bring the mobile PACS workstation, but it needs a wired connection. There's a live jack by the east wall. The pathology camera needs the scope cart from the Radiology room; we'll move it Wednesday afternoon, 12/9.

        The hybrid link will be the standing Tumor Board meeting ID. We will test it with you at 06:30 on 12/10.

        AV Services
        """))
    m3 = Msg(cme, [coord], D("2026-12-01 11:02"), "RE: " + s, dedent("""
        Location updated in the CME system. The QR code doesn't change, only the room on the sign-in poster. I'll print new posters. Reminder: attendance has to be claimed within 30 days for the regularly scheduled series credit. We're at 68% claim rate this year, down from 74%.
        """))
    m4 = Msg(cat, [coord], D("2026-12-01 13:45"), "RE: " + s, dedent("""
        Continental for 25 every Thursday at 06:45 is scheduled through 2/25. Please let me know by Monday noon if a week is cancelled (holidays?). Cost center 6140-220. Note that 3B's kitchenette doesn't have a sink, so we'll bring coffee in the insulated carafes.
        """))
    m5 = Msg(coord, [cat], D("2026-12-01 14:00"), "RE: " + s, dedent("""
        Thank you! Cancel 12/24 and 12/31 please.
        """))
    m6 = Msg(md, [coord], D("2026-12-02 06:48"), "RE: " + s, dedent("""
        Thanks Fiona, 3B is fine.

        Also - can we squeeze one more onto this Thursday's list even though it's past the deadline? Anders Pettersen, the pancreatic head adenocarcinoma we presented in October after neoadjuvant FOLFIRINOX: his PET on Friday showed two new liver lesions, and I want surgery and IR input before he goes for port replacement on Monday. Pathology has nothing new; radiology just needs to pull the PET and the October CT.

        Sigrid
        """), sig=False)
    return thread_mail([m1, m2, m3, m4, m5, m6])

@M("thread-spanish-inline-reply-mother-potassium", "phi",
    "clinic nurse's English message about a named mother's potassium and spironolactone, answered inline in Spanish by the daughter", lang="es")
def _():
    dom = "cedarbendclinic.example.com"
    rn = person("Amanda Castellane", "acastellane@" + dom, "RN", "Care Coordination", "Cedar Bend Family Medicine", "555-0138", disc="clinic_short")
    lu = P("Lucía Paredes Ibargüen", "lucia.paredes@correo.example.net")
    s = "Labs for your mother, Mrs. Rosario Ibargüen"
    orig = dedent("""
        Hello Ms. Paredes,

        Thank you for signing the form so we can talk with you about your mother's care.

        Dr. Fenwick reviewed your mother's blood work from Monday (11/30). Her potassium was 5.8, which is high (normal is 3.5 to 5.1). Her kidney function (creatinine 1.4) is about the same as in September.

        Dr. Fenwick would like her to:
        1. Stop the spironolactone 25 mg for now.
        2. Avoid salt substitutes (they are made with potassium) and limit bananas, oranges and potatoes this week.
        3. Come back Friday 12/4 for a repeat blood test (BMP). No appointment needed, lab is open 7:30-4:00.

        Please call us if she has muscle weakness, palpitations or feels faint.

        Does she need an interpreter for the lab visit? We can arrange one.
        """)
    orig_full = block_text(orig, rn)
    attr = gm_attr(D("2026-12-01 15:22"), rn, "es")
    reply = dedent("""
        Hola Amanda, gracias por escribir. Le contesto entre líneas porque así no se me olvida nada.

        %s

        > Hello Ms. Paredes,
        >
        > Thank you for signing the form so we can talk with you about your
        > mother's care.
        >
        > Dr. Fenwick reviewed your mother's blood work from Monday (11/30). Her
        > potassium was 5.8, which is high (normal is 3.5 to 5.1). Her kidney
        > function (creatinine 1.4) is about the same as in September.

        ¿El potasio alto puede ser por las pastillas nuevas de la presión? Se las cambiaron en octubre y desde entonces dice que se siente cansada.

        > Dr. Fenwick would like her to:
        > 1. Stop the spironolactone 25 mg for now.

        Ya la suspendimos hoy. ¿La furosemida sí la sigue tomando igual, una en la mañana?

        > 2. Avoid salt substitutes (they are made with potassium) and limit
        > bananas, oranges and potatoes this week.

        Uy, usa "sal light" todos los días. Ya se la quité. Y come plátano casi diario, le voy a decir.

        > 3. Come back Friday 12/4 for a repeat blood test (BMP). No
        > appointment needed, lab is open 7:30-4:00.

        El viernes la llevo a las 8 porque yo entro a trabajar a las 10. ¿Tiene que ir en ayunas?

        > Please call us if she has muscle weakness, palpitations or feels
        > faint.
        >
        > Does she need an interpreter for the lab visit? We can arrange one.

        Sí por favor, ella no habla inglés. Yo la acompaño pero en el laboratorio a veces no me dejan entrar.

        Muchas gracias por todo,
        Lucía
        (hija de Rosario Ibargüen, fecha de nacimiento 22/06/1941)
        """) % attr
    # the reply is inline: it carries its own quotation; the signature of the
    # nurse appears only once at the bottom, as clients leave it
    tail = "\n>\n" + quote(sig_text(rn) + "\n\n" + DISC["clinic_short"])
    body = wrap(reply, 76) + tail
    m = mk(lu, rn, "Re: " + s, D("2026-12-01 21:47"), T(body, charset="iso-8859-1", cte="quoted-printable", wrapit=False),
           hcs="iso-8859-1", hmode="Q", in_reply_to=mid(s, dom))
    return m


@M("thread-german-forward-reha-kostenzusage-hip", "phi",
    "English cover note forwarding a German rehab-clinic thread about Gerald Whitmore's inpatient rehab after hip replacement and its cost approval", lang="de")
def _():
    tc = person("Priscilla Umberger", "pumberger@globeassist.example.com", None, "Senior Case Manager, Medical Assistance", "GlobeAssist Travel Insurance Services", "+1 555-0139", disc="travel")
    us = person("Kenji Achterberg", "kachterberg@globeassist.example.com", None, "Claims Supervisor", None, None)
    rk = person("Sabine Rudnicki", "s.rudnicki@reha-lindenhof.example.de.test", None, "Patientenaufnahme / Kostenträgerabteilung",
                ["Rehaklinik Lindenhof", "Kurparkallee 12, 00000 Bad Lindenau", "Tel. +49 5555 555-0140"], disc="de_reha")
    sd = person("Dr. med. Jörg Uhlmann", "joerg.uhlmann@klinikum-auental.example.de.test", None, "Sozialdienst / Case Management",
                ["Klinikum Auental, Orthopädie und Unfallchirurgie", "Tel. +49 5555 555-0141"], disc="de")
    s0 = "Anschlussheilbehandlung Herr Gerald Whitmore (geb. 14.02.1952) - Kostenzusage?"
    m1 = Msg(sd, [rk], D("2026-11-26 10:12", "cet"), s0, dedent("""
        Sehr geehrte Frau Rudnicki,

        wir möchten Herrn Gerald Whitmore, geb. 14.02.1952, US-amerikanischer Staatsbürger (Tourist), zur Anschlussheilbehandlung in Ihre Klinik verlegen. Herr Whitmore hat sich am 19.11. bei einem Sturz eine mediale Schenkelhalsfraktur rechts zugezogen und wurde am 20.11. bei uns mit einer zementierten Hüft-TEP rechts versorgt. Der postoperative Verlauf ist unauffällig, die Wunde reizlos, Mobilisation mit Unterarmgehstützen unter Vollbelastung möglich. Thromboseprophylaxe mit Enoxaparin 40 mg s.c. bis einschließlich 18.12.

        Geplante Verlegung: Montag, 30.11., vormittags, liegend per Krankentransport.

        Die Kosten sollen über seine Reiseversicherung (GlobeAssist, Fall-Nr. GA-26-118274) laufen. Der Patient spricht kein Deutsch; seine Ehefrau begleitet ihn.

        Können Sie uns einen Bettenplatz und das Vorgehen bei der Kostenzusage bestätigen?

        Mit freundlichen Grüßen
        Jörg Uhlmann
        """), client="ol-de")
    m2 = Msg(rk, [sd], D("2026-11-26 14:40", "cet"), "AW: " + s0, dedent("""
        Sehr geehrter Herr Dr. Uhlmann,

        vielen Dank für die Anmeldung. Wir können Herrn Whitmore ab 30.11. ein Einzelzimmer auf Station 2 (Orthopädie) anbieten. Für ausländische Selbstzahler bzw. Reiseversicherungen benötigen wir vor Aufnahme eine schriftliche Kostenübernahmeerklärung für voraussichtlich 21 Tage (Tagessatz 318,00 EUR zzgl. Begleitperson 74,00 EUR/Tag) oder eine Vorauszahlung.

        Bitte senden Sie uns außerdem den OP-Bericht, den aktuellen Arztbrief und den Medikamentenplan.

        Mit freundlichen Grüßen
        Sabine Rudnicki
        """), client="ol-de")
    m3 = Msg(sd, [rk], D("2026-11-27 09:05", "cet"), "AW: AW: " + s0, dedent("""
        Liebe Frau Rudnicki,

        die Unterlagen (OP-Bericht, vorläufiger Arztbrief, Medikationsplan: Enoxaparin, Metoprolol 47,5 mg, Pantoprazol 20 mg, Metamizol bei Bedarf) habe ich Ihnen per Fax geschickt. Die Versicherung habe ich angeschrieben; die Ansprechpartnerin ist Frau Umberger (in Kopie ab der nächsten Mail). Sie meldet sich direkt bei Ihnen.

        Viele Grüße
        J. Uhlmann
        """), client="ol-de")
    m4 = Msg(rk, [tc], D("2026-11-27 11:30", "cet"), "WG: AW: AW: " + s0, dedent("""
        Dear Ms. Umberger,

        please find below our correspondence with Klinikum Auental regarding Mr. Whitmore. We need a written guarantee of payment before admission on Monday 30 November. Estimated stay 21 days; daily rate EUR 318.00 plus EUR 74.00 per day for his wife as accompanying person.

        Kind regards,
        Sabine Rudnicki
        """), client="ol-de", fwd=True)
    m5 = Msg(tc, [us], D("2026-11-27 08:02", "est"), "FW: WG: AW: AW: " + s0, dedent("""
        Kenji,

        Forwarding the German rehab facility thread for Mr. Whitmore (GA-26-118274). Short version: he had a fall and a right hip replacement in Auental on 11/20, and the treating hospital wants to transfer him to inpatient rehab (Rehaklinik Lindenhof) on Monday for about 3 weeks before he's fit to fly home. They need our guarantee of payment before admission. Estimated cost is roughly EUR 8,232 for 21 days including his wife's room.

        His policy has a rehab limit of USD 15,000, so we're within limits. The medical team here agrees rehab in Germany is cheaper and safer than an early repatriation with a medical escort. Can you sign off on the GOP today so I can send it before their weekend? I've drafted it in the case file.

        Thanks,
        Priscilla
        """), client="ol-en", fwd=True)
    return thread_mail([m1, m2, m3, m4, m5], cs="iso-8859-1", hmode="Q")


@M("thread-french-reply-ambulance-claim", "phi",
    "ambulance billing thread for Réjean Gagnon (claim number, transport for chest pain); his wife answers in French with his insurer details", lang="fr")
def _():
    dom = "summitems-billing.example.com"
    bill = person("Patient Accounts", "accounts@" + dom, None, None,
                  ["Summit Valley EMS - Billing Office", "Mon-Fri 8:00-4:30 ET | 555-0143", "Federal Tax ID on request"], disc="clinic_short")
    wife = P("Francine Gagnon", "f.gagnon@courriel.example.net")
    s = "Claim AMB-2026-33817 - ground ambulance 10/19/2026 - GAGNON, REJEAN"
    m1 = Msg(bill, [wife], D("2026-11-16 10:00"), s, dedent("""
        Dear Mr. Gagnon,

        We are writing about the ambulance transport provided to you on 10/19/2026.

        Account / claim: AMB-2026-33817
        Service: ALS emergency transport (A0427) + mileage 11 miles (A0425)
        From: Route 9 rest area, mile 142
        To: Northgate Regional Medical Center, Emergency Department
        Chief complaint on run report: chest pain
        Charges: $2,184.00
        Payments / adjustments: $0.00
        Balance: $2,184.00

        We could not find health insurance on file. If you have coverage, including travel or provincial health insurance from Canada, please reply with the insurer name, policy number and the name of the policy holder, or call us at 555-0143. If you do not have insurance, you may qualify for our self-pay discount or a payment plan.

        Sincerely,
        Patient Accounts
        """), client="ol-en")
    m2 = Msg(wife, [bill], D("2026-11-20 19:12", "est"), "RE: " + s, dedent("""
        Hello,

        I am his wife. He is home now, thank you. We have insurance from Québec (RAMQ) and also a travel insurance from his retirement plan. I will look for the papers this weekend.

        Francine Gagnon
        """), client="gm-en", sig=False)
    m3 = Msg(bill, [wife], D("2026-11-23 09:15"), "RE: " + s, dedent("""
        Thank you, Mrs. Gagnon. When you have the information, please send the policy number and the claims address of the travel insurance company. RAMQ does not accept direct billing from US ambulance services; usually the travel insurer pays and then coordinates with RAMQ.

        We will put the account on hold for 30 days so you will not receive a collection notice.
        """), client="ol-en")
    m4 = Msg(wife, [bill], D("2026-12-01 20:40", "est"), "RE: " + s, dedent("""
        Bonjour,

        Excusez-moi, je vais écrire en français, c'est plus facile pour moi pour les détails. Ma fille dit que vous pourrez traduire.

        Voici les informations de l'assurance voyage de mon mari :
        - Assureur : Assurances Boréal Voyage (régime des retraités)
        - Numéro de police : BV-7723-0419-02
        - Titulaire : Réjean Gagnon, né le 3 mars 1955
        - Numéro de dossier ouvert chez eux le 21 octobre : RCL-2026-88140
        - Adresse des réclamations : Service des réclamations, C.P. 555, succursale Centre, Montréal

        L'assureur demande votre facture détaillée et le rapport d'intervention des ambulanciers. À l'hôpital de Northgate, ils ont dit que c'était une angine instable et ils lui ont mis un stent le lendemain ; l'assureur a déjà reçu les papiers de l'hôpital.

        Est-ce que vous pouvez leur envoyer directement la facture ? Sinon, envoyez-la-moi et je la transmettrai.

        Merci beaucoup de votre patience,
        Francine Gagnon
        """), client="gm-fr", sig=False)
    return thread_mail([m1, m2, m3, m4], cs="utf-8", cte_text="base64", cte_html="base64")


@M("thread-portuguese-family-vovo-cataract", "phi",
    "long Brazilian family thread about Christmas logistics; one message gives grandfather Antônio's cataract surgery date and that he must stop aspirin", lang="pt")
def _():
    fam = "familiamoraes.example.com"
    a = P("Juliana Moraes", "juliana@" + fam, sig=["Ju"])
    b = P("Rafael Moraes", "rafael.moraes@correio.example.net", sig=[])
    c = P("Tia Conceição", "conceicao.moraes@correio.example.net", sig=["Beijos, tia Ção"])
    d = P("Pedro Henrique Moraes", "phmoraes@" + fam, sig=[])
    s = "Natal 2026 - quem leva o quê + datas"
    m1 = Msg(a, [b, c, d], D("2026-11-22 20:14", "brt"), s, dedent("""
        Oi gente!

        Vamos organizar o Natal deste ano, que é aqui em casa de novo. Pensei assim:

        - Ceia dia 24, a partir das 20h. Quem quiser dormir aqui tem o quarto de hóspedes e o sofá-cama.
        - Eu faço o peru e o arroz com passas (sim, Pedro, com passas, faz parte).
        - Rafa e Carol: farofa e maionese?
        - Tia Ção: aquele pavê que ninguém faz igual.
        - Pedro: bebidas e gelo. Muito gelo.
        - Amigo secreto com limite de R$ 100. Sorteio pelo aplicativo até domingo que vem.

        Me respondam até sexta pra eu fazer as compras no atacadão no sábado.

        Beijos
        """), client="gm-pt")
    m2 = Msg(b, [a, c, d], D("2026-11-22 21:03", "brt"), "Re: " + s, dedent("""
        Fechado, farofa e maionese com a gente. A Carol pergunta se pode levar a mãe dela, que vai passar o Natal sozinha.
        """), client="gm-pt")
    m3 = Msg(a, [b, c, d], D("2026-11-22 21:10", "brt"), "Re: " + s, dedent("""
        Claro que pode! Quanto mais gente melhor.
        """), client="gm-pt")
    m4 = Msg(c, [a, b, d], D("2026-11-23 08:42", "brt"), "Re: " + s, dedent("""
        Bom dia meus amores. O pavê está garantido, vou fazer dois porque no ano passado acabou antes da meia-noite.

        Aproveito para avisar uma coisa importante do vovô Antônio: a cirurgia de catarata dele foi marcada para o dia 15 de dezembro, às 7h, no Hospital de Olhos Vale Aurora, olho direito primeiro. O médico pediu para ele parar o AAS cinco dias antes (a partir do dia 10) e levar todos os remédios da pressão na consulta pré-operatória do dia 8. Depois da cirurgia ele não pode dirigir nem abaixar a cabeça por uma semana, e vai ter que pingar colírio de antibiótico e de corticoide quatro vezes por dia.

        Então no Natal ele ainda vai estar de protetor no olho, coitado. Alguém consegue levar ele no dia 15? Eu trabalho e a Lurdes está viajando.

        Beijos, tia Ção
        """), client="gm-pt")
    m5 = Msg(d, [a, b, c], D("2026-11-23 12:30", "brt"), "Re: " + s, dedent("""
        Eu levo o vô no dia 15, tô de férias a partir do dia 11. Posso levar na consulta do dia 8 também se for de tarde.

        Bebidas ok. Alguém tem preferência de espumante? Vou pegar uns sem álcool pras crianças e pro vô.
        """), client="gm-pt")
    m6 = Msg(a, [b, c, d], D("2026-11-23 19:55", "brt"), "Re: " + s, dedent("""
        Obrigada Pedro!! Você é o melhor neto (não contem pros outros).

        Resumo:
        - 24/12 20h aqui em casa
        - peru e arroz: eu / farofa e maionese: Rafa e Carol / pavê x2: tia Ção / bebidas e gelo: Pedro
        - mãe da Carol confirmada
        - vovô: cirurgia dia 15, Pedro leva. Vou colocar um lembrete no grupo da família pra ninguém esquecer do AAS no dia 10.
        - sorteio do amigo secreto domingo às 20h

        Beijos!!
        """), client="gm-pt")
    return thread_mail([m1, m2, m3, m4, m5, m6], cs="utf-8", cte_text="8bit", cte_html="quoted-printable")


@M("thread-payroll-codes-workers-comp-light-duty", "phi",
    "borderline: HR/payroll thread, but one HR message gives Terrence Oyelaran's workers' comp claim number, lumbar strain, physical therapy and lifting restrictions")
def _():
    dom = "granitelogistics.example.com"
    pay = person("Wanda Fairbrother", "wfairbrother@" + dom, None, "Payroll Manager", "Granite Ridge Logistics", "555-0144", disc="corp")
    hr = person("Isaac Rosenquist", "irosenquist@" + dom, None, "HR Business Partner - Operations", "Granite Ridge Logistics", "555-0145", disc="corp")
    sup1 = person("Dana Kettleby", "dkettleby@" + dom, None, "Warehouse Supervisor, 2nd shift", None, None, disc="corp")
    sup2 = person("Marco Stavros", "mstavros@" + dom, None, "Warehouse Supervisor, 1st shift", None, None, disc="corp")
    s = "December timekeeping - holiday codes, early cutoff, and light duty"
    m1 = Msg(pay, [sup1, sup2, hr], D("2026-12-01 08:30"), s, dedent("""
        Supervisors,

        Reminders for December:

        1. Early payroll cutoff: timecards for the period ending 12/19 must be approved by Monday 12/21 at 10:00 (not Tuesday) because of the holiday.
        2. Holiday codes: HOL for the 12/25 and 1/1 holidays; HOLW for anyone who works the holiday (paid at 1.5x plus holiday pay); FLT for floating holiday.
        3. Peak season overtime: OT above 12 hours in a day must be pre-approved by your operations manager. Please do not edit punches to split OT across days.
        4. New hires from the seasonal agency are NOT in our timekeeping system; approve their hours in the agency portal.
        5. Missed punch forms: please use the new electronic form. Paper forms will be returned.

        Questions to me or to payroll@granitelogistics.example.com.

        Thanks,
        Wanda
        """))
    m2 = Msg(sup1, [pay], D("2026-12-01 10:02"), "RE: " + s, dedent("""
        Wanda, do HOLW hours count toward the weekly 40 for overtime? Last year there was confusion on 2nd shift.
        """))
    m3 = Msg(pay, [sup1, sup2, hr], D("2026-12-01 11:17"), "RE: " + s, dedent("""
        Good question. Hours actually worked on the holiday count toward 40. The holiday pay itself (HOL) does not. So someone who works 8 hours on 12/25 and 40 hours the rest of the week gets 8 hours at OT rate plus 8 hours of holiday pay.
        """))
    m4 = Msg(sup2, [pay, hr], D("2026-12-01 13:40"), "RE: " + s, dedent("""
        Thanks. What code do I use for Terrence on 1st shift? He's on light duty in the office since his back injury and I don't know if that's regular hours or something else. Isaac, I think you were handling that.
        """))
    m5 = Msg(hr, [sup2, pay], D("2026-12-01 14:25"), "RE: " + s, dedent("""
        Marco,

        For Terrence Oyelaran, please use WC-LD (workers' comp light duty) for his hours in the office. His claim is WC-26-0412 with our carrier, for the lumbar strain from the dock lift on 11/12. The carrier's nurse case manager sent his current restrictions from the occupational medicine clinic: no lifting over 15 lb, no repetitive bending, sit/stand as needed, through 12/21, and physical therapy twice a week (Tue/Thu 7:30). Please code the PT visits as WC-MED so he isn't docked. The restrictions will be re-evaluated at his appointment on 12/21.

        Keep the details on a need-to-know basis; the rest of the team only needs to know he's on modified duty.

        Isaac
        """))
    m6 = Msg(pay, [sup2, hr], D("2026-12-01 14:41"), "RE: " + s, dedent("""
        Confirming WC-LD and WC-MED are both active in the system. WC-MED is paid at his regular rate.
        """))
    return thread_mail([m1, m2, m3, m4, m5, m6])


@M("thread-cdi-query-inline-sepsis", "phi",
    "clinical documentation query thread with inline answers about Lourdes Rivera (MRN, room): sepsis vs bacteremia, lactate, E. coli UTI")
def _():
    dom = "stcuthbert.example.org"
    cdi = person("Beatriz Jaramillo", "bjaramillo@" + dom, "RN, CCDS", "Clinical Documentation Integrity Specialist", "St. Cuthbert Regional Medical Center", "555-0146", disc="hosp_long")
    doc = person("Arun Bose", "abose@" + dom, "MD", "Hospitalist", None, None)
    s = "CDI query - 7W-12 - RIVERA, LOURDES - MRN 22905174 - clinical validation"
    body1 = dedent("""
        Dr. Bose,

        I'm reviewing the record for RIVERA, LOURDES (MRN 22905174, 7W-12, admitted 11/27) for clinical validation. A few questions; please answer in the chart addendum if you agree, but replying here first is fine.

        1. The H&P lists "sepsis secondary to UTI." Indicators in the record: T 38.6, HR 112, WBC 15.8, lactate 1.4, BP stable, no organ dysfunction documented. Under our Sepsis-3 based policy, can you clarify whether sepsis is clinically valid, or whether the condition is better described as UTI with SIRS / bacteremia?
        2. Blood cultures 2/2 grew E. coli (same organism as urine). Is the bacteremia present on admission?
        3. Creatinine went from 0.9 (baseline, June) to 1.6 on admission and 1.0 at discharge. Is there an associated diagnosis?
        4. Nursing notes document a stage 2 pressure injury on the sacrum on 11/28. Was this present on admission?

        Thank you,
        Beatriz
        """)
    m1 = Msg(cdi, [doc], D("2026-12-01 09:12"), s, body1)
    inline = dedent("""
        Answers inline, in caps. I'll do the addendum this afternoon.

        -----Original Message-----
        From: Beatriz Jaramillo <bjaramillo@stcuthbert.example.org>
        Sent: Tuesday, December 1, 2026 9:12 AM
        To: Arun Bose <abose@stcuthbert.example.org>
        Subject: CDI query - 7W-12 - RIVERA, LOURDES - MRN 22905174 - clinical validation

        Dr. Bose,

        I'm reviewing the record for RIVERA, LOURDES (MRN 22905174, 7W-12, admitted 11/27) for clinical validation. A few questions; please answer in the chart addendum if you agree, but replying here first is fine.

        1. The H&P lists "sepsis secondary to UTI." Indicators in the record: T 38.6, HR 112, WBC 15.8, lactate 1.4, BP stable, no organ dysfunction documented. Under our Sepsis-3 based policy, can you clarify whether sepsis is clinically valid, or whether the condition is better described as UTI with SIRS / bacteremia?

        [AB] AGREE SEPSIS-3 CRITERIA NOT MET - NO ORGAN DYSFUNCTION. WILL REVISE TO E. COLI BACTEREMIA DUE TO ACUTE PYELONEPHRITIS. SHE DID HAVE FLANK PAIN AND CVA TENDERNESS, SEE ED NOTE.

        2. Blood cultures 2/2 grew E. coli (same organism as urine). Is the bacteremia present on admission?

        [AB] YES, POA. CULTURES DRAWN IN ED.

        3. Creatinine went from 0.9 (baseline, June) to 1.6 on admission and 1.0 at discharge. Is there an associated diagnosis?

        [AB] AKI, PRERENAL, DUE TO VOLUME DEPLETION, RESOLVED WITH IV FLUIDS. WILL ADD.

        4. Nursing notes document a stage 2 pressure injury on the sacrum on 11/28. Was this present on admission?

        [AB] NOT SURE. ED SKIN ASSESSMENT SAYS "INTACT." I DID NOT EXAMINE THE SACRUM ON ADMISSION. PLEASE ASK WOUND CARE TO WEIGH IN - I DON'T WANT TO GUESS.

        Thank you,
        Beatriz
        """)
    m2 = Msg(doc, [cdi], D("2026-12-01 12:48"), "RE: " + s, inline)
    m3 = Msg(cdi, [doc], D("2026-12-01 13:05"), "RE: " + s, dedent("""
        Thank you, this is very helpful. I'll send #4 to the wound care nurses; they documented on 11/28 and may be able to clarify. The addendum template is in your inbox as "Query response - Rivera." No further questions on this one.
        """), client="ol-en")
    # m3 replies above m2, m2 already carries the quoted m1 (inline style)
    text = block_text(m3.body, cdi) + "\n\n" + _ol_block(m2, "en") + "\n\n" + block_text(m2.body, doc, disc=False)
    return mk(cdi, doc, "RE: " + s, m3.date, MP("alternative", [
        T(text, cte="quoted-printable"),
        H(OUTLOOK_HEAD % {"cs": "utf-8"} + text_to_html(text) + OUTLOOK_TAIL)]),
        in_reply_to=mid(s + "/2", dom))


@M("thread-research-screening-log-one-named-subject", "phi",
    "coordinators' thread on screening-log process; one quoted message names subject 0147 Marguerite Lindqvist who screen-failed on eGFR 38")
def _():
    dom = "ashcombe-research.example.edu.test"
    lead = person("Nadia Okonjo", "nokonjo@" + dom, "MPH, CCRP", "Lead Clinical Research Coordinator", ["Ashcombe University Clinical Trials Office", "555-0147"], disc="uni")
    c1 = person("Trevor Halloran", "thalloran@" + dom, None, "Clinical Research Coordinator II", "Ashcombe University Clinical Trials Office", "555-0148", disc="uni")
    c2 = person("Samira Yelland", "syelland@" + dom, None, "Clinical Research Coordinator I", None, None, disc="uni")
    mon = person("Patrick Jessop", "pjessop@vantacro.example.com", None, "Senior CRA", "Vanta Clinical Research", "555-0149", disc="pharma")
    s = "Screening log - process for the CARDIQOR-HF2 extension"
    m1 = Msg(lead, [c1, c2], D("2026-11-24 10:00"), s, dedent("""
        Team,

        Following last week's monitoring visit, we need to tighten how we keep the screening log for the CARDIQOR-HF2 open-label extension:

        - Every pre-screen goes in the log the day it happens, including people who decline before consent.
        - Screen failures: record the exclusion criterion number only (e.g., "Excl 4"), not lab values, in the sponsor-facing log. Lab values stay in the source documents.
        - Do not put names in the sponsor log. Use the site subject number once consented, or the pre-screen number (PS-xxx) before consent.
        - The internal log (on the secure drive) is the only place that links PS numbers to names and MRNs.

        Patrick (our CRA) will check the log at the remote visit on 12/2.

        Nadia
        """))
    m2 = Msg(c1, [lead, c2], D("2026-11-24 11:42"), "RE: " + s, dedent("""
        Understood. Question: for people who consent and then fail on central labs, do we log the date of the central lab result or the date of consent?
        """))
    m3 = Msg(c2, [lead, c1], D("2026-11-25 16:20"), "RE: " + s, dedent("""
        Adding one from this week so we can decide how to log it:

        Subject 0147 (Marguerite Lindqvist, from Dr. Ashgrove's clinic) consented on 11/19 and screen-failed on the central lab eGFR of 38 (needs 45 or higher). Her local eGFR in October was 47, so she was disappointed; she asked whether she can be re-screened in 3 months after her nephrologist adjusts her diuretic. I told her I'd check the protocol.

        Do I log this as Excl 4 with the central lab date (11/23)?
        """))
    m4 = Msg(lead, [c1, c2], D("2026-11-25 17:05"), "RE: " + s, dedent("""
        Samira - yes, Excl 4 with the central lab date. And please remember: no names in email, even internally. Use the subject number only; the link to the person lives in the internal log. Re-screening is allowed once per protocol section 6.4, after at least 8 weeks. Please note that in the internal log.

        Trevor - date of the central lab result.
        """))
    m5 = Msg(lead, [mon], D("2026-11-30 09:10"), "FW: " + s, dedent("""
        Patrick,

        For Wednesday's remote visit: below is our internal discussion about the screening log process, FYI. The updated sponsor log is uploaded to the portal. Let us know if you need anything else before the visit.

        Best,
        Nadia
        """), fwd=True)
    m6 = Msg(mon, [lead], D("2026-11-30 14:22"), "RE: FW: " + s, dedent("""
        Thanks Nadia, the process looks good. One note: the forwarded thread includes a participant's name tied to her subject number. Please don't forward internal discussions with identifiers to the sponsor or CRO. I've deleted my copy, and you may want to log this per your SOP for inadvertent disclosures.

        The uploaded log looks complete. See you Wednesday at 10.

        Patrick
        """))
    return thread_mail([m1, m2, m3, m4, m5, m6])


@M("thread-iv-potassium-shortage-one-tpn-patient", "phi",
    "long drug-shortage thread among pharmacy buyers and pharmacists; one line names the bed 22 patient Kowalczyk on TPN who needs potassium phosphate")
def _():
    dom = "oakhollowmed.example.org"
    buyer = person("Gordon Eskildsen", "geskildsen@" + dom, "CPhT", "Pharmacy Buyer", "Oak Hollow Medical Center", "555-0150", disc="hosp_long")
    dir_ = person("Leah Nussbaum", "lnussbaum@" + dom, "PharmD, MBA", "Director of Pharmacy", None, "555-0151", disc="hosp_long")
    icu = person("Hector Vasquez-Orr", "hvasquez@" + dom, "PharmD, BCCCP", "Critical Care Pharmacist", None, None, disc="hosp_long")
    nut = person("Colleen Bellweather", "cbellweather@" + dom, "PharmD, BCNSP", "Nutrition Support Pharmacist", None, None, disc="hosp_long")
    s = "Shortage: potassium phosphates inj - allocation and conservation"
    m1 = Msg(buyer, [dir_, icu, nut], D("2026-11-30 08:05"), s, dedent("""
        Our wholesaler has cut us to 40% allocation on potassium phosphates injection (both the 15 mmol/5 mL and the 45 mmol/15 mL vials) effective today. Current on-hand: 118 vials of 15 mmol, 22 vials of 45 mmol. At our average use (about 19 vials/day combined) we have roughly 7 days.

        Alternatives from the wholesaler:
        - Sodium phosphates injection: available, no allocation.
        - Two 503B outsourcers have premixed K-Phos bags, 2-3 week lead time.
        - Imported product (temporary FDA import) expected mid-December, price 4x.

        I placed the max allocation order and requested 200 vials from our sister hospital. Please advise on conservation.

        Gordon
        """))
    m2 = Msg(dir_, [buyer, icu, nut], D("2026-11-30 09:30"), "RE: " + s, dedent("""
        Thanks Gordon. Let's do the following effective now:

        1. Restrict potassium phosphates to (a) TPN compounding and (b) patients with serum potassium < 4.0 who also need phosphate. All others get sodium phosphates.
        2. Remove K-Phos from the ADC overrides and from the electrolyte replacement order set; replace with sodium phosphates.
        3. Oral phosphate (K-Phos Neutral tablets) for anyone who can take PO.
        4. Hector and Colleen, please review every active K-Phos order today.

        I'll send a note to the medical staff.
        """))
    m3 = Msg(icu, [dir_, buyer, nut], D("2026-11-30 12:10"), "RE: " + s, dedent("""
        ICU review done. 9 active orders: 6 changed to sodium phosphates, 2 to PO, 1 remaining (hyperkalemia risk, stays on sodium). So ICU is at zero K-Phos for now. One note: the sodium load matters for our heart failure and cirrhosis patients, so please let us keep an exception pathway through the pharmacist.
        """))
    m4 = Msg(nut, [dir_, buyer, icu], D("2026-11-30 14:48"), "RE: " + s, dedent("""
        TPN: we have 11 adult TPN patients and 4 NICU. The NICU ones stay on K-Phos regardless (calcium-phosphate compatibility). For adults I will use sodium phosphates where the sodium load is acceptable.

        The one adult I can't switch easily is bed 22 on 6 Surgical, Kowalczyk - the short-gut patient on home TPN who was readmitted with refeeding hypophosphatemia (phos 1.4 this morning). She needs about 30 mmol/day of potassium phosphate in the bag until she's repleted; her potassium is 3.2 so sodium phos alone doesn't help her. Please reserve 2 of the 15 mmol vials per day for her for at least 5 days.

        I'll also reduce the standard phosphate in the adult TPN template from 20 to 15 mmol/L.
        """))
    m5 = Msg(buyer, [dir_, icu, nut], D("2026-12-01 07:40"), "RE: " + s, dedent("""
        Update: sister hospital is sending 150 vials of 15 mmol today. With the restrictions yesterday we used 7 vials. On-hand is now 111 + 22, so about 3 weeks at the new rate. Reserved the TPN vials in a separate bin in the IV room labeled "TPN ONLY".
        """))
    m6 = Msg(dir_, [buyer, icu, nut], D("2026-12-01 08:15"), "RE: " + s, dedent("""
        Great work, everyone. I'll report this at the P&T meeting on 12/10. Let's keep the restrictions until we get back to full allocation.
        """))
    return thread_mail([m1, m2, m3, m4, m5, m6])


@M("thread-shift-swap-own-colonoscopy-polyp", "phi",
    "borderline: workplace schedule-swap thread; one nurse names her own upcoming endoscopic removal of a colon polyp - self-disclosed health information in staff mail")
def _():
    dom = "rivergatehealth.example.org"
    mgr = person("Harriet Winterbourne", "hwinterbourne@" + dom, "BSN, RN", "Assistant Nurse Manager, PACU", "Rivergate Health", "555-0152")
    n1 = person("Keisha Marchbanks", "kmarchbanks@" + dom, "RN", None, None, None)
    n2 = person("Owen Ashgrove", "oashgrove@" + dom, "RN", None, None, None)
    n3 = person("Liesl Carrow", "lcarrow@" + dom, "RN", None, None, None)
    s = "PACU schedule Dec 13-26 - open shifts and swaps"
    m1 = Msg(mgr, [n1, n2, n3], D("2026-11-25 15:00"), s, dedent("""
        Hi team,

        The schedule for 12/13-12/26 is posted. Open shifts:
        - Mon 12/14 07:00-17:30 (1 RN)
        - Thu 12/17 09:00-19:30 (1 RN)
        - Sat 12/19 call
        - Thu 12/24 07:00-15:30 (2 RNs)

        Swaps must be RN-to-RN with the same skill mix (Phase I competent). Send swap requests to me by 12/4.

        Harriet
        """), client="ol-en")
    m2 = Msg(n2, [mgr], D("2026-11-25 16:21"), "RE: " + s, dedent("""
        I'll take the 12/14 open shift.
        """), client="iphone", sig=False)
    m3 = Msg(n1, [mgr, n3], D("2026-11-26 07:05"), "RE: " + s, dedent("""
        Hi Harriet,

        I need to swap out of Thursday 12/17. Liesl said she'd take it if I take her Tuesday 12/22. Liesl, please confirm.

        Reason, since the form asks: it's my own procedure. My colonoscopy in October found a polyp they couldn't take out that day because it was too flat, so I'm going back to the GI lab at Rivergate East on 12/17 for an EMR to remove it. I'll be sedated and can't drive that day. Please don't put it on the whiteboard, I'd rather not have the whole unit asking.

        Thanks,
        Keisha
        """), client="ol-en")
    m4 = Msg(n3, [mgr, n1], D("2026-11-26 09:14"), "RE: " + s, dedent("""
        Confirmed - I'll work 12/17 and Keisha takes my 12/22. Good luck Keisha!
        """), client="ol-en")
    m5 = Msg(mgr, [n1, n2, n3], D("2026-11-26 11:00"), "RE: " + s, dedent("""
        Approved: Owen on 12/14; Keisha/Liesl swap 12/17 <-> 12/22. I've updated the schedule. Still open: 12/19 call and 12/24 (2 RNs). Holiday incentive applies to the 24th.
        """), client="ol-en")
    return thread_mail([m1, m2, m3, m4, m5])

# ================================================================ forwards, bounces, auto-replies (PHI)

@M("fwd-of-fwd-discharge-summary-home-health", "phi",
    "forward of a forward: hospital discharge summary for Ignatius Moorcroft (COPD exacerbation, home oxygen, prednisone taper) passed to a home-health field scheduler")
def _():
    hosp = "stcuthbert.example.org"
    hh = "evergreenhomecare.example.com"
    dp = person("Noreen Halloran", "nhalloran@" + hosp, "RN", "Discharge Planning", "St. Cuthbert Regional Medical Center", "555-0153", disc="hosp_long")
    intake = person("Intake Team", "intake@" + hh, None, None, ["Evergreen Home Care - Intake", "555-0154 | fax 555-0155"])
    sched = person("Ruth Castellane", "rcastellane@" + hh, None, "Field Scheduling Coordinator", "Evergreen Home Care", None)
    ds = dedent("""
        DISCHARGE SUMMARY (excerpt for post-acute provider)

        Patient: MOORCROFT, IGNATIUS P.      DOB: 07/30/1947      MRN: 22871690
        Admit: 11/25/2026      Discharge: 12/01/2026      Attending: E. Ndiaye, MD
        PCP: Hollis Jessop, MD (Brookside Internal Medicine)

        Principal diagnosis: Acute exacerbation of chronic obstructive pulmonary disease
        Secondary: Community-acquired pneumonia, right lower lobe; chronic hypoxic respiratory failure (new home O2); type 2 diabetes with steroid-induced hyperglycemia; hypertension; benign prostatic hyperplasia

        Hospital course: 79-year-old man, former smoker (50 pack-years, quit 2015), admitted with 4 days of worsening dyspnea and productive cough. SpO2 84% on room air in ED. Treated with nebulized bronchodilators, IV methylprednisolone transitioned to oral prednisone, and ceftriaxone plus azithromycin (completed 5 days). Did not require BiPAP. Ambulatory SpO2 at discharge 86% on room air, 92% on 2 L/min nasal cannula, so home oxygen was ordered. Blood glucose up to 340 on steroids; basal insulin started and will be tapered with prednisone.

        Discharge medications:
        - Prednisone taper: 40 mg daily x 2 days, 30 mg x 3 days, 20 mg x 3 days, 10 mg x 3 days, then stop
        - Budesonide/glycopyrrolate/formoterol inhaler 2 puffs twice daily (NEW, replaces tiotropium)
        - Albuterol HFA 2 puffs every 4 hours as needed
        - Insulin glargine 12 units at bedtime (NEW - decrease by 4 units with each prednisone step; stop when prednisone stops)
        - Metformin 1000 mg twice daily (continue)
        - Amlodipine 10 mg daily (continue); tamsulosin 0.4 mg daily (continue)
        - STOP: tiotropium (replaced), guaifenesin

        Home oxygen: 2 L/min via nasal cannula with exertion and sleep; DME: Northway Medical Supply, delivered to bedside 12/1.

        Follow-up: PCP within 7 days; pulmonology (Dr. Fenwick) in 4 weeks; repeat chest X-ray in 6 weeks to document resolution.

        Home health orders: skilled nursing for COPD/oxygen/insulin teaching and glucose monitoring during steroid taper; PT for deconditioning (ambulated 120 ft with rolling walker). Fall risk: moderate. Lives with wife, who is his caregiver; second-floor bedroom, 14 steps.
        """)
    m1 = Msg(dp, [intake], D("2026-12-01 11:20"), "Referral - MOORCROFT, IGNATIUS - SN/PT - start of care 12/2", dedent("""
        Good morning,

        Referral for home health (SN + PT), start of care requested 12/2. Face-to-face encounter documented by Dr. Ndiaye today. Insurance: traditional Medicare (MBI 7TW4-QR2-HN63) + supplement. Discharge summary excerpt below; full packet faxed to 555-0155 (12 pages).

        %s

        Please confirm acceptance. Patient and wife prefer morning visits. Wife's cell: 555-0156.

        Thank you,
        Noreen
        """) % ds)
    m2 = Msg(intake, [sched], D("2026-12-01 12:05"), "FW: Referral - MOORCROFT, IGNATIUS - SN/PT - start of care 12/2", dedent("""
        Ruth - accepted. Please schedule SOC tomorrow (RN), PT eval within 48h. North territory. Note the insulin taper tied to the prednisone steps - RN should bring the teaching sheet. Face-to-face is in the packet.

        Intake
        """), client="gm-en", fwd=True)
    m3 = Msg(sched, [P("Bettina Gorecki", "bgorecki@" + hh), P("Alder Kettleby", "akettleby@" + hh)], D("2026-12-01 12:31"),
             "Fwd: FW: Referral - MOORCROFT, IGNATIUS - SN/PT - start of care 12/2", dedent("""
        Bettina (RN) - SOC tomorrow 12/2, 9:00 if you can, he prefers mornings.
        Alder (PT) - eval Thursday 12/3 please.

        Thanks!
        Ruth
        """), client="gm-en", fwd=True)
    return thread_mail([m1, m2, m3], html=False, cte_text="quoted-printable")


def _referral_letter():
    dom = "brooksideim.example.com"
    pcp = person("Hollis Jessop, MD", "hjessop@" + dom, None, None, ["Brookside Internal Medicine", "210 Orchard Row, Suite 4", "555-0157 | Fax 555-0158"], disc="clinic_short")
    card = P("Cardiology Referrals", "cardiology-referals@kestrelpoint.example.org")
    letter = dedent("""
        Dear colleague,

        Thank you for seeing Mr. Stellan Engstrom (DOB 09/14/1963, Brookside chart 00418822) for evaluation of exertional chest pressure.

        History: 63-year-old man with hypertension, hyperlipidemia and a family history of premature CAD (brother with MI at 52). Over the past 6 weeks he reports substernal pressure after climbing two flights of stairs or walking uphill, relieved with rest within 3-4 minutes. No rest pain, no syncope. ECG in the office on 11/27 showed sinus rhythm, no acute changes, LVH by voltage. Lipids 10/2026: LDL 162, HDL 38. A1c 5.9.

        Medications: lisinopril 20 mg daily, atorvastatin 20 mg daily (increased to 80 mg on 11/27), aspirin 81 mg started 11/27, sublingual nitroglycerin prescribed with instructions.

        Request: cardiology consultation and stress testing (exercise treadmill vs stress echo at your discretion). He was told to call 911 for rest pain.

        Insurance: Bluewater Community Health Plan, member ID BWC-448120937.

        The office note and ECG are attached.

        Sincerely,
        Hollis Jessop, MD
        NPI %s
        """) % make_npi("160425317")
    orig = mk(pcp, card, "Referral: Engstrom, Stellan - exertional chest pain - stress test requested", D("2026-12-02 16:40"),
              MP("mixed", [T(block_text(letter, pcp, sig=False)),
                           A(pdf(["BROOKSIDE INTERNAL MEDICINE - OFFICE NOTE 11/27/2026",
                                  "Patient: ENGSTROM, STELLAN   DOB 09/14/1963   Chart 00418822", "",
                                  "CC: chest pressure with exertion x 6 weeks",
                                  "BP 148/92  HR 74  BMI 29.8", "ECG: NSR 72, LVH by voltage criteria, no ST changes",
                                  "Assessment: stable angina, suspected. Plan: ASA 81, atorvastatin 80, SL NTG,",
                                  "cardiology referral for stress testing. ED precautions reviewed."], title="Office note"),
                             "application/pdf", "Engstrom_office_note_2026-11-27.pdf")]))
    return orig, pcp


@M("dsn-bounce-carries-cardiology-referral", "phi",
    "delivery-status notification for a misspelled address; the returned message/rfc822 is a referral letter for Stellan Engstrom with chest pain and an office-note PDF")
def _():
    orig, pcp = _referral_letter()
    return dsn("mail-out2.brooksideim.example.com", P("Mail Delivery System", "MAILER-DAEMON@mail-out2.brooksideim.example.com"),
               pcp, D("2026-12-02 16:41"), orig, "cardiology-referals@kestrelpoint.example.org")


@M("dsn-headers-only-subject-hba1c-insulin", "phi",
    "bounce that returns only the original headers; the returned Subject names Teresa Wojcik with HbA1c 9.1 and an insulin adjustment")
def _():
    dom = "lakeshorefamily.example.com"
    rn = person("Jun Iwasaki", "jiwasaki@" + dom, "RN", None, "Lakeshore Family Health", "555-0159")
    pt = P("Teresa Wojcik", "teresa.wojcik@mailbox.example.net")
    orig = mk(rn, pt, "Results - WOJCIK, TERESA - HbA1c 9.1 - please call to adjust insulin", D("2026-12-03 10:12"),
              T(dedent("""
                Hello Ms. Wojcik,

                Dr. Valdivia reviewed your lab results. Please call the nurse line so we can go over an insulin change.

                Jun
                """)))
    human = dedent("""
        Delivery has failed to these recipients or groups:

        teresa.wojcik@mailbox.example.net
        The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

        Diagnostic information for administrators:

        Generating server: mx1.lakeshorefamily.example.com

        teresa.wojcik@mailbox.example.net
        Remote server returned '552 5.2.2 Mailbox full; quota exceeded'

        Original message headers are attached.
        """)
    return dsn("mx1.lakeshorefamily.example.com", P("Microsoft Outlook", "postmaster@lakeshorefamily.example.com"), rn,
               D("2026-12-03 10:14"), orig, "teresa.wojcik@mailbox.example.net", status="5.2.2",
               diag="552 5.2.2 <%s>: Mailbox full; quota exceeded", human=human, headers_only=True,
               subj="Undeliverable: Results - WOJCIK, TERESA - HbA1c 9.1 - please call to adjust insulin")


@M("autoreply-nurse-line-quotes-mothers-asthma-message", "phi",
    "out-of-office auto-reply that quotes the incoming message: a mother about her son Mateo Quarles (DOB) using albuterol every 3 hours")
def _():
    dom = "sprucepeds.example.com"
    rn = person("Corinne Abernethy", "cabernethy@" + dom, "RN", "Pediatric Nurse Educator - Asthma Program", "Spruce Hill Pediatrics", "555-0160")
    mom = P("Delphine Quarles", "dquarles@homemail.example.net")
    incoming = dedent("""
        Hi Corinne,

        This is Delphine, Mateo Quarles's mom (DOB 5/2/2016). You gave us the asthma action plan in October. Since Sunday he's been in the yellow zone - he's needed his albuterol (2 puffs) every 3 to 4 hours, even at night, and he's coughing a lot at school. He's still on the Flovent 2 puffs twice a day. No fever. Peak flow this morning was 190 (his best is 260).

        The plan says call if he needs albuterol more than every 4 hours for more than a day. Should we start the prednisolone we have left from last time, or does he need to be seen? I can bring him in after 3.

        Thanks,
        Delphine
        555-0162
        """)
    auto = dedent("""
        Thank you for your message. I am out of the office from Monday, November 30 through Friday, December 4, and will not be checking e-mail.

        THIS MAILBOX IS NOT MONITORED FOR URGENT CLINICAL QUESTIONS. If your child is having trouble breathing, needs rescue medicine more often than every 4 hours, or is in the red zone of the asthma action plan, call the office nurse line at 555-0163 (24 hours) or go to the nearest emergency department. For life-threatening emergencies call 911.

        For asthma program scheduling, contact Lina at asthma@sprucepeds.example.com.

        Your message is below for your reference.

        Corinne Abernethy, RN
        Spruce Hill Pediatrics

        -----Original Message-----
        From: Delphine Quarles <dquarles@homemail.example.net>
        Sent: Tuesday, December 1, 2026 7:48 AM
        To: Corinne Abernethy <cabernethy@sprucepeds.example.com>
        Subject: Mateo - yellow zone since Sunday

        """) + incoming
    return mk(rn, mom, "Automatic reply: Mateo - yellow zone since Sunday", D("2026-12-01 07:48"), T(auto),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@M("read-receipt-subject-biopsy-results", "phi",
    "read receipt whose only content is the original subject 'Your biopsy results - Ms. Ottilie Delacroix-Hale', a named patient and a procedure")
def _():
    pt = P("Ottilie Delacroix-Hale", "ottilie.dh@postbox.example.net")
    doc = person("Dr. Perrin Galloway-Price", "pgallowayprice@skincareassoc.example.com", None, "Skin Care Associates", None, None)
    return mdn(pt, doc, D("2026-12-02 19:03"), "Your biopsy results - Ms. Ottilie Delacroix-Hale",
               D("2026-12-02 16:20"), "<20261202162000.a19b2c@skincareassoc.example.com>",
               "Ottilie Delacroix-Hale", ua="Apple Mail (2.3826)")


@M("fwd-rfc822-eob-husband-to-wife", "phi",
    "husband forwards the plan's EOB e-mail as message/rfc822 to his wife; it shows his member ID, claim number, lumbar MRI and patient responsibility")
def _():
    plan = person("Bluewater Member Services", "noreply@bluewaterhealth.example.com", None, None, None, None, disc="payer")
    hus = P("Nikolai Rudnicki", "nik.rudnicki@homemail.example.net")
    wife = P("Greer Rudnicki", "greer.rudnicki@homemail.example.net")
    eob = dedent("""
        EXPLANATION OF BENEFITS - THIS IS NOT A BILL

        Member: NIKOLAI RUDNICKI          Member ID: BWC-302775184-01
        Group: Tillman County Schools      Plan: Bluewater PPO 2500
        Claim number: 26-0827-449913       Processed: 11/29/2026

        Patient: Nikolai Rudnicki   Provider: Northgate Imaging Center   Date of service: 08/27/2026

        Service                         Billed     Allowed   Plan paid   You owe
        MRI lumbar spine w/o contrast   $2,940.00  $812.40   $0.00       $812.40
        (CPT 72148)
        Radiologist reading             $385.00    $96.25    $0.00       $96.25
        (CPT 72148-26)

        Totals                          $3,325.00  $908.65   $0.00       $908.65

        Why you owe: The allowed amount was applied to your deductible. Deductible met to date: $2,500.00 of $2,500.00. Future services in 2026 will be paid at 80% after deductible.

        Prior authorization PA-26-071190 was on file for this service.

        If you disagree with this decision, you have the right to appeal within 180 days. See your plan documents or call Member Services at 1-555-0109.
        """)
    orig = mk(plan, hus, "Your Explanation of Benefits is ready - claim 26-0827-449913", D("2026-11-29 06:02"),
              MP("alternative", [T(block_text(eob, plan)), H(simple_html(block_text(eob, plan), "EOB"))]))
    note = dedent("""
        Greer,

        Is this the MRI from August for my back? I thought that one was covered. $908 is a lot - can you look at it when you get home? The insurance portal login is in the binder.

        N.
        Sent from my iPad
        """)
    return mk(hus, wife, "Fwd: Your Explanation of Benefits is ready - claim 26-0827-449913", D("2026-12-01 20:15"),
              MP("mixed", [T(note), R822(orig, filename="Your Explanation of Benefits is ready.eml")]))


@M("fwd-german-rfc822-arztbrief-vater-vorhofflimmern", "phi",
    "German: a son forwards to his sister the hospital's e-mail with their father's discharge letter (atrial fibrillation, apixaban) as message/rfc822 with a PDF", lang="de")
def _():
    kh = person("Sekretariat Kardiologie", "kardiologie.sekretariat@klinikum-auental.example.de.test", None, None,
                ["Klinikum Auental - Medizinische Klinik II, Kardiologie", "Tel. +49 5555 555-0164"], disc="de")
    son = P("Florian Achterberg", "florian.achterberg@mail.example.de.test")
    sis = P("Annika Achterberg-Voss", "annika.av@mail.example.de.test")
    brief = dedent("""
        Sehr geehrter Herr Achterberg,

        wie telefonisch besprochen erhalten Sie im Anhang den vorläufigen Entlassungsbrief Ihres Vaters, Herrn Wilhelm Achterberg (geb. 03.05.1944), mit seinem Einverständnis. Der endgültige Arztbrief geht an den Hausarzt, Herrn Dr. Hamish Lindqvist.

        Mit freundlichen Grüßen
        Sekretariat Kardiologie
        """)
    pdf_lines = [
        "Klinikum Auental - Medizinische Klinik II - Kardiologie", "",
        "Vorlaeufiger Entlassungsbrief", "",
        "Patient: Achterberg, Wilhelm, geb. 03.05.1944", "Aufenthalt: 24.11.2026 - 30.11.2026, Station K3", "",
        "Diagnosen:",
        "- Vorhofflimmern, erstdiagnostiziert, tachykard (CHA2DS2-VASc 4, HAS-BLED 2)",
        "- Hypertensive Herzkrankheit", "- Chronische Niereninsuffizienz Stadium G3a", "",
        "Verlauf: Aufnahme mit Palpitationen und Belastungsdyspnoe. Frequenzkontrolle mit Bisoprolol,",
        "TEE ohne Thrombus, elektrische Kardioversion am 27.11. erfolgreich in Sinusrhythmus.",
        "", "Medikation bei Entlassung:",
        "Apixaban 5 mg 1-0-1 (dauerhaft)", "Bisoprolol 5 mg 1-0-0", "Ramipril 5 mg 1-0-0", "Atorvastatin 20 mg 0-0-1",
        "", "Empfehlung: Kontrolle Langzeit-EKG in 4 Wochen beim niedergelassenen Kardiologen,",
        "Nierenwerte in 2 Wochen beim Hausarzt."]
    orig = mk(kh, son, "Entlassungsbrief Herr Wilhelm Achterberg", D("2026-11-30 13:10", "cet"),
              MP("mixed", [T(block_text(brief, kh), charset="iso-8859-15", cte="quoted-printable"),
                           A(pdf(pdf_lines, flate=True, title="Entlassungsbrief"), "application/pdf",
                             "Entlassungsbrief_Achterberg_W.pdf")]), hcs="iso-8859-15", hmode="Q")
    note = dedent("""
        Hallo Annika,

        hier der Entlassungsbrief von Papa aus dem Klinikum, damit du ihn auch hast. Kurz zusammengefasst: Vorhofflimmern, sie haben ihn am Freitag kardiovertiert und jetzt ist er wieder im Sinusrhythmus. Er muss ab jetzt Eliquis nehmen, zweimal täglich - bitte schau, dass er das nicht vergisst, wenn du am Wochenende bei ihm bist. Die Tablettenbox habe ich schon bis Sonntag gefüllt.

        Langzeit-EKG in vier Wochen, ich kümmere mich um den Termin.

        LG Florian
        """)
    return mk(son, sis, "WG: Entlassungsbrief Herr Wilhelm Achterberg", D("2026-11-30 18:44", "cet"),
              MP("mixed", [T(note, charset="iso-8859-15", cte="8bit"), R822(orig)]), hcs="iso-8859-15", hmode="Q")


@M("fwd-japanese-kenshin-niji-kensa", "phi",
    "Japanese: company health office notice to a named employee that his annual check-up (ALT, HbA1c) needs follow-up testing, forwarded by him to his wife", lang="ja")
def _():
    hoffice = P("健康管理室", "kenko-kanri@tsubasa-denki.example.co.test")
    emp = P("高橋 雄一", "y.takahashi@tsubasa-denki.example.co.test")
    wife = P("高橋 美穂", "miho.t@mail.example.jp.test")
    notice = dedent("""
        高橋 雄一 様（社員番号 204417）

        健康管理室です。2026年度定期健康診断（10月14日実施）の結果、下記の項目で「要精密検査」の判定となりましたのでお知らせします。

          ・肝機能：ALT 88 U/L（基準 30以下）、γ-GTP 142 U/L
          ・糖代謝：空腹時血糖 131 mg/dL、HbA1c 6.9%
          ・腹部超音波：脂肪肝（中等度）

        産業医の面談を12月9日（水）14時から予約しました。面談までに、かかりつけ医または下記の提携医療機関で二次検査（血液検査・腹部エコー）を受診し、結果を提出してください。

          提携医療機関：さくら台内科クリニック（TEL 03-555-0165）

        二次検査の費用は会社負担です（領収書を健康管理室へ提出）。
        ご不明な点は健康管理室（内線 0166）までお問い合わせください。

        株式会社つばさ電機 人事部 健康管理室
        """)
    orig = mk(hoffice, emp, "【要精密検査】定期健康診断結果のお知らせ", D("2026-11-27 09:00", "jst"),
              T(notice, charset="iso-2022-jp", cte="7bit", wrapit=False), hcs="iso-2022-jp")
    note = dedent("""
        美穂へ

        会社の健診、引っかかった。肝臓と血糖値。お酒を控えろってことだと思う……。
        来週、さくら台内科で血液検査とエコーを受けてくる。水曜に産業医面談。
        とりあえず転送しておくね。

        雄一
        """)
    fwd_head = "\n\n-------- 転送メッセージ --------\n差出人: 健康管理室 <kenko-kanri@tsubasa-denki.example.co.test>\n日付: 2026年11月27日 9:00\n件名: 【要精密検査】定期健康診断結果のお知らせ\n宛先: 高橋 雄一 <y.takahashi@tsubasa-denki.example.co.test>\n\n"
    return mk(emp, wife, "Fw: 【要精密検査】定期健康診断結果のお知らせ", D("2026-11-28 22:31", "jst"),
              T(note + fwd_head + notice, charset="iso-2022-jp", cte="7bit", wrapit=False), hcs="iso-2022-jp")


@M("dsn-bounce-italian-cup-prenotazione-cardiologica", "phi",
    "Italian: non-delivery report returning a booking confirmation for Graziella Fontana's cardiology visit and echocardiogram", lang="it")
def _():
    cup = person("CUP Azienda Ospedaliera Valpiana", "cup-noreply@ao-valpiana.example.it.test", None, None, None, None, disc="it")
    conf = dedent("""
        Gentile Sig.ra GRAZIELLA FONTANA,

        le confermiamo la prenotazione delle seguenti prestazioni:

        Codice prenotazione: VP-2026-4471829
        Codice fiscale: FNTGZL52E48X000Z
        Impegnativa n. 0200A 0004471 (Dr. Ottavio Bellini, medico di medicina generale)

        1) Visita cardiologica di controllo
           Data: martedì 15 dicembre 2026, ore 10:20
           Ambulatorio di Cardiologia, Padiglione C, piano terra
        2) Ecocardiogramma color doppler
           Data: martedì 15 dicembre 2026, ore 11:00
           Stesso ambulatorio

        Quesito diagnostico: controllo insufficienza mitralica moderata, dispnea da sforzo.

        Porti con sé: tessera sanitaria, impegnativa, referti precedenti (ECG ed ecocardiogramma 2025) ed elenco dei farmaci che assume.

        Ticket: 61,15 EUR (esenzione per reddito non presente). Il pagamento può essere effettuato online o presso le casse automatiche.

        Per disdire: chiami il numero 0555 555-0167 almeno 3 giorni lavorativi prima. La mancata disdetta comporta il pagamento del ticket.
        """)
    orig = mk(cup, P("Graziella Fontana", "graziella.fontana@posta.example.it.test"),
              "Conferma prenotazione VP-2026-4471829 - Visita cardiologica ed ecocardiogramma", D("2026-12-01 08:15", "cet"),
              T(block_text(conf, cup), charset="iso-8859-1", cte="quoted-printable"), hcs="iso-8859-1", hmode="Q")
    human = dedent("""
        Questo è il sistema di posta del server mail.ao-valpiana.example.it.test.

        Siamo spiacenti di informarla che il suo messaggio non è stato recapitato a uno o più destinatari. Il messaggio originale è allegato.

        <graziella.fontana@posta.example.it.test>: host mx.posta.example.it.test ha risposto: 550 5.1.1 Utente sconosciuto

        Per assistenza contatti il postmaster.
        """)
    return dsn("mail.ao-valpiana.example.it.test", P("Mail Delivery System", "MAILER-DAEMON@mail.ao-valpiana.example.it.test"), cup,
               D("2026-12-01 08:16", "cet"), orig, "graziella.fontana@posta.example.it.test",
               human=human, subj="Messaggio non recapitato: Conferma prenotazione VP-2026-4471829")

# ================================================================ long documents with one paragraph that matters (PHI)

def doc_mail(frm, to, subj, date, text, cs="utf-8", cte_text="quoted-printable", html=True,
             attach=None, cc=None, hmode="B", extra=None, title=None, html_style="simple"):
    tp = T(text, charset=cs, cte=cte_text)
    if html:
        if html_style == "outlook":
            h = OUTLOOK_HEAD % {"cs": cs} + text_to_html(text) + OUTLOOK_TAIL
        elif html_style == "newsletter":
            dom = frm.email.split("@")[1]
            color = random.Random("color/" + dom).choice(["#0b5cab", "#1f6f5c", "#7a2e8e", "#b5461b", "#2c3e50", "#00695c", "#8e1b3a"])
            h = newsletter_html(text, title or subj, color, cs, "https://" + dom)
        else:
            h = simple_html(text, title or subj, cs)
        hp = H(h, charset=cs, cte="quoted-printable" if cte_text != "base64" else "base64")
        dom = frm.email.split("@")[1]
        if html_style == "outlook" and not _personal(dom):
            hp = with_logo(hp, dom, *_logo_dims(dom))
        body = MP("alternative", [tp, hp])
    else:
        body = tp
    if attach:
        body = MP("mixed", [body] + attach)
    return mk(frm, to, subj, date, body, cc=cc, hcs=cs, hmode=hmode, extra=extra)


@M("staff-meeting-summary-one-patient-scheduling-line", "phi",
    "long clinic staff-meeting summary (phones, templates, supplies); one line says Leopold Gundersen (DOB) transfers providers and continues diabetic foot-ulcer wound care")
def _():
    rng = rng_for("staff-meeting-gundersen")
    dom = "brooksideim.example.com"
    pm = person("Celestine Ibarguen", "cibarguen@" + dom, None, "Practice Manager", "Brookside Internal Medicine", "555-0157 x201", disc="clinic_short")
    allst = P("Brookside - All Staff", "allstaff@" + dom)
    text = dedent("""
        Hi everyone,

        Here's the summary from Tuesday's staff meeting for those who couldn't make it. Please read through to the end - there are a couple of action items for the front desk and the nurses.

        STAFF MEETING SUMMARY - Tuesday, December 1, 2026, 12:15-13:00, Conference room + Teams
        Present: 17 (providers, nurses, MAs, front desk, billing). Lunch courtesy of our lab courier company - thank you!

        %s

        Billing update (Kestrel from billing)
        Denials for missing referrals went up in November. Most were for one plan that now requires the referral number on the claim even for in-network specialists. Front desk: when you schedule a specialist referral, please type the referral number into the referral field, not into the appointment note. Billing will send a one-page cheat sheet.

        Flu and COVID vaccine clinic
        We have two Saturday vaccine clinics left, 12/5 and 12/12, 9:00-12:00. We need 2 MAs and 1 front desk person for each. Sign-up sheet is on the break-room door. Time is paid at time-and-a-half.

        %s

        Provider schedules / patient requests
        - Dr. Oyelaran is on leave 12/21 through 1/4. Her patients with urgent needs go to the same-day slots; routine visits should be rescheduled for January.
        - Reminder re: Mr. Leopold Gundersen (DOB 02/09/1950): please do NOT schedule him with Dr. Moorcroft going forward - he asked last week to transfer his care to Dr. Jessop and both providers agreed. His wound care visits with nursing for the diabetic foot ulcer on his left heel continue Tuesdays and Thursdays at 8:30; the dressing supplies (silver alginate and foam) are in the second cabinet in the procedure room, labeled with his name. If he calls about the heel getting red or draining more, put him on the nurse schedule the same day.
        - New patient wait time is now 19 business days. We're opening two Saturday new-patient sessions in January.

        %s

        Holiday party
        Friday 12/18 at 6:30 at Castellano's back room. Partners and spouses welcome. Secret Santa limit $20 - bring your gift wrapped with the name tag on the outside.

        Next meeting: Tuesday, January 5, same time.

        Thanks all - have a great week,
        Celestine
        """) % (items_text(CLINIC_ITEMS, rng, 3), items_text(CLINIC_ITEMS[3:], rng, 2, start=4),
                items_text(HOSP_ITEMS, rng, 2, start=6, style="caps"))
    return doc_mail(pm, allst, "Staff meeting summary - 12/1 (please read)", D("2026-12-02 08:05"),
                    block_text(text, pm, sig=True), html_style="outlook")


@M("quality-committee-minutes-one-rca-fall", "phi",
    "long quality and patient-safety committee minutes full of unit aggregates; one RCA summary identifies the patient by initials, MRN, room and date (fall with hip fracture)")
def _():
    rng = rng_for("qpsc-minutes")
    dom = LV
    sec = person("Quality & Patient Safety Office", "qualityoffice@" + dom, None, None, ["Larkspur Valley Health - Department of Quality & Patient Safety", "555-0168"], disc="hosp_long")
    com = P("QPSC Members", "qpsc-members@" + dom)
    units = UNITS[:14]
    t1 = unit_metrics(rng, units, [("Patient days", "days"), ("Falls", "count"), ("Falls w/ injury", "count"),
                                   ("Falls/1000 pd", "rate"), ("HAPI st2+", "count"), ("Hourly rounding", "pct")])
    t2 = unit_metrics(rng, units, [("Line days", "days"), ("CLABSI", "count"), ("Cath days", "days"),
                                   ("CAUTI", "count"), ("HH compliance", "pct")])
    t3 = pipe_table(["Measure", "Q1", "Q2", "Q3", "Target"], [
        ["SEP-1 bundle compliance", "%d%%" % rng.randint(58, 70), "%d%%" % rng.randint(60, 72), "%d%%" % rng.randint(63, 75), "70%"],
        ["30-day readmission (all cause)", "%.1f%%" % rng.uniform(11, 14), "%.1f%%" % rng.uniform(11, 14), "%.1f%%" % rng.uniform(11, 14), "12.0%"],
        ["Mortality O/E", "%.2f" % rng.uniform(0.8, 1.1), "%.2f" % rng.uniform(0.8, 1.1), "%.2f" % rng.uniform(0.8, 1.1), "<1.00"],
        ["PSI-90 composite", "%.2f" % rng.uniform(0.8, 1.2), "%.2f" % rng.uniform(0.8, 1.2), "%.2f" % rng.uniform(0.8, 1.2), "<1.00"],
        ["C. difficile SIR", "%.2f" % rng.uniform(0.4, 1.1), "%.2f" % rng.uniform(0.4, 1.1), "%.2f" % rng.uniform(0.4, 1.1), "<0.80"],
        ["Medication events per 1000 doses", "%.2f" % rng.uniform(0.1, 0.6), "%.2f" % rng.uniform(0.1, 0.6), "%.2f" % rng.uniform(0.1, 0.6), "n/a"],
        ["Hand hygiene (observed)", "%d%%" % rng.randint(84, 95), "%d%%" % rng.randint(84, 95), "%d%%" % rng.randint(84, 95), "95%"],
    ])
    text = dedent("""
        LARKSPUR VALLEY HEALTH
        QUALITY AND PATIENT SAFETY COMMITTEE (QPSC)
        MINUTES - Thursday, November 19, 2026, 07:30-09:00, Board Room B and virtual

        CONFIDENTIAL PEER REVIEW / QUALITY IMPROVEMENT DOCUMENT. Prepared for the purpose of quality improvement and protected from discovery under the state patient safety work product statute. Do not copy or forward outside the committee.

        Members present: %s
        Guests: %s
        Recorder: Quality & Patient Safety Office

        1. CALL TO ORDER AND APPROVAL OF MINUTES
        The meeting was called to order at 07:32 by the chair. Minutes of the October 15 meeting were approved as distributed.

        2. DASHBOARD REVIEW - HOSPITAL-ACQUIRED CONDITIONS
        The committee reviewed the unit-level fall and pressure injury data for October.

        %s

        Discussion: Falls rose on the two orthopedic/surgical units after the switch to the new bed-exit alarm model. Nursing informatics confirmed that the default alarm sensitivity was reset to "low" during installation on about half the beds. Biomed has corrected the default. The committee asked for a re-check of bed alarm settings on all units by December 1.

        3. DEVICE-ASSOCIATED INFECTIONS

        %s

        The infection prevention manager reported that two of the CLABSIs were in patients with femoral lines placed in the ED. The ED is piloting an ultrasound-guided upper-extremity access kit. The CAUTI cluster on 3 South was reviewed; all three cases had catheters in place beyond 4 days without a documented indication. Nurse-driven removal protocol re-education is under way.

        4. SYSTEM QUALITY MEASURES

        %s

        SEP-1 compliance has improved for three consecutive quarters, driven by the repeat lactate reminder. Readmissions are flat. The C. difficile SIR met target for the first time this year.

        5. ROOT CAUSE ANALYSIS SUMMARIES
        5.1 RCA 26-013 (medication - delayed antibiotic): completed. Action plan approved (see attachment A, de-identified).
        5.2 RCA 26-014 (fall with injury): Patient A.M. (MRN 31190452), an 81-year-old woman admitted to 5 East for pneumonia, fell in room 512 on 11/14 at about 03:40 while walking to the bathroom unassisted. She sustained a left intertrochanteric hip fracture and underwent ORIF on 11/15. She had been assessed as high fall risk (Morse 65) and had a bed-exit alarm ordered; the alarm was found to be set to "off" after a bed change earlier that night. She was on a new sedating medication (trazodone 50 mg at bedtime, first dose that night). Disclosure to the patient and her son was completed by the attending and the nurse manager on 11/14. Contributing factors: bed alarm reset on bed swap; no pharmacist review of new sedatives in high fall risk patients; toileting schedule not documented after 24:00. Actions: (1) alarm verification added to the bed-swap checklist; (2) pharmacy alert for sedative-hypnotics in patients with Morse >= 45; (3) scheduled toileting every 2 hours overnight for high-risk patients on 5 East, then spread. Owner: CNO. Due: 1/31/2027.
        5.3 RCA 26-015 (delay in diagnosis): in progress; due December.

        6. PATIENT SAFETY EVENT REPORTING
        Total event reports in October: %d (%d%% near misses). Top categories: medication, falls, skin integrity, lab specimen issues, and patient behavior. The "good catch" award for October goes to the pharmacy IV room for identifying a look-alike concentration error in the premix inventory before any doses were dispensed.

        %s

        7. REGULATORY AND ACCREDITATION
        The state survey for the complaint related to visitation was closed with no deficiencies. The Joint Commission intracycle monitoring submission is due in February. Mock tracers continue monthly; see item 8.

        8. OTHER OPERATIONAL REPORTS

        %s

        9. NEXT MEETING
        Thursday, December 17, 2026, 07:30. Agenda items due to the Quality Office by December 10.

        Adjourned at 08:58.

        Attachments: A - RCA 26-013 action plan (de-identified); B - October dashboard (PDF)
        """) % (attendees(rng, 14), attendees(rng, 3), t1, t2, t3, rng.randint(380, 520), rng.randint(20, 35),
                items_text(HOSP_ITEMS, rng, 2, start=1, style="caps"), items_text(HOSP_ITEMS, rng, 4, style="caps"))
    cover = dedent("""
        Committee members,

        Attached and below are the draft minutes of the November 19 QPSC meeting. Please send corrections to the Quality Office by December 4. The dashboard is attached as a PDF.

        Thank you.
        """)
    dash = pdf(["LARKSPUR VALLEY HEALTH - QUALITY DASHBOARD - OCTOBER 2026", ""] + t1.split("\n") + [""] + t2.split("\n")
               + [""] + t3.split("\n"), flate=True, title="QPSC dashboard October 2026")
    return doc_mail(sec, com, "QPSC draft minutes - 11/19/2026 - CONFIDENTIAL", D("2026-11-30 14:00"),
                    block_text(cover + "\n\n" + text, sec),
                    attach=[A(dash, "application/pdf", "QPSC_dashboard_2026-10.pdf"),
                            A(pdf(text.split("\n"), title="QPSC minutes 2026-11-19"), "application/pdf", "QPSC_minutes_2026-11-19_DRAFT.pdf")],
                    html_style="outlook")


@M("grant-progress-report-chw-one-participant-story", "phi",
    "long foundation progress report on a community-health-worker diabetes programme (aggregate tables); one success story names Tobias Hendricks with his A1c values and insulin")
def _():
    rng = rng_for("grant-chw-report")
    dom = "eastsidecommunityhealth.example.org"
    pd = person("Dr. Wilhelmina Ndiaye", "wndiaye@" + dom, "DrPH", "Program Director, Community Health Worker Initiative", "Eastside Community Health Center", "555-0169")
    po = person("Marguerite Fenwick", "mfenwick@tillmanfoundation.example.org", None, "Senior Program Officer", "The Tillman Family Foundation", None)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"]
    enroll = []
    tot = 0
    for mth in months:
        n = rng.randint(14, 31)
        tot += n
        enroll.append([mth, str(n), str(tot), "%d%%" % rng.randint(70, 92), str(rng.randint(40, 95))])
    t_enroll = pipe_table(["Month 2026", "New enrollees", "Cumulative", "Retained 90d", "Home visits"], enroll)
    t_out = pipe_table(["Outcome (participants with 6-month data, n=%d)" % rng.randint(140, 170), "Baseline", "6 months", "Change"], [
        ["Mean HbA1c (%)", "9.6", "8.4", "-1.2"],
        ["HbA1c < 8.0%", "14%", "41%", "+27 pts"],
        ["Mean systolic BP (mmHg)", "142", "134", "-8"],
        ["ED visits per 100 participants (6 mo)", "38", "22", "-16"],
        ["Completed annual eye exam", "22%", "57%", "+35 pts"],
        ["Reported food insecurity", "61%", "44%", "-17 pts"],
    ])
    t_budget = pipe_table(["Line item", "Year 2 budget", "Spent through Oct", "% spent"], [
        ["CHW salaries (4.0 FTE)", "$232,000", "$189,340", "82%"],
        ["Fringe (28%)", "$64,960", "$53,015", "82%"],
        ["Supervision (0.5 FTE RN)", "$52,500", "$43,750", "83%"],
        ["Glucometers and supplies", "$18,000", "$16,204", "90%"],
        ["Transportation vouchers", "$12,000", "$7,880", "66%"],
        ["Food pharmacy partnership", "$25,000", "$21,410", "86%"],
        ["Evaluation (university partner)", "$30,000", "$22,500", "75%"],
        ["Indirect (10%)", "$43,446", "$35,410", "82%"],
        ["Total", "$477,906", "$389,509", "82%"],
    ])
    text = dedent("""
        Dear Marguerite,

        Please find below (and attached as PDF) our Year 2 interim progress report for grant TFF-2025-118, "Neighbors in Health: Community Health Workers for Diabetes Control." Financial detail is in section 5. I'm happy to set up a call in January.

        ==========================================================
        NEIGHBORS IN HEALTH - YEAR 2 INTERIM PROGRESS REPORT
        Reporting period: January 1 - October 31, 2026
        Grantee: Eastside Community Health Center
        ==========================================================

        1. SUMMARY

        In the first ten months of Year 2, our four community health workers (CHWs) enrolled %d adults with type 2 diabetes and an HbA1c of 9%% or higher, exceeding our annual target of 200. Participants receive home visits, help with appointments and medications, referrals to our food pharmacy and transportation vouchers. Early outcomes are encouraging: among participants with six months of follow-up, the mean HbA1c fell by 1.2 points and emergency department visits dropped by 42%%.

        2. ENROLLMENT AND ENGAGEMENT

        %s

        Enrollment slowed in July and August when one CHW position was vacant for seven weeks. The position was filled in September by a bilingual (Spanish/English) CHW who grew up in the neighborhood. About 38%% of participants prefer Spanish, 9%% Haitian Creole, and 4%% Vietnamese.

        3. OUTCOMES

        %s

        These results are preliminary and unadjusted. Our evaluation partner at Ashcombe University will run the matched comparison against clinic patients not enrolled in the program in Year 3.

        4. STORIES FROM THE FIELD

        Numbers don't tell the whole story, so each report we share a few experiences from participants and staff. The participant below asked us to use his name.

        Tobias Hendricks, 67, is a retired welder who lives alone above his nephew's garage. When he enrolled in March his HbA1c was 10.2%%, he had missed three appointments in a row, and he was taking his insulin "when I remember." His CHW, Rosa, visited him every two weeks, set up a pill organizer and an alarm on his phone, and drove with him to his first eye exam in five years, which found early diabetic retinopathy that is now being treated. His primary care doctor simplified his regimen to once-daily insulin glargine plus metformin. In September his HbA1c was 7.4%%. "Rosa nags me worse than my late wife," he told us, "and I'm grateful for it."

        CHW Kalani Ibarguen writes: "The hardest part of the job is not diabetes. It's housing and food. Once someone has food in the fridge, they can think about their sugar."

        5. BUDGET

        %s

        We expect to be fully spent by the end of the grant year. We request permission to move $4,000 from transportation vouchers (underspent because the city added a free bus route) to the food pharmacy line.

        6. CHALLENGES AND LESSONS

        - Staffing: CHW turnover remains the biggest risk. We raised the starting wage by 6%% in July.
        - Data: documenting home visits in the EHR is slow; a mobile documentation app is being piloted.
        - Referrals: the specialty diabetes clinic wait is 4 months. We are exploring e-consults.
        - Insulin costs dropped for most participants with the new manufacturer caps, but several with high-deductible plans still struggle with pen needle and supply costs.

        7. PLANS FOR YEAR 3

        Expand to a fifth CHW focused on Haitian Creole speakers; add a peer support group that meets at the library; complete the formal evaluation; develop a sustainability plan with two Medicaid managed care plans that now reimburse CHW services.

        Thank you for your partnership.
        """) % (tot, t_enroll, t_out, t_budget)
    pdf_b = pdf(text.split("\n"), flate=False, title="Neighbors in Health - Year 2 interim report")
    return doc_mail(pd, po, "TFF-2025-118 Year 2 interim progress report - Eastside CHC", D("2026-11-30 16:30"),
                    block_text(text, pd), attach=[A(pdf_b, "application/pdf", "TFF-2025-118_Y2_interim_report.pdf"),
                            A(csv_bytes([["month", "new_enrollees", "home_visits", "ed_referrals", "food_pharmacy_visits"]] + [[r_[0], r_[1], r_[4], str(rng.randint(0, 9)), str(rng.randint(20, 90))] for r_ in enroll]),
                              "text/csv", "TFF-2025-118_Y2_enrollment.csv")])


@M("manager-weekly-update-employee-gallbladder-leave", "phi",
    "borderline: employment mail (an IT manager's long weekly update), but one line names Priya Szabo on medical leave after emergency gallbladder surgery - named person plus procedure")
def _():
    rng = rng_for("it-weekly-update")
    dom = "coastlinemutual.example.com"
    mgr = person("Darnell Whitcombe", "dwhitcombe@" + dom, None, "Manager, Infrastructure & End-User Services", "Coastline Mutual Insurance Group", "555-0170")
    team = P("EUS Team", "eus-team@" + dom)
    tickets = pipe_table(["Queue", "Opened", "Closed", "Backlog", "Median age (days)", "SLA met"], [
        [q, str(rng.randint(40, 320)), str(rng.randint(40, 320)), str(rng.randint(5, 90)), "%.1f" % rng.uniform(0.4, 6.0), "%d%%" % rng.randint(78, 99)]
        for q in ["Service Desk L1", "Desktop L2", "Identity & Access", "Network", "Messaging", "Telephony", "Field Services"]])
    proj = pipe_table(["Project", "Status", "Next milestone", "Owner"], [
        ["Windows 11 upgrade - wave 4", "Green", "Wave 5 pilot 12/14", "Stavros"],
        ["Branch office Wi-Fi refresh", "Amber", "Vendor site survey 12/9", "Okonjo"],
        ["Phone system migration", "Green", "Claims call center cutover 1/11", "Lindqvist"],
        ["Printer fleet consolidation", "Red", "Contract signature", "Whitcombe"],
        ["MFA for contractors", "Green", "Enforcement 12/15", "Drummond"],
        ["Laptop lifecycle (FY27)", "Green", "PO approved", "Szabo (covering: Eskildsen)"],
    ])
    text = dedent("""
        Team,

        Here's this week's update. It's a long one because I'm out Thursday and Friday.

        HEADLINES
        - We closed more tickets than we opened for the fourth week in a row. Backlog is the lowest it's been since March.
        - The Windows 11 wave 4 deployment finished with a 97%% success rate. Thank you Marco and the field team for the late nights.
        - Printer consolidation is red: procurement is still negotiating the lease terms. I'll escalate on Monday.

        TICKET METRICS (week ending 11/27)

        %s

        PROJECTS

        %s

        PEOPLE
        - Welcome to Juno Halloran, who joins the Service Desk on Monday. Please say hi and help her get set up; Stellan is her onboarding buddy.
        - Priya Szabo is out on medical leave through January 9 recovering from gallbladder surgery (it was an emergency removal last Thursday - she's home and doing OK, and said it's fine to share). Please route her laptop-lifecycle work to Gordon in the meantime, and don't send her work e-mail. If you'd like to sign the card, it's on my desk until Wednesday.
        - Reminder: holiday on-call schedule is posted. Swap requests to me by 12/8.

        CHANGE CALENDAR
        - 12/3 21:00-23:00: firewall firmware upgrade, data center A (expected no impact).
        - 12/5 06:00-10:00: Exchange cumulative update, rolling (no downtime expected).
        - 12/10 19:00-22:00: VPN concentrator certificate renewal. Users may need to reconnect.
        - Freeze: 12/18 through 1/4 except emergency changes.

        SECURITY
        Phishing simulation results for November: 6.8%% click rate (October was 9.1%%). The reporting rate went up to 41%%. The most-clicked lure was a fake "package delivery" text. Keep reminding people to use the Report button.

        TRAINING
        - Two seats available for the cloud networking course in January. Let me know by Friday.
        - Annual security awareness training completion for our team is 88%%. Please finish by 12/15.

        ODDS AND ENDS
        - The 4th floor badge reader is being replaced Wednesday morning; use the east door.
        - Lunch-and-learn Thursday: "Intune for the rest of us" by Fitz. Pizza provided.
        - Please clean out the staging room. Anything without a tag on Friday goes to e-waste.

        Thanks, everyone.
        Darnell
        """) % (tickets, proj)
    return doc_mail(mgr, team, "EUS weekly update - w/e 11/27", D("2026-11-30 17:45"), block_text(text, mgr), html_style="outlook")


@M("family-holiday-letter-aunt-lymphoma-chemo", "phi",
    "long family Christmas letter (kids, travel, the dog); one paragraph says Aunt Rosemary Halloran finished R-CHOP chemotherapy for lymphoma and her PET scan was clear")
def _():
    fam = P("The Halloran-Price Family", "hallorans@familymail.example.net", sig=[])
    lst = [P("", "undisclosed-recipients:;")]
    text = dedent("""
        Merry Christmas from the Halloran-Price household!

        Another year, another letter that's two weeks later than I promised myself. Grab a cup of something warm - this one is long because it was a big year.

        GRACE (14)
        Grace started ninth grade at Ridgeview High in August and has somehow become a person who gets up at 5:45 for swim practice. Her 100 breaststroke went from "please finish" to third in the league in one season. She's also in the pit orchestra for the spring musical (viola) and has informed us that she will be getting her learner's permit "the second it's legal," which is in April. Pray for us.

        OWEN (11)
        Owen is in sixth grade and is all about robotics. His team built a robot out of a kit and an old vacuum cleaner that could sort Lego bricks by color, which did better at the regional competition than anything my generation built at that age. He plays the drums (loudly), reads graphic novels (constantly), and still asks for pancakes every Saturday.

        MIRA (6)
        Mira lost her first two teeth this fall and is now charging the Tooth Fairy interest. She started first grade and loves her teacher, Mrs. Delgado, so much that she sets up a "classroom" in the living room every afternoon where the dog is the student. She learned to ride a bike without training wheels in June, in about eleven minutes, after a year of refusing to try.

        BISCUIT (the dog)
        Biscuit turned 9 and had a dental cleaning that cost more than my first car. He remains a very good boy with terrible judgment about squirrels.

        TOM
        Tom's company was bought in March, which meant six months of uncertainty and then, happily, a promotion to engineering manager. He now has more meetings and fewer chances to write code, and he is making peace with that. He ran his first half marathon in October (2:04, and he'd like you to know it was hilly). He also finally built the raised garden beds he's been talking about since 2021, so next year we'll have too many tomatoes. You've been warned.

        ME
        I'm still at the library and now run the teen program, which means I spend a lot of time learning what the words "rizz" and "delulu" mean. We started a Dungeons & Dragons club that has a waiting list. I also joined a community choir this year, my first time singing since college, and we had our winter concert last Sunday.

        THE SUMMER TRIP
        In July we did the big road trip to Maine: five days in Acadia, two days in Bar Harbor, and one very long day in the car each way. Highlights were the sunrise hike up Cadillac Mountain (Owen complained the whole way up and then said it was "actually worth it"), the lobster roll Grace still talks about, and Mira finding a sea star in a tide pool and naming it Gerald. Lowlights: the rental cabin's hot water heater, and the moose we did not see despite three dawn drives.

        FAMILY NEWS
        Many of you know that Tom's sister, our Aunt Rosemary, was diagnosed with diffuse large B-cell lymphoma last spring. She went through six rounds of R-CHOP chemotherapy between May and September at Kestrel Point, with Uncle Dave driving her to every single infusion and Grace knitting her a (slightly lopsided) hat for each round. Her PET scan in October was clear, and her oncologist says she is in complete remission; she'll have scans every few months for the next two years. She's got her hair back, curlier than before, and she hosted Thanksgiving like nothing ever happened. We are so grateful, and so proud of her.

        Grandma Jean turned 85 in August. We had a party in her backyard with 40 people, a bluegrass band, and a cake shaped like her garden. She still does the crossword in pen.

        LOOKING AHEAD
        Next year Tom and I celebrate our 20th anniversary, and we're planning a trip to Portugal, just the two of us, if the grandparents can survive a week with the kids. Grace is hoping to go on the orchestra trip to Chicago. Owen wants to go to robotics camp. Mira wants a hamster. We'll see which of these actually happen.

        We hope this finds you healthy and happy. Our door is always open (and the coffee's always on) if you're passing through.

        With love,
        Kate, Tom, Grace, Owen, Mira and Biscuit
        """)
    return doc_mail(fam, lst, "Merry Christmas from the Halloran-Prices (our annual novel)", D("2026-12-03 21:15"),
                    text, html_style="simple", title="Halloran-Price Christmas 2026")


@M("family-newsletter-grandpa-stroke-inpatient-rehab", "phi",
    "multi-author family newsletter; one section says Grandpa Walt Yarborough had a stroke, three weeks of inpatient rehab, speech therapy and apixaban")
def _():
    ed = P("Linnea Yarborough", "linnea.y@familymail.example.net", sig=[])
    lst = P("Yarborough Family List", "yarborough-family@lists.familymail.example.net")
    text = dedent("""
        THE YARBOROUGH YAWP - Winter 2026 edition
        (the family newsletter nobody asked for but everybody reads)

        Editor's note: Thanks to everyone who sent something in! I've lightly edited for length except for Uncle Frank's section, which I did not dare touch.

        ---------------------------------------------------------------
        FROM THE FARM (Aunt Nora and Uncle Frank)
        ---------------------------------------------------------------
        The corn came in at 186 bushels an acre, which Frank says is "fine" and means is "very good." The new combine has a cab with air conditioning and a seat that massages you, and Frank refuses to admit he likes it. We lost two of the older barn cats this year but gained four kittens, so the mouse situation remains under control. The church potluck is Dec 20 - bring your green bean casserole, Deb, people still ask about it.

        ---------------------------------------------------------------
        GRANDPA WALT UPDATE (from Mom)
        ---------------------------------------------------------------
        As most of you know, Dad had a stroke on September 30. Mom found him at the kitchen table unable to find his words, and the ambulance got him to St. Cuthbert in time for the clot-busting medicine. He spent five days in the hospital and then three weeks at Marrowfield inpatient rehab, where the therapists got him walking with a cane and working on his speech. He's home now. He does outpatient speech therapy twice a week and physical therapy once a week at the Marrowfield clinic, and he's on Eliquis for the atrial fibrillation they found, plus a statin. His words come slower than before, especially names, so be patient with him on the phone - he understands everything and is still the first to laugh at a bad joke. Please don't bring him any more cookies. His cardiologist has Opinions.

        Cards are welcome: 14 Sycamore Lane, as always.

        ---------------------------------------------------------------
        NEW ARRIVALS
        ---------------------------------------------------------------
        Welcome to Hazel June Yarborough-Nguyen, born August 2 to Ben and Thao, 7 lb 11 oz and already bossing everyone around. Big brother Leo (3) has decided she can stay.

        ---------------------------------------------------------------
        SCHOOL NEWS
        ---------------------------------------------------------------
        - Maddie started at the state university (nursing!) and says the dining hall is "honestly fine."
        - Caleb made varsity soccer as a sophomore.
        - Ava won the 4th grade spelling bee on the word "chrysanthemum," which her mother can still not spell.
        - Jonah is learning to drive. The mailbox at the end of Uncle Frank's driveway has been replaced.

        ---------------------------------------------------------------
        RECIPE CORNER: Grandma Bea's Sour Cream Coffee Cake
        ---------------------------------------------------------------
        1 cup butter, softened; 2 cups sugar; 2 eggs; 1 cup sour cream; 1/2 tsp vanilla; 2 cups flour; 1 tsp baking powder; 1/4 tsp salt.
        Topping: 1/2 cup chopped pecans, 2 tbsp brown sugar, 1 tsp cinnamon.
        Cream butter and sugar, add eggs one at a time, then sour cream and vanilla. Fold in dry ingredients. Put half the batter in a greased tube pan, sprinkle half the topping, add the rest of the batter and the rest of the topping. Bake at 350 F for about 55 minutes. Do not open the oven early, Bea would know.

        ---------------------------------------------------------------
        REUNION 2027
        ---------------------------------------------------------------
        Save the date: July 17-18, 2027, at the lake pavilion again. Cousin Jess is collecting $25 per family for the pavilion rental and the bounce house. The softball grudge match (East vs West branch) is ON. West branch still claims the 2025 result was rigged.

        ---------------------------------------------------------------
        ADDRESS CHANGES
        ---------------------------------------------------------------
        Ben & Thao: 2218 Meridian Ave, Apt 5C
        Maddie (school): Hartwell Hall, Room 312

        That's all for this edition. Merry Christmas, happy holidays, and see you at the potluck!
        - Linnea
        """)
    return doc_mail(ed, lst, "The Yarborough Yawp - Winter 2026", D("2026-12-02 20:10"), text, title="Yarborough Yawp",
                    extra=[("List-Id", "Yarborough family <yarborough-family.lists.familymail.example.net>")])


@M("parish-bulletin-prayer-list-named-sick", "phi",
    "borderline: long parish bulletin (Mass times, finances, events); its prayer list names parishioners with their conditions (bypass surgery, hospice, NICU) - a community mailing, but named people with health content")
def _():
    rng = rng_for("parish-bulletin")
    par = P("St. Brendan Parish Office", "office@stbrendanparish.example.org",
            sig=["St. Brendan the Navigator Catholic Parish", "400 Harbor Street | 555-0171", "https://stbrendanparish.example.org"])
    lst = P("St. Brendan Weekly", "weekly@lists.stbrendanparish.example.org")
    fin = pipe_table(["Week", "Envelopes", "Online", "Loose", "Total", "Budget"], [
        [w, "$%d,%03d" % (rng.randint(4, 6), rng.randint(0, 999)), "$%d,%03d" % (rng.randint(2, 3), rng.randint(0, 999)),
         "$%d" % rng.randint(500, 900), "$%d,%03d" % (rng.randint(8, 10), rng.randint(0, 999)), "$9,400"]
        for w in ["Nov 8", "Nov 15", "Nov 22", "Nov 29"]])
    text = dedent("""
        ST. BRENDAN THE NAVIGATOR - WEEKLY BULLETIN
        Second Sunday of Advent - December 6, 2026

        MASS TIMES
        Saturday Vigil 5:00 pm | Sunday 7:30 am, 9:30 am, 11:30 am (Spanish 1:30 pm)
        Weekdays: Monday-Friday 8:00 am | Confessions: Saturday 3:30-4:30 pm

        FROM FATHER TOMAS
        Advent is a season of waiting, and most of us are not very good at waiting. We wait at red lights, we wait in line at the pharmacy, we wait for test results and phone calls. This week I invite you to notice your waiting - and to use one of those moments each day to pray for someone else who is waiting too. The Advent reflection booklets are in the narthex; take one for yourself and one for a neighbor.

        ADVENT PENANCE SERVICE
        Wednesday, December 16, at 7:00 pm. Several priests from neighboring parishes will be available for individual confession.

        GIVING TREE
        Tags for the Giving Tree are on the tree in the narthex until December 13. Please return gifts unwrapped, with the tag attached, by December 13. This year we are supporting 60 families from the Harbor Street school and the women's shelter.

        CHRISTMAS SCHEDULE
        Christmas Eve: 4:00 pm (children's Mass - arrive early), 6:30 pm, 10:00 pm carols followed by Midnight Mass.
        Christmas Day: 8:00 am, 10:00 am, 12:00 pm (Spanish).
        Volunteers for ushers and greeters: sign up at the welcome desk.

        PRAYERS FOR THE SICK
        Please keep in your prayers: Ed Kaminski, recovering at home after triple bypass surgery; Maria Lopes, now in hospice care at home; baby Theo Nakamura, in the NICU at Kestrel Point after being born at 29 weeks; Deacon Ray Okafor, beginning radiation for prostate cancer; Irene Walsh, recovering from a broken hip; and all the sick and homebound of our parish. To add a name, please call the parish office (with the person's permission).

        FOR THOSE WHO HAVE DIED
        Eternal rest to Gerald Finnegan and Rosa Medeiros, whose funerals were celebrated this week.

        STEWARDSHIP
        %s
        Thank you for your generosity. The second collection next week is for the retirement fund for religious.

        PARISH LIFE
        - Knights of Columbus pancake breakfast after the 9:30 and 11:30 Masses next Sunday.
        - Youth group Christmas caroling at Bayside Manor senior living, Saturday Dec 12, 2:00 pm. Meet in the parish hall.
        - Bible study on the Gospel of Luke, Tuesdays 7:00 pm in the library, new members welcome.
        - The parish hall floor refinishing is complete - thank you to the Men's Club!
        - Grief support group meets the 1st and 3rd Thursday at 6:30 pm.

        FAITH FORMATION
        First Reconciliation preparation meeting for parents: December 9 at 6:30 pm. Confirmation candidates: service hours are due January 31. No religious education classes on December 20 and 27.

        SCHOOL NEWS
        St. Brendan School open house is January 24, 11:00 am-1:00 pm. Kindergarten registration opens February 1. The 3rd grade is collecting new socks and mittens for the shelter.

        MINISTRY SCHEDULE - December 12/13
        Lectors, extraordinary ministers and altar servers: see the schedule posted on the website.

        Please keep this bulletin for your reference.
        """) % fin
    return doc_mail(par, lst, "St. Brendan Weekly - 2nd Sunday of Advent", D("2026-12-04 18:00"),
                    block_text(text, par), title="St. Brendan Weekly",
                    extra=[("List-Id", "<weekly.lists.stbrendanparish.example.org>"),
                           ("List-Unsubscribe", "<https://stbrendanparish.example.org/unsubscribe>")], html_style="newsletter")

@M("ceo-board-report-one-paragraph-councilmember-stemi", "phi",
    "long CEO report to the board (finance, volumes, strategy tables); one paragraph says Councilmember Ray Altamirano was treated for a STEMI in the cath lab")
def _():
    rng = rng_for("ceo-board-report")
    ceo = person("Evangeline Marchetti", "emarchetti@" + LV, None, "President and Chief Executive Officer", "Larkspur Valley Health", "555-0172", disc="hosp_long")
    board = P("Board of Trustees", "trustees@" + LV)
    vol = pipe_table(["Volume (Oct)", "Actual", "Budget", "Prior year", "Var. to budget"], [
        [k, "{:,}".format(a), "{:,}".format(b), "{:,}".format(c), "%+.1f%%" % ((a - b) * 100.0 / b)]
        for k, a, b, c in [
            ("Inpatient discharges", rng.randint(2300, 2500), 2380, 2290),
            ("Observation cases", rng.randint(600, 720), 640, 610),
            ("Patient days", rng.randint(11800, 12600), 12100, 11750),
            ("ED visits", rng.randint(9800, 10600), 10050, 9720),
            ("Surgical cases (IP+OP)", rng.randint(1900, 2150), 2010, 1940),
            ("Cath lab procedures", rng.randint(380, 450), 410, 392),
            ("Births", rng.randint(260, 300), 275, 281),
            ("Clinic visits", rng.randint(51000, 56000), 53500, 50120),
            ("Imaging studies", rng.randint(31000, 34000), 32400, 31010)]])
    fin = pipe_table(["Financials ($000s), FYTD Oct", "Actual", "Budget", "Variance"], [
        ["Net patient revenue", "412,880", "405,300", "7,580"],
        ["Other operating revenue", "21,406", "20,950", "456"],
        ["Total operating revenue", "434,286", "426,250", "8,036"],
        ["Salaries and benefits", "238,115", "229,870", "(8,245)"],
        ["Contract labor", "14,920", "9,600", "(5,320)"],
        ["Supplies", "71,330", "73,900", "2,570"],
        ["Purchased services and other", "82,404", "83,100", "696"],
        ["Depreciation and interest", "19,960", "20,200", "240"],
        ["Total operating expense", "426,729", "416,670", "(10,059)"],
        ["Operating income", "7,557", "9,580", "(2,023)"],
        ["Operating margin", "1.7%", "2.2%", "(0.5) pts"],
        ["Days cash on hand", "188", "180", "8"],
    ])
    text = dedent("""
        Members of the Board,

        Ahead of our December 10 meeting, here is my report for November. The finance committee will present the detailed statements; I've included the highlights so you can read them in one place.

        PRESIDENT'S REPORT TO THE BOARD OF TRUSTEES - DECEMBER 2026

        1. OVERVIEW
        October was our busiest month on record for emergency visits and the second busiest for inpatient discharges. Volumes are ahead of budget in almost every service line, and revenue is following, but labor costs continue to run ahead of plan because of contract nurses in critical care and the emergency department. We remain on track for a positive operating margin for the year, though below budget.

        2. VOLUMES

        %s

        3. FINANCIAL PERFORMANCE

        %s

        The unfavorable variance in salaries and contract labor is concentrated in three departments. The nurse residency cohort graduating in January and the new float pool incentive should reduce contract labor by about $600,000 per month starting in February.

        4. QUALITY AND SAFETY
        Our hospital-acquired infection rates remain below national benchmarks. We had a serious fall with injury in November; the root cause analysis has been completed and the action plan was presented to the Quality and Patient Safety Committee. Our sepsis bundle compliance reached 71%%, the highest in the system's history. The patient experience "likelihood to recommend" score is 76th percentile.

        5. STRATEGIC PLAN UPDATE
        - Ashford ambulatory campus: construction is 64%% complete and on budget. Opening is planned for September 2027 with primary care, imaging, a surgery center, and a pharmacy.
        - Behavioral health partnership: the letter of intent with the regional behavioral health provider to open a 24-bed adult unit is in legal review.
        - Digital front door: online scheduling now accounts for 22%% of primary care appointments.
        - Workforce: our retention program has reduced first-year nurse turnover from 27%% to 18%%.

        6. COMMUNITY AND GOVERNMENT RELATIONS
        On November 18, City Councilmember Ray Altamirano was brought to our emergency department by ambulance with an acute ST-elevation myocardial infarction while attending the downtown tree lighting. Our cath lab team opened his blocked artery and placed a stent 41 minutes after his arrival, well under the 90-minute national standard. He was discharged home on November 21 and is now in cardiac rehabilitation. With his permission, and at his request, he spoke about his care at the council meeting on December 1 and credited the paramedics and our team; the local news coverage was very positive. I'd ask that trustees not comment publicly on his health beyond what he has shared himself.

        We also hosted the state senator for a tour of the new simulation center and discussed Medicaid reimbursement for community health workers. Our advocacy priorities for the coming session are workplace violence protections, nurse education funding, and 340B preservation.

        7. PHILANTHROPY
        The Foundation has raised $6.2 million toward the $10 million Ashford campaign. The Holiday Lights gala raised $412,000, a record. The new pediatric playroom funded by the Marchbanks family opened in November.

        8. MEDICAL STAFF
        Thirteen new physicians and advanced practice providers joined the medical staff in October and November, including two interventional cardiologists and a pediatric endocrinologist. The medical staff elections are complete; the new Chief of Staff takes office January 1.

        9. LOOKING AHEAD
        The January board retreat will focus on the three-year financial plan and the capital plan for the main campus central plant. Please hold January 23 for the retreat.

        Thank you for your continued service.

        Evangeline
        """) % (vol, fin)
    return doc_mail(ceo, board, "President's report to the Board - December 2026 (confidential)", D("2026-12-03 18:20"),
                    block_text(text, ceo), html_style="outlook",
                    attach=[A(pdf(text.split("\n"), flate=False, title="President's report December 2026"),
                              "application/pdf", "Presidents_Report_Board_2026-12.pdf"),
                            A(csv_bytes([["department", "month", "budget_fte", "actual_fte", "contract_fte", "overtime_hours", "salary_variance_usd"]] +
                                        [[d_, "2026-%02d" % m_, str(rng.randint(20, 140)), str(rng.randint(20, 140)), str(rng.randint(0, 18)), str(rng.randint(50, 1900)), str(rng.randint(-90000, 60000))]
                                         for d_ in ["ICU", "CVICU", "ED", "4 North", "4 Tele", "5 East", "5 West", "6 Surgical", "Perioperative", "Imaging", "Laboratory", "Pharmacy", "EVS", "Food Services", "Behavioral Health", "Rehab"]
                                         for m_ in range(7, 11)]), "text/csv", "Labor_variance_FY27_YTD.csv")])


@M("residency-newsletter-kudos-aortic-dissection", "phi",
    "long EM residency weekly newsletter (schedules, conferences, wellness); a kudos item names Mr. Faircloth in bay 3 with a type A aortic dissection")
def _():
    rng = rng_for("em-residency-weekly")
    dom = "northgate-med.example.org"
    chief = person("Dr. Yannick Okonjo", "yokonjo@" + dom, None, "Chief Resident, Emergency Medicine", "Northgate Regional Medical Center", None)
    res = P("EM Residents & Faculty", "em-residency@" + dom)
    conf = pipe_table(["Time", "Wed 12/9 Conference", "Speaker"], [
        ["07:30", "M&M (faculty only, Room 2)", "Dr. Abernethy"],
        ["08:00", "Pediatric airway: what's new in the 2026 guideline", "Dr. Iwasaki (PEM)"],
        ["09:00", "Toxicology case conference: beta-blocker and CCB overdose", "Dr. Bellweather / PGY-3 Nilo"],
        ["10:00", "Ultrasound: aorta and IVC hands-on (sim lab)", "US faculty"],
        ["11:00", "Board review: cardiology", "PGY-2 class"],
        ["12:00", "Lunch + wellness: financial planning 101", "Guest speaker"]])
    text = dedent("""
        THE NORTHGATE EM WEEKLY - Issue 14, week of December 7

        Hi all - lots this week. Skim the headings and read what applies to you.

        SCHEDULE CHANGES
        - January block schedule is final. Swaps must be approved by the chiefs by 12/15 and must not create a shift over 12 hours or fewer than 8 hours between shifts.
        - PGY-1s: your ICU block starts 1/4. Orientation is 1/4 at 06:30 in the MICU conference room.
        - The holiday potluck moves to 12/19 so night shift can come.

        CONFERENCE (Wednesday 12/9)

        %s

        Conference attendance is at %d%% for the year. The ACGME requirement is 70%%. If you're on an off-service rotation, you're excused, but please log it.

        KUDOS
        - To the night team on 11/22, and especially PGY-2 Dr. Hesper Drummond, for catching the type A aortic dissection in Mr. Faircloth in bay 3. He came in with "indigestion" and a normal ECG; she noticed a 30 mmHg difference in arm blood pressures and got the CTA before anyone else thought about it. He went straight to the OR with CT surgery and is recovering on the step-down unit - he sent a thank-you card to the department this week. Great catch.
        - To the nurses in Pod C for running a flawless pediatric code drill on Tuesday.
        - To PGY-3 Dr. Oswin Carrow, whose abstract on ED boarding was accepted to the national meeting.

        RESEARCH
        The department research day is March 12. Abstract deadline January 31. Talk to Dr. Ferreira-Lund if you need a project; she has two chart-review projects with IRB approval and a QI project on sepsis time-to-antibiotics.

        WELLNESS
        - The resident lounge coffee machine is fixed (thank you, GME office).
        - Free counseling through the resident assistance program is confidential and does not go through the program. Number is on the back of your badge.
        - The snowshoe outing is January 16. Sign-up link in the group chat.

        PROCEDURES AND LOGS
        Procedure logs are due to the program coordinator on the 1st of every month. Current class averages are below; please check your own numbers in the residency management system.
        - PGY-1: %d intubations, %d central lines, %d US-guided IVs (class average)
        - PGY-2: %d intubations, %d central lines, %d lumbar punctures
        - PGY-3: %d intubations, %d cardioversions, %d thoracostomies

        REMINDERS
        - In-training exam is in February. The question bank subscription is renewed for everyone.
        - ACLS/PALS renewal: check your expiration date. The sim center runs a course on 12/14.
        - Do not text patient information on your personal phone. Use the secure messaging app.

        Have a great week,
        Yannick (and Sofia, your other chief)
        """) % (conf, rng.randint(74, 88), rng.randint(8, 20), rng.randint(2, 6), rng.randint(20, 40),
                rng.randint(30, 50), rng.randint(8, 15), rng.randint(5, 12), rng.randint(50, 80),
                rng.randint(6, 12), rng.randint(3, 8))
    return doc_mail(chief, res, "EM Weekly - Issue 14", D("2026-12-04 19:30"), block_text(text, chief), html_style="newsletter")


@M("safety-event-weekly-digest-one-named-heparin-error", "phi",
    "weekly patient-safety event digest of category counts and themes; one event summary names June Holloway (MRN) who received a tenfold heparin dose")
def _():
    rng = rng_for("safety-digest")
    dom = "oakhollowmed.example.org"
    ps = person("Patient Safety Office", "patientsafety@" + dom, None, None, ["Oak Hollow Medical Center - Patient Safety Office", "555-0173"], disc="hosp_long")
    mgrs = P("Nurse Managers and Directors", "nursing-leaders@" + dom)
    cats = ["Medication/IV", "Falls", "Skin/pressure injury", "Lab/specimen", "Behavior/security", "Equipment/device",
            "Diagnostic imaging", "Care coordination", "Surgery/procedure", "Transfusion", "Infection", "Other"]
    rows = []
    for c in cats:
        a, b = rng.randint(0, 38), rng.randint(0, 38)
        rows.append([c, str(a), str(b), str(rng.randint(0, 5)), str(rng.randint(0, 2))])
    tab = pipe_table(["Category", "This week", "Last week", "Near miss", "Harm (temp.)"], rows)
    units = pipe_table(["Unit", "Reports", "Top category"], [[u, str(rng.randint(1, 19)), rng.choice(cats[:6])] for u in UNITS[:16]])
    text = dedent("""
        WEEKLY PATIENT SAFETY EVENT DIGEST - week of November 23-29, 2026

        This digest is prepared for leaders for patient safety and quality improvement purposes. Please do not forward to staff; share themes at your huddles instead.

        SUMMARY
        %d event reports were filed this week (previous week %d). The reporting culture continues to strengthen: %d%% were near misses or no-harm events.

        BY CATEGORY

        %s

        BY UNIT

        %s

        THEMES THIS WEEK
        1. Patient identification at specimen collection: 4 mislabeled specimens (all caught in the lab). Please reinforce two identifiers at the bedside, label in the presence of the patient.
        2. Bed alarm settings after bed swaps (see last week's digest): 2 events, no injuries.
        3. Smart pump library overrides: the override rate on 6 Surgical went up to 14%%. Pharmacy informatics is reviewing the drug library limits for insulin and heparin.
        4. Delays in interpreter availability overnight in the ED: 3 reports. The interpreter services team has added a second video unit.

        SERIOUS EVENT REVIEW (reportable to the state, under investigation)
        Heparin dosing error, 4 Tele, 11/26: HOLLOWAY, JUNE (MRN 20014592), 74, admitted for atrial fibrillation with rapid ventricular response, received a heparin IV bolus of 10,000 units instead of the ordered weight-based bolus of 60 units/kg (about 4,000 units); the dose was drawn from a 10,000 units/mL vial taken from the override drawer instead of the 1,000 units/mL vial. Her aPTT was above 150 seconds and she developed a groin hematoma at a prior puncture site, treated with compression; no transfusion was needed and she was discharged on 11/29. Disclosure completed 11/26. An RCA is scheduled for 12/3. Immediate actions: 10,000 units/mL vials removed from all ADCs outside pharmacy; heparin boluses must be drawn from the premixed bag via the pump.

        GOOD CATCHES
        - A respiratory therapist noticed a mislabeled oxygen cylinder (nitrogen label) in the delivery cart and removed it before use.
        - A unit clerk caught a duplicate patient registration before any orders were placed.

        REMINDERS
        - Report every event, including near misses. The form takes about 3 minutes.
        - The event reporting system will be down for maintenance on 12/6 from 02:00-04:00; use the paper form in the downtime binder.

        Questions: patientsafety@oakhollowmed.example.org
        """) % (rng.randint(150, 210), rng.randint(150, 210), rng.randint(55, 70), tab, units)
    return doc_mail(ps, mgrs, "Weekly safety event digest - 11/23-11/29", D("2026-11-30 12:00"), block_text(text, ps), html_style="outlook")


@M("charge-nurse-end-of-shift-email-one-patient-line", "phi",
    "charge nurse's end-of-shift unit e-mail (supplies, staffing, broken equipment); one line: Mr. Abernathy in 14 to IR for a PICC, NPO after midnight")
def _():
    dom = "rivergatehealth.example.org"
    cn = person("Fitz Pellegrini", "fpellegrini@" + dom, "RN", "Charge Nurse, 3 North", None, None)
    unit = P("3 North Staff", "3north-staff@" + dom)
    text = dedent("""
        Hey 3N,

        End of day shift notes so nights and tomorrow's days are in the loop:

        - Census 26/28. Two discharges pending rides (rooms 3 and 21), one admission coming from the ED around 20:00 (tele not needed).
        - Staffing tonight: 6 RNs + 2 techs. Float RN (Maren) is with us 19:00-07:00. No sitter needed as of now.
        - The Pyxis in the back med room is still throwing the "drawer failed" error on drawer 4. Pharmacy tech says it will be fixed tomorrow AM. Use the front cabinet for anything in drawer 4 (mostly IV flushes and saline).
        - Supply: we are out of the 20g IV catheters in the supply room. I borrowed two boxes from 3 South. Central supply is restocking overnight.
        - Vitals machine #3 is broken (won't power on). It's tagged and in the clean utility room for biomed.
        - Mr. Abernathy in 14 is going to IR tomorrow for a PICC (for his home IV antibiotics). NPO after midnight except meds, consent is signed, and IR wants his platelets and INR from the AM draw before they take him. Transport is booked for 09:30.
        - Reminder: skills fair sign-up closes Friday. Three of you still haven't done the restraint module.
        - Someone left a very nice lasagna in the fridge with a note "for night shift". Enjoy.

        Thanks all, good shift today.

        Fitz
        """)
    return mk(cn, unit, "3N end of shift 12/2 (days)", D("2026-12-02 19:12"), T(block_text(text, cn), cte="7bit"))


@M("spanish-boletin-familiar-tio-hemodialisis", "phi",
    "Spanish family Christmas newsletter (recipes, travel, grandchildren); one section says tío Ernesto Valdivia started haemodialysis three times a week", lang="es")
def _():
    ed = P("Familia Valdivia Ramírez", "boletin.valdivia@correo.example.net", sig=[])
    lst = P("Familia Valdivia", "familia-valdivia@listas.correo.example.net")
    text = dedent("""
        BOLETÍN DE LA FAMILIA VALDIVIA - NAVIDAD 2026
        (número 11, que ya es tradición)

        ¡Queridos todos!

        Otro año que se va volando. Aquí va el resumen de lo que nos pasó a cada rama de la familia, con permiso de los interesados (y sin permiso de los que no contestaron a tiempo, que ya saben quiénes son).

        LOS DE MONTERREY
        Andrés y Pili celebraron 25 años de casados en junio con una misa y una comida en el rancho de los compadres. Hubo mariachi, hubo lluvia, y hubo tío Memo bailando con la abuela hasta las dos de la mañana. La foto del pastel (que se cayó y lo volvieron a armar) ya es leyenda.

        Santiago terminó la carrera de ingeniería civil y ya trabaja en una constructora en San Pedro. Valeria está en segundo de prepa, juega voleibol y quiere estudiar medicina veterinaria.

        LOS DE GUADALAJARA
        Tía Lupe se jubiló después de 32 años dando clases de primaria. Sus exalumnos le organizaron una fiesta sorpresa con más de cien personas. Ahora dice que va a aprender a pintar con acuarelas y a viajar "mientras las rodillas aguanten".

        NOTICIAS DE SALUD
        Les cuento de parte de tía Carmen, porque ella no quiere escribirlo: el tío Ernesto empezó con hemodiálisis en septiembre, tres veces por semana (lunes, miércoles y viernes por la mañana) en la clínica renal del Hospital Los Fresnos. Después de tantos años de diabetes, los riñones ya no le daban. Las primeras semanas fueron muy pesadas, salía muy cansado y con calambres, pero ahora ya se acostumbró un poco y dice que se siente con más energía que antes. Le pusieron una fístula en el brazo izquierdo, así que no lo abracen muy fuerte de ese lado. Está en la lista para trasplante; si alguno quiere informarse sobre ser donador vivo, hablen con Carmen. Les pide que no le manden dulces, que tiene la dieta muy estricta (poca sal, poco potasio, poco líquido).

        LOS DE MADRID
        Primo Javier y Elena se mudaron a un piso más grande en Chamberí porque llegó la pequeña Lucía en marzo. Los abuelos ya fueron a conocerla y regresaron encantados (y con cinco kilos más de jamón en la maleta).

        LA RECETA DEL AÑO: Romeritos de la abuela Chela
        1 kilo de romeritos limpios, 1/2 kilo de camarón seco, 4 chiles anchos, 3 chiles pasilla, 1 tablilla de chocolate de mesa, 1/2 taza de ajonjolí, 4 papas cocidas en cubos, nopales cocidos. Se tuestan y remojan los chiles, se muelen con el ajonjolí y el chocolate, se fríe el mole, se agregan las papas, los nopales, los romeritos y las tortitas de camarón. La abuela dice que el secreto es la paciencia, pero todos sabemos que el secreto es la manteca.

        POSADA FAMILIAR
        Este año la posada es en casa de Andrés y Pili, el sábado 19 de diciembre a las 7 de la noche. Traigan su plato para el intercambio y un juguete nuevo para la colecta del DIF. Los niños rompen la piñata a las 9 en punto.

        CUMPLEAÑOS DE ENERO
        Abuela Chela (el 6, cumple 88), Memo (el 14), Valeria (el 23).

        ¡Feliz Navidad y próspero 2027!
        Con cariño,
        Mariana (la que siempre se ofrece a hacer el boletín)
        """)
    return doc_mail(ed, lst, "Boletín de la familia Valdivia - Navidad 2026", D("2026-12-04 11:20", "cst"), text,
                    cs="utf-8", cte_text="8bit", title="Boletín Valdivia")


@M("french-compte-rendu-reunion-service-une-patiente", "phi",
    "French: long ward meeting minutes (staffing, hygiene, training, IT); one line about Mme Ghislaine Perrault in room 214 awaiting a rehab bed with a heel pressure ulcer", lang="fr")
def _():
    rng = rng_for("cr-reunion-medecine")
    dom = "ch-valmorel.example.fr.test"
    cadre = person("Pascale Moreau-Lindqvist", "p.moreau@" + dom, None, "Cadre de santé - Médecine polyvalente (3e étage)",
                   "Centre hospitalier de Valmorel", "Tél. 04 55 55 01 74 | poste 0174", disc="fr")
    equipe = P("Équipe Médecine polyvalente", "med-polyvalente@" + dom)
    text = dedent("""
        Bonjour à toutes et à tous,

        Voici le compte rendu de la réunion de service de mardi. Merci de le lire et de signer la feuille d'émargement en salle de soins.

        COMPTE RENDU - RÉUNION DE SERVICE
        Médecine polyvalente - mardi 1er décembre 2026 - 14h00-15h15 - salle de staff
        Présents : 19 (IDE, AS, ASH, secrétariat, 2 médecins, cadre). Excusés : équipe de nuit (CR transmis).

        1. EFFECTIFS ET PLANNING
        - Deux postes d'IDE restent vacants (départs en mutation). Les entretiens de recrutement ont lieu la semaine prochaine.
        - Le planning de janvier est affiché. Les demandes d'échange doivent être validées par la cadre avant le 15 décembre.
        - Rappel : pas plus de trois nuits consécutives sans accord.

        2. HYGIÈNE
        L'audit d'hygiène des mains (friction hydro-alcoolique) réalisé par l'EOH en novembre donne un taux de conformité de %d %% (objectif 90 %%). Les points faibles : port de bijoux, friction avant le contact patient. Une session de formation flash aura lieu le 10 décembre à 13h30.
        Rappel sur les précautions complémentaires contact : affiche sur la porte, tablier à usage unique, matériel dédié dans la chambre.

        3. CIRCUIT DU MÉDICAMENT
        La pharmacie signale plusieurs erreurs de rangement dans l'armoire de l'unité (formes buvables et injectables mélangées). Le préparateur passera le jeudi pour vérifier. Les piluliers du soir doivent être préparés par l'IDE qui administre.

        4. DOSSIER PATIENT INFORMATISÉ
        La nouvelle version du logiciel sera installée le 8 décembre entre 2h et 5h. Les procédures dégradées (dossiers papier) sont dans le classeur rouge. Les transmissions ciblées doivent être saisies avant la fin du poste.

        5. SITUATIONS PARTICULIÈRES
        - Mme Ghislaine Perrault (chambre 214) : sortie repoussée, toujours en attente d'une place en SSR. L'escarre du talon droit (stade 2) est à refaire tous les deux jours (hydrocellulaire) et elle doit garder la botte de décharge la nuit. Le fils passe le soir ; merci de l'informer de l'avancement du dossier SSR.
        - Pour les autres patients en attente d'aval, voir le tableau de l'assistante sociale.

        6. FORMATION
        - AFGSU niveau 2 : recyclage obligatoire pour %d agents avant juin.
        - Formation « prévention des chutes » : deux sessions en janvier.
        - Les étudiants infirmiers de 2e année arrivent le 4 janvier pour 10 semaines (4 étudiants).

        7. QUALITÉ ET CERTIFICATION
        Patient traceur prévu fin janvier. Les thèmes : identitovigilance, douleur, sortie du patient. Merci de vérifier que les bracelets d'identification sont bien posés et lisibles.
        Le taux de déclaration des événements indésirables du service a augmenté (%d déclarations en novembre). Continuez !

        8. MATÉRIEL ET LOCAUX
        - Deux lève-personnes sont en réparation. Un troisième a été prêté par la gériatrie.
        - Le chauffage de la salle de pause est enfin réparé.
        - Les travaux de peinture du couloir est auront lieu en février.

        9. DIVERS
        - Repas de fin d'année du service : jeudi 17 décembre à midi (chacun apporte un plat).
        - Merci à l'équipe de nuit pour la gestion de l'afflux du week-end dernier.

        Prochaine réunion : mardi 5 janvier 2027, 14h00.

        Bonne semaine à tous,
        Pascale
        """) % (rng.randint(72, 86), rng.randint(5, 12), rng.randint(9, 25))
    return doc_mail(cadre, equipe, "Compte rendu réunion de service du 1er décembre", D("2026-12-03 16:40", "cet"),
                    block_text(text, cadre), cs="iso-8859-1", cte_text="quoted-printable", hmode="Q", html_style="outlook")


@M("dutch-familienieuwsbrief-oma-nieuwe-knie", "phi",
    "Dutch family newsletter (holidays, new house, football); one part says Oma Truus Achterberg had a knee replacement and is in physiotherapy", lang="nl")
def _():
    ed = P("Joost Achterberg", "joost.achterberg@post.example.nl.test", sig=[])
    fam = P("Familie Achterberg", "familie-achterberg@groepen.example.nl.test")
    text = dedent("""
        NIEUWSBRIEF FAMILIE ACHTERBERG - december 2026

        Beste allemaal,

        Het is weer december, dus tijd voor de jaarlijkse nieuwsbrief. Dank aan iedereen die een stukje heeft ingestuurd (en aan tante Gerda, die het drie keer heeft ingestuurd voor de zekerheid).

        VERHUISD
        Sanne en Ruben hebben eindelijk een huis gevonden in Amersfoort, na 14 bezichtigingen en 5 keer overboden worden. Het is een jaren-dertigwoning met een tuin op het zuiden en een zolder die "nog wat liefde nodig heeft". Ze verwachten iedereen op de housewarming in het voorjaar, als de trap erin zit.

        SPORT
        Daan (12) is met zijn team kampioen geworden in de JO13-3. De finale werd gewonnen met 4-3 na een doelpunt in de laatste minuut, en opa heeft het hele stuk gefilmd, al staat er vooral veel gras op. Lotte (9) doet aan turnen en heeft haar eerste wedstrijd gehad. Ze werd zesde en vond dat "eigenlijk heel goed voor de eerste keer".

        OMA TRUUS
        Oma heeft op 10 november een nieuwe knie gekregen in het ziekenhuis in Lindenhaven. De operatie ging goed en ze mocht na drie dagen al naar huis. Ze loopt nu met een rollator en gaat drie keer per week naar de fysiotherapeut om te oefenen; ze moet de knie elke dag koelen en de oefeningen doen, en de eerste weken de bloedverdunners (prikjes) nog zelf zetten, wat ze "helemaal niks" vindt. De fysio zegt dat ze het heel goed doet. Ze hoopt met kerst zonder rollator de kamer door te lopen. Bezoek is welkom, maar bel even van tevoren, want ze is snel moe. En neem geen taart mee, ze heeft er al drie staan.

        VAKANTIE
        Mark en Yvonne zijn deze zomer met de camper door Noorwegen gereden: 4.200 kilometer, 11 veerponten en één lekke band op een bergpas. De foto's van de fjorden zijn prachtig; de foto van Mark die de band verwisselt in de regen ook, maar om andere redenen.

        WERK
        Joost is sinds september teamleider bij de gemeente. Anouk heeft haar opleiding tot verpleegkundige afgerond en werkt nu op de kinderafdeling.

        KERST
        Eerste kerstdag zijn we zoals altijd bij oma en opa, vanaf 15.00 uur. Iedereen neemt iets mee voor het gourmetten; lijstje volgt in de groepsapp. Tweede kerstdag is de traditionele wandeling in de bossen bij Lage Vuursche, met erwtensoep na afloop.

        VERJAARDAGEN IN JANUARI
        Opa Henk wordt 82 op 7 januari. Lotte wordt 10 op 19 januari.

        Fijne feestdagen en een gezond 2027!

        Groetjes,
        Joost
        """)
    return doc_mail(ed, fam, "Nieuwsbrief familie Achterberg - december 2026", D("2026-12-04 10:05", "cet"), text,
                    cs="iso-8859-15", cte_text="quoted-printable", hmode="Q", html=False)


@M("polish-protokol-zebrania-oddzialowego-pacjent", "phi",
    "Polish: long ward-meeting minutes (ISO-8859-2); one item about Mr Zbigniew Wróblewski in room 6 after a below-knee amputation awaiting a long-term care bed", lang="pl")
def _():
    dom = "szpital-borkow.example.pl.test"
    os_ = person("Marta Zielińska", "m.zielinska@" + dom, None, "Pielęgniarka oddziałowa, Oddział Chirurgii Ogólnej",
                 "Szpital Powiatowy w Borkowie", "tel. 55 555 01 75", disc="pl")
    zes = P("Zespół Chirurgii Ogólnej", "chirurgia@" + dom)
    text = dedent("""
        Dzień dobry,

        w załączeniu (poniżej) protokół z zebrania oddziałowego. Proszę o zapoznanie się i podpisanie listy w dyżurce do piątku.

        PROTOKÓŁ Z ZEBRANIA ODDZIAŁOWEGO
        Oddział Chirurgii Ogólnej, 2 grudnia 2026 r., godz. 13:30-14:30, pokój socjalny
        Obecni: 16 osób (pielęgniarki, opiekunowie medyczni, sekretarka medyczna, lekarz kierujący oddziałem).

        1. Grafik i urlopy
        Grafik na styczeń jest wywieszony. Prośby o zamiany dyżurów należy zgłaszać do 15 grudnia. W okresie świątecznym obsada dyżurów nocnych: 3 pielęgniarki + 1 opiekun.

        2. Higiena i zakażenia
        Zespół kontroli zakażeń przeprowadził audyt higieny rąk - zgodność 81%. Przypominamy o zakazie noszenia biżuterii i długich paznokci. Szkolenie z zakładania i zdejmowania środków ochrony osobistej odbędzie się 9 grudnia.

        3. Dokumentacja
        Od stycznia obowiązuje nowy formularz oceny ryzyka odleżyn (skala Braden) w systemie elektronicznym. Wersji papierowej nie należy już używać.

        4. Sprawy pacjentów
        Pan Zbigniew Wróblewski (sala 6) - po amputacji podudzia prawego z powodu stopy cukrzycowej, rana goi się prawidłowo, opatrunek co drugi dzień. Czeka na miejsce w ZOL; dokumenty zostały wysłane 25 listopada. Rodzina (córka) dzwoni codziennie po 18:00 - proszę przekazywać informacje tylko o stanie ogólnym, szczegóły przekazuje lekarz prowadzący. Rehabilitant przychodzi codziennie o 10:00 (nauka przesiadania na wózek).

        5. Sprzęt
        Dwa podnośniki są w naprawie. Nowe pompy infuzyjne zostaną dostarczone w styczniu - szkolenie przeprowadzi przedstawiciel firmy.

        6. Szkolenia
        Kurs resuscytacji (BLS/AED) - termin 14 grudnia. Lista chętnych u pielęgniarki oddziałowej.

        7. Sprawy różne
        - Wigilia oddziałowa 22 grudnia o 12:00.
        - Prosimy o porządek w pokoju socjalnym i lodówce.

        Następne zebranie: 13 stycznia 2027 r.

        Protokołowała: Marta Zielińska
        """)
    return doc_mail(os_, zes, "Protokół z zebrania oddziałowego 2.12.2026", D("2026-12-03 09:20", "cet"), block_text(text, os_),
                    cs="iso-8859-2", cte_text="quoted-printable", hmode="Q", html=False)


@M("vietnamese-thu-gia-dinh-ba-ngoai-ung-thu-gan", "phi",
    "Vietnamese family year-end letter; one paragraph says grandmother Nguyễn Thị Lan is being treated for liver cancer with TACE at a named hospital", lang="vi")
def _():
    a = P("Trần Minh Khoa", "khoa.tran@thudientu.example.vn.test", sig=[])
    fam = P("Gia đình họ Trần", "giadinh-tran@nhom.example.vn.test")
    text = dedent("""
        Thân gửi cả nhà,

        Cuối năm rồi, con viết thư này để kể cho mọi người nghe tin tức của gia đình mình trong năm 2026, nhất là cho các cô chú ở xa bên Mỹ và bên Úc.

        Chuyện vui trước: bé Na đã vào lớp 1, đi học rất ngoan, cô giáo khen đọc nhanh. Anh Tuấn được lên trưởng phòng ở công ty, còn chị Hạnh mở thêm một tiệm bánh nhỏ ở quận 3, bánh bông lan trứng muối bán rất chạy. Cậu Út cưới vợ vào tháng 9, đám cưới ở quê vui lắm, có đủ ba họ về dự.

        Tin về sức khỏe của bà ngoại: tháng 8 bà đi khám vì đau bụng và sụt cân, bác sĩ ở Bệnh viện Đa khoa Hòa An phát hiện bà bị ung thư gan (do viêm gan B lâu năm). Khối u còn nhỏ nên bác sĩ cho điều trị bằng phương pháp nút mạch hóa chất (TACE). Bà đã làm hai lần, lần thứ ba hẹn ngày 18 tháng 12. Sau mỗi lần bà hơi mệt và sốt nhẹ vài ngày rồi khỏe lại. Bà vẫn uống thuốc kháng virus viêm gan mỗi ngày. Bà dặn cả nhà đừng lo, vẫn ăn được, vẫn ra chợ mỗi sáng. Mẹ con ở với bà để chăm sóc. Ai về Tết thì nhớ ghé thăm bà, bà mong lắm.

        Ông nội năm nay 85 tuổi, vẫn khỏe, sáng nào cũng tập dưỡng sinh ở công viên.

        Tết năm nay cả nhà sẽ họp mặt ở nhà bà ngoại vào mùng 2. Ai về được thì báo con để con đặt xe đón ở sân bay.

        Chúc cả nhà một mùa Giáng sinh an lành và năm mới nhiều sức khỏe, bình an.

        Thương,
        Khoa
        """)
    return doc_mail(a, fam, "Thư cuối năm gửi cả nhà - 2026", D("2026-12-04 21:00", "ict"), text, cs="utf-8", cte_text="base64", html=True)


@M("chinese-weekly-report-colleague-pneumonia-admission", "phi",
    "borderline: Chinese team weekly report (employment mail); one line says colleague Wang Lixin is hospitalised with pneumonia on IV treatment - named person plus admission", lang="zh")
def _():
    dom = "huaxin-soft.example.cn.test"
    mgr = P("李明远", "liming.yuan@" + dom, sig=["李明远", "研发二部 经理", "华信软件有限公司", "电话：021-555-0176"])
    team = P("研发二部全体", "rd2-all@" + dom)
    text = dedent("""
        各位同事：

        以下是研发二部本周（11月30日至12月4日）工作周报，请大家查阅。

        一、本周重点工作
        1. 订单管理系统 3.2 版本：完成全部功能开发，进入测试阶段。共修复缺陷 47 个，剩余 12 个（其中严重级别 2 个）。
        2. 移动端 App：完成支付模块改版，灰度发布给 5% 用户，崩溃率 0.08%，低于目标值。
        3. 数据平台迁移：已迁移 63% 的报表任务，预计 12 月 18 日前全部完成。
        4. 客户现场支持：完成两家客户的年度巡检，输出巡检报告。

        二、下周计划
        1. 3.2 版本回归测试，12 月 11 日发布候选版本。
        2. 启动年终代码审查和技术债务梳理。
        3. 组织新员工技术培训（共 3 场）。

        三、人员情况
        1. 王立新因肺炎住院（城东仁和医院呼吸科），目前在输液治疗，情况稳定，预计下周三出院，出院后在家休息一周。其负责的接口联调工作暂由赵晨接手，请大家不要在工作群里打扰他。
        2. 新同事陈思雨本周入职，分配到测试组。
        3. 张磊 12 月 21 日至 25 日年假。

        四、风险与问题
        1. 测试环境服务器资源不足，已向运维部申请扩容。
        2. 第三方短信接口供应商合同 12 月底到期，采购部正在续签。

        五、其他事项
        1. 年终总结会定于 12 月 30 日下午 2 点，请各组长提前准备材料。
        2. 本月团建活动改为聚餐，时间地点另行通知。
        3. 请大家在 12 月 10 日前完成信息安全年度培训。

        谢谢大家！

        李明远
        """)
    return doc_mail(mgr, team, "研发二部周报（11月30日-12月4日）", D("2026-12-04 18:05", "cst8"), block_text(text, mgr),
                    cs="gbk", cte_text="base64", html=False)


@M("korean-church-bulletin-deacon-stomach-cancer-surgery", "phi",
    "Korean: church weekly bulletin (worship order, announcements, offering); the prayer list names Deacon Kim Youngsoo and his stomach-cancer surgery date and hospital", lang="ko")
def _():
    ch = P("새소망교회 사무실", "office@saesomang.example.kr.test", sig=["새소망교회", "전화 02-555-0177"])
    lst = P("새소망교회 교우", "members@saesomang.example.kr.test")
    text = dedent("""
        새소망교회 주보 - 2026년 12월 6일 (대림절 둘째 주일)

        ■ 예배 안내
        주일 1부 예배 오전 9시 / 2부 예배 오전 11시 / 오후 찬양예배 2시
        수요예배 저녁 7시 30분 / 새벽기도회 월-토 오전 5시 30분

        ■ 교회 소식
        1. 성탄절 연합예배가 12월 25일 오전 11시에 있습니다. 예배 후 전교인 애찬이 있습니다.
        2. 성탄 칸타타 연습이 매주 토요일 오후 3시에 본당에서 있습니다.
        3. 연말 감사헌금은 12월 27일까지 드립니다.
        4. 2027년 교회 달력이 나왔습니다. 안내 데스크에서 받아 가십시오.
        5. 주차장 공사로 인해 12월 13일까지 제2주차장을 이용해 주십시오.

        ■ 기도 제목
        - 김영수 집사님: 위암 수술 (12월 3일, 한빛대학교병원 외과)을 잘 마치셨습니다. 회복과 항암 치료를 위해 기도해 주십시오. 병문안은 가족의 요청으로 당분간 삼가 주시기 바랍니다.
        - 이순자 권사님: 무릎 수술 후 재활 중이십니다.
        - 군에 있는 청년들(3명)과 해외 선교사님 가정을 위해.

        ■ 새가족 환영
        지난주 등록하신 박준호·최은정 성도 가정을 환영합니다.

        ■ 지난주 헌금 (단위: 원)
        주일헌금 3,420,000 / 십일조 12,850,000 / 감사헌금 1,210,000 / 선교헌금 640,000

        ■ 봉사 안내 (12월 13일)
        대표기도: 정민수 장로 / 안내: 2여전도회 / 식당봉사: 3남선교회

        평안한 한 주 되십시오.
        """)
    return doc_mail(ch, lst, "새소망교회 주보 - 대림절 둘째 주일", D("2026-12-04 20:00", "kst"), block_text(text, ch),
                    cs="euc-kr", cte_text="base64", html=False)

# ================================================================ digests and forums

def digest_mail(listname, listaddr, issue, date, posts, footer, mime=False, cs="utf-8", cte="quoted-printable",
                intro=None, hmode="B", subj=None):
    """posts: list of (P author, datetime, subject, body). Mailman-style digest."""
    lp = P(listname + " list", listaddr.replace("@", "-request@") if not listaddr.startswith("digest") else listaddr)
    to = P(listname, listaddr)
    subj = subj or "%s Digest, Vol %s" % (listname, issue)
    toc = ["Send %s mailing list submissions to" % listname, "\t" + listaddr, "",
           "To subscribe or unsubscribe via the web, visit",
           "\thttps://lists.example.org/mailman/listinfo/%s" % listaddr.split("@")[0], "or, via email, send a message with subject or body 'help' to",
           "\t" + listaddr.replace("@", "-request@"), "",
           "When replying, please edit your Subject line so it is more specific",
           'than "Re: Contents of %s digest..."' % listname, ""]
    if intro:
        toc += [intro, ""]
    toc += ["Today's Topics:", ""]
    for i, (a, d, s, b) in enumerate(posts, 1):
        toc.append("   %d. %s (%s)" % (i, s, a.name))
    toc_text = "\n".join(toc)
    if not mime:
        chunks = [toc_text, "", "-" * 70, ""]
        for i, (a, d, s, b) in enumerate(posts, 1):
            chunks += ["Message: %d" % i, "Date: %s" % rfcdate(d), "From: %s <%s>" % (a.name, a.email),
                       "To: %s" % listaddr, "Subject: %s" % s, "Message-ID: %s" % mid(s + str(i), a.email.split("@")[1]), "",
                       wrap(b), "", "", "-" * 30, ""]
        chunks += [footer, "", "-" * 70, "", "End of %s Digest, Vol %s" % (listname, issue),
                   "*" * (len("End of %s Digest, Vol %s" % (listname, issue)))]
        body = T("\n".join(chunks), charset=cs, cte=cte, wrapit=False)
    else:
        parts = []
        for i, (a, d, s, b) in enumerate(posts, 1):
            parts.append(R822(mk(a, to, s, d, T(b, charset=cs, cte="8bit" if cs != "us-ascii" else "7bit"), hcs=cs, hmode=hmode)))
        body = MP("mixed", [T(toc_text, charset=cs, cte=cte, wrapit=False), MP("digest", parts),
                            T(footer, charset=cs, cte=cte)])
    return mk(lp, to, subj, date, body, hcs=cs, hmode=hmode,
              extra=[("List-Id", "%s <%s>" % (listname, listaddr.replace("@", "."))),
                     ("List-Unsubscribe", "<mailto:%s?subject=unsubscribe>" % listaddr.replace("@", "-request@")),
                     ("Precedence", "list")])


@M("digest-running-club-member-own-acl-rehab", "phi",
    "borderline: running-club digest of routes, race results and gear; one member posts under her name about her own ACL reconstruction and physiotherapy - a self-disclosure on a list, labelled by the rules as a named person with treatment")
def _():
    L = "lists.riverrunners.example.org"
    p = [
        (P("Marcus Quarles", "mquarles@inbox.example.net"), D("2026-11-29 07:12"), "Sunday long run - new route from the boathouse",
         "Hi all, this Sunday's long run starts at the boathouse at 7:00. New route: 16 miles out along the river trail to the old rail bridge, cross, and back on the east bank. Two water stops (mile 5 and mile 11) courtesy of the Hendersons. Pace groups 8:30, 9:00, 9:45 and 10:30. The east bank path has some ice in the shaded parts, so wear something with grip. Coffee after at the Grindstone.\n\nMarcus"),
        (P("Juno Halloran", "juno.h@mailbox.example.net"), D("2026-11-29 09:40"), "Turkey Trot results are up",
         "Results from Thursday's Turkey Trot are on the club page. We had 61 club members finish the 5 miler! Special shout-out to Eulalia who won her age group at 71, and to the Kowalczyk family who ran it with three generations and a stroller. Photos from the finish line are in the shared album. Please tag yourselves."),
        (P("Gwen Thorsby", "gwen.thorsby@inbox.example.net"), D("2026-11-30 20:02"), "Update from the injured list (long, sorry)",
         "Hi everyone - a lot of you have asked where I've been since the trail half in September, so here's the update. Turns out the \"twisted knee\" at mile 9 was a torn ACL and a small meniscus tear. I had ACL reconstruction (hamstring graft) and a meniscus repair on October 8 with Dr. Prendergast at the sports medicine center. I'm now 7 weeks post-op: off crutches, out of the brace as of last week, and doing PT twice a week - mostly quad strengthening, balance work and the stationary bike. My PT says no running until at least 4 months and a return-to-run test, so realistically March. The swelling is the annoying part; ice and compression every night.\n\nIf anyone else is going through this, I'm happy to compare notes. And if you see me at the Sunday coffee with a knee brace and a bad attitude, bring me a muffin.\n\nGwen"),
        (P("Rafferty Lindqvist", "raff@runmail.example.com"), D("2026-12-01 06:55"), "Re: Update from the injured list (long, sorry)",
         "Gwen, so sorry! I did mine in 2023. The 3-month mark is when it started to feel normal. Listen to your PT about the return-to-run test, it's worth it. Muffins will be provided."),
        (P("Odessa Pellegrini", "odessa.p@inbox.example.net"), D("2026-12-01 12:30"), "Winter gear swap - Dec 12",
         "The annual winter gear swap is Saturday Dec 12, 10-12 at the community center. Bring clean running gear you don't use: tights, jackets, gloves, headlamps, traction devices. Anything left over goes to the shelter. Last year we had 200+ items!"),
        (P("Club Treasurer", "treasurer@riverrunners.example.org"), D("2026-12-02 18:00"), "2027 membership renewal",
         "It's that time! 2027 membership is $35 individual / $55 family, same as last year. Renew on the club site before Jan 31 to keep your race discounts. The club's insurance requires a signed waiver from every member each year, so please sign it when you renew. Thanks for a great year - we had 312 members, our biggest ever."),
        (P("Hollis Okafor", "hollis.okafor@runmail.example.com"), D("2026-12-03 21:45"), "Track Tuesdays moving indoors",
         "Starting Dec 8, Track Tuesdays move to the indoor track at the university field house (6:30 pm). $3 drop-in fee, parking in lot C. Workout this week: 6 x 800 at 5K pace with 400 jog recovery."),
    ]
    footer = "_______________________________________________\nRiverRunners mailing list\nriverrunners@%s\nhttps://lists.example.org/mailman/listinfo/riverrunners" % L
    return digest_mail("RiverRunners", "riverrunners@" + L, "48, Issue 12", D("2026-12-04 06:00"), p, footer)


@M("support-group-digest-member-insulin-pump-start", "phi",
    "borderline: diabetes support-group digest (meeting notes, recipes, events); one member writes under her name that she started an insulin pump and gives her A1c")
def _():
    L = "lists.t1connect.example.org"
    p = [
        (P("T1 Connect Moderators", "moderators@t1connect.example.org"), D("2026-12-01 08:00"), "December meetup notes + reminder about posting",
         "Thanks to the 23 people who came to the November meetup at the library! Notes: we talked about holiday eating strategies, the new pharmacy coverage rules for CGM sensors, and what to put in a school emergency kit. Next meetup is December 15, 6:30 pm, Room B.\n\nReminder: this is a peer support list, not medical advice. Please don't post other people's health details without their OK, and remember this list is archived."),
        (P("Florian Marchbanks", "florian.m@inbox.example.net"), D("2026-12-01 13:10"), "Low-carb gingerbread recipe",
         "For the holiday party: almond flour gingerbread, about 6 g carbs per cookie. 2 cups almond flour, 1/4 cup coconut flour, 1/3 cup allulose, 2 tsp ginger, 1 tsp cinnamon, 1/4 tsp cloves, 1/4 cup butter, 1 egg, 2 tbsp molasses (yes, a little real molasses). Chill the dough before rolling. Bake at 325 F for 10-12 minutes."),
        (P("Priya Hartigan", "priya.hartigan@mailbox.example.net"), D("2026-12-02 19:48"), "Pump start: 3 weeks in",
         "Hi all, Priya here (the one who kept asking questions about pumps at the October meetup). I finally started on the tubeless pump with the automated insulin delivery algorithm three weeks ago, paired with my CGM. The pump training was two sessions with the diabetes educator at Kestrel Point, and my endo set my basal at 0.8 units/hour to start. My time in range went from 52% to 71% in the first two weeks, and the overnight lows that were waking me up have basically stopped. My last A1c in October was 8.4, so I'm hoping the next one in January is under 7.\n\nThe not-so-good: I had one pod fail in the middle of a work meeting (loud beeping!) and one site that got irritated on my stomach. The arm sites work better for me. Happy to answer questions at the next meetup."),
        (P("Wendell Ashgrove", "wendell.a@runmail.example.com"), D("2026-12-03 07:22"), "Re: Pump start: 3 weeks in",
         "Congrats Priya! Arm sites work better for me too. Try the skin prep wipes for the irritation."),
        (P("Nasrin Drummond", "nasrin.d@inbox.example.net"), D("2026-12-03 15:40"), "Insulin cost assistance - new program info",
         "For anyone struggling with insulin costs: the three big manufacturers all have $35/month programs now, including for people with commercial insurance and high deductibles. The county also has a diabetes supply assistance fund for test strips and pen needles. I put the links on the group's resources page."),
        (P("Stellan Fairbrother", "stellan.f@mailbox.example.net"), D("2026-12-04 10:05"), "Volunteers for a walk table at the wellness fair?",
         "We've been offered a free table at the Winter Wellness Fair at the mall on January 9. Need 4 volunteers for 2-hour shifts to hand out info about the group. Reply to me if you can help."),
    ]
    footer = "--\nT1 Connect is a volunteer-run peer support group for adults with type 1 diabetes. Not medical advice.\nManage your subscription: https://lists.example.org/mailman/listinfo/t1connect"
    return digest_mail("T1Connect", "t1connect@" + L, "9, Issue 22", D("2026-12-04 06:00"), p, footer, mime=True)


@M("forum-notification-caregiver-mother-parkinsons-levodopa", "phi",
    "borderline: caregiver-forum notification e-mail quoting a new post in which a member names her mother with Parkinson's and her carbidopa-levodopa dosing and falls")
def _():
    fr = P("Northfield Caregivers Forum", "notifications@caregivers.example.org")
    u = P("Dalia Ferreira", "dalia.ferreira@inbox.example.net")
    text = dedent("""
        Hi Dalia,

        There are 3 new replies in a topic you follow, "Evening 'off' periods - anyone else?", and 2 new topics in Parkinson's Caregivers.

        -------------------------------------------------------
        NEW REPLY from Xiomara_B (Member since 2024)
        -------------------------------------------------------
        My mom, Consuelo Benavides, has the same thing - she's 78, diagnosed in 2019. Her neurologist at the movement disorders clinic just changed her carbidopa-levodopa from 25/100 three times a day to four times a day (7am, 11am, 3pm, 7pm) and added entacapone with each dose because she was wearing off around 5 pm and freezing in the kitchen doorway. She fell twice in October. We also moved her protein to dinner because it was blocking the afternoon dose. It's been two weeks and the evenings are better, but now she has more dyskinesia after the 11am dose. Her next appointment is January 6. Has anyone had the dyskinesia get better on its own?

        -------------------------------------------------------
        NEW REPLY from TomInOhio
        -------------------------------------------------------
        Keeping a log of dose times and "on/off" helped us a lot at appointments. There's a free template in the Resources section.

        -------------------------------------------------------
        NEW REPLY from Moderator_Jen
        -------------------------------------------------------
        Reminder to all: please avoid sharing full names of the people you care for. It's a public forum and posts are indexed by search engines. Xiomara, I can edit your post to remove your mom's name if you like.

        -------------------------------------------------------
        NEW TOPICS
        -------------------------------------------------------
        - "Respite care options over the holidays" (12 replies)
        - "Bathroom grab bars - which brand?" (4 replies)

        View the topic: https://caregivers.example.org/forum/t/evening-off-periods/8841
        Change your notification settings: https://caregivers.example.org/settings/notifications
        """)
    return mk(fr, u, "[Parkinson's Caregivers] 3 new replies: Evening 'off' periods - anyone else?", D("2026-12-02 22:10"),
              MP("alternative", [T(block_text(text, P("", "", disc="nonprofit")), cte="quoted-printable"),
                                 H(simple_html(text + "\n\n" + DISC["nonprofit"], "Forum notification"))]),
              extra=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://caregivers.example.org/unsubscribe/8841>")])


@M("german-mailingliste-digest-eigener-bandscheibenvorfall", "phi",
    "borderline: German photography-club digest; one member writes under his name about his own slipped disc, surgery and rehab - a self-disclosure on a list", lang="de")
def _():
    L = "listen.fotofreunde.example.de.test"
    p = [
        (P("Bernd Kowalczyk", "bernd.k@post.example.de.test"), D("2026-11-30 19:20", "cet"), "Ausstellung im Rathaus - Aufbau",
         "Hallo zusammen, der Aufbau der Jahresausstellung im Rathausfoyer ist am Samstag, 5.12., ab 10 Uhr. Wir brauchen noch vier Helfer zum Aufhängen. Die Rahmen liegen im Vereinsraum. Bitte bringt Wasserwaage und Akkuschrauber mit, falls vorhanden."),
        (P("Sabine Uhlmann", "sabine.uhlmann@post.example.de.test"), D("2026-12-01 08:05", "cet"), "Fototour Wintermorgen am Stausee",
         "Wer hat Lust auf eine Fototour zum Sonnenaufgang am Stausee? Treffpunkt Sonntag, 13.12., 7:15 Uhr am Parkplatz Nord. Stativ und warme Handschuhe nicht vergessen! Bei Regen fällt es aus."),
        (P("Klaus-Dieter Engstrom", "kd.engstrom@post.example.de.test"), D("2026-12-01 21:47", "cet"), "Warum ich so lange nicht da war",
         "Liebe Fotofreunde,\n\nviele haben gefragt, warum ich seit dem Sommer bei keinem Treffen war. Ich hatte im August einen Bandscheibenvorfall L4/L5 mit Lähmung im rechten Fuß und bin am 21. August in der Neurochirurgie in Auental operiert worden (Mikrodiskektomie). Danach war ich drei Wochen in der Reha in Bad Lindenau. Die Fußheberschwäche ist fast weg, ich mache noch zweimal pro Woche Krankengymnastik und darf nichts über 5 kg heben - also vorerst keine schwere Fototasche. Ich komme aber zur Ausstellung am Samstag, wenn auch nur zum Gucken!\n\nViele Grüße\nKlaus-Dieter"),
        (P("Marion Szabo", "marion.szabo@post.example.de.test"), D("2026-12-02 07:30", "cet"), "Re: Warum ich so lange nicht da war",
         "Gute Besserung, Klaus-Dieter! Schön, dass du wieder dabei bist. Ich trage dir die Tasche."),
        (P("Vorstand Fotofreunde", "vorstand@fotofreunde.example.de.test"), D("2026-12-03 12:00", "cet"), "Jahresbeitrag 2027 und Weihnachtsfeier",
         "Der Jahresbeitrag 2027 bleibt bei 48 Euro und wird im Januar per Lastschrift eingezogen. Die Weihnachtsfeier ist am 18.12. um 19 Uhr im Gasthaus Zur Linde. Anmeldung bitte bis 10.12. an den Vorstand. Wichteln: Wert bis 10 Euro, Thema Fotografie."),
    ]
    footer = "_______________________________________________\nFotofreunde Mailingliste\nfotofreunde@%s\nAbmelden: https://lists.example.org/mailman/listinfo/fotofreunde" % L
    return digest_mail("Fotofreunde", "fotofreunde@" + L, "21, Ausgabe 48", D("2026-12-04 05:00", "cet"), p, footer,
                       cs="iso-8859-1", cte="quoted-printable", hmode="Q", subj="Fotofreunde Sammelnachricht, Band 21, Eintrag 48")


@M("foundation-newsletter-patient-spotlight-heart-transplant", "phi",
    "borderline: long hospital-foundation donor newsletter (campaign totals, events); its 'patient spotlight' names 9-year-old Marisol Vega and her heart transplant, published with family consent")
def _():
    rng = rng_for("foundation-news")
    fnd = P("Kestrel Point Children's Foundation", "news@kpfoundation.example.org",
            sig=["Kestrel Point Children's Foundation", "1 Kestrel Way | 555-0178", "https://kpfoundation.example.org"])
    donors = P("Friends of Kestrel Point", "friends@lists.kpfoundation.example.org")
    camp = pipe_table(["Campaign", "Goal", "Raised", "% of goal"], [
        ["Pediatric Heart Center", "$12,000,000", "$9,840,000", "82%"],
        ["Child Life & Play", "$1,500,000", "$1,611,000", "107%"],
        ["NICU Family Rooms", "$3,000,000", "$1,920,000", "64%"],
        ["Mental Health for Kids", "$5,000,000", "$2,455,000", "49%"]])
    text = dedent("""
        THE KESTREL - Winter 2026 donor newsletter

        Dear friends,

        Thanks to you, 2026 has been a year of firsts at Kestrel Point Children's Hospital: the first pediatric heart transplant performed in our region, the first NICU family suites, and the first full year of our school-based mental health program. Here's a look at what your generosity made possible.

        CAMPAIGN PROGRESS

        %s

        PATIENT SPOTLIGHT: MARISOL'S NEW HEART
        Nine-year-old Marisol Vega loves horses, drawing and her little brother Mateo. Last winter, a virus damaged her heart muscle (myocarditis) so badly that she needed a ventricular assist device to stay alive while she waited for a new heart. She spent 112 days on our cardiac unit, where the child life team turned her room into a "stable" covered in horse drawings. On June 14, our surgeons performed the region's first pediatric heart transplant - Marisol's. Today she's back in fourth grade, takes her anti-rejection medicines twice a day, visits the transplant clinic every month for check-ups and biopsies, and has started riding lessons again (with a helmet and her cardiologist's permission). "Before, we would have had to move three states away for this," says her mom, Andrea. "Here, her grandparents could visit every day." Marisol and her family shared her story with us to thank the donor family who made it possible.

        EVENTS
        - Holiday Lights Gala: thank you to the 640 guests who helped raise $412,000!
        - Radiothon: December 10-11. Tune in to hear patient families and staff.
        - Spring 5K for Kids: April 18, 2027. Registration opens in January.

        WAYS TO GIVE
        Year-end gifts made by December 31 are tax-deductible for 2026. You can give online, by check, through a donor-advised fund, or with appreciated stock. Our planned giving team can help you include the Foundation in your estate plans.

        YOUR IMPACT IN NUMBERS (FY2026)
        - %d child life visits
        - %d families hosted in the NICU family suites
        - %d students reached by the school-based mental health program
        - 1,204 volunteers who gave 38,000 hours

        Thank you for standing with the children and families we serve.

        With gratitude,
        The Foundation team

        You're receiving this newsletter because you are a friend of Kestrel Point Children's Foundation. Unsubscribe: https://kpfoundation.example.org/unsubscribe
        """) % (camp, rng.randint(12000, 18000), rng.randint(200, 400), rng.randint(3000, 6000))
    return doc_mail(fnd, donors, "The Kestrel - Winter 2026: Marisol's new heart and your year of firsts", D("2026-12-01 10:00"),
                    block_text(text, fnd, sig=True), title="The Kestrel - Winter 2026", html_style="newsletter")

# ================================================================ assorted PHI, several long

@M("patient-result-short-under-stacked-disclaimers", "phi",
    "two lines telling a named patient her vitamin D is low with a dose to start, under three long boilerplate footers")
def _():
    dom = "cedarbendclinic.example.com"
    doc = person("Dr. Hesper Fenwick", "hfenwick@" + dom, None, "Cedar Bend Family Medicine", None, "555-0138", disc="hosp_long")
    pt = P("Maren Oyelaran", "maren.oyelaran@mailbox.example.net")
    body = dedent("""
        Hi Maren,

        Your vitamin D came back at 14 ng/mL (low; we like it above 30). Please start vitamin D3 2,000 IU daily with food, and we'll recheck with your physical in June. Everything else on the panel was normal.

        Dr. Fenwick

        ---------------------------------------------------------------
        PRIVACY: Cedar Bend Family Medicine is a member of Larkspur Valley Health. Our Notice of Privacy Practices describes how medical information about you may be used and disclosed and how you can get access to this information. You can read it at https://cedarbendclinic.example.com/privacy or ask for a paper copy at the front desk. E-mail is not a secure form of communication. By choosing to communicate with us by e-mail you accept the risks. Do not use e-mail for urgent matters or emergencies; call 911 or go to the nearest emergency department.
        ---------------------------------------------------------------
        You are receiving this e-mail because you asked to receive communications from your care team by e-mail. To change your communication preferences, log into the patient portal and select Settings > Communication. Cedar Bend Family Medicine, 88 Mill Road, Cedar Bend. Phone 555-0138.
        """)
    return mk(doc, pt, "Your recent lab result", D("2026-12-02 12:05"), T(block_text(body, doc, sig=False), cte="quoted-printable"))


@M("fax-to-email-ortho-referral-part2-boilerplate", "phi",
    "fax-server e-mail with OCR text and PDF of an orthopaedic referral (named patient, rotator cuff tear on MRI); the fax cover carries 42 CFR Part 2 boilerplate although the content is orthopaedic")
def _():
    fx = P("FaxServer", "faxserver@unitycommunityhealth.example.org")
    to = P("Orthopedics Referrals", "ortho-referrals@northgate-med.example.org")
    ocr = dedent("""
        UNITY COMMUNITY HEALTH - PRIMARY CARE / BEHAVIORAL HEALTH / DENTAL
        FAX COVER SHEET

        To: Northgate Orthopedics        Fax: 555-0180
        From: Unity Community Health, Referral Coordinator   Fax: 555-0179   Phone: 555-0181
        Date: 12/02/2026     Pages (including cover): 4
        RE: URGENT REFERRAL

        CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. This information may be protected by 42 CFR Part 2, which prohibits further disclosure without express written consent. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or action taken in reliance on the contents of these documents is strictly prohibited. If you have received this fax in error, please notify the sender immediately and destroy the documents.

        ----- page 2 -----
        REFERRAL FOR SPECIALTY CARE
        Patient: DELGADO, RAMON A.      DOB: 11/23/1971     Chart #: UCH-0088217
        Insurance: State Medicaid MCO - Bluewater Community Health Plan, ID BWC-771204583
        Referring provider: Thandiwe Okonjo, FNP
        Specialty: Orthopedic surgery - shoulder
        Reason: Full-thickness supraspinatus tear, right shoulder, on MRI 11/24/2026, after fall at work 10/30. Failed 4 weeks PT. Night pain, weakness with abduction. Right-hand dominant, works as a roofer.
        Urgency: within 2 weeks
        Attached: MRI report, PT notes.
        """)
    lines = ocr.split("\n")
    pdfb = pdf(lines + ["", "----- page 3 -----", "MRI RIGHT SHOULDER W/O CONTRAST 11/24/2026",
                        "IMPRESSION: 1. Full-thickness tear of the supraspinatus tendon, 1.4 cm AP, 1.1 cm retraction.",
                        "2. Moderate subacromial-subdeltoid bursitis. 3. Mild AC joint arthrosis."], title="Fax 4 pages")
    text = dedent("""
        You have received a fax.

        From: 555-0179 (UNITY COMM HEALTH)
        To: 555-0180
        Received: 12/02/2026 14:22
        Pages: 4
        Resolution: 200x200

        OCR text (automatic, may contain errors):

        """) + ocr
    return mk(fx, to, "Fax from 555-0179 (4 pages)", D("2026-12-02 14:23"),
              MP("mixed", [T(text, cte="quoted-printable"), A(pdfb, "application/pdf", "fax_20261202_142211_5550179.pdf")]))


@M("pdf-only-idt-minutes-one-client-line", "phi",
    "short cover e-mail; the attached PDF of home-health team minutes (mostly operations) has one line on a named client's wound vac and antibiotic")
def _():
    rng = rng_for("hh-idt-minutes")
    dom = "evergreenhomecare.example.com"
    dn = person("Odessa Trevithick", "otrevithick@" + dom, "RN", "Director of Clinical Services", "Evergreen Home Care", "555-0154")
    team = P("Evergreen Clinical Team", "clinical@" + dom)
    minutes = [
        "EVERGREEN HOME CARE - INTERDISCIPLINARY TEAM MEETING MINUTES", "Date: 12/01/2026   Time: 13:00-14:00   Location: main office + Teams", "",
        "Present: " + attendees(rng, 9, ["RN", "PT", "OT", "SLP", "MSW", "HHA"]), "",
        "1. Census and referrals",
        "   Active census %d. New referrals last week %d (acceptance rate %d%%). Top referral sources: St. Cuthbert, Kestrel Point." % (rng.randint(180, 240), rng.randint(25, 45), rng.randint(75, 92)),
        "2. OASIS and documentation",
        "   OASIS timeliness %d%%. Visit notes must be synced within 24 hours. Reminder about late-entry rules." % rng.randint(88, 98),
        "3. Quality measures",
        "   Improvement in ambulation %d%%; timely initiation of care %d%%; acute care hospitalization %d%%." % (rng.randint(70, 82), rng.randint(90, 98), rng.randint(11, 16)),
        "4. Winter weather plan",
        "   Field staff should check the weather line at 05:30. Priority 1 clients (insulin, wound vac, IV therapy) are seen first.",
        "5. Case review",
        "   - Ellery, Corwin (Tues/Fri SN): wound vac to sacral wound, changed 3x/week, continue IV ertapenem via PICC through 12/14;",
        "     ID follow-up 12/10. Caregiver teaching on alarms completed.",
        "   - Other case reviews deferred to next week.",
        "6. Staffing",
        "   Two RN positions open. Mileage reimbursement rate changes January 1.",
        "7. Education",
        "   Infection control annual competency due 12/31. Bag technique refresher video on the LMS.",
        "8. Next meeting 12/8/2026 13:00.",
    ]
    cover = dedent("""
        Team,

        Minutes from yesterday's IDT meeting are attached. Please review before next week's meeting and let me know of any corrections.

        Thank you,
        Odessa
        """)
    return mk(dn, team, "IDT minutes 12/1", D("2026-12-02 09:10"),
              MP("mixed", [T(block_text(cover, dn)), A(pdf(minutes, flate=True, title="IDT minutes"), "application/pdf", "IDT_minutes_2026-12-01.pdf")]))


@M("csv-mri-template-mostly-open-few-booked", "phi",
    "imaging scheduler sends a 240-row CSV of January MRI slots; nearly all 'OPEN', six rows carry named patients with exam and reason")
def _():
    rng = rng_for("mri-template")
    dom = "northgate-med.example.org"
    sch = person("Imaging Scheduling", "imaging-scheduling@" + dom, None, None, ["Northgate Regional Medical Center - Imaging Scheduling", "555-0182"], disc="clinic_short")
    mgr = P("Moorcroft, Perrin", "pmoorcroft@" + dom)
    rows = [["date", "start", "end", "scanner", "slot_type", "status", "patient", "exam", "reason"]]
    booked = {
        (5, "07:30", "MRI-1"): ("Stavros, Helena", "MRI brain w/wo contrast", "new seizures"),
        (6, "13:00", "MRI-2"): ("Okafor, Bertram", "MRI lumbar spine w/o", "L5 radiculopathy, failed PT"),
        (8, "09:30", "MRI-1"): ("Lindqvist, Yusra", "MRI breast bilateral w/wo", "high-risk screening"),
        (12, "15:00", "MRI-2"): ("Abernethy, Wendell", "MRI prostate multiparametric", "PSA 8.9"),
        (14, "08:00", "MRI-1"): ("Carrow, Fenna", "MRI knee right w/o", "suspected meniscal tear"),
        (19, "11:00", "MRI-2"): ("Ndiaye, Idris", "MRI cardiac w/wo", "cardiomyopathy evaluation"),
    }
    for day in range(4, 23):
        if _dt.date(2027, 1, day).weekday() >= 5:
            continue
        for sc in ("MRI-1", "MRI-2"):
            for hh in ("07:30", "08:00", "09:30", "11:00", "13:00", "15:00"):
                k = (day, hh, sc)
                h, m = int(hh[:2]), int(hh[3:])
                end = "%02d:%02d" % (h + 1, m)
                if k in booked:
                    p, e, r = booked[k]
                    rows.append(["2027-01-%02d" % day, hh, end, sc, "outpatient", "BOOKED", p, e, r])
                else:
                    rows.append(["2027-01-%02d" % day, hh, end, sc, rng.choice(["outpatient", "outpatient", "inpatient hold", "ED hold"]), "OPEN", "", "", ""])
    body = dedent("""
        Hi Perrin,

        Attached is the January MRI template (both scanners) with the blocks as we discussed. Most slots are still open; the six that are already booked were carried over from the December waitlist. Please check the inpatient/ED hold slots before I release them to central scheduling on Friday.

        Thanks,
        Imaging Scheduling
        """)
    return mk(sch, mgr, "January MRI template - review before Friday", D("2026-12-02 15:30"),
              MP("mixed", [T(block_text(body, sch)), A(csv_bytes(rows), "text/csv", "MRI_template_2027-01.csv")]))


@M("ics-family-care-conference-als-peg", "phi",
    "calendar invitation whose description names the patient with ALS and the feeding-tube and BiPAP decisions to discuss")
def _():
    dom = "stcuthbert.example.org"
    sw = person("Abigail Engstrom", "aengstrom@" + dom, "LCSW", "Palliative Care", "St. Cuthbert Regional Medical Center", "555-0183")
    att = [P("Dr. Idris Balogun", "ibalogun@" + dom), P("Corinne Valdivia", "cvaldivia@" + dom), P("Nutrition Services", "nutrition@" + dom)]
    desc = dedent("""
        Family care conference for Mr. Augustin Lachance (MRN 22611907), 6 Neuro room 618.

        Topics: progression of ALS (bulbar symptoms, weight loss 9 kg since August), decision about PEG tube placement, nighttime BiPAP tolerance, code status (currently full code), and discharge options (home with hospice vs. SNF).

        Attending: wife (Marie-Claude, health care proxy), daughter by phone. French interpreter requested.
        Please review the speech-language pathology swallow study from 11/30 before the meeting.
        """)
    start = D("2026-12-04 14:00")
    ical = ics("cc-lachance-20261204@stcuthbert.example.org", "Family care conference - 6 Neuro 618", start,
               start + _dt.timedelta(hours=1), sw, att, desc, location="6 Neuro family room")
    text = "You have been invited to: Family care conference - 6 Neuro 618\nFriday, December 4, 2026, 2:00 PM - 3:00 PM\n6 Neuro family room\n\n" + desc
    return mk(sw, att, "Invitation: Family care conference - 6 Neuro 618 @ Fri Dec 4, 2pm", D("2026-12-02 10:40"),
              MP("mixed", [MP("alternative", [T(text), Part("text/calendar", ical.decode("utf-8"), charset="utf-8", cte="7bit",
                                                             params=[("method", "REQUEST")])]),
                           A(ical, "application/ics", "invite.ics")]))


@M("vendor-ticket-thread-pasted-hl7-with-patient", "phi",
    "long EHR interface support thread full of stack traces and config; one customer reply pastes a live HL7 message with a patient's name, DOB and diagnosis")
def _():
    v = "meridale.example.com"
    cust = person("Priyanka Ellery", "pellery@oakhollowmed.example.org", None, "Integration Analyst", "Oak Hollow Medical Center - Interfaces Team", "555-0184", disc="hosp_long")
    sup = person("Meridale Support", "support@" + v, None, None, ["Meridale Clinical Systems - Customer Support", "Case portal: https://support.meridale.example.com"], disc="vendor")
    eng = person("Yusuf Brightwater", "ybrightwater@" + v, None, "Senior Integration Engineer", "Meridale Clinical Systems", None, disc="vendor")
    s = "Case 00872211 - ADT feed to Meridale Bed Board rejecting A08 with 'PV1-3 parse error'"
    trace = dedent("""
          2026-11-30 02:14:07.882 ERROR [hl7-listener-3] c.m.bb.inbound.AdtHandler - Failed to process message control id 88201744
          com.meridale.hl7.ParseException: PV1-3 component 4 exceeds max length (20)
              at com.meridale.hl7.segment.Pv1Parser.parseAssignedLocation(Pv1Parser.java:212)
              at com.meridale.hl7.segment.Pv1Parser.parse(Pv1Parser.java:88)
              at com.meridale.hl7.MessageParser.parseSegments(MessageParser.java:141)
              at com.meridale.bb.inbound.AdtHandler.handle(AdtHandler.java:57)
              at com.meridale.bb.inbound.Listener.lambda$run$0(Listener.java:103)
              at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)
              at java.base/java.lang.Thread.run(Thread.java:840)
          2026-11-30 02:14:07.883 WARN  [hl7-listener-3] c.m.bb.inbound.Listener - NAK sent (AE) for control id 88201744
        """)
    m1 = Msg(cust, [sup], D("2026-11-30 08:20"), s, dedent("""
        Hello,

        Since the facility renamed the observation unit last week, our ADT feed to Bed Board has been rejecting about 15%% of A08 messages with the error below. A01/A02/A03 are fine. Bed Board version 24.3.2, interface engine on our side is unchanged.

        %s

        Our location for the unit is now "5W FLEX OBSERVATION UNIT" in PV1-3.4 (facility). Is there a configuration setting for the length?

        Thanks,
        Priyanka
        """) % trace)
    m2 = Msg(sup, [cust], D("2026-11-30 10:02"), "RE: " + s, dedent("""
        Hello Priyanka,

        Thank you for contacting Meridale Support. Your case has been assigned to our integration team. To help us troubleshoot, please provide:

        1. The Bed Board server log for the time of one failure (attached as a file, please).
        2. Your location master mapping export (Admin > Locations > Export).
        3. A de-identified sample of a failing message. Please replace the patient name, identifiers and clinical data with test values before sending.

        Kind regards,
        Meridale Support
        """))
    m3 = Msg(cust, [sup], D("2026-11-30 13:45"), "RE: " + s, dedent("""
        Attached the log and location export. Here is a failing message from this morning:

        MSH|^~\\&|OHMC_ADT|OHMC|BEDBOARD|MERIDALE|20261130021407||ADT^A08^ADT_A01|88201744|P|2.5.1
        EVN|A08|20261130021400
        PID|1||40281177^^^OHMC^MR||PELLEGRINI^CONCETTA^M||19460912|F|||14 WILLOW RUN^^OAK HOLLOW^ST^00000||555-0185
        PV1|1|O|5W^512^01^5W FLEX OBSERVATION UNIT||||1093847^NDIAYE^EMEKA|||MED||||||||OBS|V77812093
        DG1|1||I50.33^Acute on chronic diastolic heart failure^I10|||A

        The PV1-3.4 value is 26 characters.

        Priyanka
        """))
    m4 = Msg(eng, [cust], D("2026-11-30 16:30"), "RE: " + s, dedent("""
        Hi Priyanka,

        Thanks. Bed Board limits PV1-3.4 to 20 characters in 24.3.x; this was raised to 60 in 24.4.0. Two options:

        a) Map the facility description to a short code in your interface engine (e.g., "5WFLEXOBS") and leave the long name in the location master for display.
        b) Upgrade to 24.4.0 (scheduled for your environment in February).

        Option (a) is a 5-minute change on your side. The messages that failed can be replayed from your engine's error queue after the change.

        Also, please note the sample you sent contains real patient information (name, DOB, address, diagnosis). Per your BAA we'll handle it as PHI, and I've asked support to restrict the case attachments. For the future, please scrub samples first.

        Yusuf
        """))
    m5 = Msg(cust, [eng], D("2026-12-01 09:05"), "RE: " + s, dedent("""
        Apologies about the sample - I grabbed it from the wrong queue. Mapping change is in; 214 messages replayed successfully. We can close the case.

        Priyanka
        """))
    return thread_mail([m1, m2, m3, m4, m5], attachments=[
        A(("\n".join([trace] * 6)).replace("\n", "\r\n").encode(), "text/plain", "bedboard-server-20261130.log", cte="base64"),
        A(csv_bytes([["code", "facility", "unit", "room", "bed", "description"]] +
                    [["5W-%d-%02d" % (r, b), "OHMC", "5W", str(r), "%02d" % b, "5W FLEX OBSERVATION UNIT"] for r in range(501, 513) for b in (1, 2)]),
          "text/csv", "location_master_5W.csv")])


@M("legal-hold-notice-named-plaintiff-delayed-sepsis", "phi",
    "long litigation-hold notice (preservation duties, data sources, FAQs); it names the plaintiff, the ED visit date and the alleged missed sepsis diagnosis")
def _():
    dom = "oakhollowmed.example.org"
    gc = person("Office of General Counsel", "legal@" + dom, None, None, ["Oak Hollow Medical Center - Office of General Counsel", "555-0186"], disc="law")
    to = P("Legal Hold Custodians", "legalhold-2026-17@" + dom)
    text = dedent("""
        PRIVILEGED AND CONFIDENTIAL - ATTORNEY-CLIENT COMMUNICATION
        LEGAL HOLD NOTICE - DO NOT DELETE

        Matter: Estate of Howard Pennington v. Oak Hollow Medical Center, et al.
        Legal Hold No.: LH-2026-17
        Date issued: December 1, 2026

        You are receiving this notice because you have been identified as a person who may have documents or information relevant to the above lawsuit. The lawsuit alleges that Mr. Howard Pennington, who was seen in our Emergency Department on March 14, 2026 (arrival 22:40) with fever, confusion and abdominal pain and was discharged with a diagnosis of viral gastroenteritis, had an undiagnosed perforated appendix with sepsis, and that he died at another hospital on March 16, 2026. The Medical Center denies the allegations and will defend the case vigorously. Nothing in this notice is an admission of any kind.

        WHAT YOU MUST DO
        Effective immediately, you must preserve all documents and electronically stored information (ESI) that relate in any way to:
        1. Mr. Pennington's ED visit on March 14-15, 2026, including triage, physician and nursing documentation, orders, results, discharge instructions, and any later review of the visit;
        2. ED staffing, scheduling and census on March 14-15, 2026;
        3. ED policies and procedures on sepsis screening, discharge criteria, and return precautions in effect from January 1, 2026 to the present;
        4. any communications with or about Mr. Pennington or his family, including complaints, patient relations files, and peer review referrals (peer review materials must be preserved but should not be forwarded; the Legal Department will collect them separately).

        "Documents" and "ESI" include e-mail (including deleted items and archives), text messages, messages in secure chat apps, voicemail, calendar entries, paper notes, spreadsheets, photographs, files on shared drives and personal devices, and data in the EHR and other systems.

        WHAT YOU MUST NOT DO
        - Do not delete, discard, alter or overwrite any of the materials described above, even if our ordinary retention schedules would permit it. This notice overrides all retention policies.
        - Do not discuss this lawsuit with anyone other than the Legal Department, your own attorney, or as directed by the Legal Department. Do not post about it on social media.
        - Do not create new documents about the case (for example, your recollections) unless the Legal Department asks you to; such documents should be addressed to counsel and marked privileged.
        - Do not access Mr. Pennington's medical record unless you have a legitimate work reason. Access is monitored.

        DATA SOURCES
        IT has suspended automatic deletion for the mailboxes, chat logs and home drives of all custodians on this hold. If you use a personal device or personal account for work communications, please contact the Legal Department so we can arrange preservation.

        DURATION
        This hold remains in effect until you receive written notice from the Legal Department that it has been released. The lawsuit may take several years.

        ACKNOWLEDGMENT
        Please acknowledge receipt by clicking "I acknowledge" in the legal hold portal link below within five business days: https://legalhold.oakhollowmed.example.org/ack/LH-2026-17

        FREQUENTLY ASKED QUESTIONS
        Q: I don't think I have anything relevant. Do I still need to acknowledge?
        A: Yes. Please acknowledge and tell us if you believe you were included in error.

        Q: I'm leaving the organization. What happens?
        A: Tell your manager and the Legal Department before your last day so your files can be preserved.

        Q: Can I keep using my e-mail normally?
        A: Yes. Just don't delete anything covered by the hold.

        Q: Am I in trouble?
        A: No. Being on a legal hold does not mean you did anything wrong. Holds are sent to everyone who might have relevant information.

        Thank you for your cooperation. Questions: contact the Office of General Counsel at 555-0186 or legal@oakhollowmed.example.org.
        """)
    return doc_mail(gc, to, "LEGAL HOLD NOTICE LH-2026-17 - PRIVILEGED - DO NOT DELETE", D("2026-12-01 11:00"),
                    block_text(text, gc), html_style="outlook", extra=[("Importance", "high"), ("X-Priority", "1")])


@M("appeal-thread-member-vs-plan-cgm-denial", "phi",
    "member-plan appeal thread with the quoted denial letter and appeal letter: Rosalind Szabo, member ID, CGM denied as not medically necessary, type 2 diabetes on insulin")
def _():
    plan = person("Bluewater Appeals & Grievances", "appeals@bluewaterhealth.example.com", None, None, ["Bluewater Community Health Plan - Appeals & Grievances", "Fax 555-0187 | Phone 1-555-0109"], disc="payer")
    mem = P("Rosalind Szabo", "rosalind.szabo@inbox.example.net", sig=["Rosalind Szabo", "Member ID BWC-550913276"])
    s = "Appeal - CGM denial - reference UM-26-1187340"
    denial = dedent("""
        NOTICE OF ADVERSE BENEFIT DETERMINATION

        Member: Rosalind Szabo    Member ID: BWC-550913276    Date of birth: 01/17/1962
        Requested service: Continuous glucose monitor (HCPCS E2103) and sensors (A4239), 90-day supply
        Requesting provider: Bettina Fairbrother, MD (Endocrinology)
        Reference: UM-26-1187340     Decision date: 11/12/2026

        Decision: DENIED.
        Reason: The request does not meet the plan's medical policy MP-DME-044 criteria. Per policy, a CGM is covered for members with diabetes who (1) use insulin three or more times per day or use an insulin pump, OR (2) have a history of problematic hypoglycemia. The records submitted show basal insulin once daily and no documented level 2 or level 3 hypoglycemia.

        Your rights: You may appeal within 180 days. You or your provider may request an expedited appeal if waiting could seriously jeopardize your health.
        """)
    m1 = Msg(mem, [plan], D("2026-11-20 21:30"), s, dedent("""
        To the Appeals Department,

        I am appealing the denial of my continuous glucose monitor (reference UM-26-1187340). The denial letter is copied below.

        The letter says I have no history of low blood sugar. That is not correct. I have type 2 diabetes and take insulin glargine 34 units at night plus glipizide. On October 3 I had a low of 41 while driving and had to pull over; my husband found me confused in the car and I was treated by EMS (Summit Valley EMS run number 26-10-0388). I had two more readings in the 50s in October on my fingerstick meter. My doctor reduced the glipizide after that, but the lows happen at night and I don't know when they happen. Dr. Fairbrother's office says the records from the EMS call were not sent with the request.

        I'm attaching the EMS record and my meter log. Please reconsider.

        ---- Denial letter ----
        %s
        """) % denial)
    m2 = Msg(plan, [mem], D("2026-11-23 09:00"), "RE: " + s, dedent("""
        Dear Ms. Szabo,

        We received your appeal on 11/21/2026. It has been assigned appeal number APL-26-0045512. A standard appeal decision will be made within 30 calendar days. If you have more information, you may send it by reply, by fax to 555-0187, or through the member portal.

        Please note that we also contacted Dr. Fairbrother's office to request the October records.
        """))
    m3 = Msg(plan, [mem], D("2026-12-02 14:10"), "RE: " + s, dedent("""
        Dear Ms. Szabo,

        Your appeal APL-26-0045512 has been decided. After review by a board-certified endocrinologist who was not involved in the initial decision, the denial has been OVERTURNED. The documentation of a level 3 hypoglycemic event on 10/03/2026 requiring EMS assistance meets criterion (2) of policy MP-DME-044.

        The CGM and sensors are approved for 12 months (authorization PA-26-0920118). Your provider's office and the DME supplier have been notified. A written decision letter will be mailed to you.
        """))
    m4 = Msg(mem, [plan], D("2026-12-02 18:45"), "RE: " + s, dedent("""
        Thank you so much. I will call the supplier tomorrow.

        Rosalind
        """), client="gm-en")
    return thread_mail([m1, m2, m3, m4])


@M("cruise-agent-thread-dialysis-chairs-ports", "phi",
    "long cruise-planning thread (cabins, excursions, dining, insurance); one part books haemodialysis chairs in ports for Bertram Okafor with his treatment schedule and nephrologist")
def _():
    ag = person("Sunny Whitcombe", "sunny@bluehorizontravel.example.com", None, "Senior Travel Advisor", "Blue Horizon Travel", "555-0188")
    cli = P("Bertram Okafor", "b.okafor@inbox.example.net", sig=["Bert"])
    dia = person("Holiday Dialysis Desk", "travel@dialysisatsea.example.com", None, None, ["Dialysis at Sea Travel Coordination", "555-0189"])
    s = "Caribbean cruise Feb 7-17 - cabins, excursions and dialysis arrangements"
    m1 = Msg(ag, [cli], D("2026-11-16 11:00"), s, dedent("""
        Hi Bert and Gloria,

        Great talking with you! Here's the summary of what we discussed for the 10-night Southern Caribbean sailing, February 7-17, 2027, round trip from the port:

        CABIN: Balcony stateroom 9142, midship, king bed, accessible bathroom with roll-in shower (as you requested for Gloria's scooter). Deposit of $1,200 paid 11/15; final payment due 11/24 ($6,846.20 remaining, including taxes and port fees).
        DINING: Late seating, table for 2. Anniversary cake on Feb 12.
        EXCURSIONS (to book 90 days out): Aruba - island tour by accessible van; Curacao - Willemstad walking tour (short route); Bonaire - glass-bottom boat.
        INSURANCE: I recommend the cancel-for-any-reason plan; quote $612 for both of you. Important: pre-existing conditions are covered only if the plan is purchased within 14 days of the deposit, so by 11/29.

        And as discussed, since the ship's medical center can't provide dialysis, I'll work with the dialysis travel coordinator to arrange your treatments on shore. I'll need your dialysis unit's contact information.

        Sunny
        """))
    m2 = Msg(cli, [ag], D("2026-11-16 19:40"), "RE: " + s, dedent("""
        Sunny, thanks! Yes to the insurance. My unit is Harmon Street Kidney Center, my nephrologist is Dr. Ulric Castellane, and the charge nurse there (Abena Osei-Tutu) said she can send my records. I do hemodialysis Monday, Wednesday, Friday, 4 hours each, through a fistula in my right arm. Dry weight is 82 kg. I'm also on the transplant list, so they need to be able to reach me.

        Bert
        """), client="gm-en")
    m3 = Msg(ag, [dia], D("2026-11-17 09:30"), "FW: " + s, dedent("""
        Hello Dialysis at Sea team,

        Requesting shore-side hemodialysis for my client Bertram Okafor (DOB 06/02/1954) on the February 7-17 Southern Caribbean sailing. He dialyzes M/W/F, 4 hours, right arm AV fistula, dry weight 82 kg; home unit Harmon Street Kidney Center (Dr. Ulric Castellane, 555-0125). Ship itinerary: Feb 8 at sea, Feb 9 Aruba, Feb 10 Curacao, Feb 11 Bonaire, Feb 12-13 at sea, Feb 14 Grenada, Feb 15 Barbados, Feb 16 at sea. He needs 4 treatments on the cruise (skipping Feb 8 at sea means he'll need a Saturday treatment on Feb 6 at home).

        Sunny
        """), fwd=True)
    m4 = Msg(dia, [ag], D("2026-11-20 15:12"), "RE: FW: " + s, dedent("""
        Hi Sunny,

        We can confirm chairs at our partner units:
        - Tue Feb 9, Aruba, 08:00-12:00 (pickup at pier 07:15)
        - Wed Feb 10, Curacao, 07:30-11:30
        - Sun Feb 14, Grenada, 09:00-13:00
        - Mon Feb 15, Barbados, 07:00-11:00

        We need from his home unit: last 3 treatment flowsheets, hepatitis B surface antigen and antibody and HCV results within 30 days of travel, recent labs, medication list, and a signed physician order. Cost is $650 per treatment; Medicare doesn't cover dialysis outside the US, so he should check his secondary insurance. Deposit of 50% due January 7.

        Best,
        Holiday Dialysis Desk
        """))
    m5 = Msg(ag, [cli], D("2026-11-20 16:05"), "RE: " + s, dedent("""
        Bert - good news, all four treatments are confirmed (see below). I've sent the list of records your unit needs. Final cruise payment is due Tuesday. I'll send the excursion options in December.

        Sunny
        """))
    return thread_mail([m1, m2, m3, m4, m5])


@M("school-504-plan-thread-type1-daughter", "phi",
    "long parent-school thread arranging a 504 plan for Zoe Marchetti with type 1 diabetes: insulin pump, CGM alerts, glucagon, field trips")
def _():
    sch = "maplecrest-schools.example.org"
    mom = P("Gianna Marchetti", "gianna.marchetti@inbox.example.net", sig=["Gianna Marchetti", "555-0190"])
    nurse = person("Holly Rosenquist", "hrosenquist@" + sch, "BSN, RN", "School Nurse, Maplecrest Middle School", None, "555-0191")
    coord = person("Dr. Tobias Eskildsen", "teskildsen@" + sch, None, "504 Coordinator / Assistant Principal", "Maplecrest Middle School", "555-0192")
    teach = person("Ms. Annika Ibarguen", "aibarguen@" + sch, None, "6th Grade Team Lead", None, None)
    s = "Zoe Marchetti (6th grade) - 504 plan meeting"
    m1 = Msg(mom, [coord, nurse], D("2026-11-18 20:05"), s, dedent("""
        Dr. Eskildsen and Nurse Rosenquist,

        As you know, Zoe was diagnosed with type 1 diabetes in August and started on an insulin pump with a continuous glucose monitor last month. Her endocrinologist at Kestrel Point recommends a 504 plan. I'd like to schedule a meeting before winter break. Attached is her Diabetes Medical Management Plan signed by her endocrinologist.

        Main things we need:
        - Permission to carry her phone (it's her CGM receiver and pump controller) at all times, including tests.
        - Snacks and water in class; bathroom breaks without asking.
        - Someone trained on glucagon in every setting, including the bus and PE.
        - Extra time or a retake if her blood sugar is out of range (below 70 or above 300) during a test.
        - Field trips: a trained adult on every trip.

        I can meet any afternoon after 3:30, or on my lunch break at 12:15.

        Thank you,
        Gianna
        """), client="gm-en")
    m2 = Msg(coord, [mom, nurse], D("2026-11-19 07:50"), "RE: " + s, dedent("""
        Mrs. Marchetti,

        Thank you for reaching out. We'd be glad to meet. How about Thursday, December 3, at 3:45 in the main office conference room? I'll invite Ms. Ibarguen (team lead), the PE teacher, and Nurse Rosenquist. If her endocrinology team wants to join by phone, that's welcome too.

        Please bring any questions; I'll send the draft plan ahead of time.
        """))
    m3 = Msg(nurse, [mom, coord], D("2026-11-19 12:30"), "RE: " + s, dedent("""
        Hi Mrs. Marchetti,

        I reviewed the DMMP. A few notes so we can prepare:
        - I'll train the 6th grade team, PE teacher, bus driver and front office staff on hypoglycemia recognition and nasal glucagon before the meeting.
        - Her CGM high/low alerts: the plan says she can follow her alerts on her phone and I can also get follower alerts on the health office iPad while she's at school. Please confirm you're OK with that.
        - Correction doses above 250: per the DMMP, she gives her own bolus through the pump; if her pump fails, the health office will use the backup insulin pen - please send in a pen and pen needles.
        - Her low box (juice, glucose tabs, crackers) should be in the health office, her backpack, and the PE office.

        See you on the 3rd.
        """))
    m4 = Msg(teach, [coord, nurse, mom], D("2026-11-20 15:10"), "RE: " + s, dedent("""
        Thanks for including me. The team is happy to help. One question for the meeting: for the science field trip to the nature center on January 14, we'll be on trails with spotty cell service. We'll want to plan how the adult with her checks her CGM if the phone loses signal.
        """))
    m5 = Msg(mom, [teach, coord, nurse], D("2026-11-20 21:40"), "RE: " + s, dedent("""
        Good question. The CGM talks to her phone by Bluetooth, so it works without cell service - only the follower alerts need the internet. The adult can just look at her phone. I can also go on that trip as a chaperone if that helps.

        See you all on December 3. Thank you for taking this so seriously - Zoe is nervous about being "the diabetes kid" and I really appreciate it.

        Gianna
        """), client="gm-en")
    return thread_mail([m1, m2, m3, m4, m5],
                       attachments=[A(pdf(["DIABETES MEDICAL MANAGEMENT PLAN (DMMP) - SCHOOL YEAR 2026-2027",
                                           "Student: Zoe Marchetti   DOB: 04/09/2015   Grade 6", "Diagnosis: Type 1 diabetes (08/2026)",
                                           "Insulin pump with automated delivery; CGM with smartphone receiver",
                                           "Target range 70-180 mg/dL. Treat lows < 70 with 15 g carbohydrate, recheck in 15 min.",
                                           "Severe hypoglycemia: nasal glucagon 3 mg, call 911, call parent.",
                                           "Signed: Kalani Moorcroft, MD, Pediatric Endocrinology, Kestrel Point"], title="DMMP"),
                                       "application/pdf", "Zoe_DMMP_2026-27.pdf")])


@M("wedding-planning-thread-mom-knee-replacement", "phi",
    "long wedding-planning thread (venue, caterer, florist, seating); one message says the bride's mother has a knee replacement on Jan 12 and will need a walker and accessible seating")
def _():
    br = P("Saoirse Dunleavy", "saoirse.dunleavy@inbox.example.net", sig=["S."])
    gr = P("Idris Castellane", "idris.c@runmail.example.com", sig=[])
    pl = person("Verity Hollis", "verity@hollisevents.example.com", None, "Lead Planner", "Hollis Events & Design", "555-0193")
    cat = person("Marco Jessop", "marco@thelarderco.example.com", None, "Events Manager", "The Larder Catering Co.", None)
    s = "Feb 20 wedding - final details checklist"
    m1 = Msg(pl, [br, gr], D("2026-11-25 10:15"), s, dedent("""
        Hi Saoirse and Idris!

        We're under three months out, so here's the big checklist. Please reply with answers or questions by December 5.

        VENUE (Thornfield Barn)
        - Ceremony at 4:00 pm in the glass room, reception in the main barn.
        - Guest count: currently 128 yes, 14 no, 22 pending. Final count due to the venue January 30.
        - Heating: the venue will run the radiant heaters; please tell guests to bring a wrap for photos outside.

        CATERING (The Larder) - tasting on January 9
        - Buffet vs family-style: you said family-style. Dietary needs so far: 9 vegetarian, 4 vegan, 3 gluten-free, 1 nut allergy (severe - we need the name and seat).
        - Late-night snack: grilled cheese bar?

        FLOWERS
        - Winter whites with eucalyptus. The florist needs final counts for boutonnieres and corsages.

        MUSIC
        - DJ confirmed. Send your do-not-play list and first dance song.

        LOGISTICS
        - Shuttle from the Riverside Inn: 2 runs at 3:00 and 3:20, return at 10:30 and 11:30.
        - Any guests with mobility needs? The barn has one step at the main door; the venue has a portable ramp.

        Verity
        """))
    m2 = Msg(br, [pl, gr], D("2026-11-26 22:10"), "RE: " + s, dedent("""
        Hi Verity! Answers:

        - Family-style, yes. The nut allergy is my cousin Declan (seat him at table 6 with his parents).
        - Grilled cheese bar YES.
        - Do-not-play list coming from Idris.
        - Mobility: yes, two. Idris's grandfather uses a wheelchair. And my mom is having a knee replacement on January 12 (right knee - she finally gave in after three years of cortisone shots), so at the wedding she'll be about 5 weeks post-op, probably on a walker or a cane, and she won't be able to stand for long. Her surgeon said she'll still be in physical therapy three times a week. Can we put her at a table close to the door with a chair that has arms, and a chair for her at the ceremony on the aisle? She's insisting on walking me down the aisle with my dad, so maybe we shorten the aisle walk?
        - Shuttle times work.

        Thank you!!
        """), client="gm-en")
    m3 = Msg(pl, [br, gr], D("2026-11-27 09:00"), "RE: " + s, dedent("""
        Absolutely. We'll use the portable ramp, reserve an aisle chair with arms in the first row for your mom, and start the processional from the side door so the walk is about 30 feet instead of 80. Table 1 is closest to the door. I'll also ask the venue for the golf cart to bring her from the parking lot.

        For Idris's grandfather, table 1 as well?
        """))
    m4 = Msg(gr, [pl, br], D("2026-11-27 12:40"), "RE: " + s, dedent("""
        Yes, table 1 for Grandpa too, thanks. Do-not-play list: anything by a certain Canadian boy band, the chicken dance, and "Shout" before 9 pm.
        """), client="gm-en")
    m5 = Msg(cat, [pl], D("2026-11-30 11:20"), "RE: " + s, dedent("""
        Verity - confirming tasting January 9 at 2:00 at our kitchen. Family-style for 128 with the dietary counts noted. For the severe nut allergy, we'll prepare table 6 separately and our kitchen is nut-free for this event. Grilled cheese bar at 9:30 pm. Contract amendment attached.

        Marco
        """))
    m6 = Msg(pl, [br, gr], D("2026-11-30 13:05"), "FW: " + s, dedent("""
        Forwarding Marco's confirmation below. We're in great shape! Next: florist counts and the final guest list by Jan 30.
        """), fwd=True)
    return thread_mail([m1, m2, m3, m4, m5, m6])


@M("alumni-class-notes-one-radiation-prostate", "phi",
    "borderline: alumni class-notes column (a community newsletter) with one note that classmate Jim Okonkwo finished radiation for prostate cancer - self-reported, but a named person with treatment")
def _():
    ed = P("Class of '82 Notes", "classnotes82@alumni.ashcombe.example.edu.test", sig=["Your class correspondent,", "Dorothea (Dot) Fenwick"])
    lst = P("Ashcombe Class of 1982", "class1982@alumni.ashcombe.example.edu.test")
    text = dedent("""
        ASHCOMBE UNIVERSITY - CLASS OF 1982 NOTES (Winter 2026)

        Greetings, classmates! Thank you for the flood of news after my plea in the fall issue. I've included everything I received by November 20.

        Let's start with the big one: our 45th reunion is June 4-6, 2027. The committee (Hal, Mireille, Joaquin and yours truly) has booked the old boathouse for Friday night and the quad tent for Saturday. A block of rooms is held at the Campus Inn until April 1. Start planning now!

        Mireille Drummond retired in June after 38 years teaching high school chemistry in Portland. Her former students threw her a party and presented her with a periodic table made of cupcakes. She's now volunteering at the science museum and taking pottery classes.

        Joaquin Halloran and his wife, Beth, welcomed their fifth grandchild, Rosie, in September. Joaquin says that with five grandchildren under seven, "retirement" is a misnomer.

        Hal Brightwater is still practicing law in Denver and has no intention of stopping. He ran his 20th marathon in October and reports that "the finish line gets farther away every year."

        Leontyne Ashgrove published her third mystery novel, "The Harbormaster's Daughter," set in a fictional version of our college town. Several of us may recognize the dean who is murdered in chapter two. She says any resemblance is coincidental. (It isn't.)

        Jim Okonkwo writes that he finished 28 sessions of radiation therapy in October for prostate cancer that was caught early on a routine PSA test, and his doctors at Kestrel Point are optimistic. He says the radiation techs "made it almost pleasant" and that he's back on the golf course, though his handicap is "no better, no worse." He urges all the men in our class to get screened. Jim, we're all rooting for you.

        Perrin and Nasrin Yarborough (both '82!) celebrated their 40th anniversary with a trip to Japan in April to see the cherry blossoms. They sent a beautiful photo from Kyoto that I wish I could print here.

        Corwin Stavros has moved from Chicago to a small town in Vermont, where he's restoring an 1840s farmhouse "one disaster at a time." He has chickens now. Visitors welcome, apparently, if you bring a hammer.

        Ghislaine Marchbanks was elected to the city council in her town in New Mexico. She ran on a platform of fixing the potholes and says she's made "measurable progress."

        Oswin Fairbrother and his husband, Rahul, sold their restaurant after 22 years and are sailing the East Coast in a 38-foot sloop. Last heard from, they were somewhere off the Carolinas.

        Isolde Kettleby is still at the State Department and has just started a posting in Lisbon. She says the pastries are a serious occupational hazard.

        Sadly, I must report the passing of our classmate Alder Winterbourne in August, after a long illness. Alder was the heart of the glee club and the instigator of the infamous 1981 Halloween prank. Donations in his memory may be made to the Ashcombe music scholarship fund.

        Finally, a reminder that the class scholarship fund is at $412,000, thanks to your generosity; it now supports two first-generation students a year.

        Keep the news coming - for the spring issue, deadline February 15.
        """)
    return doc_mail(ed, lst, "Class of '82 Notes - Winter 2026", D("2026-12-02 09:00"), block_text(text, ed), title="Class notes", html_style="newsletter")


@M("hospital-statement-html-er-ct-long-terms", "phi",
    "patient billing statement in HTML with a table of ER and CT charges for a named patient and account number, followed by long financial-assistance terms")
def _():
    bo = person("Patient Financial Services", "statements@" + LV, None, None, ["Larkspur Valley Health - Patient Financial Services", "555-0194, Mon-Fri 8-6"], disc="hosp_long")
    pt = P("Hamish Zielinski", "h.zielinski@mailbox.example.net")
    rows = [["10/22/2026", "99284", "Emergency department visit, level 4", "$1,842.00"],
            ["10/22/2026", "74177", "CT abdomen and pelvis with contrast", "$3,210.00"],
            ["10/22/2026", "Q9967", "Low osmolar contrast, per mL (100)", "$410.00"],
            ["10/22/2026", "80053", "Comprehensive metabolic panel", "$212.00"],
            ["10/22/2026", "85025", "Complete blood count with differential", "$98.00"],
            ["10/22/2026", "96374", "IV push, single drug (ondansetron)", "$286.00"],
            ["11/19/2026", "", "Insurance payment - Bluewater PPO", "-$3,611.45"],
            ["11/19/2026", "", "Contractual adjustment", "-$1,447.10"]]
    terms = dedent("""
        IMPORTANT INFORMATION ABOUT YOUR BILL

        Financial assistance: Larkspur Valley Health offers free or discounted care to patients who qualify under our Financial Assistance Policy. If your household income is at or below 250% of the Federal Poverty Guidelines, you may qualify for free care; between 251% and 400%, you may qualify for a discount. You may apply at any time, including after your bill has been sent to collections. A plain language summary, the policy, and the application are available at https://www.larkspurvalley.example.org/financial-assistance, at any registration desk, or by calling 555-0194. Translations are available in Spanish, Vietnamese, Arabic and Haitian Creole.

        Payment plans: We offer interest-free payment plans of up to 24 months for balances over $300.

        Insurance: If you have insurance that was not billed, please call us or update your information in the patient portal within 30 days.

        Itemized bill: You may request an itemized bill at any time at no cost.

        Price estimates: You have the right to a good faith estimate of expected charges for scheduled services if you are uninsured or not using insurance.

        Collections: Accounts that remain unpaid for 120 days after the first statement, with no payment arrangement or pending financial assistance application, may be referred to an outside collection agency. We do not report medical debt to credit bureaus.

        Questions about your bill: 555-0194. Pay online at https://pay.larkspurvalley.example.org.
        """)
    total = "$999.45"
    text = "STATEMENT\n\nPatient: HAMISH ZIELINSKI\nGuarantor: HAMISH ZIELINSKI\nAccount number: LV-HB-004417729\nStatement date: 12/01/2026\nAmount due: %s by 12/31/2026\n\n" % total
    text += pipe_table(["Date", "Code", "Description", "Amount"], rows) + "\n\nPatient responsibility: %s (applied to deductible)\n\n" % total + terms
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Statement</title>'
           '<style>body{font-family:Segoe UI,Arial,sans-serif;color:#1b1b1b}table.items{border-collapse:collapse;width:100%%}'
           'table.items td,table.items th{border-bottom:1px solid #ddd;padding:6px;font-size:13px;text-align:left}'
           '.due{background:#f4f7fb;padding:12px;border-left:4px solid #0b5cab}.terms{font-size:11px;color:#555}</style></head><body>\n'
           '<table width="640" align="center"><tr><td><h2 style="color:#0b5cab">Larkspur Valley Health</h2>'
           '<div class="due"><b>Amount due: %s</b> by 12/31/2026<br>Account LV-HB-004417729<br>Patient: Hamish Zielinski</div>\n'
           '<table class="items"><tr><th>Date</th><th>Code</th><th>Description</th><th>Amount</th></tr>\n' % total +
           "\n".join("<tr>" + "".join("<td>%s</td>" % esc(c) for c in r) + "</tr>" for r in rows) +
           '</table>\n<p>Patient responsibility: <b>%s</b> (applied to deductible)</p>\n'
           '<p><a href="https://pay.larkspurvalley.example.org">Pay now</a></p>\n<div class="terms">' % total +
           text_to_html(terms, None) + '</div></td></tr></table></body></html>\n')
    return mk(bo, pt, "Your Larkspur Valley Health statement is ready", D("2026-12-01 05:30"),
              MP("alternative", [T(block_text(text, bo)), H(htm)]))


@M("email-thread-thyroid-nurse-eight-messages", "phi",
    "eight-message e-mail exchange between a patient and her endocrinology nurse about TSH values and levothyroxine dose changes")
def _():
    dom = "valleyendo.example.com"
    rn = person("Linnea Abernethy", "labernethy@" + dom, "RN, CDCES", "Valley Endocrine Associates", None, "555-0195", disc="clinic_short")
    pt = P("Tamsin Kowalczyk", "tamsin.kowalczyk@inbox.example.net", sig=["Tamsin"])
    s = "TSH result and dose"
    ms = [
        Msg(rn, [pt], D("2026-11-02 09:10"), s, "Hi Tamsin,\n\nYour TSH from 10/29 is 7.8 (goal 0.5-2.5 for you since the thyroidectomy). Dr. Moorcroft would like to increase your levothyroxine from 100 mcg to 112 mcg daily. New prescription sent to your pharmacy. Recheck TSH in 6 weeks.", client="ol-en"),
        Msg(pt, [rn], D("2026-11-02 12:40"), "RE: " + s, "Thanks. Should I take the new dose starting tomorrow? And I still have 20 of the 100s.", client="gm-en"),
        Msg(rn, [pt], D("2026-11-02 14:02"), "RE: " + s, "Yes, start tomorrow. You can use up the 100s by taking one 100 plus... actually the simplest is to save the 100s in case we go back down. Take the 112 every morning on an empty stomach, 30-60 minutes before breakfast and 4 hours apart from your calcium and iron.", client="ol-en"),
        Msg(pt, [rn], D("2026-11-20 21:15"), "RE: " + s, "Hi, I've been having palpitations at night for the last 3 days and I feel jittery. Could it be the new dose? I'm also having trouble sleeping.", client="gm-en"),
        Msg(rn, [pt], D("2026-11-21 08:30"), "RE: " + s, "It could be. Dr. Moorcroft would like a TSH and free T4 this week instead of waiting. If the palpitations come with chest pain, shortness of breath or fainting, go to the ER. Are you taking anything else new (decongestants, caffeine, supplements)?", client="ol-en"),
        Msg(pt, [rn], D("2026-11-21 10:05"), "RE: " + s, "I started a 'thyroid support' supplement my friend recommended two weeks ago. It has kelp and something called thyroid glandular. I'll stop it. I can do labs Monday.", client="gm-en"),
        Msg(rn, [pt], D("2026-11-25 16:20"), "RE: " + s, "Thanks for telling us - those glandular supplements can contain actual thyroid hormone. Your labs Monday: TSH 0.09 (low), free T4 2.1 (high). Dr. Moorcroft says stop the supplement completely, stay on 112 mcg, and recheck in 4 weeks. The palpitations should settle within a week or two. Let us know if they don't.", client="ol-en"),
        Msg(pt, [rn], D("2026-12-03 19:45"), "RE: " + s, "Update: supplement is in the trash, palpitations are gone and I'm sleeping again. Lab order for late December is in the portal? Thank you for catching that.", client="gm-en"),
    ]
    return thread_mail(ms)


@M("trial-site-newsletter-sae-followup-subject-dob", "phi",
    "long sponsor newsletter to investigator sites (enrolment league table, amendment, tips); one SAE reminder gives subject 104-0032 with date of birth, hospitalisation for pancreatitis")
def _():
    rng = rng_for("migralux-site-news")
    sp = person("MIGRALUX-302 Study Team", "migralux302@corvane.example.com", None, None, ["Corvane Therapeutics - Clinical Operations"], disc="pharma")
    sites = P("MIGRALUX-302 Investigators", "migralux302-sites@lists.corvane.example.com")
    league = pipe_table(["Site", "Country", "Screened", "Randomized", "Screen-fail %"],
                        [["%03d" % n, c, str(a), str(b), "%d%%" % int(100 * (a - b) / a)]
                         for n, c in [(101, "US"), (102, "US"), (103, "US"), (104, "US"), (105, "US"), (201, "CA"), (202, "CA"),
                                      (301, "DE"), (302, "DE"), (401, "ES"), (402, "ES"), (501, "PL"), (502, "PL"), (601, "AU")]
                         for a in [rng.randint(12, 60)] for b in [max(1, a - rng.randint(3, 20))]])
    text = dedent("""
        MIGRALUX-302 SITE NEWSLETTER - Issue 9, December 2026

        A Phase 3, randomized, double-blind, placebo-controlled study of MIGRALUX (investigational) for the preventive treatment of chronic migraine

        Dear Investigators and Study Coordinators,

        Thank you for another strong month. We have now randomized %d of 720 participants (target completion of enrollment: April 2027).

        ENROLLMENT BY SITE

        %s

        Congratulations to sites 103 and 401 for the highest randomization numbers this month!

        PROTOCOL AMENDMENT 3
        Amendment 3 has been approved by the central IRB and most national competent authorities. Key changes: (1) the eDiary compliance threshold for randomization is lowered from 80%% to 75%%; (2) participants on stable doses of a CGRP monoclonal antibody for at least 6 months are now excluded rather than requiring a washout; (3) an optional pharmacogenomic sub-study has been added (separate consent). Please do not implement until you receive your site activation letter for Amendment 3.

        DATA QUALITY TIPS
        - Headache diary: remind participants to complete the diary by 23:59 every day; late entries are not accepted.
        - Concomitant medications: record acute migraine medications with the number of days used, not number of doses.
        - Query aging: the median time to answer queries is 6.2 days. Please aim for under 5.

        SAFETY REMINDERS
        - SAEs must be reported in the EDC within 24 hours of site awareness.
        - Outstanding follow-up: Site 104 - Subject 104-0032 (DOB 1958-07-19, F), SAE "acute pancreatitis" with hospitalization from 11/02/2026; the initial report was received on 11/03. We still need the discharge summary, lipase trend, and the investigator's causality assessment. The abdominal CT report from 11/02 has been received. Please update the SAE form by December 9.
        - Hepatic monitoring: any ALT or AST > 3x ULN requires repeat testing within 72 hours.

        SUPPLIES
        IP shipments for January will be sent the week of December 14 because of the holidays. Check your IRT inventory and request resupply by December 8. Temperature excursions must be reported within 1 business day.

        UPCOMING
        - Investigator meeting (virtual): January 20, 2027, 16:00 CET / 10:00 ET.
        - Monitoring visits resume January 5.

        HAPPY HOLIDAYS from the whole MIGRALUX-302 team!
        """) % (rng.randint(480, 560), league)
    return doc_mail(sp, sites, "MIGRALUX-302 Site Newsletter - Issue 9 (December 2026)", D("2026-12-02 15:00"), block_text(text, sp))


@M("him-duplicate-record-merge-thread-lupus", "phi",
    "health-information-management thread on a duplicate medical record: two MRNs for Adaeze Okonjo with DOB; one message notes her lupus diagnosis and hydroxychloroquine on the older record")
def _():
    dom = "northgate-med.example.org"
    him = person("Tamsin Drummond", "tdrummond@" + dom, "RHIT", "Data Integrity Specialist, HIM", "Northgate Regional Medical Center", "555-0196")
    reg = person("Quilla Stavros", "qstavros@" + dom, None, "Patient Access Supervisor", None, None)
    rn = person("Bram Hartigan", "bhartigan@" + dom, "RN", "Rheumatology Clinic", None, None)
    s = "Possible duplicate - MRN 10293847 / MRN 10923847 - OKONJO, ADAEZE"
    ms = [
        Msg(him, [reg], D("2026-11-30 09:05"), s, dedent("""
            Quilla,

            The EMPI flagged a likely duplicate created at the Ashford registration desk on 11/27:

            MRN 10293847 - OKONJO, ADAEZE N - DOB 01/05/1984 - F - last visit 11/27/2026 (lab)
            MRN 10923847 - OKONJO, ADAEZE - DOB 01/05/1984 - F - created 2019, last visit 09/2026

            Same address and phone; SSN is blank on the new record. Can you check with the registrar whether the patient was searched by DOB? This is our third duplicate from Ashford this month.
            """)),
        Msg(reg, [him], D("2026-11-30 11:30"), "RE: " + s, dedent("""
            Confirmed: the registrar searched by last name with a typo (OKONJA) and created a new record. I've coached the registrar and sent a reminder to the team about searching by DOB first. OK to merge.
            """)),
        Msg(rn, [him], D("2026-11-30 14:15"), "RE: " + s, dedent("""
            Hi Tamsin, the lab results from 11/27 are for our clinic. When you merge, please make sure the older record (10923847) stays as the surviving MRN - that's where her lupus diagnosis, the hydroxychloroquine and the annual eye exam reminders live. Her 11/27 CBC and urine protein landed in the new record and Dr. Balogun couldn't see them when he reviewed her for the nephritis follow-up.
            """)),
        Msg(him, [rn, reg], D("2026-11-30 15:40"), "RE: " + s, dedent("""
            Merged at 15:32. Surviving MRN 10923847. The 11/27 lab results and the encounter have moved to it. Please verify in the chart and let me know if anything is missing.
            """)),
    ]
    return thread_mail(ms)


@M("subject-only-changed-mid-thread-echo-read", "phi",
    "long thread about conference-room AV; a later reply changes the Subject to a patient's name and 'echo read?', and the body itself says nothing clinical")
def _():
    dom = "kestrelpoint.example.org"
    a = person("Dr. Leontyne Marchbanks", "lmarchbanks@" + dom, None, "Cardiology", None, None)
    b = person("Dr. Nilo Prendergast", "nprendergast@" + dom, None, "Cardiology - Echo Lab", None, None)
    c = person("AV Services", "avrequests@" + dom, None, None, "Kestrel Point Facilities - Audio Visual", None)
    s = "AV in cardiology conference room 2"
    ms = [
        Msg(a, [c], D("2026-12-01 08:00"), s, "Hi AV team, the ceiling projector in cardiology conference room 2 flickers and then goes black after about 10 minutes. The HDMI cable at the table is also loose. We have echo conference there every morning at 7:30. Could someone take a look?"),
        Msg(c, [a], D("2026-12-01 09:20"), "RE: " + s, "Thanks, Dr. Marchbanks. We'll come by at 11:00 today. The projector lamp is past its rated life; we'll replace it and the table HDMI plate."),
        Msg(c, [a, b], D("2026-12-01 12:10"), "RE: " + s, "Lamp and HDMI plate replaced. We also updated the wireless presentation box firmware. Please let us know if the flicker returns."),
        Msg(b, [a, c], D("2026-12-02 07:55"), "RE: " + s, "Worked perfectly this morning. Thank you!"),
        Msg(a, [b], D("2026-12-02 10:41"), "RE: FW: Kessler, Amos - echo read? (was: AV in cardiology conference room 2)",
            "Nilo - can you take a look when you have a sec? I'd like to call him this afternoon. Thanks.", sig=False),
    ]
    return thread_mail(ms)


@M("scan-to-email-filename-only-nephrology-consult", "phi",
    "scanner e-mail whose attachment file name carries a patient's name, DOB and 'consult nephrology'; the body and the image-only PDF say nothing")
def _():
    sc = P("Scan to Email - 2nd Floor MFP", "mfp-2f@brooksideim.example.com")
    to = P("Medical Records", "records@brooksideim.example.com")
    body = dedent("""
        Scanned document from: BROOKSIDE-MFP-2F (Model LX-7420)
        Pages: 3
        Resolution: 300 dpi
        File format: PDF (image)

        This e-mail was sent automatically by the multifunction printer. Do not reply.
        """)
    pdfb = pdf(["[image: page 1]", "", "", "[image: page 2]", "", "", "[image: page 3]"], title="Scan")
    return mk(sc, to, "Scanned document", D("2026-12-03 13:02"),
              MP("mixed", [T(body), A(pdfb, "application/pdf", "Ferreira_Jose_DOB1961-04-02_consult_nephrology.pdf")]))


@M("home-care-agency-memo-one-client-hoyer-lift", "phi",
    "home-care agency's long memo to aides (schedules, mileage, PPE, holiday pay); one line says client Eunice Trevithick now needs a two-person Hoyer transfer since her hip fracture")
def _():
    dom = "heartlandhomeaides.example.com"
    sup = person("Carmen Oyelaran", "coyelaran@" + dom, None, "Scheduling Supervisor", "Heartland Home Aides", "555-0197")
    aides = P("Heartland Aides - North Team", "north-team@" + dom)
    text = dedent("""
        Hello North Team,

        Here is this week's memo. Please read all of it - there are schedule changes.

        SCHEDULES
        - The new app update (version 5.2) is live. Clock in and out only when you are at the client's home; the app checks your location. If the app won't let you clock in, call the office at 555-0197 right away, don't wait until the end of the day.
        - Holiday week: visits on 12/24 and 12/25 are paid at time and a half. We still have 11 visits uncovered on Christmas Day. If you can pick up, tell Carmen by Friday.
        - Mileage: submit mileage in the app within 7 days. The rate is $0.62 per mile and changes January 1.

        CLIENT UPDATES
        - New client starting Monday in Larchmont: morning visits, companion and meal prep only. Profile is in the app.
        - Mrs. Eunice Trevithick (Tues/Thu mornings) is home from the hospital and rehab after her hip fracture and surgery. She now needs a two-person transfer with the Hoyer lift, which was delivered Monday. Kalani and Ines will be paired for her visits. Do NOT transfer her alone. The physical therapist will do a lift training at her home on Thursday 12/3 at 9:30 for both aides.
        - Client in Pinecrest on hold until further notice (family visiting).

        SAFETY AND PPE
        - Gloves, masks and hand sanitizer are available at the office Monday-Friday 8-4. Please pick up a supply before the holidays.
        - Ice season: wear shoes with grip and use the salt buckets we gave out. Report any falls (yours or a client's) immediately.
        - Flu shots: free at the office on 12/7 from 10-2.

        TRAINING
        Annual in-service hours (12 hours) are due by December 31. Most of you have 2-4 hours left. The online modules on dementia care and infection control count.

        PAYROLL
        Paychecks for the period ending 12/19 will be deposited on 12/23 because of the holiday.

        THANK YOU
        A family wrote to thank Yusra for the "kindness and patience" she showed their father during his last months. Thank you, Yusra - and thank you all for the work you do.

        Carmen
        """)
    return doc_mail(sup, aides, "North Team weekly memo - week of 11/30", D("2026-11-30 07:30"), block_text(text, sup), html=False)


@M("volunteer-newsletter-therapy-dog-hospice-room", "phi",
    "hospital volunteer newsletter (shifts, training, gift shop, recognition); one story names a hospice house resident and her room for the therapy-dog visits she asked for")
def _():
    vs = person("Volunteer Services", "volunteers@" + LV, None, None, ["Larkspur Valley Health - Volunteer Services", "555-0198"])
    vols = P("LVH Volunteers", "volunteers-list@" + LV)
    text = dedent("""
        VOLUNTEER VOICE - December 2026

        Dear volunteers,

        What a year! Our 612 volunteers gave 41,300 hours of service in 2026. Thank you!

        HOLIDAY SHIFTS
        We still need volunteers for the information desks on December 24, 26 and 31 and for the gift shop on December 23. Sign up in the volunteer portal. Holiday shift volunteers get a free meal in the cafeteria.

        ANNUAL REQUIREMENTS
        Your annual flu shot (or declination) and the online compliance modules (privacy, infection prevention, fire safety) are due December 31. Volunteers who don't complete them will be placed on inactive status until they do.

        PAWS FOR HEALING
        Our pet therapy program now has 14 certified dog-and-handler teams. A special thank-you to Biscuit, a nine-year-old golden retriever, and his handler, Tom. At the Larkspur Hospice House, resident Mrs. Ilona Varga in room 3 told the staff that what she missed most was her own dog, so Biscuit has been visiting her every Tuesday and Friday. The hospice team says those are her best days; she has asked that Biscuit sit on the bed "where my Bella used to sleep." Teams interested in hospice visits need additional training; the next session is January 12.

        GIFT SHOP
        The gift shop raised $38,000 for the Auxiliary this year. New this month: locally made ornaments and the hospital's 75th anniversary mugs.

        RECOGNITION
        - 25 years: Eulalia Jaramillo (information desk) and Gideon Achterberg (surgery waiting room)
        - 10 years: Fenna Castellane, Hollis Pellegrini, Dashiell Okonjo
        - New this year: 88 volunteers, including 31 students from the pre-health program

        SAVE THE DATE
        Volunteer appreciation luncheon: April 22, 2027, in the Pavilion atrium.

        Thank you for all you do!
        Volunteer Services
        """)
    return doc_mail(vs, vols, "Volunteer Voice - December 2026", D("2026-12-01 13:00"), block_text(text, vs), title="Volunteer Voice", html_style="newsletter")


@M("jury-duty-excuse-forwarded-doctor-note-vertigo", "phi",
    "employee asks HR for a letter and forwards his doctor's note to the court: Hamish Drummond under treatment for vestibular neuritis with vertigo")
def _():
    emp = person("Hamish Drummond", "hdrummond@granitelogistics.example.com", None, "Route Planner", "Granite Ridge Logistics", None, disc="corp")
    hr = person("HR Service Center", "hr@granitelogistics.example.com", None, None, "Granite Ridge Logistics", None)
    ct = P("Jury Administration", "jury@courts.tillmancounty.example.gov.test")
    note = dedent("""
        ---------- Forwarded message ---------
        From: Larchmont Ear, Nose & Throat <noreply@larchmontent.example.com>
        Date: Mon, Nov 30, 2026 at 4:12 PM
        Subject: Work/school note
        To: Hamish Drummond <hamish.drummond@inbox.example.net>

        To whom it may concern,

        Hamish Drummond (DOB 08/21/1979) is under my care for acute vestibular neuritis with severe vertigo, diagnosed on 11/24/2026. He is being treated with a short course of prednisone and vestibular rehabilitation therapy. He is unable to drive and should not sit for prolonged periods in unfamiliar environments through 12/31/2026. Please excuse him from jury service during this period.

        Sincerely,
        Celestine Marchbanks, MD
        Larchmont Ear, Nose & Throat
        555-0199
        """)
    body = dedent("""
        Hello,

        I've been summoned for jury duty starting December 7 (juror number 4471). My doctor wrote the note below asking that I be excused through the end of December because of my vertigo. Could the court please confirm whether this is enough, or whether I need to fill out a separate form?

        HR - copying you so you know I may be out, and because the court's form asks for a letter from my employer confirming my position. Can you send one?

        Thank you,
        Hamish

        """) + note
    return mk(emp, [ct], "Juror 4471 - request to be excused (medical) - Hamish Drummond", D("2026-12-01 08:45"),
              T(block_text(body, emp, sig=False)), cc=[hr])


@M("gym-membership-freeze-knee-arthroscopy-terms", "phi",
    "gym membership-freeze thread (with the long membership terms quoted); the member says his knee arthroscopy is on 12/10 and attaches his surgeon's note")
def _():
    gym = person("Member Services", "members@ironworksfitness.example.com", None, None, ["IronWorks Fitness - Member Services", "555-0111"])
    mem = P("Gideon Rosenquist", "gideon.rosenquist@inbox.example.net", sig=["Gideon"])
    s = "Membership freeze request - member #IW-208841"
    terms = dedent("""
        MEMBERSHIP FREEZE POLICY (excerpt from your membership agreement, section 7)
        7.1 Members in good standing may freeze their membership for 1 to 3 months per calendar year. A freeze fee of $10 per month applies.
        7.2 Medical freezes of up to 6 months are available at no charge with a note from a licensed health care provider stating that the member is unable to exercise. The note must include the expected duration.
        7.3 Freeze requests must be submitted at least 10 days before the next billing date. Billing dates are the 1st and 15th.
        7.4 During a freeze, the member may not use any club facilities, including classes, pools and the child center.
        7.5 Prepaid (annual) memberships are extended by the length of the freeze.
        7.6 Freezes cannot be applied retroactively.
        7.7 IronWorks may verify medical documentation. Documentation is used only to process the freeze and is kept confidential.
        8. CANCELLATION
        8.1 Month-to-month memberships may be cancelled with 30 days' written notice. 8.2 Annual memberships may be cancelled only for relocation more than 25 miles from any IronWorks club, for permanent disability, or as required by state law. 8.3 An enhancement fee of $49 is billed each March and is non-refundable.
        """)
    ms = [
        Msg(mem, [gym], D("2026-11-28 10:20"), s, "Hi, I'd like to freeze my membership. I'm having knee surgery (arthroscopy for a torn meniscus, right knee) on December 10 and my surgeon says no gym for at least 8 weeks, then PT. What do you need from me?", client="gm-en"),
        Msg(gym, [mem], D("2026-11-29 09:00"), "RE: " + s, "Hi Gideon, sorry to hear about your knee! You qualify for a medical freeze at no charge. Please send a note from your provider with the expected duration. Our policy is below for reference.\n\n" + terms),
        Msg(mem, [gym], D("2026-11-30 18:02"), "RE: " + s, "Here's the note from Dr. Winterbourne's office (attached). He wrote 3 months to be safe. Please start the freeze December 1.", client="gm-en"),
        Msg(gym, [mem], D("2026-12-01 10:15"), "RE: " + s, "Thank you. Your medical freeze is active from 12/1/2026 through 3/1/2027. No charges will be billed during this time. Your membership will resume automatically on 3/1. Good luck with your surgery!"),
    ]
    note = pdf(["ORTHOPAEDIC & SPORTS MEDICINE ASSOCIATES", "", "11/30/2026", "", "Re: Gideon Rosenquist, DOB 02/14/1988", "",
                "Mr. Rosenquist is scheduled for right knee arthroscopy with partial medial meniscectomy on 12/10/2026.",
                "He should not participate in gym exercise for 3 months (through 03/01/2027).", "",
                "Ulric Winterbourne, MD"], title="Work note")
    return thread_mail(ms, attachments=[A(note, "application/pdf", "note_for_gym.pdf")])

# ================================================================ PHI in other languages

@M("thread-italian-reply-fisioterapia-spalla", "phi",
    "English HR/occupational-health thread about an employee's return to work; the Italian physiotherapy clinic replies in Italian with his shoulder-dislocation rehab plan", lang="it")
def _():
    oh = person("Fenna Lachance", "flachance@stellarisengineering.example.com", None, "Occupational Health Advisor", "Stellaris Engineering Ltd - Milan office", "+39 02 555 0112", disc="corp")
    fis = person("Dott.ssa Chiara Bellini", "c.bellini@fisiovalpiana.example.it.test", None, "Fisioterapista",
                 ["Centro Fisioterapico Valpiana", "Via dei Mille 14, Milano", "Tel. 02 555 0113"], disc="it")
    mgr = person("James Ashgrove", "jashgrove@stellarisengineering.example.com", None, "Engineering Manager", None, None, disc="corp")
    s = "Return to work plan - Luca Ferrante (site engineer)"
    ms = [
        Msg(mgr, [oh], D("2026-11-23 10:00", "cet"), s, dedent("""
            Hi Fenna,

            Luca Ferrante from my team dislocated his right shoulder playing football three weeks ago. He's keen to come back, but his role involves climbing ladders on site. What do we need from his clinicians before he can return, and can he do office-based work in the meantime?

            James
            """)),
        Msg(oh, [mgr], D("2026-11-23 14:30", "cet"), "RE: " + s, dedent("""
            Hi James,

            Office work is fine as long as he's comfortable and his clinicians agree. For site work we need a fitness-for-work statement covering ladder use, overhead work and lifting. With his consent, I'll contact his physiotherapist directly. I'll copy you only on the practical restrictions, not the medical details.

            Fenna
            """)),
        Msg(oh, [fis], D("2026-11-24 09:15", "cet"), "RE: " + s, dedent("""
            Dear Dr. Bellini,

            I am the occupational health advisor for Stellaris Engineering. Mr. Luca Ferrante has given written consent (attached) for us to ask about his fitness for work. His role includes climbing ladders and occasional overhead work with tools up to 8 kg. Could you tell us the expected timeline and any restrictions? I'm happy to receive your reply in Italian.

            Kind regards,
            Fenna Lachance
            """)),
        Msg(fis, [oh], D("2026-11-26 18:40", "cet"), "R: " + s, dedent("""
            Gentile Sig.ra Lachance,

            grazie per la Sua e-mail e per il consenso del paziente. Rispondo in italiano come da Sua gentile proposta.

            Il Sig. Luca Ferrante (nato il 12/03/1991) è in trattamento presso il nostro centro dal 10 novembre per esiti di lussazione anteriore della spalla destra (prima lussazione, ridotta in Pronto Soccorso il 2 novembre, RM senza lesione di Bankart significativa secondo il referto dell'ortopedico, Dr. Moretti). Ha portato il tutore per tre settimane. Attualmente esegue fisioterapia due volte alla settimana: recupero dell'articolarità, rinforzo della cuffia dei rotatori e degli stabilizzatori della scapola, esercizi propriocettivi.

            Tempistiche previste:
            - lavoro d'ufficio: già possibile;
            - sollevamento di carichi fino a 5 kg sotto la spalla: da metà dicembre;
            - lavoro sopra la testa e uso di scale: non prima di 10-12 settimane dall'infortunio (quindi verso la fine di gennaio), dopo una rivalutazione con test di forza e stabilità.

            Il rischio di recidiva nei pazienti giovani è elevato, per cui consiglio prudenza con le scale. Il prossimo controllo ortopedico è fissato per il 7 gennaio.

            Cordiali saluti,
            Chiara Bellini
            """), client="ol-it"),
        Msg(oh, [mgr], D("2026-11-27 08:30", "cet"), "FW: " + s, dedent("""
            James,

            Practical restrictions for Luca, with his agreement:
            - Office-based work now.
            - No ladders or overhead work until re-assessment at the end of January.
            - Lifting limited to light items below shoulder height from mid-December.

            I've removed the clinical details from this note. Please plan his site visits accordingly.

            Fenna
            """), client="ol-en"),
    ]
    # the manager's copy ends with the forwarded note only; this file is the physiotherapist's reply as received by OH
    return thread_mail(ms[:4], cs="iso-8859-1", hmode="Q")


@M("swedish-vidarebefordrad-remiss-knaartros", "phi",
    "Swedish: a primary-care nurse forwards a referral to orthopaedics for Lars Engström with his personal identity number and knee osteoarthritis", lang="sv")
def _():
    vc = person("Karin Lindqvist", "karin.lindqvist@vardcentral-norrvik.example.se.test", None, "Distriktssköterska",
                ["Vårdcentralen Norrvik", "Tel. 0555-555 01 14"], disc="sv")
    ort = P("Ortopedmottagningen remisser", "ortopedi.remiss@sjukhuset-norrvik.example.se.test")
    remiss = dedent("""
        REMISS - ORTOPEDMOTTAGNINGEN, NORRVIKS SJUKHUS

        Patient: Lars Engström, personnummer 19620314-4471
        Adress: Björkvägen 7, Norrvik. Tel. 070-555 01 15
        Remittent: Dr. Maja Hartman, Vårdcentralen Norrvik

        Frågeställning: Ställningstagande till knäprotes höger knä.

        Anamnes: 64-årig man, tidigare skogsarbetare. Tilltagande smärta i höger knä sedan 3 år, nu vilovärk nattetid. Gångsträcka ca 500 m. Har genomgått artrosskola och fysioterapi (12 veckor) utan tillräcklig effekt. Paracetamol och periodvis naproxen. BMI 29.
        Status: Varusfelställning, nedsatt flexion (100 grader), krepitationer.
        Röntgen (2026-10-20): Uttalad medial gonartros med benkontakt, osteofyter.
        Övrigt: Hypertoni, välbehandlad (amlodipin). Ingen diabetes.

        Tack för hjälpen!
        """)
    body = dedent("""
        Hej,

        Vidarebefordrar remissen för Lars Engström eftersom den elektroniska remissen inte gick igenom i systemet i går (felmeddelande vid signering). Dr. Hartman har signerat en pappersversion som skickas med internposten. Patienten är informerad om att väntetiden till första bedömning är ungefär 10 veckor.

        Vänliga hälsningar
        Karin

        -------- Vidarebefordrat meddelande --------
        Ämne: Remiss ortopedi - Lars Engström
        Datum: 2026-12-01 16:40
        Från: Maja Hartman <maja.hartman@vardcentral-norrvik.example.se.test>
        Till: Karin Lindqvist <karin.lindqvist@vardcentral-norrvik.example.se.test>

        Karin, kan du skicka denna till ortopeden i morgon? Systemet krånglar.
        /Maja

        """) + remiss
    return mk(vc, ort, "VB: Remiss ortopedi - Lars Engström", D("2026-12-02 08:20", "cet"),
              T(block_text(body, vc), charset="iso-8859-1", cte="quoted-printable"), hcs="iso-8859-1", hmode="Q")


@M("russian-forward-mother-coronary-stent", "phi",
    "Russian: a son forwards to his brother the cardiology centre's message about their mother's coronary stenting, medications and follow-up", lang="ru")
def _():
    son = P("Андрей Соколов", "a.sokolov@pochta.example.ru.test", sig=["Андрей"])
    bro = P("Дмитрий Соколов", "dmitry.sokolov@pochta.example.ru.test")
    text = dedent("""
        Дима, привет!

        Пересылаю письмо из кардиоцентра про маму. Коротко: вчера ей поставили два стента, всё прошло хорошо, в пятницу выписывают. Теперь самое важное - чтобы она не бросила пить Брилинту, минимум год. Я ей сделал таблетницу на неделю. Приедешь в субботу - проверь, пожалуйста, что она всё принимает.

        Андрей

        ---------- Пересылаемое сообщение ----------
        От: Регистратура кардиоцентра <registratura@kardiocentr.example.ru.test>
        Дата: 2 декабря 2026 г., 17:05
        Тема: Информация для родственников - Соколова Галина Петровна
        Кому: Андрей Соколов <a.sokolov@pochta.example.ru.test>

        Уважаемый Андрей Викторович!

        Сообщаем информацию о состоянии Вашей матери, Соколовой Галины Петровны (1951 г.р.), с её письменного согласия.

        02.12.2026 выполнена коронарография и стентирование передней нисходящей артерии (установлено 2 стента с лекарственным покрытием). Вмешательство прошло без осложнений. Пациентка находится в отделении кардиологии, палата 12. Планируемая выписка - 04.12.2026.

        Назначения после выписки:
        - аспирин 75 мг 1 раз в день - постоянно;
        - тикагрелор (Брилинта) 90 мг 2 раза в день - 12 месяцев, не прерывать без консультации кардиолога;
        - аторвастатин 40 мг вечером;
        - бисопролол 2,5 мг утром.

        Контрольный визит к кардиологу - через 1 месяц, запись по телефону 8-555-555-01-16.
        При появлении боли в груди - немедленно вызывать скорую помощь (103).

        С уважением,
        Регистратура кардиологического центра
        """)
    return mk(son, bro, "Fwd: Информация для родственников - Соколова Галина Петровна", D("2026-12-02 21:30", "msk"),
              T(text, charset="windows-1251", cte="quoted-printable"), hcs="windows-1251")


@M("turkish-aile-babamin-safra-kesesi-ameliyati", "phi",
    "Turkish: family e-mail (holiday plans, a cousin's engagement) saying their father Mehmet Yıldız had laparoscopic gallbladder surgery and what he must avoid", lang="tr")
def _():
    a = P("Elif Yıldız", "elif.yildiz@posta.example.com.tr.test", sig=["Sevgiler, Elif"])
    to = [P("Emre Yıldız", "emre.yildiz@posta.example.com.tr.test"), P("Zeynep Aydın", "zeynep.aydin@posta.example.com.tr.test")]
    text = dedent("""
        Merhaba canlarım,

        Önce babamla ilgili haber: Babamın safra kesesi ameliyatı dün (1 Aralık) Kadıköy'deki Yeşilvadi Hastanesi'nde yapıldı. Laparoskopik yapıldığı için dört küçük kesi var, doktor çok iyi geçtiğini söyledi. Safra kesesinde 2 cm'lik taş varmış, çıkan parça patolojiye gönderildi, sonuç 10 gün içinde gelecek. Bugün öğleden sonra taburcu oluyor.

        Doktorun söyledikleri:
        - Bir hafta ağır kaldırmak yok (5 kg'dan fazla).
        - İlk iki hafta yağlı yemek, kızartma yok. Annemi uyarın, börek yasak!
        - Ağrı kesici olarak parasetamol, gerekirse günde 3 kez.
        - Dikişler 8 Aralık'ta kontrol edilecek.
        - Ateş, sarılık veya şiddetli karın ağrısı olursa hemen hastaneye.

        Bu hafta sonu ben yanlarında kalacağım. Emre, sen gelecek hafta sonu gelebilir misin? Zeynep, 8 Aralık'taki kontrole babamı sen götürebilir misin, ben o gün toplantıdayım.

        Diğer haberler: Kuzenimiz Selin'in nişanı 19 Aralık'ta, davetiyeler geldi. Yılbaşında hep birlikte annemlerde olalım diye düşündük, babam da o zamana kadar iyice toparlanır inşallah.

        Sevgiler,
        Elif
        """)
    return mk(a, to, "Babamın ameliyatı + yılbaşı planı", D("2026-12-02 11:45", "trt"),
              T(text, charset="iso-8859-9", cte="quoted-printable"), hcs="iso-8859-9")


@M("greek-oikogeneia-giagia-katagma-isxiou", "phi",
    "Greek: family e-mail that grandmother Eleni Papadaki broke her hip, had surgery and is going to a rehabilitation centre", lang="el")
def _():
    a = P("Νίκος Παπαδάκης", "n.papadakis@mail.example.gr.test", sig=["Νίκος"])
    to = [P("Μαρία Παπαδάκη", "maria.papadaki@mail.example.gr.test"), P("Γιώργος Παπαδάκης", "giorgos.p@mail.example.gr.test")]
    text = dedent("""
        Γεια σας,

        Σας γράφω για τη γιαγιά. Την Κυριακή το βράδυ έπεσε στην κουζίνα και έσπασε το ισχίο (κάταγμα αυχένα μηριαίου δεξιά). Τη μεταφέραμε στο Γενικό Νοσοκομείο Ακρολιμνίου και τη Δευτέρα το μεσημέρι χειρουργήθηκε - της έβαλαν ημιαρθροπλαστική. Ο ορθοπεδικός, ο κ. Δημητρίου, είπε ότι η επέμβαση πήγε καλά.

        Από σήμερα σηκώνεται με περπατούρα με τη φυσικοθεραπεύτρια. Παίρνει ενέσεις για θρόμβωση για πέντε εβδομάδες και παυσίπονα. Την Παρασκευή θα πάει σε κέντρο αποκατάστασης για περίπου τρεις εβδομάδες.

        Μαρία, μπορείς να πας εσύ την Παρασκευή να τη συνοδεύσεις; Γιώργο, χρειαζόμαστε κάποιον για το σπίτι της - να βάλουμε χειρολαβές στο μπάνιο πριν γυρίσει.

        Φιλιά,
        Νίκος
        """)
    return mk(a, to, "Η γιαγιά - χειρουργείο και αποκατάσταση", D("2026-12-03 20:10", "eet"),
              T(text, charset="iso-8859-7", cte="base64"), hcs="iso-8859-7")


@M("japanese-byoto-kaigi-gijiroku-one-patient", "phi",
    "Japanese (Shift_JIS): ward meeting minutes (staffing, infection control, training); one item about a named patient awaiting transfer with an insulin regimen", lang="ja")
def _():
    ns = P("東病棟5階 看護師長", "higashi5-chief@sakuradai-hp.example.jp.test", sig=["東病棟5階 看護師長 佐藤 由美", "さくら台総合病院 内線 0117"])
    st = P("東5病棟スタッフ", "higashi5-staff@sakuradai-hp.example.jp.test")
    text = dedent("""
        東5病棟 スタッフ各位

        12月1日（火）の病棟会議の議事録を送ります。確認のうえ、詰所の回覧表に押印してください。

        ■ 病棟会議 議事録
        日時：2026年12月1日（火）13:30〜14:30　場所：東5カンファレンス室
        出席：看護師18名、看護補助者3名、病棟クラーク1名

        1. 勤務表・人員
        　・1月の勤務表を掲示しました。変更希望は12月15日までに師長へ。
        　・年末年始は夜勤3名体制とします。

        2. 感染対策
        　・インフルエンザ流行期に入りました。面会は1回15分、2名までに制限します。
        　・手指衛生の遵守率は11月84%（目標90%）。病室入室前の手指消毒を徹底してください。

        3. 患者さんに関する連絡
        　・505号室 田中 正雄 様：転院先（回復期リハビリ病院）が12月8日に決定。インスリンは朝8単位・夕6単位の2回打ちに変更済み。退院指導（自己注射）をご家族（長女）と一緒に12月4日、7日に実施予定。
        　・その他の患者さんの退院調整は、退院支援看護師と個別に確認してください。

        4. 教育・研修
        　・急変対応シミュレーション研修：12月10日 17:30〜。新人は必須。
        　・医療安全研修（eラーニング）の受講期限は12月25日です。

        5. その他
        　・病棟の忘年会は12月18日（金）19時〜。
        　・休憩室の冷蔵庫は毎週金曜日に整理します。

        次回：2027年1月5日（火）13:30〜

        以上
        """)
    return mk(ns, st, "病棟会議議事録（12月1日）", D("2026-12-02 17:20", "jst"),
              T(block_text(text, ns), charset="shift_jis", cte="base64", wrapit=False), hcs="shift_jis")

# ================================================================ restricted: mental health

@M("hr-thread-coverage-latest-reply-depression-iop", "restricted",
    "borderline: shift-coverage thread between a manager and HR; only the latest reply says employee Dana Whitcombe is starting a depression intensive outpatient programme (employment mail, but named mental-health treatment)", cat="mh")
def _():
    dom = "coastlinemutual.example.com"
    mgr = person("Rafferty Okonjo", "rokonjo@" + dom, None, "Claims Team Lead", "Coastline Mutual Insurance Group", "555-0121", disc="corp")
    hr = person("Yusra Kettleby", "ykettleby@" + dom, None, "HR Generalist", "Coastline Mutual Insurance Group", "555-0122", disc="corp")
    wf = person("Workforce Planning", "wfm@" + dom, None, None, "Coastline Mutual - Workforce Management", None)
    s = "Coverage for claims queue Dec 7-24"
    ms = [
        Msg(wf, [mgr], D("2026-11-30 09:00"), s, dedent("""
            Hi Rafferty,

            Forecast for the auto claims queue Dec 7-24 shows 18% higher volume than staffed (winter storms + holiday). You are short 2.5 FTE on the 8-4:30 shift. Options:
            1. Voluntary overtime (pre-approved up to 8 hours/week per adjuster).
            2. Borrow 2 adjusters from the property team (they're cross-trained on glass claims).
            3. Move non-urgent follow-ups to the weekend overflow vendor.

            Please let us know by Wednesday which options you want.
            """)),
        Msg(mgr, [wf], D("2026-11-30 11:40"), "RE: " + s, dedent("""
            Let's do 1 and 2. I'd rather not use the vendor for follow-ups - quality was poor last year. Note that I'll also be down one more person from 12/7 for about three weeks; HR is aware. I'll send the overtime sign-up today.
            """)),
        Msg(wf, [mgr], D("2026-11-30 13:05"), "RE: " + s, dedent("""
            Thanks. With one more person out, you're short 3.5 FTE; borrowing 2 from property and about 12 hours/day of overtime gets you close. Updated schedule attached.
            """)),
        Msg(hr, [mgr], D("2026-11-30 16:20"), "RE: " + s, dedent("""
            Rafferty, confirming the leave dates for your team member so you can plan: intermittent/continuous leave approved from 12/7 through 12/28, return 12/29. Her job is protected under FMLA. You don't need any other details; please don't ask her about the reason.
            """)),
        Msg(mgr, [hr], D("2026-11-30 17:02"), "RE: " + s, dedent("""
            Thanks Yusra. Understood, and I won't bring it up with the team. For your file, since she already told me herself: Dana Whitcombe is starting an intensive outpatient program for depression at the Rivergate behavioral health center (mornings, 3 weeks), and she asked whether she can work a few afternoon hours from home during the program if her therapist agrees. Is that allowed while she's on continuous leave, or would we have to switch her to intermittent? I don't want to do anything that jeopardizes her leave.

            Rafferty
            """)),
    ]
    return thread_mail(ms)


@M("bh-quality-minutes-restraint-aggregates-one-seclusion-case", "restricted",
    "long behavioural-health quality minutes with restraint/seclusion aggregates; one event review names a patient with schizophrenia, his MRN and a seclusion episode", cat="mh")
def _():
    rng = rng_for("bh-quality-minutes")
    dom = "rivergatehealth.example.org"
    q = person("Behavioral Health Quality", "bhquality@" + dom, None, None, ["Rivergate Health - Behavioral Health Services, Quality & Regulatory", "555-0124"], disc="bh")
    com = P("BH Quality Council", "bh-quality-council@" + dom)
    units = ["Adult Acute 2A", "Adult Acute 2B", "Geriatric Psych 3A", "Adolescent 3B", "PES (emergency)", "Crisis Stabilization"]
    t1 = unit_metrics(rng, units, [("Patient days", "days"), ("Restraint episodes", "count"), ("Seclusion episodes", "count"),
                                   ("Hrs restraint/1000 hrs", "rate"), ("Staff injuries", "count"), ("Debrief done", "pct")])
    t2 = pipe_table(["Measure (HBIPS / core)", "Q2", "Q3", "National"], [
        ["HBIPS-2 hours of physical restraint per 1000 hrs", "%.2f" % rng.uniform(0.1, 0.6), "%.2f" % rng.uniform(0.1, 0.6), "0.39"],
        ["HBIPS-3 hours of seclusion per 1000 hrs", "%.2f" % rng.uniform(0.1, 0.5), "%.2f" % rng.uniform(0.1, 0.5), "0.35"],
        ["HBIPS-5 discharged on multiple antipsychotics w/ justification", "%d%%" % rng.randint(80, 96), "%d%%" % rng.randint(80, 96), "88%"],
        ["SUB-2 alcohol use brief intervention", "%d%%" % rng.randint(70, 90), "%d%%" % rng.randint(70, 90), "79%"],
        ["IMM-2 influenza immunization", "%d%%" % rng.randint(75, 92), "%d%%" % rng.randint(75, 92), "81%"],
        ["Follow-up after hospitalization (7 day)", "%d%%" % rng.randint(35, 55), "%d%%" % rng.randint(35, 55), "44%"],
        ["30-day readmission", "%.1f%%" % rng.uniform(9, 15), "%.1f%%" % rng.uniform(9, 15), "13.2%"]])
    text = dedent("""
        RIVERGATE HEALTH - BEHAVIORAL HEALTH QUALITY COUNCIL
        Minutes, Tuesday November 24, 2026, 14:00-15:30, BH Pavilion conference room

        Confidential quality improvement document.

        Present: %s

        1. Minutes of October 27 approved.

        2. RESTRAINT AND SECLUSION - OCTOBER DATA

        %s

        Total restraint and seclusion hours are down 22%% from the same period last year, following the comfort-room pilot on 2A and the trauma-informed care training. Adolescent 3B had an increase related to two patients with long stays. Debriefs within 24 hours remain below the 95%% goal on nights.

        3. EVENT REVIEW (protected)
        Seclusion event 10/29, Adult Acute 2B: Marcus Delacroix-Hale (MRN 50128833), 34, admitted on an involuntary hold with a relapse of paranoid schizophrenia after stopping his long-acting injectable (paliperidone palmitate) in September. He became assaultive toward a peer after visiting hours and was secluded for 2 hours 40 minutes; emergency medication (haloperidol 5 mg and lorazepam 2 mg IM) was given. The face-to-face evaluation by the psychiatrist occurred at 52 minutes (standard: within 1 hour). Seclusion was discontinued when he was calm for 15 minutes, but monitoring documentation had a 30-minute gap. Staff debrief was done; patient debrief was done the next morning. Actions: monitoring flowsheet reminder every 15 minutes in the EHR; night-shift charge nurse refresher. He was restarted on his injectable on 11/2 and is being discharged to the ACT team.

        4. CORE MEASURES

        %s

        The 7-day follow-up rate remains our biggest opportunity. The bridge clinic started on November 2 and has seen 48 patients. We expect the rate to improve in Q4.

        5. ENVIRONMENT OF CARE / LIGATURE RISK
        The annual ligature risk assessment was completed on all units. Three items (door hinges on 3A, two bathroom fixtures on 2A) are scheduled for replacement in January. Interim mitigation: 15-minute checks in the affected rooms.

        6. STAFFING AND TRAINING
        Crisis prevention training completion is 94%%. Two psychiatric nurse practitioner positions are open. Agency use is down to 6%% of nursing hours.

        7. REGULATORY
        The state licensing survey is expected in the first quarter. Mock survey scheduled for January 19.

        8. NEXT MEETING: December 22, 2026 (moved from December 29).
        """) % (attendees(rng, 11, ["MD", "PMHNP", "RN", "LCSW", "PhD", "CPHQ"]), t1, t2)
    return doc_mail(q, com, "BH Quality Council minutes - 11/24 - CONFIDENTIAL", D("2026-12-01 10:30"), block_text(text, q), html_style="outlook",
                    attach=[A(pdf(text.split("\n"), flate=True, title="BH Quality Council minutes"), "application/pdf", "BHQC_minutes_2026-11-24.pdf")])


@M("school-counselor-thread-student-eating-disorder-program", "restricted",
    "school logistics thread (schedules, make-up work, sports); one counsellor message says a named student is entering an eating-disorder partial hospitalisation programme", cat="mh")
def _():
    sch = "maplecrest-schools.example.org"
    co = person("Ms. Odette Lachance", "olachance@" + sch, None, "School Counselor, Maplecrest High School", None, "555-0125")
    t1 = person("Mr. Gideon Abernethy", "gabernethy@" + sch, None, "AP Chemistry", None, None)
    t2 = person("Ms. Priya Balogun", "pbalogun@" + sch, None, "English 11", None, None)
    coach = person("Coach Wendell Szabo", "wszabo@" + sch, None, "Cross Country / Track", None, None)
    s = "Make-up work and schedule - junior students, end of semester"
    ms = [
        Msg(co, [t1, t2, coach], D("2026-11-30 08:10"), s, dedent("""
            Good morning,

            As we get to the end of the semester, a reminder about the make-up work procedure: students with excused absences of 3+ days get the same number of school days to make up work. Please post make-up assignments in the learning platform rather than by e-mail. Final exams are December 16-18; make-up finals are January 5.

            I'll follow up individually about a few students with extended absences.
            """)),
        Msg(t1, [co], D("2026-11-30 12:00"), "RE: " + s, "Thanks. For chemistry, labs can't be made up after winter break, so students should see me before 12/18."),
        Msg(co, [t1, t2, coach], D("2026-11-30 15:40"), "RE: " + s, dedent("""
            Following up about one student, with her parents' written permission to share this with her teachers and coach:

            Hazel Drummond (11th grade) will be out starting Monday, December 7, for about six weeks. She is being admitted to the eating disorder partial hospitalization program at Kestrel Point (weekdays 8:00-3:00), for anorexia nervosa. The program has a school liaison and teachers there; they will contact you for assignments. Please send work through me, keep the workload reduced (essential assignments only), and do not comment on her food, weight or appearance when she returns. Coach Szabo, her physician has said no running or practice until the team clears her.

            Please keep this confidential. Thank you.
            """)),
        Msg(t2, [co], D("2026-11-30 16:30"), "RE: " + s, "Of course. I'll send you a reduced list by Friday. Thank you for letting us know."),
        Msg(coach, [co], D("2026-12-01 07:15"), "RE: " + s, "Understood. I'll tell the team she's out for \"personal reasons\" and nothing more."),
    ]
    return thread_mail(ms)


@M("family-holiday-letter-brother-bipolar-hospitalization", "restricted",
    "long family holiday letter; one paragraph says the writer's brother Fitz Castellane was hospitalised for a bipolar manic episode and is now on lithium with a psychiatrist", cat="mh")
def _():
    fam = P("Odessa Castellane", "odessa.castellane@familymail.example.net", sig=[])
    to = P("", "undisclosed-recipients:;")
    text = dedent("""
        Dear friends and family,

        It's been a full and, at times, hard year for the Castellane household, and I wanted to write you all a real letter instead of just a card.

        The kids first. Ottilie (16) got her driver's license in June and has become the family chauffeur for her little brother, which is wonderful for me and terrible for my nerves. She's in the school's robotics club and wants to study engineering. Juno (12) started middle school, plays trombone (badly, enthusiastically), and has adopted three snails from the garden, all named Kevin.

        Work: I was promoted to charge nurse on the night shift at the rehab hospital, which means I now sleep at very strange hours. Marco is still at the bakery and somehow still loves getting up at 3 am. The new sourdough he developed this spring is now their bestseller.

        We spent a week in August at the lake cabin with Marco's parents - swimming, fishing, and a thunderstorm that knocked the power out for two days and turned out to be the best part of the trip. Board games by lantern light, the kids want to do it again.

        Now the harder news, which I'm sharing because my brother asked me to - he says he's tired of secrets. In March, Fitz had a severe manic episode; he hadn't slept for days, spent most of his savings, and ended up hospitalized on the psychiatric unit at Rivergate for two weeks. It was the first time anyone put a name to what he's struggled with since college: bipolar I disorder. He's now on lithium, sees a psychiatrist every month and a therapist every week, and goes to a peer support group on Thursdays. He moved in with us for the summer while he got back on his feet, and in September he got his own apartment and started a new job at the library. He is doing really well, and he's proud of it. If you talk to him, please don't tiptoe - he'd rather you just ask how he is.

        Mom's garden won first prize at the county fair for her dahlias. Dad retired in October after 41 years at the water department and has already reorganized our garage twice without being asked.

        We're hosting Christmas Eve this year - dinner at 6, dessert whenever. Bring nothing but yourselves (and maybe a pie).

        With love and hope for a gentler 2027,
        Odessa, Marco, Ottilie and Juno
        """)
    return doc_mail(fam, to, "Our year - a letter from the Castellanes", D("2026-12-04 16:00"), text, html=True, title="Castellane letter")


@M("veterans-list-digest-own-ptsd-prolonged-exposure", "restricted",
    "borderline: veterans' community list digest (events, benefits, job fair); one member writes under his name about his own PTSD treatment with prolonged exposure therapy and sertraline - a self-disclosure on a list", cat="mh")
def _():
    L = "lists.post118.example.org"
    p = [
        (P("Post 118 Adjutant", "adjutant@post118.example.org"), D("2026-11-30 08:00"), "December meeting and Wreaths Across the cemetery",
         "Monthly meeting is Tuesday 12/8 at 1900 in the hall. On Saturday 12/19 we'll lay wreaths at the county veterans cemetery at 1000; volunteers should meet at the main gate at 0930. Bring gloves."),
        (P("Benefits Officer", "benefits@post118.example.org"), D("2026-12-01 12:00"), "Claims clinic this Saturday",
         "Free disability claims clinic Saturday 12/5, 0900-1300 at the hall, with an accredited service officer. Bring your DD-214 and any medical records you want reviewed. No appointment needed."),
        (P("Rafael 'Raf' Moorcroft", "raf.moorcroft@inbox.example.net"), D("2026-12-02 21:30"), "Something I want to share",
         "Brothers and sisters, I've been quiet at meetings for a while, and some of you have asked why. After my second deployment I had nightmares, I couldn't sit with my back to a door, and I was drinking to sleep. In June my wife basically drove me to the VA mental health clinic. I was diagnosed with PTSD. I've been doing prolonged exposure therapy, 12 sessions with a psychologist, where you go back over the worst memory again and again until it loses its grip. Honestly it was the hardest thing I've done since the Army. I'm also on sertraline. I still have bad nights, but I sleep most nights now, I haven't had a drink in 4 months, and I sat with my back to the door at my kid's school concert last week.\n\nI'm telling you this because I waited 11 years. If you're where I was, the clinic's walk-in hours are Mon-Fri 0800-1000, or call the Veterans Crisis Line: dial 988 and press 1. Come find me at the meeting.\n\nRaf Moorcroft"),
        (P("Hollis Stavros", "hollis.stavros@runmail.example.com"), D("2026-12-03 06:40"), "Re: Something I want to share",
         "Raf, thank you. That took guts. See you Tuesday - first round's on me (coffee)."),
        (P("Post 118 Auxiliary", "auxiliary@post118.example.org"), D("2026-12-03 15:00"), "Holiday care packages",
         "We're packing care packages for deployed service members on 12/12 at 1300. Needed: socks, lip balm, beef jerky, paperback books, and handwritten cards from kids."),
        (P("Career Committee", "careers@post118.example.org"), D("2026-12-04 09:00"), "Veterans job fair Jan 14",
         "The county veterans job fair is January 14 at the convention center, 1000-1500. 60+ employers. Resume help at the hall on January 9."),
    ]
    footer = "_______________________________________________\nPost118 mailing list - members only\nVeterans Crisis Line: dial 988, press 1\nhttps://lists.example.org/mailman/listinfo/post118"
    return digest_mail("Post118", "post118@" + L, "12, Issue 49", D("2026-12-04 05:00"), p, footer)


@M("spanish-reply-thread-daughter-anxiety-therapy-sertraline", "restricted",
    "English school-nurse thread answered in Spanish by a mother explaining her daughter's anxiety disorder treatment: therapy and sertraline", cat="mh", lang="es")
def _():
    sch = "maplecrest-schools.example.org"
    nurse = person("Holly Rosenquist", "hrosenquist@" + sch, "BSN, RN", "School Nurse", "Maplecrest Middle School", "555-0191")
    mom = P("Esperanza Valdivia", "esperanza.valdivia@correo.example.net", sig=["Esperanza Valdivia", "mamá de Camila (7º grado)"])
    s = "Camila Valdivia - visits to the health office"
    ms = [
        Msg(nurse, [mom], D("2026-12-01 13:10"), s, dedent("""
            Dear Mrs. Valdivia,

            I wanted to let you know that Camila has come to the health office four times in the last two weeks with stomachaches and a racing heart, usually before math class or tests. Each time she rested for 15-20 minutes and went back to class. She has no fever. Is there anything we should know, or any plan from her doctor we should follow? We have a Spanish interpreter available if you'd prefer to talk by phone.

            Holly Rosenquist, RN
            """)),
        Msg(mom, [nurse], D("2026-12-01 20:35"), "RE: " + s, dedent("""
            Buenas noches, señora Rosenquist:

            Muchas gracias por avisarme. Le escribo en español porque me expreso mejor; mi hijo mayor me ayuda a leer su correo.

            Camila tiene trastorno de ansiedad generalizada. La psicóloga de la clínica de salud mental infantil se lo diagnosticó en septiembre. Va a terapia cognitivo-conductual cada semana (los jueves a las 4) y desde hace tres semanas la psiquiatra le recetó sertralina, 25 mg en la mañana. La doctora nos explicó que la medicina tarda de 4 a 6 semanas en hacer efecto y que al principio puede dar un poco de dolor de estómago.

            La psicóloga nos dio un plan para la escuela: que Camila pueda salir a respirar 5 minutos cuando sienta la crisis, y que le den más tiempo en los exámenes. Le puedo mandar la carta de la psicóloga. Camila se siente muy avergonzada, por favor no lo comenten delante de sus compañeros.

            Prefiero que me llame con intérprete, después de las 5 de la tarde.

            Gracias,
            """), client="gm-es"),
    ]
    return thread_mail(ms, cs="iso-8859-1", hmode="Q")


@M("german-forward-psychiatrie-entlassbrief-depression", "restricted",
    "German: a GP practice forwards a psychiatric clinic's discharge letter (severe depressive episode, escitalopram, mirtazapine, day-clinic follow-up) to a colleague", cat="mh", lang="de")
def _():
    pr = person("Dr. med. Hamish Lindqvist", "praxis@hausarzt-lindqvist.example.de.test", None, "Facharzt für Allgemeinmedizin",
                ["Hausarztpraxis Dr. Lindqvist", "Tel. +49 5555 555-0126"], disc="de")
    kol = P("Dr. Ines Rudnicki", "i.rudnicki@hausarzt-lindqvist.example.de.test")
    klinik = P("Sekretariat Psychiatrie", "psychiatrie@klinikum-auental.example.de.test")
    text = dedent("""
        Liebe Ines,

        zur Info für deine Vertretung nächste Woche: Frau Kerstin Balogun kommt am Dienstag zur Wiedervorstellung. Bitte Spiegel kontrollieren (Natrium wegen Escitalopram) und nach Suizidgedanken fragen; sie hat sich in der Klinik gut stabilisiert. Die Tagesklinik-Termine laufen ab 14.12.

        Gruß
        Hamish

        -------- Weitergeleitete Nachricht --------
        Betreff: Entlassbrief Frau Kerstin Balogun, geb. 22.08.1979
        Datum: Mon, 30 Nov 2026 15:12:07 +0100
        Von: Sekretariat Psychiatrie <psychiatrie@klinikum-auental.example.de.test>
        An: praxis@hausarzt-lindqvist.example.de.test

        Sehr geehrter Herr Kollege Lindqvist,

        wir berichten über Ihre Patientin Frau Kerstin Balogun, geb. 22.08.1979, die sich vom 19.10. bis 30.11.2026 in unserer stationären Behandlung (Station P2, Schwerpunkt affektive Störungen) befand.

        Diagnosen:
        - Schwere depressive Episode ohne psychotische Symptome (F32.2), rezidivierend
        - Schlafstörung

        Verlauf: Aufnahme auf eigenen Wunsch bei ausgeprägter Antriebslosigkeit, Hoffnungslosigkeit und passiven Todeswünschen ohne konkrete Suizidpläne. Unter Escitalopram (Steigerung auf 20 mg) und Mirtazapin 15 mg zur Nacht sowie kognitiver Verhaltenstherapie und Ergotherapie deutliche Besserung. Bei Entlassung glaubhaft von Suizidalität distanziert.

        Medikation bei Entlassung: Escitalopram 20 mg 1-0-0, Mirtazapin 15 mg 0-0-1.

        Empfehlung: Weiterbehandlung in unserer Tagesklinik ab 14.12.2026 (Mo-Fr), anschließend ambulante Psychotherapie; Kontrolle von Natrium und EKG (QTc) in 2 Wochen.

        Mit freundlichen kollegialen Grüßen
        Oberärztin Dr. med. S. Yelland
        Klinik für Psychiatrie und Psychotherapie, Klinikum Auental
        """)
    return mk(pr, kol, "WG: Entlassbrief Frau Kerstin Balogun, geb. 22.08.1979", D("2026-12-01 08:05", "cet"),
              T(block_text(text, pr), charset="utf-8", cte="quoted-printable"), hcs="utf-8", hmode="Q")


@M("consult-scheduling-thread-deep-psych-si", "restricted",
    "long consult-service scheduling thread (call schedule, pager changes); one quoted message requests an urgent psychiatry consult for a named inpatient with suicidal ideation", cat="mh")
def _():
    dom = "northgate-med.example.org"
    cl = person("Dr. Marisol Jaramillo", "mjaramillo@" + dom, None, "Director, Consultation-Liaison Psychiatry", "Northgate Regional Medical Center", None, disc="hosp_long")
    coord = person("Gwen Fairbrother", "gfairbrother@" + dom, None, "Department Coordinator, Psychiatry", None, "555-0127", disc="hosp_long")
    hm = person("Dr. Corwin Iwasaki", "ciwasaki@" + dom, None, "Hospitalist", None, None, disc="hosp_long")
    s = "C-L psychiatry consult coverage - holidays and new request workflow"
    ms = [
        Msg(coord, [cl], D("2026-11-24 09:00"), s, dedent("""
            Dr. Jaramillo,

            Draft holiday coverage for the consult-liaison service:
            - 12/21-12/24: Dr. Oyelaran (attending), NP Halloran
            - 12/25-12/27: Dr. Jaramillo
            - 12/28-12/31: Dr. Ashgrove, NP Halloran
            - 1/1-1/3: Dr. Oyelaran

            Also, starting 12/1 the consult pager moves to secure chat ("Psych C-L On Call" role). The hospitalists need to be told.
            """)),
        Msg(cl, [coord], D("2026-11-24 12:30"), "RE: " + s, "Looks good. Please send the workflow change to the hospitalist and surgery groups and put it in the medical staff newsletter."),
        Msg(hm, [cl], D("2026-11-25 16:40"), "RE: " + s, dedent("""
            Marisol - saw the note about the new workflow. Meanwhile, I need an urgent consult today, I've also put the order in:

            Eamon Prendergast, 58, 5 Med room 519 (MRN 30772461), admitted yesterday for alcoholic pancreatitis. This afternoon he told the night nurse he "would be better off dead" and that he has thought about overdosing on his wife's pills. He has a history of major depression, stopped his sertraline months ago. 1:1 sitter is in place and the room has been cleared. Can someone see him before 6?

            Corwin
            """)),
        Msg(cl, [hm], D("2026-11-25 17:05"), "RE: " + s, "NP Halloran is on her way now. Keep the sitter. We'll call you after the evaluation."),
        Msg(coord, [cl, hm], D("2026-12-01 08:30"), "RE: " + s, dedent("""
            Reminder: the consult pager is retired as of today. Please use secure chat, role "Psych C-L On Call," or call the operator. Holiday coverage is final (see above). The workflow one-pager is attached to the medical staff newsletter.
            """)),
    ]
    return thread_mail(ms)


@M("french-thread-tdah-pedopsychiatre-methylphenidate", "restricted",
    "French: parent-school thread about homework and a class trip; the mother explains her son's ADHD treatment by a child psychiatrist with methylphenidate", cat="mh", lang="fr")
def _():
    ec = person("Mme Ghislaine Perrin", "g.perrin@ecole-valmorel.example.fr.test", None, "Professeure des écoles, CM2", "École élémentaire Jean-Moulin, Valmorel", None)
    mere = P("Sophie Delacroix", "sophie.delacroix@courriel.example.fr.test", sig=["Sophie Delacroix"])
    s = "Classe de neige - informations et autorisations"
    ms = [
        Msg(ec, [mere], D("2026-11-27 17:30", "cet"), s, dedent("""
            Bonjour Madame Delacroix,

            La classe de neige aura lieu du 18 au 22 janvier à Saint-Pierre-des-Neiges. Merci de retourner l'autorisation parentale, la fiche sanitaire et le certificat d'assurance avant le 11 décembre. Si votre enfant suit un traitement, merci de joindre l'ordonnance et les médicaments dans leur boîte d'origine, au nom de l'enfant.

            Par ailleurs, Théo a du mal à terminer ses devoirs en ce moment et oublie souvent son cahier. Pourrions-nous en parler ?

            Bien cordialement,
            G. Perrin
            """), client="ol-fr"),
        Msg(mere, [ec], D("2026-11-28 21:10", "cet"), "RE: " + s, dedent("""
            Bonsoir Madame Perrin,

            Merci pour votre message. Je vous réponds pour les deux sujets.

            Théo a été diagnostiqué TDAH en octobre par le Dr Moreau, pédopsychiatre au CMP de Valmorel. Il a commencé un traitement par méthylphénidate à libération prolongée (18 mg le matin) il y a trois semaines, et il voit aussi une psychomotricienne le mercredi. Le médecin nous a dit que la dose pourrait être augmentée en décembre. Cela explique peut-être les devoirs : le médicament ne fait plus effet en fin de journée.

            Pour la classe de neige, il faudra qu'un adulte lui donne sa gélule chaque matin au petit-déjeuner. Je joindrai l'ordonnance sécurisée et la boîte. Le Dr Moreau peut faire un PAI si nécessaire.

            Je peux venir vous voir mardi après la classe si cela vous convient.

            Cordialement,
            """), client="gm-fr"),
    ]
    return thread_mail(ms, cs="iso-8859-15", hmode="Q")


@M("dsn-bounce-behavioral-health-therapy-reminder", "restricted",
    "bounce carrying the original appointment reminder from a behavioural-health clinic: a named client's therapy session and her therapist", cat="mh")
def _():
    bh = person("Rivergate Behavioral Health - Appointments", "appointments@rivergatebh.example.org", None, None, ["Rivergate Behavioral Health Outpatient Clinic", "555-0128"], disc="bh")
    cl = P("Bettina Yarborough", "bettina.yarb@mailbx.example.net")
    txt = dedent("""
        Hello Bettina,

        This is a reminder of your upcoming appointment:

        Wednesday, December 9, 2026 at 4:00 PM
        Individual psychotherapy (50 min) with Juno Ashgrove, LICSW
        Location: Rivergate Behavioral Health, 3rd floor, suite 310 - or by video if you selected telehealth.

        Please complete the PHQ-9 and GAD-7 check-in questionnaire in the portal before your session.

        To cancel or reschedule, call 555-0128 at least 24 hours in advance.
        """)
    orig = mk(bh, cl, "Appointment reminder - Wed Dec 9, 4:00 PM - Juno Ashgrove, LICSW", D("2026-12-04 10:00"), T(block_text(txt, bh)))
    return dsn("mta1.rivergatebh.example.org", P("Mail Delivery Subsystem", "mailer-daemon@mta1.rivergatebh.example.org"), bh,
               D("2026-12-04 10:01"), orig, "bettina.yarb@mailbx.example.net",
               diag="550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table")


# ================================================================ restricted: substance-use treatment

@M("thread-spanish-reply-otp-methadone-dose-transfer", "restricted",
    "English thread between a hospital and an opioid treatment programme about a named patient's methadone dose; the latest reply, from a bilingual counsellor, is in Spanish", cat="sud", lang="es")
def _():
    otp = "harborpointotp.example.org"
    hosp = "northgate-med.example.org"
    rn = person("Dalia Pellegrini", "dpellegrini@" + hosp, "RN", "Case Management, 4 North", "Northgate Regional Medical Center", "555-0129", disc="hosp_long")
    nurse = person("OTP Dosing Nurse", "dosing@" + otp, None, None, ["Harbor Point Opioid Treatment Program", "555-0130"], disc="part2")
    cou = person("Joaquín Ibarguen", "jibarguen@" + otp, None, "Consejero / Counselor", "Harbor Point Opioid Treatment Program", "555-0131", disc="part2")
    s = "Dose verification - ROSALES, HECTOR - DOB 03/02/1979"
    ms = [
        Msg(rn, [nurse], D("2026-11-30 10:10"), s, dedent("""
            Hello,

            Hector Rosales (DOB 03/02/1979) was admitted to Northgate last night with cellulitis of the left forearm. He reports he is enrolled in your program and takes methadone 95 mg daily, last dose yesterday 11/29 at 07:30. He signed the attached 42 CFR Part 2 consent for you to disclose his dose to us. Can you verify his dose and last dose date? Our hospitalist wants to continue it while he's here.

            Thank you,
            Dalia
            """)),
        Msg(nurse, [rn], D("2026-11-30 11:02"), "RE: " + s, dedent("""
            Hi Dalia,

            Consent received. Verified: methadone 95 mg daily, last dose given at our clinic 11/29/2026 at 07:34. No take-homes currently. No benzodiazepines on his program record. Please fax the discharge date and last dose given in the hospital to 555-0132 so we can resume dosing the day after discharge. If he's in more than 3 days, we need to re-verify with the prescriber.
            """)),
        Msg(rn, [nurse, cou], D("2026-12-02 14:20"), "RE: " + s, dedent("""
            Update: he'll be discharged tomorrow 12/3 morning. Last hospital dose will be 12/3 at 08:00 (95 mg). His wife, who speaks mostly Spanish, asked whether he can get his dose at your clinic on 12/4 and whether someone can explain the plan to her. Copying his counselor.
            """)),
        Msg(cou, [rn, nurse], D("2026-12-02 16:05"), "RE: " + s, dedent("""
            Hola Dalia, gracias. Respondo también en español para que se lo puedan reenviar a la esposa del Sr. Rosales, que ya nos dio permiso por escrito para hablar con ella.

            Señora Rosales: Héctor puede venir a tomar su dosis de metadona el viernes 4 de diciembre a partir de las 6:00 de la mañana, como siempre. Tiene que traer su identificación y el papel de alta del hospital. Como estuvo hospitalizado, la enfermera le va a hacer una revisión rápida antes de darle la dosis, y tendrá cita conmigo ese mismo día a las 9:30 para ver cómo va. Si está tomando antibióticos nuevos, que traiga la lista, porque algunos cambian el efecto de la metadona.

            Cualquier duda, me puede llamar al 555-0131.

            Joaquín
            """), client="ol-es"),
    ]
    return thread_mail(ms, cs="utf-8")


@M("fwd-of-fwd-ed-referral-detox-alcohol-naltrexone", "restricted",
    "forward of a forward: ED social work refers a named patient with alcohol withdrawal to a detox unit, then to a residential programme, with CIWA scores and naltrexone", cat="sud")
def _():
    ed = person("Tamsin Oyelaran", "toyelaran@northgate-med.example.org", "LCSW", "Emergency Department Social Work", "Northgate Regional Medical Center", "555-0133", disc="hosp_long")
    dx = person("Intake Coordinator", "intake@cedarhouserecovery.example.org", None, None, ["Cedar House Recovery - Medically Monitored Withdrawal", "555-0134"], disc="part2")
    res = P("Residential Admissions", "admissions@cedarhouserecovery.example.org")
    ms = [
        Msg(ed, [dx], D("2026-11-28 23:40"), "Referral - withdrawal management - KETTLEBY, ALDER", dedent("""
            Hello Cedar House,

            Referral for medically monitored withdrawal management. Patient consent for disclosure (42 CFR Part 2 compliant) is attached.

            Name: Alder Kettleby    DOB: 10/14/1988    Phone: 555-0135
            Insurance: Bluewater Community Health Plan (Medicaid), ID BWC-602218374
            Presenting: alcohol use disorder, severe; drinking about a fifth of vodka daily for 8 months; last drink 11/28 at 10:00. History of withdrawal seizure in 2024.
            ED course: CIWA-Ar 18 on arrival, treated with phenobarbital per protocol; CIWA 6 at 22:00. BAL 0.21 on arrival. LFTs: AST 142, ALT 88. Lipase normal. No head injury.
            Medically cleared for transfer. He is motivated and asked for help; wants to start naltrexone after detox.

            Tamsin Oyelaran, LCSW
            """)),
        Msg(dx, [res], D("2026-12-03 10:30"), "FW: Referral - withdrawal management - KETTLEBY, ALDER", dedent("""
            Residential team - FYI and for admission planning. Mr. Kettleby completed withdrawal management with us 11/29-12/3 (no seizures, CIWA <8 since day 3). Started naltrexone 50 mg daily on 12/2; LFTs trending down. He is accepted for your 28-day residential program pending the prior authorization; requested admit date 12/4. Original ED referral below.
            """), client="gm-en", fwd=True),
        Msg(res, [dx], D("2026-12-03 12:05"), "Fwd: FW: Referral - withdrawal management - KETTLEBY, ALDER", dedent("""
            Thanks - PA was approved this morning (auth through 12/31). Bed 7 on the men's unit is ready for tomorrow at 10:00. Please send the medication list and the naltrexone start date on the transfer form.
            """), client="gm-en", fwd=True),
    ]
    return thread_mail(ms, html=False)


@M("otp-staff-meeting-minutes-one-missed-doses-line", "restricted",
    "long opioid-treatment-programme staff meeting minutes (operations, DEA inventory, training); one line says patient J. Marchetti, with his ID number, missed three doses and his dose is held", cat="sud")
def _():
    rng = rng_for("otp-staff-minutes")
    otp = "harborpointotp.example.org"
    pd = person("Keziah Drummond", "kdrummond@" + otp, "LCADC", "Program Director", "Harbor Point Opioid Treatment Program", "555-0136", disc="part2")
    st = P("Harbor Point Staff", "staff@" + otp)
    text = dedent("""
        HARBOR POINT OTP - ALL-STAFF MEETING MINUTES
        Thursday, December 3, 2026, 13:30-14:45 (after dosing close)

        Attendance: %s

        1. CENSUS AND ADMISSIONS
        Active census %d (methadone %d, buprenorphine %d). %d admissions and %d discharges in November. Average wait from first call to first dose: %d days (goal: 2).

        2. DOSING OPERATIONS
        - Dosing hours stay 05:30-11:30 Mon-Fri, 07:00-10:00 Sat-Sun. Christmas Day and New Year's Day: 07:00-09:00; take-home eligibility for the holidays will be reviewed by the medical director by 12/15.
        - The pump calibration was done on 11/30. Two dispensing stations passed; station 3 needs service (ticket open).
        - Guest dosing requests: %d this month.

        3. DEA / DIVERSION CONTROL
        Monthly inventory reconciled with no discrepancies. Biennial inventory due May 2027. Reminder: the vault is never left open; two-person count at open and close.

        4. PATIENT UPDATES (confidential - Part 2 protected)
        - J. Marchetti (#HP-10447): missed doses 11/29, 11/30 and 12/1. Per protocol, his dose is held until he is assessed by the medical provider; he is scheduled for 12/4 at 07:00, and his counselor is trying to reach him. If he presents before then, do not dose - page the on-call provider.
        - Other patient-specific issues are discussed at the clinical team meeting, not here.

        5. CONTINGENCY MANAGEMENT
        The CM pilot for stimulant use now has 41 participants. Prize draws are on Tuesdays and Fridays. Please log negative UDS results in the CM tracker the same day.

        6. TRAINING
        - Naloxone kit distribution: %d kits given out in November. Everyone should carry a kit in the parking lot.
        - Annual 42 CFR Part 2 and HIPAA training is due 12/31. The updated consent form (revised for the 2024 rule) is now in the EHR.
        - De-escalation refresher: January 14.

        7. FACILITIES
        The lobby heater is fixed. New security camera in the rear lot. Snow removal contractor starts 12/7.

        8. STAFF
        Welcome to our new nurse, Hollis, and our new peer recovery specialist, Dashiell. Happy holidays - potluck on 12/17 after dosing.

        Next meeting: January 7, 2027.
        """) % (attendees(rng, 16, ["RN", "LPN", "LCADC", "CADC", "MD", "NP", "CPRS", "MA"]), rng.randint(380, 460), rng.randint(280, 340),
                rng.randint(60, 110), rng.randint(20, 40), rng.randint(12, 30), rng.randint(2, 6), rng.randint(10, 30), rng.randint(60, 140))
    return doc_mail(pd, st, "Staff meeting minutes 12/3 - CONFIDENTIAL", D("2026-12-03 16:30"), block_text(text, pd), html=False)


@M("dsn-bounce-sublocade-prior-auth-request", "restricted",
    "bounce carrying a pharmacy's prior-authorisation request for Sublocade (extended-release buprenorphine) for a named member with opioid use disorder", cat="sud")
def _():
    ph = person("Specialty Pharmacy PA Desk", "pa-desk@crestlinespecialty.example.com", None, None, ["Crestline Specialty Pharmacy", "555-0137 | fax 555-0138"], disc="part2")
    plan = P("Prior Authorization", "pa-requests@bluewaterhealth.example.com")
    txt = dedent("""
        PRIOR AUTHORIZATION REQUEST

        Member: Corwin Valdivia     DOB: 05/27/1993     Member ID: BWC-718834025
        Drug: SUBLOCADE (buprenorphine extended-release) injection 300 mg/1.5 mL, then 100 mg monthly
        Diagnosis: F11.20 Opioid dependence, uncomplicated
        Prescriber: Perrin Ndiaye, MD, Harbor Point Addiction Medicine, NPI %s, DEA %s
        Clinical: stable on sublingual buprenorphine/naloxone 16/4 mg daily for 9 weeks; patient requests monthly injection because of repeated lost or stolen prescriptions; UDS positive for buprenorphine, negative for fentanyl x 4.
        Requested start: 12/10/2026

        Please reply to this e-mail or fax 555-0138.
        """) % (make_npi("153942118"), make_dea("BN", "472198"))
    orig = mk(ph, plan, "PA request - SUBLOCADE - VALDIVIA, CORWIN - BWC-718834025", D("2026-12-04 09:30"), T(block_text(txt, ph)))
    return dsn("smtp.crestlinespecialty.example.com", P("Mail Delivery System", "MAILER-DAEMON@smtp.crestlinespecialty.example.com"), ph,
               D("2026-12-04 09:31"), orig, "pa-requests@bluewaterhealth.example.com", status="5.7.1",
               diag="550 5.7.1 <%s>: Message rejected: attachments or external senders not accepted at this address; use the provider portal")


@M("family-holiday-letter-cousin-completed-alcohol-rehab", "restricted",
    "long family Christmas letter; one paragraph says cousin Danny Brightwater completed a 28-day residential alcohol rehab and attends an outpatient programme", cat="sud")
def _():
    fam = P("The Yellands", "yellandfamily@familymail.example.net", sig=[])
    to = P("", "undisclosed-recipients:;")
    text = dedent("""
        Happy Holidays from the Yellands!

        Greetings from our slightly chaotic corner of the world. We kept saying we'd write this in November, so here it is, in December, as tradition demands.

        The big news: we moved! After eleven years in the little house on Birch Street, we bought a 1960s split-level with a real yard about two miles away. The kids each have their own bedroom for the first time, which has reduced the number of "he's breathing on my side" complaints by roughly 90%. The basement flooded in the first week, naturally, but we've since befriended a very patient plumber.

        Leo (15) is in tenth grade, plays bass in a band called "Unpaid Internship" (we don't ask), and has grown four inches since March. Wren (11) is obsessed with horses, volunteers at the stables on Saturdays, and is saving for riding boots. Both kids went to summer camp on the lake and came home tanned, mosquito-bitten and happy.

        Sam got a new job as a project manager at the county and now has a commute of 12 minutes. I am still teaching fourth grade, now in my 18th year. My class this year is wonderful and exhausting, which is the usual combination.

        In July we drove out to see Grandma and Grandpa Yelland in Arizona and then up to the Grand Canyon. Wren cried at the view. Leo pretended he didn't. Sam got sunburned on one arm only.

        And some family news I'm including because Danny asked me to and because we are so proud of him: my cousin Danny Brightwater, who many of you know struggled with drinking for years, checked himself into a 28-day residential rehab program for alcohol use disorder at Cedar House in September. He finished it in October and now goes to their intensive outpatient program three evenings a week, sees a counselor, and takes a daily medication that helps with cravings. He hit 90 days sober on December 1 and sent the whole family a photo of his chip. He'll be at Christmas dinner this year - please help us make it a dry, warm, ordinary family dinner. (There will be excellent sparkling cider.)

        Our hopes for 2027: fewer floods, a finished basement, and more time with all of you. Come visit the new house - the guest room is real now.

        Love,
        Jess, Sam, Leo and Wren (and Pickles the cat)
        """)
    return doc_mail(fam, to, "Happy Holidays from the Yellands (new address inside!)", D("2026-12-04 19:40"), text, title="Yelland holiday letter")


@M("drug-court-thread-iop-attendance-uds", "restricted",
    "treatment-court coordination thread (hearing dates, transport, forms); one programme report gives a named participant's IOP attendance, urine drug screens and buprenorphine", cat="sud")
def _():
    ct = "courts.tillmancounty.example.gov.test"
    co = person("Gideon Marchbanks", "gmarchbanks@" + ct, None, "Treatment Court Coordinator", "Tillman County Recovery Court", "555-0139")
    iop = person("Ines Castellane", "icastellane@cedarhouserecovery.example.org", "LCADC", "IOP Clinical Supervisor", "Cedar House Recovery", "555-0140", disc="part2")
    pr = person("Officer Darnell Hartigan", "dhartigan@probation.tillmancounty.example.gov.test", None, "Probation Officer", None, None)
    s = "Recovery Court - staffing 12/8 - progress reports due"
    ms = [
        Msg(co, [iop, pr], D("2026-12-01 09:00"), s, dedent("""
            Team,

            Staffing for the Tuesday 12/8 docket is at 13:00 in conference room 2B, court at 14:30. Progress reports are due Friday 12/4 by noon for the 14 participants on the docket (list attached). Please use the updated report template, which now includes the participant's signed consent date.

            Holiday schedule: no court on 12/22 and 12/29. Participants still test on their assigned days; the testing site is open on 12/24 until noon.
            """)),
        Msg(pr, [co], D("2026-12-01 11:15"), "RE: " + s, "I'll have mine in by Thursday. Note that two of my participants need bus passes for January."),
        Msg(iop, [co, pr], D("2026-12-04 10:50"), "RE: " + s, dedent("""
            Reports attached for the 6 Cedar House participants. Summary for the one I want to flag before staffing (consent on file, dated 6/14/2026):

            Participant: Lorcan Abernethy (case RC-2026-031)
            Phase: 2
            IOP attendance (Mon/Wed/Thu evenings): 11 of 12 sessions in November; the one absence was excused (documented illness).
            Urine drug screens: 8 of 8 negative for fentanyl, opioids and stimulants; all positive for buprenorphine as expected (prescribed Suboxone 16 mg daily through our MAT clinic).
            Counseling: weekly individual sessions attended; working on relapse prevention and employment.
            Recommendation: eligible for phase 3 advancement; consider reducing testing to twice weekly.

            Ines
            """)),
        Msg(co, [iop, pr], D("2026-12-04 11:30"), "RE: " + s, "Thank you. I'll put the phase 3 recommendation on the staffing agenda."),
    ]
    return thread_mail(ms)


@M("autoreply-quotes-counselor-buprenorphine-induction", "restricted",
    "vacation auto-reply from a prescriber that quotes the counsellor's incoming message about a named patient's buprenorphine induction and withdrawal score", cat="sud")
def _():
    dom = "harborpointotp.example.org"
    md = person("Dr. Perrin Ndiaye", "pndiaye@" + dom, None, "Addiction Medicine", "Harbor Point Addiction Medicine", None, disc="part2")
    cn = P("Oswin Carrow", "ocarrow@" + dom)
    body = dedent("""
        I am away from the office until Monday, December 7, with limited access to e-mail.

        For urgent clinical issues, including buprenorphine inductions and dosing questions, please contact the on-call provider through the answering service at 555-0141. For prescription refills, use the EHR refill pool.

        Your original message:

        > From: Oswin Carrow <ocarrow@harborpointotp.example.org>
        > Sent: Friday, December 4, 2026 7:58 AM
        > Subject: Induction today - Thistlewood, Zinnia
        >
        > Dr. Ndiaye, Zinnia Thistlewood (DOB 09/30/1996) is here for her home
        > induction follow-up. She took her last fentanyl Wednesday night,
        > started buprenorphine/naloxone yesterday at 10:00 with a COWS of 14,
        > took 4 mg x 3 yesterday and 8 mg this morning. COWS now 5. She is
        > asking if she can go up to 16 mg today because of cravings in the
        > evening. Can you sign the order? She also wants to talk about the
        > monthly injection at her next visit.
        >
        > Oswin Carrow, CADC
        """)
    return mk(md, cn, "Automatic reply: Induction today - Thistlewood, Zinnia", D("2026-12-04 07:58"),
              T(block_text(body, md, sig=False)), extra=[("Auto-Submitted", "auto-replied")])


@M("polish-thread-brat-detoks-alkoholowy-terapia", "restricted",
    "Polish: family thread about Christmas (ISO-8859-2); one message says brother Tomasz is in an alcohol detox ward and will start residential therapy", cat="sud", lang="pl")
def _():
    a = P("Agnieszka Wróbel", "agnieszka.wrobel@poczta.example.pl.test", sig=["Aga"])
    b = P("Krzysztof Wróbel", "k.wrobel@poczta.example.pl.test", sig=["Krzysiek"])
    c = P("Mama", "halina.wrobel@poczta.example.pl.test", sig=["Mama"])
    s = "Wigilia u mamy - kto co przywozi"
    ms = [
        Msg(c, [a, b], D("2026-11-29 18:00", "cet"), s, dedent("""
            Kochani,

            Wigilia jak zawsze u mnie, o 17:00. Ja robię barszcz, uszka i karpia. Aga - pierogi i kompot z suszu? Krzysiu - makowiec i sałatka jarzynowa? Dzieci niech przygotują jasełka jak w zeszłym roku.
            """)),
        Msg(a, [c, b], D("2026-11-29 19:30", "cet"), "Re: " + s, "Pierogi będą, ruskie i z kapustą. Kompot też. Mamo, czy Tomek przyjedzie?", client="gm-pl"),
        Msg(b, [a], D("2026-11-30 22:15", "cet"), "Re: " + s, dedent("""
            Aga, piszę tylko do Ciebie, bez mamy.

            Tomek od środy jest na oddziale detoksykacyjnym w Szpitalu Powiatowym w Borkowie - sam się zgłosił po tym, jak znowu pił przez tydzień bez przerwy i miał drgawki. Lekarz mówi, że detoks potrwa około 10 dni, a potem ma miejsce na 8-tygodniowej terapii stacjonarnej uzależnienia od alkoholu w ośrodku w Zielonej Dolinie, od 14 grudnia. Dostaje leki na odstawienie i witaminy. Prosił, żeby na razie nie mówić mamie, sam jej powie po świętach.

            Na Wigilię więc nie przyjedzie. Ośrodek pozwala na odwiedziny w niedziele od stycznia.

            Krzysiek
            """), client="gm-pl"),
    ]
    return thread_mail(ms, cs="iso-8859-2", hmode="Q")


@M("portuguese-encaminhamento-caps-ad-paciente", "restricted",
    "Brazilian Portuguese: a primary-care unit forwards to a CAPS AD (alcohol and drugs psychosocial centre) the referral of a named patient with crack-cocaine and alcohol use", cat="sud", lang="pt")
def _():
    ubs = person("Enf. Luciana Moraes", "luciana.moraes@ubs-jardimaurora.example.gov.br.test", None, "Enfermeira - Estratégia Saúde da Família",
                 ["UBS Jardim Aurora", "Tel. (11) 5555-0142"], disc="pt")
    caps = P("Acolhimento CAPS AD III", "acolhimento@capsad-leste.example.gov.br.test")
    text = dedent("""
        Prezados colegas do CAPS AD,

        Encaminho abaixo o pedido de acolhimento do usuário discutido na reunião de matriciamento de quinta-feira. Ele aceitou o encaminhamento e assinou o termo de consentimento para compartilhamento de informações.

        Atenciosamente,
        Luciana

        ---------- Mensagem encaminhada ---------
        De: Dr. Ricardo Antunes <ricardo.antunes@ubs-jardimaurora.example.gov.br.test>
        Date: qua., 2 de dez. de 2026 às 16:20
        Subject: Encaminhamento CAPS AD - Wanderley Souza
        To: Luciana Moraes <luciana.moraes@ubs-jardimaurora.example.gov.br.test>

        Usuário: Wanderley Aparecido Souza, 41 anos, nascido em 17/08/1985
        Cartão SUS: 700 0000 4471 2290
        Endereço: Rua das Acácias, 220, Jardim Aurora

        Motivo: uso problemático de crack há cerca de 6 anos e de álcool diário (cachaça, aproximadamente 1 litro/dia). Refere desejo de parar. Episódios de abstinência com tremores e insônia. Perdeu o emprego há 3 meses, vive com a mãe idosa. Nega ideação suicida no momento. Hipertenso, em uso irregular de losartana. Sorologias (HIV, sífilis, hepatites) solicitadas em 25/11, resultados pendentes.

        Solicito acolhimento no CAPS AD para avaliação de desintoxicação e projeto terapêutico singular. A equipe de saúde da família continua acompanhando (visita domiciliar da ACS semanal).

        Dr. Ricardo Antunes - Médico de Família
        """)
    return mk(ubs, caps, "Fwd: Encaminhamento CAPS AD - Wanderley Souza", D("2026-12-03 08:50", "brt"),
              T(block_text(text, ubs), charset="utf-8", cte="base64"), hcs="utf-8")

# ================================================================ restricted: HIV

@M("id-clinic-ops-thread-deep-viral-load-one-patient", "restricted",
    "long infectious-disease clinic operations thread (phones, lab courier, pharmacy); one quoted message gives a named patient's detectable HIV viral load and ART change", cat="hiv")
def _():
    dom = "northgate-med.example.org"
    mgr = person("Oswin Bellweather", "obellweather@" + dom, None, "Practice Manager, Infectious Disease Clinic", "Northgate Regional Medical Center", "555-0143", disc="hiv_clinic")
    rn = person("Quilla Ndiaye", "qndiaye@" + dom, "RN", "ID Clinic Nurse", None, None, disc="hiv_clinic")
    md = person("Dr. Bodhi Lachance", "blachance@" + dom, None, "Infectious Diseases", None, None, disc="hiv_clinic")
    ph = person("Esperanza Kowalczyk", "ekowalczyk@" + dom, "PharmD", "Clinic Pharmacist, 340B", None, None, disc="hiv_clinic")
    s = "ID clinic ops - December changes (phones, courier, 340B pharmacy hours)"
    ms = [
        Msg(mgr, [rn, md, ph], D("2026-11-30 08:00"), s, dedent("""
            Team,

            A few operational changes for December:
            1. Phones: the new call tree goes live 12/7. Option 3 will route directly to the nurse line for lab results and refill questions.
            2. Lab courier: the last courier pickup moves from 16:30 to 15:45 starting 12/1. Specimens drawn after 15:30 go to the main lab by tube system.
            3. 340B pharmacy: open until 18:00 on Tuesdays and Thursdays starting 12/8.
            4. Holiday: clinic closed 12/25 and 1/1; half-day 12/24.
            """)),
        Msg(rn, [mgr], D("2026-11-30 10:30"), "RE: " + s, "Thanks Oswin. Can we keep one late lab slot on Tuesdays? Several working patients can only come after 4."),
        Msg(md, [rn, ph], D("2026-12-01 17:20"), "RE: " + s, dedent("""
            Separate but urgent - Quilla, Esperanza:

            Ramon Ellery (MRN 20561188) - his viral load from 11/24 came back 14,200 copies/mL (was undetectable in May), CD4 310. He admits he missed a lot of doses in October after losing his job and his insurance lapsed. Genotype is pending. I'd like to switch him from Biktarvy to... actually let's keep Biktarvy for now until the genotype is back, but we need to restart it today. Esperanza, can you enroll him in the patient assistance program / ADAP so he's not paying out of pocket, and give him a 30-day supply from the 340B stock? Quilla, please schedule a nurse visit in 2 weeks and a repeat viral load in 4 weeks, and connect him with the Ryan White case manager.

            Bodhi
            """)),
        Msg(ph, [md, rn], D("2026-12-01 17:55"), "RE: " + s, "ADAP application started with him on the phone; 30-day supply is ready for pickup tomorrow at 9. I'll call him about adherence packaging."),
        Msg(mgr, [rn, md, ph], D("2026-12-02 09:00"), "RE: " + s, "Re: the Tuesday late lab slot - approved, 16:00-17:00 Tuesdays, specimens via tube system."),
    ]
    return thread_mail(ms)


@M("fwd-rfc822-prep-refill-reminder-to-partner", "restricted",
    "a man forwards his PrEP clinic's refill-and-labs reminder (message/rfc822) to his partner to plan the appointment", cat="hiv")
def _():
    cl = person("Harbor Street Sexual Health", "noreply@harborstreethealth.example.org", None, None, ["Harbor Street Sexual Health Clinic", "555-0144"], disc="hiv_clinic")
    a = P("Stellan Okafor", "stellan.okafor@inbox.example.net")
    b = P("Nilo Vasquez", "nilo.vasquez@inbox.example.net")
    txt = dedent("""
        Hi Stellan,

        It's time for your 3-month PrEP follow-up. Your current prescription (emtricitabine/tenofovir disoproxil fumarate, 30 tablets with 2 refills) runs out around December 18.

        Before we can send your next refill, you need:
        - HIV test (4th-generation antigen/antibody)
        - STI screening (gonorrhea/chlamydia at 3 sites, syphilis)
        - Kidney function (creatinine)

        Book a lab-only visit or a visit with your provider in the portal, or call 555-0144. Walk-in PrEP labs: Monday-Thursday 8:00-11:00.

        If you'd like to switch to injectable PrEP every two months, ask your provider at this visit.
        """)
    orig = mk(cl, a, "Your PrEP follow-up is due", D("2026-12-01 09:00"), T(block_text(txt, cl)))
    note = "Hey - my PrEP labs are due, want to go together Monday morning before work? You're due too right?\n\nS."
    return mk(a, b, "Fwd: Your PrEP follow-up is due", D("2026-12-01 19:30"), MP("mixed", [T(note), R822(orig)]))


@M("ryan-white-progress-report-one-named-client", "restricted",
    "long Ryan White Part A progress report (service units, viral suppression aggregates, budget); one anecdote names a client with his HIV diagnosis, ART and viral suppression", cat="hiv")
def _():
    rng = rng_for("ryan-white-report")
    dom = "beaconcareservices.example.org"
    ed = person("Marguerite Okonjo", "mokonjo@" + dom, "MSW", "Executive Director", "Beacon Care Services", "555-0145", disc="hiv_clinic")
    po = P("Ryan White Part A Program Office", "rwpa@health.tillmancounty.example.gov.test")
    svc = pipe_table(["Service category", "Unduplicated clients", "Units delivered", "Units contracted", "% of target"], [
        [k, str(a), str(b), str(c), "%d%%" % (100 * b // c)] for k, a, b, c in [
            ("Medical case management", rng.randint(280, 340), rng.randint(3000, 3600), 3800),
            ("Non-medical case management", rng.randint(120, 180), rng.randint(900, 1300), 1400),
            ("Outpatient/ambulatory health services", rng.randint(200, 260), rng.randint(1300, 1700), 1800),
            ("Medical transportation", rng.randint(60, 110), rng.randint(700, 1100), 1200),
            ("Food bank / home-delivered meals", rng.randint(70, 120), rng.randint(2500, 3600), 4000),
            ("Emergency financial assistance", rng.randint(30, 60), rng.randint(40, 90), 100),
            ("Mental health services", rng.randint(50, 90), rng.randint(400, 700), 720),
            ("Psychosocial support", rng.randint(40, 80), rng.randint(300, 500), 520)]])
    vs = pipe_table(["HIV care continuum (clients served, Mar-Oct)", "Number", "Percent"], [
        ["Clients enrolled", "412", "100%"], ["Retained in care (2+ visits 90 days apart)", "361", "88%"],
        ["Prescribed ART", "398", "97%"], ["Viral load test in period", "384", "93%"],
        ["Virally suppressed (<200 copies/mL)", "351", "85%"]])
    text = dedent("""
        Dear Program Office,

        Please find our mid-year progress report for contract RWA-26-0117 below and attached. Data are from our CAREWare export on November 15.

        BEACON CARE SERVICES - RYAN WHITE PART A MID-YEAR PROGRESS REPORT
        Contract period: March 1, 2026 - February 28, 2027. Reporting period: March 1 - October 31, 2026.

        1. SERVICE DELIVERY

        %s

        Medical transportation is below target because the county's new paratransit program covers some trips. We propose reallocating $18,000 from transportation to mental health services, which has a waiting list of 19 clients.

        2. CLINICAL OUTCOMES

        %s

        Viral suppression rose from 82%% last year to 85%%. Suppression remains lower among clients under 30 (74%%) and among clients who are unstably housed (69%%). Our rapid ART start protocol with the ID clinic offers same-week starts; median time from diagnosis to ART start is now 4 days.

        3. QUALITY MANAGEMENT
        Our QI project this year focuses on retention among young men who have sex with men. Text-message reminders and a peer navigator increased 90-day retention in this group from 71%% to 80%%.

        4. CLIENT STORY
        With his permission, we share the story of Devon Achterberg, 27, who was diagnosed with HIV in March at a testing event at the community college. His first viral load was 96,000 copies/mL. Our peer navigator went with him to his first ID clinic visit the same week; he started Biktarvy on day 3, and our case manager helped him enroll in ADAP and find a room in supportive housing after he lost his apartment. By July his viral load was undetectable, and it has stayed undetectable since. Devon now volunteers at our testing events. "I thought it was the end," he says. "Now I know undetectable means untransmittable."

        5. STAFFING
        Two medical case manager positions were filled in August. Our bilingual peer navigator position is vacant; recruitment is under way.

        6. FISCAL
        Expenditures through October are $%s (%d%% of the award), on pace for full spending. The first-half invoices have been submitted; the September invoice is pending your approval.

        7. TECHNICAL ASSISTANCE REQUESTED
        Training on the updated eligibility recertification rules; help with data sharing for the new housing program.

        Thank you,
        """) % (svc, vs, "{:,}".format(rng.randint(610000, 680000)), rng.randint(58, 66))
    return doc_mail(ed, po, "RWA-26-0117 mid-year progress report - Beacon Care Services", D("2026-12-01 16:00"),
                    block_text(text, ed), attach=[A(pdf(text.split("\n"), flate=False, title="Ryan White mid-year report"), "application/pdf", "RWA-26-0117_midyear.pdf")], html_style="outlook")


@M("french-thread-charge-virale-indetectable-partenaire", "restricted",
    "French: a couple's e-mail thread planning a trip; one message forwards the hospital's letter with his undetectable HIV viral load and antiretroviral renewal", cat="hiv", lang="fr")
def _():
    a = P("Mathieu Lefort", "mathieu.lefort@courriel.example.fr.test", sig=["Mathieu"])
    b = P("Julien Carrow", "julien.carrow@courriel.example.fr.test", sig=["Ju"])
    s = "Voyage à Lisbonne en février"
    ms = [
        Msg(b, [a], D("2026-11-28 20:10", "cet"), s, "J'ai trouvé des vols pas chers pour Lisbonne du 12 au 16 février. L'appartement près de l'Alfama est libre. On réserve ?", client="gm-fr"),
        Msg(a, [b], D("2026-11-28 21:30", "cet"), "Re: " + s, "Oui ! Par contre il faut que je vérifie que j'ai assez de traitement pour partir - mon ordonnance se termine fin janvier.", client="gm-fr"),
        Msg(a, [b], D("2026-12-02 18:45", "cet"), "Re: " + s, dedent("""
            Bonne nouvelle, j'ai eu le compte rendu de la consultation au service des maladies infectieuses. Je te le colle ici :

            « Monsieur Mathieu Lefort, né le 04/06/1988, suivi pour une infection par le VIH-1 depuis 2019. Charge virale plasmatique du 20/11/2026 : indétectable (< 20 copies/mL). CD4 : 712/mm3 (34 %%). Traitement par bictégravir/emtricitabine/ténofovir alafénamide (Biktarvy) un comprimé par jour, bien toléré. Renouvellement de l'ordonnance pour 6 mois. Bilan rénal normal. Prochain rendez-vous dans 6 mois. » - Dr Ghislaine Ferreira

            Donc c'est bon pour février, on peut réserver. Et le médecin a redit : indétectable = intransmissible.
            """), client="gm-fr"),
        Msg(b, [a], D("2026-12-02 19:02", "cet"), "Re: " + s, "Super nouvelle ! Je réserve ce soir. Je t'aime.", client="gm-fr"),
    ]
    for m in ms:
        m.body = m.body.replace("%%", "%")
    return thread_mail(ms, cs="utf-8", cte_text="quoted-printable")


@M("spanish-support-digest-own-hiv-diagnosis-story", "restricted",
    "borderline: Spanish support-group digest (events, recipes, rights); one member writes under his full name about his HIV diagnosis, Biktarvy and undetectable viral load - a self-disclosure on a list", cat="hiv", lang="es")
def _():
    L = "listas.vivirpositivo.example.org"
    p = [
        (P("Equipo Vivir Positivo", "equipo@vivirpositivo.example.org"), D("2026-11-29 10:00", "cst"), "Reunión de diciembre y posada",
         "Hola a todos: la reunión mensual será el sábado 12 de diciembre a las 5 de la tarde en el salón comunitario, seguida de nuestra posada. Traigan un platillo para compartir. Habrá pruebas rápidas gratuitas de VIH y sífilis para quien quiera, con consejería confidencial."),
        (P("Ulises Marchetti Ortega", "ulises.mo@correo.example.net"), D("2026-11-30 22:40", "cst"), "Mi historia, un año después",
         "Hace exactamente un año me dieron el diagnóstico de VIH en la clínica de la colonia. Tenía 31 años y pensé que mi vida se había acabado. Mi primera carga viral fue de 220,000 copias y mis CD4 estaban en 180. Empecé Biktarvy esa misma semana, una pastilla al día, y en tres meses ya era indetectable. Hoy, un año después, sigo indetectable y mis CD4 están en 640. Mi médico dice que mi esperanza de vida es la misma que la de cualquiera.\n\nLo más difícil no fue la medicina sino contárselo a mi familia. Mi mamá lloró una semana y luego vino conmigo a la consulta. Si alguien está empezando, escríbanme, con gusto los acompaño.\n\nUlises Marchetti Ortega"),
        (P("Rosa Ibargüen", "rosa.ibarguen@correo.example.net"), D("2026-12-01 09:15", "cst"), "Re: Mi historia, un año después",
         "Ulises, gracias por compartir. Tu mensaje le va a ayudar a mucha gente. Un abrazo."),
        (P("Asesoría Legal", "derechos@vivirpositivo.example.org"), D("2026-12-02 13:00", "cst"), "Tus derechos en el trabajo",
         "Recordatorio: nadie puede exigirte una prueba de VIH para contratarte ni despedirte por tu diagnóstico. Si tienes un problema en el trabajo, agenda una asesoría gratuita con nuestro abogado los miércoles."),
        (P("Cocina Saludable", "cocina@vivirpositivo.example.org"), D("2026-12-03 11:30", "cst"), "Receta: ponche navideño sin azúcar",
         "Para 10 tazas: 3 litros de agua, 6 guayabas, 4 tejocotes, 2 manzanas, caña en trozos, 1 raja de canela, tamarindo y flor de jamaica al gusto. Endulzar con poco piloncillo o sustituto. Hervir todo a fuego bajo por 40 minutos."),
    ]
    footer = "_______________________________________________\nLista Vivir Positivo\nvivirpositivo@%s\nEsta lista es confidencial: no reenvíes mensajes de otros miembros.\nhttps://lists.example.org/mailman/listinfo/vivirpositivo" % L
    return digest_mail("VivirPositivo", "vivirpositivo@" + L, "6, Número 48", D("2026-12-04 06:00", "cst"), p, footer,
                       cs="utf-8", cte="quoted-printable", subj="Resumen de VivirPositivo, Vol 6, Número 48")


@M("dsn-headers-only-hiv-rna-result-subject", "restricted",
    "bounce that returns only the headers of a lab message; the Subject names the patient and 'HIV-1 RNA quantitative result'", cat="hiv")
def _():
    lab = person("Results Desk", "results@northgatelabs.example.com", None, None, ["Northgate Reference Laboratory", "555-0146"])
    to = P("Dr. Bodhi Lachance", "blachance@northgate-med.example.org")
    orig = mk(lab, to, "CORRECTED REPORT - HIV-1 RNA quantitative - CASTELLANOS, MIGUEL A - acc 26-331-04471", D("2026-11-30 14:02"),
              T("Corrected report attached in the provider portal. Please review."))
    human = dedent("""
        Your message did not reach some or all of the intended recipients.

          Subject: CORRECTED REPORT - HIV-1 RNA quantitative - CASTELLANOS, MIGUEL A - acc 26-331-04471
          Sent: 11/30/2026 2:02 PM

        The following recipient(s) cannot be reached:

          Dr. Bodhi Lachance on 11/30/2026 2:03 PM
                The message was rejected because the recipient requires TLS and the sending server could not negotiate it.
                <mx.northgate-med.example.org #5.7.10 smtp;530 5.7.10 Must issue a STARTTLS command first>
        """)
    return dsn("relay.northgatelabs.example.com", P("System Administrator", "postmaster@northgatelabs.example.com"), lab,
               D("2026-11-30 14:03"), orig, "blachance@northgate-med.example.org", status="5.7.10",
               diag="530 5.7.10 <%s>: Must issue a STARTTLS command first", human=human, headers_only=True,
               subj="Undeliverable: CORRECTED REPORT - HIV-1 RNA quantitative - CASTELLANOS, MIGUEL A - acc 26-331-04471")


@M("case-management-weekly-update-one-client-art-adherence", "restricted",
    "long weekly update from a case-management supervisor (caseloads, housing, trainings); one line on a named client's missed ART refills and detectable viral load", cat="hiv")
def _():
    rng = rng_for("cm-weekly")
    dom = "beaconcareservices.example.org"
    sup = person("Thandiwe Rosenquist", "trosenquist@" + dom, "LMSW", "Case Management Supervisor", "Beacon Care Services", "555-0147", disc="hiv_clinic")
    team = P("Beacon Case Managers", "casemanagers@" + dom)
    case = pipe_table(["Case manager", "Active", "New", "Recerts due", "Housing waitlist"],
                      [[n, str(rng.randint(38, 62)), str(rng.randint(0, 5)), str(rng.randint(2, 12)), str(rng.randint(0, 6))] for n in crowd(rng, 7)])
    text = dedent("""
        Hi team,

        Weekly update - please read before Thursday's case conference.

        CASELOADS

        %s

        RECERTIFICATIONS
        Six-month eligibility recertifications for the December cycle are due 12/15. Remember the new proof-of-residence rule: a utility bill or lease is fine; a letter from a shelter is acceptable if dated within 30 days.

        HOUSING
        Two HOPWA short-term rent vouchers became available. Priority goes to clients facing eviction within 30 days. Send referrals to me by Wednesday.

        FOOD PANTRY
        The holiday food boxes arrive 12/15. We have 140 boxes; sign-up sheets are at the front desk. Home delivery for clients who can't come in.

        CLIENTS TO DISCUSS THURSDAY
        - Tobias Lindqvist (CW-3318): has not picked up his Descovy/Prezcobix refills since October, and his viral load on 11/20 was 3,400 (previously undetectable). He says the pharmacy near his new shelter doesn't stock his meds. Please bring options for mail-order delivery to the shelter or switching his pharmacy; the ID clinic is aware.
        - Other cases will be presented by their case managers.

        TRAINING
        - Trauma-informed care, part 2: 12/10, 13:00-16:00.
        - Motivational interviewing refresher for new staff: January.

        ADMIN
        - Mileage forms due by the 5th.
        - Please lock your screens - the compliance walk-through found two unlocked computers last week.

        Thanks for all you do,
        Thandiwe
        """) % case
    return doc_mail(sup, team, "CM weekly update - 11/30", D("2026-11-30 17:00"), block_text(text, sup), html=False)


@M("chinese-big5-forward-hiv-test-result-partner", "restricted",
    "Traditional Chinese (Big5): a man forwards to his partner the clinic's message that his HIV confirmatory test is positive and an appointment to start treatment", cat="hiv", lang="zh")
def _():
    a = P("陳志明", "chiming.chen@mail.example.tw.test", sig=["志明"])
    b = P("林家豪", "jiahao.lin@mail.example.tw.test")
    text = dedent("""
        家豪：

        診所的通知我轉給你，我們晚上再好好談。醫生說現在治療很有效，只要按時吃藥，病毒量可以降到測不到。
        他也建議你這週去做篩檢，如果需要，可以一起去。

        志明

        ---------- 轉寄郵件 ----------
        寄件者：安和感染科診所 <service@anhe-clinic.example.tw.test>
        日期：2026年12月2日 下午3:40
        主旨：檢驗結果通知
        收件者：陳志明 <chiming.chen@mail.example.tw.test>

        陳志明 先生 您好：

        您於11月25日所做的HIV確認檢驗（西方墨點法及病毒量檢測）結果為陽性，病毒量為 48,000 copies/mL，CD4 為 420。
        已為您安排12月4日（星期五）上午10時與感染科林醫師看診，討論開始抗反轉錄病毒治療（ART）。
        所有檢驗結果依法保密。如有任何問題，請撥打診所電話 02-555-0148。

        安和感染科診所 敬上
        """)
    return mk(a, b, "轉寄：檢驗結果通知", D("2026-12-02 20:15", "cst8"), T(text, charset="big5", cte="base64", wrapit=False), hcs="big5")


@M("dental-office-scheduling-thread-one-line-hiv-dovato", "restricted",
    "long dental-office thread about the schedule, sterilisation and a hygienist's leave; one line notes a named patient is HIV positive on Dovato with an undetectable viral load", cat="hiv")
def _():
    dom = "brightsmiledental.example.com"
    om = person("Linnea Jessop", "ljessop@" + dom, None, "Office Manager", "Bright Smile Family Dental", "555-0149")
    dds = person("Dr. Kestrel Ibarguen", "kibarguen@" + dom, "DDS", None, None, None)
    hyg = person("Wilhelmina Carrow", "wcarrow@" + dom, "RDH", None, None, None)
    s = "December schedule, autoclave service, and Wilhelmina's leave"
    ms = [
        Msg(om, [dds, hyg], D("2026-11-30 07:30"), s, dedent("""
            Good morning,

            1. The autoclave is being serviced Thursday 12/3 from 12:00-14:00. Please schedule only exams and consults in that window, and make sure we have enough sterilized cassettes for the afternoon.
            2. Wilhelmina's maternity leave starts 12/21. The temp hygienist (Ines) starts 12/14 for a week of overlap.
            3. We have 14 open hygiene slots in December. The front desk will call the recall list.
            4. Holiday hours: closed 12/24-12/27.
            """)),
        Msg(hyg, [om], D("2026-11-30 09:10"), "RE: " + s, "Thanks! I'll put together notes for Ines on my regular patients, especially the perio maintenance ones."),
        Msg(dds, [om, hyg], D("2026-11-30 12:40"), "RE: " + s, dedent("""
            Sounds good. For Ines's notes - one thing that came up this morning: Tobias Brightwater (the 2:00 crown prep on Tuesdays) mentioned at his medical history update that he is HIV positive, on Dovato, and his viral load is undetectable per his ID doctor. Standard precautions only - no special scheduling needed, and please don't put him at the end of the day like the old office did. Update his medical history in the chart, not on the schedule notes.
            """)),
        Msg(om, [dds, hyg], D("2026-11-30 13:00"), "RE: " + s, "Will do. Also: new glove order arrived; nitrile size M is back in stock."),
    ]
    return thread_mail(ms)


# ================================================================ restricted: genetic

@M("family-letter-cousin-brca1-positive-testing-advice", "restricted",
    "long family e-mail about reunion plans; one part says cousin Marguerite tested positive for a BRCA1 pathogenic variant and urges relatives to see a genetic counsellor", cat="gen")
def _():
    a = P("Bettina Galloway-Price", "bettina.gp@familymail.example.net", sig=["Love, Bettina"])
    to = [P("Galloway cousins", "galloway-cousins@lists.familymail.example.net")]
    text = dedent("""
        Hi cousins,

        A few things in one e-mail, because I know none of you read the group chat:

        1) REUNION 2027. The lake house is booked for July 10-17. It sleeps 22 if the kids are in the bunk room. Cost is about $140 per adult for the week; kids under 12 free. Please reply with headcount by February 1. Uncle Pete has volunteered (threatened) to run the fish fry again.

        2) GRANDMA'S RECIPE BOOK. I'm scanning Grandma Ruth's recipe cards so everyone can have a copy. If you have any of her cards, please send me a photo. I'm missing the rhubarb pie and the "funeral potatoes."

        3) SOMETHING IMPORTANT. Marguerite asked me to share this with the whole family. After her breast cancer diagnosis this summer, her oncologist ordered genetic testing, and she was found to carry a BRCA1 pathogenic variant (c.68_69delAG). Her genetic counselor at Kestrel Point says that means each of her siblings and children has a 50% chance of carrying it too, and it probably came from Grandpa Walt's side. Her sister Anne has already tested (negative). Marguerite's doctors are recommending she have her ovaries removed next year to lower her risk of ovarian cancer.

        If you're on Grandpa Walt's side (that's most of us reading this), the counselor recommends you talk to your own doctor about seeing a genetic counselor. Testing for a known family variant is cheaper and faster than a full panel. Marguerite is happy to share her test report with your counselor - just ask her. Men can carry it too and pass it on.

        She's finishing radiation next week and says she feels good. Send her some love.

        4) BIRTHDAYS. Big ones coming up: Aunt Carol turns 80 on March 3. Let's do a card shower - her address is in the spreadsheet.

        That's all! Happy holidays to everyone.
        """)
    return doc_mail(a, to, "Reunion, recipes, and an important family health note", D("2026-12-03 20:40"), block_text(text, a), html=True, title="Family update")


@M("genetics-scheduling-thread-deep-lynch-mlh1", "restricted",
    "long genetics-clinic scheduling thread (templates, interpreter, telehealth); one quoted message reports a named patient's MLH1 pathogenic variant (Lynch syndrome) and cascade testing", cat="gen")
def _():
    dom = "kestrelpoint.example.org"
    sch = person("Mireille Okafor", "mokafor@" + dom, None, "Scheduler, Cancer Genetics", "Kestrel Point Cancer Institute", "555-0150", disc="hosp_long")
    gc = person("Jarrah Lindqvist", "jlindqvist@" + dom, "MS, CGC", "Genetic Counselor", None, None, disc="hosp_long")
    md = person("Dr. Sigrid Lachance", "slachance@" + dom, None, "Medical Oncology - GI", None, None, disc="hosp_long")
    s = "Cancer genetics clinic - January templates and telehealth slots"
    ms = [
        Msg(sch, [gc], D("2026-11-25 09:00"), s, dedent("""
            Hi Jarrah,

            For January I can give you 4 new-patient slots (60 min) and 6 results-disclosure slots (30 min) per clinic day, Tue/Thu. Telehealth: Wednesdays all day. Spanish interpreter is booked Thursdays 9-12. Does that work?
            """)),
        Msg(gc, [sch], D("2026-11-25 11:30"), "RE: " + s, "Works. Please add one 30-min \"family cascade\" slot at the end of each Tuesday for relatives of known carriers."),
        Msg(gc, [md], D("2026-11-30 16:00"), "RE: " + s, dedent("""
            Sigrid - before I forget, since she's your patient: Yusra Whitcombe's germline panel came back. She has a pathogenic MLH1 variant (c.1852_1854del), so this is Lynch syndrome, consistent with the MSI-high, MLH1-deficient tumor. I disclosed it to her by telehealth today with her husband. She's agreed to share a family letter with her two brothers and her adult daughter; I'll book them in the cascade slots. For her: colonoscopy surveillance every 1-2 years after surgery, and we discussed risk-reducing hysterectomy and BSO after childbearing - she's 47 and done with childbearing, so she'd like gyn-onc referral. Can you put that in?

            Jarrah
            """)),
        Msg(md, [gc], D("2026-11-30 17:20"), "RE: " + s, "Thank you, referral placed. That also supports immunotherapy if she recurs - good to know."),
        Msg(sch, [gc, md], D("2026-12-01 08:15"), "RE: " + s, "January templates are built. Cascade slots added on Tuesdays at 15:30."),
    ]
    return thread_mail(ms)


@M("rare-disease-grant-report-one-named-family-variant", "restricted",
    "long foundation grant report of a rare-disease research programme (enrolment, biobank, budget); one paragraph names a family and their child's SCN1A variant", cat="gen")
def _():
    rng = rng_for("rare-grant")
    dom = "ashcombe-research.example.edu.test"
    pi = person("Dr. Corwin Fenwick", "cfenwick@" + dom, "MD, PhD", "Principal Investigator, Pediatric Epilepsy Genetics Program", "Ashcombe University", "555-0151", disc="uni")
    fd = P("Grants Committee", "grants@dravetfamilies.example.org")
    enr = pipe_table(["Cohort", "Target", "Enrolled", "Exome/genome done", "Diagnostic yield"], [
        ["Developmental and epileptic encephalopathy", "150", str(rng.randint(110, 140)), str(rng.randint(90, 110)), "%d%%" % rng.randint(30, 45)],
        ["Febrile seizures plus", "80", str(rng.randint(40, 70)), str(rng.randint(30, 50)), "%d%%" % rng.randint(10, 25)],
        ["Unexplained infantile spasms", "60", str(rng.randint(30, 55)), str(rng.randint(25, 45)), "%d%%" % rng.randint(20, 35)],
        ["Relatives (segregation)", "200", str(rng.randint(150, 210)), str(rng.randint(100, 150)), "n/a"]])
    text = dedent("""
        Dear members of the Grants Committee,

        Attached and below is the Year 1 progress report for our award "Genomic Diagnosis for Children with Early-Onset Epilepsy."

        1. ENROLLMENT

        %s

        2. KEY FINDINGS
        - Diagnostic yield of genome sequencing in the DEE cohort is 38%%, higher than the 25%% with our previous gene panel.
        - SCN1A remains the most common diagnosis (14 children), followed by KCNQ2, STXBP1 and CDKL5.
        - Rapid genome results (under 10 days) changed treatment for 9 children, mainly avoidance of sodium channel blockers in SCN1A-related Dravet syndrome.

        3. A FAMILY'S EXPERIENCE
        The Pellegrini family agreed to be named in this report. Their son Luca, now 3, had his first prolonged febrile seizure at 6 months and dozens more before his second birthday. Genome sequencing through our program found a de novo pathogenic SCN1A variant (c.2589+3A>T) - not inherited from either parent - confirming Dravet syndrome. His neurologist stopped his oxcarbazepine, which can worsen seizures in Dravet, and started fenfluramine and clobazam; his seizure frequency dropped from about 20 a month to 3. Because the variant is de novo, the family learned that the recurrence risk for a future child is low (around 1-2%% because of possible germline mosaicism), which they said was "the first good news in two years."

        4. BIOBANK
        DNA from 412 participants and fibroblast lines from 22 are banked. Data sharing with the international consortium started in September under our data use agreement.

        5. BUDGET
        Year 1 spending is $%s of $250,000 (%d%%). Sequencing costs were lower than budgeted; we request carry-forward to cover RNA sequencing for unsolved cases.

        6. PUBLICATIONS AND PRESENTATIONS
        Two abstracts accepted at the national epilepsy meeting; one manuscript under review.

        7. YEAR 2 PLANS
        Add RNA sequencing for unsolved cases; open a second site; launch a family advisory board.

        Thank you for your support.
        """) % (enr, "{:,}".format(rng.randint(180000, 230000)), rng.randint(72, 92))
    return doc_mail(pi, fd, "Year 1 progress report - Genomic Diagnosis for Children with Early-Onset Epilepsy", D("2026-12-02 11:00"),
                    block_text(text, pi), attach=[A(pdf(text.split("\n"), title="Year 1 progress report"), "application/pdf", "Year1_progress_report.pdf")])


@M("german-forward-humangenetik-befund-faktor-v-leiden", "restricted",
    "German: a woman forwards to her sister the human-genetics lab report showing she is heterozygous for factor V Leiden, with advice for relatives", cat="gen", lang="de")
def _():
    a = P("Roswitha Engstrom", "roswitha.engstrom@post.example.de.test", sig=["Liebe Grüße, Roswitha"])
    b = P("Gudrun Engstrom-Balogun", "gudrun.eb@post.example.de.test")
    text = dedent("""
        Liebe Gudrun,

        wie am Telefon besprochen, hier der Befund aus der Humangenetik. Die Ärztin meint, du solltest dich auch testen lassen, vor allem, weil du ja die Pille nimmst und im Frühjahr die Knie-OP ansteht. Das geht über deinen Hausarzt oder direkt in der humangenetischen Sprechstunde (mit Beratung vorher, das ist Pflicht nach dem Gendiagnostikgesetz).

        Die Kinder müssen noch nicht getestet werden, sagt sie, erst wenn sie erwachsen sind.

        -------- Weitergeleitete Nachricht --------
        Betreff: Ihr Befund - Molekulargenetische Untersuchung
        Datum: 01.12.2026 11:20
        Von: Institut für Humangenetik Auental <befunde@humangenetik-auental.example.de.test>
        An: Roswitha Engstrom <roswitha.engstrom@post.example.de.test>

        Sehr geehrte Frau Engstrom,

        anbei erhalten Sie auf Ihren Wunsch eine Kopie Ihres Befundes.

        Patientin: Roswitha Engstrom, geb. 11.07.1976
        Untersuchung: Faktor-V-Gen (F5), Variante c.1601G>A (p.Arg534Gln, "Faktor-V-Leiden"); Prothrombin-Gen (F2) c.*97G>A
        Ergebnis: Faktor-V-Leiden HETEROZYGOT nachgewiesen. Prothrombin-Variante nicht nachgewiesen.
        Beurteilung: Bei heterozygotem Faktor-V-Leiden ist das Risiko für venöse Thrombosen etwa 5- bis 7-fach erhöht. Nach der tiefen Beinvenenthrombose im Oktober empfehlen wir die Fortführung der Antikoagulation gemäß hämostaseologischer Empfehlung. Verwandten ersten Grades kann eine genetische Beratung und Testung angeboten werden.

        Mit freundlichen Grüßen
        Dr. med. Friederike Winterbourne, Fachärztin für Humangenetik
        """)
    return mk(a, b, "WG: Ihr Befund - Molekulargenetische Untersuchung", D("2026-12-01 19:30", "cet"),
              T(text, charset="iso-8859-1", cte="8bit"), hcs="iso-8859-1", hmode="Q")


@M("italian-thread-screening-portatori-beta-talassemia", "restricted",
    "Italian: a couple's thread with their gynaecologist's office about pregnancy planning; one message gives both partners' carrier-screening results (beta-thalassaemia carrier)", cat="gen", lang="it")
def _():
    st = person("Studio Dr.ssa Valpiana", "segreteria@studiovalpiana.example.it.test", None, "Segreteria",
                ["Studio di Ginecologia Dr.ssa Elena Valpiana", "Tel. 06 555 0152"], disc="it")
    a = P("Giulia Rossetti", "giulia.rossetti@posta.example.it.test", sig=["Giulia"])
    b = P("Marco Ferraro", "marco.ferraro@posta.example.it.test")
    s = "Esami preconcezionali - risultati"
    ms = [
        Msg(a, [st], D("2026-11-26 10:00", "cet"), s, "Buongiorno, volevo sapere se sono arrivati i risultati degli esami preconcezionali miei e di mio marito (Marco Ferraro). Grazie, Giulia Rossetti", client="gm-it"),
        Msg(st, [a], D("2026-11-30 12:15", "cet"), "R: " + s, dedent("""
            Gentile Sig.ra Rossetti,

            la Dottoressa ha visionato i risultati e mi chiede di comunicarle quanto segue, come da vostro consenso scritto:

            - Sig.ra Giulia Rossetti (nata il 03/05/1993): emocromo con MCV 64 fL, HbA2 5,1% - portatrice sana di beta-talassemia. Analisi molecolare del gene HBB: variante c.118C>T (codon 39) in eterozigosi.
            - Sig. Marco Ferraro (nato il 21/10/1990): HbA2 2,6%, ferritina normale - non portatore di beta-talassemia.

            Poiché solo uno dei due partner è portatore, il rischio di avere un figlio con talassemia major è molto basso. La Dottoressa vi consiglia comunque una consulenza genetica presso il Centro Microcitemie prima della gravidanza; l'impegnativa è pronta in segreteria. Acido folico 400 mcg al giorno da iniziare ora.

            Cordiali saluti,
            La segreteria
            """), client="ol-it"),
        Msg(a, [b], D("2026-11-30 13:02", "cet"), "I: R: " + s, "Amore, guarda qui: io sono portatrice, tu no. La dottoressa dice che va bene lo stesso ma ci manda dal genetista. Ne parliamo stasera? ❤", client="gm-it"),
    ]
    return thread_mail(ms, cs="utf-8")


@M("huntington-forum-digest-own-predictive-test-result", "restricted",
    "borderline: Huntington's family-forum digest (events, caregiving tips); one member writes under her name that her predictive test showed 42 CAG repeats - a self-disclosure on a list", cat="gen")
def _():
    L = "lists.hdfamilies.example.org"
    p = [
        (P("HD Families Moderators", "mods@hdfamilies.example.org"), D("2026-11-30 09:00"), "Holiday support calls",
         "We'll hold extra video support calls on December 22 and 29 at 7 pm. Holidays can be hard when a family member is affected. Links in the members area."),
        (P("Oliver Kettleby", "oliver.kettleby@inbox.example.net"), D("2026-12-01 14:20"), "Swallowing - tips that worked for us",
         "For those caring for someone in middle-stage HD: our speech therapist recommended thickened liquids, smaller bites, and sitting fully upright for 30 minutes after meals. A weighted spoon helped my dad a lot. Happy to share brands."),
        (P("Isolde Marchbanks", "isolde.marchbanks@mailbox.example.net"), D("2026-12-02 22:05"), "I got my result",
         "I've been reading this list for three years without posting, since my mom was diagnosed. After two counseling sessions and six months of thinking, I did predictive testing at the HD clinic at Kestrel Point. On Monday my genetic counselor told me I have 42 CAG repeats - I'm gene positive. I'm 33 and have no symptoms. I don't know what to feel yet. I'm glad I know, I think. I've signed up for the observational study and I'm seeing the neurologist in January for a baseline exam. My partner and I are now talking about PGT for when we want kids.\n\nIf anyone else got a positive result and wants to talk, I'd really like that.\n\nIsolde Marchbanks"),
        (P("Dashiell Fenwick", "dash.fenwick@runmail.example.com"), D("2026-12-03 07:30"), "Re: I got my result",
         "Isolde, I tested positive (40 repeats) five years ago. It gets easier to carry. DM me anytime."),
        (P("HD Families Advocacy", "advocacy@hdfamilies.example.org"), D("2026-12-03 16:00"), "Genetic discrimination law update",
         "Reminder: federal law protects against genetic discrimination in health insurance and employment, but not in life, disability or long-term care insurance. Our fact sheet explains what to consider before testing."),
    ]
    footer = "_______________________________________________\nHDFamilies list - private, members only. Do not forward.\nhttps://lists.example.org/mailman/listinfo/hdfamilies"
    return digest_mail("HDFamilies", "hdfamilies@" + L, "15, Issue 48", D("2026-12-04 05:30"), p, footer, mime=True)


@M("newborn-screen-followup-thread-cftr-sweat-test", "restricted",
    "newborn-screening follow-up thread (courier, forms, scheduling); one message gives a named infant's CFTR variant results from the screen and the sweat-test appointment", cat="gen")
def _():
    st = "health.state.example.gov.test"
    ns = person("Newborn Screening Follow-up", "nbs-followup@" + st, None, None, ["State Newborn Screening Program - Follow-up Unit", "555-0153"], disc="county")
    pcp = person("Dr. Annika Hartigan", "ahartigan@sprucepeds.example.com", None, "Spruce Hill Pediatrics", None, "555-0160")
    cf = person("CF Center Scheduling", "cfscheduling@kestrelpoint.example.org", None, None, "Kestrel Point Cystic Fibrosis Center", None)
    s = "NBS follow-up: abnormal CF screen - infant OYELARAN (DOB 11/21/2026)"
    ms = [
        Msg(ns, [pcp], D("2026-12-01 09:30"), s, dedent("""
            Dr. Hartigan,

            You are listed as the primary care provider for:
            Infant: Baby Boy OYELARAN (first name on birth certificate: Kofi)   DOB: 11/21/2026   Birth hospital: Larkspur Valley
            Mother: Adaora Oyelaran

            Newborn screen (collected 11/22): IRT elevated at 96 ng/mL (cutoff 62). CFTR variant panel: one pathogenic variant detected, F508del (c.1521_1523delCTT), heterozygous; second variant not detected on the panel.

            This result means the infant is either a CF carrier or has CF with a second variant not on the panel. A sweat chloride test is required. We have referred to the Kestrel Point CF Center; please let the family know and return the follow-up form within 5 business days. Genetic counseling will be offered to the family at the sweat test visit.
            """)),
        Msg(pcp, [ns, cf], D("2026-12-01 12:10"), "RE: " + s, "Thanks. I called the mother today; she's anxious but understands. Can the CF Center see him this week? He's feeding well, weight 3.6 kg, stools normal."),
        Msg(cf, [pcp, ns], D("2026-12-01 15:45"), "RE: " + s, "We have a sweat test slot Thursday 12/3 at 9:00 with genetic counseling at 10:00. Family confirmed. Please have him well hydrated and no lotions on his arms that morning."),
        Msg(ns, [pcp, cf], D("2026-12-01 16:10"), "RE: " + s, "Thank you. Follow-up form attached; please send the sweat chloride result to us when available. The case stays open until the diagnosis is resolved."),
    ]
    return thread_mail(ms)


@M("japanese-eucjp-idenshi-counseling-brca2", "restricted",
    "Japanese (EUC-JP): a hospital's genetic-counselling department writes to a named patient about her BRCA2 result disclosure visit and testing for her sister", cat="gen", lang="ja")
def _():
    gc = P("遺伝診療部 遺伝カウンセリング外来", "idenshi@sakuradai-hp.example.jp.test", sig=["さくら台総合病院 遺伝診療部", "認定遺伝カウンセラー 山本 真理子", "TEL 03-555-0154"])
    pt = P("鈴木 恵子", "keiko.suzuki@mail.example.jp.test")
    text = dedent("""
        鈴木 恵子 様

        さくら台総合病院 遺伝診療部です。
        先日（11月20日）に実施しました遺伝学的検査（BRCA1/BRCA2遺伝子検査）の結果について、ご説明の予約をお取りしました。

          日時：12月10日（木）14:00〜15:00
          場所：外来棟3階 遺伝カウンセリング室
          担当：臨床遺伝専門医 佐々木医師、認定遺伝カウンセラー 山本

        お電話でお伝えしたとおり、BRCA2遺伝子に病的バリアントが確認されました。当日は、乳がん・卵巣がんのリスクと今後の検診・予防的手術の選択肢についてご説明します。
        また、ご希望のありましたお姉様（真由美様）の血縁者検査についても、当日ご相談いただけます。ご家族の同伴も可能です。

        ご不明な点がございましたら、遺伝診療部までお電話ください。
        """)
    return mk(gc, pt, "遺伝学的検査の結果説明のご予約について", D("2026-12-02 11:30", "jst"),
              T(block_text(text, gc), charset="euc-jp", cte="base64", wrapit=False), hcs="euc-jp")

# ================================================================ restricted: reproductive health

@M("ivf-thread-deep-quoted-retrieval-and-embryo-results", "restricted",
    "long fertility-clinic thread about billing, parking and consent forms; one quoted nurse message gives a named patient's egg-retrieval count, fertilisation and blastocyst results", cat="rep")
def _():
    dom = "bellhavenfertility.example.com"
    rn = person("Nurse Coordinator Team", "nurses@" + dom, None, None, ["Bellhaven Fertility Partners - IVF Nurse Coordinators", "555-0172"], disc="fertility")
    fin = person("Marisol Achterberg", "financial@" + dom, None, "Financial Counselor", "Bellhaven Fertility Partners", "555-0173", disc="fertility")
    pt = P("Keziah Moorcroft", "keziah.moorcroft@inbox.example.net", sig=["Keziah"])
    s = "Cycle billing, consent forms and next steps"
    ms = [
        Msg(fin, [pt], D("2026-11-16 10:00"), s, dedent("""
            Hi Keziah,

            Your benefits verification is complete. Your employer's fertility benefit covers 2 IVF cycles with a lifetime maximum of $25,000; medications are covered through the specialty pharmacy with a 20% coinsurance. Your estimated out-of-pocket for this cycle is $2,340 (monitoring, anesthesia, and ICSI are partly covered). Payment is due before retrieval. Payment plan options are available.
            """)),
        Msg(pt, [fin, rn], D("2026-11-16 19:40"), "RE: " + s, "Thank you. I paid online. Where do we park on retrieval day, and do the embryo disposition consent forms have to be notarized?", client="gm-en"),
        Msg(rn, [pt], D("2026-11-17 08:30"), "RE: " + s, "Hi Keziah, parking is free in the garage on level 2 - bring your ticket inside for validation. The consent forms must be signed by both partners; notarization isn't needed if you sign in the portal with ID verification."),
        Msg(rn, [pt], D("2026-11-27 15:10"), "RE: " + s, dedent("""
            Hi Keziah,

            Update from the embryology lab after your retrieval on 11/22:
            - 14 eggs retrieved, 11 mature
            - 9 fertilized normally with ICSI
            - Day 5/6: 5 blastocysts reached freezing quality (grades 4AA, 4AB, 4AB, 5BB, 3BB), all vitrified. Trophectoderm biopsies were sent for PGT-A as you consented.

            PGT-A results usually take 10-14 days. Dr. Hartigan will review them with you at your follow-up on 12/10. Your estradiol was high at trigger, so please call if you have increasing bloating, weight gain over 2 lb a day, or shortness of breath.
            """)),
        Msg(pt, [rn], D("2026-11-27 18:02"), "RE: " + s, "This is amazing news, thank you!! Bloating is going down. See you 12/10.", client="gm-en"),
        Msg(fin, [pt], D("2026-12-01 09:20"), "RE: " + s, dedent("""
            Hi Keziah, a quick billing follow-up: your annual embryo storage fee ($750) will start billing on the 1-year anniversary of freezing. You can prepay at a 10% discount. The PGT-A lab will bill your insurance directly; we'll let you know if anything is denied.
            """)),
    ]
    return thread_mail(ms)


@M("manager-update-employee-ivf-retrieval-time-off", "restricted",
    "borderline: a manager's long weekly update to her team; one line says an employee is out for her IVF egg retrieval - employment mail, but named fertility treatment", cat="rep")
def _():
    dom = "coastlinemutual.example.com"
    mgr = person("Ghislaine Rudnicki", "grudnicki@" + dom, None, "Director, Actuarial Analytics", "Coastline Mutual Insurance Group", "555-0174", disc="corp")
    team = P("Actuarial Analytics", "actuarial-analytics@" + dom)
    text = dedent("""
        Hi all,

        Weekly update - a short one, I promise.

        DELIVERABLES
        - Q4 reserve review: first draft due to the Chief Actuary on 12/11. Thanks to Bram and Linnea for the loss triangles; the auto physical damage segment still needs the hail adjustment.
        - Rate filing (homeowners, two states): responses to the regulator's objection letter are due 12/15.
        - Model validation of the new telematics pricing model: kick-off meeting Thursday.

        SYSTEMS
        - The data warehouse migration to the new cloud platform is on track for the weekend of 12/12. Expect read-only access from Friday 18:00 to Monday 06:00.
        - Please move personal analysis notebooks off the old shared drive by 12/10.

        PEOPLE
        - Welcome back, Stellan, from paternity leave!
        - Maren will be out Tuesday and Wednesday for her egg retrieval (her IVF cycle is a week earlier than planned) - she's fine with the team knowing, and asked that no one schedule meetings with her those days. Please route reserving questions to Yusra.
        - Holiday coverage: please sign up on the sheet by Friday.

        FUN
        The team holiday lunch is 12/17 at noon. Ugly sweaters encouraged, spreadsheets discouraged.

        Ghislaine
        """)
    return doc_mail(mgr, team, "Team update - week of 11/30", D("2026-11-30 08:15"), block_text(text, mgr), html_style="outlook")


@M("fwd-chain-partner-notification-chlamydia-positive", "restricted",
    "forward chain: a man forwards the clinic's positive chlamydia result with the clinic's partner-treatment instructions to his partner, who forwards it to her own doctor", cat="rep")
def _():
    cl = person("Results", "results@harborstreethealth.example.org", None, None, ["Harbor Street Sexual Health Clinic", "555-0144"], disc="hiv_clinic")
    a = P("Idris Quarles", "idris.quarles@inbox.example.net", sig=["I."])
    b = P("Verity Lachance", "verity.lachance@mailbox.example.net", sig=["V"])
    doc = P("Dr. Annika Stavros", "astavros@lakeshorefamily.example.com")
    s = "Your test results"
    ms = [
        Msg(cl, [a], D("2026-11-30 11:00"), s, dedent("""
            Hello Idris,

            Your results from your visit on 11/25/2026:
            - Chlamydia (urine NAAT): POSITIVE
            - Gonorrhea (urine NAAT): negative
            - Syphilis (RPR): non-reactive
            - HIV antigen/antibody: non-reactive

            Treatment: doxycycline 100 mg twice daily for 7 days has been sent to your pharmacy. No sex for 7 days after you finish treatment and until your partners are treated.

            Partners from the last 60 days need to be tested and treated. You may give them this message. In our state, Expedited Partner Therapy is allowed: we can send a prescription for your partner without an exam - reply with their name and date of birth, or they can call us at 555-0144.

            Please get retested in 3 months.
            """)),
        Msg(a, [b], D("2026-11-30 18:20"), "Fwd: " + s, "V, I'm really sorry. I just got this. Please read it, the clinic says you should get treated too. I'll pay for whatever. Can we talk tonight?", client="gm-en", fwd=True),
        Msg(b, [doc], D("2026-12-01 08:05"), "Fwd: Fwd: " + s, dedent("""
            Dr. Stavros,

            My partner tested positive for chlamydia (his results are below). I don't have symptoms but I'd like to be tested and treated. I'm allergic to penicillin if that matters. Can I come in today or can you send something to my pharmacy?

            Verity Lachance, DOB 02/19/1995
            """), client="gm-en", fwd=True),
    ]
    return thread_mail(ms, html=False)


@M("spanish-thread-clinica-diu-anticoncepcion", "restricted",
    "Spanish: patient and clinic thread about an IUD insertion appointment, contraception counselling and pain relief", cat="rep", lang="es")
def _():
    cl = person("Clínica de Salud de la Mujer", "citas@saludmujer-valle.example.org", None, None,
                ["Clínica de Salud de la Mujer del Valle", "Tel. 555-0175"], disc="es")
    pt = P("Xiomara Benavides", "xiomara.benavides@correo.example.net", sig=["Xiomara"])
    s = "Cita para colocación de DIU"
    ms = [
        Msg(pt, [cl], D("2026-11-27 21:00", "cst"), s, dedent("""
            Hola, buenas noches. En la consulta del martes la enfermera Ana me explicó los métodos anticonceptivos y decidí ponerme el DIU hormonal (el de 8 años). Me dijeron que les escribiera para hacer la cita. ¿Qué días tienen? ¿Tengo que ir con la regla? Me da miedo que duela.

            Xiomara Benavides, fecha de nacimiento 14/01/2001
            """), client="gm-es"),
        Msg(cl, [pt], D("2026-11-30 09:40", "cst"), "RE: " + s, dedent("""
            Hola Xiomara:

            Le ofrecemos cita para la colocación del DIU de levonorgestrel el jueves 10 de diciembre a las 11:20 con la Dra. Castellane. No es necesario que esté con la regla; le haremos una prueba de embarazo ese día. Si tuvo relaciones sin protección en las últimas dos semanas, avísenos.

            Para el dolor: tome 600 mg de ibuprofeno una hora antes (si no es alérgica). La doctora puede aplicar anestesia local en el cuello del útero si lo desea. Después puede tener cólicos y manchado unos días.

            Mientras tanto, siga usando condón o su método actual. Si quiere, también podemos darle anticoncepción de emergencia.

            Responda a este correo para confirmar la cita.
            """), client="ol-es"),
        Msg(pt, [cl], D("2026-11-30 12:15", "cst"), "RE: " + s, "Confirmo el jueves 10 a las 11:20. Gracias por explicarme todo.", client="gm-es"),
    ]
    return thread_mail(ms, cs="iso-8859-1", hmode="Q")


@M("dsn-bounce-medication-abortion-followup-message", "restricted",
    "non-delivery report carrying a telehealth clinic's follow-up message after a named patient's medication abortion (mifepristone/misoprostol, pregnancy test date)", cat="rep")
def _():
    cl = person("Care Team", "care@clearpathtelehealth.example.com", None, None, ["ClearPath Reproductive Telehealth", "24/7 nurse line 555-0176"], disc="clinic_short")
    pt = P("Maren Galloway", "maren.galloway@mailbx.example.net")
    txt = dedent("""
        Hi Maren,

        This is your 7-day check-in after your medication abortion (mifepristone taken 11/24, misoprostol 11/25).

        Please reply or call us to tell us:
        - whether the bleeding has decreased,
        - whether you still have any pregnancy symptoms.

        Take your low-sensitivity urine pregnancy test on 12/23 (4 weeks after misoprostol) and send us the result through the app. Call the nurse line at 555-0176 right away if you soak 2 or more thick pads an hour for 2 hours, have a fever over 100.4 F for more than 24 hours, or severe pain.

        If you'd like to start birth control, we can send a prescription today.
        """)
    orig = mk(cl, pt, "Your 7-day check-in", D("2026-12-01 10:00"), T(block_text(txt, cl)))
    return dsn("out1.clearpathtelehealth.example.com", P("Mail Delivery System", "MAILER-DAEMON@out1.clearpathtelehealth.example.com"), cl,
               D("2026-12-01 10:02"), orig, "maren.galloway@mailbx.example.net", status="5.1.1")


@M("family-holiday-letter-sister-egg-freezing", "restricted",
    "long family holiday letter; one paragraph says the writer's sister Priya froze her eggs this autumn (fertility preservation) with the number of eggs", cat="rep")
def _():
    fam = P("Anjali Szabo", "anjali.szabo@familymail.example.net", sig=[])
    to = P("", "undisclosed-recipients:;")
    text = dedent("""
        Season's greetings from the Szabo-Raman crew!

        We're writing from a living room covered in cardboard, because Aarav (8) decided this year's holiday project is a life-size gingerbread castle made of delivery boxes. Meera (5) is in charge of "decorations," which means glitter. Everywhere. Forever.

        School and work: Aarav is in third grade, loves chess club and has read every book in a series about a wizard cat. Meera started kindergarten and announced on day two that she's going to be "a doctor and a ballerina and a garbage truck driver." Balázs was promoted to lead pharmacist at the hospital and is now in charge of the holiday schedule, which has made him both powerful and unpopular. I'm still at the architecture firm and spent the year designing a new public library that breaks ground in April.

        Travel: in April we visited Balázs's family in Budapest - the kids' first trip to Europe. They loved the thermal baths, the chimney cakes, and their great-grandmother's paprika chicken, in that order. In August we did our usual week at the beach with my parents.

        Family: my parents celebrated their 40th anniversary in June with a renewal of vows in their backyard. My sister Priya, who turned 36 this year, decided she wasn't ready for kids yet but didn't want to close the door, so she froze her eggs this fall at Bellhaven Fertility - two rounds of injections and two retrievals, and they froze 19 eggs in total. She says the shots were "less bad than I expected, and the hormones were worse." She's thrilled, and she gave me permission to brag about how brave she was. We're all very proud of her.

        Our holiday plans: Christmas at home with my parents and Priya, then New Year's in the mountains if the snow cooperates.

        Wishing you all a joyful holiday season and a healthy, happy 2027!

        Anjali, Balázs, Aarav and Meera
        """)
    return doc_mail(fam, to, "Happy holidays from the Szabo-Ramans", D("2026-12-04 20:20"), text, title="Szabo-Raman holiday letter")


@M("portuguese-thread-laqueadura-consulta", "restricted",
    "European Portuguese: a woman's e-mail exchange with a health centre about her tubal-ligation consultation (contraceptive care) and the required forms", cat="rep", lang="pt")
def _():
    cs_ = person("Unidade de Saúde Familiar Ribeira", "secretariado@usf-ribeira.example.pt.test", None, "Secretariado Clínico",
                 ["USF Ribeira", "Tel. 255 555 0177"], disc=None)
    pt = P("Inês Carvalho Moreira", "ines.moreira@correio.example.pt.test", sig=["Inês Moreira"])
    s = "Pedido de consulta de planeamento familiar - laqueação de trompas"
    ms = [
        Msg(pt, [cs_], D("2026-11-24 21:15", "utc"), s, dedent("""
            Boa noite,

            Chamo-me Inês Carvalho Moreira (nº de utente 287 440 193), tenho 38 anos e três filhos. Depois de falar com a minha médica de família, a Dra. Teresa Lopes, na última consulta, decidi que quero fazer a laqueação de trompas como método contracetivo definitivo. Ela disse-me para pedir uma consulta de planeamento familiar para tratar do encaminhamento para o hospital. Até agora uso a pílula, mas tenho enxaquecas e ela não quer que continue.

            Que documentos preciso de levar? O meu marido tem de ir também?

            Obrigada,
            """), client="gm-pt"),
        Msg(cs_, [pt], D("2026-11-26 10:30", "utc"), "RE: " + s, dedent("""
            Exma. Sra. D. Inês Moreira,

            Foi marcada consulta de planeamento familiar com a Dra. Teresa Lopes e a enfermeira de saúde materna para o dia 9 de dezembro, às 15h00.

            Nessa consulta ser-lhe-á explicado o procedimento e assinará o consentimento informado. A presença do marido não é obrigatória. Traga o cartão de cidadão e a lista da medicação. Até à cirurgia, a médica irá propor-lhe um método contracetivo alternativo sem estrogénios (por exemplo, a pílula só com progestativo ou o implante).

            Com os melhores cumprimentos,
            Secretariado Clínico
            """), client="ol-pt"),
    ]
    return thread_mail(ms, cs="iso-8859-1", hmode="Q")


@M("german-thread-pille-danach-apotheke-frauenarzt", "restricted",
    "German: a young woman's thread with a pharmacy and then her gynaecologist's practice about emergency contraception she took and starting the pill", cat="rep", lang="de")
def _():
    ap = person("Apotheke am Markt", "info@apotheke-ammarkt.example.de.test", None, None, ["Apotheke am Markt, Inh. Dr. Florian Drummond", "Tel. 05555 555-0178"])
    fa = person("Praxis Dr. Greer Hartmann", "praxis@frauenaerztin-hartmann.example.de.test", None, "Frauenärztin", ["Tel. 05555 555-0179"], disc="de")
    pt = P("Lena Bauer", "lena.bauer@mail.example.de.test", sig=["Lena"])
    s = "Frage zur Pille danach"
    ms = [
        Msg(pt, [ap], D("2026-11-29 10:10", "cet"), s, "Hallo, ich habe gestern Abend bei Ihnen die Pille danach (Ulipristal) gekauft und um 21 Uhr genommen. Heute ist mir etwas übel. Muss ich sie nochmal nehmen, wenn ich mich übergebe? Und ab wann kann ich mit der normalen Pille anfangen?", client="gm-de"),
        Msg(ap, [pt], D("2026-11-29 11:00", "cet"), "AW: " + s, dedent("""
            Liebe Frau Bauer,

            Übelkeit ist eine häufige Nebenwirkung. Nur wenn Sie sich innerhalb von 3 Stunden nach der Einnahme übergeben haben, sollten Sie eine neue Tablette nehmen - das war bei Ihnen nicht der Fall.

            Mit einer hormonellen Pille sollten Sie frühestens 5 Tage nach Ulipristal beginnen, da sie sonst die Wirkung abschwächen kann, und dann 7 Tage zusätzlich Kondome verwenden. Bitte besprechen Sie das mit Ihrer Frauenärztin. Falls Ihre Periode mehr als 7 Tage zu spät kommt, machen Sie einen Schwangerschaftstest.

            Freundliche Grüße
            Ihre Apotheke am Markt
            """), client="ol-de"),
        Msg(pt, [fa], D("2026-11-29 12:20", "cet"), "WG: AW: " + s, dedent("""
            Sehr geehrte Frau Dr. Hartmann,

            ich bin seit 2023 Patientin bei Ihnen (Lena Bauer, geb. 07.09.2004). Ich musste gestern die Pille danach nehmen (siehe unten) und möchte jetzt gerne mit der Pille anfangen bzw. mich beraten lassen, vielleicht auch über die Spirale. Haben Sie nächste Woche einen Termin frei?

            Viele Grüße
            Lena Bauer
            """), client="gm-de", fwd=True),
        Msg(fa, [pt], D("2026-11-30 08:30", "cet"), "AW: WG: AW: " + s, dedent("""
            Liebe Frau Bauer,

            wir haben für Sie einen Termin zur Verhütungsberatung am Freitag, 4.12., um 9:40 Uhr. Bitte bringen Sie Ihre Versichertenkarte mit. Bis dahin bitte Kondome verwenden.

            Ihr Praxisteam
            """), client="ol-de"),
    ]
    return thread_mail(ms, cs="utf-8")


@M("public-health-thread-deep-syphilis-rpr-partner-services", "restricted",
    "long county public-health thread on staffing and case-tracking software; one quoted disease-intervention message names a person with a reactive RPR (syphilis) and partner notification", cat="rep")
def _():
    dom = "health.tillmancounty.example.gov.test"
    sup = person("Ottilie Balogun", "obalogun@" + dom, None, "STI Program Supervisor", "Tillman County Department of Public Health", "555-0180", disc="county")
    dis = person("Hamish Ibarguen", "hibarguen@" + dom, None, "Disease Intervention Specialist", None, "555-0181", disc="county")
    it = person("County IT - Applications", "itapps@tillmancounty.example.gov.test", None, None, None, None)
    s = "STI program - December staffing and surveillance system upgrade"
    ms = [
        Msg(sup, [dis, it], D("2026-11-24 08:30"), s, dedent("""
            Team,

            December items:
            1. The surveillance system upgrade is scheduled for 12/5 (Saturday). IT says the system will be down 06:00-14:00. Please don't leave case records open on Friday evening.
            2. Field visits: we're down one DIS until the new hire starts 1/4. Priority is congenital syphilis prevention - pregnant cases and their partners first.
            3. County syphilis cases are up 18% year over year; the quarterly report goes to the board on 12/15.
            """)),
        Msg(it, [sup], D("2026-11-24 10:00"), "RE: " + s, "Confirmed for 12/5. Users will need to reset their passwords at first login after the upgrade. Training video will be sent 12/3."),
        Msg(dis, [sup], D("2026-11-30 16:40"), "RE: " + s, dedent("""
            Ottilie - for the field priority list, a new one from today:

            Case: Rosalind Whitcombe, DOB 07/14/1999, reported by Harbor Street clinic. RPR reactive 1:64, treponemal antibody positive; secondary syphilis (rash on palms). She is 14 weeks pregnant - prenatal care at Lakeshore Family Health. She received benzathine penicillin today (first of 3 weekly doses). Interviewed at the clinic: she named 2 partners in the past 6 months; one has a phone number, the other only a first name and an address. I'll do the field visit tomorrow morning.

            Hamish
            """)),
        Msg(sup, [dis], D("2026-11-30 17:05"), "RE: " + s, "Thank you - top priority. Please coordinate with Lakeshore so the second and third doses are on schedule and the baby's pediatrician is notified at delivery."),
        Msg(sup, [dis, it], D("2026-12-02 09:00"), "RE: " + s, "Reminder: upgrade Saturday. Close all open records by Friday 17:00."),
    ]
    return thread_mail(ms)

# ================================================================ traps: long, dense with health words, no individual

@M("trap-lunch-order-under-triple-phi-disclaimers", "none",
    "a lunch order between two nurses under three long PHI/HIPAA/42 CFR Part 2 disclaimers; no patient")
def _():
    dom = "harborpointotp.example.org"
    a = person("Keziah Drummond", "kdrummond@" + dom, "LCADC", "Program Director", "Harbor Point Opioid Treatment Program", "555-0136", disc="part2")
    b = P("Hollis Pellegrini", "hpellegrini@" + dom)
    body = dedent("""
        Hollis - ordering from the Thai place for the staff meeting. Pad see ew for you again? They're out of the spring rolls so I'm getting the dumplings. $14 each, Venmo me later.

        K.
        """)
    full = block_text(body, a) + "\n\n" + DISC["hosp_long"] + "\n\n" + DISC["bh"]
    return mk(a, b, "lunch", D("2026-12-03 11:02"), T(full))


@M("trap-thread-sep1-abstraction-fallouts-aggregate", "none",
    "nine-message quality thread on SEP-1 abstraction fallouts: case counts, lactate timing, antibiotic windows, no patient identifiable")
def _():
    dom = "oakhollowmed.example.org"
    ab = person("Greer Nussbaum", "gnussbaum@" + dom, "RN, CPHQ", "Core Measures Abstractor", "Oak Hollow Medical Center - Quality", "555-0182", disc="hosp_long")
    ed = person("Dr. Florian Ashgrove", "fashgrove@" + dom, None, "Medical Director, Emergency Department", None, None, disc="hosp_long")
    ip = person("Dr. Linnea Vasquez-Orr", "lvasquez@" + dom, None, "Sepsis Physician Champion", None, None, disc="hosp_long")
    inf = person("Bram Zielinski", "bzielinski@" + dom, None, "Clinical Informatics", None, None, disc="hosp_long")
    lab = person("Celestine Ndiaye", "cndiaye@" + dom, "MLS(ASCP)", "Core Lab Manager", None, None, disc="hosp_long")
    s = "Q3 SEP-1 fallout review - where we lost the bundle"
    ms = [
        Msg(ab, [ed, ip, inf, lab], D("2026-11-23 08:00"), s, dedent("""
            All,

            Q3 SEP-1 abstraction is final. 74 cases in the sample (after exclusions), 48 passed, 26 failed: 64.9% compliance, up from 58.2% in Q2.

            Fallout reasons (a case can fail for more than one, but CMS counts the first):
            - Repeat lactate not drawn within 6 hours of presentation when initial lactate > 2: 11
            - Blood cultures drawn after antibiotics: 5
            - Broad-spectrum antibiotic not started within 3 hours: 4
            - 30 mL/kg crystalloid not completed or no documentation of a lower volume reason: 3
            - Vasopressors not started within 6 hours for persistent hypotension: 1
            - Reassessment of volume status/tissue perfusion not documented: 2

            Repeat lactate is again the biggest bucket. Of the 11, 6 had the repeat drawn between 6 and 7 hours - so close. I'll send the de-identified case timelines in the abstraction tool, not by e-mail.
            """)),
        Msg(ed, [ab, ip, inf, lab], D("2026-11-23 09:15"), "RE: " + s, dedent("""
            Thanks Greer. Is the clock starting at triage time or at the time the sepsis criteria were met? Because if it's triage, patients who look fine at triage and deteriorate 2 hours later are set up to fail.
            """)),
        Msg(ab, [ed, ip, inf, lab], D("2026-11-23 09:50"), "RE: " + s, dedent("""
            Severe sepsis presentation time = the time the last criterion was met within the 6-hour window (SIRS + suspected infection + organ dysfunction), or physician documentation of severe sepsis, whichever is first. It's not triage time unless all the criteria are present at triage. For the 6 near-misses, the presentation time was usually driven by the initial lactate result time.
            """)),
        Msg(ip, [ab, ed, inf, lab], D("2026-11-23 11:20"), "RE: " + s, dedent("""
            That's helpful. Two fixes I'd propose:
            1. Informatics: a repeat lactate order that auto-fires 3 hours after a resulted lactate > 2.0, as a timed order, not a reminder.
            2. Lab: can we treat repeat lactates as STAT with a phlebotomy draw if the nurse hasn't drawn it by hour 4?

            Also, for the culture-after-antibiotic fallouts, most were patients who got antibiotics in the ambulance or the urgent care. Those should be excluded if documented - Greer, can you confirm whether the pre-hospital antibiotic was documented in those 5?
            """)),
        Msg(ab, [ip], D("2026-11-23 12:05"), "RE: " + s, "In 3 of 5, the antibiotic was given in the ED before cultures; in 2, the transfer paperwork said \"antibiotics given\" without a drug or time, so they couldn't be excluded."),
        Msg(inf, [ip, ab, ed, lab], D("2026-11-24 10:40"), "RE: " + s, dedent("""
            The timed repeat lactate is doable. I'd build it into the sepsis order set as a linked order: when the initial lactate results > 2.0, the repeat becomes active with a due time of result + 3h and shows on the nursing task list with an overdue flag at 4h. Build estimate: 2 weeks, plus testing. Needs approval at the order set committee (meets 12/9).
            """)),
        Msg(lab, [ip, ab, ed, inf], D("2026-11-24 14:00"), "RE: " + s, dedent("""
            Lab can support phlebotomy draws for overdue repeat lactates on the inpatient units. In the ED, nursing draws, so it would have to be an ED process. Our current median in-lab turnaround for lactate is 19 minutes, so the delay is in collection, not analysis. One note: lactate needs to go on ice if transport will take more than 15 minutes, or we get falsely high values.
            """)),
        Msg(ed, [ip, ab, inf, lab], D("2026-11-25 07:45"), "RE: " + s, "ED is in. I'll add \"repeat lactate due\" to the ED tracking board and make it part of the 2-hour reassessment huddle."),
        Msg(ip, [ab, ed, inf, lab], D("2026-11-30 16:10"), "RE: " + s, dedent("""
            Summary of the plan, to bring to the sepsis committee 12/14:
            1. Timed, linked repeat lactate order (Informatics, pending order set committee 12/9).
            2. ED tracking board flag + reassessment huddle (ED, starting 12/7).
            3. Inpatient phlebotomy backup draw at hour 4 (Lab, starting 12/14).
            4. EMS and urgent care education about documenting antibiotic name and time on transfer forms (ED medical director).
            Target: 70% compliance in Q1.

            Thanks all - great discussion.
            """)),
    ]
    return thread_mail(ms)


@M("trap-thread-pt-committee-infliximab-biosimilar-switch", "none",
    "long P&T thread on switching infliximab and adalimumab biosimilars: costs, interchangeability, infusion-centre workflow, aggregate patient counts only")
def _():
    dom = LV
    fp = person("Dr. Oswin Eskildsen", "oeskildsen@" + dom, "PharmD", "Formulary Manager", "Larkspur Valley Health - Pharmacy", "555-0183", disc="hosp_long")
    gi = person("Dr. Adaeze Stavros", "astavros@" + dom, None, "Gastroenterology - IBD Center", None, None, disc="hosp_long")
    rh = person("Dr. Tobias Hartigan", "thartigan@" + dom, None, "Rheumatology", None, None, disc="hosp_long")
    inf = person("Corinne Yelland", "cyelland@" + dom, "RN", "Manager, Ambulatory Infusion Center", None, None, disc="hosp_long")
    rev = person("Perrin Gorecki", "pgorecki@" + dom, None, "Revenue Integrity - Pharmacy", None, None, disc="hosp_long")
    s = "P&T proposal: infliximab biosimilar standardization + adalimumab biosimilar preferred"
    ms = [
        Msg(fp, [gi, rh, inf, rev], D("2026-11-16 09:00"), s, dedent("""
            Colleagues,

            For the December P&T meeting, pharmacy proposes:

            A) Infliximab: make one biosimilar (infliximab-dyyb) the preferred product for all new starts and switch stable patients on the reference product or other biosimilars at their next infusion, unless payer-mandated otherwise. Estimated annual savings: $1.9 million at current volume (about 310 active infusion patients, 2,100 infusions/year).

            B) Adalimumab: for our specialty pharmacy, make the high-concentration, citrate-free interchangeable biosimilar preferred, aligned with our three largest commercial payers' 2027 formularies.

            Evidence: switching studies (including the NOR-SWITCH trial and several open-label extensions) show no loss of efficacy or increase in immunogenicity with a single switch. Multiple switches have less data but the interchangeability studies with alternating products were reassuring.

            Requests for input:
            - GI and Rheum: any patient groups you'd exclude (e.g., pediatric IBD, patients with prior anti-drug antibodies)?
            - Infusion center: workflow impact.
            - Revenue integrity: payer coverage.

            Oswin
            """)),
        Msg(gi, [fp, rh, inf, rev], D("2026-11-16 13:30"), "RE: " + s, dedent("""
            GI supports (A) with two exclusions: (1) patients in the first 14 weeks of induction should finish induction on the product they started; (2) patients who previously lost response and were dose-escalated with therapeutic drug monitoring should have a trough and antibody level 8 weeks after switching. We have about 40 patients on escalated dosing. Pediatrics should stay out of the proposal for now; the pediatric GI group wants to review separately.
            """)),
        Msg(rh, [fp, gi, inf, rev], D("2026-11-16 15:10"), "RE: " + s, dedent("""
            Rheum supports both. For adalimumab, please make sure the patient support program for the new product includes injection training; the autoinjector button is different and we saw a spike in "device failure" calls with the last switch. We'd like a patient letter template that explains "biosimilar" in plain language - our nocebo rate was about 10% with the last switch, mostly explained by anxiety.
            """)),
        Msg(inf, [fp, gi, rh, rev], D("2026-11-17 08:20"), "RE: " + s, dedent("""
            Infusion center impact:
            - Order sets and the dose rounding table need updating (vial size is the same, 100 mg).
            - Prior auths: about 60%% of our infliximab patients will need a new PA for the biosimilar. The PA team estimates 6 weeks to work through them.
            - Chair time unchanged. Premedication protocol unchanged.
            - We'd like a go-live date after January 15 so we're not doing PAs over the holidays.
            """).replace("%%", "%")),
        Msg(rev, [fp, gi, rh, inf], D("2026-11-18 11:00"), "RE: " + s, dedent("""
            Payer review (top 10 payers, 88% of infliximab infusions):
            - 5 payers prefer infliximab-dyyb (aligned).
            - 2 prefer a different biosimilar; these patients would stay on the payer-preferred product (estimated 41 patients).
            - 2 Medicare Advantage plans cover any infliximab under Part B with the usual ASP+6% (biosimilar ASP+8% under current rules, favorable).
            - 1 Medicaid plan requires step through the biosimilar already.
            Margin impact is positive for all but one payer.
            """)),
        Msg(fp, [gi, rh, inf, rev], D("2026-11-30 14:00"), "RE: " + s, dedent("""
            Thanks all. Revised proposal for P&T on 12/10:
            - Infliximab-dyyb preferred for adults; go-live 1/18/2027; exclusions: induction in progress, pediatrics (separate review), payer-mandated products.
            - TDM 8 weeks after switch for dose-escalated patients (order panel to be built).
            - Patient letter template and FAQ (Rheum and GI to review the draft by 12/7).
            - Adalimumab: interchangeable biosimilar preferred in specialty pharmacy from 1/1/2027, with injection training through the pharmacy's clinical team.
            """)),
    ]
    return thread_mail(ms)


@M("trap-quality-council-minutes-aggregate-tables-only", "none",
    "long hospital quality council minutes with many unit-level tables, RCAs described only in de-identified aggregate, no individual")
def _():
    rng = rng_for("trap-qc-minutes")
    dom = "rivergatehealth.example.org"
    q = person("Quality Council Secretary", "qualitycouncil@" + dom, None, None, ["Rivergate Health - Office of Clinical Quality", "555-0184"], disc="hosp_long")
    to = P("Quality Council", "quality-council@" + dom)
    units = UNITS[:16]
    t1 = unit_metrics(rng, units, [("Patient days", "days"), ("Falls", "count"), ("Injury falls", "count"), ("Falls/1000", "rate"), ("HAPI", "count"), ("Restraint use", "count")])
    t2 = unit_metrics(rng, units, [("Line days", "days"), ("CLABSI", "count"), ("Cath days", "days"), ("CAUTI", "count"), ("C. diff", "count"), ("MRSA bact.", "count")])
    t3 = unit_metrics(rng, units, [("Discharges", "days"), ("Readmit 30d", "count"), ("Med events", "count"), ("Rapid responses", "count"), ("Codes outside ICU", "count"), ("HCAHPS nurse comm.", "pct")])
    text = dedent("""
        RIVERGATE HEALTH QUALITY COUNCIL - MINUTES
        Wednesday, November 18, 2026, 07:00-08:30 | Executive conference room and Teams
        Quality improvement work product - confidential.

        Attendance: %s

        1. WELCOME / MINUTES: October minutes approved with one correction (hand hygiene denominator).

        2. HOSPITAL-ACQUIRED CONDITIONS (October)

        %s

        Falls with injury: 4 events this month, all reviewed by the falls team; common factors were unassisted toileting at night and recent sedative administration. No unit has more than one injury fall. The 5 Tele bed-alarm audit showed 93%% compliance.

        3. HEALTHCARE-ASSOCIATED INFECTIONS (October)

        %s

        The CAUTI rate on surgical units remains above the national benchmark. Infection prevention will repeat the catheter necessity audit on all surgical units in December. The C. difficile SIR for the year to date is 0.62.

        4. OUTCOMES AND SAFETY (October)

        %s

        5. ROOT CAUSE ANALYSES (aggregate)
        Three RCAs were completed in October: one delay in treatment, one retained foreign object (sponge count discrepancy not escalated), one medication event (concentration error). Common themes: escalation culture and interruption during critical tasks. Action plans include a "stop the line" campaign for counts and a no-interruption zone at the medication preparation area. Details are in the patient safety organization reporting system.

        6. PATIENT EXPERIENCE
        HCAHPS overall rating (9-10) was 71%% for the quarter; "would recommend" 74%%. The quiet-at-night domain improved after the quiet hours pilot. Complaints and grievances: %d grievances, all resolved within 7 days except two (extended with letters).

        7. OPERATIONAL ITEMS

        %s

        8. NEXT MEETING: December 16, 2026.
        """) % (attendees(rng, 15), t1, t2, t3, rng.randint(18, 40), items_text(HOSP_ITEMS, rng, 5, style="caps"))
    return doc_mail(q, to, "Quality Council minutes - November 18 (draft)", D("2026-11-25 15:00"), block_text(text, q), html_style="outlook",
                    attach=[A(pdf(text.split("\n"), flate=False, title="Quality Council minutes"), "application/pdf", "QC_minutes_2026-11-18.pdf"),
                            A(csv_bytes([["unit", "month", "patient_days", "falls", "clabsi", "cauti", "hapi"]] +
                                        [[u, "2026-%02d" % m_, str(rng.randint(300, 1200)), str(rng.randint(0, 8)), str(rng.randint(0, 2)), str(rng.randint(0, 2)), str(rng.randint(0, 3))]
                                         for u in UNITS for m_ in range(1, 11)]), "text/csv", "QC_dashboard_data_2026.csv")])


@M("trap-journal-club-cardiqor-hfpef-literature-case", "none",
    "journal-club e-mail summarising a (fictional) CARDIQOR HFpEF trial with a teaching case from the paper; no patient of the sender")
def _():
    dom = "northgate-med.example.org"
    ch = person("Dr. Hesper Marchbanks", "hmarchbanks@" + dom, None, "PGY-3, Internal Medicine | Journal Club Chief", "Northgate Regional Medical Center", None)
    res = P("IM Residents", "im-residents@" + dom)
    text = dedent("""
        Hi all,

        Journal club is Thursday at noon in the Osler room (lunch provided, vegetarian options this time, I promise). This month's paper:

        "CARDIQOR in Heart Failure with Preserved Ejection Fraction (CARDIQOR-PRESERVE): a randomized, double-blind, placebo-controlled trial" - published in October.

        Please read the paper before Thursday. A summary is below for those who won't (you know who you are).

        BACKGROUND
        HFpEF accounts for about half of heart failure hospitalizations. Until SGLT2 inhibitors, no therapy had reduced the composite of cardiovascular death or HF hospitalization. CARDIQOR is an investigational once-daily oral drug with a novel mechanism (myocardial energetics modulation).

        METHODS
        - 6,120 patients, age >= 45, LVEF >= 45%%, NT-proBNP >= 300 pg/mL (>= 900 if in atrial fibrillation), NYHA II-IV.
        - Randomized 1:1 to CARDIQOR 20 mg daily or placebo on top of usual care (82%% on an SGLT2 inhibitor at baseline).
        - Primary outcome: composite of cardiovascular death or worsening heart failure event (hospitalization or urgent visit).
        - Median follow-up 26 months.

        RESULTS
        - Primary outcome: 15.8%% vs 18.9%%; HR 0.82 (95%% CI 0.74-0.91); NNT about 32 over 2 years.
        - Driven by worsening HF events (HR 0.77); CV death HR 0.93 (CI crosses 1).
        - KCCQ total symptom score improved by 2.9 points vs placebo at 8 months.
        - Adverse events: hypotension 6.1%% vs 4.2%%; hyperkalemia not increased; discontinuation for adverse events 8%% vs 7%%.
        - Prespecified subgroup: no benefit signal in LVEF >= 60%% (interaction p = 0.04).

        TEACHING CASE (from the paper's supplementary "clinical vignette")
        A 71-year-old woman with hypertension, obesity (BMI 36), type 2 diabetes and paroxysmal atrial fibrillation presents with exertional dyspnea. LVEF 58%%, E/e' 16, NT-proBNP 1,140. She is on empagliflozin, a loop diuretic and apixaban. Would you add CARDIQOR? Consider her LVEF, blood pressure (118/64), and the subgroup finding above.

        DISCUSSION QUESTIONS
        1. Was the primary composite appropriate? What does it mean when the benefit is driven by HF events and not by death?
        2. How generalizable is the trial population to our clinic (the trial enrolled 9%% Black patients)?
        3. Is a 2.9-point KCCQ difference clinically meaningful?
        4. How would you weigh cost (list price reported at about $560/month) against an NNT of 32?
        5. Would you trust the LVEF subgroup finding? Why or why not?

        Attendance counts for your scholarly activity requirement. Dr. Fenwick (cardiology) will be our faculty discussant.

        See you Thursday,
        Hesper
        """).replace("%%", "%")
    return doc_mail(ch, res, "Journal Club Thursday: CARDIQOR-PRESERVE (HFpEF)", D("2026-12-01 07:30"), block_text(text, ch),
                    attach=[A(pdf(text.split("\n"), title="Journal club handout"), "application/pdf", "JC_CARDIQOR-PRESERVE_handout.pdf")])


@M("trap-grand-rounds-winter-series-abstracts", "none",
    "grand-rounds series announcement with long abstracts on HIV cure research, psychiatric boarding, opioid use disorder and prenatal genetic screening; no patient")
def _():
    dom = "kestrelpoint.example.org"
    cme = person("Department of Medicine Education", "medicine-education@" + dom, None, None, ["Kestrel Point - Department of Medicine", "CME: 555-0185"])
    to = P("Medical Staff", "medicalstaff@" + dom)
    talks = [
        ("December 9", "The Road to an HIV Cure: Reservoirs, Broadly Neutralizing Antibodies and What Comes Next",
         "Dr. Nasrin Okafor, Professor of Medicine (Infectious Diseases)",
         "Antiretroviral therapy has transformed HIV into a chronic condition, yet a latent reservoir of integrated proviral DNA persists in resting CD4+ T cells and rebounds within weeks of treatment interruption. This talk reviews the biology of the reservoir, results from analytic treatment interruption studies, 'shock and kill' and 'block and lock' strategies, and combination approaches with broadly neutralizing antibodies and therapeutic vaccines. We will discuss the ethics of treatment interruption trials, the role of people living with HIV in designing them, and what realistic 'functional cure' endpoints might look like in the next decade. Learning objectives: (1) describe the composition and measurement of the HIV reservoir; (2) summarize outcomes of recent cure-directed trials; (3) discuss ethical safeguards in analytic treatment interruption."),
        ("December 16", "Boarding Psychiatric Patients in the Emergency Department: Harms, Metrics and System Fixes",
         "Dr. Leontyne Abernethy, Associate Professor of Psychiatry; Dr. Emrys Balogun, Emergency Medicine",
         "Patients with acute psychiatric illness, including adolescents, increasingly wait days in emergency departments for inpatient beds. Boarding is associated with agitation, restraint use, missed medications, staff injuries and worse outcomes. We present regional data on boarding duration, describe an ED-based psychiatric consultation and 'treat and street-ready' model, and review alternatives including crisis stabilization units, 23-hour observation, mobile crisis teams and the 988 lifeline's role in diversion. Learning objectives: (1) quantify harms of psychiatric boarding; (2) apply evidence-based agitation management with minimal restraint; (3) identify community alternatives to admission."),
        ("January 6", "Buprenorphine in the Fentanyl Era: Low-Dose and High-Dose Inductions",
         "Dr. Hamish Okonjo, Addiction Medicine",
         "Fentanyl's lipophilicity complicates buprenorphine initiation and increases the risk of precipitated withdrawal. This talk reviews standard, low-dose ('micro-induction') and high-dose induction protocols in the emergency department and hospital; the role of extended-release injectable buprenorphine; methadone as an alternative; management of precipitated withdrawal; and the regulatory changes that allow any DEA-registered prescriber to treat opioid use disorder with buprenorphine. Learning objectives: (1) select an induction strategy based on recent opioid exposure; (2) manage precipitated withdrawal; (3) link patients to ongoing treatment at discharge."),
        ("January 13", "Cell-Free DNA Screening, Carrier Screening and the Genetic Counseling Bottleneck",
         "Jarrah Lindqvist, MS, CGC; Dr. Idris Fairbrother, Maternal-Fetal Medicine",
         "Expanded carrier screening and cell-free DNA screening for aneuploidy, microdeletions and single-gene conditions are now widely available, often ordered directly by primary obstetric providers. We review test performance (positive predictive value varies widely by condition), the difference between screening and diagnostic testing, counseling before and after testing, and practical models - including group pre-test education and genetic counseling assistants - to meet demand. Learning objectives: (1) interpret screening results in terms of PPV; (2) counsel patients on the limits of screening; (3) design a referral pathway for positive results."),
    ]
    lines = ["DEPARTMENT OF MEDICINE GRAND ROUNDS - WINTER SERIES 2026-2027",
             "Wednesdays, 08:00-09:00, Pavilion Auditorium and live stream", ""]
    for d, t, sp, ab in talks:
        lines += ["-" * 70, "%s: %s" % (d, t), "Speaker: " + sp, "", ab, ""]
    lines += ["-" * 70, "",
              "ACCREDITATION: Kestrel Point is accredited by the accrediting council for continuing medical education to provide continuing medical education for physicians. Each session is designated for a maximum of 1.0 AMA PRA Category 1 Credit(TM). Physicians should claim only the credit commensurate with the extent of their participation. Nursing contact hours and pharmacy CE are also available.",
              "",
              "DISCLOSURES: All planners and speakers have disclosed financial relationships with ineligible companies; relevant relationships have been mitigated. Dr. Okafor has received research funding (to institution) from two pharmaceutical companies developing broadly neutralizing antibodies.",
              "", "Claim credit by texting the session code to the CME line within 30 days.",
              "Live stream: https://kestrelpoint.example.org/grandrounds"]
    text = "\n".join(lines)
    return doc_mail(cme, to, "Grand Rounds - Winter Series (HIV cure, psychiatric boarding, buprenorphine, prenatal genetics)", D("2026-12-01 06:30"),
                    block_text(text, cme), title="Grand Rounds Winter Series", html_style="newsletter")


@M("trap-cme-module-heart-failure-gdmt-fictional-case", "none",
    "long CME module text on guideline-directed heart-failure therapy with a case explicitly labelled fictional and a quiz; no real patient")
def _():
    cme = person("CME Online", "cme-online@larkspurvalley.example.org", None, None, ["Larkspur Valley Health - Office of Continuing Education"])
    to = P("Module enrollee", "learner-4471@larkspurvalley.example.org")
    text = dedent("""
        MODULE 7: GUIDELINE-DIRECTED MEDICAL THERAPY (GDMT) FOR HEART FAILURE WITH REDUCED EJECTION FRACTION
        Estimated time: 45 minutes | 0.75 AMA PRA Category 1 Credit(TM) | Release date: 11/15/2026 | Expiration: 11/15/2028

        LEARNING OBJECTIVES
        After completing this module, learners will be able to:
        1. List the four foundational drug classes for HFrEF and their mortality benefits.
        2. Describe rapid sequencing and simultaneous initiation strategies.
        3. Manage common barriers: hypotension, hyperkalemia, worsening renal function.
        4. Identify patients who should be referred for device therapy.

        SECTION 1: THE FOUR PILLARS
        Four drug classes reduce mortality in HFrEF (LVEF <= 40%):
        - ARNI (sacubitril/valsartan), or an ACE inhibitor or ARB if ARNI is not possible. Compared with enalapril, sacubitril/valsartan reduced cardiovascular death or HF hospitalization by about 20%.
        - Evidence-based beta-blocker: carvedilol, metoprolol succinate or bisoprolol. Relative mortality reduction about 34%.
        - Mineralocorticoid receptor antagonist (spironolactone or eplerenone). Relative mortality reduction about 30%.
        - SGLT2 inhibitor (dapagliflozin or empagliflozin), regardless of diabetes status. About 25% reduction in CV death or HF events.
        Combined, the four classes are estimated to reduce all-cause mortality by roughly 60% compared with no therapy, and to add years of life for a typical 55-year-old patient.

        SECTION 2: SEQUENCING
        Older guidelines started one drug at a time and titrated to target before adding the next, which took 6 months or longer. Current practice favors starting all four classes at low doses within 2-4 weeks, then up-titrating. In the STRONG-HF trial, rapid up-titration after an HF hospitalization, with close follow-up, reduced death or HF readmission at 180 days. Practical tips:
        - Start SGLT2i and MRA early; they have minimal blood pressure effect.
        - A low dose of all four is better than a target dose of one.
        - Do not stop beta-blockers during a mild exacerbation unless there is cardiogenic shock.

        SECTION 3: BARRIERS
        Hypotension: asymptomatic low blood pressure (systolic 90-100) is not a reason to withhold GDMT. Reduce or stop non-GDMT antihypertensives (amlodipine, alpha-blockers) and adjust diuretics first.
        Hyperkalemia: potassium up to 5.5 is acceptable; consider potassium binders (patiromer, sodium zirconium cyclosilicate) to enable MRA/ARNI use.
        Renal function: a creatinine rise of up to 30% after starting ARNI/ACEi or SGLT2i is expected and not a reason to stop.

        SECTION 4: DEVICES
        Refer for ICD if LVEF remains <= 35% after at least 3 months of optimized GDMT and expected survival > 1 year. Consider CRT if QRS >= 150 ms with LBBB morphology.

        SECTION 5: CASE (FICTIONAL - for teaching purposes only; not a real patient)
        "Mr. T," a fictional 62-year-old with ischemic cardiomyopathy, LVEF 28%, BP 104/68, HR 88, potassium 4.9, eGFR 52, is seen 1 week after an HF hospitalization. He takes lisinopril 5 mg, metoprolol succinate 25 mg and furosemide 40 mg.

        QUIZ
        Q1. What is the best next step?
          a) Increase metoprolol to 200 mg
          b) Add empagliflozin 10 mg and spironolactone 12.5 mg
          c) Stop lisinopril because of low blood pressure
          d) Refer for ICD now
        Q2. Two weeks later his creatinine rose from 1.4 to 1.7 after switching to sacubitril/valsartan. What do you do?
          a) Stop sacubitril/valsartan
          b) Continue and recheck in 1-2 weeks; review diuretic dose
          c) Switch back to lisinopril immediately
        Q3. When should ICD eligibility be reassessed?
          a) Immediately
          b) After at least 3 months of optimized GDMT
          c) Never, given his age

        Answers and explanations are in the module after submission. A score of 70% or higher is required to claim credit.

        Faculty: Dr. Verity Ashgrove, Heart Failure Program. Disclosure: no relevant financial relationships.
        """)
    return doc_mail(cme, to, "Your CME module is ready: GDMT for HFrEF (0.75 credits)", D("2026-12-02 05:00"), block_text(text, cme))


@M("trap-payer-medical-policy-bulletin-genetic-bariatric-cgm", "none",
    "long health-plan provider bulletin of medical-policy updates (genetic testing, bariatric surgery, CGM, PrEP, gender-affirming care) with claim-format examples; no member")
def _():
    pl = person("Provider Communications", "providernews@bluewaterhealth.example.com", None, None, ["Bluewater Community Health Plan - Provider Relations", "Provider services 1-555-0109"], disc="payer")
    to = P("Network Providers", "network-providers@lists.bluewaterhealth.example.com")
    text = dedent("""
        BLUEWATER PROVIDER BULLETIN - December 2026
        Medical policy updates effective February 1, 2027

        1. GENETIC TESTING FOR HEREDITARY CANCER SYNDROMES (MP-LAB-019, revised)
        - Multigene panels (CPT 81432, 81433) are covered when the member meets NCCN testing criteria, including personal history of breast cancer diagnosed at 50 or younger, triple-negative breast cancer, ovarian cancer at any age, pancreatic cancer, metastatic prostate cancer, or a known pathogenic variant in a close blood relative.
        - Testing for a known familial variant (CPT 81215 for BRCA1, 81217 for BRCA2, or the relevant single-site code) does not require prior authorization from February 1.
        - Pre-test genetic counseling by a certified genetic counselor or qualified provider is required for panels of more than 30 genes.
        - Direct-to-consumer tests are not covered.

        2. BARIATRIC SURGERY (MP-SURG-007, revised)
        - BMI >= 40, or >= 35 with at least one obesity-related comorbidity; adolescents considered case by case.
        - The 6-month supervised weight loss program requirement is REMOVED, consistent with current society guidelines.
        - A psychological evaluation remains required before surgery.
        - GLP-1 receptor agonists for obesity: coverage varies by employer group; check the member's pharmacy benefit.

        3. CONTINUOUS GLUCOSE MONITORS (MP-DME-044, revised)
        - Covered for members with diabetes on any insulin, or with a history of problematic hypoglycemia (level 2 or 3).
        - The requirement for fingerstick testing four times a day is removed.

        4. HIV PRE-EXPOSURE PROPHYLAXIS
        - Oral PrEP (generic emtricitabine/tenofovir disoproxil fumarate) and injectable cabotegravir every 2 months are covered with no cost sharing as a preventive service, including required HIV testing, STI screening and renal monitoring.
        - Prior authorization for injectable PrEP is removed.

        5. BEHAVIORAL HEALTH
        - Intensive outpatient programs (S9480) and partial hospitalization (H0035) for mental health and substance use disorders no longer require concurrent review before day 10.
        - Collaborative care codes (99492-99494) are reimbursed in all primary care settings.

        6. CLAIMS REMINDERS
        - Medicare Advantage claims must carry the member's Bluewater ID, not the MBI. Claims that carry only an MBI in the subscriber field will reject with edit BW-204. For reference, an MBI has 11 characters in the pattern shown in the CMS format specification (for example, sample MBI 5KX3-TN8-RW27 is formatted correctly but is made up and belongs to no member).
        - NPI: the rendering provider's individual NPI is required in loop 2310B for professional claims.
        - Telehealth: use place of service 10 for services to members at home.

        7. PHARMACY
        - Formulary changes for 2027 are posted on the provider portal: adalimumab (reference product) moves to non-preferred; two interchangeable biosimilars are preferred.
        - Buprenorphine/naloxone sublingual films and tablets: no prior authorization, no quantity limit up to 24 mg/day.

        8. QUALITY PROGRAM
        The 2027 pay-for-quality measures: colorectal cancer screening, diabetes A1c control (<8%), controlling high blood pressure, follow-up after ED visit for mental illness (7 days), initiation and engagement of SUD treatment, prenatal and postpartum care, and childhood immunization status.

        Questions: Provider Services 1-555-0109 or your network manager.
        Full policies: https://providers.bluewaterhealth.example.com/policies
        """)
    return doc_mail(pl, to, "Provider Bulletin - December 2026: medical policy updates effective 2/1/2027", D("2026-12-01 07:00"),
                    block_text(text, pl), attach=[A(pdf(text.split("\n"), flate=True, title="Provider Bulletin December 2026"), "application/pdf", "Bluewater_Provider_Bulletin_2026-12.pdf")], html_style="newsletter")


@M("trap-medical-staff-newsletter-bylaws-credentialing", "none",
    "long medical-staff newsletter (bylaws vote, credentialing reminders, new providers with NPIs, pharmacy and IT news); no patient")
def _():
    ms_ = person("Medical Staff Office", "medstaff@" + LV, None, None, ["Larkspur Valley Health - Medical Staff Services", "555-0186"], disc="hosp_long")
    to = P("Medical Staff", "medicalstaff-all@" + LV)
    newp = [("Dr. Nikolai Fenwick", "Interventional Cardiology", make_npi("143907218")),
            ("Dr. Xiomara Lindqvist", "Pediatric Endocrinology", make_npi("172055391")),
            ("Priya Jessop, PMHNP", "Psychiatry (Consult-Liaison)", make_npi("118640275")),
            ("Dr. Gideon Valdivia", "Addiction Medicine", make_npi("130277819")),
            ("Dr. Annika Okonjo", "Maternal-Fetal Medicine", make_npi("165531046"))]
    text = dedent("""
        MEDICAL STAFF NEWS - December 2026

        FROM THE CHIEF OF STAFF
        Thank you to the 1,140 members of our medical staff for a remarkable year. This month I want to highlight three things: the bylaws vote, our physician wellness survey, and the opening of the addiction consult service.

        BYLAWS AMENDMENTS - VOTE BY DECEMBER 18
        The Medical Executive Committee recommends amendments that (1) allow advanced practice providers to serve as voting members of departmental committees; (2) clarify focused professional practice evaluation (FPPE) for new privileges; and (3) update the peer review process to include a just-culture algorithm. The full redline is in the medical staff portal. Voting is electronic.

        CREDENTIALING REMINDERS
        - Reappointment applications for members with birthdays in January-March are due January 15.
        - Your DEA registration and state controlled substance registration must be current; upload renewals to the portal. Members who prescribe buprenorphine no longer need a separate waiver, but the new DEA training attestation (8 hours on substance use disorders) is required at DEA renewal.
        - Board certification: members whose certification lapses will be placed on provisional status.

        NEW MEMBERS
        @@NEWP@@

        ADDICTION CONSULT SERVICE
        The inpatient addiction medicine consult service started December 1, staffed 7 days a week by an addiction medicine physician, an NP and a peer recovery specialist. Consult for opioid, alcohol or stimulant use disorders, withdrawal management, or initiation of medications for OUD before discharge. Order: "Consult Addiction Medicine."

        PHARMACY & THERAPEUTICS HIGHLIGHTS
        - Infliximab biosimilar standardization goes to P&T on December 10.
        - New IV-to-PO conversion protocol adds levetiracetam and famotidine.
        - Reminder: benzodiazepine and opioid co-prescribing alerts now fire at discharge.

        INFORMATION TECHNOLOGY
        - Secure chat replaces pagers for consult services on December 7.
        - The EHR upgrade on December 13 adds a new problem list view and "hide sensitive note" functionality for behavioral health, substance use and reproductive health notes, in line with information-blocking and Part 2 requirements.

        WELLNESS
        Our physician wellness survey (58% response rate) showed burnout at 41%, down from 49% in 2024. Top drivers: EHR inbox burden and after-hours documentation. The inbox pilot with AI draft replies starts in primary care in January. Free, confidential counseling through the physician wellness program: 555-0187.

        CME
        Grand rounds winter series starts December 9 (HIV cure research). Ethics committee case conference on December 15.

        IMPORTANT DATES
        12/10 P&T | 12/15 Ethics conference | 12/18 Bylaws vote closes | 1/15 Reappointment deadline
        """).replace("@@NEWP@@", "\n".join("- %s, %s (NPI %s)" % x for x in newp))
    return doc_mail(ms_, to, "Medical Staff News - December 2026", D("2026-12-02 06:00"), block_text(text, ms_), title="Medical Staff News", html_style="newsletter")


@M("trap-vendor-manual-infusion-pump-drug-library-chapter", "none",
    "long vendor user-manual chapter on an infusion pump's drug library, alarms and PCA setup, with drug names and doses; no patient")
def _():
    v = person("Technical Publications", "techpubs@voltaramedical.example.com", None, None, ["Voltara Medical Systems - Technical Publications"])
    to = P("Biomed and Pharmacy Informatics", "pump-admins@oakhollowmed.example.org")
    text = dedent("""
        Voltara LX-9 Infusion System - Operator's Manual, Rev. F
        Chapter 6: Drug Library, Dose Error Reduction and PCA

        Attached is Chapter 6 of the revised operator's manual (Rev. F). Changes from Rev. E are marked with a bar in the margin. The full manual is available in the customer portal.

        6.1 OVERVIEW
        The LX-9 dose error reduction system (DERS) compares each programmed infusion with the limits set by the facility's drug library. Limits are defined per care area (profile), per drug entry and per concentration. A soft limit can be overridden by the clinician after confirmation; a hard limit cannot be overridden.

        6.2 DRUG ENTRY FIELDS
        - Generic name (e.g., heparin, insulin regular, norepinephrine, vancomycin)
        - Concentration (amount / volume, e.g., heparin 25,000 units / 250 mL)
        - Dosing unit (units/kg/h, mcg/kg/min, mg/h, mL/h)
        - Lower/upper soft and hard limits for dose, rate and bolus
        - Clinical advisory text (up to 120 characters, e.g., "Verify aPTT every 6 h")
        - High-alert flag (requires independent double check prompt)

        6.3 EXAMPLE LIBRARY ENTRIES (for illustration only - each facility must set its own limits)
          Drug              Concentration          Unit           Soft low/high     Hard high
          Heparin           25,000 units/250 mL    units/kg/h     10 / 25           35
          Insulin regular   100 units/100 mL       units/h        0.5 / 15          25
          Norepinephrine    8 mg/250 mL            mcg/kg/min     0.02 / 0.5        1
          Propofol          10 mg/mL               mcg/kg/min     5 / 50            80
          Oxytocin          30 units/500 mL        milliunits/min 1 / 20            30
          Magnesium sulfate 20 g/500 mL            g/h            1 / 2             4

        6.4 PATIENT-CONTROLLED ANALGESIA (PCA) MODULE
        The PCA module supports morphine, hydromorphone and fentanyl entries. Programmable parameters: loading dose, demand (bolus) dose, lockout interval, basal (continuous) rate, and 1-hour or 4-hour dose limit. The capnography and SpO2 interface can pause the PCA when EtCO2 exceeds the configured threshold or respiratory rate falls below it. The PCA door must be locked with the key before the pump allows programming.

        6.5 ALARMS
        Priority 1 (high): occlusion downstream, air in line, door open during infusion, PCA pause on respiratory depression.
        Priority 2 (medium): infusion near end (configurable 5-30 min), KVO active.
        Priority 3 (low): battery low (30 min remaining), channel idle > 2 min.

        6.6 WIRELESS LIBRARY UPDATES
        Library updates are pushed from the server to pumps that are not infusing. A pump infusing during an update accepts the new library after the current infusion ends. The LX-9 reports override events and limit-reached events to the server for continuous quality improvement reports (CQI). CQI reports contain pump serial number, care area, drug, concentration, programmed value and limit; they contain no patient identifiers.

        6.7 CLEANING
        Clean with a 70% isopropyl alcohol or quaternary ammonium wipe. Do not immerse. Do not use bleach solutions above 0.5% on the display.

        WARNINGS
        - Do not use the LX-9 in an MRI environment.
        - Verify the concentration on the bag label matches the library entry before starting an infusion.

        For technical support: 1-555-0188.
        """)
    return doc_mail(v, to, "LX-9 Operator's Manual Rev. F - Chapter 6 (Drug Library / PCA)", D("2026-11-24 13:00"),
                    block_text(text, v), attach=[A(pdf(text.split("\n"), flate=True, title="LX-9 Operator's Manual Chapter 6"), "application/pdf", "LX-9_OM_RevF_Ch6.pdf")])


@M("trap-regulatory-update-42-cfr-part2-final-rule-compliance", "none",
    "long compliance bulletin explaining the 42 CFR Part 2 rule changes (consent, redisclosure, breach, segmentation); no patient")
def _():
    cp = person("Compliance & Privacy Office", "privacy@rivergatehealth.example.org", None, None, ["Rivergate Health - Compliance & Privacy", "Hotline 555-0189"], disc="hosp_long")
    to = P("All Workforce Members", "all-staff@rivergatehealth.example.org")
    text = dedent("""
        COMPLIANCE UPDATE: 42 CFR PART 2 - WHAT CHANGES FOR US IN 2027

        Who should read this: everyone who documents, codes, bills, releases or accesses records from our substance use disorder (SUD) treatment programs (the addiction medicine clinic, the OTP, the IOP at Rivergate Behavioral Health, and the inpatient addiction consult service).

        BACKGROUND
        42 CFR Part 2 protects the confidentiality of records that identify a person as having or having had a substance use disorder, when those records come from a federally assisted SUD treatment program. The final rule issued under the CARES Act aligns Part 2 more closely with HIPAA. Compliance with the new rule is required by February 16, 2026; our internal deadline for the remaining system changes is March 1, 2027.

        KEY CHANGES
        1. Single consent for treatment, payment and health care operations (TPO). Patients may now sign one consent for all future uses and disclosures for TPO. Once a Part 2 record is disclosed under that consent to a HIPAA covered entity or business associate, the recipient may redisclose it as permitted by HIPAA (except for legal proceedings against the patient).
        2. Legal proceedings. Part 2 records, and testimony about them, cannot be used in civil, criminal, administrative or legislative proceedings against the patient without specific written consent or a court order that meets Part 2 requirements. Consent for TPO does NOT cover this.
        3. SUD counseling notes. A new category, similar to psychotherapy notes, that requires separate consent.
        4. Patient rights. Patients have the right to an accounting of disclosures, the right to request restrictions, and the right to a copy of a notice of privacy practices that includes Part 2.
        5. Breach notification. HIPAA breach notification rules now apply to Part 2 records.
        6. Penalties. HIPAA civil and criminal penalties now apply to Part 2 violations.
        7. Segregation. Programs do not need to segregate Part 2 records, but must be able to identify them for the legal proceedings restriction.

        WHAT WE ARE DOING
        - The new consent form (form RH-2207) replaces the old one in the EHR on January 4. Old consents remain valid until they expire or are revoked.
        - The "Part 2 record" flag in the EHR will be applied automatically to notes created by the SUD programs.
        - The release of information team will use a new checklist for subpoenas and court orders.
        - The redisclosure notice on all outgoing Part 2 disclosures is updated (see the e-mail signature template).

        WHAT YOU NEED TO DO
        - Complete the 20-minute training module "Part 2 in 2027" in the learning system by January 31.
        - Never release SUD records in response to a subpoena alone. Send every subpoena to the release of information team.
        - Do not put SUD diagnoses in the subject line of e-mails or secure chat messages.
        - Questions: privacy@rivergatehealth.example.org or the hotline.

        FREQUENTLY ASKED QUESTIONS
        Q: Does Part 2 apply to a primary care doctor who prescribes buprenorphine?
        A: Generally not, unless the practice holds itself out as providing SUD treatment and is federally assisted. Our addiction medicine clinic is covered; general primary care is not.

        Q: Can I tell a patient's family that the patient is in our IOP?
        A: Only with the patient's written consent, or in a medical emergency as defined in the rule.

        Q: Does the new rule change how we report to the state prescription drug monitoring program?
        A: OTPs may now report to PDMPs with patient consent; we will update the OTP's workflow separately.

        This summary is for workforce education and is not legal advice.
        """)
    return doc_mail(cp, to, "Compliance update: 42 CFR Part 2 changes - training due 1/31", D("2026-12-02 10:00"), block_text(text, cp), html_style="outlook")


@M("trap-ed-protocol-buprenorphine-induction-fentanyl-era", "none",
    "long emergency-department protocol for buprenorphine induction (COWS thresholds, dosing, precipitated withdrawal, discharge bridge); no patient")
def _():
    dom = "northgate-med.example.org"
    md = person("Dr. Emrys Balogun", "ebalogun@" + dom, None, "Vice Chair for Quality, Emergency Medicine", "Northgate Regional Medical Center", None, disc="hosp_long")
    to = P("ED Physicians, APPs and Nursing", "ed-all@" + dom)
    text = dedent("""
        Team,

        Attached and pasted below is version 3 of the ED Buprenorphine Initiation Protocol, approved at the ED practice committee on November 18. Main changes: lower COWS threshold for patients using fentanyl, a high-dose option, and the new discharge bridge prescription workflow. Effective December 7.

        ED BUPRENORPHINE INITIATION PROTOCOL v3

        1. WHO IS ELIGIBLE
        - Adults with opioid use disorder (DSM-5 criteria) who want treatment, including patients seen for overdose after reversal with naloxone once they are alert and have capacity.
        - Exclusions: current methadone maintenance (contact the OTP instead), severe hepatic impairment, altered mental status, pregnancy (eligible, but involve OB - buprenorphine monoproduct preferred), concurrent benzodiazepine or alcohol intoxication.

        2. ASSESSMENT
        - Clinical Opiate Withdrawal Scale (COWS). Start when COWS >= 8 for short-acting opioids; for fentanyl, when COWS >= 8 AND at least 12 hours since last use where possible, or use the low-dose option.
        - Urine fentanyl test strip (optional; does not change management).
        - Offer HIV and hepatitis C screening (opt-out).

        3. STANDARD INDUCTION
        - Buprenorphine/naloxone 8 mg/2 mg SL (or buprenorphine 8 mg SL).
        - Reassess in 45-60 minutes. If COWS improved but still >= 8, give another 8 mg. Maximum 24-32 mg in the ED.
        - High-dose option (experienced prescribers): 16 mg initial dose, up to 32 mg total.

        4. PRECIPITATED WITHDRAWAL
        Sudden worsening of withdrawal within 60 minutes of the first dose. Treat with MORE buprenorphine (8-16 mg), plus symptomatic medications: ondansetron, clonidine 0.1 mg (hold if SBP < 100), loperamide, ibuprofen or acetaminophen, and hydroxyzine. Ketamine low-dose infusion may be considered with attending approval.

        5. LOW-DOSE ("MICRO") INDUCTION
        For patients not yet in withdrawal who cannot tolerate waiting, or who are admitted: buprenorphine 0.5 mg SL day 1 twice, then 1 mg twice, doubling daily while continuing full agonist, per the inpatient protocol.

        6. EXTENDED-RELEASE BUPRENORPHINE
        Patients who tolerate at least one SL dose may receive extended-release buprenorphine 300 mg subcutaneous before discharge if the pharmacy confirms coverage. Counsel about injection site reactions.

        7. DISCHARGE
        - Prescription: buprenorphine/naloxone 8 mg/2 mg films, 16 mg daily, 7-14 day supply, no refills; or the bridge clinic appointment within 72 hours.
        - Naloxone kit for every patient (given from the ED's take-home supply).
        - Referral: Harbor Point Addiction Medicine bridge clinic, or the patient's choice of program. Use the "ED MOUD discharge" order set, which sends the referral electronically with the patient's consent.
        - Documentation: the consent for disclosure to the treatment program is a 42 CFR Part 2 compliant form.

        8. WHO CAN PRESCRIBE
        Any clinician with a current DEA registration that includes Schedule III may prescribe buprenorphine for OUD. No waiver is required.

        9. QUALITY METRICS (reported monthly, aggregate)
        - Number of ED buprenorphine initiations
        - Percentage of patients with OUD offered MOUD
        - Percentage with naloxone at discharge
        - Bridge clinic attendance within 7 days

        Questions: me or Dr. Okonjo (addiction medicine).

        Emrys
        """)
    return doc_mail(md, to, "ED Buprenorphine Initiation Protocol v3 - effective 12/7", D("2026-11-30 07:00"), block_text(text, md),
                    attach=[A(pdf(text.split("\n"), title="ED Buprenorphine Protocol v3"), "application/pdf", "ED_Bup_Protocol_v3.pdf")])


@M("trap-nurse-led-prep-protocol-standing-order", "none",
    "long nurse-led PrEP standing-order protocol (eligibility, baseline labs, follow-up intervals, injectable PrEP); no patient")
def _():
    dom = "harborstreethealth.example.org"
    md = person("Dr. Nasrin Ellery", "nellery@" + dom, None, "Medical Director", "Harbor Street Sexual Health Clinic", "555-0144", disc="hiv_clinic")
    to = P("Clinic Nursing", "nursing@" + dom)
    text = dedent("""
        Nursing team,

        Here is the updated standing order for nurse-initiated HIV PrEP. Please review before the in-service on 12/8; it takes effect 12/14.

        STANDING ORDER: NURSE-INITIATED HIV PRE-EXPOSURE PROPHYLAXIS (PrEP)
        Authorized by: Medical Director. Review date: December 2027.

        PURPOSE
        To allow registered nurses to assess, initiate and monitor oral and injectable PrEP for adults and adolescents weighing at least 35 kg who are at risk of acquiring HIV.

        ELIGIBILITY
        Anyone who requests PrEP, or who reports any of: condomless anal or vaginal sex in the last 6 months, a partner with HIV who is not virally suppressed, a bacterial STI in the last 6 months, injection drug use with shared equipment, or use of post-exposure prophylaxis (PEP) more than once.

        BASELINE
        1. HIV test: laboratory antigen/antibody (4th generation) within 7 days before starting. If there was a possible exposure in the last 72 hours, offer PEP instead and start PrEP after completing PEP. If the patient has symptoms of acute HIV, order HIV RNA and consult the provider.
        2. Serum creatinine (eGFR) - not required before starting injectable cabotegravir.
        3. Hepatitis B surface antigen, surface antibody and core antibody; hepatitis C antibody.
        4. STI testing: gonorrhea and chlamydia NAAT at exposed sites, syphilis serology.
        5. Pregnancy test when applicable.
        6. Offer hepatitis B and HPV vaccines if not immune.

        REGIMENS
        - F/TDF (emtricitabine 200 mg/tenofovir disoproxil fumarate 300 mg) one tablet daily, or "2-1-1" event-driven dosing for men who have sex with men only.
        - F/TAF one tablet daily (not for receptive vaginal sex).
        - Cabotegravir 600 mg IM (gluteal) at month 0 and 1, then every 2 months.
        The nurse may dispense a 30-day supply and send a 90-day prescription under this standing order. Injectable PrEP requires the provider to co-sign the first order.

        FOLLOW-UP
        - Oral PrEP: every 3 months - HIV test, STI screening, adherence support; creatinine every 6-12 months.
        - Injectable PrEP: every 2 months - HIV RNA or Ag/Ab test before each injection; STI screening every 4 months.
        - Doxycycline post-exposure prophylaxis (doxy-PEP) may be offered to men who have sex with men and transgender women with a bacterial STI in the last year.

        REFER TO PROVIDER IF
        eGFR < 60 (F/TDF) or < 30 (F/TAF); positive hepatitis B surface antigen; positive HIV test (do not start PrEP - link to HIV care the same day); pregnancy planning or pregnancy; drug interactions.

        DOCUMENTATION
        Use the "PrEP Nurse Visit" template. Do not document partner names in the visit note. Reports of reactive HIV tests are sent to the health department per state law.

        Thank you for everything you do to prevent new infections.

        Dr. Ellery
        """)
    return doc_mail(md, to, "Updated standing order: nurse-initiated PrEP (effective 12/14)", D("2026-11-30 12:00"), block_text(text, md))


@M("trap-contraception-eligibility-quick-reference-training", "none",
    "long training handout summarising medical eligibility criteria for contraceptive methods, LARC insertion and emergency contraception; no patient")
def _():
    dom = "saludmujer-valle.example.org"
    ed = person("Ana Lucía Quarles", "aquarles@" + dom, "CNM", "Clinical Educator", "Clínica de Salud de la Mujer del Valle", "555-0175")
    to = P("Clinical Staff", "clinical@" + dom)
    text = dedent("""
        Hi all,

        As promised at last week's huddle, here is the quick reference for contraceptive counseling, based on the U.S. Medical Eligibility Criteria (US MEC) and Selected Practice Recommendations. Laminated copies will be in each exam room by Friday.

        CATEGORIES
        1 = no restriction | 2 = advantages generally outweigh risks | 3 = risks usually outweigh advantages | 4 = unacceptable health risk

        COMMON CONDITIONS (combined hormonal contraception = CHC: pill, patch, ring)
        - Migraine with aura: CHC 4; progestin-only and IUDs 1.
        - Hypertension, well controlled: CHC 3; systolic >= 160 or diastolic >= 100: CHC 4.
        - Smoker aged 35 or older, >= 15 cigarettes/day: CHC 4.
        - Postpartum < 21 days: CHC 4; 21-42 days with other VTE risk factors: CHC 3.
        - Breastfeeding < 30 days: CHC 3 (ACOG considers 2 after 30 days).
        - History of DVT/PE: CHC 4; progestin-only 2; copper IUD 1.
        - Obesity (BMI >= 30): CHC 2; all others 1.
        - Bariatric surgery (malabsorptive): oral contraceptives 3.
        - Current breast cancer: all hormonal methods 4; copper IUD 1.
        - HIV: all methods 1 or 2; check drug interactions (efavirenz reduces implant effectiveness).
        - Use of enzyme-inducing anticonvulsants or rifampin: CHC and progestin-only pills 3.

        QUICK START
        Any method can be started on any day of the cycle if it is reasonably certain the patient is not pregnant. Use backup (condoms) for 7 days for hormonal methods (2 days for progestin-only pills) unless started within the first 5 days of menses.

        LARC INSERTION
        - Copper IUD: effective immediately; can be used as emergency contraception within 5 days.
        - Levonorgestrel IUD (52 mg): effective for up to 8 years; backup 7 days unless inserted within 7 days of menses.
        - Etonogestrel implant: effective up to 3 years (evidence to 5); backup 7 days unless inserted within 5 days of menses.
        - Pain management: offer NSAIDs; paracervical block is effective for IUD insertion; lidocaine gel is not.

        EMERGENCY CONTRACEPTION
        - Copper IUD within 5 days: most effective.
        - Ulipristal acetate 30 mg within 5 days: more effective than levonorgestrel for BMI >= 30. Wait 5 days before starting hormonal contraception.
        - Levonorgestrel 1.5 mg within 72 hours (some effect up to 120 hours).

        COUNSELING PRINCIPLES
        Use shared decision-making; start by asking what matters most to the patient (effectiveness, side effects, privacy, periods). Avoid steering. Adolescents can consent to contraceptive services in our state without parental involvement. Document counseling in the "Contraceptive Counseling" smart form.

        Questions: find me at the nurses' station or reply here.

        Ana Lucía
        """)
    return doc_mail(ed, to, "Contraception quick reference (US MEC) - laminated copies Friday", D("2026-12-02 16:20"), block_text(text, ed))

# ================================================================ traps, part 2

@M("trap-eating-disorder-program-newsletter-new-iop-track", "none",
    "eating-disorder treatment programme's community newsletter announcing a new IOP track, family workshops and awareness events; no individual")
def _():
    dom = "kestrelpoint.example.org"
    ed = person("Kestrel Point Eating Disorders Program", "edprogram@" + dom, None, None, ["Kestrel Point Eating Disorders Program", "Intake line 555-0190"])
    to = P("Community Partners", "ed-community@lists.kestrelpoint.example.org")
    text = dedent("""
        NOURISH - Winter 2026 newsletter of the Kestrel Point Eating Disorders Program

        NEW: EVENING INTENSIVE OUTPATIENT TRACK FOR ADULTS
        Starting January 11, our adult intensive outpatient program (IOP) adds an evening track, Monday, Tuesday and Thursday, 17:30-20:30, so that people who work or study during the day can get care. The program includes a supported dinner, dialectical behavior therapy skills groups, nutrition counseling and weekly individual therapy. It is appropriate for adults with anorexia nervosa, bulimia nervosa, binge eating disorder or ARFID who are medically stable and do not need daily supervision of meals. Referrals from primary care, therapists and self-referrals are welcome.

        FAMILY-BASED TREATMENT WORKSHOPS
        For parents and caregivers of adolescents in family-based treatment (FBT): a four-session workshop on plating meals, managing distress at the table and phase 2 transitions. Sessions are on Saturdays in February. Free for families in our program.

        FOR CLINICIANS: WHEN TO REFER
        Consider referral or a higher level of care when you see: heart rate below 50 at rest (40 in athletes) or orthostatic changes; rapid weight loss or BMI below 15 in adults (below 75% of median BMI in adolescents); electrolyte abnormalities such as potassium below 3.0; syncope; refusal to eat; or failure to improve in outpatient care. Remember that people in larger bodies can be severely ill and that normal labs do not rule out an eating disorder.

        SCREENING TOOL OF THE SEASON: SCOFF
        Five questions: Do you make yourself Sick because you feel uncomfortably full? Do you worry you have lost Control over how much you eat? Have you recently lost more than One stone (6 kg) in 3 months? Do you believe yourself to be Fat when others say you are thin? Would you say that Food dominates your life? Two or more "yes" answers suggest a likely eating disorder.

        AWARENESS WEEK EVENTS (February 23-March 1)
        - Panel for school counselors and coaches: "Sport, weight and eating disorders"
        - Free screening at the student health center
        - Community walk on Saturday, February 28

        FROM OUR FAMILIES
        "What helped most was being told that this was not our fault and that we were part of the treatment team," a parent wrote in our anonymous survey. 94% of families in the survey said they would recommend the program.

        Intake line: 555-0190, Monday-Friday 8-5. In an emergency call 911 or 988.
        Unsubscribe: https://kestrelpoint.example.org/unsubscribe
        """)
    return doc_mail(ed, to, "NOURISH Winter 2026: new evening IOP track, family workshops", D("2026-12-02 11:00"), block_text(text, ed), title="NOURISH", html_style="newsletter")


@M("trap-caregiver-network-newsletter-announces-dementia-group", "none",
    "support-network newsletter announcing a new dementia caregivers' group, a speaker series and respite grants; no member's story")
def _():
    nw = P("Northfield Caregivers Network", "hello@caregivers.example.org", sig=["Northfield Caregivers Network", "555-0191 | https://caregivers.example.org"], disc="nonprofit")
    to = P("Network members", "members@lists.caregivers.example.org")
    text = dedent("""
        CAREGIVER CONNECTION - December 2026

        NEW GROUP: CARING FOR SOMEONE WITH DEMENTIA
        We're starting a new support group for family caregivers of people living with Alzheimer's disease, Lewy body dementia, frontotemporal dementia or vascular dementia. The group meets on the first and third Wednesdays of each month, 6:30-8:00 pm, at the Maple Street Library community room, starting January 6. It is facilitated by a social worker with 20 years of experience in memory care, and by a volunteer co-facilitator who cared for her own parent. Free respite care for your loved one is available on site during the meeting - please register two days ahead.

        WHAT TO EXPECT
        Each meeting starts with a short topic (for example: sundowning, wandering, talking with the doctor, medication management, driving, paying for care, end-of-life planning), followed by open sharing. What is said in the group stays in the group.

        WINTER SPEAKER SERIES (online, Thursdays at noon)
        - Jan 14: "Understanding the new Alzheimer's medications: who is eligible and what to expect" - a geriatric nurse practitioner
        - Jan 28: "Medicare, Medicaid waivers and paying for home care" - an elder law attorney
        - Feb 11: "Caregiver burnout and depression: recognizing it in yourself"
        - Feb 25: "Hospice is not giving up"

        RESPITE GRANTS
        Caregivers can apply for up to $500 in respite grants per year to pay for adult day programs or in-home help. Applications are reviewed monthly.

        HOLIDAY TIPS
        Keep gatherings small and quiet, stick to routines, plan a quiet room, and let go of "perfect." Ask family members for specific help (a meal, a ride, an afternoon).

        Thank you to our volunteers and donors. Happy holidays.
        """)
    return doc_mail(nw, to, "Caregiver Connection - new dementia caregivers group starts Jan 6", D("2026-12-03 09:00"), block_text(text, nw), title="Caregiver Connection", html_style="newsletter")


@M("trap-garden-club-digest-blight-diagnosis-treatment", "none",
    "garden-club list digest about plant 'diagnosis', fungicide 'treatment', black spot and a 'plant clinic'; health vocabulary about plants only")
def _():
    L = "lists.sycamoregardeners.example.org"
    p = [
        (P("Hollis Greer", "hgreer@inbox.example.net"), D("2026-11-28 10:00"), "Late blight diagnosis confirmed - what now?",
         "The extension office's plant diagnostic clinic confirmed late blight (Phytophthora infestans) on the samples I sent from my tomatoes. They recommended pulling and bagging all infected plants (not composting them), and rotating the bed for at least 3 years. For next year: resistant varieties, wider spacing, drip irrigation instead of overhead watering, and a preventive copper or chlorothalonil spray once the weather gets humid."),
        (P("Maren Drummond", "maren.d@runmail.example.com"), D("2026-11-28 14:30"), "Re: Late blight diagnosis confirmed - what now?",
         "So sorry! Ours got it in 2024. The resistant variety 'Defiant' did well for us last summer. Also keep an eye on potatoes - same pathogen."),
        (P("Odette Fairbrother", "odette.f@inbox.example.net"), D("2026-11-29 09:15"), "Black spot on roses - treatment schedule?",
         "My hybrid teas are covered in black spot again. I've been using neem oil every two weeks with mixed results. Is anyone using the sulfur/lime sulfur dormant spray in winter? What's the best time to prune out infected canes?"),
        (P("Club Secretary", "secretary@sycamoregardeners.example.org"), D("2026-11-30 08:00"), "December meeting: wreath-making + seed swap",
         "December meeting is the 10th at 7 pm in the church hall. Bring clippers and greens for wreath-making. Seed swap table - please label seeds with the variety and the year collected. Refreshments by the Oakwood Street team."),
        (P("Perrin Abernethy", "perrin.a@mailbox.example.net"), D("2026-12-01 19:20"), "Houseplant emergency: fungus gnats",
         "Every winter my houseplants get fungus gnats. Yellow sticky traps and letting the soil dry out help, and BTI (mosquito bits) in the watering can knocks them out. Don't overwater!"),
        (P("Annika Ndiaye", "annika.n@inbox.example.net"), D("2026-12-02 12:00"), "Free soil testing through January",
         "The county extension office is offering free soil pH and nutrient testing through January. Drop samples at the office in a zip bag, about 2 cups, from several spots 6 inches deep."),
        (P("Hollis Greer", "hgreer@inbox.example.net"), D("2026-12-03 07:40"), "Re: Black spot on roses - treatment schedule?",
         "Odette - lime sulfur as a dormant spray in late winter, before the buds break. Rake and remove all fallen leaves now, that's where it overwinters. Prune infected canes back to healthy wood in early spring."),
    ]
    footer = "_______________________________________________\nSycamore Gardeners mailing list\nhttps://lists.example.org/mailman/listinfo/sycamore"
    return digest_mail("Sycamore", "sycamore@" + L, "11, Issue 40", D("2026-12-04 06:00"), p, footer)


@M("trap-health-policy-list-digest-medicaid-overdose-aggregates", "none",
    "health-policy analysts' list digest: Medicaid enrolment figures, overdose death counts, 340B, price transparency; aggregates only")
def _():
    L = "lists.healthpolicyforum.example.org"
    p = [
        (P("Verity Castellane", "vcastellane@statepolicycenter.example.org"), D("2026-11-30 09:00"), "New state data: Medicaid enrollment after unwinding",
         "Our latest brief: statewide Medicaid/CHIP enrollment is 1.41 million in October, down 14% from the pre-unwinding peak. 61% of disenrollments were for procedural reasons (paperwork), not ineligibility. Children's coverage fell 9%. Table by county in the brief."),
        (P("Dashiell Kowalczyk", "dkowalczyk@univ-health.example.edu.test"), D("2026-11-30 13:45"), "Provisional overdose deaths down for the 4th quarter in a row",
         "Provisional counts for the 12 months ending June 2026 show 2,114 overdose deaths in the state, 23% fewer than the prior 12 months. Synthetic opioids were involved in 71%; stimulants in 49%. Naloxone distribution and buprenorphine prescribing both rose. Caution: provisional data lag 6 months and rural counties have small numbers."),
        (P("Ghislaine Okafor", "gokafor@hospitalassoc.example.org"), D("2026-12-01 10:20"), "340B contract pharmacy litigation roundup",
         "Attached is our roundup of the 340B contract pharmacy cases. Eight manufacturers now restrict shipments; three states passed laws protecting contract pharmacy arrangements. Impact estimates for our member hospitals range from $1M to $14M a year."),
        (P("Corwin Lindqvist", "clindqvist@consumerhealth.example.org"), D("2026-12-02 15:10"), "Price transparency compliance audit results",
         "We reviewed the machine-readable price files of 60 hospitals in the region. 38 were fully compliant, 15 partially, 7 had no usable file. Median negotiated rate for an MRI of the knee without contrast ranged from $340 to $2,900 within the same metro area."),
        (P("Moderator", "moderator@healthpolicyforum.example.org"), D("2026-12-03 08:00"), "Forum reminder: no identifiable data",
         "Reminder that this forum is public. Don't post patient-level data or small cells (fewer than 11) from restricted data sets."),
    ]
    footer = "_______________________________________________\nHealth Policy Forum\nhttps://lists.example.org/mailman/listinfo/hpforum"
    return digest_mail("HPForum", "hpforum@" + L, "22, Issue 231", D("2026-12-04 05:00"), p, footer, mime=True)


@M("trap-dsn-bounce-community-flu-clinic-newsletter", "none",
    "bounce returning a clinic's community newsletter about flu, COVID and RSV vaccine clinics; no individual")
def _():
    cl = person("Cedar Bend Family Medicine", "news@cedarbendclinic.example.com", None, None, ["Cedar Bend Family Medicine", "555-0138"])
    rcpt = "old.subscriber@defunct-isp.example.net"
    txt = dedent("""
        CEDAR BEND HEALTH NOTES - December

        Walk-in vaccine clinics this month: Saturdays 12/5 and 12/12, 9 am-noon. Flu, updated COVID-19 and RSV vaccines (RSV for adults 75 and older, adults 60-74 at increased risk, and pregnant people at 32-36 weeks during the season). No appointment needed. Bring your insurance card.

        Flu is rising in our county: the state reports "high" activity, with 8.2% of outpatient visits for influenza-like illness last week. If you have fever and cough, call us early - antivirals work best within 48 hours.

        Holiday hours: closed 12/25 and 1/1. After-hours nurse line: 555-0138, option 2.

        You're receiving this because you signed up for Health Notes. Unsubscribe: https://cedarbendclinic.example.com/unsubscribe
        """)
    orig = mk(cl, P("", rcpt), "Cedar Bend Health Notes - December: walk-in vaccine clinics", D("2026-12-01 07:00"),
              MP("alternative", [T(txt), H(simple_html(txt, "Health Notes"))]))
    return dsn("mailer.cedarbendclinic.example.com", P("Mail Delivery System", "MAILER-DAEMON@mailer.cedarbendclinic.example.com"), cl,
               D("2026-12-01 07:01"), orig, rcpt, status="5.4.4", diag="550 5.4.4 <%s>: Host not found (domain does not exist)")


@M("trap-autoreply-oncology-navigator-quotes-vendor-meeting", "none",
    "auto-reply from an oncology nurse navigator, with a PHI disclaimer, quoting a software vendor's meeting request; no patient")
def _():
    dom = "kestrelpoint.example.org"
    nav = person("Tamsin Valdivia", "tvaldivia@" + dom, "RN, OCN", "Oncology Nurse Navigator - Breast Program", "Kestrel Point Cancer Institute", "555-0192", disc="hosp_long")
    ven = P("Jordan Achterberg", "jachterberg@navigatrix.example.com")
    body = dedent("""
        Thank you for your e-mail. I am out of the office until Monday, December 7.

        PATIENTS: this mailbox is not monitored. If you are a patient with a question about your care, call the Breast Program nurse line at 555-0192. If you have a fever of 100.4 F or higher during chemotherapy, call the 24-hour oncology triage line at 555-0193 right away.

        For navigation referrals, use the "Referral to Oncology Navigation" order in the EHR or contact my colleague Linnea at 555-0194.

        -----Original Message-----
        From: Jordan Achterberg <jachterberg@navigatrix.example.com>
        Sent: Thursday, December 3, 2026 2:15 PM
        To: Tamsin Valdivia <tvaldivia@kestrelpoint.example.org>
        Subject: Navigatrix demo - follow-up on the distress screening module

        Hi Tamsin,

        Thanks for your time at the Oncology Nursing conference. As promised, I'd love to show you and the team our distress screening module (NCCN Distress Thermometer with automated referrals to social work, nutrition and psycho-oncology) and the new navigation dashboard. Would December 15 or 16 work for a 45-minute demo? We can use de-identified sample data only.

        Best,
        Jordan Achterberg
        Navigatrix Health, Account Executive
        """)
    return mk(nav, ven, "Automatic reply: Navigatrix demo - follow-up on the distress screening module", D("2026-12-03 14:15"),
              T(block_text(body, nav, sig=False)), extra=[("Auto-Submitted", "auto-replied")])


@M("trap-read-receipt-hiv-opt-out-testing-policy", "none",
    "read receipt for a policy memo titled 'Routine opt-out HIV testing in the ED'; no individual")
def _():
    r = P("Dr. Emrys Balogun", "ebalogun@northgate-med.example.org")
    s = P("Policy Office", "policyoffice@northgate-med.example.org")
    return mdn(r, s, D("2026-12-02 09:40"), "Revised policy POL-ED-041: Routine opt-out HIV and hepatitis C testing in the ED",
               D("2026-12-01 16:00"), "<20261201160000.pol041@northgate-med.example.org>", "Dr. Emrys Balogun")


@M("trap-fwd-of-fwd-annual-hipaa-training-reminder", "none",
    "forward of a forward of the annual HIPAA/Part 2 privacy training reminder with managers' notes; no patient")
def _():
    dom = "rivergatehealth.example.org"
    lms = person("Learning Management System", "lms-noreply@" + dom, None, None, None)
    mgr = person("Ines Abernethy", "iabernethy@" + dom, "RN", "Nurse Manager, 3 North", None, None)
    dirn = person("Maren Hollis", "mhollis@" + dom, None, "Director of Nursing, Medical Services", None, None)
    staff = P("3 North Staff", "3north-staff@" + dom)
    ms = [
        Msg(lms, [dirn], D("2026-11-16 06:00"), "Compliance training due: HIPAA Privacy & Security 2026, 42 CFR Part 2 Basics", dedent("""
            This is an automated reminder. The following required courses are assigned to members of your department and are due by 12/31/2026:

            - HIPAA Privacy & Security 2026 (30 min)
            - 42 CFR Part 2 Basics (15 min) - required for staff who may access substance use disorder treatment records
            - Identity Theft Red Flags (10 min) - billing staff only

            Department completion: 62%. Managers can view the list of incomplete assignments in the LMS under Reports > My Team.
            """), sig=False),
        Msg(dirn, [mgr], D("2026-11-16 08:30"), "FW: Compliance training due: HIPAA Privacy & Security 2026, 42 CFR Part 2 Basics",
            "Ines - 3 North is at 48%. Please push your team; the CNO is reviewing completion by unit at the January leadership meeting.", fwd=True),
        Msg(mgr, [staff], D("2026-11-16 09:00"), "FW: FW: Compliance training due: HIPAA Privacy & Security 2026, 42 CFR Part 2 Basics", dedent("""
            Hi team,

            Please complete both modules by December 31 - it takes about 45 minutes total and you can do it on the unit computers during downtime (paid time). If you've already done them, thank you! Reminder of what the privacy module covers: only look at charts for patients you're caring for, don't discuss patients in the elevator, and don't post anything about work on social media.

            Ines
            """), fwd=True),
    ]
    return thread_mail(ms)


@M("trap-thread-pharmacist-question-generic-patient-no-identifier", "none",
    "nurse-pharmacist thread: 'a patient asked me' about NSAIDs with ACE inhibitors - a general practice question with no name, date, bed or other identifier")
def _():
    dom = "cedarbendclinic.example.com"
    rn = person("Amanda Castellane", "acastellane@" + dom, "RN", "Care Coordination", "Cedar Bend Family Medicine", "555-0138")
    ph = person("Oswin Ferreira", "oferreira@" + dom, "PharmD", "Clinical Pharmacist", "Cedar Bend Family Medicine", None)
    s = "General question - ibuprofen with BP meds"
    ms = [
        Msg(rn, [ph], D("2026-12-01 14:10"), s, dedent("""
            Hi Oswin,

            A patient asked me a while ago whether she can take ibuprofen for her knee while she's on lisinopril and a water pill, and I realized I don't have a standard answer. It comes up a lot. What should we tell people in general? Is naproxen any better? And what about the topical gels?
            """)),
        Msg(ph, [rn], D("2026-12-01 16:45"), "RE: " + s, dedent("""
            Great question - it comes up constantly. General guidance for patients on an ACE inhibitor or ARB plus a diuretic:

            - The combination of an NSAID + ACEi/ARB + diuretic (the "triple whammy") raises the risk of acute kidney injury, especially in older adults, people with CKD, or anyone who is dehydrated (vomiting, diarrhea, hot weather).
            - NSAIDs can also raise blood pressure by a few points and blunt the effect of the BP medicines.
            - Naproxen is not safer for the kidneys than ibuprofen. It may be slightly better for the heart at usual doses, but the kidney risk is the same.
            - Topical diclofenac gel has much lower systemic absorption and is a reasonable first choice for knee or hand osteoarthritis.
            - Acetaminophen up to 3 g/day is the usual oral alternative.
            - If someone really needs an oral NSAID, use the lowest dose for the shortest time, stay hydrated, and we can check a BMP after 1-2 weeks.

            I'll turn this into a one-page patient handout for the nurses. Want me to add it to the nurse triage protocols too?
            """)),
        Msg(rn, [ph], D("2026-12-01 17:02"), "RE: " + s, "Yes please, both. Thank you!"),
    ]
    return thread_mail(ms)


@M("trap-mm-conference-deidentified-case-summary", "none",
    "borderline: morbidity & mortality conference announcement with a case summary stripped of name, date, unit and MRN (age decade and clinical course only); treated as de-identified")
def _():
    dom = "northgate-med.example.org"
    qi = person("Dr. Hesper Drummond", "hdrummond@" + dom, None, "PGY-2, Emergency Medicine | M&M coordinator", "Northgate Regional Medical Center", None)
    to = P("EM Faculty and Residents", "em-residency@" + dom)
    text = dedent("""
        EM Morbidity & Mortality Conference - Wednesday, 07:30, Room 2 (faculty and residents only)

        Protected peer review / quality improvement. Do not forward. Case details have been de-identified: no names, dates, locations or record numbers. Please do not try to look up the patient.

        CASE
        A patient in their 60s presented with epigastric pain and nausea and was initially evaluated for gastritis. The first ECG was read as nonspecific. Troponin was mildly elevated. The patient was placed in a hallway bed during a surge. A repeat ECG 3 hours later showed inferior ST elevation, and the patient went to the cath lab with a total occlusion of the right coronary artery. The patient survived with moderate LV dysfunction.

        DISCUSSION POINTS
        1. Atypical presentations of acute coronary syndrome: women, older adults, people with diabetes.
        2. Serial ECGs: our policy says every 15-30 minutes for ongoing symptoms with a nondiagnostic first ECG. What got in the way?
        3. Hallway beds and monitoring: which patients should never be in an unmonitored hallway space?
        4. Cognitive bias: anchoring on the triage complaint of "gastritis."
        5. System fixes: automatic repeat-ECG prompt for chest pain equivalents, surge protocol for monitored beds.

        FORMAT
        10-minute case presentation by the resident, 15-minute literature review (posterior/inferior MI and right-sided leads), 20-minute discussion of system factors, 5 minutes of action items.

        Coffee and bagels provided.
        """)
    return doc_mail(qi, to, "M&M Wednesday - missed inferior STEMI during surge (de-identified)", D("2026-12-04 18:00"), block_text(text, qi), html=False)


@M("trap-tumor-board-calendar-submission-rules-no-cases", "none",
    "cancer-institute tumor-board calendar for the next quarter (sites, rooms, deadlines, CME, submission rules); no cases listed")
def _():
    dom = "kestrelpoint.example.org"
    c = person("Fiona Drummond", "fdrummond@" + dom, None, "Cancer Center Program Coordinator", "Kestrel Point Cancer Institute", "555-0135")
    to = P("Cancer Institute Physicians", "ci-physicians@" + dom)
    rows = [["Breast", "Mon 07:00", "Conf 3A", "Fri 17:00"], ["Thoracic", "Tue 07:00", "Conf 3B", "Fri 17:00"],
            ["GI (upper/lower/HPB)", "Thu 07:00", "Conf 3B", "Tue 17:00"], ["GU", "Wed 12:00", "Conf 2C", "Mon 17:00"],
            ["Head & Neck", "Wed 07:00", "Conf 2C", "Mon 17:00"], ["Gyn Onc", "Fri 07:00", "Conf 3A", "Wed 17:00"],
            ["Neuro-oncology", "2nd & 4th Tue 16:00", "Radiology Conf", "Fri 17:00"], ["Heme malignancy / BMT", "Thu 12:00", "Conf 4A", "Tue 17:00"],
            ["Sarcoma", "1st Fri 12:00", "Conf 3A", "Tue 17:00"], ["Molecular tumor board", "3rd Wed 16:00", "Virtual", "Mon 17:00"]]
    text = dedent("""
        Colleagues,

        Here is the tumor board schedule for January-March 2027, plus a reminder of the submission rules.

        """) + pipe_table(["Tumor board", "When", "Where", "Case deadline"], rows) + dedent("""


        SUBMISSION RULES
        1. Submit cases through the tumor board module in the EHR (not by e-mail). Cases submitted by e-mail will not be added.
        2. Each case must include the clinical question you want answered, and imaging and pathology must be finalized before the deadline.
        3. Prospective cases (before treatment decisions) count toward our accreditation requirement of at least 15% of new analytic cases; please present cases before treatment starts whenever possible.
        4. Stage, biomarkers and clinical trial eligibility must be discussed for every case; the trial nurse will attend.
        5. Remote attendees must join from a private location; do not display case lists on shared screens in public areas.

        HOLIDAYS: no boards on Jan 1 and Jan 18 (MLK Day).

        CME: each conference is a regularly scheduled series with 1.0 credit. Attendance is recorded by the sign-in QR code.

        Thank you,
        Fiona
        """)
    return doc_mail(c, to, "Tumor board schedule Jan-Mar 2027 + submission rules", D("2026-12-03 13:00"), block_text(text, c), html_style="outlook")


@M("trap-open-enrollment-benefits-guide-fertility-mental-health", "none",
    "long employer open-enrolment benefits guide: medical plans, fertility benefit, mental-health parity, EAP, HSA; no individual")
def _():
    hr = person("Benefits Team", "benefits@granitelogistics.example.com", None, None, ["Granite Ridge Logistics - Total Rewards", "Benefits line 555-0195"], disc="corp")
    to = P("All Employees", "all-employees@granitelogistics.example.com")
    plans = pipe_table(["2027 plan", "Deductible (ind/fam)", "OOP max (ind/fam)", "PCP copay", "Specialist", "Biweekly premium (employee only)"], [
        ["PPO 500", "$500 / $1,000", "$3,500 / $7,000", "$25", "$50", "$62.40"],
        ["PPO 1500", "$1,500 / $3,000", "$5,000 / $10,000", "$30", "$60", "$38.10"],
        ["HDHP + HSA", "$3,200 / $6,400", "$6,500 / $13,000", "after deductible", "after deductible", "$14.75"]])
    text = dedent("""
        2027 OPEN ENROLLMENT IS NOW OPEN - November 30 to December 14

        This is your once-a-year chance to change your benefits. If you don't make changes, your current medical, dental and vision elections roll over, but your FSA and HSA contributions do NOT - you must re-elect them.

        MEDICAL PLANS

        """) + plans + dedent("""


        WHAT'S NEW FOR 2027
        - Fertility benefit: all medical plans now include a fertility benefit through our partner, with a lifetime maximum of $20,000 for IVF, egg freezing, IUI and fertility medications, and coverage for diagnostic testing. Same-sex couples and single parents by choice are eligible.
        - Mental health: virtual therapy and psychiatry visits now have a $0 copay on the PPO plans (and after deductible on the HDHP). Our plans comply with the mental health parity law - copays for mental health and substance use disorder care are never higher than for medical care.
        - Substance use: the plans cover medications for opioid and alcohol use disorder with no prior authorization.
        - Diabetes: insulin and diabetes supplies have a $25 monthly cap, including on the HDHP.
        - GLP-1 medications for weight management are NOT covered in 2027, except for members with type 2 diabetes.

        EMPLOYEE ASSISTANCE PROGRAM (EAP)
        Free and confidential for you and your household: 6 counseling sessions per issue per year, legal and financial consultations, and help finding child or elder care. Call 555-0196 any time. Your employer never learns who uses the EAP.

        HSA
        The company contributes $750 (individual) or $1,500 (family) to your HSA if you enroll in the HDHP. 2027 IRS limits: $4,400 individual, $8,750 family, plus $1,000 catch-up at 55+.

        FSA
        Health care FSA limit $3,300; dependent care FSA $7,500 per household.

        WELLNESS
        Complete a biometric screening or annual physical by September 30, 2027 to earn a $300 premium credit. Individual results are never shared with the company.

        LIFE AND DISABILITY
        Basic life insurance (1x salary) is free. Supplemental life over $250,000 requires a health questionnaire (evidence of insurability) sent directly to the insurer.

        HOW TO ENROLL
        Log in to the benefits portal, review each page, and click "Submit." Print or save the confirmation. Questions: 555-0195 or the benefits fair in the cafeteria on December 3 and 4.
        """)
    return doc_mail(hr, to, "2027 Open Enrollment: now through Dec 14 (new fertility benefit, $0 virtual therapy)", D("2026-11-30 06:00"),
                    block_text(text, hr), attach=[A(pdf(text.split("\n"), flate=True, title="2027 Benefits Guide"), "application/pdf", "2027_Benefits_Guide.pdf")], html_style="newsletter")


@M("trap-eap-newsletter-depression-anxiety-holidays", "none",
    "employee-assistance programme newsletter on holiday stress, depression, anxiety and alcohol; general education, no individual")
def _():
    eap = P("Compass EAP", "newsletter@compasseap.example.com", sig=["Compass Employee Assistance Program", "24/7: 555-0196"])
    to = P("Members", "members@lists.compasseap.example.com")
    text = dedent("""
        COMPASS EAP - December Wellbeing Newsletter

        THE HOLIDAY BLUES OR SOMETHING MORE?
        Many people feel stressed, lonely or sad around the holidays. That's common. But if low mood lasts most of the day, nearly every day, for two weeks or more - with loss of interest, sleep or appetite changes, trouble concentrating, or thoughts that life isn't worth living - it may be depression, a medical condition that responds to treatment. Talk therapy (such as cognitive behavioral therapy) and medications like SSRIs are effective. Your EAP counselor can help you find care.

        SEASONAL AFFECTIVE DISORDER
        Symptoms that start in fall and lift in spring may be seasonal affective disorder. Light therapy boxes (10,000 lux, 20-30 minutes each morning) help many people. Ask your doctor first if you have bipolar disorder or eye conditions.

        ANXIETY: FIVE THINGS THAT HELP
        1. Slow breathing: in for 4, hold for 4, out for 6.
        2. Limit caffeine and news scrolling.
        3. Move your body every day.
        4. Write down worries and schedule "worry time."
        5. Reach out - anxiety shrinks when it's shared.

        ALCOHOL AND THE HOLIDAYS
        Holiday parties can make it easy to drink more than you intend. Low-risk guidelines: no more than 2 drinks on any day for men and 1 for women. If you're worried about your drinking, confidential help is available; medications such as naltrexone and acamprosate, counseling and support groups all work.

        IF YOU'RE IN CRISIS
        Call or text 988 (Suicide & Crisis Lifeline) any time, or call 911.

        Your EAP benefit: free, confidential counseling sessions for you and your household members. Call 555-0196.
        """)
    return doc_mail(eap, to, "December Wellbeing: holiday blues, SAD, anxiety and alcohol", D("2026-12-01 08:00"), block_text(text, eap), title="Compass EAP", html_style="newsletter")


@M("trap-county-hiv-surveillance-quarterly-report", "none",
    "county public-health quarterly HIV surveillance report with tables of new diagnoses by age, transmission category and viral suppression; aggregate only")
def _():
    rng = rng_for("hiv-surveillance")
    dom = "health.tillmancounty.example.gov.test"
    ep = person("Epidemiology Unit", "epi@" + dom, None, None, ["Tillman County Department of Public Health - Epidemiology", "555-0197"], disc="county")
    to = P("Community Planning Group", "hiv-planning@lists.tillmancounty.example.gov.test")
    ages = pipe_table(["Age group", "Q3 2025", "Q3 2026", "YTD 2026"], [[a, str(rng.randint(1, 14)), str(rng.randint(1, 14)), str(rng.randint(5, 40))]
                                                                       for a in ["13-24", "25-34", "35-44", "45-54", "55+"]])
    trans = pipe_table(["Transmission category (adult/adolescent)", "YTD 2026", "%"], [
        ["Male-to-male sexual contact", "48", "53%"], ["Heterosexual contact", "27", "30%"], ["Injection drug use", "9", "10%"],
        ["MMSC and IDU", "3", "3%"], ["Other/unknown", "4", "4%"]])
    cont = pipe_table(["Care continuum, people living with diagnosed HIV (n=3,412)", "Number", "%"], [
        ["Received any HIV care", "2,967", "87%"], ["Retained in care", "2,459", "72%"], ["Virally suppressed", "2,695", "79%"]])
    text = dedent("""
        TILLMAN COUNTY HIV SURVEILLANCE - QUARTERLY REPORT, Q3 2026

        Data are provisional and subject to change. Cells with fewer than 5 cases are not suppressed in this table because the report covers county totals only; sub-county data are suppressed per our data release policy.

        SUMMARY
        - 91 new HIV diagnoses were reported year-to-date (January-September 2026), compared with 104 in the same period of 2025 (-12.5%).
        - 22% of new diagnoses were late diagnoses (AIDS within 3 months of HIV diagnosis).
        - Median time from diagnosis to first viral suppression fell to 41 days.

        NEW DIAGNOSES BY AGE

        """) + ages + "\n\n" + "NEW DIAGNOSES BY TRANSMISSION CATEGORY\n\n" + trans + "\n\n" + "CARE CONTINUUM\n\n" + cont + dedent("""


        PrEP
        An estimated 2,140 county residents filled a PrEP prescription in Q3, up 31% from a year ago. PrEP coverage among people with a PrEP indication is estimated at 34%.

        ACTIONS
        - Expanded opt-out HIV testing in three emergency departments (see POL-ED-041 at Northgate).
        - Rapid ART start program now in all Ryan White clinics.
        - Syringe services program expansion to the east side.

        Questions: epi@health.tillmancounty.example.gov.test
        """)
    return doc_mail(ep, to, "Q3 2026 HIV surveillance report (provisional)", D("2026-11-27 10:00"), block_text(text, ep),
                    attach=[A(pdf(text.split("\n"), title="HIV surveillance Q3 2026"), "application/pdf", "HIV_Surveillance_Q3_2026.pdf")])


@M("trap-overdose-dashboard-monthly-csv-by-zip", "none",
    "monthly overdose surveillance e-mail with a CSV of counts by ZIP and month (ED visits, EMS naloxone, deaths); aggregate only")
def _():
    rng = rng_for("od-dashboard")
    dom = "health.tillmancounty.example.gov.test"
    ep = person("Overdose Surveillance Team", "odsurveillance@" + dom, None, None, ["Tillman County Department of Public Health"], disc="county")
    to = P("Overdose Response Partners", "od-partners@lists.tillmancounty.example.gov.test")
    rows = [["zip", "month", "ed_visits_suspected_opioid", "ems_naloxone_admin", "deaths_provisional", "suppressed"]]
    for z in ["00%03d" % n for n in range(101, 137)]:
        for mth in ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]:
            d = rng.randint(0, 6)
            rows.append([z, mth, str(rng.randint(2, 40)), str(rng.randint(1, 30)), "<5" if d < 5 else str(d), "Y" if d < 5 else "N"])
    text = dedent("""
        Partners,

        The October overdose dashboard is updated. Highlights:
        - Suspected opioid overdose ED visits: 212 in October, down 9% from September and 27% from October 2025.
        - EMS naloxone administrations: 164.
        - Provisional overdose deaths: 19 (June-October average 23).
        - Xylazine was detected in 28% of fentanyl-positive toxicology results this quarter.

        The attached CSV has counts by ZIP code and month. Death counts under 5 are shown as "<5" per our small-cell policy. Please don't try to combine the data with other sources to identify individuals.

        Free naloxone: the vending machines at the library and the transit center restock weekly.
        """)
    return mk(ep, to, "October overdose dashboard + ZIP-level CSV", D("2026-11-20 09:00"),
              MP("mixed", [T(block_text(text, ep)), A(csv_bytes(rows), "text/csv", "overdose_by_zip_2026-06_to_2026-10.csv")]))


@M("trap-brca-prevention-trial-protocol-synopsis", "none",
    "investigator-initiated trial protocol synopsis for BRCA1/2 carriers (eligibility, endpoints, schedule of assessments); no participant")
def _():
    dom = "ashcombe-research.example.edu.test"
    pi = person("Dr. Isolde Brightwater", "ibrightwater@" + dom, "MD, MPH", "Associate Professor, Cancer Genetics and Prevention", "Ashcombe University", None, disc="uni")
    to = [P("Scientific Review Committee", "src@" + dom)]
    sched = pipe_table(["Assessment", "Screening", "Month 0", "Month 6", "Month 12", "Month 24", "Month 36"], [
        ["Consent / eligibility", "X", "", "", "", "", ""], ["Genetic counseling (documented)", "X", "", "", "", "", ""],
        ["Breast MRI", "X", "", "", "X", "X", "X"], ["Mammogram (age >= 30)", "X", "", "", "X", "X", "X"],
        ["Blood for biomarkers", "", "X", "X", "X", "X", "X"], ["Mammographic density", "X", "", "", "X", "X", "X"],
        ["Quality of life (FACT-ES)", "", "X", "X", "X", "X", "X"], ["Adverse events", "", "", "X", "X", "X", "X"]])
    text = dedent("""
        Dear Committee,

        Please find the protocol synopsis for our proposed study for the January review cycle. The full protocol, consent form and statistical analysis plan are in the submission portal (eIRB #2026-1187).

        PROTOCOL SYNOPSIS

        Title: A randomized, double-blind, placebo-controlled phase 2 trial of low-dose oral agent AX-14 to reduce breast tissue proliferation in women carrying a BRCA1 or BRCA2 pathogenic variant (PREVENT-BR)

        Rationale: Women who carry a pathogenic BRCA1 or BRCA2 variant have a lifetime breast cancer risk of roughly 45-72%. Risk-reducing mastectomy is highly effective but not acceptable to all. RANKL signaling has been implicated in the expansion of luminal progenitor cells in BRCA1 carriers; AX-14 is an investigational oral agent acting on this pathway.

        Primary objective: to compare the change in breast epithelial Ki-67 index from baseline to 12 months between AX-14 and placebo.
        Secondary objectives: change in mammographic density; breast MRI background parenchymal enhancement; safety and tolerability; quality of life; incidence of breast cancer (exploratory).

        Population: women aged 25-55 with a documented germline pathogenic or likely pathogenic variant in BRCA1 or BRCA2 (CLIA-certified laboratory report), who have not had bilateral mastectomy, are not pregnant or breastfeeding, and have no history of invasive breast cancer. Participants may have had risk-reducing salpingo-oophorectomy. Genetic counseling must be documented before enrollment.

        Sample size: 120 participants (60 per arm), 80% power to detect a 30% relative difference in Ki-67.

        Schedule of assessments:

        """) + sched + dedent("""


        Data protection: participant genetic results are stored in the research record only under study ID. Results of research biomarker testing will not be returned to participants. A Certificate of Confidentiality will be obtained.

        Recruitment: through the hereditary cancer clinic registry (with prior consent to contact), advocacy organizations and IRB-approved advertisements.

        Please let me know if you have questions.
        """)
    return doc_mail(pi, to, "SRC submission: PREVENT-BR protocol synopsis (BRCA1/2 carriers)", D("2026-12-01 12:30"), block_text(text, pi))


@M("trap-irb-meeting-minutes-protocol-numbers-votes", "none",
    "long IRB minutes: protocol numbers, risk determinations, consent issues, votes, on psychiatric, HIV, SUD and genetic studies; no participant")
def _():
    rng = rng_for("irb-minutes")
    dom = "ashcombe-research.example.edu.test"
    irb = person("IRB Office", "irb@" + dom, None, None, ["Ashcombe University Human Research Protection Program", "555-0198"], disc="uni")
    to = P("IRB Panel B", "irb-panel-b@" + dom)
    protos = [
        ("2026-1103", "Ketamine-assisted psychotherapy for treatment-resistant depression (phase 2)", "Approved with modifications", "Greater than minimal risk. Require a suicidality monitoring plan with C-SSRS at every visit and a 24-hour on-call clinician. Consent to explain dissociative effects in plain language."),
        ("2026-1117", "Long-acting injectable PrEP uptake among young Black women: mixed-methods", "Approved", "Minimal risk for the interview component. Waiver of parental permission granted for 16-17-year-olds under state minor consent law for HIV prevention. Certificate of Confidentiality required."),
        ("2026-1122", "Contingency management for stimulant use disorder in an OTP", "Tabled", "Panel requested clarification of 42 CFR Part 2 consent for data sharing with the university; incentive amounts must be justified against coercion concerns."),
        ("2026-1131", "Return of secondary genomic findings in a biobank cohort", "Approved with modifications", "Genetic counseling must be offered before return of results; the consent must describe the limits of genetic discrimination protections for life and long-term care insurance."),
        ("2026-1140", "Retrospective chart review: outcomes after ED buprenorphine initiation", "Exempt determination upheld", "Waiver of HIPAA authorization granted; data to be de-identified before leaving the covered entity; limited data set under DUA."),
        ("2026-1144", "Pregnancy registry of a new migraine drug (MIGRALUX)", "Approved", "Minimal risk; registry follows voluntary enrollees; privacy protections adequate."),
        ("2025-0988 (continuing review)", "Adolescent eating disorder family-based treatment via telehealth", "Approved for 12 months", "No unanticipated problems reported; 2 protocol deviations (late visits) acknowledged."),
    ]
    blocks = []
    for n, t, v, d in protos:
        blocks.append("Protocol %s: %s\nDetermination: %s\nDiscussion: %s\nVote: %d for, 0 against, %d abstaining (conflicted members left the room)." % (
            n, t, v, d, rng.randint(7, 11), rng.randint(0, 1)))
    text = dedent("""
        INSTITUTIONAL REVIEW BOARD - PANEL B - MINUTES
        Meeting of November 24, 2026, 14:00-16:40, Research Building room 210 and virtual
        Quorum: 11 voting members present, including a non-scientist and an unaffiliated member. Prisoner representative present for item 1 (no prisoner research reviewed).

        1. MINUTES of October 27 approved.

        2. NEW PROTOCOLS AND CONTINUING REVIEWS

        """) + "\n\n".join(blocks) + dedent("""


        3. REPORTABLE EVENTS
        Two unanticipated problems were reviewed (one lost unencrypted laptop with de-identified data only - not a breach; one consent form version error). Corrective action plans accepted.

        4. EDUCATION
        Brief presentation on the revised Common Rule single-IRB requirement and on the updated Part 2 rule for research disclosures.

        5. ADJOURNMENT at 16:40. Next meeting December 22.
        """)
    return doc_mail(irb, to, "IRB Panel B minutes - 11/24/2026", D("2026-12-01 09:00"), block_text(text, irb), html_style="outlook",
                    attach=[A(pdf(text.split("\n"), title="IRB Panel B minutes"), "application/pdf", "IRB_PanelB_minutes_2026-11-24.pdf")])


@M("trap-ehr-release-notes-sensitive-note-masking", "none",
    "long EHR release notes: sensitive-note masking for behavioural health, SUD and reproductive notes, MRN search, PHI redaction in print; no patient")
def _():
    v = person("Meridale Release Management", "releases@meridale.example.com", None, None, ["Meridale Clinical Systems"], disc="vendor")
    to = P("Customer Application Analysts", "customer-analysts@lists.meridale.example.com")
    text = dedent("""
        MERIDALE EHR 26.4 - RELEASE NOTES (customer edition)
        General availability: December 12, 2026. Test environments: available now.

        HIGHLIGHTS
        1. Sensitive note masking (new). Notes with the types Behavioral Health, SUD Treatment (42 CFR Part 2), Reproductive Health, HIV and Genetic Counseling can be configured as "sensitive." Sensitive notes are hidden from the chart review timeline for users without the Sensitive Note Viewer security point, show a banner ("Sensitive note - access is audited") and require a reason for access (break-the-glass). Configuration: Admin > Clinical Content > Note Types > Sensitivity.
        2. Part 2 data segmentation. Encounters created in departments flagged as Part 2 programs carry a data segmentation label in outbound C-CDA and FHIR exchanges (confidentiality code R, security label for SUD). Receiving systems that don't support labels will not receive those sections unless consent allows.
        3. Print redaction. Printed after-visit summaries can optionally omit sensitive problems and medications when printed for a proxy.
        4. MRN search improvements. The patient search now matches MRNs with or without leading zeros and flags possible duplicates using the EMPI score.
        5. Patient portal: adolescent confidentiality. For patients aged 12-17, proxy access hides sensitive results (STI, pregnancy, contraception, mental health) according to state rules configured per facility.

        FIXES
        - 26.3-1187: Lab results with long comments were truncated in the in-basket preview.
        - 26.3-1201: The medication reconciliation screen did not display PRN reasons for some orders.
        - 26.3-1244: HL7 ORU messages with OBX-5 values over 2,000 characters failed.
        - 26.3-1262: The discharge summary template didn't pull the latest problem list.

        KNOWN ISSUES
        - When a sensitive note is addended, the addendum inherits sensitivity only after the note is refreshed.
        - The new masking does not apply to free-text problem list comments; review your build.

        UPGRADE NOTES
        Customers must map their existing note types to the new sensitivity categories before go-live. A configuration workbook is attached to the release in the customer portal. Test with test patients only; do not use production data in the test environment.
        """)
    return doc_mail(v, to, "Meridale EHR 26.4 release notes - sensitive note masking, Part 2 segmentation", D("2026-11-23 15:00"), block_text(text, v))


@M("trap-hl7-interface-spec-test-patient-sample", "none",
    "interface specification e-mail with an HL7 ADT sample for TEST^PATIENT and field mapping table naming PID-3/MRN fields; no real patient")
def _():
    dom = "oakhollowmed.example.org"
    ia = person("Priyanka Ellery", "pellery@" + dom, None, "Integration Analyst", "Oak Hollow Medical Center - Interfaces Team", "555-0184", disc="hosp_long")
    v = P("Lab Vendor Integration", "integration@clearviewlab.example.com")
    hl7 = "\r".join([
        "MSH|^~\\&|OHMC_ADT|OHMC|CLEARVIEW|CLEARVIEW|20261201100000||ADT^A04^ADT_A01|TEST0001|T|2.5.1",
        "EVN|A04|20261201100000",
        "PID|1||99999999^^^OHMC^MR||TEST^PATIENT^ZZZ||19000101|U|||1 TEST ST^^TESTVILLE^ST^00000||555-0100",
        "PV1|1|O|LAB^^^OHMC||||0000000000^TEST^PROVIDER|||LAB||||||||OUT|TESTVISIT001",
        "IN1|1|TESTPLAN|000|TEST INSURANCE|||||||||||||||||||||||||||||||||TESTMEMBER01"]) + "\r"
    mapping = pipe_table(["Field", "Name", "Source", "Notes"], [
        ["PID-3.1", "Patient identifier (MRN)", "EHR MRN", "8 digits, left-pad zeros"],
        ["PID-3.4", "Assigning authority", "constant OHMC", ""],
        ["PID-5", "Patient name", "Legal name", "Family^Given^Middle"],
        ["PID-7", "Date of birth", "DOB", "YYYYMMDD"],
        ["PID-8", "Administrative sex", "Sex", "M/F/U/X"],
        ["PV1-19", "Visit number", "CSN", "used as accession link"],
        ["IN1-36", "Policy number", "Member ID", "primary coverage only"],
        ["ORC-12", "Ordering provider", "NPI^Last^First", "NPI required"]])
    text = dedent("""
        Hi Clearview team,

        Attached is the ADT interface specification v1.3 for the outreach lab project and a sample test message. The sample uses our standard test patient (TEST^PATIENT^ZZZ, MRN 99999999) in the TEST environment; please do not load it into production. Processing ID is T.

        Field mapping summary:

        """) + mapping + dedent("""


        We'll send A04, A08, A31 and A40 (merge). Please confirm you can process A40 merges - it was an issue in the last project.

        Connectivity: MLLP over VPN, port 6661 (test) / 6662 (prod). ACK mode: original mode, AA/AE/AR.

        Thanks,
        Priyanka
        """)
    return mk(ia, v, "Outreach lab ADT spec v1.3 + test message", D("2026-12-01 10:30"),
              MP("mixed", [T(block_text(text, ia)), A(hl7.encode("ascii"), "application/hl7-v2", "ADT_A04_TEST.hl7"),
                           A(pdf(text.split("\n"), title="ADT spec v1.3"), "application/pdf", "OHMC_ADT_Spec_v1.3.pdf")]))


@M("trap-data-use-agreement-template-limited-data-set", "none",
    "long data use agreement template for a limited data set (permitted uses, safeguards, no re-identification); no individual")
def _():
    dom = "rivergatehealth.example.org"
    cp = person("Research Compliance", "researchcompliance@" + dom, None, None, ["Rivergate Health - Research Compliance Office", "555-0189"], disc="hosp_long")
    to = P("Dr. Alder Stavros", "astavros@ashcombe-research.example.edu.test")
    text = dedent("""
        Dr. Stavros,

        Attached and below is our data use agreement template for the limited data set you requested for your study of ED buprenorphine initiation outcomes. Please have your institution's authorized official review; we can accept minor edits in Exhibit A only.

        DATA USE AGREEMENT (LIMITED DATA SET)

        1. PARTIES. This Data Use Agreement ("Agreement") is entered into by Rivergate Health ("Covered Entity") and Ashcombe University ("Recipient").

        2. PURPOSE. Covered Entity will disclose a Limited Data Set ("LDS"), as defined at 45 CFR 164.514(e), to Recipient solely for the research described in Exhibit A ("Project").

        3. LIMITED DATA SET. The LDS excludes the following direct identifiers of the individual or of relatives, employers, or household members: names; postal address information other than town or city, state and ZIP code; telephone and fax numbers; e-mail addresses; Social Security numbers; medical record numbers; health plan beneficiary numbers; account numbers; certificate/license numbers; vehicle identifiers; device identifiers; URLs; IP addresses; biometric identifiers; and full-face photographs. The LDS may include dates (admission, discharge, service, birth, death), and five-digit ZIP codes.

        4. SUBSTANCE USE DISORDER RECORDS. To the extent the LDS includes records subject to 42 CFR Part 2, Recipient agrees to comply with 42 CFR 2.52 (research), including the prohibition on redisclosure and on use of the records in any legal proceeding against a patient.

        5. PERMITTED USES. Recipient may use and disclose the LDS only for the Project and as required by law. Recipient shall not use the LDS to identify or contact any individual.

        6. SAFEGUARDS. Recipient shall use appropriate administrative, physical and technical safeguards, including encryption at rest and in transit, role-based access, and audit logging, to prevent use or disclosure not provided for by this Agreement.

        7. REPORTING. Recipient shall report to Covered Entity any use or disclosure not provided for by this Agreement within five (5) business days of discovery.

        8. AGENTS. Recipient shall ensure that any agents or subcontractors to whom it provides the LDS agree to the same restrictions.

        9. PUBLICATION. Results may be published in aggregate form; no cell sizes smaller than 11 shall be reported.

        10. TERM AND TERMINATION. This Agreement is effective upon signature and ends when the LDS is destroyed or returned. Covered Entity may terminate upon a material breach not cured within 30 days.

        11. RETURN OR DESTRUCTION. Upon termination, Recipient shall return or destroy the LDS and certify destruction in writing.

        EXHIBIT A - PROJECT DESCRIPTION
        Title: Outcomes after emergency department buprenorphine initiation, 2023-2026. Data elements: age at visit, sex, five-digit ZIP, visit dates, diagnoses (ICD-10), medications administered and prescribed, follow-up visits at affiliated clinics within 30 days, ED revisits and overdose events within 12 months. Estimated records: 4,800 encounters.

        Signatures: [Covered Entity authorized official] [Recipient authorized official] [Principal Investigator - acknowledgment]
        """)
    return doc_mail(cp, to, "DUA template - ED buprenorphine outcomes study (limited data set)", D("2026-11-25 11:00"), block_text(text, cp), html=False,
                    attach=[A(pdf(text.split("\n"), title="Data Use Agreement"), "application/pdf", "DUA_LDS_template_v4.pdf")])


@M("trap-business-associate-agreement-redline-thread", "none",
    "contracting thread negotiating a business associate agreement (breach timelines, subcontractors, offshore PHI, Part 2 addendum); no individual")
def _():
    dom = LV
    ct = person("Corwin Balogun", "cbalogun@" + dom, None, "Contracts Manager, Supply Chain & Contracting", "Larkspur Valley Health", "555-0199", disc="hosp_long")
    lg = person("Hollis Trevithick", "htrevithick@holbrookpruett.example.com", None, "Associate", "Holbrook Pruett & Vane LLP", None, disc="law")
    ven = person("Joanna Castellane", "jcastellane@scribeflow.example.com", None, "VP Legal", "ScribeFlow AI, Inc.", None, disc="vendor")
    s = "ScribeFlow - BAA redline v3"
    ms = [
        Msg(ven, [ct], D("2026-11-20 10:00"), s, dedent("""
            Corwin,

            Attached is our redline (v3) of your BAA for the ambient documentation pilot. Main changes:
            1. Breach notification: we propose 10 business days from discovery (your template says 48 hours).
            2. Subcontractors: our cloud hosting provider and our transcription QA subcontractor (US-based) are listed in Exhibit B.
            3. De-identified data: we request the right to use de-identified data to improve our models.
            4. Audit: annual SOC 2 Type II report in lieu of on-site audits.
            """)),
        Msg(ct, [lg], D("2026-11-20 13:30"), "FW: " + s, "Hollis - can you review the vendor's redline? Business owner is the CMIO; pilot is 40 clinicians in primary care and behavioral health.", fwd=True),
        Msg(lg, [ct], D("2026-11-24 17:00"), "RE: FW: " + s, dedent("""
            Corwin,

            Comments:
            1. Breach notification: 10 business days is too long. Suggest 5 calendar days for the initial notice, with a full report within 30 days, so we can meet our 60-day notification obligations.
            2. Subcontractors: acceptable if they sign BAAs at least as restrictive. Add a clause prohibiting offshore access to PHI without prior written consent.
            3. De-identified data: recommend rejecting, or allowing only de-identification by the expert determination method with our approval. Note that recordings of behavioral health visits are especially sensitive - the audio itself is PHI and can be re-identifiable.
            4. Because the pilot includes the addiction medicine clinic, add a 42 CFR Part 2 Qualified Service Organization Agreement addendum.
            5. SOC 2 Type II is fine plus a right to audit after a breach.

            Hollis
            """)),
        Msg(ct, [ven], D("2026-11-25 09:00"), "RE: " + s, "Joanna - our counsel's comments are attached. Can we have a call Monday?"),
        Msg(ven, [ct], D("2026-11-30 16:00"), "RE: " + s, dedent("""
            Thanks Corwin. We accept 1 (5 days initial notice), 2, 4 and 5. On 3, we can accept expert-determination de-identification with your approval, and we'll exclude behavioral health and SUD recordings from any model training. Revised v4 attached.
            """)),
    ]
    return thread_mail(ms)


@M("trap-notice-of-privacy-practices-revised-2027", "none",
    "long revised Notice of Privacy Practices mailed to a subscriber list: uses and disclosures, special protections for HIV, SUD, mental health and reproductive records; no individual")
def _():
    pr = person("Privacy Office", "privacy@" + LV, None, None, ["Larkspur Valley Health - Privacy Office", "555-0100"])
    to = P("Larkspur Valley Health patients (newsletter list)", "patients@lists.larkspurvalley.example.org")
    text = dedent("""
        NOTICE OF PRIVACY PRACTICES - REVISED, EFFECTIVE FEBRUARY 16, 2027

        THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.

        We are updating our Notice because of changes to federal rules about substance use disorder treatment records and reproductive health care information.

        OUR RESPONSIBILITIES
        We are required by law to maintain the privacy and security of your protected health information, to notify you after a breach of unsecured information, to follow this Notice, and to give you a copy.

        HOW WE MAY USE AND SHARE YOUR INFORMATION
        - Treatment: we share information with doctors, nurses and others who are taking care of you.
        - Payment: we share information to bill and get paid by health plans.
        - Health care operations: we use information to run our organization and improve care.
        - Other uses: public health and safety (for example, reporting communicable diseases), research (with approval), as required by law, to coroners and funeral directors, for workers' compensation, for law enforcement in limited cases, and in response to court orders.

        SPECIAL PROTECTIONS
        - Substance use disorder records from our federally assisted programs are protected by 42 CFR Part 2. We will not use or disclose them in civil, criminal, administrative or legislative proceedings against you without your written consent or a court order.
        - Psychotherapy notes and SUD counseling notes require your specific authorization for most uses.
        - HIV test results, genetic information and information about reproductive health care have additional protections under state law.
        - Reproductive health care: we will not use or disclose information to investigate or impose liability on any person for seeking, obtaining, providing or facilitating reproductive health care that is lawful where it was provided. We may require a signed attestation before disclosing such information for health oversight, judicial or law enforcement purposes.

        YOUR RIGHTS
        Get a copy of your record (usually within 30 days); ask us to correct it; request confidential communications; ask us to limit what we share; get a list of those with whom we've shared information; get a paper copy of this Notice; choose someone to act for you; file a complaint with us or with the federal government.

        YOUR CHOICES
        You can tell us whether to share information with family and friends involved in your care, and whether to include you in a hospital directory. We never sell your information or use it for marketing without your written permission. You may opt out of fundraising communications.

        CONTACT
        Privacy Office, 555-0100, privacy@larkspurvalley.example.org.
        """)
    return doc_mail(pr, to, "Updated Notice of Privacy Practices (effective February 16, 2027)", D("2026-12-01 12:00"), block_text(text, pr),
                    attach=[A(pdf(text.split("\n"), flate=True, title="Notice of Privacy Practices"), "application/pdf", "LVH_NPP_2027.pdf")], html_style="newsletter")


@M("trap-breach-tabletop-exercise-fictional-scenario", "none",
    "incident-response tabletop exercise packet with an explicitly fictional lost-laptop scenario naming a fictional patient list; no real individual")
def _():
    dom = "oakhollowmed.example.org"
    ciso = person("Information Security Office", "infosec@" + dom, None, None, ["Oak Hollow Medical Center - Information Security"], disc="hosp_long")
    to = P("Incident Response Team", "irt@" + dom)
    text = dedent("""
        Team,

        Tabletop exercise next Thursday, 13:00-15:00, Board Room. Please read the scenario in advance. EVERYTHING IN THIS SCENARIO IS FICTIONAL - no real patients, staff or systems are involved.

        EXERCISE: "THE LAPTOP IN THE RIDESHARE"

        INJECT 1 (Monday 08:15): A fictional oncology research coordinator reports that she left a work laptop in a rideshare vehicle on Friday evening. The laptop was due for encryption but the ticket shows "pending." She believes it contained a spreadsheet of about 1,200 fictional study participants with names, dates of birth, MRNs and diagnoses, and an export of 40 genetic test reports.
        Questions: Who do you call first? How do you determine whether encryption was enabled? What logs do you check?

        INJECT 2 (Monday 11:00): The rideshare company says the driver found the laptop and will return it Wednesday. The laptop has checked in to the management server on Saturday from an unknown IP address.
        Questions: Does the return of the device end the incident? How do you assess the probability that the data was compromised (the four-factor risk assessment)?

        INJECT 3 (Tuesday 09:00): A local reporter calls Communications asking about "a data breach involving cancer patients."
        Questions: Who speaks? What can be said before the investigation is complete?

        INJECT 4 (Wednesday): The investigation finds the spreadsheet was synced to a personal cloud account.
        Questions: Notification requirements - individuals (within 60 days of discovery), HHS (500+ affected: within 60 days), media (500+ in a state), state attorney general. Genetic information - any additional state requirements? Credit monitoring?

        ROLES: incident commander (CISO), privacy officer, legal, communications, research compliance, IT endpoint team, clinical leadership.

        OBJECTIVES: test the escalation tree, the breach risk assessment workflow, and the communications plan.

        Please bring a copy of the Incident Response Plan (IRP v7).
        """)
    return doc_mail(ciso, to, "Tabletop exercise Thursday - scenario packet (fictional)", D("2026-12-02 15:30"), block_text(text, ciso), html_style="outlook")

# ================================================================ traps in other languages

@M("trap-spanish-boletin-salud-comunitaria-diabetes-vacunas", "none",
    "Spanish community-health newsletter on diabetes prevention, vaccines, mental-health lines and a health fair; no individual", lang="es")
def _():
    cs_ = P("Centro de Salud Comunitario La Esperanza", "boletin@cslaesperanza.example.org",
            sig=["Centro de Salud Comunitario La Esperanza", "Tel. 555-0101 | https://cslaesperanza.example.org"])
    to = P("Suscriptores del boletín", "boletin-lista@cslaesperanza.example.org")
    text = dedent("""
        BOLETÍN DE SALUD - DICIEMBRE 2026

        PREVENIR LA DIABETES TIPO 2
        Uno de cada tres adultos tiene prediabetes y la mayoría no lo sabe. Los factores de riesgo son: tener 35 años o más, sobrepeso, antecedentes familiares de diabetes, haber tenido diabetes gestacional o presión alta. La buena noticia: bajar entre 5 y 7 por ciento del peso y caminar 150 minutos por semana reduce el riesgo a la mitad. Nuestro programa de prevención de la diabetes (16 sesiones gratuitas, en español) empieza el 12 de enero, los martes a las 6 de la tarde.

        VACUNAS DE TEMPORADA
        Ya tenemos la vacuna contra la influenza, la vacuna actualizada contra el COVID-19 y la vacuna contra el virus sincitial respiratorio (VSR) para personas de 75 años o más y para embarazadas entre las semanas 32 y 36. Sin cita, de lunes a viernes de 8 a 4. Los niños menores de 19 años pueden vacunarse gratis con el programa de vacunas para niños.

        SALUD MENTAL EN LAS FIESTAS
        Las fiestas pueden traer tristeza, estrés o soledad. Si usted o alguien que conoce está pasando por un momento difícil, llame o envíe un mensaje de texto al 988 (línea de crisis, con atención en español). Nuestro equipo de salud conductual ofrece consultas de terapia individual y grupos de apoyo; pregunte en recepción.

        FERIA DE SALUD
        Sábado 16 de enero, de 10 a 2, en el gimnasio de la escuela primaria Roosevelt: medición de presión y glucosa, pruebas rápidas de VIH y hepatitis C confidenciales, revisión dental para niños, y asesoría para inscribirse en el seguro médico.

        RECETA SALUDABLE: sopa de lentejas con verduras
        1 taza de lentejas, 1 zanahoria, 1 calabacita, 1 jitomate, media cebolla, ajo, comino y cilantro. Cocinar 40 minutos. Rinde 6 porciones de 180 calorías.

        HORARIO DE FIESTAS
        Cerrado el 25 de diciembre y el 1 de enero. El 24 y el 31 cerramos a las 12.

        Para darse de baja: https://cslaesperanza.example.org/baja
        """)
    return doc_mail(cs_, to, "Boletín de Salud - diciembre: diabetes, vacunas y feria de salud", D("2026-12-01 08:00", "cst"),
                    block_text(text, cs_), cs="utf-8", cte_text="quoted-printable", title="Boletín de Salud", html_style="newsletter")


@M("trap-german-hygiene-rundschreiben-mrsa-stationen", "none",
    "German hospital hygiene circular with MRSA/VRE/3MRGN counts per ward, hand-hygiene compliance and isolation rules; aggregate only", lang="de")
def _():
    rng = rng_for("hygiene-rundschreiben")
    hy = person("Krankenhaushygiene", "hygiene@klinikum-auental.example.de.test", None, None,
                ["Klinikum Auental - Abteilung Krankenhaushygiene", "Tel. +49 5555 555-0102"], disc="de")
    to = P("Alle Stationsleitungen", "stationsleitungen@klinikum-auental.example.de.test")
    st = ["Station K1", "Station K2", "Station K3", "Station C1", "Station C2", "Intensivstation", "IMC", "Geriatrie", "Neurologie", "Onkologie"]
    rows = [[s_, str(rng.randint(0, 6)), str(rng.randint(0, 3)), str(rng.randint(0, 4)), "%d %%" % rng.randint(68, 95)] for s_ in st]
    tab = pipe_table(["Station", "MRSA (neu)", "VRE (neu)", "3MRGN/4MRGN", "Compliance Händedesinfektion"], rows)
    text = dedent("""
        Sehr geehrte Stationsleitungen,

        anbei das Hygiene-Rundschreiben für November 2026.

        1. ERREGERSTATISTIK (Neunachweise, November)

        """) + tab + dedent("""


        Die Zahl der neu nachgewiesenen MRSA-Fälle ist im Vergleich zum Vorjahresmonat um 18 % gesunken. Auf der Intensivstation wurde ein Cluster von VRE (Enterococcus faecium, vanB) untersucht; die Typisierung ergab keinen Hinweis auf eine Übertragung.

        2. HÄNDEHYGIENE
        Die Beobachtungs-Compliance liegt bei durchschnittlich 81 % (Ziel 90 %). Schwachpunkt bleibt die Indikation "vor aseptischen Tätigkeiten". Bitte denken Sie an die Aktion "Saubere Hände" im Januar.

        3. ISOLIERUNGSMASSNAHMEN - ERINNERUNG
        - MRSA: Kontaktisolierung, Einzelzimmer oder Kohortierung, Schutzkittel und Handschuhe bei Patientenkontakt.
        - 4MRGN: Einzelzimmer mit Schleuse, Kennzeichnung der Tür, Aufklärung der Besucher.
        - Clostridioides difficile: Händewaschen zusätzlich zur Desinfektion, sporozides Flächendesinfektionsmittel.
        - Norovirus-Saison: bei zwei oder mehr Fällen auf einer Station bitte sofort die Hygiene informieren.

        4. SCHULUNGEN
        Pflichtschulung Hygiene (E-Learning) bis 31.12. Hygienebeauftragte in der Pflege: Treffen am 14.01. um 14 Uhr.

        Mit freundlichen Grüßen
        Ihr Team der Krankenhaushygiene
        """)
    return doc_mail(hy, to, "Hygiene-Rundschreiben November 2026", D("2026-12-02 10:00", "cet"), block_text(text, hy),
                    cs="iso-8859-15", cte_text="quoted-printable", hmode="Q", html_style="outlook")


@M("trap-french-lettre-soignants-vaccination-grippe-taux", "none",
    "French letter to hospital staff on the flu vaccination campaign with coverage rates by department; aggregate only", lang="fr")
def _():
    rng = rng_for("vaccination-grippe-fr")
    st = person("Service de santé au travail", "sante.travail@ch-valmorel.example.fr.test", None, None,
                ["Centre hospitalier de Valmorel", "Tél. 04 55 55 01 03"], disc="fr")
    to = P("Personnels du CH de Valmorel", "tous@ch-valmorel.example.fr.test")
    rows = [[p_, "%d %%" % rng.randint(22, 68)] for p_ in ["Médecins", "Internes", "Infirmiers", "Aides-soignants", "Sages-femmes", "Kinésithérapeutes", "Personnels administratifs", "Personnels techniques"]]
    text = dedent("""
        Chères et chers collègues,

        La campagne de vaccination contre la grippe saisonnière se poursuit jusqu'au 31 janvier. À ce jour, le taux de couverture vaccinale des personnels de l'établissement est de 41 %, contre 38 % l'an dernier à la même date. C'est encore loin de l'objectif national.

        TAUX DE COUVERTURE PAR CATÉGORIE (au 30 novembre)

        """) + pipe_table(["Catégorie", "Taux"], rows) + dedent("""


        POURQUOI SE FAIRE VACCINER ?
        - Pour se protéger : la grippe peut être grave, même chez les adultes en bonne santé.
        - Pour protéger les patients fragiles (personnes âgées, immunodéprimées, nouveau-nés) : les soignants peuvent transmettre le virus avant même d'avoir des symptômes.
        - Pour éviter l'absentéisme pendant l'épidémie.

        OÙ ET QUAND ?
        - Au service de santé au travail, sans rendez-vous, du lundi au vendredi de 8 h 30 à 16 h 30.
        - Équipes mobiles dans les services : planning affiché dans chaque unité.
        - Vaccination possible en même temps que le rappel COVID-19.

        Le vaccin est pris en charge à 100 %. Aucune information médicale individuelle n'est transmise à l'encadrement.

        Merci de votre engagement,
        Le service de santé au travail et l'équipe opérationnelle d'hygiène
        """)
    return doc_mail(st, to, "Campagne de vaccination antigrippale - point d'étape", D("2026-12-01 09:00", "cet"), block_text(text, st),
                    cs="iso-8859-1", cte_text="base64", hmode="Q")


@M("trap-portuguese-boletim-epidemiologico-dengue-semana", "none",
    "Brazilian Portuguese epidemiological bulletin: dengue and chikungunya cases by district and week, hospitalisations, deaths; aggregate only", lang="pt")
def _():
    rng = rng_for("boletim-dengue")
    vs = person("Vigilância Epidemiológica", "vigilancia@saude.serradourada.example.gov.br.test", None, None,
                ["Secretaria Municipal de Saúde de Serra Dourada", "Tel. (11) 5555-0104"], disc="pt")
    to = P("Unidades de saúde", "unidades@saude.serradourada.example.gov.br.test")
    bairros = ["Centro", "Jardim Aurora", "Vila Nova", "São José", "Parque das Flores", "Boa Vista", "Santa Luzia", "Industrial"]
    rows = [[b, str(rng.randint(10, 240)), str(rng.randint(2, 80)), str(rng.randint(0, 12)), "%.1f" % rng.uniform(50, 900)] for b in bairros]
    text = dedent("""
        BOLETIM EPIDEMIOLÓGICO - ARBOVIROSES
        Semana epidemiológica 48 (22 a 28 de novembro de 2026)

        Situação: o município está em ALERTA para dengue. A incidência acumulada no ano é de 412,6 casos por 100 mil habitantes.

        CASOS PROVÁVEIS DE DENGUE POR BAIRRO (acumulado do ano)

        """) + pipe_table(["Bairro", "Casos prováveis", "Confirmados laboratorialmente", "Dengue com sinais de alarme", "Incidência/100 mil"], rows) + dedent("""


        - Sorotipos circulantes: DENV-2 e DENV-3.
        - Chikungunya: 38 casos prováveis no ano.
        - Óbitos por dengue em investigação: 2; confirmados: 1.
        - Índice de infestação predial (LIRAa de novembro): 3,8 % (risco alto).

        RECOMENDAÇÕES ÀS UNIDADES
        1. Notificar todo caso suspeito em até 24 horas.
        2. Classificar o risco (grupos A a D) e orientar hidratação oral vigorosa.
        3. Não prescrever anti-inflamatórios nem ácido acetilsalicílico em casos suspeitos.
        4. Vacina contra a dengue disponível para crianças e adolescentes de 10 a 14 anos.

        Mutirão de limpeza contra o Aedes aegypti: sábado, 5 de dezembro, em todos os bairros.
        """)
    return doc_mail(vs, to, "Boletim epidemiológico arboviroses - SE 48", D("2026-12-01 14:00", "brt"), block_text(text, vs),
                    cs="iso-8859-1", cte_text="8bit", hmode="Q", html=False)


@M("trap-italian-verbale-comitato-infezioni-ospedaliere", "none",
    "Italian hospital infection-control committee minutes: infection rates, antibiotic consumption, surveillance projects; aggregate only", lang="it")
def _():
    rng = rng_for("cio-verbale")
    cio = person("Segreteria CIO", "cio@ao-valpiana.example.it.test", None, None, ["Azienda Ospedaliera Valpiana - Comitato Infezioni Ospedaliere"], disc="it")
    to = P("Componenti CIO", "cio-componenti@ao-valpiana.example.it.test")
    text = dedent("""
        VERBALE DELLA RIUNIONE DEL COMITATO INFEZIONI OSPEDALIERE (CIO)
        26 novembre 2026, ore 14:30-16:30, Sala riunioni Direzione Sanitaria

        Presenti: Direttore Sanitario, Responsabile Igiene Ospedaliera, Microbiologo, Farmacista, Infermieri addetti al controllo delle infezioni (ICI), rappresentanti di Medicina, Chirurgia, Terapia Intensiva.

        1. Approvazione del verbale precedente: approvato all'unanimità.

        2. Sorveglianza delle infezioni correlate all'assistenza
        - Infezioni del sito chirurgico (chirurgia del colon): %d su %d interventi (%.1f %%).
        - Batteriemie associate a catetere venoso centrale in Terapia Intensiva: %.1f per 1.000 giorni-catetere.
        - Enterobatteri produttori di carbapenemasi (CPE): %d nuovi isolati, tutti sottoposti a isolamento da contatto.
        - Clostridioides difficile: %d casi a insorgenza ospedaliera.

        3. Consumo di antibiotici
        Il consumo complessivo è di %d DDD per 100 giornate di degenza, in calo del 6 %% rispetto al 2025. Aumenta l'uso di carbapenemi in Medicina; il gruppo di antimicrobial stewardship propone una revisione prospettica con feedback dopo 72 ore.

        4. Igiene delle mani
        Consumo di soluzione idroalcolica: %d litri per 1.000 giornate di degenza (obiettivo OMS 20).

        5. Progetti
        Partecipazione allo studio di prevalenza puntuale europeo nel mese di maggio. Aggiornamento della procedura aziendale sulle precauzioni di isolamento.

        6. Varie ed eventuali
        Campagna vaccinale antinfluenzale per il personale: copertura attuale del 34 %%.

        La seduta è tolta alle ore 16:25.
        """) % (rng.randint(4, 11), rng.randint(110, 160), rng.uniform(3, 8), rng.uniform(0.5, 2.5), rng.randint(2, 9), rng.randint(5, 16),
                rng.randint(70, 95), rng.randint(14, 26))
    return doc_mail(cio, to, "Verbale CIO del 26 novembre 2026", D("2026-12-02 12:00", "cet"), block_text(text, cio),
                    cs="iso-8859-1", cte_text="quoted-printable", hmode="Q", html=False)


@M("trap-dutch-apotheek-nieuwsbrief-geneesmiddeltekorten", "none",
    "Dutch pharmacy newsletter on medicine shortages, flu shots, and the new medication review service; no individual", lang="nl")
def _():
    ap = P("Apotheek De Linde", "nieuws@apotheekdelinde.example.nl.test", sig=["Apotheek De Linde", "Tel. 030 555 0105"])
    to = P("Klanten Apotheek De Linde", "klanten@apotheekdelinde.example.nl.test")
    text = dedent("""
        NIEUWSBRIEF APOTHEEK DE LINDE - december 2026

        GENEESMIDDELTEKORTEN
        Op dit moment zijn er landelijke tekorten aan enkele antibiotica (amoxicilline-drank voor kinderen), een aantal ADHD-middelen (methylfenidaat met gereguleerde afgifte in bepaalde sterktes) en sommige insulinepennen. Wij zoeken altijd naar een alternatief in overleg met uw arts. Het kan zijn dat u een ander merk of een andere sterkte meekrijgt; uw apotheker legt het verschil uit.

        GRIEPPRIK
        De griepprik voor 60-plussers en mensen met een chronische aandoening wordt gegeven door de huisarts. Bij ons kunt u terecht met vragen over bijwerkingen.

        NIEUW: MEDICATIEBEOORDELING
        Gebruikt u vijf of meer medicijnen? Dan kunt u een gratis medicatiegesprek met de apotheker aanvragen. Samen kijken we of alle medicijnen nog nodig zijn, of er wisselwerkingen zijn en of u er goed mee overweg kunt.

        FEESTDAGEN
        Gesloten op 25 en 26 december en 1 januari. Voor spoed: de dienstapotheek in het ziekenhuis.

        TIP VAN DE APOTHEKER
        Bewaar medicijnen niet in de badkamer (vocht en warmte) en breng oude medicijnen terug naar de apotheek.

        Afmelden voor deze nieuwsbrief: https://apotheekdelinde.example.nl.test/afmelden
        """)
    return doc_mail(ap, to, "Nieuwsbrief december: tekorten, griepprik en medicatiegesprek", D("2026-12-03 08:00", "cet"), block_text(text, ap),
                    cs="utf-8", cte_text="quoted-printable", title="Nieuwsbrief Apotheek De Linde", html_style="newsletter")


@M("trap-japanese-iryo-anzen-news-incident-aggregate", "none",
    "Japanese (ISO-2022-JP) medical-safety newsletter: incident report counts by category and prevention tips; aggregate only", lang="ja")
def _():
    ms = P("医療安全管理室", "iryoanzen@sakuradai-hp.example.jp.test", sig=["さくら台総合病院 医療安全管理室", "内線 0106"])
    to = P("全職員", "all-staff@sakuradai-hp.example.jp.test")
    text = dedent("""
        医療安全ニュース 第118号（2026年12月）

        ■ 11月のインシデント報告件数
        　総数 214件（前月 198件）
        　・薬剤 71件（うち与薬の誤り 28件、投与量の誤り 9件）
        　・転倒・転落 46件
        　・チューブ・ドレーン類 22件
        　・検査 19件
        　・その他 56件
        　患者影響レベル3b以上の事例はありませんでした。

        ■ 今月のテーマ：患者誤認の防止
        　・患者さんにフルネームと生年月日を名乗っていただき、リストバンドと照合しましょう。
        　・同姓の患者さんが同じ病棟にいる場合は、カルテとベッドネームに注意喚起の表示をします。
        　・検体ラベルは必ずベッドサイドで貼付してください。

        ■ 転倒予防
        　夜間のトイレ歩行時の転倒が増えています。離床センサーの設定確認と、就寝前の排泄誘導をお願いします。

        ■ 研修のお知らせ
        　医療安全研修（eラーニング）の受講期限は12月25日です。受講率は現在68%です。

        報告は「医療安全報告システム」からお願いします。報告者が不利益を受けることはありません。
        """)
    return mk(ms, to, "医療安全ニュース 第118号", D("2026-12-01 08:30", "jst"),
              T(block_text(text, ms), charset="iso-2022-jp", cte="7bit", wrapit=False), hcs="iso-2022-jp")


@M("trap-chinese-health-education-diabetes-diet", "none",
    "Simplified Chinese (GB2312) hospital health-education mailing on diabetes diet, exercise and blood-sugar targets; no individual", lang="zh")
def _():
    he = P("健康教育科", "jiankang@renhe-hospital.example.cn.test", sig=["仁和医院 健康教育科", "咨询电话 021-555-0107"])
    to = P("健康讲堂订阅用户", "jiangtang@renhe-hospital.example.cn.test")
    text = dedent("""
        仁和医院健康讲堂 第52期：糖尿病患者的冬季饮食与运动

        一、控制血糖的目标
        一般成年糖尿病患者：空腹血糖 4.4至7.0毫摩尔每升，餐后两小时血糖低于10.0毫摩尔每升，糖化血红蛋白低于7%。老年人和有低血糖风险的人目标可以适当放宽，请遵医嘱。

        二、冬季饮食建议
        1. 主食定量，粗细搭配，多吃全谷物和杂豆。
        2. 每天吃蔬菜500克以上，水果在两餐之间少量食用。
        3. 少吃火锅蘸料和腌制食品，控制盐的摄入，每天不超过5克。
        4. 节日聚餐注意不要饮酒过量，饮酒前要吃东西，防止低血糖。

        三、运动建议
        每周至少150分钟中等强度运动，如快走、太极拳。天气寒冷时可以在室内运动。运动前后监测血糖，随身携带糖果。

        四、足部护理
        每天检查双脚，用温水洗脚（水温低于37度），不要用热水袋直接接触皮肤。

        五、讲座预告
        12月19日（星期六）上午9点，门诊楼五楼报告厅：《胰岛素注射的正确方法》，欢迎患者和家属参加，免费。

        如需退订，请回复“退订”。
        """)
    return mk(he, to, "仁和医院健康讲堂第52期：糖尿病患者的冬季饮食与运动", D("2026-12-02 10:00", "cst8"),
              T(block_text(text, he), charset="gb2312", cte="base64", wrapit=False), hcs="gb2312")


@M("trap-korean-hospital-newsletter-new-center-lectures", "none",
    "Korean hospital newsletter: new cancer centre, health lectures, vaccination, parking; no individual", lang="ko")
def _():
    nw = P("한빛대학교병원 홍보팀", "news@hanbit-hospital.example.kr.test", sig=["한빛대학교병원 홍보팀", "대표전화 02-555-0108"])
    to = P("한빛병원 소식 구독자", "subscribers@hanbit-hospital.example.kr.test")
    text = dedent("""
        한빛대학교병원 소식 - 2026년 12월호

        ■ 암병원 개원
        12월 14일 암병원이 문을 엽니다. 위암, 대장암, 폐암, 유방암 등 암종별 다학제 진료팀이 한 자리에서 진료하며, 항암주사실 40병상과 방사선 치료 장비 2대를 갖추었습니다.

        ■ 12월 건강강좌 (무료, 본관 대강당)
        - 12월 9일(수) 오후 2시: 겨울철 심뇌혈관 질환 예방
        - 12월 16일(수) 오후 2시: 당뇨병 환자의 발 관리
        - 12월 23일(수) 오후 2시: 노년기 우울증, 이렇게 도와주세요

        ■ 독감 예방접종
        만 65세 이상 어르신과 어린이는 보건소 및 지정 의료기관에서 무료로 접종할 수 있습니다. 본원 가정의학과에서도 접종이 가능합니다.

        ■ 주차 안내
        신관 주차장 공사로 12월 31일까지 외래 환자는 지하 2층 주차장을 이용해 주시기 바랍니다.

        ■ 연말 진료 안내
        12월 25일과 1월 1일은 휴진하며, 응급실은 24시간 운영합니다.

        수신을 원하지 않으시면 https://hanbit-hospital.example.kr.test/unsubscribe 에서 해지하실 수 있습니다.
        """)
    return doc_mail(nw, to, "한빛대학교병원 소식 12월호 - 암병원 개원 안내", D("2026-12-01 09:00", "kst"), block_text(text, nw),
                    cs="utf-8", cte_text="base64", title="한빛대학교병원 소식", html_style="newsletter")


@M("trap-russian-cardiology-conference-programme", "none",
    "Russian (KOI8-R) regional cardiology conference programme: sessions on heart failure, arrhythmias, lipids; no patient", lang="ru")
def _():
    org = P("Оргкомитет конференции", "orgcom@kardio-konf.example.ru.test", sig=["Оргкомитет", "тел. +7 555 555-01-09"])
    to = P("Участники рассылки", "rassylka@kardio-konf.example.ru.test")
    text = dedent("""
        Уважаемые коллеги!

        Приглашаем вас принять участие в XII региональной научно-практической конференции "Актуальные вопросы кардиологии", которая состоится 17-18 декабря 2026 года.

        ПРОГРАММА

        17 декабря, четверг
        09:00-09:30  Открытие конференции
        09:30-11:00  Пленарное заседание "Хроническая сердечная недостаточность: четыре класса препаратов"
        11:30-13:00  Секция "Фибрилляция предсердий: антикоагулянтная терапия у пожилых пациентов"
        14:00-15:30  Секция "Липидснижающая терапия: статины, эзетимиб, ингибиторы PCSK9"
        16:00-17:30  Разбор клинических рекомендаций по артериальной гипертензии

        18 декабря, пятница
        09:00-10:30  Секция "Острый коронарный синдром: маршрутизация и время до реперфузии"
        11:00-12:30  Школа ЭКГ для молодых специалистов
        13:30-15:00  Круглый стол "Кардиоонкология"
        15:00-15:30  Закрытие конференции

        Участие бесплатное. Регистрация на сайте https://kardio-konf.example.ru.test до 10 декабря. Участникам будут начислены баллы непрерывного медицинского образования.

        С уважением,
        Оргкомитет
        """)
    return doc_mail(org, to, "Программа конференции \"Актуальные вопросы кардиологии\", 17-18 декабря", D("2026-12-01 11:00", "msk"),
                    block_text(text, org), cs="koi8-r", cte_text="8bit", html=False)


@M("trap-polish-szkolenie-rodo-dane-pacjentow", "none",
    "Polish (ISO-8859-2) GDPR training notice about handling patients' health data, with rules and examples; no individual", lang="pl")
def _():
    iod = person("Inspektor Ochrony Danych", "iod@szpital-borkow.example.pl.test", None, None, ["Szpital Powiatowy w Borkowie", "tel. 55 555 01 10"], disc="pl")
    to = P("Pracownicy szpitala", "pracownicy@szpital-borkow.example.pl.test")
    text = dedent("""
        Szanowni Państwo,

        przypominam o obowiązkowym corocznym szkoleniu z ochrony danych osobowych (RODO) dla wszystkich pracowników mających dostęp do dokumentacji medycznej. Szkolenie e-learningowe trwa około 40 minut i należy je ukończyć do 31 grudnia.

        NAJWAŻNIEJSZE ZASADY
        1. Dane o stanie zdrowia są szczególną kategorią danych osobowych (art. 9 RODO) i podlegają wzmożonej ochronie.
        2. Dostęp do dokumentacji medycznej pacjenta mają wyłącznie osoby, które biorą udział w jego leczeniu. Każdy dostęp jest rejestrowany w systemie.
        3. Nie wolno przekazywać informacji o pacjentach przez prywatne komunikatory ani pocztę prywatną.
        4. Informacji o stanie zdrowia udzielamy telefonicznie tylko osobom upoważnionym przez pacjenta i po weryfikacji tożsamości.
        5. Wydruki z danymi pacjentów niszczymy w niszczarkach, nie wyrzucamy do kosza.
        6. Naruszenie ochrony danych (np. zgubiony pendrive, e-mail wysłany do złego adresata) należy zgłosić do IOD niezwłocznie, najpóźniej w ciągu 24 godzin.

        Przykłady z ostatniego roku (zanonimizowane): wysłanie wyników badań na niewłaściwy adres e-mail, pozostawienie otwartej sesji w systemie w dyżurce, rozmowa o pacjencie w windzie.

        Link do szkolenia: https://szkolenia.szpital-borkow.example.pl.test/rodo
        """)
    return doc_mail(iod, to, "Obowiązkowe szkolenie RODO - termin 31 grudnia", D("2026-12-01 10:30", "cet"), block_text(text, iod),
                    cs="iso-8859-2", cte_text="quoted-printable", hmode="Q", html=False)


@M("trap-vietnamese-ngay-hoi-suc-khoe-cong-dong", "none",
    "Vietnamese community health-fair announcement: free screenings for blood pressure, diabetes, hepatitis B, vaccines; no individual", lang="vi")
def _():
    org = P("Hội Cộng đồng Việt Nam", "lienhe@hoicongdongviet.example.org", sig=["Hội Cộng đồng Việt Nam", "ĐT: 555-0111"])
    to = P("Hội viên", "hoivien@hoicongdongviet.example.org")
    text = dedent("""
        THÔNG BÁO NGÀY HỘI SỨC KHỎE CỘNG ĐỒNG

        Thời gian: Chủ nhật, ngày 13 tháng 12 năm 2026, từ 9 giờ sáng đến 2 giờ chiều
        Địa điểm: Hội trường chùa Phước Huệ, 1420 đường Maple

        Các dịch vụ MIỄN PHÍ:
        - Đo huyết áp, thử đường huyết và cholesterol
        - Xét nghiệm viêm gan B và viêm gan C (kết quả được bảo mật)
        - Chích ngừa cúm và COVID-19
        - Khám răng cho trẻ em
        - Tư vấn bảo hiểm sức khỏe và chương trình trợ giúp y tế
        - Tư vấn sức khỏe tâm thần bằng tiếng Việt

        Người Việt có tỷ lệ nhiễm viêm gan B cao. Nhiều người mang virus mà không có triệu chứng. Xét nghiệm máu đơn giản có thể phát hiện sớm và giúp phòng ngừa ung thư gan.

        Có thông dịch viên tiếng Việt tại chỗ. Không cần hẹn trước. Xin mang theo thẻ bảo hiểm (nếu có).

        Xin cảm ơn và hẹn gặp quý vị!
        """)
    return doc_mail(org, to, "Ngày hội sức khỏe cộng đồng - Chủ nhật 13/12", D("2026-12-02 19:00", "pst"), block_text(text, org),
                    cs="utf-8", cte_text="quoted-printable", title="Ngày hội sức khỏe", html_style="newsletter")


@M("trap-thread-spanish-reply-consent-form-translation-review", "none",
    "English thread on translating a research consent form and patient-education sheets, with the interpreter service's reply in Spanish; no patient", lang="es")
def _():
    dom = "northgate-med.example.org"
    rc = person("Samira Yelland", "syelland@" + dom, None, "Research Coordinator", "Northgate Regional Medical Center", None, disc="hosp_long")
    ls = person("Servicios de Idiomas", "idiomas@" + dom, None, None, ["Northgate - Language Services / Servicios de Idiomas", "555-0112"])
    irb = person("IRB Office", "irb@ashcombe-research.example.edu.test", None, None, None, None)
    s = "Spanish translation - consent form v3 and 'What is a clinical trial?' handout"
    ms = [
        Msg(rc, [ls], D("2026-11-23 09:00"), s, dedent("""
            Hello Language Services,

            We need certified Spanish translations of two documents for the IRB:
            1. Informed consent form v3 for the heart failure telemonitoring study (12 pages).
            2. The one-page handout "What is a clinical trial?"

            The IRB requires a certificate of translation and a back-translation of the consent. Can you give us a timeline? The English versions are attached.
            """)),
        Msg(ls, [rc], D("2026-11-24 15:30"), "RE: " + s, dedent("""
            Hola Samira,

            Le respondo en español porque así lo revisa también nuestra traductora certificada, y le copio el resumen en inglés abajo.

            Podemos entregar la traducción del consentimiento (12 páginas) y el folleto en 8 días hábiles, y la retrotraducción en 5 días hábiles adicionales. Algunas observaciones sobre el texto original:
            - La frase "you may withdraw at any time without penalty" la traduciremos como "puede retirarse del estudio en cualquier momento sin ninguna consecuencia para su atención médica", que es más clara para los participantes.
            - El nivel de lectura del original es de 11.º grado; recomendamos simplificarlo a 8.º grado antes de traducir.
            - Los términos "telemonitoreo", "aleatorizado" y "placebo" irán con una breve explicación entre paréntesis.

            Summary in English: 8 business days for the translation, 5 more for the back-translation; please consider simplifying the English to an 8th-grade reading level first.

            Saludos,
            Marisol, Servicios de Idiomas
            """), client="ol-es"),
        Msg(rc, [ls, irb], D("2026-11-25 10:10"), "RE: " + s, "Thank you Marisol! We'll simplify the English first and send the revised version by Monday. Copying the IRB so they know the timeline."),
    ]
    return thread_mail(ms, cs="utf-8")


@M("trap-german-forward-sicherheitsmitteilung-infusionssets", "none",
    "English cover note forwarding a German field-safety notice (Sicherheitsmitteilung) recalling infusion-set lots, with lot numbers and actions; no patient", lang="de")
def _():
    bm = person("Glen Hartigan", "ghartigan@" + LV, None, "Clinical Engineering Liaison", "Larkspur Valley Health", "555-0121", disc="hosp_long")
    to = P("Materials Management & Nursing Directors", "recalls@" + LV)
    text = dedent("""
        All,

        Forwarding a field safety notice from the manufacturer's German headquarters about infusion set lots that we also received (through the distributor) at the Ashford and main campuses. An English version is expected next week, but the actions are clear: quarantine the affected lots today. Materials management has already pulled 14 cases from central supply. Please check unit stock against the lot numbers below and send affected sets back to central supply.

        No patient harm has been reported to us. Risk: possible leak at the Y-site connector, which could cause under-infusion or air entry.

        Glen

        -------- Weitergeleitete Nachricht --------
        Betreff: Dringende Sicherheitsmitteilung - Infusionsbesteck InfuLine Plus, Rückruf bestimmter Chargen
        Datum: 30.11.2026 09:00
        Von: Qualitätsmanagement Voltara Medical GmbH <qm@voltaramedical.example.de.test>

        Dringende Sicherheitsmitteilung (FSN) - Ref. FSCA-2026-031

        Sehr geehrte Damen und Herren,

        Voltara Medical ruft vorsorglich die folgenden Chargen des Infusionsbestecks InfuLine Plus (Art.-Nr. IL-2207) zurück:
        Chargen 26H1041, 26H1042, 26H1057, 26J0210, 26J0211

        Problem: Bei einer internen Prüfung wurde festgestellt, dass der Y-Anschluss bei einem kleinen Anteil der Produkte undicht sein kann. Dies kann zu einer verminderten Infusionsrate oder zum Eintritt von Luft führen.

        Maßnahmen:
        1. Prüfen Sie Ihren Bestand und verwenden Sie die betroffenen Chargen nicht mehr.
        2. Senden Sie das beigefügte Antwortformular innerhalb von 10 Tagen zurück.
        3. Leiten Sie diese Mitteilung an alle Anwender in Ihrer Einrichtung weiter.

        Die zuständige Bundesoberbehörde wurde informiert. Für Rückfragen: Tel. +49 5555 555-0113.

        Mit freundlichen Grüßen
        Qualitätsmanagement, Voltara Medical GmbH
        """)
    return mk(bm, to, "FW: Dringende Sicherheitsmitteilung - Infusionsbesteck InfuLine Plus - lots to quarantine", D("2026-11-30 13:20"),
              T(block_text(text, bm), charset="iso-8859-1", cte="quoted-printable"), hcs="iso-8859-1", hmode="Q",
              extra=[("Importance", "high")])

# ================================================================ traps, part 3

@M("trap-fax-cover-sheet-only-part2-disclaimer", "none",
    "fax-to-e-mail notice where only the cover sheet (with 42 CFR Part 2 and HIPAA boilerplate) arrived; the remaining pages failed, so no patient content")
def _():
    fx = P("FaxServer", "faxserver@brooksideim.example.com")
    to = P("Front Desk", "frontdesk@brooksideim.example.com")
    text = dedent("""
        Fax reception report

        From: 555-0134 (CEDAR HOUSE RECOV)
        Received: 12/03/2026 10:41
        Pages received: 1 of 6
        Status: PARTIAL - call dropped after page 1 (error 0x29 remote disconnect)

        OCR of page 1:

        CEDAR HOUSE RECOVERY - FAX COVER SHEET
        To: Brookside Internal Medicine        Attn: ____________
        Date: ____________    Number of pages (including cover): ______
        Message: ______________________________________________________

        CONFIDENTIAL: This facsimile contains information from a substance use disorder treatment program that is protected by federal confidentiality rules (42 CFR Part 2) and by HIPAA. Federal rules prohibit you from making any further disclosure of this information unless expressly permitted by the written consent of the person to whom it pertains or as otherwise permitted by 42 CFR Part 2. A general authorization for the release of medical or other information is NOT sufficient. If you have received this fax in error, notify the sender immediately at 555-0134 and destroy all pages.

        Please ask the sender to resend the remaining pages.
        """)
    return mk(fx, to, "Fax from 555-0134 - PARTIAL (1 of 6 pages)", D("2026-12-03 10:42"),
              MP("mixed", [T(text), A(pdf(text.split("\n")[10:], title="Fax page 1"), "application/pdf", "fax_20261203_104122_5550134_p1.pdf")]))


@M("trap-pharmacy-newsletter-if-you-take-warfarin", "none",
    "pharmacy mass newsletter addressed to all subscribers ('if you take warfarin...') on INR, diet and interactions; not about any one person's care")
def _():
    ph = P("Lakeview Community Pharmacy", "newsletter@lakeviewrx.example.com", sig=["Lakeview Community Pharmacy", "555-0114 | Open 8-8 Mon-Sat"])
    to = P("Lakeview Rx newsletter", "subscribers@lists.lakeviewrx.example.com")
    text = dedent("""
        YOUR PHARMACIST'S CORNER - December

        IF YOU TAKE WARFARIN (COUMADIN, JANTOVEN)
        Warfarin is a blood thinner that needs regular blood tests (INR) to keep the dose right. Most people taking it for atrial fibrillation or a blood clot aim for an INR between 2 and 3. Here's what affects it:

        - Holiday foods: vitamin K in leafy greens (spinach, kale, collards) lowers the INR. You don't have to avoid greens - just keep the amount about the same from week to week.
        - Alcohol: binge drinking raises the INR and the risk of bleeding.
        - Antibiotics and antifungals (for example, trimethoprim-sulfamethoxazole, metronidazole, fluconazole) can raise the INR a lot. Tell the prescriber you take warfarin, and ask whether you need an extra INR check.
        - Supplements: fish oil, turmeric, ginkgo and high-dose vitamin E can increase bleeding.
        - Pain relievers: avoid ibuprofen and naproxen unless your doctor says it's OK; acetaminophen is usually safer, but more than 2 g a day for several days can raise the INR.

        Call your anticoagulation clinic or 911 for: black or bloody stools, vomiting blood, a severe headache, or a fall with a head injury.

        NEWER BLOOD THINNERS
        Apixaban, rivaroxaban, dabigatran and edoxaban don't need INR checks but have their own interactions. Never stop a blood thinner on your own.

        FREE SERVICES AT LAKEVIEW
        - Medication reviews (brown bag): bring all your medicines and supplements, 20 minutes, no appointment on Tuesdays.
        - Flu, COVID and shingles vaccines, walk-in.
        - Free delivery within 5 miles.

        Unsubscribe: https://lakeviewrx.example.com/unsubscribe
        """)
    return doc_mail(ph, to, "Pharmacist's Corner: holiday tips if you take warfarin", D("2026-12-02 07:30"), block_text(text, ph), title="Pharmacist's Corner", html_style="newsletter")


@M("trap-mental-health-first-aid-course-fictional-scenarios", "none",
    "Mental Health First Aid course announcement with role-play scenarios about fictional people (panic attack, suicidal thoughts, overdose); no real individual")
def _():
    hr = person("Learning & Development", "learning@coastlinemutual.example.com", None, None, ["Coastline Mutual - Learning & Development"], disc="corp")
    to = P("All Staff", "allstaff@coastlinemutual.example.com")
    text = dedent("""
        NEW: MENTAL HEALTH FIRST AID CERTIFICATION - January cohort

        Mental Health First Aid (MHFA) teaches you to recognize the signs of mental health and substance use challenges in a coworker, and how to respond until professional help is available. It's the mental health equivalent of CPR training.

        COURSE FORMAT
        - Two half-days: January 20 and 21, 08:30-12:30, Training Room 4 (or virtual).
        - Certification valid for 3 years.
        - Counts as 8 hours of professional development.

        WHAT YOU'LL LEARN: the ALGEE action plan
        Assess for risk of suicide or harm - Listen nonjudgmentally - Give reassurance and information - Encourage appropriate professional help - Encourage self-help and other support strategies.

        PRACTICE SCENARIOS (all characters are fictional)
        1. "Sam," a fictional new hire, tells you in the break room that his heart is racing, he can't breathe and thinks he's having a heart attack before a big presentation. How do you tell a panic attack from a medical emergency, and what do you do?
        2. "Jordan," a fictional teammate, has been missing deadlines, looks exhausted and says "it wouldn't matter if I weren't around." What do you ask? (Hint: asking directly about suicide does not increase risk.)
        3. At a fictional team offsite, "Alex" is found unresponsive in a restroom with a syringe nearby. Where is the naloxone kit, and what are the steps?
        4. "Riley," a fictional manager, drinks heavily at every team event and has come to work smelling of alcohol. How do you start the conversation?

        RESOURCES
        Our EAP (555-0196), the 988 Suicide & Crisis Lifeline, and naloxone kits at every reception desk (training included in the course).

        Register in the learning portal by January 8. Space is limited to 30 participants.
        """)
    return doc_mail(hr, to, "Mental Health First Aid certification - register for January", D("2026-12-03 10:00"), block_text(text, hr), html_style="outlook")


@M("trap-sud-programme-annual-report-aggregate-outcomes", "none",
    "long annual report of an addiction treatment programme: admissions, retention, MOUD, overdose and employment outcomes in aggregate, anonymised quotes; no individual")
def _():
    rng = rng_for("cedar-annual")
    dom = "cedarhouserecovery.example.org"
    ed = person("Cedar House Recovery", "info@" + dom, None, None, ["Cedar House Recovery", "555-0134 | https://cedarhouserecovery.example.org"], disc="part2")
    to = P("Friends of Cedar House", "friends@lists.cedarhouserecovery.example.org")
    adm = pipe_table(["Program", "Admissions FY26", "Completed", "Completion rate", "Avg length of stay"], [
        ["Withdrawal management", str(rng.randint(900, 1100)), str(rng.randint(700, 850)), "%d%%" % rng.randint(72, 84), "%.1f days" % rng.uniform(4, 6)],
        ["Residential (28-day)", str(rng.randint(300, 380)), str(rng.randint(200, 280)), "%d%%" % rng.randint(62, 75), "%d days" % rng.randint(24, 29)],
        ["Intensive outpatient", str(rng.randint(400, 520)), str(rng.randint(250, 340)), "%d%%" % rng.randint(55, 68), "%d weeks" % rng.randint(7, 10)],
        ["Outpatient MOUD clinic", str(rng.randint(500, 650)), "n/a", "n/a", "n/a"],
        ["Recovery housing", str(rng.randint(60, 90)), str(rng.randint(30, 60)), "%d%%" % rng.randint(50, 70), "%d months" % rng.randint(5, 9)]])
    sub = pipe_table(["Primary substance at admission", "%"], [["Alcohol", "41%"], ["Opioids (incl. fentanyl)", "37%"], ["Methamphetamine", "12%"],
                                                              ["Cocaine", "6%"], ["Cannabis", "3%"], ["Other", "1%"]])
    out = pipe_table(["Outcome at 6-month follow-up (respondents n=%d)" % rng.randint(300, 420), "FY25", "FY26"], [
        ["Abstinent or reduced use", "61%", "66%"], ["Retained on MOUD (OUD patients)", "54%", "63%"], ["Employed or in school", "38%", "44%"],
        ["Stable housing", "59%", "64%"], ["Any ED visit", "31%", "26%"], ["Nonfatal overdose", "9%", "6%"]])
    text = dedent("""
        CEDAR HOUSE RECOVERY - ANNUAL REPORT FISCAL YEAR 2026

        A LETTER FROM OUR DIRECTOR
        This year we welcomed more people than ever before, opened a same-day medication for opioid use disorder (MOUD) clinic, and added contingency management for stimulant use disorder. Behind every number in this report is a person who chose to ask for help. Thank you for standing with them.

        WHO WE SERVED

        """) + adm + "\n\nPRIMARY SUBSTANCE AT ADMISSION\n\n" + sub + "\n\nOUTCOMES\n\n" + out + dedent("""


        HIGHLIGHTS
        - Same-day buprenorphine starts: 71% of patients with OUD started medication within 24 hours of first contact.
        - Naloxone: 2,340 kits distributed to patients and families.
        - Contingency management: participants had 2.1 times more stimulant-negative urine tests than before enrollment.
        - Family program: 180 family members attended our CRAFT-based workshops.

        IN THEIR WORDS (anonymous, shared with permission)
        "I came in thinking detox was the finish line. It was the starting line." - former residential patient
        "They treated my son like a person, not a problem." - family program participant

        FINANCES
        Revenue $14.2 million (Medicaid 58%, commercial 17%, grants 19%, philanthropy 6%). 87 cents of every dollar went directly to patient care.

        LOOKING AHEAD
        A 16-bed women's residential program with space for children, and a mobile MOUD van serving rural counties.

        Confidentiality: Cedar House does not disclose whether any person is or has been a patient. All data in this report are aggregate.
        """)
    return doc_mail(ed, to, "Cedar House Recovery - Annual Report FY2026", D("2026-12-02 12:00"), block_text(text, ed), title="Annual Report FY2026",
                    attach=[A(pdf(text.split("\n"), flate=True, title="Cedar House Annual Report FY2026"), "application/pdf", "CedarHouse_AnnualReport_FY2026.pdf")], html_style="newsletter")


@M("trap-genetic-counseling-webinar-invite-cascade-testing", "none",
    "professional webinar invitation on cascade genetic testing, variants of uncertain significance and direct-to-consumer results; no patient")
def _():
    so = P("Regional Genetics Education Collaborative", "events@geneticsedu.example.org", sig=["Regional Genetics Education Collaborative", "https://geneticsedu.example.org"])
    to = P("Members", "members@lists.geneticsedu.example.org")
    text = dedent("""
        WEBINAR: "Beyond the Proband: Cascade Testing, VUS Reclassification and DTC Results in Primary Care"
        Thursday, January 21, 2027, 12:00-13:00 ET | Free | 1.0 CME / 0.1 CEU (NSGC)

        Fewer than half of at-risk relatives of people with hereditary cancer or cardiovascular genetic conditions are ever tested. This webinar, for primary care clinicians, nurses and genetic counselors, covers:

        - Cascade testing for BRCA1/2, Lynch syndrome genes (MLH1, MSH2, MSH6, PMS2, EPCAM), familial hypercholesterolemia (LDLR, APOB, PCSK9) and hypertrophic cardiomyopathy genes.
        - Family letters, direct contact by genetics programs, and telehealth counseling: what the evidence shows.
        - Variants of uncertain significance (VUS): why most are reclassified as benign, and why a VUS should not drive clinical management.
        - Direct-to-consumer results: what a consumer BRCA test does and does not detect (only 3 founder variants), and when to order clinical confirmatory testing.
        - Genetic discrimination protections and their gaps (life, disability and long-term care insurance).

        Speakers: a board-certified genetic counselor and a primary care physician who leads a population genomics program.

        Register: https://geneticsedu.example.org/webinars/cascade
        Case examples in this webinar are composites and do not describe real patients.
        """)
    return doc_mail(so, to, "Webinar Jan 21: cascade testing, VUS and DTC genetic results (free CME)", D("2026-12-02 14:00"), block_text(text, so), title="Webinar invitation", html_style="newsletter")


@M("trap-fertility-benefit-vendor-pitch-to-hr", "none",
    "fertility-benefit vendor's sales e-mail to an HR director (IVF, egg freezing, surrogacy, utilisation statistics, pricing); no individual")
def _():
    v = person("Danielle Okonkwo-Price", "dokonkwo@bloomfamilybenefits.example.com", None, "Enterprise Account Director", "Bloom Family Benefits", "555-0115", disc="vendor")
    hr = P("Isaac Rosenquist", "irosenquist@granitelogistics.example.com")
    text = dedent("""
        Hi Isaac,

        Great to meet you at the benefits conference. As promised, here's a summary of how Bloom works and what employers like Granite Ridge typically see.

        WHAT WE COVER
        - Fertility preservation (egg and sperm freezing), IUI and IVF, including PGT-A and frozen embryo transfers
        - Fertility medications through our specialty pharmacy partner
        - Adoption and gestational surrogacy reimbursement
        - Menopause care and low-T care
        - Pregnancy and postpartum support, including lactation and perinatal mental health coaching

        HOW IT WORKS
        Employees get a dedicated care advocate, access to our network of 900+ clinics, and a "smart cycle" model that covers outcomes-based bundles rather than dollar maximums.

        BOOK-OF-BUSINESS DATA (aggregate, 2025)
        - Utilization: about 1.2% of eligible members start treatment each year.
        - Single embryo transfer rate: 94% (reduces twin pregnancies and NICU costs).
        - Live birth rate per IVF cycle start, under 35: 51%.
        - Employers report a 4-point improvement in retention among members who used the benefit.

        PRICING
        Per-employee-per-month administrative fee of $2.15 to $3.40 depending on plan design, plus claims at our contracted rates. We can run a cost model with your census (de-identified: age bands and dependents only).

        Can we schedule 30 minutes next week?

        Danielle
        """)
    return mk(v, hr, "Bloom Family Benefits - follow-up from the conference", D("2026-12-01 15:00"), T(block_text(text, v)))


@M("trap-unit-quality-dashboard-csv-attachment-large", "none",
    "quality department sends a large CSV of monthly unit-level metrics (falls, CLABSI, CAUTI, HAPI, restraint hours) for 20 units over 24 months; aggregate only")
def _():
    rng = rng_for("dashboard-csv")
    q = person("Clinical Analytics", "analytics@" + LV, None, None, ["Larkspur Valley Health - Clinical Analytics"], disc="hosp_long")
    to = P("Unit Directors", "unit-directors@" + LV)
    rows = [["month", "unit", "patient_days", "falls", "falls_injury", "clabsi", "central_line_days", "cauti", "catheter_days",
             "hapi_stage2plus", "restraint_hours", "hand_hygiene_pct", "rapid_responses"]]
    for y in (2025, 2026):
        for mth in range(1, 13):
            if y == 2026 and mth > 10:
                continue
            for u in UNITS:
                rows.append(["%d-%02d" % (y, mth), u, str(rng.randint(300, 1200)), str(rng.randint(0, 9)), str(rng.randint(0, 2)),
                             str(rng.randint(0, 2)), str(rng.randint(0, 400)), str(rng.randint(0, 2)), str(rng.randint(0, 350)),
                             str(rng.randint(0, 3)), "%.1f" % rng.uniform(0, 40), str(rng.randint(72, 99)), str(rng.randint(0, 12))])
    text = dedent("""
        Directors,

        Attached is the refreshed unit-level quality extract (January 2025 - October 2026) in CSV format for your own analysis. Columns are described below. All figures are counts or rates at the unit-month level; no patient-level data are included.

        - patient_days, central_line_days, catheter_days: denominators from the census and device-day surveillance
        - falls, falls_injury: events reported in the safety reporting system and validated by the falls team
        - clabsi, cauti: NHSN-defined events
        - hapi_stage2plus: hospital-acquired pressure injuries, stage 2 and above
        - restraint_hours: total hours of physical restraint
        - hand_hygiene_pct: observed compliance
        - rapid_responses: rapid response team activations

        The dashboard version is on the quality site. Please contact us before sharing outside your department.
        """)
    return mk(q, to, "Unit quality extract Jan 2025 - Oct 2026 (CSV)", D("2026-11-18 11:00"),
              MP("mixed", [T(block_text(text, q)), A(csv_bytes(rows), "text/csv", "unit_quality_2025-01_2026-10.csv")]))


@M("trap-policy-restraint-seclusion-behavioral-health-revised", "none",
    "long hospital policy on restraint and seclusion (definitions, orders, monitoring, debriefing, documentation); no patient")
def _():
    dom = "rivergatehealth.example.org"
    po = person("Policy Management", "policies@" + dom, None, None, ["Rivergate Health - Policy Management"], disc="hosp_long")
    to = P("Behavioral Health and Nursing Leaders", "bh-nursing-leaders@" + dom)
    text = dedent("""
        POLICY: Use of Restraint and Seclusion (PC-114), revision 6
        Applies to: all inpatient units, emergency departments and behavioral health units
        Effective: January 4, 2027 | Owner: Chief Nursing Officer | Approved: Medical Executive Committee 11/19/2026

        1. PURPOSE
        To protect the rights, dignity and safety of patients by ensuring restraint or seclusion is used only to ensure immediate physical safety, is discontinued at the earliest possible time, and complies with the CMS Conditions of Participation (42 CFR 482.13) and accreditation standards.

        2. DEFINITIONS
        - Physical restraint: any manual method, physical or mechanical device that immobilizes or reduces the ability of a patient to move arms, legs, body or head freely.
        - Drug used as a restraint: a drug or medication used to manage behavior or restrict freedom of movement that is not a standard treatment or dosage for the patient's condition.
        - Seclusion: involuntary confinement of a patient alone in a room or area from which the patient is physically prevented from leaving. Seclusion may be used only for violent or self-destructive behavior.
        - Violent or self-destructive behavior: behavior that jeopardizes the immediate physical safety of the patient, staff or others.

        3. POLICY
        3.1 Restraint or seclusion may only be used when less restrictive interventions have been determined to be ineffective.
        3.2 Restraint or seclusion may never be used as a means of coercion, discipline, convenience or retaliation.
        3.3 An order from a physician or licensed independent practitioner is required. PRN or standing orders are prohibited.
        3.4 For violent or self-destructive behavior, orders are time-limited: 4 hours for adults 18 and older; 2 hours for ages 9-17; 1 hour for children under 9. Orders may be renewed up to a total of 24 hours, after which the physician must see and assess the patient before writing a new order.
        3.5 A face-to-face evaluation by a physician, LIP or trained RN must occur within 1 hour of initiation for violent or self-destructive behavior.

        4. MONITORING
        - Continuous in-person observation for simultaneous restraint and seclusion, and for all seclusion on behavioral health units.
        - Every 15 minutes: circulation, range of motion, hydration, elimination, vital signs as indicated, psychological status, readiness for discontinuation.
        - Release criteria are discussed with the patient.

        5. DEBRIEFING
        Staff and patient debriefing within 24 hours after each episode, including what led to the event, what could be done differently, and the patient's perspective.

        6. DOCUMENTATION
        Use the restraint/seclusion flowsheet. Document the behavior, less restrictive alternatives attempted, the order, the face-to-face evaluation, monitoring, and the debriefing.

        7. REPORTING
        Deaths associated with restraint or seclusion must be reported to CMS per 42 CFR 482.13(g). Monthly aggregate data (episodes, hours per 1,000 patient hours, injuries) are reported to the Quality Council.

        8. TRAINING
        All staff who apply restraint or seclusion must complete initial and annual competency, including de-escalation, safe application, and recognition of medical distress (positional asphyxia).

        9. REFERENCES
        42 CFR 482.13; HBIPS-2 and HBIPS-3 measure specifications; organizational Trauma-Informed Care standard.
        """)
    return doc_mail(po, to, "Revised policy PC-114 Restraint and Seclusion - effective 1/4/2027", D("2026-11-24 09:00"), block_text(text, po),
                    attach=[A(pdf(text.split("\n"), title="PC-114 rev 6"), "application/pdf", "PC-114_Restraint_Seclusion_rev6.pdf")])


@M("trap-medical-director-memo-benzodiazepine-prescribing-aggregate", "none",
    "medical director's memo on benzodiazepine/opioid co-prescribing with practice-level aggregate data and tapering guidance; no patient")
def _():
    dom = "brooksideim.example.com"
    md = person("Dr. Hollis Jessop", "hjessop@" + dom, None, "Medical Director", "Brookside Internal Medicine", None)
    to = P("Brookside Providers", "providers@" + dom)
    tab = pipe_table(["Measure (patients on panel)", "Jan 2026", "Oct 2026"], [
        ["Patients with active benzodiazepine Rx", "412", "366"], ["Benzodiazepine + opioid co-prescription", "58", "39"],
        ["Benzodiazepine Rx age >= 65 (Beers)", "131", "109"], ["Long-term benzodiazepine (> 90 days)", "297", "262"],
        ["Naloxone co-prescribed with opioids >= 50 MME", "44%", "71%"], ["PDMP checked before controlled Rx", "88%", "97%"]])
    text = dedent("""
        Colleagues,

        A quick update on our controlled substance safety work, which is part of our quality contract with two health plans.

        PRACTICE DATA (all providers combined)

        """) + tab + dedent("""


        Great progress - thank you. A few reminders:

        1. Avoid new benzodiazepine prescriptions for insomnia or anxiety in adults 65 and older; first-line options are CBT-I for insomnia and SSRIs/SNRIs plus therapy for anxiety disorders.
        2. For long-term users, offer a taper but don't force it. A typical taper reduces the dose by 5-10% every 2-4 weeks; slower for people on high doses or for many years. Our taper template (smart phrase .BZDTAPER) includes patient handouts in English and Spanish.
        3. Co-prescribing with opioids: if unavoidable, co-prescribe naloxone and document the reason.
        4. Check the PDMP before every controlled substance prescription; it's automatic from the EHR now.
        5. Patients with a possible sedative or opioid use disorder can be referred to the addiction medicine clinic; we also have behavioral health integrated in the practice on Tuesdays and Thursdays.

        Individual provider dashboards will be shared privately next week.

        Hollis
        """)
    return doc_mail(md, to, "Controlled substance safety: practice data and taper reminders", D("2026-12-01 18:00"), block_text(text, md), html=False)


@M("trap-oncology-billing-display-name-statement-print-vendor", "none",
    "thread from 'Oncology Billing' with a print vendor about statement paper, envelope windows and barcode placement, using a sample statement for 'JANE SAMPLE'; no patient")
def _():
    dom = "kestrelpoint.example.org"
    ob = person("Oncology Billing", "oncology-billing@" + dom, None, None, ["Kestrel Point Cancer Institute - Patient Financial Services", "555-0116"], disc="hosp_long")
    pv = person("Marcus Yelland", "myelland@printcraftmail.example.com", None, "Account Manager", "PrintCraft Mail Services", "555-0117")
    s = "Statement redesign - proof #3 and window envelope alignment"
    ms = [
        Msg(ob, [pv], D("2026-11-23 10:00"), s, dedent("""
            Hi Marcus,

            Comments on proof #3 of the new patient statement:
            1. The address block sits 3 mm too high - on the test run, the top line of the address was hidden behind the window of the #10 envelope.
            2. The 2D barcode for the remittance stub needs a quiet zone of at least 2 mm; the scanner at our lockbox rejected 4 of 50 test stubs.
            3. Please move the "Financial assistance is available" box to page 1 (regulatory requirement).
            4. Paper: we'd like to switch to 24 lb recycled stock if the price difference is under $0.004/sheet.
            """)),
        Msg(pv, [ob], D("2026-11-24 14:20"), "RE: " + s, dedent("""
            Thanks. Proof #4 attached with the address block moved down 4 mm and a 3 mm quiet zone. The financial assistance box is now on page 1, under the amount due. Recycled 24 lb is $0.0031 more per sheet. The proof uses our sample data (JANE SAMPLE, account 000000000, sample charges) - no real statements were used.

            As a reminder, since live statement files contain PHI, production files must come through the SFTP site covered by our BAA, not e-mail.
            """)),
        Msg(ob, [pv], D("2026-11-25 09:30"), "RE: " + s, "Proof #4 approved. Please go with recycled 24 lb. First production run on 12/15 via SFTP."),
    ]
    proof = pdf(["KESTREL POINT CANCER INSTITUTE", "STATEMENT - SAMPLE PROOF #4 - NOT A REAL BILL", "",
                 "JANE SAMPLE", "123 SAMPLE STREET", "ANYTOWN ST 00000", "", "Account: 000000000     Statement date: 00/00/0000",
                 "Amount due: $000.00", "", "Financial assistance is available. Call 555-0116.", "", "[2D barcode remittance stub]"], title="Proof 4")
    return thread_mail(ms, attachments=[A(proof, "application/pdf", "statement_proof_4.pdf")])


@M("trap-methadone-clinic-front-desk-display-name-kiosk-vendor", "none",
    "'Methadone Clinic Front Desk' display name writing to a check-in kiosk vendor about touchscreen calibration and queue tickets; no patient")
def _():
    fd = person("Methadone Clinic Front Desk", "frontdesk@harborpointotp.example.org", None, None, ["Harbor Point Opioid Treatment Program", "555-0130"], disc="part2")
    v = person("QueueWise Support", "support@queuewise.example.com", None, None, ["QueueWise Kiosk Systems", "1-555-0118"])
    s = "Kiosk #2 touchscreen not registering taps + ticket printer"
    ms = [
        Msg(fd, [v], D("2026-12-01 06:10"), s, dedent("""
            Hi,

            Our lobby check-in kiosk #2 (serial QW-K22-04471) stopped registering taps on the right side of the screen this morning, so people can't hit "Check in." Kiosk #1 is fine. We restarted it twice. Also the ticket printer on kiosk #1 is printing faded queue numbers.

            We open at 5:30 and the lobby gets busy, so we're checking everyone in by hand right now. Can someone call us?
            """)),
        Msg(v, [fd], D("2026-12-01 07:05"), "RE: " + s, dedent("""
            Good morning, sorry about that. Please try the touchscreen recalibration: hold the top-left corner for 10 seconds, enter admin PIN, choose "Calibrate," and tap the 9 targets. For the faded tickets, replace the thermal paper roll (shiny side out) and clean the print head with an alcohol swab. If calibration doesn't fix it, we'll ship a replacement touch panel today for next-day delivery.

            Reminder: our kiosks don't store any visitor names - only queue numbers and timestamps.
            """)),
        Msg(fd, [v], D("2026-12-01 07:40"), "RE: " + s, "Calibration worked. New paper roll fixed the tickets. Thank you!"),
    ]
    return thread_mail(ms)

# ================================================================ ordinary mail, no health content

@M("family-holiday-letter-new-puppy-and-japan-trip", "none",
    "long family holiday letter about school, jobs, a puppy and a trip to Japan; no health information about anyone")
def _():
    fam = P("The Marchbanks", "marchbanks.family@familymail.example.net", sig=[])
    to = P("", "undisclosed-recipients:;")
    text = dedent("""
        Happy Holidays from the Marchbanks!

        This year's headline: WE GOT A DOG. After six years of the children asking, a shelter mutt named Waffles joined us in March. He is part beagle, part "who knows," and entirely convinced that the mail carrier is plotting against us. He has eaten one shoe, two remote controls and most of a birthday cake (not recommended; the vet bill was impressive and Waffles was fine).

        School: Theo (13) started eighth grade, joined the debate team and now argues professionally, which is to say constantly. He won second place at the state novice tournament arguing that cities should ban cars downtown, a position he abandoned the moment he turned 13 and started asking about driving lessons. Nora (10) is in fifth grade, plays violin in the youth orchestra and has read the entire fantasy series her cousin recommended - all eleven books - twice.

        Work: Ben was promoted to principal at the middle school (not the kids' school, thankfully, for everyone's dignity). I finished my master's in urban planning in May after three years of night classes and now work for the city transportation department, where I am professionally responsible for bike lanes. Theo thinks this is hilarious.

        Travel: in April we went to Japan for two weeks - Tokyo, Kyoto, Nara and Hiroshima. The cherry blossoms were at their peak in Kyoto, Nora fed the deer in Nara (they bow!), Theo ate ramen eleven times, and Ben got lost in Shinjuku station for forty-five minutes. The Peace Memorial in Hiroshima was the most moving thing any of us has seen. We came home with too many snacks and a deep appreciation for the trains.

        Summer was quieter: a week at the lake with Ben's family, swim team for Nora, and Theo's first job, mowing lawns for three neighbors.

        House: we finally replaced the 1970s kitchen. For three months we cooked on a hot plate in the dining room. The new kitchen has an island, which is now where all homework, mail, dog toys and arguments happen.

        We're hosting New Year's Eve again - games, too much food, and a countdown at 9 pm for the kids and midnight for the brave.

        Wishing you a warm and peaceful holiday season,
        Claire, Ben, Theo, Nora and Waffles
        """)
    return doc_mail(fam, to, "Happy Holidays from the Marchbanks (and Waffles)", D("2026-12-04 15:00"), text, title="Marchbanks holiday letter")


@M("thread-office-move-floor-3-logistics", "none",
    "long office-move thread (crates, seating chart, IT cutover, parking) at an insurance company; no health content")
def _():
    dom = "coastlinemutual.example.com"
    fm = person("Facilities Move Team", "moves@" + dom, None, None, ["Coastline Mutual - Facilities & Workplace Services", "555-0119"], disc="corp")
    mg = person("Rafferty Okonjo", "rokonjo@" + dom, None, "Claims Team Lead", None, None, disc="corp")
    it = person("Darnell Whitcombe", "dwhitcombe@" + dom, None, "Manager, Infrastructure & End-User Services", None, None, disc="corp")
    s = "Claims move to 3rd floor - weekend of Dec 12"
    ms = [
        Msg(fm, [mg, it], D("2026-11-30 09:00"), s, dedent("""
            Hi Rafferty and Darnell,

            The auto claims team (46 people) moves from the 6th floor to the renovated 3rd floor the weekend of December 12.

            Timeline:
            - Wed 12/9: crates delivered (2 per person). Labels by Thursday noon.
            - Fri 12/11, 15:00: pack-up deadline. Leave monitors and docking stations; IT moves them.
            - Sat 12/12: movers 07:00-15:00. IT setup 12:00-20:00.
            - Mon 12/14: first day on 3. Floor ambassadors at the elevators at 07:30.

            The seating chart (attached) follows the pods you sent. Please confirm by Wednesday.
            """)),
        Msg(mg, [fm], D("2026-11-30 11:20"), "RE: " + s, dedent("""
            Thanks. Two changes: swap pods C and D so the senior adjusters are next to the supervisor office, and we need the small conference room set up as a quiet room for recorded statements (no glass wall if possible). Also, the team is asking about lockers - we lost them in the 6th floor redesign.
            """)),
        Msg(it, [fm, mg], D("2026-12-01 08:15"), "RE: " + s, dedent("""
            IT plan: new docks with USB-C on 3. Anyone with an older laptop (about 8 people) gets a new one on Monday. Desk phones go away; everyone uses softphones. The 3rd floor Wi-Fi survey showed a weak spot by pod F; a new access point is going in on 12/10. We'll have a help desk table on 3 all day Monday.
            """)),
        Msg(fm, [mg, it], D("2026-12-01 14:30"), "RE: " + s, dedent("""
            Pods swapped. The small conference room (3.14) has frosted glass and will be bookable as a quiet room. Lockers: 24 lockers are on order for the 3rd floor kitchen area, arriving in January. Parking is unchanged.
            """)),
        Msg(mg, [fm, it], D("2026-12-02 09:00"), "RE: " + s, "Perfect, thanks both. I'll send the team the timeline today."),
    ]
    return thread_mail(ms)


@M("woodworking-guild-list-digest-jigs-and-finishes", "none",
    "woodworking guild list digest: jigs, finishes, a tool sale and shop safety; no health content")
def _():
    L = "lists.valleywoodworkers.example.org"
    p = [
        (P("Gideon Thistlewood", "gthistlewood@inbox.example.net"), D("2026-11-30 08:30"), "Crosscut sled - 5-cut method results",
         "Finally squared my new crosscut sled using the 5-cut method. Started at 0.012\" over 20\", ended at 0.0015\". The trick was a single screw pivot and a feeler gauge for the adjustment instead of tapping with a mallet."),
        (P("Verity Hollis", "verity.hollis@runmail.example.com"), D("2026-12-01 11:00"), "Finish for a walnut dining table?",
         "Client wants a walnut dining table that can take kids and wine. Torn between hardwax oil and a waterborne poly. Anyone have long-term experience with either on a table?"),
        (P("Stellan Quarles", "squarles@inbox.example.net"), D("2026-12-01 15:40"), "Re: Finish for a walnut dining table?",
         "Hardwax oil looks better and is easy to spot-repair, but rings happen. For kids and wine I'd do oil-based wipe-on poly, 4-5 coats, rubbed out with 0000 steel wool and paste wax."),
        (P("Guild Secretary", "secretary@valleywoodworkers.example.org"), D("2026-12-02 09:00"), "December meeting + toy drive",
         "Meeting December 9, 7 pm, at the community college shop. Program: hand-cut dovetails demo. Toy drive: bring finished wooden toys for the children's hospital holiday party by December 16 - cars, puzzles, tops. No small parts for under-3s."),
        (P("Hollis Abernethy", "habernethy@mailbox.example.net"), D("2026-12-03 18:20"), "FS: jointer and hollow-chisel mortiser",
         "Downsizing the shop. 8\" jointer with spiral head, $650. Benchtop hollow-chisel mortiser with 4 chisels, $200. Pickup only."),
        (P("Safety Committee", "safety@valleywoodworkers.example.org"), D("2026-12-04 07:00"), "Reminder: dust collection and push sticks",
         "Winter shop reminders: empty dust collector bags before they're full, keep the shop ventilated when finishing, and always use push sticks and blade guards. Kickback doesn't care how experienced you are."),
    ]
    footer = "_______________________________________________\nValley Woodworkers Guild list\nhttps://lists.example.org/mailman/listinfo/vwg"
    return digest_mail("VWG", "vwg@" + L, "18, Issue 49", D("2026-12-04 05:00"), p, footer)


@M("hoa-winter-newsletter-snow-dues-pool", "none",
    "homeowners-association winter newsletter: snow removal, dues, pool resurfacing, architectural requests; no health content")
def _():
    hoa = P("Larchmont Commons HOA", "board@larchmontcommons.example.org", sig=["Larchmont Commons Homeowners Association", "Management office 555-0120"])
    to = P("Larchmont Commons Residents", "residents@lists.larchmontcommons.example.org")
    text = dedent("""
        LARCHMONT COMMONS HOA - WINTER NEWSLETTER

        SNOW REMOVAL
        Our contractor plows the streets when snowfall reaches 2 inches and clears common sidewalks within 24 hours after snow stops. Driveways and walkways to your door are the homeowner's responsibility. Please move cars off the street during snow events so the plows can get through.

        2027 DUES
        The board approved the 2027 budget at the November meeting. Monthly dues increase from $185 to $194 (4.9%), mainly because of insurance and the pool resurfacing reserve. Autopay users will see the change automatically in January.

        POOL RESURFACING
        The pool will be resurfaced in April, ahead of the Memorial Day opening. The reserve study shows this is the last major project for five years.

        ARCHITECTURAL REQUESTS
        Reminder: exterior changes (fences, paint colors, solar panels, sheds) need approval from the architectural committee before work begins. The committee meets the second Tuesday of each month. Solar panel requests are approved within 30 days under state law.

        HOLIDAY LIGHTS CONTEST
        Judging on December 19. Categories: Classic, Most Creative, and "Clark Griswold." Prizes are gift cards to the hardware store.

        TRASH AND RECYCLING
        Holiday weeks shift pickup by one day. Christmas tree collection on January 4 and 11 - remove all lights and decorations.

        NEXT BOARD MEETING: January 12, 7 pm, clubhouse. All residents welcome.
        """)
    return doc_mail(hoa, to, "Larchmont Commons - Winter Newsletter", D("2026-12-02 17:00"), block_text(text, hoa), title="HOA Winter Newsletter", html_style="newsletter")


@M("pta-newsletter-december-book-fair-volunteers", "none",
    "elementary-school PTA newsletter: book fair, winter concert, volunteers, fundraising totals; no health content")
def _():
    pta = P("Roosevelt Elementary PTA", "pta@roosevelt-elem.example.org", sig=["Roosevelt Elementary PTA"])
    to = P("Roosevelt Families", "families@lists.roosevelt-elem.example.org")
    text = dedent("""
        ROOSEVELT ROUNDUP - December PTA News

        BOOK FAIR: December 7-11 in the library. Shopping hours 8:00-8:30 am and 3:00-4:00 pm, plus family night on Thursday 5:30-7:30. Every purchase earns books for classroom libraries. Can't make it? Shop online through December 18.

        WINTER CONCERT: Thursday, December 17. Grades K-2 at 6:00 pm, grades 3-5 at 7:00 pm, in the gym. Please pick up your child from their classroom after their performance so the next group has seats.

        VOLUNTEERS NEEDED
        - Book fair cashiers (2-hour shifts)
        - Concert ushers and cookie table
        - Classroom winter party helpers (contact your room parent)
        Volunteers must have a current background check on file; the form is on the district website.

        FUNDRAISING UPDATE
        The fall fun run raised $18,420 - thank you! Funds go to the new playground shade structure and field trip buses. The restaurant night at the pizza place raised $612.

        LOST AND FOUND
        The lost and found is overflowing. Unclaimed items will be donated on December 18.

        WINTER BREAK: December 21 - January 1. School resumes Monday, January 4.

        Thank you for all you do for Roosevelt!
        """)
    return doc_mail(pta, to, "Roosevelt Roundup - December PTA News", D("2026-12-01 19:00"), block_text(text, pta), title="Roosevelt Roundup", html_style="newsletter")


@M("thread-fy27-capital-budget-requests-hospital-finance", "none",
    "hospital finance thread on FY27 capital requests (imaging replacement, parking, IT), with a CSV of line items; no patient")
def _():
    rng = rng_for("capital-budget")
    dom = LV
    cfo = person("Perrin Achterberg", "pachterberg@" + dom, None, "Vice President, Finance", "Larkspur Valley Health", "555-0121", disc="hosp_long")
    ra = person("Dr. Nilo Carrow", "ncarrow@" + dom, None, "Chair, Radiology", None, None, disc="hosp_long")
    it = person("Ines Jaramillo", "ijaramillo@" + dom, None, "CIO", None, None, disc="hosp_long")
    fac = person("Glen Hartigan", "ghartigan@" + dom, None, "Facilities", None, "555-0121", disc="hosp_long")
    s = "FY27 capital requests - first pass"
    items_ = [["request_id", "department", "description", "category", "amount_usd", "priority"]]
    descs = [("Radiology", "3T MRI replacement (main campus)", "replacement", 2850000), ("Radiology", "CT scanner #2 replacement", "replacement", 1400000),
             ("IT", "Network core switch refresh", "replacement", 920000), ("IT", "Virtual desktop expansion", "growth", 410000),
             ("Facilities", "North garage deck resurfacing", "replacement", 1150000), ("Facilities", "Chiller #3", "replacement", 780000),
             ("Surgery", "Robotic surgical system (second)", "growth", 2300000), ("Surgery", "OR lights replacement (6 rooms)", "replacement", 540000),
             ("Lab", "Chemistry analyzer line", "replacement", 1250000), ("Pharmacy", "IV compounding robot", "growth", 690000),
             ("Nursing", "Patient lifts (ceiling) 5 East", "safety", 310000), ("Nursing", "Smart beds (40)", "replacement", 720000),
             ("ED", "Triage redesign construction", "growth", 1600000), ("Security", "Weapons detection at ED entrance", "safety", 260000),
             ("Food Services", "Dish machine", "replacement", 180000), ("EVS", "UV disinfection robots (2)", "safety", 190000)]
    for i, (d, ds, c, a) in enumerate(descs, 1):
        items_.append(["CAP27-%03d" % i, d, ds, c, str(a), rng.choice(["1", "2", "3"])])
    ms = [
        Msg(cfo, [ra, it, fac], D("2026-11-30 08:00"), s, dedent("""
            All,

            First pass of FY27 capital requests is attached (CSV). Total requested: $15.55M. The board-approved envelope is $11.0M. We need to cut about $4.5M before the finance committee on January 14.

            Proposed approach: fund safety and regulatory items first, then replacements at end of life, then growth projects with a payback under 5 years. Please send me your top-3 ranking by December 11.
            """)),
        Msg(ra, [cfo], D("2026-11-30 12:00"), "RE: " + s, dedent("""
            Radiology ranking: (1) 3T MRI replacement - the current magnet is 14 years old, service contract ends June and parts are no longer guaranteed; (2) CT #2 can wait one year if we extend the service contract; (3) nothing else. We could lease the MRI instead of buying - I asked the vendor for lease terms.
            """)),
        Msg(it, [cfo], D("2026-12-01 09:30"), "RE: " + s, "IT: core switch refresh is non-negotiable (end of support in October). VDI expansion can be phased: $150K in FY27, the rest in FY28."),
        Msg(fac, [cfo], D("2026-12-01 15:00"), "RE: " + s, "Facilities: garage resurfacing is a safety item at this point (spalling on level 3). Chiller #3 can be deferred if we rent a temporary chiller in summer (~$60K)."),
        Msg(cfo, [ra, it, fac], D("2026-12-02 10:00"), "RE: " + s, "Thanks - with the MRI lease, CT deferral, VDI phasing and chiller deferral, we're down to $11.4M. Close. I'll work with Surgery on the robot."),
    ]
    return thread_mail(ms, attachments=[A(csv_bytes(items_), "text/csv", "FY27_capital_requests_v1.csv")])


@M("thread-conference-travel-booking-reimbursement", "none",
    "travel-booking thread for a team attending an actuarial conference: flights, hotel block, per diem, receipts; no health content")
def _():
    dom = "coastlinemutual.example.com"
    ta = person("Corporate Travel Desk", "travel@" + dom, None, None, ["Coastline Mutual - Travel Desk", "555-0122"])
    em = person("Ghislaine Rudnicki", "grudnicki@" + dom, None, "Director, Actuarial Analytics", None, None, disc="corp")
    s = "Booking - Actuarial Analytics team - Spring Meeting, Mar 15-18"
    ms = [
        Msg(em, [ta], D("2026-11-25 10:00"), s, "Please book flights and hotel for 5 people for the actuarial Spring Meeting March 15-18. Names and loyalty numbers attached. Conference hotel block code SPRING27."),
        Msg(ta, [em], D("2026-11-26 09:40"), "RE: " + s, dedent("""
            Hi Ghislaine,

            Options:
            - Flights: nonstop departing 3/15 at 07:10, returning 3/18 at 18:40, economy, $412 per person (refundable fare +$90).
            - Hotel: conference hotel block at $239/night + tax, 3 nights, 5 rooms. The block closes February 12.
            - Ground: rideshare or the airport train ($12).
            Per diem for that city: $79/day meals and incidentals.

            Reply "approve" and I'll ticket.
            """)),
        Msg(em, [ta], D("2026-11-26 11:00"), "RE: " + s, "Approve, non-refundable fares are fine. Please put all 5 rooms on one folio with the corporate card."),
        Msg(ta, [em], D("2026-11-26 15:30"), "RE: " + s, "Ticketed. Confirmation numbers and itineraries sent to each traveler. Reminder: receipts within 30 days of return; the expense system accepts photos."),
    ]
    return thread_mail(ms)


@M("it-outage-postmortem-email-gateway", "none",
    "long IT post-incident review of an e-mail gateway outage (timeline, root cause, actions); no health content")
def _():
    dom = "granitelogistics.example.com"
    it = person("Infrastructure Operations", "infra-ops@" + dom, None, None, ["Granite Ridge Logistics - IT Infrastructure"], disc="corp")
    to = P("IT Leadership", "it-leadership@" + dom)
    text = dedent("""
        POST-INCIDENT REVIEW - INC-26-1184 - Inbound e-mail delayed up to 3h 40m
        Date of incident: Tuesday, November 24, 2026 | Severity: 2 | Status: resolved | Blameless review

        SUMMARY
        From 08:52 to 12:31 ET, inbound external e-mail was delayed by up to 3 hours 40 minutes. Internal mail and outbound mail were not affected. No mail was lost. About 18,400 messages were queued.

        TIMELINE (ET)
        08:52 Monitoring alert: inbound queue depth > 2,000 on gateway node 1.
        09:05 On-call engineer acknowledges; node 2 queue also rising.
        09:20 Initial hypothesis: spam burst. Spam filter thresholds reviewed - normal.
        09:48 Engineer notices TLS handshake failures with the downstream mail server.
        10:15 Root cause identified: the downstream server's TLS certificate was renewed at 08:45 with an intermediate certificate missing from the chain; the gateway's strict validation rejected delivery.
        10:40 Change request for emergency certificate fix approved.
        11:05 Corrected chain installed; deliveries resume.
        12:31 Queues fully drained.

        ROOT CAUSE
        The automated certificate renewal job used a new certificate authority bundle format that did not include the intermediate. The renewal job reported success because it only checked the leaf certificate's expiry.

        WHAT WENT WELL
        - Monitoring caught the queue growth within minutes.
        - No mail was lost because the gateway queues for 5 days.

        WHAT DIDN'T
        - 55 minutes to the first correct hypothesis.
        - The status page wasn't updated until 10:30.

        ACTION ITEMS
        1. Certificate renewal job to validate the full chain with an external check (owner: messaging team, due 12/15).
        2. Add a synthetic inbound mail test every 5 minutes (owner: monitoring, due 12/22).
        3. Runbook: add "TLS handshake failures" as an early check for queue growth (owner: on-call lead, due 12/8).
        4. Status page update within 15 minutes for Sev 2 (owner: service desk, immediate).
        """)
    return doc_mail(it, to, "PIR: INC-26-1184 inbound e-mail delay (11/24)", D("2026-11-27 16:00"), block_text(text, it), html_style="outlook")


@M("library-board-minutes-budget-branch-hours", "none",
    "public library board minutes: budget, branch hours, building repairs, programming statistics; no health content")
def _():
    rng = rng_for("library-board")
    lb = P("Oakwood Public Library", "director@oakwoodlibrary.example.org", sig=["Oakwood Public Library - Office of the Director", "555-0123"])
    to = P("Library Board of Trustees", "trustees@oakwoodlibrary.example.org")
    stats = pipe_table(["October statistics", "2025", "2026", "Change"], [
        ["Visits", "31,204", "33,880", "+8.6%"], ["Physical checkouts", "44,112", "42,590", "-3.5%"], ["E-book/audiobook checkouts", "18,650", "22,214", "+19.1%"],
        ["Program attendance", "3,410", "4,022", "+17.9%"], ["Meeting room bookings", "212", "246", "+16.0%"], ["New library cards", "518", "604", "+16.6%"]])
    text = dedent("""
        OAKWOOD PUBLIC LIBRARY - BOARD OF TRUSTEES
        Regular meeting minutes, November 17, 2026, 7:00 pm, Main Library community room

        Present: 7 trustees, the library director, the assistant director, 4 members of the public.

        1. Call to order at 7:02 pm. Agenda approved.
        2. Public comment: two residents spoke in support of extending Sunday hours at the Eastside branch.
        3. Minutes of October 20 approved.
        4. Director's report

        """) + stats + dedent("""


        The teen program's Dungeons & Dragons club has a waiting list. The seed library distributed 1,100 packets this year. The bookmobile served 14 stops.

        5. Finance: The FY27 proposed budget of $6.84 million (+3.1%) was presented. Most of the increase is salaries (cost-of-living adjustment) and e-content licensing. Motion to forward the budget to the city council carried 7-0.
        6. Facilities: The main library roof replacement is complete. The elevator modernization bid came in at $412,000; motion to award carried 6-1.
        7. Branch hours: The board discussed a pilot of Sunday hours (1-5 pm) at Eastside from January to June. Motion carried 7-0.
        8. Policy: The revised meeting room policy was approved.
        9. Adjourned at 8:41 pm. Next meeting December 15.
        """)
    return doc_mail(lb, to, "Draft minutes - Board of Trustees, November 17", D("2026-11-24 12:00"), block_text(text, lb), html=False)


@M("german-vereinsrundbrief-sportverein-jahresende", "none",
    "German sports-club year-end circular: results, AGM, dues, pitch renovation; no health content", lang="de")
def _():
    v = P("TSV Auental 1898 e.V. - Vorstand", "vorstand@tsv-auental.example.de.test", sig=["TSV Auental 1898 e.V.", "Geschäftsstelle: Tel. 05555 555-0124"])
    to = P("Mitglieder TSV Auental", "mitglieder@tsv-auental.example.de.test")
    text = dedent("""
        Liebe Mitglieder,

        das Jahr 2026 neigt sich dem Ende zu - Zeit für einen kurzen Rückblick und einige Termine.

        SPORTLICHES
        - Die erste Fußballmannschaft steht zur Winterpause auf Platz 3 der Bezirksliga.
        - Unsere Handball-C-Jugend ist Kreismeister geworden. Herzlichen Glückwunsch!
        - Die Tischtennisabteilung hat eine neue Hobbygruppe für Erwachsene (mittwochs, 19 Uhr).
        - Beim Auentaler Stadtlauf waren 64 Vereinsmitglieder am Start.

        JAHRESHAUPTVERSAMMLUNG
        Die Jahreshauptversammlung findet am Freitag, 22. Januar 2027, um 19:30 Uhr im Vereinsheim statt. Tagesordnung: Berichte des Vorstands, Kassenbericht, Entlastung, Wahlen (2. Vorsitz, Kassenwart), Beitragsordnung.

        BEITRÄGE
        Die Beiträge werden am 15. Januar per Lastschrift eingezogen. Bitte teilt Änderungen der Bankverbindung bis Ende Dezember der Geschäftsstelle mit.

        SPORTPLATZ
        Die Sanierung des Kunstrasenplatzes beginnt im März. Während der Bauzeit trainieren die Jugendmannschaften auf dem Platz der Grundschule.

        WEIHNACHTSFEIER
        Samstag, 12. Dezember, ab 15 Uhr für Kinder, ab 19 Uhr für Erwachsene. Der Nikolaus hat sich angekündigt.

        Wir wünschen euch frohe Weihnachten und einen guten Rutsch!

        Euer Vorstand
        """)
    return doc_mail(v, to, "Rundbrief zum Jahresende 2026", D("2026-12-03 20:00", "cet"), block_text(text, v), cs="iso-8859-1", cte_text="quoted-printable", hmode="Q", html=False)


@M("spanish-thread-boda-banquete-musica-invitados", "none",
    "Spanish wedding-planning thread (venue, menu, mariachi, guest list); no health content", lang="es")
def _():
    nov = P("Valeria Ibargüen", "valeria.ibarguen@correo.example.net", sig=["Vale"])
    sal = person("Salón Jardín Las Magnolias", "eventos@lasmagnolias.example.com", None, "Coordinación de eventos", None, "Tel. 555-0125")
    s = "Boda 17 de abril - menú y montaje"
    ms = [
        Msg(nov, [sal], D("2026-11-28 18:00", "cst"), s, dedent("""
            Hola, buenas tardes.

            Les escribo para confirmar los detalles de nuestra boda el sábado 17 de abril de 2027: ceremonia civil a las 5 en el jardín y recepción a las 6 en el salón. Seremos unos 180 invitados. Queremos el menú de tres tiempos con la crema de elote, el filete en salsa de chile pasilla y el pastel de tres leches. ¿El mariachi puede entrar a las 8?
            """), client="gm-es"),
        Msg(sal, [nov], D("2026-11-30 10:15", "cst"), "RE: " + s, dedent("""
            Hola Valeria, ¡felicidades!

            Confirmamos la fecha. Para 180 invitados proponemos 18 mesas redondas de 10, pista de baile al centro y mesa de honor al frente. El menú de tres tiempos tiene un costo de 890 pesos por persona e incluye refresco y café. El mariachi puede entrar a las 8; solo necesitamos que nos confirmen cuántos músicos serán para el espacio. La degustación del menú es el 6 de febrero.

            Para apartar la fecha se requiere un anticipo del 30 por ciento antes del 15 de diciembre.
            """), client="ol-es"),
        Msg(nov, [sal], D("2026-11-30 20:40", "cst"), "RE: " + s, "¡Perfecto! Serán 9 músicos. Mañana hacemos el depósito del anticipo. Gracias.", client="gm-es"),
    ]
    return thread_mail(ms, cs="utf-8", cte_text="8bit")


@M("french-newsletter-association-quartier-fete-des-lumieres", "none",
    "French neighbourhood-association newsletter: festival of lights, shared garden, repair café, AGM; no health content", lang="fr")
def _():
    a = P("Association Vivre aux Tilleuls", "contact@vivreauxtilleuls.example.fr.test", sig=["Association Vivre aux Tilleuls"])
    to = P("Adhérents", "adherents@vivreauxtilleuls.example.fr.test")
    text = dedent("""
        LA LETTRE DES TILLEULS - décembre 2026

        FÊTE DES LUMIÈRES
        Rendez-vous le 8 décembre à 18 h sur la place des Tilleuls : lumignons aux fenêtres, vin chaud et chocolat chaud, chorale de l'école à 18 h 30. Les enfants peuvent apporter leurs lanternes.

        JARDIN PARTAGÉ
        Les parcelles pour 2027 seront attribuées en janvier. Inscriptions jusqu'au 20 décembre. Merci aux jardiniers pour la récolte de courges distribuée à l'épicerie solidaire.

        REPAIR CAFÉ
        Samedi 12 décembre, de 14 h à 17 h, à la maison de quartier : petit électroménager, vélos, vêtements. Nos bénévoles réparent avec vous, gratuitement.

        ASSEMBLÉE GÉNÉRALE
        Jeudi 28 janvier à 19 h. Rapport moral, rapport financier, élection du bureau. La cotisation 2027 reste à 10 euros.

        Bonnes fêtes à toutes et à tous !
        """)
    return doc_mail(a, to, "La Lettre des Tilleuls - décembre", D("2026-12-02 18:00", "cet"), block_text(text, a), cs="iso-8859-15", cte_text="quoted-printable", hmode="Q", html_style="newsletter")


@M("dsn-bounce-vendor-invoice-pdf", "none",
    "bounce returning a vendor invoice for linen services with a PDF invoice; no health content")
def _():
    v = person("Accounts Receivable", "ar@crispwaylinen.example.com", None, None, ["Crispway Linen Services", "555-0126"])
    rcpt = "ap-invoices@larkspurvaley.example.org"
    inv = pdf(["CRISPWAY LINEN SERVICES - INVOICE", "Invoice 26-11-4471    Date 11/30/2026    Terms Net 30", "",
               "Bill to: Larkspur Valley Health - Accounts Payable", "PO 4500218833", "",
               "Patient gowns, laundered (lb)      18,420   $0.41   $7,552.20",
               "Bath blankets (lb)                  6,210   $0.41   $2,546.10",
               "Surgical linen packs (ea)           1,140   $3.80   $4,332.00",
               "Delivery surcharge (holiday)            1  $150.00     $150.00",
               "", "TOTAL DUE                                        $14,580.30"], title="Invoice 26-11-4471")
    orig = mk(v, P("Accounts Payable", rcpt), "Invoice 26-11-4471 - PO 4500218833", D("2026-11-30 16:00"),
              MP("mixed", [T("Please find attached invoice 26-11-4471 for November linen services.\n\nThank you for your business.\n\n" + sig_text(v)),
                           A(inv, "application/pdf", "Invoice_26-11-4471.pdf")]))
    return dsn("mail.crispwaylinen.example.com", P("Mail Delivery System", "MAILER-DAEMON@mail.crispwaylinen.example.com"), v,
               D("2026-11-30 16:01"), orig, rcpt, status="5.1.2", diag="550 5.1.2 <%s>: Domain not found")


@M("autoreply-vacation-long-signature-marketing-footer", "none",
    "vacation auto-reply from a marketing manager with a long signature, social links and legal footer; no health content")
def _():
    mg = person("Tamsin Greer", "tgreer@harborlightcoffee.example.com", None, "Marketing Manager",
                ["Harbor Light Coffee Roasters", "12 Wharf Street", "T 555-0127 | M 555-0128"],
                extra=["Follow us: https://harborlightcoffee.example.com/social", "Winner - Regional Roaster of the Year 2025",
                       "Please consider the environment before printing this e-mail."], disc="corp")
    to = P("Nilo Pellegrini", "nilo@beanboxsupply.example.com")
    body = dedent("""
        Hi there,

        Thanks for your message! I'm out of the office from December 3 through December 14, visiting the farms we buy from and, hopefully, not checking e-mail.

        For wholesale orders, please contact wholesale@harborlightcoffee.example.com. For press inquiries, contact Jordan at press@harborlightcoffee.example.com. For anything urgent, call our main line at 555-0127.

        Happy holidays and happy brewing!
        """)
    return mk(mg, to, "Out of office: Re: Holiday packaging order - 12oz bags", D("2026-12-03 09:01"), T(block_text(body, mg)),
              extra=[("Auto-Submitted", "auto-replied")])


@M("read-receipt-contract-amendment", "none",
    "read receipt for a contract amendment between two logistics companies; no health content")
def _():
    r = P("Isaac Rosenquist", "irosenquist@granitelogistics.example.com")
    s = P("Contracts", "contracts@northwindfreight.example.com")
    return mdn(r, s, D("2026-12-02 11:12"), "Amendment 3 - Master Services Agreement - rate schedule 2027",
               D("2026-12-02 09:30"), "<20261202093000.amd3@northwindfreight.example.com>", "Isaac Rosenquist")


@M("thread-family-recipe-exchange-tamales", "none",
    "family thread trading recipes and planning a tamale-making day; no health content")
def _():
    a = P("Rosa Jaramillo", "rosa.jaramillo@inbox.example.net", sig=["Rosa"])
    b = P("Marisol Jaramillo", "marisol.j@inbox.example.net", sig=["M."])
    c = P("Tía Lupe", "lupe.jaramillo@inbox.example.net", sig=["Lupe"])
    s = "Tamalada Dec 19 - recipes and who brings what"
    ms = [
        Msg(a, [b, c], D("2026-11-29 17:00"), s, dedent("""
            Tamalada at my house Saturday Dec 19 starting at 9 am! Goal: 12 dozen.

            I'll do the pork in red chile (mom's recipe - 5 lb pork shoulder, 12 guajillo and 4 ancho chiles, garlic, cumin, oregano). Lupe, can you do the chicken verde? Marisol, masa and husks? Plus the sweet ones with raisins for the kids.
            """), client="gm-en"),
        Msg(c, [a, b], D("2026-11-29 19:30"), "Re: " + s, dedent("""
            Chicken verde yes. I use 3 lb tomatillos, 4 jalapeños, 1 onion, cilantro and chicken thighs - thighs stay juicier. I'll also bring rajas con queso for the vegetarians.
            """), client="gm-en"),
        Msg(b, [a, c], D("2026-11-30 08:10"), "Re: " + s, dedent("""
            Masa: I'll get 20 lb of prepared masa from the tortillería on Friday and 2 packs of husks. For the sweet ones: pink masa with sugar, cinnamon and raisins. I'll bring the big steamer too. Who's bringing champurrado?
            """), client="gm-en"),
        Msg(a, [b, c], D("2026-11-30 09:00"), "Re: " + s, "I'll make champurrado. Kids are on husk-soaking duty. See you on the 19th!", client="gm-en"),
    ]
    return thread_mail(ms)


@M("swedish-forening-nyhetsbrev-korsangare-lucia", "none",
    "Swedish choir association newsletter: Lucia concert, rehearsal times, membership fee; no health content", lang="sv")
def _():
    k = P("Norrviks Kammarkör", "styrelsen@norrvikskammarkor.example.se.test", sig=["Norrviks Kammarkör", "Tel. 0555-555 01 29"])
    to = P("Körmedlemmar", "medlemmar@norrvikskammarkor.example.se.test")
    text = dedent("""
        Hej alla körsångare!

        LUCIAKONSERT
        Vår luciakonsert är söndagen den 13 december kl. 18.00 i Norrviks kyrka. Genrep samma dag kl. 14.00. Klädsel: vita särkar för luciatåget, svart för konsertdelen. Biljetter (150 kr) säljs via hemsidan och i entrén.

        REPETITIONER
        Extra repetition torsdag 10 december kl. 19.00-21.30. Tänk på att öva på "Gläns över sjö och strand" och "Stilla natt" - vi sjunger båda utan noter.

        MEDLEMSAVGIFT
        Medlemsavgiften för 2027 är oförändrad, 600 kr. Betala till föreningens bankgiro senast 31 januari.

        VÅRTERMINEN
        Vi börjar igen tisdagen den 12 januari. Vårens konsert blir Faurés Requiem tillsammans med stadens orkester i maj.

        God jul och gott nytt år!
        Styrelsen
        """)
    return doc_mail(k, to, "Nyhetsbrev december - luciakonsert och repetitioner", D("2026-12-01 20:00", "cet"), block_text(text, k),
                    cs="iso-8859-1", cte_text="quoted-printable", hmode="Q", html=False)


@M("thread-soccer-carpool-schedule-winter-league", "none",
    "parents' carpool thread for a winter indoor soccer league: driving rota, addresses, game times; no health content")
def _():
    a = P("Hollis Kettleby", "hollis.kettleby@inbox.example.net", sig=["Hollis"])
    b = P("Juno Achterberg", "juno.achterberg@inbox.example.net", sig=["Juno"])
    c = P("Bram Oyelaran", "bram.oyelaran@inbox.example.net", sig=["Bram"])
    s = "U10 indoor soccer carpool - Jan-Feb"
    ms = [
        Msg(a, [b, c], D("2026-12-02 20:00"), s, dedent("""
            Hi all - indoor league schedule is out: practices Tuesdays 6-7 pm at the Fieldhouse, games Saturdays (times vary, see the app). Proposed rota:
            - Tuesdays: Hollis (Jan), Juno (Feb)
            - Saturdays: rotate Hollis / Juno / Bram, starting Jan 9 with Bram
            Pickup points: my house on Birch, Juno's on Larch Court, Bram's on Meridian. Cars need 4 booster-free seats.
            """), client="gm-en"),
        Msg(b, [a, c], D("2026-12-02 21:10"), "Re: " + s, "Works for me. Feb Tuesdays I might be 10 min late from work - I'll text.", client="iphone"),
        Msg(c, [a, b], D("2026-12-03 07:30"), "Re: " + s, "Fine by me. I'm out of town Jan 23 - can someone swap?", client="gm-en"),
        Msg(a, [b, c], D("2026-12-03 08:00"), "Re: " + s, "I'll take Jan 23, you take Jan 30. Updated the shared calendar.", client="gm-en"),
    ]
    return thread_mail(ms)

EXPECT_NONEN = 54

# ================================================================ build & check

def build_all():
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    files = {}
    rows = []
    for i, m in enumerate(order, 1):
        fn = "%03d-%s.eml" % (i, m["slug"])
        data = m["build"]()
        if isinstance(data, str):
            data = data.encode("utf-8")
        files[os.path.join(m["label"], fn)] = data
        rows.append((fn, m["label"], m["reason"]))
    rows.sort()
    tsv = "".join("%s\t%s\t%s\n" % r for r in rows)
    return order, files, tsv


# ---------------------------------------------------------------- identifier rules

def npi_ok(npi):
    return bool(re.fullmatch(r"\d{10}", npi)) and make_npi(npi[:9]) == npi


def make_npi(base9):
    digits = "80840" + base9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def dea_ok(dea):
    m = re.fullmatch(r"[A-Z][A-Z9](\d{6})(\d)", dea)
    if not m:
        return False
    d = [int(x) for x in m.group(1)]
    s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return s % 10 == int(m.group(2))


def make_dea(prefix2, six):
    d = [int(x) for x in six]
    s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return prefix2 + six + str(s % 10)


_MBI_RE = re.compile(r"[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]"
                     r"[AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y]\d\d")


def mbi_ok(mbi):
    return bool(_MBI_RE.fullmatch(mbi.replace("-", "")))


_ALLOWED_DOM_EXTRA = {"loinc.org", "hl7.org", "terminology.hl7.org", "snomed.info",
                      "www.w3.org", "unitsofmeasure.org"}


def dom_ok(d):
    d = d.lower().rstrip(".")
    for base in ("example.com", "example.org", "example.net"):
        if d == base or d.endswith("." + base):
            return True
    if d.endswith(".test"):
        return True
    return d in _ALLOWED_DOM_EXTRA


_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>)\]:]+)", re.I)
_WWW_RE = re.compile(r"(?<![\w./])www\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)
_PHONE_RE = re.compile(r"(?<![\d-])\(?(\d{3})\)?[ .-]?(\d{3})[ .-](\d{4})(?![\d-])")
_555_RE = re.compile(r"(?<!\d)555[ .-]?(\d{4})(?!\d)")
_NPI_ANY = re.compile(r"\bNPI\b[^0-9A-Za-z]{0,6}(?:(?:number|no\.?|#)[^0-9A-Za-z]{0,4})?(\d[\d-]{6,})")
_DEA_RE = re.compile(r"\bDEA\b[^A-Z0-9a-z]{0,6}(?:(?:number|no\.?|#)[^A-Z0-9a-z]{0,4})?([A-Z][A-Z9]\d{7})\b")
_MBI_FIND = re.compile(r"\bMBI\b[^A-Z0-9a-z]{0,6}(?:(?:number|no\.?|#)[^A-Z0-9a-z]{0,4})?([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b")


def scan_text(t, where, errs, stats):
    for m in _EMAIL_RE.finditer(t):
        if not dom_ok(m.group(1)):
            errs.append("%s: address outside example/.test: %s" % (where, m.group(0)))
    for rx in (_URL_RE, _WWW_RE):
        for m in rx.finditer(t):
            d = m.group(1) if rx is _URL_RE else "www." + m.group(1)
            if not dom_ok(d):
                errs.append("%s: URL outside example/.test: %s" % (where, m.group(0)))
    for m in _PHONE_RE.finditer(t):
        if not (m.group(2) == "555" and m.group(3).startswith("01")):
            errs.append("%s: phone not 555-01xx: %s" % (where, m.group(0)))
    for m in _555_RE.finditer(t):
        if not m.group(1).startswith("01"):
            errs.append("%s: 555 number not 01xx: %s" % (where, m.group(0)))
    for m in _NPI_ANY.finditer(t):
        v = re.sub(r"\D", "", m.group(1))
        if not npi_ok(v):
            errs.append("%s: NPI fails Luhn/80840: %s" % (where, m.group(1)))
        stats["npi"] += 1
    for m in _DEA_RE.finditer(t):
        if not dea_ok(m.group(1)):
            errs.append("%s: DEA check digit: %s" % (where, m.group(1)))
        stats["dea"] += 1
    for m in _MBI_FIND.finditer(t):
        if not mbi_ok(m.group(1)):
            errs.append("%s: MBI format: %s" % (where, m.group(1)))
        stats["mbi"] += 1


# ---------------------------------------------------------------- attachment formats

def pdf_check(b, where, errs):
    if not b.startswith(b"%PDF-") or not b.rstrip().endswith(b"%%EOF"):
        errs.append("%s: PDF header/trailer" % where)
        return ""
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    if not m:
        errs.append("%s: PDF startxref" % where)
        return ""
    x = int(m.group(1))
    if not b[x:].startswith(b"xref"):
        errs.append("%s: PDF startxref does not point at xref" % where)
        return ""
    lines = b[x:].split(b"\n")
    start, count = [int(v) for v in lines[1].split()]
    for i in range(count):
        ent = lines[2 + i]
        off, gen, kind = ent.split()
        if kind == b"n":
            o = int(off)
            if not b[o:].startswith(b"%d 0 obj" % (start + i)):
                errs.append("%s: PDF xref entry %d wrong" % (where, start + i))
    text = []
    for sm in re.finditer(rb"<<([^>]*?/Length (\d+)[^>]*?)>>\nstream\n", b):
        n = int(sm.group(2))
        s0 = sm.end()
        data = b[s0:s0 + n]
        rest = b[s0 + n:s0 + n + 12]
        if not (rest.startswith(b"endstream") or rest.startswith(b"\nendstream")
                or rest.startswith(b"\r\nendstream")):
            errs.append("%s: PDF stream /Length wrong" % where)
            continue
        if b"/FlateDecode" in sm.group(1):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                errs.append("%s: PDF Flate stream does not inflate" % where)
                continue
        text.append(data.decode("cp1252", "replace"))
    return "\n".join(text)


def png_check(b, where, errs):
    if not b.startswith(b"\x89PNG\r\n\x1a\n"):
        errs.append("%s: PNG signature" % where)
        return
    i, kinds, idat, ihdr = 8, [], b"", None
    while i < len(b):
        n = int.from_bytes(b[i:i + 4], "big")
        kind, data = b[i + 4:i + 8], b[i + 8:i + 8 + n]
        crc = int.from_bytes(b[i + 8 + n:i + 12 + n], "big")
        if zlib.crc32(kind + data) & 0xffffffff != crc:
            errs.append("%s: PNG chunk CRC" % where)
            return
        kinds.append(kind)
        if kind == b"IHDR":
            ihdr = data
        if kind == b"IDAT":
            idat += data
        i += 12 + n
    if not kinds or kinds[0] != b"IHDR" or kinds[-1] != b"IEND" or ihdr is None:
        errs.append("%s: PNG chunk order" % where)
        return
    w, h = int.from_bytes(ihdr[0:4], "big"), int.from_bytes(ihdr[4:8], "big")
    try:
        raw = zlib.decompress(idat)
    except zlib.error:
        errs.append("%s: PNG IDAT does not inflate" % where)
        return
    if len(raw) != h * (1 + 3 * w):
        errs.append("%s: PNG image data size" % where)


def format_check(ctype, fname, data, where, errs):
    """Returns decoded text for scanning (or '')."""
    fn = (fname or "").lower()
    ext = fn.rsplit(".", 1)[-1] if "." in fn else ""
    if ctype == "application/pdf" or ext == "pdf":
        return pdf_check(data, where, errs)
    if ctype == "image/png" or ext == "png":
        png_check(data, where, errs)
        return ""
    txt = None
    for enc in ("utf-8", "cp1252"):
        try:
            txt = data.decode(enc)
            break
        except UnicodeDecodeError:
            pass
    if txt is None:
        txt = data.decode("latin-1")
    if ctype in ("application/json", "application/fhir+json") or ext == "json":
        try:
            json.loads(txt)
        except ValueError as e:
            errs.append("%s: JSON: %s" % (where, e))
    if ctype in ("application/xml", "text/xml") or ext in ("xml", "cda"):
        try:
            ET.fromstring(data)
        except ET.ParseError as e:
            errs.append("%s: XML: %s" % (where, e))
    if ctype == "text/calendar" or ext == "ics":
        if not (txt.startswith("BEGIN:VCALENDAR") and txt.rstrip().endswith("END:VCALENDAR")):
            errs.append("%s: ICS BEGIN/END" % where)
    if ctype in ("text/vcard", "text/x-vcard") or ext == "vcf":
        if not (txt.startswith("BEGIN:VCARD") and txt.rstrip().endswith("END:VCARD")):
            errs.append("%s: vCard BEGIN/END" % where)
    if ctype == "text/csv" or ext == "csv":
        delim = ";" if txt.split("\n", 1)[0].count(";") > txt.split("\n", 1)[0].count(",") else ","
        rows = list(csv.reader(io.StringIO(txt), delimiter=delim))
        rows = [r for r in rows if r]
        if len({len(r) for r in rows}) != 1:
            errs.append("%s: CSV rows have inconsistent columns" % where)
    if "hl7" in ctype or ext == "hl7":
        if not txt.startswith("MSH|^~\\&|"):
            errs.append("%s: HL7 does not start with MSH|^~\\&|" % where)
    return txt


# ---------------------------------------------------------------- message checks

REQ = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")
_B64 = re.compile(r"[A-Za-z0-9+/=]*")


def raw_checks(data, where, errs):
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("%s: bare LF or CR" % where)
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("%s: line longer than 998" % where)
            break


def check_msg(msg, where, errs, stats, nested=False):
    for h in REQ:
        if msg[h] is None:
            errs.append("%s: missing header %s" % (where, h))
    for k in msg.keys():
        try:
            v = msg[k]
        except Exception as e:  # noqa
            errs.append("%s: header %s unparsable: %s" % (where, k, e))
            continue
        for d in getattr(v, "defects", []):
            errs.append("%s: header %s defect %s" % (where, k, type(d).__name__))
        sv = str(v)
        if "=?" in sv and "?=" in sv:
            errs.append("%s: header %s has an undecoded encoded word" % (where, k))
        scan_text(sv, where + ":" + k, errs, stats)
    try:
        dt = parsedate_to_datetime(str(msg["Date"]))
        if dt.tzinfo is None:
            errs.append("%s: Date without zone" % where)
    except Exception:  # noqa
        errs.append("%s: bad Date" % where)
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"] or "").strip()):
        errs.append("%s: bad Message-ID" % where)
    # charset of encoded words vs body charsets
    raw_subj = msg.get_all("Subject")
    body_cs = set()
    for part in msg.walk():
        if part.get_content_maintype() == "text" and part.get_content_charset():
            body_cs.add(part.get_content_charset().lower())
        if part is not msg and part.get_content_type() == "message/rfc822":
            break
    for part in msg.walk():
        for d in part.defects:
            errs.append("%s: MIME defect %s" % (where, type(d).__name__))
    _walk(msg, where, errs, stats)


def _walk(part, where, errs, stats):
    ct = part.get_content_type()
    if ct == "message/rfc822":
        sub = part.get_payload()
        sub = sub[0] if isinstance(sub, list) else sub
        stats["rfc822"] += 1
        check_msg(sub, where + "[rfc822]", errs, stats, nested=True)
        return
    if ct in ("message/delivery-status", "message/disposition-notification"):
        stats["dsn"] += 1
        for blk in part.get_payload():
            for d in blk.defects:
                errs.append("%s: delivery-status defect %s" % (where, type(d).__name__))
        return
    if part.is_multipart():
        if ct.startswith("multipart/"):
            for i, sub in enumerate(part.get_payload()):
                _walk(sub, where + "/%d" % i, errs, stats)
        else:
            errs.append("%s: unexpected composite %s" % (where, ct))
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    raw = part.get_payload(decode=False)
    if isinstance(raw, list):
        return
    if cte == "base64":
        lines = raw.strip("\r\n").split("\n")
        for ln in lines:
            ln = ln.rstrip("\r")
            if len(ln) > 76 or not _B64.fullmatch(ln):
                errs.append("%s: base64 line" % where)
                break
        try:
            base64.b64decode("".join(l.strip() for l in lines), validate=True)
        except Exception:  # noqa
            errs.append("%s: base64 does not decode strictly" % where)
    elif cte == "quoted-printable":
        for ln in raw.split("\n"):
            ln = ln.rstrip("\r")
            if len(ln) > 76:
                errs.append("%s: QP line > 76" % where)
                break
            if re.search(r"=(?![0-9A-F]{2}|$)", ln) or re.search(r"[^\t\x20-\x7e]", ln) or \
                    (ln.endswith(" ") or ln.endswith("\t")):
                errs.append("%s: QP not strict: %r" % (where, ln[:60]))
                break
    elif cte == "7bit":
        try:
            raw.encode("ascii")
        except UnicodeEncodeError:
            errs.append("%s: 7bit part is not ASCII" % where)
    elif cte not in ("8bit", "binary"):
        errs.append("%s: unknown CTE %s" % (where, cte))
    data = part.get_payload(decode=True) or b""
    stats["parts"] += 1
    if ct == "text/rfc822-headers":
        h = BytesParser(policy=_policy.default).parsebytes(data, headersonly=True)
        for k in ("From", "Subject", "Date"):
            if h[k] is None:
                errs.append("%s: rfc822-headers lacks %s" % (where, k))
        scan_text(data.decode("ascii", "replace"), where, errs, stats)
        return
    if part.get_content_maintype() == "text" and part.get_content_charset():
        cs = part.get_content_charset()
        try:
            txt = data.decode(cs)
        except (UnicodeDecodeError, LookupError):
            errs.append("%s: does not decode as %s" % (where, cs))
            txt = data.decode("latin-1")
        if cs.lower() == "utf-8":
            pass
        fmt = format_check(ct, part.get_filename(), data, where, errs) if part.get_filename() or ct in (
            "text/csv", "text/calendar", "text/vcard") else ""
        scan_text(txt, where, errs, stats)
        return
    txt = format_check(ct, part.get_filename(), data, where, errs)
    scan_text(txt or "", where, errs, stats)


def _body_charsets(msg):
    out = set()
    stack = [msg]
    while stack:
        part = stack.pop()
        ct = part.get_content_type()
        if ct == "message/rfc822" or ct.startswith("message/"):
            continue
        if part.is_multipart():
            stack.extend(part.get_payload())
        elif part.get_content_maintype() == "text" and part.get_content_charset():
            out.add(part.get_content_charset().lower())
    return out


def ew_charset_check(data, msg, where, errs):
    """Encoded words in Subject / From / To / Cc use a charset of the body."""
    head = data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")
    head = re.sub(r"\r\n[ \t]+", " ", head)
    body_cs = _body_charsets(msg)
    for line in head.split("\r\n"):
        name = line.split(":", 1)[0].lower()
        if name not in ("subject", "from", "to", "cc"):
            continue
        for cs in re.findall(r"=\?([^?]+)\?[BbQq]\?", line):
            if body_cs and cs.lower() not in body_cs:
                errs.append("%s: %s encoded in %s, body is %s" % (where, name, cs, ",".join(sorted(body_cs))))


def check_files(files, tsv, order):
    errs = []
    stats = {"npi": 0, "dea": 0, "mbi": 0, "rfc822": 0, "dsn": 0, "parts": 0}
    counts = {k: 0 for k in LABELS}
    cats = {k: 0 for k in CATS}
    traps = 0
    nums = []
    nonen = 0
    meta = {m["slug"]: m for m in order}
    for path, data in sorted(files.items()):
        label, fn = path.split(os.sep)
        mm = re.fullmatch(r"(\d{3})-([a-z0-9-]+)\.eml", fn)
        if not mm:
            errs.append("%s: bad file name" % path)
            continue
        nums.append(int(mm.group(1)))
        slug = mm.group(2)
        m = meta[slug]
        if m["label"] != label:
            errs.append("%s: directory is not the label" % path)
        counts[label] += 1
        if slug.startswith("trap-"):
            traps += 1
            if label != "none":
                errs.append("%s: trap- outside none/" % path)
        if label == "restricted":
            cats[m["cat"]] += 1
        if m["lang"] != "en":
            nonen += 1
        if len(data) > 200 * 1024:
            errs.append("%s: larger than 200 KiB" % path)
        raw_checks(data, path, errs)
        msg = BytesParser(policy=_policy.default).parsebytes(data)
        check_msg(msg, path, errs, stats)
        ew_charset_check(data, msg, path, errs)
    if sorted(nums) != list(range(1, 201)):
        errs.append("numbers are not exactly 001-200")
    for k, v in EXPECT.items():
        if counts[k] != v:
            errs.append("count %s = %d, expected %d" % (k, counts[k], v))
    if traps < EXPECT_TRAPS_MIN:
        errs.append("only %d traps" % traps)
    for c in CATS:
        if cats[c] < EXPECT_CAT_MIN:
            errs.append("restricted category %s has %d < %d" % (c, cats[c], EXPECT_CAT_MIN))
    if nonen != EXPECT_NONEN:
        errs.append("%d messages not in English, expected %d" % (nonen, EXPECT_NONEN))
    # labels.tsv agrees with the directories
    rows = [r.split("\t") for r in tsv.rstrip("\n").split("\n")]
    if [r[0] for r in rows] != sorted(r[0] for r in rows):
        errs.append("labels.tsv not sorted by file name")
    want = {os.path.basename(p): p.split(os.sep)[0] for p in files}
    got = {}
    for r in rows:
        if len(r) != 3 or not r[2].strip():
            errs.append("labels.tsv bad row %r" % r[:1])
            continue
        got[r[0]] = r[1]
    if got != want:
        errs.append("labels.tsv does not agree with the directories")
    sizes = sorted(len(d) for d in files.values())
    return errs, counts, cats, traps, nonen, stats, sizes


def read_disk():
    files = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            with open(os.path.join(d, fn), "rb") as f:
                files[os.path.join(lab, fn)] = f.read()
    tsv_path = os.path.join(HERE, "labels.tsv")
    tsv = open(tsv_path, encoding="utf-8").read() if os.path.exists(tsv_path) else ""
    return files, tsv


def main(argv):
    order, gen_files, gen_tsv = build_all()
    if "--check" not in argv:
        for lab in LABELS:
            d = os.path.join(HERE, lab)
            os.makedirs(d, exist_ok=True)
            for fn in os.listdir(d):
                if fn.endswith(".eml"):
                    os.remove(os.path.join(d, fn))
        for path, data in gen_files.items():
            with open(os.path.join(HERE, path), "wb") as f:
                f.write(data)
        with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
            f.write(gen_tsv)
    files, tsv = read_disk()
    errs, counts, cats, traps, nonen, stats, sizes = check_files(files, tsv, order)
    if files != gen_files:
        diff = sorted(set(files) ^ set(gen_files)) or [p for p in files if files[p] != gen_files.get(p)]
        errs.append("files on disk differ from gen.py output: %s" % ", ".join(diff[:5]))
    if tsv != gen_tsv:
        errs.append("labels.tsv on disk differs from gen.py output")
    for e in errs[:200]:
        print("ERROR", e)
    big = sum(1 for s in sizes if s >= 10 * 1024)
    print("wide8: %d files: none=%d phi=%d restricted=%d traps=%d | restricted mh=%d sud=%d hiv=%d gen=%d rep=%d"
          " | not-English=%d | rfc822=%d dsn=%d NPI=%d DEA=%d MBI=%d | >=10KiB: %d, largest %d bytes | %s"
          % (len(files), counts["none"], counts["phi"], counts["restricted"], traps,
             cats["mh"], cats["sud"], cats["hiv"], cats["gen"], cats["rep"], nonen,
             stats["rfc822"], stats["dsn"], stats["npi"], stats["dea"], stats["mbi"],
             big, sizes[-1] if sizes else 0, "OK" if not errs else "%d ERRORS" % len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
