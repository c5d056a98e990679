#!/usr/bin/env python3
"""Generator for wide18: the mail system's own artefacts and the shapes real
mail takes (bounces, auto-replies, forwards, receipts, digests, invites,
e-fax, scanners, secure-message notices, alerts, spam).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries
and a fixed shuffle seed.  Every person, organisation, address, phone number
and identifier below is invented.
"""
import base64
import datetime
import gzip
import hashlib
import os
import random
import re
import struct
import sys
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260318
LABELS = ("none", "phi", "restricted")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "gb2312": "gb2312", "shift_jis": "shift_jis", "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr", "big5": "big5",
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
    def __init__(self, ctype, data=b"", params=(), cte="7bit", headers=(),
                 disp=None, filename=None, cid=None, bare=False, desc=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.headers, self.disp, self.filename, self.cid = list(headers), disp, filename, cid
        self.bare, self.desc = bare, desc

    def header_lines(self):
        if self.bare:
            return list("%s: %s" % kv for kv in self.headers)
        ct = self.ctype
        for k, v in self.params:
            ct += ";\r\n\t" + _param(k, v)
        lines = ["Content-Type: " + ct]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.desc:
            lines.append("Content-Description: " + self.desc)
        if self.disp:
            d = self.disp
            if self.filename:
                d += ";\r\n\t" + _param("filename", self.filename)
            lines.append("Content-Disposition: " + d)
        if self.cid:
            lines.append("Content-ID: <%s>" % self.cid)
        lines += ["%s: %s" % kv for kv in self.headers]
        return lines

    def body(self):
        d = self.data
        if self.cte == "quoted-printable":
            return qp_encode(d)
        if self.cte == "base64":
            return b64_encode(d)
        return d

    def render(self):
        hl = self.header_lines()
        if not hl:
            return b"\r\n" + self.body()
        return (CRLF.join(hl) + CRLF).encode("ascii") + b"\r\n" + self.body()


class Multi(Part):
    def __init__(self, sub, parts, params=(), boundary=None, preamble=None,
                 epilogue=None, headers=(), style=None):
        self.sub, self.parts = sub, list(parts)
        self.boundary = boundary or bnd(style)
        Part.__init__(self, "multipart/" + sub, b"", list(params) + [("boundary", self.boundary)], None, headers)
        self.preamble, self.epilogue = preamble, epilogue

    def body(self):
        b = self.boundary.encode("ascii")
        out = b""
        if self.preamble:
            out += nl(self.preamble).encode("ascii") + b"\r\n"
        for p in self.parts:
            out += b"--" + b + b"\r\n" + p.render() + b"\r\n"
        out += b"--" + b + b"--\r\n"
        if self.epilogue:
            out += nl(self.epilogue).encode("ascii")
        return out


def T(text, sub="plain", cs="utf-8", cte=None, params=(), disp=None,
      filename=None, flowed=False, delsp=False, headers=(), cid=None, nocs=False):
    """A text/* part. cte: 7bit, 8bit, quoted-printable or base64."""
    data = nl(text).encode(codec(cs))
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    p = [] if nocs else [("charset", cs)]
    if flowed:
        p.append(("format", "flowed"))
    if delsp:
        p.append(("delsp", "yes"))
    p += list(params)
    return Part("text/" + sub, data, p, cte, headers, disp, filename, cid)


def H(html, cs="utf-8", cte=None, **kw):
    return T(html, "html", cs, cte, **kw)


def BIN(ctype, data, filename=None, cte="base64", inline=False, cid=None,
        name=True, params=(), desc=None, headers=()):
    p = list(params)
    if filename and name:
        p.append(("name", filename))
    return Part(ctype, data, p, cte, headers, "inline" if inline else "attachment",
                filename, cid, desc=desc)


def M822(raw, disp=None, filename=None, desc=None):
    cte = "7bit" if raw.isascii() else "8bit"
    return Part("message/rfc822", raw, [], cte, (), disp, filename, desc=desc)


def HDRS(raw):
    """text/rfc822-headers: only the header block of a rendered message."""
    head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    cte = "7bit" if head.isascii() else "8bit"
    return Part("text/rfc822-headers", head, [("charset", "us-ascii")] if head.isascii() else [], cte)


def DSN_STATUS(mta, recips, arrival=None, queue=None, extra=()):
    lines = ["Reporting-MTA: dns; " + mta]
    if queue:
        lines.append(queue)
    for e in extra:
        lines.append(e)
    if arrival:
        lines.append("Arrival-Date: " + arrival)
    text = CRLF.join(lines) + CRLF
    for r in recips:
        text += CRLF
        rl = []
        if r.get("orig"):
            rl.append("Original-Recipient: rfc822;" + r["orig"])
        rl.append("Final-Recipient: rfc822; " + r["final"])
        rl.append("Action: " + r.get("action", "failed"))
        rl.append("Status: " + r.get("status", "5.1.1"))
        if r.get("remote"):
            rl.append("Remote-MTA: dns; " + r["remote"])
        if r.get("diag"):
            rl.append("Diagnostic-Code: smtp; " + r["diag"])
        if r.get("last"):
            rl.append("Last-Attempt-Date: " + r["last"])
        if r.get("until"):
            rl.append("Will-Retry-Until: " + r["until"])
        text += CRLF.join(rl) + CRLF
    return Part("message/delivery-status", text.encode("ascii"), [], "7bit")


def MDN_PART(ua, final, orig_mid, disposition="manual-action/MDN-sent-manually; displayed", orig_rcpt=None):
    lines = ["Reporting-UA: " + ua]
    if orig_rcpt:
        lines.append("Original-Recipient: rfc822;" + orig_rcpt)
    lines += ["Final-Recipient: rfc822;" + final, "Original-Message-ID: " + orig_mid,
              "Disposition: " + disposition]
    return Part("message/disposition-notification", (CRLF.join(lines) + CRLF).encode("ascii"), [], "7bit")


def ics_fold(text):
    out = []
    for line in nl(text).split("\r\n"):
        b = line.encode("utf-8")
        if len(b) <= 75:
            out.append(line)
            continue
        cur, first = "", True
        for ch in line:
            lim = 75 if first else 74
            if len((cur + ch).encode("utf-8")) > lim:
                out.append(cur if first else " " + cur)
                first, cur = False, ch
            else:
                cur += ch
        out.append(cur if first else " " + cur)
    return "\r\n".join(out)


def ICS(text, method=None, attach=None, cte=None):
    folded = ics_fold(text)
    data = folded.encode("utf-8")
    p = [("charset", "utf-8")]
    if method:
        p.append(("method", method))
    if cte is None:
        cte = "7bit" if data.isascii() else "base64"
    if attach:
        return Part("application/ics", data, [("name", attach)], "base64", (), "attachment", attach)
    return Part("text/calendar", data, p, cte)


def mail(frm, to, subj, date, body, cc=None, msgid=None, pre=(), extra=(),
         irt=None, refs=None, cs="utf-8", mode="B", reply_to=None,
         mime=True, sender=None, bcc=None):
    """Render a whole message to bytes."""
    hdr = list(pre)
    hdr.append(("From", frm))
    if sender:
        hdr.append(("Sender", sender))
    if isinstance(to, (list, tuple)):
        to = ",\r\n ".join(to)
    hdr.append(("To", to))
    if cc:
        if isinstance(cc, (list, tuple)):
            cc = ",\r\n ".join(cc)
        hdr.append(("Cc", cc))
    if bcc:
        hdr.append(("Bcc", bcc))
    if reply_to:
        hdr.append(("Reply-To", reply_to))
    hdr.append(("Subject", ew(subj, cs, mode)))
    hdr.append(("Date", date))
    if msgid is None:
        m = re.search(r"@([A-Za-z0-9.-]+)>?\s*$", frm)
        msgid = mid(m.group(1) if m else "larkspurhealth.example.org")
    hdr.append(("Message-ID", msgid))
    if irt:
        hdr.append(("In-Reply-To", irt))
    if refs:
        hdr.append(("References", refs))
    hdr += list(extra)
    if mime:
        hdr.append(("MIME-Version", "1.0"))
    head = CRLF.join("%s: %s" % kv for kv in hdr) + CRLF
    if body is None:
        return head.encode("ascii")
    if not mime and not body.params:
        return head.encode("ascii") + b"\r\n" + body.body()
    return head.encode("ascii") + body.render()


# ------------------------------------------------------- binary payloads --
def pdf(lines, flate=False, producer="FaxBridge Render 4.2", title=None):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "54 750 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    filt = b""
    if flate:
        stream = zlib.compress(stream, 9)
        filt = b" /Filter /FlateDecode"
    info = "<< /Producer (%s)" % esc(producer)
    if title:
        info += " /Title (%s)" % esc(title)
    info += " /CreationDate (D:20260101000000Z) >>"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filt) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        info.encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def tiff(desc=None, w=16, h=16):
    """A small blank bilevel TIFF (what a fax page looks like to a parser)."""
    img = b"\x00" * ((w + 7) // 8 * h)
    d = (desc or "").encode("latin-1") + b"\x00" if desc else b""
    entries = [(256, 3, 1, w), (257, 3, 1, h), (258, 3, 1, 1), (259, 3, 1, 1),
               (262, 3, 1, 0), (273, 4, 1, 0), (277, 3, 1, 1), (278, 3, 1, h), (279, 4, 1, len(img))]
    if d:
        entries.append((270, 2, len(d), 0))
    entries.sort()
    n = len(entries)
    ifd_off = 8
    data_off = ifd_off + 2 + 12 * n + 4
    desc_off = data_off
    img_off = data_off + len(d) + (len(d) & 1)
    out = b"II*\x00" + struct.pack("<I", ifd_off) + struct.pack("<H", n)
    for tag, typ, cnt, val in entries:
        if tag == 273:
            val = img_off
        if tag == 270:
            val = desc_off
        if typ == 3 and tag != 270:
            out += struct.pack("<HHIHH", tag, typ, cnt, val, 0)
        else:
            out += struct.pack("<HHII", tag, typ, cnt, val)
    out += b"\x00\x00\x00\x00"
    out += d + (b"\x00" if len(d) & 1 else b"")
    out += img
    return out


def png(w=8, h=6, rgb=(196, 128, 120)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tnef(subject, body):
    """A small TNEF (winmail.dat) stream: version, codepage, class, subject, body."""
    def attr(level, attid, data):
        return struct.pack("<BII", level, attid, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)
    out = struct.pack("<IH", 0x223E9F78, 0x5A31)
    out += attr(1, 0x00089006, struct.pack("<I", 0x00010000))
    out += attr(1, 0x00069007, struct.pack("<II", 1252, 0))
    out += attr(1, 0x00078008, b"IPM.Microsoft Mail.Note\x00")
    out += attr(1, 0x00018004, subject.encode("cp1252") + b"\x00")
    rtf = ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 "
           + body.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("\n", "\\par\n") + "}")
    out += attr(1, 0x0002800C, rtf.encode("cp1252"))
    return out


def gz(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


# ----------------------------------------------------------- identifiers --
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def npi(base9):
    """An invented NPI whose check digit is right (Luhn over 80840+base)."""
    for c in "0123456789":
        if luhn_ok("80840" + base9 + c):
            return base9 + c
    raise ValueError(base9)


def dea_ok(d):
    n = [int(c) for c in d[2:]]
    return (n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10 == n[6]


def dea(prefix2, six):
    n = [int(c) for c in six]
    return prefix2 + six + str((n[0] + n[2] + n[4] + 2 * (n[1] + n[3] + n[5])) % 10)


# --------------------------------------------------------- text helpers --
def quote(text, prefix="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if prefix.strip() == ">" and line.startswith(">"):
            out.append(">" + line)
        else:
            out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out) + "\n"


def gmail_fwd(frm, date, subj, to, body, cc=None):
    s = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n" % (frm, date, subj, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "\n\n" + body


def apple_fwd(frm, subj, date, to, body):
    return "Begin forwarded message:\n\nFrom: %s\nSubject: %s\nDate: %s\nTo: %s\n\n%s" % (frm, subj, date, to, body)


def outlook_hdr(frm, sent, to, subj, cc=None, line=True):
    s = "________________________________\n" if line else "-----Original Message-----\n"
    s += "From: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n\n" % subj


# ------------------------------------------------------------- registry --
MSGS = []


def reg(slug, label, reason, lang="en", cat=None):
    assert label in LABELS, label
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MSGS.append({"slug": slug, "label": label, "reason": reason, "lang": lang, "cat": cat, "fn": fn})
        return fn
    return deco


# ------------------------------------------------ shared invented content --
LH = "larkspurhealth.example.org"
DISC_LH = """CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is
for the sole use of the intended recipient(s) and may contain confidential
and privileged information, including protected health information (PHI)
that is protected under the Health Insurance Portability and Accountability
Act of 1996 (HIPAA) and applicable state law. Any unauthorized review, use,
disclosure or distribution is prohibited. If you are not the intended
recipient, please contact the sender by reply e-mail and destroy all copies
of the original message. Larkspur Health will never ask for your password
by e-mail.
"""
DISC_LONG = """-------------------------------------------------------------------------
IMPORTANT WARNING: This message is intended for the use of the person or
entity to which it is addressed and may contain information that is
privileged and confidential, the disclosure of which is governed by
applicable law. This information may include protected health information
(PHI) as defined by HIPAA, information about HIV/AIDS status or testing,
mental health or psychotherapy records, genetic testing information,
reproductive health information, and records of substance use disorder
treatment protected by 42 CFR Part 2. Federal rules prohibit any further
disclosure of substance use disorder records without the express written
consent of the person to whom they pertain or as otherwise permitted by
42 CFR Part 2. A general authorization for the release of medical or other
information is NOT sufficient for this purpose. If the reader of this
message is not the intended recipient, you are hereby notified that any
dissemination, distribution or copying of this information is STRICTLY
PROHIBITED. If you have received this message in error, please notify the
sender immediately and delete the message and all attachments.
-------------------------------------------------------------------------
"""
DISC_PART2 = """This message is from Harbor Light Recovery Center. Information that
identifies a person as a patient of a substance use disorder program is
protected by federal law (42 U.S.C. 290dd-2 and 42 CFR Part 2) and may not
be redisclosed without the patient's written consent. If you are not the
intended recipient, do not read, copy or forward this message; notify the
sender and delete it.
"""


# ====================================================== DSNs and bounces ==
def postfix_human(host, lines):
    return ("This is the mail system at host %s.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n%s" % (host, lines))


def postfix_bounce(host, to, date, recips, original, human_lines, headers_only=False,
                   arrival=None, queue="4F1C2A0093", subj="Undelivered Mail Returned to Sender"):
    parts = [Part("text/plain", nl(postfix_human(host, human_lines)).encode("ascii"),
                  [("charset", "us-ascii")], "7bit", desc="Notification"),
             DSN_STATUS(host, recips, arrival, "X-Postfix-Queue-ID: " + queue,
                        ["X-Postfix-Sender: rfc822; " + re.sub(r".*<|>.*", "", to)])]
    parts[1].desc = "Delivery report"
    if headers_only:
        p = HDRS(original)
        p.desc = "Undelivered Message Headers"
    else:
        p = M822(original, desc="Undelivered Message")
    parts.append(p)
    body = Multi("report", parts, [("report-type", "delivery-status")], style=4,
                 preamble="This is a MIME-encapsulated message.")
    return mail("MAILER-DAEMON@%s (Mail Delivery System)" % host, to, subj, date, body,
                extra=[("Auto-Submitted", "auto-replied")], msgid=mid(host, 3))


def exchange_ndr(host, to, date, rcpt, original, reason_html, reason_txt, status, diag, remote):
    txt = ("Delivery has failed to these recipients or groups:\n\n%s\n%s\n\n\n\n\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n%s\n"
           "Remote Server returned '%s'\n\nOriginal message headers:\n\n" % (rcpt, reason_txt, host, rcpt, remote, diag))
    txt += original.split(b"\r\n\r\n", 1)[0].decode("ascii").replace("\r\n", "\n") + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head>\n"
            "<body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery has failed to these recipients or groups:</font></b></p>\n"
            "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:%s\">%s</a><br>\n%s<br></p></font>\n"
            "<p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">Diagnostic information for administrators:</font></p>\n"
            "<font color=\"#808080\" size=\"2\" face=\"Tahoma\"><p>Generating server: %s</p><p>%s<br>%s<br>Remote Server returned '%s'</p></font>\n"
            "</body></html>\n" % (rcpt, rcpt, reason_html, host, rcpt, remote, diag))
    alt = Multi("alternative", [T(txt, cs="us-ascii"), H(html, cs="us-ascii")], style=0)
    st = DSN_STATUS(host, [dict(final=rcpt, status=status, remote=remote, diag=diag)],
                    arrival=date)
    body = Multi("report", [alt, st, M822(original)], [("report-type", "delivery-status")], style=0)
    return mail(A("Microsoft Outlook", "postmaster@" + host.split(".", 1)[1]), to,
                "Undeliverable: " + str(email.message_from_bytes(original)["Subject"]), date, body,
                extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "1")],
                msgid=mid(host.split(".", 1)[1], 2))


@reg("dsn-bounce-potassium-callback", "phi",
     "bounce carrying the original message with a named patient's potassium result and a hold on his potassium chloride")
