#!/usr/bin/env python3
"""Generator and checker for the wide17 test set.

wide17: healthcare mail outside the United States.  200 synthetic RFC 5322
messages (100 none, 60 phi, 40 restricted) labelled by ../blind4/LABELLING.md.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs and MIME
boundaries, CRLF line endings.  Everything in here is invented.
"""
import base64
import csv
import hashlib
import io
import json
import os
import random
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261208
LABELS = ("none", "phi", "restricted")
WANT = {"none": 100, "phi": 60, "restricted": 40}
CATEGORIES = ("mental health", "substance use", "HIV", "genetic", "reproductive")
MSGS = []


def add(label, slug, reason, **kw):
    """Register one message.  See build_message() for the keywords."""
    kw.update(label=label, slug=slug, reason=reason)
    MSGS.append(kw)


def T(s):
    """Body text: drop the first newline, make sure it ends with one."""
    if s.startswith("\n"):
        s = s[1:]
    if not s.endswith("\n"):
        s += "\n"
    return s


# ---------------------------------------------------------------------------
# National identifiers: check-digit rules.  make_* are used only to invent the
# numbers once; the checker validates every declared number with valid_*.
# ---------------------------------------------------------------------------

def digits(s):
    return "".join(c for c in s if c.isdigit())


def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c


def nhs_check(nine):
    s = sum(int(c) * w for c, w in zip(nine, range(10, 1, -1)))
    r = 11 - s % 11
    if r == 11:
        return "0"
    if r == 10:
        return None
    return str(r)


def valid_nhs(v):  # NHS number (England/Wales) and CHI (Scotland): mod 11
    d = digits(v)
    return len(d) == 10 and nhs_check(d[:9]) == d[9]


def valid_chi(v):
    d = digits(v)
    if not (len(d) == 10 and nhs_check(d[:9]) == d[9]):
        return False
    dd, mm = int(d[0:2]), int(d[2:4])
    return 1 <= dd <= 31 and 1 <= mm <= 12


def valid_ppsn(v):  # Ireland: 7 digits, check letter, optional second letter
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", v.replace(" ", ""))
    if not m:
        return False
    num, chk, extra = m.groups()
    s = sum(int(c) * w for c, w in zip(num, range(8, 1, -1)))
    if extra:
        s += (0 if extra == "W" else ord(extra) - 64) * 9
    return "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] == chk


def valid_ohip(v):  # Ontario health card: 10 digits, Luhn
    d = digits(v)
    return len(d) == 10 and luhn_ok(d)


def valid_ramq(v):  # Quebec: format only (4 letters, YYMMDD with +50 for F, 2 digits)
    m = re.fullmatch(r"([A-Z]{4})(\d{2})(\d{2})(\d{2})(\d{2})", v.replace(" ", ""))
    if not m:
        return False
    mm, dd = int(m.group(3)), int(m.group(4))
    return (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31


def valid_medicare_au(v):  # 10 digits (+ optional IRN); check digit 9
    d = digits(v)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], (1, 3, 7, 9, 1, 3, 7, 9)))
    return s % 10 == int(d[8])


def valid_ihi(v):
    d = digits(v)
    return len(d) == 16 and d.startswith("800360") and luhn_ok(d)


NHI_ALPHA = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O


def valid_nhi(v):  # NZ NHI, AAANNNN mod 11
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", v):
        return False
    vals = [NHI_ALPHA.index(c) + 1 for c in v[:3]] + [int(c) for c in v[3:6]]
    s = sum(x * w for x, w in zip(vals, (7, 6, 5, 4, 3, 2)))
    r = s % 11
    if r == 0:
        return False
    c = 11 - r
    return (0 if c == 10 else c) == int(v[6])


V_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
       [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
       [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
       [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
V_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
       [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
       [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = V_D[c][V_P[i % 8][int(ch)]]
    return c == 0


def valid_aadhaar(v):
    d = digits(v)
    return len(d) == 12 and d[0] not in "01" and verhoeff_ok(d)


def valid_abha(v):  # format only: 14 digits, 91-XXXX-XXXX-XXXX
    return re.fullmatch(r"\d{2}-\d{4}-\d{4}-\d{4}", v) is not None


def valid_kvnr(v):  # German Krankenversichertennummer: letter + 9 digits
    if not re.fullmatch(r"[A-Z]\d{9}", v):
        return False
    s = "%02d" % (ord(v[0]) - 64) + v[1:9]
    tot = 0
    for i, c in enumerate(s):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return tot % 10 == int(v[9])


def valid_nir(v):  # France: 13 digits + key = 97 - n mod 97
    d = digits(v)
    return len(d) == 15 and 97 - int(d[:13]) % 97 == int(d[13:])


def valid_bsn(v):  # Netherlands: 11-test
    d = digits(v)
    if len(d) != 9:
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])
    return s % 11 == 0


def valid_insz(v):  # Belgium INSZ/NISS: 9 digits + 97 - n mod 97 (2 prefix if born 2000+)
    d = digits(v)
    if len(d) != 11:
        return False
    n, k = int(d[:9]), int(d[9:])
    return k == 97 - n % 97 or k == 97 - int("2" + d[:9]) % 97


CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19,
                   21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def valid_cf(v):  # Italy codice fiscale
    if not re.fullmatch(r"[A-Z]{6}\d{2}[ABCDEHLMPRST]\d{2}[A-Z]\d{3}[A-Z]", v):
        return False
    s = sum(CF_ODD[c] if i % 2 == 0 else cf_even(c) for i, c in enumerate(v[:15]))
    return chr(65 + s % 26) == v[15]


def valid_dni(v):  # Spain DNI / NIE: mod 23 letter
    v = v.replace("-", "").replace(" ", "")
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", v)
    if not m:
        return False
    pre, num, letter = m.groups()
    if pre:
        num = "XYZ".index(pre).__str__() + num
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == letter


def valid_cip_es(v):  # Spain tarjeta sanitaria CIP: format only (regional)
    return re.fullmatch(r"[A-Z]{4}\d{12}", v.replace(" ", "")) is not None


def valid_utente_pt(v):  # Portugal número de utente SNS: format only, 9 digits
    return re.fullmatch(r"\d{3} ?\d{3} ?\d{3}", v) is not None


def valid_nif_pt(v):  # Portugal NIF (tax): mod 11
    d = digits(v)
    if len(d) != 9:
        return False
    s = sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1)))
    c = 11 - s % 11
    return (0 if c >= 10 else c) == int(d[8])


def valid_cpf(v):
    d = digits(v)
    if len(d) != 11 or len(set(d)) == 1:
        return False
    for n in (9, 10):
        s = sum(int(c) * w for c, w in zip(d[:n], range(n + 1, 1, -1)))
        r = s * 10 % 11 % 10
        if r != int(d[n]):
            return False
    return True


def valid_cns(v):  # Cartão Nacional de Saúde (SUS): weighted sum mod 11 == 0
    d = digits(v)
    return (len(d) == 15 and d[0] in "12789"
            and sum(int(c) * w for c, w in zip(d, range(15, 0, -1))) % 11 == 0)


CURP_ALPHA = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def valid_curp(v):
    if not re.fullmatch(r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", v):
        return False
    s = sum(CURP_ALPHA.index(c) * (18 - i) for i, c in enumerate(v[:17]))
    return (10 - s % 10) % 10 == int(v[17])


def valid_nss_mx(v):  # IMSS número de seguridad social: 11 digits, Luhn
    d = digits(v)
    return len(d) == 11 and luhn_ok(d)


def valid_pesel(v):
    d = digits(v)
    if len(d) != 11:
        return False
    s = sum(int(c) * w for c, w in zip(d[:10], (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)))
    return (10 - s % 10) % 10 == int(d[10])


def valid_rc_cz(v):  # Czech rodné číslo (10 digits): divisible by 11
    d = digits(v)
    return len(d) == 10 and int(d) % 11 == 0


def valid_pnr_se(v):  # Swedish personnummer YYMMDD-NNNC: Luhn on 10 digits
    m = re.fullmatch(r"(?:\d{2})?(\d{6})[-+](\d{4})", v)
    return bool(m) and luhn_ok(m.group(1) + m.group(2))


def valid_tckn(v):
    d = [int(c) for c in digits(v)]
    if len(d) != 11 or d[0] == 0:
        return False
    c10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return c10 == d[9] and sum(d[:10]) % 10 == d[10]


def valid_tz_il(v):  # Israeli Teudat Zehut: 9 digits, Luhn-style
    d = digits(v)
    return len(d) == 9 and luhn_ok(d)


def valid_nric_sg(v):
    m = re.fullmatch(r"([ST])(\d{7})([A-Z])", v)
    if not m:
        return False
    p, num, letter = m.groups()
    s = sum(int(c) * w for c, w in zip(num, (2, 7, 6, 5, 4, 3, 2)))
    if p == "T":
        s += 4
    return "JZIHGFEDCBA"[s % 11] == letter


def valid_za_id(v):
    d = digits(v)
    return len(d) == 13 and luhn_ok(d)


def valid_nin_ng(v):  # Nigeria NIN: format only, 11 digits
    return re.fullmatch(r"\d{11}", v) is not None


def valid_hokensha_jp(v):  # Japanese 保険者番号 (8 digits): Luhn check digit
    d = digits(v)
    return len(d) in (6, 8) and luhn_ok(d)


def valid_rrn_kr(v):
    d = digits(v)
    if len(d) != 13:
        return False
    s = sum(int(c) * w for c, w in zip(d[:12], (2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5)))
    return (11 - s % 11) % 10 == int(d[12])


def valid_cn_id(v):
    if not re.fullmatch(r"\d{17}[\dX]", v):
        return False
    w = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    s = sum(int(c) * x for c, x in zip(v[:17], w))
    return "10X98765432"[s % 11] == v[17]


TW_LETTERS = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def valid_tw_id(v):  # Taiwan 身分證字號
    if not re.fullmatch(r"[A-Z][12]\d{8}", v):
        return False
    n = TW_LETTERS[v[0]]
    s = n // 10 + (n % 10) * 9
    s += sum(int(c) * w for c, w in zip(v[1:9], (8, 7, 6, 5, 4, 3, 2, 1)))
    s += int(v[9])
    return s % 10 == 0


def valid_th_id(v):  # Thai national ID: 13 digits, mod 11
    d = digits(v)
    if len(d) != 13:
        return False
    s = sum(int(c) * w for c, w in zip(d[:12], range(13, 1, -1)))
    return (11 - s % 11) % 10 == int(d[12])


def valid_emirates_id(v):  # UAE 784-YYYY-NNNNNNN-C: Luhn
    d = digits(v)
    return len(d) == 15 and d.startswith("784") and luhn_ok(d)


def valid_nhif_ke(v):  # Kenya SHA/NHIF member number: format only
    return re.fullmatch(r"[A-Z]{0,3}-?\d{7,10}", v) is not None


def valid_medicare_nz_csc(v):
    return True


VALIDATORS = {
    "nhs": valid_nhs, "chi": valid_chi, "ppsn": valid_ppsn, "ohip": valid_ohip,
    "ramq": valid_ramq, "medicare_au": valid_medicare_au, "ihi": valid_ihi,
    "nhi": valid_nhi, "aadhaar": valid_aadhaar, "abha": valid_abha,
    "kvnr": valid_kvnr, "nir": valid_nir, "bsn": valid_bsn, "insz": valid_insz,
    "cf": valid_cf, "dni": valid_dni, "cip_es": valid_cip_es,
    "utente_pt": valid_utente_pt, "nif_pt": valid_nif_pt, "cpf": valid_cpf,
    "cns": valid_cns, "curp": valid_curp, "nss_mx": valid_nss_mx,
    "pesel": valid_pesel, "rc_cz": valid_rc_cz, "pnr_se": valid_pnr_se,
    "tckn": valid_tckn, "tz_il": valid_tz_il, "nric_sg": valid_nric_sg,
    "za_id": valid_za_id, "nin_ng": valid_nin_ng, "hokensha_jp": valid_hokensha_jp,
    "rrn_kr": valid_rrn_kr, "cn_id": valid_cn_id, "tw_id": valid_tw_id,
    "th_id": valid_th_id, "emirates_id": valid_emirates_id, "sha_ke": valid_nhif_ke,
}


# ---------------------------------------------------------------------------
# Encoders
# ---------------------------------------------------------------------------

def b64_lines(data):
    enc = base64.b64encode(data).decode("ascii")
    return "\r\n".join(enc[i:i + 76] for i in range(0, len(enc), 76)).encode() + b"\r\n"


def qp_encode(data):
    out = []
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    for line in lines:
        toks = []
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (32, 9) and i < len(line) - 1):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for tok in toks:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return ("\r\n".join(out) + "\r\n").encode("ascii")


def crlf(text):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    return text.replace("\n", "\r\n")


def encode_text(text, charset, cte):
    data = crlf(text).encode(charset)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        return data
    if cte == "quoted-printable":
        return qp_encode(data.replace(b"\r\n", b"\n"))
    if cte == "base64":
        return b64_lines(data)
    raise ValueError(cte)


QSAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def encoded_words(s, charset, mode):
    """RFC 2047 encoded words, each 75 chars or fewer, never splitting a char."""
    words = []
    prefix = "=?%s?%s?" % (charset, mode)

    def enc(chunk):
        raw = chunk.encode(charset)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if b in QSAFE else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return prefix + body + "?="

    i = 0
    while i < len(s):
        j = i + 1
        while j <= len(s) and len(enc(s[i:j])) <= 75:
            j += 1
        j -= 1
        if j == i:
            raise ValueError("cannot encode %r" % s)
        if j < len(s):
            sp = s.rfind(" ", i + 1, j)
            if sp > i:
                j = sp + 1
        words.append(enc(s[i:j]))
        i = j
    return words


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold_ascii(name, value):
    """Fold an ASCII header at spaces so lines stay near 78 characters."""
    line = name + ": "
    out = []
    for w in value.split(" "):
        if len(line) + len(w) > 77 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += w + " "
    out.append(line.rstrip(" "))
    return "\r\n".join(out)


def header_text(name, value, charset, mode):
    if is_ascii(value):
        return fold_ascii(name, value)
    words = encoded_words(value, charset, mode)
    return name + ": " + "\r\n ".join(words)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(a, charset, mode):
    if isinstance(a, str):
        return [a]
    name, addr = a
    if not name:
        return [addr]
    if is_ascii(name):
        if any(c in SPECIALS for c in name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return [name, "<%s>" % addr]
    return encoded_words(name, charset, mode) + ["<%s>" % addr]


def addr_header(name, addrs, charset, mode):
    if not isinstance(addrs, list):
        addrs = [addrs]
    toks = []
    for k, a in enumerate(addrs):
        t = fmt_addr(a, charset, mode)
        if k < len(addrs) - 1:
            t[-1] += ","
        toks.extend(t)
    line = name + ":"
    out = []
    for t in toks:
        if len(line) + 1 + len(t) > 76 and line != name + ":":
            out.append(line)
            line = ""
        line += " " + t
    out.append(line)
    return "\r\n".join(out)


def disp_name(a):
    if isinstance(a, str):
        return ""
    return a[0] or ""


# ---------------------------------------------------------------------------
# Attachments
# ---------------------------------------------------------------------------

def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, flate=False, title="Document"):
    ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % pdf_escape(ln))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("cp1252")
    filt = b""
    if flate:
        content = zlib.compress(content, 9)
        filt = b" /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d%s >>\nstream\n" % (len(content), filt) + content + b"\nendstream",
        b"<< /Producer (wide17 gen.py) /Title (" + pdf_escape(title).encode("cp1252")
        + b") /CreationDate (D:20261201090000Z) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    return out


def png_chunk(kind, data):
    return (len(data).to_bytes(4, "big") + kind + data
            + (zlib.crc32(kind + data) & 0xFFFFFFFF).to_bytes(4, "big"))


def make_png(w, h, seed):
    rng = random.Random(seed)
    base = (rng.randrange(120, 240), rng.randrange(120, 240), rng.randrange(120, 240))
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            v = (x * 3 + y * 5) % 40
            rows += bytes(((base[0] + v) % 256, (base[1] - v) % 256, (base[2] + v // 2) % 256))
    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + bytes((8, 2, 0, 0, 0))
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr)
            + png_chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + png_chunk(b"IEND", b""))


def fold_ics(lines):
    out = []
    for ln in lines:
        raw = ln.encode("utf-8")
        if len(raw) <= 75:
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
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def PDF(name, lines, flate=False, title=None):
    return dict(ctype="application/pdf", name=name, cte="base64", flate=flate,
                data=make_pdf(lines, flate, title or name))


def CSV(name, rows, cte="7bit", charset="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return dict(ctype="text/csv", name=name, text=buf.getvalue(), cte=cte, charset=charset)


def ICS(name, lines, method="REQUEST"):
    return dict(ctype="text/calendar", name=name, cte="base64", params={"method": method},
                charset="utf-8", data=fold_ics(lines))


def HL7(name, segments):
    return dict(ctype="application/hl7-v2", name=name, cte="base64",
                data=("\r".join(segments) + "\r").encode("ascii"))


def FHIR(name, obj):
    return dict(ctype="application/fhir+json", name=name, cte="base64", charset="utf-8",
                data=json.dumps(obj, indent=2, ensure_ascii=False).encode("utf-8"))


def TXT(name, text, cte="quoted-printable", charset="utf-8"):
    return dict(ctype="text/plain", name=name, text=text, cte=cte, charset=charset)


def PNG(name, w=48, h=32, seed=1):
    return dict(ctype="image/png", name=name, cte="base64", data=make_png(w, h, seed))


def EML(spec):
    return dict(ctype="message/rfc822", spec=spec)


# ---------------------------------------------------------------------------
# Message builder
# ---------------------------------------------------------------------------

TZ = {
    "uk": 0, "ie": 0, "ca": -5 * 60, "au": 11 * 60, "nz": 13 * 60, "in": 330, "za": 120,
    "ng": 60, "ke": 180, "sg": 480, "ph": 480, "de": 60, "fr": 60, "nl": 60, "be": 60,
    "it": 60, "es": 60, "mx": -6 * 60, "br": -3 * 60, "pt": 0, "pl": 60, "cz": 60,
    "se": 60, "tr": 180, "ae": 240, "sa": 180, "qa": 180, "il": 120, "bd": 360,
    "id": 420, "vn": 420, "th": 420, "jp": 540, "kr": 540, "cn": 480, "tw": 480,
    "et": 180, "lk": 330,
}

BASE_DATE = datetime(2026, 11, 2, 7, 40, tzinfo=timezone.utc)


def msg_date(n, cc):
    t = BASE_DATE + timedelta(minutes=n * 293 + (n * 37) % 23)
    tz = timezone(timedelta(minutes=TZ.get(cc, 0)))
    return format_datetime(t.astimezone(tz))


def domain_of(addr):
    a = addr[1] if isinstance(addr, tuple) else addr
    return a.split("@", 1)[1]


def mime_part(p, key, counter):
    """Return (header lines, body bytes) for an attachment or text part dict."""
    ctype = p["ctype"]
    hdrs = []
    if ctype == "message/rfc822":
        inner = build_message(p["spec"], key + "-fwd", None)
        cte = "7bit" if is_ascii(inner.decode("latin-1")) else "8bit"
        hdrs.append("Content-Type: message/rfc822")
        hdrs.append("Content-Disposition: inline")
        hdrs.append("Content-Transfer-Encoding: " + cte)
        return hdrs, inner
    params = ""
    if "charset" in p and ctype.startswith("text/"):
        params += '; charset="%s"' % p["charset"]
    for k, v in p.get("params", {}).items():
        params += "; %s=%s" % (k, v)
    name = p.get("name")
    if name:
        if is_ascii(name):
            params += '; name="%s"' % name
            disp = 'Content-Disposition: %s; filename="%s"' % (p.get("disp", "attachment"), name)
        else:
            q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b in b"._-")
                        else "%%%02X" % b for b in name.encode("utf-8"))
            params += "; name*=utf-8''%s" % q
            disp = "Content-Disposition: %s;\r\n filename*=utf-8''%s" % (p.get("disp", "attachment"), q)
    hdrs.append("Content-Type: " + ctype + params)
    cte = p["cte"]
    hdrs.append("Content-Transfer-Encoding: " + cte)
    if name:
        hdrs.append(disp)
    if "text" in p:
        body = encode_text(p["text"], p.get("charset", "utf-8"), cte)
    else:
        data = p["data"]
        body = b64_lines(data) if cte == "base64" else data
    return hdrs, body


def text_part(text, subtype, charset, cte):
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset),
            "Content-Transfer-Encoding: " + cte]
    return hdrs, encode_text(text, charset, cte)


def join_part(hdrs, body):
    return ("\r\n".join(hdrs) + "\r\n\r\n").encode("ascii") + body


def multipart(subtype, parts, boundary):
    hdrs = ['Content-Type: multipart/%s;\r\n boundary="%s"' % (subtype, boundary)]
    body = b""
    if subtype == "mixed":
        body += b"This is a multi-part message in MIME format.\r\n"
    for h, b in parts:
        body += b"\r\n--" + boundary.encode() + b"\r\n" + join_part(h, b)
        if not b.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"\r\n--" + boundary.encode() + b"--\r\n"
    return hdrs, body


def build_message(m, key, n):
    """Serialise one message dict.

    keys: frm, to, cc, subj, body, html, charset, cte, html_cte, atts, hdrs,
    reply (bool), lang, country (cc key is 'country'), mode (B/Q for words)
    """
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "7bit" if is_ascii(m.get("body", "") + m.get("html", "")) else "8bit")
    mode = m.get("mode", "Q" if charset.lower().startswith(("iso-8859", "windows-125"))
                 and charset.lower() not in ("windows-1255", "windows-1256") else "B")
    country = m.get("country", "uk")
    h = hashlib.sha256(("wide17|" + key).encode()).hexdigest()
    dom = domain_of(m["frm"])
    num = n if n is not None else int(h[:4], 16) % 997
    hdrs = []
    hdrs.append(addr_header("From", m["frm"], charset, mode))
    hdrs.append(addr_header("To", m["to"], charset, mode))
    if m.get("cc"):
        hdrs.append(addr_header("Cc", m["cc"], charset, mode))
    hdrs.append(header_text("Subject", m["subj"], charset, mode))
    hdrs.append("Date: " + m.get("date", msg_date(num, country)))
    mid = "<%s.%s@%s>" % (h[:20], h[20:28], "mail." + dom if not dom.startswith("mail.") else dom)
    hdrs.append("Message-ID: " + mid)
    if m.get("reply"):
        ref = "<%s@%s>" % (h[28:48], domain_of(m["to"][0] if isinstance(m["to"], list) else m["to"]))
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    for extra in m.get("hdrs", []):
        hdrs.append(extra)
    hdrs.append("MIME-Version: 1.0")
    bcount = [0]

    def boundary():
        bcount[0] += 1
        return "=_w17_%s_%d" % (h[40:52], bcount[0])

    body_txt = m.get("body")
    html = m.get("html")
    if html is None and m.get("alt"):
        html = auto_html(body_txt, m.get("lang", "en"))
    html_cte = m.get("html_cte", cte)
    if body_txt is not None and html is not None:
        core = multipart("alternative", [text_part(body_txt, "plain", charset, cte),
                                         text_part(html, "html", charset, html_cte)], boundary())
    elif html is not None:
        core = text_part(html, "html", charset, html_cte)
    else:
        core = text_part(body_txt or "", "plain", charset, cte)
    atts = m.get("atts", [])
    if atts:
        parts = [core] + [mime_part(a, key + "-%d" % i, i) for i, a in enumerate(atts)]
        core = multipart("mixed", parts, boundary())
    return ("\r\n".join(hdrs) + "\r\n").encode("ascii") + join_part(core[0], core[1])


