#!/usr/bin/env python3
"""Generator for wide36: one ordinary fortnight of mail (30 Nov - 13 Dec 2026)
at an invented mid-size multispecialty clinic group, Quarry Hill Medical
Group, and the people around it: its departments, lab, imaging, billing,
front desk, contact centre, portal, staff, vendors, payers and patients.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print labels, categories, languages, structure

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries,
zip timestamps and a fixed shuffle seed (random.Random(20261210)).  Every
person, organisation, address, phone number and identifier below is
invented.
"""
import base64
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
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261210
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 70, "phi": 52, "restricted": 28}
CATEGORIES = ("mental health", "substance use", "HIV", "genetic", "reproductive")
FORBIDDEN_IN_SLUG = ("trap", "phi", "restricted", "none")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-9": "iso8859_9",
    "iso-8859-15": "iso8859_15", "windows-1252": "cp1252",
    "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "koi8-u": "koi8_u",
    "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "iso-2022-jp": "iso2022_jp",
    "euc-kr": "euc_kr",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


# ------------------------------------------------------------ identifiers --
def _luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(base9):
    """A 10-digit NPI whose check digit passes Luhn with the 80840 prefix."""
    assert len(base9) == 9 and base9[0] in "12"
    return base9 + _luhn_digit("80840" + base9)


def npi_ok(s):
    return len(s) == 10 and s.isdigit() and _luhn_digit("80840" + s[:9]) == s[9]


def dea(letters, base6):
    """A DEA number with a valid check digit."""
    d = [int(c) for c in base6]
    s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return letters + base6 + str(s % 10)


def dea_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{7}", s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join(["wide36", ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


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
    if style == 3:   # JavaMail / generic
        return "----=_Part_%d_%d.%d" % (int(h[1:5], 16), int(h[5:13], 16), 1796000000000 + int(h[13:17], 16))
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
        local = "%s.%s" % (h[1:17], h[17:25])
    return "<%s@%s>" % (local, domain)


# ---------------------------------------------------------------- dates --
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def D(mo, d, h, mi=0, s=0, tz="-0500", y=2026):
    """RFC 5322 date in 2026; US Eastern standard time unless tz is given."""
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
        if cur and len(_ew_one(t.encode(cd), cs, mode)) > 72:
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


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, ctype, data=b"", params=(), cte="7bit", headers=(),
                 disp=None, filename=None, children=None, boundary=None):
        self.ctype, self.data, self.params, self.cte = ctype, data, list(params), cte
        self.headers, self.disp, self.filename = list(headers), disp, filename
        self.children, self.boundary = children, boundary

    def content_headers(self):
        ps = list(self.params)
        if self.children is not None:
            ps.append(("boundary", self.boundary))
        if self.filename and self.disp:
            ps.append(("name", self.filename))
        ct = self.ctype
        if ps:
            ct += ";" + ";".join("\r\n\t" + _param(k, v) for k, v in ps)
        hs = [("Content-Type", ct)]
        if self.children is None:
            hs.append(("Content-Transfer-Encoding", self.cte))
        if self.disp:
            dv = self.disp
            if self.filename:
                dv += ";\r\n\t" + _param("filename", self.filename)
            hs.append(("Content-Disposition", dv))
        hs.extend(self.headers)
        return hs

    def body(self):
        if self.children is None:
            if self.cte == "base64":
                return b64_encode(self.data)
            if self.cte == "quoted-printable":
                return qp_encode(self.data) + b"\r\n"
            d = self.data
            if not d.endswith(b"\r\n"):
                d += b"\r\n"
            return d
        out = b""
        if self.boundary.startswith("----=_"):   # Outlook / JavaMail write a preamble
            out += b"This is a multi-part message in MIME format.\r\n\r\n"
        for c in self.children:
            out += b"--" + self.boundary.encode() + b"\r\n" + c.render() + b"\r\n"
        out += b"--" + self.boundary.encode() + b"--\r\n"
        return out

    def render(self):
        hs = self.content_headers()
        head = "".join("%s: %s\r\n" % (k, v) for k, v in hs).encode("ascii")
        return head + b"\r\n" + self.body()


def text(s, sub="plain", cs="utf-8", cte=None, flowed=False, disp=None, filename=None, extra=()):
    data = nl(s).encode(codec(cs))
    if cte is None:
        cte = "7bit" if data.isascii() else "quoted-printable"
    params = [("charset", cs)]
    if flowed:
        params.append(("format", "flowed"))
    return Part("text/" + sub, data, params, cte, disp=disp, filename=filename, headers=extra)


def html(s, cs="utf-8", cte=None):
    return text(s, "html", cs, cte)


def att(filename, ctype, data, cte="base64", params=(), disp="attachment"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return Part(ctype, data, params, cte, disp=disp, filename=filename)


def multi(sub, parts, style=None, params=()):
    return Part("multipart/" + sub, params=params, children=list(parts), boundary=bnd(style))


def alt(plain, htm, style=None):
    return multi("alternative", [plain, htm], style)


# ---------------------------------------------------------- attachments --
def _pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines, flate=False, title=None):
    """A one-page PDF with a real text layer (Helvetica, WinAnsi)."""
    ops = ["BT", "/F1 10 Tf", "13 TL", "56 760 Td"]
    for ln in lines:
        if ln.startswith("# "):
            ops.append("/F1 13 Tf (%s) Tj T* /F1 10 Tf" % _pdf_esc(ln[2:]))
        else:
            ops.append("(%s) Tj T*" % _pdf_esc(ln))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("cp1252")
    if flate:
        stream = zlib.compress(content, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        stream = content
        sdict = "<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    info = "<< /Producer (QHMG DocGen 4.2) /CreationDate (D:20261201090000-05'00')"
    if title:
        info += " /Title (%s)" % _pdf_esc(title)
    info += " >>"
    objs.append(info.encode("cp1252"))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, len(objs), xref)
    return out


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs):
    """A minimal DOCX (zip with word/document.xml), fixed timestamps."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _xml_esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>' % (W, body))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def png_blank(w=8, h=8):
    """A small grey PNG (a 'scan' with no readable text)."""
    def chunk(t, d):
        c = t + d
        return len(d).to_bytes(4, "big") + c + (zlib.crc32(c) & 0xffffffff).to_bytes(4, "big")
    raw = b"".join(b"\x00" + b"\xdd" * w for _ in range(h))
    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + b"\x08\x00\x00\x00\x00"
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def ics(lines):
    """Join calendar lines with CRLF (content lines already short)."""
    return "\r\n".join(lines) + "\r\n"


def hl7(segments):
    return "\r".join(segments) + "\r"


# ------------------------------------------------------------- messages --
MSGS = []


def mail(frm, to, subj, date, body=None, cs="utf-8", cte=None, htm=None,
         atts=(), cc=None, hdrs=(), domain=None, subj_cs=None, subj_mode="B",
         flowed=False, top=None, reply_to=None, irt=None, mailer=None,
         html_cs=None, html_cte=None, auto_html=False):
    """Build one message as bytes (CRLF)."""
    dom = domain or re.search(r"@([^>\s]+)", frm).group(1)
    if auto_html and htm is None and body is not None:
        htm = outlook_html(body)
        cte = cte or "quoted-printable"
    if top is None:
        parts = []
        if body is not None:
            parts.append(text(body, cs=cs, cte=cte, flowed=flowed))
        if htm is not None:
            parts.append(html(htm, cs=html_cs or cs, cte=html_cte or cte))
        if len(parts) == 2:
            top = alt(parts[0], parts[1], 0 if auto_html else None)
        else:
            top = parts[0]
        if atts:
            top = multi("mixed", [top] + list(atts), 0 if auto_html else None)
    hs = [("From", frm)]
    tos = to if isinstance(to, (list, tuple)) else [to]
    hs.append(("To", ",\r\n\t".join(tos)))
    if cc:
        ccs = cc if isinstance(cc, (list, tuple)) else [cc]
        hs.append(("Cc", ",\r\n\t".join(ccs)))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", ew(subj, subj_cs or (cs if cs not in ("us-ascii",) else "utf-8"), subj_mode)))
    hs.append(("Date", date))
    hs.append(("Message-ID", mid(dom)))
    if irt:
        r = "<%s@%s>" % (_h("irt")[:20], irt)
        hs.append(("In-Reply-To", r))
        hs.append(("References", r))
    if mailer:
        hs.append(("X-Mailer", mailer))
    hs.extend(hdrs)
    hs.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\r\n" % (k, v) for k, v in hs)
    return head.encode("ascii") + top.render()


def outlook_html(body):
    """The HTML half an Outlook-style client adds to a plain-text message."""
    paras = []
    for block in body.strip("\n").split("\n\n"):
        lines = [_xml_esc(ln).replace("  ", "&nbsp; ") for ln in block.split("\n")]
        paras.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(lines))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif}</style></head>\n'
            '<body lang="EN-US"><div class="WordSection1">\n%s\n</div></body></html>\n' % "\n<p class=\"MsoNormal\">&nbsp;</p>\n".join(paras))


# Messages composed in an Outlook-style client: text/plain + text/html,
# quoted-printable, with an X-Mailer header.
OUTLOOK = {
    "credentialing-dea-npi-renewal", "compliance-training-due-part2-hiv",
    "call-center-results-script-update", "front-desk-label-printer-policy",
    "referral-directory-specialists", "managers-meeting-agenda-budget",
    "fire-drill-eastside-thursday", "formulary-change-moud-film-tablets",
    "open-enrollment-eap-fertility-benefit", "payer-fee-schedule-2027-cpt",
    "chemistry-qc-shift-lot-change", "mri-coil-service-window",
    "biopsy-back-bcc-mohs-question", "curbside-thyroid-nodule-fna",
    "work-status-employee-acl", "school-asthma-action-plan",
    "prenatal-glucose-tolerance-result", "claim-appeal-knee-arthroscopy",
    "psychiatry-note-pcp-sertraline-phq9", "bup-induction-slot-request",
    "carrier-screen-cf-partner-testing", "brca2-result-counselor-note",
    "ortho-clinic-template-slots", "referral-form-sleep-study",
}


def add(label, slug, reason, lang="en", trap=False, cat=None, **kw):
    ST.slug, ST.n = slug, 0
    if slug in OUTLOOK:
        kw.setdefault("auto_html", True)
        kw.setdefault("mailer", "Microsoft Outlook 16.0")
    elif kw.get("flowed"):
        kw.setdefault("mailer", "iPhone Mail (22B91)")
    data = mail(**kw)
    MSGS.append(dict(label=label, slug=slug, reason=reason, lang=lang,
                     trap=trap, cat=cat, data=data))


# --------------------------------------------------- the invented world --
QH = "qhmg.example.org"          # Quarry Hill Medical Group
PORTAL = "portal.qhmg.example.org"
NPI_RAMAN = npi("148230917")     # Priya Raman MD, primary care
NPI_OKAFOR = npi("173405268")    # Adaeze Okafor MD, pediatrics
NPI_WIERZ = npi("125619034")     # Tomasz Wierzbicki MD, cardiology
NPI_FERRER = npi("190472835")    # Luis Ferrer MD, orthopedics
NPI_SATO = npi("136081492")      # Kenji Sato MD, endocrinology
NPI_MARSH = npi("161927304")     # Helen Marsh MD, women's health
NPI_ADLER = npi("118354620")     # Miriam Adler MD, dermatology
NPI_FAROUK = npi("152740381")    # Samuel Farouk MD, psychiatry
NPI_GROUP = npi("184017529")     # group (type 2) NPI
DEA_RAMAN = dea("BR", "482613")
DEA_OKAFOR = dea("FO", "275104")
DEA_FAROUK = dea("BF", "630517")

SIG_FOOT = ("Quarry Hill Medical Group | 2200 Quarry Hill Road, Marlow, PA 19000\n"
            "This e-mail may contain confidential information. If you received it in error, please delete it and notify the sender.")


# ======================================================= none, part one --
def q(local):
    return "%s@%s" % (local, QH)


def sig(name, title, dept, phone=None, fax=None):
    s = "\n\n%s\n%s\n%s, Quarry Hill Medical Group" % (name, title, dept)
    if phone:
        s += "\nPhone 610-555-%s" % phone
    if fax:
        s += " | Fax 610-555-%s" % fax
    return s


add("none", "staff-pulse-december-flu-rates",
    "Staff newsletter: flu vaccination rates by site (aggregate), a new cardiologist, holiday hours; no individual's care.",
    trap=True,
    frm=A("Quarry Hill Communications", q("communications")),
    to=A("All Staff", q("allstaff")),
    subj="The Quarry Hill Pulse - December 2026",
    date=D(12, 1, 7, 30),
    body="""THE QUARRY HILL PULSE - December 2026

FLU SEASON SCOREBOARD
Staff flu vaccination is at 91% group-wide (goal 95% by Dec 15).
Patient flu vaccination, age 6 months and up, seen since Sept 1:
  Eastside Primary Care        58%
  Linden Street Pediatrics     71%
  Women's Health               44%
  Heart & Vascular             63%
  Endocrinology & Diabetes     66%
Thank you to the MA teams at Linden Street for running Saturday flu
clinics in November - 1,412 shots in four Saturdays.

WELCOME
Please welcome Dr. Imani Crawford, cardiology, who joins Heart & Vascular
on Dec 7 from a fellowship in advanced heart failure. She will see
general cardiology and heart failure follow-ups on Mondays and Wednesdays.

HOLIDAY HOURS
All sites close at 2 pm on Dec 24 and are closed Dec 25 and Jan 1.
The contact centre and the nurse line run the usual after-hours service.

REMINDER
Annual compliance training is due Dec 31. See the link on the intranet.

Questions or news for the January issue: communications@qhmg.example.org
""",
    htm="""<html><body style="font-family:Calibri,Arial,sans-serif">
<h2 style="color:#1b4d6b">The Quarry Hill Pulse &ndash; December 2026</h2>
<h3>Flu season scoreboard</h3>
<p>Staff flu vaccination is at <b>91%</b> group-wide (goal 95% by Dec 15).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Site</th><th>Patients vaccinated since Sept 1</th></tr>
<tr><td>Eastside Primary Care</td><td>58%</td></tr>
<tr><td>Linden Street Pediatrics</td><td>71%</td></tr>
<tr><td>Women's Health</td><td>44%</td></tr>
<tr><td>Heart &amp; Vascular</td><td>63%</td></tr>
<tr><td>Endocrinology &amp; Diabetes</td><td>66%</td></tr>
</table>
<p>Thank you to the MA teams at Linden Street for running Saturday flu clinics in November &ndash; 1,412 shots in four Saturdays.</p>
<h3>Welcome</h3>
<p>Please welcome Dr. Imani Crawford, cardiology, who joins Heart &amp; Vascular on Dec 7 from a fellowship in advanced heart failure.
She will see general cardiology and heart failure follow-ups on Mondays and Wednesdays.</p>
<h3>Holiday hours</h3>
<p>All sites close at 2 pm on Dec 24 and are closed Dec 25 and Jan 1. The contact centre and the nurse line run the usual after-hours service.</p>
<h3>Reminder</h3>
<p>Annual compliance training is due Dec 31. See the link on the intranet.</p>
<p style="font-size:small">Questions or news for the January issue: <a href="mailto:communications@qhmg.example.org">communications@qhmg.example.org</a></p>
</body></html>
""")

add("none", "diabetes-control-dashboard-q4",
    "Quality dashboard: A1c control percentages and counts by clinic, no individual.",
    trap=True,
    frm=A("Kwame Asante", q("kasante")),
    to=[A("Kenji Sato", q("ksato")), A("Priya Raman", q("praman")), A("Renee Castillo", q("rcastillo"))],
    cc=A("Quality Committee", q("quality")),
    subj="Q4 diabetes measures - preliminary, thru Nov 30",
    date=D(12, 1, 16, 12),
    body="""Hi all,

Attached is the preliminary Q4 diabetes dashboard pulled Monday night. These
are denominators of adults 18-75 with a diabetes diagnosis seen at least
once in the past 12 months. Poor control is the inverse measure (lower is
better), last A1c > 9.0% or no A1c this year.

Headline: group-wide poor control is down to 17.8% from 21.4% a year ago.
Endo is carrying the hardest panel and still improved. Eastside's jump in
eye exams is the retinal camera finally being used on Tuesdays.

Please don't forward the CSV outside the group until the committee signs
off on Dec 10, the payer versions will differ slightly (they use claims).

Kwame
Kwame Asante, MPH
Quality Analytics, Quarry Hill Medical Group
""",
    atts=[att("q4_diabetes_dashboard_prelim.csv", "text/csv",
              "clinic,denominator,a1c_gt_9_or_missing,pct_poor_control,a1c_lt_8,pct_lt_8,eye_exam_done,pct_eye_exam,statin_on,pct_statin\r\n"
              "Eastside Primary Care,2841,472,16.6,1893,66.6,1507,53.0,2188,77.0\r\n"
              "Northgate Primary Care,1977,361,18.3,1270,64.2,914,46.2,1479,74.8\r\n"
              "Endocrinology & Diabetes,1204,260,21.6,699,58.1,801,66.5,1001,83.1\r\n"
              "Women's Health,188,22,11.7,141,75.0,71,37.8,97,51.6\r\n"
              "GROUP TOTAL,6210,1115,17.8,4003,64.5,3293,53.0,4765,76.7\r\n",
              cte="7bit", params=[("charset", "us-ascii")])])

add("none", "wholesaler-order-confirmation-insulin",
    "Wholesaler order confirmation: insulin pens, ondansetron, ceftriaxone; account, PO and tracking numbers, no patient.",
    trap=True,
    frm=A("Crestline Pharma Distribution", "orders@crestline-distribution.example.com"),
    to=A("Eastside Clinic Supply", q("supply.eastside")),
    subj="Order Confirmation 7741-208813 - Ship-to 0049217 QHMG EASTSIDE",
    date=D(12, 1, 10, 4, 51),
    body="""CRESTLINE PHARMA DISTRIBUTION - ORDER CONFIRMATION

Account:        0049217  QUARRY HILL MED GRP EASTSIDE
PO number:      QH-ES-26-1187
Order number:   7741-208813
Ordered by:     Joanne Pruitt, RN (clinic supply)
Ship via:       Ground, temperature-controlled where marked
Expected:       Wed 12/02/2026

LINE  ITEM                                              QTY  UOM   EXT PRICE
1     Insulin glargine 100 u/mL pen 3 mL, 5 pk  [COLD]    4  CT    1,236.00
2     Insulin lispro 100 u/mL pen 3 mL, 5 pk    [COLD]    2  CT      612.40
3     Ondansetron ODT 4 mg, 30 tab                        6  BT       41.70
4     Ceftriaxone 500 mg vial, 10 pk                      2  PK       58.20
5     Methylprednisolone acetate 40 mg/mL 1 mL, 25 pk     1  PK      187.50
6     Lidocaine 1% 20 mL MDV, 25 pk                       1  PK       64.25
7     Tuberculin PPD 5 TU/0.1 mL 1 mL vial  [COLD]        3  EA      261.00
                                                      SUBTOTAL      2,461.05

Backordered: none.
Cold-chain items ship in validated shippers with a data logger. Refrigerate
on receipt and keep the logger printout for your VFC/temperature file.

Tracking: 1Z 8F4 27A 03 5511 2940

Questions: customer care 1-800-555-0147 or orders@crestline-distribution.example.com
""")

add("none", "vfc-shipment-lot-numbers",
    "Vaccine shipment notice to a pediatrics clinic: lot numbers, logger serial, tracking; no child concerned.",
    trap=True,
    frm=A("State VFC Program", "vfc-shipping@dph.state.example.gov.test"),
    to=A("Linden Street Pediatrics - Vaccine Coordinator", q("vaccines.linden")),
    subj="VFC shipment notification - PIN 041277 - 3 packages",
    date=D(12, 2, 6, 15),
    body="""Vaccines for Children (VFC) Program - Shipment Notification

Provider PIN:   041277
Site:           QUARRY HILL MEDICAL GROUP - LINDEN STREET PEDIATRICS
Order ID:       VFC-2026-118842
Carrier:        FedEx Priority Overnight
Tracking:       7731 2045 8866 (pkg 1 of 3)
                7731 2045 8877 (pkg 2 of 3)
                7731 2045 8888 (pkg 3 of 3, frozen)

Product                                   Doses   Lot        Exp
DTaP-IPV-Hib-HepB                          50     XK29A1     2027-08-31
MMR                                        30     W0044D2    2027-03-15
Varicella (FROZEN)                         30     V8812C     2027-01-20
Influenza, quadrivalent, PF 0.5 mL         60     FL6614B    2027-06-30
Pneumococcal conjugate                     40     PN22A07    2027-11-30

Please check the temperature monitor in each box on arrival, record the
receipt in the registry within 24 hours, and report any excursion to the
program at 1-877-555-0119 before using the product.

This is an automated message. Do not reply.
""")

add("none", "credentialing-dea-npi-renewal",
    "Credentialing reminder to a physician about her own DEA and state licence renewal; clinician identifiers only.",
    trap=True,
    frm=A("Medical Staff Office", q("credentialing")),
    to=A("Priya Raman, MD", q("praman")),
    subj="Action needed: DEA registration expires 01/31/2027",
    date=D(12, 2, 9, 40),
    body="""Dr. Raman,

Our tracking shows the following for you:

  NPI                   %s  (no action)
  DEA registration      %s  expires 01/31/2027  <-- renew now
  State CSR             CS-0084412  expires 01/31/2027
  PA medical licence    MD-447718  expires 12/31/2028
  Board certification   Internal Medicine, MOC current

DEA renewals can take 4-6 weeks to post. Please renew online and send us the
new certificate (a screenshot of the confirmation page is fine for now). If
your DEA lapses you will not be able to e-prescribe controlled substances and
the pharmacy team will have to reroute your refills.

Payers also need the updated copy for the January re-credentialing file.

Thank you,
Sheryl Munroe, CPCS
Medical Staff Office / Credentialing
Quarry Hill Medical Group | 610-555-0133
""" % (NPI_RAMAN, DEA_RAMAN))

add("none", "pediatrics-call-roster-december",
    "On-call roster for pediatrics with clinicians' mobile numbers; no patient.",
    trap=True,
    frm=A("Tasha Greene", q("tgreene")),
    to=A("Linden Street Pediatrics Providers", q("linden.providers")),
    cc=A("Contact Center Supervisors", q("cc.supervisors")),
    subj="December after-hours call schedule (final)",
    date=D(12, 1, 11, 2),
    body="""Hi everyone - final December call schedule below. Swaps go through me
so the answering service gets one clean list. ClearPage has this copy.

Date        Primary call            Backup
Dec 1-3     Dr. Okafor  555-0161    Dr. Lindgren 555-0162
Dec 4-6     Dr. Lindgren            Dr. Bhatt    555-0163
Dec 7-10    Dr. Bhatt               Dr. Okafor
Dec 11-13   Sara Kim, CRNP 555-0164 Dr. Lindgren (physician backup)
Dec 14-17   Dr. Okafor              Dr. Bhatt
Dec 18-20   Dr. Lindgren            Sara Kim, CRNP
Dec 21-24   Dr. Bhatt               Dr. Okafor
Dec 25-27   Dr. Okafor              Dr. Lindgren
Dec 28-31   Sara Kim, CRNP          Dr. Bhatt

All cell numbers are 610 area code. Nurse triage line stays 610-555-0170.
Hospital newborn nursery: 610-555-0171.

Thanks!
Tasha
Tasha Greene | Practice Coordinator, Linden Street Pediatrics
""")

_zz = hl7([
    "MSH|^~\\&|ORRIN_LIS|ORRIN|TALLIS|QHMG|20261203091500||ORU^R01^ORU_R01|ZZT0000041|T|2.5.1",
    "PID|1||ZZ0000001^^^QHMG^MR||ZZTEST^INTERFACE^ONE||19000101|U|||1 TEST WAY^^NOWHERE^PA^00000",
    "PV1|1|O|ZZTEST^^^QHMG",
    "ORC|RE|ZZORD0041|ZZFIL0041||CM",
    "OBR|1|ZZORD0041|ZZFIL0041|2345-7^GLUCOSE^LN|||20261203090000|||||||||%s^TESTPROVIDER^ZZ" % npi("100000000"),
    "OBX|1|NM|2345-7^GLUCOSE^LN||999|mg/dL|70-99|HH|||F",
    "OBX|2|ST|ZZNOTE^TEST NOTE^L||INTERFACE VALIDATION - NOT A PATIENT||||||F",
])
add("none", "orrin-interface-zztest-oru",
    "Interface analyst sends a ZZTEST HL7 ORU for validation (processing ID T); no patient.",
    trap=True,
    frm=A("Devin Shah", q("dshah")),
    to=A("Orrin Interfaces", "interfaces@orrinlab.example.com"),
    cc=A("Aaron Whitfield", q("awhitfield")),
    subj="New results interface - test ORU with the HH flag, please confirm parsing",
    date=D(12, 3, 9, 22),
    body="""Hi Orrin team,

Attached is the test ORU we are sending through the new TLS feed. It's the
ZZTEST patient (ZZ0000001) in test mode (MSH-11 = T) with a deliberately
impossible glucose of 999 and an HH flag so we can watch the critical-value
routing in Tallis without touching a real chart.

Can you confirm you see OBX-8 = HH on your side and that our ACK came back
AA? Our engine log shows ACK ZZT0000041 at 09:15:02.

Next step is the PDF-embedded report test (OBX type ED) on Monday.

Thanks,
Devin
Devin Shah | Integration Analyst, IT | Quarry Hill Medical Group
""",
    atts=[att("ZZTEST_ORU_R01_0041.hl7", "application/hl7-v2", _zz)])

_cap = {
    "resourceType": "CapabilityStatement",
    "id": "tallis-r4-server",
    "status": "active",
    "date": "2026-11-20",
    "publisher": "Tallis Health Systems",
    "kind": "instance",
    "software": {"name": "Tallis FHIR Gateway", "version": "26.4.1"},
    "implementation": {"description": "QHMG production FHIR endpoint",
                       "url": "https://fhir.qhmg.example.org/r4"},
    "fhirVersion": "4.0.1",
    "format": ["json"],
    "rest": [{
        "mode": "server",
        "security": {"cors": True, "description": "SMART on FHIR, OAuth2 client credentials for backend services"},
        "resource": [
            {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
             "searchParam": [{"name": "identifier", "type": "token"}, {"name": "birthdate", "type": "date"},
                             {"name": "family", "type": "string"}]},
            {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}],
             "searchParam": [{"name": "patient", "type": "reference"}, {"name": "code", "type": "token"},
                             {"name": "category", "type": "token"}]},
            {"type": "Condition", "interaction": [{"code": "read"}, {"code": "search-type"}]},
            {"type": "MedicationRequest", "interaction": [{"code": "read"}, {"code": "search-type"}]},
            {"type": "Appointment", "interaction": [{"code": "read"}, {"code": "search-type"}, {"code": "create"}]},
            {"type": "Coverage", "interaction": [{"code": "read"}]},
        ],
    }],
}
add("none", "fhir-capabilitystatement-gateway",
    "Vendor sends the FHIR CapabilityStatement of the new endpoint (resource types, search parameters); no patient data.",
    trap=True,
    frm=A("Tallis Implementation", "implementation@tallis-ehr.example.com"),
    to=A("Devin Shah", q("dshah")),
    subj="FHIR gateway 26.4.1 - CapabilityStatement for your app review",
    date=D(12, 2, 14, 5, tz="-0600"),
    body="""Hi Devin,

