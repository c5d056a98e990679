#!/usr/bin/env python3
"""Generate the wide19 test set: the health-adjacent economy.

Run from anywhere:  python3 gen.py          (rewrite everything, then check)
                    python3 gen.py --check  (only parse and verify what is on disk)

Standard library only.  Deterministic: fixed dates, Message-IDs derived from
the slug, MIME boundaries derived from the slug and the part's position, and
numbering from a shuffle with a fixed seed.  Every person, organisation,
address, phone number and identifier below is invented.
"""
import base64
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
import textwrap
import urllib.parse
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ("none", "phi", "restricted")
SEED = 20260419
CRLF = b"\r\n"

# ---------------------------------------------------------------- helpers


def clean(s):
    """Dedent a triple-quoted body and make it end with exactly one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def sha(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def npi(base9):
    """NPI with a valid Luhn check digit (prefix 80840).  Invented numbers."""
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


def dea(first_letter, surname, six):
    """DEA number with a valid check digit.  Invented numbers."""
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first_letter + surname[0].upper() + six + str(chk)


def csv_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, compress=False, title=None):
    """A one-page PDF with Helvetica text lines and a correct xref table."""
    ops = ["BT", "/F1 10 Tf", "14 TL", "50 750 Td"]
    for ln in lines:
        assert is_ascii(ln), ln
        ops.append("(%s) Tj T*" % pdf_escape(ln))
    ops.append("ET")
    content = ("\n".join(ops) + "\n").encode("latin-1")
    if compress:
        content = zlib.compress(content, 9)
        sdict = "<< /Length %d /Filter /FlateDecode >>" % len(content)
    else:
        sdict = "<< /Length %d >>" % len(content)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        b"/Encoding /WinAnsiEncoding >>",
        sdict.encode("ascii") + b"\nstream\n" + content + b"\nendstream",
    ]
    info = None
    if title:
        info = ("<< /Title (%s) /Producer (wide19 gen.py) >>" % pdf_escape(title)).encode("latin-1")
        objs.append(info)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = "<< /Size %d /Root 1 0 R" % (len(objs) + 1)
    if info:
        trailer += " /Info %d 0 R" % len(objs)
    trailer += " >>"
    out += b"trailer\n" + trailer.encode("ascii") + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def ics(uid, summary, start, end, location, description, organizer, stamp="20260101T120000Z"):
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//wide19//gen.py//EN",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:%s" % uid,
        "DTSTAMP:%s" % stamp,
        "DTSTART:%s" % start,
        "DTEND:%s" % end,
        "SUMMARY:%s" % summary,
        "LOCATION:%s" % location,
        "DESCRIPTION:%s" % description.replace("\n", "\\n"),
        "ORGANIZER:mailto:%s" % organizer,
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def auto_html(plain, cs="utf-8"):
    paras = [p for p in plain.strip("\n").split("\n\n")]
    out = ['<!DOCTYPE html>', '<html><head><meta charset="%s"></head>' % cs,
           '<body style="font-family:Arial,sans-serif;font-size:14px">']
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- MIME model


class Text:
    def __init__(self, text, sub="plain", cs="utf-8", cte=None):
        self.text = clean(text)
        self.sub = sub
        self.cs = cs
        if cte is None:
            cte = "7bit" if is_ascii(self.text) else "quoted-printable"
        self.cte = cte


class Att:
    def __init__(self, filename, data, ctype, cs=None, cte="base64", inline=False):
        self.filename = filename
        if isinstance(data, str):
            data = data.encode(cs or "utf-8")
        self.data = data
        self.ctype = ctype
        self.cs = cs
        self.cte = cte
        self.inline = inline


class Multi:
    def __init__(self, sub, *parts):
        self.sub = sub
        self.parts = list(parts)


def Alt(plain, html_text=None, cs="utf-8", cte=None, hcte=None):
    if html_text is None:
        html_text = auto_html(clean(plain), cs)
    return Multi("alternative", Text(plain, "plain", cs, cte), Text(html_text, "html", cs, hcte or cte))


def Mixed(*parts):
    return Multi("mixed", *parts)


def b64(data):
    return base64.encodebytes(data).replace(b"\n", CRLF)


def encode_body(raw, cte, textual=True):
    """raw uses LF line ends for text; returns CRLF wire bytes."""
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            assert all(b < 128 for b in raw), "non-ASCII in 7bit part"
        out = raw.replace(b"\r\n", b"\n").replace(b"\n", CRLF)
        if not out.endswith(CRLF):
            out += CRLF
        return out
    if cte == "quoted-printable":
        q = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        out = q.replace(b"\n", CRLF)
        if not out.endswith(CRLF):
            out += CRLF
        return out
    if cte == "base64":
        if textual:
            raw = raw.replace(b"\r\n", b"\n").replace(b"\n", CRLF)
        return b64(raw)
    raise ValueError(cte)


def encoded_words(s, cs="utf-8"):
    words = []
    chunk = ""
    prefix = "=?%s?B?" % cs
    for ch in s:
        cand = chunk + ch
        if len(prefix) + len(base64.b64encode(cand.encode(cs))) + 2 > 75 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = cand
    if chunk:
        words.append(chunk)
    return "\r\n ".join(prefix + base64.b64encode(w.encode(cs)).decode("ascii") + "?=" for w in words)


def fold_ascii(s, first=10):
    if len(s) + first <= 78:
        return s
    out, line = [], ""
    for word in s.split(" "):
        if line and len(line) + 1 + len(word) + (first if not out else 1) > 78:
            out.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    out.append(line)
    return "\r\n ".join(out)


def hval(s, cs="utf-8"):
    return fold_ascii(s) if is_ascii(s) else encoded_words(s, cs)


SPECIALS = re.compile(r'[()<>@,;:\\".\[\]]')


def fmt_addr(a, cs="utf-8"):
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    if is_ascii(name):
        if SPECIALS.search(name):
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return "%s <%s>" % (name, addr)
    ew = encoded_words(name, cs)
    # Python's address parser puts a space between adjacent encoded words in a
    # display name, so every non-ASCII display name must fit in one word.
    assert "\r\n" not in ew, "display name too long for one encoded word: %r" % name
    return "%s <%s>" % (ew, addr)


def fmt_addrs(a, cs="utf-8"):
    if isinstance(a, list):
        return ",\r\n ".join(fmt_addr(x, cs) for x in a)
    return fmt_addr(a, cs)


def param(name, value):
    if is_ascii(value):
        return '%s="%s"' % (name, value)
    return "%s*=utf-8''%s" % (name, urllib.parse.quote(value, safe=""))


def render(part, key):
    """Return (list of header lines, body bytes) for a part."""
    if isinstance(part, Text):
        hdrs = ['Content-Type: text/%s; charset="%s"' % (part.sub, part.cs),
                "Content-Transfer-Encoding: %s" % part.cte]
        return hdrs, encode_body(part.text.encode(part.cs), part.cte)
    if isinstance(part, Att):
        ct = part.ctype
        if part.cs:
            ct += '; charset="%s"' % part.cs
        ct += "; " + param("name", part.filename)
        disp = "inline" if part.inline else "attachment"
        hdrs = ["Content-Type: " + ct,
                "Content-Disposition: %s; %s" % (disp, param("filename", part.filename)),
                "Content-Transfer-Encoding: %s" % part.cte]
        textual = part.ctype.startswith("text/") or part.ctype == "message/rfc822"
        return hdrs, encode_body(part.data, part.cte, textual=textual)
    if isinstance(part, Multi):
        boundary = "=_w19_" + sha(key, 24)
        hdrs = ['Content-Type: multipart/%s;\r\n boundary="%s"' % (part.sub, boundary)]
        body = bytearray()
        if part.sub == "mixed":
            body += b"This is a multi-part message in MIME format." + CRLF + CRLF
        for i, child in enumerate(part.parts):
            ch, cb = render(child, "%s.%d" % (key, i))
            body += b"--" + boundary.encode() + CRLF
            body += "\r\n".join(ch).encode("ascii") + CRLF + CRLF
            body += cb
            body += CRLF
        body += b"--" + boundary.encode() + b"--" + CRLF
        return hdrs, bytes(body)
    raise TypeError(part)


# ---------------------------------------------------------------- messages

MESSAGES = []


class Msg:
    def __init__(self, slug, label, reason, frm, to, subj, date, root,
                 lang="en", cat=None, cc=None, extra=None, hcs="utf-8", reply_to=None):
        assert label in LABELS
        assert label != "restricted" or cat in ("mental", "sud", "hiv", "genetic", "repro"), slug
        for bad in ("trap", "phi", "restricted", "none"):
            assert bad not in slug, slug
        self.slug, self.label, self.reason = slug, label, reason
        self.frm, self.to, self.subj, self.date, self.root = frm, to, subj, date, root
        self.lang, self.cat, self.cc, self.extra, self.hcs = lang, cat, cc, extra or [], hcs
        self.reply_to = reply_to

    def domain(self):
        addr = self.frm if isinstance(self.frm, str) else self.frm[1]
        return addr.split("@")[-1].strip(">")

    def to_bytes(self):
        dt = datetime.datetime.strptime(self.date, "%Y-%m-%d %H:%M %z")
        assert dt.year == 2026
        hdrs = ["From: " + fmt_addrs(self.frm, self.hcs),
                "To: " + fmt_addrs(self.to, self.hcs)]
        if self.cc:
            hdrs.append("Cc: " + fmt_addrs(self.cc, self.hcs))
        if self.reply_to:
            hdrs.append("Reply-To: " + fmt_addrs(self.reply_to, self.hcs))
        hdrs.append("Subject: " + hval(self.subj, self.hcs))
        hdrs.append("Date: " + email.utils.format_datetime(dt))
        hdrs.append("Message-ID: <%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M"), sha(self.slug, 12), self.domain()))
        for name, value in self.extra:
            hdrs.append("%s: %s" % (name, value))
        hdrs.append("MIME-Version: 1.0")
        ph, body = render(self.root, self.slug)
        hdrs += ph
        return "\r\n".join(hdrs).encode("ascii") + CRLF + CRLF + body


def add(*a, **k):
    MESSAGES.append(Msg(*a, **k))


# Invented clinician identifiers used in several messages.
NPI_PATEL = npi("184629307")
NPI_OKAFOR = npi("132957604")
NPI_LINDQVIST = npi("169204853")
NPI_ABERNATHY = npi("152038716")
NPI_REYES = npi("147306925")
NPI_CHO = npi("120775438")
NPI_MBEKI = npi("193581062")
NPI_GROUP = npi("162840397")
DEA_OKAFOR = dea("B", "Okafor", "428173")
DEA_VANCE = dea("M", "Vance", "603418")

# ---- pharmaceutical and medical-device companies

HALVERN = "halvern-pharma.example.com"
TESS = ("Tess Marlowe", "tess.marlowe@" + HALVERN)

add("quorvela-lunch-and-learn", "none",
    "pharma rep invites an office to a lunch-and-learn on an invented COPD inhaler; trial data and safety text, no patient",
    TESS, ("Renee Calloway", "rcalloway@oakhollowfm.example.org"),
    "Lunch & Learn: QUORVELA for COPD - Thurs 3/12?", "2026-03-02 10:14 -0500",
    Alt("""
        Hi Renee,

        Hope the flu-season madness has calmed down a bit over there!

        I'd love to bring lunch for the team on Thursday 3/12 (or 3/19 if that
        works better) and do a quick 15-minute overview of QUORVELA, our new
        once-daily LAMA/LABA inhaler for maintenance treatment of COPD.

        A couple of highlights from the 52-week VANTAGE-2 study:
          - trough FEV1 improved by 118 mL vs. the comparator at week 24
          - 21% fewer moderate-to-severe exacerbations
          - one inhalation, once a day, same device as the rescue trainer

        I'll bring demo devices and the patient-education tear pads. Any
        dietary restrictions on the team? Last time Dr. Okafor's MA was vegan,
        I think?

        Thanks so much,
        Tess

        Tess Marlowe | Respiratory Specialty Representative
        Halvern Pharmaceuticals | cell 555-0143
        QUORVELA is not for the relief of acute bronchospasm and is not
        indicated for asthma. Most common adverse reactions (>=3%):
        nasopharyngitis, headache, cough. See full Prescribing Information at
        https://www.halvern-pharma.example.com/quorvela/pi
        """, """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
        <p>Hi Renee,</p>
        <p>Hope the flu-season madness has calmed down a bit over there!</p>
        <p>I'd love to bring lunch for the team on <b>Thursday 3/12</b> (or 3/19 if that works better)
        and do a quick 15-minute overview of <b>QUORVELA</b>, our new once-daily LAMA/LABA inhaler
        for maintenance treatment of COPD.</p>
        <p>A couple of highlights from the 52-week VANTAGE-2 study:</p>
        <ul>
        <li>trough FEV1 improved by 118 mL vs. the comparator at week 24</li>
        <li>21% fewer moderate-to-severe exacerbations</li>
        <li>one inhalation, once a day, same device as the rescue trainer</li>
        </ul>
        <p>I'll bring demo devices and the patient-education tear pads. Any dietary restrictions on the
        team? Last time Dr. Okafor's MA was vegan, I think?</p>
        <p>Thanks so much,<br>Tess</p>
        <p style="color:#555">Tess Marlowe | Respiratory Specialty Representative<br>
        Halvern Pharmaceuticals | cell 555-0143</p>
        <p style="font-size:11px;color:#777">QUORVELA is not for the relief of acute bronchospasm and is not
        indicated for asthma. Most common adverse reactions (&ge;3%): nasopharyngitis, headache, cough.
        See <a href="https://www.halvern-pharma.example.com/quorvela/pi">full Prescribing Information</a>.</p>
        </body></html>
        """))

add("call-notes-week-10", "none",
    "rep's weekly call notes to her district manager: named doctors' reactions to inhaler data, NPIs, no patient",
    TESS, ("Grant Ellery", "gellery@" + HALVERN),
    "call notes wk 10 - north territory", "2026-03-06 17:42 -0500",
    Text("""
        Grant - call notes for wk 10, CRM is being slow again so pasting here.

        Mon 3/2
        - Dr. Raj Patel (pulm, NPI %s) - liked the new inhaler data a lot,
          esp the exacerbation number. Says roughly 40 of his COPD pts are on
          triple therapy and some could step down. Wants samples + formulary
          status for Granite Peak commercial. Follow up w/ access team.
        - Oak Hollow FM - lunch booked 3/12. Renee is the gatekeeper, be nice.

        Wed 3/4
        - Dr. Chidi Okafor (NPI %s) - no-see policy still, dropped
          brochures w/ his MA. 2nd quarter maybe.
        - Dr. Ingrid Lindqvist - asked about the cardiac safety subgroup
          (on-label q, but detailed) -> MSL referral submitted, #MIR-88213.

        Thu 3/5
        - Gullwing Pulm group, 4 prescribers, all interested, want a speaker
          program in April. Suggest Dr. Abernathy as speaker?

        Expenses: 2 lunches, $412.60 total, receipts uploaded.

        Tess
        """ % (NPI_PATEL, NPI_OKAFOR)))

add("sample-closet-count-march", "none",
    "rep's sample closet inventory CSV with NDCs, lot numbers, expiry and a doctor's NPI; no patient",
    TESS, [("Renee Calloway", "rcalloway@oakhollowfm.example.org")],
    "Sample closet count + expiring lots", "2026-03-12 15:05 -0500",
    Mixed(Text("""
        Hi Renee, thanks again for today!

        I did the sample closet count while I was there (attached). Two lots of
        the 14-count QUORVELA starter packs expire 04/2026, so I pulled them and
        will return them through our reverse distributor. Please have Dr. Okafor
        sign the next receipt form when I drop off the replacements.

        Tess  555-0143
        """),
        Att("oakhollow_sample_inventory_2026-03-12.csv", csv_text([
            ["product", "strength", "ndc", "lot", "expiry", "qty_on_hand", "action"],
            ["QUORVELA inhaler starter 14 ct", "62.5/25 mcg", "72118-0410-14", "QV25A0113", "2026-04-30", "6", "pulled"],
            ["QUORVELA inhaler starter 14 ct", "62.5/25 mcg", "72118-0410-14", "QV25A0187", "2026-04-30", "3", "pulled"],
            ["QUORVELA inhaler 30 ct", "62.5/25 mcg", "72118-0410-30", "QV25C0342", "2027-01-31", "12", "ok"],
            ["GLYTREVO pen sample", "0.5 mg", "72118-0622-01", "GT26A0009", "2027-06-30", "4", "ok"],
            ["GLYTREVO pen sample", "1 mg", "72118-0623-01", "GT26A0015", "2027-06-30", "2", "ok"],
            ["receipt signed by", "Chidi Okafor MD", "NPI " + NPI_OKAFOR, "", "", "", ""],
        ]), "text/csv", cs="utf-8", cte="7bit")))

add("infuline-t7-field-safety-notice", "none",
    "device maker's field safety notice to hospital biomed: pump lot and serial ranges, UDI-DI, corrective action; no patient",
    ("Tallis Medical Field Actions", "field.actions@tallis-medical.example.com"),
    ("Biomedical Engineering", "biomed@rookwoodregional.example.org"),
    "URGENT: Field Safety Notice FSN-2026-007 - InfuLine T7 volumetric pump, occlusion alarm",
    "2026-02-17 08:30 -0600",
    Mixed(Alt("""
        URGENT - MEDICAL DEVICE CORRECTION
        Field Safety Notice FSN-2026-007

        Product: InfuLine T7 volumetric infusion pump
        Models: T7-100, T7-100E
        UDI-DI: (01)00850017362049
        Affected serial numbers: T7A2407001 through T7A2409850
        Software versions: 4.2.0 and 4.2.1

        Issue: under a specific sequence (rate change during a downstream
        occlusion), the downstream occlusion alarm may be delayed by up to
        90 seconds. Tallis has received 11 complaints worldwide; no serious
        injuries have been confirmed.

        Actions for your facility:
        1. Identify affected pumps using the attached serial list.
        2. Until software 4.2.2 is installed, do not change the rate while an
           occlusion alarm is pending.
        3. Return the acknowledgement form within 10 business days.

        Our service team will schedule the 4.2.2 update. Questions: Field
        Actions desk 555-0178, option 2.

        Tallis Medical Devices, Inc.
        """),
        Att("FSN-2026-007_customer_letter.pdf", make_pdf([
            "Tallis Medical Devices, Inc. - Field Safety Notice FSN-2026-007",
            "InfuLine T7 volumetric infusion pump, models T7-100 and T7-100E",
            "UDI-DI (01)00850017362049   Serial range T7A2407001 - T7A2409850",
            "Delayed downstream occlusion alarm after rate change (software 4.2.0/4.2.1)",
            "Interim action: do not change the rate while an occlusion alarm is pending.",
            "Corrective action: software 4.2.2, installed by Tallis field service.",
            "Acknowledgement form: return to field.actions@tallis-medical.example.com",
        ], compress=True, title="FSN-2026-007"), "application/pdf"),
        Att("FSN-2026-007_ack_form.txt", clean("""
            FSN-2026-007 ACKNOWLEDGEMENT
            Facility: ______________________   Account no.: ___________
            Number of affected pumps identified: ______
            Interim action communicated to clinical staff (Y/N): ___
            Name / title / signature: _________________________
            Return by fax-to-mail: fieldack@tallis-medical.example.com
            """), "text/plain", cs="us-ascii", cte="7bit")))

add("metformin-er-lot-recall-wholesale", "none",
    "wholesaler's class II recall notice to pharmacy buyers: drug, NDC and lot numbers; no patient",
    ("Crestline Drug Distribution - Recalls", "recalls@crestline-dist.example.net"),
    ("Pharmacy Purchasing", "purchasing@kindrx-pharmacy.example.com"),
    "RECALL NOTICE - Metformin HCl ER 500 mg, NDC 70431-0552-01 (Class II, retail level)",
    "2026-04-08 06:55 -0400",
    Text("""
        Crestline Drug Distribution - Recall Notification
        Reference: CDD-RC-26-0412

        Manufacturer: Pellwood Generics LLC
        Product: Metformin Hydrochloride Extended-Release Tablets USP, 500 mg,
                 bottles of 100
        NDC: 70431-0552-01
        Lots: M24118 (exp 11/2026), M24119 (exp 11/2026), M24203 (exp 01/2027)
        Recall level: retail
        Reason: an impurity (NDMA) above the acceptable daily intake limit in
        retained samples.

        Your account purchased 46 bottles from the affected lots between
        10/2025 and 02/2026 (ship-to accounts 44-18220, 44-18221, 44-18227).

        Please quarantine remaining stock and return it using the enclosed
        return authorization RA-771902. Credit will be issued at invoice cost.
        Pharmacies should follow their own policy for notifying dispensing
        locations; this notice does not require patient-level recall.

        Crestline Recall Desk: 555-0119 (M-F 7am-6pm ET)
        """))

add("pv-refresher-field-staff", "none",
    "pharmacovigilance process training for field staff with an explicitly fictional example patient; no real individual",
    ("Halvern Drug Safety Training", "pv.training@" + HALVERN),
    ("All US Field Employees", "us-field-all@" + HALVERN),
    "Required: 2026 adverse event reporting refresher (due 3/31)", "2026-03-09 09:00 -0500",
    Mixed(Text("""
        Team,

        The annual pharmacovigilance refresher is now open in LearnPath and is
        due by March 31. It takes about 25 minutes.

        Quick reminders while you're here:

        * Any adverse event (AE), product complaint or special situation
          (pregnancy exposure, overdose, off-label use, medication error) that
          you hear about for ANY Halvern product must reach Drug Safety within
          ONE business day, even if the HCP says they already reported it.
        * A valid case needs four things: an identifiable reporter, an
          identifiable patient (initials, age or sex is enough), a suspect
          product and an event. If you only have some of these, report anyway.
        * Do NOT collect more than you need. Never write a patient's full name
          in CRM notes or e-mail. Use the intake form, which goes straight to
          the safety database.

        Practice scenario from the module (fictional):
        "At a lunch, the office nurse mentions that a man in his 60s on
        GLYTREVO was admitted last week with pancreatitis." -> This is a
        reportable AE. You enter the nurse as reporter, "male, 60s" as the
        patient, GLYTREVO as suspect product and pancreatitis as the event.

        Intake line: 555-0100 (24/7)  |  pv.intake@halvern-pharma.example.com

        Thank you,
        Drug Safety & Pharmacovigilance
        """),
        Att("PV_refresher_2026_quick_card.pdf", make_pdf([
            "Halvern Pharmaceuticals - Adverse Event Reporting Quick Card (2026)",
            "Report within 1 business day: AEs, product complaints, special situations.",
            "Minimum criteria: reporter, patient (initials/age/sex), product, event.",
            "Example (FICTIONAL): male, 60s, GLYTREVO, pancreatitis -> report.",
            "Intake 24/7: 555-0100",
        ]), "application/pdf")))

add("pbm-2027-formulary-changes", "none",
    "PBM formulary bulletin to a manufacturer: tier changes, PA criteria with ICD-10 and NDCs; no member",
    ("Northway Rx Formulary Services", "formulary@northwayrx.example.com"),
    ("Market Access - Halvern", "market.access@" + HALVERN),
    "2027 National Preferred Formulary - changes affecting your products", "2026-07-15 11:20 -0500",
    Text("""
        Dear Manufacturer Partner,

        The Northway Rx P&T Committee has finalized the 2027 National Preferred
        Formulary. Changes affecting Halvern Pharmaceuticals products:

        GLYTREVO (once-weekly GLP-1 RA) pens, NDC 72118-0622-01 / 0623-01 / 0624-01
          - Tier 3 non-preferred -> Tier 2 preferred brand, effective 1/1/2027
          - Prior authorization: diagnosis of type 2 diabetes (ICD-10 E11.x)
            AND 90-day trial of metformin unless contraindicated
          - Not covered for chronic weight management (E66.x) under standard
            plan designs

        QUORVELA inhaler, NDC 72118-0410-30
          - Remains Tier 3; step therapy through one preferred LAMA/LABA

        The updated rebate schedule (Exhibit B-2027) will be sent separately by
        your contract manager. The full drug list and PA criteria will be
        posted at https://formulary.northwayrx.example.com on October 1.

        Northway Rx Formulary Services
        """))

add("q2-rebate-invoice-northway", "none",
    "manufacturer-to-PBM rebate invoice with aggregate utilisation by NDC; business billing, no individual",
    ("Halvern Contract Administration", "rebates@" + HALVERN),
    ("Northway Rx Rebate Operations", "rebate.ops@northwayrx.example.com"),
    "Q2 2026 rebate invoice RB-2026-Q2-0418 (Commercial book)", "2026-08-21 13:02 -0400",
    Mixed(Text("""
        Hello,

        Attached is the Q2 2026 rebate invoice summary for the commercial book
        under agreement HP-NWR-2024-011, amendment 3. Utilization is per your
        Q2 claims file received 08/05 (file id NWR-UTIL-Q2-26, 3 NDCs).

        Total rebate due: $9,412,338.40
        Payment terms: net 45 from receipt.

        Please reply-all with any disputed lines by 09/15.

        Regards,
        Marcus Ibe
        Contract Administration, Halvern Pharmaceuticals
        555-0162
        """),
        Att("RB-2026-Q2-0418_summary.csv", csv_text([
            ["ndc", "product", "units", "wac_per_unit", "rebate_pct", "rebate_due"],
            ["72118-0622-01", "GLYTREVO 0.5 mg pen", "48212", "236.10", "27.5", "3130269.56"],
            ["72118-0623-01", "GLYTREVO 1 mg pen", "61904", "236.10", "27.5", "4019302.72"],
            ["72118-0410-30", "QUORVELA 30 ct", "19377", "412.55", "28.3", "2262766.12"],
        ]), "text/csv", cs="us-ascii", cte="base64")))

add("msl-congress-highlights", "none",
    "MSL's congress summary for internal medical team: trial results for an invented diabetes drug; aggregate data only",
    ("Dr. Amara Singh", "amara.singh@" + HALVERN),
    ("Medical Affairs - Cardiometabolic", "med-affairs-cm@" + HALVERN),
    "Scientific Sessions day 2 - GLYTREVO posters + competitor readout", "2026-06-21 22:48 -0700",
    Alt("""
        Quick recap from day 2, more detail in the debrief deck Monday.

        1) GLYTREVO head-to-head poster (P-1187):
           - n=1,412, 40 weeks
           - HbA1c -1.9% vs -1.4% (comparator), p<0.001
           - weight -11.2% vs -6.1%
           - GI AEs 38% vs 31%, discontinuation due to AEs 6.0% vs 4.2%
           Good traffic at the poster, lots of KOL questions about the
           renal subgroup (eGFR 30-60, n=288).

        2) Competitor oral agent: Phase 3 missed the key secondary on MACE;
           expect a lot of noise but not much clinical change.

        3) Two unsolicited requests for off-label data (pediatric use) - handled
           per SOP, logged as MIRs.

        Reminder: nothing from today goes to the field until Medical Review
        approves the slide kit.

        Amara
        Amara Singh, PharmD, PhD | Medical Science Liaison, Pacific Northwest
        """))

add("advisory-board-honorarium", "none",
    "advisory-board invitation to a named physician with honorarium and her NPI for transparency reporting; no patient",
    ("Halvern Medical Affairs Events", "advisory.events@" + HALVERN),
    ("Dr. Ingrid Lindqvist", "ilindqvist@gullwingpulm.example.org"),
    "Invitation: COPD Regional Advisory Board, May 16 (Seattle)", "2026-04-02 14:10 -0700",
    Text("""
        Dear Dr. Lindqvist,

        Halvern Pharmaceuticals would like to invite you to take part in a
        Regional Advisory Board on the management of moderate-to-severe COPD
        in primary care and pulmonology.

          Date: Saturday, May 16, 2026, 8:30 am - 1:00 pm
          Place: Harborline Hotel, Seattle (conference room B)
          Honorarium: $2,500 plus reasonable travel expenses

        Advisors are selected for their clinical expertise. Participation is
        not tied to prescribing any Halvern product. Payments are reported under
        federal and state transparency laws; our records list your NPI as
        %s. Please confirm it, and your state license number, on the
        consulting agreement.

        Kindly reply by April 17. Logistics: Camille Burke, 555-0134.

        Sincerely,
        Medical Affairs Events, Halvern Pharmaceuticals
        """ % NPI_LINDQVIST))

add("open-payments-review-window", "none",
    "compliance notice to physicians listing their NPIs and payment amounts for the transparency-report review; no patient",
    ("Halvern Transparency Reporting", "transparency@" + HALVERN),
    [("Dr. Raj Patel", "rpatel@gullwingpulm.example.org"), ("Dr. Ingrid Lindqvist", "ilindqvist@gullwingpulm.example.org")],
    "Review your 2025 payment records before submission", "2026-01-20 10:00 -0500",
    Alt("""
        Dear Doctor,

        Before we submit our 2025 transparency report, you may review the
        payments and transfers of value that Halvern Pharmaceuticals recorded
        for you. Please tell us about any errors by February 13.

        Recipient            NPI         Nature of payment        Amount
        Raj Patel, MD        %s  Food and beverage (x6)   $   287.40
        Raj Patel, MD        %s  Consulting fee           $ 2,500.00
        Ingrid Lindqvist, MD %s  Food and beverage (x3)   $   121.15
        Ingrid Lindqvist, MD %s  Travel and lodging       $   644.90

        You can also dispute records directly in the federal system after
        publication. Questions: transparency@halvern-pharma.example.com or
        555-0166.

        Halvern Transparency Reporting
        """ % (NPI_PATEL, NPI_PATEL, NPI_LINDQVIST, NPI_LINDQVIST)))

add("speaker-program-cancelled", "none",
    "speaker-programme cancellation notice naming the venue and speaker; marketing logistics, no patient",
    ("Halvern Speaker Bureau", "speakers@" + HALVERN),
    [TESS, ("Gullwing Pulmonary Associates", "office@gullwingpulm.example.org")],
    "CANCELLED - Program SP-26-0418 'Managing exacerbations in COPD' 4/23", "2026-04-20 12:31 -0500",
    Text("""
        Program SP-26-0418, "Managing Exacerbations in COPD: Where Does
        Dual Bronchodilation Fit?", scheduled for Thursday, April 23 at 6:30 pm
        at Alder & Salt, 1190 Waterfront Way, is CANCELLED due to a scheduling
        conflict for the speaker, Dr. Helen Abernathy.

        The restaurant has been notified. Attendees who registered online will
        receive an automatic notice. A new date in May will be announced.

        Speaker Bureau Operations
        555-0190
        """))

add("gudid-di-record-question", "none",
    "regulatory-affairs question to a consultant about device identifier records and GMDN codes; no patient",
    ("Priyanka Rao", "priyanka.rao@keelbrook-devices.example.com"),
    ("Owen Ferris", "owen@ferrisregulatory.example.net"),
    "GUDID - new DI for KB-2 sensor 10-pack, MRI safety field", "2026-05-11 16:22 -0400",
    Text("""
        Hi Owen,

        We are adding a 10-pack of the KB-2 glucose sensor and I want to get
        the GUDID record right the first time.

        - Base package DI (01)00868512000418 = single sensor (existing)
        - New package DI (01)00868512000425 = 10 x single, quantity 10
        - GMDN term: "Continuous glucose monitoring system sensor"
        - MRI Safety Status: we currently say "MR Unsafe". Marketing asked
          whether we can leave it blank for the 10-pack. I assume no?
        - Lot or batch number and expiration date are both on the label, so
          production identifier flags = lot + expiry.

        Also, does a change in the number of sensors per pack need a new
        device identifier, or just a new package DI? I think package DI, but
        regulatory said to check with you.

        Thanks,
        Priyanka
        Priyanka Rao | Regulatory Affairs Specialist | Keelbrook Devices
        555-0127
        """))

add("msl-oncology-job-posting", "none",
    "job posting for an oncology medical science liaison; disease words only",
    ("Brackenwater Biosciences Talent", "careers@brackenwater-bio.example.com"),
    ("Oncology Pharmacy Network list", "onc-pharm-network@lists.example.org"),
    "[Job] Medical Science Liaison, Breast Oncology - Midwest (remote)", "2026-02-24 09:45 -0600",
    Alt("""
        Brackenwater Biosciences is hiring a Medical Science Liaison, Breast
        Oncology, covering IL, WI, MN and IA.

        What you'll do
        - Build scientific relationships with oncologists, oncology nurses and
          pharmacists at academic and community cancer centres
        - Present data on antibody-drug conjugates in HER2-low and
          triple-negative metastatic breast cancer
        - Support investigator-initiated research and our Phase 3 sites
        - Handle unsolicited medical information requests

        You have
        - PharmD, PhD, MD or NP/PA with oncology experience
        - 2+ years as MSL or in clinical oncology practice
        - Willingness to travel 60%%

        Salary range $168,000-$205,000 plus bonus. Apply at
        https://careers.brackenwater-bio.example.com/jobs/MSL-ONC-2611 or call
        our recruiter, Dana Oyelaran, at 555-0152.
        """.replace("%%", "%")))

add("vantrezi-approval-field-announcement", "none",
    "internal launch announcement of an invented oncology drug approval with efficacy data; no patient",
    ("Brackenwater Biosciences Communications", "comms@brackenwater-bio.example.com"),
    ("All Brackenwater Employees", "all@brackenwater-bio.example.com"),
    "VANTREZI is approved!", "2026-09-29 07:05 -0400",
    Alt("""
        Team,

        This morning the FDA approved VANTREZI (vantrezumab deruxatecan, an
        invented antibody-drug conjugate) for adults with unresectable or
        metastatic HER2-low breast cancer who have received at least one prior
        chemotherapy in the metastatic setting.

        The approval is based on the Phase 3 HORIZON-B trial (n=557):
        - median progression-free survival 9.6 vs 5.1 months
        - median overall survival 23.4 vs 16.8 months
        - interstitial lung disease in 11% of patients, including fatal cases;
          the label carries a boxed warning

        Field launch is October 13. Launch training starts next week, and the
        hub (Tidewell Support, 555-0188) goes live on October 6.

        Thank you to the 1,100 patients and their families who took part in our
        trials, and to everyone here who made this possible.

        Leah Fontaine
        Chief Executive Officer
        """))

add("copay-card-pharmacy-faq", "none",
    "pharmacy-facing co-pay card processing FAQ with BIN/PCN/group numbers and a drug name; no patient",
    ("GLYTREVO Savings Program", "savings-admin@scriptbridge-hub.example.net"),
    ("Pharmacy Operations", "pharmacy.ops@kindrx-pharmacy.example.com"),
    "GLYTREVO Savings Card - 2027 processing update for pharmacies", "2026-11-03 10:30 -0500",
    Text("""
        PHARMACY PROCESSING UPDATE - GLYTREVO Savings Card

        Effective January 1, 2027 the savings card will process as follows:

          BIN: 019876      PCN: GTSAVE      GROUP: 2GLY2027
          Member ID format: 11 digits starting with 8888

        - Submit as secondary to the patient's commercial insurance (COB
          segment required). The card is not valid for Medicare, Medicaid or
          other government programmes.
        - Maximum benefit $150 per 28-day fill, $1,800 per calendar year.
        - Reject 76 (plan limitations) from the primary plan: call the
          program help desk before reversing.

        Help desk for pharmacists: 555-0117, 8am-8pm ET.

        ScriptBridge Hub Services, administrator for the GLYTREVO Savings Program
        """))

add("alvena-ruta-visitas-semana-14", "none",
    "Spanish: pharma sales manager's weekly pharmacy visit route with product samples; no patient",
    ("Laura Méndez Ortega", "lmendez@laboratorios-alvena.example.es.test"),
    [("Equipo Comercial Zona Norte", "zona-norte@laboratorios-alvena.example.es.test")],
    "Ruta de visitas semana 14 – farmacias zona norte + muestras Dermalvi", "2026-03-27 18:12 +0100",
    Text("""
        Hola equipo:

        Os paso la ruta de la semana que viene. Javi, el martes te toca cubrir
        también a Marta, que está de formación en Barcelona.

        Lunes 30/03 – Farmacia Arriaga (Bilbao), Farmacia Goikoetxea, Farmacia
        del Puente. Llevar expositor nuevo de DERMALVI crema 50 g.
        Martes 31/03 – Barakaldo y Sestao (5 farmacias). Reponer muestras de
        DERMALVI y del champú anticaspa.
        Miércoles 01/04 – Reunión de ventas por videollamada, 9:30 h. Traed los datos
        de sell-out del trimestre.
        Jueves 02/04 – Getxo y Leioa. La titular de la Farmacia Uribe quiere una
        charla para su equipo sobre dermatitis atópica; Sergio, ¿te encargas?

        Recordad: las muestras de medicamentos con receta solo se entregan a
        médicos, nunca en el mostrador de la farmacia. Registrad cada entrega en
        la app con el número de lote.

        Cualquier cosa, al móvil: 655 50 01 31.

        Un saludo,
        Laura Méndez
        Jefa de Zona Norte – Laboratorios Alvena
        """, cs="windows-1252", cte="8bit"), lang="es", hcs="windows-1252")

add("alferis-product-briefing-ja", "none",
    "Japanese: pharma MR's invitation to a clinic for a new hypertension drug briefing; no patient",
    ("白峰製薬 佐藤 健一", "k.sato@shiramine-pharma.example.jp.test"),
    ("事務長 様", "jimu@shirakaba-clinic.example.jp.test"),
    "【ご案内】新製品説明会（アルフェリス錠）のお願い", "2026-05-18 10:20 +0900",
    Text("""
        しらかば通りクリニック
        事務長 様

        いつも大変お世話になっております。
        白峰製薬の佐藤でございます。

        さて、このたび弊社では高血圧症治療薬「アルフェリス錠 5mg／10mg」を
        発売いたしました。つきましては、先生方およびスタッフの皆様に
        新製品説明会をお願いできればと存じます。

        　日時：6月4日（木）または6月11日（木）12:30〜13:00
        　内容：製品概要、臨床試験成績、安全性情報（約15分）
        　※お弁当をご用意いたします

        ご都合のよろしい日をお知らせいただけますと幸いです。
        何卒よろしくお願い申し上げます。

        白峰製薬株式会社　東京第二営業所
        佐藤 健一（MR）
        TEL 03-5550-0147
        """, cs="iso-2022-jp", cte="7bit"), lang="ja", hcs="iso-2022-jp")

add("rep-weekly-report-cardiology-zh", "none",
    "Chinese: pharma rep's weekly sales report naming hospital doctors visited and prescription volumes; no patient",
    ("陈晓东", "chen.xiaodong@herun-pharma.example.cn.test"),
    ("刘经理", "liu.manager@herun-pharma.example.cn.test"),
    "第12周工作周报 – 心内科线", "2026-03-20 21:36 +0800",
    Text("""
        刘经理您好：

        本周工作汇报如下：

        一、拜访情况
        1. 市第一人民医院心内科：拜访王主任、李医生、赵医生。王主任对我们
           新出的他汀联合用药数据比较认可，答应下月科室会给我们15分钟讲课。
        2. 第三人民医院：药剂科张科长说下季度药事会会讨论我们的产品进院，
           需要补充一份药物经济学资料。
        3. 社区卫生服务中心（东湖街道）：带量采购后用量稳定。

        二、销量
        本周纯销 1,860 盒，完成月指标的 68%。竞品降价 8%，对我们的二级医院
        有一定冲击。

        三、下周计划
        周二科室会，周四陪同医学部同事拜访李医生，周五参加市心血管年会
        展台布置。

        如有问题请随时联系，电话 138-5550-0126。

        陈晓东
        禾润医药 城东区
        """, cs="utf-8", cte="base64"), lang="zh")

add("talvipren-chargenrueckruf", "none",
    "German: manufacturer's lot recall letter to pharmacies for an invented drug with PZN and batch numbers; no patient",
    ("Dr. Anja Lehmann - Arzneimittelsicherheit", "pharmakovigilanz@velmar-pharma.example.de.test"),
    ("Apotheken Vertriebsgebiet Süd", "apotheken-sued@velmar-pharma.example.de.test"),
    "Wichtige Information: Chargenrückruf Talvipren 20 mg Filmtabletten", "2026-06-09 08:15 +0200",
    Text("""
        Sehr geehrte Damen und Herren,

        in Abstimmung mit der zuständigen Behörde ruft die Velmar Pharma GmbH
        vorsorglich folgende Chargen zurück:

          Talvipren 20 mg Filmtabletten, N1 (30 St.), PZN 18204417
          Ch.-B. 25K0431 (verw. bis 10/2027)
          Ch.-B. 25K0432 (verw. bis 10/2027)

        Grund: Bei der Stabilitätsprüfung wurde in einer Rückstellmuster-Charge
        ein erhöhter Gehalt an Abbauprodukten festgestellt. Ein Risiko für
        Patientinnen und Patienten ist nach derzeitigem Kenntnisstand nicht
        zu erwarten; ein Rückruf auf Patientenebene ist nicht erforderlich.

        Bitte prüfen Sie Ihren Lagerbestand und senden Sie die betroffenen
        Packungen mit dem beigefügten Retourenschein an unseren Großhandels-
        partner. Die Gutschrift erfolgt zum Apothekeneinkaufspreis.

        Für Rückfragen: 089 5550 0163 (Mo-Fr 8-17 Uhr)

        Mit freundlichen Grüßen
        Dr. Anja Lehmann
        Stufenplanbeauftragte, Velmar Pharma GmbH
        """, cs="iso-8859-1", cte="quoted-printable"), lang="de", hcs="iso-8859-1")

add("psur-aggregate-ae-table", "none",
    "periodic safety report draft with aggregate adverse-event counts by organ class, including fatal cases; no individual",
    ("Halvern Aggregate Reporting", "aggregate.reports@" + HALVERN),
    ("Safety Review Team", "safety-review@" + HALVERN),
    "DRAFT PBRER GLYTREVO #4 - cumulative tables for review", "2026-10-05 15:40 -0400",
    Mixed(Text("""
        Colleagues,

        Attached are the cumulative and interval tables for PBRER #4
        (data lock point 2026-08-31). Please review before Thursday's SRT.

        Interval: 4,318 case reports (1,107 serious), estimated exposure
        612,000 patient-years. Cumulative fatal outcomes: 41, none assessed
        as related by the company.

        Signals under evaluation: acute pancreatitis (ongoing), diabetic
        retinopathy complications (closed, no new risk).

        Aggregate Reporting
        """),
        Att("PBRER4_interval_SOC.csv", csv_text([
            ["system_organ_class", "interval_total", "interval_serious", "cumulative_total"],
            ["Gastrointestinal disorders", "1921", "212", "7640"],
            ["Metabolism and nutrition disorders", "388", "97", "1402"],
            ["Hepatobiliary disorders", "141", "88", "512"],
            ["Nervous system disorders", "407", "61", "1550"],
            ["Injury, poisoning and procedural complications", "612", "44", "2210"],
            ["Eye disorders", "96", "31", "355"],
            ["General disorders and administration site conditions", "753", "574", "2984"],
        ]), "text/csv", cs="us-ascii", cte="quoted-printable")))

add("vaccine-shipment-temperature-excursion", "none",
    "distributor's cold-chain excursion report for a vaccine shipment with lot and logger IDs; no patient",
    ("ColdPath Logistics QA", "qa@coldpath-logistics.example.net"),
    ("Pharmacy - Vaccines", "vaccines@marlowcounty-health.example.gov.test"),
    "Temperature excursion - shipment CP-884120, influenza vaccine lot FLX2611A", "2026-09-14 11:08 -0500",
    Text("""
        Hello,

        The data logger in shipment CP-884120 (delivered 09/12, 3 cartons,
        influenza vaccine quadrivalent, lot FLX2611A, 600 doses) recorded a
        temperature excursion:

          Logger ID: TL-4471-0921
          Max temperature: 9.4 C for 47 minutes (allowed range 2-8 C)
          Time of excursion: 09/12 06:51-07:38, during the transfer at the
          regional hub

        Please keep the product quarantined at 2-8 C and labelled "Do not
        use". We have sent the logger file to the manufacturer's stability
        team; they usually reply within 2 business days with a use / discard
        decision.

        ColdPath Logistics Quality Assurance | 555-0109
        """))

# phi from the same businesses

add("ae-intake-pancreatitis-dob", "phi",
    "drug-safety intake case: patient identified by initials and DOB, suspect drug, hospitalisation for pancreatitis and lipase",
    ("Halvern Drug Safety Intake", "pv.intake@" + HALVERN),
    ("Case Processing", "case.processing@" + HALVERN),
    "New AE case HV-2026-004417 - GLYTREVO - serious (hospitalization)", "2026-03-04 13:27 -0500",
    Text("""
        NEW CASE - triage complete, please book-in within 24h

        Case no.: HV-2026-004417
        Received: 2026-03-04 11:52 ET via field rep (T. Marlowe)
        Reporter: office nurse for Dr. Ingrid Lindqvist, Gullwing Pulmonary
                  Associates, 555-0136 (consent to contact: yes)

        Patient: female, initials M.K., DOB 1961-08-23, weight ~92 kg
        Suspect product: GLYTREVO 1 mg SC weekly, started 2026-01-09,
                         lot GT25K0771
        Concomitant: metformin ER 1000 mg daily, lisinopril 20 mg

        Event: severe epigastric pain 2026-02-28, admitted to Rookwood
        Regional 2026-03-02 with acute pancreatitis. Lipase 1,240 U/L.
        CT: interstitial edematous pancreatitis, no gallstones.
        Action taken: GLYTREVO withdrawn. Outcome: recovering, still in
        hospital at time of report.

        Seriousness: hospitalization. Expectedness: listed.
        Follow-up requested: discharge summary, triglycerides, alcohol hx.
        """))

add("msl-forward-renal-dosing-question", "phi",
    "MSL forwards a doctor's question about one named patient with DOB, eGFR and oncology drug dosing",
    ("Dr. Jonah Whitaker", "jonah.whitaker@brackenwater-bio.example.com"),
    ("Medical Information", "medinfo@brackenwater-bio.example.com"),
    "FW: question re VANTREZI dosing - pt with CKD", "2026-11-12 08:03 -0600",
    Text("""
        Med Info team - unsolicited request from Dr. Grace Cho, please log as
        an MIR and respond to her directly. She included more detail than I'd
        like, so please handle this as sensitive.

        Jonah

        -----Original Message-----
        From: Grace Cho MD <gcho@harlowcancer.example.org>
        Sent: Wednesday, November 11, 2026 7:48 PM
        To: Jonah Whitaker
        Subject: question re VANTREZI dosing

        Hi Jonah, quick one. I have a patient, Eleanor Whitcombe (DOB
        11/02/1947), HER2-low metastatic breast ca, 2 prior lines, ready to
        start VANTREZI next week. Her eGFR dropped to 28 last month. Any data
        on dosing below 30? The label only mentions mild-moderate. Also she had
        grade 1 pneumonitis on a prior agent, does that change anything?

        Thanks, Grace
        """))

add("kb2-sensor-complaint-er-visit", "phi",
    "device complaint record naming a customer with DOB: sensor misread, hypoglycaemia and emergency treatment",
    ("Keelbrook Complaint Handling", "complaints@keelbrook-devices.example.com"),
    ("Post-Market Surveillance", "pms@keelbrook-devices.example.com"),
    "Complaint CMP-26-10488 - KB-2 sensor - possible MDR (injury)", "2026-06-30 17:19 -0400",
    Text("""
        Complaint CMP-26-10488 - escalated for MDR decision

        Customer: Darnell Fisk, DOB 06/14/1988, Tulsa OK
        Contact: via customer care call 06/29, callback 555-0131
        Device: KB-2 glucose sensor, lot KB2-25L0912, serial 2L0912-08841
        Reader app 3.8.1 on Android

        Description: sensor displayed 112 mg/dL with no low alert at approx
        02:10 on 06/28. Customer's wife found him confused and sweaty;
        fingerstick 48 mg/dL. EMS gave IV dextrose and he was taken to the ER,
        released the same morning. He uses insulin glargine and lispro.

        Sensor returned for analysis: yes, RMA 88120 sent.
        Initial assessment: potential injury, MDR likely reportable within
        30 days. Please review.
        """))

add("samples-for-mrs-alvarez", "phi",
    "rep asks her manager about leaving inhaler samples for a named patient who cannot afford her COPD medicine",
    TESS, ("Grant Ellery", "gellery@" + HALVERN),
    "sample question - specific patient", "2026-03-16 12:44 -0500",
    Text("""
        Grant, quick compliance q before I do anything.

        Dr. Okafor's office asked if I can leave extra QUORVELA samples
        "for Mrs. Alvarez" - Gloria Alvarez, one of his COPD patients who
        can't afford her inhaler until her Medicare Part D plan starts in May.
        They want like 3 months' worth set aside for her.

        I know samples go to the practice and not a named patient, so I told
        them I'd check. Should I point them to the patient assistance program
        instead? I don't want to write her name in CRM.

        T.
        """))

add("pap-enrollment-approval-greer", "phi",
    "patient-assistance hub confirms free-drug enrolment for a named patient with DOB and oncology drug; PDF letter",
    ("Tidewell Support Hub", "hub@tidewell-support.example.net"),
    ("Harlow Cancer Institute - Infusion Pharmacy", "infusion.rx@harlowcancer.example.org"),
    "Tidewell enrollment approved - case BP-104772", "2026-10-20 14:55 -0500",
    Mixed(Text("""
        Hello,

        Enrollment in the Tidewell Patient Assistance Program is approved.
        Details are in the attached letter. The first shipment will go to the
        infusion pharmacy on 10/23 by priority overnight.

        Tidewell Support, 555-0188 (M-F 8am-8pm CT)
        """),
        Att("BP-104772_approval_letter.pdf", make_pdf([
            "Tidewell Patient Assistance Program - Enrollment Approval",
            "Case: BP-104772          Date: 10/20/2026",
            "Patient: Samuel Greer    DOB: 05/19/1970",
            "Diagnosis: metastatic breast cancer, HER2-low (C50.922)",
            "Product: VANTREZI 100 mg vial, 5.4 mg/kg IV every 3 weeks",
            "Prescriber: Grace Cho, MD - Harlow Cancer Institute",
            "Eligibility period: 10/20/2026 - 10/19/2027 (free drug)",
            "Ship to: Harlow Cancer Institute Infusion Pharmacy",
        ], compress=False), "application/pdf")))

add("copay-card-reject-nandakumar", "phi",
    "specialty pharmacy asks a savings-card hub about a rejected claim for a named patient, card ID and diabetes drug",
    ("Quillmore Specialty Pharmacy", "benefits@quillmore-specialty.example.com"),
    ("GLYTREVO Savings Program", "savings-admin@scriptbridge-hub.example.net"),
    "Rejected secondary claim - card ID 88880412931", "2026-02-11 10:17 -0600",
    Text("""
        Hi,

        We're getting a reject on the savings card as secondary for this
        patient and the help desk line has a 45 min hold.

        Patient: Priya Nandakumar
        Card ID: 88880412931, BIN 019876 / PCN GTSAVE / GRP 2GLY2026
        Rx: GLYTREVO 2 mg/0.75 mL pen, qty 4 (28 days)
        Primary paid, patient responsibility $412.18
        Secondary reject: 76 - plan limitations exceeded

        She says this is only her second fill this year. Can you look at the
        accumulator? She's due today.

        Thanks,
        Kyle Brandvold, CPhT
        Quillmore Specialty Pharmacy | 555-0148
        """))

add("bao-cao-adr-phat-ban-vi", "phi",
    "Vietnamese: hospital pharmacist's adverse drug reaction report to the manufacturer with patient initials, birth year and patient code",
    ("Khoa Dược – BV Đa khoa Hòa Vĩnh", "khoaduoc@bvhoavinh.example.vn.test"),
    ("Phòng Cảnh giác dược", "canhgiacduoc@minhlam-pharma.example.vn.test"),
    "Báo cáo ADR – BN Nguyễn Thị H. (mã BN 26-004518)", "2026-07-08 15:30 +0700",
    Text("""
        Kính gửi Phòng Cảnh giác dược,

        Khoa Dược Bệnh viện Đa khoa Hòa Vĩnh xin gửi báo cáo phản ứng có hại
        của thuốc (ADR) như sau:

        – Bệnh nhân: Nguyễn Thị H., nữ, sinh năm 1958, mã BN 26-004518,
          khoa Nội tiết.
        – Thuốc nghi ngờ: Metavira XR 750 mg (lô GX250314), uống 1 viên/ngày
          từ 28/06/2026.
        – Phản ứng: ngày 05/07 xuất hiện ban đỏ toàn thân, ngứa nhiều, không
          sốt. Đã ngừng thuốc, điều trị bằng kháng histamin, đỡ sau 48 giờ.
        – Mức độ: không nghiêm trọng. Bệnh nhân vẫn đang nằm viện điều trị
          đái tháo đường.

        Mẫu báo cáo ADR đầy đủ đã gửi kèm qua hệ thống. Nếu cần thêm thông
        tin, xin liên hệ DS. Trần Minh Quân, ĐT 028 5550 0142.

        Trân trọng,
        Khoa Dược
        """, cs="utf-8", cte="base64"), lang="vi")

add("bup-er-injection-shipment-brandt", "restricted",
    "specialty pharmacy schedules a named patient's extended-release buprenorphine injection shipment to his clinic (substance-use treatment)",
    ("Marrowfield Specialty Pharmacy - Clinic Services", "clinicservices@marrowfield-specialty.example.com"),
    ("Saltmarsh Recovery Clinic - Nursing", "nursing@saltmarshrecovery.example.org"),
    "Shipment confirmation - Tyler Brandt - administration 4/14", "2026-04-09 16:02 -0400",
    Text("""
        Hello Saltmarsh Recovery nursing team,

        This confirms the shipment for your patient below. Product is
        refrigerated; please store at 2-8 C on arrival.

        Patient: Tyler Brandt   DOB: 02/09/1994
        Drug: buprenorphine extended-release injection 300 mg/1.5 mL, qty 1
        Prescriber: Dr. Marcus Vance (DEA %s)
        Ship date: 04/10/2026 via courier, tracking 1Z55W0194477
        Administration appointment per your note: 04/14 at 10:30

        REMS reminder: for healthcare-setting administration only; do not
        dispense to the patient.

        Marrowfield Specialty Pharmacy, clinic line 555-0183
        """ % DEA_VANCE), cat="sud")

add("naltrexone-er-bv-quintero", "restricted",
    "hub benefits-verification for a named patient's naltrexone injection for alcohol use disorder with ICD-10 code (substance-use treatment)",
    ("Access Connect Hub", "bv@accessconnect-hub.example.net"),
    ("Thistlewood Behavioral Health - Intake", "intake@thistlewoodbh.example.org"),
    "Benefits verification complete - Quintero, Marisol", "2026-05-22 11:41 -0500",
    Alt("""
        Benefits Verification Summary

        Patient: Marisol Quintero   DOB: 09/30/1983
        Insurance: Granite Peak Health Plan PPO, member ID GPH772041836
        Product: naltrexone for extended-release injectable suspension 380 mg
        Diagnosis on enrollment form: F10.20 alcohol use disorder, moderate
        Prior authorization: APPROVED, PA# 26-PA-118804, valid 05/21/2026-11/20/2026
        Coverage: medical benefit (buy-and-bill) or specialty pharmacy
        Estimated patient cost: $40 per injection after deductible

        Next step: choose specialty pharmacy or buy-and-bill on the portal.
        Access Connect case manager: Lena Hoyt, 555-0106
        """), cat="sud")

add("art-copay-assistance-whitley", "restricted",
    "foundation grant confirmation for a named patient's antiretroviral therapy with member ID (HIV)",
    ("Lanternway Patient Foundation", "grants@lanternway-foundation.example.org"),
    ("Juniper Street Community Health - Pharmacy Benefits", "rxbenefits@juniperchc.example.org"),
    "Re: copay grant renewal - Andre Whitley", "2026-01-14 09:26 -0500",
    Text("""
        Hi Marisa,

        Good news, Andre's grant for 2026 is renewed:

          Patient: Andre Whitley
          Insurance member ID: LMH-30428817-01
          Fund: HIV treatment and prevention fund
          Medication: bictegravir/emtricitabine/tenofovir alafenamide,
                      1 tab daily
          Grant: up to $7,500, 01/01/2026-12/31/2026
          Grant ID: PPF-HIV-26-004911

        Pharmacy billing info is the same as last year (BIN 600471,
        PCN PPFHIV, group 26HIV).

        Thanks,
        Deshawn Carter
        Patient Services, Lanternway Patient Foundation | 555-0122

        > On Jan 13, 2026, Marisa Ruiz wrote:
        > Can you check on the renewal for Andre? His HIV med refill is due
        > next week and the pharmacy says the grant expired.
        """), cat="hiv")

# ---- health insurers, TPAs, brokers and HR benefits

HV = "hollinsvey.example.com"
CORBIN = "corbinlogistics.example.com"
MERIDALE = "meridale-tpa.example.com"
GRANITE = "granitepeak-health.example.com"
BROKER = ("Nadia Ferrante", "nferrante@" + HV)
HRDIR = ("Paul Skerritt", "pskerritt@" + CORBIN)
BENEFITS = ("Corbin Benefits Team", "benefits@" + CORBIN)
ALLCORBIN = ("All Corbin Employees", "everyone@" + CORBIN)

add("broker-renewal-quote-2027", "none",
    "benefits broker's group renewal quote with plan names, premiums and an aggregate loss ratio; no individual",
    BROKER, HRDIR, "Corbin Logistics - 1/1/2027 medical renewal (first look)", "2026-09-03 16:48 -0500",
    Text("""
        Hi Paul,

        Granite Peak released the 1/1/2027 renewal today. Headline is +7.8%
        on medical, which is better than the +11.5% they floated in July.

        Plan                  2026 EE-only  2027 EE-only   2027 Family
        Corbin PPO 1500         $  688.14     $  741.81     $ 2,003.09
        Corbin HDHP 3200 HSA    $  512.60     $  552.58     $ 1,491.97
        Corbin EPO 750          $  731.02     $  788.04     $ 2,127.71

        Drivers, per the carrier: 84% incurred loss ratio over the last 12
        months (target 82%), specialty Rx trend +19%, and the state-mandated
        fertility benefit that kicks in for fully insured groups in 2027.

        Options we can model before our 9/17 meeting:
          - move the PPO deductible from $1,500 to $2,000 (-3.1%)
          - add a specialty Rx carve-out (-1.5% to -2.4%, needs PBM RFP)
          - go out to market (Lakeshore Mutual and one other)

        Call me when you've had a look.

        Nadia Ferrante | Senior Account Executive | Hollins & Vey Benefits
        555-0124 | nferrante@hollinsvey.example.com
        """))

add("open-enrollment-2027-plan-grid", "none",
    "HR open-enrolment announcement to all employees with plan copays by CPT code; no individual",
    BENEFITS, ALLCORBIN, "Open Enrollment is Nov 2-13: what's changing for 2027", "2026-10-26 08:00 -0500",
    Alt("""
        Open Enrollment runs November 2-13. If you do nothing, you keep your
        2026 medical, dental and vision elections, but your FSA and HSA
        contributions reset to $0, so please log in.

        What's changing for 2027
        - Fertility and family-building benefit added to all medical plans
        - Virtual mental-health visits: $0 on every plan
        - Specialty drugs move to a 4th tier (20% up to $250 per fill)

        Copays (in-network)
        Service                            PPO 1500   HDHP 3200*   EPO 750
        Primary care visit (99213)         $25        20%          $20
        Specialist visit (99214)           $50        20%          $40
        Urgent care (S9083)                $60        20%          $50
        Emergency room (99284)             $350       20%          $300
        Screening colonoscopy (45378)      $0         $0           $0
        Generic Rx, 30 days                $10        20%          $10
        * after deductible

        Benefits fair: Nov 4, 11:00-2:00, Fenton warehouse break room.

        Questions: benefits@corbinlogistics.example.com or 555-0171.
        Corbin Benefits Team
        """, """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Open Enrollment 2027</title></head>
        <body style="font-family:Segoe UI,Arial,sans-serif">
        <h2 style="color:#1b4f72">Open Enrollment: November 2&ndash;13</h2>
        <p>If you do nothing, you keep your 2026 medical, dental and vision elections, but your
        <b>FSA and HSA contributions reset to $0</b>, so please log in.</p>
        <h3>What's changing for 2027</h3>
        <ul><li>Fertility and family-building benefit added to all medical plans</li>
        <li>Virtual mental-health visits: $0 on every plan</li>
        <li>Specialty drugs move to a 4th tier (20% up to $250 per fill)</li></ul>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#d6eaf8"><th>Service</th><th>PPO 1500</th><th>HDHP 3200*</th><th>EPO 750</th></tr>
        <tr><td>Primary care visit (99213)</td><td>$25</td><td>20%</td><td>$20</td></tr>
        <tr><td>Specialist visit (99214)</td><td>$50</td><td>20%</td><td>$40</td></tr>
        <tr><td>Urgent care (S9083)</td><td>$60</td><td>20%</td><td>$50</td></tr>
        <tr><td>Emergency room (99284)</td><td>$350</td><td>20%</td><td>$300</td></tr>
        <tr><td>Screening colonoscopy (45378)</td><td>$0</td><td>$0</td><td>$0</td></tr>
        <tr><td>Generic Rx, 30 days</td><td>$10</td><td>20%</td><td>$10</td></tr>
        </table>
        <p><small>* after deductible</small></p>
        <p>Benefits fair: Nov 4, 11:00&ndash;2:00, Fenton warehouse break room.</p>
        <p>Questions: <a href="mailto:benefits@corbinlogistics.example.com">benefits@corbinlogistics.example.com</a> or 555-0171.</p>
        </body></html>
        """, cte="quoted-printable"))

add("fertility-benefit-explainer", "none",
    "HR explains the new fertility/IVF and egg-freezing coverage to all employees; general benefit information, no individual",
    BENEFITS, ALLCORBIN, "New for 2027: fertility & family-building benefits (FAQ)", "2026-10-28 10:15 -0500",
    Text("""
        Hi everyone,

        We've had a lot of questions about the new fertility and
        family-building benefit, so here is a short FAQ.

        Who is eligible? Anyone enrolled in a Corbin medical plan, and their
        covered spouse or partner. You do not need a diagnosis of infertility.

        What's covered?
          - fertility testing and consultations
          - IUI and IVF, including medications, up to a $25,000 lifetime
            maximum
          - egg or sperm freezing (including for medical reasons such as
            before cancer treatment)
          - adoption and surrogacy reimbursement up to $10,000

        How do I start? Call the Nestlight Fertility navigator line at
        555-0150 or register at https://corbin.nestlight.example.net. A care
        advocate will explain the pre-authorization steps.

        Is it private? Yes. Nestlight and Granite Peak handle your claims.
        The Corbin Benefits Team never sees your diagnosis or treatment, and
        you don't need to tell your manager anything beyond normal time-off
        requests.

        Corbin Benefits Team
        """))

add("mental-health-month-eap-reminder", "none",
    "all-staff reminder about EAP counselling sessions and the crisis line; general information, no individual",
    ("Corbin People & Culture", "people@" + CORBIN), ALLCORBIN,
    "May is Mental Health Awareness Month - your EAP is free and confidential", "2026-05-01 07:30 -0500",
    Alt("""
        Hi all,

        A reminder that every Corbin employee and household member can use the
        Employee Assistance Program (EAP) through ClearHarbor EAP:

          - up to 6 free counselling sessions per issue, per year (in person,
            video or phone)
          - help with stress, anxiety, grief, relationships, substance use,
            parenting and eldercare
          - legal and financial consultations

        Call 555-0199 any time, 24/7, or visit https://clearharbor-eap.example.com
        (company code: CORBIN). Corbin does not receive the names of people who
        use the EAP, only an anonymous usage count once a year.

        If you or someone you know is in crisis, call or text 988.

        Lunchtime session: "Managing stress during peak season", May 14,
        12:15 pm, video call.

        People & Culture
        """))

add("plan-comparison-cpt-hcpcs-grid", "none",
    "broker sends a plan comparison CSV with CPT/HCPCS codes, copays and coinsurance; no individual",
    BROKER, [HRDIR, ("Mina Castellanos", "mcastellanos@" + CORBIN)],
    "Side-by-side: Granite Peak vs Lakeshore Mutual (by service code)", "2026-09-15 11:02 -0500",
    Mixed(Text("""
        Paul, Mina - attached is the side-by-side we talked about, priced by
        service code so you can see where the Lakeshore quote is really
        cheaper. Rows in the 'note' column are my comments.

        Headline: Lakeshore is 4.6% cheaper on premium but has higher
        imaging and specialty-drug cost sharing.

        Nadia
        """),
        Att("GP_vs_LM_2027_by_code.csv", csv_text([
            ["service", "code", "granite_peak_ppo1500", "lakeshore_ppo2000", "note"],
            ["Office visit, established", "CPT 99213", "$25 copay", "$30 copay", ""],
            ["Specialist visit", "CPT 99214", "$50 copay", "$60 copay", ""],
            ["MRI brain w/o contrast", "CPT 70551", "20% after ded", "30% after ded", "imaging higher"],
            ["Physical therapy eval", "CPT 97161", "$40 copay", "$40 copay", "30 visits/yr both"],
            ["Psychotherapy 60 min", "CPT 90837", "$25 copay", "$30 copay", "parity applies"],
            ["Ambulance, ALS emergency", "HCPCS A0427", "$250", "20% after ded", ""],
            ["Insulin pump", "HCPCS E0784", "20% after ded", "30% after ded", "DME"],
            ["Continuous glucose monitor", "HCPCS A9276", "20% after ded", "pharmacy benefit", ""],
            ["Specialty drug tier", "n/a", "20% to $250", "30% to $400", "biggest gap"],
        ]), "text/csv", cs="utf-8", cte="quoted-printable")))

add("q3-claims-experience-report", "none",
    "actuarial consultant's aggregate claims-cost report (PMPM, top conditions, count of high-cost claimants, no claimant detail)",
    ("Westmark Actuarial", "reports@westmark-actuarial.example.net"), HRDIR,
    "Corbin Logistics - Q3 2026 medical & Rx experience report", "2026-10-19 13:15 -0500",
    Mixed(Text("""
        Paul,

        Attached is the Q3 2026 experience report for the Corbin self-funded
        plan. Summary:

          Members (avg): 2,214    Employees: 1,031
          Medical + Rx PMPM: $612.40 (+6.9% vs Q3 2025)
          Top spend categories: cancer 14%, musculoskeletal 12%,
            cardiovascular 9%, mental health and substance use 7%,
            diabetes 6%, maternity 6%
          High-cost claimants (>$100k paid, rolling 12 mo): 9, together 23%
            of paid claims

        As usual, no claimant-level information is included in this report;
        that sits with the TPA and the stop-loss carrier.

        Regards,
        Theo Brandauer, FSA | Westmark Actuarial | 555-0158
        """),
        Att("Corbin_Q3_2026_experience.pdf", make_pdf([
            "Westmark Actuarial - Corbin Logistics Self-Funded Plan - Q3 2026",
            "Average members 2,214; employees 1,031; PMPM $612.40 (+6.9%)",
            "Spend by category: cancer 14%, MSK 12%, CV 9%, MH/SUD 7%, diabetes 6%,",
            "maternity 6%, all other 46%.",
            "High-cost claimants > $100k: 9 (23% of paid). No claimant detail.",
            "Generic dispensing rate 88.1%; specialty Rx 47% of Rx spend.",
            "ER visits per 1,000: 164; inpatient admits per 1,000: 52.",
        ], compress=True, title="Q3 2026 experience"), "application/pdf")))

add("network-adequacy-filing-behavioral", "none",
    "insurer's network-adequacy filing to a state regulator with counts of psychiatrists and OB/GYNs per county; aggregate",
    ("Granite Peak Regulatory Compliance", "regulatory@" + GRANITE),
    ("Network Adequacy Unit", "network.adequacy@insurance.state.example.gov.test"),
    "2027 network adequacy filing - GPHP Individual Market (filing GPHP-134420)", "2026-06-30 16:55 -0600",
    Mixed(Text("""
        Attached please find Granite Peak Health Plan's 2027 network adequacy
        data for the individual market, tracking number GPHP-134420.

        Two counties (Ransom and Kittle) do not meet the time-and-distance
        standard for outpatient psychiatry. We are requesting an exception
        and describe our telehealth and single-case agreement approach in
        Exhibit 4.

        Contact: Julia Marsh, Regulatory Compliance Manager, 555-0138
        """),
        Att("GPHP_2027_NA_summary.csv", csv_text([
            ["county", "specialty", "contracted_providers", "pct_members_within_standard", "standard_met"],
            ["Alder", "Psychiatry", "42", "99.1", "Y"],
            ["Alder", "OB/GYN", "61", "99.8", "Y"],
            ["Ransom", "Psychiatry", "2", "71.4", "N"],
            ["Ransom", "OB/GYN", "5", "93.0", "Y"],
            ["Kittle", "Psychiatry", "1", "64.9", "N"],
            ["Kittle", "Substance use disorder treatment", "3", "90.2", "Y"],
            ["Kittle", "Oncology - medical", "4", "91.7", "Y"],
        ]), "text/csv", cs="us-ascii", cte="7bit")))

add("provider-directory-adds-nov", "none",
    "insurer sends its directory vendor a CSV of newly contracted doctors with NPIs and specialties; no patient",
    ("Granite Peak Provider Data", "provider.data@" + GRANITE),
    ("DirectoryPro Support", "loads@directorypro.example.net"),
    "Directory load 2026-11-A: 6 adds, 2 terms", "2026-11-02 09:12 -0600",
    Mixed(Text("""
        Hi DirectoryPro team,

        Please load the attached file into the production directory by
        11/05. The two terminations (row 7-8) should show "no longer in
        network" for 90 days, then drop.

        Thanks,
        Provider Data Management
        """),
        Att("gphp_directory_2026-11-A.csv", csv_text([
            ["action", "npi", "last_name", "first_name", "specialty", "practice", "city", "accepting_new", "phone"],
            ["ADD", NPI_PATEL, "Patel", "Raj", "Pulmonary Disease", "Gullwing Pulmonary Associates", "Alder", "Y", "555-0136"],
            ["ADD", NPI_LINDQVIST, "Lindqvist", "Ingrid", "Pulmonary Disease", "Gullwing Pulmonary Associates", "Alder", "Y", "555-0136"],
            ["ADD", NPI_CHO, "Cho", "Grace", "Medical Oncology", "Harlow Cancer Institute", "Alder", "N", "555-0145"],
            ["ADD", NPI_MBEKI, "Mbeki", "Thandiwe", "Psychiatry", "Thistlewood Behavioral Health", "Ransom", "Y", "555-0157"],
            ["ADD", NPI_REYES, "Reyes", "Antonio", "Obstetrics & Gynecology", "Sorrelgate Women's Health", "Kittle", "Y", "555-0161"],
            ["ADD", NPI_ABERNATHY, "Abernathy", "Helen", "Internal Medicine", "Oak Hollow Family Medicine", "Alder", "Y", "555-0103"],
            ["TERM", npi("175920381"), "Hollis", "Wade", "Family Medicine", "Wade Hollis MD PC", "Kittle", "N", "555-0113"],
            ["TERM", npi("116384209"), "Greaves", "Lorna", "Dermatology", "Greaves Dermatology", "Alder", "N", "555-0114"],
        ]), "text/csv", cs="utf-8", cte="base64")))

add("stop-loss-renewal-terms", "none",
    "stop-loss carrier's renewal terms with deductibles and an aggregate count of large claimants, no claimant detail",
    ("Ironbridge Re Underwriting", "underwriting@ironbridge-re.example.net"), BROKER,
    "Corbin Logistics - stop-loss renewal 1/1/2027 (Specific + Aggregate)", "2026-10-07 15:30 -0400",
    Text("""
        Nadia,

        Renewal terms for Corbin Logistics, effective 1/1/2027:

          Specific deductible: $150,000 (unchanged), 12/15 contract
          Specific rate: $78.42 PEPM (+9.9%)
          Aggregate attachment: 125% of expected, $14.8M min attachment
          Aggregate rate: $4.10 PEPM
          No lasers.

        Based on the TPA's disclosure, 3 claimants exceeded 50% of the
        specific deductible in the experience period. Claimant detail was
        reviewed under the disclosure statement and is not repeated here.

        Terms are valid through 11/15. Please send the signed disclosure
        statement update 10 days before binding.

        Regards,
        Colin Varga | Senior Underwriter | Ironbridge Re | 555-0173
        """))

add("eligibility-834-ref-segment", "none",
    "TPA eligibility-file format question about X12 834 segments with an obviously synthetic test record; no member",
    ("Rohan Mehta", "rmehta@" + MERIDALE), ("HRIS Integrations", "hris-integrations@" + CORBIN),
    "834 file - REF*0F and dependent INS segments failing", "2026-01-06 10:04 -0600",
    Text("""
        Hi team,

        The 01/05 834 file (CORBIN_834_20260105.x12) failed validation on
        3,118 of 3,120 records. Two problems:

        1) REF*0F (subscriber identifier) is sending the 6-digit employee ID
           instead of the 9-character member ID. Use the member_id column
           from the carrier extract, format GPH + 9 digits.

        2) Dependent INS segments have INS01=Y. For dependents it must be N,
           and INS02 the relationship code (01 spouse, 19 child).

        Expected loop, test data only:

          INS*N*19*021*28*A***FT~
          REF*0F*GPH000000000~
          NM1*IL*1*TESTDEPENDENT*ZZTEST****34*000000000~
          DMG*D8*19000101*U~

        Please resend by Thursday. Happy to jump on a call: 555-0186.

        Rohan Mehta | EDI Analyst | Meridale Benefit Administrators
        """))

add("id-card-proof-sample-member", "none",
    "ID-card print vendor's proof for approval with SAMPLE member data and Rx BIN; no real member",
    ("PrintWell Card Services", "proofs@printwell-cards.example.com"),
    ("Granite Peak Member Materials", "member.materials@" + GRANITE),
    "PROOF #3 for approval - GPHP 2027 commercial ID card", "2026-08-12 14:27 -0500",
    Mixed(Text("""
        Attached is proof #3 with the changes from Monday's call (new Rx
        group and the behavioral health line moved to the back).

        Please approve by 8/14 to keep the 11/1 mail date for 212,000 cards.

        Sandra Lowe | Account Manager | PrintWell | 555-0115
        """),
        Att("GPHP_2027_IDcard_proof3.pdf", make_pdf([
            "GRANITE PEAK HEALTH PLAN   PPO 1500     *** SAMPLE - NOT A VALID CARD ***",
            "Member: JANE Q SAMPLE        Member ID: GPH000000000",
            "Group: 000000   Rx BIN 004412  PCN GPRX  Rx GRP GPCOM27",
            "PCP $25  SPEC $50  UC $60  ER $350",
            "Back: Member services 555-0170  Behavioral health 555-0172",
            "Providers: submit claims to Granite Peak, PO Box 5501, Alder",
        ]), "application/pdf")))

add("hsa-fsa-2027-limits", "none",
    "HR mail on HSA/FSA contribution limits and eligible expenses; no individual",
    BENEFITS, ALLCORBIN, "2027 HSA and FSA limits + use-it-or-lose-it reminder", "2026-11-09 09:00 -0600",
    Text("""
        Quick numbers for 2027 planning:

          HSA (HDHP 3200 only): $4,400 self-only / $8,750 family, plus
            $1,000 catch-up if you're 55+. Corbin adds $500 / $1,000.
          Health FSA: $3,300. Carryover up to $660.
          Dependent care FSA: $7,500 per household.

        Reminder: 2026 health FSA claims must be incurred by 12/31. Eligible
        items include copays, prescriptions, contact lenses, sunscreen SPF 15+,
        first-aid kits and over-the-counter medicines. Submit receipts in the
        Meridale app.

        Corbin Benefits Team
        """))

add("onsite-biometric-screening-signup", "none",
    "employer invites all staff to an on-site cholesterol/glucose screening with a premium credit; aggregate reporting only",
    ("Corbin Wellness", "wellness@" + CORBIN), ALLCORBIN,
    "Earn your $300 premium credit: on-site biometric screenings Sept 9-11", "2026-08-24 08:45 -0500",
    Alt("""
        Screenings are back!

        Where: Fenton warehouse (Sept 9), HQ 3rd floor (Sept 10), Ridgeway
        terminal (Sept 11), 6:00 am - 2:00 pm
        What: finger-stick cholesterol and glucose, blood pressure, height,
        weight and waist, 15 minutes. Fasting 8 hours is recommended.
        Reward: $300 credit on your 2027 medical premium.

        Book a slot: https://corbin.vitalcheck.example.com/book

        Your results go to you and to VitalCheck, the screening vendor. Corbin
        receives only a group summary (for example, "31% of participants had
        blood pressure above 130/80") and never sees individual results.

        Corbin Wellness
        """))

add("lettre-info-mutuelle-mars", "none",
    "French: mutual insurer's member newsletter on new reimbursements (osteopathy, psychologist sessions, teleconsultation); no individual",
    ("Mutuelle Cèdre Santé", "lettre-info@cedre-sante.example.fr.test"),
    ("Adhérents Cèdre Santé", "adherents@cedre-sante.example.fr.test"),
    "Votre lettre d'information – mars 2026 : ce qui change pour vos remboursements",
    "2026-03-05 07:00 +0100",
    Alt("""
        Madame, Monsieur,

        Voici les nouveautés de votre contrat santé à partir du 1er avril 2026.

        Médecines douces : le forfait passe de 120 € à 180 € par an
        (ostéopathie, chiropraxie, sophrologie), dans la limite de 45 € par
        séance.

        Psychologue : en plus des séances prises en charge par l'Assurance
        Maladie, Cèdre Santé rembourse 4 séances supplémentaires par an, à
        hauteur de 50 € chacune, sur simple facture.

        Téléconsultation : toujours gratuite et illimitée, 24 h/24, avec
        notre partenaire MédiLien.

        Et n'oubliez pas : la campagne de vaccination contre la grippe
        commence le 15 octobre. Le vaccin est remboursé à 100 % pour les
        personnes de 65 ans et plus et pour les personnes à risque.

        Pour toute question : 01 55 50 01 46 (du lundi au vendredi, 9 h–18 h)
        ou votre espace adhérent.

        Bien cordialement,
        L'équipe Cèdre Santé

        Vous recevez ce message car vous êtes adhérent(e) de la Mutuelle
        Cèdre Santé. Se désabonner : https://www.cedre-sante.example.fr.test/desabonnement
        """, cs="utf-8", cte="quoted-printable"), lang="fr")

add("reajuste-plano-saude-empresarial", "none",
    "Portuguese: broker tells an employer's HR about the health plan's annual price adjustment and aggregate claims ratio; no individual",
    ("Ricardo Tavares - Ventobom Corretora", "ricardo.tavares@ventobomcorretora.example.com.br.test"),
    ("Fernanda Lima (RH)", "fernanda.lima@metalurgica-itapoa.example.com.br.test"),
    "Reajuste anual do plano de saúde - proposta da operadora", "2026-04-14 17:20 -0300",
    Text("""
        Oi Fernanda, tudo bem?

        A operadora mandou hoje a proposta de reajuste do contrato coletivo
        empresarial, com aniversário em junho:

        - Reajuste pedido: 14,2%
        - Sinistralidade dos últimos 12 meses: 82% (meta do contrato: 70%)
        - Principais causas, segundo a operadora: internações de alto custo,
          terapias (fisioterapia e fonoaudiologia) e exames de imagem

        Minha sugestão é a gente negociar em duas frentes:
        1. coparticipação de 30% em consultas e exames simples (limite de
           R$ 50 por procedimento), o que deve baixar o reajuste para uns 9%;
        2. programa de gestão de crônicos para diabetes e hipertensão, que a
           operadora oferece sem custo extra.

        Consegue uma reunião com o financeiro na quinta ou sexta? Te ligo
        amanhã para alinhar.

        Abraço,
        Ricardo Tavares
        Ventobom Corretora de Seguros
        (11) 5550-0139
        """, cs="iso-8859-1", cte="8bit"), lang="pt", hcs="iso-8859-1")

add("annual-health-checkup-notice-ko", "none",
    "Korean: HR notice to all staff about the annual company health check-up packages and hospitals; no individual",
    ("인사팀 복리후생 담당", "hr-welfare@hanbit-logis.example.kr.test"),
    ("전 직원", "all@hanbit-logis.example.kr.test"),
    "[공지] 2026년 임직원 종합건강검진 안내", "2026-04-06 09:30 +0900",
    Text("""
        임직원 여러분 안녕하세요. 인사팀입니다.

        2026년 임직원 종합건강검진을 아래와 같이 실시하오니, 기간 내에
        반드시 예약해 주시기 바랍니다.

        1. 대상: 전 임직원 (배우자 1인 포함, 배우자 비용은 50% 회사 지원)
        2. 기간: 2026년 5월 1일 ~ 11월 30일
        3. 검진기관: 한결숲병원 건강증진센터, 도담검진센터 (전국 지점 가능)
        4. 기본 항목: 혈액검사, 소변검사, 흉부 X-ray, 복부초음파,
           위내시경(수면 선택 가능), 갑상선초음파
        5. 선택 항목(1개): 대장내시경, 뇌 MRA, 관상동맥 CT, 유방초음파 중 택 1

        ※ 검진 결과는 본인에게만 통보되며, 회사에는 수검 여부만 전달됩니다.
        ※ 예약 문의: 복리후생 담당 02-555-0144

        감사합니다.
        """, cs="euc-kr", cte="base64"), lang="ko", hcs="euc-kr")

add("oe-webinar-calendar-invite", "none",
    "broker's calendar invitation to an open-enrolment Q&A webinar with dial-in numbers; no individual",
    BROKER, ALLCORBIN, "Invitation: 2027 Benefits Q&A webinar (Nov 5, 12:00 CT)", "2026-10-29 14:00 -0500",
    Mixed(Text("""
        Join Hollins & Vey and the Corbin Benefits Team for a 45-minute live
        Q&A on the 2027 plans: the new fertility benefit, the specialty drug
        tier, HSA vs PPO, and how to add a dependent.

        Thursday, November 5, 12:00-12:45 pm CT
        Join online: https://meet.hollinsvey.example.com/j/4471902
        Dial-in: 555-0177, access code 447 1902 #

        A recording will be posted on the benefits site.
        """),
        Att("benefits-qa-2027.ics", ics("oe2027-qa-4471902@hollinsvey.example.com",
            "2027 Benefits Q&A webinar", "20261105T180000Z", "20261105T184500Z",
            "https://meet.hollinsvey.example.com/j/4471902",
            "Dial-in 555-0177, access code 447 1902 #\nQuestions in advance: nferrante@hollinsvey.example.com",
            "nferrante@hollinsvey.example.com", stamp="20261029T190000Z"),
            "text/calendar", cs="utf-8", cte="7bit")))

add("cobra-admin-invoice-october", "none",
    "COBRA administrator's monthly invoice with per-employee fees and a count of notices; business billing, no individual",
    ("Meridale Billing", "billing@" + MERIDALE), ("Corbin Accounts Payable", "ap@" + CORBIN),
    "Invoice MBA-INV-55120 - COBRA & benefits administration, October 2026", "2026-11-01 06:00 -0500",
    Text("""
        Meridale Benefit Administrators - Invoice MBA-INV-55120
        Client: Corbin Logistics LLC (client no. 4410)
        Period: October 2026

        Medical claims administration   1,031 EE x $38.50 PEPM   $39,693.50
        COBRA administration            1,031 EE x $0.85 PEPM    $   876.35
        COBRA qualifying event notices  14 x $12.00              $   168.00
        HSA administration                312 x $2.75            $   858.00
        Total due                                                $41,595.85

        Due 11/15/2026 by ACH to account ending 7710. Remittance questions:
        billing@meridale-tpa.example.com, 555-0181.
        """))

add("dental-carrier-switch-faq", "none",
    "HR announces a dental and vision carrier change with orthodontia maximums and new ID cards; no individual",
    BENEFITS, ALLCORBIN, "Dental and vision are moving to Pearlgate on 1/1 - what you need to know", "2026-11-16 11:45 -0600",
    Text("""
        Starting January 1, dental and vision coverage moves from Parkline
        Dental to Pearlgate Dental & Vision. Premiums stay the same.

        - Cleanings and exams: still covered at 100%, twice a year
        - Fillings: 80% after the $50 deductible
        - Crowns and implants: 50%, annual maximum rises from $1,500 to $2,000
        - Orthodontia (children and adults): 50%, $2,000 lifetime maximum.
          Kids already in braces continue without a new waiting period.
        - Vision: one eye exam per year ($10), $180 frame allowance or
          contacts allowance

        New ID cards will arrive by December 20. Most dentists in the Alder
        area are in both networks; check https://pearlgate.example.com/find.

        Corbin Benefits Team | 555-0171
        """))

add("ibnr-lag-triangle-sept", "none",
    "actuary's claims lag triangle CSV for IBNR reserving; aggregate dollars, no individual",
    ("Theo Brandauer", "tbrandauer@westmark-actuarial.example.net"),
    ("Corbin Finance", "finance@" + CORBIN),
    "IBNR estimate as of 9/30 + lag triangle", "2026-10-09 10:26 -0500",
    Mixed(Text("""
        Hi all,

        Our IBNR estimate for the Corbin medical plan as of 9/30/2026 is
        $2,184,000 (range $1.96M-$2.41M), up from $2.02M at 6/30, mainly
        because of slower processing at the TPA in August.

        Triangle attached (paid claims in $000 by incurred month and lag).

        Theo
        """),
        Att("corbin_lag_triangle_2026-09.csv", csv_text([
            ["incurred_month", "lag0", "lag1", "lag2", "lag3", "lag4", "lag5"],
            ["2026-04", "301", "612", "144", "41", "17", "6"],
            ["2026-05", "288", "640", "151", "39", "14", ""],
            ["2026-06", "312", "598", "162", "44", "", ""],
            ["2026-07", "295", "655", "139", "", "", ""],
            ["2026-08", "241", "603", "", "", "", ""],
            ["2026-09", "277", "", "", "", "", ""],
        ]), "text/csv", cs="us-ascii", cte="7bit")))

add("star-measures-midyear-memo", "none",
    "health plan quality memo with aggregate Star/HEDIS measure rates (A1c control, statin adherence, screening); no member list",
    ("Granite Peak Quality Improvement", "quality@" + GRANITE),
    ("Medicare Advantage Leadership", "ma-leadership@" + GRANITE),
    "Mid-year Star measures: where we stand (June 2026 data)", "2026-07-22 08:10 -0600",
    Text("""
        Leadership team,

        Mid-year rates for the Granite Peak Medicare Advantage contract
        (H9901), June 2026 data, 41,870 members:

          Measure                                Rate    4-star cut
          Breast cancer screening                71.2%   74%
          Colorectal cancer screening            68.9%   71%
          Diabetes care - blood sugar controlled 72.5%   75%
          Statin use in persons with diabetes    83.8%   85%
          Medication adherence - hypertension    88.1%   89%
          Medication adherence - cholesterol     86.4%   88%
          Follow-up after ED visit for mental
            illness (7 days)                     41.0%   n/a

        The gap-closure campaign (outreach calls, in-home A1c kits, pharmacy
        90-day fills) starts August 3. Member gap lists are in the QI
        workspace, not in e-mail.

        Quality Improvement
        """))

add("pbm-rfp-round2-questions", "none",
    "broker's PBM RFP questions about specialty drug lists, biosimilars and GLP-1 coverage; no individual",
    BROKER, [("Northway Rx Sales", "rfp@northwayrx.example.com"), ("Apex Script Solutions RFP", "rfp@apexscript.example.net")],
    "Corbin Logistics PBM RFP - round 2 questions (due 10/2)", "2026-09-24 17:05 -0500",
    Text("""
        Finalists,

        Thank you for your round 1 responses. Please answer the following by
        Friday 10/2, 5:00 pm CT:

        1. Confirm the adalimumab biosimilar you will put on the preferred
           tier, and whether the reference product will be excluded.
        2. Give the net cost per script guarantee for GLP-1 agents for type 2
           diabetes, and describe your prior authorization for weight-loss
           use (the client will NOT cover GLP-1s for weight loss in 2027).
        3. Oncology: is your specialty pharmacy limited distribution network
           able to dispense the oral agents on the attached list?
        4. Rebate guarantees for years 1-3 per brand script, retail 30/90 and
           mail.
        5. Describe your opioid safety edits (MME limits, first-fill limits).

        Nadia Ferrante | Hollins & Vey Benefits | 555-0124
        """))

# phi from benefits and insurance

add("escalation-lumbar-fusion-denial", "phi",
    "broker escalates a named employee's denied spinal-fusion claim with member ID, claim number and CPT code",
    BROKER, ("Granite Peak Broker Services", "broker.services@" + GRANITE),
    "ESCALATION - Corbin Logistics / claim 2026-0418-771203", "2026-04-27 09:38 -0500",
    Text("""
        Hi Luis,

        Need your help on this one, the employee has been going back and forth
        with member services for 3 weeks.

          Group: Corbin Logistics (GPH-004410)
          Employee: Dana Whitfield, member ID GPH501839274
          Claim: 2026-0418-771203, DOS 04/02/2026
          Service: lumbar fusion L4-L5 (CPT 22630) at Rookwood Regional
          Denial: not medically necessary

        Dana did 9 months of PT and two epidural injections before surgery,
        and her surgeon's office says the pre-cert was approved in February
        (ref 26-PA-104388). Looks like the claim didn't match to the auth.
        Can you get it reprocessed, or at least start an expedited appeal?

        She's now getting a $48,000 balance bill from the hospital.

        Thanks,
        Nadia | 555-0124
        """))

add("specific-advance-notice-lymphoma", "phi",
    "TPA's stop-loss advance notice for a claimant identified by member ID and DOB, with lymphoma chemotherapy and projected costs",
    ("Meridale Stop-Loss Reporting", "stoploss@" + MERIDALE),
    ("Ironbridge Re Claims", "claims@ironbridge-re.example.net"),
    "Specific advance notice - Fenwick Manufacturing - claimant 0047", "2026-05-13 14:44 -0500",
    Text("""
        SPECIFIC STOP-LOSS ADVANCE NOTICE (50% of specific deductible)

        Policyholder: Fenwick Manufacturing Co., policy IBR-SL-22871
        Claimant no.: 0047
        Member ID: MBA-0047-221     DOB: 04/30/1968     Relationship: employee
        Diagnosis: diffuse large B-cell lymphoma (C83.30)
        Treatment: R-CHOP x 6 cycles at Harlow Cancer Institute, started
                   03/2026; PET-CT after cycle 3; possible autologous stem
                   cell transplant if not in remission
        Paid to date: $68,410   Pended: $22,900
        Projected 12-month paid: $310,000-$480,000
        Specific deductible: $125,000

        Case management: enrolled, nurse CM Alisha Grant (555-0184).
        Large case report and claims detail to follow through the portal.
        """))

add("appeal-letter-attached-mri", "phi",
    "member e-mails her own appeal; the attached PDF names her, her member ID and the denied MRI for migraines",
    ("Carla Benedetti", "carla.benedetti@mailbox.example.net"),
    ("Lakeshore Mutual Appeals", "appeals@lakeshore-mutual.example.com"),
    "Appeal - please see attached", "2026-06-03 21:14 -0400",
    Mixed(Text("""
        Hello,

        Please find my appeal letter attached, along with my doctor's note.
        I'd appreciate a confirmation that you received it.

        Thank you,
        Carla Benedetti
        """),
        Att("appeal_letter_benedetti.pdf", make_pdf([
            "June 3, 2026",
            "Lakeshore Mutual Health - Appeals Unit",
            "RE: First-level appeal. Member: Carla Benedetti. Member ID: LMH-77120944-01",
            "Denial reference: UM-26-0551873 (MRI brain with and without contrast, CPT 70553)",
            "I have had chronic migraines with aura for 6 years. Since March my headaches",
            "have changed pattern and I had two episodes of numbness in my left hand.",
            "My neurologist, Dr. Lorna Feld, ordered the MRI. Her note is attached.",
            "I ask that you reverse the denial.   Carla Benedetti, 555-0129",
        ], compress=True), "application/pdf")))

add("your-eob-is-ready-er", "phi",
    "insurer tells a named member that his Explanation of Benefits for an emergency-room visit is ready, with amounts owed",
    ("Granite Peak Health Plan", "no-reply@" + GRANITE),
    ("Martin Oyelowo", "m.oyelowo@mailbox.example.net"),
    "Your Explanation of Benefits is ready", "2026-03-19 05:12 -0600",
    Text("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Arial,sans-serif;color:#222">
        <table width="600" cellpadding="0" cellspacing="0"><tr><td>
        <h2 style="color:#2e6b3f">Hi Martin, your Explanation of Benefits is ready</h2>
        <p>We processed a claim for you. This is not a bill.</p>
        <table cellpadding="6" style="border:1px solid #ccc">
        <tr><td>Patient</td><td>Martin Oyelowo</td></tr>
        <tr><td>Claim number</td><td>GP26-03-4418720</td></tr>
        <tr><td>Provider</td><td>Rookwood Regional Medical Center - Emergency Dept.</td></tr>
        <tr><td>Date of service</td><td>03/02/2026</td></tr>
        <tr><td>Amount billed</td><td>$3,412.00</td></tr>
        <tr><td>Plan paid</td><td>$1,870.44</td></tr>
        <tr><td><b>You may owe</b></td><td><b>$350.00</b> (ER copay)</td></tr>
        </table>
        <p><a href="https://members.granitepeak-health.example.com/eob/GP26-03-4418720">View your full EOB</a></p>
        <p style="font-size:11px;color:#777">Granite Peak Health Plan, PO Box 5501, Alder. Member services 555-0170.</p>
        </td></tr></table>
        </body></html>
        """, sub="html", cte="quoted-printable"))