def auto_html(text, lang):
    """The HTML half a mail client would send with a plain-text body."""
    import html as _h
    rtl = lang in ("ar", "he")
    out = ['<html dir="rtl">' if rtl else "<html>",
           '<body style="font-family:Calibri,Arial,sans-serif;font-size:14px">']
    for para in text.strip("\n").split("\n\n"):
        lines = para.split("\n")
        if any(ln.startswith("  ") for ln in lines[1:]) or all(ln.startswith("  ") for ln in lines):
            out.append('<pre style="font-family:Consolas,monospace">' + _h.escape(para) + "</pre>")
        else:
            out.append("<p>" + "<br>\n".join(_h.escape(ln) for ln in lines) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def structure_of(m):
    if m.get("atts"):
        return "multipart/mixed"
    if m.get("body") is not None and (m.get("html") is not None or m.get("alt")):
        return "multipart/alternative"
    if m.get("html") is not None:
        return "text/html"
    return "text/plain"


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------

def assign():
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    out = []
    for i, m in enumerate(order, 1):
        fname = "%03d-%s.eml" % (i, m["slug"])
        out.append((i, fname, m))
    return out


def render_all():
    files = {}
    rows = []
    for i, fname, m in assign():
        files[os.path.join(m["label"], fname)] = build_message(m, "msg%03d" % i, i)
        rows.append("%s\t%s\t%s" % (fname, m["label"], m["reason"]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files


# ---------------------------------------------------------------------------
# Checker
# ---------------------------------------------------------------------------

OK_DOMAINS = ("example.com", "example.org", "example.net")
CODE_SYSTEM_HOSTS = {"loinc.org", "hl7.org", "terminology.hl7.org", "snomed.info",
                     "www.w3.org", "unitsofmeasure.org", "fhir.nhs.uk"}
TLDS = set("""com org net edu gov mil int uk de fr nl it es pt br mx pl cz se tr il in
sg za ng ke jp kr cn tw hk au nz ca ie be ae sa qa id vn th ph io info biz test co
ch at dk no fi eu us bd lk et gh ru ar cl pe my pk eg ma""".split())
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
URL_RE = re.compile(r"(?i)\b(?:https?|ftp)://([A-Za-z0-9\-.]+)")
HOST_RE = re.compile(r"(?i)(?<![@\w.\-/])((?:[a-z0-9\-]+\.)+([a-z]{2,}))(?![\w\-@]|\.[a-z0-9])")
PHONE_LABEL = (r"(?:(?i:\b(?:tel|tel\.|phone|ph|mob|mobile|cell|fax|telefon|telefoon|téléphone|tél|"
               r"telefone|teléfono|telefono|tlf|numer|nummer|call|ring|text|sms|whatsapp|"
               r"simu|nomor|hp|telp|wa|ligue|llame|appelez|bellen|anrufen|zadzwoń|volejte|"
               r"arayın|đt|điện thoại)\b)|☎|電話|电话|전화|טלפון|טל|هاتف|الهاتف|جوال|โทร|ስልክ|"
               r"फ़ोन|फोन|தொலைபேசி|ফোন|कॉल)")
PHONE_RE = re.compile(PHONE_LABEL + r"[^\d+\n]{0,30}?(\+?\(?\d[\d ()\-]{5,}\d)")
INTL_RE = re.compile(r"(?<![\w])(\+\d{1,3}[ \-]?\(?\d[\d ()\-]{5,}\d)")
ZERO_RE = re.compile(r"(?<![\w\-./])(\(?0\d{1,4}\)?(?:[ \-]\d{2,5}){2,4})(?![\w\-/]|\.\d)")
DATE_LIKE = re.compile(r"^\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}$")


def host_ok(hst):
    hst = hst.lower().rstrip(".")
    if hst in CODE_SYSTEM_HOSTS:
        return True
    return hst.endswith(".test") or any(hst == d or hst.endswith("." + d) for d in OK_DOMAINS)


def phone_ok(num, country):
    d = digits(num)
    if len(d) < 7:
        return True
    if num.strip().startswith("+"):
        if d.startswith("44"):
            country, d = "uk", "0" + d[2:]
        elif d.startswith("61"):
            country, d = "au", "0" + d[2:]
        elif d.startswith("1"):
            country, d = "ca", d[1:]
        else:
            return "555" in d
    if country == "uk" or (country not in ("au", "nz") and re.match(r"0(1632|7700)", d)):
        return re.fullmatch(r"01632960\d{3}|07700900\d{3}", d) is not None
    if country == "au":
        return re.fullmatch(r"0491570\d{3}", d) is not None
    if country in ("ca", "us"):
        return re.search(r"55501\d\d$", d) is not None
    return "555" in d


def scan_text(text, country, allow, errs, where):
    for rx in (EMAIL_RE, URL_RE):
        for mm in rx.finditer(text):
            if not host_ok(mm.group(1)):
                errs.append("%s: domain %r" % (where, mm.group(1)))
    for mm in HOST_RE.finditer(text):
        if mm.group(2).lower() in TLDS and not host_ok(mm.group(1)):
            errs.append("%s: host %r" % (where, mm.group(1)))
    cands = set()
    for rx in (PHONE_RE, INTL_RE, ZERO_RE):
        for mm in rx.finditer(text):
            cands.add(mm.group(mm.lastindex).strip())
    for c in cands:
        if DATE_LIKE.match(c) or any(digits(c) and digits(c) in digits(a) for a in allow):
            continue
        if not phone_ok(c, country):
            errs.append("%s: phone %r" % (where, c))


def check_pdf(data, errs, where):
    texts = []
    if not data.startswith(b"%PDF-1.") or not data.rstrip().endswith(b"%%EOF"):
        errs.append(where + ": PDF header/trailer")
        return ""
    mm = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not mm:
        errs.append(where + ": no startxref")
        return ""
    x = int(mm.group(1))
    if data[x:x + 4] != b"xref":
        errs.append(where + ": startxref does not point at xref")
        return ""
    lines = data[x:].split(b"\n")
    first, count = map(int, lines[1].split())
    for k in range(count):
        ent = lines[2 + k]
        off, gen, kind = ent.split()
        if kind == b"n":
            off = int(off)
            if not data[off:].startswith(b"%d 0 obj" % (first + k)):
                errs.append(where + ": xref offset of object %d" % (first + k))
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*)>>\nstream\n", data):
        ln = int(sm.group(2))
        start = sm.end()
        if data[start + ln:start + ln + 10] != b"\nendstream":
            errs.append(where + ": stream length")
            continue
        raw = data[start:start + ln]
        if b"FlateDecode" in sm.group(1) + sm.group(3):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                errs.append(where + ": Flate stream does not inflate")
                continue
        for tm in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", tm.group(1))
            texts.append(s.decode("cp1252"))
    if not texts:
        errs.append(where + ": PDF has no text")
    return "\n".join(texts)


def check_png(data, errs, where):
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        errs.append(where + ": PNG signature")
        return
    pos, kinds, idat, w, h = 8, [], b"", 0, 0
    while pos < len(data):
        ln = int.from_bytes(data[pos:pos + 4], "big")
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + ln]
        crc = int.from_bytes(data[pos + 8 + ln:pos + 12 + ln], "big")
        if zlib.crc32(kind + body) & 0xFFFFFFFF != crc:
            errs.append(where + ": PNG CRC")
        if kind == b"IHDR":
            w, h = int.from_bytes(body[:4], "big"), int.from_bytes(body[4:8], "big")
        if kind == b"IDAT":
            idat += body
        kinds.append(kind)
        pos += 12 + ln
    if kinds[0] != b"IHDR" or kinds[-1] != b"IEND":
        errs.append(where + ": PNG chunk order")
    try:
        if len(zlib.decompress(idat)) != h * (1 + 3 * w):
            errs.append(where + ": PNG IDAT size")
    except zlib.error:
        errs.append(where + ": PNG IDAT")


def check_ics(text, errs, where):
    raw_lines = text.split("\r\n")
    if raw_lines[-1] == "":
        raw_lines = raw_lines[:-1]
    for ln in raw_lines:
        if len(ln.encode("utf-8")) > 75:
            errs.append(where + ": ICS line over 75 octets")
    unf = re.sub(r"\r\n[ \t]", "", text)
    stack = []
    for ln in unf.split("\r\n"):
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                errs.append(where + ": ICS BEGIN/END mismatch")
    if stack or not unf.startswith("BEGIN:VCALENDAR"):
        errs.append(where + ": ICS not balanced")
    return unf


def check_hl7(text, errs, where):
    segs = [s for s in text.split("\r") if s]
    if "\n" in text or not segs or not segs[0].startswith("MSH|^~\\&|"):
        errs.append(where + ": HL7 MSH")
    for s in segs:
        if not re.fullmatch(r"[A-Z][A-Z0-9]{2}\|.*", s):
            errs.append(where + ": HL7 segment %r" % s[:10])
    if len(segs[0].split("|")) < 12:
        errs.append(where + ": HL7 MSH too short")
    return text.replace("\r", "\n")


def check_csv(text, errs, where):
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or len({len(r) for r in rows}) != 1:
        errs.append(where + ": CSV column counts")
    return text


QP_LINE = re.compile(r"(?:[\x21-\x3C\x3E-\x7E]|[ \t](?=.)|=[0-9A-F]{2})*=?")


def check_message(raw, meta, errs, where, nested=False):
    texts = []
    head = raw.split(b"\r\n\r\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        errs.append(where + ": non-ASCII header bytes")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[hname] is None:
            errs.append(where + ": missing " + hname)
    try:
        parsedate_to_datetime(str(msg["Date"]))
    except Exception:
        errs.append(where + ": bad Date")
    mid = str(msg["Message-ID"])
    if not re.fullmatch(r"<[^<>@\s]+@[A-Za-z0-9.\-]+>", mid):
        errs.append(where + ": bad Message-ID")
    for hname, val in msg.items():
        sval = str(val)
        if "=?" in sval:
            errs.append(where + ": undecoded encoded word in " + hname)
        texts.append(sval)
    for part in msg.walk():
        if part.defects:
            errs.append(where + ": defects %r" % part.defects)
        for hname in part.keys():
            try:
                hv = part[hname]
                if getattr(hv, "defects", None):
                    errs.append(where + ": header defects in %s %r" % (hname, hv.defects))
            except Exception as e:
                errs.append(where + ": header %s: %s" % (hname, e))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype == "message/rfc822":
            continue
        cte = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
        payload = part.get_payload(decode=False)
        if cte == "base64":
            plines = payload.rstrip("\r\n").split("\n")
            plines = [p.rstrip("\r") for p in plines]
            if any(len(p) > 76 for p in plines):
                errs.append(where + ": base64 line > 76")
            joined = "".join(plines)
            try:
                dec = base64.b64decode(joined, validate=True)
                if base64.b64encode(dec).decode() != joined:
                    errs.append(where + ": base64 not canonical")
            except Exception:
                errs.append(where + ": bad base64")
        elif cte == "quoted-printable":
            for p in payload.split("\n"):
                p = p.rstrip("\r")
                if len(p) > 76 or not QP_LINE.fullmatch(p):
                    errs.append(where + ": bad QP line %r" % p[:40])
        elif cte == "7bit":
            if not is_ascii(payload):
                errs.append(where + ": non-ASCII in 7bit part")
        elif cte != "8bit":
            errs.append(where + ": unexpected CTE " + cte)
        data = part.get_payload(decode=True)
        fname = part.get_filename()
        pw = where + ":" + (fname or ctype)
        if fname:
            texts.append(fname)
        if ctype.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            try:
                text = data.decode(cs)
            except (UnicodeDecodeError, LookupError):
                errs.append(pw + ": does not decode as " + cs)
                continue
            if ctype == "text/calendar":
                texts.append(check_ics(text, errs, pw))
            elif ctype == "text/csv":
                texts.append(check_csv(text, errs, pw))
            else:
                texts.append(text)
        elif ctype == "application/pdf":
            texts.append(check_pdf(data, errs, pw))
        elif ctype == "image/png":
            check_png(data, errs, pw)
        elif ctype == "application/hl7-v2":
            try:
                texts.append(check_hl7(data.decode("ascii"), errs, pw))
            except UnicodeDecodeError:
                errs.append(pw + ": HL7 not ASCII")
        elif ctype == "application/fhir+json":
            try:
                obj = json.loads(data.decode("utf-8"))
                if "resourceType" not in obj:
                    errs.append(pw + ": FHIR without resourceType")
                texts.append(json.dumps(obj, ensure_ascii=False))
            except ValueError:
                errs.append(pw + ": bad JSON")
        else:
            errs.append(pw + ": unchecked content type " + ctype)
    return msg, "\n".join(texts)


def check(files_expected):
    errs = []
    by_label = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        by_label[lab] = sorted(os.listdir(d)) if os.path.isdir(d) else []
    for lab in LABELS:
        if len(by_label[lab]) != WANT[lab]:
            errs.append("%s: %d files, want %d" % (lab, len(by_label[lab]), WANT[lab]))
    nums = sorted(int(f[:3]) for lab in LABELS for f in by_label[lab])
    if nums != list(range(1, 201)):
        errs.append("numbers are not 001-200")
    on_disk = {os.path.join(lab, f) for lab in LABELS for f in by_label[lab]} | {"labels.tsv"}
    if on_disk != set(files_expected):
        errs.append("file set differs from generator: %r" % sorted(on_disk ^ set(files_expected))[:6])
    for rel in sorted(set(files_expected) & on_disk):
        with open(os.path.join(HERE, rel), "rb") as fh:
            if fh.read() != files_expected[rel]:
                errs.append(rel + ": differs from what gen.py writes")
    tsv = open(os.path.join(HERE, "labels.tsv"), encoding="utf-8").read().splitlines()
    tsv_map = {}
    for ln in tsv:
        parts = ln.split("\t")
        if len(parts) != 3 or not parts[2].strip():
            errs.append("labels.tsv bad row %r" % ln[:40])
            continue
        tsv_map[parts[0]] = parts[1]
    for lab in LABELS:
        for f in by_label[lab]:
            if tsv_map.get(f) != lab:
                errs.append("labels.tsv disagrees for " + f)
    if len(tsv_map) != 200:
        errs.append("labels.tsv has %d rows" % len(tsv_map))
    meta_by_file = {fname: m for _, fname, m in assign()}
    mids, slugs = {}, set()
    non_en = 0
    for lab in LABELS:
        for f in by_label[lab]:
            where = lab + "/" + f
            raw = open(os.path.join(HERE, lab, f), "rb").read()
            m = meta_by_file.get(f)
            if m is None:
                errs.append(where + ": unknown file")
                continue
            slug = m["slug"]
            if re.search(r"none|phi|restricted|trap", slug) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug):
                errs.append(where + ": bad slug")
            if slug in slugs:
                errs.append(where + ": duplicate slug")
            slugs.add(slug)
            if re.search(rb"(?<!\r)\n|\r(?!\n)", raw):
                errs.append(where + ": bare CR or LF")
            if any(len(ln) > 998 for ln in raw.split(b"\r\n")):
                errs.append(where + ": line over 998 octets")
            msg, text = check_message(raw, m, errs, where)
            mid = str(msg["Message-ID"])
            if mid in mids:
                errs.append(where + ": Message-ID repeats " + mids[mid])
            mids[mid] = where
            local = mid[1:].split("@")[0]
            if slug in mid or any(w in local for w in slug.split("-") if len(w) > 3):
                errs.append(where + ": Message-ID repeats the slug")
            if " ".join(str(msg["Subject"]).split()) != " ".join(m["subj"].split()):
                errs.append(where + ": Subject does not round-trip: %r" % str(msg["Subject"]))
            frm = msg["From"].addresses[0]
            if re.sub(r"\s+", "", frm.display_name) != re.sub(r"\s+", "", disp_name(m["frm"])):
                errs.append(where + ": From display name does not round-trip %r" % frm.display_name)
            scan_text(text, m.get("country", "uk"), m.get("allow", []) + [v for _, v in m.get("ids", [])],
                      errs, where)
            for scheme, val in m.get("ids", []):
                if not VALIDATORS[scheme](val):
                    errs.append(where + ": %s %r fails its check" % (scheme, val))
                if val not in text:
                    errs.append(where + ": %s %r not in message" % (scheme, val))
            if m.get("lang", "en") != "en":
                non_en += 1
            if lab == "restricted" and m.get("cat") not in CATEGORIES:
                errs.append(where + ": restricted without category")
            if lab != "restricted" and m.get("cat"):
                errs.append(where + ": category on non-restricted")
    if not 90 <= non_en <= 110:
        errs.append("%d messages not in English, want 90-110" % non_en)
    return errs


def stats():
    from collections import Counter
    c = Counter()
    for _, fname, m in assign():
        c[("label", m["label"])] += 1
        if m.get("lang", "en") != "en":
            c[("nonen", m["label"])] += 1
        c[("struct", structure_of(m))] += 1
        if m.get("cat"):
            c[("cat", m["cat"])] += 1
        c[("lang", m.get("lang", "en"), m["label"])] += 1
        c[("charset", m.get("charset", "utf-8").lower())] += 1
        c[("cte", m.get("cte", "auto"))] += 1
        for a in m.get("atts", []):
            c[("att", a["ctype"], "flate" if a.get("flate") else "")] += 1
        if m["reason"].startswith("borderline:"):
            c[("borderline", m["label"], m["slug"])] += 1
    for k in sorted(c, key=str):
        print(k, c[k])


def main():
    args = sys.argv[1:]
    if "--stats" in args:
        stats()
        return
    files = render_all()
    if "--check" not in args:
        for lab in LABELS:
            d = os.path.join(HERE, lab)
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                if f.endswith(".eml"):
                    os.remove(os.path.join(d, f))
        for rel, data in files.items():
            with open(os.path.join(HERE, rel), "wb") as fh:
                fh.write(data)
    errs = check(files)
    for e in errs:
        print("FAIL", e)
    if errs:
        print("%d problems" % len(errs))
        sys.exit(1)
    print("ok: 200 messages checked (%d none, %d phi, %d restricted)" % (
        WANT["none"], WANT["phi"], WANT["restricted"]))


# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------

NHS_FOOTER = T("""
********************************************************************
This message may contain confidential information. If you are not the
intended recipient please inform the sender that you have received the
message in error before deleting it. Please do not disclose, copy or
distribute information in this e-mail or take any action in reliance on
its contents: to do so is strictly prohibited and may be unlawful.
Thank you for your co-operation.
********************************************************************
""")

# ===========================================================================
# NONE, English
# ===========================================================================

add("none", "flu-jab-clinics-saturday",
    "GP surgery newsletter about flu and COVID jabs for eligible groups; no individual",
    country="uk",
    frm=("Willowbank Surgery", "newsletter@willowbank-surgery.nhs.uk.test"),
    to=("Willowbank patients", "patients@willowbank-surgery.nhs.uk.test"),
    subj="Willowbank Surgery news - flu jab Saturdays are back",
    body=T("""
WILLOWBANK SURGERY - NOVEMBER NEWSLETTER

Flu jab Saturdays
We're running drop-in flu clinics on Saturday 14 and 21 November, 9am to
1pm, in the main waiting room. No need to book. If you're 65 or over,
pregnant, a carer, or have a long-term condition such as asthma, diabetes
or COPD, you're eligible for a free jab on the NHS.

Children aged 2 and 3 can have the nasal spray with our practice nurses -
please book these through reception as we need to order the vaccine in.

COVID autumn boosters
Boosters for over-75s and care home residents are being given at the
Pavilion Pharmacy on Kings Road. You can book through the NHS App or by
ringing 119.

Repeat prescriptions
Please allow 3 working days. We can't take repeat requests over the phone
any more - use the NHS App or drop the tear-off slip in the box.

Staff news
We welcome Dr Hannah Prideaux, who joins us as a salaried GP from January,
and say a fond farewell to Margaret on reception after 22 years. There's a
card at the front desk if you'd like to sign it.

If you need help when we're closed, call NHS 111. In an emergency dial 999.

Willowbank Surgery, 4 Tanner Street, Exeter
Reception: 01632 960418
"""),
    html=T("""
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<h2 style="color:#005eb8">Willowbank Surgery &ndash; November newsletter</h2>
<h3>Flu jab Saturdays</h3>
<p>We&rsquo;re running drop-in flu clinics on <b>Saturday 14 and 21 November, 9am to 1pm</b>,
in the main waiting room. No need to book. If you&rsquo;re 65 or over, pregnant, a carer, or
have a long-term condition such as asthma, diabetes or COPD, you&rsquo;re eligible for a free jab on the NHS.</p>
<p>Children aged 2 and 3 can have the nasal spray with our practice nurses &ndash; please book these
through reception as we need to order the vaccine in.</p>
<h3>COVID autumn boosters</h3>
<p>Boosters for over-75s and care home residents are being given at the Pavilion Pharmacy on Kings Road.
You can book through the NHS App or by ringing 119.</p>
<h3>Repeat prescriptions</h3>
<p>Please allow 3 working days. We can&rsquo;t take repeat requests over the phone any more &ndash; use the
NHS App or drop the tear-off slip in the box.</p>
<h3>Staff news</h3>
<p>We welcome Dr Hannah Prideaux, who joins us as a salaried GP from January, and say a fond farewell to
Margaret on reception after 22 years. There&rsquo;s a card at the front desk if you&rsquo;d like to sign it.</p>
<p style="font-size:12px">If you need help when we&rsquo;re closed, call NHS 111. In an emergency dial 999.<br>
Willowbank Surgery, 4 Tanner Street, Exeter &middot; Reception: 01632 960418</p>
</body></html>
"""), cte="quoted-printable")

add("none", "staff-nurse-band5-respiratory",
    "NHS trust job advert for a Band 5 staff nurse; recruitment contact only",
    alt=True,
    country="uk",
    frm=("Northmoor Hospitals NHS Foundation Trust Recruitment", "recruitment@northmoor.nhs.uk.test"),
    to="nursing-bank@northmoor.nhs.uk.test",
    subj="Vacancy: Staff Nurse (Band 5), Ward 12 Respiratory - closing 4 December",
    body=T("""
Hi all,

Please share with anyone on the bank who might be interested.

Job title:   Staff Nurse
Band:        5 (GBP 29,970 - 36,483 pro rata)
Ward:        Ward 12, Respiratory Medicine, Northmoor General
Hours:       37.5 per week, internal rotation incl. nights
Reference:   NM-2026-11-0412

Ward 12 is a 28-bed respiratory ward with a 4-bed enhanced care bay for
NIV. We look after people with COPD exacerbations, pneumonia, ILD and lung
cancer, and work closely with the respiratory physios and the palliative
care team. Preceptorship is guaranteed for newly qualified nurses and
there's a funded route onto the NIV competency programme after six months.

Informal visits are welcome - ring Sister Abena Osei, Ward Manager, on
01632 960772 or bleep 4410.

Closing date: 4 December 2026. Interviews w/c 14 December.

Apply through the Trust careers site (internal applicants: use your ESR
login).

Kind regards
Recruitment Team
Northmoor Hospitals NHS Foundation Trust
""") + NHS_FOOTER)

add("none", "locum-sessions-confirmed-january",
    "locum agency confirming GP sessions and rates with a practice; no patient",
    country="uk",
    frm=("Meridian Medical Locums", "bookings@meridian-locums.co.uk.test"),
    to=("Practice Manager", "pm.hollins@hollinsroad-medical.nhs.uk.test"),
    subj="Booking confirmation - Dr A. Fairweather, 6 sessions, January",
    body=T("""
Dear Sandra,

Thank you for your booking. Confirmed as below:

  Locum:      Dr Amelia Fairweather (GMC 7712046), Performers List: yes
  Sessions:   Mon 4, Tue 5, Mon 11, Tue 12, Mon 18, Tue 19 January 2027
              08:30 - 12:30 (AM only)
  Rate:       GBP 98.00 per hour, inclusive of pension contribution
  Cover:      15 min appointments, 16 per session, plus up to 1 hour of
              admin (docman, prescriptions, results)

Please send over the usual practice induction pack and EMIS smartcard
arrangements a week before the first session. Cancellation within 14 days
is chargeable at 50%.

Invoices will be raised monthly in arrears through our portal.

Best wishes,
Tom Brierley
Senior Consultant, GP Desk
Meridian Medical Locums Ltd
Tel: 07700 900215
"""))

add("none", "ortho-theatre-list-template",
    "blank theatre list template for an orthopaedic list; no patients in it",
    country="uk",
    frm=("Theatre Coordinator - Main Theatres", "theatres.coord@ashcombe.nhs.uk.test"),
    to="ortho-secretaries@ashcombe.nhs.uk.test",
    subj="New theatre list template for elective ortho lists (from 1 Dec)",
    body=T("""
Morning all,

From 1 December please use the attached template for Mr Okonjo's and
Ms Varga's Thursday elective lists (Theatre 4). The columns now match what
the anaesthetists asked for at the last theatre users group: ASA grade,
latex allergy, implant requirements and whether the patient needs a post-op
bed on Ward 8 or can go home from day surgery.

The template is blank - please don't send me back lists with identifiable
details by plain e-mail, they go on the shared drive (T:\\Theatres\\Lists)
as before.

Order of the list still has to be agreed with the anaesthetist by 12:00
on the Tuesday.

Thanks
Gemma
Theatre Coordinator, Ashcombe General - ext 4471
"""),
    atts=[CSV("ortho_list_TEMPLATE.csv", [
        ["Order", "Hospital no.", "Surname", "Forename", "Age", "Procedure", "Side",
         "ASA", "Latex allergy", "Implant", "Post-op destination", "Comments"],
        ["1", "", "", "", "", "", "", "", "", "", "", ""],
        ["2", "", "", "", "", "", "", "", "", "", "", ""],
        ["3", "", "", "", "", "", "", "", "", "", "", ""],
        ["4", "", "", "", "", "", "", "", "", "", "", ""],
    ])])

add("none", "cqc-inspection-notice",
    "CQC-style inspection announcement to a GP practice; regulatory, no patient",
    alt=True,
    country="uk",
    frm=("Care Quality Commission - Inspection Team", "primarymedical.inspections@cqc.example.org.uk.test"),
    to=("Hollins Road Medical Practice", "pm.hollins@hollinsroad-medical.nhs.uk.test"),
    subj="Notice of announced inspection - Hollins Road Medical Practice",
    body=T("""
Dear Ms Keane,

Hollins Road Medical Practice - announced comprehensive inspection

We are writing to let you know that we will carry out an announced
inspection of your practice on Wednesday 9 December 2026, starting at
09:00. The inspection team will be a lead inspector, a GP specialist
adviser and a practice nurse specialist adviser.

Before the inspection, please send us through the provider portal:
  - your staffing and training matrix
  - a list of significant events from the last 12 months (no patient
    identifiers)
  - your infection prevention and control audit
  - safeguarding policy and lead contact details

We will also place comment cards in the waiting room from 25 November.

We will interview the registered manager, the clinical lead and a sample
of staff on the day. We ask that a private room with internet access is
available for the team.

If you have any questions, please contact me on 01632 960537.

Yours sincerely,

Rachel Munro
Inspector, Primary Medical Services
"""))

add("none", "ers-login-outage-notice",
    "national e-referral/NHS login service outage notice to practices; IT only",
    country="uk",
    frm=("NHS Digital Service Desk", "servicedesk@digital.nhs.example.org.uk.test"),
    to="gp-practices-south-west@lists.nhs.example.org.uk.test",
    subj="[Incident INC-4420917] e-Referral Service and NHS login - degraded performance",
    body=T("""
SERVICE INCIDENT NOTIFICATION

Incident:      INC-4420917
Priority:      P2
Services:      e-Referral Service (e-RS) professional application;
               NHS login for the NHS App
Start:         03/12/2026 07:52
Status:        Investigating

Users are seeing timeouts when opening the Worklists and when attaching
referral letters. Patients may be unable to log in to the NHS App to
manage appointments. Smartcard authentication is otherwise working.

Workaround: if a referral is urgent (2WW), use the paper/email contingency
process in your local business continuity plan and back-enter on e-RS once
the service is restored. Do not e-mail referral letters to this address.

Next update by 10:00 or sooner.

NHS Digital National Service Desk
"""), hdrs=["X-Priority: 2"])

add("none", "registrar-oncall-rota-december",
    "medical rota of registrars and consultants for December; staff only",
    country="uk",
    frm=("Medical Staffing", "medstaffing@northmoor.nhs.uk.test"),
    to="medicine-registrars@northmoor.nhs.uk.test",
    cc="dr.j.sandhu@northmoor.nhs.uk.test",
    subj="December on-call rota - medicine (v3 FINAL)",
    body=T("""
Hi all,

Attached is v3 of the December medical on-call rota. Changes since v2:
 - Dr Mensah and Dr O'Driscoll have swapped 19/12 and 24/12
 - the Christmas Day twilight is now covered by the locum (agency booking
   ref MED-LOC-8812)
 - consultant of the week for 28/12 is Dr Sandhu, not Dr Whitlock

Any further swaps must be agreed between yourselves and sent to me with
both names by 10 December, after which the rota is locked. Remember the
zero-hours rule - rest periods apply to swaps too.

Cheers,
Priya
Medical Staffing Officer, ext 2290
"""),
    atts=[CSV("medicine_oncall_Dec2026_v3.csv", [
        ["Date", "Day registrar (08-20)", "Night registrar (20-08)", "SHO twilight", "Consultant of the week"],
        ["01/12/2026", "Dr K. Mensah", "Dr L. O'Driscoll", "Dr F. Amadi", "Dr R. Whitlock"],
        ["02/12/2026", "Dr P. Nair", "Dr L. O'Driscoll", "Dr S. Hughes", "Dr R. Whitlock"],
        ["03/12/2026", "Dr P. Nair", "Dr T. Ellery", "Dr F. Amadi", "Dr R. Whitlock"],
        ["04/12/2026", "Dr T. Ellery", "Dr K. Mensah", "Dr S. Hughes", "Dr R. Whitlock"],
        ["19/12/2026", "Dr L. O'Driscoll", "Dr P. Nair", "Dr F. Amadi", "Dr J. Sandhu"],
        ["24/12/2026", "Dr K. Mensah", "Dr T. Ellery", "Dr S. Hughes", "Dr J. Sandhu"],
        ["25/12/2026", "Dr P. Nair", "Dr L. O'Driscoll", "Locum (MED-LOC-8812)", "Dr J. Sandhu"],
        ["28/12/2026", "Dr T. Ellery", "Dr K. Mensah", "Dr F. Amadi", "Dr J. Sandhu"],
    ])])

add("none", "parking-permit-renewal-staff",
    "staff car parking permit renewal quoting an employee number; HR/estates only",
    country="uk",
    frm=("Estates & Facilities - Car Parking", "carparking@ashcombe.nhs.uk.test"),
    to=("Obi, Chidinma", "chidinma.obi@ashcombe.nhs.uk.test"),
    subj="Your staff parking permit expires on 31/12/2026",
    body=T("""
Dear Chidinma,

Our records show that your staff parking permit is due to expire.

  Permit number:    SP-22871
  Employee number:  20418836
  Vehicle:          Silver Toyota Yaris, reg. KX19 ABF (fictitious)
  Zone:             Staff Car Park B (multi-storey), Levels 2-4

To renew, log in to the staff parking portal with your employee number and
confirm your vehicle details. The monthly charge (band 3) will continue to
be deducted from your salary. If you are a night-shift worker you may be
entitled to the free Zone D permit instead.

Please note that parking in the patient and visitor car park is not
permitted and will result in a penalty notice.

Estates & Facilities
Ashcombe General Hospital
"""))

add("none", "password-reset-ehr-portal",
    "IT password reset notice for the clinical system; no patient",
    country="ie",
    frm=("HSE ICT Service Desk", "no-reply@ict.hse.example.ie.test"),
    to="aoife.brennan@stronans-hosp.ie.test",
    subj="Your network password expires in 3 days",
    body=T("""
Dear Aoife Brennan,

Your HSE network password will expire in 3 days (on 08/12/2026 at 23:59).

You can change it now by pressing Ctrl+Alt+Del on any HSE workstation and
choosing "Change a password", or through the self-service password portal
(https://passwordreset.ict.hse.example.ie.test).

Your new password must:
 - be at least 12 characters long
 - not be one of your last 10 passwords
 - not contain your name or username (abrennan04)

Changing your network password will also change the password for the
patient administration system (iPMS) and the lab results viewer.

HSE will never ask you for your password by e-mail or phone. If you
receive a suspicious message, forward it to the Service Desk.

HSE ICT Service Desk
Tel: 01 555 0190
"""))

add("none", "loyalty-points-double-weekend",
    "pharmacy chain loyalty marketing naming common OTC products; no individual care",
    country="uk",
    frm=("Heathfield Chemists", "offers@heathfield-chemists.co.uk.test"),
    to="mark.tolley@mailbox.example.com",
    subj="Mark, double points this weekend on your Heathfield card",
    html=T("""
<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:600px;margin:auto">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td style="background:#2b7a4b;color:#fff;padding:16px;font-size:22px">Heathfield Chemists</td></tr>
<tr><td style="padding:16px">
<p>Hi Mark,</p>
<p>It's <b>double points weekend</b>! From Friday 27 to Sunday 29 November you'll earn 8 points for
every &pound;1 you spend on your Heathfield Rewards card (card ending 4471).</p>
<p>This month's picks:</p>
<ul>
<li>Paracetamol 500mg caplets, 32s &ndash; 2 for &pound;1.50</li>
<li>Cold &amp; flu day/night capsules &ndash; &pound;3.99</li>
<li>Vitamin D 1000 IU, 90 tablets &ndash; buy one get one half price</li>
<li>Hand cream and lip balm gift set &ndash; &pound;6</li>
</ul>
<p>Don't forget our pharmacists can give you a flu jab in store &ndash; walk in or book online.</p>
<p>Points balance: 1,240 (worth &pound;12.40)</p>
<p style="font-size:11px;color:#666">You're receiving this because you joined Heathfield Rewards.
<a href="https://heathfield-chemists.co.uk.test/unsubscribe?u=77a1c">Unsubscribe</a>.
Always read the label. Heathfield Chemists Ltd, 10 Mill Lane, Leeds.</p>
</td></tr></table></body></html>
"""), cte="quoted-printable")

add("none", "hse-new-ed-wing-press",
    "hospital press release about a new emergency department wing; no patient",
    country="ie",
    frm=("St Ronan's University Hospital Communications", "press@stronans-hosp.ie.test"),
    to="newsdesk@corkherald.example.ie.test",
    subj="PRESS RELEASE: New 40-bay Emergency Department opens at St Ronan's",
    body=T("""
FOR IMMEDIATE RELEASE - 2 December 2026

New 40-bay Emergency Department opens at St Ronan's University Hospital

St Ronan's University Hospital will open its new Emergency Department on
Monday 7 December, replacing the 1970s unit that saw more than 68,000
attendances last year. The EUR 46 million building has 40 treatment bays,
a separate paediatric area with its own entrance and waiting room, two
resuscitation rooms and a rapid assessment and treatment zone for
ambulance arrivals.

"Patients and staff have waited a long time for this," said Dr Niamh
Kavanagh, Clinical Director for Emergency Medicine. "It means fewer people
on trolleys in corridors and a calmer space for children and their
families."

The hospital reminds the public that the Emergency Department is for
serious and life-threatening conditions. For minor injuries, people should
use the Local Injury Unit at Kilbrook, their GP, or the out-of-hours GP
service.

Media contact: Ciarán Dunne, Communications Manager, 021 555 0143

ENDS
"""))

add("none", "bank-holiday-closure-out-of-hours",
    "Irish GP practice closing for holidays with out-of-hours info; general",
    country="ie",
    frm=("Riverside Family Practice", "reception@riversidefp.ie.test"),
    to="patients@riversidefp.ie.test",
    subj="Christmas opening hours",
    body=T("""
Dear patients,

The practice will be closed on 25, 26 and 28 December and 1 January.
We're open as normal on the 29th, 30th and 31st (closing 1pm on New Year's
Eve).

If you need a doctor urgently while we're closed, phone the out-of-hours
GP co-op on 1850 555 014. For emergencies go to the Emergency Department
or ring 112/999.

Please order any repeat prescriptions by Friday 18 December - the
chemists are busy too!

Wishing you all a happy and healthy Christmas,
Dr Ruth Cullinane, Dr Eamon Hegarty and all the team
"""))

add("none", "walk-in-hours-flu-shot-ontario",
    "Ontario family health team notice on walk-in hours and flu shot clinics; general",
    country="ca",
    frm=("Lakeshore Family Health Team", "info@lakeshore-fht.on.ca.test"),
    to="patients@lakeshore-fht.on.ca.test",
    subj="Walk-in clinic hours changing + flu shot clinics",
    body=T("""
Hello from Lakeshore Family Health Team,

WALK-IN CLINIC HOURS
Starting Monday, December 7, our after-hours walk-in clinic will run
Monday to Thursday 5:00 pm - 8:00 pm and Saturday 9:00 am - noon. The walk-in
is for rostered patients of the FHT only. Please bring your Ontario health
card to every visit.

FLU SHOT CLINICS
Flu shots and COVID-19 vaccines are free for everyone 6 months and older
who lives, works or goes to school in Ontario. Drop-in clinics:
  - Wednesday, Dec 2, 1:00 - 6:00 pm, Community Room
  - Saturday, Dec 5, 9:00 am - 1:00 pm, Community Room
Many local pharmacies also offer the flu shot.

Need care when we're closed? Call Health811 (dial 811) to speak to a
registered nurse 24/7.

Lakeshore Family Health Team
Phone: (416) 555-0162 | Fax: (416) 555-0163
"""))

add("none", "hospital-foundation-gala",
    "hospital foundation fundraising gala invitation; no patient",
    country="ca",
    frm=("Prairie Children's Hospital Foundation", "events@pchfoundation.ab.ca.test"),
    to="donors@pchfoundation.ab.ca.test",
    subj="You're invited: Winter Lights Gala, January 23",
    html=T("""
<html><body style="font-family:Georgia,serif;color:#1d2b3a;background:#f4f7fb">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px">
<h1 style="font-weight:normal">Winter Lights Gala</h1>
<p>Saturday, January 23, 2027 &middot; 6:00 pm &middot; Riverside Convention Centre, Calgary</p>
<p>Join us for an evening of dinner, music and our live auction in support of the new
Neonatal Intensive Care Unit at Prairie Children's Hospital. Last year's gala raised
$1.2 million for paediatric mental health and the family residence.</p>
<p>Tickets $275 per person, tables of 10 available. A charitable tax receipt will be issued
for the eligible portion. Our charitable registration number is 84012 5531 RR0001.</p>
<p><a href="https://pchfoundation.ab.ca.test/gala2027">Reserve your seats</a> by January 8.</p>
<p style="font-size:12px;color:#667">Prairie Children's Hospital Foundation &middot; (403) 555-0118</p>
</div></body></html>
"""), allow=["84012 5531"])

add("none", "syringe-invoice-hst-number",
    "supplier invoice for syringes and needles with a GST/HST business number that looks like a health card number",
    atts=[PDF("INV-230981.pdf", ["MAPLE MEDICAL SUPPLY INC. - INVOICE INV-230981", "Bill to: Lakeshore Family Health Team   PO: LFHT-PO-7731", "20 x BD 3 mL Luer-Lok syringe, box of 200 ... 770.00", "10 x 25G x 1in safety needles, box of 100 ... 219.00", "6 x Alcohol prep pads ... 28.50   4 x Sharps container 5.4 L ... 44.80", "2 x Nitrile exam gloves, M, case of 1000 ... 158.00", "Subtotal 1,220.30   HST 13% 158.64   TOTAL CAD 1,378.94", "GST/HST Registration No. 741288506 RT0001   Terms: Net 30"], flate=True)],
    country="ca",
    frm=("Maple Medical Supply - Accounts Receivable", "ar@maplemedsupply.ca.test"),
    to="accounts.payable@lakeshore-fht.on.ca.test",
    subj="Invoice INV-230981 - Lakeshore Family Health Team",
    body=T("""
Good afternoon,

Please find below invoice INV-230981 for your order of November 24.

Bill to: Lakeshore Family Health Team, 1200 Lakeshore Rd W, Mississauga ON
PO: LFHT-PO-7731

  Qty  Item                                              Unit     Total
  20   BD 3 mL Luer-Lok syringe, box of 200              38.50    770.00
  10   25G x 1" safety needles, box of 100               21.90    219.00
   6   Alcohol prep pads, box of 200                      4.75     28.50
   4   Sharps container 5.4 L                            11.20     44.80
   2   Nitrile exam gloves, M, case of 1000              79.00    158.00
                                                    Subtotal   1,220.30
                                                    HST 13%      158.64
                                                    TOTAL    CAD 1,378.94

Terms: Net 30. GST/HST Registration No. 741288506 RT0001

Payment by EFT to the account on file. Remittance advice to this address.

Thank you for your business,
Dana Kowalczyk
Maple Medical Supply Inc. | Tel (905) 555-0171
"""), allow=["741288506"])

add("none", "bulk-billing-changes-practice",
    "Australian GP practice notice about bulk billing policy changes; general",
    alt=True,
    country="au",
    frm=("Banksia Street Medical Centre", "admin@banksiamedical.com.au.test"),
    to="patients@banksiamedical.com.au.test",
    subj="Changes to our bulk billing from 1 February",
    body=T("""
Dear patients,

From 1 February 2027 Banksia Street Medical Centre will bulk bill all
standard consultations for:
  - children under 16
  - concession card holders (pension, health care card, DVA)
  - patients having a chronic disease management plan review

For other patients a private fee of $45 above the Medicare rebate applies
to standard consults. You can claim the rebate on the spot with your
Medicare card and a debit card.

Telehealth appointments are available with your regular GP if you've been
seen in person in the last 12 months.

We know costs are tight for many families. If you're having trouble paying,
please speak to our practice manager in confidence.

Banksia Street Medical Centre
Ph 0491 570 156
"""))

add("none", "pathology-courier-run-times",
    "pathology lab courier pick-up schedule for practices; logistics only",
    country="au",
    frm=("Coastline Pathology - Logistics", "courier@coastlinepath.com.au.test"),
    to="practice-managers@coastlinepath.com.au.test",
    subj="Updated courier pick-up times, Eastern suburbs run (from Mon 7 Dec)",
    body=T("""
Hi Practice Managers,

Our Eastern suburbs courier run is changing from Monday 7 December.

New pick-up windows (weekdays):
  Run E1 (Randwick, Coogee, Maroubra)      11:30-12:15 and 16:30-17:15
  Run E2 (Bondi Junction, Waverley)        12:00-12:45 and 17:00-17:30
  Run E3 (Double Bay, Edgecliff)           12:30-13:15 and 17:15-17:45
  Saturday: single pick-up 11:00-12:00 (E1/E2 only)

Please have specimens bagged, with request forms in the outer pocket, and
the esky at room temperature unless labelled for refrigeration. Frozen
specimens still need a same-day phone booking.

Consumables orders (bags, tubes, request pads) can go with the driver or
through the online portal.

Any issues, call the logistics desk on 0491 570 119.

Thanks,
Jarrah Whitford
Logistics Coordinator
Coastline Pathology
"""))

add("none", "cfp-rural-primary-care-conference",
    "conference call for papers on rural primary care; no patient",
    country="au",
    frm=("Rural Primary Care Conference 2027", "program@rpcc2027.org.au.test"),
    to="members@rpcc2027.org.au.test",
    subj="Call for abstracts closes 15 January - RPCC 2027, Alice Springs",
    body=T("""
Dear colleagues,

Abstract submissions for the Rural Primary Care Conference 2027 (Alice
Springs, 12-14 May 2027) close on 15 January.

We welcome abstracts on:
  * workforce and locum models in remote practice
  * Aboriginal community-controlled health services
  * telehealth and retrieval medicine
  * chronic disease, renal and rheumatic heart disease programs
  * mental health and suicide prevention in rural communities
  * GP obstetrics and procedural skills

Formats: oral (12 min + 3 min questions), poster, or 90-minute workshop.
Abstracts are limited to 300 words and must not include identifiable
patient information. Case reports need documented consent.

Registrar and student bursaries are available - see the website.

Submission portal: https://rpcc2027.org.au.test/abstracts

Warm regards,
Dr Lena Marchetti and A/Prof Wiremu Tane
Scientific Program Co-chairs
"""))

add("none", "pho-fees-enrolment-update",
    "NZ practice newsletter on fee changes and enrolment; no individual",
    alt=True,
    country="nz",
    frm=("Kowhai Health Centre", "kiaora@kowhaihealth.co.nz.test"),
    to="patients@kowhaihealth.co.nz.test",
    subj="Kowhai Health Centre - fees update and enrolment reminder",
    body=T("""
Kia ora koutou,

From 1 January our fees for enrolled adults (25+) will go up by $3 to
$24 for a standard appointment. Visits for under-14s stay free, and
Community Services Card holders continue to pay $19.50.

If you aren't enrolled with us you'll be charged the casual rate, which is
much higher. Enrolling is free - ask at reception or fill in the form on
our website. You'll need photo ID and proof of address.

Our nurses are running cervical screening and immunisation catch-up
evenings on Thursdays in December. Bookings essential.

If you need advice out of hours, Healthline is free and open 24/7.

Nga mihi,
The team at Kowhai Health Centre
Phone 09 555 0147
"""))

add("none", "cath-lab-inauguration-press",
    "Indian hospital press release on a new cath lab; no patient",
    country="in",
    frm=("Deccan Heart Institute - Corporate Communications", "media@deccanheart.co.in.test"),
    to="health.desk@punetimes.example.in.test",
    subj="Press release: Deccan Heart Institute inaugurates second cath lab",
    body=T("""
PRESS RELEASE
Pune, 3 December 2026

Deccan Heart Institute inaugurates second cardiac catheterisation lab

Deccan Heart Institute today inaugurated its second cath lab, equipped
with a bi-plane imaging system and intravascular ultrasound. The new lab
will allow the hospital's team of interventional cardiologists to perform
up to 25 angioplasties a day and to run a round-the-clock primary PCI
programme for patients with heart attacks from Pune and surrounding
districts.

"Every minute counts in a heart attack. With two labs we will never have
to make an ambulance wait," said Dr Sunil Deshpande, Director of
Cardiology.

The hospital is empanelled under Ayushman Bharat PM-JAY and the state
scheme, and angioplasty for eligible beneficiaries will be cashless.

For media queries: Ms Rutuja Kulkarni, +91 20 5550 1432

-- ends --
"""))

add("none", "full-body-checkup-offer",
    "diagnostic centre marketing health check-up packages; no individual",
    country="in",
    frm=("Nirmal Diagnostics", "care@nirmaldiagnostics.in.test"),
    to="rahul.verma84@mailbox.example.com",
    subj="Winter Wellness Offer: Full Body Checkup @ Rs 1,999 with free home collection",
    html=T("""
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<div style="background:#0b6fb8;color:white;padding:12px;font-size:20px">Nirmal Diagnostics &ndash; Winter Wellness</div>
<p>Dear Customer,</p>
<p>Book your family's annual health check-up this winter. <b>Free home sample collection</b> across
Delhi NCR, reports on WhatsApp within 24 hours.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Package</th><th>Tests</th><th>Price</th></tr>
<tr><td>Basic</td><td>CBC, blood sugar (F), lipid profile, LFT, KFT, urine R/M</td><td>&#8377;999</td></tr>
<tr><td>Full Body</td><td>Basic + HbA1c, thyroid profile (T3, T4, TSH), vitamin D, vitamin B12, iron studies</td><td>&#8377;1,999</td></tr>
<tr><td>Senior Citizen</td><td>Full Body + PSA (men) / CA-125 (women), ECG, chest X-ray</td><td>&#8377;3,499</td></tr>
</table>
<p>12 hours fasting required. Use code <b>WINTER26</b> at checkout. Offer valid till 31 December.</p>
<p>Call or WhatsApp: +91 98555 01234</p>
<p style="font-size:10px;color:#888">NABL accredited lab. To stop receiving offers reply STOP.</p>
</body></html>
"""), cte="quoted-printable")

add("none", "onboarding-aadhaar-pan-docs",
    "HR onboarding mail asking for Aadhaar and PAN copies; national ID but no health content",
    country="in",
    frm=("Talent Acquisition - Medwise Hospitals", "onboarding@medwisehospitals.in.test"),
    to=("Sneha Iyer", "sneha.iyer.93@mailbox.example.com"),
    subj="Joining formalities - Sneha Iyer, Staff Nurse, DOJ 04-Jan-2027",
    body=T("""
Dear Sneha,

Congratulations once again on your selection as Staff Nurse (Critical Care)
at Medwise Hospitals, Bengaluru. Your date of joining is 04-Jan-2027.

We have received the following from you:
  Aadhaar:  5873 7167 8684 (masked copy received - thank you)
  PAN:      AKQPI4471M
  Employee code (provisional): MWH-N-10482

Still pending:
  1. Karnataka Nursing Council registration certificate
  2. Relieving letter from your previous employer
  3. Two passport-size photographs
  4. Cancelled cheque for salary account

Please bring originals for verification on your joining day, 9:30 am,
HR office, 2nd floor, Tower B. Induction will run for three days.

Regards,
Kavitha R.
Executive - Talent Acquisition
Medwise Hospitals | Ph: 080 2555 0148
"""), ids=[("aadhaar", "5873 7167 8684")])

add("none", "medical-aid-plan-comparison-2027",
    "South African medical aid plan comparison brochure; marketing, no member care",
    country="za",
    frm=("Protea Health Medical Scheme", "members@proteahealth.co.za.test"),
    to="t.naidoo@mailbox.example.com",
    subj="Choose your 2027 plan before 31 December",
    html=T("""
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#7a1f5c">Your 2027 options at a glance</h2>
<p>Dear Member,</p>
<p>Our 2027 benefits and contributions have been approved. If you'd like to change plans, you must do so
before 31 December 2026. If you do nothing you'll stay on your current option.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f0e0ea"><th></th><th>Essential Hospital</th><th>Saver</th><th>Comprehensive</th></tr>
<tr><td>Main member per month</td><td>R1 890</td><td>R3 420</td><td>R6 975</td></tr>
<tr><td>Hospital cover</td><td>Network hospitals</td><td>Any private hospital</td><td>Any private hospital</td></tr>
<tr><td>Medical savings account</td><td>&ndash;</td><td>15%</td><td>25%</td></tr>
<tr><td>Chronic medicine (PMB list)</td><td>Yes, DSP pharmacy</td><td>Yes</td><td>Yes + additional conditions</td></tr>
<tr><td>GP visits</td><td>3 network visits</td><td>From savings</td><td>Unlimited network</td></tr>
<tr><td>Maternity</td><td>Hospital birth only</td><td>12 antenatal visits</td><td>12 antenatal visits + 2 scans</td></tr>
</table>
<p>All plans cover the Prescribed Minimum Benefits, including HIV treatment and emergency care.</p>
<p>Compare in detail or switch in the app, or call us on 0860 555 014.</p>
<p style="font-size:11px">Protea Health Medical Scheme is a registered medical scheme. Terms apply.</p>
</body></html>
"""))

add("none", "wound-dressings-invoice-vat",
    "supplier invoice for wound dressings to a hospital with VAT number; business",
    atts=[PDF("KS-119284.pdf", ["KAROO SURGICAL SUPPLIES (PTY) LTD - TAX INVOICE KS-119284", "VAT No. 4120 555 781   Date 2026/11/27", "Customer: Sandbay Private Hospital - Theatre Stores (order SPH-TS-5570)", "KS-4410 Foam dressing 10x10 cm x40 ... R 12 480.00", "KS-4415 Hydrocolloid dressing 15x15 cm x25 ... R 7 237.50", "KS-2201 Crepe bandage x30 ... R 2 520.00   KS-7730 Gauze swabs x60 ... R 2 475.00", "Total incl. VAT R 28 419.38"])],
    country="za",
    frm=("Karoo Surgical Supplies", "invoices@karoosurgical.co.za.test"),
    to="creditors@sandbay-private.co.za.test",
    subj="Tax Invoice KS-119284",
    body=T("""
TAX INVOICE KS-119284               Date: 2026/11/27
Karoo Surgical Supplies (Pty) Ltd   VAT No. 4120 555 781
Customer: Sandbay Private Hospital - Theatre Stores
Customer order: SPH-TS-5570

Code      Description                               Qty   Price    Amount
KS-4410   Foam dressing 10x10 cm, box of 10          40   R 312.00  R 12 480.00
KS-4415   Hydrocolloid dressing 15x15 cm, box 5      25   R 289.50  R  7 237.50
KS-2201   Crepe bandage 10 cm x 4.5 m, 12s           30   R  84.00  R  2 520.00
KS-7730   Sterile gauze swabs 10x10, 100s            60   R  41.25  R  2 475.00
                                                Subtotal ex VAT  R 24 712.50
                                                VAT 15%          R  3 706.88
                                                Total            R 28 419.38

Banking: Karoo Surgical Supplies, account 6204 118 553, branch 250655
Please use the invoice number as reference.

Accounts: Lerato Mokoena  Tel 011 555 0193
"""), allow=["6204 118 553", "4120 555 781", "250655"])

add("none", "clinic-staff-meeting-friday",
    "Nigerian clinic staff meeting memo; internal admin, no patient",
    country="ng",
    frm=("Dr. Adaeze Nwosu", "admin@goodshepherd-clinic.com.ng.test"),
    to="allstaff@goodshepherd-clinic.com.ng.test",
    subj="STAFF MEETING - Friday 4th Dec, 2pm",
    body=T("""
Dear all,

This is to remind everyone that there will be a general staff meeting on
Friday, 4th December 2026 by 2pm in the conference room. Attendance is
compulsory for all clinical and non-clinical staff not on duty.

Agenda:
1. Generator fuel and the new NEPA schedule
2. December/January duty roster
3. HMO claims - delays in submission from the front desk
4. Infection control audit results (Matron)
5. End of year party
6. AOB

Those on night duty should send their apologies through their unit heads.
Light refreshment will be served.

Thank you.

Dr. Adaeze Nwosu
Medical Director
Good Shepherd Specialist Clinic, Enugu
08055501234
"""))

add("none", "hmo-provider-network-tariff",
    "Nigerian HMO circular to providers about tariff review; no enrollee",
    country="ng",
    frm=("Crestline Health HMO - Provider Relations", "providers@crestlinehmo.com.ng.test"),
    to="providers@crestlinehmo.com.ng.test",
    subj="Circular: Revised provider tariff and claims submission timelines (effective 1 Jan 2027)",
    body=T("""
Dear Valued Provider,

REVISED TARIFF AND CLAIMS TIMELINES

Following the review meeting with the provider forum on 12 November 2026,
please note the following, effective 1st January 2027:

a) Consultation (GP):           N8,500 (previously N6,000)
b) Specialist consultation:     N15,000
c) Routine admission per day:   N25,000 (ward), N60,000 (ICU)
d) Caesarean section (package): N450,000

Claims must be submitted within 30 days of the end of the month of service
through the provider portal. Paper claims will no longer be accepted.
Pre-authorisation codes must be obtained before elective procedures; the
call centre remains open 24 hours for emergency authorisation codes.

Kindly acknowledge receipt of this circular.

Yours faithfully,
Folake Adebayo (Mrs)
Head, Provider Relations
Tel: 0700 555 0102
"""))

add("none", "county-tb-quarterly-stats",
    "Kenyan county aggregate TB notification statistics; no individual",
    atts=[CSV("ziwa_tb_q3_2026.csv", [["subcounty", "all_forms", "bact_confirmed", "children_under15", "tb_hiv"], ["Ziwa East", "142", "98", "11", "27"], ["Ziwa West", "156", "104", "14", "31"], ["Mto Mawe", "203", "141", "19", "44"], ["Kilele", "61", "39", "6", "12"], ["Bonde", "77", "52", "8", "15"], ["Total", "639", "434", "58", "129"]])],
    country="ke",
    frm=("Ziwa County Department of Health - TB Programme", "tb.programme@ziwacountyhealth.go.ke.test"),
    to="subcounty-tb-coordinators@ziwacountyhealth.go.ke.test",
    subj="Q3 2026 TB case notification summary - Ziwa County",
    body=T("""
Dear Sub-County TB Coordinators,

Please find the Q3 2026 (July-September) TB notification summary below.

Sub-county        All forms  Bact. confirmed  Children <15  TB/HIV co-inf.
Ziwa East           142          98              11            27
Ziwa West           156         104              14            31
Mto Mawe              203         141              19            44
Kilele                 61          39               6            12
Bonde                  77          52               8            15
Total                 639         434              58           129

Treatment success for the Q3 2025 cohort was 88%. Loss to follow-up
remains highest in Mto Mawe (6.1%), mainly among flower-farm workers who
move between estates. We will discuss at the review meeting on
10 December at the Ziwa County Referral Hospital boardroom.

Please ensure all TB4 registers are updated on TIBU by 8 December.

Regards,
Grace Wanjiru
County TB & Leprosy Coordinator
Tel: +254 51 555 0128
"""))

add("none", "appointment-system-maintenance-sg",
    "Singapore clinic group appointment system maintenance notice; IT only",
    country="sg",
    frm=("Harbourfront Family Clinic Group", "noreply@harbourfrontclinics.sg.test"),
    to="patients@harbourfrontclinics.sg.test",
    subj="Scheduled maintenance: online booking unavailable 6 Dec, 1am-6am",
    body=T("""
Dear Patient,

Our online appointment booking and queue system will be unavailable on
Sunday, 6 December 2026 from 1:00 am to 6:00 am for scheduled maintenance.

During this time you will not be able to book, change or cancel
appointments, or check your queue number. Walk-in registration at our
clinics is not affected once they open. Please bring your NRIC or FIN card
when registering in person.

We apologise for any inconvenience.

Harbourfront Family Clinic Group
Hotline: 6555 0172 (Mon-Sat, 8am-8pm)
"""))

add("none", "gym-membership-renewal",
    "gym membership renewal with member number; not health care",
    country="sg",
    frm=("IronPeak Fitness", "membership@ironpeak.sg.test"),
    to="jasmine.tan88@mailbox.example.com",
    subj="Your IronPeak membership renews on 15 Dec",
    body=T("""
Hi Jasmine,

Your 12-month IronPeak Fitness membership (member no. IPF-0093321) will
renew automatically on 15 December 2026 at S$89/month.

What's new for 2027:
 - 24/7 access at Tanjong Pagar and Novena
 - free body composition scan every quarter
 - 2 complimentary personal training sessions on renewal

Want to freeze your membership for travel or injury? You can freeze for
up to 3 months a year in the app. To cancel, give 30 days' notice.

See you on the floor!
IronPeak Fitness Member Services
WhatsApp 8555 0196
"""))

add("none", "nurses-hiring-accredited-hospital",
    "Philippine hospital job advert for nurses; recruitment only",
    country="ph",
    frm=("St. Lorenzo Medical Center HR", "hr.recruitment@stlorenzomc.com.ph.test"),
    to="jobseekers@stlorenzomc.com.ph.test",
    subj="WE'RE HIRING: Staff Nurses (ER, OR, ICU) - walk-in interviews Dec 9-11",
    body=T("""
Good day!

St. Lorenzo Medical Center, a 300-bed PhilHealth-accredited tertiary
hospital in Quezon City, is hiring:

  - Staff Nurse, Emergency Room (10 slots)
  - Staff Nurse, Operating Room (6 slots)
  - Staff Nurse, ICU/CCU (8 slots)

Qualifications: BSN graduate, with valid PRC license, BLS/ACLS
certificate, at least 1 year hospital experience (fresh passers are
welcome for ER).

Walk-in interviews: December 9-11, 2026, 8:00 AM to 3:00 PM, HR Office,
Ground Floor, Annex Building. Bring your resume, PRC ID, transcript of
records and 2x2 photo.

Competitive salary, HMO coverage on day one, free uniform and meals on
duty.

For inquiries: (02) 8555 0164
"""))

add("none", "dengue-weekly-city-report",
    "city health office aggregate dengue surveillance; no individual",
    atts=[CSV("dengue_mw47_by_barangay.csv", [["barangay", "cases_mw44_47", "cases_ytd"], ["Malinao", "18", "61"], ["Bagong Silang", "15", "49"], ["Maligaya", "12", "40"], ["Riverside", "11", "37"], ["Other (176 barangays)", "96", "1097"]])],
    country="ph",
    frm=("San Isidro City Health Office - Epidemiology", "cesu@sanisidrocityhealth.gov.ph.test"),
    to="barangay-health-workers@sanisidrocityhealth.gov.ph.test",
    subj="Dengue surveillance update, Morbidity Week 47",
    body=T("""
Good morning to all BHWs and midwives,

Dengue cases reported, MW 1-47, 2026: 1,284 (compared with 1,911 in the
same period of 2025, down 33%). Deaths: 4 (CFR 0.31%).

Barangays with clustering in the last 4 weeks:
  Malinao    - 18 cases
  Bagong Silang        - 15 cases
  Maligaya         - 12 cases
  Riverside        - 11 cases

Please continue the 4S campaign (Search and destroy, Self-protection,
Seek early consultation, Support fogging only during outbreaks). Misting
teams will go to the four barangays above this week.

Weekly reports are due every Monday before 10 AM.

CESU - San Isidro City Health Office
"""))

add("none", "dog-booster-reminder-vet",
    "borderline: vet reminder for a named owner's dog vaccinations; not human health care",
    country="uk",
    frm=("Greenacre Veterinary Practice", "reminders@greenacrevets.co.uk.test"),
    to=("Mrs Pauline Hargreaves", "p.hargreaves@mailbox.example.com"),
    subj="Biscuit is due for his annual booster",
    body=T("""
Dear Mrs Hargreaves,

Our records show that Biscuit (Cocker Spaniel, male, DOB 14/06/2019) is
due his annual vaccination booster (DHP + Leptospirosis L4) on or after
12/12/2026.

While he's in we'll do a full health check, weigh him and check his
microchip (chip no. 826098100234417). If he's on our Pet Health Club plan,
the booster and check are already covered and he's also due his next
flea and worm treatment.

Book online, or ring us on 01632 960881.

Kind regards,
The team at Greenacre Vets
"""), allow=["826098100234417"])

add("none", "sports-day-asthma-inhalers",
    "school sports day notice asking parents generally about inhalers and sun cream; no named child",
    country="uk",
    frm=("Hartley Green Primary School", "office@hartleygreen.sch.uk.test"),
    to="parents@hartleygreen.sch.uk.test",
    subj="Sports Day - Friday 3rd July (change of date!)",
    body=T("""
Dear Parents and Carers,

Because of the forecast we've moved Sports Day to FRIDAY 3rd JULY.
Infants (Reception to Year 2) will be on the field from 9.15am and Juniors
from 1.15pm. Parents are very welcome to watch - please bring your own
chairs and keep to the roped-off area.

Children should come to school in PE kit with a sun hat, a named water
bottle and sun cream applied before school.

If your child has an asthma inhaler or an adrenaline auto-injector, please
check that the one we hold in school is in date - Mrs Akhtar in the office
will be taking all medicines out to the field in the first aid bag.

There will be a cake stall run by the PTA; cash or card.

Thank you,
Mrs J. Pettifer
Headteacher
"""))

add("none", "chemistry-qc-levey-jennings",
    "lab QC report with control values and analyser data; no patient",
    atts=[CSV("IQC_C2_wk48.csv", [["analyte", "level", "lot", "target", "sd", "mean", "cv_pct", "n", "rule"], ["Sodium", "L1", "QC-4471A", "128.0", "1.2", "128.3", "0.9", "14", "ok"], ["Sodium", "L2", "QC-4471B", "152.0", "1.4", "151.6", "1.0", "14", "ok"], ["Potassium", "L1", "QC-4471A", "3.60", "0.06", "3.62", "1.7", "14", "ok"], ["Potassium", "L2", "QC-4471B", "6.10", "0.09", "6.31", "1.5", "14", "2-2s"], ["Creatinine", "L1", "QC-4471A", "88", "3.0", "89", "3.4", "14", "ok"], ["Creatinine", "L2", "QC-4471B", "512", "12", "509", "2.3", "14", "ok"], ["CRP", "L1", "QC-4471A", "9.8", "0.4", "9.9", "4.1", "14", "ok"]])],
    country="uk",
    frm=("Blood Sciences QC", "bloodsciences.qc@ashcombe.nhs.uk.test"),
    to="bloodsciences-seniors@ashcombe.nhs.uk.test",
    subj="Weekly IQC summary - Analyser C2 (wk 48) - potassium L2 shift",
    body=T("""
All,

Weekly IQC summary for chemistry analyser C2, week 48.

Analyte     Level  Target   SD     Mean wk48  CV%   Westgard
Sodium      L1     128.0    1.2    128.3      0.9   ok
Sodium      L2     152.0    1.4    151.6      1.0   ok
Potassium   L1     3.60     0.06   3.62       1.7   ok
Potassium   L2     6.10     0.09   6.31       1.5   2-2s (Tue/Wed)
Creatinine  L1     88       3.0    89         3.4   ok
Creatinine  L2     512      12     509        2.3   ok
CRP         L1     9.8      0.4    9.9        4.1   ok

Potassium L2 violated 2-2s on Tuesday and Wednesday. Recalibrated Wed
16:40 with new reagent lot K-2261; controls back within 1 SD since. No
patient results needed recall (L1 in range throughout, EQA for October
satisfactory). Logged as QPulse NC-2026-318.

Adeola
Senior BMS, Blood Sciences
"""))

add("none", "mhfa-course-places",
    "advert for a Mental Health First Aid course for staff; general, no individual",
    country="uk",
    frm=("Learning & Development", "learning@hollinsroad-medical.nhs.uk.test"),
    to="allstaff@hollinsroad-medical.nhs.uk.test",
    subj="Places left: Mental Health First Aid (2-day course) in January",
    body=T("""
Hi everyone,

We still have 6 places on the two-day Mental Health First Aid course on
13-14 January. It covers how to spot the signs of depression, anxiety,
psychosis, eating disorders and suicidal thoughts in colleagues, how to
start a conversation, and where to signpost people - Talking Therapies,
the crisis line, Samaritans, occupational health and the Employee
Assistance Programme.

It's open to clinical and non-clinical staff and counts towards your CPD.
You'll get a certificate and become one of the practice's Mental Health
First Aiders.

Reply to this e-mail to book. Lunch provided!

Ben
Learning & Development Lead
"""))

add("none", "shc-opening-hours-change",
    "sexual health clinic notice of new opening hours; service info, no patient",
    country="uk",
    frm=("Riverside Sexual Health", "riverside.sexualhealth@northmoor.nhs.uk.test"),
    to="gp-practices@northmoor.nhs.uk.test",
    subj="Riverside Sexual Health - new clinic times from January",
    body=T("""
Dear colleagues,

From 4 January 2027 Riverside Sexual Health will change its clinic times:

  Mon, Wed     08:30 - 19:00 (walk-in 16:00-18:30 for under-25s)
  Tue, Thu     08:30 - 16:30 (booked appointments only)
  Fri          09:30 - 13:00 (PrEP and HIV clinic)
  Sat          10:00 - 13:00 (walk-in, STI testing and emergency contraception)

Online STI testing kits remain available to residents aged 16+. Please
continue to refer LARC fittings and complex contraception through e-RS.

Patients can book by ringing 01632 960333.

Best wishes,
Dr Kezia Mbeki
Consultant in Genitourinary & HIV Medicine
""") + NHS_FOOTER)

add("none", "prep-awareness-campaign-stats",
    "Australian PrEP campaign with aggregate uptake figures; no individual",
    country="au",
    frm=("RainbowCare Community Health", "campaigns@rainbowcare.org.au.test"),
    to="partners@rainbowcare.org.au.test",
    subj="Summer PrEP campaign launches + 2026 uptake numbers",
    body=T("""
Hi partners,

Our "PrEP Up This Summer" campaign goes live on 1 December, with posters
for clinics and pharmacies and social tiles you can share (links below).

Some numbers for context (state data, Jan-Sep 2026):
  - 14,870 people dispensed PrEP at least once (up 11% on 2025)
  - 23% of new PrEP users were born overseas
  - new HIV notifications among gay and bisexual men fell to 118
  - women and heterosexual men still make up under 4% of PrEP users

The campaign is aimed at people who haven't heard they can get PrEP
through any GP with a Medicare card, or through sexual health clinics
without one.

Campaign kit: https://rainbowcare.org.au.test/prepup-kit

Thanks for everything you do,
Sam Tran
Health Promotion Coordinator
"""))

add("none", "cleaning-contract-ddas",
    "borderline: drug and alcohol service writing to its cleaning contractor; business, no client",
    country="uk",
    frm=("Harbour Street Drug & Alcohol Service - Reception", "reception@harbourst-ddas.nhs.uk.test"),
    to="accounts@sparkleclean-contracts.co.uk.test",
    subj="Cleaning schedule and December invoice query",
    body=T("""
Hi Jenna,

Two things:

1. From January we'd like the evening clean moved from 17:30 to 18:30 on
   Tuesdays and Thursdays, as the needle exchange now runs until 18:00
   those days. Can your team still do the sharps-bin collection from the
   exchange room? The yellow bins are left by the back door.

2. November's invoice (SC-88210) charged for 5 deep cleans of the group
   room - we only had 4. Could you issue a credit note?

Thanks,
Marcia
Reception / Admin
Harbour Street Drug & Alcohol Service
Tel: 01632 960645
"""))

add("none", "ivf-open-evening-invite",
    "fertility clinic marketing open evening; no individual patient",
    country="ie",
    frm=("Harbourview Fertility Clinic", "events@harbourviewfertility.ie.test"),
    to="subscribers@harbourviewfertility.ie.test",
    subj="Free fertility open evening - Thursday 10 December",
    body=T("""
Thinking about starting a family, or about your options?

Join our consultants, nurses and counsellor for a free online open evening
on Thursday 10 December at 7pm. We'll talk about:

 - when to seek help and what tests to ask your GP for
 - IUI, IVF and ICSI: what's involved and success rates by age
 - egg freezing
 - donor programmes and surrogacy law in Ireland
 - the publicly funded AHR scheme and who is eligible

There will be time for anonymous questions in the chat.

Register at https://harbourviewfertility.ie.test/open-evening

Harbourview Fertility Clinic, Dún Laoghaire
"""))

add("none", "genetics-service-annual-figures",
    "clinical genetics service annual aggregate activity figures; no individual",
    country="uk",
    frm=("Regional Clinical Genetics Service", "genetics.admin@ashcombe.nhs.uk.test"),
    to="genetics-all@ashcombe.nhs.uk.test",
    subj="2025/26 activity figures for the annual report - please check",
    body=T("""
Dear all,

Draft figures for the annual report are below. Please check your area by
Friday.

New referrals                              4,112
  Cancer (BRCA1/2, Lynch, other panels)    1,906
  Cardiac (HCM, long QT, FH)                 611
  Prenatal / reproductive                    487
  Neurogenetics (incl. Huntington's)         352
  Paediatric / dysmorphology                 756
Genetic counselling appointments          6,930
Predictive tests (HD)                        41
Median wait to first appointment            14 weeks (target 13)

Genomic Medicine Service whole genome referrals rose by 38%.

Thanks,
Louise Carrow
Service Manager, Clinical Genetics
"""))

add("none", "hl7-interface-test-ack",
    "IT message about an HL7 interface test with an ACK; no patient data",
    country="ca",
    frm=("Integration Team", "integration@prairiehealth.ab.ca.test"),
    to="vendor-support@labcore.example.com",
    subj="RE: LIS interface cutover - ACKs failing on PID-3 repetition",
    reply=True,
    body=T("""
Hi Marcus,

We re-ran the test feed this morning. The LIS is now accepting ORU^R01
messages, but the ACK comes back AE when PID-3 has more than one
repetition (MRN + provincial health number). Sample ACK from the TEST
environment attached - no patient data, the triggering message was our
ZZTEST dummy.

Can you confirm whether your side expects the PHN in PID-3 or PID-19?
Our spec (v2.5.1 profile, section 4.2) says PID-3 with assigning
authority AB-PHN.

Go-live is still pencilled for 14 December.

Thanks,
Hiroshi Tanaka
Integration Analyst, Prairie Health IT
(403) 555-0135

-----Original Message-----
From: Marcus Bell
Sent: December 2, 2026 4:12 PM
Subject: LIS interface cutover

Can you send a failing ACK so we can look at it?
"""),
    atts=[HL7("ACK_test_20261203.hl7", [
        "MSH|^~\\&|LABCORE|LIS|PRAIRIE|INTEGRATION|20261203091533||ACK^R01^ACK|ACK000917|T|2.5.1",
        "MSA|AE|ZZTEST0003|PID-3 repetition not supported",
        "ERR||PID^1^3^2|102^Data type error^HL70357|E",
    ])])

add("none", "capabilitystatement-fhir-supplier",
    "supplier sends a FHIR CapabilityStatement for an API; configuration, no patient",
    country="uk",
    frm=("Chartwell Systems Support", "support@chartwell-systems.co.uk.test"),
    to="digital.team@northmoor.nhs.uk.test",
    subj="FHIR API capability statement for the appointments integration",
    body=T("""
Hello,

As requested, the CapabilityStatement for our R4 appointments API is
attached. Supported resources: Patient (read/search by NHS number),
Appointment, Slot, Schedule, Practitioner. Search by identifier requires
the NHS number system URI.

The sandbox base URL is https://sandbox.chartwell-systems.co.uk.test/fhir/R4
and uses test data only.

Regards,
Imran Siddiqui
Integration Engineer, Chartwell Systems
"""),
    atts=[FHIR("CapabilityStatement.json", {
        "resourceType": "CapabilityStatement",
        "status": "active",
        "date": "2026-11-30",
        "kind": "instance",
        "software": {"name": "Chartwell Appointments API", "version": "4.2.0"},
        "fhirVersion": "4.0.1",
        "format": ["application/fhir+json"],
        "rest": [{
            "mode": "server",
            "resource": [
                {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                 "searchParam": [{"name": "identifier", "type": "token",
                                  "documentation": "https://fhir.nhs.uk/Id/nhs-number|{number}"}]},
                {"type": "Appointment", "interaction": [{"code": "read"}, {"code": "create"}, {"code": "update"}]},
                {"type": "Slot", "interaction": [{"code": "search-type"}]},
                {"type": "Schedule", "interaction": [{"code": "read"}]},
                {"type": "Practitioner", "interaction": [{"code": "read"}]},
            ]}]})])

add("none", "out-of-office-consultant",
    "consultant's out-of-office auto-reply with a phone signature; no patient",
    country="uk",
    frm=("Mr Daniel Okonjo", "daniel.okonjo@ashcombe.nhs.uk.test"),
    to="gemma.hurst@ashcombe.nhs.uk.test",
    subj="Automatic reply: New theatre list template for elective ortho lists (from 1 Dec)",
    hdrs=["Auto-Submitted: auto-replied"],
    body=T("""
Thank you for your email. I am on annual leave until Monday 14 December
with limited access to e-mail.

For urgent clinical matters please contact the on-call orthopaedic
registrar via switchboard. For clinic and theatre queries please contact
my secretary, Lorraine Pike, on 01632 960219.

Daniel Okonjo FRCS (Tr&Orth)
Consultant Orthopaedic Surgeon
"""))

add("none", "pharma-rep-lunch-invite",
    "calendar invite for a pharma lunch-and-learn about a drug class; no patient",
    country="in",
    frm=("Anjali Mehra", "anjali.mehra@kaverilife.co.in.test"),
    to=["opd.physicians@medwisehospitals.in.test"],
    subj="Invitation: CME lunch - SGLT2 inhibitors in heart failure, 10 Dec",
    body=T("""
Dear Doctors,

You are cordially invited to a CME lunch talk on "SGLT2 inhibitors in
heart failure with reduced and preserved ejection fraction" by
Dr Vikram Rao, Consultant Cardiologist, on Thursday 10 December, 1:30-2:30
pm, in the Seminar Hall, 3rd floor.

2 credit hours from the State Medical Council have been applied for.
Lunch will be served.

Calendar invite attached.

Regards,
Anjali Mehra
Medical Representative, Kaveri Lifesciences
Mob: 98555 02211
"""),
    atts=[ICS("invite.ics", [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kaveri Lifesciences//CME Calendar//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:cme-20261210-sglt2@kaverilife.co.in.test",
        "DTSTAMP:20261201T053000Z", "DTSTART:20261210T080000Z", "DTEND:20261210T090000Z",
        "SUMMARY:CME lunch - SGLT2 inhibitors in heart failure (Dr Vikram Rao)",
        "LOCATION:Seminar Hall\\, 3rd floor\\, Medwise Hospitals Bengaluru",
        "DESCRIPTION:2 credit hours applied for. Lunch will be served. Contact Anjali Mehra 98555 02211.",
        "ORGANIZER;CN=Anjali Mehra:mailto:anjali.mehra@kaverilife.co.in.test",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;CN=OPD Physicians:mailto:opd.physicians@medwisehospitals.in.test",
        "END:VEVENT", "END:VCALENDAR"])])

add("none", "christmas-party-rsvp",
    "staff Christmas party calendar invite; social",
    country="au",
    frm=("Banksia Street Medical Centre", "admin@banksiamedical.com.au.test"),
    to="staff@banksiamedical.com.au.test",
    subj="Staff Christmas party - Fri 18 Dec, the Boathouse",
    body=T("""
Hi team,

Save the date! Our Christmas party is at the Boathouse, Balmain, on
Friday 18 December from 6.30pm. Partners welcome. Secret Santa limit $25 -
names will be drawn at Monday's huddle.

Please RSVP by accepting the invite and let Mel know any dietary
requirements.

Cheers,
Mel
Practice Manager
"""),
    atts=[ICS("christmas-party.ics", [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Banksia Street Medical Centre//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:xmas2026@banksiamedical.com.au.test",
        "DTSTAMP:20261120T010000Z", "DTSTART;TZID=Australia/Sydney:20261218T183000",
        "DTEND;TZID=Australia/Sydney:20261218T230000", "SUMMARY:Staff Christmas party",
        "LOCATION:The Boathouse\\, Balmain",
        "ORGANIZER;CN=Mel Dawson:mailto:admin@banksiamedical.com.au.test",
        "END:VEVENT", "END:VCALENDAR"])])

add("none", "indemnity-renewal-gmc-number",
    "medical indemnity renewal for a GP quoting GMC number; professional, no patient",
    country="uk",
    frm=("Albion Medical Defence - Renewals", "renewals@albion-md.co.uk.test"),
    to=("Dr Hannah Prideaux", "h.prideaux@mailbox.example.com"),
    subj="Your membership renewal - Dr H Prideaux (membership 3384712)",
    body=T("""
Dear Dr Prideaux,

Your Albion Medical Defence membership is due for renewal on 1 January
2027.

  Membership number:  3384712
  GMC number:         7798113
  Category:           General Practitioner - 6 sessions/week, salaried
  Annual subscription: GBP 3,214.00 (payable by 12 monthly direct debits)

Your subscription reflects your sessions and the fact that you are
starting a new salaried role. If you take on out-of-hours or private
work (for example, aesthetic procedures or insurance medicals) you must
tell us, as this may not be covered.

Our medicolegal advice line is open 24/7 for members on 01632 960147.

Yours sincerely,
Member Services
"""), allow=["3384712", "7798113"])

add("none", "birthday-card-collection-ward",
    "colleague's birthday collection with date of birth; no health content",
    country="uk",
    frm=("Chidinma Obi", "chidinma.obi@ashcombe.nhs.uk.test"),
    to="ward8-nursing@ashcombe.nhs.uk.test",
    subj="Shh... Bernie's 60th!",
    body=T("""
Hi all

Bernie (our wonderful HCA) turns 60 on Saturday - born 12/12/1966, she
told me herself so I'm not giving away any secrets!! There's a card and an
envelope in the office drawer under the drugs fridge keys - please sign
and pop in whatever you can. We're getting her a voucher for the garden
centre and some flowers.

Cake in the staff room Friday at 3 if the ward allows

Chi x
"""))

add("none", "mpesa-stock-order-payment",
    "Kenyan pharmacy stock payment confirmation and order; business, no patient",
    country="ke",
    frm=("Afya Bora Wholesale Pharmaceuticals", "orders@afyabora-wholesale.co.ke.test"),
    to="purchases@kilimanichemist.co.ke.test",
    subj="Order AB-55162 confirmed - payment received",
    body=T("""
Dear Kilimani Chemist,

We confirm receipt of KES 84,350.00 via M-PESA Paybill 555019, account
AB-55162, transaction ref SKL4XQ91TR, on 28/11/2026.

Your order will be dispatched tomorrow by our rider before 11am:
  Amoxicillin 500mg caps x 100          x 20
  Artemether/lumefantrine 20/120 x 24   x 30
  Paracetamol 500mg x 1000              x 5
  ORS sachets (box of 100)              x 10
  Metformin 500mg x 100                 x 12
  Amlodipine 5mg x 100                  x 8

Kindly confirm delivery on the delivery note. For any shortages please call
our sales desk.

Asante,
Peter Kamau
Sales, Afya Bora Wholesale
Tel: 0720 555 014
"""), allow=["555019"])

add("none", "elearning-sample-patient-case",
    "borderline: e-learning module using a SAMPLE fictitious patient; training only",
    country="sg",
    frm=("Learning Management System", "lms-noreply@harbourfrontclinics.sg.test"),
    to="staffnurses@harbourfrontclinics.sg.test",
    subj="Reminder: complete 'PDPA and patient data' module by 31 Dec",
    body=T("""
Dear colleague,

You have not yet completed the mandatory module "PDPA and patient data in
the clinic" (45 minutes).

In the module you'll work through a case study with a SAMPLE patient
("Mr TEST PATIENT, NRIC S0000000X, DOB 01/01/1900, hypertension") and
decide which details may be shared with a caller claiming to be his
daughter, his employer and his insurer. The sample details are fictitious
and are used only for training.

Completion is required for your annual appraisal.

Log in to the LMS to start.
"""))

add("none", "locum-availability-offer-nz",
    "NZ locum GP advertising her own availability to practices; no patient",
    country="nz",
    frm=("Dr Miriama Solomon", "miriama.locum@mailbox.example.com"),
    to="practice.manager@kowhaihealth.co.nz.test",
    subj="Locum GP available Feb-April 2027",
    body=T("""
Kia ora Janine,

I'm a vocationally registered GP (FRNZCGP) finishing a contract in
Whanganui at the end of January and I'm available for locum work from
8 February to 30 April 2027, full-time or part-time. I'm comfortable with
Medtech Evolution, acute clinics, procedures (skin excisions, IUD
insertion, joint injections) and after-hours rosters.

Happy to send my CV, MCNZ registration and indemnity certificate. My
daily rate is negotiable depending on accommodation.

Nga mihi,
Miriama Solomon
Mob 021 555 0183

On Tue, 1 Dec 2026 at 16:02, Janine Walker wrote:
> Kia ora Miriama, a colleague passed on your name. We're looking for
> someone to cover Dr Rangi's leave in March - are you free at all?
> Janine (Practice Manager, Kowhai Health Centre)
"""), reply=True)

# ===========================================================================
# PHI, English
# ===========================================================================

add("phi", "cardiology-outpatient-letter",
    "NHS letter to a named patient with NHS number and a cardiology clinic appointment",
    alt=True,
    country="uk", ids=[("nhs", "626 018 1590")],
    frm=("Northmoor Hospitals - Outpatient Appointments", "appointments@northmoor.nhs.uk.test"),
    to=("Mr Gareth Pryce", "gareth.pryce61@mailbox.example.com"),
    subj="Your hospital appointment - Cardiology",
    body=T("""
Mr Gareth Pryce
12 Alder Close
Northmoor NM4 7QT

Hospital number: N0448172        NHS number: 626 018 1590
Date of birth: 03/09/1961

Dear Mr Pryce,

We have arranged for you to see Dr R. Whitlock, Consultant Cardiologist,
in the Cardiology Outpatient Clinic (Clinic 3, Level 1) on:

    Tuesday 12 January 2027 at 10:40

This appointment follows the referral from your GP about your chest pain
and the ECG changes found at the surgery. You will have an ECG and an
echocardiogram on arrival, so please allow up to 3 hours. Please bring a
list of all the medicines you take, including your bisoprolol and
atorvastatin.

If you cannot attend, please call 01632 960512 so we can offer the slot to
someone else. Patients who miss appointments without telling us may be
referred back to their GP.

Yours sincerely,
Outpatient Appointments Centre
""") + NHS_FOOTER)

add("phi", "ward9-rota-hdu-transfer",
    "borderline: staffing/rota mail that also reports one named patient's transfer to HDU with his condition",
    country="uk",
    frm=("Sister Abena Osei", "abena.osei@northmoor.nhs.uk.test"),
    to="ward12-nurses@northmoor.nhs.uk.test",
    subj="Tonight's rota + bed 14",
    body=T("""
Evening all,

Tonight: Kerry and Tomasz on the main bays, Jess on the NIV bay, HCA from
bank is Priscilla (confirmed). Day shift tomorrow is short by one RN - I've
put it out to bank but if anyone can pick up a long day let me know.

Bed 14 - Mr Derek Ashworth moved to HDU at 17:10. His gases worsened on
BiPAP (pH 7.24, pCO2 9.8) and the reg wanted him on closer monitoring.
His wife knows and is on her way in; she'll probably come to the ward
first for his glasses and phone, they're in his locker.

Please remember to do your fire safety e-learning, it's overdue for half
the ward.

Abena
"""))

add("phi", "blood-test-normal-no-action",
    "GP surgery message to a patient that her blood test results are normal",
    country="uk",
    frm=("Willowbank Surgery", "noreply@willowbank-surgery.nhs.uk.test"),
    to="ellie.marsh92@mailbox.example.com",
    subj="Your test results",
    body=T("""
Dear Ellie Marsh,

Dr Prideaux has reviewed the blood tests you had taken on 24 November
(full blood count, thyroid function and iron levels). They are all normal
and no further action is needed. Your ferritin is 38, which is fine, so you
don't need to carry on the iron tablets after you finish the current box.

If you're still feeling tired in a month, book a routine appointment and
we can talk about it.

Please do not reply to this message - this mailbox is not monitored.

Willowbank Surgery
"""))

add("phi", "ed-discharge-wrist-fracture",
    "A&E discharge summary to the GP: named patient, fracture and co-codamol after manipulation",
    country="uk", ids=[("nhs", "483 016 6134")],
    frm=("Ashcombe General Emergency Department", "ed.discharges@ashcombe.nhs.uk.test"),
    to="hollinsroad.gp@nhs.example.net",
    subj="ED Discharge Summary - WALSH, Maureen - NHS 483 016 6134",
    body=T("""
EMERGENCY DEPARTMENT DISCHARGE SUMMARY

Patient:        WALSH, Maureen Anne
DOB:            17/02/1948          NHS No: 483 016 6134
Hosp No:        A2291034
Attended:       30/11/2026 14:22    Discharged: 30/11/2026 19:05
Registered GP:  Hollins Road Medical Practice

Presenting complaint: Fall on wet pavement onto outstretched left hand.

Diagnosis: Displaced distal radius fracture (Colles type), left.

Management: Haematoma block, closed manipulation, backslab applied.
Post-reduction X-ray satisfactory. Neurovascularly intact.

Medication on discharge: Co-codamol 30/500, two tablets up to four times
a day for 5 days (20 supplied). Advised to stop if drowsy or constipated.

Follow-up: Fracture clinic, 04/12/2026 09:00. Falls assessment requested -
GP please consider bone health review (DEXA) given age and fracture.

Seen by: Dr C. Ibekwe, ST4 Emergency Medicine
""") + NHS_FOOTER)

add("phi", "newsletter-knee-story-consent",
    "borderline: practice newsletter with a named patient's own story of her knee replacement, shared with consent",
    country="uk",
    frm=("Willowbank Surgery", "newsletter@willowbank-surgery.nhs.uk.test"),
    to=("Willowbank Patient Participation Group", "ppg@willowbank-surgery.nhs.uk.test"),
    subj="PPG newsletter - winter edition",
    body=T("""
WILLOWBANK PATIENT PARTICIPATION GROUP - WINTER NEWSLETTER

Meet the PPG
Our next meeting is on Tuesday 19 January at 6pm in the practice library.
New members welcome.

"I'm back on the allotment" - Doreen's story
(shared with Doreen's permission)

Doreen Fairclough, 74, from Heavitree, had her right knee replaced at
Ashcombe General in September after two years of pain that stopped her
gardening. "Dr Prideaux referred me and I did the 'joint school' class
before the op, which was brilliant. The first fortnight was hard - I was
on the morphine liquid and then paracetamol and ibuprofen - but the
physios at the surgery got me walking with one stick by week six." Doreen
still does her exercises every morning and says the waiting list was
worth it.

Friends and Family Test
92% of you would recommend the practice. Thank you!

Willowbank Surgery PPG
"""))

add("phi", "fitness-to-work-phased-return",
    "borderline: occupational health note to a manager about one employee's back injury and phased return",
    country="uk",
    frm=("Occupational Health - Northmoor Hospitals", "occhealth@northmoor.nhs.uk.test"),
    to=("Estates Manager - Facilities", "m.gallagher@northmoor.nhs.uk.test"),
    subj="Management referral outcome - Craig Lowther (porter), employee 20391177",
    body=T("""
PRIVATE AND CONFIDENTIAL - MANAGEMENT REPORT

Employee:    Craig Lowther, Porter, Facilities
Employee no: 20391177
Seen:        01/12/2026 by Occupational Health Physician

Thank you for your referral. Mr Lowther has consented to this report.

Mr Lowther injured his lower back lifting a bed on 2 November and has been
off work since. He has had physiotherapy through the staff fast-track
service and is taking naproxen. He has improved but still gets pain when
bending for long periods.

In my opinion he is fit for a phased return from 14 December:
  weeks 1-2: 4-hour shifts, no manual bed moves, no lifting over 10 kg
  weeks 3-4: 6-hour shifts, bed moves with a second porter and the
             powered tug only
  week 5 onwards: normal duties if symptoms allow

The Equality Act is unlikely to apply. I have not arranged a review but
am happy to see him again if the return does not go to plan.

Dr Oyelaran
Consultant Occupational Physician
"""), allow=["20391177"])

add("phi", "ent-waiting-list-validation",
    "HSE waiting-list validation letter to a named patient with MRN for an ENT appointment",
    alt=True,
    country="ie",
    frm=("HSE National Treatment Waiting List Validation", "validation@waitinglists.hse.example.ie.test"),
    to=("Seán Ó Flaherty", "sean.oflaherty@mailbox.example.com"),
    subj="Are you still waiting? ENT outpatient appointment - St Ronan's",
    body=T("""
Dear Seán Ó Flaherty,

Hospital: St Ronan's University Hospital
Specialty: Ear, Nose and Throat (ENT)
MRN: SF00719284
Date of birth: 22/07/1985
Date added to list: 14/03/2025 (referral for recurrent tonsillitis)

You are on the waiting list for an outpatient appointment in the
specialty above. We are checking whether you still need this appointment.

Please confirm within 14 days, using the link on the letter posted to you
or by phoning 021 555 0177, whether you:
  - still need the appointment,
  - no longer need it (for example, you had treatment elsewhere), or
  - would like to be removed from the list.

If we do not hear from you, the hospital may tell your GP that you no
longer need the appointment.

HSE Waiting List Validation Office
"""))

add("phi", "dad-discharge-family-typos",
    "informal family mail about a father's discharge, his heart failure tablets and follow-up",
    country="ie",
    frm=("Orla Keating", "orlakeating77@mailbox.example.com"),
    to=["ciaran.keating@mailbox.example.com", "fiona.keating.b@mailbox.example.com"],
    subj="Dad home tmrw",
    body=T("""
hi both

spoke to the reg on the ward round this morning, dad is being discharged tmrw
after lunch. his ankles are way down and they've upped the furosemide to
80mg in the morning and started him on a new one, dapagliflozin (?) for the
heart. he has to weigh himself every morning and ring the heart failure
nurse if he puts on more than 2kg in 3 days, they're giving us a card with
the number

Ciaran can u collect him, I'm on a late. Fi can you do the chemist on
Thursday with the new prescripton, the discharge letter is going to Dr
Hegarty as well

also he's not supposed to have the salt on everything anymore so good luck
with that lol

O x
"""))

add("phi", "ohip-hba1c-lab-requisition",
    "Ontario family doctor sends a named patient's lab requisition with OHIP number for HbA1c and lipids",
    country="ca",
    frm=("Dr. Priya Raman's office", "reception.raman@lakeshore-fht.on.ca.test"),
    to="m.santos.home@mailbox.example.com",
    subj="Your lab requisition from Dr. Raman",
    body=T("""
Hi Mr. Santos,

As discussed at your visit, Dr. Raman would like you to have your diabetes
bloodwork done before your next appointment on January 18. Your
requisition is attached as a PDF - print it or show it on your phone at
any community lab.

Please fast for 10-12 hours (water is fine) and keep taking your
metformin as usual.

Lakeshore Family Health Team
(416) 555-0162
"""),
    atts=[PDF("Requisition_Santos_M.pdf", [
        "Ontario - Laboratory Requisition",
        "Requisitioning clinician: Dr. Priya Raman, Lakeshore Family Health Team",
        "Patient: SANTOS, Manuel    DOB: 1958-04-27    Sex: M",
        "Health number: 8529-170-345   Version: KT   Province: ON",
        "Tests: Hemoglobin A1C; Glucose - fasting; Lipid assessment (fasting);",
        "       Creatinine (eGFR); Urine albumin/creatinine ratio",
        "Clinical information: Type 2 diabetes, on metformin 1000 mg BID.",
        "Copy to: Dr. P. Raman",
    ], flate=True)], ids=[("ohip", "8529-170-345")])

add("phi", "refill-ready-pickup",
    "pharmacy tells a named customer her prescription refill is ready",
    country="ca",
    frm=("Glenmount Pharmacy", "refills@glenmountpharmacy.ca.test"),
    to="linda.chow.to@mailbox.example.com",
    subj="Linda, your prescription is ready for pickup",
    body=T("""
Hi Linda,

Your refill is ready at Glenmount Pharmacy (Bayview & Eglinton):

  Rx 4471092  LEVOTHYROXINE 100 MCG TAB  x 90
  Rx 4471093  RAMIPRIL 5 MG CAP          x 90

Ready since: Dec 3, 2026, 11:20 AM
Amount due: $4.11 (dispensing fee; covered by Ontario Drug Benefit)

We'll hold it for 10 days. Reply STOP to stop refill reminders.

Glenmount Pharmacy | (416) 555-0129
"""), allow=["4471092", "4471093"])

add("phi", "cervical-screening-reminder-medicare",
    "Australian GP recall letter to a named patient with Medicare number that her cervical screening is due",
    country="au", ids=[("medicare_au", "3212 23306 2")],
    frm=("Banksia Street Medical Centre", "recalls@banksiamedical.com.au.test"),
    to=("Ms Chloe Papadakis", "chloe.papadakis@mailbox.example.com"),
    subj="Reminder: your Cervical Screening Test is due",
    body=T("""
Dear Chloe,

Our records show your Cervical Screening Test is now due - your last test
was in November 2021 and was normal (HPV not detected).

You can book with Dr Ng or one of our nurses, or ask about doing a
self-collected test in private at the clinic. The test is bulk billed.

Medicare card: 3212 23306 2 / IRN 1
Date of birth: 09/05/1991

To book, use HotDoc or call 0491 570 156.

Kind regards,
Dr Ivy Ng and the team
Banksia Street Medical Centre
"""))

add("phi", "fbc-ferritin-report-ihi",
    "pathology report for a named patient with IHI, sent to the GP as a PDF",
    country="au", ids=[("ihi", "8003 6086 6661 7600")],
    frm=("Coastline Pathology - Results", "results@coastlinepath.com.au.test"),
    to="dr.ng@banksiamedical.com.au.test",
    subj="Results: NGUYEN Thi Lan - FBC, iron studies",
    body=T("""
Dr Ng,

Please find attached the report for your patient. An abnormal result has
been flagged.

Coastline Pathology
This report was sent automatically. Do not reply.
"""),
    atts=[PDF("CLP_26-8841207.pdf", [
        "SOUTHERN CROSS PATHOLOGY - CUMULATIVE REPORT",
        "Patient: NGUYEN, Thi Lan   DOB: 12/10/1979   Sex: F",
        "IHI: 8003 6086 6661 7600   Lab no: 26-8841207",
        "Requested by: Dr Ivy Ng, Banksia Street Medical Centre",
        "Collected: 01/12/2026 08:42",
        "Haemoglobin     98 g/L      L  (115-165)",
        "MCV             74 fL       L  (80-100)",
        "Ferritin         6 ug/L     L  (30-300)",
        "Transferrin sat  7 %        L  (15-45)",
        "Comment: Iron deficiency. Suggest investigate cause if not known.",
    ])])

add("phi", "nhi-ortho-referral-acc",
    "NZ GP referral to orthopaedics with NHI for a named patient's ACL injury",
    country="nz", ids=[("nhi", "FMH8885")],
    frm=("Dr Tama Rangi - Kowhai Health Centre", "drrangi@kowhaihealth.co.nz.test"),
    to="ortho.referrals@harbourside-hosp.health.nz.test",
    subj="Referral: Josh Whitaker NHI FMH8885 - ?ACL rupture",
    body=T("""
Dear Orthopaedic Registrar,

Re: Joshua WHITAKER, DOB 04/08/2003, NHI FMH8885
ACC claim number: KH44801927

Thank you for seeing this 23-year-old rugby player who twisted his right
knee in a tackle on 21 November. Immediate swelling, felt a pop, unable to
continue. On exam today: large effusion, positive Lachman, no bony
tenderness. X-ray NAD.

MRI has been requested through ACC. He is keen to get back to playing
and works as a builder, so is currently off work.

Meds: paracetamol, ibuprofen PRN. No allergies.

Many thanks,
Dr Tama Rangi
Kowhai Health Centre  Ph 09 555 0147
"""), allow=["KH44801927"])

add("phi", "discharge-card-uhid-aadhaar",
    "Indian hospital discharge card PDF (Flate) for a named patient with UHID, Aadhaar and ABHA",
    country="in", ids=[("aadhaar", "5478 2450 4000"), ("abha", "91-4471-2290-6617")],
    frm=("Medwise Hospitals - Medical Records", "mrd@medwisehospitals.in.test"),
    to="suresh.gowda1960@mailbox.example.com",
    subj="Discharge summary - Mr. Suresh Gowda (UHID MWH2611834)",
    body=T("""
Dear Sir,

Please find attached the discharge summary of Mr. Suresh Gowda, admitted
under Dr. Vikram Rao (Cardiology) from 24/11/2026 to 29/11/2026. The
summary has also been linked to his ABHA account.

For review in Cardiology OPD after 7 days with reports. For booking, call
080 2555 0160.

Regards,
Medical Records Department
Medwise Hospitals, Bengaluru
"""),
    atts=[PDF("Discharge_Summary_MWH2611834.pdf", [
        "MEDWISE HOSPITALS, BENGALURU - DISCHARGE SUMMARY",
        "Name: Mr. Suresh Gowda   Age/Sex: 66/M   UHID: MWH2611834   IP No: IP26-40917",
        "Aadhaar: 5478 2450 4000   ABHA: 91-4471-2290-6617",
        "DOA: 24/11/2026   DOD: 29/11/2026   Consultant: Dr. Vikram Rao",
        "Diagnosis: Acute inferior wall MI. Single vessel disease (RCA).",
        "Procedure: Primary PTCA with DES to RCA on 24/11/2026.",
        "Medicines: Tab Aspirin 75 mg OD, Tab Ticagrelor 90 mg BD,",
        "  Tab Atorvastatin 80 mg HS, Tab Metoprolol 25 mg BD, Tab Pantoprazole 40 mg OD",
        "Advice: Low salt, low fat diet. No driving for 1 week. Cardiac rehab.",
        "Review: Cardiology OPD after 7 days.",
    ], flate=True)])

add("phi", "thyroid-report-ready-whatsapp-style",
    "diagnostic centre tells a named patient her thyroid report is ready, with TSH value",
    country="in", ids=[("aadhaar", "5353 2650 2014")],
    frm=("Nirmal Diagnostics Reports", "reports@nirmaldiagnostics.in.test"),
    to="pooja.sharma.88@mailbox.example.com",
    subj="Report ready: Mrs Pooja Sharma, Thyroid Profile",
    body=T("""
Dear Mrs Pooja Sharma,

Your report for Booking ID ND-2611-77182 is ready.

Thyroid Profile (T3, T4, TSH)
  T3     1.12 ng/mL   (0.8-2.0)
  T4     6.4 ug/dL    (5.1-14.1)
  TSH    7.84 uIU/mL  HIGH (0.27-4.2)

Aadhaar linked: XXXX XXXX 2014 (verified, full number 5353 2650 2014 on
file)
Referred by: Dr. A. Khanna

Please consult your doctor with this report. Download the PDF from the
link sent to your mobile.

Team Nirmal Diagnostics
"""))

add("phi", "knee-scope-preauth-medical-aid",
    "South African medical aid pre-authorisation for a named member's knee arthroscopy",
    atts=[PDF("Authorisation_HA26-551902.pdf", ["PROTEA HEALTH MEDICAL SCHEME - HOSPITAL AUTHORISATION", "Member: Ms T Naidoo   Member no. PH 09914471/00   ID 8504152459080", "Authorisation: HA26-551902   Admission 14/12/2026 (day case)", "Procedure: Arthroscopic partial meniscectomy, left knee (ICD-10 S83.2)", "Hospital: Sandbay Private Hospital   Surgeon: Dr R. Pillay", "Co-payment: R2 500 payable on admission"])],
    country="za", ids=[("za_id", "8504152459080")],
    frm=("Protea Health Medical Scheme - Hospital Authorisations", "authorisations@proteahealth.co.za.test"),
    to="thandi.naidoo@mailbox.example.com",
    subj="Authorisation approved - ref HA26-551902",
    body=T("""
Dear Ms T Naidoo,

Member number: PH 09914471, dependant 00
ID number: 8504152459080

We have approved your hospital admission as follows:

  Authorisation:  HA26-551902
  Hospital:       Sandbay Private Hospital
  Admission:      14/12/2026 (day case)
  Procedure:      Arthroscopic partial meniscectomy, left knee
                  (ICD-10 S83.2, tariff 2477)
  Surgeon:        Dr R. Pillay, orthopaedic surgeon

Your plan pays the hospital account at 100% of the Scheme rate. A
co-payment of R2 500 applies for arthroscopic procedures and is payable to
the hospital on admission. The surgeon and anaesthetist may charge above
the Scheme rate - please ask them for a quote.

Protea Health Hospital Authorisations
0860 555 015
"""), allow=["09914471"])

add("phi", "widal-mp-result-nin",
    "Nigerian clinic lab result for a named patient with NIN: malaria parasites and Widal",
    country="ng", ids=[("nin_ng", "41837265019")],
    frm=("Good Shepherd Specialist Clinic Laboratory", "lab@goodshepherd-clinic.com.ng.test"),
    to="emeka.okafor.enu@mailbox.example.com",
    subj="Lab result - Okafor Emeka C.",
    body=T("""
GOOD SHEPHERD SPECIALIST CLINIC, ENUGU - LABORATORY REPORT

Name: OKAFOR, Emeka Chukwudi     Age: 34     Sex: M
Hosp. No: GSC/24/10883          NIN: 41837265019
HMO: Crestline Health (enrollee no. CHL/ENU/118843)
Requesting doctor: Dr. Ugwu

Malaria parasite (thick film): POSITIVE (++), P. falciparum
Widal: S. typhi O 1:80, H 1:160
Full blood count: WBC 6.2, Hb 12.9 g/dL, PLT 144

Remarks: Please see your doctor today with this result. Antimalarial
treatment has been prescribed (artemether-lumefantrine).

Lab Scientist: Mrs. N. Eze
"""), allow=["118843", "10883"])

add("phi", "sha-inpatient-claim-submission",
    "Kenyan hospital claim to the health insurer for a named patient's admission",
    atts=[TXT("claim_summary_CHEBET.txt", "CLAIM SUMMARY\nPatient: Mercy Chebet (F, 41)\nSHA member: SHA-2011884412\nAdmission: 21/11/2026 - 26/11/2026\nDiagnosis: J18.9 severe community-acquired pneumonia\nPre-auth: PA-ZWA-665120\nBed days 5 x 4,800 = 24,000\nCeftriaxone IV 5 days = 9,500\nOxygen = 12,000\nChest X-ray = 2,400\nLabs = 14,500\nTOTAL KES 62,400.00\n", cte="7bit")],
    country="ke", ids=[("sha_ke", "SHA-2011884412")],
    frm=("Claims Office - Rift Valley Mission Hospital", "claims@rvmh.co.ke.test"),
    to="claims.ziwa@sha.example.go.ke.test",
    subj="Claim submission - CHEBET Mercy - SHA-2011884412 - admission 21/11 to 26/11",
    body=T("""
Dear Claims Officer,

Please find the details of the inpatient claim below. Supporting documents
(discharge summary, invoice and pre-auth form) have been uploaded to the
portal.

Patient:            Mercy Chebet (F, 41)
SHA member no.:     SHA-2011884412
National ID:        28817340
Admission:          21/11/2026 - 26/11/2026 (5 days)
Diagnosis:          Severe community-acquired pneumonia (J18.9)
Pre-authorisation:  PA-ZWA-665120
Amount claimed:     KES 62,400.00 (ward bed days, IV ceftriaxone, oxygen,
                    chest X-ray, labs)

Kindly advise on the status.

Regards,
Naomi Kiprotich
Claims Officer
Tel: 0720 555 017
"""), allow=["28817340", "665120"])

add("phi", "mc-to-employer-nric",
    "Singapore clinic e-mails a medical certificate with NRIC and diagnosis to a patient's HR",
    country="sg", ids=[("nric_sg", "S6734906G")],
    frm=("Harbourfront Family Clinic (Tiong Bahru)", "tiongbahru@harbourfrontclinics.sg.test"),
    to="hr@marinalogistics.sg.test",
    subj="Medical certificate - Mr Lim Boon Huat (S6734906G)",
    body=T("""
Dear HR,

At the request of the patient, please find his medical certificate below.

MEDICAL CERTIFICATE
Name:       Lim Boon Huat
NRIC:       S6734906G
Date seen:  02/12/2026
Diagnosis:  Acute gastroenteritis
Unfit for duty from 02/12/2026 to 04/12/2026 (3 days inclusive)

Dr Faridah Osman
Harbourfront Family Clinic (Tiong Bahru)
MCR 09817Z

This MC can be verified at the clinic: 6555 0174.
"""))

add("phi", "soa-final-bill-quezon-city",
    "Philippine hospital statement of account for a named patient with PhilHealth deduction",
    country="ph",
    frm=("St. Lorenzo Medical Center - Billing", "billing@stlorenzomc.com.ph.test"),
    to="rowena.delacruz@mailbox.example.com",
    subj="Statement of Account - DELA CRUZ, ROMEO (Adm. No. 26-30418)",
    body=T("""
Good afternoon Ms. Dela Cruz,

As requested, here is the final statement of account of your father.

Patient:          DELA CRUZ, ROMEO S.
Admission No.:    26-30418
PhilHealth PIN:   12-025544719-3
Confinement:      Nov 22 - Nov 28, 2026, Ward 4B
Final diagnosis:  Community-acquired pneumonia, high risk; Type 2 DM

  Hospital charges            PHP  98,450.00
  Professional fees           PHP  35,000.00
  Less: PhilHealth (case rate) PHP (32,500.00)
  Less: Senior citizen disc.  PHP (18,200.00)
  BALANCE DUE                 PHP  82,750.00

Kindly settle at the Billing Section, Ground Floor, before discharge. We
accept cash, card and GCash.

Billing Section - (02) 8555 0166
"""), allow=["12-025544719-3", "26-30418"])

add("phi", "inr-in-subject-only",
    "borderline: the named patient, DOB and INR are only in the Subject; body says only dose reduced",
    country="uk",
    frm=("Anticoagulation Clinic", "anticoag@ashcombe.nhs.uk.test"),
    to="district.nurses.east@ashcombe.nhs.uk.test",
    subj="Mrs Jean Okafor DOB 12/04/1951 - INR 4.6 today",
    body=T("""
Spoke to her daughter, she'll skip tonight's dose and go down to 3mg from
tomorrow. Please recheck Monday on your round.

Thanks
Lynne
"""))

add("phi", "clinic-letter-attached-only",
    "body has no patient; the attached PDF is a named patient's rheumatology clinic letter with NHS number",
    country="uk", ids=[("nhs", "486 091 3906")],
    frm=("Rheumatology Secretaries", "rheum.secs@ashcombe.nhs.uk.test"),
    to="hollinsroad.gp@nhs.example.net",
    subj="Clinic correspondence",
    body=T("""
Please see attached.

Rheumatology Secretaries
Ashcombe General Hospital
""") + NHS_FOOTER,
    atts=[PDF("letter_2611_0093.pdf", [
        "Rheumatology Department, Ashcombe General Hospital",
        "Clinic date: 26/11/2026   Consultant: Dr S. Varma",
        "Re: Mrs Bethan Lloyd-Jones  DOB 08/01/1972  NHS No 486 091 3906",
        "Diagnosis: Seropositive rheumatoid arthritis, DAS28 5.1 (high).",
        "Plan: Increase methotrexate to 20 mg weekly with folic acid 5 mg weekly.",
        "Bloods (FBC, U&E, LFT) every 2 weeks for 6 weeks then monthly.",
        "If no response by March, will consider biologic (adalimumab biosimilar).",
        "Dear Dr Khan, thank you for continuing the shared care monitoring.",
    ])])

add("phi", "scan-filename-only",
    "borderline: the only PHI is in the attachment file name (patient's name, NHS number, discharge summary); image has no text",
    country="uk", ids=[("nhs", "8960308242")],
    frm=("Scan to Email - Ward 8 MFD", "scanner-w8@ashcombe.nhs.uk.test"),
    to="ward8-discharge-coord@ashcombe.nhs.uk.test",
    subj="Scanned document",
    body=T("""
Scanned from MFD-W8-02.
Pages: 1
Resolution: 200 dpi
"""),
    atts=[PNG("DischargeSummary_PATEL_Raj_NHS8960308242_COPD.png", 64, 40, 3)])

add("phi", "lti-card-approved-ppsn",
    "Irish Long-Term Illness scheme approval for a named patient with PPSN, listing diabetes supplies",
    country="ie", ids=[("ppsn", "7114710NA")],
    frm=("HSE Primary Care Reimbursement Service", "lti@pcrs.hse.example.ie.test"),
    to=("Nuala Brophy", "nuala.brophy@mailbox.example.com"),
    subj="Long Term Illness Scheme - application approved",
    body=T("""
Dear Nuala Brophy,

PPS Number: 7114710NA

Your application for the Long Term Illness (LTI) Scheme has been approved
for the following condition: Diabetes Mellitus.

Your LTI card will arrive by post within 10 working days. Bring it to
your pharmacy to get the drugs, medicines and medical and surgical
appliances for the treatment of your condition free of charge, including:
insulin glargine, insulin aspart, pen needles, blood glucose test strips
and lancets, and your continuous glucose monitor sensors.

Please nominate your pharmacy (currently: Kelleher's Pharmacy, Ballincollig).

Primary Care Reimbursement Service
Tel: 01 555 0188
"""))

add("phi", "adt-a01-admission-hl7",
    "HL7 ADT^A01 for one admitted patient (name, NHS number, diagnosis) forwarded to a ward system inbox",
    country="uk", ids=[("nhs", "7281948212")],
    frm=("Integration Engine Alerts", "tie-alerts@northmoor.nhs.uk.test"),
    to="eobs-support@northmoor.nhs.uk.test",
    subj="Message held in error queue - ADT A01 - ward code not mapped",
    body=T("""
The following message was held in the error queue because ward code
W12NIV is not mapped in the e-Obs interface. Please add the mapping and
resubmit.

Channel: PAS_to_eObs
Queue:   ERR-HOLD
Time:    2026-12-02 03:14:52
"""),
    atts=[HL7("ADT_A01_0098813.hl7", [
        "MSH|^~\\&|PAS|NORTHMOOR|EOBS|NORTHMOOR|20261202031449||ADT^A01|0098813|P|2.4",
        "EVN|A01|20261202031200",
        "PID|1||N0552178^^^NORTHMOOR^MR~7281948212^^^NHS^NH||HALLORAN^Patrick^James||19500611|M|||7 Quarry Lane^^Northmoor^^NM2 3HX",
        "PV1|1|I|W12NIV^Bay C^Bed 3^NORTHMOOR||||C4471^Whitlock^R|||MED||||A|||C4471^Whitlock^R|IP|V2611998",
        "DG1|1||J44.1^Chronic obstructive pulmonary disease with acute exacerbation^I10|||A",
    ])], allow=["7281948212"])

add("phi", "fhir-appointment-booked",
    "FHIR Bundle with a named patient (NHS number) and a booked dermatology appointment",
    country="uk", ids=[("nhs", "8935181900")],
    frm=("Chartwell Systems Support", "support@chartwell-systems.co.uk.test"),
    to="digital.team@northmoor.nhs.uk.test",
    subj="RE: duplicate bookings - example from live",
    reply=True,
    body=T("""
Hi,

Here's one of the live bookings that was duplicated on Tuesday (pulled
from the production log, sorry - we couldn't reproduce it on sandbox). The
same Appointment was POSTed twice 400 ms apart by the kiosk.

Imran
"""),
    atts=[FHIR("appointment_bundle.json", {
        "resourceType": "Bundle", "type": "collection",
        "entry": [
            {"resource": {"resourceType": "Patient", "id": "p1",
                          "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number",
                                          "value": "8935181900"}],
                          "name": [{"family": "Kowalski", "given": ["Agnieszka"]}],
                          "birthDate": "1988-02-14", "gender": "female"}},
            {"resource": {"resourceType": "Appointment", "id": "a1", "status": "booked",
                          "serviceType": [{"text": "Dermatology - suspected skin cancer (2WW)"}],
                          "start": "2026-12-08T09:20:00+00:00", "end": "2026-12-08T09:40:00+00:00",
                          "participant": [{"actor": {"reference": "Patient/p1"}, "status": "accepted"}]}},
        ]})], allow=["8935181900"])