def _():
    orig = mail(A("Tasha Bramwell, LPN", "tbramwell@" + LH), A("Rafael Delgado", "rdelgado1954@inbox.example.net"),
                "Your lab results from Monday", D(2026, 3, 10, 14, 2, 41),
                T("""Hi Mr. Delgado,

Dr. Kaur reviewed your blood work from Monday. Your potassium came back at
5.9, which is higher than we want (normal is 3.5-5.1). Your kidney number
(creatinine) was 1.6, about the same as in January.

Dr. Kaur wants you to STOP the potassium chloride (K-Dur 20) for now and
keep taking everything else. Please come to the lab at Millbrook tomorrow
morning for a repeat BMP, no appointment needed, 7:30-11.

If you have muscle weakness, palpitations or feel faint, go to the ER.

Tasha Bramwell, LPN
Larkspur Family Medicine - Millbrook
(614) 555-0143
"""), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return postfix_bounce("mx2." + LH, A("Tasha Bramwell, LPN", "tbramwell@" + LH), D(2026, 3, 10, 14, 2, 47),
                          [dict(orig="rdelgado1954@inbox.example.net", final="rdelgado1954@inbox.example.net",
                                status="5.1.1", remote="mx.inbox.example.net",
                                diag="550 5.1.1 <rdelgado1954@inbox.example.net>: Recipient address rejected: User unknown in virtual mailbox table")],
                          orig, "<rdelgado1954@inbox.example.net>: host mx.inbox.example.net[198.51.100.23]\n"
                          "    said: 550 5.1.1 <rdelgado1954@inbox.example.net>: Recipient address\n"
                          "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n",
                          arrival=D(2026, 3, 10, 14, 2, 44), queue="7A2C41E0F3")


@reg("dsn-delay-headers-afib-referral", "phi",
     "delay warning whose returned headers carry the referral subject: patient name, DOB and new atrial fibrillation")
def _():
    orig = mail(A("Referral Coordinator - Larkspur Family Medicine", "referrals.millbrook@" + LH),
                A("Intake", "intake@brookside-cardiology.example.com"),
                "Referral - Harold Nunez DOB 02/11/1951 - cardiology eval new AFib, on Eliquis",
                D(2026, 2, 17, 9, 41, 5), T("See attached referral packet.\n"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    host = "smtp-out1." + LH
    txt = ("The original message was received at Tue, 17 Feb 2026 09:41:07 -0500\n"
           "from ehrmail01.%s [10.40.2.18]\n\n"
           "   ----- Transcript of session follows -----\n"
           "<intake@brookside-cardiology.example.com>... Deferred: Connection timed out with mx1.brookside-cardiology.example.com.\n"
           "Warning: message still undelivered after 4 hours\n"
           "Will keep trying until message is 5 days old\n" % LH)
    body = Multi("report", [T(txt, cs="us-ascii"),
                            DSN_STATUS(host, [dict(final="intake@brookside-cardiology.example.com", action="delayed",
                                                   status="4.4.1", remote="mx1.brookside-cardiology.example.com",
                                                   diag="421 4.4.1 Connection timed out",
                                                   last=D(2026, 2, 17, 13, 44, 12),
                                                   until=D(2026, 2, 22, 9, 41, 7))],
                                       arrival=D(2026, 2, 17, 9, 41, 7)),
                            HDRS(orig)], [("report-type", "delivery-status")], style=4)
    return mail(A("Mail Delivery Subsystem", "MAILER-DAEMON@" + host), A("Referral Coordinator - Larkspur Family Medicine", "referrals.millbrook@" + LH),
                "Warning: could not send message for past 4 hours", D(2026, 2, 17, 13, 44, 12), body,
                extra=[("Auto-Submitted", "auto-generated (warning-timeout)")])


@reg("ndr-undeliverable-polyp-path", "phi",
     "Exchange non-delivery report returning a message with a named patient's colon polyp pathology and surveillance interval")
def _():
    orig = mail(A("Gina Farrow", "gfarrow@" + LH), A("Brightwater Family Practice", "frontdesk@brightwaterfamily.example.com"),
                "Path result - Yolanda Pierce", D(2026, 4, 2, 11, 20, 3),
                T("""Good morning,

Forwarding the path for your patient Yolanda Pierce (DOB 09/30/1966) from
her colonoscopy with Dr. Feld on 3/27:

  Sigmoid colon polyp x2, cold snare: tubular adenoma, no high-grade
  dysplasia. Margins not assessed.
  Rectal polyp: hyperplastic.

Dr. Feld recommends repeat colonoscopy in 5 years (2031). Letter has gone
to the patient.

Thanks,
Gina Farrow
GI Results Coordinator, Larkspur Digestive Health
(614) 555-0172

""" + DISC_LH), extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzDq7uPq0Zz8TQ4Sk2Vb2YpLrM1hQ==")])
    return exchange_ndr("MBX04.corp." + LH, A("Gina Farrow", "gfarrow@" + LH), D(2026, 4, 2, 11, 20, 9),
                        "frontdesk@brightwaterfamily.example.com", orig,
                        "Your message wasn't delivered because the recipient's e-mail provider rejected it.",
                        "Your message wasn't delivered because the recipient's e-mail provider rejected it.",
                        "5.4.1", "550 5.4.1 Recipient address rejected: Access denied",
                        "mail.brightwaterfamily.example.com")


@reg("dsn-mailbox-full-mohs-reminder", "phi",
     "bounce of an appointment reminder telling a named patient when to arrive for Mohs surgery and what to do with her warfarin")
def _():
    txt = """Hello Carol,

This is a reminder of your upcoming appointment:

  Mohs surgery (left nasal ala) with Dr. Imani Okafor
  Tuesday, April 21, 2026 at 7:30 AM - please arrive at 7:15
  Larkspur Dermatology, 4400 Cedar Ridge Rd, Suite 210

Keep taking your warfarin unless Dr. Okafor's office told you otherwise; we
will check your INR when you arrive. Eat breakfast. Plan to be here most of
the morning and bring someone to drive you home.

To cancel or reschedule call (614) 555-0158.
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            "<p>Hello Carol,</p><p>This is a reminder of your upcoming appointment:</p>"
            "<table cellpadding=\"4\" style=\"border:1px solid #ccc\"><tr><td><b>Visit</b></td><td>Mohs surgery (left nasal ala) with Dr. Imani Okafor</td></tr>"
            "<tr><td><b>When</b></td><td>Tuesday, April 21, 2026 at 7:30 AM (arrive 7:15)</td></tr>"
            "<tr><td><b>Where</b></td><td>Larkspur Dermatology, 4400 Cedar Ridge Rd, Suite 210</td></tr></table>"
            "<p>Keep taking your warfarin unless Dr. Okafor's office told you otherwise; we will check your INR when you arrive. "
            "Eat breakfast. Plan to be here most of the morning and bring someone to drive you home.</p>"
            "<p>To cancel or reschedule call (614) 555-0158.</p></body></html>\n")
    orig = mail(A("Larkspur Health Reminders", "reminders@notify." + LH), A("Carol Ebersole", "cebersole@mail.example.com"),
                "Reminder: your appointment on Tue Apr 21", D(2026, 4, 14, 6, 0, 12),
                Multi("alternative", [T(txt), H(html)], style=3))
    return postfix_bounce("mta3.notify." + LH, "bounces+rem@notify." + LH, D(2026, 4, 14, 6, 0, 31),
                          [dict(final="cebersole@mail.example.com", status="5.2.2", remote="mx2.mail.example.com",
                                diag="552 5.2.2 <cebersole@mail.example.com>: Mailbox full")],
                          orig, "<cebersole@mail.example.com>: host mx2.mail.example.com[203.0.113.41] said:\n"
                          "    552 5.2.2 <cebersole@mail.example.com>: Mailbox full (in reply to RCPT TO\n    command)\n",
                          queue="B93F0E21AA")


@reg("rebote-recordatorio-mamografia", "phi",
     "bounce of a Spanish reminder to a named patient about her diagnostic mammogram and breast ultrasound", lang="es")
def _():
    txt = """Estimada Sra. Rosa Elvira Morales:

Le recordamos que tiene cita para su mamografía de diagnóstico y ultrasonido
del seno izquierdo el jueves 12 de marzo de 2026 a las 10:40 a. m. en el
Centro de Imágenes de Larkspur (2nd floor, Pavilion B).

El día del estudio no use desodorante, talco ni crema debajo de los brazos.
Traiga su tarjeta del seguro y la orden de la Dra. Kaur.

Si necesita intérprete o quiere cambiar la cita, llámenos al (614) 555-0164.

Atentamente,
Centro de Imágenes de Larkspur
"""
    orig = mail(A("Centro de Imágenes de Larkspur", "imagenes@" + LH, cs="iso-8859-1", mode="Q"),
                A("Rosa E. Morales", "rosaelvira.morales@correo.example.com"),
                "Recordatorio de su cita: mamografía de diagnóstico", D(2026, 3, 9, 8, 15, 0),
                T(txt, cs="iso-8859-1", cte="quoted-printable"), cs="iso-8859-1", mode="Q")
    return postfix_bounce("mx1." + LH, A("", "imagenes@" + LH), D(2026, 3, 9, 8, 15, 22),
                          [dict(final="rosaelvira.morales@correo.example.com", status="5.1.1", remote="mx.correo.example.com",
                                diag="550 5.1.1 The email account that you tried to reach does not exist")],
                          orig, "<rosaelvira.morales@correo.example.com>: host mx.correo.example.com[198.51.100.90]\n"
                          "    said: 550 5.1.1 The email account that you tried to reach does not exist\n"
                          "    (in reply to RCPT TO command)\n", queue="2D0A7713C5")


@reg("dsn-partial-tumor-board-list", "phi",
     "bounce for one of two recipients of a tumor board list with three named patients, MRNs, diagnoses and questions")
def _():
    lst = """Thoracic tumor board - Thursday 4/9, 7:00 AM, Conf Rm 3B / Teams

1. Leonard Pruitt  MRN 20391847  68M  RUL spiculated nodule 2.3 cm, PET avid
   (SUV 7.1), EBUS pending. Q: surgery vs SBRT - FEV1 48%.
2. Marisol Abernethy  MRN 20455120  57F  stage IIIA adenocarcinoma, PD-L1
   80%. Q: chemoradiation + durvalumab vs neoadjuvant chemo-IO and surgery?
3. Victor Hale  MRN 20177302  74M  SCLC limited stage, s/p 4 cycles
   carbo/etoposide + concurrent RT. Q: PCI vs MRI surveillance.

Dr. Petrosyan - can you bring the outside CT for #1 on a disc?

Nadia
"""
    orig = mail(A("Nadia Corrigan", "ncorrigan@" + LH),
                [A("Aram Petrosyan, MD", "apetrosyan@" + LH), A("Aram Petrosyan", "aram.petrosyan@riverbendradiology.example.net")],
                "Tumor board list 4/9", D(2026, 4, 7, 16, 12, 30), T(lst), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    host = "mx2." + LH
    return postfix_bounce(host, A("Nadia Corrigan", "ncorrigan@" + LH), D(2026, 4, 7, 16, 12, 58),
                          [dict(final="apetrosyan@" + LH, action="delivered", status="2.0.0",
                                remote="mbx02.corp." + LH, diag="250 2.0.0 OK"),
                           dict(final="aram.petrosyan@riverbendradiology.example.net", status="5.7.1",
                                remote="mx.riverbendradiology.example.net",
                                diag="550 5.7.1 Message rejected: sender domain is not on the partner allow list")],
                          orig, "<aram.petrosyan@riverbendradiology.example.net>: host\n"
                          "    mx.riverbendradiology.example.net[203.0.113.77] said: 550 5.7.1 Message\n"
                          "    rejected: sender domain is not on the partner allow list (in reply to end of\n    DATA command)\n",
                          queue="C31D0F88E2")


@reg("dsn-bounce-psych-discharge-lithium", "restricted",
     "bounce returning a discharge letter and PDF for a named patient leaving inpatient psychiatry with bipolar I on lithium", cat="mh")
def _():
    letter = """Dr. Patel,

Attached is the discharge summary for our mutual patient Keith Arsenault
(DOB 04/17/1990), discharged today from 5 East adult inpatient psychiatry
after a 9-day stay.

Dx: bipolar I disorder, current episode manic, severe, without psychotic
features. Discharged on lithium carbonate ER 900 mg qhs (level 0.8 on 3/12)
and quetiapine 100 mg qhs. Please draw a lithium level and BMP in 5-7 days;
he has his first outpatient psychiatry visit with Dr. Whitcombe on 3/24.

He signed a release for your office. Call me with questions.

Lorraine Tisdale, LCSW
Discharge Planning, Larkspur Behavioral Health
(614) 555-0119
"""
    summ = pdf(["LARKSPUR BEHAVIORAL HEALTH - 5 EAST", "DISCHARGE SUMMARY",
                "Patient: ARSENAULT, KEITH   DOB 04/17/1990   MRN 30228415",
                "Admit 03/05/2026   Discharge 03/14/2026   Attending: S. Whitcombe, MD",
                "Diagnosis: Bipolar I disorder, current episode manic, severe",
                "Course: admitted on emergency hold after 5 days without sleep,",
                "pressured speech, spending; lithium restarted, level 0.8 on 3/12.",
                "Discharge meds: lithium ER 900 mg qhs; quetiapine 100 mg qhs",
                "Follow-up: Dr. Whitcombe 03/24/2026; PCP labs in 5-7 days"], flate=True, producer="Tessera EHR Documents")
    orig = mail(A("Lorraine Tisdale", "ltisdale@" + LH), A("Vikram Patel, MD", "vpatel@eastsideinternal.example.com"),
                "Discharge summary - K. Arsenault", D(2026, 3, 14, 15, 31, 10),
                Multi("mixed", [T(letter + "\n" + DISC_LONG), BIN("application/pdf", summ, "Arsenault_K_DC_summary_2026-03-14.pdf")], style=0),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return postfix_bounce("mx1." + LH, A("Lorraine Tisdale", "ltisdale@" + LH), D(2026, 3, 14, 15, 31, 26),
                          [dict(final="vpatel@eastsideinternal.example.com", status="5.1.1",
                                remote="mail.eastsideinternal.example.com",
                                diag="550 5.1.1 <vpatel@eastsideinternal.example.com>: Recipient address rejected: User unknown")],
                          orig, "<vpatel@eastsideinternal.example.com>: host mail.eastsideinternal.example.com[198.51.100.61]\n"
                          "    said: 550 5.1.1 <vpatel@eastsideinternal.example.com>: Recipient address\n"
                          "    rejected: User unknown (in reply to RCPT TO command)\n", queue="5E7710BC04")


@reg("dsn-size-limit-viral-load-subject", "restricted",
     "size-limit bounce with only the original headers; the subject names the patient, his DOB and an undetectable viral load", cat="hiv")
def _():
    orig = mail(A("Joaquin Serrano, PharmD", "jserrano@" + LH), A("Ellis Ward, MD", "eward@cityhealthclinic.example.org"),
                "Terrence Vail DOB 07/22/1979 - VL undetectable, CD4 612 - labs + med list attached",
                D(2026, 5, 6, 10, 4, 55), Multi("mixed", [T("Labs and current regimen attached. He's transferring care to you in June.\n"),
                                                          BIN("application/pdf", pdf(["Lab report"]), "Vail_labs.pdf")]),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    return postfix_bounce("mx2." + LH, A("Joaquin Serrano, PharmD", "jserrano@" + LH), D(2026, 5, 6, 10, 5, 20),
                          [dict(final="eward@cityhealthclinic.example.org", status="5.3.4",
                                remote="mx.cityhealthclinic.example.org",
                                diag="552 5.3.4 Message size exceeds fixed maximum message size")],
                          orig, "<eward@cityhealthclinic.example.org>: host mx.cityhealthclinic.example.org[203.0.113.18]\n"
                          "    said: 552 5.3.4 Message size exceeds fixed maximum message size (in reply\n"
                          "    to end of DATA command)\n", headers_only=True, queue="0B6E2D9F17")


@reg("bounce-chlamydia-result-to-patient", "restricted",
     "bounce returning a nurse's message telling a named patient her chlamydia test was positive and her partner needs treatment", cat="repro")
def _():
    orig = mail(A("Eastgate Women's Health - Nurse Line", "nurseline@eastgatewh.example.org"),
                A("Brianna Kohl", "bri.kohl22@mail.example.com"), "Your test results", D(2026, 6, 11, 16, 40, 2),
                T("""Hi Brianna,

Your swab from Tuesday came back positive for chlamydia. Gonorrhea and
trichomonas were negative, and your HIV and syphilis blood tests were
negative too.

We sent doxycycline 100 mg twice a day for 7 days to Corner Drug on Main St.
No sex until you have finished it and your partner has been treated. We can
give you a prescription for your partner (expedited partner therapy) - just
call us. We'll retest you in 3 months.

Eastgate Women's Health Nurse Line
(614) 555-0186
""", flowed=True))
    return postfix_bounce("mail.eastgatewh.example.org", "nurseline@eastgatewh.example.org", D(2026, 6, 11, 16, 40, 9),
                          [dict(final="bri.kohl22@mail.example.com", status="5.1.1", remote="mx1.mail.example.com",
                                diag="550 5.1.1 <bri.kohl22@mail.example.com>... User unknown")],
                          orig, "<bri.kohl22@mail.example.com>: host mx1.mail.example.com[198.51.100.44] said:\n"
                          "    550 5.1.1 <bri.kohl22@mail.example.com>... User unknown (in reply to RCPT\n    TO command)\n",
                          queue="91AA03C7D2")


@reg("dsn-bounce-wellness-newsletter", "none",
     "bounce of the monthly wellness newsletter: diabetes, colorectal screening and flu-shot content for everyone, no individual")
def _():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Wellness Notes</title></head>
<body style="margin:0;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:24px;background:#2d5f4c;color:#fff"><h1 style="margin:0">Wellness Notes</h1><p>Larkspur Health &middot; March 2026</p></td></tr>
<tr><td style="padding:20px"><h2>Living well with type 2 diabetes</h2>
<p>More than one in ten adults in our region has diabetes. Small changes add up: a 10-minute walk after meals
lowers blood sugar, and metformin, GLP-1 medicines and insulin all work better with regular A1c checks.
Join our free diabetes self-management classes on Wednesday evenings.</p>
<h2>March is colorectal cancer awareness month</h2>
<p>Screening now starts at age 45. Ask your primary care provider whether a colonoscopy or a stool-based
test is right for you.</p>
<h2>It is not too late for a flu shot</h2>
<p>Walk-in flu and COVID-19 vaccines at every Larkspur pharmacy through April.</p></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#777">You are receiving this because you subscribed at larkspurhealth.example.org.
<a href="https://news.larkspurhealth.example.org/unsubscribe?u=8f2c1a">Unsubscribe</a> &middot; Larkspur Health, 1200 Alder Street, Millbrook</td></tr>
</table></body></html>
"""
    orig = mail(A("Larkspur Health Wellness Notes", "wellness@news." + LH), "subscriber.4471@mail.example.net",
                "Wellness Notes: diabetes classes, colorectal screening at 45, flu shots", D(2026, 3, 3, 7, 0, 0),
                H(html), extra=[("List-Unsubscribe", "<https://news.larkspurhealth.example.org/unsubscribe?u=8f2c1a>"),
                                ("Precedence", "bulk")])
    return postfix_bounce("mta1.news." + LH, "bounce-8f2c1a@news." + LH, D(2026, 3, 3, 7, 0, 36),
                          [dict(final="subscriber.4471@mail.example.net", status="5.1.1", remote="mx.mail.example.net",
                                diag="550 5.1.1 Mailbox does not exist")],
                          orig, "<subscriber.4471@mail.example.net>: host mx.mail.example.net[198.51.100.12] said:\n"
                          "    550 5.1.1 Mailbox does not exist (in reply to RCPT TO command)\n", queue="E1F0C3A991")


@reg("dsn-headers-quality-packet-sepsis", "none",
     "bounce with only the headers of a quality-committee packet about sepsis bundle compliance and CLABSI rates")
def _():
    orig = mail(A("Quality & Patient Safety", "quality@" + LH),
                [A("Medical Executive Committee", "mec@" + LH), A("Dr. Howard Leung", "hleung@lakeshoreadvisors.example.com")],
                "MEC packet: sepsis bundle compliance (SEP-1) 71%, CLABSI, falls with injury - Q1 2026",
                D(2026, 4, 13, 17, 2, 0), Multi("mixed", [T("Packet attached for Thursday.\n"),
                                                          BIN("application/pdf", pdf(["Q1 2026 Quality Dashboard", "SEP-1 compliance 71% (goal 80%)", "CLABSI SIR 0.82", "Falls with injury 0.41 / 1000 pt days"]), "MEC_Q1_2026_quality.pdf")]))
    return postfix_bounce("mx1." + LH, A("Quality & Patient Safety", "quality@" + LH), D(2026, 4, 13, 17, 2, 21),
                          [dict(final="hleung@lakeshoreadvisors.example.com", status="5.2.1",
                                remote="mx.lakeshoreadvisors.example.com", diag="550 5.2.1 Mailbox disabled, not accepting messages")],
                          orig, "<hleung@lakeshoreadvisors.example.com>: host mx.lakeshoreadvisors.example.com[203.0.113.9]\n"
                          "    said: 550 5.2.1 Mailbox disabled, not accepting messages (in reply to RCPT TO\n    command)\n",
                          headers_only=True, queue="4C0D9B2E71")


@reg("dsn-delay-journal-toc-alert", "none",
     "delay warning for a journal table-of-contents alert about BRCA testing uptake and PrEP in primary care; no individual")
def _():
    orig = mail(A("Clinical Oncology Practice Review", "etoc@journals.example.org"), "fhalvorsen@" + LH,
                "eTOC: Clinical Oncology Practice Review, April 2026 - BRCA testing uptake; PrEP in primary care; opioid tapering",
                D(2026, 4, 1, 4, 12, 0), T("Table of contents attached.\n"), extra=[("Precedence", "bulk")])
    host = "mx1." + LH
    txt = ("This is an automatically generated Delivery Status Notification.\n\n"
           "THIS IS A WARNING MESSAGE ONLY.\n\nYOU DO NOT NEED TO RESEND YOUR MESSAGE.\n\n"
           "Delivery to the following recipients has been delayed.\n\n       fhalvorsen@%s\n\n"
           "Message will be retried for 2 more day(s)\n" % LH)
    body = Multi("report", [T(txt, cs="us-ascii"),
                            DSN_STATUS(host, [dict(final="fhalvorsen@" + LH, action="delayed", status="4.2.2",
                                                   diag="452 4.2.2 Mailbox over quota, try again later",
                                                   last=D(2026, 4, 1, 8, 12, 0), until=D(2026, 4, 3, 4, 12, 0))],
                                       arrival=D(2026, 4, 1, 4, 12, 3)),
                            HDRS(orig)], [("report-type", "delivery-status")], style=1)
    return mail(A("Mail Delivery Subsystem", "postmaster@" + LH), "etoc-bounces@journals.example.org",
                "Delivery Status Notification (Delay)", D(2026, 4, 1, 8, 12, 4), body,
                extra=[("Auto-Submitted", "auto-replied")])


@reg("dsn-quota-lab-courier-invoice", "none",
     "bounce of a reference lab's courier invoice to a clinic; account and ordering-provider NPI, no patient")
def _():
    inv = """INVOICE  TRL-2026-03-18841
Tri-River Reference Laboratory, Accounts Receivable
Bill to: Larkspur Family Medicine - Millbrook (client acct 40-1187)
Ordering provider on file: Anjali Kaur, MD  NPI %s

Period 03/01/2026 - 03/31/2026
  Courier stops, M-F (22 days x 2)           44 @ 18.00     792.00
  Specimen supply kits, SST/lavender           6 @ 42.50     255.00
  STAT pickup surcharge                        3 @ 35.00     105.00
                                             TOTAL DUE     1,152.00

Remit within 30 days. ACH: routing on file. Questions: (614) 555-0127
""" % npi("164829370")
    orig = mail(A("Tri-River Lab Billing", "ar@tririverlab.example.com"), "ap.millbrook@" + LH,
                "Invoice TRL-2026-03-18841 - courier services March", D(2026, 4, 3, 9, 0, 0), T(inv))
    return postfix_bounce("mx.tririverlab.example.com", "ar@tririverlab.example.com", D(2026, 4, 3, 9, 0, 44),
                          [dict(final="ap.millbrook@" + LH, status="5.2.2", remote="mx1." + LH,
                                diag="552 5.2.2 <ap.millbrook@larkspurhealth.example.org>: Mailbox full")],
                          orig, "<ap.millbrook@larkspurhealth.example.org>: host mx1.larkspurhealth.example.org[192.0.2.25]\n"
                          "    said: 552 5.2.2 <ap.millbrook@larkspurhealth.example.org>: Mailbox full\n"
                          "    (in reply to RCPT TO command)\n", queue="AA73C40E19")


@reg("rebote-volante-vacuna-gripe", "none",
     "bounce of a Spanish community flyer for free flu shots; addressed to a list, no individual's care", lang="es")
def _():
    txt = """¡Vacúnese contra la gripe! Es gratis.

Sábado 7 de marzo, de 9:00 a 1:00
Iglesia San José, salón parroquial (entrada por la calle Elm)

- Vacuna contra la gripe y refuerzo de COVID-19 para mayores de 6 meses
- Toma de presión arterial y prueba de azúcar
- No necesita seguro ni cita. No preguntamos por su estatus migratorio.

Traiga a toda la familia. Habrá café y pan dulce.

Programa de Salud Comunitaria de Larkspur
(614) 555-0131
Para darse de baja de esta lista responda con la palabra BAJA.
"""
    orig = mail(A("Salud Comunitaria Larkspur", "comunidad@" + LH), "lista-comunidad@lists." + LH,
                "Vacunas gratis contra la gripe este sábado", D(2026, 3, 2, 12, 30, 0),
                T(txt, cs="iso-8859-1", cte="8bit"), cs="iso-8859-1", mode="Q",
                extra=[("List-Id", "Comunidad <lista-comunidad.lists.larkspurhealth.example.org>"), ("Precedence", "list")])
    return postfix_bounce("lists." + LH, "lista-comunidad-bounces@lists." + LH, D(2026, 3, 2, 12, 31, 5),
                          [dict(orig="mvelez@correo.example.com", final="mvelez@correo.example.com", status="5.1.1",
                                remote="mx.correo.example.com", diag="550 5.1.1 User unknown")],
                          orig, "<mvelez@correo.example.com>: host mx.correo.example.com[198.51.100.90] said: 550\n"
                          "    5.1.1 User unknown (in reply to RCPT TO command)\n", queue="3E9B0A1C44")


@reg("ndr-open-enrollment-eap-fertility", "none",
     "Exchange non-delivery report of an HR open-enrollment notice describing EAP counselling and fertility benefits in general")
def _():
    orig = mail(A("Larkspur HR Benefits", "benefits@" + LH), "allstaff-westcampus@" + LH,
                "Open enrollment closes Friday: new fertility benefit, EAP counseling sessions, HSA changes",
                D(2026, 11, 4, 8, 0, 0),
                T("""All West Campus staff,

Open enrollment for 2027 closes Friday, November 13 at 5 PM.

What's new:
 * Fertility benefit: up to $15,000 lifetime for IVF, egg freezing and
   fertility medications through our carrier.
 * EAP: 8 free, confidential counseling sessions per issue per year for you
   and your household (stress, depression, grief, substance use).
 * Behavioral health copay drops to $0 for in-network therapy.
 * HSA employer seed rises to $750 (single) / $1,500 (family).

Log in to the benefits portal to make your elections. Benefits office hours:
Tue/Thu 10-2 in Admin 140, or call (614) 555-0108.

Larkspur HR Benefits
"""))
    return exchange_ndr("MBX02.corp." + LH, A("Larkspur HR Benefits", "benefits@" + LH), D(2026, 11, 4, 8, 0, 40),
                        "allstaff-westcampus@" + LH, orig,
                        "The group allstaff-westcampus only accepts messages from people in its organization or on its allowed senders list, and your e-mail address isn't on the list.",
                        "The group allstaff-westcampus only accepts messages from people in its organization or on its allowed senders list, and your e-mail address isn't on the list.",
                        "5.7.1", "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required", "MBX02.corp." + LH)


@reg("backscatter-spam-pills", "none",
     "backscatter bounce of spam that forged a clinic address and offered pills without prescription; no person's care")
def _():
    orig = mail(A("Dr. Pharmacy Outlet", "frontdesk@" + LH), "kvanburen@post.example.net",
                "Xanax, Oxycodone, Tramadol - no prescription needed, 80% off", D(2026, 7, 19, 3, 14, 9),
                T("""Best quality meds overnight to your door!!!
Xanax 2mg, Oxycodone 30mg, Tramadol, Adderall, Viagra
NO PRESCRIPTION - NO DOCTOR VISIT - discreet packing
Order now: http://rx-overnight-meds.test/store?id=88213
"""), msgid="<20260719031409.77AB@desktop-h3k9.rx-overnight-meds.test>", extra=[("X-Mailer", "The Bat! (v9.1.8) Professional")])
    return postfix_bounce("mx.post.example.net", "frontdesk@" + LH, D(2026, 7, 19, 3, 15, 2),
                          [dict(final="kvanburen@post.example.net", status="5.7.1",
                                diag="554 5.7.1 Message rejected as spam by content filter")],
                          orig, "<kvanburen@post.example.net>: 554 5.7.1 Message rejected as spam by\n    content filter\n",
                          queue="F00D19A7B2")


@reg("dsn-success-hiv-screening-policy", "none",
     "positive delivery notification for a policy memo on opt-out HIV screening in the emergency department; no patient")
def _():
    orig = mail(A("Policy Office", "policy@" + LH), A("ED Physicians", "ed-physicians@" + LH),
                "Revised policy PC-114 v3: opt-out HIV and hepatitis C screening in the ED",
                D(2026, 8, 24, 10, 0, 0), T("Policy attached. Effective Sept 1.\n"))
    host = "mx1." + LH
    txt = ("This is the mail system at host %s.\n\n"
           "Your message was successfully delivered to the destination(s)\n"
           "listed below. If the message was delivered to mailbox you will\n"
           "receive no further notifications. Otherwise you may still receive\n"
           "notifications of mail delivery errors from other systems.\n\n"
           "                   The mail system\n\n"
           "<ed-physicians@%s>: delivery via mbx02.corp.%s[10.40.1.12]:25:\n    250 2.0.0 OK\n" % (host, LH, LH))
    body = Multi("report", [T(txt, cs="us-ascii"),
                            DSN_STATUS(host, [dict(final="ed-physicians@" + LH, action="delivered", status="2.0.0",
                                                   remote="mbx02.corp." + LH, diag="250 2.0.0 OK")],
                                       arrival=D(2026, 8, 24, 10, 0, 2), queue="X-Postfix-Queue-ID: 66B2C0E1D8"),
                            HDRS(orig)], [("report-type", "delivery-status")], style=4)
    return mail("MAILER-DAEMON@%s (Mail Delivery System)" % host, A("Policy Office", "policy@" + LH),
                "Successful Mail Delivery Report", D(2026, 8, 24, 10, 0, 4), body,
                extra=[("Auto-Submitted", "auto-replied")])


# ================================================= auto-replies and OOO ==
def ooo_html(text):
    import html as _html
    paras = "".join("<p>%s</p>\n" % _html.escape(p, quote=False).replace("\n", "<br>\n") for p in text.strip().split("\n\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s</div></body></html>\n" % paras)


def ooo_hdrs(loop):
    return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


@reg("ooo-imaging-scheduler-quotes-mri", "phi",
     "auto-reply that quotes a patient's request to move her lumbar spine MRI, with her name and DOB")
def _():
    orig = """Hi, this is Denise Harlan, DOB 6/3/1971. I need to move my MRI of my lower
back (lumbar spine without contrast) from this Friday 3/27 at 2:15. My
sciatica is so bad I cant sit in the car that long right now, Dr. Ng gave
me prednisone and said it should calm down in a week. Can I do the week
after, any afternoon? Also do I still need the prior auth from Bellwether
again or is the old one ok?
Thanks
Denise
"""
    reply = """Thank you for contacting Larkspur Imaging Scheduling. I am out of the office
until Monday, March 30. Your message has not been forwarded.

To schedule, reschedule or cancel an imaging appointment please call
(614) 555-0150, Monday-Friday 7 AM - 7 PM.

Thank you,
Kendra Moss
Imaging Scheduling
"""
    body = reply + "\n" + "-----Original Message-----\nFrom: Denise Harlan <dharlan71@inbox.example.net>\n" \
        "Sent: Tuesday, March 24, 2026 10:02 PM\nTo: Moss, Kendra <kmoss@%s>\nSubject: MRI reschedule\n\n" % LH + orig
    return mail(A("Moss, Kendra", "kmoss@" + LH), A("Denise Harlan", "dharlan71@inbox.example.net"),
                "Automatic reply: MRI reschedule", D(2026, 3, 24, 22, 2, 31),
                Multi("alternative", [T(body), H(ooo_html(body))], style=0),
                irt="<CAHx2tq9W7p=Lm0rK@mail.inbox.example.net>", extra=ooo_hdrs("kmoss@" + LH))


@reg("ooo-subject-echo-sacral-wound", "phi",
     "borderline: out-of-office reply with no quoted text; the echoed subject names the patient and his worsening stage 3 sacral pressure injury")
def _():
    body = """I am out of the office with limited access to email until April 6.

For urgent wound care consults please page the wound/ostomy nurse on call
through the operator at (614) 555-0100. For non-urgent questions, e-mail
woundcare@larkspurhealth.example.org.

Marguerite Obi, BSN, CWOCN
"""
    return mail(A("Obi, Marguerite", "mobi@" + LH), A("Summit Ridge Home Health - Field RN", "fieldrn7@summitridgehh.example.com"),
                "Automatic reply: Wound photos for Mr. Albert Finch - sacral pressure injury stage 3, larger since Monday",
                D(2026, 4, 1, 13, 47, 10), T(body), irt="<8F2A71C0.4401@summitridgehh.example.com>",
                extra=ooo_hdrs("mobi@" + LH))


@reg("ooo-infusion-nurse-quotes-fever", "phi",
     "oncology nurse's auto-reply quoting a patient's message about fever on day 9 after FOLFOX")
def _():
    orig = """Renee - I hope this is the right place. My temp was 100.6 last night and
99.9 this morning. I'm on day 9 after my third FOLFOX (Tues). Chills but no
cough. Do I need to come in or can I wait until my appt with Dr. Feld on
Thursday? I took tylenol at 6.
Walter Sims
"""
    reply = """I'm away from the infusion center today and will respond when I return.

If you are a patient with a temperature of 100.4 F or higher, shaking chills,
or trouble breathing, DO NOT WAIT FOR A REPLY: call the 24-hour oncology
triage line at (614) 555-0177 or go to the nearest emergency department.

Renee Duval, RN, OCN
Nurse Navigator, Larkspur Cancer Center

On Mon, Apr 13, 2026 at 7:12 AM Walter Sims <wsims.home@mail.example.net> wrote:
""" + quote(orig)
    return mail(A("Renee Duval", "rduval@" + LH), A("Walter Sims", "wsims.home@mail.example.net"),
                "Automatic reply: fever question", D(2026, 4, 13, 7, 12, 44), T(reply),
                irt="<CAP3vG8v0kq1@mail.example.net>", extra=ooo_hdrs("rduval@" + LH))


@reg("avtootvet-kardiologiya-doch", "phi",
     "Russian auto-reply quoting a daughter's message about her named mother's stent and clopidogrel", lang="ru")
def _():
    orig = """Здравствуйте, Ирина!

Пишу по поводу мамы, Валентины Петровны Гордеевой (дата рождения
14.02.1948). Ей 3 марта поставили стент в вашей кардиологии. Врач сказал
пить Плавикс (клопидогрел) 75 мг каждый день и аспирин. Но в аптеке выдали
только аспирин, говорят, нужна новая страховая авторизация. Она уже два
дня без Плавикса. Это опасно? Кому звонить?

Спасибо,
Ольга
"""
    reply = """Здравствуйте!

Я в отпуске до 23 марта и не проверяю почту. Ваше письмо не пересылается.

По срочным вопросам звоните в кардиологию: (614) 555-0129.
Если нужен переводчик, скажите "Russian" - соединят.

С уважением,
Ирина Ковалёва
Координатор для пациентов, Larkspur Heart & Vascular

-----Исходное сообщение-----
От: Ольга Гордеева <olga.gordeeva@post.example.net>
Отправлено: 17 марта 2026 г. 20:41
Кому: Ковалёва Ирина <ikovaleva@larkspurhealth.example.org>
Тема: мама - Плавикс

""" + orig
    return mail(A("Ковалёва Ирина", "ikovaleva@" + LH, cs="windows-1251"), A("Ольга Гордеева", "olga.gordeeva@post.example.net", cs="windows-1251"),
                "Автоответ: мама - Плавикс", D(2026, 3, 17, 20, 41, 30),
                T(reply, cs="windows-1251", cte="quoted-printable"), cs="windows-1251",
                extra=ooo_hdrs("ikovaleva@" + LH))


@reg("ooo-therapist-quotes-panic-session", "restricted",
     "therapist's auto-reply quoting a client's message about worse panic attacks, sertraline and moving her therapy session", cat="mh")
def _():
    orig = """Hi Dana,

I need to move Thursday's session if there's anything earlier, the panic
attacks have been a lot worse since Dr. Ruiz went up on the sertraline to
100. I had two at work this week and had to leave. I've been doing the
breathing thing from our last session but it's not really helping yet.

Also can you send the letter for my job about the accommodations?

Thank you,
Maya Castellanos
"""
    reply = """Thank you for your message. I am out of the office March 16-20 and will
respond when I return. I do not check e-mail while away.

If you need to reschedule, please call our front desk at (614) 555-0193.
If you are in crisis, call or text 988, or go to your nearest emergency room.

Dana Keller, LCSW
Pinewood Counseling Associates

"""
    body = reply + "From: Maya Castellanos <mayac.88@mail.example.com>\nDate: Monday, March 16, 2026 at 8:03 AM\n" \
        "To: Dana Keller <dkeller@pinewoodcounseling.example.com>\nSubject: thursday\n\n" + orig
    return mail(A("Dana Keller", "dkeller@pinewoodcounseling.example.com"), A("Maya Castellanos", "mayac.88@mail.example.com"),
                "Out of Office: thursday", D(2026, 3, 16, 8, 3, 20), T(body),
                extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])


@reg("ooo-pharmacy-liaison-quotes-prep", "restricted",
     "pharmacy liaison's auto-reply quoting a named patient's PrEP refill request with his DOB", cat="hiv")
def _():
    orig = """hey Cole, it's Jordan Whitfield (dob 11/30/1996). my PrEP ran out
Saturday and the refill is stuck, pharmacy says it needs my labs. I did the
HIV test and kidney labs at the Crescent clinic on the 2nd, can you push
them to send it? I don't want to be off Descovy for long.
"""
    reply = """Hi! I'm out of the office until Wednesday, May 13.

For refill problems please call Larkspur Specialty Pharmacy at (614) 555-0166
(option 2). For clinic questions call the Crescent Clinic at (614) 555-0168.

Cole Brenner, CPhT
Pharmacy Liaison, Crescent Clinic

> hey Cole, it's Jordan Whitfield (dob 11/30/1996). my PrEP ran out
> Saturday and the refill is stuck, pharmacy says it needs my labs. I did the
> HIV test and kidney labs at the Crescent clinic on the 2nd, can you push
> them to send it? I don't want to be off Descovy for long.
"""
    return mail(A("Cole Brenner", "cbrenner@" + LH), A("Jordan W", "jwhitfield.96@inbox.example.net"),
                "Automatic reply: prep refill", D(2026, 5, 11, 9, 26, 2),
                Multi("alternative", [T(reply), H(ooo_html(reply))], style=0),
                extra=ooo_hdrs("cbrenner@" + LH))


@reg("ooo-infusion-nurse-triage-numbers", "none",
     "oncology nurse navigator's out-of-office with fever and triage instructions for patients in general; nobody named")
def _():
    body = """Thank you for your message. I'm out of the office Thursday, April 16 and
Friday, April 17 and will return Monday, April 20.

Patients: if you have a temperature of 100.4 F or higher, chills, new
bleeding, vomiting that won't stop, or you can't keep fluids down, call the
24-hour oncology triage line at (614) 555-0177. Do not wait for an e-mail.

Chemo scheduling: (614) 555-0178
Infusion center front desk: (614) 555-0179
Financial counselor (Tamika): (614) 555-0180

Renee Duval, RN, OCN
Nurse Navigator, Larkspur Cancer Center
"""
    return mail(A("Renee Duval", "rduval@" + LH), A("Jasper Holt", "jholt@pharmareps.example.com"),
                "Automatic reply: Lunch-and-learn for infusion staff?", D(2026, 4, 16, 11, 5, 0),
                Multi("alternative", [T(body), H(ooo_html(body))], style=0), extra=ooo_hdrs("rduval@" + LH))


@reg("ooo-psychiatrist-988-notice", "none",
     "psychiatrist's auto-reply with crisis-line and on-call instructions, sent to a conference organiser; no patient")
def _():
    body = """I am away from the office until Monday, October 5, with no access to e-mail.

If you are a patient experiencing a mental health emergency, call or text
988 (Suicide & Crisis Lifeline) or go to the nearest emergency department.
For prescription refills and appointment changes call Larkspur Behavioral
Health at (614) 555-0190. The on-call psychiatrist can be reached after
hours through the operator at (614) 555-0100.

E-mail is not a secure way to discuss your care.

Samuel Whitcombe, MD
Adult Psychiatry, Larkspur Behavioral Health
"""
    return mail(A("Whitcombe, Samuel", "swhitcombe@" + LH), A("Regional Psychiatric Society", "meetings@regpsych.example.org"),
                "Automatic reply: Call for posters - Fall meeting", D(2026, 9, 28, 14, 0, 7), T(body),
                extra=ooo_hdrs("swhitcombe@" + LH))


@reg("ooo-quotes-supply-backorder-question", "none",
     "auto-reply quoting a supplier's question about a backordered glucose-strip order and PO number; no patient")
def _():
    orig = """Hi Paulette,

PO 4500219877 (Accu-style glucose test strips, 50 ct, qty 120 boxes, and
30G pen needles, qty 40) - the strips are on backorder until 5/18. Do you
want us to ship the pen needles now and the strips later, or hold the whole
order? Also, our records still show the ship-to as Suite 110; please confirm.

Thanks,
Evan Kirby
Customer Service, Midstate Medical Supply
(614) 555-0135
"""
    body = ("I am out of the office until Tuesday, May 5. For purchasing questions please contact\n"
            "Derek Amos at damos@larkspurhealth.example.org or (614) 555-0112.\n\nPaulette Greer\nMaterials Management\n\n"
            + outlook_hdr("Evan Kirby <ekirby@midstatemed.example.com>", "Thursday, April 30, 2026 3:18 PM",
                          "Greer, Paulette <pgreer@larkspurhealth.example.org>", "PO 4500219877 backorder") + orig)
    return mail(A("Greer, Paulette", "pgreer@" + LH), A("Evan Kirby", "ekirby@midstatemed.example.com"),
                "Automatic reply: PO 4500219877 backorder", D(2026, 4, 30, 15, 18, 40), T(body),
                extra=ooo_hdrs("pgreer@" + LH))


@reg("servicedesk-auto-ack-login", "none",
     "service desk auto-acknowledgement of a ticket about EHR login from a clinic workstation; no patient")
def _():
    body = """Hello Brandon,

Thank you for contacting the Larkspur IT Service Desk. Your request has been
logged and assigned to the Clinical Applications queue.

  Ticket:      INC0048213
  Summary:     Cannot log in to Tessera on workstation ONC-INF-07 ("badge not recognized")
  Priority:    3 - Moderate
  Opened:      03/09/2026 07:48

You can reply to this e-mail to add information. Please do not send patient
information in e-mail; reference the encounter number inside the EHR instead.

For urgent issues affecting patient care, call (614) 555-0111.

Larkspur IT Service Desk
[ref:_00D5f2Kq._5004x1Zt9q:ref]
"""
    return mail(A("Larkspur IT Service Desk", "servicedesk@" + LH), A("Brandon Ayers", "bayers@" + LH),
                "[INC0048213] Cannot log in to Tessera on workstation ONC-INF-07", D(2026, 3, 9, 7, 48, 31), T(body),
                extra=[("Auto-Submitted", "auto-generated"), ("X-ServiceDesk-Ticket", "INC0048213")])


@reg("busjae-jungdongsi-tongyeok", "none",
     "Korean out-of-office from an interpreter-services coordinator pointing to the phone interpreter line; no patient", lang="ko")
def _():
    body = """안녕하세요.

저는 5월 1일(금)부터 5월 8일(금)까지 휴가 중이며, 이메일 확인이 어렵습니다.
5월 11일(월)에 복귀하여 순서대로 답장 드리겠습니다.

통역 서비스 예약은 통역 서비스 센터 (614) 555-0125 로 연락해 주십시오.
급한 진료 통역은 병원 대표번호 (614) 555-0100 으로 전화하신 후
"Korean interpreter" 라고 말씀하시면 전화 통역사가 바로 연결됩니다.

감사합니다.

한수진 드림
통역 서비스 코디네이터 | Larkspur Health Language Services
"""
    return mail(A("한수진", "sjhan@" + LH, cs="euc-kr"), A("Language Services Vendor", "scheduling@lingualine.example.net"),
                "자동 회신: 5월 통역사 배정표", D(2026, 5, 1, 9, 2, 18),
                T(body, cs="euc-kr", cte="base64"), cs="euc-kr", extra=ooo_hdrs("sjhan@" + LH))


@reg("ooo-recovery-counselor-to-copier-vendor", "none",
     "a methadone clinic counselor's out-of-office sent to the copier vendor; the display name is sensitive but no patient is concerned")
def _():
    body = """I am out of the office until Monday, July 13.

For copier or supply issues at the clinic please contact our office manager,
Reggie Thornton, at (614) 555-0122.

Lena Haskins, LADC
Counselor, Harbor Light Recovery Center

""" + DISC_PART2
    return mail(A("Harbor Light Recovery Center - Lena Haskins, Counselor", "lhaskins@harborlight.example.org"),
                A("BrightLine Office Systems Service", "service@brightline-office.example.com"),
                "Automatic reply: Service call 77120 - toner and meter reading", D(2026, 7, 7, 10, 30, 0), T(body),
                extra=[("Auto-Submitted", "auto-replied")])


@reg("roi-mailbox-autoreply-law-office", "none",
     "release-of-information mailbox auto-reply to a law office explaining how to request records; no patient named")
def _():
    body = """This is an automated reply from the Larkspur Health Release of Information
(ROI) office. We have received your e-mail.

Please note:
 - Requests for medical records must include a signed HIPAA-compliant
   authorization. Requests for psychotherapy notes, substance use disorder
   treatment records (42 CFR Part 2), HIV test results or genetic test
   results require the specific consent language described on our website.
 - Do not send Social Security numbers or medical information by e-mail.
   Use our secure upload portal or fax (614) 555-0146.
 - Standard processing time is 10-15 business days.

Larkspur Health HIM / Release of Information
(614) 555-0145
"""
    return mail(A("Larkspur ROI", "roi@" + LH), A("Chandler & Voss LLP - Records", "records@chandlervoss.example.com"),
                "RE: Records request - our file 2026-0331", D(2026, 4, 8, 11, 2, 9), T(body),
                extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])


@reg("ooo-genetic-counselor-conference", "none",
     "genetic counselor's out-of-office mentioning BRCA and Lynch results questions in general; sent to a vendor")
def _():
    body = """Hello,

I'm attending the annual genetic counseling conference October 14-17 and
will have limited e-mail.

Patients with questions about hereditary cancer test results (BRCA1/2,
Lynch syndrome panels) or scheduling a results visit: please call the Cancer
Genetics Program at (614) 555-0174 and a colleague will help you.

Lab and billing questions: Strandline client services, (614) 555-0175.

Priscilla Hwang, MS, CGC
Cancer Genetics Program, Larkspur Cancer Center
"""
    return mail(A("Priscilla Hwang", "phwang@" + LH), A("Strandline Genomics Client Services", "clientservices@strandline.example.com"),
                "Automatic reply: Updated requisition forms (v7)", D(2026, 10, 14, 8, 15, 0),
                Multi("alternative", [T(body), H(ooo_html(body))], style=0), extra=ooo_hdrs("phwang@" + LH))


# ============================================= forwards, replies, quotes ==
@reg("gmail-fwd-knee-replacement-denial", "phi",
     "daughter forwards her father's plan denial of a total knee replacement, with member ID, to her brother")
def _():
    denial = """Dear Gerald Lindqvist,

Member ID: BWX448120337
Request: Total knee arthroplasty, right (CPT 27447)
Requesting provider: Larkspur Orthopedics - Dr. Celeste Amari
Reference: UM-2026-0419-7714

We reviewed the request for the service above. It is DENIED as not
medically necessary. The records we received do not show at least 12 weeks
of conservative treatment (physical therapy, injections) in the last 12
months, as required by our clinical policy OR-22.

You or your provider may appeal within 180 days. Your provider may also ask
for a peer-to-peer review by calling (614) 555-0157.

Bellwether Health Plan Utilization Management
"""
    top = """Erik - see below. Can you call them tomorrow? I'm on shift all day. Dad did
PT twice at Rehab Plus last fall and had the cortisone shot in December, I
don't know why Dr. Amari's office didn't send that. He's really down about
it, he can barely do the stairs.

Kirsten

"""
    body = top + gmail_fwd("Bellwether Health Plan <no-reply@bellwetherhp.example.com>", "Mon, Apr 20, 2026 at 4:02 PM",
                           "Your prior authorization decision", "<gerald.lindqvist@mail.example.net>", denial)
    return mail(A("Kirsten Lindqvist", "kirsten.lindqvist@mail.example.com"), A("Erik Lindqvist", "eriklind@inbox.example.net"),
                "Fwd: Your prior authorization decision", D(2026, 4, 20, 21, 14, 5),
                Multi("alternative", [T(body), H("<div dir=\"ltr\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>\n")], style=1))


@reg("apple-fwd-eob-er-visit", "phi",
     "spouse forwards an explanation of benefits with claim number and the emergency visit and imaging charges")
def _():
    eob = """Northbrook Mutual - Explanation of Benefits (THIS IS NOT A BILL)

Patient: Daniel R. Osei        Member ID: NMX-0038-22914-01
Claim #: 2026-0115-448210      Provider: Larkspur Regional Medical Center - Emergency Dept
Date of service: 01/11/2026

Service                             Billed     Allowed   Plan paid   You owe
ED visit, high complexity (99285)  2,140.00    1,105.00    693.00      412.00
CT abdomen/pelvis w/ contrast      1,880.00      612.00    612.00        0.00
Lab panel                            318.00       74.20     74.20        0.00

Your deductible met to date: $1,500.00 of $2,000.00
"""
    body = "Is this the kidney stone thing from January? Says we owe 412. Don't pay it until I call, I think they billed it wrong\n\nSent from my iPhone\n\n" + \
        apple_fwd("Northbrook Mutual <eob@northbrookmutual.example.com>", "Your Explanation of Benefits is ready",
                  "March 2, 2026 at 6:00:14 AM EST", "Daniel Osei <dan.osei@mail.example.com>", eob)
    return mail(A("Daniel Osei", "dan.osei@mail.example.com"), A("Abena Osei", "abena.osei@mail.example.com"),
                "Fwd: Your Explanation of Benefits is ready", D(2026, 3, 2, 7, 41, 0), T(body),
                extra=[("X-Mailer", "iPhone Mail (23D101)")])


@reg("outlook-fwd-colonoscopy-billing-complaint", "phi",
     "patient relations forwards a named patient's complaint that her screening colonoscopy was billed as diagnostic")
def _():
    comp = """To whom it may concern,

I had my colonoscopy on February 9 with Dr. Feld. It was a routine SCREENING,
I'm 52 and have never had one. Now I got a bill for $1,286 because they
found a polyp and coded it as diagnostic. My insurance (Bellwether, member
BWX310992045) says screening is covered at 100%. Account number on the bill
is 7700418823. I want this corrected before it goes to collections.

Patricia Nowak
(614) 555-0183
"""
    body = """Hi Lydia,

Can your team review and call Ms. Nowak back? I told her 5 business days.
Logged as PR-2026-0288.

Helen

Helen Marsh | Patient Relations | Larkspur Health | (614) 555-0104

""" + outlook_hdr("Patricia Nowak <pnowak@inbox.example.net>", "Tuesday, March 17, 2026 9:12 AM",
                  "Patient Relations <patientrelations@larkspurhealth.example.org>", "Billed wrong for colonoscopy") + comp
    return mail(A("Marsh, Helen", "hmarsh@" + LH), A("Pruitt, Lydia", "lpruitt@" + LH),
                "FW: Billed wrong for colonoscopy", D(2026, 3, 17, 10, 5, 22),
                Multi("alternative", [T(body), H("<html><body><pre style=\"font-family:Calibri\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>\n")], style=0),
                extra=[("Thread-Topic", "Billed wrong for colonoscopy"), ("X-MS-Has-Attach", "")])


@reg("deep-quote-wound-vac-three-levels", "phi",
     "scheduling reply chain; only the third-level quote names the patient and his wound VAC settings and dressing changes")
def _():
    body = """Thursday at 1 works, I'll tell the family.

On Tue, May 12, 2026 at 3:40 PM Tom Reyes <treyes@summitridgehh.example.com> wrote:
> Can we push it to Thursday? I have two admits tomorrow.
>
> On Tue, May 12, 2026 at 2:58 PM Beth Lusk <blusk@larkspurhealth.example.org> wrote:
>> Tom, can you do the visit tomorrow instead of Friday?
>>
>> On Mon, May 11, 2026 at 5:16 PM Tom Reyes <treyes@summitridgehh.example.com> wrote:
>>> Beth - update on Mr. Okonkwo (Emmanuel, 71, L BKA 4/22). Wound VAC at
>>> 125 mmHg continuous, black foam, changes M/W/F. Wound 6.1 x 2.4 x 1.0 cm,
>>> was 7.0 x 2.8 last week, good granulation, small amount serosang drainage.
>>> Blood sugars 180s-210s, he admits he's not taking the evening Lantus.
>>> Dr. Sandoval wants him seen in vascular clinic in 2 weeks.
>>>
>>> Tom Reyes, RN, Summit Ridge Home Health
"""
    return mail(A("Beth Lusk", "blusk@" + LH), A("Tom Reyes", "treyes@summitridgehh.example.com"),
                "Re: visit change", D(2026, 5, 12, 16, 2, 9), T(body), irt="<CAF9p2mQ=tr0512@summitridgehh.example.com>")


@reg("top-post-thanks-quoted-a1c", "phi",
     "patient's two-word top-posted reply; the quoted clinic message gives his A1c and a new medicine")
def _():
    body = """Thanks!! will do

Sent from my iPhone

> On Feb 23, 2026, at 11:02 AM, Larkspur Family Medicine <noreply-millbrook@larkspurhealth.example.org> wrote:
>
> Hi Marcus, Dr. Kaur reviewed your labs. Your A1c is 8.4 (it was 7.6 in
> October). She would like to add Jardiance 10 mg once daily with your
> metformin. The prescription went to Corner Drug. Please recheck your A1c
> in 3 months and schedule a visit in 4-6 weeks. Drink plenty of water on
> this medicine.
"""
    return mail(A("Marcus Tillery", "mtillery@mail.example.net"), A("Larkspur Family Medicine", "noreply-millbrook@" + LH),
                "Re: Your lab results", D(2026, 2, 23, 12, 47, 3), T(body),
                extra=[("X-Mailer", "iPhone Mail (23C71)")])


@reg("outlook-reply-chain-rotator-cuff-pt", "phi",
     "Outlook reply chain about a clinic fax number; the lower message is a PT referral for a named patient's rotator cuff tear")
def _():
    body = """Fax is 614-555-0139. Thx

""" + outlook_hdr("Shaw, Colleen <cshaw@larkspurhealth.example.org>", "Wednesday, June 3, 2026 2:14 PM",
                  "Intake <intake@rehabplus.example.com>", "RE: referral") + """What's your fax? Our e-fax keeps failing to the number on your website.

""" + outlook_hdr("Intake <intake@rehabplus.example.com>", "Wednesday, June 3, 2026 1:50 PM",
                  "Shaw, Colleen <cshaw@larkspurhealth.example.org>", "RE: referral") + """We didn't get it, can you resend?

""" + outlook_hdr("Shaw, Colleen <cshaw@larkspurhealth.example.org>", "Tuesday, June 2, 2026 4:31 PM",
                  "Intake <intake@rehabplus.example.com>", "referral") + """Referral for PT: Ramon Estrada, DOB 1/19/1964, Bellwether member
BWX502266118. Full-thickness supraspinatus tear R shoulder on MRI 5/28,
pt prefers to try PT first. Eval and treat 2x/wk x 6 wks. Dr. Amari.

Colleen Shaw, MA | Larkspur Orthopedics
"""
    return mail(A("Intake", "intake@rehabplus.example.com"), A("Shaw, Colleen", "cshaw@" + LH),
                "RE: referral", D(2026, 6, 3, 14, 20, 41), T(body))


@reg("fwd-as-attachment-claim-denial", "phi",
     "a billing specialist forwards, as an attached message, a payer's denial of a named member's sleep study claim")
def _():
    inner = mail(A("Keystone Claims", "claims-noreply@keystonehp.example.com"), "billing.sleep@" + LH,
                 "Claim denied: 2026-0211-903344", D(2026, 2, 20, 3, 0, 0),
                 T("""Claim number: 2026-0211-903344
Member: PELLETIER, ARMAND   Member ID: KVH77120933   DOB: 08/02/1958
Provider: Larkspur Sleep Center   DOS: 02/04/2026
Service: Polysomnography, attended, in-lab (95810)
Status: DENIED - CO-197 precertification/authorization absent.
A home sleep apnea test (95806) is required before in-lab testing unless
the member has documented CHF, COPD or neuromuscular disease.
"""))
    return mail(A("Yvette Brandt", "ybrandt@" + LH), A("Sleep Center Billing", "billing.sleep@" + LH),
                "FW: Claim denied: 2026-0211-903344", D(2026, 2, 20, 9, 14, 7),
                Multi("mixed", [T("Can someone check whether we had an auth on file for this one? I think Dr. Beck documented his COPD.\n\nYvette\n"),
                                M822(inner, "attachment", "Claim denied 2026-0211-903344.eml")], style=0))


@reg("sent-in-error-apology-ct-chest", "phi",
     "apology for a misdirected message that itself names the patient and says it concerned his CT chest results")
def _():
    body = """All,

Please delete, without opening, my e-mail sent at 10:14 this morning with
the subject "CT follow up". It contained Julian Whitaker's CT chest results
and the lung nodule follow-up plan and was meant only for Dr. Petrosyan's
office; it went to the Oncology Admin distribution list by mistake.

I have reported this to Privacy (incident 2026-0412). Sorry for the trouble.

Dominique Ferris
Thoracic Oncology Clinic
"""
    return mail(A("Ferris, Dominique", "dferris@" + LH), A("Oncology Admin", "onc-admin@" + LH),
                "Please delete - sent in error", D(2026, 4, 12, 10, 31, 0), T(body))


@reg("nested-fwd-school-inhaler", "phi",
     "nested forwards from a school nurse to a mother to a father about their named son's asthma action plan and albuterol")
def _():
    nurse = """Good afternoon Mrs. Baptiste,

Liam used his albuterol inhaler three times this week at school (Monday PE,
Wednesday recess, today after lunch). His asthma action plan on file is
from last year and says green zone no daily medicine. Could you ask
Dr. Nwosu if he should be on a controller and send an updated action plan
and medication authorization form? The inhaler in my office expires 6/30.

Thank you,
Pam Gorski, RN
School Nurse, Maple Hill Elementary
(614) 555-0138
"""
    mom = """Can you take this one? You have his appt Tues. I already called Dr. Nwosu's office, they need the form dropped off.

"""
    body = """ok got it, I'll bring the form tuesday

On Thu, Apr 23, 2026 at 6:55 PM Nadine Baptiste <nadine.baptiste@mail.example.com> wrote:

""" + quote(mom + gmail_fwd("Pam Gorski <pgorski@maplehill.k12.example.org>", "Thu, Apr 23, 2026 at 2:37 PM",
                                "Liam - inhaler use this week", "Nadine Baptiste <nadine.baptiste@mail.example.com>", nurse))
    return mail(A("Jean-Marc Baptiste", "jm.baptiste@inbox.example.net"), A("Nadine Baptiste", "nadine.baptiste@mail.example.com"),
                "Re: Fwd: Liam - inhaler use this week", D(2026, 4, 23, 20, 3, 12), T(body))


@reg("resposta-fisioterapia-quadril", "phi",
     "wife's Portuguese top-posted reply about her named husband's physical therapy after hip replacement, over the clinic's quoted message", lang="pt")
def _():
    body = """Bom dia, Sra. Lopes,

Obrigada pela mensagem. O Antônio está indo bem, já anda com o andador pela
casa toda, mas a dor à noite ainda está forte, ele toma o oxycodone só para
dormir. Quinta-feira às 10h está ótimo para a fisioterapia, mas não temos
carro nessa semana. Vocês têm transporte? Se não tiver, meu filho leva.

Outra coisa: o curativo pode molhar no banho agora?

Um abraço,
Maria das Graças Ferreira

Em ter., 14 de jul. de 2026 às 16:20, Larkspur Orthopedics <ortho.nurse@larkspurhealth.example.org> escreveu:
> Hello Mr. and Mrs. Ferreira,
>
> This is Joyce Lopes, RN, from Dr. Amari's office. Antonio is now two
> weeks out from his left total hip replacement. Outpatient physical therapy
> starts Thursday July 16 at 10:00 at Rehab Plus. Please bring the walker
> and his hip precautions sheet. Staples come out at his visit on 7/21.
>
> Joyce Lopes, RN | Larkspur Orthopedics | (614) 555-0134
"""
    return mail(A("Maria das Graças Ferreira", "mgferreira@correio.example.com", cs="iso-8859-1", mode="Q"),
                A("Larkspur Orthopedics", "ortho.nurse@" + LH), "Re: Physical therapy after surgery", D(2026, 7, 15, 8, 40, 12),
                T(body, cs="iso-8859-1", cte="8bit"), cs="iso-8859-1", mode="Q")


@reg("chuyen-tiep-lich-loc-mau-bo", "phi",
     "son's Vietnamese forward to his siblings of a dialysis centre's schedule change for their named father", lang="vi")
def _():
    center = """Dear Mr. Nguyen Van Thanh,

Starting Monday, August 3, your hemodialysis chair time changes from 2nd
shift (11:00 AM) to 1st shift (6:15 AM), Monday/Wednesday/Friday, chair 9.
Dr. Iqbal has also changed your Sensipar to 60 mg daily after last week's
labs (PTH 812, phosphorus 6.4). Please keep taking your binder with meals.

Larkspur Dialysis - East, (614) 555-0151
"""
    top = """Anh chị em ơi,

Trung tâm lọc máu gửi thư này cho Bố. Từ thứ Hai 3/8 Bố phải đi lọc máu ca
sáng sớm 6 giờ 15, thứ Hai - Tư - Sáu. Bác sĩ còn tăng thuốc Sensipar lên
60 mg vì xét nghiệm tuần trước phốt pho với PTH cao.

Em đi làm 7 giờ nên chỉ chở Bố được thứ Hai với thứ Tư. Chị Lan chở thứ Sáu
được không? Nhớ nhắc Bố uống thuốc gắn phốt phát trong bữa ăn nha.

Minh

"""
    body = top + gmail_fwd("Larkspur Dialysis East <dialysis.east@larkspurhealth.example.org>", "Tue, Jul 28, 2026 at 10:05 AM",
                           "Schedule change", "<nguyenvanthanh.1950@mail.example.net>", center)
    return mail(A("Minh Nguyễn", "minh.nguyen.dev@mail.example.com"),
                [A("Lan Nguyễn", "lannguyen.rn@inbox.example.net"), A("Hùng Nguyễn", "hung.nguyen77@mail.example.com")],
                "Fwd: Schedule change - lịch lọc máu mới của Bố", D(2026, 7, 28, 21, 16, 0), T(body, cte="base64"))


@reg("adjuster-fwd-lumbar-strain-visits", "phi",
     "workers' comp adjuster forwards a named employee's lumbar strain claim and authorised therapy visits to a nurse case manager")
def _():
    body = """Janelle - please pick up NCM on this one.

Thanks,
Curtis Voigt | Claims Adjuster | Tri-State Comp Mutual | (614) 555-0149

""" + outlook_hdr("Voigt, Curtis", "Friday, September 11, 2026 11:02 AM", "Larkspur Occupational Health",
                  "Claim WC-26-118402 / Tamara Quist", line=False) + """Per our call: claim WC-26-118402, employee Tamara Quist (DOB 05/09/1985),
Kessler Distribution, DOI 08/28/2026, lifting injury. Dx lumbar strain,
no radicular signs, MRI not indicated at this time. Authorized: PT 2x/week
x 4 weeks, naproxen, cyclobenzaprine qhs. Modified duty, no lifting > 15 lb,
re-eval 9/25 with Dr. Haddad.
"""
    return mail(A("Voigt, Curtis", "cvoigt@tristatecomp.example.com"), A("Janelle Ortiz, RN", "jortiz@tristatecomp.example.com"),
                "FW: Claim WC-26-118402 / Tamara Quist", D(2026, 9, 11, 11, 20, 0), T(body))


@reg("fwd-cpap-order-dme", "phi",
     "sleep center forwards a named patient's CPAP order with AHI and pressure settings to a DME supplier")
def _():
    body = """Hi Midstate team, order below for set-up this week please. Docs attached to the
original in the DME portal.

Rachel

---------- Forwarded message ---------
From: Dr. Anton Beck <abeck@larkspurhealth.example.org>
Date: Mon, Jun 15, 2026 at 8:12 AM
Subject: CPAP order - Gloria Ainsworth
To: Sleep Center Orders <sleeporders@larkspurhealth.example.org>


Gloria Ainsworth, DOB 10/10/1962, MRN 20844019
PSG 6/9: AHI 34.2, nadir SpO2 81% -> severe OSA
Order: auto-CPAP 6-14 cm H2O, heated humidifier, full face mask medium,
replace supplies per schedule. Compliance download at 31 and 90 days.
Dx G47.33.

A. Beck, MD
"""
    return mail(A("Rachel Imbert", "rimbert@" + LH), A("Midstate Medical Supply - Intake", "dmeintake@midstatemed.example.com"),
                "Fwd: CPAP order - Gloria Ainsworth", D(2026, 6, 15, 9, 4, 40), T(body))


@reg("gmail-fwd-daughter-ed-program", "restricted",
     "mother forwards the eating-disorder program's message about her named daughter's step-up to partial hospitalization", cat="mh")
def _():
    prog = """Dear Laura and Stefan,

Thank you for meeting with us today about Sophie. As we discussed, the team
recommends that Sophie step up from our intensive outpatient program to the
partial hospitalization program (PHP), 5 days a week, starting Monday. Her
weight today was 41.8 kg, down 1.6 kg in two weeks, and her heart rate was
46 lying down, which is why Dr. Ahn also wants an ECG and labs tomorrow.

Family-based treatment sessions continue Thursdays at 4. Please keep
supervising all meals and snacks and call us if she refuses a meal.

Warmly,
Renata Solis, PsyD
Clinical Director, Larkspur Eating Disorders Program
"""
    body = """Read this before we talk tonight. I called school, she'll be out at least 4 weeks.

""" + gmail_fwd("Renata Solis <rsolis@larkspurhealth.example.org>", "Wed, Jan 14, 2026 at 5:48 PM",
                 "Sophie - next steps", "Laura Brandt <laura.brandt@mail.example.net>",
                 prog, cc="Stefan Brandt <stefan.brandt@work.example.com>")
    return mail(A("Laura Brandt", "laura.brandt@mail.example.net"), A("Stefan Brandt", "stefan.brandt@inbox.example.net"),
                "Fwd: Sophie - next steps", D(2026, 1, 14, 18, 30, 55), T(body))


@reg("outlook-fwd-art-prior-auth-approval", "restricted",
     "Outlook forward of a payer's prior-authorisation approval for a named member's antiretroviral regimen", cat="hiv")
def _():
    body = """Approved - go ahead and fill. Copay card is on file.

Gwen

-----Original Message-----
From: Bellwether Pharmacy PA <rxpa@bellwetherhp.example.com>
Sent: Tuesday, February 10, 2026 1:44 PM
To: Crescent Clinic PA <crescent.pa@larkspurhealth.example.org>
Subject: PA APPROVED - Ref RX-26-044918

Member: Andre Poirier   ID: BWX117045882   DOB: 03/03/1988
Drug: bictegravir/emtricitabine/tenofovir alafenamide 50/200/25 mg tab, #30
Diagnosis: HIV-1 infection (B20)
Decision: APPROVED 02/10/2026 - 02/09/2027
"""
    return mail(A("Gwen Takahashi", "gtakahashi@" + LH), A("Larkspur Specialty Pharmacy", "specialtyrx@" + LH),
                "FW: PA APPROVED - Ref RX-26-044918", D(2026, 2, 10, 13, 58, 2), T(body))


@reg("apple-fwd-brca2-letter-sister", "restricted",
     "patient forwards her BRCA2 pathogenic-variant result letter to her sister and urges her to be tested", cat="gen")
def _():
    letter = """Dear Ms. Harwood,

Your hereditary cancer panel (Strandline Genomics, collected 04/30/2026)
found a pathogenic variant in the BRCA2 gene, c.5946delT (p.Ser1982fs).
This increases your lifetime risk of breast and ovarian cancer. We
recommend a visit to discuss breast MRI screening, risk-reducing options,
and testing for your relatives. Your first-degree relatives (parents,
siblings, children) each have a 50% chance of carrying the same variant.

Priscilla Hwang, MS, CGC
Cancer Genetics Program, Larkspur Cancer Center
"""
    body = """Jo, I know this is a lot. Please read it. You and mom should both get tested, the
counselor said they can do just the one spot for you, it's cheaper. I'm
okay. Call me after 8.

xx Beth

""" + apple_fwd("Larkspur Cancer Genetics <cancergenetics@larkspurhealth.example.org>", "Your genetic test results",
                 "May 19, 2026 at 3:31:48 PM EDT", "Elizabeth Harwood <ebharwood@mail.example.com>", letter)
    return mail(A("Elizabeth Harwood", "ebharwood@mail.example.com"), A("Joanna Pryce", "jo.pryce@inbox.example.net"),
                "Fwd: Your genetic test results", D(2026, 5, 19, 19, 2, 33),
                T(body, flowed=True), extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])


@reg("peresylka-brat-detoks", "restricted",
     "Russian forward (KOI8-R) of a named brother's message that he entered opioid detox and will go on to residential rehab", cat="sud", lang="ru")
def _():
    bro = """Мама, привет.

Я лёг в детокс в Harbor Light, это на Ривер-стрит. Тут 5-7 дней, дают
бупренорфин, чтобы не ломало. Потом врач хочет перевести меня в
реабилитацию на 28 дней, в их центр за городом. Телефон отобрали,
пишу с компьютера у соцработника, её зовут Кира.

Не говори пока папе. Я правда хочу бросить.

Дима
"""
    top = """Наташа, пересылаю письмо от Димы. Он сам лёг, слава Богу.
Соцработник сказала, что нужна подпись Димы на согласие, чтобы они могли
с нами говорить. Позвони мне вечером.

Мама

-------- Пересылаемое сообщение --------
От: Дмитрий Лаптев <dlaptev@mail.example.net>
Дата: 22 сентября 2026, 14:07
Тема: я в детоксе

"""
    return mail(A("Галина Лаптева", "g.lapteva@post.example.net", cs="koi8-r"), A("Наталья Лаптева", "n.lapteva@mail.example.com", cs="koi8-r"),
                "Fwd: я в детоксе", D(2026, 9, 22, 19, 48, 1), T(top + bro, cs="koi8-r", cte="8bit"), cs="koi8-r")


@reg("fwd-ivf-invoice-to-benefits", "restricted",
     "employee forwards her fertility clinic's IVF cycle invoice, in her name, to HR benefits for reimbursement", cat="repro")
def _():
    inv = """CEDAR FERTILITY CENTER - STATEMENT
Patient: Hannah Liebowitz     Account: CFC-102288
Date       Service                                         Amount
05/04/26   Monitoring ultrasound + estradiol x5           1,450.00
05/13/26   Oocyte retrieval (58970), anesthesia            6,200.00
05/13/26   ICSI / embryo culture                           3,100.00
05/18/26   Frozen embryo storage, 1 year                     650.00
           Insurance paid (fertility rider)              -8,000.00
           BALANCE DUE                                    3,400.00
"""
    body = """Hi Benefits team,

Forwarding my statement from Cedar Fertility for the new fertility benefit.
My plan shows $8,000 applied. Is the remaining $3,400 eligible under the
$15,000 lifetime max, and do I submit through the HSA or the carrier?

Employee ID 448201.

Thanks,
Hannah Liebowitz
Clinical Informatics

""" + outlook_hdr("Cedar Fertility Billing <billing@cedarfertility.example.com>", "Friday, June 5, 2026 9:00 AM",
                  "Hannah Liebowitz <hannah.l@mail.example.com>", "Your statement") + inv
    return mail(A("Liebowitz, Hannah", "hliebowitz@" + LH), A("Larkspur HR Benefits", "benefits@" + LH),
                "FW: Your statement", D(2026, 6, 8, 12, 10, 0), T(body))


@reg("top-post-egg-retrieval-schedule", "restricted",
     "top-posted thanks over the fertility clinic's quoted stimulation and egg-retrieval schedule for a named patient", cat="repro")
def _():
    body = """Thank you!! See you Saturday.
-Chloe

On Wed, Oct 7, 2026 at 2:15 PM Cedar Fertility Nurse Team <nurses@cedarfertility.example.com> wrote:

> Hi Chloe,
>
> Your estradiol today was 1,840 and you have 11 follicles over 14 mm.
> Tonight: Menopur 150 IU and cetrotide 0.25 mg as usual. Trigger is
> TOMORROW (Thursday) at 9:30 PM exactly: Ovidrel 250 mcg + leuprolide 40
> units. Egg retrieval for your egg-freezing cycle is Saturday 10/10 at
> 9:30 AM, arrive 8:45, nothing to eat or drink after midnight, and bring a
> driver.
>
> Cedar Fertility Center Nursing
"""
    return mail(A("Chloe Marchetti", "chloe.marchetti@mail.example.com"), A("Cedar Fertility Nurse Team", "nurses@cedarfertility.example.com"),
                "Re: Trigger instructions - Chloe M.", D(2026, 10, 7, 14, 40, 8), T(body))


@reg("taglish-chain-take-homes-kuya", "restricted",
     "Tagalog sibling reply chain; the deepest quote discusses their brother's methadone take-home doses and urine tests at the clinic", cat="sud", lang="tl")
def _():
    body = """Sige Jun, ako na ang maghahatid kay Kuya sa Sabado. Salamat.

On Wed, Aug 19, 2026 at 9:02 PM Jun Dizon <jun.dizon@inbox.example.net> wrote:
> Ate, hindi ako pwede sa Sabado, may duty ako sa ospital. Ikaw na lang muna?
>
> On Wed, Aug 19, 2026 at 7:45 PM Marites Dizon <marites.dizon@mail.example.com> wrote:
>> Jun, tumawag yung counselor ni Kuya Ronnie sa Harbor Light kanina. Pwede
>> na raw siyang bigyan ng take-home na methadone para sa Linggo kung negative
>> ulit yung urine test niya ngayong linggo. 90 days na siyang walang
>> positive, ang galing niya talaga. Pero kailangan may maghatid sa kanya
>> sa clinic tuwing Sabado ng 6am kasi suspended pa yung lisensya niya.
>> Kaya mo ba?
>>
>> On Tue, Aug 18, 2026 at 10:11 PM Jun Dizon <jun.dizon@inbox.example.net> wrote:
>>> Ate kumusta na si Kuya? Nakausap mo na ba yung clinic tungkol sa take home?
"""
    return mail(A("Marites Dizon", "marites.dizon@mail.example.com"), A("Jun Dizon", "jun.dizon@inbox.example.net"),
                "Re: Kuya Ronnie", D(2026, 8, 19, 21, 30, 0), T(body))


@reg("respuesta-doctora-fluoxetina", "restricted",
     "Spanish reply from a named patient about how fluoxetine is working for her depression, over the psychiatrist's quoted PHQ-9 follow-up", cat="mh", lang="es")
def _():
    body = """Doctora Reyes, buenas tardes.

Gracias por escribirme. La verdad la fluoxetina sí me está ayudando un
poquito, ya duermo mejor y no lloro todos los días como antes. Pero todavía
hay mañanas que no me quiero levantar de la cama y me cuesta mucho ir al
trabajo. No he vuelto a tener esos pensamientos feos, se lo prometo.

¿Me puede subir la dosis o mejor esperamos a la cita del 20? Y la terapia
con la licenciada Paredes ya empecé, voy los martes.

Saludos,
Guadalupe Ibarra

El lun, 9 nov 2026 a las 10:12, Dra. Lucía Reyes (<lreyes@larkspurhealth.example.org>) escribió:
> Hola, Sra. Ibarra:
>
> ¿Cómo se ha sentido con la fluoxetina de 20 mg? Ya van seis semanas. Su
> PHQ-9 en la última consulta fue de 17. Si tiene pensamientos de hacerse
> daño, llame o mande texto al 988 (hay atención en español) o vaya a
> urgencias.
>
> Dra. Lucía Reyes
> Psiquiatría, Larkspur Behavioral Health
"""
    return mail(A("Guadalupe Ibarra", "lupita.ibarra@correo.example.com"), A("Dra. Lucía Reyes", "lreyes@" + LH),
                "Re: Seguimiento", D(2026, 11, 9, 15, 33, 47), T(body, cte="quoted-printable"))


@reg("fwd-credentialing-invoice-npi-roster", "none",
     "forwarded credentialing-vendor invoice listing physicians with NPIs; staff data between businesses, no patient")
def _():
    rows = [("Anjali Kaur, MD", npi("164829370")), ("Oren Feld, MD", npi("132977450")),
            ("Samuel Whitcombe, MD", npi("118203648")), ("Celeste Amari, DO", npi("195530716")),
            ("Ana Lima, NP", npi("174466102"))]
    inv = "Pinnacle Credentialing Services - Invoice PCS-26-0772\nClient: Larkspur Health Medical Staff Office\n\n"
    inv += "Provider                 NPI          Service                         Fee\n"
    for name, n in rows:
        inv += "%-24s %s   Re-credentialing file (2-yr)    185.00\n" % (name, n)
    inv += "\nPrimary source verification, 5 files                           925.00\nTOTAL                                                          925.00\nNet 30. Questions: (614) 555-0118\n"
    body = "Marisa - this one's for you to code to the MSO budget. -K\n\n" + gmail_fwd(
        "Pinnacle Billing <billing@pinnaclecred.example.net>", "Thu, Jan 8, 2026 at 9:30 AM", "Invoice PCS-26-0772",
        "Medical Staff Office <mso@larkspurhealth.example.org>", inv)
    return mail(A("Kim Abernathy", "kabernathy@" + LH), A("Marisa Lutz", "mlutz@" + LH),
                "Fwd: Invoice PCS-26-0772", D(2026, 1, 8, 10, 12, 0), T(body))


@reg("apple-fwd-prep-adherence-abstract", "none",
     "physician forwards a journal abstract on PrEP adherence and HIV incidence to colleagues; study data, no individual")
def _():
    abstract = """Long-acting injectable PrEP and adherence in community clinics: a cohort study

Background: Daily oral pre-exposure prophylaxis (PrEP) prevents HIV but
adherence falls off after 6 months. Methods: We followed 1,214 adults
starting PrEP at 9 community clinics (2022-2025). Results: 12-month
persistence was 41% on oral PrEP and 68% on cabotegravir injections.
HIV incidence was 0.9 per 100 person-years overall. Conclusions: Injectable
PrEP roughly doubled persistence; clinics should plan pharmacy and
scheduling capacity before switching.
"""
    body = "Worth a read before Thursday's meeting - this is basically our situation.\n\nOren\n\n" + apple_fwd(
        "Clinical Oncology Practice Review <alerts@journals.example.org>", "Article alert: Long-acting injectable PrEP and adherence",
        "March 30, 2026 at 5:00:00 AM EDT", "Oren Feld <ofeld@larkspurhealth.example.org>", abstract)
    return mail(A("Oren Feld", "ofeld@" + LH), A("ID Section", "id-section@" + LH),
                "Fwd: Article alert: Long-acting injectable PrEP and adherence", D(2026, 3, 30, 7, 10, 12),
                T(body), extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])


@reg("outlook-fwd-hereditary-cancer-cme", "none",
     "forwarded CME announcement about hereditary cancer genetics and BRCA testing; no patient")
def _():
    body = """FYI - CME eligible, and the department will cover registration.

""" + outlook_hdr("Midwest Oncology CME <cme@midwestonc.example.org>", "Monday, August 3, 2026 10:00 AM",
                  "Feld, Oren <ofeld@larkspurhealth.example.org>", "Save the date: Hereditary Cancer Genetics for the Oncologist - Oct 23") + """Hereditary Cancer Genetics for the Oncologist
Friday, October 23, 2026 - 8:00 AM to 4:30 PM - Riverside Conference Center

 * Who to test: germline testing for all patients with ovarian, pancreatic
   and metastatic prostate cancer
 * BRCA1/2, PALB2 and Lynch syndrome: interpreting panels and VUS results
 * Cascade testing for relatives and the role of genetic counselors
 * Case workshop (de-identified cases)

6.5 AMA PRA Category 1 Credits. Register by October 1: (614) 555-0114.
"""
    return mail(A("Feld, Oren", "ofeld@" + LH), A("Hem/Onc Physicians", "hemonc-md@" + LH),
                "FW: Save the date: Hereditary Cancer Genetics for the Oncologist - Oct 23", D(2026, 8, 3, 12, 1, 5), T(body))


@reg("deep-quote-parking-garage-thread", "none",
     "four-level reply thread about the parking garage closure among oncology and behavioral health staff; signatures only")
def _():
    body = """Same - I'm taking the shuttle from the Elm lot. It runs every 10 min.

--
Renee Duval, RN, OCN | Larkspur Cancer Center | (614) 555-0176

On Mon, Jun 1, 2026 at 8:40 AM Tariq Haddad <thaddad@larkspurhealth.example.org> wrote:
> Is the shuttle running on Saturday for infusion staff?
>
> Tariq Haddad, MD | Occupational Health | (614) 555-0147
>
> On Mon, Jun 1, 2026 at 8:22 AM Gwen Takahashi <gtakahashi@larkspurhealth.example.org> wrote:
>> Do we know if level 2 is still open for badge holders?
>>
>> Gwen Takahashi | Crescent Clinic | (614) 555-0167
>>
>> On Fri, May 29, 2026 at 4:05 PM Facilities <facilities@larkspurhealth.example.org> wrote:
>>> The Pavilion B parking garage will be closed June 1-12 for concrete
>>> repairs. Staff should park in the Elm Street lot and take the shuttle.
>>> Patients and visitors may use valet at the main entrance at no charge.
>>> Behavioral health and methadone-clinic patients using the Pavilion C
>>> entrance should use the surface lot behind Pavilion C.
"""
    return mail(A("Renee Duval", "rduval@" + LH), A("Tariq Haddad", "thaddad@" + LH),
                "Re: Pavilion B garage closed June 1-12", D(2026, 6, 1, 8, 51, 30), T(body),
                cc=[A("Gwen Takahashi", "gtakahashi@" + LH), A("Facilities", "facilities@" + LH)])


@reg("fwd-part2-rule-compliance-update", "none",
     "compliance forward summarising the revised 42 CFR Part 2 rule for substance-use records; policy, no patient")
def _():
    body = """Team - please review before our Part 2 workgroup on the 14th. -Compliance

---------- Forwarded message ---------
From: Health Law Update <updates@healthlawdigest.example.org>
Date: Tue, Jan 6, 2026 at 6:00 AM
Subject: Part 2 final rule: what changes on February 16
To: <compliance@larkspurhealth.example.org>


The 2024 final rule aligning 42 CFR Part 2 with HIPAA reaches its
compliance date. Key points for programs that treat substance use
disorders (opioid treatment programs, buprenorphine prescribers holding
themselves out as SUD programs, detox and residential rehab):

 - a single patient consent may now cover all future uses for treatment,
   payment and health care operations;
 - SUD counseling notes get a new, separate protection similar to
   psychotherapy notes;
 - breach notification rules now apply to Part 2 records;
 - records still may not be used against a patient in criminal
   proceedings without a court order.

This is general information, not legal advice.
"""
    return mail(A("Compliance Office", "compliance@" + LH), A("Part 2 Workgroup", "part2-wg@" + LH),
                "Fwd: Part 2 final rule: what changes on February 16", D(2026, 1, 6, 9, 3, 0), T(body))


@reg("fwd-ehr-training-zztest-patient", "none",
     "forwarded EHR training instructions using a ZZTEST training patient in the training environment; no real person")
def _():
    body = """Please complete before go-live. -Nadia

---------- Forwarded message ---------
From: Tessera Training Team <training@larkspurhealth.example.org>
Date: Mon, Sep 14, 2026 at 7:30 AM
Subject: Oncology module practice scenario
To: <onc-admin@larkspurhealth.example.org>


Log in to the TRAINING environment (TSTRN) - never PROD - and open:

   Patient: ZZTEST, ONCOLOGY    MRN: 99000123    DOB: 01/01/1950
   (synthetic training record)

1. Order the FOLFOX regimen from the treatment plan library, cycle 1 day 1.
2. Document a pre-chemo assessment: weight, ANC 1.8, platelets 150.
3. Place a neutropenic fever education order.
4. Sign and route to the pharmacist verification queue.

Training records are reset every night at 02:00.
"""
    return mail(A("Nadia Corrigan", "ncorrigan@" + LH), A("Thoracic Oncology Clinic", "thoracic-onc@" + LH),
                "Fwd: Oncology module practice scenario", D(2026, 9, 14, 8, 2, 0), T(body))


@reg("zhuanfa-yigan-shaicha-huodong", "none",
     "Chinese forward of a community health-fair notice offering free hepatitis B screening; no individual", lang="zh")
def _():
    body = """各位会员好，

转发华人社区服务中心的通知，欢迎大家带家人朋友参加。

---------- Forwarded message ---------
From: 华人社区服务中心 <info@chinesecommunity.example.org>
Date: 2026年5月4日周一 上午10:15
Subject: 免费乙肝筛查和健康讲座
To: <members@chinesecommunity.example.org>


免费乙肝筛查及健康讲座

时间：2026年5月16日（星期六）上午9:30 - 下午1:00
地点：社区服务中心二楼活动室

 - 免费乙肝表面抗原、抗体检测（抽血，约5分钟）
 - 量血压、测血糖
 - Larkspur 医院肝病科医生讲解乙肝的预防和治疗
 - 现场有普通话、粤语翻译

不需要保险，不需要预约。结果会在两周内由工作人员单独电话通知。
咨询电话：(614) 555-0132

华人社区服务中心
"""
    return mail(A("李海燕", "haiyan.li@mail.example.com"), "friends-of-ccsc@lists.example.org",
                "Fwd: 免费乙肝筛查和健康讲座", D(2026, 5, 4, 20, 11, 0), T(body, cte="base64"))


@reg("reply-chain-formulary-bup-brands", "none",
     "P&T committee reply chain about which buprenorphine products stay on formulary; drug policy, no patient")
def _():
    body = """Agree with Ana. Let's keep the generic film and the monthly injection, and
move the tablets to non-formulary with an auto-substitution. I'll draft the
memo for the May agenda.

Joaquin

On Fri, Apr 17, 2026 at 11:20 AM Ana Lima <alima@larkspurhealth.example.org> wrote:
> From the addiction medicine side: the film is what our bridge clinic and
> the ED start people on, and the monthly extended-release injection is
> what keeps people in treatment after discharge. The tablets cost us more
> and nobody asks for them. Naloxone co-prescribing alert should stay on.
>
> On Thu, Apr 16, 2026 at 4:02 PM Joaquin Serrano <jserrano@larkspurhealth.example.org> wrote:
>> Pharmacy & Therapeutics pre-read: we carry three buprenorphine/naloxone
>> products plus the extended-release injection. Spend last FY was $412k.
>> Proposal: consolidate to one sublingual product. Comments by Monday?
"""
    return mail(A("Joaquin Serrano", "jserrano@" + LH), A("P&T Committee", "pt-committee@" + LH),
                "Re: Formulary review - buprenorphine products", D(2026, 4, 17, 13, 5, 0), T(body))


@reg("top-post-fwd-sepsis-dashboard-counts", "none",
     "top-posted forward of an aggregate sepsis and readmission dashboard by unit; counts only, no patient")
def _():
    body = """Nice work 4 West! Sharing with the unit.

-----Original Message-----
From: Quality Analytics <qa-reports@larkspurhealth.example.org>
Sent: Monday, July 6, 2026 6:00 AM
To: Nurse Managers <nurse-managers@larkspurhealth.example.org>
Subject: June sepsis & readmissions dashboard

Unit        Sepsis cases  Bundle met  30-day readmits  Rate
4 West           14          12 (86%)        9          11.2%
5 North          21          15 (71%)       17          14.9%
6 South           9           8 (89%)        4           7.8%
ICU              33          26 (79%)        6          10.1%
All units        77          61 (79%)       36          11.6%

Source: Tessera reporting, de-identified aggregate.
"""
    return mail(A("Rhonda Klee", "rklee@" + LH), A("4 West Staff", "4west-staff@" + LH),
                "FW: June sepsis & readmissions dashboard", D(2026, 7, 6, 8, 14, 0), T(body))


@reg("outlook-fwd-oncology-oncall-phone-tree", "none",
     "forwarded oncology on-call phone tree with pager and cell numbers; staff contacts only")
def _():
    body = """Updated for July - please print for the nurses' station.

""" + outlook_hdr("Feld, Oren", "Tuesday, June 30, 2026 5:12 PM", "Cancer Center Staff", "July on-call") + """JULY ON-CALL - HEMATOLOGY/ONCOLOGY

Week of   Physician          Cell           Backup
Jul 1     Dr. Oren Feld      (614) 555-0161  Dr. Mbeki
Jul 6     Dr. Thandi Mbeki   (614) 555-0162  Dr. Feld
Jul 13    Dr. Paul Ostrander (614) 555-0163  Dr. Mbeki
Jul 20    Dr. Oren Feld      (614) 555-0161  Dr. Ostrander
Jul 27    Dr. Thandi Mbeki   (614) 555-0162  Dr. Feld

Oncology triage RN line: (614) 555-0177 (24/7)
Infusion pharmacy: (614) 555-0165
"""
    return mail(A("Abernathy, Kim", "kabernathy@" + LH), A("Infusion Nurses", "infusion-rn@" + LH),
                "FW: July on-call", D(2026, 6, 30, 17, 40, 0), T(body))


# ======================================== receipts, recalls, portal, fax ==
def outlook_mdn(reader, reader_addr, to, orig_to, orig_subj, sent, read, orig_mid, cs="us-ascii", human=None, subj_prefix="Read: "):
    human = human or ("Your message\n\n  To: %s\n  Subject: %s\n  Sent: %s\n\nwas read on %s.\n" % (orig_to, orig_subj, sent, read))
    parts = [T(human, cs=cs, cte=None if cs in ("us-ascii", "utf-8") else "base64"),
             MDN_PART("%s; Microsoft Outlook 16.0" % reader_addr.split("@")[1], reader_addr, orig_mid)]
    return Multi("report", parts, [("report-type", "disposition-notification")], style=0)


@reg("mdn-read-receipt-birads-zero", "phi",
     "read receipt whose text repeats the original subject: the named patient's mammogram needs more views (BI-RADS 0)")
def _():
    subj = "Gloria Tran - screening mammogram BI-RADS 0, needs diagnostic views + US L breast"
    body = outlook_mdn("Schuler, Ingrid", "ischuler@" + LH, A("Imaging Scheduling", "imgsched@" + LH), "Schuler, Ingrid",
                       subj, "Thursday, March 19, 2026 9:02:11 AM (UTC-05:00) Eastern Time (US & Canada)",
                       "Thursday, March 19, 2026 9:40:27 AM (UTC-05:00) Eastern Time (US & Canada)",
                       "<A1F3C0D2.88E1@larkspurhealth.example.org>")
    return mail(A("Schuler, Ingrid", "ischuler@" + LH), A("Imaging Scheduling", "imgsched@" + LH),
                "Read: " + subj, D(2026, 3, 19, 9, 40, 27), body)


@reg("recall-inr-hold-warfarin", "phi",
     "Outlook recall notice; the recalled subject carries a named patient's INR of 4.8 and a warfarin hold")
def _():
    subj = "INR 4.8 - Bernadette Yoder - hold warfarin x2 days, recheck Thurs"
    return mail(A("Kaur, Anjali", "akaur@" + LH), A("Millbrook Nurses", "millbrook-rn@" + LH),
                "Recall: " + subj, D(2026, 2, 3, 16, 22, 5),
                T('Kaur, Anjali would like to recall the message, "%s".\n' % subj),
                extra=[("X-MS-Exchange-Organization-Recall", "true"), ("Thread-Topic", subj),
                       ("Content-Class", "urn:content-classes:message")])


@reg("portal-notice-names-knee-mri", "phi",
     "portal notification to the patient that says who wrote and that the new message is about her knee MRI results")
def _():
    txt = """Hi Simone,

You have a new message from Dr. Celeste Amari (Larkspur Orthopedics) about
your right knee MRI results.

Log in to MyLarkspur to read it:
https://my.larkspurhealth.example.org/messages

Please do not reply to this e-mail. This mailbox is not monitored.
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Simone,</p>
<p>You have a new message from <b>Dr. Celeste Amari</b> (Larkspur Orthopedics) about your <b>right knee MRI results</b>.</p>
<p><a href="https://my.larkspurhealth.example.org/messages" style="background:#2d5f4c;color:#fff;padding:8px 14px;text-decoration:none">Read message</a></p>
<p style="font-size:11px;color:#666">Please do not reply to this e-mail. This mailbox is not monitored.</p>
</body></html>
"""
    return mail(A("MyLarkspur", "noreply@portal." + LH), A("Simone Achterberg", "simone.a@mail.example.net"),
                "New message about your MRI results", D(2026, 5, 27, 17, 4, 0),
                Multi("alternative", [T(txt), H(html)], style=3))


@reg("secure-notice-subject-hcv-result", "phi",
     "secure-mail notification that says nothing itself, but its subject names the patient and his hepatitis C viral load result")
def _():
    txt = """You have received a secure message from tlinden@tririverlab.example.com.

To read it, click the link below or copy it into your browser. The link
expires in 14 days.

https://secure.vaultmail.example.net/read/8Q4KZ7M2

VaultMail Secure Messaging - Do not reply to this notification.
"""
    return mail(A("Tess Linden via VaultMail", "notify@vaultmail.example.net"), A("Hepatology Clinic", "hepatology@" + LH),
                "[VaultMail] Lab results for Jorge Alvarez - HCV RNA quantitative 1.2 million IU/mL",
                D(2026, 6, 2, 10, 40, 0), T(txt), reply_to=A("", "tlinden@tririverlab.example.com"))


@reg("secure-tag-encryption-test-send", "phi",
     "borderline: [secure]-tagged test send from IT with no patient; a sender-marked message is labelled at least phi")
def _():
    return mail(A("Osei, Kwame", "kosei@" + LH), A("Osei, Kwame", "kosei.test@mail.example.net"),
                "[secure] test - new encryption gateway rule, please ignore", D(2026, 1, 27, 15, 5, 0),
                T("test 3 of 5 after the gateway rule change. no content.\n\nKwame Osei | Messaging Team | (614) 555-0110\n"),
                extra=[("X-Sensitivity", "secure")])


@reg("efax-cover-prior-auth-lumbar-mri", "phi",
     "e-fax gateway notice whose cover-page text asks a plan to authorise a lumbar MRI for a named member with his DOB")
def _():
    cover = """FAX COVER SHEET
To: Bellwether Health Plan - Utilization Mgmt   Fax: (614) 555-0156
From: Larkspur Orthopedics - Prior Auth        Fax: (614) 555-0139
Pages (incl. cover): 4                          Date: 06/22/2026
Re: PRIOR AUTH REQUEST - URGENT

Patient: Howard Kessler   DOB 12/01/1959   Member ID BWX220918734
Service: MRI lumbar spine without contrast (72148)
Dx: lumbar radiculopathy L5 with progressive foot weakness (M54.16)
Clinical notes and exam attached.
"""
    txt = """You have received a new fax.

  From:      6145550139 (CSID: LARKSPUR ORTHO)
  To:        6145550156
  Received:  06/22/2026 11:18 AM
  Pages:     4
  Duration:  0:01:52

Text recognized on the cover page:

""" + cover + """
The fax is attached as a PDF.
FaxBridge Cloud Fax
"""
    return mail(A("FaxBridge", "fax-noreply@faxbridge.example.net"), A("UM Intake", "um.intake@bellwetherhp.example.com"),
                "New fax from 6145550139 (4 pages)", D(2026, 6, 22, 11, 18, 40),
                Multi("mixed", [T(txt), BIN("application/pdf", pdf(cover.strip().split("\n")), "fax_20260622_111840_6145550139.pdf")], style=3))


@reg("efax-tiff-filename-melanoma-path", "phi",
     "borderline: fax notice with no body text about anyone; only the TIFF's file name carries the patient, DOB and melanoma pathology")
def _():
    txt = """Fax received

From: +1 (614) 555-0142   CSID: DERMPATH ASSOC
Pages: 2
Received: Wed 07/08/2026 16:02

This message was generated by the Larkspur fax server.
"""
    return mail(A("Fax Server", "faxserver@" + LH), A("Dermatology Results", "derm-results@" + LH),
                "Fax from DERMPATH ASSOC - 2 page(s)", D(2026, 7, 8, 16, 2, 51),
                Multi("mixed", [T(txt), BIN("image/tiff", tiff(), "PATH_Quintana_Mateo_DOB1972-06-14_skinbx_L_shoulder_melanoma_0.6mm.tif")], style=4))


@reg("scan-to-email-pdf-cardiology-referral", "phi",
     "scanner-to-email with a generic body; only the attached PDF holds a referral for a named patient with syncope")
def _():
    txt = """Please open the attached document. It was scanned and sent to you from
device MFP-2W-CLINIC (Larkspur Family Medicine - Millbrook, 2nd floor West).

Number of Images: 1
Attachment File Type: PDF
Device Location: 2nd floor West workroom
"""
    doc = pdf(["LARKSPUR FAMILY MEDICINE - MILLBROOK   REFERRAL / CONSULT REQUEST",
               "To: Larkspur Heart & Vascular     Priority: urgent (within 1 week)",
               "Patient: Lucille Baptiste-Moreau   DOB: 09/12/1944   MRN: 20119843",
               "Reason: 2 episodes of syncope in 10 days, one with a fall and a scalp",
               "laceration. ECG: new LBBB. Holter ordered. Please evaluate.",
               "Meds: amlodipine 10, atorvastatin 40, donepezil 10.",
               "Referring: Anjali Kaur, MD"], producer="MFP-2W-CLINIC Scan")
    return mail(A("MFP-2W-CLINIC", "scanner-2w@" + LH), A("Referrals Millbrook", "referrals.millbrook@" + LH),
                "Scanned from MFP-2W-CLINIC", D(2026, 4, 2, 14, 33, 11),
                Multi("mixed", [T(txt), BIN("application/pdf", doc, "Scan_20260402_143311.pdf")], style=4))


@reg("ilkneun-hwaksin-ptsd-iljeong", "restricted",
     "Korean read receipt whose text repeats a subject naming the patient and his PTSD trauma-therapy schedule change", cat="mh", lang="ko")
def _():
    subj = "김민수님 PTSD 치료 일정 변경 (지속노출치료 4회기)"
    human = ("메시지\n\n  받는 사람: 김민수\n  제목: %s\n  보낸 날짜: 2026-08-12 (수) 오후 2:14\n\n"
             "위 메시지를 2026-08-12 (수) 오후 6:51에 읽었습니다.\n" % subj)
    body = outlook_mdn("김민수", "minsu.kim@mail.example.com", None, None, None, None, None,
                       "<E4B1AA09.7C2D@larkspurhealth.example.org>", cs="ks_c_5601-1987", human=human)
    return mail(A("김민수", "minsu.kim@mail.example.com", cs="ks_c_5601-1987"), A("트라우마 치료 클리닉", "traumaclinic@" + LH, cs="ks_c_5601-1987"),
                "읽음: " + subj, D(2026, 8, 12, 18, 51, 3), body, cs="ks_c_5601-1987")


@reg("recall-bup-induction-cows", "restricted",
     "recall notice whose recalled subject names a patient starting buprenorphine with his withdrawal score", cat="sud")
def _():
    subj = "Pt Devon Price - bup induction tmrw 8am, COWS 12 at intake, fentanyl last use Sun"
    return mail(A("Lima, Ana", "alima@" + LH), A("Bridge Clinic RNs", "bridgeclinic-rn@" + LH),
                "Recall: " + subj, D(2026, 3, 30, 17, 45, 9),
                T('Lima, Ana would like to recall the message, "%s".\n' % subj),
                extra=[("X-MS-Exchange-Organization-Recall", "true"), ("Thread-Topic", subj)])


@reg("secure-notice-preview-iop-start", "restricted",
     "secure-message notice that leaks a preview line telling a named client when her IOP group starts at the recovery center", cat="sud")
def _():
    txt = """New secure message

From: New Dawn Recovery Services
To: Kayla Brennan

Preview: "Kayla, your Intensive Outpatient (IOP) group starts Monday 9:00 AM.
Bring your ID and the urine screen from Friday..."

View the full message: https://msg.sealpost.example.com/m/6TQ2NW

This notification was sent by Sealpost on behalf of New Dawn Recovery
Services. Do not reply.
"""
    return mail(A("New Dawn Recovery Services via Sealpost", "notifications@sealpost.example.com"),
                A("Kayla Brennan", "kbrennan.94@inbox.example.net"),
                "You have a new secure message", D(2026, 2, 27, 15, 0, 0), T(txt))


@reg("efax-cover-methadone-dose-verification", "restricted",
     "e-fax notice whose cover text verifies a named patient's methadone dose for a hospital pharmacy", cat="sud")
def _():
    cover = """HARBOR LIGHT RECOVERY CENTER - DOSE VERIFICATION
To: Larkspur Regional ED / Inpatient Pharmacy     Fax (614) 555-0153
From: Harbor Light Recovery Center - Nursing       Fax (614) 555-0121
Date: 10/03/2026   Pages: 2

Patient: Wendell Farris   DOB 05/27/1975
Enrolled in our opioid treatment program since 2021.
Current methadone dose: 85 mg daily. Last dose observed 10/03/2026 07:10.
No take-home doses dispensed this week.

Released with the patient's written 42 CFR Part 2 consent (attached).
Prohibition on redisclosure applies.
"""
    txt = "You have received a 2 page fax from 6145550121.\n\n--- Page 1 (text) ---\n" + cover + "\n--- End ---\n\nFaxBridge Cloud Fax\n"
    return mail(A("FaxBridge", "fax-noreply@faxbridge.example.net"), A("ED Pharmacy", "ed-pharmacy@" + LH),
                "Fax from 6145550121 - 2 pages", D(2026, 10, 3, 9, 12, 0),
                Multi("mixed", [T(txt), BIN("application/pdf", pdf(cover.strip().split("\n"), flate=True), "fax_6145550121_20261003.pdf")], style=3))


@reg("scan-filename-suboxone-consent", "restricted",
     "scanner mail with a generic body; only the PDF file name names the patient, DOB and a Suboxone Part 2 consent", cat="sud")
def _():
    txt = "Scanned by MFP-BH-1F\nPages: 3\nResolution: 300 dpi\n"
    return mail(A("MFP-BH-1F", "scanner-bh1f@" + LH), A("Behavioral Health Records", "bh-records@" + LH),
                "Scan to e-mail", D(2026, 1, 20, 11, 2, 7),
                Multi("mixed", [T(txt), BIN("application/pdf", pdf(["(scanned image)"], producer="MFP-BH-1F"),
                                            "ROI_42CFR2_consent_HOLLOWAY_Jared_DOB1988-03-14_Suboxone_clinic.pdf")], style=4))


@reg("mdn-read-bh-steering-minutes", "none",
     "read receipt for behavioral health steering committee minutes; committee business, no patient")
def _():
    subj = "Behavioral Health Steering Committee - minutes 2/12 (988 follow-up, crisis bed capacity)"
    body = outlook_mdn("Whitcombe, Samuel", "swhitcombe@" + LH, None, "Whitcombe, Samuel", subj,
                       "Friday, February 13, 2026 8:30:00 AM (UTC-05:00) Eastern Time (US & Canada)",
                       "Friday, February 13, 2026 12:02:41 PM (UTC-05:00) Eastern Time (US & Canada)",
                       "<7E20B1F4.0D0A@larkspurhealth.example.org>")
    return mail(A("Whitcombe, Samuel", "swhitcombe@" + LH), A("BH Admin", "bh-admin@" + LH),
                "Read: " + subj, D(2026, 2, 13, 12, 2, 41), body)


@reg("mdn-displayed-hiv-consent-policy", "none",
     "Thunderbird-style return receipt for a policy memo about HIV testing consent; no patient")
def _():
    human = ("This is a Return Receipt for the mail that you sent to mbekker@%s.\n\n"
             "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. "
             "There is no guarantee that the recipient has read or understood the message contents.\n" % LH)
    subj = "Updated consent language for HIV testing (opt-out) - please review"
    orig_head = mail(A("Policy Office", "policy@" + LH), A("Maren Bekker", "mbekker@" + LH), subj, D(2026, 8, 25, 9, 0, 0), None,
                     msgid="<policy.2026-08-25.114@larkspurhealth.example.org>")
    body = Multi("report", [T(human, flowed=True),
                            MDN_PART("mbekker-lt; Mozilla Thunderbird", "mbekker@" + LH, "<policy.2026-08-25.114@larkspurhealth.example.org>",
                                     "manual-action/MDN-sent-manually; displayed"),
                            HDRS(orig_head + b"\r\n")], [("report-type", "disposition-notification")], style=4)
    return mail(A("Maren Bekker", "mbekker@" + LH), A("Policy Office", "policy@" + LH),
                "Return Receipt (displayed) - " + subj, D(2026, 8, 25, 9, 44, 0), body,
                extra=[("User-Agent", "Mozilla Thunderbird")])


@reg("recall-tumor-board-lunch-order", "none",
     "recall notice for a lunch order for the tumor board meeting; catering, no patient")
def _():
    subj = "Lunch order for Thursday tumor board - 22 boxed lunches, 4 vegetarian"
    return mail(A("Corrigan, Nadia", "ncorrigan@" + LH), A("Catering", "catering@" + LH),
                "Recall: " + subj, D(2026, 4, 6, 11, 12, 30),
                T('Corrigan, Nadia would like to recall the message, "%s".\n' % subj),
                extra=[("X-MS-Exchange-Organization-Recall", "true")])


@reg("recall-failure-vendor-quote", "none",
     "recall-failure report for a message to a vendor about an infusion pump quote; no patient")
def _():
    txt = """Your message did not reach some or all of the intended recipients.

   Subject: Infusion pump quote - 40 channels, extended warranty
   Sent: 5/20/2026 10:14 AM

The following recipient(s) cannot be reached:

   jholt@pharmareps.example.com on 5/20/2026 10:20 AM
         The recall could not be completed because the message is outside this organization.
"""
    return mail(A("Microsoft Outlook", "postmaster@corp." + LH), A("Greer, Paulette", "pgreer@" + LH),
                "Recall Failure: Infusion pump quote - 40 channels, extended warranty", D(2026, 5, 20, 10, 20, 4), T(txt),
                extra=[("Auto-Submitted", "auto-generated")])


@reg("portal-generic-new-message", "none",
     "portal notification that only says there is a new message; it names the account holder but no care or clinician")
def _():
    txt = """Dear Maria,

You have a new message in MyLarkspur.

To read it, log in at https://my.larkspurhealth.example.org or open the
MyLarkspur app.

For your privacy, we do not include message details in e-mail.
Please do not reply to this e-mail.
"""
    return mail(A("MyLarkspur", "noreply@portal." + LH), A("Maria Kovacs", "mkovacs@mail.example.com"),
                "You have a new message in MyLarkspur", D(2026, 6, 4, 18, 30, 0), T(txt))


@reg("portal-aviso-mensaje-nuevo", "none",
     "Spanish portal notice that a new message is waiting, with no care, clinician or result mentioned", lang="es")
def _():
    txt = """Hola, José:

Tiene un mensaje nuevo en MyLarkspur.

Para leerlo, inicie sesión en https://my.larkspurhealth.example.org o abra
la aplicación MyLarkspur en su teléfono.

Por su privacidad, no incluimos detalles del mensaje en este correo.
No responda a este correo; este buzón no se revisa.

¿Necesita ayuda con su cuenta? Llame al (614) 555-0105.
"""
    html = "<html><body>" + "".join("<p>%s</p>" % p.replace("\n", " ") for p in txt.strip().split("\n\n")) + "</body></html>\n"
    return mail(A("MyLarkspur", "noreply@portal." + LH), A("José Ángel Barrios", "jabarrios@correo.example.com"),
                "Tiene un mensaje nuevo en MyLarkspur", D(2026, 9, 9, 12, 0, 0),
                Multi("alternative", [T(txt), H(html)], style=3))


@reg("portal-password-reset-link", "none",
     "portal password-reset e-mail with a one-time code; account mail, no health content")
def _():
    txt = """Someone (hopefully you) asked to reset the password for the MyLarkspur
account with the username gh.peterson.

Your one-time code is 418 207. It expires in 15 minutes.

If you did not ask for this, you can ignore this e-mail; your password has
not changed. Larkspur Health will never call you to ask for this code.
"""
    return mail(A("MyLarkspur", "noreply@portal." + LH), "gh.peterson@mail.example.net",
                "Your MyLarkspur password reset code", D(2026, 2, 8, 22, 14, 0), T(txt))


@reg("cong-thong-tin-tai-lieu-moi", "none",
     "Vietnamese portal notice that a new document is available, with no document type or care named", lang="vi")
def _():
    txt = """Kính gửi Quý khách,

Có một tài liệu mới trong tài khoản MyLarkspur của Quý khách.

Vui lòng đăng nhập tại https://my.larkspurhealth.example.org hoặc mở ứng
dụng MyLarkspur để xem. Vì lý do bảo mật, chúng tôi không gửi nội dung tài
liệu qua email.

Nếu cần hỗ trợ tiếng Việt, xin gọi (614) 555-0105 và nói "Vietnamese".

Xin đừng trả lời email này.
MyLarkspur
"""
    return mail(A("MyLarkspur", "noreply@portal." + LH), "tranthimai.1961@mail.example.com",
                "Tài liệu mới trong MyLarkspur", D(2026, 10, 20, 7, 30, 0), T(txt, cte="base64"))


@reg("secure-notice-payer-generic", "none",
     "a payer's secure-message notification with a link and no detail about any member or care")
def _():
    html = """<html><body style="font-family:Segoe UI,Arial">
<table width="560" style="border:1px solid #d0d7de"><tr><td style="padding:18px">
<h3 style="color:#0b4f8a">You have received a secure message</h3>
<p>A secure message from <b>Bellwether Health Plan - Provider Relations</b> is waiting for you.</p>
<p><a href="https://secure.sealpost.example.com/open?m=QX91-22LA">Click here to read your message</a></p>
<p style="font-size:11px;color:#555">This message expires on 04/30/2026. If you have trouble, call Sealpost support at (614) 555-0191.</p>
</td></tr></table></body></html>
"""
    return mail(A("Bellwether Health Plan via Sealpost", "notifications@sealpost.example.com"),
                A("Larkspur Managed Care", "managedcare@" + LH), "You have received a secure message",
                D(2026, 4, 1, 14, 6, 0), H(html))


@reg("lure-fake-secure-message-login", "none",
     "phishing dressed as a secure-message notice asking staff to log in with their password; no real person's care")
def _():
    html = """<html><body>
<div style="font-family:Arial;max-width:520px;border:1px solid #ccc;padding:16px">
<img alt="Secure Mail" width="120" height="30"><br>
<p><b>Larkspur Health Secure Mail</b></p>
<p>You have (1) new encrypted message containing <b>Patient Medical Records.pdf</b> awaiting your review.</p>
<p>Message will be deleted in 24 hours if not opened.</p>
<p><a href="https://larkspurhealth-securemail.test/owa/auth/login.php?id=rduval">REVIEW DOCUMENT</a></p>
<p style="font-size:10px">Office 365 Secure Messaging &copy; 2026</p>
</div></body></html>
"""
    return mail(A("Secure Mail Admin", "admin@larkspurhealth-securemail.test"), A("", "rduval@" + LH),
                "ACTION REQUIRED: Encrypted message pending - Patient Medical Records", D(2026, 3, 11, 4, 27, 51), H(html),
                pre=[("Return-Path", "<bounce@mailer.larkspurhealth-securemail.test>")])


@reg("secure-message-expiry-reminder", "none",
     "reminder that an unopened secure message expires in two days; no sender detail about any patient")
def _():
    txt = """Reminder: a secure message sent to you on 03/02/2026 has not been opened
and will expire on 03/16/2026.

Open it: https://secure.vaultmail.example.net/read/R2D7HXQ1

Sender: claims-correspondence@northbrookmutual.example.com

VaultMail Secure Messaging
"""
    return mail(A("VaultMail", "notify@vaultmail.example.net"), "pbo-correspondence@" + LH,
                "Reminder: unopened secure message expires in 2 days", D(2026, 3, 14, 6, 0, 0), T(txt))


@reg("efax-vendor-w9-form", "none",
     "inbound e-fax of a linen vendor's W-9 and ACH form; business paperwork, no patient")
def _():
    txt = """You have received a new fax.

  From:      6145550144 (CSID: PINECREST LINEN)
  To:        6145550109 (Accounts Payable)
  Pages:     2
  Received:  01/15/2026 10:02 AM

Text recognized on the cover page:

  Attn: Larkspur Accounts Payable - new vendor setup
  Enclosed: W-9 for Pinecrest Linen Service LLC, remit-to address and
  ACH enrollment form. Questions: Dot Ferris, (614) 555-0144.

FaxBridge Cloud Fax
"""
    return mail(A("FaxBridge", "fax-noreply@faxbridge.example.net"), "ap@" + LH,
                "New fax from 6145550144 (2 pages)", D(2026, 1, 15, 10, 2, 30),
                Multi("mixed", [T(txt), BIN("application/pdf", pdf(["Form W-9 (Rev.)", "Name: Pinecrest Linen Service LLC",
                                                                    "Business type: LLC", "Address: 88 Mill Road"]), "fax_20260115_100230.pdf")], style=3))


@reg("efax-sent-confirmation-pages", "none",
     "e-fax delivery confirmation giving only the destination number, page count and job ID")
def _():
    txt = """Your fax was delivered successfully.

  Job ID:        FB-7741-20260610-0033
  To:            +1 614 555 0147
  Pages sent:    5
  Sent:          06/10/2026 03:44 PM
  Duration:      2 min 10 s
  Transmission:  14400 bps, ECM

FaxBridge Cloud Fax - Do not reply.
"""
    return mail(A("FaxBridge", "fax-noreply@faxbridge.example.net"), A("Colleen Shaw", "cshaw@" + LH),
                "Fax delivered: FB-7741-20260610-0033", D(2026, 6, 10, 15, 46, 12), T(txt))


@reg("efax-failed-transmission-busy", "none",
     "failed-fax report (busy line after three attempts) with only the number and job ID")
def _():
    txt = """FAX TRANSMISSION FAILED

Job:        20260611-0912-0447
Recipient:  6145550137
Attempts:   3
Last error: Remote busy (code 0x1C2)
Pages:      0 of 3

The document was not sent. Please check the number and resend.
Larkspur Fax Server LHFAX02
"""
    return mail(A("Fax Server", "faxserver@" + LH), A("Intake, Ortho", "ortho-intake@" + LH),
                "Fax FAILED to 6145550137", D(2026, 6, 11, 9, 48, 3), T(txt))


@reg("scan-cafeteria-menu-pdf", "none",
     "scanner-to-email of the cafeteria's weekly menu; generic file name, no patient")
def _():
    txt = "Please open the attached document. It was scanned and sent to you from device MFP-CAFE-1.\n\nNumber of Images: 1\nAttachment File Type: PDF\n"
    doc = pdf(["ALDER CAFE - WEEK OF MARCH 23", "Mon: turkey chili, cornbread", "Tue: taco bar",
               "Wed: heart-healthy salmon, brown rice (low sodium)", "Thu: pasta primavera",
               "Fri: fish fry", "Diabetic-friendly and gluten-free options daily"], producer="MFP-CAFE-1 Scan")
    return mail(A("MFP-CAFE-1", "scanner-cafe@" + LH), A("Food & Nutrition Services", "fns@" + LH),
                "Scanned from MFP-CAFE-1", D(2026, 3, 20, 13, 5, 0),
                Multi("mixed", [T(txt), BIN("application/pdf", doc, "Scan_20260320_130459.pdf")], style=4))


@reg("junk-fax-merchant-fees", "none",
     "junk fax relayed by the e-fax gateway offering a medical practice lower card-processing fees")
def _():
    cover = """ATTN: PRACTICE MANAGER / OFFICE MANAGER
Is your medical practice OVERPAYING on credit card fees??
Medical offices save an average of 38% with PayRight MD processing.
HIPAA-ready terminals - Free HSA/FSA card acceptance - No contract
Call now (614) 555-0196 for a free statement review.
To be removed from our list fax REMOVE to (614) 555-0197.
"""
    txt = "You have received a new fax.\n\n  From: 6145550196\n  Pages: 1\n\nText recognized on the cover page:\n\n" + cover + "\nFaxBridge Cloud Fax\n"
    return mail(A("FaxBridge", "fax-noreply@faxbridge.example.net"), "frontdesk.millbrook@" + LH,
                "New fax from 6145550196 (1 page)", D(2026, 8, 4, 8, 1, 0),
                Multi("mixed", [T(txt), BIN("application/pdf", pdf(cover.strip().split("\n")), "fax_20260804_080100.pdf")], style=3))


# ================================================ digests, lists, calendars ==
def mm_bnd(n):
    return "===============%019d==" % n


def mailman_digest(list_name, list_addr, vol, issue, date, to, posts, footer, topics=None, bare=False, cs="us-ascii",
                   masthead_extra=""):
    """A Mailman-style MIME digest: masthead, multipart/digest of message/rfc822 posts, footer."""
    host = list_addr.split("@")[1]
    lname = list_addr.split("@")[0]
    topics = topics or [str(email.message_from_bytes(p)["Subject"]) for p in posts]
    mast = ("Send %s mailing list submissions to\n\t%s\n\nTo subscribe or unsubscribe via the World Wide Web, visit\n"
            "\thttps://%s/mailman/listinfo/%s\nor, via email, send a message with subject or body 'help' to\n\t%s-request@%s\n\n"
            "You can reach the person managing the list at\n\t%s-owner@%s\n\n%s"
            "When replying, please edit your Subject line so it is more specific\nthan \"Re: Contents of %s digest...\"\n"
            % (list_name, list_addr, host, lname, lname, host, lname, host, masthead_extra, list_name))
    toc = "Today's Topics:\n\n" + "".join("   %d. %s\n" % (i, t) for i, t in enumerate(topics, 1))
    h = int(_h("dg")[:12], 16)
    if bare:
        subparts = [Part(None, p, bare=True) for p in posts]
    else:
        subparts = [Part("message/rfc822", p, [], None) for p in posts]
    dig = Multi("digest", subparts, boundary=mm_bnd(h * 7 + 1))
    mast_p = T(mast, cs="us-ascii")
    mast_p.desc = "%s Digest, Vol %d, Issue %d" % (list_name, vol, issue)
    toc_p = T(toc, cs=cs)
    toc_p.desc = "Today's Topics (%d messages)" % len(posts)
    foot = T(footer, cs="us-ascii")
    foot.desc = "Digest Footer"
    body = Multi("mixed", [mast_p, toc_p, dig, foot], boundary=mm_bnd(h * 7 + 2))
    return mail(A("", lname + "-request@" + host), to, "%s Digest, Vol %d, Issue %d" % (list_name, vol, issue), date, body,
                extra=[("List-Id", "%s <%s>" % (list_name, list_addr.replace("@", "."))), ("Precedence", "list"),
                       ("List-Post", "<mailto:%s>" % list_addr), ("Errors-To", lname + "-bounces@" + host)],
                msgid=mid(host, 0))


def post(frm, to, subj, date, text, cs="us-ascii", **kw):
    return mail(frm, to, subj, date, T(text, cs=cs, cte=None), **kw)


VTZ = """BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vcal(method, uid, summary, start, end, organizer, attendees, location="", description="", seq=0,
         status="CONFIRMED", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", stamp="20260101T120000Z",
         partstat=None, rrule=None, tz=True):
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method]
    cal = "\n".join(lines) + "\n" + (VTZ if tz else "")
    ev = ["BEGIN:VEVENT"]
    on, oa = organizer
    ev.append('ORGANIZER;CN="%s":mailto:%s' % (on, oa))
    for an, aa in attendees:
        if partstat:
            ev.append('ATTENDEE;CN="%s";PARTSTAT=%s:mailto:%s' % (an, partstat, aa))
        else:
            ev.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (an, aa))
    if description:
        ev.append("DESCRIPTION;LANGUAGE=en-US:" + ics_esc(description))
    ev.append("UID:" + uid)
    ev.append("SUMMARY;LANGUAGE=en-US:" + ics_esc(summary))
    if tz:
        ev.append('DTSTART;TZID="Eastern Standard Time":' + start)
        ev.append('DTEND;TZID="Eastern Standard Time":' + end)
    else:
        ev.append("DTSTART:" + start)
        ev.append("DTEND:" + end)
    if rrule:
        ev.append("RRULE:" + rrule)
    ev += ["CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + stamp, "TRANSP:OPAQUE", "STATUS:" + status,
           "SEQUENCE:%d" % seq]
    if location:
        ev.append("LOCATION;LANGUAGE=en-US:" + ics_esc(location))
    if method == "REQUEST":
        ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    ev.append("END:VEVENT")
    return cal + "\n".join(ev) + "\nEND:VCALENDAR\n"


def invite(frm, to, subj, date, text, cal, method="REQUEST", html=None, google=False, cs="utf-8"):
    parts = [T(text, cs=cs)]
    if html:
        parts.append(H(html, cs=cs))
    parts.append(ICS(cal, method))
    alt = Multi("alternative", parts, style=1 if google else 0)
    if google:
        body = Multi("mixed", [alt, ICS(cal, attach="invite.ics")], style=1)
    else:
        body = alt
    return mail(frm, to, subj, date, body, cs=cs)


@reg("digest-4west-list-walker-post", "phi",
     "unit mailing-list digest; one post names a patient in room 412 who is two days after hip ORIF and needs his walker")
def _():
    lst = "4west-staff@lists." + LH
    posts = [post(A("Rhonda Klee", "rklee@" + LH), lst, "Staff meeting moved to Wed 2 pm", D(2026, 5, 4, 9, 2),
                  "Staff meeting is Wednesday at 2 in the 4W conference room. Pizza.\n\nRhonda\n"),
             post(A("Jamal Pierce", "jpierce@" + LH), lst, "Has anyone seen Mr. Ruiz's walker?", D(2026, 5, 4, 13, 40),
                  "Looking for the bariatric walker that came up with Mr. Hector Ruiz in 412. He's POD2\n"
                  "from his L hip ORIF and PT can't get him up without it, and he's due for his\n"
                  "enoxaparin at 2100 so I'd like him walking before then. Tagged with blue tape.\n\nJamal, RN\n"),
             post(A("Ops Desk", "opsdesk@" + LH), lst, "Med cabinet downtime tonight 0200-0230", D(2026, 5, 4, 16, 0),
                  "The med cabinets on 4W will be down 0200-0230 for an upgrade. Pull overrides before 0200.\n")]
    return mailman_digest("4West-staff", lst, 6, 41, D(2026, 5, 5, 0, 0, 3), lst, posts,
                          "_______________________________________________\n4West-staff mailing list\n%s\n"
                          "https://lists.larkspurhealth.example.org/mailman/listinfo/4west-staff\n" % lst)


@reg("diabetes-support-list-post-pump-settings", "phi",
     "post by a named patient to a hospital-hosted diabetes support list about her insulin pump settings, lows and A1c")
def _():
    lst = "t1d-support@lists." + LH
    text = """Hi all,

Quick question for the pump folks. Since Dr. Varga changed my basal to 0.85
u/hr overnight I keep going low around 3 am (52 and 48 this week). My A1c
was 6.9 last month so she doesn't want to back off too much. Has anyone
had luck with a temp basal instead of changing the whole profile? I'm
seeing the diabetes educator on the 18th.

Thanks,
Courtney Albers

_______________________________________________
T1D-support mailing list - Larkspur Diabetes Education Center
Peer support only. This list is not monitored by clinicians and is not for
medical advice or emergencies.
Unsubscribe: https://lists.larkspurhealth.example.org/mailman/listinfo/t1d-support
"""
    return mail(A("Courtney Albers", "calbers@mail.example.net"), lst, "[T1D-support] overnight lows after basal change",
                D(2026, 8, 6, 21, 15, 0), T(text),
                extra=[("List-Id", "T1D-support <t1d-support.lists.larkspurhealth.example.org>"), ("Precedence", "list"),
                       ("List-Unsubscribe", "<https://lists.larkspurhealth.example.org/mailman/listinfo/t1d-support>")],
                sender=A("", "t1d-support-bounces@lists." + LH))


@reg("ics-invite-colonoscopy-prep", "phi",
     "calendar invite sent to the patient for her colonoscopy, with bowel-prep and blood-thinner instructions")
def _():
    desc = """Colonoscopy with Dr. Oren Feld - Larkspur Endoscopy Center, 2nd floor.
Arrive 6:45 AM. Patient: Renata Kowalczyk.
Prep: clear liquids all day Monday. Start the split-dose prep at 6 PM
Monday, second half at 2 AM. Nothing by mouth after 4 AM.
Stop your clopidogrel 5 days before (last dose Wed 3/4) as Dr. Iqbal agreed.
You must have a driver. Questions: (614) 555-0171."""
    cal = vcal("REQUEST", "ENDO-20260310-0700-KOWALCZYK", "Colonoscopy - Dr. Feld (arrive 6:45 AM)", "20260310T070000",
               "20260310T083000", ("Larkspur Endoscopy Scheduling", "endo-sched@" + LH),
               [("Renata Kowalczyk", "rkowalczyk@mail.example.com")], "Larkspur Endoscopy Center, 4400 Cedar Ridge Rd",
               desc, stamp="20260220T150000Z")
    return invite(A("Larkspur Endoscopy Scheduling", "endo-sched@" + LH), A("Renata Kowalczyk", "rkowalczyk@mail.example.com"),
                  "Invitation: Colonoscopy - Dr. Feld @ Tue Mar 10, 2026 7am", D(2026, 2, 20, 10, 0, 0), desc + "\n", cal)


@reg("ics-cancel-pt-session-shoulder", "phi",
     "calendar cancellation of a named patient's physical therapy session for his shoulder after surgery")
def _():
    desc = "Cancelled by clinic: therapist out sick. Patient Dwayne Carrow - post-op R rotator cuff repair, week 6 protocol (AAROM only). Front desk will call to rebook."
    cal = vcal("CANCEL", "RP-APPT-88213-0617", "PT - Dwayne Carrow - R shoulder post-op wk 6", "20260617T153000", "20260617T163000",
               ("Rehab Plus Scheduling", "schedule@rehabplus.example.com"), [("Dwayne Carrow", "dcarrow@inbox.example.net")],
               "Rehab Plus - Millbrook", desc, seq=2, status="CANCELLED", stamp="20260617T121000Z")
    return invite(A("Rehab Plus Scheduling", "schedule@rehabplus.example.com"), A("Dwayne Carrow", "dcarrow@inbox.example.net"),
                  "Canceled: PT - Dwayne Carrow - R shoulder post-op wk 6", D(2026, 6, 17, 8, 10, 0), desc + "\n", cal, method="CANCEL")


@reg("ics-reply-accepted-biopsy-results-visit", "phi",
     "a patient's calendar acceptance whose summary is his visit to discuss prostate biopsy results")
def _():
    cal = vcal("REPLY", "URO-20260902-0940-ADLER", "Ken Adler - prostate biopsy results + treatment options (Dr. Sandoval)",
               "20260902T094000", "20260902T102000", ("Larkspur Urology", "urology-sched@" + LH),
               [("Ken Adler", "kenadler@mail.example.net")], "Larkspur Urology, Pavilion A", partstat="ACCEPTED",
               prodid="-//Apple Inc.//iPhone 19.2//EN", stamp="20260826T191500Z")
    txt = "Ken Adler has accepted this invitation.\n"
    body = Multi("alternative", [T(txt), ICS(cal, "REPLY")], style=2)
    return mail(A("Ken Adler", "kenadler@mail.example.net"), A("Larkspur Urology", "urology-sched@" + LH),
                "Accepted: Ken Adler - prostate biopsy results + treatment options (Dr. Sandoval)", D(2026, 8, 26, 15, 15, 0),
                body, extra=[("X-Mailer", "iPhone Mail (23F79)")])


@reg("digest-peer-connect-member-lithium", "restricted",
     "peer-support list digest in which a member, signing with her full name, describes her lithium level and psychiatrist visit", cat="mh")
def _():
    lst = "bipolar-peers@lists." + LH
    posts = [post(A("Moderator - Peer Connect", "peerconnect@" + LH), lst, "Reminder: Thursday meetup at the library",
                  D(2026, 10, 12, 8, 0), "Our in-person meetup is Thursday 6:30 PM, Millbrook Library room B.\n"),
             post(A("Hollis Grant", "hgrant.writes@mail.example.com"), lst, "Re: anyone else shaky on lithium?",
                  D(2026, 10, 12, 19, 22),
                  "Yes!! My hands shook so bad I couldn't sign my name. My level came back 1.1\n"
                  "and Dr. Whitcombe dropped me from 1200 to 900 and added propranolol for the\n"
                  "tremor. Much better after 2 weeks. Also drink water, I was dehydrated.\n"
                  "Hang in there.\n\n-- Hollis Grant (diagnosed bipolar II in 2019, 3 years stable)\n"),
             post(A("Peer Connect", "peerconnect@" + LH), lst, "Crisis resources", D(2026, 10, 12, 20, 0),
                  "If you are in crisis call or text 988. This list is peer support, not treatment.\n")]
    return mailman_digest("Bipolar-peers", lst, 3, 118, D(2026, 10, 13, 0, 0, 2), lst, posts,
                          "_______________________________________________\nBipolar-peers mailing list - Larkspur Peer Connect\n"
                          "https://lists.larkspurhealth.example.org/mailman/listinfo/bipolar-peers\n", bare=True)


@reg("ics-invite-adult-adhd-psych-eval", "restricted",
     "calendar invite to a named patient for a new-patient psychiatric evaluation for ADHD and depression", cat="mh")
def _():
    desc = """New patient psychiatric evaluation - Larkspur Behavioral Health
Patient: Marcus Bell (DOB 02/28/1993)
Reason for referral: adult ADHD evaluation; depression on sertraline from PCP
Clinician: Dr. Samuel Whitcombe
Please complete the ASRS and PHQ-9 questionnaires in MyLarkspur before the
visit and bring a list of your medicines. Telehealth link will be sent the
day before if you choose video."""
    cal = vcal("REQUEST", "BH-NPE-20260422-1300-BELL", "Psychiatry new patient evaluation - Dr. Whitcombe", "20260422T130000",
               "20260422T143000", ("Larkspur Behavioral Health", "bh-sched@" + LH), [("Marcus Bell", "marcus.bell93@inbox.example.net")],
               "Larkspur Behavioral Health, Pavilion C, 3rd floor", desc, stamp="20260401T140000Z")
    html = "<html><body><p>" + desc.replace("\n", "<br>\n") + "</p></body></html>\n"
    return invite(A("Larkspur Behavioral Health", "bh-sched@" + LH), A("Marcus Bell", "marcus.bell93@inbox.example.net"),
                  "Invitation: Psychiatry new patient evaluation - Dr. Whitcombe", D(2026, 4, 1, 10, 0, 0), desc + "\n", cal, html=html)


@reg("ics-cancel-lynch-results-counselling", "restricted",
     "calendar cancellation of a named patient's genetic counselling visit to review her Lynch syndrome panel result", cat="gen")
def _():
    desc = "Rescheduling - counselor at conference. Priya Raman: review of MSH2 result from Lynch syndrome panel, discuss colonoscopy every 1-2 yrs and testing for her brother."
    cal = vcal("CANCEL", "CGP-20261015-1100-RAMAN", "Genetic counseling - Priya Raman - Lynch panel results", "20261015T110000",
               "20261015T120000", ("Priscilla Hwang", "phwang@" + LH), [("Priya Raman", "priya.raman@mail.example.com")],
               "Cancer Genetics Program / video", desc, seq=1, status="CANCELLED", stamp="20261008T130000Z",
               prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=False)
    cal = cal.replace("20261015T110000\n", "20261015T150000Z\n").replace("20261015T120000\n", "20261015T160000Z\n")
    return invite(A("Priscilla Hwang", "phwang@" + LH), A("Priya Raman", "priya.raman@mail.example.com"),
                  "Canceled event: Genetic counseling - Priya Raman - Lynch panel results @ Thu Oct 15, 2026 11am - 12pm (EDT)",
                  D(2026, 10, 8, 9, 0, 0), desc + "\n", cal, method="CANCEL", google=True)


@reg("ics-invite-vasectomy-consult", "restricted",
     "borderline: invite to a named patient for a vasectomy consultation; treated as contraceptive care", cat="repro")
def _():
    desc = """Vasectomy consultation - Dr. Luis Sandoval, Larkspur Urology
Patient: Trevor Lindahl
We will talk about how the procedure works, recovery, and that you must use
other birth control until a semen analysis at 12 weeks shows no sperm.
Please bring your partner if you wish."""
    cal = vcal("REQUEST", "URO-20261103-0830-LINDAHL", "Vasectomy consult - Dr. Sandoval", "20261103T083000", "20261103T090000",
               ("Larkspur Urology", "urology-sched@" + LH), [("Trevor Lindahl", "tlindahl@mail.example.com")],
               "Larkspur Urology, Pavilion A", desc, stamp="20261020T130000Z")
    return invite(A("Larkspur Urology", "urology-sched@" + LH), A("Trevor Lindahl", "tlindahl@mail.example.com"),
                  "Invitation: Vasectomy consult - Dr. Sandoval @ Tue Nov 3, 2026 8:30am", D(2026, 10, 20, 9, 0, 0), desc + "\n", cal)


@reg("digest-oncology-journal-toc", "none",
     "mailing-list digest of a clinical journal's table of contents: BRCA, HIV-associated lymphoma, opioid tapering; no patient")
def _():
    lst = "copr-toc@lists.example.org"
    posts = [post(A("COPR eTOC", "etoc@journals.example.org"), lst, "Original research, April 2026", D(2026, 4, 1, 4),
                  "- Germline BRCA1/2 testing rates after a universal-testing policy (n=3,420)\n"
                  "- Outcomes of HIV-associated diffuse large B-cell lymphoma on modern ART\n"
                  "- PARP inhibitor maintenance in platinum-sensitive ovarian cancer\n"),
             post(A("COPR eTOC", "etoc@journals.example.org"), lst, "Practice & policy", D(2026, 4, 1, 4, 1),
                  "- Opioid tapering in cancer survivors: a consensus statement\n"
                  "- Fertility preservation counseling before chemotherapy: who gets referred?\n"
                  "- Screening for depression and distress in the infusion chair\n"),
             post(A("COPR eTOC", "etoc@journals.example.org"), lst, "Case of the month", D(2026, 4, 1, 4, 2),
                  "A 54-year-old with a painless neck mass (de-identified teaching case).\n")]
    return mailman_digest("COPR-toc", lst, 19, 4, D(2026, 4, 1, 5, 0, 0), "fhalvorsen@" + LH, posts,
                          "_______________________________________________\nCOPR-toc mailing list\nhttps://lists.example.org/mailman/listinfo/copr-toc\n")


@reg("digest-nurse-managers-staffing", "none",
     "nurse managers' list digest about staffing grids, travel nurse contracts and med cabinet downtime")
def _():
    lst = "nurse-managers@lists." + LH
    posts = [post(A("Rhonda Klee", "rklee@" + LH), lst, "Holiday staffing grid due Friday", D(2026, 11, 16, 8),
                  "Please send your Thanksgiving/Christmas grids by Friday. Use the new template.\n"),
             post(A("Staffing Office", "staffing@" + LH), lst, "Travel contracts ending 12/19", D(2026, 11, 16, 10),
                  "Seven travel RN contracts end 12/19 (ICU 3, 5N 2, ED 2). Extension requests by 12/1.\n"),
             post(A("Pharmacy Ops", "rxops@" + LH), lst, "Re: Med cabinet downtime", D(2026, 11, 16, 15),
                  "Reminder: med cabinet (ADC) downtime 11/18 0200-0230. Controlled substance counts after restart.\n")]
    return mailman_digest("Nurse-managers", lst, 8, 212, D(2026, 11, 17, 0, 0, 4), lst, posts,
                          "_______________________________________________\nNurse-managers mailing list\n")


@reg("pharmacists-list-no-patient-info-footer", "none",
     "pharmacists' list message about a heparin shortage, with a footer forbidding patient information")
def _():
    txt = """Heads up: our wholesaler has heparin 5,000 units/mL vials on allocation
through June. Please switch SC prophylaxis orders to enoxaparin where
appropriate and save vials for the units that need them. Updated
substitution table is on the pharmacy SharePoint.

Joaquin Serrano, PharmD
Clinical Pharmacy Manager

--
Larkspur-Pharmacists list. Do NOT post protected health information (PHI),
patient names, MRNs or photos of labels to this list. Use secure chat in the
EHR for patient-specific questions.
Manage your subscription: https://lists.larkspurhealth.example.org/mailman/listinfo/rx-all
"""
    return mail(A("Joaquin Serrano", "jserrano@" + LH), "rx-all@lists." + LH, "[RX-all] Heparin vials on allocation through June",
                D(2026, 3, 25, 11, 30, 0), T(txt), extra=[("List-Id", "RX-all <rx-all.lists.larkspurhealth.example.org>"), ("Precedence", "list")])


@reg("digest-hl7-user-group-pid3-mapping", "none",
     "interface user-group digest about PID-3 identifier mapping and MRN assigning authority; configuration talk, no patient")
def _():
    lst = "hl7-users@lists.example.org"
    posts = [post(A("Brian Castellano", "bcastellano@" + LH), lst, "PID-3 repetitions from the new lab vendor", D(2026, 2, 9, 10),
                  "Our new reference lab sends PID-3 with two repetitions: the MRN (assigning\n"
                  "authority LH, type MR) and their own accession-level ID (type PI). The engine\n"
                  "only maps the first repetition. Anyone filter on PID-3.5 = MR instead?\n"),
             post(A("Gail Norquist", "gnorquist@valleymed.example.com"), lst, "Re: PID-3 repetitions from the new lab vendor", D(2026, 2, 9, 12),
                  "Yes, we iterate the repetitions and pick CX.5 = MR with CX.4 = our OID.\n"
                  "Also watch PID-18 (account number) - some vendors shove the MRN there.\n"),
             post(A("HL7 Users Admin", "admin@lists.example.org"), lst, "Reminder: no PHI on this list", D(2026, 2, 9, 13),
                  "Please scrub sample messages: use ZZTEST names and 999xxxx MRNs.\n")]
    return mailman_digest("HL7-users", lst, 14, 33, D(2026, 2, 10, 0, 0, 5), "bcastellano@" + LH, posts,
                          "_______________________________________________\nHL7-users mailing list\nhttps://lists.example.org/mailman/listinfo/hl7-users\n")


@reg("list-bounce-probe-disabled", "none",
     "mailing-list bounce-probe notice that a subscription was disabled after bounces; list admin mail")
def _():
    txt = """Your membership in the mailing list Nurse-managers has been disabled due
to excessive bounces. The last bounce received from you was dated
18-Nov-2026. You will not get any more messages from this list until you
re-enable your membership. You will receive 3 more reminders like this
before your membership in the list is deleted.

To re-enable your membership, you can simply respond to this message
(leaving the Subject: line intact), or visit the confirmation page at

    https://lists.larkspurhealth.example.org/mailman/confirm/nurse-managers/3a9f0c22d1

Questions: nurse-managers-owner@lists.larkspurhealth.example.org
"""
    return mail(A("", "nurse-managers-bounces@lists." + LH), "tmcnair@" + LH,
                "Your membership in the Nurse-managers mailing list has been disabled", D(2026, 11, 20, 0, 0, 9), T(txt),
                extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")])


@reg("rassylka-privivki-detskie", "none",
     "Russian community newsletter (KOI8-R) about the childhood vaccine schedule and a school clinic day; no individual", lang="ru")
def _():
    txt = """Рассылка русскоязычной общины. Выпуск N 9, сентябрь 2026

ПРИВИВКИ К ШКОЛЕ

Напоминаем, что для поступления в школу штат требует прививки:
 - АКДС (DTaP) - 5 доз, последняя после 4 лет;
 - полиомиелит - 4 дозы;
 - корь, паротит, краснуха (MMR) - 2 дозы;
 - ветрянка - 2 дозы;
 - подросткам 11-12 лет - Tdap и менингококковая вакцина.

В субботу 19 сентября в общинном центре - день детского здоровья:
бесплатные прививки для детей без страховки, проверка зрения и слуха.
Приносите прививочные карты. Врачи говорят по-русски.

Вопросы: (614) 555-0189
Чтобы отписаться, ответьте на это письмо словом "отписаться".
"""
    return mail(A("Русская община", "rassylka@russkaya-obshchina.example.org", cs="koi8-r"), "members@russkaya-obshchina.example.org",
                "Рассылка: прививки к школе и день детского здоровья", D(2026, 9, 8, 10, 0, 0), T(txt, cs="koi8-r", cte="base64"),
                cs="koi8-r", extra=[("Precedence", "bulk")])


@reg("list-unsubscribe-confirm-awareness-news", "none",
     "confirmation of unsubscribing from a mental-health awareness newsletter; list admin, no health content about anyone")
def _():
    txt = """You have been unsubscribed from "Mind Matters - Larkspur Behavioral Health
community newsletter" (mental health awareness, stress, suicide prevention
events).