add("std-claim-knee-replacement", "phi",
    "absence administrator approves a named employee's short-term disability claim for knee replacement surgery",
    ("Meridale Absence Management", "absence@" + MERIDALE),
    ("Gary Lindholm", "glindholm@" + CORBIN),
    "Your short-term disability claim STD-26-08812", "2026-05-06 12:20 -0500",
    Text("""
        Dear Gary Lindholm,

        We have approved your short-term disability claim.

          Claim number: STD-26-08812
          Reason: right total knee replacement, surgery on 05/04/2026
          Approved period: 05/04/2026 through 06/15/2026
          Weekly benefit: 60% of base pay, first payment 05/15

        If your surgeon extends your recovery, ask the office to fax or upload
        an updated attending physician statement before 06/15. Your employer
        is told only the dates you are approved to be away, not your medical
        details.

        Meridale Absence Management | 555-0185
        """))

add("subject-line-lumbar-mri-auth", "phi",
    "borderline: name, DOB and the MRI under prior authorisation are only in the Subject; body just says approved",
    ("Kendra Pike - Member Advocate", "kpike@" + HV),
    ("Mina Castellanos", "mcastellanos@" + CORBIN),
    "Re: Hannah Ocampo DOB 02/11/1979 - MRI L-spine auth 26-PA-220197", "2026-02-19 15:51 -0600",
    Text("""
        Approved as of this afternoon. Letter is in the portal, she can
        schedule. Let me know if she has any trouble.

        K.
        """))