add("phi", "secure-tag-test-send",
    "borderline: [secure] tagged test message with no patient content (marked-secure-test-no-content)",
    country="sg",
    frm=("Clinic IT - Harbourfront", "it@harbourfrontclinics.sg.test"),
    to="it-team@harbourfrontclinics.sg.test",
    subj="[secure] test - please ignore",
    body=T("""
testing the new secure mail gateway rule, pls reply if you can open this
through the portal link

- Wei Jie
"""))

add("phi", "physio-appointment-chi",
    "Scottish physiotherapy appointment invite to a named patient with CHI number (ICS attached)",
    country="uk", ids=[("chi", "1403625549")],
    frm=("Ashburn CTC - MSK Physiotherapy", "msk.physio@ashburn-ctc.scot.nhs.uk.test"),
    to="margaret.crawford@mailbox.example.com",
    subj="Physiotherapy appointment - Mon 14 Dec, 11:15",
    body=T("""
Dear Mrs Crawford,

CHI: 1403625549

You have been booked in for your first physiotherapy appointment for your
shoulder pain (referred by Dr Grant):

  Monday 14 December 2026 at 11:15
  Ashburn Community Treatment Centre, MSK Physiotherapy, 2nd floor

Please wear a vest top or loose clothing. The appointment lasts 45
minutes. A calendar invite is attached.

To change or cancel, call 01632 960142.

MSK Physiotherapy
"""),
    atts=[ICS("physio-appointment.ics", [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ashburn CTC//Appointments//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:msk-20261214-1115-c01@ashburn-ctc.scot.nhs.uk.test",
        "DTSTAMP:20261201T100000Z", "DTSTART:20261214T111500Z", "DTEND:20261214T120000Z",
        "SUMMARY:Physiotherapy (shoulder) - Margaret Crawford",
        "LOCATION:Ashburn Community Treatment Centre\\, MSK Physiotherapy\\, 2nd floor",
        "DESCRIPTION:First appointment. Referred by Dr Grant for right shoulder pain. CHI 1403625549.",
        "ORGANIZER;CN=MSK Physiotherapy:mailto:msk.physio@ashburn-ctc.scot.nhs.uk.test",
        "ATTENDEE;CN=Margaret Crawford:mailto:margaret.crawford@mailbox.example.com",
        "END:VEVENT", "END:VCALENDAR"])])

