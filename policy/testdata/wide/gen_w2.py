#!/usr/bin/env python3
"""Synthetic labelled e-mail generator, writer w2 (focus: structure & encoding).

Deterministic and re-runnable:  python3 gen_w2.py
It rewrites  none/w2-*.eml, phi/w2-*.eml, restricted/w2-*.eml  and  labels-w2.tsv
next to this script, then re-parses every file with the standard `email`
package (policy=default), decodes every part and checks attachments (PDF xref,
PNG CRC, JSON, XML, HL7, iCalendar).  Only files with the w2 prefix are touched.

Every person, organisation, address, phone number and identifier is invented.
"""
import base64
import hashlib
import io
import json
import os
import quopri
import random
import re
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
import email
import email.policy
import xml.etree.ElementTree as ET

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "w2"
CRLF = "\r\n"

# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------


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


assert npi("123456789") == "1234567893"


def dea(letters, six):
    d = [int(c) for c in six]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


# ---------------------------------------------------------------------------
# MIME building blocks (hand-made so that encodings are fully controlled)
# ---------------------------------------------------------------------------

SOFT = "\x00"  # marker: force a quoted-printable soft line break here


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)  # list of str, each may contain CRLF+WSP folds
        self.body = body  # bytes, CRLF line ends

    def to_bytes(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.body


def to_crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def qp_encode(data, maxlen=76):
    """Quoted-printable encode bytes (CRLF hard breaks). Byte 0x00 = forced soft break."""
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for b in line:
            if b == 0:
                toks.append(None)
            elif (33 <= b <= 126 and b != 61) or b in (32, 9):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        # whitespace before a hard line end must be encoded
        for i in range(len(toks) - 1, -1, -1):
            if toks[i] is None:
                continue
            if toks[i] in (" ", "\t"):
                toks[i] = "=%02X" % ord(toks[i])
            break
        # a line starting with "From " or "." is made safe
        cur = ""
        for i, t in enumerate(toks):
            if t is None:
                if cur:
                    out.append(cur + "=")
                    cur = ""
                continue
            if len(cur) + len(t) > maxlen - 1:
                out.append(cur + "=")
                cur = ""
            if cur == "" and t == ".":
                t = "=2E"
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64_encode(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def fold_params(first, params):
    """Content-* header with parameters, one parameter per folded line when long."""
    line = first
    if not params:
        return line
    one = first + "; " + "; ".join(params)
    if len(one) <= 76:
        return one
    return first + ";" + "".join(CRLF + " " + p + (";" if i < len(params) - 1 else "")
                                 for i, p in enumerate(params))


def quote(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fname_params(key, name, style):
    """Return list of parameter strings for a file name.
    style: 'plain' (quoted), 'cont' (RFC 2231 continuations, ASCII),
           '2231' (RFC 2231 charset'lang'%XX, with continuations if long)."""
    if name is None:
        return []
    if style == "plain":
        return [key + "=" + quote(name)]
    if style == "cont":
        chunks = [name[i:i + 40] for i in range(0, len(name), 40)]
        return ["%s*%d=%s" % (key, i, quote(c)) for i, c in enumerate(chunks)]
    if style == "2231":
        enc = ""
        for b in name.encode("utf-8"):
            c = chr(b)
            if c.isascii() and (c.isalnum() or c in "-._~"):
                enc += c
            else:
                enc += "%%%02X" % b
        full = "utf-8''" + enc
        if len(full) <= 60:
            return [key + "*=" + full]
        # split on escape boundaries
        chunks, cur = [], ""
        i = 0
        while i < len(full):
            step = 3 if full[i] == "%" else 1
            if len(cur) + step > 45:
                chunks.append(cur)
                cur = ""
            cur += full[i:i + step]
            i += step
        chunks.append(cur)
        return ["%s*%d*=%s" % (key, i, c) for i, c in enumerate(chunks)]
    raise ValueError(style)


def leaf(ctype, data, cte="base64", filename=None, disp=None, style="plain",
         ctparams=None, extra=None, name_param=True):
    """Generic leaf part. data: bytes (CRLF already where text)."""
    if cte == "base64":
        body = b64_encode(data.replace(b"\x00", b"") if ctype.startswith("text/") else data)
    elif cte == "quoted-printable":
        body = qp_encode(data)
    else:
        assert b"\x00" not in data
        body = data
        if cte == "7bit":
            assert all(b < 128 for b in data), "non-ascii in 7bit part"
    params = list(ctparams or [])
    if filename and name_param and disp != "inline-noname":
        params += fname_params("name", filename, style)
    hdrs = [fold_params("Content-Type: " + ctype, params),
            "Content-Transfer-Encoding: " + cte]
    if disp:
        dp = fname_params("filename", filename, style) if filename else []
        hdrs.append(fold_params("Content-Disposition: " + disp.replace("inline-noname", "inline"), dp))
    for h in (extra or []):
        hdrs.append(h)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return Part(hdrs, body)


def text(s, subtype="plain", charset="utf-8", cte="7bit", filename=None, disp=None,
         style="plain", extra=None, ctparams=None, format_flowed=False):
    data = to_crlf(s).encode(charset)
    params = ['charset="%s"' % charset] + list(ctparams or [])
    if format_flowed:
        params.append("format=flowed")
    if cte != "quoted-printable":
        data = data.replace(b"\x00", b"")
    return leaf("text/" + subtype, data, cte=cte, filename=filename, disp=disp,
                style=style, ctparams=params, extra=extra)


def binary(ctype, data, filename, disp="attachment", style="plain", extra=None, ctparams=None):
    return leaf(ctype, data, cte="base64", filename=filename, disp=disp, style=style,
                extra=extra, ctparams=ctparams)


_bcount = [0]


def boundary(kind=None):
    _bcount[0] += 1
    h = hashlib.sha1(("b%d" % _bcount[0]).encode()).hexdigest()
    styles = [
        "----=_Part_%d_%s.%s" % (_bcount[0] * 7 + 1000, h[:8], h[8:21]),
        "_000_%sNAM12PROD_" % h[:24].upper(),
        "==_mimepart_%s" % h[:20],
        "b1_%s" % h[:32],
        "------------%s" % h[:24].upper(),
        "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper()),
    ]
    return styles[(_bcount[0] if kind is None else kind) % len(styles)]


def multi(subtype, parts, preamble=None, epilogue=None, params=None, kind=None):
    b = boundary(kind)
    ps = list(params or []) + ["boundary=" + quote(b)]
    hdrs = [fold_params("Content-Type: multipart/" + subtype, ps)]
    body = b""
    if preamble:
        body += to_crlf(preamble).encode("ascii")
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    for p in parts:
        pb = p.to_bytes()
        assert ("--" + b).encode() not in pb
        # pb ends with CRLF (content); the extra CRLF belongs to the next delimiter
        body += b"--" + b.encode() + b"\r\n" + pb
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        body += b"\r\n"
    body += b"--" + b.encode() + b"--\r\n"
    if epilogue:
        body += to_crlf(epilogue).encode("ascii")
    return Part(hdrs, body)


def attach_message(raw, filename=None, disp="inline"):
    eight = any(b >= 128 for b in raw)
    hdrs = ["Content-Type: message/rfc822",
            "Content-Transfer-Encoding: " + ("8bit" if eight else "7bit")]
    if disp:
        hdrs.append(fold_params("Content-Disposition: " + disp,
                                fname_params("filename", filename, "plain") if filename else []))
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    return Part(hdrs, raw)


# ---------------------------------------------------------------------------
# headers
# ---------------------------------------------------------------------------


MIME_CHARSET_B = {"utf-8": "b", "iso-2022-jp": "b", "koi8-r": "b", "gb2312": "b"}


def encoded_words(value, charset="utf-8", enc=None, first_room=60):
    """RFC 2047 encoded-words for value, never splitting a character; each word <= 75 chars.
    Returns list of words (to be joined with CRLF SP)."""
    if enc is None and charset.lower() == "utf-8":
        raw = value.encode("utf-8")
        nq = sum(1 if (chr(b).isascii() and (chr(b).isalnum() or chr(b) in " !*+-/")) else 3 for b in raw)
        enc = "q" if nq <= len(base64.b64encode(raw)) else "b"
    enc = enc or MIME_CHARSET_B.get(charset.lower(), "q")
    prefix, suffix = "=?%s?%s?" % (charset, enc), "?="
    def encode_chunk(chunk):
        raw = chunk.encode(charset)
        if enc == "b":
            return base64.b64encode(raw).decode("ascii")
        out = ""
        for b in raw:
            c = chr(b)
            if c == " ":
                out += "_"
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out += c
            else:
                out += "=%02X" % b
        return out
    words, cur = [], ""
    room = first_room
    for ch in value:
        trial = cur + ch
        if cur and len(prefix) + len(encode_chunk(trial)) + len(suffix) > min(75, room):
            words.append(prefix + encode_chunk(cur) + suffix)
            cur, room = ch, 75
        else:
            cur = trial
    if cur:
        words.append(prefix + encode_chunk(cur) + suffix)
    return words


def addr(a, charset="utf-8"):
    if isinstance(a, str):
        return a
    name, mail = a[0], a[1]
    cs = a[2] if len(a) > 2 else charset
    if name is None:
        return mail
    if all(ord(c) < 128 for c in name):
        return formataddr((name, mail))
    # one encoded-word for the non-ASCII head, plain atoms for an ASCII tail, so that
    # decoders that (wrongly) keep blanks between adjacent encoded-words agree with RFC 2047 ones
    parts = name.split(" ")
    last_na = max(i for i, w in enumerate(parts) if any(ord(c) > 127 for c in w))
    head, tail = " ".join(parts[:last_na + 1]), " ".join(parts[last_na + 1:])
    if tail and not re.fullmatch(r"[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]+", tail):
        head, tail = name, ""
    words = encoded_words(head, cs, first_room=75)
    assert len(words) == 1, "display name too long for one encoded-word: " + name
    return words[0] + (" " + tail if tail else "") + " <" + mail + ">"


def addr_header(hname, lst):
    if not isinstance(lst, list):
        lst = [lst]
    items = []
    for a in lst:
        it = addr(a)
        last = it.split(CRLF)[-1]
        if len(last) + len(hname) + 2 > 76 and " <" in last:
            it = it.replace(" <", CRLF + " <", 1) if CRLF not in it else it[::-1].replace("< ", "<" + " \n\r", 1)[::-1]
        items.append(it)
    line = hname + ": " + ", ".join(items)
    if len(line) <= 76 and CRLF not in line:
        return line
    return hname + ": " + ("," + CRLF + " ").join(items)


def fold_ascii(hname, value, limit=76):
    words = value.split(" ")
    lines, cur = [], hname + ":"
    for w in words:
        if len(cur) + 1 + len(w) > limit and cur != hname + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return CRLF.join(lines)


def unstructured(hname, value, charset="utf-8"):
    if all(ord(c) < 128 for c in value):
        return fold_ascii(hname, value)
    # keep a leading ASCII "Re: "/"FW: " style prefix readable, encode the rest
    m = re.match(r"^((?:(?:Re|RE|Fw|FW|Fwd|AW|WG|TR):\s*)*)(.*)$", value, re.S)
    pre, rest = m.group(1), m.group(2)
    words = encoded_words(rest, charset, first_room=75 - len(hname) - 2 - len(pre))
    return hname + ": " + pre + (CRLF + " ").join(words)


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def message(frm, to, subject, date, body, cc=None, reply_to=None, msgid=None,
            in_reply_to=None, references=None, extra=None, subject_charset="utf-8",
            mailer=None):
    """Assemble a complete message; returns bytes."""
    dom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[1].strip(">")
    if msgid is None:
        h = hashlib.sha1((subject + date.isoformat()).encode("utf-8")).hexdigest()
        msgid = "<%s.%s@%s>" % (h[:14], h[14:22], dom)
    hdrs = []
    hdrs.append(addr_header("From", frm))
    hdrs.append(addr_header("To", to))
    if cc:
        hdrs.append(addr_header("Cc", cc))
    if reply_to:
        hdrs.append(addr_header("Reply-To", reply_to))
    hdrs.append(unstructured("Subject", subject, subject_charset))
    hdrs.append("Date: " + format_datetime(date))
    hdrs.append("Message-ID: " + msgid)
    if in_reply_to:
        hdrs.append("In-Reply-To: " + in_reply_to)
        hdrs.append(fold_ascii("References", references or in_reply_to))
    if mailer:
        hdrs.append("X-Mailer: " + mailer)
    for h in (extra or []):
        hdrs.append(h)
    hdrs.append("MIME-Version: 1.0")
    hdrs += body.headers
    return Part(hdrs, body.body).to_bytes()


# ---------------------------------------------------------------------------
# attachment formats
# ---------------------------------------------------------------------------


def png(w=16, h=16, seed=1):
    rnd = random.Random(seed)
    base = (rnd.randrange(40, 200), rnd.randrange(40, 200), rnd.randrange(40, 200))
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            if (x // 4 + y // 4) % 2:
                raw += bytes(base)
            else:
                raw += bytes((255, 255, 255))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def _pdf_str(s):
    out = "("
    for b in s.encode("cp1252"):
        c = chr(b)
        if c in "\\()":
            out += "\\" + c
        elif 32 <= b < 127:
            out += c
        else:
            out += "\\%03o" % b
    return out + ")"


def pdf(pages, flate=False, title="Document", producer="w2-minipdf 1.0"):
    """pages: list of pages; a page is a list of lines. A line starting with '# '
    is set bold 13pt, '## ' bold 10pt, '' is a gap. Returns bytes with exact xref."""
    objs = {}
    n_pages = len(pages)
    page_ids = [5 + 2 * i for i in range(n_pages)]
    info_id = 5 + 2 * n_pages
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (
        " ".join("%d 0 R" % p for p in page_ids), n_pages)).encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    for i, lines in enumerate(pages):
        y = 750
        ops = ["BT"]
        for ln in lines:
            if ln.startswith("# "):
                font, size, txt, lead = "/F2", 13, ln[2:], 18
            elif ln.startswith("## "):
                font, size, txt, lead = "/F2", 10, ln[3:], 14
            else:
                font, size, txt, lead = "/F1", 9.5, ln, 13
            if txt:
                ops.append("%s %s Tf 1 0 0 1 54 %d Tm %s Tj" % (font, size, y, _pdf_str(txt)))
            y -= lead
        ops.append("/F1 8 Tf 1 0 0 1 54 40 Tm %s Tj" % _pdf_str("Page %d of %d" % (i + 1, n_pages)))
        ops.append("ET")
        stream = ("\n".join(ops) + "\n").encode("latin-1")
        if flate:
            comp = zlib.compress(stream, 9)
            content = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp)) + comp + b"\nendstream"
        else:
            content = (b"<< /Length %d >>\nstream\n" % len(stream)) + stream + b"endstream"
        objs[page_ids[i]] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                             "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                             % (page_ids[i] + 1)).encode()
        objs[page_ids[i] + 1] = content
    objs[info_id] = ("<< /Title %s /Producer %s /CreationDate (D:20250901120000Z) >>"
                     % (_pdf_str(title), _pdf_str(producer))).encode("latin-1")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for k in range(1, size):
        out += b"%010d 00000 n \n" % offsets[k]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info_id, xref)
    return out


def hl7(*segments):
    return "\r".join(segments) + "\r"


def ics(lines):
    """iCalendar text with CRLF; folds lines longer than 75 octets."""
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        if len(b) <= 75:
            out.append(ln)
            continue
        cur, first = "", True
        for ch in ln:
            lim = 75 if first else 74
            if len((cur + ch).encode("utf-8")) > lim:
                out.append(cur if first else " " + cur)
                cur, first = "", False
            cur += ch
        out.append(cur if first else " " + cur)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MESSAGES = []


def reg(label, slug, reason):
    assert label in ("none", "phi", "restricted")
    if slug.startswith("trap-"):
        assert label == "none"
    def deco(fn):
        MESSAGES.append((label, slug, reason, fn))
        return fn
    return deco


# ===========================================================================
# RESTRICTED
# ===========================================================================

PART2_NOTICE = (
    "42 CFR Part 2 notice: This information has been disclosed to you from records\n"
    "protected by federal confidentiality rules (42 CFR part 2). The federal rules\n"
    "prohibit you from making any further disclosure of information in this record\n"
    "that identifies a patient as having or having had a substance use disorder\n"
    "unless further disclosure is expressly permitted by written consent or as\n"
    "otherwise permitted by 42 CFR part 2.\n")


@reg("restricted", "otp-siu-hl7-intake-batch",
     "HL7 SIU batch attachment books named patients into OTP intake / methadone induction (SUD, 42 CFR Part 2)")
def r_otp_siu():
    n1, n2 = npi("145739281"), npi("167204553")
    msgs = [
        hl7("MSH|^~\\&|RVBND_SCHED|RIVERBEND_OTP|HIE_IN|LAKESHORE|20250917041207||SIU^S12^SIU_S12|RB0917041207001|P|2.5.1",
            "SCH|A88213^RVBND||||||OUDINT^Opioid use disorder - new intake^L|NEW^New patient^L|60|MIN|^^60^20250919081500^20250919091500|||||HALVORSEN^INGRID^^^^^RN|^WPN^PH^^1^312^5550147",
            "PID|1||RB-0044718^^^RVBND^MR||PELLETIER^MARCUS^JAMES||19860311|M|||1187 Orchard Row^^Fairhaven^IL^60999||^PRN^PH^^1^312^5550186",
            "PV1|1|O|OTP^DOSE1^^RVBND",
            "RGS|1|A",
            "AIS|1|A|OTPINT^OTP intake medical evaluation^L|20250919081500|||60|MIN",
            "AIP|1|A|%s^OKONKWO^ADAEZE^^^^MD|ATTENDING" % n1,
            "NTE|1||Plan: methadone induction 30 mg day 1 per protocol. UDS + COWS on arrival. Transferring from ED bridge script (buprenorphine 8 mg x2 days)."),
        hl7("MSH|^~\\&|RVBND_SCHED|RIVERBEND_OTP|HIE_IN|LAKESHORE|20250917041207||SIU^S12^SIU_S12|RB0917041207002|P|2.5.1",
            "SCH|A88214^RVBND||||||DOSEADJ^Methadone dose review^L|FU^Follow-up^L|20|MIN|^^20^20250919103000^20250919105000|||||HALVORSEN^INGRID^^^^^RN|^WPN^PH^^1^312^5550147",
            "PID|1||RB-0039120^^^RVBND^MR||ESPINOZA-TRAN^LUCIA^||19920728|F|||55 Cutter Ln Apt 3^^Fairhaven^IL^60998||^PRN^PH^^1^312^5550122",
            "PV1|1|O|OTP^DOSE2^^RVBND",
            "RGS|1|A",
            "AIS|1|A|DOSREV^Methadone dose review (current 85 mg)^L|20250919103000|||20|MIN",
            "AIP|1|A|%s^BARRETT-NAKAMURA^SIMON^^^^DO|ATTENDING" % n2,
            "NTE|1||Take-home eligibility review (phase 2). Last 4 UDS negative except methadone."),
        hl7("MSH|^~\\&|RVBND_SCHED|RIVERBEND_OTP|HIE_IN|LAKESHORE|20250917041208||SIU^S12^SIU_S12|RB0917041207003|P|2.5.1",
            "SCH|A88215^RVBND||||||CM^Contingency management group^L|GRP^Group^L|90|MIN|^^90^20250920130000^20250920143000|||||ABERNATHY^COLE^^^^^LCSW|^WPN^PH^^1^312^5550148",
            "PID|1||RB-0045002^^^RVBND^MR||WOJCIK^THEODORE^R||19790102|M|||9 Ferry Rd^^Port Galen^IL^60997||^PRN^PH^^1^312^5550171",
            "PV1|1|O|OTP^GRPB^^RVBND",
            "RGS|1|A",
            "AIS|1|A|CMGRP^Contingency management + relapse prevention group^L|20250920130000|||90|MIN"),
    ]
    batch = ("FHS|^~\\&|RVBND_SCHED|RIVERBEND_OTP|HIE_IN|LAKESHORE|20250917041208\r"
             "BHS|^~\\&|RVBND_SCHED|RIVERBEND_OTP|HIE_IN|LAKESHORE|20250917041208\r"
             + "".join(msgs) + "BTS|3\rFTS|1\r")
    body_txt = ("Automated delivery from Riverbend scheduling interface.\n\n"
                "Batch: SIU_20250917_0412   Messages: 3   Checksum: 9f1c22a0\n\n"
                "Do not reply to this mailbox. Interface problems: on-call analyst 555-0134.\n\n"
                + PART2_NOTICE)
    body = multi("mixed", [
        text(body_txt),
        binary("application/hl7-v2", batch.encode("ascii"), "SIU_20250917_0412.hl7"),
    ])
    return message(("Riverbend Scheduling Interface", "hl7-out@riverbend-recovery.example.org"),
                   ("HIE Inbound Queue", "hie-intake@lakeshore-health.example.org"),
                   "SIU batch 20250917-0412 (3 msgs)",
                   datetime(2025, 9, 17, 4, 12, 9, tzinfo=tz(-5)), body,
                   mailer="RVBND-IFX/4.2")


@reg("restricted", "display-name-methadone-confirm",
     "appointment confirmation to a named patient; only the sender display name shows it is a methadone clinic (SUD)")
def r_display_methadone():
    body = text("Hi Dana,\n\n"
                "This confirms your appointment on Thursday, October 2 at 8:15 AM with\n"
                "Nurse Halvorsen. Please come 10 minutes early and bring a photo ID.\n\n"
                "Need to change it? Call us at 555-0147 (option 2).\n\n"
                "Front Desk\n")
    return message(("Riverbend Methadone Clinic \u2013 Front Desk", "frontdesk@riverbend-recovery.example.org"),
                   ("Dana Whitcomb", "dana.whitcomb@mailbox.example.net"),
                   "Appointment confirmed: Thu 10/02 8:15 AM",
                   datetime(2025, 9, 29, 16, 2, 44, tzinfo=tz(-5)), body)


@reg("restricted", "bup-induction-qp-softbreaks",
     "NP note on named patient (MRN) day 3 after buprenorphine/naloxone induction, UDS, IOP referral; QP soft breaks inside drug name and MRN")
def r_bup_qp():
    S = SOFT
    plain = ("Renata -\n\n"
             "saw Gerald Fontaine (MRN 00417-" + S + "2289) today, day 3 s/p home induction on bupre" + S +
             "norphine/nal" + S + "oxone 8/2 mg film. Took 16 mg total day 1, 16 mg day 2. COWS 3 this am, cravings 2/10, "
             "sleeping ~5h. No sedation. UDS: + bup, + norbup, neg fentanyl, neg oxycodone, + THC.\n\n"
             "Plan:\n"
             "- cont 8 mg BID, Rx sent for 7 days (14 films), no refills\n"
             "- naloxone kit given, reviewed use w/ partner\n"
             "- referred to Riverbend IOP (Tues/Thurs eve) - intake 10/7\n"
             "- PDMP checked, no other controlled rx\n"
             "- f/u Mon 10/6 w/ me, then q1wk x4\n\n"
             "He asked about Sublocade down the road, told him we'd talk once stable x1 month.\n"
             "Can you co-sign the X-waiver-free note template? still shows old wording.\n\n"
             "thx\nTomasz\n\n"
             "--\nTomasz Wierzbicki, NP-C\nWestgate Family Medicine | Bridge Clinic\n555-0129 (direct)\n")
    html = ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">\n"
            "<p>Renata -</p>\n"
            "<p>saw <b>Gerald Fontaine</b> (MRN 00417-" + S + "2289) today, day 3 s/p home induction on <b>bupre" + S +
            "norphine/naloxone 8/2 mg film</b>. Took 16 mg total day 1, 16 mg day 2. COWS 3 this am, cravings 2/10, "
            "sleeping ~5h. No sedation. UDS: + bup, + norbup, neg fentanyl, neg oxycodone, + THC.</p>\n"
            "<p>Plan:</p>\n<ul>\n"
            "<li>cont 8 mg BID, Rx sent for 7 days (14 films), no refills</li>\n"
            "<li>naloxone kit given, reviewed use w/ partner</li>\n"
            "<li>referred to Riverbend IOP (Tues/Thurs eve) - intake 10/7</li>\n"
            "<li>PDMP checked, no other controlled rx</li>\n"
            "<li>f/u Mon 10/6 w/ me, then q1wk x4</li>\n</ul>\n"
            "<p>He asked about Sublocade down the road, told him we&#39;d talk once stable x1 month.<br>\n"
            "Can you co-sign the X-waiver-free note template? still shows old wording.</p>\n"
            "<p>thx<br>Tomasz</p>\n"
            "<p style=\"color:#666\">--<br>Tomasz Wierzbicki, NP-C<br>Westgate Family Medicine | Bridge Clinic<br>555-0129 (direct)</p>\n"
            "</body></html>\n")
    body = multi("alternative", [
        text(plain, cte="quoted-printable"),
        text(html, subtype="html", cte="quoted-printable"),
    ])
    return message(("Tomasz Wierzbicki", "twierzbicki@westgatefm.example.com"),
                   ("Renata Sol\u00eds, MD", "rsolis@westgatefm.example.com"),
                   "pt f/u - day 3 after bup induction",
                   datetime(2025, 10, 1, 17, 48, 3, tzinfo=tz(-5)), body,
                   mailer="Microsoft Outlook 16.0")


@reg("restricted", "fwd-fwd-naltrexone-iop-referral",
     "two-deep forwarded referral: named patient with DOB, alcohol use disorder, inpatient detox, naltrexone, IOP placement (SUD)")
def r_fwd_fwd_iop():
    inner2_body = text(
        "Hello,\n\n"
        "I am referring Ms. Yolanda Pruitt (DOB 02/19/1974) to your intensive outpatient\n"
        "program.\n\n"
        "Dx: alcohol use disorder, severe (F10.20). She completed a 5-day inpatient\n"
        "medically managed withdrawal at Lakeshore Regional 9/8-9/12 (CIWA peak 19,\n"
        "lorazepam taper, no seizures). Started naltrexone 50 mg PO daily at\n"
        "discharge; LFTs 9/11 AST 41 / ALT 38. Thiamine/folate continued.\n\n"
        "She is motivated, works day shifts, and would prefer evening groups. Her\n"
        "sister is her support person and is aware of the referral. Signed Part 2\n"
        "consent for your program is attached in our portal.\n\n"
        "Please send intake date to my office. Thank you,\n\n"
        "Anneliese Lindahl, MD\nInternal Medicine, Northgate Primary Care\nPhone 555-0152  Fax 555-0153\n",
        cte="quoted-printable")
    inner2 = message(("Anneliese Lindahl MD", "alindahl@northgate-pc.example.com"),
                     ("Referrals - Northgate", "referrals@northgate-pc.example.com"),
                     "IOP referral - Pruitt",
                     datetime(2025, 9, 15, 9, 12, 0, tzinfo=tz(-5)), inner2_body)
    inner1_body = multi("mixed", [
        text("Forwarding from Dr. Lindahl - this one goes to Riverbend, not our BH team.\n\n"
             "Jess\nReferral Coordinator\n"),
        attach_message(inner2, disp="inline"),
    ])
    inner1 = message(("Jess Carrow", "jcarrow@northgate-pc.example.com"),
                     ("Riverbend Intake", "intake@riverbend-recovery.example.org"),
                     "Fwd: IOP referral - Pruitt",
                     datetime(2025, 9, 15, 11, 40, 0, tzinfo=tz(-5)), inner1_body)
    outer_body = multi("mixed", [
        text("Marisol - FYI below. Can we get her into the Tue/Thu evening IOP cohort that\n"
             "starts 10/7? I left her a VM at the number in the chart.\n\n"
             "Keisha\n\n" + PART2_NOTICE),
        attach_message(inner1, filename="Fwd IOP referral - Pruitt.eml", disp="attachment"),
    ])
    return message(("Keisha Barnwell", "kbarnwell@riverbend-recovery.example.org"),
                   ("Marisol Quintanar", "mquintanar@riverbend-recovery.example.org"),
                   "FW: Fwd: IOP referral - Pruitt",
                   datetime(2025, 9, 15, 14, 5, 31, tzinfo=tz(-5)), outer_body)