As requested, the CapabilityStatement served by your production gateway
after Sunday's upgrade is attached. Patient search by identifier now
requires the system|value form (the MRN assigning authority), and
Observation search supports category=laboratory and category=vital-signs.

The scheduling app vendor asked whether Appointment create is on; it is,
behind the scope user/Appointment.write.

Regards,
Marisol Ortega
Implementation Consultant, Tallis Health Systems
""",
    atts=[att("CapabilityStatement-qhmg-r4.json", "application/fhir+json",
              json.dumps(_cap, indent=2).replace("\n", "\r\n") + "\r\n")])

add("none", "reminder-template-merge-fields",
    "Mail-merge template for appointment reminders with {{...}} placeholders, sent for wording review; no real recipient.",
    trap=True,
    frm=A("Devin Shah", q("dshah")),
    to=A("Marcus Bell", q("mbell")),
    cc=A("Renee Castillo", q("rcastillo")),
    subj="Wording review: new 72-hour appointment reminder template",
    date=D(12, 2, 15, 47),
    body="""Marcus, Renee -

Here's the draft text for the new 72-hour reminder that goes out through
the messaging platform. Placeholders in double braces get filled from the
schedule. Can you look at tone and the cancellation language before I load
it Friday? Legal already approved the opt-out line.

------------------------------------------------------------------
Subject: Reminder: your visit on {{appt_date}}

Hi {{patient_first_name}},

This is a reminder of your visit with {{provider_display_name}} at
{{location_name}} on {{appt_date}} at {{appt_time}}.

