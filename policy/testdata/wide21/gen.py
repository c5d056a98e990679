#!/usr/bin/env python3
"""Generator for wide21: clinical shorthand, as staff and patients write when
busy (secure-chat and pager exports, sign-outs, SBAR and I-PASS handoffs,
on-call logs, census lists, huddle notes, curbsides, lab call-backs,
pharmacy clarifications, EMS and home-health notes, one-line portal
messages and texts from patients and families).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk
    python3 gen.py --stats   # print the counts used in README.md

Standard library only.  Deterministic: fixed dates, Message-IDs, boundaries
and a fixed shuffle seed.  Every person, organisation, address, phone number
and identifier below is invented.
"""
import base64
import binascii
import datetime
import email
import email.header
import email.policy
import email.utils
import hashlib
import html as htmlmod
import os
import random
import re
import sys
import textwrap
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260521
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 100, "phi": 70, "restricted": 30}
CATS = ("mental", "substance", "hiv", "genetic", "repro")
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "windows-1252": "cp1252",
    "windows-1250": "cp1250", "windows-1251": "cp1251",
    "windows-1256": "cp1256", "koi8-r": "koi8_r", "gb2312": "gb2312",
    "big5": "big5", "euc-kr": "euc_kr", "windows-1258": "cp1258",
}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