add("phi", "fwd-xray-report-walk-in",
    "forwarded message/rfc822 with a named patient's chest X-ray report from a walk-in clinic",
    country="ca",
    frm=("Dr. Priya Raman", "p.raman@lakeshore-fht.on.ca.test"),
    to="reception.raman@lakeshore-fht.on.ca.test",
    subj="Fwd: X-ray report - please book him in this week",
    body=T("""
Can you call Mr. Okoro and book him in with me this week (a 30 min slot)?
Report below from the walk-in. Not urgent-urgent but don't let it go past
Friday.

P.
"""),
    atts=[EML(dict(
        frm=("Lakeview Walk-In Clinic", "results@lakeview-walkin.on.ca.test"),
        to=("Dr. Priya Raman", "p.raman@lakeshore-fht.on.ca.test"),
        subj="Imaging report: OKORO, Daniel (DOB 1971-09-30)",
        country="ca",
        body=T("""
Dr. Raman,

Your patient attended our walk-in clinic on Nov 30 with a 3-week cough.
Chest X-ray report:

  PATIENT: OKORO, Daniel   DOB: 1971-09-30   HCN: 3366-712-762
  EXAM: Chest PA and lateral, 2026-11-30
  FINDINGS: 2.1 cm nodular opacity right upper lobe. No effusion.
  IMPRESSION: RUL nodule. CT chest recommended.

He was advised to follow up with his family doctor.

Lakeview Walk-In Clinic
(416) 555-0147
""")))], ids=[("ohip", "3366-712-762")])

add("phi", "lola-dialysis-schedule-family",
    "Filipino family mail about a grandmother's dialysis schedule and PhilHealth sessions",
    country="ph",
    frm=("Jessa Villanueva", "jessa.villanueva@mailbox.example.com"),
    to=["mark.villanueva@mailbox.example.com", "tita.lorna@mailbox.example.com"],
    subj="lola's dialysis sched for dec",
    body=T("""
Hi Kuya Mark and Tita Lorna,

Lola's dialysis schedule at the center for December is still Mon-Wed-Fri
6am. The nurse said her potassium was high again last Friday (5.9) so no
more bananas and dried fish na talaga, pls tell Tito Ben kasi siya lagi
nagbibigay haha.

Also her 90 PhilHealth-covered sessions will run out around mid-December
so we'll have to pay the PHP 2,600 per session ourselves until January.
Can we divide it by 3? Ill make a gcash gc.

Who can bring her on the 23rd? Im on duty.

Jessa
"""))

# ===========================================================================
# RESTRICTED, English
# ===========================================================================

add("restricted", "talking-therapies-cbt-start",
    "NHS Talking Therapies (IAPT) letter booking a named patient's CBT for depression and anxiety",
    alt=True,
    country="uk", cat="mental health", ids=[("nhs", "837 865 7973")],
    frm=("Northmoor NHS Talking Therapies", "talkingtherapies@northmoor.nhs.uk.test"),
    to="kieran.doyle.nm@mailbox.example.com",
    subj="Your first CBT session",
    body=T("""
Dear Kieran,

NHS number: 837 865 7973

Thank you for completing your assessment with Jo on 20 November. As we
discussed, we've offered you a course of cognitive behavioural therapy
(CBT) for low mood and anxiety, with up to 12 weekly sessions.

Your first session is with Daniel Frost, CBT Therapist:
   Wednesday 9 December, 15:00, by video (link sent separately)

Before the session please complete the PHQ-9 and GAD-7 questionnaires
again in the portal - it helps us see how things are changing.

If you feel unable to keep yourself safe at any point, call NHS 111 and
choose the mental health option, or go to A&E.

Northmoor NHS Talking Therapies
01632 960230
""") + NHS_FOOTER)

add("restricted", "camhs-school-letter-adhd",
    "CAMHS letter to a school SENCo about a named pupil's ADHD assessment outcome and medication (PDF)",
    country="uk", cat="mental health",
    frm=("CAMHS - Northmoor Child and Family Service", "camhs.admin@northmoor.nhs.uk.test"),
    to=("Mrs Rani Akhtar, SENCo", "senco@hartleygreen.sch.uk.test"),
    subj="Letter re pupil - shared with parental consent",
    body=T("""
Dear Mrs Akhtar,

With his mother's consent, please find attached a letter from Dr Fenwick
following Oliver's recent CAMHS appointment, with recommendations for
school. The letter is password protected; his mum will give you the
password.

Kind regards,
CAMHS Admin Team
""") + NHS_FOOTER,
    atts=[PDF("CAMHS_letter_Oliver_Brennan.pdf", [
        "Northmoor Child and Family Service (CAMHS)",
        "Re: Oliver BRENNAN, DOB 17/05/2016, Year 5, Hartley Green Primary",
        "Oliver has been assessed by our neurodevelopmental team and meets",
        "criteria for ADHD, combined presentation. He also has significant anxiety.",
        "We have started methylphenidate (modified release) 18 mg each morning.",
        "School: please allow movement breaks, seat near the teacher, and",
        "send back the Conners teacher questionnaire before his review in 6 weeks.",
        "Dr H. Fenwick, Consultant Child and Adolescent Psychiatrist",
    ], flate=True)])

add("restricted", "mental-health-care-plan-referral",
    "Australian GP mental health treatment plan referral to a psychologist for a named patient's depression",
    country="au", cat="mental health", ids=[("medicare_au", "6244 02686 2")],
    frm=("Dr Ivy Ng", "dr.ng@banksiamedical.com.au.test"),
    to="referrals@harbourpsychology.com.au.test",
    subj="Referral - Mental Health Treatment Plan - Liam O'Connor",
    body=T("""
Dear Psychologist,

Re: Liam O'Connor, DOB 22/01/1996
Medicare: 6244 02686 2, IRN 1
Address: 4/18 Darling St, Glebe NSW
Mobile: 0491 570 183

I have completed a GP Mental Health Treatment Plan (MBS item 2715) for
Liam, who has a 4-month history of depressed mood, early waking, poor
concentration and withdrawal from friends after losing his job. K10 score
32. No current suicidal plan; safety plan discussed. He started
sertraline 50 mg three weeks ago.

I'd be grateful if you could see him for up to 6 sessions of focused
psychological strategies (CBT) under Better Access. Copy of the plan
attached in our usual secure channel.

Kind regards,
Dr Ivy Ng
Banksia Street Medical Centre
"""))

add("restricted", "psych-opd-display-name-only",
    "borderline: body is a plain appointment confirmation; only the sender display name reveals a psychiatry outpatient service",
    country="ie", cat="mental health",
    frm=("Glenmore Psychiatry Outpatients - Appointments", "appointments.gpo@glenmore-hosp.ie.test"),
    to="declan.furlong@mailbox.example.com",
    subj="Appointment confirmation",
    body=T("""
Dear Declan,

This is to confirm your appointment on Thursday 10 December at 10:30 with
Dr Ní Bhriain. Please report to reception on the ground floor of the
Lakeview building 10 minutes early.

If you can't attend, please let us know by phone on 01 555 0124 so we can
offer the slot to someone else.

Kind regards,
Appointments Office
"""))

add("restricted", "lithium-level-bipolar-review",
    "Indian psychiatrist's note on a named patient's bipolar disorder and lithium level",
    country="in", cat="mental health",
    frm=("Dr. Meera Nambiar, Dept. of Psychiatry", "meera.nambiar@medwisehospitals.in.test"),
    to="arjun.krishnan@mailbox.example.com",
    subj="Your lithium level - please read",
    body=T("""
Dear Arjun,

Your serum lithium level from Monday's sample is 1.32 mmol/L, which is
higher than the range we aim for (0.6-1.0). Since you mentioned the hand
tremor and loose motions, please reduce Lithium carbonate SR to 600 mg at
night (one 450 mg + half of the 300 mg tablet is not possible, so take two
300 mg tablets) starting tonight, drink plenty of water, and avoid the
pain-killer (ibuprofen) you were taking for your back.

We will repeat the level and kidney/thyroid tests on 10 December, 12 hours
after the night dose. Continue quetiapine as before. Your mood has been
stable for 8 months, so this is not a relapse - just the level.

If you get confusion, unsteady walking or vomiting, come to Emergency
straight away.

Dr. Meera Nambiar
Consultant Psychiatrist, Medwise Hospitals
OPD: 080 2555 0171
"""))

add("restricted", "methadone-pickup-pharmacy-change",
    "drug service tells a community pharmacy about a named client's methadone OST dose and pick-up change",
    country="uk", cat="substance use", ids=[("nhs", "552 760 1890")],
    frm=("Harbour Street Drug & Alcohol Service - Prescribing", "prescribing@harbourst-ddas.nhs.uk.test"),
    to="pharmacy.fr441@nhs.example.net",
    subj="Client pick-up change from Mon 7/12",
    body=T("""
Hi Gary,

Re: Lee Hamer, DOB 02/11/1983, NHS 552 760 1890

From Monday 7 December Lee is moving from daily supervised consumption to
supervised Mon-Sat with a Sunday take-home dose. Dose unchanged at
methadone 1mg/ml oral solution 65 ml daily. New FP10MDA to follow in the
post today.

Please let us know straight away if he misses 3 consecutive doses - do not
dispense on the 4th day, and ring his keyworker Anita on 01632 960648.

Thanks,
Rachel (non-medical prescriber)
Harbour Street Drug & Alcohol Service
"""))

add("restricted", "suboxone-oat-rapid-access-referral",
    "Canadian walk-in doctor refers a named patient with opioid use disorder to a rapid access OAT clinic for Suboxone",
    country="ca", cat="substance use", ids=[("ohip", "9426846565")],
    frm=("Lakeview Walk-In Clinic", "dr.hassan@lakeview-walkin.on.ca.test"),
    to="referrals@raam-clinic.on.ca.test",
    subj="RAAM referral - opioid use disorder - start buprenorphine-naloxone",
    body=T("""
Hello,

Referral to Rapid Access Addiction Medicine (RAAM) clinic:

Patient: Tyler MACKENZIE   DOB 1994-06-03   Sex M
OHIP: 9426-846-565 (version code HA) - health card number 9426846565
Phone: (416) 555-0189 (ok to leave a message)

29 y/o man using ~1 g of fentanyl per day (smoked) for 2 years, two
overdoses this year reversed with naloxone by friends. He wants to start
buprenorphine-naloxone (Suboxone) and asked about micro-dosing. No benzo
use. Hep C Ab positive 2024, not treated. Given a naloxone kit today.

Please see him this week if possible - he said he'll come to the Tuesday
walk-in hours.

Dr. Samira Hassan
Lakeview Walk-In Clinic | Fax (416) 555-0148
"""))

add("restricted", "prep-repeat-results-shc",
    "sexual health clinic tells a named patient his HIV and STI screen is clear and his PrEP is ready",
    country="uk", cat="HIV",
    frm=("Riverside Sexual Health", "results.riverside@northmoor.nhs.uk.test"),
    to="j.adebayo.north@mailbox.example.com",
    subj="Your results and PrEP",
    body=T("""
Hi James,

Your tests from 26 November are back:
  HIV (4th gen):     negative
  Syphilis:          negative
  Chlamydia / gonorrhoea (3-site): not detected
  Kidney function (creatinine/eGFR): normal

Your next 3-month supply of PrEP (emtricitabine/tenofovir disoproxil) is
ready to collect from the clinic pharmacy, or we can post it in plain
packaging - just reply with "POST".

Next PrEP review: late February. Keep taking it as we discussed
(daily, or event-based 2-1-1).

Riverside Sexual Health
Clinic number: 12-44710
"""), allow=["12-44710"])