{{#if prep_instructions}}Before your visit: {{prep_instructions}}{{/if}}

Please arrive 15 minutes early and bring your insurance card and a list of
the medicines you take. To confirm, reply C. To cancel or reschedule, call
{{location_phone}} or use MyQuarryHill.

Reply STOP to opt out of text reminders.
------------------------------------------------------------------

Open question: for Behavioral Health and Women's Health we planned to
suppress {{provider_display_name}} and {{location_name}} and just say "your
visit at Quarry Hill". Agree?

Devin
""")

add("none", "grand-rounds-diabetes-glp1",
    "CME grand rounds announcement on type 2 diabetes and GLP-1 agents; education, no individual.",
    trap=True,
    frm=A("QHMG Continuing Medical Education", q("cme")),
    to=A("Clinicians", q("clinicians")),
    subj="Grand Rounds Thu Dec 10: GLP-1 and dual agonists in primary care - 1.0 AMA PRA Category 1",
    date=D(12, 3, 8, 0),
    body="""MEDICAL GRAND ROUNDS
Thursday, December 10, 2026 | 12:15-1:15 pm
Conference Room B, Eastside, and by video

"GLP-1 and dual agonists in primary care: who, when, and what to do when
the pharmacy can't fill it"
Kenji Sato, MD, Endocrinology & Diabetes Center

Objectives
 - Choose between metformin, SGLT2 inhibitors, GLP-1 receptor agonists and
   dual GIP/GLP-1 agonists for type 2 diabetes with CKD or heart failure
 - Titrate semaglutide and tirzepatide and manage GI side effects
 - Navigate prior authorisation and shortages; when to use compounded
   products (don't)
 - Recognise pancreatitis, gallbladder disease and retinopathy warnings

Case discussion uses composite, de-identified cases.

Quarry Hill Medical Group designates this live activity for a maximum of
1.0 AMA PRA Category 1 Credit(TM). Disclosures will be read at the start.
Lunch is provided for in-person attendees; RSVP to cme@qhmg.example.org.
""")

add("none", "womens-health-walkin-contraception-promo",
    "Marketing e-mail for walk-in contraception hours at Women's Health; a service promo, no individual.",
    trap=True,
    frm=A("Women's Health at Quarry Hill", "news@" + QH),
    to=A("Quarry Hill patient newsletter subscribers", "newsletter-list@" + QH),
    subj="New: walk-in birth control hours on Tuesday evenings",
    date=D(12, 1, 17, 30),
    body="""New at Women's Health at Quarry Hill

Walk-in birth control hours, Tuesdays 4-7 pm, starting December 8.

No appointment needed for:
  - Starting or switching the pill, patch or ring
  - The Depo shot (every 3 months)
  - Emergency contraception
  - Questions about IUDs and the implant (we can book the insertion
    the same week)

Most plans cover birth control with no copay. Bring your insurance card;
if you don't have insurance, ask about our sliding-scale fee.

Women's Health at Quarry Hill
2200 Quarry Hill Road, Suite 300, Marlow, PA
610-555-0150 | https://www.qhmg.example.org/womens-health

You are receiving this because you subscribed to Quarry Hill news.
Unsubscribe: https://www.qhmg.example.org/unsubscribe
""",
    htm="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#333">
<div style="background:#7a2e5b;color:#fff;padding:14px"><h1 style="margin:0">Walk-in birth control hours</h1>
<p style="margin:4px 0 0">Tuesdays 4&ndash;7 pm, starting December 8</p></div>
<p>No appointment needed for:</p>
<ul><li>Starting or switching the pill, patch or ring</li><li>The Depo shot (every 3 months)</li>
<li>Emergency contraception</li><li>Questions about IUDs and the implant (we can book the insertion the same week)</li></ul>
<p>Most plans cover birth control with no copay. Bring your insurance card; if you don't have insurance, ask about our sliding-scale fee.</p>
<p><a href="https://www.qhmg.example.org/womens-health">Women's Health at Quarry Hill</a><br>2200 Quarry Hill Road, Suite 300, Marlow, PA &middot; 610-555-0150</p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed to Quarry Hill news.
<a href="https://www.qhmg.example.org/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

add("none", "lure-lab-results-portal-lookalike",
    "Phishing: 'your lab results are ready' from a lookalike domain; no real person's care.",
    trap=True,
    frm=A("MyQuarryHill Patient Portal", "no-reply@myquarryhill-portal.example.net"),
    to=A("", "front.desk.eastside@" + QH),
    subj="Your Lab Results Are Ready - Action Required Within 24 Hours",
    date=D(12, 3, 3, 14, 9, tz="+0000"),
    htm="""<html><body>
<table width="600" style="font-family:Arial;border:1px solid #ccc"><tr><td style="padding:20px">
<p><img alt="MyQuarryHill" width="180" height="40"></p>
<p>Dear Patient,</p>
<p>New <b>laboratory test results</b> have been released to your health record. Due to new HIPAA security rules
you must verify your identity within <b>24 hours</b> or your medical records will be locked.</p>
<p style="text-align:center"><a href="https://myquarryhill-portal.example.net/verify?id=88213" style="background:#0a66c2;color:#fff;padding:10px 24px;text-decoration:none">VIEW MY RESULTS</a></p>
<p>You will need your date of birth, insurance member ID and email password to continue.</p>
<p>Thank you,<br>Patient Records Department</p>
</td></tr></table>
</body></html>
""")

add("none", "vet-reminder-biscuit-rabies",
    "Veterinary vaccine reminder for a staff member's dog; a pet's care, not a person's.",
    trap=True,
    frm=A("Westfield Animal Hospital", "reminders@westfieldvet.example.com"),
    to=A("Colleen Byrne", "colleen.byrne@mailbox.example.net"),
    subj="Biscuit is due for his rabies booster and DHPP",
    date=D(12, 4, 8, 0),
    body="""Hi Colleen,

Our records show that Biscuit (canine, Beagle mix, 6 yrs) is due for:

  Rabies 3-year booster ........ due 12/15/2026
  DHPP ......................... due 12/15/2026
  Heartworm test + fecal ....... due 01/2027

He is also running low on his Apoquel for his itchy skin - 6 tablets left on
the last refill. We can refill it at his visit.

Book online at https://book.westfieldvet.example.com or call 610-555-0188.
Dr. Amy Chen and the Westfield team

Westfield Animal Hospital | 41 Orchard Lane, Marlow, PA
""")

add("none", "tallis-upgrade-downtime-sunday",
    "IT downtime notice for the EHR upgrade with read-only charts and paper downtime forms; no patient.",
    trap=True,
    frm=A("QHMG IT Service Desk", q("servicedesk")),
    to=A("All Staff", q("allstaff")),
    subj="PLANNED DOWNTIME Sun Dec 6 01:00-05:00 - Tallis 26.4 upgrade",
    date=D(12, 3, 12, 0),
    body="""PLANNED DOWNTIME - TALLIS EHR UPGRADE TO 26.4

When:   Sunday, December 6, 01:00 to 05:00
Impact: Tallis will be READ-ONLY from 01:00 to 01:30, then fully
        unavailable until about 05:00. The patient portal will show a
        maintenance page. Lab and imaging interfaces will queue results and
        release them when the system comes back.

What to do
 - Urgent care and the nurse line: use the downtime kits (red binders) for
   any calls; downtime forms are numbered D-100 to D-140.
 - The 00:45 "BCA" downtime report (last 3 days of meds, allergies,
   problem lists per scheduled patient) will print at each site.
 - After the system is back, back-enter downtime encounters by Monday noon.
 - Do not write MRNs or patient names on sticky notes at workstations; use
   the downtime log only.

New in 26.4: the sensitive-note flag for behavioural health, 42 CFR Part 2
consent tracking, and a faster in-basket.

Questions: x4357 (HELP) or servicedesk@qhmg.example.org
""")

add("none", "behavioral-frontdesk-thermostat",
    "Behavioral Health front desk (sensitive display name) asks facilities about a broken thermostat; no individual concerned.",
    trap=True,
    frm=A("Behavioral Health - Front Desk", q("bh.frontdesk")),
    to=A("Facilities Work Orders", q("facilities")),
    subj="Suite 210 waiting room freezing again",
    date=D(12, 2, 8, 12),
    body="""Hi Bob,

The thermostat in the Suite 210 waiting room is stuck on 61 again, same as
last week. People are sitting in their coats and two of our therapists have
space heaters in their offices, which I know isn't allowed.

Also the white-noise machine outside group room B stopped working, so you
can hear voices in the hallway. Can you send someone today or tomorrow
morning before 9 when groups start?

Thanks,
Lorena
Behavioral Health front desk, ext 2210
""")

add("none", "open-enrollment-eap-fertility-benefit",
    "HR open-enrolment reminder naming the EAP counselling and fertility benefits, with the employee's own ID; no health information about anyone.",
    trap=True,
    frm=A("QHMG Human Resources", q("hr")),
    to=A("Jasmine Torres", q("jtorres")),
    subj="Reminder: open enrollment closes Friday - employee ID 40718",
    date=D(12, 2, 10, 0),
    body="""Hi Jasmine,

Our records show you have not completed 2027 benefits open enrollment
(employee ID 40718). If you do nothing, your current medical, dental and
vision elections roll over, but your FSA will NOT.

What's new for 2027
 - Medical: Keystone Ridge PPO and HMO premiums go up 4.5%.
 - EAP: up to 8 free, confidential counselling sessions per issue, for you
   and anyone in your household (Lumen EAP, 1-800-555-0192). Nothing about
   EAP use is shared with Quarry Hill.
 - Fertility: the PPO now covers fertility evaluation and up to $15,000
   lifetime for IVF or egg freezing through Rowan Fertility Partners.
 - Wellness: complete a biometric screening by March 31 for a $300 premium
   credit.

Log in to the benefits portal with your employee ID and the PIN mailed to
you. Deadline: Friday, December 4, 11:59 pm.

Quarry Hill Human Resources | hr@qhmg.example.org | ext 3400
""")

add("none", "w2-consent-payroll-employee-id",
    "Payroll notice about electronic W-2 consent with an employee ID; no health content.",
    trap=True,
    frm=A("QHMG Payroll", q("payroll")),
    to=A("Marcus Bell", q("mbell")),
    subj="Consent to receive your 2026 W-2 electronically",
    date=D(12, 7, 9, 15),
    body="""Marcus,

Employee ID: 31194
Department: 6120 Contact Center

To get your 2026 Form W-2 electronically (available by January 22), sign in
to the payroll portal and choose Tax Forms > Consent. If you don't consent,
your W-2 will be mailed to the home address on file ending in "...ORCHARD
CT". Please make sure it's current.

Reminder: Quarry Hill Payroll will never ask for your password or for your
bank account number by e-mail. Direct-deposit changes are only made in the
portal.

Payroll Services | ext 3410
""")

add("none", "birthday-cake-marlene-dob",
    "Staff birthday card collection mentioning a coworker's date of birth; no health content.",
    trap=True,
    frm=A("Renee Castillo", q("rcastillo")),
    to=A("Eastside Front Office", q("eastside.frontoffice")),
    subj="Shhh - card for Marlene",
    date=D(12, 3, 13, 40),
    body="""Hi team,

Marlene's big 5-0 is next Wednesday (she was born 12/09/1976 and she will
deny it). Card is in my top drawer; sign it when she's at lunch. We're doing
cake in the break room at 3:15 on the 9th - Tasha is bringing the tres
leches.

$5 in the envelope if you want to chip in for flowers.

Renee
""")

add("none", "payer-fee-schedule-2027-cpt",
    "Billing office summary of a payer's 2027 fee schedule by CPT code; contract terms, no patient.",
    trap=True,
    frm=A("Greg Lindqvist", q("glindqvist")),
    to=A("Revenue Cycle Leadership", q("rcm.leads")),
    subj="Prairie Mutual 2027 fee schedule - effective 1/1, summary",
    date=D(12, 3, 16, 5),
    body="""All,

Prairie Mutual's 2027 professional fee schedule arrived today (contract
PM-PRO-2219, group NPI %s, TIN on file). Net effect is +2.1%% on our
top 20 codes, but they cut diagnostic imaging.

CPT     Description                          2026      2027     change
99213   Office visit est, low MDM          $98.40   $101.30    +2.9%%
99214   Office visit est, moderate MDM    $141.75   $145.90    +2.9%%
99204   Office visit new, moderate MDM    $186.20   $190.00    +2.0%%
93000   ECG with interpretation            $19.80    $20.10    +1.5%%
93306   Echo, complete with Doppler       $218.00   $204.90    -6.0%%
73721   MRI lower extremity joint w/o     $312.00   $288.50    -7.5%%
11102   Tangential biopsy skin, single     $96.10    $99.00    +3.0%%
20610   Arthrocentesis major joint         $71.30    $73.20    +2.7%%
90834   Psychotherapy 45 min               $96.60   $101.10    +4.7%%
96127   Brief behavioural assessment        $5.20     $5.40    +3.8%%

I'll load it into the contract module on 12/28. Underpayments from January
on will show in the variance report.

Greg Lindqvist
Manager, Patient Financial Services
""" % NPI_GROUP)

add("none", "payer-bulletin-prior-auth-changes",
    "Payer provider bulletin on 2027 prior-authorisation changes (knee MRI, GLP-1s, sleep studies); policy, no individual.",
    trap=True,
    frm=A("Keystone Ridge Health Plan Provider News", "providernews@krhp.example.com"),
    to=A("Provider Office Contact", q("referrals")),
    subj="Provider Bulletin 2026-22: Prior authorization changes effective January 1, 2027",
    date=D(12, 1, 6, 0),
    body="""KEYSTONE RIDGE HEALTH PLAN - PROVIDER BULLETIN 2026-22

Effective for dates of service on or after January 1, 2027:

1. Advanced imaging. MRI of the knee (CPT 73721) will require prior
   authorization for all commercial and Medicare Advantage members unless
   ordered by an orthopedic surgeon after a documented 6-week course of
   conservative therapy.

2. GLP-1 receptor agonists. Semaglutide and tirzepatide products require PA
   for type 2 diabetes with documented A1c and metformin trial or
   contraindication. Products prescribed for weight management remain
   excluded on most employer plans.

3. Home sleep apnea testing replaces in-lab polysomnography as the first-line
   test unless the member meets exception criteria.

4. Removed from PA: screening colonoscopy, DEXA, and in-office
   echocardiography.

Requests: Availity-style portal, or fax 1-888-555-0103.
Questions: Provider Services 1-888-555-0104, Monday-Friday 8-6.
""")

add("none", "chemistry-qc-shift-lot-change",
    "Lab message about analyzer QC control values and a lot change; control material, no patient.",
    trap=True,
    frm=A("Aaron Whitfield", q("awhitfield")),
    to=A("Lab Techs", q("lab.techs")),
    subj="Chem analyzer 2: QC shift on K+ after reagent lot change - hold potassium",
    date=D(12, 4, 6, 48),
    body="""Morning all,

After the new ISE reagent lot (R-26-3318) went on at 05:30, QC on analyzer 2
is out:

  Control      Level   Target    Today   SD
  Potassium    1       3.40      3.71    +3.1 SD   REJECT (1-3s)
  Potassium    2       6.20      6.58    +2.9 SD   WARN (2-2s with run 1)
  Sodium       1       123       124     +0.6 SD   ok
  Glucose      1       86        85      -0.3 SD   ok
  Creatinine   2       5.10      5.06    -0.4 SD   ok

Hold all potassium on analyzer 2; run K+ on analyzer 1 until the lot is
recalibrated. Patient samples from 05:30 on have already been rerun on
analyzer 1 and nothing needs a corrected report. Document in the QC log.

Service call with the vendor placed, ticket 00917734.

Aaron Whitfield, MLS(ASCP) | Lab Manager | ext 2601
""")

add("none", "mri-coil-service-window",
    "Imaging equipment service notice with a vendor ticket number; operations, no patient.",
    trap=True,
    frm=A("Linh Tran", q("ltran")),
    to=[A("Imaging Schedulers", q("imaging.sched")), A("Orthopedics Schedulers", q("ortho.sched"))],
    subj="MRI 1 down Tue 12/8 7a-1p for knee coil replacement - reschedule AM slots",
    date=D(12, 2, 13, 25),
    body="""Hi schedulers,

Vantor is replacing the 16-channel knee coil on MRI 1 on Tuesday, December
8 from 7 am to about 1 pm (service ticket VJ-2611-0457). Please move the
morning MRI 1 slots to MRI 2 evening or Thursday. MRI 2 is fine for all
extremity work except the two sedation slots.

Ortho: Dr. Ferrer's clinic asked that post-op knees keep priority.

Linh Tran, RT(R)(MR)
Imaging Operations Supervisor | ext 2701
""")

add("none", "job-posting-lcsw-iop-program",
    "Job posting for an LCSW in a substance-use intensive outpatient programme; recruitment, no client.",
    trap=True,
    frm=A("QHMG Talent Acquisition", q("careers")),
    to=A("All Staff", q("allstaff")),
    subj="Internal posting: LCSW / LPC, Intensive Outpatient Program (IOP) - Behavioral Health",
    date=D(12, 4, 11, 0),
    body="""INTERNAL POSTING - REQ 26-0412

Licensed Clinical Social Worker or Licensed Professional Counselor
Behavioral Health - Intensive Outpatient Program (substance use and
co-occurring disorders)
Full time, Monday-Thursday 8:30-5, plus one evening group

You will:
 - run IOP groups (3 hrs, 3 evenings a week) using CBT, motivational
   interviewing and relapse-prevention curricula
 - do biopsychosocial assessments and ASAM level-of-care placement
 - coordinate with our office-based buprenorphine prescribers and with
   Bluestem Recovery Center for higher levels of care
 - document to 42 CFR Part 2 standards

Requirements: LCSW or LPC in Pennsylvania; CAADC preferred; 2 years'
experience with substance-use treatment.

Referral bonus $2,000 for employees. Apply in the careers portal by Dec 31.
""")

add("none", "compliance-training-due-part2-hiv",
    "Compliance reminder about annual privacy training covering PHI, Part 2 and HIV disclosure rules; no individual.",
    trap=True,
    frm=A("Irene Volkov", q("ivolkov")),
    to=A("All Workforce", q("allstaff")),
    subj="Annual HIPAA & privacy training - 38% complete, due Dec 31",
    date=D(12, 7, 8, 5),
    body="""Colleagues,

Only 38% of the workforce has finished this year's privacy and security
modules. They take about 40 minutes and are due December 31.

This year's modules cover:
  1. The minimum necessary rule and looking up charts of family or
     coworkers (don't)
  2. Substance-use disorder records under 42 CFR Part 2: what changed with
     the 2024 rule and when a separate consent is still needed
  3. HIV test results, genetic results and mental-health notes: our state's
     extra consent rules for disclosure
  4. Secure e-mail: when to use [secure] in the subject line
  5. Reporting a privacy incident within 24 hours

Managers: completion rates by department will be in your inbox Monday.

Irene Volkov, CHC, CHPC
Compliance & Privacy Officer | Quarry Hill Medical Group | 610-555-0128
""")

add("none", "county-respiratory-weekly-week48",
    "County health department weekly respiratory surveillance report with counts; aggregate public-health data.",
    trap=True,
    frm=A("Marlow County Health Department", "epi@health.marlowcounty.test"),
    to=A("Marlow County Providers list", "providers-l@health.marlowcounty.test"),
    subj="Weekly Respiratory Virus Report - MMWR Week 48",
    date=D(12, 4, 15, 30),
    body="""MARLOW COUNTY HEALTH DEPARTMENT
Weekly Respiratory Virus Surveillance - MMWR Week 48 (Nov 22-28, 2026)

                          This week   Last week   Season to date
Influenza A (lab-conf.)      214         141           612
Influenza B                   12           9            41
RSV                          133         128           799
COVID-19                      61          70         1,208
Flu hospitalisations          23          14            57
Pediatric flu deaths           0           0             0

Influenza-like illness visits: 4.1% of ED visits (baseline 2.6%).
Activity level: HIGH and increasing. Predominant strain A(H3N2).

Recommendations: vaccinate everyone 6 months and older; start antivirals
early for high-risk outpatients with suspected flu without waiting for a
test; nirsevimab for eligible infants.

Data are provisional. Full dashboard: https://health.marlowcounty.test/resp
""")

add("none", "state-hiv-surveillance-quarterly",
    "State HIV surveillance quarterly bulletin: new diagnoses, viral suppression and PrEP uptake as aggregates.",
    trap=True,
    frm=A("State HIV/STI Surveillance", "hivsurv@dph.state.example.gov.test"),
    to=A("HIV Prevention Partners", "hiv-partners-l@dph.state.example.gov.test"),
    subj="Quarterly HIV Surveillance Update, Q3 2026",
    date=D(12, 2, 11, 0),
    body="""HIV Surveillance Update - Third Quarter 2026

New HIV diagnoses statewide: 287 (Q3 2025: 301)
  - 41% aged 25-34; 29% reported injection drug use as a risk
  - Marlow County: 14 new diagnoses (Q3 2025: 19)

Linkage to care within 30 days: 84%
Viral suppression among people in care: 88%
PrEP: 11,420 people with an active PrEP prescription, up 12% year on year;
      PrEP-to-need ratio 9.6

Syphilis: primary and secondary cases up 18%; congenital syphilis 6 cases.

Counts under 5 are suppressed at county level. Rates use 2025 population
estimates. Next update: March 2027.
""")

add("none", "call-center-results-script-update",
    "Contact-centre script update for calls about results; scripted wording with no caller named.",
    trap=True,
    frm=A("Marcus Bell", q("mbell")),
    to=A("Contact Center Agents", q("cc.agents")),
    subj="Script change starting Monday: callers asking about test results",
    date=D(12, 4, 16, 45),
    body="""Team,

Starting Monday, use this when someone calls about results:

1. Verify identity: full name, date of birth, and one more of address,
   phone or MyQuarryHill username. For a parent of a child under 12,
   verify the parent is on the proxy list.
2. You may say: "Your result has been released to your portal" or "Your
   results are still pending."
3. You may NOT read results or interpret them, even "normal". Send a
   Results Callback message to the clinic pool (RN POOL - RESULTS) with a
   good call-back number.
4. HIV, genetic, pregnancy and behavioural health results: do not say
   whether a result exists. Route to the clinic nurse.
5. If the caller is upset or mentions chest pain, trouble breathing or
   thoughts of self-harm, warm-transfer to the nurse line (or 911 / 988).

Average handle time target stays at 4:30. Thanks for all the work through
flu season - call volume is up 22% on last December.

Marcus Bell | Contact Center Supervisor | 610-555-0126
""")

add("none", "front-desk-label-printer-policy",
    "Front-desk reminder about armband/label printers and privacy at check-in; no patient named.",
    trap=True,
    frm=A("Renee Castillo", q("rcastillo")),
    to=A("All Front Desk Staff", q("frontdesk.all")),
    subj="Reminder: labels, sign-in sheets, and what goes in the shred bin",
    date=D(12, 7, 7, 50),
    body="""Good morning,

After last week's walk-through, three reminders:

- Specimen and chart labels (name / DOB / MRN) come off the printer and go
  straight to the MA. Don't leave the sheet on the counter.
- We don't use paper sign-in sheets any more. If the kiosk is down, write
  first name and arrival time only on the whiteboard log.
- Anything with a label or a face sheet goes in the locked blue shred bin,
  never the recycling.

The auditor noticed insurance cards left on the copier at Northgate. Scan
them and hand them back.

Thanks for keeping our patients' privacy front and centre.
Renee Castillo | Practice Manager, Eastside & Northgate
""")

add("none", "referral-directory-specialists",
    "Referral coordinator's directory of outside specialist offices with phone and fax numbers; no patient.",
    trap=True,
    frm=A("Nadia Haddad", q("nhaddad")),
    to=A("Referral Coordinators", q("referrals.team")),
    subj="Updated outside specialist directory (Dec) - fax changes",
    date=D(12, 1, 14, 20),
    body="""Hi all - updated list of the outside practices we refer to most.
Changes are marked *.

Specialty            Practice                              Phone          Fax
GI                   Marlow Digestive Associates           610-555-0111   610-555-0112
Neurology            Valley Neurology Group               *610-555-0113  *610-555-0114
Rheumatology         Schuylkill Rheumatology               610-555-0115   610-555-0116
Sleep medicine       Riverbend Sleep Center                610-555-0117   610-555-0118
Infectious disease   Lantern Clinic (ID / HIV)             610-555-0120   610-555-0121
Fertility            Rowan Fertility Partners              610-555-0122   610-555-0123
Addiction medicine   Bluestem Recovery Center             *610-555-0124  *610-555-0125
Genetic counselling  Helixa Genetics (tele-GC)             1-800-555-0193 eFax only

Reminder: Bluestem and Lantern need the signed consent form with the
referral; don't send clinical notes without it.

Nadia Haddad | Referral Coordinator Lead | ext 2105
""")

add("none", "courier-invoice-november-routes",
    "Courier's monthly invoice to the lab: account, invoice and route numbers by site; business billing, no patient.",
    trap=True,
    frm=A("Tri-County Medical Courier", "billing@tricountycourier.example.com"),
    to=A("QHMG Accounts Payable", q("ap")),
    cc=A("Aaron Whitfield", q("awhitfield")),
    subj="Invoice TCMC-2611-0388 - Account 55712 - November 2026",
    date=D(12, 1, 9, 10),
    body="""Tri-County Medical Courier, LLC
Invoice TCMC-2611-0388       Account 55712       Terms Net 30

Service period: 11/01/2026 - 11/30/2026

Route   Description                               Stops   Rate     Amount
L-04    Eastside -> Orrin Lab, 2x daily             42    $38.00   1,596.00
L-05    Northgate -> Orrin Lab, daily               21    $41.00     861.00
L-07    Linden St Peds -> Eastside lab               21    $24.00     504.00
S-01    STAT runs (after 5 pm)                       6    $65.00     390.00
C-02    Frozen/dry-ice specimen surcharge            9    $15.00     135.00
                                                            TOTAL  3,486.00

Remit to: Tri-County Medical Courier, PO Box 4410, Marlow, PA.
ACH: routing and account on your vendor file (no change).
""")

add("none", "dme-catalog-cpap-glucometer",
    "DME vendor catalogue of CPAP masks, glucometers and braces with prices; marketing to the clinic.",
    trap=True,
    frm=A("Northline Medical Supply", "sales@northlinemed.example.com"),
    to=A("Clinic Purchasing", q("purchasing")),
    subj="Winter pricing: CPAP masks, glucose meters, knee braces (through 1/31)",
    date=D(12, 2, 7, 5),
    body="""NORTHLINE MEDICAL SUPPLY - WINTER PRICING FOR CLINICS

CPAP / sleep
  Nasal pillow mask, S/M/L ..................... $62.00
  Full-face mask, cushion sizes 1-3 ............ $89.00
  Heated tubing, 6 ft .......................... $21.50

Diabetes
  Blood glucose meter (starter kit) ............ $9.95
  Test strips, 50 ct ........................... $18.40
  Lancets 30G, 100 ct .......................... $4.10

Orthopedic soft goods
  Hinged knee brace, universal ................. $44.00
  Walking boot, tall, S-XL ..................... $52.00
  Wrist splint with thumb spica ................ $16.75

Order by 3 pm for same-day shipping. Account reps: Dana Fuller
610-555-0181, Joe Brandt 610-555-0182. Reply STOP to stop these e-mails.
""")

add("none", "formulary-change-moud-film-tablets",
    "Pharmacy update on Medicaid formulary changes for buprenorphine and naltrexone products; policy, no patient.",
    trap=True,
    frm=A("Yusuf Demir, PharmD", q("ydemir")),
    to=[A("Primary Care Prescribers", q("pc.prescribers")), A("Behavioral Health Prescribers", q("bh.prescribers"))],
    subj="CarePath Medicaid PDL 1/1/27: buprenorphine-naloxone film preferred, tablets non-preferred",
    date=D(12, 3, 10, 35),
    body="""Hello prescribers,

CarePath Community Plan published its 2027 preferred drug list. Changes that
affect our MOUD and alcohol-use-disorder prescribing:

  - Buprenorphine/naloxone sublingual FILM: preferred, no PA
  - Buprenorphine/naloxone TABLETS: non-preferred from 1/1 (existing
    patients grandfathered 90 days)
  - Buprenorphine monoproduct: PA required except pregnancy
  - Extended-release buprenorphine injection: preferred, billed medical
  - Naltrexone 50 mg tablets and ER naltrexone injection: preferred
  - Acamprosate: preferred
  - Naloxone 4 mg nasal spray: preferred, pharmacists can dispense under the
    standing order

No action needed today. The pharmacy team will run a list in mid-December
and send each prescriber the switches for their own panel in the secure
in-basket, not by e-mail.

Yusuf Demir, PharmD, BCACP | Clinical Pharmacist | ext 2850
""")

add("none", "helixa-hereditary-panel-launch",
    "Genetics laboratory marketing for a hereditary cancer panel (BRCA1/2, Lynch); no individual.",
    trap=True,
    frm=A("Helixa Genetics", "clinicians@helixa.example.com"),
    to=A("Helen Marsh, MD", q("hmarsh")),
    subj="Now 10-day turnaround: Helixa 48-gene hereditary cancer panel",
    date=D(12, 1, 12, 0, tz="-0800"),
    body="""Dear Dr. Marsh,

Helixa's hereditary cancer panel now reports in a median of 10 days.

  - 48 genes including BRCA1, BRCA2, PALB2, CHEK2, ATM and the Lynch genes
    (MLH1, MSH2, MSH6, PMS2, EPCAM)
  - Free genetic counselling by phone before and after testing
  - Cascade testing for relatives at no charge for 90 days
  - Most patients pay $0; our out-of-pocket cap is $100

NCCN criteria checklist and order forms: https://portal.helixa.example.com
Your local Helixa representative: Kara Whitman, 610-555-0195.

To stop receiving clinical updates, reply UNSUBSCRIBE.
Helixa Genetics, 900 Innovation Way, San Carlos, CA
""")

add("none", "rowan-fertility-referral-dinner",
    "Fertility clinic invites ob-gyns to a referral-pathway dinner talk on IVF and egg freezing; marketing, no patient.",
    trap=True,
    frm=A("Rowan Fertility Partners", "physician-relations@rowanfertility.example.com"),
    to=[A("Helen Marsh, MD", q("hmarsh")), A("Women's Health Providers", q("wh.providers"))],
    subj="Dinner talk Jan 14: when to refer - AMH, IUI vs IVF, and elective egg freezing",
    date=D(12, 4, 10, 20),
    body="""Dear colleagues,

Rowan Fertility Partners invites you to a dinner talk for Women's Health
physicians, CNMs and NPs:

  "When to refer: AMH and antral follicle counts, IUI versus IVF, and
   elective egg freezing - what your patients are asking about"
  Speaker: Dr. Naomi Feld, reproductive endocrinology
  Wednesday, January 14, 2027, 6:30 pm, The Millrace, Marlow

We'll also walk through the new e-referral form and our financial
counselling for patients with employer fertility benefits.

RSVP to physician-relations@rowanfertility.example.com or 610-555-0122.
This programme complies with the PhRMA Code; meal value under $60.
""")

add("none", "ortho-clinic-template-slots",
    "Medical assistant sends a clinic schedule template with slot types and times; no patients booked in it.",
    trap=True,
    frm=A("Jasmine Torres", q("jtorres")),
    to=A("Luis Ferrer, MD", q("lferrer")),
    cc=A("Orthopedics Schedulers", q("ortho.sched")),
    subj="Your new Thursday template starting Jan - ok?",
    date=D(12, 2, 16, 30),
    body="""Dr. Ferrer,

Here's the Thursday template we talked about. Can you ok it by Friday so
scheduling can build it before January opens?

 8:00  NEW PT (40)         - knee/hip only
 8:40  POST-OP (20)
 9:00  POST-OP (20)
 9:20  RETURN (20)
 9:40  INJECTION (20)      - steroid or gel, no same-day add-ons
10:00  NEW PT (40)
10:40  RETURN (20)
11:00  FRACTURE F/U (20)   - x-ray first
11:20  RETURN (20)
11:40  HOLD - urgent add-on
12:00  LUNCH
 1:00  PROCEDURE BLOCK     - in-office aspirations/injections
 3:00  ADMIN

That's 11 patient slots in the morning. Sports medicine Fridays stay the
same.

Jasmine Torres, CMA
Orthopedics & Sports Medicine
""")


# ======================================================= none, part two --
add("none", "portal-new-message-waiting-greeting",
    "borderline: portal notice greets the account holder by name but says only that a message is waiting; no care content.",
    trap=True,
    frm=A("MyQuarryHill", "no-reply@" + PORTAL),
    to=A("Gerald Whitcomb", "gwhitcomb@mailbox.example.com"),
    subj="You have a new message in MyQuarryHill",
    date=D(12, 2, 18, 3),
    body="""Hello Gerald,

You have a new message in your MyQuarryHill account.

To read it, sign in at https://portal.qhmg.example.org or open the
MyQuarryHill app. For your privacy, we do not include the message in this
e-mail.

Please do not reply to this e-mail; this mailbox is not monitored.
If you need help signing in, call 610-555-0140.

Quarry Hill Medical Group
""",
    htm="""<html><body style="font-family:Arial,sans-serif">
<p>Hello Gerald,</p>
<p>You have a new message in your MyQuarryHill account.</p>
<p><a href="https://portal.qhmg.example.org">Sign in to MyQuarryHill</a> or open the MyQuarryHill app to read it.
For your privacy, we do not include the message in this e-mail.</p>
<p style="color:#777;font-size:12px">Please do not reply to this e-mail; this mailbox is not monitored.
If you need help signing in, call 610-555-0140.</p>
</body></html>
""")

add("none", "portal-aviso-nuevo-documento",
    "Spanish portal notice that a new document is available, no content and no care named.",
    lang="es", trap=True,
    frm=A("MyQuarryHill", "no-reply@" + PORTAL),
    to=A("Familia Paredes", "paredes.familia@mailbox.example.com"),
    subj="Tiene un nuevo documento en MyQuarryHill",
    date=D(12, 3, 19, 12),
    body="""Hola:

Hay un nuevo documento disponible en su cuenta de MyQuarryHill.

Para verlo, inicie sesión en https://portal.qhmg.example.org o abra la
aplicación MyQuarryHill. Por su privacidad, no incluimos el documento en
este correo electrónico.

Si necesita ayuda para entrar a su cuenta, llame al 610-555-0140 y pida un
intérprete si lo desea. El servicio de intérprete es gratuito.

Por favor, no responda a este mensaje.

Quarry Hill Medical Group
""",
    cte="quoted-printable")

add("none", "boletim-saude-coracao-dezembro",
    "Portuguese patient newsletter on heart health and salt at the holidays; general education.",
    lang="pt", trap=True,
    frm=A("Quarry Hill - Coração e Vasos", "news@" + QH, cs="iso-8859-1", mode="Q"),
    to=A("Assinantes", "newsletter-pt@" + QH),
    subj="Boletim de dezembro: pressão alta, sal e as festas de fim de ano",
    subj_mode="Q",
    date=D(12, 4, 7, 0),
    cs="iso-8859-1", cte="quoted-printable",
    body="""BOLETIM DE SAÚDE DO CORAÇÃO - DEZEMBRO

Pressão alta: o "assassino silencioso"
Quase metade dos adultos tem pressão alta, e muitos não sabem. Meça a sua
pressão pelo menos uma vez por ano. Se o resultado for 130/80 ou mais,
converse com o seu médico.

Sal nas festas
Bacalhau, presunto, queijos e embutidos têm muito sódio. Dicas:
  - deixe o bacalhau de molho e troque a água várias vezes;
  - prefira ervas, alho e limão em vez de sal;
  - beba água e evite exagerar no álcool.

Sinais de alerta de ataque cardíaco
Dor ou aperto no peito, falta de ar, suor frio, dor no braço ou na
mandíbula: ligue 911 imediatamente.

Aula gratuita: "Coma bem, viva bem" - quinta-feira, 17 de dezembro,
às 18h, na sala de conferências de Eastside. Inscrições: 610-555-0152.

Para não receber mais este boletim, responda com a palavra SAIR.
""")

add("none", "tiem-cum-flyer-eastside",
    "Vietnamese community flyer for free flu shots on Saturday; general outreach, no individual.",
    lang="vi", trap=True,
    frm=A("Quarry Hill Medical Group", "outreach@" + QH),
    to=A("Hội Người Việt Marlow", "hoinguoiviet@community.example.org"),
    subj="Tiêm phòng cúm miễn phí - Thứ Bảy 12/12 tại Eastside",
    date=D(12, 4, 9, 30),
    cte="base64",
    body="""Kính gửi Hội Người Việt Marlow,

Xin vui lòng chia sẻ thông báo dưới đây với các hội viên:

TIÊM PHÒNG CÚM MIỄN PHÍ
Thứ Bảy, ngày 12 tháng 12 năm 2026, 9 giờ sáng - 1 giờ chiều
Quarry Hill Medical Group - Eastside, 2200 Quarry Hill Road, Marlow

- Dành cho mọi người từ 6 tháng tuổi trở lên
- Không cần bảo hiểm, không cần hẹn trước
- Có thông dịch viên tiếng Việt tại chỗ
- Có thể tiêm vắc-xin COVID-19 cùng lúc

Người từ 65 tuổi trở lên nên tiêm vắc-xin cúm liều cao.
Phụ nữ mang thai có thể tiêm cúm an toàn.

Thắc mắc xin gọi 610-555-0153 (có tiếng Việt).

Trân trọng,
Ban Tiếp cận Cộng đồng, Quarry Hill Medical Group
""")

add("none", "tangniaobing-jiankang-jiangzuo",
    "Chinese (GB2312) invitation to a community diabetes education class; general education.",
    lang="zh", trap=True,
    frm=A("Quarry Hill 糖尿病中心", "diabetes-ed@" + QH, cs="gb2312"),
    to=A("华人社区中心", "office@chinese-community.example.org", cs="gb2312"),
    subj="糖尿病健康讲座：饮食与血糖管理（12月16日）",
    subj_cs="gb2312",
    date=D(12, 3, 11, 20),
    cs="gb2312", cte="base64",
    body="""华人社区中心的朋友们：

Quarry Hill 内分泌与糖尿病中心将举办免费的中文糖尿病健康讲座，欢迎转告会员。

主题：过节期间如何控制血糖：饮食、运动与用药常识
时间：2026年12月16日（星期三）下午2:00-3:30
地点：华人社区中心二楼活动室
主讲：糖尿病教育护士 林美华

内容包括：
  1. 米饭、面条和点心怎么吃才不会让血糖升太高
  2. 如何使用血糖仪，什么时候测血糖
  3. 低血糖的症状和处理方法
  4. 常见问题解答

现场提供免费血压测量。讲座不涉及个人病情咨询，如有个人问题请联系您的医生。

报名电话：610-555-0154（中文）

Quarry Hill 内分泌与糖尿病中心
""")

add("none", "hyeolap-geomjin-haengsa",
    "Korean (EUC-KR) notice of a free blood-pressure screening at a church health fair; outreach.",
    lang="ko", trap=True,
    frm=A("Quarry Hill 심장혈관센터", "outreach@" + QH, cs="euc-kr"),
    to=A("마로우 한인교회 사무실", "office@koreanchurch.example.org", cs="euc-kr"),
    subj="무료 혈압 검사 및 건강 상담 - 12월 13일 주일",
    subj_cs="euc-kr",
    date=D(12, 2, 10, 45),
    cs="euc-kr", cte="base64",
    body="""목사님과 사무실 관계자 여러분께,

Quarry Hill 심장혈관센터에서 교회 건강 행사를 다시 준비하고 있습니다.

일시: 2026년 12월 13일 (주일) 예배 후 오후 12시 30분 - 3시
장소: 마로우 한인교회 친교실

- 무료 혈압 측정
- 혈당 검사 (손가락 채혈)
- 고혈압과 심장 건강에 관한 간단한 교육
- 한국어 통역 가능

결과는 현장에서 본인에게만 알려 드리며, 기록을 따로 보관하지 않습니다.
주보에 광고를 실어 주시면 감사하겠습니다.

문의: 610-555-0155

감사합니다.
Quarry Hill 심장혈관센터 지역사회 담당
""")

add("none", "tatiim-atfal-nashra",
    "Arabic (windows-1256) newsletter reminding parents about childhood vaccines; general education.",
    lang="ar", trap=True,
    frm=A("عيادة لِندن ستريت للأطفال", "news@" + QH, cs="windows-1256"),
    to=A("المشتركون", "newsletter-ar@" + QH),
    subj="نشرة الشتاء: تطعيمات الأطفال والإنفلونزا",
    subj_cs="windows-1256",
    date=D(12, 7, 8, 30),
    cs="windows-1256", cte="8bit",
    body="""أولياء الأمور الكرام،

مع بداية فصل الشتاء نذكّركم بما يلي:

- لقاح الإنفلونزا مهم لكل طفل من عمر 6 أشهر فما فوق.
- الأطفال الذين يأخذون لقاح الإنفلونزا لأول مرة وأعمارهم أقل من 9 سنوات يحتاجون جرعتين بينهما 4 أسابيع.
- تأكدوا من أن تطعيمات الحصبة والسعال الديكي محدّثة قبل السفر في العطلة.
- الأجسام المضادة للفيروس المخلوي التنفسي متوفرة للرضّع في موسمهم الأول.

مواعيد عيادة الإنفلونزا: أيام السبت 9 صباحاً حتى 12 ظهراً خلال شهر ديسمبر.
يتوفر مترجم للغة العربية مجاناً. للحجز اتصلوا على 610-555-0156.

مع أطيب التمنيات بشتاء صحي،
عيادة لِندن ستريت للأطفال - Quarry Hill Medical Group
""")

add("none", "grafik-tlumaczy-polski",
    "Polish (ISO-8859-2) interpreter-services schedule for the month; staffing, no patient.",
    lang="pl", trap=True,
    frm=A("Agnieszka Wróbel", q("awrobel"), cs="iso-8859-2", mode="Q"),
    to=A("Zespół tłumaczy", q("interpreters"), cs="iso-8859-2", mode="Q"),
    subj="Grafik tłumaczy języka polskiego - grudzień",
    subj_cs="iso-8859-2", subj_mode="Q",
    date=D(12, 1, 8, 10),
    cs="iso-8859-2", cte="quoted-printable",
    body="""Cześć wszystkim,

poniżej grafik dyżurów tłumaczy języka polskiego na grudzień:

Poniedziałek   Eastside          Agnieszka (8:00-16:30)
Wtorek         Kardiologia       Paweł (8:00-12:00), wideo po południu
Środa          Ortopedia         Agnieszka
Czwartek       Pediatria         Małgorzata (9:00-17:00)
Piątek         wideo / telefon   Paweł

24 i 31 grudnia pracujemy tylko do 14:00. Tłumaczenia telefoniczne po
godzinach przez linię 1-800-555-0196 (kod klienta QH-2210).

Proszę zgłaszać zamiany do środy poprzedniego tygodnia.

Pozdrawiam,
Agnieszka Wróbel
Koordynatorka usług tłumaczeniowych
""")

add("none", "predlozhenie-glyukometry-postavshchik",
    "Russian (windows-1251) sales offer from a device distributor for glucose meters and strips; marketing.",
    lang="ru", trap=True,
    frm=A("Медтехника Восток", "sales@medtech-vostok.example.net", cs="windows-1251"),
    to=A("Закупки", q("purchasing"), cs="windows-1251"),
    subj="Специальное предложение: глюкометры и тест-полоски для клиник",
    subj_cs="windows-1251",
    date=D(12, 2, 17, 40, tz="+0300"),
    cs="windows-1251", cte="8bit",
    body="""Добрый день!

Компания «Медтехника Восток» предлагает клиникам специальные цены до конца
января:

  Глюкометр (стартовый набор) ............ 9,50 USD
  Тест-полоски, 50 шт. ................... 17,90 USD
  Ланцеты 30G, 100 шт. ................... 3,95 USD
  Тонометр автоматический, плечевой ...... 28,00 USD

Минимальный заказ - 20 единиц. Доставка в США 5-7 рабочих дней.
Все изделия имеют сертификаты соответствия.

Для заказа ответьте на это письмо или напишите на sales@medtech-vostok.example.net.

С уважением,
Отдел продаж «Медтехника Восток»
""")

add("none", "journees-dermatologie-inscription",
    "French conference announcement for a dermatology meeting (psoriasis, melanoma, biologics); CME marketing.",
    lang="fr", trap=True,
    frm=A("Journées Dermatologiques de Montréal", "inscription@jdm-derm.example.ca.test"),
    to=A("Miriam Adler, MD", q("madler")),
    subj="Inscriptions ouvertes : Journées dermatologiques, 18-20 mars 2027",
    date=D(12, 1, 10, 0),
    cte="quoted-printable",
    body="""Chère Docteure Adler,

Les inscriptions aux Journées dermatologiques de Montréal 2027 sont
ouvertes.

Au programme :
  - Psoriasis et dermatite atopique : quelle biothérapie pour quel patient ?
  - Mélanome : dermoscopie, intelligence artificielle et suivi des patients
    à haut risque
  - Acné de l'adulte et isotrétinoïne : mise à jour des recommandations
  - Ateliers pratiques de chirurgie dermatologique et de cryothérapie

Tarif préférentiel jusqu'au 15 janvier : 450 $ CA (résidents : 150 $ CA).
Les séances donnent droit à des crédits de formation continue.

Programme complet et inscription : https://www.jdm-derm.example.ca.test

Au plaisir de vous accueillir,
Le comité scientifique
""")

add("none", "sicherheitsmitteilung-instrumentensieb",
    "German (ISO-8859-1) field safety notice about an orthopaedic instrument tray; device bulletin, no patient.",
    lang="de", trap=True,
    frm=A("Brenner Orthopädie GmbH - Qualitätssicherung", "fsca@brenner-ortho.example.de.test", cs="iso-8859-1", mode="Q"),
    to=A("Luis Ferrer, MD", q("lferrer")),
    cc=A("Sterile Processing", q("spd")),
    subj="Dringende Sicherheitsmitteilung FSN-2026-11: Instrumentensieb Kniesystem",
    subj_cs="iso-8859-1", subj_mode="Q",
    date=D(12, 2, 9, 15, tz="+0100"),
    cs="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrte Damen und Herren,

wir informieren Sie über eine freiwillige Korrekturmaßnahme (FSCA) für das
Instrumentensieb unseres Kniesystems, Artikelnummer BO-7712, Chargen
26A014 bis 26A031.

Problem: Die Silikonhalterung der Sägeschablone kann sich bei der
Dampfsterilisation lösen. Es wurden keine Verletzungen gemeldet.

Maßnahmen:
  1. Prüfen Sie Ihren Bestand auf die genannten Chargen.
  2. Entfernen Sie die Halterung vor der Aufbereitung; die Schablone selbst
     ist nicht betroffen.
  3. Senden Sie das beiliegende Antwortformular bis zum 18.12.2026 zurück.

Ersatzhalterungen werden kostenlos geliefert. Die Maßnahme wurde den
zuständigen Behörden gemeldet.

Mit freundlichen Grüßen
Dr. Katrin Vogel
Leiterin Qualitätssicherung, Brenner Orthopädie GmbH
""")

add("none", "mri-hoshu-tenken-oshirase",
    "Japanese (ISO-2022-JP) maintenance notice from the MRI vendor; equipment service.",
    lang="ja", trap=True,
    frm=A("バントール・メディカル・ジャパン", "service@vantor.example.jp.test", cs="iso-2022-jp"),
    to=A("Linh Tran", q("ltran")),
    subj="【定期点検のお知らせ】MRI装置 ソフトウェア更新（12月15日）",
    subj_cs="iso-2022-jp",
    date=D(12, 3, 10, 0, tz="+0900"),
    cs="iso-2022-jp", cte="7bit",
    body="""Linh Tran 様

いつも弊社製品をご利用いただき、誠にありがとうございます。

下記の日程で、MRI装置の定期点検およびソフトウェア更新を実施いたします。

  日時：2026年12月15日（火）18:00〜22:00（米国東部時間）
  対象：MRI 1号機、MRI 2号機
  作業内容：ソフトウェア更新（バージョン 7.3）、冷却システム点検

作業中は装置をご使用いただけません。検査予約の調整をお願いいたします。
ご不明な点がございましたら、担当サービスエンジニアまでご連絡ください。

今後ともよろしくお願い申し上げます。

バントール・メディカル・ジャパン
カスタマーサービス部
""")

add("none", "depistaj-tansyon-flye",
    "Haitian Creole community flyer for a free blood-pressure screening day; outreach.",
    lang="ht", trap=True,
    frm=A("Quarry Hill Medical Group", "outreach@" + QH),
    to=A("Legliz Batis Ayisyen Marlow", "sekretarya@legliz-ayisyen.example.org"),
    subj="Tanpri pataje: depistaj tansyon gratis samdi 5 desanm",
    date=D(12, 1, 13, 0),
    cte="quoted-printable",
    body="""Bonjou frè ak sè,

Tanpri anonse sa nan sèvis dimanch lan:

DEPISTAJ TANSYON AK SIK GRATIS
Samdi 5 desanm 2026, 10è nan maten rive 2è apremidi
Nan sal legliz la, 18 Mill Street, Marlow

- Nou pral pran tansyon ou ak tcheke sik nan san
- Enfimyè ki pale kreyòl ap la pou reponn kesyon
- Ou pa bezwen asirans, ou pa bezwen randevou
- N ap bay ti liv sou manje ki bon pou kè a

Tansyon wo pa toujou bay siy. Vin tcheke pa w!

Pou plis enfòmasyon rele 610-555-0157.

Mèsi anpil,
Ekip Kominote Quarry Hill
""")

add("none", "talaal-caruurta-ogeysiis",
    "Somali community reminder about children's vaccines before school; general outreach.",
    lang="so", trap=True,
    frm=A("Linden Street Pediatrics", "outreach@" + QH),
    to=A("Ururka Bulshada Soomaaliyeed", "xafiis@somali-community.example.org"),
    subj="Ogeysiis: tallaalka carruurta ka hor bisha Janaayo",
    date=D(12, 8, 10, 0),
    body="""Asalaamu calaykum,

Fadlan la wadaag xubnaha ururka:

Carruurta dugsiga dhigta waxay u baahan yihiin tallaalada oo dhameystiran
ka hor 4 Janaayo 2027. Haddii ilmahaagu seegay tallaal, fadlan ballan
qabso.

- Tallaalka hargabka (flu) waa muhiim carruurta 6 bilood iyo ka weyn
- Tallaalka jadeecada (MMR) iyo xiiq-dheerta (DTaP) waa in la dhammeystiro
- Turjubaan Soomaali ah ayaa jooga Khamiista

Ballan: 610-555-0158. Adeegga turjubaanku waa bilaash.

Mahadsanid,
Linden Street Pediatrics, Quarry Hill Medical Group
""")

add("none", "nurse-agency-recruitment-tagalog",
    "Tagalog nurse-staffing agency recruitment mail to a nurse manager; marketing, no patient.",
    lang="tl", trap=True,
    frm=A("Bayanihan Nurse Staffing", "recruit@bayanihan-staffing.example.com"),
    to=A("Colleen Byrne", q("cbyrne")),
    subj="Mga RN para sa inyong clinic ngayong flu season",
    date=D(12, 2, 21, 10, tz="+0800"),
    body="""Magandang araw po, Ms. Byrne!

Ako po si Rowena mula sa Bayanihan Nurse Staffing. Mayroon po kaming mga
RN at LPN na handang magtrabaho sa inyong clinic ngayong flu season:

  - 12 RN na may karanasan sa primary care at telephone triage
  - 5 RN na may karanasan sa pediatrics
  - lahat ay may PA license at BLS, at kumpleto ang bakuna

Puwede po silang magsimula sa loob ng dalawang linggo, 13-week contracts.
Kung interesado po kayo, puwede po tayong mag-usap ngayong linggo.

Maraming salamat po!
Rowena Dizon
Recruitment Lead, Bayanihan Nurse Staffing
+1 610-555-0197
""")

add("none", "yetena-timhirt-gibzha",
    "Amharic (UTF-8 base64) invitation to a community talk on diabetes and blood pressure; outreach.",
    lang="am", trap=True,
    frm=A("Quarry Hill Medical Group", "outreach@" + QH),
    to=A("የኢትዮጵያ ማህበረሰብ ማህበር", "office@ethiopian-community.example.org"),
    subj="የጤና ትምህርት ግብዣ፡ ስኳር በሽታ እና የደም ግፊት",
    date=D(12, 3, 14, 0),
    cte="base64",
    body="""ውድ የማህበሩ አባላት፣

Quarry Hill Medical Group በስኳር በሽታ እና በደም ግፊት ላይ ነፃ የጤና ትምህርት ያዘጋጃል።

ቀን፡ ቅዳሜ ታህሳስ 19 ቀን 2026 (December 19)
ሰዓት፡ ከጠዋቱ 10፡00 እስከ 12፡00
ቦታ፡ የማህበረሰብ ማዕከል አዳራሽ

- ነፃ የደም ግፊት መለኪያ
- ስለ ጤናማ አመጋገብ ምክር
- በአማርኛ አስተርጓሚ ይኖራል

ለተጨማሪ መረጃ፡ 610-555-0159

እናመሰግናለን፣
Quarry Hill Medical Group
""")

add("none", "overdose-dashboard-county-november",
    "County overdose and naloxone-distribution dashboard with counts; aggregate surveillance.",
    trap=True,
    frm=A("Marlow County Overdose Prevention", "odprevention@health.marlowcounty.test"),
    to=A("Marlow County Providers list", "providers-l@health.marlowcounty.test"),
    subj="November overdose surveillance snapshot + naloxone distribution",
    date=D(12, 8, 13, 0),
    body="""MARLOW COUNTY OVERDOSE SURVEILLANCE - NOVEMBER 2026 (provisional)

Suspected overdose ED visits          96   (Oct 118, Nov 2025 131)
EMS naloxone administrations          71
Suspected overdose deaths              9   (medical examiner review pending)
Xylazine detected in tested samples   38%
Naloxone kits distributed          1,940   (pharmacies 610, outreach 1,330)
Buprenorphine prescribers in county   64   (up from 41 in 2024)

A cluster of 11 ED visits in the 19004 ZIP code on Nov 21-22 was linked to
a counterfeit pill; a public alert went out on Nov 22.

Providers: co-prescribe naloxone with any opioid at 50 MME/day or above,
and with buprenorphine. Free kits for your clinic: reply to this e-mail.
""")

add("none", "howto-send-secure-email",
    "IT how-to explaining the [secure] subject tag for encrypted mail; the tag appears only in the body, no individual.",
    trap=True,
    frm=A("QHMG IT Service Desk", q("servicedesk")),
    to=A("All Staff", q("allstaff")),
    subj="How to: send an encrypted e-mail outside Quarry Hill",
    date=D(12, 8, 9, 0),
    body="""HOW TO SEND AN ENCRYPTED E-MAIL OUTSIDE QUARRY HILL

When you must e-mail patient information to someone outside
@qhmg.example.org (a payer, a lawyer's office, a patient who asked for
e-mail), type [secure] at the start of the subject line. Example:

    Subject: [secure] records you requested

The relay encrypts the message and the recipient gets a link to read it in
the secure message centre. Mail between two qhmg.example.org addresses is
already encrypted in transit; you don't need the tag internally.

Do NOT:
 - put the patient's name or condition in the subject line (the subject is
   visible in the notification even when the body is encrypted)
 - forward secure messages to personal e-mail
 - use [secure] for jokes or tests - the compliance team reviews them

Questions: servicedesk@qhmg.example.org or x4357.
""")

add("none", "tallis-release-notes-sensitive-segmentation",
    "EHR release notes describing Part 2 consent segmentation, HIV and genetic result sensitivity flags; software, no patient.",
    trap=True,
    frm=A("Tallis Release Management", "releases@tallis-ehr.example.com"),
    to=A("QHMG Tallis Admins", q("tallis.admins")),
    subj="Tallis 26.4 release notes - clinical documentation and privacy",
    date=D(12, 1, 15, 0, tz="-0600"),
    body="""TALLIS 26.4 - RELEASE NOTES (excerpt: documentation and privacy)

TAL-48812  Sensitive-note flag. Psychotherapy notes and notes from
           behavioural health encounters can be marked "sensitive"; they
           are hidden from proxies and excluded from CCD exports by default.

TAL-48840  42 CFR Part 2 segmentation. Diagnoses, medications and notes
           from encounters at Part 2 programmes (e.g. an OTP or IOP) are
           tagged and only released with a Part 2 consent on file. New
           consent type "Part 2 - TPO (single consent)".

TAL-48903  Result release rules. HIV-1/2 antigen/antibody, HIV-1 RNA,
           germline genetic panels and pregnancy tests default to "release
           after provider review" instead of the 72-hour auto-release.

TAL-49017  Break-the-glass reason codes now include "care coordination".

TAL-49120  Fixed: patients with a hyphenated last name could not be found
           by MRN + DOB search when the DOB was entered as MM/DD/YY.

Known issue: the proxy-access report does not yet honour TAL-48812.
""")

add("none", "interface-queue-backlog-alert",
    "Integration engine alert about a queue backlog with message counts; operations, no patient.",
    trap=True,
    frm=A("Corbel Integration Engine", "corbel-alerts@" + QH),
    to=A("Integration On-Call", q("integration.oncall")),
    subj="[WARN] Channel ORRIN_ORU_IN queue depth 1243 > threshold 500",
    date=D(12, 6, 5, 11, 44),
    body="""Corbel Integration Engine - alert

Severity:      WARN
Channel:       ORRIN_ORU_IN (Orrin reference lab results -> Tallis)
Condition:     queue depth 1243 > threshold 500
Oldest msg:    2026-12-06 01:02:13 (4h 09m)
Throughput:    0 msg/min last 15 min
Last error:    destination TALLIS_RESULTS_TCP refused connection
               (10.20.4.17:6661, ECONNREFUSED)

Probable cause: Tallis interface services still down after the 26.4
upgrade window (01:00-05:00). Messages are being held and will resend
automatically when the destination accepts connections.

Runbook: https://wiki.qhmg.example.org/integration/runbooks/queue-depth
""")

add("none", "your-240-cancelled-gap",
    "borderline: front desk tells a physician that 'your 2:40' cancelled; nobody is named or identifiable.",
    trap=True,
    frm=A("Tasha Greene", q("tgreene")),
    to=A("Adaeze Okafor, MD", q("aokafor")),
    subj="your 2:40 cancelled",
    date=D(12, 9, 12, 6),
    body="""Hi Dr. O - your 2:40 cancelled (sick sibling at home). I can put the
waitlist kid in there or leave it open so you can catch up on in-basket.
Let me know by 1:30.

Tasha

Sent from my iPhone
""")

add("none", "naloxone-sharps-shipment-tracking",
    "Shipping confirmation for naloxone kits and sharps containers to Behavioral Health, with tracking numbers; supply, no client.",
    trap=True,
    frm=A("Northline Medical Supply", "shipping@northlinemed.example.com"),
    to=A("Behavioral Health - Front Desk", q("bh.frontdesk")),
    subj="Shipped: order NMS-558120 (2 boxes)",
    date=D(12, 3, 15, 5),
    body="""Your order has shipped.

Order:     NMS-558120
Ship to:   QUARRY HILL BEHAVIORAL HEALTH, SUITE 210
PO:        QH-BH-26-0091

Qty   Item
24    Naloxone HCl 4 mg nasal spray, 2-pack (public health kit)
12    Sharps container 1 qt, red
 6    Fentanyl test strips, 100 ct
 2    Wall dispenser, naloxone, with signage

Carrier: UPS Ground
Tracking: 1Z 4A1 9E2 03 7718 5526 (box 1), 1Z 4A1 9E2 03 7718 5535 (box 2)
Expected delivery: Friday, December 4

Thank you for your business.
""")

add("none", "lunch-learn-leadless-pacemaker-invite",
    "Device-company lunch-and-learn calendar invite for cardiology staff; education, no patient.",
    trap=True,
    frm=A("Erin Caldwell", "ecaldwell@cardiarhythm.example.com"),
    to=[A("Heart & Vascular Providers", q("hv.providers")), A("Heart & Vascular Nurses", q("hv.nurses"))],
    subj="Invitation: Lunch & Learn - leadless pacemakers and remote monitoring @ Wed Dec 9, 12pm",
    date=D(12, 2, 11, 15),
    top=multi("mixed", [
        alt(text("""Lunch & Learn for Heart & Vascular

Leadless pacemakers: who's a candidate, implant follow-up, and setting up
remote monitoring in your device clinic.

Wednesday, December 9, 12:00-1:00 pm, Heart & Vascular conference room.
Lunch from Marlow Deli. Please reply so I order enough.

Erin Caldwell
Clinical Specialist, CardiaRhythm
610-555-0183
"""),
            html("""<html><body><p><b>Lunch &amp; Learn for Heart &amp; Vascular</b></p>
<p>Leadless pacemakers: who's a candidate, implant follow-up, and setting up remote monitoring in your device clinic.</p>
<p>Wednesday, December 9, 12:00&ndash;1:00 pm, Heart &amp; Vascular conference room. Lunch from Marlow Deli.</p>
<p>Erin Caldwell<br>Clinical Specialist, CardiaRhythm<br>610-555-0183</p></body></html>
""")),
        att("invite.ics", "text/calendar", ics([
            "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
            "VERSION:2.0", "METHOD:REQUEST",
            "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
            "BEGIN:STANDARD", "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
            "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
            "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
            "END:VTIMEZONE",
            "BEGIN:VEVENT",
            "ORGANIZER;CN=Erin Caldwell:mailto:ecaldwell@cardiarhythm.example.com",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hv.providers@qhmg.example.org",
            "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:hv.nurses@qhmg.example.org",
            "UID:040000008200E00074C5B7101A82E0080000000030F1A2B3C4D5E601000000000000000010000000",
            "SUMMARY:Lunch & Learn - leadless pacemakers and remote monitoring",
            "DTSTART;TZID=Eastern Standard Time:20261209T120000",
            "DTEND;TZID=Eastern Standard Time:20261209T130000",
            "DTSTAMP:20261202T161500Z",
            "LOCATION:Heart & Vascular conference room",
            "DESCRIPTION:Leadless pacemakers: candidates\\, implant follow-up and remote",
            " monitoring set-up. Lunch provided.",
            "STATUS:CONFIRMED", "SEQUENCE:0",
            "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"]), cte="base64",
            params=[("charset", "utf-8"), ("method", "REQUEST")], disp="attachment"),
    ]))

add("none", "skin-check-day-volunteer-shifts",
    "Calendar invite for dermatology's free skin-check day volunteer shifts; outreach scheduling, no patient.",
    trap=True,
    frm=A("Miriam Adler, MD", q("madler")),
    to=A("Dermatology Staff", q("derm.staff")),
    subj="Skin Check Saturday Jan 9 - volunteer shift (8:30-12:30)",
    date=D(12, 4, 14, 10),
    top=multi("mixed", [
        text("""Hi all,

Thanks to everyone who signed up. This invite holds the morning shift for
the free skin-cancer screening at the Marlow YMCA on Saturday, January 9.
Last year we screened 212 people and referred 19 for biopsy.

Bring dermatoscopes and your badge. Screening forms and sunscreen samples
are in the clinic supply room. Nobody's chart gets opened on the day; we
hand people a paper result sheet and a referral card.

Miriam
"""),
        att("skin-check-shift.ics", "application/ics", ics([
            "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
            "BEGIN:VEVENT",
            "DTSTART:20270109T133000Z", "DTEND:20270109T173000Z", "DTSTAMP:20261204T191000Z",
            "ORGANIZER;CN=Miriam Adler:mailto:madler@qhmg.example.org",
            "UID:6f1c2a9e0b7d4c55skincheck2027@qhmg.example.org",
            "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Dermatology Staff:mailto:derm.staff@qhmg.example.org",
            "SUMMARY:Skin Check Saturday - morning shift",
            "LOCATION:Marlow YMCA\\, 300 Front St",
            "DESCRIPTION:Free community skin-cancer screening. Volunteer shift.",
            "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
            "END:VEVENT", "END:VCALENDAR"]), cte="7bit"),
    ]))

add("none", "procedure-block-utilization-ortho",
    "Orthopaedic procedure-room block utilisation report with percentages and case counts; aggregate operations data.",
    trap=True,
    frm=A("Perioperative Services Analytics", q("periop.analytics")),
    to=A("Orthopedics Leadership", q("ortho.leads")),
    subj="November block utilization - Ambulatory Surgery Suite",
    date=D(12, 4, 7, 15),
    body="""NOVEMBER 2026 BLOCK UTILIZATION - AMBULATORY SURGERY SUITE

Surgeon / group        Blocks  Cases  Utilization  First-case on time  Turnover (min)
Ferrer                   8      41       87%             92%                 24
Osei                     6      27       79%             85%                 27
Kaminska (hand)          4      33       91%             96%                 18
Sports Med group         4      14       62%             75%                 31
Released < 72 h          3       -        -               -                  -

Top procedures: knee arthroscopy with meniscectomy (29881) 31, carpal
tunnel release (64721) 22, ACL reconstruction (29888) 9, shoulder
arthroscopy with rotator cuff repair (29827) 8.

Sports Med is under the 70% threshold for the second month; we'll discuss
releasing one Friday block at the committee on Dec 15.
""")

add("none", "era-835-batch-summary",
    "Clearinghouse summary of an 835 remittance batch: totals, check number, claim counts; no individual claim shown.",
    trap=True,
    frm=A("Ledgerwise Clearinghouse", "era-notify@ledgerwise.example.com"),
    to=A("Patient Financial Services", q("pfs")),
    subj="835 ERA received: Keystone Ridge Health Plan - EFT 0008841275 - $48,212.66",
    date=D(12, 7, 6, 2),
    body="""LEDGERWISE - ELECTRONIC REMITTANCE RECEIVED

Payer:              KEYSTONE RIDGE HEALTH PLAN (payer ID 60412)
Payee:              QUARRY HILL MEDICAL GROUP, NPI %s
EFT trace:          0008841275
Payment date:       12/04/2026
Total paid:         $48,212.66
Claims in batch:    412 (paid 371, denied 29, zero-pay adjusted 12)
Top denial codes:   CO-197 (no auth) 11, CO-16 (missing info) 8, PR-204 7
Provider-level adj: WO (prior overpayment recovery) -$318.40

The batch has been posted to your work queue. Open the ERA viewer for
claim-level detail. This notice contains no patient information.
""" % NPI_GROUP)

add("none", "directory-attestation-npi-list",
    "Payer's quarterly provider-directory attestation request listing clinicians with their NPIs and office phones; no patient.",
    trap=True,
    frm=A("CarePath Community Plan - Provider Data", "providerdata@carepath.example.org"),
    to=A("Sheryl Munroe", q("credentialing")),
    subj="Quarterly directory attestation due 12/31 - QUARRY HILL MEDICAL GROUP",
    date=D(12, 8, 8, 45),
    body="""Please confirm or correct the directory data below by 12/31/2026.
Members use this directory to find a doctor; errors can lead to penalties.

Name                  Specialty            NPI          Office phone   New pts
Priya Raman MD        Internal Medicine    NPI %s  610-555-0141   Yes
Adaeze Okafor MD      Pediatrics           NPI %s  610-555-0160   Yes
Tomasz Wierzbicki MD  Cardiology           NPI %s  610-555-0145   No
Luis Ferrer MD        Orthopaedic Surgery  NPI %s  610-555-0146   Yes
Kenji Sato MD         Endocrinology        NPI %s  610-555-0147   Yes
Samuel Farouk MD      Psychiatry           NPI %s  610-555-0148   No

Reply "NO CHANGES" or attach corrections. Thank you.
""" % (NPI_RAMAN, NPI_OKAFOR, NPI_WIERZ, NPI_FERRER, NPI_SATO, NPI_FAROUK))

add("none", "referral-office-medicaid-question",
    "Referral coordinator asks an outside office whether it takes a Medicaid plan and its fax number; no patient named.",
    trap=True,
    frm=A("Nadia Haddad", q("nhaddad")),
    to=A("Valley Neurology Group - Referrals", "referrals@valleyneuro.example.com"),
    subj="Do you take CarePath for new patients?",
    date=D(12, 9, 10, 18),
    body="""Hello,

Quick question before I send anything over: is Valley Neurology accepting
new patients with CarePath Community Plan (Medicaid) in 2027? We have a few
referrals waiting and I want to send them to the right place.

Also, is your new referral fax 610-555-0114 live yet? Our fax to the old
number bounced yesterday.

Thank you!
Nadia Haddad
Referral Coordinator Lead | Quarry Hill Medical Group | 610-555-0106
""")

# ------------------------------------------ ordinary none (not traps) --
add("none", "fire-drill-eastside-thursday",
    "Facilities fire drill notice.",
    frm=A("Bob Kaminski", q("bkaminski")),
    to=A("Eastside Building Occupants", q("eastside.all")),
    subj="Fire drill Thursday 12/10 at 2:30 pm - Eastside building",
    date=D(12, 7, 11, 0),
    body="""Hi all,

Marlow Fire Marshal will observe an unannounced-to-patients fire drill at the
Eastside building on Thursday, December 10, at about 2:30 pm.

When the alarm sounds: close doors, follow your RACE and PASS training,
and help visitors to the nearest stairwell. Suite leads report headcount
to the assembly point in the south parking lot (lamp post 6).

The drill takes about 10 minutes. Elevators will be recalled.

Bob Kaminski | Facilities Manager | 610-555-0131
""")

add("none", "garage-level-2-resurfacing",
    "Parking garage closure notice.",
    frm=A("QHMG Facilities", q("facilities")),
    to=A("All Staff", q("allstaff")),
    subj="Parking: garage level 2 closed Dec 12-13 for resurfacing",
    date=D(12, 9, 15, 30),
    body="""Garage level 2 will be closed Saturday Dec 12 and Sunday Dec 13 for
resurfacing and line painting. Weekend staff please park on level 3 or in
the overflow lot on Birch Street; the shuttle runs every 15 minutes from
6:30 am.

Cars left on level 2 after 9 pm Friday will be towed at the owner's cost.

Facilities
""")

add("none", "holiday-party-rsvp",
    "Holiday party invitation and RSVP.",
    frm=A("Social Committee", q("social")),
    to=A("All Staff", q("allstaff")),
    subj="You're invited: Quarry Hill holiday party Fri Dec 18",
    date=D(12, 1, 12, 30),
    body="""Ugly sweaters encouraged!

Quarry Hill Holiday Party
Friday, December 18, 6:30-10 pm
The Millrace, 12 Canal Street

Buffet, DJ, photo booth, and the annual white-elephant gift swap ($20
limit). Partners welcome. Please RSVP on the sign-up sheet in the intranet
by December 11 so we can give the caterer a headcount, and tell us about
any food allergies.

Cheers,
The Social Committee
""")

add("none", "wifi-ssid-change-guest",
    "IT notice about a guest Wi-Fi name change.",
    frm=A("QHMG IT Service Desk", q("servicedesk")),
    to=A("All Staff", q("allstaff")),
    subj="Guest Wi-Fi is changing to QH-Guest on Dec 14",
    date=D(12, 10, 9, 0),
    body="""On Monday, December 14, the guest Wi-Fi network name changes from
QuarryHill_Public to QH-Guest. The new network has a simple terms page and
no password. Staff devices stay on QH-Secure.

Please replace the table tents in waiting rooms; new ones are in the
print shop order for each site.

IT Service Desk | x4357
""")

add("none", "janitorial-schedule-holidays",
    "Cleaning vendor holiday schedule.",
    frm=A("BrightPath Janitorial", "dispatch@brightpath-clean.example.com"),
    to=A("Bob Kaminski", q("bkaminski")),
    subj="Holiday cleaning schedule + carpet extraction dates",
    date=D(12, 4, 16, 20),
    body="""Hi Bob,

Here is our holiday schedule for your three buildings:

 - Dec 24: crews start at 3 pm instead of 6 pm (you close at 2)
 - Dec 25: no service
 - Dec 31: normal
 - Jan 1: no service

Carpet extraction: Eastside floors 1-2 on Sunday Dec 20, Northgate on
Sunday Dec 27. Please make sure chairs are off the floor in the waiting
rooms.

Invoice for November went to AP yesterday.

Thanks,
Lisa Moreno
BrightPath Janitorial, Operations
""")

add("none", "managers-meeting-agenda-budget",
    "Managers' meeting agenda (budget and staffing).",
    frm=A("Renee Castillo", q("rcastillo")),
    to=A("Practice Managers", q("practice.managers")),
    subj="Agenda - managers' meeting Tues 12/8",
    date=D(12, 7, 16, 10),
    body="""Agenda - Practice Managers, Tuesday 12/8, 8:00-9:00, Conf B / video

1. FY27 operating budget - final numbers from Finance (Dave, 15 min)
2. MA staffing: open reqs and the float pool pilot (10 min)
3. Holiday coverage Dec 24-Jan 1 - gaps by site (10 min)
4. Patient experience survey results, Q3 (Jen, 10 min)
5. Kiosk check-in rollout to Northgate and Linden Street (5 min)
6. Open floor

Please send budget questions ahead of time.
Renee
""")

add("none", "please-remove-from-list-reply",
    "Reply-all asking to be removed from a mailing list.",
    frm=A("Howard Pell", "hpell@marlowpt.example.com"),
    to=A("Marlow County Providers list", "providers-l@health.marlowcounty.test"),
    subj="RE: Weekly Respiratory Virus Report - MMWR Week 48",
    date=D(12, 4, 16, 2),
    irt="health.marlowcounty.test",
    body="""Please remove me from this list. I retired from the practice in
October and this address is only checked occasionally.

Thank you,
Howard Pell
""")


# ======================================================== phi, part one --
add("phi", "portal-message-a1c-dose-change",
    "Portal e-mail carrying the physician's message to Linda Kessler about her A1c of 7.4% and a metformin dose change.",
    frm=A("MyQuarryHill", "no-reply@" + PORTAL),
    to=A("Linda Kessler", "lkessler58@mailbox.example.com"),
    subj="New message from Kenji Sato, MD",
    date=D(12, 3, 17, 42),
    body="""Hi Linda,

Dr. Kenji Sato sent you a message:

  "Hi Linda - your A1c from Tuesday came back at 7.4%, down from 8.6% in
  August. Nice work. Your kidney function is normal, so let's go up on the
  metformin ER to 1000 mg twice a day (two 500 mg tablets with breakfast
  and two with dinner). I sent the new prescription to the Bramble
  Pharmacy on Main St. Keep the glipizide the same for now, and let me
  know if you get shaky or sweaty before meals. See you in March.
  - Dr. Sato"

To reply, sign in at https://portal.qhmg.example.org.

Quarry Hill Medical Group - Endocrinology & Diabetes Center
""")

_oru = hl7([
    "MSH|^~\\&|ORRIN_LIS|ORRIN|TALLIS|QHMG|20261207061204||ORU^R01^ORU_R01|ORN88412907|P|2.5.1",
    "PID|1||5120847^^^QHMG^MR~KRH7730219846^^^KRHP^MB||ABERNATHY^CHARLES^W||19490817|M|||14 LOCUST LN^^MARLOW^PA^19004||^PRN^PH^^1^610^5550172",
    "PV1|1|O|EASTSIDE^^^QHMG||||%s^RAMAN^PRIYA^^^^MD|||||||||||V-4481920" % NPI_RAMAN,
    "ORC|RE|QH11872231|OR5529104||CM",
    "OBR|1|QH11872231|OR5529104|24362-6^RENAL FUNCTION PANEL^LN|||20261206084500|||||||||%s^RAMAN^PRIYA" % NPI_RAMAN,
    "OBX|1|NM|2160-0^Creatinine^LN||2.41|mg/dL|0.70-1.30|H|||F",
    "OBX|2|NM|3094-0^BUN^LN||48|mg/dL|8-23|H|||F",
    "OBX|3|NM|2823-3^Potassium^LN||5.9|mmol/L|3.5-5.1|H|||F",
    "OBX|4|NM|33914-3^eGFR^LN||27|mL/min/1.73m2|>59|L|||F",
    "NTE|1||Creatinine 1.38 on 2026-09-14. Called to Dr. Raman's covering nurse 12/07 06:10.",
])
add("phi", "corbel-error-oru-renal-panel",
    "Interface error alert; only the attached live HL7 result identifies Charles Abernathy (MRN, DOB) with creatinine 2.41 and K 5.9.",
    frm=A("Corbel Integration Engine", "corbel-alerts@" + QH),
    to=A("Integration On-Call", q("integration.oncall")),
    subj="[ERROR] ORRIN_ORU_IN: message ORN88412907 failed - PV1-19 visit not found",
    date=D(12, 7, 6, 12, 31),
    body="""Corbel Integration Engine - error

Channel:      ORRIN_ORU_IN
Message ID:   ORN88412907
Error:        TALLIS rejected with AE: "PV1-19 visit number not found"
Action:       message moved to ERROR queue, no automatic retry

The original message is attached. Fix the visit number or re-route to the
unmatched-results pool, then resend from the Corbel console.
""",
    atts=[att("ORN88412907.hl7", "application/hl7-v2", _oru)])

_bundle = {
    "resourceType": "Bundle",
    "id": "adt-notify-5d0c71",
    "type": "collection",
    "timestamp": "2026-12-05T23:41:07-05:00",
    "entry": [
        {"fullUrl": "urn:uuid:3e4f7a10-91c2-4b55-8a1e-5b6f0c9d2201",
         "resource": {"resourceType": "Patient", "id": "pt-1",
                      "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9876.1", "value": "6093318"}],
                      "name": [{"family": "Okonkwo", "given": ["Chidera"]}],
                      "gender": "female", "birthDate": "2015-04-19",
                      "address": [{"city": "Marlow", "state": "PA"}]}},
        {"fullUrl": "urn:uuid:3e4f7a10-91c2-4b55-8a1e-5b6f0c9d2202",
         "resource": {"resourceType": "Encounter", "id": "enc-1", "status": "finished",
                      "class": {"code": "EMER", "display": "emergency"},
                      "subject": {"reference": "urn:uuid:3e4f7a10-91c2-4b55-8a1e-5b6f0c9d2201"},
                      "period": {"start": "2026-12-05T19:02:00-05:00", "end": "2026-12-05T23:30:00-05:00"},
                      "serviceProvider": {"display": "Marlow Regional Medical Center Emergency Department"}}},
        {"fullUrl": "urn:uuid:3e4f7a10-91c2-4b55-8a1e-5b6f0c9d2203",
         "resource": {"resourceType": "Condition", "id": "cond-1",
                      "code": {"coding": [{"system": "urn:oid:2.16.840.1.113883.6.90", "code": "J45.41",
                                           "display": "Moderate persistent asthma with (acute) exacerbation"}]},
                      "subject": {"reference": "urn:uuid:3e4f7a10-91c2-4b55-8a1e-5b6f0c9d2201"}}},
        {"fullUrl": "urn:uuid:3e4f7a10-91c2-4b55-8a1e-5b6f0c9d2204",
         "resource": {"resourceType": "MedicationRequest", "id": "med-1", "status": "active", "intent": "order",
                      "medicationCodeableConcept": {"text": "prednisolone 15 mg/5 mL, 10 mL daily x 4 days"},
                      "subject": {"reference": "urn:uuid:3e4f7a10-91c2-4b55-8a1e-5b6f0c9d2201"}}},
    ],
}
add("phi", "hie-ed-visit-fhir-bundle",
    "HIE encounter notification; only the attached FHIR bundle names Chidera Okonkwo (DOB, MRN) with an ED visit for an asthma exacerbation.",
    frm=A("Keystone HIE Notifications", "notify@keystone-hie.example.org"),
    to=A("Linden Street Pediatrics Care Management", q("linden.caremgmt")),
    subj="Encounter notification - subscription QHMG-PEDS-01",
    date=D(12, 6, 0, 2),
    body="""An encounter notification for a patient on your subscription panel
(QHMG-PEDS-01) is attached as a FHIR Bundle (R4, JSON).

This notification is sent under your participation agreement. Please load
it into your care-management tool; do not forward it outside your
organisation.

Keystone HIE
""",
    atts=[att("notification-adt-5d0c71.json", "application/fhir+json",
              json.dumps(_bundle, indent=1).replace("\n", "\r\n") + "\r\n")])