add("dialysis-billing-balance-reminder", "phi",
    "borderline: a 'Dialysis Billing' sender reminds a named patient of his March statement balance; the display name shows the care",
    ("Lakeshore Dialysis Billing", "billing@lakeshore-kidney.example.com"),
    ("Kwame Osei", "kwame.osei@mailbox.example.net"),
    "Statement reminder - account 100448217", "2026-04-16 10:00 -0400",
    Alt("""
        Hi Mr. Osei,

        This is a friendly reminder that your statement balance of $420.00
        for March services is due April 30.

        Account: 100448217
        Pay online: https://pay.lakeshore-kidney.example.com
        Questions or payment plans: 555-0116

        Thank you,
        Patient Accounts
        """))

add("hr-reply-quoted-er-claim", "phi",
    "HR reply whose quoted text has an employee's message about her son's out-of-network ER claim for a broken wrist",
    ("Mina Castellanos", "mcastellanos@" + CORBIN),
    ("Jolene Barrett", "jbarrett@" + CORBIN),
    "RE: ER bill for Liam", "2026-03-10 13:06 -0500",
    Text("""
        Hi Jolene - I've sent this to our broker's member advocate (Kendra)
        and asked her to call you directly. Hang in there.

        Mina

        From: Jolene Barrett
        Sent: Monday, March 9, 2026 4:41 PM
        To: Mina Castellanos
        Subject: ER bill for Liam

        Hi Mina, sorry to bother you. My son Liam broke his wrist at
        hockey on 2/14 and we went to the closest ER (St. Brennan's). The
        claim came back as out-of-network and they're saying we owe $2,960.
        He had X-rays and a splint and they set it. Isn't emergency care
        supposed to be covered in-network? Member ID on my card is
        GPH550192837. Thanks, Jolene
        """))

add("large-claimant-report-may", "phi",
    "TPA's monthly large-claimant CSV to the stop-loss carrier with claimant IDs, birth years, diagnoses and paid amounts",
    ("Meridale Stop-Loss Reporting", "stoploss@" + MERIDALE),
    ("Ironbridge Re Claims", "claims@ironbridge-re.example.net"),
    "Large claimant report - May 2026 - all Meridale groups", "2026-06-05 08:30 -0500",
    Mixed(Text("""
        Attached is the May 2026 large claimant report (claimants over 50% of
        the specific deductible). Please use the secure portal for any
        follow-up questions, not reply-all.
        """),
        Att("LCR_2026-05.csv", csv_text([
            ["group", "claimant_id", "member_id", "birth_year", "sex", "primary_dx", "dx_description", "paid_ytd", "status"],
            ["Fenwick Manufacturing", "0047", "MBA-0047-221", "1968", "M", "C83.30", "diffuse large B-cell lymphoma", "91310", "active tx"],
            ["Corbin Logistics", "0112", "MBA-0112-540", "1975", "F", "M43.16", "spondylolisthesis, lumbar", "88412", "post-op"],
            ["Corbin Logistics", "0131", "MBA-0131-019", "2025", "M", "P07.25", "extreme prematurity 27 wks", "402870", "NICU discharge 05/20"],
            ["Alder Street Schools", "0009", "MBA-0009-877", "1959", "F", "N18.6", "end stage renal disease", "121004", "dialysis"],
        ]), "text/csv", cs="utf-8", cte="base64")))

add("cm-outreach-after-chf-admission", "phi",
    "insurer's nurse case manager writes to a named member after his heart-failure admission about his medicines and follow-up",
    ("Rosa Delgado RN, Granite Peak Care Management", "rdelgado@" + GRANITE),
    ("Walter Haldane", "whaldane@mailbox.example.net"),
    "Following up after your hospital stay", "2026-08-11 11:33 -0600",
    Text("""
        Hello Mr. Haldane,

        My name is Rosa and I'm a nurse care manager with Granite Peak. I'm
        reaching out because you were in Rookwood Regional last week for
        your heart failure, and we like to check in after a hospital stay.
        This is a free part of your plan.

        I'd like to go over your new medicines with you (the furosemide dose
        went up to 40 mg twice a day and the metoprolol was changed), and make
        sure your follow-up with Dr. Abernathy within 7 days is scheduled.
        Are you weighing yourself every morning?

        You can reach me directly at 555-0187, Mon-Fri 8-4:30.

        Rosa Delgado, RN, CCM
        """))

add("secure-tag-test-before-claim-files", "phi",
    "borderline: sender marks the message [encrypt]; test send with no patient content (marked-secure-test-no-content)",
    BROKER, ("Mina Castellanos", "mcastellanos@" + CORBIN),
    "[encrypt] test - please confirm you can open this", "2026-02-02 08:12 -0600",
    Text("""
        Mina - testing our new secure-mail setting before I send tomorrow's
        claim appeal files. Can you confirm you were able to open this one?

        Thanks!
        Nadia
        """))