If this was a mistake, resubscribe at
https://news.larkspurhealth.example.org/subscribe/mindmatters

You will not receive further newsletters at this address.
"""
    return mail(A("Mind Matters Newsletter", "mindmatters@news." + LH), "pkowal.home@mail.example.net",
                "You have been unsubscribed", D(2026, 5, 12, 19, 2, 0), T(txt))


@reg("ics-thoracic-tumor-board-series", "none",
     "recurring Teams invite for thoracic tumor board with dial-in numbers; no patient in the invite")
def _():
    desc = """Thoracic Multidisciplinary Tumor Board - weekly, Thursdays 7:00-8:00 AM.
Case lists are posted in the EHR tumor board module by Tuesday 5 PM; do not
e-mail case lists.
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 248 119 330 72   Passcode: Tb7q2X
Dial in by phone: +1 614-555-0198,,773104822#   Phone conference ID: 773 104 822#
________________________________________________________________________________"""
    cal = vcal("REQUEST", "040000008200E00074C5B7101A82E00800000000TBOARD2026", "Thoracic Tumor Board", "20260108T070000",
               "20260108T080000", ("Nadia Corrigan", "ncorrigan@" + LH),
               [("Hem/Onc Physicians", "hemonc-md@" + LH), ("Thoracic Surgery", "thoracic-surg@" + LH),
                ("Radiation Oncology", "radonc@" + LH), ("Pathology", "pathology@" + LH)],
               "Conf Rm 3B / Microsoft Teams Meeting", desc, rrule="FREQ=WEEKLY;BYDAY=TH;UNTIL=20261231T120000Z", stamp="20260102T150000Z")
    return invite(A("Corrigan, Nadia", "ncorrigan@" + LH), A("Hem/Onc Physicians", "hemonc-md@" + LH),
                  "Thoracic Tumor Board", D(2026, 1, 2, 10, 0, 0), desc + "\n", cal,
                  html="<html><body><p>Thoracic Multidisciplinary Tumor Board - weekly, Thursdays 7:00-8:00 AM.</p><p>Case lists are posted in the EHR tumor board module; do not e-mail case lists.</p><hr><p>Microsoft Teams meeting<br>Meeting ID: 248 119 330 72<br>Dial in: +1 614-555-0198,,773104822#</p></body></html>\n")


@reg("ics-cancel-m-and-m-conference", "none",
     "cancellation of the surgery morbidity and mortality conference; no cases named")
def _():
    desc = "M&M is cancelled this week because of the accreditation site visit. Cases move to 3/26."
    cal = vcal("CANCEL", "MMCONF-SURG-20260319", "Surgery M&M Conference", "20260319T063000", "20260319T073000",
               ("Surgery Education", "surg-ed@" + LH), [("Surgery Residents", "surg-residents@" + LH)],
               "Auditorium B", desc, seq=3, status="CANCELLED", stamp="20260316T180000Z")
    return invite(A("Surgery Education", "surg-ed@" + LH), A("Surgery Residents", "surg-residents@" + LH),
                  "Canceled: Surgery M&M Conference", D(2026, 3, 16, 14, 0, 0), desc + "\n", cal, method="CANCEL")


@reg("ics-hiv-testing-day-volunteer-shifts", "none",
     "invite for National HIV Testing Day outreach volunteer shifts; event staffing, no patient")
def _():
    desc = """National HIV Testing Day - community outreach