add("phi", "ortho-referral-letter-pdf",
    "Cover note only; the attached PDF (plain text layer) refers Janice Albright, DOB 06/22/1958, for right knee osteoarthritis.",
    frm=A("Priya Raman, MD", q("praman")),
    to=A("Orthopedics Referrals", q("ortho.referrals")),
    subj="Referral",
    date=D(12, 1, 16, 50),
    body="""Please see the attached referral letter. Labs and the x-ray report are
in Tallis. Thank you!

Priya Raman, MD
Eastside Primary Care
""",
    atts=[att("Referral_Letter_2026-12-01.pdf", "application/pdf", pdf([
        "# Eastside Primary Care - Quarry Hill Medical Group",
        "2200 Quarry Hill Road, Marlow, PA   Phone 610-555-0141   Fax 610-555-0142",
        "",
        "December 1, 2026",
        "",
        "To: Luis Ferrer, MD, Orthopedics & Sports Medicine",
        "Re: Janice M. Albright   DOB 06/22/1958   MRN 3092217",
        "",
        "Dear Dr. Ferrer,",
        "",
        "Thank you for seeing Ms. Albright, a 68-year-old retired teacher with right knee",
        "osteoarthritis. She has had medial knee pain for three years, now limiting her",
        "walking to one block. Standing x-rays on 11/19 show severe medial joint-space",
        "narrowing with osteophytes (Kellgren-Lawrence grade 4).",
        "",
        "She completed 8 weeks of physical therapy and has used naproxen 500 mg twice daily",
        "and topical diclofenac. A steroid injection in June helped for about six weeks.",
        "BMI 31. A1c 6.1. No anticoagulants.",
        "",
        "I would appreciate your opinion on repeat injection versus total knee arthroplasty.",
        "",
        "Sincerely,",
        "Priya Raman, MD  (NPI %s)" % NPI_RAMAN,
    ], title="Referral letter"))])