add("restricted", "arv-refill-medical-aid-hiv-programme",
    "South African medical aid HIV programme reminds a named member to collect antiretroviral refill and do viral load",
    atts=[PDF("Pathology_request_Dlamini_S.pdf", ["PROTEA HEALTH - POSITIVE CARE PROGRAMME - PATHOLOGY REQUEST", "Patient: Mr Sipho DLAMINI   ID 9109032307084   Member PH 11208834/00", "Tests: HIV-1 viral load (PCR); CD4 count; creatinine/eGFR", "Clinical: On TLD (tenofovir/lamivudine/dolutegravir) since 2021. 6-monthly monitoring.", "Bill to: Positive Care Programme (does not affect savings)"], flate=True)],
    country="za", cat="HIV", ids=[("za_id", "9109032307084")],
    frm=("Protea Health - Positive Care Programme", "positivecare@proteahealth.co.za.test"),
    to="sipho.dlamini@mailbox.example.com",
    subj="Confidential: your chronic medicine and blood test",
    body=T("""
Dear Mr S Dlamini,

Member no.: PH 11208834 / dependant 00
ID no.: 9109032307084

Your 3-month supply of antiretroviral treatment (tenofovir / lamivudine /
dolutegravir, 1 tablet daily) is ready at your designated service provider
pharmacy, Westville Medipharm.

Your 6-monthly viral load and CD4 test is now due. Take the attached
pathology form to any network lab - the test is covered by the Positive
Care Programme and does not affect your savings.

Your last viral load (June 2026) was lower than detectable. Well done.

Positive Care Programme (confidential line)
0860 555 016
"""), allow=["11208834"])

add("restricted", "ccc-vl-result-no-keyword",
    "borderline: Kenyan comprehensive care clinic SMS-style note of a named client's VL and TLD refill; HIV never named",
    country="ke", cat="HIV",
    frm=("CCC - Rift Valley Mission Hospital", "ccc@rvmh.co.ke.test"),
    to="wanjiku.njoroge@mailbox.example.com",
    subj="Clinic update - Wanjiku",
    body=T("""
Habari Wanjiku,

Your VL results from the October visit came back: LDL (not detected).
Congratulations, keep it up!

Your next appointment is 15 January 2027 for clinic review and a
3-month TLD refill. If you are travelling, you can pick up from the
Mto Mawe satellite clinic - tell us by SMS so we send your file number
(CCC 14201-04471).

Mentor mother: Auma - 0720 555 018

Regards,
Comprehensive Care Centre
"""), allow=["14201-04471"])

add("restricted", "brca1-result-genetics-clinic",
    "clinical genetics letter with a named patient's BRCA1 pathogenic variant result",
    country="uk", cat="genetic",
    frm=("Regional Clinical Genetics Service", "genetics.admin@ashcombe.nhs.uk.test"),
    to="hollinsroad.gp@nhs.example.net",
    subj="Genetic test result - copy for GP",
    body=T("""
Dear Dr Khan,

Please find attached a copy of the letter sent to your patient following
her results appointment.

Regional Clinical Genetics Service
""") + NHS_FOOTER,
    atts=[PDF("Genetics_result_letter_ProctorA.pdf", [
        "Regional Clinical Genetics Service",
        "Re: Ms Alison PROCTOR  DOB 30/06/1984  Genetics no: G26-01877",
        "Result: Heterozygous pathogenic variant BRCA1 c.5266dupC p.(Gln1756fs)",
        "This confirms the familial variant identified in her mother.",
        "We discussed annual MRI breast screening from now, risk-reducing",
        "salpingo-oophorectomy after completing her family (by age 40),",
        "and the option of risk-reducing mastectomy.",
        "Cascade testing is offered to her sister and brother.",
        "Dr P. Okwuosa, Consultant Clinical Geneticist",
    ])])

add("restricted", "thalassaemia-carrier-couple",
    "Indian hospital tells a named couple about beta-thalassaemia carrier results and prenatal genetic counselling",
    country="in", cat="genetic", ids=[("aadhaar", "5557 5918 3623")],
    frm=("Genetic Counselling Unit, Deccan Women's Hospital", "gcu@deccanwomens.co.in.test"),
    to="nikita.shah.pune@mailbox.example.com",
    subj="HPLC results - Mrs Nikita Shah and Mr Rohan Shah",
    body=T("""
Dear Mrs Shah,

Your antenatal thalassaemia screening (HPLC) results:

  Mrs Nikita Shah (Aadhaar 5557 5918 3623), 11 weeks pregnant:
     HbA2 5.8% - beta-thalassaemia trait (carrier)
  Mr Rohan Shah: HbA2 5.4% - beta-thalassaemia trait (carrier)

As both of you are carriers, there is a 1 in 4 chance in each pregnancy
that the baby has thalassaemia major. We strongly recommend a genetic
counselling session this week, and prenatal diagnosis by CVS (chorionic
villus sampling) at 11-13 weeks if you choose.

Appointment offered: Saturday 5 December, 11:00 am, Genetic Counselling
Unit, 2nd floor. Please call 020 2555 0119 to confirm.

Dr. Ashwini Patwardhan
Genetic Counsellor
"""))

add("restricted", "lynch-predictive-test-appt",
    "NZ genetic service letter offering a named patient predictive testing for the family's Lynch syndrome variant",
    country="nz", cat="genetic", ids=[("nhi", "SET2880")],
    frm=("Aotearoa Genetic Services - Northern Hub", "ags.northern@harbourside-hosp.health.nz.test"),
    to="aroha.parata@mailbox.example.com",
    subj="Your genetic counselling appointment",
    body=T("""
Tena koe Aroha,

NHI: SET2880

Your whanau has a known change in the MSH2 gene (Lynch syndrome),
found in your uncle last year. You asked to talk with us about having a
predictive test to see if you have inherited it.

We've booked you with Sarah Tuhiwai, genetic counsellor:
    Thursday 17 December, 2pm, Level 3, Building 7 (or by video)

You're welcome to bring a support person. Whether or not you decide to
have the test is entirely your choice; we'll talk about what it means for
bowel screening, insurance and your children.

Nga mihi,
Aotearoa Genetic Services
Ph 09 555 0153
"""))

add("restricted", "chlamydia-positive-treatment",
    "GUM clinic tells a named patient her chlamydia test is positive and arranges treatment and partner notification",
    country="uk", cat="reproductive",
    frm=("Riverside Sexual Health - Health Advisers", "healthadvisers.riverside@northmoor.nhs.uk.test"),
    to="becky.t.2001@mailbox.example.com",
    subj="Please call us about your recent test",
    body=T("""
Hi Rebecca,

Your chlamydia test from 28 November was positive. Gonorrhoea, syphilis
and HIV were all negative.

Chlamydia is easily treated with a week of doxycycline. You can collect
the tablets from the clinic without an appointment (Mon-Fri 9-4), or we
can send a prescription to a pharmacy of your choice.

It's important that anyone you've had sex with in the last 6 months gets
tested and treated too. We can tell them anonymously for you - call one of
our health advisers on 01632 960334 or reply to this e-mail.

Please don't have sex until a week after you've finished the tablets.

Riverside Sexual Health
"""))

add("restricted", "implant-insertion-family-planning",
    "Nigerian family planning clinic confirms a named client's contraceptive implant insertion appointment",
    country="ng", cat="reproductive",
    frm=("Family Planning Unit, Good Shepherd Specialist Clinic", "fpu@goodshepherd-clinic.com.ng.test"),
    to="chiamaka.obi@mailbox.example.com",
    subj="Your appointment at the Family Planning Unit",
    body=T("""
Good day Mrs. Obi,

Following your counselling session last week, your appointment for
insertion of the contraceptive implant (Jadelle, 5 years) has been fixed
for Tuesday 8th December 2026 by 10am at the Family Planning Unit, Block C.

Please come with your card (FP/26/0442) and have something to eat before
coming. The procedure takes about 15 minutes under local anaesthesia. It
is free of charge under the state programme; only the consumables fee of
N2,000 is payable.

If you have any questions, you can call or WhatsApp Nurse Ifeoma on
0805 555 0142.

Family Planning Unit
"""))

add("restricted", "ivf-stim-calendar-ics",
    "Australian IVF clinic sends a named patient her stimulation and egg collection schedule (ICS)",
    country="au", cat="reproductive", ids=[("medicare_au", "6952 89074 3")],
    frm=("Harbourlight Fertility - Nurse Coordinators", "nurses@harbourlightfertility.com.au.test"),
    to="sophie.markovic@mailbox.example.com",
    subj="Your IVF cycle plan - December",
    body=T("""
Hi Sophie,

Here's your plan for this cycle (antagonist protocol):

  Day 2 (Sat 5 Dec)   start Gonal-f 225 IU each evening
  Day 6 (Wed 9 Dec)   blood test + scan 7:30am, add Orgalutran
  Day 9-10            scan and bloods, trigger timing confirmed by phone
  Egg collection      around Wed 16 Dec (day surgery, fasting from midnight)

Calendar invite attached for the first scan. Medicare card on file
6952 89074 3 - the Medicare safety net threshold may apply this cycle.

Any questions call us on 0491 570 128.

The Nurse Coordinators
"""),
    atts=[ICS("first-scan.ics", [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harbourlight Fertility//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:ivf-scan-20261209-sm@harbourlightfertility.com.au.test",
        "DTSTAMP:20261201T220000Z", "DTSTART;TZID=Australia/Sydney:20261209T073000",
        "DTEND;TZID=Australia/Sydney:20261209T080000",
        "SUMMARY:IVF monitoring - blood test and scan (Sophie Markovic)",
        "LOCATION:Harbourlight Fertility\\, Level 2\\, 40 Macquarie St",
        "DESCRIPTION:Day 6 of stimulation. Start Orgalutran tonight if advised.",
        "END:VEVENT", "END:VCALENDAR"])])

# ===========================================================================
# German
# ===========================================================================

DSGVO = T("""
--
Hinweis zum Datenschutz: Diese E-Mail kann vertrauliche Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte
den Absender und löschen Sie diese Nachricht. Informationen zur
Verarbeitung Ihrer Daten nach Art. 13 DSGVO finden Sie auf unserer Website.
""")

add("none", "zusatzbeitrag-2027-mitglied",
    "borderline: Krankenkasse letter to a named member about the 2027 premium (Zusatzbeitrag); identifier but no care",
    alt=True,
    lang="de", country="de", charset="iso-8859-1", cte="quoted-printable",
    frm=("Auenland BKK Mitgliederservice", "service@auenland-bkk.de.test"),
    to=("Herrn Jürgen Wöhrle", "j.woehrle@posteo.example.de.test"),
    subj="Ihr Beitrag ab 1. Januar 2027",
    body=T("""
Sehr geehrter Herr Wöhrle,

zum 1. Januar 2027 passt die Auenland BKK ihren kassenindividuellen
Zusatzbeitrag an. Er steigt von 2,5 % auf 2,9 % Ihres beitragspflichtigen
Einkommens. Der allgemeine Beitragssatz von 14,6 % bleibt unverändert.

Ihre Versichertennummer: C491316772
Mitgliedsnummer: 70 448 1192

Als Arbeitnehmer müssen Sie nichts tun: Ihr Arbeitgeber führt den Beitrag
automatisch ab und trägt die Hälfte. Durch die Erhöhung haben Sie ein
Sonderkündigungsrecht bis zum 31. Januar 2027. Wir würden uns aber freuen,
wenn Sie uns treu bleiben - unser Bonusprogramm und die
Osteopathie-Erstattung bis 240 EUR im Jahr gibt es weiterhin.

Fragen? Sie erreichen uns unter 0211 5550 1480 (Mo-Fr 8-18 Uhr).

Mit freundlichen Grüßen
Ihre Auenland BKK
""") + DSGVO, ids=[("kvnr", "C491316772")], allow=["70 448 1192"])

add("none", "praxis-urlaub-vertretung",
    "Hausarztpraxis holiday closure and locum practice notice; general",
    lang="de", country="de", cte="8bit",
    frm=("Hausarztpraxis Dr. Lindner & Kollegen", "praxis@hausarzt-lindner.de.test"),
    to="patienten@hausarzt-lindner.de.test",
    subj="Praxisurlaub 23.12. bis 03.01. - Vertretung",
    body=T("""
Liebe Patientinnen und Patienten,

unsere Praxis bleibt vom 23.12.2026 bis einschließlich 03.01.2027
geschlossen. Ab Montag, 04.01.2027, sind wir wieder zu den gewohnten
Zeiten für Sie da.

Vertretung übernehmen:
  23.12. - 30.12.  Praxis Dr. Aydın, Bahnhofstraße 12, Tel. 0711 5550 2231
  31.12. - 03.01.  Gemeinschaftspraxis Hoffmann/Kraus, Am Markt 3,
                   Tel. 0711 5550 2287

Außerhalb der Sprechzeiten erreichen Sie den ärztlichen
Bereitschaftsdienst unter 116 117. Bei lebensbedrohlichen Notfällen
wählen Sie bitte die 112.

Bitte denken Sie daran, Folgerezepte und Überweisungen rechtzeitig vor
dem Urlaub zu bestellen - gerne per E-Rezept-App.

Wir wünschen Ihnen frohe Feiertage und einen guten Start ins neue Jahr!

Ihr Praxisteam Dr. Lindner
"""))

add("none", "mfa-stellenanzeige-praxis",
    "job advert for a medical assistant (MFA) in a GP practice; recruitment",
    lang="de", country="de", cte="quoted-printable",
    frm=("Hausarztpraxis Dr. Lindner & Kollegen", "praxis@hausarzt-lindner.de.test"),
    to="jobs@aerzteblatt-kleinanzeigen.example.de.test",
    subj="Stellenanzeige: MFA (m/w/d) in Voll- oder Teilzeit gesucht",
    body=T("""
Wir suchen ab sofort eine Medizinische Fachangestellte / einen
Medizinischen Fachangestellten (m/w/d) in Voll- oder Teilzeit.

Unsere hausärztliche Gemeinschaftspraxis mit drei Ärztinnen und Ärzten in
Stuttgart-Vaihingen betreut rund 3.500 Patientinnen und Patienten pro
Quartal. Wir arbeiten mit einer modernen Praxissoftware, E-Rezept und
elektronischer Patientenakte (ePA).

Ihre Aufgaben: Empfang und Terminvergabe, Blutentnahmen, EKG,
Lungenfunktion, Impfmanagement, Assistenz bei kleinen Eingriffen,
Abrechnung (EBM/GOÄ).

Wir bieten: Vergütung über Tarif, 30 Tage Urlaub, keine Samstagsarbeit,
Jobticket, Fortbildung zur VERAH möglich.

Bewerbungen bitte an praxis@hausarzt-lindner.de.test, z. Hd. Frau Seidel.
"""),
    html=T("""
<html><body style="font-family:Arial,sans-serif">
<h2>MFA (m/w/d) in Voll- oder Teilzeit gesucht</h2>
<p>Unsere hausärztliche Gemeinschaftspraxis mit drei Ärztinnen und Ärzten in Stuttgart-Vaihingen betreut rund
3.500 Patientinnen und Patienten pro Quartal. Wir arbeiten mit einer modernen Praxissoftware, E-Rezept und
elektronischer Patientenakte (ePA).</p>
<p><b>Ihre Aufgaben:</b> Empfang und Terminvergabe, Blutentnahmen, EKG, Lungenfunktion, Impfmanagement,
Assistenz bei kleinen Eingriffen, Abrechnung (EBM/GOÄ).</p>
<p><b>Wir bieten:</b> Vergütung über Tarif, 30 Tage Urlaub, keine Samstagsarbeit, Jobticket,
Fortbildung zur VERAH möglich.</p>
<p>Bewerbungen bitte an <a href="mailto:praxis@hausarzt-lindner.de.test">praxis@hausarzt-lindner.de.test</a>, z.&nbsp;Hd. Frau Seidel.</p>
</body></html>
"""))

add("none", "konnektor-erezept-stoerung",
    "IT notice about a Telematikinfrastruktur connector outage affecting e-prescriptions; no patient",
    lang="de", country="de", charset="iso-8859-15", cte="8bit",
    frm=("MedIT Süd Support", "support@medit-sued.de.test"),
    to="kunden-praxen@medit-sued.de.test",
    subj="Störung TI-Konnektor: E-Rezept und eAU teilweise nicht verfügbar",
    body=T("""
Sehr geehrte Praxisteams,

seit heute, 08:15 Uhr, kommt es bei Konnektoren mit Firmware 5.1.x zu
Verbindungsabbrüchen zur Telematikinfrastruktur. Betroffen sind:

  - Ausstellen und Signieren von E-Rezepten (QES)
  - Versand von eAU an die Krankenkassen
  - KIM-Nachrichten
  - Versichertenstammdatenabgleich beim Einlesen der eGK

Das Einlesen der Gesundheitskarte funktioniert im Offline-Modus weiter.
Bitte nutzen Sie bis zur Behebung das Ersatzverfahren (Muster 16 auf
Papier) und stellen Sie eAUs später nach.

Wir arbeiten mit dem Hersteller an einem Hotfix und melden uns bis
spätestens 14:00 Uhr. Eine Fernwartung ist nicht erforderlich.

Die Kosten für das Update (Pauschale 0 EUR im Wartungsvertrag) fallen
nicht an.

Ihr MedIT Süd Support-Team
Hotline 0711 5550 3300
"""))

add("phi", "reha-bewilligung-knie-tep",
    "Krankenkasse letter approving one named member's orthopaedic rehabilitation after knee replacement",
    atts=[PDF("Bescheid_AHB_Schaefer.pdf", ["Auenland BKK - Bescheid über eine Anschlussrehabilitation", "Versicherte: Ingrid Schäfer   Versichertennummer: G409305652", "Indikation: Zustand nach Knie-TEP rechts (19.11.2026)", "Einrichtung: Reha-Klinik Seeblick, Bad Waldsee - Beginn 07.12.2026, 21 Tage stationär", "Zuzahlung: 10 EUR/Tag"], flate=True)],
    lang="de", country="de", charset="iso-8859-1", cte="base64",
    frm=("Auenland BKK - Leistungen Rehabilitation", "reha@auenland-bkk.de.test"),
    to=("Frau Ingrid Schäfer", "ingrid.schaefer@web.example.de.test"),
    subj="Bewilligung Ihrer Anschlussrehabilitation",
    body=T("""
Sehr geehrte Frau Schäfer,

Versichertennummer: G409305652

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Antrag auf eine
Anschlussrehabilitation (AHB) nach der Implantation einer
Knie-Totalendoprothese rechts am 19.11.2026 bewilligt haben.

Einrichtung:   Reha-Klinik Seeblick, Bad Waldsee (Orthopädie)
Beginn:        07.12.2026, Anreise bis 11:00 Uhr
Dauer:         21 Tage (stationär)
Zuzahlung:     10 EUR pro Tag, höchstens für 28 Tage im Kalenderjahr

Bitte bringen Sie Ihren Entlassungsbericht aus der Klinik St. Anna (liegt
der Reha-Klinik bereits vor), Ihre Medikamente für die ersten drei Tage
(u. a. Ihr Thromboseprophylaxe-Mittel) und bequeme Kleidung mit. Die
Fahrtkosten übernehmen wir, wenn Sie mit dem Krankentransport anreisen.

Gegen diesen Bescheid können Sie innerhalb eines Monats Widerspruch
einlegen.

Mit freundlichen Grüßen
Ihre Auenland BKK
Sachbearbeitung Reha, Tel. 0211 5550 1490
""") + DSGVO, ids=[("kvnr", "G409305652")])

add("phi", "laborbefund-hausarzt-tsh",
    "GP practice sends a named patient her lab report (PDF) with KVNR, thyroid and iron values",
    lang="de", country="de", cte="quoted-printable",
    frm=("Hausarztpraxis Dr. Lindner & Kollegen", "praxis@hausarzt-lindner.de.test"),
    to=("Sabine Krüger", "sabine.krueger@gmx.example.de.test"),
    subj="Ihre Laborwerte vom 27.11.",
    body=T("""
Liebe Frau Krüger,

wie am Telefon besprochen schicke ich Ihnen Ihren Laborbefund als PDF.
Frau Dr. Lindner hat sich die Werte angesehen: Ihr TSH ist leicht erhöht,
die Schilddrüse arbeitet also etwas zu langsam. Sie möchte das in 6 Wochen
kontrollieren und dann über L-Thyroxin sprechen. Das Ferritin ist niedrig,
bitte holen Sie sich das Eisenpräparat aus der Apotheke (das Rezept liegt
als E-Rezept auf Ihrer Karte).

Kontrolltermin: Donnerstag, 14.01.2027, 08:10 Uhr (nüchtern).

Viele Grüße
Anja Seidel, MFA
""") + DSGVO,
    atts=[PDF("Laborbefund_Krueger_Sabine_2026-11-27.pdf", [
        "Labor Dr. Brenner & Partner MVZ - Befundbericht",
        "Patientin: Krueger, Sabine   geb. 14.08.1977   KVNR: E619958225",
        "Einsender: Hausarztpraxis Dr. Lindner & Kollegen",
        "Eingang: 27.11.2026",
        "TSH basal        5,84 mU/l   H  (0,27-4,20)",
        "fT4              1,02 ng/dl     (0,93-1,70)",
        "Ferritin         9 ng/ml     L  (15-150)",
        "Haemoglobin      11,8 g/dl   L  (12,0-15,4)",
        "Befund elektronisch freigegeben.",
    ])], ids=[("kvnr", "E619958225")])

add("restricted", "psychiatrie-ambulanz-termin",
    "psychiatric outpatient clinic (PIA) appointment letter for a named patient with depression",
    lang="de", country="de", cat="mental health", cte="quoted-printable",
    frm=("Psychiatrische Institutsambulanz - Klinikum Neckartal", "pia@klinikum-neckartal.de.test"),
    to="t.bergmann84@mailbox.example.com",
    subj="Ihr Termin in der Institutsambulanz am 10.12.",
    body=T("""
Sehr geehrter Herr Bergmann,

nach Ihrem Aufenthalt auf unserer Station P3 (depressive Episode) bestätigen
wir Ihnen den ersten Termin zur Weiterbehandlung in der Psychiatrischen
Institutsambulanz:

  Donnerstag, 10.12.2026, 14:30 Uhr
  bei Frau Dr. Yıldız (Fachärztin für Psychiatrie und Psychotherapie)
  Haus 6, Erdgeschoss, Raum 0.14

Bitte bringen Sie Ihre Versichertenkarte und Ihren aktuellen
Medikamentenplan (Sertralin, Mirtazapin) mit. Die Termine für die
Gruppentherapie erhalten Sie beim ersten Gespräch.

In einer Krise erreichen Sie rund um die Uhr unsere Notaufnahme oder den
Krisendienst unter 0800 555 0191.

Mit freundlichen Grüßen
Ambulanzsekretariat PIA
Klinikum Neckartal
""") + DSGVO)

add("restricted", "kinderwunsch-zyklusplan",
    "fertility centre e-mails a named couple their IVF treatment plan and cost approval",
    lang="de", country="de", cat="reproductive", charset="iso-8859-15", cte="quoted-printable",
    frm=("Kinderwunschzentrum Rheinauen", "team@kiwu-rheinauen.de.test"),
    to=["lena.hofmann@web.example.de.test", "markus.hofmann@web.example.de.test"],
    subj="Ihr Behandlungsplan IVF/ICSI - Januar",
    body=T("""
Liebe Frau Hofmann, lieber Herr Hofmann,

Ihre Krankenkasse hat den Behandlungsplan für den 2. IVF/ICSI-Versuch
genehmigt (50 % Kostenübernahme). Ihr Eigenanteil beträgt voraussichtlich
ca. 1.850 EUR zzgl. Medikamente.

Ablauf:
  - Zyklustag 1 im Januar bitte telefonisch melden
  - ab Zyklustag 2: Stimulation mit 150 IE FSH täglich
  - Ultraschall- und Hormonkontrollen an ZT 6 und ZT 9
  - Follikelpunktion in Kurznarkose ca. an ZT 12-14
  - Spermiogramm/Probe von Herrn Hofmann am Punktionstag

Bitte denken Sie an die unterschriebene Einverständniserklärung zur
Kryokonservierung überzähliger Eizellen.

Herzliche Grüße
Ihr Team vom Kinderwunschzentrum Rheinauen
Tel. 0221 5550 4470
""") + DSGVO)

add("restricted", "humangenetik-befundbesprechung",
    "borderline: German human genetics practice invites a named patient to discuss her predictive test result for the familial cardiomyopathy variant",
    lang="de", country="de", cat="genetic", charset="iso-8859-1", cte="quoted-printable",
    frm=("Praxis für Humangenetik Dr. Albrecht", "sekretariat@humangenetik-albrecht.de.test"),
    to="katrin.vogel@t-online.example.de.test",
    subj="Ihr Termin zur Befundbesprechung",
    body=T("""
Sehr geehrte Frau Vogel,

das Ergebnis Ihrer prädiktiven genetischen Untersuchung auf die in Ihrer
Familie bekannte Variante im MYBPC3-Gen (hypertrophe Kardiomyopathie)
liegt vor. Nach dem Gendiagnostikgesetz teilen wir Ihnen das Ergebnis
nicht per E-Mail oder Telefon mit, sondern in einem persönlichen
genetischen Beratungsgespräch, wie mit Ihnen vereinbart.

Termin: Mittwoch, 16.12.2026, 11:00 Uhr, bei Frau Dr. Albrecht
Ort:    Praxis für Humangenetik, Königstraße 40, 2. OG

Sie können gern eine Vertrauensperson mitbringen. Sie haben weiterhin
das Recht, das Ergebnis nicht zu erfahren; bitte sagen Sie uns dann
vorher Bescheid.

Versichertennummer: H969372930

Mit freundlichen Grüßen
Sekretariat der Praxis für Humangenetik
Tel. 0711 5550 4120
""") + DSGVO, ids=[("kvnr", "H969372930")])

add("restricted", "suchtberatung-substitution-vermittlung",
    "German addiction counselling service arranges opioid substitution for a named client with a practice",
    lang="de", country="de", cat="substance use", cte="8bit",
    frm=("Suchtberatung Neckarufer - Diakonie", "beratung@suchtberatung-neckarufer.de.test"),
    to="praxis@hausarzt-lindner.de.test",
    subj="Anfrage Substitutionsplatz - Herr Dennis Kowalski",
    reply=True,
    body=T("""
Sehr geehrte Frau Dr. Lindner,

vielen Dank für Ihre schnelle Rückmeldung. Herr Dennis Kowalski
(geb. 09.07.1989) ist einverstanden, dass wir Ihnen die Informationen
weitergeben (Schweigepflichtentbindung liegt vor).

Herr Kowalski konsumiert seit etwa vier Jahren Heroin, zuletzt täglich,
und möchte mit einer Substitutionsbehandlung beginnen. Er war bereits
2023 kurz mit Polamidon substituiert. Die psychosoziale Begleitung
übernehmen wir weiterhin (wöchentliche Gespräche).

Könnte er am Montag, 14.12., zum Erstgespräch in Ihre Substitutionssprechstunde
kommen? Einen aktuellen Urin-Drogentest bringt er mit.

Mit freundlichen Grüßen
Jonas Reuter, Sozialarbeiter (B.A.)
Suchtberatung Neckarufer, Tel. 0711 5550 6610

> Von: Hausarztpraxis Dr. Lindner
> Gesendet: Donnerstag, 3. Dezember 2026 12:14
> Betreff: AW: Anfrage Substitutionsplatz
>
> Lieber Herr Reuter, wir haben ab Mitte Dezember wieder einen Platz
> frei. Bitte schicken Sie mir die Eckdaten. Viele Grüße, E. Lindner
"""))

# ===========================================================================
# French
# ===========================================================================

add("none", "depistage-colorectal-campagne",
    "CPAM generic campaign on colorectal cancer screening for 50-74 year olds; no individual",
    lang="fr", country="fr", cte="quoted-printable",
    frm=("Assurance Maladie - CPAM du Val-de-Garonne", "ne-pas-repondre@cpam-valdegaronne.fr.test"),
    to="assures@cpam-valdegaronne.fr.test",
    subj="Dépistage du cancer colorectal : le test se fait chez vous",
    body=T("""
Madame, Monsieur,

Vous avez entre 50 et 74 ans ? Le dépistage du cancer colorectal est
recommandé tous les 2 ans. Le test est simple, rapide et se fait chez vous.

Détecté tôt, ce cancer se guérit dans 9 cas sur 10.

Comment obtenir le test ?
  - auprès de votre médecin traitant, de votre gynécologue ou d'un
    pharmacien ;
  - en le commandant en ligne depuis votre compte ameli.

Le test et son analyse sont pris en charge à 100 % par l'Assurance
Maladie, sans avance de frais.

Votre Caisse primaire d'assurance maladie
"""),
    html=T("""
<html><body style="font-family:Arial,sans-serif;color:#1a1a1a">
<div style="background:#0c419a;color:#fff;padding:14px;font-size:18px">L'Assurance Maladie</div>
<h2>Dépistage du cancer colorectal&nbsp;: le test se fait chez vous</h2>
<p>Vous avez entre 50 et 74&nbsp;ans&nbsp;? Le dépistage du cancer colorectal est recommandé tous les 2&nbsp;ans.
Le test est simple, rapide et se fait chez vous.</p>
<p><b>Détecté tôt, ce cancer se guérit dans 9 cas sur 10.</b></p>
<p>Comment obtenir le test&nbsp;? Auprès de votre médecin traitant, de votre gynécologue ou d'un pharmacien,
ou en le commandant en ligne depuis votre compte.</p>
<p>Le test et son analyse sont pris en charge à 100&nbsp;% par l'Assurance Maladie, sans avance de frais.</p>
<p style="font-size:11px;color:#666">Ceci est un message automatique de votre CPAM.</p>
</body></html>
"""))

add("none", "cabinet-fermeture-noel",
    "médecin traitant's practice closure over Christmas with on-call info; general",
    alt=True,
    lang="fr", country="fr", charset="iso-8859-15", cte="8bit",
    frm=("Cabinet médical des Tilleuls", "secretariat@cabinet-tilleuls.fr.test"),
    to="patients@cabinet-tilleuls.fr.test",
    subj="Fermeture du cabinet du 24 décembre au 2 janvier",
    body=T("""
Chers patients,

Le cabinet sera fermé du jeudi 24 décembre au samedi 2 janvier inclus.

Pendant cette période :
  - pour une consultation non urgente, le Dr Fabre (Cabinet de la place
    Saint-Michel) assure les remplacements : 05 55 50 12 87 ;
  - le soir, le week-end et les jours fériés, appelez le 15 ou le
    médecin de garde via le 116 117 ;
  - en cas d'urgence vitale, composez le 15 ou le 112.

Pensez à renouveler vos ordonnances avant le 23 décembre. Les
téléconsultations reprendront le lundi 4 janvier.

Le Dr Camille Roussel, le Dr Thomas Béranger et Mme Leroy, notre
secrétaire, vous souhaitent de très belles fêtes.
"""))

add("none", "chu-communique-robot-chirurgical",
    "university hospital press release on a new surgical robot; no patient",
    lang="fr", country="fr", cte="8bit",
    frm=("CHU de Bordeaux-Garonne - Direction de la communication", "presse@chu-garonne.fr.test"),
    to="redaction@sudouest-sante.example.fr.test",
    subj="Communiqué : le CHU se dote d'un deuxième robot chirurgical",
    body=T("""
COMMUNIQUÉ DE PRESSE
Bordeaux, le 2 décembre 2026

Le CHU de Bordeaux-Garonne se dote d'un deuxième robot chirurgical

Après plus de 1 800 interventions réalisées depuis 2021 avec son premier
robot, le CHU inaugure ce lundi un second système de chirurgie
robot-assistée, installé au bloc opératoire du pôle Urologie-Digestif.

Cet investissement de 2,4 millions d'euros, financé en partie par la
Fondation du CHU et la Région, permettra de réduire les délais d'accès à
la chirurgie du cancer de la prostate, du rein et du rectum, et de
développer la chirurgie robotique en gynécologie et en pédiatrie.

« Moins de douleur, moins de transfusions, une hospitalisation plus
courte : le bénéfice pour les patients est démontré », souligne le
Pr Hélène Marchand, cheffe du service d'urologie.

Contact presse : Julie Castaing - 05 55 50 01 46
"""))

add("none", "facture-compresses-siret",
    "supplier invoice for dressings with SIRET and VAT numbers; business",
    lang="fr", country="fr", charset="iso-8859-1", cte="quoted-printable",
    frm=("Médi-Distribution Sud-Ouest - Comptabilité", "compta@medidistrib-so.fr.test"),
    to="pharmacie.interieure@clinique-lesbruyeres.fr.test",
    subj="Facture n° FA-2026-11-4471",
    body=T("""
Bonjour,

Veuillez trouver ci-dessous notre facture n° FA-2026-11-4471 du
30/11/2026 (commande n° CLB-8812).

Désignation                                   Qté   PU HT    Total HT
Compresses stériles non tissées 10x10, x50     120    3,40     408,00
Pansements hydrocellulaires 10x10, boîte 10     40   24,90     996,00
Sets de soins pansement (kit)                  200    1,85     370,00
Seringues 10 ml Luer-lock, x100                 15   12,60     189,00
                                       Total HT             1 963,00
                                       TVA 20 %               392,60
                                       Total TTC            2 355,60 EUR

Échéance : 30 jours fin de mois. Règlement par virement (IBAN sur
facture PDF envoyée par courrier).

Médi-Distribution Sud-Ouest SAS - SIRET 823 555 014 00019
N° TVA intracommunautaire FR 12 823555014

Service comptabilité - Tél. 05 55 50 23 14
"""), allow=["823 555 014 00019", "823555014"])

add("phi", "decompte-remboursement-nir",
    "CPAM reimbursement statement for a named insured person with NIR, listing consultations and physiotherapy",
    atts=[PDF("releve_remboursements_2026-11.pdf", ["ASSURANCE MALADIE - CPAM DE LA GIRONDE", "Relevé de remboursements - novembre 2026", "Mme Brigitte LACOMBE   N° SS : 2 59 07 33 512 330 37", "03/11 Consultation médecin traitant (Dr C. Roussel) - remboursé 20,00 EUR", "07/11 Pharmacie - remboursé 31,55 EUR", "12/11-28/11 Masso-kinésithérapie, 8 séances (épaule droite) - remboursé 103,68 EUR", "20/11 Radiographie épaule - remboursé 27,93 EUR", "Total remboursé : 183,16 EUR"], flate=True)],
    lang="fr", country="fr", charset="iso-8859-15", cte="base64",
    frm=("Assurance Maladie - CPAM du Val-de-Garonne", "ne-pas-repondre@cpam-valdegaronne.fr.test"),
    to=("Mme Brigitte Lacombe", "brigitte.lacombe@orange.example.fr.test"),
    subj="Votre relevé de remboursements de novembre 2026",
    body=T("""
Madame Brigitte Lacombe,
N° de sécurité sociale : 2 59 07 33 512 330 37

Voici le détail des remboursements effectués sur votre compte en novembre
2026.

Date soins  Nature                          Montant   Base   Remboursé
03/11       Consultation médecin traitant   30,00 €   30,00   20,00 €
            (Dr C. Roussel)
07/11       Pharmacie (ordonnance du 03/11)  48,72 €  48,72   31,55 €
12/11-28/11 Masso-kinésithérapie, 8 séances 172,80 €  172,80  103,68 €
            (rééducation épaule droite)
20/11       Radiographie épaule             39,90 €   39,90   27,93 €

Total remboursé : 183,16 € (virement du 02/12/2026)
Participations forfaitaires déduites : 4,00 €

La part complémentaire a été transmise à votre mutuelle.

Votre CPAM
"""), ids=[("nir", "2 59 07 33 512 330 37")])

add("phi", "ramq-rendez-vous-clsc",
    "Quebec CLSC confirms a named patient's diabetes nurse appointment with RAMQ number",
    lang="fr", country="ca", cte="quoted-printable",
    frm=("CLSC des Érables - Prise de rendez-vous", "rdv.clsc-erables@ciusss-est.qc.ca.test"),
    to="gilles.tremblay.mtl@mailbox.example.com",
    subj="Confirmation de votre rendez-vous - suivi diabète",
    body=T("""
Bonjour M. Tremblay,

Nous vous confirmons votre rendez-vous :

  Date :     mardi 15 décembre 2026, 9 h 20
  Avec :     Mme Isabelle Gagnon, infirmière clinicienne (suivi diabète)
  Lieu :     CLSC des Érables, 2e étage, local 212

Numéro d'assurance maladie : TREG 5803 1411 (expire 2028-03)

Apportez votre carte d'assurance maladie, votre glucomètre, votre carnet
de glycémies et la liste de vos médicaments (metformine, gliclazide).
Vos prises de sang (HbA1c) doivent être faites au moins une semaine avant.

Pour annuler ou déplacer votre rendez-vous : 514 555-0148.

CLSC des Érables
"""), ids=[("ramq", "TREG 5803 1411")])

