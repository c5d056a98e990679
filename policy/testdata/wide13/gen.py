#!/usr/bin/env python3
"""wide13 generator: the volume template mail that an outbound relay carries
for clinics, hospitals, health plans, pharmacies and EHR vendors.

python3 gen.py           rewrite every .eml and labels.tsv, then check
python3 gen.py --check   only verify what is on disk

Python 3 standard library only; deterministic output.
"""
import base64
import binascii
import csv
import datetime
import email.utils
import hashlib
import io
import json
import os
import quopri
import random
import re
import sys
import xml.dom.minidom
import zlib
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261213
LABELS = ("none", "phi", "restricted")
CATS = ("mh", "sud", "hiv", "gen", "repro")
EXPECT = {"none": 80, "phi": 75, "restricted": 45}
NON_ENGLISH = 40
MIN_TRAPS = 55

MESSAGES = []


def msg(slug, label, reason, cat=None, lang="en"):
    """Register one hand-written message. cat is the restricted category."""
    def deco(fn):
        MESSAGES.append(dict(slug=slug, label=label, reason=reason,
                             cat=cat, lang=lang, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- invented ids

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def npi(base9):
    """Complete a 9-digit base into an NPI that passes Luhn with 80840."""
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c
    raise ValueError(base9)


def npi_ok(n):
    return len(n) == 10 and n.isdigit() and luhn_ok("80840" + n)


def dea(prefix2, six):
    d = [int(x) for x in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix2 + six + str(chk)


def dea_ok(s):
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", s):
        return False
    d = [int(x) for x in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_MBI_L = "ACDEFGHJKMNPQRTUVWXY"
_MBI_AN = _MBI_L + "0123456789"


def mbi_ok(s):
    s = s.replace("-", "")
    if len(s) != 11:
        return False
    pat = ["123456789", _MBI_L, _MBI_AN, "0123456789", _MBI_L, _MBI_AN,
           "0123456789", _MBI_L, _MBI_L, "0123456789", "0123456789"]
    return all(ch in allowed for ch, allowed in zip(s, pat))


# ---------------------------------------------------------------- encoders

def crlf(s):
    return s.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def qp(data):
    """Quoted-printable with CRLF hard breaks and lines of 76 or fewer."""
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            elif b in (9, 32) and not last:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def ew(s, cs="utf-8", mode="B"):
    """RFC 2047 encoded words (folded) for a header value; ASCII unchanged."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    cur = ""

    def enc(chunk):
        raw = chunk.encode(cs)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(raw).decode())
        q = ""
        for b in raw:
            if b == 32:
                q += "_"
            elif (48 <= b <= 57) or (65 <= b <= 90) or (97 <= b <= 122) or b in b"!*+-/":
                q += chr(b)
            else:
                q += "=%02X" % b
        return "=?%s?Q?%s?=" % (cs, q)

    for ch in s:
        if cur and len(enc(cur + ch)) > 72:
            words.append(enc(cur))
            cur = ""
        cur += ch
    if cur:
        words.append(enc(cur))
    return "\r\n ".join(words)


def addr(name, mail, cs="utf-8", mode="B"):
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r'[()<>@,;:\\".\[\]]', name):
            name = '"%s"' % name.replace('"', '\\"')
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (ew(name, cs, mode), mail)


_TZ = {}


def date(s, tz="-0500"):
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=datetime.timezone(off))
    return email.utils.format_datetime(dt)


# ---------------------------------------------------------------- entities
# An entity is (list of header lines, body bytes ending in CRLF).

class Ctx:
    slug = ""
    n = 0


def _bnd():
    Ctx.n += 1
    h = hashlib.sha1(("%s/%d" % (Ctx.slug, Ctx.n)).encode()).hexdigest()
    return "----=_Part_%d_%s" % (Ctx.n, h[:18])


def _encode(data, cte):
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        return qp(data) + b"\r\n"
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


def text(s, sub="plain", cs="utf-8", cte=None, headers=None, fmt=None):
    data = crlf(s).encode(cs)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    if cte == "qp":
        cte = "quoted-printable"
    ct = 'Content-Type: text/%s; charset="%s"' % (sub, cs)
    if fmt:
        ct += "; format=%s" % fmt
    h = [ct, "Content-Transfer-Encoding: " + cte]
    return (h + list(headers or []), _encode(data, cte))


def html(s, cs="utf-8", cte="quoted-printable", headers=None):
    return text(s, "html", cs, cte, headers)


def fname_params(filename):
    if all(ord(c) < 128 for c in filename):
        return '; filename="%s"' % filename, '; name="%s"' % filename
    q = "".join(ch if re.match(r"[A-Za-z0-9._-]", ch) else
                "".join("%%%02X" % b for b in ch.encode("utf-8")) for ch in filename)
    return "; filename*=UTF-8''%s" % q, "; name*=UTF-8''%s" % q


def attach(ctype, data, filename=None, cte="base64", disp="attachment",
           cs=None, headers=None, ctparams=""):
    if isinstance(data, str):
        data = crlf(data).encode(cs or "utf-8")
    ct = "Content-Type: " + ctype
    if cs:
        ct += '; charset="%s"' % cs
    ct += ctparams
    dh = "Content-Disposition: " + disp
    if filename:
        fp, np_ = fname_params(filename)
        ct += np_
        dh += fp
    if cte == "qp":
        cte = "quoted-printable"
    h = [ct, "Content-Transfer-Encoding: " + cte]
    if disp:
        h.append(dh)
    return (h + list(headers or []), _encode(data, cte))


def multi(sub, parts, params="", preamble=True, headers=None):
    b = _bnd()
    h = ['Content-Type: multipart/%s;\r\n boundary="%s"%s' % (sub, b, params)]
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\r\n\r\n"
    for ph, pb in parts:
        body += b"--" + b.encode() + b"\r\n"
        body += "\r\n".join(ph).encode() + b"\r\n\r\n" + pb
        if not pb.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + b.encode() + b"--\r\n"
    return (h + list(headers or []), body)


def alt(plain, htm, preamble=False):
    return multi("alternative", [plain, htm], preamble=preamble)


def rfc822(raw, disp="inline", filename=None):
    h = ["Content-Type: message/rfc822"]
    if filename:
        h.append('Content-Disposition: %s; filename="%s"' % (disp, filename))
    else:
        h.append("Content-Disposition: " + disp)
    return (h, raw)


def mail(frm, to, subject, dt, body, cc=None, extra=None, subj_cs="utf-8",
         subj_mode="B", mid_domain=None, inner=False, version=True):
    Ctx.n += 1
    dom = (mid_domain or frm.rsplit("@", 1)[1].rstrip(">")).strip()
    h = hashlib.sha1(("%s#%d" % (Ctx.slug, Ctx.n)).encode()).hexdigest()
    mid = "<%s.%s@%s>" % (h[:12].upper(), h[12:20], dom)
    hdr = ["From: " + frm, "To: " + to]
    if cc:
        hdr.append("Cc: " + cc)
    hdr += ["Subject: " + ew(subject, subj_cs, subj_mode), "Date: " + dt,
            "Message-ID: " + mid]
    for k, v in (extra or []):
        hdr.append("%s: %s" % (k, v))
    if version:
        hdr.append("MIME-Version: 1.0")
    bh, bb = body
    hdr += bh
    return ("\r\n".join(hdr) + "\r\n\r\n").encode("ascii") + bb


# ---------------------------------------------------------------- PDF

def _pdf_str(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("cp1252")


def pdf(pages, flate=False, title=None, size=10):
    """Minimal valid PDF: Helvetica text, one content stream per page."""
    objs = {}
    npages = len(pages)
    first_page = 4
    kids = " ".join("%d 0 R" % (first_page + 2 * i) for i in range(npages))
    info = ""
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    for i, lines in enumerate(pages):
        pno = first_page + 2 * i
        cno = pno + 1
        objs[pno] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % cno).encode()
        st = b"BT\n/F1 %d Tf\n%d TL\n54 740 Td\n" % (size, size + 4)
        for ln in lines:
            st += b"(" + _pdf_str(ln) + b") Tj T*\n"
        st += b"ET\n"
        if flate:
            st = zlib.compress(st, 9)
            objs[cno] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(st) + st + b"\nendstream"
        else:
            objs[cno] = b"<< /Length %d >>\nstream\n" % len(st) + st + b"\nendstream"
    n = max(objs) + 1
    if title:
        objs[n] = b"<< /Title (" + _pdf_str(title) + b") /Producer (LetterGen 4.2) >>"
        info = " /Info %d 0 R" % n
        n += 1
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = {}
    for i in range(1, n):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % n
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offs[i]
    out += ("trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (n, info, x)).encode()
    return out


def pdf_check(data):
    errs = []
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        return ["pdf: missing %PDF- or %%EOF"]
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        return ["pdf: no startxref"]
    x = int(m.group(1))
    if not data[x:].startswith(b"xref"):
        return ["pdf: startxref does not point at xref"]
    lines = data[x:].split(b"\n")
    start, count = map(int, lines[1].split())
    for i in range(count):
        ent = lines[2 + i]
        off, gen, kind = ent.split()[:3]
        num = start + i
        if kind == b"n" and not data[int(off):].startswith(b"%d 0 obj" % num):
            errs.append("pdf: xref entry %d wrong" % num)
    for sm in re.finditer(rb"<<([^<>]*?)/Length (\d+)([^<>]*?)>>\nstream\n", data):
        ln = int(sm.group(2))
        s = sm.end()
        if data[s + ln:s + ln + 10] != b"\nendstream":
            errs.append("pdf: bad /Length")
            continue
        if b"FlateDecode" in sm.group(0):
            try:
                zlib.decompress(data[s:s + ln])
            except zlib.error:
                errs.append("pdf: flate stream does not inflate")
    return errs


def pdf_text(data):
    out = []
    for sm in re.finditer(rb"<<([^<>]*?)/Length (\d+)([^<>]*?)>>\nstream\n", data):
        ln = int(sm.group(2))
        s = data[sm.end():sm.end() + ln]
        if b"FlateDecode" in sm.group(0):
            try:
                s = zlib.decompress(s)
            except zlib.error:
                continue
        for t in re.findall(rb"\(((?:\\.|[^\\)])*)\)", s):
            out.append(re.sub(rb"\\(.)", rb"\1", t).decode("cp1252", "replace"))
    return "\n".join(out)


# ---------------------------------------------------------------- shared bits

def pixel(host, token):
    return ('<img src="https://%s/o/%s.gif" width="1" height="1" alt="" '
            'style="display:block;border:0;width:1px;height:1px">' % (host, token))


def tok(s):
    return hashlib.md5(s.encode()).hexdigest()[:20]


def bulk(unsub, campaign=None, extra=None):
    h = [("List-Unsubscribe", "<%s>" % unsub),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Precedence", "bulk")]
    if campaign:
        h.append(("X-Campaign-ID", campaign))
    return h + list(extra or [])


AUTO = [("Auto-Submitted", "auto-generated")]


# ---------------------------------------------------------------- sender templates
# Each of these is one organisation's own template chrome. The text inside is
# written per message below.

LAKESIDE_FOOT = """Lakeside Health &middot; 2200 Lakeshore Parkway &middot; Port Alden, WI 53090 &middot; (414) 555-0110"""


def lakeside_page(preheader, inner, token, reason_line, unsub=None):
    unsub_html = ""
    if unsub:
        unsub_html = ('<a href="%s" style="color:#5b6b7a">Unsubscribe</a> &middot; '
                      '<a href="https://lakesidehealth.example.org/preferences" style="color:#5b6b7a">Email preferences</a><br>' % unsub)
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lakeside Health</title>
<style>body{margin:0;padding:0;background:#eef2f5}a{color:#0b5c8e}
@media (max-width:620px){.wrap{width:100% !important}}</style></head>
<body style="margin:0;padding:0;background:#eef2f5">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">[[PRE]]</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef2f5">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:6px">
<tr><td style="background:#0b5c8e;padding:18px 28px;border-radius:6px 6px 0 0">
<img src="https://cdn.lakesidehealth.example.org/email/logo-white-2x.png" width="168" height="36" alt="Lakeside Health" style="display:block;border:0"></td></tr>
<tr><td style="padding:28px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:22px;color:#1d2b36">
[[INNER]]
</td></tr>
<tr><td style="padding:18px 28px;background:#f6f8fa;font-family:Arial,Helvetica,sans-serif;font-size:11px;line-height:16px;color:#5b6b7a;border-radius:0 0 6px 6px">
[[REASON]]<br><br>
[[UNSUB]][[FOOT]]<br><br>
CONFIDENTIALITY NOTICE: This e-mail may contain protected health information (PHI) that is
privileged and confidential under HIPAA and state law. If you received it in error, please
delete it and call (414) 555-0110. Lakeside Health will never ask for your password by e-mail.
</td></tr></table>
[[PIXEL]]
</td></tr></table></body></html>
""".replace("[[PRE]]", preheader).replace("[[INNER]]", inner).replace(
        "[[REASON]]", reason_line).replace("[[UNSUB]]", unsub_html).replace(
        "[[FOOT]]", LAKESIDE_FOOT).replace("[[PIXEL]]", pixel("t.lakesidehealth.example.org", token))


def meridian_portal(practice, inner, token, practice_line):
    """Patient-portal notification chrome of the invented MeridianEHR product."""
    return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Segoe UI',Tahoma,sans-serif;color:#222;background:#fafafa">
<table width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="560" cellspacing="0" cellpadding="0" style="border:1px solid #dcdcdc;background:#fff">
<tr><td style="padding:14px 20px;border-bottom:3px solid #6a3fa0;font-size:18px;color:#6a3fa0"><b>MyMeridian</b>
<span style="color:#888;font-size:13px">&nbsp;|&nbsp;[[PRACTICE]]</span></td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
[[INNER]]
</td></tr>
<tr><td style="padding:12px 20px;font-size:11px;color:#777;background:#f3f0f7">
[[PLINE]]<br>
This notification was sent by MeridianEHR on behalf of your care provider. Do not reply to this
e-mail; the mailbox is not monitored. To change how you are notified, sign in and open
Settings &gt; Notifications. MeridianEHR, 4100 Fulton Ridge Rd, Suite 300, Cary Falls, NC 27599.
</td></tr></table>
[[PIXEL]]
</td></tr></table></body></html>
""".replace("[[PRACTICE]]", practice).replace("[[INNER]]", inner).replace(
        "[[PLINE]]", practice_line).replace("[[PIXEL]]", pixel("px.meridianehr.example.com", token))


def remindwell(practice, color, inner, token, confirm_id, address_line):
    """Appointment-reminder chrome of the invented RemindWell vendor."""
    return """<!doctype html><html><body style="margin:0;background:#f4f4f4">
<center><table width="100%" style="max-width:540px;background:#ffffff;font-family:Helvetica,Arial,sans-serif" cellpadding="0" cellspacing="0">
<tr><td style="background:[[COLOR]];color:#fff;padding:16px 22px;font-size:20px;font-weight:bold">[[PRACTICE]]</td></tr>
<tr><td style="padding:22px;font-size:15px;color:#333;line-height:1.45">
[[INNER]]
<table cellpadding="0" cellspacing="0" style="margin:18px 0"><tr>
<td style="background:#2e8b57;border-radius:4px;padding:10px 18px"><a href="https://r.remindwell.example.net/c/[[CID]]?a=confirm" style="color:#fff;text-decoration:none;font-weight:bold">Confirm</a></td>
<td width="10"></td>
<td style="background:#b03a2e;border-radius:4px;padding:10px 18px"><a href="https://r.remindwell.example.net/c/[[CID]]?a=cancel" style="color:#fff;text-decoration:none;font-weight:bold">Cancel</a></td>
<td width="10"></td>
<td style="border:1px solid #999;border-radius:4px;padding:9px 17px"><a href="https://r.remindwell.example.net/c/[[CID]]?a=resched" style="color:#333;text-decoration:none">Reschedule</a></td>
</tr></table>
</td></tr>
<tr><td style="padding:14px 22px;border-top:1px solid #e5e5e5;font-size:11px;color:#888">
[[ADDR]]<br>
Sent by RemindWell on behalf of [[PRACTICE]]. Reminders are automated; replies are not read.
<a href="https://r.remindwell.example.net/u/[[CID]]" style="color:#888">Stop appointment e-mails</a>
</td></tr></table>[[PIXEL]]</center></body></html>
""".replace("[[COLOR]]", color).replace("[[PRACTICE]]", practice).replace(
        "[[INNER]]", inner).replace("[[CID]]", confirm_id).replace(
        "[[ADDR]]", address_line).replace("[[PIXEL]]", pixel("o.remindwell.example.net", token))


SUMMIT_TAGLINES = """ATENCI&Oacute;N: si habla espa&ntilde;ol, tiene a su disposici&oacute;n servicios gratuitos de asistencia ling&uuml;&iacute;stica. Llame al 1-800-555-0134 (TTY: 711).<br>
CH&Uacute; &Yacute;: N&#7871;u b&#7841;n n&oacute;i Ti&#7871;ng Vi&#7879;t, c&oacute; c&aacute;c d&#7883;ch v&#7909; h&#7895; tr&#7907; ng&ocirc;n ng&#7919; mi&#7877;n ph&iacute; d&agrave;nh cho b&#7841;n. G&#7885;i s&#7889; 1-800-555-0134 (TTY: 711)."""


def summit_page(title, inner, token, unsub=None, member_line=""):
    u = ""
    if unsub:
        u = '<p><a href="%s" style="color:#666">Unsubscribe from Summit Health Plan e-mail</a></p>' % unsub
    return """<html><head><meta charset="UTF-8"><title>[[TITLE]]</title></head>
<body bgcolor="#ffffff" style="margin:0">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="620" border="0" cellspacing="0" cellpadding="0">
<tr><td style="padding:20px 0 10px 0"><img src="https://img.summithealthplan.example.com/brand/summit-logo.png" alt="Summit Health Plan" width="190" height="44"></td></tr>
<tr><td style="background:#1f6f50;height:4px;font-size:0;line-height:0">&nbsp;</td></tr>
<tr><td style="padding:22px 4px;font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:24px;color:#2a2a2a">
[[INNER]]
</td></tr>
<tr><td style="padding:16px 4px;border-top:1px solid #cfd8d3;font-family:Arial,sans-serif;font-size:10px;line-height:14px;color:#666">
[[MEMBER]]
<p>Summit Health Plan, Inc. &middot; PO Box 4471 &middot; Granite Falls, CO 80999 &middot; Member Services 1-800-555-0134 (TTY 711), 8 a.m. to 8 p.m., seven days a week.</p>
<p>Summit Health Plan complies with applicable federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.</p>
<p>[[TAGLINES]]</p>
<p>Your privacy matters. We protect your health information as required by HIPAA. Read our Notice of Privacy Practices at https://www.summithealthplan.example.com/privacy.</p>
[[UNSUB]]
</td></tr></table>[[PIXEL]]
</td></tr></table></body></html>
""".replace("[[TITLE]]", title).replace("[[INNER]]", inner).replace(
        "[[MEMBER]]", member_line).replace("[[TAGLINES]]", SUMMIT_TAGLINES).replace(
        "[[UNSUB]]", u).replace("[[PIXEL]]", pixel("e.summithealthplan.example.com", token))


def plain_footer_summit():
    return ("\n--\nSummit Health Plan, Inc. | PO Box 4471 | Granite Falls, CO 80999\n"
            "Member Services 1-800-555-0134 (TTY 711)\n"
            "We protect your health information as required by HIPAA.\n")


NPI_PATEL = npi("132748591")
NPI_OYELARAN = npi("148203377")
NPI_HUANG = npi("119460283")
NPI_BRANDT = npi("167305921")
NPI_RUIZ = npi("155019468")
NPI_NAKAMURA = npi("173298804")
NPI_OKONKWO = npi("184402716")
NPI_LINDQVIST = npi("120587339")
NPI_GROUP_NORTHGATE = npi("164229830")
NPI_GROUP_LAKESIDE = npi("195830127")
NPI_FERREIRA = npi("138827605")
NPI_WOJCIK = npi("141175092")
DEA_PATEL = dea("BP", "482913")
DEA_FERREIRA = dea("AF", "230775")


def text_to_html(t):
    """The HTML rendering a template engine makes from a plain-text body."""
    import html as _h
    out = []
    for para in t.strip("\n").split("\n\n"):
        lines = [_h.escape(x) for x in para.split("\n")]
        lines = [re.sub(r"(https?://[^\s<]+)", r'<a href="\1">\1</a>', x) for x in lines]
        if all(x.startswith(("  ", "- ", "* ", "&gt; ")) or not x.strip() for x in lines):
            out.append('<p style="margin:0 0 14px 0;font-family:Consolas,Menlo,monospace;font-size:13px;white-space:pre-wrap">'
                       + "<br>".join(lines) + "</p>")
        else:
            out.append('<p style="margin:0 0 14px 0">' + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def lk_alt(t, pre, reason, unsub=None, cte=None):
    h = lakeside_page(pre, text_to_html(t), tok(pre + reason), reason, unsub)
    return alt(text(t, cte=cte), html(h))


def sm_alt(t, title, cte=None, member_line="", unsub=None):
    body = t.split("\n--\nSummit Health Plan, Inc.")[0]
    h = summit_page(title, text_to_html(body), tok(title + body[:40]), unsub=unsub, member_line=member_line)
    return alt(text(t, cte=cte), html(h))


# ================================================================ phi: reminders, letters, statements

@msg("appt-reminder-cardiology-html", "phi",
     "reminder to a named patient of her appointment with Lakeside Heart & Vascular cardiology, provider, date and time")
def _():
    plain = """Hi Gloria,

This is a reminder of your upcoming appointment.

  With:      Anil Patel, MD - Cardiology
  Where:     Lakeside Heart & Vascular Institute, 3rd floor
             2200 Lakeshore Parkway, Port Alden, WI 53090
  When:      Tuesday, December 8, 2026 at 10:20 AM
             Please arrive by 10:05 AM to check in.

Please bring a current list of your medications, including any
over-the-counter products, and your insurance card. If you use a
home blood pressure monitor, bring your log.

Need to cancel or reschedule? Call (414) 555-0117 at least 24 hours
before your visit, or use Lakeside MyHealth.

Lakeside Health
2200 Lakeshore Parkway, Port Alden, WI 53090
You are receiving this e-mail because you have an upcoming appointment.
"""
    inner = """<p style="margin:0 0 14px 0;font-size:20px;font-weight:bold">Your appointment is coming up</p>
<p style="margin:0 0 14px 0">Hi Gloria,</p>
<p style="margin:0 0 14px 0">This is a reminder of your upcoming appointment.</p>
<table role="presentation" cellpadding="6" cellspacing="0" border="0" style="border:1px solid #d6dee5;width:100%;font-size:14px">
<tr><td style="background:#f1f5f8;width:90px"><b>With</b></td><td>Anil Patel, MD &ndash; Cardiology</td></tr>
<tr><td style="background:#f1f5f8"><b>Where</b></td><td>Lakeside Heart &amp; Vascular Institute, 3rd floor<br>2200 Lakeshore Parkway, Port Alden, WI 53090</td></tr>
<tr><td style="background:#f1f5f8"><b>When</b></td><td>Tuesday, December 8, 2026 at 10:20&nbsp;AM<br><span style="color:#5b6b7a">Please arrive by 10:05 AM to check in.</span></td></tr>
</table>
<p style="margin:14px 0">Please bring a current list of your medications, including any over-the-counter products, and your insurance card. If you use a home blood pressure monitor, bring your log.</p>
<p style="margin:20px 0"><a href="https://myhealth.lakesidehealth.example.org/appointments/8841207?src=em" style="background:#0b5c8e;color:#ffffff;padding:11px 20px;border-radius:4px;text-decoration:none;font-weight:bold">View appointment details</a></p>
<p style="margin:0">Need to cancel or reschedule? Call <a href="tel:+14145550117">(414) 555-0117</a> at least 24 hours before your visit.</p>"""
    h = lakeside_page("Tuesday, December 8 at 10:20 AM with Anil Patel, MD", inner,
                      tok("cardio-rem"), "You are receiving this e-mail because you have an upcoming appointment at Lakeside Health.")
    return mail(addr("Lakeside Health", "appointments@notify.lakesidehealth.example.org"),
                addr("Gloria Feeney", "gfeeney58@mail.example.com"),
                "Reminder: your appointment on Tue, Dec 8 at 10:20 AM",
                date("2026-12-04 06:02", "-0600"), alt(text(plain), html(h)),
                extra=AUTO + [("X-Mailer", "LakesideNotify/3.8")])


@msg("appt-confirm-dermatology-ics", "phi",
     "confirmation to a named patient of a dermatology biopsy-site follow-up, with an ICS invite")
def _():
    plain = """Tomas Reyes, your appointment is confirmed.

Brookfield Dermatology
Friday, December 11, 2026, 1:40 PM
Provider: Mei-Lin Huang, PA-C
Visit type: Follow-up - biopsy site check, left shoulder

Location: 510 Garnet Ave, Suite 12, Brookfield Heights
Phone: (262) 555-0163

A calendar invitation is attached. Sign in to MyMeridian to complete
e-check-in up to 3 days before your visit.
"""
    inner = """<p>Tomas Reyes, your appointment is <b>confirmed</b>.</p>
<table cellpadding="4" cellspacing="0" style="font-size:14px">
<tr><td style="color:#6a3fa0">Date</td><td>Friday, December 11, 2026</td></tr>
<tr><td style="color:#6a3fa0">Time</td><td>1:40 PM</td></tr>
<tr><td style="color:#6a3fa0">Provider</td><td>Mei-Lin Huang, PA-C</td></tr>
<tr><td style="color:#6a3fa0">Visit type</td><td>Follow-up &ndash; biopsy site check, left shoulder</td></tr>
<tr><td style="color:#6a3fa0">Location</td><td>510 Garnet Ave, Suite 12, Brookfield Heights</td></tr>
</table>
<p>A calendar invitation is attached. <a href="https://my.meridianehr.example.com/brookfield/echeckin">Complete e-check-in</a> up to 3 days before your visit.</p>"""
    h = meridian_portal("Brookfield Dermatology", inner, tok("derm-ics"),
                        "Brookfield Dermatology &middot; (262) 555-0163")
    ics = """BEGIN:VCALENDAR
PRODID:-//MeridianEHR//Scheduling 12.4//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:appt-55031882@brookfield.meridianehr.example.com
DTSTAMP:20261202T154011Z
DTSTART:20261211T194000Z
DTEND:20261211T200000Z
SUMMARY:Brookfield Dermatology - Follow-up (biopsy site check)
LOCATION:510 Garnet Ave\\, Suite 12\\, Brookfield Heights
DESCRIPTION:Patient: Tomas Reyes\\nProvider: Mei-Lin Huang\\, PA-C\\nBring a
 list of current medications.
ORGANIZER;CN=Brookfield Dermatology:mailto:noreply@brookfield.meridianehr.example.com
ATTENDEE;CN=Tomas Reyes;RSVP=FALSE:mailto:t.reyes@mail.example.net
END:VEVENT
END:VCALENDAR
"""
    body = multi("mixed", [alt(text(plain), html(h)),
                           attach("text/calendar", ics, "appointment.ics", cte="7bit",
                                  cs="utf-8", ctparams="; method=REQUEST")])
    return mail(addr("Brookfield Dermatology", "noreply@brookfield.meridianehr.example.com"),
                addr("Tomas Reyes", "t.reyes@mail.example.net"),
                "Appointment confirmed - Fri 12/11 1:40 PM", date("2026-12-02 09:40", "-0600"),
                body, extra=AUTO)


@msg("sms-gateway-reminder-hand-surgery", "phi",
     "email-to-SMS reminder naming the patient, the hand surgeon and the appointment time")
def _():
    t = ("Pinecrest Ortho: Hi Derek, reminder of your appt w/ Dr. Brandt (hand surgery) "
         "Thu 12/10 2:45p, 88 Elm Ct Ste 2. Reply C to confirm, R to resched. STOP to opt out\n")
    return mail("reminders@pinecrestortho.example.com", "4145550147@txt.carrier.example.net",
                "Appt reminder", date("2026-12-08 14:45", "-0600"), text(t),
                extra=[("X-Mailer", "PCO-SMSBridge 1.2")])


@msg("recall-letter-colonoscopy-pdf", "phi",
     "surveillance colonoscopy recall letter (PDF) for a named patient with DOB and prior adenoma history")
def _():
    letter = [
        "VALLEY DIGESTIVE HEALTH, S.C.",
        "1180 Orchard Park Drive, Suite 400  |  Fenwick, WI 53188  |  (262) 555-0129",
        "",
        "December 1, 2026",
        "",
        "Albert J. Kowalczyk",
        "4417 N. Birchwood Lane",
        "Fenwick, WI 53188",
        "",
        "RE: Albert J. Kowalczyk     DOB: 04/17/1961     Acct: VDH-0093318",
        "",
        "Dear Mr. Kowalczyk,",
        "",
        "Our records show that your last colonoscopy was performed on November 2, 2021",
        "by Dr. Kevin Huang. At that time two small polyps (tubular adenomas) were",
        "removed. Based on those findings, Dr. Huang recommended a repeat colonoscopy",
        "in five years, which is now due.",
        "",
        "Please call our scheduling line at (262) 555-0129 to arrange your procedure.",
        "When you call, tell us about any changes in your medications, especially blood",
        "thinners or diabetes medicines, so that our nurses can give you instructions.",
        "",
        "If you have had this procedure elsewhere, please let us know so that we can",
        "update your record.",
        "",
        "Sincerely,",
        "",
        "Recall Coordinator, on behalf of Kevin Huang, MD",
        "Valley Digestive Health, S.C.",
    ]
    body = multi("mixed", [
        text("""Dear Albert Kowalczyk,

Please see the attached letter from Valley Digestive Health.

If you cannot open the attachment, call us at (262) 555-0129.

Valley Digestive Health, S.C.
This message and any attachment are confidential and intended only for
the addressee.
"""),
        attach("application/pdf", pdf([letter], flate=True, title="Recall letter"),
               "VDH_Recall_Letter.pdf")])
    return mail(addr("Valley Digestive Health", "recall@valleydigestive.example.com"),
                addr("Albert Kowalczyk", "ajkowal@mail.example.org"),
                "A letter from Valley Digestive Health", date("2026-12-01 11:05", "-0600"), body,
                extra=[("X-Mailer", "LetterGen 4.2 (batch 2026-12-01 recall)")])


@msg("recall-mammogram-annual-html", "phi",
     "screening-mammogram recall addressed to a named patient, citing her last mammogram date")
def _():
    inner = """<p style="margin:0 0 14px 0;font-size:20px;font-weight:bold">Time for your annual mammogram</p>
<p>Hi Priya,</p>
<p>Our records show your last screening mammogram at the Lakeside Breast Imaging Center was on
<b>November 19, 2025</b>. Your care team recommends a screening mammogram every year.</p>
<p>Most plans cover an annual screening mammogram at no cost to you. Appointments are available
early mornings and Saturdays at our Port Alden and Westfield locations.</p>
<p style="margin:20px 0"><a href="https://myhealth.lakesidehealth.example.org/schedule/mammo?src=recall" style="background:#c2185b;color:#ffffff;padding:11px 20px;border-radius:4px;text-decoration:none;font-weight:bold">Schedule my mammogram</a></p>
<p>Prefer to call? Our imaging schedulers are available at (414) 555-0122, Monday to Friday, 7 am to 6 pm.</p>
<p style="font-size:13px;color:#5b6b7a">If you have already had a mammogram somewhere else this year, reply with the date and location so we can update your record.</p>"""
    h = lakeside_page("It has been a year since your last screening mammogram", inner, tok("mammo"),
                      "You are receiving this reminder as a patient of Lakeside Breast Imaging Center.",
                      unsub="https://lakesidehealth.example.org/u/recall?c=MAM27")
    return mail(addr("Lakeside Breast Imaging Center", "imaging@notify.lakesidehealth.example.org"),
                addr("Priya Raman", "priya.raman@mail.example.com"),
                "Priya, it's time to schedule your mammogram", date("2026-11-20 08:30", "-0600"),
                html(h), extra=bulk("mailto:unsub@notify.lakesidehealth.example.org?subject=recall", "REC-MAM-2611"))


@msg("results-ready-lipid-panel", "phi",
     "portal notice to a named patient naming the tests resulted (lipid panel, A1c) and the ordering doctor")
def _():
    inner = """<p>Hello Henry Abernathy,</p>
<p>New test results are available in your MyMeridian account.</p>
<ul>
<li>Lipid Panel &ndash; collected 12/01/2026</li>
<li>Hemoglobin A1c &ndash; collected 12/01/2026</li>
</ul>
<p>Ordered by: Folake Oyelaran, MD, Northgate Family Medicine</p>
<p>Your provider may add comments once the results are reviewed. Some results are released
to you before your provider has seen them.</p>
<p><a href="https://my.meridianehr.example.com/northgate/results" style="color:#6a3fa0;font-weight:bold">Sign in to view your results</a></p>"""
    plain = """Hello Henry Abernathy,

New test results are available in your MyMeridian account.

 * Lipid Panel - collected 12/01/2026
 * Hemoglobin A1c - collected 12/01/2026

Ordered by: Folake Oyelaran, MD, Northgate Family Medicine

Your provider may add comments once the results are reviewed. Some
results are released to you before your provider has seen them.

Sign in: https://my.meridianehr.example.com/northgate/results
"""
    h = meridian_portal("Northgate Family Medicine", inner, tok("lipid"),
                        "Northgate Family Medicine &middot; 77 Commerce St, Northgate, WI 53227 &middot; (414) 555-0150")
    return mail(addr("Northgate Family Medicine", "noreply@northgate.meridianehr.example.com"),
                "henry.abernathy@mail.example.net", "New test results are available",
                date("2026-12-02 17:21", "-0600"), alt(text(plain), html(h)), extra=AUTO)


@msg("results-ready-generic-named", "phi",
     "borderline: portal notice to a named patient that a new test result of hers is available, test not named")
def _():
    plain = """Hi Monique,

A new test result is available in your Lakeside MyHealth account.

Sign in to view it: https://myhealth.lakesidehealth.example.org/results

For your privacy, we do not include results in e-mail.

Lakeside MyHealth
Please do not reply to this message.
"""
    return mail(addr("Lakeside MyHealth", "myhealth@notify.lakesidehealth.example.org"),
                addr("Monique Tran-Baptiste", "monique.tb@mail.example.com"),
                "You have a new test result", date("2026-12-03 21:47", "-0600"), text(plain),
                extra=AUTO)


@msg("portal-invite-after-visit-pediatrics", "phi",
     "borderline: parent proxy invitation naming the child, her MRN and her visit to a named pediatric office")
def _():
    plain = """Dear Parent or Guardian of Ava Lindgren,

Thank you for visiting Brightpath Pediatrics on November 30, 2026.

You can now see Ava's visit summary, growth chart and immunizations and
send messages to her care team through a MyMeridian proxy account.

  Patient:          Ava Lindgren
  Medical record #: 20417736
  Activation code:  7KQ4-PX2M-93TD  (expires in 30 days)

Activate: https://my.meridianehr.example.com/brightpath/activate

Brightpath Pediatrics | 1290 Juniper Way, Oak Hollow | (608) 555-0181
"""
    return mail(addr("Brightpath Pediatrics", "noreply@brightpath.meridianehr.example.com"),
                addr("Kristen Lindgren", "klindgren@mail.example.org"),
                "Activate your MyMeridian proxy account for Ava", date("2026-11-30 16:12", "-0600"),
                text(plain), extra=AUTO)


@msg("previsit-questionnaire-colonoscopy", "phi",
     "pre-procedure questionnaire and prep instructions for a named patient's colonoscopy with date and doctor")
def _():
    plain = """Dear Raymond,

Your colonoscopy with Dr. Kevin Huang is scheduled for Tuesday,
December 15, 2026 at 7:30 AM at the Valley Digestive Health Endoscopy
Suite (1180 Orchard Park Drive, 2nd floor).

Before your procedure, please complete your pre-procedure health
questionnaire. It takes about 10 minutes and asks about your
medications, allergies, heart and lung conditions and prior anesthesia.

  Complete it here: https://forms.valleydigestive.example.com/q/PRE-ENDO?t=e9b41c07

Important reminders:
- Stop iron supplements 5 days before the procedure.
- If you take a blood thinner (such as warfarin, apixaban or
  clopidogrel), call us: do not stop it without instructions.
- Pick up your bowel prep (GoLYTELY) from your pharmacy. Prep
  instructions are attached to your portal message of 11/24.
- You must have a driver. Rideshare or taxi alone is not allowed.

Questions? Call the endoscopy nurses at (262) 555-0129, option 3.

Valley Digestive Health
"""
    return mail(addr("Valley Digestive Health", "endoscopy@valleydigestive.example.com"),
                addr("Raymond Oduya", "r.oduya@mail.example.com"),
                "Action needed: pre-procedure questionnaire for 12/15",
                date("2026-12-05 10:00", "-0600"), text(plain, cte="qp"),
                extra=[("X-Mailer", "FormFlow Notifier 2.1")])


@msg("statement-html-urgent-care", "phi",
     "patient statement for a named patient: account number, date of service, office visit and strep test, balance due")
def _():
    h = """<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="padding:14px;background:#004d61;color:#fff;font-size:18px">Riverbend Urgent Care &mdash; Statement</td></tr>
<tr><td style="padding:14px">
<p>Statement date: 12/03/2026<br>Guarantor: Natalie Voss<br>Account #: 10044821<br>Amount due: <b>$68.40</b> by 12/28/2026</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#c9d3d6;font-size:12px">
<tr style="background:#e6eef0"><th align="left">Date</th><th align="left">Patient</th><th align="left">Description</th><th align="right">Charges</th><th align="right">Insurance</th><th align="right">Adjust.</th><th align="right">You owe</th></tr>
<tr><td>10/27/2026</td><td>Natalie Voss</td><td>99214 Office visit, est. patient</td><td align="right">245.00</td><td align="right">-128.10</td><td align="right">-74.50</td><td align="right">42.40</td></tr>
<tr><td>10/27/2026</td><td>Natalie Voss</td><td>87880 Rapid strep antigen</td><td align="right">48.00</td><td align="right">-14.00</td><td align="right">-8.00</td><td align="right">26.00</td></tr>
<tr><td colspan="6" align="right"><b>Balance due</b></td><td align="right"><b>$68.40</b></td></tr>
</table>
<p>Insurance billed: Keystone Valley Health Plan, claim processed 11/21/2026. The amount shown is your coinsurance.</p>
<p><a href="https://pay.riverbenduc.example.com/s/10044821">Pay online</a> or call (920) 555-0178. We accept payment plans.</p>
<p style="font-size:10px;color:#777">Riverbend Urgent Care, LLC &middot; 305 River Rd, Appleton Ridge, WI 54999. This is a bill for services provided. It contains protected health information; if you received it in error please notify us and delete it.</p>
</td></tr></table>
""" + pixel("mail.riverbenduc.example.com", tok("rb-stmt")) + "</body></html>"
    return mail(addr("Riverbend Urgent Care Billing", "billing@riverbenduc.example.com"),
                addr("Natalie Voss", "natvoss@mail.example.net"),
                "Your Riverbend Urgent Care statement is ready", date("2026-12-03 05:15", "-0600"),
                html(h, cte="base64"))


@msg("payment-receipt-orthopedics", "phi",
     "payment receipt naming the patient, guarantor account, date of service and treating surgeon")
def _():
    t = """PINECREST ORTHOPEDICS & SPORTS MEDICINE
Payment receipt
---------------------------------------------
Receipt no.:        PR-2026-118842
Date:               12/06/2026 08:14 CST
Paid by:            Visa ending 4021
Amount:             $150.00

Applied to
  Guarantor acct:   7730019
  Patient:          Derek Lindahl
  Date of service:  11/05/2026
  Provider:         Jonas Brandt, MD (hand & upper extremity)
  Remaining balance on this visit: $0.00
---------------------------------------------
Thank you for your payment. Keep this receipt for your records; it
may be used for HSA or FSA reimbursement.

Pinecrest Orthopedics | 88 Elm Ct | Lake Delton Falls, WI 53940
Billing questions: (608) 555-0144
"""
    return mail(addr("Pinecrest Orthopedics", "receipts@pinecrestortho.example.com"),
                "dlindahl@mail.example.com", "Payment receipt PR-2026-118842",
                date("2026-12-06 08:14", "-0600"), text(t), extra=AUTO)


@msg("eob-ready-claim-detail", "phi",
     "health plan EOB notice for a named member: claim number, provider, CT scan, amounts the member owes")
def _():
    inner = """<p style="font-size:22px;margin:0 0 12px 0">Your Explanation of Benefits is ready</p>
<p>Dear Lucia Ferraro,</p>
<p>We processed a claim for services you received. This is not a bill.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px;border:1px solid #cfd8d3">
<tr style="background:#eaf3ee"><td>Claim number</td><td><b>26-331-004871</b></td></tr>
<tr><td>Member ID</td><td>SHP 7710 4829 01</td></tr>
<tr style="background:#eaf3ee"><td>Provider</td><td>Lakeside Health Imaging &ndash; Westfield</td></tr>
<tr><td>Service date</td><td>11/09/2026</td></tr>
<tr style="background:#eaf3ee"><td>Service</td><td>CT abdomen and pelvis with contrast (74177)</td></tr>
<tr><td>Amount billed</td><td>$2,140.00</td></tr>
<tr style="background:#eaf3ee"><td>Plan discount</td><td>-$501.80</td></tr>
<tr><td>Plan paid</td><td>$1,388.20</td></tr>
<tr style="background:#eaf3ee"><td><b>You may owe</b></td><td><b>$250.00</b> (deductible)</td></tr>
</table>
<p>Your provider may send you a bill for the amount you owe. <a href="https://members.summithealthplan.example.com/claims/26-331-004871">See the full EOB</a>.</p>"""
    h = summit_page("Explanation of Benefits", inner, tok("eob-ct"),
                    member_line="<p>You are receiving this e-mail because you chose paperless EOBs. Member: Lucia Ferraro.</p>")
    plain = """Dear Lucia Ferraro,

We processed a claim for services you received. This is not a bill.

Claim number:   26-331-004871
Member ID:      SHP 7710 4829 01
Provider:       Lakeside Health Imaging - Westfield
Service date:   11/09/2026
Service:        CT abdomen and pelvis with contrast (74177)
Amount billed:  $2,140.00
Plan discount:  -$501.80
Plan paid:      $1,388.20
You may owe:    $250.00 (deductible)

See the full EOB: https://members.summithealthplan.example.com/claims/26-331-004871
""" + plain_footer_summit()
    return mail(addr("Summit Health Plan", "eob@e.summithealthplan.example.com"),
                addr("Lucia Ferraro", "lferraro@mail.example.org"),
                "Your Explanation of Benefits is ready", date("2026-11-24 07:45", "-0700"),
                alt(text(plain, cte="qp"), html(h)), extra=AUTO + [("X-Campaign-ID", "EOB-PAPERLESS-W48")])


@msg("prior-auth-approved-mri-pdf", "phi",
     "prior-authorisation approval letter (PDF) for a named member's lumbar MRI with auth and member numbers")
def _():
    letter = [
        "KEYSTONE VALLEY HEALTH PLAN",
        "Utilization Management Department  |  PO Box 3090, Harrow, PA 17999",
        "Phone 1-866-555-0187   Fax 1-866-555-0188",
        "",
        "NOTICE OF APPROVAL",
        "",
        "Date of notice:        November 30, 2026",
        "Member:                Joseph Amari",
        "Member ID:             KVH448120773",
        "Date of birth:         09/03/1974",
        "Authorization number:  2026PA0098421",
        "Requesting provider:   Pinecrest Orthopedics (NPI " + NPI_BRANDT + ")",
        "Servicing facility:    Lakeside Health Imaging - Westfield",
        "",
        "Service approved:      72148  MRI lumbar spine without contrast   Units: 1",
        "Approved dates:        11/30/2026 through 02/28/2027",
        "",
        "We reviewed the request for the service listed above and found it medically",
        "necessary under your plan's coverage guidelines for low back pain with",
        "radiculopathy after six weeks of conservative treatment.",
        "",
        "This approval is not a guarantee of payment. Payment depends on your",
        "eligibility and benefits on the date of service.",
        "",
        "Keystone Valley Health Plan - Utilization Management",
    ]
    body = multi("mixed", [
        text("""Hello Joseph,

A letter about your authorization request is attached. You can also
view it in the Keystone member portal under Documents.

Keystone Valley Health Plan
Member Services 1-866-555-0187 (TTY 711)
"""),
        attach("application/pdf", pdf([letter], title="Notice of Approval 2026PA0098421"),
               "Notice_of_Approval_2026PA0098421.pdf")])
    return mail(addr("Keystone Valley Health Plan", "um-letters@kvhp.example.net"),
                addr("Joseph Amari", "joe.amari@mail.example.com"),
                "Important information about your authorization request",
                date("2026-11-30 13:22", "-0500"), body)


@msg("prior-auth-denied-semaglutide", "phi",
     "pharmacy coverage denial naming the member, the drug (semaglutide) and the step-therapy reason")
def _():
    t = """Dear Carla Mendes,

We have made a decision about the coverage request your prescriber,
Folake Oyelaran, MD, sent on November 27, 2026.

Drug requested:  Ozempic (semaglutide) 1 mg/0.75 mL pen injector
Decision:        NOT APPROVED
Reference #:     CD-26-1127-55802
Member ID:       SHP 3390 1174 02

Reason: Your plan covers this drug for type 2 diabetes after a trial of
metformin for at least 90 days. Our records do not show a claim for
metformin in the past 12 months, and the request did not include a
reason metformin cannot be used.

What you can do:
 - Ask your prescriber to send more information, such as a history of
   metformin use or intolerance.
 - Ask for a redetermination (appeal) within 65 days of this notice.
   Call 1-800-555-0134 (TTY 711) or write to Summit Health Plan,
   Pharmacy Appeals, PO Box 4471, Granite Falls, CO 80999.

A copy of this notice has been mailed to you and faxed to your
prescriber.
""" + plain_footer_summit()
    return mail(addr("Summit Health Plan Pharmacy Services", "rx-notices@e.summithealthplan.example.com"),
                addr("Carla Mendes", "carla.mendes@mail.example.net"),
                "Coverage decision about your prescription", date("2026-11-29 09:10", "-0700"),
                sm_alt(t, "Coverage decision", cte="qp"), extra=AUTO)


@msg("id-card-mailing-pcp-copays", "phi",
     "borderline: ID-card mailing for a named member with member ID and assigned PCP at a named practice (care relationship, benefits)")
def _():
    inner = """<p style="font-size:22px;margin:0 0 12px 0">Your 2027 ID cards are on the way</p>
<p>Hi Darnell,</p>
<p>New member ID cards for you and the dependents on your plan were mailed on December 2 and
should arrive within 7&ndash;10 days. Your digital card is already available in the Summit app.</p>
<table cellpadding="5" cellspacing="0" style="font-family:Arial,sans-serif;font-size:13px">
<tr><td>Member ID</td><td><b>SHP884120397</b></td></tr>
<tr><td>Group</td><td>40019 &ndash; Fenwick Unified School District</td></tr>
<tr><td>Plan</td><td>Summit Select HMO 2027</td></tr>
<tr><td>Primary care provider</td><td>Erik Lindqvist, MD &ndash; Northgate Family Medicine</td></tr>
<tr><td>Copays</td><td>PCP $20 &middot; Specialist $45 &middot; Urgent care $60 &middot; ER $300</td></tr>
</table>
<p>Show your new card at your next visit or pharmacy fill on or after January 1, 2027.</p>"""
    h = summit_page("Your ID cards", inner, tok("idcard-pcp"),
                    member_line="<p>Sent to the subscriber on file for member ID SHP884120397.</p>")
    return mail(addr("Summit Health Plan", "members@e.summithealthplan.example.com"),
                addr("Darnell Whitfield", "dwhitfield@mail.example.com"),
                "Your 2027 member ID cards are on the way", date("2026-12-02 12:00", "-0700"),
                html(h), extra=AUTO)


@msg("refill-reminder-atorvastatin", "phi",
     "pharmacy refill reminder to a named patient naming the drug, strength and Rx number")
def _():
    plain = """Corner Drug #214 - Refill reminder

Hi KEVIN,
Your prescription is due for a refill:

  ATORVASTATIN 40MG TABLET
  Rx #6620341   Refills left: 3
  Due: 12/11/2026

Reply YES to this e-mail or tap Refill in the Corner Drug app and we
will have it ready the next business day.

Corner Drug #214, 901 State St, Milbrook, WI 53021, (920) 555-0176
To stop refill reminders, reply STOP.
"""
    h = """<html><body style="font-family:Arial,sans-serif;margin:0;background:#fff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#d62828;color:#fff;padding:12px 16px;font-size:18px"><b>Corner Drug</b> #214</td></tr>
<tr><td style="padding:16px;font-size:15px">
<p>Hi KEVIN,</p><p>Your prescription is due for a refill:</p>
<table cellpadding="8" style="border:2px solid #d62828;border-radius:6px"><tr><td>
<b>ATORVASTATIN 40MG TABLET</b><br>Rx #6620341 &middot; Refills left: 3<br>Due: 12/11/2026</td></tr></table>
<p><a href="https://rx.cornerdrug.example.com/refill/6620341?s=214" style="display:inline-block;background:#d62828;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Refill now</a></p>
<p style="font-size:12px;color:#666">Corner Drug #214, 901 State St, Milbrook, WI 53021 &middot; (920) 555-0176<br>
<a href="https://rx.cornerdrug.example.com/prefs" style="color:#666">Manage reminders</a></p>
</td></tr></table>""" + pixel("trk.cornerdrug.example.com", tok("atorva")) + "</body></html>"
    return mail(addr("Corner Drug Pharmacy", "refills@rx.cornerdrug.example.com"),
                "kevin.marsh71@mail.example.org", "Your prescription is due for a refill",
                date("2026-12-07 07:00", "-0600"), alt(text(plain), html(h)))


@msg("vaccine-due-kindergarten-child", "phi",
     "immunisation recall naming a child with DOB and the vaccine doses due")
def _():
    t = """Dear parent/guardian of Mateo Alvarez,

Our records show that Mateo (date of birth 02/14/2022) is due for the
following vaccines before he starts kindergarten:

  - MMR (measles, mumps, rubella), dose 2
  - Varicella (chickenpox), dose 2
  - DTaP, dose 5
  - Polio (IPV), dose 4

Wisconsin schools ask for these records at enrollment. We have walk-in
shot clinics every Wednesday 3-6 pm, or schedule a visit with Dr. Ruiz.

If Mateo received any of these vaccines somewhere else, please send us
the record so we can update his chart.

Brightpath Pediatrics
1290 Juniper Way, Oak Hollow, WI 53599
(608) 555-0181
"""
    return mail(addr("Brightpath Pediatrics", "immunizations@brightpathpeds.example.com"),
                addr("Sofia Alvarez", "sofi.alvarez@mail.example.com"),
                "Mateo is due for vaccines", date("2026-11-18 10:30", "-0600"), text(t))


@msg("wellness-dpp-progress-a1c", "phi",
     "diabetes-prevention programme update to a named member with weight change and her A1c")
def _():
    plain = """Hi Dana,

Week 9 check-in from Summit Healthy Steps, your Diabetes Prevention
Program.

  Weight logged this week:   182.4 lb
  Change since you started:  -6.2 lb (3.1%)
  Activity minutes (7 days): 134 of your 150 goal

Your screening A1c at enrollment was 6.1%, which is in the
prediabetes range. Your lifestyle coach, Renee, will review your
progress with you at Thursday's group session (6:00 pm, online).

Keep going - most participants who lose 5% of their starting weight
lower their risk of type 2 diabetes by more than half.

Summit Healthy Steps
A program of Summit Health Plan, delivered by Thrive Coaching Partners
""" + plain_footer_summit()
    return mail(addr("Summit Healthy Steps", "healthysteps@e.summithealthplan.example.com"),
                addr("Dana Kowalski", "dana.k@mail.example.net"),
                "Week 9: you're 3.1% of the way there", date("2026-12-06 18:00", "-0700"),
                sm_alt(plain, "Healthy Steps week 9"), extra=AUTO)


@msg("post-discharge-survey-cardiac-stepdown", "phi",
     "survey invitation naming the patient, the cardiac step-down unit and the discharge date")
def _():
    inner = """<p>Dear Walter Brennan,</p>
<p>We hope you are feeling better since your stay on the <b>4 West Cardiac Step-Down Unit</b>
at Lakeside Medical Center (discharged November 28, 2026).</p>
<p>Would you take about 5 minutes to tell us about your care? Your answers go to the nurses
and physicians who cared for you and help us improve.</p>
<p style="margin:20px 0"><a href="https://survey.lakesidehealth.example.org/s/IPX?r=5E02A9" style="background:#0b5c8e;color:#ffffff;padding:11px 20px;border-radius:4px;text-decoration:none;font-weight:bold">Start the survey</a></p>
<p style="font-size:13px">If you have questions about your medicines or follow-up visits, please call the 4 West
nurses' line at (414) 555-0135. For an emergency, call 911.</p>"""
    h = lakeside_page("Tell us about your recent stay", inner, tok("4w-survey"),
                      "You are receiving this survey because you were recently a patient at Lakeside Medical Center.",
                      unsub="https://lakesidehealth.example.org/u/surveys")
    return mail(addr("Lakeside Medical Center", "surveys@notify.lakesidehealth.example.org"),
                addr("Walter Brennan", "wbrennan44@mail.example.com"),
                "How was your stay on 4 West?", date("2026-12-01 11:00", "-0600"),
                html(h), extra=bulk("https://lakesidehealth.example.org/u/surveys", "PDS-IP-1201"))


@msg("no-show-podiatry-fee", "phi",
     "missed-appointment notice to a named patient naming the podiatry visit, date and no-show fee")
def _():
    t = """Dear Marisol Vega,

Our records show that you did not attend your appointment with
Dr. Agnieszka Wojcik, DPM (Podiatry) on Friday, November 20, 2026 at
3:15 PM, and we did not receive a cancellation.

Under our missed-appointment policy, which you signed on 03/02/2026, a
$25.00 fee has been added to your account (#NFA-220871). This fee is
not billed to insurance.

Your diabetic foot exam and nail care visit still needs to be
rescheduled. Please call us at (414) 555-0152 to book a new time.
Three missed appointments in 12 months may result in discharge from
the practice.

Northgate Foot & Ankle Center
77 Commerce St, Suite 210, Northgate, WI 53227
"""
    return mail(addr("Northgate Foot & Ankle Center", "frontdesk@northgatefootankle.example.com"),
                "marisol.vega@mail.example.org", "Missed appointment 11/20/2026",
                date("2026-11-23 09:05", "-0600"), text(t))


@msg("care-gap-diabetic-eye-exam", "phi",
     "care-gap outreach to a named member stating she has diabetes and is overdue for a diabetic eye exam")
def _():
    h = """<html><body style="margin:0;font-family:Tahoma,Verdana,sans-serif;background:#f2f6fb">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:1px solid #dde5ee"><img src="https://media.kvhp.example.net/e/kv-logo.png" alt="Keystone Valley Health Plan" width="180" height="40"></td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5;color:#273444">
<p>Dear Yvonne Castellano,</p>
<p>Because you have diabetes, a yearly dilated eye exam is one of the best ways to protect your
vision. Our records show you have <b>not had a diabetic eye exam in 2026</b>.</p>
<p>Diabetic retinopathy often has no symptoms at first. An eye doctor can find it early, when
treatment works best. The exam is covered at <b>$0</b> with an in-network eye doctor.</p>
<p><b>Member ID:</b> KVH302957118<br><b>Primary care provider:</b> Northgate Family Medicine</p>
<p>Already had your exam this year? Ask your eye doctor to send the results to your PCP, or
reply to this e-mail with the date and office.</p>
<p><a href="https://members.kvhp.example.net/find-care/eye?gap=DRE" style="color:#1a5fa8;font-weight:bold">Find an eye doctor near you &rsaquo;</a></p>
<p style="font-size:12px;color:#667">Keystone Valley Health Plan Quality Programs &middot; PO Box 3090, Harrow, PA 17999 &middot; 1-866-555-0187 (TTY 711)<br>
You received this message as part of your plan's diabetes care program. Keystone protects your health information under HIPAA.</p>
</td></tr></table>""" + pixel("open.kvhp.example.net", tok("dre-gap")) + "</body></html>"
    return mail(addr("Keystone Valley Health Plan", "quality@kvhp.example.net"),
                addr("Yvonne Castellano", "ycastellano@mail.example.com"),
                "Yvonne, your yearly diabetic eye exam is due", date("2026-11-16 10:00", "-0500"),
                html(h, cte="base64"), extra=[("X-Campaign-ID", "HEDIS-EED-2026-W47")])


@msg("referral-letter-neurology-pdf", "phi",
     "practice-to-practice referral letter (PDF) for a named patient with DOB, migraine history and medications")
def _():
    letter = [
        "NORTHGATE FAMILY MEDICINE",
        "77 Commerce St, Northgate, WI 53227   Tel (414) 555-0150   Fax (414) 555-0151",
        "",
        "REFERRAL FOR CONSULTATION",
        "",
        "To:          Lakeside Neurology Associates, attn: New Patient Referrals",
        "From:        Folake Oyelaran, MD   NPI " + NPI_OYELARAN,
        "Date:        December 3, 2026",
        "",
        "Patient:     Beatriz Salcedo",
        "DOB:         06/29/1988        MRN (NFM): 0049217",
        "Insurance:   Keystone Valley Health Plan, ID KVH551208846",
        "Phone:       (414) 555-0193",
        "",
        "Reason for referral: chronic migraine with aura, 14-16 headache days per month,",
        "not controlled on two preventives.",
        "",
        "History: onset age 19; visual aura (scintillating scotoma) before most attacks.",
        "Trials: propranolol 80 mg (fatigue, stopped 2024), topiramate 100 mg (word-finding",
        "difficulty, stopped 08/2026). Current: sumatriptan 100 mg prn, uses 10-12 days/mo.",
        "MRI brain without contrast 03/2025: normal.",
        "Exam today: normal neuro exam, BP 118/74.",
        "",
        "Question: candidate for CGRP-targeted preventive or onabotulinumtoxinA?",
        "Medication-overuse headache likely contributing.",
        "",
        "Please schedule the patient directly. Office notes and MRI report enclosed on page 2.",
    ]
    page2 = [
        "ENCLOSURE - OFFICE NOTE 12/02/2026 (excerpt)",
        "",
        "Beatriz Salcedo, 38F. Headache diary reviewed: 15 HA days in Nov, 11 treated",
        "with sumatriptan. No red flags. Sleep 6 h. Caffeine 3 cups/day.",
        "A/P: chronic migraine with aura (G43.109) - refer neurology; limit triptan to",
        "<10 days/mo; start magnesium 400 mg nightly; f/u 6 weeks.",
        "",
        "MRI BRAIN W/O 03/11/2025 - IMPRESSION: No acute intracranial abnormality.",
    ]
    body = multi("mixed", [
        text("""Good morning,

Please find attached a referral for our mutual patient (initials B.S.).
Records are enclosed. Please contact our referral coordinator, Tanya,
at (414) 555-0150 ext. 4 with the appointment date.

Thank you,
Tanya Greer
Referral Coordinator, Northgate Family Medicine

This e-mail was sent from the practice's secure mail service. It may
contain protected health information; if received in error, notify the
sender and delete.
"""),
        attach("application/pdf", pdf([letter, page2], flate=True, title="Referral"),
               "Referral_Neurology_20261203.pdf")])
    return mail(addr("Tanya Greer", "referrals@northgatefm.example.com"),
                "newreferrals@lakesideneuro.example.org", "Referral - new patient consult (neurology)",
                date("2026-12-03 08:51", "-0600"), body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])


@msg("referral-approved-notice", "phi",
     "health plan notice to a named member that her referral to a named neurology practice is approved, with visits and dates")
def _():
    t = """Keystone Valley Health Plan

Your referral has been approved

Member:            Beatriz Salcedo
Member ID:         KVH551208846
Referral number:   R-2026-448120
Referred by:       Folake Oyelaran, MD (Northgate Family Medicine)
Referred to:       Lakeside Neurology Associates
Visits approved:   6 office visits
Valid:             12/04/2026 - 06/03/2027

You can now schedule your appointment. Bring your member ID card.
Services not listed above (for example, imaging or injections) may need
a separate approval.

Questions? Member Services: 1-866-555-0187 (TTY 711)
Keystone Valley Health Plan, PO Box 3090, Harrow, PA 17999
"""
    return mail(addr("Keystone Valley Health Plan", "referrals@kvhp.example.net"),
                "bea.salcedo@mail.example.net", "Your referral has been approved",
                date("2026-12-04 15:40", "-0500"), text(t), extra=AUTO)


@msg("fasting-lab-reminder", "phi",
     "lab appointment reminder to a named patient listing the ordered tests and fasting instructions")
def _():
    t = """Hi Gerald,

Reminder: you have a lab appointment tomorrow.

  Wednesday, December 9, 2026 - 7:15 AM
  Lakeside Outpatient Lab, Westfield Clinic, 1st floor

Tests ordered by Erik Lindqvist, MD:
  - Lipid panel (fasting)
  - Comprehensive metabolic panel
  - PSA

Please do not eat or drink anything except water for 10 to 12 hours
before your blood draw. Take your usual medicines with water unless
your doctor told you otherwise.

Lakeside Health Lab Services
Reply STOP to end lab reminders.
"""
    return mail(addr("Lakeside Lab Services", "lab@notify.lakesidehealth.example.org"),
                addr("Gerald Hutchins", "ghutchins@mail.example.org"),
                "Lab appointment tomorrow at 7:15 AM - fasting required",
                date("2026-12-08 12:00", "-0600"), lk_alt(t, "Lab appointment tomorrow at 7:15 AM", "You are receiving this reminder because you have a lab appointment."), extra=AUTO)


@msg("preop-instructions-knee-arthroscopy", "phi",
     "pre-operative instructions to a named patient for right knee arthroscopy: date, surgeon, medication holds")
def _():
    plain = """PINECREST SURGERY CENTER - Your surgery instructions

Patient:    Leona Marchetti
Procedure:  Right knee arthroscopy with partial medial meniscectomy
Surgeon:    Marcus Okonkwo, MD
Date:       Monday, December 14, 2026
Arrive:     6:00 AM (surgery start approx. 7:30 AM)

BEFORE SURGERY
[ ] Stop ibuprofen, naproxen, aspirin and fish oil 7 days before
[ ] Nothing to eat after midnight. Clear liquids until 4:00 AM
[ ] Take your lisinopril with a sip of water the morning of surgery
[ ] Shower with the CHG soap the night before and that morning
[ ] Bring your crutches and a responsible adult to drive you home

AFTER SURGERY
Your prescriptions (pain medicine and anti-nausea) will be sent to your
pharmacy on file. Your first post-op visit is 12/22 at 9:20 AM.

Questions: pre-op nurse line (608) 555-0146
"""
    h = """<div style="font-family:Arial,sans-serif;max-width:600px;margin:auto;border:1px solid #ccd">
<div style="background:#274c77;color:#fff;padding:14px 18px;font-size:19px">Pinecrest Surgery Center &mdash; Your surgery instructions</div>
<div style="padding:16px 18px;font-size:14px">
<table cellpadding="3"><tr><td><b>Patient</b></td><td>Leona Marchetti</td></tr>
<tr><td><b>Procedure</b></td><td>Right knee arthroscopy with partial medial meniscectomy</td></tr>
<tr><td><b>Surgeon</b></td><td>Marcus Okonkwo, MD</td></tr>
<tr><td><b>Date</b></td><td>Monday, December 14, 2026</td></tr>
<tr><td><b>Arrive</b></td><td>6:00 AM (surgery start approx. 7:30 AM)</td></tr></table>
<h3 style="color:#274c77">Before surgery</h3>
<ul><li>Stop ibuprofen, naproxen, aspirin and fish oil 7 days before</li>
<li>Nothing to eat after midnight. Clear liquids until 4:00 AM</li>
<li>Take your lisinopril with a sip of water the morning of surgery</li>
<li>Shower with the CHG soap the night before and that morning</li>
<li>Bring your crutches and a responsible adult to drive you home</li></ul>
<h3 style="color:#274c77">After surgery</h3>
<p>Your prescriptions (pain medicine and anti-nausea) will be sent to your pharmacy on file. Your first post-op visit is 12/22 at 9:20 AM.</p>
<p style="font-size:12px;color:#555">Pre-op nurse line (608) 555-0146 &middot; Pinecrest Surgery Center, 90 Elm Ct, Lake Delton Falls, WI 53940</p>
</div></div>"""
    return mail(addr("Pinecrest Surgery Center", "preop@pinecrestortho.example.com"),
                addr("Leona Marchetti", "leona.marchetti@mail.example.com"),
                "Your surgery on 12/14: instructions", date("2026-12-07 13:30", "-0600"),
                alt(text(plain), html(h)))


@msg("mri-contrast-prep-confirmation", "phi",
     "imaging confirmation to a named patient for a brain MRI with contrast, kidney-function and implant screening")
def _():
    t = """Your imaging appointment is confirmed

Hi Omar,

Exam:      MRI brain with and without contrast
Date:      Wednesday, December 9, 2026, 4:10 PM
Location:  Lakeside Health Imaging - Port Alden, Lower Level, Suite B

Before your exam:
* Because your exam uses contrast (gadolinium) and you are over 60, we
  need a kidney function test (eGFR) from the last 30 days. Our records
  show none; please arrive 45 minutes early for a finger-stick test.
* Complete the MRI safety screening form. Tell us about pacemakers,
  neurostimulators, cochlear implants, aneurysm clips or metal fragments.
* Remove all jewelry and wear clothing without metal.

Ordered by: Lakeside Neurology Associates
Questions: (414) 555-0122

Lakeside Health Imaging
"""
    return mail(addr("Lakeside Health Imaging", "imaging@notify.lakesidehealth.example.org"),
                addr("Omar Haddad", "omar.haddad@mail.example.net"),
                "Confirmed: MRI on Wed, Dec 9 at 4:10 PM", date("2026-12-04 16:00", "-0600"),
                lk_alt(t, "Confirmed: MRI on Wed, Dec 9", "You are receiving this e-mail because you have an imaging appointment.", cte="qp"), extra=AUTO)


@msg("pt-visits-remaining-authorization", "phi",
     "physical-therapy notice to a named patient about remaining authorised visits for post-op shoulder rehab")
def _():
    t = """Hi Jerome,

Quick heads-up from Balance Physical Therapy: you have 3 of 12
authorized visits remaining for your post-op right rotator cuff rehab.
Your insurance authorization (Keystone #2026PA0087712) ends 12/31/2026.

Your therapist, Kayla, recommends keeping your Tuesday/Thursday visits.
If you still need therapy after your last authorized visit, we'll send
an updated plan of care to Dr. Okonkwo so he can request more visits.

Upcoming:
  Tue 12/8  4:30 PM
  Thu 12/10 4:30 PM
  Tue 12/15 4:30 PM

Balance Physical Therapy | 14 Depot St, Lake Delton Falls | (608) 555-0148
"""
    return mail(addr("Balance Physical Therapy", "frontdesk@balancept.example.com"),
                "jerome.t.price@mail.example.org", "3 visits left on your authorization",
                date("2026-12-05 10:22", "-0600"), text(t))


@msg("telehealth-link-endocrinology", "phi",
     "video-visit link for a named patient's endocrinology thyroid follow-up with provider and time")
def _():
    plain = """Your video visit is tomorrow

Patient:   Sandra Whitlock
Provider:  Kenji Nakamura, MD - Endocrinology
Visit:     Thyroid follow-up (video)
When:      Wednesday, December 9, 2026, 11:00 AM Central

Join from your phone or computer 10 minutes early:
https://video.lakesidehealth.example.org/j/7730-2291?pwd=Jk3q

Please have your most recent home medication bottle (levothyroxine)
nearby so we can confirm your dose.

Lakeside Health Virtual Care - (414) 555-0119
"""
    inner = """<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0">Your video visit is tomorrow</p>
<p><b>Patient:</b> Sandra Whitlock<br><b>Provider:</b> Kenji Nakamura, MD &ndash; Endocrinology<br>
<b>Visit:</b> Thyroid follow-up (video)<br><b>When:</b> Wednesday, December 9, 2026, 11:00 AM Central</p>
<p style="margin:20px 0"><a href="https://video.lakesidehealth.example.org/j/7730-2291?pwd=Jk3q" style="background:#2e7d32;color:#fff;padding:11px 20px;border-radius:4px;text-decoration:none;font-weight:bold">Join video visit</a></p>
<p>Please have your most recent home medication bottle (levothyroxine) nearby so we can confirm your dose.</p>"""
    h = lakeside_page("Thyroid follow-up with Kenji Nakamura, MD", inner, tok("endo-video"),
                      "You are receiving this e-mail because you have a scheduled video visit.")
    return mail(addr("Lakeside Health Virtual Care", "virtualcare@notify.lakesidehealth.example.org"),
                addr("Sandra Whitlock", "swhitlock@mail.example.com"),
                "Your video visit is tomorrow at 11:00 AM", date("2026-12-08 11:00", "-0600"),
                alt(text(plain), html(h)), extra=AUTO)


@msg("dental-recall-cleaning-crown", "phi",
     "dental recall to a named patient with last visit date and a pending crown on tooth #19")
def _():
    inner = """<p>Hi Marco,</p>
<p>It's been six months! You're due for your cleaning and exam. Our records show your last
visit was <b>May 28, 2026</b>, and you're also due for bitewing x-rays.</p>
<p>You still have treatment your dentist recommended:</p>
<table cellpadding="6" style="border:1px solid #b8e0d2;font-size:14px"><tr style="background:#e8f6f0"><td>Tooth</td><td>Procedure</td><td>Est. your cost</td></tr>
<tr><td>#19</td><td>Porcelain/ceramic crown (D2740)</td><td>$412.00</td></tr></table>
<p>Book both on the same day and save a trip.</p>"""
    h = remindwell("Brightside Family Dental", "#1b998b", inner, tok("dental-recall"), "BFD-88213-MR",
                   "Brightside Family Dental &middot; 620 Maple Ave, Milbrook, WI 53021 &middot; (920) 555-0171")
    return mail(addr("Brightside Family Dental", "brightside@r.remindwell.example.net"),
                addr("Marco Ianelli", "marco.ianelli@mail.example.com"),
                "Marco, you're due for a cleaning", date("2026-11-27 09:00", "-0600"),
                html(h), extra=[("Reply-To", "frontdesk@brightsidedental.example.com")])


@msg("contact-lens-rx-expiring", "phi",
     "optometry notice to a named patient that her contact-lens prescription (powers given) expires, exam due")
def _():
    t = """Hello Jasmine,

Your contact lens prescription on file with ClearView Eye Associates
expires on 12/20/2026:

  Right (OD): -3.25   BC 8.4   DIA 14.0
  Left  (OS): -3.00   BC 8.4   DIA 14.0
  Last exam:  12/20/2025 with Dr. Priscilla Hale, OD

To order more lenses after that date, you'll need an updated eye exam.
We have openings in December, and your vision plan covers one routine
exam per calendar year.

Book online: https://clearvieweye.example.com/book
Or call (920) 555-0184.

ClearView Eye Associates | 42 Lakeview Plaza | Milbrook, WI 53021
"""
    return mail(addr("ClearView Eye Associates", "hello@clearvieweye.example.com"),
                "jasmine.oconnell@mail.example.net", "Your contact lens prescription expires soon",
                date("2026-11-20 08:00", "-0600"), text(t))


@msg("cpap-resupply-reminder", "phi",
     "DME resupply notice to a named patient for CPAP mask and supplies, device serial and insurance rules")
def _():
    plain = """Hi Victor Sandoval,

Good news: you are eligible for new CPAP supplies. Replacing your mask
cushion and filters on schedule helps your therapy work and keeps your
mask comfortable.

Eligible now for your ResMed-type AirSense device (serial 23184407721):
  - Full face mask cushion (1)        every 30 days
  - Disposable filters (2)            every 30 days
  - Heated tubing (1)                 every 90 days
  - Headgear (1)                      every 6 months

Your insurance (Summit Health Plan) requires that you are still using
your machine. Our records show 28 of the last 30 nights with 4+ hours.

Reply YES to ship to your address on file, or call (262) 555-0166.

SleepWell Home Medical
"""
    return mail(addr("SleepWell Home Medical", "resupply@sleepwellhm.example.com"),
                "vsandoval@mail.example.org", "Your CPAP supplies are ready to reorder",
                date("2026-12-02 08:15", "-0600"), text(plain))


@msg("qp-statement-soft-breaks", "phi",
     "plain-text statement for a named patient with account number and hospital services, QP soft breaks inside identifiers")
def _():
    t = ("LAKESIDE HEALTH  -  PATIENT STATEMENT  -  Statement date 12/01/2026  -  Account number LKH-0077312946  -  Patient: Rosalind Achebe  -  Date of birth 01/30/1969\n"
         "\n"
         "Date of service 10/22/2026  Lakeside Medical Center Emergency Department  Level 4 ED visit (99284) / CT head without contrast (70450) / Laceration repair, simple, 2.6 cm (12002)   Charges $3,912.00   Insurance payments $2,801.45   Adjustments $640.55   Patient responsibility $470.00\n"
         "\n"
         "Please pay $470.00 by 12/26/2026. Pay at https://pay.lakesidehealth.example.org or call (414) 555-0111. Financial assistance is available; ask for an application.\n"
         "\n"
         "Lakeside Health, 2200 Lakeshore Parkway, Port Alden, WI 53090\n")
    return mail(addr("Lakeside Health Patient Financial Services", "statements@notify.lakesidehealth.example.org"),
                "r.achebe@mail.example.com", "Your Lakeside Health statement",
                date("2026-12-01 04:30", "-0600"), text(t, cte="qp"), extra=AUTO)


@msg("collections-notice-er-visit", "phi",
     "collection-agency notice naming the debtor, the hospital emergency visit date and the balance")
def _():
    t = """CRESTLINE RECOVERY SERVICES
PO Box 7782, Dunmore Bay, WI 54998   (920) 555-0189

December 2, 2026

Re:              Lakeside Medical Center
Patient:         Tyrone Gaskins
Creditor acct:   LKH-0061129087
Our reference:   CRS-4410827
Service:         Emergency Department visit, date of service 06/14/2026
Balance:         $612.35

This communication is from a debt collector. This is an attempt to
collect a debt and any information obtained will be used for that
purpose.

Crestline Recovery Services is a debt collector. We are trying to
collect a debt that you owe to Lakeside Medical Center. We will use any
information you give us to help collect the debt.

How can you dispute the debt? Call or write to us by January 11, 2027
to dispute all or part of the debt. If you do not, we will assume that
our information is correct.

If your insurance should have paid this balance, send us a copy of your
Explanation of Benefits and we will review the account.
"""
    return mail(addr("Crestline Recovery Services", "notices@crestlinerecovery.example.com"),
                "tgaskins@mail.example.net", "Important notice regarding account CRS-4410827",
                date("2026-12-02 10:00", "-0600"), text(t))


@msg("fsa-claim-substantiation", "phi",
     "FSA administrator request to a named participant to substantiate a claim for an urgent-care visit")
def _():
    plain = """BenefitWise - Action required on your FSA card purchase

Hi Natalie,

We need documentation for a purchase made with your BenefitWise FSA
card so we can confirm it is an eligible medical expense.

  Claim #:      FSA-2026-0098817
  Merchant:     Riverbend Urgent Care
  Service date: 10/27/2026
  Amount:       $120.00

Upload an itemized receipt or the Explanation of Benefits that shows
the patient name, date of service, type of service and amount owed.

If we don't receive it by 01/15/2027, your card may be suspended and
the amount may be treated as taxable income.

BenefitWise Administrators, PO Box 2201, Lindale, TX 75999
"""
    h = """<html><body style="font-family:Arial,sans-serif;color:#333">
<div style="max-width:560px;margin:0 auto">
<div style="border-bottom:4px solid #f29e4c;padding:10px 0"><span style="font-size:22px;color:#f29e4c"><b>BenefitWise</b></span></div>
<h2 style="font-weight:normal">Action required on your FSA card purchase</h2>
<p>Hi Natalie,</p><p>We need documentation for a purchase made with your BenefitWise FSA card so we can confirm it is an eligible medical expense.</p>
<table cellpadding="6" cellspacing="0" style="background:#fdf3e7;width:100%"><tr><td>Claim #</td><td>FSA-2026-0098817</td></tr>
<tr><td>Merchant</td><td>Riverbend Urgent Care</td></tr><tr><td>Service date</td><td>10/27/2026</td></tr><tr><td>Amount</td><td>$120.00</td></tr></table>
<p><a href="https://my.benefitwise.example.com/claims/FSA-2026-0098817/upload">Upload documentation</a></p>
<p style="font-size:11px;color:#888">If we don't receive it by 01/15/2027, your card may be suspended. BenefitWise Administrators, PO Box 2201, Lindale, TX 75999.</p>
</div></body></html>"""
    return mail(addr("BenefitWise", "alerts@benefitwise.example.com"),
                addr("Natalie Voss", "natvoss@mail.example.net"),
                "Action required: documentation for claim FSA-2026-0098817",
                date("2026-11-30 14:00", "-0600"), alt(text(plain), html(h, cte="base64")))


@msg("awv-reminder-medicare-mbi", "phi",
     "Medicare Advantage reminder to a named member with MBI: annual wellness visit, A1c and flu shot due")
def _():
    inner = """<p style="font-size:22px;margin:0 0 12px 0">Your Annual Wellness Visit is due</p>
<p>Dear Harriet Osei,</p>
<p>As a Summit Medicare Advantage member, you can get a yearly Annual Wellness Visit at
no cost. Our records show you have not had one in 2026.</p>
<p>At your visit with <b>Erik Lindqvist, MD</b>, you can also take care of these items
that are open on your record:</p>
<ul><li>Hemoglobin A1c test (last result over 12 months ago)</li>
<li>Flu vaccine for the 2026&ndash;27 season</li>
<li>Medication review for your blood pressure medicines</li></ul>
<p>Complete your visit by December 31 and earn a $25 Summit Rewards card.</p>
<p style="font-size:13px;color:#555">Member ID SHM 4471 0926 &middot; Medicare MBI on file: 4QW7-RT2-HK58</p>"""
    h = summit_page("Annual Wellness Visit", inner, tok("awv"),
                    member_line="<p>Summit Medicare Advantage (HMO) is a Medicare Advantage plan with a Medicare contract. Enrollment depends on contract renewal. Y0099_AWV27_M</p>")
    return mail(addr("Summit Medicare Advantage", "medicare@e.summithealthplan.example.com"),
                addr("Harriet Osei", "harriet.osei@mail.example.org"),
                "Harriet, schedule your Annual Wellness Visit before Dec 31",
                date("2026-11-12 09:30", "-0700"), html(h), extra=AUTO)


@msg("claim-denied-carc-physical-therapy", "phi",
     "claim denial notice to a named member: PT service date, CPT units and a precertification CARC")
def _():
    t = """KEYSTONE VALLEY HEALTH PLAN - CLAIM DECISION

Member:          Jerome Price
Member ID:       KVH770193224
Claim number:    2026112400391
Provider:        Balance Physical Therapy
Date of service: 10/19/2026

Line  Code   Description                     Units  Billed   Allowed  Status
1     97110  Therapeutic exercise, 15 min    4      $260.00  $0.00    DENIED
2     97140  Manual therapy, 15 min          2      $130.00  $0.00    DENIED

Reason (CARC 197): Precertification/authorization absent. Visits after
10/15/2026 exceeded the approved authorization 2026PA0087712.

Your provider may not bill you for this amount if it is an in-network
provider that did not obtain authorization. You or your provider may
appeal within 180 days.

Member Services 1-866-555-0187 (TTY 711)
"""
    return mail(addr("Keystone Valley Health Plan", "claims@kvhp.example.net"),
                "jerome.t.price@mail.example.org", "A claim decision is available",
                date("2026-11-25 06:00", "-0500"), text(t), extra=AUTO)


@msg("cob-questionnaire-claim-hold", "phi",
     "coordination-of-benefits hold naming the member, claim number, orthopedic visit date")
def _():
    t = """Dear Member,

Before we can finish processing the claim below, we need to know whether
you have other health coverage.

  Member name:     Aaron Feldstein
  Member ID:       SHP 5528 3017 01
  Claim number:    26-318-221907
  Provider:        Pinecrest Orthopedics & Sports Medicine
  Date of service: 11/14/2026

Please answer the short Other Coverage questionnaire within 30 days:
https://members.summithealthplan.example.com/cob?c=26-318-221907

If we do not hear from you, the claim will be denied and you may be
billed by your provider.
""" + plain_footer_summit()
    return mail(addr("Summit Health Plan", "claims@e.summithealthplan.example.com"),
                "a.feldstein@mail.example.com", "We need information to process your claim",
                date("2026-11-27 07:30", "-0700"), sm_alt(t, "Other coverage questionnaire"), extra=AUTO)


@msg("mail-order-insulin-shipped", "phi",
     "mail-order pharmacy shipping notice naming the patient and the insulin and supplies shipped")
def _():
    plain = """Your order has shipped

Hi Francine,

Order #MD-7781204 for FRANCINE LAROCHE shipped on 12/04/2026 by
cold-chain overnight. Someone should be home to refrigerate it.

  INSULIN GLARGINE-YFGN 100 U/ML PEN (5 x 3 mL)    Rx 4419027
  PEN NEEDLES 32G x 4MM (100)                      Rx 4419028

  Tracking: 9612 0190 4470 2218 3305
  Your copay: $35.00 (charged to card ending 7713)

Keep insulin in the refrigerator. Do not freeze. Open pens can be kept
at room temperature for up to 28 days.

MedDirect Mail Pharmacy - 1-877-555-0105 (TTY 711)
"""
    h = """<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="14" cellspacing="0" style="border:1px solid #e1e4e8">
<tr><td style="background:#003f5c;color:#fff;font-size:20px">MedDirect <span style="font-weight:normal">Mail Pharmacy</span></td></tr>
<tr><td><h2 style="margin:0">Your order has shipped</h2>
<p>Hi Francine,</p><p>Order <b>#MD-7781204</b> for FRANCINE LAROCHE shipped on 12/04/2026 by cold-chain overnight. Someone should be home to refrigerate it.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:13px;border-top:1px solid #ddd">
<tr><td>INSULIN GLARGINE-YFGN 100 U/ML PEN (5 x 3 mL)</td><td>Rx 4419027</td></tr>
<tr><td>PEN NEEDLES 32G x 4MM (100)</td><td>Rx 4419028</td></tr></table>
<p>Tracking: <a href="https://track.shipco.example.com/9612019044702218">9612 0190 4470 2218 3305</a><br>Your copay: $35.00</p>
<p style="background:#eef6fb;padding:10px">Keep insulin in the refrigerator. Do not freeze.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">MedDirect Mail Pharmacy &middot; 1-877-555-0105 (TTY 711) &middot; 3300 Distribution Way, Kellerton, OH 43999</td></tr>
</table></td></tr></table>""" + pixel("t.meddirectrx.example.com", tok("insulin-ship")) + "</body></html>"
    return mail(addr("MedDirect Mail Pharmacy", "orders@meddirectrx.example.com"),
                "flaroche@mail.example.org", "Your MedDirect order #MD-7781204 has shipped",
                date("2026-12-04 19:02", "-0500"), alt(text(plain), html(h)), extra=AUTO)


@msg("specimen-received-thyroid", "phi",
     "lab notice to a named patient that her TSH and free T4 specimen was received")
def _():
    t = """Harbor Point Laboratories

Hi Ingrid,
We've received your specimen.

  Tests:       TSH; Free T4
  Collected:   12/03/2026 10:41 AM, Patient Service Center #14
  Ordered by:  Kenji Nakamura, MD
  Requisition: HPL-26-3317820

Most results are ready in 1-2 business days. You'll get another e-mail
when they're available in your Harbor Point account.

Questions about billing? (800) 555-0107
Harbor Point Laboratories, 1 Harbor Point Blvd, Nashport, OH 43999
"""
    return mail(addr("Harbor Point Laboratories", "no-reply@harborpointlabs.example.com"),
                "ingrid.solberg@mail.example.com", "We received your specimen",
                date("2026-12-03 15:12", "-0500"), text(t), extra=AUTO)


@msg("prenatal-visit-reminder-32w", "phi",
     "borderline: routine 32-week prenatal visit reminder with Tdap due; prenatal care is not one of the restricted reproductive items")
def _():
    inner = """<p>Hi Keisha,</p>
<p>You're 32 weeks along &mdash; we're excited for you! Here's your next visit:</p>
<p><b>Thursday, December 10, 2026 at 2:20 PM</b><br>Naomi Okafor, MD &middot; Lakeside Women's Health, Westfield</p>
<p>At this visit we'll check your blood pressure and baby's growth. If you haven't had your
<b>Tdap vaccine</b> yet this pregnancy, we can give it at this visit.</p>
<p>Remember to register for our childbirth class and to pre-register at the Birth Center.</p>"""
    h = remindwell("Lakeside Women's Health", "#8e44ad", inner, tok("ob32"), "LWH-31877-KJ",
                   "Lakeside Women's Health &middot; 980 Westfield Rd, Westfield, WI 53099 &middot; (414) 555-0124")
    plain = """Hi Keisha,

You're 32 weeks along - we're excited for you! Here's your next visit:

Thursday, December 10, 2026 at 2:20 PM
Naomi Okafor, MD - Lakeside Women's Health, Westfield

At this visit we'll check your blood pressure and baby's growth. If you
haven't had your Tdap vaccine yet this pregnancy, we can give it then.

Confirm: https://r.remindwell.example.net/c/LWH-31877-KJ?a=confirm
"""
    return mail(addr("Lakeside Women's Health", "lwh@r.remindwell.example.net"),
                addr("Keisha Morrow", "keisha.morrow@mail.example.com"),
                "Your 32-week visit is Thursday", date("2026-12-07 17:00", "-0600"),
                alt(text(plain), html(h)))


@msg("well-child-visit-4yr", "phi",
     "reminder of a named child's 4-year well-child checkup with the pediatrician")
def _():
    inner = """<p>Hello Evans family,</p>
<p>This is a reminder that <b>Noah Evans</b> has a <b>4-year well-child checkup</b> with
Dr. Isabel Ruiz on <b>Monday, December 14 at 9:00 AM</b>.</p>
<p>At this visit Noah will have vision and hearing screening and may be due for vaccines.
Please bring any school or daycare forms that need a signature.</p>"""
    h = remindwell("Brightpath Pediatrics", "#f39c12", inner, tok("wcc4"), "BPP-77102-NE",
                   "Brightpath Pediatrics &middot; 1290 Juniper Way, Oak Hollow, WI 53599 &middot; (608) 555-0181")
    return mail(addr("Brightpath Pediatrics", "brightpath@r.remindwell.example.net"),
                "evansfam@mail.example.net", "Reminder: Noah's checkup on Mon 12/14",
                date("2026-12-11 16:00", "-0600"), html(h, cte="base64"))


@msg("sleep-study-confirmation", "phi",
     "confirmation to a named patient of an overnight in-lab sleep study with instructions")
def _():
    t = """Dear Mr. Dubois,

Your overnight sleep study (polysomnogram) is scheduled:

  Thursday, December 17, 2026 - check in at 8:30 PM
  Lakeside Sleep Disorders Center, 2nd floor, Westfield Clinic
  Ordering provider: Rui Ferreira, MD (Pulmonary & Sleep Medicine)

Please:
  - Bring comfortable sleepwear and your usual evening medicines
  - Avoid caffeine after 12 noon and do not nap that day
  - Wash your hair; do not use gels, oils or hair spray
  - Plan to leave by 6:30 AM

If you use oxygen at home, bring your portable tank. If you need to
cancel, call (414) 555-0138 at least 48 hours in advance; unfilled
sleep-lab nights keep other patients waiting.

Lakeside Sleep Disorders Center
"""
    return mail(addr("Lakeside Sleep Disorders Center", "sleepcenter@lakesidehealth.example.org"),
                addr("Philippe Dubois", "p.dubois@mail.example.com"),
                "Your sleep study on December 17", date("2026-12-01 12:45", "-0600"), lk_alt(t, "Your sleep study on December 17", "You are receiving this e-mail because you have a scheduled sleep study."))


@msg("allergy-injection-schedule", "phi",
     "allergy immunotherapy build-up schedule for a named patient with vial strength and next injection date")
def _():
    t = """ALLERGY & ASTHMA CARE OF FENWICK
Immunotherapy schedule update - Chloe Barrister

Current phase:  Build-up, vial 3 (1:10 v/v), tree/grass/dust mite mix
Last dose:      0.30 mL on 12/03/2026 - no reaction
Next dose due:  0.35 mL on or after 12/08/2026 (window: 12/08-12/14)

Reminders
* Do not take your injection if you are having an asthma flare or fever.
* Stay in the office 30 minutes after every injection.
* Bring your epinephrine auto-injector to each visit.

Shot room hours: Mon/Wed/Fri 7:30-11:30 AM and 1:00-5:30 PM
(262) 555-0157
"""
    return mail(addr("Allergy & Asthma Care of Fenwick", "shots@aacfenwick.example.com"),
                "chloe.barrister@mail.example.org", "Your allergy injection schedule",
                date("2026-12-03 17:20", "-0600"), text(t))


@msg("infusion-center-chemo-reminder", "phi",
     "oncology infusion reminder naming the patient, regimen cycle and lab time")
def _():
    plain = """Lakeside Cancer Center - Infusion appointment reminder

Patient:   Gordon McAllister
Date:      Monday, December 14, 2026
Lab draw:  7:15 AM, Cancer Center Lab (1st floor)
Infusion:  8:00 AM, Infusion Suite B - Cycle 3 Day 1, FOLFOX
Provider:  Adaeze Okonkwo, MD (Medical Oncology)

Please plan for about 4 hours in the infusion suite. Your pump
disconnect is scheduled for Wednesday, 12/16 at 10:00 AM.

Call the oncology triage nurse at (414) 555-0130 for fever of 100.4 F
or higher, uncontrolled nausea or diarrhea.
"""
    return mail(addr("Lakeside Cancer Center", "oncology@notify.lakesidehealth.example.org"),
                "gmcallister@mail.example.com", "Reminder: infusion Mon 12/14, labs at 7:15 AM",
                date("2026-12-11 09:00", "-0600"), lk_alt(plain, "Infusion appointment reminder", "You are receiving this reminder as a patient of Lakeside Cancer Center."), extra=AUTO)


@msg("dialysis-holiday-schedule-change", "phi",
     "dialysis unit notice to a named patient moving his treatment chair and time for the holiday")
def _():
    t = """Riverside Dialysis - Holiday schedule change

Dear Luis Carmona,

Because the unit is closed on Friday, December 25, your treatment
schedule will change for that week:

  Your usual:   Mon/Wed/Fri, 5:45 AM, chair 11
  Week of 12/21: Mon 12/21, Wed 12/23, and Thu 12/24 at 5:45 AM, chair 11

Please follow your fluid limit carefully over the holiday. If you have
shortness of breath, swelling or chest pain, call 911.

Questions? Ask your nurse or call the unit at (920) 555-0169.

Riverside Dialysis, 17 Canal St, Dunmore Bay, WI 54998
"""
    return mail(addr("Riverside Dialysis", "unit17@riversidedialysis.example.com"),
                "luis.carmona@mail.example.net", "Your dialysis schedule for the week of 12/21",
                date("2026-12-10 10:15", "-0600"), text(t))


@msg("cardiac-rehab-enrollment", "phi",
     "cardiac rehab welcome to a named patient referred after a coronary stent, with orientation date")
def _():
    inner = """<p>Dear Lorraine Kipling,</p>
<p>Welcome to Phase II Cardiac Rehabilitation at Lakeside Heart &amp; Vascular Institute.
Dr. Anil Patel referred you after your coronary stent placement on November 16, 2026.</p>
<p><b>Orientation:</b> Monday, December 7, 2026 at 1:00 PM (about 90 minutes)<br>
<b>Then:</b> Monday, Wednesday and Friday sessions for 12 weeks</p>
<p>Wear comfortable clothes and walking shoes. Bring your medicines, including your
clopidogrel and nitroglycerin. Eat a light meal two hours before.</p>"""
    h = lakeside_page("Your Phase II cardiac rehab orientation is Monday", inner, tok("crehab"),
                      "You are receiving this e-mail because you were referred to Lakeside Cardiac Rehabilitation.")
    return mail(addr("Lakeside Cardiac Rehabilitation", "cardiacrehab@notify.lakesidehealth.example.org"),
                "lkipling@mail.example.org", "Welcome to Cardiac Rehab",
                date("2026-12-02 14:10", "-0600"), html(h), extra=AUTO)


@msg("unfilled-first-name-gi-reminder", "phi",
     "borderline: merge field {{first_name}} left unfilled, but sent to the patient with her MRN about her gastroenterology appointment")
def _():
    plain = """Dear {{first_name}},

This is a reminder of your appointment with Gastroenterology on
12/18/2026 at 8:15 AM.

  Location:  Valley Digestive Health, 1180 Orchard Park Drive, Suite 400
  Provider:  Kevin Huang, MD
  MRN:       00731904

Please arrive 15 minutes early and bring your insurance card and photo ID.
To reschedule, call (262) 555-0129.

Valley Digestive Health
"""
    h = """<p>Dear {{first_name}},</p>
<p>This is a reminder of your appointment with <b>Gastroenterology</b> on <b>12/18/2026 at 8:15 AM</b>.</p>
<p>Location: Valley Digestive Health, 1180 Orchard Park Drive, Suite 400<br>Provider: Kevin Huang, MD<br>MRN: 00731904</p>
<p>Please arrive 15 minutes early and bring your insurance card and photo ID. To reschedule, call (262) 555-0129.</p>"""
    hh = remindwell("Valley Digestive Health", "#2c3e50", h, tok("gi-unfilled"), "VDH-22019-XX",
                    "Valley Digestive Health &middot; 1180 Orchard Park Drive, Suite 400, Fenwick, WI 53188")
    return mail(addr("Valley Digestive Health", "vdh@r.remindwell.example.net"),
                "pnowicki62@mail.example.com", "Appointment reminder for {{first_name}}",
                date("2026-12-16 08:00", "-0600"), alt(text(plain), html(hh)))


@msg("subject-only-nephrology-reminder", "phi",
     "patient name, nephrology and appointment time only in the subject; body is a generic sign-in notice")
def _():
    t = """You have an upcoming appointment.

For your privacy, details are not included in this e-mail. Sign in to
Lakeside MyHealth to view, confirm or cancel:
https://myhealth.lakesidehealth.example.org/appointments

Lakeside Health - (414) 555-0110
"""
    return mail(addr("Lakeside Health", "appointments@notify.lakesidehealth.example.org"),
                "rosa.delgado77@mail.example.org",
                "Appointment reminder: Rosa Delgado - Nephrology 12/09 10:40 AM",
                date("2026-12-07 06:00", "-0600"), lk_alt(t, "You have an upcoming appointment", "You are receiving this e-mail because you have an upcoming appointment at Lakeside Health."), extra=AUTO)


@msg("filename-only-statement-cardiology", "phi",
     "named patient, date of service and cardiology only in the attachment file name; PDF is password protected")
def _():
    p = pdf([["This document is protected.", "",
              "Open it with the password described in the e-mail that accompanied it.",
              "Lakeside Health Patient Financial Services"]], title="Protected document")
    body = multi("mixed", [
        text("""Your statement is attached.

The attachment is protected. The password is your date of birth in the
format MMDDYYYY.

Please do not reply to this e-mail. Questions: (414) 555-0111.
Lakeside Health Patient Financial Services
"""),
        attach("application/pdf", p, "Statement_OKAFOR_CHIDI_DOS20261014_Lakeside_Cardiology.pdf")])
    return mail(addr("Lakeside Health", "statements@notify.lakesidehealth.example.org"),
                "chidi.okafor@mail.example.net", "Your statement",
                date("2026-11-29 04:30", "-0600"), body, extra=AUTO)


@msg("ics-only-pulmonology-spirometry", "phi",
     "calendar invite whose event and description name the patient, MRN, pulmonology spirometry and inhaler hold")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lakeside Health//Scheduling//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:LKH-APPT-90031177@lakesidehealth.example.org
DTSTAMP:20261130T180500Z
DTSTART;TZID=America/Chicago:20261210T083000
DTEND;TZID=America/Chicago:20261210T094500
SUMMARY:Pulmonology: spirometry + follow-up with Dr. Ferreira
LOCATION:Lakeside Lung Center\\, Westfield Clinic 3rd floor
DESCRIPTION:Patient: Harold Benning (MRN 00562217)\\nPulmonary function tes
 t (spirometry pre/post bronchodilator) then visit with Rui Ferreira\\, MD.\\n
 Do not use your albuterol inhaler for 4 hours before the test. Do not smok
 e the day of the test.
BEGIN:VALARM
TRIGGER:-P1D
ACTION:DISPLAY
DESCRIPTION:Appointment tomorrow
END:VALARM
END:VEVENT
END:VCALENDAR
"""
    body = multi("mixed", [
        text("Please see the attached calendar invitation.\n\nLakeside Health\n"),
        attach("text/calendar", ics, "invite.ics", cte="base64", cs="utf-8")])
    return mail(addr("Lakeside Health Scheduling", "scheduling@notify.lakesidehealth.example.org"),
                "hbenning@mail.example.com", "Calendar invitation", date("2026-11-30 12:05", "-0600"),
                body, extra=AUTO)


@msg("vcard-note-care-manager-chf", "phi",
     "care-management welcome to a named member in a heart-failure programme; vCard NOTE repeats it")
def _():
    vcf = """BEGIN:VCARD
VERSION:3.0
N:Albright;Teresa;;;RN
FN:Teresa Albright, RN
ORG:Keystone Valley Health Plan;Care Management
TITLE:Nurse Care Manager
TEL;TYPE=WORK,VOICE:+1-866-555-0190
EMAIL;TYPE=INTERNET:t.albright@kvhp.example.net
NOTE:Care manager for Eleanor Pruitt (KVH118420356) - Heart Health program
 (heart failure)\\, enrolled 11/2026. Call M-F 8-4:30.
END:VCARD
"""
    t = """Dear Eleanor Pruitt,

Welcome to Keystone Heart Health, our care program for members living
with heart failure. Your nurse care manager is Teresa Albright, RN.
Her contact card is attached so you can save it to your phone.

Teresa will call you this week to talk about your recent hospital stay,
your daily weights, your water pill (furosemide) and your follow-up
visit with your cardiologist.

Weigh yourself every morning. Call Teresa or your doctor if you gain
more than 3 pounds in a day or 5 pounds in a week.

Keystone Valley Health Plan Care Management
1-866-555-0190 (TTY 711)
"""
    body = multi("mixed", [text(t), attach("text/vcard", vcf, "Teresa_Albright_RN.vcf", cte="7bit", cs="utf-8")])
    return mail(addr("Keystone Care Management", "caremgmt@kvhp.example.net"),
                addr("Eleanor Pruitt", "epruitt@mail.example.com"),
                "Meet your Keystone Heart Health nurse", date("2026-12-01 10:40", "-0500"), body)


@msg("forwarded-rfc822-cataract-reminder", "phi",
     "patient forwards to his wife, as message/rfc822, his cataract surgery reminder with arrival time and drops")
def _():
    inner = mail(addr("Lakeside Eye Surgery Center", "eyesurgery@notify.lakesidehealth.example.org"),
                 addr("Dennis Hartley", "dhartley@mail.example.org"),
                 "Your cataract surgery on Wednesday, December 16",
                 date("2026-12-09 07:00", "-0600"),
                 text("""Dear Dennis Hartley,

Your cataract surgery (RIGHT eye) with Dr. Yusuf Adeyemi is on
Wednesday, December 16, 2026. Please arrive at 6:30 AM.

- Start your prednisolone and moxifloxacin eye drops in the right eye
  the day before surgery, 4 times a day.
- Nothing to eat or drink after midnight.
- You must have an adult drive you home and stay with you.
- Your post-op check is Thursday, 12/17 at 9:00 AM.

Lakeside Eye Surgery Center, (414) 555-0127
"""), extra=AUTO)
    body = multi("mixed", [
        text("""Carol - here's the one from the eye center. Can you take me Wed? We'd
have to leave by 6.

Dennis

Sent from my iPad
"""),
        rfc822(inner, filename="Your cataract surgery.eml")])
    return mail(addr("Dennis Hartley", "dhartley@mail.example.org"),
                addr("Carol Hartley", "carolhartley@mail.example.net"),
                "Fwd: Your cataract surgery on Wednesday, December 16",
                date("2026-12-09 07:42", "-0600"), body)


@msg("reply-confirm-quoted-stress-test", "phi",
     "patient reply confirming a cardiac stress test and asking about metoprolol, quoting the reminder")
def _():
    t = """C

Also can I take my metoprolol that morning or do I skip it? Thanks
- Ruth

On Fri, Dec 4, 2026 at 6:00 AM Lakeside Heart & Vascular <noreply-cv@notify.lakesidehealth.example.org> wrote:
> Hi Ruth,
>
> You are scheduled for a NUCLEAR STRESS TEST on Tue 12/8/2026 at
> 7:00 AM, Lakeside Heart & Vascular Institute, Cardiac Testing, 3rd fl.
> The test takes 3-4 hours.
>
> - No caffeine (coffee, tea, soda, chocolate, decaf) for 24 hours.
> - Nothing to eat 4 hours before.
> - Wear walking shoes.
> - Ask your doctor about beta-blocker medicines before the test.
>
> Reply C to confirm or call (414) 555-0117.
"""
    return mail(addr("Ruth Zielinski", "ruthz1951@mail.example.com"),
                addr("Lakeside Heart & Vascular", "noreply-cv@notify.lakesidehealth.example.org"),
                "Re: Your stress test on Tue 12/8", date("2026-12-04 08:17", "-0600"), text(t),
                extra=[("In-Reply-To", "<CV-REM-33180@notify.lakesidehealth.example.org>")])


@msg("bounce-dsn-with-original-reminder", "phi",
     "delivery-failure report that carries the original post-op visit reminder for a named patient")
def _():
    orig = mail(addr("Pinecrest Orthopedics", "reminders@pinecrestortho.example.com"),
                "lisa.carrow@oldmail.example.com",
                "Reminder: post-op visit 12/9 with Dr. Okonkwo",
                date("2026-12-07 10:00", "-0600"),
                text("""Hi Lisa,

Reminder of your post-op visit after your left ACL reconstruction:
Wednesday 12/9/2026 at 10:45 AM with Marcus Okonkwo, MD.

We will remove your sutures and check your brace settings. Please bring
your brace and your PT home-exercise log.

Pinecrest Orthopedics - (608) 555-0144
"""))
    report = text("""This is the mail system at host relay2.mailhub.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<lisa.carrow@oldmail.example.com>: host mx.oldmail.example.com said:
    550 5.1.1 <lisa.carrow@oldmail.example.com>: Recipient address rejected:
    User unknown in virtual mailbox table
""")
    status = (["Content-Type: message/delivery-status"],
              crlf("""Reporting-MTA: dns; relay2.mailhub.example.net
Arrival-Date: Mon, 7 Dec 2026 10:00:03 -0600 (CST)

Final-Recipient: rfc822; lisa.carrow@oldmail.example.com
Original-Recipient: rfc822;lisa.carrow@oldmail.example.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldmail.example.com
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
""").encode())
    body = multi("report", [report, status, rfc822(orig)], params="; report-type=delivery-status", preamble=False)
    return mail(addr("Mail Delivery System", "MAILER-DAEMON@relay2.mailhub.example.net"),
                "reminders@pinecrestortho.example.com", "Undelivered Mail Returned to Sender",
                date("2026-12-07 10:00", "-0600"), body, extra=AUTO)


_RECALL_ROWS = [
    ("Gwendolyn", "Abbott", "1957-03-11", "311 Alder St", "Port Alden", "A1C_DUE", "Erik Lindqvist MD"),
    ("Hector", "Balderas", "1962-08-02", "77 Bayview Ct", "Port Alden", "COLONOSCOPY_10Y", "Erik Lindqvist MD"),
    ("Imani", "Carter", "1979-12-19", "1408 Cedar Ln", "Westfield", "MAMMO_ANNUAL", "Naomi Okafor MD"),
    ("Jonah", "Dietrich", "1949-05-27", "22 Dover Rd", "Port Alden", "AWV_MEDICARE", "Erik Lindqvist MD"),
    ("Kiara", "Esposito", "1985-01-30", "915 Elm St Apt 3", "Westfield", "PAP_3Y", "Naomi Okafor MD"),
    ("Lamar", "Fitzgerald", "1966-10-08", "60 Fir Ave", "Port Alden", "A1C_DUE", "Folake Oyelaran MD"),
    ("Mira", "Gustafson", "1971-07-15", "4 Grove Ter", "Northgate", "MAMMO_ANNUAL", "Folake Oyelaran MD"),
    ("Nestor", "Halvorsen", "1958-02-21", "1200 Hill Rd", "Northgate", "COLONOSCOPY_5Y", "Folake Oyelaran MD"),
    ("Odette", "Ibarra", "1990-09-04", "38 Iris Way", "Westfield", "PAP_3Y", "Naomi Okafor MD"),
    ("Parker", "Jovanovic", "1953-11-29", "702 Juniper Dr", "Port Alden", "DIABETIC_EYE", "Erik Lindqvist MD"),
    ("Queenie", "Kamara", "1968-04-12", "55 Kestrel Ct", "Northgate", "A1C_DUE", "Folake Oyelaran MD"),
    ("Rafael", "Lindgren", "1960-06-06", "19 Larch St", "Port Alden", "COLONOSCOPY_10Y", "Erik Lindqvist MD"),
    ("Simone", "Mbeki", "1975-03-03", "880 Maple Blvd", "Westfield", "MAMMO_ANNUAL", "Naomi Okafor MD"),
    ("Thaddeus", "Norquist", "1946-12-25", "3 Nightingale Pl", "Northgate", "AWV_MEDICARE", "Folake Oyelaran MD"),
    ("Ursula", "Okeke", "1982-08-18", "641 Oak Hollow Rd", "Westfield", "PAP_3Y", "Naomi Okafor MD"),
    ("Vaughn", "Pellegrino", "1964-01-09", "2100 Pine St", "Port Alden", "DIABETIC_EYE", "Erik Lindqvist MD"),
    ("Winona", "Quist", "1959-09-23", "12 Quarry Ln", "Northgate", "COLONOSCOPY_5Y", "Folake Oyelaran MD"),
    ("Xavier", "Rasmussen", "1970-05-14", "477 Ridge Rd", "Port Alden", "A1C_DUE", "Erik Lindqvist MD"),
    ("Yolanda", "Sorensen", "1977-02-02", "90 Spruce Ct", "Westfield", "MAMMO_ANNUAL", "Naomi Okafor MD"),
    ("Zeke", "Thibodeaux", "1951-10-31", "1550 Tamarack Ave", "Northgate", "AWV_MEDICARE", "Folake Oyelaran MD"),
    ("Annika", "Ulrich", "1987-07-07", "26 Union St", "Westfield", "PAP_3Y", "Naomi Okafor MD"),
    ("Basil", "Varga", "1963-03-17", "808 Vine St", "Port Alden", "DIABETIC_EYE", "Erik Lindqvist MD"),
    ("Celeste", "Wainwright", "1972-11-05", "33 Willow Way", "Northgate", "A1C_DUE", "Folake Oyelaran MD"),
    ("Dmitri", "Yates", "1956-06-28", "145 Yarrow Ct", "Port Alden", "COLONOSCOPY_10Y", "Erik Lindqvist MD"),
    ("Estelle", "Zamora", "1948-08-08", "7 Zephyr Ln", "Westfield", "AWV_MEDICARE", "Naomi Okafor MD"),
    ("Florian", "Acosta", "1969-12-01", "2290 Aspen Dr", "Northgate", "DIABETIC_EYE", "Folake Oyelaran MD"),
]


@msg("csv-recall-batch-print-vendor", "phi",
     "recall mail-merge file (26 rows) to a print vendor: patient names, DOBs, addresses and the screening or test each is due for")
def _():
    rows = ["job_id,seq,first_name,last_name,dob,address1,city,state,zip,recall_code,pcp"]
    for i, r in enumerate(_RECALL_ROWS, 1):
        fn, ln, dob, a1, city, code, pcp = r
        z = {"Port Alden": "53090", "Westfield": "53099", "Northgate": "53227"}[city]
        rows.append("LKH-REC-2612,%d,%s,%s,%s,%s,%s,WI,%s,%s,%s" % (i, fn, ln, dob, a1, city, z, code, pcp))
    csvd = "\n".join(rows) + "\n"
    t = """Hi Dana,

Attached is the December recall file for the Port Alden Primary Care
campaign (job LKH-REC-2612, 26 records). Please use letter template
REC-v7 with the recall_code paragraph map we sent in October. Drop date
is 12/10.

The file is also on the SFTP in /inbound/lakeside/2026-12/. Let me know
if any addresses fail CASS.

Thanks,
Brent Mahler
Marketing Operations, Lakeside Health
(414) 555-0114
"""
    body = multi("mixed", [text(t), attach("text/csv", csvd, "LKH-REC-2612_recall_merge.csv", cte="base64", cs="utf-8")])
    return mail(addr("Brent Mahler", "bmahler@lakesidehealth.example.org"),
                addr("Dana Pruitt", "dana.pruitt@printpost.example.com"),
                "December recall file - LKH-REC-2612", date("2026-12-04 15:55", "-0600"), body,
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])


@msg("ehr-vendor-ticket-reminder-preview", "phi",
     "EHR vendor support ticket quoting a clinic's reminder preview with a named patient, DOB and device-check visit")
def _():
    t = """MeridianEHR Support - Case 04418872 updated

Hi Shauna,

Thanks for the details. I was able to reproduce the issue where the
department name is missing from the SMS version of the reminder.

From the preview you pasted into the case:

  ----- preview -----
  To: Ingrid Solberg  DOB 07/22/1950  (cell on file)
  "Lakeside Heart & Vascular: reminder of your pacemaker device check
   with Anil Patel MD on Thu 12/10 at 9:40 AM. Reply C to confirm."
  SMS version: "reminder of your  with Anil Patel MD on Thu 12/10..."
  ----- end preview -----

The {{dept_display_name}} token is empty for SMS when the department's
short name is over 24 characters. Workaround: set a short name under
Admin > Departments > Display. A fix is planned for release 12.6.

Please do not paste patient details into support cases in future; use
the PHI-safe attachment link in the case portal instead.

Regards,
Mateus Carvalho
Tier 2 Support, MeridianEHR
"""
    return mail(addr("MeridianEHR Support", "support@meridianehr.example.com"),
                addr("Shauna Kells", "skells@lakesidehealth.example.org"),
                "[Case 04418872] Reminder text missing department (SMS)",
                date("2026-12-08 13:37", "-0500"), text(t))


@msg("personalized-formulary-change-letter", "phi",
     "letter to a named member who fills sitagliptin that it changes tier, with covered alternatives")
def _():
    t = """Dear Winston Achterberg,

You recently filled a prescription for JANUVIA (sitagliptin) 100 mg
tablets through your Summit Health Plan pharmacy benefit.

Starting January 1, 2027, this drug moves from Tier 3 to Tier 4 on your
plan's formulary. Your cost for a 30-day supply will change from $47 to
$95 at a preferred pharmacy.

Lower-cost options covered on Tier 2 include:
  - sitagliptin (generic), 100 mg
  - glipizide ER, 5 mg or 10 mg
  - pioglitazone, 15 mg or 30 mg

Talk with your prescriber about whether one of these is right for you.
If you need to stay on your current drug, your prescriber can ask for a
tiering exception.

Member ID: SHP 2093 6641 01
""" + plain_footer_summit()
    return mail(addr("Summit Health Plan Pharmacy Services", "rx-notices@e.summithealthplan.example.com"),
                "wachterberg@mail.example.net", "A change to your drug coverage in 2027",
                date("2026-11-10 09:00", "-0700"), sm_alt(t, "Drug coverage change"), extra=AUTO)


@msg("hearing-aid-annual-check", "phi",
     "audiology reminder to a named patient about the annual hearing test for his fitted hearing aids")
def _():
    inner = """<p>Hi Bernard,</p>
<p>It's been a year since we fitted your <b>Lumen RIC 312</b> hearing aids (fitted December 3, 2025).</p>
<p>Your annual visit includes an updated hearing test, a clean-and-check of both devices and a
fine-tune of your programs. Your hearing aid warranty also covers one free repair before
<b>June 2027</b>.</p>"""
    h = remindwell("Sound Harbor Audiology", "#0077b6", inner, tok("audio"), "SHA-5531-BD",
                   "Sound Harbor Audiology &middot; 12 Wharf St, Dunmore Bay, WI 54998 &middot; (920) 555-0186")
    return mail(addr("Sound Harbor Audiology", "soundharbor@r.remindwell.example.net"),
                addr("Bernard Lyle", "bernard.lyle@mail.example.org"),
                "Time for your annual hearing check", date("2026-12-03 10:00", "-0600"), html(h))


@msg("bariatric-consult-confirmation", "phi",
     "confirmation to a named patient of a bariatric surgery consult with BMI and insurance diet requirements")
def _():
    t = """Dear Ms. Thornbury,

Thank you for choosing the Lakeside Weight Management & Bariatric
Surgery program. Your surgical consultation is confirmed:

  Tuesday, January 5, 2027 at 1:30 PM
  Surgeon: Daniel Greaves, MD
  Lakeside Medical Center, Professional Building, Suite 610

Your referral lists a BMI of 43.8 with type 2 diabetes and sleep apnea.
Your insurance (Keystone Valley Health Plan) requires 6 months of
medically supervised weight management before surgery; our dietitian
will start this with you at the same visit.

Please bring:
  - Your food and activity diary (3 days)
  - A list of medications
  - Your most recent sleep study, if you have it

(414) 555-0139
Lakeside Weight Management & Bariatric Surgery
"""
    return mail(addr("Lakeside Weight Management", "bariatrics@lakesidehealth.example.org"),
                addr("Abigail Thornbury", "a.thornbury@mail.example.com"),
                "Your consultation on January 5", date("2026-12-09 11:20", "-0600"), text(t))


@msg("windows1252-anesthesia-statement", "phi",
     "windows-1252 anesthesia bill for a named patient with the procedure date, facility and units")
def _():
    t = """FENWICK ANESTHESIA ASSOCIATES, S.C.
\u201cWe\u2019re the anesthesia team you met on the day of your procedure.\u201d

Patient:            Ruth Zeller
Account:            FAA-330917
Statement date:     11/28/2026

Date of service:    11/02/2026
Facility:           Valley Digestive Health Endoscopy Suite
Anesthesiologist:   Samuel Ortiz, MD \u2013 CRNA: Lena Voight
Service:            00811 Anesthesia for lower GI endoscopy \u2014 base 4 units + 2 time units
Charge:             $720.00
Keystone paid:      $489.60
Adjustment:         $130.40
Your balance:       $100.00

Why a separate bill? Anesthesia is billed by our group, not by the
facility or your gastroenterologist. It\u2019s normal to receive more than
one bill for the same procedure.

Pay by phone (262) 555-0161 \u2022 PO Box 90, Fenwick, WI 53188
"""
    return mail(addr("Fenwick Anesthesia Associates", "billing@fenwickanesthesia.example.com"),
                "ruth.zeller@mail.example.org", "Statement from Fenwick Anesthesia Associates",
                date("2026-11-28 06:30", "-0600"), text(t, cs="windows-1252", cte="qp"))


# ---------------------------------------------------------------- phi, not in English

@msg("es-recordatorio-cita-pediatria", "phi",
     "Spanish: reminder naming a child, her pediatric appointment, doctor and asthma follow-up", lang="es")
def _():
    plain = """Hola, familia Ortega:

Le recordamos la cita de Valentina Ortega Ruiz en el departamento de
Pediatría de la Clínica Familiar del Sol.

  Fecha:    jueves 10 de diciembre de 2026
  Hora:     3:20 p. m.
  Médica:   Dra. Isabel Ruiz
  Motivo:   control de asma y revisión del inhalador

Por favor traiga el inhalador de Valentina (salbutamol) y la cámara
espaciadora, y la tarjeta del seguro. Si necesita un intérprete, no
hace falta pedirlo: la Dra. Ruiz habla español.

Para cancelar o cambiar la cita llame al (608) 555-0183.

Clínica Familiar del Sol · 400 Calle Principal · Oak Hollow, WI 53599
Este mensaje puede contener información de salud protegida (PHI).
"""
    h = """<html><body style="font-family:Arial,sans-serif;font-size:15px;color:#333">
<div style="max-width:560px;margin:auto;border-top:6px solid #f4a300;padding:16px">
<h2 style="color:#c47d00;margin-top:0">Recordatorio de cita</h2>
<p>Hola, familia Ortega:</p>
<p>Le recordamos la cita de <b>Valentina Ortega Ruiz</b> en el departamento de <b>Pediatría</b> de la Clínica Familiar del Sol.</p>
<table cellpadding="5"><tr><td>Fecha</td><td>jueves 10 de diciembre de 2026</td></tr><tr><td>Hora</td><td>3:20 p.&nbsp;m.</td></tr>
<tr><td>Médica</td><td>Dra. Isabel Ruiz</td></tr><tr><td>Motivo</td><td>control de asma y revisión del inhalador</td></tr></table>
<p>Por favor traiga el inhalador de Valentina (salbutamol) y la cámara espaciadora, y la tarjeta del seguro.</p>
<p style="font-size:11px;color:#888">Clínica Familiar del Sol · 400 Calle Principal · Oak Hollow, WI 53599 · (608) 555-0183<br>Este mensaje puede contener información de salud protegida (PHI).</p>
</div></body></html>"""
    return mail(addr("Clínica Familiar del Sol", "citas@clinicadelsol.example.org", mode="Q"),
                "familia.ortega@mail.example.com", "Recordatorio: cita de Valentina el jueves 10 de diciembre",
                date("2026-12-08 17:30", "-0600"), alt(text(plain, cte="qp"), html(h)), subj_mode="Q")


@msg("es-estado-de-cuenta-latin1", "phi",
     "Spanish (ISO-8859-1): statement for a named patient with account number, internal-medicine visit and ECG", lang="es")
def _():
    t = """CENTRO MÉDICO SAN RAFAEL
Estado de cuenta del paciente

Paciente:            Ernesto Quiñones Bravo
Número de cuenta:    CMSR-0045521
Fecha del estado:    1 de diciembre de 2026

Fecha de servicio   Descripción                                Cargo
-----------------   ----------------------------------------   --------
06/11/2026          Consulta de medicina interna (99214)       $210.00
06/11/2026          Electrocardiograma de 12 derivaciones       $85.00
06/11/2026          Pago del seguro (Keystone)                -$196.40
06/11/2026          Ajuste contractual                         -$48.60

Saldo a pagar:                                                  $50.00
Fecha límite:        28 de diciembre de 2026

Puede pagar en línea en https://pagos.sanrafael.example.org o por
teléfono al (312) 555-0172. Si no puede pagar el saldo completo,
pregunte por nuestro plan de pagos o por el programa de asistencia
financiera.

Centro Médico San Rafael · 2500 W. Avenida Norte · Cicero Park, IL 60999
"""
    return mail(addr("Centro Médico San Rafael", "facturacion@sanrafael.example.org", cs="iso-8859-1"),
                "equinones@mail.example.net", "Su estado de cuenta está disponible",
                date("2026-12-01 06:00", "-0600"), text(t, cs="iso-8859-1", cte="8bit"),
                subj_cs="iso-8859-1", subj_mode="Q")


@msg("fr-rappel-rdv-ophtalmologie", "phi",
     "French (ISO-8859-15, QP): appointment reminder for a named patient for an intravitreal injection in ophthalmology", lang="fr")
def _():
    t = """Centre Hospitalier de Valmont
Service d'ophtalmologie

Madame Hélène Marchand,

Nous vous rappelons votre rendez-vous :

  Date :        mardi 15 décembre 2026 à 9 h 40
  Lieu :        Bâtiment C, 2e étage, hôpital de jour d'ophtalmologie
  Praticien :   Dr Thomas Girard
  Acte :        injection intravitréenne (œil gauche) - suivi DMLA

Merci de vous présenter 20 minutes avant l'heure du rendez-vous avec
votre carte Vitale, votre carte de mutuelle et votre dernière
ordonnance. Ne conduisez pas après l'injection : venez accompagnée.

En cas d'empêchement, merci de prévenir le secrétariat au
03 55 50 01 46 au moins 48 heures à l'avance.

Ce message est généré automatiquement, merci de ne pas y répondre.
"""
    return mail(addr("CH Valmont - Ophtalmologie", "rdv-ophtalmo@ch-valmont.example.fr.test"),
                "helene.marchand@courriel.example.fr.test",
                "Rappel : votre rendez-vous du 15 décembre en ophtalmologie",
                date("2026-12-13 08:00", "+0100"), text(t, cs="iso-8859-15", cte="qp"),
                subj_cs="iso-8859-15", subj_mode="Q")


@msg("de-terminerinnerung-mrt-knie", "phi",
     "German (ISO-8859-1, base64): MRI knee appointment reminder for a named patient with referral and implant questions", lang="de")
def _():
    t = """Sehr geehrter Herr Maier,

wir erinnern Sie an Ihren Termin in unserer Praxis:

  Untersuchung:  MRT des rechten Kniegelenks (ohne Kontrastmittel)
  Datum:         Mittwoch, 9. Dezember 2026, 14:15 Uhr
  Ort:           Radiologie am Stadtpark, Parkstraße 12, Erdgeschoss

Bitte bringen Sie Ihre Versichertenkarte und die Überweisung von
Dr. Krämer (Orthopädie) mit. Falls Sie einen Herzschrittmacher,
Metallimplantate oder Tätowierungen haben, teilen Sie uns dies bitte
vorab telefonisch mit.

Können Sie den Termin nicht wahrnehmen, sagen Sie bitte spätestens
24 Stunden vorher ab: 030 5550147.

Mit freundlichen Grüßen
Ihr Praxisteam
Radiologie am Stadtpark

Diese E-Mail wurde automatisch erstellt. Sie enthält vertrauliche
Gesundheitsdaten und ist nur für den genannten Empfänger bestimmt.
"""
    return mail(addr("Radiologie am Stadtpark", "termine@radiologie-stadtpark.example.de.test"),
                addr("Jürgen Maier", "j.maier@post.example.de.test", cs="iso-8859-1"),
                "Terminerinnerung: MRT am 9. Dezember, 14:15 Uhr",
                date("2026-12-07 10:00", "+0100"), text(t, cs="iso-8859-1", cte="base64"),
                subj_cs="iso-8859-1")


@msg("pt-convocatoria-vacina-gripe", "phi",
     "Portuguese: named patient (utente number, age 72) called for flu and COVID vaccination due to his diabetes", lang="pt")
def _():
    t = """Unidade de Saúde Familiar Ribeira Nova

Exmo. Sr. António Figueiredo
Utente n.º 281 447 903

Informamos que, de acordo com o seu registo clínico (idade 72 anos e
diabetes tipo 2), está convocado para a vacinação sazonal:

  - Vacina contra a gripe 2026/2027
  - Reforço da vacina contra a COVID-19

Pode dirigir-se à USF Ribeira Nova, sala de tratamentos, de segunda a
sexta-feira, entre as 9h00 e as 12h30, sem marcação, até 15 de janeiro.
Traga o seu cartão de cidadão e o boletim de vacinas.

Se já foi vacinado noutro local, por favor informe-nos para
atualizarmos o seu registo.

Com os melhores cumprimentos,
A equipa de enfermagem da USF Ribeira Nova
Telefone: 21 555 0132
"""
    return mail(addr("USF Ribeira Nova", "vacinacao@usf-ribeiranova.example.pt.test"),
                "antonio.figueiredo@correio.example.pt.test", "Convocatória para vacinação sazonal",
                date("2026-11-23 11:00", "+0000"), text(t, cte="8bit"), subj_mode="Q")


@msg("vi-nhac-lay-thuoc-metformin", "phi",
     "Vietnamese (base64): pharmacy refill reminder naming the patient and metformin with Rx number", lang="vi")
def _():
    t = """Nhà thuốc Corner Drug #214 - Nhắc lấy thuốc

Chào anh NGUYỄN VĂN HÙNG,

Đơn thuốc của anh sắp đến hạn lấy thêm:

  METFORMIN 500MG VIÊN (uống 2 viên, 2 lần mỗi ngày)
  Số đơn: Rx #6620988   Còn lại: 2 lần lấy thuốc
  Ngày đến hạn: 14/12/2026

Trả lời "CÓ" cho email này hoặc bấm Lấy thuốc trong ứng dụng Corner
Drug. Thuốc sẽ sẵn sàng vào ngày làm việc tiếp theo.

Dược sĩ nói tiếng Việt có mặt vào thứ Ba và thứ Năm.
Corner Drug #214, 901 State St, Milbrook, WI 53021, (920) 555-0176
"""
    return mail(addr("Nhà thuốc Corner Drug", "refills@rx.cornerdrug.example.com"),
                "hung.nguyen.v@mail.example.com", "Nhắc lấy thuốc: đơn thuốc của anh sắp đến hạn",
                date("2026-12-11 07:00", "-0600"), text(t, cte="base64"))


@msg("zh-gb2312-xinneike-fuzhen", "phi",
     "Chinese (GB2312, base64): cardiology follow-up reminder naming the patient, his doctor and echo test", lang="zh")
def _():
    t = """王建国 先生：

您好！这是湖滨健康中心的预约提醒。

  科室：心内科
  医生：帕特尔医生（Anil Patel, MD）
  时间：2026年12月9日（星期三）上午9:30
  项目：复诊及心脏超声检查

请提前15分钟到达三楼心血管中心登记，并携带医保卡、身份证件以及
目前正在服用的全部药物清单（包括阿司匹林和降压药）。

如需改期，请致电 (414) 555-0117（提供中文服务）。

湖滨健康中心
本邮件可能包含受保护的健康信息，仅供收件人本人阅读。
"""
    return mail(addr("湖滨健康中心", "appointments@notify.lakesidehealth.example.org", cs="gb2312"),
                "wangjianguo@mail.example.net", "预约提醒：12月9日心内科复诊",
                date("2026-12-07 09:00", "-0600"), text(t, cs="gb2312", cte="base64"),
                subj_cs="gb2312")


@msg("ja-iso2022jp-kenshin-seimitsu", "phi",
     "Japanese (ISO-2022-JP): health-check results for a named person, positive fecal occult blood, further testing advised", lang="ja")
def _():
    t = """佐藤 美咲 様

このたびは、みなと健診センターで健康診断を受診いただき
ありがとうございました。

受診日：2026年11月20日
受診者番号：MK-2611-04382

健診結果がマイページで確認できるようになりました。
今回の結果では、以下の項目で「要精密検査」の判定となっています。

  ・便潜血検査（2日法）：陽性

大腸内視鏡検査などの精密検査を、早めに医療機関で受けてください。
紹介状が必要な場合は、健診センターまでご連絡ください。

みなと健診センター
電話：03-5550-0148
※このメールは送信専用です。
"""
    return mail(addr("みなと健診センター", "kekka@minato-kenshin.example.jp.test", cs="iso-2022-jp"),
                "misaki.sato@mail.example.jp.test", "【みなと健診センター】健診結果のお知らせ",
                date("2026-12-04 10:00", "+0900"), text(t, cs="iso-2022-jp", cte="7bit"),
                subj_cs="iso-2022-jp")


@msg("ko-euckr-naesigyeong-yeyak", "phi",
     "Korean (EUC-KR, base64): health-screening booking for a named person with sedated gastroscopy preparation", lang="ko")
def _():
    t = """김민준 님, 안녕하세요.
한빛종합검진센터입니다.

건강검진 예약이 확정되었습니다.

  검진일시: 2026년 12월 12일(토) 오전 8시
  검진항목: 종합검진 A형, 수면 위내시경
  접수번호: HB-26-118204

[검진 전 안내]
- 검진 전날 저녁 9시 이후 금식 (물은 자정까지 가능)
- 혈압약은 아침 6시에 소량의 물과 함께 복용하세요.
- 아스피린 등 항혈소판제는 담당 의사와 상의 후 5일 전부터 중단하세요.
- 수면 내시경 후에는 당일 운전을 하실 수 없습니다.

문의: 02-555-0162
"""
    return mail(addr("한빛종합검진센터", "reserve@hanbit-checkup.example.kr.test", cs="euc-kr"),
                "minjun.kim@mail.example.kr.test", "[한빛검진센터] 건강검진 예약 확정 안내",
                date("2026-12-05 14:00", "+0900"), text(t, cs="euc-kr", cte="base64"),
                subj_cs="euc-kr")


@msg("ru-koi8r-zapis-endokrinolog", "phi",
     "Russian (KOI8-R, 8bit): appointment for a named patient with an endocrinologist, fasting glucose and HbA1c ordered", lang="ru")
def _():
    t = """Уважаемая Ольга Сергеевна Лебедева!

Напоминаем, что Вы записаны на приём:

  Врач:     эндокринолог Смирнова Наталья Викторовна
  Дата:     10 декабря 2026 г., 11:20
  Кабинет:  214, поликлиника 3, ул. Садовая, 18

Перед приёмом необходимо сдать анализы натощак: глюкоза крови и
гликированный гемоглобин (HbA1c). Процедурный кабинет работает
с 7:30 до 10:00.

Пожалуйста, возьмите с собой полис ОМС, паспорт и дневник
самоконтроля глюкозы.

Если Вы не можете прийти, отмените запись по телефону
8 (495) 555-01-37 или в личном кабинете.

Это автоматическое сообщение, отвечать на него не нужно.
"""
    return mail(addr("Городская поликлиника 3", "zapis@poliklinika3.example.ru.test", cs="koi8-r"),
                "o.lebedeva@pochta.example.ru.test", "Напоминание о записи к врачу 10 декабря",
                date("2026-12-08 09:00", "+0300"), text(t, cs="koi8-r", cte="8bit"), subj_cs="koi8-r")


@msg("it-referto-ecografia-disponibile", "phi",
     "Italian (QP): results-ready notice for a named patient's abdominal ultrasound with record number", lang="it")
def _():
    plain = """Gentile Sig. Marco Bellini,

il referto del Suo esame è disponibile.

  Esame:          Ecografia addome completo
  Data esame:     30/11/2026
  Reparto:        Diagnostica per Immagini - Ospedale San Giorgio
  N. pratica:     SG-2026-0884317

Può scaricare il referto dal Fascicolo Sanitario Elettronico oppure
ritirarlo allo sportello referti (piano terra, lun-ven 8:00-13:00).
Il referto va consegnato al medico che ha richiesto l'esame.

Per informazioni: 011 555 0119

Questo messaggio è generato automaticamente. Ai sensi della normativa
sulla protezione dei dati, il contenuto è riservato al destinatario.
"""
    return mail(addr("Ospedale San Giorgio - Referti", "referti@ospsangiorgio.example.it.test"),
                "marco.bellini@posta.example.it.test", "Referto disponibile: ecografia addome del 30/11/2026",
                date("2026-12-02 12:30", "+0100"), text(plain, cte="qp"))


@msg("pl-iso88592-wizyta-kardiologia", "phi",
     "Polish (ISO-8859-2, QP): cardiology clinic visit reminder for a named patient with Holter return", lang="pl")
def _():
    t = """Szanowny Panie Tadeuszu Wiśniewski,

przypominamy o wizycie w Poradni Kardiologicznej:

  Lekarz:   dr n. med. Agnieszka Wójcik
  Termin:   piątek, 11 grudnia 2026 r., godz. 12:40
  Miejsce:  Przychodnia Zdrowie Plus, ul. Ogrodowa 7, gabinet 105

Prosimy o zwrot rejestratora Holtera EKG w rejestracji przed wizytą
oraz o zabranie aktualnej listy przyjmowanych leków.

Jeżeli nie może Pan przyjść, prosimy o odwołanie wizyty pod numerem
22 555 01 28. Nieodwołana wizyta blokuje termin innym pacjentom.

Przychodnia Zdrowie Plus
Wiadomość wygenerowana automatycznie.
"""
    return mail(addr("Przychodnia Zdrowie Plus", "rejestracja@zdrowieplus.example.pl.test"),
                addr("Tadeusz Wiśniewski", "t.wisniewski@poczta.example.pl.test", cs="iso-8859-2"),
                "Przypomnienie o wizycie w Poradni Kardiologicznej",
                date("2026-12-09 08:00", "+0100"), text(t, cs="iso-8859-2", cte="qp"),
                subj_cs="iso-8859-2", subj_mode="Q")


@msg("tl-paalala-hypertension-followup", "phi",
     "Tagalog: reminder to a named patient of an internal-medicine blood-pressure follow-up and lab", lang="tl")
def _():
    t = """Magandang araw, Gng. Corazon Dimaculangan!

Ito ay paalala para sa inyong appointment:

  Doktor:   Dr. Ramon Villanueva, Internal Medicine
  Petsa:    Lunes, Disyembre 14, 2026, 10:00 ng umaga
  Lugar:    Bayanihan Community Clinic, 2nd floor

Ito ay follow-up para sa inyong altapresyon (high blood pressure).
Pakidala po ang inyong BP log at lahat ng gamot na iniinom ninyo
(amlodipine at losartan). Huwag po munang kumain 8 oras bago ang
appointment dahil kukuhanan kayo ng dugo para sa creatinine at
potassium.

Kung hindi kayo makakarating, tumawag po sa (206) 555-0159.

Salamat po!
Bayanihan Community Clinic
"""
    return mail(addr("Bayanihan Community Clinic", "appointments@bayanihanclinic.example.org"),
                "cora.dimaculangan@mail.example.com", "Paalala: appointment ninyo sa Lunes, Disyembre 14",
                date("2026-12-11 10:00", "-0800"), text(t))


@msg("ht-vaksen-pitit-ou", "phi",
     "Haitian Creole: vaccine recall naming a child with DOB and the doses due", lang="ht")
def _():
    t = """Bonjou paran oswa gadyen Jean-Baptiste Pierre-Louis,

Dosye nou yo montre ke Jean-Baptiste (dat nesans 09/05/2014) dwe resevwa
vaksen sa yo anvan li antre nan 7yèm ane:

  - Tdap (tetanòs, difteri, koklich)
  - HPV, premye dòz
  - Menengokòk (MenACWY), premye dòz

Nou gen klinik vaksen chak samdi maten soti 9è pou 12è, san randevou.
Pote kat asirans li ak kanè vaksen li.

Si li te deja pran vaksen sa yo yon lòt kote, tanpri voye dosye a ban nou.

Klinik Sante Fanmi Little River
(305) 555-0145
"""
    return mail(addr("Klinik Sante Fanmi Little River", "vaksen@littleriverhealth.example.org"),
                "mpierrelouis@mail.example.net", "Jean-Baptiste dwe pran vaksen li yo",
                date("2026-11-17 12:00", "-0500"), text(t, cte="qp"), subj_mode="Q")


@msg("ar-windows1256-physio-approval", "phi",
     "Arabic (windows-1256, base64): insurer approval of physiotherapy sessions for a named member with policy and approval numbers", lang="ar")
def _():
    t = """السيد/ خالد عبد الرحمن المنصوري المحترم،

تحية طيبة وبعد،

نفيدكم بالموافقة على طلب الموافقة المسبقة الخاص بكم:

  رقم البوليصة:    KVH-INT-448201
  رقم الموافقة:    PA-2026-77120
  الخدمة:          جلسات علاج طبيعي للركبة اليمنى بعد عملية الرباط الصليبي
  عدد الجلسات:     12 جلسة
  صالحة حتى:       28/02/2027
  مقدم الخدمة:     مركز التوازن للعلاج الطبيعي

يرجى إبراز بطاقة التأمين في كل زيارة. لا تمثل هذه الموافقة ضمانًا للدفع،
ويخضع الدفع لشروط وثيقة التأمين في تاريخ تقديم الخدمة.

خدمة العملاء: 1-866-555-0187

مع أطيب التحيات،
إدارة الموافقات الطبية
"""
    return mail(addr("Keystone Valley Health Plan", "intl-um@kvhp.example.net"),
                "k.almansouri@mail.example.com", "الموافقة على طلب العلاج الطبيعي",
                date("2026-12-03 09:00", "-0500"), text(t, cs="windows-1256", cte="base64"),
                subj_cs="windows-1256")


# ================================================================ restricted: mental health

@msg("bh-med-management-reminder", "restricted",
     "reminder to a named patient of a psychiatry medication-management visit at Harborview Behavioral Health", cat="mh")
def _():
    inner = """<p>Hi Daniel,</p>
<p>This is a reminder of your upcoming appointment:</p>
<p><b>Medication management visit</b><br>Sonia Castellanos, MD &ndash; Psychiatry<br>
<b>Thursday, December 10, 2026 at 4:00 PM</b> (in person, 2nd floor)</p>
<p>Please arrive 10 minutes early to complete a brief check-in questionnaire. Bring all of your
current medicine bottles.</p>
<p style="font-size:13px;color:#555">If you are in crisis, call or text 988 any time.</p>"""
    h = remindwell("Harborview Behavioral Health", "#3d5a80", inner, tok("bh-mm"), "HBH-41102-DK",
                   "Harborview Behavioral Health &middot; 615 Harbor St, Dunmore Bay, WI 54998 &middot; (920) 555-0125")
    plain = """Hi Daniel,

Reminder: Medication management visit with Sonia Castellanos, MD -
Psychiatry, Thursday, December 10, 2026 at 4:00 PM (in person, 2nd
floor). Please arrive 10 minutes early and bring all of your current
medicine bottles.

If you are in crisis, call or text 988 any time.

Harborview Behavioral Health, (920) 555-0125
"""
    return mail(addr("Harborview Behavioral Health", "hbh@r.remindwell.example.net"),
                addr("Daniel Kerrigan", "dkerrigan@mail.example.com"),
                "Reminder: your appointment Thu 12/10 at 4:00 PM",
                date("2026-12-08 16:00", "-0600"), alt(text(plain), html(h)))


@msg("ics-telehealth-therapy-session", "restricted",
     "telehealth invite for a named patient's weekly CBT psychotherapy session with an LCSW", cat="mh")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//TheraNest-like Scheduler//Cedar Counseling//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:cca-sess-20261209-7781@cedarcounseling.example.com
DTSTAMP:20261202T200000Z
DTSTART;TZID=America/Chicago:20261209T173000
DTEND;TZID=America/Chicago:20261209T182000
RRULE:FREQ=WEEKLY;COUNT=6
SUMMARY:Therapy session (video) - Jordan Ames\\, LCSW
DESCRIPTION:Client: Priya Deshmukh\\nService: Individual psychotherapy (CBT)
 \\, 53 min\\nJoin: https://meet.cedarcounseling.example.com/r/ames-7781\\nPl
 ease join from a private space.
ORGANIZER;CN=Cedar Counseling Associates:mailto:scheduling@cedarcounseling.example.com
ATTENDEE;CN=Priya Deshmukh;RSVP=TRUE:mailto:priya.d@mail.example.net
END:VEVENT
END:VCALENDAR
"""
    t = """Hi Priya,

Your weekly video sessions with Jordan Ames, LCSW are scheduled for
Wednesdays at 5:30 PM starting December 9. A calendar invitation with
the video link is attached.

Please join from a private, quiet space. If you need to cancel, give us
24 hours' notice to avoid the late-cancellation fee.

Cedar Counseling Associates
88 Birch St, Suite 4, Northgate, WI 53227 - (414) 555-0156
"""
    body = multi("mixed", [text(t), attach("text/calendar", ics, "therapy-sessions.ics", cte="7bit",
                                           cs="utf-8", ctparams="; method=REQUEST")])
    return mail(addr("Cedar Counseling Associates", "scheduling@cedarcounseling.example.com"),
                addr("Priya Deshmukh", "priya.d@mail.example.net"),
                "Your sessions with Jordan Ames, LCSW", date("2026-12-02 14:00", "-0600"), body)


@msg("previsit-phq9-gad7-psychiatry", "restricted",
     "request to a named patient to complete PHQ-9 and GAD-7 before her outpatient psychiatry follow-up", cat="mh")
def _():
    inner = """<p>Hello Rebecca Halloran,</p>
<p>Your follow-up visit with <b>Lakeside Outpatient Psychiatry</b> is on <b>Monday, December 14, 2026 at 10:30 AM</b>
with Martin Oyelowo, MD.</p>
<p>Before your visit, please complete two short questionnaires in MyMeridian:</p>
<ul><li>PHQ-9 (mood, about 2 minutes)</li><li>GAD-7 (anxiety, about 2 minutes)</li></ul>
<p>Your answers help Dr. Oyelowo see how your symptoms have changed since you started your current treatment.</p>
<p><a href="https://my.meridianehr.example.com/lakeside-psych/questionnaires" style="color:#6a3fa0;font-weight:bold">Start questionnaires</a></p>
<p style="font-size:12px">If you are having thoughts of harming yourself, call or text 988, or go to the nearest emergency room.</p>"""
    h = meridian_portal("Lakeside Outpatient Psychiatry", inner, tok("phq9"),
                        "Lakeside Outpatient Psychiatry &middot; 2200 Lakeshore Parkway, Pavilion C &middot; (414) 555-0131")
    return mail(addr("Lakeside Outpatient Psychiatry", "noreply@lakeside-psych.meridianehr.example.com"),
                "rhalloran@mail.example.org", "Please complete your questionnaires before 12/14",
                date("2026-12-10 09:00", "-0600"), html(h, cte="base64"), extra=AUTO)


@msg("no-show-outpatient-psychiatry", "restricted",
     "missed-appointment letter to a named patient from outpatient psychiatry about a medication-management visit", cat="mh")
def _():
    t = """Dear Mr. Abernathy-Cole,

We missed you at your appointment with Lakeside Outpatient Psychiatry
on Tuesday, December 1, 2026 at 2:00 PM (medication management with
Martin Oyelowo, MD).

It is important not to run out of your medicines. Your current
prescription for quetiapine was written for 30 days on 11/03/2026.
Please call us at (414) 555-0131 to reschedule so that Dr. Oyelowo
can review your treatment before your next refill.

If we do not hear from you within 14 days, our care coordinator will
try to reach you by phone.

If you are in crisis, call or text 988 (Suicide & Crisis Lifeline), or
call 911.

Lakeside Outpatient Psychiatry
2200 Lakeshore Parkway, Pavilion C, Port Alden, WI 53090
"""
    return mail(addr("Lakeside Outpatient Psychiatry", "psych-frontdesk@lakesidehealth.example.org"),
                "t.abernathycole@mail.example.com", "We missed you on December 1",
                date("2026-12-02 11:30", "-0600"), text(t))


@msg("statement-counseling-90837", "restricted",
     "counselling practice statement for a named client listing a diagnostic evaluation and 60-minute psychotherapy, F41.1", cat="mh")
def _():
    h = """<html><body style="font-family:Georgia,serif;font-size:14px;color:#333">
<table width="620" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:10px 0;border-bottom:2px solid #6b8f71"><span style="font-size:20px;color:#6b8f71">Cedar Counseling Associates</span><br>
<span style="font-size:12px">88 Birch St, Suite 4 &middot; Northgate, WI 53227 &middot; (414) 555-0156 &middot; Tax ID 39-5550142</span></td></tr>
<tr><td style="padding:14px 0">
<p><b>Client statement</b> &middot; 12/01/2026<br>Client: Mariah Esterhazy &middot; Client ID: CCA-2291<br>Clinician: Jordan Ames, LCSW &middot; Diagnosis: F41.1</p>
<table width="100%" cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cbd5c8;font-size:13px">
<tr style="background:#eef3ec"><th>Date</th><th>CPT</th><th>Service</th><th>Fee</th><th>Ins. paid</th><th>Client</th></tr>
<tr><td>11/04/2026</td><td>90791</td><td>Psychiatric diagnostic evaluation</td><td>$225.00</td><td>$142.00</td><td>$30.00</td></tr>
<tr><td>11/11/2026</td><td>90837</td><td>Psychotherapy, 60 min</td><td>$190.00</td><td>$118.00</td><td>$30.00</td></tr>
<tr><td>11/18/2026</td><td>90837</td><td>Psychotherapy, 60 min</td><td>$190.00</td><td>$118.00</td><td>$30.00</td></tr>
<tr><td>11/25/2026</td><td>90837</td><td>Psychotherapy, 60 min</td><td>$190.00</td><td>pending</td><td>$30.00</td></tr>
<tr><td colspan="5" align="right"><b>Balance due</b></td><td><b>$120.00</b></td></tr></table>
<p>Pay securely at <a href="https://pay.cedarcounseling.example.com">pay.cedarcounseling.example.com</a>. Sliding-scale fees are available.</p>
<p style="font-size:11px;color:#777">This statement contains confidential mental health information protected by HIPAA and Wis. Stat. &sect; 51.30. If you are not the intended recipient, delete it.</p>
</td></tr></table></body></html>"""
    return mail(addr("Cedar Counseling Associates Billing", "billing@cedarcounseling.example.com"),
                "mariah.esterhazy@mail.example.com", "Your statement from Cedar Counseling Associates",
                date("2026-12-01 07:00", "-0600"), html(h))


@msg("clozapine-anc-lab-reminder", "restricted",
     "reminder to a named patient that his ANC blood test is due before his next clozapine fill", cat="mh")
def _():
    t = """Hi Stefan,

This is Harborview Behavioral Health Pharmacy.

Your ANC blood test is due before we can fill your next supply of
clozapine 200 mg (Rx #CZ-550813). Your last ANC was on 11/09/2026 and
you are on every-4-weeks monitoring.

  Lab due by:   Monday, December 7, 2026
  Where:        Harborview lab, walk-in 7:30-11:00 AM
                or any Harbor Point Laboratories patient service center
  Next fill:    December 8, 2026

Please do not stop taking clozapine on your own. If you miss more than
two days of doses, call us before restarting - your dose may need to
be adjusted.

Harborview Behavioral Health Pharmacy - (920) 555-0126
"""
    return mail(addr("Harborview BH Pharmacy", "pharmacy@harborviewbh.example.org"),
                addr("Stefan Grabowski", "sgrabowski@mail.example.net"),
                "Lab test due before your next refill", date("2026-12-03 09:30", "-0600"),
                text(t, cte="qp"))


@msg("eating-disorder-php-intake", "restricted",
     "intake confirmation for a named patient entering an eating-disorder partial hospitalisation programme", cat="mh")
def _():
    plain = """Dear Hannah,

We're glad you're joining the Lakeside Eating Disorders Program. Your
intake for our Partial Hospitalization Program (PHP) is confirmed:

  Monday, December 14, 2026, 8:00 AM
  Lakeside Behavioral Health Pavilion, 4th floor
  Intake team: Leah Morgenstern, PsyD, and Carla Bui, RD

What to expect on day one:
  - Medical check (vitals, blind weight, labs)
  - Meeting with your therapist and dietitian
  - Your first supported meal (breakfast and lunch are provided)

Please bring your current medications and insurance card. Programme
days run 8:00 AM to 2:30 PM, Monday to Friday.

If you have questions before Monday, call our intake coordinator at
(414) 555-0133.

Lakeside Eating Disorders Program
"""
    return mail(addr("Lakeside Eating Disorders Program", "edprogram@lakesidehealth.example.org"),
                addr("Hannah Voorhees", "hvoorhees@mail.example.com"),
                "Your PHP intake on Monday, December 14", date("2026-12-09 15:00", "-0600"),
                lk_alt(plain, "Your PHP intake on Monday, December 14", "You are receiving this e-mail because you have a scheduled intake."))


@msg("post-discharge-survey-inpatient-psych", "restricted",
     "survey invitation naming the patient and her stay on the inpatient psychiatric unit, with discharge date", cat="mh")
def _():
    inner = """<p>Dear Naomi Feld,</p>
<p>Thank you for allowing us to care for you during your stay on <b>5 North, Adult Inpatient
Psychiatry</b> at Lakeside Medical Center (November 19&ndash;27, 2026).</p>
<p>We'd like to hear about your experience with our nurses, psychiatrists, therapists and the unit
environment. The survey takes about 6 minutes and your answers are confidential.</p>
<p style="margin:20px 0"><a href="https://survey.lakesidehealth.example.org/s/BHIP?r=9QK2L1" style="background:#0b5c8e;color:#ffffff;padding:11px 20px;border-radius:4px;text-decoration:none;font-weight:bold">Take the survey</a></p>
<p style="font-size:13px">Your follow-up appointment with Lakeside Outpatient Psychiatry is listed in MyHealth.
If you need support now, call or text 988.</p>"""
    h = lakeside_page("Tell us about your stay on 5 North", inner, tok("5n-survey"),
                      "You are receiving this survey because you were recently discharged from Lakeside Medical Center.",
                      unsub="https://lakesidehealth.example.org/u/surveys")
    return mail(addr("Lakeside Medical Center", "surveys@notify.lakesidehealth.example.org"),
                addr("Naomi Feld", "naomi.feld@mail.example.org"),
                "How was your stay on 5 North?", date("2026-12-02 11:00", "-0600"), html(h),
                extra=bulk("https://lakesidehealth.example.org/u/surveys", "PDS-BH-1202"))


@msg("unfilled-merge-bh-reminder", "restricted",
     "borderline: merge fields unfilled ({{first_name}}, %%APPT_DATE%%) but sent to one patient about her appointment at a behavioural health clinic", cat="mh")
def _():
    t = """Dear {{first_name}},

This is a reminder of your appointment at Harborview Behavioral Health
on %%APPT_DATE%% at %%APPT_TIME%% with %%PROVIDER_NAME%%.

Location: 615 Harbor St, Dunmore Bay, WI 54998 (Outpatient Counseling,
1st floor). Please arrive 15 minutes early.

To cancel or reschedule, call (920) 555-0125. Appointments cancelled
with less than 24 hours' notice may be charged a fee.

Harborview Behavioral Health
If you are in crisis, call or text 988.
"""
    return mail(addr("Harborview Behavioral Health", "reminders@harborviewbh.example.org"),
                "kbrandvold@mail.example.com", "Your upcoming appointment at Harborview Behavioral Health",
                date("2026-12-06 18:00", "-0600"), text(t), extra=[("X-Mailer", "ApptMailer 2.0")])


@msg("ko-euckr-jeongsin-geongang-yeyak", "restricted",
     "Korean (EUC-KR, base64): psychiatry clinic appointment for a named patient with depression scale and medication", cat="mh", lang="ko")
def _():
    t = """이서연 님, 안녕하세요.
마음숲 정신건강의학과의원입니다.

다음 진료 예약을 안내해 드립니다.

  진료일시: 2026년 12월 11일(금) 오후 3시 30분
  담당의: 박지훈 원장
  진료내용: 우울증 약물치료 경과 확인 및 상담

진료 전 대기실에서 우울 척도 설문(PHQ-9)을 작성해 주세요.
현재 복용 중인 에스시탈로프람은 진료일까지 처방대로 계속 복용하시기 바랍니다.

예약 변경: 02-555-0171
위기 상황에는 자살예방상담전화 109로 24시간 연락하실 수 있습니다.
"""
    return mail(addr("마음숲 정신건강의학과", "reserve@maumsoop-clinic.example.kr.test", cs="euc-kr"),
                "seoyeon.lee@mail.example.kr.test", "[마음숲] 12월 11일 진료 예약 안내",
                date("2026-12-09 10:00", "+0900"), text(t, cs="euc-kr", cte="base64"), subj_cs="euc-kr")


# ================================================================ restricted: substance-use treatment

PART2 = ("This information has been disclosed to you from records protected by federal\n"
         "confidentiality rules (42 CFR part 2). Federal rules prohibit any further\n"
         "disclosure of this information unless expressly permitted by the patient or\n"
         "by 42 CFR part 2.")


@msg("otp-holiday-take-home-schedule", "restricted",
     "opioid treatment programme telling a named patient her methadone dosing and take-home bottles over the holiday", cat="sud")
def _():
    t = """CROSSROADS TREATMENT CENTER
Holiday dosing schedule

Patient:  Angela Whitcomb     Patient ID: CTC-10478
Phase:    3 (two take-homes per week)
Dose:     methadone 85 mg daily

The clinic is closed on Friday, December 25. Your schedule:

  Thu 12/24   Dose at clinic (6:00-10:00 AM) + 1 take-home for 12/25
  Sat 12/26   Dose at clinic (7:00-9:00 AM, holiday hours)
  Sun 12/27   Take-home (your usual)

Bring your lockbox on 12/24. Take-home bottles must be returned empty
at your next visit. Random callbacks continue over the holiday.

Crossroads Treatment Center, 1440 Industrial Pkwy, Port Alden, WI 53090
Dosing window line: (414) 555-0141

""" + PART2 + "\n"
    return mail(addr("Crossroads Treatment Center", "dosing@crossroadstc.example.org"),
                "angela.whitcomb@mail.example.com", "Holiday dosing schedule - December 24-27",
                date("2026-12-14 12:00", "-0600"), text(t))


@msg("buprenorphine-rx-ending-reminder", "restricted",
     "addiction-medicine reminder to a named patient that his buprenorphine-naloxone prescription is ending, visit needed", cat="sud")
def _():
    inner = """<p>Hello Cody Rasmussen,</p>
<p>Your prescription for <b>buprenorphine-naloxone 8 mg-2 mg film</b> (take 2 films daily) runs out on
<b>December 12, 2026</b>.</p>
<p>To get your next prescription, please keep or schedule a visit with the Lakeside Addiction
Medicine clinic. Your next visit is:</p>
<p><b>Friday, December 11 at 1:15 PM</b> with Grace Liu, NP (video or in person)</p>
<p>A urine drug test is done at each in-person visit. If you need to change the time, call
(414) 555-0142. Please do not wait until you run out.</p>"""
    h = meridian_portal("Lakeside Addiction Medicine", inner, tok("bup-rx"),
                        "Lakeside Addiction Medicine &middot; Pavilion C, 2nd floor &middot; (414) 555-0142<br>"
                        "42 CFR part 2: this information is protected by federal confidentiality rules.")
    return mail(addr("Lakeside Addiction Medicine", "noreply@lakeside-am.meridianehr.example.com"),
                "cody.rasmussen@mail.example.net", "Your prescription ends December 12",
                date("2026-12-07 09:00", "-0600"), html(h), extra=AUTO)


@msg("iop-group-schedule-week", "restricted",
     "intensive outpatient programme group schedule for a named participant with drug testing", cat="sud")
def _():
    t = """Hi Marcus,

Here is your Harborview Recovery IOP schedule for the week of
December 14:

  Mon 12/14  6:00-9:00 PM   Group: Relapse prevention   (Room 3)
  Wed 12/16  6:00-9:00 PM   Group: Coping with cravings (Room 3)
  Thu 12/17  6:00-9:00 PM   Group + family session       (Room 1)
  Thu 12/17  5:30 PM        Individual with Tamara, CADC

Reminders:
  - A urine drug screen is collected at check-in each night.
  - Week 5 of 8. You have attended 12 of 12 sessions - nice work.
  - Bring your recovery workbook on Thursday.

Harborview Recovery Services, 615 Harbor St, Dunmore Bay
(920) 555-0128

""" + PART2 + "\n"
    return mail(addr("Harborview Recovery Services", "iop@harborviewbh.example.org"),
                addr("Marcus Delacroix", "mdelacroix@mail.example.com"),
                "Your IOP schedule: week of 12/14", date("2026-12-11 16:00", "-0600"),
                text(t, cte="qp"))


@msg("sublocade-monthly-injection-reminder", "restricted",
     "reminder to a named patient of her monthly extended-release buprenorphine (Sublocade) injection", cat="sud")
def _():
    inner = """<p>Hi Jenna,</p>
<p>Your monthly injection visit is coming up:</p>
<p><b>Tuesday, December 15, 2026 &middot; 11:20 AM</b><br>Northgate Recovery Clinic &middot; Paul Greenberg, MD</p>
<p>Visit type: <b>Sublocade 100 mg injection</b> (month 4)</p>
<p>Your injection must be given at least 26 days after the last one (11/17). Please don't miss it.</p>"""
    h = remindwell("Northgate Recovery Clinic", "#5b8e7d", inner, tok("subloc"), "NRC-8830-JT",
                   "Northgate Recovery Clinic &middot; 77 Commerce St, Suite 300, Northgate, WI 53227 &middot; (414) 555-0153")
    return mail(addr("Northgate Recovery Clinic", "nrc@r.remindwell.example.net"),
                addr("Jenna Tolliver", "jtolliver@mail.example.org"),
                "Reminder: injection visit Tue 12/15 at 11:20 AM",
                date("2026-12-13 10:00", "-0600"), html(h, cte="base64"))


@msg("detox-admission-checklist-pdf", "restricted",
     "pre-admission letter (PDF) for a named patient's medically managed alcohol withdrawal admission", cat="sud")
def _():
    letter = [
        "PINEWOOD RECOVERY CENTER",
        "3100 County Road K, Fenwick, WI 53188   |   Admissions (262) 555-0168",
        "",
        "PRE-ADMISSION INSTRUCTIONS",
        "",
        "Patient:          Gregory Salinas",
        "Admission date:   Wednesday, December 9, 2026, arrive 9:00 AM",
        "Level of care:    ASAM 3.7-WM  Medically monitored withdrawal management",
        "Primary concern:  Alcohol use disorder; expected stay 4-6 days",
        "",
        "Please bring:",
        "  - Photo ID and insurance card",
        "  - All current medications in original bottles",
        "  - 5 days of comfortable clothing, no alcohol-based products",
        "",
        "Do NOT stop drinking suddenly before admission. Stopping on your own can",
        "cause seizures. Our medical team will manage your withdrawal safely.",
        "",
        "After withdrawal management, your counselor will help you plan the next",
        "step (residential, IOP, or outpatient with medication).",
        "",
        "42 CFR part 2: these records are protected by federal confidentiality rules.",
    ]
    body = multi("mixed", [
        text("""Hello Gregory,

Your admission is confirmed for Wednesday, December 9 at 9:00 AM.
Your pre-admission instructions are attached. Please read them before
you arrive, and call Admissions at (262) 555-0168 with any questions.

Pinewood Recovery Center Admissions
"""),
        attach("application/pdf", pdf([letter], flate=True, title="Pre-admission"), "PreAdmission_Instructions.pdf")])
    return mail(addr("Pinewood Recovery Center", "admissions@pinewoodrecovery.example.org"),
                addr("Gregory Salinas", "gsalinas@mail.example.net"),
                "Your admission on December 9", date("2026-12-07 14:20", "-0600"), body)


@msg("contingency-management-reward", "restricted",
     "contingency-management reward notice to a named participant for a negative stimulant test", cat="sud")
def _():
    plain = """Great job, Tyler!

Your sample on Thu 12/3 was NEGATIVE for stimulants.

You earned: $15.00
Streak: 6 negative samples in a row
RecoveryRewards card balance: $72.00

Your next sample days are Mon 12/7 and Thu 12/10. Each negative
sample in a row increases your reward by $1.50, up to $25.

Lakeside Addiction Medicine - Contingency Management Program
(414) 555-0142
"""
    h = """<div style="font-family:Verdana,sans-serif;max-width:480px;margin:auto;text-align:center;border:1px solid #cde">
<div style="background:#2a9d8f;color:#fff;padding:14px;font-size:22px">Great job, Tyler!</div>
<div style="padding:16px;font-size:15px">
<p>Your sample on Thu 12/3 was <b>NEGATIVE</b> for stimulants.</p>
<p style="font-size:32px;color:#2a9d8f;margin:8px 0"><b>+$15.00</b></p>
<p>Streak: <b>6</b> negative samples in a row<br>RecoveryRewards card balance: <b>$72.00</b></p>
<p>Next sample days: Mon 12/7 and Thu 12/10</p>
<p style="font-size:11px;color:#777">Lakeside Addiction Medicine &middot; Contingency Management Program &middot; (414) 555-0142<br>Protected by 42 CFR part 2.</p>
</div></div>"""
    return mail(addr("RecoveryRewards", "rewards@lakesidehealth.example.org"),
                "tyler.brandt.99@mail.example.com", "You earned $15 today",
                date("2026-12-03 15:40", "-0600"), alt(text(plain), html(h)))


@msg("vivitrol-aud-injection-due", "restricted",
     "alcohol recovery programme telling a named patient his extended-release naltrexone injection is due", cat="sud")
def _():
    t = """Dear Raymond Kettering,

Your next extended-release naltrexone (Vivitrol) 380 mg injection for
the Alcohol Recovery Program is due on Monday, December 14, 2026.

  Injection clinic: Northgate Recovery Clinic, Suite 300
  Walk-in hours:    Mon-Fri 8:00 AM - 3:00 PM

Please bring the wallet card that says you are taking naltrexone, and
tell us if you have been prescribed any opioid pain medicine since your
last injection.

Your counselor, Hector, is also available that day if you'd like to
check in.

Northgate Recovery Clinic
(414) 555-0153

""" + PART2 + "\n"
    return mail(addr("Northgate Recovery Clinic", "injections@northgaterecovery.example.com"),
                "rkettering@mail.example.net", "Your next injection is due 12/14",
                date("2026-12-09 08:30", "-0600"), text(t))


@msg("es-metadona-cambio-horario", "restricted",
     "Spanish: OTP notice to a named patient changing his methadone dosing window, with take-home rules", cat="sud", lang="es")
def _():
    t = """Estimado Sr. Rigoberto Castañeda:

Le informamos que a partir del lunes 4 de enero de 2027 cambia el
horario de la ventanilla de dosificación del Centro de Tratamiento
Crossroads:

  Lunes a viernes:   5:30 a. m. - 11:00 a. m.
  Sábados:           7:00 a. m. - 10:00 a. m.
  Domingos:          cerrado (dosis para llevar)

Su dosis actual de metadona (70 mg) y sus dosis para llevar del
domingo no cambian. Recuerde traer su caja con llave cada sábado.

Si este horario le causa un problema con su trabajo, hable con su
consejera, Lucía, para buscar una solución.

Centro de Tratamiento Crossroads · (414) 555-0141

Esta información proviene de registros protegidos por las normas
federales de confidencialidad (42 CFR parte 2).
"""
    return mail(addr("Centro de Tratamiento Crossroads", "dosis@crossroadstc.example.org"),
                "rcastaneda@mail.example.com", "Cambio de horario de dosificación a partir del 4 de enero",
                date("2026-12-10 12:00", "-0600"), text(t, cte="qp"), subj_mode="Q")


@msg("ru-koi8r-narkolog-naltrekson", "restricted",
     "Russian (KOI8-R, base64): narcology appointment for a named patient's alcohol-dependence treatment with naltrexone", cat="sud", lang="ru")
def _():
    t = """Уважаемый Виктор Павлович Громов!

Напоминаем о приёме у врача психиатра-нарколога:

  Дата и время:  14 декабря 2026 г., 16:00
  Врач:          Кузнецов Андрей Игоревич
  Адрес:         Наркологический диспансер, ул. Лесная, 5, кабинет 9

На приёме будет оценена эффективность лечения алкогольной
зависимости и решён вопрос о продлении курса налтрексона.

Просим не употреблять алкоголь за 3 суток до приёма. При себе иметь
паспорт и выписку из стационара.

Сведения о Вашем лечении составляют врачебную тайну и не передаются
третьим лицам без Вашего согласия.

Телефон регистратуры: 8 (495) 555-01-64
"""
    return mail(addr("Наркологический диспансер", "registratura@narko-disp.example.ru.test", cs="koi8-r"),
                "v.gromov@pochta.example.ru.test", "Напоминание о приёме 14 декабря",
                date("2026-12-11 10:00", "+0300"), text(t, cs="koi8-r", cte="base64"), subj_cs="koi8-r")


# ================================================================ restricted: HIV

@msg("prep-refill-and-labs-due", "restricted",
     "PrEP programme telling a named patient his PrEP supply ends and his 3-month HIV test and labs are due", cat="hiv")
def _():
    t = """Hi Andre,

This is the Eastside PrEP Program. Your 90-day supply of PrEP
(emtricitabine/tenofovir disoproxil fumarate 200/300 mg) runs out
around December 20, 2026.

Before we can send your next prescription, you need your 3-month labs:
  - HIV test (4th generation)
  - Creatinine (kidney function)
  - Syphilis, gonorrhea and chlamydia screening

Lab walk-in: Mon-Fri 8:00-4:00, Eastside Community Health Center,
1st floor. Or order a home kit from the link in your portal.

Questions? Text or call our PrEP navigator, Luis, at (414) 555-0165.

Eastside Community Health Center
2750 E. Division St, Port Alden, WI 53090
"""
    return mail(addr("Eastside PrEP Program", "prep@eastsidechc.example.org"),
                "andre.baptiste@mail.example.com", "Your PrEP refill: labs due",
                date("2026-12-01 10:15", "-0600"), text(t))


@msg("hiv-clinic-ryan-white-reminder", "restricted",
     "reminder to a named patient of a Ryan White HIV clinic visit with viral load and CD4 labs", cat="hiv")
def _():
    inner = """<p>Hi Keith,</p>
<p>Reminder: you have an appointment at <b>Eastside Positive Care Clinic</b>.</p>
<p><b>Monday, December 14, 2026</b><br>
Lab draw 8:40 AM (HIV viral load, CD4, CMP)<br>
Visit 9:20 AM with Hannah Iwu, MD</p>
<p>Your Ryan White eligibility paperwork is due at this visit; bring proof of income and address.
Free parking and bus passes are available at the front desk.</p>"""
    h = remindwell("Eastside Positive Care Clinic", "#9b2226", inner, tok("rw-hiv"), "EPC-6120-KH",
                   "Eastside Positive Care Clinic &middot; 2750 E. Division St, Port Alden, WI 53090 &middot; (414) 555-0166")
    return mail(addr("Eastside Positive Care Clinic", "epc@r.remindwell.example.net"),
                addr("Keith Holloway", "kholloway@mail.example.net"),
                "Reminder: appointment Mon 12/14", date("2026-12-11 17:00", "-0600"), html(h))


@msg("viral-load-results-ready", "restricted",
     "portal results notice to a named patient naming an HIV-1 RNA viral load and CD4 count", cat="hiv")
def _():
    plain = """Hello Simone Achterberg,

New test results are available in your MyMeridian account:

  * HIV-1 RNA, quantitative (viral load) - collected 11/30/2026
  * CD4 absolute count and percent - collected 11/30/2026

Ordered by: Hannah Iwu, MD, Eastside Positive Care Clinic

Sign in to view: https://my.meridianehr.example.com/eastside/results
"""
    inner = """<p>Hello Simone Achterberg,</p><p>New test results are available in your MyMeridian account:</p>
<ul><li>HIV-1 RNA, quantitative (viral load) &ndash; collected 11/30/2026</li><li>CD4 absolute count and percent &ndash; collected 11/30/2026</li></ul>
<p>Ordered by: Hannah Iwu, MD, Eastside Positive Care Clinic</p>
<p><a href="https://my.meridianehr.example.com/eastside/results" style="color:#6a3fa0;font-weight:bold">Sign in to view your results</a></p>"""
    h = meridian_portal("Eastside Positive Care Clinic", inner, tok("vl"),
                        "Eastside Positive Care Clinic &middot; (414) 555-0166")
    return mail(addr("Eastside Positive Care Clinic", "noreply@eastside.meridianehr.example.com"),
                "simone.achterberg@mail.example.org", "New test results are available",
                date("2026-12-02 16:45", "-0600"), alt(text(plain), html(h)), extra=AUTO)


@msg("specialty-pharmacy-biktarvy-shipment", "restricted",
     "specialty pharmacy shipment notice naming the patient and his antiretroviral (Biktarvy) with delivery details", cat="hiv")
def _():
    t = """ORION SPECIALTY PHARMACY - Delivery scheduled

Patient:     JAMAL WESTBROOK
Medication:  BIKTARVY 50-200-25 MG TABLET, #30 (Rx 8871203)
Ships:       Tuesday 12/08/2026
Delivery:    Wednesday 12/09/2026 by 8:00 PM, signature required
Copay:       $0.00 (manufacturer copay assistance applied)

Your package will arrive in plain packaging. If you need it sent to a
different address or held at a pickup location, reply before 3 PM
Monday or call 1-888-555-0112.

Missed doses? Take it as soon as you remember the same day; do not
take two doses at once. Your pharmacist is available 24/7.

Orion Specialty Pharmacy, 600 Meridian Way, Brookfield Heights, WI 53005
"""
    return mail(addr("Orion Specialty Pharmacy", "delivery@orionspecialty.example.com"),
                "jwestbrook@mail.example.com", "Delivery scheduled for 12/09",
                date("2026-12-06 11:00", "-0600"), text(t), extra=AUTO)


@msg("adap-recertification-due", "restricted",
     "state AIDS Drug Assistance Program notice to a named client that eligibility recertification is due", cat="hiv")
def _():
    t = """WISCONSIN-STYLE AIDS DRUG ASSISTANCE PROGRAM (ADAP)
Recertification notice

Client:      Felipe Arredondo
ADAP ID:     ADAP-0071184
Due date:    December 31, 2026

Your ADAP coverage for HIV medications and insurance premium help ends
on December 31, 2026 unless you recertify. To recertify, send us:

  1. The signed recertification form (enclosed in your portal)
  2. Proof of income for the last 30 days
  3. Proof of address
  4. A current insurance card, if you have one

Your medical case manager at Eastside Positive Care Clinic can help you
complete the form. If your information has not changed, you may use the
short "self-attestation" form.

ADAP Client Services: 1-800-555-0151
"""
    return mail(addr("ADAP Client Services", "adap-notices@dhs.state.example.gov.test"),
                "f.arredondo@mail.example.net", "Action needed: recertify for ADAP by December 31",
                date("2026-11-30 09:00", "-0600"), text(t, cte="qp"))


@msg("prep-telehealth-ics-home-test", "restricted",
     "calendar invite for a named patient's PrEP telehealth follow-up with home HIV test instructions", cat="hiv")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Lakeside Health//Virtual Care//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:vv-20261210-55231@lakesidehealth.example.org
DTSTAMP:20261203T141500Z
DTSTART;TZID=America/Chicago:20261210T121500
DTEND;TZID=America/Chicago:20261210T123000
SUMMARY:PrEP follow-up (video) - Lakeside Sexual Health Clinic
DESCRIPTION:Patient: Owen Tremblay\\nBefore the visit: complete your home HI
 V test kit and upload the result photo in MyHealth.\\nJoin: https://video.l
 akesidehealth.example.org/j/5523-1208
ORGANIZER;CN=Lakeside Virtual Care:mailto:virtualcare@notify.lakesidehealth.example.org
ATTENDEE;CN=Owen Tremblay:mailto:otremblay@mail.example.com
END:VEVENT
END:VCALENDAR
"""
    body = multi("mixed", [
        text("""Hi Owen,

Your video visit is scheduled. The calendar invite is attached.

Lakeside Virtual Care
"""),
        attach("text/calendar", ics, "visit.ics", cte="base64", cs="utf-8", ctparams="; method=REQUEST")])
    return mail(addr("Lakeside Virtual Care", "virtualcare@notify.lakesidehealth.example.org"),
                addr("Owen Tremblay", "otremblay@mail.example.com"),
                "Video visit Thu 12/10 at 12:15 PM", date("2026-12-03 08:15", "-0600"), body, extra=AUTO)


@msg("qp-dolutegravir-refill-ready", "restricted",
     "pharmacy ready-for-pickup notice (QP soft breaks inside drug names) naming the patient and his HIV regimen", cat="hiv")
def _():
    t = ("Corner Drug #214: Hi RAFAEL MONTOYA-LINDSTROM, your prescriptions are ready for pickup: DOLUTEGRAVIR SODIUM 50MG TABLET (Rx #6623150) "
         "and EMTRICITABINE-TENOFOVIR ALAFENAMIDE 200-25MG TABLET (Rx #6623151). Total due $0.00. We will hold them until 12/14/2026. "
         "Ask to speak with the pharmacist about your new combination; take both once daily with or without food.\n"
         "\n"
         "Corner Drug #214, 901 State St, Milbrook, WI 53021, (920) 555-0176\n")
    return mail(addr("Corner Drug Pharmacy", "pickup@rx.cornerdrug.example.com"),
                "rmontoya.l@mail.example.org", "Your prescriptions are ready for pickup",
                date("2026-12-07 12:40", "-0600"), text(t, cte="qp"))


@msg("pt-lembrete-consulta-prep", "restricted",
     "Portuguese: PrEP consultation and HIV test reminder for a named user of a health unit", cat="hiv", lang="pt")
def _():
    t = """Olá, Rodrigo Menezes,

Lembramos a sua consulta de seguimento de PrEP (profilaxia pré-exposição
ao VIH):

  Data:      quinta-feira, 17 de dezembro de 2026, às 18h30
  Local:     Consulta de PrEP, Centro de Saúde Alcântara, piso 1
  Médica:    Dra. Inês Carvalho

Antes da consulta será feito o teste rápido do VIH e colheita para
sífilis e função renal. Traga a embalagem do medicamento
(emtricitabina/tenofovir) que está a tomar.

Se precisar de remarcar, ligue 21 555 0147 ou responda a este e-mail.

Centro de Saúde Alcântara
Informação confidencial destinada apenas ao destinatário.
"""
    return mail(addr("Centro de Saúde Alcântara", "prep@cs-alcantara.example.pt.test", mode="Q"),
                "rodrigo.menezes@correio.example.pt.test", "Lembrete: consulta de PrEP a 17 de dezembro",
                date("2026-12-14 09:00", "+0000"), text(t, cte="qp"))


@msg("fr-charge-virale-rdv-infectiologie", "restricted",
     "French: infectious-diseases appointment for a named patient with HIV viral load and CD4 to be drawn", cat="hiv", lang="fr")
def _():
    t = """Monsieur Karim Benali,

Votre prochain rendez-vous de suivi est fixé au :

  jeudi 10 décembre 2026 à 14 h 00
  Service des maladies infectieuses et tropicales, consultation VIH
  Dr Claire Fontaine, bâtiment B, rez-de-chaussée

Merci de passer au laboratoire à jeun à partir de 8 h le même jour
pour le bilan prescrit : charge virale VIH, lymphocytes CD4, bilan
rénal et hépatique.

Pensez à apporter votre traitement antirétroviral en cours et votre
carte Vitale.

Secrétariat : 03 55 50 01 58
Centre Hospitalier de Valmont
Message confidentiel - secret médical.
"""
    return mail(addr("CH Valmont - Maladies infectieuses", "smit@ch-valmont.example.fr.test"),
                "k.benali@courriel.example.fr.test", "Votre rendez-vous du 10 décembre",
                date("2026-12-03 11:00", "+0100"), text(t, cte="8bit"), subj_mode="Q")


# ================================================================ restricted: genetic

@msg("cancer-genetics-appt-confirmation", "restricted",
     "genetics clinic appointment for a named patient referred for hereditary breast and ovarian cancer evaluation", cat="gen")
def _():
    plain = """Dear Ms. Lindqvist-Moore,

Your appointment with the Lakeside Cancer Genetics Clinic is confirmed.

  Date:     Wednesday, December 16, 2026, 1:00 PM
  With:     Morgan Feliciano, MS, CGC (genetic counselor)
  Where:    Lakeside Cancer Center, 2nd floor, Suite 240
  Referral: family history of breast cancer (mother, age 44) and
            ovarian cancer (maternal aunt)

At this visit your genetic counselor will review your family history,
explain hereditary cancer syndromes such as BRCA1/BRCA2, and talk with
you about whether genetic testing is right for you. If you decide to
test, a saliva or blood sample can be collected the same day.

Please complete the family history questionnaire in MyHealth before
your visit.

Lakeside Cancer Genetics Clinic - (414) 555-0136
"""
    return mail(addr("Lakeside Cancer Genetics Clinic", "genetics@lakesidehealth.example.org"),
                addr("Annika Lindqvist-Moore", "a.lindqvistmoore@mail.example.com"),
                "Your genetics appointment on December 16", date("2026-12-04 10:00", "-0600"),
                lk_alt(plain, "Your genetics appointment on December 16", "You are receiving this e-mail because you have an upcoming appointment."))


@msg("genetic-counseling-cardiomyopathy-history", "restricted",
     "family-history questionnaire request for a named patient's genetic counselling visit for hereditary cardiomyopathy", cat="gen")
def _():
    inner = """<p>Hi Colin,</p>
<p>Before your visit with the <b>Cardiovascular Genetics Program</b> on <b>January 7, 2027</b>, please complete
our three-generation family history tool. Your referral is for evaluation of <b>hereditary cardiomyopathy</b>
after your brother's diagnosis.</p>
<p>Useful details to gather: relatives with heart failure, sudden death before age 50, pacemakers or
defibrillators, and any genetic test reports your family already has.</p>
<p style="margin:20px 0"><a href="https://forms.lakesidehealth.example.org/fh/CVG?t=8b01de" style="background:#0b5c8e;color:#fff;padding:11px 20px;border-radius:4px;text-decoration:none;font-weight:bold">Start family history</a></p>
<p>Your genetic counselor, Priyanka Shah, MS, CGC, will review it with you.</p>"""
    h = lakeside_page("Please complete your family history before January 7", inner, tok("cvg-fh"),
                      "You are receiving this e-mail because you have an upcoming genetics appointment.")
    return mail(addr("Lakeside Cardiovascular Genetics", "cvgenetics@notify.lakesidehealth.example.org"),
                "colin.mcbride@mail.example.net", "Family history questionnaire for your genetics visit",
                date("2026-12-08 09:30", "-0600"), html(h), extra=AUTO)


@msg("brca-panel-results-ready", "restricted",
     "notice to a named patient that her hereditary breast and ovarian cancer panel (BRCA1/2) results are ready", cat="gen")
def _():
    t = """Hello Dolores Achebe,

Your genetic test results are ready.

  Test:        Hereditary Breast and Ovarian Cancer Panel
               (BRCA1, BRCA2, PALB2, CHEK2, ATM and 15 other genes)
  Collected:   11/12/2026
  Ordered by:  Morgan Feliciano, MS, CGC - Lakeside Cancer Genetics Clinic

Because genetic results can be complex, your genetic counselor will call
you to go over them before they are released to your MyHealth account.
Expect a call from (414) 555-0136 within 2 business days.

Lakeside Cancer Genetics Clinic
"""
    return mail(addr("Lakeside Cancer Genetics Clinic", "genetics@lakesidehealth.example.org"),
                "dolores.achebe@mail.example.com", "Your genetic test results are ready",
                date("2026-12-03 15:30", "-0600"), lk_alt(t, "Your genetic test results are ready", "You are receiving this e-mail as a patient of Lakeside Cancer Genetics Clinic."), extra=AUTO)


@msg("carrier-screening-result-carrier", "restricted",
     "lab letter to a named patient that expanded carrier screening found her a carrier of one condition", cat="gen")
def _():
    inner = """<h2 style="margin:0 0 10px 0;font-weight:normal">Your carrier screening result</h2>
<p>Hi Lauren Petrakis,</p>
<p>Your <b>expanded carrier screening</b> (collected November 18, 2026) is complete.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #c7d2fe;font-size:14px">
<tr style="background:#eef2ff"><td>Conditions screened</td><td>288</td></tr>
<tr><td>Result</td><td><b>Carrier of 1 condition</b></td></tr>
<tr style="background:#eef2ff"><td>Condition</td><td>Cystic fibrosis (CFTR)</td></tr>
<tr><td>Recommendation</td><td>Partner screening and genetic counseling</td></tr></table>
<p>Being a carrier usually does not affect your own health. It may matter for your future children if your
partner is also a carrier. A board-certified genetic counselor is available at no charge.</p>
<p><a href="https://portal.helixpointlabs.example.com/results/HPX-551902">View your full report</a> &middot;
<a href="https://portal.helixpointlabs.example.com/gc/book">Book a genetic counseling session</a></p>
<p style="font-size:11px;color:#777">Helix Point Laboratories &middot; 75 Genome Ct, Brookline Park, MA 02999 &middot; (617) 555-0115<br>This e-mail contains protected health information.</p>"""
    h = "<html><body style=\"font-family:Helvetica,sans-serif;color:#222\"><div style=\"max-width:580px;margin:auto\">" + inner + "</div>" + pixel("t.helixpointlabs.example.com", tok("carrier")) + "</body></html>"
    return mail(addr("Helix Point Laboratories", "results@helixpointlabs.example.com"),
                addr("Lauren Petrakis", "lpetrakis@mail.example.org"),
                "Your carrier screening result is ready", date("2026-12-05 13:00", "-0500"),
                html(h, cte="base64"))


@msg("hereditary-panel-prior-auth-pdf", "restricted",
     "prior-authorisation letter (PDF) approving a hereditary cancer genetic panel (81432) for a named member", cat="gen")
def _():
    letter = [
        "SUMMIT HEALTH PLAN - NOTICE OF COVERAGE DECISION",
        "PO Box 4471, Granite Falls, CO 80999   |   1-800-555-0134 (TTY 711)",
        "",
        "Date:              December 2, 2026",
        "Member:            Victoria Osterhaus",
        "Member ID:         SHP 6612 0345 01",
        "Reference:         UM-26-1202-33107",
        "Ordering provider: Morgan Feliciano, MS, CGC for Adaeze Okonkwo, MD (NPI " + NPI_OKONKWO + ")",
        "Laboratory:        Helix Point Laboratories",
        "",
        "Service:           81432  Hereditary breast cancer-related disorders genomic",
        "                   sequence analysis panel (BRCA1, BRCA2, PALB2, others)",
        "Decision:          APPROVED",
        "",
        "The request meets Summit's genetic testing policy GT-014: personal history of",
        "breast cancer diagnosed at age 41 with triple-negative receptor status.",
        "",
        "Cascade testing for blood relatives, if a pathogenic variant is found, requires",
        "a separate request for each relative who is a Summit member.",
    ]
    body = multi("mixed", [
        text("""Dear Victoria Osterhaus,

A coverage decision letter is attached. You can also find it in the
Summit member portal under Letters.
""" + plain_footer_summit()),
        attach("application/pdf", pdf([letter], title="Coverage decision UM-26-1202-33107"),
               "Coverage_Decision_UM-26-1202-33107.pdf")])
    return mail(addr("Summit Health Plan", "um-letters@e.summithealthplan.example.com"),
                "v.osterhaus@mail.example.net", "A coverage decision letter is ready",
                date("2026-12-02 16:00", "-0700"), body)


@msg("lynch-cascade-testing-family-letter", "restricted",
     "borderline: family letter to a named relative about his 50% risk of the family MLH1 (Lynch) variant, offering predictive testing; the tested relative is not named", cat="gen")
def _():
    t = """Dear Mr. Gunnar Halvorsen,

We are writing at the request of a member of your family who recently
had genetic testing at the Lakeside Cancer Genetics Clinic. That testing
found a change (a pathogenic variant) in a gene called MLH1. This causes
Lynch syndrome, which increases the risk of colon, uterine and some
other cancers.

Because you are a close blood relative, you have a 50% chance of
carrying the same variant. A blood or saliva test for this one known
family variant can tell you whether you have it. If you do, earlier and
more frequent colonoscopy greatly lowers the chance of dying from colon
cancer.

You do not have to be tested. If you would like to talk with a genetic
counselor, call us at (414) 555-0136 and mention family reference
LCG-FAM-2291. Testing for a known family variant usually costs less
than $250, and many plans cover it.

Sincerely,
Morgan Feliciano, MS, CGC
Lakeside Cancer Genetics Clinic
"""
    return mail(addr("Lakeside Cancer Genetics Clinic", "genetics@lakesidehealth.example.org"),
                "gunnar.halvorsen@mail.example.org", "Important health information for your family",
                date("2026-12-07 11:00", "-0600"), text(t, cte="qp"))


@msg("it-nipt-risultato-disponibile", "restricted",
     "borderline: Italian NIPT (cell-free fetal DNA) result for a named patient; counted as a genetic test result rather than routine prenatal care", cat="gen", lang="it")
def _():
    t = """Gentile Sig.ra Francesca Moretti,

il risultato del Suo test prenatale non invasivo (NIPT, analisi del DNA
fetale libero circolante) è disponibile.

  Prelievo:          23/11/2026 (settimana gestazionale 11+3)
  Esito:             BASSO RISCHIO per trisomia 21, 18 e 13
  Cromosomi sessuali: analisi richiesta, risultato nel referto completo
  N. campione:       GNX-2026-118540

Il test è di screening e non sostituisce una diagnosi prenatale
invasiva. La consulenza genetica è inclusa: può prenotarla al numero
02 555 0163.

Il referto completo è disponibile nell'area riservata.

Laboratorio di Genetica Medica GenoNova
"""
    return mail(addr("GenoNova Genetica Medica", "referti@genonova.example.it.test"),
                "f.moretti@posta.example.it.test", "Il risultato del Suo test NIPT è disponibile",
                date("2026-12-01 14:00", "+0100"), text(t, cte="qp"))


@msg("de-humangenetik-praediktive-testung", "restricted",
     "German: human-genetics counselling appointment for a named person about predictive Huntington testing (RFC 2231 attachment name)", cat="gen", lang="de")
def _():
    t = """Sehr geehrte Frau Schröder,

hiermit bestätigen wir Ihren Termin zur genetischen Beratung:

  Datum:    Dienstag, 15. Dezember 2026, 10:00 Uhr
  Ort:      Institut für Humangenetik, Universitätsklinikum Nordstadt,
            Haus 4, 2. Etage
  Ärztin:   Dr. med. Katrin Albers, Fachärztin für Humangenetik
  Anlass:   Beratung vor prädiktiver Testung auf Chorea Huntington
            (familiär bekannte Erkrankung)

Nach dem Gendiagnostikgesetz findet vor einer prädiktiven Untersuchung
eine ausführliche Beratung statt; eine Blutentnahme erfolgt an diesem
Termin nicht. Sie können gern eine Vertrauensperson mitbringen.

Bitte bringen Sie vorhandene Befunde Ihrer Angehörigen mit. Das
Informationsblatt zum Ablauf finden Sie im Anhang.

Mit freundlichen Grüßen
Sekretariat Humangenetik - Telefon 040 5550136
"""
    info = pdf([["Institut fuer Humangenetik - Patienteninformation",
                 "",
                 "Praediktive genetische Diagnostik: Ablauf",
                 "1. Genetische Beratung (mindestens ein Termin)",
                 "2. Bedenkzeit von mindestens vier Wochen",
                 "3. Blutentnahme nach schriftlicher Einwilligung",
                 "4. Befundmitteilung nur persoenlich, im Gespraech",
                 "",
                 "Sie koennen Ihre Einwilligung jederzeit widerrufen."]], title="Patienteninformation")
    body = multi("mixed", [text(t, cte="qp"),
                           attach("application/pdf", info, "Aufklärungsbogen_prädiktive_Diagnostik.pdf")])
    return mail(addr("Institut für Humangenetik", "humangenetik@uk-nordstadt.example.de.test"),
                addr("Lena Schröder", "lena.schroeder@post.example.de.test"),
                "Terminbestätigung: genetische Beratung am 15. Dezember",
                date("2026-12-02 09:00", "+0100"), body, subj_mode="Q")


# ================================================================ restricted: reproductive health

@msg("ivf-trigger-and-retrieval-instructions", "restricted",
     "fertility clinic instructions to a named IVF patient: trigger shot time and egg retrieval", cat="repro")
def _():
    plain = """Hi Meredith,

Great news - your follicles are ready! Here are your instructions.

TONIGHT, Tuesday 12/8:
  9:30 PM sharp - trigger injection: Ovidrel 250 mcg (subcutaneous)
  Stop Menopur and cetrorelix after your morning doses today.

THURSDAY, 12/10 - EGG RETRIEVAL
  Arrive 7:00 AM, Fairhaven Fertility Center, Procedure Suite
  Retrieval at 7:30 AM with Dr. Elise Marchetti
  Nothing to eat or drink after midnight Wednesday
  Partner: sperm sample at 7:15 AM (or bring frozen-sample paperwork)
  You need a driver home.

Reply to this message or call the nurse line at (262) 555-0174 if you
have questions. Please confirm you received this.

Fairhaven Fertility Center - IVF nursing team
"""
    h = """<div style="font-family:Arial,sans-serif;font-size:15px;max-width:560px">
<p>Hi Meredith,</p><p>Great news &ndash; your follicles are ready! Here are your instructions.</p>
<div style="border-left:4px solid #e07a5f;padding:6px 12px;background:#fdf1ed"><b>TONIGHT, Tuesday 12/8</b><br>
9:30 PM sharp &ndash; trigger injection: Ovidrel 250 mcg (subcutaneous)<br>Stop Menopur and cetrorelix after your morning doses today.</div>
<div style="border-left:4px solid #3d405b;padding:6px 12px;margin-top:10px;background:#f0f0f5"><b>THURSDAY 12/10 &ndash; EGG RETRIEVAL</b><br>
Arrive 7:00 AM, Fairhaven Fertility Center, Procedure Suite<br>Retrieval at 7:30 AM with Dr. Elise Marchetti<br>
Nothing to eat or drink after midnight Wednesday<br>You need a driver home.</div>
<p>Call the nurse line at (262) 555-0174 with questions.</p>
<p style="font-size:11px;color:#888">Fairhaven Fertility Center &middot; 19 Meadowbrook Dr, Brookfield Heights, WI 53005</p></div>"""
    return mail(addr("Fairhaven Fertility IVF Team", "ivfnurses@fairhavenfertility.example.com"),
                addr("Meredith Calloway", "mcalloway@mail.example.com"),
                "Trigger tonight at 9:30 PM + retrieval Thursday", date("2026-12-08 13:05", "-0600"),
                alt(text(plain), html(h)))


@msg("egg-freezing-storage-invoice", "restricted",
     "annual cryostorage invoice for a named patient's frozen oocytes with freeze date and count", cat="repro")
def _():
    inv = [
        "FAIRHAVEN FERTILITY CENTER - CRYOSTORAGE INVOICE",
        "19 Meadowbrook Dr, Brookfield Heights, WI 53005   |   Billing (262) 555-0175",
        "",
        "Invoice:        FFC-CRYO-2026-00481",
        "Invoice date:   12/01/2026",
        "Patient:        Natasha Orlov     Patient ID: FFC-31902",
        "",
        "Description                                    Period                 Amount",
        "Oocyte cryostorage - 14 oocytes, 3 devices     01/01/2027-12/31/2027  $650.00",
        "(vitrified 12/05/2024, tank C-07)",
        "",
        "Total due by 12/31/2026                                              $650.00",
        "",
        "Storage is not covered by most insurance plans. If you wish to transfer or",
        "discard your specimens, a notarized disposition form is required.",
    ]
    body = multi("mixed", [
        text("""Dear Natasha,

Your annual storage invoice is attached. You can pay online at
https://pay.fairhavenfertility.example.com or call us at (262) 555-0175.

Fairhaven Fertility Center Billing
"""),
        attach("application/pdf", pdf([inv], flate=True, title="Invoice FFC-CRYO-2026-00481"), "Invoice_FFC-CRYO-2026-00481.pdf")])
    return mail(addr("Fairhaven Fertility Billing", "billing@fairhavenfertility.example.com"),
                "natasha.orlov@mail.example.net", "Your 2027 storage invoice",
                date("2026-12-01 08:00", "-0600"), body)


@msg("depo-provera-injection-due", "restricted",
     "contraceptive injection (Depo-Provera) due-window reminder to a named patient", cat="repro")
def _():
    inner = """<p>Hi Brianna,</p>
<p>Your next <b>Depo-Provera</b> birth control injection is due between
<b>December 14 and December 28, 2026</b> (11&ndash;13 weeks after your last shot on September 21).</p>
<p>Book a quick nurse visit &mdash; no exam is needed. If you are more than 2 weeks late, you may need a
pregnancy test before your shot and should use condoms in the meantime.</p>"""
    h = remindwell("Lakeside Women's Health", "#8e44ad", inner, tok("depo"), "LWH-40911-BS",
                   "Lakeside Women's Health &middot; 980 Westfield Rd, Westfield, WI 53099 &middot; (414) 555-0124")
    return mail(addr("Lakeside Women's Health", "lwh@r.remindwell.example.net"),
                addr("Brianna Sato", "brianna.sato@mail.example.org"),
                "Your next injection is due Dec 14-28", date("2026-12-07 10:30", "-0600"), html(h))


@msg("iud-insertion-ics-confirmation", "restricted",
     "calendar invite and confirmation for a named patient's levonorgestrel IUD insertion", cat="repro")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//MeridianEHR//Scheduling 12.4//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:appt-55098120@northgate.meridianehr.example.com
DTSTAMP:20261204T170200Z
DTSTART:20261215T153000Z
DTEND:20261215T161500Z
SUMMARY:Northgate Family Medicine - IUD insertion (levonorgestrel 52 mg)
LOCATION:77 Commerce St\\, Northgate\\, WI 53227
DESCRIPTION:Patient: Aaliyah Greene\\nProvider: Folake Oyelaran\\, MD\\nTake
  ibuprofen 600 mg one hour before. A urine pregnancy test is done at check
 -in.
ORGANIZER;CN=Northgate Family Medicine:mailto:noreply@northgate.meridianehr.example.com
ATTENDEE;CN=Aaliyah Greene:mailto:aaliyah.greene@mail.example.com
END:VEVENT
END:VCALENDAR
"""
    inner = """<p>Aaliyah Greene, your appointment is <b>confirmed</b>.</p>
<p>Tuesday, December 15, 2026 at 9:30 AM &middot; Folake Oyelaran, MD<br>Visit type: IUD insertion</p>
<p>Take ibuprofen 600 mg one hour before your visit. A calendar invitation is attached.</p>"""
    h = meridian_portal("Northgate Family Medicine", inner, tok("iud"),
                        "Northgate Family Medicine &middot; 77 Commerce St, Northgate, WI 53227 &middot; (414) 555-0150")
    body = multi("mixed", [html(h), attach("text/calendar", ics, "appointment.ics", cte="7bit",
                                           cs="utf-8", ctparams="; method=REQUEST")])
    return mail(addr("Northgate Family Medicine", "noreply@northgate.meridianehr.example.com"),
                addr("Aaliyah Greene", "aaliyah.greene@mail.example.com"),
                "Appointment confirmed - Tue 12/15 9:30 AM", date("2026-12-04 11:02", "-0600"),
                body, extra=AUTO)


@msg("sti-panel-results-ready", "restricted",
     "portal notice to a named patient that his chlamydia/gonorrhea and syphilis results are available", cat="repro")
def _():
    t = """Hello Jordan Pike,

New test results are available in your Lakeside MyHealth account:

  - Chlamydia trachomatis / Neisseria gonorrhoeae NAAT, urine
  - Syphilis antibody (RPR with reflex)
  Collected 12/02/2026 at Lakeside Sexual Health Clinic

If any result needs treatment, a nurse from the clinic will call you.
Partners may also need to be tested.

Sign in: https://myhealth.lakesidehealth.example.org/results

Lakeside MyHealth - do not reply to this e-mail.
"""
    return mail(addr("Lakeside MyHealth", "myhealth@notify.lakesidehealth.example.org"),
                "jpike@mail.example.net", "New test results are available",
                date("2026-12-04 18:20", "-0600"), lk_alt(t, "New test results are available", "You are receiving this notification because results were released to your account."), extra=AUTO)


@msg("medication-abortion-followup-checkin", "restricted",
     "follow-up check-in to a named patient after a telehealth medication abortion", cat="repro")
def _():
    plain = """Hi Sierra,

It has been one week since you took your abortion pills (mifepristone
on 11/30 and misoprostol on 12/1) through Northwoods Telehealth Family
Planning.

Please complete your follow-up check-in. It takes 3 minutes and asks
about bleeding, pain and any symptoms:
https://care.northwoodstelehealth.example.com/f/7D2C9A

Four weeks after your pills (around December 28), take the low-sensitivity
pregnancy test included in your package and report the result.

Call our 24-hour nurse line at (608) 555-0177 or go to an emergency room
if you soak through 2 or more thick pads an hour for 2 hours, or have a
fever over 100.4 F for more than 24 hours.

Northwoods Telehealth Family Planning
Your information is confidential.
"""
    return mail(addr("Northwoods Telehealth", "care@northwoodstelehealth.example.com"),
                "sierra.quinn@mail.example.com", "Your follow-up check-in",
                date("2026-12-07 09:00", "-0600"), text(plain))


@msg("es-planificacion-familiar-consejeria", "restricted",
     "Spanish: family-planning visit for a named patient for contraception counselling and implant placement", cat="repro", lang="es")
def _():
    plain = """Hola, Guadalupe Herrera:

Le confirmamos su cita en el programa de Planificación Familiar de la
Clínica Familiar del Sol:

  Fecha:   martes 15 de diciembre de 2026, 10:30 a. m.
  Con:     Andrea Salas, enfermera practicante
  Motivo:  consejería anticonceptiva y colocación del implante
           (Nexplanon), según lo que conversó con la enfermera

La consulta es confidencial. Su costo depende de sus ingresos y nadie
será rechazado por no poder pagar. Si viene con sus hijos, tenemos
espacio de juegos en la sala de espera.

Para cambiar la cita llame al (608) 555-0183.
Clínica Familiar del Sol
"""
    h = """<html><body style="font-family:Arial,sans-serif;font-size:15px">
<div style="max-width:560px;margin:auto;border-top:6px solid #f4a300;padding:16px">
<h2 style="color:#c47d00;margin-top:0">Confirmación de cita</h2>
<p>Hola, Guadalupe Herrera:</p>
<p>Le confirmamos su cita en el programa de <b>Planificación Familiar</b>:</p>
<p>martes 15 de diciembre de 2026, 10:30 a.&nbsp;m. &middot; Andrea Salas, enfermera practicante<br>
Motivo: consejería anticonceptiva y colocación del implante (Nexplanon)</p>
<p>La consulta es confidencial.</p>
<p style="font-size:11px;color:#888">Clínica Familiar del Sol · (608) 555-0183</p></div></body></html>"""
    return mail(addr("Clínica Familiar del Sol", "citas@clinicadelsol.example.org", mode="Q"),
                "g.herrera.m@mail.example.com", "Confirmación de su cita del 15 de diciembre",
                date("2026-12-10 12:00", "-0600"), alt(text(plain, cte="qp"), html(h, cte="base64")),
                subj_mode="Q")


@msg("vi-lich-chuyen-phoi", "restricted",
     "Vietnamese: embryo transfer schedule and medication for a named IVF patient", cat="repro", lang="vi")
def _():
    t = """Chào chị Trần Thị Mai Anh,

Trung tâm Hỗ trợ Sinh sản Fairhaven xin thông báo lịch chuyển phôi
trữ đông của chị:

  Ngày chuyển phôi:  Thứ Sáu, 18/12/2026, 9:00 sáng
  Bác sĩ:            BS. Elise Marchetti
  Phôi:              1 phôi ngày 5 (đã trữ đông tháng 10/2026)

Thuốc chuẩn bị:
  - Tiếp tục estradiol 2 mg, ngày 3 lần
  - Bắt đầu progesterone tiêm bắp 50 mg mỗi tối từ ngày 13/12

Chị vui lòng uống khoảng 500 ml nước 1 giờ trước khi chuyển phôi để
bàng quang đầy. Xét nghiệm thử thai (beta hCG) dự kiến vào ngày 28/12.

Đường dây y tá: (262) 555-0174
"""
    return mail(addr("Fairhaven Fertility Center", "ivfnurses@fairhavenfertility.example.com"),
                "maianh.tran@mail.example.com", "Lịch chuyển phôi ngày 18/12/2026",
                date("2026-12-09 14:00", "-0600"), text(t, cte="base64"))


@msg("zh-gb2312-qugu-biyun-yuyue", "restricted",
     "Chinese (GB2312): appointment for a named patient to remove and replace a contraceptive implant", cat="repro", lang="zh")
def _():
    t = """刘晓燕 女士：

您好！您在湖滨妇女健康中心的预约已确认。

  日期：2026年12月16日（星期三）下午2:00
  医生：奥卡福医生（Naomi Okafor, MD）
  项目：取出皮下埋植避孕剂并更换新的避孕埋植剂
        （上次放置日期：2023年12月）

就诊当天请正常进食。取出和放置约需20分钟，手臂局部麻醉。
术后24小时内请保持敷料干燥。

如需改期，请致电 (414) 555-0124。

湖滨妇女健康中心
"""
    return mail(addr("湖滨妇女健康中心", "lwh-appointments@lakesidehealth.example.org", cs="gb2312"),
                "liuxiaoyan@mail.example.com", "预约确认：12月16日避孕埋植更换",
                date("2026-12-08 10:00", "-0600"), text(t, cs="gb2312", cte="8bit"), subj_cs="gb2312")


# ================================================================ none: traps (template mail about no one's care)

@msg("trap-hospital-winter-newsletter", "none",
     "hospital marketing newsletter to a named subscriber: flu, RSV, heart health, new behavioral health access center; no individual's care")
def _():
    inner = """<p style="font-size:12px;color:#5b6b7a;margin:0">HEALTHY LIVING &middot; DECEMBER 2026</p>
<p style="font-size:22px;font-weight:bold;margin:6px 0 14px 0">Stay well this winter, Gloria</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="padding:0 0 18px 0"><img src="https://cdn.lakesidehealth.example.org/email/2612/flu-rsv.jpg" width="544" alt="Family getting vaccinated" style="display:block;width:100%;border-radius:4px"></td></tr>
<tr><td><p style="font-weight:bold;margin:0">Flu, COVID and RSV: which shots do you need?</p>
<p style="margin:4px 0 16px 0">Adults 75 and older and adults 60&ndash;74 with heart or lung disease can get a one-time RSV vaccine. Everyone 6 months and older should get a flu shot every season. <a href="https://lakesidehealth.example.org/vaccines?utm_source=nl2612">Find a walk-in clinic</a></p></td></tr>
<tr><td><p style="font-weight:bold;margin:0">Shovel smart: protect your heart</p>
<p style="margin:4px 0 16px 0">Snow shoveling raises blood pressure quickly. If you have heart disease, high blood pressure or diabetes, take breaks, push rather than lift, and stop if you feel chest pain or shortness of breath.</p></td></tr>
<tr><td><p style="font-weight:bold;margin:0">Now open: Behavioral Health Access Center</p>
<p style="margin:4px 0 16px 0">Same-day walk-in help for depression, anxiety, substance use and crisis, 7 days a week at our Port Alden campus. No referral needed. If you or someone you love is struggling, call or text 988.</p></td></tr>
<tr><td style="background:#f1f5f8;padding:14px;border-radius:4px"><p style="font-weight:bold;margin:0">Recipe: Roasted squash and white bean soup</p>
<p style="margin:4px 0 0 0">Low sodium, high fiber and ready in 40 minutes. <a href="https://lakesidehealth.example.org/recipes/squash-bean-soup">Get the recipe</a></p></td></tr></table>"""
    h = lakeside_page("Flu, RSV and COVID shots, heart-safe snow shoveling, and a new walk-in center", inner,
                      tok("nl2612"), "You are receiving Healthy Living because you subscribed at lakesidehealth.example.org.",
                      unsub="https://lakesidehealth.example.org/u/nl?e=gfeeney58")
    plain = """HEALTHY LIVING - DECEMBER 2026

Stay well this winter, Gloria

Flu, COVID and RSV: which shots do you need?
Adults 75 and older and adults 60-74 with heart or lung disease can get
a one-time RSV vaccine. Everyone 6 months and older should get a flu
shot every season. Find a walk-in clinic:
https://lakesidehealth.example.org/vaccines

Shovel smart: protect your heart
Snow shoveling raises blood pressure quickly. If you have heart disease,
high blood pressure or diabetes, take breaks and stop if you feel chest
pain.

Now open: Behavioral Health Access Center
Same-day walk-in help for depression, anxiety, substance use and
crisis, 7 days a week. No referral needed. Call or text 988.

Recipe: Roasted squash and white bean soup
https://lakesidehealth.example.org/recipes/squash-bean-soup

Unsubscribe: https://lakesidehealth.example.org/u/nl?e=gfeeney58
Lakeside Health, 2200 Lakeshore Parkway, Port Alden, WI 53090
"""
    return mail(addr("Lakeside Health", "news@notify.lakesidehealth.example.org"),
                addr("Gloria Feeney", "gfeeney58@mail.example.com"),
                "Stay well this winter: shots, snow and a new walk-in center",
                date("2026-12-03 07:00", "-0600"), alt(text(plain), html(h)),
                extra=bulk("https://lakesidehealth.example.org/u/nl?e=gfeeney58", "NL-2612"))


@msg("trap-open-enrollment-unfilled-first-name", "none",
     "open-enrolment campaign with {{first_name}} left unfilled, plan comparison table and deadlines; no member's care")
def _():
    inner = """<p style="font-size:24px;margin:0 0 10px 0">{{first_name}}, open enrollment ends December 15</p>
<p>Review your options for 2027. If you do nothing, you'll stay in your current plan at the 2027 rates.</p>
<table width="100%" cellpadding="7" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cfd8d3;font-family:Arial,sans-serif;font-size:13px">
<tr style="background:#1f6f50;color:#fff"><th align="left">2027 plan</th><th>Deductible</th><th>PCP visit</th><th>Specialist</th><th>Generic Rx</th><th>Out-of-pocket max</th></tr>
<tr><td>Summit Select HMO</td><td>$500</td><td>$20</td><td>$45</td><td>$10</td><td>$4,500</td></tr>
<tr style="background:#f3f8f5"><td>Summit Choice PPO</td><td>$1,500</td><td>$30</td><td>$60</td><td>$15</td><td>$6,500</td></tr>
<tr><td>Summit Saver HDHP + HSA</td><td>$3,300</td><td colspan="3">20% after deductible</td><td>$6,900</td></tr></table>
<p>All plans cover preventive care at $0, including screenings, vaccines and well visits. Mental health and substance use care are covered like any other medical care.</p>
<p><a href="https://enroll.summithealthplan.example.com/2027?m={{member_token}}" style="background:#1f6f50;color:#fff;padding:12px 22px;text-decoration:none;font-family:Arial,sans-serif">Compare plans and enroll</a></p>"""
    h = summit_page("Open enrollment", inner, tok("oe27"), unsub="https://e.summithealthplan.example.com/u?c=OE27")
    return mail(addr("Summit Health Plan", "enroll@e.summithealthplan.example.com"),
                "m.okafor.home@mail.example.com", "{{first_name}}, only 5 days left to choose your 2027 plan",
                date("2026-12-10 08:00", "-0700"), html(h),
                extra=bulk("https://e.summithealthplan.example.com/u?c=OE27", "OE27-D5"))


@msg("trap-satisfaction-survey-no-care-detail", "none",
     "borderline: system-wide experience survey to a named person with no visit, department, date or care detail")
def _():
    t = """Hi Paul,

Lakeside Health wants to hear from the communities we serve. Our annual
experience survey asks what matters to you in choosing a health system:
parking, wait times, how easy it is to reach us, and how well we
communicate.

It takes about 5 minutes. Everyone who completes it can enter a drawing
for one of ten $50 gift cards.

Take the survey: https://survey.lakesidehealth.example.org/s/COMM26?r=A7F2

Thank you for helping us improve.

Lakeside Health Patient Experience Office
2200 Lakeshore Parkway, Port Alden, WI 53090

Unsubscribe from surveys: https://lakesidehealth.example.org/u/surveys
"""
    return mail(addr("Lakeside Health", "surveys@notify.lakesidehealth.example.org"),
                addr("Paul Szymanski", "pszymanski@mail.example.org"),
                "Paul, tell us what matters to you", date("2026-11-19 10:00", "-0600"), lk_alt(t, "Paul, tell us what matters to you", "You are receiving this survey as a member of the Lakeside Health community.", unsub="https://lakesidehealth.example.org/u/surveys"),
                extra=bulk("https://lakesidehealth.example.org/u/surveys", "EXP-COMM-26"))


@msg("trap-portal-password-reset", "none",
     "patient-portal password reset for a named user: link, expiry, device; no health content")
def _():
    plain = """Hi Tomas,

We received a request to reset the password for your Lakeside MyHealth
account (username: treyes_88).

Reset your password: https://myhealth.lakesidehealth.example.org/reset?t=Q2hbv9x1kPz
This link expires in 30 minutes.

Request details: Chrome on Windows, Port Alden, WI, 12/05/2026 9:14 PM

If you didn't ask to reset your password, you can ignore this e-mail;
your password won't change. Lakeside Health will never ask for your
password by phone or e-mail.

Lakeside MyHealth Support - (414) 555-0118
"""
    inner = """<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0">Reset your password</p>
<p>Hi Tomas,</p><p>We received a request to reset the password for your Lakeside MyHealth account (username: <b>treyes_88</b>).</p>
<p style="margin:20px 0"><a href="https://myhealth.lakesidehealth.example.org/reset?t=Q2hbv9x1kPz" style="background:#0b5c8e;color:#fff;padding:11px 20px;border-radius:4px;text-decoration:none;font-weight:bold">Reset password</a></p>
<p style="font-size:13px;color:#5b6b7a">This link expires in 30 minutes. Request details: Chrome on Windows, Port Alden, WI, 12/05/2026 9:14 PM.</p>
<p style="font-size:13px">If you didn't ask to reset your password, you can ignore this e-mail.</p>"""
    h = lakeside_page("Reset your Lakeside MyHealth password", inner, tok("pwreset"),
                      "You are receiving this e-mail because a password reset was requested for your account.")
    return mail(addr("Lakeside MyHealth", "security@notify.lakesidehealth.example.org"),
                "t.reyes@mail.example.net", "Reset your Lakeside MyHealth password",
                date("2026-12-05 21:14", "-0600"), alt(text(plain), html(h)), extra=AUTO)


@msg("trap-portal-account-created", "none",
     "welcome e-mail for a new patient-portal account: username, features list, app links; no care detail")
def _():
    t = """Welcome to Lakeside MyHealth, Yvette!

Your account is ready. Your username is: ymarchand

With MyHealth you can:
  - Schedule and manage appointments
  - See test results and visit summaries
  - Message your care team
  - Pay bills and set up payment plans
  - Request prescription refills
  - Share access with a family member or caregiver

Get the app: search "Lakeside MyHealth" in your app store.

Tip: turn on two-step verification under Account > Security.

Questions? MyHealth Support, (414) 555-0118, 7 am - 7 pm daily.

Lakeside Health, 2200 Lakeshore Parkway, Port Alden, WI 53090
"""
    return mail(addr("Lakeside MyHealth", "welcome@notify.lakesidehealth.example.org"),
                "yvette.marchand@mail.example.com", "Your Lakeside MyHealth account is ready",
                date("2026-11-28 14:30", "-0600"), lk_alt(t, "Your Lakeside MyHealth account is ready", "You are receiving this e-mail because a MyHealth account was created with this address."), extra=AUTO)


@msg("trap-status-page-reminders-delayed", "none",
     "EHR vendor status-page incident: appointment reminders and results notifications delayed; no patient")
def _():
    t = """MeridianEHR Status - Incident update

Degraded performance: appointment reminders and portal notifications delayed

Affected components
  Patient Notifications - E-mail ........ Degraded performance
  Patient Notifications - SMS ........... Degraded performance
  Results release notifications ......... Degraded performance
  Scheduling, Charting, e-Prescribing ... Operational

Update - Dec 8, 2026 07:42 CST
We have identified a backlog in the notification queue after a database
failover at 05:10 CST. Reminders for appointments on Dec 8 and Dec 9 are
being sent now, oldest first. Some patients may receive a reminder after
their appointment time; clinics may want to call same-day patients.

Investigating - Dec 8, 2026 06:15 CST
We are investigating reports that appointment reminder e-mails and SMS
are not being delivered.

Subscribe to updates or view history: https://status.meridianehr.example.com
You are receiving this because you subscribed to MeridianEHR status
notifications for your organization.
"""
    return mail(addr("MeridianEHR Status", "noreply@status.meridianehr.example.com"),
                "it-alerts@lakesidehealth.example.org",
                "[Degraded performance] Appointment reminders and portal notifications delayed",
                date("2026-12-08 07:42", "-0600"), text(t), extra=AUTO)


@msg("trap-new-message-notice-no-care", "none",
     "borderline: 'you have a new message' portal notice to a named person; says nothing about care, sender, department or subject")
def _():
    inner = """<p>Hello Paul Szymanski,</p>
<p>You have a new message in MyMeridian.</p>
<p>For your privacy, the message is not included in this e-mail.</p>
<p><a href="https://my.meridianehr.example.com/inbox" style="color:#6a3fa0;font-weight:bold">Sign in to read it</a></p>"""
    h = meridian_portal("MyMeridian", inner, tok("newmsg"), "")
    return mail(addr("MyMeridian", "noreply@meridianehr.example.com"),
                "pszymanski@mail.example.org", "You have a new message",
                date("2026-12-04 12:05", "-0600"), html(h), extra=AUTO)


@msg("trap-plan-formulary-changes-2027", "none",
     "plan-wide formulary change notice to all members: drugs changing tier incl. buprenorphine and HIV drugs; no individual")
def _():
    t = """SUMMIT HEALTH PLAN - 2027 DRUG LIST CHANGES

These changes to the Summit Health Plan formulary take effect on
January 1, 2027 and apply to all commercial plans. If you take one of
these drugs, talk with your prescriber. Members who are affected will
also get a personal letter.

MOVING TO A LOWER TIER (lower cost)
  buprenorphine-naloxone film and tablets ..... Tier 2 -> Tier 1
     prior authorization removed for all strengths
  naloxone nasal spray 4 mg ................... Tier 2 -> Tier 1 ($0)
  emtricitabine/tenofovir DF (PrEP) ........... $0 preventive benefit
  insulin glargine (all biosimilars) .......... $35 monthly cap continues

MOVING TO A HIGHER TIER
  JANUVIA (sitagliptin) brand ................. Tier 3 -> Tier 4
     generic sitagliptin added on Tier 2
  lisdexamfetamine brand ...................... Tier 3 -> Tier 4

NEW PRIOR AUTHORIZATION OR STEP THERAPY
  semaglutide and tirzepatide for type 2 diabetes: step therapy with
  metformin (90 days) unless contraindicated

REMOVED
  CARDIQOR 10 mg (fictional brand) - replaced by generic equivalent

Full 2027 drug list: https://www.summithealthplan.example.com/formulary/2027
""" + plain_footer_summit()
    return mail(addr("Summit Health Plan", "news@e.summithealthplan.example.com"),
                "members-all@lists.summithealthplan.example.com", "Changes to your drug list for 2027",
                date("2026-11-02 09:00", "-0700"), sm_alt(t, "2027 drug list changes", unsub="https://e.summithealthplan.example.com/u?c=FORM27"),
                extra=bulk("https://e.summithealthplan.example.com/u?c=FORM27", "FORM27-ALL"))


@msg("trap-provider-directory-verification", "none",
     "payer asks a practice to verify its directory listing: providers with NPIs, specialties incl. psychiatry; no patient")
def _():
    rows = [("Erik Lindqvist, MD", NPI_LINDQVIST, "Family Medicine", "Yes"),
            ("Folake Oyelaran, MD", NPI_OYELARAN, "Family Medicine", "Yes"),
            ("Naomi Okafor, MD", NPI_OKONKWO, "Obstetrics & Gynecology", "No"),
            ("Martin Oyelowo, MD", NPI_NAKAMURA, "Psychiatry", "Yes"),
            ("Grace Liu, NP", NPI_RUIZ, "Addiction Medicine", "Yes")]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
    h = """<html><body style="font-family:Tahoma,sans-serif;font-size:13px;color:#273444">
<p><img src="https://media.kvhp.example.net/e/kv-logo.png" alt="Keystone Valley Health Plan" width="180" height="40"></p>
<p>Dear Practice Administrator,</p>
<p>Federal rules require us to verify provider directory information every 90 days. Please review the
listing below for <b>Lakeside Health Medical Group &ndash; Westfield</b> (group NPI """ + NPI_GROUP_LAKESIDE + """) and attest by
<b>December 18, 2026</b>.</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#dde5ee">
<tr style="background:#eef3f9"><th>Provider</th><th>NPI</th><th>Specialty</th><th>Accepting new patients</th></tr>""" + trs + """</table>
<p>Address: 980 Westfield Rd, Westfield, WI 53099 &middot; Phone (414) 555-0124 &middot; Hours Mon&ndash;Fri 7:30&ndash;5:30</p>
<p><a href="https://providers.kvhp.example.net/directory/attest?g=LHMG-WF">Review and attest</a>. Listings not verified may be suppressed from the online directory.</p>
<p style="font-size:11px;color:#777">Keystone Valley Health Plan Provider Data Management &middot; providerdata@kvhp.example.net</p>
</body></html>"""
    return mail(addr("Keystone Provider Data Management", "providerdata@kvhp.example.net"),
                "credentialing@lakesidehealth.example.org",
                "Action required: verify your provider directory listing by 12/18",
                date("2026-11-30 08:00", "-0500"), html(h))


@msg("trap-print-vendor-invoice-statements", "none",
     "print-and-mail vendor invoice to a hospital for statement and EOB volumes and postage; business billing, no patient")
def _():
    inv = [
        "PRINTPOST MAIL SERVICES, LLC",
        "410 Press Ave, Kellerton, OH 43999   |   ar@printpost.example.com",
        "",
        "INVOICE  PP-2026-11-0447          Date: 12/01/2026     Terms: Net 30",
        "Bill to: Lakeside Health, Accounts Payable, 2200 Lakeshore Pkwy, Port Alden WI",
        "PO: LKH-PO-77120",
        "",
        "Job      Description                               Qty       Rate     Amount",
        "44790    Patient statements, duplex, #10 window     48,211   0.092   4,435.41",
        "44791    Recall letters (REC-v7), simplex           6,480    0.081     524.88",
        "44812    Insert: financial assistance notice        48,211   0.012     578.53",
        "         First-class presort postage (pass-thru)    54,691   0.563  30,791.03",
        "         NCOA / CASS processing                     54,691   0.001      54.69",
        "",
        "                                                     TOTAL DUE   $36,384.54",
        "",
        "Remit: ACH to PrintPost Mail Services, routing on file. Questions: (614) 555-0193",
    ]
    body = multi("mixed", [
        text("""Hello Accounts Payable,

Attached is invoice PP-2026-11-0447 for November statement and recall
production. Job-level counts are on page 1; postage is passed through
at cost.

Thank you,
Renata Blum
Billing, PrintPost Mail Services
"""),
        attach("application/pdf", pdf([inv], title="Invoice PP-2026-11-0447"), "PP-2026-11-0447.pdf")])
    return mail(addr("PrintPost Billing", "ar@printpost.example.com"),
                "accountspayable@lakesidehealth.example.org", "Invoice PP-2026-11-0447 - November production",
                date("2026-12-01 10:30", "-0500"), body)


@msg("trap-ehr-release-notes-reminder-tokens", "none",
     "EHR release notes for the reminder module listing merge tokens like {{patient_first_name}} and %%MRN%% with sample text")
def _():
    t = """MeridianEHR 12.6 Release Notes - Patient Engagement

Release date: December 13, 2026 (hosted customers)

NEW
* Department display names for SMS. A new token {{dept_short_name}} is
  used when {{dept_display_name}} is longer than 24 characters
  (case 04418872 and others).
* Sensitive-department suppression. Departments flagged as "42 CFR
  Part 2", "Behavioral Health" or "Reproductive Health" can now send a
  generic reminder that omits the department and provider:
    "Hi {{patient_first_name}}, you have an appointment on
     {{appt_date}} at {{appt_time}}. Reply C to confirm."
* New tokens: %%MRN_LAST4%%, {{portal_activation_code}},
  {{guarantor_balance}}.

CHANGED
* %%MRN%% is no longer allowed in e-mail subject lines; templates that
  use it will fail validation.
* Preview now renders with the built-in test patient "Sample, Jane"
  (MRN 0000000) instead of the last patient viewed.

FIXED
* Reminders for appointments booked less than 2 hours ahead were sent
  twice.
* ICS attachments used UTC instead of the department's time zone.

Known issue: Vietnamese and Tagalog templates wrap incorrectly on some
Android devices.

MeridianEHR, 4100 Fulton Ridge Rd, Suite 300, Cary Falls, NC 27599
"""
    return mail(addr("MeridianEHR Product Updates", "releases@meridianehr.example.com"),
                "ehr-admins@lakesidehealth.example.org", "MeridianEHR 12.6 release notes: Patient Engagement",
                date("2026-12-09 16:00", "-0500"), text(t, cte="qp"))


@msg("trap-template-proof-bh-reminder", "none",
     "vendor proof of a behavioral-health clinic's reminder template with every merge field unfilled, sent to the clinic's marketing contact")
def _():
    inner = """<p style="background:#fff3cd;border:1px dashed #c69500;padding:8px;font-size:12px">PROOF &ndash; template <b>hbh_reminder_v3</b>, revision 4. Merge fields are shown unfilled. Not sent to patients.</p>
<p>Hi {{patient_first_name}},</p>
<p>This is a reminder of your upcoming appointment:</p>
<p><b>{{appt_type}}</b><br>{{provider_name}}, {{provider_credentials}}<br><b>{{appt_date_long}} at {{appt_time}}</b></p>
<p>Please arrive 10 minutes early. If you are in crisis, call or text 988 any time.</p>"""
    h = remindwell("Harborview Behavioral Health", "#3d5a80", inner, tok("proof-hbh"), "PROOF-0000",
                   "Harborview Behavioral Health &middot; 615 Harbor St, Dunmore Bay, WI 54998 &middot; (920) 555-0125")
    t = """Hi Lorna,

Revision 4 of the Harborview reminder proof is below. Changes from rev 3:
- removed the department name from the subject line, per your
  compliance team
- moved the 988 line into the body
- button colors now meet WCAG AA contrast

Please approve by Friday so we can switch the live template on 12/14.

Dev Malhotra
Client Success, RemindWell
"""
    body = multi("mixed", [text(t), attach("text/html", h, "hbh_reminder_v3_rev4_proof.html", cte="qp", cs="utf-8",
                                           disp="attachment")])
    return mail(addr("Dev Malhotra", "dev.malhotra@remindwell.example.net"),
                addr("Lorna Pike", "lpike@harborviewbh.example.org"),
                "PROOF rev 4: hbh_reminder_v3", date("2026-12-09 11:10", "-0600"), body)


@msg("trap-test-send-test-patient", "none",
     "test send of a cardiology reminder to an internal QA inbox for the test patient ZZTEST, PATIENT (MRN 99999999)")
def _():
    t = """[TEST SEND - NOT A REAL PATIENT]

Hi ZZTEST,

This is a reminder of your upcoming appointment.

  With:   TEST PROVIDER, MD - Cardiology
  Where:  Lakeside Heart & Vascular Institute, 3rd floor
  When:   Tuesday, December 8, 2026 at 10:20 AM
  MRN:    99999999 (ZZTEST, PATIENT - test record)

Template: LKH_APPT_REM_v9  Environment: TST  Batch: qa-20261203-02

Lakeside Health
"""
    return mail(addr("Lakeside Health [TST]", "appointments@tst.notify.lakesidehealth.example.org"),
                "qa-notify@lakesidehealth.example.org", "[TEST] Reminder: your appointment on Tue, Dec 8 at 10:20 AM",
                date("2026-12-03 15:02", "-0600"), text(t), extra=AUTO + [("X-Environment", "TST")])


@msg("trap-flu-clinic-campaign-all-patients", "none",
     "practice-wide flu-shot campaign to 'Dear Patient' with walk-in dates and eligibility; no individual")
def _():
    t = """Dear Patient,

Flu shots are here! Northgate Family Medicine is holding walk-in flu
clinics for patients of all ages 6 months and older:

  Saturday, November 14   9:00 AM - 1:00 PM
  Wednesday, November 18  3:00 PM - 7:00 PM
  Saturday, December 5    9:00 AM - 1:00 PM

No appointment needed. High-dose flu vaccine is available for adults
65 and older. We also have updated COVID-19 vaccine, and RSV vaccine for
adults 75+ and adults 60-74 at higher risk (please ask at check-in).

Most insurance plans cover the flu shot at no cost. Please bring your
insurance card.

Northgate Family Medicine
77 Commerce St, Northgate, WI 53227 | (414) 555-0150

You are receiving this because you are on our patient announcements
list. Unsubscribe: https://northgatefm.example.com/unsubscribe
"""
    return mail(addr("Northgate Family Medicine", "announcements@northgatefm.example.com"),
                "patients@lists.northgatefm.example.com", "Walk-in flu clinics start November 14",
                date("2026-11-06 08:00", "-0600"), text(t),
                extra=bulk("https://northgatefm.example.com/unsubscribe", "FLU26"))


@msg("trap-free-hiv-testing-day", "none",
     "community health center event announcement: free rapid HIV testing and PrEP information on World AIDS Day; no individual")
def _():
    h = """<html><body style="margin:0;font-family:Arial,sans-serif;background:#fff">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0">
<tr><td style="background:#9b2226;color:#fff;padding:26px;text-align:center"><div style="font-size:28px"><b>Know your status</b></div><div style="font-size:16px">World AIDS Day &middot; Tuesday, December 1, 2026</div></td></tr>
<tr><td style="padding:22px;font-size:15px;line-height:1.5">
<p>Eastside Community Health Center and the Port Alden Health Department are offering <b>free, confidential rapid HIV testing</b>, no appointment and no insurance needed.</p>
<ul><li>10 AM &ndash; 6 PM, Eastside CHC lobby, 2750 E. Division St</li><li>Results in 20 minutes</li><li>Free syphilis and hepatitis C testing</li><li>Talk with a PrEP navigator about HIV prevention pills and shots</li><li>Free condoms, snacks and bus passes</li></ul>
<p>HIV treatment today means people living with HIV can live long, healthy lives, and an undetectable viral load means HIV is not transmitted sexually (U=U).</p>
<p style="font-size:12px;color:#666">Eastside Community Health Center &middot; (414) 555-0165 &middot; <a href="https://eastsidechc.example.org/events?u=1">Unsubscribe</a></p>
</td></tr></table></td></tr></table>""" + pixel("m.eastsidechc.example.org", tok("wad")) + "</body></html>"
    return mail(addr("Eastside Community Health Center", "events@eastsidechc.example.org"),
                "community@lists.eastsidechc.example.org", "Free HIV testing on World AIDS Day, Dec 1",
                date("2026-11-24 10:00", "-0600"), html(h),
                extra=bulk("https://eastsidechc.example.org/events?u=1", "WAD26"))


@msg("trap-sexual-health-clinic-new-hours", "none",
     "mailing-list notice of a sexual health clinic's new walk-in hours for STI testing, PrEP and contraception; no individual")
def _():
    t = """Lakeside Sexual Health Clinic - new walk-in hours

Starting January 4, 2027, our walk-in hours are longer:

  Monday - Thursday   11:00 AM - 7:00 PM
  Friday              8:00 AM - 12:00 PM
  Saturday            9:00 AM - 1:00 PM (new!)

Walk-in services:
  - Testing for chlamydia, gonorrhea, syphilis, HIV and hepatitis C
  - Same-day PrEP and PEP starts
  - Emergency contraception and birth control, including shots and
    implants
  - Vaccines: HPV, hepatitis A and B, mpox

Services are confidential. Teens can get most services without a
parent's permission under Wisconsin law.

Lakeside Sexual Health Clinic, Pavilion B, 2200 Lakeshore Parkway
(414) 555-0132

You are subscribed to clinic updates. Unsubscribe:
https://lakesidehealth.example.org/u/shc
"""
    return mail(addr("Lakeside Sexual Health Clinic", "shc-news@notify.lakesidehealth.example.org"),
                "shc-updates@lists.lakesidehealth.example.org", "New walk-in hours starting January 4",
                date("2026-12-10 09:00", "-0600"), lk_alt(t, "New walk-in hours starting January 4", "You are subscribed to Lakeside Sexual Health Clinic updates.", unsub="https://lakesidehealth.example.org/u/shc"),
                extra=bulk("https://lakesidehealth.example.org/u/shc", "SHC-HRS27"))


@msg("trap-mental-health-holiday-newsletter-988", "none",
     "behavioral-health clinic community newsletter on holiday stress, depression signs and 988; sent to a partner list")
def _():
    inner = """<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0">When the holidays are hard</p>
<p>For many people, December brings loneliness, grief or money stress. For people living with depression,
anxiety or substance use disorders, it can also bring relapse.</p>
<p><b>Signs it may be more than the "holiday blues":</b> sadness that lasts two weeks or more, losing interest
in things you used to enjoy, sleeping too much or too little, drinking more, or thoughts of death.</p>
<p><b>What helps:</b> keep routines, limit alcohol, say no to some invitations, reach out to one person each day.</p>
<p><b>Our Walk-In Counseling hours over the holidays:</b> Dec 24 9&ndash;1, closed Dec 25, Dec 31 9&ndash;1.</p>
<p>If you or someone you know is in crisis, call or text <b>988</b>.</p>"""
    h = remindwell("Harborview Behavioral Health", "#3d5a80", inner, tok("hbh-nl"), "NL-2612",
                   "Harborview Behavioral Health &middot; 615 Harbor St, Dunmore Bay, WI 54998 &middot; You are on our community partners list")
    h = h.replace(">Confirm<", ">Read more<").replace(">Cancel<", ">Events<").replace(">Reschedule<", ">Donate<")
    return mail(addr("Harborview Behavioral Health", "community@harborviewbh.example.org"),
                "partners@lists.harborviewbh.example.org", "When the holidays are hard",
                date("2026-12-09 12:00", "-0600"), html(h),
                extra=bulk("https://harborviewbh.example.org/u/community", "HBH-NL-2612"))


@msg("trap-ivf-info-night-invite", "none",
     "fertility clinic marketing invitation to a free IVF and egg-freezing information night; sent to a list")
def _():
    plain = """You're invited: Fertility Facts Night

Thinking about IVF, egg freezing or starting a family with a donor?
Join Fairhaven Fertility's physicians and nurses for a free evening of
straight answers.

  Thursday, January 14, 2027, 6:30-8:00 PM
  Fairhaven Fertility Center, 19 Meadowbrook Dr (or join online)

Topics:
  - How IVF works, step by step
  - Egg freezing: what age, how many eggs, what it costs
  - Insurance coverage and financing
  - LGBTQ+ family building

Attendees get a free AMH fertility screening voucher.

RSVP: https://fairhavenfertility.example.com/events/facts-night
Fairhaven Fertility Center | (262) 555-0174
Unsubscribe: https://fairhavenfertility.example.com/u
"""
    return mail(addr("Fairhaven Fertility Center", "events@fairhavenfertility.example.com"),
                "newsletter@lists.fairhavenfertility.example.com", "You're invited: Fertility Facts Night, Jan 14",
                date("2026-12-08 18:00", "-0600"), text(plain),
                extra=bulk("https://fairhavenfertility.example.com/u", "FFN-0127"))


@msg("trap-genetics-lab-new-panel-to-physicians", "none",
     "genetics lab marketing to clinicians about a new hereditary cancer panel, with a SAMPLE report for a fictional patient")
def _():
    rep = [
        "HELIX POINT LABORATORIES - SAMPLE REPORT - NOT A REAL PATIENT",
        "",
        "Patient: SAMPLE, JANE      DOB: 01/01/1980      Accession: SAMPLE-0001",
        "Test: OncoHelix 84-gene hereditary cancer panel",
        "",
        "RESULT: POSITIVE - pathogenic variant detected",
        "Gene: BRCA2   Variant: c.0000del (p.Xxx000fs)  (illustrative only)",
        "",
        "Interpretation (sample text): This individual is heterozygous for a pathogenic",
        "variant in BRCA2 ... Cascade testing of relatives is recommended.",
        "",
        "This page shows the report layout only. All data on it are fictitious.",
    ]
    t = """Dear Colleague,

Helix Point Laboratories now offers OncoHelix, an 84-gene hereditary
cancer panel with:

  - 10-day median turnaround
  - Free cascade testing for first-degree relatives within 90 days
  - Billing to all major plans; patient cost capped at $250
  - Post-test genetic counseling for your patients at no charge

A sample report is attached so you can see the layout (fictional data).

Order in MeridianEHR under "Helix Point" or request kits at
https://helixpointlabs.example.com/order

Helix Point Laboratories | 75 Genome Ct, Brookline Park, MA 02999
You received this as a registered ordering provider. Unsubscribe:
https://helixpointlabs.example.com/u
"""
    body = multi("mixed", [text(t), attach("application/pdf", pdf([rep], flate=True, title="OncoHelix sample report"),
                                           "OncoHelix_Sample_Report.pdf")])
    return mail(addr("Helix Point Laboratories", "providers@helixpointlabs.example.com"),
                addr("Adaeze Okonkwo, MD", "aokonkwo@lakesidehealth.example.org"),
                "New: OncoHelix 84-gene panel with free family testing",
                date("2026-11-17 08:30", "-0500"), body,
                extra=bulk("https://helixpointlabs.example.com/u", "ONCOHELIX-LAUNCH"))


@msg("trap-no-show-rates-by-department", "none",
     "weekly operations dashboard of no-show and reminder-confirmation rates by department (incl. addiction medicine, HIV clinic); aggregates only")
def _():
    h = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:13px">
<p>Weekly Access &amp; Reminders Dashboard &mdash; week ending 12/05/2026</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px">
<tr style="background:#dbe5f1"><th>Department</th><th>Appts</th><th>Reminders sent</th><th>Confirmed %</th><th>No-show %</th><th>vs 4-wk avg</th></tr>
<tr><td>Cardiology</td><td>1,284</td><td>1,270</td><td>71.2</td><td>4.9</td><td>-0.3</td></tr>
<tr><td>Family Medicine (all sites)</td><td>6,912</td><td>6,805</td><td>64.0</td><td>7.8</td><td>+0.6</td></tr>
<tr><td>Outpatient Psychiatry</td><td>842</td><td>830</td><td>58.9</td><td>13.1</td><td>+1.9</td></tr>
<tr><td>Addiction Medicine</td><td>311</td><td>0 (generic reminder)</td><td>n/a</td><td>16.4</td><td>-2.2</td></tr>
<tr><td>Eastside Positive Care (HIV)</td><td>204</td><td>0 (generic reminder)</td><td>n/a</td><td>11.8</td><td>+0.4</td></tr>
<tr><td>Women's Health</td><td>1,530</td><td>1,511</td><td>69.5</td><td>6.2</td><td>-0.1</td></tr>
<tr><td>Imaging</td><td>3,406</td><td>3,390</td><td>77.8</td><td>3.1</td><td>0.0</td></tr></table>
<p>Notes: Psychiatry no-shows rose after the SMS outage on 12/8 (MeridianEHR incident). Addiction Medicine and the HIV clinic
use the sensitive-department generic template, so confirmation rates are not tracked.</p>
<p>&mdash; Access Analytics, Lakeside Health. Internal use only.</p></body></html>"""
    return mail(addr("Access Analytics", "access-analytics@lakesidehealth.example.org"),
                "ambulatory-leaders@lakesidehealth.example.org", "Weekly access & reminders dashboard - w/e 12/05",
                date("2026-12-07 06:30", "-0600"), html(h, cte="base64"))


@msg("trap-reminder-vendor-monthly-delivery-csv", "none",
     "reminder vendor's monthly delivery report (CSV) of counts per practice and channel; no recipients listed")
def _():
    rows = ["month,practice_id,practice_name,channel,sent,delivered,bounced,confirmed,opted_out"]
    data = [("BFD", "Brightside Family Dental"), ("BPP", "Brightpath Pediatrics"),
            ("HBH", "Harborview Behavioral Health"), ("LWH", "Lakeside Women's Health"),
            ("NRC", "Northgate Recovery Clinic"), ("SHA", "Sound Harbor Audiology"),
            ("VDH", "Valley Digestive Health"), ("EPC", "Eastside Positive Care Clinic")]
    k = 0
    for pid, name in data:
        for ch in ("email", "sms", "voice"):
            k += 1
            sent = 300 + (k * 137) % 2400
            dl = sent - (k * 7) % 40
            rows.append("2026-11,%s,%s,%s,%d,%d,%d,%d,%d" % (pid, name, ch, sent, dl, sent - dl,
                                                          int(dl * (0.41 + (k % 5) / 20)), k % 6))
    body = multi("mixed", [
        text("""Hi all,

Attached is the November 2026 delivery summary for your organization's
practices. Totals by channel:

  e-mail  delivered 96.8%
  SMS     delivered 98.9%
  voice   answered 61.2%

No individual recipients are included. Detailed logs are available in
the RemindWell console for 90 days.

RemindWell Reporting
"""),
        attach("text/csv", "\n".join(rows) + "\n", "remindwell_delivery_2026-11.csv", cte="7bit", cs="us-ascii")])
    return mail(addr("RemindWell Reporting", "reports@remindwell.example.net"),
                "patient-comms@lakesidehealth.example.org", "November 2026 delivery summary",
                date("2026-12-02 05:00", "-0800"), body, extra=AUTO)


@msg("trap-unsubscribe-confirmation", "none",
     "confirmation that a named person unsubscribed from a hospital's newsletter list; no care")
def _():
    t = """You've been unsubscribed

gfeeney58@mail.example.com will no longer receive Healthy Living or
other Lakeside Health marketing e-mail.

You will still receive messages about your account, appointments and
bills if you use Lakeside MyHealth. You can change those settings in
MyHealth under Communication Preferences.

Unsubscribed by mistake? Resubscribe:
https://lakesidehealth.example.org/preferences?resub=1

Lakeside Health, 2200 Lakeshore Parkway, Port Alden, WI 53090
"""
    return mail(addr("Lakeside Health", "news@notify.lakesidehealth.example.org"),
                "gfeeney58@mail.example.com", "You've been unsubscribed",
                date("2026-12-03 07:41", "-0600"), lk_alt(t, "You have been unsubscribed", "This is a one-time confirmation of your request."), extra=AUTO)


@msg("trap-preference-center-update", "none",
     "communication-preferences change confirmation (channels per message type) for a named user; no care content")
def _():
    inner = """<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0">Your preferences were updated</p>
<p>Hi Omar,</p>
<p>On December 2, 2026 you changed how Lakeside Health contacts you:</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #d6dee5;font-size:14px">
<tr style="background:#f1f5f8"><td><b>Message type</b></td><td><b>E-mail</b></td><td><b>Text</b></td><td><b>Phone</b></td></tr>
<tr><td>Appointment reminders</td><td>On</td><td>On</td><td>Off</td></tr>
<tr><td>Test result notifications</td><td>On</td><td>Off</td><td>Off</td></tr>
<tr><td>Billing</td><td>On</td><td>Off</td><td>Off</td></tr>
<tr><td>Health tips &amp; news</td><td>Off</td><td>Off</td><td>Off</td></tr>
<tr><td>Surveys</td><td>Off</td><td>Off</td><td>Off</td></tr></table>
<p style="font-size:13px">Preferred language: English &middot; Quiet hours for texts: 9 PM &ndash; 8 AM</p>
<p style="font-size:13px">Didn't make this change? Call MyHealth Support at (414) 555-0118.</p>"""
    h = lakeside_page("Your communication preferences were updated", inner, tok("prefs"),
                      "You are receiving this confirmation because your account settings changed.")
    return mail(addr("Lakeside MyHealth", "myhealth@notify.lakesidehealth.example.org"),
                "omar.haddad@mail.example.net", "Your communication preferences were updated",
                date("2026-12-02 19:20", "-0600"), html(h), extra=AUTO)


@msg("trap-good-faith-estimate-explainer", "none",
     "generic explainer of good-faith estimates under the No Surprises Act with a sample estimate for a fictional patient")
def _():
    t = """What is a Good Faith Estimate?

Under the federal No Surprises Act, if you don't have insurance or you
choose not to use it, you have the right to receive a "Good Faith
Estimate" of how much your care will cost before you get it.

  - Ask for it when you schedule, or at least 3 business days before.
  - It should list each expected item and service, such as the office
    visit, lab tests, imaging, anesthesia and facility fees.
  - If your bill is at least $400 more than the estimate, you can
    dispute it.

Example (for illustration only):

  Patient:    Sample Patient
  Service:    Screening colonoscopy, outpatient
  Facility fee                  $1,150.00
  Gastroenterologist            $  640.00
  Anesthesia                    $  420.00
  Pathology (if polyps found)   $  180.00
  Estimated total               $2,390.00

Learn more: https://lakesidehealth.example.org/billing/estimates
Questions: Patient Financial Services, (414) 555-0111

Lakeside Health Billing Newsletter - December 2026
Unsubscribe: https://lakesidehealth.example.org/u/billing-news
"""
    return mail(addr("Lakeside Health Billing", "billing-news@notify.lakesidehealth.example.org"),
                "pszymanski@mail.example.org", "Know before you go: Good Faith Estimates explained",
                date("2026-12-05 10:00", "-0600"), lk_alt(t, "Know before you go: Good Faith Estimates explained", "You are receiving the Lakeside Health Billing Newsletter.", unsub="https://lakesidehealth.example.org/u/billing-news"),
                extra=bulk("https://lakesidehealth.example.org/u/billing-news", "BILL-NL-2612"))


@msg("trap-holiday-hours-closure", "none",
     "practice holiday-hours notice to all patients with nurse-line and urgent-care advice; no individual")
def _():
    plain = """Holiday hours at Northgate Family Medicine

  Thursday, December 24    8:00 AM - 12:00 PM
  Friday, December 25      Closed
  Thursday, December 31    8:00 AM - 12:00 PM
  Friday, January 1        Closed

Need a refill? Request it by December 21 so your doctor has time to
review it before the holiday.

After hours, our nurse line is open 24/7 at (414) 555-0150, option 1.
For a medical emergency, call 911.

Happy holidays from all of us at Northgate Family Medicine!
"""
    h = """<div style="font-family:Georgia,serif;max-width:520px;margin:auto;border:1px solid #d8c99b;padding:18px;background:#fffdf6">
<h2 style="color:#7a5c00;margin-top:0">Holiday hours at Northgate Family Medicine</h2>
<table cellpadding="4"><tr><td>Thursday, December 24</td><td>8:00 AM &ndash; 12:00 PM</td></tr><tr><td>Friday, December 25</td><td><b>Closed</b></td></tr>
<tr><td>Thursday, December 31</td><td>8:00 AM &ndash; 12:00 PM</td></tr><tr><td>Friday, January 1</td><td><b>Closed</b></td></tr></table>
<p>Need a refill? Request it by December 21.</p><p>After hours, our nurse line is open 24/7 at (414) 555-0150, option 1. For a medical emergency, call 911.</p>
<p style="font-size:11px;color:#888">77 Commerce St, Northgate, WI 53227 &middot; <a href="https://northgatefm.example.com/unsubscribe">Unsubscribe</a></p></div>"""
    return mail(addr("Northgate Family Medicine", "announcements@northgatefm.example.com"),
                "patients@lists.northgatefm.example.com", "Holiday hours and refill reminder",
                date("2026-12-14 08:00", "-0600"), alt(text(plain), html(h)),
                extra=bulk("https://northgatefm.example.com/unsubscribe", "HOL26"))


@msg("trap-new-clinic-opening", "none",
     "hospital announcement of a new clinic with primary care, women's health, behavioral health and lab services; no individual")
def _():
    inner = """<p style="font-size:22px;font-weight:bold;margin:0 0 12px 0">Now open: Lakeside Westfield Health Center</p>
<img src="https://cdn.lakesidehealth.example.org/email/2611/westfield-exterior.jpg" width="544" alt="Westfield Health Center" style="display:block;width:100%;border-radius:4px">
<p>Our newest location brings more care closer to home, with evening and Saturday hours.</p>
<table role="presentation" width="100%" cellpadding="6" cellspacing="0" style="font-size:14px">
<tr><td width="50%" valign="top"><b>Primary care</b><br>Family and internal medicine, same-day sick visits</td>
<td width="50%" valign="top"><b>Women's health</b><br>Prenatal care, birth control, menopause care</td></tr>
<tr><td valign="top"><b>Behavioral health</b><br>Counseling and psychiatry integrated with primary care</td>
<td valign="top"><b>Lab &amp; imaging</b><br>Walk-in lab, X-ray, mammography</td></tr></table>
<p><b>Ribbon cutting &amp; open house:</b> Saturday, November 21, 10 AM &ndash; 1 PM. Free blood pressure checks and flu shots.</p>
<p>980 Westfield Rd, Westfield, WI 53099 &middot; (414) 555-0124</p>"""
    h = lakeside_page("Primary care, women's health, behavioral health and lab, all in one place", inner, tok("westfield"),
                      "You are receiving this because you live near our new Westfield location.",
                      unsub="https://lakesidehealth.example.org/u/nl?c=WF")
    return mail(addr("Lakeside Health", "news@notify.lakesidehealth.example.org"),
                "residents-53099@lists.lakesidehealth.example.org", "Now open in Westfield",
                date("2026-11-12 10:00", "-0600"), html(h, cte="base64"),
                extra=bulk("https://lakesidehealth.example.org/u/nl?c=WF", "WF-OPEN"))


@msg("trap-new-provider-joins-npi", "none",
     "practice announcement that a named surgeon (with NPI) joins and accepts new patients; the person named is staff")
def _():
    t = """Pinecrest Orthopedics welcomes Dr. Marcus Okonkwo

We are pleased to announce that Marcus Okonkwo, MD, has joined
Pinecrest Orthopedics & Sports Medicine. Dr. Okonkwo is a fellowship-
trained sports medicine surgeon specializing in knee and shoulder
arthroscopy, ACL reconstruction and cartilage restoration.

  NPI:        """ + NPI_OKONKWO + """
  Board:      American Board of Orthopaedic Surgery
  Locations:  Lake Delton Falls (Mon, Wed, Thu), Fenwick (Tue)
  Languages:  English, Igbo

Dr. Okonkwo is accepting new patients, including same-week sports
injury visits. Most insurance plans are accepted.

Schedule: (608) 555-0144 or https://pinecrestortho.example.com/book

Pinecrest Orthopedics & Sports Medicine | 88 Elm Ct | Lake Delton Falls, WI 53940
Unsubscribe: https://pinecrestortho.example.com/u
"""
    return mail(addr("Pinecrest Orthopedics", "news@pinecrestortho.example.com"),
                "subscribers@lists.pinecrestortho.example.com", "Welcome Dr. Marcus Okonkwo",
                date("2026-11-09 09:00", "-0600"), text(t),
                extra=bulk("https://pinecrestortho.example.com/u", "NEWDOC-MO"))


@msg("trap-medicare-advantage-aep-marketing", "none",
     "Medicare Advantage marketing for the annual enrolment period with benefits, star rating and required disclaimers; no individual")
def _():
    inner = """<p style="font-size:26px;margin:0 0 10px 0">$0 premium. $0 PCP visits. Real people who pick up the phone.</p>
<p>The Medicare Annual Enrollment Period runs <b>October 15 &ndash; December 7</b>. Summit Medicare Advantage (HMO) plans for 2027 include:</p>
<ul><li>$0 monthly plan premium (you must continue to pay your Part B premium)</li>
<li>$0 primary care and $0 preventive care, including your Annual Wellness Visit</li>
<li>$0 Tier 1 drugs at preferred pharmacies and $35 insulin</li>
<li>Dental, vision and hearing aid allowance</li>
<li>Over-the-counter allowance of $50 per quarter</li></ul>
<p><b>4.5 out of 5 stars</b> in the 2027 Medicare Star Ratings.</p>
<p><a href="https://medicare.summithealthplan.example.com/aep" style="background:#1f6f50;color:#fff;padding:12px 22px;text-decoration:none;font-family:Arial,sans-serif">Compare 2027 plans</a> or call 1-800-555-0199 (TTY 711)</p>
<p style="font-size:11px;color:#555">Every year, Medicare evaluates plans based on a 5-star rating system. Summit Medicare Advantage is an HMO plan with a Medicare contract. Enrollment in Summit Medicare Advantage depends on contract renewal. Other providers are available in our network. Benefits may change on January 1 of each year. By calling the number above you will be directed to a licensed insurance agent. Y0099_AEP27_C</p>"""
    h = summit_page("Medicare AEP", inner, tok("aep27"), unsub="https://e.summithealthplan.example.com/u?c=AEP27")
    return mail(addr("Summit Medicare Advantage", "medicare@e.summithealthplan.example.com"),
                "prospects-65@lists.summithealthplan.example.com", "Last week to choose your 2027 Medicare plan",
                date("2026-12-01 09:00", "-0700"), html(h),
                extra=bulk("https://e.summithealthplan.example.com/u?c=AEP27", "AEP27-W8"))


@msg("trap-payer-prior-auth-list-bulletin", "none",
     "payer provider bulletin of prior-authorisation list changes by CPT/HCPCS incl. genetic panels and MOUD; no patient")
def _():
    t = """KEYSTONE VALLEY HEALTH PLAN - PROVIDER BULLETIN 2026-41
Prior authorization list changes effective January 1, 2027

ADDED to the prior authorization list
  81432, 81433  Hereditary breast cancer-related disorders panels
  81435, 81436  Hereditary colon cancer disorders panels
  0009U-0420U   Proprietary laboratory analyses (see attachment B)
  E0486         Oral appliance for obstructive sleep apnea

REMOVED from the prior authorization list
  J0571-J0575   Buprenorphine/naloxone, oral
  Q9991, Q9992  Buprenorphine extended-release injection (Sublocade)
  J2315         Naltrexone extended-release injection
  H0020         Methadone administration (opioid treatment programs)
  72148         MRI lumbar spine without contrast (gold-card providers)

CLARIFICATIONS
  - Genetic counseling (96040, S0265) does not require authorization.
  - Requests for genetic testing must include a three-generation
    pedigree or documented personal history.
  - Contraceptive implants and IUDs (J7296-J7307, 11981, 58300) remain
    covered without authorization under the preventive benefit.

Questions: Provider Services 1-866-555-0186, option 4
Bulletins: https://providers.kvhp.example.net/bulletins
"""
    return mail(addr("Keystone Provider Communications", "provider-news@kvhp.example.net"),
                "provider-bulletins@lists.kvhp.example.net", "Provider Bulletin 2026-41: prior authorization changes for 2027",
                date("2026-11-16 07:00", "-0500"), text(t),
                extra=bulk("https://providers.kvhp.example.net/u", "PB-2026-41"))


@msg("trap-eft-remittance-summary-no-patients", "none",
     "payer EFT payment notice to a practice with totals, trace number and claim count; no patient-level detail")
def _():
    t = """Keystone Valley Health Plan - Electronic payment notification

Payee:            Northgate Family Medicine, S.C.
Payee NPI:        """ + NPI_GROUP_NORTHGATE + """
Payee TIN:        XX-XXX4471
Payment date:     12/04/2026
Payment method:   ACH CCD+
Trace number:     1KVH20261204000088113
Amount:           $48,210.55
Claims included:  412
Bank account:     ****8830

The 835 remittance advice for this payment is available in the
Keystone provider portal and has been sent to your clearinghouse
(ClaimBridge, submitter ID CB-55019).

This is an automated notice. Do not reply.
Provider Services 1-866-555-0186
"""
    return mail(addr("Keystone Provider Payments", "eft-notify@kvhp.example.net"),
                "billing@northgatefm.example.com", "EFT payment 1KVH20261204000088113 - $48,210.55",
                date("2026-12-04 05:12", "-0500"), text(t), extra=AUTO)


@msg("trap-clearinghouse-era-enrollment", "none",
     "clearinghouse confirmation of ERA/EFT enrolment for a practice with group NPI, TIN and payer IDs; no patient")
def _():
    h = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px;color:#1c2733">
<div style="border-bottom:3px solid #0f766e;padding-bottom:6px;font-size:18px;color:#0f766e"><b>ClaimBridge</b> Enrollment Services</div>
<p>Your enrollment request has been <b>approved</b>.</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cbd5e1">
<tr><td>Request</td><td>ENR-2026-118204</td></tr>
<tr><td>Transaction</td><td>835 ERA + EFT</td></tr>
<tr><td>Provider</td><td>Harborview Behavioral Health, Inc.</td></tr>
<tr><td>Group NPI</td><td>""" + NPI_GROUP_LAKESIDE + """</td></tr>
<tr><td>Rendering provider on file</td><td>Sonia Castellanos, MD &middot; NPI """ + NPI_HUANG + """ &middot; DEA """ + DEA_PATEL + """ verified</td></tr>
<tr><td>TIN</td><td>XX-XXX2290</td></tr>
<tr><td>Payers</td><td>Keystone Valley Health Plan (KVH01), Summit Health Plan (SHP22)</td></tr>
<tr><td>Effective</td><td>12/14/2026</td></tr></table>
<p>ERAs will appear in your ClaimBridge inbox starting with the first payment after the effective date. Paper remittances will stop within two payment cycles.</p>
<p style="font-size:11px;color:#64748b">ClaimBridge, 500 Ledger Ln, Omaha Flats, NE 68999 &middot; support@claimbridge.example.com</p></body></html>"""
    return mail(addr("ClaimBridge Enrollment", "enrollment@claimbridge.example.com"),
                "billing@harborviewbh.example.org", "Enrollment approved: ENR-2026-118204 (835 ERA + EFT)",
                date("2026-12-07 13:00", "-0600"), html(h), extra=AUTO)


@msg("trap-ehr-maintenance-window", "none",
     "EHR vendor scheduled-maintenance notice listing affected portal, e-check-in and reminder functions; no patient")
def _():
    t = """SCHEDULED MAINTENANCE - MeridianEHR hosted environment PRD-04

Window:   Sunday, December 13, 2026, 01:00 - 05:00 CST
Impact:   Full downtime for up to 45 minutes; read-only for the rest

During the window:
  - MyMeridian patient portal: unavailable (maintenance page shown)
  - E-check-in and pre-visit questionnaires: unavailable
  - Appointment reminders: queued and sent after the window
  - Results release to portal: paused, released after the window
  - e-Prescribing: use downtime procedure (paper / phone)
  - Charting: read-only BCA workstations available

Please make sure your downtime reports printed at 00:30 CST.

Change record: CHG-2026-5541. Contact your Technical Account Manager
with questions.

MeridianEHR Hosting Operations
"""
    return mail(addr("MeridianEHR Hosting Operations", "hosting-ops@meridianehr.example.com"),
                "ehr-admins@lakesidehealth.example.org", "Scheduled maintenance Sun 12/13 01:00-05:00 CST (PRD-04)",
                date("2026-12-04 10:00", "-0600"), text(t))


@msg("trap-phishing-warning-to-patients", "none",
     "hospital alert to all patients about scam texts claiming test results or unpaid bills; quotes lure text, no individual")
def _():
    inner = """<p style="font-size:20px;font-weight:bold;margin:0 0 12px 0">Scam alert: fake "test results" and billing texts</p>
<p>Some patients in our area have received text messages that look like they come from Lakeside Health. Examples:</p>
<p style="background:#fdecea;border-left:4px solid #c0392b;padding:8px 12px;font-family:monospace;font-size:13px">"LakesideHealth: Your lab results are ready. Verify your identity to view: lakeside-results-secure.example.net"<br><br>
"FINAL NOTICE: your hospital bill of $214.50 is past due. Pay now to avoid collections."</p>
<p><b>We will never</b> ask for your password, Social Security number or card number by text or e-mail. Our texts come from short code 55501 and
our e-mail only from addresses ending in lakesidehealth.example.org.</p>
<p>If you get a suspicious message, don't click. Forward it to <a href="mailto:phishing@lakesidehealth.example.org">phishing@lakesidehealth.example.org</a>, then delete it.</p>"""
    h = lakeside_page("How to spot fake texts that use our name", inner, tok("scam"),
                      "You are receiving this safety notice as a Lakeside MyHealth user.")
    return mail(addr("Lakeside Health", "security@notify.lakesidehealth.example.org"),
                "myhealth-users@lists.lakesidehealth.example.org", "Scam alert: fake test result and billing texts",
                date("2026-11-25 12:00", "-0600"), html(h))


@msg("trap-portal-terms-update", "none",
     "portal terms and privacy policy update mentioning PHI, HIPAA, adolescent confidentiality for sexual and mental health; no individual")
def _():
    t = """Updates to the MyMeridian Terms of Use and Privacy Notice

Effective January 15, 2027, we are updating the MyMeridian Terms of Use
and the MyMeridian Privacy Notice. Key changes:

1. Adolescent accounts. For patients aged 12-17, parents and guardians
   with proxy access will no longer see notes, results or messages about
   sexual and reproductive health care, mental health care or
   substance use treatment that state law allows minors to receive
   confidentially. Your care provider decides which information is
   shared.

2. Third-party apps. If you connect a health app, the app may not be
   covered by HIPAA. We will show a warning before you share your
   protected health information (PHI) with an app.

3. Data retention. Portal audit logs are kept for 7 years.

You do not need to do anything. Continuing to use MyMeridian after
January 15, 2027 means you accept the updated terms.

Read the full text: https://my.meridianehr.example.com/legal/terms-2027
MeridianEHR, 4100 Fulton Ridge Rd, Suite 300, Cary Falls, NC 27599
"""
    return mail(addr("MyMeridian", "legal-notices@meridianehr.example.com"),
                "ocarmona.luis@mail.example.net", "We're updating our Terms of Use and Privacy Notice",
                date("2026-12-15 09:00", "-0500"), text(t, cte="qp"), extra=AUTO)


@msg("trap-chna-community-survey", "none",
     "county community-health-needs-assessment survey invitation about overdoses, mental health and access; no individual")
def _():
    h = """<html><body style="font-family:Verdana,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto">
<h2 style="color:#2d6a4f">Help shape health care in Alden County</h2>
<p>Every three years, Lakeside Health, Eastside Community Health Center and the Alden County Health Department ask residents
about the biggest health needs in our community. In 2023 you told us that <b>mental health</b>, <b>drug overdoses</b> and
<b>access to primary care</b> were the top three.</p>
<p>The 2026 survey takes 10 minutes, is anonymous and is available in English, Spanish, Hmong and Vietnamese.</p>
<p style="text-align:center"><a href="https://survey.aldencounty.example.gov.test/chna2026" style="background:#2d6a4f;color:#fff;padding:12px 24px;text-decoration:none">Take the survey</a></p>
<p style="font-size:11px;color:#777">Sent on behalf of the Alden County Community Health Partnership. Lakeside Health &middot; 2200 Lakeshore Parkway, Port Alden, WI 53090. <a href="https://lakesidehealth.example.org/u/community">Unsubscribe</a></p>
</div></body></html>"""
    return mail(addr("Alden County Health Partnership", "community@notify.lakesidehealth.example.org"),
                "residents@lists.lakesidehealth.example.org", "Your voice matters: 2026 community health survey",
                date("2026-11-05 10:00", "-0600"), html(h),
                extra=bulk("https://lakesidehealth.example.org/u/community", "CHNA26"))


@msg("trap-refill-template-proof-placeholders", "none",
     "pharmacy refill-reminder template proof with %%DRUG_NAME%% and %%RX_NUMBER%% unfilled, sent between agency and pharmacy")
def _():
    t = """Hi Marcy,

Here's the copy for the new refill reminder (v2). Merge fields are in
%% %%. Legal already approved the footer.

--- SUBJECT ---
%%FIRST_NAME%%, it's time to refill

--- BODY ---
Hi %%FIRST_NAME%%,
Your prescription is due for a refill:

  %%DRUG_NAME%% %%STRENGTH%%
  Rx #%%RX_NUMBER%%   Refills left: %%REFILLS_LEFT%%
  Due: %%DUE_DATE%%

Reply YES or tap Refill in the Corner Drug app.
Corner Drug #%%STORE_NO%%, %%STORE_ADDRESS%%, %%STORE_PHONE%%
--- END ---

Suppression rules we discussed:
- No drug name for controlled substances (C-II to C-V), HIV
  antiretrovirals, PrEP, buprenorphine, naltrexone or contraceptives;
  those get the generic version ("A prescription is ready to refill").
- No reminders to members under 18.

Can you confirm the suppression list matches your NDC flags?

Thanks,
Jules Ferreira
Account Director, Bright Pixel Health Marketing
"""
    return mail(addr("Jules Ferreira", "jules@brightpixelhealth.example.com"),
                addr("Marcy Olander", "molander@cornerdrug.example.com"),
                "Refill reminder v2 copy + suppression rules", date("2026-11-18 15:20", "-0600"), text(t))


@msg("trap-eob-print-proof-jane-sample", "none",
     "print vendor's EOB template proof (PDF) for a health plan filled with labelled SAMPLE data")
def _():
    pg = [
        "*** PROOF - SAMPLE DATA - DO NOT MAIL ***",
        "",
        "SUMMIT HEALTH PLAN                         EXPLANATION OF BENEFITS",
        "THIS IS NOT A BILL",
        "",
        "JANE Q SAMPLE                              Member ID: SAMPLE0000000",
        "123 ANY STREET                             Group: 00000",
        "ANYTOWN ST 00000                           Statement date: 01/01/2027",
        "",
        "Claim SAMPLE-000-000000   Provider: SAMPLE PROVIDER GROUP",
        "Service date   Service                 Billed    Allowed   Plan paid   You owe",
        "01/01/2027     Office visit (99213)     150.00     95.00      75.00     20.00",
        "01/01/2027     Lab (80053)               60.00     18.40      18.40      0.00",
        "",
        "Template EOB-COM-2027 rev C / insert: NDN-2027 / tagline page: 16 languages",
    ]
    body = multi("mixed", [
        text("""Hi Priscilla,

Attached is proof rev C of the 2027 commercial EOB (template
EOB-COM-2027). Changes: new logo lockup, tagline page moved to the back,
and the "You owe" column is now bold.

Sample data only. Please sign off by 12/11 for the January cycle.

Dana Pruitt
Account Manager, PrintPost Mail Services
"""),
        attach("application/pdf", pdf([pg], title="EOB-COM-2027 rev C proof"), "EOB-COM-2027_revC_PROOF.pdf")])
    return mail(addr("Dana Pruitt", "dana.pruitt@printpost.example.com"),
                addr("Priscilla Haney", "phaney@summithealthplan.example.com"),
                "Proof rev C: EOB-COM-2027", date("2026-12-07 16:45", "-0500"), body)


@msg("trap-step-challenge-wellness", "none",
     "health plan wellness programme promotion of a winter step challenge to all members; no individual")
def _():
    plain = """Summit Healthy Steps - Winter Step Challenge

Join the 6-week Winter Step Challenge starting January 4, 2027!

  - Sync your phone or fitness tracker in the Summit app
  - Walk 7,000 steps a day, five days a week
  - Earn up to $60 in Summit Rewards

Teams of up to 8 can compete for the top spot on the leaderboard.
Walking indoors counts: malls, gyms and your living room.

Talk with your doctor before starting a new exercise program if you
have heart disease, diabetes or joint problems.

Sign up: https://www.summithealthplan.example.com/steps
""" + plain_footer_summit()
    return mail(addr("Summit Healthy Steps", "healthysteps@e.summithealthplan.example.com"),
                "members-all@lists.summithealthplan.example.com", "Step into 2027: join the Winter Step Challenge",
                date("2026-12-12 08:00", "-0700"), sm_alt(plain, "Winter Step Challenge", unsub="https://e.summithealthplan.example.com/u?c=STEP27"),
                extra=bulk("https://e.summithealthplan.example.com/u?c=STEP27", "STEP27"))


@msg("trap-no-show-webinar-practice-managers", "none",
     "reminder vendor webinar invitation to practice managers about no-shows in behavioral health and addiction clinics")
def _():
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="560" cellpadding="20" cellspacing="0" style="background:#fff">
<tr><td style="background:#1d3557;color:#fff"><div style="font-size:13px;letter-spacing:1px">REMINDWELL WEBINAR</div><div style="font-size:24px"><b>Cut no-shows without risking privacy</b></div></td></tr>
<tr><td style="font-size:15px;line-height:1.5">
<p>Behavioral health and addiction treatment clinics average no-show rates of 15&ndash;25%. But detailed reminders can expose sensitive information on a lock screen.</p>
<p>Join us for a 45-minute session:</p>
<ul><li>Generic vs. detailed reminders: what the data show</li><li>42 CFR Part 2 and reminders for opioid treatment programs</li><li>Two-way SMS confirmations that don't name the clinic</li><li>Case study: a 9-site community mental health center</li></ul>
<p><b>Wednesday, January 13, 2027 &middot; 12:00 PM Central</b></p>
<p><a href="https://remindwell.example.net/webinars/no-shows-2027" style="background:#e63946;color:#fff;padding:12px 20px;text-decoration:none">Save my seat</a></p>
<p style="font-size:11px;color:#888">RemindWell, Inc. &middot; 88 Market St, Suite 900, San Remo Bay, CA 94999 &middot; <a href="https://remindwell.example.net/u">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>"""
    return mail(addr("RemindWell", "events@remindwell.example.net"),
                addr("Lorna Pike", "lpike@harborviewbh.example.org"),
                "Webinar: cut no-shows without risking privacy (Jan 13)", date("2026-12-10 10:00", "-0800"),
                html(h), extra=bulk("https://remindwell.example.net/u", "WEB-NS-0127"))


@msg("trap-id-cards-mailed-no-care", "none",
     "borderline: ID-card mailing with a member ID and plan name only; no provider, benefit use or care")
def _():
    t = """Your new Keystone ID card is on the way

Hello Meghan,

We mailed your new member ID card on December 3, 2026. It should arrive
within 10 business days. Your member ID has not changed:

  Member ID:  KVH660481927

You can use the digital card in the Keystone app right away. Destroy
your old card after January 1, 2027.

Keystone Valley Health Plan, PO Box 3090, Harrow, PA 17999
Member Services 1-866-555-0187 (TTY 711)
"""
    return mail(addr("Keystone Valley Health Plan", "members@kvhp.example.net"),
                "meghan.tolliver@mail.example.com", "Your new ID card is on the way",
                date("2026-12-03 12:00", "-0500"), text(t), extra=AUTO)


@msg("trap-employer-wellness-aggregate-report", "none",
     "health plan's de-identified aggregate wellness report to an employer (rates of hypertension, depression screening; small cells suppressed)")
def _():
    t = """Hi Carla,

Attached is the 2026 annual population health summary for Fenwick
Unified School District (group 40019). Highlights:

  Enrolled employees and spouses:        1,284
  Completed health assessment:           612 (47.7%)
  Biometric screening participation:     538 (41.9%)
  Elevated blood pressure (>=130/80):    31% of screened
  Prediabetes range A1c:                 18% of screened
  Positive depression screen (PHQ-2):    12% of assessments
  Enrolled in Healthy Steps DPP:         44
  Tobacco users enrolled in cessation:   29

All figures are aggregated. Cells with fewer than 20 members are
suppressed and no individual-level data are shared with the employer,
as required by HIPAA and our group agreement.

Happy to walk through it at the January benefits committee.

Best,
Owen Hartigan
Account Manager, Summit Health Plan
"""
    return mail(addr("Owen Hartigan", "ohartigan@summithealthplan.example.com"),
                addr("Carla Jimenez", "cjimenez@fenwickusd.example.org"),
                "2026 population health summary - Fenwick USD", date("2026-12-09 14:10", "-0700"), text(t))


@msg("trap-print-job-ticket-eob-mailed", "none",
     "print vendor job-completion ticket: counts of EOB letters mailed, returned and held; no recipient")
def _():
    t = """PrintPost Job Completion Report

Job:            44812
Client:         Summit Health Plan (SHP)
Product:        EOB-COM-2026 rev F, 1-4 pages, #10 double window
Drop date:      12/02/2026
Pieces mailed:  8,214
Held (address): 112  (NCOA forward expired / CASS fail)
Held (QC):      3    (page-count mismatch, reprinted in job 44813)
Postage:        $4,624.48 (presort first-class)

Integrity check: 2D barcode page-sequence scan 100%; 0 mismatches
Chain of custody: sealed trays, USPS BMEU receipt 7702-1188
Destruction of spoilage: certified, batch D-2026-1202

Returned-mail file will post to SFTP /outbound/shp/returns on 12/09.

PrintPost Mail Services - Production Control
"""
    return mail(addr("PrintPost Production Control", "production@printpost.example.com"),
                "print-vendor@summithealthplan.example.com", "Job 44812 complete - 8,214 pieces mailed",
                date("2026-12-02 22:10", "-0500"), text(t), extra=AUTO)


@msg("trap-webhook-json-delivery-events", "none",
     "reminder vendor webhook batch (JSON) of delivery events with hashed recipient IDs and template names; no person identifiable")
def _():
    events = [
        {"event": "delivered", "ts": "2026-12-08T14:02:11Z", "template": "hbh_reminder_v3",
         "channel": "sms", "recipient_hash": "sha256:9f1c0a2e4b7d", "practice": "HBH"},
        {"event": "confirmed", "ts": "2026-12-08T14:05:40Z", "template": "hbh_reminder_v3",
         "channel": "sms", "recipient_hash": "sha256:9f1c0a2e4b7d", "practice": "HBH"},
        {"event": "bounced", "ts": "2026-12-08T14:06:02Z", "template": "epc_generic_v1",
         "channel": "email", "recipient_hash": "sha256:4a88e01c93f2", "practice": "EPC", "smtp": "550 5.1.1"},
        {"event": "delivered", "ts": "2026-12-08T14:06:19Z", "template": "nrc_injection_v2",
         "channel": "email", "recipient_hash": "sha256:c03b7e6d2291", "practice": "NRC"},
        {"event": "opted_out", "ts": "2026-12-08T14:09:55Z", "template": "lwh_depo_v1",
         "channel": "sms", "recipient_hash": "sha256:71e2d9a0b5c4", "practice": "LWH"},
    ]
    js = json.dumps({"batch_id": "wh-20261208-1410-0042", "account": "lakeside-health", "events": events}, indent=2)
    body = multi("mixed", [
        text("Webhook delivery failed 3 times to https://integrations.lakesidehealth.example.org/remindwell/hook (HTTP 503).\n"
             "The undelivered batch is attached. Retries resume in 15 minutes.\n\nRemindWell Platform\n"),
        attach("application/json", js, "wh-20261208-1410-0042.json", cte="7bit", cs="utf-8")])
    return mail(addr("RemindWell Platform", "platform-alerts@remindwell.example.net"),
                "integration-team@lakesidehealth.example.org", "Webhook delivery failing: batch wh-20261208-1410-0042",
                date("2026-12-08 08:25", "-0600"), body, extra=AUTO)


@msg("trap-vendor-invoice-to-otp", "none",
     "reminder vendor's invoice (PDF) to an opioid treatment programme for message volumes; business billing, no patient")
def _():
    inv = [
        "REMINDWELL, INC.   88 Market St, Suite 900, San Remo Bay, CA 94999",
        "",
        "INVOICE RW-2026-12-3318                     Date: 12/01/2026   Due: 12/31/2026",
        "Customer: Crossroads Treatment Center, 1440 Industrial Pkwy, Port Alden WI",
        "Account:  CTC-0091",
        "",
        "Item                                          Qty        Unit      Amount",
        "Platform subscription - Professional (Dec)      1       399.00     399.00",
        "SMS messages (generic template)             6,812        0.012      81.74",
        "Voice calls                                   944        0.045      42.48",
        "Two-way SMS short code (monthly)                1        50.00      50.00",
        "",
        "                                               TOTAL USD            573.22",
        "",
        "Thank you for your business. Pay by ACH or card at billing.remindwell.example.net",
    ]
    body = multi("mixed", [
        text("""Hello,

Please find attached invoice RW-2026-12-3318 for December.

RemindWell Billing
billing@remindwell.example.net
"""),
        attach("application/pdf", pdf([inv], flate=True, title="Invoice RW-2026-12-3318"), "RW-2026-12-3318.pdf")])
    return mail(addr("RemindWell Billing", "billing@remindwell.example.net"),
                addr("Crossroads Treatment Center Accounts Payable", "ap@crossroadstc.example.org"),
                "Invoice RW-2026-12-3318", date("2026-12-01 06:00", "-0800"), body)


@msg("trap-otp-front-desk-to-vendor", "none",
     "an opioid treatment programme's front desk writes to its reminder vendor about discreet sender names; no patient")
def _():
    t = """Hi RemindWell support,

We're the front desk at Crossroads Treatment Center (account CTC-0091).
A couple of our patients have asked that our reminder texts not show
"Crossroads Treatment Center" or the word "dosing" because family
members see their phones.

Can you:
1. Change the SMS sender display from "CrossroadsTx" to just "CTC"?
2. Switch all our templates to the generic one ("You have an
   appointment on {date} at {time}")?
3. Confirm you don't store message content longer than needed? Our
   compliance officer asked because of 42 CFR Part 2.

We don't need anything changed for the holiday schedule blast - that
one goes out from our own e-mail.

Thanks!
Destiny Ruelas
Front Desk Lead, Crossroads Treatment Center
(414) 555-0141
"""
    return mail(addr("Crossroads Treatment Center Front Desk", "frontdesk@crossroadstc.example.org"),
                "support@remindwell.example.net", "Sender name on our text reminders",
                date("2026-12-04 10:45", "-0600"), text(t))


@msg("trap-egg-freezing-price-sheet-pdf", "none",
     "fertility clinic price sheet (PDF) for IVF and egg freezing sent to its newsletter list; no individual")
def _():
    pg = [
        "FAIRHAVEN FERTILITY CENTER - 2027 SELF-PAY PRICE LIST",
        "",
        "Initial consultation with physician ................................ $350",
        "Fertility assessment (AMH, FSH, ultrasound) ......................... $425",
        "Egg freezing cycle (monitoring, retrieval, vitrification) ........ $8,900",
        "IVF cycle with fresh transfer ..................................... $13,500",
        "Frozen embryo transfer ............................................ $3,800",
        "Preimplantation genetic testing (PGT-A), per embryo ................. $350",
        "Annual cryostorage (eggs or embryos) ............................... $650",
        "",
        "Medications are not included and are billed by the specialty pharmacy.",
        "Multi-cycle packages and financing are available. Prices effective 01/01/2027.",
    ]
    body = multi("mixed", [
        text("""Our 2027 self-pay prices are attached. Prices for egg freezing are
unchanged, and we've added a lower-cost frozen embryo transfer package.

Questions? Our financial counselors are available at (262) 555-0175.

Fairhaven Fertility Center
Unsubscribe: https://fairhavenfertility.example.com/u
"""),
        attach("application/pdf", pdf([pg], title="2027 price list"), "Fairhaven_2027_Price_List.pdf")])
    return mail(addr("Fairhaven Fertility Center", "news@fairhavenfertility.example.com"),
                "newsletter@lists.fairhavenfertility.example.com", "Our 2027 prices",
                date("2026-12-11 12:00", "-0600"), body,
                extra=bulk("https://fairhavenfertility.example.com/u", "PRICE27"))


@msg("trap-moud-zero-copay-member-news", "none",
     "plan-wide member news: $0 copay for opioid use disorder medicines, naloxone and PrEP; no individual")
def _():
    inner = """<p style="font-size:22px;margin:0 0 12px 0">Recovery support, now at $0</p>
<p>Starting January 1, 2027, all Summit commercial plans cover these at <b>$0</b>, with no prior authorization:</p>
<ul><li>Buprenorphine and buprenorphine-naloxone (film, tablet and monthly injection)</li>
<li>Naltrexone tablets and monthly injection for opioid or alcohol use disorder</li>
<li>Methadone treatment at certified opioid treatment programs</li>
<li>Naloxone nasal spray &mdash; keep it at home, even if no one in your family uses opioids</li></ul>
<p>HIV prevention (PrEP) medicine and the lab tests that go with it also stay at $0.</p>
<p>Need help finding care? Call our behavioral health line at 1-800-555-0138, 24/7. Calls are confidential.</p>"""
    h = summit_page("Member news", inner, tok("moud0"), unsub="https://e.summithealthplan.example.com/u?c=MN2612")
    return mail(addr("Summit Health Plan", "news@e.summithealthplan.example.com"),
                "members-all@lists.summithealthplan.example.com", "Member news: recovery support now at $0",
                date("2026-12-14 09:00", "-0700"), html(h),
                extra=bulk("https://e.summithealthplan.example.com/u?c=MN2612", "MN2612"))


@msg("trap-insurance-update-before-visit-generic", "none",
     "'Dear Patient' request to update insurance for the new year before any visit; no visit, department or individual")
def _():
    t = """Dear Patient,

New year, new insurance card? Please update your insurance information
before your next visit so that we can bill your plan correctly and
avoid delays.

Three easy ways:
  1. Lakeside MyHealth: Profile > Insurance > Add coverage, and upload
     a photo of the front and back of your card.
  2. At e-check-in, up to 7 days before any appointment.
  3. At the front desk on the day of your visit.

If your coverage changes to Medicaid or a Medicare plan, please also
tell us your new member ID.

Lakeside Health Patient Access
(414) 555-0110

You're receiving this as a Lakeside Health patient with a MyHealth
account. Manage preferences: https://lakesidehealth.example.org/preferences
"""
    return mail(addr("Lakeside Health", "patientaccess@notify.lakesidehealth.example.org"),
                "myhealth-users@lists.lakesidehealth.example.org", "New insurance for 2027? Update it in MyHealth",
                date("2026-12-16 09:00", "-0600"), lk_alt(t, "New insurance for 2027? Update it in MyHealth", "You are receiving this as a Lakeside MyHealth user.", unsub="https://lakesidehealth.example.org/preferences"),
                extra=bulk("https://lakesidehealth.example.org/preferences", "INS27"))


@msg("trap-notice-of-privacy-practices-update", "none",
     "hospital Notice of Privacy Practices update describing psychotherapy notes, Part 2 records, reproductive care; no individual")
def _():
    t = """LAKESIDE HEALTH - UPDATED NOTICE OF PRIVACY PRACTICES

Effective February 16, 2027

THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED
AND DISCLOSED AND HOW YOU CAN GET ACCESS TO THIS INFORMATION. PLEASE
REVIEW IT CAREFULLY.

What's changing:

* Substance use disorder treatment records. Records from our
  42 CFR Part 2 programs (Lakeside Addiction Medicine and the opioid
  treatment program) may be used for treatment, payment and health care
  operations with your single consent, and will not be used against you
  in criminal, civil or administrative proceedings without your consent
  or a court order.

* Reproductive health care. We will not disclose protected health
  information to investigate or impose liability on anyone for seeking,
  obtaining or providing lawful reproductive health care.

* Psychotherapy notes. We need your written authorization for most uses
  of psychotherapy notes.

* Your right to get your records electronically, usually within 15 days.

Read the full notice: https://lakesidehealth.example.org/privacy/npp-2027
Questions: Privacy Office, (414) 555-0113, privacy@lakesidehealth.example.org
"""
    return mail(addr("Lakeside Health Privacy Office", "privacy@notify.lakesidehealth.example.org"),
                "myhealth-users@lists.lakesidehealth.example.org", "Updated Notice of Privacy Practices",
                date("2026-12-16 11:00", "-0600"), lk_alt(t, "Updated Notice of Privacy Practices", "You are receiving this notice as a Lakeside MyHealth user.", cte="qp"),
                extra=bulk("https://lakesidehealth.example.org/preferences", "NPP27"))


@msg("trap-ics-community-flu-clinic", "none",
     "public calendar invite for a community flu and COVID vaccine clinic at a library; no individual")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Alden County Health//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:evt-flu-20261212-lib@aldencounty.example.gov.test
DTSTAMP:20261201T150000Z
DTSTART;TZID=America/Chicago:20261212T100000
DTEND;TZID=America/Chicago:20261212T140000
SUMMARY:Free community flu & COVID vaccine clinic
LOCATION:Port Alden Public Library\\, Community Room\\, 15 Main St
DESCRIPTION:Free flu and updated COVID-19 vaccines for everyone 6 months a
 nd older. No insurance or appointment needed. Hosted by Alden County Heal
 th Department and Lakeside Health.
URL:https://aldencounty.example.gov.test/flu
END:VEVENT
END:VCALENDAR
"""
    body = multi("mixed", [
        text("""Add our free community vaccine clinic to your calendar (invite attached).

Saturday, December 12, 10 AM - 2 PM, Port Alden Public Library.

Alden County Health Department
"""),
        attach("text/calendar", ics, "flu-clinic-dec12.ics", cte="7bit", cs="utf-8")])
    return mail(addr("Alden County Health Department", "events@aldencounty.example.gov.test"),
                "community@lists.lakesidehealth.example.org", "Free flu & COVID shots Saturday at the library",
                date("2026-12-01 09:00", "-0600"), body)


# ---------------------------------------------------------------- none: traps not in English

@msg("trap-es-boletin-diabetes-evento", "none",
     "Spanish: clinic newsletter on diabetes prevention with a free community A1c screening event; no individual", lang="es")
def _():
    t = """BOLETÍN DE SALUD - Clínica Familiar del Sol - Noviembre 2026

Noviembre es el Mes Nacional de la Diabetes

Una de cada tres personas adultas tiene prediabetes y la mayoría no lo
sabe. Las señales pueden ser muy leves: mucha sed, orinar con
frecuencia, cansancio o visión borrosa.

¿Qué puede hacer hoy?
  • Camine 30 minutos, cinco días a la semana.
  • Cambie los refrescos por agua.
  • Llene la mitad de su plato con verduras.

PRUEBA GRATUITA DE AZÚCAR (A1c)
Sábado 21 de noviembre, de 9:00 a. m. a 1:00 p. m., en el
estacionamiento de la clínica. Resultados en 5 minutos. No necesita
cita ni seguro médico.

También hablaremos del programa de prevención de la diabetes, las
vacunas contra la gripe y el nuevo horario de la farmacia.

Clínica Familiar del Sol · 400 Calle Principal · Oak Hollow, WI 53599
(608) 555-0183
Para dejar de recibir este boletín: https://clinicadelsol.example.org/baja
"""
    return mail(addr("Clínica Familiar del Sol", "boletin@clinicadelsol.example.org", mode="Q"),
                "boletin@lists.clinicadelsol.example.org", "Boletín de noviembre: prueba gratuita de azúcar",
                date("2026-11-10 09:00", "-0600"), text(t, cte="qp"), subj_mode="Q",
                extra=bulk("https://clinicadelsol.example.org/baja", "BOL-2611"))


@msg("trap-es-inscripcion-abierta-html", "none",
     "Spanish: health plan open-enrolment campaign addressed by first name; plan options, no member's care", lang="es")
def _():
    inner = """<p style="font-size:24px;margin:0 0 10px 0">Rosa, la inscripción abierta termina el 15 de diciembre</p>
<p>Revise sus opciones para 2027. Si no hace nada, seguirá en su plan actual con las tarifas de 2027.</p>
<table width="100%" cellpadding="7" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cfd8d3;font-family:Arial,sans-serif;font-size:13px">
<tr style="background:#1f6f50;color:#fff"><th align="left">Plan 2027</th><th>Deducible</th><th>Médico primario</th><th>Especialista</th><th>Máximo anual</th></tr>
<tr><td>Summit Select HMO</td><td>$500</td><td>$20</td><td>$45</td><td>$4,500</td></tr>
<tr style="background:#f3f8f5"><td>Summit Choice PPO</td><td>$1,500</td><td>$30</td><td>$60</td><td>$6,500</td></tr>
<tr><td>Summit Saver HDHP + HSA</td><td>$3,300</td><td colspan="2">20% después del deducible</td><td>$6,900</td></tr></table>
<p>Todos los planes cubren la atención preventiva sin costo: exámenes, vacunas y chequeos anuales.</p>
<p><a href="https://enroll.summithealthplan.example.com/2027/es" style="background:#1f6f50;color:#fff;padding:12px 22px;text-decoration:none;font-family:Arial,sans-serif">Comparar planes</a></p>"""
    h = summit_page("Inscripción abierta", inner, tok("oe27es"), unsub="https://e.summithealthplan.example.com/u?c=OE27ES")
    h = h.replace('<html>', '<html lang="es">')
    return mail(addr("Summit Health Plan", "enroll@e.summithealthplan.example.com"),
                "rosa.delgado77@mail.example.org", "Rosa, quedan 5 días para elegir su plan de 2027",
                date("2026-12-10 08:00", "-0700"), html(h, cte="base64"),
                extra=bulk("https://e.summithealthplan.example.com/u?c=OE27ES", "OE27-ES"))


@msg("trap-fr-reinitialisation-mot-de-passe", "none",
     "French: patient-portal password reset with link and expiry; no health content", lang="fr")
def _():
    t = """Bonjour Madame Marchand,

Vous avez demandé la réinitialisation du mot de passe de votre compte
sur le Portail Patient du Centre Hospitalier de Valmont.

Cliquez sur le lien ci-dessous pour choisir un nouveau mot de passe :
https://portail.ch-valmont.example.fr.test/mdp/reinit?jeton=7Hq2ZrA9

Ce lien est valable 24 heures et ne peut être utilisé qu'une seule fois.

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message :
votre mot de passe actuel reste inchangé. Le Centre Hospitalier ne vous
demandera jamais votre mot de passe par téléphone ou par courriel.

Assistance du Portail Patient : 03 55 50 01 20 (du lundi au vendredi,
de 8 h 30 à 17 h)

Centre Hospitalier de Valmont - Direction des systèmes d'information
"""
    return mail(addr("Portail Patient - CH Valmont", "ne-pas-repondre@portail.ch-valmont.example.fr.test"),
                "helene.marchand@courriel.example.fr.test", "Réinitialisation de votre mot de passe",
                date("2026-12-06 20:12", "+0100"), text(t, cte="8bit"), subj_mode="Q", extra=AUTO)


@msg("trap-de-wartung-patientenportal", "none",
     "German (ISO-8859-1, QP): patient-portal maintenance notice listing unavailable functions; no individual", lang="de")
def _():
    t = """Sehr geehrte Nutzerinnen und Nutzer des Patientenportals,

am Samstag, 12. Dezember 2026, führen wir zwischen 22:00 und 02:00 Uhr
Wartungsarbeiten an unseren Systemen durch. In dieser Zeit stehen
folgende Funktionen nicht zur Verfügung:

  - Online-Terminbuchung und Terminabsage
  - Abruf von Befunden und Arztbriefen
  - Nachrichten an die Praxis
  - Videosprechstunde

Terminerinnerungen per SMS und E-Mail werden nach Abschluss der
Arbeiten nachgeholt. In dringenden Fällen erreichen Sie den ärztlichen
Bereitschaftsdienst unter 116 117, im Notfall wählen Sie bitte 112.

Wir bitten um Ihr Verständnis.

Ihr Team der Radiologie am Stadtpark
Parkstraße 12, Telefon 030 5550140
"""
    return mail(addr("Radiologie am Stadtpark", "portal@radiologie-stadtpark.example.de.test"),
                "portal-nutzer@lists.radiologie-stadtpark.example.de.test",
                "Wartungsarbeiten am Patientenportal am 12. Dezember",
                date("2026-12-08 12:00", "+0100"), text(t, cs="iso-8859-1", cte="qp"),
                subj_cs="iso-8859-1", subj_mode="Q")


@msg("trap-pt-campanha-vacinacao-geral", "none",
     "Portuguese: general seasonal vaccination campaign announcement from a health unit; no individual", lang="pt")
def _():
    t = """Campanha de Vacinação Sazonal 2026/2027

A vacinação contra a gripe e a COVID-19 já começou na USF Ribeira Nova.

Quem deve vacinar-se:
  - Pessoas com 60 ou mais anos
  - Grávidas
  - Doentes crónicos (diabetes, doença cardíaca, pulmonar ou renal)
  - Profissionais de saúde e cuidadores

Horário da sala de vacinação: dias úteis, das 9h00 às 12h30, sem
marcação. Também pode vacinar-se em farmácias aderentes.

Traga o seu cartão de cidadão. A vacina é gratuita para os grupos
elegíveis.

USF Ribeira Nova · Rua do Mercado, 14 · Telefone 21 555 0132
Para deixar de receber estas mensagens, responda com REMOVER.
"""
    return mail(addr("USF Ribeira Nova", "informacoes@usf-ribeiranova.example.pt.test"),
                "utentes@lists.usf-ribeiranova.example.pt.test", "Campanha de vacinação sazonal já começou",
                date("2026-10-20 10:00", "+0100"), text(t, cs="iso-8859-1", cte="8bit"),
                subj_cs="iso-8859-1", subj_mode="Q")


@msg("trap-zh-big5-dongji-jiankang-tongxun", "none",
     "Traditional Chinese (Big5, base64): winter health newsletter on flu shots, heart health and a mental-health hotline; no individual", lang="zh")
def _():
    t = """湖濱健康中心 冬季健康通訊

一、流感疫苗已開始接種
六個月以上的民眾都建議每年接種流感疫苗。六十五歲以上長者可接種高劑量疫苗。
週一至週五上午九時至下午四時，無需預約。

二、天冷護心
冬天血壓容易升高。有高血壓、糖尿病或心臟病的朋友，請注意保暖，
按時服藥，如有胸悶或呼吸困難，請立即就醫。

三、心理健康支援
節日期間如感到壓力、焦慮或情緒低落，可撥打 988 危機熱線（提供中文服務）。

四、中文講座
十二月十九日（星期六）上午十時：「認識骨質疏鬆」，地點：社區中心二樓。

湖濱健康中心 (414) 555-0110
如不想再收到此通訊，請回覆「取消訂閱」。
"""
    return mail(addr("湖濱健康中心", "news@notify.lakesidehealth.example.org", cs="big5"),
                "chinese-community@lists.lakesidehealth.example.org", "湖濱健康中心 冬季健康通訊",
                date("2026-12-01 09:00", "-0600"), text(t, cs="big5", cte="base64"), subj_cs="big5",
                extra=bulk("https://lakesidehealth.example.org/u/nl-zh", "NL-ZH-2612"))


@msg("trap-ja-iso2022jp-tokutei-kenshin-oshirase", "none",
     "Japanese (ISO-2022-JP): insurer's general reminder to all insured persons to take the annual specific health check; no individual", lang="ja")
def _():
    t = """被保険者の皆様へ

みなと健康保険組合からのお知らせです。

今年度の特定健康診査（特定健診）の受診期限は
2027年3月31日です。まだ受診されていない方は、お早めにご予約ください。

  対象：40歳以上75歳未満の被保険者・被扶養者
  費用：無料（契約医療機関で受診の場合）
  内容：身体計測、血圧、血液検査（脂質・血糖・肝機能）、尿検査

生活習慣病は自覚症状がないまま進行することがあります。
年に一度の健診で、ご自身の健康状態を確認しましょう。

契約医療機関の一覧は組合ホームページをご覧ください。
https://www.minato-kenpo.example.jp.test/kenshin

みなと健康保険組合
※本メールは配信専用です。
"""
    return mail(addr("みなと健康保険組合", "info@minato-kenpo.example.jp.test", cs="iso-2022-jp"),
                "hihokensha@lists.minato-kenpo.example.jp.test", "【みなと健保】特定健診受診のお願い",
                date("2026-11-25 10:00", "+0900"), text(t, cs="iso-2022-jp", cte="7bit"), subj_cs="iso-2022-jp")


@msg("trap-ko-euckr-hoewon-gaip-wanryo", "none",
     "Korean (EUC-KR): account-creation confirmation for a health-screening centre website; no health content", lang="ko")
def _():
    t = """박서준 님, 한빛종합검진센터 회원가입을 환영합니다.

  아이디: seojun_p
  가입일: 2026년 11월 30일

이제 홈페이지와 모바일 앱에서 다음 서비스를 이용하실 수 있습니다.
  - 건강검진 온라인 예약 및 변경
  - 검진 결과 조회
  - 검진 비용 안내 및 영수증 발급

개인정보 보호를 위해 비밀번호는 주기적으로 변경해 주세요.
본인이 가입하지 않으셨다면 고객센터(02-555-0162)로 연락해 주시기 바랍니다.

한빛종합검진센터
본 메일은 발신 전용입니다.
"""
    return mail(addr("한빛종합검진센터", "member@hanbit-checkup.example.kr.test", cs="euc-kr"),
                "seojun.park@mail.example.kr.test", "[한빛검진센터] 회원가입을 환영합니다",
                date("2026-11-30 15:00", "+0900"), text(t, cs="euc-kr", cte="base64"), subj_cs="euc-kr",
                extra=AUTO)


@msg("trap-ru-windows1251-prazdnichny-grafik", "none",
     "Russian (windows-1251, QP): clinic holiday opening hours and duty services; no individual", lang="ru")
def _():
    t = """Уважаемые пациенты!

Сообщаем о режиме работы поликлиники 3 в праздничные дни:

  31 декабря        с 8:00 до 14:00
  1-3 января        выходные дни
  4-8 января        с 9:00 до 15:00 (дежурные врачи-терапевты)
  с 9 января        в обычном режиме

В праздничные дни работает кабинет неотложной помощи (каб. 101) с
9:00 до 15:00. При угрозе жизни звоните 103 или 112.

Запись на приём через портал и по телефону 8 (495) 555-01-37 будет
доступна без ограничений.

Администрация поликлиники
"""
    return mail(addr("Городская поликлиника 3", "info@poliklinika3.example.ru.test", cs="windows-1251"),
                "patients@lists.poliklinika3.example.ru.test", "Режим работы в праздничные дни",
                date("2026-12-15 10:00", "+0300"), text(t, cs="windows-1251", cte="qp"), subj_cs="windows-1251")


@msg("trap-it-newsletter-screening-oncologici", "none",
     "Italian: hospital newsletter about population cancer-screening programmes and a charity run; no individual", lang="it")
def _():
    plain = """Ospedale San Giorgio - Notizie dicembre 2026

Screening oncologici: a che punto siamo
Nel 2026 oltre 41.000 cittadini hanno aderito ai programmi gratuiti di
screening per il tumore della mammella, del collo dell'utero e del
colon-retto. L'adesione allo screening colorettale è salita al 54%.

Chi riceve la lettera di invito può prenotare al numero verde
800 555 0121 o in farmacia. Il test per la ricerca del sangue occulto
nelle feci si ritira e si consegna in farmacia.

Nuovo ambulatorio di cardiologia
Da gennaio apre il nuovo ambulatorio di cardiologia al piano 2.

Corsa di Natale
Domenica 20 dicembre: 5 km per sostenere il reparto di pediatria.

Per non ricevere più la newsletter: https://ospsangiorgio.example.it.test/newsletter/cancella
"""
    h = """<html><body style="font-family:Georgia,serif;font-size:15px;color:#222"><div style="max-width:580px;margin:auto">
<h1 style="font-size:22px;color:#8b1e3f">Ospedale San Giorgio &ndash; Notizie dicembre 2026</h1>
<h3>Screening oncologici: a che punto siamo</h3>
<p>Nel 2026 oltre 41.000 cittadini hanno aderito ai programmi gratuiti di screening per il tumore della mammella, del collo dell'utero e del colon-retto. L'adesione allo screening colorettale è salita al 54%.</p>
<p>Chi riceve la lettera di invito può prenotare al numero verde 800 555 0121 o in farmacia.</p>
<h3>Nuovo ambulatorio di cardiologia</h3><p>Da gennaio apre il nuovo ambulatorio di cardiologia al piano 2.</p>
<h3>Corsa di Natale</h3><p>Domenica 20 dicembre: 5 km per sostenere il reparto di pediatria.</p>
<p style="font-size:11px;color:#777"><a href="https://ospsangiorgio.example.it.test/newsletter/cancella">Cancella iscrizione</a></p>
</div></body></html>"""
    return mail(addr("Ospedale San Giorgio", "newsletter@ospsangiorgio.example.it.test"),
                "iscritti@lists.ospsangiorgio.example.it.test", "Notizie di dicembre: screening, cardiologia e Corsa di Natale",
                date("2026-12-04 10:00", "+0100"), alt(text(plain, cte="qp"), html(h)),
                extra=bulk("https://ospsangiorgio.example.it.test/newsletter/cancella", "NL-IT-2612"))


@msg("trap-vi-chien-dich-tiem-cum", "none",
     "Vietnamese (base64): pharmacy flu-shot campaign to a community list; no individual", lang="vi")
def _():
    t = """Corner Drug - Tiêm phòng cúm miễn phí

Mùa cúm đã đến! Corner Drug #214 có tiêm phòng cúm KHÔNG CẦN HẸN
TRƯỚC cho mọi người từ 3 tuổi trở lên.

  - Miễn phí với hầu hết các loại bảo hiểm, kể cả Medicare Part B
  - Có vắc-xin liều cao cho người từ 65 tuổi
  - Có vắc-xin COVID-19 cập nhật và vắc-xin RSV (theo điều kiện)

Giờ tiêm: Thứ Hai - Thứ Sáu 9:00 sáng - 7:00 tối, Thứ Bảy 10:00 sáng
- 4:00 chiều. Dược sĩ nói tiếng Việt có mặt vào thứ Ba và thứ Năm.

Corner Drug #214, 901 State St, Milbrook, WI 53021, (920) 555-0176
Hủy đăng ký: https://rx.cornerdrug.example.com/u
"""
    return mail(addr("Corner Drug", "news@rx.cornerdrug.example.com"),
                "vietnamese-community@lists.cornerdrug.example.com", "Tiêm phòng cúm miễn phí, không cần hẹn",
                date("2026-10-28 09:00", "-0500"), text(t, cte="base64"),
                extra=bulk("https://rx.cornerdrug.example.com/u", "FLU-VI-26"))


@msg("trap-pl-rejestracja-online-godziny", "none",
     "Polish (ISO-8859-2, base64): clinic announces online registration and new opening hours; no individual", lang="pl")
def _():
    t = """Szanowni Pacjenci,

od 4 stycznia 2027 r. Przychodnia Zdrowie Plus uruchamia rejestrację
internetową. Wizytę u lekarza rodzinnego, kardiologa, ginekologa i
okulisty można będzie umówić przez Internetowe Konto Pacjenta lub naszą
stronę, przez całą dobę.

Nowe godziny pracy:
  poniedziałek - piątek   7:30 - 20:00
  sobota                  8:00 - 13:00 (tylko poradnia lekarza rodzinnego)

Rejestracja telefoniczna pod numerem 22 555 01 28 działa bez zmian.
Szczepienia przeciw grypie wykonujemy bez wcześniejszego umawiania.

Z poważaniem
Zespół Przychodni Zdrowie Plus
"""
    return mail(addr("Przychodnia Zdrowie Plus", "informacje@zdrowieplus.example.pl.test"),
                "pacjenci@lists.zdrowieplus.example.pl.test", "Rejestracja online i nowe godziny pracy od 4 stycznia",
                date("2026-12-11 09:00", "+0100"), text(t, cs="iso-8859-2", cte="base64"), subj_cs="iso-8859-2")


@msg("trap-nl-wachtwoord-herstellen", "none",
     "Dutch: patient-portal password reset with link and security advice; no health content", lang="nl")
def _():
    plain = """Beste meneer De Vries,

U heeft gevraagd om het wachtwoord van uw account in het Patiëntenportaal
van Ziekenhuis Rijnoever opnieuw in te stellen.

Klik op de onderstaande link om een nieuw wachtwoord te kiezen:
https://mijn.rijnoever.example.nl.test/wachtwoord/herstel?code=KD83-PQ1Z

De link is 60 minuten geldig. Heeft u dit niet zelf aangevraagd? Dan kunt
u deze e-mail negeren. Wij vragen u nooit om uw wachtwoord of DigiD-code
per e-mail of telefoon.

Met vriendelijke groet,
Servicedesk Patiëntenportaal
Ziekenhuis Rijnoever - 010 555 0133
"""
    return mail(addr("Ziekenhuis Rijnoever", "noreply@mijn.rijnoever.example.nl.test"),
                "p.devries@mail.example.nl.test", "Wachtwoord herstellen voor het Patiëntenportaal",
                date("2026-12-03 22:40", "+0100"), text(plain, cte="qp"), subj_mode="Q", extra=AUTO)


@msg("trap-tl-survey-community-clinic", "none",
     "Tagalog: community clinic satisfaction and needs survey sent to a member list; no care detail", lang="tl")
def _():
    t = """Magandang araw po!

Ang Bayanihan Community Clinic ay nagsasagawa ng maikling survey para
malaman kung paano pa namin mapapabuti ang aming serbisyo sa komunidad.

Mga tanong tungkol sa:
  - oras ng klinika at haba ng paghihintay
  - serbisyo sa wikang Tagalog at Ilocano
  - parking at pampublikong sasakyan
  - mga health seminar na gusto ninyong dumalo (hal. diabetes,
    altapresyon, kalusugan ng isip)

Aabutin lamang po ito ng 5 minuto. Hindi kailangang ilagay ang inyong
pangalan.

Sagutan dito: https://survey.bayanihanclinic.example.org/komunidad2026

Maraming salamat po!
Bayanihan Community Clinic - (206) 555-0159
Para hindi na makatanggap ng email: https://bayanihanclinic.example.org/u
"""
    return mail(addr("Bayanihan Community Clinic", "survey@bayanihanclinic.example.org"),
                "members@lists.bayanihanclinic.example.org", "Tulungan kaming mapabuti ang aming serbisyo",
                date("2026-11-21 10:00", "-0800"), text(t),
                extra=bulk("https://bayanihanclinic.example.org/u", "SURV-TL-26"))


@msg("trap-ar-iftitah-markaz-jadid", "none",
     "Arabic: announcement of a new health-centre branch, its departments and hours; no individual", lang="ar")
def _():
    t = """يسر مركز الرعاية الصحية الأولية أن يعلن عن افتتاح فرعه الجديد في حي النخيل
اعتبارًا من يوم الأحد 3 يناير 2027.

الخدمات المتوفرة في الفرع الجديد:
  - طب الأسرة وطب الأطفال
  - عيادة السكري والضغط
  - صحة المرأة ورعاية الحوامل
  - المختبر والأشعة
  - الصيدلية

ساعات العمل: من الأحد إلى الخميس، من الساعة 8 صباحًا حتى 8 مساءً.

يمكن حجز المواعيد عبر التطبيق أو بالاتصال على الرقم 800-555-0128.

مع تمنياتنا لكم بدوام الصحة والعافية.
إدارة المركز
"""
    return mail(addr("مركز الرعاية الصحية الأولية", "info@phc-center.example.ae.test"),
                "community@lists.phc-center.example.ae.test", "افتتاح الفرع الجديد في حي النخيل",
                date("2026-12-13 09:00", "+0400"), text(t, cte="base64"))


# ================================================================ none: ordinary mail of the same senders

@msg("dmarc-aggregate-report-xml", "none",
     "DMARC aggregate report (XML) for a hospital's notification domain: source IPs and pass/fail counts")
def _():
    x = """<?xml version="1.0" encoding="UTF-8"?>
<feedback>
  <report_metadata>
    <org_name>mailbox.example.com</org_name>
    <email>dmarc-noreply@mailbox.example.com</email>
    <report_id>17339520001188342211</report_id>
    <date_range><begin>1733443200</begin><end>1733529599</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>notify.lakesidehealth.example.org</domain>
    <adkim>r</adkim><aspf>r</aspf><p>quarantine</p><sp>quarantine</sp><pct>100</pct>
  </policy_published>
  <record>
    <row><source_ip>192.0.2.41</source_ip><count>18211</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>notify.lakesidehealth.example.org</header_from></identifiers>
    <auth_results><dkim><domain>notify.lakesidehealth.example.org</domain><result>pass</result><selector>lkh2026</selector></dkim>
      <spf><domain>notify.lakesidehealth.example.org</domain><result>pass</result></spf></auth_results>
  </record>
  <record>
    <row><source_ip>198.51.100.77</source_ip><count>2304</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>notify.lakesidehealth.example.org</header_from></identifiers>
    <auth_results><dkim><domain>r.remindwell.example.net</domain><result>pass</result><selector>rw1</selector></dkim>
      <spf><domain>bounce.remindwell.example.net</domain><result>pass</result></spf></auth_results>
  </record>
  <record>
    <row><source_ip>203.0.113.9</source_ip><count>14</count>
      <policy_evaluated><disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>notify.lakesidehealth.example.org</header_from></identifiers>
    <auth_results><spf><domain>notify.lakesidehealth.example.org</domain><result>fail</result></spf></auth_results>
  </record>
</feedback>
"""
    body = multi("mixed", [
        text("This is an aggregate DMARC report for notify.lakesidehealth.example.org.\n"),
        attach("application/xml", x, "mailbox.example.com!notify.lakesidehealth.example.org!1733443200!1733529599.xml")])
    return mail("dmarc-noreply@mailbox.example.com", "dmarc-rua@lakesidehealth.example.org",
                "Report Domain: notify.lakesidehealth.example.org Submitter: mailbox.example.com Report-ID: 17339520001188342211",
                date("2026-12-07 02:14", "+0000"), body, extra=AUTO)


@msg("ip-warmup-plan-new-sending-domain", "none",
     "deliverability consultant's IP warm-up plan for a hospital's new notification domain; volumes only")
def _():
    t = """Hi Shauna,

As discussed, here's the warm-up plan for the new dedicated IPs behind
notify.lakesidehealth.example.org. We'll start with the mail recipients
engage with most (reminders and password resets) and hold newsletters
until week 4.

Day   Max/day per IP   Streams
1-3   2,000            appointment reminders, password resets
4-7   5,000            + results-ready and portal notices
8-14  15,000           + statements
15-21 40,000           + surveys
22+   full volume      + Healthy Living newsletter

Watch items:
- Keep complaint rate under 0.1% at each mailbox provider
- Suppress addresses with no opens in 12 months from marketing streams
- Separate the marketing and transactional streams by subdomain
  (news. vs notify.) before day 22

I'll send daily dashboards. Call me if bounces exceed 2% on any day.

Thanks,
Ravi Menon
Inbox Partners Consulting
(312) 555-0190
"""
    return mail(addr("Ravi Menon", "ravi@inboxpartners.example.com"),
                addr("Shauna Kells", "skells@lakesidehealth.example.org"),
                "IP warm-up plan for notify. subdomain", date("2026-11-23 13:00", "-0600"), text(t))


@msg("esp-contract-renewal-quote", "none",
     "vendor renewal quote to a health system's procurement for an e-mail/SMS platform, mentioning the BAA")
def _():
    t = """Hello Jerome,

Thanks for a great 2026. Attached is the renewal quote for your
RemindWell Enterprise subscription (contract RW-ENT-0442), term
2/1/2027 - 1/31/2029.

Summary
  Enterprise platform, 38 practices            $96,000 / yr
  Message bundle (6M SMS + unlimited e-mail)   $54,000 / yr
  Dedicated IPs (2)                             $4,800 / yr
  Multi-year discount (2 years, prepaid)        -8%

The Business Associate Agreement signed on 1/15/2025 stays in effect;
legal doesn't need to re-sign unless your template BAA has changed.
Our SOC 2 Type II report for 2026 is available in the trust portal.

Pricing is valid through December 31. Happy to set up a call with
your team.

Best,
Alana Whitcomb
Enterprise Account Executive, RemindWell
(415) 555-0137
"""
    return mail(addr("Alana Whitcomb", "alana.whitcomb@remindwell.example.net"),
                addr("Jerome Bauer", "jbauer@lakesidehealth.example.org"),
                "RemindWell renewal quote RW-ENT-0442 (2027-2029)", date("2026-12-01 11:30", "-0800"), text(t))


@msg("deliverability-review-meeting-ics", "none",
     "staff meeting invitation (ICS) for a quarterly patient-communications deliverability review")
def _():
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A0C4F1D2
DTSTAMP:20261204T160000Z
DTSTART;TZID=Central Standard Time:20261217T140000
DTEND;TZID=Central Standard Time:20261217T150000
SUMMARY:Q4 patient comms deliverability review
LOCATION:Teams / Admin Bldg Conf Rm 3B
DESCRIPTION:Agenda: 1) Nov DMARC results 2) warm-up progress on notify. 3
 ) SMS outage 12/8 lessons learned 4) generic-template rollout for sensit
 ive departments 5) 2027 budget
ORGANIZER;CN=Shauna Kells:mailto:skells@lakesidehealth.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Brent Mahler:mailto:bmahler@lakesidehealth.example.org
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Jerome Bauer:mailto:jbauer@lakesidehealth.example.org
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Ravi Menon:mailto:ravi@inboxpartners.example.com
END:VEVENT
END:VCALENDAR
"""
    body = multi("mixed", [
        alt(text("Agenda in the invite. Please bring your Nov numbers.\n\n- Shauna\n"),
            html("<p>Agenda in the invite. Please bring your Nov numbers.</p><p>- Shauna</p>")),
        attach("text/calendar", ics, "invite.ics", cte="base64", cs="utf-8", ctparams="; method=REQUEST")])
    return mail(addr("Shauna Kells", "skells@lakesidehealth.example.org"),
                "bmahler@lakesidehealth.example.org, jbauer@lakesidehealth.example.org",
                "Q4 patient comms deliverability review", date("2026-12-04 10:00", "-0600"), body,
                cc="ravi@inboxpartners.example.com")


@msg("brand-guidelines-email-update", "none",
     "marketing team memo on updated e-mail brand guidelines (fonts, colours, footer, alt text)")
def _():
    t = """Team,

The 2027 e-mail brand guidelines are final and posted on the marketing
SharePoint. What changes for anyone who builds templates:

- Primary blue moves from #0a5a8c to #0b5c8e (accessibility contrast)
- Body font: Arial 15/22 for patient mail, 14/20 for staff mail
- Logo: white lockup on the blue header bar only; no logo in footers
- Footer: address line, phone, and the standard confidentiality notice;
  the HIPAA notice text is owned by Privacy, don't edit it
- Every image needs alt text; no text baked into images
- Buttons: 44px minimum tap height

Templates already in the Lakeside Notify library will be updated by
the comms ops team by 1/15. If you own a template in RemindWell or
MeridianEHR, please update it yourself and send a proof to me.

Thanks,
Brent
"""
    return mail(addr("Brent Mahler", "bmahler@lakesidehealth.example.org"),
                "marketing-team@lakesidehealth.example.org", "2027 e-mail brand guidelines are final",
                date("2026-12-02 15:00", "-0600"), text(t))


@msg("translation-vendor-quote-templates", "none",
     "translation agency quote for translating reminder templates into Spanish, Hmong, Vietnamese and Somali")
def _():
    h = """<html><body style="font-family:Calibri,sans-serif;font-size:14px">
<p>Hi Brent,</p>
<p>Thanks for sending the 22 notification templates. Here is our quote:</p>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse">
<tr style="background:#eee"><th>Language</th><th>Words</th><th>Rate</th><th>Subtotal</th></tr>
<tr><td>Spanish</td><td>6,840</td><td>$0.18</td><td>$1,231.20</td></tr>
<tr><td>Hmong</td><td>6,840</td><td>$0.24</td><td>$1,641.60</td></tr>
<tr><td>Vietnamese</td><td>6,840</td><td>$0.22</td><td>$1,504.80</td></tr>
<tr><td>Somali</td><td>6,840</td><td>$0.24</td><td>$1,641.60</td></tr>
<tr><td colspan="3" align="right">Project management (10%)</td><td>$601.92</td></tr>
<tr><td colspan="3" align="right"><b>Total</b></td><td><b>$6,621.12</b></td></tr></table>
<p>Merge fields like {{first_name}} and {{appt_date}} are locked in our tool so translators can't alter them. Turnaround: 8 business days,
plus a second-linguist review for the medical terms (prep instructions, fasting, contrast).</p>
<p>Best regards,<br>Mariela Souza<br>Project Manager, ClearLingua Translations<br>(612) 555-0149</p>
</body></html>"""
    return mail(addr("Mariela Souza", "msouza@clearlingua.example.com"),
                addr("Brent Mahler", "bmahler@lakesidehealth.example.org"),
                "Quote Q-26-1188: notification templates, 4 languages", date("2026-11-26 09:40", "-0600"),
                html(h))


@msg("accessibility-audit-email-templates", "none",
     "accessibility audit findings for patient e-mail templates (contrast, alt text, tables); no patient")
def _():
    t = """Accessibility review - Lakeside Notify templates (WCAG 2.2 AA)

Reviewed: 14 templates (appointment reminder, results-ready, statement,
password reset, survey, newsletter x3, portal welcome, 5 others)

Findings
 1. [High] Statement template: the charges table has no header cells
    (<th>); screen readers read it as a list of numbers.
 2. [High] "Confirm" / "Cancel" buttons in RemindWell templates rely on
    green/red only; add text labels (already there) and icons are OK.
 3. [Medium] Preheader text is duplicated at the top for screen readers.
 4. [Medium] Logo alt text "logo-white-2x" on 3 templates.
 5. [Low] Footer text at 11px; recommend 12px minimum.
 6. [Low] Links "click here" in survey template.

Dark mode: the blue header renders black on two mail clients; use a
background color on the <td>, not only on the <table>.

Full report with screenshots attached in the project folder.

Kim Nakashima
Digital Accessibility, Lakeside Health IT
"""
    return mail(addr("Kim Nakashima", "knakashima@lakesidehealth.example.org"),
                "skells@lakesidehealth.example.org", "Accessibility review of notification templates",
                date("2026-12-08 10:10", "-0600"), text(t))


@msg("ab-test-subject-lines-newsletter", "none",
     "marketing A/B test results for newsletter subject lines: open and click rates")
def _():
    t = """Results from the December Healthy Living subject line test:

Variant                                                     Sent    Open   CTR
A "Stay well this winter: shots, snow and a new walk-in..."  41,020  38.4%  3.1%
B "Gloria, 3 ways to stay healthy this winter"               41,005  41.9%  3.4%
C "Your December health guide"                               40,998  33.0%  2.2%

B wins (personalized first name). Note: Apple MPP inflates opens, so
CTR is the better signal; B still wins on CTR.

Heads-up: the walk-in center story had the highest click share (44% of
clicks). We should lead with it in January.

Unsub rate was flat at 0.11% across all three.

- Priya (marketing analytics)
"""
    return mail(addr("Priya Venkat", "pvenkat@lakesidehealth.example.org"),
                "marketing-team@lakesidehealth.example.org", "Dec newsletter A/B results",
                date("2026-12-05 14:30", "-0600"), text(t))


@msg("soc2-report-request-vendor", "none",
     "health system security team asks a print vendor for its SOC 2 report and security questionnaire")
def _():
    t = """Hello PrintPost team,

As part of our annual vendor risk review, please send by January 8:

  1. Your most recent SOC 2 Type II report (and bridge letter if the
     period ended more than 3 months ago)
  2. The completed HECVAT Lite questionnaire (link below)
  3. Evidence of annual workforce HIPAA training
  4. Your incident response contact and 24x7 number

Questionnaire: https://vendorrisk.lakesidehealth.example.org/q/PRINTPOST-2027

Since you handle printed statements and letters for us, we'll also ask
for a short walkthrough of how spoilage is destroyed and how trays are
tracked to USPS.

Thank you,
Imran Qureshi
Third-Party Risk, Information Security
Lakeside Health
"""
    return mail(addr("Imran Qureshi", "iqureshi@lakesidehealth.example.org"),
                addr("PrintPost Compliance", "compliance@printpost.example.com"),
                "Annual vendor risk review - documents requested", date("2026-12-09 09:00", "-0600"), text(t))


@msg("out-of-office-autoreply-comms", "none",
     "out-of-office auto-reply from a patient-communications manager")
def _():
    t = """Thank you for your message. I'm out of the office from December 21
through January 4 with limited access to e-mail.

For urgent issues with patient notifications (reminders, portal
e-mails, text messages), contact the Lakeside Notify on-call line at
(414) 555-0116 or notify-oncall@lakesidehealth.example.org.

For marketing requests, please contact Brent Mahler.

Shauna Kells
Manager, Patient Communications Operations
"""
    return mail(addr("Shauna Kells", "skells@lakesidehealth.example.org"),
                addr("Dev Malhotra", "dev.malhotra@remindwell.example.net"),
                "Automatic reply: PROOF rev 4: hbh_reminder_v3", date("2026-12-21 08:02", "-0600"),
                text(t), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])


@msg("holiday-party-comms-team", "none",
     "invitation to the communications team's holiday party")
def _():
    t = """Hi all!

Our Patient Comms + Marketing holiday party is on Thursday, Dec 17 at
4:30 PM at Harbor Lanes (bowling!). Food is on the department;
drinks are cash bar.

Please RSVP on the sheet by Friday and note any dietary needs. Ugly
sweaters strongly encouraged. Prize for the best "this e-mail was sent
to you in error" joke.

Plus-ones welcome.

Ana & the fun committee
"""
    return mail(addr("Ana Torres", "atorres@lakesidehealth.example.org"),
                "marketing-team@lakesidehealth.example.org", "Holiday party Dec 17 - RSVP by Friday",
                date("2026-12-01 12:15", "-0600"), text(t))


@msg("domain-renewal-notice-registrar", "none",
     "registrar notice that a hospital's notification domain is due for renewal")
def _():
    t = """Domain renewal reminder

The following domain in account LAKESIDE-HEALTH-07 expires in 30 days:

  lakesidehealth-notify.example.net    expires 2027-01-09

Auto-renew: OFF
Price: $14.99 / year

If this domain is not renewed, e-mail and websites that use it will stop
working after the expiration date, and the domain may become available
to others after a 30-day grace period.

Renew now: https://registrar.example.com/account/renew?d=lakesidehealth-notify.example.net

Registrar Example, Inc.
"""
    return mail(addr("Registrar Example", "renewals@registrar.example.com"),
                "hostmaster@lakesidehealth.example.org", "Renewal reminder: lakesidehealth-notify.example.net",
                date("2026-12-10 04:00", "+0000"), text(t), extra=AUTO)


@msg("team-lunch-order-thread", "none",
     "short reply thread among comms staff ordering lunch")
def _():
    t = """Thai is fine with me. Pad see ew, mild. I'll Venmo you.

- Brent

On Tue, Dec 8, 2026 at 11:02 AM Shauna Kells <skells@lakesidehealth.example.org> wrote:
> Ordering lunch for the SMS outage war room. Thai or sandwiches?
> Need answers by 11:30, the reminder backlog isn't going anywhere.
>
> S
"""
    return mail(addr("Brent Mahler", "bmahler@lakesidehealth.example.org"),
                addr("Shauna Kells", "skells@lakesidehealth.example.org"),
                "Re: lunch for war room", date("2026-12-08 11:09", "-0600"), text(t),
                extra=[("In-Reply-To", "<CAL0nch8a1@lakesidehealth.example.org>")])


@msg("conference-digital-engagement-summit", "none",
     "conference announcement for a healthcare digital patient-engagement summit (sessions on reminders, portals, privacy)")
def _():
    h = """<html><body style="font-family:Arial,sans-serif;margin:0;background:#0d1b2a">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="22" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#1b263b;color:#fff"><div style="font-size:26px"><b>Healthcare Digital Engagement Summit 2027</b></div>
<div>March 9&ndash;11, 2027 &middot; Lake City Convention Center</div></td></tr>
<tr><td style="font-size:15px;line-height:1.5">
<p>Join 1,200 patient-experience, marketing and IT leaders from hospitals, health plans and EHR vendors.</p>
<p><b>Featured sessions</b></p>
<ul><li>Reminders that actually reduce no-shows (and don't leak PHI)</li>
<li>Portal adoption after the 2026 information-blocking rules</li>
<li>Sensitive services and minors: messaging for behavioral health, reproductive health and SUD programs</li>
<li>Deliverability for health systems: DMARC, BIMI and one-click unsubscribe</li></ul>
<p>Early-bird pricing $895 through January 15.</p>
<p><a href="https://hdesummit.example.org/register" style="background:#e76f51;color:#fff;padding:12px 22px;text-decoration:none">Register</a></p>
<p style="font-size:11px;color:#888">HDE Summit &middot; 200 Conference Way, Lake City, MN 55999 &middot; <a href="https://hdesummit.example.org/u">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>"""
    return mail(addr("HDE Summit", "hello@hdesummit.example.org"),
                addr("Shauna Kells", "skells@lakesidehealth.example.org"),
                "Early-bird ends Jan 15: Healthcare Digital Engagement Summit", date("2026-12-03 09:00", "-0500"),
                html(h, cte="base64"), extra=bulk("https://hdesummit.example.org/u", "HDE27-EB"))


@msg("spf-dkim-change-ticket", "none",
     "IT change ticket to add a vendor to SPF and publish a DKIM selector for the notification domain")
def _():
    t = """Change request CHG-2026-5562 has been APPROVED

Summary:   Add RemindWell to SPF and publish DKIM selector rw1 for
           notify.lakesidehealth.example.org
Requested: Shauna Kells (Patient Communications Operations)
Assigned:  Network Services - DNS
Window:    Thu 12/10/2026 18:00-18:30 CST
Risk:      Low. Rollback: restore previous TXT records (saved in ticket)

Records:
  notify.lakesidehealth.example.org  TXT  "v=spf1 include:_spf.lakesidehealth.example.org include:spf.remindwell.example.net -all"
  rw1._domainkey.notify.lakesidehealth.example.org  CNAME  rw1.dkim.remindwell.example.net

Validation: send test reminders to the seed list and confirm DMARC pass.

View: https://itsm.lakesidehealth.example.org/change/CHG-2026-5562
Lakeside Health IT Service Management
"""
    return mail(addr("Lakeside IT Service Management", "itsm@lakesidehealth.example.org"),
                "skells@lakesidehealth.example.org", "CHG-2026-5562 approved: SPF/DKIM for notify subdomain",
                date("2026-12-09 16:20", "-0600"), text(t), extra=AUTO)


# ================================================================ build / check

def build_all():
    items = list(MESSAGES)
    random.Random(SEED).shuffle(items)
    files = {}
    rows = []
    for i, m in enumerate(items, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        Ctx.slug = m["slug"]
        Ctx.n = 0
        raw = m["fn"]()
        files[os.path.join(m["label"], name)] = raw
        rows.append("%s\t%s\t%s" % (name, m["label"], m["reason"]))
        m["file"] = name
    labels = ("\n".join(rows) + "\n").encode("utf-8")
    return items, files, labels


ALLOWED_URL_HOSTS = {"loinc.org", "hl7.org", "terminology.hl7.org", "www.w3.org",
                     "snomed.info", "unitsofmeasure.org"}


def dom_ok(d):
    d = d.lower().rstrip(".")
    return bool(re.search(r"(^|\.)example\.(com|org|net)$", d)) or d.endswith(".test")


def scan_invented(txt, where, errs):
    for m in re.finditer(r"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", txt):
        if not dom_ok(m.group(1)):
            errs.append("%s: address outside example domains: %s" % (where, m.group(0)))
    for m in re.finditer(r"https?://([A-Za-z0-9.-]+)", txt):
        h = m.group(1).lower()
        if not dom_ok(h) and h not in ALLOWED_URL_HOSTS:
            errs.append("%s: URL host not invented: %s" % (where, h))
    for m in re.finditer(r"(?<![\w.@/-])www\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", txt):
        if not dom_ok("www." + m.group(1)):
            errs.append("%s: bare host not invented: www.%s" % (where, m.group(1)))
    for m in re.finditer(r"(?<![\d-])(?:\+?1[-. ])?\(?(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})(?![\d-])", txt):
        if m.group(2) != "555" or not m.group(3).startswith("01"):
            errs.append("%s: phone not 555-01xx: %s" % (where, m.group(0)))
    for m in re.finditer(r"(?<![\d-])555[-.](\d{4})(?![\d-])", txt):
        if not m.group(1).startswith("01"):
            errs.append("%s: phone not 555-01xx: %s" % (where, m.group(0)))
    for m in re.finditer(r"\bNPI\b[^0-9\n]{0,24}?(\d{10})\b", txt, re.I):
        if not npi_ok(m.group(1)):
            errs.append("%s: NPI fails Luhn: %s" % (where, m.group(1)))
    for m in re.finditer(r"\bDEA\b[^\n]{0,24}?\b([A-Z][A-Z9]\d{7})\b", txt):
        if not dea_ok(m.group(1)):
            errs.append("%s: DEA check digit: %s" % (where, m.group(1)))
    for m in re.finditer(r"\bMBI\b[^A-Za-z0-9\n]{0,20}([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b", txt):
        if not mbi_ok(m.group(1)):
            errs.append("%s: MBI format: %s" % (where, m.group(1)))


def check_format(ctype, fname, data, where, errs, texts):
    low = (fname or "").lower()
    if ctype == "application/pdf" or low.endswith(".pdf"):
        errs.extend("%s: %s" % (where, e) for e in pdf_check(data))
        texts.append(pdf_text(data))
        return
    try:
        s = data.decode("utf-8")
    except UnicodeDecodeError:
        s = None
    if s is None:
        return
    if ctype in ("text/calendar", "text/vcard", "text/x-vcard") or low.endswith((".ics", ".vcf")):
        texts.append(re.sub(r"\r?\n[ \t]", "", s))  # unfold content lines
    else:
        texts.append(s)
    if ctype.endswith("json") or low.endswith(".json"):
        try:
            json.loads(s)
        except ValueError as e:
            errs.append("%s: JSON: %s" % (where, e))
    if ctype.endswith("xml") or low.endswith(".xml"):
        try:
            xml.dom.minidom.parseString(data)
        except Exception as e:  # noqa: BLE001
            errs.append("%s: XML: %s" % (where, e))
    if ctype == "text/calendar" or low.endswith(".ics"):
        t = s.strip()
        if not (t.startswith("BEGIN:VCALENDAR") and t.endswith("END:VCALENDAR")):
            errs.append("%s: ICS lacks BEGIN/END:VCALENDAR" % where)
    if ctype in ("text/vcard", "text/x-vcard") or low.endswith(".vcf"):
        t = s.strip()
        if not (t.startswith("BEGIN:VCARD") and t.endswith("END:VCARD")):
            errs.append("%s: vCard lacks BEGIN/END:VCARD" % where)
    if ctype == "text/csv" or low.endswith(".csv"):
        delim = ";" if s.count(";") > s.count(",") else ","
        rows = [r for r in csv.reader(io.StringIO(s), delimiter=delim) if r]
        if len({len(r) for r in rows}) > 1:
            errs.append("%s: CSV rows have different column counts" % where)
    if "hl7" in ctype or low.endswith(".hl7"):
        if not s.startswith("MSH|^~\\&|"):
            errs.append("%s: HL7 does not start with MSH" % where)


def check_part(part, raw, where, errs, texts, depth=0):
    for d in part.defects:
        errs.append("%s: MIME defect %s" % (where, type(d).__name__))
    for k, v in part.items():
        for d in getattr(v, "defects", ()):
            errs.append("%s: header %s defect %s" % (where, k, type(d).__name__))
        texts.append("%s: %s" % (k, v))
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
        for hname in ("From", "Date", "Subject"):
            if inner[hname] is None:
                errs.append("%s: nested message lacks %s" % (where, hname))
        check_part(inner, raw, where + ">", errs, texts, depth + 1)
        return
    if ctype in ("message/delivery-status", "text/rfc822-headers") and isinstance(part.get_payload(), list):
        for blk in part.get_payload():
            texts.append(str(blk))
        return
    if part.is_multipart():
        b = part.get_boundary()
        if not b or ("--%s--" % b).encode() not in raw:
            errs.append("%s: boundary not closed" % where)
        for i, sub in enumerate(part.iter_parts()):
            check_part(sub, raw, "%s.%d" % (where, i + 1), errs, texts, depth)
        return
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower().strip()
    payload = part._payload  # the undecoded body as parsed (surrogate-escaped)
    if isinstance(payload, str):
        enc = payload.encode("ascii", "surrogateescape")
    else:
        enc = bytes(payload)
    lines = enc.split(b"\n")
    if cte == "base64":
        if any(len(x.rstrip(b"\r")) > 76 for x in lines):
            errs.append("%s: base64 line over 76" % where)
        try:
            data = binascii.a2b_base64(b"".join(x.strip() for x in lines), strict_mode=True)
        except binascii.Error as e:
            errs.append("%s: base64 not strict: %s" % (where, e))
            data = b""
    elif cte == "quoted-printable":
        for x in lines:
            x = x.rstrip(b"\r")
            if len(x) > 76:
                errs.append("%s: QP line over 76" % where)
            if re.search(rb"=(?![0-9A-F]{2}|$)", x) or re.search(rb"[^\t\x20-\x7e]", x):
                errs.append("%s: QP not strict" % where)
            if x.endswith((b" ", b"\t")):
                errs.append("%s: QP trailing whitespace" % where)
        data = quopri.decodestring(enc)
    elif cte in ("7bit", "8bit"):
        data = enc
        if cte == "7bit" and any(b > 127 for b in enc):
            errs.append("%s: 7bit part is not ASCII" % where)
    else:
        errs.append("%s: unexpected CTE %s" % (where, cte))
        data = enc
    cs = part.get_content_charset()
    fname = part.get_filename()
    if part.get_content_maintype() == "text":
        try:
            s = data.decode(cs or "us-ascii")
        except (UnicodeDecodeError, LookupError) as e:
            errs.append("%s: charset %s does not decode: %s" % (where, cs, e))
            s = ""
        if ctype not in ("text/calendar", "text/vcard", "text/x-vcard"):
            texts.append(s)
        fmt_data = s.encode("utf-8")
    else:
        fmt_data = data
    check_format(ctype, fname, fmt_data, where, errs, texts)


def check_file(rel, data, errs):
    texts = []
    if len(data) > 200 * 1024:
        errs.append("%s: over 200 KiB" % rel)
    if b"\r\n" in data and (b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b"")):
        errs.append("%s: bare CR or LF" % rel)
    if b"\r\n" not in data:
        errs.append("%s: not CRLF" % rel)
    if any(len(x) > 998 for x in data.split(b"\r\n")):
        errs.append("%s: line over 998" % rel)
    m = BytesParser(policy=policy.default).parsebytes(data)
    for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if m[hname] is None:
            errs.append("%s: missing %s" % (rel, hname))
    try:
        if email.utils.parsedate_to_datetime(str(m["Date"])) is None:
            raise ValueError
    except (TypeError, ValueError):
        errs.append("%s: bad Date" % rel)
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(m["Message-ID"]).strip()):
        errs.append("%s: bad Message-ID" % rel)
    for hname in ("Subject", "From", "To"):
        v = str(m[hname] or "")
        if "=?" in v:
            errs.append("%s: undecoded encoded word in %s" % (rel, hname))
    check_part(m, data, rel, errs, texts)
    scan_invented("\n".join(texts), rel, errs)


def check(items, files, labels):
    errs = []
    base = HERE
    on_disk = {}
    for lab in LABELS:
        d = os.path.join(base, lab)
        if not os.path.isdir(d):
            errs.append("missing directory %s" % lab)
            continue
        for f in sorted(os.listdir(d)):
            with open(os.path.join(d, f), "rb") as fh:
                on_disk[os.path.join(lab, f)] = fh.read()
    for rel in sorted(set(files) | set(on_disk)):
        if rel not in on_disk:
            errs.append("%s: not on disk" % rel)
        elif rel not in files:
            errs.append("%s: on disk but not generated" % rel)
        elif on_disk[rel] != files[rel]:
            errs.append("%s: differs from what gen.py writes" % rel)
    lp = os.path.join(base, "labels.tsv")
    disk_labels = open(lp, "rb").read() if os.path.exists(lp) else b""
    if disk_labels != labels:
        errs.append("labels.tsv differs from what gen.py writes")
    nums = []
    for line in disk_labels.decode("utf-8").splitlines():
        f, lab, reason = line.split("\t")
        if not os.path.exists(os.path.join(base, lab, f)):
            errs.append("labels.tsv: %s not under %s/" % (f, lab))
        nums.append(int(f[:3]))
        if f[4:].startswith("trap-") and lab != "none":
            errs.append("%s: trap- outside none/" % f)
        if not reason.strip():
            errs.append("%s: empty reason" % f)
    if sorted(nums) != list(range(1, len(items) + 1)):
        errs.append("numbers are not exactly 001-%03d" % len(items))
    counts = {lab: sum(1 for m in items if m["label"] == lab) for lab in LABELS}
    for lab in LABELS:
        if counts[lab] != EXPECT[lab]:
            errs.append("count %s = %d, expected %d" % (lab, counts[lab], EXPECT[lab]))
    traps = sum(1 for m in items if m["slug"].startswith("trap-"))
    if traps < MIN_TRAPS:
        errs.append("only %d traps" % traps)
    cats = {c: sum(1 for m in items if m["cat"] == c) for c in CATS}
    for m in items:
        if (m["label"] == "restricted") != (m["cat"] in CATS):
            errs.append("%s: category does not match label" % m["slug"])
    for c in CATS:
        if cats[c] < 7:
            errs.append("restricted category %s has %d (< 7)" % (c, cats[c]))
    nonen = sum(1 for m in items if m["lang"] != "en")
    if nonen != NON_ENGLISH:
        errs.append("%d messages not in English, expected %d" % (nonen, NON_ENGLISH))
    slugs = [m["slug"] for m in items]
    if len(set(slugs)) != len(slugs):
        errs.append("duplicate slugs")
    for rel in sorted(on_disk):
        check_file(rel, on_disk[rel], errs)
    print("counts: " + ", ".join("%s %d" % (lab, counts[lab]) for lab in LABELS)
          + "; traps %d; not English %d" % (traps, nonen))
    print("restricted: " + ", ".join("%s %d" % (c, cats[c]) for c in CATS))
    langs = {}
    for m in items:
        if m["lang"] != "en":
            langs.setdefault(m["label"], []).append(m["lang"])
    for lab in LABELS:
        print("  %s non-English: %s" % (lab, " ".join(sorted(langs.get(lab, [])))))
    if errs:
        for e in errs:
            print("ERROR " + e)
        print("%d errors" % len(errs))
        return 1
    print("check OK: %d files" % len(on_disk))
    return 0


def write(files, labels):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels)


def main():
    items, files, labels = build_all()
    if "--check" not in sys.argv[1:]:
        write(files, labels)
    return check(items, files, labels)


if __name__ == "__main__":
    sys.exit(main())