Rapid HIV and hepatitis C testing van at Riverside Park, 10 AM - 4 PM.
Shift 1 10-1, shift 2 1-4. Counselors bring your certification cards.
PrEP navigators will have information cards; no clinical records on site."""
    cal = vcal("REQUEST", "CRESCENT-NHTD-20260627", "NHTD outreach - Riverside Park (testing van)", "20260627T100000", "20260627T160000",
               ("Gwen Takahashi", "gtakahashi@" + LH), [("Crescent Clinic Staff", "crescent-staff@" + LH)],
               "Riverside Park, north lot", desc, stamp="20260601T130000Z")
    return invite(A("Takahashi, Gwen", "gtakahashi@" + LH), A("Crescent Clinic Staff", "crescent-staff@" + LH),
                  "NHTD outreach - Riverside Park (testing van)", D(2026, 6, 1, 9, 0, 0), desc + "\n", cal)


@reg("ics-moud-prescriber-training", "none",
     "invite to a training on prescribing buprenorphine for opioid use disorder in primary care; education, no patient")
def _():
    desc = """MOUD in primary care: starting buprenorphine in the office and by telehealth
Speakers: Ana Lima, NP (Addiction Medicine) and Joaquin Serrano, PharmD
- low-dose ("micro") induction with fentanyl exposure
- precipitated withdrawal: prevention and rescue
- extended-release injections, naloxone co-prescribing
1.5 CME/CE credits."""
    cal = vcal("REQUEST", "EDU-MOUD-20260512", "MOUD in primary care (CME)", "20260512T120000", "20260512T133000",
               ("Medical Education", "meded@" + LH), [("Primary Care Providers", "pcp-all@" + LH)],
               "Alder Auditorium + Teams", desc, stamp="20260420T130000Z")
    return invite(A("Medical Education", "meded@" + LH), A("Primary Care Providers", "pcp-all@" + LH),
                  "MOUD in primary care (CME) - Tue May 12, noon", D(2026, 4, 20, 9, 0, 0), desc + "\n", cal)


@reg("ics-reply-accepted-genetics-journal-club", "none",
     "calendar acceptance for a genetics journal club about variant reclassification; no patient")
def _():
    cal = vcal("REPLY", "GEN-JC-20260917", "Genetics journal club: VUS reclassification", "20260917T160000", "20260917T170000",
               ("Priscilla Hwang", "phwang@" + LH), [("Oren Feld", "ofeld@" + LH)], "Cancer Center 2nd floor",
               partstat="ACCEPTED", stamp="20260910T140000Z")
    return mail(A("Feld, Oren", "ofeld@" + LH), A("Hwang, Priscilla", "phwang@" + LH),
                "Accepted: Genetics journal club: VUS reclassification", D(2026, 9, 10, 10, 0, 0),
                Multi("alternative", [T("Oren Feld has accepted.\n"), ICS(cal, "REPLY")], style=0))


@reg("iskedyul-flu-clinic-boluntaryo", "none",
     "Tagalog invite for volunteer nurse shifts at a community flu-shot clinic; scheduling only", lang="tl")
def _():
    desc = """Magandang araw po sa lahat!