add("restricted", "csapa-methadone-relais",
    "CSAPA tells a named patient's pharmacist about the methadone dose and dispensing relay",
    lang="fr", country="fr", cat="substance use", cte="quoted-printable",
    frm=("CSAPA Le Phare - Équipe médicale", "medical@csapa-lephare.fr.test"),
    to="pharmacie.dessaules@pharmaciens.example.fr.test",
    subj="Relais en officine - M. Karim Benali",
    body=T("""
Bonjour Madame Dessaules,

Comme convenu par téléphone, M. Karim Benali (né le 14/03/1988), suivi au
CSAPA depuis juin, passe en relais de délivrance dans votre officine à
partir du lundi 7 décembre.

Traitement : méthadone AP-HP sirop, 70 mg/jour
Délivrance : fractionnée, 7 jours (du lundi au dimanche), prise du
premier jour devant vous
Prescripteur : Dr Anne-Sophie Morel, ordonnance sécurisée en date du
04/12/2026 (14 jours)

Merci de nous signaler tout oubli de plus de 3 jours ou tout signe de
surdosage. Il a bénéficié d'une remise de naloxone intranasale.

Bien cordialement,
Dr Anne-Sophie Morel
CSAPA Le Phare - 05 55 50 88 10
"""))

add("restricted", "cegidd-resultat-prep",
    "CeGIDD result message to a named person: HIV negative, starting PrEP",
    lang="fr", country="fr", cat="HIV", charset="iso-8859-1", cte="8bit",
    frm=("CeGIDD - Hôpital Garonne-Rive-Droite", "cegidd@chu-garonne.fr.test"),
    to="v.nguyen.bdx@mailbox.example.com",
    subj="Vos résultats et votre traitement PrEP",
    body=T("""
Bonjour Vincent,

Vos résultats du 24 novembre sont disponibles :
  - VIH (test combiné) : négatif
  - Hépatite B : vacciné, protégé
  - Syphilis : négatif
  - Créatinine : normale

Comme convenu avec le Dr Lemaire, vous pouvez commencer la PrEP
(emtricitabine/ténofovir disoproxil) en prise continue, un comprimé par
jour. L'ordonnance est à retirer à l'accueil du CeGIDD ou peut être
envoyée à la pharmacie de votre choix.

Prochain rendez-vous de suivi : mardi 26 janvier 2027 à 17 h 30 (dépistage
VIH et IST, bilan rénal).

L'équipe du CeGIDD
"""))

# ===========================================================================
# Dutch / Flemish
# ===========================================================================

add("none", "griepprik-nieuwsbrief-huisarts",
    "Dutch GP practice newsletter on the flu jab programme; general",
    lang="nl", country="nl", cte="quoted-printable",
    frm=("Huisartsenpraxis De Linde", "info@huisartsdelinde.nl.test"),
    to="patienten@huisartsdelinde.nl.test",
    subj="Nieuwsbrief december: griepprik, feestdagen en nieuwe assistente",
    body=T("""
Beste patiënten,

Griepprik en coronaprik
Heeft u nog geen griepprik gehad en bent u 60 jaar of ouder, of heeft u
een aandoening waardoor u een uitnodiging kreeg? U kunt nog terecht op
woensdagmiddag 9 december tussen 14.00 en 16.00 uur, zonder afspraak.
Neem uw uitnodigingsbrief mee.

Openingstijden rond de feestdagen
Op 25 en 26 december en 1 januari zijn wij gesloten. Voor spoed buiten
kantoortijden belt u de huisartsenpost. Bij levensgevaar belt u 112.

Nieuw in de praxis
Vanaf januari versterkt Fatima el Idrissi ons team als doktersassistente.
Welkom Fatima!

Herhaalrecepten
Bestel uw herhaalrecepten via de app of de receptenlijn, uiterlijk drie
werkdagen van tevoren.

Met vriendelijke groet,
Huisartsenpraxis De Linde
Telefoon: 030 555 0172
"""))

add("none", "zorgpremie-2027-overstappen",
    "Dutch health insurer's premium 2027 announcement; marketing, no care",
    lang="nl", country="nl", charset="windows-1252", cte="quoted-printable",
    frm=("Zorgverzekeraar Polder Zorg", "klantenservice@polderzorg.nl.test"),
    to="j.vandenberg@ziggo.example.nl.test",
    subj="Uw premie voor 2027 en uw eigen risico",
    body=T("""
Beste heer Van den Berg,

Uw nieuwe polis voor 2027 staat klaar in Mijn Polder Zorg.

Uw premie per maand:
  Basisverzekering Polder Basis (natura)          € 151,25
  Aanvullend Polder Plus 2                        €  32,40
  Totaal                                          € 183,65

Het verplicht eigen risico blijft € 385. U kunt kiezen voor een vrijwillig
eigen risico tot € 885 en krijgt dan korting op uw premie.

Wilt u iets wijzigen? Dat kan tot en met 31 december. Overstappen naar een
andere zorgverzekeraar kan tot 1 februari, als u vóór 31 december opzegt.

Met vriendelijke groet,
Klantenservice Polder Zorg
088 555 0130
"""))

add("none", "onboarding-bsn-loonadministratie",
    "Dutch hospital HR onboarding mail requesting a BSN for payroll; national ID with no health content",
    lang="nl", country="nl", cte="8bit",
    frm=("HR Servicecentrum - Ziekenhuis Waalkant", "hrsc@zh-waalkant.nl.test"),
    to=("Sanne de Groot", "sanne.degroot@mailbox.example.com"),
    subj="Welkom! Gegevens voor je indiensttreding op 1 januari",
    body=T("""
Hoi Sanne,

Leuk dat je op 1 januari begint als verpleegkundige op de afdeling
Interne Geneeskunde! Voor de loonadministratie hebben we je gegevens
verwerkt:

  Personeelsnummer:  104882
  BSN:               259472487 (gecontroleerd aan de hand van je ID-kaart)
  Functie:           Verpleegkundige, FWG 50
  Uren:              28 per week

Wil je nog je BIG-registratie en een kopie van je diploma uploaden in het
personeelsportaal? Je introductiedag is op maandag 4 januari om 08.30 uur
in de aula; je krijgt dan ook je pas en je inlog voor het EPD.

Groeten,
Marieke Jansen
HR Servicecentrum
"""), ids=[("bsn", "259472487")], allow=["104882"])

add("phi", "afspraak-cardiologie-insz",
    "Belgian hospital confirms a named patient's cardiology appointment with INSZ number",
    lang="nl", country="be", cte="quoted-printable",
    frm=("AZ Scheldeoever Afsprakenbureau", "afspraken@azscheldeoever.be.test"),
    to="els.peeters@telenet.example.be.test",
    subj="Bevestiging afspraak raadpleging cardiologie",
    body=T("""
Beste mevrouw Peeters,

Hierbij bevestigen wij uw afspraak:

  Raadpleging cardiologie bij dr. Wouters
  Dinsdag 22 december 2026 om 10.15 uur
  Campus Noord, route 42

Rijksregisternummer (INSZ): 85.07.12-468.36
Verwijzing: dr. Van Damme (huisarts), voor hartkloppingen en een
afwijkend ECG.

Vóór de raadpleging wordt een hartecho en een inspanningstest gedaan;
reken op ongeveer 2 uur. Breng uw identiteitskaart en de lijst van uw
medicatie mee.

Verhinderd? Verwittig ons minstens 24 uur op voorhand via 03 555 01 62.

Met vriendelijke groeten,
Afsprakenbureau AZ Scheldeoever
"""), ids=[("insz", "85.07.12-468.36")])

add("restricted", "ggz-intake-depressie",
    "Dutch mental health service (GGZ) confirms a named client's intake for depression treatment, with BSN",
    lang="nl", country="nl", cat="mental health", cte="8bit",
    frm=("GGZ Utrecht-Oost - Aanmeldbureau", "aanmelden@ggz-utrechtoost.nl.test"),
    to="r.bakker1990@mailbox.example.com",
    subj="Uitnodiging intakegesprek",
    body=T("""
Beste Ruben Bakker,

Je huisarts heeft je bij ons aangemeld voor behandeling van je
depressieve klachten. Goed dat je deze stap hebt gezet.

Je intakegesprek is op:
  maandag 14 december 2026 om 13.00 uur
  bij drs. Ilse Vermeer, GZ-psycholoog
  Vleutenseweg 188, Utrecht (2e verdieping)

BSN: 658492433

Vul vóór het gesprek de vragenlijsten in die je via het cliëntportaal
ontvangt. Neem je verwijsbrief en een overzicht van je medicatie mee
(je gebruikt nu sertraline). Wachttijd voor de behandeling na de intake
is op dit moment ongeveer 6 weken.

Heb je het nu heel zwaar? Bel dan je huisarts of de huisartsenpost, of
de hulplijn van 113 Zelfmoordpreventie.

Met vriendelijke groet,
Aanmeldbureau GGZ Utrecht-Oost
"""), ids=[("bsn", "658492433")])

# ===========================================================================
# Italian
# ===========================================================================

add("none", "ordine-medici-assemblea",
    "medical council notice of annual assembly and CME credits; no patient",
    alt=True,
    lang="it", country="it", cte="quoted-printable",
    frm=("Ordine dei Medici Chirurghi e Odontoiatri di Montefeltro", "segreteria@omceo-montefeltro.it.test"),
    to="iscritti@omceo-montefeltro.it.test",
    subj="Convocazione Assemblea ordinaria degli iscritti - 15 dicembre 2026",
    body=T("""
Gentili Colleghe e Colleghi,

è convocata l'Assemblea ordinaria degli iscritti per martedì 15 dicembre
2026 alle ore 20:30 (seconda convocazione), presso la Sala Convegni
dell'Ordine, via dei Mille 29, con il seguente ordine del giorno:

  1. Relazione del Presidente
  2. Approvazione del bilancio preventivo 2027
  3. Quota di iscrizione 2027 (invariata: 180 euro)
  4. Aggiornamento sull'obbligo formativo ECM triennio 2026-2028
  5. Varie ed eventuali

Si ricorda che la quota di iscrizione deve essere versata entro il
28 febbraio tramite PagoPA.

Cordiali saluti,
Il Segretario
Dott.ssa Francesca Gualandi
Tel. 051 555 0137
"""))

add("none", "fattura-fornitore-partita-iva",
    "medical supplier invoice with partita IVA and company codice fiscale; business",
    lang="it", country="it", charset="iso-8859-15", cte="quoted-printable",
    frm=("Emilia Medical Supplies S.r.l. - Amministrazione", "amministrazione@emiliamedical.it.test"),
    to="ufficio.acquisti@poliambulatorio-sanvitale.it.test",
    subj="Fattura elettronica n. 2026/1187 - Poliambulatorio San Vitale",
    body=T("""
Spett.le Poliambulatorio San Vitale,

in allegato al Sistema di Interscambio è stata trasmessa la fattura
elettronica n. 2026/1187 del 30/11/2026, relativa al vostro ordine
n. 774 del 18/11/2026:

  Guanti in nitrile, taglia M (conf. 100)        x 40    € 5,20    € 208,00
  Siringhe monouso 5 ml (conf. 100)              x 10    € 9,80    €  98,00
  Cerotti in TNT 5 m x 2,5 cm                    x 30    € 1,15    €  34,50
  Abbassalingua in legno (conf. 100)             x 12    € 2,40    €  28,80
                                          Imponibile             € 369,30
                                          IVA 22%                €  81,25
                                          Totale                 € 450,55

Pagamento: bonifico a 60 giorni data fattura.

Emilia Medical Supplies S.r.l.
P.IVA e C.F. 05550140371 - REA BO-518842
Tel. 051 555 0192
"""), allow=["05550140371"])

add("phi", "cup-prenotazione-visita",
    "Italian CUP booking confirmation for a named patient's specialist visit with codice fiscale",
    lang="it", country="it", cte="8bit",
    frm=("CUP Azienda USL di Milano Nord", "cup-noreply@asl-milanonord.it.test"),
    to="marta.ferraresi@libero.example.it.test",
    subj="Promemoria prenotazione: visita dermatologica",
    body=T("""
Gentile FERRARESI MARTA,
codice fiscale FRRMRT79E54F205T

le ricordiamo la prenotazione:

  Prestazione:  Prima visita dermatologica (controllo nevi)
  Priorità:     D (differibile) - impegnativa n. 0301A4471882
  Data e ora:   lunedì 11 gennaio 2027, ore 09:40
  Sede:         Poliambulatorio di via dei Platani 7, piano 1, ambulatorio 12
  Ticket:       € 25,00 (da pagare prima della visita)

Porti con sé l'impegnativa del medico di base, la tessera sanitaria e
gli eventuali referti precedenti.

Se non può presentarsi, disdica almeno 3 giorni prima chiamando il
numero 02 555 0180, altrimenti dovrà pagare comunque il ticket.

CUP - Centro Unico di Prenotazione
"""), ids=[("cf", "FRRMRT79E54F205T")], allow=["0301A4471882"])

add("restricted", "serd-metadone-affido",
    "Italian addiction service (SerD) note about a named patient's methadone take-home doses",
    lang="it", country="it", cat="substance use", cte="quoted-printable",
    frm=("SerD Distretto Centro - Ambulatorio", "serd.centro@asl-torino.it.test"),
    to="dr.bellandi@mmg-torino.it.test",
    subj="Aggiornamento terapia - sig.ra Giovanna Costa",
    body=T("""
Gentile collega,

ti aggiorno sulla tua assistita sig.ra Giovanna Costa (CF
CSTGNN91T63L219H), in carico al nostro servizio dal 2024 per disturbo
da uso di oppioidi.

La paziente è stabile, con esami tossicologici urinari negativi da oltre
sei mesi e buona aderenza. Dal 7 dicembre passa all'affido settimanale:
metadone cloridrato sciroppo 45 mg/die, ritiro il lunedì presso il SerD.
Continua la psicoterapia con la dott.ssa Rinaldi ogni due settimane.

Ti chiedo di evitare, se possibile, la prescrizione di benzodiazepine e
di segnalarci qualsiasi nuovo farmaco.

Un caro saluto,
Dott. Paolo Mancuso
SerD Distretto Centro - tel. 011 555 0166
"""), ids=[("cf", "CSTGNN91T63L219H")])

# ===========================================================================
# Spanish (Spain and Mexico)
# ===========================================================================

add("none", "centro-salud-navidad-gripe",
    "Spanish health centre notice on Christmas opening hours and the flu campaign; general",
    lang="es", country="es", charset="windows-1252", cte="quoted-printable",
    frm=("Centro de Salud Arroyo Verde", "cs.arroyoverde@salud.madrid.es.test"),
    to="usuarios@salud.madrid.es.test",
    subj="Horario especial de Navidad y campaña de vacunación",
    body=T("""
Estimados usuarios:

Durante las fiestas el centro tendrá el siguiente horario:
  24 y 31 de diciembre: de 8:00 a 15:00
  25 de diciembre y 1 de enero: cerrado (atención urgente en el SUAP)

Seguimos con la campaña de vacunación frente a la gripe y la COVID-19
para mayores de 60 años, embarazadas, personas con enfermedades crónicas
y profesionales sanitarios. Puede pedir cita en la app «Cita Sanitaria»,
en el teléfono 91 555 01 70 o en el mostrador.

Recuerde que para cualquier urgencia vital debe llamar al 112.

¡Felices fiestas!
La Dirección del Centro de Salud Arroyo Verde
"""))

add("none", "imss-mantenimiento-plataforma",
    "Mexican IMSS clinic notice of platform maintenance affecting appointment booking; IT only",
    lang="es", country="mx", cte="8bit",
    frm=("IMSS - Unidad de Medicina Familiar No. 28", "umf28.avisos@imss.example.mx.test"),
    to="derechohabientes-umf28@imss.example.mx.test",
    subj="Aviso: mantenimiento de la plataforma de citas el 6 de diciembre",
    body=T("""
Estimada derechohabiente, estimado derechohabiente:

Le informamos que el domingo 6 de diciembre de 2026, de las 00:00 a las
06:00 horas, se realizará el mantenimiento programado de la plataforma
de citas por internet y de la aplicación IMSS Digital.

Durante ese horario no será posible agendar, cambiar ni cancelar citas
de medicina familiar. La atención en urgencias y la farmacia de la
unidad no se verán afectadas.

Si su cita es el lunes 7, no es necesario hacer nada: su cita sigue
vigente.

Agradecemos su comprensión.
Coordinación de Informática, UMF No. 28
Tel. 55 5550 0128
"""))

add("none", "congreso-medicina-familiar-cfp",
    "Spanish family medicine congress call for communications; no patient",
    lang="es", country="es", cte="quoted-printable",
    frm=("Congreso de Medicina de Familia 2027", "comunicaciones@congresomfyc2027.es.test"),
    to="socios@congresomfyc2027.es.test",
    subj="Últimos días para enviar comunicaciones al Congreso 2027",
    html=T("""
<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:620px">
<h2 style="color:#1b7a5a">XLVII Congreso de Medicina de Familia y Comunitaria</h2>
<p>Valencia, 9-11 de junio de 2027</p>
<p>Estimada socia, estimado socio:</p>
<p>El plazo de envío de comunicaciones (orales, pósteres y casos clínicos) finaliza el <b>15 de enero</b>.
Este año las áreas temáticas son: atención a la cronicidad, salud mental en atención primaria, desprescripción,
salud comunitaria, residencias y la nueva cartera de servicios de enfermería.</p>
<p>Los casos clínicos deben estar anonimizados y contar con el consentimiento del paciente. No se aceptarán
trabajos con datos que permitan identificar a personas.</p>
<p><a href="https://congresomfyc2027.es.test/comunicaciones">Enviar comunicación</a></p>
<p style="font-size:11px;color:#777">Secretaría técnica: Tel. 96 555 01 33</p>
</body></html>
"""))

add("phi", "cita-tarjeta-sanitaria-traumatologia",
    "Spanish health service appointment for a named patient with CIP and DNI, knee X-ray and traumatology",
    alt=True,
    lang="es", country="es", charset="iso-8859-15", cte="quoted-printable",
    frm=("Servicio de Salud - Cita Previa Especializada", "citaprevia@hospital-generalsur.salud.madrid.es.test"),
    to="antonio.ruiz.m@mailbox.example.com",
    subj="Cita en Traumatología - Hospital General Sur",
    body=T("""
Sr./Sra. ANTONIO RUIZ MORENO
DNI: 36732213V
CIP (tarjeta sanitaria): RUMO610312118017

Le comunicamos que tiene asignada la siguiente cita:

  Servicio:   Traumatología - Rodilla
  Fecha:      miércoles, 20 de enero de 2027, 11:45 h
  Lugar:      Hospital General Sur, Consultas Externas, planta 2, consulta 14
  Motivo:     derivación de su médico de familia por gonartrosis izquierda

Antes de la consulta debe hacerse una radiografía de rodilla en carga el
mismo día, a las 10:30 h, en el Servicio de Radiodiagnóstico (planta 0).

Si no puede acudir, anúlela en la app o en el 91 555 01 88.

Servicio de Salud - Cita Previa
"""), ids=[("dni", "36732213V"), ("cip_es", "RUMO610312118017")])

add("phi", "imss-cita-especialidad-curp",
    "IMSS notice to a named beneficiary with NSS and CURP about an endocrinology referral for diabetes",
    lang="es", country="mx", cte="base64",
    frm=("IMSS - Hospital General de Zona No. 14", "hgz14.citas@imss.example.mx.test"),
    to="ana.hernandez.gar@mailbox.example.com",
    subj="Cita de especialidad - Endocrinología",
    body=T("""
C. HERNÁNDEZ GARCÍA ANA
NSS: 10699276811
CURP: HEGA850312MJCRRN00

Su Unidad de Medicina Familiar No. 28 la envió a la consulta de
Endocrinología del HGZ No. 14 por diabetes tipo 2 con mal control
(hemoglobina glucosilada de 9.8%).

Fecha de su cita: jueves 14 de enero de 2027, 08:00 horas, consultorio 7,
segundo piso.

Presente: carnet de citas, identificación oficial, hoja de referencia
(4-30-8) y sus resultados de laboratorio recientes. Llegue 30 minutos
antes. Si toma insulina o metformina, no suspenda su tratamiento.

Atentamente,
Departamento de Citas, HGZ No. 14
Tel. 33 5550 1414
"""), ids=[("nss_mx", "10699276811"), ("curp", "HEGA850312MJCRRN00")])

add("restricted", "ive-cita-farmacologica",
    "Spanish sexual and reproductive health clinic confirms a named woman's medical termination of pregnancy appointment",
    lang="es", country="es", cat="reproductive", cte="quoted-printable",
    frm=("Unidad de Salud Sexual y Reproductiva - CSSR Norte", "cssr.norte@salud.madrid.es.test"),
    to="lucia.fdez.ortega@mailbox.example.com",
    subj="Tu cita del jueves",
    body=T("""
Hola Lucía:

Te confirmamos la cita para la interrupción voluntaria del embarazo por
método farmacológico (gestación de 7 semanas según la ecografía del
martes):

  Jueves 10 de diciembre, 9:30 h, Centro de Salud Sexual y Reproductiva
  Norte, 1.ª planta

Ese día te daremos la mifepristona en consulta y la misoprostol para
tomar en casa 24-48 horas después, con las indicaciones y la analgesia.
Puedes venir acompañada. La revisión será a las 2 semanas.

Tus datos se tratan de forma confidencial. Si tienes dudas o quieres
cambiar la cita, llámanos al 91 555 01 93 (de 8 a 15 h).

Un saludo,
Matrona y equipo de la Unidad
"""))

add("restricted", "capasits-antirretroviral-carga-viral",
    "Mexican HIV clinic (CAPASITS) tells a named patient his viral load and antiretroviral pick-up",
    lang="es", country="mx", cat="HIV", charset="iso-8859-1", cte="8bit",
    frm=("CAPASITS Región Centro - Trabajo Social", "capasits.gdl@salud.jalisco.example.mx.test"),
    to="manuel.romero.l@mailbox.example.com",
    subj="Resultados de carga viral y recoger medicamento",
    body=T("""
Buenas tardes Manuel:

Tus resultados del 20 de noviembre ya están:
  Carga viral VIH: indetectable (< 40 copias/ml)
  CD4: 612 células/mm3

¡Muy bien! Puedes pasar a recoger tu tratamiento antirretroviral
(bictegravir/emtricitabina/tenofovir alafenamida, 90 tabletas) en la
farmacia del CAPASITS a partir del lunes, con tu credencial y CURP
ROLM790221HDFMPN09.

Tu próxima consulta con la Dra. Villaseñor es el 11 de marzo de 2027.

Saludos,
Lic. Rosa Elena Partida
Trabajo Social - CAPASITS Región Centro
Tel. 33 5550 0191
"""), ids=[("curp", "ROLM790221HDFMPN09")])

# ===========================================================================
# Portuguese (Brazil and Portugal)
# ===========================================================================

add("none", "ubs-campanha-vacinacao-gripe",
    "Brazilian UBS flu vaccination campaign notice; general",
    lang="pt-BR", country="br", cte="quoted-printable",
    frm=("UBS Jardim das Flores", "ubs.jardimdasflores@saude.sp.example.gov.br.test"),
    to="comunidade@saude.sp.example.gov.br.test",
    subj="Campanha de vacinação contra a gripe: prorrogada até 19/12",
    body=T("""
Olá, vizinhos do Jardim das Flores!

A campanha de vacinação contra a gripe foi prorrogada até o dia 19 de
dezembro. A vacina está disponível para toda a população a partir de
6 meses de idade.

Onde: UBS Jardim das Flores, sala de vacinas
Quando: segunda a sexta, das 7h às 18h30; sábados 13 e 19/12, das 8h às 17h

Leve um documento com foto, o Cartão SUS (ou CPF) e a caderneta de
vacinação. Aproveite para atualizar as outras vacinas - a equipe confere a
sua caderneta na hora.

Dúvidas: (11) 5555-0132

Equipe da UBS Jardim das Flores
"""),
    html=T("""
<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0a7f3f">Vacinação contra a gripe prorrogada até 19/12</h2>
<p>A vacina está disponível para <b>toda a população a partir de 6 meses</b> de idade.</p>
<ul><li>Onde: UBS Jardim das Flores, sala de vacinas</li>
<li>Quando: segunda a sexta, 7h às 18h30; sábados 13 e 19/12, 8h às 17h</li></ul>
<p>Leve um documento com foto, o Cartão SUS (ou CPF) e a caderneta de vacinação.</p>
<p style="font-size:12px">Dúvidas: (11) 5555-0132 &middot; Equipe da UBS Jardim das Flores</p>
</body></html>
"""))

add("none", "laboratorio-coleta-empresas-cnpj",
    "Brazilian lab's corporate occupational-exam sample collection proposal with CNPJ; business",
    atts=[PDF("Proposta_PCMSO_2027_Vitalis.pdf", ["Laboratorio Vitalis - Proposta comercial PCMSO 2027", "Cliente: Metalurgica Parana - RH", "Hemograma R$ 14,00 | Glicemia R$ 6,50 | Audiometria R$ 38,00 | Espirometria R$ 52,00", "Coleta in company (ate 80 pessoas): R$ 450,00 por visita", "CNPJ 12.345.678/0001-95"])],
    lang="pt-BR", country="br", cte="8bit",
    frm=("Laboratório Vitalis - Comercial", "comercial@labvitalis.com.br.test"),
    to="rh@metalurgicaparana.com.br.test",
    subj="Proposta comercial - exames ocupacionais 2027",
    body=T("""
Prezada Sra. Juliana,

Conforme conversamos, segue nossa proposta para os exames ocupacionais
(PCMSO) dos colaboradores da Metalúrgica Paraná em 2027:

  Hemograma completo ............................ R$ 14,00
  Glicemia de jejum .............................. R$ 6,50
  Audiometria ocupacional ........................ R$ 38,00
  Espirometria ................................... R$ 52,00
  Coleta in company (por visita, até 80 pessoas) . R$ 450,00

Prazo de entrega dos resultados: 48 horas, pelo portal da empresa. Os
resultados individuais ficam disponíveis apenas para o médico do
trabalho responsável.

Dados para cadastro de fornecedor:
Laboratório Vitalis Análises Clínicas Ltda. - CNPJ 12.345.678/0001-95

Atenciosamente,
Rodrigo Alves
Executivo de Contas | (41) 5555-0177
"""), allow=["12.345.678/0001-95"])

add("phi", "papanicolau-resultado-cpf",
    "borderline: Brazilian lab sends a named woman her Pap smear (citologia) result with CPF; screening, not a restricted category",
    lang="pt-BR", country="br", charset="iso-8859-1", cte="quoted-printable",
    frm=("Laboratório Vitalis - Resultados", "resultados@labvitalis.com.br.test"),
    to="fernanda.costa.sp@mailbox.example.com",
    subj="Seu resultado de exame está disponível",
    body=T("""
Olá, Fernanda Costa Ribeiro!

O resultado do seu exame já está liberado.

Paciente: FERNANDA COSTA RIBEIRO
CPF: 682.991.843-04
Data de nascimento: 05/09/1990
Protocolo: 2611-558104
Exame: Citologia oncótica cérvico-vaginal (Papanicolau)
Médica solicitante: Dra. Renata Sampaio (CRM-SP 144871)

Resultado: Negativo para lesão intraepitelial ou malignidade.
Amostra satisfatória. Alterações celulares benignas reativas
(inflamação).

Leve o resultado na sua próxima consulta com a sua ginecologista.

Laboratório Vitalis
"""), ids=[("cpf", "682.991.843-04")], allow=["2611-558104", "144871"])

add("phi", "cartao-sus-agendamento-cardiologia",
    "Brazilian SUS regulation notice of a named patient's cardiology appointment with Cartão SUS number",
    lang="pt-BR", country="br", cte="quoted-printable",
    frm=("Central de Regulação - Secretaria Municipal de Saúde", "regulacao@saude.bh.example.gov.br.test"),
    to="jose.aparecido.silva@mailbox.example.com",
    subj="Agendamento de consulta especializada - Cardiologia",
    body=T("""
Sr. JOSÉ APARECIDO DA SILVA,
Cartão Nacional de Saúde (CNS): 858 4853 7153 5429

Sua consulta foi agendada pela Central de Regulação:

  Especialidade: Cardiologia
  Data: 18/01/2027 às 7h30
  Local: Policlínica Regional Leste, Rua das Acácias 450, 3º andar
  Solicitante: UBS Novo Horizonte (encaminhamento por insuficiência
  cardíaca e hipertensão)

Compareça com 30 minutos de antecedência, levando documento com foto,
Cartão SUS, o encaminhamento e os exames (ecocardiograma e ECG).

Se não puder comparecer, avise a sua UBS para liberar a vaga para outro
paciente.

Central de Regulação - SMS
"""), ids=[("cns", "858 4853 7153 5429")])

add("restricted", "caps-ad-acolhimento",
    "Brazilian alcohol-and-drugs psychosocial centre (CAPS AD) confirms a named user's intake",
    lang="pt-BR", country="br", cat="substance use", cte="8bit",
    frm=("CAPS AD III Vila Esperança", "capsad.vilaesperanca@saude.sp.example.gov.br.test"),
    to="wellington.souza.bt@mailbox.example.com",
    subj="Acolhimento no CAPS AD - quinta-feira",
    body=T("""
Oi, Wellington, tudo bem?

Aqui é a Tatiane, técnica de referência do CAPS AD. Como combinamos na
visita com a equipe do Consultório na Rua, seu acolhimento ficou para
quinta-feira, dia 10/12, às 9h.

Vamos conversar sobre o uso do álcool e da cocaína, ver o que você quer
para o seu tratamento e, se quiser, já começamos o acompanhamento com o
médico para a abstinência. Temos leito de acolhimento noturno se
precisar.

Traga um documento se tiver (se não tiver, não tem problema, a gente
resolve aqui). Café da manhã e almoço são servidos.

Qualquer coisa, liga: (11) 5555-0150.

Abraço,
Tatiane - CAPS AD III Vila Esperança
"""))

add("none", "centro-saude-greve-horarios",
    "Portuguese health centre notice about a strike and changed hours; general",
    lang="pt-PT", country="pt", charset="iso-8859-15", cte="quoted-printable",
    frm=("USF Jardim do Norte", "usf.jardimdonorte@sns.example.pt.test"),
    to="utentes@sns.example.pt.test",
    subj="Greve de enfermeiros a 9 e 10 de dezembro - funcionamento da USF",
    body=T("""
Caros utentes,

Informamos que, devido à greve nacional de enfermeiros convocada para os
dias 9 e 10 de dezembro, a USF Jardim do Norte poderá ter os seguintes serviços
condicionados:

  - vacinação (incluindo gripe e COVID-19);
  - consultas de saúde infantil e de saúde materna;
  - tratamentos de enfermagem não urgentes.

As consultas médicas mantêm-se. Serão assegurados os serviços mínimos
(tratamentos inadiáveis e administração de terapêutica injetável).

Se tiver dúvidas, contacte a linha SNS 24 ou ligue para a USF:
21 555 0164.

Pedimos desculpa pelo incómodo.
A Coordenação da USF Jardim do Norte
"""))

add("none", "farmacia-cartao-pontos-nif",
    "Portuguese pharmacy loyalty mail with the pharmacy's NIF on the receipt footer; marketing",
    lang="pt-PT", country="pt", cte="8bit",
    frm=("Farmácia Estrela", "clientes@farmaciaestrela.pt.test"),
    to="rita.matos@mailbox.example.com",
    subj="Rita, tem 18 € em pontos para usar até 31 de dezembro",
    body=T("""
Olá Rita,

O seu Cartão Estrela tem 1.800 pontos, o equivalente a 18 € em desconto
em produtos de dermocosmética, suplementos e puericultura. Os pontos
expiram a 31 de dezembro.

Este mês:
  - 20% em protetores labiais e cremes de mãos
  - 2.ª unidade a metade do preço em vitamina D e magnésio
  - medição da tensão arterial e do colesterol gratuita às quartas

Farmácia Estrela, Lda. - Rua Morais Soares 112, Lisboa
NIF 590031449 - Tel. 21 555 0181

Para deixar de receber estas mensagens, responda com "SAIR".
"""), ids=[("nif_pt", "590031449")])

add("phi", "consulta-marcada-utente-sms",
    "Portuguese SNS short notice to a named user with número de utente about a diabetes consultation",
    lang="pt-PT", country="pt", cte="8bit",
    frm=("SNS - Marcação de Consultas", "nao-responder@sns.example.pt.test"),
    to="manuel.pires.lx@mailbox.example.com",
    subj="Consulta marcada - USF Jardim do Norte",
    body=T("""
Sr. Manuel Pires, n.º de utente 284 117 530:
tem consulta de diabetes com a Dra. Inês Cardoso e a enf.ª Sofia a
15/12/2026 às 10h00 na USF Jardim do Norte. Traga o glucómetro e faça as
análises (HbA1c) até dia 10. Para desmarcar: 21 555 0164.
"""), ids=[("utente_pt", "284 117 530")])

# ===========================================================================
# Polish, Czech
# ===========================================================================

add("none", "przychodnia-szczepienia-grypa",
    "Polish clinic notice about free flu vaccinations for eligible groups; general",
    lang="pl", country="pl", charset="iso-8859-2", cte="quoted-printable",
    frm=("Przychodnia Rodzinna Na Skarpie", "rejestracja@przychodnia-naskarpie.pl.test"),
    to="pacjenci@przychodnia-naskarpie.pl.test",
    subj="Szczepienia przeciw grypie - nowe terminy w grudniu",
    body=T("""
Szanowni Państwo,

informujemy, że w grudniu uruchamiamy dodatkowe terminy szczepień przeciw
grypie:

  - każdy wtorek od 15:00 do 18:00,
  - sobota 12 grudnia od 9:00 do 13:00.

Szczepionka jest bezpłatna dla dzieci do 18. roku życia, kobiet w ciąży
oraz osób po 65. roku życia. Pozostali pacjenci mogą zaszczepić się ze
100% odpłatnością w naszym punkcie szczepień lub w aptece.

Na szczepienie nie trzeba mieć skierowania. Prosimy o zabranie dowodu
osobistego. Zapisy telefoniczne: 22 555 01 44 lub przez Internetowe
Konto Pacjenta.

Z poważaniem
Zespół Przychodni Rodzinnej Na Skarpie
"""))

add("none", "faktura-hurtownia-nip",
    "Polish pharmaceutical wholesaler invoice with NIP and REGON; business",
    atts=[PDF("FV_2026_11_3381.pdf", ["Hurtownia Farmaceutyczna Farmavita Sp. z o.o. - FAKTURA VAT FV/2026/11/3381", "NIP 527-555-01-44   Data: 30.11.2026   Zamowienie ZAM-88140", "Paracetamol 500 mg 50 tabl. x60 ... 234,00 zl", "Ibuprofen 200 mg 20 tabl. x40 ... 168,00 zl", "Strzykawki 5 ml 100 szt. x10 ... 185,00 zl   Plastry x50 ... 140,00 zl", "Razem brutto: 777,16 zl   Termin platnosci: 21 dni"])],
    lang="pl", country="pl", charset="iso-8859-2", cte="base64",
    frm=("Hurtownia Farmaceutyczna Farmavita - Księgowość", "faktury@farmavita-hurt.pl.test"),
    to="apteka.podlipami@apteki.example.pl.test",
    subj="Faktura VAT nr FV/2026/11/3381",
    body=T("""
Dzień dobry,

w załączeniu przesyłamy fakturę VAT nr FV/2026/11/3381 z dnia
30.11.2026 do zamówienia nr ZAM-88140.

  Paracetamol 500 mg, 50 tabl.                 x 60   3,90 zł   234,00 zł
  Ibuprofen 200 mg, 20 tabl.                   x 40   4,20 zł   168,00 zł
  Strzykawki jednorazowe 5 ml, 100 szt.        x 10  18,50 zł   185,00 zł
  Plastry z opatrunkiem 10 szt.                x 50   2,80 zł   140,00 zł
                                   Razem netto               727,00 zł
                                   VAT                        50,16 zł
                                   Razem brutto              777,16 zł

Termin płatności: 21 dni.

Hurtownia Farmaceutyczna Farmavita Sp. z o.o.
NIP 527-555-01-44, REGON 012345678
Dział Księgowości, tel. 22 555 01 97
"""), allow=["527-555-01-44", "012345678"])

add("phi", "wyniki-badan-pesel-skierowanie",
    "Polish clinic message to a named patient with PESEL: lab results and referral to a cardiologist",
    lang="pl", country="pl", charset="iso-8859-2", cte="quoted-printable",
    frm=("Przychodnia Rodzinna Na Skarpie", "rejestracja@przychodnia-naskarpie.pl.test"),
    to="tadeusz.wisniewski@mailbox.example.com",
    subj="Wyniki badań i e-skierowanie - Tadeusz Wiśniewski",
    body=T("""
Dzień dobry Panie Tadeuszu,

dr Kowalczyk obejrzała Pana wyniki z 26.11:

  cholesterol LDL   4,9 mmol/l (za wysoki)
  glukoza na czczo  6,3 mmol/l (stan przedcukrzycowy)
  NT-proBNP         640 pg/ml (podwyższony)

Pani doktor wystawiła e-skierowanie do poradni kardiologicznej (kod
dostępu 4471, PESEL 83021270498) oraz e-receptę na atorwastatynę 20 mg.
Prosimy o wizytę kontrolną za 3 miesiące.

Z poważaniem
Rejestracja Przychodni Na Skarpie
tel. 22 555 01 44
"""), ids=[("pesel", "83021270498")])

add("restricted", "poradnia-zdrowia-psychicznego-wizyta",
    "Polish mental health clinic reminds a named patient of her psychiatric follow-up and therapy",
    lang="pl", country="pl", cat="mental health", cte="8bit",
    frm=("Poradnia Zdrowia Psychicznego - Centrum Zdrowia Psychicznego Zielony Jar", "pzp@czp-zielonyjar.pl.test"),
    to="agnieszka.nowak.87@mailbox.example.com",
    subj="Przypomnienie o wizycie - 15 grudnia",
    body=T("""
Pani Agnieszko,

przypominamy o wizycie kontrolnej u lekarza psychiatry, dr. Marka
Zielińskiego, we wtorek 15 grudnia o godz. 12:20 (gabinet 3).

Podczas wizyty lekarz oceni efekty leczenia wenlafaksyną i omówi
ewentualną zmianę dawki. Pierwsze spotkanie w ramach psychoterapii
poznawczo-behawioralnej z mgr Joanną Lis zaplanowano na 7 stycznia.

PESEL: 81052187741

Prosimy o zabranie aktualnej listy leków. Jeżeli nie może Pani przyjść,
prosimy o informację pod numerem 22 555 01 61.

W sytuacji kryzysowej można całodobowo zgłosić się do punktu zgłoszeniowo-
koordynacyjnego CZP (ul. Kasztanowa 9) lub zadzwonić pod numer alarmowy 112.

Rejestracja PZP
"""), ids=[("pesel", "81052187741")])

