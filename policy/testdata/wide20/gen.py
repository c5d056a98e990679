#!/usr/bin/env python3
"""Generator for wide20: restricted care in every guise, and its look-alikes.

Substance-use treatment, mental health, HIV, genetic and reproductive care
written the way people write about it (clinic nicknames, drug brands, slang,
lab and billing codes, levels of care), next to near-miss PHI and to mail
that uses the same words about nobody in particular.

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
import hashlib
import os
import random
import re
import sys
import textwrap
import zlib
import email
import email.policy
import email.utils
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260420
LABELS = ("none", "phi", "restricted")
COUNTS = {"none": 100, "phi": 40, "restricted": 60}
CRLF = "\r\n"

CODEC = {
    "us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
    "iso-8859-2": "iso8859_2", "iso-8859-15": "iso8859_15",
    "windows-1252": "cp1252", "windows-1250": "cp1250",
    "windows-1251": "cp1251", "windows-1256": "cp1256", "koi8-r": "koi8_r",
    "koi8-u": "koi8_u", "gb2312": "gb2312", "gbk": "gbk", "big5": "big5",
    "shift_jis": "shift_jis", "euc-jp": "euc_jp", "euc-kr": "euc_kr",
    "ks_c_5601-1987": "euc_kr", "windows-1258": "cp1258",
}
QP_CHARSETS = {"iso-8859-1", "iso-8859-2", "iso-8859-15", "windows-1252",
               "windows-1250"}

LANG_NAMES = {
    "en": "English", "es": "Spanish", "pt": "Portuguese", "fr": "French",
    "ru": "Russian", "uk": "Ukrainian", "pl": "Polish", "vi": "Vietnamese",
    "zh": "Chinese", "ko": "Korean", "ar": "Arabic", "tl": "Tagalog",
    "ht": "Haitian Creole", "fa": "Farsi", "hi": "Hindi", "de": "German",
    "it": "Italian", "ja": "Japanese", "so": "Somali", "am": "Amharic",
}
LANG_ZONE = {
    "en": -5, "es": -5, "pt": -3, "fr": 1, "ru": 3, "uk": 2, "pl": 1,
    "vi": 7, "zh": 8, "ko": 9, "ar": 3, "tl": 8, "ht": -5, "fa": 3.5,
    "hi": 5.5, "de": 1, "it": 1, "ja": 9, "so": 3, "am": 3,
}
CATS = {"mh": "mental health", "sud": "substance-use treatment (42 CFR Part 2)",
        "hiv": "HIV", "gen": "genetic", "rep": "reproductive health"}


def codec(cs):
    return CODEC.get(cs.lower(), cs)


def D(s):
    """Dedent a triple-quoted body and end it with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


# ------------------------------------------------------------ rendering --
class _Ctx:
    slug = ""
    n = 0


CTX = _Ctx()


def _h(*parts):
    CTX.n += 1
    s = "|".join([CTX.slug, str(CTX.n)] + [str(p) for p in parts])
    return hashlib.sha1(s.encode()).hexdigest()


def qp(data):
    out = binascii.b2a_qp(data.replace(b"\r\n", b"\n"), quotetabs=False,
                          istext=True, header=False)
    out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not out.endswith(b"\r\n"):
        out += b"=\r\n"
    return out