Flu shot clinic ng Filipino Nurses Association sa Filipino Community Center.
Kailangan po namin ng 8 RN na boluntaryo:
 - Shift A: 8:00 - 11:00 (4 RN)
 - Shift B: 11:00 - 2:00 (4 RN)
Dalhin ang inyong RN license at badge. May libreng tanghalian.
Mag-reply lang po kung aling shift ang kaya ninyo. Salamat po!

- Tita Cora (Corazon Villanueva, RN)"""
    cal = vcal("REQUEST", "FNA-FLU-20261017", "Flu shot clinic - mga boluntaryo", "20261017T080000", "20261017T140000",
               ("Corazon Villanueva", "cora.villanueva@mail.example.com"), [("FNA Members", "members@fna-ohio.example.org")],
               "Filipino Community Center", desc, prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp="20260928T010000Z")
    return invite(A("Corazon Villanueva", "cora.villanueva@mail.example.com"), "members@fna-ohio.example.org",
                  "Imbitasyon: Flu shot clinic - mga boluntaryo (Sabado, Okt 17)", D(2026, 9, 27, 21, 0, 0), desc + "\n", cal, google=True)


@reg("ics-embryology-lab-incubator-maintenance", "none",
     "invite for embryology-lab incubator maintenance at a fertility centre; equipment service, no patient")
def _():
    desc = """Annual preventive maintenance, embryo incubators 1-4 and the laminar flow