add("none", "nemocnice-tiskova-zprava-urgent",
    "Czech hospital press release about a new emergency department; no patient",
    lang="cs", country="cz", charset="windows-1250", cte="quoted-printable",
    frm=("Krajská nemocnice Vysočina - tisková mluvčí", "tisk@kn-vysocina.cz.test"),
    to="redakce@zpravy-vysocina.example.cz.test",
    subj="Tisková zpráva: Nový urgentní příjem zahájí provoz 1. února",
    body=T("""
TISKOVÁ ZPRÁVA
Jihlava, 3. prosince 2026

Nový urgentní příjem Krajské nemocnice Vysočina zahájí provoz 1. února

Stavba nového urgentního příjmu za 420 milionů korun je dokončena.
Pacienty přivezené záchrannou službou i ty, kteří přijdou sami, zde
přijme jeden tým lékařů a sester na jednom místě. Součástí je i
heliport na střeše, dva šokové boxy a vyšetřovna CT.

„Pacient s infarktem nebo úrazem se dostane k vyšetření rychleji
a nebude muset čekat na převoz mezi pavilony,“ uvedl primář
MUDr. Jan Dvořák.

Do konce ledna bude nemocnice fungovat ve stávajícím režimu.

Kontakt pro média: Mgr. Petra Svobodová, tel. 567 555 014
"""))

add("none", "pojistovna-zmena-bankovniho-uctu",
    "Czech health insurance fund notice of changed bank account for premium payments; no care",
    lang="cs", country="cz", charset="iso-8859-2", cte="8bit",
    frm=("Zdravotní pojišťovna Morava", "info@zp-morava.cz.test"),
    to="platci@zp-morava.cz.test",
    subj="Změna čísla účtu pro platbu pojistného od 1. ledna 2027",
    body=T("""
Vážení plátci pojistného,

od 1. ledna 2027 se mění číslo bankovního účtu pro platby pojistného na
veřejné zdravotní pojištění. Platby osob samostatně výdělečně činných a
osob bez zdanitelných příjmů zasílejte prosím na nový účet:

  Číslo účtu:       555012-2001447811/0800
  Variabilní symbol: vaše číslo pojištěnce (rodné číslo)

Platby odeslané na původní účet do 31. března 2027 budou automaticky
převedeny. Výše minimálních záloh pro rok 2027 bude zveřejněna v lednu.

S pozdravem
Zdravotní pojišťovna Morava
Klientská linka: 541 555 011
"""), allow=["2001447811"])

add("phi", "laboratorni-vysledky-rodne-cislo",
    "Czech GP e-mails a named patient her lab results with rodné číslo (thyroid, vitamin D)",
    lang="cs", country="cz", charset="windows-1250", cte="base64",
    frm=("MUDr. Eva Horáková - praktický lékař", "ordinace@mudr-horakova.cz.test"),
    to="jana.kucerova@seznam.example.cz.test",
    subj="Výsledky krve - paní Kučerová",
    body=T("""
Dobrý den, paní Kučerová,

posílám výsledky z odběru ze dne 25. 11. (rodné číslo 705612/0093):

  TSH            6,9 mIU/l  (zvýšené)
  fT4            11,2 pmol/l (v normě)
  vitamin D      38 nmol/l  (nízký)
  glykémie       5,4 mmol/l

Paní doktorka doporučuje začít s vitaminem D 2000 IU denně a za
6 týdnů zopakovat štítnou žlázu. Pokud budete mít únavu nebo přibývat
na váze, objednejte se dříve.

Sestra Lenka
Ordinace MUDr. Evy Horákové, tel. 545 555 019
"""), ids=[("rc_cz", "705612/0093")])

# ===========================================================================
# Swedish
# ===========================================================================

add("none", "vardcentral-influensavaccin-drop-in",
    "Swedish health centre drop-in flu vaccination notice; general",
    lang="sv", country="se", charset="iso-8859-1", cte="quoted-printable",
    frm=("Vårdcentralen Ekbacken", "vc.ekbacken@regionost.se.test"),
    to="listade@regionost.se.test",
    subj="Drop-in vaccination mot influensa och covid-19 i december",
    body=T("""
Hej!

Vi erbjuder drop-in-vaccination mot säsongsinfluensa och covid-19 på
vårdcentralen:

  Onsdagar 9 och 16 december kl. 13.00-16.00
  Lördag 12 december kl. 10.00-13.00

Vaccinationen är kostnadsfri för dig som är 65 år eller äldre, gravid
eller tillhör en riskgrupp. Övriga betalar 350 kr. Ta med legitimation.

Du kan också boka tid via 1177.

Vi har stängt på julafton, juldagen, annandag jul, nyårsdagen och
trettondedag jul. Vid akuta besvär ring 1177 eller 112.

Välkommen!
Vårdcentralen Ekbacken, tfn 08-555 012 40
"""))

add("none", "journalsystem-driftstorning",
    "Swedish region IT notice about an EHR and e-services outage; no patient",
    lang="sv", country="se", cte="8bit",
    frm=("Region Öst IT - Driftinformation", "driftinfo@regionost.se.test"),
    to="alla-vardenheter@regionost.se.test",
    subj="DRIFTSTÖRNING: journalsystemet och e-tjänsterna långsamma",
    body=T("""
Driftinformation 2026-12-02 kl. 09.05

Störning:     Journalsystemet svarar långsamt; inloggning till e-tjänsterna
              på 1177 fungerar periodvis inte
Påverkan:     Samtliga vårdenheter i Region Öst
Orsak:        Under utredning, troligen databaskluster i Kista
Åtgärd:       Leverantören felsöker

Använd reservrutinerna för journalföring på papper vid behov, och
skanna in anteckningarna när systemet fungerar igen. E-recept kan skickas
som vanligt.

Nästa uppdatering senast kl. 11.00.

IT-servicedesk: 08-555 019 00
"""))

add("phi", "kallelse-ultraljud-personnummer",
    "Swedish hospital summons a named patient with personnummer to an abdominal ultrasound",
    lang="sv", country="se", charset="iso-8859-1", cte="base64",
    frm=("Röntgenavdelningen, Östra Vikens sjukhus", "rontgen.ostravik@regionost.se.test"),
    to="bengt.lindqvist@telia.example.se.test",
    subj="Kallelse till ultraljudsundersökning",
    body=T("""
Bengt Lindqvist
Personnummer: 19551112-5592

Du är kallad till ultraljud av buken (lever, gallblåsa) efter remiss från
din läkare på vårdcentralen på grund av förhöjda levervärden.

Tid:   tisdag 15 december 2026 kl. 08.40
Plats: Röntgen, Östra Vikens sjukhus, entré C, plan 2

Förberedelser: Du ska vara fastande i 6 timmar före undersökningen. Du
får dricka lite vatten och ta dina vanliga mediciner.

Om tiden inte passar, ring 08-555 017 62 senast två dagar innan. En
uteblivet besök debiteras med 400 kr.

Välkommen!
Röntgenavdelningen
"""), ids=[("pnr_se", "19551112-5592")])

add("restricted", "ungdomsmottagning-klamydia-svar",
    "Swedish youth clinic tells a named young woman her chlamydia test was positive and arranges treatment",
    lang="sv", country="se", cat="reproductive", cte="quoted-printable",
    frm=("Ungdomsmottagningen Centrum", "um.centrum@regionost.se.test"),
    to="ella.sundberg04@mailbox.example.com",
    subj="Ditt provsvar",
    body=T("""
Hej Ella!

Ditt prov från den 27 november visade klamydia. Det är vanligt och går
lätt att behandla med antibiotika (doxycyklin i 7 dagar). Behandlingen
är gratis.

Du kan hämta ut medicinen på valfritt apotek redan i dag - receptet är
skickat. Undvik sex tills en vecka efter att du tagit sista tabletten.

Enligt smittskyddslagen behöver de du haft sex med det senaste halvåret
testa sig. Vår kurator Johanna hjälper dig med smittspårningen - du kan
vara anonym mot dem. Ring oss på 08-555 014 22 så bokar vi en tid.

Hälsningar,
barnmorska Maria på Ungdomsmottagningen
"""))

# ===========================================================================
# Turkish
# ===========================================================================

add("none", "hemsire-is-ilani-hastane",
    "Turkish private hospital job advert for nurses; recruitment",
    alt=True,
    lang="tr", country="tr", charset="iso-8859-9", cte="quoted-printable",
    frm=("Özel Lale Bahçe Hastanesi İnsan Kaynakları", "ik@lalebahce-hastanesi.com.tr.test"),
    to="adaylar@lalebahce-hastanesi.com.tr.test",
    subj="İş ilanı: Yoğun Bakım ve Acil Servis Hemşiresi",
    body=T("""
Merhaba,

Özel Lale Bahçe Hastanesi olarak Yoğun Bakım ve Acil Servis birimlerimizde
görevlendirilmek üzere hemşire arkadaşlar arıyoruz.

Aranan nitelikler:
  - Hemşirelik lisans mezunu
  - Tercihen en az 2 yıl yoğun bakım veya acil servis deneyimi
  - Yoğun bakım hemşireliği sertifikası tercih sebebidir
  - Vardiyalı çalışmaya uygun

Sunduklarımız: rekabetçi maaş, özel sağlık sigortası, servis ve yemek,
eğitim desteği.

Başvurular için özgeçmişinizi 18 Aralık 2026 tarihine kadar bu adrese
gönderebilirsiniz. Bilgi için: 0212 555 01 46

Özel Lale Bahçe Hastanesi
İnsan Kaynakları Müdürlüğü
"""))

add("none", "eczane-kampanya-vitamin",
    "Turkish pharmacy's seasonal product promotion; marketing",
    lang="tr", country="tr", cte="8bit",
    frm=("Şifa Eczanesi", "bilgi@sifaeczanesi.com.tr.test"),
    to="musteriler@sifaeczanesi.com.tr.test",
    subj="Kış kampanyası: D vitamini ve bağışıklık ürünlerinde %20 indirim",
    body=T("""
Değerli müşterimiz,

Kış aylarına hazırlık için 31 Aralık'a kadar eczanemizde:

  - D vitamini ve C vitamini takviyelerinde %20 indirim
  - Çinko ve probiyotik ürünlerde ikinci ürüne %50 indirim
  - Ücretsiz tansiyon ve şeker ölçümü (her gün 10:00-16:00)

Reçeteli ilaçlarınızı e-Nabız veya e-reçete numaranızla hazırlıyoruz;
dilerseniz sipariş verin, eve teslim edelim.

Nöbetçi eczane bilgisi için bizi arayabilirsiniz: 0232 555 01 38

Sağlıklı günler dileriz,
Ecz. Zeynep Arslan
Şifa Eczanesi
"""))

add("phi", "randevu-tahlil-tc-kimlik",
    "Turkish hospital SMS-style notice to a named patient with TC Kimlik: results and cardiology appointment",
    lang="tr", country="tr", charset="iso-8859-9", cte="base64",
    frm=("Kuzeykent Şehir Hastanesi - Randevu", "randevu@kuzeykent-sehir.saglik.example.gov.tr.test"),
    to="mehmet.yilmaz.63@mailbox.example.com",
    subj="Tahlil sonuçlarınız ve kardiyoloji randevunuz",
    body=T("""
Sayın MEHMET YILMAZ (T.C. Kimlik No: 84954409980),

01.12.2026 tarihli tahlil sonuçlarınız çıkmıştır: HbA1c %8,1; LDL
kolesterol 172 mg/dL; kreatinin 1,1 mg/dL. Sonuçlarınızı e-Nabız
üzerinden de görebilirsiniz.

Doktorunuz Uzm. Dr. Ayşe Demir sizi kardiyoloji polikliniğine
yönlendirmiştir. Randevunuz: 16.12.2026 Çarşamba, saat 10:20,
Kardiyoloji Polikliniği, C Blok 2. kat.

Randevunuza gelemeyecekseniz lütfen iptal ediniz: 0312 555 01 80

Kuzeykent Şehir Hastanesi
"""), ids=[("tckn", "84954409980")])

add("restricted", "genetik-danisma-brca2",
    "Turkish genetics clinic tells a named patient her BRCA2 result and arranges genetic counselling",
    lang="tr", country="tr", cat="genetic", cte="quoted-printable",
    frm=("Tıbbi Genetik Polikliniği - Körfez Üniversite Hastanesi", "genetik@korfez-hastane.edu.tr.test"),
    to="elif.kaya.izmir@mailbox.example.com",
    subj="Genetik test sonucunuz hakkında",
    body=T("""
Sayın Elif Kaya,

Meme kanseri aile öykünüz nedeniyle yapılan genetik test (BRCA1/BRCA2
tam gen dizi analizi) sonuçlanmıştır. BRCA2 geninde patojenik bir
varyant (c.6275_6276del) saptanmıştır.

Bu sonucun sizin ve aileniz için ne anlama geldiğini ayrıntılı konuşmak
üzere genetik danışmanlık randevunuz oluşturulmuştur:

  Tarih: 17 Aralık 2026 Perşembe, saat 14:00
  Yer: Tıbbi Genetik Polikliniği, B Blok zemin kat
  Doktor: Doç. Dr. Murat Şahin

Görüşmeye eşinizi ya da bir yakınınızı getirebilirsiniz. Kız kardeşinize
de test önerilecektir.

T.C. Kimlik No: 69029496386

Tıbbi Genetik Polikliniği
Tel: 0232 555 01 92
"""), ids=[("tckn", "69029496386")])

# ===========================================================================
# Arabic
# ===========================================================================

add("none", "gulf-hospital-new-wing-press",
    "Gulf hospital Arabic press release about a new cardiac centre; no patient",
    alt=True,
    lang="ar", country="ae", cte="8bit",
    frm=("مستشفى النخلة الزرقاء - إدارة الاتصال", "media@bluepalm-hosp.ae.test"),
    to="health@alkhaleej-news.example.ae.test",
    subj="بيان صحفي: افتتاح مركز القلب الجديد في مستشفى النخلة الزرقاء",
    body=T("""
بيان صحفي
دبي، 3 ديسمبر 2026

افتتح مستشفى النخلة الزرقاء اليوم مركز القلب والأوعية الدموية الجديد،
الذي يضم مختبرين للقسطرة القلبية و24 سريراً للعناية المركزة القلبية
ووحدة متخصصة لإعادة التأهيل القلبي.

وقال الدكتور خالد المنصوري، المدير الطبي للمستشفى: «سيتيح المركز تقديم
خدمة القسطرة الأولية على مدار الساعة لمرضى الجلطات القلبية في الإمارة،
وتقليل الحاجة إلى السفر للعلاج في الخارج».

ويستقبل المركز المرضى المؤمَّن عليهم لدى شركات التأمين الصحي المعتمدة،
ابتداءً من 6 ديسمبر.

للتواصل الإعلامي: إدارة الاتصال المؤسسي، هاتف 04 555 0126
"""))

add("none", "moh-influenza-weekly-stats",
    "Arabic ministry weekly aggregate influenza and RSV surveillance; no individual",
    lang="ar", country="sa", charset="windows-1256", cte="quoted-printable",
    frm=("إدارة الترصد الوبائي", "surveillance@moh-epi.example.sa.test"),
    to="hospitals-infection-control@moh-epi.example.sa.test",
    subj="التقرير الأسبوعي لترصد الإنفلونزا - الأسبوع 48",
    body=T("""
السادة مديري مكافحة العدوى في المستشفيات المحترمين،

نرفق لكم ملخص الترصد الأسبوعي للأمراض التنفسية للأسبوع الوبائي 48:

  إجمالي العينات المفحوصة: 3,412
  إنفلونزا A (H1N1): 388
  إنفلونزا A (H3N2): 214
  إنفلونزا B: 57
  الفيروس المخلوي التنفسي (RSV): 296
  حالات التنويم في العناية المركزة: 41

يلاحظ ارتفاع حالات الإنفلونزا بنسبة 18% مقارنة بالأسبوع السابق، لذا
نؤكد على تطعيم الفئات الأكثر عرضة والكوادر الصحية.

مع خالص التحية،
إدارة الترصد الوبائي
"""))

add("phi", "emirates-id-appointment-endocrine",
    "Gulf hospital appointment confirmation for a named patient with Emirates ID and diabetes clinic",
    lang="ar", country="ae", charset="windows-1256", cte="base64",
    frm=("مستشفى النخلة الزرقاء - المواعيد", "appointments@bluepalm-hosp.ae.test"),
    to="fatima.alzaabi@mailbox.example.com",
    subj="تأكيد موعدك في عيادة الغدد الصماء",
    body=T("""
عزيزتي السيدة فاطمة سعيد الزعابي،

رقم الهوية الإماراتية: 784-1985-1601755-9
رقم الملف الطبي: GSH-0448812

نؤكد موعدك في عيادة الغدد الصماء والسكري مع الدكتورة ريم الحمادي:

  التاريخ: الأحد 13 ديسمبر 2026
  الوقت: 9:30 صباحاً
  المكان: الطابق الثاني، العيادة رقم 7

يرجى الحضور صائمة لمدة 8 ساعات لإجراء تحليل السكر التراكمي ووظائف
الكلى قبل الموعد، وإحضار جهاز قياس السكر وقائمة أدويتك (الإنسولين
والميتفورمين).

للإلغاء أو التعديل: 04 555 0133

مستشفى النخلة الزرقاء
"""), ids=[("emirates_id", "784-1985-1601755-9")], allow=["0448812"])

add("restricted", "premarital-thalassemia-carrier",
    "Arabic premarital screening centre tells a named couple both are beta-thalassaemia carriers and offers genetic counselling",
    lang="ar", country="sa", cat="genetic", cte="quoted-printable",
    frm=("مركز فحص ما قبل الزواج - المستشفى العام", "premarital@general-hosp.example.sa.test"),
    to="abdullah.alqahtani@mailbox.example.com",
    subj="نتيجة فحص ما قبل الزواج - عبدالله القحطاني ونورة الشهري",
    body=T("""
الأخ عبدالله محمد القحطاني،

تحية طيبة، وبعد،

نحيطكم علماً بأن نتيجة فحص ما قبل الزواج أظهرت أن كلاً منكما
(عبدالله القحطاني ونورة الشهري) حامل لصفة الثلاسيميا بيتا.

هذا يعني أن هناك احتمالاً بنسبة 25% في كل حمل أن يكون الطفل مصاباً
بالثلاسيميا الكبرى. النتيجة لا تمنع إتمام الزواج، لكننا ننصح بشدة
بحضور جلسة الإرشاد الجيني معاً قبل اتخاذ القرار.

موعد الإرشاد الجيني: الثلاثاء 15 ديسمبر، الساعة 11 صباحاً، عيادة
الإرشاد الوراثي، الدور الأول.

للاستفسار: 011 555 0148

مركز فحص ما قبل الزواج
"""))

# ===========================================================================
# Hebrew
# ===========================================================================

add("none", "kupat-holim-flu-campaign",
    "Israeli health fund flu vaccination campaign notice; general",
    alt=True,
    lang="he", country="il", charset="windows-1255", cte="quoted-printable",
    frm=("קופת חולים מרחבים - מחוז מרכז", "info@merhavim-health.co.il.test"),
    to="members@merhavim-health.co.il.test",
    subj="מבצע חיסוני שפעת - גם בערבים ובשישי",
    body=T("""
חברות וחברים יקרים,

חיסון השפעת לעונת 2026-2027 זמין בכל המרפאות שלנו, ללא תשלום,
לכל מי שמלאו לו 6 חודשים.

לנוחיותכם, פתחנו עמדות חיסון נוספות:
  - בימים ב' ו-ד' בין השעות 16:00-19:00
  - בימי שישי בין השעות 8:00-12:00

מומלץ במיוחד לבני 65 ומעלה, לנשים בהריון, לחולים במחלות כרוניות
ולצוותים רפואיים. ניתן לקבוע תור באפליקציה או במוקד: 03-555-0140.

בריאות טובה,
קופת חולים מרחבים
"""))

add("phi", "tor-rofe-teudat-zehut",
    "Israeli health fund appointment reminder for a named member with Teudat Zehut, orthopaedic clinic",
    lang="he", country="il", cte="base64",
    frm=("קופת חולים מרחבים - זימון תורים", "appointments@merhavim-health.co.il.test"),
    to="yossi.mizrahi@mailbox.example.com",
    subj="תזכורת: תור לרופא אורתופד ביום חמישי",
    body=T("""
שלום יוסף מזרחי,
ת"ז 246290423

זוהי תזכורת לתור שלך:
  רופא: ד"ר אלון פרידמן, אורתופד
  תאריך: יום חמישי, 10.12.2026, בשעה 17:40
  מקום: מרפאה מקצועית רמת גן, רחוב ביאליק 55, קומה 3

נא להביא את צילום הברך ואת תשובת ה-MRI מבית החולים, ואת רשימת
התרופות. התחייבות (טופס 17) לבדיקת ה-MRI כבר אושרה.

לביטול התור: 03-555-0141 או באפליקציה.

קופת חולים מרחבים
"""), ids=[("tz_il", "246290423")])

add("restricted", "ivf-hafrayah-tochnit-tipul",
    "Israeli IVF unit sends a named patient her stimulation protocol and egg retrieval date",
    lang="he", country="il", cat="reproductive", charset="windows-1255", cte="base64",
    frm=("יחידת הפריה חוץ גופית - מרכז רפואי גבעת הזית", "ivf@givathazait-medical.co.il.test"),
    to="michal.levi.ivf@mailbox.example.com",
    subj="תוכנית הטיפול שלך - מחזור הפריה חוץ גופית",
    body=T("""
מיכל שלום,
ת"ז 324875814

בהמשך לפגישה עם ד"ר כהן, זו תוכנית הטיפול במחזור הנוכחי:

  מיום 3 למחזור: גונל-אף 225 יחידות בערב, זריקה תת-עורית
  יום 6: בדיקת דם ואולטרסאונד בשעה 7:30
  יום 7 ואילך: תוספת צטרוטייד לפי הנחיית האחות
  שאיבת ביציות: צפויה בסביבות 21.12 (נקבע סופית לאחר המעקב)

ההתחייבות מקופת החולים לטיפול הופקה. יש להגיע בצום לשאיבה, עם מלווה.

לשאלות: האחות רונית, 09-555-0152

יחידת הפריה חוץ גופית
"""), ids=[("tz_il", "324875814")])

# ===========================================================================
# Hindi, Tamil, Bengali
# ===========================================================================

add("none", "muft-netra-shivir-soochna",
    "Hindi notice of a free eye camp at a hospital; general",
    lang="hi", country="in", cte="8bit",
    frm=("आरोग्य धाम अस्पताल", "shivir@arogyadham-hospital.in.test"),
    to="samuday@arogyadham-hospital.in.test",
    subj="निःशुल्क नेत्र जाँच एवं मोतियाबिंद शिविर - 13 दिसंबर",
    body=T("""
प्रिय नागरिकों,

आरोग्य धाम अस्पताल, लखनऊ द्वारा रविवार, 13 दिसंबर 2026 को सुबह 9 बजे से
दोपहर 3 बजे तक निःशुल्क नेत्र जाँच एवं मोतियाबिंद शिविर का आयोजन किया जा
रहा है।

शिविर में:
  - आँखों की निःशुल्क जाँच
  - चश्मे का नंबर और कम दाम पर चश्मा
  - मोतियाबिंद के मरीज़ों का आयुष्मान कार्ड से निःशुल्क ऑपरेशन
  - शुगर (डायबिटीज़) की जाँच

कृपया अपना आधार कार्ड और आयुष्मान कार्ड (यदि हो) साथ लाएँ।

स्थान: अस्पताल परिसर, ओपीडी भवन, भूतल
संपर्क: 0522 555 0147

सेवा में,
आरोग्य धाम अस्पताल परिवार
"""))

add("none", "sample-collection-dar-suchi",
    "Hindi corporate rate list from a diagnostic centre for staff health checks; business",
    lang="hi", country="in", cte="quoted-printable",
    frm=("निर्मल डायग्नोस्टिक्स - कॉर्पोरेट विभाग", "corporate@nirmaldiagnostics.in.test"),
    to="hr@gangaschool.edu.in.test",
    subj="स्टाफ स्वास्थ्य जाँच हेतु दर सूची",
    body=T("""
आदरणीय महोदया,

आपके विद्यालय के शिक्षकों एवं कर्मचारियों की वार्षिक स्वास्थ्य जाँच हेतु
हमारी दर सूची इस प्रकार है:

  सीबीसी (CBC)                       ₹ 250
  शुगर फास्टिंग एवं पीपी             ₹ 120
  लिपिड प्रोफाइल                     ₹ 450
  थायरॉइड प्रोफाइल                   ₹ 400
  विटामिन डी                          ₹ 900
  पूरा पैकेज (उपरोक्त सभी)            ₹ 1,650

50 से अधिक कर्मचारियों के लिए विद्यालय परिसर में निःशुल्क सैंपल कलेक्शन
की व्यवस्था की जाएगी। रिपोर्ट प्रत्येक कर्मचारी को व्यक्तिगत रूप से
व्हाट्सऐप पर भेजी जाएगी।

धन्यवाद,
अमित त्रिपाठी
कॉर्पोरेट विभाग, फोन: 98555 04412
"""))

add("phi", "janch-report-aadhaar-hindi",
    "Hindi hospital message to a named patient with Aadhaar: blood sugar report and OPD review",
    lang="hi", country="in", cte="base64",
    frm=("आरोग्य धाम अस्पताल - पैथोलॉजी", "lab@arogyadham-hospital.in.test"),
    to="ramesh.yadav.lko@mailbox.example.com",
    subj="श्री रमेश यादव - जाँच रिपोर्ट तैयार",
    body=T("""
श्री रमेश यादव जी,

आपकी 30 नवंबर की जाँच रिपोर्ट तैयार है।

  यूएचआईडी: ADH-2611-5542
  आधार: 5478 2450 4000

  फास्टिंग शुगर:      168 mg/dL (अधिक)
  खाने के बाद शुगर:   254 mg/dL (अधिक)
  HbA1c:              8.6 % (अधिक)
  क्रिएटिनिन:          1.0 mg/dL (सामान्य)

डॉ. सुनीता वर्मा ने आपको सोमवार, 7 दिसंबर को मेडिसिन ओपीडी (कमरा 12) में
रिपोर्ट के साथ दिखाने को कहा है। तब तक मेटफॉर्मिन की गोली पहले की तरह
लेते रहें।

आरोग्य धाम अस्पताल, लखनऊ
"""), ids=[("aadhaar", "5478 2450 4000")], allow=["2611-5542"])

add("restricted", "nasha-mukti-kendra-bharti",
    "Hindi de-addiction centre tells a named patient's son about his father's admission for alcohol withdrawal and naltrexone",
    lang="hi", country="in", cat="substance use", cte="quoted-printable",
    frm=("नवजीवन नशा मुक्ति एवं पुनर्वास केंद्र", "navjeevan.kendra@mailbox.example.com"),
    to="vikas.chauhan@mailbox.example.com",
    subj="आपके पिताजी श्री महेश चौहान के उपचार के बारे में",
    body=T("""
श्री विकास चौहान जी,

नमस्कार। आपके पिताजी श्री महेश चौहान (उम्र 54 वर्ष) को 1 दिसंबर को शराब
छुड़ाने के उपचार (डीटॉक्स) के लिए हमारे केंद्र में भर्ती किया गया था।

पहले तीन दिन उन्हें घबराहट, हाथ काँपना और नींद न आने की शिकायत थी, जो अब
दवाइयों से काफ़ी कम हो गई है। डॉ. राजीव शुक्ला (मनोचिकित्सक) ने आज से
नाल्ट्रेक्सोन 50 mg प्रतिदिन शुरू किया है, ताकि दोबारा शराब की इच्छा कम हो।

परिवार परामर्श सत्र शनिवार, 12 दिसंबर को सुबह 11 बजे है। आपका और आपकी
माताजी का आना बहुत ज़रूरी है।

किसी भी जानकारी के लिए फोन करें: 0522 555 0163

नवजीवन नशा मुक्ति एवं पुनर्वास केंद्र, लखनऊ
"""))

add("none", "pongal-vidumurai-maruthuvamanai",
    "Tamil clinic notice of Pongal holiday closure and a free diabetes camp; general",
    lang="ta", country="in", cte="8bit",
    frm=("ஸ்ரீ வெங்கடேஸ்வரா மருத்துவமனை", "info@svhospital-madurai.in.test"),
    to="noyalargal@svhospital-madurai.in.test",
    subj="பொங்கல் விடுமுறை மற்றும் இலவச சர்க்கரை நோய் முகாம்",
    body=T("""
அன்புள்ள நோயாளிகளுக்கு,

பொங்கல் பண்டிகையை முன்னிட்டு ஜனவரி 14 மற்றும் 15 ஆகிய தேதிகளில் புற
நோயாளிகள் பிரிவு (OPD) விடுமுறை. அவசர சிகிச்சைப் பிரிவு 24 மணி நேரமும்
இயங்கும்.

ஜனவரி 18 ஞாயிற்றுக்கிழமை காலை 8 மணி முதல் மதியம் 1 மணி வரை இலவச
சர்க்கரை நோய் பரிசோதனை முகாம் நடைபெறும். இரத்த சர்க்கரை, HbA1c, கண்
பரிசோதனை மற்றும் கால் பரிசோதனை இலவசமாக செய்யப்படும். காலை உணவு
உண்ணாமல் வரவும்.

முன்பதிவுக்கு: 0452 555 0139

ஸ்ரீ வெங்கடேஸ்வரா மருத்துவமனை, மதுரை
"""))

add("phi", "paati-sugar-insulin-kudumbam",
    "Tamil family mail about a grandmother's high blood sugar and new insulin dose",
    lang="ta", country="in", cte="quoted-printable",
    frm=("கார்த்திக் ராஜா", "karthik.raja.chn@mailbox.example.com"),
    to=["priya.raja@mailbox.example.com", "selvam.raja@mailbox.example.com"],
    subj="பாட்டி டாக்டர் விசிட் - update",
    body=T("""
ஹாய் அக்கா, சித்தப்பா,

இன்னைக்கு பாட்டியை டாக்டர் சுந்தரம் கிட்ட கூட்டிட்டுப் போனேன். சுகர்
காலையில 230, HbA1c 9.4 வந்திருக்கு. மாத்திரை மட்டும் போதாதுன்னு
டாக்டர் சொல்லிட்டாரு, இன்னைக்கு ராத்திரியில இருந்து இன்சுலின்
(glargine 10 units) தூங்கப் போறதுக்கு முன்னாடி போடணும்.

நர்ஸ் எப்படி ஊசி போடணும்னு சொல்லிக் கொடுத்தாங்க. பேனாவும் ஊசியும்
பக்கத்து பார்மசில வாங்கிட்டேன். டெய்லி காலையில சுகர் பார்த்து நோட்ல
எழுதணும். அடுத்த விசிட் டிசம்பர் 21.

அக்கா, நீ வீக் எண்டுல வந்தா பாட்டிக்கு ஊசி போட உதவி பண்ணு. இனிப்பு
குடுக்காதீங்க ப்ளீஸ் :)

கார்த்திக்
"""))

add("none", "dengue-sochetonota-hospital",
    "Bengali hospital dengue awareness notice with general advice; no individual",
    lang="bn", country="bd", cte="8bit",
    frm=("জনসেবা জেনারেল হাসপাতাল", "info@janaseba-hospital.com.bd.test"),
    to="rogi-sebar@janaseba-hospital.com.bd.test",
    subj="ডেঙ্গু প্রতিরোধে সচেতনতা: হাসপাতালের বিশেষ নির্দেশনা",
    body=T("""
প্রিয় সুধী,

ডেঙ্গুর প্রকোপ এখনও কমেনি। আমাদের হাসপাতালে ডেঙ্গু রোগীদের জন্য আলাদা
ওয়ার্ড ও ২৪ ঘণ্টা জরুরি বিভাগ চালু আছে।

জ্বর হলে করণীয়:
  - প্রথম দিনেই NS1 পরীক্ষা করান
  - প্রচুর পানি, ডাবের পানি ও স্যালাইন খান
  - জ্বরের জন্য শুধু প্যারাসিটামল খাবেন; ব্যথানাশক অন্য ওষুধ খাবেন না
  - পেটে ব্যথা, বমি, রক্তপাত হলে দেরি না করে হাসপাতালে আসুন

বাড়ির আশেপাশে জমে থাকা পানি পরিষ্কার রাখুন।

যোগাযোগ: ০২-৫৫৫০১৪২ (02-5550142)

জনসেবা জেনারেল হাসপাতাল, ঢাকা
"""))

add("phi", "report-prostut-bengali",
    "Bengali diagnostic centre tells a named patient his blood report is ready with values and advice",
    lang="bn", country="bd", cte="base64",
    frm=("আলো ডায়াগনস্টিক সেন্টার", "report@alo-diagnostic.com.bd.test"),
    to="rafiqul.islam.dhk@mailbox.example.com",
    subj="জনাব রফিকুল ইসলাম - আপনার রিপোর্ট প্রস্তুত",
    body=T("""
জনাব মো. রফিকুল ইসলাম,

আপনার ২ ডিসেম্বরের পরীক্ষার রিপোর্ট প্রস্তুত।
রোগী আইডি: ALO-261202-0871

  হিমোগ্লোবিন: 10.2 g/dL (কম)
  ক্রিয়েটিনিন: 2.1 mg/dL (বেশি)
  ইউরিক এসিড: 8.4 mg/dL (বেশি)

রেফারকারী চিকিৎসক: ডা. নাসরিন সুলতানা (মেডিসিন বিশেষজ্ঞ)

কিডনির রিপোর্ট স্বাভাবিকের চেয়ে বেশি হওয়ায় দয়া করে এ সপ্তাহেই
আপনার চিকিৎসকের সাথে দেখা করুন।

আলো ডায়াগনস্টিক সেন্টার, মিরপুর
ফোন: 02-5550187
"""), allow=["261202-0871"])

# ===========================================================================
# Indonesian, Vietnamese, Thai
# ===========================================================================

add("none", "iuran-bpjs-kesehatan-2027",
    "Indonesian notice on national health insurance contribution rates; general, no participant care",
    lang="id", country="id", cte="quoted-printable",
    frm=("Klinik Pratama Sehat Sentosa", "admin@kliniksehatsentosa.co.id.test"),
    to="pasien@kliniksehatsentosa.co.id.test",
    subj="Informasi iuran BPJS Kesehatan dan jam layanan Desember",
    body=T("""
Bapak/Ibu peserta JKN yang terdaftar di Klinik Pratama Sehat Sentosa,

Berikut kami sampaikan beberapa informasi:

1. Iuran peserta mandiri untuk tahun 2027 belum berubah. Pastikan iuran
   dibayar sebelum tanggal 10 setiap bulan agar kartu tetap aktif.
2. Pendaftaran berobat bisa melalui aplikasi Mobile JKN. Bawa KTP atau
   kartu JKN saat datang.
3. Layanan selama libur Natal dan Tahun Baru: klinik tutup tanggal 25
   Desember dan 1 Januari. Untuk keadaan darurat silakan ke IGD rumah
   sakit terdekat.
4. Program Prolanis (senam dan cek gula darah untuk peserta hipertensi dan
   diabetes) tetap berjalan setiap Sabtu pukul 07.00.

Informasi lebih lanjut: (021) 5550 1456 / WA 0812 5550 1457

Salam sehat,
Manajemen Klinik Pratama Sehat Sentosa
"""))

add("none", "lowongan-perawat-klinik",
    "Indonesian clinic job vacancy for nurses and midwives; recruitment",
    lang="id", country="id", cte="7bit",
    frm=("HRD Klinik Pratama Sehat Sentosa", "hrd@kliniksehatsentosa.co.id.test"),
    to="lowongan@kliniksehatsentosa.co.id.test",
    subj="LOWONGAN KERJA: Perawat dan Bidan (Depok)",
    body=T("""
Dibutuhkan segera:

1. PERAWAT (3 orang)
   - Pendidikan min. D3 Keperawatan
   - Memiliki STR aktif dan sertifikat BTCLS
   - Bersedia kerja shift

2. BIDAN (1 orang)
   - Pendidikan min. D3 Kebidanan, STR aktif
   - Pengalaman di klinik/RS minimal 1 tahun (fresh graduate dipersilakan)

Kami menawarkan gaji sesuai UMK Depok, BPJS Kesehatan dan
Ketenagakerjaan, serta pelatihan rutin.

Kirim CV, fotokopi ijazah, STR dan pas foto ke email ini paling lambat
20 Desember 2026. Hanya kandidat yang memenuhi syarat yang akan
dihubungi.

HRD Klinik Pratama Sehat Sentosa
"""))

add("phi", "rujukan-bpjs-pasien-katarak",
    "Indonesian clinic referral for a named JKN patient with NIK and JKN number to an eye hospital for cataract",
    lang="id", country="id", cte="8bit",
    frm=("dr. Hendra Wijaya - Klinik Pratama Sehat Sentosa", "dr.hendra@kliniksehatsentosa.co.id.test"),
    to="poli.mata@rs-cahayamata.co.id.test",
    subj="Rujukan pasien: Ny. Siti Aminah - katarak senilis OD",
    body=T("""
Yth. Dokter Spesialis Mata
RS Cahaya Mata Nusantara

Dengan hormat, mohon pemeriksaan dan penatalaksanaan lebih lanjut
untuk pasien:

  Nama        : Ny. Siti Aminah
  Umur        : 67 tahun
  NIK         : 3276015703590004
  No. JKN     : 0001447120385
  No. rujukan : 0144B0011226P000187

Anamnesis: penglihatan mata kanan kabur perlahan sejak 1 tahun, silau
saat malam. Visus OD 1/60, OS 6/18. Lensa OD keruh.
Diagnosis kerja: katarak senilis matur OD (H25.9).
Riwayat: hipertensi terkontrol dengan amlodipin 5 mg, gula darah
sewaktu 142 mg/dL.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

dr. Hendra Wijaya
Klinik Pratama Sehat Sentosa
"""), allow=["3276015703590004", "0001447120385", "0144B0011226P000187"])