add("autorizacion-artroscopia-rodilla", "phi",
    "Spanish: health insurer authorises a named policyholder's knee arthroscopy with policy and authorisation numbers",
    ("Seguros Almena Salud - Autorizaciones", "autorizaciones@almenasalud.example.es.test"),
    ("Jorge Ballesteros Ruiz", "jorge.ballesteros@correo.example.es.test"),
    "Autorización nº AU-2026-0398812 - Artroscopia de rodilla", "2026-05-25 12:02 +0200",
    Text("""
        Estimado/a Sr. Jorge Ballesteros Ruiz:

        Le comunicamos que su solicitud ha sido AUTORIZADA.

        Nº de póliza: 44-0812273
        Nº de autorización: AU-2026-0398812
        Prestación: artroscopia de rodilla derecha (meniscectomía parcial)
        Centro: Clínica Levante Norte, Valencia
        Facultativo: Dr. Andrés Villalba (Traumatología)
        Validez: hasta el 25/08/2026

        Presente esta autorización y su tarjeta sanitaria el día del ingreso.
        La autorización incluye la estancia de un día y la anestesia.

        Atención al asegurado: 96 555 01 32

        Un saludo,
        Departamento de Autorizaciones
        Seguros Almena Salud
        """, cs="iso-8859-15", cte="quoted-printable"), lang="es", hcs="iso-8859-15")

add("remboursement-soins-optique-fr", "phi",
    "French: mutual insurer tells a named member what it reimbursed for her ophthalmologist visit and glasses",
    ("Mutuelle Cèdre Santé – Remboursements", "remboursements@cedre-sante.example.fr.test"),
    ("Sophie Garnier", "sophie.garnier@courriel.example.fr.test"),
    "Votre remboursement du 18/03/2026", "2026-03-18 19:40 +0100",
    Text("""
        Bonjour Madame Garnier,

        Nous avons effectué un remboursement sur votre compte bancaire.

        Adhérente : Sophie Garnier – n° adhérent 0712 448 93
        Bénéficiaire des soins : Sophie Garnier

        12/03/2026  Consultation ophtalmologiste (Dr Lemoine)
                    Sécurité sociale : 21,00 €  – Cèdre Santé : 29,00 €
        14/03/2026  Verres progressifs + monture (Optique des Halles)
                    Sécurité sociale : 0,09 €   – Cèdre Santé : 390,00 €

        Total versé par Cèdre Santé : 419,00 €
        Reste à charge : 62,40 €

        Retrouvez le détail dans votre espace adhérent.

        Cordialement,
        Le service Remboursements
        """, cs="utf-8", cte="8bit"), lang="fr")

add("kostenuebernahme-physiotherapie", "phi",
    "German: statutory health insurer approves a named member's physiotherapy after cruciate-ligament surgery, with insurance number",
    ("BKK Lindenhof - Leistungsabteilung", "leistungen@bkk-lindenhof.example.de.test"),
    ("Tobias Reinhardt", "t.reinhardt@postfach.example.de.test"),
    "Ihr Antrag auf Kostenübernahme - Physiotherapie (Az. 26-LH-40817)", "2026-07-01 10:44 +0200",
    Text("""
        Sehr geehrter Herr Reinhardt,

        vielen Dank für Ihren Antrag vom 24.06.2026. Wir übernehmen die Kosten
        für die verordnete Physiotherapie:

          Versichertennummer: L482019377
          Diagnose laut Verordnung: Zustand nach vorderer Kreuzbandplastik
            rechts (OP am 02.06.2026)
          Leistung: Krankengymnastik am Gerät, 18 Behandlungen
          Genehmigt bis: 30.09.2026

        Die gesetzliche Zuzahlung (10 Euro je Verordnung plus 10 Prozent der
        Kosten) zahlen Sie direkt in der Praxis.

        Bei Fragen erreichen Sie uns unter 0621 5550 0174.

        Mit freundlichen Grüßen
        Ihre BKK Lindenhof
        """, cs="iso-8859-1", cte="base64"), lang="de", hcs="iso-8859-1")

add("iryouhi-tsuchi-kenpo-ja", "phi",
    "Japanese: health insurance society's medical-expense notice to a named insured listing clinic visits and costs",
    ("ひかり健康保険組合", "iryouhi@hikari-kenpo.example.jp.test"),
    ("山田 智子 様", "t.yamada@mail.example.jp.test"),
    "【医療費のお知らせ】2026年1月〜3月診療分", "2026-06-10 09:00 +0900",
    Text("""
        山田 智子 様

        ひかり健康保険組合です。
        2026年1月〜3月診療分の医療費をお知らせします。

        被保険者記号・番号：12-3048
        受診者：山田 智子

        診療年月　医療機関名　　　　　　　　日数　医療費総額　自己負担額
        2026年1月　さくら内科クリニック　　2日　　8,420円　　2,530円
        2026年2月　みどり調剤薬局　　　　　1日　　5,160円　　1,550円
        2026年3月　市立中央病院（整形外科）3日　 31,900円　　9,570円

        確定申告の医療費控除にご利用いただけます。
        内容に心当たりのない場合は、当組合までご連絡ください。
        お問い合わせ：03-5550-0148（平日9時〜17時）
        """, cs="shift_jis", cte="base64"), lang="ja", hcs="shift_jis")

# restricted from benefits and insurance

add("eap-intake-referral-ashdown", "restricted",
    "EAP intake coordinator refers a named employee to a counsellor with anxiety/low mood and PHQ-9/GAD-7 scores (mental health)",
    ("ClearHarbor EAP Intake", "intake@clearharbor-eap.example.com"),
    ("Dr. Simone Achebe, LPC", "sachebe@achebecounseling.example.net"),
    "New EAP referral - case 26-4410", "2026-03-24 14:18 -0500",
    Text("""
        Hi Simone,

        New referral for you, if you have Tuesday evening availability.

          EAP case: 26-4410
          Client: Kevin Ashdown, 44, employee of Corbin Logistics
          Phone: 555-0108 (ok to leave a message)
          Presenting concern: anxiety and low mood for ~2 months, poor sleep,
            trouble concentrating at work; spouse recently laid off
          Screening at intake: PHQ-9 = 14, GAD-7 = 12, denies SI
          Authorized: 6 sessions, video or in person

        Please confirm within 2 business days so I can let him know.

        Thanks,
        Bree Landry | Intake Coordinator | ClearHarbor EAP
        """), cat="mental")

add("inpatient-psych-claim-dependent", "restricted",
    "HR benefits specialist pushes the TPA on a denied claim for a named employee's daughter's inpatient psychiatric stay (mental health)",
    ("Mina Castellanos", "mcastellanos@" + CORBIN),
    ("Meridale Claims Escalations", "escalations@" + MERIDALE),
    "Denied claim - inpatient stay for Ava Dunmore (dependent)", "2026-04-02 10:55 -0500",
    Text("""
        Hello,

        I'm writing on behalf of our employee Rachel Dunmore, with her
        permission (signed authorization attached to the portal ticket).

        Her daughter Ava (DOB 07/19/2010, member GPH550871204-03) was
        admitted to Quarrybrook Behavioral Hospital from 03/02 to 03/16 after a
        suicide attempt. The claim (MBA-26-03-118420) was denied for "no
        pre-certification". This was an emergency admission through the ER,
        and our plan document (section 6.4) waives pre-cert for emergency
        admissions, including mental health under parity.

        Can you reprocess, or tell me what you need from the hospital?

        Thank you,
        Mina Castellanos | Benefits Specialist | Corbin Logistics | 555-0171
        """), cat="mental")

add("residential-ed-treatment-appeal", "restricted",
    "broker supports an appeal of a named dependent's residential eating-disorder treatment denial (mental health)",
    BROKER, ("Dr. Alan Keough, Medical Director", "umdirector@" + GRANITE),
    "Peer-to-peer request - Sophie Lang, residential treatment (anorexia nervosa)", "2026-07-09 16:37 -0500",
    Text("""
        Dr. Keough,

        I'm the broker for Corbin Logistics. The family of Sophie Lang (17,
        member GPH502288416-02) asked us to help with the concurrent review
        denial for her residential treatment at Tamsin Ridge Eating Disorder
        Center, denied after day 14.

        Her treating team reports she is at 79% of expected body weight and
        still needs supervision at every meal, and they have requested a
        peer-to-peer. The family is terrified of a step-down this early.

        Could your office schedule the peer-to-peer this week? The program's
        medical director, Dr. Farah Qureshi, is available at 555-0153.

        Respectfully,
        Nadia Ferrante | Hollins & Vey Benefits
        """), cat="mental")

add("iop-precert-alcohol-son", "restricted",
    "TPA utilisation-review nurse approves intensive outpatient programme for a named employee's son with alcohol use disorder (substance-use treatment)",
    ("Meridale Utilization Review", "um@" + MERIDALE),
    ("Denise Harlan", "dharlan@" + CORBIN),
    "Pre-certification approved - Jacob Harlan - IOP", "2026-09-18 15:02 -0500",
    Text("""
        Hi Denise,

        Following up on our call. The pre-certification for your son Jacob's
        intensive outpatient program is approved:

          Patient: Jacob Harlan (dependent), member GPH551093385-02
          Program: Fernridge Recovery Center, IOP for alcohol use
            disorder, 3 evenings/week
          Approved: 12 sessions, 09/21/2026 - 10/30/2026, ref UR-26-77014
          Next review: after session 10

        The program has been told. Your cost share is the specialist copay
        ($50) per day of attendance.

        Take care,
        Janelle Ortiz, RN | Meridale Utilization Review | 555-0189
        """), cat="sud")

add("carrier-screening-pa-tran", "restricted",
    "insurer's prior-authorisation approval for a named member's expanded carrier screening, with CPT code (genetic)",
    ("Lakeshore Mutual Utilization Management", "um@lakeshore-mutual.example.com"),
    ("Sorrelgate Women's Health - Referrals", "referrals@sorrelgatewh.example.org"),
    "PA approved: expanded carrier screening - Amelia Tran", "2026-02-26 09:41 -0500",
    Text("""
        PRIOR AUTHORIZATION DETERMINATION

        Member: Amelia Tran      DOB: 12/03/1992
        Member ID: LMH-60311827-01
        Requesting provider: Antonio Reyes, MD (NPI %s)
        Service: expanded carrier screening panel, CPT 81443, Keller Genomics
        Indication: preconception counselling; partner of Vietnamese descent,
          family history of alpha-thalassemia
        Determination: APPROVED, auth no. LM-PA-26-0220448, valid 90 days

        This approval is not a guarantee of payment.
        Lakeshore Mutual UM, 555-0165
        """ % NPI_REYES), cat="genetic")

add("ivf-preauth-amh-date-mixup", "restricted",
    "HR benefits specialist helps a named employee with her IVF retrieval pre-authorisation (reproductive health)",
    ("Mina Castellanos", "mcastellanos@" + CORBIN),
    ("Noor Haddad", "nhaddad@" + CORBIN),
    "your Nestlight pre-auth", "2026-05-12 11:27 -0500",
    Text("""
        Hi Noor,

        I talked to the Nestlight care advocate this morning (you said it
        was ok for me to call). Your IVF pre-authorization for the June
        retrieval cycle is still "pending" only because the clinic sent an AMH
        result dated 2025, and they need one from the last 12 months.

        If Dr. Reyes's office can upload your April AMH and the day-3 labs,
        the advocate said approval usually comes in 2-3 days, well before your
        stimulation meds need to ship. The meds themselves are covered under
        the same $25k lifetime max.

        Let me know if you want me to stay on the thread with them. And I'm
        keeping this between us, of course.

        Mina
        """), cat="repro")

add("claim-pend-59840-exclusion-review", "restricted",
    "TPA claims examiner pends a named member's claim for an induced abortion procedure for plan-exclusion review (reproductive health)",
    ("Meridale Claims", "claims.review@" + MERIDALE),
    ("Sorrelgate Women's Health - Billing", "billing@sorrelgatewh.example.org"),
    "Claim MBA-26-08-229017 pended - additional information needed", "2026-08-20 13:48 -0500",
    Text("""
        Hello Sorrelgate billing,

        The following claim has been pended:

          Claim: MBA-26-08-229017
          Patient: Erin Kowalczyk, member MBA-2281-406
          DOS: 08/07/2026
          CPT 59840 (induced abortion, by dilation and curettage),
          ICD-10 Z33.2

        The group's plan document covers this service only in listed
        circumstances. Please send the operative note and any documentation
        of medical necessity within 30 days so we can complete the review.

        Meridale Claims Review | fax-to-mail claims.docs@meridale-tpa.example.com
        | 555-0181 opt 3
        """), cat="repro")

add("cita-psicologa-programa-apoyo", "restricted",
    "Spanish: employee assistance programme confirms a named employee's first appointment with a psychologist for anxiety (mental health)",
    ("Bienestar Plus – PAE", "citas@bienestarplus.example.es.test"),
    ("Alicia Fuentes Navarro", "alicia.fuentes@grupo-alcaravan.example.es.test"),
    "Confirmación de su primera cita – PAE", "2026-10-08 13:15 +0200",
    Text("""
        Hola, Alicia:

        Te confirmamos tu primera sesión dentro del Programa de Apoyo al
        Empleado de Grupo Alcaraván:

          Psicóloga: Marta Ibáñez Soler (col. M-31877)
          Día: martes 13 de octubre, a las 17:00 h
          Modalidad: videollamada (recibirás el enlace una hora antes)
          Motivo de consulta indicado: ansiedad y problemas de sueño

        Tienes hasta 6 sesiones gratuitas. Tu empresa no recibe ningún dato
        sobre tu atención: el servicio es totalmente confidencial.

        Si necesitas cambiar la cita, llámanos al 900 555 018 o responde a
        este correo.

        Un abrazo,
        Equipo de Bienestar Plus
        """, cs="utf-8", cte="quoted-printable"), lang="es", cat="mental")

# ---- revenue cycle, billing, coding, clearinghouses

import struct