hoods. No retrievals or transfers scheduled that morning. Lab director on
site. Vendor tech: Sandeep (CryoLab Service) (614) 555-0195."""
    cal = vcal("REQUEST", "CFC-LAB-PM-20260816", "Embryology lab PM - incubators 1-4", "20260816T070000", "20260816T120000",
               ("Cedar Fertility Lab", "lab@cedarfertility.example.com"), [("CryoLab Service", "service@cryolab.example.net")],
               "Cedar Fertility Center - embryology lab", desc, stamp="20260720T130000Z")
    return invite(A("Cedar Fertility Lab", "lab@cedarfertility.example.com"), A("CryoLab Service", "service@cryolab.example.net"),
                  "Embryology lab PM - incubators 1-4", D(2026, 7, 20, 9, 0, 0), desc + "\n", cal)


# ============================== HTML, phones, charsets, TNEF (clinical) ==
def esc_html(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@reg("html-only-med-table-for-daughter", "phi",
     "HTML-only message with a table of a named patient's discharge medicines sent to his daughter")
def _():
    rows = [("Metoprolol succinate", "25 mg", "Once daily (morning)", "NEW - for heart rate"),
            ("Furosemide", "40 mg", "Once daily", "CHANGED - was 20 mg"),
            ("Apixaban", "5 mg", "Twice daily", "NEW - blood thinner for atrial fibrillation"),
            ("Lisinopril", "10 mg", "Once daily", "Same"),
            ("Aspirin", "81 mg", "-", "STOP - do not take with apixaban")]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial">
<p>Hi Ms. Pollard,</p>
<p>As promised, here is your father's medicine list from his discharge today (Eugene Pollard, 4 West).
Please bring it to his follow-up with Dr. Iqbal on <b>Monday 9/21 at 10:40</b> and have his weight checked every morning -
call us if he gains more than 3 lb in a day.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8eef5"><th>Medicine</th><th>Dose</th><th>When</th><th>Note</th></tr>
%s</table>
<p>Jamal Pierce, RN<br>4 West, Larkspur Regional Medical Center<br>(614) 555-0154</p>
</body></html>
""" % trs
    return mail(A("Pierce, Jamal", "jpierce@" + LH), A("Denise Pollard", "dpollard@inbox.example.net"),
                "Your dad's medicine list", D(2026, 9, 15, 16, 20, 0), H(html, cte="quoted-printable"))


@reg("iphone-home-bp-readings", "phi",
     "patient's message from his phone with a week of home blood pressure readings after his new amlodipine")
def _():
    txt = """Hi Tasha
Here's my BP for the week like Dr Kaur asked. Been taking the amlodipine
5 since last Fri

Mon 152/94
Tue 148/90
Wed 139/88
Thu 141/86 (after coffee lol)
Fri 136/84

Ankles a little puffy at night. Is that from the new pill?

Leon Fairweather

Sent from my iPhone
"""
    return mail(A("Leon Fairweather", "leonfw@mail.example.com"), A("Tasha Bramwell", "tbramwell@" + LH),
                "BP readings", D(2026, 5, 16, 7, 55, 10), T(txt), extra=[("X-Mailer", "iPhone Mail (23E246)")])


@reg("tnef-or-schedule-tomorrow", "phi",
     "Outlook message with a winmail.dat; the body lists tomorrow's operating-room cases with patient names and procedures")
def _():
    txt = """OR 4 tomorrow (Thu 2/26) - Dr. Whitlock

0730  Halvorsen, Jean     66F  lap cholecystectomy (symptomatic cholelithiasis)
0930  Brooks, Terrence    52M  R inguinal hernia repair w/ mesh
1130  Amadi, Chioma       39F  diagnostic laparoscopy, L ovarian cyst
1330  Ferrante, Louis     71M  excision lipoma back - MAC

Mr. Brooks is on clopidogrel - held since Friday per cardiology.
Ms. Halvorsen needs a type & screen on arrival.

Thanks, Lacey
"""
    body = Multi("mixed", [T(txt, cs="us-ascii"),
                           BIN("application/ms-tnef", tnef("OR 4 tomorrow", txt), "winmail.dat")], style=0)
    return mail(A("Lacey Dunmore", "ldunmore@" + LH), A("Periop Charge Nurses", "periop-charge@" + LH),
                "OR 4 tomorrow", D(2026, 2, 25, 15, 30, 0), body,
                extra=[("X-MS-Has-Attach", "yes"), ("X-MS-TNEF-Correlator", "<A8F2B1C90E3D4A5B@MBX02.corp.larkspurhealth.example.org>")])


@reg("alt-plain-echo-html-generic", "phi",
     "the text part names the patient and his echocardiogram for a heart murmur; the HTML part is a generic reminder")
def _():
    txt = """Hi Norman,

Reminder: Echocardiogram (transthoracic) to follow up your heart murmur
Wednesday, June 24, 2026 at 1:15 PM
Larkspur Heart & Vascular, Pavilion A, 1st floor

Ordered by Dr. Iqbal. No preparation needed. Please arrive 15 minutes early.
"""
    html = """<html><body style="font-family:Arial">
<h2 style="color:#2d5f4c">You have an upcoming appointment</h2>
<p>Log in to <a href="https://my.larkspurhealth.example.org/appointments">MyLarkspur</a> to view the details,
get directions or cancel.</p>
<p style="font-size:11px">This is an automated message from Larkspur Health.</p>
</body></html>
"""
    return mail(A("Larkspur Health", "reminders@notify." + LH), A("Norman Bisset", "nbisset@mail.example.net"),
                "Appointment reminder", D(2026, 6, 22, 9, 0, 0), Multi("alternative", [T(txt), H(html)], style=3))


@reg("base64-discharge-instructions-pneumonia", "phi",
     "base64-encoded discharge instructions for a named patient with pneumonia and her antibiotic course")
def _():
    txt = """DISCHARGE INSTRUCTIONS

Patient: PRENTISS, ARLENE    MRN: 20633178    Discharged: 01/22/2026
Diagnosis: community-acquired pneumonia, right lower lobe

Medicines:
 - Levofloxacin 750 mg by mouth once daily for 5 more days (last dose 1/27)
 - Albuterol inhaler 2 puffs every 4-6 hours as needed for wheeze
 - Continue your home medicines except ibuprofen

Follow-up: Dr. Kaur in 7-10 days; chest x-ray in 6 weeks.
Return to the ER for trouble breathing, chest pain, or fever over 101 F.
"""
    return mail(A("Larkspur Discharge Instructions", "dcinstructions@" + LH), A("Arlene Prentiss", "aprentiss@post.example.net"),
                "Your discharge instructions", D(2026, 1, 22, 14, 0, 0), T(txt, cte="base64"))


@reg("cp1252-qp-cardiology-statement", "phi",
     "windows-1252 quoted-printable billing statement for a named patient's cardiology visit and Holter monitor")
def _():
    txt = """Larkspur Health – Patient Statement

Patient: Frances O’Malley
Account number: 7700512291            Statement date: 04/10/2026
Guarantor: Frances O’Malley

Date        Description                                   Charges
03/02/2026  Office visit – cardiology, est. patient (99214)  $238.00
03/02/2026  Holter monitor, 48 hours (93224)                 $412.00
03/20/2026  Insurance payment – Keystone Valley             –$418.60
03/20/2026  Contractual adjustment                          –$105.00
                                              Amount due:   $126.40

Pay online at https://pay.larkspurhealth.example.org or call (614) 555-0107.
“Financial assistance is available – ask us.”
"""
    return mail(A("Larkspur Health Billing", "statements@" + LH), A("Frances O'Malley", "fomalley@mail.example.com"),
                "Your statement from Larkspur Health", D(2026, 4, 10, 5, 0, 0), T(txt, cs="windows-1252", cte="quoted-printable"))


@reg("related-inline-heel-ulcer-photo", "phi",
     "home-health nurse's HTML message with an inline photo of a named patient's heel ulcer and a worsening note")
def _():
    html = """<html><body style="font-family:Calibri">
<p>Dr. Sandoval,</p>
<p>Photo below of Mrs. Irene Vasquez's L heel ulcer from today's visit. It is larger (3.2 x 2.8 cm, was 2.5 x 2.0)
with new black eschar and more redness up the ankle. No fever. Pedal pulse hard to find. Can she be seen in vascular
this week? Her daughter can bring her any afternoon.</p>
<p><img src="cid:heel_0609@summitridgehh.example.com" width="320" alt="L heel"></p>
<p>Tom Reyes, RN<br>Summit Ridge Home Health</p>
</body></html>
"""
    rel = Multi("related", [H(html), BIN("image/png", png(), "IMG_0609_Lheel.png", inline=True, cid="heel_0609@summitridgehh.example.com")],
                [("type", "text/html")], style=2)
    return mail(A("Tom Reyes", "treyes@summitridgehh.example.com"), A("Luis Sandoval", "lsandoval@" + LH),
                "Vasquez heel - photo", D(2026, 6, 9, 15, 12, 0), rel, extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])


@reg("iphone-spouse-er-chest-pain", "phi",
     "wife's phone message that her husband is in the ER with chest pain and having troponins drawn")
def _():
    txt = """Tom's in the ER at Larkspur with chest pain, started at work. They did an EKG and the first troponin was normal, doing another at 3. They might keep him overnight for a stress test. Can you grab the kids from school?? I'll call you

Sent from my iPhone
"""
    return mail(A("Jess Whitaker-Lund", "jess.lund@mail.example.com"), A("Amy Lund", "amylund@inbox.example.net"),
                "Tom", D(2026, 10, 27, 12, 48, 0), T(txt, flowed=True, delsp=True), extra=[("X-Mailer", "iPhone Mail (23H31)")])


@reg("allergy-update-amoxicillin-hives", "phi",
     "patient asks the clinic to record her amoxicillin reaction (hives, lip swelling) and the treatment she got")
def _():
    txt = """Hello,

Please update my chart — I had a reaction to the amoxicillin Dr. Kaur
prescribed on Monday for my sinus infection. On day 3 I broke out in hives
all over and my lips swelled. Urgent care gave me prednisone and Benadryl
and switched me to azithromycin. I’m better now.

Olivia Strand
DOB 04/04/1990
"""
    return mail(A("Olivia Strand", "ostrand@mail.example.net"), A("Larkspur Family Medicine", "millbrook@" + LH),
                "Allergy – please add to my record", D(2026, 11, 5, 9, 30, 0), T(txt, cte="quoted-printable"))


@reg("iphone-azucares-semana-lantus", "phi",
     "Spanish message from a named patient's phone with his week of blood sugars and his Lantus dose", lang="es")
def _():
    txt = """Buenos días enfermera Sandra

Le mando mis azúcares de esta semana como me pidió la doctora:
lunes 182 en ayunas
martes 165
miércoles 210 (el martes en la noche comí tamales, perdón)
jueves 158
viernes 171

La Lantus me la estoy poniendo 18 unidades en la noche. ¿Le subo o la dejo
así? La metformina sí me la tomo con la comida.

Gracias, Dios la bendiga
Hilario Benítez

Enviado desde mi iPhone
"""
    return mail(A("Hilario Benítez", "hbenitez58@correo.example.com"), A("Sandra Ocampo", "socampo@" + LH),
                "azucares", D(2026, 7, 10, 7, 12, 0), T(txt), extra=[("X-Mailer", "iPhone Mail (23F79)")])


@reg("nuer-xunwen-mama-dannang-shoushu", "phi",
     "daughter's Chinese HTML message about her named mother's gallbladder surgery, aspirin and metformin", lang="zh")
def _():
    html = """<div>您好，</div>
<div><br></div>
<div>我是李秀英的女儿张丽。我母亲（出生日期 1958年11月3日）下周三（5月20日）要在贵院做腹腔镜胆囊切除手术，主刀医生是Whitlock医生。</div>
<div><br></div>
<div>想请问两个问题：</div>
<div>1. 她每天吃阿司匹林 81 毫克，手术前需要停几天？</div>
<div>2. 她有糖尿病，每天吃二甲双胍，手术当天早上还要吃吗？</div>
<div><br></div>
<div>她不太会说英语，手术那天可以安排中文翻译吗？谢谢！</div>
<div><br></div>
<div>张丽</div>
<div>(614) 555-0148</div>
"""
    return mail(A("张丽", "zhangli.oh@mail.example.com"), A("General Surgery Clinic", "gensurg@" + LH),
                "关于我母亲下周的胆囊手术", D(2026, 5, 13, 21, 5, 0), H(html, cte="base64"))


@reg("musume-haha-daitaikotsu-kossetsu", "phi",
     "Japanese (Shift_JIS) message from a daughter about her named mother's hip fracture surgery and osteoporosis treatment", lang="ja")
def _():
    txt = """ラークスパー整形外科　御中

いつも母がお世話になっております。
田中和子（昭和16年5月3日生まれ）の娘の田中恵美と申します。

母は先週自宅で転倒し、左大腿骨頸部骨折のため、3月2日に貴院で
人工骨頭置換術を受けました。現在はリハビリ病棟に入院しております。

退院後の外来リハビリの予約と、アマリ先生からお話のあった骨粗しょう症の
注射（毎日の自己注射）について、家族として説明を伺いたいと思っております。

日中は仕事のため、メールでご連絡いただけますと大変助かります。
どうぞよろしくお願いいたします。

田中恵美
"""
    return mail(A("田中恵美", "emi.tanaka@mail.example.net", cs="shift_jis"), A("Larkspur Orthopedics", "ortho.nurse@" + LH),
                "母（田中和子）の退院後のリハビリについて", D(2026, 3, 9, 20, 14, 0), T(txt, cs="shift_jis", cte="base64"), cs="shift_jis")


@reg("adeul-abeoji-warfarin-bal-chi", "phi",
     "Korean message from a son about his named father's warfarin, a high INR and an upcoming tooth extraction", lang="ko")
def _():
    txt = """안녕하세요, 항응고 클리닉 선생님.

저는 박정호(1949년 7월 2일생) 환자의 아들 박성민입니다.
아버지께서 와파린 5mg을 드시고 계신데, 지난주 목요일 검사에서 INR이 3.9로
높게 나왔다고 전화를 받았습니다. 그 후로 목요일마다 2.5mg으로 줄여서
드시고 있습니다.

다음 주 화요일에 치과에서 어금니를 뽑기로 했는데, 와파린을 며칠 전부터
끊어야 하는지, 아니면 그냥 드셔도 되는지 알려주시면 감사하겠습니다.
치과에서는 병원에 먼저 물어보라고 했습니다.

감사합니다.
박성민 드림
(614) 555-0124
"""
    return mail(A("박성민", "sungmin.park@inbox.example.net"), A("Anticoagulation Clinic", "anticoag@" + LH),
                "아버지 와파린 관련 문의 (박정호)", D(2026, 9, 3, 10, 41, 0), T(txt, cte="base64"))


@reg("xasuusin-tallaalka-afar-sano", "phi",
     "Somali reminder to a parent that their named child is due for his 4-year vaccines at a set appointment", lang="so")
def _():
    txt = """Waalidka Cabdiraxmaan Maxamed Cali,

Tani waa xasuusin ka timid Larkspur Pediatrics.

Cabdiraxmaan (dhashay 03/05/2022) wuxuu u baahan yahay tallaalada afarta
sano jirka: DTaP, dabeylaha (polio), MMR iyo busbuska (varicella).

Ballanta: Arbaco, 13 Maajo 2026, saacadda 9:20 subaxnimo
Goobta: Larkspur Pediatrics, 220 Birch Street

Fadlan keen kaarka tallaalka ilmaha iyo kaarka caymiska. Haddii aad u
baahan tahay turjubaan Soomaali ah, noo sheeg markaad timaaddo.

Si aad u beddesho ballanta, wac (614) 555-0126.

Mahadsanid,
Larkspur Pediatrics
"""
    return mail(A("Larkspur Pediatrics", "peds.reminders@" + LH), A("Maxamed Cali", "maxamedcali@mail.example.com"),
                "Xasuusin: ballanta tallaalka Cabdiraxmaan", D(2026, 5, 6, 9, 0, 0), T(txt))


@reg("family-mom-memory-donepezil", "phi",
     "borderline: sibling e-mail naming only 'Mom' (identifiable through the family) about her worsening dementia and donepezil dose")
def _():
    txt = """Paul,

Update after Mom's appointment today. Dr. Lin thinks the memory stuff is
getting worse, her MoCA was 17 (it was 21 in the fall). He upped the
donepezil to 10 mg and wants the neurology appointment moved up - it's
March 3 now at 2:30 with Dr. Halvorsen. She got lost driving home from
church again last Sunday so he said no more driving, period. She cried.

Can you take her car keys this weekend? She won't fight you as much.

Carla
"""
    return mail(A("Carla Bianchi", "carla.bianchi@mail.example.net"), A("Paul Bianchi", "pbianchi@inbox.example.net"),
                "Mom - Dr. Lin today", D(2026, 2, 11, 19, 20, 0), T(txt))


@reg("newsletter-personal-block-colonoscopy-due", "phi",
     "newsletter-looking HTML mail with a personalised block telling the patient he is overdue for colorectal screening, naming his last colonoscopy")
def _():
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px">
<h1 style="color:#2d5f4c">Your Health Reminders</h1>
<div style="border-left:4px solid #c0392b;padding:10px;background:#fdf2f0">
<p><b>Hi Ramon,</b> our records show you are <b>overdue for colorectal cancer screening</b>.
Your last colonoscopy was in <b>2016 with Dr. Feld</b>, and he recommended a repeat in 10 years because of the polyps found then.
Call (614) 555-0171 or book online.</p></div>
<h2>This month at Larkspur</h2>
<p>Free blood pressure checks at every pharmacy. Join a walking group. Try our heart-healthy recipe of the month.</p>
<p style="font-size:11px;color:#888">Larkspur Health, 1200 Alder Street, Millbrook. <a href="https://news.larkspurhealth.example.org/prefs">Email preferences</a></p>
</td></tr></table></body></html>
"""
    return mail(A("Larkspur Health", "myhealth@news." + LH), A("Ramon Echeverria", "recheverria@mail.example.com"),
                "Ramon, you have a health reminder", D(2026, 3, 4, 7, 0, 0), H(html, cte="quoted-printable"),
                extra=[("List-Unsubscribe", "<https://news.larkspurhealth.example.org/unsub?u=ra4471>")])


@reg("html-table-ocd-erp-caseload", "restricted",
     "therapist's HTML table to her supervisor with named clients, OCD and other diagnoses, Y-BOCS scores and ERP session notes", cat="mh")
def _():
    rows = [("Ethan Marsh", "OCD (contamination)", "ERP #9", "31 &rarr; 22", "did hierarchy step 6 (public restroom) in session"),
            ("Lila Okafor", "OCD, GAD", "ERP #4", "27 &rarr; 26", "avoiding homework; consider med eval with Dr. Whitcombe"),
            ("Sam Pruett", "OCD (harm obsessions)", "ERP #12", "29 &rarr; 14", "discuss step-down to biweekly"),
            ("Corinne Vale", "Hoarding disorder", "CBT #6", "n/a", "home visit scheduled 3/19")]
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n" % r for r in rows)
    html = """<html><body style="font-family:Calibri">
<p>Hi Dr. Nakamura, here's my caseload update for supervision Thursday.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr><th>Client</th><th>Dx</th><th>Session</th><th>Y-BOCS</th><th>Notes</th></tr>
%s</table>
<p>Dana</p>
</body></html>
""" % trs
    return mail(A("Dana Keller", "dkeller@pinewoodcounseling.example.com"), A("Rei Nakamura, PhD", "rnakamura@pinewoodcounseling.example.com"),
                "caseload for Thursday", D(2026, 3, 16, 17, 0, 0), H(html))


@reg("alt-text-stub-html-cd4-viral-load", "restricted",
     "the text part only says to view the HTML; the HTML gives a named patient's CD4 count, viral load and ART restart", cat="hiv")
def _():
    txt = "This message contains formatted content. Please view it in an HTML-capable mail client.\n"
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dr. Kaur,</p>
<p>Update on our shared patient <b>Samuel Oduya</b> (DOB 10/01/1981), seen in ID clinic today:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Test</th><th>03/02/2026</th><th>12/01/2025</th></tr>
<tr><td>HIV-1 RNA (copies/mL)</td><td>48,200</td><td>&lt;20</td></tr>
<tr><td>CD4 (cells/uL)</td><td>388</td><td>590</td></tr>
</table>
<p>He was off ART for about 3 months after losing his job and his ADAP coverage lapsing. Restarted Biktarvy today, genotype sent,
case manager helping re-enrol. Please don't start any new meds without checking interactions with us.</p>
<p>Thandi Mbeki, MD - Crescent Clinic (Infectious Disease)</p>
</body></html>
"""
    return mail(A("Mbeki, Thandi", "tmbeki@" + LH), A("Kaur, Anjali", "akaur@" + LH), "shared pt update",
                D(2026, 3, 2, 17, 25, 0), Multi("alternative", [T(txt), H(html)], style=0))


@reg("iphone-kreyol-grenn-arv-fini", "restricted",
     "Haitian Creole message from a named patient's phone saying his HIV medicine ran out and his viral load had been undetectable", cat="hiv", lang="ht")
def _():
    txt = """Bonjou Madan Jocelyn,

Se Wilner Jean-Baptiste. Grenn Biktarvy mwen yo fini depi jedi. Famasi a
di yo bezwen otorizasyon asirans lan ankò. Mwen pa vle rete san medikaman
an paske doktè a te di m viral load mwen te endetektab nan mwa mas la.

Èske ou ka rele famasi a pou mwen? Mwen travay jiska 6è diswa, ou ka
voye mesaj ba mwen.

Mèsi anpil, Bondye beni w.
Wilner

Voye depi iPhone mwen
"""
    return mail(A("Wilner Jean-Baptiste", "wjbaptiste@mail.example.net"), A("Jocelyn Pierre-Louis", "jpierrelouis@" + LH),
                "grenn mwen fini", D(2026, 6, 8, 12, 5, 0), T(txt, cte="quoted-printable"), extra=[("X-Mailer", "iPhone Mail (23F79)")])


@reg("tnef-id-clinic-note-resistance", "restricted",
     "Outlook message with winmail.dat; the body is an ID clinic note on a named patient's HIV genotype and regimen change", cat="hiv")
def _():
    txt = """Joaquin,

Genotype is back on Samuel Oduya (MRN 20510077): M184V, no integrase
mutations. Plan to stay on Biktarvy, but I'd like you to set up adherence
packaging and check interactions with the isoniazid he just started for
latent TB. VL repeat in 4 weeks.

Thandi
"""
    body = Multi("mixed", [T(txt, cs="us-ascii"), BIN("application/ms-tnef", tnef("Oduya genotype", txt), "winmail.dat")], style=0)
    return mail(A("Mbeki, Thandi", "tmbeki@" + LH), A("Serrano, Joaquin", "jserrano@" + LH),
                "Oduya genotype", D(2026, 3, 20, 11, 4, 0), body, extra=[("X-MS-Has-Attach", "yes")])


@reg("iphone-plan-b-and-implant-question", "restricted",
     "named patient's phone message about emergency contraception after a broken condom and her planned contraceptive implant", cat="repro")
def _():
    txt = """hi this is Alyssa Moreno (dob 1/9/2001). the condom broke saturday night and i took plan b sunday around noon, so like 30 hours after. is that too late?? should i take another one? also can i still come in thursday to get the nexplanon put in like we talked about or do i have to wait now

sorry for the long email

Sent from my iPhone
"""
    return mail(A("Alyssa Moreno", "alyssamoreno01@mail.example.com"), A("Eastgate Nurse Line", "nurseline@eastgatewh.example.org"),
                "question", D(2026, 4, 13, 8, 2, 0), T(txt, flowed=True, delsp=True), extra=[("X-Mailer", "iPhone Mail (23E246)")])


@reg("prep-fuzhen-tixing-gb2312", "restricted",
     "Chinese (GB2312) reminder to a named patient about his PrEP follow-up with HIV and STI tests", cat="hiv", lang="zh")
def _():
    txt = """王建国先生您好：

提醒您，您的PrEP（暴露前预防药物）三个月复诊时间是：
4月14日（星期二）下午3点，Crescent诊所（Pavilion C 一楼）。

复诊时需要抽血做HIV检测、肾功能检查，以及梅毒、淋病和衣原体筛查。
请继续每天按时服药，不要自行停药。如果您的药快用完了，请提前告诉我们，
我们会帮您联系药房续药。

如需改约，请致电 (614) 555-0168（有普通话服务）。

Crescent诊所 护士 陈美玲
"""
    return mail(A("陈美玲", "mlchen@" + LH, cs="gb2312"), A("王建国", "jianguo.wang@mail.example.net", cs="gb2312"),
                "PrEP复诊提醒", D(2026, 4, 9, 10, 0, 0), T(txt, cs="gb2312", cte="base64"), cs="gb2312")


@reg("resultado-triagem-portadora-fc", "restricted",
     "Portuguese (ISO-8859-1 QP) genetic counsellor's message that a named patient is a cystic fibrosis carrier and her partner should be tested", cat="gen", lang="pt")
def _():
    txt = """Prezados Fernanda e Ricardo,

Como conversamos por telefone, o resultado do teste de triagem de
portadores da Fernanda (Fernanda Alves Costa, nasc. 22/07/1994) mostrou que
ela é portadora de uma variante patogênica no gene CFTR (F508del),
associada à fibrose cística.

Ser portadora não afeta a saúde dela. Mas, se o Ricardo também for
portador, cada gravidez terá 25% de chance de o bebê ter fibrose cística.
Por isso recomendamos fazer o mesmo teste no Ricardo o quanto antes. O
pedido já está no sistema; basta ir ao laboratório do 1º andar, sem jejum.

Estou à disposição para uma nova consulta de aconselhamento genético.

Atenciosamente,
Priscilla Hwang, MS, CGC
Programa de Genética - Larkspur Health
(614) 555-0174
"""
    return mail(A("Priscilla Hwang", "phwang@" + LH), [A("Fernanda Costa", "fernanda.costa@correio.example.com"),
                                                        A("Ricardo Costa", "ricardo.costa@correio.example.com")],
                "Resultado do teste de portador", D(2026, 7, 21, 14, 0, 0), T(txt, cs="iso-8859-1", cte="quoted-printable"),
                cs="iso-8859-1", mode="Q")


@reg("tadhkir-mawid-tarkib-allawlab", "restricted",
     "Arabic (windows-1256) appointment reminder to a named patient for IUD insertion and contraception counselling", cat="repro", lang="ar")
def _():
    txt = """السيدة مريم الحسيني المحترمة،

نذكّرك بموعدك في عيادة إيستغيت لصحة المرأة:
يوم الثلاثاء 14 أبريل 2026 الساعة 9:30 صباحاً
لتركيب اللولب الرحمي الهرموني ومناقشة وسائل منع الحمل مع الدكتورة سلمى حداد.

يمكنك تناول حبتين من الإيبوبروفين قبل الموعد بساعة.
إذا كانت الدورة الشهرية قد تأخرت، أخبرينا قبل الموعد لنجري اختبار حمل.

تتوفر مترجمة باللغة العربية. لتغيير الموعد اتصلي على (614) 555-0186.

مع التحية،
عيادة إيستغيت لصحة المرأة
"""
    return mail(A("Eastgate Women's Health", "appointments@eastgatewh.example.org"), A("مريم الحسيني", "maryam.husseini@mail.example.com", cs="windows-1256"),
                "تذكير بموعدك - تركيب اللولب", D(2026, 4, 10, 11, 0, 0), T(txt, cs="windows-1256", cte="base64"), cs="windows-1256")


@reg("xasuusin-irbadda-qorsheynta-qoyska", "restricted",
     "Somali reminder to a named patient about her next contraceptive (Depo-Provera) injection", cat="repro", lang="so")
def _():
    txt = """Haweeney Xaliimo Cabdi Warsame,

Tani waa xasuusin ku saabsan ballantaada irbadda qorsheynta qoyska
(Depo-Provera):

Khamiista, 21 Maajo 2026, saacadda 10:00 subaxnimo
Eastgate Women's Health, 3100 Eastgate Blvd

Irbaddaadii ugu dambeysay waxay ahayd 26 Febraayo. Si irbaddu u shaqeyso,
waa in la qaato 11 ilaa 13 toddobaad kasta. Haddii aad dhaafto, waxaa
laga yaabaa in lagaa qaado baaritaanka uurka ka hor irbadda.

Haddii aad rabto turjubaan Soomaali ah ama aad rabto inaad beddesho
ballanta, wac (614) 555-0186.

Mahadsanid,
Eastgate Women's Health
"""
    return mail(A("Eastgate Women's Health", "appointments@eastgatewh.example.org"), A("Xaliimo Warsame", "xaliimo.w@mail.example.net"),
                "Xasuusin ballan - 21 Maajo", D(2026, 5, 18, 9, 0, 0), T(txt))


@reg("html-pgx-cyp2c19-result-portal", "restricted",
     "borderline: HTML result letter to a named patient that his pharmacogenomic test shows CYP2C19 poor metabolizer; a genetic test result", cat="gen")
def _():
    html = """<html><body style="font-family:Arial">
<p>Dear Mr. Castellano,</p>
<p>Your <b>pharmacogenomic (genetic) test</b> from 8/4/2026 is back.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Gene</th><th>Result</th><th>What it means</th></tr>
<tr><td>CYP2C19</td><td>*2/*2 &ndash; poor metabolizer</td><td>Clopidogrel (Plavix) will probably not protect your stent well.</td></tr>
<tr><td>SLCO1B1</td><td>*1/*1 &ndash; normal function</td><td>No change needed for your statin.</td></tr>
</table>
<p>Dr. Iqbal has changed your clopidogrel to ticagrelor 90 mg twice a day. The new prescription is at Corner Drug.
Your relatives may share some of these gene variants; talk with us if they have questions.</p>
<p>Larkspur Heart &amp; Vascular</p>
</body></html>
"""
    return mail(A("Larkspur Heart & Vascular", "heart.results@" + LH), A("Vincent Castellano", "vcastellano@mail.example.com"),
                "Your genetic test result", D(2026, 8, 14, 13, 0, 0), H(html))