def T(s):
    """Dedent a triple-quoted body and end it with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


# ---------------------------------------------------------------- state --
class _State:
    slug = ""
    n = 0


ST = _State()


def _h(*parts):
    ST.n += 1
    return hashlib.sha1(("|".join([ST.slug, str(ST.n)] + [str(p) for p in parts])).encode()).hexdigest()


# ------------------------------------------------------------- headers --
Q_CHARSETS = ("iso-8859-1", "iso-8859-2", "windows-1250", "windows-1252", "windows-1258")


def enc_words(text, cs, first=0):
    """RFC 2047 encoded words in the charset cs (Q for Latin charsets, else B),
    never splitting a character, each line of the header within 76 octets."""
    cs = cs.lower()
    mode = "q" if cs in Q_CHARSETS else "b"

    def word(chunk):
        raw = chunk.encode(codec(cs))
        if mode == "b":
            return "=?%s?b?%s?=" % (cs, base64.b64encode(raw).decode("ascii"))
        out = ""
        for byte in raw:
            c = chr(byte)
            if c == " ":
                out += "_"
            elif c.isalnum() and byte < 128:
                out += c
            else:
                out += "=%02X" % byte
        return "=?%s?q?%s?=" % (cs, out)

    words, cur = [], ""
    limit = 74 - first
    for ch in text:
        if cur and len(word(cur + ch)) > limit:
            words.append(word(cur))
            cur = ch
            limit = 74
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return (CRLF + " ").join(words)


def enc_text(value, cs, name):
    if is_ascii(value):
        return value
    return enc_words(value, cs, len(name) + 2)


def enc_addr(a, cs):
    """a is 'addr', ('Name', 'addr') or a list of those."""
    if isinstance(a, list):
        return ("," + CRLF + " ").join(enc_addr(x, cs) for x in a)
    if isinstance(a, str):
        return a
    name, addr = a
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return "%s <%s>" % (enc_words(name, cs, 6), addr)


def addr_domain(a):
    if isinstance(a, list):
        a = a[0]
    if isinstance(a, tuple):
        a = a[1]
    return a.split("@", 1)[1]


# ---------------------------------------------------------------- parts --
class Part:
    def __init__(self, headers, body):
        self.headers = headers      # list of (name, value) already encoded
        self.body = body            # bytes with CRLF

    def bytes(self):
        out = "".join("%s: %s%s" % (k, v, CRLF) for k, v in self.headers).encode("ascii")
        return out + CRLF.encode() + self.body


def _crlf(b):
    b = b.replace(b"\r\n", b"\n")
    return b.replace(b"\n", b"\r\n")


def encode_body(text_or_bytes, cs, cte):
    if isinstance(text_or_bytes, str):
        raw = text_or_bytes.replace("\r\n", "\n").encode(codec(cs))
    else:
        raw = text_or_bytes
    if cte in ("7bit", "8bit"):
        return _crlf(raw)
    if cte == "quoted-printable":
        raw = raw.replace(b"\r\n", b"\n")
        return _crlf(binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False))
    if cte == "base64":
        return _crlf(base64.encodebytes(raw))
    raise ValueError(cte)


CTE_ALIAS = {"qp": "quoted-printable", "b64": "base64", None: None,
             "7bit": "7bit", "8bit": "8bit", "base64": "base64",
             "quoted-printable": "quoted-printable"}


def text_part(text, subtype="plain", cs="utf-8", cte=None, name=None,
              disp=None, extra=""):
    cte = CTE_ALIAS[cte]
    if cs == "utf-8" and is_ascii(text) and cte in (None, "7bit"):
        cs = "us-ascii"
    if cte is None:
        cte = "7bit" if is_ascii(text) else "quoted-printable"
    ct = 'text/%s; charset="%s"%s' % (subtype, cs, extra)
    if name:
        ct += '; name="%s"' % name
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if name or disp:
        d = disp or "attachment"
        if name:
            d += '; filename="%s"' % name
        hs.append(("Content-Disposition", d))
    return Part(hs, encode_body(text, cs, cte))


def bin_part(data, ctype, name, disp="attachment"):
    hs = [("Content-Type", '%s; name="%s"' % (ctype, name)),
          ("Content-Transfer-Encoding", "base64"),
          ("Content-Disposition", '%s; filename="%s"' % (disp, name))]
    return Part(hs, encode_body(data, None, "base64"))


def rfc822_part(msgbytes, name=None):
    cte = "7bit"
    try:
        msgbytes.decode("ascii")
    except UnicodeDecodeError:
        cte = "8bit"
    hs = [("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", cte)]
    if name:
        hs.append(("Content-Disposition", 'attachment; filename="%s"' % name))
    else:
        hs.append(("Content-Disposition", "inline"))
    return Part(hs, msgbytes if msgbytes.endswith(b"\r\n") else msgbytes + b"\r\n")


def multipart(subtype, parts, extra="", preamble=None):
    b = "----=_Part_%s" % _h("boundary", subtype)[:24]
    if subtype == "alternative" and ST.n % 2:
        b = "00000000%s" % _h("alt")[:20]
    hs = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, b, extra))]
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\r\n"
    for p in parts:
        out += b"--" + b.encode() + b"\r\n" + p.bytes()
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + b.encode() + b"--\r\n"
    return Part(hs, out)


def to_html(text, client="plain"):
    paras = text.strip("\n").split("\n\n")
    if client == "outlook":
        body = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % htmlmod.escape(p, quote=False).replace("\n", "<br>\n")
                       for p in paras)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
                + body + "</div>\n</body>\n</html>\n")
    body = "".join("<p>%s</p>\n" % htmlmod.escape(p, quote=False).replace("\n", "<br>\n") for p in paras)
    return ('<html><head></head>\n<body style="font-family:Arial,sans-serif;font-size:11pt">\n'
            + body + "</body></html>\n")


# ------------------------------------------------------------------ PDF --
def pdf(lines, title="Document"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 10 Tf 50 760 Td 14 TL\n"
    for ln in lines:
        content += "(%s) Tj T*\n" % esc(ln)
    content += "ET\n"
    cb = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream",
        ("<< /Title (%s) /Producer (Brightwater DocPrint 2.3) /CreationDate (D:20260601000000Z) >>" % esc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def pdf_text(data):
    """Text shown by a pdf() file (for checks)."""
    return "\n".join(x.decode("latin-1").replace("\\(", "(").replace("\\)", ")")
                     for x in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data))


def check_pdf(data):
    assert data.startswith(b"%PDF-1.4"), "pdf header"
    m = re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)
    assert m, "pdf startxref"
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref", "pdf xref offset"
    rows = re.findall(rb"(\d{10}) 00000 n ", data[xref:])
    for i, r in enumerate(rows, 1):
        assert data[int(r):].startswith(b"%d 0 obj" % i), "pdf obj %d offset" % i
    for m2 in re.finditer(rb"/Length (\d+) >>\nstream\n", data):
        n = int(m2.group(1))
        assert data[m2.end() + n:m2.end() + n + 9] == b"endstream", "pdf stream length"


# ------------------------------------------------------------------ ICS --
def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return (CRLF + " ").join(out)


def ics(summary, start, end, organizer, attendees, location="", desc="",
        method="REQUEST", rrule=None, tz="America/Chicago"):
    uid = _h("uid")[:20] + "@brightwater.example.org"
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Brightwater Health//Scheduling 4.2//EN",
         "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method,
         "BEGIN:VTIMEZONE", "TZID:" + tz, "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600",
         "TZOFFSETTO:-0500", "TZNAME:CDT", "DTSTART:19700308T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
         "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
         "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
         "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT", "UID:" + uid,
         "DTSTAMP:20260601T120000Z",
         "DTSTART;TZID=%s:%s" % (tz, start), "DTEND;TZID=%s:%s" % (tz, end),
         "SUMMARY:" + esc(summary)]
    if rrule:
        L.append("RRULE:" + rrule)
    if location:
        L.append("LOCATION:" + esc(location))
    if desc:
        L.append("DESCRIPTION:" + esc(desc))
    L.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for n, a in attendees:
        L.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (n, a))
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return CRLF.join(ics_fold(x) for x in L) + CRLF


# ------------------------------------------------------------- clients --
CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")],
    "iphone": [("X-Mailer", "iPhone Mail (21F90)")],
    "android": [("X-Mailer", "Android Mail 2026.05")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.10.0")],
    "applemail": [("X-Mailer", "Apple Mail (2.3826.500)")],
    "webmail": [("X-Mailer", "Kestrel Webmail 4.1")],
    "sms": [("X-Gateway", "TxtRelay SMS-to-Email 3.2"), ("X-SMS-Segments", "1")],
    "mms": [("X-Gateway", "TxtRelay MMS-to-Email 3.2")],
    "chat": [("X-Exported-By", "PulseChat Compliance Export 7.4"), ("Auto-Submitted", "auto-generated")],
    "pager": [("X-Pager-Gateway", "QuickPage 5.0"), ("Auto-Submitted", "auto-generated")],
    "portal": [("X-Portal", "MyBrightwater 12.1"), ("Auto-Submitted", "auto-generated")],
    "voicemail": [("X-Voicemail-System", "Brightwater Unified Messaging 9"), ("Auto-Submitted", "auto-generated")],
    "ehr": [("X-Mailer", "Larch EHR Notifications 2026.2"), ("Auto-Submitted", "auto-generated")],
    "list": [("List-Id", "<4w-staff.lists.brightwater.example.org>"), ("Precedence", "list")],
    "gmail": [],
    "plain": [],
}

MSGS = []


def msg(label, slug, desc, **kw):
    kw.update(label=label, slug=slug, desc=desc)
    MSGS.append(kw)


def A(ctype, name, data, cs="utf-8", cte=None):
    return dict(ctype=ctype, name=name, data=data, cs=cs, cte=cte)


BASE_DATE = datetime.datetime(2026, 6, 1, 5, 47, 0)


def build(m, idx, inner=False):
    """Return the bytes of one message described by the dict m."""
    if not inner:
        ST.slug = m["slug"]
        ST.n = 0
    cs = m.get("cs", "utf-8")
    hcs = m.get("hcs", cs if cs not in ("us-ascii",) else "utf-8")
    client = m.get("client", "plain")
    if "date" in m:
        dt = m["date"]
    else:
        dt = BASE_DATE + datetime.timedelta(minutes=223 * idx + (idx * 37) % 59)
    tz = m.get("tz", -5)
    dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=tz)))
    frm = m["frm"]
    dom = addr_domain(frm)
    h = _h("mid", m["subj"])
    mid = "<%s.%s@%s>" % (h[:14], h[14:22], dom)
    if client == "gmail":
        mid = "<CAJ%s=%s@mail.example.com>" % (h[:18], h[18:30])
    hs = []
    for k, v in m.get("pre", []):
        hs.append((k, v))
    hs.append(("From", enc_addr(frm, hcs)))
    hs.append(("To", enc_addr(m["to"], hcs)))
    if m.get("cc"):
        hs.append(("Cc", enc_addr(m["cc"], hcs)))
    hs.append(("Subject", enc_text(m["subj"], hcs, "Subject")))
    hs.append(("Date", email.utils.format_datetime(dt)))
    hs.append(("Message-ID", mid))
    if m.get("irt"):
        hs.append(("In-Reply-To", m["irt"]))
        hs.append(("References", m["irt"]))
    hs += CLIENTS[client]
    hs += m.get("hdrs", [])
    hs.append(("MIME-Version", "1.0"))

    body = m.get("body")
    shape = m.get("shape")
    if not shape:
        if m.get("att"):
            shape = "mixed"
        elif client in ("outlook", "portal"):
            shape = "alt"       # Outlook and the portal always send both parts
        else:
            shape = "plain"
    cte = m.get("cte")
    hcte = m.get("hcte") or ("quoted-printable" if client == "outlook" else cte)
    extra = m.get("extra", "")
    if shape == "html":
        root = text_part(m.get("html") or to_html(body, client), "html", cs, cte)
    else:
        if shape == "alt" or (shape == "mixed" and (m.get("html") or client == "outlook")):
            root = multipart("alternative", [
                text_part(body, "plain", cs, cte, extra=extra),
                text_part(m.get("html") or to_html(body, client), "html", cs, hcte)])
        elif shape == "cal":
            root = multipart("alternative", [
                text_part(body, "plain", cs, cte),
                text_part(ics(**m["ics"]), "calendar", "utf-8", m.get("icte"), extra="; method=REQUEST")])
        else:
            root = text_part(body, "plain", cs, cte, extra=extra)
        if shape in ("mixed", "cal") and m.get("att"):
            parts = [root]
            for a in m["att"]:
                ct = a["ctype"]
                if isinstance(a["data"], dict):
                    a = dict(a, data=ics(**a["data"]))
                elif callable(a["data"]):
                    a = dict(a, data=a["data"]())
                if ct.startswith("text/"):
                    sub = ct.split("/", 1)[1]
                    ex = "; method=REQUEST" if sub == "calendar" else ""
                    parts.append(text_part(a["data"], sub, a["cs"], a["cte"], name=a["name"], extra=ex))
                elif ct == "message/rfc822":
                    parts.append(rfc822_part(a["data"], a["name"]))
                else:
                    parts.append(bin_part(a["data"], ct, a["name"]))
            root = multipart("mixed", parts, preamble=m.get("preamble"))
    hs += root.headers
    out = "".join("%s: %s%s" % (k, v, CRLF) for k, v in hs).encode("ascii")
    return out + CRLF.encode() + root.body


def inner(**m):
    """Build a message to attach as message/rfc822 (not registered)."""
    idx = m.pop("idx", 7)
    m.setdefault("subj", "")
    return lambda: build(m, idx, inner=True)


# ---------------------------------------------------------------- people --
BW = "brightwater.example.org"


def bw(local, name=None):
    a = "%s@%s" % (local, BW)
    return (name, a) if name else a


CHAT = ("PulseChat Export", "export@pulsechat.example.com")
PAGER = ("QuickPage Gateway", "pager@page.brightwater.example.org")
PORTAL = ("MyBrightwater Messages", "noreply@my.brightwater.example.org")
VM = ("Voicemail", "vm@voice.brightwater.example.org")
EHR = ("Larch EHR In Basket", "inbasket@ehr.brightwater.example.org")


def chat(channel, lines, by="export", day="06/02/2026"):
    out = ["PulseChat conversation export",
           "Channel: %s   Exported by: %s" % (channel, by),
           "-" * 64]
    for t, who, text in lines:
        out.append("[%s %s] %s: %s" % (day, t, who, text))
    out += ["-" * 64, "End of export. Messages are from a secure channel; do not forward outside Brightwater."]
    return "\n".join(out) + "\n"


def page(frm_ext, text, pid="2231"):
    return "PAGE #%s  from x%s\n%s\n-- QuickPage: reply by calling back, not by e-mail --\n" % (pid, frm_ext, text)


# =================================================================
# restricted (30): 6 mental health, 6 substance use, 6 HIV,
# 6 genetic, 6 reproductive
# =================================================================

msg("restricted", "ipass-bed14-si-plan-sitter",
    "I-PASS in a secure-chat export: bed 14 Okafor, intentional APAP overdose, SI with plan, 1:1 sitter, psych consult",
    cat="mental", client="chat", frm=CHAT, to=bw("5w.charge", "5W Charge RN"),
    subj="PulseChat export: #5W-nights handoff",
    body=chat("#5W-nights", [
        ("06:41", "Dana Ferrante RN", "I-PASS bed 14"),
        ("06:41", "Dana Ferrante RN", "I - watcher. Okafor, Adaeze 34F"),
        ("06:42", "Dana Ferrante RN", "P - adm for APAP OD (intentional), NAC done 0300, LFTs trending down. SI w/ plan, 1:1 sitter at all times, belongings searched"),
        ("06:43", "Dana Ferrante RN", "A - psych consult pending, call C-L psych again at 0800 if not seen. no ligature risks per checklist"),
        ("06:43", "Dana Ferrante RN", "S - keep sitter, repeat APAP level 1000"),
        ("06:44", "Marcus Bell RN", "got it. sitter is Tonya till 1500"),
        ("06:44", "Dana Ferrante RN", "ty"),
    ], by="d.ferrante"))

msg("restricted", "page-5150-bay2-delacroix",
    "Pager text: 5150 hold placed in ED bay 2 on a named man, danger to others, needs psych eval and bed",
    cat="mental", client="pager", frm=PAGER, to=bw("psych.crisis", "Psych Crisis Team"),
    subj="PAGE 0342 ED x4410",
    body=page("4410", "5150 placed bay 2 - DELACROIX, RENE 52M, DTO, hold written 0340 by Dr Ng. needs psych eval + bed search. security at bedside. cb x4410", "0342"))

msg("restricted", "spanglish-sertralina-se-acabo",
    "Spanglish patient e-mail: out of sertraline for anxiety, her psychiatrist at Behavioral Health not answering, asks PCP for refill",
    cat="mental", lang="Spanish/English", client="iphone",
    frm=("Marisol Quintero", "marisol.quintero@example.net"), to=bw("fm.elmst", "Family Medicine Elm St"),
    subj="refill pls",
    body=T("""
    hola dra Lin, soy Marisol Quintero. se me acabó la sertralina 100mg hace 3 días y the psychiatrist at Behavioral Health no me contesta. la ansiedad está bien fuerte otra vez, no puedo dormir, ataques de pánico en el trabajo. can you send a refill o le tengo que decir a ellos?? gracias

    Sent from my iPhone
    """), cte="qp")

msg("restricted", "subject-only-tran-lithium-level",
    "borderline: body is 'held'; the name, DOB, bipolar I and lithium level 1.4 are only in the Subject",
    cat="mental", client="outlook", frm=bw("s.obuya", "Obuya, Samuel PharmD"), to=bw("k.ridley", "Ridley, Kate MD"),
    subj="RE: Tran, Kevin DOB 03/14/1988 - bipolar I on Li, level 1.4 - hold tonight?",
    body=T("""
    held. repeat level w/ AM labs, Cr ok

    Sam
    x4471
    """))

msg("restricted", "csv-3n-bh-census-huddle",
    "Two-line note; the attached CSV is the inpatient psychiatry unit census with names, diagnoses and legal holds",
    cat="mental", client="outlook", frm=bw("w.hargrove", "Hargrove, Wes RN"), to=bw("3n.staff", "3N Behavioral Health Staff"),
    subj="3N census for 0700 huddle",
    body=T("""
    attached. 2 pending admits from ED (1 adol overflow?). pls review before huddle.
    -Wes
    """),
    att=[A("text/csv", "3N_census_0603.csv", T("""
    bed,pt,age,dx,legal,precautions,los_days
    3N-01,"Bauer, T",45,MDD w/ psychotic features,voluntary,q15,6
    3N-02,"Salcedo, M",29,schizophrenia exac,72h hold,q15 + elopement,2
    3N-03,"Whitcomb, J",61,bipolar I mania,court hold,1:1,9
    3N-04,"Prakash, A",19,anorexia nervosa - medical stab,voluntary,meal obs,4
    3N-05,(clean/ready),,,,,
    3N-06,"Lowry, D",37,PTSD + SI,voluntary,q15,3
    """))])

msg("restricted", "korean-mother-son-depression-counseling",
    "Korean (EUC-KR base64): mother asks to move her son's depression counselling session; names him, his DOB and his escitalopram",
    cat="mental", lang="Korean", cs="euc-kr", cte="b64", tz=-5, client="webmail",
    frm=("김정희", "jh.kim.mom@example.com"), to=bw("bh.frontdesk", "Behavioral Health Front Desk"),
    subj="김민수 상담 예약 변경 문의",
    body=T("""
    안녕하세요.
    김민수 엄마입니다 (생년월일 2004-09-21).
    아들이 우울증으로 박 선생님께 상담 치료를 받고 있는데, 다음 주 화요일 상담을 목요일 오후로 바꿀 수 있을까요?
    약(에스시탈로프람 10mg)은 아직 일주일치 남아 있습니다.
    감사합니다.
    김정희 드림
    """))

msg("restricted", "html-chat-bed3-bup-induction",
    "HTML secure-chat export from the ED: bed 3 Reyes, COWS 13, buprenorphine induction, bridge script and warm handoff to an OTP",
    cat="substance", client="chat", shape="html", frm=CHAT, to=bw("ed.attendings", "ED Attendings"),
    subj="PulseChat export: #ED-docs 06/04 late AM",
    html=T("""
    <html><head><meta charset="utf-8"><title>PulseChat export</title></head>
    <body style="font-family:Segoe UI,Arial;font-size:10pt">
    <h3>#ED-docs</h3>
    <table border="0" cellpadding="3">
    <tr><td>11:20</td><td><b>J. Ostrowski MD</b></td><td>bed 3 Reyes, Luis 38M - COWS 13, bup induction 8mg SL given 1120</td></tr>
    <tr><td>11:21</td><td><b>J. Ostrowski MD</b></td><td>reassess 1220, can give addl 8mg if COWS still &gt;8</td></tr>
    <tr><td>11:24</td><td><b>A. Mensah PA</b></td><td>SW says Lantern House can take him tmrw 0900 for intake</td></tr>
    <tr><td>11:25</td><td><b>J. Ostrowski MD</b></td><td>great. bridge script x7d + narcan kit on dc pls</td></tr>
    </table>
    <p style="color:#888">Exported from a secure channel. Do not forward outside Brightwater.</p>
    </body></html>
    """))

msg("restricted", "b64-4e-night-signout-rm7-ciwa14",
    "Base64 night sign-out: rm 7 Kowalski CIWA 14, lorazepam, alcohol withdrawal seizure history, wants to talk to SW about rehab; rm 8 ordinary",
    cat="substance", client="android", cte="b64", frm=bw("n.achebe", "Nneka Achebe RN"), to=bw("4e.charge", "4E Charge"),
    subj="4E nights signout rms 7-8",
    body=T("""
    rm 7 Kowalski 58M - ETOH w/d day 2. CIWA 14 @0300, ativan 2mg PO given, next CIWA 0400. hx w/d seizures 2024. thiamine/folate/MVI given. wants to talk to SW re: residential rehab before dc
    rm 8 Lindahl 80F - UTI on CTX, confused at baseline per dtr, bed alarm on, voiding ok

    Sent from my Galaxy
    """))

msg("restricted", "methadone-dose-verified-otp-5e09",
    "Pharmacy clarification: named patient's methadone 85 mg verified with the opioid treatment programme, last dose and take-homes",
    cat="substance", client="outlook", frm=bw("pharm.5e", "5E Pharmacy Satellite"), to=[bw("hospitalist.b", "Hospitalist Team B"), bw("5e.charge", "5E Charge RN")],
    subj="methadone dose verified w/ OTP - 5E-09",
    body=T("""
    Pt Ferreira, Daniel  MRN 0448221  adm 5E overnight.

    Methadone 85 mg PO daily verified w/ Lantern House OTP (spoke to nurse Kaye 0815). Last dose 6/4 0730, no take-homes out. Pls order as "verified OTP dose", not a new start. We'll fax the dc dose letter back to the OTP on dc.

    R. Vasquez, PharmD
    5E satellite x4520
    """))

msg("restricted", "polish-corka-tata-detoks-odwyk",
    "Polish (ISO-8859-2 QP): daughter asks the case manager to arrange residential rehab after her father's alcohol detox, room 412",
    cat="substance", lang="Polish", cs="iso-8859-2", cte="qp", client="thunderbird",
    frm=("Ewa Wróbel", "ewa.wrobel@example.net"), to=bw("cm.4w", "Case Management 4W"),
    subj="tata - sala 412 - skierowanie na terapię",
    body=T("""
    Dzień dobry,

    piszę w sprawie taty, Zbigniewa Wróbla, sala 412. Lekarz mówi, że po detoksie alkoholowym tata może iść od razu na terapię odwykową do ośrodka stacjonarnego. Czy może Pani załatwić skierowanie? Tata się zgadza, ja go zawiozę.

    Pozdrawiam,
    Ewa Wróbel
    tel. 312-555-0139
    """))

msg("restricted", "display-name-recovery-intake-parking",
    "borderline: a parking note to a named client; the substance-use care is only in the sender's display name (Lantern House Recovery - Intake)",
    cat="substance", client="webmail", frm=("Lantern House Recovery - Intake", "intake@lanternhouse.example.org"),
    to=("Ray Guzman", "rguzman88@example.net"), subj="parking tomorrow",
    body=T("""
    Hi Ray, use the side lot off Birch St, the front one is being repaved. Buzz at the blue door and we'll see you at 9.
    - Tamsin
    """))

msg("restricted", "portugues-naltrexona-injecao-quinta",
    "Portuguese (ISO-8859-1 QP): clinic reminds Sr. Almeida of his monthly naltrexone injection for alcohol use disorder",
    cat="substance", lang="Portuguese", cs="iso-8859-1", cte="qp", client="outlook",
    frm=bw("addiction.med", "Medicina de Adições - Brightwater"), to=("José Almeida", "jose.almeida.61@example.com"),
    subj="Lembrete: injeção quinta-feira 11/06",
    body=T("""
    Sr. Almeida,

    sua injeção mensal de naltrexona (Vivitrol) para o tratamento do álcool está marcada para quinta-feira, 11/06, às 10h, com a enfermeira Célia. Traga a lista de remédios e venha 15 min antes.

    Clínica de Medicina de Adições - Brightwater
    (312) 555-0158
    """))

msg("restricted", "id-clinic-abara-vl-undetectable",
    "ID clinic nurse: Ms. Abara (DOB) viral load undetectable, CD4 640, continue antiretroviral, text her",
    cat="hiv", client="outlook", frm=bw("m.toivonen", "Toivonen, Maija RN"), to=bw("meridian.pool", "Meridian Clinic Pool"),
    subj="lab f/u Abara",
    body=T("""
    Ms. Abara (DOB 7/30/81): VL undetectable (<20), CD4 640. cont Biktarvy, RTC 6 mo w/ labs prior. pls let her know - she prefers text, not VM.
    Maija
    """))

msg("restricted", "taglish-sms-prep-refill-descovy",
    "Taglish SMS to the clinic: Jomar Santos (DOB) asks for a PrEP refill before his follow-up",
    cat="hiv", lang="Tagalog/English", client="sms",
    frm=("(312) 555-0147", "13125550147@txt.example.net"), to=bw("meridian.text", "Meridian Clinic Text Line"),
    subj="Text message from (312) 555-0147",
    body=T("""
    hi po doc, si Jomar Santos po ito (DOB 1/12/97). yung PrEP f/u ko sana next week pero ubos na yung Descovy ko sa Sunday. pwede po ba pa-refill muna? salamat po 🙏
    """), cte="qp")

msg("restricted", "attachment-only-meridian-sched-art-start",
    "Body is about interpreters; the attached clinic schedule lists named patients with new HIV diagnosis, PrEP and viral-load visits",
    cat="hiv", client="outlook", frm=bw("meridian.sched", "Meridian Clinic Scheduling"), to=bw("meridian.nursing", "Meridian Nursing"),
    subj="tmrw sched",
    body=T("""
    tmrw's schedule attached. 2 interpreters booked (the * ones), Amharic is phone only.
    """),
    att=[A("text/plain", "MER_clinic_0609.txt", T("""
    MERIDIAN CLINIC  Tue 06/09  Dr. Hale / L. Park NP
    0830  Lindqvist, E      new HIV dx - start ART, baseline labs, HLA-B*5701
    0900  Carrow, B         PrEP q3mo - HIV/STI screen, Cr
    0930  (open)
    1000  Amadi, C *        VL f/u, adherence counseling (Amharic, phone)
    1030  Sorensen, P       ART switch to 2-drug, VL 6 wks
    1100  Quiñones, R *     PrEP start (Spanish, in person)
    """))])

msg("restricted", "kreyol-pa-gen-grenn-vih",
    "Haitian Creole text: Jean-Baptiste Pierre (DOB) has run out of his HIV pills, pharmacy says insurance blocked",
    cat="hiv", lang="Haitian Creole", client="mms",
    frm=("Jean-Baptiste Pierre", "jbpierre76@example.net"), to=bw("meridian.text", "Meridian Clinic Text Line"),
    subj="grenn",
    body=T("""
    Bonjou, mwen se Jean-Baptiste Pierre, DOB 04/02/1976. Mwen pa gen grenn VIH mwen yo ankò (Biktarvy), famasi a di asirans lan bloke li. Tanpri ede m, mwen pa vle rate jou yo. Mèsi anpil.
    """), cte="qp")

msg("restricted", "francais-benali-charge-virale-tar",
    "French (ISO-8859-1 8bit) transfer note: Mme Benali's undetectable viral load, CD4, ART renewed, asks for follow-up in Chicago",
    cat="hiv", lang="French", cs="iso-8859-1", cte="8bit", tz=-4, client="thunderbird",
    frm=("Hélène Roy, inf.", "h.roy@clinique-oasis.example.net"), to=bw("d.hale", "Dr. Daniel Hale"),
    subj="Transfert de suivi - Mme Benali",
    body=T("""
    Bonjour Dr Hale,

    Pour Mme Nadia Benali (dossier 20-44817) : charge virale indétectable (<40 copies/mL), CD4 580 le 2 juin. On a renouvelé le TAR (Dovato) pour 3 mois. Elle déménage chez sa fille à Chicago fin juin - pourriez-vous la prendre en suivi ? Je vous faxe le résumé.

    Cordialement,
    Hélène Roy, inf. clinicienne
    Clinique Oasis
    """))

msg("restricted", "ics-prep-start-okonkwo",
    "Calendar invite: PrEP start visit for a named patient with MRN",
    cat="hiv", client="outlook", shape="cal", frm=bw("meridian.sched", "Meridian Clinic Scheduling"), to=bw("d.hale", "Hale, Daniel MD"),
    subj="PrEP start - Okonkwo, Terrence (MRN 3390127)",
    body=T("""
    PrEP start - Okonkwo, Terrence (MRN 3390127)
    Wed 6/17 1:30-2:00 PM, Meridian Clinic rm 4
    baseline HIV Ag/Ab, Cr, HBsAg drawn 6/10
    """),
    ics=dict(summary="PrEP start - Okonkwo, Terrence (MRN 3390127)", start="20260617T133000",
             end="20260617T140000", organizer=("Meridian Clinic Scheduling", bw("meridian.sched")),
             attendees=[("Hale, Daniel MD", bw("d.hale"))], location="Meridian Clinic rm 4",
             desc="baseline HIV Ag/Ab, Cr, HBsAg drawn 6/10. Descovy vs TDF/FTC - check coverage."))

msg("restricted", "econsult-hatfield-brca1-rrso",
    "E-consult to breast surgery: Gloria Hatfield MRN, BRCA1 pathogenic variant, asks about risk-reducing surgery",
    cat="genetic", client="ehr", frm=EHR, to=bw("breast.surg", "Breast Surgery E-Consults"),
    subj="BRCA+ pt consult - Hatfield",
    body=T("""
    E-CONSULT  Breast Surgery   Requested by: Ines Carvalho MD (Family Medicine Elm St)
    Pt: HATFIELD, GLORIA  41F  MRN 2201934

    Q: 41F BRCA1+ (c.68_69del, Cobalt Genomics 5/20), nulliparous, wants to talk RRM + RRSO timing vs surveillance. MRI due 8/26. See in high-risk clinic first or ok to refer GYN onc in parallel?

    Reply in Larch In Basket. Do not reply to this e-mail.
    """))

msg("restricted", "portal-ostrander-lynch-gc-appt",
    "Portal message to the patient: 'your' genetic counselling appointment about his Lynch syndrome panel results",
    cat="genetic", client="portal", frm=PORTAL, to=("Neil Ostrander", "nostrander@example.com"),
    subj="Your appointment with Cancer Genetics",
    shape="alt",
    body=T("""
    Hi Mr. Ostrander,

    your genetic counseling appointment to go over your Lynch syndrome panel results is Thu 6/18 at 2:00 pm with Priya Menon, MS, CGC, Cancer Genetics (3rd floor, bldg B). Bring a list of relatives who've had colon or uterine cancer.

    - Cancer Genetics, Brightwater
    """))

msg("restricted", "vietnamese-lan-cf-carrier-screen",
    "Vietnamese (UTF-8 base64): women's clinic tells Ms. Lan her carrier screen shows she carries cystic fibrosis, partner testing, counsellor will call",
    cat="genetic", lang="Vietnamese", cte="b64", client="outlook",
    frm=("Fernhill Women's Health", "nursing@fernhill.example.org"), to=("Nguyễn Thị Lan", "lan.nguyen.t@example.com"),
    subj="Kết quả xét nghiệm sàng lọc",
    body=T("""
    Chị Nguyễn Thị Lan ơi,

    Kết quả xét nghiệm sàng lọc người mang gen (carrier screening) của chị cho thấy chị mang một gen bệnh xơ nang (CF). Phòng khám đề nghị chồng chị cũng làm xét nghiệm. Chuyên viên tư vấn di truyền sẽ gọi chị trong tuần này.

    Y tá Hằng - Fernhill Women's Health
    (312) 555-0176
    """))

msg("restricted", "pdf-only-benitez-mlh1-report",
    "'see attached' over a PDF whose text is a named patient's MLH1 pathogenic result (Lynch syndrome)",
    cat="genetic", client="outlook", frm=bw("g.kowal", "Kowal, Greta MS CGC"), to=bw("a.sarr", "Sarr, Aminata MD"),
    subj="report for sign-off",
    body=T("""
    see attached, can you sign before Fri? he's coming in Mon.
    g
    """),
    att=[A("application/pdf", "CG_report_0605.pdf", pdf([
        "Cobalt Genomics - Hereditary Cancer Panel (48 genes)",
        "Patient: BENITEZ, ARTURO    DOB: 1966-02-11    Accession: CG-26-118804",
        "Ordering: A. Sarr MD, Brightwater Cancer Genetics",
        "RESULT: POSITIVE",
        "MLH1 c.1852_1854del (p.Lys618del)  heterozygous  PATHOGENIC",
        "Interpretation: consistent with Lynch syndrome. Cascade testing of",
        "first-degree relatives and genetic counseling are recommended.",
    ], "Hereditary Cancer Panel"))])

msg("restricted", "neuro-huddle-ashby-hd-predictive",
    "Neurology clinic huddle notes: one item is a named man's Huntington disease predictive-testing counselling (others are ordinary care)",
    cat="genetic", client="outlook", frm=bw("neuro.clinic", "Neurology Clinic"), to=bw("neuro.staff", "Neuro Clinic Staff"),
    subj="huddle 6/10",
    body=T("""
    huddle 6/10
    - Rm 2 broken BP cuff, biomed called
    - Fenn, Alice: EMG 0900 moved to 1300
    - Ashby, Colin: HD predictive testing, 2nd pre-test counseling visit today w/ Greta. bring support person. results NOT to portal, in person only
    - Ruiz, Tomas: MS infusion f/u, labs before
    - reminder: PRN MA Sat clinic
    """))

msg("restricted", "chinese-daughter-mother-brca2-positive",
    "Chinese (GB2312 base64): daughter says her mother's BRCA2 test (with record number) is positive, asks about testing herself and her sister",
    cat="genetic", lang="Chinese", cs="gb2312", cte="b64", tz=-5, client="webmail",
    frm=("李静", "lijing.chi@example.com"), to=bw("cancer.genetics", "Cancer Genetics"),
    subj="关于我妈妈的基因检测结果",
    body=T("""
    张医生您好，

    我妈妈王秀英（病历号 5518820）的BRCA2基因检测结果是阳性。她想知道我和我妹妹需不需要也做检测？遗传咨询可以一起预约吗？

    谢谢！
    女儿 李静
    """))

msg("restricted", "mab-fu-hcg-dunn",
    "Women's clinic nurse: named patient s/p medication abortion, follow-up hCG falling, wants to start pills",
    cat="repro", client="outlook", frm=("Rosalind Akers RN", "r.akers@fernhill.example.org"), to=("Jordan Pike NP", "j.pike@fernhill.example.org"),
    subj="MAB f/u hCG",
    body=T("""
    Dunn, Kayla DOB 10/03/2001 s/p MAB 5/28 (mife/miso). f/u hCG today 48, down from 3,210 on 5/27. no heavy bleeding per pt. ok to close out? she wants to start OCPs, contraception visit booked 6/22.
    R
    """))

msg("restricted", "html-fernhill-fri-sched-iud-string",
    "HTML-only clinic schedule: one slot is 'R., Priya - IUD string check (Mirena)'; others are annuals and a colposcopy",
    cat="repro", client="outlook", shape="html", frm=("Fernhill Front Desk", "frontdesk@fernhill.example.org"), to=("Dr. Kwame Osei", "k.osei@fernhill.example.org"),
    subj="Fri AM",
    html=T("""
    <html><body style="font-family:Arial;font-size:10pt">
    <p>Fri AM - Dr. Osei (rm 3 and 4)</p>
    <table border="1" cellspacing="0" cellpadding="3">
    <tr><th>time</th><th>pt</th><th>visit</th></tr>
    <tr><td>0820</td><td>Adler, Mia</td><td>annual</td></tr>
    <tr><td>0840</td><td>R., Priya</td><td>IUD string check (Mirena placed 4/2)</td></tr>
    <tr><td>0900</td><td>Holloway, June</td><td>colpo f/u</td></tr>
    <tr><td>0920</td><td>Mbeki, Ruth</td><td>new OB</td></tr>
    </table>
    <p>-Shay</p>
    </body></html>
    """))

msg("restricted", "lab-callback-hayes-gc-ct-pos",
    "Lab call-back: named patient with DOB and MRN positive for gonorrhea and chlamydia, treatment and partner therapy",
    cat="repro", client="ehr", frm=("Tri-County Lab Call Center", "callback@tricountylab.example.com"), to=bw("uc.north", "Urgent Care North"),
    subj="LAB CALLBACK - positive result requires follow-up",
    body=T("""
    LAB CALLBACK  06/10/2026 09:12
    HAYES, TYRELL  DOB 08/19/1999  MRN 4410762  coll 06/08 Urgent Care North
    N. gonorrhoeae NAAT: POSITIVE
    C. trachomatis NAAT: POSITIVE
    Provider note (J. Amundsen PA): needs CTX 500 IM + doxy 100 BID x7d, EPT for partner. called pt x1, no answer, LVM.
    """))

msg("restricted", "sms-paredes-cita-depo",
    "Spanish clinic SMS sent through the mail gateway: Sra. Paredes, your Depo-Provera injection appointment Tuesday",
    cat="repro", lang="Spanish", client="sms", frm=("Fernhill Women's Health", "reminders@fernhill.example.org"),
    to="13125550133@txt.example.net", subj="Recordatorio de cita",
    body=T("""
    Sra. Paredes: le recordamos su cita para la inyección Depo-Provera el martes 16/6 a las 3:15 pm en Fernhill. Responda C para confirmar o R para cambiar.
    """), cte="qp")

msg("restricted", "russian-smirnova-perenos-embriona",
    "Russian (KOI8-R 8bit): Olga Smirnova (chart number) asks the fertility centre about progesterone before her embryo transfer",
    cat="repro", lang="Russian", cs="koi8-r", cte="8bit", client="thunderbird",
    frm=("Ольга Смирнова", "olga.smirnova85@example.net"), to=("Alder Fertility Center", "patients@alderfertility.example.com"),
    subj="Перенос 19 июня - вопрос",
    body=T("""
    Здравствуйте!

    Это Ольга Смирнова (карта 77-1042). Перенос эмбриона назначен на 19 июня. Нужно ли продолжать прогестерон до самого переноса? И можно ли мужу присутствовать?

    Спасибо,
    Ольга
    """))

msg("restricted", "quoted-only-ruiz-nexplanon-ec",
    "Reply says 'done, booked'; only the quoted front-desk note names Dominique Ruiz (DOB), Nexplanon removal, birth-control options and EC",
    cat="repro", client="outlook", frm=("Jordan Pike NP", "j.pike@fernhill.example.org"), to=("Fernhill Front Desk", "frontdesk@fernhill.example.org"),
    subj="RE: call back",
    body=T("""
    done, booked her w/ me 6/23 0900. ok to give the EC today if she comes by.

    JP

    -----Original Message-----
    From: Fernhill Front Desk
    Sent: Monday, June 15, 2026 8:02 AM
    To: Jordan Pike NP
    Subject: call back

    Dominique Ruiz (DOB 5/5/95) called - wants Nexplanon out and to talk about other BC options. also asking about EC, had unprotected sex Sat. cb 312-555-0122
    """))


# =================================================================
# phi (70)
# =================================================================

msg("phi", "ipass-4w-signout-attachment",
    "Body 'signout attached'; the text/plain I-PASS sign-out lists beds, surnames, CHF, K 3.1, lasix 40 IV and a GI bleed",
    client="outlook", frm=bw("t.nakamura", "Nakamura, Theo MD"), to=bw("nightfloat.4w", "4W Night Float"),
    subj="4W signout", body="signout attached, 2 watchers\n",
    att=[A("text/plain", "4W_signout_0602.txt", T("""
    4W TEAM B SIGN-OUT (I-PASS)  06/02 1900
    12A HADDAD 67M  STABLE
      CHF exac, lasix 40 IV BID, net -1.2L. K 3.1 this pm -> KCl 40 PO x2, recheck 2200
      if SBP<90 hold lasix, call
    12B PRUETT 74F  WATCHER
      UGIB, Hgb 7.2 from 8.0, 1u PRBC running, PPI gtt. GI scoping AM, NPO after MN
      if Hgb<7 or melena: 2nd unit + page GI
    14  OYELARAN 49M  STABLE
      LLE cellulitis, vanc/CTX day 2, afebrile. trough 2200
    15  ESCOBAR 81F  WATCHER
      dementia, hypoNa 126, 1.2L FR, Na q6h. do NOT correct >8/24h
    """))])

msg("phi", "sbar-page-rm22-pruitt-sbp82",
    "SBAR page: rm 22 Mr. Pruitt hypotensive, possible sepsis, asks MD to come",
    client="pager", frm=PAGER, to=bw("hospitalist.oncall", "Hospitalist On Call"),
    subj="PAGE 2314 5W x4388",
    body=page("4388", "SBAR rm 22 Mr PRUITT. S: SBP 82/50, HR 118. B: adm UTI, on CTX. A: ?sepsis, lactate pending, 500cc bolus started. R: pls come see + ok for 2nd bolus?", "2314"))

msg("phi", "lab-callback-jm-rm12-k63-mrn-fragment",
    "Lab call-back text: critical K 6.3 for 'JM rm 12' with the last digits of the MRN",
    client="sms", frm=("Lab Critical Line", "13125550110@txt.example.net"), to=bw("5e.charge", "5E Charge RN"),
    subj="Text message from (312) 555-0110",
    body="CRITICAL K 6.3 (hemolyzed? no) JM rm 12 MRN ...4471, read back to RN Cole 0512. pls notify MD\n")

msg("phi", "pharmacy-vanc-trough-oyelaran-bed8",
    "Pharmacy clarification: vancomycin trough 22 for Oyelaran bed 8, hold next dose?",
    client="outlook", frm=bw("pharm.ivroom", "IV Room Pharmacy"), to=bw("4w.teamb", "4W Team B"),
    subj="vanc - Oyelaran bed 8",
    body=T("""
    trough 22 drawn 2150 (goal 15-20). Cr 1.3 up from 1.0. suggest hold 0600 dose, recheck level 1400, we'll re-dose. ok?
    - pharmacy x4502
    """))

msg("phi", "transport-5e14-ferris-ct-stat",
    "Transport request text: bed 5E-14 Ferris to CT stat on 2 L nasal cannula, fall risk",
    client="sms", frm=("5E Unit Phone", "13125550111@txt.example.net"), to=bw("transport.dispatch", "Transport Dispatch"),
    subj="Text message from (312) 555-0111",
    body="TRANSPORT 5E-14 FERRIS to CT stat (r/o PE), on 2L NC, high fall risk, needs monitor + RN. ready now\n")

msg("phi", "bedboard-ed-bay4-castellano-nstemi",
    "Bed-board request: tele bed for ED bay 4 Castellano, NSTEMI, troponin 0.9, heparin drip",
    client="outlook", shape="html", frm=bw("ed.charge", "ED Charge RN"), to=bw("bedboard", "Bed Board / Patient Flow"),
    subj="need tele bed - ED bay 4",
    body=T("""
    ED bay 4 CASTELLANO, Marco 66M  NSTEMI, trop 0.9 -> 1.4, heparin gtt, cards aware (cath tmrw AM). needs tele. no iso.
    we have 11 boarders, pls prioritize.
    """))

msg("phi", "hh-sn-visit-ebbers-wound-vac",
    "Home-health skilled-nursing visit note: Mrs. Ebbers, wound vac changed, BS 212, Lantus",
    client="android", frm=("Marta Iglesias RN", "m.iglesias@saltmarsh-hh.example.com"), to=("Saltmarsh HH Intake", "intake@saltmarsh-hh.example.com"),
    subj="SN visit Ebbers 6/3",
    body=T("""
    SN visit Mrs. Ebbers (Doris) 6/3 1015-1110
    wound vac R heel changed, 3.1x2.4cm, granulating, no odor. BS 212 fasting, pt says missed lantus last night. reviewed. BP 142/80.
    next visit Fri. pls let Dr. Aalto know re sugars
    -Marta

    Sent from my Galaxy
    """))

msg("phi", "pdf-medic7-run-summary-wilkes-stemi",
    "EMS run summary PDF: Medic 7, named 71M, chest pain, STEMI alert, aspirin and nitro; body is one line",
    client="webmail", frm=("Tamarack County EMS Records", "records@tamarack-ems.example.org"), to=bw("ed.records", "ED Records"),
    subj="ePCR 26-061442",
    body="ePCR for tonight's STEMI alert attached per your request.\n",
    att=[A("application/pdf", "ePCR_26-061442.pdf", pdf([
        "TAMARACK COUNTY EMS - PATIENT CARE REPORT   Run 26-061442   Medic 7",
        "Pt: WILKES, HAROLD  71M  DOB 1954-11-30",
        "CC: CP x40 min, diaphoretic. 12-lead: STE II/III/aVF, STEMI alert 2214",
        "Tx: ASA 324 PO, NTG 0.4 SL x1 (SBP 104 after, held further), IV 18g L AC",
        "Dest: Brightwater General ED, cath lab activated, handoff to Dr. Ng 2241",
    ], "ePCR 26-061442"))])

msg("phi", "greyfield-mrs-k-rm108-fall-eliquis",
    "borderline: nursing-home call about 'Mrs. K rm 108' (facility and room identify her): fall, on apixaban, wants CT",
    client="outlook", frm=("Greyfield Manor Nursing", "nursing@greyfield.example.net"), to=bw("ed.triage", "ED Triage"),
    subj="sending resident - fall",
    body=T("""
    Greyfield Manor here. Mrs. K rm 108 unwitnessed fall 0610, no LOC per her, small lac L brow, on eliquis 5 BID. MD wants CT head. sending by BLS ~0700, face sheet + MAR w/ crew.
    Gina, LPN  312-555-0164
    """))

msg("phi", "interpreter-vietnamese-rm410-pham-cath-consent",
    "Interpreter request: Vietnamese interpreter for Mr. Pham rm 410, cath consent at 1400",
    client="outlook", frm=bw("cvicu.clerk", "CVICU Unit Clerk"), to=("LinguaBridge Scheduling", "sched@linguabridge.example.com"),
    subj="interp req today 1400",
    body=T("""
    Vietnamese, in person if poss, video ok. rm 410 Mr. Pham Van Duc, consent for cardiac cath + possible stent w/ Dr. Ibsen 1400. ~30 min.
    cb 312-555-0150
    """))

msg("phi", "portal-moreno-bp-meds-dizzy",
    "One-line portal message: Dale Moreno says his blood-pressure pills make him dizzy",
    client="portal", frm=PORTAL, to=bw("fm.elmst.pool", "Family Medicine Elm St Pool"),
    subj="New patient message: medication question",
    body=T("""
    From: Dale Moreno (MRN 1187705)
    Subject: meds

    my bp meds are making me dizzy when i stand up is that normal
    """))

msg("phi", "voice-to-text-cole-kenzie-amoxicillin",
    "Voice-to-text e-mail with errors from a mother about her daughter Kenzie throwing up the amoxicillin for an ear infection",
    client="iphone", frm=("Brenda Cole", "brendacole77@example.com"), to=bw("peds.northside", "Pediatrics Northside"),
    subj="kenzie",
    body=T("""
    hi this is Brenda Cole calling about my daughter kenzie cole she was seen Tuesday for the year infection and the amoxicillin she threw it up twice now should I give it again or do you want to call in something else she's 4 thank you

    Sent from my iPhone
    """))

msg("phi", "all-caps-tolliver-metformin-refill",
    "All-caps patient e-mail: Gary Tolliver (DOB) needs a metformin refill",
    client="webmail", frm=("GARY TOLLIVER", "gtolliver54@example.net"), to=bw("refills", "Refill Line"),
    subj="REFILL",
    body="NEED REFILL METFORMIN 500 TWICE A DAY - GARY TOLLIVER DOB 2/2/1954 - CORNER OF 5TH KETTLE DRUG. OUT TOMORROW\n")

msg("phi", "emoji-rosa-a1c-glipizide",
    "Emoji text from 'Rosa' (full name in her address): A1c 6.8, asks whether to keep taking glipizide",
    client="mms", frm=("Rosa", "rosa.ibarra.g@example.com"), to=bw("dr.pak", "Dr. Pak"),
    subj="(no subject)",
    body="hi dr pak 😊 my A1c came back 6.8 👍👍 do i still take the glipizide?? -Rosa\n", cte="qp")

msg("phi", "sms-your-colonoscopy-prep",
    "Clinic SMS to a patient: your colonoscopy Tuesday 0730, prep and clear liquids",
    client="sms", frm=("Brightwater Endoscopy", "reminders@endo.brightwater.example.org"), to="13125550134@txt.example.net",
    subj="Appt reminder",
    body="Brightwater Endo: your colonoscopy is Tue 6/9 0730 (arrive 0645). Start prep Mon 5pm, clear liquids only all day Mon. Need a driver. Reply Y to confirm.\n")

msg("phi", "subject-only-abernathy-inr-48",
    "borderline: body is 'seen, held coumadin x1'; the name, DOB and INR 4.8 are only in the Subject",
    client="outlook", frm=bw("anticoag.clinic", "Anticoag Clinic"), to=bw("c.ferreira", "Ferreira, Chloe NP"),
    subj="Abernathy DOB 11/2/49 INR 4.8",
    body="seen, held coumadin x1, recheck Thurs\n")

msg("phi", "display-name-wound-clinic-directions",
    "borderline: directions to a named patient; the care (wound clinic visit Thursday) is only in the sender's display name and the 'see you Thursday'",
    client="webmail", frm=("Brightwater Wound Care Clinic", "woundcare@brightwater.example.org"), to=("Helen Fairbanks", "hfairbanks@example.net"),
    subj="directions",
    body="Hi Helen, we're on the 2nd floor of bldg C, take the east elevators. See you Thursday.\n")

msg("phi", "quoted-only-gutierrez-lap-chole-npo",
    "Reply 'thx will do'; only the quoted request adds Mr. Gutierrez bed 6 to tomorrow's OR list for lap chole, NPO",
    client="iphone", frm=bw("or.scheduler", "OR Scheduling"), to=bw("s.lindqvist", "Lindqvist, Sara MD"),
    subj="Re: add on",
    body=T("""
    thx will do

    Sent from my iPhone

    > On Jun 4, 2026, at 4:12 PM, Lindqvist, Sara MD <s.lindqvist@brightwater.example.org> wrote:
    >
    > pls add Mr. Gutierrez 3W bed 6 to tmrw OR list, lap chole, 1st case if poss. NPO after MN, consent done
    """))

msg("phi", "ics-ortho-fu-baptiste-orif",
    "Calendar invite (attachment): ortho follow-up for a named patient s/p ORIF right ankle, x-rays",
    client="outlook", frm=bw("ortho.sched", "Orthopedics Scheduling"), to=bw("p.waller", "Waller, Paul PA-C"),
    subj="Ortho f/u - Baptiste, Lucille",
    body="added to your Tues clinic, xrays before.\n",
    att=[A("text/calendar", "invite.ics", dict(summary="Ortho f/u - Baptiste, Lucille (s/p ORIF R ankle 5/19)",
           start="20260616T100000", end="20260616T102000", organizer=("Orthopedics Scheduling", bw("ortho.sched")),
           attendees=[("Waller, Paul PA-C", bw("p.waller"))], location="Ortho Clinic bldg A",
           desc="2V R ankle xray prior. suture removal if not done."))])

msg("phi", "csv-icu-census-names",
    "Two-word body; the attached ICU census CSV has names, diagnoses, drips and code status",
    client="outlook", frm=bw("micu.charge", "MICU Charge RN"), to=bw("micu.attending", "MICU Attending"),
    subj="census", body="am census\n",
    att=[A("text/csv", "MICU_0604.csv", T("""
    bed,name,age,dx,vent,drips,code
    1,"Albers, Gene",72,septic shock - PNA,Y,norepi 8,FULL
    2,"Mwangi, Grace",55,DKA,N,insulin,FULL
    3,"Tanaka, Hiro",80,ICH,Y,nicardipine,DNR
    4,"Ellison, Rae",63,COPD exac,BiPAP,none,FULL
    5,open,,,,,
    """))])

msg("phi", "huddle-fall-risk-rm18-blevins",
    "Unit huddle notes: fall risk rm 18 Blevins on bed alarm, plus staffing lines",
    client="outlook", frm=bw("6w.manager", "6W Nurse Manager"), to=bw("6w.staff", "6W Staff"),
    subj="0700 huddle",
    body=T("""
    0700 huddle
    - staffing ok, 1 float from pool
    - rm 18 Blevins: fell at home, s/p hip hemi POD1, bed alarm ON, yellow socks, do not leave on commode
    - pyxis on 6W working again
    - HH compliance 94%
    """))

msg("phi", "econsult-derm-renner-lesion",
    "E-consult: 52M Tobias Renner with MRN, pigmented lesion on back, photos in chart",
    client="ehr", frm=EHR, to=bw("derm.econsult", "Dermatology E-Consults"),
    subj="E-consult: Dermatology",
    body=T("""
    E-CONSULT Dermatology  from Ines Carvalho MD
    RENNER, TOBIAS 52M MRN 2290417
    Q: 6mm pigmented lesion L upper back, irregular border, new per wife. photos in media tab. bx in office or send to you?
    """))

msg("phi", "curbside-cards-whitcomb-af-apixaban",
    "Curbside text to cardiology: my patient Iris Whitcomb 78F, new AF, CHA2DS2-VASc 4, ok to start apixaban?",
    client="iphone", frm=bw("i.carvalho", "Ines Carvalho"), to=bw("r.bhatt", "Rohan Bhatt"),
    subj="curbside",
    body=T("""
    quick curbside - my pt Iris Whitcomb 78F new AF on ECG today, rate 90s, CHA2DS2-VASc 4, Cr 1.1, no bleeding hx. ok to start apixaban 5 BID + metoprolol and see you in 4-6 wk? or sooner?

    Sent from my iPhone
    """))

msg("phi", "or3-schedule-shorthand-tka-hemi",
    "OR schedule shorthand with surnames and procedures (TKA, hip hemi, lap appy)",
    client="outlook", frm=bw("or.desk", "OR Front Desk"), to=bw("anesthesia.sched", "Anesthesia Scheduling"),
    subj="OR 3 tmrw",
    body=T("""
    OR 3 Fri
    0730 Delgado L  L TKA  (Dr. Aune)  - OSA, CPAP
    1000 Fenwick R  R hip hemi  - on plavix, held 5d
    1300 Ahn J  lap appy add-on, 19M
    """))

msg("phi", "oncall-log-vance-rm31-fever",
    "Overnight on-call log: rm 31 Vance febrile, cultures, UA, CXR; rm 28 pain med",
    client="thunderbird", frm=bw("h.ozturk", "Hakan Ozturk MD"), to=bw("medb.team", "Medicine B Team"),
    subj="overnight",
    body=T("""
    overnight log
    0215 rm 31 Vance T 38.9, HR 104. BCx x2, UA, CXR ordered, tylenol. lactate 1.4. no abx yet, CXR clear, UA pending
    0340 rm 28 Reinholt pain 8/10 POD2 TKA, oxy 5mg x1 extra, ok by 0430
    0515 rm 31 UA + LE/nitrite -> CTX 1g
    """))

msg("phi", "spanglish-mama-mateo-fiebre",
    "Spanglish mother: her son Mateo Rivera has a fever of 102 since yesterday, Tylenol or Motrin?",
    lang="Spanish/English", client="android", frm=("Yesenia Rivera", "yesi.rivera@example.com"), to=bw("peds.northside", "Pediatrics Northside"),
    subj="Mateo fiebre",
    body=T("""
    Hola, soy la mamá de Mateo Rivera (3 años, DOB 2/8/2023). tiene fiebre de 102 desde ayer y no quiere comer. le doy Tylenol o Motrin? o lo llevo a urgent care? gracias!!
    """), cte="qp")

msg("phi", "taglish-lola-remedios-rm5-bp",
    "Taglish staff text: 'Lola Remedios sa rm 5' BP 190/100, MD informed, clonidine",
    lang="Tagalog/English", client="sms", frm=("(312) 555-0171", "13125550171@txt.example.net"), to=bw("j.dizon", "Joy Dizon RN"),
    subj="Text message from (312) 555-0171",
    body="Ate Joy, si Lola Remedios (Bautista) sa rm 5 mataas BP 190/100 kanina, pinacheck ko na kay Dr. Cruz, binigyan ng clonidine 0.1. recheck ko 30 min. -Mel\n")

msg("phi", "hinglish-papa-sugar-340-insulin",
    "Hinglish e-mail from a son: Papa (Ramesh Sharma) sugar 340, insulin increased, asks follow-up Monday",
    lang="Hindi/English", client="gmail", frm=("Ankit Sharma", "ankit.sharma.91@example.com"), to=bw("endo.clinic", "Endocrine Clinic"),
    subj="Papa ka sugar - Ramesh Sharma",
    body=T("""
    Hello Dr. Mehta,

    Papa (Ramesh Sharma, DOB 14/07/1952) ka sugar aaj subah 340 aaya tha. Humne Lantus 18 se 22 units kar diya jaise aapne bola tha. Abhi 210 hai. Monday ko follow-up mil sakta hai kya? Unki feet mein bhi thoda swelling hai.

    Thanks,
    Ankit
    """))

msg("phi", "vietnamese-hung-huyet-ap-170",
    "Vietnamese (UTF-8 QP) patient: Tran Van Hung reports BP 170/95 this morning and a headache, asks about his amlodipine",
    lang="Vietnamese", client="webmail", cte="qp", frm=("Trần Văn Hùng", "tvhung52@example.net"), to=bw("fm.elmst", "Family Medicine Elm St"),
    subj="Huyết áp cao",
    body=T("""
    Bác sĩ ơi,

    tôi là Trần Văn Hùng (sinh năm 1952). Sáng nay huyết áp của tôi là 170/95, hơi nhức đầu. Tôi đang uống amlodipine 5mg mỗi sáng. Tôi có nên uống thêm không, hay phải đi khám?

    Cảm ơn bác sĩ.
    """))

msg("phi", "chinese-son-father-blood-sugar-insulin",
    "Chinese (UTF-8 base64): son reports his father Li Guohua's blood sugar and asks about his insulin dose",
    lang="Chinese", cte="b64", client="webmail", frm=("李明", "liming.family@example.com"), to=bw("endo.clinic", "Endocrine Clinic"),
    subj="我爸爸李国华的血糖",
    body=T("""
    医生您好，

    我爸爸李国华（1948年出生）这几天空腹血糖都在13左右，晚上打的甘精胰岛素是16个单位。需要加量吗？他下周三有复诊。

    谢谢，
    李明
    """))

msg("phi", "russian-hh-ivanova-davlenie-oteki",
    "Russian (windows-1251 QP) home-health aide report: Mrs. Ivanova BP 160/90, leg swelling, furosemide",
    lang="Russian", cs="windows-1251", cte="qp", client="android",
    frm=("Светлана Орлова", "s.orlova@saltmarsh-hh.example.com"), to=("Saltmarsh HH Intake", "intake@saltmarsh-hh.example.com"),
    subj="Иванова - визит 05.06",
    body=T("""
    Пациентка Иванова Нина Петровна, визит 05.06.
    Давление 160/90, пульс 88. Отёки на обеих ногах больше, чем на прошлой неделе. Фуросемид принимает, говорит, что утром забыла. Вес 81 кг (+2).
    Прошу сообщить медсестре.
    Светлана
    """))

msg("phi", "portugues-dona-fatima-curativo-pe",
    "Portuguese (UTF-8 8bit) home-health note: Dona Fátima Rocha's diabetic foot dressing, glucose 245",
    lang="Portuguese", cte="8bit", client="android", frm=("Luciana Prado", "l.prado@saltmarsh-hh.example.com"), to=("Saltmarsh HH Intake", "intake@saltmarsh-hh.example.com"),
    subj="visita Dona Fátima",
    body=T("""
    Visita domiciliar 04/06 - Dona Fátima Rocha
    Curativo do pé diabético (D) trocado, ferida 2x1,5 cm, sem secreção. Glicemia 245 em jejum. Ela diz que está tomando a metformina direitinho. Próxima visita segunda.
    Luciana
    """))

msg("phi", "kreyol-pitit-fi-manman-tansyon",
    "Haitian Creole: daughter says her mother Marie Joseph's blood pressure is high and she has run out of her pills",
    lang="Haitian Creole", client="android", cte="qp", frm=("Nadège Joseph", "nadege.joseph@example.com"), to=bw("fm.elmst", "Family Medicine Elm St"),
    subj="manman m - Marie Joseph",
    body=T("""
    Bonjou doktè,
    Mwen se pitit fi Marie Joseph (DOB 09/12/1958). Manman m gen tansyon wo, 180/100 maten an, epi grenn tansyon li (lisinopril) fini depi 3 jou. Èske nou ka jwenn yon preskripsyon? Mèsi.
    Nadège
    """))

msg("phi", "somali-aabahay-sonkorow-ballan",
    "Somali: son asks to move his father Abdi Warsame's diabetes appointment and says his sugar is high",
    lang="Somali", client="gmail", frm=("Hassan Warsame", "hassan.warsame@example.net"), to=bw("fm.elmst", "Family Medicine Elm St"),
    subj="Abdi Warsame - ballan",
    body=T("""
    Salaan,
    Aabahay Abdi Warsame (DOB 03/01/1950) wuxuu qabaa sonkorow. Ballantiisa Isniinta ma dib baan u dhigi karnaa Arbacada? Sonkorta subaxdii waa 250, insulinta wuu qaadanayaa.
    Mahadsanid,
    Hassan
    """))

msg("phi", "korean-nurse-lee-younghee-bp",
    "Korean (UTF-8 base64) nurse-to-nurse message: patient Lee Young-hee BP 180/100 in room 7, amlodipine given",
    lang="Korean", cte="b64", client="outlook", frm=("박수진 간호사", "sj.park@brightwater.example.org"), to=bw("3e.charge", "3E Charge"),
    subj="7호실 이영희 님 혈압",
    body=T("""
    7호실 이영희 님 (78세) 혈압 180/100, 두통 호소하셔서 오후 3시에 당직의 연락했고 암로디핀 5mg 투여했습니다. 4시에 재측정 예정입니다.
    박수진
    """))

msg("phi", "polish-pan-nowak-biodro-oxy",
    "Polish (UTF-8 QP) nursing note: Mr. Nowak bed 12 after hip surgery, pain 7/10, oxycodone given (post-operative pain, not substance-use treatment)",
    lang="Polish", cte="qp", client="thunderbird", frm=("Agnieszka Mazur", "a.mazur@brightwater.example.org"), to=bw("6w.charge", "6W Charge"),
    subj="sala 12 - Nowak",
    body=T("""
    Pan Nowak, sala 12, 1. doba po endoprotezie biodra. Ból 7/10 o 14:00, podałam oxycodone 5 mg, o 15:00 ból 4/10. Opatrunek suchy. Prosi o rehabilitację jutro rano.
    Aga
    """))

msg("phi", "arabic-fatima-haddad-cardiology-appt",
    "Arabic (windows-1256 base64): Fatima Haddad asks to move her cardiology appointment and says her chest pain is better",
    lang="Arabic", cs="windows-1256", cte="b64", client="outlook", frm=("فاطمة حداد", "fatima.haddad@example.com"), to=bw("cardiology", "Cardiology Clinic"),
    subj="موعد القلب",
    body=T("""
    السلام عليكم،
    أنا فاطمة حداد، تاريخ الميلاد 1967/05/22. موعدي مع طبيب القلب يوم الثلاثاء، هل يمكن تغييره إلى الخميس؟ ألم الصدر أخف الآن وأنا آخذ الأسبرين كل يوم.
    شكراً
    """))

msg("phi", "francais-mme-lefebvre-chute-radio",
    "French (UTF-8 QP) night note: Mme Lefebvre room 14 fell, hip X-ray ordered",
    lang="French", cte="qp", client="outlook", frm=("Claire Dumont", "c.dumont@brightwater.example.org"), to=bw("geri.team", "Geriatrics Team"),
    subj="ch. 14 chute cette nuit",
    body=T("""
    Mme Lefebvre, ch. 14 : chute à 3h en allant aux toilettes, douleur hanche G, pas de perte de connaissance. Radio hanche demandée, paracétamol donné. Famille prévenue (fils Éric).
    Claire
    """))

msg("phi", "rm9-gallagher-lap-appy-dilaudid",
    "Sign-out line: rm 9 Gallagher s/p lap appy on hydromorphone prn for post-op pain (opioid for pain, not substance use)",
    client="iphone", frm=bw("k.odum", "Kezia Odum RN"), to=bw("3w.charge", "3W Charge"),
    subj="rm 9",
    body="rm 9 Gallagher s/p lap appy POD0, dilaudid 0.5 IV q3h prn, last 1800, pain 3/10, tol clears, ambulated x1. dc likely AM\n")

msg("phi", "mrn-fragment-only-k29-repleted",
    "borderline: only an MRN fragment identifies the patient ('MRN ...8812'); K 2.9 repleted",
    client="sms", frm=("(312) 555-0112", "13125550112@txt.example.net"), to=bw("nightfloat.4w", "4W Night Float"),
    subj="Text message from (312) 555-0112",
    body="MRN ...8812 K 2.9, 40 KCl IV over 4h started 2310, recheck 0400. Mg 1.6 also, want Mg?\n")

msg("phi", "first-name-dob-kathy-ozempic-pa",
    "Staff e-mail: 'Kathy 4/19/61' needs a prior authorisation for semaglutide",
    client="outlook", frm=bw("ma.elmst", "Elm St MA"), to=bw("pa.team", "Prior Auth Team"),
    subj="PA needed",
    body="Kathy 4/19/61 needs PA for Ozempic 0.5 weekly, T2DM A1c 8.9, failed metformin + glipizide. Copperline plan. thx\n")

msg("phi", "wife-husband-stitches-came-out",
    "Wife writes about her husband Phil's stitches coming out early after his hand laceration",
    client="iphone", frm=("Donna Mercer", "donna.mercer@example.net"), to=bw("uc.north", "Urgent Care North"),
    subj="stitches",
    body=T("""
    Hi, my husband Phil was in Sat for the cut on his left hand (4 stitches). one came out already and its a little red. is that ok or should he come back in?
    Donna Mercer

    Sent from my iPhone
    """))

msg("phi", "billing-acct-neville-eob-mri-denied",
    "Billing question: account number, Neville, EOB denied for lumbar MRI",
    client="outlook", shape="html", frm=bw("pfs.billing", "Patient Financial Services"), to=bw("imaging.auth", "Imaging Authorizations"),
    subj="acct 7734102 Neville - MRI denial",
    body=T("""
    acct 7734102 Neville, Carla - EOB from Copperline denied MRI L-spine w/o (DOS 5/12), reason "no prior auth". did we get one? need auth # to appeal by 7/10.
    PFS x4630
    """))

msg("phi", "html-hh-visit-note-sato",
    "HTML-only home-health visit note: Mr. Sato, PT visit after stroke, BP, gait, walker",
    client="webmail", shape="html", frm=("Saltmarsh Home Health", "notes@saltmarsh-hh.example.com"), to=bw("neuro.clinic", "Neurology Clinic"),
    subj="Visit note - Sato, Kenji",
    html=T("""
    <html><body style="font-family:Verdana;font-size:9pt">
    <p><b>Saltmarsh Home Health - Visit Note</b></p>
    <p>Pt: <b>Sato, Kenji</b> &nbsp; DOB 1949-08-03 &nbsp; Visit: PT 06/05 0930</p>
    <ul>
    <li>s/p L MCA stroke 4/28, R hemiparesis improving</li>
    <li>BP 134/78 pre, 140/82 post</li>
    <li>gait 150 ft w/ RW + CGA, 2 LOB self-corrected</li>
    <li>plan: cont 2x/wk x4 wk, HEP updated</li>
    </ul>
    <p>T. Greer, PT</p>
    </body></html>
    """))

msg("phi", "dc-huddle-prentiss-okoro-pt-ot",
    "Discharge huddle: beds with names, home health PT/OT (therapy, not part-time/overtime), oral antibiotics",
    client="outlook", frm=bw("cm.4w", "Case Management 4W"), to=bw("4w.staff", "4W Staff"),
    subj="dc list today",
    body=T("""
    dc today:
    14 Prentiss - home w/ HH PT/OT, walker delivered, f/u PCP 1 wk
    16 Okoro - abx PO (augmentin x5d), ride at 1300
    21 Vu - SNF bed at Greyfield Manor, needs COVID swab
    """))

msg("phi", "pharm-heparin-aptt-bianchi-rm3",
    "Pharmacy clarification: heparin drip for Bianchi rm 3, aPTT 110, rate change?",
    client="pager", frm=PAGER, to=bw("cvicu.res", "CVICU Resident"),
    subj="PAGE 1522 pharmacy x4505",
    body=page("4505", "clarify heparin gtt Bianchi rm 3 - aPTT 110 (goal 60-85). per protocol hold 1h then decr 3 u/kg/h. ok? cb x4505", "1522"))

msg("phi", "wet-read-cxr-dunmore-rll",
    "Radiology wet read: CXR on Dunmore bed 2, RLL infiltrate, starting CAP antibiotics",
    client="chat", frm=CHAT, to=bw("ed.attendings", "ED Attendings"),
    subj="PulseChat export: #ED-rads",
    body=chat("#ED-rads", [
        ("14:02", "P. Achterberg MD (Rads)", "wet read CXR Dunmore bed 2: RLL consolidation, no effusion"),
        ("14:03", "L. Tran MD", "thx, starting CAP abx (CTX/azithro), admit obs"),
    ], by="l.tran", day="06/06/2026"))

msg("phi", "hgb-72-albright-5e21-transfuse",
    "Nurse text: Hgb 7.2 on Mrs. Albright 5E-21, down from 8.9, transfuse one unit?",
    client="sms", frm=("(312) 555-0113", "13125550113@txt.example.net"), to=bw("hospitalist.oncall", "Hospitalist On Call"),
    subj="Text message from (312) 555-0113",
    body="Hgb 7.2 on Mrs Albright 5E-21 (was 8.9 yest), no active bleeding seen, HR 96. transfuse 1u? type & screen is current\n")

msg("phi", "ua-nitrites-tilly-brennan-peds",
    "Peds clinic: UA positive nitrites on Tilly Brennan (DOB), start cephalexin, culture pending",
    client="outlook", frm=bw("peds.northside.lab", "Peds Northside Lab"), to=bw("e.fontaine", "Fontaine, Elise MD"),
    subj="UA",
    body="UA on Tilly Brennan (the 7yo from this AM, DOB 3/3/2019): + nitrites, LE 2+, WBC 25-50. cx sent. want keflex called in?\n")

msg("phi", "fwd-rfc822-portal-msg-knee-swelling",
    "Nurse forwards a patient's e-mail as an attached message/rfc822; only the attachment holds Vera Lindholm's knee swelling after injection",
    client="outlook", frm=bw("ortho.rn", "Ortho Clinic RN"), to=bw("p.waller", "Waller, Paul PA-C"),
    subj="FW: knee",
    body="fyi see attached, I told her ice + call if fever. want to see her?\n",
    att=[A("message/rfc822", "knee.eml", inner(
        frm=("Vera Lindholm", "vlindholm@example.com"), to=bw("ortho.clinic", "Ortho Clinic"),
        subj="knee", client="iphone",
        body="my right knee is swollen and warm since the steroid shot Monday. is that normal? Vera Lindholm\n\nSent from my iPhone\n"))])

msg("phi", "voicemail-transcript-pike-mri-knee",
    "Voicemail transcription with errors: Leonard Pike asks about his knee MRI results",
    client="voicemail", frm=VM, to=bw("ortho.clinic", "Ortho Clinic"),
    subj="New voicemail from (312) 555-0163 (0:41)",
    body=T("""
    New voicemail from (312) 555-0163, Fri 6/5 4:52 PM, 41 sec, mailbox 4410

    Transcription (beta, may contain errors):
    "hi this is uh Leonard Pike P I K E I'm calling about my em are eye results for my knee the right one I had it done Wednesday at the imaging on Elm and doctor Waller said he'd call but I haven't heard anything so if someone could call me back at five five five oh one six three thanks"
    """))

msg("phi", "portal-theo-banks-ibuprofen-lisinopril",
    "One-line portal message: can I take ibuprofen with my lisinopril - Theo Banks",
    client="portal", frm=PORTAL, to=bw("fm.elmst.pool", "Family Medicine Elm St Pool"),
    subj="New patient message: medication question",
    body="From: Theo Banks (MRN 1190233)\nSubject: question\n\nCan I take ibuprofen with my lisinopril? back is killing me\n")

msg("phi", "medic12-inbound-tate-hip-fx",
    "EMS radio-to-text: Medic 12 inbound with 84F from Greyfield Manor, Eunice Tate, suspected hip fracture",
    client="pager", frm=PAGER, to=bw("ed.triage", "ED Triage"),
    subj="PAGE 0917 EMS MED12",
    body=page("0000", "MEDIC 12 ETA 10 min: 84F TATE, EUNICE from Greyfield Manor, fall, L leg shortened/rotated ?hip fx, fentanyl 50 mcg given, VSS", "0917"))

msg("phi", "asl-interpreter-quist-endo",
    "Interpreter request: ASL interpreter for Mr. Quist, endocrinology consult 1 pm",
    client="outlook", frm=bw("endo.clinic", "Endocrine Clinic"), to=("LinguaBridge Scheduling", "sched@linguabridge.example.com"),
    subj="ASL 1pm Thurs",
    body="ASL interpreter needed Thurs 6/11 1:00-2:00, Mr. Aaron Quist, new thyroid nodule consult w/ Dr. Mehta, bldg B 2nd fl.\n")

msg("phi", "subject-only-marchand-trop-21",
    "borderline: the body is 'yes'; bed, surname and troponin 2.1 are only in the Subject",
    client="iphone", frm=bw("r.bhatt", "Rohan Bhatt"), to=bw("h.ozturk", "Hakan Ozturk"),
    subj="bed 9 Marchand - trop 2.1 - cards aware?",
    body="yes\n\nSent from my iPhone\n")

msg("phi", "spanish-reply-over-quoted-english-okafor",
    "Spanish reply ('ya la llamé') over a quoted English request about Gloria Okafor's abnormal mammogram callback",
    lang="Spanish/English", client="outlook", cte="qp", frm=bw("l.mendez", "Méndez, Lucía"), to=bw("imaging.nav", "Imaging Navigator"),
    subj="RE: callback",
    body=T("""
    Sí, ya la llamé, viene el lunes a las 10 para la diagnóstica + eco. Habla español mejor, le puse intérprete igual.

    Lucía

    From: Imaging Navigator
    Sent: Thursday, June 4, 2026 3:10 PM
    Subject: callback

    pls call Gloria Okafor (DOB 12/1/70) re BI-RADS 0 screening mammo, needs dx mammo + US L breast.
    """))

msg("phi", "display-name-cardiac-rehab-parking",
    "borderline: a parking-validation note to Walter Denning; the care (cardiac rehab) is only in the sender's display name",
    client="webmail", frm=("Cardiac Rehab - Brightwater", "cardiacrehab@brightwater.example.org"), to=("Walter Denning", "wdenning@example.com"),
    subj="parking validation",
    body="Walter - bring your garage ticket to the front desk and we'll stamp it. - Bev\n")

msg("phi", "html-portal-reply-castro-potassium",
    "HTML portal reply from a nurse: Ms. Castro, your potassium was 3.3, eat bananas, recheck",
    client="portal", shape="html", frm=PORTAL, to=("Ana Castro", "ana.castro@example.com"),
    subj="Message from your care team",
    html=T("""
    <html><body style="font-family:Arial">
    <p>Hi Ms. Castro,</p>
    <p>Your potassium was 3.3, a little low. Dr. Carvalho wants you to take the potassium 20 mEq once a day for 5 days and add a banana or two. We'll recheck it at your visit on 6/22.</p>
    <p>Kim, RN - Family Medicine Elm St</p>
    </body></html>
    """))

msg("phi", "ics-televisit-quinlan-post-op",
    "Calendar invite (Outlook layout) for a tele-visit post-op check with a named patient",
    client="outlook", shape="cal", frm=bw("gensurg.sched", "General Surgery Scheduling"), to=bw("s.lindqvist", "Lindqvist, Sara MD"),
    subj="Tele-visit: Quinlan, Rory - post-op check",
    body="Tele-visit: Quinlan, Rory - post-op check (s/p lap chole 6/1)\nMon 6/15 0840-0900, video link in Larch\n",
    ics=dict(summary="Tele-visit: Quinlan, Rory - post-op check (s/p lap chole 6/1)", start="20260615T084000",
             end="20260615T090000", organizer=("General Surgery Scheduling", bw("gensurg.sched")),
             attendees=[("Lindqvist, Sara MD", bw("s.lindqvist"))], location="Video",
             desc="incision check, path review (benign)"))

msg("phi", "b64-nightfloat-signout-medc",
    "Base64 plain sign-out for night float: three named patients, DKA, PE on heparin, AKI",
    client="outlook", cte="b64", frm=bw("a.mensah", "Mensah, Akua PA"), to=bw("nightfloat.medc", "Med C Night Float"),
    subj="Med C signout",
    body=T("""
    Med C signout 6/8
    - Ramos 5W-3: DKA resolving, gap closed 1600, on SQ insulin, BMP 2200
    - Holt 5W-7: PE on heparin gtt, aPTT q6h, switch to apixaban AM if stable
    - Pierce 5W-9: AKI Cr 2.4 (bl 1.1), IVF 100/h, hold lisinopril, strict I/O
    nothing to do overnight except the BMP on Ramos
    """))

msg("phi", "ld-handoff-jenkins-labor-epidural",
    "borderline: L&D handoff on a named woman in labour (39 wk, epidural); prenatal and labour care is not a restricted category",
    client="chat", frm=CHAT, to=bw("ld.charge", "L&D Charge"),
    subj="PulseChat export: #LD-board",
    body=chat("#LD-board", [
        ("19:02", "Tess Okoye RN", "LDR 4 Jenkins G2P1 39w1d, 6cm/90/0, epidural in 1830, FHR cat I, GBS neg"),
        ("19:03", "Tess Okoye RN", "on pit 6 mU, planning VBAC? no - prior SVD. peds not needed"),
        ("19:04", "Amy Reyes RN", "taking LDR 4, thx"),
    ], by="t.okoye", day="06/08/2026"))

msg("phi", "hepb-vaccine-series-ruiz-dose2",
    "Staff note: Hector Ruiz due for hepatitis B vaccine dose 2 (an ordinary vaccine, not HIV prevention)",
    client="outlook", frm=bw("imm.nurse", "Immunization Nurse"), to=bw("fm.elmst.frontdesk", "Elm St Front Desk"),
    subj="hep B #2",
    body="Hector Ruiz (DOB 9/9/88) due for Heplisav dose 2 on/after 6/20, pls book nurse visit. dose 1 given 5/22.\n")

msg("phi", "delirium-dorsey-rm4-quetiapine",
    "borderline: Mrs. Dorsey rm 4, post-op delirium (CAM positive) with low-dose quetiapine; delirium on a medical ward is not a restricted mental-health category",
    client="iphone", frm=bw("v.hahn", "Vera Hahn RN"), to=bw("hospitalist.oncall", "Hospitalist On Call"),
    subj="rm 4 Dorsey",
    body="rm 4 Mrs Dorsey CAM+ tonight, pulling at lines, sundowning. redirected, family at bedside. can we get the seroquel 12.5 you mentioned? no haldol per her QTc 510\n")

msg("phi", "nicotine-patch-inpatient-larsen",
    "borderline: nicotine patch for an inpatient smoker (Larsen rm 15); tobacco is not among the restricted substance-use treatments",
    client="sms", frm=("(312) 555-0114", "13125550114@txt.example.net"), to=bw("hospitalist.oncall", "Hospitalist On Call"),
    subj="Text message from (312) 555-0114",
    body="rm 15 Larsen 1.5 ppd smoker, agitated asking to go outside to smoke. ok for nicotine patch 21mg + gum? he's on 2L\n")

msg("phi", "secure-tag-test-send-no-content",
    "borderline: '[secure]' test send with no patient; a message the sender marks is at least phi (marked-secure-test-no-content)",
    client="outlook", frm=bw("n.achebe", "Nneka Achebe RN"), to=bw("n.achebe", "Nneka Achebe RN"),
    subj="[secure] test", body="test\n")

msg("phi", "eob-copperline-claim-pt-visits",
    "Health-plan EOB summary mailed to a member: claim number, physical therapy visits, amount owed",
    client="webmail", shape="alt", frm=("Copperline Health Plan", "eob@copperline.example.com"), to=("Marcus Feld", "mfeld@example.net"),
    subj="Your Explanation of Benefits is ready",
    body=T("""
    Marcus Feld - Member ID CPL-77120455

    Claim 2026-0511-88420  Brightwater Rehab Services
    DOS 05/04-05/22  Physical therapy (8 visits, 97110/97140)
    Billed $1,840.00  Plan paid $1,212.00  You owe $160.00 (copay)

    This is not a bill.
    """))

msg("phi", "quoted-twice-yusuf-chf-admit",
    "Two-level quoted thread about Mr. Yusuf boarding in the ED with CHF; the top reply is 'on it'",
    client="thunderbird", frm=bw("bedboard", "Bed Board / Patient Flow"), to=bw("ed.charge", "ED Charge RN"),
    subj="Re: Re: 4W bed?",
    body=T("""
    on it, 4W-22 being cleaned, ~45 min.

    On 6/9/26 21:40, ED Charge RN wrote:
    > still waiting, he's been here 6h. BNP 2100, on lasix gtt
    >
    > On 6/9/26 19:02, Bed Board / Patient Flow wrote:
    >> which pt is the 4W admit from bay 2?
    >>
    > Yusuf, Abdirahman 67M CHF exac
    """))

msg("phi", "spanish-voice-to-text-abuela-presion",
    "Spanish voice-to-text (windows-1252 QP) with no punctuation: granddaughter says her grandmother Carmen Ortiz's pressure is low on the new pill",
    lang="Spanish", cs="windows-1252", cte="qp", client="android", frm=("Daniela Ortiz", "dani.ortiz.22@example.com"), to=bw("fm.elmst", "Family Medicine Elm St"),
    subj="mi abuela Carmen Ortiz",
    body="hola buenas tardes le escribo por mi abuela Carmen Ortiz la presión le salió 92 sobre 58 desde que le cambiaron a la pastilla nueva de la presión el losartán se siente mareada y cansada qué hacemos gracias\n")

msg("phi", "francais-arabe-famille-dialyse-horaire",
    "French/Arabic mix (UTF-8 QP): son asks to change his father Youssef Khoury's dialysis chair time",
    lang="French/Arabic", cte="qp", client="gmail", frm=("Karim Khoury", "karim.khoury@example.net"), to=bw("dialysis.east", "Dialysis East"),
    subj="Horaire dialyse - Youssef Khoury",
    body=T("""
    Bonjour,
    mon père Youssef Khoury (né le 02/03/1949) fait sa dialyse lundi-mercredi-vendredi à 6h30. C'est possible de passer à l'après-midi ? Il est très fatigué le matin.
    شكراً جزيلاً
    Karim
    """))

msg("phi", "attachment-only-wound-photo-log-txt",
    "Body is a thank-you; the attached text log lists named residents with pressure-injury stages from a nursing home",
    client="outlook", frm=("Greyfield Manor Nursing", "nursing@greyfield.example.net"), to=bw("woundcare", "Wound Care Clinic"),
    subj="weekly log", body="thanks for coming out Tuesday! log attached.\n",
    att=[A("text/plain", "greyfield_wound_log_wk23.txt", T("""
    GREYFIELD MANOR - WOUND ROUNDS WK 23
    rm 104 Hadley, Ruth   sacrum stage 3, 4.0x3.2x0.5, foam + offload
    rm 108 Konstantinou, M L heel DTI, boots
    rm 115 Oberg, Lars    R ischium stage 2, improving
    """))])



# =================================================================
# none (100); trap=True marks the ones a naive detector would flag
# =================================================================

msg("none", "float-rn-4w-nights",
    "Staffing: need a float RN on 4W nights, two call-outs, unit census count only",
    trap=True, client="iphone", frm=bw("4w.charge", "4W Charge RN"), to=bw("staffing.office", "Staffing Office"),
    subj="need float RN 4W nights",
    body="need float RN 4W nights 6/14 + 6/15, 2 call outs. census 28/30, 3 on tele. can take LPN for 1 of them\n\nSent from my iPhone\n")

msg("none", "pt-unit-clerk-posting-5e",
    "HR posting: PT (part-time) unit clerk on 5E, 0.5 FTE; 'PT' is not physical therapy or a patient",
    trap=True, client="outlook", frm=bw("hr.recruiting", "HR Recruiting"), to=bw("nurse.managers", "Nurse Managers"),
    subj="posting: PT unit clerk 5E",
    body=T("""
    New posting live: PT unit clerk, 5E, 0.5 FTE, days, every 3rd weekend. Req #26-0418. Internal applicants through 6/19.
    Also reposting 2 PRN CNA roles for 4W.
    """))

msg("none", "ot-approved-pay-period",
    "Manager note: OT (overtime) approved for this pay period; OT is not occupational therapy",
    trap=True, client="outlook", frm=bw("6w.manager", "6W Nurse Manager"), to=bw("6w.staff", "6W Staff"),
    subj="OT this pay period",
    body="OT approved for this pay period for anyone picking up the open 7p shifts. put it in Kronos w/ code OT-INC. thx for covering, I know it's been rough.\n")

msg("none", "prn-shifts-july-signup",
    "PRN pool: July shifts open for sign-up; PRN here is a job status, not 'as needed' medication",
    trap=True, client="webmail", frm=bw("prn.pool", "PRN Pool Coordinator"), to=bw("prn.staff", "PRN Staff"),
    subj="July PRN shifts open",
    body="July PRN shifts are open in the app. Priority: ED nights, 4W/5E weekends, L&D days. min 2 shifts/mo to stay active.\n")

msg("none", "call-schedule-dr-haddad-june",
    "Staff call schedule with physicians' names (Dr. Haddad, Dr. Okafor), no patient concerned",
    trap=True, client="outlook", frm=bw("med.chief", "Medicine Chief Resident"), to=bw("med.residents", "Medicine Residents"),
    subj="June call - updated",
    body=T("""
    June call updated:
    6/1-6/7  Haddad (days), Pruett (nights)
    6/8-6/14 Okafor (days), Nakamura (nights)
    6/15-6/21 Vance (days), Ozturk (nights)
    swaps through me pls, not the pager office.
    """))

msg("none", "house-census-boarding-aggregate",
    "Patient-flow update: house census, ED boarders and open beds per unit, all counts",
    trap=True, client="outlook", frm=bw("bedboard", "Bed Board / Patient Flow"), to=bw("house.sup", "House Supervisors"),
    subj="1400 capacity",
    body="house census 412/440. ED 38 pts, 11 boarding (6 tele, 5 med-surg). open: 4W 2, 5E 1, ICU 0. 14 pending dc, 9 w/ orders. surge plan level 2.\n")

msg("none", "csv-bedboard-unit-totals",
    "CSV bed-board summary with unit totals only (beds, occupied, pending discharges), no patients",
    trap=True, client="outlook", frm=bw("bedboard", "Bed Board / Patient Flow"), to=bw("nurse.managers", "Nurse Managers"),
    subj="bed board 0600", body="0600 numbers attached\n",
    att=[A("text/csv", "bedboard_0600.csv", T("""
    unit,staffed_beds,occupied,pending_dc,iso_rooms,blocked
    4W,30,28,4,2,0
    5E,32,31,3,1,1
    5W,28,26,2,0,0
    MICU,16,16,1,3,0
    Tele,24,24,5,1,0
    """))])

msg("none", "mock-code-blue-5e-1400",
    "Drill notice: mock code blue on 5E at 1400 with a manikin",
    trap=True, client="outlook", frm=bw("resus.committee", "Resuscitation Committee"), to=bw("5e.staff", "5E Staff"),
    subj="mock code blue 1400 today",
    body="mock code blue 5E rm 520 (empty) at 1400 w/ SimMan. overhead page will say 'MOCK'. pls don't call the real team. debrief in the break room after.\n")

msg("none", "rapid-response-drill-thurs",
    "Rapid response drill reminder for Thursday, roles and timing",
    trap=True, client="thunderbird", frm=bw("rrt.lead", "RRT Lead"), to=bw("rrt.team", "Rapid Response Team"),
    subj="RRT drill Thurs",
    body="rapid response drill Thurs 1030 on 3W. scenario: 'pt' with hypotension after a fall. RT + pharmacy pls attend. timer will be running.\n")

msg("none", "pyxis-down-5e",
    "Equipment: the automated dispensing cabinet on 5E is down, use override procedure",
    trap=True, client="sms", frm=("(312) 555-0115", "13125550115@txt.example.net"), to=bw("pharm.5e", "5E Pharmacy Satellite"),
    subj="Text message from (312) 555-0115",
    body="pyxis down 5E again (screen frozen). need a tech + override keys. we have 0900 meds in 20 min\n")

msg("none", "par-levels-ns-1l",
    "Supply: par levels for normal saline 1 L bags and IV tubing",
    trap=True, client="outlook", frm=bw("supply.chain", "Supply Chain"), to=bw("nurse.managers", "Nurse Managers"),
    subj="par levels for NS 1L",
    body="NS 1L still allocated. par levels cut to 24/unit (ICU 36). use LR or NS 500 where you can. tubing is fine.\n")

msg("none", "glucometer-qc-fail-14",
    "Point-of-care QC failure: glucometer #14 control values out of range, no patient results",
    trap=True, client="ehr", frm=("POC Testing", "poc@lab.brightwater.example.org"), to=bw("4w.charge", "4W Charge RN"),
    subj="glucometer QC fail 4W",
    body="Meter #14 (4W) QC L1 = 32 mg/dL (range 38-58), L2 = 301 (range 280-350). meter locked. pull from service, use #15 or #22. new strips lot 44B at POC office.\n")

msg("none", "ehr-downtime-0200-0400",
    "IT notice: planned EHR downtime 0200-0400, downtime forms and BCA printers",
    trap=True, client="outlook", frm=bw("it.notices", "IT Notices"), to=bw("all.clinical", "All Clinical Staff"),
    subj="EHR down 0200-0400 Sun",
    body=T("""
    Larch EHR planned downtime Sun 6/14 0200-0400.
    - use downtime forms (blue binder), BCA printers have the 0100 MAR/census
    - labs will call criticals, results scanned after
    - read-only available on the BCA PCs
    """))

msg("none", "code-push-tonight",
    "IT: code push tonight to the EHR order sets; 'code' is software",
    trap=True, client="thunderbird", frm=bw("it.releases", "Clinical Apps Release"), to=bw("clin.informatics", "Clinical Informatics"),
    subj="code push tonight",
    body="code push 2300 tonight: order set fixes (sepsis, CIWA, heparin nomogram), new DNR banner color. no downtime expected. rollback plan in the CAB ticket.\n")

msg("none", "ics-sepsis-bundle-inservice",
    "Calendar invite: sepsis bundle in-service for nurses",
    trap=True, client="outlook", shape="cal", frm=bw("nurse.educator", "Nurse Educator"), to=bw("5w.staff", "5W Staff"),
    subj="Sepsis bundle inservice",
    body="Sepsis bundle inservice - 3 sessions, 20 min, 5W conference room. lactate, cultures before abx, 30 mL/kg.\n",
    ics=dict(summary="Sepsis bundle inservice", start="20260618T073000", end="20260618T075000",
             organizer=("Nurse Educator", bw("nurse.educator")), attendees=[("5W Staff", bw("5w.staff"))],
             location="5W conference room", desc="SEP-1 bundle refresher. 1 CE.", rrule="FREQ=DAILY;COUNT=3"))

msg("none", "ciwa-scoring-refresher",
    "Education: CIWA scoring refresher for staff (no patient)",
    trap=True, client="outlook", frm=bw("nurse.educator", "Nurse Educator"), to=bw("4e.staff", "4E Staff"),
    subj="CIWA scoring refresher",
    body=T("""
    CIWA-Ar scoring refresher in the 4E break room Tues/Wed 0700 and 1900, 15 min. bring your questions about when to escalate to the ICU and the new symptom-triggered order set.
    Practice videos on the LMS (course NUR-2231).
    """))

msg("none", "policy-no-patient-info-in-group-text",
    "Policy reminder: do not put PHI in group texts, use PulseChat",
    trap=True, client="outlook", frm=bw("privacy.office", "Privacy Office"), to=bw("all.clinical", "All Clinical Staff"),
    subj="reminder: no PHI in group text",
    body="Reminder: no patient names, MRNs, DOBs or room + diagnosis in regular SMS or group texts. Use PulseChat (secure). Questions: privacy office x4000.\n")

msg("none", "formulary-enoxaparin-switch",
    "P&T formulary change: enoxaparin syringes brand switch, heparin concentrations",
    trap=True, client="outlook", shape="html", frm=bw("pandt", "P&T Committee"), to=bw("all.prescribers", "All Prescribers"),
    subj="formulary changes July",
    body=T("""
    Formulary changes eff 7/1:
    - enoxaparin prefilled syringes: switching manufacturer, same doses, new NDCs
    - pantoprazole IV restricted to GI bleed / NPO pts
    - insulin glargine: biosimilar substitution is automatic
    """))

msg("none", "shortage-lorazepam-bup-sl",
    "Drug shortage notice naming lorazepam injection and buprenorphine 8 mg SL; no patient",
    trap=True, client="outlook", frm=bw("pharm.buyer", "Pharmacy Purchasing"), to=bw("all.prescribers", "All Prescribers"),
    subj="shortages this week",
    body=T("""
    Shortages:
    - lorazepam 2 mg/mL inj: ED + ICU only, others use PO or diazepam
    - buprenorphine 8 mg SL tabs: backorder 2 wk, ED stock ok, use films where possible
    - cefazolin 2g: fine now
    """))

msg("none", "the-830-new-pt-running-late",
    "borderline: 'the 8:30 new pt is running late' with no name or other identifier",
    trap=True, client="sms", frm=("(312) 555-0116", "13125550116@txt.example.net"), to=bw("fm.elmst.ma", "Elm St MAs"),
    subj="Text message from (312) 555-0116",
    body="heads up the 8:30 new pt called, running 15 late. can someone room the 8:45 first\n")

msg("none", "pt-in-waiting-room-wifi",
    "Front-desk chat: a patient in the waiting room is asking for the guest wifi password, no identifier",
    trap=True, client="chat", frm=CHAT, to=bw("fm.elmst.frontdesk", "Elm St Front Desk"),
    subj="PulseChat export: #ElmSt-front",
    body=chat("#ElmSt-front", [
        ("09:12", "Lupe Garza", "a pt in the waiting room is asking for the wifi pw again, is it still the same?"),
        ("09:13", "Dev Rao", "BWguest / changes monthly, it's on the sign by check-in"),
    ], by="l.garza", day="06/03/2026"))

msg("none", "pizza-break-room-14-admits",
    "Thank-you note: pizza in the break room after a shift with 14 admissions (count only)",
    trap=True, client="iphone", frm=bw("4w.manager", "4W Nurse Manager"), to=bw("4w.staff", "4W Staff"),
    subj="pizza!!",
    body="pizza in the break room, thanks for last night. 14 admits and nobody quit 🍕\n\nSent from my iPhone\n", cte="qp")

msg("none", "display-name-recovery-intake-to-paver",
    "Twin of the recovery-intake parking note: the same display name writing to a paving contractor about the lot",
    trap=True, client="webmail", frm=("Lantern House Recovery - Intake", "intake@lanternhouse.example.org"),
    to=("Birch St Paving", "jobs@birchpaving.example.com"), subj="front lot",
    body="Hi Sal, can the front lot be done by Friday? we'll send everyone to the side lot off Birch St till then. - Tamsin\n")

msg("none", "joke-be-patient-nurse",
    "Joke on a unit list: 'be patient' / 'patients' pun",
    trap=True, client="list", frm=bw("k.odum", "Kezia Odum"), to=bw("3w.staff", "3W Staff"),
    subj="friday joke",
    body="why did the nurse tiptoe past the supply closet? didn't want to wake the sleeping pills.\nand remember: you have to be patient to have patients. ok i'll stop\n")

msg("none", "be-patient-badge-readers",
    "Facilities: be patient with the new badge readers on the staff entrance",
    trap=True, client="outlook", frm=bw("facilities", "Facilities"), to=bw("all.staff", "All Staff"),
    subj="new badge readers - be patient",
    body="New badge readers at the staff entrance and the ED ambulance bay go live Mon. please be patient the first week, hold the badge flat for 2 sec.\n")

msg("none", "positive-attitude-hcahps",
    "Unit newsletter: positive attitude, HCAHPS scores up (aggregate)",
    trap=True, client="outlook", shape="html", frm=bw("5w.manager", "5W Nurse Manager"), to=bw("5w.staff", "5W Staff"),
    subj="staying positive",
    body="HCAHPS 'nurses listened' up to 84% (from 77). positive attitude is contagious, keep doing the bedside shift report. results came back negative for the 'quiet at night' item, we'll work on that.\n")

msg("none", "chem-analyzer-qc-k-na",
    "Lab QC: chemistry analyzer control values (K, Na, Cr) with lot numbers, no patient",
    trap=True, client="ehr", frm=("Core Lab QC", "qc@lab.brightwater.example.org"), to=bw("lab.supervisors", "Lab Supervisors"),
    subj="Chem 2 QC 0600",
    body=T("""
    Chem 2 QC run 0600
    L1 lot 22871: K 3.1 (3.0-3.4)  Na 126 (123-129)  Cr 0.9 (0.8-1.1)  PASS
    L2 lot 22872: K 6.3 (6.0-6.6)  Na 158 (154-162)  Cr 6.8 (6.3-7.3)  PASS
    Westgard: no violations
    """))

msg("none", "ics-moud-prescriber-training",
    "Calendar invite: MOUD (buprenorphine) prescriber training for clinicians",
    trap=True, client="outlook", frm=bw("addiction.med", "Addiction Medicine"), to=bw("ed.attendings", "ED Attendings"),
    subj="Invitation: ED bup induction training",
    body="ED buprenorphine induction training - COWS, microdosing, bridge scripts, warm handoffs to the OTPs. 1 CME.\n",
    att=[A("text/calendar", "invite.ics", dict(summary="ED bup induction training", start="20260624T120000",
           end="20260624T130000", organizer=("Addiction Medicine", bw("addiction.med")),
           attendees=[("ED Attendings", bw("ed.attendings"))], location="ED conf rm B / video",
           desc="lunch provided"))])

msg("none", "prep-clinic-holiday-hours",
    "Meridian Clinic holiday hours for the PrEP and HIV walk-in clinic, to staff",
    trap=True, client="outlook", frm=bw("meridian.sched", "Meridian Clinic Scheduling"), to=bw("meridian.staff", "Meridian Staff"),
    subj="7/3 hours - PrEP walk-in",
    body="Fri 7/3 Meridian closed. PrEP walk-in and rapid HIV testing move to Thu 7/2 0800-1800. pls update the phone tree.\n")

msg("none", "hiv-testing-day-volunteers",
    "Volunteer sign-up for National HIV Testing Day booths",
    trap=True, client="webmail", frm=bw("community.health", "Community Health"), to=bw("volunteers", "Staff Volunteers"),
    subj="HIV testing day - volunteers",
    body="HIV Testing Day 6/27 booths at the farmers market + the library. need 6 volunteers per shift, training on the rapid test kits 6/24. sign up on the sheet.\n")

msg("none", "brca-webinar-genetic-counselor-posting",
    "Cancer Genetics: BRCA/Lynch webinar for PCPs and a genetic counsellor job posting",
    trap=True, client="outlook", frm=bw("cancer.genetics", "Cancer Genetics"), to=bw("primary.care", "Primary Care Providers"),
    subj="BRCA webinar + we're hiring",
    body=T("""
    Webinar 6/30 noon: "When to refer: BRCA1/2, Lynch, and the family history you already have." 45 min, CME.
    Also hiring: 1.0 FTE genetic counselor (MS, CGC or board eligible). Please share.
    """))

msg("none", "aggregate-5150-holds-monthly",
    "ED monthly report: count of 5150 holds and psych boarding hours (aggregate), forms restocked",
    trap=True, client="outlook", frm=bw("ed.director", "ED Director"), to=bw("ed.staff", "ED Staff"),
    subj="May psych boarding numbers",
    body="May: 41 pts on 5150 holds in the ED, median psych boarding 19h (max 71h). 5150 forms restocked in the nurses' station, old version shredded.\n")

msg("none", "otp-census-aggregate",
    "OTP programme numbers: enrolled census, new inductions, take-home counts (aggregate)",
    trap=True, client="outlook", shape="html", frm=("Lantern House Recovery", "admin@lanternhouse.example.org"), to=bw("addiction.med", "Addiction Medicine"),
    subj="May numbers",
    body="May: 212 enrolled, 18 new methadone inductions, 9 bup. 61% on take-homes. no diversion incidents. board meeting 6/25.\n")

msg("none", "spanish-contraception-education-handout",
    "Spanish general education handout on birth-control options (no individual)",
    trap=True, lang="Spanish", cte="qp", client="outlook", shape="alt", frm=("Fernhill Women's Health", "educacion@fernhill.example.org"),
    to=("Lista de salud comunitaria", "salud-comunidad@lists.fernhill.example.org"),
    subj="Opciones anticonceptivas - hoja informativa",
    body=T("""
    Opciones anticonceptivas

    - DIU hormonal o de cobre: dura de 3 a 12 años
    - Implante en el brazo: hasta 3 años
    - Inyección (cada 3 meses), pastillas, parche, anillo
    - Anticoncepción de emergencia: hasta 5 días después

    Pregunte en su próxima cita. Esta hoja es informativa.
    """))

msg("none", "mifepristone-rems-pharmacy-cert",
    "Pharmacy policy: mifepristone REMS pharmacy certification renewal",
    trap=True, client="outlook", frm=bw("pharm.ops", "Outpatient Pharmacy Ops"), to=bw("pharmacists", "Pharmacists"),
    subj="mifepristone REMS recert",
    body="Our mifepristone REMS pharmacy certification renews 7/15. designated pharmacist is R. Vasquez. pls complete the module by 7/1.\n")

msg("none", "iud-kit-par-order",
    "Supply order: par levels for IUD insertion kits and LNG-IUD stock",
    trap=True, client="webmail", frm=("Fernhill Supply", "supply@fernhill.example.org"), to=("Midwest Med Supply", "orders@midwestmed.example.com"),
    subj="PO 55821 - IUD kits",
    body="PO 55821: IUD insertion kits x20, tenaculum single-use x40, Mirena x6, Paragard x4. ship to Fernhill suite 210.\n")

msg("none", "urine-hcg-qc-lot-pass",
    "Lab QC: urine hCG cassette lot passed positive and negative controls",
    trap=True, client="ehr", frm=("POC Testing", "poc@lab.brightwater.example.org"), to=bw("uc.north", "Urgent Care North"),
    subj="urine hCG lot 4471",
    body="urine hCG lot 4471 QC: pos control POSITIVE, neg control NEGATIVE. lot released for use.\n")

msg("none", "ept-policy-inservice",
    "Education: expedited partner therapy policy in-service (no patient)",
    trap=True, client="outlook", frm=bw("uc.director", "Urgent Care Director"), to=bw("uc.providers", "Urgent Care Providers"),
    subj="EPT policy",
    body="EPT for chlamydia/gonorrhea is now allowed per state law. new smartphrase .EPT, partner handout in English/Spanish. 10 min inservice at Tues huddle.\n")

msg("none", "interpreter-vietnamese-onsite-schedule",
    "Interpreter services: Vietnamese interpreter now on site Tuesday/Thursday",
    trap=True, client="outlook", frm=("LinguaBridge Scheduling", "sched@linguabridge.example.com"), to=bw("unit.clerks", "Unit Clerks"),
    subj="Vietnamese on-site Tu/Th",
    body="Starting 6/16 Vietnamese interpreter on site Tu/Th 0800-1630 (Thanh). other days video. book through the usual form, 24h notice for consents.\n")

msg("none", "transport-short-aides-delays",
    "Transport department short two aides, expect delays (no patients)",
    trap=True, client="sms", frm=("Transport Dispatch", "13125550117@txt.example.net"), to=bw("house.sup", "House Supervisors"),
    subj="Text message from (312) 555-0117",
    body="transport short 2 aides until 1500, expect 30-45 min delays for non-stat. stats still <15\n")

msg("none", "ems-radio-test-0900",
    "EMS radio test of the ED base station at 0900",
    trap=True, client="outlook", frm=("Tamarack County EMS", "ops@tamarack-ems.example.org"), to=bw("ed.charge", "ED Charge RN"),
    subj="radio test 0900",
    body="Monthly MERCI radio test 0900 Wed. Medic 7 and Medic 12 will call the ED base. pls answer 'Brightwater base, loud and clear'.\n")

msg("none", "greyfield-flu-clinic-residents",
    "Nursing home: flu-shot clinic for all residents Friday, consent forms (no individual)",
    trap=True, client="outlook", frm=("Greyfield Manor Nursing", "nursing@greyfield.example.net"), to=bw("geri.team", "Geriatrics Team"),
    subj="flu/COVID clinic Fri",
    body="Fri we're doing flu + COVID boosters for residents, 64 consents back so far. pharmacy delivering. no need for MD on site.\n")

msg("none", "safety-huddle-zero-falls",
    "Safety huddle notes with unit counts: 0 falls, 1 near-miss medication event, hand hygiene 92%",
    trap=True, client="outlook", frm=bw("quality.5e", "5E Quality"), to=bw("5e.staff", "5E Staff"),
    subj="safety huddle",
    body="safety huddle: 0 falls x 41 days, 1 near miss (wrong-strength insulin pulled, caught at BCMA, no harm), hand hygiene 92%, 2 CLABSI-free months.\n")

msg("none", "sbar-template-placeholders",
    "SBAR teaching template with placeholders, no patient",
    trap=True, client="outlook", frm=bw("nurse.educator", "Nurse Educator"), to=bw("new.grads", "New Grad Residency"),
    subj="SBAR template",
    body=T("""
    SBAR template for calls:
    S: I'm calling about [pt name, rm]. The problem is ___.
    B: admitted for ___, relevant hx ___, meds ___.
    A: vitals ___, I think ___.
    R: I'd like you to ___ (come see / order / transfer).
    Practice with the scenarios in module 4.
    """))

msg("none", "ipass-training-zztest-case",
    "I-PASS training with a synthetic ZZTEST patient in the sandbox",
    trap=True, client="outlook", frm=bw("sim.center", "Simulation Center"), to=bw("med.residents", "Medicine Residents"),
    subj="I-PASS sim case",
    body=T("""
    I-PASS sim case for Thurs (sandbox chart):
    ZZTEST, ALPHA  MRN ZZ0000001  67M  "CHF exacerbation", K 3.1, lasix 40 IV
    practice the handoff in pairs, then swap. this is a fake chart in the TRAIN environment only.
    """))

msg("none", "hl7-pid3-mapping-ticket",
    "Interface ticket about PID-3 and MRN field mapping (no patient data)",
    trap=True, client="webmail", frm=("Integration Helpdesk", "helpdesk@integration.brightwater.example.org"), to=bw("clin.informatics", "Clinical Informatics"),
    subj="INC0088123 PID-3 assigning authority",
    body="INC0088123: Tri-County Lab ORU^R01 sending PID-3 with assigning authority 'TCL' instead of 'BW'. MRN match failing in test. vendor fix ETA Fri. no prod impact.\n")

msg("none", "coworker-bday-lupe-dob",
    "Coworker's birthday with her birth date: cake at 3 (no health content)",
    trap=True, client="iphone", frm=bw("dev.rao", "Dev Rao"), to=bw("fm.elmst.staff", "Elm St Staff"),
    subj="Lupe 4/19",
    body="Lupe's bday is Sun (4/19/1988, don't tell her I told you). cake Fri at 3 in the back 🎂\n", cte="qp")

msg("none", "vet-reminder-biscuit-rabies",
    "Veterinary reminder for a staff member's dog (rabies vaccine) - not human care",
    trap=True, client="webmail", frm=("Paws & Claws Vet", "reminders@pawsclaws.example.com"), to=("Joy Dizon", "joydizon@example.net"),
    subj="Biscuit is due",
    body="Hi Joy, Biscuit is due for his rabies booster and heartworm test. Book online or call 312-555-0183.\n")

msg("none", "calling-out-daycare",
    "Staff calling out because daycare is closed (no health content)",
    client="sms", frm=("(312) 555-0118", "13125550118@txt.example.net"), to=bw("staffing.office", "Staffing Office"),
    subj="Text message from (312) 555-0118",
    body="this is Mel on 5E, daycare closed (no power), can't come in tonight 7p. sorry. can do Thurs instead\n")

msg("none", "tb-test-reading-staff",
    "Employee health: TB test reading days for all staff (no individual)",
    trap=True, client="outlook", frm=bw("employee.health", "Employee Health"), to=bw("all.staff", "All Staff"),
    subj="annual TB testing",
    body="Annual TB testing: plant Mon/Tues, read Wed/Thurs (48-72h). QuantiFERON option if you've had BCG. compliance 71% so far.\n")

msg("none", "rfc822-fwd-iv-pump-recall",
    "Forward of a vendor's infusion-pump recall notice attached as message/rfc822",
    trap=True, client="outlook", frm=bw("biomed", "Biomed"), to=bw("nurse.managers", "Nurse Managers"),
    subj="FW: Urgent field safety notice - LVP lot",
    body="FYI - we have 14 pumps in the affected lot. biomed will swap them this week, tags on the affected ones.\n",
    att=[A("message/rfc822", "field_safety_notice.eml", inner(
        frm=("Corvane Medical Safety", "safety@corvane.example.com"), to=bw("biomed", "Biomed"),
        subj="Urgent field safety notice - LVP lot", client="outlook",
        body=T("""
        URGENT FIELD SAFETY NOTICE
        Corvane LVP-3 large-volume infusion pumps, serials CV3-20411 to CV3-20980.
        Issue: occlusion alarm may be delayed with high-viscosity fluids.
        Action: update firmware to 4.2.1; until then use a second pump for TPN and blood products.
        """)))])

msg("none", "crash-cart-check-5e",
    "Crash cart check log: drug counts and expiry dates",
    trap=True, client="outlook", frm=bw("5e.charge", "5E Charge RN"), to=bw("pharm.5e", "5E Pharmacy Satellite"),
    subj="crash cart 5E checked",
    body="crash cart 5E checked 0700: epi 1mg x10, amio 150 x3, adenosine x5, atropine x3, D50 x2, narcan x2. amio exp 6/30 - pls swap. lock #5521.\n")

msg("none", "narc-count-discrepancy-resolved",
    "Pharmacy: controlled-substance count discrepancy on 3W resolved (no patient)",
    trap=True, client="outlook", frm=bw("pharm.controlled", "Controlled Substances Pharmacist"), to=bw("3w.manager", "3W Nurse Manager"),
    subj="3W count discrepancy - resolved",
    body="3W pyxis hydromorphone 2mg count off by 1 at 0700 handoff - found in the return bin, waste witnessed. resolved, no report needed.\n")

msg("none", "o-neg-supply-low",
    "Blood bank: O-negative supply low, conserve",
    trap=True, client="outlook", frm=bw("blood.bank", "Blood Bank"), to=bw("all.prescribers", "All Prescribers"),
    subj="O neg low",
    body="O neg RBC inventory 14 units (target 40). use O pos for males and women >50 in emergencies per policy. Hgb trigger 7 reminder.\n")

msg("none", "rm12-toilet-clogged",
    "Facilities: room 12 toilet clogged (room number, no patient)",
    trap=True, client="sms", frm=("(312) 555-0119", "13125550119@txt.example.net"), to=bw("facilities", "Facilities"),
    subj="Text message from (312) 555-0119",
    body="5E rm 12 toilet clogged again + rm 14 call light stuck on. thx\n")

msg("none", "evs-bed7-terminal-clean-cdiff",
    "borderline: EVS request to terminally clean 4W bed 7 after a C. diff discharge; no name or identifier, the patient has left",
    trap=True, client="sms", frm=("4W Unit Phone", "13125550120@txt.example.net"), to=bw("evs.dispatch", "EVS Dispatch"),
    subj="Text message from (312) 555-0120",
    body="4W bed 7 ready for terminal clean, contact+ (C diff) - bleach wipes + UV pls. pt already left\n")

msg("none", "critical-value-callback-policy",
    "Lab policy: critical value call-back and read-back within 30 minutes",
    trap=True, client="outlook", frm=bw("lab.director", "Laboratory Director"), to=bw("all.clinical", "All Clinical Staff"),
    subj="critical value callback policy",
    body="Reminder: critical values are called to the RN/provider within 30 min, read back with 2 identifiers and documented. K >6.0 or <2.8, Hgb <7, trop above URL on new pts.\n")

msg("none", "subject-k31-quiz-answer",
    "Subject and body are a teaching quiz about K 3.1 (no patient)",
    trap=True, client="outlook", frm=bw("pharm.educ", "Pharmacy Education"), to=bw("new.grads", "New Grad Residency"),
    subj="RE: K 3.1 quiz - answer",
    body="answer: K 3.1 with normal renal fx -> KCl 40 mEq PO, recheck in 4h, and check Mg. most of you said 20 - that's for 3.4-3.5. next week: hypoNa.\n")

msg("none", "spanish-newsletter-diabetes",
    "Spanish community newsletter on diabetes prevention (general education)",
    trap=True, lang="Spanish", cs="iso-8859-1", cte="qp", client="outlook", shape="alt",
    frm=("Brightwater Salud Comunitaria", "salud@brightwater.example.org"), to=("Boletín", "boletin@lists.brightwater.example.org"),
    subj="Boletín de junio: prevenga la diabetes",
    body=T("""
    Boletín de junio

    ¿Sabía que 1 de cada 3 adultos tiene prediabetes? Camine 30 minutos al día, tome agua en vez de refresco y pida una prueba de A1c en su próxima cita.

    Clases gratis de cocina saludable: sábados a las 10 en el centro comunitario.
    """))

msg("none", "taglish-potluck-pancit",
    "Taglish staff potluck sign-up (no health content)",
    lang="Tagalog/English", client="gmail", frm=("Joy Dizon", "joydizon@example.net"), to=bw("5e.staff", "5E Staff"),
    subj="potluck sa Friday!",
    body="Hi guys! potluck sa Friday after shift, 7:30am sa break room. ako na sa pancit, sino sa lumpia? Ate Mel, yung leche flan mo please 😍\n", cte="qp")

msg("none", "chinese-hepb-screening-event",
    "Chinese (UTF-8 base64) notice of a community hepatitis B screening day with last year's counts",
    trap=True, lang="Chinese", cte="b64", client="outlook", frm=("社区健康部", "community.health@brightwater.example.org"), to=("社区活动名单", "chinatown-events@lists.brightwater.example.org"),
    subj="乙肝免费筛查日 6月20日",
    body=T("""
    乙肝免费筛查日
    时间：6月20日（星期六）上午9点到下午1点
    地点：华埠社区中心二楼
    去年共有312人参加，发现19例阳性并转介治疗。
    无需预约，提供普通话和粤语服务。
    """))

msg("none", "russian-hh-aides-schedule",
    "Russian (KOI8-R base64) home-health agency schedule note to aides, no patients named",
    trap=True, lang="Russian", cs="koi8-r", cte="b64", client="outlook", frm=("Saltmarsh HH Scheduling", "sched@saltmarsh-hh.example.com"), to=("Помощники по уходу", "aides@saltmarsh-hh.example.com"),
    subj="График визитов на следующую неделю",
    body=T("""
    Уважаемые помощники!
    График визитов на неделю с 15 июня уже в приложении. Пожалуйста, отмечайте начало и конец каждого визита. Обучение по профилактике падений - в среду в 14:00.
    Офис
    """))

msg("none", "kreyol-flu-clinic-flyer",
    "Haitian Creole community flyer for a free flu and COVID vaccine clinic",
    trap=True, lang="Haitian Creole", cte="qp", client="outlook", frm=("Brightwater Sante Kominote", "sante@brightwater.example.org"), to=("Lis kominote", "kominote@lists.brightwater.example.org"),
    subj="Klinik vaksen gratis - samdi",
    body=T("""
    Klinik vaksen grip ak COVID gratis
    Samdi 27 jen, 9è - 1è, legliz Sen Jak
    Pa bezwen randevou, pa bezwen asirans. Pote kat idantite si w genyen.
    """))

msg("none", "somali-diabetes-workshop",
    "Somali community invitation to a diabetes workshop",
    trap=True, lang="Somali", client="outlook", frm=("Brightwater Caafimaadka Bulshada", "community.health@brightwater.example.org"), to=("Liiska bulshada", "bulshada@lists.brightwater.example.org"),
    subj="Aqoon-isweydaarsi sonkorowga",
    body=T("""
    Aqoon-isweydaarsi ku saabsan sonkorowga
    Sabtida 20 Juun, 11:00, masjidka Al-Nur hoolka
    Cunto caafimaad leh, jimicsi iyo baaritaan sonkor bilaash ah. Dhammaan waa lagu soo dhaweynayaa.
    """))

msg("none", "korean-interpreter-schedule",
    "Korean (EUC-KR base64) interpreter roster for the week (interpreters' names only)",
    trap=True, lang="Korean", cs="euc-kr", cte="b64", client="outlook", frm=("LinguaBridge 한국어팀", "korean@linguabridge.example.com"), to=("LinguaBridge 통역사", "korean-team@linguabridge.example.com"),
    subj="다음 주 통역 일정",
    body=T("""
    통역사 여러분,
    다음 주 병원 상주 일정입니다.
    월/수: 김지현, 화/목: 최성민, 금: 화상 통역만
    응급실 호출은 24시간 전화 통역으로 연결됩니다.
    """))

msg("none", "polish-evs-floor-waxing",
    "Polish (ISO-8859-2 8bit) EVS notice about floor waxing on 5E",
    lang="Polish", cs="iso-8859-2", cte="8bit", client="outlook", frm=("EVS Brightwater", "evs@brightwater.example.org"), to=("Zespół sprzątający", "evs-team@brightwater.example.org"),
    subj="Woskowanie podłóg 5E - sobota",
    body=T("""
    W sobotę od 22:00 woskujemy korytarz na 5E. Proszę przygotować znaki "mokra podłoga" i odsunąć wózki. Zmiana nocna - Krzysztof i Halina.
    """))

msg("none", "vietnamese-nail-salon-health-fair",
    "Vietnamese (UTF-8 base64) invitation to a blood-pressure screening fair for nail-salon workers",
    trap=True, lang="Vietnamese", cte="b64", client="outlook", frm=("Brightwater Sức khỏe Cộng đồng", "community.health@brightwater.example.org"), to=("Danh sách cộng đồng", "congdong@lists.brightwater.example.org"),
    subj="Ngày hội sức khỏe cho thợ làm móng",
    body=T("""
    Ngày hội sức khỏe cho thợ làm móng
    Chủ nhật 21/6, 10 giờ - 2 giờ, tiệm Golden Nails (đường Argyle)
    Đo huyết áp, thử đường huyết miễn phí, hướng dẫn về hóa chất và khẩu trang.
    """))

msg("none", "portuguese-staff-meeting-reminder",
    "Portuguese staff meeting reminder for home-health aides",
    lang="Portuguese", cs="iso-8859-1", cte="qp", client="outlook", frm=("Saltmarsh HH Escritório", "office@saltmarsh-hh.example.com"), to=("Equipe", "team-pt@saltmarsh-hh.example.com"),
    subj="Reunião de equipe - quarta",
    body="Lembrete: reunião de equipe quarta às 8h30 no escritório. Vamos falar do novo aplicativo de ponto e das férias de julho. Haverá café.\n")

msg("none", "arabic-ramadan-fasting-diabetes-education",
    "Arabic (UTF-8 8bit) general education on fasting safely with diabetes",
    trap=True, lang="Arabic", cte="8bit", client="outlook", frm=("صحة المجتمع - برايتووتر", "community.health@brightwater.example.org"), to=("القائمة المجتمعية", "arabic-community@lists.brightwater.example.org"),
    subj="الصيام ومرض السكري",
    body=T("""
    نصائح عامة للصيام مع مرض السكري:
    - استشر طبيبك قبل الصيام بأسابيع.
    - افحص السكر عدة مرات في اليوم.
    - أفطر فوراً إذا كان السكر أقل من 70 أو أكثر من 300.
    محاضرة مجانية يوم الأحد في المركز الإسلامي.
    """))

msg("none", "hinglish-code-drill-chat",
    "Hinglish staff chat about tomorrow's mock code drill",
    trap=True, lang="Hindi/English", client="chat", frm=CHAT, to=bw("icu.staff", "ICU Staff"),
    subj="PulseChat export: #ICU-nights",
    body=chat("#ICU-nights", [
        ("23:40", "Priya Nair RN", "kal mock code hai 1400, SimMan ko bed 16 mein rakhna hai"),
        ("23:41", "Rahul Verma RN", "haan, crash cart bhi check kar lena, last time defib ka pad expire tha"),
        ("23:41", "Priya Nair RN", "ok done 👍"),
    ], by="p.nair", day="06/09/2026"), cte="qp")

msg("none", "french-formation-sepsis",
    "French training notice on the sepsis protocol for a partner clinic's nurses",
    trap=True, lang="French", cte="qp", client="outlook", frm=("Clinique Oasis - Formation", "formation@clinique-oasis.example.net"), to=("Infirmières", "infirmieres@clinique-oasis.example.net"),
    subj="Formation sepsis - jeudi", tz=-4,
    body="Formation obligatoire sur le protocole sepsis (lactate, hémocultures, antibiotiques dans l'heure) jeudi 14h, salle B. Durée 45 min. Café offert.\n")

msg("none", "spanish-turnos-prn",
    "Spanish notice of open PRN interpreter shifts",
    trap=True, lang="Spanish", cte="qp", client="outlook", frm=("LinguaBridge Programación", "sched@linguabridge.example.com"), to=("Intérpretes de español", "spanish-team@linguabridge.example.com"),
    subj="Turnos PRN disponibles en julio",
    body="Hay 9 turnos PRN disponibles en julio (urgencias de noche y fines de semana en Brightwater). Inscríbanse en el portal antes del 25 de junio.\n")

msg("none", "spanglish-a-que-hora-abren",
    "Spanglish message from a named person asking clinic hours (no care)",
    trap=True, lang="Spanish/English", client="sms", frm=("(312) 555-0173", "13125550173@txt.example.net"), to=bw("fm.elmst.text", "Elm St Text Line"),
    subj="Text message from (312) 555-0173",
    body="hola soy Ramona Ruiz, a qué hora abren mañana? y el parking is free o hay que pagar?\n", cte="qp")

msg("none", "insurance-accepted-question",
    "Named person asks whether the clinic accepts her health plan (no care)",
    trap=True, client="portal", frm=PORTAL, to=bw("fm.elmst.pool", "Family Medicine Elm St Pool"),
    subj="New message: billing question",
    body="From: Carla Neville\nSubject: insurance\n\ndo you guys take Copperline Silver? my job is switching plans in August\n")

msg("none", "lions-club-cookies-thank-you",
    "Thank-you note: a community club delivered cookies to the 5E staff",
    client="webmail", frm=("Tamarack Lions Club", "secretary@tamaracklions.example.org"), to=bw("5e.manager", "5E Nurse Manager"),
    subj="cookies!",
    body="We'll drop off 6 dozen cookies for the night shift Thursday around 6pm. Thank you all for what you do!\n")

msg("none", "running-late-traffic",
    "Staff running late because of traffic",
    client="sms", frm=("(312) 555-0121", "13125550121@txt.example.net"), to=bw("ed.charge", "ED Charge RN"),
    subj="Text message from (312) 555-0121",
    body="running 10 late, crash on 94. sorry!! -Amy\n")

msg("none", "shift-swap-group-chat",
    "Chat export: two nurses swap shifts",
    client="chat", frm=CHAT, to=bw("ed.charge", "ED Charge RN"),
    subj="PulseChat export: #ED-RN-swaps",
    body=chat("#ED-RN-swaps", [
        ("10:02", "Amy Reyes RN", "anyone want my 6/20 7p? I'll take a day shift the week after"),
        ("10:15", "Tess Okoye RN", "I'll take it if you take my 6/27 day"),
        ("10:16", "Amy Reyes RN", "deal, putting in the swap"),
    ], by="a.reyes", day="06/10/2026"))

msg("none", "npo-coffee-joke",
    "Joke: 'I'm NPO until someone brings coffee'",
    trap=True, client="sms", frm=("(312) 555-0122", "13125550122@txt.example.net"), to=bw("3w.charge", "3W Charge"),
    subj="Text message from (312) 555-0122",
    body="I'm NPO until someone brings coffee. strict I&O of caffeine ☕\n", cte="qp")

msg("none", "sp-three-nights-joke",
    "Joke: 's/p 3 night shifts, send help'",
    trap=True, client="iphone", frm=bw("k.odum", "Kezia Odum"), to=bw("3w.staff", "3W Staff"),
    subj="s/p 3 nights",
    body="s/p 3 night shifts, hx of poor decisions, c/o needing a nap. plan: sleep, f/u Monday. dispo: couch\n\nSent from my iPhone\n")

msg("none", "ics-tumor-board-no-cases",
    "Calendar invite: thoracic tumor board series, no case list",
    trap=True, client="outlook", shape="cal", frm=bw("tumor.board", "Tumor Board Coordinator"), to=bw("thoracic.group", "Thoracic Oncology Group"),
    subj="Thoracic tumor board - weekly",
    body="Weekly thoracic tumor board, Wed 0700. Case lists go out Tues by secure mail, not on this invite.\n",
    ics=dict(summary="Thoracic tumor board", start="20260617T070000", end="20260617T080000",
             organizer=("Tumor Board Coordinator", bw("tumor.board")), attendees=[("Thoracic Oncology Group", bw("thoracic.group"))],
             location="Cancer Center conf rm 2 / video", rrule="FREQ=WEEKLY;BYDAY=WE;COUNT=20"))

msg("none", "pdf-sepsis-pocket-card",
    "PDF attachment: sepsis bundle pocket card (education)",
    trap=True, client="outlook", frm=bw("nurse.educator", "Nurse Educator"), to=bw("all.rns", "All RNs"),
    subj="sepsis pocket card",
    body="new pocket card attached, print on cardstock.\n",
    att=[A("application/pdf", "sepsis_pocket_card.pdf", pdf([
        "SEPSIS BUNDLE - POCKET CARD",
        "Within 1 hour: lactate, blood cultures x2 BEFORE antibiotics,",
        "broad-spectrum antibiotics, 30 mL/kg crystalloid if SBP<90 or lactate >=4.",
        "Repeat lactate if >2. Vasopressors for MAP <65 after fluids.",
        "Call RRT x5555 for qSOFA >=2.",
    ], "Sepsis pocket card"))])

msg("none", "csv-rn-schedule-week",
    "CSV of RN shift assignments (staff names only)",
    trap=True, client="outlook", frm=bw("6w.manager", "6W Nurse Manager"), to=bw("6w.staff", "6W Staff"),
    subj="schedule wk 25", body="posted + attached. swaps by Thurs.\n",
    att=[A("text/csv", "6W_schedule_wk25.csv", T("""
    name,role,mon,tue,wed,thu,fri,sat,sun
    Blevins K,RN,D,D,,N,N,,
    Hahn V,RN,,D,D,D,,,D
    Odum K,RN,N,N,N,,,,
    Garza L,CNA,D,,D,,D,D,
    """))])

msg("none", "quality-dashboard-clabsi-cauti",
    "Quality dashboard: CLABSI, CAUTI and C. diff counts by quarter (aggregate)",
    trap=True, client="outlook", shape="html", frm=bw("quality", "Quality & Safety"), to=bw("nurse.managers", "Nurse Managers"),
    subj="Q2 HAI dashboard",
    html=T("""
    <html><body><p>Q2 HAI (through 6/10)</p>
    <table border="1" cellpadding="3"><tr><th>unit</th><th>CLABSI</th><th>CAUTI</th><th>C diff</th></tr>
    <tr><td>MICU</td><td>0</td><td>1</td><td>0</td></tr>
    <tr><td>4W</td><td>0</td><td>0</td><td>2</td></tr>
    <tr><td>5E</td><td>1</td><td>0</td><td>1</td></tr></table>
    <p>SIR below 1.0 for all three. Thank you!</p></body></html>
    """))

msg("none", "vl-blade-missing-airway-cart",
    "Twin of 'VL undetectable': VL here is the video laryngoscope blade missing from the ED airway cart",
    trap=True, client="sms", frm=("(312) 555-0123", "13125550123@txt.example.net"), to=bw("rt.lead", "Respiratory Therapy Lead"),
    subj="Text message from (312) 555-0123",
    body="VL blade size 4 missing from ED airway cart again + VL screen cracked. need replacement before tonight\n")

msg("none", "mab-infusion-suite-closed-fri",
    "Twin of 'MAB f/u': the mAb (monoclonal antibody) infusion suite is closed Friday for HVAC",
    trap=True, client="outlook", frm=bw("infusion.center", "Infusion Center"), to=bw("infusion.staff", "Infusion Staff"),
    subj="mAb suite closed Fri",
    body="mAb infusion suite closed Fri 6/19 for HVAC work. chairs 1-6 move to the main infusion bay, schedulers already moved everyone.\n")

msg("none", "si-units-go-live",
    "Twin of 'SI w/ plan': lab reporting switches to SI units",
    trap=True, client="outlook", frm=bw("lab.director", "Laboratory Director"), to=bw("all.prescribers", "All Prescribers"),
    subj="SI units go-live",
    body="SI units go-live 7/1 for glucose (mmol/L) and creatinine (umol/L) in the research reports only. clinical results stay conventional. conversion table on the lab page.\n")

msg("none", "prep-navigator-job-posting",
    "Job posting: PrEP navigator for the Meridian Clinic",
    trap=True, client="outlook", shape="html", frm=bw("hr.recruiting", "HR Recruiting"), to=bw("all.staff", "All Staff"),
    subj="now hiring: PrEP navigator",
    body="Meridian Clinic is hiring a PrEP navigator (1.0 FTE): outreach, insurance and patient-assistance enrollment, bilingual English/Spanish preferred. Req #26-0433.\n")

msg("none", "pos-terminal-cafeteria-down",
    "Cafeteria POS terminal down (POS = point of sale)",
    trap=True, client="sms", frm=("Food Services", "13125550124@txt.example.net"), to=bw("all.staff.text", "All Staff Text Alerts"),
    subj="Text message from (312) 555-0124",
    body="cafeteria POS terminal 2 down, cash or badge pay at register 1 only. sorry for the line\n")

msg("none", "mrs-k-dietary-retiring",
    "Twin of 'Mrs. K rm 108': Mrs. K from dietary is retiring, cake (staff, no care)",
    trap=True, client="outlook", frm=bw("dietary.manager", "Dietary Manager"), to=bw("all.staff", "All Staff"),
    subj="Mrs. K retiring!",
    body="After 31 years Mrs. K (Krystyna) from dietary is retiring! cake + card in the cafeteria Fri 2pm. stop by rm 108 (dietary office) to sign the card.\n")

msg("none", "jm-assignments-rms-12-18",
    "Twin of 'JM rm 12': nursing assignments by staff initials and room ranges",
    trap=True, client="sms", frm=("5E Charge", "13125550125@txt.example.net"), to=bw("5e.staff", "5E Staff"),
    subj="Text message from (312) 555-0125",
    body="assignments 7a: JM rms 12-18, TK 19-24, AL 25-30, float RN 1-6. CNA: Lupe 12-24\n")

msg("none", "chinese-pharmacy-holiday-hours",
    "Chinese (Big5 base64) community pharmacy notice of holiday hours and refill reminders",
    trap=True, lang="Chinese", cs="big5", cte="b64", client="outlook", frm=("Kettle Drug 華埠分店", "chinatown@kettledrug.example.com"), to=("顧客通知", "notices@kettledrug.example.com"),
    subj="7月4日假期營業時間",
    body=T("""
    親愛的顧客：
    7月4日（星期六）本店營業時間為上午10點至下午2點。
    需要續配處方藥的顧客，請於7月2日前來電或在網上申請。
    謝謝！
    """))

msg("none", "pager-test-ignore",
    "Pager system test (please ignore)",
    client="pager", frm=PAGER, to=bw("all.pagers", "All Pager Holders"),
    subj="PAGE TEST",
    body=page("0000", "PAGE TEST - monthly system test, please ignore. no callback needed.", "0001"))

msg("none", "garage-b-closed-lot-d",
    "Parking: garage B closed, staff use lot D",
    client="outlook", frm=bw("security", "Security & Parking"), to=bw("all.staff", "All Staff"),
    subj="garage B closed Sat",
    body="garage B closed Sat 6/13 0500-1700 for striping. staff use lot D, shuttle every 10 min. ED patients and visitors still use lot A.\n")

msg("none", "new-grad-cheat-sheet-abbrevs",
    "Education: list of common chart abbreviations for new grads (pt, s/p, hx, c/o, NPO, BID)",
    trap=True, client="outlook", frm=bw("nurse.educator", "Nurse Educator"), to=bw("new.grads", "New Grad Residency"),
    subj="abbreviation cheat sheet",
    body=T("""
    ok: pt, s/p, hx, c/o, f/u, r/o, dc, w/, NPO, BID, TID, PRN
    do NOT use: QD, QOD, U (write 'units'), MS/MSO4, trailing zeros (1.0 mg)
    """))

msg("none", "residency-wellness-check-in",
    "Program director's general wellness note to residents, mentions counselling resources",
    trap=True, client="outlook", frm=bw("med.pd", "Medicine Program Director"), to=bw("med.residents", "Medicine Residents"),
    subj="checking in",
    body="June is hard. reminder that the EAP has same-week counseling, confidential, and the 988 line is 24/7. my door is open. no one has to tell me why.\n")

msg("none", "carrier-screening-lab-menu-update",
    "Lab test-menu update: expanded carrier screening panel now orderable (no patient)",
    trap=True, client="outlook", frm=("Cobalt Genomics Client Services", "clients@cobaltgenomics.example.com"), to=bw("lab.outreach", "Lab Outreach"),
    subj="menu update: carrier panel",
    body="Expanded carrier screening (CF, SMA, FXS + 110 genes) now orderable, code CG-CS113. TAT 10-14 days. requisition v7 attached in the portal.\n")

msg("none", "ed-waiting-room-signage-spanish",
    "Spanish waiting-room sign text about wait times and triage (no individual)",
    trap=True, lang="Spanish", cte="qp", client="outlook", frm=bw("ed.director", "ED Director"), to=bw("print.shop", "Print Shop"),
    subj="letrero sala de espera - imprimir",
    body=T("""
    Por favor imprimir 4 copias, tamaño póster:

    "Atendemos por orden de gravedad, no de llegada. Si sus síntomas empeoran mientras espera, avise a la enfermera de triaje. Tiempo de espera aproximado en pantalla."
    """))

msg("none", "korean-pharmacy-shortage-notice",
    "Korean (UTF-8 QP) notice to the clinic's Korean-speaking staff about an amoxicillin suspension shortage",
    trap=True, lang="Korean", cte="qp", client="outlook", frm=("약국 공지", "pharm.ops@brightwater.example.org"), to=("한국어 직원", "korean-staff@brightwater.example.org"),
    subj="아목시실린 시럽 품절 안내",
    body="아목시실린 현탁액(400mg/5mL)이 2주간 품절입니다. 소아과에서는 캡슐 개봉 또는 세팔렉신으로 대체해 주세요. 문의: 약국 내선 4502\n")

msg("none", "hinglish-chai-break-night-shift",
    "Hinglish night-shift chai break plan (no health content)",
    lang="Hindi/English", client="gmail", frm=("Rahul Verma", "rahul.verma.rn@example.com"), to=bw("icu.staff", "ICU Staff"),
    subj="chai at 3",
    body="aaj raat 3 baje chai break, maine masala chai aur samosa laya hai. jo free ho aa jana break room mein 🙂\n", cte="qp")

msg("none", "tagalog-positive-attitude-meme",
    "Tagalog/English motivational note: 'stay positive' (no health content about anyone)",
    trap=True, lang="Tagalog/English", client="gmail", frm=("Mel Aquino", "mel.aquino@example.net"), to=bw("5e.staff", "5E Staff"),
    subj="good morning mga ka-nurse",
    body="Good morning mga ka-nurse! laban lang, positive attitude kahit toxic ang shift 💪 kape tayo mamaya\n", cte="qp")


# Messages whose text names a time (chat exports, quoted headers, call-backs)
# get a Date just after it; the rest are spread through June 2026.
FIXED_DATES = {
    "ipass-bed14-si-plan-sitter": (6, 2, 6, 46),
    "pt-in-waiting-room-wifi": (6, 3, 9, 15),
    "html-chat-bed3-bup-induction": (6, 4, 11, 31),
    "wet-read-cxr-dunmore-rll": (6, 6, 14, 6),
    "ld-handoff-jenkins-labor-epidural": (6, 8, 19, 7),
    "hinglish-code-drill-chat": (6, 9, 23, 48),
    "shift-swap-group-chat": (6, 10, 10, 22),
    "lab-callback-hayes-gc-ct-pos": (6, 10, 9, 13),
    "quoted-only-gutierrez-lap-chole-npo": (6, 4, 16, 40),
    "spanish-reply-over-quoted-english-okafor": (6, 4, 15, 52),
    "quoted-only-ruiz-nexplanon-ec": (6, 15, 8, 37),
    "quoted-twice-yusuf-chf-admit": (6, 9, 21, 55),
}
for _m in MSGS:
    if _m["slug"] in FIXED_DATES:
        mo, d, hh, mi = FIXED_DATES[_m["slug"]]
        _m["date"] = datetime.datetime(2026, mo, d, hh, mi, 0)


# =================================================================
# numbering, writing, checking
# =================================================================
BAD_SLUG = ("trap", "phi", "restricted", "none")
ALLOWED_DOM = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test)$", re.I)


def plan():
    """Return [(number, m)] with numbers from a fixed shuffle."""
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    num = {}
    for pos, i in enumerate(order, 1):
        num[i] = pos
    return [(num[i], MSGS[i]) for i in range(len(MSGS))]


def render():
    files = {}
    rows = []
    for i, (n, m) in enumerate(plan()):
        name = "%03d-%s.eml" % (n, m["slug"])
        files[os.path.join(m["label"], name)] = build(m, i)
        rows.append((name, m["label"], m["desc"]))
    rows.sort()
    tsv = "".join("%s\t%s\t%s\n" % r for r in rows)
    return files, tsv


def write():
    files, tsv = render()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(tsv)


class CheckError(Exception):
    pass


def fail(where, what):
    raise CheckError("%s: %s" % (where, what))


def check_text_values(where, text):
    for host in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text):
        if not ALLOWED_DOM.search(host.rstrip(".")):
            fail(where, "address host not allowed: " + host)
    for host in re.findall(r"https?://([^/\s\"'<>]+)", text):
        if not ALLOWED_DOM.search(host):
            fail(where, "URL host not allowed: " + host)
    for d4 in re.findall(r"555[-. ]?(\d{4})(?!\d)", text):
        if not d4.startswith("01"):
            fail(where, "555 number outside 555-01xx: " + d4)
    for ip in re.findall(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])", text):
        if not re.match(r"^(10\.|192\.168\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)", ip):
            fail(where, "IP not private/documentation: " + ip)


def check_raw_part(where, part):
    """Transfer-encoding checks on the raw payload of a leaf part."""
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    if cte in ("7bit", "8bit"):
        rawb = part.get_payload(decode=True)
    else:
        raw = part.get_payload(decode=False)
        if isinstance(raw, list):
            return
        rawb = raw.encode("ascii") if isinstance(raw, str) else raw
    if cte == "base64":
        for ln in rawb.split(b"\n"):
            if len(ln.rstrip(b"\r")) > 76:
                fail(where, "base64 line > 76")
        try:
            base64.b64decode(re.sub(rb"\s+", b"", rawb), validate=True)
        except binascii.Error as e:
            fail(where, "bad base64: %s" % e)
    elif cte == "quoted-printable":
        for ln in rawb.split(b"\n"):
            ln = ln.rstrip(b"\r")
            if len(ln) > 76:
                fail(where, "QP line > 76")
            if re.search(rb"=(?![0-9A-F]{2}|$)", ln):
                fail(where, "bad QP escape")
    elif cte == "7bit":
        try:
            rawb.decode("ascii")
        except UnicodeDecodeError:
            fail(where, "non-ASCII in 7bit part")


def check_message(where, data, stats=None):
    if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        fail(where, "line endings are not CRLF only")
    for ln in data.split(b"\r\n"):
        if len(ln) > 998:
            fail(where, "line longer than 998 octets")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    texts = []

    def headers_of(m, w):
        for k in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if m.get(k) is None:
                fail(w, "missing header " + k)
        if not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", str(m["Message-ID"])):
            fail(w, "bad Message-ID")
        dt = m["Date"].datetime
        if dt is None or dt.tzinfo is None or dt.year != 2026:
            fail(w, "Date not in 2026 with a zone")
        for k, v in m.items():
            sv = str(v)
            if "=?" in sv:
                fail(w, "undecoded encoded word in " + k)
            texts.append(sv)
        texts.append(str(m["Message-ID"]))

    headers_of(msg, where)
    for part in msg.walk():
        if part.defects:
            fail(where, "defects %r in %s" % (part.defects, part.get_content_type()))
        for k, v in part.items():
            if getattr(v, "defects", None):
                fail(where, "header defects in %s: %r" % (k, v.defects))
        ct = part.get_content_type()
        if stats is not None:
            stats.setdefault("parts", {}).setdefault(ct, 0)
            stats["parts"][ct] += 1
        if ct == "message/rfc822":
            sub = part.get_payload()[0]
            headers_of(sub, where + " (attached message)")
            continue
        if part.is_multipart():
            continue
        check_raw_part(where, part)
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        if stats is not None:
            stats.setdefault("cte", {}).setdefault(cte, 0)
            stats["cte"][cte] += 1
        content = part.get_content()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            if stats is not None:
                stats.setdefault("charsets", {}).setdefault(cs, 0)
                stats["charsets"][cs] += 1
            try:
                part.get_payload(decode=True).decode(codec(cs), errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                fail(where, "charset %s does not decode: %s" % (cs, e))
            if ct == "text/calendar":
                content = re.sub(r"\r?\n[ \t]", "", content)
            texts.append(content)
            if ct == "text/calendar":
                for comp in set(re.findall(r"^BEGIN:(\w+)", content, re.M)):
                    if content.count("BEGIN:" + comp) != content.count("END:" + comp):
                        fail(where, "ICS BEGIN/END mismatch for " + comp)
        elif ct == "application/pdf":
            check_pdf(content)
            texts.append(pdf_text(content))
        fn = part.get_filename()
        if fn:
            texts.append(fn)
    for t in texts:
        check_text_values(where, t)
    return msg


def check(verbose=True):
    files, tsv = render()
    errors = []
    # the plan itself
    slugs = [m["slug"] for m in MSGS]
    if len(set(slugs)) != len(slugs):
        errors.append("duplicate slugs")
    for s in slugs:
        if any(b in s for b in BAD_SLUG):
            errors.append("slug gives the label away: " + s)
    cnt = {lab: sum(1 for m in MSGS if m["label"] == lab) for lab in LABELS}
    if cnt != COUNTS:
        errors.append("counts %r != %r" % (cnt, COUNTS))
    nonen = sum(1 for m in MSGS if m.get("lang", "en") != "en")
    if nonen < 40:
        errors.append("only %d non-English" % nonen)
    traps = sum(1 for m in MSGS if m["label"] == "none" and m.get("trap"))
    if traps < 75:
        errors.append("only %d traps" % traps)
    for m in MSGS:
        if m["label"] == "restricted" and m.get("cat") not in CATS:
            errors.append("restricted without category: " + m["slug"])
        if m["label"] != "restricted" and m.get("cat"):
            errors.append("category on non-restricted: " + m["slug"])
        if m["label"] != "none" and m.get("trap"):
            errors.append("trap flag outside none: " + m["slug"])
        if "\t" in m["desc"] or "\n" in m["desc"]:
            errors.append("desc has tab/newline: " + m["slug"])
    for c in CATS:
        k = sum(1 for m in MSGS if m.get("cat") == c)
        if k < 5:
            errors.append("category %s has %d" % (c, k))
    nums = sorted(int(os.path.basename(r)[:3]) for r in files)
    if nums != list(range(1, len(MSGS) + 1)):
        errors.append("numbers are not 001-%03d" % len(MSGS))
    # what is on disk
    on_disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errors.append("missing folder " + lab)
            continue
        for f in sorted(os.listdir(d)):
            with open(os.path.join(d, f), "rb") as fh:
                on_disk[os.path.join(lab, f)] = fh.read()
    if set(on_disk) != set(files):
        errors.append("files on disk differ from the plan: extra %s missing %s" % (
            sorted(set(on_disk) - set(files))[:5], sorted(set(files) - set(on_disk))[:5]))
    for rel, data in files.items():
        if on_disk.get(rel) != data and rel in on_disk:
            errors.append("%s is not what gen.py writes" % rel)
    try:
        with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
            disk_tsv = fh.read()
    except OSError:
        disk_tsv = ""
    if disk_tsv != tsv:
        errors.append("labels.tsv is not what gen.py writes")
    listed = {}
    for ln in disk_tsv.splitlines():
        parts = ln.split("\t")
        if len(parts) != 3:
            errors.append("bad labels.tsv row: " + ln)
            continue
        if parts[0] in listed:
            errors.append("listed twice: " + parts[0])
        listed[parts[0]] = parts[1]
    for rel in on_disk:
        lab, f = rel.split(os.sep)
        if listed.get(f) != lab:
            errors.append("%s not listed with its folder" % rel)
    if sorted(disk_tsv.splitlines()) != disk_tsv.splitlines():
        errors.append("labels.tsv not sorted")
    seen = {}
    stats = {}
    for rel, data in sorted(on_disk.items()):
        h = hashlib.sha1(data).hexdigest()
        if h in seen:
            errors.append("duplicate content: %s and %s" % (seen[h], rel))
        seen[h] = rel
        try:
            check_message(rel, data, stats)
        except CheckError as e:
            errors.append(str(e))
        except Exception as e:  # parsing blew up
            errors.append("%s: %s: %s" % (rel, type(e).__name__, e))
    if verbose:
        for e in errors:
            print("FAIL", e)
        print("checked %d messages: %s; %d non-English; %d traps; %s" % (
            len(on_disk), ", ".join("%s %d" % (k, cnt[k]) for k in LABELS), nonen, traps,
            "OK" if not errors else "%d problems" % len(errors)))
    return not errors, stats


def print_stats():
    ok, stats = check(verbose=False)
    from collections import Counter
    print("labels:", Counter(m["label"] for m in MSGS))
    print("traps:", sum(1 for m in MSGS if m.get("trap")))
    print("categories:", Counter(m.get("cat") for m in MSGS if m.get("cat")))
    for lab in LABELS:
        langs = Counter(m.get("lang", "en") for m in MSGS if m["label"] == lab)
        print("%s languages:" % lab, dict(langs))
    files, _ = render()
    top = Counter()
    for data in files.values():
        mm = BytesParser(policy=email.policy.default).parsebytes(data)
        top[mm.get_content_type()] += 1
    print("top-level:", dict(top))
    for k in ("parts", "cte", "charsets"):
        print(k + ":", dict(sorted(stats.get(k, {}).items())))
    bl = [m for m in MSGS if m["desc"].startswith("borderline:")]
    print("borderline (%d):" % len(bl))
    for m in bl:
        print("  %-10s %s" % (m["label"], m["slug"]))


def main(argv):
    if "--stats" in argv:
        print_stats()
        return 0
    if "--check" not in argv:
        write()
    ok, _ = check()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