add("none", "lich-nghi-tet-benh-vien",
    "Vietnamese hospital Lunar New Year schedule notice; general",
    alt=True,
    lang="vi", country="vn", cte="base64",
    frm=("Bệnh viện Đa khoa An Khang", "cskh@bvdk-ankhang.vn.test"),
    to="benhnhan@bvdk-ankhang.vn.test",
    subj="Thông báo lịch làm việc dịp Tết Nguyên đán Đinh Mùi 2027",
    body=T("""
Kính gửi Quý khách hàng,

Bệnh viện Đa khoa An Khang xin thông báo lịch làm việc dịp Tết Nguyên
đán 2027 như sau:

  - Khám bệnh ngoại trú: nghỉ từ ngày 4/2/2027 đến hết ngày 10/2/2027
    (tức 28 tháng Chạp đến mùng 4 Tết).
  - Khoa Cấp cứu, Sản và Nhi: hoạt động 24/24 giờ trong suốt dịp Tết.
  - Nhà thuốc bệnh viện: mở cửa từ 7h00 đến 17h00 các ngày mùng 2 - mùng 4.

Quý khách cần tái khám hoặc lấy thuốc bảo hiểm y tế định kỳ vui lòng
đến trước ngày 3/2/2027.

Tổng đài chăm sóc khách hàng: 028 5550 1234

Trân trọng,
Ban Giám đốc
"""))

add("phi", "ket-qua-xet-nghiem-cccd",
    "Vietnamese hospital sends a named patient her liver test results with CCCD and health insurance card number",
    lang="vi", country="vn", cte="quoted-printable",
    frm=("Bệnh viện Đa khoa An Khang - Khoa Xét nghiệm", "xetnghiem@bvdk-ankhang.vn.test"),
    to="nguyen.thu.ha@mailbox.example.com",
    subj="Kết quả xét nghiệm - Bà Nguyễn Thu Hà",
    body=T("""
Kính gửi bà Nguyễn Thu Hà,

Số CCCD: 079185004417
Mã thẻ BHYT: DN4797924471885

Kết quả xét nghiệm ngày 01/12/2026:
  AST (GOT):       88 U/L   (cao, bình thường < 35)
  ALT (GPT):      124 U/L   (cao, bình thường < 35)
  HBsAg:          Dương tính
  HBV-DNA:        Đang chờ kết quả

Bác sĩ Trần Văn Minh (Khoa Tiêu hóa) đề nghị bà tái khám vào thứ Ba,
ngày 8/12/2026 lúc 8h00 tại phòng khám số 5 để tư vấn điều trị viêm gan B.
Vui lòng mang theo thẻ BHYT.

Khoa Xét nghiệm - Bệnh viện Đa khoa An Khang
"""), allow=["079185004417", "4797924471885"])

add("restricted", "dieu-tri-arv-tai-kham",
    "Vietnamese outpatient clinic reminds a named patient of his ARV refill and viral load test",
    lang="vi", country="vn", cat="HIV", cte="8bit",
    frm=("Phòng khám ngoại trú - Trung tâm Y tế Quận Tân Lập", "opc.tanlap@ttyt-tanlap.vn.test"),
    to="le.minh.tuan.88@mailbox.example.com",
    subj="Nhắc lịch tái khám và nhận thuốc",
    body=T("""
Chào anh Lê Minh Tuấn,

Phòng khám nhắc anh lịch tái khám và nhận thuốc ARV (TLD, 1 viên mỗi
tối) vào thứ Năm, ngày 10/12/2026, từ 7h30 đến 11h00.

Lần này anh sẽ được lấy máu xét nghiệm tải lượng HIV định kỳ 12 tháng.
Kết quả lần trước (tháng 6/2026) của anh là dưới ngưỡng phát hiện.

Nhớ mang thẻ BHYT và sổ điều trị (mã bệnh nhân OPC-TL-05127). Nếu anh
bận, có thể nhờ người thân nhận thuốc hộ với giấy ủy quyền.

Mọi thông tin của anh đều được giữ bí mật.

Tư vấn viên: chị Hạnh - 028 5550 3387
"""), allow=["05127"])

add("none", "truat-sukhaphap-package-promo",
    "Thai hospital annual health check-up package promotion; marketing",
    lang="th", country="th", charset="TIS-620", cte="base64",
    frm=("โรงพยาบาลสุขใจ", "marketing@sukjai-hospital.co.th.test"),
    to="members@sukjai-hospital.co.th.test",
    subj="โปรโมชั่นตรวจสุขภาพประจำปี ลด 30% ถึง 31 ธันวาคม",
    body=T("""
เรียน ลูกค้าโรงพยาบาลสุขใจ

ต้อนรับปีใหม่ด้วยการดูแลสุขภาพ โรงพยาบาลสุขใจมอบส่วนลดแพ็กเกจตรวจสุขภาพ
ประจำปีสูงสุด 30% ถึงวันที่ 31 ธันวาคม 2569

  แพ็กเกจพื้นฐาน (อายุต่ำกว่า 40 ปี)    2,990 บาท
  แพ็กเกจมาตรฐาน (อายุ 40 ปีขึ้นไป)     5,490 บาท
  แพ็กเกจผู้สูงอายุ (อายุ 60 ปีขึ้นไป)    8,900 บาท

ทุกแพ็กเกจรวมตรวจเลือด ตรวจปัสสาวะ เอกซเรย์ปอด และพบแพทย์อ่านผล
กรุณางดอาหารและเครื่องดื่มอย่างน้อย 8 ชั่วโมงก่อนตรวจ

นัดหมายล่วงหน้า โทร 02 555 0147

โรงพยาบาลสุขใจ
"""))

add("phi", "phon-truat-sukhaphap-bat-prachachon",
    "Thai hospital sends a named employee's health check results with Thai national ID",
    lang="th", country="th", charset="TIS-620", cte="quoted-printable",
    frm=("ศูนย์ตรวจสุขภาพ โรงพยาบาลสุขใจ", "checkup@sukjai-hospital.co.th.test"),
    to="somchai.w@mailbox.example.com",
    subj="ผลการตรวจสุขภาพของคุณสมชาย วงศ์ใหญ่",
    body=T("""
เรียน คุณสมชาย วงศ์ใหญ่

เลขประจำตัวประชาชน 1-7554-61576-27-5
HN 65-118472

ผลการตรวจสุขภาพประจำปี วันที่ 28 พฤศจิกายน 2569
  ความดันโลหิต        152/96 มม.ปรอท (สูง)
  น้ำตาลในเลือด        118 มก./ดล. (สูงเล็กน้อย)
  คอเลสเตอรอล LDL    186 มก./ดล. (สูง)
  การทำงานของตับ      ปกติ

แพทย์แนะนำให้พบอายุรแพทย์เพื่อพิจารณาการรักษาความดันโลหิตสูงภายใน
2 สัปดาห์ ลดอาหารเค็มและมัน และออกกำลังกายสม่ำเสมอ

นัดหมาย โทร 02 555 0148

ศูนย์ตรวจสุขภาพ โรงพยาบาลสุขใจ
"""), ids=[("th_id", "1-7554-61576-27-5")], allow=["65-118472"])

# ===========================================================================
# Japanese
# ===========================================================================

add("none", "nenmatsu-nenshi-kyushin",
    "Japanese clinic year-end holiday closure notice; general",
    lang="ja", country="jp", charset="ISO-2022-JP", cte="7bit",
    frm=("さくら内科クリニック", "info@sakura-naika.jp.test"),
    to="kanja@sakura-naika.jp.test",
    subj="年末年始の休診のお知らせ",
    body=T("""
患者の皆さまへ

さくら内科クリニックでは、下記の期間を休診とさせていただきます。

  休診期間：2026年12月29日（火）から2027年1月3日（日）まで
  診療開始：1月4日（月）午前9時から

休診期間中に急な病気やけがでお困りの場合は、区の休日診療所または
救急安心センター（#7119）にご相談ください。

お薬が足りなくなりそうな方は、12月26日（土）までにご来院ください。
年末は大変混み合いますので、お早めの受診をおすすめします。

本年も当院をご利用いただき、誠にありがとうございました。
来年もどうぞよろしくお願いいたします。

さくら内科クリニック
院長　田中 健一
電話 03-5550-1234
"""))

add("none", "houjin-kenshin-annai",
    "Japanese health check centre's corporate employee check-up offer; business",
    lang="ja", country="jp", charset="Shift_JIS", cte="base64",
    frm=("みなと健診センター 法人営業部", "houjin@minato-kenshin.jp.test"),
    to="soumu@kitano-shoji.co.jp.test",
    subj="【ご案内】2027年度 定期健康診断・人間ドックのお申し込みについて",
    body=T("""
北野商事株式会社
総務部　ご担当者様

いつも大変お世話になっております。みなと健診センター法人営業部の
山口でございます。

2027年度の定期健康診断および人間ドックのお申し込み受付を開始いたし
ました。昨年度と同様、下記の料金にてご提供いたします。

  定期健康診断（法定項目）　　　　　　　　8,800円（税込）
  生活習慣病予防健診　　　　　　　　　　　16,500円（税込）
  日帰り人間ドック（胃カメラ付き）　　　　44,000円（税込）

受診者名簿のご提出は2027年2月末までにお願いいたします。
健診結果は受診者ご本人に郵送し、事業者様には法定項目のみを
お送りいたします。

ご不明な点がございましたら、お気軽にお問い合わせください。

みなと健診センター　法人営業部　山口 直美
電話 045-555-0187
"""))

add("none", "kangoshi-boshu-byouin",
    "Japanese hospital nurse recruitment mail with HTML; recruitment",
    lang="ja", country="jp", cte="quoted-printable",
    frm=("医療法人 青葉会 青葉総合病院 看護部", "kango-saiyo@aoba-hosp.jp.test"),
    to="kangoshi-kibousha@aoba-hosp.jp.test",
    subj="【看護師募集】病院見学会のご案内（12月・1月）",
    body=T("""
看護師を目指す皆さま、転職をお考えの皆さまへ

青葉総合病院（病床数350床）では、2027年度の看護師を募集しています。
病棟、手術室、救急外来の見学会を以下の日程で行います。

  12月19日（土）10:00から12:00
  1月16日（土）10:00から12:00

見学後には先輩看護師との座談会もございます。夜勤体制、教育制度、
院内保育所についてもお気軽にご質問ください。

お申し込みは看護部　採用担当まで。電話 022-555-0160

青葉総合病院　看護部
"""),
    html=T("""
<html><body style="font-family:sans-serif">
<h2 style="color:#2e7d32">看護師募集　病院見学会のご案内</h2>
<p>青葉総合病院（病床数350床）では、2027年度の看護師を募集しています。</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>日程</th><th>時間</th></tr>
<tr><td>12月19日（土）</td><td>10:00から12:00</td></tr>
<tr><td>1月16日（土）</td><td>10:00から12:00</td></tr>
</table>
<p>見学後には先輩看護師との座談会もございます。夜勤体制、教育制度、院内保育所についてもお気軽にご質問ください。</p>
<p>お申し込み：看護部　採用担当（電話 022-555-0160）</p>
</body></html>
"""))

add("phi", "sobo-ninchisho-kazoku",
    "borderline: Japanese family mail about a named grandmother's dementia diagnosis at a memory clinic and her donepezil; neurological, not psychiatric",
    lang="ja", country="jp", cte="8bit",
    frm=("佐藤 美穂", "miho.sato.family@mailbox.example.com"),
    to=["takashi.sato@mailbox.example.com", "yuko.nakamura@mailbox.example.com"],
    subj="おばあちゃんの検査結果のこと",
    body=T("""
兄さん、ゆう子おばさん

今日、おばあちゃん（佐藤ハル、88歳）と一緒に市民病院の脳神経内科の
もの忘れ外来に行ってきました。

MRIと検査の結果、アルツハイマー型認知症の初期と言われました。
先生からドネペジルという薬を少量から始めましょうと言われて、今日から
朝1回飲んでいます。胃がむかむかすることがあるそうなので、様子を
見てあげてください。

それと、要介護認定の申請をした方がいいと言われたので、来週市役所に
行ってきます。デイサービスのことも相談してみるね。

次の診察は1月12日です。誰か一緒に行ける人いますか？

美穂
"""))

add("phi", "kenshin-kekka-hokensho",
    "Japanese clinic sends a named patient his health check results citing insurer number and card symbol",
    lang="ja", country="jp", charset="ISO-2022-JP", cte="7bit",
    frm=("さくら内科クリニック", "kenshin@sakura-naika.jp.test"),
    to="h.suzuki.1972@mailbox.example.com",
    subj="鈴木 浩 様　健康診断結果のお知らせ",
    body=T("""
鈴木 浩 様

先日受診された健康診断の結果をお知らせいたします。

  保険者番号：06139059
  記号・番号：4471・218
  受診日：2026年11月27日

  血圧　　　　　　148/94 mmHg（要経過観察）
  HbA1c　　　　　6.8％（要精密検査）
  空腹時血糖　　　132 mg/dL（要精密検査）
  LDLコレステロール　158 mg/dL（要経過観察）
  尿酸　　　　　　8.2 mg/dL（要経過観察）

糖尿病の疑いがありますので、1か月以内に内科を受診してください。
当院での精密検査をご希望の場合は、保険証（マイナ保険証）をお持ちの上、
ご予約ください。

さくら内科クリニック　健診担当
電話 03-5550-1234
"""), ids=[("hokensha_jp", "06139059")], allow=["4471"])

add("restricted", "iden-counseling-yoyaku",
    "Japanese hospital genetic counselling booking for a named patient about hereditary breast and ovarian cancer testing",
    lang="ja", country="jp", cat="genetic", charset="Shift_JIS", cte="quoted-printable",
    frm=("青葉総合病院 遺伝診療部", "iden@aoba-hosp.jp.test"),
    to="k.watanabe.0815@mailbox.example.com",
    subj="遺伝カウンセリングのご予約について（渡辺 恵子 様）",
    body=T("""
渡辺 恵子 様

乳腺外科の小林医師よりご紹介いただきました遺伝カウンセリングの
ご予約が確定しましたのでお知らせいたします。

  日時：2026年12月18日（金）14時00分
  場所：青葉総合病院 2階 遺伝診療部
  担当：認定遺伝カウンセラー 高橋 真理

お母様とお姉様の乳がんの既往から、遺伝性乳がん卵巣がん症候群
（HBOC）の可能性について、BRCA1/2遺伝学的検査を受けるかどうかを
含めてご説明いたします。検査を受けるかどうかは、お話を聞いてから
ご自身で決めていただけます。

ご家族の病歴（わかる範囲で）をメモしてお持ちください。

青葉総合病院 遺伝診療部　電話 022-555-0168
"""))

# ===========================================================================
# Korean
# ===========================================================================

add("none", "geongang-geomjin-package",
    "Korean hospital health screening package promotion in HTML; marketing",
    lang="ko", country="kr", charset="EUC-KR", cte="base64",
    frm=("한빛병원 건강증진센터", "checkup@hanbit-hosp.co.kr.test"),
    to="members@hanbit-hosp.co.kr.test",
    subj="연말 건강검진 패키지 안내 - 12월 한정 할인",
    html=T("""
<html><body style="font-family:'Malgun Gothic',sans-serif">
<h2>한빛병원 건강증진센터 연말 특별 할인</h2>
<p>올해 건강검진, 아직 받지 않으셨나요? 12월 31일까지 종합검진 패키지를 할인된 가격으로 제공합니다.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>패키지</th><th>주요 항목</th><th>가격</th></tr>
<tr><td>기본</td><td>혈액검사, 소변검사, 흉부 엑스레이, 복부 초음파</td><td>250,000원</td></tr>
<tr><td>정밀</td><td>기본 + 위 내시경, 갑상선 초음파, 심전도</td><td>490,000원</td></tr>
<tr><td>프리미엄</td><td>정밀 + 대장 내시경, 뇌 MRI, 폐 CT</td><td>1,200,000원</td></tr>
</table>
<p>예약 문의: 02-555-0147 (평일 오전 8시부터 오후 5시)</p>
<p style="font-size:11px;color:#888">수신을 원하지 않으시면 수신거부를 눌러 주세요.</p>
</body></html>
"""))

add("none", "bimilbeonho-jaeseoljeong",
    "Korean hospital staff password reset notice; IT only",
    alt=True,
    lang="ko", country="kr", cte="8bit",
    frm=("한빛병원 정보전략팀", "it-helpdesk@hanbit-hosp.co.kr.test"),
    to="staff-all@hanbit-hosp.co.kr.test",
    subj="[공지] 전자의무기록(EMR) 비밀번호 변경 안내",
    body=T("""
교직원 여러분께

정보보안 정책에 따라 12월 15일까지 전자의무기록(EMR) 및 그룹웨어
비밀번호를 변경해 주시기 바랍니다.

  - 비밀번호는 영문, 숫자, 특수문자를 포함하여 10자리 이상
  - 최근 사용한 비밀번호 5개는 사용할 수 없습니다
  - 12월 15일 이후에는 변경 전까지 로그인이 제한됩니다

비밀번호를 잊으신 경우 사번과 본인 인증 후 재설정할 수 있습니다.
정보전략팀은 어떠한 경우에도 메일이나 전화로 비밀번호를 묻지 않습니다.

문의: 정보전략팀 헬프데스크 (내선 5501, 02-555-0190)
"""))

add("phi", "geomsa-gyeolgwa-jumin",
    "Korean hospital sends a named patient her test results with resident registration number",
    lang="ko", country="kr", charset="EUC-KR", cte="base64",
    frm=("한빛병원 내분비내과", "endo@hanbit-hosp.co.kr.test"),
    to="kim.youngsook@mailbox.example.com",
    subj="김영숙 님 검사 결과 안내",
    body=T("""
김영숙 님께

주민등록번호: 581114-2461793
등록번호: 20184471

11월 30일에 시행한 검사 결과를 안내해 드립니다.

  공복 혈당: 142 mg/dL (높음)
  당화혈색소: 7.6 % (높음)
  갑상선 자극 호르몬: 정상

박지훈 교수님께서 당뇨약(메트포르민) 용량을 늘리기로 하셨으며,
12월 14일 오전 10시 20분 내분비내과 외래 진료가 예약되어 있습니다.
진료 당일 금식은 필요하지 않습니다.

예약 변경: 02-555-0152

한빛병원 내분비내과
"""), ids=[("rrn_kr", "581114-2461793")], allow=["20184471"])

add("restricted", "jeongsin-geongang-uihakgwa-yeyak",
    "Korean psychiatry department reminder for a named patient's depression follow-up",
    lang="ko", country="kr", cat="mental health", cte="quoted-printable",
    frm=("한빛병원 정신건강의학과", "psy@hanbit-hosp.co.kr.test"),
    to="lee.jiwoo.92@mailbox.example.com",
    subj="이지우 님 진료 예약 안내",
    body=T("""
이지우 님, 안녕하세요.

정신건강의학과 최수진 교수님 외래 진료 예약을 안내해 드립니다.

  일시: 12월 11일(금) 오후 3시
  장소: 본관 3층 정신건강의학과 외래

지난 진료에서 우울증 치료를 위해 시작한 에스시탈로프람 복용 후
불편한 점이 있으셨다면 진료 시 말씀해 주세요. 진료 전에 우울 척도
설문지(PHQ-9)를 작성해 주시면 됩니다. 인지행동치료 프로그램 상담도
함께 예정되어 있습니다.

주민등록번호: 720314-2771961

힘든 순간에는 언제든 정신건강위기상담전화로 도움을 받을 수 있습니다.

한빛병원 정신건강의학과 (02-555-0158)
"""), ids=[("rrn_kr", "720314-2771961")])

# ===========================================================================
# Chinese (simplified and traditional)
# ===========================================================================

add("none", "tijian-taocan-cuxiao",
    "Chinese health check centre package promotion; marketing",
    lang="zh-CN", country="cn", charset="GB2312", cte="base64",
    frm=("康宁体检中心", "service@kangning-tijian.cn.test"),
    to="huiyuan@kangning-tijian.cn.test",
    subj="年终感恩回馈：体检套餐限时八折",
    body=T("""
尊敬的会员：

为感谢您一年来的支持，康宁体检中心推出年终回馈活动。即日起至
12月31日，以下体检套餐享受八折优惠：

  青年基础套餐（血常规、肝肾功能、血脂、腹部B超）    原价 680元
  中老年深度套餐（含胃肠镜、颈动脉彩超、肺部CT）     原价 2880元
  女性专项套餐（含乳腺彩超、妇科检查、甲状腺彩超）   原价 1580元

体检前一天晚上十点后请禁食，当天早上请勿进食和饮水。
预约请拨打客服热线 400-555-0168，或通过微信公众号预约。

康宁体检中心
"""))

add("none", "dengue-zhoubao-jikong",
    "Chinese CDC weekly aggregate dengue surveillance report; no individual",
    lang="zh-CN", country="cn", cte="8bit",
    frm=("市疾病预防控制中心 传染病防制所", "crb@city-cdc.example.cn.test"),
    to="hospitals-infection@city-cdc.example.cn.test",
    subj="登革热疫情周报（第48周）",
    body=T("""
各医疗机构：

现将第48周（11月23日至11月29日）全市登革热疫情通报如下：

  本周新报告病例：37例（本地病例31例，输入病例6例）
  本年累计：1,204例，无死亡病例
  病例较多的区：江北区 12例、滨海区 9例、新城区 7例

本周病例数较上周下降21%，但部分街道布雷图指数仍高于20。请各医疗
机构继续加强发热病人登革热NS1抗原筛查，发现疑似病例须在24小时内
网络直报，并配合做好病家周围的灭蚊工作。

市疾病预防控制中心 传染病防制所
联系电话：020-5550-3316
"""))

add("phi", "tijian-baogao-shenfenzheng",
    "Chinese health check report to a named client with ID card and medical insurance card numbers",
    lang="zh-CN", country="cn", charset="GB2312", cte="base64",
    frm=("康宁体检中心 报告室", "report@kangning-tijian.cn.test"),
    to="wang.jianguo.1979@mailbox.example.com",
    subj="王建国先生：您的体检报告已出",
    body=T("""
王建国先生：

您好！您于11月28日在我中心完成的体检报告已出。

  身份证号：110105197903255931
  医保卡号：10105791127448
  体检编号：KN20261128-0457

主要异常结果：
  1. 空腹血糖 7.4 mmol/L（偏高），糖化血红蛋白 7.1%，建议内分泌科就诊；
  2. 甘油三酯 3.2 mmol/L（偏高）；
  3. 腹部B超：中度脂肪肝。

建议您在两周内到医院内分泌科复诊，控制饮食，适当运动。纸质报告可
到前台领取，或在公众号“报告查询”中查看电子版。

康宁体检中心 报告室
电话：400-555-0168
"""), ids=[("cn_id", "110105197903255931")], allow=["10105791127448", "20261128-0457"])

add("restricted", "meishatong-weichi-zhiliao",
    "Chinese methadone maintenance clinic notice to a named patient about dose change and urine test",
    lang="zh-CN", country="cn", cat="substance use", cte="base64",
    frm=("区美沙酮维持治疗门诊", "mmt@district-mmt.example.cn.test"),
    to="liu.qiang.gz@mailbox.example.com",
    subj="刘强：关于您的服药剂量调整",
    body=T("""
刘强您好：

您在我门诊参加美沙酮维持治疗已满一年，近三个月尿检均为阴性，表现
很好。经医生评估，从12月7日起您的美沙酮口服液剂量由每日60毫克
调整为每日55毫克。

请继续每天按时到门诊服药，服药时须本人到场，出示治疗卡
（卡号 MMT-2025-0318）。本月的随机尿检安排在12月中旬，另有一次
心理咨询和同伴小组活动，时间另行通知。

如果外出需要异地服药，请至少提前七天告诉我们办理转介手续。

区美沙酮维持治疗门诊
联系电话：020-5550-4471
身份证号：440106195810142042（家属代办登记）
"""), ids=[("cn_id", "440106195810142042")], allow=["2025-0318"])

add("none", "zhiyuan-zhaomu-yiyuan",
    "Taiwanese hospital volunteer recruitment notice; no patient",
    lang="zh-TW", country="tw", charset="Big5", cte="base64",
    frm=("仁愛紀念醫院 社會服務室", "volunteer@renai-hosp.com.tw.test"),
    to="shequ@renai-hosp.com.tw.test",
    subj="仁愛紀念醫院誠徵醫院志工",
    body=T("""
親愛的鄉親朋友您好：

仁愛紀念醫院誠徵熱心服務的志工夥伴，服務內容包括：

  一、門診掛號及批價引導
  二、協助長者使用自助報到機及健保卡讀卡
  三、病房關懷、陪伴及圖書推車服務
  四、兒童病房說故事

服務時間每週至少一次，每次三至四小時。完成基礎訓練及特殊訓練後，
即可領取志願服務紀錄冊。年滿十八歲、身體健康、具服務熱忱者皆歡迎
報名。

報名及洽詢：社會服務室 林小姐
電話：(02) 2555-0173

仁愛紀念醫院 社會服務室 敬啟
"""))

add("phi", "menzhen-yuyue-shenfenzheng-tw",
    "Taiwanese hospital outpatient booking confirmation for a named patient with national ID number",
    lang="zh-TW", country="tw", charset="Big5", cte="quoted-printable",
    frm=("仁愛紀念醫院 網路掛號系統", "booking@renai-hosp.com.tw.test"),
    to="chen.zhiming@mailbox.example.com",
    subj="掛號成功通知：陳志明 先生",
    body=T("""
陳志明 先生 您好：

您已完成網路掛號，資料如下：

  身分證字號：B180048702
  病歷號碼：0871447
  科別：心臟內科
  醫師：黃建華 醫師
  日期：115年12月16日（星期三）上午診
  診號：23

醫師交代：請於看診前完成心電圖及抽血檢查，並攜帶您目前服用的
降血壓藥物。

請攜帶健保卡於看診前30分鐘至一樓報到。如需取消掛號，請於看診
前一日撥打 (02) 2555-0174。

仁愛紀念醫院
"""), ids=[("tw_id", "B180048702")], allow=["0871447"])

add("restricted", "shenxinke-fuzhen-tw",
    "Taiwanese psychiatry (身心科) reminder for a named patient's anxiety disorder follow-up and therapy",
    lang="zh-TW", country="tw", cat="mental health", cte="8bit",
    frm=("仁愛紀念醫院 身心科", "psych@renai-hosp.com.tw.test"),
    to="lin.yating.88@mailbox.example.com",
    subj="林雅婷 小姐 回診提醒",
    body=T("""
林雅婷 小姐 您好：

提醒您下次身心科回診時間為 12 月 9 日（星期三）下午 2 點 30 分，
由張怡君醫師看診。

醫師上次為您調整了治療恐慌症及廣泛性焦慮症的藥物（sertraline 50 mg
每日一次，必要時 alprazolam 0.25 mg），回診時請告訴醫師服藥後的
睡眠及心悸情形。您預約的心理治療（第 3 次）安排在同日下午 3 點 30 分，
地點為 B 棟 5 樓心理治療室。

身分證字號：F231540000

如有情緒困擾，可隨時撥打 1925 安心專線。

仁愛紀念醫院 身心科 (02) 2555-0179
"""), ids=[("tw_id", "F231540000")])

# ===========================================================================
# Swahili, Yoruba, Amharic
# ===========================================================================

add("none", "tangazo-chanjo-surua",
    "Swahili county notice of a measles-rubella vaccination campaign; general",
    lang="sw", country="ke", cte="quoted-printable",
    frm=("Idara ya Afya - Kaunti ya Ziwa", "chanjo@ziwacountyhealth.go.ke.test"),
    to="wazazi@ziwacountyhealth.go.ke.test",
    subj="TANGAZO: Kampeni ya chanjo ya surua na rubela 7 - 13 Desemba",
    body=T("""
Wazazi na walezi wapendwa,

Idara ya Afya ya Kaunti ya Ziwa inawatangazia kampeni ya chanjo ya
surua na rubela kwa watoto wote wenye umri wa miezi 9 hadi miaka 14.

  Tarehe: 7 hadi 13 Desemba 2026
  Mahali: vituo vyote vya afya, shule za msingi na vituo maalum sokoni
  Gharama: BURE

Hata kama mtoto wako alishapata chanjo hii awali, tafadhali mlete apate
dozi ya ziada. Chanjo ni salama. Beba kadi ya kliniki ya mtoto (kitabu cha
mama na mtoto) kama unayo.

Kwa maelezo zaidi piga simu: 0720 555 019

Afya yako, jukumu letu.
Idara ya Afya, Kaunti ya Ziwa
"""))

add("phi", "matokeo-malaria-mtoto-kliniki",
    "Swahili clinic message to a mother about her named child's malaria result and treatment",
    lang="sw", country="ke", cte="7bit",
    frm=("Kliniki ya Mama na Mtoto - Rift Valley Mission Hospital", "mch@rvmh.co.ke.test"),
    to="halima.omondi@mailbox.example.com",
    subj="Matokeo ya kipimo cha Baraka",
    body=T("""
Habari Mama Baraka,

Matokeo ya kipimo cha damu cha mtoto wako Baraka Omondi (miaka 4, namba
ya faili MCH-2611-0932) yametoka: ana malaria (mRDT chanya).

Tumempa dawa ya AL (artemether-lumefantrine), vidonge 2 mara mbili kwa
siku kwa siku 3. Mpe dawa baada ya chakula au maziwa. Mpe maji mengi na
paracetamol ikiwa ana homa.

Rudi kliniki Jumatatu 7 Desemba kwa ukaguzi. Kama atatapika dawa,
atashindwa kunyonya au kula, au atapata degedege, mlete hospitali mara
moja.

Muuguzi Esther, Kliniki ya MCH
Simu 0720 555 021
"""), allow=["2611-0932"])

add("restricted", "dawa-za-arv-ukumbusho",
    "Swahili comprehensive care clinic reminds a named client about ARV refill and viral load (VVU)",
    lang="sw", country="ke", cat="HIV", cte="8bit",
    frm=("Kituo cha Huduma Kamili (CCC) - Kaunti ya Ziwa", "ccc.mtomawe@ziwacountyhealth.go.ke.test"),
    to="juma.kiprono@mailbox.example.com",
    subj="Ukumbusho wa miadi yako ya kliniki",
    body=T("""
Habari Juma Kiprono,

Huu ni ukumbusho kwamba miadi yako ijayo katika kituo cha CCC ni
Jumanne tarehe 15 Desemba 2026 saa tatu asubuhi.

Siku hiyo utapata dawa zako za ARV za miezi mitatu (TLD) na kupimwa
kiwango cha virusi vya VVU mwilini (viral load). Kipimo cha mwisho
kilionyesha virusi havionekani - hongera!

Kumbuka kuleta kadi yako ya kliniki (namba CCC 14201-05518). Taarifa zako
zote ni siri.

Ukiwa na swali, mpigie mshauri wako Auma: 0720 555 018

Kituo cha Huduma Kamili, Mto Mawe
"""), allow=["14201-05518"])

add("none", "ikede-itoju-ofe-agbegbe",
    "Yoruba notice of a free community health outreach; general",
    lang="yo", country="ng", cte="quoted-printable",
    frm=("Ilé-Ìwòsàn Ìrètí Tuntun", "ikede@ireti-tuntun-hospital.com.ng.test"),
    to="agbegbe@ireti-tuntun-hospital.com.ng.test",
    subj="Ìkéde: Àyẹ̀wò ìlera ọ̀fẹ́ ní ọjọ́ Àbámẹ́ta",
    body=T("""
Ẹ kú déédéé ìgbà yìí, ẹ̀yin ará àdúgbò wa,

Ilé-Ìwòsàn Ìrètí Tuntun, Ìbàdàn, ń ké sí gbogbo yín sí àyẹ̀wò ìlera ọ̀fẹ́
ní ọjọ́ Àbámẹ́ta, ọjọ́ kejìlá oṣù Kejìlá, ọdún 2026, láti aago mẹ́jọ àárọ̀
sí aago méjì ọ̀sán, ní gbọ̀ngàn ìlú Mọ̀kọ́lá.

Àwọn àyẹ̀wò tí a ó ṣe:
  - Àyẹ̀wò ẹ̀jẹ̀ ríru (blood pressure)
  - Àyẹ̀wò ṣúgà inú ẹ̀jẹ̀
  - Àyẹ̀wò ojú
  - Ìmọ̀ràn lórí oúnjẹ tó dára

Gbogbo rẹ̀ jẹ́ ọ̀fẹ́. Ẹ mú àwọn àgbàlagbà àti àwọn ọmọdé wá.

Fún ìbéèrè, ẹ pe: 0803 555 0147

Ilé-Ìwòsàn Ìrètí Tuntun
"""))

add("phi", "oogun-eje-riru-mama",
    "Yoruba family mail about a named mother's blood pressure reading and new medication from the clinic",
    lang="yo", country="ng", cte="8bit",
    frm=("Adébáyọ̀ Ògúnlànà", "adebayo.ogunlana@mailbox.example.com"),
    to=["funmilayo.ogunlana@mailbox.example.com", "tunde.ogunlana@mailbox.example.com"],
    subj="Mama àti ilé-ìwòsàn lónìí",
    body=T("""
Ẹ̀gbọ́n Fúnmi àti Túndé,

Mo mú Mama (Mama Àṣàkẹ́ Ògúnlànà) lọ sí ilé-ìwòsàn Ìrètí Tuntun lónìí.
Dókítà Adéwálé sọ pé ẹ̀jẹ̀ ríru rẹ̀ ga gan-an, 178/102. Ó ní kí ó máa lo
amlodipine 10mg lẹ́ẹ̀kan lójúmọ́, kí ó sì dín iyọ̀ kù nínú oúnjẹ.

Wọ́n tún ṣe àyẹ̀wò kídìnrín fún un, èsì rẹ̀ yóò jáde ní ọ̀sẹ̀ tó ń bọ̀.
A ó padà lọ ní ọjọ́ kọkàndínlógún oṣù Kejìlá.

Ẹ jọ̀ọ́ ẹ máa pè é láti rán an létí láti lo òògùn rẹ̀ ní àràárọ̀.

Adébáyọ̀
"""))

add("none", "ye-kitibat-zemecha-masetawekia",
    "Amharic health centre notice of a childhood vaccination campaign; general",
    lang="am", country="et", cte="base64",
    frm=("የአዲስ ተስፋ ጤና ጣቢያ", "info@addistesfa-healthcenter.gov.et.test"),
    to="mahberesebu@addistesfa-healthcenter.gov.et.test",
    subj="የክትባት ዘመቻ ማስታወቂያ",
    body=T("""
ለተከበራችሁ የአካባቢው ነዋሪዎች በሙሉ፣

የአዲስ ተስፋ ጤና ጣቢያ ከታኅሣሥ 1 እስከ ታኅሣሥ 5 ቀን 2019 ዓ.ም. ድረስ ከ9 ወር
እስከ 5 ዓመት ዕድሜ ላሉ ሕፃናት በሙሉ የኩፍኝ ክትባት ዘመቻ ያካሂዳል።

ክትባቱ በነጻ ይሰጣል። ልጅዎ ከዚህ በፊት ክትባት ወስዶ ቢሆንም እንኳ
ተጨማሪ መጠን እንዲወስድ ይዘውት ይምጡ። የልጅዎን የክትባት ካርድ ይዘው
ይምጡ።

ቦታ፦ የአዲስ ተስፋ ጤና ጣቢያ እና በየቀበሌው የተዘጋጁ ጊዜያዊ ጣቢያዎች
ሰዓት፦ ከጠዋቱ 2:30 እስከ ቀኑ 11:00

ለበለጠ መረጃ፦ 011 555 0142

የአዲስ ተስፋ ጤና ጣቢያ
"""))

add("restricted", "implant-lemaskemet-qetero",
    "Amharic health centre confirms a named woman's contraceptive implant appointment after family planning counselling",
    lang="am", country="et", cat="reproductive", cte="8bit",
    frm=("የአዲስ ተስፋ ጤና ጣቢያ - የቤተሰብ ዕቅድ ክፍል", "fp@addistesfa-healthcenter.gov.et.test"),
    to="tigist.alemu@mailbox.example.com",
    subj="የቤተሰብ ዕቅድ ቀጠሮዎ",
    body=T("""
ውድ ወ/ሮ ትዕግስት ዓለሙ፣

ባለፈው ሳምንት ባደረግነው የቤተሰብ ዕቅድ ምክክር መሠረት፣ የእርግዝና መከላከያ
ኢምፕላንት (ለ3 ዓመት የሚያገለግል) የሚቀመጥበት ቀጠሮዎ ማክሰኞ ታኅሣሥ 6
ቀን ከጠዋቱ 3:00 ሰዓት በቤተሰብ ዕቅድ ክፍል (ክፍል ቁጥር 4) ተይዟል።

አገልግሎቱ በነጻ ይሰጣል። እባክዎን የጤና ካርድዎን (ቁጥር FP-2019-0388) ይዘው
ይምጡ። ሂደቱ 15 ደቂቃ ያህል ይወስዳል።

ጥያቄ ካለዎት ነርስ መሠረትን በ 011 555 0143 ያነጋግሩ።

የአዲስ ተስፋ ጤና ጣቢያ
"""), allow=["2019-0388"])

if __name__ == "__main__":
    main()