# ================================ helpdesk, EHR alerts, monitoring, SMTP ==
def ticket_mail(num, subj, date, requester, body_txt, to=None, attach=None, state="New"):
    txt = """Ticket %s has been updated.

Requester:  %s
State:      %s
Assigned:   Clinical Applications
Summary:    %s

--- Description ---
%s
--
Larkspur IT Service Desk | (614) 555-0111
Reply above this line to add a comment.
""" % (num, requester, state, subj, body_txt)
    body = T(txt)
    if attach:
        body = Multi("mixed", [T(txt)] + attach, style=3)
    return mail(A("Larkspur IT Service Desk", "servicedesk@" + LH), to or A("Clinical Apps Queue", "clinapps@" + LH),
                "[%s] %s" % (num, subj), date, body, extra=[("X-ServiceDesk-Ticket", num), ("Auto-Submitted", "auto-generated")])


def hl7(segs):
    return ("\r".join(segs) + "\r").encode("ascii")


@reg("ticket-duplicate-mrn-merge-pneumonia", "phi",
     "helpdesk ticket asking to merge two MRNs for a named patient whose pneumonia admission and CT are on the wrong chart")
def _():
    return ticket_mail("INC0051977", "Duplicate MRN - need merge", D(2026, 3, 4, 10, 12, 0), "Maribel Santos (HIM)",
                       """Patient Ellen Ortiz, DOB 11/02/1948, has two MRNs: 20488317 (correct, all
prior history) and 20911402 (created by ED registration 3/1). Her admission
for pneumonia on 3/1 and the CT chest from 3/2 are on the new MRN, so the
hospitalist can't see her home meds or her COPD history. Please merge
20911402 into 20488317 today - she's still inpatient on 5 North.""")


@reg("ehr-critical-result-troponin-page", "phi",
     "EHR critical-result notification e-mailed to a physician's pager address: named ED patient, MRN and a high troponin")
def _():
    txt = """*** CRITICAL RESULT - ACKNOWLEDGE IN TESSERA WITHIN 30 MIN ***

Patient:   MORRISSEY, DOLORES   MRN 20377215   F 79y
Location:  ED Bed 14
Test:      Troponin I, high sensitivity
Result:    842 ng/L  (critical >= 52)   Collected 04/27/2026 02:14
Previous:  61 ng/L   04/26/2026 23:50
Ordering:  Hale, Brendan MD

Called to: RN K. Oyelaran 02:31
"""
    return mail(A("Tessera Alerts", "ehr-alerts@" + LH), "bhale.pager@page." + LH,
                "CRITICAL: Trop I hs 842 - MORRISSEY, DOLORES - ED14", D(2026, 4, 27, 2, 31, 40), T(txt),
                extra=[("Auto-Submitted", "auto-generated"), ("X-Priority", "1")])


@reg("ehr-inbasket-refill-request-metformin", "phi",
     "EHR in-basket notification e-mailed to a clinician: refill request for a named patient's metformin with his MRN")
def _():
    txt = """You have 1 new message in your Tessera In Basket.

Folder:   Rx Request
Patient:  GARNER, OTIS   (MRN 20188452, DOB 06/30/1957)
Request:  metformin ER 500 mg tablet, take 2 tablets twice daily, #360, 1 refill
Pharmacy: Corner Drug #12
Last A1c: 7.1 (01/15/2026)   Last visit: 01/15/2026 (Kaur)

Open Tessera to approve or refuse. Do not reply to this e-mail.
"""
    return mail(A("Tessera In Basket", "inbasket-noreply@" + LH), A("Kaur, Anjali", "akaur@" + LH),
                "In Basket: 1 new Rx Request", D(2026, 4, 18, 6, 0, 0), T(txt), extra=[("Auto-Submitted", "auto-generated")])


@reg("interface-error-live-oru-glucose", "phi",
     "interface-engine error alert that includes a failed live lab message with a patient's name, MRN, DOB and glucose of 412")
def _():
    msg = ["MSH|^~\\&|TRL_LIS|TRIRIVER|TESSERA|LARKSPUR|202605050614||ORU^R01|TRL8812044|P|2.5.1",
           "PID|1||20566731^^^LH^MR||NAKASHIMA^HAROLD^T||19520818|M|||12 Orchard Ln^^Millbrook^OH^43999",
           "PV1|1|O|MILLBROOK^^^LFM||||%s^KAUR^ANJALI" % npi("164829370"),
           "OBR|1|ORD771203|TRL8812044|80048^BASIC METABOLIC PANEL|||202605050540",
           "OBX|1|NM|2345-7^GLUCOSE^LN||412|mg/dL|70-99|HH|||F",
           "OBX|2|NM|2160-0^CREATININE^LN||1.9|mg/dL|0.7-1.3|H|||F"]
    txt = """Corvid Integration Engine - ALERT

Channel:    TRL_LAB_RESULTS_IN
Severity:   ERROR
Time:       2026-05-05 06:14:22
Error:      PV1-7 attending %s not found in provider master; message
            moved to error queue (1 message)

Message (first 6 segments):
""" % npi("164829370") + "\n".join(msg) + "\n\nReprocess from the Corvid console after fixing the provider map.\n"
    return mail(A("Corvid Engine", "corvid@integration." + LH), A("Interface Team", "interfaces@" + LH),
                "[Corvid][ERROR] TRL_LAB_RESULTS_IN - 1 message in error queue", D(2026, 5, 5, 6, 14, 22), T(txt),
                extra=[("Auto-Submitted", "auto-generated")])


@reg("smtp-test-clipboard-med-list", "phi",
     "relay test message whose body is a pasted medication list and diagnosis for a named patient")
def _():
    txt = """test

Zimmerman, Ruth  DOB 02/14/1940  MRN 20299130
CHF (EF 30%), CKD 3b, AFib on warfarin
 furosemide 40 bid
 carvedilol 12.5 bid
 warfarin 3 mg M/W/F, 1.5 mg other days
 spironolactone 25 daily
"""
    return mail(A("Osei, Kwame", "kosei@" + LH), "relaytest@mail.example.net", "test", D(2026, 1, 27, 15, 1, 0), T(txt),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])


@reg("lure-report-used-real-patient-biopsy", "phi",
     "staff report of a phishing mail that used a real patient's name and her breast biopsy date; a possible breach")
def _():
    lure = """Dear Helen Kowalski,

Your biopsy results from 02/12/2026 are ready. Due to an error in our
system, you must confirm your identity and insurance card to view them:
https://larkspur-results-view.test/confirm?id=88213

Larkspur Health Patient Services
"""
    txt = """Security team,

This came into the Breast Center front-desk inbox this morning. What worries
me: Helen Kowalski is a real patient of ours and she really did have a
breast biopsy with Dr. Mbeki-Lowe on 2/12. Her results were normal and we
told her last week. Could this be from a breach somewhere? I haven't
clicked anything.

Irene Tobias, Breast Center

""" + outlook_hdr("Larkspur Patient Services <results@larkspur-results-view.test>", "Monday, March 9, 2026 5:12 AM",
                  "Breast Center <breastcenter@larkspurhealth.example.org>", "Your biopsy results") + lure
    return mail(A("Tobias, Irene", "itobias@" + LH), A("Report Phishing", "phishing@" + LH),
                "FW: Your biopsy results (suspicious)", D(2026, 3, 9, 8, 40, 0), T(txt))


@reg("subject-only-echo-ef-faxed", "phi",
     "borderline: body is only 'done, faxed'; the subject carries the patient's name, DOB and an ejection fraction of 35%")
def _():
    return mail(A("Nguyen, Thao", "tnguyen@" + LH), A("Iqbal Cardiology Office", "iqbal.office@" + LH),
                "RE: Echo report - Ruth Abernathy-Cole DOB 3/8/1947 - EF 35%, mod MR",
                D(2026, 2, 19, 11, 5, 0), T("done, faxed to Dr. Iqbal's office at 10:58\n\nThao\n"),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])


@reg("display-name-hemodialysis-chair", "phi",
     "borderline: parking notice to a named patient; the care is only in display names (sent by the dialysis unit to 'HD pt MWF 2nd shift, chair 6')")
def _():
    txt = """Hi Walter,

The Pavilion B garage is closed June 1-12. On your days with us please use
the free valet at the main entrance; the valet desk knows you are coming.

Rosa, front desk
"""
    return mail(A("Larkspur Dialysis - East", "dialysis.east@" + LH), A("Walter Brooks (HD pt MWF 2nd shift, chair 6)", "wbrooks1949@mail.example.net"),
                "Parking June 1-12", D(2026, 5, 29, 10, 0, 0), T(txt))


@reg("payment-receipt-ed-visit", "phi",
     "payment receipt naming the patient, account number and his emergency department visit")
def _():
    txt = """Thank you for your payment.

Patient:            Gabriel Soto
Account number:     7700498812
Service:            Emergency Department visit, 01/30/2026
Amount paid:        $250.00 (Visa ending 4421)
Remaining balance:  $118.75
Confirmation:       PMT-26-0311-55821

Larkspur Health Patient Financial Services
(614) 555-0107
"""
    return mail(A("Larkspur Health Payments", "payments@" + LH), A("Gabriel Soto", "gsoto@mail.example.com"),
                "Payment received - thank you", D(2026, 3, 11, 14, 2, 0), T(txt))


@reg("collections-final-notice-mri-balance", "phi",
     "collection agency's HTML final notice for a named patient's balance for a brain MRI")
def _():
    html = """<html><body style="font-family:Arial">
<h2 style="color:#a00">FINAL NOTICE</h2>
<p>Lorraine Beck<br>Reference: RCA-2291-448120</p>
<p>Our client <b>Larkspur Imaging</b> has placed your account with us for collection.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date of service</th><th>Description</th><th>Balance</th></tr>
<tr><td>11/14/2025</td><td>MRI brain with and without contrast</td><td>$684.20</td></tr>
</table>
<p>To avoid further action, pay within 30 days at <a href="https://pay.riverstonecollect.example.com">pay.riverstonecollect.example.com</a>
or call (614) 555-0192. This is an attempt to collect a debt.</p>
</body></html>
"""
    return mail(A("Riverstone Collections", "notices@riverstonecollect.example.com"), A("Lorraine Beck", "lbeck@inbox.example.net"),
                "FINAL NOTICE - Account RCA-2291-448120", D(2026, 2, 2, 9, 0, 0), H(html))


@reg("pharmacy-rx-ready-lisinopril", "phi",
     "pharmacy notice to a named patient that his lisinopril prescription is ready, with Rx number")
def _():
    txt = """DEWAYNE ROSS, your prescription is ready for pickup.

  LISINOPRIL 10 MG TABLET   Qty 90   Rx #6604128
  Store: Corner Drug #12, 415 Main St, Millbrook
  Ready until: 04/24/2026

Copay: $4.00. Reply STOP to stop e-mail alerts.
"""
    return mail(A("Corner Drug", "alerts@cornerdrug.example.com"), "dross.1961@mail.example.com",
                "Your prescription is ready", D(2026, 4, 14, 16, 31, 0), T(txt))


@reg("dme-invoice-with-patient-lines", "phi",
     "DME supplier's invoice to a clinic whose CSV attachment lists named patients with the equipment supplied to each")
def _():
    csv = ("invoice,line,patient_name,dob,item,hcpcs,qty,amount\r\n"
           "MMS-44120,1,\"Ainsworth, Gloria\",1962-10-10,Auto CPAP with humidifier,E0601,1,612.00\r\n"
           "MMS-44120,2,\"Finch, Albert\",1941-07-22,Alternating pressure mattress,E0277,1,840.00\r\n"
           "MMS-44120,3,\"Brooks, Walter\",1949-01-03,Standard wheelchair 18in,K0001,1,295.00\r\n"
           "MMS-44120,4,\"Zimmerman, Ruth\",1940-02-14,Oxygen concentrator (rental month 3),E1390,1,188.00\r\n")
    txt = "Attached is invoice MMS-44120 for equipment delivered in June for your care-management patients (non-billable to Medicare per our agreement).\n\nEvan Kirby\nMidstate Medical Supply\n"
    return mail(A("Midstate Medical Supply - Billing", "billing@midstatemed.example.com"), A("Care Management", "caremgmt@" + LH),
                "Invoice MMS-44120 (June)", D(2026, 7, 2, 10, 0, 0),
                Multi("mixed", [T(txt), Part("text/csv", csv.encode("ascii"), [("charset", "us-ascii"), ("name", "MMS-44120.csv")],
                                             "7bit", disp="attachment", filename="MMS-44120.csv")], style=3))


@reg("ticket-screenshot-filename-wrong-chart", "phi",
     "borderline: ticket says a result went to the wrong chart; only the screenshot's file name names the patient, MRN and a potassium result")
def _():
    return ticket_mail("INC0053310", "Lab result filed to wrong patient", D(2026, 4, 21, 13, 44, 0), "Tasha Bramwell (Millbrook)",
                       "A lab result filed to the wrong chart this morning. See screenshot. Please fix the\n"
                       "filing and tell me who to notify.",
                       attach=[BIN("image/png", png(), "wrong_chart_DIAZ_Ramona_MRN20488399_potassium_6.1.png")])


@reg("ticket-vivitrol-order-routing", "restricted",
     "helpdesk ticket naming a patient and MRN whose extended-release naltrexone order for alcohol use disorder won't route", cat="sud")
def _():
    return ticket_mail("INC0052240", "Vivitrol order not routing to specialty pharmacy", D(2026, 3, 26, 15, 20, 0), "Ana Lima, NP (Bridge Clinic)",
                       """Order for naltrexone ER 380 mg IM (Vivitrol) for Gerald Okafor, MRN 20733104,
dx alcohol use disorder, severe (F10.20), placed 3/25, is stuck in "pending
verification" and never reached the specialty pharmacy work queue. He's
due for his injection Friday and was drinking again last time he missed
one. Other orders from our department route fine.""")


@reg("ehr-genomic-result-mlh1-alert", "restricted",
     "EHR alert that a named patient's hereditary cancer panel shows a pathogenic MLH1 variant", cat="gen")
def _():
    txt = """New genomic result available

Patient:   BAPTISTE, RENEE   MRN 20845526   DOB 12/12/1979
Test:      Hereditary cancer panel (Strandline Genomics, 84 genes)
Result:    POSITIVE - pathogenic variant, MLH1 c.1852_1854del (p.Lys618del)
           Consistent with Lynch syndrome.
Ordered by: Hwang, Priscilla MS CGC / Feld, Oren MD

Genetic results are restricted in Tessera; open the Genomics tab to view.
"""
    return mail(A("Tessera Alerts", "ehr-alerts@" + LH), A("Cancer Genetics Program", "cancergenetics@" + LH),
                "New genomic result: BAPTISTE, RENEE", D(2026, 6, 24, 8, 5, 0), T(txt), extra=[("Auto-Submitted", "auto-generated")])


@reg("subject-only-mybpc3-disclosure-visit", "restricted",
     "one-line reply; the subject names the patient, MRN, a pathogenic MYBPC3 cardiomyopathy gene result and cascade testing", cat="gen")
def _():
    return mail(A("Hwang, Priscilla", "phwang@" + LH), A("Iqbal, Farid", "fiqbal@" + LH),
                "RE: Lowell Grant MRN 20955310 - cardiomyopathy panel MYBPC3 pathogenic - disclosure visit + cascade testing for his kids",
                D(2026, 9, 22, 9, 14, 0), T("Yes, Thursday at 3 works for the disclosure visit. I'll book the room.\n\nP.\n"))


@reg("ticket-pid3-assigning-authority", "none",
     "helpdesk ticket about PID-3 repetitions and the MRN assigning authority in an ADT feed, with a ZZTEST sample; no patient")
def _():
    return ticket_mail("INC0049002", "Urgent care ADT feed - PID-3 assigning authority", D(2026, 2, 11, 9, 0, 0), "Brian Castellano (Interfaces)",
                       """Inbound A04s from the urgent-care partner put their own ID in PID-3.1 with
assigning authority UCP instead of our MRN with LH. The patient match then
creates new MRNs. Sample (test system):

PID|1||UC0004471^^^UCP^PI~99000001^^^LH^MR||ZZTEST^PATIENT^A||19000101|U

Please change the inbound map to take the repetition where PID-3.4 = LH and
PID-3.5 = MR, and fall back to EMPI lookup on PID-3.4 = UCP.""")


@reg("ticket-infusion-printer-jam", "none",
     "helpdesk ticket about a label printer jam in the infusion center; no patient")
def _():
    return ticket_mail("INC0050115", "Label printer jam - infusion pod C", D(2026, 2, 24, 7, 32, 0), "Renee Duval",
                       "The label printer in infusion pod C keeps jamming and printing half labels.\n"
                       "We are using pod B's printer for now. Asset tag LH-PR-22871.")


@reg("ehr-bca-downtime-report-counts", "none",
     "downtime business-continuity print report with unit names and counts only")
def _():
    txt = """BCA Downtime Report Distribution - SUCCESS

Run:      2026-01-11 02:00:00 (scheduled, before 02:30 upgrade)
Reports:  MAR (48 h), Active Orders, Allergies, Vitals trend
Units:    38   Patients: 1,204   Pages: 9,881   Failures: 0

Reports are on the BCA PC on each unit (desktop folder "DOWNTIME").
"""
    return mail(A("Tessera BCA", "bca@" + LH), A("Clinical Informatics", "informatics@" + LH),
                "BCA run 2026-01-11 02:00 - SUCCESS (38 units)", D(2026, 1, 11, 2, 21, 0), T(txt),
                extra=[("Auto-Submitted", "auto-generated")])


@reg("corvid-queue-depth-adt-warning", "none",
     "interface-engine queue-depth warning for the ADT channel; message counts and a channel name only")
def _():
    txt = """Corvid Integration Engine - WARNING

Channel:      ADT_TO_PHARMACY_OUT
Queue depth:  612 (threshold 500)
Oldest msg:   14 min
Throughput:   2.1 msg/s (normal 9)
Destination:  10.40.6.31:6661 - slow ACKs

No action needed if depth falls below 500 within 15 minutes.
"""
    return mail(A("Corvid Engine", "corvid@integration." + LH), A("Interface Team", "interfaces@" + LH),
                "[Corvid][WARN] ADT_TO_PHARMACY_OUT queue depth 612", D(2026, 8, 17, 13, 2, 0), T(txt),
                extra=[("Auto-Submitted", "auto-generated")])


@reg("beacon-pacs-disk-critical", "none",
     "monitoring alert that the PACS archive disk is nearly full; host and disk figures only")
def _():
    txt = """***** Beacon Monitoring *****

Notification Type: PROBLEM

Service: Disk /data
Host: pacs-arch01.corp.larkspurhealth.example.org
Address: 10.40.8.21
State: CRITICAL

Date/Time: Sat Jul 25 03:10:44 EDT 2026

Additional Info:
DISK CRITICAL - free space: /data 412 GB (3.8% inode=92%)
"""
    return mail(A("Beacon Monitoring", "beacon@mon." + LH), A("Imaging IT On-Call", "imaging-it@" + LH),
                "** PROBLEM Service Alert: pacs-arch01/Disk /data is CRITICAL **", D(2026, 7, 25, 3, 10, 44), T(txt),
                extra=[("Auto-Submitted", "auto-generated")])


@reg("beacon-portal-cert-expiry", "none",
     "monitoring warning that the patient portal's TLS certificate expires in 14 days")
def _():
    txt = """***** Beacon Monitoring *****

Notification Type: PROBLEM
Service: HTTPS certificate
Host: my.larkspurhealth.example.org
State: WARNING

Additional Info:
SSL WARNING - Certificate 'my.larkspurhealth.example.org' expires in 14 day(s) (2026-06-30 23:59 +0000).
Issuer: Larkspur Internal CA G2 (test chain)
"""
    return mail(A("Beacon Monitoring", "beacon@mon." + LH), A("Web Team", "webteam@" + LH),
                "** PROBLEM Service Alert: my.larkspurhealth.example.org/HTTPS certificate is WARNING **",
                D(2026, 6, 16, 8, 0, 0), T(txt), extra=[("Auto-Submitted", "auto-generated")])


@reg("swaks-test-after-relay-change", "none",
     "SMTP test message sent with swaks after a relay change; no content")
def _():
    return mail("kosei@" + LH, "kosei.test@mail.example.net", "test Mon, 26 Jan 2026 16:44:12 -0500", D(2026, 1, 26, 16, 44, 12),
                Part("text/plain", b"This is a test mailing\r\n", [], None), msgid="<20260126164412.018842@ops-jump01.corp.larkspurhealth.example.org>",
                extra=[("X-Mailer", "swaks v20240103.0")], mime=False)


@reg("printer-relay-test-no-mime", "none",
     "bare RFC 5322 test message from the scanner relay with no MIME headers and no content")
def _():
    return mail(A("MFP Relay Test", "scanner-relay@" + LH), "kosei@" + LH, "relay test from MFP-2W after TLS change",
                D(2026, 1, 27, 9, 3, 0), Part("text/plain", b"test test 1 2 3\r\n", [], None), mime=False)


@reg("hl7-zztest-interface-test-ack", "none",
     "interface test with a ZZTEST patient HL7 message and its ACK in the test environment")
def _():
    oru = hl7(["MSH|^~\\&|TRL_LIS|TRIRIVER|TESSERA|LARKSPUR|202602160930||ORU^R01|TEST000187|T|2.5.1",
               "PID|1||99000187^^^LH^MR||ZZTEST^LABFEED^A||19000101|U",
               "OBR|1|TST187|TST187|80048^BASIC METABOLIC PANEL|||202602160925",
               "OBX|1|NM|2345-7^GLUCOSE^LN||100|mg/dL|70-99|N|||F"])
    ack = hl7(["MSH|^~\\&|TESSERA|LARKSPUR|TRL_LIS|TRIRIVER|202602160930||ACK^R01|ACK000187|T|2.5.1",
               "MSA|AA|TEST000187"])
    txt = """Round-trip test for the new TRL lab feed (processing ID T, TEST environment).
Message and ACK attached. Patient is the ZZTEST synthetic record.

Brian
"""
    return mail(A("Castellano, Brian", "bcastellano@" + LH), A("Tri-River Interfaces", "interfaces@tririverlab.example.com"),
                "TRL feed test 187 - AA", D(2026, 2, 16, 9, 40, 0),
                Multi("mixed", [T(txt), BIN("application/hl7-v2", oru, "TEST000187_ORU.hl7"),
                                BIN("application/hl7-v2", ack, "TEST000187_ACK.hl7")], style=0))


@reg("fhir-endpoint-change-capabilitystatement", "none",
     "notice of a FHIR endpoint change with a CapabilityStatement JSON attached; server metadata, no patient")
def _():
    import json
    cap = {"resourceType": "CapabilityStatement", "status": "active", "date": "2026-05-01", "kind": "instance",
           "software": {"name": "Tessera FHIR Server", "version": "26.2"},
           "implementation": {"description": "Larkspur Health FHIR R4 (sandbox)", "url": "https://fhir-sandbox.larkspurhealth.example.org/r4"},
           "fhirVersion": "4.0.1", "format": ["json"],
           "rest": [{"mode": "server", "resource": [
               {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"}]},
               {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}],
                "searchParam": [{"name": "patient", "type": "reference"}, {"name": "code", "type": "token"}]},
               {"type": "MedicationRequest", "interaction": [{"code": "read"}]}]}]}
    data = (json.dumps(cap, indent=2) + "\n").encode("ascii")
    txt = """Developers,

On May 16 the FHIR sandbox moves to https://fhir-sandbox.larkspurhealth.example.org/r4.
The CapabilityStatement is attached. Patient search by identifier (MRN) and
birthdate is unchanged. Sandbox data are synthetic.

Larkspur API Program
"""
    return mail(A("Larkspur API Program", "api@" + LH), "api-developers@lists." + LH, "FHIR sandbox endpoint change on May 16",
                D(2026, 5, 1, 10, 0, 0), Multi("mixed", [T(txt), BIN("application/fhir+json", data, "CapabilityStatement.json")], style=1))


@reg("ehr-release-notes-genomics-segmentation", "none",
     "EHR release notes about genomic result display, HIV and Part 2 data segmentation features; software, no patient")
def _():
    txt = """Tessera 26.3 release notes (go-live Sunday 10/18, 01:00-05:00)

Genomics
 - BRCA1/2 and Lynch panel results now file as discrete variants on the
   Genomics tab; pharmacogenomic (CYP2C19, SLCO1B1) alerts fire on
   clopidogrel and simvastatin orders.
Sensitive data
 - New "Part 2" document type for substance use disorder program records,
   excluded from HIE and record-release by default.
 - HIV viral load and genotype results masked on the patient portal until
   released by the ordering clinician.
 - Reproductive health visit types hidden from proxy access for ages 12-17.
Behavioral health
 - PHQ-9 and GAD-7 flowsheets moved to the BH activity.

Downtime procedures apply. Super-users: see the tip sheet on the intranet.
"""
    return mail(A("Clinical Informatics", "informatics@" + LH), A("All Tessera Users", "tessera-users@" + LH),
                "Tessera 26.3 release notes", D(2026, 10, 12, 12, 0, 0), T(txt))


@reg("dmarc-aggregate-report-gz", "none",
     "DMARC aggregate report with a gzipped XML attachment of sending IPs and pass counts")
def _():
    xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata>
    <org_name>mail.example.net</org_name>
    <email>dmarc-reports@mail.example.net</email>
    <report_id>17733600009928112</report_id>
    <date_range><begin>1773360000</begin><end>1773446399</end></date_range>
  </report_metadata>
  <policy_published>
    <domain>larkspurhealth.example.org</domain><adkim>r</adkim><aspf>r</aspf><p>quarantine</p><pct>100</pct>
  </policy_published>
  <record>
    <row><source_ip>192.0.2.25</source_ip><count>1482</count>
      <policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>larkspurhealth.example.org</header_from></identifiers>
  </record>
  <record>
    <row><source_ip>203.0.113.66</source_ip><count>37</count>
      <policy_evaluated><disposition>quarantine</disposition><dkim>fail</dkim><spf>fail</spf></policy_evaluated></row>
    <identifiers><header_from>larkspurhealth.example.org</header_from></identifiers>
  </record>
</feedback>
"""
    fn = "mail.example.net!larkspurhealth.example.org!1773360000!1773446399.xml.gz"
    txt = "This is an aggregate report from mail.example.net.\n\nReport domain: larkspurhealth.example.org\nSubmitter: mail.example.net\nReport-ID: 17733600009928112\n"
    return mail(A("DMARC Reports", "dmarc-reports@mail.example.net"), "dmarc-rua@" + LH,
                "Report domain: larkspurhealth.example.org Submitter: mail.example.net Report-ID: <17733600009928112>",
                D(2026, 3, 14, 4, 0, 0, tz="+0000"), Multi("mixed", [T(txt), BIN("application/gzip", gz(xml.encode("utf-8")), fn)], style=4))


@reg("lure-your-lab-results-ready", "none",
     "phishing that claims to carry 'your lab results' to a generic clinic mailbox; no real person or result")
def _():
    html = """<html><body style="font-family:Arial">
<p>Dear Patient,</p>
<p>Your recent <b>lab results</b> are now available. For your security the document is encrypted.</p>
<p><a href="http://labresults-portal-login.test/view.php?doc=LR-2026-7731">View Lab Results (PDF)</a></p>
<p>If you do not view within 48 hours your results will be removed.</p>
<p>Patient Portal Team</p>
</body></html>
"""
    return mail(A("Patient Portal", "no-reply@labresults-portal-login.test"), "info.millbrook@" + LH,
                "Your Lab Results Are Ready", D(2026, 5, 19, 3, 44, 0), H(html),
                pre=[("Return-Path", "<x9f2@bulk-sender.test>")])


@reg("lure-payroll-direct-deposit", "none",
     "HR-themed phishing asking staff to update direct deposit; no health content")
def _():
    txt = """Dear Staff,

Due to the new payroll system migration, all employees must re-validate
their direct deposit information before Friday or the next paycheck will
be delayed.

Validate here: https://larkspur-payroll-update.test/hr/validate

HR Payroll Department
"""
    return mail(A("HR Payroll", "payroll@larkspur-payroll-update.test"), "allstaff@" + LH,
                "IMPORTANT: Payroll direct deposit re-validation required", D(2026, 4, 2, 6, 15, 0), T(txt))


@reg("lure-voicemail-html-attachment", "none",
     "fake voicemail notification with an HTML attachment; phishing, no person's care")
def _():
    txt = "You have a new voice message (0:42) from +1 (614) 555-0199.\nReceived: Tue 6/16/2026 8:02 AM\nOpen the attachment to listen.\n"
    att = b"<html><body><script>window.location='https://voicemail-listen.test/auth'</script></body></html>\r\n"
    return mail(A("Voice Mail", "voicemail@voicemail-listen.test"), "oncology.frontdesk@" + LH,
                "New Voice Message from +1 (614) 555-0199 (0:42)", D(2026, 6, 16, 8, 2, 0),
                Multi("mixed", [T(txt), BIN("text/html", att, "VM_0042_Play.htm")], style=4))


@reg("spam-billing-outsourcing-denials", "none",
     "unsolicited marketing for medical billing outsourcing promising fewer claim denials; HIPAA words, no patient")
def _():
    txt = """Hi Practice Manager,

Are claim denials eating your revenue? Our certified coders (CPC, CCS)
cut denials by up to 40% for oncology, behavioral health and OB/GYN
practices. 100% HIPAA-compliant, offshore-free, BAA signed on day one.

 - Prior authorization management
 - Denial appeals and AR recovery
 - Credentialing for new providers

Book a 15-minute call: https://meet.claimfixers.test/demo

Best,
Brad Kellerman, ClaimFixers RCM
To opt out reply REMOVE.
"""
    return mail(A("Brad Kellerman", "brad@claimfixers.test"), "kabernathy@" + LH,
                "Quick question about your denial rate", D(2026, 9, 1, 10, 33, 0), T(txt))


@reg("lure-fax-document-patient-records", "none",
     "fake e-fax notice about 'Patient_Records.pdf' pointing to a lookalike site; phishing, no real person")
def _():
    html = """<html><body style="font-family:Arial">
<table style="border:1px solid #999" cellpadding="8"><tr><td>
<b>eFax Notification</b><br><br>
You have received a fax document.<br>
Document: <b>Patient_Records_03-2026.pdf</b><br>
Pages: 3<br>Sender: 614-555-0140<br><br>
<a href="https://efax-documents-view.test/dl/Patient_Records_03-2026">Download Document</a>
</td></tr></table></body></html>
"""
    return mail(A("eFax Service", "efax@efax-documents-view.test"), "medrecords@" + LH,
                "Fax document received: Patient_Records_03-2026.pdf", D(2026, 3, 23, 5, 1, 0), H(html))


# ======================= HTML, phones, charsets, disclaimers, office mail ==
@reg("html-or-block-utilization-table", "none",
     "HTML-only table of operating-room block utilisation by surgical service; aggregate percentages")
def _():
    rows = [("Orthopedics", "82%", "71", "4"), ("General Surgery", "77%", "64", "6"), ("Gynecology", "64%", "38", "9"),
            ("Urology", "69%", "41", "3"), ("Thoracic", "58%", "17", "2")]
    trs = "".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>\n" % r for r in rows)
    html = """<html><body style="font-family:Calibri">
<p>Perioperative Committee - March block utilization (goal 75%%)</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde"><th>Service</th><th>Utilization</th><th>Cases</th><th>Released blocks</th></tr>
%s</table>
<p>Blocks under 60%% for two quarters will be reviewed in June.</p>
</body></html>
""" % trs
    return mail(A("Periop Analytics", "periop-analytics@" + LH), A("Perioperative Committee", "periop-committee@" + LH),
                "March OR block utilization", D(2026, 4, 6, 7, 0, 0), H(html))


@reg("iphone-np-running-late", "none",
     "oncology nurse practitioner's phone message that she is running late; her 8:30 is not identified")
def _():
    return mail(A("Leah Vogt", "lvogt@" + LH), A("Infusion Front Desk", "infusion-desk@" + LH), "running late",
                D(2026, 2, 5, 8, 12, 0), T("Running ~15 min late, accident on 70. Can someone let my 8:30 know? So sorry\n\nSent from my iPhone\n"),
                extra=[("X-Mailer", "iPhone Mail (23C71)")])


@reg("alt-parts-disagree-webinar-date", "none",
     "text and HTML parts disagree about a webinar date on clinic no-show rates; marketing, no patient")
def _():
    txt = """Webinar: Cutting no-shows in specialty clinics
Thursday, March 5, 2026 - 1:00 PM ET