add("phi", "outside-mri-report-flate-pdf",
    "Outside imaging centre sends a report; only the Flate-compressed PDF names Derek Castellano (DOB) with a medial meniscus tear.",
    frm=A("Marlow Open MRI - Reports", "reports@marlowopenmri.example.com"),
    to=A("Orthopedics Referrals", q("ortho.referrals")),
    subj="Report ready - accession MOM-26-118420",
    date=D(12, 2, 12, 4),
    body="""The report for accession MOM-26-118420 is attached.
Images are available on the image-sharing portal.

Marlow Open MRI
""",
    atts=[att("MOM-26-118420.pdf", "application/pdf", pdf([
        "# MARLOW OPEN MRI",
        "MRI LEFT KNEE WITHOUT CONTRAST",
        "",
        "Patient: CASTELLANO, DEREK J     DOB: 09/03/1987     Sex: M",
        "Accession: MOM-26-118420     Exam date: 12/01/2026",
        "Referring: Luis Ferrer, MD",
        "",
        "HISTORY: Twisting injury playing basketball 10/28. Medial pain, locking.",
        "",
        "FINDINGS:",
        "Complex tear of the posterior horn of the medial meniscus with a displaced",
        "flap fragment in the medial gutter. Lateral meniscus intact.",
        "ACL and PCL intact. Grade 1 MCL sprain. Small joint effusion.",
        "Cartilage: focal grade 2 chondromalacia of the medial femoral condyle.",
        "",
        "IMPRESSION:",
        "1. Complex, displaced tear of the medial meniscus posterior horn.",
        "2. Grade 1 MCL sprain.",
        "",
        "Electronically signed: R. Iyer, MD, 12/02/2026 11:52",
    ], flate=True, title="MRI report"))])

add("phi", "dupilumab-appeal-letter-docx",
    "Short cover note; only the attached DOCX letter of medical necessity names Maya Lindqvist-Reyes, member ID and DOB, for dupilumab for severe atopic dermatitis.",
    frm=A("Miriam Adler, MD", q("madler")),
    to=A("Prior Auth Team", q("priorauth")),
    subj="appeal letter - signed",
    date=D(12, 3, 18, 15),
    body="""Signed version attached. Please fax with the photos and the treatment
log from the chart. Thanks for pushing on this one.

M.
""",
    atts=[att("Appeal_LMN_signed.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
        "Quarry Hill Medical Group - Dermatology",
        "December 3, 2026",
        "Keystone Ridge Health Plan, Appeals Department",
        "RE: Maya Lindqvist-Reyes   DOB 02/11/2009   Member ID KRH5501873320   Denial ref PA-26-4471902",
        "Request: dupilumab 300 mg subcutaneous every 2 weeks after a 600 mg loading dose",
        "To whom it may concern:",
        "I am writing to appeal the denial of dupilumab for my patient, a 17-year-old with severe atopic dermatitis since infancy. Her EASI score is 31 and her itch score 9/10; she is missing school because of sleep loss.",
        "She has failed high-potency topical corticosteroids (clobetasol 0.05% ointment), tacrolimus 0.1% ointment for 12 weeks, and narrow-band UVB phototherapy three times weekly for 10 weeks. Cyclosporine was stopped after her blood pressure rose to 148/94.",
        "Dupilumab is FDA-approved for moderate-to-severe atopic dermatitis in patients aged 6 months and older and meets your plan's own criteria. Please reverse the denial.",
        "Sincerely,",
        "Miriam Adler, MD, FAAD   NPI %s" % NPI_ADLER,
    ]))])

add("phi", "peds-vaccine-recall-list-csv",
    "MA lead sends the weekly recall list; only the CSV lists children by name and DOB with the vaccines they are overdue for.",
    frm=A("Keisha Monroe", q("kmonroe")),
    to=A("Linden Street MAs", q("linden.mas")),
    subj="This week's recall calls",
    date=D(12, 7, 8, 20),
    body="""Morning! Here's this week's list. Please split it - Brianna takes 1-4,
Luz takes 5-8 - and note the outcome in column H before Friday. Use the
Spanish script for the Paredes and Morales families.

Keisha
""",
    atts=[att("recall_week50.csv", "text/csv",
              "#,child,dob,mrn,overdue,last_visit,parent_phone,outcome\r\n"
              "1,Ava Sorensen,2025-05-02,6120934,DTaP #3; PCV #3,2026-08-14,610-555-0173,\r\n"
              "2,Jayden Brooks,2024-11-20,6099112,MMR #1; Varicella #1; Hep A #1,2026-03-02,610-555-0174,\r\n"
              "3,Noor Haddad,2022-12-01,6051877,Influenza 2026-27,2026-06-10,610-555-0175,\r\n"
              "4,Eli Vance,2021-09-15,6032045,Influenza 2026-27; 5-yr well visit,2025-09-22,610-555-0176,\r\n"
              "5,Sofia Paredes,2025-02-27,6114480,Hep B #3; Rotavirus #3 (aged out),2026-05-30,610-555-0177,\r\n"
              "6,Mateo Morales,2019-06-08,6007713,DTaP #5; IPV #4,2025-06-17,610-555-0178,\r\n"
              "7,Harper Quinlan,2014-03-30,5970024,Tdap; MenACWY #1; HPV #1,2025-04-01,610-555-0179,\r\n"
              "8,Owen Park,2010-10-10,5912268,MenACWY #2; MenB,2025-10-12,610-555-0180,\r\n",
              cte="quoted-printable", params=[("charset", "us-ascii")])])