def make_png(w, h, seed):
    """A small valid RGB PNG (a blurry 'screenshot')."""
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            v = (x * 7 + y * 13 + seed) % 256
            rows += bytes((240 - v // 8, 240 - v // 6, 245 - v // 10))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))


CLAIMWISE = "claimwise-rcm.example.com"
PAYERLINK = "payerlink-exchange.example.net"

add("837p-frequency-code-7-rejects", "none",
    "clearinghouse support explains X12 837P replacement-claim segments with a ZZTEST dummy patient; no real patient",
    ("PayerLink Exchange Support", "support@" + PAYERLINK),
    ("Bea Honda", "bhonda@aldergi.example.org"),
    "Ticket #PL-448120: replacement claims (freq 7) rejecting at Granite Peak", "2026-02-03 11:47 -0600",
    Text("""
        Hi Bea,

        Thanks for the sample file. The replacement claims are rejecting
        because the payer needs the original claim number in REF*F8 in loop
        2300, and your PM system is leaving it empty when CLM05-3 = 7.

        Correct layout (dummy values, not a real claim):

          CLM*ZZTEST0001*150***11:B:7*Y*A*Y*Y~
          REF*F8*GP26010000000~
          HI*ABK:Z0000~
          NM1*QC*1*ZZTEST*PATIENT~

        Original claim numbers are on the 835 (CLP07) or the 277CA. Your
        vendor (MedSuite PM) has a setting "Send payer ICN on corrected
        claims"; turning it on should fix it.

        Best,
        Aaron Pike | EDI Support | PayerLink Exchange | 555-0111
        """))

add("835-carc-rarc-explainer-q1", "none",
    "RCM analyst explains 835 adjustment reason codes with aggregate denial counts and dollars; no patient",
    ("Lydia Fernsby", "lfernsby@" + CLAIMWISE),
    ("Bea Honda", "bhonda@aldergi.example.org"),
    "Q1 remits - what CO-97 / CO-16 / PR-204 mean for you", "2026-04-14 10:30 -0600",
    Text("""
        Hi Bea,

        As promised, a plain-English summary of the top adjustment codes on
        your Q1 835s (all payers, 14,880 claim lines):

          CO-97  bundled into another service       612 lines  $ 71,400
                 (mostly 43239 with 43235 same day - expected)
          CO-16  claim lacks information             388 lines  $ 52,950
                 with RARC N290 (missing rendering NPI) - fixable
          CO-197 no precertification/authorization  141 lines  $ 88,020
          PR-204 service not covered by plan          97 lines  $ 18,330
          CO-45  contractual adjustment (not a denial, ignore)

        The N290 rejections all came from the new CRNA, whose NPI isn't
        loaded in the PM system yet. I'll send the fix list to credentialing.

        Lydia Fernsby | Denials Analyst | Claimwise RCM | 555-0128
        """))

add("provider-portal-outage", "none",
    "payer's provider-portal outage notice about eligibility and authorisation tools; IT notice, no patient",
    ("Granite Peak Provider Communications", "provider.news@granitepeak-health.example.com"),
    ("Granite Peak Network Providers", "providers@lists.granitepeak-health.example.com"),
    "RESOLVED: Provider portal outage (eligibility, claim status, auth submission)", "2026-06-16 15:10 -0600",
    Alt("""
        The Granite Peak provider portal was unavailable from 9:42 am to
        2:55 pm MT today. Eligibility checks, claim status and prior
        authorization submissions are working again.

        Authorization requests that you could not submit today will be
        treated as submitted on time if you enter them by 11:59 pm MT on
        June 17. Real-time eligibility (270/271) through clearinghouses was
        not affected.

        We apologise for the disruption. Provider Services: 555-0170, option 4.
        """))

add("weekly-denial-dashboard", "none",
    "RCM vendor's weekly HTML denial-rate dashboard by payer and reason code; aggregate only",
    ("Claimwise Analytics", "dashboards@" + CLAIMWISE),
    [("Alder GI Leadership", "leadership@aldergi.example.org")],
    "Weekly denials dashboard - week ending 5/22", "2026-05-25 06:00 -0600",
    Alt("""
        Weekly denials dashboard - Alder Gastroenterology - week ending 5/22

        Initial denial rate: 8.4% (target < 7%)
        Claims submitted: 1,932 | denied: 162 | $ denied: $214,880

        By payer: Granite Peak 9.9%, Lakeshore Mutual 7.1%, Medicare 4.2%,
        Medicaid MCO 12.6%
        Top reasons: authorization (CO-197) 41, missing info (CO-16) 38,
        non-covered (CO-96) 22, timely filing (CO-29) 6

        Full dashboard: https://analytics.claimwise-rcm.example.com/d/aldergi
        """, """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
        <h3>Alder Gastroenterology &mdash; week ending 5/22</h3>
        <p>Initial denial rate: <b style="color:#b03a2e">8.4%</b> (target &lt; 7%)<br>
        Claims submitted: 1,932 &middot; denied: 162 &middot; $ denied: $214,880</p>
        <table border="1" cellspacing="0" cellpadding="4">
        <tr><th>Payer</th><th>Denial rate</th><th>Top CARC</th></tr>
        <tr><td>Granite Peak</td><td>9.9%</td><td>CO-197</td></tr>
        <tr><td>Lakeshore Mutual</td><td>7.1%</td><td>CO-16</td></tr>
        <tr><td>Medicare</td><td>4.2%</td><td>CO-50</td></tr>
        <tr><td>Medicaid MCO</td><td>12.6%</td><td>CO-16</td></tr>
        </table>
        <p><a href="https://analytics.claimwise-rcm.example.com/d/aldergi">Open full dashboard</a></p>
        </body></html>
        """, cte="quoted-printable"))

add("coding-audit-summary-cardiology", "none",
    "coding auditor's summary of an E/M audit with aggregate accuracy rates and CPT codes; encounter detail kept out of e-mail",
    ("Northstar Coding Audit", "audits@northstar-coding.example.com"),
    ("Compliance Officer, Cairnview Heart Partners", "compliance@cairnviewheart.example.org"),
    "Q2 external coding audit - summary of findings", "2026-07-30 16:20 -0400",
    Text("""
        Good afternoon,

        Summary of the Q2 external coding audit for Cairnview Heart Partners
        (12 providers, 10 encounters each, 120 total):

          Overall coding accuracy: 87.5% (benchmark 95%)
          E/M level: 18 of 96 office visits over-coded (mostly 99215 -> 99214
            where MDM was moderate); 4 under-coded
          Modifier 25 on same-day echo/stress: 9 of 22 lacked a separately
            identifiable E/M
          ICD-10 specificity: 11 encounters used I48.91 where the note
            supported paroxysmal AF (I48.0)

        Provider-level scores and the encounter worksheet are in the secure
        file share (folder SHP-2026-Q2). Education session proposed for
        August 19.

        Regards,
        Maren Kolb, CPC, CPMA | Northstar Coding Audit | 555-0135
        """))

add("code-update-webinar-2027", "none",
    "coding education company markets a webinar on next year's CPT/HCPCS/ICD-10 changes; no patient",
    ("CodeReady Academy", "events@codeready-academy.example.com"),
    ("Coding & Billing Professionals", "subscribers@codeready-academy.example.com"),
    "Are you ready for 2027? CPT, HCPCS & ICD-10-CM changes webinar (2 CEUs)", "2026-10-13 12:00 -0400",
    Alt("""
        2027 Code Changes: What Every Coder Needs to Know
        Wednesday, November 18, 1:00-3:00 pm ET | 2 CEUs

        We'll cover:
        - new ICD-10-CM codes for long COVID manifestations, obesity classes
          and social determinants (Z55-Z65)
        - CPT changes in remote therapeutic monitoring and digital mental
          health treatment devices
        - revised telehealth place-of-service rules and modifier 93 vs 95
        - HCPCS Level II updates for CGMs and insulin pumps
        - what's new in behavioral health and substance use disorder billing

        Early-bird price $149 until November 1. Register:
        https://codeready-academy.example.com/2027-changes

        Questions? 555-0146
        """))

add("chargemaster-transparency-update", "none",
    "hospital finance sends a chargemaster update CSV with CPT/HCPCS codes and cash prices for price transparency; no patient",
    ("Rookwood Regional Revenue Integrity", "revenue.integrity@rookwoodregional.example.org"),
    ("Web Team", "webteam@rookwoodregional.example.org"),
    "Price transparency file - shoppable services update for July 1", "2026-06-24 14:02 -0500",
    Mixed(Text("""
        Hi web team,

        Please replace the shoppable services file on the price
        transparency page with the attached version by July 1. Changes:
        new discounted cash prices for imaging and two new lab codes.

        Thanks,
        Revenue Integrity
        """),
        Att("rrmc_shoppable_services_2026-07-01.csv", csv_text([
            ["code_type", "code", "description", "gross_charge", "discounted_cash", "min_negotiated", "max_negotiated"],
            ["CPT", "70553", "MRI brain w/o and w/ contrast", "4820.00", "1150.00", "890.00", "2410.00"],
            ["CPT", "74177", "CT abdomen and pelvis w/ contrast", "3310.00", "780.00", "610.00", "1655.00"],
            ["CPT", "45378", "Colonoscopy, diagnostic", "3905.00", "1240.00", "980.00", "2100.00"],
            ["CPT", "59400", "Routine obstetric care incl. vaginal delivery", "11800.00", "6400.00", "5100.00", "9300.00"],
            ["CPT", "80053", "Comprehensive metabolic panel", "186.00", "28.00", "11.00", "74.00"],
            ["CPT", "87389", "HIV-1/HIV-2 antigen/antibody screen", "142.00", "24.00", "15.00", "60.00"],
            ["HCPCS", "G0121", "Colorectal cancer screening, colonoscopy, not high risk", "3905.00", "1240.00", "980.00", "2100.00"],
        ]), "text/csv", cs="utf-8", cte="7bit")))

add("rcm-vendor-invoice-april", "none",
    "RCM vendor's monthly invoice to a practice as a percentage of collections; business billing, no patient",
    ("Claimwise Billing", "ar@" + CLAIMWISE), ("Alder GI Accounts Payable", "ap@aldergi.example.org"),
    "Invoice CW-2026-0417 - April 2026 services", "2026-05-03 08:00 -0600",
    Text("""
        Claimwise RCM - Invoice CW-2026-0417
        Client: Alder Gastroenterology PLLC (client 2231)

        April 2026 net collections posted:      $1,204,377.15
        Service fee (4.5% of collections):      $   54,196.97
        Patient statement mailing (3,412 x $0.62): $ 2,115.44
        Credentialing (2 new providers):        $      900.00
        Total:                                  $   57,212.41

        Terms net 30. ACH remittance to account ending 3391.
        Billing questions: ar@claimwise-rcm.example.com, 555-0128
        """))

add("era-eft-enrollment-group-npi", "none",
    "clearinghouse confirms ERA/EFT enrolment for a practice's group NPI and tax ID; identifiers but no patient",
    ("PayerLink Enrollment", "enrollment@" + PAYERLINK),
    ("Bea Honda", "bhonda@aldergi.example.org"),
    "ERA enrollment complete - 4 payers - Alder Gastroenterology", "2026-01-22 13:15 -0600",
    Text("""
        Hi Bea,

        ERA (835) enrollment is complete for the following payers:

          Billing provider: Alder Gastroenterology PLLC
          Group NPI: %s
          TIN: 84-1930275

          Granite Peak Health Plan       effective 01/20/2026
          Lakeshore Mutual Health        effective 01/21/2026
          State Medicaid MCO (Bluefern)  effective 01/22/2026
          Medicare Part B (jurisdiction) pending, 2-3 weeks

        Remits will start landing in your PayerLink inbox the next payment
        cycle. EFT was set up directly with each payer.

        PayerLink Enrollment Team | 555-0112
        """ % NPI_GROUP))

add("profilehub-reattest-psych-np", "none",
    "credentialing coordinator reminds a psychiatric nurse practitioner to re-attest, with her NPI and DEA number; staff data, no patient",
    ("Credentialing - Thistlewood Behavioral Health", "credentialing@thistlewoodbh.example.org"),
    ("Rhea Okonkwo, PMHNP", "rokonkwo@thistlewoodbh.example.org"),
    "Action needed: ProfileHub re-attestation + malpractice COI expiring", "2026-08-03 09:20 -0500",
    Text("""
        Hi Rhea,

        Two things for your file, please:

        1) ProfileHub re-attestation is due by 08/17 (provider ID
           14820937). Log in, review, and click "attest".
        2) Your malpractice certificate of insurance expires 08/31. Please
           send the renewed COI when you get it.

        We have on file:
          NPI: %s
          DEA: %s (exp 11/30/2027)
          State APRN license: APRN-44109 (exp 06/30/2027)
          Board certification: PMHNP-BC

        If anything changed, reply with the update. Payer recredentialing
        with Granite Peak starts in September.

        Thanks!
        Tasha Greer | Credentialing Coordinator | 555-0157 x204
        """ % (npi("198203746"), dea("M", "Okonkwo", "517209"))))

add("remote-oncology-coder-posting", "none",
    "job posting for a remote oncology outpatient coder (ICD-10, CPT, chemo administration); no patient",
    ("Claimwise Talent", "jobs@" + CLAIMWISE),
    ("Coders Guild Chapter 412 list", "chapter412@lists.example.org"),
    "Hiring: Remote Outpatient Coder II - Oncology / Infusion (CPC or CCS)", "2026-03-03 12:12 -0600",
    Text("""
        Claimwise RCM is hiring two remote coders for our oncology clients.

        You will code hematology/oncology office visits, chemotherapy and
        immunotherapy administration (96401-96549), drug units from the MAR
        (J-codes), radiation oncology professional services, and infusion
        hydration rules. 3+ years' oncology coding and a current CPC, COC or
        CCS are required.

        Pay $29-$36/hour, full-time, benefits day one, US-based only.

        Apply: https://careers.claimwise-rcm.example.com/onc-coder-2
        Recruiter: Hollie Vance, 555-0128 x310
        """))

add("bao-cao-ngay-nhom-ar-vi", "none",
    "Vietnamese: offshore billing team's daily production report with aggregate claim and denial counts; no patient",
    ("Phạm Thu Hà – Team Lead AR", "ha.pham@claimwise-vn.example.vn.test"),
    ("Lydia Fernsby", "lfernsby@" + CLAIMWISE),
    "Báo cáo ngày 12/05 – nhóm AR Alder GI", "2026-05-12 18:05 +0700",
    Text("""
        Chào chị Lydia,

        Em gửi báo cáo công việc ngày 12/05 của nhóm AR (khách hàng Alder GI):

        1. Số claim đã follow-up: 436 / chỉ tiêu 420
        2. Số claim đã nộp lại (corrected/resubmitted): 58
        3. Appeal đã gửi: 12 (chủ yếu CO-197 thiếu authorization)
        4. Tổng tiền AR > 90 ngày: giảm từ $412.800 xuống $398.150
        5. Vấn đề: cổng Granite Peak bị lỗi từ 9h–11h sáng giờ VN nên nhóm
           chuyển sang gọi điện cho payer.

        Ngày mai bạn Tuấn nghỉ phép, em đã chia lại danh sách cho 3 bạn còn lại.

        Em cảm ơn chị,
        Thu Hà
        Claimwise Việt Nam – ĐT 028 5550 0161
        """, cs="utf-8", cte="quoted-printable"), lang="vi")

add("ar-team-shift-roster-hi", "none",
    "Hindi: offshore AR team lead's shift roster and daily calling targets; staff mail, no patient",
    ("राहुल वर्मा", "rahul.verma@claimwise-in.example.in.test"),
    ("AR टीम – नोएडा", "ar-team-noida@claimwise-in.example.in.test"),
    "अगले हफ्ते का शिफ्ट रोस्टर और टारगेट", "2026-06-19 20:40 +0530",
    Text("""
        सभी को नमस्ते,

        अगले हफ्ते (22 जून से 26 जून) का शिफ्ट रोस्टर नीचे है। US client की
        वजह से सबकी शिफ्ट शाम 6:30 से सुबह 3:30 तक रहेगी।

        टीम A (प्रिया, अमित, सना, विकास): Granite Peak और Lakeshore के
        denials, हर व्यक्ति का टारगेट 45 claims प्रति दिन।
        टीम B (नेहा, रोहित, फ़ैज़ल): Medicaid MCO की पुरानी AR (90+ दिन),
        टारगेट 35 claims प्रति दिन, क्योंकि कॉल पर होल्ड टाइम ज़्यादा है।

        ध्यान दें: किसी भी patient का नाम या DOB चैट ग्रुप में न डालें,
        सिर्फ़ claim ID इस्तेमाल करें। यह compliance का नियम है।

        शुक्रवार को quality audit है, अपने notes पूरे रखें।

        धन्यवाद,
        राहुल वर्मा
        टीम लीड, Claimwise इंडिया | +91 120 5550 0155
        """, cs="utf-8", cte="base64"), lang="hi")

add("modifier-59-payment-policy", "none",
    "payer payment-policy bulletin on modifiers 59/XE/XS/XU and NCCI code pairs; no patient",
    ("Lakeshore Mutual Payment Policy", "payment.policy@lakeshore-mutual.example.com"),
    ("Lakeshore Network Providers", "network-news@lists.lakeshore-mutual.example.com"),
    "Payment policy update: modifiers 59 and X{EPSU}, effective 9/1/2026", "2026-07-01 07:00 -0400",
    Text("""
        PAYMENT POLICY BULLETIN PP-2026-14

        Effective for dates of service on or after September 1, 2026,
        Lakeshore Mutual will require the more specific X modifiers (XE, XS,
        XP, XU) instead of modifier 59 for these NCCI code pairs:

          Column 1   Column 2   Example
          97140      97530      manual therapy + therapeutic activities
          43239      43235      EGD with biopsy + diagnostic EGD
          11042      97597      debridement, different wound
          96372      96374      IM injection + IV push, separate site

        Claims with modifier 59 on these pairs will deny with CARC 4 / RARC
        N20. Modifier 59 remains acceptable for all other NCCI edits.

        The full policy is on the provider portal under Policies > Coding.
        Provider Relations: 555-0165
        """))

add("pa-code-list-2027-genetic-aba", "none",
    "payer's prior-authorisation code list update adding genetic tests, ABA and TMS codes; policy, no member",
    ("Granite Peak Utilization Management", "um.policy@granitepeak-health.example.com"),
    ("Granite Peak Network Providers", "providers@lists.granitepeak-health.example.com"),
    "Prior authorization list changes for 1/1/2027", "2026-10-01 07:00 -0600",
    Mixed(Text("""
        Starting January 1, 2027, the services below require prior
        authorization for Granite Peak commercial and Medicare Advantage
        members. Requests can be submitted from December 1.

        Added:
          81162  BRCA1/BRCA2 full sequence and full dup/del analysis
          81432  hereditary breast cancer-related disorders panel
          81443  genetic testing for severe inherited conditions (carrier)
          97153  adaptive behavior treatment by protocol (ABA)
          90867  transcranial magnetic stimulation, initial
          E0784  external ambulatory insulin pump

        Removed (no longer require PA):
          70450  CT head without contrast
          97110  therapeutic exercise (first 12 visits)

        The complete list is attached.
        """),
        Att("GPHP_PA_list_2027.csv", csv_text([
            ["code", "type", "description", "change", "lines_of_business"],
            ["81162", "CPT", "BRCA1/BRCA2 full sequence + dup/del", "added", "COM;MA"],
            ["81432", "CPT", "hereditary breast cancer panel", "added", "COM;MA"],
            ["81443", "CPT", "severe inherited conditions panel", "added", "COM"],
            ["97153", "CPT", "adaptive behavior treatment (ABA)", "added", "COM"],
            ["90867", "CPT", "TMS initial", "added", "COM;MA"],
            ["E0784", "HCPCS", "insulin pump", "added", "COM;MA"],
            ["70450", "CPT", "CT head w/o contrast", "removed", "COM;MA"],
            ["97110", "CPT", "therapeutic exercise", "removed", "COM"],
        ]), "text/csv", cs="us-ascii", cte="base64")))

add("statement-template-proof-sample", "none",
    "patient-statement vendor sends a template proof filled with SAMPLE PATIENT data; no real patient",
    ("StatementPro Design", "design@statementpro.example.com"),
    ("Lydia Fernsby", "lfernsby@" + CLAIMWISE),
    "Proof v2: Alder GI patient statement (new QR pay code)", "2026-03-30 15:33 -0500",
    Mixed(Text("""
        Hi Lydia,

        Proof v2 attached with the QR code moved to the top right and the
        financial-assistance sentence in Spanish added. All data on the proof
        is sample data.

        Please approve so we can switch the print run on April 10.

        Marco Ruiz | StatementPro | 555-0118
        """),
        Att("AlderGI_statement_proof_v2.pdf", make_pdf([
            "ALDER GASTROENTEROLOGY  -  PATIENT STATEMENT      *** PROOF - SAMPLE DATA ***",
            "Patient: SAMPLE PATIENT     Account: 000000000     Statement date: 01/01/1900",
            "DOS 01/01/1900  Office visit (99213)              $ 000.00",
            "DOS 01/01/1900  Procedure (00000)                 $ 000.00",
            "Insurance paid  -$000.00    Amount due  $000.00",
            "Scan the QR code or pay at https://pay.aldergi.example.org",
            "Ayuda financiera disponible: llame al 555-0118.",
        ], compress=True), "application/pdf")))

# ---- health IT and data

CHARTWELL = "chartwell-ehr.example.com"

add("chartwell-26-2-release-notes", "none",
    "EHR vendor's release notes listing clinical features (med reconciliation, allergy severity, Part 2 consent flag); no patient",
    ("Chartwell Release Management", "releases@" + CHARTWELL),
    ("Chartwell Customer Admins", "customer-admins@lists.chartwell-ehr.example.com"),
    "Chartwell EHR 26.2 release notes (GA May 9)", "2026-04-28 17:00 -0500",
    Alt("""
        Chartwell EHR 26.2 - General Availability May 9, 2026

        Clinical
        - Medication reconciliation: side-by-side view of home meds and
          discharge meds, with "continue / stop / change" in one click.
        - Allergies: new reaction severity field (mild / moderate / severe /
          anaphylaxis), mapped to SNOMED CT.
        - Behavioral health: new therapy progress note template; psychotherapy
          notes stored separately from the general chart by default.
        - Substance use disorder programmes: a 42 CFR Part 2 consent flag
          blocks redisclosure of flagged encounters in CCD exports.

        Lab & orders
        - Results routing rules can now target a care team pool.
        - LOINC mapping report for unmapped local codes.

        Interoperability
        - FHIR R4 US Core 6.1 for Patient, Observation, MedicationRequest.
        - HL7 v2 ADT A08 now sends PID-13 email when available.

        Known issues: see https://support.chartwell-ehr.example.com/kb/26-2
        Support: 555-0160
        """))

ADT_SAMPLE = "\r".join([
    "MSH|^~\\&|CHARTWELL|RRMC|LABSYS|RRMC|20260310083000||ADT^A04^ADT_A01|ZZTEST0001|T|2.5.1",
    "EVN|A04|20260310083000",
    "PID|1||ZZ9000001^^^RRMC^MR||ZZTEST^ADTSAMPLE^^^^^L||19000101|U|||1 TEST ST^^ALDER^ZZ^00000||555-0100",
    "PV1|1|O|LAB^^^RRMC||||" + NPI_ABERNATHY + "^ABERNATHY^HELEN|||||||||||ZZV0001",
]) + "\r"

add("adt-a04-interface-spec-review", "none",
    "interface analyst's ADT feed spec questions with field names (PID-3, PV1-7) and an HL7 sample for a ZZTEST dummy; no patient",
    ("Marisol Teague", "mteague@rookwoodregional.example.org"),
    ("LabSys Integration", "integration@labsys-lis.example.com"),
    "ADT A04 spec v0.3 - questions on PID-3 and PV1-7 before test window", "2026-03-10 09:18 -0500",
    Mixed(Text("""
        Hi LabSys team,

        Before the test window opens on 3/16, a few questions on spec v0.3:

        1. PID-3: we send the MRN with assigning authority RRMC and type MR.
           Do you also need the enterprise ID (type PI) as a second repetition?
        2. PV1-7 attending: NPI in component 1 OK, or do you want our
           internal provider number?
        3. PID-13: we're adding email in 26.2. Can your side ignore it?
        4. A08 updates: do you want every A08, or only when PID fields change?

        Sample message attached (test system, dummy patient, processing ID
        T). Connection will be MLLP over the VPN, port 6661.

        Thanks,
        Marisol Teague | Interface Analyst | Rookwood Regional IT | 555-0107
        """),
        Att("RRMC_ADT_A04_sample_ZZTEST.hl7", ADT_SAMPLE.encode("ascii"), "application/hl7-v2", cte="base64")))

FHIR_MAP = {
    "resourceType": "ConceptMap",
    "id": "rrmc-local-labs-to-loinc",
    "status": "draft",
    "title": "RRMC local lab codes to LOINC (draft 2)",
    "group": [{
        "source": "urn:oid:2.16.840.1.113883.3.9999.1",
        "target": "http://loinc.org",
        "element": [
            {"code": "GLYHB", "display": "Hemoglobin A1c", "target": [{"code": "4548-4", "equivalence": "equivalent"}]},
            {"code": "LDLC", "display": "LDL cholesterol calc", "target": [{"code": "13457-7", "equivalence": "equivalent"}]},
            {"code": "HIVAGAB", "display": "HIV 1+2 Ag/Ab screen", "target": [{"code": "56888-1", "equivalence": "equivalent"}]},
            {"code": "EGFR", "display": "eGFR CKD-EPI 2021", "target": [{"code": "98979-8", "equivalence": "equivalent"}]},
            {"code": "UDSFEN", "display": "Fentanyl urine screen", "target": [{"code": "", "equivalence": "unmatched"}]},
        ],
    }],
}

add("fhir-conceptmap-lab-codes", "none",
    "data engineer shares a FHIR ConceptMap mapping local lab codes (A1c, HIV screen, fentanyl) to LOINC; terminology, no patient",
    ("Devin Achterberg", "dachterberg@rookwoodregional.example.org"),
    ("Interop Working Group", "interop-wg@rookwoodregional.example.org"),
    "ConceptMap draft 2 - local lab codes -> LOINC (need help on UDSFEN)", "2026-05-19 13:40 -0500",
    Mixed(Text("""
        All,

        Draft 2 of the lab ConceptMap is attached for the US Core Observation
        work. 412 of 437 local codes are mapped. Still stuck on a few,
        including UDSFEN (fentanyl urine screen), where the lab uses a
        send-out assay and I can't find the exact LOINC.

        Please review by Friday. We'll load it into the terminology server
        on the 26th.

        Devin
        """),
        Att("ConceptMap-rrmc-local-labs-to-loinc.json", json.dumps(FHIR_MAP, indent=2) + "\n",
            "application/json", cs="utf-8", cte="quoted-printable")))

add("dw-nightly-load-failed", "none",
    "data-warehouse job failure alert naming encounter and diagnosis tables and row counts; IT alert, no patient",
    ("Lumen DW Scheduler", "dw-alerts@rookwoodregional.example.org"),
    ("Data Engineering On-Call", "de-oncall@rookwoodregional.example.org"),
    "[FAILED] claims_fact_daily / load_fact_encounter_dx (run 2026-08-04)", "2026-08-04 03:17 -0500",
    Text("""
        DAG:      claims_fact_daily
        Task:     load_fact_encounter_dx
        Run:      scheduled__2026-08-04T02:00:00
        Status:   FAILED after 3 retries
        Duration: 00:41:12

        Error:
          psycopg2.errors.UniqueViolation: duplicate key value violates
          unique constraint "pk_fact_encounter_dx"
          DETAIL: Key (encounter_key, dx_seq)=(88102741, 1) already exists.

        Upstream row counts:
          stg_encounter        182,044 (expected 180k-190k)
          stg_encounter_dx     611,209
          stg_claim_line       1,004,377

        Downstream blocked: mart_readmissions, mart_hedis_diabetes,
        dash_oncology_volumes

        Runbook: https://wiki.rookwoodregional.example.org/dw/runbooks/fact-encounter-dx
        """))

add("deidentified-extract-ready", "none",
    "research data office says a Safe-Harbor de-identified extract is ready, giving counts and column names only",
    ("Westbrook Research Data Office", "rdo@westbrook-univ.example.edu.test"),
    ("Dr. Kiran Batra", "kbatra@westbrook-univ.example.edu.test"),
    "Data request RDR-2026-0114 ready (de-identified, Safe Harbor)", "2026-02-12 10:05 -0500",
    Text("""
        Dear Dr. Batra,

        Your extract for RDR-2026-0114, "Outcomes after GLP-1 RA initiation in
        adults with type 2 diabetes, 2019-2025", is ready in your secure
        research workspace (folder /rdr/2026-0114/).

          Patients: 48,221     Encounters: 1,388,704
          Files: cohort.parquet, labs.parquet, meds.parquet, dx.parquet

        De-identification: HIPAA Safe Harbor. Dates shifted to days from
        index; ages over 89 grouped; ZIP reduced to 3 digits (populations
        under 20,000 set to 000). Columns: study_id, age_group, sex, zip3,
        index_day, drug_class, a1c_value, a1c_day, bmi, icd10_code, dx_day.

        Per your data use agreement, do not attempt to re-identify anyone
        and do not link to other datasets without IRB approval.

        Research Data Office | 555-0120
        """))

add("pacs-viewer-security-advisory", "none",
    "imaging vendor's security advisory and patch notice for a PACS web viewer; IT notice, no patient",
    ("Orbis Imaging Security", "psirt@orbis-imaging.example.com"),
    ("Orbis Customers - Security Contacts", "security-contacts@lists.orbis-imaging.example.com"),
    "Security Advisory OISA-2026-03: OrbisView Web 8.x authentication bypass (CVSS 8.1)", "2026-09-08 18:30 +0000",
    Text("""
        ORBIS IMAGING PRODUCT SECURITY ADVISORY OISA-2026-03

        Affected: OrbisView Web 8.0 through 8.4.2
        Fixed in: 8.4.3 (available now), hotfix HF-8.3.9 for 8.3 customers
        Severity: High (CVSS 3.1 base 8.1)

        A flaw in session token validation could let an unauthenticated
        attacker on the same network view studies in the web viewer. We are
        not aware of exploitation in the wild.

        Mitigations until patched: restrict the viewer to the internal
        network or VPN; enable the "require SSO" option.

        Customers with managed service contracts will be patched by Orbis
        by September 30. Others: https://support.orbis-imaging.example.com/oisa-2026-03

        Orbis PSIRT | 555-0176
        """))

add("prep-starts-dashboard-monthly", "none",
    "analytics team's monthly HIV PrEP programme dashboard with aggregate starts and persistence by clinic; no individual",
    ("Juniper Street CHC Analytics", "analytics@juniperchc.example.org"),
    ("HIV Prevention Program", "hivprevention@juniperchc.example.org"),
    "PrEP dashboard - September 2026", "2026-10-05 09:00 -0400",
    Alt("""
        PrEP program dashboard, September 2026 (all Juniper Street sites)

        New PrEP starts: 74 (Aug 69)
          Main St clinic 31 | Rookwood 22 | Mobile unit 14 | Telehealth 7
        On PrEP at month end: 1,126
        3-month persistence (starts in June): 71%
        Same-day starts: 38% of new starts
        HIV tests done before start: 100%; new HIV diagnoses at screening: 3
          (all linked to care within 7 days)
        Long-acting injectable PrEP: 142 people (+18)

        Cells under 11 are suppressed in the full dashboard per our
        small-numbers policy.
        """))

add("ehr-maintenance-downtime-sat", "none",
    "EHR downtime notice with downtime procedures and report names; IT notice, no patient",
    ("Rookwood Regional IT Service Desk", "servicedesk@rookwoodregional.example.org"),
    ("All Rookwood Staff", "allstaff@rookwoodregional.example.org"),
    "Planned Chartwell downtime Sat 5/9, 1:00-4:00 am", "2026-05-05 12:00 -0500",
    Text("""
        Chartwell EHR will be unavailable on Saturday, May 9 from 1:00 am to
        approximately 4:00 am for the 26.2 upgrade.

        Before 1:00 am, unit secretaries should print the Business Continuity
        (BCA) reports: census, active orders, MAR for the next 6 hours, and
        allergy list. Use paper downtime forms for orders, notes and
        medication administration; enter them after the system is back.

        Lab and radiology results will be phoned to units for critical values.

        Service Desk: 555-0107 (24/7)
        """))

add("mis-obnovlenie-5-4-ru", "none",
    "Russian: medical information system vendor's release notes (EHR module, SNILS validation, state registry export); no patient",
    ("Служба поддержки МИС «Кварта-Мед»", "support@kvarta-mis.example.ru.test"),
    ("Администраторы МИС", "admins@gb3-kvarta.example.ru.test"),
    "Обновление МИС «Кварта-Мед» до версии 5.4 – что нового", "2026-04-21 16:30 +0300",
    Text("""
        Уважаемые коллеги!

        23 апреля с 22:00 до 02:00 (МСК) будет установлено обновление МИС
        «Кварта-Мед» до версии 5.4. В это время система будет недоступна.

        Основные изменения:
        1. ЭМК: новый шаблон осмотра терапевта и кардиолога, автоматическая
           подстановка диагноза по МКБ-10 из направления.
        2. Проверка контрольной суммы СНИЛС при регистрации пациента
           (раньше проверялся только формат).
        3. Выгрузка медицинских документов в региональный сегмент: исправлена
           ошибка с подписью врача (код ошибки 412).
        4. Лаборатория: результаты анализов можно отправлять в личный кабинет
           пациента только после подтверждения врачом.

        Инструкция по переходу приложена в базе знаний. Вопросы — по телефону
        горячей линии +7 495 555-01-71.

        С уважением,
        служба поддержки МИС «Кварта-Мед»
        """, cs="windows-1251", cte="quoted-printable"), lang="ru", hcs="windows-1251")

add("purge-zztest-patients-prod", "none",
    "IT change ticket to purge ZZTEST dummy patients and their MRNs from production after a rehearsal; no real patient",
    ("Chartwell Support Portal", "noreply-support@" + CHARTWELL),
    ("Marisol Teague", "mteague@rookwoodregional.example.org"),
    "[Case 00918377] Request to purge test patients from PROD", "2026-05-11 10:22 -0500",
    Text("""
        Case 00918377 has been updated.

        Customer comment (Marisol Teague, Rookwood Regional):
        During the go-live rehearsal on 5/9 we created 4 test patients in
        PROD by mistake:
          ZZTEST, ALPHA    MRN ZZ9000001
          ZZTEST, BRAVO    MRN ZZ9000002
          ZZTEST, CHARLIE  MRN ZZ9000003
          ZZTEST, DELTA    MRN ZZ9000004
        They have test orders (CBC, BMP, a chest X-ray) and one test
        medication order. Please purge them and the orders, and confirm
        nothing went to the HIE.

        Chartwell response (Tier 2):
        We can run the purge utility Thursday night. The HIE feed filters
        names starting with ZZTEST, so nothing was sent.
        """))

add("interface-ack-error-summary", "none",
    "interface engine's daily summary of HL7 ACK error counts by code; IT report, no patient",
    ("Interface Engine Monitor", "interface-monitor@rookwoodregional.example.org"),
    ("Interface Team", "interfaces@rookwoodregional.example.org"),
    "Daily ACK summary 2026-07-14: 3 channels above AE threshold", "2026-07-15 06:00 -0500",
    Text("""
        Daily ACK summary for 2026-07-14 (00:00-23:59)

        Channel               Sent     AA       AE     AR    AE rate
        ADT_to_LabSys         8,112    8,097    15     0     0.18%
        ORU_from_LabSys      21,430   21,101   329     0     1.54%  <-- over 1%
        ORM_to_RIS            3,008    2,990    18     0     0.60%
        VXU_to_Registry         412      371    41     0     9.95%  <-- over 1%
        MDM_to_HIE            1,977    1,942     0    35     1.77%  <-- AR

        Top error texts:
          ORU  "OBX-3 code not found in master file"          (301)
          VXU  "RXA-5 CVX code inactive"                       (41)
          MDM  "TXA-2 document type not accepted"              (35)

        Details in the dashboard; message bodies are not included in alerts.
        """))

add("train-environment-practice-patients", "none",
    "EHR trainer's instructions for a training environment with obviously fictional practice patients; no real patient",
    ("Chartwell Training Team", "training@rookwoodregional.example.org"),
    ("New Nurse Residents - July Cohort", "rn-residents-july@rookwoodregional.example.org"),
    "Your Chartwell TRAIN logins + practice exercises for Monday", "2026-07-02 15:45 -0500",
    Text("""
        Welcome, July residents!

        Your TRAIN environment login is your network ID, password
        "Train2026!" (you'll be asked to change it). TRAIN is NOT real:
        nothing you do there reaches a patient.

        Monday's practice patients (all fictional):
          "Mickey Traineeson", 67 - admit for pneumonia, give the first dose
            of ceftriaxone, document vitals
          "Dolly Practiceton", 34 - post-op day 1, pain reassessment after
            oxycodone 5 mg, start the incentive spirometer education
          "Baby Boy Sandbox" - newborn admission, vitamin K and hep B vaccine

        Bring your badge. Classroom B, 8:00 am. Questions: training team,
        555-0159.
        """))

add("genetic-counseling-desk-phone-vendor", "none",
    "borderline: a 'Genetic Counseling - Scheduling' sender writes to its phone-system vendor about dropped calls; no patient",
    ("Keller Genetic Counseling - Scheduling", "scheduling@kellergenomics.example.com"),
    ("VoiceBridge Support", "support@voicebridge-telecom.example.net"),
    "Call queue drops after 3 minutes - ticket VB-22810", "2026-06-08 09:05 -0700",
    Text("""
        Hi VoiceBridge,

        Since your update on Friday, callers to our main scheduling queue
        (555-0163) are disconnected after exactly 3 minutes on hold. The
        overflow to voicemail isn't working either. We had 41 dropped calls
        yesterday.

        Can someone look at the queue timeout setting today? Our account
        number is VB-44710.

        Thanks,
        Jenna Morrow
        Scheduling Supervisor, Keller Genetic Counseling
        """))

# phi from revenue cycle and IT

add("statement-colonoscopy-biopsy", "phi",
    "billing vendor's statement e-mail to a named patient for a colonoscopy with biopsy, with account number and balance",
    ("Alder Gastroenterology Billing (Claimwise)", "statements@" + CLAIMWISE),
    ("Teresa Valdivia", "tvaldivia@mailbox.example.net"),
    "Your statement from Alder Gastroenterology is ready", "2026-03-27 07:30 -0600",
    Alt("""
        Hello Teresa Valdivia,

        Your new statement is ready.

        Account: 2231-0048812
        Date of service: 02/11/2026 - Dr. Felix Armitage
          Colonoscopy with biopsy (45380)            $2,140.00
          Pathology, tissue exam (88305)              $  214.00
          Insurance paid (Lakeshore Mutual)          -$1,827.60
          Insurance adjustment                       -$  240.00
        Amount due by 04/20/2026:                     $  286.40

        Pay online: https://pay.aldergi.example.org
        Questions or payment plans: 555-0128
        """))

add("audit-finding-single-encounter", "phi",
    "coding auditor flags one encounter to a cardiologist: MRN, date of service, billed codes, AF diagnosis and new anticoagulant",
    ("Maren Kolb", "mkolb@northstar-coding.example.com"),
    ("Dr. Victor Anand", "vanand@cairnviewheart.example.org"),
    "Audit question - MRN 00482913, DOS 03/05/2026", "2026-07-21 11:03 -0400",
    Text("""
        Dr. Anand,

        One encounter from the Q2 sample where I'd like your input before I
        finalize:

          MRN 00482913, DOS 03/05/2026, established patient
          Billed: 99215-25 + 93000 (ECG)
          Dx: I48.91 unspecified atrial fibrillation, Z79.01

        The note documents new-onset AF, starting apixaban 5 mg BID, and
        discussion of stroke risk (CHA2DS2-VASc 3). I think MDM supports
        moderate (99214) rather than high unless you also considered
        admission, which isn't documented. Also, the note says "paroxysmal",
        so I48.0 would be more specific.

        Can you reply by Friday?
        Maren Kolb, CPC, CPMA | 555-0135
        """))

add("277ca-reject-member-id-mismatch", "phi",
    "clearinghouse rejection report naming a patient with member ID, date of service and new-patient visit code",
    ("PayerLink Claim Status", "claimstatus@" + PAYERLINK),
    ("Bea Honda", "bhonda@aldergi.example.org"),
    "277CA rejections - batch 0412-A (1 claim)", "2026-04-13 02:10 -0500",
    Text("""
        PayerLink Exchange - Claim Acknowledgment (277CA) Rejections
        Submitter: Alder Gastroenterology (ID 2231)   Batch: 0412-A

        Patient:     SILVA, ARMANDO
        Member ID:   LMH-30981120-01 (payer: Lakeshore Mutual)
        Patient acct: 2231-0051190
        DOS:         04/12/2026
        Billed:      99204 new patient visit, $412.00
        Dx:          K21.9, R13.10
        Status:      A7:164 - entity's contract/member number not found
        Action:      verify member ID and suffix on the card, correct and
                     resubmit

        Rejected claims have not reached the payer.
        """))

add("denials-workqueue-export", "phi",
    "RCM vendor sends a denial work-queue CSV listing patients' names, DOS, CPT codes and denial reasons",
    ("Lydia Fernsby", "lfernsby@" + CLAIMWISE),
    ("Bea Honda", "bhonda@aldergi.example.org"),
    "Auth denials to work this week (6)", "2026-05-26 14:40 -0600",
    Mixed(Text("""
        Bea, attached are the CO-197 denials that need clinical
        documentation from your side. Could your PA coordinator pull the
        auth numbers or notes? Timely appeal deadline on the first two is
        6/5.

        L.
        """),
        Att("aldergi_auth_denials_2026-05-26.csv", csv_text([
            ["patient_name", "dob", "acct", "payer", "dos", "cpt", "dx", "carc", "billed"],
            ["Okoro, Beatrice", "1958-02-14", "2231-0047120", "Granite Peak", "2026-04-08", "43239", "K22.70", "CO-197", "1890.00"],
            ["Nguyen, Peter", "1971-10-30", "2231-0047355", "Granite Peak", "2026-04-09", "45385", "D12.5", "CO-197", "2310.00"],
            ["Fairbanks, Leona", "1963-07-07", "2231-0047902", "Lakeshore Mutual", "2026-04-15", "91110", "K92.1", "CO-197", "3120.00"],
            ["Ramires, Julio", "1985-12-01", "2231-0048006", "Medicaid MCO", "2026-04-16", "43235", "R10.13", "CO-197", "1210.00"],
            ["Hart, Simone", "1990-05-22", "2231-0048140", "Granite Peak", "2026-04-21", "74183", "K50.90", "CO-197", "2675.00"],
            ["Pruitt, Gordon", "1949-09-18", "2231-0048222", "Lakeshore Mutual", "2026-04-22", "45378", "Z86.010", "CO-197", "2140.00"],
        ]), "text/csv", cs="utf-8", cte="quoted-printable")))

add("support-ticket-screenshot-filename", "phi",
    "borderline: EHR support ticket whose only PHI is the screenshot's file name (patient name, MRN and the HbA1c result)",
    ("Rita Gallagher", "rgallagher@oakhollowfm.example.org"),
    ("Chartwell Support", "support@" + CHARTWELL),
    "Lab results not filing to chart since this morning", "2026-09-22 10:48 -0500",
    Mixed(Text("""
        Hi support,

        Since about 7 am, results from Tri-County Lab show up in the inbox
        but don't file to the chart's results tab. See screenshot. It's
        happening for every provider at Oak Hollow.

        Rita Gallagher | Practice Manager | Oak Hollow Family Medicine
        555-0103
        """),
        Att("screenshot_PRYOR_ROSALIND_MRN00773104_HbA1c_9.2.png", make_png(64, 40, 7), "image/png")))

add("cohort-extract-first-rows-identified", "phi",
    "analyst pastes the first rows of a 'de-identified' diabetes extract that still has names, DOBs, MRNs and A1c values",
    ("Samir Qadri", "sqadri@rookwoodregional.example.org"),
    ("Dr. Kiran Batra", "kbatra@westbrook-univ.example.edu.test"),
    "first look at the diabetes cohort pull", "2026-01-29 17:55 -0500",
    Text("""
        Hi Dr. Batra,

        Here's a first look at the pull before we run it through the
        de-id step (I know, I know, I'll send the real one through the RDO):

        mrn       name               dob         a1c   a1c_date    drug
        00552187  Lowell, Frances    1952-03-11  8.9   2025-11-02  GLP-1 RA
        00601944  Chen, Marcus       1967-08-29  7.2   2025-12-14  metformin
        00377120  Ibarra, Rosa       1978-01-05  10.4  2025-10-21  insulin glargine
        00712033  Whitfield, Dale    1949-06-17  6.8   2026-01-08  SGLT2i

        Counts look right (48k). Let me know if the columns work.

        Samir
        """))

# restricted from billing

add("otp-claims-batch-march", "restricted",
    "opioid treatment programme's billing sends the TPA a March claims batch of named patients' methadone dosing codes (42 CFR Part 2)",
    ("Saltmarsh Recovery Clinic - Billing", "billing@saltmarshrecovery.example.org"),
    ("Meridale Claims Intake", "claims.intake@" + MERIDALE),
    "March 2026 claims - Saltmarsh Recovery Clinic (3 members)", "2026-04-03 10:10 -0400",
    Mixed(Text("""
        Hello,

        Attached are the March claims for Meridale members. We could not
        submit them electronically because your payer ID is rejecting H0020
        with our taxonomy code.

        NOTICE: This information has been disclosed to you from records
        protected by federal confidentiality rules (42 CFR part 2). The
        federal rules prohibit you from making any further disclosure of this
        information unless expressly permitted by the written consent of the
        person to whom it pertains or as otherwise permitted by 42 CFR part 2.

        Saltmarsh Recovery Clinic Billing | 555-0121
        """),
        Att("harbor_otp_claims_2026-03.csv", csv_text([
            ["member_name", "member_id", "dob", "service", "hcpcs", "units", "dos_range", "charge"],
            ["Brandt, Tyler", "MBA-3318-204", "1994-02-09", "methadone administration", "H0020", "31", "03/01-03/31", "465.00"],
            ["Solis, Ramona", "MBA-4471-018", "1987-11-23", "methadone administration", "H0020", "28", "03/01-03/28", "420.00"],
            ["Kaye, Derek", "MBA-2290-611", "1979-04-02", "individual counseling SUD", "H0004", "4", "03/05-03/26", "320.00"],
        ]), "text/csv", cs="us-ascii", cte="base64")), cat="sud")

add("brca-panel-invoice-mitchell", "restricted",
    "genetic testing lab's invoice to a named patient for BRCA1/2 sequencing (CPT 81162), PDF attached (genetic)",
    ("Keller Genomics Billing", "billing@kellergenomics.example.com"),
    ("Lauren Mitchell", "lauren.mitchell@mailbox.example.net"),
    "Your Keller Genomics invoice KG-INV-2026-118204", "2026-08-27 08:15 -0700",
    Mixed(Alt("""
        Hi Lauren,

        Your insurance has processed the claim for your recent test. Your
        invoice is attached.

        Amount due: $249.00 (our capped patient price)
        Pay by 09/26 at https://pay.kellergenomics.example.com or call
        555-0163 for a payment plan.

        Keller Genomics Patient Billing
        """),
        Att("KG-INV-2026-118204.pdf", make_pdf([
            "KELLER GENOMICS - PATIENT INVOICE KG-INV-2026-118204",
            "Patient: Lauren Mitchell    DOB: 10/04/1986    Accession: KG26-0881204",
            "Test: BRCA1/BRCA2 full gene sequencing and del/dup analysis (CPT 81162)",
            "Ordering provider: Antonio Reyes, MD",
            "Billed to Lakeshore Mutual Health: $3,800.00  Insurance paid: $2,140.00",
            "Patient responsibility (capped): $249.00",
        ], compress=True), "application/pdf")), cat="genetic")

# ---- research and academia

WB = "westbrook-univ.example.edu.test"

add("irb-continuing-review-due", "none",
    "IRB reminder to an investigator about protocol renewal dates and progress-report contents; no subject",
    ("Westbrook University IRB", "irb@" + WB), ("Dr. Kiran Batra", "kbatra@" + WB),
    "Continuing review due: IRB-2023-0412 and IRB-2024-1187", "2026-01-08 08:00 -0500",
    Text("""
        Dear Dr. Batra,

        The following protocols expire soon. To avoid a lapse, submit the
        continuing review at least 45 days before expiry.

          IRB-2023-0412  "GLP-1 receptor agonists and kidney outcomes"
                         expires 03/14/2026  (submit by 01/28)
          IRB-2024-1187  "Text-message support after ED buprenorphine start"
                         expires 04/02/2026  (submit by 02/16)

        The progress report needs: number enrolled, withdrawn and completed;
        a summary of adverse events and unanticipated problems; any
        publications; and the current consent form. Please do not attach
        subject-level data.

        Westbrook University Human Research Protection Program | 555-0141
        """))

add("foundation-loi-internal-deadline", "none",
    "sponsored-programs office announces an internal deadline for an addiction-research foundation grant; no individual",
    ("Westbrook Office of Sponsored Programs", "osp@" + WB),
    ("Faculty - School of Medicine", "som-faculty@" + WB),
    "Limited submission: Harrow Foundation addiction research awards (internal LOI due 2/20)", "2026-02-02 13:00 -0500",
    Text("""
        Colleagues,

        The Harrow Foundation allows Westbrook ONE application for its 2026
        Early-Career Awards in Addiction Research ($450,000 over 3 years).
        Priority topics: treatment of opioid use disorder in rural
        populations, contingency management for stimulant use, and
        harm-reduction services.

        Internal process:
          - 2-page LOI + NIH-format biosketch to osp@westbrook-univ.example.edu.test
            by February 20
          - Selection committee decision March 6
          - Foundation deadline April 15

        Questions: Priya Wendt, 555-0142.
        """))

add("glide-study-recruitment-ad", "none",
    "clinical-trial recruitment advert for adults with type 2 diabetes, with eligibility and a study phone; no individual",
    ("Westbrook Clinical Research Unit", "studies@" + WB),
    ("Westbrook Health Newsletter Subscribers", "newsletter@" + WB),
    "Do you have type 2 diabetes? Join the GLIDE research study", "2026-04-15 10:00 -0500",
    Alt("""
        Do you have type 2 diabetes and take metformin?

        The GLIDE study is testing whether a once-weekly investigational
        medicine, added to metformin, helps lower blood sugar.

        You may be able to join if you:
          - are 18-75 years old
          - have had type 2 diabetes for at least 6 months
          - have an A1c between 7.5% and 10.5%

        Study visits are at the Westbrook Clinical Research Unit. You will
        receive study medicine and lab tests at no cost, and up to $600 for
        your time and travel.

        Call 555-0125 or visit https://research.westbrook-univ.example.edu.test/glide
        IRB-2025-0933. Participation is voluntary.
        """, """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head>
        <body style="font-family:Georgia,serif;max-width:640px">
        <h1 style="color:#0b5394">Do you have type 2 diabetes and take metformin?</h1>
        <p>The <b>GLIDE study</b> is testing whether a once-weekly investigational medicine, added to
        metformin, helps lower blood sugar.</p>
        <p>You may be able to join if you:</p>
        <ul><li>are 18&ndash;75 years old</li><li>have had type 2 diabetes for at least 6 months</li>
        <li>have an A1c between 7.5% and 10.5%</li></ul>
        <p>Study medicine and lab tests at no cost, and up to <b>$600</b> for your time and travel.</p>
        <p style="font-size:18px"><a href="https://research.westbrook-univ.example.edu.test/glide">Learn more</a> or call <b>555-0125</b></p>
        <p style="font-size:11px;color:#666">IRB-2025-0933. Participation is voluntary.</p>
        </body></html>
        """))

add("dsmb-meeting-invite-closed-session", "none",
    "DSMB coordinator's calendar invitation with open/closed sessions; unblinded listings only via portal; no subject",
    ("Harlow Coordinating Center", "dsmb@harlow-ccc.example.org"),
    [("DSMB Members - HORIZON-B", "dsmb-horizonb@harlow-ccc.example.org")],
    "DSMB meeting #6 - HORIZON-B - September 24 (open + closed sessions)", "2026-09-01 11:30 -0400",
    Mixed(Text("""
        Dear DSMB members,

        Meeting #6 for the HORIZON-B trial is scheduled for Thursday,
        September 24:

          12:00-12:45 ET  open session (sponsor, coordinating center)
          12:45-14:00 ET  closed session (DSMB and unblinded statistician)

        The open report (enrollment 557/557, retention, protocol deviations
        by site, aggregate SAEs by arm A/B) will be posted to the portal
        on September 10. The closed report with unblinded efficacy and
        safety tables is available only in the closed-session folder.
        Please do not download it to personal devices.

        Dial-in 555-0192, meeting ID 660 2410.

        Harlow Coordinating Center
        """),
        Att("DSMB6_HORIZON-B.ics", ics("dsmb6-horizonb@harlow-ccc.example.org",
            "DSMB #6 HORIZON-B (open + closed)", "20260924T160000Z", "20260924T180000Z",
            "Video conference / dial-in 555-0192",
            "Open session 12:00-12:45 ET, closed session 12:45-14:00 ET.\nMeeting ID 660 2410",
            "dsmb@harlow-ccc.example.org", stamp="20260901T153000Z"),
            "text/calendar", cs="utf-8", cte="base64")))

add("manuscript-received-bup-ed-cohort", "none",
    "journal's submission acknowledgement for a cohort study on ED buprenorphine starts (1,204 patients, aggregate); no individual",
    ("Journal of Addiction Care Research", "editorial@jacr-journal.example.org"),
    ("Dr. Owen Pritchard", "opritchard@" + WB),
    "JACR-2026-0418 received: Buprenorphine initiation in emergency departments", "2026-03-11 09:42 +0000",
    Text("""
        Dear Dr. Pritchard,

        Thank you for submitting your manuscript "Buprenorphine initiation in
        emergency departments and 30-day treatment retention: a
        retrospective cohort of 1,204 patients" to the Journal of Addiction
        Care Research.

        Manuscript ID: JACR-2026-0418
        Corresponding author: Owen Pritchard, MD, MPH
        Article type: Original research

        Please confirm that the data were de-identified and that the study
        was approved or exempted by your IRB, and upload the STROBE
        checklist. You can follow the status at
        https://submit.jacr-journal.example.org.

        Kind regards,
        Editorial Office
        """))

add("prevention-summit-call-for-abstracts", "none",
    "conference call for abstracts on HIV prevention, PrEP uptake and long-acting therapy; no individual",
    ("HIV Prevention Science Summit", "abstracts@hivps-summit.example.org"),
    ("Summit mailing list", "members@hivps-summit.example.org"),
    "Call for abstracts: HIV Prevention Science Summit 2027 (deadline Dec 1)", "2026-09-15 12:00 -0400",
    Alt("""
        HIV Prevention Science Summit 2027
        April 20-22, 2027 - Chicago and online

        We invite abstracts in four tracks:
          1. PrEP uptake, persistence and long-acting injectable PrEP
          2. Testing, linkage and rapid ART start
          3. Stigma, policy and community-led programmes
          4. Implementation science in STI and HIV clinics

        Abstract limit 300 words. Case reports must be fully de-identified.
        Deadline: December 1, 2026. Scholarships for community presenters.

        Submit: https://hivps-summit.example.org/abstracts
        """))

add("cme-certificate-trd-course", "none",
    "CME certificate e-mail to a named psychiatrist with her NPI and credits for a depression course; no patient",
    ("Westbrook Continuing Medical Education", "cme@" + WB),
    ("Dr. Thandiwe Mbeki", "tmbeki@thistlewoodbh.example.org"),
    "Your CME certificate: Managing Treatment-Resistant Depression (1.5 credits)", "2026-03-23 16:00 -0500",
    Mixed(Text("""
        Dear Dr. Mbeki,

        Thank you for completing "Managing Treatment-Resistant Depression:
        Esketamine, TMS and Augmentation Strategies" on March 19, 2026.
        Your certificate for 1.5 Category 1 credits is attached.

        We have reported your completion for MOC Part II using NPI %s.

        Westbrook CME Office | 555-0144
        """ % NPI_MBEKI),
        Att("CME_certificate_Mbeki_TRD_2026.pdf", make_pdf([
            "Westbrook University School of Medicine - Continuing Medical Education",
            "This certifies that Thandiwe Mbeki, MD",
            "completed: Managing Treatment-Resistant Depression",
            "Date: March 19, 2026      Credits: 1.5 Category 1",
            "NPI: " + NPI_MBEKI,
        ]), "application/pdf")))

add("psychiatry-match-results-welcome", "none",
    "residency programme director announces incoming psychiatry residents by name and medical school; no patient",
    ("Dr. Leonard Whitfield, Program Director", "psych-residency@" + WB),
    ("Department of Psychiatry", "psychiatry-all@" + WB),
    "Match Day! Please welcome our incoming PGY-1 psychiatry residents", "2026-03-20 13:05 -0400",
    Text("""
        Dear colleagues,

        We matched all 8 positions. Please join me in welcoming the
        incoming class, starting June 22:

          Ayodele Bankole      - Westbrook University SOM
          Clara Henning        - Northern Plains College of Medicine
          Diego Fuentes-Marr   - Universidad del Valle Alto (IMG)
          Hannah Liu           - Lakeview School of Medicine
          Ibrahim Saleh        - Westbrook University SOM
          Kenzie Parrott       - Eastbay College of Osteopathic Medicine
          Priya Raman          - Lakeview School of Medicine
          Tomasz Wilk          - Rookwood Medical College

        Welcome reception Friday 4-6 pm in the Faculty Club. Current
        residents, please sign up to be a buddy.

        Leonard
        """))

add("journal-club-fictional-case", "none",
    "borderline: teaching case for journal club about an explicitly fictional composite patient with bipolar disorder; no real person",
    ("Dr. Hannah Liu", "hliu@" + WB),
    ("Psychiatry Residents", "psych-residents@" + WB),
    "Journal club Thursday - case + paper", "2026-10-12 19:22 -0500",
    Text("""
        Hi all,

        For Thursday, please read the lithium vs. quetiapine maintenance
        paper (link in the residents' channel) and think about this case. It is a FICTIONAL
        composite, not one of our patients:

        "Ms. B" is a 29-year-old graduate student with bipolar I disorder,
        two manic episodes, stable on lithium (level 0.7) for 3 years. She
        plans a pregnancy in the next year and asks whether she should stop
        lithium. Her TSH has crept up to 5.8.

        Questions: What would you tell her about teratogenic risk? Would
        you switch, and to what? How does the paper's relapse data change
        your counselling?

        Pizza at 12. See you there!
        Hannah (PGY-3)
        """))

add("cpp-calendrier-seances-2026", "none",
    "French: research ethics committee's 2026 meeting calendar and filing deadlines for investigators; no participant",
    ("Secrétariat du CPP Sud-Ouest III", "secretariat@cpp-sudouest3.example.fr.test"),
    ("Promoteurs et investigateurs", "promoteurs@cpp-sudouest3.example.fr.test"),
    "Calendrier des séances 2026 et dates limites de dépôt", "2026-01-05 09:30 +0100",
    Text("""
        Madame, Monsieur,

        Vous trouverez ci-dessous le calendrier des séances plénières du
        Comité de protection des personnes Sud-Ouest III pour l'année 2026.

          Séance         Date limite de dépôt du dossier
          12 février     22 janvier
          12 mars        19 février
          9 avril        19 mars
          7 mai          16 avril
          11 juin        21 mai

        Rappel : les dossiers de recherches impliquant la personne humaine
        (catégories 1, 2 et 3) doivent être déposés complets : protocole,
        notes d'information et formulaires de consentement, attestation
        d'assurance, CV des investigateurs. Les modifications substantielles
        suivent le même calendrier.

        Le secrétariat est joignable au 05 55 50 01 72, du lundi au jeudi.

        Bien cordialement,
        Le secrétariat du CPP
        """, cs="iso-8859-1", cte="quoted-printable"), lang="fr", hcs="iso-8859-1")

add("consent-template-genetic-language", "none",
    "IRB announces a revised consent template with genetic research and genetic-privacy language; policy, no subject",
    ("Westbrook University IRB", "irb@" + WB),
    ("Research Community", "research-all@" + WB),
    "Revised consent template (v2026.1): genomic data sharing and GINA language", "2026-06-01 08:00 -0500",
    Text("""
        The IRB has released consent template v2026.1. Changes:

        - New required section for studies that collect DNA or perform
          whole-genome or exome sequencing: what data are shared, with whom
          (controlled-access repositories), and whether participants can
          get individual results.
        - Updated genetic-privacy paragraph describing the federal law that
          protects against genetic discrimination in health insurance and
          employment, and what it does NOT cover (life, disability and
          long-term care insurance).
        - Optional check boxes for future use of samples and for being
          re-contacted about incidental findings such as BRCA1/2 or Lynch
          syndrome variants.

        Use v2026.1 for all new submissions from July 1. Template and
        guidance: https://irb.westbrook-univ.example.edu.test/templates
        """))

add("biobank-inventory-by-diagnosis", "none",
    "biobank's quarterly inventory with sample counts by diagnosis and consent type; aggregate, no donor",
    ("Westbrook Biobank", "biobank@" + WB),
    ("Biobank Oversight Committee", "biobank-committee@" + WB),
    "Q2 inventory report - samples by diagnosis and consent", "2026-07-06 10:00 -0500",
    Mixed(Text("""
        Dear committee,

        Q2 inventory attached. Highlights: 2,140 new aliquots, freezer F-7
        replaced after the May alarm (no sample loss), and 88 withdrawals of
        consent processed (samples destroyed per SOP BB-12).

        Westbrook Biobank
        """),
        Att("biobank_Q2_2026_by_dx.csv", csv_text([
            ["diagnosis_group", "donors", "serum_aliquots", "dna_samples", "broad_consent", "disease_specific_consent"],
            ["Breast cancer", "1204", "9632", "1180", "1012", "192"],
            ["Colorectal cancer", "688", "5504", "671", "590", "98"],
            ["Type 2 diabetes", "2310", "18480", "2255", "2310", "0"],
            ["Major depressive disorder", "412", "3296", "405", "377", "35"],
            ["HIV infection", "318", "2544", "311", "260", "58"],
            ["Healthy controls", "3050", "24400", "2998", "3050", "0"],
        ]), "text/csv", cs="us-ascii", cte="7bit")))

add("site-feasibility-mash-questionnaire", "none",
    "CRO's site feasibility questionnaire asking how many MASH patients a site sees; aggregate estimates, no patient",
    ("Corvane Clinical Feasibility", "feasibility@corvane-cro.example.com"),
    ("Westbrook Clinical Research Unit", "cru@" + WB),
    "Feasibility: Phase 2b MASH study CVN-4410 - questionnaire due 8/14", "2026-07-31 09:15 -0400",
    Text("""
        Dear site team,

        We are assessing sites for CVN-4410, a Phase 2b study in adults with
        biopsy-confirmed MASH (fibrosis stage F2-F3). Please answer by 8/14:

          1. How many patients with MASH/NASH does your hepatology clinic see
             per year? How many with F2-F3 on biopsy or elastography?
          2. How many liver biopsies does your site perform per month?
          3. Competing MASH trials currently enrolling at your site?
          4. Estimated enrollment in 12 months (screen failure rate ~70%).
          5. Do you have transient elastography on site?

        Please give estimates only, no patient-level information.

        Corvane Clinical, Feasibility Team | 555-0174
        """))

add("crc-psychiatry-trials-posting", "none",
    "job posting for a research coordinator on depression and PTSD trials; no patient",
    ("Westbrook HR Recruiting", "jobs@" + WB),
    ("Clinical Research Professionals list", "crp-list@lists.example.org"),
    "Job: Clinical Research Coordinator II - Psychiatry (depression, PTSD trials)", "2026-05-04 11:00 -0500",
    Text("""
        The Westbrook Department of Psychiatry is hiring a Clinical Research
        Coordinator II for its mood and trauma research program.

        You will screen and consent participants for Phase 2/3 trials in
        treatment-resistant depression and PTSD, run study visits (rating
        scales, ECGs, lab draws), enter data in the study database (EDC), and manage IRB
        submissions.

        Requirements: bachelor's degree, 2 years of clinical research
        experience, GCP certificate. Research-professional certification (CCRP or CCRC) preferred.
        Salary $58,000-$70,000.

        Apply: https://jobs.westbrook-univ.example.edu.test/req/CRC-2611
        Contact: Gwen Abara, 555-0147
        """))

add("investigator-meeting-luma-301-de", "none",
    "German: sponsor's invitation to an investigator meeting for a psoriasis trial; logistics, no patient",
    ("Studienteam LUMA-301", "luma301@arvelis-pharma.example.de.test"),
    ("Prüfzentren Deutschland", "pruefzentren@arvelis-pharma.example.de.test"),
    "Einladung: Investigator Meeting LUMA-301 am 17. Oktober in Frankfurt", "2026-08-25 10:00 +0200",
    Text("""
        Sehr geehrte Prüfärztinnen und Prüfärzte,
        sehr geehrte Study Nurses,

        wir laden Sie herzlich zum Investigator Meeting der Phase-III-Studie
        LUMA-301 (mittelschwere bis schwere Plaque-Psoriasis) ein:

          Datum: Samstag, 17. Oktober 2026, 9:00–16:30 Uhr
          Ort: Tagungszentrum Mainblick, Frankfurt am Main
          Themen: Protokoll, Ein- und Ausschlusskriterien, PASI-Schulung,
          eCRF, Meldung von SUEs, Randomisierung über IWRS

        Die Teilnahme ist für den Prüfarzt oder die Prüfärztin und eine
        Study Nurse pro Zentrum Voraussetzung für die Initiierung. Reise- und
        Übernachtungskosten werden nach unserer Reiserichtlinie erstattet;
        ein Honorar wird nicht gezahlt.

        Bitte melden Sie sich bis 18. September über den Link in der
        Studienplattform an. Bei Fragen: 069 5550 0128.

        Mit freundlichen Grüßen
        Ihr Studienteam LUMA-301
        """, cs="utf-8", cte="8bit"), lang="de")

# ---- public health departments

MARLOW = "marlowcounty-health.example.gov.test"
MCPH = ("Marlow County Public Health", "epi@" + MARLOW)

add("measles-weekly-update-wk16", "none",
    "county measles update with aggregate case counts by age and ZIP plus public exposure sites; no individual",
    MCPH, ("Marlow County Healthcare Partners", "hc-partners@lists." + MARLOW),
    "Measles update #4 - 14 confirmed cases (week 16)", "2026-04-20 17:00 -0500",
    Text("""
        MARLOW COUNTY MEASLES OUTBREAK - UPDATE #4 (data through 4/19)

        Confirmed cases: 14 (+3 since last week)
          Age <5: 6 | 5-17: 5 | 18+: 3
          Unvaccinated or unknown status: 12 of 14
          Hospitalized: 2
        ZIP codes with cases: 55410 (8), 55412 (4), 55419 (2)

        New public exposure sites:
          Alder Public Library, main branch - 4/14, 10:00 am-1:30 pm
          Ridgeway Urgent Care waiting room - 4/15, 6:00-9:00 pm

        Clinicians: test suspected cases (PCR throat/NP swab + IgM), mask and
        isolate immediately, and report within 24 hours to 555-0130.
        Post-exposure MMR within 72 hours or IG within 6 days.
        """))

add("flu-clinics-schedule-fall", "none",
    "county announces free flu and COVID vaccine clinics with dates and locations; campaign, no individual",
    ("Marlow County Public Health", "immunizations@" + MARLOW),
    ("Community Partners", "community@lists." + MARLOW),
    "Free flu & COVID vaccine clinics - October schedule", "2026-09-28 09:00 -0500",
    Alt("""
        Free flu and updated COVID-19 vaccines for everyone 6 months and
        older. No insurance or ID needed.

          Sat 10/3   Alder Fairgrounds, Hall B        9 am - 1 pm
          Tue 10/6   Ridgeway Senior Center           10 am - 2 pm
          Thu 10/8   Kittle Elementary (family night)  4 - 7 pm
          Sat 10/17  St. Ansgar Church parking lot     9 am - noon (drive-thru)

        High-dose flu vaccine for people 65+ is available at every clinic.
        Please share with your clients and congregations. Flyers in English,
        Spanish, Somali and Vietnamese: https://www.marlowcounty-health.example.gov.test/flu

        Questions: 555-0130
        """))

add("restaurant-inspection-lucky-heron", "none",
    "restaurant inspection report with violations and the food-handler illness policy; no sick individual",
    ("Marlow County Environmental Health", "food.inspections@" + MARLOW),
    ("Lucky Heron Kitchen", "owner@luckyheron.example.com"),
    "Routine inspection report - Lucky Heron Kitchen (permit FE-20418)", "2026-06-11 15:25 -0500",
    Mixed(Text("""
        Attached is the report from today's routine inspection.

        Score: 82 (pass, re-inspection required within 10 days for priority
        items)

        Priority violations:
          - walk-in cooler at 47 F; cold holding must be 41 F or below
            (corrected on site: product moved, service call scheduled)
          - no sanitizer in the wiping-cloth bucket at the wok line
        Core violations:
          - employee illness policy not posted

        Reminder: food employees with vomiting, diarrhea, jaundice, or a
        diagnosis of norovirus, hepatitis A, Shigella, E. coli or Salmonella
        must be excluded and reported to us. The policy poster is attached.

        Inspector: Dana Kowalski, REHS | 555-0133
        """),
        Att("FE-20418_inspection_2026-06-11.pdf", make_pdf([
            "MARLOW COUNTY ENVIRONMENTAL HEALTH - FOOD ESTABLISHMENT INSPECTION",
            "Lucky Heron Kitchen, 412 Canal St, Alder   Permit FE-20418",
            "Date 06/11/2026   Type: routine   Score: 82",
            "P  3-501.16  Cold holding: walk-in at 47 F  (COS)",
            "P  4-501.114 Sanitizer not present in wiping cloth bucket",
            "C  2-103.11  Employee health policy not posted",
            "Re-inspection due by 06/21/2026.  Inspector D. Kowalski, REHS",
        ], compress=True), "application/pdf"),
        Att("employee_illness_policy_poster.txt", clean("""
            FOOD EMPLOYEE ILLNESS POLICY - POST IN KITCHEN

            Tell your manager if you have: vomiting, diarrhea, jaundice
            (yellow skin or eyes), sore throat with fever, or an infected cut.
            Tell your manager if a doctor has diagnosed you with: norovirus,
            hepatitis A, Shigella, Shiga toxin E. coli, Salmonella Typhi or
            non-typhoidal Salmonella.
            Managers: exclude or restrict the employee and call Marlow County
            Environmental Health at 555-0133.
            """), "text/plain", cs="us-ascii", cte="7bit")))

add("vital-statistics-q2-by-county", "none",
    "state vital-statistics quarterly CSV with births, deaths, infant deaths and overdose deaths by county; aggregate",
    ("State Center for Health Statistics", "vitalstats@health.state.example.gov.test"),
    ("Local Health Directors", "lhd-directors@lists.health.state.example.gov.test"),
    "Provisional vital statistics, Q2 2026", "2026-08-18 08:00 -0500",
    Mixed(Text("""
        Provisional Q2 2026 counts by county are attached. Counts between 1
        and 9 are suppressed (shown as "<10"). Overdose deaths are by county
        of residence and remain provisional for 6 months.

        Statewide: 18,402 births, 14,977 deaths, 104 infant deaths (rate
        5.7 per 1,000 live births), 512 drug overdose deaths (72% involving
        fentanyl).

        Center for Health Statistics | 555-0195
        """),
        Att("vital_stats_2026Q2_provisional.csv", csv_text([
            ["county", "births", "deaths", "infant_deaths", "overdose_deaths", "suicide_deaths"],
            ["Alder", "3204", "2511", "19", "88", "31"],
            ["Marlow", "1877", "1609", "11", "61", "18"],
            ["Ransom", "402", "455", "<10", "14", "<10"],
            ["Kittle", "288", "361", "<10", "<10", "<10"],
        ]), "text/csv", cs="us-ascii", cte="base64")))

add("school-exclusion-guidelines-2026", "none",
    "public-health guidance to school nurses on exclusion rules for pertussis, chickenpox, lice and strep; policy, no student",
    ("Marlow County Public Health - School Health", "schoolhealth@" + MARLOW),
    ("School Nurses - Marlow County", "school-nurses@lists." + MARLOW),
    "Updated exclusion guidelines for the 2026-27 school year", "2026-08-10 10:30 -0500",
    Text("""
        School nurses,

        The updated "When to keep a child home" guidelines are final. Key
        changes from last year:

          Condition            Exclude until
          Pertussis            5 days of antibiotics completed
          Chickenpox           all blisters crusted (usually 5-7 days)
          Strep throat         12 hours of antibiotics and no fever
          Conjunctivitis       no exclusion unless fever or unable to avoid
                               touching eyes (changed)
          Head lice            no exclusion; treat at end of day (unchanged)
          Measles              4 days after rash onset; unvaccinated
                               contacts excluded 21 days
          Fever                24 hours fever-free without medicine

        Report clusters (3+ cases in a classroom) of diarrhea or vomiting to
        555-0130. Individual reportable diseases are reported by the
        diagnosing clinician, not by schools.

        School Health Program
        """))

add("sti-surveillance-q3-aggregate", "none",
    "quarterly STI surveillance summary with aggregate chlamydia, gonorrhoea and syphilis counts; no individual",
    MCPH, ("Marlow County Healthcare Partners", "hc-partners@lists." + MARLOW),
    "STI surveillance summary, Q3 2026", "2026-10-22 14:00 -0500",
    Text("""
        Marlow County STI summary, Q3 2026 (provisional)

                                 Q3 2026   Q3 2025   change
          Chlamydia                  612       655      -7%
          Gonorrhea                  241       233      +3%
          Syphilis, all stages        58        41     +41%
            primary & secondary       19        12
          Congenital syphilis          2         1

        The syphilis increase is concentrated in adults 25-44. Please screen
        all pregnant patients at the first visit, at 28 weeks and at
        delivery. Free benzathine penicillin is available for county clinics
        through the STI program: 555-0130.

        Epidemiology Program
        """))

add("overdose-dashboard-september", "none",
    "monthly overdose surveillance dashboard with aggregate deaths, ED visits and naloxone distribution; no individual",
    MCPH, ("Overdose Prevention Coalition", "odcoalition@lists." + MARLOW),
    "Overdose dashboard - September 2026", "2026-10-09 09:30 -0500",
    Alt("""
        Marlow County overdose surveillance, September 2026

        Suspected overdose deaths: 7 (Aug 9, Sept 2025 11)
        ED visits for suspected opioid overdose: 63 (rate 31.2 per 100,000)
        EMS naloxone administrations: 88
        Fentanyl involved in 6 of 7 deaths; xylazine detected in 3
        Naloxone kits distributed by the health department: 1,410
        Fentanyl test strips distributed: 2,200

        Counts under 5 by ZIP are suppressed on the public dashboard.
        Full dashboard: https://data.marlowcounty-health.example.gov.test/overdose
        """))

add("induced-termination-annual-report", "none",
    "state's annual statistical report on induced terminations of pregnancy by age group and gestation; aggregate",
    ("State Center for Health Statistics", "vitalstats@health.state.example.gov.test"),
    ("Legislative Research Office", "research@legislature.state.example.gov.test"),
    "Induced Termination of Pregnancy Report, 2025 (statutory report)", "2026-06-30 16:00 -0500",
    Mixed(Text("""
        As required by statute, the Center for Health Statistics submits the
        annual report on induced terminations of pregnancy for 2025.

        Total reported: 4,812 (2024: 4,655)
        Medication: 63%; procedural: 37%
        At or before 9 weeks' gestation: 78%
        Residents: 88%; non-residents: 12%

        Cells with fewer than 10 are suppressed. Individual reports are
        confidential by law and are not released.
        """),
        Att("ITOP_report_2025.pdf", make_pdf([
            "STATE CENTER FOR HEALTH STATISTICS - INDUCED TERMINATION OF PREGNANCY, 2025",
            "Total reported terminations: 4,812",
            "By age: <20: 421   20-24: 1,266   25-29: 1,380   30-34: 1,003   35+: 742",
            "By gestation: <=9 wks 3,753   10-13 wks 782   14-20 wks 251   21+ wks 26",
            "Method: medication 3,032; procedural 1,780",
            "Cells under 10 suppressed. No individual data are published.",
        ]), "application/pdf")))

add("polio-campaign-announcement-ar", "none",
    "Arabic: health directorate announces a polio vaccination campaign for children under five; campaign, no individual",
    ("إدارة الرعاية الصحية الأولية", "phc@health-directorate.example.ae.test"),
    ("مديرو المراكز الصحية", "centers@health-directorate.example.ae.test"),
    "حملة التطعيم ضد شلل الأطفال – من 12 إلى 16 أكتوبر", "2026-10-01 10:00 +0400",
    Text("""
        السادة مديرو المراكز الصحية المحترمون،

        تحية طيبة وبعد،

        تنطلق بإذن الله الحملة الوطنية للتطعيم ضد شلل الأطفال خلال الفترة من
        12 إلى 16 أكتوبر 2026، وتستهدف جميع الأطفال دون سن الخامسة، بغض النظر
        عن التطعيمات السابقة.

        المطلوب من المراكز:
        1. تجهيز فرق ثابتة في كل مركز من الساعة 8 صباحاً حتى 8 مساءً.
        2. تنسيق فرق متنقلة لزيارة المدارس ورياض الأطفال والتجمعات السكنية.
        3. إرسال التقرير اليومي بأعداد المطعّمين قبل الساعة 10 مساءً.
        4. التأكد من سلسلة التبريد وتسجيل درجات حرارة الثلاجات مرتين يومياً.

        للاستفسار: قسم التحصين، هاتف 04 555 0193.

        مع خالص التحية،
        إدارة الرعاية الصحية الأولية
        """, cs="windows-1256", cte="8bit"), lang="ar", hcs="windows-1256")

add("boletin-dengue-semana-18-es", "none",
    "Spanish: state health secretariat's dengue epidemiological bulletin with accumulated case counts and deaths; aggregate",
    ("Dirección de Epidemiología", "epidemiologia@salud-estatal.example.mx.test"),
    ("Jurisdicciones Sanitarias", "jurisdicciones@salud-estatal.example.mx.test"),
    "Boletín epidemiológico dengue – semana 18", "2026-05-08 13:00 -0600",
    Alt("""
        Estimados colegas:

        Les compartimos el panorama de dengue al cierre de la semana
        epidemiológica 18:

        - Casos probables acumulados: 1,284 (mismo periodo 2025: 702)
        - Casos confirmados: 391, de los cuales 58 son dengue con signos de
          alarma y 6 dengue grave
        - Defunciones confirmadas: 3
        - Serotipos circulantes: DENV-3 y DENV-2
        - Municipios con mayor incidencia: Costa Azul, San Marcos y El Palmar

        Se solicita reforzar la notificación oportuna (24 h) de casos con
        signos de alarma y la toma de muestra en los primeros 5 días de
        fiebre. Las brigadas de control larvario trabajarán este fin de
        semana en las colonias prioritarias.

        Atentamente,
        Dirección de Epidemiología
        Tel. 55 5550 0194
        """, cs="utf-8", cte="quoted-printable"), lang="es")

add("tb-program-annual-summary", "none",
    "county TB programme annual summary with aggregate cases, drug resistance and contact-investigation yield; no individual",
    ("Marlow County TB Program", "tb@" + MARLOW),
    ("Board of Health", "boh@" + MARLOW),
    "2025 TB program annual summary", "2026-03-02 11:00 -0500",
    Text("""
        Board members,

        2025 summary for the TB Control Program:

          Active TB cases: 38 (2024: 31), rate 4.1 per 100,000
          Pulmonary: 27; extrapulmonary only: 11
          Drug resistance: INH-resistant 4; MDR-TB 1
          Completed treatment within 12 months (2024 cohort): 91%
          Contacts identified: 412; evaluated 88%; latent TB infection
            diagnosed in 61; started treatment 49
          Directly observed therapy: 100% of active cases (78% by video)

        The 2026 budget request includes a second outreach nurse and
        funding for the 12-dose weekly latent TB regimen.

        Dr. Sunita Rao, TB Medical Director | 555-0130
        """))

add("wastewater-levels-week-47", "none",
    "weekly wastewater surveillance levels for SARS-CoV-2, influenza and RSV by sewershed; environmental data",
    MCPH, ("Marlow County Healthcare Partners", "hc-partners@lists." + MARLOW),
    "Wastewater surveillance - week 47: flu A rising", "2026-11-20 12:00 -0600",
    Text("""
        Wastewater surveillance, samples collected 11/16-11/18

          Sewershed           SARS-CoV-2   Influenza A   RSV
          Alder Central       moderate     HIGH (rising) moderate
          Ridgeway            low          moderate      moderate
          Kittle/Ransom       low          moderate      low

        Influenza A levels have doubled in Alder Central for two weeks in a
        row; we expect more influenza-like illness visits over the next 1-2
        weeks. Consider antiviral treatment early for high-risk patients.

        Epidemiology Program | 555-0130
        """))

# phi from research and public health

add("screening-log-week-23", "phi",
    "research coordinator's screening-log CSV line with subject initials, DOB and the lab value that failed screening",
    ("Alyssa Dorn", "adorn@" + WB),
    ("Corvane CRA - GLIDE", "glide.cra@corvane-cro.example.com"),
    "GLIDE site 104 - screening log wk 23", "2026-06-08 16:12 -0500",
    Mixed(Text("""
        Hi Ben,

        Screening log for week 23 attached. One screen fail (eGFR below
        the cutoff), one pending labs. Sorry, I left the DOB column in again.
        Let me know if you want me to resend a clean one.

        Alyssa Dorn, CCRC | Westbrook CRU | 555-0125
        """),
        Att("GLIDE_104_screening_log_wk23.csv", csv_text([
            ["screen_no", "initials", "dob", "screen_date", "a1c", "egfr", "status", "reason"],
            ["104-S031", "R.T.M.", "1961-04-22", "2026-06-02", "8.4", "38", "screen fail", "eGFR < 45 (excl. 7)"],
            ["104-S032", "J.K.", "1979-12-09", "2026-06-04", "9.1", "pending", "pending", "labs pending"],
        ]), "text/csv", cs="utf-8", cte="7bit")))

add("sae-report-subject-104-017", "phi",
    "trial site's serious adverse event report for a subject identified by study number and DOB: hospitalisation for myocardial infarction",
    ("Westbrook CRU - Regulatory", "cru.regulatory@" + WB),
    ("Corvane Safety Desk", "safety@corvane-cro.example.com"),
    "SAE initial report - GLIDE - subject 104-017", "2026-06-03 20:41 -0500",
    Text("""
        SAE INITIAL REPORT (within 24 h of site awareness)

        Study: GLIDE (CVN-2291)   Site: 104, Westbrook CRU
        Subject: 104-017   DOB: 1959-03-08   Sex: M
        Randomized: 2026-02-10, blinded study drug weekly

        Event: acute non-ST-elevation myocardial infarction
        Onset: 2026-06-02; site aware 2026-06-03 09:30
        Hospitalized at Rookwood Regional 06/02; troponin I peak 4.8 ng/mL;
        cardiac cath 06/03 with one drug-eluting stent to the LAD.
        Study drug: interrupted. Outcome: not yet recovered.
        Investigator causality: unlikely related.

        PI: Kiran Batra, MD. Source documents to follow in the eCRF.
        """))

add("tb-contact-followup-igra", "phi",
    "public-health nurse tells a named TB contact that his IGRA blood test was positive and books his chest X-ray",
    ("Lucia Ferreira, RN - Marlow County TB Program", "lferreira@" + MARLOW),
    ("Samuel Danso", "sdanso@mailbox.example.net"),
    "Your TB blood test result and next appointment", "2026-04-08 14:30 -0500",
    Text("""
        Hello Mr. Danso,

        Thank you for coming in on April 2. As we discussed, you were tested
        because you spent time with someone who has TB disease.

        Your TB blood test (IGRA) came back POSITIVE. This most likely means
        latent TB infection, which is not contagious. To be sure, we need a
        chest X-ray:

          Wednesday, April 15, 9:20 am
          Marlow County TB Clinic, 200 Civic Plaza, 2nd floor

        If the X-ray is normal, we will talk about a short treatment (12
        weekly doses) to keep the infection from becoming active. Treatment
        is free.

        Call me with any questions: 555-0130 ext 412.

        Lucia Ferreira, RN, Public Health Nurse
        """))

add("child-blood-lead-home-visit", "phi",
    "county lead programme tells a parent her named child's elevated blood lead level and schedules a home visit",
    ("Marlow County Healthy Homes - Lead Program", "lead@" + MARLOW),
    ("Yesenia Morales", "ymorales@mailbox.example.net"),
    "Mateo's lead test and a free home visit", "2026-05-19 10:05 -0500",
    Alt("""
        Dear Ms. Morales,

        We received the result of Mateo's blood lead test from his 2-year
        checkup at Oak Hollow Family Medicine (test date 05/12/2026):
        8 micrograms per deciliter. This is above the reference value of
        3.5, so we offer a free home visit.

        A lead specialist and a nurse can visit on Tuesday, May 26 at 10 am
        to look for lead sources (old paint, dust, soil) and talk about foods
        with iron and calcium. Mateo's doctor will recheck his level in 3
        months.

        Please call 555-0197 to confirm or change the visit.

        Healthy Homes Lead Program
        """))

add("hepatitis-a-food-handler-exclusion", "phi",
    "public health tells a restaurant manager that a named employee has confirmed hepatitis A and is excluded from work",
    ("Marlow County Communicable Disease", "cd@" + MARLOW),
    ("Lucky Heron Kitchen", "owner@luckyheron.example.com"),
    "URGENT - exclusion of food employee and staff vaccination", "2026-07-21 11:48 -0500",
    Text("""
        Mr. Lam,

        As discussed by phone this morning: your employee Kenji Morales has
        laboratory-confirmed hepatitis A (reported to us 07/20). Under the
        food code he is excluded from work until we clear him, which will be
        at least 7 days after his jaundice started (07/18).

        What we need from you today:
          1. List of all employees who worked 07/04-07/20, with phone numbers.
          2. Staff vaccination: our team will be at the restaurant tomorrow,
             07/22, at 2 pm to give hepatitis A vaccine to all staff.
          3. Clean and sanitize restrooms and food-contact surfaces today.

        We do not plan a public notice at this time because he worked in
        dishwashing only. Please keep his diagnosis confidential.

        Mara Quist, MPH, Communicable Disease Investigator | 555-0130
        """))

add("deviation-double-dose-subject", "phi",
    "research coordinator's protocol-deviation report: subject with initials and DOB given a double dose of study drug",
    ("Alyssa Dorn", "adorn@" + WB),
    ("Westbrook University IRB", "irb@" + WB),
    "Reportable deviation - IRB-2025-0933 - subject 104-022", "2026-07-14 12:30 -0500",
    Text("""
        Hello,

        Submitting a reportable protocol deviation for IRB-2025-0933 (GLIDE):

          Subject: 104-022 (initials D.W.O., DOB 1970-09-15)
          Date: 07/13/2026
          What happened: the subject injected two doses of blinded study
            drug (weeks 22 and 23) on the same day after a pen mix-up at
            home. He called the site the next morning.
          Assessment: nausea and one episode of vomiting, glucose 71 mg/dL,
            no hypoglycemia treatment needed. Seen at the CRU 07/14; vitals
            normal. Sponsor notified; no SAE.
          Corrective action: retraining on pen storage, dosing diary added.

        Alyssa Dorn, CCRC
        """))

add("week24-virologic-failure-305-012", "restricted",
    "HIV trial site reports a subject's week-24 viral load and virologic failure with subject number and DOB (HIV)",
    ("Juniper Street CHC Research", "research@juniperchc.example.org"),
    ("LATTICE Study Medical Monitor", "medmonitor@lattice-study.example.org"),
    "Confirmed virologic failure - subject 305-012", "2026-09-09 17:26 -0400",
    Text("""
        Dr. Amaral,

        Per protocol section 9.3, reporting confirmed virologic failure:

          Subject: 305-012   DOB: 11/11/1990   Arm: long-acting ART (Q2M)
          Week 20 HIV-1 RNA: 410 copies/mL
          Week 24 HIV-1 RNA (confirmatory, 08/31): 1,240 copies/mL
          Injection visits: all within window per site records
          CD4: 612 cells/uL

        Genotype and integrase resistance testing sent 09/01. Subject has
        been switched to an oral regimen per protocol while we wait.

        Rosalind Achebe, MD, Site PI 305 | 555-0122
        """), cat="hiv")

add("partner-services-interview-summary", "restricted",
    "disease intervention specialist's interview summary for a named person newly diagnosed with HIV, with partner follow-up (HIV)",
    ("Trevon Hale, DIS", "thale@" + MARLOW),
    ("Partner Services Supervisor", "partnerservices@" + MARLOW),
    "OOJ/interview summary - case 26-HIV-0031", "2026-05-06 16:55 -0500",
    Text("""
        Case 26-HIV-0031
        Index: Marcus Greene, DOB 02/27/1996
        Dx: HIV-1, reactive 4th gen Ag/Ab 04/30, confirmed 05/03 (Juniper Street CHC)
        Interview: done 05/06 in person. Linked to care, first appt with
        Juniper Street ID clinic 05/08, rapid ART start planned.

        Partners (last 12 mo): 2 named, 1 anonymous (app, no info)
          P1 - local, phone on file, notification by DIS (index prefers)
          P2 - out of jurisdiction (Ransom Co.), OOJ referral sent today

        Index asked about PrEP for P1. Will offer at notification.

        T. Hale
        """), cat="hiv")

add("resultado-carga-viral-pt", "restricted",
    "Portuguese: clinical laboratory tells a named patient his HIV viral-load result is available and undetectable (HIV)",
    ("Laboratório Ipêverde – Resultados", "resultados@labipeverde.example.com.br.test"),
    ("João Pedro Almeida", "joao.almeida@correio.example.com.br.test"),
    "João, seu resultado de exame está disponível", "2026-03-13 08:20 -0300",
    Alt("""
        Olá, João Pedro!

        O resultado do exame que você fez no dia 10/03/2026 na unidade
        Paulista já está disponível.

          Exame: Carga viral do HIV-1 (RNA quantitativo)
          Resultado: NÃO DETECTADO (abaixo de 40 cópias/mL)
          Protocolo: 26-0310-88412
          Médico solicitante: Dra. Helena Braga

        Você pode ver o laudo completo no app ou no site, com seu CPF e a
        senha do protocolo.

        Em caso de dúvidas, fale com a gente: (11) 5550-0196 ou pelo chat.

        Laboratório Ipêverde
        """, cs="utf-8", cte="base64"), lang="pt", cat="hiv")

# ---- wellness and consumer health

CARERX = "kindrx-pharmacy.example.com"
TELAVIA = "telavia-health.example.com"

add("kettlewell-membership-renewal", "none",
    "gym's renewal notice to a named member with member number and price; no health content",
    ("Kettlewell Members", "members@kettlewell-gyms.example.com"),
    ("Derek Olamide", "derek.olamide@mailbox.example.net"),
    "Derek, your Kettlewell membership renews on 2/1", "2026-01-18 09:00 -0600",
    Alt("""
        Hi Derek,

        Your Kettlewell Premier membership (member #PF-220417) renews
        automatically on February 1 at $49.99/month, charged to the card
        ending 4421.

        New this month at Kettlewell Alder Crossing:
          - Strength 101 small-group classes, Tue/Thu 6 pm
          - Recovery zone with massage chairs and cold plunge
          - Bring-a-friend Saturdays

        To change or freeze your membership, visit the front desk or call
        555-0168.

        See you on the floor!
        The Kettlewell Team
        """))

add("stride-challenge-week3-leaderboard", "none",
    "corporate wellness challenge leaderboard listing employees' names and step counts; no health condition",
    ("Corbin Wellness", "wellness@corbinlogistics.example.com"),
    ("All Corbin Employees", "everyone@corbinlogistics.example.com"),
    "Stride Into Spring - week 3 leaderboard", "2026-04-13 07:45 -0500",
    Alt("""
        Week 3 is in the books! 412 of you have synced steps so far.

        Top 10 individuals (average daily steps)
          1. Keisha Brandt (Fenton)     18,204
          2. Omar Haddad (HQ)           16,877
          3. Lupe Sandoval (Ridgeway)   16,340
          4. Greg Tanaka (Fenton)       15,902
          5. Priya Menon (HQ)           15,114
          6. Jim Rourke (Ridgeway)      14,880
          7. Ana Lucia Ferraz (HQ)      14,502
          8. Tom Whitcombe (Fenton)     14,010
          9. Dee Oduya (HQ)             13,875
         10. Sam Kowal (Ridgeway)       13,640

        Top team: Fenton Forklift Five, 71,004 avg steps per team-day.

        Reminder: every participant who averages 7,000 steps gets a $50
        gift card. Syncing problems? 555-0171.
        """, """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif">
        <h2>&#127939; Week 3 leaderboard</h2>
        <p>412 of you have synced steps so far.</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>#</th><th>Name</th><th>Site</th><th>Avg daily steps</th></tr>
        <tr><td>1</td><td>Keisha Brandt</td><td>Fenton</td><td>18,204</td></tr>
        <tr><td>2</td><td>Omar Haddad</td><td>HQ</td><td>16,877</td></tr>
        <tr><td>3</td><td>Lupe Sandoval</td><td>Ridgeway</td><td>16,340</td></tr>
        <tr><td>4</td><td>Greg Tanaka</td><td>Fenton</td><td>15,902</td></tr>
        <tr><td>5</td><td>Priya Menon</td><td>HQ</td><td>15,114</td></tr>
        <tr><td>6</td><td>Jim Rourke</td><td>Ridgeway</td><td>14,880</td></tr>
        <tr><td>7</td><td>Ana Lucia Ferraz</td><td>HQ</td><td>14,502</td></tr>
        <tr><td>8</td><td>Tom Whitcombe</td><td>Fenton</td><td>14,010</td></tr>
        <tr><td>9</td><td>Dee Oduya</td><td>HQ</td><td>13,875</td></tr>
        <tr><td>10</td><td>Sam Kowal</td><td>Ridgeway</td><td>13,640</td></tr>
        </table>
        <p>Top team: <b>Fenton Forklift Five</b>, 71,004 avg steps per team-day.</p>
        <p>Average 7,000 steps and get a $50 gift card. Syncing problems? 555-0171.</p>
        </body></html>
        """, cte="quoted-printable"))

add("mealmeter-blood-sugar-swaps", "none",
    "nutrition app's newsletter with diabetes-friendly recipes and carb tips to all subscribers; general education",
    ("MealMeter", "hello@mealmeter-app.example.com"),
    ("MealMeter subscribers", "subscribers@mealmeter-app.example.com"),
    "5 easy swaps for steadier blood sugar (+ a 20-minute lentil curry)", "2026-02-17 06:30 -0800",
    Alt("""
        This week on MealMeter

        5 easy swaps for steadier blood sugar
          1. White rice -> cauliflower rice or half-and-half
          2. Fruit juice -> whole fruit with a handful of nuts
          3. Sugary cereal -> steel-cut oats with cinnamon
          4. Chips -> roasted chickpeas
          5. Soda -> sparkling water with lime

        Recipe of the week: 20-minute red lentil curry, 38 g carbs per
        serving, dietitian-approved for people living with type 2 diabetes
        or prediabetes.

        New in the app: carb-counting goals and a glucose log you can share
        with your care team.

        This newsletter is general information, not medical advice. Talk to
        your doctor before changing your diabetes treatment.

        Unsubscribe: https://mealmeter-app.example.com/unsubscribe
        """))

add("fennelfig-carb-conscious-menu", "none",
    "meal-kit marketing to a named customer about a new 'diabetes-friendly' menu line; no health information about him",
    ("Fennel & Fig Kitchen", "menu@fennelfig-kits.example.com"),
    ("Marcus Bell", "marcus.bell@mailbox.example.net"),
    "Marcus, new on the menu: Carb-Conscious meals, dietitian-designed", "2026-03-08 11:00 -0500",
    Alt("""
        Hi Marcus,

        Your next box ships Thursday. New this week: our Carb-Conscious line,
        designed by registered dietitians. Every meal has under 35 g of net
        carbs and at least 25 g of protein, which makes them a good fit for
        anyone watching their blood sugar, including people with diabetes.

          - Lemon-herb salmon with green beans and farro (31 g carbs)
          - Chipotle turkey lettuce wraps (18 g carbs)
          - Sheet-pan chicken fajitas with cauliflower rice (22 g carbs)

        Swap any meal in your box before Tuesday 11:59 pm.

        Happy cooking,
        Fennel & Fig Kitchen | 555-0156
        """))

add("vitacove-order-shipped", "none",
    "borderline: supplement shop's shipping confirmation to a named customer for vitamins and fish oil; retail order, not health care",
    ("VitaCove Orders", "orders@vitacove-shop.example.com"),
    ("Helen Brackenwater", "hbrackenwater@mailbox.example.net"),
    "Your VitaCove order #VC-1048837 has shipped", "2026-05-04 14:22 -0700",
    Alt("""
        Good news, Helen! Your order is on its way.

        Order #VC-1048837
          Vitamin D3 2,000 IU softgels, 120 ct      x1   $12.99
          Omega-3 fish oil 1,000 mg, 90 ct          x2   $33.98
          Magnesium glycinate 200 mg, 60 ct         x1   $14.49
          Shipping                                       FREE
          Total                                          $61.46

        Carrier: ParcelWay, tracking PW5550128840197
        Estimated delivery: Thursday, May 7

        These statements have not been evaluated by the FDA. These products
        are not intended to diagnose, treat, cure or prevent any disease.

        VitaCove Customer Care | 555-0154
        """))

add("kindrx-points-balance", "none",
    "pharmacy loyalty e-mail to a named customer with points balance and a coupon; names no medicine or care",
    ("KindRx Rewards", "rewards@" + CARERX),
    ("Denise Archuleta", "darchuleta@mailbox.example.net"),
    "Denise, you have $10 in KindRx Rewards waiting", "2026-06-01 08:00 -0600",
    Alt("""
        Hi Denise,

        You have 2,340 points in your KindRx Rewards account (card ending
        8841). That's a $10 reward, ready to use in store or online through
        June 30.

        This week's extras:
          - 3x points on sunscreen and summer essentials
          - $5 off a $25 beauty purchase with code SUMMER5

        Points are not earned on prescriptions where prohibited by law.

        KindRx Pharmacy | https://www.kindrx-pharmacy.example.com/rewards
        Unsubscribe from marketing e-mails at any time.
        """))

add("telavia-therapy-marketing", "none",
    "telehealth company's marketing e-mail offering online therapy and anxiety care to a mailing list; no individual",
    ("Telavia Health", "news@" + TELAVIA),
    ("Telavia newsletter", "newsletter@" + TELAVIA),
    "Feeling anxious lately? Your first therapy visit is on us", "2026-01-12 12:00 -0500",
    Alt("""
        January can be hard. If stress, low mood or anxiety is getting in
        the way, Telavia can help.

          - Licensed therapists by video, evenings and weekends
          - Psychiatry visits for medication management
          - Most insurance accepted, or $89 per visit without insurance
          - First therapy visit $0 with code NEWYEAR26 (through 1/31)

        Book in minutes: https://www.telavia-health.example.com/therapy

        If you are in crisis, call or text 988.

        You're receiving this because you signed up for Telavia news.
        Unsubscribe: https://www.telavia-health.example.com/u
        """))

add("strideband-firmware-4-1", "none",
    "wearable maker's firmware release notes about rhythm notifications, SpO2 and sleep features; product news, no user data",
    ("StrideBand", "updates@strideband.example.com"),
    ("StrideBand owners", "owners@strideband.example.com"),
    "StrideBand firmware 4.1: irregular rhythm notifications are here", "2026-07-07 10:00 -0700",
    Alt("""
        Firmware 4.1 is rolling out to StrideBand 3 and StrideBand 3 Pro
        over the next two weeks.

        What's new
          - Irregular rhythm notifications: your band can check for signs of
            atrial fibrillation in the background and let you know
          - Blood oxygen (SpO2) trends during sleep
          - Breathing disturbance estimates (not a sleep apnea diagnosis)
          - Longer battery life: up to 9 days

        StrideBand is not intended to diagnose any condition. Always talk to
        a doctor about symptoms.

        Release notes: https://support.strideband.example.com/fw41
        """))

add("hydration-team-challenge-signup", "none",
    "corporate wellness team challenge sign-up with team names and captains; no health information",
    ("Corbin Wellness", "wellness@corbinlogistics.example.com"),
    ("All Corbin Employees", "everyone@corbinlogistics.example.com"),
    "Sign up your team: July Hydration Challenge", "2026-06-22 08:30 -0500",
    Text("""
        Summer in the warehouse is hot. Our July Hydration Challenge starts
        July 6: log 8 glasses of water a day in the Wellbeing app.

        Teams of 4-6. Captains registered so far:
          Fenton Forklift Five - Keisha Brandt
          HQ Spreadsheet Sippers - Omar Haddad
          Ridgeway Road Warriors - Sam Kowal
          Dispatch Drizzle - Maria Ochoa

        Register by July 2. Prizes: insulated bottles for every finisher and
        a pizza party for the top team at each site.

        Corbin Wellness
        """))

add("prenatal-yoga-summer-schedule", "none",
    "yoga studio's class schedule newsletter with prenatal and postpartum classes; marketing, no individual",
    ("Lotus Grove Yoga", "studio@lotusgrove-yoga.example.com"),
    ("Lotus Grove community", "community@lotusgrove-yoga.example.com"),
    "Summer schedule: prenatal flow, postpartum core & baby-and-me", "2026-05-28 18:00 -0500",
    Text("""
        Hello Lotus Grove community,

        The summer schedule starts June 8:

          Prenatal Flow (all trimesters)   Mon & Wed 6:00 pm   with Anjali
          Postpartum Core Rebuild          Tue 10:00 am        with Brooke
          Baby & Me (6 wks - crawling)     Thu 10:30 am        with Brooke
          Gentle Yoga for Back Pain        Sat 9:00 am         with Tom

        Please check with your midwife or doctor before starting prenatal
        yoga, and tell your teacher how far along you are.

        Class packs: 10 classes for $150. Front desk 555-0151.

        Namaste,
        Lotus Grove Yoga
        """))

add("kindrx-walk-in-vaccines", "none",
    "pharmacy chain's marketing e-mail about walk-in flu, shingles and RSV vaccines; no individual",
    ("KindRx Pharmacy", "news@" + CARERX),
    ("KindRx customers", "customers@" + CARERX),
    "Flu shots are here - walk in today", "2026-09-02 07:00 -0600",
    Alt("""
        Flu season is coming. Get your flu shot at any KindRx, no
        appointment needed.

          - Flu shots for ages 3+, $0 with most insurance
          - Shingles, RSV (60+), pneumococcal, Tdap and COVID-19 vaccines
          - Get 500 bonus Rewards points with every vaccine

        Find a store: https://www.kindrx-pharmacy.example.com/stores
        Schedule ahead in the KindRx app.

        KindRx Pharmacy
        """))

add("bonusnaya-karta-balans-ru", "none",
    "Russian: pharmacy chain tells a named loyalty-card holder her bonus balance and expiry; names no medicine",
    ("Аптеки «Липовый цвет»", "bonus@lipovyi-tsvet.example.ru.test"),
    ("Ольга Сергеевна Белова", "o.belova@pochta.example.ru.test"),
    "Ольга Сергеевна, у вас 1 240 бонусов", "2026-11-10 10:00 +0300",
    Text("""
        Здравствуйте, Ольга Сергеевна!

        На вашей бонусной карте «Липовый цвет» № 7700 5120 8841 сейчас
        1 240 бонусов. 380 из них сгорят 30 ноября — успейте потратить!

        1 бонус = 1 рубль. Бонусами можно оплатить до 30% покупки.

        До конца месяца:
          • скидка 20% на витамины и косметику для ухода за кожей
          • двойные бонусы по средам

        Адреса аптек и часы работы — на сайте или по телефону
        8 800 555-01-88 (звонок бесплатный).

        Ваши аптеки «Липовый цвет»
        Чтобы отписаться от рассылки, ответьте на это письмо словом «СТОП».
        """, cs="utf-8", cte="base64"), lang="ru")

add("kyukai-tetsuzuki-kanryou-ja", "none",
    "Japanese: sports club confirms a named member's membership suspension with member number; no reason or health detail",
    ("アクティオ会員サービス", "member@actio-sports.example.jp.test"),
    ("鈴木 大輔 様", "d.suzuki@mail.example.jp.test"),
    "休会手続き完了のお知らせ（会員番号 0318-20447）", "2026-08-03 11:00 +0900",
    Text("""
        鈴木 大輔 様

        いつもスポーツクラブ・アクティオをご利用いただき、誠にありがとう
        ございます。

        下記のとおり休会のお手続きが完了しましたので、お知らせいたします。

        　会員番号：0318-20447
        　ご利用店舗：アクティオ横浜西口店
        　休会期間：2026年9月1日〜2026年11月30日
        　休会中の月会費：1,100円（税込）

        休会期間終了後は、自動的に通常会員に戻ります。
        期間の延長・短縮をご希望の場合は、フロントまたは下記までご連絡ください。

        スポーツクラブ・アクティオ 会員サービス
        TEL 045-555-0169（10:00〜21:00）
        """, cs="utf-8", cte="quoted-printable"), lang="ja")

add("tijian-taocan-jiage-zh", "none",
    "Chinese: health check-up centre's marketing price list of check-up packages (tumour markers, HPV); no individual",
    ("康源健康体检中心", "service@kangyuan-tijian.example.cn.test"),
    ("企业客户", "clients@kangyuan-tijian.example.cn.test"),
    "2026年度企业员工体检套餐报价", "2026-02-26 14:00 +0800",
    Text("""
        尊敬的企业客户：

        您好！感谢贵公司一直以来对康源健康体检中心的信任。现将2026年度
        企业员工体检套餐报价发送给您：

        一、基础套餐（380元/人）
            一般检查、血常规、尿常规、肝功能、肾功能、血脂、空腹血糖、
            心电图、胸部DR
        二、标准套餐（780元/人）
            基础套餐 + 腹部彩超、甲状腺彩超、肿瘤标志物（AFP、CEA）
        三、女性关爱套餐（1280元/人）
            标准套餐 + 乳腺彩超、妇科检查、TCT、HPV检测
        四、高端套餐（2680元/人）
            标准套餐 + 胃肠镜（无痛）、头颅CT、心脏彩超

        团体人数满100人可享九折优惠，并提供上门采血服务。
        体检报告一对一发送至员工本人，企业仅获得汇总分析报告。

        联系人：赵经理  电话：021-5550-0149

        康源健康体检中心
        """, cs="gb2312", cte="base64"), lang="zh", hcs="gb2312")

add("receitas-low-carb-diabetes-pt", "none",
    "Portuguese: nutrition app newsletter with low-carb recipes for people with diabetes; general content, no individual",
    ("Equipe NutriVida", "contato@nutrivida-app.example.com.br.test"),
    ("Assinantes NutriVida", "assinantes@nutrivida-app.example.com.br.test"),
    "3 receitas low carb para quem tem diabetes (e não abre mão do sabor)", "2026-08-19 07:00 -0300",
    Alt("""
        Oi, tudo bem?

        Nesta semana separamos três receitas que nossas nutricionistas
        adoram para quem convive com diabetes tipo 2 ou pré-diabetes:

        1. Escondidinho de couve-flor com frango desfiado (14 g de
           carboidratos por porção)
        2. Panqueca de aveia com banana e canela, sem açúcar
        3. Salada morna de grão-de-bico com legumes assados

        Dica da semana: combine sempre o carboidrato com uma fonte de
        proteína ou fibra. Isso ajuda a evitar picos de glicose depois das
        refeições.

        Lembre-se: este conteúdo é informativo e não substitui a orientação
        do seu médico ou nutricionista.

        Equipe NutriVida
        Para cancelar o recebimento: https://nutrivida-app.example.com.br.test/sair
        """, cs="iso-8859-1", cte="quoted-printable"), lang="pt")

# ---- facilities and suppliers

RRMC = "rookwoodregional.example.org"
FAC = ("Rookwood Facilities", "facilities@" + RRMC)
ALLRRMC = ("All Rookwood Staff", "allstaff@" + RRMC)

add("medical-gas-delivery-schedule", "none",
    "medical-gas supplier's delivery schedule and invoice for oxygen and nitrous oxide cylinders; no patient",
    ("Summit Medical Gases", "dispatch@summit-medgas.example.com"),
    ("Rookwood Facilities - Plant Ops", "plantops@" + RRMC),
    "Delivery confirmation + invoice SMG-88214 (bulk LOX fill, cylinders)", "2026-02-09 05:40 -0600",
    Text("""
        Good morning,

        Delivery completed 02/09 at 04:55:

          Bulk liquid oxygen tank T-1: filled from 38% to 92% (2,910 gal)
          Oxygen USP, size H cylinders:        24 full in / 22 empty out
          Oxygen USP, size E cylinders:        60 full in / 58 empty out
          Nitrous oxide USP, size H:           2 full in / 2 empty out
          Medical air, size H:                 6 full in / 6 empty out

        Invoice SMG-88214 total $7,418.22. Next bulk fill is scheduled for
        02/23. Cylinder lot numbers and certificates of analysis are on the
        customer portal.

        Driver: R. Castillo | Dispatch 555-0179 (24 h)
        """))

add("biohazard-waste-pickup-manifest", "none",
    "waste hauler's pickup schedule with sharps, chemo and pathological waste manifests; no patient",
    ("BioHaul Waste Services", "routes@biohaul-waste.example.com"),
    ("Environmental Services", "evs@" + RRMC),
    "Pickup schedule change (Memorial Day) + manifests for May", "2026-05-18 13:00 -0500",
    Text("""
        Hello EVS team,

        Because of Memorial Day, the Monday 5/25 pickup moves to Tuesday
        5/26, 6:00-8:00 am, loading dock B.

        May manifests so far:
          BSW-26-05-0412  regulated medical waste (red bag)  1,840 lb
          BSW-26-05-0413  sharps containers                     96 ea
          BSW-26-05-0414  trace chemotherapy waste (yellow)    410 lb
          BSW-26-05-0415  pathological waste (for incineration) 88 lb
          BSW-26-05-0416  RCRA hazardous pharmaceuticals (black) 62 lb

        Please remind the oncology unit that bulk chemo (more than 3% of the
        original volume) must go in the black containers, not yellow.

        BioHaul Route Desk | 555-0182
        """))

add("linen-service-invoice-march", "none",
    "linen supplier's monthly invoice by pound and item; ordinary vendor mail",
    ("CleanWeave Linen", "billing@cleanweave-linen.example.com"),
    ("Rookwood Accounts Payable", "ap@" + RRMC),
    "Invoice CWL-26-0331 - March linen service", "2026-04-01 06:15 -0500",
    Mixed(Text("""
        Please find attached invoice CWL-26-0331 for March 2026 linen
        service. Total: $38,904.16, due April 30.

        Lost linen charges were lower this month (1.9% vs 3.4% in
        February). Thanks for the soiled-cart reminders on the units!

        CleanWeave Linen Billing | 555-0191
        """),
        Att("CWL-26-0331.csv", csv_text([
            ["item", "unit", "quantity", "unit_price", "amount"],
            ["Clean linen processed", "lb", "61204", "0.52", "31826.08"],
            ["Scrubs (sets)", "ea", "8112", "0.61", "4948.32"],
            ["Isolation gowns, reusable", "ea", "2410", "0.44", "1060.40"],
            ["Lost linen replacement", "ea", "211", "5.07", "1069.36"],
        ]), "text/csv", cs="us-ascii", cte="7bit")))

add("oncology-pavilion-construction-wk22", "none",
    "construction contractor's weekly update on a new oncology wing: radiation vault pour, linear accelerator rigging, infection-control barriers",
    ("Hartwell Builders - Project Team", "rrmc-oncology@hartwell-builders.example.com"),
    [("Rookwood Facilities", "facilities@" + RRMC), ("Cancer Center Leadership", "cancer-leadership@" + RRMC)],
    "Oncology Pavilion - weekly construction update #22", "2026-06-05 16:10 -0500",
    Text("""
        Oncology Pavilion - Update #22 (week ending 6/5)

        Done this week
          - Vault 2 (linear accelerator) ceiling pour complete: 6.5 ft of
            high-density concrete, 24-hour continuous pour, no cold joints
          - Level 2 infusion bays: drywall 80% complete
          - Rooftop air handlers AHU-3 and AHU-4 set by crane Saturday

        Next week
          - LINAC #1 rigging into Vault 1 on Wednesday 6/10 (crane on the
            north drive 5:00-11:00 am; north drive closed to traffic)
          - ICRA Class IV barriers at the Level 1 link to the existing
            cancer center stay in place; negative pressure checks daily

        Noise: core drilling near the existing radiation oncology waiting
        room Tuesday 7-9 am only.

        Questions: Erik Solheim, Project Manager, 555-0175
        """))

add("parking-garage-level-closure", "none",
    "facilities notice closing a parking-garage level for resurfacing; ordinary mail",
    FAC, ALLRRMC, "Garage B level 3 closed June 15-19 (resurfacing)", "2026-06-08 09:30 -0500",
    Text("""
        Garage B, level 3 will be closed Monday June 15 through Friday
        June 19 for concrete sealing and re-striping.

        Staff who normally park on B3 can use Garage C (levels 4-6) with
        their regular badge. The shuttle from Garage C runs every 10 minutes,
        5:30 am to 8:00 pm.

        Please do not park in visitor or patient spaces.

        Thank you for your patience,
        Parking & Transportation | 555-0104
        """))

add("cafeteria-menu-week-of-mar-9", "none",
    "hospital cafeteria weekly menu with heart-healthy and diabetic-friendly labels; ordinary mail with health words",
    ("Rookwood Food & Nutrition Services", "cafe@" + RRMC), ALLRRMC,
    "Rookwood Cafe menu: week of March 9", "2026-03-06 14:00 -0600",
    Alt("""
        Rookwood Cafe - week of March 9

        Mon  Heart-Healthy Monday: grilled salmon, quinoa, roasted broccoli
        Tue  Taco Tuesday (build your own, low-sodium beans available)
        Wed  Chef's special: chicken tikka masala, brown rice
        Thu  Meatless: black bean burgers, sweet potato fries
        Fri  Fish fry and clam chowder

        Items marked with a green leaf are diabetic-friendly (under 45 g
        carbs). Gluten-free and nut-free options every day at the grill.

        Hours: 6:30 am - 7:30 pm; night shift grab-and-go 11 pm - 3 am.
        """))

add("blood-drive-sign-up", "none",
    "staff blood-drive sign-up with general donor eligibility rules; no individual's health",
    ("Rookwood Volunteer Services", "volunteers@" + RRMC), ALLRRMC,
    "Blood drive Thursday 4/23 - grab a slot!", "2026-04-14 10:00 -0500",
    Alt("""
        The Tri-River Blood Center bus will be in the main entrance
        circle on Thursday, April 23, 7:00 am - 3:00 pm.

        Sign up for a 30-minute slot: https://intranet.rookwoodregional.example.org/blooddrive

        Before you sign up:
          - wait 8 weeks after your last whole-blood donation
          - eat a good meal and drink extra water the day before
          - bring a photo ID
          - recent travel, tattoos, new medicines or a recent illness can
            affect eligibility; the blood center staff will check privately

        Every donor gets a T-shirt and 30 minutes of paid time.
        """))

add("q3-birthdays-billing-office", "none",
    "office manager's birthday list with staff names and dates of birth; no health content",
    ("Trina Okafor", "tokafor@" + CLAIMWISE),
    ("Claimwise Alder Office", "alder-office@" + CLAIMWISE),
    "Q3 birthdays + cake schedule", "2026-06-29 12:10 -0600",
    Text("""
        Hi all! Q3 birthday list for the cake calendar. If I got yours wrong
        (or you'd rather not be on it), tell me and I'll fix it.

          Maria Ochoa       07/14/1988
          Devin Achterberg  07/30/1991
          Lydia Fernsby     08/02/1979
          Hollie Vance      08/19/1985
          Marco Ruiz        09/05/1993
          Bea Honda         09/21/1982

        Cake on the last Friday of each month, 3 pm, break room. Flavour
        requests welcome!

        Trina
        """))

add("chili-cook-off-potluck", "none",
    "office potluck and chili cook-off sign-up with allergen labelling; ordinary mail",
    ("Rookwood Employee Council", "employee.council@" + RRMC),
    ("Rookwood Revenue Cycle Dept", "revcycle@" + RRMC),
    "Chili cook-off & potluck - Friday Oct 30!", "2026-10-19 11:11 -0500",
    Text("""
        It's back! Revenue Cycle chili cook-off and potluck, Friday 10/30,
        11:30-1:30 in Conference Room 2.

        Sign up on the sheet by the printer: chili, sides, or desserts.
        Please put a card next to your dish listing common allergens (nuts,
        gluten, dairy, shellfish). Costumes optional but encouraged.

        Judges this year: Pat from Coding, Luis from Patient Access and our
        CFO. Winner gets the golden ladle and a reserved parking spot for a
        month.
        """))

add("auto-reply-benefits-specialist", "none",
    "out-of-office auto-reply from a benefits specialist pointing to a backup contact for claims and leave questions; no individual",
    ("Mina Castellanos", "mcastellanos@corbinlogistics.example.com"),
    ("Jolene Barrett", "jbarrett@corbinlogistics.example.com"),
    "Automatic reply: question about my dependent's coverage", "2026-06-24 09:02 -0500",
    Text("""
        Thank you for your message. I am out of the office until Monday,
        June 29, with limited access to e-mail.

        For urgent benefits questions (claims, pre-authorizations, leave of
        absence or FMLA), please contact Paul Skerritt at
        pskerritt@corbinlogistics.example.com or 555-0171.

        For questions about a specific claim, you can also call the member
        services number on the back of your ID card.

        Mina Castellanos
        Benefits Specialist, Corbin Logistics
        """), extra=[("Auto-Submitted", "auto-replied")])

add("timesheet-cutoff-holiday-payroll", "none",
    "payroll deadline reminder with employee ID formats and HSA deduction timing; identifiers, no health content",
    ("Corbin Payroll", "payroll@corbinlogistics.example.com"),
    ("All Corbin Employees", "everyone@corbinlogistics.example.com"),
    "Early payroll cutoff for Thanksgiving week", "2026-11-16 13:30 -0600",
    Text("""
        Because of Thanksgiving, timesheets for the pay period ending
        11/21 are due Monday 11/23 at 10:00 am (instead of Tuesday).

        - Hourly staff: approve your time in TimeTrack using your 6-digit
          employee ID (e.g., 104-228).
        - Supervisors: approve by 2:00 pm Monday.
        - Pay date stays Friday 11/27.

        Reminder: HSA and FSA payroll deductions for the last pay period of
        the year will process on 12/24.

        Corbin Payroll | 555-0172
        """))

add("code-red-drill-infusion-center", "none",
    "facilities notice of a fire drill in an infusion centre with general instructions; no patient",
    ("Rookwood Safety Office", "safety@" + RRMC),
    ("Cancer Center Staff", "cancercenter-staff@" + RRMC),
    "Unannounced-window Code Red drill: Cancer Center, week of 8/17", "2026-08-12 08:20 -0500",
    Text("""
        Our accreditor requires one fire drill per shift per quarter.
        The Cancer Center drill will happen during the week of August 17
        (day shift, time not announced).

        During the drill:
          - RACE: Rescue, Alarm, Contain, Extinguish/Evacuate
          - Infusion patients stay in their chairs unless the fire is in
            your zone; nurses pause pumps only if horizontal evacuation is
            called
          - Close all doors, clear corridors of chairs and IV poles
          - The radiation oncology suite follows its own evacuation map

        Questions: Safety Officer, 555-0105
        """))

elevator_original = Msg("elevator-inner", "none", "inner message",
    ("Ascend Elevator Service", "service@ascend-elevator.example.com"),
    ("Rookwood Facilities", "facilities@" + RRMC),
    "Scheduled modernization - Cancer Center cars 3 and 4", "2026-09-21 15:00 -0500",
    Text("""
        This confirms that cars 3 and 4 in the Cancer Center tower will be out
        of service for controller modernization:

          Car 3: October 5 - October 16
          Car 4: October 19 - October 30

        One car will be in service at all times. The service car (car 5) is
        not affected.

        Ascend Elevator Service | 555-0180
        """))

add("cancer-center-elevator-outage", "none",
    "facilities forwards an elevator vendor's modernisation schedule (message/rfc822 attachment); ordinary mail",
    FAC, ("Cancer Center Staff", "cancercenter-staff@" + RRMC),
    "FW: Cancer Center elevators 3 & 4 out of service in October", "2026-09-22 08:05 -0500",
    Mixed(Text("""
        FYI, see the vendor's notice attached. Please allow extra time for
        patient transport in October and use the service elevator for beds
        and stretchers.

        Rookwood Facilities | 555-0104
        """),
        Att("Scheduled modernization - Cancer Center cars 3 and 4.eml",
            elevator_original.to_bytes(), "message/rfc822", cte="7bit")))

add("rn-inpatient-psychiatry-nights", "none",
    "job posting for a night-shift inpatient psychiatric nurse; no patient",
    ("Rookwood Talent Acquisition", "careers@" + RRMC),
    ("Regional Nursing Jobs list", "nursing-jobs@lists.example.org"),
    "Now hiring: RN, Inpatient Adult Psychiatry (nights, $10k sign-on)", "2026-02-10 10:00 -0600",
    Alt("""
        Rookwood Regional Medical Center is hiring Registered Nurses for our
        24-bed adult inpatient psychiatry unit.

          - Nights, 3 x 12-hour shifts, every third weekend
          - $10,000 sign-on bonus, night differential $6/hour
          - Care for adults with acute psychiatric illness, including mood
            and psychotic disorders and co-occurring substance use
          - De-escalation training provided

        Requirements: RN license, BLS, 1 year of acute care or behavioral
        health experience preferred. New grads welcome in our residency.

        Apply: https://careers.rookwoodregional.example.org/rn-psych-nights
        Recruiter: Gabe Lindor, 555-0102
        """))

add("w9-request-new-vendor", "none",
    "accounts-payable request for a W-9 and banking form from a new vendor; ordinary mail with a tax ID",
    ("Rookwood Supplier Onboarding", "vendors@" + RRMC),
    ("Lotus Grove Yoga", "studio@lotusgrove-yoga.example.com"),
    "Vendor setup: W-9 needed before your first payment", "2026-03-17 09:50 -0500",
    Text("""
        Hello,

        Thank you for agreeing to teach the staff wellness yoga series. To
        set you up as a vendor we need:

          1. A signed W-9 with your legal name and TIN/EIN
          2. The ACH enrollment form (attached in our portal invitation)
          3. A certificate of liability insurance

        Please do not e-mail full bank account numbers; use the secure
        supplier portal link you received separately.

        Supplier Onboarding | 555-0106
        """))

# phi from wellness, consumer health and facilities

add("coach-note-a1c-progress", "phi",
    "wellness coach writes to a participant about her A1c result and diabetes goals",
    ("Bianca, your Corbin Wellbeing coach", "coach.bianca@vitalcheck.example.com"),
    ("Latoya Jennings", "ljennings@corbinlogistics.example.com"),
    "so proud of you!", "2026-05-07 16:40 -0500",
    Text("""
        Hi Latoya!

        Just saw the lab upload from your doctor's office: your A1c came back
        7.9, down from 8.6 in January. That's a real drop, and it lines up
        with the walking streak you've been on.

        For our call next Thursday, let's talk about:
          - how the new metformin dose is sitting with your stomach
          - lunch ideas for the late shift
          - your goal of getting under 7.5 by the September screening

        Keep it up!
        Bianca Reyes, CHES
        VitalCheck Wellbeing Coaching | 555-0167
        """))

add("refill-ready-atorvastatin", "phi",
    "pharmacy tells a named customer her atorvastatin prescription is ready, with Rx number",
    ("KindRx Pharmacy #0412", "pharmacy0412@" + CARERX),
    ("Denise Archuleta", "darchuleta@mailbox.example.net"),
    "Your prescription is ready for pickup", "2026-06-03 15:12 -0600",
    Alt("""
        Hi Denise,

        Your prescription is ready at KindRx #0412 (1800 Alder Crossing
        Blvd).

          atorvastatin 40 mg tablet, qty 90 - Rx #6120447
          Prescriber: Dr. Helen Abernathy
          Your copay: $10.00

        We'll hold it for 10 days. Pharmacy hours: 8 am - 9 pm.
        Questions for the pharmacist: 555-0193.
        """))

add("irregular-rhythm-notification-omar", "phi",
    "borderline: wearable company tells a named user his band detected possible atrial fibrillation and offers an ECG report for his doctor",
    ("StrideBand Health", "health-alerts@strideband.example.com"),
    ("Omar Haddad", "ohaddad@mailbox.example.net"),
    "Omar, we noticed signs of an irregular heart rhythm", "2026-08-16 07:02 -0700",
    Alt("""
        Hi Omar,

        Your StrideBand 3 Pro detected signs of an irregular heart rhythm
        that may be atrial fibrillation on 3 occasions this week (Aug 12,
        Aug 14 and Aug 15, all between 1 and 4 am).

        This is not a diagnosis. We recommend that you talk to your doctor.
        You can download a PDF of your rhythm readings from the app
        (Health > Heart > Share report) to bring to your appointment.

        If you have chest pain, fainting, or shortness of breath, call 911.

        StrideBand Health
        """))

add("incident-report-treadmill-collapse", "phi",
    "borderline: gym's incident report about a named member who collapsed, received AED shock and was taken to hospital",
    ("Kettlewell Alder Crossing - Manager", "alder.mgr@kettlewell-gyms.example.com"),
    ("Kettlewell Risk Management", "risk@kettlewell-gyms.example.com"),
    "Incident report - member collapse 3/11 6:40am", "2026-03-11 09:58 -0500",
    Text("""
        Incident report (filed same day)

        Member: Gail Thornberry, member #PF-218806, age 61
        Time/location: 06:40, cardio floor, treadmill 14
        What happened: member collapsed while walking at incline. Staff
        (J. Okoro, CPR/AED certified) found her unresponsive, not breathing
        normally. Called 911, started CPR. AED advised one shock, delivered
        at 06:43. She started breathing and moving before EMS arrived at
        06:49. EMS transported her to Rookwood Regional.

        Her husband called at 9:15: she is in the cardiac unit and "had a
        stent put in". AED pads replaced, unit back in service.

        Witness statements attached to the incident portal.
        Rob Kellerman, General Manager | 555-0168
        """))

add("telavia-visit-summary-sinusitis", "phi",
    "telehealth visit summary to the patient with diagnosis of sinusitis and an antibiotic prescription",
    ("Telavia Health", "care@" + TELAVIA),
    ("Priscilla Wendt", "pwendt@mailbox.example.net"),
    "Your visit summary from today", "2026-01-27 20:31 -0500",
    Alt("""
        Hi Priscilla,

        Thanks for visiting Telavia today. Here is your summary.

        Clinician: Aaron Marsh, PA-C
        Visit date: 01/27/2026, video, 14 minutes
        Reason: sinus pain and congestion for 12 days
        Assessment: acute bacterial sinusitis
        Prescription: amoxicillin-clavulanate 875/125 mg, 1 tablet twice a
          day for 7 days, sent to KindRx #0412
        Advice: saline rinses, fluids; seek care if you have a high fever,
          swelling around the eyes or a severe headache

        Visit fee: $0 (billed to Granite Peak Health Plan)

        Telavia Health | 555-0198
        """))

add("shingles-dose-2-reminder", "phi",
    "pharmacy reminds a named customer that his second shingles vaccine dose is due, with date of the first dose",
    ("KindRx Immunizations", "vaccines@" + CARERX),
    ("Walter Haldane", "whaldane@mailbox.example.net"),
    "Walter, it's time for your 2nd shingles dose", "2026-09-14 09:00 -0600",
    Alt("""
        Hi Walter,

        You got your first dose of the shingles vaccine at KindRx #0412 on
        June 10, 2026. The second dose is due between August 10 and
        December 10 to finish the series.

        Walk in any time or book in the app. Your second dose is covered at
        $0 under your Medicare Part D plan.

        KindRx Pharmacy #0412 | 555-0193
        """))

add("occ-health-tb-clearance-respirator", "phi",
    "hospital occupational-health nurse gives an employee his TB screening result and respirator medical clearance",
    ("Rookwood Employee Health", "employeehealth@" + RRMC),
    ("Joaquin Velez", "jvelez@" + RRMC),
    "Your annual screening results - cleared for N95 fit test", "2026-02-20 11:20 -0600",
    Text("""
        Hi Joaquin,

        Your annual employee health screening is complete:

          Employee ID: 208817
          TB blood test (IGRA) drawn 02/16: negative
          Respirator medical questionnaire: reviewed, no restrictions
          Hepatitis B surface antibody: 48 mIU/mL (immune)

        You are cleared for your N95 fit test. Please book a slot with
        Employee Health before March 6 to stay compliant.

        Employee Health | 555-0101
        """))

add("vitalcheck-your-screening-results", "phi",
    "screening vendor sends an employee her own biometric results (cholesterol, glucose, blood pressure)",
    ("VitalCheck Results", "results@vitalcheck.example.com"),
    ("Maria Ochoa", "mochoa@corbinlogistics.example.com"),
    "Your biometric screening results", "2026-09-12 18:00 -0500",
    Alt("""
        Hi Maria,

        Here are your results from the Corbin screening on September 10.

          Total cholesterol   242 mg/dL   (goal under 200)
          HDL                  38 mg/dL   (goal 50 or more)
          LDL (calculated)    171 mg/dL
          Glucose, fasting    104 mg/dL   (100-125: prediabetes range)
          Blood pressure      138/88
          BMI                 31.4

        Your cholesterol and glucose are outside the healthy range. We
        recommend sharing these results with your doctor within 30 days.
        A VitalCheck coach will call you this week if you opted in.

        Your employer does not see these results.
        VitalCheck | 555-0167
        """))

add("marked-participation-report", "phi",
    "borderline: wellness vendor's aggregate participation report that the sender marked X-Sensitivity: phi (a marked message is at least phi)",
    ("VitalCheck Client Reporting", "client.reports@vitalcheck.example.com"),
    ("Corbin Wellness", "wellness@corbinlogistics.example.com"),
    "Q3 participation summary", "2026-10-02 10:00 -0500",
    Text("""
        Hi Corbin Wellness team,

        Q3 summary (aggregate, minimum group size 50):

          Eligible employees: 1,031
          Completed biometric screening: 612 (59%)
          Enrolled in coaching: 144
          Average steps per participant, July challenge: 7,412
          Participants with blood pressure above 130/80: 31%

        See you at the quarterly review.
        VitalCheck Client Reporting
        """), extra=[("X-Sensitivity", "phi")])

add("tijian-baogao-yichang-zh", "phi",
    "Chinese: check-up centre tells a named customer her report is ready and lists abnormal findings (ALT, thyroid nodule)",
    ("康源健康体检中心", "report@kangyuan-tijian.example.cn.test"),
    ("王丽华 女士", "wanglihua@mail.example.cn.test"),
    "王丽华女士，您的体检报告已出", "2026-04-22 16:30 +0800",
    Alt("""
        王丽华女士，您好！

        您于2026年4月18日在我中心完成的体检（体检号 KY2604180137）报告已出。

        主要异常结果及建议：
        1. 谷丙转氨酶（ALT）78 U/L，偏高（参考值 7-40）。建议戒酒、清淡饮食，
           1个月后复查肝功能，必要时消化内科就诊。
        2. 甲状腺右叶结节，约 0.8 cm，TI-RADS 3类。建议6个月后复查甲状腺彩超。
        3. 总胆固醇 6.1 mmol/L，偏高。

        您可以登录手机APP或官网，输入体检号和手机号查看完整报告。
        如需医生解读报告，请致电 021-5550-0149 预约。

        康源健康体检中心
        """, cs="utf-8", cte="base64"), lang="zh")

add("cheobang-yak-junbi-ko", "phi",
    "Korean: pharmacy tells a named customer his prescription medicines are ready, naming the drugs",
    ("솔빛약국", "solbit@solbit-pharm.example.kr.test"),
    ("김민수 님", "minsu.kim@mail.example.kr.test"),
    "[솔빛약국] 김민수님, 처방약이 준비되었습니다", "2026-07-15 14:20 +0900",
    Text("""
        김민수 님, 안녕하세요. 솔빛약국입니다.

        오늘 접수하신 처방전의 약이 준비되었습니다.

          처방 병원: 서울하나내과의원
          처방 내용: 메트포르민 500mg (1일 2회), 아토르바스타틴 20mg (1일 1회),
                    암로디핀 5mg (1일 1회) / 30일분
          본인부담금: 8,700원

        오늘 오후 8시까지 방문해 주세요. 복약 상담이 필요하시면 약사에게
        말씀해 주세요.

        솔빛약국 02-555-0190
        """, cs="euc-kr", cte="quoted-printable"), lang="ko", hcs="euc-kr")

# restricted from wellness, telehealth and consumer health

add("telavia-psychiatry-refill-sertraline", "restricted",
    "telehealth psychiatry service approves a named patient's sertraline refill for depression and books medication management (mental health)",
    ("Telavia Psychiatry", "psychiatry@" + TELAVIA),
    ("Jordan Pell", "jpell@mailbox.example.net"),
    "Refill approved + your next medication check", "2026-06-30 12:15 -0500",
    Alt("""
        Hi Jordan,

        Dr. Nia Foster approved your refill request:

          sertraline 100 mg tablet, 1 daily, 30 days + 2 refills
          sent to KindRx #0412

        Your next medication management visit for depression is on
        Tuesday, July 14 at 5:30 pm (video). Please complete the PHQ-9
        check-in in the app before the visit.

        If you have thoughts of harming yourself, call or text 988 any time.

        Telavia Psychiatry | 555-0198
        """), cat="mental")

add("coach-phq9-followup", "restricted",
    "wellness coach follows up with a named participant about a high PHQ-9 depression score and connects her to counselling (mental health)",
    ("Bianca, your Corbin Wellbeing coach", "coach.bianca@vitalcheck.example.com"),
    ("Keisha Brandt", "kbrandt@corbinlogistics.example.com"),
    "checking in after your wellbeing survey", "2026-10-14 13:05 -0500",
    Text("""
        Hi Keisha,

        Thank you for being so honest on the wellbeing check-in. Your PHQ-9
        score was 17, which is in the moderately severe range for
        depression, and you mentioned you've stopped the sertraline your
        doctor started in the summer.

        I'm not a therapist, but I'd really like to help you connect with
        one. The EAP can get you a counsellor this week (555-0199), and I
        can also help you book a visit with your doctor to talk about the
        medication. Would Thursday work for a quick call?

        If things ever feel unsafe, please call or text 988.

        Bianca
        """), cat="mental")

add("milestone-reward-negative-sample", "restricted",
    "contingency-management platform tells a named participant her urine sample was negative and she earned a reward (substance-use treatment)",
    ("Milestone Rewards - Saltmarsh Recovery Clinic", "rewards@milestone-cm.example.com"),
    ("Alexis Moreau", "alexis.moreau@mailbox.example.net"),
    "You earned $15 today!", "2026-10-06 11:32 -0400",
    Alt("""
        Great work, Alexis!

        Your sample on Tuesday, October 6 was negative for stimulants.
        You earned $15, and your next reward goes up to $17.50.

          Week 6 of 12 in the Saltmarsh Recovery contingency management program
          Total earned so far: $135.00
          Next visit: Friday, October 9, 9:00-11:00 am

        Rewards load to your Milestone card within 24 hours.

        Milestone Rewards | 555-0121
        """), cat="sud")

add("gospitalizatsiya-detoks-ru", "restricted",
    "Russian: private addiction clinic confirms a named patient's admission for alcohol detoxification and the cost (substance-use treatment)",
    ("Клиника \"Северная Ладога\"", "admin@severnaya-ladoga-clinic.example.ru.test"),
    ("Андрей Викторович Соколов", "a.sokolov@pochta.example.ru.test"),
    "Подтверждение госпитализации 14 марта", "2026-03-11 19:10 +0300",
    Text("""
        Уважаемый Андрей Викторович!

        Подтверждаем вашу госпитализацию в наркологическое отделение клиники
        \"Северная Ладога\":

          Дата и время: 14 марта 2026 г., 10:00
          Программа: детоксикация при алкогольной зависимости, 5 дней,
            далее - консультация по реабилитационной программе
          Лечащий врач: Ирина Павловна Кравец, врач психиатр-нарколог
          Стоимость: 68 500 руб. (оплата при поступлении)

        С собой: паспорт, сменная одежда, список принимаемых лекарств.
        Напоминаем, что за 24 часа до поступления нельзя употреблять алкоголь.
        Анонимность гарантируется.

        Вопросы - по телефону +7 495 555-01-64.

        С уважением,
        администратор клиники \"Северная Ладога\"
        """, cs="koi8-r", cte="8bit"), lang="ru", hcs="koi8-r", cat="sud")

add("prep-refill-shipped-labs-due", "restricted",
    "telehealth PrEP service tells a named patient his 90-day PrEP refill shipped and an HIV test is due (HIV)",
    ("Telavia PrEP", "prep@" + TELAVIA),
    ("Eli Navarro", "eli.navarro@mailbox.example.net"),
    "Your PrEP refill is on its way", "2026-07-20 10:45 -0500",
    Alt("""
        Hi Eli,

        Your 90-day PrEP refill has shipped in discreet packaging.

          emtricitabine/tenofovir disoproxil fumarate 200/300 mg, 90 tablets
          Tracking: PW5550147720318

        Before your next refill in October we need your quarterly HIV test
        and kidney function labs. Order a home kit in the app or visit any
        partner lab by October 5.

        Questions about side effects or missed doses? Message your clinician
        in the app or call 555-0198.

        Telavia PrEP
        """), cat="hiv")

add("appointment-confirmation-tuesday", "restricted",
    "borderline: only the display name ('Keller Genetic Counseling - Scheduling') shows that this named person's appointment is genetic counselling",
    ("Keller Genetic Counseling - Scheduling", "scheduling@kellergenomics.example.com"),
    ("Dana Whitlock", "dana.whitlock@mailbox.example.net"),
    "Appointment confirmed: Tuesday, June 16 at 10:00 am", "2026-06-09 15:40 -0700",
    Text("""
        Hi Dana,

        This confirms your video appointment on Tuesday, June 16 at
        10:00 am Pacific with Rachel Imani, MS, CGC.

        Please have your insurance card ready and join 5 minutes early:
        https://visit.kellergenomics.example.com/j/88120

        To reschedule, call 555-0163.
        """), cat="genetic")

add("humangenetik-befund-mlh1-de", "restricted",
    "German: human-genetics practice reports a named patient's pathogenic MLH1 variant (Lynch syndrome) to her gynaecologist (genetic)",
    ("Praxis für Humangenetik Dr. Wernicke", "befunde@humangenetik-wernicke.example.de.test"),
    ("Frauenarztpraxis Dr. Kühn", "praxis@frauenarzt-kuehn.example.de.test"),
    "Befundmitteilung - Ihre Patientin Frau Katrin Vogel, geb. 03.05.1979", "2026-09-03 11:15 +0200",
    Text("""
        Sehr geehrte Frau Kollegin Kühn,

        wir übersenden Ihnen vorab den Befund der molekulargenetischen
        Untersuchung Ihrer Patientin:

          Patientin: Katrin Vogel, geb. 03.05.1979
          Untersuchung: Multigen-Panel erblicher Darm- und Endometriumkrebs
          Ergebnis: heterozygote pathogene Variante im MLH1-Gen,
            c.1852_1854del (p.Lys618del), Klasse 5
          Bewertung: vereinbar mit Lynch-Syndrom

        Frau Vogel wurde am 02.09.2026 in unserer Sprechstunde über das
        Ergebnis informiert; eine genetische Beratung ihrer Schwester wurde
        angeboten. Empfehlungen zur Früherkennung (Koloskopie alle 1-2
        Jahre, gynäkologische Vorsorge) folgen im ausführlichen Bericht.

        Mit freundlichen kollegialen Grüßen
        Dr. med. Stefan Wernicke, Facharzt für Humangenetik
        Tel. 0711 5550 0186
        """, cs="iso-8859-1", cte="quoted-printable"), lang="de", hcs="iso-8859-1", cat="genetic")

add("sexual-health-results-chlamydia", "restricted",
    "online sexual-health service gives a named patient a positive chlamydia result and treatment (reproductive health: STI results)",
    ("Openleaf Sexual Health", "results@openleaf-sh.example.com"),
    ("Tyler Ames", "tyler.ames@mailbox.example.net"),
    "Your test results are ready", "2026-04-24 09:10 -0500",
    Alt("""
        Hi Tyler,

        Your results from the home test kit you returned on April 20:

          Chlamydia (urine NAAT):   POSITIVE
          Gonorrhea (urine NAAT):   negative
          Syphilis (blood):         negative
          HIV (blood):              negative

        Chlamydia is common and easy to treat. Our clinician has sent
        doxycycline 100 mg, twice a day for 7 days, to KindRx #0412. Please
        avoid sex until 7 days after you finish treatment, and let recent
        partners know so they can get tested. We can notify them
        anonymously if you prefer: reply to this e-mail or call 555-0126.

        Openleaf Sexual Health
        """), cat="repro")

add("pose-diu-rappel-fr", "restricted",
    "French: sexual-health centre reminds a named patient of her IUD insertion appointment and pill renewal (reproductive health: contraception)",
    ("Centre de santé sexuelle", "css@hopital-tilleuls.example.fr.test"),
    ("Camille Durand", "camille.durand@courriel.example.fr.test"),
    "Rappel : votre rendez-vous du 12 mai", "2026-05-07 17:20 +0200",
    Text("""
        Bonjour Camille,

        Nous vous rappelons votre rendez-vous au centre de santé sexuelle :

          Date : mardi 12 mai 2026 à 14 h 30
          Avec : Mme Léa Bonnet, sage-femme
          Motif : pose de DIU au cuivre (stérilet) et renouvellement de
            votre ordonnance de pilule jusqu'à la pose

        Vous pouvez prendre un antalgique (paracétamol ou ibuprofène) une
        heure avant. Pensez à apporter votre carte Vitale. La consultation
        est prise en charge à 100 %.

        En cas d'empêchement, merci de nous prévenir au 04 55 50 01 38.

        L'équipe du centre de santé sexuelle
        """, cs="iso-8859-15", cte="8bit"), lang="fr", hcs="iso-8859-15", cat="repro")

# ================= END OF MESSAGES

# ---------------------------------------------------------------- writing and checking

ALLOWED_URL_HOSTS = {"loinc.org", "hl7.org", "snomed.info", "www.w3.org", "terminology.hl7.org",
                     "www.nlm.nih.gov", "unitsofmeasure.org"}
DOMAIN_OK = re.compile(r"(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test)$|^(example\.(com|org|net))$|\.test$", re.I)


def numbered():
    order = list(range(len(MESSAGES)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, idx in enumerate(order, 1):
        m = MESSAGES[idx]
        out.append(("%03d-%s.eml" % (n, m.slug), m))
    return out


def domain_ok(d):
    d = d.lower().rstrip(".")
    return bool(DOMAIN_OK.search(d))


def luhn_npi(n):
    return npi(n[:9]) == n


def dea_ok(d):
    return dea(d[0], d[1], d[2:8]) == d


def texts_of(msg):
    """All decoded text we can find in a parsed message (headers, parts, file names)."""
    out = []
    for k, v in msg.items():
        out.append(str(v))
    for part in msg.walk():
        for k, v in part.items():
            out.append(str(v))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            out.append(part.get_content())
        elif ct == "application/pdf":
            data = part.get_payload(decode=True)
            out.append(pdf_text(data))
        elif ct in ("application/json", "application/xml", "application/hl7-v2"):
            out.append(part.get_payload(decode=True).decode("utf-8"))
    return "\n".join(out)


def pdf_text(data):
    m = re.search(rb"stream\n(.*?)\nendstream", data, re.S)
    body = m.group(1)
    if b"/FlateDecode" in data[:m.start()]:
        body = zlib.decompress(body)
    # check the xref offsets too
    sx = int(re.search(rb"startxref\n(\d+)\n", data).group(1))
    assert data[sx:sx + 4] == b"xref", "bad startxref"
    for i, off in enumerate(re.findall(rb"(\d{10}) 00000 n ", data), 1):
        assert data[int(off):].startswith(b"%d 0 obj" % i), "bad xref offset"
    ln = int(re.search(rb"/Length (\d+)", data).group(1))
    assert ln == len(m.group(1)), "bad stream length"
    t = " ".join(re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", body)[i].decode("latin-1")
                 for i in range(len(re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", body))))
    return t.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")


def check_one(fname, label, data, errors):
    def err(s):
        errors.append("%s/%s: %s" % (label, fname, s))

    if b"\n" in data.replace(CRLF, b"") or b"\r" in data.replace(CRLF, b""):
        err("bare CR or LF")
    for ln in data.split(CRLF):
        if len(ln) > 998:
            err("line longer than 998 octets")
    head = data.split(CRLF + CRLF, 1)[0]
    if any(b > 127 for b in head):
        err("8-bit header")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            err("missing " + h)
    try:
        dt = email.utils.parsedate_to_datetime(msg["Date"])
        if dt.year != 2026:
            err("Date not in 2026")
    except Exception as e:  # noqa
        err("bad Date %r" % e)
    if not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(msg["Message-ID"])):
        err("bad Message-ID")
    for part in msg.walk():
        if part.defects:
            err("defects %r" % part.defects)
        for k, v in part.items():
            if "=?" in str(v):
                err("undecoded encoded word in %s" % k)
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        raw = part.get_payload(decode=False)
        if cte == "base64":
            lines = raw.strip().splitlines()
            if any(len(x) > 76 for x in lines):
                err("base64 line > 76")
            base64.b64decode("".join(lines), validate=True)
        if cte == "quoted-printable":
            if any(len(x) > 76 for x in raw.splitlines()):
                err("QP line > 76")
        if cte == "7bit" and any(ord(c) > 127 for c in raw):
            err("non-ASCII in 7bit part")
        payload = part.get_payload(decode=True)
        if payload is None or len(payload) == 0:
            err("empty part")
        if part.get_content_maintype() == "text":
            try:
                part.get_content()
                payload.decode(part.get_content_charset() or "us-ascii")
            except Exception as e:  # noqa
                err("text part does not decode: %r" % e)
        ct = part.get_content_type()
        try:
            if ct == "application/json":
                json.loads(payload.decode("utf-8"))
            if ct == "text/csv":
                rows = list(csv.reader(io.StringIO(payload.decode(part.get_content_charset() or "utf-8"))))
                if len({len(r) for r in rows if r}) != 1:
                    err("ragged CSV")
            if ct == "text/calendar":
                t = payload.decode("utf-8")
                lines = t.replace("\r\n ", "").split("\r\n")
                if [x[6:] for x in lines if x.startswith("BEGIN:")] != \
                        [x[4:] for x in reversed(lines) if x.startswith("END:")]:
                    err("ICS BEGIN/END mismatch")
            if ct == "application/pdf":
                pdf_text(payload)
            if ct == "application/hl7-v2":
                for seg in payload.decode("ascii").strip("\r").split("\r"):
                    if not re.match(r"^[A-Z][A-Z0-9]{2}\|", seg):
                        err("bad HL7 segment %r" % seg[:20])
        except Exception as e:  # noqa
            err("attachment does not parse: %r" % e)
    alltext = texts_of(msg)
    for m in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", alltext):
        if not domain_ok(m.group(1)):
            err("address outside example/test: " + m.group(0))
    for m in re.finditer(r"https?://([^/\s\"'<>)]+)", alltext):
        host = m.group(1).lower()
        if host not in ALLOWED_URL_HOSTS and not domain_ok(host):
            err("URL outside example/test: " + m.group(0))
    for m in re.finditer(r"(?<![\d])555[-. ]?([\d][\d -]{2,5})", alltext):
        digits = re.sub(r"\D", "", m.group(1))
        if not (digits.startswith("01") or digits.startswith("001")):
            err("555 number outside 555-01xx: " + m.group(0))
    for m in re.finditer(r"NPI[^\d\n]{0,12}(\d{10})\b", alltext):
        if not luhn_npi(m.group(1)):
            err("NPI fails Luhn: " + m.group(1))
    for m in re.finditer(r"DEA[^A-Z\n]{0,12}([A-Z]{2}\d{7})\b", alltext):
        if not dea_ok(m.group(1)):
            err("DEA fails check: " + m.group(1))
    return msg


def structure(m):
    root = m.root
    if isinstance(root, Multi):
        return "multipart/" + root.sub
    if isinstance(root, Text):
        return "text/" + root.sub
    return root.ctype


def leaves(p):
    if isinstance(p, Multi):
        for c in p.parts:
            yield from leaves(c)
    else:
        yield p


def stats(items):
    from collections import Counter
    c = Counter(m.label for _, m in items)
    print("counts:", dict(c), "total", sum(c.values()))
    ne = Counter(m.label for _, m in items if m.lang != "en")
    print("not in English:", dict(ne), "total", sum(ne.values()))
    langs = Counter((m.label, m.lang) for _, m in items if m.lang != "en")
    print("languages:", sorted(langs.items()))
    print("restricted categories:", dict(Counter(m.cat for _, m in items if m.label == "restricted")))
    print("structures:", dict(Counter(structure(m) for _, m in items)))
    atts = Counter()
    ctes = Counter()
    css = Counter()
    for _, m in items:
        for lf in leaves(m.root):
            ctes[lf.cte] += 1
            if isinstance(lf, Att):
                atts[lf.ctype] += 1
            else:
                css[lf.cs] += 1
    print("attachments:", dict(atts))
    print("transfer encodings:", dict(ctes))
    print("text charsets:", dict(css))
    print("borderline:", sum(1 for _, m in items if m.reason.startswith("borderline:")))


def main():
    only_check = "--check" in sys.argv
    items = numbered()
    slugs = [m.slug for _, m in items]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    if not only_check:
        for lab in LABELS:
            d = os.path.join(HERE, lab)
            os.makedirs(d, exist_ok=True)
            for f in os.listdir(d):
                if f.endswith(".eml"):
                    os.remove(os.path.join(d, f))
        for fname, m in items:
            with open(os.path.join(HERE, m.label, fname), "wb") as fh:
                fh.write(m.to_bytes())
        with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
            for fname, m in items:
                assert "\t" not in m.reason and "\n" not in m.reason
                fh.write("%s\t%s\t%s\n" % (fname, m.label, m.reason))
    errors = []
    # labels.tsv agrees with the directories
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        rows = [ln.rstrip("\n").split("\t") for ln in fh if ln.strip()]
    on_disk = {}
    for lab in LABELS:
        for f in os.listdir(os.path.join(HERE, lab)):
            if f.endswith(".eml"):
                if f in on_disk:
                    errors.append("file in two folders: " + f)
                on_disk[f] = lab
    listed = {}
    for r in rows:
        if len(r) != 3:
            errors.append("bad labels.tsv row %r" % r)
            continue
        if r[0] in listed:
            errors.append("listed twice: " + r[0])
        listed[r[0]] = r[1]
    if listed != on_disk:
        errors.append("labels.tsv does not match the folders")
    nums = sorted(int(f[:3]) for f in on_disk)
    if nums != list(range(1, len(MESSAGES) + 1)):
        errors.append("numbers are not 001..%03d" % len(MESSAGES))
    for fname, m in items:
        path = os.path.join(HERE, m.label, fname)
        with open(path, "rb") as fh:
            data = fh.read()
        if data != m.to_bytes():
            errors.append("%s differs from what gen.py writes" % fname)
        parsed = check_one(fname, m.label, data, errors)
        if str(parsed["Subject"]) != m.subj:
            errors.append("%s: Subject does not round-trip" % fname)
        for hname, want in (("From", m.frm), ("To", m.to), ("Cc", m.cc)):
            if want is None:
                continue
            want = want if isinstance(want, list) else [want]
            got = [(a.display_name, a.addr_spec) for a in parsed[hname].addresses]
            exp = [(w[0], w[1]) if isinstance(w, tuple) else ("", w) for w in want]
            if got != exp:
                errors.append("%s: %s does not round-trip: %r" % (fname, hname, got))
    stats(items)
    if errors:
        print("\n".join(errors))
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("ok: %d messages checked" % len(items))


if __name__ == "__main__":
    main()