@reg("restricted", "fhir-bundle-hiv-viral-load",
     "FHIR R4 Bundle attachment: named patient, MRN, HIV-1 RNA and CD4 results, ART MedicationRequest (HIV)")
def r_fhir_hiv():
    bundle = {
        "resourceType": "Bundle", "id": "tr-55120", "type": "collection",
        "timestamp": "2025-09-22T14:03:11-05:00",
        "entry": [
            {"fullUrl": "urn:uuid:8b1e6a2e-0c1d-4c55-9e1a-6f0d1b2a4c01",
             "resource": {"resourceType": "Patient", "id": "p1",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.1", "value": "LRH-6620193", "type": {"text": "MRN"}}],
                          "name": [{"family": "Adeyemi-Brooks", "given": ["Emeka", "Jonah"]}],
                          "gender": "male", "birthDate": "1990-05-08",
                          "telecom": [{"system": "phone", "value": "312-555-0175"}],
                          "address": [{"line": ["402 Larkspur Ct"], "city": "Fairhaven", "state": "IL", "postalCode": "60999"}]}},
            {"fullUrl": "urn:uuid:8b1e6a2e-0c1d-4c55-9e1a-6f0d1b2a4c02",
             "resource": {"resourceType": "Condition", "id": "c1",
                          "clinicalStatus": {"coding": [{"code": "active"}]},
                          "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.90", "code": "B20", "display": "Human immunodeficiency virus [HIV] disease"}]},
                          "subject": {"reference": "Patient/p1"}, "onsetDateTime": "2019-03"}},
            {"fullUrl": "urn:uuid:8b1e6a2e-0c1d-4c55-9e1a-6f0d1b2a4c03",
             "resource": {"resourceType": "Observation", "id": "o1", "status": "final",
                          "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.1", "code": "20447-9", "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
                          "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2025-09-02",
                          "valueQuantity": {"value": 48, "unit": "copies/mL", "system": "urn:oid:2.16.840.1.113883.6.8", "code": "{copies}/mL"},
                          "interpretation": [{"text": "Detected, low level"}]}},
            {"fullUrl": "urn:uuid:8b1e6a2e-0c1d-4c55-9e1a-6f0d1b2a4c04",
             "resource": {"resourceType": "Observation", "id": "o2", "status": "final",
                          "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.1", "code": "24467-3", "display": "CD3+CD4+ (T4 helper) cells [#/volume] in Blood"}]},
                          "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2025-09-02",
                          "valueQuantity": {"value": 540, "unit": "cells/uL"}}},
            {"fullUrl": "urn:uuid:8b1e6a2e-0c1d-4c55-9e1a-6f0d1b2a4c05",
             "resource": {"resourceType": "MedicationRequest", "id": "m1", "status": "active", "intent": "order",
                          "medicationCodeableConcept": {"text": "bictegravir 50 mg / emtricitabine 200 mg / tenofovir alafenamide 25 mg oral tablet"},
                          "subject": {"reference": "Patient/p1"}, "authoredOn": "2025-06-10",
                          "dosageInstruction": [{"text": "1 tablet by mouth once daily"}],
                          "dispenseRequest": {"numberOfRepeatsAllowed": 5, "quantity": {"value": 30}}}},
        ]}
    data = json.dumps(bundle, indent=2, ensure_ascii=False).encode("utf-8")
    body = multi("mixed", [
        text("Records export for transfer-of-care request TR-55120 is attached.\n\n"
             "Format: HL7 FHIR R4 Bundle (collection), 5 resources.\n"
             "Requested by: Infectious Disease Clinic, Lakeshore Regional Health\n"
             "Released under: patient authorization on file (2025-09-19)\n\n"
             "This is an automated message from Halcyon EHR Export Service.\n"),
        binary("application/fhir+json", data, "TR-55120-bundle.json", ctparams=['charset="utf-8"']),
    ])
    return message(("Halcyon EHR Export Service", "export-noreply@halcyon-ehr.example.com"),
                   ("ID Clinic Records", "id-records@lakeshore-health.example.org"),
                   "Transfer of care export - request TR-55120",
                   datetime(2025, 9, 22, 14, 3, 40, tzinfo=tz(-5)), body)


@reg("restricted", "fr-pdf-charge-virale-rfc2231",
     "French lab letter + PDF (RFC 2231 file name) with HIV-1 viral load and CD4 for a named patient (HIV)")
def r_fr_hiv_pdf():
    pages = [[
        "# Centre Hospitalier Saint-Aubin - Laboratoire de biologie medicale",
        "12 rue des Tanneurs, 99100 Saint-Aubin   Tel. 01 55 50 01 40",
        "",
        "## Compte rendu d'analyses",
        "Patiente : LEF\u00c8VRE Sandrine, n\u00e9e le 03/11/1983      IPP : 2024118873",
        "Prescripteur : Dr H\u00e9l\u00e8ne Marchetti        Pr\u00e9l\u00e8vement : 16/09/2025 08:10",
        "",
        "## Virologie",
        "Charge virale VIH-1 (ARN, PCR temps r\u00e9el) ........ < 20 copies/mL (ind\u00e9tectable)",
        "Ant\u00e9riorit\u00e9 (12/03/2025) .......................... 38 copies/mL",
        "",
        "## Immunologie",
        "Lymphocytes T CD4 ......................... 712 /mm3   (31 %)",
        "Lymphocytes T CD8 ......................... 905 /mm3",
        "Rapport CD4/CD8 ........................... 0,79",
        "",
        "## Biochimie",
        "Cr\u00e9atinine ................................. 71 \u00b5mol/L   DFG (CKD-EPI) > 90",
        "ALAT ....................................... 22 UI/L",
        "",
        "Traitement d\u00e9clar\u00e9 : dolut\u00e9gravir + lamivudine (1 cp/j)",
        "",
        "Valid\u00e9 par : Dr Th\u00e9o Vasseur-Nguyen, biologiste     le 17/09/2025",
    ]]
    pdfdata = pdf(pages, flate=True, title="CR analyses LEFEVRE S")
    body_txt = ("Ch\u00e8re cons\u0153ur,\n\n"
                "Veuillez trouver ci-joint le compte rendu de Mme Sandrine Lef\u00e8vre (IPP 2024118873),\n"
                "pr\u00e9l\u00e8vement du 16/09. La charge virale VIH-1 reste ind\u00e9tectable sous\n"
                "dolut\u00e9gravir/lamivudine et les CD4 sont \u00e0 712/mm\u00b3.\n\n"
                "Bien confraternellement,\n\n"
                "Dr Th\u00e9o Vasseur-Nguyen\nBiologiste m\u00e9dical \u2013 CH Saint-Aubin\n"
                "T\u00e9l. 01 55 50 01 40\n\n"
                "Ce message et ses pi\u00e8ces jointes sont confidentiels et destin\u00e9s exclusivement\n"
                "au destinataire.\n").replace("\u2013", "-")
    body = multi("mixed", [
        text(body_txt, charset="iso-8859-15", cte="quoted-printable"),
        binary("application/pdf", pdfdata, "R\u00e9sultats_Lef\u00e8vre_S_charge_virale_2025-09-16.pdf", style="2231"),
    ])
    return message(("Laboratoire de biologie \u2013 CH Saint-Aubin", "labo@ch-saint-aubin.example.fr.test"),
                   ("Dr H\u00e9l\u00e8ne Marchetti", "h.marchetti@cabinet-marchetti.example.fr.test"),
                   "R\u00e9sultats \u2013 Mme Lef\u00e8vre Sandrine (16/09)",
                   datetime(2025, 9, 17, 10, 21, 5, tzinfo=tz(2)), body)


@reg("restricted", "html-only-prep-refill-table",
     "HTML-only pharmacy notice to a named patient: PrEP (emtricitabine/tenofovir) refill, Rx number, quarterly HIV test due (HIV/PrEP)")
def r_prep_html():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Prescription ready</title></head>
<body style="margin:0;background:#f3f5f7;font-family:Arial,Helvetica,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="16" cellspacing="0" style="background:#ffffff;border:1px solid #dde">
<tr><td style="background:#0b5a7a;color:#fff;font-size:20px">Northpoint Pharmacy</td></tr>
<tr><td>
<p>Hi Jordan,</p>
<p>Your prescription is ready for pickup at <b>Northpoint Pharmacy #214 (Elm &amp; 9th)</b>.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:14px">
<tr style="background:#eef3f6"><th align="left">Rx #</th><th align="left">Medication</th><th align="left">Qty</th><th align="left">Your cost</th></tr>
<tr><td>6620418</td><td>Emtricitabine 200 mg / tenofovir disoproxil fumarate 300 mg tablet<br><small>For: HIV pre-exposure prophylaxis (PrEP)</small></td><td>30</td><td>$0.00</td></tr>
</table>
<p style="background:#fff6e0;padding:10px;border-left:4px solid #e0a000">
<b>Reminder:</b> PrEP refills need a negative HIV test every 3 months. The last HIV
test we have on file is from <b>07/11/2025</b>. Please get your next test before
<b>10/11/2025</b> so Dr. Abiodun can renew your prescription.</p>
<p>Prescriber: Folake Abiodun, MD &middot; Refills remaining: 1<br>
Pickup hours: Mon&ndash;Fri 8am&ndash;9pm, Sat&ndash;Sun 9am&ndash;6pm &middot; 555-0191</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">You are receiving this because you opted in to text and e-mail
notifications for prescriptions filled for Jordan Reyes-Castillo (DOB on file).
Manage preferences in the Northpoint app.</td></tr>
</table></td></tr></table>
</body></html>
"""
    body = text(html, subtype="html", cte="base64")
    return message(("Northpoint Pharmacy", "refills@northpointrx.example.com"),
                   ("Jordan Reyes-Castillo", "jrc.1993@mailbox.example.net"),
                   "Your prescription is ready for pickup",
                   datetime(2025, 9, 30, 13, 5, 0, tzinfo=tz(-4)), body)


@reg("restricted", "subject-only-hiv-rna-detectable",
     "only the Subject carries name, MRN and detectable HIV-1 RNA / ART question; body is a two-line reply (HIV)")
def r_subject_hiv():
    body = text("Yes, send the genotype. I'll call him after clinic.\n\n"
                "K\n\n"
                "On Tue, Sep 23, 2025 at 9:41 AM Luis Ferreira <lferreira@lakeshore-health.example.org> wrote:\n"
                "> thoughts? missed ~10 days in Aug per him\n",
                format_flowed=False)
    return message(("Kavita Ramaswamy", "kramaswamy@lakeshore-health.example.org"),
                   ("Luis Ferreira", "lferreira@lakeshore-health.example.org"),
                   "RE: Okafor, Chidi MRN 7730915 - HIV-1 RNA 1,240 c/mL after missed doses, restart same ART?",
                   datetime(2025, 9, 23, 10, 2, 17, tzinfo=tz(-5)), body,
                   in_reply_to="<CAF9x2kq81@mail.lakeshore-health.example.org>")


@reg("restricted", "ccda-brca2-genetic-counseling",
     "C-CDA attachment (QP, soft break inside BRCA2) for a named patient: BRCA2 pathogenic variant result and genetic counselling note (genetic)")
def r_ccda_brca():
    S = SOFT
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.3.9999.77" extension="RR-20931"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>Continuity of Care Document</title>
  <effectiveTime value="20250918093000-0500"/>
  <confidentialityCode code="R" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget>
    <patientRole>
      <id root="2.16.840.1.113883.3.9999.1" extension="LRH-4471825"/>
      <addr use="HP"><streetAddressLine>77 Wren Hollow Rd</streetAddressLine><city>Port Galen</city><state>IL</state><postalCode>60997</postalCode></addr>
      <telecom use="HP" value="tel:+1-312-555-0138"/>
      <patient>
        <name use="L"><given>Rosalind</given><given>Mae</given><family>Achterberg</family></name>
        <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="19810227"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author><time value="20250918093000-0500"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="NPI_A"/>
    <assignedPerson><name><given>Ilse</given><family>Brandauer</family><suffix>MS, CGC</suffix></name></assignedPerson></assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="2.16.840.1.113883.3.9999"/>
    <name>Lakeshore Regional Health - Cancer Genetics Program</name></representedCustodianOrganization></assignedCustodian></custodian>
  <component><structuredBody>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.5.1"/>
      <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
      <title>Problems</title>
      <text><table><thead><tr><th>Problem</th><th>Code</th><th>Onset</th></tr></thead><tbody>
        <tr><td>BR""" + S + """CA2 pathogenic variant carrier (genetic susceptibility to malignant neoplasm of breast)</td><td>Z15.01</td><td>2025-09-10</td></tr>
        <tr><td>Family history of malignant neoplasm of ovary (mother, dx age 52)</td><td>Z80.41</td><td>-</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <templateId root="2.16.840.1.113883.10.20.22.2.3.1"/>
      <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Relevant diagnostic tests and/or laboratory data"/>
      <title>Results</title>
      <text><table><thead><tr><th>Test</th><th>Result</th><th>Date</th></tr></thead><tbody>
        <tr><td>Hereditary breast/ovarian cancer panel (BRCA1, BRCA2, PALB2, TP53, PTEN, CHEK2, ATM) - NGS + del/dup</td>
            <td>POSITIVE: BRCA2 c.5946delT (p.Ser1982ArgfsTer22), heterozygous, classified pathogenic. No other reportable variants.</td><td>2025-09-10</td></tr>
      </tbody></table></text>
    </section></component>
    <component><section>
      <code code="51848-0" codeSystem="2.16.840.1.113883.6.1" displayName="Assessment note"/>
      <title>Genetic Counseling Note</title>
      <text><paragraph>Post-test genetic counseling visit (60 min, in person, patient accompanied by husband).
Reviewed meaning of a pathogenic BRCA2 variant: lifetime breast cancer risk approx. 45-69%, ovarian cancer risk 11-17%,
elevated male breast and prostate cancer risk for male relatives. Discussed enhanced surveillance (annual MRI alternating
with mammography q6mo), risk-reducing salpingo-oophorectomy by age 40-45, and risk-reducing mastectomy as options.
Cascade testing recommended for sister (age 38) and brother (age 35); family letter provided.
Referred to high-risk breast clinic and gynecologic oncology. GINA protections reviewed.</paragraph></text>
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
""".replace("NPI_A", npi("188203746"))
    body = multi("mixed", [
        text("Per the patient authorization on file, attached is the Continuity of Care Document\n"
             "for release request RR-20931.\n\n"
             "Medical Records / Release of Information\n"
             "Lakeshore Regional Health - 555-0111\n"),
        text(xml, subtype="xml", cte="quoted-printable", filename="RR-20931_CCD.xml", disp="attachment"),
    ])
    return message(("Medical Records - Lakeshore Regional", "roi@lakeshore-health.example.org"),
                   ("Dr. Oluwaseun Hartigan", "ohartigan@breastcare-partners.example.com"),
                   "Records release #RR-20931 (C-CDA)",
                   datetime(2025, 9, 18, 9, 40, 12, tzinfo=tz(-5)), body)


@reg("restricted", "es-csv-cribado-portadores",
     "Spanish lab sends semicolon CSV (windows-1252) of expanded carrier-screening results for named patients with NHC and DOB (genetic/reproductive)")
def r_es_carrier():
    rows = [
        "NHC;Apellidos;Nombre;Fecha nac.;Muestra;Panel;Resultado;Gen;Variante;Interpretaci\u00f3n",
        "448120;Ib\u00e1\u00f1ez Roldán;Marta;12/04/1990;GX25-38-001;Ampliado 300 genes;PORTADORA;CFTR;c.1521_1523del (p.Phe508del);Portadora de fibrosis qu\u00edstica - estudiar pareja",
        "448121;Soler Bravo;Andr\u00e9s;02/09/1987;GX25-38-002;Ampliado 300 genes;NO PORTADOR;-;-;Riesgo residual reducido",
        "448133;Ca\u00f1ete Villalba;Luc\u00eda;21/01/1993;GX25-38-003;Ampliado 300 genes;PORTADORA;SMN1;1 copia (deleci\u00f3n exón 7);Portadora de atrofia muscular espinal",
        "448140;Oyarzún Pe\u00f1a;Beatriz;30/06/1985;GX25-38-004;Ampliado 300 genes;PORTADORA;FMR1;57 repeticiones CGG (premutaci\u00f3n);Consejo gen\u00e9tico urgente",
        "448141;Morales Etxeberria;I\u00f1aki;14/11/1984;GX25-38-005;Ampliado 300 genes;NO PORTADOR;-;-;Riesgo residual reducido",
        "448152;Quintero Salas;Ximena;08/08/1991;GX25-38-006;Ampliado 300 genes;PORTADORA;GJB2;c.35delG;Portadora de hipoacusia no sindr\u00f3mica",
    ]
    csv = "\n".join(rows) + "\n"
    body_txt = ("Estimados compa\u00f1eros de la Unidad de Reproducci\u00f3n:\n\n"
                "Adjuntamos los resultados del cribado ampliado de portadores del lote 2025-38\n"
                "(6 muestras). Hay tres portadoras con implicaci\u00f3n reproductiva; en el caso de\n"
                "la muestra GX25-38-004 (premutaci\u00f3n FMR1) recomendamos consulta de consejo\n"
                "gen\u00e9tico antes de iniciar la estimulaci\u00f3n ov\u00e1rica.\n\n"
                "Los informes firmados estar\u00e1n en la plataforma ma\u00f1ana.\n\n"
                "Un saludo,\n\n"
                "Dra. Covadonga Arrieta\nLaboratorio Gen\u00f3mico Alc\u00e1zar\nTel. 91 555 01 27\n\n"
                "AVISO DE CONFIDENCIALIDAD: este mensaje contiene datos de salud protegidos.\n")
    body = multi("mixed", [
        text(body_txt, charset="windows-1252", cte="quoted-printable"),
        leaf("text/csv", to_crlf(csv).encode("windows-1252"), cte="base64",
             filename="cribado_portadores_lote_2025-38.csv", disp="attachment",
             ctparams=['charset="windows-1252"', "header=present"]),
    ])
    return message(("Laboratorio Gen\u00f3mico Alc\u00e1zar", "informes@lab-alcazar.example.es.test"),
                   ("Unidad de Reproducci\u00f3n \u2013 Cl\u00ednica San Rafael", "reproduccion@clinicasanrafael.example.es.test"),
                   "Env\u00edo de resultados: cribado de portadores, lote 2025-38",
                   datetime(2025, 9, 24, 13, 30, 0, tzinfo=tz(2)), body,
                   subject_charset="iso-8859-1")


@reg("restricted", "filename-only-mlh1-predictive",
     "only the attachment file name (RFC 2231 continuation) names the patient, DOB and an MLH1 predictive genetic test result (genetic)")
def r_filename_mlh1():
    body = multi("mixed", [
        text("attached, pls index to her chart. thx\nm\n"),
        binary("image/png", png(24, 32, seed=11),
               "Lindqvist_Astrid_DOB1979-04-22_MLH1_predictive_test_result_p1.png", style="cont"),
    ], kind=3)
    return message(("Marit Solberg", "msolberg@lakeshore-health.example.org"),
                   ("Genetics Scan Queue", "gen-scan@lakeshore-health.example.org"),
                   "scan",
                   datetime(2025, 9, 26, 15, 58, 2, tzinfo=tz(-5)), body,
                   mailer="iPhone Mail (22A3354)")


@reg("restricted", "ics-medication-abortion-followup",
     "iCalendar attachment to a named patient: follow-up visit after medication abortion with hCG draw (reproductive)")