Learn how reminder texts, open-access scheduling and transport help cut
no-show rates in oncology and behavioral health clinics.
Register: https://events.schedulewise.example.com/noshow
"""
    html = """<html><body style="font-family:Arial">
<h2>Webinar: Cutting no-shows in specialty clinics</h2>
<p><b>NEW DATE: Thursday, March 12, 2026 - 1:00 PM ET</b></p>
<p>Learn how reminder texts, open-access scheduling and transport help cut no-show rates in oncology and behavioral health clinics.</p>
<p><a href="https://events.schedulewise.example.com/noshow">Register</a></p>
</body></html>
"""
    return mail(A("ScheduleWise Events", "events@schedulewise.example.com"), "kabernathy@" + LH,
                "Webinar: Cutting no-shows in specialty clinics", D(2026, 2, 24, 11, 0, 0),
                Multi("alternative", [T(txt), H(html)], style=3))


@reg("base64-ehr-planned-downtime", "none",
     "base64-encoded IT notice of planned EHR downtime and downtime procedures")
def _():
    txt = """PLANNED TESSERA DOWNTIME
Sunday, October 18, 01:00 - 05:00

 - Use paper downtime forms (blue folders) for orders, MAR and notes.
 - BCA PCs on every unit have the 48-hour MAR and active orders.
 - Lab and radiology results will print to unit printers.
 - Back-entry of downtime documentation is due by 12:00 Monday.

Command center: (614) 555-0113
"""
    return mail(A("Larkspur IT", "itcomms@" + LH), A("All Staff", "allstaff@" + LH), "Planned Tessera downtime Sun 10/18 01:00-05:00",
                D(2026, 10, 13, 9, 0, 0), T(txt, cte="base64"))


@reg("escala-interpretes-portugues", "none",
     "Portuguese (ISO-8859-1 QP) weekly schedule for the Portuguese interpreter team; staff only", lang="pt")
def _():
    txt = """Olá, equipe,

Segue a escala de intérpretes de português para a semana de 13 a 17 de abril:

Segunda   Ana Paula   7h-15h   Oncologia e infusão (manhã), Ortopedia (tarde)
Terça     Joăo        7h-15h   Clínica da família - Millbrook
Quarta    Ana Paula   11h-19h  Pronto-socorro
Quinta    Joăo        7h-15h   Saúde da mulher
Sexta     Rosângela   7h-15h   Cardiologia e pré-operatório

Lembrete: pedidos de intérprete presencial com menos de 24 horas devem ir
para a linha telefônica (614) 555-0125.

Obrigada!
Rosângela Matos
Coordenadora de Intérpretes
""".replace("Joăo", "João")
    return mail(A("Rosângela Matos", "rmatos@" + LH, cs="iso-8859-1", mode="Q"), A("Intérpretes PT", "interp-pt@" + LH, cs="iso-8859-1", mode="Q"),
                "Escala da semana 13-17/4", D(2026, 4, 10, 15, 0, 0), T(txt, cs="iso-8859-1", cte="quoted-printable"),
                cs="iso-8859-1", mode="Q")


@reg("mitsumori-choonpa-probe", "none",
     "Japanese (Shift_JIS) vendor quotation for ultrasound probes with a non-ASCII PDF file name; business mail", lang="ja")
def _():
    txt = """Larkspur Health 購買部
グリア様

いつも大変お世話になっております。
株式会社ミナト医療機器の佐藤でございます。

先日お問い合わせいただきました超音波プローブ（リニア型 L12-5）の
お見積書を添付いたします。

　単価：480,000円（税別）
　数量：2本
　納期：ご注文後 約6週間

3年間の保守契約を同時にご契約いただく場合は、10%お値引きいたします。
ご不明な点がございましたら、お気軽にお問い合わせください。

何卒よろしくお願い申し上げます。

株式会社ミナト医療機器　海外営業部
佐藤　健一
TEL: 03-555-0142
"""
    return mail(A("佐藤 健一", "k.sato@minato-medical.example.com", cs="shift_jis"), A("Greer, Paulette", "pgreer@" + LH),
                "超音波プローブ L12-5 お見積りの件", D(2026, 6, 3, 10, 5, 0, tz="+0900"),
                Multi("mixed", [T(txt, cs="shift_jis", cte="base64"),
                                BIN("application/pdf", pdf(["MINATO MEDICAL - QUOTATION Q-2026-0412", "Linear probe L12-5 x 2",
                                                            "Unit price JPY 480,000", "Lead time 6 weeks"]), "見積書_L12-5.pdf")], style=0),
                cs="shift_jis")


@reg("cp1252-newsletter-depression-screening", "none",
     "windows-1252 HTML newsletter for Depression Screening Day with curly quotes and dashes; education, no individual")
def _():
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Georgia">
<h1>Mind Matters – October 2026</h1>
<h2>National Depression Screening Day – Thursday, October 8</h2>
<p>“Am I just stressed, or is it depression?” It’s one of the most common questions our clinicians hear.
Stop by a free, anonymous screening kiosk in the Alder Street lobby – it takes five minutes, and no names are recorded.</p>
<ul><li>Sadness or emptiness most days for two weeks or more</li>
<li>Losing interest in things you used to enjoy</li>
<li>Sleeping much more – or much less – than usual</li></ul>
<p>If you’re thinking about suicide, call or text <b>988</b> any time.</p>
<p style="font-size:11px">Larkspur Behavioral Health • 1200 Alder Street • <a href="https://news.larkspurhealth.example.org/unsub">unsubscribe</a></p>
</body></html>
"""
    return mail(A("Mind Matters", "mindmatters@news." + LH), "mindmatters-subscribers@news." + LH,
                "Mind Matters – Depression Screening Day is October 8", D(2026, 10, 1, 7, 0, 0),
                H(html, cs="windows-1252", cte="quoted-printable"), cs="windows-1252", mode="Q", extra=[("Precedence", "bulk")])


@reg("tnef-facilities-mri-hvac-memo", "none",
     "Outlook facilities memo with a winmail.dat about HVAC work taking an MRI scanner down; operations only")
def _():
    txt = """Imaging team,

HVAC contractors will replace the chiller valve serving the MRI suite this
Saturday, 6 AM - 2 PM. MRI 2 will be down; MRI 1 stays up on the backup
chiller. Please move Saturday outpatient slots on MRI 2 to Sunday.

Facilities Work Order WO-26-04417
Dale Prentice, Facilities Engineering, (614) 555-0115
"""
    body = Multi("mixed", [T(txt, cs="us-ascii"), BIN("application/ms-tnef", tnef("MRI suite HVAC Saturday", txt), "winmail.dat")], style=0)
    return mail(A("Prentice, Dale", "dprentice@" + LH), A("Imaging Managers", "imaging-mgrs@" + LH),
                "MRI suite HVAC Saturday", D(2026, 3, 4, 13, 0, 0), body, extra=[("X-MS-Has-Attach", "yes")])


@reg("gb2312-spam-herbal-diabetes-cure", "none",
     "Chinese (GB2312) spam selling a herbal capsule claimed to cure diabetes and hypertension; no individual", lang="zh")
def _():
    txt = """尊敬的朋友您好！

【特价优惠】纯中药降糖降压胶囊
三个月告别胰岛素，无任何副作用！

糖尿病、高血压、高血脂，一盒见效，华人朋友亲测有效。
现在订购买二送一，全美免费送货上门。

订购电话：(614) 555-0188  联系人：刘经理
网址：http://zhongyao-jiangtang.test

退订请回复TD
"""
    return mail(A("健康之家", "service@zhongyao-jiangtang.test", cs="gb2312"), "info.millbrook@" + LH,
                "【特价】降糖降压纯中药，买二送一", D(2026, 7, 14, 1, 12, 0, tz="+0800"), T(txt, cs="gb2312", cte="8bit"), cs="gb2312")


@reg("html-signature-template-test", "none",
     "marketing team's test of a new HTML e-mail signature with phone numbers and a disclaimer line")
def _():
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Please reply with a screenshot if this signature looks wrong in your mail app.</p>
<table cellpadding="0" cellspacing="0"><tr><td style="border-right:2px solid #2d5f4c;padding-right:10px"><b>Jordan Ellery</b><br>Brand &amp; Digital</td>
<td style="padding-left:10px">Larkspur Health<br>O (614) 555-0116 &middot; M (614) 555-0117<br>
<a href="https://www.larkspurhealth.example.org">larkspurhealth.example.org</a></td></tr></table>
<p style="font-size:8pt;color:#888">This e-mail may contain confidential or protected health information. If you received it in error, please delete it.</p>
</body></html>
"""
    return mail(A("Ellery, Jordan", "jellery@" + LH), A("Marketing", "marketing@" + LH), "signature test v3 - please check",
                D(2026, 1, 14, 11, 0, 0), H(html))


@reg("disclaimer-pizza-break-room", "none",
     "one line about pizza followed by a long disclaimer naming PHI, HIV, mental health, genetics and 42 CFR Part 2")
def _():
    return mail(A("Klee, Rhonda", "rklee@" + LH), A("4 West Staff", "4west-staff@" + LH), "pizza in the break room",
                D(2026, 5, 8, 12, 5, 0), T("Leftover pizza from the vendor lunch in the 4W break room. Help yourselves!\n\nRhonda Klee, MSN, RN | Nurse Manager, 4 West | (614) 555-0154\n\n" + DISC_LONG))


@reg("disclaimer-otp-holiday-dosing-hours", "none",
     "methadone clinic's staff notice of holiday dosing hours, with a 42 CFR Part 2 footer; no patient concerned")
def _():
    txt = """All staff,

Holiday schedule:
 - Friday, July 3: dosing window 6:00-10:00 AM only; counseling groups cancelled.
 - Saturday, July 4: clinic closed. Take-home doses per the holiday policy;
   nursing will prepare bottles Thursday.
 - Monday, July 6: normal hours.

Security will be on site July 3 as usual.

Reggie Thornton, Office Manager
Harbor Light Recovery Center

""" + DISC_PART2
    return mail(A("Reggie Thornton", "rthornton@harborlight.example.org"), A("Harbor Light Staff", "staff@harborlight.example.org"),
                "July 4 holiday hours", D(2026, 6, 24, 14, 0, 0), T(txt))


@reg("disclaimer-plus-one-retirement", "none",
     "a '+1' reply about a retirement party, quoting the invitation, under a HIPAA confidentiality notice")
def _():
    txt = """+1, count me in!

Tamika Greer | Financial Counselor | Larkspur Cancer Center | (614) 555-0180

""" + DISC_LH + """
On Wed, Jun 17, 2026 at 9:00 AM Kim Abernathy <kabernathy@larkspurhealth.example.org> wrote:
> Please join us Friday 6/26 at 3 PM in the Cancer Center atrium to celebrate
> Dr. Ostrander's retirement after 31 years. Cake and punch. Card is at the
> front desk.
"""
    return mail(A("Greer, Tamika", "tgreer@" + LH), A("Abernathy, Kim", "kabernathy@" + LH), "Re: Dr. Ostrander retirement party",
                D(2026, 6, 17, 9, 30, 0), T(txt))


@reg("disclaimer-hiv-clinic-test-kit-order", "none",
     "HIV clinic orders rapid test kits and condoms from a supplier under a disclaimer about HIV status; clinic stock, no patient")
def _():
    txt = """Hi Evan,

Please add to our standing order for Crescent Clinic:
 - Rapid HIV-1/2 antibody test kits, 25/box: 8 boxes
 - External controls for the same: 2 kits
 - Condoms, assorted, 1,000 ct: 3 cases
 - Lubricant packets, 500 ct: 2 cases

Ship to Pavilion C loading dock. PO to follow from purchasing.

Gwen Takahashi | Clinic Manager, Crescent Clinic | (614) 555-0167

""" + DISC_LONG
    return mail(A("Takahashi, Gwen", "gtakahashi@" + LH), A("Evan Kirby", "ekirby@midstatemed.example.com"),
                "Standing order add-on - Crescent Clinic", D(2026, 8, 11, 10, 0, 0), T(txt))


@reg("disclaimer-genetics-lab-holiday-hours", "none",
     "genomics lab's holiday hours notice with a footer about genetic information and GINA; no patient")
def _():
    txt = """Dear clients,

Strandline Genomics will be closed Thursday, November 26 and Friday,
November 27. Specimens received on those days will be accessioned Saturday.
Expect a one-day delay for hereditary cancer panels and carrier screening.

Client Services (614) 555-0175

--
Strandline Genomics. This message may contain genetic information protected
by the Genetic Information Nondiscrimination Act (GINA) and state genetic
privacy laws, and protected health information under HIPAA. If you are not
the intended recipient, delete it and notify the sender.
"""
    return mail(A("Strandline Client Services", "clientservices@strandline.example.com"), "clients@strandline.example.com",
                "Holiday hours - Thanksgiving", D(2026, 11, 16, 9, 0, 0), T(txt), bcc=None)


@reg("wholesaler-invoice-schedule-ii-dea", "none",
     "wholesaler invoice for a Schedule II order to the outpatient pharmacy with its DEA number; business-to-business")
def _():
    d = dea("FL", "482913")
    txt = """CSOS ORDER CONFIRMATION / INVOICE  INV-CS-2026-10288

Ship to: Larkspur Outpatient Pharmacy, 1200 Alder Street
DEA registration: %s   Schedule II   CSOS signed by: J. Serrano, PharmD

Item                                         NDC (format)     Qty   Ext
Hydromorphone HCl 2 mg/mL, 1 mL vial, 25s    00000-0000-01      2   188.40
Morphine sulfate ER 15 mg tab, 100s          00000-0000-02      1    46.10
Fentanyl citrate 50 mcg/mL, 2 mL, 25s        00000-0000-03      1    61.75
Oxycodone 5 mg tab, 100s                     00000-0000-04      3    27.90

Total: $324.15   Terms: Net 30   Delivered 09/09/2026 by carrier
""" % d
    return mail(A("Harmon Drug Wholesale", "invoices@harmonwholesale.example.com"), "rx-purchasing@" + LH,
                "Invoice INV-CS-2026-10288 (CII)", D(2026, 9, 9, 18, 0, 0), T(txt))


@reg("credentialing-dea-npi-renewal-reminder", "none",
     "medical staff office reminds a nurse practitioner her DEA registration expires; her own NPI and DEA, no patient")
def _():
    txt = """Hi Ana,

Our records show your DEA registration %s expires 05/31/2026. Please renew
online and send us the new certificate. Your NPI %s and state license are
current. Without an active DEA you cannot prescribe buprenorphine or other
controlled substances after May 31.

Marisa Lutz | Medical Staff Office | (614) 555-0118
""" % (dea("ML", "704215"), npi("174466102"))
    return mail(A("Lutz, Marisa", "mlutz@" + LH), A("Lima, Ana", "alima@" + LH), "DEA renewal due 5/31",
                D(2026, 4, 1, 9, 0, 0), T(txt))


@reg("ryan-white-quarterly-suppression-dashboard", "none",
     "HIV clinic's quarterly aggregate: patients in care, viral suppression and PrEP starts; counts only")
def _():
    txt = """Crescent Clinic - Q2 2026 performance (Ryan White Part C report draft)

Patients in care ...................... 412
Newly diagnosed, linked within 30 days  9 of 10 (90%)
Retained in care (2 visits, 90 d apart) 371 (90%)
Viral suppression (<200 copies/mL) .... 375 (91%)
PrEP starts ........................... 58
PrEP users with a 3-month visit ....... 201 of 236 (85%)

Counts only; no cell below 11 is reported by subgroup.
"""
    return mail(A("Takahashi, Gwen", "gtakahashi@" + LH), A("ID Section", "id-section@" + LH),
                "Q2 dashboard draft", D(2026, 7, 15, 10, 0, 0), T(txt))


@reg("job-posting-lcsw-iop", "none",
     "job posting for a licensed clinical social worker in a substance-use IOP; recruiting, no patient")
def _():
    txt = """NOW HIRING: Licensed Clinical Social Worker (LCSW/LISW) - Intensive Outpatient Program

Larkspur Behavioral Health, Millbrook OH 43999 - full time, days

 - Lead IOP groups for adults with substance use and co-occurring mental
   health disorders (3 hrs/day, 4 days/week)
 - Individual therapy, treatment plans, ASAM assessments
 - Work with our addiction medicine team (buprenorphine, naltrexone)

Requirements: independent license in OH, 2 years SUD experience. LCDC a plus.
Sign-on bonus $5,000. Apply: https://careers.larkspurhealth.example.org/job/26-0412
"""
    return mail(A("Larkspur Careers", "careers@" + LH), "jobs-digest@lists.example.org", "Job posting 26-0412: LCSW - IOP",
                D(2026, 4, 13, 8, 0, 0), T(txt))


@reg("coworker-sixtieth-birthday", "none",
     "office note about a coworker's 60th birthday with her birth date; no health content")
def _():
    txt = """Shhh - Donna turns 60 on Saturday (3/14/1966 - yes she said we could tell!).
Cake in the HIM office Friday at 2. Sign the card at my desk.

Maribel
"""
    return mail(A("Santos, Maribel", "msantos@" + LH), A("HIM Staff", "him-staff@" + LH), "Donna's birthday Friday",
                D(2026, 3, 11, 13, 0, 0), T(txt))


@reg("vet-reminder-cat-dental", "none",
     "veterinary reminder for a staff member's cat's dental cleaning and vaccines; not care of a person")
def _():
    txt = """Hi Kim,

Whiskers is due for:
 - Dental cleaning with anesthesia (pre-op bloodwork required)
 - FVRCP booster and rabies (3-year)

Book online or call Millbrook Animal Hospital at (614) 555-0128.
Please withhold food after midnight before the dental.
"""
    return mail(A("Millbrook Animal Hospital", "reminders@millbrookvet.example.com"), A("Kim Abernathy", "kim.abernathy@mail.example.com"),
                "Whiskers is due for care", D(2026, 5, 5, 8, 0, 0), T(txt))


@reg("shipping-naloxone-kits-tracking", "none",
     "shipping confirmation for a clinic's order of naloxone kits with tracking numbers; business order")
def _():
    txt = """Your order SO-77120 has shipped.

Ship to: Larkspur ED - Bridge Clinic, 1200 Alder Street
  Naloxone HCl nasal spray 4 mg, twin pack   x 48
  Overdose response kit pouches              x 48

Carrier: Parcel Express   Tracking: 7712 3390 1184, 7712 3390 1185
Estimated delivery: Thursday, 03/26/2026
"""
    return mail(A("Midstate Medical Supply", "orders@midstatemed.example.com"), A("Lima, Ana", "alima@" + LH),
                "Shipped: SO-77120", D(2026, 3, 23, 16, 0, 0), T(txt))


@reg("kreyol-tes-tansyon-gratis", "none",
     "Haitian Creole community flyer for free blood pressure and sugar checks at a church; no individual", lang="ht")
def _():
    txt = """Tès tansyon ak sik GRATIS!

Samdi 9 me 2026, 10è - 2è
Legliz Batis Bon Samariten, 45 Walnut Street

 - Tès tansyon (presyon) ak tès sik nan san
 - Enfimyè ki pale kreyòl ap la pou reponn kesyon ou
 - Enfòmasyon sou kijan pou manje mwens sèl
 - Ou pa bezwen asirans, ou pa bezwen randevou

Pote fanmi w ak zanmi w!

Pwogram Sante Kominotè Larkspur
(614) 555-0131
"""
    return mail(A("Sante Kominotè Larkspur", "komite@" + LH), "kominote-ayisyen@lists.example.org",
                "Tès tansyon gratis samdi 9 me", D(2026, 5, 1, 12, 0, 0), T(txt, cte="quoted-printable"))


@reg("wargeys-tallaalka-jadeecada", "none",
     "Somali community newsletter about measles vaccination and a free clinic day; general, no individual", lang="so")
def _():
    txt = """Wargeyska Bulshada Soomaaliyeed - Abriil 2026

JADEECADA (MEASLES): ILAALI CARRUURTAADA

Jadeecadu waa cudur aad u faafa. Tallaalka MMR waa ammaan, wuxuuna
carruurta ilaaliyaa. Ilmuhu wuxuu qaataa laba qiyaasood: 12-15 bilood iyo
4-6 sano.

Maalinta tallaalka bilaashka ah:
Sabti, 25 Abriil, 10:00 - 2:00, Masjidka Towfiiq (qolka hoose)
Keen kaarka tallaalka carruurta. Caymis looma baahna.

Su'aalo: (614) 555-0133
"""
    return mail(A("Bulshada Soomaaliyeed", "wargeys@somalicommunity.example.org"), "xubnaha@somalicommunity.example.org",
                "Wargeyska Abriil: tallaalka jadeecada", D(2026, 4, 15, 9, 0, 0), T(txt))


@reg("nasharat-ramadan-sukkari", "none",
     "Arabic community newsletter with safe-fasting advice for people with diabetes in Ramadan; general education", lang="ar")
def _():
    txt = """نشرة اللجنة الصحية - المركز الإسلامي

نصائح للصيام الآمن لمرضى السكري في رمضان

- استشر طبيبك قبل رمضان بأسابيع لتعديل مواعيد الدواء أو الإنسولين.
- افحص مستوى السكر في الدم عدة مرات في اليوم، والفحص لا يفطر.
- أفطر فوراً إذا انخفض السكر عن 70 أو ارتفع فوق 300.
- لا تهمل وجبة السحور، وأكثر من شرب الماء بين الإفطار والسحور.

يوم فحص مجاني للسكر وضغط الدم بعد صلاة الجمعة 13 فبراير في قاعة المركز.
للاستفسار: (614) 555-0187
"""
    return mail(A("اللجنة الصحية", "health@islamiccenter.example.org"), "members@islamiccenter.example.org",
                "نشرة رمضان: الصيام الآمن لمرضى السكري", D(2026, 2, 9, 18, 0, 0), T(txt, cte="8bit"))


@reg("potluck-signup-sheet", "none",
     "ordinary office mail: sign-up sheet for a department potluck")
def _():
    return mail(A("Bramwell, Tasha", "tbramwell@" + LH), A("Millbrook Staff", "millbrook-staff@" + LH), "potluck 12/18",
                D(2026, 12, 7, 10, 0, 0), T("Holiday potluck Friday 12/18 at noon. Sign-up sheet is on the fridge - we need desserts and plates!\n\nTasha\n"))


@reg("fire-drill-notice-pavilion-a", "none",
     "ordinary facilities notice of a fire drill in Pavilion A")
def _():
    return mail(A("Safety Office", "safety@" + LH), A("Pavilion A Occupants", "paviliona@" + LH), "Fire drill Tuesday 10 AM",
                D(2026, 9, 11, 8, 0, 0), T("Pavilion A will have an unannounced-style fire drill Tuesday at about 10 AM. Close doors, follow RACE/PASS, do not use elevators.\n"))


# ================================================================ build ==
def build():
    rng = random.Random(SEED)
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    files, rows = {}, []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        ST.slug, ST.n = m["slug"], 0
        raw = m["fn"]()
        name = "%03d-%s.eml" % (num, m["slug"])
        files[m["label"] + "/" + name] = raw
        rows.append("%s\t%s\t%s\n" % (name, m["label"], m["reason"]))
    return files, "".join(rows).encode("utf-8")


def write(files, tsv):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml") and lab + "/" + f not in files:
                os.remove(os.path.join(d, f))
    for rel, raw in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(tsv)


# ================================================================ check ==
ALLOWED_DOM = ("example.com", "example.org", "example.net")
RE_EMAIL = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")
RE_URL = re.compile(r"(?i)\b(?:https?|ftp)://([^/\s\"'<>:?#)\]]+)")
RE_HOST = re.compile(r"(?i)\b((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|us|info|biz|co|app|ai|mil|int))\b")
RE_PHONE = re.compile(r"(?<!\d)555[-. ]?(\d{4})(?!\d)")
RE_NPI = re.compile(r"NPI\D{0,6}?(\d{10})(?!\d)")
RE_DEA = re.compile(r"DEA\W{0,12}?(?:#|number|no\.?)?\W{0,3}([A-Z]{2}\d{7})(?!\d)")
RE_IP = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")


def dom_ok(host):
    host = host.lower().rstrip(".")
    return host.endswith(".test") or any(host == d or host.endswith("." + d) for d in ALLOWED_DOM)


def scan_text(text, where, errs):
    for rx in (RE_EMAIL, RE_URL, RE_HOST):
        for m in rx.finditer(text):
            if not dom_ok(m.group(1)):
                errs.append("%s: domain %s" % (where, m.group(1)))
    for m in RE_PHONE.finditer(text):
        if not m.group(1).startswith("01"):
            errs.append("%s: phone 555-%s" % (where, m.group(1)))
    for m in RE_NPI.finditer(text):
        if not luhn_ok("80840" + m.group(1)):
            errs.append("%s: NPI %s" % (where, m.group(1)))
    for m in RE_DEA.finditer(text):
        if not dea_ok(m.group(1)):
            errs.append("%s: DEA %s" % (where, m.group(1)))
    for m in RE_IP.finditer(text):
        ip = ".".join(m.groups())
        if not (ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10.", "127.0.0.1"))):
            errs.append("%s: IP %s" % (where, ip))


def pdf_text(data):
    out = []
    for m in re.finditer(rb"<<([^>]*)>>\s*stream\n(.*?)\nendstream", data, re.S):
        s = m.group(2)
        if b"FlateDecode" in m.group(1):
            s = zlib.decompress(s)
        out.append(s.decode("latin-1"))
    return "\n".join(out)


def check_pdf(data, where, errs):
    if not data.startswith(b"%PDF-"):
        errs.append(where + ": not a PDF")
        return
    x = int(re.search(rb"startxref\n(\d+)", data).group(1))
    if not data[x:].startswith(b"xref"):
        errs.append(where + ": bad startxref")
    tab = data[x:].split(b"\n")
    n = int(tab[1].split()[1])
    for i in range(1, n):
        off = int(tab[2 + i][:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            errs.append(where + ": xref offset of object %d" % i)
    for m in re.finditer(rb"/Length (\d+)([^>]*)>>\nstream\n", data):
        ln = int(m.group(1))
        if data[m.end() + ln:m.end() + ln + 10] != b"\nendstream":
            errs.append(where + ": stream length")


def check_qp(payload, where, errs):
    for line in payload.split("\n"):
        line = line.rstrip("\r")
        if len(line) > 76:
            errs.append(where + ": QP line > 76")
        if re.search(r"=(?![0-9A-F]{2}|$)", line):
            errs.append(where + ": bad QP escape")
        if line.endswith((" ", "\t")):
            errs.append(where + ": QP trailing space")


def check_b64(payload, where, errs):
    lines = [l.rstrip("\r") for l in payload.split("\n") if l.strip()]
    if any(len(l) > 76 for l in lines):
        errs.append(where + ": base64 line > 76")
    try:
        base64.b64decode("".join(lines), validate=True)
    except Exception as e:
        errs.append(where + ": base64 %s" % e)


def check_message(rel, raw):
    errs = []
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append(rel + ": bare CR or LF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        errs.append(rel + ": line > 998")
    msg = BytesParser(policy=email.policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: no %s" % (rel, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append(rel + ": Content-Type without MIME-Version")
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append(rel + ": date not 2026 with zone")
    except Exception:
        errs.append(rel + ": bad Date")
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"]).strip()):
        errs.append(rel + ": bad Message-ID " + str(msg["Message-ID"]))
    for i, part in enumerate(msg.walk()):
        where = "%s part %d (%s)" % (rel, i, part.get_content_type())
        if part.defects:
            errs.append("%s: defects %r" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %r" % (where, k, v.defects))
            sv = str(v)
            if "=?" in sv and "?=" in sv:
                errs.append("%s: undecoded encoded word in %s" % (where, k))
            scan_text(sv, where + " header " + k, errs)
        fn = part.get_filename()
        if fn:
            scan_text(fn, where + " filename", errs)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        payload = part.get_payload(decode=False)
        if isinstance(payload, str):
            if cte == "quoted-printable":
                check_qp(payload, where, errs)
            elif cte == "base64":
                check_b64(payload, where, errs)
        try:
            part.get_content()
        except Exception as e:
            errs.append("%s: get_content %s" % (where, e))
            continue
        data = part.get_payload(decode=True) or b""
        if cte == "7bit" and not data.isascii():
            errs.append(where + ": 8-bit data in 7bit part")
        text = None
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                text = data.decode(codec(cs))
            except Exception as e:
                errs.append("%s: charset %s does not decode: %s" % (where, cs, e))
                continue
            if ct == "text/calendar":
                unf = text.replace("\r\n ", "").replace("\r\n\t", "")
                begins = re.findall(r"(?m)^BEGIN:(\w+)", unf)
                ends = re.findall(r"(?m)^END:(\w+)", unf)
                if sorted(begins) != sorted(ends):
                    errs.append(where + ": ICS BEGIN/END")
                text = unf
        elif ct == "application/pdf":
            check_pdf(data, where, errs)
            text = pdf_text(data)
        elif ct in ("application/gzip", "application/x-gzip"):
            text = gzip.decompress(data).decode("utf-8")
        elif ct == "application/ics":
            text = data.decode("utf-8").replace("\r\n ", "")
        elif ct in ("application/json", "application/fhir+json"):
            import json
            json.loads(data.decode("utf-8"))
            text = data.decode("utf-8")
        elif ct in ("application/ms-tnef", "image/tiff", "application/octet-stream", "application/hl7-v2"):
            text = data.decode("latin-1")
        elif ct == "image/png":
            if not data.startswith(b"\x89PNG\r\n\x1a\n"):
                errs.append(where + ": not PNG")
        if text:
            scan_text(text, where, errs)
    return errs


def verify(files=None, tsv=None):
    errs = []
    disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if f.endswith(".eml"):
                with open(os.path.join(d, f), "rb") as fh:
                    disk[lab + "/" + f] = fh.read()
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        disk_tsv = fh.read()
    if files is not None:
        if set(files) != set(disk) or any(files[k] != disk[k] for k in files) or tsv != disk_tsv:
            errs.append("files on disk differ from what gen.py writes")
    seen, nums, counts = {}, [], {l: 0 for l in LABELS}
    for line in disk_tsv.decode("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 3 or not cols[2].strip():
            errs.append("labels.tsv: bad line %r" % line)
            continue
        name, lab, _ = cols
        if name in seen:
            errs.append("labels.tsv: %s listed twice" % name)
        seen[name] = lab
        if lab not in LABELS or lab + "/" + name not in disk:
            errs.append("labels.tsv: %s not in %s/" % (name, lab))
        else:
            counts[lab] += 1
        nums.append(int(name[:3]))
        if re.search(r"trap|phi|restricted|none", name[4:]):
            errs.append("labels.tsv: slug gives the label away: " + name)
    for rel in disk:
        if rel.split("/", 1)[1] not in seen:
            errs.append(rel + ": not in labels.tsv")
    if sorted(nums) != list(range(1, 201)):
        errs.append("numbers are not 001-200")
    if counts != {"none": 100, "phi": 65, "restricted": 35}:
        errs.append("counts %r" % counts)
    for rel, raw in sorted(disk.items()):
        errs += check_message(rel, raw)
    nonen = sum(1 for m in MSGS if m["lang"] != "en")
    return errs, counts, nonen


def stats():
    import collections
    files, _ = build()
    by = {m["slug"]: m for m in MSGS}
    top, att, cte, cs = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for rel, raw in files.items():
        msg = BytesParser(policy=email.policy.default).parsebytes(raw)
        top[msg.get_content_type()] += 1
        for p in msg.walk():
            c = str(p.get("Content-Transfer-Encoding", "7bit")).lower()
            cte[c] += 1
            if p.get_content_maintype() == "text" and p.get_content_charset():
                cs[p.get_content_charset()] += 1
            if p.get_filename() or p.get_content_maintype() in ("message", "application", "image") or p.get_content_type() in ("text/calendar", "text/rfc822-headers"):
                att[p.get_content_type()] += 1
    print("top-level:", dict(top.most_common()))
    print("parts:", dict(att.most_common()))
    print("cte:", dict(cte.most_common()))
    print("charsets:", dict(cs.most_common()))
    for lab in LABELS:
        ms = [m for m in MSGS if m["label"] == lab]
        print(lab, len(ms), "non-en", sum(m["lang"] != "en" for m in ms),
              sorted(m["lang"] for m in ms if m["lang"] != "en"))
    import collections as c2
    print("restricted cats:", dict(c2.Counter(m["cat"] for m in MSGS if m["label"] == "restricted")))
    print("borderline:", [(m["slug"], m["label"]) for m in MSGS if m["reason"].startswith("borderline:")])
    slugs = [m["slug"] for m in MSGS]
    print("dup slugs:", [s for s in set(slugs) if slugs.count(s) > 1])


def main():
    if "--stats" in sys.argv:
        stats()
        return
    files = tsv = None
    if "--check" not in sys.argv:
        files, tsv = build()
        write(files, tsv)
    else:
        files, tsv = build()
    errs, counts, nonen = verify(files, tsv)
    for e in errs:
        print(e)
    print("%d messages: %s; %d not in English; %d problems" % (sum(counts.values()), counts, nonen, len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