def b64(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def _qword(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        elif ch == " ":
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def enc_words(s, cs, mode=None):
    cod = codec(cs)
    mode = mode or ("Q" if cs.lower() in QP_CHARSETS else "B")

    def e(chunk):
        b = chunk.encode(cod)
        if mode == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        return "=?%s?Q?%s?=" % (cs, _qword(b))

    words, cur = [], ""
    for ch in s:
        if cur and len(e(cur + ch)) > 75:
            words.append(e(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(e(cur))
    return words


def htext(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return (CRLF + " ").join(enc_words(s, cs))


SPECIALS = set('()<>[]:;@\\,."')


def addr(a, cs="utf-8"):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", a.strip())
    if not m:
        return a.strip()
    name, em = m.group(1).strip(), m.group(2)
    if not name:
        return "<%s>" % em
    if all(ord(c) < 128 for c in name):
        if any(c in SPECIALS for c in name):
            name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
        return "%s <%s>" % (name, em)
    return "%s <%s>" % (" ".join(enc_words(name, cs)), em)


def addrs(v, cs="utf-8"):
    if isinstance(v, str):
        v = [v]
    return ("," + CRLF + " ").join(addr(a, cs) for a in v)


def _param(k, v):
    if all(ord(c) < 128 for c in v):
        return '%s="%s"' % (k, v)
    from urllib.parse import quote
    return "%s*=utf-8''%s" % (k, quote(v.encode("utf-8"), safe=""))


class P:
    """One MIME part (leaf or multipart)."""

    def __init__(self, ctype, body=b"", params=(), cte=None, disp=None,
                 fname=None, headers=(), parts=None, preamble=None):
        self.ctype, self.body, self.params = ctype, body, list(params)
        self.cte, self.disp, self.fname = cte, disp, fname
        self.headers, self.parts = list(headers), parts
        self.preamble = preamble

    def head(self):
        params = list(self.params)
        if self.parts is not None:
            self.boundary = "----=_Part_%s" % _h(self.ctype)[:24]
            params.append(("boundary", self.boundary))
        ct = self.ctype + "".join(";" + CRLF + " " + _param(k, v) for k, v in params)
        lines = ["Content-Type: " + ct]
        if self.cte:
            lines.append("Content-Transfer-Encoding: " + self.cte)
        if self.disp:
            d = self.disp
            if self.fname:
                d += ";" + CRLF + " " + _param("filename", self.fname)
            lines.append("Content-Disposition: " + d)
        for k, v in self.headers:
            lines.append("%s: %s" % (k, v))
        return lines

    def render_body(self):
        if self.parts is None:
            return self.body
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\r\n"
        for p in self.parts:
            out += b"\r\n--" + self.boundary.encode() + b"\r\n" + p.render()
        out += b"\r\n--" + self.boundary.encode() + b"--\r\n"
        return out

    def render(self):
        h = self.head()
        return (CRLF.join(h) + CRLF + CRLF).encode() + self.render_body()


def encode_body(data, cte):
    if cte == "quoted-printable":
        return qp(data)
    if cte == "base64":
        return b64(data)
    data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data


def T(text, sub="plain", cs="utf-8", cte=None, flowed=False, fname=None,
      disp=None, headers=()):
    """A text part.  text is dedented; newlines become CRLF."""
    text = D(text) if "\n" in text else text + "\n"
    data = text.encode(codec(cs)).replace(b"\n", b"\r\n")
    ascii_only = all(b < 128 for b in data)
    if cte is None:
        if ascii_only:
            cte = "7bit"
        elif cs.lower() in QP_CHARSETS or cs.lower() == "utf-8" and sub == "plain":
            cte = "quoted-printable"
        else:
            cte = "base64"
    params = [("charset", cs)]
    if flowed:
        params.append(("format", "flowed"))
    if fname and not disp:
        disp = "attachment"
    return P("text/" + sub, encode_body(data, cte), params, cte, disp, fname,
             headers)


def H(html, cs="utf-8", cte=None):
    return T(html, "html", cs, cte or "quoted-printable")


def ALT(plain, html, cs="utf-8", pcte=None, hcte=None):
    return P("multipart/alternative", parts=[T(plain, cs=cs, cte=pcte),
                                             H(html, cs, hcte)])


def MIX(*parts, sub="mixed"):
    return P("multipart/" + sub, parts=list(parts),
             preamble="This is a multi-part message in MIME format.")


def A(ctype, data, fname, cte="base64", disp="attachment", params=()):
    return P(ctype, encode_body(data, cte), params, cte, disp, fname)


def CSV(text, fname, cs="utf-8", cte=None):
    return T(text, "csv", cs, cte, fname=fname)


def RFC822(inner):
    raw = inner if isinstance(inner, bytes) else inner.bytes()
    cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    return P("message/rfc822", raw, (), cte, "inline")


# PDF ---------------------------------------------------------------------
def pdf(lines, title="Document", flate=False):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 760
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 %d Td" % y]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    if flate:
        stream = zlib.compress(content, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(stream)
    else:
        stream = content
        sdict = "<< /Length %d >>" % len(stream)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        sdict.encode() + b"\nstream\n" + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (ScanWorks PDF 3.1) "
         "/CreationDate (D:20260101000000Z) >>" % esc(title)).encode("latin-1"),
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
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return out


def PDF(lines, fname, title=None, flate=False):
    return A("application/pdf", pdf(lines, title or fname, flate), fname)


# ICS ---------------------------------------------------------------------
def _fold(line):
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


def _ical_text(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics(method, uid, summary, start, end, organizer, attendees=(), desc="",
        loc="", tz="America/New_York", status="CONFIRMED", rrule=None,
        seq=0, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0",
         "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
         "DTSTAMP:20260101T120000Z",
         "DTSTART;TZID=%s:%s" % (tz, start), "DTEND;TZID=%s:%s" % (tz, end),
         "SUMMARY:" + _ical_text(summary)]
    if loc:
        L.append("LOCATION:" + _ical_text(loc))
    if desc:
        L.append("DESCRIPTION:" + _ical_text(D(desc).rstrip("\n")))
    if rrule:
        L.append("RRULE:" + rrule)
    n, e = re.match(r"^(.*?)\s*<([^>]+)>$", organizer).groups()
    L.append('ORGANIZER;CN="%s":mailto:%s' % (n, e))
    for a in attendees:
        n, e = re.match(r"^(.*?)\s*<([^>]+)>$", a).groups()
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                 'RSVP=TRUE:mailto:%s' % (n, e))
    L += ["SEQUENCE:%d" % seq, "STATUS:" + status, "END:VEVENT", "END:VCALENDAR"]
    return CRLF.join(_fold(x) for x in L) + CRLF


def CAL(method, *a, fname=None, **k):
    text = ics(method, *a, **k)
    data = text.encode("utf-8")
    cte = "7bit" if all(b < 128 for b in data) else "base64"
    p = P("text/calendar", encode_body(data, cte),
          [("charset", "utf-8"), ("method", method)], cte,
          "attachment" if fname else None, fname)
    return p


# WAV (voicemail audio: a short silent clip) --------------------------------
def wav(seconds=0.25):
    n = int(8000 * seconds)
    data = b"\x80" * n
    import struct
    hdr = (b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " +
           struct.pack("<IHHIIHH", 16, 1, 1, 8000, 8000, 1, 8) +
           b"data" + struct.pack("<I", n))
    return hdr + data


# ------------------------------------------------------------- messages --
CLIENTS = [
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) "
                   "Gecko/20100101 Thunderbird/115.10.1"),
    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    ("X-Mailer", "iPhone Mail (21F90)"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("User-Agent", "K-9 Mail for Android"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF125 (Win)/9.0.0_GA_4583)"),
    None,
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Microsoft-MacOutlook/16.84.24041420"),
]

MSGS = []


class Msg:
    def __init__(self, label, slug, desc, frm, to, subj, body, lang="en",
                 cat=None, trap=None, cc=None, cs="utf-8", date=None,
                 client="auto", extra=(), irt=None, reply_to=None):
        self.__dict__.update(locals())
        del self.__dict__["self"]
        if trap is None:
            self.trap = label == "none"

    def domain(self, a):
        return re.search(r"@([^>\s]+)", a).group(1)

    def date_str(self):
        if self.date:
            dt = datetime.datetime.strptime(self.date[:16], "%Y-%m-%d %H:%M")
            z = self.date[17:] if len(self.date) > 16 else None
        else:
            hv = int(hashlib.sha1(self.slug.encode()).hexdigest(), 16)
            dt = datetime.datetime(2026, 1, 5, 7, 0) + datetime.timedelta(
                days=hv % 300, hours=(hv >> 12) % 11, minutes=(hv >> 20) % 60,
                seconds=(hv >> 28) % 60)
            z = None
        if z:
            sign = -1 if z[0] == "-" else 1
            off = sign * (int(z[1:3]) * 60 + int(z[3:5]))
        else:
            off = int(LANG_ZONE.get(self.lang, -5) * 60)
            if off in (-300,) and dt.month in range(3, 11):
                off = -240
        tz = datetime.timezone(datetime.timedelta(minutes=off))
        return email.utils.format_datetime(dt.replace(tzinfo=tz))

    def bytes(self, top=True):
        CTX.slug, CTX.n = self.slug, 0
        frm = self.frm
        fdom = self.domain(frm)
        to_first = self.to[0] if isinstance(self.to, list) else self.to
        tdom = self.domain(to_first)
        date = self.date_str()
        hv = hashlib.sha1(("mid|" + self.slug).encode()).hexdigest()
        mid = "<%s.%s@%s>" % (hv[:20], hv[20:28], fdom)
        hdrs = []
        if top:
            hdrs.append(("Return-Path", "<%s>" % re.search(r"<([^>]+)>", frm).group(1)
                         if "<" in frm else frm))
            ip = "198.51.100.%d" % (int(hv[28:30], 16) % 200 + 20)
            hdrs.append(("Received", "from mail.%s (mail.%s [%s])%s\tby mx.%s "
                         "with ESMTPS id %s;%s\t%s" % (
                             fdom, fdom, ip, CRLF, tdom, hv[30:40].upper(), CRLF, date)))
        hdrs.append(("From", addrs(frm, self.cs)))
        hdrs.append(("To", addrs(self.to, self.cs)))
        if self.cc:
            hdrs.append(("Cc", addrs(self.cc, self.cs)))
        if self.reply_to:
            hdrs.append(("Reply-To", addrs(self.reply_to, self.cs)))
        hdrs.append(("Subject", htext(self.subj, self.cs)))
        hdrs.append(("Date", date))
        hdrs.append(("Message-ID", mid))
        if self.irt:
            ref = "<%s@%s>" % (hashlib.sha1(self.irt.encode()).hexdigest()[:24], tdom)
            hdrs.append(("In-Reply-To", ref))
            hdrs.append(("References", ref))
        if self.client == "auto":
            c = CLIENTS[int(hv[:4], 16) % len(CLIENTS)]
        elif isinstance(self.client, str):
            c = ("X-Mailer", self.client)
        else:
            c = self.client
        if c:
            hdrs.append(c)
        hdrs += list(self.extra)
        hdrs.append(("MIME-Version", "1.0"))
        body = self.body
        if isinstance(body, str):
            body = T(body, cs=self.cs)
        out = CRLF.join("%s: %s" % kv for kv in hdrs) + CRLF
        raw = out.encode("ascii") + body.render()
        return raw


def M(label, slug, desc, frm, to, subj, body, **kw):
    MSGS.append(Msg(label, slug, desc, frm, to, subj, body, **kw))


def inner(frm, to, subj, body, date, slug, cs="utf-8", lang="en", **kw):
    """An embedded message (forwarded as attachment)."""
    return Msg("x", slug, "", frm, to, subj, body, lang=lang, cs=cs, date=date,
               **kw).bytes(top=False)

# =================================================================
# restricted: mental health
# =================================================================
M("restricted", "clozapine-anc-pickup-text",
  "Pharmacy pickup notice to a named patient for clozapine with the ANC on file.",
  "Ridgeway Pharmacy <rxalerts@ridgewayrx.example.com>",
  "Dana Kowalczyk <dkowalczyk@mailbox.example.net>",
  "Your prescription is ready - Ridgeway Pharmacy #214",
  T("""
    Ridgeway Pharmacy #214 - 880 Canal St - (617) 555-0114

    Hi DANA,

    Your prescription is ready for pickup:

      CLOZAPINE 100 MG TABLET   Rx #7713402   Qty 90
      Prescriber: R. ANAND, MD

    We have your ANC from 04/02/2026 (2,900/uL) on file, so this fill can
    be released. Your next blood draw is due by 04/30 - please bring the
    lab slip from the clinic or we will have to hold the next refill.

    Pickup by 04/09 or the order goes back to stock.

    Reply STOP to end text and e-mail alerts.
    """), cat="mh", client="RxAlerts Notify 3.4", date="2026-04-06 08:02 -0400")

M("restricted", "lithium-level-portal-result",
  "Portal result to the patient: serum lithium level with the psychiatrist's comment.",
  "MyHalvorsen <no-reply@my.halvorsen.example.org>",
  "Jordan Pike <jpike88@mailbox.example.net>",
  "New test result from Halvorsen Psychiatry",
  ALT("""
    Hi Jordan,

    A new result is available in MyHalvorsen.

    Lithium, serum (drawn 05/11/2026 07:40, 12 h post dose)
      Result: 0.9 mmol/L    Reference (therapeutic): 0.6 - 1.2
    TSH: 2.1 mIU/L     Creatinine: 0.94 mg/dL

    Comment from Anand Rao, MD (Halvorsen Psychiatry):
    Your level is right where we want it. Keep taking 900 mg at bedtime.
    We'll recheck the level, TSH and kidney function in 3 months, and I'll
    see you at your med check on 6/2.

    Please do not reply to this e-mail. Log in to MyHalvorsen to send a message.
    """, """
    <html><body style="font-family:Arial,sans-serif">
    <p>Hi Jordan,</p>
    <p>A new result is available in <b>MyHalvorsen</b>.</p>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>Test</th><th>Result</th><th>Reference</th></tr>
    <tr><td>Lithium, serum (05/11/2026, 12 h post dose)</td><td>0.9 mmol/L</td><td>0.6 - 1.2</td></tr>
    <tr><td>TSH</td><td>2.1 mIU/L</td><td>0.4 - 4.0</td></tr>
    <tr><td>Creatinine</td><td>0.94 mg/dL</td><td>0.6 - 1.2</td></tr>
    </table>
    <p><i>Comment from Anand Rao, MD (Halvorsen Psychiatry):</i> Your level is right
    where we want it. Keep taking 900&nbsp;mg at bedtime. We'll recheck the level, TSH
    and kidney function in 3 months, and I'll see you at your med check on 6/2.</p>
    <p style="color:#777">Please do not reply to this e-mail.</p>
    </body></html>
    """), cat="mh", client="Orchard EHR Notify 5.1")

M("restricted", "hermano-5150-stillwater",
  "Spanish family mail: a named brother taken to Stillwater on a 5150 / 72-hour hold.",
  "Lucía Carrasco <lucia.carrasco@correo.example.net>",
  "Marta Carrasco <martacarrasco@mailbox.example.com>",
  "Julio",
  T("""
    Marta:

    Te escribo rápido porque no contestas el teléfono. Anoche la policía se
    llevó a Julio a Stillwater con un 5150. Mamá dice que estaba otra vez sin
    dormir, hablando de que lo seguían, y que tiró las pastillas a la basura
    hace como tres semanas.

    Son 72 horas por lo menos. La trabajadora social (se llama Denise) me
    dijo que si el psiquiatra lo ve muy mal pueden pedir más tiempo. No
    dejan visitas hasta mañana a las 4. Le llevé ropa sin cordones, como
    pidieron.

    ¿Puedes llamar tú al trabajo de él? Yo no sé qué decirles.

    Un abrazo,
    Lucía
    """), lang="es", cat="mh", client=("X-Mailer", "iPhone Mail (21F90)"),
  date="2026-03-15 07:48 -0700")

M("restricted", "php-prior-auth-approval",
  "Payer approves partial hospitalization (PHP) days for a member with F33.2; letter attached.",
  "Bellbrook Health Plan UM <um-notices@bellbrook.example.com>",
  "Stillwater Intake <intake@stillwater.example.org>",
  "Authorization 26-0418-7731 approved",
  MIX(T("""
    Authorization decision attached.

    Member:        Ruiz, Tomas A.
    Member ID:     BHP448120957
    Service:       Partial hospitalization program, rev code 0913
    Diagnosis:     F33.2
    Approved:      10 days, 03/02/2026 - 03/13/2026
    Concurrent review due: 03/11/2026

    Bellbrook Health Plan - Utilization Management - (800) 555-0162
    """), PDF([
        "Bellbrook Health Plan - Notice of Authorization Decision",
        "",
        "Authorization #: 26-0418-7731        Date: 02/27/2026",
        "Member: Tomas A. Ruiz   ID: BHP448120957   DOB: 09/03/1984",
        "Facility: Stillwater Behavioral Hospital - Partial Hospitalization",
        "Level of care: PHP (rev 0913), 5 days/week",
        "Diagnosis: F33.2 Major depressive disorder, recurrent, severe",
        "Decision: APPROVED  10 days  03/02/2026 - 03/13/2026",
        "Clinical reviewer: L. Moss, RN   Physician advisor: G. Tran, MD",
        "Next concurrent review: 03/11/2026. Fax updates to 800-555-0163.",
    ], "Auth_26-0418-7731.pdf")),
  cat="mh", client="Bellbrook Correspondence Server", date="2026-02-27 15:10 -0500")

M("restricted", "spravato-session-invite",
  "Outlook invite for a named patient's Spravato session and two-hour monitoring.",
  "Halvorsen Interventional Psychiatry <ipsych-sched@halvorsen.example.org>",
  "Megan Doyle RN <megan.doyle@halvorsen.example.org>",
  "Spravato #6 - Whitcomb, J (84 mg, 2 hr obs)",
  P("multipart/alternative", parts=[
      T("""
        Spravato #6 - Whitcomb, J (84 mg, 2 hr obs)
        When: Tue 04/21/2026 09:00-11:30 (UTC-05:00) Eastern Time
        Where: IP Suite, Room 3

        Patient: Jordan Whitcomb, MRN 20418873
        Dose: 84 mg (3 devices). BP before, at 40 min and before discharge.
        Ride home confirmed (spouse). Last PHQ-9: 14.
        """),
      CAL("REQUEST", "040000008200E00074C5B7101A82E0080000000050A1", 
          "Spravato #6 - Whitcomb, J (84 mg, 2 hr obs)",
          "20260421T090000", "20260421T113000",
          "Halvorsen Interventional Psychiatry <ipsych-sched@halvorsen.example.org>",
          ["Megan Doyle RN <megan.doyle@halvorsen.example.org>"],
          desc="""
            Patient: Jordan Whitcomb, MRN 20418873
            Dose: 84 mg (3 devices). BP before, at 40 min and before discharge.
            Ride home confirmed (spouse). Last PHQ-9: 14.
            """, loc="IP Suite, Room 3")]),
  cat="mh", client=("X-Mailer", "Microsoft Outlook 16.0"), date="2026-04-14 10:22 -0400")

M("restricted", "sessao-emt-lembrete",
  "Portuguese reminder to a named patient about TMS session 14 of 36.",
  "Clínica NeuroVida <agenda@neurovida.example.net>",
  "Teresa Farias <teresa.farias@correio.example.com>",
  "Lembrete: sessão de EMT amanhã às 8h30",
  T("""
    Olá, Sra. Teresa Farias,

    Lembramos que a sua sessão de Estimulação Magnética Transcraniana (EMT)
    nº 14 de 36 está marcada para amanhã, quinta-feira, às 8h30, na sala 2.

    - Venha sem brincos, grampos ou qualquer objeto metálico na cabeça.
    - Continue a tomar a medicação como o Dr. Henrique orientou.
    - Na sexta-feira haverá a reaplicação da escala de depressão (PHQ-9)
      antes da sessão.

    Para remarcar, responda a este e-mail ou ligue (11) 555-0127.

    Atenciosamente,
    Recepção - Clínica NeuroVida
    """, cs="iso-8859-1"), lang="pt", cs="iso-8859-1", cat="mh",
  client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("restricted", "counselor-note-bloom-intake",
  "School counsellor to a parent about a student's restricting and an intake at an adolescent eating-disorder programme.",
  "Renee Albright <ralbright@maplehollowschools.example.org>",
  "Carmen Reyes <carmen.reyes@mailbox.example.com>",
  "Following up about Ava",
  T("""
    Ms. Reyes,

    Thank you for taking my call this morning. As promised, here is what we
    talked about in writing.

    Ava has been skipping lunch most days since winter break and told me
    she "isn't allowed" bread or anything with oil. Nurse Petit's weight
    checks (she has them in the health office log) show about 9 lb since
    November. Ava agreed that I could share this with you.

    The Bloom program at Halvorsen has an intake slot this Thursday at 3:30.
    They asked for the nurse's log and for you to bring the pediatrician's
    last visit summary. If she starts their day program, we can set up a
    504 meeting so she gets the meal-support time and a pass to leave
    class for her therapy appointments.

    I'll check in with Ava on Monday during advisory.

    Renee Albright, M.Ed., School Counselor
    Maple Hollow Middle School | (508) 555-0139
    This e-mail may contain confidential student information.
    """), cat="mh", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "invega-ukol-artyom",
  "Russian note from a case manager to a client's mother about his next Invega Sustenna injection.",
  "Ирина Ковалёва <i.kovaleva@stillwater.example.org>",
  "Галина Соколова <g.sokolova@pochta.example.net>",
  "Артём — следующая инъекция 12 мая",
  T("""
    Галина Петровна, добрый день!

    Напоминаю, что следующая инъекция Инвеги Сустенна (156 мг) у Артёма
    назначена на вторник, 12 мая, в 10:00 в амбулаторном отделении
    Стиллуотер, 2-й этаж, кабинет 214. Доктор Лебедев просил, чтобы Артём
    пришёл немного заранее — перед уколом будет короткий осмотр.

    Вы говорили, что он снова стал плохо спать и реже выходит из комнаты.
    Пожалуйста, расскажите об этом врачу на приёме. Если голоса вернутся
    или ему станет хуже раньше, звоните мне или в кризисную линию 988.

    С уважением,
    Ирина Ковалёва, социальный работник
    Стиллуотер, (617) 555-0151
    """, cs="windows-1251", cte="base64"), lang="ru", cs="windows-1251", cat="mh",
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "eomma-ect-chiryo",
  "Korean family mail: a named mother starts ECT next week.",
  "박지훈 <jihoon.park@mail.example.com>",
  "박서연 <seoyeon.park@mailbox.example.net>",
  "엄마 치료 일정",
  T("""
    서연아,

    오늘 병원에서 들은 내용 정리해서 보낼게.

    엄마(박영숙) 우울증이 약으로는 잘 안 잡혀서, 담당 선생님이 다음 주
    화요일부터 전기경련치료(ECT)를 시작하자고 하셨어. 처음에는 일주일에
    세 번(월·수·금), 총 8~12회 정도 한대. 마취하고 하는 거라 전날 밤
    12시부터 금식이고, 치료 당일에는 보호자가 꼭 같이 와야 한대.

    나는 화요일이랑 목요일은 회사 때문에 못 가니까 월요일하고 금요일은
    네가 모시고 갈 수 있을까? 기억력이 잠깐 흐려질 수 있다고 하니까
    당분간 엄마 혼자 은행 일 보시지 않게 해줘.

    오빠가
    """, cs="euc-kr", cte="base64"), lang="ko", cs="euc-kr", cat="mh",
  client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))

M("restricted", "claims-csv-90837-batch",
  "Billing service sends a counselling group its denials as CSV: named clients, DOBs, 90837 with F43.10/F41.1.",
  "Priya Shah <pshah@clearpathbilling.example.com>",
  "Alder Counseling Billing <billing@aldercounseling.example.com>",
  "Remit 03/20 - 3 denials need action",
  MIX(T("""
    Hi Tom,

    The 03/20 remit posted. Three lines denied, details attached. The two
    Bellbrook ones are missing the auth number for sessions past 20; the
    Northbrook one wants the 90837 downcoded unless the note shows 53+ min.

    Can you get the notes from the clinicians by Friday?

    Priya Shah | ClearPath Billing | (617) 555-0172
    """), CSV("""
    claim_id,client_name,dob,dos,cpt,icd10,rendering,payer,status,reason
    CP-88120,"Holloway, Brianna",1997-02-11,2026-03-03,90837,F43.10,"M. Grady, LICSW",Bellbrook,DENIED,N54 auth missing
    CP-88133,"Nguyen, Peter",1979-08-30,2026-03-04,90837,F41.1,"M. Grady, LICSW",Bellbrook,DENIED,N54 auth missing
    CP-88161,"Ostrowski, Lena",2003-05-19,2026-03-06,90837,F43.10,"A. Byrne, PhD",Northbrook Mutual,DENIED,M86 time not supported
    """, "remit_0320_denials.csv")),
  cat="mh", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "voicemail-dbt-skills-group",
  "Voicemail-to-email transcription to a patient: his outpatient clinician about moving him to the Thursday DBT skills group.",
  "Voicemail <voicemail@vm.cellfone.example.net>",
  "Kevin Ortiz <kevin.ortiz@mailbox.example.com>",
  "New voicemail from (617) 555-0148 (0:41)",
  MIX(T("""
    You received a new voicemail.

    From: (617) 555-0148
    Received: Wed 05/06/2026 4:12 PM
    Length: 0:41

    Transcription (may not be accurate):
    "Hi Kevin, it's Beth from Stillwater outpatient. Um, I wanted to let you
    know there's a spot in the Thursday evening DBT skills group starting
    next week, so you wouldn't have to miss work for the Tuesday one. Dr. Sing
    said it's fine with her. Give me a call back at 555-0148 and we'll
    switch you over, and bring your diary cards Thursday. Okay, bye."

    Play or delete this message in the Voicemail app.
    """), A("audio/x-wav", wav(), "voicemail-20260506-1612.wav")),
  cat="mh", client="CellFone Visual Voicemail 2.2")

M("restricted", "adhd-psych-vyvanse-titration",
  "Child and adolescent psychiatry portal message to a parent: Vyvanse dose increase for ADHD.",
  "MyHalvorsen <no-reply@my.halvorsen.example.org>",
  "Sarah Brennan <sarah.brennan@mailbox.example.net>",
  "Message from Halvorsen Child & Adolescent Psychiatry",
  ALT("""
    Sarah,

    Dr. Okafor has replied about Liam Brennan:

    "Thanks for sending the teacher rating scales. Since mornings are
    going well but homework time is still hard, let's go up from 30 mg to
    40 mg of Vyvanse starting Monday. Keep giving it with breakfast. Please
    check his appetite and sleep and send me a message in 2 weeks. I'll see
    him for a med check on 6/18 - weight and blood pressure that day."

    - Chidi Okafor, MD, Child & Adolescent Psychiatry
    """, """
    <html><body>
    <p>Sarah,</p>
    <p>Dr. Okafor has replied about <b>Liam Brennan</b>:</p>
    <blockquote>Thanks for sending the teacher rating scales. Since mornings are
    going well but homework time is still hard, let's go up from 30&nbsp;mg to
    40&nbsp;mg of Vyvanse starting Monday. Keep giving it with breakfast. Please
    check his appetite and sleep and send me a message in 2 weeks. I'll see
    him for a med check on 6/18 - weight and blood pressure that day.</blockquote>
    <p>- Chidi Okafor, MD, Child &amp; Adolescent Psychiatry</p>
    </body></html>
    """), cat="mh", client="Orchard EHR Notify 5.1")
# =================================================================
# restricted: substance-use treatment
# =================================================================
M("restricted", "danny-back-at-harbor-light",
  "Family mail: a named brother is back dosing at Harbor Light with take-home rules.",
  "Colleen Mercer <colleen.mercer@mailbox.example.net>",
  "Pat Mercer <patmercer61@mail.example.com>",
  "Re: Danny",
  T("""
    Dad,

    Good news mostly. Danny's back at Harbor Light since Monday. They
    started him at 30 and are going up 5 every few days, the counselor
    thinks he'll land around 60-70. He has to be at the window by 7 so he
    can still make his shift, so he needs the car Mon-Sat. No take-homes
    for at least 90 days and only if his urines stay clean.

    He asked me not to make a big thing of it at Easter. Just be normal
    with him, ok?

    C.

    On Sun, Mar 29, 2026 at 9:14 PM Pat Mercer <patmercer61@mail.example.com> wrote:
    > Any word on your brother? He's not answering me.
    """), cat="sud", client=None, irt="danny-dad-q")

M("restricted", "sublocade-pa-approved",
  "HTML prior-authorization approval for a member's Sublocade with F11.20.",
  "Bellbrook Health Plan Pharmacy <pharmacy-pa@bellbrook.example.com>",
  "Harbor Light Prescriber Support <rx@harborlight.example.org>",
  "PA approved: SUBLOCADE - member BHP503377210",
  H("""
    <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
    <h3 style="color:#1b4f72">Prior Authorization Determination</h3>
    <table cellpadding="3">
    <tr><td><b>Member</b></td><td>Kyle J. Brandt</td></tr>
    <tr><td><b>Member ID</b></td><td>BHP503377210</td></tr>
    <tr><td><b>Drug</b></td><td>SUBLOCADE 300 MG/1.5 ML PFS, then 100 MG monthly</td></tr>
    <tr><td><b>Diagnosis</b></td><td>F11.20</td></tr>
    <tr><td><b>Decision</b></td><td style="color:green"><b>APPROVED</b> 05/01/2026 - 10/31/2026</td></tr>
    <tr><td><b>Dispense</b></td><td>Specialty pharmacy, ship to clinic only</td></tr>
    </table>
    <p>Bellbrook Pharmacy Services &middot; 1-800-555-0166 &middot; PA case 7712-0453</p>
    </body></html>
    """), cat="sud", client="Bellbrook Correspondence Server")

M("restricted", "vivitrol-shot-reminder-sms",
  "Text-style reminder of a patient's monthly Vivitrol injection at Crestline.",
  "Crestline Recovery <reminders@crestline.example.org>",
  "Dwayne Pruitt <dpruitt@mailbox.example.com>",
  "Appointment reminder",
  T("""
    Crestline Recovery: Hi Dwayne, reminder of your appt Thu 5/14 at 10:30
    AM with Nurse Kim for your monthly Vivitrol shot. Bring your photo ID
    and your med list. Reply C to confirm, R to reschedule. Msg & data
    rates may apply.
    """), cat="sud", client="Crestline Reminders (TextBridge 2.0)")

M("restricted", "drug-court-compliance-report",
  "Treatment-court case manager's compliance report on a named defendant: UDS/EtG results and IOP attendance (PDF).",
  "Janelle Ortiz <jortiz@tollgate.courts.test>",
  "Judge Whitfield Chambers <chambers.whitfield@tollgate.courts.test>",
  "Status hearing 4/17 - Whitlock compliance report",
  MIX(T("""
    Good afternoon,

    Attached is the compliance report for Shane Whitlock (26-TC-0418) for
    Friday's status hearing. Short version: four negative screens, one
    missed group (excused, documented), phase 2 recommended.

    Janelle Ortiz
    Case Manager, Tollgate County Treatment Court
    (413) 555-0117
    This report is protected by 42 CFR Part 2 and was disclosed under the
    participant's signed consent. Redisclosure is prohibited.
    """), PDF([
        "TOLLGATE COUNTY TREATMENT COURT - PARTICIPANT COMPLIANCE REPORT",
        "Participant: Shane M. Whitlock   Docket: 26-TC-0418   DOB: 01/22/1990",
        "Reporting period: 03/16/2026 - 04/12/2026   Phase: 1 (week 9)",
        "Treatment provider: Crestline Recovery - IOP (Tue/Thu evening group)",
        "Attendance: 7 of 8 groups (4/2 excused - medical note on file)",
        "Individual counseling: 4 of 4",
        "Urine drug screens: 3/19 NEG, 3/26 NEG, 4/2 NEG, 4/9 NEG",
        "EtG (alcohol): 4/3 NEG",
        "Medication: buprenorphine/naloxone per Crestline prescriber, adherent",
        "Recommendation: advance to Phase 2; reduce testing to 2x/week",
        "",
        "Disclosed under 42 CFR Part 2 with written consent dated 02/09/2026.",
    ], "Whitlock_26-TC-0418_compliance.pdf", flate=True)),
  cat="sud", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "fitness-duty-crestline-residential",
  "Return-to-work letter to an employer: a named employee completed residential treatment and steps down to IOP.",
  "Crestline Recovery - Admissions <admissions@crestline.example.org>",
  "Northgate Logistics HR <hr-leave@northgate.example.com>",
  "Return to work - D. Pruitt (employee 40817)",
  MIX(T("""
    Dear Ms. Alvarez,

    Per Mr. Pruitt's signed authorization, please find his return-to-work
    letter attached.

    Crestline Recovery - Admissions and Utilization
    (508) 555-0183
    """), PDF([
        "CRESTLINE RECOVERY - RETURN TO WORK",
        "Date: 04/27/2026",
        "Re: Dwayne Pruitt, Northgate employee #40817",
        "",
        "Mr. Pruitt completed our 28-day residential program (03/30 - 04/26/2026)",
        "and is medically cleared to return to full duty, including forklift",
        "operation, on 04/29/2026.",
        "Continuing care: IOP Mon/Wed/Fri 6-9 pm for 8 weeks, then weekly aftercare.",
        "He is on monthly extended-release naltrexone. Random testing under his",
        "last-chance agreement may resume. Results go to your MRO only.",
        "",
        "K. Osei, MD, Medical Director",
        "42 CFR Part 2: disclosed with written consent; redisclosure prohibited.",
    ], "RTW_Pruitt_40817.pdf")),
  cat="sud", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "part2-redisclosure-records-release",
  "Records release for a named patient with the 42 CFR Part 2 redisclosure notice attached.",
  "Harbor Light HIM <records@harborlight.example.org>",
  "Marlow & Pike Law <intake@marlowpike.example.com>",
  "Records request 2026-0311 - Delgado, Ramon",
  MIX(T("""
    Attached are the records requested for Ramon Delgado (DOB 07/14/1982)
    under the consent dated 03/02/2026: admission assessment, dosing record
    (methadone) 01/2025 - 02/2026, and counseling attendance summary.

    The required notice accompanies this disclosure.

    Health Information Management
    Harbor Light Treatment Services | 1 Wharf Rd | (617) 555-0190
    """), T("""
    NOTICE TO ACCOMPANY DISCLOSURE (42 CFR 2.32)

    This record, which has been disclosed to you, is protected by federal
    confidentiality rules (42 CFR part 2). The federal rules prohibit you
    from making any further disclosure of information in this record that
    identifies a patient as having or having had a substance use disorder
    either directly, by reference to publicly available information, or
    through verification of such identification by another person unless
    further disclosure is expressly permitted by the written consent of the
    individual whose information is being disclosed or as otherwise
    permitted by 42 CFR part 2.

    Patient: Ramon Delgado   Request: 2026-0311   Pages: 38
    """, fname="Part2_Notice_Delgado_2026-0311.txt")),
  cat="sud", client="Orchard ROI Module 5.1")

M("restricted", "fwd-guest-dosing-quoted",
  "Short forward; the quoted part is a guest-dosing request for a named methadone patient (H0020).",
  "Tasha Greene <tgreene@harborlight.example.org>",
  "Omar Haddad <ohaddad@harborlight.example.org>",
  "Fwd: guest dosing request",
  T("""
    Omar - can you look at this? I think the dates are off by a week, she
    said she's leaving the 20th not the 13th.

    T.

    ---------- Forwarded message ---------
    From: Harbor Light Dosing <dosing@harborlight.example.org>
    Date: Thu, Jul 9, 2026 at 2:03 PM
    Subject: guest dosing request
    To: Coastal OTP Intake <intake@coastalotp.example.net>

    Please accept Rosa Lima (DOB 11/02/1975) for guest dosing 07/13 -
    07/24/2026.
    Current dose: methadone 85 mg daily (H0020), last dose here 07/12.
    Take-home level: 2 per week. Last UDS 07/01: positive for methadone
    only.
    Prescriber: A. Feld, DO. Call 617-555-0192 to verify.
    """), cat="sud", client=None)

M("restricted", "subject-only-subs-induction",
  "borderline: body is only 'Confirmed, room 3'; name, DOB and the buprenorphine ('subs') induction are only in the Subject.",
  "Mike Ferreira <mferreira@halvorsen.example.org>",
  "Bridge Clinic Nurses <bridge-rn@halvorsen.example.org>",
  "Kyle Brandt DOB 04/11/1991 - subs induction Mon 8am",
  T("""
    Confirmed, room 3.
    -M

    Sent from my iPhone
    """), cat="sud", client=("X-Mailer", "iPhone Mail (21F90)"))

M("restricted", "brat-zamisna-terapiya",
  "Ukrainian family mail: a named brother is on methadone opioid-substitution therapy.",
  "Оксана Мельник <oksana.melnyk@poshta.example.net>",
  "Андрій Мельник <andriy.melnyk@mail.example.com>",
  "Про Тараса",
  T("""
    Андрію, привіт!

    Була вчора з Тарасом у центрі. Його таки взяли на замісну підтримувальну
    терапію, дають метадон, поки 40 мг, лікарка каже, що поступово
    піднімуть. Ходити треба щодня зранку, до 9:00, під наглядом медсестри.
    Через пів року, якщо все буде добре і аналізи сечі чисті, можуть
    видавати препарат додому на кілька днів.

    Він просив, щоб ти поки не казав мамі. Я сама їй поясню, коли
    він трохи стане на ноги.

    Обіймаю,
    Оксана
    """, cte="base64"), lang="uk", cat="sud", client=("User-Agent", "K-9 Mail for Android"))

M("restricted", "anh-tuan-suboxone-strips",
  "Vietnamese family mail: a named brother started Suboxone strips at Harbor Light.",
  "Trần Thị Mai <mai.tran@thu.example.net>",
  "Trần Văn Hùng <hung.tran@mail.example.com>",
  "Tin về anh Tuấn",
  T("""
    Anh Hùng ơi,

    Em báo anh biết: anh Tuấn đã bắt đầu điều trị ở phòng khám Harbor Light
    từ thứ Hai. Bác sĩ cho anh ấy dùng Suboxone loại miếng ngậm dưới lưỡi,
    mỗi ngày 2 miếng 8 mg. Tuần đầu phải đến khám hai lần và thử nước tiểu.
    Anh ấy nói đỡ thèm nhiều rồi, không còn vật vã như lần trước.

    Anh đừng la anh ấy nha, để anh ấy yên tâm đi tư vấn nhóm mỗi tối thứ
    Ba.

    Em Mai
    """), lang="vi", cat="sud", client=("X-Mailer", "iPhone Mail (21F90)"))

M("restricted", "display-name-dosing-window-saturday",
  "From 'Harbor Light Methadone - Dosing Window' to a named patient; the body only confirms a Saturday pickup time.",
  "Harbor Light Methadone - Dosing Window <frontdesk@harborlight.example.org>",
  "Marisol Vega <marisol.vega@mailbox.example.com>",
  "Saturday",
  T("""
    Hi Marisol,

    You're set for Saturday 7:00-9:00 am. Bring your card. Sunday is
    covered.

    Front desk
    """), cat="sud", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("restricted", "iop-tuesday-roster-csv",
  "Weekly Tuesday-group roster CSV: named clients, attendance, UDS results and contingency-management points.",
  "Lisa Marchetti <lmarchetti@crestline.example.org>",
  "Crestline Clinical Team <clinical@crestline.example.org>",
  "Tues group wk 14",
  MIX(T("""
    Roster for Tuesday group, week 14, attached. Two prize draws this week
    (Amber hit 8 weeks negative). Ken no-showed again - please call.

    Lisa
    """), CSV("""
    client,dob,group,attended,uds_result,etg,cm_points,prize_draws,notes
    "Sims, Amber",1994-10-02,IOP Tue PM,Y,NEG,NEG,8,2,8 wks neg
    "Lutz, Ken",1988-03-15,IOP Tue PM,N,,,0,0,no show x2
    "Okoro, Daniel",1999-12-21,IOP Tue PM,Y,NEG,POS,0,0,EtG pos - discuss in 1:1
    "Faria, Joao",1983-06-08,IOP Tue PM,Y,BUP only,NEG,4,1,on Suboxone
    "Whitlock, Shane",1990-01-22,IOP Tue PM,Y,NEG,NEG,6,1,court report due
    """, "tues_group_wk14.csv")),
  cat="sud", client=("X-Mailer", "Microsoft Outlook 16.0"))
# =================================================================
# restricted: HIV
# =================================================================
M("restricted", "hiv-rna-quant-portal",
  "Portal result to the patient: HIV-1 RNA quant not detected and CD4 count.",
  "MyHalvorsen <no-reply@my.halvorsen.example.org>",
  "Marcus Bell <marcusbell@mailbox.example.net>",
  "Your test results are ready",
  ALT("""
    Hi Marcus,

    Your results from Meridian Clinic (collected 02/17/2026) are ready.

    HIV-1 RNA, quantitative PCR ........ Not detected (<20 copies/mL)
    CD4 absolute ........................ 612 cells/uL
    CD4 % ............................... 34 %

    Note from Keisha Barnes, NP:
    Still undetectable - great work. Same Biktarvy, labs again in 6 months.
    """, """
    <html><body>
    <p>Hi Marcus,</p>
    <p>Your results from <b>Meridian Clinic</b> (collected 02/17/2026) are ready.</p>
    <ul>
    <li>HIV-1 RNA, quantitative PCR: <b>Not detected</b> (&lt;20 copies/mL)</li>
    <li>CD4 absolute: 612 cells/uL</li>
    <li>CD4 %: 34 %</li>
    </ul>
    <p>Note from Keisha Barnes, NP: Still undetectable - great work. Same Biktarvy,
    labs again in 6 months.</p>
    </body></html>
    """), cat="hiv", client="Orchard EHR Notify 5.1")

M("restricted", "biktarvy-refill-ready",
  "Pharmacy e-mail to a named patient: Biktarvy refill ready with copay card applied.",
  "Ridgeway Pharmacy <rxalerts@ridgewayrx.example.com>",
  "Andre Lafleur <andre.lafleur@mail.example.com>",
  "ANDRE, your refill is ready",
  T("""
    Ridgeway Pharmacy #102 - 45 Elm Square - (617) 555-0115

    ANDRE L., your refill is ready:

      BIKTARVY 50-200-25 MG TABLET  #30   Rx 6610982
      Your copay: $0.00 (manufacturer copay card applied)

    Pickup window closes 03/22. Want it delivered? Reply DELIVER.
    """), cat="hiv", client="RxAlerts Notify 3.4")

M("restricted", "prep-descovy-bilan-3-mois",
  "French clinic message to a named patient: PrEP (Descovy) renewal after a negative 4th-generation test.",
  "Centre de santé sexuelle Lumière <prep@centrelumiere.example.fr.test>",
  "Julien Morel <julien.morel@courriel.example.net>",
  "Votre renouvellement de PrEP",
  T("""
    Bonjour Julien,

    Les résultats de votre bilan trimestriel du 12 mars sont arrivés :

    - test combiné VIH de 4e génération (Ag p24 / Ac) : négatif
    - créatinine : 84 µmol/L, fonction rénale normale
    - dépistage chlamydia / gonocoque (PCR) : négatif
    - syphilis (TPHA/VDRL) : négatif

    Votre ordonnance de Descovy (emtricitabine/ténofovir alafénamide) est
    renouvelée pour trois mois. Vous pouvez la récupérer à la pharmacie
    habituelle dès demain. Prochain bilan prévu vers le 10 juin.

    Bien cordialement,
    Dr Hélène Garnier
    Centre de santé sexuelle Lumière - 01 55 50 01 43
    """, cs="iso-8859-15"), lang="fr", cs="iso-8859-15", cat="hiv",
  client=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1"))

M("restricted", "rezilta-cd4-kreyol",
  "Haitian Creole clinic message to a named patient: CD4 count, undetectable viral load, keep taking medication.",
  "Klinik Meridian <kreyol@meridianclinic.example.org>",
  "Jean-Robert Baptiste <jrbaptiste@mailbox.example.com>",
  "Rezilta analiz ou yo",
  T("""
    Bonjou Mesye Jean-Robert Baptiste,

    Rezilta analiz san ou te fè 3 avril la rive:

    - CD4: 540 (sa bon)
    - Chaj viral VIH: pa detekte

    Sa vle di medikaman an ap travay byen. Kontinye pran grenn Biktarvy a
    chak jou a menm lè. Pwochen randevou ou se 2 oktòb a 10è nan maten ak
    Dr. Pierre-Louis.

    Si ou gen kesyon, rele nou nan 617-555-0121 (nou pale kreyòl).

    Klinik Meridian
    """), lang="ht", cat="hiv", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("restricted", "claim-denial-z21-b20",
  "Payer denial letter (PDF) for a member's HIV-1 quant and ART visit, dx B20/Z21.",
  "Bellbrook Health Plan Claims <claims-noreply@bellbrook.example.com>",
  "Meridian Clinic Billing <billing@meridianclinic.example.org>",
  "Claim 2026-114-00872 denied - see letter",
  MIX(T("""
    A determination has been made on the claim below. The letter is attached.

    Claim: 2026-114-00872    Member ID: BHP229018446
    Bellbrook Health Plan Provider Services 1-800-555-0167
    """), PDF([
        "BELLBROOK HEALTH PLAN - CLAIM DETERMINATION",
        "Claim #: 2026-114-00872      Received: 04/24/2026",
        "Member: Devon Fraser   ID: BHP229018446   DOB: 12/01/1992",
        "Provider: Meridian Clinic",
        "Line 1  99214  dx B20   DOS 04/02/2026  PAID  $118.40",
        "Line 2  87536  dx B20, Z21  HIV-1 RNA quant  DENIED",
        "        Reason CO-119: frequency limit (4 per 12 months) reached",
        "Line 3  86361  CD4 absolute  dx B20  PAID  $41.10",
        "Appeal within 180 days: Bellbrook Appeals, PO Box 4410",
    ], "Determination_2026-114-00872.pdf")),
  cat="hiv", client="Bellbrook Correspondence Server")

M("restricted", "carga-viral-indetectavel",
  "Portuguese HTML message to a named patient: viral load undetectable on antiretroviral therapy.",
  "Ambulatório Horizonte <contato@ambhorizonte.example.net>",
  "Rafael Souza <rafael.souza@correio.example.com>",
  "Resultado do seu exame",
  H("""
    <html><body style="font-family:Verdana,sans-serif">
    <p>Olá, Rafael Souza,</p>
    <p>O resultado do seu exame de <b>carga viral do HIV</b>, coletado em 14/05,
    já está disponível: <b>indetectável</b> (menos de 40 cópias/mL).
    O CD4 subiu para 488 células/mm&sup3;.</p>
    <p>Continue tomando o dolutegravir com lamivudina todos os dias. A
    próxima retirada de medicamentos na farmácia do ambulatório é em 02/06.</p>
    <p>Abraço,<br>Equipe do Ambulatório Horizonte<br>(21) 555-0128</p>
    </body></html>
    """, cte="base64"), lang="pt", cat="hiv", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("restricted", "adap-recert-invite",
  "Calendar invite from a case manager to a named client for ADAP recertification, bring last viral load.",
  "Nia Thompson <nthompson@meridianclinic.example.org>",
  "Devon Fraser <devon.fraser@mailbox.example.net>",
  "Invitation: ADAP recert - Devon Fraser @ Tue May 19, 2026 1pm - 1:45pm (EDT)",
  P("multipart/alternative", parts=[
      T("""
        ADAP recert - Devon Fraser
        Tuesday May 19, 2026 1pm - 1:45pm (Eastern Time)
        Meridian Clinic, case management office, 2nd floor

        Hi Devon - bring your last two pay stubs, your lease, and the lab
        sheet with your last viral load (the April one is fine). If we don't
        finish the recert by 5/31 the pharmacy can't fill your meds under ADAP.
        - Nia

        Invitation from Google Calendar
        """),
      CAL("REQUEST", "7kq2b1r9vd0c4t@google.example.com", "ADAP recert - Devon Fraser",
          "20260519T130000", "20260519T134500",
          "Nia Thompson <nthompson@meridianclinic.example.org>",
          ["Devon Fraser <devon.fraser@mailbox.example.net>"],
          desc="""
            Hi Devon - bring your last two pay stubs, your lease, and the lab
            sheet with your last viral load (the April one is fine). If we don't
            finish the recert by 5/31 the pharmacy can't fill your meds under ADAP.
            - Nia
            """, loc="Meridian Clinic, case management office, 2nd floor",
          prodid="-//Google Inc//Google Calendar 70.9054//EN")]),
  cat="hiv", client=None)

M("restricted", "dental-referral-fwd-med-list",
  "Forward of a dental referral; only the quoted referral lists a named patient's Biktarvy and CD4.",
  "Front Desk - Brightside Dental <frontdesk@brightsidedental.example.com>",
  "Dr. Alan Cho <referrals@choosurgery.example.com>",
  "FW: Referral - third molar extraction",
  T("""
    Dr. Cho's office - resending, the fax didn't go through. Thanks!

    Brightside Dental | (978) 555-0133

    -----Original Message-----
    From: Hygiene - Brightside Dental
    Sent: Monday, June 8, 2026 11:20 AM
    To: Front Desk - Brightside Dental
    Subject: Referral - third molar extraction

    Patient: Luis Ortega   DOB 03/30/1989   Tel 978-555-0134
    Reason: #17 and #32 partially erupted, recurrent pericoronitis.
    Medical history: HIV, well controlled. Meds: Biktarvy 1 tab daily.
    Last labs per his ID doctor (Meridian Clinic, 04/2026): CD4 480,
    viral load undetectable. No known drug allergies.
    Please send consult note back to Dr. Patel.
    """), cat="hiv", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "prep-followup-list-csv",
  "PrEP nurse sends a CSV of named patients due for 3-month labs (4th gen Ag/Ab, NAAT CT/NG, creatinine).",
  "Keisha Barnes <kbarnes@meridianclinic.example.org>",
  "Meridian Lab Desk <labdesk@meridianclinic.example.org>",
  "who's due in June",
  MIX(T("""
    Hi Gabe, list of folks due for their 3-month labs in June attached.
    Please pre-load the orders so they can walk in. Tomas is also due for
    his hep B booster so add that.

    Thanks!
    Keisha
    """), CSV("""
    name,dob,mrn,regimen,last_visit,4thgen_agab,naat_ct_ng_3site,creatinine,rpr
    Tomas Reyes,1996-04-04,30119822,Descovy daily,2026-03-05,due,due,due,due
    Aaron Lindqvist,1990-11-12,30120455,Truvada on-demand,2026-03-10,due,due,due,due
    Simone Akers,1988-07-27,30124410,Apretude q2mo,2026-04-28,due at inj,due,n/a,due
    """, "prep_due_june.csv")),
  cat="hiv", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "kuya-ramon-nagpositibo",
  "Tagalog family mail: a named brother tested HIV-positive and started medication.",
  "Rowena Santos <rowena.santos@mailbox.example.net>",
  "Jessa Santos <jessa.santos@mail.example.com>",
  "Tungkol kay Kuya Ramon",
  T("""
    Jessa,

    Huwag mo munang sasabihin kay Nanay ha. Tumawag sa akin si Kuya Ramon
    kagabi. Nag-positive daw siya sa HIV test sa Meridian Clinic noong
    isang linggo, kinumpirma na rin ng pangalawang test. Nagsimula na siya
    ng gamot, isang tableta araw-araw (Biktarvy yata ang pangalan). Sabi ng
    doktor, kapag regular niyang iniinom, magiging undetectable daw siya sa
    loob ng ilang buwan.

    Okay naman daw siya pero natatakot. Tawagan mo siya ngayong weekend,
    kahit kumustahin mo lang.

    Ate Weng
    """), lang="tl", cat="hiv", client=None)

M("restricted", "vl-result-amharic",
  "Amharic clinic message to a named patient: viral load result and medication adherence.",
  "Meridian Clinic <amharic@meridianclinic.example.org>",
  "Tesfaye Gebre <tesfaye.gebre@mailbox.example.com>",
  "የምርመራ ውጤትዎ",
  T("""
    ጤና ይስጥልኝ አቶ ተስፋዬ ገብሬ፣

    ሚያዝያ 20 የሰጡት የደም ናሙና የቫይረስ መጠን (ቫይራል ሎድ) ምርመራ ውጤት ደርሷል።
    ውጤቱ፦ ቫይረሱ አልተገኘም (ከ20 ኮፒ በታች)።

    ይህ ማለት የሚወስዱት የኤች አይ ቪ መድሃኒት በደንብ እየሰራ ነው ማለት ነው።
    መድሃኒትዎን በየቀኑ በተመሳሳይ ሰዓት መውሰድዎን ይቀጥሉ።

    ቀጣዩ ቀጠሮዎ ጥቅምት 2 ከጠዋቱ 3 ሰዓት ነው።
    ጥያቄ ካለዎት በ 617-555-0122 ይደውሉ።

    ሜሪዲያን ክሊኒክ
    """, cte="base64"), lang="am", cat="hiv", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("restricted", "subject-4thgen-reactive-callback",
  "Subject carries an MRN and a reactive 4th-generation HIV Ag/Ab screen; the body is a callback note.",
  "Lena Vogt <lvogt@copperfieldlab.example.com>",
  "Meridian Clinic Nurse Line <rn-line@meridianclinic.example.org>",
  "callback needed: 4th gen Ag/Ab REACTIVE, diff pending - MRN 30229174",
  T("""
    Called the ordering number twice, no answer, left VM at 10:05 and 10:40.
    Differentiation assay is running tonight, should result by 9 am.
    Can someone from your side try the alternate number in the chart?

    Lena Vogt, MLS(ASCP)
    Copperfield Reference Laboratory - Client Services
    (617) 555-0176
    """), cat="hiv", client=("X-Mailer", "Microsoft Outlook 16.0"))
# =================================================================
# restricted: genetic
# =================================================================
M("restricted", "brca2-report-pdf",
  "Genomics lab final report (PDF) for a named patient: BRCA2 c.5946delT pathogenic.",
  "Quillon Genomics Reports <reports@quillon.example.com>",
  "Dr. Sunita Varma <svarma@halvorsen.example.org>",
  "Final report available - accession QG-26-118420",
  MIX(T("""
    Dr. Varma,

    The final report for accession QG-26-118420 (patient E. Marsh) is
    attached. A genetic counselor is available for a provider call at
    (877) 555-0179, option 2.

    Quillon Genomics Client Services
    """), PDF([
        "QUILLON GENOMICS - HEREDITARY CANCER PANEL (34 genes) - FINAL REPORT",
        "Patient: Elaine Marsh   DOB: 06/14/1971   Sex: F   Accession: QG-26-118420",
        "Ordering provider: Sunita Varma, MD - Halvorsen Breast Center",
        "RESULT: POSITIVE - one pathogenic variant identified",
        "Gene: BRCA2   Variant: c.5946delT (p.Ser1982Argfs*22)   Zygosity: heterozygous",
        "Classification: Pathogenic",
        "Interpretation: associated with increased risk of breast, ovarian,",
        "pancreatic and prostate cancer. Cascade testing of relatives recommended.",
        "No other pathogenic variants or VUS in the remaining 33 genes.",
        "Signed: R. Ilves, PhD, FACMG   Date: 03/18/2026",
    ], "QG-26-118420_final.pdf", flate=True)),
  cat="gen", client="Quillon LIMS Mailer 7")

M("restricted", "carrier-screen-smn1-portal",
  "Fertility-clinic portal message to the patient: expanded carrier screen shows SMN1 carrier, partner testing advised.",
  "Linden Fertility Patient Portal <portal@lindenfertility.example.com>",
  "Hannah Weiss <hannah.weiss@mailbox.example.net>",
  "Your carrier screening results",
  ALT("""
    Hi Hannah,

    Your expanded carrier screen (287 conditions) is back. You were found to
    be a carrier of spinal muscular atrophy (SMA): 1 copy of SMN1 detected.
    All other conditions screened negative.

    Being a carrier doesn't affect your own health, but we recommend testing
    for Ben before your retrieval so we know the risk for embryos. Nadia
    Farouk, our genetic counselor, can review this with you both - pick a
    time in the portal.

    Linden Fertility
    """, """
    <html><body>
    <p>Hi Hannah,</p>
    <p>Your expanded carrier screen (287 conditions) is back. You were found to be a
    <b>carrier of spinal muscular atrophy (SMA)</b>: 1 copy of <i>SMN1</i> detected.
    All other conditions screened negative.</p>
    <p>Being a carrier doesn't affect your own health, but we recommend testing for Ben
    before your retrieval so we know the risk for embryos. Nadia Farouk, our genetic
    counselor, can review this with you both - pick a time in the portal.</p>
    <p>Linden Fertility</p>
    </body></html>
    """), cat="gen", client="Linden Portal Notify")

M("restricted", "nipt-resultado-bajo-riesgo",
  "Spanish message to a named patient with her NIPT (cell-free DNA) result.",
  "Ashgrove Women's Health <obstetricia@ashgrove.example.org>",
  "Gabriela Gómez <gabriela.gomez@correo.example.net>",
  "Resultado de su prueba NIPT",
  T("""
    Estimada Sra. Gabriela Gómez:

    Ya tenemos el resultado de su prueba prenatal no invasiva (NIPT, ADN
    fetal libre en sangre materna) del 2 de febrero:

      Trisomía 21: bajo riesgo
      Trisomía 18: bajo riesgo
      Trisomía 13: bajo riesgo
      Cromosomas sexuales: sin alteraciones (usted pidió conocer el sexo:
      es niña)

    Recuerde que es una prueba de detección, no de diagnóstico. Si desea
    hablar con la consejera genética, llámenos al 617-555-0124.

    Atentamente,
    Enf. Paola Ruiz, Obstetricia - Ashgrove Women's Health
    """), lang="es", cat="gen", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "mlh1-genetische-beratung",
  "German appointment letter to a named patient for genetic counselling about his MLH1 (Lynch) finding.",
  "Institut für Humangenetik <humangenetik@uniklinik-nord.example.de.test>",
  "Stefan Brandt <s.brandt@post.example.de.test>",
  "Ihr Termin in der genetischen Beratung am 21.04.2026",
  T("""
    Sehr geehrter Herr Brandt,

    wie telefonisch besprochen bestätigen wir Ihren Termin zur genetischen
    Beratung:

      Dienstag, 21.04.2026, 10:30 Uhr
      Institut für Humangenetik, Haus 7, 2. OG, Raum 2.14
      Beraterin: Dr. med. Katrin Wiesner

    Im Gespräch möchten wir mit Ihnen den Befund der MLH1-Untersuchung
    (pathogene Variante, Lynch-Syndrom) erläutern und besprechen, welche
    Vorsorgeuntersuchungen für Sie sinnvoll sind und ob Ihre Kinder und
    Geschwister eine prädiktive Testung wünschen.

    Bitte bringen Sie Ihre Versichertenkarte und, falls vorhanden, die
    Darmspiegelungsbefunde mit.

    Mit freundlichen Grüßen
    Sekretariat Humangenetik, Tel. 040 555-0144
    """, cs="iso-8859-1"), lang="de", cs="iso-8859-1", cat="gen",
  client=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1"))

M("restricted", "mom-hd-predictive-test",
  "Family mail: Mom has decided on predictive testing for Huntington's with a genetic counsellor.",
  "Claire Donnelly <claire.donnelly@mailbox.example.com>",
  ["Sean Donnelly <sean.d@mail.example.net>", "Maura Donnelly <maurad@mail.example.org>"],
  "Mom + the HD test",
  T("""
    Hi both,

    Mom finally decided. She's doing the predictive test for HD. First
    visit with the genetic counselor at Halvorsen is the 12th, then a
    second visit and the neuro exam, and they won't draw blood until the
    third visit. Results take about 4 weeks and they'll only give them in
    person. She wants one of us there, and I can do the first one.

    She was clear she doesn't want to talk about what it means for us yet.
    Please don't push her on that at Sunday dinner.

    Claire
    """), cat="gen", client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))

M("restricted", "eob-96040-genetic-counsel",
  "Explanation of Benefits for a member: 96040 genetic counselling and 81162 BRCA sequencing.",
  "Bellbrook Health Plan <eob@bellbrook.example.com>",
  "Elaine Marsh <elaine.marsh@mailbox.example.net>",
  "Your Explanation of Benefits is ready",
  ALT("""
    Explanation of Benefits - this is not a bill.

    Member: ELAINE MARSH    Member ID: BHP771004382
    Claim 2026-079-33810   Provider: Halvorsen Cancer Genetics

    Service                               Billed    Plan paid   You owe
    96040 Genetic counseling, 30 min      $210.00   $144.00     $20.00
    81162 BRCA1/BRCA2 full seq + del/dup  $2,480.00 $1,260.00   $0.00

    Questions: 1-800-555-0165
    """, """
    <html><body>
    <h3>Explanation of Benefits</h3><p>This is not a bill.</p>
    <p>Member: ELAINE MARSH &nbsp; Member ID: BHP771004382<br>
    Claim 2026-079-33810 &nbsp; Provider: Halvorsen Cancer Genetics</p>
    <table border="1" cellpadding="3">
    <tr><th>Service</th><th>Billed</th><th>Plan paid</th><th>You owe</th></tr>
    <tr><td>96040 Genetic counseling, 30 min</td><td>$210.00</td><td>$144.00</td><td>$20.00</td></tr>
    <tr><td>81162 BRCA1/BRCA2 full seq + del/dup</td><td>$2,480.00</td><td>$1,260.00</td><td>$0.00</td></tr>
    </table>
    </body></html>
    """), cat="gen", client="Bellbrook Correspondence Server")

M("restricted", "idenshi-counseling-yoyaku",
  "Japanese appointment confirmation to a named patient for genetic counselling on hereditary breast and ovarian cancer.",
  "北浜大学病院 遺伝子診療部 <idenshi@kitahama-hosp.example.jp.test>",
  "佐藤 美咲 <misaki.sato@mail.example.jp.test>",
  "遺伝カウンセリングのご予約について",
  T("""
    佐藤 美咲 様

    北浜大学病院 遺伝子診療部です。
    遺伝カウンセリングのご予約を下記のとおり承りました。

      日時：2026年5月14日（木）14:00〜15:00
      場所：外来棟3階 遺伝子診療部 面談室B
      担当：認定遺伝カウンセラー 山本

    当日は、お母様とおば様の乳がん・卵巣がんの診断時期などが分かる範囲で
    家系図の用紙にご記入のうえお持ちください。BRCA1/2 遺伝学的検査を
    受けるかどうかは、お話を伺ったうえで一緒に考えます。

    ご不明な点は 03-555-0146 までお問い合わせください。
    """, cs="shift_jis", cte="base64"), lang="ja", cs="shift_jis", cat="gen",
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "brca1-sorella-risultato",
  "Italian mail from a named woman to her sister: her own BRCA1 result is positive, sister should test.",
  "Francesca Bianchi <francesca.bianchi@posta.example.it.test>",
  "Chiara Bianchi <chiara.bianchi@posta.example.it.test>",
  "il risultato del test",
  T("""
    Cara Chiara,

    ieri la genetista mi ha dato il risultato: sono positiva per una
    variante patogena di BRCA1, la stessa che probabilmente aveva la nonna.
    Adesso mi propongono la risonanza al seno ogni anno e di pensare
    all'intervento alle ovaie verso i 40 anni.

    La dottoressa ha detto che tu e Marco avete il 50% di probabilità di
    averla anche voi e che il test per voi sarebbe mirato, quindi più
    veloce. Ti lascio il numero dell'ambulatorio di genetica: 02 555-0145.
    Non sei obbligata, ma pensaci.

    Un bacio,
    Fra
    """), lang="it", cat="gen", client=("X-Mailer", "iPhone Mail (21F90)"))

M("restricted", "pedar-azmayesh-genetik",
  "Farsi family mail: a named father's genetic test found Lynch syndrome; children advised to test.",
  "نازنین رحیمی <nazanin.rahimi@mail.example.net>",
  "آرش رحیمی <arash.rahimi@mailbox.example.com>",
  "جواب آزمایش ژنتیک بابا",
  T("""
    آرش جان سلام،

    امروز با بابا (آقای بهروز رحیمی) رفتیم پیش مشاور ژنتیک. جواب آزمایش
    ژنتیک بابا آمده و نشان می‌دهد که سندرم لینچ دارد (جهش در ژن MSH2).
    دکتر گفت برای همین بود که سرطان روده‌اش در سن کم پیدا شد.

    مشاور گفت ما بچه‌ها هم هر کدام ۵۰ درصد احتمال دارد این جهش را داشته
    باشیم و بهتر است آزمایش بدهیم. من برای خودم وقت گرفتم. اگر تو هم
    خواستی شماره‌اش را برایت می‌فرستم.

    قربانت،
    نازنین
    """, cte="base64"), lang="fa", cat="gen", client=None)

M("restricted", "subject-chek2-scan-to-chart",
  "Subject names a patient, MRN and a CHEK2 variant report; the body is only a filing request.",
  "Donna Reyes <dreyes@halvorsen.example.org>",
  "Breast Center HIM <bc-him@halvorsen.example.org>",
  "FW: Hollis, Grace MRN 4471902 - CHEK2 c.1100delC report",
  T("""
    pls scan to media tab under Genetics, outside records. thx

    Donna
    """), cat="gen", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "fax-filename-brca1-pos",
  "borderline: e-fax notice; the patient and a positive BRCA1 result appear only in the PDF's file name.",
  "FaxRelay <fax-noreply@faxrelay.example.net>",
  "Halvorsen Breast Center Fax <bc-fax@halvorsen.example.org>",
  "New fax received (3 pages) from 877-555-0179",
  MIX(T("""
    You have received a new fax.

    From: 877-555-0179 (QUILLON GENOMI)
    Pages: 3
    Received: 06/02/2026 09:17 AM EDT
    Job ID: FR-7724410

    The fax is attached as a PDF.
    """), PDF([
        "FAX  06/02/2026 09:15  FROM: 877-555-0179  TO: BREAST CTR  P.1/3",
        "",
        "[scanned image - text not available]",
    ], "Quillon_MARTINEZ_Elena_BRCA1_pos.pdf")),
  cat="gen", client="FaxRelay Gateway 4.0")

M("restricted", "exome-results-noah-portal",
  "Pediatric genetics message to a parent: a named child's exome results are back, visit to review.",
  "MyHalvorsen <no-reply@my.halvorsen.example.org>",
  "Rachel Adeyemi <rachel.adeyemi@mailbox.example.net>",
  "Message from Halvorsen Pediatric Genetics",
  T("""
    Hi Rachel,

    Noah's exome sequencing results came back this week. Dr. Lindqvist
    would like to go over them with you and Tunde in person rather than by
    message, and our genetic counselor Ana will join. We have openings on
    Tuesday 3/24 at 1:00 or Thursday 3/26 at 9:30 - reply with what works.

    Your trio samples (yours and Tunde's) were part of the analysis, so the
    visit will cover what the results mean for the whole family.

    Halvorsen Pediatric Genetics
    """), cat="gen", client="Orchard EHR Notify 5.1")
# =================================================================
# restricted: reproductive health
# =================================================================
M("restricted", "hcg-followup-after-pills",
  "Portal message to the patient: falling hCG after a medication abortion, complete.",
  "Ashgrove Patient Portal <portal@ashgrove.example.org>",
  "Lauren Mitchell <lauren.mitchell@mailbox.example.com>",
  "Your follow-up result",
  ALT("""
    Hi Lauren,

    Your follow-up blood test came back. Your hCG is 14 mIU/mL, down from
    2,310 on the day you took the first pill. That's the drop we look for,
    so everything is complete and you don't need another ultrasound.

    Light bleeding can go on for a couple of weeks. Call the 24-hour line
    (617) 555-0126 if you soak 2 pads an hour or have a fever.

    Take care,
    Nurse Alisha, Ashgrove Women's Health
    """, """
    <html><body>
    <p>Hi Lauren,</p>
    <p>Your follow-up blood test came back. Your hCG is <b>14 mIU/mL</b>, down from
    2,310 on the day you took the first pill. That's the drop we look for, so
    everything is complete and you don't need another ultrasound.</p>
    <p>Light bleeding can go on for a couple of weeks. Call the 24-hour line
    (617) 555-0126 if you soak 2 pads an hour or have a fever.</p>
    <p>Take care,<br>Nurse Alisha, Ashgrove Women's Health</p>
    </body></html>
    """), cat="rep", client="Ashgrove Portal Notify")

M("restricted", "nexplanon-insertion-invite",
  "Calendar invite to a named patient for a Nexplanon insertion visit.",
  "Ashgrove Scheduling <scheduling@ashgrove.example.org>",
  "Keisha Grant <keisha.grant@mailbox.example.net>",
  "Appointment: Nexplanon insertion - Wed Jun 10, 2026 9:40 AM",
  MIX(T("""
    Keisha Grant, your appointment is scheduled.

    Visit: Nexplanon insertion (15 min) with Dr. Laila Haddad
    When: Wednesday, June 10, 2026, 9:40 AM
    Where: Ashgrove Women's Health, 220 Birch St, Suite 3

    Please eat beforehand. If you are not on your period or using another
    method, use condoms from today until the visit - we will do a urine
    pregnancy test first.
    """), CAL("REQUEST", "ash-appt-5512093@ashgrove.example.org",
        "Nexplanon insertion - Dr. Haddad", "20260610T094000", "20260610T095500",
        "Ashgrove Scheduling <scheduling@ashgrove.example.org>",
        ["Keisha Grant <keisha.grant@mailbox.example.net>"],
        desc="Nexplanon insertion (15 min). Eat beforehand. Urine pregnancy test on arrival.",
        loc="Ashgrove Women's Health, 220 Birch St, Suite 3",
        prodid="-//Ashgrove//Scheduling 2.3//EN", fname="appointment.ics")),
  cat="rep", client="Ashgrove Scheduling 2.3")

M("restricted", "depo-shot-due-text",
  "Family-planning clinic text to a named patient: her 'shot' is due in the 11-13 week window.",
  "Ashgrove Family Planning <reminders@ashgrove.example.org>",
  "Keisha Grant <keisha.grant@mailbox.example.net>",
  "Time for your next shot",
  T("""
    Ashgrove Family Planning: Hi Keisha, your last shot was 3/10. Your next
    one is due between 6/2 and 6/16 to stay protected. Book at
    https://book.ashgrove.example.org or call 617-555-0125. If you're past
    6/16, use a backup method and we'll do a pregnancy test at the visit.
    """), cat="rep", client="Ashgrove Reminders (TextBridge 2.0)")

M("restricted", "plan-b-pharmacist-consult",
  "Front desk forwards, as an attached message, a pharmacist's note that a named patient received emergency contraception and counselling.",
  "Maple Street Family Practice <inbox@maplestreetfp.example.com>",
  "Nurse Joy Alvarado <jalvarado@maplestreetfp.example.com>",
  "FW: Pharmacist consult notification",
  MIX(T("""
    Joy - for Dr. Sato's in-basket. The pharmacy says she wants an appt to
    start pills, can you call her? Original attached.

    Front desk
    """), RFC822(inner(
      "Dr. Owen Patel, PharmD <opatel@ridgewayrx.example.com>",
      "Maple Street Family Practice <inbox@maplestreetfp.example.com>",
      "Pharmacist consult notification - Lowry, Hannah (DOB 02/09/2001)",
      T("""
        This is a courtesy notification of a pharmacist consult.

        Patient: Hannah Lowry   DOB 02/09/2001   PCP: Dr. Sato
        Date: 05/03/2026

        Dispensed levonorgestrel 1.5 mg (Plan B One-Step) x1 after consult;
        unprotected intercourse ~20 h prior, no contraindications. Counselled on
        ongoing contraception options. Patient is interested in starting a
        combined pill and asked to schedule with your office. Advised pregnancy
        test if period is more than 7 days late.

        Owen Patel, PharmD
        Ridgeway Pharmacy #102 | (617) 555-0115
        """), "2026-05-03 16:05 -0400", "plan-b-inner",
      client=("X-Mailer", "Microsoft Outlook 16.0")))),
  cat="rep", client=("X-Mailer", "Microsoft Outlook 16.0"), date="2026-05-04 08:15 -0400")

M("restricted", "letrozole-cycle-day3",
  "Fertility nurse to a patient: start letrozole on cycle day 3, monitoring ultrasound, trigger and IUI.",
  "Jess Romano RN <jromano@lindenfertility.example.com>",
  "Priya Natarajan <priya.natarajan@mailbox.example.com>",
  "Re: CD1 today",
  T("""
    Hi Priya,

    Thanks for calling in CD1. Plan for this cycle:

    - Start letrozole 5 mg on cycle day 3 (Sunday) through day 7.
    - Ultrasound + estradiol on cycle day 12 (Tuesday 4/21) at 7:30 am.
    - If there's a lead follicle of 18 mm or more, you'll do the Ovidrel
      trigger that night and the IUI will be ~36 h later.
    - Arjun's sample drop-off is 1 h before the IUI at the andrology lab.

    Text or call if anything changes.
    Jess, Linden Fertility nursing | (781) 555-0135

    > On Apr 10, 2026, at 6:52 AM, Priya Natarajan wrote:
    > CD1 today, heavy. Start the letrozole again?
    """), cat="rep", client=("X-Mailer", "Microsoft Outlook 16.0"), irt="priya-cd1")

M("restricted", "ivf-statement-pdf",
  "Fertility-clinic billing statement (PDF) for an account: ICSI, embryo transfer, cryostorage.",
  "Linden Fertility Billing <billing@lindenfertility.example.com>",
  "Hannah Weiss <hannah.weiss@mailbox.example.net>",
  "Statement for account LF-20931",
  MIX(T("""
    Dear Hannah Weiss,

    Your statement for account LF-20931 is attached. Balance due: $3,940.00
    by 07/15/2026. Pay online or call (781) 555-0136.

    Linden Fertility Billing Office
    """), PDF([
        "LINDEN FERTILITY - PATIENT STATEMENT        Account: LF-20931",
        "Patient: Hannah Weiss        Statement date: 06/15/2026",
        "05/02  58970  Oocyte retrieval                   $6,200.00",
        "05/02  89280  ICSI, 11 oocytes                   $2,100.00",
        "05/07  89272  Extended culture to blastocyst     $1,450.00",
        "05/07  58974  Embryo transfer (fresh)            $2,300.00",
        "05/07  89258  Cryopreservation, 3 embryos        $1,150.00",
        "       Insurance (fertility rider) paid         -$9,260.00",
        "BALANCE DUE                                      $3,940.00",
    ], "Statement_LF-20931_2026-06.pdf")),
  cat="rep", client="Linden Billing 2.1")

M("restricted", "chlamydia-result-arabic",
  "Arabic clinic message to a named patient: positive chlamydia test and treatment.",
  "عيادة ميريديان <arabic@meridianclinic.example.org>",
  "سلمى حداد <salma.haddad@mailbox.example.com>",
  "نتيجة الفحص",
  T("""
    السيدة سلمى حداد المحترمة،

    وصلت نتيجة فحص الكلاميديا والسيلان (فحص البول) الذي أجريتِه يوم 3 مارس.
    النتيجة: الكلاميديا إيجابية، والسيلان سلبي.

    هذه العدوى تُعالَج بسهولة بالمضاد الحيوي. أرسلنا وصفة دوكسيسيكلين
    100 ملغ مرتين يومياً لمدة 7 أيام إلى صيدليتك. يُنصح بأن يُعالَج الشريك
    أيضاً، وبتجنب العلاقة الجنسية حتى انتهاء العلاج.

    للاستفسار: 617-555-0123

    مع التحية،
    عيادة ميريديان
    """, cs="windows-1256", cte="base64"), lang="ar", cs="windows-1256", cat="rep",
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("restricted", "rpr-titer-1-32-alert",
  "Lab alert to a provider: RPR reactive 1:32 with MRN and DOB, confirmatory test pending.",
  "Copperfield Lab Alerts <alerts@copperfieldlab.example.com>",
  "Ashgrove Clinical Inbox <clinical@ashgrove.example.org>",
  "ABNORMAL RESULT - Acct 5530217",
  T("""
    COPPERFIELD REFERENCE LABORATORY - ABNORMAL RESULT NOTIFICATION

    Patient: PARKER, JASMINE     DOB: 08/19/1998     Acct/MRN: 5530217
    Ordering: L. HADDAD, MD - ASHGROVE WOMEN'S HEALTH
    Collected: 04/06/2026 14:10    Resulted: 04/07/2026 06:55

    RPR ..................... REACTIVE
    RPR titer ............... 1:32   (prior 03/2025: nonreactive)
    T. pallidum Ab (TP-PA) .. PENDING (reflex)
    Pregnancy status on requisition: 14 weeks gestation

    Reported to the state per reportable-disease rules.
    Client Services (617) 555-0176
    """), cat="rep", client="Copperfield LIS Notify 9.2")

M("restricted", "ballanta-qorsheynta-qoyska",
  "Somali appointment reminder to a named patient for family-planning (contraception) counselling.",
  "Ashgrove Women's Health <somali@ashgrove.example.org>",
  "Hodan Warsame <hodan.warsame@mailbox.example.net>",
  "Xusuusin: ballantaada Talaadada",
  T("""
    Marwo Hodan Warsame,

    Waxaan ku xusuusinaynaa ballantaada la-talinta qorsheynta qoyska
    (ka hortagga uurka) ee Talaadada, 12 Maajo, saacadda 2:00 galabnimo,
    oo ay kula yeelan doonto kalkaalisada Faadumo.

    Waxaad ka wada hadli doontaan noocyada kala duwan: kaniiniga, irbadda,
    iyo aaladda gacanta la gashado. Turjubaan Soomaali ah ayaa joogi doona.

    Haddii aad rabto inaad beddesho ballanta, wac 617-555-0127.

    Mahadsanid,
    Ashgrove Women's Health
    """), lang="so", cat="rep", client="Ashgrove Reminders (TextBridge 2.0)")

M("restricted", "egg-freezing-hindi",
  "Hindi message from a fertility clinic to a named patient about her egg-freezing stimulation cycle.",
  "Linden Fertility <hindi@lindenfertility.example.com>",
  "अनन्या शर्मा <ananya.sharma@mailbox.example.com>",
  "आपके एग फ्रीज़िंग चक्र की जानकारी",
  T("""
    नमस्ते अनन्या शर्मा जी,

    आपके एग फ्रीज़िंग (अंडाणु संरक्षण) चक्र की योजना इस प्रकार है:

    - माहवारी के दूसरे दिन से हार्मोन इंजेक्शन (गोनल-एफ 225 यूनिट) रोज़ शाम को शुरू करें।
    - पाँचवें दिन सुबह 7:30 बजे अल्ट्रासाउंड और खून की जाँच होगी।
    - अंडाणु निकालने की प्रक्रिया लगभग 11वें–13वें दिन होगी; उस दिन
      किसी को साथ लेकर आएँ, क्योंकि बेहोशी की दवा दी जाएगी।

    आपका AMH 2.4 ng/mL है, इसलिए हमें लगभग 10–14 अंडाणु मिलने की उम्मीद है।

    कोई सवाल हो तो (781) 555-0137 पर फ़ोन करें।
    लिंडन फ़र्टिलिटी
    """, cte="base64"), lang="hi", cat="rep", client="Linden Portal Notify")

M("restricted", "ride-to-ashgrove-procedure",
  "Friend's mail: driving a named friend to Ashgrove for an in-clinic abortion at 9 weeks.",
  "Meg Sullivan <meg.sullivan@mailbox.example.net>",
  "Priya Natarajan <priya.natarajan@mailbox.example.com>",
  "Thursday",
  T("""
    P -

    Yes, I can drive you Thursday, I already swapped my shift. I'll pick
    you up at 7:15 so we're at Ashgrove by 7:45.

    I looked at the paper they gave you: since the ultrasound put you at
    9 weeks and you didn't want to do the pills at home, it's the in-clinic
    one, about 10 minutes plus recovery. With the sedation you can't drive
    or sign anything for the rest of the day, so plan on my couch and bad
    TV. Don't eat after midnight.

    Love you. It's going to be ok.
    Meg
    """), cat="rep", client=("X-Mailer", "iPhone Mail (21F90)"))

M("restricted", "mife-miso-fahuo-zh",
  "Chinese shipping notice to a named patient from a telehealth service: mifepristone and misoprostol shipped.",
  "安心远程医疗 <service@anxintelehealth.example.com>",
  "李静 <lijing88@mailbox.example.net>",
  "您的药品已发货（订单 AX-260512-0418）",
  H("""
    <html><body style="font-family:'Microsoft YaHei',sans-serif">
    <p>李静 您好：</p>
    <p>您在 5 月 11 日视频问诊后开具的药品已于今天发出，预计 2 个工作日内送达。</p>
    <ul>
    <li>米非司酮片 200 mg &times; 1</li>
    <li>米索前列醇片 200 &micro;g &times; 4</li>
    <li>布洛芬 600 mg &times; 10（止痛）</li>
    </ul>
    <p>请先服用米非司酮，24&ndash;48 小时后再按说明使用米索前列醇。服药后第 3 周请做一次尿妊娠检测，
    并在问诊平台回复结果。如出血过多（每小时浸透两片卫生巾，持续两小时）或发烧，请立即就医。</p>
    <p>快递单号：SF0000418823（外包装不显示药品信息）</p>
    <p>安心远程医疗 客服 617-555-0129</p>
    </body></html>
    """, cte="base64"), lang="zh", cat="rep", client="AnXin Notify 1.8")
# =================================================================
# phi: near misses (health PHI outside the restricted categories)
# =================================================================
M("phi", "oxycodone-knee-scope-ready",
  "Pharmacy pickup notice to a named patient: oxycodone after knee arthroscopy.",
  "Ridgeway Pharmacy <rxalerts@ridgewayrx.example.com>",
  "Gail Porter <gail.porter@mailbox.example.com>",
  "Your prescription is ready - Ridgeway Pharmacy #214",
  T("""
    Ridgeway Pharmacy #214 - 880 Canal St - (617) 555-0114

    Hi GAIL,

    Your prescription is ready for pickup:

      OXYCODONE HCL 5 MG TABLET   Rx #7714118   Qty 20 (5-day supply)
      Prescriber: M. KEMP, MD (Halvorsen Orthopedics)

    Controlled substance: photo ID required at pickup. The pharmacist will
    go over dosing after your knee surgery and how to dispose of leftover
    tablets.

    Pickup by 04/16 or the order goes back to stock.
    """), client="RxAlerts Notify 3.4")

M("phi", "naloxone-coprescribed-hydrocodone",
  "Pharmacist counselling e-mail: naloxone co-prescribed with hydrocodone after shoulder surgery.",
  "Dr. Owen Patel, PharmD <opatel@ridgewayrx.example.com>",
  "Frank DeLuca <frank.deluca@mailbox.example.net>",
  "About the nasal spray in your bag",
  T("""
    Mr. DeLuca,

    You asked at pickup why there was a nasal spray in your bag with the
    hydrocodone-acetaminophen 5/325 from Dr. Kemp. It's naloxone (Narcan).
    We now hand it out with any opioid prescription for pain, especially
    for people who also take a sleep medicine, like your zolpidem. It's a
    precaution, not a judgement.

    Keep it somewhere your wife knows about. If you can't be woken up or
    your breathing is very slow, she sprays one dose in a nostril and calls
    911.

    Hope the shoulder heals up quickly.

    Owen Patel, PharmD - Ridgeway Pharmacy #102 - (617) 555-0115
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "ped-methylphenidate-refill",
  "borderline: a pediatrician (not a psychiatric service) refills a named child's ADHD stimulant.",
  "Maple Street Pediatrics <portal@maplestreetpeds.example.com>",
  "Sarah Brennan <sarah.brennan@mailbox.example.net>",
  "Refill request for Ethan - done",
  T("""
    Hi Sarah,

    Dr. Lum sent Ethan's methylphenidate ER 18 mg refill (30 tablets) to
    Ridgeway Pharmacy on Canal St. It's a controlled medicine, so the next
    one can't be sent before 6/12.

    He's due for his 6-month check: weight, blood pressure and the
    Vanderbilt forms from his teacher. Please book before the school year
    ends.

    Maple Street Pediatrics | (508) 555-0141
    """), client="PedsPortal Mailer 2.0")

M("phi", "anatomy-scan-20wk-appt",
  "Appointment confirmation for a named patient's routine 20-week anatomy ultrasound.",
  "Halvorsen Maternal-Fetal Imaging <mfi-sched@halvorsen.example.org>",
  "Gabriela Gómez <gabriela.gomez@correo.example.net>",
  "Appointment confirmed: Anatomy ultrasound 03/16",
  T("""
    Gabriela Gomez, your appointment is confirmed.

    Exam: Obstetric ultrasound, detailed anatomy (20 weeks)
    Date: Monday, March 16, 2026, 8:15 AM
    Location: Halvorsen Imaging, 2nd floor, Suite 240
    Ordering: Ashgrove Women's Health - prenatal care

    You do not need a full bladder. One adult guest is welcome.
    Questions: (617) 555-0145
    """), client="Orchard EHR Notify 5.1")

M("phi", "control-posparto-6-semanas",
  "Spanish reminder to a named patient for her routine six-week postpartum check.",
  "Clínica Familiar del Valle <citas@clinicadelvalle.example.com>",
  "Yesenia Ramírez <yesenia.ramirez@correo.example.net>",
  "Recordatorio: su control posparto",
  T("""
    Hola, Yesenia Ramírez:

    Le recordamos su cita de control posparto (seis semanas después del
    parto) con la Dra. Márquez:

      Viernes 8 de mayo, 11:00 a. m.
      Clínica Familiar del Valle, 410 Main St.

    En la consulta revisaremos la presión arterial, la cicatriz de la
    cesárea y cómo va la lactancia, y le haremos el cuestionario de estado
    de ánimo que se hace a todas las mamás. Puede traer al bebé.

    Para cambiar la cita, llame al 956-555-0142.
    """, cs="iso-8859-1"), lang="es", cs="iso-8859-1", client="CitaMail 1.4")

M("phi", "viem-gan-b-tai-luong",
  "borderline: Vietnamese message about a named patient's hepatitis B DNA and tenofovir (hep B, not HIV).",
  "Phòng khám Gan Halvorsen <hepatology@halvorsen.example.org>",
  "Nguyễn Văn Long <long.nguyen@mail.example.com>",
  "Kết quả xét nghiệm viêm gan B",
  T("""
    Chào ông Nguyễn Văn Long,

    Kết quả xét nghiệm ngày 10/3 của ông đã có:

    - HBV DNA (tải lượng virus viêm gan B): dưới ngưỡng phát hiện
    - ALT: 28 U/L (bình thường)
    - Siêu âm đàn hồi gan (FibroScan): 6,1 kPa

    Thuốc tenofovir (Vemlidy) đang có hiệu quả tốt. Ông tiếp tục uống mỗi
    ngày một viên, không được tự ý ngưng thuốc. Bác sĩ Trần hẹn tái khám
    sau 6 tháng, kèm siêu âm bụng để theo dõi gan.

    Phòng khám Gan - Halvorsen, (617) 555-0147
    """, cte="base64"), lang="vi", client="Orchard EHR Notify 5.1")

M("phi", "hpv-dose2-reminder",
  "Pediatric reminder that a named 12-year-old is due for HPV vaccine dose 2 and meningococcal.",
  "Maple Street Pediatrics <reminders@maplestreetpeds.example.com>",
  "Daniel Ferraro <dferraro@mailbox.example.com>",
  "Sofia is due for vaccines",
  T("""
    Hello,

    Our records show that Sofia Ferraro (DOB 01/14/2014) is due for:

      - HPV vaccine, dose 2 of 2 (dose 1 given 11/2025)
      - Meningococcal ACWY

    Both can be given at a nurse visit. Book online or call (508) 555-0141.

    Maple Street Pediatrics
    """), client="PedsPortal Mailer 2.0")

M("phi", "sleep-study-ahi-cpap",
  "Sleep centre results to a named patient: AHI 22, moderate sleep apnea, CPAP set-up.",
  "Halvorsen Sleep Center <sleep@halvorsen.example.org>",
  "Robert Kaminski <rkaminski@mailbox.example.net>",
  "Your sleep study results",
  ALT("""
    Dear Mr. Kaminski,

    Your overnight sleep study of April 2 showed moderate obstructive sleep
    apnea: AHI 22 events/hour, lowest oxygen 84%. Dr. Faraday recommends
    CPAP. Our DME partner Midland Medical will call you to fit a mask; the
    order is auto-CPAP 5-15 cm H2O.

    Follow-up with Dr. Faraday in 8 weeks to review your usage data.

    Halvorsen Sleep Center, (617) 555-0149
    """, """
    <html><body><p>Dear Mr. Kaminski,</p>
    <p>Your overnight sleep study of April 2 showed <b>moderate obstructive sleep apnea</b>:
    AHI 22 events/hour, lowest oxygen 84%. Dr. Faraday recommends CPAP. Our DME partner
    Midland Medical will call you to fit a mask; the order is auto-CPAP 5-15 cm H2O.</p>
    <p>Follow-up with Dr. Faraday in 8 weeks to review your usage data.</p>
    <p>Halvorsen Sleep Center, (617) 555-0149</p></body></html>
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "biopsie-peau-resultat",
  "French dermatology message to a named patient: biopsy shows basal cell carcinoma, excision planned.",
  "Cabinet de dermatologie Dr Lefèvre <secretariat@dermato-lefevre.example.fr.test>",
  "Monique Girard <monique.girard@courriel.example.net>",
  "Résultat de votre biopsie",
  T("""
    Madame Girard,

    Le résultat de la biopsie cutanée réalisée le 3 février sur la lésion
    de l'aile du nez est revenu : il s'agit d'un carcinome basocellulaire
    nodulaire, de petite taille.

    C'est une tumeur de la peau d'évolution lente, qui ne donne pas de
    métastases, mais qu'il faut retirer. Le Dr Lefèvre vous propose une
    exérèse sous anesthésie locale le 24 février à 9 h 00.

    Merci de confirmer par retour de mail.

    Le secrétariat - 01 55 50 01 44
    """, cs="iso-8859-1"), lang="fr", cs="iso-8859-1", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("phi", "fisioterapia-plano-ombro",
  "Portuguese physical-therapy plan of care for a named patient's shoulder.",
  "Reabilita Fisioterapia <contato@reabilita.example.net>",
  "Sérgio Almeida <sergio.almeida@correio.example.com>",
  "Seu plano de fisioterapia",
  T("""
    Olá, Sérgio Almeida,

    Segue o resumo do seu plano de tratamento, conforme a avaliação de
    ontem com a fisioterapeuta Juliana:

    Diagnóstico: tendinopatia do supraespinhal, ombro direito
    Frequência: 2x por semana (terças e quintas, 7h), 12 sessões
    Objetivos: elevar o braço acima da cabeça sem dor e voltar à natação
    Exercícios para casa: pêndulo, rotação externa com elástico (3x15)

    Traga o pedido médico do Dr. Paulo na próxima sessão para o convênio.

    Reabilita Fisioterapia - (11) 555-0132
    """, cs="iso-8859-1", cte="8bit"), lang="pt", cs="iso-8859-1", client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))

M("phi", "tangniaobing-a1c",
  "Chinese HTML message to a named patient: HbA1c 8.2%, metformin dose increase.",
  "Halvorsen 华人社区诊所 <chinese-clinic@halvorsen.example.org>",
  "陈志明 <zhiming.chen@mailbox.example.com>",
  "您的化验结果",
  H("""
    <html><body>
    <p>陈志明先生：</p>
    <p>您 4 月 8 日的化验结果如下：</p>
    <ul>
    <li>糖化血红蛋白（HbA1c）：<b>8.2%</b>（目标 7% 以下）</li>
    <li>空腹血糖：9.1 mmol/L</li>
    <li>肾功能：正常</li>
    </ul>
    <p>林医生建议将二甲双胍加到每天两次、每次 1000 毫克，新处方已送到药房。
    请继续控制饮食、每天散步，三个月后复查。</p>
    <p>如有疑问请致电 617-555-0153（普通话/粤语）。</p>
    </body></html>
    """, cte="base64"), lang="zh", client="Orchard EHR Notify 5.1")

M("phi", "fitness-duty-rehab-plus-hip",
  "Return-to-work note for a named employee after inpatient physical rehab (Rehab Plus) for a hip fracture.",
  "Rehab Plus Case Management <casemgmt@rehabplus.example.com>",
  "Northgate Logistics HR <hr-leave@northgate.example.com>",
  "Return to work - L. Okafor (employee 38852)",
  T("""
    Dear Ms. Alvarez,

    With Ms. Okafor's authorization: Linda Okafor (employee 38852) was
    discharged from our inpatient rehab unit on 03/27/2026 after surgical
    repair of a left hip fracture. She will continue outpatient physical
    therapy 3x/week for 6 weeks.

    She may return to work on 04/13/2026 with restrictions: seated desk
    duty only, no lifting over 10 lb, no ladders, cane as needed, re-evaluation
    05/11.

    Rehab Plus Case Management | (508) 555-0184
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "court-excuse-ankle-surgery",
  "Jury office forwards, as an attached message, a surgeon's letter excusing a named juror after ankle ORIF.",
  "Jury Administrator <jury@tollgate.courts.test>",
  "Clerk, Session 3 <clerk.session3@tollgate.courts.test>",
  "FW: Juror excusal - juror #4471",
  MIX(T("""
    Approved, deferred to the September term. Please take him off the
    June 8 panel. Original letter attached.

    Jury Office
    """), RFC822(inner(
      "Halvorsen Orthopedics <ortho-letters@halvorsen.example.org>",
      "Jury Administrator <jury@tollgate.courts.test>",
      "Juror excusal - Bernard Lyle, juror #4471",
      T("""
        To the Jury Administrator,

        Bernard Lyle (DOB 10/05/1963), summoned as juror #4471 for the week of
        June 8, underwent open reduction and internal fixation of a right ankle
        fracture on 05/28/2026. He is non-weight-bearing in a splint for 6
        weeks and cannot sit for long periods with the leg down. Please excuse
        or defer his service until after 08/01/2026.

        Miriam Kemp, MD - Halvorsen Orthopedics - (617) 555-0156
        """), "2026-06-01 09:12 -0400", "court-excuse-inner",
      client=("X-Mailer", "Microsoft Outlook 16.0")))),
  client=("X-Mailer", "Microsoft Outlook 16.0"), date="2026-06-02 08:40 -0400")

M("phi", "school-nurse-inhaler-plan",
  "School nurse to a parent: a named student's asthma action plan and albuterol at school.",
  "Nurse Anne Petit <apetit@maplehollowschools.example.org>",
  "Carmen Reyes <carmen.reyes@mailbox.example.com>",
  "Ava's inhaler for school",
  T("""
    Hi Ms. Reyes,

    Ava came to the health office twice this week wheezing after gym. Her
    albuterol inhaler here expired in March. Could you send in a new one
    with the pharmacy label, and have Dr. Lum sign the updated asthma action
    plan (attached to the district form you got in August)? Until then I
    can only call you when she needs it.

    Anne Petit, RN, School Nurse
    Maple Hollow Middle School | (508) 555-0138
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "hcv-rna-cured",
  "borderline: portal result to the patient: hepatitis C cured (SVR12) after Mavyret; no substance-use treatment involved.",
  "MyHalvorsen <no-reply@my.halvorsen.example.org>",
  "Glen Harding <glen.harding@mailbox.example.net>",
  "New test result",
  T("""
    Hi Glen,

    Your result from Halvorsen Hepatology is available:

    Hepatitis C virus RNA, quantitative: NOT DETECTED
    (12 weeks after finishing Mavyret)

    Note from Dr. Iyer: This means you are cured of hepatitis C. Your liver
    tests are normal too. You can still get hep C again, so I'd still
    recommend a yearly test. No more visits needed with us.
    """), client="Orchard EHR Notify 5.1")

M("phi", "varenicline-quit-smoking",
  "borderline: primary-care message about a named patient's varenicline to quit smoking (tobacco is not Part 2 substance-use treatment).",
  "Dr. Maya Sato <msato@maplestreetfp.example.com>",
  "Hector Villanueva <hector.villanueva@mailbox.example.com>",
  "Re: quit date",
  T("""
    Hector,

    Great that you picked March 1. I sent the varenicline starter pack to
    Ridgeway: 0.5 mg once a day for 3 days, then twice a day, then 1 mg twice
    a day from day 8. Start it a week before your quit date. Take it with
    food and a full glass of water so it doesn't upset your stomach. Vivid
    dreams are common.

    The state quitline (1-800-555-0158) will call you this week too.

    Dr. Sato
    Maple Street Family Practice
    """), client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"), irt="hector-quit")

M("phi", "otets-parkinson-koi8",
  "Russian family mail about a named father's Parkinson's disease medication change.",
  "Елена Воронина <elena.voronina@pochta.example.net>",
  "Сергей Воронин <s.voronin@mail.example.com>",
  "Папа после невролога",
  T("""
    Серёжа, привет!

    Были сегодня с папой (Николаем Ивановичем) у невролога. Доктор
    сказала, что Паркинсон немного прогрессирует, утренняя скованность
    стала сильнее. Дозу леводопы увеличили: теперь по полтаблетки четыре
    раза в день, а не три. Ещё назначили лечебную физкультуру два раза в
    неделю.

    Следующий приём через три месяца. Сможешь ты его отвезти в июле? Я
    буду в отпуске.

    Лена
    """, cs="koi8-r", cte="8bit"), lang="ru", cs="koi8-r", client=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1"))

M("phi", "chikwa-bal-chi-tramadol",
  "Korean dental office aftercare for a named patient: wisdom tooth extraction and tramadol.",
  "미소치과 <help@misodental.example.com>",
  "최민준 <minjun.choi@mail.example.net>",
  "최민준 님 발치 후 주의사항",
  T("""
    최민준 님, 오늘 사랑니 발치(아래 오른쪽) 수고 많으셨습니다.

    처방 약:
    - 아목시실린 500mg, 하루 세 번, 5일
    - 트라마돌 50mg, 통증이 심할 때만 6시간 간격 (하루 4회 이하)
    - 이부프로펜 400mg, 식후

    거즈는 1시간 동안 꼭 물고 계시고, 오늘은 빨대 사용과 흡연을 피해
    주세요. 실밥은 7일 뒤(5월 19일 오전 10시)에 제거합니다.

    미소치과 617-555-0159
    """, cs="euc-kr", cte="base64"), lang="ko", cs="euc-kr", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "pain-contract-uds",
  "borderline: pain-management clinic tells a named patient a random urine drug screen under his opioid agreement is due (pain care, not SUD treatment).",
  "Halvorsen Pain Management <pain-rn@halvorsen.example.org>",
  "Victor Hale <victor.hale@mailbox.example.net>",
  "Random screen - please come in by Friday",
  T("""
    Mr. Hale,

    As part of the opioid treatment agreement you signed for your chronic
    back pain, you have been selected for a random urine drug screen. Please
    stop by the lab on the 3rd floor by Friday 2/20. You don't need to stop
    your oxycodone ER 15 mg or anything else; bring your pill bottle so we
    can do a count.

    Your next visit with Dr. Brandt is 3/4 to talk about the spinal cord
    stimulator trial.

    Halvorsen Pain Management | (617) 555-0161
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "mammogram-birads-1",
  "Screening mammogram result letter to a named patient: BI-RADS 1, negative.",
  "Halvorsen Breast Imaging <breastimaging@halvorsen.example.org>",
  "Donna Hughes <donna.hughes@mailbox.example.com>",
  "Your mammogram result",
  MIX(T("""
    Dear Ms. Hughes,

    Your mammogram results letter is attached.

    Halvorsen Breast Imaging
    """), PDF([
        "HALVORSEN BREAST IMAGING - RESULT LETTER",
        "Patient: Donna Hughes   DOB: 11/23/1969   Exam date: 01/22/2026",
        "Exam: Screening digital mammogram with tomosynthesis, bilateral",
        "Result: BI-RADS 1 - Negative. No evidence of cancer.",
        "Breast density: scattered fibroglandular (B)",
        "Recommendation: routine screening mammogram in 1 year.",
    ], "Mammogram_letter_Hughes.pdf")),
  client="Orchard EHR Notify 5.1")

M("phi", "darmspiegelung-adenom-befund",
  "German letter to a named patient: colonoscopy found a tubular adenoma, repeat in five years (family history only, no genetic test).",
  "Praxis Dr. Hoffmann Gastroenterologie <praxis@gastro-hoffmann.example.de.test>",
  "Ursula Kraus <u.kraus@post.example.de.test>",
  "Befund Ihrer Darmspiegelung vom 12.02.2026",
  T("""
    Sehr geehrte Frau Kraus,

    bei Ihrer Darmspiegelung am 12.02.2026 haben wir einen 6 mm großen
    Polypen im Sigma vollständig entfernt. Die feingewebliche Untersuchung
    ergab ein tubuläres Adenom mit niedriggradiger Dysplasie, vollständig
    abgetragen.

    Wegen des Befundes und der Darmkrebserkrankung Ihres Vaters (mit 61
    Jahren) empfehlen wir die nächste Kontrolle in 5 Jahren, also 2031.

    Mit freundlichen Grüßen
    Dr. med. Jörg Hoffmann
    Tel. 040 555-0148
    """, cs="iso-8859-15"), lang="de", cs="iso-8859-15", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "cardiac-rehab-tuesday-group",
  "Cardiac rehab schedule for a named patient: the Tuesday/Thursday group after a stent.",
  "Halvorsen Cardiac Rehab <cardiacrehab@halvorsen.example.org>",
  "Walter Brooks <walter.brooks@mailbox.example.net>",
  "Welcome to the Tuesday group",
  T("""
    Mr. Brooks,

    Welcome to Phase II cardiac rehab! After your stent on 3/3, Dr. Mensah
    referred you for 36 sessions. You're in the Tuesday/Thursday 10:00 group
    with Coach Rita.

    First session: Tuesday 3/24. Wear sneakers, bring your nitroglycerin
    and your medication list. We'll check your blood pressure and put you on
    a heart monitor while you exercise.

    Halvorsen Cardiac Rehab | (617) 555-0164
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))
M("phi", "allergy-shot-voicemail",
  "Voicemail transcription to a named patient: she is due for her allergy shot (maintenance dose).",
  "Voicemail <voicemail@vm.cellfone.example.net>",
  "Irene Castillo <irene.castillo@mailbox.example.com>",
  "New voicemail from (617) 555-0168 (0:29)",
  MIX(T("""
    You received a new voicemail.

    From: (617) 555-0168
    Received: Mon 10/05/2026 9:02 AM
    Length: 0:29

    Transcription (may not be accurate):
    "Hi Irene, this is Tara from Halvorsen Allergy. You're due for your
    shot, it's been five weeks and we want to keep you on the maintenance
    dose of the dust mite and cat extract. Walk-in shot hours are Monday
    and Wednesday till 4, and remember to wait the 30 minutes after. Thanks!"
    """), A("audio/x-wav", wav(), "voicemail-20261005-0902.wav")),
  client="CellFone Visual Voicemail 2.2")

M("phi", "test-strips-refill-text",
  "Text-style pharmacy notice to a named patient: glucose test strips and insulin pen needles ready.",
  "Ridgeway Pharmacy <rxalerts@ridgewayrx.example.com>",
  "Earl Simmons <earl.simmons@mailbox.example.net>",
  "Ridgeway: 2 items ready",
  T("""
    Ridgeway Pharmacy: EARL S., 2 items ready at #214: ONETOUCH VERIFIO
    STRIPS #100 and BD PEN NEEDLES 4MM #100 (for your insulin glargine).
    Copay $10.00. Pick up by 9/18. Reply STOP to opt out.
    """), client="RxAlerts Notify 3.4")

M("phi", "drive-thru-window-amoxicillin",
  "Pharmacy notice: a named child's amoxicillin is ready at the drive-thru window.",
  "Ridgeway Pharmacy <rxalerts@ridgewayrx.example.com>",
  "Luz Herrera <luz.herrera@mailbox.example.com>",
  "Ready at the drive-thru window",
  T("""
    Ridgeway Pharmacy #102

    MATEO HERRERA's prescription is ready at the drive-thru window:
      AMOXICILLIN 400 MG/5 ML SUSP, 100 mL - give 7.5 mL twice daily x10 days
      Prescriber: Maple Street Pediatrics

    Keep in the fridge and shake well. Window hours 8 AM - 9 PM.
    """), client="RxAlerts Notify 3.4")

M("phi", "ozempic-pa-denied",
  "Payer prior-authorization denial for a member's Ozempic for type 2 diabetes; prescription on hold.",
  "Bellbrook Health Plan Pharmacy <pharmacy-pa@bellbrook.example.com>",
  "Maple Street Family Practice <inbox@maplestreetfp.example.com>",
  "PA denied: OZEMPIC - member BHP660218834",
  H("""
    <html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
    <h3 style="color:#1b4f72">Prior Authorization Determination</h3>
    <table cellpadding="3">
    <tr><td><b>Member</b></td><td>Earl Simmons</td></tr>
    <tr><td><b>Member ID</b></td><td>BHP660218834</td></tr>
    <tr><td><b>Drug</b></td><td>OZEMPIC 0.5 MG/DOSE PEN</td></tr>
    <tr><td><b>Diagnosis</b></td><td>E11.65</td></tr>
    <tr><td><b>Decision</b></td><td style="color:#a00"><b>DENIED</b></td></tr>
    <tr><td><b>Reason</b></td><td>Step therapy: no claim for metformin in the last 120 days.
    Submit chart notes documenting intolerance. The prescription is on hold at the pharmacy.</td></tr>
    </table>
    <p>Bellbrook Pharmacy Services &middot; 1-800-555-0166 &middot; PA case 7712-0991</p>
    </body></html>
    """), client="Bellbrook Correspondence Server")

M("phi", "eob-knee-mri",
  "Explanation of Benefits for a member: knee MRI and orthopedic visit.",
  "Bellbrook Health Plan <eob@bellbrook.example.com>",
  "Gail Porter <gail.porter@mailbox.example.com>",
  "Your Explanation of Benefits is ready",
  MIX(T("""
    Your Explanation of Benefits for claim 2026-041-11902 is attached.
    This is not a bill.

    Bellbrook Health Plan Member Services 1-800-555-0165
    """), PDF([
        "BELLBROOK HEALTH PLAN - EXPLANATION OF BENEFITS (THIS IS NOT A BILL)",
        "Member: GAIL PORTER   Member ID: BHP118840275   Claim: 2026-041-11902",
        "Provider: Halvorsen Imaging / Halvorsen Orthopedics",
        "02/06/2026 73721 MRI knee w/o contrast, left   Billed $1,840.00  Paid $612.00",
        "02/10/2026 99204 New patient visit, orthopedics Billed $325.00  Paid $190.00",
        "Diagnosis: S83.242A tear of medial meniscus, left knee",
        "Your responsibility (deductible): $250.00",
    ], "EOB_2026-041-11902.pdf")),
  client="Bellbrook Correspondence Server")

M("phi", "colonoscopy-invite",
  "Calendar invite to a named patient for a screening colonoscopy with prep instructions.",
  "Halvorsen GI Scheduling <gi-sched@halvorsen.example.org>",
  "Raymond Albers <ray.albers@mailbox.example.net>",
  "Colonoscopy - Thu Sep 17, 2026 7:30 AM",
  P("multipart/alternative", parts=[
      T("""
        Raymond Albers - Colonoscopy with Dr. Haines
        Thursday September 17, 2026, 7:30 AM (arrive 6:45)
        Halvorsen Endoscopy, 1st floor

        Prep: clear liquids all day on 9/16, first half of the prep at 6 PM,
        second half at 2 AM. Nothing by mouth after 4:30 AM. You must have a
        driver.
        """),
      CAL("REQUEST", "gi-appt-7741203@halvorsen.example.org", "Colonoscopy - Dr. Haines",
          "20260917T073000", "20260917T090000",
          "Halvorsen GI Scheduling <gi-sched@halvorsen.example.org>",
          ["Raymond Albers <ray.albers@mailbox.example.net>"],
          desc="""
            Prep: clear liquids all day on 9/16, first half of the prep at 6 PM,
            second half at 2 AM. Nothing by mouth after 4:30 AM. You must have a driver.
            """, loc="Halvorsen Endoscopy, 1st floor")]),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "pitaji-bp-dawai",
  "Hindi family mail about a named father's blood-pressure medicine change.",
  "राहुल वर्मा <rahul.verma@mail.example.com>",
  "प्रिया वर्मा <priya.verma@mailbox.example.net>",
  "पिताजी की दवाई",
  T("""
    प्रिया,

    आज पिताजी (श्री सुरेश वर्मा) को डॉक्टर के पास ले गया था। उनका बीपी
    160/95 आया, इसलिए डॉक्टर ने एम्लोडिपिन 5 मिलीग्राम से बढ़ाकर 10
    मिलीग्राम कर दी है। नमक कम करने को कहा है और रोज़ सुबह बीपी नापकर
    डायरी में लिखने को कहा है।

    दो हफ़्ते बाद फिर से दिखाना है। तुम उस दिन उन्हें ले जा सकोगी?

    राहुल
    """, cte="base64"), lang="hi", client=None)

M("phi", "mawid-fahs-ayn",
  "Arabic appointment reminder for a named patient's diabetic eye exam.",
  "عيادة العيون - هالفورسن <eye-clinic@halvorsen.example.org>",
  "يوسف منصور <yousef.mansour@mailbox.example.com>",
  "تذكير بموعد فحص العين",
  T("""
    السيد يوسف منصور المحترم،

    نذكّرك بموعد فحص قاع العين السنوي لمرضى السكري:

    اليوم: الأربعاء 14 أكتوبر 2026
    الساعة: 9:30 صباحاً
    المكان: عيادة العيون، الطابق الثالث

    سنضع قطرات لتوسيع حدقة العين، لذلك لا تقُد السيارة بعد الفحص وأحضر
    معك نظارة شمسية. لتغيير الموعد اتصل على 617-555-0169.
    """, cte="base64"), lang="ar", client="Orchard EHR Notify 5.1")

M("phi", "lola-balakang-pt",
  "Tagalog family mail about a named grandmother's hip replacement and physical therapy.",
  "Marites Dela Cruz <marites.delacruz@mailbox.example.com>",
  "Joel Dela Cruz <joel.dc@mail.example.net>",
  "Update kay Lola Ising",
  T("""
    Joel,

    Successful daw ang hip replacement ni Lola Ising (Lola Isidora Reyes)
    kahapon sa Halvorsen. Nakatayo na siya kaninang umaga gamit ang walker!
    Lalabas siya sa Biyernes, tapos may physical therapy sa bahay tatlong
    beses isang linggo sa loob ng isang buwan. Bawal muna siyang yumuko nang
    sobra at kailangan ng mataas na upuan sa CR.

    Pwede ka bang bumili ng raised toilet seat bago siya umuwi?

    Ate Tess
    """), lang="tl", client=("User-Agent", "K-9 Mail for Android"))

M("phi", "tansyon-randevou-kreyol",
  "Haitian Creole reminder to a named patient for a blood-pressure check and lab work.",
  "Klinik Fanmi Halvorsen <kreyol@halvorsen.example.org>",
  "Marie-Claude Joseph <mcjoseph@mailbox.example.net>",
  "Randevou pou tansyon ou",
  T("""
    Bonjou Madan Marie-Claude Joseph,

    Nou raple ou randevou ou pou tcheke tansyon ou ak Dr. Celestin:
    madi 3 novanm, a 9è30 nan maten.

    Pa manje anyen apre minwi paske n ap fè yon tès san pou kolestewòl ak
    sik. Pote tout medikaman tansyon ou yo (lisinopril la) ak kaye kote ou
    ekri tansyon ou chak jou.

    Pou chanje randevou a, rele 617-555-0170.
    """), lang="ht", client="Orchard EHR Notify 5.1")

M("phi", "ilmaha-dhegta-antibiyootig",
  "Somali note to a parent: a named child's ear infection and amoxicillin.",
  "Maple Street Pediatrics <somali@maplestreetpeds.example.com>",
  "Faadumo Cali <faadumo.cali@mailbox.example.com>",
  "Daawada Cabdi",
  T("""
    Marwo Faadumo Cali,

    Dhakhtarka ayaa Cabdi Maxamed (dhashay 02/2022) u arkay caabuq dhegta
    bidix ah. Waxaa loo qoray daawada amoxicillin, 6 ml subaxii iyo habeenkii,
    10 maalmood. Daawada ku qabo qaboojiyaha, ka hor intaadan siin ruxruxa.

    Haddii qandhadu ka sii dari waydo 3 maalmood kadib, wac 508-555-0141.

    Maple Street Pediatrics
    """), lang="so", client="PedsPortal Mailer 2.0")

M("phi", "kenko-shindan-kekka",
  "Japanese employer health-check result for a named employee: high LDL cholesterol, follow-up advised.",
  "株式会社ノースゲート 健康管理室 <kenko@northgate.example.jp.test>",
  "高橋 健一 <kenichi.takahashi@northgate.example.jp.test>",
  "【要再検査】2026年度 定期健康診断結果のお知らせ",
  T("""
    高橋 健一 様

    2026年度 定期健康診断の結果、以下の項目で再検査が必要と判定されました。

      LDLコレステロール：182 mg/dL（基準 60〜139）
      中性脂肪：210 mg/dL（基準 30〜149）
      判定：C（要再検査・生活改善）

    1か月以内にかかりつけ医を受診し、結果を健康管理室までご提出ください。
    産業医面談を希望される場合は内線 4412 までご連絡ください。

    健康管理室
    """, cs="shift_jis", cte="base64"), lang="ja", cs="shift_jis", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "metformina-ricetta",
  "Italian pharmacy message to a named patient: metformin repeat prescription ready.",
  "Farmacia San Marco <ordini@farmaciasanmarco.example.it.test>",
  "Giuseppe Ferri <giuseppe.ferri@posta.example.it.test>",
  "La sua ricetta è pronta",
  T("""
    Gentile Sig. Giuseppe Ferri,

    la informiamo che la ricetta elettronica del Dott. Conti è arrivata e il
    farmaco è pronto per il ritiro:

      Metformina 850 mg, 2 confezioni da 60 compresse

    Si ricordi di portare la tessera sanitaria. La farmacia è aperta dal
    lunedì al sabato, 8:30-19:30.

    Cordiali saluti,
    Farmacia San Marco - 06 555-0149
    """, cs="iso-8859-1"), lang="it", cs="iso-8859-1", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("phi", "records-release-ortho-boilerplate",
  "borderline: orthopedic records released for a named patient; the footer carries boilerplate that mentions 42 CFR Part 2 but the records hold no substance-use care.",
  "Halvorsen Release of Information <roi@halvorsen.example.org>",
  "Tri-State Comp Claims <claims@tristatecomp.example.com>",
  "Records for claim WC-26-55102 - Pereira, Antonio",
  MIX(T("""
    Attached: orthopedic clinic notes 01/05 - 03/30/2026, operative report
    (right carpal tunnel release 02/12/2026) and therapy discharge summary
    for Antonio Pereira, DOB 05/27/1971, claim WC-26-55102.

    Halvorsen Release of Information | (617) 555-0171

    CONFIDENTIALITY: This disclosure may contain information protected by
    HIPAA and, where applicable, by 42 CFR Part 2, state HIV and mental
    health confidentiality laws. If you received it in error, notify the
    sender and destroy it.
    """), PDF([
        "HALVORSEN ORTHOPEDICS - OPERATIVE REPORT",
        "Patient: Antonio Pereira   DOB: 05/27/1971   MRN: 10288341",
        "Date of surgery: 02/12/2026   Surgeon: M. Kemp, MD",
        "Procedure: Right open carpal tunnel release",
        "Findings: thickened transverse carpal ligament, median nerve flattened",
        "Disposition: home same day. Hand therapy 6 visits.",
    ], "Pereira_ortho_records.pdf")),
  client="Orchard ROI Module 5.1")

M("phi", "glucose-tolerance-prenatal",
  "Subject-only case: a named patient's 1-hour prenatal glucose screen of 148 is in the Subject; body says book the 3-hour test.",
  "Ashgrove OB Nurses <ob-rn@ashgrove.example.org>",
  "Front Desk - Ashgrove <frontdesk@ashgrove.example.org>",
  "Gomez, Gabriela 26wk 1hr GTT 148 - needs 3hr",
  T("""
    Can you call her and book the 3-hour this week or next? Fasting, 7:30
    am slot. She prefers Spanish.

    thanks - Paola
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "hepb-vaccine-employee-health",
  "borderline: employee health tells a named nurse at a methadone clinic her own hepatitis B titer is low and a booster is due.",
  "Harbor Light Employee Health <employeehealth@harborlight.example.org>",
  "Tasha Greene <tgreene@harborlight.example.org>",
  "Your hepatitis B titer",
  T("""
    Hi Tasha,

    Your hepatitis B surface antibody from your annual screening came back
    at 4 mIU/mL (below the protective level of 10). Please get one booster
    dose of Heplisav-B at employee health and we'll recheck the titer in
    1-2 months. Your TB test was negative.

    Walk-in hours: Tue/Thu 7:00-9:00 am before dosing opens.

    Employee Health | ext. 4410
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("phi", "pregnancy-confirmed-urgent-care",
  "borderline: urgent-care visit note to a named patient: positive pregnancy test and referral for routine prenatal care (pregnancy itself is not a restricted category).",
  "QuickCare Urgent Care <visits@quickcare.example.com>",
  "Ashley Nunez <ashley.nunez@mailbox.example.net>",
  "Your visit summary - QuickCare Westfield",
  T("""
    Ashley Nunez - Visit summary, 07/11/2026

    Reason for visit: nausea, missed period
    Tests: urine pregnancy test POSITIVE; urinalysis normal
    Estimated: about 6 weeks from your last period (05/30)
    Diagnosis: early pregnancy; nausea of pregnancy
    Plan: start a prenatal vitamin with folic acid; ondansetron 4 mg as
    needed for nausea. Referral to Ashgrove Women's Health for your first
    prenatal visit (they will call you to schedule at 8-10 weeks).

    Return or go to the ER for severe pain or heavy bleeding.
    QuickCare Westfield | (413) 555-0172
    """), client="QuickCare Visit Mailer")

M("phi", "fwd-speech-therapy-toddler",
  "Forward between parents; the quoted part is a named toddler's speech-therapy evaluation.",
  "Tunde Adeyemi <tunde.adeyemi@mail.example.com>",
  "Rachel Adeyemi <rachel.adeyemi@mailbox.example.net>",
  "Fwd: Evaluation summary - Zoe Adeyemi",
  T("""
    Forwarding so you have it too. Tuesdays at 4 works for me.

    Begin forwarded message:

    > From: Sunrise Pediatric Therapy <office@sunrisepedtherapy.example.com>
    > Subject: Evaluation summary - Zoe Adeyemi
    > Date: June 3, 2026 at 3:41:12 PM EDT
    > To: Tunde Adeyemi <tunde.adeyemi@mail.example.com>
    >
    > Zoe (age 2 years 4 months) was seen for a speech-language evaluation
    > on 6/1. Expressive language is about 6 months behind (about 30
    > words, few two-word phrases); hearing screen passed. We recommend
    > speech therapy once a week for 12 weeks, parent coaching included.
    > Please call to book: (617) 555-0173.
    """), client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))
# =================================================================
# none: the same vocabulary about nobody in particular
# =================================================================
M("none", "know-your-status-week",
  "HTML public-health flyer for HIV testing week: free rapid tests, PrEP information, no individual.",
  "Meridian Clinic Outreach <outreach@meridianclinic.example.org>",
  "Community Partners <partners-list@lists.meridianclinic.example.org>",
  "Know Your Status Week - June 22-27, free testing at 6 sites",
  H("""
    <html><body style="font-family:Arial,sans-serif">
    <h2 style="color:#c0392b">Know Your Status Week &middot; June 22-27</h2>
    <p>Free, fast, confidential HIV and syphilis testing. Results from the rapid
    4th-generation Ag/Ab test in 20 minutes. No insurance or ID needed.</p>
    <ul>
    <li>Mon 6/22 - Meridian Clinic lobby, 10-6</li>
    <li>Tue 6/23 - Eastside Library, 12-5</li>
    <li>Wed 6/24 - Pride Center, 2-8</li>
    <li>Thu 6/25 - Community College Student Union, 11-4</li>
    <li>Fri 6/26 - Saint Brigid's parish hall, 9-1</li>
    <li>Sat 6/27 - Harbor Street Farmers Market, 8-12</li>
    </ul>
    <p>Ask about PrEP (daily pills or the every-2-month shot) and about doxy-PEP.
    Undetectable = Untransmittable.</p>
    <p>Please print and post the attached flyer. Questions: (617) 555-0121.</p>
    </body></html>
    """), client="Constant Mailer 4.2")

M("none", "moud-prescriber-training",
  "CME announcement for a buprenorphine/MOUD prescriber training; no patient.",
  "Halvorsen CME Office <cme@halvorsen.example.org>",
  "All Prescribers <prescribers@halvorsen.example.org>",
  "CME: Starting buprenorphine in primary care and the ED (2.0 credits)",
  T("""
    Halvorsen CME presents

    MOUD 101: Starting buprenorphine in primary care and the ED
    Thursday, February 19, 2026, 12:00-2:00 pm, Auditorium B and online

    - Low-dose ("micro") induction vs. standard induction with fentanyl in
      the drug supply
    - Sublocade and Brixadi: who, when and how to bill (J0571, Q9991/Q9992)
    - Precipitated withdrawal: recognizing and treating it
    - Naloxone co-prescribing and the hospital's take-home kit programme
    - Panel: Harbor Light's bridge clinic and same-day referrals

    Speakers: Anneke Feld, DO (Harbor Light), Ramon Esposito, MD (Emergency
    Medicine), Janet Wu, PharmD.
    2.0 AMA PRA Category 1 Credits. Satisfies the DEA 8-hour training
    requirement in part.

    Register: https://cme.halvorsen.example.org/moud101
    """), client="Halvorsen CME Mailer")

M("none", "harbor-light-grant-aggregate",
  "Annual grant report (PDF) with aggregate patient counts, retention and UDS rates for an opioid treatment programme.",
  "Omar Haddad <ohaddad@harborlight.example.org>",
  "State Opioid Response Grants <sor-grants@statehealth.example.org>",
  "Harbor Light - SOR year 2 annual report",
  MIX(T("""
    Hello Ms. Chandra,

    Attached is Harbor Light Treatment Services' year-2 annual performance
    report for the State Opioid Response grant (award SOR-24-117). All
    figures are aggregate; cells under 11 are suppressed.

    Omar Haddad, MPH
    Director of Quality and Grants, Harbor Light Treatment Services
    (617) 555-0191
    """), PDF([
        "HARBOR LIGHT TREATMENT SERVICES - SOR YEAR 2 ANNUAL REPORT",
        "Reporting period: 10/01/2024 - 09/30/2025   Award: SOR-24-117",
        "Unduplicated patients served: 412 (methadone 288, buprenorphine 124)",
        "New admissions: 173   Median time to first dose: 1 day",
        "Retention at 90 days: 71%   at 180 days: 61%",
        "UDS negative for illicit opioids at 6 months: 58%",
        "Naloxone kits distributed: 1,940",
        "Contingency management participants: 86 (cells <11 suppressed by site)",
        "Sublocade patients: <11 (suppressed)",
    ], "HarborLight_SOR_Y2_report.pdf")),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "lcsw-iop-job-posting",
  "Job posting: LCSW for an adult substance-use IOP; no patient.",
  "Crestline Recovery Careers <careers@crestline.example.org>",
  "Job Board <jobs@socialworkjobs.example.net>",
  "Posting: LCSW / LICSW - Adult IOP (evenings) - Crestline Recovery",
  T("""
    Position: Licensed Clinical Social Worker - Adult Intensive Outpatient
    Program (IOP), evenings
    Location: Crestline Recovery, Framingham campus
    Schedule: Mon/Wed/Fri 3:00-9:30 pm + one Saturday aftercare group a month

    You will:
    - run three-hour IOP groups (CBT, relapse prevention, MI) for adults with
      alcohol and opioid use disorders, many on buprenorphine or Vivitrol;
    - carry a caseload of 12-14 for individual sessions and treatment plans;
    - coordinate with our residential unit, sober living partners and
      treatment courts (42 CFR Part 2 consent workflow);
    - use ASAM criteria for level-of-care changes (residential, PHP, IOP).

    Requirements: LCSW/LICSW, 2 years in addiction treatment, LADC a plus.
    Pay: $72,000-$84,000 plus $3,000 sign-on. Apply by 3/31.
    """), client="Crestline HR Mailer")

M("none", "genetic-counselor-posting",
  "Job posting for a cancer genetic counsellor; no patient.",
  "Halvorsen Talent Acquisition <jobs@halvorsen.example.org>",
  "NSGC Job Listings <listings@gcjobs.example.org>",
  "Genetic Counselor II - Hereditary Cancer Program (hybrid)",
  T("""
    Halvorsen Health is hiring a Genetic Counselor II for the Cancer Genetics
    Program.

    - Pre- and post-test counseling for hereditary cancer (BRCA1/2, Lynch
      syndrome genes MLH1/MSH2/MSH6/PMS2/EPCAM, CHEK2, PALB2, ATM)
    - Tumor-normal and germline result disclosure, cascade testing letters
    - Telehealth 3 days a week; clinic 2 days
    - Teaching rotations for the genetic counseling graduate program

    Requirements: ABGC certified or board eligible, state license.
    Salary range $92,000-$108,000.
    Apply: https://careers.halvorsen.example.org/req/26-0441
    """), client="Halvorsen HR Mailer")

M("none", "formulary-sublocade-tier",
  "Health-plan formulary update: Sublocade and Brixadi move tiers, PA removed for buprenorphine; no member.",
  "Bellbrook Health Plan Pharmacy <formulary@bellbrook.example.com>",
  "Network Providers <provider-news@lists.bellbrook.example.com>",
  "Formulary update effective 07/01/2026",
  ALT("""
    BELLBROOK HEALTH PLAN - FORMULARY CHANGES EFFECTIVE 07/01/2026

    Substance use disorder treatment
    - Buprenorphine/naloxone SL film and tablets: prior authorization
      REMOVED for all plans.
    - SUBLOCADE and BRIXADI: moved to Tier 2 (preferred specialty); PA
      replaced by a one-page attestation.
    - VIVITROL: no change (Tier 2, no PA).

    HIV
    - Cabenuva: site-of-care rule updated (home infusion allowed).

    Mental health
    - Clozapine ODT: now covered without step therapy.

    Full formulary: https://www.bellbrook.example.com/formulary
    """, """
    <html><body><h3>Formulary changes effective 07/01/2026</h3>
    <h4>Substance use disorder treatment</h4>
    <ul><li>Buprenorphine/naloxone SL film and tablets: prior authorization <b>removed</b> for all plans.</li>
    <li>SUBLOCADE and BRIXADI: moved to Tier 2 (preferred specialty); PA replaced by a one-page attestation.</li>
    <li>VIVITROL: no change (Tier 2, no PA).</li></ul>
    <h4>HIV</h4><ul><li>Cabenuva: site-of-care rule updated (home infusion allowed).</li></ul>
    <h4>Mental health</h4><ul><li>Clozapine ODT: now covered without step therapy.</li></ul>
    <p>Full formulary: <a href="https://www.bellbrook.example.com/formulary">bellbrook.example.com/formulary</a></p>
    </body></html>
    """), client="Bellbrook Correspondence Server")

M("none", "clozapine-rems-change",
  "Pharmacy department notice about clozapine REMS/ANC monitoring changes; no patient.",
  "Halvorsen Pharmacy Informatics <rx-informatics@halvorsen.example.org>",
  "Pharmacy Staff <pharmacy-all@halvorsen.example.org>",
  "Clozapine REMS ended - what changes for dispensing",
  T("""
    Team,

    With the clozapine REMS programme eliminated, pharmacies no longer need
    to verify REMS enrollment or submit ANC values before dispensing. What
    stays the same at Halvorsen:

    - ANC monitoring is still in the labeling; prescribers order it per
      the schedule (weekly x6 months, every 2 weeks x6 months, then monthly).
    - The EHR will keep showing the last ANC on the verification screen.
    - Pharmacists may still call the prescriber if ANC is below 1,000/uL.

    The "REMS verified" checkbox disappears from the Orchard workflow on
    3/1. Tip sheet attached to the intranet page.

    Janet Wu, PharmD, Pharmacy Informatics
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "hiv-diff-assay-menu-change",
  "Reference lab test-menu notice: new HIV-1/2 differentiation assay and test codes; no patient.",
  "Copperfield Lab Client Services <clientservices@copperfieldlab.example.com>",
  "Client Offices <clients@lists.copperfieldlab.example.com>",
  "Test menu change: HIV-1/2 differentiation assay (effective 4/6)",
  MIX(T("""
    TEST MENU CHANGE NOTICE - effective April 6, 2026

    New:  HIV-1/HIV-2 Antibody Differentiation, Immunoassay   Code 40721
    Replaces: HIV-1 Western blot (code 16690, discontinued)

    Reflex algorithm for order code 40700 (HIV 4th gen Ag/Ab screen):
      reactive screen -> 40721 differentiation -> if indeterminate or
      negative -> HIV-1 RNA qualitative NAAT (code 40733)
    Turnaround: 1-2 days. Specimen: 1 mL serum, refrigerated.
    CPT: 86701, 86702. LOINC for the new assay is in the attached table.

    Copperfield Reference Laboratory | (617) 555-0176
    """), CSV("""
    order_code,test_name,cpt,loinc,specimen,tat_days,status
    40700,HIV-1/2 Ag/Ab 4th generation screen,87389,56888-1,serum 1 mL,1,active
    40721,HIV-1/2 Ab differentiation,86701;86702,,serum 1 mL,1-2,new
    40733,HIV-1 RNA qualitative NAAT,87535,25836-8,plasma 2 mL,2-3,active
    16690,HIV-1 Western blot,86689,,serum,,discontinued
    """, "menu_change_2026-04.csv")),
  client="Copperfield Client Mailer")

M("none", "part2-consent-policy-memo",
  "Compliance memo on the revised 42 CFR Part 2 consent rules; no patient.",
  "Halvorsen Privacy Office <privacy@halvorsen.example.org>",
  "Department Managers <managers@halvorsen.example.org>",
  "Policy update: Part 2 single consent for TPO (effective 2/16)",
  T("""
    To: Department managers
    From: Privacy Office
    Re: Updated policy PRV-214, substance use disorder records

    The revised 42 CFR Part 2 rule lets a patient sign a single consent for
    all future uses and disclosures for treatment, payment and health care
    operations. Starting 2/16:

    1. Harbor Light bridge-clinic notes and Crestline referrals stay in the
       segmented "SUD" section of the chart.
    2. Registration will offer the new single TPO consent (form PRV-214-A).
    3. Any record disclosed under that consent must carry the redisclosure
       notice; the ROI module adds it automatically.
    4. SUD counseling notes still need separate consent and cannot be used
       in legal proceedings without a court order.

    Training module "Part 2 in 20 minutes" is due by 3/15.
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "tms-study-recruitment-flyer",
  "Research recruitment flyer for a TMS depression study; no individual.",
  "Halvorsen Research Recruitment <research@halvorsen.example.org>",
  "Halvorsen Announcements <announce@halvorsen.example.org>",
  "Research study: accelerated TMS for depression - volunteers wanted",
  H("""
    <html><body style="font-family:Georgia,serif">
    <h2>Have you tried two or more antidepressants without relief?</h2>
    <p>The Halvorsen Interventional Psychiatry research team is recruiting adults
    18-65 with major depression for a study of <b>accelerated TMS</b> (transcranial
    magnetic stimulation): 5 days of treatment instead of 6 weeks.</p>
    <ul><li>No cost; parking paid</li><li>Up to $400 for study visits</li>
    <li>No ECT, ketamine or Spravato in the past 3 months</li></ul>
    <p>IRB #2026-0087. Call (617) 555-0174 or e-mail research@halvorsen.example.org.</p>
    </body></html>
    """), client="Constant Mailer 4.2")

M("none", "benefits-guide-ivf-eap",
  "HR benefits brochure (PDF) covering a fertility/IVF benefit, EAP counselling and SUD treatment coverage; no individual.",
  "Northgate Benefits <benefits@northgate.example.com>",
  "All Employees <all-staff@northgate.example.com>",
  "Your 2027 benefits guide",
  MIX(T("""
    Open enrollment runs November 2-13. The 2027 benefits guide is
    attached. New this year: a fertility benefit and more free EAP
    sessions.

    Northgate Benefits Team
    """), PDF([
        "NORTHGATE LOGISTICS - 2027 BENEFITS GUIDE",
        "Medical: Bellbrook PPO and HMO",
        "NEW Fertility benefit: $25,000 lifetime for IVF, IUI, egg freezing",
        "  (through Linden Fertility and network clinics; no infertility diagnosis required)",
        "EAP: 8 free counseling sessions per issue (was 5), 24/7 line 800-555-0177",
        "Mental health and substance use treatment: covered like any other illness,",
        "  including residential, PHP, IOP and medications for opioid use disorder",
        "Contraception: all FDA-approved methods at $0",
        "Questions: benefits@northgate.example.com",
    ], "Northgate_2027_Benefits_Guide.pdf")),
  client="Northgate HR Mailer", trap=True)

M("none", "narcan-planb-shelf-stock",
  "Pharmacy store notice: Narcan and Plan B stocked on open shelves; no individual.",
  "Ridgeway Pharmacy Ops <ops@ridgewayrx.example.com>",
  "Store Managers <store-managers@ridgewayrx.example.com>",
  "Planogram change week of 3/9: Narcan + Plan B to open shelf",
  T("""
    Store managers,

    Week of 3/9 planogram update:

    - Narcan 4 mg nasal spray (2-pack) and the store-brand naloxone move
      from behind the counter to aisle 7, family planning end cap, next to
      condoms and pregnancy tests.
    - Plan B One-Step and the store-brand levonorgestrel 1.5 mg move to the
      same end cap; remove the "ask the pharmacist" shelf talkers.
    - Keep 6 facings of each. Spider wraps only if your store has had
      theft in the past 30 days.

    Reorder codes are in the attached planogram (sent separately).
    Ridgeway Store Operations
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "addiction-medicine-agenda",
  "Conference agenda for an addiction-medicine meeting; speakers only.",
  "Northeast Addiction Medicine Society <meeting@neams.example.org>",
  "Members <members@lists.neams.example.org>",
  "Final agenda - NEAMS Spring Meeting, April 24-25",
  T("""
    NEAMS SPRING MEETING - FINAL AGENDA

    Friday, April 24
    8:00  Breakfast and posters
    8:30  Keynote: Methadone take-homes five years later (A. Feld, DO)
    9:30  Contingency management that pays for itself
    10:45 Breakout A: Sublocade vs. Brixadi in jails and drug courts
          Breakout B: Alcohol use disorder: naltrexone, acamprosate, gabapentin
    12:00 Lunch: Part 2 after the 2024 rule (privacy officers' panel)
    1:30  Xylazine wounds in the outpatient clinic
    3:00  Sober living standards and recovery residences

    Saturday, April 25
    8:30  Adolescent IOP and family therapy
    10:00 Stimulant use disorder: what works
    11:30 Closing and awards
    """), client="NEAMS Mailer")

M("none", "dosing-cups-invoice",
  "Vendor invoice to an opioid treatment programme for dosing cups and pump parts.",
  "Accounts Receivable - MedDose Supply <ar@meddose.example.com>",
  "Harbor Light Accounts Payable <ap@harborlight.example.org>",
  "Invoice INV-448213 - Harbor Light Treatment Services",
  MIX(T("""
    Please find invoice INV-448213 attached. Net 30.

    MedDose Supply Co. | Remit to PO Box 8812 | (800) 555-0178
    """), PDF([
        "MEDDOSE SUPPLY CO. - INVOICE INV-448213    Date: 02/03/2026",
        "Bill to: Harbor Light Treatment Services, 1 Wharf Rd",
        "PO: HL-26-0091",
        "2  cs  Methadone dosing cups, 1 oz, tamper-evident lid (2,500/cs)  $318.00",
        "1  ea  Peristaltic pump tubing kit, MethaMatic 4                    $146.50",
        "1  ea  Calibration service, dispensing pump (on site)               $225.00",
        "        Shipping                                                    $41.20",
        "TOTAL DUE                                                          $730.70",
    ], "INV-448213.pdf")),
  client="MedDose Billing")

M("none", "orchard-release-notes-part2-seg",
  "EHR release notes: Part 2 segmentation, HIV/genetic result suppression, ICD codes in examples; no patient.",
  "Orchard EHR Release Management <releases@orchardehr.example.com>",
  "Customer Admins <admins@lists.orchardehr.example.com>",
  "Orchard 26.2 release notes",
  T("""
    ORCHARD EHR 26.2 - RELEASE NOTES

    Privacy and segmentation
    - New "Part 2" data tag: notes, orders and problems with ICD-10 F10-F19
      (e.g. F11.20) from programmes flagged as Part 2 are segmented and
      excluded from CCD exports unless a TPO consent is on file.
    - Redisclosure notice now prints on every page of ROI packets that
      include segmented data.
    - HIV results (LOINC panel for HIV-1 RNA, 4th gen Ag/Ab) and genetic
      results can be hidden from the patient portal until released by the
      ordering provider (configurable per result).
    - Adolescent confidentiality: reproductive and STI results for patients
      13-17 are suppressed from proxy access.

    Fixes
    - ORC-22871: ICS attachments for telehealth invites were missing TZID.
    """), client="Orchard Release Bot")

M("none", "vaping-wellness-newsletter",
  "School wellness newsletter on vaping, counselling office hours and 988; no student.",
  "Maple Hollow Wellness Team <wellness@maplehollowschools.example.org>",
  "Maple Hollow Families <families@lists.maplehollowschools.example.org>",
  "Wellness Wednesday: vaping, sleep and who to talk to",
  H("""
    <html><body style="font-family:Trebuchet MS,sans-serif">
    <h2>Wellness Wednesday - March</h2>
    <h3>Vaping: what parents are asking</h3>
    <p>Nicotine vapes are the most common substance our students report using, ahead of
    alcohol and cannabis. Signs to watch for: sweet smells, USB-like devices, more
    irritability. Our health classes cover vaping in grade 7.</p>
    <h3>Counselling office hours</h3>
    <p>School counselors Ms. Albright and Mr. Dunn are available before school and during
    advisory. Students can also use the anonymous "talk to someone" form.</p>
    <h3>In a crisis</h3><p>Call or text 988, any time.</p>
    </body></html>
    """), client="SchoolNews 3.1")

M("none", "church-recovery-meeting-flyer",
  "Church bulletin item: a Tuesday-night recovery meeting and a naloxone training; no individual.",
  "Saint Brigid's Parish Office <office@stbrigid.example.org>",
  "Parish Bulletin List <bulletin@lists.stbrigid.example.org>",
  "This week at Saint Brigid's",
  T("""
    THIS WEEK AT SAINT BRIGID'S

    - Tuesday 7:00 pm, parish hall basement: Open Door recovery meeting
      (12-step, open to anyone struggling with alcohol or drugs and their
      families). Coffee from 6:30. Use the side door on Elm St.
    - Wednesday 6:00 pm: free naloxone training with the county health
      department. Each attendee takes home a Narcan kit.
    - Saturday: food pantry 9-11 am.
    - Sunday: Second collection for the Juniper House sober living
      residence's kitchen renovation.

    Parish office (508) 555-0181
    """), client="ParishMail 2.0")

M("none", "otp-nurse-pto-request",
  "A methadone-clinic nurse's PTO request to her manager; her signature names the dosing unit.",
  "Tasha Greene <tgreene@harborlight.example.org>",
  "Omar Haddad <ohaddad@harborlight.example.org>",
  "PTO request 7/20-7/24",
  T("""
    Hi Omar,

    I'd like to request PTO Monday 7/20 through Friday 7/24 (5 days). Lydia
    said she can cover my dosing window shifts Mon-Wed and the float nurse
    has Thu-Fri. I'm putting it in Kronos now too.

    Thanks,
    Tasha

    Tasha Greene, RN
    Dosing Nurse, Opioid Treatment Program
    Harbor Light Treatment Services | (617) 555-0192
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "psychiatrist-offer-letter",
  "Offer letter (PDF) to a psychiatrist joining a crisis stabilisation unit; employment terms only.",
  "Stillwater Physician Recruitment <recruit@stillwater.example.org>",
  "Dr. Ines Falk <ines.falk@mailbox.example.net>",
  "Offer of employment - Staff Psychiatrist",
  MIX(T("""
    Dear Dr. Falk,

    We're delighted to offer you the position of Staff Psychiatrist. The
    offer letter is attached; please sign and return by 5/15.

    Warm regards,
    Gerald Tran, MD, Chief Medical Officer
    Stillwater Behavioral Hospital
    """), PDF([
        "STILLWATER BEHAVIORAL HOSPITAL - OFFER OF EMPLOYMENT",
        "Candidate: Ines Falk, MD        Date: 05/01/2026",
        "Position: Staff Psychiatrist, Crisis Stabilization Unit and PHP (1.0 FTE)",
        "Start date: 08/03/2026   Base salary: $318,000   Sign-on: $25,000",
        "Call: 1 in 6 weekends; ECT and TMS privileges available after credentialing",
        "Benefits: Bellbrook PPO, 403(b) with 5% match, $5,000 CME",
        "Contingent on licensure, DEA registration and credentialing.",
    ], "Offer_Falk_StaffPsychiatrist.pdf")),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "fertility-cleaning-contract",
  "Janitorial services contract renewal for a fertility clinic (embryology lab cleaning rules); no patient.",
  "Sparkline Facility Services <contracts@sparkline.example.com>",
  "Linden Fertility Operations <operations@lindenfertility.example.com>",
  "Renewal - janitorial services agreement 2026-2027",
  T("""
    Hi Denise,

    Attached terms for renewal of our janitorial agreement (summary below).

    - Nightly cleaning of waiting room, exam rooms 1-6, procedure room,
      recovery bays and andrology collection rooms.
    - Embryology lab and IVF procedure suite: low-VOC, fragrance-free
      products only (list attached per your lab director), no aerosols,
      crew gowned, lab cleaned only after the embryologist signs off.
    - Monthly: floor strip and wax, excluding the lab.
    - Rate: $4,180/month (3% increase). Term 7/1/2026 - 6/30/2027.

    Sparkline Facility Services | (781) 555-0185
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "counselor-conference-badge",
  "Conference registration confirmation and badge for an addiction counsellor; no care of her own.",
  "NEAMS Registration <registration@neams.example.org>",
  "Lisa Marchetti <lmarchetti@crestline.example.org>",
  "Your badge - NEAMS Spring Meeting",
  T("""
    Hi Lisa,

    You're registered for the NEAMS Spring Meeting, April 24-25.

      Name on badge: Lisa Marchetti, LADC-I
      Organization: Crestline Recovery - IOP
      Registration type: Member, counselor rate ($195) - PAID
      Sessions: Breakout A (Sublocade vs. Brixadi), Contingency management
      Confirmation: NEAMS-26-0733

    Show the QR code at check-in (attached in the app). CEUs: 9.5 hours.
    """), client="NEAMS Mailer")

M("none", "hiv-surveillance-q1-dashboard",
  "Clinic director forwards, as an attached message, the state's aggregate HIV surveillance dashboard.",
  "Dr. Renata Oyelaran <royelaran@meridianclinic.example.org>",
  "Meridian Leadership <leadership@meridianclinic.example.org>",
  "Fwd: HIV surveillance dashboard - Q1 2026",
  MIX(T("""
    For the board slides: statewide numbers are attached. Our own
    suppression rate is in the quality deck, which I'll send Friday.

    Renata
    """), RFC822(inner(
      "State HIV Epidemiology <hiv-epi@statehealth.example.org>",
      "Ryan White Providers <rw-providers@lists.statehealth.example.org>",
      "HIV surveillance dashboard - Q1 2026",
      T("""
        HIV SURVEILLANCE - QUARTERLY DASHBOARD, Q1 2026 (provisional)

        New HIV diagnoses statewide:            118   (Q1 2025: 131)
          by transmission category (suppressed where < 5)
        Linked to care within 30 days:           84%
        Viral suppression, people in care:       89%
        PrEP users (pharmacy data):              14,210 (+9% year over year)
        Perinatal HIV exposures reported:        <5

        County tables and methods are on the dashboard page. Data are
        aggregate; no individual-level data are distributed by e-mail.
        """), "2026-04-20 10:00 -0400", "hiv-dash-inner", client="StateHealth Mailer"))),
  client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"), date="2026-04-21 07:55 -0400")

M("none", "county-overdose-dashboard",
  "County overdose dashboard: aggregate deaths, ED visits, naloxone administrations.",
  "Tollgate County Health Dept <epi@tollgatehealth.example.org>",
  "Overdose Task Force <od-taskforce@lists.tollgatehealth.example.org>",
  "Monthly overdose surveillance - May 2026",
  H("""
    <html><body>
    <h3>Tollgate County - overdose surveillance, May 2026</h3>
    <table border="1" cellpadding="4" style="border-collapse:collapse">
    <tr><th>Measure</th><th>May 2026</th><th>May 2025</th></tr>
    <tr><td>Suspected overdose deaths</td><td>9</td><td>14</td></tr>
    <tr><td>ED visits for opioid overdose</td><td>61</td><td>77</td></tr>
    <tr><td>EMS naloxone administrations</td><td>88</td><td>102</td></tr>
    <tr><td>Xylazine detected (toxicology)</td><td>38%</td><td>29%</td></tr>
    <tr><td>Buprenorphine starts from ED bridge</td><td>24</td><td>11</td></tr>
    </table>
    <p>Counts under 5 are suppressed. Next task force meeting: June 18.</p>
    </body></html>
    """), client="Tollgate County Mailer")

M("none", "spravato-rems-site-enrolment",
  "Clinic administrator confirms Spravato REMS healthcare-setting certification; no patient.",
  "Megan Doyle RN <megan.doyle@halvorsen.example.org>",
  "Interventional Psychiatry Team <ipsych-team@halvorsen.example.org>",
  "Spravato REMS recertification done",
  T("""
    All,

    Our healthcare-setting certification for the Spravato REMS was renewed
    today (site ID on the binder in the med room). Reminders:

    - Only certified staff can observe sessions; 4 of us need the updated
      training module by 5/1 (list on the whiteboard).
    - Monitoring forms go in within 7 days; Anika is now the backup for
      submitting them.
    - Second recliner arrived; room 3 can now run two sessions at once.

    Megan Doyle, RN, Nurse Manager, Interventional Psychiatry
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "hl7-zztest-viral-load",
  "Interface test message: an HL7 ORU with a ZZTEST patient carrying an HIV-1 RNA result code.",
  "Corvid Interface Engine <corvid@halvorsen.example.org>",
  "Integration Team <integration@halvorsen.example.org>",
  "[TEST] Copperfield ORU route - HIV-1 RNA mapping check",
  MIX(T("""
    Test run for ticket INT-5521 (new LOINC mapping for the Copperfield
    HIV-1 RNA quant). Synthetic patient, TEST environment. ACK AA received.
    """), A("application/hl7-v2", (
        "MSH|^~\\&|COPPERFIELD|CRL|ORCHARD|HALV|20260312101500||ORU^R01|TST000881|T|2.5.1\n"
        "PID|1||ZZTEST00042^^^HALV^MR||ZZTEST^VIRAL^LOAD||19000101|U\n"
        "OBR|1||CRL-TEST-881|20447-9^HIV 1 RNA quant^LN|||20260312\n"
        "OBX|1|NM|20447-9^HIV 1 RNA [#/volume] (viral load)^LN||40|copies/mL|<20|H|||F\n"
        ).encode(), "TST000881.hl7", cte="7bit")),
  client="Corvid 12.4")

M("none", "tuesday-group-room-change",
  "Staff calendar update: the IOP Tuesday group moves rooms; no client named.",
  "Crestline Facilities <facilities@crestline.example.org>",
  "Crestline Clinical Team <clinical@crestline.example.org>",
  "Updated: IOP Tuesday group - now Room 204",
  P("multipart/alternative", parts=[
      T("""
        The IOP Tuesday group (6-9 pm) moves to Room 204 starting 3/3 while
        the first-floor group room is repainted. Chairs for 14 are set up.
        Counselors: please put the sign on the door.
        """),
      CAL("REQUEST", "crest-room-0303@crestline.example.org", "IOP Tuesday group - Room 204",
          "20260303T180000", "20260303T210000",
          "Crestline Facilities <facilities@crestline.example.org>",
          ["Crestline Clinical Team <clinical@crestline.example.org>"],
          desc="Room change while the first-floor group room is repainted.",
          loc="Room 204", rrule="FREQ=WEEKLY;COUNT=4;BYDAY=TU", seq=1)]),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "h0020-rate-bulletin",
  "Payer provider bulletin on opioid treatment programme rates (H0020, H0015, G2067); no member.",
  "Bellbrook Provider Relations <provider-news@bellbrook.example.com>",
  "Behavioral Health Network <bh-network@lists.bellbrook.example.com>",
  "Provider bulletin 26-07: SUD rate changes",
  T("""
    PROVIDER BULLETIN 26-07 - Substance use disorder services

    Effective 07/01/2026:
    - H0020 (methadone administration, per diem): $19.40 -> $21.10
    - G2067 (OTP weekly bundle, methadone): aligned with Medicare rate
    - H0015 (alcohol/drug IOP, per diem, 3+ hours): $182.00 -> $196.00
    - H0005 (group counseling): unchanged
    - S9475 (ambulatory detox): now requires notification within 48 h

    Claims with dates of service before 07/01 pay at the old rates.
    Questions: Provider Relations 1-800-555-0167.
    """), client="Bellbrook Correspondence Server")

M("none", "f11-coding-tips-newsletter",
  "Coding newsletter: documenting F11.20 vs F11.21, F32.x specificity, Z21 vs B20; no patient.",
  "ClearPath Coding Corner <newsletter@clearpathbilling.example.com>",
  "Clients <clients@lists.clearpathbilling.example.com>",
  "Coding Corner: four code pairs auditors keep flagging",
  T("""
    CODING CORNER - MAY

    1. F11.20 vs F11.21. "In remission" needs the provider to document it
       (and early vs sustained). A patient on maintenance methadone or
       buprenorphine can be coded "in remission" only if documented.
    2. F32.9 is not a diagnosis auditors like. Use F32.0-F32.5 with the
       severity the note supports; recurrent episodes go to F33.x.
    3. Z21 vs B20. Z21 is asymptomatic HIV status; once there has been an
       AIDS-defining condition, B20 for life.
    4. Z30.011 vs Z30.41. Initial prescription vs. surveillance of
       contraceptive pills.

    Reply to book a chart-audit webinar for your team.
    """), client="ClearPath Mailer")

M("none", "code-crosswalk-csv",
  "Billing crosswalk CSV of behavioral-health, HIV and reproductive codes; codes only, no patients.",
  "Priya Shah <pshah@clearpathbilling.example.com>",
  "Alder Counseling Billing <billing@aldercounseling.example.com>",
  "crosswalk you asked for",
  MIX(T("""
    Tom, here's the crosswalk for the new fee schedule. Codes only, no
    client data. Let me know if you want the modifiers added.

    Priya
    """), CSV("""
    code,type,description,unit,fee_2026
    90791,CPT,Psychiatric diagnostic evaluation,per session,185.00
    90834,CPT,Psychotherapy 45 min,per session,118.00
    90837,CPT,Psychotherapy 60 min,per session,156.00
    90853,CPT,Group psychotherapy,per session,42.00
    H0015,HCPCS,Alcohol/drug IOP per diem,per diem,196.00
    H0020,HCPCS,Methadone administration,per diem,21.10
    96040,CPT,Genetic counseling 30 min,per 30 min,72.00
    F32.1,ICD-10,Major depressive disorder single episode moderate,,
    F43.10,ICD-10,Post-traumatic stress disorder unspecified,,
    Z21,ICD-10,Asymptomatic HIV infection status,,
    """, "crosswalk_2026.csv")),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "courier-pickup-meridian",
  "Lab courier pickup schedule change for an HIV/sexual-health clinic; no patient.",
  "Copperfield Courier Dispatch <dispatch@copperfieldlab.example.com>",
  "Meridian Clinic Lab Desk <labdesk@meridianclinic.example.org>",
  "Courier schedule change starting Monday",
  T("""
    Hi Meridian team,

    Starting Monday 6/1 your pickups move to 11:30 am and 4:45 pm (was 12:00
    and 5:00). Please have viral load and PrEP lab tubes spun and in the
    lockbox by then; NAAT swabs can go at room temperature in the
    biohazard bag as usual. Saturday pickup stays 12:15.

    Dispatch (617) 555-0186
    """), client="Copperfield Client Mailer")
M("none", "nexplanon-clinician-training-invite",
  "Invite for clinicians' Nexplanon insertion/removal training; staff only.",
  "Ashgrove Clinical Education <education@ashgrove.example.org>",
  "Ashgrove Clinicians <clinicians@ashgrove.example.org>",
  "Nexplanon insertion & removal training - required for new NPs",
  P("multipart/alternative", parts=[
      T("""
        Manufacturer-run clinical training for etonogestrel implant insertion
        and removal. Required before you can insert independently. Uses
        training arms only; no patients. Lunch provided.
        """),
      CAL("REQUEST", "ash-edu-nxp-2026@ashgrove.example.org",
          "Nexplanon insertion & removal training", "20260512T120000", "20260512T150000",
          "Ashgrove Clinical Education <education@ashgrove.example.org>",
          ["Ashgrove Clinicians <clinicians@ashgrove.example.org>"],
          desc="Manufacturer-run training with training arms. Bring your NPI for the certificate.",
          loc="Conference room B")]),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "prep-campaign-social-calendar",
  "Outreach team's social-media calendar for a PrEP campaign; no individual.",
  "Dev Malhotra <dmalhotra@meridianclinic.example.org>",
  "Meridian Outreach <outreach@meridianclinic.example.org>",
  "June posts - PrEP campaign drafts",
  T("""
    Drafts for June, feedback by Friday please:

    6/1  "PrEP is for anyone who wants it. Pills or a shot every 2 months."
    6/5  "Starting PrEP? One visit, one 4th-gen HIV test, same-day script."
    6/12 Video: our pharmacist explains Descovy vs. generic Truvada copays
    6/19 "Doxy-PEP: ask us about it" + link to STI testing hours
    6/26 Know Your Status Week countdown

    Stock photos only - no real patients, no client stories without the
    media release form.

    Dev
    """), client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))

M("none", "carrier-screen-lab-marketing",
  "Genomics lab marketing to OB practices about an expanded carrier screen; no patient.",
  "Quillon Genomics <marketing@quillon.example.com>",
  "Ashgrove Practice Manager <practice.manager@ashgrove.example.org>",
  "Now 500+ conditions: Quillon Expanded Carrier Screen",
  H("""
    <html><body style="font-family:Helvetica,Arial,sans-serif">
    <h2>Quillon Expanded Carrier Screen - now 514 conditions</h2>
    <p>Including SMN1 copy number with silent-carrier SNP, CFTR full sequencing,
    FMR1 repeat sizing and hemoglobinopathies. Reflex partner testing at no charge.</p>
    <ul><li>Results in 10-14 days</li><li>Free post-test genetic counseling by phone</li>
    <li>Out-of-pocket price cap: $199</li></ul>
    <p>Order kits: <a href="https://order.quillon.example.com">order.quillon.example.com</a></p>
    <p style="font-size:11px;color:#888">Unsubscribe: reply STOP.</p>
    </body></html>
    """), client="Quillon Marketing Cloud")

M("none", "nipt-price-list-clinics",
  "Lab price list for NIPT and prenatal genetic tests sent to clinic buyers; no patient.",
  "Quillon Genomics Client Billing <clientbilling@quillon.example.com>",
  "Linden Fertility Purchasing <purchasing@lindenfertility.example.com>",
  "2026 client price list - prenatal and reproductive genetics",
  MIX(T("""
    Hello,

    Attached is the 2026 client-bill price list. Prices are per test, net 45.

    Quillon Genomics Client Billing
    """), CSV("""
    test_code,test,cpt,client_price_usd
    QG-NIPT5,NIPT cell-free DNA (T21/T18/T13/sex chromosomes),81420,295.00
    QG-NIPTX,NIPT with microdeletions,81420;81422,395.00
    QG-ECS514,Expanded carrier screen 514 genes,81443,249.00
    QG-PGTA,PGT-A per embryo,81479,175.00
    QG-KARY,Karyotype products of conception,88262,310.00
    """, "Quillon_client_prices_2026.csv")),
  client="Quillon LIMS Mailer 7")

M("none", "brca-awareness-newsletter",
  "Cancer-centre newsletter on hereditary breast cancer and BRCA testing; no individual.",
  "Halvorsen Cancer Center <news@halvorsen.example.org>",
  "Newsletter Subscribers <cancer-news@lists.halvorsen.example.org>",
  "October newsletter: Is breast cancer in your family?",
  H("""
    <html><body style="font-family:Georgia,serif">
    <h2>Is breast cancer in your family?</h2>
    <p>About 5-10% of breast cancers are linked to inherited changes in genes such as
    BRCA1, BRCA2 and PALB2. You may want to talk to a genetic counselor if a close
    relative had breast cancer before 50, ovarian cancer at any age, or a known BRCA
    variant.</p>
    <p>Our Cancer Genetics Program offers same-week telehealth visits. Insurance
    usually covers testing when guidelines are met.</p>
    <p>Also this month: free mammograms on the mobile unit, a survivors' yoga class, and
    a recipe for roasted squash soup.</p>
    </body></html>
    """), client="Constant Mailer 4.2")

M("none", "988-poster-order-confirm",
  "Order and shipping confirmation for 988 crisis-line posters and wallet cards (tracking number only).",
  "PrintHouse Orders <orders@printhouse.example.com>",
  "Stillwater Community Relations <community@stillwater.example.org>",
  "Your order PH-772041 has shipped",
  T("""
    Your order has shipped!

    Order PH-772041
      200 x Poster 11x17 "You are not alone - call or text 988"
      2,000 x Wallet card "988 Suicide & Crisis Lifeline / Stillwater crisis
              stabilization walk-in hours"
      500 x Magnet "Crisis? 988"

    Carrier: ParcelQuick   Tracking: PQ4418820093US
    Ship to: Stillwater Behavioral Hospital, Attn: Community Relations

    Thanks for ordering from PrintHouse.
    """), client="PrintHouse Orders")

M("none", "sober-living-house-rules-template",
  "Blank sober-living house rules template shared between house managers; no resident.",
  "Juniper House Manager <manager@juniperhouse.example.net>",
  "Recovery Residence Network <managers@recoveryresidences.example.org>",
  "House rules template (updated) - feel free to copy",
  MIX(T("""
    Hi all, several of you asked for our updated rules after the
    certification visit. Template attached, replace [HOUSE NAME].

    Mark, Juniper House
    """), T("""
    [HOUSE NAME] - RESIDENT AGREEMENT (TEMPLATE)

    1. Curfew 11 pm Sun-Thu, 1 am Fri-Sat for the first 30 days.
    2. Random drug and alcohol testing (UDS and EtG) at least weekly.
    3. Attend at least 4 recovery meetings a week, or your IOP schedule.
    4. Medications for opioid use disorder (methadone, buprenorphine,
       naltrexone) are welcome; keep them in your lockbox.
    5. Chores posted Sunday. House meeting Monday 8 pm.
    6. Rent due every Friday.

    Resident name: ____________  Move-in date: ____________
    """, fname="House_Rules_TEMPLATE.txt")),
  client=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1"))

M("none", "crisis-unit-opening-press",
  "Press release: a new crisis stabilisation unit for 5150 / involuntary-hold alternatives; no patient.",
  "Stillwater Communications <press@stillwater.example.org>",
  "Local News Desk <newsdesk@valleytribune.example.com>",
  "PRESS RELEASE: Stillwater opens 16-bed crisis stabilization unit",
  T("""
    FOR IMMEDIATE RELEASE

    Stillwater Behavioral Hospital opens 16-bed crisis stabilization unit

    The unit offers 24/7 walk-in and police drop-off care for adults in a
    mental health or substance use crisis, as an alternative to the
    emergency department. Staff can start psychiatric medications and
    buprenorphine on site and arrange PHP, IOP or residential follow-up.
    Most stays are under 24 hours. People brought in on a 72-hour hold
    (Section 12) can be evaluated here instead of waiting in the ED.

    Ribbon cutting: Monday, June 1, 10 am, 400 Mill Road.
    Media contact: Jordan Ellis, (617) 555-0187
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "ect-suite-maintenance-ticket",
  "Biomedical engineering ticket for ECT suite equipment maintenance; no patient.",
  "Halvorsen Clinical Engineering <biomed@halvorsen.example.org>",
  "Stillwater ECT Nurse Manager <ect-rn@stillwater.example.org>",
  "[BME-66102] Scheduled PM - ECT device and anesthesia cart, Suite 2",
  T("""
    Ticket BME-66102 - Preventive maintenance

    Asset: ECT device, Suite 2 (tag 004418) and anesthesia cart (tag 004420)
    Work: annual electrical safety, output calibration, EEG/EMG channel
    check, replace patient cable set, suction regulator check.
    Scheduled: Friday 4/10, 1:00-4:00 pm (after the last treatment).
    Please keep Suite 2 off the schedule that afternoon.

    Clinical Engineering, ext. 5520
    """), client="ServiceDesk Notifier")

M("none", "tms-lease-invoice",
  "Equipment lease invoice for a TMS system to a clinic; no patient.",
  "NeuroLease Finance <billing@neurolease.example.com>",
  "Alder Counseling Billing <billing@aldercounseling.example.com>",
  "Invoice 2026-05 - TMS system lease (contract NL-3318)",
  MIX(T("""
    Your monthly lease invoice is attached. Autopay will draft on 5/15.

    NeuroLease Finance | (888) 555-0188
    """), PDF([
        "NEUROLEASE FINANCE - INVOICE                Contract NL-3318",
        "Lessee: Alder Counseling Group, TMS Suite",
        "Equipment: TMS therapy system with coil, chair and cart (SN TX-88120)",
        "Period: 05/01/2026 - 05/31/2026",
        "Lease payment                                 $2,940.00",
        "Coil service plan                               $310.00",
        "Treatment-session counter fee (aggregate: 212)  $0.00 (unlimited plan)",
        "TOTAL                                         $3,250.00",
    ], "NL-3318_2026-05.pdf")),
  client="NeuroLease Billing")

M("none", "contraception-curriculum-educators",
  "Curriculum notes for school health educators on contraception and STI prevention; no student.",
  "Ashgrove Community Education <community-ed@ashgrove.example.org>",
  "Health Educators <health-ed@lists.maplehollowschools.example.org>",
  "Grade 10 unit: contraception and STI prevention (updated slides)",
  T("""
    Hello educators,

    The updated grade 10 slides are on the shared drive. Changes:

    - Contraception methods table now includes the implant (Nexplanon),
      hormonal and copper IUDs, the shot (every 3 months), the pill, patch,
      ring, condoms, and emergency contraception (Plan B and ella).
    - STI section: chlamydia and gonorrhea testing is a urine test; HPV
      vaccine; where teens can get confidential testing.
    - Removed all photos of people; use the illustrations only.

    Guest educators are available for Q&A sessions; book two weeks ahead.
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "abortion-fund-volunteer-training",
  "Volunteer training invite from an abortion fund for practical-support drivers; no client.",
  "Valley Access Fund <volunteers@valleyaccessfund.example.org>",
  "Volunteer List <volunteers-list@lists.valleyaccessfund.example.org>",
  "New driver training - Saturday 3/14",
  T("""
    Hi volunteers,

    We're training a new group of practical-support drivers who take
    callers to clinic appointments (procedural abortion and follow-ups).

    Saturday 3/14, 10 am - 1 pm, Eastside Library room B
    - Confidentiality: we never write client names in texts or e-mail;
      use ride codes only.
    - What happens at the clinic, how long to wait, sedation rules.
    - Safety, background checks, mileage reimbursement.

    RSVP by replying. Snacks provided!
    """), client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))

M("none", "embryologist-job-posting",
  "Job posting for a clinical embryologist at a fertility clinic.",
  "Linden Fertility HR <hr@lindenfertility.example.com>",
  "Job Board <jobs@labjobs.example.net>",
  "Clinical Embryologist (ICSI, vitrification) - Linden Fertility",
  T("""
    Linden Fertility seeks a Clinical Embryologist.

    - ICSI, embryo culture and grading, trophectoderm biopsy for PGT-A
    - Oocyte and embryo vitrification/warming; cryostorage inventory
    - Andrology: semen analysis, sperm prep for IUI
    - Weekend and holiday rotation (retrievals 7 days a week)

    Requirements: BS/MS in biology, 2+ years in an IVF lab, ELD/TS certification
    preferred. $78,000-$96,000. Relocation assistance.
    """), client="Linden HR Mailer")

M("none", "holiday-dosing-broadcast",
  "borderline: clinic-wide holiday dosing notice sent to an announcement list with undisclosed recipients; no individual named.",
  "Harbor Light Treatment Services <announcements@harborlight.example.org>",
  "Harbor Light Patient Announcements <patients-announce@lists.harborlight.example.org>",
  "Holiday hours: July 3 and 4",
  T("""
    Holiday dosing schedule

    Friday July 3: open 5:30 am - 11:00 am (dosing window only)
    Saturday July 4: CLOSED. Everyone will get a take-home for July 4 on
    July 3, including people who don't normally have take-homes. Bring
    your lockbox.
    Sunday July 5: regular weekend hours.

    Counseling groups do not meet July 3-4.
    Questions: front desk (617) 555-0190.
    """), client="Harbor Light Notify")

M("none", "dosing-nurse-fridge-cleanup",
  "Staff e-mail about the break-room fridge, signed by an OTP dosing nurse.",
  "Lydia Chen <lchen@harborlight.example.org>",
  "Harbor Light All Staff <staff@harborlight.example.org>",
  "Fridge cleanout Friday!!",
  T("""
    Friendly reminder: the break room fridge gets emptied Friday at 3.
    Anything without a name goes. Whoever left the fish soup since March,
    you know who you are.

    Lydia Chen, RN | Dosing Nurse, Opioid Treatment Program
    Harbor Light Treatment Services | (617) 555-0193
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "meridian-billing-to-vendor-login",
  "From 'Meridian HIV Clinic - Billing' to the EHR vendor about a login lockout; no patient.",
  "Meridian HIV Clinic - Billing <billing@meridianclinic.example.org>",
  "Orchard Support <support@orchardehr.example.com>",
  "Locked out of the clearinghouse screen again",
  T("""
    Hi support,

    Two of us (billing1 and billing3) get "session expired" every time we
    open the clearinghouse screen since the update last night. Cleared the
    cache, same thing. Can you reset whatever token it uses?

    Meridian HIV Clinic - Billing Office
    (617) 555-0194
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "counselor-ooo-to-vendor",
  "Out-of-office auto-reply from a psychiatric outpatient therapist to a copier vendor.",
  "Beth Sandoval, LMHC - Stillwater Outpatient <bsandoval@stillwater.example.org>",
  "Copier Service <service@copyworks.example.com>",
  "Automatic reply: Toner delivery Tuesday",
  T("""
    I am out of the office until Monday, May 18, with no access to e-mail.

    Clients of the Stillwater outpatient DBT program: please call the front
    desk at (617) 555-0150 to reschedule. If you are in crisis, call or text
    988 or go to the nearest emergency room.

    Beth Sandoval, LMHC
    """), client=("X-Mailer", "Microsoft Exchange Server 2019"),
  extra=(("Auto-Submitted", "auto-replied"),))

M("none", "genomics-lab-holiday-notice",
  "Genomics lab holiday schedule and specimen cut-offs; no patient.",
  "Quillon Genomics Client Services <clientservices@quillon.example.com>",
  "Client Offices <clients@lists.quillon.example.com>",
  "Holiday schedule: Thanksgiving week",
  T("""
    Thanksgiving week schedule

    - Last FedEx pickup for BRCA/hereditary cancer panels: Tue 11/24
    - NIPT specimens collected Wed 11/25 can still be shipped; they will be
      processed Fri 11/27
    - Lab closed Thu 11/26; genetic counselors on call for provider calls
    - Expect +1 day turnaround on exome and carrier screens

    Client Services (877) 555-0179
    """), client="Quillon LIMS Mailer 7")

M("none", "part2-notice-template-review",
  "Compliance committee reviews a draft Part 2 redisclosure notice template; no patient.",
  "Anita Ruiz <aruiz@harborlight.example.org>",
  "Compliance Committee <compliance@harborlight.example.org>",
  "Draft: updated redisclosure notice for ROI packets",
  MIX(T("""
    Committee members,

    Attached is the proposed notice text for ROI packets under the revised
    rule. Please comment before Thursday's meeting. The patient fields are
    placeholders; the ROI module fills them in.

    Anita Ruiz, Privacy Officer
    """), T("""
    NOTICE TO ACCOMPANY DISCLOSURE - DRAFT v3

    This record, which has been disclosed to you, is protected by federal
    confidentiality rules (42 CFR part 2). The federal rules prohibit you
    from making any further disclosure of information in this record that
    identifies a patient as having or having had a substance use disorder
    ... unless further disclosure is expressly permitted by the written
    consent of the individual or as otherwise permitted by 42 CFR part 2.

    Patient: {{patient_name}}   Request: {{request_id}}   Pages: {{pages}}
    """, fname="Redisclosure_notice_DRAFT_v3.txt")),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "treatment-court-annual-report",
  "Treatment court annual report with aggregate graduation and recidivism numbers.",
  "Tollgate County Treatment Court <treatmentcourt@tollgate.courts.test>",
  "County Commissioners <commissioners@tollgatecounty.example.org>",
  "2025 Treatment Court annual report",
  T("""
    Commissioners,

    Summary of the 2025 annual report (full report on the county site):

    - Participants served: 94; graduates: 31; in phase 3: 18
    - Participants receiving MOUD (methadone, buprenorphine or naltrexone): 62%
    - Average days to treatment entry after plea: 6
    - Re-arrest within 1 year of graduation: 12% (county baseline 41%)
    - Drug testing: 9,412 UDS and EtG tests, 91% negative

    Thank you for the continued funding for the IOP slots at Crestline.

    Hon. R. Whitfield, Presiding Judge
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "drug-free-workplace-policy",
  "Employer policy update on drug testing, EAP and leave for rehab; no employee.",
  "Northgate HR <hr@northgate.example.com>",
  "All Employees <all-staff@northgate.example.com>",
  "Updated Drug- and Alcohol-Free Workplace policy (HR-07)",
  T("""
    Team,

    We've updated policy HR-07. Key points:

    - Random testing for DOT-covered drivers and forklift operators
      continues; results go only to our Medical Review Officer.
    - Employees may ask for help before a positive test without
      discipline: contact the EAP (800-555-0177) for a confidential
      assessment.
    - Leave for residential treatment, detox, IOP or PHP is covered under
      FMLA and our medical leave policy; return-to-work needs a clearance
      letter.
    - Legal prescriptions (including methadone and buprenorphine) are not
      a policy violation when taken as prescribed.

    Full policy on the HR portal.
    """), client="Northgate HR Mailer")

M("none", "counseling-office-hours-newsletter",
  "School counselling office newsletter: office hours, eating-disorder awareness week; no student.",
  "Maple Hollow Counseling Office <counseling@maplehollowschools.example.org>",
  "Maple Hollow Families <families@lists.maplehollowschools.example.org>",
  "From the Counseling Office - February",
  T("""
    FROM THE COUNSELING OFFICE - FEBRUARY

    Office hours: Ms. Albright (grades 6-7) and Mr. Dunn (grade 8), 7:30-
    8:00 am and during advisory, or book through the counseling form.

    Eating Disorders Awareness Week is Feb 23-27. Health classes will talk
    about body image and social media. If you are worried about your child's
    eating, talk to your pediatrician; the Bloom program at Halvorsen takes
    family calls at (617) 555-0189.

    Schedule changes for next year open March 16.
    """), client="SchoolNews 3.1")

M("none", "flu-shot-walkin-text",
  "Pharmacy marketing text: flu and COVID shots available walk-in; no individual's care.",
  "Ridgeway Pharmacy <offers@ridgewayrx.example.com>",
  "Ridgeway Rewards Member <member@rewards.ridgewayrx.example.com>",
  "Your shot, your schedule",
  T("""
    Ridgeway Pharmacy: Flu and updated COVID shots are here. Walk in any
    time the pharmacy is open, no appointment needed, $0 with most
    insurance. Get 500 Rewards points with your shot. Reply STOP to opt out.
    """), client="Ridgeway Marketing 2.2")

M("none", "portal-new-message-only",
  "borderline: general patient-portal notice that greets the account holder by name but says only that a message is waiting.",
  "MyHalvorsen <no-reply@my.halvorsen.example.org>",
  "Jordan Pike <jpike88@mailbox.example.net>",
  "You have a new message in MyHalvorsen",
  ALT("""
    Hi Jordan,

    You have a new message in MyHalvorsen. For your privacy, we don't include
    the message in this e-mail.

    Log in at https://my.halvorsen.example.org to read it.
    """, """
    <html><body><p>Hi Jordan,</p>
    <p>You have a new message in MyHalvorsen. For your privacy, we don't include the
    message in this e-mail.</p>
    <p><a href="https://my.halvorsen.example.org">Log in to MyHalvorsen</a></p>
    </body></html>
    """), client="Orchard EHR Notify 5.1")

M("none", "moud-training-roster-csv",
  "Sign-in roster CSV for a staff MOUD training: staff names, roles and CME credits, no patients.",
  "Halvorsen CME Office <cme@halvorsen.example.org>",
  "Harbor Light Training <training@harborlight.example.org>",
  "MOUD 101 attendance - your staff",
  MIX(T("""
    Attached is the attendance roster for your staff at MOUD 101 on 2/19,
    with credits awarded. Certificates were e-mailed individually.
    """), CSV("""
    attendee,role,organization,attended_minutes,credits
    Anneke Feld,Medical Director (speaker),Harbor Light,120,2.0
    Tasha Greene,RN - dosing,Harbor Light,120,2.0
    Lydia Chen,RN - dosing,Harbor Light,95,1.5
    Omar Haddad,Quality and Grants,Harbor Light,120,0 (non-clinical)
    Marcus Avery,NP - bridge clinic,Harbor Light,120,2.0
    """, "MOUD101_attendance_HarborLight.csv")),
  client="Halvorsen CME Mailer")

M("none", "prep-staff-meeting-invite",
  "Calendar invite for a PrEP clinic staff meeting; agenda without patients.",
  "Keisha Barnes <kbarnes@meridianclinic.example.org>",
  "Meridian PrEP Team <prep-team@meridianclinic.example.org>",
  "Invitation: PrEP team huddle - monthly",
  P("multipart/alternative", parts=[
      T("""
        Monthly PrEP huddle. Agenda: Apretude injection-day workflow, the new
        HIV-1/2 differentiation assay from Copperfield, pharmacy copay card
        changes, doxy-PEP standing order. No case review this month.
        """),
      CAL("REQUEST", "prep-huddle-2026@meridianclinic.example.org", "PrEP team huddle",
          "20260407T081500", "20260407T090000",
          "Keisha Barnes <kbarnes@meridianclinic.example.org>",
          ["Meridian PrEP Team <prep-team@meridianclinic.example.org>"],
          desc="Apretude workflow; new HIV-1/2 differentiation assay; copay cards; doxy-PEP standing order.",
          loc="Meridian Clinic, 3rd floor conference room", rrule="FREQ=MONTHLY;BYDAY=1TU")]),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "detox-bed-census-aggregate",
  "Daily bed-board e-mail with aggregate detox/residential/crisis bed counts; no names.",
  "Regional Bed Board <bedboard@recoveryresidences.example.org>",
  "Referral Coordinators <coordinators@lists.recoveryresidences.example.org>",
  "Bed availability - Tue 3/10 7:00 am",
  T("""
    BED AVAILABILITY - Tue 3/10/2026 07:00

    Program                              Open  Waitlist
    Crestline withdrawal mgmt (detox)       2        5
    Crestline residential (men)             0        9
    Crestline residential (women)           1        3
    Stillwater crisis stabilization         4        0
    Stillwater adolescent PHP               3        -
    Juniper House sober living              2        -

    Call programs directly to refer. Counts only; no client data on this list.
    """), client="BedBoard 1.3")

M("none", "medication-abortion-policy-update",
  "Clinic policy memo on medication-abortion protocol and mifepristone shipping; no patient.",
  "Ashgrove Medical Director <medical.director@ashgrove.example.org>",
  "Ashgrove Clinicians <clinicians@ashgrove.example.org>",
  "Protocol update: medication abortion up to 12 weeks, telehealth mail-out",
  T("""
    Colleagues,

    Effective 4/1 the medication abortion protocol (CLN-31) changes:

    1. Gestational limit for mifepristone/misoprostol raised to 12w0d with
       the 800 mcg buccal misoprostol regimen, repeat dose packaged in.
    2. Telehealth visits may mail out to in-state addresses; the pharmacy
       team ships in plain packaging.
    3. Follow-up by home urine pregnancy test at 4 weeks or serum hCG
       (50% drop by day 7), patient's choice.
    4. Offer contraception at the same visit; quick-start is fine.

    Updated consent forms are in the forms library.
    Dr. Laila Haddad, Medical Director
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "spam-rehab-leads",
  "Spam selling 'exclusive rehab leads' to treatment centres; no individual.",
  "Growth Desk <growth@rehableads-pro.example.net>",
  "Crestline Admissions <admissions@crestline.example.org>",
  "Fill your detox beds: 40 verified insurance leads/week",
  H("""
    <html><body>
    <h2 style="color:#0a7">Beds empty? We fix that.</h2>
    <p>Exclusive, <b>verified PPO</b> leads for detox, residential and IOP.
    Callers pre-screened for opioid and alcohol use disorder, ready to admit within 24 hours.
    HIPAA-compliant call center.</p>
    <p>First 10 leads FREE. Reply YES or call 800-555-0195.</p>
    <p style="font-size:10px">To stop receiving these messages reply REMOVE.</p>
    </body></html>
    """), client="MassMailer 9")

M("none", "lure-your-test-results",
  "Phishing lure about 'your confidential test results' with a fake portal link; no real patient.",
  "Secure Health Notification <notify@securehealth-results.example.net>",
  "undisclosed-recipients <undisclosed@mailbox.example.com>",
  "Your confidential STD/HIV test results are ready",
  H("""
    <html><body style="font-family:Arial">
    <p>Dear Patient,</p>
    <p>Your confidential laboratory results (HIV, STD panel) have been released.
    To protect your privacy, results can only be viewed after identity verification.</p>
    <p><a href="http://results-portal.securehealth-results.example.net/verify">VIEW RESULTS</a></p>
    <p>Results will be deleted in 24 hours if not viewed.</p>
    </body></html>
    """), client=None)

M("none", "ehr-template-iop-progress-note",
  "EHR build team shares a blank IOP group progress-note template (field names, no patient).",
  "Orchard Build Team <build@orchardehr.example.com>",
  "Crestline Clinical Informatics <informatics@crestline.example.org>",
  "Template for review: IOP group progress note v2",
  MIX(T("""
    Hi Sam, here is v2 of the IOP group note template for your review.
    Smart fields are in double braces. Nothing is live yet.
    """), T("""
    IOP GROUP PROGRESS NOTE (TEMPLATE v2)

    Client: {{patient.name}}   MRN: {{patient.mrn}}   Date: {{encounter.date}}
    Group: [Tue PM IOP | Thu PM IOP | Sat aftercare]
    ASAM level: [2.1 IOP | 2.5 PHP]
    Minutes attended: ___   UDS today: [NEG | POS: ___ | not collected]
    Contingency management points earned: ___
    Topic: [relapse prevention | CBT | MI | family]
    Participation: ________________________________
    MOUD: [none | methadone | buprenorphine | naltrexone]
    Part 2 notice: auto-inserted on disclosure
    """, fname="IOP_group_note_TEMPLATE_v2.txt")),
  client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "naloxone-vending-install",
  "Facilities notice about installing free naloxone vending machines in lobbies; no individual.",
  "Halvorsen Facilities <facilities@halvorsen.example.org>",
  "Building Managers <building-managers@halvorsen.example.org>",
  "Naloxone vending machines - install schedule",
  T("""
    Building managers,

    Public-health vending machines (free naloxone nasal spray, fentanyl test
    strips, wound care kits) will be installed:

    - Main hospital lobby: Mon 9/14
    - Emergency department waiting room: Tue 9/15
    - Family Medicine Millbrook: Wed 9/16

    Each needs a standard outlet within 6 feet. Restocking is done by the
    county health department weekly; usage counts go to their dashboard.
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))
# --- none, not in English ------------------------------------------------
M("none", "campana-prueba-vih",
  "Spanish public-health campaign: free HIV testing and PrEP at a health fair; no individual.",
  "Salud Comunitaria Meridian <comunidad@meridianclinic.example.org>",
  "Lista Comunitaria <comunidad-lista@lists.meridianclinic.example.org>",
  "Feria de salud: prueba de VIH gratis este sábado",
  T("""
    ¡Hazte la prueba! Es gratis, rápida y confidencial.

    Feria de Salud Comunitaria
    Sábado 20 de junio, de 10:00 a 14:00
    Estacionamiento de la Iglesia San Martín, 55 Calle Pleasant

    - Prueba rápida de VIH (resultado en 20 minutos) y de sífilis
    - Información sobre la PrEP: una pastilla diaria o una inyección cada
      dos meses para prevenir el VIH
    - Vacunas contra la influenza y hepatitis B para adultos
    - Condones y kits de naloxona gratis

    No necesitas seguro médico ni documentos. Habrá intérpretes.
    Más información: 617-555-0121
    """), lang="es", client="Constant Mailer 4.2")

M("none", "campanha-prep-folheto",
  "Portuguese PrEP awareness flyer text for a community organisation; no individual.",
  "Coletivo Saúde Já <contato@saudeja.example.net>",
  "Parceiros <parceiros@lists.saudeja.example.net>",
  "Material da campanha \"PrEP é cuidado\" para imprimir",
  T("""
    Olá, parceiros!

    Segue o texto final do folheto da campanha "PrEP é cuidado":

    A PrEP (profilaxia pré-exposição) é um comprimido diário que reduz em
    mais de 99% o risco de pegar HIV pelo sexo. É gratuita no posto de
    saúde. Antes de começar, você faz o teste de HIV, sífilis e hepatites e
    um exame de função dos rins. Depois, volta a cada três meses.

    Se você teve uma exposição de risco nas últimas 72 horas, procure a
    PEP (profilaxia pós-exposição) imediatamente.

    Pedimos que imprimam em A5 e distribuam nos bares e na feira de sábado.

    Abraços,
    Coletivo Saúde Já
    """, cs="iso-8859-1"), lang="pt", cs="iso-8859-1", client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"))

M("none", "seance-info-contraception",
  "French HTML invitation to a public information evening on contraception and IST testing; no individual.",
  "Centre de santé sexuelle Lumière <accueil@centrelumiere.example.fr.test>",
  "Liste d'information <infos@lists.centrelumiere.example.fr.test>",
  "Soirée d'information : quelle contraception pour moi ?",
  H("""
    <html><body style="font-family:Arial,sans-serif">
    <h2>Quelle contraception pour moi&nbsp;?</h2>
    <p>Soirée d'information ouverte à tous, jeudi 16 avril à 18 h 30, salle polyvalente
    du centre.</p>
    <ul>
    <li>Pilule, implant, stérilet hormonal ou au cuivre, anneau, patch, préservatifs</li>
    <li>Contraception d'urgence&nbsp;: où et comment l'obtenir</li>
    <li>Dépistage des IST et du VIH, gratuit et anonyme</li>
    </ul>
    <p>Entrée libre, sans inscription. Échange anonyme avec une sage-femme après la présentation.</p>
    </body></html>
    """, cte="quoted-printable"), lang="fr", client="Constant Mailer 4.2")

M("none", "snizhenie-vreda-programma",
  "Russian announcement from a harm-reduction NGO: methadone programme expansion, needle exchange hours; no individual.",
  "Фонд Новый путь <info@noviyput.example.org>",
  "Рассылка фонда <rassylka@lists.noviyput.example.org>",
  "Новости программы снижения вреда - май",
  T("""
    Друзья, коротко о новостях мая:

    - Пункт обмена шприцев на ул. Заводской теперь работает по субботам
      с 10:00 до 16:00.
    - Городская программа заместительной терапии (метадон и бупренорфин)
      расширена ещё на 150 мест; запись через социальных работников фонда.
    - Бесплатные экспресс-тесты на ВИЧ и гепатит C - каждую среду.
    - Раздаём налоксон и обучаем, как им пользоваться.

    Спасибо всем волонтёрам! Следующее собрание - 28 мая в 18:30.

    Фонд "Новый путь", (495) 555-0131
    """, cs="koi8-r", cte="base64"), lang="ru", cs="koi8-r", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("none", "hrupa-pidtrymky-anons",
  "Ukrainian community announcement of a psychological support group for refugees; no individual.",
  "Українська громада <hromada@ukrhromada.example.org>",
  "Розсилка громади <novyny@lists.ukrhromada.example.org>",
  "Група психологічної підтримки щочетверга",
  T("""
    Дорогі друзі!

    З 7 травня в приміщенні громади щочетверга о 18:00 збирається група
    психологічної підтримки для тих, хто пережив війну та вимушене
    переселення. Групу веде психологиня Наталія Бойко, українською мовою.
    Говоримо про сон, тривогу, втрату і про те, як підтримати дітей.

    Участь безкоштовна, записуватися не треба. Можна приходити з дітьми -
    для них працюватиме ігрова кімната.

    Якщо вам потрібна невідкладна допомога, телефонуйте 988 (є українська
    мова через перекладача).
    """, cs="koi8-u", cte="8bit"), lang="uk", cs="koi8-u", client=("User-Agent", "K-9 Mail for Android"))

M("none", "mityng-aa-parafia",
  "Polish parish bulletin: AA meeting and a talk on alcohol addiction for families; no individual.",
  "Parafia św. Jadwigi <kancelaria@swjadwiga.example.org>",
  "Ogłoszenia parafialne <ogloszenia@lists.swjadwiga.example.org>",
  "Ogłoszenia parafialne na ten tydzień",
  T("""
    Ogłoszenia duszpasterskie

    - We wtorek o 19:00 w sali pod kościołem spotkanie grupy AA
      (Anonimowi Alkoholicy). Spotkanie otwarte, można przyjść bez
      zapisów.
    - W czwartek o 18:30 prelekcja dla rodzin osób uzależnionych: "Jak
      rozmawiać o leczeniu odwykowym?". Prowadzi terapeutka uzależnień z
      poradni w Worcester.
    - W sobotę zbiórka żywności dla hostelu dla osób wychodzących z
      uzależnień.

    Kancelaria parafialna: (508) 555-0182
    """, cs="iso-8859-2"), lang="pl", cs="iso-8859-2", client="ParishMail 2.0")

M("none", "ngay-xet-nghiem-cong-dong",
  "Vietnamese HTML flyer for free hepatitis B and HIV testing day; no individual.",
  "Hội Cộng đồng Việt <hoi@congdongviet.example.org>",
  "Danh sách hội viên <hoivien@lists.congdongviet.example.org>",
  "Ngày xét nghiệm sức khỏe miễn phí - Chủ nhật 17/5",
  H("""
    <html><body>
    <h2>Ngày xét nghiệm sức khỏe miễn phí</h2>
    <p><b>Chủ nhật 17/5, 9 giờ sáng - 2 giờ chiều</b>, hội trường chùa Phước Huệ.</p>
    <ul>
    <li>Xét nghiệm viêm gan B và viêm gan C</li>
    <li>Xét nghiệm nhanh HIV (có kết quả sau 20 phút, bảo mật)</li>
    <li>Đo huyết áp, đường huyết</li>
    <li>Tư vấn về PrEP và chích ngừa viêm gan B</li>
    </ul>
    <p>Không cần bảo hiểm. Có thông dịch viên tiếng Việt.</p>
    </body></html>
    """, cte="base64"), lang="vi", client="Constant Mailer 4.2")

M("none", "jiyin-jiance-guanggao",
  "Chinese (GB2312) marketing from a genetic-testing company for BRCA screening; no individual.",
  "安康基因 <market@ankanggene.example.com>",
  "客户 <customer@mailbox.example.net>",
  "乳腺癌易感基因检测 限时优惠",
  T("""
    尊敬的客户：

    安康基因推出 BRCA1/BRCA2 乳腺癌、卵巢癌易感基因检测套餐，
    现在预约享受八折优惠。

    ● 适合人群：家族中有乳腺癌或卵巢癌患者的女性
    ● 采样方式：唾液采样，居家完成
    ● 报告时间：15 个工作日
    ● 含一次遗传咨询师电话解读

    咨询电话：617-555-0196
    如不希望再收到此类邮件，请回复“退订”。
    """, cs="gb2312", cte="base64"), lang="zh", cs="gb2312", client="MassMailer 9")

M("none", "sangdam-senteo-sosik",
  "Korean (EUC-KR) employee counselling-centre newsletter on stress and depression; no individual.",
  "한빛 직원상담센터 <eap@hanbit-eap.example.com>",
  "전 직원 <all@hanbit-eap.example.com>",
  "[상담센터 소식] 5월 마음건강 프로그램 안내",
  T("""
    안녕하세요, 한빛 직원상담센터입니다.

    5월은 마음건강의 달입니다. 이번 달 프로그램을 안내해 드립니다.

    1. 우울·불안 자가진단 주간 (5/11~5/15): 익명으로 참여할 수 있습니다.
    2. 직무 스트레스 관리 집단상담: 매주 수요일 오후 4시 (6회)
    3. 개인 심리상담: 직원 및 가족 연 8회 무료, 비밀이 보장됩니다.

    신청 및 문의: 내선 2277 또는 eap@hanbit-eap.example.com
    위기 상황에서는 24시간 상담전화를 이용해 주세요.
    """, cs="euc-kr", cte="base64"), lang="ko", cs="euc-kr", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "warsha-sihha-injabiya",
  "Arabic community newsletter announcing a reproductive-health workshop for women; no individual.",
  "المركز العربي الأمريكي <info@arabamcenter.example.org>",
  "نشرة المركز <nashra@lists.arabamcenter.example.org>",
  "ورشة عن الصحة الإنجابية للنساء",
  T("""
    أهلاً بكم،

    يسرّ المركز دعوتكن إلى ورشة توعوية بعنوان "صحتكِ الإنجابية"، تقدّمها
    طبيبة نسائية من عيادة آشغروف باللغة العربية.

    الموضوعات: وسائل منع الحمل، الفحوصات الدورية، التخطيط للحمل، وأسئلة
    الخصوبة.

    الموعد: السبت 23 مايو، الساعة 11 صباحاً
    المكان: قاعة المركز، 200 شارع واشنطن
    الحضور مجاني والمكان للنساء فقط، وتتوفر رعاية للأطفال.

    للتسجيل: 617-555-0197
    """, cte="8bit"), lang="ar", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("none", "konsyerto-hiv-boluntaryo",
  "Tagalog calendar invite for volunteers at an HIV-awareness benefit concert; no individual.",
  "Bayanihan Health Circle <bayanihan@bayanihanhealth.example.org>",
  "Mga Boluntaryo <boluntaryo@lists.bayanihanhealth.example.org>",
  "Imbitasyon: Boluntaryo sa Konsyerto para sa HIV Awareness",
  P("multipart/alternative", parts=[
      T("""
        Kumusta mga boluntaryo!

        Kailangan namin ng tulong sa konsyerto para sa HIV awareness sa
        Sabado. Magkakaroon ng libreng HIV testing booth at impormasyon
        tungkol sa PrEP. Mga gawain: registration, pamimigay ng flyers at
        condoms, at pag-aayos ng booth.

        Dumating nang 3:00 ng hapon para sa briefing. May libreng hapunan!
        """),
      CAL("REQUEST", "bhc-konsyerto-2026@bayanihanhealth.example.org",
          "Boluntaryo: Konsyerto para sa HIV Awareness", "20260613T150000", "20260613T220000",
          "Bayanihan Health Circle <bayanihan@bayanihanhealth.example.org>",
          ["Mga Boluntaryo <boluntaryo@lists.bayanihanhealth.example.org>"],
          desc="Registration, flyers at condoms, HIV testing booth. Briefing 3:00 PM. May libreng hapunan.",
          loc="Filipino Community Center, 88 Dorchester Ave",
          prodid="-//Google Inc//Google Calendar 70.9054//EN")]),
  lang="tl", client=None)

M("none", "klinik-tes-ist-gratis",
  "Haitian Creole flyer for a free STI/HIV testing clinic evening; no individual.",
  "Sant Sante Lakay <info@santsantelakay.example.org>",
  "Lis Kominote <kominote@lists.santsantelakay.example.org>",
  "Tès gratis pou IST ak VIH chak madi swa",
  T("""
    Bonjou tout moun,

    Chak madi swa, soti 5è pou rive 8è, Sant Sante Lakay ap fè tès gratis
    pou enfeksyon seksyèlman transmisib (IST) ak VIH. Tès la rapid, li
    konfidansyèl, epi ou pa bezwen asirans.

    N ap bay tou enfòmasyon sou PrEP, kapòt gratis, ak vaksen kont
    epatit B.

    Adrès: 1450 Blue Hill Ave. Nou pale kreyòl, fransè ak angle.
    Enfòmasyon: 617-555-0198
    """), lang="ht", client="Constant Mailer 4.2")

M("none", "webinar-salamat-ravan",
  "Farsi community webinar announcement on depression and anxiety; no individual.",
  "انجمن فرهنگی ایرانیان <info@iranianculture.example.org>",
  "خبرنامه انجمن <khabarname@lists.iranianculture.example.org>",
  "وبینار سلامت روان: افسردگی و اضطراب در مهاجرت",
  T("""
    دوستان عزیز،

    انجمن فرهنگی ایرانیان شما را به وبینار رایگان «افسردگی و اضطراب در
    مهاجرت» دعوت می‌کند.

    سخنران: دکتر مریم احمدی، روانپزشک
    زمان: یکشنبه ۱۷ مه، ساعت ۷ عصر (به وقت شرق آمریکا)
    موضوعات: نشانه‌های افسردگی، چه زمانی باید کمک گرفت، درمان دارویی و
    روان‌درمانی، و چگونه با خانواده صحبت کنیم.

    شرکت برای همه آزاد است. لینک زوم یک روز قبل فرستاده می‌شود.
    """, cte="base64"), lang="fa", client="Constant Mailer 4.2")

M("none", "ivf-seminar-hindi",
  "Hindi invitation to a fertility clinic's free IVF information seminar; no individual.",
  "Linden Fertility <hindi@lindenfertility.example.com>",
  "समुदाय सूची <community@lists.lindenfertility.example.com>",
  "निःशुल्क सेमिनार: आईवीएफ और एग फ्रीज़िंग के बारे में जानें",
  T("""
    नमस्ते,

    लिंडन फ़र्टिलिटी आपको एक निःशुल्क जानकारी सेमिनार में आमंत्रित करता है।

    विषय: आईवीएफ, आईयूआई और एग फ्रीज़िंग – प्रक्रिया, सफलता दर और बीमा
    तारीख: शनिवार, 30 मई, सुबह 11 बजे
    स्थान: इंडिया कल्चरल सेंटर, 12 पार्क स्ट्रीट, और ऑनलाइन

    डॉ. नेहा कपूर हिंदी में सवालों के जवाब देंगी। पंजीकरण के लिए
    (781) 555-0137 पर फ़ोन करें।
    """, cte="base64"), lang="hi", client="Linden HR Mailer")

M("none", "stelle-suchtberatung",
  "German job posting for an addiction counsellor at an outpatient counselling centre; no client.",
  "Diakonie Nordheim Personal <bewerbung@diakonie-nordheim.example.de.test>",
  "Stellenportal <stellen@sozialjobs.example.de.test>",
  "Stellenangebot: Sozialarbeiter/in (m/w/d) Suchtberatung, 30 Std.",
  T("""
    Die Suchtberatungsstelle der Diakonie Nordheim sucht ab 1. Juli eine/n

      Sozialarbeiter/in oder Sozialpädagogen/in (m/w/d), 30 Std./Woche

    Ihre Aufgaben:
    - Beratung von Menschen mit Alkohol-, Medikamenten- und
      Drogenproblemen sowie ihrer Angehörigen
    - Vermittlung in Entgiftung, stationäre Entwöhnung und ambulante
      Rehabilitation
    - psychosoziale Begleitung der Substitution (Methadon, Buprenorphin)
    - Gruppenangebote und Präventionsarbeit an Schulen

    Wir bieten: Vergütung nach AVR, Supervision, Fortbildung zur
    Suchttherapeutin/zum Suchttherapeuten.

    Bewerbung bis 15.05. an bewerbung@diakonie-nordheim.example.de.test
    """, cs="iso-8859-1"), lang="de", cs="iso-8859-1", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "convegno-genetica",
  "Italian conference programme on hereditary cancer genetics; speakers only.",
  "Segreteria Convegno <segreteria@genetica2026.example.it.test>",
  "Iscritti <iscritti@lists.genetica2026.example.it.test>",
  "Programma definitivo - Convegno \"Genetica dei tumori ereditari\"",
  T("""
    Gentili iscritti,

    ecco il programma definitivo del convegno (Bologna, 9 ottobre):

    09:00  Apertura dei lavori
    09:30  BRCA1 e BRCA2: dal test alla sorveglianza
    10:30  Sindrome di Lynch: screening universale sui tumori del colon
    11:30  Varianti di significato incerto: come comunicarle
    14:00  Consulenza genetica in telemedicina
    15:30  Test predittivi nei minori: aspetti etici
    17:00  Chiusura e questionario ECM

    Crediti ECM: 6. La segreteria è a disposizione allo 051 555-0150.
    """), lang="it", client="ConvegnoMail 1.2")

M("none", "izonsho-kazoku-seminar",
  "Japanese (Shift_JIS) seminar announcement for families of people with addiction; no individual.",
  "北浜市 精神保健福祉センター <seishin@kitahama-city.example.jp.test>",
  "市民メール配信 <haishin@lists.kitahama-city.example.jp.test>",
  "【参加者募集】依存症の家族向けセミナー",
  T("""
    北浜市精神保健福祉センターより、依存症のご家族向けセミナーのお知らせです。

      日時：2026年6月6日（土）13:30〜16:00
      会場：市民会館 第2会議室
      内容：アルコール・薬物・ギャンブル依存症の基礎知識、
            治療につなげるための声かけ、家族自身のケア
      講師：精神科医、依存症回復支援施設スタッフ

    参加費無料・申込制（先着40名）。匿名でのご参加も可能です。
    お申込み：03-555-0151
    """, cs="shift_jis", cte="base64"), lang="ja", cs="shift_jis", client="CityMail 3.0")

M("none", "qorsheynta-qoyska-kulan",
  "Somali community notice for a family-planning information meeting; no individual.",
  "Ururka Hooyooyinka Soomaaliyeed <info@hooyooyinka.example.org>",
  "Liiska Bulshada <bulshada@lists.hooyooyinka.example.org>",
  "Kulan macluumaad: caafimaadka hooyada iyo qorsheynta qoyska",
  T("""
    Walaalayaal,

    Waxaa jiri doona kulan macluumaad oo ku saabsan caafimaadka hooyada iyo
    qorsheynta qoyska, Sabtida 16 Maajo, saacadda 1:00 galabnimo, xarunta
    bulshada ee 30 Cedar St.

    Kalkaaliso Soomaali ah ayaa ka hadli doonta: xilliga uurka, naas-nuujinta,
    iyo noocyada ka hortagga uurka. Su'aalaha waa lagu qarin karaa.

    Haweenka oo kaliya. Carruurta waa la xanaanaynayaa.
    Macluumaad: 612-555-0199
    """), lang="so", client=("User-Agent", "Roundcube Webmail/1.6.6"))

M("none", "hiv-mirmera-zemecha",
  "Amharic community flyer for a free HIV testing campaign; no individual.",
  "የኢትዮጵያ ማህበረሰብ ማዕከል <info@ethiocommunity.example.org>",
  "የማህበረሰብ ዝርዝር <members@lists.ethiocommunity.example.org>",
  "ነፃ የኤች አይ ቪ ምርመራ ዘመቻ",
  T("""
    ውድ የማህበረሰባችን አባላት፣

    በሚቀጥለው እሁድ ከቀኑ 10 ሰዓት እስከ 4 ሰዓት በማህበረሰብ ማዕከሉ ነፃ እና
    ሚስጥራዊ የኤች አይ ቪ ምርመራ ይደረጋል። ውጤቱ በ20 ደቂቃ ውስጥ ይደርሳል።

    ስለ PrEP (ኤች አይ ቪን የሚከላከል መድሃኒት) መረጃም ይሰጣል።
    የጤና መድን አያስፈልግም። የአማርኛ አስተርጓሚ ይኖራል።

    ለበለጠ መረጃ፦ 202-555-0100
    """, cte="base64"), lang="am", client="Constant Mailer 4.2")

M("none", "consejero-adicciones-vacante",
  "Spanish job posting for a bilingual addiction counsellor at a residential programme; no client.",
  "Crestline Recovery Empleos <empleos@crestline.example.org>",
  "Bolsa de Trabajo <empleos@bolsalatina.example.net>",
  "Vacante: Consejero/a de adicciones bilingüe (residencial)",
  T("""
    Crestline Recovery busca consejero/a de adicciones bilingüe
    (español/inglés) para su programa residencial de 28 días.

    Funciones:
    - Sesiones individuales y de grupo para adultos en tratamiento por
      alcohol y opioides
    - Coordinación con el equipo médico de desintoxicación
    - Planes de alta hacia IOP, casas de vida sobria y grupos de apoyo

    Requisitos: certificación CADC o en proceso, 1 año de experiencia.
    Horario: martes a sábado, 7:00-15:30. Salario: $24-$28 por hora.

    Enviar CV a empleos@crestline.example.org
    """), lang="es", client="Crestline HR Mailer")

M("none", "facture-labo-fertilite",
  "French lab invoice (PDF) to a fertility centre for culture media and cryostorage supplies.",
  "Comptabilité BioCryo <facturation@biocryo.example.fr.test>",
  "Centre AMP Sainte-Claire <achats@amp-steclaire.example.fr.test>",
  "Facture FA-2026-0412",
  MIX(T("""
    Madame, Monsieur,

    Veuillez trouver ci-joint la facture FA-2026-0412 correspondant à votre
    commande du 2 avril. Règlement à 30 jours.

    Service comptabilité - BioCryo
    """, cs="iso-8859-1"), PDF([
        "BIOCRYO SAS - FACTURE FA-2026-0412          Date : 08/04/2026",
        "Client : Centre AMP Sainte-Claire - Laboratoire de FIV",
        "10  Milieu de culture sequentiel embryon, 30 mL     1 240,00 EUR",
        "4   Paillettes de vitrification (boite de 100)        560,00 EUR",
        "2   Recharge azote liquide, cuve 180 L                390,00 EUR",
        "TOTAL HT 2 190,00 EUR   TVA 20 % 438,00   TTC 2 628,00 EUR",
    ], "FA-2026-0412.pdf")),
  lang="fr", cs="iso-8859-1", client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "xinli-jiankang-big5",
  "Traditional Chinese (Big5) newsletter for Mental Health Awareness Month with EAP information; no individual.",
  "華人服務中心 <news@chineseservice.example.org>",
  "會員通訊 <members@lists.chineseservice.example.org>",
  "五月心理健康月：免費講座與輔導資源",
  T("""
    各位會員好：

    五月是心理健康月，本中心舉辦以下活動：

    一、講座「認識憂鬱症與焦慮症」：5 月 9 日（六）下午 2 時，粵語及國語。
    二、長者心理支持小組：每週三上午 10 時。
    三、員工協助方案（EAP）介紹：許多僱主提供免費且保密的心理輔導。

    如有需要，可撥打 988 危機專線（提供中文傳譯）。
    查詢電話：617-555-0152
    """, cs="big5", cte="base64"), lang="zh", cs="big5", client="Constant Mailer 4.2")

# --- none, identifiers without health content ------------------------------
M("none", "vet-dental-reminder",
  "A dog's veterinary dental-cleaning reminder naming the owner; not human health care.",
  "Cedar Paws Veterinary <reminders@cedarpaws.example.com>",
  "Ellen Marsh <ellen.marsh@mailbox.example.net>",
  "Biscuit is due for a dental cleaning",
  T("""
    Hi Ellen,

    Biscuit (canine, 7 yrs) is due for his annual dental cleaning under
    anesthesia, plus pre-anesthetic bloodwork. He'll need to fast from
    midnight. His Rimadyl refill is also ready at the front desk.

    Book online or call (508) 555-0102.
    Cedar Paws Veterinary Hospital
    """), client="VetReminders 5")

M("none", "coworker-birthday-card",
  "Office birthday-card collection that gives a coworker's date of birth; no health content.",
  "Amy Tran <atran@northgate.example.com>",
  "Dispatch Team <dispatch-team@northgate.example.com>",
  "Card for Luis (DOB 3/30!)",
  T("""
    Hi all,

    Luis Ortega's birthday is Monday 3/30 (he was born 3/30/1989 - the big
    37!). Card is on my desk, and I'm collecting $5 for cake from Moretti's.
    Don't tell him.

    Amy
    """), client=("X-Mailer", "Microsoft Outlook 16.0"))

M("none", "package-tracking-notice",
  "Shipping notice with an order and tracking number for running shoes; no health content.",
  "StrideShop <orders@strideshop.example.com>",
  "Marcus Bell <marcusbell@mailbox.example.net>",
  "Your order #SS-2048871 is on its way",
  T("""
    Hi Marcus,

    Your order has shipped.

      Order: SS-2048871
      Trail runner 2, men's 10.5, slate - qty 1
      Running socks 3-pack - qty 1
      Carrier: ParcelQuick   Tracking: PQ5520017734US
      Estimated delivery: Thursday

    Thanks for shopping with StrideShop!
    """), client="StrideShop Notify")

# --- none, ordinary mail ---------------------------------------------------
M("none", "parking-garage-closure",
  "Parking garage level closure notice.",
  "Halvorsen Parking Services <parking@halvorsen.example.org>",
  "All Staff <all-staff@halvorsen.example.org>",
  "Garage B level 3 closed 4/18-4/19 for sealing",
  T("""
    Garage B level 3 will be closed Saturday 4/18 and Sunday 4/19 for deck
    sealing. Please park on levels 4-6 or in the surface lot. Vehicles left
    on level 3 after 6 am Saturday will be towed.

    Parking Services, ext. 3300
    """), client=("X-Mailer", "Microsoft Outlook 16.0"), trap=False)

M("none", "potluck-signup",
  "Team potluck sign-up.",
  "Gabe Moreno <gmoreno@meridianclinic.example.org>",
  "Meridian All Staff <staff@meridianclinic.example.org>",
  "Potluck Friday - sign up!",
  T("""
    Potluck this Friday at noon in the 3rd floor conference room. Sign-up
    sheet on the kitchen door: we have 4 desserts and zero mains so far.
    I'm bringing pupusas.

    Gabe
    """), client=("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"), trap=False)

M("none", "password-reset-it",
  "IT password-expiry notice.",
  "Crestline IT Service Desk <servicedesk@crestline.example.org>",
  "Lisa Marchetti <lmarchetti@crestline.example.org>",
  "Your password expires in 5 days",
  T("""
    Your network password will expire in 5 days. To change it, press
    Ctrl+Alt+Del on a Crestline computer and choose "Change a password", or
    use https://password.crestline.example.org from the VPN.

    IT will never ask for your password by e-mail.
    Service Desk, ext. 7000
    """), client="ServiceDesk Notifier", trap=False)

M("none", "printer-toner-order",
  "Office-supply order confirmation for toner and paper.",
  "OfficeHub Orders <orders@officehub.example.com>",
  "Alder Counseling Front Desk <frontdesk@aldercounseling.example.com>",
  "Order confirmation OH-551902",
  T("""
    Thank you for your order!

    Order OH-551902 - ships in 1-2 business days
      2 x Toner cartridge, black, high yield      $178.98
      5 x Copy paper, 8.5x11, case                $214.95
      1 x Sticky notes, assorted, 12-pack           $9.49
    Subtotal $403.42   Shipping FREE   Tax $25.21   Total $428.63
    """), client="OfficeHub Orders", trap=False)

M("none", "fire-drill-notice",
  "Fire drill notice for a building.",
  "Stillwater Safety Officer <safety@stillwater.example.org>",
  "Stillwater All Staff <all-staff@stillwater.example.org>",
  "Fire drill Wednesday 10:15 am - Admin building",
  T("""
    There will be a fire drill in the Admin building on Wednesday at 10:15
    am. When the alarm sounds, leave by the nearest stairwell and gather at
    the flagpole. Floor wardens, please bring your vests and headcount
    sheets.

    Safety Officer, ext. 2150
    """), client=("X-Mailer", "Microsoft Outlook 16.0"), trap=False)

M("none", "bank-statement-ready",
  "Bank e-statement notice with a masked account number.",
  "Granite Federal Credit Union <estatements@granitefcu.example.com>",
  "Hannah Weiss <hannah.weiss@mailbox.example.net>",
  "Your April statement is ready",
  T("""
    Hi Hannah,

    Your April statement for checking account ending in 4471 is ready in
    online banking. Log in at https://online.granitefcu.example.com to view
    it.

    Granite Federal Credit Union - (800) 555-0103
    """), client="Granite eStatements", trap=False)

M("none", "book-club-pick",
  "Book club pick for next month.",
  "Maura Donnelly <maurad@mail.example.org>",
  "Book Club <bookclub@lists.example.org>",
  "Next month's pick",
  T("""
    Hi all! The votes are in: next month we're reading the lighthouse
    mystery Pat suggested. Meeting at my place on the 14th at 7, I'll make
    the lemon bars. Bring wine if you like.

    Maura
    """), client=("X-Mailer", "iPhone Mail (21F90)"), trap=False)

M("none", "all-hands-meeting-invite",
  "All-hands meeting calendar invite.",
  "Office of the CEO <ceo-office@crestline.example.org>",
  "Crestline All Staff <all-staff@crestline.example.org>",
  "Quarterly all-hands - Thursday 3 pm",
  P("multipart/alternative", parts=[
      T("""
        Quarterly all-hands: budget update, the new HR system, and service
        awards. Cafeteria and Teams.
        """),
      CAL("REQUEST", "crest-allhands-q2@crestline.example.org", "Quarterly all-hands",
          "20260416T150000", "20260416T160000",
          "Office of the CEO <ceo-office@crestline.example.org>",
          ["Crestline All Staff <all-staff@crestline.example.org>"],
          desc="Budget update, new HR system, service awards.", loc="Cafeteria / Teams")]),
  client=("X-Mailer", "Microsoft Outlook 16.0"), trap=False)

M("none", "wifi-outage-notice",
  "Guest Wi-Fi maintenance notice.",
  "Ashgrove IT <it@ashgrove.example.org>",
  "Ashgrove All Staff <staff@ashgrove.example.org>",
  "Guest Wi-Fi down Sunday 6-8 am",
  T("""
    The guest Wi-Fi network will be unavailable Sunday from 6 to 8 am while
    the vendor replaces the access point controller. The staff network is
    not affected.

    Ashgrove IT
    """), client=("X-Mailer", "Microsoft Outlook 16.0"), trap=False)

M("none", "office-move-boxes",
  "Office move logistics: crates and labels.",
  "Denise Kirby <dkirby@lindenfertility.example.com>",
  "Linden Admin Team <admin-team@lindenfertility.example.com>",
  "Move to the 4th floor - crates arrive Monday",
  T("""
    Hi team,

    Moving crates arrive Monday. Please pack your desks by Thursday 5 pm and
    label each crate with your new desk number (list attached in Teams).
    Monitors and keyboards stay; IT will move the docks.

    Denise
    """), client=("X-Mailer", "Microsoft Outlook 16.0"), trap=False)

M("none", "lunch-order-thread",
  "Lunch order reply thread.",
  "Omar Haddad <ohaddad@harborlight.example.org>",
  "Anita Ruiz <aruiz@harborlight.example.org>",
  "Re: lunch for the board meeting",
  T("""
    Let's do the Mediterranean place again - 12 people, one vegan, two
    gluten-free. Delivery at 11:45 to the board room. PO is HL-26-0140.

    > Anita Ruiz wrote:
    > Sandwiches or Mediterranean for Thursday?
    """), client=("X-Mailer", "Microsoft Outlook 16.0"), irt="board-lunch", trap=False)

M("none", "holiday-party-rsvp",
  "Holiday party RSVP request.",
  "Social Committee <social@meridianclinic.example.org>",
  "Meridian All Staff <staff@meridianclinic.example.org>",
  "Holiday party RSVP by 12/5",
  H("""
    <html><body>
    <h2>You're invited!</h2>
    <p>Meridian holiday party, Friday December 11, 6-10 pm, The Boathouse.
    Plus-ones welcome. DJ, dinner buffet and the ugly sweater contest.</p>
    <p>Please RSVP by December 5 with your meal choice.</p>
    </body></html>
    """), client="Constant Mailer 4.2", trap=False)

M("none", "travel-reimbursement",
  "Travel reimbursement approval.",
  "Halvorsen Accounts Payable <ap@halvorsen.example.org>",
  "Dr. Sunita Varma <svarma@halvorsen.example.org>",
  "Expense report ER-33107 approved",
  T("""
    Your expense report ER-33107 (conference travel, Chicago, 5/6-5/9) has
    been approved for $1,284.60 and will be paid by direct deposit on 5/22.

    Accounts Payable
    """), client="ExpenseFlow 8", trap=False)


# Dates for messages whose text refers to dates (the rest are hashed).
DATES = {
    "abortion-fund-volunteer-training": "2026-03-02 19:20",
    "adap-recert-invite": "2026-05-12 14:05",
    "addiction-medicine-agenda": "2026-04-10 09:00",
    "adhd-psych-vyvanse-titration": "2026-05-15 16:40",
    "allergy-shot-voicemail": "2026-10-05 09:03",
    "anatomy-scan-20wk-appt": "2026-03-09 10:15",
    "ballanta-qorsheynta-qoyska": "2026-05-08 10:00",
    "benefits-guide-ivf-eap": "2026-10-26 08:00",
    "biktarvy-refill-ready": "2026-03-15 11:02",
    "biopsie-peau-resultat": "2026-02-13 10:30",
    "brca2-report-pdf": "2026-03-18 17:00",
    "campana-prueba-vih": "2026-06-10 10:00",
    "cardiac-rehab-tuesday-group": "2026-03-12 13:30",
    "carga-viral-indetectavel": "2026-05-21 15:10",
    "chikwa-bal-chi-tramadol": "2026-05-12 15:00",
    "claim-denial-z21-b20": "2026-05-08 06:00",
    "claims-csv-90837-batch": "2026-03-23 10:45",
    "clozapine-rems-change": "2026-02-20 15:00",
    "colonoscopy-invite": "2026-08-27 11:20",
    "control-posparto-6-semanas": "2026-05-04 09:00",
    "convegno-genetica": "2026-09-15 10:00",
    "counseling-office-hours-newsletter": "2026-02-04 07:30",
    "counselor-conference-badge": "2026-03-30 12:10",
    "counselor-ooo-to-vendor": "2026-05-12 10:05",
    "county-overdose-dashboard": "2026-06-05 09:30",
    "courier-pickup-meridian": "2026-05-27 14:00",
    "coworker-birthday-card": "2026-03-26 10:12",
    "crisis-unit-opening-press": "2026-05-26 08:00",
    "danny-back-at-harbor-light": "2026-03-30 07:52",
    "darmspiegelung-adenom-befund": "2026-02-19 11:00",
    "dental-referral-fwd-med-list": "2026-06-09 09:20",
    "depo-shot-due-text": "2026-05-26 09:00",
    "detox-bed-census-aggregate": "2026-03-10 07:00",
    "drug-court-compliance-report": "2026-04-14 15:30",
    "ect-suite-maintenance-ticket": "2026-04-01 13:15",
    "eob-96040-genetic-counsel": "2026-04-20 06:00",
    "eob-knee-mri": "2026-03-02 06:00",
    "exome-results-noah-portal": "2026-03-17 15:30",
    "facture-labo-fertilite": "2026-04-08 11:00",
    "fax-filename-brca1-pos": "2026-06-02 09:18",
    "fertility-cleaning-contract": "2026-05-20 10:00",
    "fitness-duty-crestline-residential": "2026-04-27 16:20",
    "fitness-duty-rehab-plus-hip": "2026-04-06 14:00",
    "formulary-sublocade-tier": "2026-06-01 08:00",
    "fwd-guest-dosing-quoted": "2026-07-09 15:40",
    "fwd-speech-therapy-toddler": "2026-06-03 18:02",
    "genomics-lab-holiday-notice": "2026-11-16 09:00",
    "h0020-rate-bulletin": "2026-06-08 08:30",
    "hiv-diff-assay-menu-change": "2026-03-16 08:00",
    "hiv-rna-quant-portal": "2026-02-19 12:10",
    "holiday-dosing-broadcast": "2026-06-22 12:00",
    "holiday-party-rsvp": "2026-11-16 10:00",
    "hpv-dose2-reminder": "2026-05-18 09:00",
    "hrupa-pidtrymky-anons": "2026-04-28 12:00",
    "idenshi-counseling-yoyaku": "2026-04-30 10:00",
    "invega-ukol-artyom": "2026-05-05 11:00",
    "ivf-seminar-hindi": "2026-05-15 10:00",
    "ivf-statement-pdf": "2026-06-15 09:00",
    "izonsho-kazoku-seminar": "2026-05-18 10:00",
    "know-your-status-week": "2026-06-08 09:00",
    "konsyerto-hiv-boluntaryo": "2026-06-01 19:00",
    "lcsw-iop-job-posting": "2026-03-02 09:00",
    "letrozole-cycle-day3": "2026-04-10 08:15",
    "lithium-level-portal-result": "2026-05-12 17:05",
    "mammogram-birads-1": "2026-01-26 09:00",
    "mawid-fahs-ayn": "2026-10-07 10:00",
    "medication-abortion-policy-update": "2026-03-20 16:00",
    "mife-miso-fahuo-zh": "2026-05-12 15:00",
    "mlh1-genetische-beratung": "2026-03-31 10:20",
    "moud-prescriber-training": "2026-01-27 09:00",
    "moud-training-roster-csv": "2026-02-23 11:00",
    "naloxone-vending-install": "2026-09-01 10:00",
    "narcan-planb-shelf-stock": "2026-03-02 07:30",
    "nexplanon-clinician-training-invite": "2026-04-20 10:00",
    "nexplanon-insertion-invite": "2026-05-28 11:45",
    "ngay-xet-nghiem-cong-dong": "2026-05-06 19:00",
    "nipt-resultado-bajo-riesgo": "2026-02-12 11:30",
    "otp-nurse-pto-request": "2026-06-15 13:10",
    "oxycodone-knee-scope-ready": "2026-04-13 10:40",
    "pain-contract-uds": "2026-02-16 09:10",
    "parking-garage-closure": "2026-04-14 09:00",
    "part2-consent-policy-memo": "2026-02-05 15:00",
    "part2-redisclosure-records-release": "2026-03-09 14:30",
    "ped-methylphenidate-refill": "2026-05-12 16:00",
    "pregnancy-confirmed-urgent-care": "2026-07-11 19:40",
    "prep-campaign-social-calendar": "2026-05-20 16:20",
    "prep-descovy-bilan-3-mois": "2026-03-16 11:00",
    "prep-followup-list-csv": "2026-05-26 10:00",
    "prep-staff-meeting-invite": "2026-03-31 09:00",
    "psychiatrist-offer-letter": "2026-05-01 15:00",
    "qorsheynta-qoyska-kulan": "2026-05-04 10:00",
    "records-release-ortho-boilerplate": "2026-04-02 11:00",
    "rezilta-cd4-kreyol": "2026-04-08 14:00",
    "rpr-titer-1-32-alert": "2026-04-07 07:00",
    "sangdam-senteo-sosik": "2026-05-04 09:00",
    "seance-info-contraception": "2026-04-01 10:00",
    "sessao-emt-lembrete": "2026-03-11 17:00",
    "sleep-study-ahi-cpap": "2026-04-09 13:00",
    "snizhenie-vreda-programma": "2026-05-04 12:00",
    "spravato-rems-site-enrolment": "2026-04-13 14:00",
    "sublocade-pa-approved": "2026-04-29 10:00",
    "tansyon-randevou-kreyol": "2026-10-27 10:00",
    "test-strips-refill-text": "2026-09-11 10:00",
    "tms-lease-invoice": "2026-05-01 06:00",
    "travel-reimbursement": "2026-05-14 15:00",
    "tuesday-group-room-change": "2026-02-26 12:00",
    "varenicline-quit-smoking": "2026-02-18 20:10",
    "viem-gan-b-tai-luong": "2026-03-17 10:00",
    "vivitrol-shot-reminder-sms": "2026-05-12 10:30",
    "vl-result-amharic": "2026-05-06 10:00",
    "voicemail-dbt-skills-group": "2026-05-06 16:13",
    "warsha-sihha-injabiya": "2026-05-11 10:00",
    "webinar-salamat-ravan": "2026-05-08 18:00",
    "xinli-jiankang-big5": "2026-04-27 10:00",
}


for _m in MSGS:
    if _m.date is None and _m.slug in DATES:
        _m.date = DATES[_m.slug]

# =================================================================
# writing and checking
# =================================================================
FORBIDDEN_IN_SLUG = ("trap", "phi", "restricted", "none")
ALLOWED_DOMAINS = ("example.com", "example.org", "example.net")


def plan():
    """Assign numbers 001-200 after a fixed shuffle; return [(fname, msg)]."""
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    out = []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        out.append(("%s/%03d-%s.eml" % (m.label, num, m.slug), m))
    return sorted(out)


def write():
    entries = plan()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for fname, m in entries:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(m.bytes())
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        for fname, m in entries:
            fh.write("%s\t%s\t%s\n" % (fname, m.label, m.desc))


def _domain_ok(host):
    host = host.lower().rstrip(".")
    return (host.endswith(".test") or host in ALLOWED_DOMAINS or
            any(host.endswith("." + d) for d in ALLOWED_DOMAINS))


def _pdf_check(data, where, errs):
    texts = []
    m = re.search(rb"startxref\n(\d+)\n%%EOF", data)
    if not m:
        errs.append("%s: no startxref" % where)
        return texts
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        errs.append("%s: startxref does not point at xref" % where)
        return texts
    lines = data[xref:].split(b"\n")
    count = int(lines[1].split()[1])
    for i in range(1, count):
        off = int(lines[2 + i][:10])
        if not data[off:].startswith(b"%d 0 obj" % i):
            errs.append("%s: xref offset for object %d is wrong" % (where, i))
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        n = int(sm.group(1))
        body = data[sm.end():sm.end() + n]
        if data[sm.end() + n:sm.end() + n + 10] != b"\nendstream":
            errs.append("%s: stream length wrong" % where)
        if sm.group(2):
            try:
                body = zlib.decompress(body)
            except zlib.error:
                errs.append("%s: Flate stream does not inflate" % where)
        texts.append(body.decode("latin-1"))
    return texts


def _check_part(part, where, errs, texts):
    cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
    raw = part.get_payload(decode=False)
    if part.get_content_maintype() == "multipart" or part.get_content_type() == "message/rfc822":
        return
    if isinstance(raw, str):
        rawb = raw.encode("ascii", "surrogateescape") if cte != "8bit" else None
    else:
        rawb = None
    if cte == "base64":
        flat = re.sub(r"\s", "", raw)
        try:
            base64.b64decode(flat, validate=True)
        except binascii.Error:
            errs.append("%s: bad base64" % where)
        if any(len(x) > 76 for x in raw.splitlines()):
            errs.append("%s: base64 line too long" % where)
    elif cte == "quoted-printable":
        if any(len(x) > 76 for x in raw.splitlines()):
            errs.append("%s: QP line too long" % where)
    elif cte == "7bit":
        if any(ord(c) > 127 for c in raw):
            errs.append("%s: non-ASCII in 7bit part" % where)
    data = part.get_payload(decode=True) or b""
    ctype = part.get_content_type()
    if part.get_content_maintype() == "text":
        cs = part.get_content_charset() or "us-ascii"
        try:
            txt = data.decode(codec(cs), errors="strict")
        except (UnicodeDecodeError, LookupError):
            errs.append("%s: charset %s does not decode" % (where, cs))
            txt = ""
        if ctype == "text/calendar":
            txt = re.sub(r"\r?\n[ \t]", "", txt)
        texts.append(txt)
        if ctype == "text/calendar":
            for k in ("VCALENDAR", "VEVENT"):
                if txt.count("BEGIN:" + k) != txt.count("END:" + k):
                    errs.append("%s: ICS BEGIN/END unbalanced" % where)
    elif ctype == "application/pdf":
        texts.extend(_pdf_check(data, where, errs))
    elif ctype == "application/hl7-v2":
        texts.append(data.decode("ascii"))
    fn = part.get_filename()
    if fn:
        texts.append(fn)


def check():
    errs = []
    entries = plan()
    if len(MSGS) != sum(COUNTS.values()):
        errs.append("expected %d messages, have %d" % (sum(COUNTS.values()), len(MSGS)))
    for lab in LABELS:
        n = sum(1 for m in MSGS if m.label == lab)
        if n != COUNTS[lab]:
            errs.append("label %s: %d messages, expected %d" % (lab, n, COUNTS[lab]))
    slugs = [m.slug for m in MSGS]
    if len(set(slugs)) != len(slugs):
        errs.append("duplicate slugs")
    for m in MSGS:
        if not re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", m.slug):
            errs.append("bad slug %s" % m.slug)
        if any(w in m.slug for w in FORBIDDEN_IN_SLUG):
            errs.append("slug gives away a label: %s" % m.slug)
        if "\t" in m.desc or "\n" in m.desc or not m.desc:
            errs.append("bad description for %s" % m.slug)
        if m.label == "restricted" and m.cat not in CATS:
            errs.append("restricted without category: %s" % m.slug)
        if m.lang not in LANG_NAMES:
            errs.append("unknown language %s" % m.slug)
    nums = sorted(int(os.path.basename(f)[:3]) for f, _ in entries)
    if nums != list(range(1, len(MSGS) + 1)):
        errs.append("numbers are not 001-%03d" % len(MSGS))
    # labels.tsv
    path = os.path.join(HERE, "labels.tsv")
    if not os.path.exists(path):
        errs.append("labels.tsv missing")
        rows = []
    else:
        with open(path, encoding="utf-8") as fh:
            rows = [ln.rstrip("\n").split("\t") for ln in fh if ln.strip()]
    if [r[0] for r in rows] != sorted(r[0] for r in rows):
        errs.append("labels.tsv not sorted")
    listed = {}
    for r in rows:
        if len(r) != 3:
            errs.append("labels.tsv: bad row %r" % (r,))
            continue
        if r[0] in listed:
            errs.append("labels.tsv lists %s twice" % r[0])
        listed[r[0]] = r[1]
        if r[0].split("/")[0] != r[1]:
            errs.append("labels.tsv: %s is in the wrong folder" % r[0])
    on_disk = set()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if os.path.isdir(d):
            on_disk |= {"%s/%s" % (lab, f) for f in os.listdir(d) if f.endswith(".eml")}
    expected = {f for f, _ in entries}
    if on_disk != expected:
        errs.append("files on disk differ from the plan: missing %s, extra %s" % (
            sorted(expected - on_disk)[:5], sorted(on_disk - expected)[:5]))
    if set(listed) != on_disk:
        errs.append("labels.tsv does not list exactly the files on disk")
    exp_rows = {f: (m.label, m.desc) for f, m in entries}
    for r in rows:
        if len(r) == 3 and exp_rows.get(r[0]) != (r[1], r[2]):
            errs.append("labels.tsv row differs from gen.py: %s" % r[0])
    mids, bodies = set(), {}
    for fname, m in entries:
        fp = os.path.join(HERE, fname)
        if not os.path.exists(fp):
            continue
        raw = open(fp, "rb").read()
        if raw != m.bytes():
            errs.append("%s: differs from what gen.py writes" % fname)
        if raw.count(b"\n") != raw.count(b"\r\n") or raw.count(b"\r") != raw.count(b"\r\n"):
            errs.append("%s: bare CR or LF" % fname)
        if any(len(x) > 998 for x in raw.split(b"\r\n")):
            errs.append("%s: line over 998 octets" % fname)
        msg = BytesParser(policy=email.policy.default).parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (fname, h))
        dt = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if dt.year != 2026 or dt.tzinfo is None:
            errs.append("%s: Date not in 2026 with a zone" % fname)
        mid = str(msg["Message-ID"])
        if not re.match(r"^<[^<>@\s]+@[^<>@\s]+>$", mid) or mid in mids:
            errs.append("%s: bad or duplicate Message-ID" % fname)
        mids.add(mid)
        texts = []
        for h in ("From", "To", "Cc", "Reply-To", "Subject", "Message-ID", "Received"):
            for v in msg.get_all(h) or []:
                v = str(v)
                if "=?" in v:
                    errs.append("%s: undecoded encoded word in %s" % (fname, h))
                texts.append(v)
        n_hdr = len(texts)
        for i, part in enumerate(msg.walk()):
            where = "%s part %d" % (fname, i)
            if part.defects:
                errs.append("%s: defects %s" % (where, part.defects))
            if not part.is_multipart():
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errs.append("%s: get_content failed: %s" % (where, e))
            if part.get_content_type() == "message/rfc822":
                inner_msg = part.get_payload()[0]
                for h in ("From", "To", "Subject", "Date"):
                    if inner_msg[h] is not None:
                        texts.append(str(inner_msg[h]))
            _check_part(part, where, errs, texts)
        blob = "\n".join(texts)
        for host in re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+[A-Za-z0-9])", blob):
            if not _domain_ok(host):
                errs.append("%s: address domain %s" % (fname, host))
        for host in re.findall(r"(?:https?://|www\.)([A-Za-z0-9.-]+)", blob):
            if not _domain_ok(host):
                errs.append("%s: URL host %s" % (fname, host))
        for host in re.findall(r"\b((?:[A-Za-z0-9-]+\.)+(?:com|org|net|gov|edu|io|us|de|fr|it|jp|br))(?!\.?[A-Za-z0-9-])", blob):
            if not _domain_ok(host):
                errs.append("%s: host name %s" % (fname, host))
        for num in re.findall(r"555-(\d{4})", blob):
            if not num.startswith("01"):
                errs.append("%s: phone 555-%s outside 555-01xx" % (fname, num))
        for ip in re.findall(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b", blob):
            if not ip.startswith(("192.0.2.", "198.51.100.", "203.0.113.", "10.")):
                errs.append("%s: IP %s" % (fname, ip))
        body_key = hashlib.sha1("".join(texts[n_hdr:]).encode()).hexdigest()
        if body_key in bodies:
            errs.append("%s: same content as %s" % (fname, bodies[body_key]))
        bodies[body_key] = fname
    return errs


def stats():
    import collections
    print("labels:", dict(collections.Counter(m.label for m in MSGS)))
    print("traps among none:", sum(1 for m in MSGS if m.label == "none" and m.trap))
    print("borderline:", sum(1 for m in MSGS if m.desc.startswith("borderline:")))
    for m in MSGS:
        if m.desc.startswith("borderline:"):
            print("   ", m.label, m.slug)
    ne = [m for m in MSGS if m.lang != "en"]
    print("not in English:", len(ne))
    for lab in LABELS:
        langs = collections.Counter(LANG_NAMES[m.lang] for m in ne if m.label == lab)
        print("   %s %d: %s" % (lab, sum(langs.values()), dict(sorted(langs.items()))))
    print("restricted by category:",
          dict(collections.Counter(CATS[m.cat] for m in MSGS if m.label == "restricted")))
    top = collections.Counter()
    inner_types = collections.Counter()
    charsets = collections.Counter()
    ctes = collections.Counter()
    for m in MSGS:
        msg = BytesParser(policy=email.policy.default).parsebytes(m.bytes())
        top[msg.get_content_type()] += 1
        for p in msg.walk():
            if p is not msg and (not p.is_multipart() or
                                 p.get_content_type() == "message/rfc822"):
                inner_types[p.get_content_type() +
                            (" (attachment)" if p.get_filename() else "")] += 1
            if p.get_content_charset():
                charsets[p.get_content_charset()] += 1
            if p.get("Content-Transfer-Encoding"):
                ctes[p["Content-Transfer-Encoding"].lower()] += 1
    print("top-level:", dict(top.most_common()))
    print("leaf parts below top:", dict(inner_types.most_common()))
    print("charsets:", dict(charsets.most_common()))
    print("transfer encodings:", dict(ctes.most_common()))


def main(argv):
    if "--stats" in argv:
        stats()
        return 0
    if "--check" not in argv:
        write()
    errs = check()
    for e in errs:
        print("ERROR:", e)
    if errs:
        print("%d problem(s)" % len(errs))
        return 1
    print("ok: %d messages (%s), labels.tsv lists every file" % (
        len(MSGS), ", ".join("%s %d" % (l, COUNTS[l]) for l in LABELS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
