#!/usr/bin/env python3
"""Deterministic generator for the blind3 (prefix b3) sensitivity test set.

Run:  python3 gen.py
It removes and rewrites none/*.eml, phi/*.eml, restricted/*.eml and
labels-b3.tsv in the directory holding this script, then re-parses every file
with email.policy.default and checks the structural rules.

Every person, organisation, address, phone number and identifier below is
invented.  Domains are example.com/.org/.net or .test; phones are 555-01xx.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys
import textwrap
import zlib
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email.utils import format_datetime
import email

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b3"
LABELS = ("none", "phi", "restricted")
REG = []          # (label, slug, reason, fn)
POL = SMTP.clone(max_line_length=78)
MSG_POL = DEFAULT_POLICY.clone(max_line_length=76)   # keeps QP body lines <= 76


def msg(label, slug, reason):
    assert label in LABELS
    def deco(fn):
        REG.append((label, slug, reason, fn))
        return fn
    return deco


# ---------------------------------------------------------------- helpers
def T(s):
    """dedent a triple-quoted block, strip the leading newline, end with one \n"""
    return textwrap.dedent(s).strip("\n") + "\n"


_TOK = {}
def enc(s, cs):
    """Placeholder that is replaced after serialisation by an RFC 2047
    encoded-word in charset cs (lets headers use charsets other than utf-8)."""
    tok = "ENCW%04dZ" % len(_TOK)
    _TOK[tok] = (s, cs)
    return tok


US_TZ = ["-0800", "-0700", "-0700", "-0800", "-0500", "-0600"]
LOCAL_TZ = [(".de.test", "+0100"), (".fr.test", "+0100"), (".it.test", "+0100"), (".nl.test", "+0100"),
            (".es.test", "+0100"), (".pl.test", "+0100"), (".gr.test", "+0200"), (".ru.test", "+0300"),
            (".jp.test", "+0900"), (".kr.test", "+0900"), (".cn.test", "+0800"), (".tw.test", "+0800"),
            (".br.test", "-0300")]


def date_for(key, domain=""):
    h = int(hashlib.sha1(key.encode()).hexdigest(), 16)
    base = dt.datetime(2024, 9, 2)
    d = base + dt.timedelta(days=h % 300, hours=6 + (h >> 12) % 13,
                            minutes=(h >> 20) % 60, seconds=(h >> 28) % 60)
    off = next((tz for suf, tz in LOCAL_TZ if domain.endswith(suf)), None)
    if off is None:
        off = US_TZ[(h >> 36) % len(US_TZ)]
        if off[1:3] in ("07", "08", "05", "06") and dt.datetime(2025, 3, 9) <= d < dt.datetime(2025, 11, 2) \
                or dt.datetime(2024, 9, 1) <= d < dt.datetime(2024, 11, 3):
            off = "-%02d00" % (int(off[1:3]) - 1)          # daylight saving time
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:])))
    return format_datetime(d.replace(tzinfo=tz))


# explicit Date headers for messages whose content carries timestamps
DATES = {
    "nested-forward-er-claim-denial": "Tue, 04 Mar 2025 11:30:10 -0600",
    "reply-chain-new-hiv-diagnosis-linkage": "Thu, 06 Mar 2025 18:05:44 -0800",
    "triple-inline-forward-mri-brain-pa": "Mon, 10 Mar 2025 17:20:31 -0700",
    "hl7-oru-critical-potassium-in-body": "Tue, 11 Mar 2025 09:14:40 -0700",
    "trap-hl7-ack-interface-alert": "Tue, 11 Mar 2025 08:36:02 -0700",
    "hl7-adt-inpatient-psychiatry-admission": "Sun, 09 Mar 2025 22:51:17 -0700",
    "hl7-oru-hfe-c282y-homozygous": "Fri, 07 Mar 2025 14:05:59 -0800",
    "trap-budget-review-ics-invite": "Wed, 02 Apr 2025 10:15:00 -0700",
    "trap-grand-rounds-ics": "Mon, 03 Mar 2025 07:02:11 -0800",
    "ics-mri-lumbar-appointment": "Mon, 10 Mar 2025 11:00:27 -0700",
    "sublocade-monthly-injection-ics": "Mon, 10 Mar 2025 09:01:45 -0700",
    "fhir-bundle-egfr-attachment": "Mon, 10 Mar 2025 08:40:03 -0700",
    "fhir-observation-hiv-rna": "Fri, 07 Mar 2025 12:31:50 -0800",
    "ccda-discharge-pneumonia-xml": "Fri, 07 Mar 2025 16:02:38 -0800",
    "trap-clearinghouse-batch-summary": "Tue, 11 Mar 2025 17:05:12 -0700",
    "trap-chemistry-analyzer-qc": "Fri, 14 Mar 2025 15:22:09 -0700",
    "cardiqor-trial-serious-adverse-event": "Mon, 10 Mar 2025 16:48:00 -0700",
    "no-show-list-csv": "Fri, 14 Mar 2025 16:10:44 -0700",
    "readmission-risk-list-csv": "Wed, 12 Mar 2025 08:05:19 -0700",
    "trap-huddle-move-signature-phi-disclaimer": "Mon, 10 Mar 2025 19:44:02 -0700",
    "trap-physician-oncall-roster-csv": "Fri, 28 Feb 2025 13:30:00 -0800",
}


def mid(key, domain):
    h = hashlib.sha1(("mid" + key).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:14], h[14:22], domain)


def _q(addrs):
    """quote bare display names that contain specials such as '.'"""
    def fix(mo):
        name = mo.group(2).strip()
        if re.search(r'[.()\[\]:;@\\]', name):
            name = '"%s"' % name
        return "%s%s <%s>" % (mo.group(1), name, mo.group(3))
    return re.sub(r'(^|,\s*)([^",<]+?)\s*<([^>]+)>', fix, addrs)


def new(frm, to, subj, cc=None, date=None, reply_to=None, irt=None, refs=None,
        extra=None, msgid=None):
    m = EmailMessage(policy=MSG_POL)
    m["From"] = _q(frm)
    m["To"] = _q(to)
    if cc:
        m["Cc"] = _q(cc)
    m["Subject"] = subj
    if date:
        m["Date"] = date
    if msgid:
        m["Message-ID"] = msgid
    if reply_to:
        m["Reply-To"] = reply_to
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def _maxlen(s):
    return max(len(x) for x in s.split("\n"))


def body(m, s, cs=None, cte=None, subtype="plain"):
    if cs is None:
        cs = "us-ascii" if _ascii(s) else "utf-8"
    if cte is None:
        cte = "7bit" if _ascii(s) and _maxlen(s) < 900 else "quoted-printable"
    m.set_content(s, subtype=subtype, charset=cs, cte=cte)
    return m


def alt(m, plain, html, cs=None, cte=None, hcte=None):
    body(m, plain, cs=cs, cte=cte)
    hcs = cs or ("us-ascii" if _ascii(html) else "utf-8")
    if hcte is None:
        hcte = "7bit" if _ascii(html) and _maxlen(html) < 900 else "quoted-printable"
    m.add_alternative(html, subtype="html", charset=hcs, cte=hcte)
    return m


def att_text(m, s, subtype, filename, cs=None, cte=None, disp="attachment"):
    if cs is None:
        cs = "us-ascii" if _ascii(s) else "utf-8"
    if cte is None:
        cte = "7bit" if _ascii(s) and _maxlen(s) < 900 else "base64"
    m.add_attachment(s, subtype=subtype, filename=filename, charset=cs,
                     cte=cte, disposition=disp)
    return m


def att_bytes(m, b, maintype, subtype, filename, disp="attachment", cid=None):
    kw = {}
    if cid:
        kw["cid"] = cid
    m.add_attachment(b, maintype=maintype, subtype=subtype, filename=filename,
                     disposition=disp, **kw)
    return m


def att_msg(m, inner):
    raw = inner.as_bytes(policy=POL)
    m.add_attachment(inner, cte="7bit" if all(c < 128 for c in raw) else "8bit")
    return m


def _ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def quote(s):
    return "".join(("> " + l if l.strip() else ">") + "\n" for l in s.rstrip("\n").split("\n"))


def crlf(s):
    """for HL7 segments inside a text body: CRLF between segments"""
    return s.replace("\r\n", "\n").replace("\r", "\n")


def npi(base9):
    """return a 10-digit NPI (base9 + Luhn check digit computed with 80840)"""
    digits = [int(c) for c in "80840" + base9]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def dea(prefix2, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix2 + six + str(chk)


def pdf(lines, title="Document", author="Scanner", compress=False, size=10):
    """Minimal one-or-more-page PDF with Helvetica text streams."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + 52] for i in range(0, max(len(lines), 1), 52)] or [[]]
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(len(pages)))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(pages))).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, pg in enumerate(pages):
        content = "BT /F1 %d Tf 54 750 Td %d TL\n" % (size, size + 4)
        content += "".join("(%s) Tj T*\n" % esc(l) for l in pg) + "ET\n"
        cbytes = content.encode("cp1252")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                     "/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * i)).encode())
        if compress:
            z = zlib.compress(cbytes, 9)
            objs.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            objs.append(b"<< /Length %d >>\nstream\n" % len(cbytes) + cbytes + b"endstream")
    objs.append(("<< /Title (%s) /Author (%s) /Producer (b3 pdf writer) >>" % (esc(title), esc(author))).encode("cp1252"))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, len(objs), xref)
    return bytes(out)


def png(w=8, h=8, rgb=(30, 90, 160)):
    import struct
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def inner(frm, to, subj, date, text, key, cc=None, cs=None):
    """a complete message to be attached as message/rfc822"""
    dom = re.search(r"@([\w.-]+)", frm).group(1)
    m = new(frm, to, subj, cc=cc, date=date, msgid=mid(key, dom))
    body(m, text, cs=cs)
    return m


# standard-ish signatures and disclaimers
DISC_NG = T("""
    CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the
    sole use of the intended recipient(s) and may contain confidential and
    privileged information. Any unauthorized review, use, disclosure or
    distribution is prohibited. If you are not the intended recipient, please
    contact the sender by reply e-mail and destroy all copies of the original
    message.
    """)

PART2_NOTICE = T("""
    This information has been disclosed to you from records protected by
    federal confidentiality rules (42 CFR part 2). The federal rules prohibit
    you from making any further disclosure of information in this record that
    identifies a patient as having or having had a substance use disorder
    either directly, by reference to publicly available information, or
    through verification of such identification by another person unless
    further disclosure is expressly permitted by the written consent of the
    individual whose information is being disclosed or as otherwise permitted
    by 42 CFR part 2.
    """)


# =====================================================================
#                               NONE
# =====================================================================

@msg("none", "cafeteria-hours-renovation", "Staff memo about cafeteria hours; no individual, no health content")
def _():
    m = new('"Food & Nutrition Services" <fns@staurelia.example.org>',
            "All Staff <all-staff@staurelia.example.org>",
            "Cafeteria hours during the lobby renovation")
    return body(m, T("""
        Good morning,

        Starting Monday the main cafeteria on the ground floor will close at
        7:30 pm instead of 9:00 pm while the lobby flooring is replaced. The
        grab-and-go cooler outside the Tower B elevators will be restocked at
        8 pm and again at 2 am for night shift.

        The coffee cart in the atrium moves to the west corridor next to the
        chapel. Payroll deduction still works at both registers.

        Expected end of work: the second Friday of next month. Thanks for your
        patience while we get the new floors in.

        Food & Nutrition Services
        St. Aurelia Medical Center
        """))


@msg("none", "trap-order-confirmation-nitrile-gloves", "Supply order/shipping confirmation with order, PO and tracking numbers; no patient")
def _():
    m = new('"MedSupply Direct Orders" <orders@medsupply-direct.example.com>',
            '"Receiving Dock" <receiving@riverbendfm.example.org>',
            "Order #MSD-7734019 has shipped")
    plain = T("""
        Thank you for your order!

        Order number:   MSD-7734019
        PO reference:   RFM-PO-2291
        Ship to:        Riverbend Family Medicine, Attn: Receiving
                        1180 Quarry Lane, Suite 4, Millbrook, OR 97013
        Carrier:        Ground, tracking 1Z 88A 4F2 03 5521 7730
        Est. delivery:  2 business days

        Qty  Item                                            Unit      Ext
        12   Nitrile exam gloves, powder-free, M (cs/1000)   $48.20    $578.40
        6    Nitrile exam gloves, powder-free, L (cs/1000)   $48.20    $289.20
        4    Sharps container 2 gal, red                     $6.15     $24.60
        2    Exam table paper 21" smooth (cs/12)             $39.90    $79.80
                                                   Subtotal          $972.00
                                                   Freight            $0.00
                                                   Total             $972.00

        Questions? Customer care 1-800-555-0134, Mon-Fri 7-6 CT.
        """)
    html = T("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Your order has shipped</h2>
        <p>Order <b>MSD-7734019</b> &middot; PO RFM-PO-2291</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Qty</th><th>Item</th><th>Unit</th><th>Ext</th></tr>
        <tr><td>12</td><td>Nitrile exam gloves, powder-free, M (cs/1000)</td><td>$48.20</td><td>$578.40</td></tr>
        <tr><td>6</td><td>Nitrile exam gloves, powder-free, L (cs/1000)</td><td>$48.20</td><td>$289.20</td></tr>
        <tr><td>4</td><td>Sharps container 2 gal, red</td><td>$6.15</td><td>$24.60</td></tr>
        <tr><td>2</td><td>Exam table paper 21&quot; smooth (cs/12)</td><td>$39.90</td><td>$79.80</td></tr>
        <tr><td colspan="3" align="right"><b>Total</b></td><td><b>$972.00</b></td></tr>
        </table>
        <p>Ship to: Riverbend Family Medicine, 1180 Quarry Lane, Suite 4, Millbrook, OR 97013<br>
        Tracking: 1Z 88A 4F2 03 5521 7730</p>
        <p style="font-size:11px;color:#777">MedSupply Direct &middot; 1-800-555-0134</p>
        </body></html>
        """)
    return alt(m, plain, html)


@msg("none", "trap-linen-service-invoice-pdf", "B2B linen service invoice (PDF) with invoice and customer account numbers")
def _():
    m = new('"Crestline Linen AR" <ar@crestline-linen.example.net>',
            '"Accounts Payable" <ap@kestrelvalley.example.net>',
            "Invoice CL-2025-00871 - Kestrel Valley Hospital - net 30")
    body(m, T("""
        Hello,

        Please find attached invoice CL-2025-00871 for linen and scrub service
        for the period ending the 28th. Customer account: 40017-22.

        Remit via ACH to the account on file or by check to PO Box 5521,
        Tacoma WA 98401. Please reference the invoice number.

        Regards,
        Priya Ramdas
        Accounts Receivable, Crestline Linen Co.
        253-555-0171
        """))
    lines = ["CRESTLINE LINEN CO.", "INVOICE CL-2025-00871", "",
             "Bill to: Kestrel Valley Hospital - Accounts Payable",
             "Customer account: 40017-22       Terms: Net 30", "",
             "Description                          Qty      Rate     Amount",
             "Bath towels, processed (lb)        4,210     0.62   2,610.20",
             "Patient gowns, processed (lb)      3,880     0.71   2,754.80",
             "Scrubs, surgical, sets              1,145     1.05   1,202.25",
             "Fitted sheets, processed (lb)      2,960     0.58   1,716.80",
             "Fuel surcharge                                         118.00",
             "", "TOTAL DUE                                          8,402.05",
             "", "Thank you for your business."]
    return att_bytes(m, pdf(lines, title="Invoice CL-2025-00871", author="Crestline AR"),
                     "application", "pdf", "CL-2025-00871.pdf")


@msg("none", "trap-ehr-downtime-notice", "IT notice of planned EHR downtime; mentions charts/MRN lookups generically, no patient")
def _():
    m = new('"IS Service Desk" <servicedesk@northgatehealth.example.com>',
            "NGH-All <ngh-all@northgatehealth.example.com>",
            "PLANNED DOWNTIME Sat 02:00-05:30 - EHR, PACS viewer, lab interfaces")
    return body(m, T("""
        *** PLANNED DOWNTIME ***

        When:   Saturday 02:00 - 05:30 (all sites)
        What:   EHR application upgrade, PACS web viewer, inbound lab and
                radiology result interfaces
        Change: CHG0041187

        During the window:
          - Use downtime report packets printed at 01:30 on each unit
            (medication administration record, active orders, allergy list).
          - Register new arrivals on paper downtime forms; temporary MRNs
            are pre-printed on the yellow labels in the downtime box.
          - Results will queue and post automatically after recovery. Call
            the lab for STAT values.
          - Read-only BCA workstations stay available in every nursing
            station.

        Recovery validation starts at 05:30; do not resume electronic
        charting until the overhead "systems restored" page.

        Questions: IS Service Desk ext. 4-0100 or 503-555-0100.
        """))


@msg("none", "trap-ehr-release-notes", "Vendor release notes mentioning MRN/DOB fields, HL7 events and UUIDs; no patient")
def _():
    m = new('"Pinecone EHR Release Management" <releases@pinecone-ehr.example.com>',
            "customer-admins@pinecone-ehr.example.com",
            "Pinecone EHR 23.4.2 release notes (GA Thursday)")
    notes = T("""
        PINECONE EHR 23.4.2 - RELEASE NOTES
        ===================================

        Build: 23.4.2.1187   Package id: 5f0c2d9e-7a41-4b83-9c0e-2be1d4a0f6a3
        Target GA: Thursday, rolling upgrade by region

        1. Patient banner
           * The banner can now show DOB and age together ("DOB (age)").
             Sites that mask DOB for VIP encounters keep the mask.
           * MRN display honors the new "external identifier" type list;
             assigning authorities are configured in Admin > Identity.

        2. Interfaces
           * ADT^A08 updates no longer overwrite the patient's preferred name
             when PID-5 repetition 2 is empty (defect PEHR-22871).
           * ORU^R01 inbound: OBX-5 values longer than 64 KB are split into
             continuation segments instead of being truncated.
           * New outbound event for appointment no-shows (SIU^S26).

        3. Clinical decision support
           * Drug-drug interaction content update (vendor feed 2025-Q1).
           * Duplicate-therapy checking now groups GLP-1 receptor agonists.

        4. Billing
           * Claim scrubber: NCCI edit table refreshed; new modifier
             validation for telehealth place of service 10.

        5. Fixed defects
           PEHR-22790  Printing an after-visit summary in Spanish dropped
                       accented characters in the header.
           PEHR-22816  Inbasket "results" folder count was off by one.
           PEHR-22871  See section 2.
           PEHR-22902  Time-zone shift on recurring appointments created
                       across DST change.

        6. Known issues
           * Sites using the legacy fax gateway must upgrade to connector
             7.1 before enabling the new cover sheet template.

        Upgrade checklist and rollback plan: customer portal article
        KB-10442.  Customer support: 1-888-555-0142.
        """)
    body(m, T("""
        Hi admins,

        The 23.4.2 notes are below and attached as plain text for your change
        boards. No database schema changes this time.

        - Release Management
        """) + "\n" + notes)
    return att_text(m, notes, "plain", "pinecone-23.4.2-release-notes.txt")


@msg("none", "nursing-informatics-symposium-cfp", "Conference call for abstracts; no individual")
def _():
    m = new('"Cascadia Nursing Informatics Symposium" <cfp@cnis.example.org>',
            "members@cnis.example.org",
            "Call for abstracts: Cascadia Nursing Informatics Symposium")
    plain = T("""
        CALL FOR ABSTRACTS

        Cascadia Nursing Informatics Symposium
        Two days, Portland Convention Annex, this October

        Tracks:
          * Documentation burden and flowsheet redesign
          * Alarm fatigue and smart-pump integration
          * Nurse-led analytics and dashboards
          * Education and onboarding in the EHR

        Abstracts (300 words) due the last Friday of May. Podium and poster
        formats. Student submissions welcome; three travel awards.

        Submit at https://cnis.example.org/abstracts
        """)
    html = T("""
        <html><body>
        <h1 style="color:#2a5d84">Call for Abstracts</h1>
        <p><b>Cascadia Nursing Informatics Symposium</b><br>Portland Convention Annex &middot; October</p>
        <ul>
        <li>Documentation burden and flowsheet redesign</li>
        <li>Alarm fatigue and smart-pump integration</li>
        <li>Nurse-led analytics and dashboards</li>
        <li>Education and onboarding in the EHR</li>
        </ul>
        <p>Abstracts (300 words) due the last Friday of May. <a href="https://cnis.example.org/abstracts">Submit here</a>.</p>
        </body></html>
        """)
    return alt(m, plain, html)


@msg("none", "job-posting-rn-nights-medsurg", "Job posting; no patient")
def _():
    m = new('"Kestrel Valley Careers" <careers@kestrelvalley.example.net>',
            "talent-community@kestrelvalley.example.net",
            "Now hiring: RN, Med-Surg 5 West, nights (0.9 FTE), sign-on bonus")
    return body(m, T("""
        Registered Nurse - Medical/Surgical, 5 West
        Schedule: 3 x 12 nights, every third weekend, 0.9 FTE
        Pay: $48.10 - $71.35/hr DOE, night differential $5.50/hr
        Sign-on bonus: $7,500 for experienced RNs

        About the unit: 32-bed adult med-surg floor, 1:4-5 ratio, charge RN
        without assignment, in-house rapid response team, unit-based
        educator.

        Requirements: active state RN license, BLS, 1 year acute care
        preferred. New grads: see our residency program.

        Apply by replying to this message or call recruiter Tamsin Oduya
        at 541-555-0163.
        """))


@msg("none", "trap-staff-flu-vaccine-clinics", "Staff flu-shot clinic schedule with vaccine names; general, no individual")
def _():
    m = new('"Employee Health" <employeehealth@northgatehealth.example.com>',
            "NGH-All <ngh-all@northgatehealth.example.com>",
            "Flu season: employee vaccination clinics start Monday")
    alt(m, T("""
        Employee flu clinics

        Mon-Wed  07:00-10:00  Main cafeteria annex
        Thu      14:00-18:00  Outpatient pavilion, room 2C
        Fri      19:00-23:00  Night shift: 4 North break room

        Available: quadrivalent inactivated influenza vaccine (standard dose),
        high-dose vaccine for staff 65+, and an egg-free recombinant option.
        A COVID-19 booster is offered at the same table.

        Please bring your badge. If you were vaccinated elsewhere, upload your
        record in the Employee Health portal by December 15.

        Reminder: influenza vaccination or an approved declination is a
        condition of working in patient-care areas this season.
        """), T("""
        <html><body>
        <h2>Employee flu clinics</h2>
        <table border="1" cellpadding="3">
        <tr><th>Day</th><th>Time</th><th>Place</th></tr>
        <tr><td>Mon-Wed</td><td>07:00-10:00</td><td>Main cafeteria annex</td></tr>
        <tr><td>Thu</td><td>14:00-18:00</td><td>Outpatient pavilion, room 2C</td></tr>
        <tr><td>Fri</td><td>19:00-23:00</td><td>4 North break room</td></tr>
        </table>
        <p>Quadrivalent inactivated vaccine, high-dose for 65+, egg-free recombinant option. COVID-19 booster offered too.</p>
        </body></html>
        """))
    return m


@msg("none", "trap-coworker-birthday-dob", "Office birthday collection with a date of birth; no health content")
def _():
    m = new("Gwen Halvorsen <ghalvorsen@quillbilling.example.com>",
            "billing-team@quillbilling.example.com",
            "Shh - card for Marisol (born 04/17/1988, the big one is next year!)")
    return body(m, T("""
        Hi all,

        Marisol's birthday is Thursday. HR's list has her DOB as 04/17/1988 so
        she's 37 - please don't put a "40" balloon on her desk like last time
        with Ken :)

        Card is in my top drawer, envelope for cake money ($5 suggested) is
        taped to it. Tres leches from the bakery on 3rd unless someone objects.

        Gwen
        """))


@msg("none", "trap-stretcher-part-number-ssn-like", "Parts request with an SSN-shaped part number; no person, no health")
def _():
    m = new("Luis Fenwick <lfenwick@biomed.staurelia.example.org>",
            '"Stryde Medical Parts" <parts@stryde-med.example.com>',
            "RFQ: casters p/n 410-52-8821 (qty 16)")
    return body(m, T("""
        Hi,

        Please quote 16 ea of the 5" total-lock caster, part no. 410-52-8821,
        for the transport stretchers in our ED (model ST-200, serial range
        ST2-0917xx). Also 4 ea of the side-rail latch kit 410-53-0012.

        Ship to Biomed Engineering, dock 3. Our account is 66120.

        Thanks,
        Luis Fenwick, CBET
        Biomedical Engineering, St. Aurelia Medical Center
        o 360-555-0119
        """))


@msg("none", "trap-vet-vaccine-reminder-dog", "Veterinary reminder for a pet; owner named but no human health care")
def _():
    m = new('"Maple Hollow Veterinary Clinic" <reminders@maplehollowvet.example.com>',
            "Corinne Abernathy <corinne.abernathy@inbox.example.net>",
            "Biscuit is due for vaccines and a heartworm test")
    return alt(m, T("""
        Hi Corinne,

        Our records show Biscuit (canine, beagle mix, 7 yrs) is due for:

          - Rabies (3-year)                 due 03/02
          - DHPP booster                    due 03/02
          - Heartworm antigen test          due 03/15
          - Refill: Apoquel 16 mg, 30 tabs  last filled 01/28

        Patient ID: MH-20931. Reply to this e-mail or call 802-555-0127 to book.
        Wag-ons welcome - Saturday hours 8 to noon.

        Maple Hollow Veterinary Clinic
        """), T("""
        <html><body>
        <p>Hi Corinne,</p>
        <p>Our records show <b>Biscuit</b> (canine, beagle mix, 7 yrs) is due for:</p>
        <ul><li>Rabies (3-year) &ndash; due 03/02</li><li>DHPP booster &ndash; due 03/02</li>
        <li>Heartworm antigen test &ndash; due 03/15</li><li>Refill: Apoquel 16 mg, 30 tabs</li></ul>
        <p>Patient ID: MH-20931. Call 802-555-0127 to book.</p>
        </body></html>
        """))


@msg("none", "trap-county-hiv-quarterly-aggregate", "Aggregate county HIV surveillance counts (CSV); no individual")
def _():
    m = new('"Marlow County Public Health - Epidemiology" <epi@health.marlow-county.test>',
            "community-partners@health.marlow-county.test",
            "Q3 HIV surveillance summary and PrEP uptake (aggregate)")
    body(m, T("""
        Partners,

        Attached is the Q3 aggregate HIV surveillance table. Highlights:

          * 41 new HIV diagnoses this quarter (Q2: 37). 
          * 29% of new diagnoses were in people aged 25-34.
          * Linkage to care within 30 days: 84%.
          * Viral suppression among people in care: 88%.
          * PrEP prescriptions filled at county pharmacies: 1,212 (+9%).

        Cells under 5 are suppressed ("<5"). Data are provisional and will be
        revised in the annual report. Please do not try to re-identify
        individuals from small cells.

        Epidemiology & Surveillance Unit
        """))
    csv = T("""
        quarter,age_group,new_diagnoses,linked_30d_pct,virally_suppressed_pct
        Q3,13-24,6,83,79
        Q3,25-34,12,92,86
        Q3,35-44,9,78,90
        Q3,45-54,8,75,91
        Q3,55+,<5,NA,93
        Q3,all,41,84,88
        Q2,all,37,81,87
        Q1,all,33,86,86
        """)
    return att_text(m, csv, "csv", "hiv_q3_aggregate.csv")


@msg("none", "trap-overdose-dashboard-zip", "Monthly overdose dashboard with ZIP-level aggregate counts; no individual")
def _():
    m = new('"Overdose Data to Action Team" <od2a@health.marlow-county.test>',
            "od-dashboard@health.marlow-county.test",
            "Overdose dashboard - monthly refresh")
    plain = T("""
        Monthly overdose dashboard refresh

        Suspected nonfatal overdose ED visits: 118 (prior month 131)
        EMS naloxone administrations: 96
        Naloxone kits distributed by partners: 2,340
        Fatal overdoses (provisional): 9

        Top ZIP codes by ED visits: 97301 (22), 97303 (17), 97305 (14)

        Fentanyl remains involved in the majority of fatal cases; xylazine was
        detected in 3 of 9 toxicology panels.
        """)
    html = T("""
        <html><body>
        <h3>Monthly overdose dashboard refresh</h3>
        <table border="1" cellspacing="0" cellpadding="3">
        <tr><th>Measure</th><th>This month</th><th>Prior month</th></tr>
        <tr><td>Suspected nonfatal OD ED visits</td><td>118</td><td>131</td></tr>
        <tr><td>EMS naloxone administrations</td><td>96</td><td>104</td></tr>
        <tr><td>Naloxone kits distributed</td><td>2,340</td><td>2,015</td></tr>
        <tr><td>Fatal overdoses (provisional)</td><td>9</td><td>12</td></tr>
        </table>
        <h4>ED visits by ZIP</h4>
        <table border="1" cellspacing="0" cellpadding="3">
        <tr><th>ZIP</th><th>Visits</th></tr>
        <tr><td>97301</td><td>22</td></tr><tr><td>97303</td><td>17</td></tr><tr><td>97305</td><td>14</td></tr>
        <tr><td>97302</td><td>9</td></tr><tr><td>other</td><td>56</td></tr>
        </table>
        <p>Fentanyl involved in most fatal cases; xylazine detected in 3 of 9 panels.</p>
        </body></html>
        """)
    return alt(m, plain, html)


@msg("none", "trap-chemistry-analyzer-qc", "Analyzer QC values and Westgard flags; control material, no patient")
def _():
    m = new("Hollis Varga <hvarga@meridianlab.example.net>",
            "chem-leads@meridianlab.example.net",
            "QC review - chem line 2 - K+ level 2 10x rule, lot 48812")
    return body(m, T("""
        Team,

        Weekly QC review for chemistry line 2 (analyzer C2-B):

        Analyte     Level  Lot     Target   SD    Mean(wk)  CV%   Flags
        Glucose     1      48811   98       2.9   97.6      2.8   -
        Glucose     2      48812   296      7.1   299.2     2.3   -
        Potassium   1      48811   3.52     0.06  3.55      1.6   -
        Potassium   2      48812   6.08     0.09  6.19      1.4   10x
        Creatinine  1      48811   0.94     0.04  0.93      4.1   -
        ALT         2      48812   164      6.0   166       3.5   1-2s x1

        K+ level 2 has run above the mean for 10 consecutive runs since the
        ISE module was replaced on Tuesday. I recalibrated this morning and
        opened a service ticket (SR-55120). Patient testing on C2-B was
        moved to C2-A until the shift resolves; no patient results needed
        correction per the lookback.

        New control lot 49020 parallel testing starts next week.

        Hollis
        Chemistry Technical Specialist - x0152
        """))


@msg("none", "trap-hl7-ack-interface-alert", "Interface engine alert containing only an HL7 ACK (no PID); test/control data")
def _():
    m = new('"Interface Engine Alerts (LAB-IN-02)" <ie-alerts@northgatehealth.example.com>',
            "interface-team@northgatehealth.example.com",
            "[WARN] LAB-IN-02 slow ACK (> 30s) - 14 occurrences")
    ack = ("MSH|^~\\&|NGH_IE|NGH|MERIDIAN_LIS|MRL|20250311083512||ACK^R01^ACK|ACK0000913327|P|2.5.1\n"
           "MSA|AA|MRL20250311-004471|Message accepted\n")
    return body(m, T("""
        Route: LAB-IN-02 (Meridian LIS -> EHR results)
        Condition: ACK latency above 30 s
        Occurrences in last 15 min: 14
        Queue depth: 221 (threshold 500)

        Last ACK returned:
        """) + ack + T("""

        No NAKs. Auto-generated by the interface engine; do not reply.
        Runbook: IE-RB-017.
        """))


@msg("none", "trap-fhir-capabilitystatement", "FHIR CapabilityStatement JSON listing resources/search params; no patient")
def _():
    m = new("Anand Kothari <akothari@pinecone-ehr.example.com>",
            "integration@lakeshorerx.example.com",
            "Re: sandbox FHIR endpoint - CapabilityStatement attached")
    cap = {
        "resourceType": "CapabilityStatement",
        "id": "pinecone-r4-sandbox",
        "status": "active",
        "date": "2025-02-14",
        "publisher": "Pinecone EHR (example)",
        "kind": "instance",
        "fhirVersion": "4.0.1",
        "format": ["json", "xml"],
        "implementation": {"description": "Sandbox", "url": "https://fhir-sandbox.pinecone-ehr.example.com/r4"},
        "rest": [{
            "mode": "server",
            "security": {"service": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/restful-security-service", "code": "SMART-on-FHIR"}]}]},
            "resource": [
                {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                 "searchParam": [{"name": "identifier", "type": "token"}, {"name": "family", "type": "string"},
                                 {"name": "birthdate", "type": "date"}, {"name": "gender", "type": "token"}]},
                {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}],
                 "searchParam": [{"name": "patient", "type": "reference"}, {"name": "code", "type": "token"},
                                 {"name": "date", "type": "date"}, {"name": "category", "type": "token"}]},
                {"type": "MedicationRequest", "interaction": [{"code": "read"}, {"code": "search-type"}],
                 "searchParam": [{"name": "patient", "type": "reference"}, {"name": "status", "type": "token"}]},
                {"type": "Condition", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                {"type": "Coverage", "interaction": [{"code": "read"}]},
            ]}]}
    body(m, T("""
        Hi Bea,

        Here's the CapabilityStatement for the R4 sandbox. MedicationRequest
        search by patient is what you need for the refill-sync pilot; write
        interactions are not enabled in the sandbox.

        Client registration form is on the developer portal. Sandbox data are
        synthetic.

        Anand

        > Could you send the capability statement so our developers can see
        > which resources are exposed?
        """))
    return att_bytes(m, json.dumps(cap, indent=2).encode() + b"\n", "application", "fhir+json",
                     "CapabilityStatement-sandbox.json")


@msg("none", "trap-interface-config-pid3-mrn", "Interface mapping config mentioning PID-3/mrn/dob field names; no patient data")
def _():
    m = new("Oksana Brandt <obrandt@northgatehealth.example.com>",
            "interface-team@northgatehealth.example.com",
            "ADT feed to the new bed board - mapping file v3 for review")
    cfg = T("""
        # bedboard-adt-mapping.yaml  v3
        source: NGH_IE/ADT-OUT-07
        target: bedboard-api
        events: [A01, A02, A03, A04, A08, A11, A13]
        fields:
          mrn:            PID-3.1        # where PID-3.5 == "MR"
          assigning_auth: PID-3.4
          last_name:      PID-5.1
          first_name:     PID-5.2
          dob:            PID-7          # format YYYYMMDD, drop if masked
          sex:            PID-8
          location:       PV1-3          # point^room^bed
          attending_npi:  PV1-7.1
          admit_dt:       PV1-44
          isolation:      ZPV-12
        drop_segments: [DG1, IN1, IN2, GT1]   # bed board must not see dx or insurance
        masking:
          vip_flag: PV1-16 == "VIP" -> name = "Confidential"
        retry: {attempts: 5, backoff_seconds: 30}
        """)
    body(m, T("""
        All,

        v3 of the bed board mapping is attached. Changes since v2:
        - DG1 and insurance segments are dropped at the engine, not in the app.
        - VIP masking rule added.
        - Isolation flag comes from our Z-segment.

        Please comment before Thursday's interface CAB.

        Oksana Brandt | Integration Analyst | 503-555-0184
        """))
    return att_text(m, cfg, "x-yaml", "bedboard-adt-mapping-v3.yaml")


@msg("none", "trap-methadone-frontdesk-to-vendor-printer", "Display name 'Methadone Clinic Front Desk' writing to a software vendor about a printer; no patient")
def _():
    m = new('"Harmon Street Methadone Clinic Front Desk" <frontdesk@harmonst-otp.example.org>',
            '"DoseTrack Support" <support@dosetrack.example.com>',
            "Label printer stops after every 3rd label (ticket 88123)")
    return body(m, T("""
        hi, following up on ticket 88123.

        the label printer at dosing window 2 still stops after every 3rd label since
        your update on friday. window 1 is fine. we power cycled it and
        reinstalled the driver from your KB article, no change. windows 10,
        DoseTrack client 6.2.0.

        can someone remote in before 6am tomorrow? we open at 5:30 and the
        line gets long fast.

        thanks
        front desk - harmon st
        971-555-0102
        """))


@msg("none", "trap-oncology-billing-to-vendor-report", "Display name 'Oncology Billing' writing to vendor about report formatting; no patient")
def _():
    m = new('"Oncology Billing" <onc-billing@staurelia.example.org>',
            '"Ledgerly Support" <help@ledgerly.example.com>',
            "A/R aging export cuts off payer column")
    return body(m, T("""
        Hello,

        Since the 4.9 update the A/R aging export (Reports > Aging > By payer,
        export to Excel) truncates the payer name column at 12 characters and
        the 91-120 bucket header is shifted one column right. The on-screen
        version is correct.

        Can you confirm whether this is a known issue and if there's a fix or
        workaround? Month-end close is Friday.

        Thank you,
        Rhonda Estévez
        Oncology Billing Supervisor
        St. Aurelia Medical Center | 360-555-0138
        """))


@msg("none", "trap-huddle-move-signature-phi-disclaimer", "Staff scheduling note with long signature, phone/pager numbers and a PHI disclaimer")
def _():
    m = new('"Baptiste, Noelle MD" <nbaptiste@kestrelvalley.example.net>',
            '"Surgery APPs" <surg-apps@kestrelvalley.example.net>',
            "Move Thursday huddle to 7:30 (3/13)?")
    return body(m, T("""
        Can we move this Thursday's huddle (3/13) to 7:30 instead of 7:00? OR
        block starts late that day. Same room.

        N.

        --
        Noelle Baptiste, MD, FACS
        Division of General Surgery | Kestrel Valley Hospital
        Office 509-555-0146 | Fax 509-555-0147 | Pager 509-555-0148
        2200 Orchard Ridge Dr, Suite 310, Yakima WA 98902

        This message may contain protected health information (PHI). If you
        received it in error, notify the sender and delete it. Do not forward
        PHI outside Kestrel Valley Hospital without encryption.
        """))


@msg("none", "trap-cardiqor-trial-recruitment-flyer", "Trial recruitment flyer for fictional CARDIQOR; eligibility criteria only, no individual")
def _():
    m = new('"Clinical Research Office" <research@staurelia.example.org>',
            "cardiology-all@staurelia.example.org",
            "Now enrolling: CARDIQOR-HF phase 3 - please share with eligible patients")
    plain = T("""
        CARDIQOR-HF (phase 3, randomized, double-blind)

        Who may qualify:
          - Adults 45 to 80 with heart failure with reduced ejection fraction
            (LVEF 40% or less) on stable guideline-directed therapy
          - NYHA class II-III
          - eGFR 30 or higher

        Who is excluded:
          - Recent MI or cardiac surgery (90 days)
          - Potassium above 5.0 mmol/L at screening
          - Pregnancy or breastfeeding

        Study visits: 9 over 18 months; parking and a stipend are provided.

        Referrals: study coordinator Faye Lindqvist, 360-555-0131, or reply
        to this e-mail. Please do not send patient details by e-mail - call
        and we'll pre-screen by phone.
        """)
    html = "<html><body><pre style='font-family:Georgia'>" + plain.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>\n"
    return alt(m, plain, html)


@msg("none", "trap-migralux-rep-newsletter", "Pharma marketing newsletter for fictional MIGRALUX with dosing/side effects; no patient")
def _():
    m = new('"MIGRALUX Medical Education" <hcp-news@migralux-hcp.example.com>',
            '"Dr. Imogen Sato" <isato@riverbendfm.example.org>',
            "New data: MIGRALUX for acute migraine - 2-hour pain freedom")
    m["List-Unsubscribe"] = "<https://migralux-hcp.example.com/unsub?u=8c41f2>"
    plain = T("""
        MIGRALUX (fictional brand) - HCP UPDATE

        In the 12-week MIGRALUX-ACUTE-2 study, 34% of participants taking
        MIGRALUX 75 mg reached 2-hour pain freedom versus 21% on placebo.
        Most common adverse events: nausea (4%), dizziness (3%), somnolence
        (2%). Not for prevention of migraine. Do not use with strong CYP3A4
        inhibitors.

        Ask your representative about samples and the savings card.

        Unsubscribe: https://migralux-hcp.example.com/unsub
        """)
    html = T("""
        <html><body style="font-family:Helvetica">
        <img src="cid:mlxlogo" alt="MIGRALUX" width="120" height="40">
        <h2>New data for acute migraine</h2>
        <p>In MIGRALUX-ACUTE-2, <b>34%</b> reached 2-hour pain freedom vs <b>21%</b> on placebo.</p>
        <p>Adverse events: nausea (4%), dizziness (3%), somnolence (2%). Not for prevention.
        Avoid strong CYP3A4 inhibitors.</p>
        <p><a href="https://migralux-hcp.example.com/samples">Request samples</a></p>
        <p style="font-size:10px">MIGRALUX is a fictional product used in this message.
        <a href="https://migralux-hcp.example.com/unsub">Unsubscribe</a></p>
        </body></html>
        """)
    body(m, plain)
    m.add_alternative(html, subtype="html")
    m.get_payload()[1].add_related(png(40, 12, (120, 30, 110)), "image", "png", cid="<mlxlogo>",
                                   filename="logo.png")
    return m


@msg("none", "trap-laptop-shipment-uuid-zip", "IT asset shipment notice with UUIDs, tracking and ZIP codes; no health content")
def _():
    m = new('"Endpoint Engineering" <endpoint@northgatehealth.example.com>',
            "clinic-managers@northgatehealth.example.com",
            "Laptop refresh wave 4 - shipments and asset tags")
    return body(m, T("""
        Wave 4 laptops shipped today. Please sign for them and leave sealed
        until the deskside tech arrives.

        Site                       ZIP     Units  Tracking              Batch UUID
        Eastside Clinic            97230   14     9400 1000 0000 4471   3b9d1c2e-55f0-4a1e-8d77-0c9b2f61a4e0
        Lake Oswego Family Med     97034    9     9400 1000 0000 4488   a71e0f44-2c3d-4b6e-9e21-7f5d8c3b1190
        Tigard Urgent Care         97223   11     9400 1000 0000 4495   e0c4b2a9-91d7-4f36-b0aa-4d2e6c7f8a15
        Gresham Pediatrics         97030    6     9400 1000 0000 4502   5c2f8e17-0b6a-4d93-8e4f-19a7d3c5b6e2

        Asset tags NGH-LT-20411 through NGH-LT-20450. Old devices go back in
        the same boxes with the prepaid label.

        Endpoint Engineering
        """))


@msg("none", "trap-grand-rounds-ics", "Grand rounds announcement with iCalendar invite; topic names drugs/diseases, no patient")
def _():
    m = new('"Department of Medicine" <dom-education@staurelia.example.org>',
            "dom-faculty@staurelia.example.org",
            "Medical Grand Rounds - Cardiorenal syndrome: where SGLT2 inhibitors fit")
    body(m, T("""
        Medical Grand Rounds

        "Cardiorenal syndrome in 2025: where SGLT2 inhibitors, finerenone and
        loop diuretic strategies fit"
        Speaker: Dr. Oyelaran Whitcombe, Nephrology, Fairhaven University (visiting)

        Wednesday 12:00-13:00, Hartley Auditorium and on video.
        1.0 AMA PRA Category 1 Credit. Lunch provided for in-person attendees.

        Calendar invite attached.
        """))
    ics = T("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//St Aurelia DOM//Grand Rounds//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:7f2b1e0c-9a44-4d1f-a3c1-5b8e2d7f6a90@staurelia.example.org
        DTSTAMP:20250303T150000Z
        DTSTART:20250312T190000Z
        DTEND:20250312T200000Z
        SUMMARY:Medical Grand Rounds - Cardiorenal syndrome
        LOCATION:Hartley Auditorium / video link
        DESCRIPTION:Speaker Dr. Oyelaran Whitcombe. 1.0 CME credit.
        END:VEVENT
        END:VCALENDAR
        """).replace("\n", "\r\n")
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="grand-rounds.ics",
                     params={"method": "PUBLISH", "charset": "utf-8"})
    return m