def r_ics_abortion():
    cal = ics([
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Eastbrook Women's Health//PatientReminders 3.1//EN",
        "METHOD:PUBLISH",
        "CALSCALE:GREGORIAN",
        "BEGIN:VTIMEZONE",
        "TZID:America/Chicago",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:-0600",
        "TZOFFSETTO:-0500",
        "DTSTART:20250309T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
        "TZNAME:CDT",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:-0500",
        "TZOFFSETTO:-0600",
        "DTSTART:20251102T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
        "TZNAME:CST",
        "END:STANDARD",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:appt-771204-20251009@eastbrookwh.example.com",
        "DTSTAMP:20250926T181500Z",
        "DTSTART;TZID=America/Chicago:20251009T141500",
        "DTEND;TZID=America/Chicago:20251009T150000",
        "SUMMARY:Follow-up visit - medication abortion (Talia Brennan-Moss)",
        "LOCATION:Eastbrook Women's Health\\, Suite 310\\, 1450 Harlan Ave",
        "DESCRIPTION:2-week follow-up after mifepristone/misoprostol on 9/25. "
        "Arrive 2:15 PM for repeat quantitative hCG blood draw\\; visit with "
        "Dr. Okafor-Lindqvist at 2:30 PM. We will also review the contraception "
        "plan you discussed (IUD insertion can be done at this visit). "
        "Questions: 555-0164.",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION:Eastbrook appointment tomorrow",
        "TRIGGER:-P1D",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    body = multi("mixed", [
        multi("alternative", [
            text("Hello Talia,\n\nYour appointment details are attached. Open the file to add it to your calendar.\n\n"
                 "Eastbrook Women's Health\n555-0164\n"),
            text("<p>Hello Talia,</p><p>Your appointment details are attached. Open the file to add it to your calendar.</p>"
                 "<p>Eastbrook Women's Health<br>555-0164</p>\n", subtype="html"),
        ]),
        text(cal, subtype="calendar", cte="base64", filename="appointment.ics", disp="attachment",
             ctparams=["method=PUBLISH"]),
    ])
    return message(("Eastbrook Women's Health", "appointments@eastbrookwh.example.com"),
                   ("Talia Brennan-Moss", "talia.bm@mailbox.example.net"),
                   "Appointment: Thursday, Oct 9 2:30 PM",
                   datetime(2025, 9, 26, 13, 15, 0, tzinfo=tz(-5)), body)


@reg("restricted", "ja-iso2022jp-sti-results",
     "Japanese (ISO-2022-JP) clinic e-mail to a named patient with STI test results (chlamydia positive) and treatment visit (reproductive/STI)")
def r_ja_sti():
    t = ("\u9ad8\u6a4b \u5065\u592a \u69d8\n\n"
         "\u3055\u304f\u3089\u30af\u30ea\u30cb\u30c3\u30af\u3067\u3059\u3002\n"
         "9\u670818\u65e5\u306b\u53d7\u3051\u3089\u308c\u305f\u6027\u611f\u67d3\u75c7\u691c\u67fb\u306e\u7d50\u679c\u3092\u304a\u77e5\u3089\u305b\u3057\u307e\u3059\u3002\n\n"
         "\u30af\u30e9\u30df\u30b8\u30a2\u30fb\u30c8\u30e9\u30b3\u30de\u30c6\u30a3\u30b9\uff08PCR\uff09\uff1a\u967d\u6027\n"
         "\u6dcb\u83cc\uff08PCR\uff09\uff1a\u9670\u6027\n"
         "\u6885\u6bd2\uff08RPR\u30fbTPLA\uff09\uff1a\u9670\u6027\n"
         "HIV\u6297\u539f\u6297\u4f53\uff1a\u9670\u6027\n\n"
         "\u30af\u30e9\u30df\u30b8\u30a2\u306e\u6cbb\u7642\u304c\u5fc5\u8981\u3067\u3059\u3002\u30a2\u30b8\u30b9\u30ed\u30de\u30a4\u30b7\u30f3\u3092\u51e6\u65b9\u3057\u307e\u3059\u306e\u3067\u3001\n"
         "9\u670830\u65e5\uff08\u706b\uff0918:30\u306b\u3054\u6765\u9662\u304f\u3060\u3055\u3044\u3002\n"
         "\u30d1\u30fc\u30c8\u30ca\u30fc\u306e\u65b9\u3082\u691c\u67fb\u3092\u53d7\u3051\u308b\u3053\u3068\u3092\u304a\u3059\u3059\u3081\u3057\u307e\u3059\u3002\n\n"
         "\u8a3a\u5bdf\u5238\u756a\u53f7\uff1aSK-20931\n\n"
         "\u3055\u304f\u3089\u30af\u30ea\u30cb\u30c3\u30af\uff08\u6ccc\u5c3f\u5668\u79d1\u30fb\u6027\u75c5\u79d1\uff09\n"
         "\u96fb\u8a71\uff1a03-555-0142\n")
    body = text(t, charset="iso-2022-jp", cte="7bit")
    return message(("\u3055\u304f\u3089\u30af\u30ea\u30cb\u30c3\u30af", "info@sakura-clinic.example.jp.test", "iso-2022-jp"),
                   ("\u9ad8\u6a4b \u5065\u592a", "k.takahashi@mail.example.jp.test", "iso-2022-jp"),
                   "\u3010\u3055\u304f\u3089\u30af\u30ea\u30cb\u30c3\u30af\u3011\u691c\u67fb\u7d50\u679c\u306e\u304a\u77e5\u3089\u305b",
                   datetime(2025, 9, 26, 17, 20, 0, tzinfo=tz(9)), body,
                   subject_charset="iso-2022-jp")


@reg("restricted", "related-egg-freezing-monitoring",
     "multipart/related HTML (inline PNG logo) to a named patient: egg-freezing stimulation monitoring, estradiol, gonadotropin doses (fertility)")
def r_ivf_related():
    plain = ("Hi Priyanka,\n\n"
             "Here are today's monitoring results (cycle day 8, egg freezing cycle #1):\n\n"
             "  Ultrasound: 11 follicles - right ovary 6 (largest 15 mm), left ovary 5 (largest 16 mm)\n"
             "  Endometrium: 7.9 mm\n"
             "  Estradiol: 1,480 pg/mL   LH: 2.1 mIU/mL   Progesterone: 0.6 ng/mL\n\n"
             "Medication plan:\n"
             "  Tonight: follitropin 225 IU + menotropins 75 IU (same as before)\n"
             "  Tomorrow 7 AM: START ganirelix 250 mcg\n"
             "  Next monitoring: Saturday 10/4 at 7:40 AM\n\n"
             "Trigger is likely Sunday or Monday; we will call you with exact timing.\n\n"
             "Bayside Fertility Nurse Team - 555-0177\n")
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;color:#243">
<p><img src="cid:logo-bayside@baysidefertility.example.com" alt="Bayside Fertility" width="24" height="24"> <b>Bayside Fertility</b></p>
<p>Hi Priyanka,</p>
<p>Here are today&rsquo;s monitoring results (<b>cycle day 8, egg freezing cycle #1</b>):</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th align="left">Ultrasound</th><td>11 follicles &ndash; right ovary 6 (largest 15&nbsp;mm), left ovary 5 (largest 16&nbsp;mm)</td></tr>
<tr><th align="left">Endometrium</th><td>7.9 mm</td></tr>
<tr><th align="left">Estradiol</th><td>1,480 pg/mL</td></tr>
<tr><th align="left">LH / Progesterone</th><td>2.1 mIU/mL / 0.6 ng/mL</td></tr>
</table>
<h4>Medication plan</h4>
<ul>
<li>Tonight: follitropin 225 IU + menotropins 75 IU (same as before)</li>
<li>Tomorrow 7&nbsp;AM: <b>START ganirelix 250 mcg</b></li>
<li>Next monitoring: <b>Saturday 10/4 at 7:40 AM</b></li>
</ul>
<p>Trigger is likely Sunday or Monday; we will call you with exact timing.</p>
<p>Bayside Fertility Nurse Team &middot; 555-0177</p>
</body></html>
"""
    related = multi("related", [
        text(html, subtype="html", cte="quoted-printable"),
        leaf("image/png", png(24, 24, seed=5), cte="base64", filename="bayside-logo.png",
             disp="inline", extra=["Content-ID: <logo-bayside@baysidefertility.example.com>"]),
    ], params=['type="text/html"'])
    body = multi("alternative", [text(plain, cte="quoted-printable"), related])
    return message(("Bayside Fertility \u2013 Nurse Team", "nurses@baysidefertility.example.com"),
                   ("Priyanka Deshmukh-Hale", "priyanka.dh@mailbox.example.net"),
                   "Your monitoring results - Day 8",
                   datetime(2025, 10, 1, 11, 47, 0, tzinfo=tz(-7)), body)


@reg("restricted", "hl7-mdm-ptsd-therapy-note",
     "held HL7 MDM^T02 attachment with a psychotherapy progress note (PTSD, prolonged exposure) for a named patient (mental health)")
def r_mdm_ptsd():
    m = hl7(
        "MSH|^~\\&|BHNOTES|LRH_BH|IMAGING|LRH_HIM|20250925163301||MDM^T02^MDM_T02|BH250925163301|P|2.5.1",
        "EVN|T02|20250925163301",
        "PID|1||LRH-5093317^^^LRH^MR||BRANDT^NOLAN^EVERETT||19880914|M|||3021 Signal Hill Dr^^Fairhaven^IL^60999",
        "PV1|1|O|BHOP^^^LRH||||%s^SKARSGARD-OBI^MAREN^^^^PHD" % npi("176540982"),
        "TXA|1|PN^Psychotherapy progress note|TX|20250925150000|%s^SKARSGARD-OBI^MAREN^^^^PHD||20250925163000||||||BHDOC-88120||||AU|R" % npi("176540982"),
        "OBX|1|TX|PSYNOTE^Psychotherapy note^L|1|Session 6 of 12, prolonged exposure (PE) therapy for PTSD (F43.12), index trauma: 2023 highway collision.||||||F",
        "OBX|2|TX|PSYNOTE^Psychotherapy note^L|2|Imaginal exposure 40 min; peak SUDS 70, end SUDS 45. In vivo homework completed 4/5 days (driving on Rte 9 at dusk).||||||F",
        "OBX|3|TX|PSYNOTE^Psychotherapy note^L|3|PCL-5 today 38 (baseline 57). Nightmares down to 2x/wk on prazosin 3 mg qhs (Dr. Feld, psychiatry). Denies SI/HI.||||||F",
        "OBX|4|TX|PSYNOTE^Psychotherapy note^L|4|Plan: continue PE weekly, add hot-spot processing next session. Safety plan reviewed.||||||F",
    )
    body = multi("mixed", [
        text("MDM document could not be filed automatically.\n\n"
             "Message control ID : BH250925163301\n"
             "Document type      : PN (Psychotherapy progress note)\n"
             "Reason             : TXA-18 confidentiality R requires restricted folder; no folder mapped for BHOP\n"
             "Action             : manual filing by HIM (restricted-access staff only)\n\n"
             "Original message attached.\n\n-- Halcyon Interface Engine (lrh-ifx-02)\n"),
        binary("application/octet-stream", m.encode("ascii"), "BH250925163301.hl7"),
    ])
    return message(("Halcyon Interface Engine", "ifx-alerts@lakeshore-health.example.org"),
                   ("HIM Document Imaging", "him-imaging@lakeshore-health.example.org"),
                   "MDM delivery held for review (1 document)",
                   datetime(2025, 9, 25, 16, 33, 9, tzinfo=tz(-5)), body)


@reg("restricted", "de-arztbrief-depression-b64",
     "German psychiatric outpatient letter (UTF-8, base64) on a named patient with DOB: recurrent depression F33.1, sertraline, CBT (mental health)")
def r_de_arztbrief():
    t = """Psychiatrische Institutsambulanz
Klinikum Nordheim · Klinik für Psychiatrie und Psychotherapie
Am Mühlgraben 4 · 99999 Nordheim · Tel. 0555 0101-23

Frau
Dr. med. Ulrike Hartmann-Sievers
Fachärztin für Allgemeinmedizin
Lindenstraße 18
99998 Nordheim-Süd

Nordheim, 22.09.2025

Betr.: Frau Jördis Kämmerer, geb. 14.06.1971, wohnhaft Birkenweg 7, 99998 Nordheim-Süd
Ambulante Behandlung in unserer PIA seit 03.06.2025

Sehr geehrte Frau Kollegin Hartmann-Sievers,

wir berichten über die o. g. Patientin, die sich seit Juni 2025 in unserer
ambulanten Behandlung befindet.

Diagnosen:
- Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (ICD-10 F33.1)
- Insomnie, nichtorganisch (F51.0)
- Arterielle Hypertonie (I10), hausärztlich behandelt

Anamnese und Verlauf:
Frau Kämmerer stellte sich auf Ihre Überweisung mit seit ca. vier Monaten
bestehender gedrückter Stimmung, Antriebsminderung, Interessenverlust,
Früherwachen und Konzentrationsstörungen vor. Es handelt sich um die dritte
depressive Episode (2014, 2019). Auslöser sei u. a. die Pflegebedürftigkeit der
Mutter. Suizidgedanken wurden glaubhaft verneint; es besteht eine tragfähige
Absprachefähigkeit. Kein Hinweis auf psychotisches Erleben, kein
Substanzmissbrauch.

Psychometrie: PHQ-9 bei Aufnahme 19 Punkte, am 15.09.2025 12 Punkte.
BDI-II 31 → 20.

Therapie:
Sertralin wurde von 50 mg auf 100 mg und am 25.08.2025 auf 150 mg/Tag
aufdosiert; bis auf anfängliche Übelkeit gut vertragen. Begleitend wöchentliche
kognitive Verhaltenstherapie (Einzel, bisher 11 Sitzungen) bei Frau
Dipl.-Psych. Wenzel sowie Teilnahme an der Gruppe "Schlaf und Stimmung".
Zur Nacht bei Bedarf Mirtazapin 7,5 mg – aktuell ca. zweimal pro Woche.

Aktuelle Medikation:
- Sertralin 150 mg 1-0-0
- Mirtazapin 7,5 mg 0-0-0-(1) bei Bedarf
- Ramipril 5 mg 1-0-0 (Ihre Verordnung)

Empfehlungen:
1. Fortführung der Sertralin-Therapie für mindestens 12 Monate nach Remission,
   anschließend langsames Ausschleichen nur in Absprache.
2. Kontrolle von Natrium und EKG (QTc) in 4 Wochen – gern in Ihrer Praxis.
3. Fortsetzung der Verhaltenstherapie; Antrag auf Langzeittherapie ist gestellt.
4. Wiedervorstellung in der PIA am 20.10.2025, 10:30 Uhr.

Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen kollegialen Grüßen

Dr. med. Konrad Brückner-Yilmaz          Dipl.-Psych. Hanna Wenzel
Oberarzt                                  Psychologische Psychotherapeutin

--
Dieses Schreiben enthält besonders schutzwürdige Gesundheitsdaten
(Art. 9 DSGVO). Falls Sie nicht der richtige Empfänger sind, informieren
Sie uns bitte und löschen Sie die Nachricht.
"""
    body = text(t, cte="base64")
    return message(("Psychiatrische Institutsambulanz \u2013 Klinikum Nordheim", "pia@klinikum-nordheim.example.de.test"),
                   ("Dr. med. Ulrike Hartmann-Sievers", "praxis@hausarzt-sievers.example.de.test"),
                   "Arztbrief: Frau J\u00f6rdis K\u00e4mmerer, geb. 14.06.1971",
                   datetime(2025, 9, 22, 14, 11, 0, tzinfo=tz(2)), body,
                   mailer="Nordheim KIS Briefschreibung 7.3")


@reg("restricted", "qp-reply-chain-anorexia-php",
     "parent-clinician reply chain (QP, soft breaks inside diagnosis and weight) about a named teen in an anorexia nervosa partial hospital program (mental health)")
def r_ed_reply():
    S = SOFT
    t = ("Hi Dr. Nakashima-Bell,\n\n"
         "Thank you for calling back so quickly. Simone said the blind weigh-in on Friday was hard for "
         "her but she didn't fight it. We did the full meal plan all weekend (3 meals + 3 snacks) except "
         "Sunday dinner where she only finished about half. No exercise that we saw.\n\n"
         "We'd really like to talk about stepping down from PHP to IOP after the school break, like you "
         "mentioned. Her dad and I can both do the Wednesday family session. Is the 4:30 slot still open?\n\n"
         "Also the pediatrician wants her orthostatic vitals again this week - should we do that at your "
         "clinic or hers?\n\n"
         "Thanks,\nMarguerite Oyelaran\n(Simone's mom) 555-0183\n\n"
         "On Mon, Sep 29, 2025 at 6:12 PM Dr. Ines Nakashima-Bell <inakashima@cedarridge-ed.example.org> wrote:\n"
         "> Hi Marguerite,\n"
         ">\n"
         "> Quick update after today's team meeting. Simone's weight at Friday's weigh-in was 44." + S + "1 kg "
         "(up 0.6 kg from last week), which puts her at about 86% of her treatment goal weight. Heart "
         "rate was 52 lying / 71 standing, so still a little orthostatic. Her labs from 9/24 (phosphorus, "
         "potassium) were normal.\n"
         ">\n"
         "> Clinically she is doing the work. The team feels she can step down from the partial "
         "hospital program to IOP (3 evenings/week) once she is at 90% and her vitals are stable for "
         "two weeks. Her an" + S + "orexia nervosa (restricting type) is still active - body image "
         "distress and food rules are strong at dinner - so please keep supervising all meals and "
         "continue the family-based treatment approach we practiced.\n"
         ">\n"
         "> Dr. Halloran will keep the fluoxetine at 20 mg for now.\n"
         ">\n"
         "> Best,\n"
         "> Ines Nakashima-Bell, PsyD\n"
         "> Cedar Ridge Eating Disorder Program | 555-0181\n"
         ">\n"
         "> CONFIDENTIALITY: This message may contain protected health information. If you received "
         "it in error, notify the sender and delete it.\n")
    body = text(t, cte="quoted-printable")
    return message(("Marguerite Oyelaran", "m.oyelaran@mailbox.example.net"),
                   ("Dr. Ines Nakashima-Bell", "inakashima@cedarridge-ed.example.org"),
                   "Re: Simone - weigh-in and step down",
                   datetime(2025, 9, 30, 7, 55, 21, tzinfo=tz(-6)), body,
                   in_reply_to="<20250929181200.7731@cedarridge-ed.example.org>",
                   mailer="Apple Mail (2.3826)")


@reg("restricted", "csv-psych-unit-census",
     "CSV attachment of an inpatient psychiatric unit census: named patients, MRNs, bipolar/schizoaffective/MDD dx, legal holds (mental health)")
def r_psych_census():
    rows = [
        ["Room", "Patient", "MRN", "Age", "Admit", "Primary Dx", "Legal status", "Precautions", "Attending", "Dispo"],
        ["412A", "Fairweather, Colm", "3309184", "34", "2025-09-12", "Bipolar I disorder, current episode manic, severe, w/ psychotic features", "Involuntary - court hearing 10/2", "Elopement", "Dr. Ansah", "Pending"],
        ["412B", "Duarte-Kim, Elise", "3311057", "27", "2025-09-25", "Major depressive disorder, recurrent, severe w/o psychotic features", "Voluntary", "Suicide - q15 checks", "Dr. Ansah", "ECT consult 10/1"],
        ["414", "Ostrowski, Pavel", "2987710", "52", "2025-09-20", "Schizoaffective disorder, bipolar type", "72h hold (exp 10/1 14:00)", "Assault", "Dr. Liang-Mercer", "Clozapine titration"],
        ["415A", "Mbeki, Thandiwe", "3312290", "19", "2025-09-28", "Borderline personality disorder; self-harm (lacerations L forearm)", "Voluntary", "Self-harm, sharps restriction", "Dr. Liang-Mercer", "D/C planned 10/1 to IOP"],
        ["415B", "Harrow, Declan", "3298841", "61", "2025-09-22", "Alcohol withdrawal delirium, resolved; MDD", "Voluntary", "Falls", "Dr. Ansah", "D/C planned 10/1 to SNF"],
        ["416", "Villeneuve, Aurore", "3312306", "44", "2025-09-29", "Obsessive-compulsive disorder, severe; catatonic features", "Voluntary", "1:1 sitter", "Dr. Okoro", "Lorazepam challenge"],
    ]
    def esc(v):
        return '"' + v.replace('"', '""') + '"' if ("," in v or '"' in v) else v
    csv = "\n".join(",".join(esc(c) for c in r) for r in rows) + "\n"
    body = multi("mixed", [
        text("Attached. 2 pending d/c (415A, 415B), 1 pending admit from ED (on hold for a 1:1 sitter).\n"
             "Bed 413 still blocked - maintenance ticket in.\n\n"
             "Wren Castellano, RN\nCharge Nurse, 4 West Behavioral Health\nx0187 / 555-0187\n"),
        leaf("text/csv", "\ufeff".encode("utf-8") + to_crlf(csv).encode("utf-8"), cte="base64",
             filename="4W_census_2025-10-01_0700.csv", disp="attachment", ctparams=['charset="utf-8"']),
    ])
    return message(("4 West Behavioral Health - Charge RN", "4west-charge@lakeshore-health.example.org"),
                   ("Bed Management", "bedmgmt@lakeshore-health.example.org"),
                   "4W census 0700",
                   datetime(2025, 10, 1, 7, 4, 48, tzinfo=tz(-5)), body)


# ===========================================================================
# PHI
# ===========================================================================


@reg("phi", "hl7-adt-a08-vendor-ticket",
     "analyst sends a production ADT^A08 to the EHR vendor: named patient, DOB, MRN, heart-failure diagnosis and allergy in the HL7 attachment")
def p_adt_ticket():
    m = hl7(
        "MSH|^~\\&|HALCYON|LRH|CARDIOTRACK|LRH_CARD|20250916102244||ADT^A08^ADT_A01|LRH916102244-0031|P|2.5.1",
        "EVN|A08|20250916102244|||TSCHOLL^TARA",
        "PID|1||LRH-2210947^^^LRH^MR~XXX-XX-4471^^^SSA^SS||MCALLISTER^FIONNUALA^B||19580419|F||2106-3|18 Quarry Bend^^Port Galen^IL^60997^^H~PO BOX 22^^Port Galen^IL^60997^^M||^PRN^PH^^1^312^5550109|||M||LRH-ACCT-99100873",
        "PV1|1|I|3N^318^B^LRH||||%s^DUBROVSKY^ANTON^^^^MD|||CAR||||7|||%s^DUBROVSKY^ANTON^^^^MD|IN||MCR" % (npi("132904558"), npi("132904558")),
        "DG1|1||I50.22^Chronic systolic (congestive) heart failure^I10C||20250914|A",
        "DG1|2||N18.31^Chronic kidney disease, stage 3a^I10C||20250914|A",
        "AL1|1|DA|70618^Penicillin^RXNORM|MO|Hives",
        "IN1|1|MCR01|MEDICARE|Medicare Part A||||||||||||MCALLISTER^FIONNUALA^B|01|19580419|||||||||||||||||||||5KV2QT4HX81",
    )
    body = multi("mixed", [
        text("Hi team,\n\n"
             "Attaching the production A08 that CardioTrack rejected this morning (ACK AE,\n"
             "\"PID-11 repetition 2 unparseable\"). It's the second address repetition - PO\n"
             "box with no street - that seems to break your parser. We're sending this\n"
             "under the BAA through the support portal relay as agreed on the last call;\n"
             "please delete it from the case once reproduced.\n\n"
             "Case: 00784512\nPriority: P2 (cardiology worklist missing 1 inpatient)\n\n"
             "Thanks,\nChidinma Obi\nIntegration Analyst, Lakeshore Regional Health\n555-0131\n"),
        binary("application/hl7-v2", m.encode("ascii"), "A08_LRH916102244-0031.hl7"),
    ])
    return message(("Chidinma Obi (Integration)", "cobi@lakeshore-health.example.org"),
                   ("Halcyon Support", "support@halcyon-ehr.example.com"),
                   "Case 00784512 - A08 rejected downstream (PID-11 parse)",
                   datetime(2025, 9, 16, 10, 31, 0, tzinfo=tz(-5)), body)


@reg("phi", "hl7-oru-a1c-renal-panel",
     "lab ORU^R01 attachment: named patient with HbA1c, glucose, creatinine/eGFR, urine albumin results")
def p_oru_labs():
    n = npi("160448821")
    m = hl7(
        "MSH|^~\\&|CVL_LIS|CEDARVALLEY|WFM_EHR|WESTGATE|20250919061533||ORU^R01^ORU_R01|CVL0919061533-2|P|2.5.1",
        "PID|1||CV-88010452^^^CVL^PI~WFM-0031874^^^WFM^MR||VASQUEZ-LINDGREN^AURELIO^T||19660802|M|||611 Bellhaven Pl^^Fairhaven^IL^60999",
        "ORC|RE|WFM-ORD-771203|CVL-ACC-25262-0415||CM||||20250918091200|||%s^MBEKI-SORENSEN^LINDIWE^^^^MD" % n,
        "OBR|1|WFM-ORD-771203|CVL-ACC-25262-0415|DIAB^Diabetes monitoring panel^L|||20250918083000|||||||||%s^MBEKI-SORENSEN^LINDIWE^^^^MD||||||20250919061000|||F" % n,
        "OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||8.7|%|4.0-5.6|H|||F|||20250919055000",
        "OBX|2|NM|2345-7^Glucose [Mass/volume] in Serum or Plasma^LN||182|mg/dL|70-99|H|||F|||20250919055000",
        "OBX|3|NM|2160-0^Creatinine [Mass/volume] in Serum or Plasma^LN||1.31|mg/dL|0.70-1.30|H|||F|||20250919055000",
        "OBX|4|NM|33914-3^eGFR^LN||58|mL/min/1.73m2|>59|L|||F|||20250919055000",
        "OBX|5|NM|9318-7^Albumin/Creatinine [Mass Ratio] in Urine^LN||48|mg/g|<30|H|||F|||20250919055000",
        "OBX|6|NM|2823-3^Potassium [Moles/volume] in Serum or Plasma^LN||4.9|mmol/L|3.5-5.1|N|||F|||20250919055000",
        "NTE|1||eGFR calculated with CKD-EPI 2021 equation.",
    )
    body = multi("mixed", [
        text("Cedar Valley Labs - electronic results delivery\n"
             "Delivery 2 of 4 for account WFM-2201 (Westgate Family Medicine)\n\n"
             "This mailbox is not monitored. Client services: 555-0140.\n"),
        binary("application/hl7-v2", m.encode("ascii"), "CVL0919061533-2.hl7"),
    ], kind=2)
    return message(("Cedar Valley Labs Results", "results@cedarvalleylab.example.net"),
                   ("Westgate Results Inbox", "results-inbox@westgatefm.example.com"),
                   "Results delivery 2 of 4",
                   datetime(2025, 9, 19, 6, 15, 40, tzinfo=tz(-5)), body)


@reg("phi", "hl7-dft-colonoscopy-charges",
     "DFT^P03 billing attachment with a named patient, account number, colonoscopy/polypectomy CPT charges and polyp diagnosis")
def p_dft():
    m = hl7(
        "MSH|^~\\&|ASC_PM|RIVERSIDE_ENDO|BILLSVC|MEDCLAIM_PARTNERS|20250924220105||DFT^P03^DFT_P03|RSE0924220105-117|P|2.5.1",
        "EVN|P03|20250924220105",
        "PID|1||RSE-0077813^^^RSE^MR||KOWALCZYK-ADEBAYO^BRONWEN^||19620117|F|||14 Tern St^^Port Galen^IL^60997|||||||RSE-AC-2025-33120",
        "PV1|1|O|ENDO2^^^RSE||||%s^HALVERSON-ITO^GRANT^^^^MD" % npi("154820337"),
        "FT1|1|||20250924|20250924|CG|45385^Colonoscopy w/ removal of lesion by snare^CPT||1|||||||||K63.5^Polyp of colon^I10C",
        "FT1|2|||20250924|20250924|CG|88305^Surgical pathology, gross and microscopic, level IV^CPT||2|||||||||K63.5^Polyp of colon^I10C",
        "FT1|3|||20250924|20250924|CG|00811^Anesthesia for lower intestinal endoscopy^CPT||1|||||||||Z12.11^Encounter for screening for malignant neoplasm of colon^I10C",
        "DG1|1||Z12.11^Encounter for screening for malignant neoplasm of colon^I10C||20250924|F",
        "DG1|2||K63.5^Polyp of colon^I10C||20250924|F",
        "IN1|1|BCX-PPO|MERIDIAN01|Meridian Health Plan||||GRP-44120||||||||KOWALCZYK-ADEBAYO^BRONWEN|01|19620117|||||||||||||||||||||MHP771230045",
    )
    body = multi("mixed", [
        text("Nightly DFT drop from Riverside Endoscopy Center.\n\n"
             "117 messages sent, 116 accepted, 1 failed validation: missing GT1 (guarantor)\n"
             "segment. Failed message attached - please add the guarantor from the\n"
             "registration and resubmit, or tell us to fix it on our side.\n\n"
             "Dmitri Vance | Revenue Cycle, Riverside Endoscopy Center | 555-0158\n"),
        binary("application/octet-stream", m.encode("ascii"), "DFT_failed_RSE0924220105-117.txt"),
    ])
    return message(("Dmitri Vance", "dvance@riverside-endo.example.com"),
                   ("MedClaim Partners Onboarding", "edi-support@medclaim-partners.example.net"),
                   "DFT 9/24 - 1 failed (missing GT1)",
                   datetime(2025, 9, 25, 8, 2, 11, tzinfo=tz(-5)), body)


@reg("phi", "hl7-siu-pasted-in-body-echo",
     "SIU^S14 pasted into the message body: named patient rescheduled for a transthoracic echocardiogram, with reason and provider")
def p_siu_pasted():
    segs = [
        "MSH|^~\\&|CARDSCHED|LRH_CARD|HALCYON|LRH|20250929081502||SIU^S14^SIU_S12|CS0929081502|P|2.5.1",
        "SCH|77120^CARDSCHED||||||ECHO^Transthoracic echo^L|FU^Follow-up^L|45|MIN|^^45^20251006133000^20251006141500|||||DELACROIX^MINA",
        "PID|1||LRH-1184620^^^LRH^MR||BJORNSTAD^HALVARD^P||19470630|M",
        "PV1|1|O|ECHO^LAB2^^LRH",
        "RGS|1|U",
        "AIS|1|U|93306^TTE complete w/ doppler^CPT|20251006133000|||45|MIN",
        "AIL|1|U|",
        "NTE|1||Reason: f/u moderate aortic stenosis (AVA 1.1 cm2 on 3/2025), new exertional dyspnea",
    ]
    t = ("Raj,\n\nHere's the S14 from this morning (copied out of the engine viewer, so the\n"
         "segment separators are line breaks here). Note AIL-3 is empty - the room got\n"
         "dropped when scheduling moved him from the 9th to the 6th, so the echo lab\n"
         "worklist doesn't show him.\n\n"
         + "\n".join(segs) + "\n\n"
         "Can you check the AIL mapping in the S14 route? S12s look fine.\n\n"
         "Paula\n--\nPaula Greaves | Clinical Apps, Cardiology | 555-0136\n")
    body = text(t, cte="quoted-printable")
    return message(("Paula Greaves", "pgreaves@lakeshore-health.example.org"),
                   ("Raj Emmanuel", "remmanuel@lakeshore-health.example.org"),
                   "S14 missing AIL - Bjornstad echo",
                   datetime(2025, 9, 29, 9, 3, 55, tzinfo=tz(-5)), body)


@reg("phi", "fhir-transaction-apixaban-erx",
     "FHIR transaction Bundle (base64 JSON) e-prescription: named patient, DOB, apixaban for atrial fibrillation")
def p_fhir_erx():
    n = npi("190553267")
    bundle = {
        "resourceType": "Bundle", "type": "transaction",
        "meta": {"lastUpdated": "2025-09-27T15:21:09-05:00"},
        "entry": [
            {"fullUrl": "urn:uuid:44f0a1c2-77de-4a13-9a4b-0c2d7e1f9a10",
             "resource": {"resourceType": "Patient",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9999.5", "value": "WFM-0042219"}],
                          "name": [{"family": "Thorvaldsen", "given": ["Agnethe"]}],
                          "birthDate": "1949-01-23", "gender": "female",
                          "address": [{"line": ["9 Pelican Row"], "city": "Fairhaven", "state": "IL", "postalCode": "60999"}]},
             "request": {"method": "POST", "url": "Patient"}},
            {"fullUrl": "urn:uuid:44f0a1c2-77de-4a13-9a4b-0c2d7e1f9a11",
             "resource": {"resourceType": "Practitioner",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.6", "value": n},
                                         {"system": "urn:dea", "value": dea("BM", "482917")}],
                          "name": [{"family": "Mbeki-Sorensen", "given": ["Lindiwe"], "suffix": ["MD"]}]},
             "request": {"method": "POST", "url": "Practitioner"}},
            {"fullUrl": "urn:uuid:44f0a1c2-77de-4a13-9a4b-0c2d7e1f9a12",
             "resource": {"resourceType": "Condition",
                          "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.90", "code": "I48.91", "display": "Unspecified atrial fibrillation"}]},
                          "subject": {"reference": "urn:uuid:44f0a1c2-77de-4a13-9a4b-0c2d7e1f9a10"}},
             "request": {"method": "POST", "url": "Condition"}},
            {"fullUrl": "urn:uuid:44f0a1c2-77de-4a13-9a4b-0c2d7e1f9a13",
             "resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                          "medicationCodeableConcept": {"text": "apixaban 5 mg oral tablet"},
                          "subject": {"reference": "urn:uuid:44f0a1c2-77de-4a13-9a4b-0c2d7e1f9a10"},
                          "requester": {"reference": "urn:uuid:44f0a1c2-77de-4a13-9a4b-0c2d7e1f9a11"},
                          "reasonReference": [{"reference": "urn:uuid:44f0a1c2-77de-4a13-9a4b-0c2d7e1f9a12"}],
                          "dosageInstruction": [{"text": "Take 1 tablet by mouth twice daily. CHA2DS2-VASc 4."}],
                          "dispenseRequest": {"quantity": {"value": 60, "unit": "tablet"}, "numberOfRepeatsAllowed": 3},
                          "substitution": {"allowedBoolean": True}},
             "request": {"method": "POST", "url": "MedicationRequest"}},
        ]}
    data = json.dumps(bundle, indent=1).encode("utf-8")
    html = ("<html><body><p><b>New electronic prescription received</b></p>"
            "<table border=\"0\" cellpadding=\"3\"><tr><td>Transaction</td><td>ERX-44712</td></tr>"
            "<tr><td>Store</td><td>Northpoint Pharmacy #214</td></tr>"
            "<tr><td>Received</td><td>2025-09-27 15:21 CDT</td></tr></table>"
            "<p>The prescription payload is attached. Open it in the pharmacy system to review and fill.</p>"
            "<p style=\"font-size:10px;color:#888\">Sent by RxRoute Gateway. Support 555-0192.</p></body></html>\n")
    body = multi("mixed", [
        text(html, subtype="html", cte="quoted-printable"),
        binary("application/fhir+json", data, "erx-44712.json", ctparams=["fhirVersion=4.0"]),
    ])
    return message(("RxRoute Gateway", "gateway@rxroute.example.net"),
                   ("Northpoint #214 eRx queue", "erx-214@northpointrx.example.com"),
                   "New eRx ERX-44712",
                   datetime(2025, 9, 27, 15, 21, 30, tzinfo=tz(-5)), body)


@reg("phi", "fhir-eob-inline-json-qp",
     "payer sends a FHIR ExplanationOfBenefit inline as QP JSON: member ID, claim number, lumbar MRI charges and patient responsibility")
def p_fhir_eob():
    eob = {
        "resourceType": "ExplanationOfBenefit", "id": "eob-2025-0918-55102", "status": "active",
        "type": {"coding": [{"code": "professional"}]},
        "use": "claim", "outcome": "complete",
        "patient": {"display": "Osei-Lindgren, Abena", "identifier": {"system": "urn:meridianhp:member", "value": "MHP-40218837-02"}},
        "billablePeriod": {"start": "2025-09-03", "end": "2025-09-03"},
        "created": "2025-09-18", "insurer": {"display": "Meridian Health Plan"},
        "provider": {"display": "Lakeshore Imaging Center"},
        "identifier": [{"system": "urn:meridianhp:claim", "value": "2025-0918-55102"}],
        "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.90", "code": "M54.16", "display": "Radiculopathy, lumbar region"}]}}],
        "item": [{"sequence": 1,
                  "productOrService": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.12", "code": "72148", "display": "MRI lumbar spine without contrast"}]},
                  "servicedDate": "2025-09-03",
                  "net": {"value": 1480.00, "currency": "USD"},
                  "adjudication": [
                      {"category": {"coding": [{"code": "eligible"}]}, "amount": {"value": 412.00, "currency": "USD"}},
                      {"category": {"coding": [{"code": "deductible"}]}, "amount": {"value": 85.00, "currency": "USD"}},
                      {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 327.00, "currency": "USD"}}]}],
        "total": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 1480.00, "currency": "USD"}},
                  {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 327.00, "currency": "USD"}}],
        "payment": {"date": "2025-09-19", "amount": {"value": 327.00, "currency": "USD"}},
    }
    js = json.dumps(eob, separators=(", ", ": "))  # one long line -> many QP soft breaks
    body = multi("mixed", [
        text("Provider Data Exchange - adjudicated claim notification\n\n"
             "Subscriber: Abena Osei-Lindgren   Member ID: MHP-40218837-02\n"
             "Claim: 2025-0918-55102   Patient responsibility: $85.00 (deductible)\n\n"
             "The ExplanationOfBenefit resource follows as an inline part.\n",
             cte="7bit"),
        text(js + "\n", subtype="plain", cte="quoted-printable", disp="inline",
             filename="EOB-2025-0918-55102.json", extra=["Content-Description: FHIR ExplanationOfBenefit"]),
    ])
    return message(("Meridian Health Plan - Provider Data Exchange", "pdex-notify@meridianhp.example.com"),
                   ("Lakeshore Imaging Billing", "imaging-billing@lakeshore-health.example.org"),
                   "Adjudicated: claim 2025-0918-55102",
                   datetime(2025, 9, 19, 2, 30, 0, tzinfo=tz(0)), body)


@reg("phi", "ccda-ccd-transition-chf-copd",
     "hospital-to-SNF transition-of-care C-CDA (base64 XML): named patient with CHF, COPD, medications and allergies")
def p_ccda_snf():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
  <id root="2.16.840.1.113883.3.9999.77" extension="TOC-552018"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
  <title>Transition of Care / Discharge Summary</title>
  <effectiveTime value="20250914161500-0500"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.9999.1" extension="LRH-0881245"/>
    <patient><name><given>Lionel</given><given>Augustin</given><family>Haverford</family></name>
      <administrativeGenderCode code="M" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="19410811"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section><title>Hospital Course</title>
      <text>84M admitted 9/9 with acute on chronic HFrEF exacerbation (EF 30%) and COPD exacerbation. Diuresed with IV furosemide,
net -6.2 L. Prednisone 40 mg x5 days completed 9/13. Discharge weight 71.4 kg (dry weight target). Ambulates 60 ft with rolling walker.</text></section></component>
    <component><section><title>Problems</title>
      <text><list><item>Heart failure with reduced ejection fraction (I50.23)</item><item>COPD with acute exacerbation (J44.1)</item>
      <item>Persistent atrial fibrillation (I48.19)</item><item>Type 2 diabetes without complications (E11.9)</item></list></text></section></component>
    <component><section><title>Medications at Discharge</title>
      <text><table><tbody>
      <tr><td>furosemide 40 mg PO BID</td></tr><tr><td>metoprolol succinate 50 mg PO daily</td></tr>
      <tr><td>sacubitril/valsartan 24/26 mg PO BID</td></tr><tr><td>tiotropium 18 mcg inhaled daily</td></tr>
      <tr><td>apixaban 2.5 mg PO BID</td></tr><tr><td>linagliptin 5 mg PO daily</td></tr>
      </tbody></table></text></section></component>
    <component><section><title>Allergies</title><text>Sulfonamide antibiotics - rash. Latex - contact dermatitis.</text></section></component>
    <component><section><title>Daily Progress</title><text><list>
CCDA_PROGRESS
    </list></text></section></component>
    <component><section><title>Vital Signs</title><text><table>
      <thead><tr><th>Date</th><th>BP</th><th>HR</th><th>RR</th><th>SpO2</th><th>Weight (kg)</th></tr></thead><tbody>
CCDA_VITALS
      </tbody></table></text></section></component>
    <component><section><title>Results</title><text><table>
      <thead><tr><th>Date</th><th>Na</th><th>K</th><th>BUN</th><th>Creat</th><th>NT-proBNP</th><th>Hgb</th><th>Glucose</th></tr></thead><tbody>
CCDA_LABS
      </tbody></table></text></section></component>
    <component><section><title>Functional Status</title><text>PT eval 9/11: min assist bed mobility, CGA transfers, ambulated 25 ft with rolling walker, SpO2 91% on 2 L with exertion.
PT 9/13: supervision transfers, 60 ft with rolling walker, one standing rest. Fall risk high (Morse 55). OT: needs assist with lower-body dressing and bathing.
Cognition: alert, oriented x3, mild short-term recall deficit (Mini-Cog 3/5). Hearing aids bilateral - bring from home.</text></section></component>
    <component><section><title>Advance Directives</title><text>Full code confirmed with patient and daughter (health care POA: Evelyn Haverford-Moss, 555-0119) on 9/10. POLST not completed; recommend goals-of-care discussion at SNF.</text></section></component>
    <component><section><title>Plan of Care</title>
      <text>Daily weights; call MD for gain &gt; 1 kg/day or 2 kg/week. BMP on 9/17. Cardiology f/u Dr. Dubrovsky 9/24. PT/OT 5x/week.</text></section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    days = ["2025-09-09", "2025-09-10", "2025-09-11", "2025-09-12", "2025-09-13", "2025-09-14"]
    notes = [
        "Admitted from ED with 3 days of worsening dyspnea, orthopnea (3 pillows), 4 kg weight gain and productive cough. CXR: bilateral effusions, interstitial edema. Started furosemide 80 mg IV BID, nebulized ipratropium-albuterol q6h, prednisone 40 mg, azithromycin 500 mg x1 then 250 mg daily. Telemetry: AF rate 110s, metoprolol resumed.",
        "Net -1.9 L. Dyspnea improved, still crackles to mid-lung fields. Creatinine up 1.42 -> 1.58, potassium 3.4 - KCl 40 mEq given. Echo: LVEF 30%, moderate functional MR, RVSP 48. Cardiology (Dr. Dubrovsky) consulted: continue diuresis, hold sacubitril/valsartan until creatinine plateaus.",
        "Net -1.6 L. Weaned to 2 L NC. Wheeze much improved. Sputum culture: normal flora. AF rate 80s. Glucose 180-260 on prednisone - sliding scale insulin added, linagliptin continued. PT evaluation completed.",
        "Net -1.4 L. Transitioned to furosemide 40 mg PO BID. Creatinine 1.49. Sacubitril/valsartan 24/26 mg BID restarted per cardiology. Ambulating in hallway with PT. Daughter at bedside, education on daily weights and 2 g sodium diet started.",
        "Net -0.8 L. Room air at rest, SpO2 93%; 2 L with exertion. Prednisone course completed. Glucose back to 120-170. Teach-back on inhaler technique done (tiotropium HandiHaler).",
        "Stable on oral regimen for 36 hours. Discharge weight 71.4 kg (admission 77.6 kg). Accepted by Maple Terrace SNF for short-term rehab. Medication reconciliation completed with pharmacist; apixaban dose 2.5 mg BID confirmed (age &gt; 80 and creatinine 1.5+ met; weight &lt; 60 kg not met).",
    ]
    progress = "\n".join("      <item><caption>%s</caption>%s</item>" % (d, n) for d, n in zip(days, notes))
    vit = [("142/88", 112, 26, "88% RA", 77.6), ("128/80", 96, 22, "93% 3L", 76.1), ("122/76", 84, 20, "94% 2L", 74.4),
           ("118/72", 78, 18, "95% 2L", 73.0), ("116/70", 74, 18, "93% RA", 72.1), ("120/74", 76, 16, "94% RA", 71.4)]
    vitals = "\n".join("      <tr><td>%s</td><td>%s</td><td>%d</td><td>%d</td><td>%s</td><td>%.1f</td></tr>" % ((d,) + v) for d, v in zip(days, vit))
    lab = [(136, 3.9, 31, 1.42, 8420, 11.9, 214), (135, 3.4, 34, 1.58, 6900, 11.6, 262), (137, 4.1, 36, 1.55, 5210, 11.8, 241),
           (138, 4.3, 35, 1.49, 3980, 12.0, 188), (138, 4.4, 33, 1.47, 3105, 12.1, 151), (139, 4.5, 32, 1.46, 2870, 12.2, 139)]
    labs = "\n".join("      <tr><td>%s</td><td>%d</td><td>%.1f</td><td>%d</td><td>%.2f</td><td>%d</td><td>%.1f</td><td>%d</td></tr>" % ((d,) + v) for d, v in zip(days, lab))
    xml = xml.replace("CCDA_PROGRESS", progress).replace("CCDA_VITALS", vitals).replace("CCDA_LABS", labs)
    body = multi("mixed", [
        text("Good afternoon,\n\nMr. Haverford is being discharged to you today around 5 PM by wheelchair van.\n"
             "Transition of care document attached. Report called to RN Gallagher at 3:40.\n\n"
             "Brigid Oyelowo, RN, CCM\nCase Management, Lakeshore Regional Health\nPhone 555-0114 | Fax 555-0115\n"),
        text(xml, subtype="xml", cte="base64", filename="CCD_Haverford_Lionel_20250914.xml", disp="attachment"),
    ])
    return message(("Brigid Oyelowo", "boyelowo@lakeshore-health.example.org"),
                   ("Admissions - Maple Terrace SNF", "admissions@mapleterrace-snf.example.com"),
                   "Discharge to your facility today - TOC document",
                   datetime(2025, 9, 14, 16, 22, 0, tzinfo=tz(-5)), body)


@reg("phi", "ics-preop-total-knee",
     "iCalendar REQUEST to a named patient for a pre-op visit before right total knee arthroplasty with medication instructions")
def p_ics_preop():
    cal = ics([
        "BEGIN:VCALENDAR",
        "PRODID:-//Lakeshore Orthopedics//Scheduling//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:preop-6617-20251014@lakeshore-health.example.org",
        "DTSTAMP:20250930T141000Z",
        "DTSTART:20251014T140000Z",
        "DTEND:20251014T153000Z",
        "ORGANIZER;CN=Lakeshore Orthopedics Surgical Scheduling:mailto:ortho-sched@lakeshore-health.example.org",
        "ATTENDEE;CN=Bernadette Quigley;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:bquigley@mailbox.example.net",
        "SUMMARY:Pre-op visit: right total knee arthroplasty (surgery 10/28)",
        "LOCATION:Lakeshore Orthopedics\\, Pre-Admission Testing\\, 2nd floor",
        "DESCRIPTION:Pre-operative history & physical with PA Ferraro-Diallo. Labs: "
        "CBC\\, BMP\\, HbA1c\\, type & screen\\; ECG. Stop meloxicam 7 days before "
        "surgery (last dose 10/20). Continue lisinopril. Bring your CPAP settings "
        "and a list of all medicines. Joint class follows at 10:00.",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    body = multi("mixed", [
        text("Dear Ms. Quigley,\n\nPlease accept the attached calendar invitation for your pre-operative visit.\n"
             "If the time does not work, call Surgical Scheduling at 555-0121.\n\nLakeshore Orthopedics\n"),
        text(cal, subtype="calendar", cte="7bit", ctparams=["method=REQUEST"], filename="invite.ics", disp="attachment"),
    ])
    return message(("Lakeshore Orthopedics Surgical Scheduling", "ortho-sched@lakeshore-health.example.org"),
                   ("Bernadette Quigley", "bquigley@mailbox.example.net"),
                   "Invitation: Pre-op visit @ Tue Oct 14, 9:00 AM",
                   datetime(2025, 9, 30, 9, 10, 0, tzinfo=tz(-5)), body)


@reg("phi", "vcard-homehealth-start-of-care",
     "home-health coordinator sends a vCard for a new patient: name, DOB, address, wound/diabetes diagnoses and care orders in NOTE")
def p_vcard():
    vc = ("BEGIN:VCARD\r\nVERSION:3.0\r\n"
          "N:Eckstein;Harold;W.;;\r\nFN:Harold W. Eckstein\r\n"
          "BDAY:1939-12-02\r\n"
          "ADR;TYPE=HOME:;;2280 Old Mill Rd;Fairhaven;IL;60999;USA\r\n"
          "TEL;TYPE=HOME:+1-312-555-0169\r\n"
          "TEL;TYPE=CELL:+1-312-555-0170\r\n"
          "NOTE:SOC 9/22 10:00. Dx: stage 3 sacral pressure injury (L89.153)\\, T2DM\r\n"
          "  on insulin glargine 14 u qhs\\, PAD. Orders: NPWT 125 mmHg continuous\\, dre\r\n"
          " ssing change M/W/F\\; BG checks BID. Daughter Ruth (555-0170) present for\r\n"
          "  visits. Key in lockbox 4417.\r\n"
          "CATEGORIES:Patient,Home Health\r\n"
          "END:VCARD\r\n")
    body = multi("mixed", [
        text("Hi Naomi - new SOC for you tomorrow 10am, card attached. Referral packet is in\n"
             "the portal. Wound vac being delivered by DME tonight.\n\n"
             "Tess\n\nTess Abernathy | Intake Coordinator | Hearthstone Home Health | 555-0172\n"),
        leaf("text/vcard", vc.encode("utf-8"), cte="quoted-printable", filename="Eckstein_Harold.vcf",
             disp="attachment", ctparams=['charset="utf-8"']),
    ])
    return message(("Tess Abernathy", "tabernathy@hearthstone-hh.example.com"),
                   ("Naomi Ferreira-Hall, RN", "nferreira@hearthstone-hh.example.com"),
                   "New SOC tomorrow",
                   datetime(2025, 9, 21, 18, 44, 0, tzinfo=tz(-5)), body)


@reg("phi", "pdf-eob-flate-to-member",
     "payer to member: HTML notice plus FlateDecode PDF Explanation of Benefits with member ID, claim number, physical-therapy services")
def p_pdf_eob():
    pages = [[
        "# Meridian Health Plan - Explanation of Benefits",
        "THIS IS NOT A BILL",
        "",
        "Member: GWENDOLYN FARRADAY          Member ID: MHP-88412097-01",
        "Group: Lakeshore Regional Health Employees (GRP-10022)",
        "Statement date: 09/20/2025",
        "",
        "## Claim 2025-0914-77310   Provider: Tidewater Physical Therapy   Patient: Gwendolyn Farraday",
        "Date      Service                                  Billed    Allowed   Plan paid  You owe",
        "09/02/25  97110 Therapeutic exercise x4 units      $220.00   $124.40    $99.52    $24.88",
        "09/02/25  97140 Manual therapy x2 units            $110.00    $58.10    $46.48    $11.62",
        "09/09/25  97110 Therapeutic exercise x4 units      $220.00   $124.40    $99.52    $24.88",
        "09/09/25  97530 Therapeutic activities x1 unit      $65.00    $36.20    $28.96     $7.24",
        "",
        "Diagnosis on claim: M75.121 Complete rotator cuff tear, right shoulder, not traumatic",
        "Totals                                              $615.00   $343.10   $274.48    $68.62",
        "",
        "Your coinsurance is 20% after deductible. Deductible met: $1,500.00 of $1,500.00.",
        "PT visits used this plan year: 14 of 30.",
        "",
        "Questions? Member Services 1-800-555-0123 (TTY 711). Appeal within 180 days.",
    ]]
    html = ("<html><body style=\"font-family:Arial\"><p>Dear Gwendolyn,</p>"
            "<p>A new Explanation of Benefits for claim <b>2025-0914-77310</b> is attached as a PDF.</p>"
            "<p>Sign in to your member account to view all your claims.</p>"
            "<p>Meridian Health Plan Member Services</p></body></html>\n")
    body = multi("mixed", [
        multi("alternative", [
            text("Dear Gwendolyn,\n\nA new Explanation of Benefits for claim 2025-0914-77310 is attached as a PDF.\n"
                 "Sign in to your member account to view all your claims.\n\nMeridian Health Plan Member Services\n"),
            text(html, subtype="html"),
        ]),
        binary("application/pdf", pdf(pages, flate=True, title="EOB 2025-0914-77310"), "EOB_2025-0914-77310.pdf"),
    ])
    return message(("Meridian Health Plan", "eob@meridianhp.example.com"),
                   ("Gwendolyn Farraday", "gfarraday@mailbox.example.net"),
                   "Your Explanation of Benefits is ready",
                   datetime(2025, 9, 20, 12, 0, 0, tzinfo=tz(-4)), body)


@reg("phi", "oncology-billing-statement-pdf",
     "'Oncology Billing' sends a named patient a statement (uncompressed PDF) with account number, infusion charges and balance due")
def p_onc_statement():
    pages = [[
        "# Lakeshore Regional Health - Patient Statement",
        "Cancer Center Billing Office  |  PO Box 4410, Fairhaven IL 60999  |  555-0116",
        "",
        "Patient: Harriet Lowe-Villanueva        Account: 7004-118-552",
        "Guarantor: Harriet Lowe-Villanueva      Statement date: 09/28/2025",
        "",
        "## Services",
        "08/21/25  96413 Chemotherapy IV infusion, first hour                    $1,240.00",
        "08/21/25  96415 Chemotherapy IV infusion, each additional hour            $318.00",
        "08/21/25  J9045 Carboplatin 50 mg (x12)                                   $396.00",
        "08/21/25  J9267 Paclitaxel 1 mg (x300)                                    $420.00",
        "08/21/25  J2405 Ondansetron 1 mg (x8)                                      $24.00",
        "08/21/25  96375 Therapeutic push, each additional sequential             $112.00",
        "",
        "Insurance payments (Meridian Health Plan)                              -$1,714.62",
        "Contractual adjustments                                                  -$153.20",
        "",
        "## Amount due: $642.18     Due by: 10/25/2025",
        "",
        "Financial assistance and payment plans are available. Call 555-0116.",
        "Pay online with statement code 7004118552-0928.",
    ], [
        "## Payment coupon - please return with your payment",
        "",
        "Account: 7004-118-552",
        "Patient: Harriet Lowe-Villanueva",
        "Amount due: $642.18",
        "",
        "[ ] Check enclosed   [ ] Card: ______________________  Exp: ____",
        "",
        "Make checks payable to Lakeshore Regional Health",
    ]]
    body = multi("mixed", [
        text("Dear Harriet Lowe-Villanueva,\n\n"
             "Your statement for account 7004-118-552 is attached. The balance shown is\n"
             "your portion after insurance for services on 08/21/2025.\n\n"
             "If you have questions about this bill or would like a payment plan,\n"
             "call us at 555-0116, Monday-Friday 8:00-4:30.\n\n"
             "Oncology Billing\nLakeshore Regional Health\n"),
        binary("application/pdf", pdf(pages, flate=False, title="Statement 7004-118-552"),
               "Statement_7004-118-552_2025-09-28.pdf"),
    ])
    return message(("Oncology Billing", "onc-billing@lakeshore-health.example.org"),
                   ("Harriet Lowe-Villanueva", "hlv.home@mailbox.example.net"),
                   "Statement for account 7004-118-552",
                   datetime(2025, 9, 28, 8, 30, 0, tzinfo=tz(-5)), body)


@reg("phi", "subject-only-inr-warfarin",
     "name, DOB, INR value and warfarin hold appear only in the Subject; body asks for a co-sign")
def p_subject_inr():
    body = text("pls co-sign when you get a sec. pt aware, will recheck thurs.\n\n"
                "thx\n\n--\nBeth Anand, RN\nAnticoagulation Services\n555-0118\n")
    return message(("Beth Anand", "banand@westgatefm.example.com"),
                   ("Dr. Lindiwe Mbeki-Sorensen", "lmbeki@westgatefm.example.com"),
                   "Ruiz, Hector DOB 07/02/1958 -- INR 4.8, holding warfarin x1, recheck Thu",
                   datetime(2025, 10, 1, 11, 12, 0, tzinfo=tz(-5)), body)


@reg("phi", "filename-only-colonoscopy-path",
     "only the PDF file name carries patient name, MRN and 'colonoscopy pathology'; body and fax cover page say nothing clinical")
def p_filename_path():
    pages = [[
        "# FAX",
        "",
        "To: Medical Records       From: GI Associates of Fairhaven",
        "Fax: 555-0112             Phone: 555-0146",
        "Pages (incl. cover): 3",
        "",
        "Remarks: as requested",
        "",
        "CONFIDENTIALITY NOTICE: The documents accompanying this transmission",
        "are intended only for the recipient named above.",
    ]]
    body = multi("mixed", [
        text("Fax from GI came into the general queue instead of records, forwarding.\n\nMehmet\n"),
        binary("application/pdf", pdf(pages, flate=True, title="Fax"),
               "Nguyen_Thi_Lan_MRN20419877_colonoscopy_pathology.pdf", style="cont"),
    ])
    return message(("Mehmet Ayd\u0131n", "maydin@westgatefm.example.com"),
                   ("Medical Records", "records@westgatefm.example.com"),
                   "Fw: fax",
                   datetime(2025, 9, 30, 14, 2, 0, tzinfo=tz(-5)), body)


@reg("phi", "display-name-dialysis-chair-time",
     "schedule change addressed to a named patient; the sender display name shows it is dialysis treatment time")
def p_display_dialysis():
    body = text("Mr. Abara,\n\nStarting Monday 10/6 your chair time moves to 6:30 AM on Mon/Wed/Fri.\n"
                "Your nephrologist and the unit team have been told. If this does not work\n"
                "for your ride, please call us before Friday at 555-0163.\n\nThank you,\nScheduling\n")
    return message(("Fairhaven Dialysis Unit \u2013 Scheduling", "scheduling@fairhaven-dialysis.example.com"),
                   ("Abara, Nnamdi", "n.abara@mailbox.example.net"),
                   "Schedule change starting 10/6",
                   datetime(2025, 9, 30, 15, 40, 0, tzinfo=tz(-5)), body)


@reg("phi", "qp-alt-metformin-side-effects",
     "MA phone note (multipart/alternative, QP with soft breaks inside MRN and drug name): named patient, DOB, metformin GI intolerance")
def p_qp_metformin():
    S = SOFT
    plain = ("Dr. M -\n\n"
             "Mrs. Chiamaka Okonjo-Reyes called (DOB 11/30/1962, MRN 5510-" + S + "3382). Since her met" + S +
             "formin went up to 1000 mg BID on 9/12 she's had diarrhea 3-4x/day and nausea, no vomiting, "
             "no blood. Eating ok, drinking fluids. Last A1c 8.1 (8/29). She's asking if she can go back "
             "to 500 BID or try the ER version.\n\n"
             "Pharmacy: Northpoint #214. Best # 555-0104 after 3pm.\n\n"
             "Routing to you - ok to switch to metformin ER 1000 mg w/ dinner?\n\n"
             "Kayla Dorsey, CMA\nWestgate Family Medicine\n")
    html = ("<div dir=\"ltr\"><p>Dr. M -</p>"
            "<p>Mrs. Chiamaka Okonjo-Reyes called (DOB 11/30/1962, MRN 5510-" + S + "3382). Since her met" + S +
            "formin went up to 1000 mg BID on 9/12 she&#39;s had diarrhea 3-4x/day and nausea, no vomiting, "
            "no blood. Eating ok, drinking fluids. Last A1c 8.1 (8/29). She&#39;s asking if she can go back "
            "to 500 BID or try the ER version.</p>"
            "<p>Pharmacy: Northpoint #214. Best # 555-0104 after 3pm.</p>"
            "<p>Routing to you - ok to switch to <b>metformin ER 1000 mg w/ dinner</b>?</p>"
            "<p>Kayla Dorsey, CMA<br>Westgate Family Medicine</p></div>\n")
    body = multi("alternative", [
        text(plain, cte="quoted-printable", charset="us-ascii"),
        text(html, subtype="html", cte="quoted-printable", charset="us-ascii"),
    ])
    return message(("Kayla Dorsey", "kdorsey@westgatefm.example.com"),
                   ("Dr. Lindiwe Mbeki-Sorensen", "lmbeki@westgatefm.example.com"),
                   "phone msg - GI upset on metformin",
                   datetime(2025, 9, 24, 13, 7, 0, tzinfo=tz(-5)), body)


@reg("phi", "b64-patient-asks-about-knee-injection",
     "patient writes (base64 UTF-8 body with emoji) about swelling 10 days after a cortisone injection in her knee and her follow-up")
def p_b64_knee():
    t = ("Hi,\n\n"
         "It's been 10 days since Dr. Amundsen gave me the cortisone shot in my left knee and it's still "
         "swollen and kind of warm to the touch \U0001F615 The pain is actually worse at night than before "
         "the shot. No fever that I've noticed (99.1 last night).\n\n"
         "I have my follow-up on the 14th but should I come in sooner? I'm also still taking the "
         "naproxen twice a day like she said, is that ok with my blood pressure pills?\n\n"
         "Thanks so much,\n"
         "Roberta Castellanos-Webb\n"
         "DOB 4/17/1955\n"
         "Sent from my phone\n")
    body = text(t, cte="base64")
    return message(("Roberta Castellanos-Webb", "rcwebb55@mailbox.example.net"),
                   ("Ortho Nurse Line", "ortho-nurse@lakeshore-health.example.org"),
                   "question about my shot",
                   datetime(2025, 10, 2, 21, 48, 0, tzinfo=tz(-5)), body)


@reg("phi", "fwd-fwd-es-derivacion-hombro",
     "two-deep forward ending in a Spanish (windows-1252 QP) referral: named patient, DOB, rotator-cuff tear on MRI, medication")
def p_fwd_es():
    es = ("Estimado Dr. Pellegrini:\n\n"
          "Le remito al paciente Ernesto Villalobos C\u00e1rdenas, fecha de nacimiento 03/05/1969,\n"
          "n\u00famero de historia cl\u00ednica 88231, para valoraci\u00f3n por traumatolog\u00eda.\n\n"
          "Motivo: rotura completa del manguito rotador derecho (supraespinoso) confirmada\n"
          "por resonancia magn\u00e9tica del 12/09/2025. Dolor 7/10, limitaci\u00f3n para la\n"
          "abducci\u00f3n por encima de 90\u00b0. Tratamiento actual: ibuprofeno 600 mg cada 8 h\n"
          "y fisioterapia durante 6 semanas sin mejor\u00eda.\n\n"
          "Antecedentes: diabetes tipo 2 (metformina), hipertensi\u00f3n (enalapril).\n"
          "El paciente habla poco ingl\u00e9s; necesitar\u00e1 int\u00e9rprete.\n\n"
          "Atentamente,\n\nDra. Remedios Aguirre Santamar\u00eda\nMedicina Familiar \u2013 Centro de Salud La Alameda\n"
          "Tel. 555-0155\n")
    inner2 = message(("Dra. Remedios Aguirre", "raguirre@cs-alameda.example.org"),
                     ("Recepci\u00f3n Centro de Salud", "recepcion@cs-alameda.example.org"),
                     "Derivaci\u00f3n a traumatolog\u00eda \u2013 Villalobos C\u00e1rdenas",
                     datetime(2025, 9, 16, 12, 5, 0, tzinfo=tz(-5)),
                     text(es, charset="windows-1252", cte="quoted-printable"))
    inner1 = message(("Front Desk - La Alameda", "recepcion@cs-alameda.example.org"),
                     ("Lakeshore Ortho Referrals", "ortho-referrals@lakeshore-health.example.org"),
                     "FW: Derivaci\u00f3n a traumatolog\u00eda \u2013 Villalobos C\u00e1rdenas",
                     datetime(2025, 9, 16, 15, 30, 0, tzinfo=tz(-5)),
                     multi("mixed", [text("see below, referral for Dr. Pellegrini. MRI on CD coming by courier.\n"),
                                     attach_message(inner2)]))
    outer = multi("mixed", [
        text("Ana - can you schedule this one with Pellegrini? Spanish-speaking, book an\n"
             "interpreter (in person if possible). New pt, 40 min slot.\n\nthanks\nGreg\n"),
        attach_message(inner1, filename="FW Derivacion.eml", disp="attachment"),
    ])
    return message(("Greg Tamsin", "gtamsin@lakeshore-health.example.org"),
                   ("Ana Lucero", "alucero@lakeshore-health.example.org"),
                   "FW: FW: Derivaci\u00f3n a traumatolog\u00eda",
                   datetime(2025, 9, 17, 8, 12, 0, tzinfo=tz(-5)), outer)


@reg("phi", "html-only-or-board-table",
     "HTML-only OR schedule table listing named patients, MRNs and their procedures for the day")
def p_or_board():
    rows = [
        ("OR 1", "07:30", "Pemberton, Astrid", "LRH-3301842", "Laparoscopic appendectomy", "Dr. Castellanos", "GA", "NPO since 2200, WBC 14.1"),
        ("OR 1", "10:00", "Yamamoto-Greer, Kenji", "LRH-0998213", "ORIF left distal radius", "Dr. Pellegrini", "GA + block", "On clopidogrel - held 5d"),
        ("OR 2", "07:30", "Dlamini, Sipho", "LRH-2875530", "TURP", "Dr. Oyelaran", "Spinal", "Foley in place"),
        ("OR 2", "09:45", "Fairclough, Imogen", "LRH-3308871", "Septoplasty + bilateral inferior turbinate reduction", "Dr. Havel", "GA", "OSA - CPAP in PACU"),
        ("OR 3", "08:00", "Castillo-Brandt, Rafael", "LRH-1120094", "Right total hip arthroplasty", "Dr. Amundsen", "Spinal", "Type & screen done, Hgb 12.8"),
        ("OR 3", "12:30", "Oduya, Grace", "LRH-3310025", "Laparoscopic cholecystectomy", "Dr. Castellanos", "GA", "Latex allergy"),
        ("OR 4", "07:30", "Ng, Wilfred", "LRH-0442186", "CABG x3", "Dr. Rahimi", "GA", "ICU bed confirmed"),
    ]
    tr = "\n".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in rows)
    html = ("<html><head><style>td,th{border:1px solid #999;padding:3px 6px;font:12px Segoe UI,Arial}"
            "table{border-collapse:collapse}</style></head><body>\n"
            "<p>All - updated board for <b>Wednesday 9/24</b>. Changes in OR 2 (Dr. Havel moved up).</p>\n"
            "<table>\n<tr><th>Room</th><th>Start</th><th>Patient</th><th>MRN</th><th>Procedure</th>"
            "<th>Surgeon</th><th>Anesthesia</th><th>Notes</th></tr>\n" + tr + "\n</table>\n"
            "<p>Add-ons go through the charge RN (x0190). Please do not forward outside periop.</p>\n"
            "<p>OR Scheduling &middot; Lakeshore Regional Health &middot; 555-0190</p>\n</body></html>\n")
    body = text(html, subtype="html", cte="quoted-printable")
    return message(("OR Scheduling", "or-sched@lakeshore-health.example.org"),
                   ("Periop Staff", "periop-all@lakeshore-health.example.org"),
                   "OR board - Wed 9/24 (updated 1742)",
                   datetime(2025, 9, 23, 17, 42, 0, tzinfo=tz(-5)), body)


@reg("phi", "related-discharge-oxycodone-postop",
     "discharge instructions (multipart/related, inline PNG) to a named patient after laparoscopic cholecystectomy incl. oxycodone for post-op pain (phi, not SUD)")
def p_discharge():
    plain = ("Dear Desmond Achebe-Laurent,\n\n"
             "These are your discharge instructions after your laparoscopic cholecystectomy\n"
             "(gallbladder removal) on 9/26/2025 with Dr. Castellanos.\n\n"
             "Pain: acetaminophen 1,000 mg every 8 hours. For pain not controlled by that,\n"
             "oxycodone 5 mg, 1 tablet every 6 hours as needed (12 tablets, no refills).\n"
             "Do not drive while taking oxycodone. Take docusate while on it.\n\n"
             "Wounds: you may shower after 48 hours. Leave the skin glue alone.\n\n"
             "Call 555-0125 for fever over 101 F, yellowing of skin or eyes, or worsening pain.\n\n"
             "Follow-up: General Surgery clinic, Friday 10/10 at 1:20 PM.\n")
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<table width="100%"><tr><td><img src="cid:lrh-logo-01" width="32" height="32" alt="Lakeshore Regional Health"></td>
<td style="font-size:18px;color:#1d4e89">Discharge Instructions</td></tr></table>
<p>Dear Desmond Achebe-Laurent,</p>
<p>These are your discharge instructions after your <b>laparoscopic cholecystectomy</b> (gallbladder removal)
on 9/26/2025 with Dr. Castellanos.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Medicine</th><th>How to take</th></tr>
<tr><td>Acetaminophen 500 mg</td><td>2 tablets every 8 hours</td></tr>
<tr><td>Oxycodone 5 mg</td><td>1 tablet every 6 hours <i>as needed</i> for pain not relieved by acetaminophen (12 tablets, no refills). Do not drive.</td></tr>
<tr><td>Docusate 100 mg</td><td>1 capsule twice a day while taking oxycodone</td></tr>
</table>
<p><b>Wounds:</b> you may shower after 48 hours. Leave the skin glue alone.</p>
<p><b>Call 555-0125</b> for fever over 101&nbsp;&deg;F, yellowing of skin or eyes, or worsening pain.</p>
<p><b>Follow-up:</b> General Surgery clinic, Friday 10/10 at 1:20 PM.</p>
<p><img src="cid:lrh-qr-02" width="24" height="24" alt="scan for portal"> Scan to open your patient portal.</p>
</body></html>
"""
    related = multi("related", [
        text(html, subtype="html", cte="base64"),
        leaf("image/png", png(32, 32, seed=21), cte="base64", filename="logo.png", disp="inline",
             extra=["Content-ID: <lrh-logo-01>"]),
        leaf("image/png", png(24, 24, seed=22), cte="base64", filename="qr.png", disp="inline",
             extra=["Content-ID: <lrh-qr-02>"]),
    ], params=['type="text/html"'])
    body = multi("alternative", [text(plain), related])
    return message(("Lakeshore Regional Health", "noreply-discharge@lakeshore-health.example.org"),
                   ("Desmond Achebe-Laurent", "desmond.al@mailbox.example.net"),
                   "Your discharge instructions",
                   datetime(2025, 9, 27, 12, 30, 0, tzinfo=tz(-5)), body)


@reg("phi", "csv-payer-care-gaps-member-ids",
     "payer quality team sends a practice a CSV of members with IDs, DOBs and open care gaps incl. A1c values")
def p_care_gaps():
    rows = [
        "MemberID,LastName,FirstName,DOB,PCP,Measure,LastServiceDate,LastValue,Status",
        "MHP-30018822-01,Abernathy-Cole,Wanda,1958-03-14,Mbeki-Sorensen,Breast cancer screening,2023-06-02,,OPEN",
        "MHP-30018822-01,Abernathy-Cole,Wanda,1958-03-14,Mbeki-Sorensen,Colorectal cancer screening,,,OPEN",
        "MHP-30447105-01,Brightwater,Elias,1971-11-29,Mbeki-Sorensen,HbA1c poor control (>9.0%),2025-08-11,9.6,OPEN",
        "MHP-30447105-01,Brightwater,Elias,1971-11-29,Mbeki-Sorensen,Eye exam for patients with diabetes,2023-02-17,,OPEN",
        "MHP-30511964-02,Chaudhry,Nasreen,1963-07-08,Wierzbicki,Controlling high blood pressure,2025-07-30,152/94,OPEN",
        "MHP-30620011-01,Delacroix-Ward,Tobias,1949-05-21,Wierzbicki,Statin therapy for cardiovascular disease,2025-01-09,,OPEN",
        "MHP-30702283-03,Esposito,Marguerite,1967-09-02,Mbeki-Sorensen,Kidney health evaluation (eGFR + uACR),2024-10-15,,OPEN",
        "MHP-30811470-01,Fenwick,Oluwadamilare,1955-12-19,Wierzbicki,Osteoporosis management after fracture,2025-05-03,,OPEN",
        "MHP-30907716-01,Gutierrez-Lam,Rosa,1959-04-26,Mbeki-Sorensen,HbA1c poor control (>9.0%),2025-06-20,10.2,OPEN",
    ]
    csv = "\n".join(rows) + "\n"
    html = ("<html><body style=\"font-family:Arial;font-size:13px\">"
            "<p>Hello Westgate team,</p>"
            "<p>Attached is your Q3 gap-in-care list (9 open gaps, 7 members). Closing these before "
            "<b>12/31</b> counts toward the 2025 quality bonus. Please send supplemental data (e.g. outside "
            "mammogram reports) through the provider portal.</p>"
            "<p>Thank you,<br>Delphine Mwangi-Ross, RN<br>Quality Programs, Meridian Health Plan<br>555-0124</p>"
            "</body></html>\n")
    body = multi("mixed", [
        text(html, subtype="html", cte="quoted-printable"),
        leaf("text/csv", to_crlf(csv).encode("ascii"), cte="7bit", filename="Q3_care_gaps_WFM.csv",
             disp="attachment", ctparams=['charset="us-ascii"']),
    ])
    return message(("Meridian Health Plan - Quality Programs", "quality@meridianhp.example.com"),
                   ("Westgate Practice Manager", "pm@westgatefm.example.com"),
                   "Q3 gap-in-care list - Westgate Family Medicine",
                   datetime(2025, 9, 29, 10, 0, 0, tzinfo=tz(-5)), body)


@reg("phi", "de-stationsliste-semikolon-latin1",
     "German ward discharge-planning list (ISO-8859-1 semicolon CSV): named patients, DOB, diagnoses and aftercare needs")
def p_de_station():
    rows = [
        "Zimmer;Name;Vorname;Geb.-Datum;Aufnahme;Hauptdiagnose;geplante Entlassung;Bedarf;Bemerkung",
        "3B-01;M\u00fcller-L\u00fcdenscheidt;Hildegard;02.02.1938;19.09.2025;Pneumonie re. Unterlappen, COPD GOLD 3;30.09.2025;Heim-O2 2 l/min;Sauerstoffkonzentrator beantragt",
        "3B-02;\u00d6zt\u00fcrk;Mehmet Ali;17.08.1951;22.09.2025;Dekompensierte Herzinsuffizienz NYHA III;01.10.2025;Pflegedienst;Tgl. Gewichtskontrolle",
        "3B-04;Gro\u00dfmann;Rainer;09.11.1946;15.09.2025;Z. n. H\u00fcft-TEP links bei Schenkelhalsfraktur;02.10.2025;AHB/Reha;Reha-Antrag gestellt 24.09.",
        "3B-05;Sch\u00e4fer;Ilse;30.04.1934;24.09.2025;Exsikkose, Harnwegsinfekt, Demenz;offen;Kurzzeitpflege;Tochter ist Betreuerin",
        "3B-07;Nowak;Bogus\u0142aw;12.12.1960;25.09.2025;Diabetisches Fu\u00dfsyndrom Wagner 2;03.10.2025;Wundmanager;Insulin-Schulung erfolgt",
    ]
    # Boguslaw with l-stroke is not in Latin-1 -> written as "Boguslaw" in the Latin-1 file
    csv = ("\n".join(rows) + "\n").replace("\u0142", "l")
    t = ("Liebe Kolleginnen und Kollegen vom Sozialdienst,\n\n"
         "anbei die Liste der Patientinnen und Patienten der Station 3B mit geplantem\n"
         "Entlassungsbedarf f\u00fcr diese Woche. Bei Frau Sch\u00e4fer ist das Entlassdatum noch\n"
         "offen, bis ein Kurzzeitpflegeplatz gefunden ist.\n\n"
         "Viele Gr\u00fc\u00dfe\nSchwester Ulrike Thei\u00dfen\nStationsleitung 3B Innere Medizin\n"
         "Klinikum Nordheim, Tel. 0555 0101-38\n")
    body = multi("mixed", [
        text(t, charset="iso-8859-1", cte="quoted-printable"),
        leaf("text/csv", to_crlf(csv).encode("iso-8859-1"), cte="base64",
             filename="Entlassplanung_3B_KW40.csv", disp="attachment", ctparams=['charset="iso-8859-1"']),
    ])
    return message(("Station 3B Innere", "station3b@klinikum-nordheim.example.de.test"),
                   ("Sozialdienst", "sozialdienst@klinikum-nordheim.example.de.test"),
                   "Entlassplanung Station 3B \u2013 KW 40",
                   datetime(2025, 9, 29, 7, 45, 0, tzinfo=tz(2)), body)


@reg("phi", "pl-skierowanie-kardiologia-qp",
     "Polish clinic (ISO-8859-2, QP) tells a named patient about a cardiology referral after ECG showed atrial fibrillation")
def p_pl_referral():
    t = ("Szanowny Panie Zbigniewie,\n\n"
         "w za\u0142\u0105czeniu przesy\u0142amy skierowanie do Poradni Kardiologicznej wystawione przez\n"
         "lek. Agnieszk\u0119 W\u00f3jcik-\u017bak po wizycie w dniu 23.09.2025.\n\n"
         "W badaniu EKG stwierdzono migotanie przedsionk\u00f3w z czynno\u015bci\u0105 komor\u00f3w ok. 110/min.\n"
         "Do czasu konsultacji prosimy przyjmowa\u0107 bisoprolol 2,5 mg rano oraz kontrolowa\u0107\n"
         "ci\u015bnienie i t\u0119tno dwa razy dziennie. Termin w poradni: 08.10.2025, godz. 12:40,\n"
         "gabinet 214. Prosimy zabra\u0107 wyniki bada\u0144 krwi (TSH, morfologia, elektrolity).\n\n"
         "W razie b\u00f3lu w klatce piersiowej lub duszno\u015bci prosimy dzwoni\u0107 pod 112.\n\n"
         "Z powa\u017caniem\nRejestracja \u2013 Przychodnia \u201eZdrowie\u201d\ntel. 22 555 01 61\n")
    t = t.replace("\u2013", "-").replace("\u201e", '"').replace("\u201d", '"')
    body = text(t, charset="iso-8859-2", cte="quoted-printable")
    return message(("Przychodnia Zdrowie \u2013 Rejestracja", "rejestracja@przychodnia-zdrowie.example.pl.test"),
                   ("Zbigniew \u0141ukasiewicz", "z.lukasiewicz@poczta.example.pl.test"),
                   "Skierowanie do poradni kardiologicznej \u2013 termin 08.10.2025",
                   datetime(2025, 9, 24, 9, 5, 0, tzinfo=tz(2)), body,
                   subject_charset="utf-8")


@reg("phi", "pt-resultados-exames-alt",
     "Portuguese lab e-mail (multipart/alternative, QP text + base64 HTML) to a named patient with blood count and elevated TSH")
def p_pt_results():
    plain = ("Ol\u00e1, Sr. Jo\u00e3o Baptista Figueiredo,\n\n"
             "Os seus resultados de exames de 19/09/2025 (pedido n.\u00ba 2025-77841) est\u00e3o dispon\u00edveis.\n\n"
             "Hemograma completo: dentro dos valores de refer\u00eancia\n"
             "TSH: 6,8 mUI/L (refer\u00eancia 0,4-4,0) - ELEVADO\n"
             "T4 livre: 0,9 ng/dL (refer\u00eancia 0,8-1,8)\n"
             "Anticorpos anti-TPO: 212 UI/mL (elevado)\n\n"
             "O seu m\u00e9dico, Dr. Tiago Mendon\u00e7a, recomenda marcar consulta de endocrinologia\n"
             "para avaliar hipotiroidismo subcl\u00ednico.\n\n"
             "Laborat\u00f3rio Vale Verde - tel. 21 555 0144\n")
    html = ("<html><body style=\"font-family:Tahoma\"><p>Ol\u00e1, Sr. Jo\u00e3o Baptista Figueiredo,</p>"
            "<p>Os seus resultados de exames de 19/09/2025 (pedido n.\u00ba 2025-77841) est\u00e3o dispon\u00edveis.</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><th>Exame</th><th>Resultado</th><th>Refer\u00eancia</th></tr>"
            "<tr><td>Hemograma completo</td><td>normal</td><td>-</td></tr>"
            "<tr><td>TSH</td><td><b style=\"color:#b00\">6,8 mUI/L</b></td><td>0,4-4,0</td></tr>"
            "<tr><td>T4 livre</td><td>0,9 ng/dL</td><td>0,8-1,8</td></tr>"
            "<tr><td>Anti-TPO</td><td><b style=\"color:#b00\">212 UI/mL</b></td><td>&lt; 35</td></tr></table>"
            "<p>O seu m\u00e9dico, Dr. Tiago Mendon\u00e7a, recomenda marcar consulta de endocrinologia "
            "para avaliar hipotiroidismo subcl\u00ednico.</p>"
            "<p>Laborat\u00f3rio Vale Verde &ndash; tel. 21 555 0144</p></body></html>\n")
    body = multi("alternative", [
        text(plain, cte="quoted-printable"),
        text(html, subtype="html", cte="base64"),
    ])
    return message(("Laborat\u00f3rio Vale Verde", "resultados@lab-valeverde.example.pt.test"),
                   ("Jo\u00e3o Baptista Figueiredo", "jb.figueiredo@correio.example.pt.test"),
                   "Os seus resultados est\u00e3o dispon\u00edveis",
                   datetime(2025, 9, 22, 18, 0, 0, tzinfo=tz(1)), body,
                   subject_charset="iso-8859-1")


@reg("phi", "marked-secure-test-no-content",
     "sender tagged [secure] in the Subject; body is just a test, so labelled phi per the marker rule")
def p_marked():
    body = text("testing the encrypt button from the new Outlook add-in, pls ignore\n\n"
                "- Sam\n\nSam Whitford | Practice Administrator | Westgate Family Medicine | 555-0106\n")
    return message(("Sam Whitford", "swhitford@westgatefm.example.com"),
                   ("Kayla Dorsey", "kdorsey@westgatefm.example.com"),
                   "[secure] test",
                   datetime(2025, 9, 25, 8, 1, 0, tzinfo=tz(-5)), body)


@reg("phi", "reply-chain-prior-auth-adalimumab",
     "pharmacy/clinic prior-authorization reply chain: named patient, member ID, plaque psoriasis, failed methotrexate, adalimumab biosimilar")
def p_prior_auth():
    t = """Hi Corinne,

Good news - approved. PA ref PA-25-0930-44817, valid 10/01/2025-03/31/2026,
adalimumab-adaz 40 mg/0.4 mL pen, 2 pens per 28 days. Loading dose (80 mg
day 1, 40 mg day 8) was approved as a one-time override. The specialty
pharmacy will call him to set up first shipment.

Thanks for getting the BSA and the TB test over so fast.

Ravi Pennington, CPhT
Prior Authorization Team | Northpoint Specialty Pharmacy
555-0193 | fax 555-0194

-----Original Message-----
From: Corinne Albescu <calbescu@fairhaven-derm.example.com>
Sent: Monday, September 29, 2025 4:02 PM
To: Northpoint Specialty PA <pa-team@northpointrx.example.com>
Subject: RE: PA needed - Tobiah Marchbanks - adalimumab

Attached the QuantiFERON (negative, 9/15) and hep B panel (negative). Chart
note from 9/12 says: plaque psoriasis since 2016, BSA 12%, PASI 14.2, DLQI
17, scalp and palms involved. Methotrexate 15 mg weekly x 6 months (stopped
6/2025 for ALT 3x ULN), prior topical clobetasol and calcipotriene.

Corinne Albescu, MA
Fairhaven Dermatology | 555-0178

> -----Original Message-----
> From: Northpoint Specialty PA <pa-team@northpointrx.example.com>
> Sent: Friday, September 26, 2025 10:15 AM
> Subject: PA needed - Tobiah Marchbanks - adalimumab
>
> Meridian Health Plan is requesting a prior authorization for:
>   Patient: Tobiah Marchbanks   DOB: 08/14/1984
>   Member ID: MHP-55120984-01
>   Drug: adalimumab-adaz 40 mg/0.4 mL
> Payer needs: TB screening within 12 months, BSA or PASI, and one
> conventional systemic agent tried. Please reply with documentation.
>
> Thank you,
> PA Team

________________________________
CONFIDENTIALITY NOTICE: This e-mail, including attachments, is for the sole
use of the intended recipient(s) and may contain confidential and privileged
information protected by law. Any unauthorized review, use, disclosure or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies.
"""
    body = text(t)
    return message(("Ravi Pennington", "rpennington@northpointrx.example.com"),
                   ("Corinne Albescu", "calbescu@fairhaven-derm.example.com"),
                   "RE: RE: PA needed - Tobiah Marchbanks - adalimumab",
                   datetime(2025, 9, 30, 11, 26, 0, tzinfo=tz(-5)), body,
                   in_reply_to="<SN7PR11MB4410C1@fairhaven-derm.example.com>",
                   references="<BY5PR02MB6120A3@northpointrx.example.com> <SN7PR11MB4410C1@fairhaven-derm.example.com>",
                   extra=["Sensitivity: Company-Confidential", "Thread-Topic: PA needed - Tobiah Marchbanks - adalimumab"])


@reg("phi", "radiology-report-txt-attachment",
     "RIS e-mails a plain-text CT report attachment (QP): named patient, DOB, accession, renal mass finding and recommendation")
def p_rad_report():
    rpt = ("LAKESHORE IMAGING - FINAL REPORT\n"
           "================================\n"
           "Patient: DRUMMOND-ASARE, PHILIPPA        DOB: 1972-03-09      MRN: LRH-2077615\n"
           "Accession: ACC88213077                  Exam date: 2025-09-29 14:22\n"
           "Exam: CT ABDOMEN AND PELVIS WITH IV CONTRAST\n"
           "Ordering: Dr. Lindiwe Mbeki-Sorensen\n\n"
           "CLINICAL HISTORY: Right flank pain, microscopic hematuria.\n\n"
           "TECHNIQUE: Axial images from the lung bases through the pubic symphysis after 100 mL iohexol 350. "
           "Coronal and sagittal reformats.\n\n"
           "FINDINGS:\n"
           "Kidneys: 2.3 x 2.1 cm heterogeneously enhancing solid mass, interpolar left kidney (series 3 image 61), "
           "enhancing from 28 HU unenhanced equivalent to 96 HU nephrographic. No renal vein involvement. "
           "No hydronephrosis. 4 mm nonobstructing right lower pole calculus.\n"
           "Liver, spleen, pancreas, adrenals: unremarkable.\n"
           "Bowel: no obstruction. Normal appendix.\n"
           "Lymph nodes: no retroperitoneal adenopathy.\n"
           "Bones: degenerative change L4-5.\n\n"
           "IMPRESSION:\n"
           "1. 2.3 cm enhancing solid left renal mass, suspicious for renal cell carcinoma (T1a). Urology referral recommended.\n"
           "2. 4 mm nonobstructing right renal calculus.\n\n"
           "Critical finding communicated to Dr. Mbeki-Sorensen by phone 2025-09-29 16:05 by Dr. Havlicek.\n\n"
           "Electronically signed: Petr Havlicek, MD  2025-09-29 16:11\n")
    body = multi("mixed", [
        text("A final report is available for your patient.\n\n"
             "Accession ACC88213077 - CT ABD/PELVIS W CONTRAST - FINAL\n"
             "Report attached. Images: PACS viewer link in the EHR.\n\n"
             "Lakeshore Imaging Reading Room 555-0150\n"),
        text(rpt, cte="quoted-printable", filename="report_ACC88213077.txt", disp="attachment"),
    ])
    return message(("Lakeshore Imaging Reports", "ris-reports@lakeshore-health.example.org"),
                   ("Dr. Lindiwe Mbeki-Sorensen", "lmbeki@westgatefm.example.com"),
                   "Final report available - ACC88213077",
                   datetime(2025, 9, 29, 16, 12, 0, tzinfo=tz(-5)), body)


@reg("phi", "ru-koi8r-mother-insulin",
     "daughter writes (Russian, KOI8-R, base64) about her named mother's insulin doses and morning glucose values")
def p_ru_insulin():
    t = ("\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, \u0410\u043d\u043d\u0430 \u0421\u0435\u0440\u0433\u0435\u0435\u0432\u043d\u0430!\n\n"
         "\u041f\u0438\u0448\u0443 \u043f\u043e \u043f\u043e\u0432\u043e\u0434\u0443 \u043c\u0430\u043c\u044b, \u0421\u043a\u0432\u043e\u0440\u0446\u043e\u0432\u043e\u0439 \u0412\u0430\u043b\u0435\u043d\u0442\u0438\u043d\u044b \u041f\u0435\u0442\u0440\u043e\u0432\u043d\u044b, 11.03.1949 \u0433.\u0440., \u0432\u0430\u0448\u0435\u0439 \u043f\u0430\u0446\u0438\u0435\u043d\u0442\u043a\u0438.\n"
         "\u041f\u043e\u0441\u043b\u0435 \u0442\u043e\u0433\u043e \u043a\u0430\u043a \u0432\u044b \u0443\u0432\u0435\u043b\u0438\u0447\u0438\u043b\u0438 \u0438\u043d\u0441\u0443\u043b\u0438\u043d \u0433\u043b\u0430\u0440\u0433\u0438\u043d \u0434\u043e 18 \u0435\u0434. \u043d\u0430 \u043d\u043e\u0447\u044c, \u0441\u0430\u0445\u0430\u0440 \u0443\u0442\u0440\u043e\u043c\n"
         "\u0432\u0441\u0451 \u0440\u0430\u0432\u043d\u043e 11-13 \u043c\u043c\u043e\u043b\u044c/\u043b, \u0430 \u0434\u0432\u0430 \u0440\u0430\u0437\u0430 \u0434\u043d\u0451\u043c \u0431\u044b\u043b\u043e 3,8 (\u043f\u043e\u0441\u043b\u0435 \u043e\u0431\u0435\u0434\u0430, \u043a\u043e\u0433\u0434\u0430\n"
         "\u043e\u043d\u0430 \u043a\u043e\u043b\u0435\u0442 \u0435\u0449\u0451 \u0438 \u0438\u043d\u0441\u0443\u043b\u0438\u043d \u0430\u0441\u043f\u0430\u0440\u0442 6 \u0435\u0434.). \u041c\u0435\u0442\u0444\u043e\u0440\u043c\u0438\u043d \u043f\u044c\u0451\u0442 \u043a\u0430\u043a \u0440\u0430\u043d\u044c\u0448\u0435, 1000 \u043c\u0433 \u0434\u0432\u0430\n"
         "\u0440\u0430\u0437\u0430 \u0432 \u0434\u0435\u043d\u044c.\n\n"
         "\u0422\u0430\u0431\u043b\u0438\u0446\u0443 \u0438\u0437\u043c\u0435\u0440\u0435\u043d\u0438\u0439 \u0437\u0430 \u043d\u0435\u0434\u0435\u043b\u044e \u043f\u0440\u0438\u043d\u0435\u0441\u0443 \u043d\u0430 \u043f\u0440\u0438\u0451\u043c 7 \u043e\u043a\u0442\u044f\u0431\u0440\u044f. \u041d\u0443\u0436\u043d\u043e \u043b\u0438 \u0447\u0442\u043e-\u0442\u043e\n"
         "\u043c\u0435\u043d\u044f\u0442\u044c \u0434\u043e \u044d\u0442\u043e\u0433\u043e?\n\n"
         "\u0421\u043f\u0430\u0441\u0438\u0431\u043e,\n\u041e\u043a\u0441\u0430\u043d\u0430 \u0421\u043a\u0432\u043e\u0440\u0446\u043e\u0432\u0430 (\u0434\u043e\u0447\u044c)\n\u0442\u0435\u043b. +7 495 555-01-66\n")
    body = text(t, charset="koi8-r", cte="base64")
    return message(("\u041e\u043a\u0441\u0430\u043d\u0430 \u0421\u043a\u0432\u043e\u0440\u0446\u043e\u0432\u0430", "o.skvortsova@pochta.example.ru.test", "koi8-r"),
                   ("\u042d\u043d\u0434\u043e\u043a\u0440\u0438\u043d\u043e\u043b\u043e\u0433\u0438\u044f, \u0434\u0440. \u0412\u043e\u043b\u043a\u043e\u0432\u0430", "endo@poliklinika-12.example.ru.test", "koi8-r"),
                   "\u0412\u043e\u043f\u0440\u043e\u0441 \u043f\u043e \u0438\u043d\u0441\u0443\u043b\u0438\u043d\u0443 (\u0421\u043a\u0432\u043e\u0440\u0446\u043e\u0432\u0430 \u0412. \u041f.)",
                   datetime(2025, 9, 30, 20, 14, 0, tzinfo=tz(3)), body,
                   subject_charset="koi8-r")


@reg("phi", "zh-gb2312-stroke-rehab-booking",
     "son writes (Chinese, GB2312 base64) to book outpatient stroke rehab for his named father, with record number and an RFC 2231 Chinese-named PDF")
def p_zh_rehab():
    t = ("\u60a8\u597d\uff01\n\n"
         "\u6211\u7236\u4eb2\u738b\u5efa\u56fd\uff08\u75c5\u5386\u53f7 RH-302871\uff0c1952\u5e7410\u67085\u65e5\u751f\uff09\u4e0a\u5468\u4e94\u4ece\u795e\u7ecf\u5185\u79d1\u51fa\u9662\uff0c\n"
         "\u8bca\u65ad\u4e3a\u6025\u6027\u8111\u6897\u6b7b\uff08\u5de6\u4fa7\u5927\u8111\u4e2d\u52a8\u8109\uff09\uff0c\u53f3\u4fa7\u80a2\u4f53\u65e0\u529b\uff0c\u8bf4\u8bdd\u4e0d\u592a\u6e05\u695a\u3002\n"
         "\u4f4f\u9662\u533b\u751f\u5efa\u8bae\u5c3d\u5feb\u5f00\u59cb\u95e8\u8bca\u5eb7\u590d\u6cbb\u7597\uff08\u7269\u7406\u6cbb\u7597\u548c\u8a00\u8bed\u6cbb\u7597\uff09\u3002\n"
         "\u76ee\u524d\u670d\u7528\u963f\u53f8\u5339\u6797\u548c\u963f\u6258\u4f10\u4ed6\u6c40\u3002\n\n"
         "\u8bf7\u95ee\u4e0b\u5468\u4e00\u6216\u5468\u4e09\u4e0a\u5348\u662f\u5426\u53ef\u4ee5\u9884\u7ea6\u521d\u8bca\uff1f\u51fa\u9662\u5c0f\u7ed3\u5df2\u9644\u4e0a\u3002\n\n"
         "\u8c22\u8c22\uff01\n\u738b\u5fd7\u521a\n\u7535\u8bdd\uff1a555-0179\n")
    pages = [[
        "# Discharge Summary (translation)",
        "Patient: WANG Jianguo      Record no.: RH-302871      DOB: 1952-10-05",
        "Admitted: 2025-09-17   Discharged: 2025-09-26   Service: Neurology",
        "",
        "Diagnosis: acute ischemic stroke, left MCA territory (cardioembolic vs large-artery)",
        "Deficits at discharge: right hemiparesis 4-/5 arm, 4/5 leg; mild expressive aphasia.",
        "NIHSS admission 9, discharge 4.",
        "Medications: aspirin 100 mg daily; atorvastatin 40 mg nightly; amlodipine 5 mg daily.",
        "Plan: outpatient PT/OT and speech therapy 3x/week; neurology follow-up in 4 weeks;",
        "      24-hour Holter monitor ordered to look for atrial fibrillation.",
    ]]
    body = multi("mixed", [
        text(t, charset="gb2312", cte="base64"),
        binary("application/pdf", pdf(pages, flate=True, title="Discharge summary"),
               "\u51fa\u9662\u5c0f\u7ed3_\u738b\u5efa\u56fd.pdf", style="2231"),
    ])
    return message(("\u738b\u5fd7\u521a", "wang.zhigang@mail.example.cn.test", "gb2312"),
                   ("\u5eb7\u590d\u79d1\u9884\u7ea6", "rehab-booking@kangfu.example.cn.test", "gb2312"),
                   "\u9884\u7ea6\u5eb7\u590d\u6cbb\u7597\uff1a\u738b\u5efa\u56fd\uff08RH-302871\uff09",
                   datetime(2025, 9, 29, 9, 30, 0, tzinfo=tz(8)), body,
                   subject_charset="gb2312")


# ===========================================================================
# NONE (traps first, then plain business mail)
# ===========================================================================


@reg("none", "trap-hl7-ack-batch-summary",
     "interface engine summary with HL7 ACK messages (MSA|AA/AE) only: control IDs, no patient data")
def n_ack():
    acks = "".join(hl7(
        "MSH|^~\\&|CARDIOTRACK|LRH_CARD|HALCYON|LRH|2025091610%02d00||ACK^A08^ACK|CT%06d|P|2.5.1" % (22 + i, 551200 + i),
        "MSA|%s|LRH916102244-%04d%s" % (code, 29 + i, "" if code == "AA" else "|Message rejected"),
        *(["ERR|||207^Application internal error^HL70357|E||||PID-11 repetition 2 unparseable"] if code == "AE" else []))
        for i, code in enumerate(["AA", "AA", "AE", "AA", "AA"]))
    body = multi("mixed", [
        text("Nightly interface summary - route HALCYON -> CARDIOTRACK (ADT)\n\n"
             "Window        : 2025-09-15 22:00 to 2025-09-16 10:30\n"
             "Sent          : 12,418\n"
             "ACK AA        : 12,415\n"
             "ACK AE        : 3\n"
             "ACK AR        : 0\n"
             "Timeouts      : 0\n\n"
             "Sample of the last 5 acknowledgements attached (ACK messages only, no\n"
             "payload). Full log on lrh-ifx-02:/var/log/ifx/cardiotrack.\n\n"
             "-- Halcyon Interface Engine\n"),
        binary("application/hl7-v2", acks.encode("ascii"), "ack_sample_20250916.hl7"),
    ])
    return message(("Halcyon Interface Engine", "ifx-alerts@lakeshore-health.example.org"),
                   ("Integration Team", "integration@lakeshore-health.example.org"),
                   "Nightly summary HALCYON->CARDIOTRACK: 3 AE",
                   datetime(2025, 9, 16, 10, 31, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-hl7-oru-analyzer-qc",
     "ORU carrying analyzer QC control results (lot numbers, Westgard 1-3s) with a QC pseudo-PID; no patient")
def n_qc():
    m = hl7(
        "MSH|^~\\&|TOSOH_G11|CVL_CHEM|CVL_LIS|CEDARVALLEY|20250918054210||ORU^R01^ORU_R01|G11QC20250918-07|P|2.5.1",
        "PID|1||QC-A1C-L2^^^CVL^QC||QC^HBA1C LEVEL 2 CONTROL",
        "OBR|1||QCRUN-0918-07|QC^Quality control run^L|||20250918054000",
        "OBX|1|NM|4548-4^Hemoglobin A1c^LN||10.9|%|9.6-10.4|H|||F|||20250918054000||||G11-SN7781",
        "NTE|1||Control lot BR-2291L2 exp 2026-03-31. Rule 1-3s violated (mean 10.0, SD 0.15).",
        "OBX|2|NM|4548-4^Hemoglobin A1c^LN||5.6|%|5.2-5.8|N|||F|||20250918054100||||G11-SN7781",
        "NTE|2||Control lot BR-2291L1 exp 2026-03-31. In range.",
    )
    body = multi("mixed", [
        text("Team,\n\nHbA1c level 2 QC failed 1-3s on the G11 this morning (10.9 vs 9.6-10.4).\n"
             "Level 1 in range. Patient testing on the G11 is on hold until we recalibrate\n"
             "and rerun both levels - samples are being routed to the backup analyzer.\n\n"
             "QC message from the analyzer attached for the LIS folks (it's the QC record\n"
             "only, PID is the control material).\n\n"
             "Lorraine Petrakis, MLS(ASCP)\nChemistry Supervisor, Cedar Valley Labs\n555-0141\n"),
        binary("application/octet-stream", m.encode("ascii"), "G11_QC_20250918.hl7"),
    ])
    return message(("Lorraine Petrakis", "lpetrakis@cedarvalleylab.example.net"),
                   ("Chemistry Staff", "chem-staff@cedarvalleylab.example.net"),
                   "G11 A1c L2 QC fail 1-3s - patient testing on hold",
                   datetime(2025, 9, 18, 6, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-fhir-capabilitystatement",
     "FHIR CapabilityStatement JSON (Patient/Observation/Condition endpoints) sent for go-live planning; definitions only")
def n_capstmt():
    cs = {
        "resourceType": "CapabilityStatement", "status": "active", "date": "2025-09-10",
        "publisher": "Halcyon EHR", "kind": "instance", "fhirVersion": "4.0.1",
        "format": ["json", "xml"],
        "implementation": {"description": "Lakeshore Regional Health - production FHIR endpoint",
                           "url": "https://fhir.lakeshore-health.example.org/r4"},
        "rest": [{
            "mode": "server",
            "security": {"cors": True, "service": [{"coding": [{"code": "SMART-on-FHIR"}], "text": "SMART App Launch"}]},
            "resource": [
                {"type": t, "interaction": [{"code": "read"}, {"code": "search-type"}],
                 "searchParam": [{"name": p, "type": ty} for p, ty in sp]}
                for t, sp in [
                    ("Patient", [("identifier", "token"), ("birthdate", "date"), ("family", "string")]),
                    ("Observation", [("patient", "reference"), ("code", "token"), ("date", "date"), ("category", "token")]),
                    ("Condition", [("patient", "reference"), ("clinical-status", "token")]),
                    ("MedicationRequest", [("patient", "reference"), ("status", "token")]),
                    ("DocumentReference", [("patient", "reference"), ("type", "token")]),
                ]]}]}
    data = json.dumps(cs, indent=2).encode("utf-8")
    body = multi("mixed", [
        text("Hi all,\n\nAhead of Thursday's go-live checkpoint, attached is the CapabilityStatement\n"
             "from the production endpoint (GET /metadata). Note DocumentReference search by\n"
             "type is new in this build; Observation still lacks _lastUpdated.\n\n"
             "Yusuf\n\nYusuf Demirel | Solutions Architect | Halcyon EHR | 555-0133\n"),
        binary("application/fhir+json", data, "metadata-prod-20250910.json"),
    ])
    return message(("Yusuf Demirel", "ydemirel@halcyon-ehr.example.com"),
                   [("Integration Team", "integration@lakeshore-health.example.org"),
                    ("Paula Greaves", "pgreaves@lakeshore-health.example.org")],
                   "CapabilityStatement for Thursday checkpoint",
                   datetime(2025, 9, 10, 15, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-fhir-valueset-hiv-prep-measure",
     "quality-measure ValueSet JSON listing HIV viral-load LOINC codes and PrEP drugs; a definition, no patient")
def n_valueset():
    vs = {
        "resourceType": "ValueSet", "id": "lrh-prep-monitoring", "url": "https://terminology.lakeshore-health.example.org/ValueSet/lrh-prep-monitoring",
        "version": "2025.2", "name": "LRHPrEPMonitoring", "title": "PrEP monitoring - HIV tests and PrEP medications",
        "status": "draft", "publisher": "Lakeshore Quality Informatics",
        "description": "Codes used by the internal measure 'PrEP users with HIV test every 90 days'. Definition only.",
        "compose": {"include": [
            {"system": "urn:oid:2.16.840.1.113883.6.1", "concept": [
                {"code": "56888-1", "display": "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay"},
                {"code": "20447-9", "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"},
                {"code": "75622-1", "display": "HIV 1 and 2 tests - Meaningful Use set"}]},
            {"system": "urn:oid:2.16.840.1.113883.6.88", "concept": [
                {"code": "RXN-PLACEHOLDER-1", "display": "emtricitabine 200 MG / tenofovir disoproxil fumarate 300 MG Oral Tablet"},
                {"code": "RXN-PLACEHOLDER-2", "display": "emtricitabine 200 MG / tenofovir alafenamide 25 MG Oral Tablet"},
                {"code": "RXN-PLACEHOLDER-3", "display": "cabotegravir 600 MG/3ML extended-release injectable suspension"}]}]}}
    data = json.dumps(vs, indent=2).encode("utf-8")
    body = multi("mixed", [
        text("Draft value set for the PrEP monitoring measure is attached for review. RxNorm\n"
             "codes are placeholders until terminology services loads the September release.\n"
             "Numerator/denominator logic is in the measure spec on the wiki (v0.3).\n\n"
             "Comments by 10/3 please.\n\nHanh Tran-Whitaker\nQuality Informatics | 555-0126\n",
             cte="quoted-printable"),
        binary("application/json", data, "ValueSet-lrh-prep-monitoring.json"),
    ])
    return message(("Hanh Tran-Whitaker", "htranwhitaker@lakeshore-health.example.org"),
                   ("Measure Workgroup", "measures-wg@lakeshore-health.example.org"),
                   "Draft ValueSet: PrEP monitoring (HIV tests + PrEP meds)",
                   datetime(2025, 9, 26, 11, 15, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-ccda-template-placeholders",
     "developer shares a C-CDA export template full of {{placeholders}} and nullFlavor; mentions mrn mapping but holds no patient")
def n_ccda_tpl():
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<!-- discharge-summary.ccda.tpl  v2.4  - rendered by halcyon-docgen; DO NOT hand-edit output -->
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.8" extension="2015-08-01"/>
  <id root="{{org.oid}}" extension="{{document.id}}"/>
  <code code="18842-5" codeSystem="2.16.840.1.113883.6.1" displayName="Discharge summary"/>
  <effectiveTime value="{{document.created | hl7ts}}"/>
  <confidentialityCode code="{{document.confidentiality | default('N')}}" codeSystem="2.16.840.1.113883.5.25"/>
  <recordTarget><patientRole>
    <id root="{{org.mrn_oid}}" extension="{{patient.mrn}}"/>
    {% if patient.ssn %}<id root="2.16.840.1.113883.4.1" extension="{{patient.ssn}}"/>{% endif %}
    <patient>
      <name><given>{{patient.given}}</given><family>{{patient.family}}</family></name>
      <administrativeGenderCode code="{{patient.sex}}" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime {% if patient.dob %}value="{{patient.dob | hl7date}}"{% else %}nullFlavor="UNK"{% endif %}/>
    </patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <component><section>
      <code code="11535-2" codeSystem="2.16.840.1.113883.6.1" displayName="Hospital discharge Dx"/>
      {% for dx in encounter.discharge_diagnoses %}
      <entry><act classCode="ACT" moodCode="EVN"><entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
        <value xsi:type="CD" code="{{dx.code}}" codeSystem="2.16.840.1.113883.6.90" displayName="{{dx.display}}"/>
      </observation></entryRelationship></act></entry>
      {% else %}
      <entry><act classCode="ACT" moodCode="EVN" nullFlavor="NI"/></entry>
      {% endfor %}
    </section></component>
  </structuredBody></component>
</ClinicalDocument>
"""
    body = multi("mixed", [
        text("Updated template attached (v2.4). Changes:\n"
             " - recordTarget id now uses org.mrn_oid instead of the hard-coded OID\n"
             " - SSN id only emitted when patient.ssn is present (was emitting empty extension)\n"
             " - discharge dx loop falls back to nullFlavor=NI\n\n"
             "Note it's a Jinja template, not valid XML until rendered, so the validator will\n"
             "complain about the {% %} blocks - that's expected.\n\nDev\n"),
        leaf("application/octet-stream", to_crlf(xml).encode("utf-8"), cte="base64",
             filename="discharge-summary.ccda.tpl", disp="attachment"),
    ])
    return message(("Devika Raman", "draman@halcyon-ehr.example.com"),
                   ("docgen-dev", "docgen-dev@halcyon-ehr.example.com"),
                   "discharge-summary.ccda.tpl v2.4",
                   datetime(2025, 9, 12, 17, 30, 0, tzinfo=tz(-7)), body)


@reg("none", "trap-csv-controlled-substance-count",
     "pharmacy monthly controlled-substance inventory CSV (buprenorphine, methadone, oxycodone NDCs, lots, counts); stock, no patient")
def n_cs_count():
    rows = [
        "NDC,Description,Schedule,Lot,Exp,On hand,Par,Counted by,Verified by,Discrepancy",
        "55555-0101-30,Buprenorphine/naloxone 8 mg/2 mg SL film,CIII,BNX24K07,2026-11,214,180,DM,RP,0",
        "55555-0102-30,Buprenorphine/naloxone 2 mg/0.5 mg SL film,CIII,BNX24J22,2026-08,96,90,DM,RP,0",
        "55555-0210-50,Methadone HCl oral concentrate 10 mg/mL 1000 mL,CII,MTH25A19,2027-01,6,4,DM,RP,0",
        "55555-0311-01,Oxycodone HCl 5 mg tablet 100ct,CII,OXY25C02,2027-03,7,6,DM,RP,0",
        "55555-0420-10,Lisdexamfetamine 30 mg capsule 100ct,CII,LDX25B11,2026-12,2,4,DM,RP,0",
        "55555-0533-01,Naltrexone 50 mg tablet 30ct (non-controlled - tracked),Rx,NTX25A30,2027-05,18,12,DM,RP,0",
        "55555-0640-02,Lorazepam 1 mg tablet 100ct,CIV,LZP24L08,2026-10,5,5,DM,RP,0",
    ]
    body = multi("mixed", [
        text("Monthly CII-CV count for store #214 is attached. No discrepancies this month.\n"
             "Lisdexamfetamine 30 mg is below par - on backorder with the wholesaler (ETA 10/8).\n\n"
             "Denise Moreau, PharmD\nPharmacist in Charge, Northpoint Pharmacy #214\n555-0191\n"),
        leaf("text/csv", to_crlf("\n".join(rows) + "\n").encode("ascii"), cte="quoted-printable",
             filename="CS_count_214_2025-09.csv", disp="attachment", ctparams=['charset="us-ascii"']),
    ])
    return message(("Denise Moreau", "dmoreau@northpointrx.example.com"),
                   ("Northpoint Compliance", "compliance@northpointrx.example.com"),
                   "Sept controlled substance count - #214",
                   datetime(2025, 9, 30, 19, 2, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-pdf-invoice-rapid-test-kits",
     "B2B supplier invoice (FlateDecode PDF) for HIV rapid tests, CT/NG collection kits and pregnancy cassettes; customer account number only")
def n_invoice_kits():
    pages = [[
        "# Apex Diagnostic Supply Co. - INVOICE",
        "1200 Commerce Pkwy, Suite B, Rockport IL 60990   |   ar@apexdx.example.com   |   555-0197",
        "",
        "Invoice: INV-2025-118204        Date: 09/19/2025       Terms: Net 30",
        "Customer account: 40077-LRH     PO: LRH-PO-7781320",
        "Bill to: Lakeshore Regional Health - Laboratory Purchasing, 500 Lakeshore Dr, Fairhaven IL",
        "",
        "## Item       Description                                          Qty     Unit      Ext.",
        "ADX-44120  HIV-1/2 Ag/Ab rapid test, 25 tests/kit                     12   $212.00  $2,544.00",
        "ADX-44131  HIV-1/2 external controls, 3 levels                         4    $58.50    $234.00",
        "ADX-50210  CT/NG NAAT swab collection kit, 50/box                     10    $96.00    $960.00",
        "ADX-61002  hCG urine pregnancy cassette, 50/box                       20    $31.25    $625.00",
        "ADX-70440  Specimen transport bag w/ pouch, 500/case                   2    $44.00     $88.00",
        "",
        "Subtotal                                                                       $4,451.00",
        "Freight                                                                           $38.00",
        "Total due                                                                      $4,489.00",
        "",
        "Remit to: Apex Diagnostic Supply Co., PO Box 880, Rockport IL 60990",
        "ACH: Fairhaven Community Bank, routing 000000000 (see portal), ref INV-2025-118204",
    ]]
    body = multi("mixed", [
        text("Hello,\n\nPlease find attached invoice INV-2025-118204 for PO LRH-PO-7781320.\n"
             "Shipped complete on 09/18 via ground.\n\nAccounts Receivable\nApex Diagnostic Supply Co.\n555-0197\n"),
        binary("application/pdf", pdf(pages, flate=True, title="INV-2025-118204"), "INV-2025-118204.pdf"),
    ])
    return message(("Apex Diagnostic Supply AR", "ar@apexdx.example.com"),
                   ("LRH Accounts Payable", "ap@lakeshore-health.example.org"),
                   "Invoice INV-2025-118204 / PO LRH-PO-7781320",
                   datetime(2025, 9, 19, 16, 40, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-ics-bh-quality-committee",
     "meeting invite (.ics REQUEST) for a behavioral-health quality committee; agenda uses aggregate rates only")
def n_ics_bh():
    cal = ics([
        "BEGIN:VCALENDAR",
        "METHOD:REQUEST",
        "PRODID:Microsoft Exchange Server 2019",
        "VERSION:2.0",
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Farah Qureshi-Lund:mailto:fqureshi@lakeshore-health.example.org",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=BH Quality Committee:mailto:bh-quality@lakeshore-health.example.org",
        "DESCRIPTION:Agenda\\n1. Q3 PHQ-9 follow-up within 30 days - system rate 61% "
        "(target 70%)\\n2. MOUD access: median days from referral to first dose\\n3. "
        "988 / mobile crisis partnership update\\n4. Restraint & seclusion hours per "
        "1\\,000 patient days\\nNo patient-level data will be presented.",
        "UID:040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6@lakeshore-health.example.org",
        "SUMMARY:Behavioral Health Quality Committee - October",
        "DTSTART;TZID=Central Standard Time:20251015T120000",
        "DTEND;TZID=Central Standard Time:20251015T130000",
        "LOCATION:Conf Rm 4B / Teams",
        "SEQUENCE:0",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    body = multi("alternative", [
        text("Agenda\n1. Q3 PHQ-9 follow-up within 30 days - system rate 61% (target 70%)\n"
             "2. MOUD access: median days from referral to first dose\n"
             "3. 988 / mobile crisis partnership update\n"
             "4. Restraint & seclusion hours per 1,000 patient days\n"
             "No patient-level data will be presented.\n"),
        text(cal, subtype="calendar", cte="base64", ctparams=["method=REQUEST"]),
    ])
    return message(("Farah Qureshi-Lund", "fqureshi@lakeshore-health.example.org"),
                   ("BH Quality Committee", "bh-quality@lakeshore-health.example.org"),
                   "Behavioral Health Quality Committee - October",
                   datetime(2025, 9, 24, 10, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-vet-reminder-related-png",
     "veterinary reminder to a named owner about her dog's vaccines, dental cleaning and carprofen refill (not human health care)")
def n_vet():
    plain = ("Hi Colleen,\n\nBiscuit is due for a few things this month:\n"
             " - Rabies booster (3-year) - due 10/12\n - DHPP booster - due 10/12\n"
             " - Dental cleaning under anesthesia - pre-anesthetic bloodwork first\n"
             " - Carprofen 75 mg chewables - refill ready for pickup\n\n"
             "Book online or call 555-0168.\n\nMaplewood Animal Hospital\n")
    html = ("<html><body style=\"font-family:Trebuchet MS\">"
            "<p><img src=\"cid:paw@maplewood-vet.example.com\" width=\"20\" height=\"20\" alt=\"\"> "
            "<b>Maplewood Animal Hospital</b></p>"
            "<p>Hi Colleen,</p><p><b>Biscuit</b> (canine, 7 yrs, beagle mix) is due for a few things this month:</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><th>Service</th><th>Due</th></tr>"
            "<tr><td>Rabies booster (3-year)</td><td>10/12</td></tr>"
            "<tr><td>DHPP booster</td><td>10/12</td></tr>"
            "<tr><td>Dental cleaning under anesthesia (bloodwork first)</td><td>this month</td></tr>"
            "<tr><td>Carprofen 75 mg chewables (Rx #V-22018)</td><td>refill ready</td></tr></table>"
            "<p>Book online or call 555-0168.</p></body></html>\n")
    related = multi("related", [
        text(html, subtype="html", cte="quoted-printable"),
        leaf("image/png", png(20, 20, seed=33), cte="base64", filename="paw.png", disp="inline",
             extra=["Content-ID: <paw@maplewood-vet.example.com>"]),
    ], params=['type="text/html"'])
    body = multi("alternative", [text(plain), related])
    return message(("Maplewood Animal Hospital", "reminders@maplewood-vet.example.com"),
                   ("Colleen Przybylski", "colleen.p@mailbox.example.net"),
                   "Biscuit is due for vaccines",
                   datetime(2025, 10, 1, 9, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-coworker-birthday-dob",
     "office birthday note with a coworker's full date of birth and a radiology department signature; no health content")
def n_birthday():
    body = text("Hi all,\n\n"
                "Cake in the breakroom at 3! It's Priya Natarajan-Okafor's birthday today - she\n"
                "gave permission to share that she was born 10/03/1985, so yes, the big 4-0.\n"
                "Card is at the front desk if you haven't signed.\n\n"
                "Also reminder the scanner room badge reader is fixed.\n\n"
                "Marnie\n\nMarnie Soltani | Front Desk Lead, Imaging | Lakeshore Regional Health\n"
                "Phone 555-0151 | Fax 555-0153\n")
    return message(("Marnie Soltani", "msoltani@lakeshore-health.example.org"),
                   ("Imaging Front Desk", "imaging-frontdesk@lakeshore-health.example.org"),
                   "Birthday cake at 3 - Priya turns 40!",
                   datetime(2025, 10, 3, 10, 15, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-part-number-ssn-like-shipping",
     "shipping confirmation for infusion-pump tubing; part number 410-52-8821 looks like an SSN; tracking and PO numbers only")
def n_shipping():
    plain = ("Your order has shipped!\n\n"
             "Order: SO-2025-448120     PO: LRH-PO-7781344\n"
             "Carrier: Ground   Tracking: 1Z9X55W40312204481\n\n"
             "Items\n"
             "  410-52-8821  Infusion pump administration set, 20 drop, 105 in, 48/cs   qty 6 cs\n"
             "  410-52-8830  Secondary set w/ needle-free valve, 48/cs                   qty 2 cs\n"
             "  221-07-1140  Pole clamp, universal                                      qty 10\n\n"
             "Ship to: Lakeshore Regional Health, Central Supply Dock 3, Fairhaven IL\n\n"
             "Questions: 555-0198\n")
    html = ("<html><body><h3>Your order has shipped!</h3>"
            "<p>Order: SO-2025-448120 &middot; PO: LRH-PO-7781344<br>Tracking: <a href=\"https://track.medline-dist.example.com/1Z9X55W40312204481\">1Z9X55W40312204481</a></p>"
            "<table border=\"1\" cellpadding=\"3\"><tr><th>Part #</th><th>Description</th><th>Qty</th></tr>"
            "<tr><td>410-52-8821</td><td>Infusion pump administration set, 20 drop, 105 in, 48/cs</td><td>6 cs</td></tr>"
            "<tr><td>410-52-8830</td><td>Secondary set w/ needle-free valve, 48/cs</td><td>2 cs</td></tr>"
            "<tr><td>221-07-1140</td><td>Pole clamp, universal</td><td>10</td></tr></table>"
            "<p>Ship to: Lakeshore Regional Health, Central Supply Dock 3</p></body></html>\n")
    body = multi("alternative", [text(plain), text(html, subtype="html", cte="quoted-printable")])
    return message(("MedLine Distribution", "orders@medline-dist.example.com"),
                   ("Central Supply", "central-supply@lakeshore-health.example.org"),
                   "Shipped: SO-2025-448120 (PO LRH-PO-7781344)",
                   datetime(2025, 9, 22, 13, 33, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-csv-hiv-surveillance-aggregate",
     "county health department quarterly HIV surveillance CSV: aggregate counts and suppression rates, small cells suppressed")
def n_hiv_surv():
    rows = [
        "quarter,age_group,sex_at_birth,transmission_category,new_diagnoses,linked_to_care_30d_pct,virally_suppressed_pct",
        "2025Q2,13-24,M,MMSC,11,82,",
        "2025Q2,13-24,F,Heterosexual contact,<5,,",
        "2025Q2,25-34,M,MMSC,19,89,",
        "2025Q2,25-34,F,Heterosexual contact,6,83,",
        "2025Q2,25-34,ALL,PWID,<5,,",
        "2025Q2,35-44,M,MMSC,9,78,",
        "2025Q2,35-44,ALL,Heterosexual contact,7,86,",
        "2025Q2,45+,ALL,ALL,8,75,",
        "2025Q2,ALL,ALL,ALL,66,84,",
        "2025Q2,PREVALENT,ALL,ALL,2113,,88",
    ]
    body = multi("mixed", [
        text("Partners,\n\nThe Q2 2025 HIV surveillance tables for Harlan County are attached (CSV).\n"
             "Counts under 5 are suppressed. New diagnoses were 66 (Q1: 71). Linkage to care\n"
             "within 30 days was 84%, and 88% of people living with diagnosed HIV were virally\n"
             "suppressed at last test.\n\n"
             "The PrEP equity workgroup meets 10/20; data requests to epi@harlancounty-health.example.gov.test.\n\n"
             "Dr. Maureen Achterhof\nEpidemiologist, Harlan County Health Department\n555-0108\n"),
        leaf("text/csv", to_crlf("\n".join(rows) + "\n").encode("ascii"), cte="7bit",
             filename="hiv_surveillance_2025Q2.csv", disp="attachment", ctparams=['charset="us-ascii"']),
    ])
    return message(("Harlan County Epidemiology", "epi@harlancounty-health.example.gov.test"),
                   ("HIV Prevention Partners", "hiv-partners@harlancounty-health.example.gov.test"),
                   "Q2 2025 HIV surveillance tables",
                   datetime(2025, 9, 15, 9, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-html-overdose-dashboard",
     "HTML-only weekly overdose dashboard: suspected opioid overdose ED visits and naloxone administrations by ZIP, aggregate")
def n_od_dash():
    rows = [("60997", 14, 9, 3), ("60998", 8, 6, 1), ("60999", 21, 17, 4), ("60990", 5, 3, "&lt;3"), ("Other/unknown", 4, 2, "&lt;3")]
    tr = "\n".join("<tr><td>%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td><td align=\"right\">%s</td></tr>" % r for r in rows)
    html = ("<html><body style=\"font-family:Arial;font-size:13px\">\n"
            "<h2 style=\"color:#7a1f1f\">Harlan County Overdose Surveillance &ndash; Week 38 (Sep 14&ndash;20, 2025)</h2>\n"
            "<p>Suspected opioid overdose ED visits: <b>52</b> (prior week 47, 8-week mean 44). "
            "Alert threshold exceeded in ZIP 60999.</p>\n"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
            "<tr style=\"background:#eee\"><th>ZIP</th><th>ED visits (suspected opioid OD)</th>"
            "<th>EMS naloxone administrations</th><th>Deaths (provisional)</th></tr>\n" + tr + "\n</table>\n"
            "<p>Xylazine detected in 38% of tested drug-checking samples this month. Free naloxone: "
            "any county clinic or vending machine (map on the county site).</p>\n"
            "<p style=\"font-size:11px;color:#666\">Aggregate syndromic data; counts under 3 suppressed. "
            "Harlan County Health Department, 555-0108.</p>\n</body></html>\n")
    body = text(html, subtype="html", cte="base64")
    return message(("Harlan County Health Department", "od-dashboard@harlancounty-health.example.gov.test"),
                   ("Dashboard Subscribers", "od-subscribers@harlancounty-health.example.gov.test"),
                   "Overdose dashboard - week 38",
                   datetime(2025, 9, 22, 7, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-display-name-methadone-to-vendor",
     "methadone clinic front-desk display name writing to a printer vendor about a jammed ticket printer; no patient")
def n_methadone_vendor():
    body = text("Hi,\n\nThe queue ticket printer at our dosing window (model QT-220, serial\n"
                "QX-22041877) jams every 20-30 tickets since the firmware update on Monday.\n"
                "We've cleaned the cutter and tried two paper rolls from different boxes.\n"
                "Can someone call us before 11 AM or after 2 PM? Mornings are our busiest time.\n\n"
                "Thanks,\nLeticia\nFront Desk, Riverbend Recovery Center\n555-0147\n")
    return message(("Riverbend Methadone Clinic Front Desk", "frontdesk@riverbend-recovery.example.org"),
                   ("QueueTech Support", "support@queuetech.example.com"),
                   "QT-220 jamming after firmware update",
                   datetime(2025, 9, 24, 11, 20, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-display-name-oncology-billing-vendor",
     "'Oncology Billing' display name writing to a clearinghouse about 837 upload timeouts; batch IDs only, no patient")
def n_onc_vendor():
    body = text("Hello ClaimBridge support,\n\n"
                "Since Friday our 837P batch uploads time out after about 90 seconds. Batch\n"
                "CB-0925-0041 (312 claims) finally went through on the 4th try; CB-0929-0007\n"
                "hasn't gone through at all. No 999 rejects, just the timeout in the browser.\n"
                "We're on the SFTP fallback for now.\n\n"
                "Could you check whether the file size limit changed?\n\n"
                "Thank you,\nOncology Billing\nLakeshore Regional Health\n555-0116\n")
    return message(("Oncology Billing", "onc-billing@lakeshore-health.example.org"),
                   ("ClaimBridge Support", "support@claimbridge.example.net"),
                   "837P uploads timing out since Friday",
                   datetime(2025, 9, 29, 9, 44, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-newsletter-brca-education-related",
     "genetics education newsletter (multipart/related, inline PNG) about BRCA, Lynch syndrome and carrier screening; no individual")
def n_newsletter_gen():
    html = """<html><head><meta charset="utf-8"><title>Family Health Matters</title></head>
<body style="font-family:Georgia,serif;max-width:640px;margin:auto;color:#2b2b2b">
<p><img src="cid:banner-fhm-0925" width="64" height="16" alt="Family Health Matters"></p>
<h1 style="font-size:22px">Family Health Matters &ndash; October</h1>
<h2 style="font-size:17px">Is hereditary cancer risk part of your family story?</h2>
<p>About 5&ndash;10% of cancers are linked to inherited changes in genes such as <b>BRCA1</b>, <b>BRCA2</b>,
<b>PALB2</b> or the Lynch syndrome genes (<b>MLH1, MSH2, MSH6, PMS2</b>). Signs that a family may carry one
include several relatives with breast, ovarian, colon or uterine cancer, cancer diagnosed before age 50,
or a relative who already tested positive.</p>
<p>Genetic counselling helps people decide whether testing makes sense and what the results could mean
for them and their relatives. Federal law (GINA) limits how health insurers and employers can use
genetic information.</p>
<h2 style="font-size:17px">Planning a pregnancy? About carrier screening</h2>
<p>Carrier screening looks for recessive conditions such as cystic fibrosis, spinal muscular atrophy
and fragile X. Most carriers have no symptoms. Professional societies now suggest offering it to
everyone who is pregnant or planning a pregnancy, not only to people with a family history.</p>
<h2 style="font-size:17px">Upcoming free webinars</h2>
<ul><li>Oct 14, 6 PM &ndash; &ldquo;Your family tree and your health&rdquo;</li>
<li>Oct 28, 6 PM &ndash; &ldquo;Questions to ask before a genetic test&rdquo;</li></ul>
<p style="font-size:11px;color:#777">This newsletter is general education and is not medical advice.
You are receiving it because you subscribed at a Lakeshore community event.
Unsubscribe: reply STOP. Lakeshore Regional Health Community Education, 555-0110.</p>
</body></html>
"""
    related = multi("related", [
        text(html, subtype="html", cte="quoted-printable"),
        leaf("image/png", png(64, 16, seed=44), cte="base64", filename="banner.png", disp="inline",
             extra=["Content-ID: <banner-fhm-0925>"]),
    ], params=['type="text/html"'])
    plain = ("Family Health Matters - October\n\n"
             "Is hereditary cancer risk part of your family story? About 5-10% of cancers are\n"
             "linked to inherited changes in genes such as BRCA1, BRCA2, PALB2 or the Lynch\n"
             "syndrome genes. Genetic counselling helps people decide whether testing makes\n"
             "sense. Planning a pregnancy? Carrier screening looks for conditions such as\n"
             "cystic fibrosis, SMA and fragile X.\n\n"
             "Webinars: Oct 14 and Oct 28, 6 PM.\n\nUnsubscribe: reply STOP.\n")
    body = multi("alternative", [text(plain), related])
    return message(("Lakeshore Community Education", "newsletter@lakeshore-health.example.org"),
                   ("Family Health Matters subscribers", "fhm-list@lakeshore-health.example.org"),
                   "Family Health Matters: hereditary cancer & carrier screening",
                   datetime(2025, 9, 30, 6, 0, 0, tzinfo=tz(-5)), body,
                   extra=["List-Unsubscribe: <mailto:newsletter@lakeshore-health.example.org?subject=STOP>",
                          "Precedence: bulk"])


@reg("none", "trap-interface-config-pid3-mrn",
     "interface mapping YAML attachment naming fields PID-3, mrn, dob, DG1-3, OBX-5 and a Part 2 consent flag; configuration only")
def n_config():
    yml = """# route: HALCYON_ADT -> REGISTRY_V3   (owner: integration@lakeshore-health.example.org)
version: 3.2
source:
  type: hl7v2
  version: "2.5.1"
  events: [A01, A03, A04, A08, A40]
mapping:
  mrn:            PID-3.1   # first repetition where PID-3.5 == MR
  mrn_authority:  PID-3.4
  ssn_last4:      PID-19    # mask to last 4, never store full
  family_name:    PID-5.1
  given_name:     PID-5.2
  dob:            PID-7     # format YYYYMMDD
  sex:            PID-8
  dx_codes:       DG1-3.1   # repeat; ICD-10-CM
  dx_type:        DG1-6
  obs_value:      OBX-5
filters:
  # 42 CFR Part 2: drop encounters from SUD programs unless consent flag present
  - drop_if: "PV1-3.1 in ['OTP','SUDIOP'] and not ZCN-2 == 'Y'"
  # behavioral health notes never go to the registry
  - drop_if: "TXA-2 in ['PN','PSYNOTE']"
output:
  format: csv
  delimiter: ";"
  path: /data/registry/in/adt_{date}.csv
"""
    body = multi("mixed", [
        text("Proposed v3.2 mapping for the registry route attached. Main change is the two\n"
             "new drop filters (Part 2 programs without consent, psych notes). Please review\n"
             "before CAB on Tuesday.\n\nChidinma\n"),
        leaf("application/yaml", to_crlf(yml).encode("utf-8"), cte="quoted-printable",
             filename="halcyon_adt_registry_v3.2.yaml", disp="attachment", ctparams=['charset="utf-8"']),
    ])
    return message(("Chidinma Obi", "cobi@lakeshore-health.example.org"),
                   ("Integration Team", "integration@lakeshore-health.example.org"),
                   "registry route mapping v3.2 for CAB",
                   datetime(2025, 9, 26, 16, 10, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-ehr-release-notes-prep-orderset",
     "EHR release notes mentioning MRN truncation fix, PrEP order panel, buprenorphine order set and BRCA result component; software only")
def n_release_notes():
    plain = """Halcyon EHR 24.3.2 - Release Notes
=================================
Deployment: Sat 10/11 01:00-05:00 CT (downtime procedures in effect)

New
 * Order panel "HIV PrEP - initiation and 90-day monitoring" (ambulatory),
   built from the ID department's September request.
 * Buprenorphine home-induction order set: updated default quantity and
   removed the obsolete DATA-waiver attestation field.
 * Genomics: new discrete result component for germline BRCA1/BRCA2 variant
   classification so results file to the Genomic Indicators section.

Fixed
 * HAL-22817  MRN field truncated to 9 characters in ADT A08 outbound when
              the facility prefix was present.
 * HAL-22904  DOB displayed in UTC on the patient banner for users in
              Pacific time.
 * HAL-23011  Medication reconciliation sidebar froze with >60 home meds.

Full change log
---------------
Ambulatory
 * HAL-22610  Visit navigator: "Close encounter" button moved below the LOS
              section so it is no longer hidden on 13-inch screens.
 * HAL-22655  Letters: new "Referral acknowledgement" template for specialty
              clinics; uses the referring provider's preferred fax.
 * HAL-22701  SmartPhrase .FUTURELABS now lists standing orders with their
              expiration date.
 * HAL-22733  In Basket: result messages can be filtered by "abnormal only".
 * HAL-22790  Telehealth: the waiting-room link is resent automatically if the
              patient has not joined 5 minutes after the start time.
 * HAL-22812  Immunization forecaster updated to the 2025-26 adult schedule.
Inpatient
 * HAL-22588  MAR: PRN reassessment reminder now fires at 60 minutes for IV
              and 90 minutes for oral doses (was 60 for both).
 * HAL-22640  Flowsheets: Braden and Morse rows show the previous shift value
              in grey.
 * HAL-22677  Discharge navigator: the follow-up appointment section pulls in
              referrals that are still "pending scheduling".
 * HAL-22745  Transfer center: bed request comments are no longer truncated at
              255 characters.
 * HAL-22802  Handoff (I-PASS) report prints on one page for up to 12 patients.
Orders
 * HAL-22599  Order sets: favourites can be shared with a department.
 * HAL-22668  Duplicate-order warning suppressed for standing lab orders placed
              by protocol.
 * HAL-22714  IV fluid orders default to "until discontinued" only when a rate
              is entered.
 * HAL-22829  Antimicrobial stewardship prompt after 72 h now includes culture
              results in the same window.
Pharmacy
 * HAL-22623  Verification queue: sort by "time since ordered".
 * HAL-22688  Dispensing cabinet override report adds the override reason text.
 * HAL-22751  Shortage substitution rules can be set per dispensing location.
 * HAL-22870  Compounded product labels print the beyond-use date in bold.
Lab and imaging
 * HAL-22604  Specimen labels: 2D barcode size increased for the new printers.
 * HAL-22697  Add-on test requests show the remaining specimen stability time.
 * HAL-22760  Radiology protocoling worklist: filter by modality and priority.
 * HAL-22845  Critical result call log requires read-back confirmation.
Revenue cycle
 * HAL-22615  Charge review: edits grouped by payer rule.
 * HAL-22709  Claim scrubber: NCCI edit table updated for Q4.
 * HAL-22777  Statements: payment-plan balance shown separately.
 * HAL-22858  Eligibility check runs again automatically 3 days before a
              scheduled visit.
Interfaces
 * HAL-22631  Outbound ORU: OBX-14 populated with the observation date/time.
 * HAL-22702  Inbound SIU: AIL segments with an empty location no longer drop
              the appointment from the department worklist.
 * HAL-22766  ADT A40 merge messages carry the prior MRN in MRG-1 for all
              facilities.
 * HAL-22891  FHIR API: DocumentReference search by type and period.
Security and platform
 * HAL-22577  Idle timeout on shared workstations reduced to 10 minutes.
 * HAL-22694  Break-the-glass reason list updated.
 * HAL-22811  Client update: Windows 11 24H2 certified.
 * HAL-22903  TLS 1.0/1.1 disabled on all remaining endpoints.

Known issues
 * Printing from the OB flowsheet may cut off the last column on letter paper.
 * Some users may need to re-pin favourite reports after the upgrade.
 * The "what's new" banner may appear twice on the first login.

Downtime procedures
 * Read-only (BCA) workstations are available on every unit; paper downtime
   forms are in the red binders.
 * Orders written during downtime must be entered by the ordering provider
   within 4 hours of recovery.
 * Lab results during downtime will be phoned for criticals and printed to
   the unit printer for all others.

Questions: ehr-support@lakeshore-health.example.org or x0135 (555-0135)
"""
    html = "<html><body><pre style=\"font-family:Consolas,monospace\">" + plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>\n"
    body = multi("alternative", [text(plain), text(html, subtype="html", cte="quoted-printable")])
    return message(("EHR Applications", "ehr-support@lakeshore-health.example.org"),
                   ("All EHR Users", "all-ehr-users@lakeshore-health.example.org"),
                   "Halcyon EHR 24.3.2 release notes - go-live Sat 10/11",
                   datetime(2025, 10, 6, 14, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-job-posting-addiction-psych-np",
     "HTML job posting for a psychiatric NP in addiction medicine (MOUD, IOP); recruiting mail, no patient")
def n_job():
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<h2>Now hiring: Psychiatric Mental Health Nurse Practitioner &ndash; Addiction Medicine</h2>
<p><b>Riverbend Recovery Center</b> &middot; Fairhaven, IL &middot; Full time (0.9&ndash;1.0 FTE)</p>
<p>Join a team that treats opioid and alcohol use disorders with medications and counseling.
You will:</p>
<ul>
<li>Provide psychiatric evaluations for adults in our OTP and intensive outpatient program (IOP)</li>
<li>Start and manage buprenorphine, extended-release naltrexone and methadone in collaboration with our medical director</li>
<li>Treat co-occurring depression, PTSD and anxiety disorders</li>
<li>Take part in contingency management and group supervision</li>
</ul>
<p><b>Requirements:</b> PMHNP-BC, active state APRN license, DEA registration, 2+ years psychiatric experience.</p>
<p><b>Pay:</b> $148,000&ndash;$172,000, loan repayment eligible, no overnight call.</p>
<p>Apply by 10/31: <a href="https://careers.riverbend-recovery.example.org/jobs/pmhnp-2025-09">careers.riverbend-recovery.example.org</a>
or contact Talent Acquisition, 555-0149.</p>
<p style="font-size:11px;color:#888">Riverbend Recovery Center is an equal opportunity employer.</p>
</body></html>
"""
    body = text(html, subtype="html", cte="quoted-printable")
    return message(("Riverbend Talent Acquisition", "careers@riverbend-recovery.example.org"),
                   ("PMHNP Job Alerts", "pmhnp-alerts@nursejobs.example.net"),
                   "Job: PMHNP - Addiction Medicine (Fairhaven, IL)",
                   datetime(2025, 9, 18, 8, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-conference-ivf-ics-bilingual",
     "bilingual EN/FR conference announcement on fertility/IVF and contraception research with a PUBLISH .ics; no individual")
def n_conf():
    t = ("Midwest Reproductive Medicine Symposium 2026 / Symposium de m\u00e9decine reproductive\n\n"
         "March 12-13, 2026 - Fairhaven Convention Center\n\n"
         "Topics: IVF laboratory quality, elective egg freezing outcomes, PGT-A debates,\n"
         "long-acting reversible contraception access, male factor infertility.\n"
         "Abstract deadline: December 1, 2025.\n\n"
         "Th\u00e8mes : qualit\u00e9 du laboratoire de FIV, r\u00e9sultats de la vitrification ovocytaire,\n"
         "d\u00e9bats sur le DPI-A, acc\u00e8s \u00e0 la contraception r\u00e9versible de longue dur\u00e9e.\n"
         "Date limite des r\u00e9sum\u00e9s : 1er d\u00e9cembre 2025.\n\n"
         "Registration / Inscription : https://mrms2026.example.org\n"
         "Contact : 555-0185\n")
    cal = ics([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//MRMS//Events//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:mrms2026-main@mrms2026.example.org",
        "DTSTAMP:20250915T120000Z",
        "DTSTART;VALUE=DATE:20260312",
        "DTEND;VALUE=DATE:20260314",
        "SUMMARY:Midwest Reproductive Medicine Symposium 2026 / Symposium de m\u00e9decine reproductive",
        "LOCATION:Fairhaven Convention Center",
        "URL:https://mrms2026.example.org",
        "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", [
        text(t, cte="quoted-printable"),
        text(cal, subtype="calendar", cte="quoted-printable", ctparams=["method=PUBLISH"],
             filename="MRMS2026.ics", disp="attachment"),
    ])
    return message(("MRMS 2026 Secretariat", "secretariat@mrms2026.example.org"),
                   ("Members", "members@mrms2026.example.org"),
                   "Call for abstracts \u2013 MRMS 2026 / Appel \u00e0 r\u00e9sum\u00e9s",
                   datetime(2025, 9, 15, 12, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-fwd-fwd-sertraline-recall",
     "two-deep forward of a manufacturer recall notice for sertraline lots; pharmacy operations, no patient")
def n_recall():
    notice = ("URGENT: VOLUNTARY DRUG RECALL - PHARMACY LEVEL\n\n"
              "Product: Sertraline HCl Tablets USP, 50 mg, 90-count bottles\n"
              "NDC: 55555-0722-90\n"
              "Lots: SRT24B117, SRT24B118 (exp 03/2027)\n\n"
              "Reason: a bottle label in these lots may list the strength as 100 mg. Tablets\n"
              "are 50 mg as debossed. No adverse events have been reported.\n\n"
              "Action: stop dispensing, quarantine affected lots, return via the reverse\n"
              "distributor using RA# RC-25-0917. Patient-level recall is NOT required.\n\n"
              "Kestrel Generics Quality Assurance - 555-0199\n")
    inner2 = message(("Kestrel Generics QA", "qa-recalls@kestrel-generics.example.com"),
                     ("Wholesale Customers", "customers@kestrel-generics.example.com"),
                     "URGENT: Voluntary recall - sertraline 50 mg lots SRT24B117/118",
                     datetime(2025, 9, 17, 8, 0, 0, tzinfo=tz(-4)), text(notice))
    inner1 = message(("Northpoint Purchasing", "purchasing@northpointrx.example.com"),
                     ("Northpoint Pharmacy Managers", "rx-managers@northpointrx.example.com"),
                     "FW: URGENT: Voluntary recall - sertraline 50 mg lots SRT24B117/118",
                     datetime(2025, 9, 17, 9, 30, 0, tzinfo=tz(-5)),
                     multi("mixed", [text("All stores: please check for these two lots today.\n\nPurchasing\n"),
                                     attach_message(inner2)]))
    outer = multi("mixed", [
        text("Team - pls pull these from the shelf and the will-call bins before close and\n"
             "log it on the recall sheet. We had one bottle of SRT24B118 last week.\n\n"
             "Denise\n"),
        attach_message(inner1, filename="recall.eml", disp="attachment"),
    ])
    return message(("Denise Moreau", "dmoreau@northpointrx.example.com"),
                   ("Store 214 Staff", "store214@northpointrx.example.com"),
                   "Fwd: FW: URGENT: Voluntary recall - sertraline 50 mg",
                   datetime(2025, 9, 17, 10, 5, 0, tzinfo=tz(-5)), outer)


@reg("none", "trap-qp-drug-shortage-memo",
     "P&T shortage memo (QP, soft breaks inside drug names) on lisdexamfetamine, amoxicillin suspension and IV fluids; formulary guidance only")
def n_shortage():
    S = SOFT
    t = ("PHARMACY & THERAPEUTICS - SHORTAGE UPDATE #2025-14\n\n"
         "1) Lisdexam" + S + "fetamine capsules (all strengths): wholesaler allocation continues through "
         "November. Prescribers may consider mixed amphetamine salts ER or methylphenidate ER where clinically "
         "appropriate. Do not switch stable patients without a visit.\n\n"
         "2) Amoxi" + S + "cillin oral suspension 400 mg/5 mL: limited. Pharmacy will substitute 250 mg/5 mL "
         "and adjust volume; use chewable tablets for children over 25 kg.\n\n"
         "3) 0.9% sodium chloride 1,000 mL bags: conservation in effect. Oral hydration first; "
         "IV push instead of piggyback for compatible antibiotics (list on the intranet).\n\n"
         "4) Semaglu" + S + "tide pens: back to normal supply.\n\n"
         "Questions: Drug Information Service, 555-0196.\n\n"
         "Olumide Grace-Harrington, PharmD, BCPS\nChair, P&T Committee\n")
    body = text(t, cte="quoted-printable")
    return message(("P&T Committee", "pt-committee@lakeshore-health.example.org"),
                   ("Medical Staff", "medstaff@lakeshore-health.example.org"),
                   "Shortage update #2025-14 (lisdexamfetamine, amoxicillin susp, NS bags)",
                   datetime(2025, 9, 23, 12, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-badge-employee-id-eap-footer",
     "HR/security note with an employee ID about badge pickup; the footer is a generic EAP counseling banner, not about the employee")
def n_badge():
    body = multi("alternative", [
        text("Hi Tobias,\n\nYour replacement badge (Employee ID 204417) is ready for pickup at\n"
             "Security, 2nd floor of the Morrow Building, Mon-Fri 7:00-17:00. Bring your old\n"
             "badge if you find it; otherwise we'll deactivate it at pickup.\n\n"
             "Your parking tag for Garage C is linked to the new badge.\n\n"
             "Corporate Security | 555-0103\n\n"
             "----\nYour Employee Assistance Program offers free, confidential counseling for\n"
             "stress, anxiety, depression, grief and substance use - for you and your family.\n"
             "Call 555-0107 any time.\n"),
        text("<p>Hi Tobias,</p><p>Your replacement badge (<b>Employee ID 204417</b>) is ready for pickup at "
             "Security, 2nd floor of the Morrow Building, Mon&ndash;Fri 7:00&ndash;17:00. Bring your old badge "
             "if you find it; otherwise we&#39;ll deactivate it at pickup.</p><p>Your parking tag for Garage C "
             "is linked to the new badge.</p><p>Corporate Security | 555-0103</p><hr>"
             "<p style=\"font-size:11px\">Your Employee Assistance Program offers free, confidential counseling "
             "for stress, anxiety, depression, grief and substance use &ndash; for you and your family. "
             "Call 555-0107 any time.</p>\n", subtype="html", cte="quoted-printable"),
    ])
    return message(("Corporate Security", "security@lakeshore-health.example.org"),
                   ("Tobias Wendt-Amari", "twendtamari@lakeshore-health.example.org"),
                   "Replacement badge ready for pickup",
                   datetime(2025, 9, 23, 14, 20, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-pdf-lab-fee-schedule",
     "reference lab's client fee schedule PDF (uncompressed) listing CPT prices for BRCA, HIV, CT/NG tests; B2B pricing")
def n_fee_schedule():
    items = [
        ("80053", "Comprehensive metabolic panel", "$9.80"),
        ("83036", "Hemoglobin A1c", "$8.25"),
        ("85025", "CBC with automated differential", "$6.90"),
        ("87389", "HIV-1/2 antigen/antibody, 4th generation", "$18.40"),
        ("87536", "HIV-1 RNA quantification (viral load)", "$96.00"),
        ("87491", "Chlamydia trachomatis NAAT", "$32.10"),
        ("87591", "Neisseria gonorrhoeae NAAT", "$32.10"),
        ("81162", "BRCA1/BRCA2 full sequence + del/dup", "$675.00"),
        ("81220", "CFTR common variants (carrier)", "$142.00"),
        ("81329", "SMN1 copy number (carrier)", "$118.00"),
        ("88305", "Surgical pathology, level IV", "$41.00"),
    ]
    lines = ["# Cedar Valley Labs - 2026 Client Fee Schedule",
             "Effective 01/01/2026 - for contracted physician practices (client bill)",
             "", "## CPT     Test                                                Price"]
    lines += ["%-7s %-52s %s" % it for it in items]
    lines += ["", "Prices exclude specimen collection and courier fees.",
              "Questions: Client Services 555-0140."]
    body = multi("mixed", [
        text("Dear client,\n\nAttached is our 2026 client-bill fee schedule. Prices for molecular\n"
             "carrier screening and BRCA sequencing dropped about 12%. Please update your\n"
             "practice management system before January.\n\n"
             "Cedar Valley Labs - Client Services\n555-0140\n"),
        binary("application/pdf", pdf([lines], flate=False, title="2026 Client Fee Schedule"),
               "CVL_2026_client_fee_schedule.pdf"),
    ])
    return message(("Cedar Valley Labs Client Services", "clientservices@cedarvalleylab.example.net"),
                   ("Westgate Practice Manager", "pm@westgatefm.example.com"),
                   "2026 client fee schedule",
                   datetime(2025, 10, 1, 10, 30, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-rfc2231-dienstplan-psychiatrie",
     "German psychiatric ward staff duty roster (CSV, RFC 2231 UTF-8 file name, 8bit body): staff names and shifts, no patients")
def n_dienstplan():
    rows = [
        "Datum;Früh (6:00–14:15);Spät (13:45–22:00);Nacht (21:45–6:15);Rufdienst Arzt",
        "06.10.2025;Schulze-Berndt, Anja / Okafor, Emeka;Hübner, Lars / Çelik, Derya;Pawlak, Iwona;Dr. Brückner-Yilmaz",
        "07.10.2025;Schulze-Berndt, Anja / Nguyen, Thi Mai;Hübner, Lars / Çelik, Derya;Pawlak, Iwona;Dr. Brückner-Yilmaz",
        "08.10.2025;Okafor, Emeka / Nguyen, Thi Mai;Lindqvist, Sören / Çelik, Derya;Ferreira, Joana;Dr. Albers",
        "09.10.2025;Okafor, Emeka / Nguyen, Thi Mai;Lindqvist, Sören / Hübner, Lars;Ferreira, Joana;Dr. Albers",
        "10.10.2025;Schulze-Berndt, Anja / Pawlak, Iwona;Lindqvist, Sören / Hübner, Lars;Ferreira, Joana;Dr. Albers",
    ]
    t = ("Hallo zusammen,\n\n"
         "anbei der Dienstplan für Station P2 (Allgemeinpsychiatrie) für die KW 41.\n"
         "Tauschwünsche bitte bis Freitag an mich. Die Fortbildung \u201eDeeskalation\u201c am\n"
         "08.10. zählt als Arbeitszeit.\n\n"
         "Grüße\nSören Lindqvist\nStationsleitung P2 · Tel. 0555 0101-52\n")
    body = multi("mixed", [
        text(t, cte="8bit"),
        leaf("text/csv", to_crlf("\n".join(rows) + "\n").encode("utf-8"), cte="base64",
             filename="Dienstplan_Station_P2_KW41_(06.10.\u201310.10.).csv", disp="attachment",
             style="2231", ctparams=['charset="utf-8"']),
    ])
    return message(("S\u00f6ren Lindqvist", "s.lindqvist@klinikum-nordheim.example.de.test"),
                   ("Team Station P2", "team-p2@klinikum-nordheim.example.de.test"),
                   "Dienstplan P2 KW 41",
                   datetime(2025, 9, 30, 13, 0, 0, tzinfo=tz(2)), body)


@reg("none", "trap-order-confirmation-clinic-supplies",
     "order confirmation for clinic consumables (speculums, urine cups, sharps containers) shipped to a practice; tracking number only")
def n_order():
    plain = ("Thank you for your order, Westgate Family Medicine!\n\n"
             "Order #WS-1190-44721   Account: 88120   Placed: 09/25/2025\n\n"
             "  2 x Disposable vaginal speculum, medium, 100/bx           $118.00\n"
             "  4 x Urine specimen cup 4 oz, sterile, 100/cs              $ 96.00\n"
             "  6 x Sharps container 2 gal, red                           $ 47.40\n"
             "  3 x Exam table paper 21in x 225ft, 12/cs                  $ 89.70\n"
             "  1 x Urine pregnancy test strips, 50/bx                    $ 22.50\n\n"
             "Subtotal $373.60   Shipping FREE   Tax $0.00 (exempt)\n\n"
             "Estimated delivery: Mon 09/29. Tracking: 9400 1000 0000 0000 4472 10\n\n"
             "WellSource Medical Supply - 555-0195\n")
    body = multi("alternative", [
        text(plain),
        text("<html><body><h2>Thank you for your order!</h2><p>Order <b>#WS-1190-44721</b> &middot; "
             "Account 88120</p><table border=\"1\" cellpadding=\"3\" style=\"border-collapse:collapse\">"
             "<tr><td>2</td><td>Disposable vaginal speculum, medium, 100/bx</td><td>$118.00</td></tr>"
             "<tr><td>4</td><td>Urine specimen cup 4 oz, sterile, 100/cs</td><td>$96.00</td></tr>"
             "<tr><td>6</td><td>Sharps container 2 gal, red</td><td>$47.40</td></tr>"
             "<tr><td>3</td><td>Exam table paper 21in x 225ft, 12/cs</td><td>$89.70</td></tr>"
             "<tr><td>1</td><td>Urine pregnancy test strips, 50/bx</td><td>$22.50</td></tr></table>"
             "<p>Estimated delivery: Mon 09/29. Tracking: 9400 1000 0000 0000 4472 10</p></body></html>\n",
             subtype="html", cte="base64"),
    ])
    return message(("WellSource Medical Supply", "orders@wellsource.example.com"),
                   ("Westgate Practice Manager", "pm@westgatefm.example.com"),
                   "Order confirmation #WS-1190-44721",
                   datetime(2025, 9, 25, 15, 12, 0, tzinfo=tz(-5)), body)


@reg("none", "trap-vcard-otp-intake-coordinator",
     "vCard of an opioid treatment program intake coordinator for a referral directory; staff contact, no patient")
def n_vcard_staff():
    vc = ("BEGIN:VCARD\r\nVERSION:4.0\r\n"
          "FN:Marisol Quintanar\r\nN:Quintanar;Marisol;;;LCSW\r\n"
          "ORG:Riverbend Recovery Center;Opioid Treatment Program\r\n"
          "TITLE:Intake Coordinator - OTP & IOP\r\n"
          "TEL;TYPE=work,voice;VALUE=uri:tel:+1-312-555-0148\r\n"
          "TEL;TYPE=fax;VALUE=uri:tel:+1-312-555-0159\r\n"
          "EMAIL;TYPE=work:mquintanar@riverbend-recovery.example.org\r\n"
          "ADR;TYPE=work:;;88 Canal St;Fairhaven;IL;60999;USA\r\n"
          "NOTE:Same-day intake for methadone/buprenorphine M-F 7-11 AM. Referral fax\r\n"
          "  cover must include signed Part 2 consent.\r\n"
          "END:VCARD\r\n")
    body = multi("mixed", [
        text("Hi Jess,\n\nNice meeting you at the coalition lunch. Here's my card for your referral\n"
             "directory - fax is best for referrals, phone for questions.\n\nMarisol\n"),
        leaf("text/vcard", vc.encode("utf-8"), cte="7bit", filename="Marisol_Quintanar.vcf",
             disp="attachment", ctparams=['charset="utf-8"']),
    ])
    return message(("Marisol Quintanar", "mquintanar@riverbend-recovery.example.org"),
                   ("Jess Carrow", "jcarrow@northgate-pc.example.com"),
                   "my contact card",
                   datetime(2025, 9, 19, 13, 45, 0, tzinfo=tz(-5)), body)


@reg("none", "it-vpn-maintenance-window",
     "IT maintenance notice about VPN gateway upgrade")
def n_vpn():
    body = text("IT SERVICE NOTICE\n\n"
                "What:  Remote access VPN gateway upgrade\n"
                "When:  Sunday 10/12, 00:30-03:30 CT\n"
                "Impact: remote VPN sessions will drop and cannot reconnect during the window.\n"
                "        On-site network, Wi-Fi and the EHR are not affected.\n\n"
                "After the upgrade you will be asked to approve a new push prompt once.\n\n"
                "Service Desk: 555-0135 | servicedesk@lakeshore-health.example.org\n")
    return message(("IT Service Desk", "servicedesk@lakeshore-health.example.org"),
                   ("All Staff", "all-staff@lakeshore-health.example.org"),
                   "Maintenance: VPN gateway upgrade Sun 10/12 00:30-03:30",
                   datetime(2025, 10, 7, 16, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "facilities-garage-closure-bilingual-alt",
     "facilities notice (EN/ES, multipart/alternative, 8bit Latin-1 text) about a parking garage closure")
def n_garage():
    plain = ("Garage B will be closed Saturday 10/18 and Sunday 10/19 for resurfacing.\n"
             "Please use Garage C (shuttle every 10 minutes from level 1).\n\n"
             "El estacionamiento B estará cerrado el sábado 18 y el domingo 19 de octubre\n"
             "por repavimentación. Use el estacionamiento C (transporte cada 10 minutos).\n\n"
             "Facilities Management - 555-0102\n")
    html = ("<html><body><p><b>Garage B closed 10/18&ndash;10/19</b> for resurfacing. Use Garage C "
            "(shuttle every 10 minutes from level 1).</p><p><i>El estacionamiento B estar\u00e1 cerrado "
            "el s\u00e1bado 18 y el domingo 19 de octubre por repavimentaci\u00f3n. Use el estacionamiento C.</i></p>"
            "<p>Facilities Management &middot; 555-0102</p></body></html>\n")
    body = multi("alternative", [
        text(plain, charset="iso-8859-1", cte="8bit"),
        text(html, subtype="html", charset="iso-8859-1", cte="quoted-printable"),
    ])
    return message(("Facilities Management", "facilities@lakeshore-health.example.org"),
                   ("All Staff", "all-staff@lakeshore-health.example.org"),
                   "Garage B closed 10/18-10/19 / Estacionamiento B cerrado",
                   datetime(2025, 10, 8, 9, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "marketing-waiting-room-furniture",
     "vendor marketing HTML for waiting-room seating")
def n_marketing():
    html = """<html><body style="font-family:Arial;background:#faf7f2">
<table width="600" align="center" cellpadding="12" style="background:#fff">
<tr><td style="font-size:24px;color:#3a5a40">ComfortLine Healthcare Seating</td></tr>
<tr><td><p>Refresh your waiting room before flu season. Our <b>Harbor 3-seat beam</b> has antimicrobial
vinyl, 500&nbsp;lb capacity per seat and arms every seat for easier standing.</p>
<table cellpadding="6" border="1" style="border-collapse:collapse">
<tr><th>Model</th><th>List</th><th>Fall promo</th></tr>
<tr><td>Harbor 3-seat beam</td><td>$1,890</td><td>$1,495</td></tr>
<tr><td>Harbor bariatric chair</td><td>$940</td><td>$760</td></tr>
<tr><td>Pediatric play table</td><td>$520</td><td>$410</td></tr></table>
<p>Free delivery and install on orders over $5,000 through 11/30. Call 555-0189 or reply for a quote.</p>
<p style="font-size:10px;color:#999">ComfortLine, 40 Foundry Way, Millbrook. Unsubscribe by replying REMOVE.</p>
</td></tr></table></body></html>
"""
    body = text(html, subtype="html", cte="quoted-printable")
    return message(("ComfortLine Seating", "promo@comfortline.example.com"),
                   ("Westgate Practice Manager", "pm@westgatefm.example.com"),
                   "Fall promo: waiting room seating up to 21% off",
                   datetime(2025, 10, 2, 10, 0, 0, tzinfo=tz(-5)), body,
                   extra=["Precedence: bulk"])


@reg("none", "ics-budget-review-meeting",
     "FY26 budget review meeting invite (.ics REQUEST) for department managers")
def n_budget():
    cal = ics([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "DTSTART:20251021T150000Z", "DTEND:20251021T163000Z", "DTSTAMP:20251001T140000Z",
        "ORGANIZER;CN=Hollis Brandvold:mailto:hbrandvold@lakeshore-health.example.org",
        "UID:5q1v0e2m9t7r3k8c4b6n1p0s2d@google.example.com",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dept Managers:mailto:dept-managers@lakeshore-health.example.org",
        "DESCRIPTION:FY26 capital requests and staffing variance review. Please bring your top 3 capital items with quotes.",
        "LOCATION:Board Room\\, Morrow Building 5th floor",
        "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:FY26 budget review - department managers",
        "TRANSP:OPAQUE",
        "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", [
        multi("alternative", [
            text("FY26 budget review - department managers\nTue Oct 21, 10:00-11:30 CT, Board Room\n\n"
                 "Bring your top 3 capital items with quotes.\n"),
            text(cal, subtype="calendar", cte="7bit", ctparams=["method=REQUEST"]),
        ]),
        text(cal, subtype="calendar", cte="base64", filename="invite.ics", disp="attachment",
             ctparams=["method=REQUEST"], charset="utf-8"),
    ])
    return message(("Hollis Brandvold", "hbrandvold@lakeshore-health.example.org"),
                   ("Dept Managers", "dept-managers@lakeshore-health.example.org"),
                   "Invitation: FY26 budget review - Tue Oct 21 10am",
                   datetime(2025, 10, 1, 9, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "release-notes-shift-swap-app",
     "release notes for a staff shift-swap/rostering app")
def n_roster_notes():
    body = text("ShiftBoard 5.8 is live\n\n"
                "- Swap requests now show the other person's certification (BLS/ACLS) before you accept\n"
                "- Open shifts can be filtered by unit and by pay differential\n"
                "- Fixed: push notifications arriving twice on Android 15\n"
                "- Fixed: time-off calendar skipped the last day of months with 31 days\n\n"
                "Feedback: shiftboard@staffing-tools.example.net | Help line 555-0186\n",
                format_flowed=True)
    return message(("ShiftBoard", "updates@staffing-tools.example.net"),
                   ("Nursing Staffing Office", "staffing@lakeshore-health.example.org"),
                   "ShiftBoard 5.8 release notes",
                   datetime(2025, 9, 30, 6, 30, 0, tzinfo=tz(-5)), body)


@reg("none", "cafeteria-wellness-walk-newsletter",
     "staff newsletter about cafeteria menu changes and a charity walk")
def n_cafeteria():
    html = ("<html><body style=\"font-family:Verdana\"><h3>The Lakeshore Ledger &ndash; week of 10/13</h3>"
            "<ul><li><b>Cafeteria:</b> new salad bar opens Monday; soup of the day moves to the grill line.</li>"
            "<li><b>Fall Fun Walk:</b> Saturday 10/25, 5 km around the lake, $10 registration goes to the "
            "community food pantry. Strollers and dogs on leash welcome.</li>"
            "<li><b>Kudos:</b> to the Central Supply team for 0 stockouts in September.</li>"
            "<li><b>Reminder:</b> flu shots for employees every Tuesday in the lobby, no appointment.</li></ul>"
            "<p>Submit news: ledger@lakeshore-health.example.org &middot; 555-0110</p></body></html>\n")
    body = multi("alternative", [
        text("The Lakeshore Ledger - week of 10/13\n\n"
             "* Cafeteria: new salad bar opens Monday.\n"
             "* Fall Fun Walk: Sat 10/25, 5 km, $10 for the food pantry.\n"
             "* Kudos to Central Supply for 0 stockouts in September.\n"
             "* Employee flu shots every Tuesday in the lobby.\n"),
        text(html, subtype="html", cte="base64"),
    ])
    return message(("The Lakeshore Ledger", "ledger@lakeshore-health.example.org"),
                   ("All Staff", "all-staff@lakeshore-health.example.org"),
                   "Ledger: salad bar, Fall Fun Walk, kudos",
                   datetime(2025, 10, 10, 7, 0, 0, tzinfo=tz(-5)), body)


@reg("none", "invoice-pdf-copier-lease",
     "B2B copier lease invoice as a FlateDecode PDF")
def n_copier():
    pages = [[
        "# Brightline Office Systems - Invoice 55-20931",
        "Customer: Westgate Family Medicine    Customer no. C-4471    Date: 10/01/2025",
        "",
        "## Description                                            Amount",
        "Lease, MFP model BX-650 (serial BX650-118204), October       $189.00",
        "Overage: 2,140 B/W pages @ $0.009                            $19.26",
        "Overage: 310 color pages @ $0.06                             $18.60",
        "",
        "Total due 10/31/2025                                         $226.86",
        "",
        "Pay by ACH or check. Questions: billing@brightline-office.example.com / 555-0188",
    ]]
    body = multi("mixed", [
        text("Please find your October invoice attached.\n\nBrightline Office Systems - Billing\n"),
        binary("application/pdf", pdf(pages, flate=True, title="Invoice 55-20931"), "Invoice_55-20931.pdf"),
    ])
    return message(("Brightline Billing", "billing@brightline-office.example.com"),
                   ("Westgate Accounts Payable", "ap@westgatefm.example.com"),
                   "Invoice 55-20931 - October",
                   datetime(2025, 10, 1, 5, 0, 0, tzinfo=tz(-5)), body)


# ===========================================================================
# validation
# ===========================================================================

ALLOWED_DOMAIN = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test)$", re.I)


def check_pdf(data, errs, where):
    if not data.startswith(b"%PDF-"):
        errs.append(where + ": not a PDF")
        return
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n?$", data)
    if not m:
        errs.append(where + ": no startxref")
        return
    xo = int(m.group(1))
    if not data[xo:].startswith(b"xref\n"):
        errs.append(where + ": startxref does not point at xref")
        return
    hdr = re.match(rb"xref\n0 (\d+)\n", data[xo:])
    n = int(hdr.group(1))
    pos = xo + hdr.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        if len(ent) != 20 or not re.match(rb"\d{10} \d{5} [nf] \n", ent):
            errs.append(where + ": bad xref entry %d %r" % (i, ent))
            return
        if ent[17:18] == b"n":
            off = int(ent[:10])
            if not data[off:].startswith(b"%d 0 obj" % i):
                errs.append(where + ": xref offset wrong for obj %d" % i)
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s = data[sm.end(): sm.end() + ln]
        tail = data[sm.end() + ln: sm.end() + ln + 10]
        if not (tail.startswith(b"endstream") or tail.startswith(b"\nendstream")):
            errs.append(where + ": stream length mismatch")
        if sm.group(2):
            try:
                zlib.decompress(s)
            except zlib.error as e:
                errs.append(where + ": bad flate " + str(e))


def check_png(data, errs, where):
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        errs.append(where + ": bad PNG signature")
        return
    p, types, idat = 8, [], b""
    while p < len(data):
        ln, = struct.unpack(">I", data[p:p + 4])
        t = data[p + 4:p + 8]
        d = data[p + 8:p + 8 + ln]
        crc, = struct.unpack(">I", data[p + 8 + ln:p + 12 + ln])
        if zlib.crc32(t + d) & 0xFFFFFFFF != crc:
            errs.append(where + ": PNG CRC error in " + t.decode())
        types.append(t)
        if t == b"IDAT":
            idat += d
        p += 12 + ln
    if types[0] != b"IHDR" or types[-1] != b"IEND":
        errs.append(where + ": PNG chunk order")
    zlib.decompress(idat)


def check_hl7(data, errs, where):
    if b"\n" in data:
        errs.append(where + ": HL7 contains LF")
    for seg in data.split(b"\r"):
        if seg and not re.match(rb"^[A-Z][A-Z0-9]{2}\|", seg):
            errs.append(where + ": bad HL7 segment %r" % seg[:20])


def check_ics(txt, errs, where):
    if not txt.startswith("BEGIN:VCALENDAR\r\n") or not txt.rstrip("\r\n").endswith("END:VCALENDAR"):
        errs.append(where + ": ics envelope")
    for ln in txt.split("\r\n"):
        if "\n" in ln or "\r" in ln:
            errs.append(where + ": ics bare line break")
        if len(ln.encode("utf-8")) > 75:
            errs.append(where + ": ics line > 75 octets")


def check_privacy(s, errs, where, phones):
    for m in re.finditer(r"[\w.+-]+@((?:[\w-]+\.)+[A-Za-z][\w-]*)", s):
        if not ALLOWED_DOMAIN.search(m.group(1)):
            errs.append("%s: domain not allowed: %s" % (where, m.group(0)))
    for m in re.finditer(r"https?://([^/\s\"<>]+)", s):
        if not ALLOWED_DOMAIN.search(m.group(1)):
            errs.append("%s: url host not allowed: %s" % (where, m.group(0)))
    for m in re.finditer(r"(?<![\d-])(\d{3})[-. ](\d{4})(?![\d])", s):
        if not (m.group(1) == "555" and m.group(2).startswith("01")):
            phones.append("%s: %s" % (where, m.group(0)))


def validate(path):
    errs, phones = [], []
    raw = open(path, "rb").read()
    name = os.path.basename(path)
    if len(raw) >= 200 * 1024:
        errs.append("size %d" % len(raw))
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("non-CRLF line ending")
    if b"\x00" in raw:
        errs.append("NUL byte")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    structure = []

    def walk(part, depth, top):
        ct = part.get_content_type()
        structure.append("  " * depth + ct)
        if top:
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                if part[h] is None:
                    errs.append("missing header %s (depth %d)" % (h, depth))
        for k, v in part.raw_items():
            if any(ord(c) > 127 for c in v):
                errs.append("non-ASCII raw header %s" % k)
        for k in part.keys():
            hv = part[k]
            for d in getattr(hv, "defects", ()):
                errs.append("header defect %s: %r" % (k, d))
            check_privacy(str(hv), errs, "hdr " + k, phones)
        for d in part.defects:
            errs.append("defect %s in %s" % (type(d).__name__, ct))
        if part.is_multipart():
            if ct == "message/rfc822":
                inner = part.get_payload(0)
                walk(inner, depth + 1, True)
            else:
                b = part.get_boundary()
                for sub in part.get_payload():
                    walk(sub, depth + 1, False)
            return
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower().strip()
        payload = part.get_payload()
        lines = payload.split("\n")
        if cte == "base64":
            if any(len(l.rstrip("\r")) > 76 for l in lines):
                errs.append("base64 line > 76 in " + ct)
            try:
                base64.b64decode("".join(l.strip() for l in lines), validate=True)
            except Exception as e:
                errs.append("bad base64 in %s: %s" % (ct, e))
        elif cte == "quoted-printable":
            for l in lines:
                l = l.rstrip("\r")
                if len(l) > 76:
                    errs.append("QP line > 76 in " + ct)
                if re.search(r"=(?![0-9A-F]{2}|$)", l):
                    errs.append("bad QP escape in %s: %r" % (ct, l[:40]))
                if l.endswith((" ", "\t")):
                    errs.append("QP trailing whitespace in " + ct)
                if any(ord(c) > 126 for c in l):
                    errs.append("QP non-ascii in " + ct)
        elif cte == "7bit":
            if any(ord(c) > 127 for c in payload):
                errs.append("non-ascii in 7bit " + ct)
        elif cte != "8bit":
            errs.append("unexpected CTE " + cte)
        if cte in ("7bit", "8bit") and any(len(l) > 998 for l in lines):
            errs.append("line > 998")
        data = part.get_payload(decode=True)
        fn = part.get_filename() or ""
        where = "%s %s" % (ct, fn)
        if b"\x00" in data and part.get_content_maintype() == "text":
            errs.append("NUL in decoded " + where)
        txt = None
        if part.get_content_maintype() == "text" or ct in ("application/json", "application/fhir+json", "application/yaml"):
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("charset %s does not match bytes in %s: %s" % (cs, where, e))
            try:
                part.get_content()
            except Exception as e:
                errs.append("get_content failed %s: %s" % (where, e))
        elif ct == "application/pdf":
            check_pdf(data, errs, where)
            txt = data.decode("latin-1")
            for sm in re.finditer(rb"stream\n(.*?)\n?endstream", data, re.S):
                try:
                    txt += zlib.decompress(sm.group(1)).decode("latin-1")
                except zlib.error:
                    pass
        elif ct == "image/png":
            check_png(data, errs, where)
        else:
            txt = data.decode("latin-1")
        if ct in ("application/json", "application/fhir+json") or (fn.endswith(".json") and ct == "text/plain"):
            try:
                json.loads(data.decode("utf-8"))
            except Exception as e:
                errs.append("bad JSON %s: %s" % (where, e))
        if ct == "text/xml" or fn.endswith(".xml"):
            try:
                ET.fromstring(data)
            except ET.ParseError as e:
                errs.append("bad XML %s: %s" % (where, e))
        if fn.endswith(".hl7") or ct == "application/hl7-v2" or "DFT_failed" in fn:
            check_hl7(data, errs, where)
        if ct == "text/calendar" and txt is not None:
            check_ics(txt, errs, where)
        if ct == "text/vcard" and txt is not None and not txt.startswith("BEGIN:VCARD"):
            errs.append("bad vcard")
        if txt:
            if ct in ("text/calendar", "text/vcard"):
                txt = txt.replace("\r\n ", "").replace("\r\n\t", "")
            check_privacy(txt, errs, where, phones)
        structure[-1] += " [%s%s%s]" % (cte, ", " + (part.get_content_charset() or "") if part.get_content_charset() else "",
                                        ", name=" + fn if fn else "")

    walk(msg, 0, True)
    return errs, phones, structure


def main():
    for lab in ("none", "phi", "restricted"):
        d = os.path.join(OUT, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith(PREFIX + "-") and f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    order = list(MESSAGES)
    random.Random(20250923).shuffle(order)
    tsv, files = [], []
    _bcount[0] = 0
    for i, (label, slug, reason, fn) in enumerate(order, 1):
        data = fn()
        name = "%s-%03d-%s.eml" % (PREFIX, i, slug)
        path = os.path.join(OUT, label, name)
        with open(path, "wb") as fh:
            fh.write(data)
        tsv.append("%s/%s\t%s\t%s" % (label, name, label, reason))
        files.append((label, path))
    with open(os.path.join(OUT, "labels-%s.tsv" % PREFIX), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(tsv) + "\n")
    bad = 0
    verbose = "-v" in sys.argv
    for label, path in files:
        errs, phones, structure = validate(path)
        if errs:
            bad += 1
            print("FAIL", os.path.basename(path))
            for e in errs:
                print("   ", e)
        if phones and verbose:
            print("phone-like in", os.path.basename(path), phones)
        if verbose:
            print(label, os.path.basename(path), "%d bytes" % os.path.getsize(path))
            print("\n".join("    " + s for s in structure))
    counts = {}
    for label, slug, _, _ in MESSAGES:
        counts[label] = counts.get(label, 0) + 1
    traps = sum(1 for _, slug, _, _ in MESSAGES if slug.startswith("trap-"))
    print("written %d files: %s, traps %d; %d failed validation" % (len(files), counts, traps, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