add("phi", "echo-followup-ics-invite",
    "Scheduling note to the patient says only 'see the invitation'; the attached ICS carries Walter Hughes's echo and aortic stenosis follow-up with cardiology.",
    frm=A("Heart & Vascular Scheduling", q("hv.scheduling")),
    to=A("Walter Hughes", "walt.hughes@mailbox.example.net"),
    subj="Appointment invitation",
    date=D(12, 4, 11, 40),
    top=multi("mixed", [
        text("""Hello,

Please see the attached calendar invitation. If the time doesn't work,
reply to this e-mail or call us and we will find another one.

Heart & Vascular Scheduling
Quarry Hill Medical Group
"""),
        att("appointment.ics", "text/calendar", ics([
            "BEGIN:VCALENDAR", "PRODID:-//Quarry Hill Medical Group//Scheduling//EN",
            "VERSION:2.0", "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:appt-7718204@qhmg.example.org",
            "DTSTAMP:20261204T164000Z",
            "DTSTART:20261217T143000Z", "DTEND:20261217T160000Z",
            "SUMMARY:Echocardiogram + visit with Dr. Wierzbicki (Heart & Vascular)",
            "LOCATION:Heart & Vascular\\, 2200 Quarry Hill Road\\, Suite 400",
            "DESCRIPTION:Walter Hughes - 6-month aortic stenosis follow-up. Echo at",
            " 9:30 then visit at 10:15. Bring your medication list and your blood",
            " pressure log. Keep taking your metoprolol the morning of the test.",
            "BEGIN:VALARM", "TRIGGER:-P1D", "ACTION:DISPLAY", "DESCRIPTION:Appointment tomorrow", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"]), cte="7bit",
            params=[("charset", "utf-8"), ("method", "PUBLISH")]),
    ]))

add("phi", "subject-echo-ef-hallorann",
    "borderline: body is only 'done'; the name, DOB and an ejection fraction of 40% are only in the Subject.",
    frm=A("Tasha Reid", q("treid")),
    to=A("Heart & Vascular Scheduling", q("hv.scheduling")),
    subj="RE: Hallorann, Denise 03/14/1961 - echo EF 40%, needs cards f/u within 2 wks",
    date=D(12, 8, 14, 21),
    irt=QH,
    body="""done

T
""")

add("phi", "subject-mri-auth-cortez",
    "The name, MRN and an approved knee MRI authorisation are only in the Subject; the body says 'fyi, see subject'.",
    frm=A("Nadia Haddad", q("nhaddad")),
    to=A("Orthopedics Schedulers", q("ortho.sched")),
    subj="Cortez, Mateo MRN 4471023 - L knee MRI auth APPROVED thru 1/15",
    date=D(12, 9, 9, 2),
    body="""fyi, see subject. Auth number is in the referral. Please call him to
schedule, he works nights so try after 2.

Nadia
""")

add("phi", "portal-reset-display-name-inr",
    "borderline: a password-reset note; the care (warfarin, INR clinic) appears only in the recipient's display name as saved by the front desk.",
    frm=A("Eastside Front Desk", "front.desk.eastside@" + QH),
    to=A("Harold Brink - warfarin pt, INR clinic Thurs", "hbrink1944@mailbox.example.com"),
    subj="MyQuarryHill password",
    date=D(12, 3, 10, 26),
    body="""Hi Mr. Brink,

I reset your MyQuarryHill password as you asked on the phone. You'll get a
separate e-mail with a link; it expires in 24 hours. Your username is your
e-mail address.

If it still doesn't work, stop at the desk on Thursday and we'll sit down
with you and your phone.

Marlene
Eastside Front Desk
""")

add("phi", "scan-to-email-path-filename",
    "borderline: scanner-to-email with a blank image; Benjamin Oduya, his DOB and a colonoscopy pathology report are only in the attachment's file name.",
    frm=A("Eastside MFP 3rd floor", "scanner-eastside3@" + QH),
    to=A("Colleen Byrne", q("cbyrne")),
    subj="Scanned document from Eastside MFP 3rd floor",
    date=D(12, 2, 15, 33),
    body="""Please open the attached document. It was scanned and sent to you
using a Ricoh-style MFP.

Number of Images: 1
Attachment File Type: PNG

Device Name: Eastside MFP 3rd floor
Device Location: Eastside 3rd floor copy room
""",
    atts=[att("Oduya_Benjamin_DOB1988-02-11_colonoscopy_path_tubular_adenoma.png", "image/png", png_blank())])

add("phi", "holter-export-filename-ruiz",
    "Cardiology tech asks the vendor why an export fails; Alondra Ruiz and her 48-hour Holter with AF are only in the PDF's file name, whose text layer is an empty export page.",
    frm=A("Jordan Pike", q("jpike")),
    to=A("CardioTrace Support", "support@cardiotrace.example.com"),
    subj="Export renders blank - case 0048213",
    date=D(12, 8, 10, 40),
    body="""Hi,

Since your 5.2 update the report export comes out as a blank page (sample
attached). It happens on every 48-hour recording, not the 24-hour ones.
We're on build 5.2.0.1187, Windows 11.

Can someone call me? 610-555-0165.

Jordan Pike, CCT
Heart & Vascular, Quarry Hill Medical Group
""",
    atts=[att("Ruiz_Alondra_Holter48h_paroxysmal_AF_2026-12-04.pdf", "application/pdf", pdf([
        "CardioTrace Report Export 5.2",
        "Page 1 of 1",
        "[report body could not be rendered]",
    ]))])

add("phi", "reply-okay-over-potassium-note",
    "A two-line reply from the patient over the nurse's quoted message about Kevin Dunleavy's potassium of 5.3 and a lisinopril dose reduction.",
    frm=A("Kevin Dunleavy", "kdunleavy@mailbox.example.net"),
    to=A("Colleen Byrne, RN", q("cbyrne")),
    subj="Re: Your lab results",
    date=D(12, 4, 19, 5),
    irt=QH,
    body="""Ok will do. Thanks Colleen! I'll go Tuesday morning before work.

Kevin

On Fri, Dec 4, 2026 at 2:12 PM Colleen Byrne, RN <cbyrne@qhmg.example.org> wrote:
> Hi Mr. Dunleavy,
>
> Dr. Raman reviewed your blood work from Monday. Your potassium is 5.3,
> a little above normal, and your kidney numbers are unchanged. She would
> like you to:
>
>  - lower your lisinopril from 20 mg to 10 mg a day (half a tablet until
>    the new prescription is ready at Bramble Pharmacy)
>  - stop the potassium-containing salt substitute
>  - repeat the BMP in one week; the lab order is in, no appointment needed
>
> Call us if you feel weak or notice palpitations.
>
> Colleen Byrne, RN
> Eastside Primary Care | 610-555-0144
""")

add("phi", "statement-ready-html-dermatology",
    "HTML-only billing statement to Angela Moretti with account number and balance for a dermatology visit and biopsy.",
    frm=A("Quarry Hill Patient Financial Services", "statements@" + QH),
    to=A("Angela Moretti", "angela.moretti@mailbox.example.com"),
    subj="Your Quarry Hill statement is ready",
    date=D(12, 5, 7, 0),
    htm="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="620" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#1b4d6b;color:#fff;padding:12px 18px;font-size:18px">Quarry Hill Medical Group</td></tr>
<tr><td style="padding:18px">
<p>Dear Angela Moretti,</p>
<p>Your statement dated December 5, 2026 is ready.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td>Account number</td><td>88023117</td></tr>
<tr><td>Date of service</td><td>11/18/2026</td></tr>
<tr><td>Provider</td><td>Miriam Adler, MD &ndash; Dermatology</td></tr>
<tr><td>Services</td><td>Office visit; shave biopsy of skin lesion (11102); pathology</td></tr>
<tr><td>Insurance paid</td><td>$312.40 (Prairie Mutual)</td></tr>
<tr><td><b>Your balance</b></td><td><b>$245.10</b> (deductible)</td></tr>
<tr><td>Due by</td><td>12/31/2026</td></tr>
</table>
<p><a href="https://pay.qhmg.example.org/88023117">Pay online</a> or call 610-555-0135 to set up a payment plan.</p>
<p style="color:#777;font-size:12px">Quarry Hill Patient Financial Services, PO Box 2200, Marlow, PA.</p>
</td></tr></table></body></html>
""")

add("phi", "reminder-details-html-half-only",
    "Appointment reminder whose plain-text half is generic; only the HTML half names the endocrinology visit and prep for Robert Takahashi.",
    frm=A("Quarry Hill Reminders", "reminders@" + QH),
    to=A("Robert Takahashi", "rtakahashi@mailbox.example.org"),
    subj="Reminder: upcoming appointment",
    date=D(12, 6, 10, 0),
    body="""Hello,

You have an upcoming appointment at Quarry Hill Medical Group.
Sign in to MyQuarryHill to see the details, or call 610-555-0147.

Reply C to confirm.
""",
    htm="""<html><body style="font-family:Arial,sans-serif">
<p>Hello Robert,</p>
<p>This is a reminder of your appointment:</p>
<table cellpadding="5" style="border:1px solid #ccc">
<tr><td><b>When</b></td><td>Wednesday, December 9, 2026, 10:40 am</td></tr>
<tr><td><b>With</b></td><td>Kenji Sato, MD &ndash; Endocrinology &amp; Diabetes Center</td></tr>
<tr><td><b>Visit</b></td><td>Insulin pump start &ndash; follow-up</td></tr>
<tr><td><b>Bring</b></td><td>Your glucose meter, pump supplies, and your log of basal rates and low readings</td></tr>
</table>
<p>Please have your fasting labs (A1c, BMP) drawn before the visit.</p>
<p>Reply C to confirm.</p>
</body></html>
""")

add("phi", "secure-tag-test-no-content",
    "borderline: a [secure]-tagged test send with no patient content (marked-secure-test-no-content); the sender asked for protection.",
    frm=A("Greg Lindqvist", q("glindqvist")),
    to=A("Tanya Voss", "tvoss@krhp.example.com"),
    subj="[secure] test",
    date=D(12, 8, 11, 5),
    body="""Tanya - test message through our new encryption relay before I send
the appeal packets. Please let me know you can open it.

Greg
""")

add("phi", "x-sensitivity-call-me-note",
    "borderline: the sender marked the message with an X-Sensitivity header; the body is only 'call me' and names no one.",
    frm=A("Nadia Haddad", q("nhaddad")),
    to=A("Gail Pearson, RN", q("gpearson")),
    subj="when you have a minute",
    date=D(12, 10, 13, 48),
    hdrs=[("X-Sensitivity", "confidential"), ("Sensitivity", "Private")],
    body="""Can you call me when you have a minute? Easier by phone. x2105

Nadia
""")

add("phi", "daughter-mom-fell-hip-pain",
    "Phone-typed family mail: Mom (named through the sender's family) fell and has hip pain on blood thinners; asks for a same-day visit.",
    frm=A("Karen Willoughby", "karenw.1971@mailbox.example.com"),
    to=A("Eastside Primary Care", q("eastside.nurses")),
    subj="my mom Dorothy Willoughby",
    date=D(12, 5, 8, 17),
    flowed=True,
    body="""Hi its Karen, Dorothys daughter. Mom fell again this morning getting
out of the shower, shes ok but her left hip really hurts and shes
limping. No hitting her head she says. She's on the eliquis so I'm
worried about bruising. Can Dr Raman see her today or do I take her to
urgent care?? Her birthday is 4/2/39 if you need it. My cell is
610-555-0184

Sent from my iPhone
""")

add("phi", "nurse-sbar-chf-weight-gain",
    "Clinical shorthand from a nurse to a physician: MRN, heart failure, weight gain, BNP 890, furosemide question.",
    frm=A("Gail Pearson, RN", q("gpearson")),
    to=A("Tomasz Wierzbicki, MD", q("twierzbicki")),
    subj="HF call - pls advise today",
    date=D(12, 7, 10, 55),
    cte="base64", mailer="Tallis Mobile 26.4 (iOS)",
    body="""Dr W,

S: Ernest Villanueva, 71M, MRN 2284019, called HF line - wt up 4 lb in 3
   days (181 -> 185), 2-pillow orthopnea x2 nights, ankles "tight".
B: HFrEF, EF 30% (echo 9/26), ICD. Furosemide 40 mg PO bid, carvedilol
   12.5 bid, sacubitril/valsartan 49/51 bid, spironolactone 25.
   Ran out of furosemide Fri, restarted Sun.
A: BNP today 890 (was 310 in Oct). K 4.6, Cr 1.4 (baseline 1.3).
   BP 128/76 HR 78 at home. Denies CP, no syncope.
R: ? furosemide 80 mg bid x3 days then back to 40 bid, BMP Thu, daily
   weights, cards visit this week. Can add him Wed 3:20 w/ Dr Crawford.

Gail
HF nurse line x2745
""")

add("phi", "referral-form-sleep-study",
    "A referral form in a table: named patient, DOB, member ID, suspected sleep apnea, ICD-10 and requested study.",
    frm=A("Nadia Haddad", q("nhaddad")),
    to=A("Riverbend Sleep Center - Referrals", "referrals@riverbendsleep.example.com"),
    subj="New referral - home sleep test",
    date=D(12, 2, 10, 12),
    body="""Please schedule the patient below. Consent to release is on file.

REFERRAL REQUEST
----------------------------------------------------------------
Patient name:        Gordon T. Fairweather
DOB:                 11/30/1966
Phone:               610-555-0185
Insurance:           Prairie Mutual PPO
Member ID:           PMX4408812907   Group 77120
Referring provider:  Priya Raman, MD  NPI %s
Reason:              Loud snoring, witnessed apneas, daytime sleepiness
                     (Epworth 16), BMI 36, resistant hypertension
ICD-10:              G47.33 (suspected), I10, E66.01
Requested:           Home sleep apnea test; in-lab titration if AHI >= 15
Priority:            Routine (within 4 weeks)
Attached in chart:   last visit note, BP log
----------------------------------------------------------------

Nadia Haddad | Referral Coordinator Lead
Phone 610-555-0106 | Fax 610-555-0107
""" % NPI_RAMAN)

add("phi", "claim-appeal-knee-arthroscopy",
    "Billing appeal with claim number, member ID and a denied knee arthroscopy (CPT 29881) for Rafael Quintero.",
    frm=A("Greg Lindqvist", q("glindqvist")),
    to=A("Prairie Mutual Provider Appeals", "appeals@prairiemutual.example.com"),
    subj="Level 1 appeal - claim 2026PM118734201",
    date=D(12, 9, 15, 20),
    body="""Provider Appeals,

We are appealing the denial of the claim below.

  Patient:            Rafael Quintero
  Member ID:          PMX2207619543
  Claim number:       2026PM118734201
  Date of service:    11/12/2026
  Service:            29881 arthroscopy, knee, with medial meniscectomy
  Rendering:          Luis Ferrer, MD, NPI %s
  Denial:             CO-197, precertification absent

Authorisation PA-88412 was obtained on 11/06/2026 under the member's prior
ID (PMX2207619500, before the plan re-issued cards). The authorisation
letter and the operative note are enclosed in the portal upload.

Please reprocess.

Greg Lindqvist
Manager, Patient Financial Services | 610-555-0134
""" % NPI_FERRER)


# ======================================================== phi, part two --
add("phi", "callback-toddler-rash-amoxicillin",
    "Contact-centre callback message: a 4-year-old (named, DOB) with a rash after starting amoxicillin; parent wants a nurse call.",
    frm=A("Contact Center", q("contactcenter")),
    to=A("Linden Street Nurse Pool", q("linden.nurses")),
    subj="Callback request - Linden St - rash",
    date=D(12, 1, 19, 33),
    body="""CALLBACK REQUEST (non-urgent per caller; agent screened with red-flag
questions: no trouble breathing, no lip/tongue swelling, drinking ok)

Child:      Liam Petrakis   DOB 07/14/2022   MRN 6048813
Caller:     Sophie Petrakis (mother), on proxy list
Call back:  610-555-0186 (cell), ok to leave message

Reason:     Started amoxicillin Saturday for ear infection (Dr. Lindgren,
            urgent visit). Today has red blotchy rash on belly and back,
            not itchy, no fever now. Mom asking if she should stop the
            antibiotic and whether this means he's allergic to penicillin.

Taken by:   Andre W., agent 1147, 12/01 19:31
""")

add("phi", "refill-request-lisinopril-fax",
    "E-faxed pharmacy refill request naming a patient, DOB and lisinopril for a prescriber's sign-off.",
    frm=A("Bramble Pharmacy via FaxRelay", "fax-inbound@faxrelay.example.net"),
    to=A("Eastside Rx Requests", q("eastside.rx")),
    subj="Fax from 610-555-0189 (1 page)",
    date=D(12, 2, 9, 58),
    body="""You have received a 1-page fax from 610-555-0189 (BRAMBLE PHARMACY).
The OCR text of the fax is below.

--- OCR text ---
BRAMBLE PHARMACY  -  412 Main St, Marlow PA  -  Ph 610-555-0190  Fax 610-555-0189
REFILL AUTHORIZATION REQUEST                         Date: 12/02/2026

Patient:    OYELARAN, JAMES A.        DOB: 05/19/1961
Drug:       LISINOPRIL 20 MG TAB      Sig: 1 TAB PO DAILY
Qty:        90                        Last fill: 09/01/2026   Refills left: 0
Prescriber: PRIYA RAMAN MD            NPI %s

[ ] Approved   Refills: ____     [ ] Denied   [ ] Needs appointment

Prescriber signature: ______________________
--- end ---
""" % NPI_RAMAN)

add("phi", "biopsy-back-bcc-mohs-question",
    "Medical assistant tells the dermatologist a named patient's biopsy shows basal cell carcinoma and she asks about Mohs.",
    frm=A("Brianna Lutz", q("blutz")),
    to=A("Miriam Adler, MD", q("madler")),
    subj="Mrs. Kowalczyk path",
    date=D(12, 3, 11, 2),
    body="""Dr. Adler,

Path is back on Mrs. Kowalczyk (Irena, the one with the spot on her nose
from 11/24): nodular basal cell carcinoma, margins involved. I haven't
called her yet. She already asked at the visit whether she'd need "the
Mohs surgery" and whether it leaves a big scar, and her daughter wants to
come to the appointment.

Do you want me to book her with Dr. Hanley for Mohs or do you want to talk
to her first? She's free most mornings.

Brianna
""")

add("phi", "work-status-employee-acl",
    "Work-status note to HR: employee ID 20471 off work after ACL reconstruction, with restrictions and a return date.",
    frm=A("Orthopedics & Sports Medicine", q("ortho.forms")),
    to=A("QHMG Employee Health & Leave", q("leave")),
    subj="Work status - employee 20471",
    date=D(12, 4, 13, 30),
    body="""WORK STATUS REPORT

Employee:          Travis Holloway   Employee ID 20471
Department:        Facilities (maintenance technician)
Date of visit:     12/04/2026
Provider:          Luis Ferrer, MD

Status:            Off work through 12/20/2026.
                   Right ACL reconstruction (hamstring autograft) on
                   11/23/2026; in hinged brace, partial weight bearing.
Return 12/21:      Modified duty - seated/bench work only, no ladders,
                   no kneeling, no lifting over 15 lb, brace at all times.
Next evaluation:   01/06/2027
Physical therapy:  2x/week, may attend during work hours.

Please contact our office with questions about restrictions. Do not
request further medical details without the employee's authorisation.
""")

add("phi", "school-asthma-action-plan",
    "Pediatrics sends a school nurse the asthma action plan for a named child with medicines and doses.",
    frm=A("Linden Street Pediatrics", q("linden.forms")),
    to=A("Nurse Ellen Baptiste - Marlow Elementary", "ebaptiste@marlowsd.example.org"),
    subj="Asthma action plan for Zoe Marchetti (Grade 3)",
    date=D(12, 2, 14, 15),
    body="""Dear Ms. Baptiste,

At her parents' request (signed release on file), here is Zoe Marchetti's
updated asthma action plan. DOB 01/08/2018.

GREEN (doing well): fluticasone HFA 44 mcg 2 puffs twice a day at home.
  Before gym/recess: albuterol HFA 2 puffs with spacer 15 minutes before.

YELLOW (cough, wheeze, tight chest): albuterol 4 puffs with spacer every
  4 hours as needed. Call parents. May return to class if better in 20 min.

RED (very short of breath, can't talk in sentences, lips blue, albuterol
  not helping): albuterol 6 puffs now, call 911, then call parents.

Zoe may carry and self-administer her albuterol inhaler. Triggers: colds,
cold air, cats. Please send us a note if she needs her inhaler at school
more than twice a week.

Adaeze Okafor, MD
Linden Street Pediatrics | 610-555-0160 | Fax 610-555-0166
""")

add("phi", "pump-supplies-auth-approved",
    "Payer approval letter: member ID, named member, insulin pump and CGM supplies authorised for type 1 diabetes.",
    frm=A("Keystone Ridge Utilization Management", "um-notices@krhp.example.com"),
    to=A("Endocrinology Prior Auth", q("endo.priorauth")),
    subj="Authorization approved - ref UM-26-3318207",
    date=D(12, 3, 15, 55),
    body="""KEYSTONE RIDGE HEALTH PLAN - NOTICE OF APPROVAL

Reference:      UM-26-3318207
Member:         Robert Takahashi
Member ID:      KRH3329018475
DOB:            08/27/1994
Requesting:     Kenji Sato, MD
Diagnosis:      E10.65 Type 1 diabetes mellitus with hyperglycemia

Approved:       Insulin pump (E0784), 1 unit
                Pump infusion sets and reservoirs, 10 per month
                Continuous glucose monitor sensors, 3 per month
Period:         12/03/2026 - 12/02/2027
Supplier:       Northline Medical Supply (in network)

This approval is not a guarantee of payment; benefits are subject to
eligibility on the date of service.
""")

add("phi", "critical-potassium-call-log",
    "Lab critical-value call log: named patient, MRN, potassium 6.4, who was notified and when.",
    frm=A("Quarry Hill Lab", "lab-criticals@" + QH),
    to=A("Eastside Primary Care - Clinical", q("eastside.clinical")),
    cc=A("Aaron Whitfield", q("awhitfield")),
    subj="Critical value notification - documented",
    date=D(12, 4, 7, 31),
    body="""CRITICAL VALUE CALL DOCUMENTATION

Patient:          REYES, ANTONIO        MRN 1187742    DOB 10/02/1953
Collected:        12/04/2026 06:40 (Eastside draw station)
Test:             Potassium, plasma
Result:           6.4 mmol/L (CRIT)   ref 3.5-5.1
Comment:          No hemolysis. Repeat on analyzer 1 = 6.3.
                  Creatinine 1.9 (prior 1.5).

Called to:        Colleen Byrne, RN (for Dr. Raman), 07:24
Read back:        Yes
Called by:        M. Okoro, MLS

Per policy, the ordering provider must document follow-up within 1 hour.
""")

add("phi", "prenatal-glucose-tolerance-result",
    "borderline: a prenatal glucose tolerance result and diet-clinic referral for a named pregnant patient; routine prenatal care is phi, not in a restricted reproductive category.",
    frm=A("Helen Marsh, MD", q("hmarsh")),
    to=A("Women's Health Nurses", q("wh.nurses")),
    subj="Santiago GTT",
    date=D(12, 8, 16, 40),
    body="""Nurses -

Camila Santiago (28 wks, G2P1) failed her 3-hour GTT: fasting 97, 1 hr
192, 2 hr 171, 3 hr 128. That's gestational diabetes. Please:

  - call her today and let her know; she's expecting it, the 1-hr was 151
  - refer to diabetes education (Endo & Diabetes, Lin Meihua) this week
  - meter + strips to Bramble, check fasting and 1 hr after meals
  - add growth scan at 32 wks and move her to q2wk visits

She prefers Spanish; use the interpreter line.

HM
""")

add("phi", "mammogram-callback-additional-views",
    "Letter to the patient: 'your mammogram' needs additional views and an ultrasound, with a scheduled time.",
    frm=A("Quarry Hill Imaging - Breast Center", "breastcenter@" + QH),
    to=A("Theresa Gallo", "tgallo@mailbox.example.net"),
    subj="Your recent mammogram - follow-up needed",
    date=D(12, 3, 12, 20),
    body="""Dear Ms. Gallo,

Thank you for having your screening mammogram with us on November 30.
The radiologist would like some additional pictures to look more closely
at an area in your left breast. This is common: most women who are called
back do not have cancer.

We have scheduled you for a diagnostic mammogram and a left breast
ultrasound on Tuesday, December 8, at 8:15 am at the Breast Center,
Eastside, 2nd floor. Please don't use deodorant or powder that morning.
The results will be given to you before you leave.

If the time doesn't work, call 610-555-0151.

Sincerely,
Quarry Hill Imaging - Breast Center
""")

add("phi", "patient-reschedule-cardiology-visit",
    "A patient writes to move her cardiology follow-up for atrial fibrillation and asks about her apixaban refill.",
    frm=A("Beverly Ashcombe", "bev.ashcombe@mailbox.example.org"),
    to=A("Heart & Vascular", q("hv.scheduling")),
    subj="Need to change my appointment Dec 14",
    date=D(12, 6, 20, 12),
    body="""Hello,

I have an appointment with Dr. Wierzbicki on Monday December 14 at 1:30
for my afib follow up and I need to change it, my granddaughter's
Christmas concert got moved to that afternoon. Anything that week or the
next is fine except Wednesday mornings.

Also I only have about 10 days of the Eliquis left, can someone send a
refill to the CVS on Route 9, or do I need to wait for the visit?

Thank you,
Beverly Ashcombe
DOB 2/23/1947
""")

add("phi", "employee-health-tb-read",
    "Employee health note to an employee with her employee ID and the result of her TB skin test.",
    frm=A("Employee Health", q("employeehealth")),
    to=A("Jasmine Torres", q("jtorres")),
    subj="Your annual TB screening - result",
    date=D(12, 3, 9, 10),
    body="""Hi Jasmine,

Employee ID: 40718

Your tuberculin skin test placed on 12/01 was read on 12/03 at 8:50:
0 mm induration - NEGATIVE. Your annual screening is complete and your
badge compliance status has been updated.

Your flu vaccine (12/01, left deltoid, lot FL6614B) is also recorded.

Employee Health | ext 3450
""")

add("phi", "ct-contrast-hold-metformin",
    "Imaging prep instructions to the patient: 'your CT' with contrast, creatinine check and holding metformin.",
    frm=A("Quarry Hill Imaging Scheduling", "imaging.sched@" + QH),
    to=A("Luis Ortega", "lortega@mailbox.example.com"),
    subj="Your CT scan on Thursday 12/10 - preparation",
    date=D(12, 7, 14, 55),
    body="""Dear Mr. Ortega,

Your CT of the abdomen and pelvis with IV contrast is on Thursday,
December 10, at 7:45 am (arrive 7:15), Quarry Hill Imaging, Eastside.

Before your scan:
 - Nothing to eat for 4 hours before; clear liquids are fine.
 - Your kidney blood test from 11/30 is fine (creatinine 1.1), so you do
   not need another one.
 - Because you take metformin, do not take it the day of the scan and for
   48 hours after. Restart on Sunday morning, December 13.
 - Tell the technologist about your iodine contrast reaction in 2019
   (hives). Dr. Raman has prescribed prednisone and diphenhydramine to take
   13, 7 and 1 hour before; the schedule is printed on the pharmacy label.

Questions: 610-555-0152.
""")

add("phi", "son-dad-oxycodone-after-knee",
    "borderline: a son asks for more oxycodone for his father's pain after a knee replacement; post-operative opioids are phi, not substance-use treatment.",
    frm=A("Brian Kowalski", "bkowalski77@mailbox.example.net"),
    to=A("Orthopedics & Sports Medicine", q("ortho.nurses")),
    subj="Dad's pain meds after knee surgery",
    date=D(12, 5, 11, 48),
    body="""Hi,

My dad Stanley Kowalski had his right knee replaced by Dr. Ferrer on 11/30.
He is down to 4 of the oxycodone 5 mg and still needs them at night to
sleep, he's taking the tylenol every 6 hours like the sheet says. PT comes
Tuesday and Thursday and it really hurts after. The pharmacy said a new
prescription has to come from the office. Can Dr. Ferrer send a few more,
or switch him to something else? He has his post-op visit on 12/14.

Also his incision has a small bit of clear drainage at the bottom, is that
ok?

Thanks,
Brian (son) 610-555-0187
""")

add("phi", "dme-invoice-cpap-per-patient",
    "DME supplier's invoice to the group lists CPAP resupply lines per named patient with member IDs (twin of the courier invoice).",
    frm=A("Northline Medical Supply - Billing", "billing@northlinemed.example.com"),
    to=A("QHMG Accounts Payable", q("ap")),
    subj="Invoice NMS-INV-77410 - capitated CPAP resupply, November",
    date=D(12, 1, 11, 30),
    body="""Invoice NMS-INV-77410   Customer 10442 QUARRY HILL MEDICAL GROUP
Capitated DME agreement, CarePath Community Plan members, November 2026

Member               Member ID        HCPCS   Item                        Amount
Gordon Fairweather   CPH200184473     A7034   Nasal mask                  $58.20
Gordon Fairweather   CPH200184473     A7038   Filters x2                   $6.40
Lucille Baptiste     CPH200771902     A7030   Full-face mask              $96.10
Lucille Baptiste     CPH200771902     A4604   Heated tubing               $24.80
Ray Dominguez        CPH200339118     E0601   CPAP device (rental mo 4)   $61.75
                                                              TOTAL       $247.25

Please remit within 30 days. Questions: billing@northlinemed.example.com
""")

add("phi", "rash-photo-shingles-question",
    "A patient writes to the nurse line with a photo-description of a painful one-sided rash, asking if it is shingles.",
    frm=A("Marisol Ibarra", "marisol.ibarra@mailbox.example.com"),
    to=A("Dermatology Nurse Line", q("derm.nurses")),
    subj="is this shingles??",
    date=D(12, 6, 9, 3),
    body="""Hi I'm a patient of Dr Adler. Since Thursday I have a burning pain on my
right side under my bra line and now there are little blisters in a band
going around to my back, only on the right. I'm 58. I never had the
shingles vaccine. I tried to attach a picture but it's too big.

Do I need to come in or can someone call in the antiviral? I can't get
to urgent care until tonight.

Marisol Ibarra
610-555-0188
""")

add("phi", "overnight-lows-cgm-message",
    "A teenager's mother writes to endocrinology about his night-time lows and high readings on his CGM and insulin doses.",
    frm=A("Jennifer Walsh", "jwalsh.home@mailbox.example.org"),
    to=A("Endocrinology Nurses", q("endo.nurses")),
    subj="Connor's numbers this week",
    date=D(12, 9, 22, 14),
    body="""Hi Nurse Pat,

Connor's Dexcom has been alarming most nights around 3 am, lows in the 50s
twice this week (Mon and Wed), and then he's 250-280 by breakfast
(rebound I think?). He's on the Lantus 22 units at bedtime and 1 unit per
10 carbs at meals. Basketball started this week, practices 4-6 pm.

Should we lower the Lantus? He's refusing to eat a bedtime snack. I
shared the Clarity data with the clinic again. His appointment isn't
until January.

Jen Walsh (Connor's mom, DOB 3/3/2011)
""")

add("phi", "eob-knee-injection-member",
    "Payer EOB e-mail to a member: claim number, dates, knee injection by orthopaedics, amounts owed.",
    frm=A("Prairie Mutual Insurance", "eob@prairiemutual.example.com"),
    to=A("Patricia Nwosu", "pnwosu@mailbox.example.com"),
    subj="Your Explanation of Benefits is available",
    date=D(12, 10, 6, 30),
    body="""Explanation of Benefits - THIS IS NOT A BILL

Member:        Patricia Nwosu          Member ID: PMX5012877436
Claim:         2026PM120044917         Processed: 12/09/2026
Provider:      Quarry Hill Medical Group - Orthopedics (Luis Ferrer, MD)

Date        Service                                   Billed   Allowed  Plan paid  You owe
11/23/2026  Office visit, established                 $185.00  $141.75   $111.75   $30.00 copay
11/23/2026  Injection, knee joint (20610)             $140.00   $71.30    $71.30    $0.00
11/23/2026  Hyaluronan injection, knee (J7321)        $520.00  $298.00   $238.40   $59.60 coinsurance

Total you may owe the provider: $89.60
""",
    htm="""<html><body style="font-family:Arial,sans-serif">
<h3>Explanation of Benefits &ndash; this is not a bill</h3>
<p>Member: <b>Patricia Nwosu</b> &nbsp; Member ID: PMX5012877436<br>
Claim: 2026PM120044917 &nbsp; Processed: 12/09/2026<br>
Provider: Quarry Hill Medical Group &ndash; Orthopedics (Luis Ferrer, MD)</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Date</th><th>Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>11/23/2026</td><td>Office visit, established</td><td>$185.00</td><td>$141.75</td><td>$111.75</td><td>$30.00 copay</td></tr>
<tr><td>11/23/2026</td><td>Injection, knee joint (20610)</td><td>$140.00</td><td>$71.30</td><td>$71.30</td><td>$0.00</td></tr>
<tr><td>11/23/2026</td><td>Hyaluronan injection, knee (J7321)</td><td>$520.00</td><td>$298.00</td><td>$238.40</td><td>$59.60 coinsurance</td></tr>
</table>
<p><b>Total you may owe the provider: $89.60</b></p>
</body></html>
""")

add("phi", "curbside-thyroid-nodule-fna",
    "Physician-to-physician curbside in shorthand about a named patient's thyroid nodule biopsy (Bethesda III) and next steps.",
    frm=A("Priya Raman, MD", q("praman")),
    to=A("Kenji Sato, MD", q("ksato")),
    subj="quick q - Nakamura FNA",
    date=D(12, 10, 12, 40),
    body="""Kenji -

Curbside before I call her: Grace Nakamura (52F) 2.1 cm R thyroid nodule,
TI-RADS 4, FNA came back Bethesda III (AUS). TSH 1.8. No compressive sx,
no FHx. Do you send molecular testing on the same sample or repeat FNA in
3 mos? She's anxious and leaning toward "just take it out".

Happy to refer formally if you'd rather see her.

Priya
""")

add("phi", "payment-plan-account-surgery",
    "Billing office sets up a payment plan for a named patient's account balance after outpatient orthopaedic surgery.",
    frm=A("Quarry Hill Patient Financial Services", "pfs@" + QH),
    to=A("Rafael Quintero", "rquintero@mailbox.example.net"),
    subj="Your payment plan - account 77120044",
    date=D(12, 10, 15, 12),
    body="""Dear Mr. Quintero,

Thank you for calling today. As agreed, we have set up a payment plan for
account 77120044:

  Services:     11/12/2026 knee arthroscopy (Dr. Ferrer) and facility fee
  Balance:      $1,840.00 after Prairie Mutual processing
  Plan:         $153.34 per month for 12 months, first payment 12/28/2026
  Interest:     none

We are also appealing the insurer's denial; if it is reversed, the balance
will drop and we will adjust or refund the plan.

Patient Financial Services | 610-555-0135
""")

add("phi", "voicemail-forward-prolia-shot",
    "Front desk forwards a voicemail transcript in which a named patient asks about her overdue denosumab (Prolia) injection.",
    frm=A("Marlene Ostrowski", "front.desk.eastside@" + QH),
    to=A("Eastside Nurses", q("eastside.nurses")),
    subj="FW: New voicemail from 610-555-0191 (0:48)",
    date=D(12, 9, 8, 44),
    body="""Can one of you call her back? Thx - Marlene

-----Original Message-----
From: Voicemail <voicemail@qhmg.example.org>
Sent: Tuesday, December 8, 2026 6:02 PM
To: Eastside Front Desk
Subject: New voicemail from 610-555-0191 (0:48)

Transcription (may be inaccurate):
"Hi, this is Doreen Fisk, F-I-S-K, birthday June 6 1950. I'm calling
because I was supposed to get my Prolia shot in November for my
osteoporosis and nobody called me to schedule it. Dr. Raman said I can't
go more than a few weeks late. Also the insurance sent me a letter saying
they need a new approval. Please call me back at 610-555-0191. Thank you."
""")


# ================================================= phi, not in English --
add("phi", "abuela-rosa-presion-pastillas",
    "Spanish phone-typed mail from a granddaughter: Abuela Rosa (Rosa Delgado) has high blood pressure readings and ran out of amlodipine.",
    lang="es",
    frm=A("Yesenia Delgado", "yesi.delgado@mailbox.example.com"),
    to=A("Eastside Primary Care", q("eastside.nurses")),
    subj="mi abuela Rosa Delgado - la presión",
    date=D(12, 5, 21, 9),
    cte="quoted-printable", flowed=True,
    body="""Hola buenas noches, soy Yesenia la nieta de Rosa Delgado (fecha de
nacimiento 15/08/1941), paciente de la Dra. Raman.

Mi abuela se quedó sin la pastilla de la presión, la amlodipina de 10 mg,
desde el miércoles y hoy le tomé la presión y estaba en 178/96 y luego
170/94. Dice que le duele un poco la cabeza pero nada más, no tiene dolor
de pecho. La farmacia dice que necesita una receta nueva.

¿Me pueden mandar la receta a Bramble Pharmacy mañana temprano? Ella no
habla inglés, mejor me llaman a mí al 610-555-0192.

Gracias!!

Enviado desde mi iPhone
""")

add("phi", "encaminhamento-ortopedia-aprovado",
    "Portuguese (ISO-8859-1, 8bit) letter to the patient: 'your referral' to orthopaedics for shoulder pain was approved, with the appointment.",
    lang="pt",
    frm=A("Central de Encaminhamentos - Quarry Hill", "referrals@" + QH),
    to=A("João Batista Ferreira", "jbferreira@mailbox.example.net", cs="iso-8859-1", mode="Q"),
    subj="Seu encaminhamento para ortopedia foi aprovado",
    subj_cs="iso-8859-1", subj_mode="Q",
    date=D(12, 4, 9, 45),
    cs="iso-8859-1", cte="8bit",
    body="""Prezado Sr. João Batista Ferreira,

Seu encaminhamento para a Ortopedia e Medicina Esportiva foi aprovado pelo
seu plano de saúde (Keystone Ridge, autorização KR-PA-2261904) para
avaliação da dor no ombro direito e da ressonância magnética que mostrou
ruptura parcial do manguito rotador.

Sua consulta:
  Dr. Luis Ferrer
  Terça-feira, 15 de dezembro de 2026, às 14h20
  2200 Quarry Hill Road, Suite 250, Marlow

Por favor, traga o CD da ressonância, a lista dos seus remédios e o cartão
do plano. Chegue 15 minutos antes. Teremos um intérprete de português.

Para remarcar, ligue para 610-555-0146.

Atenciosamente,
Central de Encaminhamentos
Quarry Hill Medical Group
""")

add("phi", "bo-toi-thuoc-tieu-duong",
    "Vietnamese (UTF-8 base64) mail from a son about his father's diabetes medicines, a low blood sugar and insulin doses.",
    lang="vi",
    frm=A("Trần Minh Khoa", "khoa.tran@mailbox.example.com"),
    to=A("Endocrinology Nurses", q("endo.nurses")),
    subj="Về thuốc tiểu đường của bố tôi - Trần Văn Hùng",
    date=D(12, 7, 20, 30),
    cte="base64",
    body="""Chào cô y tá,

Tôi là Khoa, con trai của ông Trần Văn Hùng (sinh ngày 12/03/1950), bệnh
nhân của bác sĩ Sato.

Sáng nay bố tôi bị hạ đường huyết, đo được 58, người run và vã mồ hôi. Gia
đình đã cho bố uống nước cam và bây giờ đường huyết là 132. Bố đang tiêm
insulin Lantus 28 đơn vị buổi tối và uống metformin 1000 mg hai lần một
ngày. Hôm qua bố ăn rất ít vì bị cảm.

Xin hỏi tối nay bố có nên giảm liều Lantus không? Bố không nói được tiếng
Anh, xin gọi cho tôi theo số 610-555-0193.

Cảm ơn cô rất nhiều.
Trần Minh Khoa
""")

add("phi", "muqin-xueya-xinzangke-yuyue",
    "Chinese (Big5, base64) mail from a daughter about her mother's blood pressure, medicine and a cardiology appointment.",
    lang="zh",
    frm=A("陳美玲", "meiling.chen@mailbox.example.org", cs="big5"),
    to=A("Heart & Vascular", q("hv.nurses")),
    subj="我母親的血壓和心臟科預約",
    subj_cs="big5",
    date=D(12, 8, 21, 15),
    cs="big5", cte="base64",
    body="""您好，

我是陳美玲，我母親林秀英（出生日期 1948年5月20日）是 Wierzbicki 醫生的病人。

這個星期她的血壓一直偏高，早上大約 165/95，晚上 150/90。她每天吃 losartan 50 毫克，
從來沒有漏吃。她說有時候頭暈，走路的時候會喘。

她原本預約在 12月21日看心臟科，請問可以提前嗎？另外，醫生是否需要調整藥量？

我母親不會說英文，請打電話給我：610-555-0194。謝謝！

陳美玲
""")

add("phi", "gapsangseon-geomsa-gyeolgwa-munui",
    "Korean (UTF-8 base64) message from a patient asking about 'my' thyroid results and levothyroxine dose.",
    lang="ko",
    frm=A("박지현", "jihyun.park@mailbox.example.com"),
    to=A("Endocrinology Nurses", q("endo.nurses")),
    subj="갑상선 검사 결과 문의 (박지현, 1985년 7월 9일생)",
    date=D(12, 4, 22, 40),
    cte="base64",
    body="""안녕하세요,

사토 선생님께 진료받고 있는 박지현입니다 (생년월일 1985년 7월 9일).

12월 2일에 한 갑상선 피검사 결과가 포털에 올라왔는데 TSH가 6.8로
높게 나왔습니다. 지금 레보티록신 75 마이크로그램을 매일 아침 먹고 있는데,
용량을 올려야 하는지 궁금합니다. 요즘 피곤하고 추위를 많이 탑니다.

그리고 임신을 계획하고 있는데 약을 계속 먹어도 괜찮은지도 여쭤보고 싶습니다.

답변 부탁드립니다.
박지현 드림
""")

add("phi", "zapros-vypiski-operatsiya-koleno",
    "Russian (KOI8-R, 8bit) request from a patient for copies of his knee surgery and physiotherapy records, with DOB.",
    lang="ru",
    frm=A("Виктор Соколов", "v.sokolov@mailbox.example.net", cs="koi8-r"),
    to=A("Medical Records / Release of Information", q("roi")),
    subj="Запрос копии медицинских документов",
    subj_cs="koi8-r",
    date=D(12, 2, 18, 20),
    cs="koi8-r", cte="8bit",
    body="""Здравствуйте!

Меня зовут Виктор Соколов, дата рождения 22.01.1979. Прошу выслать мне
копии документов:

 - протокол операции на правом колене (артроскопия, доктор Феррер,
   12.11.2026);
 - результаты МРТ коленного сустава;
 - записи физиотерапии за ноябрь.

Документы нужны для страховой компании моего работодателя. Можно в
электронном виде на этот адрес. Подписанную форму согласия я отправлю
по факсу завтра.

Спасибо,
Виктор Соколов
тел. 610-555-0195
""")

add("phi", "ibni-bakhakhat-rabw",
    "Arabic (UTF-8 quoted-printable) mail from a father about his son's asthma inhaler running out and night coughing.",
    lang="ar",
    frm=A("خالد منصور", "khaled.mansour@mailbox.example.com"),
    to=A("Linden Street Pediatrics", q("linden.nurses")),
    subj="بخاخ الربو لابني يوسف منصور",
    date=D(12, 9, 19, 50),
    cte="quoted-printable",
    body="""السلام عليكم،

أنا خالد منصور، والد الطفل يوسف منصور (تاريخ الميلاد 2017/03/04)، مريض عند الدكتورة أوكافور.

يوسف يسعل كثيراً في الليل منذ ثلاثة أيام، وبخاخ الفنتولين (ألبوتيرول) قارب على الانتهاء.
يستعمل أيضاً بخاخ فلوتيكازون مرتين في اليوم. ليس عنده حرارة، لكنه يتعب عند اللعب.

هل يمكن إرسال وصفة جديدة للبخاخين إلى صيدلية Bramble؟ وهل يحتاج إلى موعد هذا الأسبوع؟

رقم هاتفي: 610-555-0196
شكراً جزيلاً.
""")

add("phi", "holter-tata-migotanie",
    "Polish (ISO-8859-2 QP) mail from a son about his father's Holter result showing atrial fibrillation and a new blood thinner.",
    lang="pl",
    frm=A("Piotr Zieliński", "p.zielinski@mailbox.example.net", cs="iso-8859-2", mode="Q"),
    to=A("Heart & Vascular", q("hv.nurses")),
    subj="Wynik Holtera - Jan Zieliński",
    subj_cs="iso-8859-2", subj_mode="Q",
    date=D(12, 10, 18, 5),
    cs="iso-8859-2", cte="quoted-printable",
    body="""Dzień dobry,

piszę w imieniu mojego taty, Jana Zielińskiego (ur. 03.11.1944), pacjenta
dr. Wierzbickiego.

Tata dostał w portalu wynik Holtera: napadowe migotanie przedsionków,
najdłuższy epizod 3 godziny. Lekarz przepisał mu apiksaban 5 mg dwa razy
dziennie, ale tata boi się krwawienia, bo bierze też aspirynę na serce.
Czy ma dalej brać aspirynę? I czy może pić piwo w święta?

Tata słabo mówi po angielsku, proszę dzwonić do mnie: 610-555-0197.

Z poważaniem,
Piotr Zieliński
""")

add("phi", "contestazione-fattura-dermatologia",
    "Italian (windows-1252 QP) mail from a patient disputing a bill for a dermatology visit and cryotherapy, with her account number.",
    lang="it",
    frm=A("Giulia Romano", "giulia.romano@mailbox.example.com"),
    to=A("Patient Financial Services", "pfs@" + QH),
    subj="Fattura conto 88019544 - errore?",
    subj_cs="windows-1252", subj_mode="Q",
    date=D(12, 7, 12, 35),
    cs="windows-1252", cte="quoted-printable",
    body="""Buongiorno,

ho ricevuto una fattura di 186,00 $ per la visita dermatologica del 10
novembre con la dott.ssa Adler (conto 88019544). Durante la visita mi hanno
tolto con l'azoto liquido due cheratosi sul viso, ma la mia assicurazione
Prairie Mutual dice che la crioterapia è stata fatturata due volte, codice
17000 e di nuovo 17003.

Potete controllare e correggere la fattura? Non vorrei pagare due volte
lo stesso trattamento.

Grazie mille,
Giulia Romano
nata il 14/09/1972
""")

add("phi", "annemin-diz-igne-randevusu",
    "Turkish (ISO-8859-9 QP) mail from a daughter asking to move her mother's knee injection appointment, naming the osteoarthritis treatment.",
    lang="tr",
    frm=A("Elif Yılmaz", "elif.yilmaz@mailbox.example.org", cs="iso-8859-9", mode="Q"),
    to=A("Orthopedics Schedulers", q("ortho.sched")),
    subj="Annem Ayşe Yılmaz - diz iğnesi randevusu",
    subj_cs="iso-8859-9", subj_mode="Q",
    date=D(12, 3, 20, 44),
    cs="iso-8859-9", cte="quoted-printable",
    body="""Merhaba,

Annem Ayşe Yılmaz'ın (doğum tarihi 17.06.1956) 11 Aralık Cuma günü saat
10:20'de Dr. Ferrer ile sol dizine kireçlenme için jel iğnesi randevusu
var. O gün hastane vardiyam değişti, annemi getiremiyorum.

Randevuyu bir sonraki haftaya, tercihen öğleden sonraya alabilir misiniz?
Üç iğnelik serinin ikincisi bu olacak, geciktirmek sorun olur mu?

Annem İngilizce bilmiyor, lütfen beni arayın: 610-555-0198.

Teşekkürler,
Elif Yılmaz
""")


# ============================================================ restricted --
# --- mental health
add("restricted", "bh-frontdesk-confirms-therapy-session",
    "mental health: Behavioral Health front desk confirms Natalie Ferris's psychotherapy session and asks her to complete PHQ-9/GAD-7 beforehand.",
    cat="mental health",
    frm=A("Behavioral Health - Front Desk", q("bh.frontdesk")),
    to=A("Natalie Ferris", "nferris@mailbox.example.com"),
    subj="Confirming Tuesday 12/8 at 3:00",
    date=D(12, 4, 15, 20),
    body="""Hi Natalie,

This confirms your therapy session with Dana Whitlock, LCSW, on Tuesday,
December 8, at 3:00 pm (50 minutes), Suite 210.

Before the session please fill out the PHQ-9 and GAD-7 check-in in
MyQuarryHill (Questionnaires tab). Dana uses them to track how the new
plan is working since your medication change with Dr. Farouk.

If you need to cancel, please give us 24 hours' notice at 610-555-0138.

Lorena
Quarry Hill Behavioral Health, Front Desk
""")

add("restricted", "psychiatry-note-pcp-sertraline-phq9",
    "mental health: psychiatrist updates the PCP in shorthand on a named patient's major depression, PHQ-9 scores and sertraline titration.",
    cat="mental health",
    frm=A("Samuel Farouk, MD", q("sfarouk")),
    to=A("Priya Raman, MD", q("praman")),
    subj="Sandoval - psych f/u",
    date=D(12, 2, 17, 10),
    body="""Priya,

FYI on your pt Miguel Sandoval (MRN 3301855), seen today:

MDD, recurrent, moderate. PHQ-9 17 -> 11 over 6 wks. Sleep better,
still low energy, no SI/HI, safety plan reviewed. Sertraline 100 -> 150 mg
daily. Continue CBT w/ D. Whitlock weekly. Hold off on adding bupropion
for now. Return 4 wks.

He mentioned ED with the sertraline - if he brings it up with you, I
told him we'd reassess at 150 before switching.

Thanks,
Sam
Samuel Farouk, MD | Quarry Hill Behavioral Health
""")

add("restricted", "mom-adhd-refill-before-school",
    "borderline: mental health: a parent asks Behavioral Health for a refill of her son's ADHD stimulant prescribed by the psychiatric service (ADHD treatment by a psychiatric service).",
    cat="mental health",
    frm=A("Rachel Brenner", "rbrenner.family@mailbox.example.net"),
    to=A("Behavioral Health - Child & Adolescent", q("bh.child")),
    subj="Eli's refill",
    date=D(12, 6, 21, 2),
    body="""Hi,

Eli Brenner (DOB 10/30/2014) needs his refill of the methylphenidate ER
36 mg from Dr. Farouk before Wednesday or he'll miss doses at school. The
pharmacy said they can't fill it early without a new script because it's
a controlled med. Can it go to Bramble Pharmacy?

Also his teacher says the afternoons are still rough after lunch. Should
we talk about that at his med check in January or sooner?

Thanks,
Rachel (mom)
""")

add("restricted", "mama-terapia-trauma-pesadillas",
    "mental health: Spanish mail from a daughter about her mother's PTSD trauma therapy and sleep medicine.",
    lang="es", cat="mental health",
    frm=A("Lucía Morales", "lucia.morales@mailbox.example.com"),
    to=A("Behavioral Health - Front Desk", q("bh.frontdesk")),
    subj="Mi mamá Carmen Morales - terapia",
    date=D(12, 7, 19, 25),
    cte="quoted-printable",
    body="""Buenas tardes,

Le escribo por mi mamá, Carmen Morales (fecha de nacimiento 02/02/1968).
Ella empezó la terapia para el trastorno de estrés postraumático con la
terapeuta Ana Ruiz en octubre, después del accidente. La terapia le está
ayudando, pero esta semana tuvo pesadillas otra vez y casi no duerme.

El Dr. Farouk le recetó prazosina para las pesadillas. ¿Puede tomarla con
la pastilla de la presión? Y necesitamos cambiar la cita del jueves 10 a
la tarde porque yo la llevo después del trabajo.

Mi teléfono: 610-555-0199. Ella prefiere en español.

Muchas gracias,
Lucía Morales
""")

add("restricted", "eating-disorder-iop-intake-html",
    "mental health: HTML-only intake letter to a parent about a named teen's admission to an eating-disorder intensive outpatient programme.",
    cat="mental health",
    frm=A("Quarry Hill Behavioral Health - Eating Disorders Program", "edprogram@" + QH),
    to=A("Daniel Whitaker", "dwhitaker@mailbox.example.org"),
    subj="Intake scheduled - Eating Disorders IOP",
    date=D(12, 3, 16, 0),
    htm="""<html><body style="font-family:Georgia,serif;font-size:15px">
<p>Dear Mr. Whitaker,</p>
<p>Thank you for speaking with us today. <b>Sophie Whitaker</b> (DOB 05/16/2010) is scheduled for her intake
assessment for our Eating Disorders Intensive Outpatient Program:</p>
<ul>
<li><b>Monday, December 14, 2026, 9:00 am&ndash;12:00 pm</b>, Behavioral Health, Suite 220</li>
<li>Assessment with our psychiatrist, a dietitian and the family therapist</li>
<li>Blood work and an ECG will be done the same morning because of her recent weight loss and low heart rate</li>
</ul>
<p>Based on Dr. Okafor's referral for restrictive eating (anorexia nervosa), the program meets three afternoons a week
with a supported meal and family-based treatment sessions.</p>
<p>Please bring her insurance card and a list of her current medicines.</p>
<p>Warm regards,<br>Intake Coordinator, Eating Disorders Program<br>610-555-0139</p>
</body></html>
""")

add("restricted", "fuan-shougai-kusuri-soudan",
    "mental health: Japanese (Shift_JIS base64) message from a patient about her panic disorder treatment, escitalopram and therapy.",
    lang="ja", cat="mental health",
    frm=A("山田 さくら", "sakura.yamada@mailbox.example.com", cs="shift_jis"),
    to=A("Behavioral Health", q("bh.nurses")),
    subj="パニック障害の治療について（山田さくら）",
    subj_cs="shift_jis",
    date=D(12, 9, 21, 30),
    cs="shift_jis", cte="base64",
    body="""ファルーク先生、看護師の皆様

いつもお世話になっております。山田さくら（1990年4月3日生まれ）です。

パニック障害の治療でエスシタロプラム10mgを飲み始めて3週間になります。
発作の回数は週3回から1回に減りましたが、吐き気と眠気がまだ続いています。
来月日本に一時帰国するので、薬を2か月分処方していただくことは可能でしょうか。

また、認知行動療法のセッションを帰国中にオンラインで受けることはできますか。

よろしくお願いいたします。
山田さくら
""")

# --- substance use
add("restricted", "bup-induction-slot-request",
    "substance use: a medical assistant asks the physician to book a named patient's buprenorphine induction for opioid use disorder.",
    cat="substance use",
    frm=A("Jasmine Torres", q("jtorres")),
    to=A("Priya Raman, MD", q("praman")),
    subj="Hendricks - induction",
    date=D(12, 1, 13, 15),
    body="""Dr. Raman,

Tyler Hendricks called back. He wants to start the Suboxone and he's
ready to do the home induction you talked about. Last use of fentanyl
was Sunday night, so he'll be in withdrawal by Tuesday morning.

Can I put him on your schedule Tuesday at 8:00 for the COWS check and
first dose, then the follow-up Thursday? CarePath covers the film, no PA.
He asked if his mom can come in with him.

UDS and hep C/HIV labs are already ordered.

Jasmine
""")

add("restricted", "bluestem-methadone-dose-coordination",
    "substance use: an opioid treatment programme tells the PCP a named client's methadone dose and take-home status before a new prescription.",
    cat="substance use",
    frm=A("Bluestem Recovery Center - Medical", "medical@bluestem-recovery.example.org"),
    to=A("Priya Raman, MD", q("praman")),
    subj="Coordination of care - Raymond Ellis (consent on file)",
    date=D(12, 2, 11, 40),
    body="""Dr. Raman,

Per Mr. Ellis's signed consent (42 CFR Part 2, on file through 06/2027),
we are sharing the following for coordination of care:

  Client:        Raymond Ellis, DOB 09/09/1972
  Program:       Bluestem Recovery Center OTP, admitted 03/2024
  Medication:    Methadone 95 mg daily; Saturday take-home since 10/2026
  Last UDS:      11/24 - positive methadone only
  Note:          He tells us you plan to start him on a QT-prolonging
                 antibiotic for his sinus infection. His last ECG here
                 (09/2026) showed QTc 468 ms. Please consider an
                 alternative or call us.

This information has been disclosed to you from records protected by
federal confidentiality rules (42 CFR part 2). Further disclosure is
prohibited unless permitted by those rules.

Dr. Angela Forde, Medical Director | 610-555-0124
""")

add("restricted", "muzh-programma-iop-vopros",
    "substance use: Russian (windows-1251 QP) mail from a wife about her husband's intensive outpatient programme for alcohol use disorder and naltrexone.",
    lang="ru", cat="substance use",
    frm=A("Ольга Петренко", "olga.petrenko@mailbox.example.net", cs="windows-1251"),
    to=A("Behavioral Health - IOP", q("bh.iop"), cs="windows-1251"),
    subj="Вопрос о программе для мужа (Сергей Петренко)",
    subj_cs="windows-1251",
    date=D(12, 8, 20, 10),
    cs="windows-1251", cte="quoted-printable",
    body="""Здравствуйте!

Мой муж, Сергей Петренко (дата рождения 14.07.1975), проходит у вас
интенсивную амбулаторную программу (IOP) от алкогольной зависимости,
три вечера в неделю. Доктор назначил ему налтрексон 50 мг.

На следующей неделе он работает в ночную смену. Можно ли ему перейти в
утреннюю группу? И может ли он пропустить одну неделю, не потеряв место
в программе? Он сам стесняется спросить.

Спасибо,
Ольга Петренко
тел. 610-555-0102
""")

add("restricted", "naltrexone-injection-pa-pdf",
    "substance use: short cover note; only the attached PDF (plain text layer) is a prior-authorisation form for extended-release naltrexone for a named member's alcohol use disorder.",
    cat="substance use",
    frm=A("Prior Auth Team", q("priorauth")),
    to=A("CarePath Pharmacy PA", "pharmacy-pa@carepath.example.org"),
    subj="PA request - please see attached",
    date=D(12, 4, 10, 55),
    body="""Please see the attached prior authorisation request. Chart notes to
follow by fax if needed.

Prior Auth Team, Quarry Hill Medical Group
Fax 610-555-0108
""",
    atts=[att("PA_request_2026-12-04.pdf", "application/pdf", pdf([
        "# CarePath Community Plan - Pharmacy Prior Authorization Request",
        "",
        "Member name: Dale Whitford          Member ID: CPH200552817",
        "DOB: 12/29/1969                      Phone: 610-555-0103",
        "",
        "Drug requested: naltrexone extended-release injectable suspension 380 mg",
        "Directions: 380 mg IM gluteal every 4 weeks   Duration: 12 months",
        "",
        "Diagnosis: F10.20 Alcohol use disorder, moderate",
        "Clinical information: Daily drinking 10-12 drinks; completed detox 11/2026.",
        "Oral naltrexone 50 mg daily since 11/20 with poor adherence (missed 9 of 14",
        "doses per pharmacy fill history). No opioid use; UDS negative 12/01.",
        "LFTs: AST 48, ALT 52. Engaged in IOP three evenings a week.",
        "",
        "Prescriber: Priya Raman, MD   NPI %s   DEA %s" % (NPI_RAMAN, DEA_RAMAN),
        "Signature on file     Date: 12/04/2026",
    ], title="Prior authorization request"))])

add("restricted", "napravlennya-detoks-brat",
    "substance use: Ukrainian (KOI8-U, 8bit) mail from a sister asking for her brother's referral to detox and rehab for opioid use.",
    lang="uk", cat="substance use",
    frm=A("Оксана Мельник", "oksana.melnyk@mailbox.example.com", cs="koi8-u"),
    to=A("Eastside Primary Care", q("eastside.nurses")),
    subj="Направлення на детокс для брата - Андрій Мельник",
    subj_cs="koi8-u",
    date=D(12, 5, 22, 30),
    cs="koi8-u", cte="8bit",
    body="""Добрий вечір!

Пишу щодо мого брата, Андрія Мельника (дата народження 08.05.1988),
пацієнта доктора Раман. Він погодився лікуватися від опіоїдної залежності
і хоче лягти на детокс, а потім у реабілітаційний центр.

Андрій дав дозвіл, щоб я допомагала з документами (він підписав форму на
прийомі в листопаді). Чи можете ви надіслати направлення до Bluestem
Recovery Center? Там сказали, що потрібне направлення від лікаря.

Мій телефон: 610-555-0104.

Дякую!
Оксана Мельник
""")

add("restricted", "monthly-injection-ics-invite",
    "substance use: scheduling note to the patient is generic; the attached invitation names the monthly extended-release buprenorphine (Sublocade) injection visit for Tyler Hendricks.",
    cat="substance use",
    frm=A("Eastside Primary Care Scheduling", "eastside.sched@" + QH),
    to=A("Tyler Hendricks", "thendricks@mailbox.example.net"),
    subj="Your upcoming visit",
    date=D(12, 10, 9, 30),
    top=multi("mixed", [
        text("""Hi,

Your next visit is in the attached invitation. Tap it to add it to your
calendar. Call 610-555-0141 if you need to change it.

Eastside Primary Care
"""),
        att("visit.ics", "text/calendar", ics([
            "BEGIN:VCALENDAR", "PRODID:-//Quarry Hill Medical Group//Scheduling//EN",
            "VERSION:2.0", "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:appt-7731955@qhmg.example.org",
            "DTSTAMP:20261210T143000Z",
            "DTSTART:20270107T140000Z", "DTEND:20270107T143000Z",
            "SUMMARY:Sublocade injection + MOUD check-in - Dr. Raman",
            "LOCATION:Eastside Primary Care\\, 2200 Quarry Hill Road",
            "DESCRIPTION:Tyler Hendricks - monthly extended-release buprenorphine",
            " injection (dose 2\\, 300 mg). Urine drug screen at check-in. Bring your",
            " naloxone kit so we can check the expiry date.",
            "END:VEVENT", "END:VCALENDAR"]), cte="base64",
            params=[("charset", "utf-8"), ("method", "PUBLISH")]),
    ]))

# --- HIV
add("restricted", "viral-load-undetectable-portal-note",
    "HIV: the physician's portal message to the patient reports his HIV viral load undetectable and CD4 count on antiretroviral therapy.",
    cat="HIV",
    frm=A("MyQuarryHill", "no-reply@" + PORTAL),
    to=A("Andre Lavoie", "alavoie@mailbox.example.org"),
    subj="New message from Priya Raman, MD",
    date=D(12, 8, 17, 55),
    body="""Hi Andre,

Dr. Priya Raman sent you a message:

  "Hi Andre, great news - your viral load is still undetectable (<20
  copies) and your CD4 is up to 712. Keep taking the Biktarvy every day
  the way you have been. Your kidney and liver tests are normal too.
  We'll repeat labs in 6 months. Happy holidays! - Dr. Raman"

To reply, sign in at https://portal.qhmg.example.org.
""")

add("restricted", "prep-renovacao-exames",
    "HIV: Portuguese (UTF-8 QP) message from a patient asking to renew his PrEP and schedule the HIV and kidney tests.",
    lang="pt", cat="HIV",
    frm=A("Thiago Almeida", "thiago.almeida@mailbox.example.net"),
    to=A("Eastside Primary Care", q("eastside.nurses")),
    subj="Renovação da PrEP - Thiago Almeida",
    date=D(12, 3, 22, 10),
    cte="quoted-printable",
    body="""Olá,

Sou o Thiago Almeida (nascido em 21/10/1996), paciente da Dra. Raman.
Minha receita da PrEP (emtricitabina/tenofovir) termina no dia 15 e
preciso fazer os exames de três em três meses: teste de HIV, creatinina e
os testes de IST.

Posso fazer os exames no laboratório no sábado de manhã e a receita ser
renovada sem consulta? Vou viajar para o Brasil no Natal e preciso de
remédio para 90 dias.

Obrigado!
Thiago
""")

add("restricted", "subject-new-hiv-linkage-delgado",
    "HIV: the new HIV diagnosis and the patient's name are only in the Subject; the body arranges an appointment at the ID clinic.",
    cat="HIV",
    frm=A("Colleen Byrne, RN", q("cbyrne")),
    to=A("Priya Raman, MD", q("praman")),
    subj="Re: Marco Delgado - new HIV+ (Ag/Ab + confirmatory), linkage to Lantern",
    date=D(12, 9, 16, 35),
    irt=QH,
    body="""Called Lantern, they can take him Thursday 10 am with the NP, and
they'll draw the baseline labs there. He knows and is ok with it. I gave
him the ride-line number.

Colleen
""")

add("restricted", "kesyon-prep-fanm",
    "HIV: Haitian Creole mail from a woman asking about starting PrEP because her partner is HIV positive.",
    lang="ht", cat="HIV",
    frm=A("Nadège Pierre-Louis", "nadege.pl@mailbox.example.com"),
    to=A("Women's Health at Quarry Hill", q("wh.nurses")),
    subj="Kesyon sou PrEP",
    date=D(12, 6, 14, 50),
    cte="quoted-printable",
    body="""Bonjou,

Mwen se Nadège Pierre-Louis, pasyan Dr. Marsh (dat nesans 9 jen 1993).
Mesye m nan fenk konnen li gen VIH, li kòmanse pran medikaman. Mwen
menm tès mwen te negatif mwa pase.

Mwen ta renmen kòmanse pran PrEP pou m pwoteje tèt mwen. Èske mwen ka pran
l si m ap eseye vin ansent? Èske mwen bezwen randevou oswa nou ka pale nan
telefòn?

Rele m nan 610-555-0105 apre 5è. Mèsi anpil.
""")

add("restricted", "adap-enrollment-form-table",
    "HIV: a care coordinator sends a completed ADAP enrolment summary in a table: named client, DOB, HIV diagnosis, ART regimen and viral load.",
    cat="HIV",
    frm=A("Lantern Clinic - Benefits Coordinator", "benefits@lanternclinic.example.org"),
    to=A("State ADAP Enrollment", "adap-enroll@dph.state.example.gov.test"),
    subj="ADAP recertification - client packet",
    date=D(12, 10, 11, 15),
    body="""Please process the recertification below. Signed application, proof of
income and residency were uploaded to the portal today.

ADAP RECERTIFICATION SUMMARY
----------------------------------------------------------
Client:            Darnell Whitfield-Ayers
DOB:               04/18/1984
ADAP ID:           ADP-0041877
Diagnosis:         HIV-1 infection (B20), diagnosed 2019
Regimen:           dolutegravir/lamivudine 50/300 mg daily
Last viral load:   <20 copies/mL (11/12/2026)
Last CD4:          644 cells/uL
Income:            212% FPL (eligible)
Insurance:         Marketplace plan - ADAP premium assistance requested
Prescriber:        Ruth Kagame, CRNP, Lantern Clinic
----------------------------------------------------------

Thank you,
Imani Porter, Benefits Coordinator
Lantern Clinic | 610-555-0120
""")

# --- genetic
add("restricted", "brca2-result-counselor-note",
    "genetic: the genetic counsellor writes to a patient about her BRCA2 pathogenic variant result and next steps for her relatives.",
    cat="genetic",
    frm=A("Hannah Brightman, MS, CGC", q("hbrightman")),
    to=A("Lauren Castellanos", "lcastellanos@mailbox.example.com"),
    subj="Following up on our call today",
    date=D(12, 2, 16, 25),
    body="""Dear Lauren,

Thank you for talking with me this afternoon. As we discussed, your
hereditary cancer panel from Helixa found a pathogenic variant in the
BRCA2 gene (c.5946del). Your full report is in MyQuarryHill.

What this means, in short:
 - a higher lifetime risk of breast and ovarian cancer, and a smaller
   increase in pancreatic cancer and melanoma risk;
 - starting annual breast MRI alternating with mammograms; I've sent a
   referral to the High-Risk Breast Clinic and to Dr. Marsh to talk about
   risk-reducing options when you're ready;
 - each of your siblings and your children has a 50% chance of having the
   same variant. Helixa will test them at no charge until March 2, 2027.
   The family letter is attached to your portal message.

Please call me with any questions, big or small: 610-555-0109.

Warmly,
Hannah Brightman, MS, CGC
Genetic Counselor, Women's Health at Quarry Hill
""")

add("restricted", "carrier-screen-cf-partner-testing",
    "borderline: genetic: a pregnant patient's cystic fibrosis carrier-screening result and partner testing; counted as genetic rather than reproductive.",
    cat="genetic",
    frm=A("Helen Marsh, MD", q("hmarsh")),
    to=A("Hannah Brightman, MS, CGC", q("hbrightman")),
    subj="carrier screen - can you see her this week?",
    date=D(12, 4, 12, 5),
    body="""Hannah,

Priyanka Menon, 11 weeks, first pregnancy: expanded carrier screen is
positive for one CFTR pathogenic variant (F508del), so she's a CF carrier.
Negative for SMA and fragile X. Husband Arjun is willing to be tested; he
is not our patient.

Can you see them together this week to talk about partner testing and,
if he's a carrier too, CVS/amnio options? She's nervous but took it well.

Thanks,
Helen
""")

add("restricted", "yichuan-zixun-yuyue-nuer",
    "genetic: Chinese (UTF-8 base64) mail from a mother booking genetic counselling for her daughter after a relative's Lynch syndrome result.",
    lang="zh", cat="genetic",
    frm=A("王丽华", "lihua.wang@mailbox.example.com"),
    to=A("Genetic Counseling", q("genetics")),
    subj="为女儿预约遗传咨询",
    date=D(12, 7, 21, 5),
    cte="base64",
    body="""您好，

我叫王丽华。我女儿张雨婷（出生日期 1999年11月2日）是 Raman 医生的病人。

我的哥哥最近检查出林奇综合征（MLH1 基因突变），医生建议家里人都去做遗传咨询和基因检测。
我自己已经在别的医院检测过，结果也是阳性。

请问可以帮我女儿预约 Brightman 女士的遗传咨询吗？她周二和周四下午有空。
她会说英文，电话是 610-555-0110。

谢谢！
王丽华
""")

add("restricted", "lynch-kaskadentestung-familie",
    "genetic: German (ISO-8859-1 QP) letter from a relative abroad asking the genetic counsellor to share a patient's MLH1 result for his own predictive testing.",
    lang="de", cat="genetic",
    frm=A("Markus Hoffmann", "m.hoffmann@mailbox.example.de.test"),
    to=A("Hannah Brightman, MS, CGC", q("hbrightman")),
    subj="Befund meiner Schwester Claudia Hoffmann-Reed (MLH1)",
    subj_cs="iso-8859-1", subj_mode="Q",
    date=D(12, 3, 8, 40, tz="+0100"),
    cs="iso-8859-1", cte="quoted-printable",
    body="""Sehr geehrte Frau Brightman,

meine Schwester Claudia Hoffmann-Reed (geb. 12.03.1978) ist bei Ihnen in
Behandlung. Bei ihr wurde eine pathogene Variante im MLH1-Gen gefunden
(Lynch-Syndrom), nachdem sie an Darmkrebs erkrankt ist.

Meine Humangenetikerin in Köln möchte bei mir eine prädiktive Testung
machen und braucht dafür den genauen Befund mit der Variante. Claudia ist
einverstanden und hat Ihnen, wie sie sagt, eine Freigabe unterschrieben.
Könnten Sie den Befund an meine Ärztin schicken?

Mit freundlichen Grüßen
Markus Hoffmann
Köln
""")

add("restricted", "fh-ldlr-result-flate-pdf",
    "genetic: cardiology cover note is generic; only the attached Flate PDF reports a named patient's LDLR pathogenic variant (familial hypercholesterolaemia).",
    cat="genetic",
    frm=A("Tomasz Wierzbicki, MD", q("twierzbicki")),
    to=A("Genetic Counseling", q("genetics")),
    subj="result for cascade - see attached",
    date=D(12, 9, 13, 12),
    body="""Hannah - attached is the lab report we talked about at lunch. Can your
team set up the family letter and the cascade appointments? Her two
brothers live locally.

Tomasz
""",
    atts=[att("Helixa_report_HX-26-0088417.pdf", "application/pdf", pdf([
        "# HELIXA GENETICS - CLINICAL REPORT",
        "Familial Hypercholesterolemia Panel (LDLR, APOB, PCSK9, LDLRAP1)",
        "",
        "Patient: Sharon Whitlock-Beaumont    DOB: 01/25/1981    Sex: F",
        "Accession: HX-26-0088417     Collected: 11/17/2026     Reported: 12/08/2026",
        "Ordering provider: Tomasz Wierzbicki, MD, Quarry Hill Medical Group",
        "",
        "RESULT: POSITIVE - one pathogenic variant identified",
        "Gene: LDLR   Variant: c.1646G>A (p.Gly549Asp)   Zygosity: heterozygous",
        "",
        "Interpretation: consistent with heterozygous familial hypercholesterolemia.",
        "Untreated LDL-C 244 mg/dL. First-degree relatives have a 50% chance of",
        "carrying this variant; cascade testing is recommended.",
        "",
        "Electronically signed by K. Okafor-Lim, PhD, FACMG, Laboratory Director",
    ], flate=True, title="Clinical report"))])

# --- reproductive health
add("restricted", "pill-refill-request-portal",
    "reproductive: a patient asks for a refill of her birth-control pill before travel (twin of the walk-in contraception promo).",
    cat="reproductive",
    frm=A("Kayla Jefferson", "kayla.jefferson@mailbox.example.net"),
    to=A("Women's Health at Quarry Hill", q("wh.nurses")),
    subj="refill please before I travel",
    date=D(12, 6, 11, 20),
    body="""Hi! This is Kayla Jefferson, DOB 8/14/2001. I'm down to my last pack of
the birth control pill Dr. Marsh started me on (norgestimate/ethinyl
estradiol, the one in the blue pack) and I leave for my study abroad on
Jan 3. Can I get 3 or 4 packs sent to the CVS on College Ave? My insurance
lets me get a 12-month supply I think.

Also, the spotting I had in the first two months stopped, so no
complaints.

Thank you!!
Kayla
""")

add("restricted", "iud-insertion-prep-instructions",
    "reproductive: instructions to a named patient for her IUD insertion appointment, with pregnancy test and pain-medicine advice.",
    cat="reproductive",
    frm=A("Women's Health at Quarry Hill", "wh.scheduling@" + QH),
    to=A("Monique Fairbanks", "mfairbanks@mailbox.example.com"),
    subj="Your appointment on Friday, December 11",
    date=D(12, 8, 15, 45),
    body="""Dear Ms. Fairbanks,

Your IUD insertion (hormonal IUD, 52 mg) with Dr. Helen Marsh is on
Friday, December 11, at 9:20 am at Women's Health at Quarry Hill,
Suite 300.

To prepare:
 - Take ibuprofen 600 mg with food about an hour before your visit.
 - Eat a normal breakfast.
 - We will do a urine pregnancy test when you arrive. Please use condoms
   or your current method until the visit.
 - Plan for about 45 minutes. You may have cramping for a day or two.

If your period starts that week, the appointment still goes ahead.

Women's Health at Quarry Hill | 610-555-0150
""")

add("restricted", "resulta-chlamydia-gamot",
    "reproductive: Tagalog message from a nurse to a patient about her positive chlamydia test and treatment.",
    lang="tl", cat="reproductive",
    frm=A("Maricel Santos, RN", q("msantos")),
    to=A("Jasmine Dela Cruz", "jdelacruz@mailbox.example.org"),
    subj="Tungkol sa resulta mo - Women's Health",
    date=D(12, 7, 13, 5),
    body="""Hi Jasmine,

Si Maricel ito, nurse ni Dr. Marsh. Sinubukan kitang tawagan kanina.

Positibo ang test mo para sa chlamydia mula sa visit mo noong Disyembre 2.
Madali itong gamutin. Nagpadala na si Dr. Marsh ng reseta na doxycycline
100 mg, dalawang beses isang araw sa loob ng 7 araw, sa Bramble Pharmacy.

Mahalaga: huwag munang makipagtalik hanggang matapos ang gamot at 7 araw
pagkatapos. Kailangan ding magpagamot ang partner mo; puwede naming
bigyan siya ng reseta kahit hindi siya pasyente rito. Negatibo ang test mo
sa gonorrhea, HIV at syphilis.

Babalikan ka namin ng test pagkatapos ng 3 buwan.

Maricel Santos, RN | 610-555-0150
""")

add("restricted", "ivf-claim-denial-appeal",
    "reproductive: billing appeal of a denied IVF claim (egg retrieval and embryo transfer) with member ID and claim number.",
    cat="reproductive",
    frm=A("Rowan Fertility Partners - Billing", "billing@rowanfertility.example.com"),
    to=A("Keystone Ridge Provider Appeals", "appeals@krhp.example.com"),
    subj="Appeal: claim 2026KR0944127 - member KRH8840213375",
    date=D(12, 2, 13, 50),
    body="""To Provider Appeals,

We request reconsideration of the following denied claim:

  Member:          Jessica Tran-Holloway
  Member ID:       KRH8840213375   Employer group: Quarry Hill Medical Group
  Claim:           2026KR0944127
  Dates:           10/19/2026 - 10/24/2026
  Services:        58970 oocyte retrieval; 89250 embryo culture;
                   58974 embryo transfer; S4015 IVF cycle management
  Denial reason:   "Infertility services not covered"

The member's 2026 plan includes the fertility rider (IVF up to $15,000
lifetime) effective 01/01/2026; the denial appears to have used the 2025
plan year. Benefit summary attached in the portal upload.

Rowan Fertility Partners, Billing | 610-555-0122
""")

add("restricted", "pigiri-pas-az-saght-daroo",
    "reproductive: Farsi (UTF-8 base64) message from a patient after a medication abortion asking about bleeding and her follow-up visit.",
    lang="fa", cat="reproductive",
    frm=A("مریم احمدی", "maryam.ahmadi@mailbox.example.com"),
    to=A("Women's Health at Quarry Hill", q("wh.nurses")),
    subj="سؤال بعد از سقط دارویی",
    date=D(12, 5, 10, 30),
    cte="base64",
    body="""سلام،

من مریم احمدی هستم (تاریخ تولد ۱۹۹۲/۰۳/۱۱)، بیمار دکتر مارش.

روز سه‌شنبه قرص‌های میفپریستون و میزوپروستول را طبق دستور مصرف کردم.
خونریزی دیروز زیاد بود ولی امروز کمتر شده و درد هم کمتر است. تب ندارم.

آیا طبیعی است که هنوز لخته‌های کوچک دارم؟ وقت پیگیری من دو هفته دیگر است؛
آیا آزمایش بارداری خانگی را باید قبل از آن انجام دهم؟

لطفاً به شماره 610-555-0111 با من تماس بگیرید. ممنون.
""")

add("restricted", "egg-freezing-consult-reply",
    "reproductive: a short reply over a quoted message arranging Alicia Moreau's egg-freezing consultation and AMH test.",
    cat="reproductive",
    frm=A("Alicia Moreau", "alicia.moreau@mailbox.example.org"),
    to=A("Rowan Fertility Partners - New Patients", "newpatients@rowanfertility.example.com"),
    subj="Re: Your consultation request",
    date=D(12, 10, 7, 55),
    irt="rowanfertility.example.com",
    body="""Perfect, the 16th at 4 works. I'll get the blood test done on Monday.

Alicia

On Wed, Dec 9, 2026 at 5:41 PM Rowan Fertility Partners <newpatients@rowanfertility.example.com> wrote:
> Hi Alicia,
>
> Thanks for reaching out about egg freezing. We'd be happy to see you for
> a consultation with Dr. Naomi Feld. Our first opening is Wednesday,
> December 16 at 4:00 pm.
>
> Before the visit, please have an AMH blood test drawn (the order is
> attached to your patient portal; any Orrin Lab location). We'll also do
> an ultrasound to count follicles at the visit. Since your employer plan
> includes the fertility benefit, our financial counsellor will go over
> what a retrieval cycle would cost you.
>
> Rowan Fertility Partners, New Patient Coordinator
""")


# ================================================================ build --
LANG_NAMES = {
    "en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French",
    "de": "German", "it": "Italian", "pl": "Polish", "vi": "Vietnamese",
    "zh": "Chinese", "ko": "Korean", "ja": "Japanese", "ar": "Arabic",
    "ru": "Russian", "tl": "Tagalog", "hi": "Hindi", "ht": "Haitian Creole",
    "so": "Somali", "am": "Amharic", "uk": "Ukrainian", "fa": "Farsi",
    "tr": "Turkish",
}


def plan():
    """Validate the message list, shuffle, number: [(relpath, label, reason, msg)]."""
    errs = []
    seen = set()
    for m in MSGS:
        s = m["slug"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s):
            errs.append("bad slug %r" % s)
        for w in FORBIDDEN_IN_SLUG:
            if w in s:
                errs.append("slug %r contains %r" % (s, w))
        if s in seen:
            errs.append("duplicate slug %r" % s)
        seen.add(s)
        if m["label"] not in LABELS:
            errs.append("%s: bad label" % s)
        if m["lang"] not in LANG_NAMES:
            errs.append("%s: unknown language %s" % (s, m["lang"]))
        if "\t" in m["reason"] or "\n" in m["reason"]:
            errs.append("%s: reason has a tab or newline" % s)
        if m["label"] == "restricted":
            why = m["reason"][len("borderline: "):] if m["reason"].startswith("borderline: ") else m["reason"]
            if m["cat"] not in CATEGORIES or not why.startswith(m["cat"] + ":"):
                errs.append("%s: restricted reason must start with its category" % s)
        elif m["cat"] is not None:
            errs.append("%s: category on a non-restricted message" % s)
        if m["trap"] and m["label"] != "none":
            errs.append("%s: trap flag outside none" % s)
    if errs:
        sys.exit("refusing to build:\n  " + "\n  ".join(errs))
    order = list(MSGS)
    random.Random(SEED).shuffle(order)
    out = []
    for i, m in enumerate(order, 1):
        rel = "%s/%03d-%s.eml" % (m["label"], i, m["slug"])
        out.append((rel, m["label"], m["reason"], m))
    return out


def labels_tsv(pl):
    rows = sorted("%s\t%s\t%s\n" % (rel, lab, why) for rel, lab, why, _ in pl)
    return "".join(rows).encode("utf-8")


def write_all(pl):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for rel, _, _, m in pl:
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(m["data"])
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels_tsv(pl))


# ================================================================ check --
POL = email.policy.default
EW_RE = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")
MID_RE = re.compile(r"^<[^<>@\s]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}>$")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?|ftp)://([^/\s\"'<>:?#)]+)", re.I)
WWW_RE = re.compile(r"\bwww\.([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)", re.I)
P555_RE = re.compile(r"(?<!\d)555[-. ]?(\d{4})(?!\d)")
NANP_RE = re.compile(r"(?<![\d-])\(?(\d{3})\)?[-. ]?(\d{3})[-. ](\d{4})(?![\d-])")
NPI_RE = re.compile(r"NPI[^0-9\n]{0,24}(\d{10})(?!\d)")
DEA_RE = re.compile(r"DEA[^A-Z0-9\n]{0,24}([A-Z]{2}\d{7})(?!\d)")
OK_HOSTS = ("example.com", "example.org", "example.net")


def host_ok(h):
    h = h.lower().rstrip(".")
    return h.endswith(".test") or any(h == o or h.endswith("." + o) for o in OK_HOSTS)


def pdf_check(data, where, errs):
    texts = []
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    if not data.startswith(b"%PDF-") or not m:
        errs.append("%s: PDF header/startxref" % where)
        return texts
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        errs.append("%s: startxref offset wrong" % where)
        return texts
    mm = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    n = int(mm.group(1))
    pos = xref + mm.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            errs.append("%s: xref entry %d offset wrong" % (where, i))
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s0 = sm.end()
        raw = data[s0:s0 + ln]
        if data[s0 + ln:s0 + ln + 10] != b"\nendstream":
            errs.append("%s: stream length wrong" % where)
            continue
        if sm.group(2):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                errs.append("%s: Flate stream does not inflate" % where)
                continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            texts.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
    for t in re.finditer(rb"/Title \(((?:\\.|[^\\)])*)\)", data):
        texts.append(t.group(1).decode("cp1252"))
    if not texts:
        errs.append("%s: PDF has no text layer" % where)
    return texts


def ics_check(s, where, errs):
    stack = []
    for ln in s.replace("\r\n", "\n").split("\n"):
        if ln.startswith("BEGIN:"):
            stack.append(ln[6:])
        elif ln.startswith("END:"):
            if not stack or stack.pop() != ln[4:]:
                errs.append("%s: ICS BEGIN/END mismatch at %s" % (where, ln))
                return
    if stack:
        errs.append("%s: ICS unbalanced %s" % (where, stack))
    if not s.startswith("BEGIN:VCALENDAR"):
        errs.append("%s: ICS does not start with BEGIN:VCALENDAR" % where)


def check_raw_body(part, raw, where, errs):
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    lines = raw.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    if cte == "base64":
        for ln in lines:
            if len(ln) > 76:
                errs.append("%s: base64 line > 76" % where)
                break
        try:
            base64.b64decode(b"".join(lines), validate=True)
        except Exception:
            errs.append("%s: base64 not strict" % where)
    elif cte == "quoted-printable":
        for ln in lines:
            if len(ln) > 76:
                errs.append("%s: QP line > 76" % where)
            if ln != ln.rstrip(b" \t"):
                errs.append("%s: QP trailing whitespace" % where)
            body = ln[:-1] if ln.endswith(b"=") else ln
            if re.search(rb"=(?![0-9A-F]{2})", body):
                errs.append("%s: QP bad escape" % where)
            if any(b > 126 or (b < 32 and b != 9) for b in ln):
                errs.append("%s: QP raw 8-bit/control byte" % where)
    elif cte == "7bit":
        if any(b > 127 for b in raw):
            errs.append("%s: 8-bit byte in a 7bit part" % where)
    elif cte not in ("8bit", "binary"):
        errs.append("%s: unknown CTE %s" % (where, cte))


def split_raw_parts(raw, boundary):
    """Raw bytes of each body part of a multipart (for CTE checks)."""
    b = b"--" + boundary.encode()
    pieces = raw.split(b"\r\n" + b)
    out = []
    for p in pieces[1:]:
        if p.startswith(b"--"):
            break
        p = p[2:] if p.startswith(b"\r\n") else p
        hdr, _, body = p.partition(b"\r\n\r\n")
        out.append((hdr, body))
    return out


def walk_raw(raw_body, msg, where, errs, info):
    """Walk a parsed entity together with its raw body bytes."""
    ct = msg.get_content_type()
    if msg.is_multipart():
        bd = msg.get_boundary()
        subs = split_raw_parts(b"\r\n" + raw_body, bd)
        kids = msg.get_payload()
        if len(subs) != len(kids):
            errs.append("%s: raw/parsed part count differ" % where)
            return
        for i, ((hdr, body), kid) in enumerate(zip(subs, kids)):
            if any(x > 127 for x in hdr):
                errs.append("%s.%d: 8-bit bytes in part headers" % (where, i))
            walk_raw(body, kid, "%s.%d" % (where, i), errs, info)
        return
    info["leaves"].append(ct)
    info["ctes"].append((msg.get("Content-Transfer-Encoding") or "7bit").lower())
    check_raw_body(msg, raw_body, where, errs)
    try:
        content = msg.get_content()
    except Exception as e:
        errs.append("%s: get_content() failed: %s" % (where, e))
        return
    fn = msg.get_filename()
    if fn:
        info["texts"].append(fn)
    if msg.get_content_maintype() == "text":
        cs = msg.get_content_charset() or "us-ascii"
        info["charsets"].append(cs)
        payload = msg.get_payload(decode=True)
        try:
            payload.decode(codec(cs), "strict")
        except Exception:
            errs.append("%s: does not decode strictly as %s" % (where, cs))
        info["texts"].append(content)
        if ct == "text/calendar":
            ics_check(content, where, errs)
    else:
        data = content if isinstance(content, bytes) else b""
        if ct == "application/pdf":
            info["texts"].extend(pdf_check(data, where, errs))
        elif ct.endswith("wordprocessingml.document"):
            try:
                z = zipfile.ZipFile(io.BytesIO(data))
                xml = z.read("word/document.xml").decode("utf-8")
                info["texts"].append(re.sub(r"<[^>]+>", " ", xml))
            except Exception as e:
                errs.append("%s: DOCX does not open: %s" % (where, e))
        elif ct in ("application/json", "application/fhir+json"):
            try:
                json.loads(data.decode("utf-8"))
                info["texts"].append(data.decode("utf-8"))
            except Exception as e:
                errs.append("%s: JSON does not parse: %s" % (where, e))
        elif ct in ("application/hl7-v2", "application/edi-hl7"):
            s = data.decode("ascii", "strict")
            if not s.startswith("MSH|"):
                errs.append("%s: HL7 does not start with MSH|" % where)
            info["texts"].append(s)
        elif ct in ("application/ics",):
            s = data.decode("utf-8")
            ics_check(s, where, errs)
            info["texts"].append(s)
        elif ct == "image/png":
            if not data.startswith(b"\x89PNG"):
                errs.append("%s: PNG signature" % where)


def check_message(rel, data, errs, stats=None):
    where = rel
    if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("%s: not CRLF only" % where)
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            errs.append("%s: line > 998 octets" % where)
            break
    head, sep, raw_body = data.partition(b"\r\n\r\n")
    if not sep:
        errs.append("%s: no header/body separator" % where)
        return
    if any(b > 127 for b in head):
        errs.append("%s: raw 8-bit bytes in the header block" % where)
    msg = BytesParser(policy=POL).parsebytes(data)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("%s: missing %s" % (where, h))
    if msg["Content-Type"] is not None and msg["MIME-Version"] is None:
        errs.append("%s: Content-Type without MIME-Version" % where)
    try:
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append("%s: Date not in 2026 with a zone" % where)
    except Exception:
        errs.append("%s: Date does not parse" % where)
    if not MID_RE.match(str(msg["Message-ID"]).strip()):
        errs.append("%s: malformed Message-ID" % where)
    info = {"leaves": [], "ctes": [], "charsets": [], "texts": []}
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %s" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %s" % (where, k, v.defects))
            if EW_RE.search(str(v)):
                errs.append("%s: undecoded encoded word in %s" % (where, k))
            info["texts"].append(str(v))
    walk_raw(raw_body, msg, where, errs, info)
    # invented data only
    for t in info["texts"]:
        if not isinstance(t, str):
            continue
        for rx in (EMAIL_RE, URL_RE, WWW_RE):
            for m in rx.finditer(t):
                if not host_ok(m.group(1)):
                    errs.append("%s: host not invented: %s" % (where, m.group(0)))
        for m in P555_RE.finditer(t):
            if not m.group(1).startswith("01"):
                errs.append("%s: 555 number outside 555-01xx: %s" % (where, m.group(0)))
        for m in NANP_RE.finditer(t):
            if m.group(2) != "555":
                errs.append("%s: phone-like number not in 555-01xx: %s" % (where, m.group(0)))
        for m in NPI_RE.finditer(t):
            if not npi_ok(m.group(1)):
                errs.append("%s: NPI fails Luhn: %s" % (where, m.group(1)))
        for m in DEA_RE.finditer(t):
            if not dea_ok(m.group(1)):
                errs.append("%s: DEA check digit: %s" % (where, m.group(1)))
    if stats is not None:
        stats["top"].append(msg.get_content_type())
        stats["leaves"].extend(info["leaves"])
        stats["ctes"].extend(info["ctes"])
        stats["charsets"].extend(info["charsets"])


def check(pl):
    errs = []
    # counts and numbering
    cnt = {l: 0 for l in LABELS}
    for _, lab, _, _ in pl:
        cnt[lab] += 1
    if cnt != COUNTS:
        errs.append("counts %s != %s" % (cnt, COUNTS))
    nums = sorted(int(os.path.basename(rel)[:3]) for rel, _, _, _ in pl)
    if nums != list(range(1, len(MSGS) + 1)) or len(MSGS) != 150:
        errs.append("numbers do not run 001-150")
    nonen = sum(1 for m in MSGS if m["lang"] != "en")
    if not 28 <= nonen <= 38:
        errs.append("%d non-English messages (want 28-38)" % nonen)
    traps = sum(1 for m in MSGS if m["trap"])
    if traps < 55:
        errs.append("only %d traps (want >= 55)" % traps)
    bl = sum(1 for m in MSGS if m["reason"].startswith("borderline:"))
    if not 8 <= bl <= 12:
        errs.append("%d borderline reasons (want 8-12)" % bl)
    # files on disk
    want = {rel: m["data"] for rel, _, _, m in pl}
    want["labels.tsv"] = labels_tsv(pl)
    allowed_top = set(LABELS) | {"labels.tsv", "gen.py", "README.md"}
    for f in os.listdir(HERE):
        if f not in allowed_top:
            errs.append("stray file %s" % f)
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append("missing folder %s" % lab)
            continue
        for f in os.listdir(d):
            if "%s/%s" % (lab, f) not in want:
                errs.append("stray file %s/%s" % (lab, f))
    for rel, data in want.items():
        p = os.path.join(HERE, rel)
        if not os.path.exists(p):
            errs.append("missing %s" % rel)
            continue
        with open(p, "rb") as fh:
            if fh.read() != data:
                errs.append("%s differs from what gen.py writes" % rel)
    # labels.tsv lists every file once under its folder
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        rows = fh.read().decode("utf-8").split("\n")
    rows = [r for r in rows if r]
    files = [r.split("\t")[0] for r in rows]
    if len(files) != len(set(files)) or set(files) != {rel for rel, _, _, _ in pl}:
        errs.append("labels.tsv does not list every file exactly once")
    for r in rows:
        f, lab, why = r.split("\t")
        if f.split("/")[0] != lab:
            errs.append("labels.tsv: %s not under its label folder" % f)
    if rows != sorted(rows):
        errs.append("labels.tsv not sorted")
    # every message
    stats = {"top": [], "leaves": [], "ctes": [], "charsets": []}
    for rel, _, _, m in pl:
        p = os.path.join(HERE, rel)
        data = open(p, "rb").read() if os.path.exists(p) else m["data"]
        check_message(rel, data, errs, stats)
    return errs, stats


def tally(xs):
    d = {}
    for x in xs:
        d[x] = d.get(x, 0) + 1
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))


def print_stats(pl, stats):
    print("messages: %d" % len(pl))
    for lab in LABELS:
        ms = [m for _, l, _, m in pl if l == lab]
        ne = [m for m in ms if m["lang"] != "en"]
        print("  %-10s %3d  (not in English: %d; borderline: %d%s)" % (
            lab, len(ms), len(ne), sum(1 for m in ms if m["reason"].startswith("borderline:")),
            "; traps: %d" % sum(1 for m in ms if m["trap"]) if lab == "none" else ""))
    print("restricted by category:")
    for c in CATEGORIES:
        print("  %-14s %d" % (c, sum(1 for m in MSGS if m["cat"] == c)))
    print("languages (not English): %d" % sum(1 for m in MSGS if m["lang"] != "en"))
    for lab in LABELS:
        langs = tally(LANG_NAMES[m["lang"]] for m in MSGS if m["label"] == lab and m["lang"] != "en")
        print("  %-10s %s" % (lab, ", ".join("%s x%d" % kv if kv[1] > 1 else kv[0] for kv in langs)))
    print("top-level structure:")
    for k, v in tally(stats["top"]):
        print("  %-28s %d" % (k, v))
    print("leaf parts:")
    for k, v in tally(stats["leaves"]):
        print("  %-28s %d" % (k, v))
    print("transfer encodings (leaves):")
    for k, v in tally(stats["ctes"]):
        print("  %-28s %d" % (k, v))
    print("charsets (text leaves):")
    for k, v in tally(stats["charsets"]):
        print("  %-28s %d" % (k, v))


def main(argv):
    pl = plan()
    if "--check" not in argv and "--stats" not in argv:
        write_all(pl)
    errs, stats = check(pl)
    if "--stats" in argv:
        print_stats(pl, stats)
    if errs:
        print("CHECK FAILED (%d problems):" % len(errs))
        for e in errs[:200]:
            print("  " + e)
        return 1
    print("check passed: %d messages (%s), labels.tsv consistent, formats strict, data invented" % (
        len(pl), ", ".join("%s %d" % (l, COUNTS[l]) for l in LABELS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