@msg("none", "potluck-signup", "Unit potluck sign-up; everyday staff mail")
def _():
    m = new("Dolores Quaid <dquaid@staurelia.example.org>",
            "6north-staff@staurelia.example.org",
            "6N Lunar New Year potluck - sign up sheet")
    return body(m, T("""
        Hi everyone!! Potluck is next Friday in the 6N conference room, food
        out at 11:30 and we'll keep it going for night shift too.

        So far:
          Dolores - dumplings (pork + veggie)
          Ari - spring rolls
          Chen - long noodles
          Bea - oranges and tangerines
          Joaquin - "a surprise" (please no more jello salad Joaquin)

        Still need: rice, a salad, desserts, plates/forks. Reply-all is fine.

        D.
        """))


@msg("none", "out-of-office-autoreply", "Automatic out-of-office reply; no patient content")
def _():
    m = new("Theodora Vance <tvance@bluecrest-plan.test>",
            "Hallie Broussard <hbroussard@quillbilling.example.com>",
            "Automatic reply: Q2 provider roster update",
            extra={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
    return body(m, T("""
        I am out of the office until Monday and have limited access to e-mail.
        For provider network questions please contact network-ops@bluecrest-plan.test
        or call 877-555-0190.

        Theodora Vance
        Provider Network Operations, BlueCrest Health Plan
        """))


@msg("none", "team-lunch-reply-chain", "Reply chain planning a team lunch; no patient")
def _():
    m = new("Ari Castellanos <acastellanos@riverbendfm.example.org>",
            "Imogen Sato <isato@riverbendfm.example.org>",
            "Re: Re: lunch for the MAs",
            cc="Wendell Pryce <wpryce@riverbendfm.example.org>",
            irt=mid("lunch-2", "riverbendfm.example.org"),
            refs=mid("lunch-1", "riverbendfm.example.org") + " " + mid("lunch-2", "riverbendfm.example.org"))
    return body(m, T("""
        Thai place is fine, they do big trays. I'll order for 14 and pick up
        at 11:45. Imogen can you put it on the practice card?

        Ari

        On Tue, Wendell Pryce wrote:
        > Med Assistant appreciation week is next week! Lunch Wed? Thai or the
        > taco truck.
        >
        > On Mon, Imogen Sato wrote:
        >> Agree we should do something for the MAs, they've covered so many
        >> extra shifts. Budget is about $250.
        >>
        >> Imogen
        """))


@msg("none", "trap-hipaa-training-webinar", "Compliance training announcement about PHI identifiers using placeholders; no individual")
def _():
    m = new('"Privacy & Compliance Office" <privacy@kestrelvalley.example.net>',
            "all-workforce@kestrelvalley.example.net",
            "Required: annual HIPAA privacy & security training (due in 30 days)")
    plain = T("""
        Annual HIPAA Privacy & Security Training

        All workforce members must complete the 45-minute module in the
        learning system within 30 days. Topics this year:

          1. What counts as PHI: names, MRNs, dates of birth, SSNs, account
             and member numbers, device serials, full-face photos - whenever
             they are linked to health, treatment or payment information.
          2. Minimum necessary: look up only the records you need for your
             job. Curiosity look-ups are audited.
          3. E-mail: use the [secure] subject tag for any outbound e-mail
             that contains PHI. Never text images of charts.
          4. Reporting: suspected breaches go to the Privacy Office within
             24 hours - 509-555-0159 or the online form.

        Live Q&A sessions: Tuesday 12:15 and Thursday 16:00 (video link in
        the learning system).
        """)
    html = T("""
        <html><body>
        <h2>Annual HIPAA Privacy &amp; Security Training</h2>
        <ol>
        <li><b>What counts as PHI</b>: names, MRNs, dates of birth, SSNs, account and member numbers,
        device serials, photos &ndash; when linked to health, treatment or payment information.</li>
        <li><b>Minimum necessary</b>: curiosity look-ups are audited.</li>
        <li><b>E-mail</b>: use the [secure] subject tag for outbound PHI.</li>
        <li><b>Reporting</b>: Privacy Office within 24 hours &ndash; 509-555-0159.</li>
        </ol>
        </body></html>
        """)
    return alt(m, plain, html)


@msg("none", "trap-wholesaler-price-update-csv", "Wholesaler price file (CSV with NDC-format codes incl. buprenorphine, ARVs); B2B, no patient")
def _():
    m = new('"Pacific Drug Wholesale - Contract Pricing" <pricing@pacdrug.example.com>',
            "purchasing@lakeshorerx.example.com",
            "Price update effective the 1st - contract LRX-2025")
    body(m, T("""
        Attached is the contract price file effective the 1st for account
        LRX-2025 (Lakeshore Pharmacy, 4 locations). 63 lines changed, 5 new
        items, 2 discontinued. WAC increases are flagged with "W".

        Reply to this e-mail with questions.

        Contract Pricing Team | 800-555-0117
        """))
    csv = T("""
        ndc,description,pack,unit_price,prev_price,flag
        00000-0412-30,atorvastatin 40 mg tab,90,4.12,4.05,
        00000-1187-10,metformin ER 750 mg tab,100,6.88,6.88,
        00000-2231-03,buprenorphine/naloxone 8 mg/2 mg film,30,88.40,86.10,W
        00000-5530-30,emtricitabine/tenofovir DF 200/300 mg tab,30,41.75,44.20,
        00000-3002-01,naloxone 4 mg nasal spray,2,38.90,38.90,
        00000-7719-90,levothyroxine 50 mcg tab,90,9.15,8.95,W
        00000-6650-01,semaglutide pen 1 mg/dose,1,912.00,895.00,W
        00000-0098-20,amoxicillin 500 mg cap,500,22.30,22.30,
        00000-4414-60,sertraline 50 mg tab,100,3.98,4.10,
        00000-8120-05,medroxyprogesterone 150 mg/mL inj,1,31.60,31.60,
        """)
    return att_text(m, csv, "csv", "LRX-2025_price_update.csv")


@msg("none", "trap-group-plan-renewal-aggregate", "Broker-to-HR group health plan renewal with aggregate claims experience")
def _():
    m = new("Graham Oyelowo <goyelowo@harborline-benefits.example.com>",
            '"HR Benefits" <benefits@quillbilling.example.com>',
            "Medical renewal - aggregate experience and options")
    return body(m, T("""
        Hi Hallie,

        Summary of the medical renewal for the 1/1 plan year (142 enrolled
        employees, 311 covered lives):

          Incurred claims, 12 months (paid through Nov):   $1,718,440
          Earned premium:                                   $2,046,500
          Loss ratio:                                       84.0%
          PMPM claims:                                      $460.45
          Large claims over $100k:                          2 (de-identified, no detail available)
          Initial renewal:                                  +11.8%
          Negotiated renewal:                               +7.9%

        Option B (raise the deductible $500, keep the HSA match) brings it to
        +3.1%. Happy to walk through on a call Thursday - I'm at 206-555-0129.

        Graham
        Harborline Benefits
        """))


@msg("none", "trap-infusion-set-recall-lots", "Device recall notice with lot/catalog numbers; no patient injuries or individuals")
def _():
    m = new('"Supply Chain - Recalls" <recalls@northgatehealth.example.com>',
            "nurse-managers@northgatehealth.example.com",
            "URGENT recall: Veltra primary infusion sets, selected lots")
    return body(m, T("""
        URGENT - REMOVE FROM USE

        Manufacturer: Veltra Medical (example)
        Product: Primary gravity infusion set, 15 drops/mL, 104"
        Catalog: VT-2104   Lots: 24K118, 24K119, 24L002, 24L007
        Issue: possible leak at the Y-site under pressure

        Action:
          1. Check supply rooms and dispensing cabinets today; quarantine the lots
             above in the blue bins.
          2. Swap with catalog VT-2104 lots not listed, or the alternate
             set SC-5530 (pump compatible).
          3. Count quarantined boxes on the recall form and call Supply
             Chain at ext 0177 for pickup.

        The manufacturer reports no patient injuries. If you saw a leak
        during use, file a safety event in the usual system.
        """))


@msg("none", "grant-deadline-reminder", "Research office grant deadline reminder; no individual")
def _():
    m = new('"Office of Research Administration" <ora@fairhaven-univ.example.edu.test>',
            "pi-list@fairhaven-univ.example.edu.test",
            "Internal deadline: pilot grant letters of intent due Friday")
    return body(m, T("""
        Reminder: letters of intent for the Translational Pilot Awards are due
        to ORA by 5 pm Friday. Two pages max, NIH biosketch for the PI, and a
        one-paragraph budget justification. Up to $50,000 for 12 months.

        Full proposals will be invited in April. Contact your department's
        research administrator with budget questions.
        """))


@msg("none", "german-it-maintenance-window", "German IT maintenance notice (ISO-8859-1, quoted-printable); no patient")
def _():
    m = new(f'{enc("IT-Service Klinikum Süderelbe", "iso-8859-1")} <it-service@klinikum-suederelbe.example.de.test>',
            "alle-mitarbeitenden@klinikum-suederelbe.example.de.test",
            enc("Wartungsfenster: Störung der Telefonanlage am Samstag möglich", "iso-8859-1"))
    return body(m, T("""
        Liebe Kolleginnen und Kollegen,

        am Samstag zwischen 06:00 und 09:00 Uhr führen wir ein Update der
        Telefonanlage durch. In dieser Zeit kann es zu kurzen Ausfällen der
        internen Durchwahlen kommen. Notrufnummern und die Rufbereitschaft
        über DECT bleiben erreichbar.

        Bitte planen Sie keine Rückrufe in diesem Zeitraum. Bei Problemen
        nach 09:00 Uhr wenden Sie sich an die Hotline 040 555-0110.

        Mit freundlichen Grüßen
        Ihr IT-Service
        """), cs="iso-8859-1", cte="quoted-printable")


@msg("none", "french-hospital-pharmacy-congress", "French congress announcement (UTF-8, base64); no individual")
def _():
    m = new('"Journées Francophones de Pharmacie Hospitalière" <contact@jfph.example.fr.test>',
            "adherents@jfph.example.fr.test",
            "Inscriptions ouvertes : Journées de pharmacie hospitalière à Lyon")
    return body(m, T("""
        Chères consœurs, chers confrères,

        Les inscriptions aux Journées francophones de pharmacie hospitalière
        sont ouvertes. Au programme cette année :

          • sécurisation du circuit du médicament et robotisation ;
          • antibiothérapie : bon usage et pénuries ;
          • pharmacie clinique en gériatrie ;
          • atelier pratique « préparations stériles en ZAC ».

        Tarif préférentiel jusqu'au 31 mars. Les résumés de posters sont
        attendus avant le 15 avril.

        Bien confraternellement,
        Le comité d'organisation
        Tél. 04 55 50 11 20
        """), cte="base64")


@msg("none", "trap-spanish-community-health-fair", "Spanish community health fair announcement (windows-1252 QP); general screening offer")
def _():
    m = new('"Centro de Salud Comunitario Las Palmas" <eventos@laspalmas-salud.example.org>',
            "vecinos@laspalmas-salud.example.org",
            enc("Feria de salud gratuita este sábado – presión arterial y glucosa", "windows-1252"))
    return body(m, T("""
        ¡Feria de salud gratuita!

        Sábado de 9:00 a 14:00 en el estacionamiento del centro.

        • Medición de presión arterial y glucosa
        • Vacunas contra la influenza para mayores de 6 meses
        • Información sobre diabetes, colesterol y alimentación saludable
        • Inscripción al seguro médico con promotores bilingües
        • Actividades para niños y ¡paletas gratis!

        No necesita cita ni documentos. Traiga a su familia.
        Más información: (559) 555-0186 – pregunte por Rocío.
        """), cs="windows-1252", cte="quoted-printable")


@msg("none", "trap-japanese-heatstroke-newsletter", "Japanese general health-education newsletter on heatstroke (ISO-2022-JP); no individual")
def _():
    m = new(f'{enc("さくら台クリニック", "iso-2022-jp")} <news@sakuradai-clinic.example.jp.test>',
            "members@sakuradai-clinic.example.jp.test",
            enc("【院内報】熱中症を予防しましょう", "iso-2022-jp"))
    return body(m, T("""
        さくら台クリニック　院内報　7月号

        ■ 熱中症を予防しましょう
        ・のどが渇く前にこまめに水分をとりましょう。
        ・高齢の方や小さなお子さまは特に注意が必要です。
        ・めまい、頭痛、吐き気があるときは涼しい場所で休み、
          症状が続く場合は医療機関を受診してください。
        ・利尿薬や一部の血圧の薬を飲んでいる方は、水分のとり方を
          かかりつけ医に相談しましょう。

        ■ 夏季休診のお知らせ
        8月13日から15日まで休診いたします。

        さくら台クリニック　電話 03-555-0147
        """), cs="iso-2022-jp", cte="7bit")


@msg("none", "trap-badge-renewal-employee-id", "Badge renewal with employee ID and expiry date; no health content")
def _():
    m = new('"Security - ID Badging" <badging@staurelia.example.org>',
            "Jun Whitaker <jwhitaker@staurelia.example.org>",
            "Your ID badge expires 05/31 - employee ID 00481227")
    return body(m, T("""
        Hello Jun,

        Your photo ID badge (employee ID 00481227) expires on 05/31. Badges
        with expired dates stop opening doors at 23:59 that day.

        Walk-in renewal: Security office, B1 level, Mon-Fri 08:00-16:00.
        Bring your current badge; a new photo is taken if yours is over 5
        years old.

        Security Services | 360-555-0111
        """))


@msg("none", "trap-direct-deposit-change", "Payroll direct-deposit confirmation with bank account digits; no health content")
def _():
    m = new('"Payroll Services" <payroll@kestrelvalley.example.net>',
            "Selin Aydemir <saydemir@kestrelvalley.example.net>",
            "Direct deposit change confirmed")
    return body(m, T("""
        Selin,

        This confirms the change to your direct deposit:

          Employee ID:      KV-118406
          New account:      checking ending in 4471
          Routing number:   ending in 0021
          Effective:        next pay date (the 14th)

        The first deposit to the new account may arrive as a paper check if
        the prenote does not clear. If you did not request this change, call
        Payroll immediately at 509-555-0115.
        """))


@msg("none", "gift-shop-volunteer-schedule", "Volunteer shift schedule for the gift shop; no patient")
def _():
    m = new("Harriet Osei <hosei@kestrelvalley.example.net>",
            "giftshop-volunteers@kestrelvalley.example.net",
            "Gift shop volunteer schedule - April")
    return body(m, T("""
        Dear volunteers,

        April schedule below. Please swap among yourselves and just let me
        know. The new greeting-card spinner arrives the 2nd week, so Tuesday
        morning folks may be asked to help set it up.

        Mon AM   Bernice, Walt
        Mon PM   Gloria
        Tue AM   Ruth, Samir
        Tue PM   Carol
        Wed AM   Bernice
        Wed PM   Dottie, Frank
        Thu AM   Walt
        Thu PM   (open - anyone?)
        Fri AM   Ruth
        Fri PM   Gloria, Samir
        Sat      Carol, Dottie

        Thank you for everything you do!
        Harriet Osei, Volunteer Services
        """))


@msg("none", "trap-physician-oncall-roster-csv", "On-call roster CSV with physician names, pagers, dates; no patient")
def _():
    m = new('"Medical Staff Office" <medstaff@kestrelvalley.example.net>',
            "operators@kestrelvalley.example.net",
            "March on-call roster (final)")
    body(m, T("""
        Operators,

        Final March on-call roster attached. Cardiology and GI swapped the
        15th-16th weekend. Please load into the paging directory.

        Medical Staff Office
        """))
    csv = T("""
        date,service,first_call,pager,backup,backup_pager
        2025-03-14,Cardiology,Dr. Amara Lindgren,509-555-0121,Dr. Felix Oduya,509-555-0122
        2025-03-14,GI,Dr. Rafael Iturbe,509-555-0123,Dr. Sunita Varghese,509-555-0124
        2025-03-15,Cardiology,Dr. Rafael Iturbe,509-555-0123,Dr. Amara Lindgren,509-555-0121
        2025-03-15,General Surgery,Dr. Noelle Baptiste,509-555-0148,Dr. Tobias Wren,509-555-0125
        2025-03-16,GI,Dr. Felix Oduya,509-555-0122,Dr. Sunita Varghese,509-555-0124
        2025-03-16,Neurology,Dr. Hana Kowalczyk,509-555-0126,Dr. Tobias Wren,509-555-0125
        """)
    return att_text(m, csv, "csv", "oncall_2025-03.csv")


@msg("none", "phishing-simulation-results", "Security awareness notice; no patient")
def _():
    m = new('"Information Security" <infosec@northgatehealth.example.com>',
            "NGH-All <ngh-all@northgatehealth.example.com>",
            "Phishing test results - thank you for reporting")
    return body(m, T("""
        Last week's simulated phishing e-mail ("Your parking permit will be
        revoked") was reported by 61% of recipients - our best result yet.
        9% clicked the link and 2% entered a password.

        Reminders:
          * Hover over links before clicking.
          * Use the "Report phish" button; don't forward suspicious mail.
          * IT will never ask for your password by e-mail or phone.

        Information Security
        """))


@msg("none", "trap-foundation-donation-receipt", "Foundation donation receipt with receipt number and tax info; no health care")
def _():
    m = new('"Kestrel Valley Hospital Foundation" <giving@kvhfoundation.example.org>',
            "Leopold and Anneliese Marchetti <marchetti.family@post.example.net>",
            "Thank you for your gift - receipt KVF-2025-03317")
    return body(m, T("""
        Dear Leopold and Anneliese,

        Thank you for your generous gift of $500.00 to the Kestrel Valley
        Hospital Foundation Pediatric Playroom Fund, received on March 3.

        Receipt number: KVF-2025-03317
        No goods or services were provided in exchange for this contribution.
        Foundation tax ID: 91-0000000 (example)

        Your support helps us replace toys, books and the game console in the
        children's playroom on 3 East.

        With gratitude,
        Marguerite Fenn
        Director of Annual Giving | 509-555-0133
        """))


@msg("none", "trap-infusion-pump-pm-report", "Biomed preventive-maintenance report with serials/asset tags and pressure tests; no patient")
def _():
    m = new("Luis Fenwick <lfenwick@biomed.staurelia.example.org>",
            "icu-managers@staurelia.example.org",
            "PM complete: ICU large-volume pumps, 42 of 44 passed")
    body(m, T("""
        PM for the ICU large-volume infusion pump fleet is done. 42 of 44
        passed. Two channels failed the occlusion pressure test and were
        pulled (red tags). Loaners are in the ICU clean utility room.

        Report attached. Drug library version on all passing units: DL-2025.02.

        Luis, Biomed x0119
        """))
    rows = ["asset_tag,serial,model,channel,occlusion_psi,flow_accuracy_pct,electrical_safety,result"]
    for i in range(44):
        tag = "SAMC-%05d" % (31200 + i * 3)
        ser = "LVP7-%06d" % (401100 + i * 17)
        occ = 11.5 + (i % 7) * 0.4
        acc = 1.2 + (i % 5) * 0.6
        res = "PASS"
        if i in (13, 29):
            occ, res = 19.8 + i / 10, "FAIL"
        rows.append(f"{tag},{ser},LVP-7,{'A' if i % 2 == 0 else 'B'},{occ:.1f},{acc:.1f},PASS,{res}")
    return att_text(m, "\n".join(rows) + "\n", "csv", "icu_lvp_pm_report.csv")


@msg("none", "trap-hypertension-guideline-newsletter", "Long clinical education newsletter on hypertension management; drugs/labs named, no individual")
def _():
    m = new('"Northgate Clinical Pharmacy Update" <rx-update@northgatehealth.example.com>',
            "ngh-prescribers@northgatehealth.example.com",
            "Clinical Pharmacy Update: hypertension - what changed this year")
    sections = T("""
        CLINICAL PHARMACY UPDATE - HYPERTENSION
        Volume 12, Issue 3

        1. Targets
        Most adults on treatment should aim for an office blood pressure
        below 130/80 mmHg when it can be reached without intolerable side
        effects. For frail older adults and people with orthostatic symptoms
        individualise the target and measure standing pressures.

        2. Measuring properly
        Use an appropriately sized cuff, seat the person for five minutes,
        take two readings one minute apart and average them. Home blood
        pressure monitoring with a validated upper-arm device is preferred
        over wrist devices. Ask for a week of morning and evening readings
        before changing therapy.

        3. First-line choices
        Thiazide-like diuretics (chlorthalidone, indapamide), long-acting
        dihydropyridine calcium channel blockers (amlodipine) and ACE
        inhibitors or ARBs. Single-pill combinations improve adherence; the
        formulary now carries amlodipine/olmesartan and
        lisinopril/hydrochlorothiazide at tier 1.

        4. Monitoring
        Check serum potassium and creatinine 1-2 weeks after starting or
        increasing an ACE inhibitor, ARB, or mineralocorticoid receptor
        antagonist. A creatinine rise up to 30% is usually acceptable;
        potassium above 5.5 mmol/L warrants dose review. Thiazides can lower
        sodium - recheck in older adults.

        5. Resistant hypertension
        If blood pressure stays above target on three drugs including a
        diuretic, confirm adherence and exclude white-coat effect, then
        consider spironolactone 12.5-25 mg daily. Screen for primary
        aldosteronism with an aldosterone-renin ratio, especially when
        potassium is low.

        6. Drug interactions worth remembering
        - NSAIDs blunt most antihypertensives and raise potassium with
          ACE inhibitors/ARBs.
        - Trimethoprim plus spironolactone: hyperkalaemia risk.
        - Non-dihydropyridine CCBs (diltiazem, verapamil) with beta-blockers:
          bradycardia.
        - Grapefruit juice increases felodipine exposure.

        7. Special populations
        Chronic kidney disease with albuminuria: prefer ACE inhibitor or ARB,
        add an SGLT2 inhibitor when eGFR allows. Diabetes: same. Black adults
        without CKD: thiazide or CCB first. Pregnancy planning: avoid ACE
        inhibitors and ARBs - discuss alternatives (labetalol, nifedipine).

        8. Deprescribing
        Review antihypertensives after falls, new dizziness, weight loss, or
        systolic pressure persistently under 110 mmHg in older adults.

        9. Formulary changes effective next month
        - Olmesartan moves to tier 1.
        - Nebivolol requires step therapy (trial of metoprolol succinate or
          carvedilol).
        - Chlorthalidone 12.5 mg tablets added.

        10. Resources
        Patient handouts (English, Spanish, Vietnamese, Russian) are on the
        intranet under Pharmacy > Patient Education. Questions to the drug
        information service, ext 0150.

        This newsletter is for general education of clinicians and does not
        replace clinical judgement.
        """)
    body(m, sections)
    return m


@msg("none", "trap-quality-dashboard-falls-clabsi", "Quality dashboard with aggregate unit rates (falls, CLABSI); no individual")
def _():
    m = new('"Quality & Patient Safety" <quality@kestrelvalley.example.net>',
            "nursing-leadership@kestrelvalley.example.net",
            "Q4 nursing-sensitive indicators")
    plain = T("""
        Q4 nursing-sensitive indicators (rates per 1,000 patient days unless noted)

        Unit     Falls   Falls w/ injury   HAPI st2+ (%)   CLABSI/1000 line days   CAUTI/1000 cath days
        3E       2.1     0.3               1.8             0.0                      0.9
        4N       3.4     0.7               2.2             1.1                      1.4
        5W       2.8     0.0               0.9             0.0                      0.0
        ICU      1.0     0.0               3.6             1.9                      1.2
        NICU     n/a     n/a               0.0             0.8                      n/a

        4N falls are up for the second quarter; the falls team will round
        there next week. ICU HAPI is mostly device-related (BiPAP masks).
        """)
    return body(m, plain)


@msg("none", "cme-certificate-available", "CME certificate notice to a physician about her own credits; not health care")
def _():
    m = new('"Continuing Medical Education" <cme@staurelia.example.org>',
            '"Dr. Hana Kowalczyk" <hkowalczyk@staurelia.example.org>',
            "Your CME certificate is ready")
    return body(m, T("""
        Dear Dr. Kowalczyk,

        Thank you for completing the evaluation for "Stroke Systems of Care
        Update". Your certificate for 1.5 AMA PRA Category 1 Credits(TM) is
        available in your CME transcript.

        Transcript: https://cme.staurelia.example.org/transcript
        """))


@msg("none", "trap-blood-drive-eligibility", "Blood drive announcement with general donor eligibility (hemoglobin threshold, meds); no individual")
def _():
    m = new('"Community Relations" <community@riverbendfm.example.org>',
            "patients-and-friends@riverbendfm.example.org",
            "Blood drive in our parking lot - Saturday 8-1")
    return alt(m, T("""
        The regional blood center bus will be in our parking lot Saturday
        8 am to 1 pm. Walk-ins welcome, appointments preferred.

        Before you come:
          * Eat a good meal and drink extra water.
          * Bring photo ID.
          * Wait at least 8 weeks after a whole-blood donation.
          * Hemoglobin must be at least 12.5 g/dL (checked with a finger stick).
          * Most medications are fine; people taking blood thinners such as
            warfarin or isotretinoin should check the eligibility list first.

        Every donor gets a T-shirt and a voucher for the coffee shop next door.
        """), T("""
        <html><body><h2>Blood drive &ndash; Saturday 8&ndash;1</h2>
        <p>Walk-ins welcome. Eat well, hydrate, bring ID. Hemoglobin at least 12.5 g/dL.
        Check the eligibility list if you take warfarin or isotretinoin.</p></body></html>
        """))


@msg("none", "trap-prep-awareness-newsletter", "Health education newsletter about PrEP and HIV testing; no individual")
def _():
    m = new('"Eastbrook Community Health News" <news@eastbrook-id.example.org>',
            "subscribers@eastbrook-id.example.org",
            "PrEP 101, free HIV testing day, and new clinic hours")
    plain = T("""
        EASTBROOK COMMUNITY HEALTH NEWS

        PrEP 101
        PrEP (pre-exposure prophylaxis) is medicine that lowers the chance of
        getting HIV from sex by about 99% when taken as prescribed. Options
        include daily pills and an injection every two months. You need an
        HIV test before starting and every few months while on PrEP. Many
        insurance plans cover PrEP with no copay; ask about assistance
        programs if you are uninsured.

        National HIV Testing Day
        Free, rapid HIV and syphilis testing on the 27th, 10 am - 6 pm, no
        appointment. Results in 20 minutes. Condoms and lube available.

        U=U
        People living with HIV who take antiretroviral therapy and keep an
        undetectable viral load do not transmit HIV to sexual partners.

        New hours
        Tuesday evenings until 8 pm starting next month.

        Questions? 206-555-0178. Text STOP to unsubscribe from reminders.
        """)
    html = ("<html><body>" + "".join(f"<p>{p}</p>" for p in plain.replace("&", "&amp;").split("\n\n")) + "</body></html>\n")
    return alt(m, plain, html)


@msg("none", "trap-hereditary-cancer-awareness", "Awareness article on BRCA and hereditary cancer, introduces genetic counselling service; no individual")
def _():
    m = new('"Lumen Genetics Blog" <blog@lumengenetics.example.net>',
            "readers@lumengenetics.example.net",
            "Hereditary Cancer Awareness: what a BRCA result does (and doesn't) mean")
    return body(m, T("""
        Hereditary Cancer Awareness Week

        About 1 in 400 people carries a harmful variant in BRCA1 or BRCA2.
        A positive result raises lifetime risk of breast, ovarian, prostate
        and pancreatic cancer, but it is not a diagnosis. A negative result
        in someone from a family with a known variant is reassuring; a
        negative result without a known family variant is less informative.

        Variants of uncertain significance (VUS) are common and most are
        later reclassified as benign. Don't change medical care based on a
        VUS alone.

        Who should consider genetic counselling?
          - A personal or family history of breast cancer before 50
          - Ovarian, pancreatic or metastatic prostate cancer at any age
          - Male breast cancer
          - Ashkenazi Jewish ancestry with any of the above
          - A known variant in the family

        Our counsellors see people by video in all western states. Book at
        lumengenetics.example.net/counselling or call 888-555-0161.
        """))


@msg("none", "trap-eap-mental-health-week", "EAP announcement of mental-health week, depression screening day and 988; no individual")
def _():
    m = new('"Employee Assistance Program" <eap@quillbilling.example.com>',
            "all-staff@quillbilling.example.com",
            "Mental Health Awareness Week - free confidential resources")
    return alt(m, T("""
        Mental Health Awareness Week

        Everyone has hard stretches. This week:

          Mon  Lunch & learn: sleep, stress and screens (12:00, room 4)
          Wed  Anonymous depression and anxiety screening kiosk, lobby
          Thu  Chair yoga, 15:30
          Fri  Manager training: noticing when a colleague is struggling

        The EAP offers six free, confidential counselling sessions per issue
        per year for you and your household - no one at work is told who
        uses it. Call 800-555-0149 any time.

        In a crisis, call or text 988 (Suicide & Crisis Lifeline).
        """), T("""
        <html><body><h2>Mental Health Awareness Week</h2>
        <ul><li>Mon: Lunch &amp; learn (sleep, stress, screens)</li>
        <li>Wed: Anonymous depression and anxiety screening kiosk</li>
        <li>Thu: Chair yoga</li><li>Fri: Manager training</li></ul>
        <p>EAP: six free confidential sessions &ndash; 800-555-0149. Crisis: call or text <b>988</b>.</p>
        </body></html>
        """))


@msg("none", "chinese-clinic-holiday-hours", "Chinese clinic holiday-hours notice (GB2312, base64); no individual")
def _():
    m = new(f'{enc("仁心社区诊所", "gb2312")} <notice@renxin-clinic.example.cn.test>',
            "patients@renxin-clinic.example.cn.test",
            enc("春节期间门诊时间调整通知", "gb2312"))
    return body(m, T("""
        各位居民：

        春节期间本诊所门诊时间调整如下：
          除夕（1月28日）：上午8:00至12:00
          初一至初三：休息
          初四起：恢复正常门诊

        节假日期间如有急症，请前往就近医院急诊科就诊。
        预防接种门诊将于初六恢复。

        祝大家新春快乐，身体健康！

        仁心社区诊所
        电话：010-555-0153
        """), cs="gb2312", cte="base64")


@msg("none", "russian-vendor-delivery-koi8r", "Russian supplier delivery schedule (KOI8-R, QP); no patient")
def _():
    m = new(f'{enc("Отдел логистики МедТехСнаб", "koi8-r")} <logistika@medtechsnab.example.ru.test>',
            "sklad@gorbolnitsa-3.example.ru.test",
            enc("График поставки реагентов на март", "koi8-r"))
    return body(m, T("""
        Добрый день!

        Направляем график поставки реагентов и расходных материалов на март:

          05.03 - биохимические реагенты, 14 коробок
          12.03 - пробирки вакуумные, 40 коробок
          19.03 - контрольные материалы, 6 коробок (термоконтейнер)
          26.03 - наконечники для дозаторов, 22 коробки

        Просим обеспечить приёмку с 9:00 до 15:00. Номер договора 2025/117-П.

        С уважением,
        отдел логистики
        тел. 495 555-0176
        """), cs="koi8-r", cte="quoted-printable")


@msg("none", "polish-bls-training-iso8859-2", "Polish staff BLS course announcement (ISO-8859-2); no patient")
def _():
    m = new(f'{enc("Dział Szkoleń", "iso-8859-2")} <szkolenia@szpital-wojewodzki.example.pl.test>',
            "pielegniarki@szpital-wojewodzki.example.pl.test",
            enc("Szkolenie BLS/AED - zapisy na kwiecień", "iso-8859-2"))
    return body(m, T("""
        Szanowni Państwo,

        zapraszamy na obowiązkowe szkolenie z podstawowych zabiegów
        resuscytacyjnych (BLS) z użyciem defibrylatora AED.

        Terminy: 8, 15 i 22 kwietnia, godz. 12:00-15:00, sala konferencyjna
        nr 2 (budynek C). Liczba miejsc ograniczona do 16 osób.

        Zgłoszenia przyjmuje Dział Szkoleń do piątku, tel. 22 555-0158.

        Z poważaniem
        Dział Szkoleń
        """), cs="iso-8859-2", cte="quoted-printable")


@msg("none", "trap-portuguese-dengue-newsletter", "Portuguese dengue prevention newsletter (UTF-8 QP); general education")
def _():
    m = new('"Unidade Básica de Saúde Jardim Alvorada" <comunicacao@ubs-alvorada.example.br.test>',
            "moradores@ubs-alvorada.example.br.test",
            "Boletim: dengue – sintomas, prevenção e vacinação")
    return body(m, T("""
        BOLETIM DA UBS JARDIM ALVORADA

        Dengue: fique atento!
        Os principais sintomas são febre alta, dor atrás dos olhos, dores no
        corpo e manchas vermelhas na pele. Procure a unidade se houver dor
        abdominal intensa, vômitos persistentes ou sangramento.

        Evite a automedicação: não use ácido acetilsalicílico (AAS) nem
        anti-inflamatórios sem orientação. O paracetamol e a hidratação oral
        são as medidas iniciais mais indicadas.

        Prevenção: elimine água parada em vasos, pneus e calhas. Dez minutos
        por semana fazem diferença.

        Vacinação: a vacina contra a dengue está disponível para
        adolescentes de 10 a 14 anos. Traga a caderneta de vacinação.

        Telefone da unidade: (11) 555-0164
        """), cte="quoted-printable")


@msg("none", "lost-stethoscope", "One-line lost-and-found note among staff")
def _():
    m = new("Bea Nakashima <bnakashima@staurelia.example.org>", "6north-staff@staurelia.example.org",
            "blue stethoscope left in conf rm B?")
    return body(m, "anyone find a blue stethoscope w/ a daisy sticker in conf rm B after huddle? pls leave at the desk, ty\n")


@msg("none", "toner-request", "Terse supply request")
def _():
    m = new("Wendell Pryce <wpryce@riverbendfm.example.org>", "facilities@riverbendfm.example.org",
            "toner")
    return body(m, "Front desk printer (the big one in reception) is out of black toner again. Can we get 2 spares?\n\nW\n")


@msg("none", "trap-budget-review-ics-invite", "Meeting invitation (iCalendar REQUEST) with UID, dial-in and dates; no patient")
def _():
    m = new("Carmen Lyle <clyle@northgatehealth.example.com>",
            "Ambulatory Directors <amb-directors@northgatehealth.example.com>",
            "Invitation: FY26 ambulatory budget review @ Tue 10:00 - 11:30")
    ics = T("""
        BEGIN:VCALENDAR
        PRODID:-//Northgate Health//Calendar 16.0//EN
        VERSION:2.0
        METHOD:REQUEST
        BEGIN:VTIMEZONE
        TZID:America/Los_Angeles
        BEGIN:STANDARD
        DTSTART:19701101T020000
        RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
        TZOFFSETFROM:-0700
        TZOFFSETTO:-0800
        END:STANDARD
        BEGIN:DAYLIGHT
        DTSTART:19700308T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
        TZOFFSETFROM:-0800
        TZOFFSETTO:-0700
        END:DAYLIGHT
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:040000008200E00074C5B7101A82E0080000000090d1a4c6b3a2db01000000000000000010000000a5f3
        ORGANIZER;CN=Carmen Lyle:mailto:clyle@northgatehealth.example.com
        ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:amb-directors@northgatehealth.example.com
        DTSTART;TZID=America/Los_Angeles:20250415T100000
        DTEND;TZID=America/Los_Angeles:20250415T113000
        DTSTAMP:20250402T171500Z
        SUMMARY:FY26 ambulatory budget review
        LOCATION:Admin bldg room 310 / dial-in 503-555-0170 code 881 204#
        DESCRIPTION:Agenda: volume forecast\\, staffing model\\, capital requests
          (ultrasound replacements\\, exam room refresh)\\, Q&A.
        SEQUENCE:0
        STATUS:CONFIRMED
        END:VEVENT
        END:VCALENDAR
        """).replace("\n", "\r\n")
    plain = T("""
        FY26 ambulatory budget review
        Tue 10:00-11:30, Admin bldg room 310 / dial-in 503-555-0170 code 881 204#

        Agenda: volume forecast, staffing model, capital requests
        (ultrasound replacements, exam room refresh), Q&A.
        """)
    body(m, plain)
    m.add_alternative(ics.encode(), maintype="text", subtype="calendar",
                      params={"method": "REQUEST", "charset": "utf-8"}, cte="7bit")
    return m


@msg("none", "employee-engagement-survey", "HR survey invitation; no health content")
def _():
    m = new('"People & Culture" <hr@riverbendfm.example.org>', "all@riverbendfm.example.org",
            "2 minutes? Staff engagement pulse survey closes Friday")
    return body(m, T("""
        Hi team,

        Our quarterly pulse survey is open until Friday. Ten questions,
        anonymous, results shared at the all-hands. Last quarter you asked
        for more predictable schedules - the new self-scheduling pilot came
        straight out of those comments.

        Link: https://survey.riverbendfm.example.org/pulse

        Thanks!
        People & Culture
        """))


@msg("none", "trap-payer-fee-schedule-cpt", "Payer-provider contract fee schedule with CPT codes and rates; B2B, no patient")
def _():
    m = new("Theodora Vance <tvance@bluecrest-plan.test>",
            '"Contracting - Riverbend Family Medicine" <contracts@riverbendfm.example.org>',
            "Amendment 4 - professional fee schedule (draft for signature)")
    body(m, T("""
        Hello,

        Attached is the draft fee schedule for Amendment 4 (effective 7/1).
        Office E/M codes move to 118% of the Medicare rate, preventive visits
        to 125%. Vaccine administration is unchanged. Please review and we
        can send it for e-signature next week.

        Theodora Vance
        Provider Contracting, BlueCrest Health Plan | 877-555-0190
        """))
    csv = T("""
        cpt_hcpcs,modifier,description,current_rate,amendment4_rate
        99203,,New patient office visit low MDM,108.40,114.95
        99213,,Established office visit low MDM,88.10,93.60
        99214,,Established office visit moderate MDM,124.70,132.45
        99215,,Established office visit high MDM,175.30,186.05
        99395,,Preventive visit 18-39,128.00,142.70
        99396,,Preventive visit 40-64,136.60,152.30
        90471,,Immunization administration,21.40,21.40
        93000,,ECG with interpretation,17.20,18.25
        G2211,,Visit complexity add-on,15.90,16.90
        """)
    return att_text(m, csv, "csv", "BlueCrest_RFM_Amendment4_fee_schedule.csv")


@msg("none", "trap-clearinghouse-batch-summary", "Clearinghouse 837 batch acceptance summary with batch/control numbers; aggregate, no patient")
def _():
    m = new('"ClaimBridge Reports" <reports@claimbridge.example.net>',
            "billing@quillbilling.example.com",
            "Batch 20250311-004 processed: 212 accepted / 3 rejected")
    return body(m, T("""
        ClaimBridge - 837P batch report

        Submitter ID:        QBS0042
        Batch:               20250311-004
        ISA control number:  000004471
        Received:            03/11 16:42 PT

        Claims received:     215
        Accepted:            212   ($61,884.20)
        Rejected:            3     ($1,145.00)
        Rejection reasons:   2 x "Rendering provider NPI not on file"
                             1 x "Invalid payer ID"

        Claim-level detail is available only in the secure portal
        (Reports > 277CA).  Please do not reply to this message.
        """))


@msg("none", "greek-volunteer-concert", "Greek hospital charity concert invitation (ISO-8859-7); no patient")
def _():
    m = new(f'{enc("Σύλλογος Εθελοντών Νοσοκομείου", "iso-8859-7")} <ethelontes@nosokomeio-ag.example.gr.test>',
            "melh@nosokomeio-ag.example.gr.test",
            enc("Φιλανθρωπική συναυλία την Κυριακή", "iso-8859-7"))
    return body(m, T("""
        Αγαπητά μέλη,

        Σας προσκαλούμε στη φιλανθρωπική συναυλία του συλλόγου μας την
        Κυριακή στις 19:00, στο αμφιθέατρο του νοσοκομείου. Τα έσοδα θα
        διατεθούν για την ανακαίνιση της παιδικής αίθουσας αναμονής.

        Είσοδος: 10 ευρώ. Πληροφορίες στο 210 555-0172.

        Με εκτίμηση,
        Το Διοικητικό Συμβούλιο
        """), cs="iso-8859-7", cte="base64")


@msg("none", "elevator-outage-tower-b", "Facilities notice about elevator maintenance; no patient")
def _():
    m = new('"Facilities Management" <facilities@staurelia.example.org>', "all-staff@staurelia.example.org",
            "Tower B elevators 3 & 4 out of service Tuesday night")
    return body(m, T("""
        Elevators 3 and 4 in Tower B will be out of service Tuesday from 22:00
        to 04:00 for the annual load test. Elevator 5 (service car) remains
        available for bed transports; a Facilities operator will be posted at
        the car from 22:00. Please allow extra time for transports to
        Radiology and the OR.
        """))


# =====================================================================
#                               PHI
# =====================================================================

@msg("phi", "portal-hba1c-result-named", "Portal message to a named patient with HbA1c value and metformin change")
def _():
    m = new('"Riverbend Family Medicine - MyRiverbend" <noreply-portal@riverbendfm.example.org>',
            "Tomasz Wierzbicki <t.wierzbicki@inbox.example.net>",
            "New message from Dr. Imogen Sato about your lab results")
    plain = T("""
        Hello Tomasz,

        Your hemoglobin A1c from last Tuesday came back at 7.9% (it was 7.1% in
        the fall). Kidney function and potassium were normal.

        I'd like to increase metformin ER from 500 mg to 1,000 mg with dinner.
        A new prescription has been sent to Lakeshore Pharmacy on Elm St.
        Let's recheck the A1c in three months - the front desk will call to
        schedule, or you can book online.

        Reply here if you have questions.

        Dr. Imogen Sato
        Riverbend Family Medicine | 541-555-0105

        This message was sent through MyRiverbend. Please do not reply to this
        e-mail address; log in to the portal to read and reply.
        """)
    html = T("""
        <html><body style="font-family:Segoe UI,Arial;font-size:14px">
        <p>Hello Tomasz,</p>
        <p>Your <b>hemoglobin A1c</b> from last Tuesday came back at <b>7.9%</b> (it was 7.1% in the fall).
        Kidney function and potassium were normal.</p>
        <p>I&#39;d like to increase <b>metformin ER</b> from 500&nbsp;mg to 1,000&nbsp;mg with dinner. A new prescription has been
        sent to Lakeshore Pharmacy on Elm St. Let&#39;s recheck the A1c in three months.</p>
        <p>Dr. Imogen Sato<br>Riverbend Family Medicine &middot; 541-555-0105</p>
        <hr><p style="font-size:11px;color:#666">Sent through MyRiverbend. Log in to the portal to reply.</p>
        </body></html>
        """)
    return alt(m, plain, html, hcte="quoted-printable")


@msg("phi", "referral-afib-cardiology-pdf", "PCP referral of named patient with atrial fibrillation on apixaban; PDF letter attached")
def _():
    m = new("Dr. Wendell Pryce <wpryce@riverbendfm.example.org>",
            '"Cardiology Referrals" <cardio-referrals@staurelia.example.org>',
            "Referral - Desmond Achterberg - new AF")
    body(m, T("""
        Hello,

        Referral letter for Desmond Achterberg (DOB 09/22/1957) attached. New
        atrial fibrillation found at his Medicare wellness visit, rate
        controlled on metoprolol, started apixaban 5 mg BID. CHA2DS2-VASc 3.
        Echo ordered. He would prefer appointments after 10 am.

        Thanks,
        Wendell Pryce, MD
        Riverbend Family Medicine  |  ph 541-555-0105  fax 541-555-0106
        """))
    letter = [
        "RIVERBEND FAMILY MEDICINE", "1180 Quarry Lane, Suite 4, Millbrook OR", "",
        "REFERRAL TO CARDIOLOGY", "",
        "Patient: Desmond Achterberg      DOB: 09/22/1957      MRN: RFM-0087731",
        "Insurance: Medicare Part B + BlueCrest supplement",
        "Referring provider: Wendell Pryce, MD   NPI " + npi("154829307"), "",
        "Reason: new-onset atrial fibrillation, evaluation for rhythm vs rate control", "",
        "History: 67-year-old man, hypertension, hyperlipidemia, mild OSA on CPAP.",
        "Irregular pulse at annual wellness visit; ECG: AF, ventricular rate 112.",
        "Started metoprolol succinate 50 mg daily, rate now 78. Apixaban 5 mg BID.",
        "TSH 1.9. Cr 1.0. Hgb 14.2. Transthoracic echo ordered.", "",
        "Medications: metoprolol succinate 50 mg daily, apixaban 5 mg BID,",
        "lisinopril 20 mg daily, atorvastatin 40 mg nightly.",
        "Allergies: sulfa (rash).", "",
        "Please evaluate and advise. Thank you.", "", "Wendell Pryce, MD"]
    return att_bytes(m, pdf(letter, title="Referral Achterberg", author="RFM"), "application", "pdf",
                     "referral_cardiology.pdf")


@msg("phi", "gi-scheduling-display-name-reminder", "Reminder addressed to a patient; the care type (gastroenterology) appears only in the sender display name")
def _():
    m = new('"Gastroenterology Scheduling - Kestrel Valley" <scheduling@kestrelvalley.example.net>',
            "Lena Marsh <lena.marsh@post.example.org>",
            "Reminder for Tuesday")
    return body(m, T("""
        Hi Lena,

        Just a reminder of your appointment Tuesday at 9:40 am, Medical Office
        Building 2, 4th floor. Please arrive 15 minutes early and bring your
        insurance card.

        To reschedule call 509-555-0144.
        """))


@msg("phi", "eob-html-table-member-claim", "Explanation of Benefits with member ID, claim number and billed services (HTML table, base64)")
def _():
    m = new('"BlueCrest Health Plan" <eob@bluecrest-plan.test>',
            "Priscilla Oyama <poyama@mail.example.com>",
            "Your Explanation of Benefits is ready")
    plain = T("""
        Explanation of Benefits - THIS IS NOT A BILL

        Member: Priscilla Oyama      Member ID: BCH884120775
        Claim: 2025031100481         Provider: Riverbend Family Medicine
        Date of service: 02/19

        Service                            Billed    Allowed   Plan paid   You owe
        99214 Office visit, established    $210.00   $132.45   $102.45     $30.00 (copay)
        80053 Comprehensive metabolic      $ 64.00   $ 14.10   $ 14.10     $ 0.00
        83036 Hemoglobin A1c               $ 42.00   $ 10.20   $ 10.20     $ 0.00
        TOTAL                              $316.00   $156.75   $126.75     $30.00
        """)
    html = T("""
        <html><body style="font-family:Arial">
        <h2 style="color:#0a4a7a">Explanation of Benefits</h2>
        <p><b>THIS IS NOT A BILL</b></p>
        <table cellpadding="4" cellspacing="0" border="0">
        <tr><td>Member</td><td>Priscilla Oyama</td></tr>
        <tr><td>Member ID</td><td>BCH884120775</td></tr>
        <tr><td>Claim number</td><td>2025031100481</td></tr>
        <tr><td>Provider</td><td>Riverbend Family Medicine</td></tr>
        <tr><td>Date of service</td><td>02/19</td></tr>
        </table>
        <table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#e8f0f7"><th>Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>
        <tr><td>99214 Office visit, established</td><td>$210.00</td><td>$132.45</td><td>$102.45</td><td>$30.00</td></tr>
        <tr><td>80053 Comprehensive metabolic panel</td><td>$64.00</td><td>$14.10</td><td>$14.10</td><td>$0.00</td></tr>
        <tr><td>83036 Hemoglobin A1c</td><td>$42.00</td><td>$10.20</td><td>$10.20</td><td>$0.00</td></tr>
        <tr><th>Total</th><th>$316.00</th><th>$156.75</th><th>$126.75</th><th>$30.00</th></tr>
        </table>
        <p style="font-size:11px">Questions? Member services 877-555-0191 (TTY 711).</p>
        </body></html>
        """)
    return alt(m, plain, html, cte="base64", hcte="base64")


@msg("phi", "oncology-billing-named-balance", "Sender 'Oncology Billing' tells a named patient her infusion balance")
def _():
    m = new('"Oncology Billing" <onc-billing@staurelia.example.org>',
            "Genevieve Amundsen <g.amundsen@mail.example.com>",
            "Statement balance")
    return body(m, T("""
        Dear Ms. Amundsen,

        After your insurer's payment, the remaining balance for your infusion
        visits on 01/08 and 01/29 is $1,240.18 (account 7710-4482-09). You may
        pay online, or ask us about a no-interest payment plan.

        Rhonda Estévez
        Oncology Billing, St. Aurelia Medical Center | 360-555-0138
        """))


@msg("phi", "pharmacy-refill-ready-levothyroxine", "Pharmacy pickup notice naming patient and drug/strength")
def _():
    m = new('"Lakeshore Pharmacy #3" <notify@lakeshorerx.example.com>',
            "renata.solberg@inbox.example.net",
            "Your prescription is ready for pickup")
    return body(m, "Hi RENATA: LEVOTHYROXINE 75MCG TAB (qty 90) is ready at Lakeshore Pharmacy #3, 410 Elm St. Pickup by 03/21. Questions: 541-555-0112\n")


@msg("phi", "prior-auth-dupilumab-pdf", "Prior authorization request with member ID for dupilumab (atopic dermatitis); letter of medical necessity attached")
def _():
    m = new('"Dermatology PA Team" <derm-pa@northgatehealth.example.com>',
            '"BlueCrest Pharmacy Prior Auth" <rx-pa@bluecrest-plan.test>',
            "PA request - dupilumab - member BCH330918224")
    body(m, T("""
        Please see attached letter of medical necessity and chart notes for
        Jasper Nwachukwu (member BCH330918224, DOB 06/03/2001), requesting
        dupilumab 300 mg q2w after loading dose for severe atopic dermatitis.

        Failed: triamcinolone 0.1%, tacrolimus 0.1% ointment, 12 weeks of
        narrowband UVB. EASI 31, BSA 38%.

        Fax confirmation # for the original submission: NG-PA-20250311-17.

        Northgate Dermatology PA Team
        ph 503-555-0186 | fax 503-555-0187
        """))
    lines = ["NORTHGATE DERMATOLOGY", "LETTER OF MEDICAL NECESSITY", "",
             "Re: Jasper Nwachukwu   DOB 06/03/2001   Member ID BCH330918224", "",
             "To whom it may concern:", "",
             "I am writing to request coverage of dupilumab (Dupixent) 600 mg loading",
             "dose then 300 mg subcutaneously every two weeks for my patient, who has",
             "severe atopic dermatitis since childhood. Current EASI score 31,",
             "body surface area 38%, DLQI 22, with sleep loss from itch.", "",
             "Prior therapies and outcomes:",
             "  - triamcinolone 0.1% ointment BID x 8 weeks: partial response, flares",
             "  - tacrolimus 0.1% ointment to face/neck: burning, stopped",
             "  - narrowband UVB 3x/week x 12 weeks: inadequate response",
             "  - cyclosporine: declined due to elevated blood pressure",
             "", "Dupilumab is appropriate and medically necessary.", "",
             "Sincerely,", "Hana Petrossian, MD, Dermatology", "NPI " + npi("167320445")]
    return att_bytes(m, pdf(lines, title="LMN Nwachukwu", author="Northgate Derm"), "application", "pdf",
                     "LMN_dupilumab.pdf")


@msg("phi", "ccda-discharge-pneumonia-xml", "Transition-of-care C-CDA XML with named patient, DOB, pneumonia diagnosis and medications")
def _():
    m = new('"Kestrel Valley HIM - Direct" <him-direct@direct.kestrelvalley.example.net>',
            '"Riverbend Family Medicine" <direct@direct.riverbendfm.example.org>',
            "Transition of Care - Summary of Care document")
    body(m, T("""
        A Summary of Care document is attached for your patient discharged
        from Kestrel Valley Hospital. This message was sent via Direct
        secure messaging.
        """))
    xml = T("""
        <?xml version="1.0" encoding="UTF-8"?>
        <ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">
          <realmCode code="US"/>
          <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
          <templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>
          <id root="2.16.840.1.113883.19.5.99999.1" extension="KVH-DC-558231"/>
          <code code="34133-9" codeSystem="2.16.840.1.113883.6.1" displayName="Summary of episode note"/>
          <title>Discharge Summary of Care</title>
          <effectiveTime value="20250307154500-0800"/>
          <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
          <recordTarget>
            <patientRole>
              <id root="2.16.840.1.113883.19.5.99999.2" extension="KV00392817"/>
              <addr use="HP"><streetAddressLine>77 Birchwood Ct</streetAddressLine><city>Selah</city><state>WA</state><postalCode>98942</postalCode></addr>
              <telecom value="tel:+1-509-555-0193" use="HP"/>
              <patient>
                <name use="L"><given>Evangeline</given><given>R</given><family>Thorsby</family></name>
                <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
                <birthTime value="19480311"/>
              </patient>
            </patientRole>
          </recordTarget>
          <author><time value="20250307154500-0800"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="NPIPLACEHOLDER"/>
            <assignedPerson><name><given>Tobias</given><family>Wren</family><suffix>MD</suffix></name></assignedPerson></assignedAuthor></author>
          <component><structuredBody>
            <component><section>
              <code code="11450-4" codeSystem="2.16.840.1.113883.6.1" displayName="Problem list"/>
              <title>Problems</title>
              <text><list>
                <item>Community-acquired pneumonia, right lower lobe (J18.9) - admitted 03/03, resolved</item>
                <item>Chronic obstructive pulmonary disease, moderate (J44.9)</item>
                <item>Hypertension (I10)</item>
              </list></text>
            </section></component>
            <component><section>
              <code code="10160-0" codeSystem="2.16.840.1.113883.6.1" displayName="Medications"/>
              <title>Discharge Medications</title>
              <text><table><thead><tr><th>Medication</th><th>Instructions</th></tr></thead><tbody>
                <tr><td>amoxicillin-clavulanate 875-125 mg</td><td>1 tab twice daily x 3 more days</td></tr>
                <tr><td>azithromycin 250 mg</td><td>completed in hospital</td></tr>
                <tr><td>tiotropium 18 mcg inhaler</td><td>1 capsule inhaled daily</td></tr>
                <tr><td>albuterol HFA</td><td>2 puffs every 4 h as needed</td></tr>
                <tr><td>amlodipine 5 mg</td><td>daily</td></tr>
              </tbody></table></text>
            </section></component>
            <component><section>
              <code code="8716-3" codeSystem="2.16.840.1.113883.6.1" displayName="Vital signs"/>
              <title>Vital Signs at Discharge</title>
              <text>T 36.8 C, HR 84, BP 132/78, RR 18, SpO2 93% on room air</text>
            </section></component>
            <component><section>
              <code code="18776-5" codeSystem="2.16.840.1.113883.6.1" displayName="Plan of care"/>
              <title>Follow-up</title>
              <text>PCP follow-up within 7 days; repeat chest X-ray in 6 weeks. Pneumococcal vaccine given 03/06.</text>
            </section></component>
          </structuredBody></component>
        </ClinicalDocument>
        """).replace("NPIPLACEHOLDER", npi("193847562"))
    att_bytes(m, xml.encode("utf-8"), "application", "xml", "KVH_SummaryOfCare_558231.xml")
    ds = T("""
        KESTREL VALLEY HOSPITAL - DISCHARGE SUMMARY
        Patient: Evangeline R. Thorsby      MRN: KV00392817      DOB: 03/11/1948
        Admitted: 03/03      Discharged: 03/07      Unit: 4 North
        Attending: Tobias Wren, MD      PCP: Riverbend Family Medicine

        PRINCIPAL DIAGNOSIS
        Community-acquired pneumonia, right lower lobe.

        SECONDARY DIAGNOSES
        1. Chronic obstructive pulmonary disease with acute exacerbation.
        2. Acute hypoxemic respiratory failure, resolved.
        3. Hypertension.
        4. Hypokalemia, repleted.
        5. Deconditioning.

        HISTORY OF PRESENT ILLNESS
        Mrs. Thorsby is a 76-year-old woman with moderate COPD (last FEV1 52%
        predicted, no home oxygen) and hypertension who presented with four
        days of productive cough with rust-coloured sputum, fever to 38.9 C,
        right-sided pleuritic chest pain and increasing breathlessness. Her
        daughter found her confused on the morning of admission. In the ED
        she was febrile 38.6 C, HR 112, BP 104/62, RR 28 and SpO2 84% on room
        air. Chest X-ray showed right lower lobe consolidation without
        effusion. WBC 17.8 with left shift, procalcitonin 3.1, lactate 2.4,
        BUN 31, creatinine 1.2 (baseline 0.9). CURB-65 score 3.

        HOSPITAL COURSE
        Pneumonia: she received blood cultures, sputum culture and urinary
        antigens before ceftriaxone 1 g IV daily and azithromycin 500 mg
        daily. Blood cultures remained negative. Streptococcus pneumoniae
        urinary antigen was positive; Legionella antigen negative. She
        defervesced on hospital day 2. Her confusion cleared with treatment
        of the infection and hydration. Antibiotics were changed to oral
        amoxicillin-clavulanate on day 4 to complete a 7-day course.

        Respiratory failure / COPD: she required up to 4 L nasal cannula,
        briefly 40% high-flow on the night of admission, with no need for
        non-invasive ventilation. She received nebulised ipratropium-
        albuterol every 6 hours and prednisone 40 mg daily for 5 days. She
        was weaned to room air on day 4; ambulatory saturation on discharge
        was 90-92% on room air, so home oxygen was not prescribed. Inhaler
        technique was reviewed by respiratory therapy and she was switched
        from an albuterol-only regimen to daily tiotropium.

        Acute kidney injury: creatinine peaked at 1.4 and returned to 0.9
        with IV fluids. Lisinopril was held and amlodipine continued; blood
        pressure ran 120-138 systolic. Lisinopril was not restarted at
        discharge - PCP to review.

        Hypokalemia: potassium 3.1 on day 2 after albuterol and steroids,
        repleted orally, 4.0 on discharge.

        Deconditioning: physical therapy saw her daily. She walks 150 feet
        with a front-wheeled walker and standby assistance. Home health PT
        and a shower chair were arranged. Her daughter will stay with her
        for the first week.

        PROCEDURES
        None.

        CONSULTATIONS
        Physical therapy, respiratory therapy, case management.

        DISCHARGE MEDICATIONS
        - amoxicillin-clavulanate 875-125 mg by mouth twice daily for 3 more
          days (last dose 03/10 evening)
        - tiotropium 18 mcg inhaled once daily (NEW)
        - albuterol HFA 2 puffs every 4 hours as needed
        - amlodipine 5 mg daily (unchanged)
        - STOP lisinopril until seen by PCP
        - acetaminophen 650 mg every 6 hours as needed for pain or fever

        ALLERGIES
        Penicillin listed as "stomach upset" - tolerated amoxicillin-
        clavulanate without reaction; allergy label updated to intolerance.

        IMMUNISATIONS
        Pneumococcal conjugate vaccine (PCV20) given 03/06. Influenza vaccine
        already received this season.

        PENDING RESULTS AT DISCHARGE
        Final sputum culture.

        FOLLOW-UP
        - PCP within 7 days: blood pressure, restart of lisinopril,
          basic metabolic panel.
        - Repeat chest X-ray in 6 weeks to document resolution.
        - Pulmonary function testing and pulmonology clinic in 2-3 months.
        - Pulmonary rehabilitation referral placed.

        CONDITION AT DISCHARGE
        Stable, afebrile for 72 hours, alert and oriented, eating well.

        PATIENT INSTRUCTIONS
        Return to the emergency department for worsening breathlessness,
        chest pain, fever above 38.5 C after finishing antibiotics,
        confusion, or lips turning blue.

        Tobias Wren, MD
        Hospital Medicine, Kestrel Valley Hospital
        Dictated 03/07 14:20, signed 03/07 15:41
        """)
    lines = []
    for para in ds.split("\n"):
        lines.append(para)
    return att_bytes(m, pdf(lines, title="Discharge Summary KV00392817", author="KVH HIM"),
                     "application", "pdf", "KVH_Discharge_Summary_Thorsby.pdf")


@msg("phi", "hl7-oru-critical-potassium-in-body", "Interface error mail quoting an HL7 ORU with PID (name, DOB, MRN) and a critical potassium")
def _():
    m = new('"Interface Engine" <ie-alerts@northgatehealth.example.com>',
            "interface-team@northgatehealth.example.com",
            "[ERROR] LAB-IN-02 ORU^R01 rejected - unknown ordering provider")
    hl7 = ("MSH|^~\\&|MERIDIAN_LIS|MRL|NGH_EHR|NGH|20250311091422||ORU^R01^ORU_R01|MRL20250311-004502|P|2.5.1\n"
           "PID|1||NGH4471902^^^NGH^MR||Kaczmarek^Bronislaw^J||19530115|M|||18 Fernhill Rd^^Gresham^OR^97030\n"
           "PV1|1|O|NGH-EAST^^^NGH||||9988776^Unlisted^Provider\n"
           "ORC|RE|ORD55120|MRL-88213\n"
           "OBR|1|ORD55120|MRL-88213|80048^Basic metabolic panel^CPT|||20250311071500\n"
           "OBX|1|NM|2823-3^Potassium^LN||6.4|mmol/L|3.5-5.1|HH|||F\n"
           "OBX|2|NM|2160-0^Creatinine^LN||2.9|mg/dL|0.7-1.3|H|||F\n"
           "OBX|3|NM|2951-2^Sodium^LN||134|mmol/L|136-145|L|||F\n"
           "NTE|1||Critical K called to clinic RN M. Dawes 0918, read back\n")
    return body(m, T("""
        Route: LAB-IN-02   Error: AR - ordering provider 9988776 not found in
        provider master. Message moved to the error queue; result NOT filed
        to chart.

        ACTION REQUIRED: result contains a critical value. Resolve the
        provider mapping and resend, or file manually.

        ----- original message -----
        """) + hl7 + "----- end -----\n")


@msg("phi", "fhir-bundle-egfr-attachment", "FHIR Bundle (Patient + Observation) with named patient and reduced eGFR")
def _():
    m = new('"Meridian Reference Lab - FHIR gateway" <fhir-gw@meridianlab.example.net>',
            "nephrology-intake@staurelia.example.org",
            "Result notification - bundle 7c1e")
    bundle = {
        "resourceType": "Bundle", "id": "7c1e9f02-4b8a-4e2d-a1c9-33d0f5e1b7aa", "type": "collection",
        "entry": [
            {"fullUrl": "urn:uuid:0f6d3b1a-8e2c-4d7f-9a10-5c3e2b1d4f60",
             "resource": {"resourceType": "Patient", "id": "pt-55871",
                          "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.99999.2", "value": "SAMC-2290341",
                                          "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}}],
                          "name": [{"family": "Mbeki-Larsson", "given": ["Ingrid", "Thandiwe"]}],
                          "gender": "female", "birthDate": "1966-08-29",
                          "telecom": [{"system": "phone", "value": "360-555-0181"}]}},
            {"fullUrl": "urn:uuid:9b2e4c61-7d3a-4f0e-8c55-1a6b9d2e3f77",
             "resource": {"resourceType": "Observation", "id": "obs-egfr-1",
                          "status": "final",
                          "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
                          "code": {"coding": [{"system": "http://loinc.org", "code": "98979-8",
                                               "display": "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"}]},
                          "subject": {"reference": "urn:uuid:0f6d3b1a-8e2c-4d7f-9a10-5c3e2b1d4f60"},
                          "effectiveDateTime": "2025-03-10T08:12:00-07:00",
                          "valueQuantity": {"value": 38, "unit": "mL/min/1.73m2", "system": "http://unitsofmeasure.org"},
                          "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "L"}]}],
                          "note": [{"text": "eGFR decreased from 52 in September. Urine albumin/creatinine 410 mg/g."}]}},
        ]}
    body(m, "A new result bundle is attached (1 patient, 1 observation). Do not reply.\n")
    return att_bytes(m, json.dumps(bundle, indent=1).encode() + b"\n", "application", "fhir+json",
                     "bundle-7c1e.json")


@msg("phi", "no-show-list-csv", "Front-desk CSV of no-show patients with MRN, name, DOB and visit type")
def _():
    m = new("Marisol Quintero <mquintero@riverbendfm.example.org>",
            "frontdesk@riverbendfm.example.org",
            "no-shows this week - pls call to rebook")
    body(m, T("""
        Hi! attached are this week's no-shows. Please call and rebook, esp the
        diabetic foot checks and the post-hospital f/u. Mark in the sheet who
        you reached.

        thx, Marisol
        """))
    csv = T("""
        mrn,last,first,dob,appt_date,provider,visit_type,phone
        RFM-0091220,Haddad,Yusuf,1971-02-14,03/10,Sato,Diabetic foot exam + A1c,541-555-0151
        RFM-0077410,Brennan-Ortiz,Colleen,1988-11-02,03/10,Pryce,Post-hospital f/u (cellulitis),541-555-0152
        RFM-0102385,Lindahl,Oskar,2016-06-30,03/11,Sato,Well child 8y,541-555-0153
        RFM-0068842,Tran,Mai Anh,1959-09-09,03/12,Pryce,BP recheck - lisinopril titration,541-555-0154
        RFM-0099731,Fairweather,Dorian,1994-04-21,03/13,NP Alcott,Asthma f/u spirometry,541-555-0155
        """)
    return att_text(m, csv, "csv", "noshows_wk11.csv")


@msg("phi", "ics-mri-lumbar-appointment", "iCalendar appointment sent to a named patient for a lumbar spine MRI")
def _():
    m = new('"Northgate Imaging Scheduling" <imaging-sched@northgatehealth.example.com>',
            "Oluwaseun Adebayo-Clarke <seun.adebayo@mail.example.com>",
            "Appointment confirmation: MRI lumbar spine")
    body(m, T("""
        Dear Oluwaseun,

        Your MRI of the lumbar spine without contrast is confirmed for Thursday
        at 2:15 pm at Northgate Imaging - Eastside (arrive 30 minutes early).
        Ordered by Dr. Hana Kowalczyk for low back pain with left leg symptoms.

        Please tell the technologist about any pacemaker, metal implants or
        shrapnel. A calendar invitation is attached.

        Imaging Scheduling | 503-555-0188
        """))
    ics = T("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Northgate Imaging//Scheduling//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:img-appt-77310412@northgatehealth.example.com
        DTSTAMP:20250310T180000Z
        DTSTART:20250313T211500Z
        DTEND:20250313T220000Z
        SUMMARY:MRI lumbar spine w/o contrast - Oluwaseun Adebayo-Clarke
        LOCATION:Northgate Imaging - Eastside\\, 1200 NE Halsey
        DESCRIPTION:MRN NGH5520934. Ordered by Dr. Hana Kowalczyk. Dx: lumbar
          radiculopathy\\, left L5. Arrive 30 min early. Remove metal objects.
        ORGANIZER;CN=Imaging Scheduling:mailto:imaging-sched@northgatehealth.example.com
        ATTENDEE;CN=Oluwaseun Adebayo-Clarke;RSVP=TRUE:mailto:seun.adebayo@mail.example.com
        END:VEVENT
        END:VCALENDAR
        """).replace("\n", "\r\n")
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="MRI_appointment.ics",
                     params={"method": "REQUEST", "charset": "utf-8"})
    return m


@msg("phi", "postop-oxycodone-tka-instructions", "Post-op pain plan with oxycodone after knee replacement for a named patient (pain, not SUD)")
def _():
    m = new("Corbin Ashworth PA-C <cashworth@ortho.kestrelvalley.example.net>",
            "Mildred Okonkwo-Beale <millie.ob@post.example.org>",
            "Your pain medicine plan after surgery",
            cc="Adaeze Okonkwo <adaeze.okonkwo@mail.example.com>")
    return body(m, T("""
        Hi Mrs. Okonkwo-Beale,

        As we discussed before you left the hospital after your right total
        knee replacement, here is your pain plan in writing:

          * Acetaminophen 1,000 mg every 8 hours (scheduled, not "as needed").
          * Celecoxib 200 mg once daily with food for 2 weeks.
          * Oxycodone 5 mg, 1 tablet every 6 hours ONLY IF NEEDED for pain
            that the other two don't cover. You were given 20 tablets; most
            people are down to 1-2 a day by the end of week one and stop by
            week two.
          * Senna 2 tablets at bedtime while taking oxycodone.
          * Ice 20 minutes after each physical therapy session.

        Do not drive while taking oxycodone. Please bring leftover tablets to
        the drop box at any pharmacy when you're done.

        Your staple removal and wound check is with me on the 24th. Call
        509-555-0166 for fever over 101, redness spreading from the incision,
        or calf pain/swelling.

        Corbin Ashworth, PA-C
        Kestrel Valley Orthopedics
        """))


@msg("phi", "terse-nurse-note-lap-chole", "Terse staff note about a named inpatient post cholecystectomy with antiemetic and follow-up")
def _():
    m = new("Mercy Dawes RN <mdawes@kestrelvalley.example.net>",
            "Tobias Wren <twren@kestrelvalley.example.net>",
            "rm 412")
    return body(m, T("""
        pt J. Okafor rm 412 s/p lap chole POD1, c/o nausea overnight, zofran 4mg IV x1 @0300 w/ releif.
        tol clears this am, ambulating, incisions c/d/i. pain 3/10 on tylenol. wants d/c today - ok w/ u?
        f/u 2wk w/ dr baptiste already booked.
        -m
        """))


@msg("phi", "reply-chain-thyroid-nodule-fna", "Reply chain between endocrinology and radiology about a named patient's thyroid nodule biopsy")
def _():
    m = new("Dr. Farid Mansouri <fmansouri@staurelia.example.org>",
            "Dr. Lucia Ferreira-Holm <lferreira@rad.staurelia.example.org>",
            "RE: Winifred Castellano - R thyroid nodule, Bethesda III",
            irt=mid("thy-2", "rad.staurelia.example.org"))
    return body(m, T("""
        Lucia - thanks. Let's repeat the FNA at 3 months rather than go
        straight to lobectomy; she is keen to avoid surgery and the TSH is
        normal. I'll let her know and put the order in.

        Farid

        -----Original Message-----
        From: Lucia Ferreira-Holm
        Sent: Tuesday
        To: Farid Mansouri
        Subject: RE: Winifred Castellano - R thyroid nodule, Bethesda III

        Path came back Bethesda III (AUS). Nodule is 2.1 cm, TI-RADS 4,
        solid, isoechoic, no microcalcifications. Happy to repeat FNA under
        US whenever you want - we have slots Wednesdays.

        -----Original Message-----
        From: Farid Mansouri
        Sent: Friday
        Subject: Winifred Castellano - R thyroid nodule

        Any word on the FNA on Mrs. Castellano (MRN SAMC-1187402) from last
        week? She called twice.
        """))


@msg("phi", "nested-forward-er-claim-denial", "Patient's complaint about a denied ER claim, forwarded twice as nested message/rfc822")
def _():
    d1 = "Mon, 03 Mar 2025 21:14:09 -0800"
    m0 = inner("Hollis Brandvold <hollisb@mail.example.com>",
               '"BlueCrest Member Services" <members@bluecrest-plan.test>',
               "Denied claim for my ER visit??", d1, T("""
                   Hello,

                   I got a letter that my claim 2025020700913 for the emergency room
                   at Kestrel Valley Hospital on Feb 7 was denied as "non-emergent".
                   I had chest pain and they did an EKG, troponins and a CT angiogram
                   - how is that not an emergency? The bill is $4,870.

                   Member ID BCH5510329947.

                   Hollis Brandvold
                   """), "den-0")
    m1 = new('"BlueCrest Member Services" <members@bluecrest-plan.test>',
             '"Appeals Intake" <appeals@bluecrest-plan.test>',
             "FW: Denied claim for my ER visit??", date="Tue, 04 Mar 2025 09:02:44 -0600",
             msgid=mid("den-1", "bluecrest-plan.test"))
    body(m1, "Member disputes ER denial, prudent layperson standard likely applies. Please open a grievance.\n\n- Kiana, Member Services\n")
    att_msg(m1, m0)
    m = new('"Appeals Intake" <appeals@bluecrest-plan.test>',
            "Dr. Rosalind Achebe <rachebe-md@bluecrest-plan.test>",
            "FW: FW: Denied claim for my ER visit?? - clinical review needed")
    body(m, T("""
        Dr. Achebe,

        Expedited clinical review please - ER claim denied by the auto-edit,
        member reported chest pain; ED workup included ECG, serial troponins
        and CTA chest (CPT 71275). Original complaint chain attached.

        Appeals Intake
        """))
    return att_msg(m, m1)


@msg("phi", "subject-only-mrn-ct-result", "Subject alone carries MRN and CT study; body is just 'FYI'")
def _():
    m = new("Kiran Devaraj <kdevaraj@northgatehealth.example.com>",
            "Dr. Hana Kowalczyk <hkowalczyk@northgatehealth.example.com>",
            "MRN NGH4405821 CT abd/pelvis w contrast - final read posted, incidental 1.8cm L adrenal")
    return body(m, "FYI\n")


@msg("phi", "attachment-filename-only-echo-report", "PHI only in the attachment file name (patient name, DOB, echo report)")
def _():
    m = new("records@fax-gateway.staurelia.example.org",
            "cardio-referrals@staurelia.example.org",
            "Scan to e-mail - 1 page")
    body(m, "Scanned document attached.\n\nDevice: HIM-MFP-03\n")
    pg = pdf(["FaxGate scan", "Page 1 of 1", "", "[image-only page]"], title="scan0412", author="HIM-MFP-03")
    return att_bytes(m, pg, "application", "pdf", "Achebe_Ngozi_DOB1961-04-12_TTE_echo_report.pdf")


@msg("phi", "german-arztbrief-diabetes", "German doctor's letter (ISO-8859-1 QP) about a named patient with type 2 diabetes and medication changes")
def _():
    m = new(f'{enc("Praxis Dr. med. Jörg Hülsmann", "iso-8859-1")} <praxis@huelsmann-allgemeinmedizin.example.de.test>',
            '"Diabetologische Schwerpunktpraxis" <anmeldung@diabetes-praxis-nord.example.de.test>',
            enc("Überweisung: Frau Gerlinde Wöhrmann, geb. 03.07.1952", "iso-8859-1"))
    return body(m, T("""
        Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,

        ich überweise Ihnen Frau Gerlinde Wöhrmann, geb. 03.07.1952, wohnhaft
        in Hamburg-Harburg, zur Mitbehandlung.

        Diagnosen:
          - Diabetes mellitus Typ 2 (E11.9), seit 2014
          - Arterielle Hypertonie
          - Beginnende diabetische Nephropathie (Albumin/Kreatinin 84 mg/g)

        Aktuelle Medikation:
          Metformin 1000 mg 1-0-1
          Empagliflozin 10 mg 1-0-0
          Ramipril 5 mg 1-0-0

        HbA1c zuletzt 8,4 % (Vorwert 7,6 %). Die Patientin berichtet über
        vermehrten Durst und Müdigkeit, Unterzuckerungen werden verneint.
        Ich bitte um Einschätzung, ob eine Therapie mit einem
        GLP-1-Rezeptoragonisten oder Basalinsulin sinnvoll ist.

        Mit freundlichen kollegialen Grüßen
        Dr. med. Jörg Hülsmann
        Facharzt für Allgemeinmedizin
        Tel. 040 555-0139 · Fax 040 555-0140
        """), cs="iso-8859-1", cte="quoted-printable")


@msg("phi", "french-chest-xray-report", "French radiology report (UTF-8 base64) for a named patient with pneumonia findings")
def _():
    m = new('"Cabinet de Radiologie des Tilleuls" <secretariat@radio-tilleuls.example.fr.test>',
            "Dr Amélie Roussel <a.roussel@medecin-generaliste.example.fr.test>",
            "Compte rendu – radiographie thoracique – M. Théo Marchal-Lefebvre")
    return body(m, T("""
        Chère consœur,

        Veuillez trouver ci-dessous le compte rendu de votre patient.

        Patient : M. Théo Marchal-Lefebvre, né le 14/02/1979
        Examen : radiographie thoracique de face et de profil
        Indication : toux fébrile depuis 5 jours, crépitants base droite

        Résultat :
        Opacité alvéolaire systématisée du lobe inférieur droit, avec
        bronchogramme aérique. Pas d'épanchement pleural. Silhouette
        cardiaque de taille normale.

        Conclusion :
        Aspect compatible avec une pneumopathie franche lobaire aiguë du lobe
        inférieur droit. Contrôle radiographique conseillé à 6 semaines
        après antibiothérapie.

        Dr Bastien Quéméner, radiologue
        Tél. 02 55 50 11 46
        """), cte="base64")


@msg("phi", "spanish-pediatric-vaccine-appointment", "Spanish appointment reminder (windows-1252 QP) for a named child's 4-year vaccines")
def _():
    m = new('"Clínica Pediátrica Sol de Valle" <citas@soldevalle-pediatria.example.org>',
            "Yesenia Carrillo <yesenia.carrillo@correo.example.net>",
            enc("Recordatorio: cita de vacunas de Mateo – martes 10:30", "windows-1252"))
    return body(m, T("""
        Estimada Sra. Carrillo:

        Le recordamos la cita de su hijo Mateo Carrillo Ibáñez (fecha de
        nacimiento 11/04/2021) el martes a las 10:30 con la Dra. Inés Valdivia.

        En esta visita de los 4 años se aplicarán las vacunas DTaP, polio
        (IPV), sarampión-paperas-rubéola (MMR) y varicela. También haremos la
        prueba de visión y audición.

        Traiga la cartilla de vacunación y la tarjeta del seguro. Si Mateo
        tiene fiebre ese día, llámenos para cambiar la cita: (559) 555-0189.

        Atentamente,
        Recepción – Clínica Pediátrica Sol de Valle
        """), cs="windows-1252", cte="quoted-printable")


@msg("phi", "japanese-health-checkup-shiftjis", "Japanese employee health-check result (Shift_JIS base64) naming the employee with LDL cholesterol requiring follow-up")
def _():
    m = new(f'{enc("産業保健センター", "shift_jis")} <sangyohoken@kawase-seiki.example.jp.test>',
            f'{enc("北村 遼太", "shift_jis")} <r.kitamura@kawase-seiki.example.jp.test>',
            enc("【親展】健康診断結果のお知らせ（要再検査）", "shift_jis"))
    return body(m, T("""
        北村 遼太 様（社員番号 K-20417）

        先日の定期健康診断の結果をお知らせします。

          LDLコレステロール　168 mg/dL（基準値 60〜139）　判定：要再検査
          中性脂肪　　　　　　212 mg/dL　　　　　　　　　　判定：要経過観察
          血圧　　　　　　　　138/88 mmHg
          HbA1c　　　　　　　5.8 %

        LDLコレステロールが高値のため、3か月以内に医療機関で再検査を
        受けてください。受診後は結果を産業保健センターへご提出ください。

        産業医　松永 聡子
        内線 0162 ／ 電話 03-555-0162
        """), cs="shift_jis", cte="base64")


@msg("phi", "italian-abdominal-ultrasound-iso8859-15", "Italian ultrasound report (ISO-8859-15 QP, euro sign) for a named patient with gallstones")
def _():
    m = new('"Poliambulatorio San Giusto - Refertazione" <referti@poliambulatorio-sangiusto.example.it.test>',
            "Sig.ra Annalisa Bertolucci <annalisa.bertolucci@posta.example.it.test>",
            enc("Referto ecografia addome completo - pagamento ticket", "iso-8859-15"))
    return body(m, T("""
        Gentile Sig.ra Annalisa Bertolucci,

        Le inviamo il referto dell'ecografia dell'addome completo eseguita il
        04/03 (codice prenotazione SG-778104).

        REFERTO
        Fegato di dimensioni regolari, ecostruttura omogenea. Colecisti
        distesa con numerosi calcoli mobili, il maggiore di 14 mm, pareti
        non ispessite. Vie biliari non dilatate. Pancreas, milza e reni nella
        norma.
        Conclusioni: calcolosi della colecisti. Si consiglia visita
        chirurgica.

        Dott. Raffaele Cuomo

        Ticket dovuto: 38,50 € (già pagato allo sportello).
        Per informazioni: 040 555-0167.
        """), cs="iso-8859-15", cte="quoted-printable")


@msg("phi", "dutch-gp-dermatology-referral", "Dutch GP referral (UTF-8 QP) of a named patient for a suspicious naevus")
def _():
    m = new('"Huisartsenpraxis De Linde" <praktijk@huisarts-delinde.example.nl.test>',
            '"Poli Dermatologie" <dermatologie@ziekenhuis-rivierenland.example.nl.test>',
            "Verwijzing dermatologie – dhr. Sjoerd van Lingen, geb. 19-05-1970")
    return body(m, T("""
        Geachte collega,

        Graag verwijs ik dhr. Sjoerd van Lingen (geb. 19-05-1970, BSN bekend
        bij de praktijk) naar uw polikliniek.

        Reden: verdachte pigmentlaesie op de rug, 9 mm, asymmetrisch met
        onregelmatige rand en kleurvariatie, volgens de patiënt de laatste
        maanden gegroeid. Dermatoscopie: atypisch pigmentnetwerk.

        Voorgeschiedenis: basaalcelcarcinoom neus (2019), verder blanco.
        Medicatie: geen. Allergieën: geen bekend.

        Verzoek om beoordeling en zo nodig excisie op korte termijn.

        Met vriendelijke groet,
        Marieke Dijkstra, huisarts
        Tel. 0345 555-0135
        """), cte="quoted-printable")


@msg("phi", "korean-gastroscopy-confirmation-euckr", "Korean appointment confirmation (EUC-KR base64) for a named patient's gastroscopy")
def _():
    m = new(f'{enc("한빛내과 예약센터", "euc-kr")} <yeyak@hanbit-clinic.example.kr.test>',
            f'{enc("박서연", "euc-kr")} <seoyeon.park@mail.example.kr.test>',
            enc("[한빛내과] 위내시경 검사 예약 확인", "euc-kr"))
    return body(m, T("""
        박서연 님, 안녕하세요.

        위내시경(수면) 검사 예약을 안내드립니다.

          일시: 3월 18일(화) 오전 8시 30분
          장소: 한빛내과 2층 내시경실
          담당의: 정민호 원장

        검사 전날 저녁 9시 이후 금식해 주십시오. 아스피린이나
        항응고제를 복용 중이시면 미리 알려 주시기 바랍니다.
        수면 내시경 후에는 당일 운전을 하실 수 없습니다.

        문의: 02-555-0174
        """), cs="euc-kr", cte="base64")


@msg("phi", "medicare-mbi-claim-status-knee-brace", "DME supplier claim status inquiry with Medicare MBI, beneficiary name and HCPCS knee orthosis")
def _():
    m = new("Delphine Roux <droux@brightstep-dme.example.com>",
            '"Provider Inquiry - Jurisdiction Contractor" <provider-inquiry@mac-jx.test>',
            "Claim status inquiry - MBI 7HX4-TE3-MK82")
    return body(m, T("""
        Hello,

        Requesting status on the following claim submitted 01/28:

          Beneficiary:     Augustin Delacroix-Penn
          MBI:             7HX4TE3MK82
          DOB:             12/01/1944
          DOS:             01/21
          HCPCS:           L1833 (knee orthosis, adjustable, prefabricated, off-the-shelf) RT
          Dx:              M17.11 primary osteoarthritis, right knee
          Ordering NPI:    %s
          ICN:             21925028807714

        The claim has been in "pending" status for 40 days. Please advise if
        additional documentation is needed.

        Delphine Roux, Billing
        BrightStep Medical Supply | 702-555-0118 | fax 702-555-0119
        """ % npi("128405713")))


@msg("phi", "workers-comp-lumbar-strain-pt", "Workers' comp adjuster authorizes PT visits for a named injured worker with a claim number")
def _():
    m = new("Brenda Sokolov <bsokolov@granitecasualty.example.com>",
            '"Peak Motion Physical Therapy" <intake@peakmotionpt.example.com>',
            "WC claim GC-24-117305 / Ruben Aldana - 12 PT visits authorized")
    return body(m, T("""
        Good afternoon,

        For injured worker Ruben Aldana (claim GC-24-117305, DOI 10/14,
        employer: Cascade Freight), I have authorized 12 physical therapy
        visits over 6 weeks for the lumbar strain (S39.012A), per Dr. Ilse
        Kauffman's request. Functional capacity evaluation to follow if he
        has not returned to full duty by the end of the authorization.

        Please send progress notes every 4 visits to this address, and bill
        on the state WC fee schedule.

        Brenda Sokolov
        Claims Adjuster, Granite Casualty
        D 425-555-0128
        """))


@msg("phi", "dental-perio-treatment-plan", "Dental office tells a named patient about periodontal scaling and the insurance estimate")
def _():
    m = new('"Lindenwood Dental Studio" <frontdesk@lindenwooddental.example.com>',
            "Marcus Feldhaus <m.feldhaus@inbox.example.com>",
            "Your treatment plan and insurance estimate")
    return alt(m, T("""
        Hi Marcus,

        Following your exam with Dr. Haugen, here is the treatment plan we
        discussed:

          D4341 Scaling and root planing, upper right quadrant   $265
          D4341 Scaling and root planing, upper left quadrant    $265
          D4342 Scaling and root planing, lower (1-3 teeth)      $180
          D4910 Periodontal maintenance (3 months later)         $145

        Your pocket depths were 5-6 mm in the upper molars with bleeding on
        probing. Estimated insurance payment: $556. Estimated patient
        portion: $299. Chlorhexidine rinse was sent to your pharmacy.

        Call 425-555-0179 to schedule the two visits.
        """), T("""
        <html><body><p>Hi Marcus,</p><p>Treatment plan from your exam with Dr. Haugen:</p>
        <table border="1" cellpadding="3"><tr><th>Code</th><th>Procedure</th><th>Fee</th></tr>
        <tr><td>D4341</td><td>SRP upper right</td><td>$265</td></tr>
        <tr><td>D4341</td><td>SRP upper left</td><td>$265</td></tr>
        <tr><td>D4342</td><td>SRP lower (1-3 teeth)</td><td>$180</td></tr>
        <tr><td>D4910</td><td>Perio maintenance</td><td>$145</td></tr></table>
        <p>Pocket depths 5-6 mm, bleeding on probing. Insurance est. $556, your portion $299.</p></body></html>
        """))


@msg("phi", "pt-progress-note-rotator-cuff-txt", "Physical therapy progress note (text attachment) with ROM values for a named patient")
def _():
    m = new("Shauna Brightwater DPT <sbrightwater@peakmotionpt.example.com>",
            "Dr. Ilse Kauffman <ikauffman@cascadeortho.example.com>",
            "PT progress note - Gideon Farrow")
    body(m, "Dr. Kauffman - 6-week progress note attached for Gideon Farrow. Recommend 4 more weeks. -Shauna\n")
    note = T("""
        PEAK MOTION PHYSICAL THERAPY - PROGRESS NOTE
        Patient: Gideon Farrow        DOB: 03/30/1966      Visit 12 of 12
        Dx: s/p arthroscopic R rotator cuff repair (supraspinatus), 10 wks post-op
        Referring: Ilse Kauffman, MD

        S: Pain 2/10 at rest, 5/10 reaching overhead. Sleeping on R side again.
        O:                  Initial    Today     Goal
           Flexion AROM      95         148       160
           Abduction AROM    80         132       150
           ER at 90          30          70        85
           IR at 90          20          45        60
           Strength ER       3-/5       4/5       5/5
           QuickDASH         61          29       < 20
        A: Good progress; deficits in overhead strength and endurance limit
           return to work as an electrician.
        P: Continue 2x/week x 4 weeks: RTC/scapular strengthening,
           eccentric work, work-simulation tasks. HEP updated.

        Shauna Brightwater, PT, DPT
        """)
    return att_text(m, note, "plain", "Farrow_G_PT_progress_wk10.txt")


@msg("phi", "pharmacist-warfarin-fluconazole-interaction", "Pharmacist warns prescriber about warfarin-fluconazole interaction and elevated INR for a named patient")
def _():
    m = new("Yusra Haddadin PharmD <yhaddadin@lakeshorerx.example.com>",
            "Dr. Wendell Pryce <wpryce@riverbendfm.example.org>",
            "Interaction alert: Beatrix Vollmer - warfarin + fluconazole")
    return body(m, T("""
        Dr. Pryce,

        We received an e-Rx for fluconazole 150 mg x 2 doses for Beatrix
        Vollmer (DOB 07/19/1940). She is on warfarin 5 mg daily (INR goal
        2-3 for mechanical mitral valve). Fluconazole inhibits CYP2C9 and
        commonly raises the INR; her point-of-care INR at our anticoagulation
        kiosk yesterday was already 3.8.

        Options: topical clotrimazole instead, or proceed with fluconazole
        with an INR check in 3-4 days and a possible warfarin dose hold. We
        are holding the fluconazole until we hear from you.

        Yusra Haddadin, PharmD
        Lakeshore Pharmacy #1 | 541-555-0113
        """))


@msg("phi", "parent-requests-kindergarten-immunization-record", "Parent asks clinic for her named child's immunization record (DOB, vaccines)")
def _():
    m = new("Ingeborg Lindahl <ingeborg.lindahl@mail.example.net>",
            "frontdesk@riverbendfm.example.org",
            "immunization record for Freya for kindergarten")
    return body(m, T("""
        Hi there,

        Could you please send Freya's immunization record? Kindergarten
        registration needs it by the 1st. Freya Lindahl, DOB 08/15/2020. She
        got her 4 year shots (DTaP, polio, MMR, chickenpox) with Dr. Sato in
        August, and her flu shot in October at the pharmacy - not sure if
        that shows up on your end.

        A PDF is fine, or I can pick up a printed copy Thursday.

        Thank you!
        Ingeborg Lindahl
        541-555-0156

        Sent from my phone
        """))


@msg("phi", "hospice-idt-copd-note", "Hospice interdisciplinary team note about a named patient with end-stage COPD, oxygen and morphine for dyspnea")
def _():
    m = new("Philippa Grant RN CHPN <pgrant@evergreenhospice.example.org>",
            "idt-team-b@evergreenhospice.example.org",
            "IDT update - Arnold Szymanski (Wed)")
    return body(m, T("""
        Team B - IDT update for Wednesday

        Arnold Szymanski, 81, end-stage COPD (FEV1 19%), on service since
        1/6, lives with wife Dorothea. PPS down from 40% to 30% this week.

          - O2 now 3 L NC continuous, 5 L with exertion. Concentrator
            alarm issue fixed by vendor Monday.
          - Dyspnea: morphine oral solution 5 mg q2h prn, using 4-5 doses/day
            with good effect; adding 10 mg ER BID per Dr. Hallett, keep prn.
          - Scopolamine patch stopped (confusion, very dry mouth).
          - Sacral skin intact, using the alternating mattress.
          - Dorothea is tired; SW to discuss respite stay. Chaplain visit
            requested - he was a deacon at St. Casimir's.
          - Code status DNR/POLST on the fridge, confirmed.

        Please review before IDT. I'll be on the road, cell 253-555-0141.

        Philippa
        """))


@msg("phi", "denial-letter-polysomnography-pdf", "Payer denial letter (PDF) with member ID and claim for an in-lab sleep study")
def _():
    m = new('"BlueCrest Utilization Management" <um-notices@bluecrest-plan.test>',
            '"Kestrel Valley Sleep Center" <sleep-center@kestrelvalley.example.net>',
            "Adverse determination notice - ref UM-25-0048812")
    body(m, T("""
        Attached is the adverse determination for reference UM-25-0048812.
        A copy has been mailed to the member. Peer-to-peer review may be
        requested within 14 days at 877-555-0192.
        """))
    lines = ["BLUECREST HEALTH PLAN - UTILIZATION MANAGEMENT", "NOTICE OF ADVERSE BENEFIT DETERMINATION", "",
             "Member: Thaddeus Oyelaran-Mills     Member ID: BCH770215483", "DOB: 10/02/1975",
             "Requesting provider: Kestrel Valley Sleep Center", "Reference: UM-25-0048812", "",
             "Service requested: CPT 95810 Polysomnography, attended, in-lab",
             "Diagnosis submitted: G47.33 obstructive sleep apnea (suspected)", "",
             "Decision: NOT APPROVED", "",
             "Reason: Clinical criteria for attended in-lab polysomnography are not met.",
             "The records show no significant cardiopulmonary disease, no neuromuscular",
             "condition and no prior failed home study. A home sleep apnea test",
             "(CPT 95806) is approved as an alternative under reference UM-25-0048813.", "",
             "Your right to appeal: you or your provider may request an appeal within",
             "180 days of this notice.", "", "Medical Director: R. Achebe, MD"]
    return att_bytes(m, pdf(lines, title="Adverse determination UM-25-0048812", author="BlueCrest UM"),
                     "application", "pdf", "UM-25-0048812_determination.pdf")


@msg("phi", "critical-result-pulmonary-embolism", "Radiology critical result notification: segmental PE for a named patient with MRN")
def _():
    m = new('"Radiology Critical Results" <crit-results@rad.staurelia.example.org>',
            "Dr. Tobias Wren <twren@staurelia.example.org>",
            "CRITICAL RESULT - acknowledgement required")
    return body(m, T("""
        CRITICAL RESULT NOTIFICATION - ACKNOWLEDGEMENT REQUIRED

        Patient:   Okonjo, Chidinma A.     MRN: SAMC-1302258    DOB: 01/27/1989
        Location:  ED bay 14
        Exam:      CTA chest (PE protocol), completed 14:02
        Finding:   Acute segmental pulmonary emboli in the right lower lobe
                   (posterior and lateral basal segments). RV/LV ratio 0.8,
                   no CT signs of right heart strain.

        Communicated by Dr. Lucia Ferreira-Holm to Dr. Tobias Wren by phone
        at 14:11; read-back confirmed.

        Click "Acknowledge" in the results inbox within 60 minutes.
        """))


@msg("phi", "hospital-statement-html-ed-visit", "Hospital statement (HTML table) with guarantor, account number and ED services")
def _():
    m = new('"Kestrel Valley Hospital Patient Financial Services" <statements@kestrelvalley.example.net>',
            "Sunniva Haraldsen <sunniva.h@post.example.org>",
            "Your statement is available - account ending 3391")
    plain = T("""
        Patient: Eirik Haraldsen (guarantor: Sunniva Haraldsen)
        Account: 40-0093391       Statement date: 03/05

        01/30  Emergency dept visit level 4 (99284)    $1,412.00
        01/30  CT head without contrast (70450)        $1,986.00
        01/30  Laceration repair, simple 4 cm (12002)  $  388.00
        01/30  Tetanus/diphtheria vaccine (90714)      $   61.00
               Insurance payments                      -$2,917.40
               Adjustments                              -$  389.60
               AMOUNT DUE                               $  540.00

        Pay online or call 509-555-0198.
        """)
    html = T("""
        <html><body style="font-family:Verdana;font-size:12px">
        <p><b>Patient:</b> Eirik Haraldsen &nbsp; <b>Guarantor:</b> Sunniva Haraldsen<br>
        <b>Account:</b> 40-0093391 &nbsp; <b>Statement date:</b> 03/05</p>
        <table border="1" cellspacing="0" cellpadding="4">
        <tr><th>Date</th><th>Description</th><th>Code</th><th align="right">Amount</th></tr>
        <tr><td>01/30</td><td>Emergency dept visit level 4</td><td>99284</td><td align="right">$1,412.00</td></tr>
        <tr><td>01/30</td><td>CT head without contrast</td><td>70450</td><td align="right">$1,986.00</td></tr>
        <tr><td>01/30</td><td>Laceration repair, simple, 4 cm</td><td>12002</td><td align="right">$388.00</td></tr>
        <tr><td>01/30</td><td>Td vaccine</td><td>90714</td><td align="right">$61.00</td></tr>
        <tr><td></td><td>Insurance payments</td><td></td><td align="right">-$2,917.40</td></tr>
        <tr><td></td><td>Adjustments</td><td></td><td align="right">-$389.60</td></tr>
        <tr><td colspan="3"><b>Amount due</b></td><td align="right"><b>$540.00</b></td></tr>
        </table>
        <p>Pay online or call 509-555-0198.</p>
        </body></html>
        """)
    return alt(m, plain, html, hcte="quoted-printable")


@msg("phi", "patient-hives-on-amoxicillin-raw", "Patient e-mails clinic about hives after amoxicillin for sinusitis (hand-built format=flowed message)")
def _():
    return T("""
        From: Quentin Abernethy-Lowe <qlowe@mail.example.com>
        To: Riverbend Nurse Line <nurseline@riverbendfm.example.org>
        Subject: hives after antibiotic??
        Date: Sat, 08 Mar 2025 07:48:12 -0800
        Message-ID: <CAF7qLm9x2Zk1p0@mail.example.com>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="us-ascii"; format=flowed
        Content-Transfer-Encoding: 7bit

        hi, I started the amoxicillin Dr Lindqvist gave me thursday for my 
        sinus infection and woke up this morning with itchy red welts all over 
        my arms and stomach. no trouble breathing or swelling of lips. should 
        i stop taking it? i took a benadryl an hour ago which helped a bit.

        Quentin Abernethy-Lowe, DOB 5/2/83
        541-555-0157
        """)


@msg("phi", "daughter-asks-about-fathers-parkinson-meds", "Daughter writes to neurology nurse about her named father's Parkinson's medication timing and falls")
def _():
    m = new("Rosalind Iversen <roz.iversen@inbox.example.com>",
            '"Neurology Nurse Line" <neuro-rn@staurelia.example.org>',
            "Dad (Henrik Iversen) - carbidopa/levodopa timing + 2 falls")
    return body(m, T("""
        Hello,

        I'm writing about my father, Henrik Iversen (DOB 02/11/1939), who sees
        Dr. Kowalczyk for Parkinson's disease. I'm his health care proxy.

        Since the carbidopa/levodopa was increased to 25/100, 1.5 tablets four
        times a day, he's had two falls, both about an hour before his next
        dose (around 11 am and 4 pm). He also gets dizzy standing up. He takes
        the pills with his protein shake in the morning - I read that might be
        a problem?

        Should we move his appointment up? It's currently April 22.

        Thank you,
        Rosalind Iversen
        """))


@msg("phi", "sickle-cell-vaso-occlusive-admission", "Case manager notice of a named member's admission for sickle cell vaso-occlusive crisis with PCA (pain)")
def _():
    m = new("Odessa Kamara RN CCM <okamara@bluecrest-plan.test>",
            "utilization@staurelia.example.org",
            "Concurrent review - admit 03/09 - member BCH662014588")
    return body(m, T("""
        Concurrent review request

        Member:      Jamal Whitfield-Osei   (BCH662014588)
        Admit:       03/09 via ED, inpatient, 6 North
        Dx:          D57.00 Hb-SS disease with crisis, unspecified
        Clinical:    pain 9/10 back and legs, Hgb 6.9 (baseline 8.5), retic 14%,
                     no chest syndrome on CXR. Hydromorphone PCA per sickle
                     cell pathway, IV fluids, home hydroxyurea continued,
                     1 unit pRBC given 03/10.
        Request:     clinicals for day 3 and anticipated discharge date.

        Please fax to 877-555-0193 or reply to this secure mailbox.

        Odessa Kamara, RN, CCM
        BlueCrest Care Management | 877-555-0194 x412
        """))


@msg("phi", "oncology-folfox-cycle-delay-anc", "Nurse navigator note: named patient's FOLFOX cycle 4 delayed for low ANC, filgrastim added")
def _():
    m = new("Tamar Eskenazi RN OCN <teskenazi@cancer.staurelia.example.org>",
            "Dr. Ngozi Achebe-Warrick <nachebe@cancer.staurelia.example.org>",
            "Re: Hugo Lindqvist-Baird C4D1",
            irt=mid("folfox-1", "cancer.staurelia.example.org"))
    return body(m, T("""
        Labs back: ANC 0.9, plt 112, Hgb 10.4, LFTs ok. Per your parameters
        I've pushed C4D1 FOLFOX one week (to the 18th) and told Hugo. He's
        eating better, neuropathy grade 1 fingertips only, no fever.

        Do you want pegfilgrastim on-body with this cycle? Infusion has a
        chair at 09:00 on the 18th and auth for the pump disconnect on the 20th.

        Tamar

        > Please check CBC tomorrow before cycle 4; if ANC < 1.5 hold a week.
        > -NAW
        """))


@msg("phi", "retina-aflibercept-injection-reminder", "Retina clinic reminds a named patient of her next eye injection for wet AMD")
def _():
    m = new('"Cascade Retina Associates" <appointments@cascaderetina.example.com>',
            "Dorothy Pennywhistle <dpennywhistle@mail.example.net>",
            "Injection visit reminder")
    return body(m, T("""
        Dear Mrs. Pennywhistle,

        This is a reminder of your next aflibercept injection, right eye, on
        Monday at 1:20 pm with Dr. Varga (8-week interval for wet macular
        degeneration). Please bring a driver - your eye will be dilated.

        Cascade Retina Associates | 425-555-0183
        """))


@msg("phi", "transplant-tacrolimus-trough-high", "Transplant coordinator adjusts tacrolimus for a named kidney recipient after a high trough")
def _():
    m = new("Beatriz Okafor-Lund RN <bokaforlund@transplant.staurelia.example.org>",
            "Emil Strandqvist <emil.strandqvist@post.example.org>",
            "Your tacrolimus level - dose change")
    return body(m, T("""
        Hi Emil,

        Your tacrolimus trough from Monday was 12.4 ng/mL (goal 6-8 at this
        point after your kidney transplant) and creatinine 1.6, a little up
        from 1.4. Dr. Nakagawa would like you to:

          * reduce tacrolimus from 4 mg twice daily to 3 mg twice daily,
            starting tonight
          * repeat labs (tacrolimus 12-hour trough, BMP, magnesium) next
            Monday - remember to skip your morning dose until after the draw
          * keep mycophenolate and prednisone the same

        Please confirm you got this. Call the transplant office at
        360-555-0175 if you have tremor, headache or decreased urine.

        Beatriz, Transplant Coordinator
        """))


@msg("phi", "dme-power-wheelchair-ms-compressed-pdf", "DME order (Flate-compressed PDF) for a power wheelchair for a named patient with multiple sclerosis")
def _():
    m = new("Ilse Kauffman MD <ikauffman@cascadeortho.example.com>",
            "Delphine Roux <droux@brightstep-dme.example.com>",
            "Standard written order + face-to-face note")
    body(m, "Delphine - SWO and F2F note for the power chair attached. Let me know if the PT eval is also needed. -IK\n")
    lines = ["STANDARD WRITTEN ORDER - POWER MOBILITY DEVICE", "",
             "Beneficiary: Cordelia Vantongeren     DOB: 04/14/1968",
             "Medicare MBI: 3CK9-PW2-TA61", "Order date: 03/04", "",
             "Item: K0823 Power wheelchair, group 2 standard, captain's chair",
             "Accessories: E2368 motor replacement kit not needed; E1028 swingaway",
             "Diagnosis: G35 Multiple sclerosis (secondary progressive)",
             "Length of need: 99 months (lifetime)", "",
             "Face-to-face examination 03/04: EDSS 6.5. Unable to propel a manual",
             "wheelchair > 15 ft due to spastic paraparesis and upper extremity",
             "fatigue; cannot safely use a scooter (poor trunk control). Home",
             "assessment confirms access. Patient able and willing to operate PWC.", "",
             "Prescriber: Ilse Kauffman, MD    NPI " + npi("138490226"), "Signature on file"]
    return att_bytes(m, pdf(lines, title="SWO PWC", author="Cascade Ortho", compress=True),
                     "application", "pdf", "SWO_K0823_F2F.pdf")


@msg("phi", "home-health-wound-vac-photo", "Home health nurse reports a named patient's stage 3 pressure injury with NPWT settings and wound photo")
def _():
    m = new("Gustavo Peralta RN <gperalta@homeward-hh.example.com>",
            '"Wound Care Clinic" <woundclinic@kestrelvalley.example.net>',
            "Wk 3 wound update - Loretta Fairbanks - sacral PI")
    body(m, T("""
        Hi wound team,

        Weekly update for Loretta Fairbanks (DOB 11/09/1937, your MRN
        KV00288104):

          Sacral pressure injury stage 3
          Size 4.1 x 3.2 x 0.9 cm (last wk 4.6 x 3.5 x 1.2)
          Wound bed 80% red granulation, 20% yellow slough, no tunneling,
          mild serous drainage, periwound macerated at 6 o'clock.
          NPWT -125 mmHg continuous, black foam, changes M/W/F.
          Albumin 2.9 last month; dietitian started protein supplement BID.

        Photo attached (taken with consent). OK to continue current plan?

        Gustavo Peralta, RN - Homeward Home Health
        cell 509-555-0177
        """))
    return att_bytes(m, png(16, 12, (170, 70, 60)), "image", "png", "wound_sacrum_wk3.png")


@msg("phi", "lab-specimen-rejected-hemolyzed", "Lab notifies clinic that a named patient's potassium specimen was hemolyzed and needs redraw")
def _():
    m = new('"Meridian Reference Lab - Client Services" <clientservices@meridianlab.example.net>',
            "frontdesk@riverbendfm.example.org",
            "Specimen rejection notice")
    return body(m, T("""
        SPECIMEN REJECTION

        Patient:     Paquette, Lionel
        DOB:         1949-12-03
        Accession:   MRL-25-0311-4482
        Collected:   03/11 09:40 at Riverbend Family Medicine
        Test:        Basic metabolic panel

        Reason: grossly hemolyzed (H-index 3+). Potassium and LDH not
        reported. Sodium, glucose and creatinine were resulted.

        Please recollect. Tip: avoid prolonged tourniquet and vigorous
        shaking; spin within 2 hours.

        Meridian Client Services 800-555-0185
        """))


@msg("phi", "insulin-pump-settings-type1", "Diabetes educator sends a named type 1 patient new insulin pump basal/ratio settings")
def _():
    m = new("Ximena Rojas-Ebert RD CDCES <xrojas@endo.northgatehealth.example.com>",
            "Callum Breckenridge <callum.breck@mail.example.net>",
            "New pump settings from today's visit")
    return body(m, T("""
        Hi Callum,

        Here are the settings we programmed into your pump today. Your CGM
        showed lows around 3-4 am and highs after breakfast, so we changed the
        overnight basal and the breakfast ratio.

          Basal (units/hr)
            00:00-03:00   0.70   (was 0.80)
            03:00-06:00   0.60   (was 0.80)
            06:00-11:00   0.95
            11:00-18:00   0.80
            18:00-24:00   0.85
          Insulin-to-carb ratio
            breakfast  1:8   (was 1:10)
            lunch      1:10
            dinner     1:10
          Correction factor  1:40 above 120 mg/dL
          Active insulin time  3.5 h

        Your A1c today was 7.6%. Send me 2 weeks of CGM data and we'll review.

        Ximena Rojas-Ebert, RD, CDCES
        Northgate Endocrinology | 503-555-0196
        """))


@msg("phi", "growth-hormone-prior-auth-child", "Pediatric endocrinology prior auth for somatropin with a named child's DOB and growth data")
def _():
    m = new('"Pediatric Endocrinology PA" <peds-endo-pa@northgatehealth.example.com>',
            '"Specialty Pharmacy Prior Authorization" <spec-pa@bluecrest-plan.test>',
            "PA: somatropin - Ezekiel Moreau-Tan (member BCH218840337)")
    return body(m, T("""
        PRIOR AUTHORIZATION REQUEST - somatropin

        Patient: Ezekiel Moreau-Tan     DOB: 02/06/2016     Member: BCH218840337
        Diagnosis: E23.0 growth hormone deficiency (isolated)

        Height 115.2 cm (SDS -2.6), growth velocity 3.9 cm/yr over 12 months,
        bone age 6 y 0 m at chronological age 9 y 1 m.
        Stimulation tests: peak GH 5.1 ng/mL (arginine) and 6.3 ng/mL
        (clonidine). IGF-1 low for age. MRI pituitary: small anterior
        pituitary, no mass. TSH and cortisol normal.

        Requested: somatropin 0.3 mg/kg/week divided daily SC, pen device.

        Prescriber: Dr. Anneke Vos, Pediatric Endocrinology, NPI %s
        Contact: 503-555-0197
        """ % npi("176320984")))


@msg("phi", "collections-past-due-hospital-services", "Collection agency letter about a past-due hospital account with dates of service")
def _():
    m = new('"Meridian Recovery Services" <accounts@meridian-recovery.example.com>',
            "Darnell Whitcombe <dwhitcombe@mail.example.com>",
            "Past due notice - account KV-88120774")
    return body(m, T("""
        Darnell Whitcombe
        Re: Kestrel Valley Hospital, account KV-88120774
        Services: outpatient surgery (left inguinal hernia repair) and
        anesthesia, date of service 09/18
        Balance: $2,310.55

        This account has been placed with our office for collection. This is
        an attempt to collect a debt and any information obtained will be
        used for that purpose. If you dispute this debt, notify us within 30
        days. To set up a payment plan call 888-555-0138.
        """))


@msg("phi", "portal-your-lipid-results-no-name", "Portal notice addressed to the patient about 'your' lipid panel values, no name in body")
def _():
    m = new('"Northgate MyHealth Portal" <portal-noreply@northgatehealth.example.com>',
            "h.vandermeer@mail.example.net",
            "Your test results are available")
    return alt(m, T("""
        Your lipid panel from March 6 has been reviewed by your care team.

          Total cholesterol  238 mg/dL
          LDL (calculated)   162 mg/dL   HIGH
          HDL                41 mg/dL
          Triglycerides      176 mg/dL

        Comment from your provider: "Your LDL is above goal. Let's talk about
        starting a statin at your visit on the 20th."

        Log in to the portal to see full results.
        """), T("""
        <html><body><p>Your lipid panel from March 6 has been reviewed by your care team.</p>
        <table border="1" cellpadding="3"><tr><td>Total cholesterol</td><td>238 mg/dL</td></tr>
        <tr><td>LDL (calculated)</td><td><b style="color:#b00">162 mg/dL HIGH</b></td></tr>
        <tr><td>HDL</td><td>41 mg/dL</td></tr><tr><td>Triglycerides</td><td>176 mg/dL</td></tr></table>
        <p><i>Your LDL is above goal. Let&#39;s talk about starting a statin at your visit on the 20th.</i></p>
        </body></html>
        """))


@msg("phi", "marked-secure-test-no-content", "Sender marked the message [secure]; content is only a test, labelled at least phi by rule")
def _():
    m = new("Carmen Lyle <clyle@northgatehealth.example.com>", "Kiran Devaraj <kdevaraj@northgatehealth.example.com>",
            "[secure] test")
    return body(m, "test 123 - please ignore, checking the encryption gateway\n")


@msg("phi", "x-sensitivity-marked-callback", "X-Sensitivity header marks the message; vague content but marked messages are at least phi")
def _():
    m = new("Wendell Pryce <wpryce@riverbendfm.example.org>", "Imogen Sato <isato@riverbendfm.example.org>",
            "can you call me", extra={"X-Sensitivity": "Confidential", "Sensitivity": "Private"})
    return body(m, "Can you call me when you're out of clinic about the thing we discussed yesterday? Thx - W\n")


@msg("phi", "cardiqor-trial-serious-adverse-event", "Site report of a serious adverse event (hyperkalemia hospitalization) for a trial participant with subject ID and DOB")
def _():
    m = new("Faye Lindqvist CCRC <flindqvist@research.staurelia.example.org>",
            '"CARDIQOR-HF Safety Desk" <safety@cardiqor-trial.example.com>',
            "SAE initial report - site 104 - subject 104-032")
    return body(m, T("""
        SAE INITIAL REPORT (within 24 h of awareness)

        Study:       CARDIQOR-HF (fictional investigational product)
        Site:        104 - St. Aurelia Medical Center, PI Dr. Amara Lindgren
        Subject:     104-032    initials H.M.D.   DOB 1958-06-17   male
        Event:       hyperkalemia (K+ 6.7 mmol/L) with bradycardia, HR 44
        Onset:       03/08     Hospitalized 03/08 - ongoing (seriousness: hospitalization)
        Study drug:  last dose 03/07; held since admission
        Concomitant: sacubitril/valsartan, spironolactone 25 mg, furosemide
        Treatment:   calcium gluconate, insulin/dextrose, sodium zirconium
                     cyclosilicate; spironolactone stopped
        Causality (PI assessment): possibly related
        Outcome:     recovering, K+ 4.9 on 03/10

        Source documents to follow via the EDC. Call 360-555-0131 with
        queries.
        """))


@msg("phi", "migralux-screening-visit-participant", "Coordinator writes to a named participant about her MIGRALUX study screening visit and headache diary")
def _():
    m = new("Jonah Feld <jfeld@research.riverbendneuro.example.org>",
            "Saoirse Delaney-Okoro <saoirse.do@mail.example.com>",
            "Your MIGRALUX study screening visit on 4/22")
    return body(m, T("""
        Hi Saoirse,

        Thanks for agreeing to take part in the MIGRALUX-PREVENT study. Your
        screening visit is Tuesday 4/22 at 8:30 am. Please bring:

          * your paper headache diary for the last 4 weeks (you mentioned
            about 9 migraine days last month)
          * the bottles of topiramate and the sumatriptan you take
          * a list of any supplements

        We'll do an ECG, blood tests and a urine test, so please come fasting.
        Plan on about 3 hours. Parking is validated.

        Jonah Feld, Study Coordinator
        Riverbend Neurology Research | 541-555-0168
        """))


@msg("phi", "triple-inline-forward-mri-brain-pa", "Three-level inline forward chain about prior authorization for a named patient's brain MRI")
def _():
    m = new("Dr. Hana Kowalczyk <hkowalczyk@northgatehealth.example.com>",
            "Carmen Lyle <clyle@northgatehealth.example.com>",
            "Fwd: Fwd: Fwd: MRI brain denied - Priyanka Subramaniam")
    return body(m, T("""
        Carmen - can you get this on my peer-to-peer list for tomorrow? She
        has papilledema on the fundus photo, this isn't a routine headache
        MRI. I'll do the call at 12:30.

        Hana

        ---------- Forwarded message ---------
        From: Neuro Referral Coordinator <neuro-referrals@northgatehealth.example.com>
        Date: Mon, Mar 10, 2025 at 4:02 PM
        Subject: Fwd: Fwd: MRI brain denied - Priyanka Subramaniam
        To: Dr. Hana Kowalczyk <hkowalczyk@northgatehealth.example.com>

        Dr. K, see below from the plan. Patient is upset, she's been waiting
        3 weeks. Pt phone 503-555-0161.

        ---------- Forwarded message ---------
        From: Prior Auth Desk <pa-desk@northgatehealth.example.com>
        Date: Mon, Mar 10, 2025 at 2:40 PM
        Subject: Fwd: MRI brain denied - Priyanka Subramaniam
        To: Neuro Referral Coordinator <neuro-referrals@northgatehealth.example.com>

        FYI - denial came back on the MRI brain w/wo (70553) for Priyanka
        Subramaniam, DOB 09/14/1992, member BCH447120096. Reason "headache
        without red flags". Peer-to-peer available until Friday.

        ---------- Forwarded message ---------
        From: BlueCrest UM <um-notices@bluecrest-plan.test>
        Date: Mon, Mar 10, 2025 at 1:15 PM
        Subject: MRI brain denied - ref UM-25-0051177
        To: Prior Auth Desk <pa-desk@northgatehealth.example.com>

        Request UM-25-0051177 for CPT 70553, member BCH447120096, is not
        approved: documentation does not show red-flag features. A
        peer-to-peer discussion may be requested at 877-555-0192.
        """))


@msg("phi", "readmission-risk-list-csv", "Case management CSV of high-risk patients with MRNs, diagnoses and LACE scores")
def _():
    m = new("Ophelia Brandauer RN <obrandauer@kestrelvalley.example.net>",
            "transitions-team@kestrelvalley.example.net",
            "Weekly high readmission risk list")
    body(m, T("""
        Team,

        This week's discharges with LACE 10+ are attached. Please make the
        48-hour calls and document in the transitions note. Mrs. Pruett has
        no scale at home - can pharmacy send one with her meds?

        Ophelia
        """))
    csv = T("""
        mrn,name,age,discharge_date,primary_dx,lace,pcp,follow_up_booked
        KV00310277,"Pruett, Wilhelmina",79,03/09,Acute on chronic systolic heart failure,15,Dr. Sato,no
        KV00188451,"Olabode, Festus",68,03/09,COPD exacerbation,13,Dr. Pryce,yes 03/14
        KV00401129,"Gallardo, Ines",84,03/10,Sepsis - urinary source,14,Dr. Wren,no
        KV00277903,"Thibodeaux, Remy",71,03/10,Heart failure with preserved EF,12,Dr. Sato,yes 03/17
        KV00359020,"Castellanos, Paz",66,03/11,Diabetic foot infection s/p debridement,11,NP Alcott,no
        """)
    return att_text(m, csv, "csv", "lace_10plus_wk11.csv")


@msg("phi", "pathology-report-bcc-pdf", "Dermatopathology report PDF for a named patient: basal cell carcinoma")
def _():
    m = new('"Meridian Dermatopathology" <dermpath@meridianlab.example.net>',
            "Dr. Hana Petrossian <hpetrossian@northgatehealth.example.com>",
            "Final report - accession DP25-01877")
    body(m, "The final report for accession DP25-01877 is attached (Villanueva, Ernesto).\n")
    lines = ["MERIDIAN DERMATOPATHOLOGY - SURGICAL PATHOLOGY REPORT", "",
             "Patient: Villanueva, Ernesto      DOB: 05/23/1955     Sex: M",
             "Accession: DP25-01877     Collected: 03/04     Received: 03/05",
             "Submitting physician: Hana Petrossian, MD", "",
             "SPECIMEN: Skin, left nasal ala, shave biopsy", "",
             "CLINICAL HISTORY: pearly papule with telangiectasia, 6 mm, r/o BCC", "",
             "DIAGNOSIS:", "  BASAL CELL CARCINOMA, NODULAR TYPE.",
             "  Tumor extends to the deep and peripheral margins.", "",
             "COMMENT: Given location, Mohs micrographic surgery may be considered.", "",
             "MICROSCOPIC: Nests of basaloid cells with peripheral palisading and",
             "retraction artifact within the dermis.", "",
             "Electronically signed: Marguerite Olsson, MD, Dermatopathologist"]
    return att_bytes(m, pdf(lines, title="DP25-01877", author="Meridian Dermpath"), "application", "pdf",
                     "DP25-01877_final.pdf")


@msg("phi", "telehealth-after-visit-summary-html", "After-visit summary (HTML) for a named patient's telehealth visit with diagnosis and prescription")
def _():
    m = new('"Riverbend Virtual Care" <virtualcare@riverbendfm.example.org>',
            "Adaeze Nwosu-Pike <adaeze.np@inbox.example.net>",
            "After Visit Summary - video visit with NP Rowan Alcott")
    html = T("""
        <html><head><style>td{padding:3px 8px}</style></head><body style="font-family:Arial">
        <h2>After Visit Summary</h2>
        <p><b>Adaeze Nwosu-Pike</b> &middot; DOB 12/30/1990 &middot; MRN RFM-0110342<br>
        Video visit with Rowan Alcott, FNP &middot; March 7</p>
        <h3>Reason for visit</h3><p>Cough for 9 days</p>
        <h3>Diagnosis</h3><p>Acute bronchitis (J20.9)</p>
        <h3>Vitals (self-reported)</h3>
        <table border="1" cellspacing="0"><tr><td>Temp</td><td>99.1 F</td></tr>
        <tr><td>Pulse</td><td>88</td></tr><tr><td>SpO2 (home oximeter)</td><td>97%</td></tr></table>
        <h3>Medications prescribed</h3>
        <ul><li>benzonatate 100 mg, 1 capsule 3 times daily as needed for cough, #21</li></ul>
        <h3>Instructions</h3>
        <p>Antibiotics are not needed for bronchitis. Honey, fluids, rest. Cough may last 3 weeks.
        Seek care for shortness of breath, fever above 102 F, or blood in sputum.</p>
        </body></html>
        """)
    body(m, "Your After Visit Summary is attached as HTML and shown below.\n")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    return m


@msg("phi", "roi-request-ankle-orif-records", "Law firm release-of-information request for a named client's ankle fracture surgery records")
def _():
    m = new("Paralegal Desk <records-requests@haverford-law.example.com>",
            '"Release of Information - HIM" <roi@kestrelvalley.example.net>',
            "Records request - Cassius Obuya - DOS 11/02 - authorization attached")
    body(m, T("""
        To the Release of Information department:

        Please provide complete records for our client, Cassius Obuya (DOB
        03/08/1984), for his treatment from 11/02 through present, including
        the ED visit, operative report for the open reduction internal
        fixation of the right bimalleolar ankle fracture, physical therapy
        notes and itemized billing.

        A HIPAA-compliant authorization signed by Mr. Obuya is attached.

        Haverford & Quist LLP | 206-555-0132
        """))
    auth = pdf(["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "",
                "Patient: Cassius Obuya   DOB: 03/08/1984",
                "Release to: Haverford & Quist LLP",
                "Information: ED records, operative report (ORIF R ankle), PT notes, itemized bill",
                "Purpose: legal", "Expires: one year from signature", "",
                "Signature: /s/ Cassius Obuya   Date: 03/01"], title="Authorization", author="HQ LLP")
    return att_bytes(m, auth, "application", "pdf", "HIPAA_authorization_Obuya.pdf")


@msg("phi", "ambulance-invoice-raw-multipart", "Ambulance bill for a named patient's ALS emergency transport (hand-built multipart with preamble and PDF)")
def _():
    pdfb = pdf(["CASCADE VALLEY AMBULANCE - INVOICE", "",
                "Patient: Wendeline Prusak    DOB: 06/19/1951", "Run number: CVA-25-004417   Date: 02/26",
                "From: residence  To: Kestrel Valley Hospital ED",
                "A0427 ALS1 emergency transport ........ $1,840.00",
                "A0425 Ground mileage x 11.2 ........... $  246.40",
                "Medicare paid ......................... -$  602.14",
                "Balance ............................... $1,484.26",
                "Chief complaint: chest pain, 12-lead transmitted"], title="Invoice CVA-25-004417", author="CVA Billing")
    b64 = base64.encodebytes(pdfb).decode("ascii")
    raw = T("""
        Return-Path: <billing@cascadevalley-ems.example.com>
        From: Cascade Valley Ambulance Billing <billing@cascadevalley-ems.example.com>
        To: Wendeline Prusak <wprusak@post.example.org>
        Subject: Invoice for ambulance transport on 02/26 (run CVA-25-004417)
        Date: Wed, 12 Mar 2025 10:03:27 -0700
        Message-ID: <20250312170327.CVA4417@cascadevalley-ems.example.com>
        MIME-Version: 1.0
        X-Mailer: BillRunner 3.2
        Content-Type: multipart/mixed; boundary="----=_CVA_Part_0001_4417"

        This is a multi-part message in MIME format.

        ------=_CVA_Part_0001_4417
        Content-Type: text/plain; charset="us-ascii"
        Content-Transfer-Encoding: 7bit

        Dear Wendeline Prusak,

        Your invoice for the emergency ambulance transport on 02/26 is
        attached. Medicare has paid its portion; the remaining balance is
        $1,484.26. If you have a supplemental plan, please call us with the
        details at 509-555-0109 and we will bill it for you.

        Cascade Valley Ambulance - Billing Office

        ------=_CVA_Part_0001_4417
        Content-Type: application/pdf; name="CVA-25-004417.pdf"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="CVA-25-004417.pdf"
        """) + "\n" + b64 + T("""
        ------=_CVA_Part_0001_4417--

        End of message.
        """)
    return raw


@msg("phi", "psoriasis-methotrexate-monitoring-labs", "Dermatology nurse reminds a named patient of methotrexate monitoring labs for psoriasis")
def _():
    m = new("Nurse Line - Northgate Dermatology <derm-rn@northgatehealth.example.com>",
            "Fenella Rasmussen-Ayo <fenella.ra@mail.example.com>",
            "Lab reminder - methotrexate")
    return body(m, T("""
        Hi Fenella, quick reminder that your methotrexate monitoring labs
        (CBC, liver panel, creatinine) are due this week - orders are in at
        any Northgate lab, no appointment needed. Your last ALT was 38.

        Keep taking folic acid 1 mg daily except on your methotrexate day.
        Your psoriasis follow-up with Dr. Petrossian is April 3.

        - Derm nurse line, 503-555-0186
        """))


@msg("phi", "colonoscopy-split-prep-instructions", "GI nurse sends a named patient split-dose bowel prep instructions for a scheduled colonoscopy")
def _():
    m = new('"Kestrel Valley Endoscopy" <endoscopy@kestrelvalley.example.net>',
            "Horatio Bellweather <hbellweather@mail.example.net>",
            "Colonoscopy prep instructions - Friday 7:30 am")
    body(m, T("""
        Dear Mr. Bellweather,

        Your colonoscopy with Dr. Iturbe is Friday at 7:30 am (arrive 6:30)
        at the Endoscopy Center, 2nd floor. Because you take apixaban, Dr.
        Iturbe asked that you stop it 2 days before (last dose Tuesday
        evening) - please confirm this with the cardiologist who prescribes
        it.

        5 DAYS BEFORE: stop iron pills and fiber supplements.
        1 DAY BEFORE (Thursday):
          - clear liquids only all day (no red or purple)
          - 6 pm: drink the first half of the PEG prep (2 liters) over 2 hours
        DAY OF PROCEDURE (Friday):
          - 2:30 am: drink the second half, finish by 4:30 am
          - nothing by mouth after 4:30 am
          - take your blood pressure pill with a sip of water

        You must have a driver. Questions: 509-555-0144.

        Kestrel Valley Endoscopy
        """))
    guide = T("""
        PREP CHECKLIST - Horatio Bellweather - colonoscopy Friday 07:30
        [ ] stop iron / fiber (Sunday)
        [ ] last apixaban Tuesday PM (confirm with cardiology)
        [ ] clear liquids Thursday
        [ ] dose 1 Thursday 18:00
        [ ] dose 2 Friday 02:30
        [ ] driver: ______________
        """)
    return att_text(m, guide, "plain", "prep_checklist.txt", disp="inline")


# =====================================================================
#                           RESTRICTED
# =====================================================================
# ---- mental health --------------------------------------------------

@msg("restricted", "psychiatry-lithium-bipolar-letter", "Psychiatrist letter to PCP about a named patient's bipolar I disorder and lithium level")
def _():
    m = new("Dr. Anselm Korhonen <akorhonen@summitbh.example.org>",
            "Dr. Imogen Sato <isato@riverbendfm.example.org>",
            "Shared patient - Marguerite Ellingsworth - lithium monitoring")
    return body(m, T("""
        Dear Dr. Sato,

        I saw our shared patient Marguerite Ellingsworth (DOB 10/05/1979) today
        for medication management of bipolar I disorder, most recent episode
        manic (resolved). She has been euthymic for 7 months on lithium
        carbonate ER 900 mg at bedtime and quetiapine 50 mg at bedtime.

        Today's labs: lithium 0.9 mmol/L (12-hour trough), creatinine 0.82,
        eGFR > 90, TSH 3.8 (up from 2.1 a year ago), calcium 9.6.

        Requests:
          1. Please avoid NSAIDs and ACE inhibitors/thiazides without
             checking with us - they raise lithium levels. She mentioned
             ibuprofen for knee pain; acetaminophen would be safer.
          2. Could you repeat TSH and free T4 in 3 months at her physical?

        She continues weekly psychotherapy with our clinic. Next psychiatry
        visit in 8 weeks.

        Sincerely,
        Anselm Korhonen, MD
        Summit Behavioral Health | 503-555-0120
        """))


@msg("restricted", "behavioral-health-therapy-session-reminder", "Behavioral health clinic reminds a named patient of her psychotherapy session")
def _():
    m = new('"Summit Behavioral Health" <reminders@summitbh.example.org>',
            "Linnea Castellanos-Reyes <linnea.cr@mail.example.net>",
            "Reminder: your appointment Thursday 5:00 pm")
    return body(m, T("""
        Hi Linnea,

        This is a reminder of your individual therapy session with Dana
        Whitlock, LCSW, on Thursday at 5:00 pm (50 minutes, in person,
        Suite 200). Please complete the PHQ-9 and GAD-7 check-in on the
        portal before your visit.

        Need to reschedule? Call 503-555-0120 at least 24 hours ahead.

        If you are in crisis, call or text 988.
        """))


@msg("restricted", "subject-only-phq9-escitalopram", "Restricted content only in subject: named patient's PHQ-9 score and antidepressant start; body is 'sounds good'")
def _():
    m = new("Rowan Alcott FNP <ralcott@riverbendfm.example.org>",
            "Dr. Wendell Pryce <wpryce@riverbendfm.example.org>",
            "Re: Daniel Cho - PHQ-9 of 19, starting escitalopram 10 + BH referral",
            irt=mid("cho-1", "riverbendfm.example.org"))
    return body(m, "sounds good, thx. will f/u in 4 wks\n\nR\n")


@msg("restricted", "eating-disorder-program-intake-summary", "Long intake summary for a named adolescent with anorexia nervosa in an eating disorder program")
def _():
    m = new("Dr. Sigrid Halvorsen-Watts <shalvorsen@cedarbrook-ed.example.org>",
            "Dr. Anneke Vos <avos@peds.northgatehealth.example.com>",
            "Intake summary - Clementine Ashby-Nakamura - PHP admission recommended",
            cc="intake@cedarbrook-ed.example.org")
    return body(m, T("""
        Dear Dr. Vos,

        Thank you for referring Clementine Ashby-Nakamura (DOB 07/21/2009, 15
        years) to the Cedarbrook Eating Disorders Program. She was seen for a
        multidisciplinary intake on Monday with her mother, Yuki Nakamura.

        IDENTIFICATION AND REASON FOR REFERRAL
        Fifteen-year-old 10th grader referred for weight loss of 9 kg over 7
        months, amenorrhea for 4 months, and restrictive eating after joining
        the cross-country team.

        HISTORY OF PRESENT ILLNESS
        Clementine describes starting to "eat clean" last spring. Over the
        summer she eliminated fats, then most carbohydrates, and now eats
        about 800 kcal/day: black coffee, an apple and yogurt at school, and
        steamed vegetables with a small amount of chicken at dinner. She
        runs 8-10 miles daily in addition to practice and does 200 sit-ups
        at night. She weighs herself up to six times a day. She denies
        binge eating, self-induced vomiting, laxative or diuretic use. She
        endorses intense fear of weight gain and feels her stomach and
        thighs are "huge" despite recognising that others say she is thin.

        PSYCHIATRIC REVIEW
        Low mood for several months, social withdrawal from friends, poor
        concentration. PHQ-A 14. Perfectionistic traits and checking
        behaviours around food labels. Passive thoughts that "everyone would
        be better off" without active suicidal ideation, intent or plan;
        safety plan completed with Clementine and her mother. No history of
        self-harm. No substance use.

        MEDICAL
        Height 165 cm, weight 42.9 kg, BMI 15.8 (about 78% of median BMI for
        age). Supine HR 46, standing HR 78; supine BP 92/58, standing 84/54.
        Temperature 35.9 C. Lanugo on forearms, acrocyanosis. ECG: sinus
        bradycardia 44, QTc 438. Labs: phosphorus 3.0, magnesium 1.9,
        potassium 3.6, glucose 68, AST 52, ALT 61, TSH normal, CBC with WBC
        3.1.

        DIAGNOSES
          - Anorexia nervosa, restricting type, severe (F50.01)
          - Unspecified depressive disorder, rule out MDD
          - Sinus bradycardia and orthostatic changes secondary to
            malnutrition

        FAMILY
        Parents separated; she lives with her mother and younger brother.
        Maternal aunt with a history of bulimia nervosa. Mother is engaged
        and supportive; father lives out of state and will join family
        sessions by video.

        RECOMMENDATIONS
          1. Her HR below 50 and orthostatic change meet criteria for medical
             stabilisation. We recommend a brief pediatric medical admission
             for refeeding with phosphorus monitoring, then step-down to our
             partial hospitalization program (PHP) 5 days/week.
          2. Family-based treatment (FBT) with Dr. Priya Venkataraman,
             starting in PHP.
          3. Dietitian-led meal plan starting at 1,800 kcal/day, increasing
             by 200-300 kcal every 48-72 h as tolerated.
          4. Activity restriction: no running or team practice until medically
             cleared.
          5. Re-evaluate mood after nutritional rehabilitation before
             considering an SSRI.
          6. Letter to school for temporary medical leave provided.

        We will call you tomorrow to coordinate the admission. Please call
        me directly on 503-555-0179 with any questions.

        With thanks,
        Sigrid Halvorsen-Watts, MD
        Child & Adolescent Psychiatry, Medical Director
        Cedarbrook Eating Disorders Program
        """) + "\n" + DISC_NG)


@msg("restricted", "hl7-adt-inpatient-psychiatry-admission", "HL7 ADT^A01 attachment admitting a named patient to inpatient psychiatry with schizophrenia diagnosis")
def _():
    m = new('"Bed Management" <bedmgmt@kestrelvalley.example.net>',
            '"BlueCrest Behavioral Health UM" <bh-um@bluecrest-plan.test>',
            "Admission notification - 3 West (ADT attached)")
    body(m, T("""
        Admission notification per contract, ADT message attached.
        Clinical review to follow from the unit social worker within one
        business day.

        Kestrel Valley Bed Management | 509-555-0116
        """))
    segs = [
        "MSH|^~\\&|KV_ADT|KVH|BLUECREST_UM|BCHP|20250309224510||ADT^A01^ADT_A01|KV2503092245100017|P|2.5.1",
        "EVN|A01|20250309224500",
        "PID|1||KV00417733^^^KVH^MR~BCH991203775^^^BCHP^MB||Ostrowski^Damian^P||19960418|M|||2210 Laurel Ave^^Yakima^WA^98902||509-555-0187",
        "PV1|1|I|3W^312^B^KVH^^^^PSYCH||||%s^Rahimi^Soraya^^^MD|||PSY||||7|||%s^Rahimi^Soraya^^^MD|IP|V00991877" % (npi("159204836"), npi("159204836")),
        "PV2|||^Involuntary hold - danger to self, command hallucinations",
        "DG1|1||F20.0^Paranoid schizophrenia^I10|||A",
        "DG1|2||Z91.19^Patient noncompliance with other medical treatment and regimen^I10|||S",
        "IN1|1|BCH-COMM|BCHP|BlueCrest Health Plan|||||||||||||||||||||||||||||||||BCH991203775",
    ]
    return att_bytes(m, ("\r".join(segs) + "\r").encode("ascii"), "application", "hl7-v2",
                     "ADT_A01_KV2503092245100017.hl7")


@msg("restricted", "spanish-ptsd-prolonged-exposure-therapy", "Spanish therapist note (UTF-8 QP) about a named patient's PTSD prolonged-exposure therapy")
def _():
    m = new("Lic. Mariela Fuentes Aranda <mfuentes@centro-bienestar.example.org>",
            "Dra. Carolina Ibarra <cibarra@clinica-familiar.example.org>",
            "Actualización de tratamiento – Sr. Esteban Villalobos Ruiz")
    return body(m, T("""
        Estimada Dra. Ibarra:

        Le escribo con el consentimiento firmado del Sr. Esteban Villalobos
        Ruiz (fecha de nacimiento 22/09/1985) para informarle sobre su
        tratamiento.

        El Sr. Villalobos cumple criterios de trastorno de estrés
        postraumático (TEPT) tras el accidente laboral de marzo. Hemos
        completado 7 de 12 sesiones de terapia de exposición prolongada. La
        puntuación PCL-5 ha bajado de 58 a 34. Persisten pesadillas 2-3
        noches por semana; las evitaciones han disminuido y ya volvió a
        conducir por la autopista.

        Sugiero valorar prazosina para las pesadillas si usted lo considera
        adecuado; continúa con sertralina 100 mg que usted le indicó.

        Quedo a su disposición.

        Lic. Mariela Fuentes Aranda, psicóloga clínica
        Centro de Bienestar Emocional · (559) 555-0190
        """), cte="quoted-printable")


@msg("restricted", "ocd-erp-progress-note-pdf", "OCD exposure-and-response-prevention progress note with Y-BOCS scores for a named patient (PDF)")
def _():
    m = new("Theo Lindgren-Abara PsyD <tlindgren@anchorpoint-ocd.example.com>",
            "Dr. Anselm Korhonen <akorhonen@summitbh.example.org>",
            "Progress note attached")
    body(m, "Dr. Korhonen - monthly progress note attached per our coordination agreement. Theo\n")
    lines = ["ANCHORPOINT OCD & ANXIETY CENTER - PROGRESS NOTE", "",
             "Client: Raphael Okonkwo-Sterling    DOB: 01/30/1998",
             "Diagnosis: Obsessive-compulsive disorder, good insight (F42.2)",
             "Treatment: Exposure and response prevention (ERP), 2x weekly, session 16", "",
             "Y-BOCS: baseline 29 (severe) -> today 17 (mild-moderate)", "",
             "Contamination hierarchy: now at step 7/10 (touching public door",
             "handles without washing for 60 min). Hand-washing down from ~40 to",
             "~12 times/day. Checking rituals (stove, locks) addressed next.", "",
             "Medication (per Dr. Korhonen): fluvoxamine 200 mg daily, tolerating.", "",
             "Plan: continue ERP; begin imaginal exposure for harm obsessions;",
             "family session with partner on accommodation.", "",
             "Theo Lindgren-Abara, PsyD, Licensed Psychologist"]
    return att_bytes(m, pdf(lines, title="Progress note", author="Anchorpoint"), "application", "pdf",
                     "progress_note_ROS_wk16.pdf")


@msg("restricted", "german-child-psychiatry-adhd-methylphenidate", "German child psychiatry letter (UTF-8, 8bit) about a named child's ADHD treatment with methylphenidate")
def _():
    m = new("Dr. med. Friederike Auerbach <auerbach@kjp-ambulanz.example.de.test>",
            "Praxis Dr. Jörg Hülsmann <praxis@huelsmann-allgemeinmedizin.example.de.test>",
            "Kurzbericht KJP: Leonard Brückner, geb. 14.11.2014 – ADHS")
    return body(m, T("""
        Sehr geehrter Herr Kollege Hülsmann,

        wir berichten über Leonard Brückner, geb. 14.11.2014, der sich am
        Montag in unserer kinder- und jugendpsychiatrischen Ambulanz
        vorstellte.

        Diagnose: Einfache Aktivitäts- und Aufmerksamkeitsstörung (ADHS,
        F90.0), gesichert durch Elternfragebogen, Lehrerbeurteilung und
        testpsychologische Untersuchung.

        Therapie: Nach ausführlicher Aufklärung der Eltern beginnen wir mit
        Methylphenidat retard 10 mg morgens, Steigerung auf 20 mg nach einer
        Woche bei guter Verträglichkeit. Parallel Elterntraining (8 Termine).

        Bitte kontrollieren Sie in 4 Wochen Blutdruck, Puls, Gewicht und
        Größe. Wiedervorstellung bei uns in 6 Wochen.

        Mit freundlichen Grüßen
        Dr. med. Friederike Auerbach
        Fachärztin für Kinder- und Jugendpsychiatrie
        Tel. 040 555-0145
        """), cte="8bit")


# ---- substance use (42 CFR Part 2) ----------------------------------

@msg("restricted", "methadone-clinic-frontdesk-intake-confirmation", "Sender 'Methadone Clinic Front Desk' confirms a named individual's intake appointment")
def _():
    m = new('"Harmon Street Methadone Clinic Front Desk" <frontdesk@harmonst-otp.example.org>',
            "Marcus Delahunt <marcus.delahunt@mail.example.com>",
            "Your appointment Monday 7:15 am")
    return body(m, T("""
        Hi Marcus,

        Confirming your intake Monday at 7:15 am. Please bring a photo ID,
        your insurance card if you have one, and a list of any medicines you
        take. Plan to be here about 3 hours. Don't worry if you don't have
        ID - come anyway and we'll work it out.

        Front desk - Harmon St
        971-555-0102
        """))


@msg("restricted", "buprenorphine-induction-note-oud", "Terse addiction-medicine note: named patient with opioid use disorder, COWS score, buprenorphine induction")
def _():
    m = new("Dr. Ines Kowalski-Oduya <ikowalski@bridgeclinic.kestrelvalley.example.net>",
            "bridge-team@bridgeclinic.kestrelvalley.example.net",
            "pt update - R. Tennant - induction today")
    return body(m, T("""
        Rory Tennant (MRN KV00429310) - OUD severe, fentanyl ~2 g/day smoked.
        last use 22h ago. COWS 14 @ 10:40 -> bup/nx 4/1 SL x2, COWS 5 @ 13:00.
        d/c home w/ bup/nx 8/2 films BID x7d, narcan kit x2, f/u thurs w/ me.
        UDS + fentanyl, + THC, neg benzo. Hep C Ab pending.
        peer recovery coach (Javi) met him, will call tmrw. housing form started.

        IK-O
        """) + "\n" + PART2_NOTICE)


@msg("restricted", "sublocade-monthly-injection-ics", "iCalendar invitation for a named patient's monthly Sublocade injection")
def _():
    m = new('"Cedar Path Recovery - Scheduling" <schedule@cedarpath.example.org>',
            "Tasha Brightwell <tasha.brightwell@inbox.example.net>",
            "Your next visit - calendar invite")
    body(m, "Hi Tasha, your next Sublocade injection is on the calendar invite attached. See you then! - Cedar Path\n")
    ics = T("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Cedar Path Recovery//Scheduling 2.1//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:cp-inj-20250407-4471@cedarpath.example.org
        DTSTAMP:20250310T160000Z
        DTSTART:20250407T163000Z
        DTEND:20250407T170000Z
        SUMMARY:Sublocade 100 mg monthly injection - Tasha Brightwell
        DESCRIPTION:Buprenorphine extended-release injection (month 5). Nurse
          visit + 10 min check-in with counselor. Bring insurance card.
        LOCATION:Cedar Path Recovery Center\\, 415 Fir St\\, Suite 2
        ORGANIZER;CN=Cedar Path Scheduling:mailto:schedule@cedarpath.example.org
        ATTENDEE;CN=Tasha Brightwell:mailto:tasha.brightwell@inbox.example.net
        BEGIN:VALARM
        TRIGGER:-P1D
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        END:VCALENDAR
        """).replace("\n", "\r\n")
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                     params={"method": "REQUEST", "charset": "utf-8"}, cte="base64")
    return m


@msg("restricted", "vivitrol-prior-auth-alcohol-use-disorder", "Prior auth (HTML form) for extended-release naltrexone for a named member's alcohol use disorder")
def _():
    m = new('"Cedar Path Recovery - Benefits" <benefits@cedarpath.example.org>',
            '"BlueCrest Pharmacy Prior Auth" <rx-pa@bluecrest-plan.test>',
            "PA request: naltrexone ER 380 mg - member BCH508817264")
    plain = T("""
        PRIOR AUTHORIZATION REQUEST
        Drug: naltrexone extended-release injectable suspension 380 mg IM every 4 weeks
        Member: Gregory Annunziata  |  ID BCH508817264  |  DOB 04/02/1973
        Diagnosis: F10.20 Alcohol use disorder, moderate-severe
        History: two alcohol withdrawal admissions last year, relapse on oral
        naltrexone due to missed doses; LFTs AST 48 / ALT 52; no opioid use
        (UDS negative). Engaged in outpatient counseling 2x/week.
        Prescriber: Dr. Ines Kowalski-Oduya

        """) + PART2_NOTICE
    html = T("""
        <html><body style="font-family:Arial;font-size:13px">
        <h3>PRIOR AUTHORIZATION REQUEST</h3>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><td><b>Drug</b></td><td>naltrexone ER 380 mg IM every 4 weeks</td></tr>
        <tr><td><b>Member</b></td><td>Gregory Annunziata</td></tr>
        <tr><td><b>Member ID</b></td><td>BCH508817264</td></tr>
        <tr><td><b>DOB</b></td><td>04/02/1973</td></tr>
        <tr><td><b>Diagnosis</b></td><td>F10.20 Alcohol use disorder, moderate-severe</td></tr>
        <tr><td><b>History</b></td><td>Two withdrawal admissions last year; relapse on oral naltrexone (adherence);
        AST 48 / ALT 52; UDS negative for opioids; outpatient counseling 2x/week.</td></tr>
        <tr><td><b>Prescriber</b></td><td>Dr. Ines Kowalski-Oduya</td></tr>
        </table>
        <p style="font-size:10px">42 CFR Part 2 protected information - redisclosure prohibited.</p>
        </body></html>
        """)
    return alt(m, plain, html)


@msg("restricted", "detox-admission-update-to-spouse-encrypt", "[encrypt]-tagged update to a consented spouse about a named patient's alcohol detox admission")
def _():
    m = new("Wren Castellano LICSW <wcastellano@cedarpath.example.org>",
            "Philippa Moreno-Haig <pmoreno.haig@post.example.org>",
            "[encrypt] Update on Julian")
    return body(m, T("""
        Hi Philippa,

        Julian signed a release so I can give you updates. He is settling in
        on our medically monitored withdrawal unit. His CIWA scores were up
        to 16 overnight and are now 6 on the scheduled chlordiazepoxide
        taper; no seizures. He's eating, and sleeping better tonight is the
        goal.

        Plan is 4-5 days on the unit, then step down to our residential
        program for 28 days if he agrees - he's leaning yes. Family session
        Thursday at 2 pm; you're welcome by phone or in person.

        Wren Castellano, LICSW
        Cedar Path Recovery Center | 503-555-0124
        """) + "\n" + PART2_NOTICE)


@msg("restricted", "iop-attendance-report-to-probation", "IOP attendance and toxicology report to a probation officer under Part 2 consent for a named client")
def _():
    m = new("Counselor Desmond Achebe-Rowe CADC <darowe@cedarpath.example.org>",
            "Officer Karina Vasquez <kvasquez@probation.marlow-county.test>",
            "Monthly treatment compliance - Tyrell Lundqvist")
    return body(m, T("""
        Officer Vasquez,

        Per the signed 42 CFR Part 2 consent on file (expires 09/30), monthly
        update for Tyrell Lundqvist (DOB 08/11/1991), enrolled in our
        intensive outpatient program (IOP) for stimulant and alcohol use
        disorders.

          Week   Groups attended   Individual   Urine drug screen
          1      3 / 3             1 / 1        negative
          2      3 / 3             1 / 1        negative
          3      2 / 3 (excused)   1 / 1        positive for alcohol (EtG)
          4      3 / 3             0 / 1        negative

        Mr. Lundqvist self-reported the drinking episode before the result
        and has engaged well since. Expected step-down to standard outpatient
        in 4 weeks.

        Desmond Achebe-Rowe, CADC II
        Cedar Path Recovery Center | 503-555-0125

        """) + PART2_NOTICE)


@msg("restricted", "contingency-management-rewards-csv", "Contingency-management reward log (CSV) naming participants with stimulant use disorder and urine results")
def _():
    m = new("Ji-woo Halloran <jhalloran@cedarpath.example.org>",
            "cm-program@cedarpath.example.org",
            "CM rewards this week - pls load gift cards")
    body(m, T("""
        Rewards for this week's CM visits attached. 3 negatives in a row for
        Lupe, so she hits the $25 tier. Please load the cards before Friday.

        Ji-woo
        """))
    csv = T("""
        participant,mrn,program,visit_date,sample,result,streak,reward_usd
        "Salcedo, Guadalupe",CP-10442,stimulant use disorder CM,03/10,urine,neg meth/cocaine,3,25
        "Barrow, Kendrick",CP-10519,stimulant use disorder CM,03/10,urine,pos methamphetamine,0,0
        "Whitlow, Anya",CP-10388,stimulant use disorder CM,03/11,urine,neg meth/cocaine,7,40
        "Okoro, Benedict",CP-10601,stimulant use disorder CM,03/11,urine,neg meth/cocaine,1,10
        """)
    return att_text(m, csv, "csv", "cm_rewards_wk11.csv")


@msg("restricted", "portuguese-acamprosate-alcohol-use-disorder", "Portuguese clinic letter (UTF-8 base64) on a named patient's acamprosate treatment for alcohol use disorder")
def _():
    m = new('"CAPS AD Vila Esperança" <atendimento@caps-vilaesperanca.example.br.test>',
            "Dr. Rodrigo Amaral <ramaral@ubs-alvorada.example.br.test>",
            "Contrarreferência – Sr. Joaquim Teixeira Barros")
    return body(m, T("""
        Prezado Dr. Rodrigo Amaral,

        Em resposta ao seu encaminhamento, informamos que o Sr. Joaquim
        Teixeira Barros (data de nascimento 03/12/1968, cartão SUS de
        conhecimento da unidade) está em acompanhamento no CAPS AD desde
        janeiro, com diagnóstico de transtorno por uso de álcool, grave.

        Concluiu a desintoxicação ambulatorial sem intercorrências. Iniciamos
        acamprosato 333 mg, 2 comprimidos três vezes ao dia, e tiamina. Está
        abstinente há 6 semanas e participa do grupo terapêutico às terças.

        Solicitamos controle de função renal e enzimas hepáticas na UBS em
        30 dias.

        Atenciosamente,
        Dra. Helena Quaresma – psiquiatra
        CAPS AD Vila Esperança · (11) 555-0165
        """), cte="base64")


# ---- HIV ------------------------------------------------------------

@msg("restricted", "hiv-viral-load-undetectable-portal", "ID clinic tells a named patient his HIV viral load is undetectable, CD4 count, ART refill")
def _():
    m = new('"Eastbrook ID Clinic" <portal@eastbrook-id.example.org>',
            "Kwame Asante-Whitley <kwame.aw@mail.example.net>",
            "Your lab results from Dr. Lindholm")
    plain = T("""
        Hi Kwame,

        Great news - your HIV viral load is still undetectable (<20
        copies/mL) and your CD4 count is 612 (31%). Kidney function is
        normal. Keep taking Biktarvy once a day; I sent 90 days of refills to
        the specialty pharmacy.

        See you in 6 months.
        Dr. Sten Lindholm
        Eastbrook ID Clinic | 206-555-0178
        """)
    html = T("""
        <html><body style="font-family:Arial">
        <p>Hi Kwame,</p>
        <p>Great news &ndash; your results:</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Test</th><th>Result</th></tr>
        <tr><td>HIV-1 RNA (viral load)</td><td>&lt;20 copies/mL (undetectable)</td></tr>
        <tr><td>CD4 absolute</td><td>612 cells/&micro;L</td></tr>
        <tr><td>CD4 %</td><td>31%</td></tr>
        <tr><td>Creatinine</td><td>0.98 mg/dL</td></tr>
        </table>
        <p>Keep taking Biktarvy once a day; 90 days of refills sent.</p>
        <p>Dr. Sten Lindholm</p>
        </body></html>
        """)
    return alt(m, plain, html, hcte="base64")


@msg("restricted", "prep-three-month-visit-reminder", "Reminder to a named patient that his 3-month PrEP visit with HIV and STI testing is due")
def _():
    m = new('"Eastbrook ID Clinic - PrEP Program" <prep@eastbrook-id.example.org>',
            "Mateus Ferreira-Quinlan <mateus.fq@inbox.example.com>",
            "Time for your 3-month check-in")
    return body(m, T("""
        Hi Mateus,

        It's been almost 3 months since you started PrEP (emtricitabine/
        tenofovir DF). Your next refill needs a visit with:

          - HIV test (4th generation) - required before we can refill
          - creatinine
          - 3-site gonorrhea/chlamydia testing and syphilis test

        Walk-in lab hours are Mon-Fri 8-5. You have 11 pills left according
        to the pharmacy. Book at 206-555-0178.

        - PrEP Navigator team
        """))


@msg("restricted", "specialty-pharmacy-dovato-shipment", "Specialty pharmacy shipping confirmation of an antiretroviral (Dovato) to a named patient, with tracking number")
def _():
    m = new('"Vantage Specialty Pharmacy" <shipping@vantage-specialty.example.com>',
            "Reginald Tsosie-Barnes <reggie.tb@mail.example.com>",
            "Your order has shipped - Rx 7740213")
    return alt(m, T("""
        Hi Reginald,

        Your order has shipped.

          Rx 7740213  DOVATO (dolutegravir 50 mg / lamivudine 300 mg) tablets, 90-day supply
          Ships to:   P.O. Box 812, Gallup NM 87301
          Carrier:    overnight, signature required, tracking 7723 9904 1187
          Copay:      $0.00 (copay card applied)

        Questions? Call a pharmacist 24/7 at 866-555-0126.
        """), T("""
        <html><body><h3>Your order has shipped</h3>
        <table border="1" cellpadding="3" cellspacing="0">
        <tr><td>Rx</td><td>7740213</td></tr>
        <tr><td>Medication</td><td>DOVATO (dolutegravir 50 mg / lamivudine 300 mg), 90-day supply</td></tr>
        <tr><td>Patient</td><td>Reginald Tsosie-Barnes</td></tr>
        <tr><td>Tracking</td><td>7723 9904 1187 (signature required)</td></tr>
        <tr><td>Copay</td><td>$0.00</td></tr></table>
        <p>Pharmacist 24/7: 866-555-0126</p></body></html>
        """))


@msg("restricted", "fhir-observation-hiv-rna", "FHIR Observation JSON (HIV-1 RNA) with contained Patient name and MRN")
def _():
    m = new('"Meridian Reference Lab - FHIR gateway" <fhir-gw@meridianlab.example.net>',
            "results-inbound@eastbrook-id.example.org",
            "Result notification - observation 4fa2")
    obs = {
        "resourceType": "Observation", "id": "4fa2c1d8-hivrna",
        "contained": [{"resourceType": "Patient", "id": "p1",
                       "identifier": [{"system": "urn:oid:2.16.840.1.113883.19.5.77", "value": "EB-0031877"}],
                       "name": [{"family": "Marchetti-Oyelowo", "given": ["Beatrice"]}],
                       "birthDate": "1987-03-19", "gender": "female"}],
        "status": "final",
        "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
        "code": {"coding": [{"system": "http://loinc.org", "code": "20447-9",
                             "display": "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection"}]},
        "subject": {"reference": "#p1"},
        "effectiveDateTime": "2025-03-07T10:20:00-08:00",
        "valueQuantity": {"value": 18400, "unit": "copies/mL", "system": "http://unitsofmeasure.org", "code": "{copies}/mL"},
        "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "H"}]}],
        "note": [{"text": "Rebound from <20 in November. Genotype resistance testing added per protocol."}],
    }
    body(m, "1 new observation attached.\n")
    return att_bytes(m, json.dumps(obs, indent=2).encode() + b"\n", "application", "fhir+json", "obs-4fa2.json")


@msg("restricted", "ryan-white-recertification-case-manager", "Case manager e-mail about a named client's HIV status for Ryan White program recertification")
def _():
    m = new("Lourdes Achterberg-Silva <lachterberg@eastbrook-id.example.org>",
            "benefits-counselor@eastbrook-id.example.org",
            "recert for Dwayne Pickering due 3/31")
    return body(m, T("""
        Hi Tomás,

        Dwayne Pickering's Ryan White recertification is due 3/31. I have his
        proof of HIV diagnosis (lab letter from 2019) and his latest viral
        load (undetectable, 02/14), but still need the income letter from his
        new job and a current lease. He's also asking about ADAP coverage for
        his Genvoya since his employer plan starts in May - can you check if
        he qualifies for premium assistance instead?

        His phone changed: 206-555-0173.

        Lourdes, Medical Case Manager
        """))


@msg("restricted", "reply-chain-new-hiv-diagnosis-linkage", "PCP and ID physician reply chain about a named patient's new HIV diagnosis and linkage to care (attached as rfc822)")
def _():
    d0 = "Thu, 06 Mar 2025 16:40:02 -0800"
    first = inner("Dr. Wendell Pryce <wpryce@riverbendfm.example.org>",
                  "Dr. Sten Lindholm <slindholm@eastbrook-id.example.org>",
                  "new HIV+ - can you see him this week?", d0, T("""
                      Sten,

                      Osvaldo Brinkerhoff (DOB 11/21/1994) screened reactive on the
                      4th-gen Ag/Ab at his physical; the differentiation assay
                      confirmed HIV-1. Viral load pending. He's shaken but keen to
                      start treatment. Any chance of a slot this week? He's OK with
                      me sharing his info with your clinic.

                      Wendell
                      """), "hivdx-0")
    m = new("Dr. Sten Lindholm <slindholm@eastbrook-id.example.org>",
            "Dr. Wendell Pryce <wpryce@riverbendfm.example.org>",
            "Re: new HIV+ - can you see him this week?",
            irt=mid("hivdx-0", "riverbendfm.example.org"))
    body(m, T("""
        Wendell - yes. Our rapid-start nurse will call him today; we can see
        him Monday 9 am and start bictegravir/FTC/TAF same day after baseline
        labs (genotype, HLA not needed, hep B serologies, CD4). Please send
        the confirmatory result. Our partner services nurse will talk with
        him about notifying partners - he doesn't have to do it alone.

        Original message attached for our records.

        Sten
        """))
    return att_msg(m, first)


@msg("restricted", "chinese-big5-hiv-viral-load-report", "Traditional Chinese (Big5 base64) clinic report of a named patient's HIV viral load and ART adherence")
def _():
    m = new(f'{enc("康和感染科診所", "big5")} <service@kanghe-clinic.example.tw.test>',
            f'{enc("林志明", "big5")} <zhiming.lin@mail.example.tw.test>',
            enc("您的檢驗報告 - 病毒量追蹤", "big5"))
    return body(m, T("""
        林志明 先生 您好：

        您於三月三日抽血之檢驗結果如下：

          HIV 病毒量：48 copies/mL（上次：低於偵測極限）
          CD4 淋巴球：455 cells/uL
          肝腎功能：正常

        病毒量輕微上升，請務必每日按時服用抗病毒藥物，
        勿自行停藥。醫師安排於一個月後複檢，
        並請於下次回診時與個管師討論服藥情形。

        康和感染科診所
        電話：02-555-0179
        """), cs="big5", cte="base64")


# ---- genetic --------------------------------------------------------

@msg("restricted", "brca2-pathogenic-variant-result-pdf", "Genetic test report (PDF) with a named patient's pathogenic BRCA2 variant")
def _():
    m = new('"Lumen Genetics Laboratory" <reports@lumengenetics.example.net>',
            "Dr. Ngozi Achebe-Warrick <nachebe@cancer.staurelia.example.org>",
            "Report available - LG-25-118834")
    body(m, T("""
        The report for accession LG-25-118834 is attached. A genetic
        counsellor is available to discuss results with you or your patient:
        888-555-0161.
        """))
    lines = ["LUMEN GENETICS LABORATORY - HEREDITARY CANCER PANEL (36 genes)", "",
             "Patient: Philippa Rosenthal-Achebe    DOB: 02/17/1982    Sex: F",
             "Accession: LG-25-118834    Specimen: blood    Collected: 02/24",
             "Ordering provider: Ngozi Achebe-Warrick, MD", "",
             "RESULT: POSITIVE - PATHOGENIC VARIANT IDENTIFIED", "",
             "Gene: BRCA2    Variant: c.5946delT (p.Ser1982Argfs*22)    Zygosity: heterozygous",
             "Classification: Pathogenic", "",
             "Interpretation: This result is consistent with hereditary breast and",
             "ovarian cancer syndrome. Lifetime risks are increased for breast,",
             "ovarian, pancreatic and other cancers. Management guidelines include",
             "enhanced breast screening with MRI and discussion of risk-reducing",
             "salpingo-oophorectomy. First-degree relatives have a 50% chance of",
             "carrying this variant; cascade testing is recommended.", "",
             "No other pathogenic variants or VUS were identified.", "",
             "Laboratory director: Aurelio Fanning, PhD, FACMG"]
    return att_bytes(m, pdf(lines, title="LG-25-118834", author="Lumen Genetics"), "application", "pdf",
                     "LG-25-118834_report.pdf")


@msg("restricted", "lynch-syndrome-genetic-counselling-appointment", "Genetic counselling appointment for a named patient with family history suggestive of Lynch syndrome")
def _():
    m = new("Odalys Fenwick MS CGC <ofenwick@lumengenetics.example.net>",
            "Bartholomew Quist <bart.quist@mail.example.org>",
            "Your genetic counselling appointment")
    return body(m, T("""
        Dear Bartholomew,

        Thank you for scheduling. Your video genetic counselling session with
        me is Wednesday at 10:00 am (60 minutes).

        Dr. Iturbe referred you because your colon polyp showed loss of MLH1
        and PMS2 on immunohistochemistry and your mother and uncle had colon
        cancer in their 40s - a pattern that can be seen with Lynch
        syndrome. We'll go over your family tree, what testing of MLH1,
        MSH2, MSH6, PMS2 and EPCAM could show, and what it could mean for
        your children.

        Before the session, please fill in the family history questionnaire
        (link in the portal) and, if you can, find out the ages at which your
        relatives were diagnosed.

        Odalys Fenwick, MS, CGC
        Lumen Genetics | 888-555-0161
        """))


@msg("restricted", "cystic-fibrosis-carrier-screening-result", "Carrier screening result: named patient is a CFTR F508del carrier; partner testing recommended")
def _():
    m = new('"Willow Women\'s Health - Results" <results@willowwh.example.org>',
            "Annika Thorvaldsen <annika.thorvaldsen@inbox.example.net>",
            "Your carrier screening results")
    return body(m, T("""
        Hi Annika,

        Your expanded carrier screening results are back. You are a carrier
        of one cystic fibrosis variant (CFTR F508del). Carriers are healthy
        and this does not affect your own health. No other carrier results
        were found among the 274 conditions tested.

        Because cystic fibrosis happens only when a child inherits a variant
        from both parents, we recommend that your partner, Lars, have CFTR
        carrier testing. If you'd like, our genetic counsellor can meet with
        you both - call 425-555-0184.

        Dr. Celeste Marwood, OB/GYN
        """))


@msg("restricted", "huntington-predictive-testing-consent-filename", "Forms e-mail whose attachment file name names the patient and Huntington predictive testing")
def _():
    m = new("Odalys Fenwick MS CGC <ofenwick@lumengenetics.example.net>",
            '"Neurogenetics Clinic" <neurogenetics@staurelia.example.org>',
            "forms for Thursday's session 2")
    body(m, "Signed forms for Thursday attached. Support person will attend by video. -Odalys\n")
    form = pdf(["CONSENT FORM - page 1 of 2", "", "[signature page scanned]"], title="consent", author="scan")
    return att_bytes(m, form, "application", "pdf",
                     "Delacourt_Amelie_Huntington_predictive_testing_consent_session2.pdf")


@msg("restricted", "cyp2c19-poor-metabolizer-pgx-result", "Pharmacogenomic result: named patient is a CYP2C19 poor metabolizer, clopidogrel switched")
def _():
    m = new("Yusra Haddadin PharmD <yhaddadin@pgx.staurelia.example.org>",
            "Dr. Amara Lindgren <alindgren@staurelia.example.org>",
            "PGx consult - Ferdinand Oyelaran - CYP2C19 *2/*2")
    return body(m, T("""
        Dr. Lindgren,

        Pharmacogenomic consult for Ferdinand Oyelaran (MRN SAMC-1477021,
        DOB 08/30/1961), s/p drug-eluting stent to the LAD on 03/02:

          CYP2C19 genotype: *2/*2  ->  poor metabolizer
          CYP2C9 *1/*1, SLCO1B1 *1/*1, VKORC1 -1639 GG

        Poor metabolizers form little active clopidogrel and have a higher
        risk of stent thrombosis. Recommend switching clopidogrel 75 mg to
        ticagrelor 90 mg BID (no loading dose needed if within 7 days of the
        last clopidogrel dose per our protocol), continue aspirin 81 mg.

        The result has been added to his genomic indicators in the chart.
        Ferdinand's brother may wish to discuss testing with his own doctor.

        Yusra Haddadin, PharmD, BCPS - Pharmacogenomics Service x0142
        """))


@msg("restricted", "hl7-oru-hfe-c282y-homozygous", "HL7 ORU (attachment) with a named patient's HFE genotype C282Y homozygous")
def _():
    m = new('"Meridian Reference Lab - Outbound" <hl7-out@meridianlab.example.net>',
            "lab-results@riverbendfm.example.org",
            "Result file MRL-OUT-20250307-0091")
    body(m, "1 result message attached (ORU^R01). Receiving system could not pick up the file from SFTP; sent by e-mail per downtime procedure.\n")
    segs = [
        "MSH|^~\\&|MERIDIAN_LIS|MRL|RFM_EHR|RFM|20250307140211||ORU^R01^ORU_R01|MRL20250307-000091|P|2.5.1",
        "PID|1||RFM-0083319^^^RFM^MR||Duquesne^Cornelius^A||19700602|M",
        "ORC|RE|RFM-ORD-7781|MRL-66120",
        "OBR|1|RFM-ORD-7781|MRL-66120|81256^HFE gene analysis common variants^CPT|||20250303090000|||||||||%s^Sato^Imogen" % npi("145602218"),
        "OBX|1|CWE|21695-5^HFE gene c.845G>A [Presence] in Blood or Tissue by Molecular genetics method^LN||LA6706-1^Homozygous^LN||||A|||F",
        "OBX|2|CWE|21696-3^HFE gene c.187C>G [Presence]^LN||LA6705-3^Negative^LN||||N|||F",
        "OBX|3|TX|51969-4^Genetic analysis report^LN||HFE C282Y/C282Y homozygous, consistent with HFE-related hereditary hemochromatosis. Genetic counseling and testing of siblings recommended.||||||F",
        "OBX|4|NM|2276-4^Ferritin^LN||1180|ng/mL|24-336|H|||F",
    ]
    return att_bytes(m, ("\r".join(segs) + "\r").encode("ascii"), "application", "hl7-v2",
                     "MRL-OUT-20250307-0091.hl7")


@msg("restricted", "french-familial-hypercholesterolemia-ldlr", "French letter (ISO-8859-15 base64) about a named patient's LDLR variant and family genetic counselling")
def _():
    m = new(f'{enc("Consultation de génétique - CHU de Lorvennes", "iso-8859-1")} <genetique@chu-lorvennes.example.fr.test>',
            "Dr Amélie Roussel <a.roussel@medecin-generaliste.example.fr.test>",
            enc("Résultat génétique - Mme Solène Kerbrat", "iso-8859-1"))
    return body(m, T("""
        Chère consœur,

        Nous avons reçu le résultat de l'analyse génétique de votre patiente,
        Mme Solène Kerbrat, née le 09/06/1990, prélevée en consultation de
        génétique le mois dernier.

        Un variant pathogène hétérozygote du gène LDLR, c.1646G>A
        (p.Gly549Asp), a été identifié. Ce résultat confirme le diagnostic
        d'hypercholestérolémie familiale hétérozygote (LDL-c à 2,6 g/L).

        Nous recommandons l'intensification du traitement hypolipémiant
        (rosuvastatine 20 mg, puis ajout d'ézétimibe si nécessaire) et un
        dépistage en cascade chez ses deux enfants et sa sœur. Mme Kerbrat a
        reçu une lettre d'information à transmettre à sa famille.

        Bien confraternellement,
        Dr Yannick Le Goff, généticien
        Tél. 02 55 50 13 38
        """), cs="iso-8859-15", cte="base64")


# ---- reproductive health --------------------------------------------

@msg("restricted", "medication-abortion-follow-up-hcg", "Clinic follow-up with a named patient after medication abortion (mifepristone/misoprostol), hCG check")
def _():
    m = new('"Willow Women\'s Health - Nurse Line" <nurseline@willowwh.example.org>',
            "Delphine Okafor-Reyes <delphine.or@mail.example.com>",
            "Checking in after your visit")
    return body(m, T("""
        Hi Delphine,

        Checking in after your medication abortion last week (mifepristone
        in clinic on Tuesday, misoprostol at home on Wednesday). From your
        portal message it sounds like the bleeding has slowed to a light
        period - that's expected.

        Your follow-up urine hCG test is in the kit we gave you; please take
        it on the 28th (4 weeks after mifepristone) and send us the result
        through the portal. Call right away for soaking 2 or more pads an
        hour for 2 hours, fever over 100.4 lasting more than 24 hours, or
        severe pain.

        If you'd like to start birth control, we can set that up at any
        time.

        Willow Women's Health nurse line | 425-555-0184 (24 h)
        """))


@msg("restricted", "iud-insertion-contraception-appointment", "Appointment for a named patient's contraception counselling and levonorgestrel IUD insertion")
def _():
    m = new('"Willow Women\'s Health Scheduling" <scheduling@willowwh.example.org>',
            "Maribel Thornquist <maribel.t@inbox.example.com>",
            "Appointment confirmed: IUD insertion - Friday 3:40 pm")
    return body(m, T("""
        Hi Maribel,

        Your appointment with Dr. Celeste Marwood is confirmed for Friday at
        3:40 pm for contraception counselling and levonorgestrel IUD (Mirena)
        insertion.

        Tips: take ibuprofen 600 mg with food an hour before. We'll do a
        urine pregnancy test at check-in. Your insurance covers the IUD and
        insertion at no cost.

        Willow Women's Health | 425-555-0184
        """))


@msg("restricted", "ivf-stim-monitoring-trigger-instructions", "IVF monitoring results (estradiol, follicles) and trigger/retrieval instructions for a named patient")
def _():
    m = new("Nurse Ophira Castellanos <ocastellanos@baysidefertility.example.com>",
            "Hyun-ji Abernathy <hyunji.abernathy@mail.example.net>",
            "Day 10 monitoring - TRIGGER TONIGHT")
    return body(m, T("""
        Hi Hyun-ji,

        Today's monitoring (stim day 10):
          Estradiol 1,850 pg/mL, LH 1.2, progesterone 0.6
          Right ovary: 19, 18, 17, 16, 15, 14 mm
          Left ovary:  20, 18, 17, 15, 13, 11 mm

        Dr. Iwasaki says you're ready!
          * TONIGHT at exactly 9:30 pm: Ovidrel 250 mcg + leuprolide 40 units
            (dual trigger). No more Gonal-F or Menopur.
          * Continue nothing else tonight.
          * Egg retrieval Friday at 8:00 am (arrive 7:15). Nothing to eat or
            drink after midnight. Your partner's sample is due at 8:00 am.

        Please reply "got it" so we know you received this.

        Ophira, RN - Bayside Fertility Center | 650-555-0182
        """))


@msg("restricted", "egg-freezing-cycle-statement-html", "Statement (HTML table) for a named patient's oocyte cryopreservation cycle with account number")
def _():
    m = new('"Bayside Fertility Center - Financial Services" <billing@baysidefertility.example.com>',
            "Rosalie Vandermolen <rosalie.vdm@post.example.org>",
            "Statement for account BFC-220417")
    html = T("""
        <html><body style="font-family:Georgia;font-size:13px">
        <p>Dear Rosalie Vandermolen,</p>
        <p>Thank you for choosing Bayside Fertility Center. Below is your statement for account <b>BFC-220417</b>.</p>
        <table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
        <tr style="background:#f1e9f5"><th>Date</th><th>Service</th><th>Amount</th></tr>
        <tr><td>01/06</td><td>Fertility consultation and AMH / antral follicle count</td><td>$450.00</td></tr>
        <tr><td>01/20-01/30</td><td>Ovarian stimulation monitoring (6 visits)</td><td>$1,800.00</td></tr>
        <tr><td>02/01</td><td>Oocyte retrieval with anesthesia</td><td>$6,900.00</td></tr>
        <tr><td>02/01</td><td>Oocyte vitrification (14 mature eggs)</td><td>$1,500.00</td></tr>
        <tr><td>02/01</td><td>Storage, first year</td><td>$600.00</td></tr>
        <tr><td></td><td>Employer fertility benefit payment</td><td>-$8,000.00</td></tr>
        <tr><td></td><td><b>Balance due</b></td><td><b>$3,250.00</b></td></tr>
        </table>
        <p>Annual storage renews each February. Questions: 650-555-0181.</p>
        </body></html>
        """)
    body(m, "Your statement for account BFC-220417 (oocyte cryopreservation cycle) is below. Balance due: $3,250.00.\n")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    return m


@msg("restricted", "sti-chlamydia-positive-doxycycline", "Portal result: named patient positive for chlamydia, doxycycline prescribed, partner treatment")
def _():
    m = new('"Riverbend Family Medicine - MyRiverbend" <noreply-portal@riverbendfm.example.org>',
            "Tobias Engstrom-Haile <tobias.eh@mail.example.com>",
            "Message from NP Rowan Alcott")
    return body(m, T("""
        Hi Tobias,

        Your urine test from Monday was positive for chlamydia. Gonorrhea,
        syphilis and HIV tests were negative. Chlamydia is common and easy to
        treat:

          * doxycycline 100 mg twice a day for 7 days (sent to Lakeshore
            Pharmacy on Elm St)
          * no sex for 7 days after you finish and until partners are treated
          * your partner(s) from the last 60 days should be treated too - I
            can send a prescription for them (expedited partner therapy);
            just reply with their name and date of birth

        Please repeat the test in 3 months.

        Rowan Alcott, FNP
        """))


@msg("restricted", "german-health-office-syphilis-contact", "German health-office letter (ISO-8859-1 base64) to a named person about a positive syphilis test and partner notification")
def _():
    m = new(f'{enc("Gesundheitsamt Süderelbe", "iso-8859-1")} <sexuelle-gesundheit@gesundheitsamt-suederelbe.example.de.test>',
            "Herrn Malte Johannsen <malte.johannsen@post.example.de.test>",
            enc("Ihr Befund vom 04.03. - bitte Rückruf", "iso-8859-1"))
    return body(m, T("""
        Sehr geehrter Herr Johannsen,

        Ihr Bluttest vom 04.03. in unserer Beratungsstelle war positiv für
        Syphilis (TPPA reaktiv, VDRL 1:32). Die Behandlung mit
        Benzathin-Penicillin kann bei uns kostenlos erfolgen.

        Bitte vereinbaren Sie möglichst bis Freitag einen Termin unter
        040 555-0150. Wir besprechen dann auch, wie Ihre Sexualpartner
        informiert werden können - auf Wunsch anonym über uns.

        Mit freundlichen Grüßen
        Dr. med. Katrin Oldenburg
        Beratungsstelle sexuelle Gesundheit
        """), cs="iso-8859-1", cte="base64")


@msg("restricted", "depo-provera-injection-due-sms-style", "Short reminder that a named patient's Depo-Provera contraceptive injection is due")
def _():
    m = new('"Willow Women\'s Health" <reminders@willowwh.example.org>',
            "Keisha Lindqvist <keisha.lindqvist@inbox.example.net>",
            "Depo shot due")
    return body(m, "Keisha: your Depo-Provera shot is due between 4/2 and 4/16. Book a nurse visit: 425-555-0184. Reply STOP to opt out.\n")


@msg("restricted", "spanish-semen-analysis-fertility", "Spanish fertility clinic result (ISO-8859-1 QP) of a named man's semen analysis")
def _():
    m = new(f'{enc("Unidad de Reproducción Asistida - Clínica Marítima", "iso-8859-1")} <reproduccion@clinica-maritima.example.es.test>',
            "Sr. Álvaro Pizarro Montalbán <alvaro.pizarro@correo.example.es.test>",
            enc("Resultado de su seminograma", "iso-8859-1"))
    return body(m, T("""
        Estimado Sr. Pizarro Montalbán:

        Le adjuntamos el resultado de su seminograma del día 5, dentro del
        estudio de fertilidad de pareja que realizan con la Dra. Nerea Goikoetxea.

          Volumen: 2,8 mL
          Concentración: 9 millones/mL (referencia: 16 o más)
          Movilidad progresiva: 24 % (referencia: 30 % o más)
          Formas normales: 3 % (referencia: 4 % o más)

        Conclusión: oligoastenoteratozoospermia leve. La doctora le propone
        repetir el estudio en 3 meses y comentar las opciones de tratamiento
        (inseminación o FIV con ICSI) en la próxima consulta.

        Unidad de Reproducción Asistida
        Tel. 96 555 01 77
        """), cs="iso-8859-1", cte="quoted-printable")


# =====================================================================
#                         build + validate
# =====================================================================
ALLOWED_DOM = re.compile(r"(\.|^)(example\.com|example\.org|example\.net|[a-z0-9.-]*\.test)$", re.I)


def _encode_tokens(data):
    def rep(mo):
        tok = mo.group(0).decode()
        s, cs = _TOK[tok]
        return Header(s, cs).encode(linesep="\r\n", maxlinelen=76).encode("ascii")
    return re.sub(rb"ENCW\d{4}Z", rep, data)


def _fix_folds(data):
    """email's folder sometimes emits 'Subject:' CRLF SP text; join that and
    refold long plain Subject lines at a space instead."""
    head, sep, rest = data.partition(b"\r\n\r\n")
    head = re.sub(rb"(?m)^([!-9;-~]+):\r\n[ \t]+", rb"\1: ", head)
    lines = head.split(b"\r\n")
    out = []
    for ln in lines:
        if ln.lower().startswith(b"subject: ") and len(ln) > 78 and b"=?" not in ln:
            while len(ln) > 78:
                cut = ln.rfind(b" ", 10, 77)
                if cut < 0:
                    break
                out.append(ln[:cut])
                ln = ln[cut:]
        out.append(ln)
    return b"\r\n".join(out) + sep + rest


def serialise(label, slug, fn, n):
    random.seed(n * 7919 + 17)          # deterministic MIME boundaries
    res = fn()
    if isinstance(res, str):
        res = res.encode("utf-8")
    if isinstance(res, bytes):
        data = res.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    else:
        m = res
        frm = str(m["From"])
        dom = re.search(r"@([\w.-]+)", frm).group(1)
        if m["Date"] is None:
            m["Date"] = DATES.get(slug) or date_for(slug, dom)
        if m["Message-ID"] is None:
            m["Message-ID"] = mid(slug, dom)
        if m["MIME-Version"] is None:
            m["MIME-Version"] = "1.0"
        data = m.as_bytes(policy=POL)
    return _fix_folds(_encode_tokens(data))


PHONE = re.compile(r"(?<![\d.])(\d{3})[ .-](\d{4})(?![\d])")
ADDR = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def _check_text(t, errs, where):
    for mo in PHONE.finditer(t):
        if not (mo.group(1) == "555" and mo.group(2).startswith("01")):
            errs.append("%s: phone-like number %r" % (where, mo.group(0)))
    for mo in ADDR.finditer(t):
        d = mo.group(1).lower().rstrip(".")
        if not ALLOWED_DOM.search(d):
            errs.append("%s: address domain %r" % (where, d))
    for mo in re.finditer(r"https?://([\w.-]+)", t):
        d = mo.group(1).lower()
        if not ALLOWED_DOM.search(d) and d not in ("terminology.hl7.org", "hl7.org", "loinc.org",
                                                    "snomed.info", "www.w3.org", "www.nlm.nih.gov",
                                                    "unitsofmeasure.org"):
            errs.append("%s: url host %r" % (where, d))


def validate(path):
    errs = []
    data = open(path, "rb").read()
    if len(data) >= 200 * 1024:
        errs.append("size %d" % len(data))
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("bare CR or LF")
    for i, line in enumerate(data.split(b"\r\n")):
        if len(line) > 998:
            errs.append("line %d longer than 998" % i)
    if b"ENCW" in data:
        errs.append("unreplaced header token")
    m = email.message_from_bytes(data, policy=DEFAULT_POLICY)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if m[h] is None:
            errs.append("missing header " + h)
    for part in m.walk():
        if part.defects:
            errs.append("defects %r in %s" % (part.defects, part.get_content_type()))
        # raw header bytes must be ASCII; encoded words must decode strictly
        for k, v in part.items():
            raw = part.get_all(k)
            try:
                str(v).encode("utf-8")
            except Exception as e:
                errs.append("header %s: %s" % (k, e))
            if getattr(v, "defects", None):
                errs.append("header %s defects %r" % (k, v.defects))
        for k, rawv in part._headers:
            if any(ord(c) > 127 for c in rawv):
                errs.append("non-ascii raw header " + k)
            for cs, ew_enc, payload in re.findall(r"=\?([^?]+)\?([bBqQ])\?([^?]*)\?=", rawv):
                try:
                    from email.header import decode_header
                    for b_, c_ in decode_header("=?%s?%s?%s?=" % (cs, ew_enc, payload)):
                        if isinstance(b_, bytes):
                            b_.decode(c_ or "ascii")
                except Exception as e:
                    errs.append("bad encoded-word in %s: %s" % (k, e))
        for k in ("From", "To", "Cc", "Reply-To"):
            for v in part.get_all(k) or []:
                for a in getattr(v, "addresses", []):
                    if not ALLOWED_DOM.search(a.domain.lower()):
                        errs.append("address domain %s in %s" % (a.domain, k))
                _check_text(str(v), errs, k)
        if part.is_multipart():
            b = part.get_boundary()
            if part.get_content_maintype() == "multipart":
                if not b:
                    errs.append("multipart without boundary")
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        raw = part.get_payload(decode=False)
        if isinstance(raw, str):
            lines = raw.split("\n")
            if cte == "base64":
                if any(len(l.rstrip("\r")) > 76 for l in lines):
                    errs.append("base64 line > 76")
                try:
                    base64.b64decode("".join(raw.split()), validate=True)
                except Exception as e:
                    errs.append("base64: %s" % e)
            elif cte == "quoted-printable":
                if any(len(l.rstrip("\r")) > 76 for l in lines):
                    errs.append("qp line > 76")
                if re.search(r"=(?![0-9A-F]{2}|\r?$)", raw, re.M):
                    errs.append("bad qp escape")
            elif cte == "7bit":
                if any(ord(c) > 127 for c in raw):
                    errs.append("8-bit data in 7bit part")
        payload = part.get_payload(decode=True) or b""
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            try:
                txt = payload.decode(cs)
            except Exception as e:
                errs.append("charset %s does not decode: %s" % (cs, e))
                txt = payload.decode(cs, "replace")
            part.get_content()
            _check_text(txt, errs, ctype)
            if ctype == "text/calendar" and "BEGIN:VCALENDAR" not in txt:
                errs.append("calendar without VCALENDAR")
        else:
            part.get_content()
            if ctype.endswith("json"):
                try:
                    txt = payload.decode("utf-8")
                    json.loads(txt)
                    _check_text(txt, errs, ctype)
                except Exception as e:
                    errs.append("json: %s" % e)
            elif ctype.endswith("xml"):
                import xml.etree.ElementTree as ET
                try:
                    ET.fromstring(payload)
                    _check_text(payload.decode("utf-8"), errs, ctype)
                except Exception as e:
                    errs.append("xml: %s" % e)
            elif ctype == "application/pdf":
                if not (payload.startswith(b"%PDF-") and payload.rstrip().endswith(b"%%EOF")):
                    errs.append("pdf framing")
                _check_text(payload.decode("latin-1"), errs, ctype)
            elif ctype.startswith("application/") and "hl7" in ctype:
                _check_text(payload.decode("latin-1"), errs, ctype)
    return errs


def main():
    slugs = [s for _, s, _, _ in REG]
    assert set(DATES) <= set(slugs), set(DATES) - set(slugs)
    dup = {s for s in slugs if slugs.count(s) > 1}
    assert not dup, dup
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    items = list(REG)
    random.Random(3303).shuffle(items)
    rows, bad = [], 0
    counts = {l: 0 for l in LABELS}
    traps = 0
    for n, (label, slug, reason, fn) in enumerate(items, 1):
        assert not slug.startswith("trap-") or label == "none", slug
        assert "\t" not in reason and "\n" not in reason
        fname = "%s-%03d-%s.eml" % (PREFIX, n, slug)
        data = serialise(label, slug, fn, n)
        path = os.path.join(HERE, label, fname)
        with open(path, "wb") as fh:
            fh.write(data)
        errs = validate(path)
        if errs:
            bad += 1
            print("FAIL", label + "/" + fname)
            for e in errs:
                print("   ", e)
        rows.append("%s/%s\t%s\t%s" % (label, fname, label, reason))
        counts[label] += 1
        traps += slug.startswith("trap-")
    with open(os.path.join(HERE, "labels-%s.tsv" % PREFIX), "w", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages: %s, traps=%d, failures=%d" % (len(rows), counts, traps, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
