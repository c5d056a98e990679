#!/usr/bin/env python3
"""wide7 generator: mail that integration systems and bulk senders put
through a relay (X12, NCPDP, HL7 v2, FHIR, C-CDA/XML, CSV exports,
generated template mail, awkward attachments, webhook and log wrappers).

Python 3 standard library only, deterministic.

    python3 gen.py           rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   only verify what is on disk
"""
import base64
import binascii
import csv
import datetime
import email
import email.policy
import hashlib
import io
import json
import os
import random
import re
import struct
import sys
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261207
LABELS = ("none", "phi", "restricted")
CATS = ("mh", "sud", "hiv", "gen", "repro")
CAT_NAMES = {"mh": "mental health", "sud": "substance-use treatment",
             "hiv": "HIV", "gen": "genetic", "repro": "reproductive health"}
WANT = {"none": 80, "phi": 75, "restricted": 45}
WANT_NON_EN = 50
MIN_TRAPS = 55

MESSAGES = []
CUR = {"slug": None, "k": 0}


def msg(slug, label, reason, cat=None, lang="en"):
    def deco(fn):
        MESSAGES.append(dict(slug=slug, label=label, reason=reason, cat=cat,
                             lang=lang, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- helpers

def H(s, n=16):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def R(tag=""):
    """Per-message deterministic RNG."""
    return random.Random("%s|%s" % (CUR["slug"], tag))


def D(y, mo, d, h, mi, s, tz="-0500"):
    wd = datetime.date(y, mo, d).strftime("%a")
    mon = datetime.date(y, mo, d).strftime("%b")
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (wd, d, mon, y, h, mi, s, tz)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


SOFT = "\x1e"  # a place where the QP encoder must put a soft line break


def qp_encode(data):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        for b in line:
            if b == 0x1E:
                toks.append(None)
            elif (33 <= b <= 126 and b != 61) or b in (32, 9):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        for i in range(len(toks) - 1, -1, -1):
            if toks[i] is None:
                continue
            if toks[i] in (" ", "\t"):
                toks[i] = "=%02X" % ord(toks[i])
            break
        cur = ""
        for i, t in enumerate(toks):
            if t is None:
                out.append(cur + "=")
                cur = ""
                continue
            if len(cur) + len(t) > 75:
                if cur.endswith(" ") or cur.endswith("\t"):
                    pass
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return ("\r\n".join(out)).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode("ascii")


def q_word(b):
    o = []
    for x in b:
        c = chr(x)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            o.append(c)
        elif c == " ":
            o.append("_")
        else:
            o.append("=%02X" % x)
    return "".join(o)


def ew(s, cs="utf-8", enc="B"):
    pre = "=?%s?%s?" % (cs, enc)

    def e(chunk):
        b = chunk.encode(cs)
        return base64.b64encode(b).decode() if enc == "B" else q_word(b)
    words, cur = [], ""
    for ch in s:
        if cur and len(pre) + len(e(cur + ch)) + 2 > 75:
            words.append(pre + e(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + e(cur) + "?=")
    return "\r\n ".join(words)


def hval(s, cs="utf-8", enc="B"):
    if all(ord(c) < 128 for c in s):
        return s
    return ew(s, cs, enc)


def A(name, addr, cs="utf-8", enc="B"):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, cs, enc), addr)


def fold_list(items):
    out, line = [], ""
    for it in items:
        if line and len(line) + len(it) > 70:
            out.append(line + ",")
            line = " " + it
        else:
            line = (line + ", " + it) if line else it
    out.append(line)
    return "\r\n".join(out)


# ---------------------------------------------------------------- MIME parts

def _boundary():
    CUR["k"] += 1
    h = H("%s/%d" % (CUR["slug"], CUR["k"]), 24)
    style = int(h[0], 16) % 5
    if style == 0:
        return "----=_Part_%d_%d.%s" % (int(h[1:6], 16), int(h[6:11], 16), h[11:19])
    if style == 1:
        return "000000000000%s" % h[:16]
    if style == 2:
        return "=_%s" % h
    if style == 3:
        return "----=_NextPart_000_%s_%s.%s" % (h[:4].upper(), h[4:12].upper(), h[12:20].upper())
    return "b1_%s" % h


def part(ctype, body, cte="7bit", params=None, disp=None, filename=None,
         extra=None, name=None, fn_cs=None):
    """A leaf part. body is bytes (already CRLF where text)."""
    ct = ctype
    for k, v in (params or []):
        ct += '; %s="%s"' % (k, v)
    if name is None and filename:
        name = filename
    if name:
        if all(ord(c) < 128 for c in name):
            ct += ';\r\n name="%s"' % name
        else:
            ct += ';\r\n name="%s"' % ew(name, fn_cs or "utf-8", "B").replace("\r\n ", " ")
    hdrs = [("Content-Type", ct)]
    if cte == "base64":
        enc = b64_encode(body)
    elif cte == "quoted-printable":
        enc = qp_encode(body)
        if not enc.endswith(b"\r\n"):
            enc += b"\r\n"
    else:
        enc = body.replace(SOFT.encode(), b"")
        if not enc.endswith(b"\r\n"):
            enc += b"\r\n"
    hdrs.append(("Content-Transfer-Encoding", cte))
    if disp or filename:
        d = disp or "attachment"
        if filename:
            if all(ord(c) < 128 for c in filename):
                d += ';\r\n filename="%s"' % filename
            else:
                q = "".join(c if (c.isascii() and (c.isalnum() or c in "-._")) else
                            "".join("%%%02X" % x for x in c.encode(fn_cs or "utf-8"))
                            for c in filename)
                d += ";\r\n filename*=%s''%s" % (fn_cs or "utf-8", q)
        hdrs.append(("Content-Disposition", d))
    for kv in (extra or []):
        hdrs.append(kv)
    return {"headers": hdrs, "body": enc}


def text(s, subtype="plain", cs="utf-8", cte=None, filename=None, disp=None,
         extra=None, fmt_flowed=False):
    s = crlf(s)
    if not s.endswith("\r\n"):
        s += "\r\n"
    raw = s.encode(cs)
    if cte is None:
        plain = raw.replace(SOFT.encode(), b"")
        if all(b < 128 for b in plain) and max(len(l) for l in plain.split(b"\r\n")) <= 900:
            cte = "7bit"
        else:
            cte = "quoted-printable"
    if cte != "quoted-printable":
        raw = raw.replace(SOFT.encode(), b"")
    params = [("charset", cs)]
    if fmt_flowed:
        params.append(("format", "flowed"))
    return part("text/%s" % subtype, raw, cte, params, disp=disp,
                filename=filename, extra=extra)


def att(data, ctype, filename, cte="base64", params=None, disp="attachment",
        extra=None, name=None, fn_cs=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if cte != "base64":
        data = re.sub(rb"(?<!\r)\n", b"\r\n", data)
    return part(ctype, data, cte, params, disp=disp, filename=filename,
                extra=extra, name=name, fn_cs=fn_cs)


def multi(sub, parts, boundary=None, preamble=None, params=None, extra=None):
    b = boundary or _boundary()
    ct = "multipart/%s;\r\n boundary=\"%s\"" % (sub, b)
    for k, v in (params or []):
        ct += ';\r\n %s="%s"' % (k, v)
    out = []
    if preamble is not None:
        out.append(crlf(preamble).encode() + b"\r\n")
    for p in parts:
        out.append(b"--" + b.encode() + b"\r\n")
        out.append(render_headers(p["headers"]))
        out.append(b"\r\n")
        out.append(p["body"])
    out.append(b"--" + b.encode() + b"--\r\n")
    hdrs = [("Content-Type", ct)] + list(extra or [])
    return {"headers": hdrs, "body": b"".join(out)}


def rfc822(msgbytes, filename=None):
    cte = "7bit" if all(b < 128 for b in msgbytes) else "8bit"
    p = {"headers": [("Content-Type", "message/rfc822"),
                     ("Content-Transfer-Encoding", cte)], "body": msgbytes}
    if filename:
        p["headers"].append(("Content-Disposition",
                             'attachment; filename="%s"' % filename))
    else:
        p["headers"].append(("Content-Disposition", "inline"))
    return p


def render_headers(hdrs):
    out = []
    for k, v in hdrs:
        line = "%s: %s\r\n" % (k, v)
        out.append(line.encode("ascii"))
    return b"".join(out)


def mail(frm, to, subject, date, body, cc=None, reply_to=None, extra=None,
         mid=None, scs="utf-8", senc="B", mid_domain=None, order=None):
    to_v = to if isinstance(to, str) else fold_list(to)
    if mid is None:
        dom = mid_domain or re.search(r"@([A-Za-z0-9.-]+)", frm).group(1)
        CUR["mid"] = CUR.get("mid", 0) + 1
        h = H("%s|mid|%d" % (CUR["slug"], CUR["mid"]), 20)
        style = int(h[0], 16) % 4
        if style == 0:
            mid = "<%s.%s@%s>" % (h[:12].upper(), h[12:], dom)
        elif style == 1:
            mid = "<%d.%d.%s@%s>" % (int(h[:8], 16), int(h[8:12], 16), h[12:], dom)
        elif style == 2:
            mid = "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:], dom)
        else:
            mid = "<CA+%s%s@mail.%s>" % (base64.b32encode(bytes.fromhex(h)).decode().rstrip("=").lower(), h[:4], dom)
    hdrs = [("From", frm), ("To", to_v)]
    if cc:
        hdrs.append(("Cc", cc if isinstance(cc, str) else fold_list(cc)))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", hval(subject, scs, senc)), ("Date", date),
             ("Message-ID", mid), ("MIME-Version", "1.0")]
    hdrs += list(extra or [])
    hdrs += body["headers"]
    return render_headers(hdrs) + b"\r\n" + body["body"]


# ---------------------------------------------------------------- identifiers

def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def npi(tag):
    rng = random.Random("npi|" + tag)
    base = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    for c in "0123456789":
        if luhn_ok("80840" + base + c):
            return base + c


def npi_ok(n):
    return bool(re.fullmatch(r"[12]\d{9}", n)) and luhn_ok("80840" + n)


def dea(last, tag, kind="B"):
    rng = random.Random("dea|" + tag)
    d = [rng.randrange(10) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return kind + last[0].upper() + "".join(map(str, d)) + str(c)


def dea_ok(x):
    if not re.fullmatch(r"[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}", x):
        return False
    d = [int(c) for c in x[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_RE = re.compile(r"[1-9][%s][%s0-9][0-9][%s][%s0-9][0-9][%s][%s][0-9][0-9]"
                    % ((MBI_A,) * 6))


def mbi(tag):
    rng = random.Random("mbi|" + tag)
    A_, N_, AN = MBI_A, "0123456789", MBI_A + "0123456789"
    pat = ["123456789", A_, AN, N_, A_, AN, N_, A_, A_, N_, N_]
    return "".join(rng.choice(p) for p in pat)


# ---------------------------------------------------------------- people

FIRST = """Adaeze Aiko Alejandro Alma Amara Anders Anjali Annika Arturo Bao Beatriz
Bernard Bilal Bronwyn Camille Carmela Cedric Chioma Colette Cyrus Dalia Darnell
Delphine Dmitri Earl Efua Elif Emeka Esperanza Fatima Florian Gideon Gloria
Gustavo Hana Harriet Hiroshi Ines Irene Isidro Jalen Janelle Joaquin Jolene
Kenji Keisha Kwame Lakshmi Lamar Leticia Linnea Lorenzo Lucinda Magnus Mariam
Marisol Maurice Mei Milagros Mirela Nadia Nikolai Noemi Obinna Odette Oksana
Omar Pascal Paulina Priya Quentin Rafael Rashida Reuben Rosalind Rukmini Salome
Santiago Selma Shirin Soren Tatiana Teodoro Thandiwe Ulrich Valentina Vikram
Wanda Wendell Ximena Yara Yusuf Zainab Zoltan Agnes Benedict Clement Dorothea
Everett Fernanda Geraldine Horace Ivonne Jasper Kateryna Lionel Marguerite""".split()
LAST = """Abernathy Achterberg Adeyemi Alcantara Amundsen Arceneaux Bakshi Balogun
Barrientos Beauchamp Bergstrom Birdsong Blackwood Bouchard Castellanos Chaudhry
Cisneros Coutinho Dabrowski Delacroix Desrosiers Duong Easterly Eberhardt Echols
Ferreira Fitzgerald Fonseca Galloway Gutierrez Halvorsen Haruna Hollingsworth
Ibarra Ivanova Jablonski Jorgensen Kaczmarek Kamau Kettering Kowalczyk Lachance
Lindqvist Lockhart Magana Maldonado Marchetti Mbeki Mendoza Moreau Nakashima
Nwachukwu Oduya Okafor Olmstead Ortega Pacheco Pellegrino Petrakis Quintero
Rasmussen Redfern Rinaldi Rosario Saavedra Salazar Sandoval Sato Schaefer
Sokolova Szymanski Takahashi Tembo Thorne Trinh Underwood Valdivia Vance
Villanueva Wachowski Whitfield Winslow Yamamoto Yilmaz Zamora Zielinski Pruitt
Okonkwo Hargrove Delgado Strand Pham Mwangi Kessler Navarro Quarles Iverson""".split()


def person(rng, minage=1, maxage=90, year=2026):
    f = rng.choice(FIRST)
    l = rng.choice(LAST)
    age = rng.randint(minage, maxage)
    dob = datetime.date(year - age, rng.randint(1, 12), rng.randint(1, 28))
    sex = rng.choice("FM")
    return {"first": f, "last": l, "dob": dob, "sex": sex, "age": age}


def people(rng, n, minage=1, maxage=90):
    seen, out = set(), []
    while len(out) < n:
        p = person(rng, minage, maxage)
        k = (p["first"], p["last"])
        if k in seen:
            continue
        seen.add(k)
        out.append(p)
    return out


def csv_text(rows, delim=",", term="\r\n", quoting=csv.QUOTE_MINIMAL):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=term, quoting=quoting)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def jdump(obj, ascii_only=True, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=ascii_only) + "\n"


def hl7(segs):
    return ("\r".join(segs) + "\r").encode("utf-8")


def hl7_pasted(segs):
    return "\n".join(segs)


# ---------------------------------------------------------------- X12

def x12(sender, receiver, groups, usage="P", d="20261201", t="0912", icn=1,
        nl=True, qual="ZZ", extra=None):
    """groups: [(gs_code, version, [(st_type, [segments])])]"""
    isa = ("ISA*00*" + " " * 10 + "*00*" + " " * 10 + "*" + qual + "*" +
           sender.ljust(15) + "*" + qual + "*" + receiver.ljust(15) + "*" +
           d[2:] + "*" + t + "*^*00501*" + "%09d" % icn + "*0*" + usage + "*:")
    segs = [isa]
    for s in (extra or []):
        segs.append(s)
    for gi, (code, ver, txs) in enumerate(groups):
        gc = str(icn % 10000 * 10 + gi + 1)
        segs.append("GS*%s*%s*%s*%s*%s*%s*X*%s" % (code, sender, receiver, d, t, gc, ver))
        for ti, (st, body) in enumerate(txs):
            stc = "%04d" % (ti + 1)
            tx = ["ST*%s*%s*%s" % (st, stc, ver)] + list(body)
            tx.append("SE*%d*%s" % (len(tx) + 1, stc))
            segs += tx
        segs.append("GE*%d*%s" % (len(txs), gc))
    segs.append("IEA*%d*%09d" % (len(groups), icn))
    if nl:
        return "~\n".join(segs) + "~\n"
    return "~".join(segs) + "~"


def x12_837p(claims, billing, submitter, receiver_name="CLEARINGHOUSE",
             payer=("ACME HEALTH PLAN", "60054"), bht_id="0001", d="20261201",
             t="0912", tx_purpose="00", claim_filing="CI"):
    """claims: list of dicts: sub (person dict), member, dx [codes],
    lines [(cpt_with_mods, charge, units, dos, dxptr)], pcn, rendering (name tuple, npi) optional,
    pos, rel ('18'), patient (if not subscriber)"""
    s = []
    s.append("BHT*0019*%s*%s*%s*%s*CH" % (tx_purpose, bht_id, d, t))
    s.append("NM1*41*2*%s*****46*%s" % (submitter["name"], submitter["id"]))
    s.append("PER*IC*%s*TE*%s" % (submitter["contact"], submitter["phone"]))
    s.append("NM1*40*2*%s*****46*%s" % (receiver_name, submitter.get("recv_id", "133052274")))
    hl = 1
    s.append("HL*1**20*1")
    s.append("PRV*BI*PXC*%s" % billing.get("taxonomy", "207Q00000X"))
    s.append("NM1*85*2*%s*****XX*%s" % (billing["name"], billing["npi"]))
    s.append("N3*%s" % billing["addr"])
    s.append("N4*%s*%s*%s" % billing["city"])
    s.append("REF*EI*%s" % billing["ein"])
    for c in claims:
        hl += 1
        p = c["sub"]
        s.append("HL*%d*1*22*0" % hl)
        s.append("SBR*P*18*%s******%s" % (c.get("group", ""), c.get("filing", claim_filing)))
        s.append("NM1*IL*1*%s*%s****MI*%s" % (p["last"].upper(), p["first"].upper(), c["member"]))
        if c.get("addr"):
            s.append("N3*%s" % c["addr"][0])
            s.append("N4*%s*%s*%s" % c["addr"][1])
        s.append("DMG*D8*%s*%s" % (p["dob"].strftime("%Y%m%d"), p["sex"]))
        s.append("NM1*PR*2*%s*****PI*%s" % payer)
        total = sum(float(l[1]) for l in c["lines"])
        s.append("CLM*%s*%s***%s:B:1*Y*A*Y*Y" % (c["pcn"], ("%.2f" % total).rstrip("0").rstrip("."), c.get("pos", "11")))
        for seg in c.get("clm_extra", []):
            s.append(seg)
        dx = c["dx"]
        s.append("HI*" + "*".join(("ABK:" if i == 0 else "ABF:") + x.replace(".", "") for i, x in enumerate(dx)))
        if c.get("rendering"):
            (rl, rf), rn = c["rendering"]
            s.append("NM1*82*1*%s*%s****XX*%s" % (rl.upper(), rf.upper(), rn))
            s.append("PRV*PE*PXC*%s" % c.get("rtax", "207Q00000X"))
        for i, (cpt, chg, units, dos, ptr) in enumerate(c["lines"], 1):
            s.append("LX*%d" % i)
            s.append("SV1*HC:%s*%s*UN*%s***%s" % (cpt, chg, units, ptr))
            s.append("DTP*472*D8*%s" % dos)
            for seg in c.get("line_extra", {}).get(i, []):
                s.append(seg)
    return s

# ---------------------------------------------------------------- PDF

PDF_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
PDF_PASSWORDS = {}  # filename -> user password, so --check can open them


def rc4(key, data):
    S = list(range(256))
    j = 0
    for i in range(256):
        j = (j + S[i] + key[i % len(key)]) % 256
        S[i], S[j] = S[j], S[i]
    i = j = 0
    out = bytearray()
    for b in data:
        i = (i + 1) % 256
        j = (j + S[i]) % 256
        S[i], S[j] = S[j], S[i]
        out.append(b ^ S[(S[i] + S[j]) % 256])
    return bytes(out)


def _pad(pw):
    return (pw.encode("latin-1") + PDF_PAD)[:32]


def pdf_r2_key(user_pw, O, P, id0):
    m = hashlib.md5(_pad(user_pw) + O + struct.pack("<i", P) + id0).digest()
    return m[:5]


def pdf_obj_key(key, num, gen=0):
    return hashlib.md5(key + struct.pack("<I", num)[:3] + struct.pack("<I", gen)[:2]).digest()[:10]


def _pdf_str(s):
    b = s.encode("cp1252")
    o = []
    for x in b:
        c = chr(x)
        if c in "()\\":
            o.append("\\" + c)
        elif 32 <= x < 127:
            o.append(c)
        else:
            o.append("\\%03o" % x)
    return "(" + "".join(o) + ")"


def pdf_text_stream(lines, size=10, lead=13, x=54, y=750):
    out = ["BT", "/F1 %d Tf" % size, "%d TL" % lead, "%d %d Td" % (x, y)]
    for ln in lines:
        if ln.startswith("##"):
            out.append("/F2 %d Tf" % (size + 3))
            out.append("%s Tj T*" % _pdf_str(ln[2:].strip()))
            out.append("/F1 %d Tf" % size)
        else:
            out.append("%s Tj T*" % _pdf_str(ln))
    out.append("ET")
    return ("\n".join(out) + "\n").encode("latin-1")


def make_pdf(pages=None, flate=False, title=None, user_pw=None, owner_pw=None,
             image=None, producer="Report Server 4.2"):
    """pages: list of list of text lines. image: (w, h, bits, bytes) for an
    image-only one-page scan. user_pw: RC4 40-bit Standard security handler."""
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    kids = []
    n = 3
    fonts = n
    objs[n] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[n + 1] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    n += 2
    streams = {}
    if image is not None:
        w, h, bits, raw = image
        img = n
        streams[img] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent %d /Filter /FlateDecode" % (w, h, bits), zlib.compress(raw, 9))
        n += 1
        content = b"q 612 0 0 792 0 0 cm /Im1 Do Q\n"
        c = n
        streams[c] = (b"<<", content)
        n += 1
        pg = n
        objs[pg] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 %d 0 R >> >> /Contents %d 0 R >>" % (img, c)
        kids.append(pg)
        n += 1
    else:
        for lines in pages:
            c = n
            data = pdf_text_stream(lines)
            if flate:
                streams[c] = (b"<< /Filter /FlateDecode", zlib.compress(data, 9))
            else:
                streams[c] = (b"<<", data)
            n += 1
            pg = n
            objs[pg] = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>" % (fonts, fonts + 1, c)
            kids.append(pg)
            n += 1
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    info = None
    enc_num = None
    idh = hashlib.md5(repr((pages, title, image is not None)).encode()).digest()
    key = None
    if user_pw is not None:
        P = -44
        okey = hashlib.md5(_pad(owner_pw or (user_pw + "-own"))).digest()[:5]
        O = rc4(okey, _pad(user_pw))
        key = pdf_r2_key(user_pw, O, P, idh)
        U = rc4(key, PDF_PAD)
        enc_num = n
        objs[n] = b"<< /Filter /Standard /V 1 /R 2 /O <" + O.hex().encode() + b"> /U <" + U.hex().encode() + b"> /P %d >>" % P
        n += 1
    elif title:
        info = n
        objs[n] = b"<< /Title " + _pdf_str(title).encode("latin-1") + b" /Producer " + _pdf_str(producer).encode("latin-1") + b" >>"
        n += 1
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, n):
        offsets[i] = len(out)
        if i in streams:
            d, data = streams[i]
            if key is not None:
                data = rc4(pdf_obj_key(key, i), data)
            out += b"%d 0 obj\n" % i + d + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream\nendobj\n"
        else:
            out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % n
    out += b"0000000000 65535 f \n"
    for i in range(1, n):
        out += b"%010d 00000 n \n" % offsets[i]
    tr = b"trailer\n<< /Size %d /Root 1 0 R" % n
    if info:
        tr += b" /Info %d 0 R" % info
    if enc_num:
        tr += b" /Encrypt %d 0 R" % enc_num
    tr += b" /ID [<" + idh.hex().encode() + b"> <" + idh.hex().encode() + b">] >>\n"
    out += tr + b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def scan_image(rng, w=816, h=1056, lines=34, margin=60):
    """A 1-bit 'scanned page': white with dark text-like runs (0 = black)."""
    bpr = (w + 7) // 8
    white = b"\xff" * bpr
    rows = [white] * h
    y = margin
    for li in range(lines):
        if y + 14 > h - margin:
            break
        length = rng.randint(bpr // 3, bpr - 2 * (margin // 8))
        pat = bytearray(white)
        x = margin // 8
        while x < margin // 8 + length and x < bpr - margin // 8:
            wl = rng.randint(2, 7)
            for k in range(wl):
                if x + k < bpr:
                    pat[x + k] = rng.choice([0x00, 0x81, 0xC3, 0x18, 0x3C, 0xE7, 0x66])
            x += wl + 1
        for r in range(10):
            row = bytearray(pat)
            if r in (0, 9):
                row = bytearray(white)
            rows[y + r] = bytes(row)
        y += rng.choice([18, 18, 20, 30])
    return (w, h, 1, b"".join(rows))


# ---------------------------------------------------------------- TIFF

def packbits(data):
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        j = i
        while j + 1 < n and data[j + 1] == data[i] and j - i < 127:
            j += 1
        if j > i:
            out.append(257 - (j - i + 1))
            out.append(data[i])
            i = j + 1
        else:
            j = i
            while j < n and j - i < 128 and not (j + 1 < n and data[j] == data[j + 1]):
                j += 1
            if j == i:
                j = i + 1
            out.append(j - i - 1)
            out += data[i:j]
            i = j
    return bytes(out)


def unpackbits(data):
    out = bytearray()
    i = 0
    while i < len(data):
        c = data[i]
        i += 1
        if c < 128:
            out += data[i:i + c + 1]
            i += c + 1
        elif c > 128:
            out += bytes([data[i]]) * (257 - c)
            i += 1
    return bytes(out)


def make_tiff(rng, w=1728, h=560, desc="FAX", lines=24):
    bpr = (w + 7) // 8
    rows = [b"\x00" * bpr] * h  # WhiteIsZero: 0 = white
    y = 40
    for li in range(lines):
        if y + 12 > h - 30:
            break
        length = rng.randint(bpr // 4, bpr - 40)
        row = bytearray(bpr)
        x = 20
        while x < 20 + length and x < bpr - 20:
            wl = rng.randint(2, 6)
            for k in range(wl):
                row[x + k] = rng.choice([0xFF, 0x7E, 0x3C, 0xE7, 0x18, 0xC3])
            x += wl + 1
        for r in range(1, 9):
            rows[y + r] = bytes(row)
        y += rng.choice([16, 16, 18, 26])
    raw = b"".join(rows)
    strip = packbits(raw)
    descb = desc.encode("ascii") + b"\x00"
    # layout: header(8) | strip | desc | xres | yres | IFD
    off_strip = 8
    off_desc = off_strip + len(strip)
    if off_desc % 2:
        strip += b"\x80"  # PackBits no-op byte keeps the IFD word aligned
        off_desc += 1
    off_xres = off_desc + len(descb) + (len(descb) % 2)
    off_yres = off_xres + 8
    off_ifd = off_yres + 8
    tags = [
        (256, 4, 1, w), (257, 4, 1, h), (258, 3, 1, 1), (259, 3, 1, 32773),
        (262, 3, 1, 0), (270, 2, len(descb), off_desc), (273, 4, 1, off_strip),
        (277, 3, 1, 1), (278, 4, 1, h), (279, 4, 1, len(strip)),
        (282, 5, 1, off_xres), (283, 5, 1, off_yres), (296, 3, 1, 2),
    ]
    out = bytearray(b"II*\x00" + struct.pack("<I", off_ifd))
    out += strip
    out += descb + (b"\x00" if len(descb) % 2 else b"")
    out += struct.pack("<II", 204, 1) + struct.pack("<II", 196, 1)
    out += struct.pack("<H", len(tags))
    for tag, typ, cnt, val in tags:
        if typ == 3 and cnt == 1:
            out += struct.pack("<HHIHH", tag, typ, cnt, val, 0)
        else:
            out += struct.pack("<HHII", tag, typ, cnt, val)
    out += struct.pack("<I", 0)
    return bytes(out)


# ---------------------------------------------------------------- ZIP

def make_zip(members, when=(2026, 11, 30, 16, 5, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()

# ================================================================ X12 family

RIVERBEND = {"name": "RIVERBEND FAMILY MEDICINE PC", "npi": npi("riverbend-grp"),
             "addr": "2200 MILL RACE RD STE 110", "city": ("HOLLOWAY", "OH", "430179921"),
             "ein": "861204477", "taxonomy": "207Q00000X"}


@msg("x12-837p-office-visit-batch", "phi",
     "837P batch with three named subscribers, DOBs, diagnoses (E11.65, J45.41, M54.50) and billed office visits")
def _():
    r = R()
    pts = people(r, 3, 20, 80)
    claims = [
        dict(sub=pts[0], member="KMH%09d" % r.randrange(10**9), dx=["E11.65", "E78.5", "Z79.4"],
             pcn="RFM26112801", group="G4471",
             lines=[("99214:25", "185", "1", "20261123", "1:2:3"), ("83036", "32", "1", "20261123", "1"),
                    ("36415", "12", "1", "20261123", "1")],
             rendering=(("Okafor", "Adaeze"), npi("okafor-adaeze"))),
        dict(sub=pts[1], member="KMH%09d" % r.randrange(10**9), dx=["J45.41", "J30.9"], pcn="RFM26112802",
             group="G4471", lines=[("99213", "140", "1", "20261124", "1:2"), ("94640", "48", "1", "20261124", "1")],
             rendering=(("Okafor", "Adaeze"), npi("okafor-adaeze"))),
        dict(sub=pts[2], member="KMH%09d" % r.randrange(10**9), dx=["M54.50", "M62.830"], pcn="RFM26112803",
             group="G5102", lines=[("99203", "210", "1", "20261125", "1:2"), ("20552", "95", "1", "20261125", "1")],
             rendering=(("Lindqvist", "Soren"), npi("lindqvist-soren"))),
    ]
    sub = {"name": "RIVERBEND FAMILY MEDICINE PC", "id": "RFM0042", "contact": "BILLING OFFICE",
           "phone": "6145550148"}
    segs = x12_837p(claims, RIVERBEND, sub, payer=("KEYSTONE MUTUAL HEALTH", "61120"), bht_id="RFM1128A")
    edi = x12("RFM0042", "CLAIMBRIDGE", [("HC", "005010X222A1", [("837", segs)])],
              d="20261128", t="1706", icn=4417, nl=False)
    body = text("""Batch for 11/28 attached (3 claims, $722.00).

Our PM system choked on the upload again so sending through the portal
inbox per your instructions from last week. Please confirm receipt and
let me know if you need it resubmitted through SFTP once the account is
unlocked.

Thanks,
Dolores Ibarra
Billing Office, Riverbend Family Medicine
614-555-0148
""")
    return mail(A("Dolores Ibarra", "dibarra@riverbendfm.example.com"),
                A("Claimbridge Support", "support@claimbridge.example.net"),
                "Re: SFTP locked - 837 batch 11/28", D(2026, 11, 28, 17, 12, 40),
                multi("mixed", [body, att(edi, "application/EDI-X12", "RFM_837P_20261128_4417.x12")]),
                extra=[("In-Reply-To", "<T-88213.claimbridge@support.claimbridge.example.net>"),
                       ("X-Mailer", "Microsoft Outlook 16.0")])


@msg("x12-837i-inpatient-pneumonia-body", "phi",
     "837I pasted in the body: named inpatient, DOB, admission dates, pneumonia and CHF diagnosis codes, room and pharmacy charges")
def _():
    segs = [
        "BHT*0019*00*SMH88120*20261130*0814*CH",
        "NM1*41*2*ST MARGARET HOSPITAL*****46*SMH7788",
        "PER*IC*PFS EDI TEAM*TE*3305550117*EM*pfs-edi@stmargaret.example.org",
        "NM1*40*2*CLAIMBRIDGE*****46*133052274",
        "HL*1**20*1",
        "PRV*BI*PXC*282N00000X",
        "NM1*85*2*ST MARGARET HOSPITAL*****XX*%s" % npi("st-margaret"),
        "N3*400 CATHEDRAL AVE",
        "N4*BRENNER FALLS*OH*443109000",
        "REF*EI*340998812",
        "HL*2*1*22*0",
        "SBR*P*18*MA88021******MB",
        "NM1*IL*1*HALVORSEN*EARL*T***MI*%s" % mbi("halvorsen-earl"),
        "N3*18 QUARRY LN",
        "N4*BRENNER FALLS*OH*44310",
        "DMG*D8*19460307*M",
        "NM1*PR*2*MEDICARE PART A*****PI*15202",
        "CLM*SMH2611-00871*24318.55***11:A:1**A*Y*Y",
        "DTP*434*RD8*20261117-20261122",
        "DTP*435*DT*202611171940",
        "CL1*1*7*01",
        "REF*EA*MRN00741852",
        "HI*ABK:J189",
        "HI*ABJ:J189",
        "HI*ABF:I5033*ABF:N179*ABF:E1122*ABF:Z7901",
        "HI*BBR:5A09357:D8:20261118",
        "HI*DR:193",
        "NM1*71*1*PETRAKIS*NADIA****XX*%s" % npi("petrakis-nadia"),
        "LX*1", "SV2*0120**6950*UN*5", "DTP*472*RD8*20261117-20261122",
        "LX*2", "SV2*0250**3121.40*UN*38",
        "LX*3", "SV2*0300**2288.15*UN*21",
        "LX*4", "SV2*0410**1840*UN*9",
        "LX*5", "SV2*0450**4105*UN*1",
        "LX*6", "SV2*0636*HC:J0696*611*UN*10",
        "LX*7", "SV2*0324**1210*UN*3",
        "LX*8", "SV2*0942**4193*UN*1",
    ]
    edi = x12("SMH7788", "CLAIMBRIDGE", [("HC", "005010X223A2", [("837", segs)])],
              d="20261130", t="0814", icn=90112, nl=True)
    body = text("""Hi Claimbridge team,

One of our inpatient claims is getting kicked back on the 277CA with
"A7:21 - invalid HI segment" and our coders can't see what is wrong. Raw
transaction is below exactly as our scrubber sent it (one claim, PHI, so
please don't paste into the public ticket). The BBR line is the
mechanical vent procedure, could that be the issue?

%s
Ticket # on our side is PFS-31877.

Kwame Balogun
EDI Analyst, Patient Financial Services
St. Margaret Hospital
330-555-0117
""" % edi)
    return mail(A("Kwame Balogun", "kbalogun@stmargaret.example.org"),
                A("Claimbridge Support", "support@claimbridge.example.net"),
                "837I rejected A7:21 - need help reading HI segment", D(2026, 11, 30, 9, 41, 2),
                body, extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High")])


@msg("x12-835-era-ortho-remit", "phi",
     "835 remittance file with named patients, member IDs, service dates, CPT lines, payments and patient responsibility")
def _():
    r = R()
    pts = people(r, 5, 18, 78)
    pe_npi = npi("northgate-ortho")
    s = ["BPR*I*2846.17*C*ACH*CCP*01*999999992*DA*000144720*1610054277**01*999988880*DA*000778120*20261203",
         "TRN*1*EFT0098341227*1610054277",
         "REF*EV*NORTHGATE0091",
         "DTM*405*20261201",
         "N1*PR*BLUEWATER HEALTH PLAN",
         "N3*PO BOX 8800",
         "N4*MERIDIAN*KS*660120088",
         "PER*BL*PROVIDER SERVICES*TE*8005550166",
         "N1*PE*NORTHGATE ORTHOPAEDIC ASSOCIATES*XX*%s" % pe_npi,
         "N3*77 LANTERN WAY",
         "N4*CARVER*KS*660441201",
         "REF*TJ*481120934",
         "LX*1"]
    lines = [
        ("27447:RT", "4820", "2190.35", "1", "20261014", [("CO", "45", "2410.65"), ("PR", "2", "219.00")]),
        ("99214", "215", "96.12", "1", "20261105", [("CO", "45", "88.88"), ("PR", "3", "30.00")]),
        ("20610:LT", "260", "112.80", "1", "20261107", [("CO", "45", "147.20")]),
        ("73562:RT", "180", "61.45", "1", "20261107", [("CO", "45", "98.55"), ("PR", "1", "20.00")]),
        ("97110:GP", "480", "214.60", "4", "20261110", [("CO", "45", "265.40")]),
    ]
    for i, (p, (cpt, chg, paid, units, dos, cas)) in enumerate(zip(pts, lines)):
        pr = sum(float(a) for g, c, a in cas if g == "PR")
        s.append("CLP*NOA26%05d*1*%s*%s*%.2f*12*26331%07d*11*1" % (3310 + i, chg, paid, pr, r.randrange(10**7)))
        s.append("NM1*QC*1*%s*%s****MI*BWH%08d" % (p["last"].upper(), p["first"].upper(), r.randrange(10**8)))
        s.append("DTM*232*%s" % dos)
        s.append("SVC*HC:%s*%s*%s**%s" % (cpt, chg, paid, units))
        s.append("DTM*472*%s" % dos)
        for g, c, a in cas:
            s.append("CAS*%s*%s*%s" % (g, c, a))
        s.append("AMT*B6*%s" % paid)
    s[0] = "BPR*I*%.2f*C*ACH*CCP*01*999999992*DA*000144720*1610054277**01*999988880*DA*000778120*20261203" % sum(float(l[2]) for l in lines)
    edi = x12("BWHP835", "NORTHGATE", [("HP", "005010X221A1", [("835", s)])],
              d="20261201", t="2214", icn=55031, nl=False)
    body = text("""ERA notification

Payer: Bluewater Health Plan
Payee: Northgate Orthopaedic Associates (NPI %s)
Check/EFT: EFT0098341227   Amount: $%.2f   Issued: 12/03/2026
Claims: 5

The 835 file is attached. Log in to the provider portal to view the
remittance in human-readable form.

This is an automated message from Bluewater Provider Connect. Do not
reply.
""" % (pe_npi, sum(float(l[2]) for l in lines)))
    return mail(A("Bluewater Provider Connect", "era-noreply@bluewaterhp.example.com"),
                "billing@northgate-ortho.example.com",
                "ERA available: EFT0098341227", D(2026, 12, 3, 5, 2, 11, "-0600"),
                multi("mixed", [body, att(edi, "text/plain", "EFT0098341227.835", params=[("charset", "us-ascii")])]),
                extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])


@msg("x12-271-eligibility-pt-visits", "phi",
     "borderline: 271 eligibility response for a named member with DOB; benefit lines show physical-therapy visits used ahead of a booked PT plan of care")
def _():
    segs = [
        "BHT*0022*11*ELG55310*20261202*1020",
        "HL*1**20*1",
        "NM1*PR*2*CEDAR VALLEY HEALTH*****PI*77021",
        "HL*2*1*21*1",
        "NM1*1P*2*LAKESHORE PHYSICAL THERAPY*****XX*%s" % npi("lakeshore-pt"),
        "HL*3*2*22*0",
        "TRN*2*ELG55310-1*9877281234",
        "NM1*IL*1*CISNEROS*MARISOL****MI*CVH300118842",
        "N3*901 ALDER CT",
        "N4*FENWICK*MI*49022",
        "DMG*D8*19790512*F",
        "DTP*346*D8*20260101",
        "EB*1*IND*30**PPO SELECT",
        "EB*C*IND*30***23*750*****Y",
        "EB*C*IND*30***29*112.5*****Y",
        "EB*B*IND*PT***27*40*****Y",
        "EB*F*IND*PT***23*****VS*30",
        "MSG*22 OF 30 VISITS USED THIS PLAN YEAR",
        "EB*A*IND*PT***27**.2****Y",
        "EB*CB*IND*PT",
        "MSG*PRIOR AUTH REQUIRED AFTER VISIT 30",
    ]
    edi = x12("CVH271", "LAKESHOREPT", [("HB", "005010X279A1", [("271", segs)])],
              d="20261202", t="1020", icn=7710, nl=True)
    body = text("""Hi Priya,

Pulled this for Marisol Cisneros before her re-eval Thursday. She has
22 of 30 PT visits used already, so the new plan of care (2x/wk for 6
weeks) will blow past the cap around visit 30. Can you start the auth
now so we don't have a gap? 271 below.

%s
Thanks
Teodoro
Front desk / intake, Lakeshore PT
""" % edi)
    return mail(A("Teodoro Villanueva", "teo@lakeshorept.example.com"),
                A("Priya Bakshi", "pbakshi@lakeshorept.example.com"),
                "elig check before thurs re-eval", D(2026, 12, 2, 10, 31, 55, "-0500"), body,
                extra=[("X-Mailer", "Apple Mail (2.3774)")])


@msg("x12-276-277-claim-status", "phi",
     "276 request and 277 response for a named patient's claim: member ID, DOS, charge and pending status")
def _():
    req = [
        "BHT*0010*13*CS2211*20261201*0902",
        "HL*1**20*1", "NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*61120",
        "HL*2*1*21*1", "NM1*41*2*HARBORVIEW DERMATOLOGY*****46*HVD0031",
        "HL*3*2*19*1", "NM1*1P*2*HARBORVIEW DERMATOLOGY*****XX*%s" % npi("harborview-derm"),
        "HL*4*3*22*0", "DMG*D8*19881119*M",
        "NM1*IL*1*ADEYEMI*OBINNA****MI*KMH882014377",
        "TRN*1*CS2211-01",
        "REF*EJ*HVD-44120",
        "AMT*T3*642",
        "DTP*472*RD8*20261009-20261009",
    ]
    rsp = [
        "BHT*0010*08*CS2211*20261201*0903*DG",
        "HL*1**20*1", "NM1*PR*2*KEYSTONE MUTUAL HEALTH*****PI*61120",
        "TRN*1*CS2211-R",
        "DTP*405*D8*20261201",
        "HL*2*1*21*1", "NM1*41*2*HARBORVIEW DERMATOLOGY*****46*HVD0031",
        "TRN*2*CS2211-R",
        "STC*A1:19*20261201**642",
        "HL*3*2*19*1", "NM1*1P*2*HARBORVIEW DERMATOLOGY*****XX*%s" % npi("harborview-derm"),
        "HL*4*3*22*0",
        "NM1*IL*1*ADEYEMI*OBINNA****MI*KMH882014377",
        "TRN*2*CS2211-01",
        "STC*P3:35:QC*20261201**642*0",
        "REF*1K*2628811040012",
        "REF*EJ*HVD-44120",
        "DTP*472*RD8*20261009-20261009",
        "SVC*HC:11642*412*0****1",
        "STC*P3:35:QC*20261201",
        "SVC*HC:88305*230*0****1",
        "STC*P3:35:QC*20261201",
    ]
    e1 = x12("HVD0031", "KEYSTONE", [("HR", "005010X212", [("276", req)])], d="20261201", t="0902", icn=221, nl=True)
    e2 = x12("KEYSTONE", "HVD0031", [("HN", "005010X212", [("277", rsp)])], d="20261201", t="0903", icn=8812, nl=True)
    body = text("""Escalation for claim HVD-44120 (payer ICN 2628811040012).

Excision + path from 10/09 has been sitting in P3/35 ("pending, additional
information requested from the entity") for 7 weeks. We sent the path
report twice via the portal. Request and response below, straight from
the clearinghouse log.

----- 276 sent -----
%s
----- 277 returned -----
%s
Can someone at provider relations tell us what is actually missing?

Leticia Salazar, CPC
AR Follow-up, Harborview Dermatology
""" % (e1, e2))
    return mail(A("Leticia Salazar", "lsalazar@harborviewderm.example.com"),
                "provider.relations@keystonemutual.example.com",
                "Claim stuck in P3/35 since October - HVD-44120", D(2026, 12, 1, 11, 15, 7), body)


@msg("x12-278-mri-lumbar-auth", "phi",
     "278 authorization response approving a lumbar MRI for a named member with DOB and radiculopathy diagnosis")
def _():
    segs = [
        "BHT*0007*11*UM88341*20261201*1433",
        "HL*1**20*1", "NM1*X3*2*KEYSTONE MUTUAL HEALTH UM*****PI*61120",
        "HL*2*1*21*1", "NM1*1P*1*MOREAU*FLORIAN****XX*%s" % npi("moreau-florian"),
        "HL*3*2*22*1", "NM1*IL*1*FONSECA*BEATRIZ****MI*KMH771903356", "DMG*D8*19670220*F",
        "HL*4*3*EV*1",
        "UM*HS*I*2*11:B",
        "HCR*A1*KMA2611-998201",
        "DTP*AAH*RD8*20261201-20270130",
        "HI*ABK:M5416*ABF:M4726",
        "HL*5*4*SS*0",
        "SV1*HC:72148*0*UN*1",
        "HCR*A1*KMA2611-998201",
        "HSD*VS*1",
    ]
    edi = x12("KEYSTONEUM", "NGSPINE", [("HI", "005010X217", [("278", segs)])], d="20261201", t="1433", icn=99120, nl=False)
    body = text("""Authorization response received from Keystone Mutual Health.

Reference: KMA2611-998201
Status: CERTIFIED IN TOTAL
Valid: 12/01/2026 - 01/30/2027

The raw 278 response is attached for your practice management system.

-- 
AuthAssist Gateway (automated) | questions: help@authassist.example.net
""")
    return mail(A("AuthAssist Gateway", "noreply@authassist.example.net"),
                "auth@northgatespine.example.com",
                "Auth response KMA2611-998201 - CERTIFIED", D(2026, 12, 1, 14, 34, 9),
                multi("mixed", [body, att(edi, "application/octet-stream", "278_rsp_KMA2611-998201.edi")]),
                extra=[("Auto-Submitted", "auto-generated")])


@msg("x12-837p-ambulance-medicare-mbi", "phi",
     "837P ambulance claim for a Medicare beneficiary: MBI, DOB, pickup/drop-off, hip fracture diagnosis and mileage")
def _():
    p = {"first": "Gloria", "last": "Whitfield", "dob": datetime.date(1938, 9, 14), "sex": "F"}
    m = mbi("whitfield-gloria")
    bill = {"name": "TRI-COUNTY EMS AUTHORITY", "npi": npi("tricounty-ems"), "addr": "12 FIREHOUSE SQ",
            "city": ("ASHBY", "PA", "173021100"), "ein": "251887430", "taxonomy": "3416L0300X"}
    claims = [dict(sub=p, member=m, dx=["S72.001A", "W19.XXXA", "Z74.09"], pcn="TCEMS-26-40917",
                   pos="41", filing="MB", addr=("44 ORCHARD HILL RD", ("ASHBY", "PA", "17302")),
                   clm_extra=["CR1*LB*132**A*DH*4.2****A",
                              "CRC*07*Y*01*04*09",
                              "NM1*PW*2", "N3*44 ORCHARD HILL RD", "N4*ASHBY*PA*17302",
                              "NM1*45*2*MERCY VALLEY MEDICAL CENTER", "N3*900 VALLEY PKWY", "N4*YORKTON*PA*17404"],
                   lines=[("A0427:RH", "1450", "1", "20261126", "1:2"),
                          ("A0425:RH", "151.20", "4.2", "20261126", "1")])]
    sub = {"name": "TRI-COUNTY EMS AUTHORITY", "id": "TCEMS01", "contact": "REVENUE CYCLE", "phone": "7175550139"}
    segs = x12_837p(claims, bill, sub, payer=("MEDICARE PART B JL", "12501"), bht_id="TC1126", claim_filing="MB")
    edi = x12("TCEMS01", "MACJLEDI", [("HC", "005010X222A1", [("837", segs)])], d="20261201", t="0720", icn=3307, nl=True)
    body = text("""Rich,

This is the one that keeps coming back CO-16 / N350 (missing pickup
address). Whitfield, Gloria, MBI %s, 11/26 transport from home to Mercy
Valley after the fall, ALS1 emergency plus 4.2 loaded miles. I think our
software is dropping the NM1*PW loop. Raw claim attached - can you look
before I resubmit?

Wanda
Tri-County EMS billing
717-555-0139
""" % m)
    return mail(A("Wanda Kettering", "wkettering@tricountyems.example.org"),
                A("Rich Galloway", "rgalloway@emsbillingsoft.example.com"),
                "N350 again - need eyes on 837 before resubmit", D(2026, 12, 1, 8, 3, 44),
                multi("mixed", [body, att(edi, "text/plain", "TCEMS-26-40917.txt", params=[("charset", "us-ascii")], cte="7bit")]))


@msg("es-x12-835-remesa-clinica", "phi",
     "Spanish billing email with an 835 attached: named patients, contract numbers, denied physiotherapy and imaging lines",
     lang="es")
def _():
    r = R()
    pts = [("RIVERA", "MILAGROS"), ("COLON", "ISIDRO"), ("SANTIAGO", "NOEMI")]
    s = ["BPR*I*418.60*C*CHK************20261130",
         "TRN*1*CK00418860*1660091122",
         "DTM*405*20261128",
         "N1*PR*PLAN DE SALUD ISLA VERDE",
         "N1*PE*CENTRO MEDICO LAS PALMAS*XX*%s" % npi("las-palmas-pr"),
         "LX*1"]
    items = [("97110:GP", "85", "0", [("CO", "197", "85")], "20261103"),
             ("72110", "160", "118.60", [("CO", "45", "41.40")], "20261104"),
             ("99204", "380", "300", [("CO", "45", "60"), ("PR", "3", "20")], "20261106")]
    for (last, first), (cpt, chg, paid, cas, dos) in zip(pts, items):
        pr = sum(float(a) for g, c, a in cas if g == "PR")
        s += ["CLP*CMLP%05d*%s*%s*%s*%s*12*PSIV26%06d*11*1" % (r.randrange(10**5), "4" if paid == "0" else "1", chg, paid, ("%.2f" % pr) if pr else "", r.randrange(10**6)),
              "NM1*QC*1*%s*%s****MI*IV%09d" % (last, first, r.randrange(10**9)),
              "SVC*HC:%s*%s*%s**1" % (cpt, chg, paid),
              "DTM*472*%s" % dos]
        for g, c, a in cas:
            s.append("CAS*%s*%s*%s" % (g, c, a))
    edi = x12("PSIVERDE", "CMLASPALMAS", [("HP", "005010X221A1", [("835", s)])], d="20261128", t="1530", icn=6120, nl=False)
    bs = ("""Buenas tardes, Sra. Ortega:

Le adjunto la remesa (835) del cheque CK00418860 del Plan de Salud Isla
Verde. Tenemos tres reclamaciones:

- Milagros Rivera, terapia física 97110 del 3 de noviembre: DENEGADA con
  CO-197 (falta preautorización). La autorización sí se pidió por
  teléfono el 28 de octubre; necesito el número de referencia para la
  apelación.
- Isidro Colón, radiografía de columna lumbar 72110: pagada parcialmente.
- Noemí Santiago, consulta nueva 99204: pagada, con copago de $20.

¿Me puede confirmar si el departamento de terapia tiene el número de la
preautorización de la Sra. Rivera? El plazo de apelación vence el 27 de
diciembre.

Saludos cordiales,
Isidro Pacheco
Facturación y Cobros
Centro Médico Las Palmas
787-555-0161
""")
    body = text(bs, cs="iso-8859-1", cte="quoted-printable")
    return mail(A("Isidro Pacheco", "ipacheco@cmlaspalmas.example.com"),
                A("Carmela Ortega", "cortega@cmlaspalmas.example.com"),
                "Remesa 835 cheque CK00418860 - denegación terapia física", D(2026, 11, 30, 15, 48, 20, "-0400"),
                multi("mixed", [body, att(edi, "application/octet-stream", "CK00418860_835.edi")]),
                scs="iso-8859-1", senc="Q")

@msg("x12-837d-dental-claim", "phi",
     "837D dental claim for a named patient: tooth 30 crown and core buildup, DOB, member ID")
def _():
    segs = [
        "BHT*0019*00*BSD2611*20261202*1605*CH",
        "NM1*41*2*BRIGHTSMILE DENTAL GROUP*****46*BSD118",
        "PER*IC*ROSALIND*TE*5035550175",
        "NM1*40*2*DENTAL CLEARINGHOUSE*****46*DCH01",
        "HL*1**20*1",
        "NM1*85*2*BRIGHTSMILE DENTAL GROUP*****XX*%s" % npi("brightsmile"),
        "N3*3100 BELMONT ST", "N4*PORTVIEW*OR*972140033", "REF*EI*930771245",
        "HL*2*1*22*0",
        "SBR*P*18*DNT2290******CI",
        "NM1*IL*1*NAKASHIMA*KENJI****MI*DLX40018837",
        "DMG*D8*19840630*M",
        "NM1*PR*2*DENTALIX BENEFITS*****PI*DX221",
        "CLM*BSD-88201*1685***11:B:1*Y*A*Y*Y",
        "DTP*472*D8*20261119",
        "DN2*30*M",
        "HI*ABK:K0252",
        "NM1*82*1*REDFERN*BRONWYN****XX*%s" % npi("redfern-bronwyn"),
        "PRV*PE*PXC*1223G0001X",
        "LX*1", "SV3*AD:D2740*1380****1", "TOO*JP*30*M:O:D",
        "LX*2", "SV3*AD:D2950*305****1", "TOO*JP*30",
    ]
    edi = x12("BSD118", "DCH01", [("HC", "005010X224A2", [("837", segs)])], d="20261202", t="1605", icn=1188, nl=False)
    body = text("""Resending claim BSD-88201 with the pre-op radiograph reference added
(attachment control number in the PWK is on the image upload). Let me
know if Dentalix still wants the narrative in the claim note.

Rosalind Strand
Insurance Coordinator
BrightSmile Dental Group | 503-555-0175
""")
    return mail(A("Rosalind Strand", "insurance@brightsmile.example.com"),
                "claims@dentalclearing.example.net", "Resubmit BSD-88201 (D2740/D2950 #30)",
                D(2026, 12, 2, 16, 9, 12, "-0800"),
                multi("mixed", [body, att(edi, "application/EDI-X12", "BSD-88201.837")]))


@msg("x12-837p-psychotherapy-90837", "restricted",
     "837P from a behavioural-health billing service: named clients with recurrent major depression and PTSD codes billed for 60-minute psychotherapy",
     cat="mh")
def _():
    r = R()
    pts = people(r, 4, 19, 66)
    bill = {"name": "CLEARWATER COUNSELING COLLECTIVE", "npi": npi("clearwater-cc"), "addr": "18 ASH GROVE BLVD STE 2",
            "city": ("MAPLETON", "WA", "980441010"), "ein": "912200418", "taxonomy": "101YM0800X"}
    dxs = [["F33.1"], ["F43.10", "F41.1"], ["F33.2"], ["F43.12"]]
    cpts = [[("90837", "210")], [("90834", "160"), ("90785", "25")], [("90837", "210")], [("90847", "185")]]
    clin = [(("Desrosiers", "Odette"), npi("desrosiers-odette")), (("Mwangi", "Reuben"), npi("mwangi-reuben"))]
    claims = []
    for i, p in enumerate(pts):
        claims.append(dict(sub=p, member="PNW%010d" % r.randrange(10**10), dx=dxs[i], pcn="CCC-%d" % (5520 + i),
                           pos="02" if i == 1 else "11", rendering=clin[i % 2], rtax="101YM0800X",
                           lines=[(c, ch, "1", "202611%02d" % (17 + i), "1" if len(dxs[i]) == 1 else "1:2") for c, ch in cpts[i]]))
    sub = {"name": "SOUNDVIEW BH BILLING", "id": "SVBH220", "contact": "CLAIMS", "phone": "2065550128"}
    segs = x12_837p(claims, bill, sub, payer=("PACIFIC NORTHWEST CARE PLAN", "93221"), bht_id="SV1201")
    edi = x12("SVBH220", "CLAIMBRIDGE", [("HC", "005010X222A1", [("837", segs)])], d="20261201", t="1811", icn=20981, nl=False)
    body = text("""Odette / Reuben,

Week of 11/17 batch for Clearwater is built and attached for your review
before I release it. Four claims. Two things to check:

1. The 90834 + 90785 for the telehealth client - POS 02 and modifier 95 or
   no 95 for PNW Care Plan? Their 2026 bulletin was ambiguous.
2. The family session (90847) is under the client's own member ID, not
   the parent's. Confirm that's right.

I'll send to the clearinghouse tomorrow noon unless I hear otherwise.

Hana
Soundview Behavioral Health Billing
""")
    return mail(A("Hana Takahashi", "hana@soundviewbhbilling.example.com"),
                ["odesrosiers@clearwatercounseling.example.org", "rmwangi@clearwatercounseling.example.org"],
                "Clearwater 837 for review - wk of 11/17", D(2026, 12, 1, 18, 20, 33, "-0800"),
                multi("mixed", [body, att(edi, "application/octet-stream", "clearwater_wk1117.837")]))


@msg("x12-278-residential-sud-auth", "restricted",
     "278 request for residential opioid-use-disorder treatment (H0018, F11.20) for a named member, sent by a treatment centre",
     cat="sud")
def _():
    segs = [
        "BHT*0007*13*RTC99012*20261202*0915",
        "HL*1**20*1", "NM1*X3*2*GREAT LAKES COMMUNITY PLAN*****PI*38012",
        "HL*2*1*21*1", "NM1*1P*2*NEW DAWN RECOVERY CAMPUS*****XX*%s" % npi("new-dawn"),
        "PER*IC*UR COORDINATOR*TE*2485550194",
        "HL*3*2*22*1", "NM1*IL*1*ECHOLS*DARNELL*R***MI*GLC5590012871", "DMG*D8*19910804*M",
        "HL*4*3*EV*1",
        "UM*AR*I*1*55:A",
        "DTP*435*D8*20261202",
        "HI*ABK:F1120*ABF:F1510*ABF:F4310",
        "CL1*2*1",
        "MSG*ASAM LEVEL 3.7 RECOMMENDED. FAILED 2 OUTPATIENT EPISODES. BUP INDUCTION DAY 2",
        "HL*5*4*SS*0",
        "SV2*1002*HC:H0018*0*DA*14",
        "HSD*DA*14",
    ]
    edi = x12("NEWDAWN01", "GLCP", [("HI", "005010X217", [("278", segs)])], d="20261202", t="0915", icn=301, nl=True)
    body = text("""Sending the 278 below for Darnell Echols, admitted this morning. Our
portal submission timed out twice so I pasted the request here as the
plan's UM line told me to. Clinical (ASAM dimensions, COWS scores) to
follow by secure fax.

%s
Utilization Review
New Dawn Recovery Campus
248-555-0194
""" % edi)
    return mail(A("UR Coordinator - New Dawn Recovery", "ur@newdawnrecovery.example.org"),
                "um.intake@greatlakescommunity.example.com",
                "Urgent concurrent review request - residential admit 12/02",
                D(2026, 12, 2, 9, 22, 10), body, extra=[("Importance", "High")])


@msg("x12-835-otp-methadone-remit", "restricted",
     "835 remittance to an opioid treatment programme: named patients paid for H0020 methadone administration and H0004 counselling",
     cat="sud")
def _():
    r = R()
    pts = people(r, 6, 22, 61)
    s = ["BPR*I*0*C*NON************20261130",
         "TRN*1*OTP26113000441*1387700122",
         "DTM*405*20261130",
         "N1*PR*STATE MEDICAID FFS",
         "N1*PE*HARBOR STREET TREATMENT CENTER*XX*%s" % npi("harbor-street-otp"),
         "LX*1"]
    total = 0.0
    for i, p in enumerate(pts):
        wk = [("H0020", "19.85", 7), ("H0004:HF", "24.10", 2)][0 if i % 3 else 1]
        chg = float(wk[1]) * wk[2]
        paid = round(chg * (0.92 if i != 4 else 0), 2)
        total += paid
        s += ["CLP*HSTC%05d*%s*%.2f*%.2f**MC*26334%07d*11" % (7001 + i, "1" if paid else "4", chg, paid, r.randrange(10**7)),
              "NM1*QC*1*%s*%s****MI*%08d%s" % (p["last"].upper(), p["first"].upper(), r.randrange(10**8), r.choice("ABCDEFGH")),
              "SVC*HC:%s*%.2f*%.2f**%d" % (wk[0], chg, paid, wk[2]),
              "DTM*150*20261116", "DTM*151*20261122"]
        if paid:
            s.append("CAS*CO*45*%.2f" % (chg - paid))
        else:
            s += ["CAS*CO*N30*%.2f" % chg, "LQ*HE*N30"]
    s[0] = "BPR*I*%.2f*C*ACH*CCP*01*999999992*DA*000511820*1387700122**01*999977770*DA*000220019*20261130" % total
    edi = x12("MCDFFS", "HARBORSTTC", [("HP", "005010X221A1", [("835", s)])], d="20261130", t="0301", icn=118830, nl=False)
    body = text("""Hi Mirela,

Attaching this week's Medicaid 835 for Harbor Street. One denial, N30
(recipient ineligible) - looks like the redetermination lapsed for one
patient on the dosing list. Can the counselors check with her before she
doses Monday so we can get her recertified? Everyone else paid at the
bundled methadone rate.

Thanks - Lamar (billing)
""")
    return mail(A("Lamar Underwood", "lunderwood@harborstreettc.example.org"),
                A("Mirela Kaczmarek", "mkaczmarek@harborstreettc.example.org"),
                "835 wk 11/16-11/22 + one N30 denial", D(2026, 11, 30, 10, 4, 51),
                multi("mixed", [body, att(edi, "application/octet-stream", "MCD_835_20261130.dat")]),
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])


@msg("x12-837p-hiv-viral-load", "restricted",
     "837P from a reference lab: named patients billed for HIV-1 RNA quantification and genotype resistance testing with B20/Z21",
     cat="hiv")
def _():
    r = R()
    pts = people(r, 3, 24, 70)
    bill = {"name": "MERIDIAN REFERENCE LABORATORY", "npi": npi("meridian-lab"), "addr": "5 INDUSTRIAL LOOP",
            "city": ("TEMPLETON", "GA", "303540190"), "ein": "582119406", "taxonomy": "291U00000X"}
    claims = [
        dict(sub=pts[0], member="SGH%09d" % r.randrange(10**9), dx=["B20"], pcn="MRL-9981201",
             pos="81", lines=[("87536", "198", "1", "20261120", "1"), ("86361", "84", "1", "20261120", "1")]),
        dict(sub=pts[1], member="SGH%09d" % r.randrange(10**9), dx=["B20", "Z79.899"], pcn="MRL-9981202",
             pos="81", lines=[("87536", "198", "1", "20261121", "1"), ("87901", "640", "1", "20261121", "1")]),
        dict(sub=pts[2], member="SGH%09d" % r.randrange(10**9), dx=["Z21"], pcn="MRL-9981203",
             pos="81", lines=[("87536", "198", "1", "20261121", "1")]),
    ]
    sub = {"name": "MERIDIAN REFERENCE LABORATORY", "id": "MRL77", "contact": "LAB BILLING", "phone": "4045550183"}
    segs = x12_837p(claims, bill, sub, payer=("SOUTHERN GATEWAY HEALTH", "58102"), bht_id="MRL1201")
    edi = x12("MRL77", "CLAIMBRIDGE", [("HC", "005010X222A1", [("837", segs)])], d="20261201", t="0400", icn=600912, nl=False)
    body = text("""Automated batch notice - Meridian Reference Laboratory

Batch ID:      MRL1201
Claims:        3
Total charges: $1,516.00
Payer:         Southern Gateway Health (58102)

The batch failed pre-submission edit MRL-ED-114 ("diagnosis pointer
references B20/Z21 - route to restricted work queue"). File attached
for manual release by an authorized biller.

-- LabBill scheduler, job 44, host lbapp02
""")
    return mail(A("LabBill Scheduler", "labbill-jobs@meridianlab.example.com"),
                "restricted-wq@meridianlab.example.com",
                "[LabBill] batch MRL1201 held - restricted work queue", D(2026, 12, 1, 4, 0, 19),
                multi("mixed", [body, att(edi, "application/EDI-X12", "MRL1201.x12")]),
                extra=[("Auto-Submitted", "auto-generated"), ("X-LabBill-Job", "44")])


@msg("x12-837p-brca-81162", "restricted",
     "837P for a named patient's BRCA1/2 full sequencing and deletion analysis (81162) with family history of breast cancer",
     cat="gen")
def _():
    p = {"first": "Annika", "last": "Rasmussen", "dob": datetime.date(1983, 2, 17), "sex": "F"}
    bill = {"name": "HELIX PATH DIAGNOSTICS", "npi": npi("helixpath"), "addr": "700 GENOME WAY",
            "city": ("SALT FLATS", "UT", "840450700"), "ein": "870334512", "taxonomy": "291U00000X"}
    claims = [dict(sub=p, member="UMH%09d" % 447120981, dx=["Z80.3", "Z80.41"],
                   pcn="HPD-26-118842", pos="81",
                   rendering=(("Strand", "Magnus"), npi("strand-magnus")), rtax="207SG0201X",
                   lines=[("81162", "2950", "1", "20261109", "1:2")])]
    sub = {"name": "HELIX PATH DIAGNOSTICS", "id": "HPD01", "contact": "REIMBURSEMENT", "phone": "8015550112"}
    segs = x12_837p(claims, bill, sub, payer=("UNITY MOUNTAIN HEALTH", "87726"), bht_id="HPD118842")
    edi = x12("HPD01", "UMHEDI", [("HC", "005010X222A1", [("837", segs)])], d="20261202", t="1100", icn=77120, nl=True)
    body = text("""Hi,

Unity Mountain rejected the attached claim for Annika Rasmussen (DOB
02/17/1983) as "not medically necessary - no prior auth on file". We do
have a PA approval letter from 10/30 (ref UMH-PA-55310). Can you link
the auth and reprocess? Claim file attached as we sent it, BRCA1/BRCA2
comprehensive analysis billed under 81162, family history codes Z80.3 /
Z80.41.

Magnus Strand's genetic counseling note is available on request.

Thanks,
Efua Kamau
Reimbursement Specialist, Helix Path Diagnostics
801-555-0112
""")
    return mail(A("Efua Kamau", "ekamau@helixpath.example.com"),
                "provider.disputes@unitymountain.example.com",
                "Reconsideration HPD-26-118842 - PA on file UMH-PA-55310", D(2026, 12, 2, 11, 40, 2, "-0700"),
                multi("mixed", [body, att(edi, "text/plain", "HPD-26-118842.txt", cte="7bit", params=[("charset", "us-ascii")])]))


@msg("x12-278-ivf-auth", "restricted",
     "278 prior-auth exchange for a named member's IVF cycle (egg retrieval, embryo transfer, N97.9 female infertility)",
     cat="repro")
def _():
    segs = [
        "BHT*0007*11*FRT2212*20261203*0818",
        "HL*1**20*1", "NM1*X3*2*KEYSTONE MUTUAL HEALTH UM*****PI*61120",
        "HL*2*1*21*1", "NM1*1P*1*LACHANCE*PAULINA****XX*%s" % npi("lachance-paulina"),
        "HL*3*2*22*1", "NM1*IL*1*SZYMANSKI*KATERYNA****MI*KMH660213884", "DMG*D8*19900322*F",
        "HL*4*3*EV*1",
        "UM*HS*I*3*11:B",
        "HCR*A6*KMA2612-110447**0U",
        "DTP*AAH*RD8*20261215-20270315",
        "HI*ABK:N979*ABF:Z3183",
        "MSG*CYCLE 2 OF 3 LIFETIME IVF BENEFIT. ICSI NOT COVERED",
        "HL*5*4*SS*0", "SV1*HC:58970*0*UN*1", "HCR*A1*KMA2612-110447",
        "HL*6*4*SS*0", "SV1*HC:58974*0*UN*1", "HCR*A1*KMA2612-110447",
        "HL*7*4*SS*0", "SV1*HC:89280*0*UN*1", "HCR*A3*KMA2612-110447**N/A",
    ]
    edi = x12("KEYSTONEUM", "BRIDGEFERT", [("HI", "005010X217", [("278", segs)])], d="20261203", t="0818", icn=99188, nl=True)
    body = text("""Kat's cycle 2 auth came back as partial approval - retrieval and
transfer approved, ICSI (89280) denied. Response pasted below from the
gateway. Please update her financial counseling worksheet before the
baseline scan on 12/15 and call her about the ICSI self-pay estimate.

%s
-- Joaquin, auth team
""" % edi)
    return mail(A("Joaquin Maldonado", "jmaldonado@bridgefertility.example.com"),
                A("Financial Counseling", "fincounsel@bridgefertility.example.com"),
                "Szymanski cycle 2 - partial approval, ICSI denied", D(2026, 12, 3, 8, 44, 30), body)


# ---------------------------------------------------------------- X12 traps

@msg("trap-x12-999-accepted", "none",
     "999 implementation acknowledgement: batch accepted, control numbers only, no patient or claim content")
def _():
    s = ["AK1*HC*44171*005010X222A1",
         "AK2*837*0001*005010X222A1", "IK5*A",
         "AK2*837*0002*005010X222A1", "IK5*A",
         "AK9*A*2*2*2"]
    edi = x12("CLAIMBRIDGE", "RFM0042", [("FA", "005010X231A1", [("999", s)])], d="20261128", t="1730", icn=88120, nl=False)
    body = text("""Claimbridge EDI Services

Your file RFM_837P_20261128_4417.x12 was received and passed
implementation guide (999) validation.

  Interchange control: 000004417
  Transaction sets:    2 received, 2 accepted
  Result:              A (accepted)

Payer acknowledgements (277CA) follow separately. The 999 is attached.

Manage notification settings: https://portal.claimbridge.example.net/notifications
""")
    return mail(A("Claimbridge EDI", "edi-notify@claimbridge.example.net"),
                "dibarra@riverbendfm.example.com", "999 ACCEPTED - RFM_837P_20261128_4417.x12",
                D(2026, 11, 28, 17, 31, 2),
                multi("mixed", [body, att(edi, "application/EDI-X12", "RFM_837P_20261128_4417.999")]),
                extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])


@msg("trap-x12-ta1-interchange-ack", "none",
     "TA1 interchange acknowledgement pasted into an EDI analyst's note: envelope error codes only")
def _():
    ta1 = ("ISA*00*" + " " * 10 + "*00*" + " " * 10 + "*ZZ*" + "SUNRISEPAYER".ljust(15) + "*ZZ*" +
           "SMH7788".ljust(15) + "*261130*2210*^*00501*000000921*0*P*:~\n" +
           "TA1*000000455*261130*2158*R*006~\n" + "IEA*0*000000921~\n")
    body = text("""Sunrise rejected our whole interchange last night at the envelope level
(TA1 below, note code 006 = invalid interchange sender ID). Nothing got
past their front door, so no claims were read. The ISA06 on our side
still has the old submitter ID from before the contract change. I've
opened a change request to update it in the trading partner profile:

%s
Will resend tonight's file once the profile is updated. No action
needed from PFS.

Kwame
""" % ta1)
    return mail(A("Kwame Balogun", "kbalogun@stmargaret.example.org"),
                "pfs-edi@stmargaret.example.org", "FYI Sunrise TA1 reject (ISA06) - resend tonight",
                D(2026, 12, 1, 7, 55, 19), body)


@msg("trap-x12-837p-test-file-isa15-t", "none",
     "837P certification test file, ISA15=T, payer test IDs and obviously synthetic TESTPATIENT subscribers, sent for trading-partner testing")
def _():
    pts = [{"first": "ONE", "last": "TESTPATIENT", "dob": datetime.date(1980, 1, 1), "sex": "F"},
           {"first": "TWO", "last": "TESTPATIENT", "dob": datetime.date(1975, 6, 15), "sex": "M"}]
    bill = {"name": "LAKEVIEW DERMATOLOGY TEST", "npi": npi("lakeview-derm"), "addr": "1 TEST ST",
            "city": ("ANYTOWN", "MN", "550010000"), "ein": "999999999", "taxonomy": "207N00000X"}
    claims = [dict(sub=pts[0], member="TEST00000001", dx=["L70.0"], pcn="TEST-001",
                   lines=[("99213", "100", "1", "20261201", "1")]),
              dict(sub=pts[1], member="TEST00000002", dx=["L57.0"], pcn="TEST-002",
                   lines=[("17000", "100", "1", "20261201", "1"), ("17003", "20", "2", "20261201", "1")])]
    sub = {"name": "LAKEVIEW DERMATOLOGY TEST", "id": "LVDTEST", "contact": "EDI TEST", "phone": "6125550104"}
    segs = x12_837p(claims, bill, sub, payer=("NORTH STAR PLAN TEST", "TEST01"), bht_id="CERT0001")
    edi = x12("LVDTEST", "NSPTEST", [("HC", "005010X222A1", [("837", segs)])], usage="T",
              d="20261202", t="1000", icn=1, nl=True)
    body = text("""Hello North Star EDI team,

Per step 4 of your trading partner onboarding checklist, attached is our
837P certification test file. It is built from your test script
(scenarios 1 and 2): ISA15 = T, payer ID TEST01, subscribers
TESTPATIENT ONE / TWO with the script's member IDs. Please run it
through your test environment and send back the 999 and 277CA.

Our production go-live target is 01/04/2027.

Regards,
Ulrich Eberhardt
Practice Systems, Lakeview Dermatology
""")
    return mail(A("Ulrich Eberhardt", "ueberhardt@lakeviewderm.example.com"),
                "edi.testing@northstarplan.example.com", "837P certification test file - scenarios 1 & 2",
                D(2026, 12, 2, 10, 5, 40, "-0600"),
                multi("mixed", [body, att(edi, "application/EDI-X12", "LVD_837P_TEST_SCEN1-2.x12")]))


@msg("trap-x12-835-plb-only-no-claims", "none",
     "835 with only a provider-level adjustment (PLB interest and a recoupment offset), no claim or patient loops")
def _():
    s = ["BPR*H*0*C*NON************20261201",
         "TRN*1*PLB00220918*1610054277",
         "DTM*405*20261201",
         "N1*PR*BLUEWATER HEALTH PLAN",
         "N1*PE*NORTHGATE ORTHOPAEDIC ASSOCIATES*XX*%s" % npi("northgate-ortho"),
         "PLB*%s*20261231*L6:INTEREST0412*-18.44*WO:OVPMT2611-044*18.44" % npi("northgate-ortho")]
    edi = x12("BWHP835", "NORTHGATE", [("HP", "005010X221A1", [("835", s)])], d="20261201", t="2230", icn=55032, nl=True)
    body = text("""Hi Anders,

Odd one - Bluewater sent a zero-dollar 835 this morning, no claims in it
at all, just a PLB. It nets prompt-pay interest (L6, $18.44) against an
overpayment recovery (WO) reference for the same amount. I think that's
them closing out the overpayment letter from October. Our posting
software chokes on an 835 with no CLP loops so I'm going to post it by
hand to the provider-level adjustment account.

%s
Do you want it booked to 4410 (interest income) and 1290 (recoupments)
like last time?

Shirin
""" % edi)
    return mail(A("Shirin Chaudhry", "schaudhry@northgate-ortho.example.com"),
                A("Anders Jorgensen", "ajorgensen@northgate-ortho.example.com"),
                "zero-dollar 835 from Bluewater (PLB only)", D(2026, 12, 1, 10, 12, 3, "-0600"), body)


@msg("trap-x12-companion-guide-spec", "none",
     "payer companion-guide email describing 270/271 loops and element rules with placeholder values, no member")
def _():
    body = text("""Trading partners,

Cedar Valley Health is publishing version 3.2 of the 270/271 companion
guide, effective 02/01/2027. Summary of changes:

1. Loop 2100C NM1 (subscriber): NM109 must be the 12-character member ID
   including the CVH prefix, e.g. NM1*IL*1*<LAST>*<FIRST>****MI*CVHnnnnnnnnn~
   Name + DOB search without member ID will be rejected with AAA*N**72.
2. DMG*D8*CCYYMMDD is now required when NM109 is absent (alternate search).
3. EQ01 supports the service type codes 30, 1, 33, 35, 47, 48, 50, 86, 88,
   98, AL, MH, UC. Requests for other STCs are answered with the generic 30
   benefit set.
4. 271 EB segments: we now return EB*F with HSD or MSG for visit limits
   (for example physical therapy visit caps) instead of free text only.
5. Real-time response time SLA: 20 seconds at the 95th percentile.

Test your changes against the test endpoint (ISA15=T) before 01/15/2027:
https://edi-test.cedarvalley.example.com/x12/realtime

The full PDF guide is on the provider portal under EDI > Companion Guides.

EDI Business Services
Cedar Valley Health
""")
    return mail(A("Cedar Valley EDI Business Services", "edi-bus@cedarvalley.example.com"),
                "edi-partners@lists.cedarvalley.example.com", "270/271 Companion Guide v3.2 - effective 02/01/2027",
                D(2026, 11, 24, 13, 0, 0), body,
                extra=[("List-Id", "<edi-partners.lists.cedarvalley.example.com>"), ("Precedence", "list")])


@msg("trap-x12-277ca-summary-counts", "none",
     "clearinghouse daily 277CA acceptance summary: counts and dollar totals by payer, no claim or patient detail")
def _():
    rows = [("KEYSTONE MUTUAL HEALTH", 412, 401, 11, "88,210.40"), ("BLUEWATER HEALTH PLAN", 230, 229, 1, "41,006.12"),
            ("MEDICARE PART B JL", 188, 180, 8, "29,774.90"), ("STATE MEDICAID FFS", 96, 90, 6, "11,230.00"),
            ("CEDAR VALLEY HEALTH", 51, 51, 0, "9,880.75")]
    tr = "\n".join("<tr><td style=\"padding:4px 8px\">%s</td><td align=\"right\">%d</td><td align=\"right\">%d</td>"
                   "<td align=\"right\" style=\"color:%s\">%d</td><td align=\"right\">$%s</td></tr>"
                   % (n, a, b, "#b00" if c else "#333", c, d) for n, a, b, c, d in rows)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<h2 style="color:#1d4e89;margin:0 0 8px">Daily claim acknowledgement summary</h2>
<p>Submitter: <b>RIVERBEND BILLING SERVICES</b> &middot; Date: 12/02/2026</p>
<table cellspacing="0" style="border-collapse:collapse;border:1px solid #ccc">
<tr style="background:#eef3f9"><th align="left" style="padding:4px 8px">Payer</th><th>Submitted</th><th>Accepted (A1/A2)</th><th>Rejected (A3/A7)</th><th>Accepted $</th></tr>
%s
</table>
<p>Top rejection reasons: A7:21 invalid diagnosis pointer (9), A3:562 billing NPI not on file (8), A7:164 subscriber ID format (5).</p>
<p style="font-size:11px;color:#888">Claim-level detail is available in the portal only. This summary contains no patient information.</p>
</body></html>""" % tr
    plain = "Daily claim acknowledgement summary 12/02/2026\n\n" + "\n".join(
        "%-24s submitted %4d  accepted %4d  rejected %3d  $%s" % r_ for r_ in rows) + "\n\nClaim-level detail is in the portal.\n"
    return mail(A("Claimbridge Reports", "reports@claimbridge.example.net"), "ar-team@riverbendbilling.example.com",
                "Daily 277CA summary - 12/02/2026", D(2026, 12, 3, 6, 0, 4),
                multi("alternative", [text(plain), text(html, "html", cte="quoted-printable")]),
                extra=[("Auto-Submitted", "auto-generated")])


@msg("trap-x12-270-loadtest-synthetic", "none",
     "load-test 270 batch with ISA15=T and generated LOADTEST subscriber names, explicitly marked as synthetic performance data")
def _():
    txs = []
    for i in range(1, 9):
        txs.append(("270", [
            "BHT*0022*13*LT%06d*20261201*0200" % i,
            "HL*1**20*1", "NM1*PR*2*CEDAR VALLEY HEALTH TEST*****PI*77021",
            "HL*2*1*21*1", "NM1*1P*2*LOADTEST PROVIDER*****XX*%s" % npi("loadtest-provider"),
            "HL*3*2*22*0", "TRN*1*LT%06d*9000000001" % i,
            "NM1*IL*1*LOADTEST*SUBSCRIBER%04d****MI*LTEST%07d" % (i, i),
            "DMG*D8*19000101*U", "DTP*291*D8*20261201", "EQ*30"]))
    edi = x12("LOADGEN", "CVHTEST", [("HS", "005010X279A1", txs)], usage="T", d="20261201", t="0200", icn=900001, nl=True)
    body = text("""Perf team,

Attached is the seed file for Thursday's eligibility load test (8 sample
transactions; the generator replicates them to 40k/hour). Every
subscriber is synthetic: last name LOADTEST, first name SUBSCRIBERnnnn,
DOB 1900-01-01, sex U, member IDs LTEST0000001+. ISA15 is T and the
payer is the CVH test endpoint. Do NOT point this at production.

Run window: Thu 12/03 01:00-03:00 ET. Dashboards in Grafana, folder
"eligibility-perf".

-- Gideon (integration QA)
""")
    return mail(A("Gideon Thorne", "gthorne@claimbridge.example.net"), "perf-team@claimbridge.example.net",
                "[loadtest] 270 seed file for Thu run (synthetic)", D(2026, 12, 1, 16, 45, 0),
                multi("mixed", [body, att(edi, "text/plain", "loadtest_270_seed.x12", cte="7bit", params=[("charset", "us-ascii")])]))


@msg("trap-x12-837i-edit-rules-table", "none",
     "claim-scrubber release notes: table of new edit rules naming revenue codes, diagnosis codes and segments, no claims")
def _():
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:13px">
<p>Hi all, ScrubRight rules package <b>2026.12</b> goes live Sunday 12/06. New and changed 837I edits:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr style="background:#f0f0f0"><th>Rule</th><th>Segment</th><th>Condition</th><th>Action</th></tr>
<tr><td>I-2041</td><td>HI*ABK</td><td>Principal dx J18.9 with secondary A41.x present (sepsis sequencing)</td><td>Warn</td></tr>
<tr><td>I-2042</td><td>SV2</td><td>Rev code 0636 without HCPCS in SV202</td><td>Reject</td></tr>
<tr><td>I-2043</td><td>CL1</td><td>Admission type 1 with source code 7 and bill type 13x</td><td>Warn</td></tr>
<tr><td>I-2050</td><td>HI*BBR</td><td>ICD-10-PCS procedure date outside statement period (DTP*434)</td><td>Reject</td></tr>
<tr><td>I-2051</td><td>HI*DR</td><td>DRG present on bill type 13x</td><td>Reject</td></tr>
<tr><td>P-1177</td><td>SV1</td><td>90837 billed with 90785 on the same line date for payer 93221</td><td>Warn</td></tr>
</table>
<p>Rule I-2050 would have caught the St. Margaret rejection last week. Questions to the #claims-edits channel.</p>
<p>Cyrus<br>Revenue Integrity</p></body></html>"""
    return mail(A("Cyrus Vance", "cvance@riverbendbilling.example.com"), "rev-integrity@riverbendbilling.example.com",
                "ScrubRight rules 2026.12 - new 837I edits", D(2026, 12, 3, 15, 20, 0),
                text(html, "html", cte="quoted-printable"))

# ================================================================ NCPDP and pharmacy

def ncpdp_view(rows):
    out = []
    for r_ in rows:
        if r_ and r_[0] == "#":
            out.append(r_[1:])
        else:
            k, v = r_
            out.append("  %-34s %s" % (k + " " + "." * max(2, 32 - len(k)), v))
    return "\n".join(out)


@msg("ncpdp-reject-ozempic-pa-required", "phi",
     "pharmacy help-desk email pasting an NCPDP B1 request/response: named cardholder, DOB, semaglutide claim rejected 75 prior auth")
def _():
    pres = npi("adeyemi-folake-np")
    view = ncpdp_view([
        "#Transaction Header",
        ("101-A1 BIN", "998877"), ("102-A2 Version", "D0"), ("103-A3 Transaction Code", "B1 (Billing)"),
        ("104-A4 PCN", "KMHRX"), ("201-B1 Service Provider ID", npi("corner-drug") + " (NPI)"),
        ("401-D1 Date of Service", "20261201"),
        "#Insurance Segment (AM04)",
        ("302-C2 Cardholder ID", "KMH440918772"), ("301-C1 Group ID", "RX4471"), ("303-C3 Person Code", "001"),
        "#Patient Segment (AM01)",
        ("304-C4 Date of Birth", "19720914"), ("305-C5 Gender Code", "2"),
        ("310-CA Patient First Name", "JANELLE"), ("311-CB Patient Last Name", "HOLLINGSWORTH"),
        "#Claim Segment (AM07)",
        ("402-D2 Rx Number", "6120448"), ("403-D3 Fill Number", "00"),
        ("407-D7 Product/Service ID", "99912-0413-01 (semaglutide 1 mg/dose pen)"),
        ("442-E7 Quantity Dispensed", "3.000"), ("405-D5 Days Supply", "28"),
        ("414-DE Date Rx Written", "20261130"),
        "#Prescriber Segment (AM03)",
        ("466-EZ Prescriber ID Qualifier", "01 (NPI)"), ("411-DB Prescriber ID", pres),
        "#Response",
        ("112-AN Response Status", "R (Rejected)"), ("510-FA Reject Count", "2"),
        ("511-FB Reject Code", "75 Prior Authorization Required"),
        ("511-FB Reject Code", "MR Product Not On Formulary"),
        ("526-FQ Additional Message", "COVERED W/ PA FOR T2DM ONLY. SUBMIT DX. ePA KEY QX7-2210"),
    ])
    body = text("""Hi Keystone Rx help desk,

We keep getting the reject below and the prescriber's office says they
already did the PA last week for her type 2 diabetes. Can you check
whether the approval is on file under the right cardholder ID? Patient
is waiting at the counter.

%s

Thanks,
Omar Yilmaz, PharmD
Corner Drug #12
(937) 555-0121
""" % view)
    return mail(A("Omar Yilmaz", "rx12@cornerdrug.example.com"), "rxhelpdesk@keystonemutual.example.com",
                "Reject 75 / MR on PA'd semaglutide - pt at counter", D(2026, 12, 1, 15, 2, 41), body)


SAFE_DRUGS = [
    ("AMLODIPINE 5 MG TAB", "99901-0110-30", 30, 30), ("ATORVASTATIN 20 MG TAB", "99901-0212-90", 90, 90),
    ("LISINOPRIL 10 MG TAB", "99901-0308-30", 30, 30), ("METFORMIN ER 500 MG TAB", "99901-0415-60", 60, 30),
    ("LEVOTHYROXINE 75 MCG TAB", "99901-0520-30", 30, 30), ("OMEPRAZOLE DR 20 MG CAP", "99901-0633-30", 30, 30),
    ("FUROSEMIDE 40 MG TAB", "99901-0741-30", 30, 30), ("METOPROLOL SUCC ER 25 MG TAB", "99901-0802-30", 30, 30),
    ("APIXABAN 5 MG TAB", "99901-0955-60", 60, 30), ("DONEPEZIL 10 MG TAB", "99901-1010-30", 30, 30),
    ("TAMSULOSIN 0.4 MG CAP", "99901-1122-30", 30, 30), ("INSULIN GLARGINE 100 U/ML PEN", "99901-1230-05", 15, 30),
    ("POTASSIUM CHLORIDE ER 20 MEQ TAB", "99901-1311-30", 30, 30), ("SENNA 8.6 MG TAB", "99901-1419-60", 60, 30),
    ("ACETAMINOPHEN 500 MG TAB", "99901-1502-90", 90, 30), ("LOSARTAN 50 MG TAB", "99901-1644-30", 30, 30),
    ("CARVEDILOL 6.25 MG TAB", "99901-1703-60", 60, 30), ("VITAMIN D3 1000 UNIT TAB", "99901-1801-30", 30, 30),
    ("GABAPENTIN 100 MG CAP", "99901-1988-90", 90, 30), ("ALLOPURINOL 100 MG TAB", "99901-2013-30", 30, 30),
    ("FERROUS SULFATE 325 MG TAB", "99901-2110-30", 30, 30), ("PANTOPRAZOLE DR 40 MG TAB", "99901-2251-30", 30, 30),
    ("MIRTAZAPINE 15 MG TAB", None, 0, 0),  # excluded below: antidepressant
]
SAFE_DRUGS = [d for d in SAFE_DRUGS if d[1]]


@msg("pharmacy-fill-list-csv-large", "phi",
     "long-term-care pharmacy's monthly dispensing export (144 fills, named residents, DOBs, drugs, prescriber NPIs) sent to a nursing home")
def _():
    r = R()
    res = people(r, 46, 68, 99)
    docs = [("Petrakis", npi("petrakis-nadia")), ("Oduya", npi("oduya-emeka")), ("Kessler", npi("kessler-ines"))]
    rows = [["fill_date", "rx_number", "resident_last", "resident_first", "dob", "room", "drug", "ndc", "qty",
             "days_supply", "prescriber", "prescriber_npi", "payer", "bill_status"]]
    for i in range(144):
        p = res[i % len(res)] if i < 92 else r.choice(res)
        d = r.choice(SAFE_DRUGS)
        doc = r.choice(docs)
        day = r.randint(1, 30)
        rows.append(["2026-11-%02d" % day, "%07d" % (3300000 + r.randrange(99999)), p["last"], p["first"],
                     p["dob"].isoformat(), "%d%02d%s" % (r.randint(1, 3), r.randint(1, 30), r.choice("AB")),
                     d[0], d[1], str(d[2]), str(d[3]), doc[0], doc[1],
                     r.choice(["MEDICARE D", "MEDICARE D", "MEDICAID", "PRIVATE PAY", "MEDICARE A STAY"]),
                     r.choice(["BILLED", "BILLED", "BILLED", "PAID", "REJ-PA", "HOLD"])])
    rows[1:] = sorted(rows[1:], key=lambda x: (x[0], x[2]))
    data = csv_text(rows)
    body = text("""Good morning Geraldine,

Attached is the November dispensing export for Maple Court (144 fills).
Please have the unit managers reconcile against the MARs before Friday
so we can close the month. The REJ-PA and HOLD lines need a call from
your nurse practitioner; I flagged them in column N.

Reminder that the cycle-fill cutoff for December is the 18th.

Isidro Quintero, RPh
Consultant Pharmacist, Harborlight LTC Pharmacy
(410) 555-0156
""")
    return mail(A("Isidro Quintero", "iquintero@harborlightltc.example.com"),
                A("Geraldine Winslow, DON", "gwinslow@maplecourtsnf.example.org"),
                "Maple Court - Nov dispensing export for MAR reconciliation", D(2026, 12, 1, 8, 11, 26),
                multi("mixed", [body, att(data, "text/csv", "MapleCourt_dispensing_2026-11.csv")]))


@msg("ncpdp-d0-claim-log-ticket", "phi",
     "IT ticket pasting a raw NCPDP D.0 switch log with a live patient record (name, DOB, cardholder ID, drug, prescriber)")
def _():
    pres = npi("ibarra-ximena-md")
    fs, gs = "<FS>", "<GS>"
    raw = ("998877D0B1KMHRX     1011%s20261202          " % npi("valley-rx") +
           "%sAM04%sC2ZK55102938%sC1RX5102%sC301" % (gs, fs, fs, fs) +
           "%sAM01%sC419580201%sC51%sCAREUBEN%sCBDELACROIX%sCP45220" % (gs, fs, fs, fs, fs, fs) +
           "%sAM07%sEM1%sD27719021%sE103%sD799903058830%sE730000%sD530%sD30" % (gs, fs, fs, fs, fs, fs, fs, fs) +
           "%sAM03%sEZ01%sDB%s" % (gs, fs, fs, pres) +
           "%sAM11%sD9000012.50%sDC000001.75%sDU000014.25" % (gs, fs, fs, fs))
    body = text("""Ticket INC-0427716  |  Priority: P3  |  Assigned group: Pharmacy Systems

Reported by: Valley Rx store 3 (pharmacist on duty)
Summary: Claims to BIN 998877 timing out since 09:40, switch log shows
malformed AM11 segment.

Work notes (Rafael Navarro, 12/02 10:22):
Pulled the failing transaction from the switch log (sw-rx-02,
/var/log/rxswitch/outbound.log). Field separators shown as <FS>/<GS>.
Looks like the pricing segment is being sent with 9 digits in 409-D9
instead of the expected format after last night's vendor patch.

  2026-12-02T09:41:17.204 OUT txn=88213044 len=246
  %s
  2026-12-02T09:41:47.211 TIMEOUT txn=88213044 after 30000ms

Patient/claim fields in the log line are live data (Reuben Delacroix,
DOB 02/01/1958, atorvastatin 40 mg x30). Copying to vendor ticket with
the patient fields redacted. Rolling back patch 8.14.2 on sw-rx-02 at
11:00 pending vendor fix.
""" % raw)
    return mail(A("ServiceDesk", "servicedesk@valleyrx.example.com"), "pharmacy-systems@valleyrx.example.com",
                "INC-0427716 updated: Claims to BIN 998877 timing out (work notes)", D(2026, 12, 2, 10, 23, 5),
                body, extra=[("X-ServiceDesk-Ticket", "INC-0427716"), ("Auto-Submitted", "auto-generated")])


@msg("pt-relatorio-dispensacao-farmacia", "phi",
     "Portuguese hospital-pharmacy dispensing report (semicolon CSV): named inpatients with record numbers, beds, drugs and doses",
     lang="pt")
def _():
    r = R()
    nomes = [("Ana Beatriz", "Coutinho"), ("José Carlos", "Ferreira"), ("Maria das Graças", "Fonseca"),
             ("Raimundo", "Nonato Alves"), ("Luíza", "Pacheco"), ("Antônio", "Barreto Lima"), ("Cleide", "Moura"),
             ("Francisco", "Saavedra"), ("Terezinha", "Quintão"), ("Paulo Henrique", "Duarte")]
    meds = [("Ceftriaxona 1 g FA", "1 g IV 12/12h"), ("Enoxaparina 40 mg/0,4 mL", "40 mg SC 1x/dia"),
            ("Omeprazol 40 mg FA", "40 mg IV 1x/dia"), ("Dipirona 1 g/2 mL", "1 g IV 6/6h se dor"),
            ("Insulina NPH 100 UI/mL", "10 UI SC manhã"), ("Furosemida 20 mg/2 mL", "20 mg IV 12/12h"),
            ("Ondansetrona 4 mg/2 mL", "4 mg IV 8/8h se náusea"), ("Vancomicina 500 mg FA", "1 g IV 12/12h")]
    rows = [["data", "prontuario", "paciente", "leito", "medicamento", "posologia", "qtd_dispensada", "farmaceutico"]]
    for i in range(26):
        n = nomes[i % len(nomes)]
        m = r.choice(meds)
        rows.append(["0%d/12/2026" % (1 + i // 13), "%07d" % (4400000 + (i % 10) * 731),
                     "%s %s" % n, "%d%02d-%s" % (r.choice([3, 4, 5]), r.randint(1, 20), r.choice("AB")),
                     m[0], m[1], str(r.choice([2, 3, 4, 6])), r.choice(["Fernanda S.", "Jasper T.", "Ivonne M."])])
    data = csv_text(rows, ";").encode("utf-8")
    bs = """Prezada Dra. Beatriz,

Segue em anexo o relatório de dispensação das clínicas médica e
cirúrgica (4º e 5º andares) referente a 01 e 02/12. Há três divergências
entre o prescrito e o dispensado na vancomicina do leito 412-A; pedimos
que a equipe de enfermagem confira o aprazamento antes da auditoria de
sexta-feira.

Atenciosamente,
Farmácia Hospitalar - Hospital São Lucas do Vale
Ramal 0142 | (31) 555-0142
"""
    return mail(A("Farmácia Hospitalar", "farmacia@hsaolucas.example.com.br.test", "iso-8859-1", "Q"),
                A("Beatriz Coutinho", "beatriz.coutinho@hsaolucas.example.com.br.test", "iso-8859-1", "Q"),
                "Relatório de dispensação 01-02/12 - divergências vancomicina", D(2026, 12, 2, 17, 30, 12, "-0300"),
                multi("mixed", [text(bs, cs="iso-8859-1", cte="quoted-printable"),
                                att(data, "text/csv", "dispensacao_2026-12-01_02.csv", params=[("charset", "utf-8")])]),
                scs="iso-8859-1", senc="Q")


@msg("pharmacy-ready-pickup-template-multi", "phi",
     "generated pharmacy notice to a named patient listing three prescriptions ready for pickup (amlodipine, metformin, atorvastatin)")
def _():
    plain = """Hi Bernard,

3 prescriptions are ready for pickup at CORNER DRUG #12, 410 Main St.

  AMLODIPINE 5MG TAB         Rx 6118802   Copay $4.00
  METFORMIN ER 500MG TAB     Rx 6118803   Copay $0.00
  ATORVASTATIN 20MG TAB      Rx 6120011   Copay $6.50

Pharmacy hours: Mon-Fri 9-8, Sat 9-5. Prescriptions not picked up within
10 days are returned to stock.

Reply STOP to cancel pharmacy e-mail alerts, or manage preferences at
https://rx.cornerdrug.example.com/prefs
"""
    html = """<!DOCTYPE html><html><body style="margin:0;background:#f4f4f4">
<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#222" cellpadding="16">
<tr><td style="background:#c8102e;color:#fff;font-size:20px;font-weight:bold">Corner Drug</td></tr>
<tr><td><p style="font-size:16px">Hi Bernard, your prescriptions are ready.</p>
<table width="100%%" style="border-collapse:collapse;font-size:14px">
<tr style="border-bottom:1px solid #ddd"><td><b>AMLODIPINE 5MG TAB</b><br><span style="color:#777">Rx 6118802</span></td><td align="right">$4.00</td></tr>
<tr style="border-bottom:1px solid #ddd"><td><b>METFORMIN ER 500MG TAB</b><br><span style="color:#777">Rx 6118803</span></td><td align="right">$0.00</td></tr>
<tr><td><b>ATORVASTATIN 20MG TAB</b><br><span style="color:#777">Rx 6120011</span></td><td align="right">$6.50</td></tr>
</table>
<p style="font-size:13px">Pick up at <b>Corner Drug #12</b>, 410 Main St &middot; (937) 555-0121</p>
<p style="font-size:11px;color:#999">You are receiving this because you signed up for pharmacy alerts. <a href="https://rx.cornerdrug.example.com/prefs">Manage preferences</a></p>
</td></tr></table></td></tr></table></body></html>"""
    return mail(A("Corner Drug Pharmacy", "alerts@rx.cornerdrug.example.com"),
                A("Bernard Olmstead", "b.olmstead77@mailbox.example.net"),
                "Bernard, 3 prescriptions are ready for pickup", D(2026, 12, 2, 12, 6, 0),
                multi("alternative", [text(plain), text(html, "html", cte="quoted-printable")]),
                extra=[("List-Unsubscribe", "<https://rx.cornerdrug.example.com/unsub?u=8812044>"),
                       ("X-Campaign", "rx-ready-v4"), ("Precedence", "bulk")])


@msg("ncpdp-reject-descovy-prep", "restricted",
     "pharmacist emails a PrEP clinic about a named patient's emtricitabine/tenofovir alafenamide PrEP claim rejected for step therapy",
     cat="hiv")
def _():
    view = ncpdp_view([
        "#Claim (B1) 12/02/2026 11:14",
        ("310-CA/311-CB Patient", "SANTIAGO OKONKWO"), ("304-C4 DOB", "19980623"),
        ("302-C2 Cardholder ID", "BWH70443188"), ("407-D7 Product", "emtricitabine 200 mg / tenofovir alafenamide 25 mg tab"),
        ("442-E7 / 405-D5 Qty / Days", "30 / 30"), ("424-DO Diagnosis", "Z20.6"),
        "#Response",
        ("511-FB Reject Code", "608 Step Therapy, Alternate Drug Therapy Required Prior To Use"),
        ("526-FQ Message", "TRY EMTRICITABINE/TENOFOVIR DF (GENERIC) FIRST OR SUBMIT PA"),
    ])
    body = text("""Hi PrEP team,

Santiago's refill of his PrEP got rejected this morning (below). His
plan wants a trial of the generic emtricitabine/tenofovir DF first. I
know you switched him because of the bone density result, so I think
this needs a PA rather than a switch back - can someone send it today?
He has 3 tablets left. Otherwise please e-prescribe the generic and
I'll fill it.

%s

Thanks,
Paulina Mendoza, PharmD
Eastside Community Pharmacy | (216) 555-0137
""" % view)
    return mail(A("Paulina Mendoza", "pmendoza@eastsiderx.example.com"), "prep@lakefrontclinic.example.org",
                "Santiago O. PrEP refill reject 608 - needs PA today", D(2026, 12, 2, 11, 29, 40), body)


@msg("pharmacy-export-buprenorphine-fills", "restricted",
     "pharmacy export to an office-based addiction programme: named patients' buprenorphine/naloxone fills with prescriber DEA and NPI",
     cat="sud")
def _():
    r = R()
    pts = people(r, 22, 21, 63)
    presc = [("Kowalczyk", "Ines"), ("Oduya", "Emeka"), ("Haruna", "Aiko")]
    rows = [["FillDate", "RxNo", "PatientLast", "PatientFirst", "DOB", "Drug", "Qty", "DaysSupply",
             "Prescriber", "PrescriberDEA", "PrescriberNPI", "PDMPReported"]]
    for i in range(31):
        p = pts[i % len(pts)]
        pl, pf = presc[i % 3]
        drug = r.choice(["BUPRENORPHINE/NALOXONE 8-2 MG FILM", "BUPRENORPHINE/NALOXONE 8-2 MG FILM",
                         "BUPRENORPHINE/NALOXONE 2-0.5 MG FILM", "BUPRENORPHINE 8 MG SL TAB"])
        ds = r.choice([7, 7, 14, 14, 28])
        rows.append(["2026-11-%02d" % r.randint(2, 28), "7%06d" % r.randrange(10**6), p["last"], p["first"],
                     p["dob"].strftime("%m/%d/%Y"), drug, str(ds * r.choice([1, 2, 2, 3])), str(ds),
                     "%s, %s" % (pl, pf), dea(pl, pl + pf, "M" if pf == "Aiko" else "B"), npi(pl + pf), "Y"])
    rows[1:] = sorted(rows[1:], key=lambda x: x[0])
    data = csv_text(rows, "|", "\r\n")
    body = text("""Attached: November buprenorphine dispensing report for Bridgeway Recovery
Clinic patients, as requested for your monthly adherence review. 31
fills, pipe-delimited. All were reported to the state PDMP.

Please note two patients had early-refill requests declined (see the
7-day fills on the 23rd and 24th).

-- Northside Apothecary, Rx dept.
""")
    return mail(A("Northside Apothecary Rx", "rx@northsideapothecary.example.com"),
                "care-coordination@bridgewayrecovery.example.org",
                "Nov bup dispensing report - Bridgeway patients", D(2026, 12, 1, 13, 50, 22),
                multi("mixed", [body, att(data, "text/plain", "bridgeway_bup_fills_202611.txt", params=[("charset", "us-ascii")])]))


@msg("fr-csapa-methadone-delivrances", "restricted",
     "French addiction-care centre (CSAPA) methadone dispensing list: named patients, DOB, daily doses, sent to the partner pharmacy",
     cat="sud", lang="fr")
def _():
    rows = [["nom", "prenom", "date_naissance", "forme", "dose_mg_jour", "du", "au", "remise", "observations"]]
    pts = [("MOREAU", "Cédric", "12/03/1984", "sirop", "60"), ("LEBRUN", "Sandrine", "07/11/1979", "gélule", "45"),
           ("HADDAD", "Karim", "23/05/1990", "sirop", "80"), ("PETIT", "Aurélie", "30/01/1995", "gélule", "30"),
           ("FAURE", "Dominique", "15/09/1972", "sirop", "100"), ("N'DIAYE", "Moussa", "02/06/1988", "gélule", "70"),
           ("ROUSSEL", "Élodie", "19/12/1991", "sirop", "40")]
    for i, (n, p, d, f, mg) in enumerate(pts):
        rows.append([n, p, d, f, mg, "07/12/2026", "13/12/2026" if i % 2 else "09/12/2026",
                     "quotidienne" if i % 3 == 0 else "hebdomadaire",
                     ["palier +10 mg le 10/12", "", "délivrance fractionnée", "", "contrôle urinaire lundi", "", "reprise après hospitalisation"][i]])
    data = csv_text(rows, ";").encode("iso-8859-1")
    bs = """Bonjour Madame Girard,

Vous trouverez ci-joint la liste des délivrances de méthadone pour la
semaine du 7 au 13 décembre pour les patients du CSAPA suivis dans votre
officine. Merci de noter le changement de palier pour M. Moreau (70 mg à
partir du 10/12) et la reprise des délivrances pour Mme Roussel à sa
sortie d'hospitalisation.

En cas de dose non retirée, merci de nous prévenir le jour même au
04 555 0138.

Bien cordialement,
Dr Pascal Delacroix
CSAPA Les Tilleuls
"""
    return mail(A("Dr Pascal Delacroix", "p.delacroix@csapa-tilleuls.example.fr.test", "iso-8859-1", "Q"),
                A("Pharmacie Girard", "contact@pharmacie-girard.example.fr.test"),
                "Délivrances méthadone semaine du 07/12", D(2026, 12, 4, 9, 12, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-1", cte="quoted-printable"),
                                att(data, "text/csv", "delivrances_methadone_S50.csv", params=[("charset", "iso-8859-1")])]),
                scs="iso-8859-1", senc="Q")


# ---------------------------------------------------------------- pharmacy traps

@msg("trap-ncpdp-payer-sheet-fields", "none",
     "PBM payer-sheet announcement: NCPDP field IDs, required segments and BIN/PCN routing, no patient")
def _():
    body = text("""To: network pharmacies and switch vendors

Keystone Mutual Rx will move commercial claims to the new BIN/PCN on
01/01/2027. Updated D.0 payer sheet highlights:

  BIN 998877 / PCN KMHRX (commercial)   BIN 998877 / PCN KMHMD (Medicaid)

  Segment          Field                               Status
  Insurance AM04   302-C2 Cardholder ID                 M
                   301-C1 Group ID                      R
                   303-C3 Person Code                   R (3 digits)
  Patient AM01     304-C4 Date of Birth                 R
                   310-CA / 311-CB First / Last Name    R
  Claim AM07       407-D7 Product/Service ID (NDC)      M
                   461-EU Prior Auth Type Code          RW (when 462-EV sent)
  Clinical AM13    424-DO Diagnosis Code                RW for GLP-1, PrEP,
                                                        and oncology agents
  DUR AM08         473-7E DUR/PPS Code Counter          RW

Reject 569 must trigger the Medicare notice where applicable. Reject
codes 75 and 608 will carry a 526-FQ message with the ePA key.

Full payer sheet: https://rx.keystonemutual.example.com/payer-sheets/d0-2027.pdf

Keystone Mutual Rx Network Services
""")
    return mail(A("Keystone Mutual Rx Network", "network@rx.keystonemutual.example.com"),
                "pharmacy-network@lists.keystonemutual.example.com",
                "D.0 payer sheet update effective 01/01/2027", D(2026, 11, 20, 9, 0, 0), body,
                extra=[("Precedence", "list")])


@msg("trap-ncpdp-test-claim-bin-certification", "none",
     "switch-vendor certification script: test claims for a TEST patient on a certification BIN, explicitly not real")
def _():
    body = text("""Vendor certification - RxLink Switch v9 - script results

Environment: CERT (BIN 999001, PCN CERTD0). No production traffic.

  Case  Patient (script)          Product                 Expected    Got
  C-01  TEST, CERTONE 01/01/1990  atorvastatin 20 mg #30  Paid        Paid
  C-02  TEST, CERTONE 01/01/1990  same, refill day 12     79 RTS      79
  C-03  TEST, CERTTWO 02/02/1985  insulin glargine pen    75 PA req   75
  C-04  TEST, CERTTWO 02/02/1985  B2 reversal of C-01     Accepted    Accepted
  C-05  TEST, CERTTHREE 03/03/1970 compound (DE=2)        Paid        Paid

All 5 scripted cases passed. Cardholder IDs CERT000001-CERT000003 are the
certification IDs from the script workbook, not members.

Next: production cutover checklist, Tue 12/08.

Florian (RxLink onboarding)
""")
    return mail(A("Florian Moreau", "fmoreau@rxlink.example.net"), "pharmacy-systems@valleyrx.example.com",
                "CERT results: 5/5 scripted D.0 cases passed", D(2026, 12, 3, 14, 10, 0), body)


@msg("trap-pharmacy-inventory-ndc-export", "none",
     "pharmacy purchasing inventory export: NDCs, on-hand counts and reorder points, including buprenorphine, naltrexone and antiretrovirals as stock items only")
def _():
    r = R()
    items = ["BUPRENORPHINE/NALOXONE 8-2 MG FILM", "NALTREXONE ER 380 MG INJ KIT", "BICTEGRAVIR/FTC/TAF TAB",
             "EMTRICITABINE/TENOFOVIR DF TAB", "SERTRALINE 50 MG TAB", "LITHIUM CARBONATE 300 MG CAP",
             "NORETHINDRONE 0.35 MG TAB", "MEDROXYPROGESTERONE 150 MG/ML INJ", "AMLODIPINE 5 MG TAB",
             "METFORMIN ER 500 MG TAB", "ATORVASTATIN 20 MG TAB", "ONDANSETRON ODT 4 MG", "AMOXICILLIN 500 MG CAP",
             "LEVONORGESTREL 1.5 MG TAB", "NALOXONE 4 MG NASAL SPRAY", "ACAMPROSATE DR 333 MG TAB",
             "DOLUTEGRAVIR 50 MG TAB", "METHYLPHENIDATE ER 36 MG TAB", "QUETIAPINE 25 MG TAB", "INSULIN LISPRO PEN"]
    rows = [["ndc", "description", "on_hand", "reorder_point", "par", "wholesaler_item", "unit_cost", "last_received"]]
    for i, it in enumerate(items):
        rows.append(["99902-%04d-%02d" % (100 + i * 37, r.choice([1, 10, 30, 90])), it, str(r.randint(0, 240)),
                     str(r.choice([10, 20, 30, 60])), str(r.choice([60, 90, 120, 240])), "WH%06d" % r.randrange(10**6),
                     "%.2f" % (r.random() * 900 + 2), "2026-11-%02d" % r.randint(1, 28)])
    data = csv_text(rows)
    body = text("""Hi Tatiana,

Weekly below-reorder-point report attached for store 3. We're short on
the naloxone nasal spray (county giveaway event drained us) and the
naltrexone ER kits. Please add to Thursday's order. The ART items are
fine, on-hand just looks low because we moved stock to the specialty
window.

Thanks,
Jalen - purchasing
""")
    return mail(A("Jalen Whitfield", "purchasing3@valleyrx.example.com"), "tsokolova@rxwholesale.example.net",
                "Store 3 below-ROP report + Thursday add-ons", D(2026, 12, 1, 16, 30, 0),
                multi("mixed", [body, att(data, "text/csv", "store3_below_rop_20261201.csv")]))


@msg("trap-ncpdp-reject-code-list", "none",
     "pharmacy staff training memo listing NCPDP reject codes and what to do, with no patient")
def _():
    body = text("""Team,

Since we keep getting questions at the counter, here's the cheat sheet
for the rejects we see most. Print it for the drop-off station.

  65   Patient not covered         -> ask for new card, run E1 eligibility
  70   Product not covered         -> check formulary alternatives, call Rx
  75   Prior auth required         -> fax/ePA request to prescriber
  76   Plan limitations exceeded   -> check qty/days supply, split fill?
  79   Refill too soon             -> note date, vacation override needs plan call
  88   DUR reject                  -> pharmacist review, DUR/PPS codes
  608  Step therapy                -> prescriber must document prior trial
  MR   Not on formulary            -> same as 70
  569  Medicare notice             -> print CMS notice and hand to patient

For controlled-substance early refills (79 on a C-II), do NOT override.
Escalate to the pharmacist in charge.

Noemi Castellanos, PharmD
Pharmacy Manager
""")
    return mail(A("Noemi Castellanos", "ncastellanos@eastsiderx.example.com"), "staff@eastsiderx.example.com",
                "Reject code cheat sheet for drop-off", D(2026, 11, 19, 8, 5, 0), body)


@msg("trap-ja-csv-zaiko-yakuhin", "none",
     "Japanese hospital pharmacy purchasing email with a drug-inventory CSV (Shift_JIS): stock counts only, no patient",
     lang="ja")
def _():
    rows = [["薬品コード", "品名", "規格", "在庫数", "発注点", "単位", "備考"],
            ["A10231", "アムロジピン錠", "5mg", "1200", "800", "錠", ""],
            ["A10877", "メトホルミン塩酸塩錠", "250mg", "640", "1000", "錠", "発注済"],
            ["B22014", "セフトリアキソン静注用", "1g", "85", "120", "瓶", "欠品注意"],
            ["B22190", "バンコマイシン点滴静注用", "0.5g", "40", "30", "瓶", ""],
            ["C31002", "インスリン グラルギン注", "300単位", "22", "20", "本", "冷所"],
            ["C31410", "ヘパリンNa注", "5000単位", "150", "100", "管", ""],
            ["D40021", "アセトアミノフェン静注液", "1000mg", "60", "80", "袋", "発注済"],
            ["E51133", "ナロキソン塩酸塩静注", "0.2mg", "18", "10", "管", ""]]
    data = csv_text(rows).encode("shift_jis")
    bs = """薬剤部 購買担当各位

お疲れ様です。薬剤部の佐藤です。
12月第1週の薬品在庫一覧（CSV）を添付します。
発注点を下回っている品目（メトホルミン、セフトリアキソン、
アセトアミノフェン静注液）は本日卸に発注済みです。
セフトリアキソンは出荷調整中のため、代替品の検討をお願いします。

佐藤 美咲
中央総合病院 薬剤部 購買係
内線 0147 / 03-555-0147
"""
    return mail(A("佐藤 美咲", "sato.misaki@chuo-hospital.example.jp.test", "iso-2022-jp", "B"),
                "yakuzai-kobai@chuo-hospital.example.jp.test", "【在庫】12月第1週 薬品在庫一覧",
                D(2026, 12, 2, 10, 40, 0, "+0900"),
                multi("mixed", [text(bs, cs="iso-2022-jp", cte="7bit"),
                                att(data, "text/csv", "zaiko_202612w1.csv", params=[("charset", "Shift_JIS")])]),
                scs="iso-2022-jp", senc="B")

# ================================================================ HL7 v2 beyond ORU/ADT

@msg("hl7-siu-ortho-followup-body", "phi",
     "SIU^S12 pasted into an interface analyst's email: named patient, MRN, DOB, post-op knee follow-up appointment")
def _():
    segs = [
        "MSH|^~\\&|SCHEDPRO|NGORTHO|ORTHOSCHED|NGORTHO|20261201101522||SIU^S12^SIU_S12|SIU88012|P|2.5.1",
        "SCH|A77120^SCHEDPRO|A77120^SCHEDPRO|||||POSTOP^Post-op visit|FOLLOWUP^Follow-up|20|min|^^20^20261215140000^20261215142000|||||1021^SALAZAR^LETICIA|^WPN^PH^^1^785^5550133||||BOOKED",
        "PID|1||NGO4471208^^^NGO^MR||CASTELLANOS^RAFAEL^J||19690428|M|||1400 PRAIRIE VIEW DR^^CARVER^KS^66044||^PRN^PH^^1^785^5550172",
        "PV1|1|O|NGO-CLINIC2^^^NGO||||%s^MOREAU^FLORIAN^^^^MD^^NPI" % npi("moreau-florian"),
        "RGS|1|A",
        "AIS|1|A|99024^POSTOP VISIT GLOBAL^CPT|20261215140000|||20|min",
        "NTE|1||s/p R TKA 11/17. Staples out. Needs standing AP/lat knee before visit.",
        "AIG|1|A|%s^MOREAU^FLORIAN^^^^MD^^NPI|D" % npi("moreau-florian"),
        "AIL|1|A|NGO-CLINIC2^^^NGO^^^^XRAY FIRST",
    ]
    body = text("""Yuki -

Here's one of the SIUs that isn't creating the x-ray order in the
ortho module. It looks like the NTE under AIS is being dropped by our
channel filter and the "XRAY FIRST" flag only lives in AIL-3.9. Can you
check whether the vendor spec expects it in AIS-3 instead?

%s

Message is from the live feed (control ID SIU88012), so don't forward
outside the team.

Thanks,
Wendell
Interface team
""" % hl7_pasted(segs))
    return mail(A("Wendell Hargrove", "whargrove@northgate-ortho.example.com"),
                A("Yuki Sato", "ysato@northgate-ortho.example.com"),
                "SIU not creating x-ray order - AIL vs AIS?", D(2026, 12, 1, 10, 40, 2, "-0600"), body)


@msg("hl7-mdm-op-note-octet", "phi",
     "MDM^T02 attached as application/octet-stream .dat: operative note for a named patient's laparoscopic appendectomy")
def _():
    segs = [
        "MSH|^~\\&|DICTATE|SMH|EHR|SMH|20261130162211||MDM^T02^MDM_T02|MDM551209|P|2.5",
        "EVN|T02|20261130162211",
        "PID|1||00741990^^^SMH^MR||BLACKWOOD^JOLENE^A||19940817|F|||22 HERON CT^^BRENNER FALLS^OH^44310",
        "PV1|1|I|4W^412^A^SMH||||%s^PETRAKIS^NADIA^^^^MD^^NPI" % npi("petrakis-nadia"),
        "TXA|1|OP^Operative Report|TX|20261130140500|%s^SANDOVAL^TEODORO^^^^MD^^NPI||20261130162211|||||DOC7718822||||||AU" % npi("sandoval-teodoro"),
        "OBX|1|TX|OPNOTE^Operative Report^L||PREOPERATIVE DIAGNOSIS: Acute appendicitis.||||||F",
        "OBX|2|TX|OPNOTE^Operative Report^L||POSTOPERATIVE DIAGNOSIS: Acute suppurative appendicitis without perforation.||||||F",
        "OBX|3|TX|OPNOTE^Operative Report^L||PROCEDURE: Laparoscopic appendectomy (CPT 44970).||||||F",
        "OBX|4|TX|OPNOTE^Operative Report^L||ANESTHESIA: General endotracheal. EBL: 10 mL. SPECIMEN: appendix to pathology.||||||F",
        "OBX|5|TX|OPNOTE^Operative Report^L||FINDINGS: Inflamed, non-perforated appendix, no abscess. Base healthy, stapled.||||||F",
        "OBX|6|TX|OPNOTE^Operative Report^L||DISPOSITION: PACU in stable condition. Anticipate discharge POD 1.||||||F",
    ]
    body = text("""Attached is the raw MDM for the op note that didn't file to the chart
(Blackwood, MRN 00741990). The .dat is straight out of the error queue
on the DICTATE channel. TXA-17 is "AU" so it should have filed. I think
the EHR rejects it because PV1-3 points at a bed that was transferred
before the note was signed.

-- Salome, HIM interfaces
""")
    return mail(A("Salome Trinh", "strinh@stmargaret.example.org"), "ehr-integration@stmargaret.example.org",
                "unfiled op note - MDM in error queue", D(2026, 11, 30, 17, 2, 44),
                multi("mixed", [body, att(hl7(segs), "application/octet-stream", "MDM551209.dat")]))


@msg("hl7-vxu-peds-immunizations", "phi",
     "VXU^V04 to the state registry attached as text/plain: named child, DOB, parent, DTaP/MMR/varicella doses given")
def _():
    segs = [
        "MSH|^~\\&|PEDSEHR|SUNBEAMPEDS|STATEIIS|STATEIIS|20261202113015||VXU^V04^VXU_V04|VXU20261202-0041|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS",
        "PID|1||SBP220193^^^SUNBEAMPEDS^MR||NWACHUKWU^CHIOMA^ADAEZE^^^^L||20220914|F|||88 WILLOW BEND^^RIVERTON^WY^82501^^L||^PRN^PH^^1^307^5550126",
        "PD1|||||||||||02^Reminder/Recall - any method^HL70215|N",
        "NK1|1|NWACHUKWU^EMEKA^^^^^L|FTH^Father^HL70063|88 WILLOW BEND^^RIVERTON^WY^82501|^PRN^PH^^1^307^5550126",
        "ORC|RE||VX88210^SUNBEAMPEDS|||||||||%s^LOCKHART^DALIA^^^^MD^^NPI" % npi("lockhart-dalia"),
        "RXA|0|1|20261202||20^DTaP^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|||||||L88210A|20280131||||CP|A",
        "RXR|C28161^Intramuscular^NCIT|RT^Right Thigh^HL70163",
        "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F|||20261202",
        "ORC|RE||VX88211^SUNBEAMPEDS",
        "RXA|0|1|20261202||94^MMRV^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|||||||M55021|20270630||||CP|A",
        "RXR|C38299^Subcutaneous^NCIT|LA^Left Arm^HL70163",
        "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F|||20261202",
    ]
    body = text("""Hi registry help desk,

Our VXUs for today are coming back with ACK AE "RXA-17 manufacturer
required". Example attached (one child, two vaccines). Is MVX now
mandatory for VFC doses? Our EHR only sends it when the lot is scanned.

Thank you,
Selma Kessler, RN
Sunbeam Pediatrics | 307-555-0126
""")
    return mail(A("Selma Kessler", "skessler@sunbeampeds.example.com"), "iis-helpdesk@health.state.example.gov.test",
                "VXU rejected AE - RXA-17 required?", D(2026, 12, 2, 11, 48, 0, "-0700"),
                multi("mixed", [body, att(hl7(segs), "text/plain", "VXU20261202-0041.txt", params=[("charset", "us-ascii")])]))


@msg("hl7-dft-charges-er-visit", "phi",
     "DFT^P03 charge message for a named ED patient: laceration repair and ED level 4, diagnosis code, account number")
def _():
    segs = [
        "MSH|^~\\&|EDIS|MERCYVALLEY|PB|MERCYVALLEY|20261129231540||DFT^P03^DFT_P03|DFT4410982|P|2.5",
        "EVN|P03|20261129231540",
        "PID|1||MV00228814^^^MV^MR~V9921004^^^MV^AN||ZAMORA^ESPERANZA^L||19870502|F",
        "PV1|1|E|ED^12^1^MV|||||||||||||||V9921004|||||||||||||||||||||||||20261129201000|20261129230500",
        "FT1|1|||20261129|20261129|CG|99284^ED VISIT LEVEL 4^CPT|||1|||ED||||||S61.412A^Laceration without foreign body of left hand^I10|%s^AMUNDSEN^GUSTAVO^^^^MD^^NPI|||||99284^ED VISIT LEVEL 4^CPT|25" % npi("amundsen-gustavo"),
        "FT1|2|||20261129|20261129|CG|12002^REPAIR SUPERFICIAL WOUND 2.6-7.5 CM^CPT|||1|||ED||||||S61.412A^Laceration without foreign body of left hand^I10|%s^AMUNDSEN^GUSTAVO^^^^MD^^NPI|||||12002^REPAIR SUPERFICIAL WOUND 2.6-7.5 CM^CPT" % npi("amundsen-gustavo"),
        "FT1|3|||20261129|20261129|CG|90715^TDAP VACCINE 7 YRS+ IM^CPT|||1|||ED||||||Z23^Encounter for immunization^I10",
        "DG1|1||S61.412A^Laceration without foreign body of left hand, initial encounter^I10||20261129|F",
    ]
    body = text("""Charge message from EDIS for account V9921004 failed in the PB
interface with "FT1-25 modifier invalid" (the 25 on the E/M line). Raw
message attached. Coding says the 25 is correct because of the same-day
repair, so I think the PB side needs the modifier in FT1-26 instead.

Dmitri
""")
    return mail(A("Dmitri Sokolova", "dsokolova@mercyvalley.example.org"), "pb-interfaces@mercyvalley.example.org",
                "DFT failing on modifier 25 - V9921004", D(2026, 11, 30, 8, 17, 51),
                multi("mixed", [body, att(hl7(segs), "application/hl7-v2", "DFT4410982.hl7")]))


@msg("hl7-orm-ct-abdomen-order", "phi",
     "IT ticket with a pasted ORM^O01 CT order (MSH-11 P): named patient, DOB, RLQ pain, suspected appendicitis")
def _():
    segs = [
        "MSH|^~\\&|EHR|MERCYVALLEY|RIS|MERCYVALLEY|20261201084410||ORM^O01^ORM_O01|ORM20261201-7731|P|2.3",
        "PID|1||MV00319977^^^MV^MR||PELLEGRINO^LORENZO||20080311|M",
        "PV1|1|E|ED^07^1^MV",
        "ORC|NW|ORD991204|||||^^^20261201084400^^STAT||20261201084410|||%s^AMUNDSEN^GUSTAVO^^^^MD^^NPI" % npi("amundsen-gustavo"),
        "OBR|1|ORD991204||74177^CT ABDOMEN PELVIS W CONTRAST^CPT|S||20261201084400|||||||||%s^AMUNDSEN^GUSTAVO^^^^MD^^NPI||||||||CT|||^^^20261201084400^^STAT" % npi("amundsen-gustavo"),
        "DG1|1||R10.31^Right lower quadrant pain^I10",
        "NTE|1||18yo RLQ pain x 14h, WBC 15.2, r/o appendicitis. Cr 0.8. No contrast allergy.",
    ]
    body = text("""INC-2290145 | P2 | Radiology Systems
Short description: STAT CT orders from ED not appearing on RIS worklist

Caller: ED charge nurse (x0143)

Work notes:
08:52 Confirmed the order left the EHR; found it in the engine outbound
queue with status ERROR "OBR-27 priority not mapped (STAT)". Copy of the
message as queued:

%s

09:05 Manually re-sent with OBR-27 mapped to S; order now on CT worklist.
Patient was scanned 09:20. Opening problem record for the mapping table.
""" % hl7_pasted(segs))
    return mail(A("Mercy Valley IT Service Desk", "itsd@mercyvalley.example.org"), "rad-systems@mercyvalley.example.org",
                "INC-2290145 resolved: STAT CT orders from ED not on RIS worklist", D(2026, 12, 1, 9, 31, 2),
                body, extra=[("Auto-Submitted", "auto-generated")])


@msg("hl7-rde-warfarin-qp-txt", "phi",
     "RDE^O11 pharmacy order attached as quoted-printable text/plain: named patient's warfarin dose change with INR")
def _():
    segs = [
        "MSH|^~\\&|CPOE|STMARGARET|PHARMACY|STMARGARET|20261202071204||RDE^O11^RDE_O11|RDE7710221|P|2.5",
        "PID|1||00552187^^^SMH^MR||QUARLES^HARRIET^M||19510206|F",
        "PV1|1|I|5E^518^B^SMH",
        "ORC|XO|RX55012|||||^^^20261202^^R||20261202071204|||%s^PETRAKIS^NADIA^^^^MD^^NPI" % npi("petrakis-nadia"),
        "RXE|^^^20261202180000^^R|WARF2^Warfarin 2 mg tablet^LOCAL|2||mg|TAB|Hold if INR > 3.0. INR today 3.4 - dose reduced from 5 mg||||||||||||||||||||||||||||||I48.91^Atrial fibrillation^I10",
        "RXR|PO^Oral^HL70162",
        "TQ1|1||QD^Once daily at 18:00^LOCAL|||||20261202180000",
    ]
    body = text("""Pharmacy folks - verification queue shows the warfarin change for 5E-518B
twice. The second RDE (attached) came through as XO with the same
placer number. Can you DC the duplicate so nursing doesn't see two
active orders? Thanks.
""")
    return mail(A("Clement Rinaldi", "crinaldi@stmargaret.example.org"), "rx-verification@stmargaret.example.org",
                "duplicate warfarin RDE on 5E", D(2026, 12, 2, 7, 30, 9),
                multi("mixed", [body, att(hl7(segs), "text/plain", "RDE7710221.txt", cte="quoted-printable",
                                          params=[("charset", "us-ascii")])]))


@msg("fr-hl7-siu-rendezvous-irm", "phi",
     "French radiology integration email with an HL7 SIU attached: named patient, birth date, knee MRI appointment",
     lang="fr")
def _():
    segs = [
        "MSH|^~\\&|XPLORE|CIMAGERIE|RIS_CONNECT|CIMAGERIE|20261203094400||SIU^S12^SIU_S12|SIU-FR-3310|P|2.5|||||FRA|8859/1",
        "SCH|RDV88120||||||IRM^IRM genou|IRM|30|min|^^30^20261211083000^20261211090000|||||DR LEFEBVRE^MARIE",
        "PID|1||4417820^^^CIMAGERIE^PI||BEAUCHAMP^ODETTE^^^^^L||19610915|F|||12 RUE DES LILAS^^GRENOBLE^^38000^FRA",
        "PV1|1|O|IRM1^^^CIMAGERIE",
        "AIS|1||IRMGEN^IRM du genou droit^LOCAL|20261211083000|||30|min",
        "NTE|1||Gonalgie droite, suspicion de lésion méniscale. Pas de pacemaker.",
    ]
    data = hl7(segs).decode().encode("iso-8859-1")
    bs = """Bonjour Nicolas,

Les rendez-vous IRM pris depuis Xplore n'arrivent pas dans le RIS depuis
la mise à jour de mardi. Je vous joins le message SIU de Mme Beauchamp
(IRM du genou droit le 11/12 à 8h30) tel qu'il sort du connecteur. Le
jeu de caractères déclaré en MSH-18 est 8859/1, le RIS attend peut-être
de l'UTF-8 à cause des accents dans le NTE ?

Merci de regarder en priorité, nous avons 40 rendez-vous en attente.

Sophie Marchetti
Cellule informatique, Centre d'Imagerie des Alpes
04 555 0131
"""
    return mail(A("Sophie Marchetti", "s.marchetti@cimagerie-alpes.example.fr.test"),
                A("Nicolas Roussel", "n.roussel@ris-connect.example.fr.test"),
                "SIU IRM non intégrés dans le RIS depuis mardi", D(2026, 12, 3, 10, 2, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-1", cte="quoted-printable"),
                                att(data, "application/octet-stream", "SIU-FR-3310.hl7")]),
                scs="iso-8859-1", senc="Q")


@msg("de-hl7-mdm-arztbrief-dat", "phi",
     "German hospital IT email with an MDM discharge letter (.dat): named patient, birth date, NSTEMI diagnosis and medication",
     lang="de")
def _():
    segs = [
        "MSH|^~\\&|KIS|KLINIKUM-NORD|PORTAL|EINWEISER|20261201150010||MDM^T02^MDM_T02|MDM-DE-77120|P|2.5|||||DEU|UNICODE UTF-8",
        "EVN|T02|20261201150010",
        "PID|1||3308812^^^KNORD^PI||ZIELINSKI^MAGNUS^^^^^L||19580504|M|||Lindenallee 14^^Hamburg^^22089^DEU",
        "PV1|1|I|KARDIO^B3.12^1^KNORD",
        "TXA|1|AB^Arztbrief^LOCAL|TX|20261201143000||||||||DOC-DE-55021||||||AU",
        "OBX|1|TX|ARZTBRIEF^Arztbrief^LOCAL||Diagnosen: NSTEMI (I21.4), koronare 2-Gefäßerkrankung, PCI RIVA mit DES am 27.11.2026.||||||F",
        "OBX|2|TX|ARZTBRIEF^Arztbrief^LOCAL||Medikation: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1 für 12 Monate, Atorvastatin 80 mg 0-0-1, Bisoprolol 2,5 mg 1-0-0.||||||F",
        "OBX|3|TX|ARZTBRIEF^Arztbrief^LOCAL||Procedere: kardiologische Kontrolle in 4 Wochen, Belastungs-EKG nach 3 Monaten.||||||F",
    ]
    bs = """Hallo Herr Bergström,

anbei die MDM-Nachricht mit dem Arztbrief von Herrn Zielinski, die im
Einweiserportal nicht angekommen ist (Datei aus dem Fehlerordner des
Kommunikationsservers). Der Brief ist vidiert (TXA-17 = AU), trotzdem
lehnt das Portal mit "Einweiser nicht zugeordnet" ab. Vermutlich fehlt
PV1-8 (zuweisender Arzt). Können Sie das Mapping prüfen?

Viele Grüße
Florian Eberhardt
IT / Schnittstellen, Klinikum Nord
Tel. 040 555-0148
"""
    return mail(A("Florian Eberhardt", "f.eberhardt@klinikum-nord.example.de.test"),
                A("Lars Bergström", "l.bergstroem@portalsoft.example.de.test", "utf-8", "Q"),
                "MDM Arztbrief nicht im Einweiserportal (PV1-8 fehlt?)", D(2026, 12, 1, 15, 40, 0, "+0100"),
                multi("mixed", [text(bs, cs="utf-8", cte="8bit"),
                                att(hl7(segs), "application/octet-stream", "MDM-DE-77120.dat")]),
                scs="utf-8", senc="Q")


@msg("hl7-vxu-adult-flu-test-vs-prod", "phi",
     "interface engineer finds a VXU sent with MSH-11 P by mistake: a real named adult's influenza and COVID-19 doses")
def _():
    segs = [
        "MSH|^~\\&|RETAILRX|VALLEYRX3|STATEIIS|STATEIIS|20261130141102||VXU^V04^VXU_V04|VRX3-20261130-118|P|2.5.1|||ER|AL",
        "PID|1||VRX3-88120^^^VALLEYRX^PI||FITZGERALD^HORACE^W^^^^L||19490722|M|||301 CANAL ST^^DAYTON^OH^45402",
        "ORC|RE||IMM44120^VALLEYRX",
        "RXA|0|1|20261130||197^Influenza, high-dose, quadrivalent^CVX|0.7|mL^mL^UCUM||00^New immunization record^NIP001|||||||FLU2611H|20270630||||CP|A",
        "RXR|C28161^Intramuscular^NCIT|LD^Left Deltoid^HL70163",
        "ORC|RE||IMM44121^VALLEYRX",
        "RXA|0|1|20261130||309^COVID-19, mRNA, 2026-2027 formula^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|||||||CV26A188|20270331||||CP|A",
        "RXR|C28161^Intramuscular^NCIT|RD^Right Deltoid^HL70163",
    ]
    body = text("""Heads up - while testing the new store 3 immunization channel I noticed
it's stamping MSH-11 = P, not T, and the state accepted it. This one is
a real patient from the pharmacy's clinic day (flu high-dose + COVID
booster on 11/30), so it's fine that it went, but it means the test
channel is actually wired to production. Message below. I've stopped
the channel.

%s

Don't reuse this message in the test scripts, it's live PHI.

Rafael
""" % hl7_pasted(segs))
    return mail(A("Rafael Navarro", "rnavarro@valleyrx.example.com"), "pharmacy-systems@valleyrx.example.com",
                "store 3 imm channel is sending P to the state (live msg inside)", D(2026, 11, 30, 15, 20, 0), body)


# ---------------------------------------------------------------- HL7 restricted

@msg("hl7-siu-psychiatry-followup-dat", "restricted",
     "SIU^S12 (.dat, octet-stream) booking a named patient into an adult psychiatry medication visit for bipolar II disorder",
     cat="mh")
def _():
    segs = [
        "MSH|^~\\&|SCHED|LAKEFRONTBH|EHR|LAKEFRONTBH|20261202091030||SIU^S12^SIU_S12|SIU-BH-22017|P|2.5.1",
        "SCH|BH55102||||||MEDMGMT^Medication management|PSYFU^Psychiatry follow-up|30|min|^^30^20261209131500^20261209134500|||||||||||||BOOKED",
        "PID|1||LBH0044128^^^LFBH^MR||YAMAMOTO^KENJI^T||19890110|M|||4100 SHORE DR^^CLEVELAND^OH^44103||^PRN^CP^^1^216^5550165",
        "PV1|1|O|ADULTPSY^^^LFBH",
        "DG1|1||F31.81^Bipolar II disorder^I10",
        "RGS|1",
        "AIS|1||99214^Med mgmt 30^CPT|20261209131500|||30|min",
        "NTE|1||Lamotrigine titration - check rash, mood chart. Labs not needed.",
        "AIP|1||%s^LINDQVIST^LINNEA^^^^MD^^NPI|PSY^Psychiatrist" % npi("lindqvist-linnea"),
        "AIL|1||ADULTPSY^^^LFBH^^^^Adult Psychiatry Clinic 3rd floor",
    ]
    body = text("""Attaching the SIU that is creating the duplicate visit in the EHR
(SIU-BH-22017). The scheduling system sends it once as S12 and again 40
seconds later as S14 with the same SCH-1. Our inbound channel treats the
S14 as a new booking. Raw file from the archive, .dat as exported.

Bilal
Lakefront Behavioral Health - Applications
""")
    return mail(A("Bilal Chaudhry", "bchaudhry@lakefrontbh.example.org"), "vendor-support@schedpro.example.com",
                "Duplicate visits from S12/S14 - sample attached (case 55102)", D(2026, 12, 2, 9, 44, 15),
                multi("mixed", [body, att(hl7(segs), "application/octet-stream", "SIU-BH-22017.dat")]))


@msg("hl7-mdm-therapy-note-pasted", "restricted",
     "IT ticket pasting a stuck MDM^T02: a named client's psychotherapy progress note for PTSD with PCL-5 score",
     cat="mh")
def _():
    segs = [
        "MSH|^~\\&|BHNOTES|CLEARWATER|EHR|CLEARWATER|20261201170544||MDM^T02^MDM_T02|BHN-0098812|P|2.5",
        "EVN|T02|20261201170544",
        "PID|1||CCC-33019^^^CCC^MR||VALDIVIA^XIMENA||19970218|F",
        "PV1|1|O|OFFICE2^^^CCC",
        "TXA|1|PN^Psychotherapy Progress Note|TX|20261201160000|%s^DESROSIERS^ODETTE^^^^LICSW^^NPI||20261201170500|||||BHN-DOC-55120||||||AU" % npi("desrosiers-odette"),
        "OBX|1|TX|PN^Progress Note^L||Session 9 of CPT (cognitive processing therapy) for PTSD (F43.10) following MVA 03/2026.||||||F",
        "OBX|2|TX|PN^Progress Note^L||Client reports nightmares 3x/wk (down from nightly). Avoids highway driving. PCL-5 today 41 (intake 58).||||||F",
        "OBX|3|TX|PN^Progress Note^L||Worked on stuck points re: self-blame. Homework: impact statement rewrite. Denies SI/HI.||||||F",
        "OBX|4|TX|PN^Progress Note^L||Plan: continue weekly CPT, coordinate with PCP re: prazosin trial.||||||F",
    ]
    body = text("""Ticket #48817 - Clearwater Counseling - "notes not showing in chart"

Hi Ximena's therapist (Odette) says her 12/1 note never filed. I found
it in the engine's error queue: the EHR NACKs with "TXA-2 document type
PN not mapped". Full message below so you can reproduce. Please purge
this ticket text once fixed, it has the full note.

%s

Fix: add PN -> "Psychotherapy Note" to the doc type table and reprocess.

-- Noah, MSP helpdesk (TechCare Partners)
""" % hl7_pasted(segs))
    return mail(A("TechCare Helpdesk", "helpdesk@techcarepartners.example.net"),
                "it@clearwatercounseling.example.org", "[#48817] notes not showing in chart - update",
                D(2026, 12, 2, 8, 12, 0, "-0800"), body)


@msg("hl7-rde-naltrexone-aud", "restricted",
     "RDE^O11 (QP text attachment) ordering oral naltrexone for a named patient's alcohol use disorder",
     cat="sud")
def _():
    segs = [
        "MSH|^~\\&|EHR|RIVERBENDFM|RXHUB|CORNERDRUG|20261201152030||RDE^O11^RDE_O11|RDE-RFM-44012|P|2.5.1",
        "PID|1||RFM-118830^^^RFM^MR||LOCKHART^CEDRIC^W||19760927|M|||19 ELM ST^^HOLLOWAY^OH^43017",
        "ORC|NW|RX-RFM-44012|||||^^^20261201^^R||20261201152030|||%s^OKAFOR^ADAEZE^^^^MD^^NPI" % npi("okafor-adaeze"),
        "RXE|^^^20261201^^R|NALT50^Naltrexone 50 mg tablet^LOCAL|50||mg|TAB|Take 1 tablet daily. Do not take with opioid pain medicines.|||30|TAB|1||||||||||||||||||||||F10.20^Alcohol use disorder, moderate^I10",
        "RXR|PO^Oral^HL70162",
        "NTE|1||Pt completed outpatient detox 11/24. LFTs normal 11/28. Also started on acamprosate? NO - naltrexone only.",
    ]
    body = text("""Corner Drug,

The e-prescription for naltrexone from Dr. Okafor bounced from the hub
(RDE attached). Can you enter it manually? Patient is coming in this
afternoon. It's for his alcohol use disorder; he just finished detox so
please counsel on avoiding opioids.

Riverbend Family Medicine, nursing line 614-555-0140
""")
    return mail(A("Riverbend FM Nursing", "nursing@riverbendfm.example.com"), "rx12@cornerdrug.example.com",
                "eRx bounced - naltrexone for C. Lockhart", D(2026, 12, 1, 15, 31, 0),
                multi("mixed", [body, att(hl7(segs), "text/plain", "RDE-RFM-44012.txt", cte="quoted-printable",
                                          params=[("charset", "us-ascii")])]))


@msg("hl7-orm-hiv-rna-order-octet", "restricted",
     "ORM^O01 (octet-stream) ordering HIV-1 RNA quantitation and resistance genotype for a named patient on ART",
     cat="hiv")
def _():
    segs = [
        "MSH|^~\\&|EHR|LAKEFRONTCLINIC|LIS|MERIDIANLAB|20261202094412||ORM^O01^ORM_O01|ORM-LFC-99120|P|2.3",
        "PID|1||LFC-220018^^^LFC^MR||ABERNATHY^DARNELL^K||19850113|M",
        "PV1|1|O|IDCLINIC^^^LFC",
        "ORC|NW|LFC-ORD-55012|||||^^^20261202^^R||20261202094412|||%s^CASTELLANOS^NOEMI^^^^MD^^NPI" % npi("castellanos-noemi-md"),
        "OBR|1|LFC-ORD-55012||HIVVL^HIV-1 RNA QUANT PCR^L|||20261202093000",
        "OBR|2|LFC-ORD-55013||HIVGENO^HIV-1 GENOTYPE (RT/PR/INT)^L|||20261202093000",
        "DG1|1||B20^Human immunodeficiency virus [HIV] disease^I10",
        "NTE|1||On bictegravir/FTC/TAF since 2021. Last VL 48 copies (08/2026), today r/o low-level viremia. Send genotype only if VL > 200.",
    ]
    body = text("""Meridian support,

The LIS rejected this order with "OBR-2 duplicate" for the second OBR.
Our EHR uses one placer per test so I'm not sure why. File attached as
exported. The sample is already drawn and in transit, courier manifest
LFC-1202-A.

Thanks
Zainab (ID clinic lab liaison)
""")
    return mail(A("Zainab Mbeki", "zmbeki@lakefrontclinic.example.org"), "lis-support@meridianlab.example.com",
                "Order rejected OBR-2 duplicate - sample in transit", D(2026, 12, 2, 9, 58, 0),
                multi("mixed", [body, att(hl7(segs), "application/octet-stream", "ORM-LFC-99120")]))


@msg("hl7-orm-exome-order-txt", "restricted",
     "ORM^O01 (text/plain .txt) ordering trio whole-exome sequencing for a named child with developmental delay",
     cat="gen")
def _():
    segs = [
        "MSH|^~\\&|EHR|CHILDRENSWEST|GENELIS|HELIXPATH|20261130111500||ORM^O01^ORM_O01|ORM-CW-30018|P|2.5.1",
        "PID|1||CW-8841920^^^CW^MR||OKONKWO^AMARA^N||20210716|F",
        "NK1|1|OKONKWO^CHIDI|FTH^Father",
        "NK1|2|OKONKWO^THANDIWE|MTH^Mother",
        "ORC|NW|CW-GEN-7712|||||^^^20261130^^R||20261130111500|||%s^STRAND^MAGNUS^^^^MD^^NPI" % npi("strand-magnus"),
        "OBR|1|CW-GEN-7712||WESTRIO^Whole exome sequencing, trio^L|||20261130100000",
        "OBX|1|TX|CLINHX^Clinical history^L||Global developmental delay, focal seizures since 18 mo, microcephaly (OFC -2.5 SD). Normal chromosomal microarray 2024.||||||F",
        "OBX|2|CE|CONSENT^Secondary findings^L||Y^Parents opt in to ACMG secondary findings||||||F",
        "NTE|1||Parental samples drawn same day, separate accessions. Genetic counseling completed 11/23.",
    ]
    body = text("""Helix Path client services - attaching the ORM for the Okonkwo trio
because your portal wants the parents' accessions linked manually. Proband
is Amara (DOB 07/16/2021); parents' tubes are labelled CW-GEN-7712-F and
-M. Please confirm receipt of all three.

Genetics clinic coordinator
Children's West
""")
    return mail(A("Genetics Clinic - Children's West", "genetics@childrenswest.example.org"),
                "clientservices@helixpath.example.com", "Trio WES order - link parental samples CW-GEN-7712",
                D(2026, 11, 30, 11, 30, 0, "-0800"),
                multi("mixed", [body, att(hl7(segs), "text/plain", "CW-GEN-7712.txt", params=[("charset", "us-ascii")])]))


@msg("hl7-siu-abortion-procedure-txt", "restricted",
     "SIU^S12 (text/plain .txt) booking a named patient for a first-trimester aspiration abortion at a reproductive health centre",
     cat="repro")
def _():
    segs = [
        "MSH|^~\\&|PMSCHED|RIVERSIDEWHC|ORSCHED|RIVERSIDEWHC|20261201143300||SIU^S12^SIU_S12|SIU-WHC-8812|P|2.5.1",
        "SCH|WHC-55210||||||PROC^Procedure|ASPAB^Aspiration abortion|60|min|^^60^20261205080000^20261205090000|||||||||||||BOOKED",
        "PID|1||WHC-100872^^^RWHC^MR||IVANOVA^TATIANA^S||19990404|F|||77 BIRCH AVE^^ALBANY^NY^12208||^PRN^CP^^1^518^5550143",
        "PV1|1|O|PROC1^^^RWHC",
        "DG1|1||Z33.2^Encounter for elective termination of pregnancy^I10",
        "AIS|1||59840^Induced abortion by dilation and curettage^CPT|20261205080000|||60|min",
        "NTE|1||GA 8w2d by US 11/30. Moderate sedation. Rh neg - RhIG. Companion driving.",
        "AIP|1||%s^BOUCHARD^DELPHINE^^^^MD^^NPI|SURG" % npi("bouchard-delphine"),
    ]
    body = text("""Hi,

This SIU won't post to the procedure board - the OR scheduling module
returns "AIS-3 code not in procedure master". It's CPT 59840, which we
only added last month. Attaching the message so you can check the master
file load. Please handle it discreetly and delete the file when done.

Thanks,
Front office, Riverside Women's Health Center
""")
    return mail(A("Riverside WHC Front Office", "frontoffice@riversidewhc.example.org"), "support@orsched.example.com",
                "procedure not posting - AIS-3 not in master", D(2026, 12, 1, 14, 41, 0),
                multi("mixed", [body, att(hl7(segs), "text/plain", "SIU-WHC-8812.txt", params=[("charset", "us-ascii")])]))


@msg("hl7-dft-fertility-charges", "restricted",
     "DFT^P03 (octet-stream) posting a named patient's oocyte retrieval and embryo cryopreservation charges with infertility diagnosis",
     cat="repro")
def _():
    segs = [
        "MSH|^~\\&|ARTWORKS|BRIDGEFERT|PM|BRIDGEFERT|20261201180012||DFT^P03^DFT_P03|DFT-BF-3321|P|2.5",
        "EVN|P03|20261201180012",
        "PID|1||BF-20477^^^BF^MR~BF-A-88120^^^BF^AN||SZYMANSKI^KATERYNA||19900322|F",
        "PV1|1|O|ORSUITE^^^BF",
        "FT1|1|||20261130|20261130|CG|58970^Follicle puncture for oocyte retrieval^CPT|||1|||||||||N97.9^Female infertility, unspecified^I10",
        "FT1|2|||20261130|20261130|CG|89254^Oocyte identification from follicular fluid^CPT|||1|||||||||N97.9^Female infertility, unspecified^I10",
        "FT1|3|||20261205|20261205|CG|89258^Cryopreservation, embryo(s)^CPT|||1|||||||||N97.9^Female infertility, unspecified^I10",
        "FT1|4|||20261205|20261205|CG|89342^Storage, per year, embryo(s)^CPT|||1|||||||||N97.9^Female infertility, unspecified^I10",
        "DG1|1||N97.9^Female infertility, unspecified^I10",
    ]
    body = text("""These charges came in twice from the embryology system (ARTWORKS)
and posted double to the patient account. I've reversed the second set.
Raw DFT attached for the vendor ticket. Patient has already been billed
once for the storage year so please make sure the 89342 doesn't
generate a second statement.

Odette - patient accounts
""")
    return mail(A("Odette Beauchamp", "obeauchamp@bridgefertility.example.com"), "pm-support@bridgefertility.example.com",
                "double-posted ARTWORKS charges - DFT attached", D(2026, 12, 1, 18, 30, 40),
                multi("mixed", [body, att(hl7(segs), "application/octet-stream", "DFT-BF-3321.dat")]))

# ---------------------------------------------------------------- HL7 traps

@msg("trap-hl7-siu-test-msh11-t", "none",
     "SIU test message (MSH-11 T) for a ZZTEST patient in the scheduling integration test plan")
def _():
    segs = [
        "MSH|^~\\&|SCHED|LAKEFRONTBH|EHR|LAKEFRONTBH|20261203100000||SIU^S12^SIU_S12|TEST-SIU-0007|T|2.5.1",
        "SCH|TST0007||||||MEDMGMT^Medication management|PSYFU^Psychiatry follow-up|30|min|^^30^20261210090000^20261210093000|||||||||||||BOOKED",
        "PID|1||ZZ9999007^^^LFBH^MR||ZZTEST^SCHEDULING^SEVEN||19000101|U",
        "PV1|1|O|ADULTPSY^^^LFBH",
        "RGS|1",
        "AIS|1||99214^Med mgmt 30^CPT|20261210090000|||30|min",
        "AIL|1||ADULTPSY^^^LFBH",
    ]
    body = text("""Test case SCHED-07 (S12 followed by S14 with same SCH-1) for the
duplicate-visit fix. Test patient ZZTEST,SCHEDULING SEVEN (MRN ZZ9999007,
DOB 1900-01-01) lives only in the TST environment. Expected result: one
visit, updated in place. Message attached; S14 variant to follow.

Bilal
""")
    return mail(A("Bilal Chaudhry", "bchaudhry@lakefrontbh.example.org"), "vendor-support@schedpro.example.com",
                "case 55102 - test SCHED-07 message (TST)", D(2026, 12, 3, 10, 5, 0),
                multi("mixed", [body, att(hl7(segs), "application/hl7-v2", "TEST-SIU-0007.hl7")]))


@msg("trap-hl7-ack-aa-batch", "none",
     "batch of HL7 ACK messages (MSA AA) from a registry: message control IDs only, no patient segments")
def _():
    acks = []
    for i, mid in enumerate(["VXU20261202-0038", "VXU20261202-0039", "VXU20261202-0040"]):
        acks += ["MSH|^~\\&|STATEIIS|STATEIIS|PEDSEHR|SUNBEAMPEDS|2026120211%02d10||ACK^V04^ACK|IIS-ACK-%05d|P|2.5.1" % (40 + i, 8810 + i),
                 "MSA|AA|%s" % mid]
    body = text("""Hi Selma,

The three messages you resent this morning were accepted (ACKs below,
all AA). The RXA-17 rule only applies to doses reported more than 30 days
after administration, so the earlier AE you got was our validator being
overly strict; that's fixed in today's release.

%s

Registry Help Desk
""" % hl7_pasted(acks))
    return mail(A("IIS Help Desk", "iis-helpdesk@health.state.example.gov.test"), "skessler@sunbeampeds.example.com",
                "RE: VXU rejected AE - RXA-17 required?", D(2026, 12, 3, 9, 15, 0, "-0700"), body,
                extra=[("In-Reply-To", "<iis-q-2211@health.state.example.gov.test>")])


@msg("trap-hl7-interface-spec-vxu-fields", "none",
     "state immunisation registry onboarding spec: required VXU segments and fields by name, example values as placeholders")
def _():
    body = text("""Welcome to registry onboarding. Your VXU^V04 messages (HL7 2.5.1,
CDC implementation guide release 1.5) must meet the rules below before
we move you to production.

  Segment  Field    Name                          Usage  Notes
  MSH      MSH-11   Processing ID                 R      T during testing, P after go-live
  PID      PID-3    Patient identifier list       R      MRN with assigning authority
  PID      PID-5    Patient name                  R      legal name, type L
  PID      PID-7    Date of birth                 R      YYYYMMDD
  PID      PID-11   Address                       RE
  NK1      NK1-2/3  Responsible person            RE     required for patients < 19
  RXA      RXA-3    Date administered             R
  RXA      RXA-5    Vaccine (CVX)                 R      CVX code system
  RXA      RXA-9    Information source            R      00 = new record, 01 = historical
  RXA      RXA-15   Lot number                    RE
  RXA      RXA-17   Manufacturer (MVX)            RE     R if administered < 30 days
  OBX      64994-7  VFC eligibility               R      for new administrations

Example (placeholders, not a person):
  PID|1||<MRN>^^^<FACILITY>^MR||<LAST>^<FIRST>^^^^^L||<YYYYMMDD>|<SEX>

Send test messages with MSH-11 = T to the TEST endpoint only. Contact the
help desk for your facility's sender credentials.

Immunization Information System
""")
    return mail(A("IIS Onboarding", "iis-onboarding@health.state.example.gov.test"),
                "it@riverbendfm.example.com", "Registry onboarding: VXU message requirements (step 2 of 5)",
                D(2026, 11, 18, 13, 0, 0, "-0700"), body)


@msg("trap-it-log-field-names-only", "none",
     "interface-engine error log pasted into an IT ticket: validation errors name HL7 fields and message IDs, no field values")
def _():
    log = """2026-12-01T02:14:07.551Z WARN  [chan=ADT_IN] msg=ADT2612010007 PID-7 (Date/Time of Birth) empty - defaulting to null
2026-12-01T02:14:07.552Z WARN  [chan=ADT_IN] msg=ADT2612010007 PID-8 (Administrative Sex) value not in HL70001
2026-12-01T02:16:41.118Z ERROR [chan=ORU_OUT] msg=ORU2612010211 OBX-5 length 70211 exceeds max 65536 for value type FT
2026-12-01T02:16:41.119Z ERROR [chan=ORU_OUT] msg=ORU2612010211 routed to error queue (rule RQ-11)
2026-12-01T02:31:02.004Z WARN  [chan=SIU_IN] msg=SIU2612010044 SCH-11.4 start time in the past, accepted
2026-12-01T02:44:55.870Z ERROR [chan=DFT_IN] msg=DFT2612010019 FT1-7 transaction code not in CDM table
2026-12-01T02:44:55.871Z ERROR [chan=DFT_IN] msg=DFT2612010019 FT1-19 diagnosis required for charge type CG
2026-12-01T03:00:00.000Z INFO  [engine] nightly queue stats: ADT_IN 18211 ok / 2 warn; ORU_OUT 9920 ok / 1 err; DFT_IN 1880 ok / 1 err"""
    body = text("""INC-2290310 | P4 | Integration Engine

Overnight log excerpt below (values are masked by the engine's logging
policy; only field names and message IDs are written). Three issues:
large FT OBX from transcription, CDM mapping gap on DFT, and one ADT
without DOB from the registration kiosk.

%s

Assigned to interface team for the CDM table update.
""" % log)
    return mail(A("Mercy Valley IT Service Desk", "itsd@mercyvalley.example.org"), "interfaces@mercyvalley.example.org",
                "INC-2290310 assigned: overnight interface engine errors", D(2026, 12, 1, 7, 2, 0), body,
                extra=[("Auto-Submitted", "auto-generated")])


@msg("trap-hl7-mdm-test-psych-template", "none",
     "MDM test message (MSH-11 T, TEST patient, placeholder text) used to validate a new psychiatry progress-note type")
def _():
    segs = [
        "MSH|^~\\&|BHNOTES|CLEARWATER|EHR|CLEARWATER|20261203101500||MDM^T02^MDM_T02|TEST-MDM-0003|T|2.5",
        "EVN|T02|20261203101500",
        "PID|1||TEST-0003^^^CCC^MR||TEST^PSYCHNOTE^THREE||19000101|U",
        "PV1|1|O|OFFICE2^^^CCC",
        "TXA|1|PN^Psychotherapy Progress Note|TX|20261203100000|||20261203101500|||||TEST-DOC-0003||||||AU",
        "OBX|1|TX|PN^Progress Note^L||*** TEST NOTE - DO NOT FILE TO A REAL CHART ***||||||F",
        "OBX|2|TX|PN^Progress Note^L||Lorem ipsum dolor sit amet. Section headings: Subjective / Objective / Assessment / Plan.||||||F",
        "OBX|3|TX|PN^Progress Note^L||Line 3 of 3. Checks wrapping of long FT/TX lines past 80 characters in the EHR viewer.||||||F",
    ]
    body = text("""Odette, Noah - after the doc type fix I sent a test note through the
TST environment. Test patient TEST, PSYCHNOTE THREE; the note text is
placeholder. Please confirm it shows under "Psychotherapy Note" in the
test chart with restricted visibility before we reprocess the live
ones.

%s
""" % hl7_pasted(segs))
    return mail(A("TechCare Helpdesk", "helpdesk@techcarepartners.example.net"),
                ["it@clearwatercounseling.example.org", "odesrosiers@clearwatercounseling.example.org"],
                "[#48817] test note sent in TST - please verify", D(2026, 12, 3, 10, 20, 0, "-0800"), body)


@msg("trap-fr-hl7-test-pam-t", "none",
     "French IHE PAM integration-test email: HL7 test message (MSH-11 T) for a RECETTE test patient",
     lang="fr")
def _():
    segs = [
        "MSH|^~\\&|GAM|CHU-TEST|DPI|CHU-TEST|20261202143000||ADT^A04^ADT_A01|RECETTE-0012|T|2.5|||||FRA|8859/1|||2.10",
        "EVN||20261202143000",
        "PID|1||999000012^^^CHU-TEST^PI||RECETTE^TEST^^^^^L||19800101|M",
        "PV1|1|O|CONSULT^^^CHU-TEST",
        "ZBE|MVT-0012^CHU-TEST|20261202143000||INSERT|N",
    ]
    data = hl7(segs)
    bs = """Bonjour à tous,

Pour la campagne de recette PAM (profil IHE PAM France 2.10), voici le
message de test n°12 : création de venue externe pour le patient fictif
RECETTE TEST (IPP 999000012), environnement de recette uniquement. Le
segment ZBE est obligatoire depuis la version 2.10.

Merci de vérifier la réception côté DPI et de compléter la grille de
recette (onglet A04) avant vendredi.

Cordialement,
Équipe intégration - DSI
"""
    return mail(A("Équipe intégration DSI", "integration@chu-test.example.fr.test", "iso-8859-1", "Q"),
                "recette-pam@chu-test.example.fr.test", "Recette PAM - message de test n°12 (A04)",
                D(2026, 12, 2, 14, 40, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-1", cte="quoted-printable"),
                                att(data, "application/hl7-v2", "RECETTE-0012.hl7")]),
                scs="iso-8859-1", senc="Q")


@msg("trap-zh-hl7-ack", "none",
     "Chinese interface engineer's email with an HL7 ACK (MSA AE) and ERR segment naming a field, no patient data",
     lang="zh")
def _():
    segs = ["MSH|^~\\&|LIS|RENHE|HIS|RENHE|20261203091205||ACK^O21^ACK|ACK-771203|P|2.5.1",
            "MSA|AE|OML-20261203-0412",
            "ERR||OBR^1^4|103^Table value not found^HL70357|E||||OBR-4 项目代码不在字典中"]
    bs = """王工，你好：

今天上午检验系统返回的 ACK 如下，错误在 OBR-4（检验项目代码）。
新增的几个项目代码还没有同步到 LIS 字典表，所以被拒收了。
麻烦今天下班前把字典同步一下，然后我们这边重发。

%s

谢谢！
李明
信息科 接口组
电话 021-555-0139
""" % hl7_pasted(segs)
    return mail(A("李明", "liming@renhe-hospital.example.cn.test", "gbk", "B"),
                A("王工", "wang.gong@lisvendor.example.cn.test", "gbk", "B"),
                "检验申请 ACK 报错（OBR-4 字典缺失）", D(2026, 12, 3, 9, 30, 0, "+0800"),
                text(bs, cs="gbk", cte="base64"), scs="gbk", senc="B")

# ================================================================ FHIR

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
NPI_SYS = "http://hl7.org/fhir/sid/us-npi"
MBI_SYS = "http://hl7.org/fhir/sid/us-mbi"


def fpatient(pid, mrn, family, given, dob, sex, sysurl="urn:oid:2.16.840.1.113883.3.7712.1", extra_ids=None, addr=None, phone=None):
    p = {"resourceType": "Patient", "id": pid,
         "identifier": [{"use": "usual", "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                         "system": sysurl, "value": mrn}] + (extra_ids or []),
         "name": [{"family": family, "given": given if isinstance(given, list) else [given]}],
         "gender": {"F": "female", "M": "male", "U": "unknown"}[sex], "birthDate": dob}
    if addr:
        p["address"] = [addr]
    if phone:
        p["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
    return p


def entry(res, full=None):
    return {"fullUrl": full or "urn:uuid:%s" % H(json.dumps(res, sort_keys=True), 32),
            "resource": res}


@msg("fhir-bundle-patient-condition-medreq-htn", "phi",
     "FHIR Bundle (Patient, Condition, MedicationRequest, Observation) for a named patient with hypertension and CKD, lisinopril")
def _():
    pat = fpatient("pat-1", "RFM-204417", "Thorne", ["Harriet", "L"], "1958-03-02", "F",
                   addr={"line": ["52 Copper Beech Ln"], "city": "Holloway", "state": "OH", "postalCode": "43017"})
    doc = {"resourceType": "Practitioner", "id": "prac-1",
           "identifier": [{"system": NPI_SYS, "value": npi("okafor-adaeze")}],
           "name": [{"family": "Okafor", "given": ["Adaeze"], "prefix": ["Dr."]}]}
    cond = [{"resourceType": "Condition", "id": "cond-%d" % i, "subject": {"reference": "Patient/pat-1"},
             "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": "active"}]},
             "code": {"coding": [{"system": ICD10, "code": c, "display": d}]}, "onsetDateTime": o}
            for i, (c, d, o) in enumerate([("I10", "Essential (primary) hypertension", "2015-06-01"),
                                           ("N18.31", "Chronic kidney disease, stage 3a", "2024-02-14")], 1)]
    med = {"resourceType": "MedicationRequest", "id": "mr-1", "status": "active", "intent": "order",
           "subject": {"reference": "Patient/pat-1"}, "requester": {"reference": "Practitioner/prac-1"},
           "medicationCodeableConcept": {"text": "lisinopril 20 mg oral tablet"},
           "dosageInstruction": [{"text": "1 tablet by mouth daily"}], "authoredOn": "2026-11-23",
           "dispenseRequest": {"quantity": {"value": 90, "unit": "tablet"}, "numberOfRepeatsAllowed": 3}}
    obs = {"resourceType": "Observation", "id": "obs-1", "status": "final", "subject": {"reference": "Patient/pat-1"},
           "code": {"coding": [{"system": LOINC, "code": "85354-9", "display": "Blood pressure panel"}]},
           "effectiveDateTime": "2026-11-23T10:12:00-05:00",
           "component": [{"code": {"coding": [{"system": LOINC, "code": "8480-6"}]}, "valueQuantity": {"value": 152, "unit": "mm[Hg]"}},
                         {"code": {"coding": [{"system": LOINC, "code": "8462-4"}]}, "valueQuantity": {"value": 94, "unit": "mm[Hg]"}}]}
    b = {"resourceType": "Bundle", "type": "collection", "timestamp": "2026-11-23T11:02:00-05:00",
         "entry": [entry(x) for x in [pat, doc] + cond + [med, obs]]}
    body = text("""Tomasz,

Here's the bundle the care-management app posted to our endpoint for the
hypertension outreach pilot (one patient, Harriet Thorne). It validated
locally against US Core 6.1 except for the Observation category, which is
missing. Is the app supposed to send category = vital-signs, or do we add
it on ingest?

Vikram
""")
    return mail(A("Vikram Bakshi", "vbakshi@riverbendfm.example.com"), A("Tomasz Dabrowski", "tdabrowski@careloop.example.com"),
                "HTN outreach pilot - bundle missing Observation.category", D(2026, 11, 24, 9, 5, 0),
                multi("mixed", [body, att(jdump(b), "application/fhir+json", "bundle-thorne-20261123.json")]))


@msg("fhir-coverage-eob-json", "phi",
     "FHIR Coverage and ExplanationOfBenefit for a named member: knee arthroscopy claim, amounts paid and owed")
def _():
    cov = {"resourceType": "Coverage", "id": "cov-7712", "status": "active",
           "subscriberId": "BWH55012877", "beneficiary": {"reference": "Patient/p-55012"},
           "payor": [{"display": "Bluewater Health Plan"}],
           "class": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group"}]},
                      "value": "GRP-7710", "name": "Marchetti Tool & Die"}],
           "period": {"start": "2026-01-01", "end": "2026-12-31"}}
    pat = fpatient("p-55012", "BWH55012877", "Rinaldi", "Lorenzo", "1979-10-30", "M", sysurl="urn:oid:2.16.840.1.113883.3.9912.7")
    eob = {"resourceType": "ExplanationOfBenefit", "id": "eob-2611-88120", "status": "active", "use": "claim",
           "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional"}]},
           "patient": {"reference": "Patient/p-55012"}, "created": "2026-11-19",
           "insurance": [{"focal": True, "coverage": {"reference": "Coverage/cov-7712"}}],
           "provider": {"identifier": {"system": NPI_SYS, "value": npi("northgate-ortho")}, "display": "Northgate Orthopaedic Associates"},
           "outcome": "complete", "billablePeriod": {"start": "2026-10-28", "end": "2026-10-28"},
           "diagnosis": [{"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": ICD10, "code": "S83.241A", "display": "Other tear of medial meniscus, current injury, right knee"}]}}],
           "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "29881"}], "text": "Knee arthroscopy with meniscectomy"},
                     "servicedDate": "2026-10-28",
                     "adjudication": [{"category": {"coding": [{"code": "submitted"}]}, "amount": {"value": 5120.00, "currency": "USD"}},
                                      {"category": {"coding": [{"code": "eligible"}]}, "amount": {"value": 2206.40, "currency": "USD"}},
                                      {"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 1765.12, "currency": "USD"}},
                                      {"category": {"coding": [{"code": "coinsurance"}]}, "amount": {"value": 441.28, "currency": "USD"}}]}],
           "total": [{"category": {"coding": [{"code": "benefit"}]}, "amount": {"value": 1765.12, "currency": "USD"}}],
           "payment": {"date": "2026-11-21", "amount": {"value": 1765.12, "currency": "USD"}}}
    b = {"resourceType": "Bundle", "type": "searchset", "total": 3, "entry": [entry(x) for x in (pat, cov, eob)]}
    body = text("""Lorenzo authorized the MyHealthVault app to pull his claims through our
Patient Access API yesterday and then called member services saying the
app shows his knee surgery coinsurance as $0. Our API response is
attached - it clearly has $441.28 coinsurance, so I think the app is
reading the wrong adjudication category. Can the API team confirm and
reach out to the app developer?

Member Services escalation desk
""")
    return mail(A("Member Services Escalations", "ms-escalations@bluewaterhp.example.com"),
                "patient-access-api@bluewaterhp.example.com",
                "Member dispute about app showing $0 coinsurance (EOB eob-2611-88120)", D(2026, 11, 25, 14, 12, 0, "-0600"),
                multi("mixed", [body, att(jdump(b), "application/json", "eob-2611-88120_response.json")]))


@msg("fhir-documentreference-base64-discharge", "phi",
     "FHIR DocumentReference whose base64 attachment is a named patient's heart-failure discharge summary")
def _():
    note = """DISCHARGE SUMMARY
Patient: Earl T. Halvorsen   MRN: MRN00741852   DOB: 03/07/1946
Admitted: 11/17/2026   Discharged: 11/22/2026
Attending: Nadia Petrakis, MD

Principal diagnosis: Community-acquired pneumonia (J18.9)
Secondary: Acute on chronic diastolic heart failure (I50.33), AKI (N17.9)

Hospital course: Treated with ceftriaxone and azithromycin, transitioned
to oral cefpodoxime. Required BiPAP for 30 hours. Diuresed 4.1 kg with IV
furosemide. Creatinine peaked at 2.1, 1.3 at discharge.

Discharge medications: cefpodoxime 200 mg BID x 3 days, furosemide 40 mg
daily (increased), metoprolol succinate 50 mg daily, apixaban 5 mg BID.

Follow-up: PCP within 7 days, BMP in 1 week, cardiology in 4 weeks.
"""
    dr = {"resourceType": "DocumentReference", "id": "dr-dc-00871", "status": "current",
          "type": {"coding": [{"system": LOINC, "code": "18842-5", "display": "Discharge summary"}]},
          "subject": {"reference": "Patient/smh-00741852", "display": "Earl T Halvorsen"},
          "date": "2026-11-22T15:40:00-05:00",
          "author": [{"identifier": {"system": NPI_SYS, "value": npi("petrakis-nadia")}, "display": "Nadia Petrakis MD"}],
          "content": [{"attachment": {"contentType": "text/plain", "language": "en-US",
                                      "data": base64.b64encode(note.encode()).decode(), "title": "Discharge summary"}}],
          "context": {"period": {"start": "2026-11-17", "end": "2026-11-22"}}}
    body = text("""Hi HIE team,

Submitting the DocumentReference below via email as a fallback because
the push to your FHIR endpoint timed out (HTTP 504 at 15:41). The
document is the discharge summary for the patient's PCP at Riverbend.
Please load it manually and confirm.

St. Margaret Hospital - HIM Interfaces
""")
    return mail(A("SMH HIM Interfaces", "him-interfaces@stmargaret.example.org"), "support@ohiohie.example.org",
                "Fallback submission dr-dc-00871 (504 on push)", D(2026, 11, 22, 16, 2, 0),
                multi("mixed", [body, att(jdump(dr), "application/fhir+json", "dr-dc-00871.json")]))


@msg("fhir-ndjson-bulk-export-condition", "phi",
     "FHIR bulk-export NDJSON (Patient with MBIs, Condition) from an ACO to a quality vendor: 30 named beneficiaries with chronic conditions")
def _():
    r = R()
    pts = people(r, 30, 66, 94)
    conds = [("E11.9", "Type 2 diabetes mellitus without complications"), ("I50.32", "Chronic diastolic heart failure"),
             ("J44.9", "Chronic obstructive pulmonary disease, unspecified"), ("N18.4", "Chronic kidney disease, stage 4"),
             ("I48.20", "Chronic atrial fibrillation, unspecified"), ("E78.5", "Hyperlipidemia, unspecified"),
             ("M17.11", "Unilateral primary osteoarthritis, right knee")]
    pl, cl = [], []
    for i, p in enumerate(pts):
        pid = "aco-%04d" % (i + 1)
        pl.append(json.dumps(fpatient(pid, "HVA%06d" % (100000 + i * 37), p["last"], p["first"], p["dob"].isoformat(), p["sex"],
                                      extra_ids=[{"system": MBI_SYS, "value": mbi("aco-" + p["last"] + p["first"])}])))
        for c in r.sample(conds, r.randint(1, 3)):
            cl.append(json.dumps({"resourceType": "Condition", "id": "%s-%s" % (pid, c[0].replace(".", "")),
                                  "subject": {"reference": "Patient/" + pid},
                                  "code": {"coding": [{"system": ICD10, "code": c[0], "display": c[1]}]},
                                  "recordedDate": "2026-%02d-%02d" % (r.randint(1, 11), r.randint(1, 28))}))
    z = make_zip([("Patient.ndjson", "\n".join(pl) + "\n"), ("Condition.ndjson", "\n".join(cl) + "\n")])
    body = text("""Hi Lucinda,

Attached is the December bulk export for the HEDIS/quality measure run:
Patient.ndjson (30 attributed beneficiaries for the pilot panel) and
Condition.ndjson. Zipped because your SFTP is still down. Password was
not applied, so please move it to the secure share and delete this
email once downloaded.

Kenji
Heartland Valley ACO - Data Engineering
""")
    return mail(A("Kenji Nakashima", "knakashima@heartlandvalleyaco.example.org"), A("Lucinda Mbeki", "lmbeki@qualitymetrics.example.com"),
                "Dec bulk export (pilot panel) - SFTP down", D(2026, 12, 2, 16, 40, 0, "-0600"),
                multi("mixed", [body, att(z, "application/zip", "hva_export_202612_pilot.zip")]))


@msg("fhir-bundle-transaction-allergy-immunization", "phi",
     "FHIR transaction Bundle (Patient, Encounter, AllergyIntolerance, Immunization) for a named patient's urgent-care visit")
def _():
    pat = fpatient("uc-88120", "UC-88120", "Galloway", "Dorothea", "1992-12-09", "F", phone="+1-541-555-0187")
    enc = {"resourceType": "Encounter", "id": "enc-1", "status": "finished",
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
           "subject": {"reference": "Patient/uc-88120"}, "period": {"start": "2026-11-29T18:10:00-08:00", "end": "2026-11-29T19:02:00-08:00"},
           "reasonCode": [{"text": "Dog bite, left forearm"}]}
    al = {"resourceType": "AllergyIntolerance", "id": "al-1", "patient": {"reference": "Patient/uc-88120"},
          "code": {"text": "Penicillin"}, "reaction": [{"manifestation": [{"text": "Hives"}], "severity": "moderate"}]}
    im = {"resourceType": "Immunization", "id": "im-1", "status": "completed", "patient": {"reference": "Patient/uc-88120"},
          "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "115", "display": "Tdap"}]},
          "occurrenceDateTime": "2026-11-29T18:40:00-08:00", "lotNumber": "TD2611X"}
    b = {"resourceType": "Bundle", "type": "transaction",
         "entry": [dict(entry(x), request={"method": "POST", "url": x["resourceType"]}) for x in (pat, enc, al, im)]}
    body = text("""Sending the transaction bundle from last night's visit that our push to
the PCP's EHR rejected with 422 (AllergyIntolerance missing
clinicalStatus). Can your team add the clinicalStatus default on your
side, or should we fix the mapping? Patient is Dorothea Galloway,
dog bite + Tdap, PCN allergy.

Cascade Urgent Care - integration
""")
    return mail(A("Cascade Urgent Care Integration", "integration@cascadeuc.example.com"), "fhir-support@westbrookehr.example.com",
                "422 on transaction bundle - AllergyIntolerance.clinicalStatus", D(2026, 11, 30, 9, 0, 0, "-0800"),
                multi("mixed", [body, att(jdump(b), "application/fhir+json", "tx-bundle-uc-88120.json")]))


@msg("es-fhir-bundle-diabetes-mx", "phi",
     "Spanish (Mexico) email from a clinic integrator with a FHIR Bundle: named patient, CURP-like ID, HbA1c 9.1 and metformin",
     lang="es")
def _():
    pat = fpatient("mx-3310", "EXP-3310-22", "Saavedra Núñez", ["Rosa", "Elena"], "1971-05-19", "F",
                   sysurl="urn:oid:2.16.484.101.10.3310")
    obs = {"resourceType": "Observation", "id": "hba1c-1", "status": "final", "subject": {"reference": "Patient/mx-3310"},
           "code": {"coding": [{"system": LOINC, "code": "4548-4", "display": "Hemoglobina A1c"}]},
           "effectiveDateTime": "2026-11-26", "valueQuantity": {"value": 9.1, "unit": "%"},
           "interpretation": [{"text": "Alto"}]}
    med = {"resourceType": "MedicationStatement", "id": "ms-1", "status": "active", "subject": {"reference": "Patient/mx-3310"},
           "medicationCodeableConcept": {"text": "Metformina 850 mg tableta"}, "dosage": [{"text": "1 tableta cada 12 horas"}]}
    cond = {"resourceType": "Condition", "id": "dm2", "subject": {"reference": "Patient/mx-3310"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "E11.9"}], "text": "Diabetes mellitus tipo 2"}}
    b = {"resourceType": "Bundle", "type": "collection", "entry": [entry(x) for x in (pat, cond, obs, med)]}
    bs = """Hola Gustavo:

Te mando el Bundle de la paciente Rosa Elena Saavedra Núñez que el
laboratorio nos envió ayer. La HbA1c salió en 9.1 % y el sistema de la
clínica no generó la alerta para el médico tratante porque la
interpretación viene como texto ("Alto") y no como código. ¿Puedes
revisar el mapeo antes de la consulta de control del 9 de diciembre?

Saludos,
Ximena Ortega
Integraciones - Clínica Santa Fe del Bajío
"""
    return mail(A("Ximena Ortega", "xortega@clinicasantafe.example.com.mx.test"),
                A("Gustavo Ibarra", "gibarra@integra-salud.example.mx.test"),
                "Bundle FHIR sin alerta de HbA1c alta (Saavedra)", D(2026, 11, 27, 12, 20, 0, "-0600"),
                multi("mixed", [text(bs, cs="utf-8", cte="base64"),
                                att(jdump(b, ascii_only=False), "application/fhir+json", "bundle-mx-3310.json")]),
                scs="utf-8", senc="B")


@msg("nl-fhir-medicationdispense", "phi",
     "Dutch pharmacy-to-GP email with a FHIR MedicationDispense: named patient, BSN-style ID, metformin and amoxicillin dispensed",
     lang="nl")
def _():
    md = {"resourceType": "Bundle", "type": "collection", "entry": [
        entry(fpatient("nl-1", "PAT-441208", "de Vries-Bakker", ["Johanna"], "1954-08-21", "F", sysurl="urn:oid:2.16.840.1.113883.2.4.3.11.999.7.6")),
        entry({"resourceType": "MedicationDispense", "id": "md-1", "status": "completed", "subject": {"reference": "Patient/nl-1"},
               "medicationCodeableConcept": {"text": "Metformine 500 mg tablet"}, "quantity": {"value": 180, "unit": "stuk"},
               "whenHandedOver": "2026-12-01T10:20:00+01:00", "dosageInstruction": [{"text": "3 maal daags 1 tablet"}]}),
        entry({"resourceType": "MedicationDispense", "id": "md-2", "status": "completed", "subject": {"reference": "Patient/nl-1"},
               "medicationCodeableConcept": {"text": "Amoxicilline 500 mg capsule"}, "quantity": {"value": 21, "unit": "stuk"},
               "whenHandedOver": "2026-12-01T10:20:00+01:00", "dosageInstruction": [{"text": "3 maal daags 1 capsule, 7 dagen"}]})]}
    bs = """Beste collega,

Bijgaand de verstrekkingen van vandaag voor mevrouw J. de Vries-Bakker
(geb. 21-08-1954), omdat de koppeling met uw HIS sinds vanochtend
storing geeft. Let op: zij kreeg amoxicilline voor de luchtweginfectie
naast haar metformine; de nierfunctie van oktober (eGFR 48) is in de
dosering meegenomen.

Met vriendelijke groet,
Apotheek De Linde
Annika Achterberg, apotheker
030 555 0129
"""
    return mail(A("Apotheek De Linde", "info@apotheekdelinde.example.nl.test"), "assistentie@huisartsenpraktijk-oost.example.nl.test",
                "Verstrekkingen 01-12 mw. De Vries-Bakker (koppeling storing)", D(2026, 12, 1, 11, 5, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-15", cte="quoted-printable"),
                                att(jdump(md, ascii_only=False), "application/fhir+json", "verstrekkingen-20261201.json")]),
                scs="iso-8859-15", senc="Q")


@msg("eligibility-271-json-api-response", "phi",
     "eligibility API JSON response (not X12) for a named member before a booked sleep study: deductible, coinsurance, auth required")
def _():
    resp = {"requestId": "elg-7f3a-2291", "status": "active", "payer": {"name": "Keystone Mutual Health", "payerId": "61120"},
            "subscriber": {"memberId": "KMH330912880", "firstName": "Lionel", "lastName": "Pruitt", "dateOfBirth": "1966-01-27",
                           "groupNumber": "G8841"},
            "serviceRequested": {"serviceTypeCode": "4", "description": "Diagnostic imaging / polysomnography", "cpt": "95810",
                                 "scheduledDate": "2026-12-14", "facility": "Lakeside Sleep Center"},
            "benefits": {"deductible": {"individual": 1500, "met": 1212.40}, "coinsurance": 0.2, "outOfPocketMax": 5000,
                         "priorAuthRequired": True, "notes": "In-lab PSG requires PA unless home sleep test failed or contraindicated."}}
    body = text("""API response for tomorrow's PSG patients - Lionel Pruitt comes back PA
required. Dr. Chaudhry's note says the home test was non-diagnostic in
October, so we should have grounds. Raw JSON below for the auth team.

%s
-- scheduling bot (sleepcenter-elig-check), run 12/03 06:00
""" % jdump(resp))
    return mail(A("Sleep Center Eligibility Bot", "elig-bot@lakesidesleep.example.com"), "auth-team@lakesidesleep.example.com",
                "[elig] 1 of 9 patients for 12/14 needs PA", D(2026, 12, 3, 6, 0, 12), body,
                extra=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- FHIR restricted

PHQ9 = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
        "Poor appetite or overeating", "Feeling bad about yourself - or that you are a failure or have let yourself or your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed, or the opposite",
        "Thoughts that you would be better off dead, or of hurting yourself in some way"]
PHQ9_LOINC = ["44250-9", "44255-8", "44259-0", "44254-1", "44251-7", "44258-2", "44252-5", "44253-3", "44260-8"]
PHQ_ANS = ["Not at all", "Several days", "More than half the days", "Nearly every day"]


@msg("fhir-questionnaireresponse-phq9", "restricted",
     "borderline: FHIR QuestionnaireResponse with a named patient's PHQ-9 answers (total 19, item 9 positive) routed to behavioural-health intake",
     cat="mh")
def _():
    scores = [2, 3, 2, 3, 2, 2, 2, 1, 2]
    qr = {"resourceType": "QuestionnaireResponse", "id": "qr-phq9-55120", "status": "completed",
          "questionnaire": "http://loinc.org/q/44249-1", "authored": "2026-12-02T08:41:10-05:00",
          "subject": {"reference": "Patient/rfm-118990", "display": "Janelle Redfern"},
          "item": [{"linkId": "/%s" % l, "text": t, "answer": [{"valueCoding": {"system": LOINC, "code": ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"][s], "display": PHQ_ANS[s]}}]}
                   for l, t, s in zip(PHQ9_LOINC, PHQ9, scores)] +
                  [{"linkId": "/44261-6", "text": "Patient Health Questionnaire 9 item (PHQ-9) total score", "answer": [{"valueInteger": sum(scores)}]}]}
    hook = {"event": "questionnaire.completed", "tenant": "riverbendfm", "deliveredAt": "2026-12-02T08:41:12-05:00",
            "routing": {"rule": "PHQ9>=15 OR item9>0", "queue": "BH-INTAKE", "priority": "same-day"},
            "patient": {"mrn": "RFM-118990", "name": "Janelle Redfern", "dob": "1990-07-04"},
            "resource": qr}
    body = text("""Automated routing notice - CheckIn Kiosk

A PHQ-9 completed in the waiting room met the same-day behavioral health
routing rule (total 19, item 9 answered). The webhook payload is
attached for the BH intake coordinator. Please contact the patient
before she leaves the clinic today.

Riverbend Family Medicine - kiosk integration
""")
    return mail(A("CheckIn Kiosk", "kiosk-noreply@riverbendfm.example.com"), "bh-intake@riverbendfm.example.com",
                "[same-day BH routing] PHQ-9 completed - check-in 08:41", D(2026, 12, 2, 8, 41, 30),
                multi("mixed", [body, att(jdump(hook), "application/json", "webhook-qr-phq9-55120.json")]),
                extra=[("Auto-Submitted", "auto-generated"), ("Importance", "High")])


@msg("fhir-consent-42cfr-part2", "restricted",
     "FHIR Consent for a named patient authorising disclosure of 42 CFR Part 2 substance-use treatment records to her PCP",
     cat="sud")
def _():
    consent = {"resourceType": "Consent", "id": "consent-ndr-4471", "status": "active",
               "scope": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/consentscope", "code": "patient-privacy"}]},
               "category": [{"coding": [{"system": LOINC, "code": "59284-0", "display": "Patient Consent"}]},
                            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "42CFRPart2"}]}],
               "patient": {"reference": "Patient/ndr-4471", "display": "Marguerite Olmstead"},
               "dateTime": "2026-11-27T14:00:00-05:00",
               "organization": [{"display": "New Dawn Recovery Campus"}],
               "provision": {"type": "permit", "period": {"start": "2026-11-27", "end": "2027-11-27"},
                             "actor": [{"role": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "code": "IRCP"}]},
                                        "reference": {"display": "Riverbend Family Medicine (Dr. Adaeze Okafor)"}}],
                             "purpose": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "TREAT"}],
                             "class": [{"code": "MedicationStatement"}, {"code": "Condition"}],
                             "code": [{"coding": [{"system": ICD10, "code": "F11.20", "display": "Opioid dependence, uncomplicated"}]}]}}
    body = text("""HIE onboarding team,

Attached is the first Part 2 consent we're publishing through the
consent registry (Marguerite Olmstead, on buprenorphine with us since
August). She's authorized us to share her OUD diagnosis and medication
list with her PCP for treatment only. Please confirm the registry will
enforce the IRCP actor restriction before we send any documents, and
that redisclosure notice text is attached on your side.

Compliance & Privacy
New Dawn Recovery Campus
""")
    return mail(A("New Dawn Compliance", "privacy@newdawnrecovery.example.org"), "consent-onboarding@ohiohie.example.org",
                "First Part 2 consent for registry - please confirm enforcement", D(2026, 11, 30, 13, 10, 0),
                multi("mixed", [body, att(jdump(consent), "application/fhir+json", "consent-ndr-4471.json")]))


@msg("fhir-bundle-art-medicationrequest", "restricted",
     "FHIR Bundle for a named patient: HIV Condition, bictegravir/FTC/TAF MedicationRequest and viral-load Observation",
     cat="hiv")
def _():
    pat = fpatient("lfc-220018", "LFC-220018", "Abernathy", ["Darnell", "K"], "1985-01-13", "M")
    cond = {"resourceType": "Condition", "id": "c-hiv", "subject": {"reference": "Patient/lfc-220018"},
            "code": {"coding": [{"system": ICD10, "code": "B20", "display": "Human immunodeficiency virus [HIV] disease"}]},
            "onsetDateTime": "2019-04-02"}
    mr = {"resourceType": "MedicationRequest", "id": "mr-art", "status": "active", "intent": "order",
          "subject": {"reference": "Patient/lfc-220018"},
          "medicationCodeableConcept": {"text": "bictegravir 50 mg / emtricitabine 200 mg / tenofovir alafenamide 25 mg tablet"},
          "dosageInstruction": [{"text": "1 tablet by mouth once daily"}],
          "requester": {"identifier": {"system": NPI_SYS, "value": npi("castellanos-noemi-md")}}}
    vl = {"resourceType": "Observation", "id": "vl-1", "status": "final", "subject": {"reference": "Patient/lfc-220018"},
          "code": {"coding": [{"system": LOINC, "code": "20447-9", "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
          "effectiveDateTime": "2026-12-02", "valueQuantity": {"value": 112, "unit": "copies/mL"}}
    b = {"resourceType": "Bundle", "type": "collection", "entry": [entry(x) for x in (pat, cond, mr, vl)]}
    body = text("""Attaching a sample of what our EHR sends to the specialty pharmacy's
adherence program for Ryan White clients (this one is real, Darnell's
from today, because the test patient didn't trigger the viral-load
rule). The pharmacy says they can't parse MedicationRequest without a
coded medication - can we add RxNorm?

Zainab
""")
    return mail(A("Zainab Mbeki", "zmbeki@lakefrontclinic.example.org"), "it-apps@lakefrontclinic.example.org",
                "pharmacy adherence feed - needs coded med (sample attached)", D(2026, 12, 3, 13, 2, 0),
                multi("mixed", [body, att(jdump(b), "application/json", "adherence-feed-sample.json")]))


@msg("fr-dossier-ndjson-vih", "restricted",
     "French hospital data-warehouse email with an NDJSON export of named patients' HIV viral-load Observations (not pseudonymised)",
     cat="hiv", lang="fr")
def _():
    r = R()
    noms = [("Lefèvre", "Amandine"), ("Traoré", "Ibrahim"), ("Morel", "Julien"), ("Diallo", "Fatoumata"),
            ("Garnier", "Sébastien"), ("Benali", "Yasmine"), ("Rousseau", "Thierry"), ("Kouassi", "Aya"),
            ("Perrin", "Hélène"), ("Mercier", "Olivier"), ("Fabre", "Nadia"), ("Chevalier", "Rémi")]
    lines = []
    for i, (n, p) in enumerate(noms):
        v = r.choice([20, 20, 20, 48, 112, 390, 12400])
        lines.append(json.dumps({"resourceType": "Observation", "id": "cv-%03d" % i, "status": "final",
                                 "subject": {"reference": "Patient/ipp-%07d" % (5400000 + i * 113), "display": "%s %s" % (p, n)},
                                 "code": {"coding": [{"system": LOINC, "code": "20447-9"}], "text": "Charge virale VIH-1 (ARN)"},
                                 "effectiveDateTime": "2026-11-%02d" % r.randint(2, 27),
                                 "valueQuantity": {"value": v, "unit": "copies/mL"},
                                 "note": [{"text": "< seuil de détection" if v == 20 else "détectable"}]}, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    bs = """Bonjour Rémi,

Comme convenu, voici l'extraction NDJSON des charges virales VIH de
novembre pour le service des maladies infectieuses (12 patients de la
file active, extraction test). Attention : le champ subject.display
contient encore les noms, la pseudonymisation n'est pas activée sur le
flux de recette. Merci de ne pas charger ce fichier dans l'entrepôt et
de le supprimer après vérification du format.

Cordialement,
Hélène Garnier
Entrepôt de données de santé - CHU Rive-Gauche
"""
    return mail(A("Hélène Garnier", "h.garnier@chu-rivegauche.example.fr.test", "utf-8", "Q"),
                A("Rémi Chevalier", "r.chevalier@chu-rivegauche.example.fr.test", "utf-8", "Q"),
                "Extraction NDJSON charges virales VIH - novembre (NE PAS CHARGER)", D(2026, 12, 3, 17, 45, 0, "+0100"),
                multi("mixed", [text(bs, cs="utf-8", cte="quoted-printable"),
                                att(data, "application/fhir+ndjson", "Observation_CV_VIH_202611.ndjson")]),
                scs="utf-8", senc="Q")


@msg("fhir-observation-genomics-variant", "restricted",
     "FHIR genomics Bundle for a named patient's expanded carrier screening: pathogenic CFTR variant, carrier status, partner testing advised",
     cat="gen")
def _():
    pat = fpatient("hp-77120", "HPD-77120", "Lindqvist", ["Linnea"], "1993-09-30", "F")
    var = {"resourceType": "Observation", "id": "var-1", "status": "final",
           "meta": {"profile": ["http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/variant"]},
           "subject": {"reference": "Patient/hp-77120"},
           "code": {"coding": [{"system": LOINC, "code": "69548-6", "display": "Genetic variant assessment"}]},
           "valueCodeableConcept": {"coding": [{"system": LOINC, "code": "LA9633-4", "display": "Present"}]},
           "component": [{"code": {"coding": [{"system": LOINC, "code": "48018-6", "display": "Gene studied"}]}, "valueCodeableConcept": {"text": "CFTR"}},
                         {"code": {"coding": [{"system": LOINC, "code": "48004-6", "display": "DNA change (c.HGVS)"}]}, "valueCodeableConcept": {"text": "c.1521_1523del (p.Phe508del)"}},
                         {"code": {"coding": [{"system": LOINC, "code": "53034-5", "display": "Allelic state"}]}, "valueCodeableConcept": {"text": "heterozygous"}},
                         {"code": {"coding": [{"system": LOINC, "code": "53037-8", "display": "Genetic variation clinical significance"}]}, "valueCodeableConcept": {"text": "Pathogenic"}}]}
    dx = {"resourceType": "Observation", "id": "interp-1", "status": "final", "subject": {"reference": "Patient/hp-77120"},
          "code": {"coding": [{"system": LOINC, "code": "51968-6", "display": "Genetic disease analysis overall interpretation"}]},
          "valueCodeableConcept": {"text": "Carrier for cystic fibrosis. Partner carrier screening recommended."}}
    b = {"resourceType": "Bundle", "type": "collection", "entry": [entry(x) for x in (pat, var, dx)]}
    body = text("""Dr. Haruna's office,

The structured result for your patient's expanded carrier screening is
attached (FHIR genomics bundle) because your EHR's inbound genomics
endpoint rejected the DiagnosticReport wrapper. PDF report is in the
portal. Patient is a CF carrier; our genetic counselor is available to
discuss partner testing.

Helix Path Diagnostics - Client Services
""")
    return mail(A("Helix Path Client Services", "clientservices@helixpath.example.com"), "ob-office@lakeshorewomens.example.com",
                "Structured carrier screening result - HPD-77120", D(2026, 12, 2, 12, 0, 0, "-0700"),
                multi("mixed", [body, att(jdump(b), "application/fhir+json", "HPD-77120-genomics.json")]))


@msg("nl-fhir-pgx-cyp2d6", "restricted",
     "Dutch pharmacy integration email with a FHIR pharmacogenetics result: named patient is a CYP2D6 poor metabolizer",
     cat="gen", lang="nl")
def _():
    obs = {"resourceType": "Observation", "id": "pgx-2d6", "status": "final",
           "subject": {"reference": "Patient/nl-8812", "display": "Pieter Jan Vermeulen"},
           "code": {"coding": [{"system": LOINC, "code": "79714-0", "display": "CYP2D6 gene product metabolic activity"}]},
           "component": [{"code": {"text": "Genotype"}, "valueCodeableConcept": {"text": "CYP2D6 *4/*4"}},
                         {"code": {"text": "Fenotype"}, "valueCodeableConcept": {"text": "Poor metabolizer (PM)"}}],
           "effectiveDateTime": "2026-11-20", "issued": "2026-11-26T09:00:00+01:00"}
    bs = """Hallo Sanne,

Het farmacogenetisch resultaat van dhr. P.J. Vermeulen (geb.
03-02-1961) komt niet door in ons apotheeksysteem; de FHIR-Observation
hieronder wordt afgewezen omdat het genotype als tekst binnenkomt. Het
gaat om CYP2D6 *4/*4, dus trage metaboliseerder - relevant voor zijn
tamoxifen. Kun je het handmatig als contra-indicatie vastleggen tot de
koppeling is aangepast?

%s
Groet,
Ruud
Apotheek Zuidwijk
""" % jdump(obs, ascii_only=False)
    return mail(A("Ruud Achterberg", "ruud@apotheekzuidwijk.example.nl.test"), A("Sanne de Boer", "sanne@apotheekzuidwijk.example.nl.test"),
                "Farmacogenetica-uitslag Vermeulen komt niet door", D(2026, 11, 26, 10, 15, 0, "+0100"),
                text(bs, cs="utf-8", cte="quoted-printable"), scs="utf-8", senc="Q")

# ---------------------------------------------------------------- FHIR traps

@msg("trap-fhir-questionnaire-phq9-definition", "none",
     "FHIR Questionnaire definition of the PHQ-9 (items and answer options, no responses, no patient) for a kiosk build")
def _():
    q = {"resourceType": "Questionnaire", "id": "phq-9-kiosk", "url": "https://forms.riverbendfm.example.com/Questionnaire/phq-9-kiosk",
         "version": "2.0.0", "status": "draft", "title": "PHQ-9 (kiosk edition)", "subjectType": ["Patient"],
         "code": [{"system": LOINC, "code": "44249-1", "display": "PHQ-9 quick depression assessment panel"}],
         "item": [{"linkId": "/%s" % l, "text": t, "type": "choice", "required": True,
                   "answerOption": [{"valueCoding": {"system": LOINC, "code": c, "display": a}}
                                    for c, a in zip(["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"], PHQ_ANS)]}
                  for l, t in zip(PHQ9_LOINC, PHQ9)] +
                 [{"linkId": "/44261-6", "text": "Total score", "type": "integer", "readOnly": True}]}
    body = text("""Hi team,

Draft Questionnaire for the kiosk PHQ-9 is attached for clinical review.
Changes from v1: answer options now use the LOINC answer list, item 9 is
required, and the total is computed (readOnly). Routing rule stays
"total >= 15 OR item 9 > 0 -> BH intake". Nothing here has been
answered yet; test responses will come from the sandbox.

Please sign off by Friday so we can publish to the kiosk tenant.

Tomasz Dabrowski
CareLoop implementation
""")
    return mail(A("Tomasz Dabrowski", "tdabrowski@careloop.example.com"),
                ["vbakshi@riverbendfm.example.com", "bh-intake@riverbendfm.example.com"],
                "PHQ-9 kiosk Questionnaire v2.0.0 for sign-off", D(2026, 11, 25, 15, 30, 0),
                multi("mixed", [body, att(jdump(q), "application/fhir+json", "Questionnaire-phq-9-kiosk.json")]))


@msg("trap-fhir-bulk-export-manifest", "none",
     "FHIR $export completion manifest: output file URLs and resource counts only")
def _():
    man = {"transactionTime": "2026-12-02T06:00:04Z", "request": "https://fhir.heartlandvalleyaco.example.org/Group/pilot-panel/$export?_type=Patient,Condition",
           "requiresAccessToken": True,
           "output": [{"type": "Patient", "url": "https://bulk.heartlandvalleyaco.example.org/out/8812/Patient.ndjson", "count": 30},
                      {"type": "Condition", "url": "https://bulk.heartlandvalleyaco.example.org/out/8812/Condition.ndjson", "count": 61}],
           "error": []}
    body = text("""Bulk export job 8812 completed.

%s
Files are retained for 72 hours. Download with a valid access token.

-- fhir-bulk-worker@hva-prod-03
""" % jdump(man))
    return mail(A("FHIR Bulk Worker", "bulk-noreply@heartlandvalleyaco.example.org"), "data-eng@heartlandvalleyaco.example.org",
                "$export job 8812 complete (2 files)", D(2026, 12, 2, 6, 0, 9, "-0600"), body,
                extra=[("Auto-Submitted", "auto-generated")])


@msg("trap-fhir-structuredefinition-coverage-profile", "none",
     "implementation-guide review email with a StructureDefinition (Coverage profile) naming subscriberId and MBI elements, no data")
def _():
    sd = {"resourceType": "StructureDefinition", "id": "kmh-coverage", "url": "https://ig.keystonemutual.example.com/StructureDefinition/kmh-coverage",
          "name": "KMHCoverage", "status": "draft", "kind": "resource", "abstract": False, "type": "Coverage",
          "baseDefinition": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-coverage", "derivation": "constraint",
          "differential": {"element": [
              {"id": "Coverage.subscriberId", "path": "Coverage.subscriberId", "min": 1, "short": "Member ID (12 chars, KMH prefix)"},
              {"id": "Coverage.identifier:mbi", "path": "Coverage.identifier", "sliceName": "mbi", "min": 0, "max": "1",
               "short": "Medicare Beneficiary Identifier for MA members", "patternIdentifier": {"system": MBI_SYS}},
              {"id": "Coverage.class:group", "path": "Coverage.class", "sliceName": "group", "min": 1},
              {"id": "Coverage.beneficiary", "path": "Coverage.beneficiary", "mustSupport": True}]}}
    body = text("""IG work group,

Draft Coverage profile for the Patient Access API is attached ahead of
Thursday's call. Main questions: (1) do we slice identifier for MBI or
use subscriberId for MA members, (2) is class:group required for
individual-market plans. No example instances yet.

Agnes Hollingsworth
Interoperability Architect, Keystone Mutual Health
""")
    return mail(A("Agnes Hollingsworth", "ahollingsworth@keystonemutual.example.com"), "ig-workgroup@keystonemutual.example.com",
                "Draft KMHCoverage profile for Thursday", D(2026, 11, 30, 16, 0, 0), multi("mixed", [body, att(jdump(sd), "application/fhir+json", "StructureDefinition-kmh-coverage.json")]))


@msg("trap-fhir-synthetic-bundle-marked-test", "none",
     "sandbox FHIR Bundle of generated patients tagged SYNTHETIC with obviously fake names, shared for app testing")
def _():
    tag = {"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue", "code": "SYNTH", "display": "synthetic"}
    ents = []
    for i, (fam, giv, dx) in enumerate([("Testperson", "Alpha", "E11.9"), ("Testperson", "Bravo", "I10"),
                                        ("Testperson", "Charlie", "J45.909")], 1):
        p = fpatient("synth-%d" % i, "SYN-%04d" % i, fam, giv, "1970-01-0%d" % i, "U")
        p["meta"] = {"tag": [tag]}
        ents.append(entry(p))
        ents.append(entry({"resourceType": "Condition", "id": "synth-c-%d" % i, "meta": {"tag": [tag]},
                           "subject": {"reference": "Patient/synth-%d" % i},
                           "code": {"coding": [{"system": ICD10, "code": dx}]}}))
    b = {"resourceType": "Bundle", "type": "collection", "meta": {"tag": [tag]}, "entry": ents}
    body = text("""Hi app devs,

For the sandbox: here's a small synthetic bundle (3 generated patients,
Testperson Alpha/Bravo/Charlie, each with one Condition). Everything is
tagged SYNTH and the sandbox rejects untagged resources, so you can't
accidentally load it into prod. Please use these instead of copying
from the production viewer.

Sandbox base URL: https://sandbox.careloop.example.com/fhir/r4

Tomasz
""")
    return mail(A("Tomasz Dabrowski", "tdabrowski@careloop.example.com"), "app-devs@careloop.example.com",
                "Synthetic sandbox bundle (use this, not prod copies)", D(2026, 12, 1, 11, 0, 0),
                multi("mixed", [body, att(jdump(b), "application/fhir+json", "synthetic-sandbox-bundle.json")]))


@msg("trap-fhir-consent-template-empty", "none",
     "legal review of a FHIR Consent template for 42 CFR Part 2 with {{placeholders}} for patient and recipient, no person")
def _():
    tmpl = """{
  "resourceType": "Consent",
  "status": "proposed",
  "category": [
    {"coding": [{"system": "http://loinc.org", "code": "59284-0"}]},
    {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "42CFRPart2"}]}
  ],
  "patient": {"reference": "Patient/{{patient_id}}", "display": "{{patient_name}}"},
  "dateTime": "{{signed_at}}",
  "organization": [{"display": "{{program_name}}"}],
  "provision": {
    "type": "permit",
    "period": {"start": "{{start_date}}", "end": "{{end_date}}"},
    "actor": [{"role": {"coding": [{"code": "IRCP"}]}, "reference": {"display": "{{recipient_name}}"}}],
    "purpose": [{"code": "{{purpose_code}}"}],
    "class": [{"code": "{{resource_types}}"}]
  }
}
"""
    body = text("""Hi Reuben,

Before we turn on the consent registry, legal needs to approve the
template below. Every value in {{...}} is filled from the signed form at
runtime; the template itself has no patient data. Questions for you:

- Is "permit" + a single IRCP actor enough to express "to my PCP only"?
- Does the redisclosure notice need to live in the Consent or in each
  DocumentReference?

%s
Thanks,
Compliance & Privacy
""" % tmpl)
    return mail(A("New Dawn Compliance", "privacy@newdawnrecovery.example.org"), A("Reuben Kettering, Counsel", "rkettering@healthlaw.example.com"),
                "Part 2 Consent template - legal review", D(2026, 11, 20, 10, 30, 0), body)


@msg("trap-nl-fhir-testdata-sandbox", "none",
     "Dutch vendor email with FHIR test data for a test environment: fictitious patients explicitly marked as test persons",
     lang="nl")
def _():
    b = {"resourceType": "Bundle", "type": "collection", "meta": {"tag": [{"code": "TEST", "display": "testdata"}]}, "entry": [
        entry(fpatient("test-1", "TEST-0001", "Testpatiënt", ["Test"], "1950-01-01", "F", sysurl="urn:oid:2.16.840.1.113883.2.4.3.11.999.7.6")),
        entry({"resourceType": "MedicationDispense", "id": "test-md-1", "status": "completed", "subject": {"reference": "Patient/test-1"},
               "medicationCodeableConcept": {"text": "Testmiddel 10 mg tablet"}, "quantity": {"value": 30, "unit": "stuk"}})]}
    bs = """Beste applicatiebeheerders,

Voor de acceptatietest van de nieuwe medicatiekoppeling sturen we u
hierbij de testset. Het gaat uitsluitend om fictieve testpersonen
(achternaam "Testpatiënt") en een fictief middel. Laad deze gegevens
alleen in de testomgeving; de productieomgeving weigert resources met
de tag TEST.

Planning: testen van 7 t/m 11 december, livegang 14 januari.

Met vriendelijke groet,
Koppelingen & Integratie, MedLink Software
"""
    return mail(A("MedLink Integratie", "integratie@medlink.example.nl.test"), "applicatiebeheer@apotheekzuidwijk.example.nl.test",
                "Testset medicatiekoppeling (alleen testomgeving)", D(2026, 12, 3, 9, 0, 0, "+0100"),
                multi("mixed", [text(bs, cs="utf-8", cte="8bit"),
                                att(jdump(b, ascii_only=False), "application/fhir+json", "testset-medicatie.json")]),
                scs="utf-8", senc="Q")


@msg("trap-ru-vendor-spec-fhir", "none",
     "Russian vendor specification email (windows-1251) listing FHIR resource fields for a lab integration, no data",
     lang="ru")
def _():
    bs = """Коллеги, добрый день!

Направляем спецификацию интеграции ЛИС с МИС по FHIR R4 (версия 1.3).
Кратко по обязательным полям:

  Patient.identifier      - номер медицинской карты (система МИС)
  Patient.name            - ФИО пациента
  Patient.birthDate       - дата рождения
  ServiceRequest.code     - код исследования (справочник ЛИС)
  Observation.code        - LOINC, при отсутствии - локальный код
  Observation.value[x]    - результат, единицы по UCUM
  DiagnosticReport.status - final / amended

Примеры запросов и ответов будут в приложении к спецификации; в них
используются только тестовые данные. Просим прислать замечания до
10 декабря.

С уважением,
Николай Иванов
руководитель проекта, ООО «ЛабСофт»
тел. +7 495 555-0144
"""
    return mail(A("Николай Иванов", "n.ivanov@labsoft.example.ru.test", "windows-1251", "B"),
                "integration@gkb-7.example.ru.test", "Спецификация интеграции ЛИС-МИС по FHIR, версия 1.3",
                D(2026, 12, 1, 11, 30, 0, "+0300"), text(bs, cs="windows-1251", cte="quoted-printable"),
                scs="windows-1251", senc="B")

# ================================================================ C-CDA and other XML

def xesc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def spreadsheetml(sheets, author="Excel"):
    out = ['<?xml version="1.0"?>', '<?mso-application progid="Excel.Sheet"?>',
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"',
           ' xmlns:o="urn:schemas-microsoft-com:office:office"',
           ' xmlns:x="urn:schemas-microsoft-com:office:excel"',
           ' xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"',
           ' xmlns:html="http://www.w3.org/TR/REC-html40">',
           ' <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">',
           '  <Author>%s</Author>' % xesc(author), '  <Created>2026-12-01T14:02:11Z</Created>', ' </DocumentProperties>',
           ' <Styles><Style ss:ID="h"><Font ss:Bold="1"/><Interior ss:Color="#D9E1F2" ss:Pattern="Solid"/></Style></Styles>']
    for name, rows in sheets:
        out.append(' <Worksheet ss:Name="%s">' % xesc(name))
        out.append('  <Table ss:ExpandedColumnCount="%d" ss:ExpandedRowCount="%d" x:FullColumns="1" x:FullRows="1">'
                   % (max(len(r_) for r_ in rows), len(rows)))
        for i, r_ in enumerate(rows):
            cells = []
            for v in r_:
                t = "Number" if isinstance(v, (int, float)) else "String"
                st = ' ss:StyleID="h"' if i == 0 else ""
                cells.append('<Cell%s><Data ss:Type="%s">%s</Data></Cell>' % (st, t, xesc(v)))
            out.append('   <Row>' + "".join(cells) + '</Row>')
        out.append('  </Table>')
        out.append(' </Worksheet>')
    out.append('</Workbook>')
    return "\n".join(out) + "\n"


def ccda(doc_id, title, patient, author, sections, confidentiality="N", extra_header=""):
    p = patient
    secs = []
    for tid, code, stitle, rows_hdr, rows in sections:
        th = "".join("<th>%s</th>" % xesc(h) for h in rows_hdr)
        trs = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % xesc(c) for c in r_) for r_ in rows)
        secs.append("""      <component>
        <section>
          <templateId root="%s" extension="2015-08-01"/>
          <code code="%s" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC"/>
          <title>%s</title>
          <text><table border="1"><thead><tr>%s</tr></thead><tbody>%s</tbody></table></text>
        </section>
      </component>""" % (tid, code, xesc(stitle), th, trs))
    return """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:sdtc="urn:hl7-org:sdtc">
  <realmCode code="US"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.1" extension="2015-08-01"/>
  <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
  <id root="2.16.840.1.113883.19.5.99999.1" extension="%s"/>
  <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summarization of Episode Note"/>
  <title>%s</title>
  <effectiveTime value="20261201120000-0500"/>
  <confidentialityCode code="%s" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="en-US"/>%s
  <recordTarget>
    <patientRole>
      <id root="%s" extension="%s"/>
      <addr use="HP"><streetAddressLine>%s</streetAddressLine><city>%s</city><state>%s</state><postalCode>%s</postalCode></addr>
      <telecom use="HP" value="tel:%s"/>
      <patient>
        <name use="L"><given>%s</given><family>%s</family></name>
        <administrativeGenderCode code="%s" codeSystem="2.16.840.1.113883.5.1"/>
        <birthTime value="%s"/>
      </patient>
    </patientRole>
  </recordTarget>
  <author>
    <time value="20261201120000-0500"/>
    <assignedAuthor>
      <id root="2.16.840.1.113883.4.6" extension="%s"/>
      <assignedPerson><name><given>%s</given><family>%s</family></name></assignedPerson>
      <representedOrganization><name>%s</name></representedOrganization>
    </assignedAuthor>
  </author>
  <custodian><assignedCustodian><representedCustodianOrganization>
    <id root="2.16.840.1.113883.4.6" extension="%s"/><name>%s</name>
  </representedCustodianOrganization></assignedCustodian></custodian>
  <component>
    <structuredBody>
%s
    </structuredBody>
  </component>
</ClinicalDocument>
""" % (doc_id, xesc(title), confidentiality, extra_header, p["oid"], p["mrn"], xesc(p["street"]), xesc(p["city"]), p["state"], p["zip"],
       p["tel"], xesc(p["given"]), xesc(p["family"]), p["sex"], p["dob"], author["npi"], xesc(author["given"]), xesc(author["family"]),
       xesc(author["org"]), author["org_npi"], xesc(author["org"]), "\n".join(secs))


PROB = "2.16.840.1.113883.10.20.22.2.5.1"
MEDS = "2.16.840.1.113883.10.20.22.2.1.1"
RES = "2.16.840.1.113883.10.20.22.2.3.1"
PLAN = "2.16.840.1.113883.10.20.22.2.10"


@msg("ccda-ccd-copd-referral", "phi",
     "C-CDA CCD sent with a pulmonology referral: named patient, DOB, COPD and heart-failure problems, inhalers, spirometry")
def _():
    pat = {"oid": "2.16.840.1.113883.19.5.99999.2", "mrn": "RFM-330441", "street": "7 Tannery Row", "city": "Holloway",
           "state": "OH", "zip": "43017", "tel": "+1-614-555-0163", "given": "Wendell", "family": "Echols", "sex": "M", "dob": "19520611"}
    au = {"npi": npi("lindqvist-soren"), "given": "Soren", "family": "Lindqvist", "org": "Riverbend Family Medicine",
          "org_npi": RIVERBEND["npi"]}
    xmltxt = ccda("RFM-CCD-881204", "Continuity of Care Document - referral to pulmonology", pat, au, [
        (PROB, "11450-4", "Problems", ["Problem", "ICD-10", "Status"],
         [["COPD with acute exacerbation (2 in 2026)", "J44.1", "Active"], ["Chronic diastolic heart failure", "I50.32", "Active"],
          ["Former smoker, 45 pack-years", "Z87.891", "Resolved"]]),
        (MEDS, "10160-0", "Medications", ["Medication", "Sig"],
         [["tiotropium 18 mcg inhalation capsule", "inhale 1 capsule daily"], ["budesonide/formoterol 160/4.5", "2 puffs BID"],
          ["albuterol HFA", "2 puffs q4h PRN"], ["furosemide 20 mg", "daily"]]),
        (RES, "30954-2", "Results", ["Test", "Value", "Date"],
         [["FEV1/FVC", "0.58", "2026-11-12"], ["FEV1 % predicted", "44 %", "2026-11-12"], ["NT-proBNP", "612 pg/mL", "2026-11-12"]]),
        (PLAN, "18776-5", "Plan of treatment", ["Plan"], [["Pulmonology evaluation for pulmonary rehab and possible home O2"]]),
    ])
    body = text("""Referral to Lakeshore Pulmonary Associates

Patient: Wendell Echols   DOB 06/11/1952
Reason: COPD, 2 exacerbations this year, FEV1 44% predicted - evaluate
for pulmonary rehab and ambulatory oxygen.

CCD attached. Please call our referral coordinator at 614-555-0145
with the appointment date.

Riverbend Family Medicine - Referrals
""")
    return mail(A("Riverbend FM Referrals", "referrals@riverbendfm.example.com"), "intake@lakeshorepulm.example.com",
                "Referral: Echols, Wendell - COPD", D(2026, 12, 1, 12, 15, 0),
                multi("mixed", [body, att(xmltxt, "application/xml", "CCD_Echols_W_20261201.xml")]))


@msg("xml-discharge-summary-namespaced", "phi",
     "vendor XML (namespaced) discharge feed for a named patient after hip replacement, with diagnoses and discharge medications")
def _():
    x = """<?xml version="1.0" encoding="UTF-8"?>
<cb:dischargeSummary xmlns:cb="https://schemas.carebridge.example.com/discharge/2.1" xmlns:pt="https://schemas.carebridge.example.com/patient/1.4" version="2.1">
  <cb:header>
    <cb:facility npi="%s">Mercy Valley Medical Center</cb:facility>
    <cb:encounterId>V9923310</cb:encounterId>
    <cb:admitted>2026-11-23T07:05:00-05:00</cb:admitted>
    <cb:discharged>2026-11-26T11:30:00-05:00</cb:discharged>
    <cb:disposition code="06">Home with home health</cb:disposition>
  </cb:header>
  <pt:patient>
    <pt:mrn>MV00118842</pt:mrn>
    <pt:name><pt:family>Iverson</pt:family><pt:given>Rosalind</pt:given></pt:name>
    <pt:birthDate>1949-04-18</pt:birthDate>
    <pt:sex>F</pt:sex>
  </pt:patient>
  <cb:diagnoses>
    <cb:diagnosis rank="1" code="M16.11">Unilateral primary osteoarthritis, right hip</cb:diagnosis>
    <cb:diagnosis rank="2" code="D62">Acute posthemorrhagic anemia</cb:diagnosis>
  </cb:diagnoses>
  <cb:procedures>
    <cb:procedure code="0SR9019" date="2026-11-23">Right total hip arthroplasty</cb:procedure>
  </cb:procedures>
  <cb:medications>
    <cb:med name="apixaban" dose="2.5 mg" route="PO" frequency="BID" duration="35 days"/>
    <cb:med name="oxycodone" dose="5 mg" route="PO" frequency="q6h PRN pain" duration="5 days"/>
    <cb:med name="ferrous sulfate" dose="325 mg" route="PO" frequency="daily"/>
  </cb:medications>
  <cb:followUp provider="Dr. G. Amundsen" when="2026-12-08">Ortho wound check, staples out</cb:followUp>
</cb:dischargeSummary>
""" % npi("mercy-valley")
    body = text("""Home health intake - the discharge feed for your new referral failed to
import (schema version 2.1 not supported by your reader). Sending the
XML directly. Start of care requested 11/27.

CareBridge Transitions (automated relay)
""")
    return mail(A("CareBridge Transitions", "relay@carebridge.example.com"), "intake@brightpathhomehealth.example.com",
                "Referral feed import failed - V9923310", D(2026, 11, 26, 12, 2, 0),
                multi("mixed", [body, att(x, "text/xml", "discharge_V9923310.xml", params=[("charset", "utf-8")])]),
                extra=[("Auto-Submitted", "auto-generated")])


@msg("spreadsheetml-dialysis-chair-schedule", "phi",
     "Excel 2003 XML (SpreadsheetML) dialysis chair schedule: named patients, MRNs, dry weights, access type and hepatitis B status")
def _():
    r = R()
    pts = people(r, 18, 35, 88)
    rows = [["Shift", "Chair", "Patient", "MRN", "Dry wt (kg)", "Access", "HBsAg", "Notes"]]
    for i, p in enumerate(pts):
        rows.append(["MWF %s" % ["06:00", "11:00", "16:00"][i // 6], "%d" % (i % 6 + 1), "%s, %s" % (p["last"], p["first"]),
                     "DX%06d" % (200000 + r.randrange(9999)), round(r.uniform(52, 118), 1),
                     r.choice(["AVF L arm", "AVF R arm", "AVG L thigh", "TDC R IJ"]),
                     r.choice(["neg", "neg", "neg", "immune"]),
                     r.choice(["", "", "EPO per protocol", "K bath 2", "transport by county van", "needs lift"])])
    data = spreadsheetml([("December", rows)], author="C. Tembo")
    body = text("""Team - December chair assignments attached (opens in Excel). Two
changes: Mr. Adeyemi moved to 11:00 chair 4 for the van schedule, and the
new TDC patient is on 16:00 chair 2 until her fistula matures.

Clement Tembo, RN
Charge Nurse, Prairie Dialysis
""")
    return mail(A("Clement Tembo", "ctembo@prairiedialysis.example.com"), "staff@prairiedialysis.example.com",
                "December chair schedule", D(2026, 11, 30, 15, 0, 0, "-0600"),
                multi("mixed", [body, att(data, "application/vnd.ms-excel", "chairs_2026-12.xml")]))


@msg("it-xml-referto-laboratorio", "phi",
     "Italian laboratory XML report (namespaced) for a named patient with codice fiscale-style ID: glucose, creatinine, HbA1c",
     lang="it")
def _():
    x = """<?xml version="1.0" encoding="UTF-8"?>
<lab:referto xmlns:lab="https://schemi.laboratorio-sanmarco.example.it.test/referto/3.0" xmlns:anag="https://schemi.laboratorio-sanmarco.example.it.test/anagrafica/1.2">
  <lab:intestazione numero="RF-2026-118820" data="2026-11-30"/>
  <anag:paziente>
    <anag:cognome>Marchetti</anag:cognome>
    <anag:nome>Carmela</anag:nome>
    <anag:dataNascita>1963-02-14</anag:dataNascita>
    <anag:codiceFiscale>MRCCML63B54F205X</anag:codiceFiscale>
  </anag:paziente>
  <lab:esami>
    <lab:esame codice="GLU" descrizione="Glucosio" valore="142" unita="mg/dL" riferimento="70-100" flag="H"/>
    <lab:esame codice="HBA1C" descrizione="Emoglobina glicata" valore="7.8" unita="%" riferimento="&lt;6.0" flag="H"/>
    <lab:esame codice="CREA" descrizione="Creatinina" valore="1.02" unita="mg/dL" riferimento="0.5-1.1"/>
  </lab:esami>
  <lab:medicoRichiedente>Dott. Lorenzo Pellegrino</lab:medicoRichiedente>
</lab:referto>
"""
    bs = """Gentile dottore,

in allegato il referto in formato XML della sig.ra Carmela Marchetti
(esami del 30/11). La glicata risulta 7,8 %, in aumento rispetto a
giugno. Il file PDF firmato è disponibile sul portale.

Cordiali saluti,
Laboratorio Analisi San Marco
Segreteria referti - tel. 02 555 0152
"""
    return mail(A("Laboratorio San Marco", "referti@laboratorio-sanmarco.example.it.test"), "studio.pellegrino@medicibase.example.it.test",
                "Referto XML - Marchetti Carmela (30/11/2026)", D(2026, 12, 1, 8, 20, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-15", cte="quoted-printable"),
                                att(x, "application/xml", "RF-2026-118820.xml")]), scs="iso-8859-15", senc="Q")


@msg("pl-skierowanie-xml", "phi",
     "Polish e-referral XML (CDA-style) for a named patient with PESEL-style number: cardiology referral for atrial fibrillation",
     lang="pl")
def _():
    x = """<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:extPL="urn:example:extPL:r2">
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
  <id root="2.16.840.1.113883.3.4424.2.7.999.1" extension="SKIER-2026-55120"/>
  <code code="57133-1" codeSystem="2.16.840.1.113883.6.1" displayName="Skierowanie"/>
  <title>Skierowanie do poradni kardiologicznej</title>
  <effectiveTime value="20261202"/>
  <recordTarget><patientRole>
    <id root="2.16.840.1.113883.3.4424.1.1.616" extension="58030412345"/>
    <patient><name><given>Zofia</given><family>Wachowska</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="19580304"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody><component><section>
    <title>Rozpoznanie</title>
    <text>I48.1 Migotanie przedsionków przetrwałe. Kołatania serca od 3 miesięcy, EKG: AF 110/min.</text>
  </section></component></structuredBody></component>
</ClinicalDocument>
"""
    bs = """Dzień dobry,

w załączniku przesyłam skierowanie dla pani Zofii Wachowskiej do
poradni kardiologicznej (migotanie przedsionków). System P1 zwrócił
błąd podczas wysyłki, dlatego wysyłam dokument mailem do rejestracji.
Proszę o informację o terminie wizyty.

Z poważaniem,
Przychodnia Rodzinna "Pod Lipami"
rejestracja, tel. 22 555 0136
"""
    return mail(A("Przychodnia Pod Lipami", "rejestracja@podlipami.example.pl.test"), "rejestracja@kardio-centrum.example.pl.test",
                "Skierowanie - Wachowska Zofia - poradnia kardiologiczna", D(2026, 12, 2, 13, 15, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-2", cte="quoted-printable"),
                                att(x, "text/xml", "skierowanie_SKIER-2026-55120.xml", params=[("charset", "utf-8")])]),
                scs="iso-8859-2", senc="Q")


@msg("ccda-sud-part2-redisclosure", "restricted",
     "C-CDA (confidentiality R) from a treatment programme with the 42 CFR Part 2 notice: named patient's opioid use disorder and buprenorphine",
     cat="sud")
def _():
    pat = {"oid": "2.16.840.1.113883.19.5.99999.44", "mrn": "NDR-4471", "street": "212 Wicker St", "city": "Pontiac",
           "state": "MI", "zip": "48342", "tel": "+1-248-555-0191", "given": "Marguerite", "family": "Olmstead", "sex": "F", "dob": "19880129"}
    au = {"npi": npi("haruna-aiko"), "given": "Aiko", "family": "Haruna", "org": "New Dawn Recovery Campus", "org_npi": npi("new-dawn")}
    hdr = """
  <!-- 42 CFR Part 2: This information has been disclosed to you from records protected by federal
       confidentiality rules (42 CFR part 2). Redisclosure is prohibited unless permitted by the rule. -->"""
    xmltxt = ccda("NDR-CCD-4471-03", "Transition of care - outpatient MOUD", pat, au, [
        (PROB, "11450-4", "Problems", ["Problem", "ICD-10", "Onset"],
         [["Opioid use disorder, severe, in early remission, on maintenance therapy", "F11.21", "2019"],
          ["Hepatitis C, chronic, treated (SVR12 2025)", "B18.2", "2021"]]),
        (MEDS, "10160-0", "Medications", ["Medication", "Sig"],
         [["buprenorphine/naloxone 8 mg/2 mg SL film", "1.5 films daily"], ["naloxone 4 mg nasal spray", "as needed for overdose"]]),
        (RES, "30954-2", "Results", ["Test", "Result", "Date"],
         [["Urine drug screen", "buprenorphine +, fentanyl neg", "2026-11-24"]]),
        (PLAN, "18776-5", "Plan of treatment", ["Plan"], [["Continue MOUD with PCP; weekly counseling at New Dawn IOP step-down"]]),
    ], confidentiality="R", extra_header=hdr)
    body = text("""Dr. Okafor,

With Ms. Olmstead's signed Part 2 consent (on file, expires 11/27/2027),
we're sending her transition-of-care document so you can take over her
buprenorphine prescribing. The notice prohibiting redisclosure applies.
She's scheduled with you 12/10.

Aiko Haruna, MD
Medical Director, New Dawn Recovery Campus
""")
    return mail(A("Aiko Haruna, MD", "aharuna@newdawnrecovery.example.org"), "aokafor@riverbendfm.example.com",
                "Transition of care - M. Olmstead (Part 2 protected)", D(2026, 12, 3, 16, 5, 0),
                multi("mixed", [body, att(xmltxt, "application/xml", "TOC_Olmstead_NDR-4471.xml")]),
                extra=[("Sensitivity", "Private")])


@msg("spreadsheetml-prep-clinic-roster", "restricted",
     "SpreadsheetML quarterly PrEP clinic roster: named patients on emtricitabine/tenofovir with HIV test dates, creatinine and STI screening",
     cat="hiv")
def _():
    r = R()
    pts = people(r, 24, 18, 58)
    rows = [["Patient", "DOB", "MRN", "Regimen", "Last HIV Ag/Ab", "Result", "Cr", "STI screen", "Next visit", "Navigator"]]
    for p in pts:
        rows.append(["%s %s" % (p["first"], p["last"]), p["dob"].strftime("%m/%d/%Y"), "LFC-%06d" % r.randrange(10**6),
                     r.choice(["FTC/TDF daily", "FTC/TDF daily", "FTC/TAF daily", "CAB-LA q2mo", "FTC/TDF 2-1-1"]),
                     "2026-%02d-%02d" % (r.randint(8, 11), r.randint(1, 28)), "Nonreactive",
                     round(r.uniform(0.6, 1.3), 2), r.choice(["done", "done", "due", "overdue"]),
                     "2027-%02d-%02d" % (r.randint(1, 3), r.randint(1, 28)), r.choice(["J. Ibarra", "S. Mendoza"])])
    data = spreadsheetml([("Q4 roster", rows)], author="PrEP Navigation")
    body = text("""Attached is the Q4 PrEP roster for Thursday's huddle. Rows marked
"overdue" need STI screening before their next refill. CAB-LA patients
are on the second sheet next quarter once the injection clinic opens.

-- PrEP navigation team
""")
    return mail(A("PrEP Navigation", "prep@lakefrontclinic.example.org"), "prep-huddle@lakefrontclinic.example.org",
                "Q4 PrEP roster for Thursday huddle", D(2026, 12, 1, 14, 5, 0),
                multi("mixed", [body, att(data, "application/vnd.ms-excel", "PrEP_roster_Q4_2026.xml")]))


# ---------------------------------------------------------------- XML traps

@msg("trap-ccda-sample-vendor-placeholder", "none",
     "EHR vendor's sample C-CDA for certification with bracketed placeholders and nullFlavor values, no real patient")
def _():
    pat = {"oid": "2.16.840.1.113883.19.5.99999.2", "mrn": "[MRN]", "street": "[STREET]", "city": "[CITY]", "state": "[ST]",
           "zip": "[ZIP]", "tel": "+1-555-555-0100", "given": "[GIVEN NAME]", "family": "[FAMILY NAME]", "sex": "UN", "dob": "19000101"}
    au = {"npi": npi("sample-author"), "given": "[AUTHOR GIVEN]", "family": "[AUTHOR FAMILY]", "org": "[ORGANIZATION]",
          "org_npi": npi("sample-org")}
    xmltxt = ccda("SAMPLE-CCD-0001", "SAMPLE Continuity of Care Document", pat, au, [
        (PROB, "11450-4", "Problems", ["Problem", "Code", "Status"], [["[PROBLEM]", "[ICD-10]", "[STATUS]"]]),
        (MEDS, "10160-0", "Medications", ["Medication", "Sig"], [["[MEDICATION]", "[SIG]"]]),
        (RES, "30954-2", "Results", ["Test", "Value", "Date"], [["[TEST]", "[VALUE]", "[DATE]"]]),
    ])
    body = text("""Hello partners,

As part of the 2027 certification update, attached is the sample CCD our
export produces. All demographic and clinical values are bracketed
placeholders; run it through your validator and report schematron errors
on the partner forum. A real-data conformance test is not required.

Westbrook EHR Interoperability Team
""")
    return mail(A("Westbrook EHR Interop", "interop@westbrookehr.example.com"), "partners@lists.westbrookehr.example.com",
                "Sample CCD for 2027 certification validation", D(2026, 11, 17, 10, 0, 0),
                multi("mixed", [body, att(xmltxt, "application/xml", "SAMPLE_CCD_2027.xml")]),
                extra=[("Precedence", "list")])


@msg("trap-xsd-discharge-schema", "none",
     "XSD schema for a discharge-summary feed (element names for MRN, diagnoses, medications), shared with a home-health partner")
def _():
    xsd = """<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="https://schemas.carebridge.example.com/discharge/2.1"
           xmlns:cb="https://schemas.carebridge.example.com/discharge/2.1"
           elementFormDefault="qualified" version="2.1">
  <xs:element name="dischargeSummary">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="header" type="cb:HeaderType"/>
        <xs:any namespace="https://schemas.carebridge.example.com/patient/1.4" processContents="lax"/>
        <xs:element name="diagnoses" type="cb:DiagnosesType"/>
        <xs:element name="procedures" type="cb:ProceduresType" minOccurs="0"/>
        <xs:element name="medications" type="cb:MedicationsType" minOccurs="0"/>
        <xs:element name="followUp" type="xs:string" minOccurs="0" maxOccurs="unbounded"/>
      </xs:sequence>
      <xs:attribute name="version" type="xs:string" fixed="2.1"/>
    </xs:complexType>
  </xs:element>
  <xs:complexType name="HeaderType">
    <xs:sequence>
      <xs:element name="facility" type="xs:string"/>
      <xs:element name="encounterId" type="xs:string"/>
      <xs:element name="admitted" type="xs:dateTime"/>
      <xs:element name="discharged" type="xs:dateTime"/>
      <xs:element name="disposition" type="xs:string"/>
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="DiagnosesType">
    <xs:sequence>
      <xs:element name="diagnosis" maxOccurs="25">
        <xs:complexType><xs:simpleContent><xs:extension base="xs:string">
          <xs:attribute name="rank" type="xs:positiveInteger"/>
          <xs:attribute name="code" type="xs:string" use="required"/>
        </xs:extension></xs:simpleContent></xs:complexType>
      </xs:element>
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="ProceduresType"><xs:sequence><xs:element name="procedure" type="xs:string" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
  <xs:complexType name="MedicationsType"><xs:sequence><xs:element name="med" maxOccurs="unbounded">
    <xs:complexType><xs:attribute name="name" type="xs:string"/><xs:attribute name="dose" type="xs:string"/>
    <xs:attribute name="route" type="xs:string"/><xs:attribute name="frequency" type="xs:string"/></xs:complexType>
  </xs:element></xs:sequence></xs:complexType>
</xs:schema>
"""
    body = text("""Hi BrightPath,

Your import error was because your reader only knows v2.0. Here's the v2.1
schema (adds procedures and the patient namespace). Please update before
Monday; we'll resend pending referrals after you confirm.

CareBridge Partner Support
""")
    return mail(A("CareBridge Partner Support", "partners@carebridge.example.com"), "it@brightpathhomehealth.example.com",
                "Discharge feed schema v2.1 (XSD)", D(2026, 11, 27, 9, 30, 0),
                multi("mixed", [body, att(xsd, "application/xml", "discharge-2.1.xsd")]))


@msg("trap-spreadsheetml-staff-rota", "none",
     "SpreadsheetML nurse on-call rota: staff names, units and phone extensions, no patients")
def _():
    rows = [["Date", "Unit", "Day charge", "Night charge", "On-call RN", "Pager"]]
    r = R()
    staff = ["Tembo, C.", "Vance, W.", "Okafor, E.", "Jorgensen, A.", "Ibarra, L.", "Quarles, H.", "Sato, M.", "Pruitt, D."]
    for d in range(1, 15):
        rows.append(["2026-12-%02d" % d, "Dialysis", r.choice(staff), r.choice(staff), r.choice(staff), "0%d" % r.randint(100, 199)])
    data = spreadsheetml([("Dec 1-14", rows)], author="Staffing Office")
    body = text("""On-call rota for the first half of December attached. Swap requests to
the staffing office by Wednesday.
""")
    return mail(A("Prairie Dialysis Staffing", "staffing@prairiedialysis.example.com"), "staff@prairiedialysis.example.com",
                "On-call rota Dec 1-14", D(2026, 11, 27, 13, 0, 0, "-0600"),
                multi("mixed", [body, att(data, "application/vnd.ms-excel", "oncall_dec_1-14.xml")]))


@msg("trap-xml-data-dictionary-namespaced", "none",
     "namespaced XML data dictionary for an HIV/HCV registry extract: field names, types and value sets only")
def _():
    x = """<?xml version="1.0" encoding="UTF-8"?>
<dd:dictionary xmlns:dd="https://schemas.lakefrontclinic.example.org/datadict/1.0" name="ryan-white-registry-extract" version="2027.1">
  <dd:field name="client_id" type="string" length="12" pii="true">Clinic client identifier (not the MRN)</dd:field>
  <dd:field name="birth_year" type="integer" pii="false">Year of birth only</dd:field>
  <dd:field name="hiv_status" type="code" valueSet="POS|NEG|IND">HIV status at last test</dd:field>
  <dd:field name="viral_load_copies" type="integer">Most recent HIV-1 RNA, copies/mL</dd:field>
  <dd:field name="vl_suppressed" type="boolean">viral_load_copies &lt; 200</dd:field>
  <dd:field name="art_start_date" type="date">First ART prescription date</dd:field>
  <dd:field name="hcv_rna_detected" type="boolean"/>
  <dd:field name="prep_current" type="boolean">Active PrEP prescription in last 90 days</dd:field>
  <dd:rule id="R1">Records with pii="true" fields are removed before the state submission.</dd:rule>
</dd:dictionary>
"""
    body = text("""Attached is the 2027.1 data dictionary for the registry extract, for
review at Tuesday's data governance meeting. Only the structure is
attached - the test extract will come from the de-identified sandbox.

Data & Analytics
""")
    return mail(A("Lakefront Data & Analytics", "analytics@lakefrontclinic.example.org"), "data-governance@lakefrontclinic.example.org",
                "Registry extract data dictionary 2027.1", D(2026, 11, 23, 10, 0, 0),
                multi("mixed", [body, att(x, "application/xml", "registry_extract_dd_2027.1.xml")]))


@msg("trap-it-schema-xsd-ricetta", "none",
     "Italian software-house email with an XSD for electronic prescriptions: element names (codice fiscale, farmaco) and no data",
     lang="it")
def _():
    xsd = """<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="https://schemi.softmed.example.it.test/ricetta/2.0"
           elementFormDefault="qualified">
  <xs:element name="ricetta">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="nre" type="xs:string"/>
        <xs:element name="codiceFiscaleAssistito" type="xs:string"/>
        <xs:element name="codiceFiscaleMedico" type="xs:string"/>
        <xs:element name="dataCompilazione" type="xs:date"/>
        <xs:element name="farmaco" maxOccurs="2">
          <xs:complexType><xs:sequence>
            <xs:element name="aic" type="xs:string"/>
            <xs:element name="descrizione" type="xs:string"/>
            <xs:element name="quantita" type="xs:positiveInteger"/>
            <xs:element name="posologia" type="xs:string" minOccurs="0"/>
          </xs:sequence></xs:complexType>
        </xs:element>
        <xs:element name="esenzione" type="xs:string" minOccurs="0"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""
    bs = """Buongiorno,

in allegato lo schema XSD aggiornato (versione 2.0) per l'invio delle
ricette elettroniche dal gestionale dello studio. Le novità riguardano il
campo "esenzione" e il limite di due farmaci per ricetta. Non sono
inclusi dati di esempio: i test vanno eseguiti nell'ambiente di prova
con gli assistiti fittizi forniti dalla regione.

Cordiali saluti,
Assistenza tecnica SoftMed
"""
    return mail(A("Assistenza SoftMed", "assistenza@softmed.example.it.test"), "studio.pellegrino@medicibase.example.it.test",
                "Schema XSD ricetta elettronica v2.0", D(2026, 11, 26, 11, 0, 0, "+0100"),
                multi("mixed", [text(bs, cs="utf-8", cte="quoted-printable"), att(xsd, "application/xml", "ricetta-2.0.xsd")]),
                scs="utf-8", senc="Q")

# ================================================================ CSV / TSV / pipe exports

@msg("csv-appointment-list-120-rows", "phi",
     "scheduling export CSV with 124 rows: named patients, DOBs, phone numbers, clinic, visit type and reason for visit")
def _():
    r = R()
    pts = people(r, 124, 2, 92)
    clinics = [("Cardiology", ["Echo follow-up", "New patient - palpitations", "Post-cath check", "Device check"]),
               ("Orthopedics", ["Post-op knee", "Shoulder pain", "Fracture follow-up", "Injection"]),
               ("Dermatology", ["Skin check", "Mohs consult", "Acne follow-up", "Biopsy result"]),
               ("Endocrinology", ["Diabetes follow-up", "Thyroid nodule", "Insulin pump start"]),
               ("Pulmonology", ["COPD follow-up", "Sleep study review", "PFT"]),
               ("Primary Care", ["Annual physical", "BP recheck", "Sick visit - cough", "Medicare wellness"]),
               ("ENT", ["Hearing loss", "Sinusitis follow-up"]), ("Podiatry", ["Diabetic foot exam", "Ingrown nail"])]
    rows = [["appt_id", "appt_date", "appt_time", "clinic", "provider", "patient_last", "patient_first", "dob", "mrn",
             "phone", "visit_type", "reason", "status"]]
    provs = ["Moreau", "Lindqvist", "Okafor", "Petrakis", "Amundsen", "Haruna", "Chaudhry", "Redfern"]
    for i, p in enumerate(pts):
        c, reasons = r.choice(clinics)
        rows.append(["A%07d" % (7700000 + i * 13), "2026-12-%02d" % r.randint(7, 11), "%02d:%02d" % (r.randint(8, 16), r.choice([0, 15, 30, 45])),
                     c, "Dr. " + r.choice(provs), p["last"], p["first"], p["dob"].isoformat(), "MV%08d" % r.randrange(10**8),
                     "(%d) 555-01%02d" % (r.choice([419, 567, 614, 740]), r.randrange(100)),
                     r.choice(["Follow-up", "New", "Procedure", "Telehealth"]), r.choice(reasons),
                     r.choice(["Scheduled", "Scheduled", "Confirmed", "Confirmed", "Left message"])])
    data = csv_text(rows)
    body = text("""Attached is next week's appointment export for the reminder-call vendor
(124 appointments, 12/07-12/11). Same columns as last week. Please load
before Friday 5 pm so the calls go out Saturday.

Access Center
Mercy Valley Medical Group
""")
    return mail(A("MVMG Access Center", "access-center@mercyvalley.example.org"), "uploads@remindcall.example.com",
                "Reminder file - week of 12/07 (124 appts)", D(2026, 12, 3, 14, 22, 0),
                multi("mixed", [body, att(data, "text/csv", "mvmg_appts_20261207_20261211.csv")]))


@msg("csv-diabetes-registry-pipe-noheader", "phi",
     "pipe-delimited diabetes registry extract without a header row: names, DOBs, MRNs, last A1c, eGFR and statin status")
def _():
    r = R()
    pts = people(r, 45, 30, 85)
    lines = []
    for p in pts:
        a1c = round(r.uniform(5.9, 11.8), 1)
        lines.append("|".join([p["last"].upper(), p["first"].upper(), p["dob"].strftime("%Y%m%d"), "RFM-%06d" % r.randrange(10**6),
                               "E11.%s" % r.choice(["9", "65", "22", "40"]), "%.1f" % a1c, "2026%02d%02d" % (r.randint(5, 11), r.randint(1, 28)),
                               str(r.randint(28, 110)), r.choice(["Y", "Y", "N"]), r.choice(["OKAFOR", "LINDQVIST"])]))
    data = "\r\n".join(lines) + "\r\n"
    body = text("""Monthly extract for the diabetes QI project. No header (same layout as the
spec: last|first|dob|mrn|dx|a1c|a1c_date|egfr|statin|pcp). 45 patients.
The ones over 9 need outreach calls before the end of the quarter.

Vikram
""")
    return mail(A("Vikram Bakshi", "vbakshi@riverbendfm.example.com"), "qi-team@riverbendfm.example.com",
                "DM registry extract Nov", D(2026, 12, 1, 7, 45, 0),
                multi("mixed", [body, att(data, "text/plain", "dm_registry_202611.txt", params=[("charset", "us-ascii")])]))


@msg("de-abrechnung-semikolon-csv", "phi",
     "German private-billing export (semicolon CSV, ISO-8859-15): named patients, birth dates, GOÄ items and ICD-10 diagnoses",
     lang="de")
def _():
    rows = [["Rechnungsnr", "Name", "Vorname", "Geburtsdatum", "Behandlungsdatum", "GOÄ-Ziffer", "Leistung", "Faktor", "Betrag", "ICD-10"],
            ["R-2026-4410", "Schäfer", "Günther", "12.04.1957", "03.11.2026", "1", "Beratung", "2,3", "10,72", "M54.5"],
            ["R-2026-4410", "Schäfer", "Günther", "12.04.1957", "03.11.2026", "410", "Sonographie Organ", "2,3", "26,81", "M54.5"],
            ["R-2026-4411", "Öztürk", "Elif", "30.09.1983", "05.11.2026", "3", "Eingehende Beratung", "2,3", "20,11", "J01.9"],
            ["R-2026-4412", "Müller-Lüdenscheidt", "Jürgen", "17.01.1946", "06.11.2026", "651", "EKG", "1,8", "15,95", "I48.0"],
            ["R-2026-4412", "Müller-Lüdenscheidt", "Jürgen", "17.01.1946", "06.11.2026", "3550", "Blutbild", "1,15", "4,02", "I48.0"],
            ["R-2026-4413", "Weiß", "Dörte", "08.08.1970", "10.11.2026", "5", "Symptombezogene Untersuchung", "2,3", "10,72", "E11.9"],
            ["R-2026-4413", "Weiß", "Dörte", "08.08.1970", "10.11.2026", "3561", "HbA1c", "1,15", "10,05", "E11.9"]]
    data = csv_text(rows, ";").encode("iso-8859-15")
    bs = """Sehr geehrte Frau Krüger,

anbei der Abrechnungsexport der Privatpatienten für November (CSV,
Semikolon-getrennt, Zeichensatz ISO-8859-15) zur Weiterleitung an die
Verrechnungsstelle. Bei Herrn Müller-Lüdenscheidt fehlt noch die
Begründung für den Steigerungsfaktor, bitte nachtragen.

Mit freundlichen Grüßen
Praxis Dr. med. Ulrich Eberhardt
Innere Medizin, Tel. 089 555-0133
"""
    return mail(A("Praxis Dr. Eberhardt", "praxis@dr-eberhardt.example.de.test"), A("Sabine Krüger", "s.krueger@pvs-sued.example.de.test", "iso-8859-15", "Q"),
                "Abrechnungsexport Privatpatienten November 2026", D(2026, 12, 2, 16, 10, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-15", cte="quoted-printable"),
                                att(data, "text/csv", "privat_2026-11.csv", params=[("charset", "iso-8859-15")])]),
                scs="iso-8859-15", senc="Q")


@msg("tsv-lab-batch-lipids", "phi",
     "reference-lab TSV result batch: 28 named patients with DOB, lipid panel values and ordering physician")
def _():
    r = R()
    pts = people(r, 28, 25, 80)
    rows = [["accession", "patient_name", "dob", "collected", "test", "tc", "ldl", "hdl", "tg", "flag", "ordering_md"]]
    for p in pts:
        ldl = r.randint(62, 212)
        rows.append(["M26-%06d" % r.randrange(10**6), "%s, %s" % (p["last"], p["first"]), p["dob"].strftime("%m/%d/%Y"),
                     "11/%02d/2026" % r.randint(20, 30), "LIPID PANEL", str(ldl + r.randint(40, 80)), str(ldl), str(r.randint(32, 88)),
                     str(r.randint(70, 420)), "H" if ldl > 160 else "", r.choice(["Okafor A", "Lindqvist S", "Redfern B"])])
    data = csv_text(rows, "\t")
    body = text("""Results batch M26-1130-RFM attached (tab-delimited, 28 results). This is
the fallback delivery while your HL7 results interface is down. Please
confirm import.

Meridian Reference Laboratory - Client Services
""")
    return mail(A("Meridian Client Services", "clientservices@meridianlab.example.com"), "lab-results@riverbendfm.example.com",
                "Fallback results batch M26-1130-RFM (28)", D(2026, 11, 30, 18, 0, 0),
                multi("mixed", [body, att(data, "text/tab-separated-values", "M26-1130-RFM.tsv")]))


@msg("csv-handful-wound-clinic", "phi",
     "four-row CSV without header from a wound clinic: named patients, wound locations, sizes and dressing orders")
def _():
    data = ("Delgado,Isidro,1951-07-02,R heel,stage 3 pressure injury,3.1x2.4x0.5 cm,alginate + foam q2d\r\n"
            "Kamau,Efua,1962-11-19,L lateral malleolus,venous ulcer,5.0x3.2 cm,compression 4-layer weekly\r\n"
            "Olmstead,Earl,1944-03-08,sacrum,stage 2 pressure injury,2.0x1.5 cm,hydrocolloid q3d\r\n"
            "Pham,Bao,1970-05-27,R great toe,diabetic foot ulcer Wagner 2,1.2x1.0x0.3 cm,offloading + silver foam\r\n")
    body = text("""Hi - the 4 home visits for tomorrow, same format as always (no header).
Please pack supplies for each. Mr. Pham's culture came back MSSA so he
is on cephalexin, note for the visiting nurse.

Wound clinic scheduler
""")
    return mail(A("Wound Clinic Scheduler", "woundclinic@mercyvalley.example.org"), "homevisits@brightpathhomehealth.example.com",
                "tomorrow's wound visits (4)", D(2026, 12, 2, 15, 40, 0),
                multi("mixed", [body, att(data, "text/csv", "visits_20261203.csv")]))


@msg("sv-csv-vaccination-list", "phi",
     "Swedish health-centre vaccination list (CSV): named patients with personnummer-style IDs, influenza/pneumococcal doses and risk group",
     lang="sv")
def _():
    rows = [["personnummer", "namn", "vaccin", "datum", "dos", "riskgrupp"],
            ["19440312-9981", "Lindqvist, Birgitta", "Influensa", "2026-11-24", "1", "ålder 65+, KOL"],
            ["19510728-9972", "Strand, Göran", "Influensa", "2026-11-24", "1", "ålder 65+, diabetes"],
            ["19510728-9972", "Strand, Göran", "Pneumokock (PCV20)", "2026-11-24", "1", "ålder 65+, diabetes"],
            ["19680105-9963", "Bergström, Åsa", "Influensa", "2026-11-25", "1", "hjärtsvikt"],
            ["19390930-9954", "Amundsen, Nils", "Covid-19", "2026-11-25", "höstdos", "ålder 80+"],
            ["19770614-9945", "Jorgensen, Linnea", "Influensa", "2026-11-26", "1", "graviditet v. 24"]]
    data = csv_text(rows, ";").encode("utf-8")
    bs = """Hej Magnus,

Här är listan över vaccinationer vecka 48 som ska registreras i
vaccinationsregistret. Två av patienterna fick både influensa och
pneumokock samma dag. Kan du registrera dem innan fredag?

Tack!
Annika Rasmussen, distriktssköterska
Vårdcentralen Björkhagen, tel. 08-555 0141
"""
    return mail(A("Annika Rasmussen", "annika.rasmussen@vc-bjorkhagen.example.se.test"), A("Magnus Holm", "magnus.holm@vc-bjorkhagen.example.se.test"),
                "Vaccinationer v. 48 att registrera", D(2026, 11, 27, 14, 5, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-1", cte="quoted-printable"),
                                att(data, "text/csv", "vaccinationer_v48.csv", params=[("charset", "utf-8")])]),
                scs="iso-8859-1", senc="Q")


@msg("csv-claim-denials-workqueue", "phi",
     "billing workqueue CSV export: 35 denied claims with patient names, account numbers, DOS, CPT and denial reasons")
def _():
    r = R()
    pts = people(r, 35, 1, 90)
    reasons = [("CO-16", "Missing info"), ("CO-197", "Precert absent"), ("CO-50", "Not medically necessary"), ("PR-27", "Coverage terminated"),
               ("CO-97", "Bundled"), ("CO-29", "Timely filing"), ("CO-4", "Modifier inconsistent")]
    cpts = ["99214", "99213", "73721", "97110", "20610", "93306", "71046", "80053", "99284", "45378"]
    rows = [["account", "patient", "dos", "payer", "cpt", "billed", "denial_code", "denial_desc", "age_days", "owner"]]
    for p in pts:
        code, desc = r.choice(reasons)
        rows.append(["AC%08d" % r.randrange(10**8), "%s %s" % (p["first"], p["last"]), "2026-%02d-%02d" % (r.randint(7, 11), r.randint(1, 28)),
                     r.choice(["KEYSTONE", "BLUEWATER", "MEDICARE B", "MEDICAID", "CEDAR VALLEY"]), r.choice(cpts),
                     "%.2f" % r.uniform(90, 1800), code, desc, str(r.randint(3, 120)), r.choice(["LS", "SC", "KB"])])
    data = csv_text(rows)
    body = text("""Denials workqueue as of this morning attached (35 accounts). Leticia
takes CO-16/CO-4, Shirin takes CO-197/CO-50, Kwame takes the rest. Anything
over 90 days goes to the appeal log today please.
""")
    return mail(A("AR Supervisor", "ar-supervisor@riverbendbilling.example.com"), "ar-team@riverbendbilling.example.com",
                "denials WQ 12/02 - assignments", D(2026, 12, 2, 8, 1, 0),
                multi("mixed", [body, att(data, "text/csv", "denials_wq_20261202.csv")]))


@msg("csv-surgery-schedule-or", "phi",
     "OR schedule CSV for the next day: 22 named patients, procedures, surgeons, anaesthesia type and allergies")
def _():
    r = R()
    pts = people(r, 22, 18, 86)
    procs = ["Lap cholecystectomy", "R TKA", "L THA", "Cataract extraction OD", "Inguinal hernia repair", "ACL reconstruction",
             "Carpal tunnel release", "Colonoscopy w/ polypectomy", "Thyroidectomy", "Lumbar laminectomy L4-5", "Cystoscopy"]
    rows = [["room", "start", "patient", "mrn", "age", "procedure", "surgeon", "anesthesia", "allergies"]]
    for i, p in enumerate(pts):
        rows.append(["OR%d" % (i % 6 + 1), "%02d:%02d" % (7 + (i // 6) * 2, r.choice([0, 30])), "%s, %s" % (p["last"], p["first"]),
                     "SMH%07d" % r.randrange(10**7), str(p["age"]), r.choice(procs), "Dr. " + r.choice(["Sandoval", "Amundsen", "Moreau", "Bouchard"]),
                     r.choice(["GA", "GA", "MAC", "Spinal", "Regional"]), r.choice(["NKDA", "NKDA", "PCN", "Latex", "Sulfa", "Codeine"])])
    data = csv_text(rows)
    body = text("""Tomorrow's board (12/04) attached for SPD and anesthesia. OR3 is running
late-start because of the C-arm service.
""")
    return mail(A("OR Scheduling", "or-scheduling@stmargaret.example.org"), ["spd@stmargaret.example.org", "anesthesia@stmargaret.example.org"],
                "OR schedule Fri 12/04", D(2026, 12, 3, 15, 30, 0),
                multi("mixed", [body, att(data, "text/csv", "or_schedule_20261204.csv")]))


@msg("csv-infusion-chair-schedule", "phi",
     "infusion-centre chair schedule CSV: named patients with infliximab, iron and IVIG infusions, weights and premedications")
def _():
    rows = [["chair", "time", "patient", "dob", "drug", "dose", "weight_kg", "premeds", "notes"],
            ["1", "08:00", "Hargrove, Colette", "1975-02-11", "infliximab", "5 mg/kg", "68.2", "acetaminophen, diphenhydramine", "Crohn's, q8wk"],
            ["2", "08:30", "Balogun, Emeka", "1988-09-03", "iron sucrose", "200 mg", "81.0", "", "dose 3 of 5"],
            ["3", "09:00", "Villanueva, Rosalind", "1959-12-30", "IVIG", "0.4 g/kg", "59.7", "acetaminophen", "CIDP, day 2 of 5"],
            ["1", "11:00", "Takahashi, Hiroshi", "1966-06-06", "zoledronic acid", "5 mg", "72.4", "", "annual, check Cr"],
            ["4", "11:30", "Sandoval, Ivonne", "1981-04-17", "ocrelizumab", "600 mg", "64.0", "methylpred, cetirizine", "MS, 6-month dose"],
            ["2", "13:00", "Echols, Jasper", "1992-08-22", "vedolizumab", "300 mg", "77.8", "", "UC"]]
    data = csv_text(rows)
    body = text("""Pharmacy - Monday's infusion schedule so you can start compounding.
Ms. Villanueva's IVIG dose recalculated for her new weight.
""")
    return mail(A("Infusion Center", "infusion@mercyvalley.example.org"), "ivroom@mercyvalley.example.org",
                "Mon 12/07 infusion chairs", D(2026, 12, 4, 10, 0, 0), multi("mixed", [body, att(data, "text/csv", "infusion_20261207.csv")]))


@msg("ru-csv-dispanser-diabet", "phi",
     "Russian polyclinic email (windows-1251) with a CSV of named diabetic patients under dispensary observation, HbA1c and visit dates",
     lang="ru")
def _():
    rows = [["ФИО", "Дата рождения", "Диагноз", "HbA1c", "Последний визит", "Следующий визит"],
            ["Соколова Татьяна Петровна", "14.03.1956", "E11.9", "8,4", "12.10.2026", "12.01.2027"],
            ["Иванов Дмитрий Сергеевич", "02.07.1961", "E11.6", "7,1", "03.11.2026", "03.02.2027"],
            ["Кузнецова Оксана Викторовна", "29.11.1970", "E10.9", "9,6", "21.09.2026", "просрочен"],
            ["Петров Николай Андреевич", "18.05.1949", "E11.2", "7,8", "15.11.2026", "15.02.2027"],
            ["Смирнова Галина Ивановна", "07.01.1953", "E11.9", "10,2", "30.08.2026", "просрочен"]]
    data = csv_text(rows, ";").encode("cp1251")
    bs = """Уважаемая Ольга Викторовна!

Направляю список пациентов с сахарным диабетом, состоящих на
диспансерном наблюдении на нашем участке. У двух пациентов
(Кузнецова О.В., Смирнова Г.И.) визит просрочен и HbA1c выше 9 %,
прошу пригласить их на приём в декабре.

С уважением,
участковый терапевт Петракис Н.
Поликлиника № 3, тел. 555-0150
"""
    return mail(A("Петракис Надежда", "petrakis@poliklinika3.example.ru.test", "windows-1251", "B"),
                "zaveduyushchaya@poliklinika3.example.ru.test", "Список пациентов с СД на диспансерном учёте",
                D(2026, 12, 1, 12, 0, 0, "+0300"),
                multi("mixed", [text(bs, cs="windows-1251", cte="base64"),
                                att(data, "text/csv", "dispanser_SD.csv", params=[("charset", "windows-1251")])]),
                scs="windows-1251", senc="B")


# ---------------------------------------------------------------- CSV restricted

@msg("csv-eating-disorder-php-census", "restricted",
     "partial-hospitalisation eating-disorder programme census CSV: named patients, diagnoses (anorexia, bulimia), BMI and meal-plan levels",
     cat="mh")
def _():
    r = R()
    pts = people(r, 14, 13, 34)
    rows = [["patient", "dob", "mrn", "dx", "admit", "bmi", "weight_trend", "meal_plan", "therapist", "level"]]
    for p in pts:
        dx = r.choice(["F50.01 AN restricting", "F50.02 AN binge-purge", "F50.2 bulimia", "F50.81 BED", "F50.82 ARFID"])
        rows.append(["%s %s" % (p["first"], p["last"]), p["dob"].isoformat(), "LBH%07d" % r.randrange(10**7), dx,
                     "2026-%02d-%02d" % (r.randint(9, 11), r.randint(1, 28)), "%.1f" % r.uniform(14.8, 24.5),
                     r.choice(["+0.4 kg", "+0.8 kg", "-0.2 kg", "stable"]), r.choice(["Level 2", "Level 3", "Level 3 + supplement"]),
                     r.choice(["K. Sato, LPCC", "R. Mwangi, PsyD"]), r.choice(["PHP", "PHP", "IOP step-down"])])
    data = csv_text(rows)
    body = text("""Weekly census for the eating disorders PHP, for Monday's treatment team.
Two patients below BMI 15.5 need the medical stability check before
Tuesday's group.

Lakefront Behavioral Health - ED Program
""")
    return mail(A("LBH ED Program", "edprogram@lakefrontbh.example.org"), "ed-treatment-team@lakefrontbh.example.org",
                "ED PHP census - week of 11/30", D(2026, 11, 29, 19, 0, 0),
                multi("mixed", [body, att(data, "text/csv", "ed_php_census_1130.csv")]))


@msg("de-abrechnung-psychotherapie-csv", "restricted",
     "German psychotherapy practice billing export (semicolon CSV): named patients, depression/PTSD ICD-10 codes, EBM psychotherapy items",
     cat="mh", lang="de")
def _():
    rows = [["Patient", "Geburtsdatum", "Versichertennr", "Quartal", "GOP", "Leistung", "Anzahl", "ICD-10"],
            ["Krämer, Jörg", "22.06.1979", "A123456780", "4/2026", "35421", "Verhaltenstherapie Einzel KZT", "6", "F33.1 G"],
            ["Hoffmann, Lea", "09.02.1996", "B987654321", "4/2026", "35421", "Verhaltenstherapie Einzel KZT", "8", "F43.1 G"],
            ["Yılmaz, Derya", "14.12.1988", "C246813570", "4/2026", "35151", "Psychotherapeutische Sprechstunde", "2", "F41.1 V"],
            ["Becker, Matthias", "30.04.1972", "D135792468", "4/2026", "35425", "Verhaltenstherapie Einzel LZT", "10", "F32.2 G"],
            ["Nowak, Karolina", "03.08.2001", "E112233445", "4/2026", "35152", "Akutbehandlung", "4", "F50.2 G"]]
    data = csv_text(rows, ";").encode("utf-8")
    bs = """Liebe Frau Schulz,

anbei der Abrechnungsexport für das 4. Quartal zur Kontrolle, bevor ich
ihn an die KV übermittle. Bei Frau Yılmaz ist die Diagnose noch als
Verdacht (V) kodiert, bitte nach der zweiten Sprechstunde gesichert
eintragen, falls die Angststörung bestätigt ist.

Viele Grüße
Dipl.-Psych. Miriam Vogt
Psychotherapeutische Praxis am Stadtpark
"""
    return mail(A("Miriam Vogt", "praxis@psychotherapie-stadtpark.example.de.test"), A("Frau Schulz", "abrechnung@psychotherapie-stadtpark.example.de.test"),
                "Abrechnung Q4 zur Kontrolle", D(2026, 12, 3, 18, 0, 0, "+0100"),
                multi("mixed", [text(bs, cs="utf-8", cte="quoted-printable"),
                                att(data, "text/csv", "abrechnung_q4_2026.csv", params=[("charset", "utf-8")])]),
                scs="utf-8", senc="Q")


@msg("csv-carrier-screening-batch-tsv", "restricted",
     "genetics-lab TSV batch of expanded carrier-screening results: named patients, genes, variants and carrier status",
     cat="gen")
def _():
    r = R()
    pts = people(r, 30, 22, 41)
    genes = [("CFTR", "c.1521_1523del"), ("SMN1", "1 copy (exon 7)"), ("HBB", "c.20A>T"), ("GJB2", "c.35delG"),
             ("HEXA", "c.1274_1277dup"), ("FMR1", "CGG 58 (intermediate)"), ("GBA", "c.1226A>G")]
    rows = [["accession", "patient", "dob", "ordering_provider", "genes_tested", "result", "gene", "variant", "classification"]]
    for p in pts:
        if r.random() < 0.35:
            g, v = r.choice(genes)
            res, cls = "CARRIER", "Pathogenic"
        else:
            g, v, res, cls = "", "", "NEGATIVE", ""
        rows.append(["HPD-CS-%05d" % r.randrange(10**5), "%s %s" % (p["first"], p["last"]), p["dob"].isoformat(),
                     r.choice(["Lachance P", "Haruna A", "Bouchard D"]), "274", res, g, v, cls])
    data = csv_text(rows, "\t")
    body = text("""Weekly carrier screening batch for Bridge Fertility and Lakeshore Women's
(30 results). Carriers are flagged for genetic counseling outreach;
partners should be offered testing.

Helix Path Diagnostics - Results Delivery
""")
    return mail(A("Helix Path Results", "results@helixpath.example.com"), "genetic-counseling@helixpath.example.com",
                "Carrier screening batch wk 48 (30 results, 11 carriers)", D(2026, 11, 28, 7, 0, 0, "-0700"),
                multi("mixed", [body, att(data, "text/tab-separated-values", "carrier_batch_wk48.tsv")]))


@msg("csv-larc-recall-list", "restricted",
     "six-row CSV without header: named patients due for IUD or implant removal/replacement at a family-planning clinic",
     cat="repro")
def _():
    data = ("Ortega,Milagros,1994-02-14,levonorgestrel IUD 52 mg,inserted 2021-12-03,replace by 2026-12-03\r\n"
            "Nwachukwu,Adaeze,1998-07-30,etonogestrel implant,inserted 2023-11-20,remove/replace 2026-11-20 OVERDUE\r\n"
            "Fitzgerald,Colette,1989-10-05,copper IUD,inserted 2016-12-15,due 2026-12-15\r\n"
            "Trinh,Mei,2001-03-22,etonogestrel implant,inserted 2023-12-28,due 2026-12-28\r\n"
            "Salazar,Ines,1992-09-09,levonorgestrel IUD 19.5 mg,inserted 2021-12-10,due 2026-12-10 (wants removal - TTC)\r\n"
            "Yusuf,Zainab,1996-05-17,etonogestrel implant,inserted 2023-12-02,due 2026-12-02\r\n")
    body = text("""December LARC recall list for the phone team (no header, same columns as
before: last, first, DOB, device, insertion, due). Please call and book
into the Thursday procedure clinic. Ms. Salazar wants removal only.

Family Planning - Riverside Women's Health Center
""")
    return mail(A("RWHC Family Planning", "familyplanning@riversidewhc.example.org"), "phone-team@riversidewhc.example.org",
                "LARC recall - December", D(2026, 12, 1, 9, 10, 0),
                multi("mixed", [body, att(data, "text/csv", "larc_recall_dec.csv")]))


# ---------------------------------------------------------------- CSV traps

@msg("trap-csv-data-dictionary-claims", "none",
     "data dictionary CSV for a claims warehouse: column names (member_id, dx_code, npi), types and descriptions only")
def _():
    rows = [["column", "type", "nullable", "description", "example"],
            ["member_id", "varchar(20)", "N", "Plan member identifier", "<member id>"],
            ["member_dob", "date", "N", "Member date of birth", "YYYY-MM-DD"],
            ["claim_id", "varchar(30)", "N", "Payer claim control number", ""],
            ["dos_from", "date", "N", "Service date from", ""],
            ["dx_code_1", "varchar(8)", "N", "Principal ICD-10-CM diagnosis", "E11.9"],
            ["dx_code_2..12", "varchar(8)", "Y", "Secondary diagnoses", ""],
            ["cpt_hcpcs", "varchar(5)", "N", "Procedure code", "99214"],
            ["rendering_npi", "char(10)", "Y", "Rendering provider NPI", ""],
            ["allowed_amt", "decimal(12,2)", "Y", "Allowed amount", ""],
            ["sensitive_flag", "char(1)", "N", "Y when dx/cpt falls in 42 CFR Part 2, HIV, MH, genetic or reproductive value sets", "N"]]
    data = csv_text(rows)
    body = text("""Draft dictionary for the claims mart v3 attached. The sensitive_flag
column is new: it's set by the value-set job and used by the row-level
security policy. No data yet - the first load is scheduled for January.

Data Engineering
""")
    return mail(A("KMH Data Engineering", "data-eng@keystonemutual.example.com"), "analytics@keystonemutual.example.com",
                "Claims mart v3 - data dictionary draft", D(2026, 11, 24, 15, 0, 0),
                multi("mixed", [body, att(data, "text/csv", "claims_mart_v3_dictionary.csv")]))


@msg("trap-csv-aggregate-hiv-viral-suppression", "none",
     "aggregate CSV of HIV viral-suppression rates by clinic and quarter: counts and percentages, no individual")
def _():
    rows = [["clinic", "quarter", "clients_in_care", "with_vl_test", "suppressed_lt200", "pct_suppressed"],
            ["Lakefront ID", "2026Q1", "812", "766", "701", "91.5"], ["Lakefront ID", "2026Q2", "829", "781", "720", "92.2"],
            ["Lakefront ID", "2026Q3", "841", "790", "731", "92.5"], ["Eastside CHC", "2026Q1", "244", "221", "190", "86.0"],
            ["Eastside CHC", "2026Q2", "251", "230", "199", "86.5"], ["Eastside CHC", "2026Q3", "258", "239", "211", "88.3"],
            ["Mobile unit", "2026Q3", "61", "44", "33", "75.0"]]
    data = csv_text(rows)
    body = text("""For the Ryan White quarterly report: suppression by site, Q1-Q3. Cells
under 11 are suppressed per the data-sharing agreement (none this time).
Mobile unit only started reporting in Q3.
""")
    return mail(A("Lakefront Data & Analytics", "analytics@lakefrontclinic.example.org"), "grants@lakefrontclinic.example.org",
                "VL suppression by site Q1-Q3 (aggregate)", D(2026, 11, 18, 11, 0, 0),
                multi("mixed", [body, att(data, "text/csv", "vl_suppression_q1-q3_2026.csv")]))


@msg("trap-csv-loadtest-appointments-fake", "none",
     "load-test CSV of 150 generated appointments for obviously fake 'Loadtest Patient nnnn' records, marked synthetic")
def _():
    rows = [["appt_id", "appt_date", "appt_time", "clinic", "patient_last", "patient_first", "dob", "mrn", "phone", "visit_type", "synthetic"]]
    for i in range(1, 151):
        rows.append(["LT%06d" % i, "2026-12-%02d" % (7 + i % 5), "%02d:%02d" % (8 + i % 9, (i * 15) % 60), ["Cardiology", "Orthopedics", "Dermatology"][i % 3],
                     "LOADTEST", "PATIENT%04d" % i, "1900-01-01", "LT%08d" % i, "(555) 555-0100", "Follow-up", "Y"])
    data = csv_text(rows)
    body = text("""Reminder vendor asked for a dry-run file before we send real data
through the new pipeline. Attached: 150 generated rows, all LOADTEST /
PATIENTnnnn, DOB 1900-01-01, phone 555-0100, synthetic=Y. Please run
it through your staging import only.

Access Center IT
""")
    return mail(A("MVMG Access Center IT", "access-it@mercyvalley.example.org"), "staging@remindcall.example.com",
                "Dry-run file (synthetic, 150 rows)", D(2026, 11, 25, 10, 0, 0),
                multi("mixed", [body, att(data, "text/csv", "LOADTEST_appts_150.csv")]))


@msg("trap-tsv-lab-qc-levels", "none",
     "lab QC TSV: Levey-Jennings control values for HbA1c and HIV-1 RNA controls, lot numbers and Westgard flags, no patient")
def _():
    r = R()
    rows = [["date", "analyte", "control", "lot", "target", "sd", "value", "z", "westgard"]]
    for d in range(23, 31):
        for an, ctl, tgt, sd in [("HbA1c %", "Level 1", 5.4, 0.12), ("HbA1c %", "Level 2", 9.8, 0.2),
                                 ("HIV-1 RNA log cp/mL", "Low pos", 2.7, 0.15), ("HIV-1 RNA log cp/mL", "High pos", 5.1, 0.15)]:
            v = round(tgt + r.gauss(0, sd), 2)
            z = round((v - tgt) / sd, 2)
            rows.append(["2026-11-%02d" % d, an, ctl, "QC%05d" % (int(tgt * 1000) % 99999), str(tgt), str(sd), str(v), str(z),
                         "1-2s" if abs(z) > 2 else "ok"])
    data = csv_text(rows, "\t")
    body = text("""Monthly QC export for the lab director's review (HbA1c and HIV-1 viral
load controls). One 1-2s warning, no rejections. Note the new lot of
high-positive VL control starts 12/01.
""")
    return mail(A("Meridian QC", "qc@meridianlab.example.com"), "lab-director@meridianlab.example.com",
                "QC export 11/23-11/30 (A1c, HIV VL controls)", D(2026, 12, 1, 6, 30, 0),
                multi("mixed", [body, att(data, "text/tab-separated-values", "qc_20261123_30.tsv")]))


@msg("trap-aggregate-phq9-screening-rates", "none",
     "quality report on depression-screening rates by clinic (aggregate percentages and counts, no patient)")
def _():
    html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Depression screening (CMS2) - Q3 2026, all primary care sites</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e7eef7"><th>Site</th><th>Eligible visits</th><th>Screened</th><th>Rate</th><th>Positive (PHQ-9 &ge;10)</th><th>Follow-up plan documented</th></tr>
<tr><td>Riverbend FM</td><td>4,812</td><td>4,390</td><td>91.2%</td><td>611</td><td>87.4%</td></tr>
<tr><td>Holloway North</td><td>2,205</td><td>1,870</td><td>84.8%</td><td>240</td><td>79.1%</td></tr>
<tr><td>Eastside CHC</td><td>3,011</td><td>2,240</td><td>74.4%</td><td>402</td><td>68.9%</td></tr>
</table>
<p>Target is 85% screened. Eastside's dip is the kiosk outage in August. The PHQ-9 kiosk rollout in Q1 should close the gap.</p>
<p>Quality &amp; Population Health</p></body></html>"""
    return mail(A("Quality & Population Health", "quality@riverbendfm.example.com"), "medical-directors@riverbendfm.example.com",
                "Q3 depression screening rates", D(2026, 11, 16, 9, 0, 0), text(html, "html", cte="quoted-printable"))


@msg("trap-genetic-lab-price-list-cpt", "none",
     "genetics lab client price list CSV (CPT codes 81162, 81220, 81408...) for 2027, no patient")
def _():
    rows = [["test_code", "test_name", "cpt", "client_price", "tat_days"],
            ["HP-BRCA", "BRCA1/BRCA2 full sequencing + del/dup", "81162", "395.00", "14"],
            ["HP-HCP30", "Hereditary cancer panel (30 genes)", "81432;81433", "495.00", "18"],
            ["HP-CF", "CFTR full gene analysis", "81223", "310.00", "14"],
            ["HP-ECS274", "Expanded carrier screen (274 genes)", "81443", "349.00", "21"],
            ["HP-SMA", "SMN1 copy number", "81329", "120.00", "10"],
            ["HP-FRAX", "FMR1 repeat analysis", "81243", "150.00", "10"],
            ["HP-WES", "Exome sequencing, proband", "81415", "1450.00", "42"],
            ["HP-WEST", "Exome sequencing, trio", "81415;81416x2", "2600.00", "42"],
            ["HP-PGX", "Pharmacogenomic panel (CYP2C19, CYP2D6, SLCO1B1)", "81225;81226;81328", "240.00", "7"]]
    data = csv_text(rows)
    body = text("""Dear client,

Please find attached our 2027 client price list, effective January 1.
Exome pricing is unchanged; the hereditary cancer panel drops to $495.
Contact your account manager with questions.

Helix Path Diagnostics - Client Services
""")
    return mail(A("Helix Path Client Services", "clientservices@helixpath.example.com"), "accounts-payable@childrenswest.example.org",
                "2027 client price list", D(2026, 11, 15, 9, 0, 0, "-0700"),
                multi("mixed", [body, att(data, "text/csv", "HelixPath_client_prices_2027.csv")]))


@msg("trap-de-datensatzbeschreibung-csv", "none",
     "German interface data-record description (CSV): field names such as Versichertennummer and ICD-Code, no values",
     lang="de")
def _():
    rows = [["Feld", "Bezeichnung", "Typ", "Länge", "Pflicht", "Bemerkung"],
            ["1", "Versichertennummer", "AN", "10", "J", "10-stellig, Prüfziffer"],
            ["2", "Name", "AN", "45", "J", ""], ["3", "Vorname", "AN", "45", "J", ""],
            ["4", "Geburtsdatum", "D", "8", "J", "JJJJMMTT"],
            ["5", "ICD-10-GM", "AN", "7", "J", "mit Zusatzkennzeichen G/V/A/Z"],
            ["6", "GOP", "N", "5", "J", "EBM-Gebührenordnungsposition"],
            ["7", "Behandlungsdatum", "D", "8", "J", ""]]
    data = csv_text(rows, ";").encode("iso-8859-1")
    bs = """Sehr geehrte Damen und Herren,

anbei die aktualisierte Datensatzbeschreibung (Version 4.2) für den
Abrechnungsexport. Geändert haben sich die Feldlängen für Name und
Vorname. Testdateien mit Echtdaten schicken Sie bitte nicht per E-Mail;
für den Test stellen wir fiktive Datensätze bereit.

Mit freundlichen Grüßen
Ihr Support-Team, MediSoft Praxissysteme
"""
    return mail(A("MediSoft Support", "support@medisoft.example.de.test"), "praxis@dr-eberhardt.example.de.test",
                "Datensatzbeschreibung Abrechnungsexport V4.2", D(2026, 11, 19, 10, 0, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-1", cte="quoted-printable"),
                                att(data, "text/csv", "datensatzbeschreibung_v4.2.csv", params=[("charset", "iso-8859-1")])]),
                scs="iso-8859-1", senc="Q")


@msg("trap-pl-aggregate-szczepienia", "none",
     "Polish sanitary-station bulletin (ISO-8859-2): aggregate influenza vaccination coverage by district, no individual",
     lang="pl")
def _():
    bs = """Szanowni Państwo,

przekazujemy zestawienie wykonanych szczepień przeciwko grypie w
sezonie 2026/2027 (stan na 30 listopada):

  Powiat                  Liczba szczepień   Pokrycie 65+
  Warszawa-Śródmieście          18 420          41,2 %
  Warszawa-Mokotów              22 115          44,8 %
  pruszkowski                    9 870          33,5 %
  piaseczyński                  11 302          36,1 %

Zachęcamy placówki POZ do dalszego informowania pacjentów z grup
ryzyka. Dane mają charakter zbiorczy i nie zawierają informacji o
pacjentach.

Powiatowa Stacja Sanitarno-Epidemiologiczna
"""
    return mail(A("PSSE Biuletyn", "biuletyn@psse.example.pl.test"), "poz@lists.psse.example.pl.test",
                "Zestawienie szczepień przeciw grypie - stan na 30.11", D(2026, 12, 2, 8, 0, 0, "+0100"),
                text(bs, cs="iso-8859-2", cte="quoted-printable"), scs="iso-8859-2", senc="Q",
                extra=[("Precedence", "list")])


@msg("trap-sv-loadtest-testpersonnummer", "none",
     "Swedish IT email with load-test data using official-style test personnummer and fictitious names, marked as test persons",
     lang="sv")
def _():
    rows = [["personnummer", "namn", "vaccin", "datum", "testdata"]]
    for i in range(1, 9):
        rows.append(["19121212-%04d" % (1210 + i * 11), "Testperson %d, Tolvan" % i, "Influensa", "2026-12-0%d" % (i % 7 + 1), "JA"])
    data = csv_text(rows, ";")
    bs = """Hej alla,

Inför lasttestet av nya vaccinationsintegrationen på torsdag bifogas
testdatafilen. Alla poster är fiktiva testpersoner (Tolvan Testperson
med testpersonnummer), kolumnen "testdata" är JA på varje rad. Filen får
bara läsas in i testmiljön.

Hälsningar
Erik, IT-förvaltning
"""
    return mail(A("Erik Lindqvist", "erik.lindqvist@region-it.example.se.test"), "forvaltning@region-it.example.se.test",
                "Testdata för lasttest (fiktiva testpersoner)", D(2026, 12, 1, 13, 0, 0, "+0100"),
                multi("mixed", [text(bs, cs="utf-8", cte="quoted-printable"), att(data, "text/csv", "lasttest_testpersoner.csv")]),
                scs="utf-8", senc="Q")


@msg("trap-pt-relatorio-agregado-sifilis", "none",
     "Portuguese (Brazil) municipal epidemiology bulletin: aggregate syphilis and HIV case counts by month, no individual",
     lang="pt")
def _():
    bs = """Prezados profissionais da rede,

Segue o boletim epidemiológico mensal de IST (janeiro a outubro de 2026):

  Agravo                      Casos notificados   Variação vs. 2025
  Sífilis adquirida                  1.284              +6 %
  Sífilis em gestante                  212              -3 %
  Sífilis congênita                     41              -12 %
  HIV (novos diagnósticos)             318              +2 %

A testagem rápida nas unidades básicas segue disponível sem agendamento.
Os dados são agregados e não identificam pacientes.

Vigilância Epidemiológica - Secretaria Municipal de Saúde
"""
    return mail(A("Vigilância Epidemiológica", "vigilancia@saude.prefeitura.example.br.test", "iso-8859-1", "Q"),
                "rede-atencao@lists.saude.prefeitura.example.br.test", "Boletim IST - janeiro a outubro 2026",
                D(2026, 11, 20, 9, 0, 0, "-0300"), text(bs, cs="iso-8859-1", cte="8bit"), scs="iso-8859-1", senc="Q",
                extra=[("Precedence", "list")])

# ================================================================ generated template mail

def shell_table(brand, color, inner, footer, logo_text=None, preheader=""):
    return """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>%s</title></head>
<body style="margin:0;padding:0;background:#eef1f4">
<div style="display:none;max-height:0;overflow:hidden">%s</div>
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="background:#eef1f4">
<tr><td align="center" style="padding:24px 8px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:Arial,Helvetica,sans-serif;color:#1f2933">
<tr><td style="background:%s;padding:18px 24px;color:#fff;font-size:20px;font-weight:bold;border-radius:6px 6px 0 0">%s</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
%s
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#7b8794;border-top:1px solid #e4e7eb">%s</td></tr>
</table></td></tr></table></body></html>""" % (brand, preheader, color, logo_text or brand, inner, footer)


def shell_div(brand, accent, inner, footer):
    return """<html><head><style type="text/css">
body{font-family:Georgia,'Times New Roman',serif;color:#222}
.wrap{max-width:620px;margin:0 auto;padding:20px}
.brand{font-size:22px;color:%s;border-bottom:3px solid %s;padding-bottom:6px}
.box{background:#f7f7f2;border:1px solid #ddd;padding:12px 16px;margin:16px 0}
.small{font-size:11px;color:#666}
</style></head><body><div class="wrap">
<div class="brand">%s</div>
%s
<p class="small">%s</p>
</div></body></html>""" % (accent, accent, brand, inner, footer)


@msg("eob-html-campaign-masked-member", "phi",
     "EOB campaign e-mail to a named member (ID partly masked): colonoscopy with polypectomy, amounts billed, paid and owed")
def _():
    inner = """<p style="margin-top:0">Hi Gideon,</p>
<p>Your Explanation of Benefits for a recent claim is ready.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #d9e2ec;font-size:14px;border-collapse:collapse">
<tr style="background:#f0f4f8"><td>Member ID</td><td align="right">KMH*****8804</td></tr>
<tr><td>Patient</td><td align="right">Gideon Halvorsen</td></tr>
<tr style="background:#f0f4f8"><td>Provider</td><td align="right">Lakeside GI Associates</td></tr>
<tr><td>Service date</td><td align="right">11/12/2026</td></tr>
<tr style="background:#f0f4f8"><td>Service</td><td align="right">Colonoscopy with removal of polyp(s)</td></tr>
<tr><td>Billed</td><td align="right">$3,420.00</td></tr>
<tr style="background:#f0f4f8"><td>Plan paid</td><td align="right">$1,188.60</td></tr>
<tr><td><b>You may owe</b></td><td align="right"><b>$297.15</b></td></tr>
</table>
<p>This is not a bill. Your provider may send you a statement for the amount you owe.</p>
<p style="text-align:center;margin:24px 0"><a href="https://members.keystonemutual.example.com/eob?c=2611-0448812" style="background:#0b6e4f;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">View full EOB</a></p>"""
    html = shell_table("Keystone Mutual Health", "#0b6e4f", inner,
                       "Keystone Mutual Health, PO Box 4100, Harrisburg PA 17105. You are receiving this because you chose paperless EOBs. "
                       "<a href=\"https://members.keystonemutual.example.com/prefs\">Preferences</a>",
                       preheader="Your EOB for 11/12/2026 is ready")
    plain = """Hi Gideon,

Your Explanation of Benefits for a recent claim is ready.

Member ID: KMH*****8804
Patient: Gideon Halvorsen
Provider: Lakeside GI Associates
Service date: 11/12/2026
Service: Colonoscopy with removal of polyp(s)
Billed $3,420.00 / Plan paid $1,188.60 / You may owe $297.15

This is not a bill. View the full EOB:
https://members.keystonemutual.example.com/eob?c=2611-0448812
"""
    return mail(A("Keystone Mutual Health", "eob@mail.keystonemutual.example.com"), A("Gideon Halvorsen", "ghalvorsen@mailbox.example.net"),
                "Your EOB for 11/12/2026 is ready", D(2026, 11, 27, 6, 14, 0),
                multi("alternative", [text(plain), text(html, "html", cte="quoted-printable")]),
                extra=[("List-Unsubscribe", "<https://members.keystonemutual.example.com/unsub?m=2611044>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Campaign-ID", "eob-paperless-2611"),
                       ("Feedback-ID", "eob:keystone:bulkmail")])


@msg("appt-reminder-text-html-differ", "phi",
     "multipart/alternative appointment reminder where only the HTML names the echocardiogram and cardiology clinic for the named patient")
def _():
    plain = """Hello Camille,

This is a reminder of your upcoming appointment on Tuesday, December 8
at 9:40 AM. Please arrive 15 minutes early.

To confirm, reply C. To cancel, reply X or call 614-555-0152.
"""
    inner = """<p>Hello Camille,</p>
<div style="border-left:4px solid #b3261e;padding:8px 14px;background:#fbf1f0">
<b>Echocardiogram (heart ultrasound)</b><br>
Tuesday, December 8, 2026 &middot; 9:40 AM<br>
Mercy Valley Heart &amp; Vascular, 2nd floor, Suite 210<br>
Ordering provider: Dr. Florian Moreau</div>
<p><b>How to prepare:</b> wear a two-piece outfit; take your usual medicines including metoprolol.
Allow 60 minutes.</p>
<p><a href="https://myhealth.mercyvalley.example.org/appt/confirm?a=7791204">Confirm</a> &middot;
<a href="https://myhealth.mercyvalley.example.org/appt/cancel?a=7791204">Cancel</a></p>"""
    html = shell_table("Mercy Valley Health", "#b3261e", inner, "Mercy Valley Health &middot; (614) 555-0152 &middot; Do not reply to this e-mail.")
    return mail(A("Mercy Valley Health", "reminders@mercyvalley.example.org"), A("Camille Bergstrom", "camille.b@mailbox.example.net"),
                "Reminder: your appointment on Dec 8", D(2026, 12, 4, 7, 0, 0),
                multi("alternative", [text(plain), text(html, "html", cte="quoted-printable")]),
                extra=[("X-Campaign-ID", "appt-rem-72h"), ("Auto-Submitted", "auto-generated")])


@msg("patient-statement-html", "phi",
     "HTML patient statement for a named guarantor: account number, dermatology services with dates, insurance payments and balance due")
def _():
    inner = """<p>Statement date: 12/01/2026 &nbsp; | &nbsp; Account: <b>HVD-0098812</b></p>
<p>Patient: <b>Nikolai Ivanova</b> &nbsp; Guarantor: Oksana Ivanova</p>
<table width="100%" border="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#333;color:#fff"><th align="left">Date</th><th align="left">Description</th><th align="right">Charge</th><th align="right">Ins. paid</th><th align="right">Adj.</th><th align="right">You owe</th></tr>
<tr><td>10/09/2026</td><td>Office visit, established (99213)</td><td align="right">165.00</td><td align="right">88.40</td><td align="right">46.60</td><td align="right">30.00</td></tr>
<tr style="background:#f2f2f2"><td>10/09/2026</td><td>Excision benign lesion 1.1-2.0 cm (11402)</td><td align="right">412.00</td><td align="right">201.16</td><td align="right">160.84</td><td align="right">50.00</td></tr>
<tr><td>10/09/2026</td><td>Pathology, level IV (88305)</td><td align="right">230.00</td><td align="right">96.00</td><td align="right">94.00</td><td align="right">40.00</td></tr>
<tr><td colspan="5" align="right"><b>Amount due by 12/28/2026</b></td><td align="right"><b>$120.00</b></td></tr>
</table>
<p><a href="https://pay.harborviewderm.example.com/?acct=HVD-0098812">Pay online</a> or call 555-0134 (billing, Mon-Fri 8-4).</p>"""
    html = shell_div("Harborview Dermatology", "#2d5f8a", inner, "Questions about insurance? Call the number on your card.")
    return mail(A("Harborview Dermatology Billing", "statements@harborviewderm.example.com"), A("Oksana Ivanova", "oksana.iv@mailbox.example.net"),
                "Your statement from Harborview Dermatology", D(2026, 12, 1, 9, 0, 0),
                text(html, "html", cte="base64"), extra=[("X-Mailer", "PatientPay Statements 5.2")])


@msg("portal-notification-result-cmp", "phi",
     "portal notification to a named patient that a comprehensive metabolic panel result with an abnormal value is available")
def _():
    plain = """Dear Arturo Zamora,

A new test result is available in your Riverbend patient portal:

  Comprehensive metabolic panel - collected 12/01/2026
  1 value outside the normal range (glucose)

Dr. Adaeze Okafor has reviewed the result and left a comment.

Sign in to view: https://portal.riverbendfm.example.com/results

Please do not reply to this message.
"""
    return mail(A("Riverbend Patient Portal", "no-reply@portal.riverbendfm.example.com"), "arturo.zamora@mailbox.example.net",
                "New test result available", D(2026, 12, 2, 17, 40, 0), text(plain),
                extra=[("Auto-Submitted", "auto-generated")])


@msg("pa-determination-letter-denial-humira", "phi",
     "prior-authorisation denial letter (HTML) to a named member: adalimumab for plaque psoriasis, reason and appeal rights")
def _():
    inner = """<p>December 2, 2026</p>
<p>Ivonne Quintero<br>1188 Larkspur Way<br>Meridian KS 66012</p>
<p>Member ID: BWH61120334 &nbsp; Reference: PA-26-771203</p>
<p>Dear Ivonne Quintero,</p>
<p>We reviewed the request from Harborview Dermatology for <b>adalimumab 40 mg/0.4 mL pen, every 14 days</b>
for <b>plaque psoriasis (L40.0)</b>. We are unable to approve this request.</p>
<div style="background:#fff4e5;border:1px solid #f0b429;padding:10px 14px">
<b>Reason:</b> Our policy RX-BIO-07 requires a trial of phototherapy or methotrexate for at least 12 weeks before
a biologic is covered. The records we received did not show this trial.</div>
<p>You or your doctor may appeal within 60 days. Call Member Services at 1-800-555-0166 (TTY 711)
or send the enclosed form.</p>
<p>Sincerely,<br>Pharmacy Utilization Management<br>Bluewater Health Plan</p>"""
    html = shell_div("Bluewater Health Plan", "#1d6fa5", inner, "This letter was also mailed to the address on file. Ref PA-26-771203.")
    return mail(A("Bluewater Health Plan", "letters@bluewaterhp.example.com"), "ivonne.quintero@mailbox.example.net",
                "Important: prior authorization decision (PA-26-771203)", D(2026, 12, 2, 10, 30, 0, "-0600"),
                multi("alternative", [text("A decision about your prior authorization request PA-26-771203 is attached below.\n"
                                           "Please view this message in HTML or sign in to the member portal.\n"),
                                      text(html, "html", cte="quoted-printable")]))


@msg("refill-reminder-atorvastatin", "phi",
     "pharmacy refill reminder to a named patient for atorvastatin with the prescription number and refills left")
def _():
    plain = """Hi Marisol,

It's time to refill ATORVASTATIN 40 MG TABLET (Rx #6120877).
You have 2 refills left. Your last fill was 10/30/2026 for a 30-day supply.

Refill now: https://rx.cornerdrug.example.com/refill?rx=6120877
Or text REFILL to 555-0121.

Corner Drug #7 - 88 Harbor Rd
"""
    return mail(A("Corner Drug Pharmacy", "alerts@rx.cornerdrug.example.com"), "marisol.castellanos@mailbox.example.net",
                "Time to refill your prescription", D(2026, 11, 28, 9, 0, 0), text(plain),
                extra=[("List-Unsubscribe", "<mailto:unsub@rx.cornerdrug.example.com?subject=rx6120877>"), ("Precedence", "bulk")])


@msg("lab-result-ready-vitamin-d", "phi",
     "lab-results-ready notice to a named patient: vitamin D and TSH results from a specific collection date")
def _():
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hello Hiroshi Takahashi,</p>
<p>Your results from <b>Meridian Reference Laboratory</b> are ready.</p>
<ul><li>25-hydroxy vitamin D - collected 11/30/2026</li><li>TSH with reflex to free T4 - collected 11/30/2026</li></ul>
<p>Your results have also been sent to Dr. Bronwyn Redfern. <a href="https://results.meridianlab.example.com/login">View my results</a></p>
<p style="color:#888;font-size:11px">Meridian Reference Laboratory &middot; Patient Services 555-0183</p></body></html>"""
    return mail(A("Meridian Patient Results", "results-noreply@meridianlab.example.com"), "h.takahashi@mailbox.example.net",
                "Your lab results are ready", D(2026, 12, 2, 5, 30, 0), text(html, "html", cte="7bit"))


@msg("es-eob-aviso-html", "phi",
     "Spanish EOB notice (HTML, UTF-8 base64) to a named member: physical therapy sessions, amounts and member ID partly masked",
     lang="es")
def _():
    inner = """<p>Hola, Leticia:</p>
<p>Su Explicación de Beneficios (EOB) está disponible.</p>
<table width="100%" cellpadding="6" style="border-collapse:collapse;font-size:14px;border:1px solid #ccd">
<tr style="background:#eef"><td>N.º de miembro</td><td align="right">CVH*******4471</td></tr>
<tr><td>Paciente</td><td align="right">Leticia Gutiérrez</td></tr>
<tr style="background:#eef"><td>Proveedor</td><td align="right">Lakeshore Physical Therapy</td></tr>
<tr><td>Servicios</td><td align="right">Terapia física, 4 sesiones (11/03 - 11/17)</td></tr>
<tr style="background:#eef"><td>Facturado</td><td align="right">$960.00</td></tr>
<tr><td>Pagado por el plan</td><td align="right">$512.40</td></tr>
<tr style="background:#eef"><td><b>Usted podría deber</b></td><td align="right"><b>$128.10</b></td></tr>
</table>
<p>Esto no es una factura.</p>"""
    html = shell_table("Cedar Valley Health", "#3a4f9e", inner,
                       "Cedar Valley Health &middot; Servicios al Miembro 1-800-555-0177 &middot; <a href=\"https://miembros.cedarvalley.example.com\">miembros.cedarvalley.example.com</a>")
    return mail(A("Cedar Valley Health", "eob@cedarvalley.example.com"), A("Leticia Gutiérrez", "leti.gutierrez@mailbox.example.net", "utf-8", "B"),
                "Su Explicación de Beneficios está lista", D(2026, 11, 30, 7, 0, 0),
                text(html, "html", cs="utf-8", cte="base64"), scs="utf-8", senc="B",
                extra=[("X-Campaign-ID", "eob-es-2611")])


@msg("vi-appt-reminder-mammogram", "phi",
     "Vietnamese appointment reminder (UTF-8 QP) to a named patient for a screening mammogram at a specific clinic",
     lang="vi")
def _():
    bs = """Kính gửi bà Trịnh Thị Mai,

Đây là lời nhắc về cuộc hẹn chụp nhũ ảnh (mammogram) tầm soát của bà:

  Ngày: Thứ Năm, 10/12/2026
  Giờ: 10:15 sáng
  Địa điểm: Trung tâm Chẩn đoán Hình ảnh Mercy Valley, tầng 1

Xin vui lòng không dùng chất khử mùi, phấn hoặc kem dưỡng ở vùng ngực và
nách vào ngày chụp. Nếu cần thông dịch viên tiếng Việt, xin gọi
(614) 555-0158.

Trân trọng,
Mercy Valley Health
"""
    return mail(A("Mercy Valley Health", "reminders@mercyvalley.example.org"), A("Trịnh Thị Mai", "mai.trinh@mailbox.example.net", "utf-8", "B"),
                "Nhắc hẹn: chụp nhũ ảnh ngày 10/12", D(2026, 12, 3, 7, 0, 0),
                text(bs, cs="utf-8", cte="quoted-printable"), scs="utf-8", senc="B")


@msg("zh-tw-patient-statement-big5", "phi",
     "Traditional Chinese patient statement (Big5, base64) to a named patient: acupuncture and physical therapy charges and balance",
     lang="zh")
def _():
    bs = """陳美玲 女士 您好：

以下是您十一月份在本診所的就診費用明細：

  帳號：HPC-20418
  11/05  針灸治療（初診）        $120.00
  11/12  針灸治療                $85.00
  11/19  物理治療 - 下背痛       $95.00
  保險給付                      -$168.00
  應付餘額                       $132.00

請於 12 月 20 日前付款。如有疑問，請致電帳務部 (415) 555-0129。

祥和中醫診所 帳務部
"""
    return mail(A("祥和中醫診所", "billing@harmonyclinic.example.com", "big5", "B"), A("陳美玲", "meiling.chen@mailbox.example.net", "big5", "B"),
                "十一月份費用明細（帳號 HPC-20418）", D(2026, 12, 1, 10, 0, 0, "-0800"),
                text(bs, cs="big5", cte="base64"), scs="big5", senc="B")


@msg("ru-refill-reminder-koi8r", "phi",
     "Russian refill reminder (KOI8-R) to a named patient for metoprolol and lisinopril from a community pharmacy",
     lang="ru")
def _():
    bs = """Здравствуйте, Татьяна Соколова!

Напоминаем, что пора продлить ваши рецепты:

  Метопролол сукцинат 50 мг, рецепт N 6118450, осталось 2 продления
  Лизиноприл 10 мг, рецепт N 6118451, осталось 1 продление

Заказать можно по телефону (718) 555-0119 или в аптеке.
Аптека "Здоровье", 1420 Brighton Ave.
"""
    return mail(A("Аптека Здоровье", "rx@zdorovye-pharmacy.example.com", "koi8-r", "B"),
                "t.sokolova@mailbox.example.net", "Пора продлить рецепты", D(2026, 11, 29, 11, 0, 0),
                text(bs, cs="koi8-r", cte="8bit"), scs="koi8-r", senc="B")


@msg("ko-appt-reminder-endoscopy", "phi",
     "Korean appointment reminder (EUC-KR, base64) to a named patient for upper endoscopy with fasting instructions",
     lang="ko")
def _():
    bs = """김민지 님, 안녕하세요.

예약하신 위내시경 검사 일정을 안내드립니다.

  일시: 2026년 12월 9일 (수) 오전 8시 30분
  장소: 한빛내과의원 2층 내시경실
  담당의: 박성호 원장

검사 전날 밤 9시 이후에는 금식하시고, 아스피린 등 혈액을 묽게 하는 약을
복용 중이시면 미리 알려 주십시오. 수면내시경을 받으시는 경우 보호자와
함께 오셔야 합니다.

문의: (213) 555-0146
한빛내과의원
"""
    return mail(A("한빛내과의원", "clinic@hanbit-im.example.com", "euc-kr", "B"), A("김민지", "minji.kim@mailbox.example.net", "euc-kr", "B"),
                "[한빛내과] 위내시경 검사 예약 안내", D(2026, 12, 4, 9, 0, 0, "-0800"),
                text(bs, cs="euc-kr", cte="base64"), scs="euc-kr", senc="B")


@msg("fr-rappel-rdv-template-alt", "phi",
     "French appointment reminder (multipart/alternative, ISO-8859-1) to a named patient for an abdominal ultrasound with preparation",
     lang="fr")
def _():
    plain = """Bonjour Madame Odette Moreau,

Nous vous rappelons votre rendez-vous au Centre d'Imagerie des Alpes :

  Échographie abdominale
  Lundi 7 décembre 2026 à 14h20
  Site de Grenoble-Est, 2e étage

Merci de venir à jeun depuis 6 heures et d'apporter votre ordonnance
ainsi que vos examens antérieurs.

Pour annuler : 04 555 0131
"""
    html = """<html><body style="font-family:Arial;font-size:14px">
<p>Bonjour Madame Odette Moreau,</p>
<p style="background:#eef6ff;padding:10px"><b>Échographie abdominale</b><br>Lundi 7 décembre 2026 à 14h20<br>Site de Grenoble-Est, 2<sup>e</sup> étage</p>
<p>Merci de venir <b>à jeun depuis 6 heures</b> et d'apporter votre ordonnance.</p>
<p style="font-size:11px;color:#777">Centre d'Imagerie des Alpes &middot; 04 555 0131</p></body></html>"""
    return mail(A("Centre d'Imagerie des Alpes", "rdv@cimagerie-alpes.example.fr.test", "iso-8859-1", "Q"),
                "odette.moreau@mailbox.example.net", "Rappel : votre rendez-vous du 7 décembre",
                D(2026, 12, 4, 18, 0, 0, "+0100"),
                multi("alternative", [text(plain, cs="iso-8859-1", cte="quoted-printable"),
                                      text(html, "html", cs="iso-8859-1", cte="quoted-printable")]),
                scs="iso-8859-1", senc="Q")


@msg("pt-lembrete-exame-template", "phi",
     "Brazilian Portuguese lab notice to a named patient: complete blood count and glucose results available, with protocol number",
     lang="pt")
def _():
    bs = """Olá, Gustavo Ferreira!

Os resultados dos seus exames já estão disponíveis:

  Protocolo: 2611-558120
  Exames: Hemograma completo, Glicemia de jejum
  Data da coleta: 27/11/2026
  Médico solicitante: Dra. Fernanda Coutinho

Acesse com o seu CPF e a senha do protocolo em
https://resultados.labvida.example.com.br.test

Laboratório Vida - Central de atendimento (11) 555-0127
"""
    return mail(A("Laboratório Vida", "resultados@labvida.example.com.br.test", "utf-8", "Q"), "gustavo.ferreira@mailbox.example.net",
                "Seus resultados estão disponíveis - protocolo 2611-558120", D(2026, 11, 29, 8, 0, 0, "-0300"),
                text(bs, cs="utf-8", cte="8bit"), scs="utf-8", senc="Q")

# ---------------------------------------------------------------- restricted templates

@msg("refill-reminder-lithium-template", "restricted",
     "borderline: generated refill reminder to a named patient for lithium carbonate with a lithium-level lab reminder; the drug alone shows bipolar treatment",
     cat="mh")
def _():
    plain = """Hi Quentin,

Your prescription LITHIUM CARBONATE ER 300 MG TABLET (Rx #7720114) is due
for a refill on 12/05/2026. 1 refill remaining.

Reminder from your prescriber's office: your lithium level and kidney
labs are due before this refill can be renewed. Lab orders are on file
at Meridian Reference Laboratory.

Refill online: https://rx.eastsiderx.example.com/r/7720114
Eastside Community Pharmacy | (216) 555-0137
"""
    html = shell_table("Eastside Community Pharmacy", "#5b3f8c",
                       """<p>Hi Quentin,</p><p>Your prescription is due for a refill on <b>12/05/2026</b>.</p>
<table width="100%" cellpadding="8" style="border:1px solid #ddd;border-collapse:collapse"><tr><td><b>LITHIUM CARBONATE ER 300 MG TABLET</b><br>Rx #7720114 &middot; 1 refill remaining</td></tr></table>
<p style="background:#fff8e1;padding:8px"><b>Lab reminder:</b> your lithium level and kidney labs are due before this refill can be renewed.</p>
<p><a href="https://rx.eastsiderx.example.com/r/7720114">Refill online</a></p>""",
                       "Eastside Community Pharmacy &middot; (216) 555-0137")
    return mail(A("Eastside Community Pharmacy", "refills@rx.eastsiderx.example.com"), A("Quentin Lachance", "qlachance@mailbox.example.net"),
                "Refill due 12/05 - Rx #7720114", D(2026, 12, 1, 8, 0, 0),
                multi("alternative", [text(plain), text(html, "html", cte="quoted-printable")]),
                extra=[("Precedence", "bulk"), ("X-Campaign-ID", "refill-due-v3")])


@msg("es-recordatorio-cita-psiquiatria", "restricted",
     "Spanish appointment reminder (multipart/alternative, UTF-8 QP) for a named patient's psychiatry medication-management visit",
     cat="mh", lang="es")
def _():
    plain = """Hola, Santiago Ortega:

Le recordamos su cita en Psiquiatría de Adultos - control de
medicación con la Dra. Linnea Lindqvist:

  Fecha: miércoles 9 de diciembre de 2026
  Hora: 3:30 p. m.
  Lugar: Lakefront Behavioral Health, 3.er piso

Traiga la lista de sus medicamentos y el registro del estado de ánimo.
Para cambiar la cita llame al (216) 555-0165.
"""
    html = """<html><body style="font-family:Arial;font-size:14px;color:#222">
<p>Hola, Santiago Ortega:</p>
<p>Le recordamos su cita:</p>
<table cellpadding="6" style="border:1px solid #9bb;border-collapse:collapse">
<tr><td style="background:#eef6f6">Servicio</td><td>Psiquiatría de Adultos - control de medicación</td></tr>
<tr><td style="background:#eef6f6">Profesional</td><td>Dra. Linnea Lindqvist</td></tr>
<tr><td style="background:#eef6f6">Fecha y hora</td><td>miércoles 9 de diciembre de 2026, 3:30 p. m.</td></tr>
</table>
<p>Traiga el registro del estado de ánimo.</p></body></html>"""
    return mail(A("Lakefront Behavioral Health", "recordatorios@lakefrontbh.example.org"), "santiago.ortega@mailbox.example.net",
                "Recordatorio de cita: Psiquiatría, 9 de diciembre", D(2026, 12, 4, 9, 0, 0),
                multi("alternative", [text(plain, cs="utf-8", cte="quoted-printable"), text(html, "html", cs="utf-8", cte="quoted-printable")]),
                scs="utf-8", senc="Q")


@msg("ja-portal-adhd-psychiatry", "restricted",
     "Japanese portal notice (ISO-2022-JP) to a named patient: psychiatry outpatient follow-up for ADHD and methylphenidate prescription",
     cat="mh", lang="ja")
def _():
    bs = """山本 健二 様

いつもご利用いただきありがとうございます。
精神科外来の次回予約と処方についてお知らせします。

  診療科：精神科（成人ADHD外来）
  日時：2026年12月11日（金）14:00
  担当医：中村 医師
  処方：メチルフェニデート徐放錠 27mg 30日分（前回と同じ）

流通管理の対象薬のため、ご本人が受付で身分証をご提示ください。
予約の変更は 03-555-0162 までご連絡ください。

さくら総合病院 患者ポータル
※このメールは送信専用です。
"""
    return mail(A("さくら総合病院 患者ポータル", "portal@sakura-hospital.example.jp.test", "iso-2022-jp", "B"),
                "kenji.yamamoto@mailbox.example.jp.test", "【さくら総合病院】精神科外来 次回予約のお知らせ",
                D(2026, 12, 4, 10, 0, 0, "+0900"), text(bs, cs="iso-2022-jp", cte="7bit"), scs="iso-2022-jp", senc="B")


@msg("eob-html-hiv-rna-campaign", "restricted",
     "EOB campaign e-mail (HTML, member ID masked) to a named member listing HIV-1 RNA quantification and an infectious-disease visit",
     cat="hiv")
def _():
    inner = """<p style="margin-top:0">Hi Darnell,</p>
<p>We processed a claim for services you received. Here is a summary.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #d9e2ec;font-size:14px;border-collapse:collapse">
<tr style="background:#f0f4f8"><th align="left">Service</th><th align="right">Billed</th><th align="right">Plan paid</th><th align="right">You owe</th></tr>
<tr><td>Office visit, Infectious Disease Clinic (11/20)</td><td align="right">$240.00</td><td align="right">$151.20</td><td align="right">$25.00</td></tr>
<tr style="background:#f0f4f8"><td>HIV-1 RNA, quantitative (11/20)</td><td align="right">$198.00</td><td align="right">$88.10</td><td align="right">$0.00</td></tr>
<tr><td>HIV-1 genotype resistance test (11/21)</td><td align="right">$640.00</td><td align="right">$402.00</td><td align="right">$0.00</td></tr>
</table>
<p>Member ID SGH*****1082 &middot; Claim 2026-11-SG-44120</p>
<p style="text-align:center"><a href="https://my.southerngateway.example.com/claims" style="background:#234e70;color:#fff;padding:10px 20px;text-decoration:none">See claim details</a></p>"""
    html = shell_table("Southern Gateway Health", "#234e70", inner, "This is not a bill. Southern Gateway Health member communications.")
    return mail(A("Southern Gateway Health", "claims-news@mail.southerngateway.example.com"), "darnell.abernathy@mailbox.example.net",
                "Your claim summary is ready", D(2026, 12, 3, 6, 30, 0),
                multi("alternative", [text("Your claim summary is ready. Sign in at https://my.southerngateway.example.com/claims to view it.\n"),
                                      text(html, "html", cte="quoted-printable")]),
                extra=[("X-Campaign-ID", "eob-digest-wk49"), ("List-Unsubscribe", "<https://my.southerngateway.example.com/unsub>")])


@msg("es-aviso-resultados-vih", "restricted",
     "Spanish lab notice (ISO-8859-1 QP) to a named patient that the HIV viral-load result from the infectious-disease clinic is available",
     cat="hiv", lang="es")
def _():
    bs = """Estimado Sr. Joaquín Magaña:

Le informamos que ya está disponible el resultado de su prueba de carga
viral del VIH (ARN VIH-1 cuantitativo) tomada el 24 de noviembre en la
Clínica de Enfermedades Infecciosas.

Su médico, el Dr. Reuben Mwangi, revisará el resultado con usted en su
próxima cita del 15 de diciembre. Puede verlo antes en el portal del
paciente.

Si tiene preguntas, llame a la clínica al (305) 555-0171.

Atentamente,
Servicios al Paciente - Bayfront Health Center
"""
    return mail(A("Bayfront Health Center", "resultados@bayfronthc.example.org"), "jmagana@mailbox.example.net",
                "Resultado de laboratorio disponible - carga viral", D(2026, 11, 28, 8, 30, 0),
                text(bs, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", senc="Q")


@msg("appt-reminder-genetic-counseling", "restricted",
     "multipart/alternative reminder: plain part generic, HTML part names the named patient's hereditary-cancer genetic counselling visit",
     cat="gen")
def _():
    plain = """Hello Nadia,

You have an appointment on Wednesday, December 9, 2026 at 10:30 AM,
Building C, 4th floor.

Reply C to confirm or call 555-0116.
"""
    inner = """<p>Hello Nadia,</p>
<p>Your visit with the <b>Cancer Genetics Program</b> is coming up.</p>
<div style="border:1px solid #c9d6e3;padding:10px 14px;background:#f5f9fc">
<b>Genetic counseling - hereditary breast and ovarian cancer</b><br>
Wednesday, December 9, 2026 &middot; 10:30 AM<br>
Genetic counselor: Magnus Strand, MS, CGC<br>
Building C, 4th floor</div>
<p>Please bring your family history worksheet (parents, siblings, children, aunts, uncles and grandparents, with any
cancer diagnoses and ages). If a relative has had genetic testing, bring a copy of their result.</p>
<p>Testing is usually discussed at this visit; you do not need to fast.</p>"""
    html = shell_table("Unity Mountain Cancer Center", "#2f5d62", inner, "Unity Mountain Cancer Center &middot; 555-0116")
    return mail(A("Unity Mountain Cancer Center", "reminders@unitymountaincc.example.org"), A("Nadia Petrakis", "nadia.petrakis@mailbox.example.net"),
                "Appointment reminder - December 9", D(2026, 12, 4, 8, 0, 0, "-0700"),
                multi("alternative", [text(plain), text(html, "html", cte="quoted-printable")]),
                extra=[("X-Campaign-ID", "appt-rem-72h")])


@msg("pa-determination-letter-lynch-panel", "restricted",
     "prior-auth approval letter to a named member for a hereditary colorectal cancer (Lynch syndrome) multigene panel",
     cat="gen")
def _():
    inner = """<p>December 1, 2026</p>
<p>Rafael Gutierrez<br>Member ID: UMH508812376</p>
<p>Dear Rafael Gutierrez,</p>
<p>Good news. We have <b>approved</b> the request from Helix Path Diagnostics for
<b>genetic testing: hereditary colon cancer multigene panel including MLH1, MSH2, MSH6, PMS2 and EPCAM</b>
(CPT 81435), ordered by Dr. Magnus Strand.</p>
<table cellpadding="5" style="border-collapse:collapse;border:1px solid #bbb;font-size:14px">
<tr><td>Authorization</td><td>UMH-PA-60218</td></tr>
<tr><td>Valid</td><td>12/01/2026 - 02/28/2027</td></tr>
<tr><td>Reason for test</td><td>Personal history of colon cancer before age 50; tumor MSI-high</td></tr>
</table>
<p>Genetic counseling before and after testing is covered at no cost to you.</p>
<p>Utilization Management<br>Unity Mountain Health</p>"""
    html = shell_div("Unity Mountain Health", "#6b4226", inner, "Unity Mountain Health &middot; Member Services 1-800-555-0114")
    return mail(A("Unity Mountain Health", "um-letters@unitymountain.example.com"), "rgutierrez@mailbox.example.net",
                "Your prior authorization was approved (UMH-PA-60218)", D(2026, 12, 1, 12, 0, 0, "-0700"),
                text(html, "html", cte="base64"))


@msg("ko-genetic-test-portal", "restricted",
     "Korean portal notice (EUC-KR) that a named patient's BRCA1/BRCA2 genetic test result is ready, with genetic counselling booking",
     cat="gen", lang="ko")
def _():
    bs = """박지현 님께

요청하신 유전자 검사 결과가 나왔습니다.

  검사명: BRCA1/BRCA2 유전자 검사 (유전성 유방암·난소암)
  검체 채취일: 2026년 11월 16일
  담당의: 이수진 교수 (유방외과)

결과 설명을 위해 유전상담 외래가 12월 14일(월) 오후 2시로
예약되어 있습니다. 결과는 상담 시 직접 설명드립니다.

문의: 유전상담실 (213) 555-0148
한마음병원 환자 포털
"""
    return mail(A("한마음병원 환자포털", "portal@hanmaum-hospital.example.com", "euc-kr", "B"), "jihyun.park@mailbox.example.net",
                "[한마음병원] 유전자 검사 결과 안내", D(2026, 12, 4, 13, 0, 0, "-0800"),
                text(bs, cs="euc-kr", cte="base64"), scs="euc-kr", senc="B")


@msg("refill-reminder-oral-contraceptive", "restricted",
     "pharmacy refill reminder to a named patient for a combined oral contraceptive (norgestimate/ethinyl estradiol), 3-month supply",
     cat="repro")
def _():
    plain = """Hi Yara,

Your birth control refill is ready to order:

  NORGESTIMATE-ETHINYL ESTRADIOL 0.25-0.035 MG TABLET
  Rx #6133902 - 84 tablets (3 packs) - 3 refills left

Order by 12/06 to avoid a gap between packs. Free delivery available.
https://rx.cornerdrug.example.com/refill?rx=6133902

Corner Drug #12 | (937) 555-0121
"""
    return mail(A("Corner Drug Pharmacy", "alerts@rx.cornerdrug.example.com"), "yara.mendoza@mailbox.example.net",
                "Yara, your refill is ready to order", D(2026, 12, 2, 9, 30, 0), text(plain),
                extra=[("Precedence", "bulk"), ("X-Campaign", "refill-due-v4")])


@msg("lab-ready-sti-panel-portal", "restricted",
     "portal notice to a named patient that her chlamydia/gonorrhea NAAT and syphilis results are available, one marked abnormal",
     cat="repro")
def _():
    html = """<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#222">
<p>Hi Linnea,</p>
<p>New results are available in your Riverside Women's Health portal:</p>
<ul>
<li>Chlamydia trachomatis / Neisseria gonorrhoeae NAAT, urine - <b style="color:#b00">abnormal</b></li>
<li>Syphilis screen (RPR) - normal</li>
</ul>
<p>A nurse will call you today about treatment. Your partner(s) may also need treatment; we can provide
expedited partner therapy.</p>
<p><a href="https://portal.riversidewhc.example.org/results">View results</a></p>
<p style="font-size:11px;color:#888">Riverside Women's Health Center &middot; (518) 555-0143</p>
</body></html>"""
    return mail(A("Riverside WHC Portal", "portal@riversidewhc.example.org"), "linnea.jorgensen@mailbox.example.net",
                "New results in your portal", D(2026, 12, 1, 12, 45, 0), text(html, "html", cte="quoted-printable"),
                extra=[("Auto-Submitted", "auto-generated")])


@msg("it-promemoria-consultorio-iud", "restricted",
     "Italian family-planning clinic reminder (UTF-8 base64) to a named patient for IUD insertion with pre-visit instructions",
     cat="repro", lang="it")
def _():
    bs = """Gentile Sig.ra Giulia Rinaldi,

le ricordiamo l'appuntamento presso il Consultorio Familiare di via
Manzoni per l'inserimento della spirale (IUD al levonorgestrel):

  Data: giovedì 10 dicembre 2026, ore 11:00
  Ostetrica: Chiara Bellini
  Medico: Dott.ssa Elena Fabbri

Si consiglia di presentarsi durante il ciclo o nei giorni immediatamente
successivi e di assumere un antidolorifico un'ora prima. Porti con sé
il test di gravidanza se eseguito.

Per disdire: 02 555 0157

Consultorio Familiare - ASST Città Metropolitana
"""
    return mail(A("Consultorio Familiare", "consultorio.manzoni@asst.example.it.test"), "giulia.rinaldi@mailbox.example.it.test",
                "Promemoria appuntamento 10/12 - inserimento spirale", D(2026, 12, 3, 8, 0, 0, "+0100"),
                text(bs, cs="utf-8", cte="base64"), scs="utf-8", senc="B")


@msg("pl-wyniki-chlamydia", "restricted",
     "Polish laboratory notice (ISO-8859-2 QP) to a named patient: positive Chlamydia trachomatis PCR result, contact the doctor",
     cat="repro", lang="pl")
def _():
    bs = """Szanowna Pani Agnieszka Zielińska,

informujemy, że wynik badania zleconego 26.11.2026 jest już dostępny:

  Chlamydia trachomatis - PCR (wymaz z szyjki macicy): DODATNI
  Neisseria gonorrhoeae - PCR: ujemny

Prosimy o kontakt z lekarzem prowadzącym (dr Marta Kowalczyk) w celu
ustalenia leczenia. Zalecane jest również badanie partnera.

Wynik w formie PDF jest dostępny w serwisie pacjenta.

Laboratorium Diagnostyczne "Medica"
tel. 22 555 0138
"""
    return mail(A("Laboratorium Medica", "wyniki@lab-medica.example.pl.test"), "a.zielinska@mailbox.example.pl.test",
                "Wynik badania jest dostępny", D(2026, 11, 30, 15, 0, 0, "+0100"),
                text(bs, cs="iso-8859-2", cte="quoted-printable"), scs="iso-8859-2", senc="Q")


# ---------------------------------------------------------------- template traps

@msg("trap-template-eob-placeholders", "none",
     "EOB e-mail template for approval: HTML with {{member_name}}, {{member_id_masked}} and service-table placeholders, no member")
def _():
    inner = """<p style="margin-top:0">Hi {{member_name}},</p>
<p>Your Explanation of Benefits for a recent claim is ready.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #d9e2ec;font-size:14px;border-collapse:collapse">
<tr style="background:#f0f4f8"><td>Member ID</td><td align="right">{{member_id_masked}}</td></tr>
<tr><td>Patient</td><td align="right">{{patient_name}}</td></tr>
<tr style="background:#f0f4f8"><td>Provider</td><td align="right">{{provider_name}}</td></tr>
<tr><td>Service date</td><td align="right">{{service_date}}</td></tr>
{% for line in claim_lines %}<tr><td>{{line.description}}</td><td align="right">{{line.member_owes}}</td></tr>{% endfor %}
</table>
<p>This is not a bill.</p>"""
    html = shell_table("Keystone Mutual Health", "#0b6e4f", inner, "{{footer_address}} &middot; {{unsubscribe_link}}")
    body = text("""Hi compliance team,

Attached is the v5 paperless EOB template for your sign-off. Changes:
member ID masking now shows the last 4 only, and the service
description pulls the consumer-friendly CPT text. All values are merge
fields; the preview with seed data will come from the ESP once this is
approved.

Marketing Operations
""")
    return mail(A("KMH Marketing Ops", "marketing-ops@keystonemutual.example.com"), "compliance-review@keystonemutual.example.com",
                "For approval: EOB paperless template v5", D(2026, 11, 19, 11, 0, 0),
                multi("mixed", [body, att(html, "text/html", "eob_paperless_v5.html", cte="quoted-printable", params=[("charset", "utf-8")])]))


@msg("trap-template-refill-reminder-proof-seed", "none",
     "ESP proof of a refill-reminder campaign sent to the internal seed list: 'SEED TEST' recipient and a sample medication")
def _():
    plain = """[PROOF - seed list] Campaign refill-due-v4, variant B

Hi SEED TEST,

It's time to refill SAMPLE MEDICATION 10 MG TABLET (Rx #0000000).
You have 0 refills left. Your last fill was 01/01/2026 for a 30-day
supply.

Refill now: https://rx.cornerdrug.example.com/refill?rx=0000000

-- This proof was sent to 6 internal seed addresses. Not delivered to customers.
"""
    return mail(A("Corner Drug Pharmacy (PROOF)", "proofs@esp.example.net"), "seed-list@cornerdrug.example.com",
                "[PROOF] Time to refill your prescription - variant B", D(2026, 11, 26, 14, 0, 0), text(plain),
                extra=[("X-Campaign", "refill-due-v4"), ("X-ESP-Proof", "yes")])


@msg("trap-campaign-performance-report", "none",
     "bulk-sender performance report for EOB and refill campaigns: sends, opens, clicks and bounces only")
def _():
    html = """<html><body style="font-family:Arial;font-size:13px">
<h3 style="margin:0 0 8px">Weekly campaign performance - wk 48</h3>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eee"><th>Campaign</th><th>Sent</th><th>Delivered</th><th>Open rate</th><th>Click rate</th><th>Hard bounces</th><th>Unsubs</th></tr>
<tr><td>eob-paperless-2611</td><td>48,210</td><td>47,902</td><td>61.3%</td><td>22.8%</td><td>211</td><td>48</td></tr>
<tr><td>refill-due-v4</td><td>19,884</td><td>19,770</td><td>44.0%</td><td>18.1%</td><td>66</td><td>102</td></tr>
<tr><td>appt-rem-72h</td><td>31,402</td><td>31,350</td><td>70.2%</td><td>35.5%</td><td>41</td><td>9</td></tr>
<tr><td>flu-shot-2026</td><td>120,000</td><td>118,440</td><td>28.7%</td><td>3.9%</td><td>902</td><td>611</td></tr>
</table>
<p>Deliverability note: Gmail spam-rate 0.08% (under 0.1% target). DMARC alignment 100%.</p>
<p>Account team, Relay ESP</p></body></html>"""
    return mail(A("Relay ESP Account Team", "reports@esp.example.net"), "marketing-ops@keystonemutual.example.com",
                "Weekly campaign performance - wk 48", D(2026, 11, 30, 8, 0, 0), text(html, "html", cte="quoted-printable"))


@msg("trap-vendor-spec-appointment-reminder-api", "none",
     "reminder-vendor API spec email: JSON field list (patient_first_name, appointment_type, dob) with example placeholders")
def _():
    body = text("""Hi Mercy Valley IT,

For the move from CSV uploads to our REST API, here is the payload for
POST /v2/reminders (full OpenAPI file on the developer portal):

  {
    "external_id": "string, your appointment ID",
    "patient_first_name": "string",
    "patient_last_name": "string",
    "dob": "YYYY-MM-DD, used only for IVR identity check",
    "phone": "E.164",
    "language": "en | es | vi | zh | ko | ru",
    "appointment_type": "string shown to patient, e.g. 'Follow-up'",
    "clinic": "string",
    "start": "ISO 8601 datetime with offset",
    "suppress_reason_text": true
  }

We recommend suppress_reason_text = true so that the visit reason is not
read out on voicemail. Sandbox: https://sandbox.remindcall.example.com/v2

RemindCall Integration Engineering
""")
    return mail(A("RemindCall Integrations", "integrations@remindcall.example.com"), "access-it@mercyvalley.example.org",
                "API v2 payload for reminders", D(2026, 11, 20, 16, 0, 0), body)


@msg("trap-template-appt-reminder-genetic-counseling-placeholders", "none",
     "draft reminder template for a genetic-counselling visit type with {{patient_first}} and {{appt_time}} merge fields, no patient")
def _():
    body = text("""Cancer Center comms - new visit type needs a reminder template.

Visit type: GENETIC COUNSELING NEW (GC-NEW)
Channel: e-mail 72h + SMS 24h
Draft copy (please review wording; privacy asked us NOT to put the visit
type in the SMS or subject line):

  Subject: Appointment reminder - {{appt_date_short}}

  Hello {{patient_first}},

  Your visit with the {{department_display}} is on {{appt_date_long}} at
  {{appt_time}}, {{location_line}}.

  Please bring your family history worksheet. {{prep_block}}

  Reply C to confirm or call {{dept_phone}}.

SMS: "{{org_short}}: reminder of your appt {{appt_date_short}} {{appt_time}}. Reply C to confirm."

Thanks - Digital Patient Experience
""")
    return mail(A("Digital Patient Experience", "dpx@unitymountaincc.example.org"), "cancer-center-comms@unitymountaincc.example.org",
                "Template review: GC-NEW reminder", D(2026, 11, 18, 10, 0, 0, "-0700"), body)


@msg("trap-prior-auth-letter-template-liquid", "none",
     "prior-auth determination letter template in Liquid syntax (approve/deny branches, placeholders) sent for legal review")
def _():
    tmpl = """<p>{{ letter_date }}</p>
<p>{{ member.full_name }}<br>Member ID: {{ member.id }}</p>
<p>Dear {{ member.full_name }},</p>
{% if decision == "approved" %}
<p>We have <b>approved</b> the request from {{ requester.name }} for {{ service.description }}.</p>
<p>Authorization {{ auth.number }} is valid {{ auth.start }} - {{ auth.end }}.</p>
{% elsif decision == "denied" %}
<p>We are unable to approve the request from {{ requester.name }} for {{ service.description }}.</p>
<p><b>Reason:</b> {{ denial.reason_plain_language }}</p>
<p>You may appeal within {{ appeal.days }} days. {{ appeal.instructions }}</p>
{% else %}
<p>We need more information. {{ pend.instructions }}</p>
{% endif %}
<p>{{ signature_block }}</p>"""
    body = text("""Legal - attached is the Liquid template the letter engine will use from
January. Please confirm the denial branch meets the plain-language and
appeal-rights requirements. Sample renders will use the test member
"Pat Example".

UM Operations
""")
    return mail(A("UM Operations", "um-ops@bluewaterhp.example.com"), "legal@bluewaterhp.example.com",
                "PA letter template (Liquid) for legal review", D(2026, 11, 23, 13, 0, 0, "-0600"),
                multi("mixed", [body, att(tmpl, "text/html", "pa_determination.liquid.html", cte="quoted-printable", params=[("charset", "utf-8")])]))


@msg("trap-hiv-testing-event-flyer-html", "none",
     "community HIV and STI testing event flyer (HTML bulk mail) mentioning PrEP and free rapid tests, no individual")
def _():
    inner = """<h2 style="color:#a12a5e;margin-top:0">World AIDS Day: free testing, no appointment</h2>
<p><b>Tuesday, December 1 &middot; 10 AM - 6 PM</b><br>Eastside Community Center, 2200 Carnegie Ave</p>
<ul><li>Free rapid HIV test, results in 20 minutes</li><li>Syphilis and hepatitis C screening</li>
<li>Ask about PrEP - a daily pill or injection that prevents HIV</li><li>Free condoms and naloxone kits</li></ul>
<p>All services are confidential. Walk-ins welcome. Spanish and ASL interpreters on site.</p>"""
    html = shell_table("Lakefront Community Clinic", "#a12a5e", inner, "You receive this newsletter as a Lakefront community partner. <a href=\"https://lakefrontclinic.example.org/unsubscribe\">Unsubscribe</a>")
    return mail(A("Lakefront Community Clinic", "news@lakefrontclinic.example.org"), "partners@lists.lakefrontclinic.example.org",
                "World AIDS Day: free HIV testing Tuesday", D(2026, 11, 27, 10, 0, 0), text(html, "html", cte="quoted-printable"),
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://lakefrontclinic.example.org/unsubscribe>")])


@msg("trap-contraception-formulary-update", "none",
     "health-plan formulary bulletin on contraceptive coverage tiers (no cost sharing, new generics), no member")
def _():
    body = text("""Provider bulletin - 2027 contraceptive formulary

Effective 01/01/2027, Keystone Mutual Health covers the following at $0
member cost share, no prior authorization:

  - Levonorgestrel and copper IUDs, etonogestrel implant (medical benefit)
  - Medroxyprogesterone injection 150 mg/mL
  - Generic combined oral contraceptives (norgestimate/EE, levonorgestrel/EE)
  - Norethindrone 0.35 mg and drospirenone 4 mg progestin-only pills
  - Emergency contraception: levonorgestrel 1.5 mg (OTC, at pharmacy
    counter), ulipristal 30 mg (Rx)

Brand products with a generic equivalent move to tier 3 unless the
prescriber submits a medical-necessity exception (form RX-EXC-12).

Pharmacy & Therapeutics Committee
""")
    return mail(A("KMH Provider Communications", "provider-news@keystonemutual.example.com"), "providers@lists.keystonemutual.example.com",
                "2027 contraceptive formulary - provider bulletin", D(2026, 11, 16, 9, 0, 0), body,
                extra=[("Precedence", "list")])


@msg("trap-es-plantilla-recordatorio-cita", "none",
     "Spanish reminder-template draft with {{nombre_paciente}} and {{fecha_cita}} merge fields for translation review, no patient",
     lang="es")
def _():
    bs = """Hola, equipo de traducción:

Necesitamos revisar la versión en español de la plantilla de
recordatorio de citas (72 horas). Los campos entre llaves se rellenan
automáticamente; no los traduzcan.

  Asunto: Recordatorio de su cita del {{fecha_cita_corta}}

  Hola, {{nombre_paciente}}:

  Le recordamos su cita el {{fecha_cita_larga}} a las {{hora_cita}} en
  {{lugar}}. Llegue 15 minutos antes y traiga su tarjeta del seguro.

  Para confirmar, responda C. Para cancelar, llame al {{telefono_clinica}}.

¿Es mejor "Le recordamos" o "Le recordamos que tiene"? Gracias.

Experiencia Digital del Paciente
"""
    return mail(A("Experiencia Digital del Paciente", "dpx@mercyvalley.example.org"), "traducciones@languagebridge.example.com",
                "Revisión de plantilla: recordatorio de cita (español)", D(2026, 11, 17, 11, 0, 0),
                text(bs, cs="windows-1252", cte="quoted-printable"), scs="windows-1252", senc="Q")


@msg("trap-ko-campaign-stats", "none",
     "Korean bulk-mail report (EUC-KR) on health-screening reminder campaign statistics: send and open counts only",
     lang="ko")
def _():
    bs = """안녕하세요, 마케팅팀입니다.

11월 건강검진 안내 메일 발송 결과를 공유드립니다.

  발송 건수: 18,420건
  수신 성공: 18,105건 (98.3%)
  열람률: 41.7%
  예약 페이지 클릭률: 9.2%
  수신 거부: 57건

개인별 수신 내역은 발송 시스템에서만 조회 가능하며, 이 보고서에는
개인정보가 포함되어 있지 않습니다. 12월 발송은 15일로 예정되어 있습니다.

감사합니다.
"""
    return mail(A("마케팅팀", "marketing@hanmaum-hospital.example.com", "euc-kr", "B"), "management@hanmaum-hospital.example.com",
                "11월 건강검진 안내 메일 발송 결과", D(2026, 12, 2, 10, 0, 0, "-0800"),
                text(bs, cs="euc-kr", cte="base64"), scs="euc-kr", senc="B")


@msg("trap-fr-template-eob-decompte", "none",
     "French mutual insurer's statement template (décompte) with {{nom_assure}} placeholders sent to the print/e-mail provider",
     lang="fr")
def _():
    tmpl = """<html><body style="font-family:Arial;font-size:13px">
<p>Bonjour {{civilite}} {{nom_assure}},</p>
<p>Votre décompte de remboursement n° {{numero_decompte}} du {{date_decompte}} est disponible.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date des soins</th><th>Acte</th><th>Dépense</th><th>Remboursé Sécurité sociale</th><th>Remboursé mutuelle</th></tr>
{{#lignes}}<tr><td>{{date_soins}}</td><td>{{libelle_acte}}</td><td>{{depense}}</td><td>{{rembt_ss}}</td><td>{{rembt_mut}}</td></tr>{{/lignes}}
</table>
<p>{{pied_de_page}}</p></body></html>"""
    bs = """Bonjour,

Vous trouverez en pièce jointe le nouveau gabarit HTML des décomptes
(version 3). Les champs {{...}} sont alimentés par notre flux ; merci de
nous renvoyer un BAT avec le jeu de données fictif habituel avant le 15
décembre.

Cordialement,
Service éditique - Mutuelle des Cévennes
"""
    return mail(A("Service éditique", "editique@mutuelle-cevennes.example.fr.test", "iso-8859-1", "Q"), "production@imprimerie-rhone.example.fr.test",
                "Gabarit décompte V3 pour BAT", D(2026, 11, 25, 15, 0, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-1", cte="quoted-printable"),
                                att(tmpl, "text/html", "gabarit_decompte_v3.html", cte="quoted-printable", params=[("charset", "utf-8")])]),
                scs="iso-8859-1", senc="Q")


@msg("trap-vi-health-education-newsletter", "none",
     "Vietnamese health-education newsletter (UTF-8 base64) about diabetes and flu shots, addressed to a list, no individual",
     lang="vi")
def _():
    bs = """Bản tin Sức khỏe Cộng đồng - Tháng 12/2026

1. Bệnh tiểu đường: Hãy kiểm tra chỉ số A1c ít nhất hai lần mỗi năm. Ăn
   nhiều rau, giảm cơm trắng và đồ ngọt, đi bộ 30 phút mỗi ngày.
2. Tiêm ngừa cúm: Mùa cúm đã bắt đầu. Người trên 65 tuổi, phụ nữ mang thai
   và người có bệnh mãn tính nên tiêm ngừa sớm. Tiêm miễn phí tại các
   phòng khám cộng đồng với bảo hiểm Medicare hoặc Medicaid.
3. Lớp học nấu ăn lành mạnh: Thứ Bảy, 12/12, 10 giờ sáng, tại Trung tâm
   Cộng đồng Eastside.

Muốn ngừng nhận bản tin, vui lòng trả lời "HỦY".
"""
    return mail(A("Bản tin Sức khỏe", "bantin@lakefrontclinic.example.org", "utf-8", "B"), "cong-dong@lists.lakefrontclinic.example.org",
                "Bản tin Sức khỏe Cộng đồng - Tháng 12", D(2026, 12, 1, 7, 0, 0),
                text(bs, cs="utf-8", cte="base64"), scs="utf-8", senc="B", extra=[("Precedence", "bulk")])

# ================================================================ awkward attachments

@msg("tiff-fax-cover-referral", "phi",
     "fax-to-email with a TIFF; the OCR'd cover sheet in the body names the patient, DOB and a cardiology referral for new atrial fibrillation")
def _():
    tif = make_tiff(R("tif"), desc="FaxGate page 1 of 4")
    body = text("""FaxGate: new fax received

From CSID:     7405550119 HOLLOWAY NORTH FM
To:           Cardiology Referrals (ext 0152)
Pages:        4
Received:     12/02/2026 14:22
Duration:     01:48

Cover page text (OCR, may contain errors):
  TO: Mercy Valley Heart & Vascular - New Patient Referrals
  FROM: Holloway North Family Medicine, Dr. Shirin Achterberg
  RE: URGENT REFERRAL - Pham, Bao  DOB 05/27/1970
      New onset atrial fibrillation, rate 118, started apixaban 5 mg BID
      Please see within 1 week. Echo ordered.
  Pages to follow: 3 (office note, ECG, med list)

The fax image is attached as TIFF.
""")
    return mail(A("FaxGate", "faxgate@mercyvalley.example.org"), "cardiology-referrals@mercyvalley.example.org",
                "Fax received from 7405550119 (4 pages)", D(2026, 12, 2, 14, 23, 0),
                multi("mixed", [body, att(tif, "image/tiff", "FAX_20261202_142211_7405550119.tif")]),
                extra=[("X-Mailer", "FaxGate Email Gateway 21.2")])


@msg("pdf-image-only-scan-labeled", "phi",
     "scan-to-email with an image-only PDF whose file name names a patient and a brain MRI report; body has nothing else")
def _():
    pdf = make_pdf(image=scan_image(R("scan")))
    body = text("""Scanned from MFP-3F-WEST
Pages: 1
Resolution: 200 dpi
Format: PDF (image)
""")
    return mail(A("MFP-3F-WEST", "scanner-3fwest@childrenswest.example.org"), "hgalloway@childrenswest.example.org",
                "Scan from MFP-3F-WEST", D(2026, 12, 1, 9, 12, 0, "-0800"),
                multi("mixed", [body, att(pdf, "application/pdf", "Mwangi_Jasper_MRI_brain_report_2026-11-30.pdf")]),
                extra=[("X-Mailer", "ScanSend 3.1")])


@msg("password-pdf-statement-mention", "phi",
     "billing e-mail to a named patient: statement for dermatology visit services attached as a password-protected PDF")
def _():
    fn = "Statement_LVD-220417_2026-12.pdf"
    pw = "04171983"
    PDF_PASSWORDS[fn] = pw
    pdf = make_pdf([["##Lakeview Dermatology - Patient Statement", "", "Patient: Annika Rasmussen   Account LVD-220417",
                     "Statement date: 12/02/2026", "", "11/04/2026  99214  Office visit                     $210.00",
                     "11/04/2026  17110  Destruction benign lesions        $145.00",
                     "            Insurance paid                          -$231.40",
                     "            Balance due                              $123.60"]], flate=True, user_pw=pw)
    body = text("""Dear Annika Rasmussen,

Your statement for services at Lakeview Dermatology on 11/04/2026 is
attached. To protect your privacy the PDF is password-protected: the
password is your date of birth as MMDDYYYY.

Balance due: $123.60 by 12/30/2026. Pay online at
https://pay.lakeviewderm.example.com or call 612-555-0104.

Lakeview Dermatology Billing Office
""")
    return mail(A("Lakeview Dermatology Billing", "billing@lakeviewderm.example.com"), "annika.rasmussen@mailbox.example.net",
                "Your statement from Lakeview Dermatology", D(2026, 12, 2, 11, 0, 0, "-0600"),
                multi("mixed", [body, att(pdf, "application/pdf", fn)]))


@msg("zip-medical-records-request", "phi",
     "release-of-information vendor sends an attorney a ZIP of a named patient's orthopaedic records; body lists patient, dates and injury")
def _():
    idx = """RECORDS INDEX - Request ROI-2611-5571
Patient: Gloria Delgado   DOB 08/19/1977
Facility: Northgate Orthopaedic Associates
Dates of service: 01/14/2025 - 11/20/2026

001  Office notes (14 visits)                     office_notes.pdf
002  MRI left shoulder 02/2025                    imaging_report.pdf
003  Operative report 04/2025 (arthroscopic RCR)  op_report.pdf
004  Physical therapy summary                     pt_summary.pdf
005  Itemized billing                             billing.pdf
"""
    members = [("index.txt", idx),
               ("op_report.pdf", make_pdf([["##Operative Report", "Patient: Gloria Delgado  MRN NGO-3310771",
                                            "Date: 04/09/2025  Surgeon: Florian Moreau, MD",
                                            "Procedure: Arthroscopic rotator cuff repair, left shoulder (29827)",
                                            "Findings: Full-thickness supraspinatus tear, 2.1 cm, retracted 1 cm."]], flate=True)),
               ("imaging_report.pdf", make_pdf([["##MRI Left Shoulder without contrast", "Patient: Gloria Delgado  DOB 08/19/1977",
                                                 "Impression: Full-thickness tear of the supraspinatus tendon.",
                                                 "Moderate acromioclavicular osteoarthritis."]]))]
    z = make_zip(members, when=(2026, 11, 30, 16, 5, 0))
    body = text("""Re: Your request ROI-2611-5571 (Delgado v. Ridgeline Logistics)

Attached are the certified records of Gloria Delgado (DOB 08/19/1977)
from Northgate Orthopaedic Associates for dates of service 01/14/2025
through 11/20/2026, relating to her left shoulder injury and rotator
cuff repair, as authorized by the patient's signed HIPAA authorization
dated 11/02/2026.

Invoice INV-55120 ($48.50) is enclosed in the portal. The ZIP password
will be sent by text to your office number on file.

RecordFast Release of Information Services
on behalf of Northgate Orthopaedic Associates
""")
    return mail(A("RecordFast ROI", "delivery@recordfast.example.com"), A("Harriet Quarles, Paralegal", "hquarles@quarleslaw.example.com"),
                "Records delivery ROI-2611-5571 - Delgado", D(2026, 11, 30, 16, 20, 0),
                multi("mixed", [body, att(z, "application/zip", "ROI-2611-5571_Delgado_records.zip")]))


@msg("fax-tiff-cover-prior-auth", "phi",
     "fax-relay notification whose subject and caller fields name a patient and a knee-MRI prior-auth request; TIFF image attached")
def _():
    tif = make_tiff(R("tif2"), desc="FaxRelay inbound", lines=18)
    body = text("""You have received a 2 page fax.

  Date:       11/30/2026 09:02 AM CST
  Caller ID:  785-555-0133
  Sender:     NORTHGATE ORTHO AUTH
  Subject:    PRIOR AUTH REQ - ZAMORA ESPERANZA - MRI L KNEE 73721

Open the attached TIFF to view your fax. Faxes are deleted from the
server after 30 days.
""")
    return mail(A("FaxRelay Inbound", "inbound@faxrelay.example.net"), "um-fax@keystonemutual.example.com",
                "Fax from NORTHGATE ORTHO AUTH: PRIOR AUTH REQ - ZAMORA ESPERANZA - MRI L KNEE", D(2026, 11, 30, 9, 3, 0, "-0600"),
                multi("mixed", [body, att(tif, "image/tiff", "fax_7855550133_20261130_0902.tif")]))


@msg("de-humangenetik-befund-pdf", "restricted",
     "German human-genetics lab sends the referring neurologist a PDF report of a named patient's predictive Huntington's disease test",
     cat="gen", lang="de")
def _():
    pdf = make_pdf([["##Institut für Humangenetik - Befundbericht", "",
                     "Patientin: Ingrid Halvorsen, geb. 11.06.1986", "Einsender: Dr. med. Jonas Weber, Neurologie",
                     "Untersuchung: Prädiktive Diagnostik Chorea Huntington (HTT, CAG-Repeat)", "",
                     "Ergebnis: Allel 1: 17 CAG-Repeats; Allel 2: 42 CAG-Repeats",
                     "Beurteilung: Ein Allel liegt im vollpenetranten Bereich (>= 40).",
                     "Die Anlageträgerschaft für Chorea Huntington ist damit bestätigt.", "",
                     "Die Befundmitteilung erfolgte im genetischen Beratungsgespräch am 01.12.2026",
                     "gemäß Gendiagnostikgesetz."]], flate=True, title="Befund HTT Halvorsen")
    bs = """Sehr geehrter Herr Kollege Weber,

anbei der Befund der prädiktiven Huntington-Diagnostik Ihrer Patientin
Frau Ingrid Halvorsen. Die Befundmitteilung erfolgte am 01.12.2026 im
persönlichen Beratungsgespräch; die Patientin hat der Weitergabe an Sie
schriftlich zugestimmt (GenDG § 11). Ein psychologisches
Unterstützungsangebot wurde vermittelt.

Mit freundlichen Grüßen
Dr. med. Cornelia Schaefer
Fachärztin für Humangenetik
Institut für Humangenetik, Tel. 0761 555-0149
"""
    return mail(A("Dr. Cornelia Schaefer", "c.schaefer@humangenetik-sued.example.de.test"), A("Dr. Jonas Weber", "praxis@neurologie-weber.example.de.test"),
                "Befund prädiktive Diagnostik - Fr. Halvorsen", D(2026, 12, 2, 16, 0, 0, "+0100"),
                multi("mixed", [text(bs, cs="iso-8859-1", cte="quoted-printable"),
                                att(pdf, "application/pdf", "Befund_HTT_Halvorsen_2026-12-01.pdf")]),
                scs="iso-8859-1", senc="Q")


# ---------------------------------------------------------------- awkward traps

@msg("trap-zip-marketing-assets", "none",
     "agency ZIP of PrEP-awareness campaign assets (SVG, copy deck, HTML banner) for review; no individual")
def _():
    svg = """<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="600" height="200" fill="#a12a5e"/>
<text x="30" y="110" font-size="36" fill="#fff" font-family="Arial">PrEP works. Ask us.</text></svg>
"""
    copy = """PrEP awareness - copy deck v2

Headline A: PrEP works. Ask us.
Headline B: One pill a day. Or a shot every two months.
Body: PrEP is a medicine that prevents HIV. Talk to the Lakefront team,
no judgment, same-week appointments. Insurance and assistance programs
accepted.
CTA: Book a PrEP visit
Legal: Photos are of models. PrEP does not protect against other STIs.
"""
    html = """<html><body><a href="https://lakefrontclinic.example.org/prep"><img src="banner.svg" alt="PrEP works. Ask us."></a></body></html>
"""
    z = make_zip([("banner.svg", svg), ("copy_deck_v2.txt", copy), ("banner_preview.html", html)], when=(2026, 11, 24, 12, 0, 0))
    body = text("""Hi Zainab,

Round 2 assets for the PrEP awareness campaign attached (zip: banner,
copy deck, preview). We went with the less clinical headline per your
feedback. Bus-shelter sizes next week.

Cheers,
Pascal
Brightline Creative
""")
    return mail(A("Pascal Delacroix", "pascal@brightlinecreative.example.com"), "zmbeki@lakefrontclinic.example.org",
                "PrEP campaign - round 2 assets", D(2026, 11, 24, 12, 30, 0),
                multi("mixed", [body, att(z, "application/zip", "prep_campaign_round2.zip")]))


@msg("trap-tiff-fax-notification-no-cover", "none",
     "borderline: fax-server notice with an image-only TIFF and no cover text; nothing a reader can see names a patient or care")
def _():
    tif = make_tiff(R("tif3"), desc="inbound fax", lines=20)
    body = text("""You have received a 3 page fax from 5550118.

Received: 12/03/2026 07:48
Line: Main fax (ext 0100)

The fax is attached as a TIFF image.
""")
    return mail(A("Fax Server", "fax@holloway-north.example.com"), "frontdesk@holloway-north.example.com",
                "New fax from 5550118", D(2026, 12, 3, 7, 48, 30),
                multi("mixed", [body, att(tif, "image/tiff", "fax_5550118_0748.tif")]))


@msg("trap-password-pdf-payroll", "none",
     "HR sends a password-protected payroll register PDF to finance; employee pay data only, no health content")
def _():
    fn = "Payroll_Register_2026-11-30.pdf"
    pw = "Nov2026-reg!"
    PDF_PASSWORDS[fn] = pw
    pdf = make_pdf([["##Payroll Register - period ending 11/30/2026", "Company: Riverbend Billing Services LLC", "",
                     "Emp 1042  Ibarra, Dolores    Gross  4,120.00  Net  3,004.11",
                     "Emp 1077  Salazar, Leticia   Gross  3,880.00  Net  2,866.40",
                     "Emp 1103  Balogun, Kwame     Gross  4,510.00  Net  3,270.52",
                     "Totals: 3 employees   Gross 12,510.00"]], flate=True, user_pw=pw)
    body = text("""Hi Cyrus,

November payroll register attached. The PDF is password-protected; I'll
send the password over Teams. Please reconcile against the GL by
Friday.

Thanks,
Rukmini
HR & Payroll
""")
    return mail(A("Rukmini Bakshi", "rbakshi@riverbendbilling.example.com"), "cvance@riverbendbilling.example.com",
                "Nov payroll register (protected)", D(2026, 12, 1, 15, 0, 0),
                multi("mixed", [body, att(pdf, "application/pdf", fn)]))


@msg("trap-image-only-pdf-floorplan", "none",
     "architect sends an image-only scanned PDF of the new infusion-centre floor plan; construction content only")
def _():
    pdf = make_pdf(image=scan_image(R("plan"), lines=20))
    body = text("""Hi all,

Attached is the scanned markup of the infusion center floor plan from
Tuesday's walkthrough (image only, sorry - the plotter scan doesn't OCR).
Key changes: chairs 9-12 move 18 inches east for the oxygen headwall,
nurse station gets a second sink, and the med room door swings out.

Revised CAD set by 12/11.

Teodoro Saavedra, AIA
Saavedra Healthcare Architecture
""")
    return mail(A("Teodoro Saavedra", "tsaavedra@saavedra-arch.example.com"), "facilities@mercyvalley.example.org",
                "Infusion center - scanned floor plan markup", D(2026, 12, 3, 17, 0, 0),
                multi("mixed", [body, att(pdf, "application/pdf", "infusion_center_floorplan_markup.pdf")]))

# ================================================================ webhooks, logs and tickets

@msg("webhook-appointment-created-colonoscopy", "phi",
     "scheduling SaaS reports a failed webhook delivery and includes the payload: named patient, DOB, colonoscopy booking with prep type")
def _():
    payload = {"id": "evt_01JFA2Q8K7", "type": "appointment.created", "created": "2026-12-02T15:04:11Z",
               "data": {"appointment": {"id": "apt_88120441", "start": "2026-12-16T07:30:00-05:00", "duration_min": 45,
                                         "location": "Lakeside GI Endoscopy Suite B", "provider": "Dr. Cedric Oduya",
                                         "visit_type": "Screening colonoscopy", "prep": "split-dose PEG, low-residue diet 2 days",
                                         "notes": "Hx adenomatous polyps 2021. On clopidogrel - hold 5 days per cardiology."},
                        "patient": {"id": "pt_5521903", "first_name": "Horace", "last_name": "Kessler", "dob": "1958-10-02",
                                    "phone": "+1-614-555-0181", "email": "hkessler58@mailbox.example.net"}}}
    body = text("""Webhook delivery failed

Endpoint:  https://hooks.lakesidegi.example.com/booking
Event:     appointment.created (evt_01JFA2Q8K7)
Attempts:  5 of 5, last response HTTP 503
Status:    Disabled after repeated failures

Payload of the last attempt:

%s
Re-enable the endpoint in Settings > Developers > Webhooks. Events from
the last 72 hours can be replayed.

-- BookWell Platform
""" % jdump(payload))
    return mail(A("BookWell Platform", "webhooks-noreply@bookwell.example.com"), "it-alerts@lakesidegi.example.com",
                "[BookWell] Webhook endpoint disabled after failures", D(2026, 12, 2, 15, 30, 0),
                body, extra=[("Auto-Submitted", "auto-generated")])


@msg("webhook-crm-lead-bariatric", "phi",
     "borderline: CRM webhook notice of a web lead: named prospective patient's BMI, type 2 diabetes and sleep apnea for a bariatric consult")
def _():
    lead = {"event": "lead.created", "source": "web-form/bariatric-seminar", "received_at": "2026-12-01T20:41:55-06:00",
            "lead": {"first_name": "Janelle", "last_name": "Whitfield", "phone": "(316) 555-0175", "email": "janelle.w@mailbox.example.net",
                     "dob": "1984-03-30", "height_in": 65, "weight_lb": 262, "bmi": 43.6,
                     "conditions": ["type 2 diabetes", "sleep apnea (CPAP)", "high blood pressure"],
                     "insurance": "Bluewater Health Plan", "interest": "Sleeve gastrectomy consultation",
                     "preferred_contact": "text after 5pm"}}
    body = text("""New lead assigned to you: Janelle Whitfield (bariatric program).

%s
Call within 24 hours to keep the SLA. Open in CRM:
https://crm.prairiebariatrics.example.com/leads/LD-228104
""" % jdump(lead))
    return mail(A("Prairie Bariatrics CRM", "crm-noreply@prairiebariatrics.example.com"), "navigator2@prairiebariatrics.example.com",
                "New lead: Janelle Whitfield - sleeve consult", D(2026, 12, 1, 20, 42, 30, "-0600"), body,
                extra=[("Auto-Submitted", "auto-generated")])


@msg("it-ticket-stacktrace-patient-object", "phi",
     "IT ticket with a Java stack trace whose exception message dumps a live patient object: name, DOB, MRN, diagnosis and medication")
def _():
    trace = """2026-12-03 11:02:41,118 ERROR [http-nio-8443-exec-17] c.m.portal.refill.RefillController - refill submit failed
com.mercyvalley.portal.refill.RefillValidationException: cannot renew: Patient{mrn='MV00472231', name='ROSARIO, DENISE M', dob=1963-09-18, pcp='OKAFOR, ADAEZE', activeRx=[Rx{id=8812044, drug='insulin glargine 100 unit/mL pen', sig='28 units qHS'}, Rx{id=8812045, drug='metformin 1000 mg', sig='BID'}], problems=[E11.65, E66.01], lastA1c=9.4}
    at com.mercyvalley.portal.refill.RefillService.validate(RefillService.java:212)
    at com.mercyvalley.portal.refill.RefillService.submit(RefillService.java:141)
    at com.mercyvalley.portal.refill.RefillController.post(RefillController.java:77)
    at jdk.internal.reflect.GeneratedMethodAccessor318.invoke(Unknown Source)
    at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:897)
    ... 48 more"""
    body = text("""INC-2290377 | P3 | Patient Portal
Short description: Refill requests failing for some insulin patients

Work notes (Jolene Fitzgerald, 12/03 11:20):
Reproduced with the patient who called in. Log excerpt from portal-app-02:

%s

Root cause: validation rejects renewals when lastA1c > 9 without a
recent visit, which is a clinical rule that should route to the nurse
pool, not throw. Note the exception message serializes the whole
Patient object - raising a separate security ticket to stop logging PHI.
""" % trace)
    return mail(A("Mercy Valley IT Service Desk", "itsd@mercyvalley.example.org"), "portal-dev@mercyvalley.example.org",
                "INC-2290377 work notes: refill requests failing", D(2026, 12, 3, 11, 21, 0), body,
                extra=[("Auto-Submitted", "auto-generated")])


@msg("it-ticket-kafka-dlq-lab-event", "phi",
     "engineering alert quoting a dead-letter-queue message: a named patient's critical potassium result event with MRN and ordering doctor")
def _():
    evt = {"schema": "lab.result.v3", "key": "MV00551208", "partition": 4, "offset": 1188204,
           "value": {"event_id": "c0e1a4b8-5f2d-4b77-9c51-7d8d8e5f9a10", "patient": {"mrn": "MV00551208", "name": "Balogun, Thandiwe", "dob": "1947-02-19"},
                     "order": {"accession": "M26-338120", "test": "Potassium, serum", "ordering": "Petrakis, Nadia MD"},
                     "result": {"value": 6.1, "units": "mmol/L", "flag": "HH", "critical": True, "resulted_at": "2026-12-03T04:12:09-05:00"}},
           "error": "SchemaValidationException: field result.reference_range required"}
    body = text("""[OnCallOps] DLQ depth > 0 on lab-results-consumer (prod)

1 message in lab.result.v3.DLQ. Consumer rejected it on schema
validation. Because this is a CRITICAL result, the nurse notification
did not fire. Message:

%s
Runbook: replay after patching the schema default, then confirm the
critical-call workflow ran for this patient.
""" % jdump(evt))
    return mail(A("OnCallOps", "alerts@oncallops.example.net"), "oncall-integration@mercyvalley.example.org",
                "[TRIGGERED] DLQ depth > 0 on lab-results-consumer (prod)", D(2026, 12, 3, 4, 13, 0),
                body, extra=[("Auto-Submitted", "auto-generated"), ("X-OnCall-Incident", "Q3X8821")])


@msg("es-webhook-telemedicina-cita", "phi",
     "Spanish telemedicine platform email quoting a webhook payload: named patient's dermatology video consult for a changing mole",
     lang="es")
def _():
    payload = {"evento": "cita.creada", "id_cita": "TM-2026-88412", "fecha": "2026-12-09T17:00:00-06:00",
               "paciente": {"nombre": "Esperanza", "apellidos": "Valdivia Rojas", "fecha_nacimiento": "1979-06-12",
                            "telefono": "+52 55 555 0144"},
               "especialidad": "Dermatología", "medico": "Dra. Marisol Cisneros",
               "motivo": "Lunar en espalda que cambió de color y tamaño en 3 meses; antecedente familiar de melanoma",
               "fotos_adjuntas": 3}
    bs = """Hola equipo de sistemas:

El webhook de "cita.creada" no llegó a la agenda de la clínica; la
plataforma nos mandó el contenido por correo. Se los paso para que lo
den de alta manualmente:

%s
La paciente ya pagó la consulta.

Coordinación de Telemedicina
""" % jdump(payload, ascii_only=False)
    return mail(A("Coordinación Telemedicina", "telemedicina@dermasalud.example.com.mx.test"), "sistemas@dermasalud.example.com.mx.test",
                "Alta manual de cita TM-2026-88412 (webhook falló)", D(2026, 12, 2, 12, 0, 0, "-0600"),
                text(bs, cs="utf-8", cte="quoted-printable"), scs="utf-8", senc="Q")


@msg("ja-webhook-yoyaku-shika", "phi",
     "Japanese booking-system error email (Shift_JIS) quoting a webhook payload: named patient's dental appointment and symptoms",
     lang="ja")
def _():
    payload = {"event": "reservation.created", "reservation_id": "R-20261204-0113",
               "patient": {"name": "高橋 直子", "kana": "タカハシ ナオコ", "birth_date": "1971-04-08", "tel": "03-555-0163"},
               "clinic": "みなと歯科クリニック", "datetime": "2026-12-08T10:30:00+09:00",
               "menu": "一般歯科（痛みあり）", "symptoms": "右下の奥歯がしみる・夜間にズキズキ痛む。3年前に同じ歯を治療。"}
    bs = """みなと歯科クリニック ご担当者様

予約システムから電子カルテへの連携（Webhook）が失敗しました。
以下の予約を手動でご登録ください。

%s
再送は管理画面の「連携ログ」から行えます。

予約ネット サポートセンター
""" % jdump(payload, ascii_only=False)
    return mail(A("予約ネット サポート", "support@yoyakunet.example.jp.test", "shift_jis", "B"), "info@minato-dental.example.jp.test",
                "【予約ネット】連携エラーのお知らせ（R-20261204-0113）", D(2026, 12, 4, 9, 15, 0, "+0900"),
                text(bs, cs="shift_jis", cte="base64"), scs="shift_jis", senc="B")


@msg("json-webhook-payment-posted", "phi",
     "payment-processor webhook forwarded to billing: a named guarantor's card payment on a patient account for physical therapy visits")
def _():
    payload = {"type": "payment.succeeded", "id": "pay_7Jq2X91", "amount": 8400, "currency": "usd",
               "metadata": {"patient_account": "LPT-004418", "patient_name": "Marisol Cisneros", "guarantor": "Marisol Cisneros",
                            "description": "Physical therapy visits 11/12, 11/19 - copays", "statement_id": "ST-2611-4418"},
               "card": {"brand": "visa", "last4": "4242"}, "created": "2026-12-01T18:22:03Z"}
    body = text("""Payment posted automatically. Payload for the posting log:

%s
-- PayPort integration (Lakeshore Physical Therapy)
""" % jdump(payload))
    return mail(A("PayPort Integration", "payport@lakeshorept.example.com"), "billing@lakeshorept.example.com",
                "Payment posted: LPT-004418 ($84.00)", D(2026, 12, 1, 12, 22, 30), body,
                extra=[("Auto-Submitted", "auto-generated")])


@msg("webhook-iop-intake-booked", "restricted",
     "scheduling webhook e-mailed to intake staff: named person booked for a substance-use intensive outpatient programme assessment",
     cat="sud")
def _():
    payload = {"type": "appointment.booked", "program": "Adult IOP - Substance Use", "appointment_type": "IOP intake assessment (ASAM)",
               "start": "2026-12-04T09:00:00-05:00", "location": "New Dawn Outpatient, Suite 200",
               "client": {"first_name": "Cyrus", "last_name": "Galloway", "dob": "1993-11-04", "phone": "(248) 555-0196"},
               "intake_answers": {"primary_substance": "alcohol", "secondary": "cocaine", "last_use": "2026-11-29",
                                  "prior_treatment": "detox 2024", "referred_by": "drug court"}}
    body = text("""New IOP intake booked online. Please call to complete the pre-screen
and explain the Part 2 consent forms before the appointment.

%s
-- New Dawn scheduling automation
""" % jdump(payload))
    return mail(A("New Dawn Scheduling", "scheduling-bot@newdawnrecovery.example.org"), "iop-intake@newdawnrecovery.example.org",
                "IOP intake booked - Fri 12/04 9:00", D(2026, 12, 2, 19, 10, 0), body,
                extra=[("Auto-Submitted", "auto-generated")])


@msg("pt-br-log-ticket-caps-ad", "restricted",
     "Brazilian IT ticket (Portuguese) pasting an application log with a live record of a named patient at a CAPS AD (alcohol and drugs) centre",
     cat="sud", lang="pt")
def _():
    log = """2026-12-02 10:14:55.301 ERROR [prontuario-api] Falha ao gravar evolução: ConstraintViolation
  payload={"unidade":"CAPS AD III Jardim Norte","paciente":{"nome":"Raimundo Nonato Alves","cns":"898001160482211","nasc":"1975-08-14"},
  "evolucao":{"data":"2026-12-02","profissional":"Enf. Cleide Moura","texto":"Paciente em acolhimento noturno, 5º dia sem uso de álcool. Sem sinais de abstinência grave. Mantém diazepam conforme PTS."},
  "cid":"F10.2"}"""
    bs = """Chamado #77120 - Prontuário eletrônico CAPS AD

Prezados,

Desde a atualização de ontem as evoluções da equipe de enfermagem do
CAPS AD III não estão sendo gravadas. Segue trecho do log do servidor
(contém dados reais de paciente, por favor não reencaminhar):

%s

Parece que o campo "cid" passou a ser obrigatório em outro formato.
Urgente, pois o acolhimento noturno depende do registro.

Atenciosamente,
Equipe de TI - Secretaria Municipal de Saúde
""" % log
    return mail(A("TI Saúde", "ti@saude.prefeitura.example.br.test"), "suporte@prontuariosus.example.com.br.test",
                "Chamado #77120 - evoluções não gravam no CAPS AD", D(2026, 12, 2, 10, 30, 0, "-0300"),
                text(bs, cs="utf-8", cte="quoted-printable"), scs="utf-8", senc="Q")


@msg("zh-webhook-prep-consult", "restricted",
     "Chinese (GB2312) telehealth CRM notice quoting a webhook: named person booked a PrEP (HIV pre-exposure prophylaxis) consultation",
     cat="hiv", lang="zh")
def _():
    payload = {"event": "booking.created", "service": "HIV 暴露前预防（PrEP）咨询",
               "patient": {"name": "刘志强", "gender": "男", "birth": "1996-07-21", "phone": "021-555-0137"},
               "time": "2026-12-05 19:00", "doctor": "周医生",
               "questionnaire": {"last_hiv_test": "2026-06", "partner_status": "HIV 阳性，已抑制", "previous_prep": "否"}}
    bs = """您好：

在线问诊平台有一条新的 PrEP 咨询预约，系统推送失败，内容如下，
请尽快录入并安排检测（HIV、肝功能、肾功能）：

%s
客服中心
""" % jdump(payload, ascii_only=False)
    return mail(A("健康在线客服中心", "kefu@jiankang-online.example.cn.test", "gb2312", "B"), "prep-clinic@jiankang-online.example.cn.test",
                "新的 PrEP 咨询预约（推送失败）", D(2026, 12, 3, 20, 0, 0, "+0800"),
                text(bs, cs="gb2312", cte="base64"), scs="gb2312", senc="B")


@msg("webhook-medication-abortion-telehealth", "restricted",
     "telehealth intake webhook for a named patient's medication-abortion eligibility (LMP, gestational age, mifepristone/misoprostol)",
     cat="repro")
def _():
    payload = {"event": "intake.completed", "service": "medication_abortion", "submitted_at": "2026-12-03T22:14:51Z",
               "patient": {"first_name": "Noemi", "last_name": "Rasmussen", "dob": "2000-01-29", "state": "NM",
                           "phone": "(505) 555-0192"},
               "screening": {"lmp": "2026-10-28", "gestational_age_days": 36, "ultrasound_done": False, "ectopic_risk_factors": [],
                             "rh_known": "unknown", "iud_in_place": False},
               "plan": "mifepristone 200 mg + misoprostol 800 mcg buccal", "clinician_review": "pending"}
    body = text("""New intake ready for clinician review (queue: MAB-NM).

%s
Review within 4 business hours. Mail-out pharmacy cutoff is 3 PM MT.
""" % jdump(payload))
    return mail(A("Intake Router", "intake-router@clearpathtelehealth.example.com"), "clinician-queue@clearpathtelehealth.example.com",
                "Intake ready for review (MAB-NM)", D(2026, 12, 3, 15, 15, 0, "-0700"), body,
                extra=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- wrapper traps

@msg("trap-webhook-test-event-ping", "none",
     "scheduling platform's webhook test event: sample payload with 'Test Patient' placeholder values, labelled test")
def _():
    payload = {"id": "evt_test_000000", "type": "appointment.created", "livemode": False, "test": True,
               "data": {"appointment": {"id": "apt_test_1", "start": "2026-01-01T09:00:00Z", "visit_type": "Sample visit type",
                                         "location": "Sample location"},
                        "patient": {"id": "pt_test_1", "first_name": "Test", "last_name": "Patient", "dob": "1900-01-01"}}}
    body = text("""A test event was sent to your endpoint from the dashboard.

Endpoint:  https://hooks.lakesidegi.example.com/booking
Response:  HTTP 200 in 212 ms

Test payload (livemode=false):

%s
-- BookWell Platform
""" % jdump(payload))
    return mail(A("BookWell Platform", "webhooks-noreply@bookwell.example.com"), "it-alerts@lakesidegi.example.com",
                "[BookWell] Test event delivered", D(2026, 12, 2, 16, 2, 0), body, extra=[("Auto-Submitted", "auto-generated")])


@msg("trap-webhook-schema-json", "none",
     "JSON Schema for an intake webhook (properties dob, diagnosis_codes, medications) shared with a partner, no instance data")
def _():
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://schemas.clearpathtelehealth.example.com/intake.completed.v2.json", "title": "intake.completed",
              "type": "object", "required": ["event", "service", "patient"],
              "properties": {"event": {"const": "intake.completed"},
                             "service": {"enum": ["uti", "birth_control", "medication_abortion", "prep", "weight_management"]},
                             "patient": {"type": "object", "required": ["first_name", "last_name", "dob"],
                                         "properties": {"first_name": {"type": "string"}, "last_name": {"type": "string"},
                                                        "dob": {"type": "string", "format": "date"}, "state": {"type": "string", "minLength": 2}}},
                             "diagnosis_codes": {"type": "array", "items": {"type": "string", "pattern": "^[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?$"}},
                             "medications": {"type": "array", "items": {"type": "string"}}}}
    body = text("""Hi pharmacy integration team,

Here is the v2 schema for intake.completed so you can build your
listener. Sample events will come from our sandbox (all fake
patients). Production credentials only after the BAA is countersigned.

ClearPath Platform Engineering
""")
    return mail(A("ClearPath Platform Engineering", "platform@clearpathtelehealth.example.com"), "integrations@mailorderrx.example.com",
                "intake.completed v2 JSON Schema", D(2026, 11, 21, 11, 0, 0, "-0700"),
                multi("mixed", [body, att(jdump(schema), "application/json", "intake.completed.v2.schema.json")]))


@msg("trap-it-ticket-sftp-log-filenames", "none",
     "SFTP transfer log in an IT ticket: batch file names (837P, 835, 270), sizes and timestamps only")
def _():
    log = """Dec  2 01:00:02 sftp01 sshd[22811]: Accepted publickey for rfm_edi from 10.40.2.18 port 52214
Dec  2 01:00:03 sftp01 internal-sftp[22813]: open "/outbound/RFM_837P_20261202_4418.x12" flags WRITE,CREATE,TRUNCATE mode 0640
Dec  2 01:00:03 sftp01 internal-sftp[22813]: close "/outbound/RFM_837P_20261202_4418.x12" bytes read 0 written 48211
Dec  2 01:00:04 sftp01 internal-sftp[22813]: open "/outbound/RFM_270_20261202_0012.x12" flags WRITE,CREATE,TRUNCATE mode 0640
Dec  2 01:00:04 sftp01 internal-sftp[22813]: close "/outbound/RFM_270_20261202_0012.x12" bytes read 0 written 9120
Dec  2 01:15:41 sftp01 internal-sftp[22813]: open "/inbound/ERA_835_BWHP_20261202.835" flags READ mode 0666
Dec  2 01:15:41 sftp01 internal-sftp[22813]: close "/inbound/ERA_835_BWHP_20261202.835" bytes read 0 written 0
Dec  2 01:15:42 sftp01 internal-sftp[22813]: error: "/inbound/ERA_835_BWHP_20261202.835": zero-length file"""
    body = text("""INC-0451102 | P4 | EDI
Zero-length 835 pickup from Bluewater overnight. Log below (file names
and sizes only). Asked Bluewater to resend; our 837 and 270 uploads
went fine.

%s
""" % log)
    return mail(A("Riverbend IT Helpdesk", "helpdesk@riverbendbilling.example.com"), "edi-team@riverbendbilling.example.com",
                "INC-0451102: zero-length 835 from Bluewater", D(2026, 12, 2, 7, 30, 0), body)


@msg("trap-methadone-clinic-vendor-invoice", "none",
     "opioid treatment programme's office manager disputes a dosing-pump service invoice with the vendor; no patient")
def _():
    body = text("""Hi Salvatore,

We received invoice MDS-26-1188 for $2,940 for the quarterly service on
our two methadone dispensing pumps. Our contract (MSA section 4.2)
includes quarterly calibration, so only the replacement tubing kits
($310) should be billable. Please send a corrected invoice.

Also, can your tech come before 6 AM? We start dosing at 6:30 and the
last visit ran into the line.

Thanks,
Mirela Kaczmarek
Office Manager, Harbor Street Treatment Center
""")
    return mail(A("Harbor Street Treatment Center", "office@harborstreettc.example.org"), "billing@meddispensesys.example.com",
                "Invoice MDS-26-1188 - calibration is covered under MSA", D(2026, 11, 25, 13, 0, 0), body)

# ================================================================ PHI in odd places

def make_png(rng, w=320, h=420):
    """Greyscale 8-bit PNG that looks like a photographed page."""
    rows = []
    for y in range(h):
        base = 236 - (y * 12 // h)
        row = bytearray([base] * w)
        if 30 < y < h - 30 and (y // 9) % 2 == 0 and rng.random() < 0.85:
            x = 24
            end = rng.randint(w // 2, w - 24)
            while x < end:
                wl = rng.randint(3, 14)
                for k in range(wl):
                    if x + k < w:
                        row[x + k] = rng.choice([40, 60, 90, 120])
                x += wl + rng.randint(2, 6)
        rows.append(b"\x00" + bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


@msg("subject-only-claim-status", "phi",
     "PHI only in the subject line: claim number, patient name, date of service and a denied lumbar MRI; the body says only 'see subject'")
def _():
    body = text("""see subject - can you pull the denial letter and tell me if we can appeal? thx

Sent from my iPhone
""")
    return mail(A("Leticia Salazar", "lsalazar@harborviewderm.example.com"), "ar-team@riverbendbilling.example.com",
                "Claim 2611-0448812 status - ROSARIO, DENISE - DOS 10/03 lumbar MRI denied CO-50",
                D(2026, 12, 2, 19, 4, 0), body, extra=[("X-Mailer", "iPhone Mail (22B91)")])


@msg("filename-only-eob-photo", "phi",
     "member e-mails a photo of a paper EOB; only the PNG file name names her and the knee replacement, the body is one line")
def _():
    png = make_png(R("png"))
    body = text("""here it is

Sent from my phone
""")
    return mail(A("Kristin", "kristin.h1968@mailbox.example.net"), A("Benefits Help Desk", "benefits@marchettitool.example.com"),
                "the paper they sent me", D(2026, 11, 29, 18, 33, 0),
                multi("mixed", [body, att(png, "image/png", "Kristin_Halvorsen_EOB_total_knee_replacement_Oct2026.png")]))


@msg("forwarded-rfc822-portal-message", "phi",
     "patient forwards (as message/rfc822) a portal balance notice for her MRI to the billing office, disputing the charge")
def _():
    inner_body = text("""Dear Esperanza Zamora,

A new balance is available on your Mercy Valley account.

  Account:      V9921877
  Service:      MRI left knee without contrast (73721)
  Date:         10/21/2026
  Insurance:    Keystone Mutual Health - claim denied (no prior authorization)
  Balance due:  $1,640.00

Pay or set up a payment plan at https://pay.mercyvalley.example.org.
""")
    inner = mail(A("Mercy Valley MyHealth", "no-reply@myhealth.mercyvalley.example.org"), "ezamora87@mailbox.example.net",
                 "New balance on your account", D(2026, 11, 30, 6, 0, 0), inner_body)
    outer = text("""Hi, I'm forwarding the message below. The orthopedic office told me the
MRI was authorized (they faxed a request on 11/30 - I have the
confirmation). I should not owe $1,640. Please hold this from
collections while you sort it out with Keystone.

Esperanza Zamora
DOB 05/02/1987
""")
    return mail(A("Esperanza Zamora", "ezamora87@mailbox.example.net"), "billing@mercyvalley.example.org",
                "Fwd: New balance on your account - this should be covered", D(2026, 12, 1, 20, 15, 0),
                multi("mixed", [outer, rfc822(inner, "New balance on your account.eml")]))


# ================================================================ ordinary mail (none)

@msg("sftp-key-rotation-notice", "none", "clearinghouse notice about SFTP host-key rotation; IT only")
def _():
    body = text("""Claimbridge trading partners,

We will rotate the SSH host keys on sftp.claimbridge.example.net on
Saturday 12/12 between 22:00 and 23:00 ET. New fingerprints:

  ED25519  SHA256:q3bY8l7cYp3oJ2X0aT1yWmXl9mBvC4QmE0rT8u6sK2Q
  RSA-4096 SHA256:Xk2Zr0dQe5HvP7n1Lw9tBf3sUu8aMc6yG4jRp1oN0Vc

If your client pins host keys, update it before your next scheduled
transfer or uploads will fail. No change to credentials or IP ranges.

Claimbridge Network Operations
""")
    return mail(A("Claimbridge NetOps", "netops@claimbridge.example.net"), "edi-partners@lists.claimbridge.example.net",
                "SFTP host key rotation Sat 12/12", D(2026, 12, 1, 10, 0, 0), body, extra=[("Precedence", "list")])


@msg("clearinghouse-contract-renewal", "none", "B2B contract renewal and pricing e-mail between a billing company and its clearinghouse")
def _():
    body = text("""Hi Cyrus,

Your Claimbridge agreement renews on 01/31/2027. Proposed 2027 terms:

  Professional claims (837P)       $0.21 per claim (was $0.24)
  Institutional claims (837I)      $0.35 per claim
  ERA (835) and eligibility (270)  included
  Minimum monthly                  $450

The 3-year option drops professional claims to $0.19. Happy to walk
through it on a call next week - Tuesday or Thursday afternoon?

Best,
Vikram Chaudhry
Account Executive, Claimbridge
""")
    return mail(A("Vikram Chaudhry", "vchaudhry@claimbridge.example.net"), A("Cyrus Vance", "cvance@riverbendbilling.example.com"),
                "2027 renewal terms", D(2026, 11, 30, 14, 0, 0), body)


@msg("interface-engine-upgrade-maintenance", "none", "maintenance-window notice for an interface engine upgrade; channels and times only")
def _():
    body = text("""Change CHG-30118 - interface engine upgrade 4.5 -> 4.6

When:   Sunday 12/13, 01:00-04:00
Impact: all HL7 and FHIR interfaces queue during the window; no data
        loss expected. Lab results and ADT will catch up by ~04:30.
Rollback: snapshot restore, 30 minutes.

Downtime procedures for nursing units are unchanged (paper requisitions
for STAT labs during the window).

Integration Services
""")
    return mail(A("Integration Services", "integration@mercyvalley.example.org"), "it-all@mercyvalley.example.org",
                "CHG-30118: interface engine upgrade Sun 12/13 01:00-04:00", D(2026, 12, 3, 12, 0, 0), body)


@msg("integration-team-standup-notes", "none", "integration team stand-up notes: tickets, channels and deadlines, no patient data")
def _():
    body = text("""Stand-up 12/03

Wendell - SIU/AIL mapping for ortho x-ray flag: vendor confirmed AIS-3;
  fix in TST tomorrow.
Salome  - MDM error queue down to 3; PV1-3 bed transfer bug logged
  with the EHR vendor (case 881204).
Kwame   - Sunrise TA1 fixed, resent file accepted (999 A).
Yuki    - FHIR bulk export for ACO pilot: job scheduler moved to 06:00.
Blockers - none. Code freeze for the engine upgrade starts Friday.

Next retro Thursday 3 pm.
""")
    return mail(A("Yuki Sato", "ysato@northgate-ortho.example.com"), "integration-team@northgate-ortho.example.com",
                "stand-up notes 12/03", D(2026, 12, 3, 9, 40, 0, "-0600"), body)


@msg("vendor-invoice-edi-services", "none", "vendor invoice for EDI services (claim counts and fees) between businesses")
def _():
    body = text("""Invoice CB-2026-11-0412

Bill to: Riverbend Billing Services LLC
Period:  November 2026

  837P professional claims   18,204 x $0.24    $4,368.96
  837I institutional claims   1,102 x $0.35      $385.70
  Claim status (276/277)       admin fee          $75.00
  Total due                                     $4,829.66

Payment terms: net 30. ACH details on file.

Claimbridge Accounts Receivable
""")
    return mail(A("Claimbridge AR", "ar@claimbridge.example.net"), "ap@riverbendbilling.example.com",
                "Invoice CB-2026-11-0412", D(2026, 12, 1, 7, 0, 0), body)


@msg("webinar-fhir-r4-bulk-data", "none", "webinar invitation about FHIR bulk data and payer APIs; marketing")
def _():
    html = """<html><body style="font-family:Arial;font-size:14px">
<h2 style="color:#0a5d8c">Webinar: Bulk FHIR in production - lessons from payer and ACO teams</h2>
<p><b>Thursday, December 10 &middot; 1:00 PM ET &middot; 60 minutes</b></p>
<ul><li>Group $export at scale: scheduling, throttling, retries</li><li>NDJSON validation before it reaches your warehouse</li>
<li>Consent and sensitive-data filtering</li></ul>
<p><a href="https://events.interopworks.example.com/bulk-fhir">Register free</a></p>
<p style="font-size:11px;color:#888">InteropWorks &middot; <a href="https://events.interopworks.example.com/unsub">unsubscribe</a></p></body></html>"""
    return mail(A("InteropWorks Events", "events@interopworks.example.com"), "knakashima@heartlandvalleyaco.example.org",
                "Webinar Dec 10: Bulk FHIR in production", D(2026, 11, 24, 11, 0, 0), text(html, "html", cte="quoted-printable"),
                extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://events.interopworks.example.com/unsub>")])


@msg("job-posting-edi-analyst", "none", "job posting for an EDI/HL7 analyst; HR")
def _():
    body = text("""Internal posting - EDI & Interface Analyst II (Revenue Cycle IT)

We're hiring a second analyst for the EDI team. You'll own 837/835
trading-partner setups, troubleshoot 999/277CA rejections with billing,
and support HL7 charge interfaces (DFT).

Requirements: 3+ years X12 5010, HL7 v2, SQL. Nice to have: FHIR,
scripting in Python.
Pay range: $78,000-$96,000. Hybrid (2 days on site).

Apply on the careers page by 12/18 or talk to Kwame Balogun.

Talent Acquisition, St. Margaret Hospital
""")
    return mail(A("SMH Talent Acquisition", "careers@stmargaret.example.org"), "all-staff@stmargaret.example.org",
                "Now hiring: EDI & Interface Analyst II", D(2026, 11, 30, 8, 0, 0), body)


@msg("printer-mailhouse-proof-schedule", "none", "mail house production schedule for statement print runs; volumes and dates only")
def _():
    body = text("""Hi Marketing Ops,

December production schedule for Keystone mailings:

  12/07  Paper EOB run (opt-outs from paperless)    ~61,000 pieces
  12/09  ID card reissue, group RX4471               2,310 pieces
  12/14  Annual notice of privacy practices         412,000 pieces
  12/18  Holiday closure - no runs 12/24-12/26

Proofs for the privacy notice are due to us by 12/08 EOD. Postage
deposit for the 12/14 drop is $128,400.

Thanks,
Gustavo Sandoval
Account Manager, Keystone Print & Mail
""")
    return mail(A("Gustavo Sandoval", "gsandoval@keystoneprint.example.com"), "marketing-ops@keystonemutual.example.com",
                "December production schedule", D(2026, 11, 27, 9, 30, 0), body)


@msg("on-call-rotation-interfaces", "none", "interface team on-call rotation for December; staff names and phone numbers")
def _():
    body = text("""December on-call (interfaces & EDI):

  11/30 - 12/06   Wendell Hargrove   (785) 555-0110
  12/07 - 12/13   Yuki Sato          (785) 555-0111
  12/14 - 12/20   Salome Trinh       (785) 555-0112
  12/21 - 12/27   Kwame Balogun      (785) 555-0113
  12/28 - 01/03   Wendell Hargrove   (785) 555-0110

Escalation: integration manager (785) 555-0114. Swaps via the rota
spreadsheet, please.
""")
    return mail(A("Integration Manager", "integration-mgr@northgate-ortho.example.com"), "integration-team@northgate-ortho.example.com",
                "December on-call rotation", D(2026, 11, 25, 16, 0, 0, "-0600"), body)


@msg("password-expiry-service-account", "none", "automated notice that an interface service account password expires")
def _():
    body = text("""The password for service account svc-hl7-inbound expires in 7 days
(12/10/2026). Rotate it in the vault and update the credential on the
interface engine connection "LIS_OUT_TCP" before expiry to avoid an
outage.

-- Identity Management (automated)
""")
    return mail(A("Identity Management", "idm-noreply@mercyvalley.example.org"), "integration@mercyvalley.example.org",
                "Service account password expires in 7 days: svc-hl7-inbound", D(2026, 12, 3, 2, 0, 0), body,
                extra=[("Auto-Submitted", "auto-generated")])


@msg("team-lunch-holiday", "none", "holiday lunch planning e-mail among the billing team")
def _():
    body = text("""Hi all!

Holiday lunch is Friday 12/18 at noon at Casa Rosa (the big table in the
back). Please reply by Wednesday with your order from the set menu:
enchiladas verdes, chile relleno, or the veggie fajitas. White elephant
gift limit is $20 again.

Kwame is bringing his famous flan, so save room.

Dolores
""")
    return mail(A("Dolores Ibarra", "dibarra@riverbendfm.example.com"), "billing-office@riverbendfm.example.com",
                "Holiday lunch Fri 12/18 - orders by Wed", D(2026, 12, 2, 12, 10, 0), body)


@msg("ssl-cert-expiry-api-gateway", "none", "certificate-expiry alert for an API gateway hostname; IT only")
def _():
    body = text("""Certificate expiry warning

Host:        api.bluewaterhp.example.com (patient access API gateway)
Issuer:      Internal Issuing CA 2
Expires:     2026-12-19 23:59:59 UTC (15 days)
Serial:      4F:2A:91:0C:88:11:7E:D3

Renew through the certificate request portal and deploy to both
gateway nodes. Monitoring will alert again at 7 and 1 days.
""")
    return mail(A("Cert Monitor", "certmon@bluewaterhp.example.com"), "api-platform@bluewaterhp.example.com",
                "[cert] api.bluewaterhp.example.com expires in 15 days", D(2026, 12, 4, 3, 0, 0, "-0600"), body,
                extra=[("Auto-Submitted", "auto-generated")])


@msg("postage-rate-change-mailhouse", "none", "mail house notice about postage rate changes for bulk statements")
def _():
    body = text("""Clients,

USPS marketing and first-class presort rates change on 01/18/2027.
For statement mailings, the automation letter rate rises about 4%.
Options to offset:

  - move eligible members to paperless (e-mail EOB / statements)
  - combine monthly statements into one mailing per household
  - switch duplex printing on for 2+ page statements

We'll model your 2027 volume in the QBR.

Keystone Print & Mail
""")
    return mail(A("Keystone Print & Mail", "clients@keystoneprint.example.com"), "ap@riverbendbilling.example.com",
                "2027 postage changes and how to offset them", D(2026, 11, 18, 10, 0, 0), body)


@msg("de-wartungsfenster-kommunikationsserver", "none", "German IT maintenance notice for the hospital communication server", lang="de")
def _():
    bs = """Liebe Kolleginnen und Kollegen,

am Samstag, 12.12.2026, von 22:00 bis 02:00 Uhr wird der
Kommunikationsserver auf die neue Version aktualisiert. In dieser Zeit
werden HL7-Nachrichten (Aufnahmen, Befunde, Arztbriefe) gepuffert und
danach automatisch nachgesendet. Bitte planen Sie keine Datenübernahmen
in diesem Zeitraum.

Bei Rückfragen erreichen Sie die IT-Hotline unter 040 555-0100.

Ihre IT / Schnittstellen
Klinikum Nord
"""
    return mail(A("IT Schnittstellen", "it-schnittstellen@klinikum-nord.example.de.test"), "alle@klinikum-nord.example.de.test",
                "Wartungsfenster Kommunikationsserver am 12.12.", D(2026, 12, 3, 14, 0, 0, "+0100"),
                text(bs, cs="iso-8859-1", cte="quoted-printable"), scs="iso-8859-1", senc="Q")


@msg("es-reunion-proveedor-integracion", "none", "Spanish meeting invitation with an integration vendor; agenda only", lang="es")
def _():
    bs = """Hola a todos:

Les propongo reunirnos con el proveedor de integración el martes 15 de
diciembre a las 10:00 (hora de Ciudad de México) por videollamada.

Agenda:
  1. Estado de la migración de webhooks a la versión 2
  2. Monitoreo de errores y alertas
  3. Plan de pruebas para enero
  4. Costos del soporte 24/7

Confirmen su asistencia, por favor.

Saludos,
Gustavo Ibarra
Integra Salud
"""
    return mail(A("Gustavo Ibarra", "gibarra@integra-salud.example.mx.test"),
                ["sistemas@dermasalud.example.com.mx.test", "xortega@clinicasantafe.example.com.mx.test"],
                "Reunión con el proveedor de integración - 15 de diciembre", D(2026, 12, 2, 17, 0, 0, "-0600"),
                text(bs, cs="utf-8", cte="8bit"), scs="utf-8", senc="Q")


@msg("fr-facture-licence-interface", "none", "French software licence invoice for an interface connector; B2B", lang="fr")
def _():
    bs = """Madame, Monsieur,

Veuillez trouver ci-dessous le détail de la facture FA-2026-1187 relative
au renouvellement annuel de la licence du connecteur RIS-Connect :

  Licence connecteur HL7 (1 site)        4 800,00 EUR HT
  Maintenance et support niveau 2        1 200,00 EUR HT
  Total HT                               6 000,00 EUR
  TVA 20 %                               1 200,00 EUR
  Total TTC                              7 200,00 EUR

Règlement à 30 jours par virement.

Service comptabilité - RIS-Connect SAS
"""
    return mail(A("RIS-Connect Comptabilité", "compta@ris-connect.example.fr.test", "iso-8859-15", "Q"), "s.marchetti@cimagerie-alpes.example.fr.test",
                "Facture FA-2026-1187 - renouvellement licence", D(2026, 12, 1, 9, 0, 0, "+0100"),
                text(bs, cs="iso-8859-15", cte="quoted-printable"), scs="iso-8859-15", senc="Q")


@msg("cloud-cost-report-integration", "none", "monthly cloud cost report for the integration platform; money and services only")
def _():
    body = text("""Cloud spend - integration platform - November 2026

  Message queue cluster        $3,412.80
  Object storage (archives)    $1,120.44
  FHIR server compute          $2,801.19
  Data transfer out              $418.02
  Total                        $7,752.45  (+6% vs October)

Biggest driver: the ACO bulk export jobs doubling egress. Suggest moving
exports to the private link in Q1.

FinOps
""")
    return mail(A("FinOps", "finops@heartlandvalleyaco.example.org"), "data-eng@heartlandvalleyaco.example.org",
                "November cloud spend - integration platform", D(2026, 12, 2, 9, 0, 0, "-0600"), body)


@msg("ci-build-failed-x12-parser", "none", "CI notification: unit tests failed in an internal X12 parser library (test names only)")
def _():
    body = text("""Build #1182 failed - edi-parser (main)

Commit 4f9a21c "support 999 IK3 loops" by gthorne

Failed tests (3 of 412):
  test_parse_999_ik3_segment_context ........ AssertionError: expected 2 IK4, got 1
  test_roundtrip_835_plb_only ............... KeyError: 'CLP'
  test_se01_count_with_trailing_newline ..... expected 14, got 15

Duration 2m 41s. Logs: https://ci.claimbridge.example.net/edi-parser/1182
""")
    return mail(A("CI", "ci-noreply@claimbridge.example.net"), "gthorne@claimbridge.example.net",
                "[edi-parser] Build #1182 failed on main", D(2026, 12, 3, 16, 12, 0), body,
                extra=[("Auto-Submitted", "auto-generated")])

# ================================================================ build

def build_all():
    order = list(MESSAGES)
    random.Random(SEED).shuffle(order)
    out = []
    for i, m in enumerate(order, 1):
        CUR["slug"] = m["slug"]
        CUR["k"] = 0
        CUR["mid"] = 0
        data = m["fn"]()
        name = "%03d-%s.eml" % (i, m["slug"])
        out.append(dict(m, file=name, data=data))
    return out


def write_all(built):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for b in built:
        with open(os.path.join(HERE, b["label"], b["file"]), "wb") as fh:
            fh.write(b["data"])
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        for b in sorted(built, key=lambda b: b["file"]):
            fh.write("%s\t%s\t%s\n" % (b["file"], b["label"], b["reason"]))


# ================================================================ check

ALLOWED_HOSTS = {"hl7.org", "terminology.hl7.org", "loinc.org", "snomed.info",
                 "www.nlm.nih.gov", "www.w3.org", "unitsofmeasure.org",
                 "www.ama-assn.org", "schemas.microsoft.com", "json-schema.org"}
TLDS = ("com org net edu gov io info biz us uk ca mx de fr es it nl pl ru jp cn "
        "kr br pt se vn tw ch at be dk no fi cz test").split()


def host_ok(h):
    h = h.lower().rstrip(".")
    if h in ALLOWED_HOSTS:
        return True
    if re.search(r"(^|\.)example\.(com|org|net)$", h):
        return True
    return h.endswith(".test")


class Ctx:
    def __init__(self, name):
        self.name = name
        self.errors = []
        self.texts = []
        self.n_npi = self.n_dea = self.n_mbi = 0

    def err(self, s):
        self.errors.append("%s: %s" % (self.name, s))


def x12_check(ctx, data, where):
    try:
        t = data.decode("ascii") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        return ctx.err("%s: X12 not ASCII" % where)
    t = t.lstrip()
    if not t.startswith("ISA"):
        return ctx.err("%s: X12 does not start with ISA" % where)
    el, term = t[3], t[105]
    segs = [s.strip("\r\n") for s in t.split(term)]
    segs = [s for s in segs if s.strip()]
    if len(segs[0]) != 105:
        return ctx.err("%s: ISA is %d chars, want 105" % (where, len(segs[0])))
    isa = segs[0].split(el)
    if len(isa) != 17 or isa[15] not in ("P", "T"):
        return ctx.err("%s: bad ISA elements" % where)
    groups = 0
    i = 1
    st_count = 0
    st = None
    gs = None
    for s in segs[1:]:
        e = s.split(el)
        tag = e[0]
        if st is not None:
            st_count += 1
        if tag == "GS":
            gs = e
            groups += 1
            tx_in_group = 0
        elif tag == "ST":
            st = e
            st_count = 1
            tx_in_group += 1
        elif tag == "SE":
            if st is None:
                ctx.err("%s: SE without ST" % where)
            elif int(e[1]) != st_count or e[2] != st[2]:
                ctx.err("%s: SE %s/%s but counted %d/%s" % (where, e[1], e[2], st_count, st[2]))
            st = None
        elif tag == "GE":
            if gs is None or int(e[1]) != tx_in_group or e[2] != gs[6]:
                ctx.err("%s: GE mismatch" % where)
            gs = None
        elif tag == "IEA":
            if int(e[1]) != groups or e[2] != isa[13]:
                ctx.err("%s: IEA mismatch" % where)
    if segs[-1].split(el)[0] != "IEA":
        ctx.err("%s: X12 does not end with IEA" % where)
    # Medicare subscribers carry MBIs
    if re.search(r"NM1\*PR\*2\*[^~*]*MEDICARE", t):
        for m in re.finditer(r"NM1\*IL\*1\*[^~]*?\*MI\*([0-9A-Z]+)", t):
            ctx.n_mbi += 1
            if not MBI_RE.fullmatch(m.group(1)):
                ctx.err("%s: Medicare member ID %s is not an MBI" % (where, m.group(1)))
    ctx.texts.append(t)


def hl7_check(ctx, data, where):
    if isinstance(data, bytes):
        first = data.split(b"\r")[0].split(b"|")
        cs = "latin-1" if len(first) > 17 and first[17].startswith(b"8859/1") else "utf-8"
        try:
            t = data.decode(cs)
        except UnicodeDecodeError:
            return ctx.err("%s: HL7 does not decode as %s (MSH-18)" % (where, cs))
    else:
        t = data
    if not t.startswith("MSH|^~\\&|"):
        return ctx.err("%s: HL7 does not start with MSH|^~\\&|" % where)
    if "\n" in t:
        return ctx.err("%s: HL7 attachment uses LF, want CR" % where)
    for seg in t.split("\r"):
        if seg and not re.match(r"[A-Z][A-Z0-9]{2}\|", seg):
            ctx.err("%s: bad HL7 segment %r" % (where, seg[:20]))
    msh = t.split("\r")[0].split("|")
    if len(msh) < 12 or msh[10] not in ("P", "T", "D"):
        ctx.err("%s: MSH-11 missing" % where)
    ctx.texts.append(t)


def csv_check(ctx, t, where, delim=None):
    lines = [l for l in t.splitlines() if l.strip()]
    if not lines:
        return ctx.err("%s: empty CSV" % where)
    if delim is None:
        cands = [",", ";", "|", "\t"]
        delim = max(cands, key=lambda c: lines[0].count(c))
    rows = list(csv.reader(io.StringIO(t), delimiter=delim))
    rows = [r for r in rows if r]
    n = len(rows[0])
    if n < 2:
        ctx.err("%s: CSV has one column" % where)
    for i, r in enumerate(rows):
        if len(r) != n:
            ctx.err("%s: CSV row %d has %d columns, want %d" % (where, i + 1, len(r), n))
            break
    hdr = [h.lower() for h in rows[0]]
    for ci, h in enumerate(hdr):
        for r in rows[1:]:
            if ci >= len(r):
                continue
            v = r[ci].strip()
            if not v:
                continue
            if "npi" in h:
                ctx.n_npi += 1
                if not npi_ok(v):
                    ctx.err("%s: NPI column value %s fails Luhn" % (where, v))
            if "dea" in h:
                ctx.n_dea += 1
                if not dea_ok(v):
                    ctx.err("%s: DEA column value %s fails" % (where, v))
            if h == "mbi" or h.endswith("_mbi"):
                ctx.n_mbi += 1
                if not MBI_RE.fullmatch(v.replace("-", "")):
                    ctx.err("%s: MBI column value %s bad" % (where, v))
    ctx.texts.append(t)


def pdf_check(ctx, data, where, fname):
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        return ctx.err("%s: PDF header/EOF" % where)
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        return ctx.err("%s: no startxref" % where)
    x = int(m.group(1))
    if data[x:x + 4] != b"xref":
        return ctx.err("%s: startxref does not point at xref" % where)
    mm = re.match(rb"xref\n0 (\d+)\n", data[x:])
    n = int(mm.group(1))
    p = x + mm.end()
    offs = {}
    for i in range(n):
        ent = data[p + 20 * i:p + 20 * i + 20]
        if ent[17:18] == b"n":
            offs[i] = int(ent[:10])
            if not data[offs[i]:].startswith(b"%d 0 obj" % i):
                ctx.err("%s: xref %d points at wrong place" % (where, i))
    tr = data[p + 20 * n:]
    if not re.search(rb"/Size %d\b" % n, tr):
        ctx.err("%s: trailer /Size" % where)
    key = None
    em = re.search(rb"/Encrypt (\d+) 0 R", tr)
    if em:
        pw = PDF_PASSWORDS.get(fname)
        if pw is None:
            return ctx.err("%s: encrypted PDF with unknown password" % where)
        eo = data[offs[int(em.group(1))]:]
        O = bytes.fromhex(re.search(rb"/O <([0-9a-f]+)>", eo).group(1).decode())
        U = bytes.fromhex(re.search(rb"/U <([0-9a-f]+)>", eo).group(1).decode())
        P = int(re.search(rb"/P (-?\d+)", eo).group(1))
        id0 = bytes.fromhex(re.search(rb"/ID \[<([0-9a-f]+)>", tr).group(1).decode())
        key = pdf_r2_key(pw, O, P, id0)
        if rc4(key, PDF_PAD) != U:
            return ctx.err("%s: user password does not open the PDF" % where)
    for num, off in offs.items():
        end = data.find(b"endobj", off)
        body = data[off:end]
        si = body.find(b"stream\n")
        if si < 0:
            continue
        L = int(re.search(rb"/Length (\d+)", body[:si]).group(1))
        s0 = off + si + 7
        stream = data[s0:s0 + L]
        if data[s0 + L:s0 + L + 10] != b"\nendstream":
            ctx.err("%s: obj %d /Length wrong" % (where, num))
            continue
        if key is not None:
            stream = rc4(pdf_obj_key(key, num), stream)
        if b"/FlateDecode" in body[:si]:
            try:
                stream = zlib.decompress(stream)
            except zlib.error:
                ctx.err("%s: obj %d does not inflate" % (where, num))
                continue
        if b"/Image" in body[:si]:
            w = int(re.search(rb"/Width (\d+)", body).group(1))
            h = int(re.search(rb"/Height (\d+)", body).group(1))
            bits = int(re.search(rb"/BitsPerComponent (\d+)", body).group(1))
            if len(stream) != (w * bits + 7) // 8 * h:
                ctx.err("%s: image size" % where)
            continue
        strs = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", stream)
        txt = []
        for s in strs:
            s = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            txt.append(s.decode("cp1252"))
        if strs:
            ctx.texts.append("\n".join(txt))


def tiff_check(ctx, data, where):
    if data[:4] != b"II*\x00":
        return ctx.err("%s: TIFF header" % where)
    off = struct.unpack("<I", data[4:8])[0]
    n = struct.unpack("<H", data[off:off + 2])[0]
    tags = {}
    for i in range(n):
        tag, typ, cnt, val = struct.unpack("<HHII", data[off + 2 + 12 * i:off + 14 + 12 * i])
        if typ == 3 and cnt == 1:
            val &= 0xFFFF
        tags[tag] = (typ, cnt, val)
    for t in (256, 257, 259, 273, 279):
        if t not in tags:
            return ctx.err("%s: TIFF tag %d missing" % (where, t))
    w, h = tags[256][2], tags[257][2]
    so, sc = tags[273][2], tags[279][2]
    if so + sc > len(data):
        return ctx.err("%s: TIFF strip beyond file" % where)
    raw = unpackbits(data[so:so + sc]) if tags[259][2] == 32773 else data[so:so + sc]
    if len(raw) != (w + 7) // 8 * h:
        ctx.err("%s: TIFF strip decodes to %d bytes, want %d" % (where, len(raw), (w + 7) // 8 * h))


def png_check(ctx, data, where):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return ctx.err("%s: PNG signature" % where)
    p, idat, w = 8, b"", 0
    while p < len(data):
        n = struct.unpack(">I", data[p:p + 4])[0]
        t = data[p + 4:p + 8]
        d = data[p + 8:p + 8 + n]
        crc = struct.unpack(">I", data[p + 8 + n:p + 12 + n])[0]
        if zlib.crc32(t + d) & 0xFFFFFFFF != crc:
            return ctx.err("%s: PNG chunk %r CRC" % (where, t))
        if t == b"IHDR":
            w, h = struct.unpack(">II", d[:8])
        elif t == b"IDAT":
            idat += d
        p += 12 + n
        if t == b"IEND":
            break
    try:
        raw = zlib.decompress(idat)
    except zlib.error:
        return ctx.err("%s: PNG IDAT does not inflate" % where)
    if len(raw) != (w + 1) * h:
        ctx.err("%s: PNG size" % where)


def file_check(ctx, data, ctype, fname, where, charset=None):
    fn = (fname or "").lower()
    ext = fn.rsplit(".", 1)[-1] if "." in fn else ""
    ctype = (ctype or "").lower()

    def as_text():
        for cs in ([charset] if charset else []) + ["utf-8"]:
            try:
                return data.decode(cs)
            except (UnicodeDecodeError, LookupError):
                pass
        ctx.err("%s: attachment text does not decode" % where)
        return data.decode("latin-1")
    if ext == "pdf" or ctype == "application/pdf":
        return pdf_check(ctx, data, where, fname)
    if ext == "png" or ctype == "image/png":
        return png_check(ctx, data, where)
    if ext in ("tif", "tiff") or ctype == "image/tiff":
        return tiff_check(ctx, data, where)
    if ext == "zip" or ctype in ("application/zip", "application/x-zip-compressed"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
            if z.testzip() is not None:
                ctx.err("%s: ZIP CRC" % where)
            for zi in z.infolist():
                file_check(ctx, z.read(zi), "", zi.filename, where + "!" + zi.filename)
        except zipfile.BadZipFile:
            ctx.err("%s: bad ZIP" % where)
        return
    if ext in ("json",) or ctype in ("application/json", "application/fhir+json"):
        t = as_text()
        try:
            json.loads(t)
        except ValueError as e:
            ctx.err("%s: JSON: %s" % (where, e))
        ctx.texts.append(t)
        return
    if ext == "ndjson" or ctype in ("application/fhir+ndjson", "application/x-ndjson"):
        t = as_text()
        for i, l in enumerate(t.splitlines()):
            if l.strip():
                try:
                    json.loads(l)
                except ValueError as e:
                    ctx.err("%s: NDJSON line %d: %s" % (where, i + 1, e))
        ctx.texts.append(t)
        return
    if ext in ("xml", "xsd", "cda") or ctype.endswith("+xml") or ctype in ("application/xml", "text/xml"):
        try:
            ET.fromstring(data)
        except ET.ParseError as e:
            ctx.err("%s: XML: %s" % (where, e))
        ctx.texts.append(as_text() if not data.startswith(b"<?xml version=\"1.0\" encoding=\"ISO") else data.decode("latin-1"))
        return
    if ext == "ics" or ctype == "text/calendar":
        t = as_text()
        if not (t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR")):
            ctx.err("%s: ICS BEGIN/END" % where)
        ctx.texts.append(t)
        return
    if ext == "vcf" or ctype in ("text/vcard", "text/x-vcard"):
        t = as_text()
        if not (t.startswith("BEGIN:VCARD") and t.rstrip().endswith("END:VCARD")):
            ctx.err("%s: vCard BEGIN/END" % where)
        ctx.texts.append(t)
        return
    head = data[:8]
    if ext == "hl7" or ctype in ("application/hl7-v2", "x-application/hl7-v2+er7") or head.startswith(b"MSH|"):
        return hl7_check(ctx, data, where)
    if ext in ("x12", "edi", "835", "837", "999", "270", "271", "276", "277", "278", "ta1") or ctype == "application/edi-x12" or data.lstrip()[:4] == b"ISA*":
        return x12_check(ctx, data, where)
    if ext in ("csv", "tsv", "psv"):
        return csv_check(ctx, as_text(), where, "\t" if ext == "tsv" else None)
    if ext in ("txt", "dat", "") and ctype.startswith(("text/", "application/octet-stream")):
        t = as_text()
        first = t.splitlines()[0] if t.strip() else ""
        if max(first.count(c) for c in "|;\t") >= 3:
            return csv_check(ctx, t, where)
        ctx.texts.append(t)
        return
    if ctype.startswith("text/"):
        ctx.texts.append(as_text())


QP_LINE = re.compile(r"(?:[\x21-\x3c\x3e-\x7e \t]|=[0-9A-F]{2})*=?")


def part_check(ctx, p, where, top=False):
    for k, v in p.items():
        for d in getattr(v, "defects", ()):
            ctx.err("%s: header %s defect %s" % (where, k, type(d).__name__))
        try:
            ctx.texts.append(str(v))
        except Exception as e:  # noqa
            ctx.err("%s: header %s unreadable: %s" % (where, k, e))
    for d in p.defects:
        ctx.err("%s: MIME defect %s" % (where, type(d).__name__))
    ct = p.get_content_type()
    cte = (p.get("Content-Transfer-Encoding") or "7bit").lower()
    if p.is_multipart():
        if cte not in ("7bit", "8bit", "binary"):
            ctx.err("%s: multipart with CTE %s" % (where, cte))
        if ct == "message/rfc822":
            inner = p.get_payload()[0]
            for h in ("From", "Date", "Subject"):
                if inner.get(h) is None:
                    ctx.err("%s: nested message lacks %s" % (where, h))
            if inner.get("Date"):
                date_check(ctx, str(inner["Date"]), where + "/rfc822")
            return part_check(ctx, inner, where + "/rfc822")
        for i, sp in enumerate(p.get_payload()):
            part_check(ctx, sp, "%s.%d" % (where, i + 1))
        return
    raw = p.get_payload()
    if not isinstance(raw, str):
        return ctx.err("%s: payload not str" % where)
    lines = raw.split("\r\n") if "\r\n" in raw else raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if cte == "base64":
        for l in lines:
            if len(l) > 76:
                ctx.err("%s: base64 line > 76" % where)
                break
        s = "".join(lines)
        try:
            if len(s) % 4:
                raise binascii.Error("length")
            base64.b64decode(s, validate=True)
        except binascii.Error as e:
            ctx.err("%s: base64 not strict: %s" % (where, e))
    elif cte == "quoted-printable":
        for l in lines:
            if len(l) > 76:
                ctx.err("%s: QP line > 76" % where)
                break
            if not QP_LINE.fullmatch(l):
                ctx.err("%s: QP line not strict: %r" % (where, l[:40]))
                break
            if l.endswith(" ") or l.endswith("\t"):
                ctx.err("%s: QP trailing whitespace" % where)
                break
    elif cte == "7bit":
        try:
            raw.encode("ascii")
        except UnicodeEncodeError:
            ctx.err("%s: 7bit part is not ASCII" % where)
    elif cte not in ("8bit", "binary"):
        ctx.err("%s: unknown CTE %s" % (where, cte))
    data = p.get_payload(decode=True)
    cs = p.get_content_charset()
    fname = p.get_filename()
    if p.get_content_maintype() == "text":
        cs = cs or "us-ascii"
        try:
            t = data.decode(cs)
        except (UnicodeDecodeError, LookupError) as e:
            ctx.err("%s: charset %s does not decode: %s" % (where, cs, e))
            t = data.decode("latin-1")
        if fname or ct not in ("text/plain", "text/html"):
            file_check(ctx, data, ct, fname, where + "[" + (fname or ct) + "]", cs)
        else:
            ctx.texts.append(t)
            # X12 or HL7 pasted into a body
            tt = t.replace("\r\n", "\n")
            for m in re.finditer(r"ISA\*.*?IEA\*\d+\*\d{9}~", tt, re.S):
                x12_check(ctx, m.group(0).replace("\n", ""), where + "[pasted X12]")
            for l in tt.split("\n"):
                if l.startswith("MSH|") and not l.startswith("MSH|^~\\&|"):
                    ctx.err("%s: pasted MSH without encoding chars" % where)
    else:
        file_check(ctx, data, ct, fname, where + "[" + (fname or ct) + "]", cs)


def date_check(ctx, v, where):
    try:
        dt = parsedate_to_datetime(v)
    except (TypeError, ValueError):
        return ctx.err("%s: bad Date %r" % (where, v))
    wd = v.split(",")[0].strip()
    if wd and wd != dt.strftime("%a"):
        ctx.err("%s: Date weekday %s does not match %s" % (where, wd, dt.date()))


PHONE10 = re.compile(r"(?<![\w-])(?:\+?1[-. ])?\(?(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})(?![\w-])")
PHONE7 = re.compile(r"(?<![\w-])(\d{3})[-. ](\d{4})(?![\w-])")
PHONE_X12 = re.compile(r"\*(?:TE|FX)\*(\d{10})\b")
PHONE_HL7 = re.compile(r"\^(?:PRN|WPN|ORN|EMR)\^(?:PH|FX|CP)\^\^\d*\^(\d{3})\^(\d{7})")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"\b(?:https?|s?ftp|wss?)://(?:[^@/\s\"'<>]*@)?([^/\s\"'<>):?#]+)")
HOST_RE = re.compile(r"(?<![\w@.-])((?:[A-Za-z0-9-]+\.)+(?:%s))(?![\w-])" % "|".join(TLDS))


def scan_texts(ctx):
    for t in ctx.texts:
        for m in EMAIL_RE.finditer(t):
            if not host_ok(m.group(1)):
                ctx.err("address domain not allowed: %s" % m.group(0))
        for m in URL_RE.finditer(t):
            if not host_ok(m.group(1)):
                ctx.err("URL host not allowed: %s" % m.group(1))
        for m in HOST_RE.finditer(t):
            h = m.group(1)
            if h.lower().endswith(tuple("." + x for x in TLDS)) and not host_ok(h):
                # allow parts of an allowed longer name, e.g. example.de.test
                tail = t[m.end():m.end() + 6]
                if not tail.startswith(".test"):
                    ctx.err("host not allowed: %s" % h)
        for m in PHONE10.finditer(t):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                ctx.err("phone not 555-01xx: %s" % m.group(0))
        for m in PHONE7.finditer(t):
            if m.group(1) == "555" and not m.group(2).startswith("01"):
                ctx.err("phone not 555-01xx: %s" % m.group(0))
        for m in PHONE_X12.finditer(t):
            d = m.group(1)
            if d[3:6] != "555" or d[6:8] != "01":
                ctx.err("X12 phone not 555-01xx: %s" % d)
        for m in PHONE_HL7.finditer(t):
            if not (m.group(2).startswith("55501")):
                ctx.err("HL7 phone not 555-01xx: %s" % m.group(0))
        for rx in (r"NPI[^0-9\n]{0,16}?(\d{10})(?!\d)", r"\*XX\*(\d{10})(?!\d)",
                   r"us-npi\"\s*,\s*\"value\"\s*:\s*\"(\d+)\"",
                   r"(?:^|[|^~])(\d{10})\^[^|\r\n]*\^NPI\b",
                   r"prescriber_npi\W+(\d+)", r"2\.16\.840\.1\.113883\.4\.6\" extension=\"(\d+)\"",
                   r"\bnpi=\"(\d+)\""):
            for m in re.finditer(rx, t, re.I | re.M):
                ctx.n_npi += 1
                if not npi_ok(m.group(1)):
                    ctx.err("NPI fails Luhn/80840: %s" % m.group(1))
        for m in re.finditer(r"\bDEA\b[^A-Z0-9\n]{0,16}([A-Z][A-Z9]\d{7})\b", t):
            ctx.n_dea += 1
            if not dea_ok(m.group(1)):
                ctx.err("DEA check digit fails: %s" % m.group(1))
        for rx in (r"\bMBI\b[^A-Z0-9\n]{0,16}([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b",
                   r"us-mbi\"\s*,\s*\"value\"\s*:\s*\"([^\"]+)\""):
            for m in re.finditer(rx, t):
                ctx.n_mbi += 1
                if not MBI_RE.fullmatch(m.group(1).replace("-", "")):
                    ctx.err("MBI format fails: %s" % m.group(1))


def check_message(name, raw):
    ctx = Ctx(name)
    if len(raw) > 200 * 1024:
        ctx.err("larger than 200 KiB (%d)" % len(raw))
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        ctx.err("bare LF or CR")
    for i, l in enumerate(raw.split(b"\r\n")):
        if len(l) > 998:
            ctx.err("line %d longer than 998" % (i + 1))
            break
    m = BytesParser(policy=email.policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if m.get(h) is None:
            ctx.err("missing header %s" % h)
    if m.get("Date"):
        date_check(ctx, str(m["Date"]), "Date")
    if m.get("Message-ID") and not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(m["Message-ID"]).strip()):
        ctx.err("bad Message-ID")
    for h in ("From", "To", "Cc", "Reply-To"):
        if m.get(h) is not None:
            for a in m[h].addresses:
                if not host_ok(a.domain):
                    ctx.err("%s domain not allowed: %s" % (h, a.addr_spec))
    part_check(ctx, m, "body", top=True)
    scan_texts(ctx)
    return ctx


def charset_agreement(name, raw):
    """Encoded words in Subject/From/To/Cc use the charset of the first text part."""
    m = BytesParser(policy=email.policy.compat32).parsebytes(raw)
    body_cs = None
    for p in m.walk():
        if p.get_content_maintype() == "text":
            body_cs = (p.get_content_charset() or "us-ascii").lower()
            break
    errs = []
    for h in ("Subject", "From", "To", "Cc"):
        for v in m.get_all(h) or []:
            for cs in re.findall(r"=\?([^?]+)\?[BbQq]\?", str(v)):
                if cs.lower() != body_cs:
                    errs.append("%s: %s encoded in %s but body is %s" % (name, h, cs, body_cs))
    return errs


def run_check(built):
    errors = []
    counts = {l: 0 for l in LABELS}
    cats = {c: 0 for c in CATS}
    traps = non_en = 0
    nums = []
    ids = {"npi": 0, "dea": 0, "mbi": 0}
    expected = {(b["label"], b["file"]): b for b in built}
    on_disk = set()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        for f in sorted(os.listdir(d)) if os.path.isdir(d) else []:
            if f.endswith(".eml"):
                on_disk.add((lab, f))
    for k in sorted(on_disk - set(expected)):
        errors.append("unexpected file %s/%s" % k)
    for k in sorted(set(expected) - on_disk):
        errors.append("missing file %s/%s" % k)
    for (lab, f), b in sorted(expected.items(), key=lambda kv: kv[0][1]):
        path = os.path.join(HERE, lab, f)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if raw != b["data"]:
            errors.append("%s/%s differs from what gen.py writes" % (lab, f))
        ctx = check_message("%s/%s" % (lab, f), raw)
        errors += ctx.errors
        ids["npi"] += ctx.n_npi
        ids["dea"] += ctx.n_dea
        ids["mbi"] += ctx.n_mbi
        counts[lab] += 1
        nums.append(int(f[:3]))
        if f[4:].startswith("trap-"):
            if lab != "none":
                errors.append("%s: trap- outside none/" % f)
            traps += 1
        if lab == "restricted":
            if b["cat"] not in CATS:
                errors.append("%s: restricted without category" % f)
            else:
                cats[b["cat"]] += 1
        elif b["cat"]:
            errors.append("%s: category on non-restricted message" % f)
        if b["lang"] != "en":
            non_en += 1
            errors += charset_agreement("%s/%s" % (lab, f), raw)
    if sorted(nums) != list(range(1, 201)):
        errors.append("numbers are not exactly 001-200")
    if len({b["slug"] for b in built}) != len(built):
        errors.append("duplicate slugs")
    for lab in LABELS:
        if counts[lab] != WANT[lab]:
            errors.append("%s: %d messages, want %d" % (lab, counts[lab], WANT[lab]))
    for c in CATS:
        if cats[c] < 7:
            errors.append("restricted category %s has %d (< 7)" % (c, cats[c]))
    if traps < MIN_TRAPS:
        errors.append("only %d traps" % traps)
    if non_en != WANT_NON_EN:
        errors.append("%d messages not in English, want %d" % (non_en, WANT_NON_EN))
    # labels.tsv
    lp = os.path.join(HERE, "labels.tsv")
    want_tsv = "".join("%s\t%s\t%s\n" % (b["file"], b["label"], b["reason"])
                       for b in sorted(built, key=lambda b: b["file"]))
    have = open(lp, encoding="utf-8").read() if os.path.exists(lp) else ""
    if have != want_tsv:
        errors.append("labels.tsv differs from the directories")
    for line in have.splitlines():
        f, lab, reason = line.split("\t")
        if (lab, f) not in on_disk:
            errors.append("labels.tsv names %s/%s, not on disk" % (lab, f))
    return errors, counts, cats, traps, non_en, ids


def main():
    check_only = "--check" in sys.argv[1:]
    built = build_all()
    if not check_only:
        write_all(built)
    errors, counts, cats, traps, non_en, ids = run_check(built)
    for e in errors[:200]:
        print("ERROR", e)
    print("wide7: %d messages: none %d (traps %d), phi %d, restricted %d "
          "[%s]; not English %d; identifiers checked: NPI %d, DEA %d, MBI %d; %s"
          % (sum(counts.values()), counts["none"], traps, counts["phi"],
             counts["restricted"],
             ", ".join("%s %d" % (c, cats[c]) for c in CATS), non_en,
             ids["npi"], ids["dea"], ids["mbi"],
             "OK" if not errors else "%d ERRORS" % len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
