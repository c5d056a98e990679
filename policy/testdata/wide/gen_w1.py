#!/usr/bin/env python3
"""Deterministic generator for the w1 slice of the 'wide' synthetic mail set.

Everything in here is invented: people, organisations, addresses, phone
numbers (555-01xx), identifiers. Domains are under example.com/.org/.net
or the .test TLD.  Running `python3 gen_w1.py` deletes this writer's own
w1-*.eml files, rewrites them, rewrites labels-w1.tsv and re-validates
every file by parsing it back with email.policy.default.
"""
import base64
import glob
import hashlib
import os
import re
import struct
import sys
import zlib
import random
from datetime import datetime, timezone, timedelta
from email import policy
from email.message import EmailMessage
from email.headerregistry import Address
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr, getaddresses

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'w1'
LABELS = ('none', 'phi', 'restricted')
MESSAGES = []
# 76 keeps quoted-printable / heuristic line lengths within RFC 2045 limits
POL = policy.default.clone(max_line_length=76)


# ----------------------------------------------------------------- helpers

def dt(y, mo, d, h, mi, off=-5, s=0):
    """RFC 5322 date string with a fixed offset (hours, may be fractional)."""
    tz = timezone(timedelta(minutes=int(off * 60)))
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=tz))


def npi(base9):
    """Append the Luhn check digit computed over the 80840 prefix."""
    s = '80840' + base9
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base9 + str((10 - total % 10) % 10)


def dea(letters, six):
    d = [int(c) for c in six]
    s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return letters + six + str(s % 10)


def pdf_bytes(lines, title='Document'):
    """A small, valid one-page PDF with Helvetica text lines."""
    def esc(t):
        return t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 10 Tf', '12 TL', '54 740 Td']
    for ln in lines:
        ops.append('(%s) Tj T*' % esc(ln))
    ops.append('ET')
    stream = ('\n'.join(ops) + '\n').encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
        b'/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'endstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        ('<< /Title (%s) /Producer (w1 fixture) >>' % esc(title)).encode('latin-1'),
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, xref))
    return bytes(out)


def png_bytes(w, h, rgb_fn):
    """Tiny deterministic PNG; rgb_fn(x, y) -> (r, g, b)."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(rgb_fn(x, y))

    def chunk(tag, data):
        c = struct.pack('>I', len(data)) + tag + data
        return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n'
            + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(raw), 9))
            + chunk(b'IEND', b''))


def logo(r, g, b):
    def fn(x, y):
        if (x - 12) ** 2 + (y - 12) ** 2 < 90:
            return (r, g, b)
        return (255, 255, 255)
    return png_bytes(24, 24, fn)


def add(label, slug, reason, **kw):
    assert label in LABELS
    if slug.startswith('trap-'):
        assert label == 'none', slug
    MESSAGES.append(dict(label=label, slug=slug, reason=reason, **kw))


def quote(text):
    """Prefix every line with '> ' as a mail client would."""
    return '\n'.join(('>' + (' ' + l if l and not l.startswith('>') else l))
                     for l in text.strip('\n').split('\n'))


# ----------------------------------------------------------------- builder

def _set_text(part_adder, text, subtype, charset, cte, **extra):
    if charset is None:
        charset = 'us-ascii' if text.isascii() else 'utf-8'
    if cte is None and not text.isascii():
        cte = 'quoted-printable'
    part_adder(text, subtype=subtype, charset=charset, cte=cte, **extra)


def addrs(value):
    """Parse 'Name <a@b>, ...' into Address objects so the policy quotes
    display names with specials ('.', ',') and RFC 2047-encodes non-ASCII."""
    out = []
    for name, addr in getaddresses([value]):
        local, dom = addr.split('@')
        out.append(Address(display_name=name, username=local, domain=dom))
    return out


def build_inner(spec, tag):
    """Build an EmailMessage (used for both top-level and forwarded msgs)."""
    m = EmailMessage(policy=POL)
    m['From'] = addrs(spec['frm'])
    m['To'] = addrs(spec['to'])
    if spec.get('cc'):
        m['Cc'] = addrs(spec['cc'])
    if spec.get('reply_to'):
        m['Reply-To'] = addrs(spec['reply_to'])
    m['Subject'] = spec['subject']
    m['Date'] = spec['date']
    dom = parseaddr(spec['frm'])[1].split('@')[1]
    h = hashlib.md5(('w1|' + tag).encode()).hexdigest()
    m['Message-ID'] = spec.get('msgid') or '<%s.%s@%s>' % (h[:14], h[14:22], dom)
    if spec.get('irt'):
        m['In-Reply-To'] = spec['irt']
        m['References'] = spec.get('refs', spec['irt'])
    m['MIME-Version'] = '1.0'
    for k, v in spec.get('headers', ()):
        m[k] = v
    _set_text(m.set_content, spec['body'], 'plain',
              spec.get('charset'), spec.get('cte'))
    if spec.get('html') is not None:
        _set_text(m.add_alternative, spec['html'], 'html',
                  spec.get('html_charset', spec.get('charset')),
                  spec.get('html_cte'))
        for (data, sub, cid, fn) in spec.get('related', ()):
            m.get_body(('html',)).add_related(data, 'image', sub, cid=cid,
                                              filename=fn, disposition='inline')
    if spec.get('ics') is not None:
        m.add_alternative(spec['ics'], subtype='calendar', charset='utf-8',
                          cte='7bit' if spec['ics'].isascii() else 'quoted-printable',
                          params={'method': 'REQUEST'})
    for att in spec.get('atts', ()):
        kind = att[0]
        if kind == 'text':          # ('text', subtype, filename, str, cte)
            _, sub, fn, data = att[:4]
            cte = att[4] if len(att) > 4 else 'base64'
            m.add_attachment(data, subtype=sub, filename=fn, cte=cte,
                             charset='us-ascii' if data.isascii() else 'utf-8')
        elif kind == 'bytes':       # ('bytes', maintype, subtype, filename, data)
            _, mt, sub, fn, data = att
            m.add_attachment(data, maintype=mt, subtype=sub, filename=fn)
        elif kind == 'msg':         # ('msg', spec_dict)
            inner = build_inner(att[1], tag + '|fwd')
            m.add_attachment(inner, disposition='inline', cte='7bit')
        else:
            raise ValueError(kind)
    return m


def build(spec, num):
    m = build_inner(spec, '%03d|%s' % (num, spec['slug']))
    h = hashlib.md5(spec['slug'].encode()).hexdigest()[:10]
    inner_roots = set()
    for part in m.walk():
        if part.get_content_type() == 'message/rfc822':
            inner_roots.update(id(p) for p in part.get_payload())
    for part in m.walk():
        if part is not m and id(part) not in inner_roots and 'MIME-Version' in part:
            del part['MIME-Version']
    for i, part in enumerate(m.walk()):
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('----=_NextPart_w1_%03d_%02d_%s' % (num, i, h))
    return m.as_bytes(policy=policy.SMTP)


# =================================================================== NONE

# ---- trap: veterinary reminder (owner named, pet's care)
add('none', 'trap-vet-rabies-senior-panel',
    'Veterinary reminder about a dog; owner named but no human health care',
    frm='Maple Grove Animal Hospital <reminders@maplegrovevet.example.com>',
    to='Colleen Hargrove <c.hargrove@example.net>',
    subject='Biscuit is due: rabies booster + senior wellness panel',
    date=dt(2024, 10, 8, 7, 15, -4),
    headers=[('X-Mailer', 'VetConnect Reminders 4.2')],
    body="""\
Hi Colleen,

Our records show that Biscuit (canine, beagle mix, 11 yrs,
Patient ID V-20817) is due for the following:

  * Rabies booster (3-year) ........... due 10/22/2024
  * DHPP .............................. due 10/22/2024
  * Senior wellness blood panel ....... OVERDUE

At his last visit Dr. Okafor noted a mildly elevated ALT on his chemistry
panel and wanted to recheck it in six months, so we have added the senior
panel to this reminder. Please hold his breakfast the morning of the
visit so we can get a fasting sample.

His carprofen 75 mg refill (Rx #C-44812) is ready at the front desk.

Book online at https://maplegrovevet.example.com/book or call us at
(614) 555-0128.

Wags and wiggles,
The Maple Grove team
4410 Orchard Pike, Suite B, Westbrook

You are receiving this because you are a client of Maple Grove Animal
Hospital. Manage reminders: https://maplegrovevet.example.com/prefs
""",
    html="""\
<html><body style="font-family:Arial,sans-serif;color:#333">
<h2 style="color:#2a7d4f">Biscuit is due for a visit!</h2>
<p>Hi Colleen,</p>
<p>Our records show that <b>Biscuit</b> (canine, beagle mix, 11 yrs,
Patient ID V-20817) is due for the following:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Service</th><th>Due</th></tr>
<tr><td>Rabies booster (3-year)</td><td>10/22/2024</td></tr>
<tr><td>DHPP</td><td>10/22/2024</td></tr>
<tr><td>Senior wellness blood panel</td><td style="color:#b00">OVERDUE</td></tr>
</table>
<p>At his last visit Dr. Okafor noted a mildly elevated ALT on his chemistry
panel and wanted to recheck it in six months. Please hold his breakfast the
morning of the visit so we can get a fasting sample.</p>
<p>His carprofen 75 mg refill (Rx #C-44812) is ready at the front desk.</p>
<p><a href="https://maplegrovevet.example.com/book">Book online</a> or call
(614) 555-0128.</p>
<p>Wags and wiggles,<br>The Maple Grove team</p>
<p style="font-size:11px;color:#888">Manage reminders:
<a href="https://maplegrovevet.example.com/prefs">preferences</a></p>
</body></html>
""")

# ---- trap: pet mail-order pharmacy shipping notice
add('none', 'trap-pet-pharmacy-gabapentin-shipped',
    'Shipping confirmation for a cat\'s prescriptions; owner and tracking number only',
    frm='PawsRx Mail-Order Pharmacy <orders@pawsrx.example.com>',
    to='Dmitri Okonkwo-Hale <dmitri.oh@example.net>',
    subject='Your order #PX-5520193 has shipped (Luna)',
    date=dt(2024, 11, 2, 16, 40, -7),
    body="""\
Good news, Dmitri - your order is on its way.

Order #PX-5520193
Pet: Luna (feline, domestic shorthair, 14 yrs)
Prescribing vet: Dr. Hanne Sorvik, Eastside Cat Clinic

  Gabapentin 100 mg capsules, #30 ........ $18.40
    Give 1 capsule by mouth 90 minutes before vet visits or car travel
  Methimazole 5 mg/0.1 mL transdermal gel,
    compounded, 10 mL ..................... $41.95
    Apply to inner ear flap twice daily - wear gloves
  Shipping (2-day, insulated) .............. $0.00
  Order total .............................. $60.35

Carrier: ParcelFleet
Tracking: PF 7734 2210 9981 0043
Estimated delivery: Tue, Nov 5

Questions about your pet's medication? Our veterinary pharmacists are
available 8am-8pm at 1-800-555-0172.

PawsRx is a licensed veterinary pharmacy. Medications dispensed are for
animal use only.
""",
    html="""\
<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<div style="background:#f4a300;padding:12px;color:#fff;font-size:20px">PawsRx</div>
<div style="padding:16px">
<p>Good news, Dmitri &mdash; your order is on its way.</p>
<p><b>Order #PX-5520193</b><br>Pet: Luna (feline, domestic shorthair, 14 yrs)<br>
Prescribing vet: Dr. Hanne Sorvik, Eastside Cat Clinic</p>
<table cellpadding="4">
<tr><td>Gabapentin 100 mg capsules, #30</td><td align="right">$18.40</td></tr>
<tr><td colspan="2" style="color:#666;font-size:12px">Give 1 capsule by mouth 90 minutes before vet visits or car travel</td></tr>
<tr><td>Methimazole 5 mg/0.1 mL transdermal gel, compounded, 10 mL</td><td align="right">$41.95</td></tr>
<tr><td colspan="2" style="color:#666;font-size:12px">Apply to inner ear flap twice daily &ndash; wear gloves</td></tr>
<tr><td>Shipping (2-day, insulated)</td><td align="right">$0.00</td></tr>
<tr><td><b>Order total</b></td><td align="right"><b>$60.35</b></td></tr>
</table>
<p>Carrier: ParcelFleet<br>Tracking: <a href="https://track.parcelfleet.example.com/?n=PF7734221099810043">PF 7734 2210 9981 0043</a><br>
Estimated delivery: Tue, Nov 5</p>
<p style="font-size:11px;color:#777">PawsRx is a licensed veterinary pharmacy. Medications dispensed are for animal use only.</p>
</div></body></html>
""")

# ---- trap: PrEP awareness newsletter (general education) with inline logo
add('none', 'trap-prep-awareness-newsletter',
    'Public health newsletter about PrEP and HIV testing; general education, no individual',
    frm='Kessler County Health Department <news@kesslercountyhealth.example.org>',
    to='Community Partners List <partners@lists.kesslercountyhealth.example.org>',
    subject='Partner Bulletin | PrEP is for everyone + free testing events in December',
    date=dt(2024, 11, 20, 10, 0, -6),
    headers=[('List-Unsubscribe', '<https://kesslercountyhealth.example.org/unsub?l=partners>'),
             ('Precedence', 'bulk')],
    body="""\
KESSLER COUNTY HEALTH DEPARTMENT - PARTNER BULLETIN, NOVEMBER 2024

PrEP IS FOR EVERYONE WHO COULD BENEFIT
Pre-exposure prophylaxis (PrEP) reduces the risk of getting HIV from sex
by about 99% when taken as prescribed. Daily oral options include
emtricitabine/tenofovir disoproxil fumarate and emtricitabine/tenofovir
alafenamide; a long-acting injectable (cabotegravir) is given every two
months. Many people who could benefit from PrEP have never been offered
it. You can help by normalising the conversation.

Talking points for outreach staff:
  - PrEP is for anyone who is HIV-negative and wants extra protection.
  - An HIV test is needed before starting and every 3 months on PrEP.
  - Kidney function is checked periodically on tenofovir-based PrEP.
  - Most insurance plans cover PrEP and the required lab work with no
    cost-sharing; assistance programmes exist for the uninsured.

FREE HIV / STI TESTING EVENTS (walk-in, no appointment)
  Dec 1  (World AIDS Day)  Riverside Library community room, 11-4
  Dec 7                    Eastgate Market, mobile unit, 10-2
  Dec 14                   Northview Community College, student center

DATA CORNER
Countywide, rapid HIV tests performed at outreach events rose 18%
compared with last year. Full quarterly surveillance tables are posted on
the department's data page.

Questions? Call the Sexual Health Program at (608) 555-0140 or simply
reply to this bulletin.

You are receiving this because you are on the Community Partners list.
Unsubscribe: https://kesslercountyhealth.example.org/unsub?l=partners
""",
    html="""\
<html><body style="font-family:Georgia,serif;max-width:640px">
<p><img src="cid:kchd-logo.w1@kesslercountyhealth.example.org" alt="KCHD" width="24" height="24">
<b>Kessler County Health Department &middot; Partner Bulletin</b></p>
<h2>PrEP is for everyone who could benefit</h2>
<p>Pre-exposure prophylaxis (PrEP) reduces the risk of getting HIV from sex by about 99% when
taken as prescribed. Daily oral options include emtricitabine/tenofovir disoproxil fumarate and
emtricitabine/tenofovir alafenamide; a long-acting injectable (cabotegravir) is given every two
months.</p>
<h3>Talking points for outreach staff</h3>
<ul>
<li>PrEP is for anyone who is HIV-negative and wants extra protection.</li>
<li>An HIV test is needed before starting and every 3 months on PrEP.</li>
<li>Kidney function is checked periodically on tenofovir-based PrEP.</li>
<li>Most insurance plans cover PrEP and the required lab work with no cost-sharing.</li>
</ul>
<h3>Free HIV / STI testing events</h3>
<table cellpadding="3">
<tr><td>Dec 1 (World AIDS Day)</td><td>Riverside Library community room, 11&ndash;4</td></tr>
<tr><td>Dec 7</td><td>Eastgate Market, mobile unit, 10&ndash;2</td></tr>
<tr><td>Dec 14</td><td>Northview Community College, student center</td></tr>
</table>
<h3>Data corner</h3>
<p>Countywide, rapid HIV tests performed at outreach events rose 18% compared with last year.</p>
<p>Questions? Main line (608) 555-0140.</p>
<p style="font-size:11px"><a href="https://kesslercountyhealth.example.org/unsub?l=partners">Unsubscribe</a></p>
</body></html>
""",
    related=[(logo(180, 30, 60), 'png', '<kchd-logo.w1@kesslercountyhealth.example.org>', 'kchd-logo.png')])

# ---- trap: aggregate overdose dashboard with CSV
_od_csv = """\
week_ending,zip3,ed_visits_suspected_opioid_od,ems_naloxone_admin,fatal_od_prelim,naloxone_kits_distributed
2024-09-07,537,14,22,1,210
2024-09-07,538,9,11,0,95
2024-09-14,537,17,25,2,188
2024-09-14,538,6,9,0,120
2024-09-21,537,11,19,1,240
2024-09-21,538,8,10,1,102
2024-09-28,537,21,30,3,305
2024-09-28,538,7,12,0,88
"""
add('none', 'trap-overdose-dashboard-q3-csv',
    'Aggregate weekly overdose / naloxone counts by ZIP3 for partners; no individual',
    frm='Marguerite Oyelaran <m.oyelaran@epi.kesslercountyhealth.example.org>',
    to='Overdose Response Workgroup <od-workgroup@lists.kesslercountyhealth.example.org>',
    subject='September overdose surveillance extract + naloxone distribution',
    date=dt(2024, 10, 4, 13, 22, -5),
    body="""\
Workgroup,

Attached is the September extract for the dashboard refresh. Quick notes:

- Suspected opioid-involved OD ED visits were up in 537 the week ending
  9/28 (21 vs 4-week mean of 14). Syndromic definition unchanged.
- Preliminary fatal counts are small and will change when ME reports
  close; please don't publish cells under 5 - suppress per our usual rule.
- Naloxone distribution totals include the vending machines at the
  transit centre (new this quarter).

The public dashboard will show county totals only. ZIP3 detail is for
workgroup planning and should not be forwarded outside the group.

Marguerite

--
Marguerite Oyelaran, MPH
Epidemiologist II | Kessler County Health Department
(608) 555-0163
""",
    atts=[('text', 'csv', 'od_surveillance_2024-09_zip3.csv', _od_csv)])

# ---- trap: aggregate HIV surveillance summary
add('none', 'trap-hiv-surveillance-quarterly-table',
    'Quarterly aggregate HIV diagnosis and viral suppression statistics; no individual',
    frm='State HIV Surveillance Unit <hiv.surveillance@health.state.example.gov.test>',
    to='Ryan Bright <ryan.bright@fairhollowclinic.example.org>',
    cc='Regional Prevention Coordinators <prev-coords@health.state.example.gov.test>',
    subject='Q2 2024 HIV surveillance summary - Region 4',
    date=dt(2024, 8, 15, 9, 5, -5),
    body="""\
Region 4 partners,

Below is the Q2 2024 summary for Region 4. These are provisional counts;
cells of 1-4 are suppressed (shown as "<5").

                                Q1 2024   Q2 2024   Q2 2023
  New HIV diagnoses                 41        37        44
    age 13-24                        9         8        11
    age 25-34                       16        14        17
    age 35+                         16        15        16
  Stage 3 (AIDS) at diagnosis       <5         6        <5
  Linked to care within 30 days    85%       89%       81%
  Persons living with diagnosed
    HIV (end of quarter)          3,912     3,931     3,840
  Virally suppressed (<200 c/mL)   84%       86%       82%

Notes:
 1. Linkage measured by first CD4 or viral load within 30 days.
 2. Residence at diagnosis; excludes persons diagnosed in correctional
    facilities (reported separately).
 3. Methodology and confidence intervals are in the technical appendix on
    the surveillance portal.

Please cite as "State HIV Surveillance Unit, provisional data".

--
HIV Surveillance Unit
Office of Epidemiology
Phone (517) 555-0108 | Fax (517) 555-0109
""")

# ---- trap: HL7 ACK interface test, no PID
add('none', 'trap-hl7-ack-interface-test',
    'Interface test thread with an HL7 ACK (MSH/MSA only); no patient',
    frm='Owen Castellanos <ocastellanos@lakesidefm.example.org>',
    to='Priya Raman <priya.raman@northwoodlabs.example.com>',
    subject='RE: ORU test feed - ACK received, MSH-10 question',
    date=dt(2024, 11, 12, 14, 31, -6),
    irt='<5f1a2c.ack-test@northwoodlabs.example.com>',
    body="""\
Hi Priya,

We pushed the sample ORU^R01 from our TST environment at 14:02 and your
listener came back with the ACK below. MSA-1 is AA so the handshake
itself looks fine, but MSA-2 is echoing your own control ID rather than
the one we sent in MSH-10 (EHR000417). Our engine will hold the outbound
queue on a mismatched ACK. Can you check the mapping on your side?

MSH|^~\\&|LABIF|NWLAB|EHRIF|LAKESIDE|20241112140215||ACK^R01^ACK|LAB88213|T|2.5.1
MSA|AA|LAB88213|Message accepted

Expected:

MSH|^~\\&|LABIF|NWLAB|EHRIF|LAKESIDE|20241112140215||ACK^R01^ACK|LAB88213|T|2.5.1
MSA|AA|EHR000417|Message accepted

Processing ID is T on both ends, so nothing is hitting prod.

Thanks,
Owen

Owen Castellanos | Integration Analyst | Lakeside Family Medicine
(920) 555-0151

-----Original Message-----
From: Priya Raman <priya.raman@northwoodlabs.example.com>
Sent: Tuesday, November 12, 2024 11:48 AM
To: Owen Castellanos <ocastellanos@lakesidefm.example.org>
Subject: ORU test feed

Owen - listener is up on port 6661 (TLS, test cert attached earlier).
Send whenever you're ready.

Priya Raman
Interfaces, Northwood Reference Labs
""")

# ---- trap: analyzer QC, Westgard violation
add('none', 'trap-analyzer-qc-westgard-glucose',
    'Chemistry analyzer QC control results and a Westgard rule violation; no patient',
    frm='Core Lab Chemistry <chem.bench@harborpoint.example.org>',
    to='Lab Supervisors <lab-sups@harborpoint.example.org>',
    subject='QC hold: glucose L2 2-2s on Analyzer C2 (night shift)',
    date=dt(2024, 9, 27, 3, 48, -4),
    body="""\
Night shift QC summary - Analyzer C2 (chemistry line B)

Control lot BIO-CHM-2291 (L1) / BIO-CHM-2292 (L2), exp 2025-03-31

Analyte     Level  Mean    SD     Run 1   Run 2   Rule
---------   -----  ------  -----  ------  ------  ------
Glucose     L1     92.0    2.1    94      93      ok
Glucose     L2     288.0   5.5    300     299     2-2s  <<<
Potassium   L1     3.52    0.06   3.55    3.50    ok
Potassium   L2     6.21    0.09   6.18    6.25    ok
Creatinine  L1     0.98    0.04   1.01    0.97    ok
hs-TnI      L1     16.2    1.1    15.8    16.9    ok
hs-TnI      L2     1180    52     1165    1201    ok

Glucose placed on hold at 03:31. Recal done with new cal lot, reagent
pack changed (pack opened 9/20, on-board stability exceeded). Repeat QC
L1 91 / L2 286 - accepted 03:44. Glucose released.

No patient results were reported between 03:10 and 03:44 on C2 glucose;
samples were routed to C1. Lookback not needed per SOP CHEM-QC-014.

- T. Ferreira-Mbeki, MLS(ASCP)
  ext. 4471 / (757) 555-0186
""")

# ---- trap: FHIR CapabilityStatement attachment
_fhir_cap = """\
{
  "resourceType": "CapabilityStatement",
  "id": "lakeside-fhir-sandbox",
  "status": "active",
  "date": "2024-10-30",
  "publisher": "Lakeside Family Medicine IT (sandbox)",
  "kind": "instance",
  "fhirVersion": "4.0.1",
  "format": ["application/fhir+json"],
  "implementation": {
    "description": "Sandbox endpoint - synthetic data only",
    "url": "https://fhir-sandbox.lakesidefm.example.org/r4"
  },
  "rest": [{
    "mode": "server",
    "security": {"service": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/restful-security-service", "code": "SMART-on-FHIR"}]}]},
    "resource": [
      {"type": "Patient",
       "interaction": [{"code": "read"}, {"code": "search-type"}],
       "searchParam": [
         {"name": "identifier", "type": "token", "documentation": "MRN, system urn:oid:2.16.840.1.113883.3.9999.1"},
         {"name": "birthdate", "type": "date"},
         {"name": "family", "type": "string"}]},
      {"type": "Observation",
       "interaction": [{"code": "read"}, {"code": "search-type"}],
       "searchParam": [
         {"name": "patient", "type": "reference"},
         {"name": "code", "type": "token", "documentation": "LOINC"},
         {"name": "date", "type": "date"}]},
      {"type": "MedicationRequest",
       "interaction": [{"code": "read"}, {"code": "search-type"}]},
      {"type": "Consent",
       "interaction": [{"code": "read"}],
       "documentation": "42 CFR Part 2 consent resources are not exposed on this endpoint"}
    ]
  }]
}
"""
add('none', 'trap-fhir-capabilitystatement-sandbox',
    'FHIR CapabilityStatement for a sandbox endpoint; field names only, no patient',
    frm='Lakeside FHIR Team <fhir-dev@lakesidefm.example.org>',
    to='App Partner Onboarding <onboarding@carecompass.example.com>',
    subject='Sandbox metadata for your SMART app registration',
    date=dt(2024, 10, 30, 11, 12, -5),
    body="""\
Hello CareCompass team,

Attached is the CapabilityStatement (GET [base]/metadata) for our R4
sandbox so you can finish the SMART registration form. Patient search
supports identifier (our MRN system OID), birthdate and family. Bulk
export is not enabled in sandbox.

Sandbox base: https://fhir-sandbox.lakesidefm.example.org/r4
All data in sandbox is synthetic. Please do not request production
credentials until the security review is complete.

Regards,
Lakeside FHIR Team
""",
    atts=[('bytes', 'application', 'fhir+json', 'CapabilityStatement-sandbox.json',
           _fhir_cap.encode('ascii'))])

# ---- trap: interface config with PID-3 / mrn field mappings
_yaml_cfg = """\
# adt_inbound.yaml -- Harbor Point ADT feed -> referral portal
# rev 14, 2024-11-06  (OC)
source:
  channel: ADT_IN_HPH
  version: "2.5.1"
  accept_events: [A01, A03, A04, A08, A40]
mapping:
  mrn:            PID-3.1        # where PID-3.4 == "HPH"
  mrn_assigner:   PID-3.4
  last_name:      PID-5.1
  first_name:     PID-5.2
  dob:            PID-7          # YYYYMMDD -> ISO date
  sex:            PID-8
  phone_home:     PID-13.1
  attending_npi:  PV1-7.1
  admit_dt:       PV1-44
  discharge_dt:   PV1-45
  dx_codes:       DG1-3.1        # repeat
filters:
  drop_if:
    - field: PV1-2
      equals: "X"               # test/training encounters
    - field: PV1-3.1
      in: ["BHU", "DETOX"]      # segmented units, never sent to portal
merge:
  on_A40: relink_by: mrn        # MRG-1 prior mrn
logging:
  redact: [mrn, dob, last_name, first_name, phone_home]
"""
add('none', 'trap-adt-interface-config-pid3-mrn',
    'Interface mapping config naming PID-3/mrn/dob fields; no patient data',
    frm='Owen Castellanos <ocastellanos@lakesidefm.example.org>',
    to='Interface Change Board <icb@lakesidefm.example.org>',
    subject='CR-2291 for review: ADT mapping rev 14 (drop BHU/DETOX units)',
    date=dt(2024, 11, 6, 17, 3, -6),
    body="""\
ICB,

Rev 14 of the ADT inbound mapping is attached for Thursday's review.
Changes from rev 13:

  1. mrn now taken from PID-3 repetition where PID-3.4 = HPH (previously
     first repetition, which sometimes picked up the payer ID).
  2. Encounters on the segmented units (BHU, DETOX) are dropped before
     they reach the referral portal. Compliance asked for this in Oct.
  3. A40 merges relink by prior mrn from MRG-1.
  4. Log redaction list extended to phone_home.

Tested against the synthetic message set in TST only (all 212 pass).

Owen
""",
    atts=[('text', 'x-yaml', 'adt_inbound_rev14.yaml', _yaml_cfg, '7bit')])

# ---- trap: coworker birthday with DOB (windows-1252 body)
add('none', 'trap-coworker-birthday-dob',
    'Office birthday card collection with a coworker\'s date of birth; no health content',
    frm='Renata Vukovic <rvukovic@brightsmiledental.example.com>',
    to='Front Office <frontoffice@brightsmiledental.example.com>',
    subject='Shh \u2013 card for Dana\u2019s birthday Friday',
    date=dt(2024, 3, 11, 12, 7, -5),
    charset='windows-1252',
    body="""\
Hi all,

Dana\u2019s birthday is this Friday! HR\u2019s sheet has her DOB as 03/15/1988 \u2013
please don\u2019t tell her I looked, she\u2019s \u201cofficially 29\u201d.

The card is in the top drawer at the check-in desk (under the stamp pad).
Sign it before Thursday lunch. We\u2019re doing lemon cake from Alder St.
Bakery, $5 each if you want in \u2013 Venmo or cash to me.

Don\u2019t put it on the shared calendar, she reads it.

Thanks!
Renata
Office Manager, BrightSmile Dental Group
(503) 555-0177 \u2022 fax (503) 555-0178
""")

# ---- trap: SSN-like part numbers
add('none', 'trap-sterilizer-part-number-ssn-like',
    'Biomed parts order; part and serial numbers look like SSNs but nothing is health data',
    frm='Gil Ambrose <gambrose@biomed.harborpoint.example.org>',
    to='Parts Desk <parts@steritechsupply.example.com>',
    subject='PO 88-4471: door gasket + hose assembly for SC-900 sterilizer',
    date=dt(2024, 6, 19, 8, 44, -4),
    body="""\
Parts desk,

Please quote and ship the following for our SC-900 steam sterilizer in
SPD (unit serial 552-31-0094, installed 2019):

  Qty  Part no.       Description
  ---  -------------  ------------------------------------
   2   410-52-8821    Door gasket, silicone, 20" chamber
   1   410-52-8907    Hose assembly, jacket drain
   1   377-10-0042    Thermocouple probe, chamber drain
   4   900-00-1175    Filter, air inlet, 0.2 micron

PO 88-4471 is approved. Ship to Biomedical Engineering, Dock C,
Harbor Point Hospital, attn: Gil Ambrose. Please reference the PO and
our customer account 0029-1184 on the packing slip.

We have one chamber down so expedited shipping is fine if it's under
$60.

Thanks,
Gil Ambrose, CBET
Biomedical Engineering | Harbor Point Hospital
Desk (757) 555-0131 | Cell (757) 555-0139
""")

# ---- trap: Methadone Clinic Front Desk display name to a copier vendor
add('none', 'trap-methadone-frontdesk-to-copier-vendor',
    'Display name says Methadone Clinic Front Desk but the mail is a printer service request to a vendor',
    frm='Methadone Clinic Front Desk <frontdesk.otp@harborpoint.example.org>',
    to='Service Dispatch <dispatch@tri-county-office.example.com>',
    subject='Service request - check-in printer jamming again (asset HP-OTP-07)',
    date=dt(2024, 12, 2, 6, 52, -5),
    body="""\
Hello,

The label printer at our check-in window (asset tag HP-OTP-07, model
LX-420, serial LX4A20-77311) is jamming every 5-10 labels again. We
replaced the roll and cleaned the roller per your tech's instructions on
11/18. Same problem.

We open at 5:30 AM and are busiest before 9, so a visit after 11 AM any
weekday works best. Please call ahead - the building door is locked.

Address: 2100 Shipyard Rd, Suite 110 (side entrance, buzzer)
Contact: Lorraine at (757) 555-0124

Thank you,
Front Desk
""")

# ---- trap: Oncology Billing display name writing to statement-print vendor
add('none', 'trap-oncology-billing-statement-layout',
    'Oncology Billing writing to a print vendor about statement file layout; no patient data',
    frm='Oncology Billing <onc.billing@cedarbrookcancer.example.org>',
    to='Client Services <clientservices@printmailpro.example.com>',
    subject='Statement file layout change effective 1/1 - fields 14 and 22',
    date=dt(2024, 11, 25, 15, 19, -5),
    body="""\
Hi Jordan,

Following up on our call. Starting with the January 1 cycle our patient
statement extract will change as follows:

  Field 14  Guarantor account number  - widens from 9 to 12 characters
  Field 22  Message line 2            - now free text, max 80 chars
  Field 31  NEW: QR payment URL       - appended at end of record

Record length goes from 512 to 600 bytes. Delimiter stays pipe. We'll
send a synthetic test file (all fake accounts, "TEST" in the name
fields) by 12/10 for proofing. Please confirm you can turn proofs within
three business days so we can sign off before the holiday freeze.

Also: the remit stub should keep the existing lockbox address. No change
there.

Thanks,
Sunita Farrokhzad
Revenue Cycle Analyst, Oncology Billing
Cedarbrook Cancer Institute
(414) 555-0115
""")

# ---- trap: CME webinar on buprenorphine
add('none', 'trap-buprenorphine-ed-initiation-webinar',
    'CME webinar announcement about buprenorphine / OUD treatment; no individual',
    frm='Harbor Point CME Office <cme@harborpoint.example.org>',
    to='All Medical Staff <medstaff@harborpoint.example.org>',
    subject='Webinar Dec 11: Starting buprenorphine in the ED - low-dose and high-dose initiation',
    date=dt(2024, 11, 27, 9, 30, -5),
    body="""\
HARBOR POINT HOSPITAL - CONTINUING MEDICAL EDUCATION

Starting Buprenorphine in the Emergency Department:
Low-Dose ("Micro") and High-Dose Initiation in the Fentanyl Era

Wednesday, December 11, 12:00-1:00 PM (virtual)
1.0 AMA PRA Category 1 Credit(TM)

Learning objectives
  1. Describe precipitated withdrawal risk with fentanyl and strategies
     to reduce it.
  2. Compare low-dose initiation with high-dose (16-32 mg) ED initiation.
  3. Identify candidates for extended-release injectable buprenorphine at
     discharge and the bridge-clinic referral pathway.
  4. Review naloxone co-prescribing and harm-reduction counseling.

No special registration or waiver is needed to prescribe buprenorphine
for opioid use disorder. This session meets part of the DEA one-time
8-hour training requirement on substance use disorders.

Register: https://cme.harborpoint.example.org/events/ed-bup-1211

Faculty have no relevant financial relationships to disclose.
Questions: CME Office, (757) 555-0102.
""",
    html="""\
<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p style="font-size:12px;color:#666">HARBOR POINT HOSPITAL &middot; CONTINUING MEDICAL EDUCATION</p>
<h2 style="margin-bottom:0">Starting Buprenorphine in the Emergency Department</h2>
<h3 style="margin-top:4px;color:#555">Low-Dose (&ldquo;Micro&rdquo;) and High-Dose Initiation in the Fentanyl Era</h3>
<p><b>Wednesday, December 11, 12:00&ndash;1:00 PM (virtual)</b><br>1.0 AMA PRA Category 1 Credit&trade;</p>
<ol>
<li>Describe precipitated withdrawal risk with fentanyl and strategies to reduce it.</li>
<li>Compare low-dose initiation with high-dose (16&ndash;32 mg) ED initiation.</li>
<li>Identify candidates for extended-release injectable buprenorphine at discharge and the bridge-clinic referral pathway.</li>
<li>Review naloxone co-prescribing and harm-reduction counseling.</li>
</ol>
<p>No special registration or waiver is needed to prescribe buprenorphine for opioid use disorder.
This session meets part of the DEA one-time 8-hour training requirement on substance use disorders.</p>
<p><a href="https://cme.harborpoint.example.org/events/ed-bup-1211" style="background:#0a5;color:#fff;padding:6px 12px;text-decoration:none">Register</a></p>
<p style="font-size:11px">Faculty have no relevant financial relationships to disclose. Questions: CME Office, (757) 555-0102.</p>
</body></html>
""")

# ---- trap: genetics symposium announcement
add('none', 'trap-hereditary-cancer-genetics-symposium',
    'Conference announcement on BRCA / Lynch genetic counselling; no individual',
    frm='Great Lakes Genomics Society <events@glgs.example.org>',
    to='Members <members@lists.glgs.example.org>',
    subject='Call for abstracts: 2025 Hereditary Cancer Genetics Symposium',
    date=dt(2024, 9, 3, 8, 0, -5),
    headers=[('List-Id', 'GLGS members <members.lists.glgs.example.org>')],
    body="""\
2025 HEREDITARY CANCER GENETICS SYMPOSIUM
April 24-25, 2025 | Lakefront Conference Center & online

Call for abstracts is open until January 15.

Tracks:
  * Cascade testing: getting relatives of BRCA1/2 and Lynch syndrome
    carriers tested (outreach letters, direct contact, chatbots)
  * Variants of uncertain significance - reclassification and recontact
  * Polygenic risk scores in breast cancer screening: ready for clinic?
  * Genetic counselling workforce: telehealth, assistants, group pre-test
    education
  * Equity in access to germline testing after a cancer diagnosis

Keynote: "Ten years of universal tumor screening for Lynch syndrome -
what we got right and wrong"

Abstracts: 300 words, structured. Case reports must be fully
de-identified (no dates, no pedigrees with ages, no images of
individuals).

Submit: https://glgs.example.org/symposium2025/abstracts
Early-bird registration (members $295) opens November 1.

Great Lakes Genomics Society
events@glgs.example.org | (312) 555-0190
""")

# ---- trap: job posting psych NP (eating disorder / IOP)
add('none', 'trap-psych-np-job-posting',
    'Job posting for a psychiatric NP in eating-disorder and addiction IOPs; no individual',
    frm='Talent Acquisition <careers@willowcrestbh.example.com>',
    to='Nursing Job Alerts <jobalerts@nursingcareers.example.net>',
    subject='Now hiring: Psychiatric Mental Health NP - Eating Disorders & Addiction IOP (hybrid)',
    date=dt(2024, 7, 22, 10, 15, -7),
    body="""\
JOB POSTING  #WC-24-0318

Psychiatric Mental Health Nurse Practitioner (PMHNP-BC)
Willowcrest Behavioral Health - Mesa Verde campus, hybrid

About the role
Join a multidisciplinary team providing medication management for adults
and adolescents in our Eating Disorders Partial Hospitalization/IOP and
our Addiction Medicine IOP. You will:

  - complete psychiatric evaluations and follow-ups (in person and
    telehealth)
  - manage pharmacotherapy for depression, anxiety disorders, OCD, ADHD,
    bipolar disorder and co-occurring substance use disorders
  - prescribe buprenorphine and naltrexone within our MOUD program
  - participate in weekly treatment team and family sessions
  - supervise NP residents (optional, stipend)

Requirements
  - Active state RN and APRN licence, PMHNP board certification
  - DEA registration (or ability to obtain within 90 days)
  - 2+ years psychiatric experience; eating-disorder experience preferred

Schedule: 4 x 10-hour days, no call. Salary range $138,000-$162,000
plus sign-on bonus. Full benefits, 5 days CME.

Apply: https://careers.willowcrestbh.example.com/jobs/WC-24-0318
Willowcrest is an equal opportunity employer.
""")

# ---- trap: EHR release notes (long)
add('none', 'trap-ehr-release-notes-viral-load-flowsheet',
    'EHR software release notes mentioning HIV viral load, PrEP order set and MRN merge; no patient',
    frm='Meridian EHR Release Management <releases@meridianehr.example.com>',
    to='Customer Admins <customer-admins@lists.meridianehr.example.com>',
    subject='Meridian EHR 24.4.2 release notes (hotfix rollup) - deploy window Dec 8',
    date=dt(2024, 12, 1, 18, 0, -6),
    body="""\
MERIDIAN EHR 24.4.2 - RELEASE NOTES
Hotfix rollup. Cumulative with 24.4.0 and 24.4.1.
Deployment window for hosted customers: Sun Dec 8, 01:00-05:00 CT.
Self-hosted customers: package available in the support portal.

=====================================================================
1. RESULTS & FLOWSHEETS
=====================================================================
MER-48812  Fixed: HIV-1 RNA (viral load) results with a "<20" or
           "Target not detected" qualifier did not plot on the
           Infectious Disease flowsheet. Values are now plotted at the
           lower limit with a hollow marker.
MER-48830  Fixed: Results Review sorted hs-troponin serial draws by
           accession number instead of collection time.
MER-48901  Changed: LOINC mapping table updated to the current release;
           32 retired codes now display a "deprecated" badge.

=====================================================================
2. ORDERS
=====================================================================
MER-48644  New: "HIV PrEP - initiation and follow-up" order set template
           (disabled by default). Includes HIV Ag/Ab, HIV-1 RNA,
           creatinine/eGFR, hepatitis B surface antigen and STI NAAT
           panels at 3-month intervals. Sites must review and enable.
MER-48790  Fixed: Buprenorphine-naloxone sublingual film orders lost the
           "dispense as written" flag when copied from a prior encounter.
MER-48801  Fixed: Duplicate-therapy alert fired for two different
           insulin concentrations on the same insulin (U-100 vs U-200).

=====================================================================
3. PATIENT IDENTITY
=====================================================================
MER-48700  Fixed: MRN merge utility did not move scanned documents
           attached to a merged-away MRN when the document type was
           "Outside Records". A cleanup report (IDM-17) lists affected
           merges since 24.3.0; run it after upgrade.
MER-48711  Changed: Date of birth edits now require a reason code.

=====================================================================
4. PRIVACY & SEGMENTATION
=====================================================================
MER-48420  Fixed: Notes authored in departments flagged as "42 CFR Part 2"
           were visible in the Care Everywhere preview pane for users
           without the SUD-records security point. No data left the
           system; access was limited to internal users. Customers with
           Part 2 programs should review the access audit report
           (SEC-PT2-09) for 11/04-12/08.
MER-48455  New: Sensitivity label "Genetic" available for document
           types; behaves like the existing "Behavioral Health" label.

=====================================================================
5. KNOWN ISSUES
=====================================================================
MER-49002  Printing a multi-page growth chart to PDF may drop page 2.
           Workaround: print to paper or use the browser print preview.

Full ticket list and upgrade checklist:
https://support.meridianehr.example.com/releases/24.4.2

Meridian EHR Release Management
This message was sent to registered customer administrators.
""")

# ---- trap: IT phishing warning quoting fake "lab results" email
add('none', 'trap-phishing-fake-lab-results-alert',
    'IT security warning about a phishing email posing as lab results; no real patient',
    frm='Information Security <infosec@cedarbrookcancer.example.org>',
    to='All Staff <allstaff@cedarbrookcancer.example.org>',
    subject='PHISHING ALERT: fake "Your lab results are ready" emails - do not click',
    date=dt(2024, 10, 17, 10, 41, -5),
    headers=[('Importance', 'High')],
    body="""\
*** PHISHING ALERT ***

This morning several staff received an email that looks like a patient
portal notice. It is NOT from our portal. Example:

  From: "Patient Portal" <noreply@myhealth-results.example.net>
  Subject: Your lab results are ready - action required
  | Dear Patient,
  | Your recent test results (Ref: LAB-20241017) are now available.
  | To view your results you must verify your identity within 24 hours:
  | https://myhealth-results.example.net/verify
  | Failure to verify will result in your results being deleted.

Red flags: generic greeting, urgency, a sender domain that isn't ours,
and a request to "verify" credentials. Our real portal never asks for
your network password.

If you clicked the link or entered your password:
  1. Call the Service Desk right away at (414) 555-0100, option 1.
  2. Change your password from a known-good device.
  3. Do not forward the email to colleagues.

Please report suspicious mail with the "Report Phish" button in Outlook.

Information Security Office
Cedarbrook Cancer Institute
""")

# ---- trap: Part 2 consent form revision memo with blank form PDF
_pt2_pdf = pdf_bytes([
    'CONSENT FOR DISCLOSURE OF SUBSTANCE USE DISORDER RECORDS',
    '(42 CFR Part 2)  -  Form HP-BH-112  rev. 11/2024',
    '',
    'Patient name: ______________________   Date of birth: ____/____/______',
    '',
    'I authorize Harbor Point Bridge Clinic to disclose the following',
    'information: [ ] attendance  [ ] diagnosis  [ ] medications',
    '[ ] lab results  [ ] treatment plan  [ ] all SUD treatment records',
    '',
    'To (name of person or organisation): _______________________________',
    'Purpose of disclosure: _____________________________________________',
    '',
    'This consent expires on: ____________ or upon the following event:',
    '______________________________________________________________',
    '',
    'I understand I may revoke this consent at any time except to the',
    'extent action has been taken in reliance on it.',
    '',
    'Signature: _______________________   Date: ____________',
], 'HP-BH-112 Part 2 consent (blank)')
add('none', 'trap-part2-consent-form-revision-memo',
    'Compliance memo with a blank 42 CFR Part 2 consent form; no individual',
    frm='Compliance Office <compliance@harborpoint.example.org>',
    to='Behavioral Health Managers <bh-managers@harborpoint.example.org>',
    cc='HIM Release of Information <roi@harborpoint.example.org>',
    subject='Revised 42 CFR Part 2 consent form HP-BH-112 - use from Dec 1',
    date=dt(2024, 11, 21, 14, 0, -5),
    body="""\
Managers,

The federal Part 2 rule changes now allow a single consent for all
future uses and disclosures for treatment, payment and health care
operations. We have revised form HP-BH-112 accordingly (attached, blank).

What changes on Dec 1
  - Retire rev. 03/2022. Pull paper stock from all front desks.
  - The new form has a TPO checkbox; leave it unchecked unless the
    patient chooses it.
  - Redisclosure notice text is updated; the EHR letter template
    "PT2_REDISCLOSURE" has been updated to match.
  - Revocations must be scanned to the "Consent - SUD" document type the
    same day.

What does not change
  - Consents for disclosure to courts, employers and probation still
    require a separate, specific form (HP-BH-115).

Training: a 20-minute huddle deck is on the Compliance SharePoint. Please
complete huddles by Nov 29 and send attendance to this mailbox.

Thank you,
Angela Brightwater, JD, CHC
Privacy & Compliance Officer
(757) 555-0107
""",
    atts=[('bytes', 'application', 'pdf', 'HP-BH-112_Part2_Consent_rev2024-11_BLANK.pdf', _pt2_pdf)])

# ---- trap: bridge clinic template change (no patients)
add('none', 'trap-suboxone-bridge-clinic-template-change',
    'Operational scheduling-template change for a buprenorphine bridge clinic; no patients named',
    frm='Keisha Ambrose-Lund <kambroselund@harborpoint.example.org>',
    to='Bridge Clinic Staff <bridgeclinic-staff@harborpoint.example.org>',
    subject='Friday template change starting 1/10 - induction slots',
    date=dt(2024, 12, 19, 16, 55, -5),
    body="""\
Team,

Starting Fri 1/10 the Friday template changes:

  07:30  huddle (was 07:45)
  08:00  NEW PT / induction  (40 min)
  08:40  NEW PT / induction  (40 min)
  09:20-11:40  f/u 20 min x 7
  11:40  walk-in hold
  12:00  lunch
  13:00-15:00  f/u 20 min x 6, 1 Sublocade inj slot at 14:00
  15:00  warm handoffs from ED / inpatient consult

Rationale: we keep bumping Friday inductions to Monday and people don't
come back over a weekend. Two protected induction slots should fix that.

Front desk - please don't book regular f/u into the 08:00/08:40 slots
even if they're empty at 7:30. Release them at 10:00 for walk-ins.

Pharmacy has confirmed they'll stock the clinic cabinet on Thursdays.

Keisha
Keisha Ambrose-Lund, RN, CARN
Nurse Manager, Bridge Clinic
(757) 555-0146
""")

# ---- trap: freight damage claim number
add('none', 'trap-freight-damage-claim-number',
    'Freight damage claim for exam tables; claim number but no health content',
    frm='Claims Department <claims@swiftlanefreight.example.com>',
    to='Purchasing <purchasing@fairhollowclinic.example.org>',
    subject='Claim FRT-2024-88812 received - damaged shipment (2 exam tables)',
    date=dt(2024, 8, 6, 9, 12, -5),
    body="""\
Dear Fairhollow Community Clinic Purchasing,

We have received your cargo claim.

  Claim number:     FRT-2024-88812
  PRO number:       771-2209-4415
  Ship date:        07/29/2024
  Consignee:        Fairhollow Community Clinic, 18 Mill St, Suite 2
  Items claimed:    2 x power exam table (crated), crate corners
                    crushed, one upholstery tear, one base panel cracked
  Amount claimed:   $2,940.00

To complete the claim please send: the signed delivery receipt with the
exception noted, photos of the crates and damage, the vendor invoice,
and a repair estimate or statement that the items are not repairable.

Claims are acknowledged within 30 days and resolved within 120 days of
receipt. Please reference the claim number on all correspondence.

SwiftLane Freight Claims
Phone 1-888-555-0193 | Fax 1-888-555-0194
""")

# ---- trap: employee ID badge reissue
add('none', 'trap-badge-reissue-employee-id',
    'Security notice about badge reissue with an employee ID; no health content',
    frm='Security Services <security@harborpoint.example.org>',
    to='Terrence Oduya <toduya@harborpoint.example.org>',
    subject='Badge reissue ready - Employee ID 0047718',
    date=dt(2024, 5, 14, 11, 20, -4),
    body="""\
Hello Terrence,

Your replacement ID badge is ready for pickup.

  Employee ID:   0047718
  Badge no.:     HP-B-229104 (old badge HP-B-187733 is deactivated)
  Access groups: Main campus general, Parking Garage B, Pharmacy
                 corridor (after hours)

Pick up at the Security office, ground floor near the loading dock,
Mon-Fri 7:00-17:00. Bring a photo ID. There is a $10 replacement fee,
payroll-deducted, for lost (not damaged) badges.

If you find your old badge, please drop it in any Security lockbox.

Security Services
(757) 555-0160
""")

# ---- trap: B2B invoice including naloxone stock
_inv_pdf = pdf_bytes([
    'MEDLINE-WEST DISTRIBUTION (fictional)          INVOICE',
    'Invoice no: INV-3390417      Date: 2024-09-12     Terms: Net 30',
    'Bill to: Eastgate Urgent Care LLC, Acct 40-118823',
    'Ship to: Eastgate Urgent Care, 901 Market Sq, Receiving',
    '',
    'Line  Item            Description                         Qty  Ext.',
    '1     NAL-4NS-2       Naloxone HCl nasal spray 4 mg, 2-pk  24  $1,008.00',
    '      NDC 00000-0417-02 (stock for AED cabinets & staff)',
    '2     GLV-NTR-M       Nitrile exam gloves, M, 100/bx       40    $236.00',
    '3     SHP-2G          Sharps container 2 gal               12     $58.20',
    '4     TNG-DEP         Tongue depressors, 500/bx             6     $27.60',
    '',
    'Subtotal $1,329.80   Freight $0.00   Tax $0.00   TOTAL $1,329.80',
    'Remit to: Lockbox 7721, ACH routing on file. Questions 1-800-555-0166',
], 'Invoice INV-3390417')
add('none', 'trap-naloxone-stock-supply-invoice',
    'Distributor-to-clinic invoice for naloxone stock and supplies (business invoice)',
    frm='Accounts Receivable <ar@medlinewest.example.com>',
    to='Eastgate Urgent Care AP <ap@eastgateuc.example.net>',
    subject='Invoice INV-3390417 for account 40-118823',
    date=dt(2024, 9, 12, 5, 3, -7),
    body="""\
Please find attached invoice INV-3390417 for account 40-118823.

Amount due: $1,329.80
Due date:   10/12/2024

Pay online at https://pay.medlinewest.example.com or by ACH. Please
include the invoice number in the remittance memo.

This is an automated message. Replies go to an unmonitored mailbox; for
billing questions call 1-800-555-0166.
""",
    atts=[('bytes', 'application', 'pdf', 'INV-3390417.pdf', _inv_pdf)])

# ---- trap: CARDIQOR Dear HCP safety letter
add('none', 'trap-cardiqor-dear-hcp-hepatic-letter',
    'Manufacturer Dear Healthcare Provider safety letter for a fictional drug; no individual',
    frm='Veltrane Pharmaceuticals Medical Affairs <medinfo@veltrane.example.com>',
    to='Prescriber <rx-prescribers@lists.veltrane.example.com>',
    subject='IMPORTANT DRUG WARNING: CARDIQOR (vorlacitan) - new hepatic monitoring recommendation',
    date=dt(2024, 6, 3, 7, 0, -4),
    body="""\
IMPORTANT DRUG WARNING
Subject: Serious liver injury with CARDIQOR (vorlacitan) tablets

Dear Healthcare Provider,

Veltrane Pharmaceuticals wishes to inform you of new safety information
for CARDIQOR, indicated to reduce the risk of hospitalisation for heart
failure in adults with chronic heart failure and reduced ejection
fraction.

Summary
 * Cases of serious drug-induced liver injury, including 2 cases of
   acute liver failure, have been reported in post-marketing use and in
   the open-label extension of the CARDIQOR-HF trial.
 * Onset was typically between weeks 4 and 12 of treatment.
 * The Prescribing Information now recommends measuring ALT, AST and
   total bilirubin before starting CARDIQOR, monthly for the first 3
   months, and periodically thereafter.
 * Discontinue CARDIQOR if ALT or AST exceeds 5x ULN, or 3x ULN with
   total bilirubin above 2x ULN. Do not rechallenge.

Please share this information with your patients and other members of
your practice who may prescribe CARDIQOR. Updated Medication Guides are
being shipped with all new lots.

Report suspected adverse reactions to Veltrane Drug Safety at
1-877-555-0110 or to the national adverse event reporting programme.

Sincerely,
Ingrid Valtonen, MD, PhD
Vice President, Global Patient Safety
Veltrane Pharmaceuticals

Full Prescribing Information: https://veltrane.example.com/cardiqor/pi
""")

# ---- trap: school nurse general newsletter
add('none', 'trap-school-nurse-family-newsletter',
    'School nurse newsletter to all families about medication forms, lice and vaccines; no individual student',
    frm='Nurse Paloma Whitcombe <pwhitcombe@ridgeviewschools.example.org>',
    to='Ridgeview Elementary Families <families@ridgeviewschools.example.org>',
    subject='From the Health Office: medication forms, lice check tips, flu clinic',
    date=dt(2024, 9, 9, 15, 30, -5),
    body="""\
Dear Ridgeview families,

Welcome back! A few reminders from the Health Office:

MEDICATION AT SCHOOL
Any medication given at school (including inhalers, epinephrine
auto-injectors, and over-the-counter pain relievers) needs a new
Medication Authorization Form for this school year, signed by a parent
and the prescriber. Medication must come in the original labelled
container. Students in grades 4-5 may carry their own inhaler or
auto-injector with a self-carry form.

LICE
It's that time of year. Head lice are a nuisance, not a health hazard,
and they don't mean a home is unclean. Check your child's hair weekly,
especially behind the ears and at the nape of the neck. We no longer
send whole classes home; we'll call you privately if we find live lice.

FLU CLINIC
Our community partner will hold a free flu vaccine clinic in the gym on
Thursday, October 17, 2:30-6:00 PM for students and family members.
Consent forms go home in Friday folders.

SICK DAY RULES
Please keep your child home with a fever of 100.4 F or higher, vomiting
or diarrhoea, and until 24 hours fever-free without medicine.

Questions? Call the Health Office at (262) 555-0135 or email me.

Paloma Whitcombe, BSN, RN, NCSN
School Nurse, Ridgeview Elementary
""")

# ---- trap: lab test menu update (STI NAAT, HIV Ag/Ab)
add('none', 'trap-lab-test-menu-sti-hiv-assays',
    'Reference lab test-menu update for STI NAAT and HIV Ag/Ab assays; no patient',
    frm='Northwood Reference Labs Client Services <clientservices@northwoodlabs.example.com>',
    to='Client Offices <client-notices@lists.northwoodlabs.example.com>',
    subject='Test menu update effective Oct 21: CT/NG/TV NAAT, HIV-1/2 Ag/Ab 4th gen, specimen changes',
    date=dt(2024, 10, 1, 6, 30, -5),
    body="""\
NORTHWOOD REFERENCE LABS - CLIENT NOTICE 2024-27
Effective Monday, October 21, 2024

NEW TEST
  Test code 18840  Chlamydia / Gonorrhea / Trichomonas NAAT panel
  Specimens: urine (first-catch, 20-30 mL, in NAAT transport tube),
             vaginal swab (clinician- or self-collected), endocervical,
             urethral, pharyngeal and rectal swabs
  Stability: 30 days at 2-30 C in transport media
  TAT: 1-2 days
  CPT: 87491, 87591, 87661

REPLACED TEST
  Test code 16610  HIV-1/2 antigen/antibody, 4th generation, with
  reflex to HIV-1/HIV-2 antibody differentiation and HIV-1 RNA.
  Replaces test code 16600 (3rd generation antibody only).
  Specimen: serum, 1 mL, SST; refrigerate.

DISCONTINUED
  Test code 11205  Chlamydia culture - use 18840.
  Test code 11400  Herpes culture - use HSV 1/2 PCR (test code 11430).

SUPPLIES
  The old gray-cap swab kits will be rejected after Nov 30. Order the
  new orange-cap NAAT collection kits (item K-NAAT-OR) through the
  supply portal.

Questions: Client Services (888) 555-0155.
Test directory: https://directory.northwoodlabs.example.com
""")

# ---- trap: HR open enrollment mentioning EAP / fertility benefits
add('none', 'trap-open-enrollment-fertility-eap-benefits',
    'HR open-enrollment mail describing fertility, EAP and behavioral health benefits in general',
    frm='Benefits Team <benefits@lakesidefm.example.org>',
    to='All Employees <everyone@lakesidefm.example.org>',
    subject='Open Enrollment Nov 4-18: what\'s new for 2025 (fertility benefit, EAP, HSA)',
    date=dt(2024, 10, 28, 8, 15, -5),
    body="""\
Hi everyone,

Open Enrollment runs Monday, November 4 through Monday, November 18.
If you do nothing, your current medical, dental and vision elections
roll over, but FSA and HSA contributions do NOT - you must re-elect.

WHAT'S NEW FOR 2025
1. Fertility and family-building benefit. The PPO and HDHP plans now
   include up to $20,000 lifetime for fertility preservation (egg or
   sperm freezing), IVF, and adoption or surrogacy expenses, administered
   by a separate vendor. No diagnosis of infertility is required.
2. Employee Assistance Program (EAP). Sessions per issue increase from
   6 to 8 for free confidential counselling for you and household
   members - stress, grief, relationship issues, substance use. The EAP
   never reports individual use to Lakeside.
3. Behavioral health copay on the PPO drops to $0 for in-network
   therapy and psychiatry visits.
4. HSA employer seed increases to $750 (single) / $1,500 (family).
5. Contraception, preventive screenings and vaccines remain covered at
   100% in-network on all plans.

PREMIUMS
Employee-only PPO premiums rise $6 per pay period; HDHP premiums are
unchanged. See the rate sheet on the intranet.

HOW TO ENROLL
Log in at https://benefits.lakesidefm.example.org with your network ID.
Drop-in help sessions: Tue Nov 5 and Thu Nov 14, 12-1, Conference Room B.

Questions? benefits@lakesidefm.example.org or (920) 555-0111.

Lakeside Benefits Team
""")

# ---- trap: MIGRALUX lunch-and-learn marketing
add('none', 'trap-migralux-lunch-and-learn-invite',
    'Pharma rep marketing a lunch program for a fictional migraine drug; no individual',
    frm='Trent Galloway <trent.galloway@solvanebio.example.com>',
    to='Dr. Amara Lindqvist <alindqvist@lakesidefm.example.org>',
    cc='Front Desk <frontdesk@lakesidefm.example.org>',
    subject='Lunch for your team on 10/9? MIGRALUX (relcogepant) update \U0001F96A',
    date=dt(2024, 9, 23, 13, 2, -5),
    body="""\
Hi Dr. Lindqvist,

Hope the fall rush isn't too bad! I'd love to bring lunch for your team
on Wednesday 10/9 and share a quick 15-minute update on MIGRALUX
(relcogepant) 75 mg ODT for the acute treatment of migraine with or
without aura in adults.

New since we last met:
  - MIGRALUX-LONG 52-week open-label safety data
  - Updated co-pay program: eligible commercially insured patients may
    pay as little as $0 per fill (restrictions apply)
  - Sample availability for your office

I can do Sal's Deli or the Mediterranean place again. Let me know the
headcount and any dietary restrictions for the group.

Best,
Trent Galloway
Neuroscience Territory Manager, Solvane Bio
Mobile (920) 555-0183

Please see full Prescribing Information:
https://solvanebio.example.com/migralux/pi
This communication is intended for US healthcare professionals only.
""")

# ---- regular none: meeting invite with iCalendar
_ics = """\
BEGIN:VCALENDAR\r
PRODID:-//Harbor Point//Scheduler 9.1//EN\r
VERSION:2.0\r
METHOD:REQUEST\r
BEGIN:VTIMEZONE\r
TZID:America/New_York\r
BEGIN:STANDARD\r
DTSTART:20241103T020000\r
TZOFFSETFROM:-0400\r
TZOFFSETTO:-0500\r
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r
END:STANDARD\r
BEGIN:DAYLIGHT\r
DTSTART:20240310T020000\r
TZOFFSETFROM:-0500\r
TZOFFSETTO:-0400\r
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r
END:DAYLIGHT\r
END:VTIMEZONE\r
BEGIN:VEVENT\r
UID:qpsc-2024-12-w1@harborpoint.example.org\r
DTSTAMP:20241115T140000Z\r
DTSTART;TZID=America/New_York:20241210T073000\r
DTEND;TZID=America/New_York:20241210T090000\r
SUMMARY:Quality & Patient Safety Committee - December\r
LOCATION:Admin Bldg Conf Rm 3 / video link in description\r
ORGANIZER;CN=Quality Office:mailto:quality@harborpoint.example.org\r
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=QPSC Members:mailto:qpsc@harborpoint.example.org\r
DESCRIPTION:Agenda: CLABSI and CAUTI rates Q3\\, falls with injury trend\\,\r
  sepsis bundle compliance\\, hand hygiene audits\\, annual PSO report. Video\r
 : https://meet.harborpoint.example.org/qpsc\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
END:VEVENT\r
END:VCALENDAR\r
""".replace('\r\n', '\n')
add('none', 'qpsc-meeting-invite-ics',
    'Calendar invite for a quality committee meeting with aggregate agenda items',
    frm='Quality Office <quality@harborpoint.example.org>',
    to='QPSC Members <qpsc@harborpoint.example.org>',
    subject='Invitation: Quality & Patient Safety Committee - December @ Tue Dec 10, 7:30am',
    date=dt(2024, 11, 15, 9, 0, -5),
    body="""\
Quality & Patient Safety Committee - December
Tue Dec 10, 7:30-9:00 AM ET
Admin Bldg Conf Rm 3 / https://meet.harborpoint.example.org/qpsc

Agenda
  1. CLABSI and CAUTI rates, Q3
  2. Falls with injury - 12-month trend
  3. Sepsis bundle compliance (SEP-1)
  4. Hand hygiene audit results by unit
  5. Annual PSO report - draft for approval

Breakfast provided. Please accept or decline so we can order.
""",
    ics=_ics)

# ---- regular none: IT VPN maintenance
add('none', 'it-vpn-certificate-maintenance',
    'IT maintenance notice about VPN certificate rollover',
    frm='IT Service Desk <servicedesk@fairhollowclinic.example.org>',
    to='All Users <allusers@fairhollowclinic.example.org>',
    subject='[Maintenance] Remote access (VPN) certificate rollover Sat 11/16 22:00-02:00',
    date=dt(2024, 11, 13, 12, 0, -6),
    body="""\
WHAT:  Remote access VPN certificate rollover and firmware update
WHEN:  Saturday 11/16, 22:00 - Sunday 11/17, 02:00
IMPACT: VPN unavailable for up to 30 minutes during the window. On-site
        network, email and the EHR are not affected.

After the window, the VPN client may show a "new server certificate"
prompt the first time you connect. This is expected ONCE. Click Accept.
If you see it again after that, stop and call the Service Desk.

Laptops that have not connected since October will need to be on-site
or on VPN before 11/16 to pick up the new root certificate.

Service Desk: (719) 555-0122, 24x7
""")

# ---- regular none: shift swap with signature
add('none', 'nurse-shift-swap-request',
    'Staff shift swap request with phone signature; no patient or health content',
    frm='Alondra Pike <apike@harborpoint.example.org>',
    to='5 West RNs <5west-rn@harborpoint.example.org>',
    subject='anyone want my sat 12/14 day? will take a night',
    date=dt(2024, 12, 3, 21, 44, -5),
    body="""\
hi all - my brother moved his wedding up so i need off sat 12/14 (day,
0700-1930). i can pick up any night the week of 12/16 or a weekend day
in jan. charge already ok'd it as long as skill mix works.

text me if interested, i'll put the swap in kronos

thx!!
Alondra

Alondra Pike, BSN, RN
5 West Med/Surg | Harbor Point Hospital
cell (757) 555-0188
""")

# ---- regular none: office supply order confirmation
add('none', 'office-supply-order-confirmation',
    'Order confirmation for office supplies (toner, labels, paper)',
    frm='OfficeDepotDirect Orders <no-reply@officedepotdirect.example.com>',
    to='Marisol Trevino <mtrevino@eastgateuc.example.net>',
    subject='Order confirmation #ODD-61-228410',
    date=dt(2024, 8, 20, 10, 14, -7),
    body="""\
Thanks for your order, Marisol!

Order #ODD-61-228410   Placed 08/20/2024
Ship to: Eastgate Urgent Care, 901 Market Sq, Suite 100

  1  Toner cartridge, black, high-yield (LX-420)      $89.99
  6  Thermal label rolls 2.25" x 1.25", 1,000/roll    $71.94
  5  Copy paper, letter, 10 ream case                 $54.95
  2  Clipboards, letter, hardboard                     $5.58

  Subtotal $222.46 | Shipping FREE | Tax $18.35 | Total $240.81
  Charged to card ending 4410

Estimated delivery: Thu 08/22. We'll email tracking when it ships.

Manage your account: https://officedepotdirect.example.com/account
""",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h3>Thanks for your order, Marisol!</h3>
<p>Order <b>#ODD-61-228410</b> &middot; Placed 08/20/2024<br>Ship to: Eastgate Urgent Care, 901 Market Sq, Suite 100</p>
<table cellpadding="4" style="border-collapse:collapse" border="1">
<tr><th>Qty</th><th>Item</th><th>Price</th></tr>
<tr><td>1</td><td>Toner cartridge, black, high-yield (LX-420)</td><td>$89.99</td></tr>
<tr><td>6</td><td>Thermal label rolls 2.25&quot; x 1.25&quot;, 1,000/roll</td><td>$71.94</td></tr>
<tr><td>5</td><td>Copy paper, letter, 10 ream case</td><td>$54.95</td></tr>
<tr><td>2</td><td>Clipboards, letter, hardboard</td><td>$5.58</td></tr>
</table>
<p>Subtotal $222.46 &middot; Shipping FREE &middot; Tax $18.35 &middot; <b>Total $240.81</b><br>Charged to card ending 4410</p>
<p>Estimated delivery: Thu 08/22.</p>
<p><a href="https://officedepotdirect.example.com/account">Manage your account</a></p>
</body></html>
""")

# ---- regular none: vendor support ticket resolved
add('none', 'vendor-support-ticket-report-scheduler',
    'Software vendor support ticket about a report scheduler; no patient data',
    frm='Meridian EHR Support <support@meridianehr.example.com>',
    to='Owen Castellanos <ocastellanos@lakesidefm.example.org>',
    subject='[Case 00441207] Scheduled reports not running after DST change - Resolved',
    date=dt(2024, 11, 5, 16, 20, -6),
    irt='<case00441207.1@meridianehr.example.com>',
    body="""\
Hello Owen,

Your case 00441207 has been marked Resolved.

Summary: Scheduled reports set for 01:00-02:00 local did not run on
Sunday 11/3 because the scheduler skipped the repeated hour after the
daylight saving change. Hotfix HF-24.4.1-17 was applied to your
environment at 14:05 CT. The 11/3 jobs were re-run manually and
completed.

Recommendation: avoid scheduling jobs between 01:00 and 03:00 local.

If the issue recurs, reply to this email within 14 days to reopen the
case.

Regards,
Bao-Tran Whitley
Technical Support Engineer II, Meridian EHR
+1 (615) 555-0142
""")

# ---- regular none: aggregate patient experience report
add('none', 'patient-experience-q3-aggregate-scores',
    'Aggregate patient-experience survey scores by clinic; no individual',
    frm='Patient Experience Office <px@fairhollowclinic.example.org>',
    to='Clinic Managers <clinic-managers@fairhollowclinic.example.org>',
    subject='Q3 patient experience scores by site',
    date=dt(2024, 10, 14, 8, 30, -6),
    body="""\
Managers,

Q3 survey results are in (n = 1,184 returned surveys, 21% response).

Top-box % ("Would you recommend this office?")
  Site                 Q2     Q3     Goal
  Main St Family       78%    81%    80%
  Southside Pediatrics 84%    83%    80%
  Mill St Walk-in      66%    71%    75%
  Eastside Women's     80%    79%    80%

Biggest movers
  + Mill St: "wait time explained" up 11 pts after the lobby screens
  - Eastside: "ease of getting through on phone" down 6 pts

Comment themes (coded, no names): parking (41), friendly front desk
(38), long hold times (33), portal sign-up confusion (19).

Full dashboards are in the PX folder. Please bring one action item per
site to the Oct 24 managers' meeting.

Thanks,
Yesenia Calloway-Burke
Patient Experience Manager
(719) 555-0117
""")


# ==================================================================== PHI

# ---- appointment reminder, bilingual EN/ES, utf-8 QP, alt html
add('phi', 'derm-biopsy-followup-reminder-bilingual',
    'Reminder addressed to a named patient for a dermatology biopsy-site follow-up visit',
    frm='Lakeside Family Medicine <appointments@lakesidefm.example.org>',
    to='Graciela Ontiveros <gracie.ontiveros@example.net>',
    subject='Appointment reminder / Recordatorio de cita \u2013 Tue Dec 3, 9:40 AM',
    date=dt(2024, 11, 29, 8, 5, -6),
    body="""\
Hello Graciela,

This is a reminder of your appointment:

  Dermatology - Dr. Tomasz Wierzbicki
  Tuesday, December 3, 2024 at 9:40 AM
  Lakeside Family Medicine, 2nd floor, Suite 210
  Reason: follow-up of biopsy site, left shoulder (suture removal)

Please arrive 15 minutes early and bring your insurance card. If the
site shows redness spreading beyond the edge of the bandage, fever, or
pus, call us before your visit.

To cancel or reschedule call (920) 555-0104.

-----

Hola Graciela:

Le recordamos su cita:

  Dermatología - Dr. Tomasz Wierzbicki
  martes, 3 de diciembre de 2024, a las 9:40 a. m.
  Lakeside Family Medicine, 2.º piso, consultorio 210
  Motivo: control del sitio de la biopsia, hombro izquierdo (retiro de
  puntos)

Por favor llegue 15 minutos antes y traiga su tarjeta del seguro. Si
nota enrojecimiento que se extiende, fiebre o pus, llámenos antes de la
cita.

Para cancelar o cambiar la cita llame al (920) 555-0104.
""",
    html="""\
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Hello Graciela,</p>
<p>This is a reminder of your appointment:</p>
<blockquote><b>Dermatology &ndash; Dr. Tomasz Wierzbicki</b><br>
Tuesday, December 3, 2024 at 9:40 AM<br>
Lakeside Family Medicine, 2nd floor, Suite 210<br>
Reason: follow-up of biopsy site, left shoulder (suture removal)</blockquote>
<p>Please arrive 15 minutes early and bring your insurance card.</p>
<hr>
<p lang="es">Hola Graciela:</p>
<p lang="es">Le recordamos su cita:</p>
<blockquote lang="es"><b>Dermatología &ndash; Dr. Tomasz Wierzbicki</b><br>
martes, 3 de diciembre de 2024, a las 9:40 a.&nbsp;m.<br>
Lakeside Family Medicine, 2.º piso, consultorio 210<br>
Motivo: control del sitio de la biopsia, hombro izquierdo (retiro de puntos)</blockquote>
<p>(920) 555-0104</p>
</body></html>
""")

# ---- terse RN handoff, post-op oxycodone (pain, not SUD)
add('phi', 'postop-handoff-lap-chole-oxycodone',
    'Nurse handoff on a named post-op patient incl. oxycodone for surgical pain (not SUD treatment)',
    frm='Bea Nakashima <bnakashima@harborpoint.example.org>',
    to='Luis Ferreira <lferreira@harborpoint.example.org>',
    subject='rm 512 - Pruitt',
    date=dt(2024, 12, 4, 18, 58, -5),
    body="""\
Luis - quick one for 512 since you're taking her at 1900:

Delphine Pruitt, 67F, MRN 00482913
s/p lap chole 12/3 (acute cholecystitis), POD1
VSS, afeb. SpO2 95% RA. IS 1250.
pain 3-4/10 w/ oxycodone 5mg PO q4h prn - last dose 1640. tylenol
sched 1g q8h. no PCA.
tol clears, advance to low fat at dinner if no n/v
JP drain removed this am, site CDI
voided x2, ambulated hall x3 w/ SBA
hx afib on apixaban - held periop, surgery ok'd restart tonight 2100,
dose is in the MAR
d/c likely tomorrow am, daughter picking up (number on facesheet)

Bea
""")

# ---- collections / final notice from Oncology Billing, HTML
add('phi', 'oncology-billing-final-notice-balance',
    'Oncology Billing final notice with a named patient, account number and balance for infusion services',
    frm='Oncology Billing <onc.billing@cedarbrookcancer.example.org>',
    to='Wendell Achterberg <w.achterberg@example.com>',
    subject='Final notice - account 88120443 - balance $412.18',
    date=dt(2024, 11, 18, 7, 0, -6),
    body="""\
CEDARBROOK CANCER INSTITUTE - PATIENT FINANCIAL SERVICES

FINAL NOTICE

Patient:        Wendell Achterberg
Account:        88120443
Statement date: 11/18/2024

Date of service  Description                               Balance
08/14/2024       Chemotherapy infusion, first hour (96413)   $268.40
08/14/2024       Infusion, each addl hour (96415)             $61.22
08/14/2024       Antiemetic injection (96375)                 $37.56
09/04/2024       Office visit, est. patient (99214)           $45.00
                                                  -----------------
                 Insurance paid / adjusted, patient portion $412.18

Your insurance has processed these claims and the remaining amount is
your responsibility. We have not received a payment or a response to
our statements of 09/20 and 10/21.

Please pay by 12/18/2024 to avoid referral to an outside collection
agency. If you cannot pay in full, we offer interest-free payment plans
and financial assistance. Call us at (414) 555-0116, Mon-Fri 8-5.

Pay online: https://pay.cedarbrookcancer.example.org (account 88120443)
""",
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p style="font-size:11px;color:#555">CEDARBROOK CANCER INSTITUTE &middot; PATIENT FINANCIAL SERVICES</p>
<h2 style="color:#a00">FINAL NOTICE</h2>
<p>Patient: <b>Wendell Achterberg</b><br>Account: <b>88120443</b><br>Statement date: 11/18/2024</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date of service</th><th>Description</th><th>Balance</th></tr>
<tr><td>08/14/2024</td><td>Chemotherapy infusion, first hour (96413)</td><td align="right">$268.40</td></tr>
<tr><td>08/14/2024</td><td>Infusion, each addl hour (96415)</td><td align="right">$61.22</td></tr>
<tr><td>08/14/2024</td><td>Antiemetic injection (96375)</td><td align="right">$37.56</td></tr>
<tr><td>09/04/2024</td><td>Office visit, est. patient (99214)</td><td align="right">$45.00</td></tr>
<tr><td colspan="2"><b>Patient portion</b></td><td align="right"><b>$412.18</b></td></tr>
</table>
<p>Please pay by <b>12/18/2024</b> to avoid referral to an outside collection agency. Interest-free
payment plans and financial assistance are available: (414) 555-0116.</p>
<p><a href="https://pay.cedarbrookcancer.example.org">Pay online</a></p>
</body></html>
""")

# ---- prior auth approval, PDF letter attached
_pa_pdf = pdf_bytes([
    'CEDAR VALLEY HEALTH PLAN - UTILIZATION MANAGEMENT',
    'NOTICE OF APPROVAL',
    '',
    'Member: Rosalind Terhune          Member ID: CVH884120377',
    'Date of birth: 02/09/1971         Group: 00418-LAKESIDE',
    'Requesting provider: Dr. Femi Adeyemi-Larsen, NPI ' + npi('174250963'),
    'Servicing facility: Lakeshore Imaging Center',
    '',
    'Authorization no.: UM-24-1188230',
    'Service: MRI lumbar spine without contrast (CPT 72148), 1 unit',
    'Diagnosis: M54.16 Radiculopathy, lumbar region; M51.26 disc displacement',
    'Valid: 10/22/2024 through 12/20/2024',
    '',
    'Criteria met: 6+ weeks of conservative therapy (PT, NSAIDs)',
    'with persistent L5 radicular symptoms and new foot dorsiflexion weakness.',
    '',
    'This approval is not a guarantee of payment. Benefits are subject to',
    'eligibility on the date of service and plan terms.',
], 'UM-24-1188230 approval')
add('phi', 'prior-auth-approval-mri-lumbar',
    'Payer prior-authorization approval for a named member\'s lumbar MRI with member ID and diagnosis',
    frm='CVHP Utilization Management <um-notices@cedarvalleyhp.example.com>',
    to='Lakeside Referrals <referrals@lakesidefm.example.org>',
    subject='Auth UM-24-1188230 APPROVED - Terhune, Rosalind - CPT 72148',
    date=dt(2024, 10, 22, 14, 47, -5),
    body="""\
Authorization UM-24-1188230 has been APPROVED.

Member:     TERHUNE, ROSALIND   ID CVH884120377
Service:    72148 MRI lumbar spine w/o contrast x1
Valid:      10/22/2024 - 12/20/2024
Facility:   Lakeshore Imaging Center

The approval letter is attached. A copy has been mailed to the member.

Cedar Valley Health Plan Provider Services: 1-866-555-0147
This e-mail was sent from an unmonitored address.
""",
    atts=[('bytes', 'application', 'pdf', 'UM-24-1188230_approval.pdf', _pa_pdf)])

# ---- payer EOB, HTML-heavy
add('phi', 'payer-eob-cardiology-new-patient',
    'Explanation of Benefits for a named member with claim number and services',
    frm='Cedar Valley Health Plan <member-notices@cedarvalleyhp.example.com>',
    to='Harlan Mbeki-Stone <hmbekistone@example.org>',
    subject='Your Explanation of Benefits is ready - claim 2024-11-0093312',
    date=dt(2024, 11, 26, 4, 30, -5),
    body="""\
CEDAR VALLEY HEALTH PLAN
EXPLANATION OF BENEFITS - THIS IS NOT A BILL

Member: Harlan Mbeki-Stone     Member ID: CVH550218841
Claim number: 2024-11-0093312  Processed: 11/25/2024
Provider: Brightwater Heart & Vascular, Dr. Ilse Marchetti-Obi
Patient: Harlan Mbeki-Stone    Date of service: 11/07/2024

Service                              Billed   Allowed  Plan paid  You owe
New patient visit, level 4 (99204)   $410.00  $236.14  $196.14    $40.00 copay
Electrocardiogram, 12-lead (93000)    $82.00   $21.60   $21.60     $0.00
Echocardiogram, complete (93306)   $1,240.00  $402.77  $322.22    $80.55 coins.
Totals                             $1,732.00  $660.51  $539.96   $120.55

Deductible met to date: $1,500.00 of $1,500.00
Out-of-pocket to date:  $1,884.30 of $5,000.00

Your provider may bill you up to $120.55. If you have questions or want
to appeal, call Member Services at 1-866-555-0145 (TTY 711) or visit
https://members.cedarvalleyhp.example.com.
""",
    html="""\
<!DOCTYPE html>
<html><head><meta charset="us-ascii"><title>EOB</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f2f5f7;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="14" style="background:#fff">
<tr><td style="background:#12506b;color:#fff;font-size:18px">Cedar Valley Health Plan</td></tr>
<tr><td>
<p style="font-size:16px"><b>Explanation of Benefits</b> &mdash; <i>this is not a bill</i></p>
<p>Member: Harlan Mbeki-Stone &middot; Member ID: CVH550218841<br>
Claim number: 2024-11-0093312 &middot; Processed 11/25/2024<br>
Provider: Brightwater Heart &amp; Vascular, Dr. Ilse Marchetti-Obi<br>
Date of service: 11/07/2024</p>
<table width="100%" border="1" cellpadding="5" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e8eef1"><th align="left">Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>New patient visit, level 4 (99204)</td><td>$410.00</td><td>$236.14</td><td>$196.14</td><td>$40.00 copay</td></tr>
<tr><td>Electrocardiogram, 12-lead (93000)</td><td>$82.00</td><td>$21.60</td><td>$21.60</td><td>$0.00</td></tr>
<tr><td>Echocardiogram, complete (93306)</td><td>$1,240.00</td><td>$402.77</td><td>$322.22</td><td>$80.55 coinsurance</td></tr>
<tr style="font-weight:bold"><td>Totals</td><td>$1,732.00</td><td>$660.51</td><td>$539.96</td><td>$120.55</td></tr>
</table>
<p style="font-size:12px">Deductible met to date: $1,500.00 of $1,500.00<br>Out-of-pocket to date: $1,884.30 of $5,000.00</p>
<p style="font-size:12px">Questions or appeals: Member Services 1-866-555-0145 (TTY 711) &middot;
<a href="https://members.cedarvalleyhp.example.com">members.cedarvalleyhp.example.com</a></p>
</td></tr></table></td></tr></table>
</body></html>
""")

# ---- one-line retail pharmacy ready notice
add('phi', 'retail-rx-ready-one-liner',
    'Pharmacy pickup notice naming the patient and drug',
    frm='Northgate Pharmacy #114 <alerts@northgatepharmacy.example.com>',
    to='james.tolliver@example.net',
    subject='Rx ready',
    date=dt(2024, 7, 9, 15, 2, -4),
    body="""\
Northgate Pharmacy: Rx for JAMES TOLLIVER (LISINOPRIL 20 MG TAB, #90) is ready for pickup at 14th & Vine. Questions (330) 555-0137. Reply STOP to opt out.
""")

# ---- specialty pharmacy biologic delivery, reply chain with patient
add('phi', 'specialty-rx-ustekinumab-delivery-reply',
    'Specialty pharmacy and named patient coordinating delivery of a biologic for Crohn\'s disease',
    frm='Brightwater Specialty Pharmacy <care.team@brightwaterrx.example.com>',
    to='Corinne Abernathy-Sato <corinne.as@example.com>',
    subject='RE: delivery window for your next ustekinumab shipment',
    date=dt(2024, 9, 17, 11, 26, -5),
    irt='<CAJx8812.corinne@mail.example.com>',
    body="""\
Hi Corinne,

Thanks for letting us know. We've moved your delivery to Friday 9/20
between 8 AM and noon, signature required. It will come in the insulated
box with two gel packs - please refrigerate the syringe (36–46 °F) as
soon as it arrives and do not freeze it. It can be at room temperature
for up to 30 days if needed, but write the date on the carton.

Your next maintenance dose (90 mg subcutaneous, every 8 weeks) is due
9/23 per Dr. Halvorsen's order. Your copay card covered the full copay
of $150.00 this fill, so you owe $0.

Reminder: Dr. Halvorsen's office asked that you complete your CBC and
CMP before the October visit; the lab order is already on file.

Warmly,
Ines Baptiste, CPhT
Patient Care Coordinator, Brightwater Specialty Pharmacy
1-844-555-0152 ext 3 | Mon-Fri 8a-7p
Brightwater Specialty Pharmacy, 700 Commerce Pkwy, Suite 14

This message may contain confidential health information intended only
for the addressee. If you received it in error, please notify us and
delete it.

On Mon, Sep 16, 2024 at 9:02 PM Corinne Abernathy-Sato
<corinne.as@example.com> wrote:
> Hi, I got the text saying my Stelara is shipping Weds but I'm
> traveling for work until Thursday night. Can it come Friday instead? I
> don't want it sitting on the porch. Also is the copay card still
> working? Last time I had to call.
>
> Thanks, Corinne
""")

# ---- mail-order renewal request to prescriber, PDF fax-style
_mo_npi = npi('132947806')
_mo_pdf = pdf_bytes([
    'HOMEPOINT MAIL ORDER PHARMACY - PRESCRIPTION RENEWAL REQUEST',
    'Fax to: Lakeside Family Medicine  (920) 555-0106',
    '',
    'Patient: Ezekiel Varga            DOB: 06/30/1958',
    'Member ID: HPX-00771934           Phone on file: (920) 555-0196',
    'Prescriber: Dr. Femi Adeyemi-Larsen   NPI ' + _mo_npi,
    '',
    '1) Metformin ER 750 mg tablet - take 2 tablets by mouth with evening meal',
    '   Qty 180 (90-day)   Last fill 08/02/2024   Refills remaining: 0',
    '2) Atorvastatin 40 mg tablet - take 1 tablet by mouth at bedtime',
    '   Qty 90  (90-day)   Last fill 08/02/2024   Refills remaining: 0',
    '',
    '[ ] Approve as written   Refills: ____    [ ] Deny   [ ] Needs visit',
    '',
    'Prescriber signature: ______________________  Date: __________',
], 'Renewal request Varga')
add('phi', 'mailorder-renewal-request-metformin',
    'Mail-order pharmacy renewal request to prescriber with patient name, DOB and medications',
    frm='HomePoint Mail Order Rx <renewals@homepointrx.example.com>',
    to='Lakeside Rx Refills <rxrefills@lakesidefm.example.org>',
    subject='Renewal request - VARGA, EZEKIEL - DOB 06/30/1958 - 2 items',
    date=dt(2024, 10, 28, 2, 14, -7),
    body="""\
Renewal request for patient EZEKIEL VARGA (DOB 06/30/1958).

Items: metformin ER 750 mg (qty 180), atorvastatin 40 mg (qty 90)
Prescriber: Femi Adeyemi-Larsen, MD (NPI %s)

Please review the attached form and respond by e-prescription, fax
(877) 555-0181, or by signing and returning the form. The patient has
about 9 days of medication remaining.

HomePoint Mail Order Pharmacy - prescriber line 1-877-555-0180
""" % _mo_npi,
    atts=[('bytes', 'application', 'pdf', 'renewal_request_HPX-00771934.pdf', _mo_pdf)])

# ---- compounding pharmacist dose clarification
add('phi', 'compounding-omeprazole-infant-dose-clarify',
    'Compounding pharmacist asks pediatrician to clarify an infant\'s omeprazole suspension dose',
    frm='"Aldous Reyes-Whitford, PharmD" <areyes@alderstcompounding.example.com>',
    to='Southside Pediatrics Nurse Line <nurseline@southsidepeds.example.org>',
    subject='Dose clarification needed - omeprazole susp for baby Kaspar Lindgren-Obeng',
    date=dt(2024, 4, 16, 10, 3, -5),
    body="""\
Hello,

We received an e-Rx this morning from Dr. Nwachukwu for:

  Patient: Kaspar Lindgren-Obeng, DOB 11/02/2023
  Omeprazole 2 mg/mL oral suspension (compounded, sodium bicarbonate
  base), 10 mg PO BID, disp 150 mL

Mom reports his weight at the 5-month visit was 8.2 kg. 10 mg BID =
20 mg/day, which is about 2.4 mg/kg/day and higher than what we usually
see for infant GERD (roughly 1 mg/kg/day, given once or divided). It may
be intended - just want to confirm before we compound.

Also, our suspension is stable for 30 days refrigerated; at 5 mL twice a
day 150 mL lasts 15 days. If the dose changes we'll adjust the volume.

Please call me at (608) 555-0126 or reply here. We'll hold the
prescription until we hear back; mom knows to expect a call.

Thank you,
Aldous Reyes-Whitford, PharmD
Alder Street Compounding Pharmacy
(608) 555-0126 | fax (608) 555-0127
""")

# ---- critical lab value call documentation
add('phi', 'critical-potassium-callback-readback',
    'Lab critical-value notification with patient MRN and potassium result',
    frm='Harbor Point Core Lab <corelab.critical@harborpoint.example.org>',
    to='Hospitalist On Call <hospitalist.oncall@harborpoint.example.org>',
    subject='CRITICAL VALUE - K 6.4 - MRN 00715520 - 4 East bed 12',
    date=dt(2024, 12, 7, 2, 19, -5),
    headers=[('Importance', 'High'), ('X-Priority', '1')],
    body="""\
CRITICAL RESULT NOTIFICATION

Patient:     OKONJO, BARNABY A.
MRN:         00715520     Loc: 4E-12
Accession:   HP24-1207-00318
Collected:   12/07/2024 01:42
Test:        Potassium, plasma   6.4 mmol/L (ref 3.5-5.1)   CRITICAL
             Hemolysis index:  not hemolyzed
Other:       Creatinine 3.1 mg/dL (prior 1.8 on 12/05), CO2 17

Called to:   Dr. R. Vasquez-Pell (hospitalist), 02:16
Read back:   yes, confirmed by Dr. Vasquez-Pell
Called by:   J. Santiago, MLT

This e-mail is a copy of the call documentation for the chart. It does
not replace the telephone notification.
Core Lab ext 4400 / (757) 555-0185
""")

# ---- imaging centre DEXA report, text attachment
_dexa_report = """\
LAKESHORE IMAGING CENTER
DUAL-ENERGY X-RAY ABSORPTIOMETRY (DXA) REPORT

Patient:   Philippa Ansari-Kwok       DOB: 01/19/1952   Sex: F
MRN:       LIC-2231087                Exam date: 10/15/2024
Referring: Femi Adeyemi-Larsen, MD    Accession: LIC-DX-558112
Exam:      DXA bone density, axial skeleton (CPT 77080)

HISTORY: 72-year-old postmenopausal woman. Prior distal radius fracture
(2021). Long-term levothyroxine. No glucocorticoids.

COMPARISON: DXA 09/2022 (same scanner).

RESULTS
Region            BMD (g/cm2)   T-score   Z-score   Change vs 2022
L1-L4             0.812         -2.7      -0.9      -4.1%  (significant)
Left femoral neck 0.641         -2.4      -0.4      -2.2%
Left total hip    0.702         -2.1      -0.3      -1.8%

FRAX (with BMD, femoral neck): 10-yr major osteoporotic fracture 24%,
hip fracture 5.1%.

IMPRESSION
1. Osteoporosis by WHO criteria (lumbar spine T-score -2.7).
2. Statistically significant loss of lumbar BMD since 2022.
3. FRAX above treatment thresholds. Consider pharmacologic therapy and
   repeat DXA in 2 years on the same scanner.

Electronically signed: Yusuf Demirci-Holm, MD  10/15/2024 16:22
"""
add('phi', 'dexa-report-osteoporosis-to-pcp',
    'Imaging centre sends a named patient\'s DXA report (osteoporosis) to the ordering physician',
    frm='Lakeshore Imaging Center Reports <reports@lakeshoreimaging.example.com>',
    to='Dr. Femi Adeyemi-Larsen <fadeyemilarsen@lakesidefm.example.org>',
    subject='Final report: DXA 10/15/2024 - Ansari-Kwok, Philippa',
    date=dt(2024, 10, 15, 16, 30, -5),
    body="""\
Dr. Adeyemi-Larsen,

The final report for the exam below is attached.

  Patient:  Ansari-Kwok, Philippa (MRN LIC-2231087)
  Exam:     DXA axial skeleton, 10/15/2024
  Result flag: ABNORMAL

Images are available in the referring-physician viewer.

Lakeshore Imaging Center | Reading room (920) 555-0158
""",
    atts=[('text', 'plain', 'DXA_LIC-DX-558112.txt', _dexa_report, 'quoted-printable')])

# ---- home health start-of-care note, NPWT
add('phi', 'home-health-soc-sacral-wound-npwt',
    'Home health RN start-of-care summary for a named patient with wound measurements and NPWT orders',
    frm='"Renee Castellano, RN" <rcastellano@hearthsidehh.example.com>',
    to='Wound Clinic Intake <woundclinic@harborpoint.example.org>',
    cc='Hearthside Intake <intake@hearthsidehh.example.com>',
    subject='SOC done - Mr. Ignatius Feld - NPWT supplies + orders question',
    date=dt(2024, 8, 28, 17, 12, -4),
    body="""\
Hi wound clinic team,

Did the start of care today for Ignatius Feld (DOB 05/22/1944, your
MRN 00633190), discharged from HPH 8/26.

Wound: stage 4 pressure injury, sacrum
  L 6.2 x W 4.8 x D 2.1 cm, undermining 1.5 cm at 11-2 o'clock
  wound bed ~80% red granulation, 20% yellow slough at inferior edge
  mod serosanguinous drainage, no odor, periwound intact
NPWT: 125 mmHg continuous, black foam, changes M/W/F. Canister was half
full at 1300. DME delivered unit + 2 wks of supplies.

Other: BG 140s-180s on glargine 18u, appetite fair, on 2 cal supplement
BID. Wife is primary caregiver, doing well with turns q2h. Bariatric
air mattress in place.

Questions:
1. Discharge orders say "Santyl to slough" but that doesn't go under the
   foam - do you want it stopped while on NPWT?
2. Next clinic appt isn't scheduled yet. Wife prefers Tuesdays.

We'll send the OASIS and the signed 485 plan of care for Dr. Ostrowski
to sign through the portal.

Renee Castellano, RN, WCC
Hearthside Home Health
cell (757) 555-0121 | office (757) 555-0120
""")

# ---- hospice IDG recertification (long), morphine for dyspnea
add('phi', 'hospice-idg-recert-copd-morphine',
    'Hospice interdisciplinary group recertification summary for a named patient (COPD, comfort medications)',
    frm='Juniper Ridge Hospice IDG <idg@juniperridgehospice.example.org>',
    to='Dr. Mateus Okafor-Lind <mokaforlind@juniperridgehospice.example.org>',
    cc='"Hollis Grunwald, RN CM" <hgrunwald@juniperridgehospice.example.org>',
    subject='IDG 11/14 - recert due 11/20 - Eudora Pennington (benefit period 3)',
    date=dt(2024, 11, 14, 15, 40, -7),
    body="""\
Dr. Okafor-Lind,

Summary from today's IDG for your review and the recertification
narrative. Face-to-face was completed by Nancy Ibarra, NP, on 11/12.

PATIENT
Eudora Pennington, 84F, MBI 7TK2-QW4-HN83, hospice dx end-stage COPD
(J44.9) with chronic hypercapnic respiratory failure. Secondary: HFpEF,
CKD 3b. Admitted 5/22/2024. Benefit period 3 begins 11/20/2024.
Lives with son in single-story home. DNR/POLST on fridge.

DECLINE SINCE LAST CERT (8/22)
- Dyspnea at rest now most of the day; was only with exertion in August.
  O2 increased from 2 L to 3-4 L NC continuous; SpO2 86-90% on 4 L.
- Weight 51.2 kg -> 47.9 kg (-6.4% in 12 weeks). Mid-arm circumference
  21 cm -> 19.5 cm.
- PPS 50% -> 40%. Now bed-to-chair only, needs 1 assist for transfers.
- Two exacerbations treated at home (prednisone bursts 9/10 and 10/19),
  no hospitalisations per goals of care.
- Intake down to about 25-50% of meals; taking sips of supplement.

CURRENT COMFORT MEDICATIONS
- Morphine oral solution 20 mg/mL: 5 mg (0.25 mL) SL q2h PRN dyspnea -
  averaging 4-5 doses/day, good effect within 15 minutes per son.
  Discussed scheduled long-acting option; team recommends starting
  morphine ER 15 mg PO q12h if PRN use exceeds 6 doses/day.
- Albuterol/ipratropium nebs q6h scheduled + q2h PRN
- Fluticasone/umeclidinium/vilanterol inhaler daily (son says she can
  still manage it; RN to reassess technique)
- Senna 8.6 mg 2 tabs HS, polyethylene glycol PRN
- Glycopyrrolate 1 mg PO q8h PRN secretions (not yet needed)
- Fan at bedside, pursed-lip breathing coaching

DISCIPLINE NOTES
RN CM (Hollis): visits 2x/week, increase to 3x/week. Pressure injury
  stage 2 on coccyx, 1.0 x 0.8 cm, foam dressing, low-air-loss mattress
  ordered today.
HHA: 3x/week for bathing; son requests 4x. Approved.
SW (Priyanka Dhillon-Rowe): son reports caregiver strain, works nights.
  Respite discussed; he declined for now. Funeral home pre-arranged.
Chaplain (Rev. Odell Maasdorp): patient Lutheran, requested communion;
  her pastor is visiting monthly.
Volunteer: reading visits Thursdays.
Bereavement risk: moderate (son is sole caregiver).

PLAN
1. Recertify for benefit period 3 (60 days).
2. Update plan of care: RN 3x/wk, HHA 4x/wk, SW q2wk, chaplain monthly.
3. Order morphine ER 15 mg q12h to be in the home comfort kit but not
   started until criteria above met.
4. Reassess at IDG 12/12.

Please sign the recert narrative in the EMR by 11/19 so we don't have a
gap in certification.

Thanks,
Hollis Grunwald, RN, CHPN
Case Manager, Juniper Ridge Hospice
(505) 555-0138 | after hours triage (505) 555-0139

CONFIDENTIALITY NOTICE: This message contains protected health
information. If you are not the intended recipient, notify the sender
and delete this message.
""")

# ---- SNF transfer, C. diff
add('phi', 'snf-transfer-cdiff-contact-precautions',
    'Hospital-to-SNF transfer details for a named patient with C. difficile on oral vancomycin',
    frm='Mireille Osterhout <mosterhout@harborpoint.example.org>',
    to='Admissions - Bayview Rehab & Nursing <admissions@bayviewrehab.example.com>',
    subject='Transfer tomorrow 11am - Calloway, Thaddeus - isolation info',
    date=dt(2024, 10, 9, 13, 5, -4),
    body="""\
Hi Bayview admissions,

Confirming transfer of Thaddeus Calloway (DOB 09/14/1939) tomorrow
10/10 via Coastal Medical Transport, pickup 11:00.

Key points for your nursing team before he arrives:
- C. difficile infection, toxin positive 10/4. Day 6 of 10 of
  vancomycin 125 mg PO QID (last dose due 10/14 at 2200). Needs CONTACT
  PLUS precautions (soap and water, bleach wipes) - private room
  please.
- Admitted 9/30 for L hip hemiarthroplasty after a fall (femoral neck
  fx). WBAT LLE, posterior hip precautions x 6 weeks.
- Enoxaparin 40 mg SQ daily through 10/28 for VTE prophylaxis.
- Diet: regular, thin liquids. Continent of urine, stools now 2-3/day,
  formed to soft.
- Skin: intact, heels offloaded.
- Code status: full code. Health care agent is his niece, Verity
  Calloway-Dunn.

Packet (H&P, d/c summary, MAR, PT/OT notes, last 72h labs) is being
faxed now. Reports call number below.

Mireille Osterhout, RN, BSN
Case Management, 6 North | Harbor Point Hospital
(757) 555-0147 | fax (757) 555-0148
""")

# ---- dental pre-treatment estimate (iso-8859-1)
add('phi', 'dental-srp-pretreatment-estimate',
    'Dental office pre-treatment estimate to a named patient for periodontal scaling and root planing',
    frm='BrightSmile Dental Group <billing@brightsmiledental.example.com>',
    to='H\u00e9l\u00e8ne Dubois-Park <helene.dp@example.org>',
    subject='Your treatment estimate \u2013 periodontal therapy',
    date=dt(2024, 3, 20, 11, 48, -7),
    charset='iso-8859-1',
    body="""\
Bonjour H\u00e9l\u00e8ne,

Thank you for visiting us on 3/18. As Dr. Soares-Whitlock discussed, your
exam and X-rays showed pocket depths of 5-6 mm in the lower right and
upper left areas with bleeding on probing, consistent with moderate
periodontitis. The recommended treatment is scaling and root planing
(a "deep cleaning") in two visits, followed by periodontal maintenance
every 3 months.

Pre-treatment estimate (insurance: Alder Mutual Dental, ID AMD-3308127)

  D4341  Perio scaling & root planing, 4+ teeth, LR quad   $285.00
  D4341  Perio scaling & root planing, 4+ teeth, UL quad   $285.00
  D4342  Perio scaling & root planing, 1-3 teeth, UR quad  $190.00
  D4381  Local antimicrobial, #30 site                      $95.00
                                            Total fee:     $855.00
  Estimated insurance payment (80% after deductible):     $604.00
  Estimated patient portion:                              $251.00

This is an estimate, not a guarantee of payment. Your plan's annual
maximum is $1,500; you have $1,210 remaining.

We've reserved Tuesday 4/2 at 8:00 and Tuesday 4/16 at 8:00 (90 min
each, with local anaesthetic). Please reply or call to confirm.

\u00c0 bient\u00f4t,
Renata Vukovic
Office Manager, BrightSmile Dental Group
(503) 555-0177
""")

# ---- optometry letter to PCP, diabetic retinopathy
add('phi', 'optometry-npdr-letter-to-pcp',
    'Optometrist letter to PCP with a named patient\'s diabetic retinopathy findings',
    frm='Clearview Family Eyecare <letters@clearvieweyecare.example.com>',
    to='Dr. Sunniva Okoro-Haig <sokorohaig@fairhollowclinic.example.org>',
    subject='Diabetic eye exam report - Abelard Quintanilla, DOB 12/01/1966',
    date=dt(2024, 5, 7, 16, 2, -6),
    body="""\
Dear Dr. Okoro-Haig,

Thank you for referring Abelard Quintanilla (DOB 12/01/1966) for his
annual diabetic eye examination, which I performed on 05/06/2024.

History: type 2 diabetes x 11 years, most recent A1c per patient 8.9%.
Reports mild blur at near, no flashes or floaters.

Findings
  VA cc:  OD 20/25, OS 20/30
  IOP:    OD 16, OS 17 mmHg (iCare)
  Dilated fundus exam:
    OD  scattered dot-blot hemorrhages and microaneurysms, 2 quadrants;
        no venous beading; no neovascularisation
    OS  microaneurysms, few hard exudates superotemporal to fovea, outside
        the central subfield
  OCT macula: central subfield thickness OD 262 µm, OS 271 µm; no
    center-involving edema.

Assessment
  E11.3293  Type 2 DM with mild nonproliferative diabetic retinopathy
            without macular edema, bilateral

Plan
  Repeat dilated exam and OCT in 6 months (sooner with vision change).
  Improved glycaemic and blood pressure control will reduce progression
  risk. New reading glasses prescribed.

Sincerely,

Priscila Venn-Adler, OD, FAAO
Clearview Family Eyecare
(719) 555-0153 | fax (719) 555-0154
""")

# ---- speech-language evaluation summary to parent
add('phi', 'slp-articulation-eval-summary-parent',
    'Speech-language pathologist sends a parent the evaluation results and plan for their named child',
    frm='Marigold Pediatric Therapy <slp.team@marigoldpeds.example.com>',
    to='Tobias Fairweather <tfairweather@example.net>',
    subject='Evaluation summary for Wren + scheduling therapy',
    date=dt(2024, 2, 13, 17, 45, -6),
    body="""\
Hi Tobias,

It was great to meet Wren on Monday! Here's a plain-language summary of
her speech evaluation. The full report will be in the parent portal by
Friday and we'll fax a copy to Dr. Pellegrini.

What we tested
 - GFTA-3 (articulation): standard score 72 (average is 85-115)
 - Stimulability: she could say /k/ and /g/ correctly with a model, but
   not yet /s/ blends or "r"
 - Oral-motor exam: normal structure and movement
 - Hearing screen: passed both ears

What it means
Wren (age 4 years 9 months) has a speech sound disorder. She is
"fronting" - saying /t/ for /k/ ("tup" for cup) and /d/ for /g/ - and
reducing /s/ clusters ("poon" for spoon). These are patterns most
children outgrow by about 3.5, so therapy is recommended. Her language
and social skills were right on track.

Plan
 - Speech therapy 2x/week, 30 minutes, for 12 weeks, then re-assess
 - Goals: /k/ and /g/ in words and short phrases; /s/ blends in words
 - Home practice 5 minutes a day (we'll send picture cards)

Your insurance (member ID on file) requires a prior authorization for
therapy visits after the evaluation; our office will request it this
week. We have Tuesday/Thursday 4:00 PM open with Ms. Delacroix-Ng.

Best,
Shreya Oduya-Banks, MS, CCC-SLP
Marigold Pediatric Therapy | (262) 555-0173
""")

# ---- virtual urgent care: strep result + work note, reply chain
add('phi', 'virtual-urgent-care-strep-work-note-thread',
    'Reply chain between a patient and a virtual urgent care about her positive strep test and amoxicillin',
    frm='Eastgate Urgent Care <care@eastgateuc.example.net>',
    to='Lucinda Marwick <lucinda.marwick@example.com>',
    subject='Re: Re: work note? (visit 10/02)',
    date=dt(2024, 10, 3, 9, 18, -7),
    irt='<c4a1.lucinda.marwick@example.com>',
    refs='<vv-8821.eastgateuc@eastgateuc.example.net> <c4a1.lucinda.marwick@example.com>',
    body="""\
Hi Lucinda,

Your work note is attached in the portal under Visit Documents (it
excuses you 10/2-10/3 and says you may return 10/4 once you've had 24
hours of antibiotics and no fever). We don't list the diagnosis on work
notes.

And yes - finish all 10 days of the amoxicillin even if your throat
feels better by the weekend.

Take care,
Jonah Whitlatch, PA-C
Eastgate Urgent Care - Virtual Visits
(520) 555-0161

On 10/3/24 7:52 AM, Lucinda Marwick wrote:
> thank you!! can I get a note for work? my manager needs something
> saying I was seen. also do I really need all 10 days, I already feel
> a bit better
>
> On 10/2/24 6:40 PM, Eastgate Urgent Care wrote:
>> Hi Lucinda,
>>
>> Your rapid strep test from the drive-up swab today was POSITIVE for
>> group A streptococcus. Dr. Castellanos-Yu has sent amoxicillin 500 mg,
>> take 1 capsule twice a day for 10 days, to Northgate Pharmacy on
>> Alvernon. You're contagious until you've taken it for 24 hours.
>>
>> Ibuprofen or acetaminophen can help with the throat pain. Come in or
>> book another video visit if you can't swallow liquids, have trouble
>> breathing, or aren't better in 48-72 hours.
>>
>> - Eastgate Virtual Care Team
""")

# ---- school nurse to parent: expired inhaler, asthma action plan
add('phi', 'school-nurse-inhaler-expired-asthma-plan',
    'School nurse tells a parent their named child\'s albuterol has expired and the asthma action plan is due',
    frm='Paloma Whitcombe <pwhitcombe@ridgeviewschools.example.org>',
    to='Shanice Oyelowo <shanice.oyelowo@example.net>',
    subject='Marcus O. - inhaler in health office expired',
    date=dt(2024, 10, 23, 13, 37, -5),
    body="""\
Hi Ms. Oyelowo,

I was doing my monthly check and Marcus's albuterol inhaler in the
health office expired on 9/30. He came in at recess today wheezing a
little after soccer and I used it (2 puffs with spacer, he was fine
after 10 min and went back to class). Expired albuterol is usually
still OK for a short time but please send a new one with him as soon as
you can.

Also his asthma action plan on file is from 2022, so I need an updated
one signed by Dr. Pellegrini. His EpiPen Jr for the peanut allergy is
good until March.

Thank you!
Paloma Whitcombe, BSN, RN, NCSN
School Nurse, Ridgeview Elementary
(262) 555-0135
""")

# ---- occupational health: QuantiFERON indeterminate
add('phi', 'occ-health-quantiferon-indeterminate-redraw',
    'Occupational health tells a named new hire their TB blood test was indeterminate and needs a redraw',
    frm='Employee Health Services <employeehealth@harborpoint.example.org>',
    to='Fenwick Adaeze-Morrow <fadaezemorrow@example.org>',
    subject='Pre-placement TB screening - redraw needed before start date',
    date=dt(2024, 6, 11, 10, 22, -4),
    body="""\
Dear Fenwick,

Thank you for completing your pre-placement health screening on 6/7.
Your QuantiFERON-TB Gold Plus blood test result was INDETERMINATE. This
usually means the sample did not react as expected in the lab (for
example, a low mitogen response) and does not mean you have TB.

Before your 6/24 start date we need to repeat the test. Please come to
Employee Health (Building C, 1st floor) any weekday 7:00-15:30; no
appointment is needed. You can eat normally beforehand.

Your other results are complete: measles, mumps, rubella and varicella
immunity confirmed; hepatitis B surface antibody 8 mIU/mL (below 10),
so we will offer you a hepatitis B booster dose at the same visit.

Regards,
Catalina Mbatha-Reyes, RN, COHN-S
Employee Health Services | Harbor Point Hospital
(757) 555-0113
""")

# ---- workers' comp: PT clinic to adjuster
add('phi', 'workers-comp-lumbar-strain-pt-progress',
    'PT clinic progress report to a workers\' compensation adjuster with claim number and treatment request',
    frm='Summit Physical Therapy <wc.desk@summitpt.example.com>',
    to='Gideon Farrow-Aziz <gfarrowaziz@keystonemutual.example.com>',
    subject='WC claim 24-WC-0317720 - progress report + request 8 addl visits',
    date=dt(2024, 9, 25, 14, 9, -6),
    body="""\
Mr. Farrow-Aziz,

Progress report for your claimant:

  Claimant:     Rosario Delgado-Finch
  Claim no.:    24-WC-0317720   DOI 07/30/2024
  Employer:     Tri-County Distribution (warehouse selector)
  Dx:           S39.012A lumbar strain; M54.50 low back pain
  Referring:    Dr. Anneliese Kovacs, Northside Occupational Medicine

Visits completed: 12 of 12 authorized (97110, 97140, 97530)

Objective progress (initial 8/6 -> today)
  Oswestry disability index      48% → 26%
  Lumbar flexion (fingertip)     knee → mid-shin
  Floor-to-waist lift            10 lb → 35 lb (job requires 50 lb)
  Pain (NPRS) worst              8/10 → 4/10

Assessment: good progress; not yet at full-duty lifting demands.

Request: 8 additional visits over 4 weeks (work conditioning focus),
then a functional capacity evaluation. Current restrictions per
Dr. Kovacs: no lifting > 25 lb, no repetitive bending, 8-hr shifts.

Please send the authorization to this address or fax (303) 555-0166.

Thank you,
Dominic Ashworth, PT, DPT
Summit Physical Therapy - Westside
(303) 555-0165
""")

# ---- DME CPAP compliance
add('phi', 'dme-cpap-compliance-below-threshold',
    'DME supplier reports a named patient\'s CPAP compliance below payer threshold to the sleep clinic',
    frm='AirWay Home Medical <resupply@airwayhme.example.com>',
    to='Sleep Medicine Clinic <sleepclinic@harborpoint.example.org>',
    subject='90-day compliance: Bartholomew Essien, DOB 03/03/1975 - 61% - F2F needed',
    date=dt(2024, 7, 31, 9, 55, -4),
    body="""\
Sleep clinic team,

Compliance download for the patient below, set up 5/1/2024:

  Patient:   Bartholomew Essien, DOB 03/03/1975
  Device:    auto-CPAP (E0601), serial CP-4481920, full face mask
  Settings:  APAP 6-14 cm H2O, EPR 2
  Days 1-90: usage >= 4 h on 55/90 nights (61%); avg use 4 h 12 min
  Residual AHI 3.1, median leak 22 L/min, 95th pct pressure 11.8

His plan requires >= 4 h on 70% of nights in any consecutive 30 days
within the first 90 days plus a face-to-face re-evaluation documenting
benefit. Best 30-day window was 19/30 (63%).

He told our RT the full face mask is waking him up; we can refit with a
nasal pillow mask this week. Can Dr. Baptiste-Lowry see him for the
re-evaluation before 8/15? Otherwise the plan will stop rental payment
and he'll need a repeat titration.

Thanks,
Odessa Brennan-Kahale, RRT
AirWay Home Medical | (757) 555-0190 | fax (757) 555-0191
""")

# ---- NEMT dialysis rides, care coordinator
add('phi', 'nemt-dialysis-rides-wheelchair-van',
    'Care coordinator and transport broker book recurring dialysis rides for a named member',
    frm='RideBridge NEMT Scheduling <trips@ridebridge.example.com>',
    to='Yolanda Price-Hammond <ypricehammond@cedarvalleyhp.example.com>',
    subject='Standing order confirmed - Member CVH330911458 - dialysis MWF',
    date=dt(2024, 11, 8, 12, 33, -6),
    irt='<yph-2024-11-08a@cedarvalleyhp.example.com>',
    body="""\
Hi Yolanda,

Standing order is set up as requested:

  Member:       Augustin Pellerin   ID CVH330911458
  Trip type:    wheelchair van (A0130), own wheelchair, 1 attendant OK
  Pickup:       412 Larkspur Ct, Apt 3 - 5:15 AM
  Destination:  Riverbend Dialysis Center, chair time 6:00 AM
  Return:       will-call after treatment (~10:15)
  Days:         Mon / Wed / Fri, starting 11/11, through 02/07/2025
  Trip IDs:     RB-66120 (series)

Notes added for drivers: member has a left forearm AV fistula - do not
grab that arm for transfers; may be lightheaded after treatment.

Thanks,
Caleb Montrose
RideBridge Scheduling | 1-855-555-0175

-----Original Message-----
From: Yolanda Price-Hammond
Sent: Friday, November 8, 2024 10:02 AM
To: RideBridge NEMT Scheduling
Subject: standing order - dialysis

Hi - please set up MWF rides to Riverbend Dialysis for Augustin
Pellerin (CVH330911458). He started in-center hemodialysis last week
after his fistula matured and has been missing sessions because his
nephew can't drive him anymore. Wheelchair van please, he can't do
steps.

Yolanda Price-Hammond, RN
Care Coordinator, Complex Care Management
Cedar Valley Health Plan | (816) 555-0144
""")

# ---- marked [secure] test with no content
add('phi', 'marked-secure-test-no-content',
    'Sender marked the message [secure]; marked messages are at least phi even with no content',
    frm='Marisol Trevino <mtrevino@eastgateuc.example.net>',
    to='Jonah Whitlatch <jwhitlatch@eastgateuc.example.net>',
    subject='[secure] test',
    date=dt(2024, 8, 21, 8, 2, -7),
    body="""\
testing the new secure send - let me know if this comes thru as an
encrypted link or regular email

M
""")

# ---- family member writes about father's Parkinson's meds (utf-8 base64)
add('phi', 'daughter-parkinsons-levodopa-timing',
    'Daughter writes to neurology nurse about her named father\'s Parkinson\'s symptoms and carbidopa-levodopa',
    frm='Zo\u00eb Marchetti-Brandt <zoe.mb@example.com>',
    to='Neurology Nurse Line <neuro.nurse@harborpoint.example.org>',
    subject='Dad (Enzo Marchetti, DOB 7/8/1946) \u2013 \u201cfreezing\u201d getting worse',
    date=dt(2024, 11, 10, 20, 11, -5),
    cte='base64',
    body="""\
Hello,

I\u2019m writing about my father, Enzo Marchetti (DOB 07/08/1946), who sees
Dr. Aurelio Stanescu for Parkinson\u2019s. I\u2019m his health care proxy \u2013 the
form should be in his chart.

Over the last three weeks Papà has had more \u201cfreezing\u201d when he walks
through doorways, and about an hour before each dose he gets stiff and
shaky. He takes carbidopa-levodopa 25/100, 1\u00bd tablets at 7 am, 11 am,
3 pm and 7 pm. He usually takes it with meals because it upsets his
stomach otherwise \u2013 his big protein meal is lunch. Could that be
making it wear off faster?

He fell once on Thursday (no injury, he landed on the sofa). He\u2019s also
had more vivid dreams and a bit of lightheadedness when standing.

His next appointment isn\u2019t until January 14. Is there anything we
should change before then, or can he be seen sooner?

Thank you so much,
Zoë Marchetti-Brandt
(757) 555-0197 (cell, any time)
""")

# ---- PHI only in the subject
add('phi', 'subject-only-echo-results-dob',
    'Only the subject carries PHI: a named patient with DOB and echo results',
    frm='Rhiannon Feld <rfeld@brightwaterheart.example.com>',
    to='Dr. Ilse Marchetti-Obi <imarchettiobi@brightwaterheart.example.com>',
    subject='Re: Harold Vance DOB 04/11/1951 - echo results',
    date=dt(2024, 11, 19, 12, 48, -5),
    irt='<ilse.4471@brightwaterheart.example.com>',
    body="""\
call me when you get a sec? in clinic til 4

-R
""")

# ---- PHI only in the attachment file name (cover sheet inside)
_cover = pdf_bytes([
    'EASTGATE URGENT CARE - FAX / E-FAX COVER SHEET',
    '',
    'To:    Brightwater Heart & Vascular - New Patient Scheduling',
    'From:  Eastgate Urgent Care, Mill St',
    'Date:  02/26/2025        Pages (incl. cover): 6',
    '',
    'Re:    Referral - documents follow',
    '',
    'CONFIDENTIAL: The documents accompanying this transmission may',
    'contain confidential information. If you received this in error,',
    'please call (520) 555-0162 and destroy the documents.',
], 'Fax cover')
add('phi', 'attachment-filename-only-referral',
    'PHI only in the attachment file name (patient name, MRN and cardiology referral)',
    frm='Marisol Trevino <mtrevino@eastgateuc.example.net>',
    to='New Patient Scheduling <newpatients@brightwaterheart.example.com>',
    subject='referral',
    date=dt(2025, 2, 26, 11, 3, -7),
    body="""\
Please see attached. Thanks,

Marisol Trevino
Referral Coordinator, Eastgate Urgent Care
(520) 555-0162
""",
    atts=[('bytes', 'application', 'pdf', 'Referral_Nguyen_Thi_MRN448120_cardiology.pdf', _cover)])

# ---- denial worklist: PHI only in CSV attachment
_denials = """\
acct,patient_name,dob,payer,claim_no,dos,cpt,billed,denial_code,denial_reason,owner
70031182,"HOLLOWAY, PRUDENCE",1949-03-22,Medicare Part B,24311800914,2024-10-02,20610,185.00,CO-50,Not medically necessary (knee injection frequency),KM
70031207,"STRAND, EMERY",1983-11-05,Cedar Valley HP,2024-10-0077410,2024-10-03,71046,96.00,CO-197,Precert/authorization absent,KM
70031266,"ABOAGYE, LINNEA",2016-06-14,State Medicaid MCO,M24-0881203,2024-10-04,99213,142.00,CO-16,Missing/invalid information (rendering NPI),JT
70031290,"QUIST, DESMOND",1961-01-30,Alder Mutual,AM-55100398,2024-10-07,80061,48.00,CO-97,Bundled with another service,JT
70031311,"VELASQUEZ-ORR, MAEVE",1977-08-19,Cedar Valley HP,2024-10-0079933,2024-10-08,97110,62.00,CO-119,Benefit maximum reached (PT visits),KM
70031348,"TEMPLETON, ARCHER",1990-12-02,Keystone Mutual WC,24-WC-0322941,2024-10-09,99203,210.00,CO-18,Duplicate claim,JT
70031352,"NAKAGAWA, BEATRIX",1955-05-27,Medicare Part B,24311800977,2024-10-09,J1100,12.00,CO-4,Modifier inconsistent with procedure,KM
"""
add('phi', 'denial-worklist-csv-attachment',
    'Billing worklist whose CSV attachment lists named patients, DOBs, claims and denied services',
    frm='Kiran Mathai <kmathai@fairhollowclinic.example.org>',
    to='AR Follow-up Team <ar-team@fairhollowclinic.example.org>',
    subject='Denials worklist - week of 10/14',
    date=dt(2024, 10, 14, 7, 41, -6),
    body="""\
Morning team,

This week's denials are attached, split between Jessa (JT) and me (KM).
Please work the CO-197s first - those have a 30-day retro-auth window
with Cedar Valley. The duplicate on the WC claim is probably our resend
from the clearinghouse outage; just void and confirm.

Notes in the shared tracker by Friday please.

Kiran Mathai, CRCR
AR Supervisor, Fairhollow Community Clinic
(719) 555-0125
""",
    atts=[('text', 'csv', 'denials_wk2024-10-14.csv', _denials)])


# ============================================================= RESTRICTED

# ---------------------------------------------------------- mental health
add('restricted', 'psychotherapy-session-reminder-phq9',
    'Mental health: reminder to a named client of a psychotherapy session with PHQ-9/GAD-7 check-in',
    frm='Riverbend Counseling & Psychotherapy <noreply@riverbendcounseling.example.com>',
    to='Anselm Kowalczyk <anselm.k@example.org>',
    subject='Reminder: your session with Noor Haddad, LCSW - Thu Nov 21, 4:00 PM',
    date=dt(2024, 11, 19, 9, 0, -6),
    body="""\
Hi Anselm,

This is a reminder of your upcoming psychotherapy session:

  Clinician: Noor Haddad, LCSW
  When:      Thursday, November 21, 4:00-4:53 PM
  Where:     Video (link below) - or Suite 3B if you prefer in person

Before your session, please complete your PHQ-9 and GAD-7 check-in so
Noor can review your progress since you started treatment for
depression in September:
https://portal.riverbendcounseling.example.com/forms/checkin

Join video: https://telehealth.riverbendcounseling.example.com/r/nh-4471

Need to cancel? Please give 24 hours' notice: (303) 555-0112.
If you are in crisis, call or text 988 or go to the nearest emergency
room.

Riverbend Counseling & Psychotherapy
""",
    html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif;color:#223">
<p>Hi Anselm,</p>
<p>This is a reminder of your upcoming psychotherapy session:</p>
<table cellpadding="3">
<tr><td><b>Clinician</b></td><td>Noor Haddad, LCSW</td></tr>
<tr><td><b>When</b></td><td>Thursday, November 21, 4:00&ndash;4:53 PM</td></tr>
<tr><td><b>Where</b></td><td>Video (link below) &ndash; or Suite 3B if you prefer in person</td></tr>
</table>
<p>Before your session, please complete your PHQ-9 and GAD-7 check-in so Noor can review your
progress since you started treatment for depression in September:
<a href="https://portal.riverbendcounseling.example.com/forms/checkin">complete check-in</a></p>
<p><a href="https://telehealth.riverbendcounseling.example.com/r/nh-4471">Join video</a></p>
<p style="font-size:12px">Need to cancel? Please give 24 hours&rsquo; notice: (303) 555-0112.<br>
If you are in crisis, call or text 988 or go to the nearest emergency room.</p>
</body></html>
""")

add('restricted', 'inpatient-psych-discharge-bipolar-lithium',
    'Mental health: inpatient psychiatric discharge summary for a named patient with bipolar I disorder on lithium',
    frm='Harbor Point Behavioral Health Unit <bhu.discharge@harborpoint.example.org>',
    to='Dr. Sunniva Okoro-Haig <sokorohaig@fairhollowclinic.example.org>',
    subject='Discharge summary - Corwin Ashdown-Reyes - follow-up within 7 days',
    date=dt(2024, 9, 13, 16, 14, -4),
    headers=[('X-Sensitivity', 'restricted')],
    body="""\
HARBOR POINT HOSPITAL - BEHAVIORAL HEALTH UNIT (3 WEST)
DISCHARGE SUMMARY

Patient:        Corwin Ashdown-Reyes      DOB: 04/02/1995
MRN:            00891127                  Admit: 09/03/2024
Discharge:      09/13/2024                Legal status: voluntary
Attending:      Dr. Leontyne Abara-Voss, Psychiatry
PCP:            Dr. Sunniva Okoro-Haig

DISCHARGE DIAGNOSES
  F31.2  Bipolar I disorder, current episode manic, severe, with
         psychotic features
  R03.0  Elevated blood pressure reading without hypertension (resolved)

HISTORY OF PRESENT ILLNESS
29-year-old man with bipolar I disorder, first diagnosed at age 21
(one prior admission, 2019), brought in by his sister after 10 days of
decreased need for sleep (2-3 h/night), pressured speech, spending
about $9,000 on equipment for a business he planned to start, and the
belief that he had been chosen to "decode" city traffic signals. He had
stopped lithium about 4 months earlier because of tremor and thirst. No
suicidal or homicidal ideation on admission. Urine drug screen
negative. No alcohol use reported beyond occasional beer.

HOSPITAL COURSE
Lithium carbonate was restarted at 300 mg BID and titrated to 900 mg at
bedtime (ER), with quetiapine 100 mg titrated to 400 mg at bedtime for
acute mania and sleep. He required PRN olanzapine 10 mg IM once on
hospital day 2 for agitation; no seclusion or restraint. Sleep improved
to 6-7 hours by day 5. Psychotic content faded by day 7 and he was
able to discuss the traffic-signal belief as "part of being sick".

Family meeting on 9/11 with sister (Lupita Ashdown) reviewed early
warning signs and the relapse prevention plan. He agreed to the sister
holding credit cards for 30 days.

LABS
  Lithium level (12-h trough) 9/12:  0.8 mmol/L
  Creatinine 0.94 mg/dL, eGFR > 90;  TSH 2.1 mIU/L;  Ca 9.4 mg/dL
  Fasting glucose 96 mg/dL; lipids: TG 142, LDL 118
  Weight 82.6 kg (admit 81.1 kg)

MENTAL STATUS AT DISCHARGE
Calm, cooperative, euthymic-to-mildly-elated affect, speech normal rate,
linear thought process, no delusions elicited, denies hallucinations,
denies SI/HI. Insight fair, judgement improved.

DISCHARGE MEDICATIONS
  Lithium carbonate ER 900 mg PO at bedtime
  Quetiapine 300 mg PO at bedtime (tapered from 400 mg on 9/12)
  Propranolol 10 mg PO BID PRN tremor

SAFETY PLAN
Completed with patient; copy given. Crisis resources: 988 Suicide &
Crisis Lifeline, Harbor Point psychiatric emergency services.

FOLLOW-UP
  Psychiatry: Dr. Idris Kallenbach, Harbor Point Outpatient Psychiatry,
              09/19/2024 10:00 AM
  Therapy:    Harborside Counseling, intake 09/24/2024
  PCP:        please see within 7 days for BP recheck and to repeat
              lithium level, BMP and TSH in 1 week, then every 3 months
  Avoid NSAIDs and dehydration; counselled on lithium toxicity
  symptoms (vomiting, diarrhoea, coarse tremor, confusion).

Electronically signed by Leontyne Abara-Voss, MD  09/13/2024 15:58

This information has been disclosed to you from records protected by
federal and state confidentiality law for mental health records.
Further disclosure requires the patient's written authorization.
""")

add('restricted', 'eating-disorder-iop-weekly-family-update',
    'Mental health: eating-disorder IOP dietitian\'s weekly update to parents of a named adolescent',
    frm='"Mirela Constantin, RD" <mconstantin@willowcrestbh.example.com>',
    to='Beatriz Sandoval <bsandoval@example.net>, Hector Sandoval <hsandoval@example.net>',
    subject='Ottilie - week 4 update',
    date=dt(2024, 10, 18, 18, 27, -7),
    body="""\
Hi Beatriz and Hector,

Here's Ottilie's week 4 update from the Eating Disorders IOP team.

Weight: 44.1 kg today (blind weigh), up 0.6 kg from last Friday. That's
right on target (0.5-1 kg/week). She's now at 86% of her treatment goal
weight.
Vitals: orthostatic HR change 18 bpm (last week 31) - real improvement.
Temp 36.4. Dr. Ferreira-Oyelaran reviewed and cleared her to restart
PE with walking only next week. No jogging or team practice yet.

Meals: she completed 5 of 6 supervised meals and 3 of 4 snacks this week.
Still struggling with "fear foods" - pasta with cream sauce was hard on
Wednesday and she needed the full 30 minutes plus support from Kenji.
Ensure Plus replacement was needed once.

For home (meal plan stays at 2,800 kcal/day):
  - Keep plating her meals yourselves; she shouldn't be serving.
  - Add one fear food exposure at a weekend meal (she picked pizza).
  - No talk about calories, "healthy" or "junk" food at the table.
  - Bathroom supervision 30 min after meals continues.

Dr. Amundsen will review the sertraline dose at family therapy on
Tuesday - she mentioned the morning anxiety before school is a bit
better.

See you Tuesday at 5:30 for the family session.

Mirela Constantin, RD, CEDS
Eating Disorders Program, Willowcrest Behavioral Health
(480) 555-0198
""")

_adhd_fwd = dict(
    frm='Keystone Mutual Pharmacy PA <rxpa@keystonemutual.example.com>',
    to='Child & Adolescent Psychiatry <cap.clinic@harborpoint.example.org>',
    subject='PA decision: DENIED - lisdexamfetamine - member KM-20771438',
    date=dt(2024, 8, 20, 11, 2, -5),
    body="""\
PRIOR AUTHORIZATION DECISION

Member:      Emeric Vantongeren   ID KM-20771438   DOB 03/17/2013
Prescriber:  Dr. Yara Blomqvist-Achebe, Child & Adolescent Psychiatry
Drug:        lisdexamfetamine 30 mg capsule, #30/30 days
Diagnosis:   F90.2 ADHD, combined presentation
Decision:    DENIED

Reason: Step therapy not met. Plan requires a trial of TWO preferred
stimulants (e.g., methylphenidate ER and mixed amphetamine salts ER) of
at least 30 days each, or documented contraindication, within the last
12 months. Claims history shows methylphenidate ER 18-36 mg (05/2024 -
07/2024) only.

You may submit additional information or request a peer-to-peer review
within 14 days: 1-800-555-0189 option 4.
""")
add('restricted', 'adhd-pa-denial-child-psychiatry-fwd',
    'Mental health: child psychiatry forwards a payer denial for a named child\'s ADHD stimulant (ADHD treatment by psychiatric service)',
    frm='"Noemi Fairbanks, RN" <nfairbanks@harborpoint.example.org>',
    to='Dr. Yara Blomqvist-Achebe <yblomqvist@harborpoint.example.org>',
    subject='Fwd: PA decision: DENIED - lisdexamfetamine - Emeric V.',
    date=dt(2024, 8, 20, 13, 40, -5),
    body="""\
Dr. B-A,

Keystone denied Emeric's Vyvanse - step therapy, they want a 2nd
preferred stimulant. Payer note attached.

But he DID try mixed amphetamine salts ER 10 mg in Jan-Feb 2024 - it was
filled at a pharmacy out of state when he was at his dad's so it's not
in their claims. It's in your note from 2/27 (stopped for appetite
loss + insomnia). I can send that note with an appeal if you want, or
do you prefer a P2P?

Mom says school starts 8/28 and he's been off meds all summer.

Noemi
CAP clinic RN | x5562 | (757) 555-0149
""",
    atts=[('msg', _adhd_fwd)])

# ----------------------------------------------------- substance use (Part 2)
add('restricted', 'methadone-frontdesk-intake-confirmation',
    'SUD: display name Methadone Clinic Front Desk confirms an individual\'s intake appointment',
    frm='Methadone Clinic Front Desk <frontdesk.otp@harborpoint.example.org>',
    to='Travis Holcombe <travis.holcombe88@example.com>',
    subject='Your appointment is confirmed - Tue 11/19, 6:15 AM',
    date=dt(2024, 11, 15, 14, 20, -5),
    body="""\
Hi Travis,

Your appointment is confirmed:

  Tuesday, November 19 at 6:15 AM
  2100 Shipyard Rd, Suite 110 (side entrance, use the buzzer)

Please bring a photo ID and your insurance card. Plan on about 3 hours
for this first visit. You can eat breakfast beforehand.

If you need to change the time, call (757) 555-0124 between 5:30 AM
and 2:00 PM.

See you Tuesday.
""")

add('restricted', 'sublocade-prior-auth-approval',
    'SUD: payer approval of extended-release buprenorphine (Sublocade) for a named member with OUD',
    frm='Cedar Valley Health Plan Pharmacy <pharmacy-pa@cedarvalleyhp.example.com>',
    to='Bridge Clinic Prior Auth <bridgeclinic.pa@harborpoint.example.org>',
    subject='PA approved - buprenorphine ER injection - Rowan Ellery-Baines (CVH771204982)',
    date=dt(2024, 12, 6, 15, 58, -5),
    body="""\
PHARMACY PRIOR AUTHORIZATION - APPROVED

Member:       Rowan Ellery-Baines
Member ID:    CVH771204982     DOB 10/29/1990
Prescriber:   Dr. Obiageli Strand-Hartley, NPI %s, DEA %s
Drug:         Sublocade (buprenorphine extended-release) injection
              300 mg/1.5 mL x 2 monthly doses, then 100 mg/0.5 mL monthly
Diagnosis:    F11.20 Opioid use disorder, moderate/severe
Billing:      medical benefit, HCPCS Q9992, specialty pharmacy
              delivery to clinic only (white-bagging)
Approved:     12/06/2024 - 12/05/2025
Auth no.:     RX-PA-24-5508817

Please keep this approval with the member's chart. Quantity limits:
one injection per 26 days.

Cedar Valley Health Plan Pharmacy Services 1-866-555-0148
""" % (npi('151826304'), dea('BS', '482913')),
    html="""\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3 style="color:#12506b">Pharmacy Prior Authorization &ndash; APPROVED</h3>
<table cellpadding="3" style="font-size:13px">
<tr><td><b>Member</b></td><td>Rowan Ellery-Baines</td></tr>
<tr><td><b>Member ID</b></td><td>CVH771204982 &middot; DOB 10/29/1990</td></tr>
<tr><td><b>Prescriber of record</b></td><td>Dr. Obiageli Strand-Hartley, NPI %s</td></tr>
<tr><td><b>Drug</b></td><td>Sublocade (buprenorphine extended-release) injection, 300 mg x 2 monthly doses, then 100 mg monthly</td></tr>
<tr><td><b>Diagnosis</b></td><td>F11.20 Opioid use disorder</td></tr>
<tr><td><b>Billing</b></td><td>Medical benefit, HCPCS Q9992, specialty pharmacy delivery to clinic only</td></tr>
<tr><td><b>Approved</b></td><td>12/06/2024 &ndash; 12/05/2025 &middot; Auth RX-PA-24-5508817</td></tr>
</table>
<p style="font-size:11px">Cedar Valley Health Plan Pharmacy Services 1-866-555-0148</p>
</body></html>
""" % npi('151826304'))

add('restricted', 'encrypt-residential-rehab-referral-aud',
    'SUD: [encrypt]-tagged referral of a named patient to residential rehab after alcohol detox, on naltrexone',
    frm='"Dorothea Quince, LCSW" <dquince@harborpoint.example.org>',
    to='Admissions - Stillwater Recovery Center <admissions@stillwaterrecovery.example.org>',
    subject='[encrypt] Referral for residential tx - P. Lindqvist-Amado - ready 12/12',
    date=dt(2024, 12, 10, 11, 5, -5),
    body="""\
Hello Stillwater admissions,

Referral for residential treatment. Signed Part 2-compliant consent to
disclose to Stillwater is attached in the referral portal (exp 3/31/25).

  Name:   Perpetua Lindqvist-Amado, 46F, DOB 02/14/1978
  Ins:    Alder Mutual PPO, ID AMP-4419027
  Dx:     F10.239 Alcohol use disorder, severe, with withdrawal
          (inpatient medically managed withdrawal 12/5-12/10)

Course: admitted via ED 12/5 with BAL 0.31 and CIWA 22; symptom-
triggered lorazepam protocol, last dose 12/8 AM, CIWA < 8 since. One
withdrawal seizure in 2022 per pt; none this admission. LFTs: AST 188,
ALT 92, GGT 640, bili 1.4 (improving). Thiamine/folate given. Started
naltrexone 50 mg daily 12/9 after confirming no opioid use (UDS neg
for opioids, LFTs < 5x ULN; hepatology ok'd). Acamprosate considered
but held d/t CrCl.

Psychosocial: lives alone, works as a court stenographer (on FMLA),
previous outpatient program 2022 completed but relapsed after 8 months.
Motivated - she asked for residential herself. Denies SI.

Medically ready for transfer 12/12. Can you confirm a bed date and
whether you need a TB test first?

Dorothea Quince, LCSW
Addiction Consult Service | Harbor Point Hospital
(757) 555-0143 | pager 4471

42 CFR PART 2 NOTICE: This information has been disclosed to you from
records protected by federal confidentiality rules (42 CFR part 2). The
federal rules prohibit you from making any further disclosure of
information in this record that identifies a patient as having or
having had a substance use disorder unless further disclosure is
expressly permitted by written consent or otherwise permitted by 42
CFR part 2.
""")

add('restricted', 'iop-contingency-management-reward-patient',
    'SUD: IOP counselor tells a named patient about contingency-management rewards and negative UDS',
    frm='Dashiell Okwuosa <dokwuosa@stillwaterrecovery.example.org>',
    to='Margo Lefebvre <margo.lefebvre@example.net>',
    subject='Great week!! + group time change',
    date=dt(2024, 7, 12, 16, 48, -4),
    body="""\
Hey Margo,

Just wanted to say great week!! That's 3 for 3 negative urine screens
(Mon/Wed/Fri), which puts you at 6 weeks in a row. Under our
contingency management program you've moved up to the next prize tier -
your next draw on Monday is worth up to $30, and you already earned $22
in gift cards this week. Pick them up at the front desk any time.

Heads up: starting Tue 7/16 the evening IOP group moves from 6:00 to
5:30 PM (same room). Thursday relapse-prevention group stays at 6.

Also Dr. Haverford wants to check in about the naltrexone - are you still
getting headaches? She can see you after group Tuesday.

Keep it up,
Dash

Dashiell Okwuosa, LADC
Intensive Outpatient Program, Stillwater Recovery Center
(651) 555-0132
""")

# ------------------------------------------------------------------- HIV
add('restricted', 'prep-refill-ready-hiv-test-due',
    'HIV: pharmacy tells a named patient his PrEP refill is ready and his 3-month HIV test is due',
    frm='Northgate Pharmacy #114 <alerts@northgatepharmacy.example.com>',
    to='Daniel Okereke-Voss <dan.okv@example.org>',
    subject='Your prescription is ready for pickup',
    date=dt(2024, 8, 2, 10, 41, -4),
    body="""\
Hi Daniel,

Your prescription is ready for pickup at Northgate Pharmacy #114
(14th & Vine):

  emtricitabine 200 mg / tenofovir disoproxil fumarate 300 mg tablets
  #30 - take 1 tablet by mouth daily for HIV PrEP
  Rx #6120447    Copay: $0.00

Pharmacist note: your prescriber's refill authorisation requires a
negative HIV test every 3 months. Your last test on file is from 5/3 -
please get your HIV and kidney function labs done before your next
refill on or about 9/1.

Pickup hours: Mon-Fri 8-9, Sat-Sun 9-6. Questions? (330) 555-0137.
""",
    html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Hi Daniel,</p>
<p>Your prescription is ready for pickup at <b>Northgate Pharmacy #114</b> (14th &amp; Vine):</p>
<p style="border-left:4px solid #2b7;padding-left:8px">emtricitabine 200 mg / tenofovir disoproxil fumarate 300 mg tablets<br>
#30 &ndash; take 1 tablet by mouth daily for HIV PrEP<br>Rx #6120447 &middot; Copay: $0.00</p>
<p><b>Pharmacist note:</b> your prescriber&rsquo;s refill authorisation requires a negative HIV test every 3 months.
Your last test on file is from 5/3 &ndash; please get your HIV and kidney function labs done before your next refill on or about 9/1.</p>
<p style="font-size:12px">Pickup hours: Mon&ndash;Fri 8&ndash;9, Sat&ndash;Sun 9&ndash;6. Questions? (330) 555-0137.</p>
</body></html>
""")

add('restricted', 'hiv-viral-load-undetectable-portal-message',
    'HIV: ID clinic nurse reports a named patient\'s undetectable viral load and CD4 on antiretroviral therapy',
    frm='Fairhollow Infectious Disease Clinic <idclinic@fairhollowclinic.example.org>',
    to='Ximena Arroyo-Lund <ximena.al@example.com>',
    subject='New message about your lab results \u2013 Infectious Disease',
    date=dt(2024, 6, 27, 14, 15, -6),
    body="""\
Hi Ximena,

Dr. Kasprzak asked me to send you your lab results from 6/24:

  HIV-1 RNA (viral load):  not detected (<20 copies/mL)
  CD4 count:               642 cells/uL (31%)
  Creatinine:              0.78 mg/dL - normal
  ALT:                     21 U/L - normal

This is your third undetectable result in a row - wonderful. Keep taking
your bictegravir/emtricitabine/tenofovir alafenamide once a day as you
have been. Since you've been undetectable for more than a year, Dr.
Kasprzak is happy to move your labs to every 6 months. Your next visit
is December; we'll send a reminder.

Your Ryan White eligibility recertification is due in August - Ryan
Bright (case management) will reach out.

Warmly,
Tomasina Ruiz-Whitaker, RN
Infectious Disease Clinic, Fairhollow Community Clinic
(719) 555-0129
""")

add('restricted', 'adap-recertification-case-manager',
    'HIV: case manager reminds a named client to recertify for the HIV drug assistance programme for ART',
    frm='Ryan Bright <ryan.bright@fairhollowclinic.example.org>',
    to='Osvaldo Pinheiro-Grant <opgrant@example.net>',
    subject='ADAP renewal due 9/30 - documents checklist',
    date=dt(2024, 9, 3, 9, 47, -6),
    body="""\
Hi Osvaldo,

It's that time again - your AIDS Drug Assistance Program (ADAP)
enrolment expires 9/30, and without it the pharmacy can't bill your
dolutegravir and darunavir/cobicistat. Let's get the renewal in by
9/20 so there's no gap.

Please bring or upload:
  [ ] Photo ID (your licence expired in July - a state ID receipt is OK)
  [ ] Proof of address dated within 60 days (lease, utility bill)
  [ ] Last 30 days of pay stubs, or the unemployment letter
  [ ] Your new marketplace insurance card if you enrolled

I already have your most recent viral load and CD4 from Dr. Kasprzak's
office, so you don't need to get those.

I'm in the office Tue/Thu. Our usual Thursday 2 PM works, or I can do
the whole thing by phone.

Ryan Bright, BSW
Medical Case Manager, HIV Services
Fairhollow Community Clinic
(719) 555-0130 | text (719) 555-0131

CONFIDENTIAL: This e-mail contains confidential information protected
by state HIV confidentiality law. Do not forward.
""")

# --------------------------------------------------------------- genetic
add('restricted', 'brca2-result-genetic-counselor',
    'Genetic: genetic counsellor tells a named patient her BRCA2 pathogenic variant result and cascade testing',
    frm='"Imogen Ferraby, MS, CGC" <iferraby@cedarbrookcancer.example.org>',
    to='Talitha Nørgaard-Ellis <talitha.ne@example.com>',
    subject='Your genetic test results and next steps',
    date=dt(2024, 10, 8, 15, 3, -5),
    body="""\
Dear Talitha,

Thank you for talking with me by phone this afternoon. As promised,
here is a written summary.

Your hereditary cancer panel (47 genes, sent 9/17) found a PATHOGENIC
VARIANT in the BRCA2 gene. No other pathogenic variants were found. One
variant of uncertain significance was reported in the ATM gene; we do
not use VUS results to make medical decisions, and the lab will contact
us if it is reclassified.

What this means for you
  - A significantly increased lifetime risk of breast cancer, and an
    increased risk of ovarian cancer, compared with the general
    population. There are also smaller increases in pancreatic cancer
    and melanoma risk.
  - Recommended: annual breast MRI alternating with mammography every
    6 months, and a visit with Dr. Lundqvist-Obi in our High Risk
    Breast Clinic (I've sent the referral). We will also discuss
    risk-reducing surgery options and timing with gynaecologic oncology
    - there's no decision to make today.

For your family
Each of your siblings and your children has a 50% chance of having the
same variant. I've attached a family letter you can share with your
sisters; they can have "single-site" testing for this specific variant
at low cost. Your mother's side is the likely source given your
grandmother's ovarian cancer, but testing your mother would confirm.

Your follow-up genetic counselling visit is Tuesday 10/22 at 1:00 PM
(video). Please call me with any questions before then.

Warm regards,
Imogen Ferraby, MS, CGC
Licensed Genetic Counselor, Cancer Genetics Program
Cedarbrook Cancer Institute | (414) 555-0118
""")

add('restricted', 'prenatal-cf-carrier-screening-result',
    'Genetic: OB office informs a named patient she is a cystic fibrosis carrier and recommends partner screening',
    frm='Eastside Women\'s Health <nurses@eastsidewomens.example.org>',
    to='Ngozi Ad\u00e9bay\u1ecd <ngozi.adebayo@example.org>',
    subject='Carrier screening result \u2013 please read',
    date=dt(2024, 4, 9, 12, 25, -6),
    cte='base64',
    body="""\
Dear Ngozi,

Your expanded carrier screening results (drawn 3/26 at your 11-week
visit) are back.

  \u2022 You are a CARRIER of cystic fibrosis (CFTR gene, one pathogenic
    variant: F508del).
  \u2022 No carrier status was found for spinal muscular atrophy, fragile X
    syndrome or the other 110 conditions on the panel.

Being a carrier does not affect your own health. A baby can only be
affected if both biological parents are carriers. The next step is to
offer the same test to your partner, Chidi. If he is not a carrier, the
chance the baby has CF is very low. If he is, we\u2019ll arrange a genetic
counselling visit to talk about what that means and about diagnostic
testing options.

Chidi can get his sample drawn at any of our lab sites with the order
we\u2019ve placed under his name; results take about 2 weeks. Insurance
usually covers partner testing after a positive result.

Please call the nurse line with any questions: (719) 555-0156.

Kind regards,
Adaeze Fortunato, RN
for Dr. Helga Moreau-Banerjee
Eastside Women\u2019s Health
""")

add('restricted', 'lynch-mlh1-predictive-testing-family-letter',
    'Genetic: letter offering a named relative predictive testing for her brother\'s MLH1 (Lynch) variant',
    frm='Cancer Genetics Program <genetics@cedarbrookcancer.example.org>',
    to='Philippa Goldthwaite <pgoldthwaite@example.net>',
    subject='Information for the family of Lionel Goldthwaite - predictive genetic testing',
    date=dt(2024, 7, 30, 10, 0, -5),
    body="""\
Dear Ms. Goldthwaite,

Your brother, Lionel Goldthwaite, asked us to contact you. He has
given written permission for us to share the following.

During his treatment for colon cancer, Lionel had genetic testing that
found a pathogenic variant in the MLH1 gene (c.1852_1854del). This
means he has Lynch syndrome, an inherited condition that raises the
risk of colorectal, endometrial and some other cancers.

As his sister, you have a 50% chance of having the same variant. A
simple blood or saliva test for this one specific variant (predictive
testing) can tell you whether you inherited it:

  - If you have it, starting colonoscopy every 1-2 years and discussing
    endometrial and ovarian cancer risk reduction can greatly lower your
    risk.
  - If you do not have it, your risk is the same as the general
    population and you can follow routine screening.

We've set aside a genetic counselling appointment for you on
August 14 at 9:30 AM (video or in person), but you are free to
decide whether and when to be tested. Federal law (GINA) protects you
from genetic discrimination by health insurers and most employers.

Please call (414) 555-0118 to confirm or change the time.

Sincerely,
Imogen Ferraby, MS, CGC
Cancer Genetics Program, Cedarbrook Cancer Institute
""")

# -------------------------------------------------------- reproductive
add('restricted', 'ivf-trigger-shot-retrieval-instructions',
    'Reproductive: fertility clinic gives a named patient IVF trigger timing and egg retrieval schedule',
    frm='Brightline Fertility Nurses <nurses@brightlinefertility.example.com>',
    to='Amelie Thornbury <amelie.thornbury@example.com>',
    subject='TRIGGER TONIGHT 9:30 PM - retrieval Thu',
    date=dt(2024, 5, 14, 14, 52, -7),
    body="""\
Amelie -

Monitoring today looked great: 14 follicles, 9 of them >= 17 mm,
E2 2,910. Dr. Salgado-Reyes wants you to trigger TONIGHT.

  9:30 PM EXACTLY: leuprolide 40 units (0.4 mL) SubQ
                   + hCG 1,000 units SubQ   (dual trigger)
  STOP Menopur and Cetrotide - no more stims tonight.

Tomorrow (Wed) 8:00 AM: blood draw for LH/progesterone (trigger check)

Thursday 5/16: egg retrieval, arrive 7:00 AM (procedure 8:00 AM)
  - nothing to eat or drink after midnight Wed
  - driver required, no exceptions
  - partner's sample by 8:30 AM (or we use the frozen back-up)

Text the nurse line if you have any questions tonight: (480) 555-0168.
Rebecca, RN
""")

add('restricted', 'sti-chlamydia-positive-partner-therapy-reply',
    'Reproductive: sexual health clinic reports a named patient\'s positive chlamydia NAAT and partner therapy',
    frm='Kessler County Sexual Health Clinic <shc.results@kesslercountyhealth.example.org>',
    to='Jory Wainwright <jory.w@example.net>',
    subject='RE: your test results from 11/4',
    date=dt(2024, 11, 8, 10, 9, -6),
    irt='<jw-1107.results@example.net>',
    body="""\
Hi Jory,

Your urine test from 11/4 was POSITIVE for chlamydia and negative for
gonorrhea. Your HIV and syphilis tests were also negative.

Chlamydia is common and easy to treat. We've sent doxycycline 100 mg,
take 1 tablet twice a day for 7 days, to Northgate Pharmacy on 14th.
Avoid sex until you've finished all 7 days AND your partner(s) have
been treated.

Expedited partner therapy: we can send a prescription for your partner
without a visit. Reply with your partner's name and date of birth, or
give them the EPT information sheet you'll find in your portal.

Please come back for a re-test in 3 months (around Feb 4).

Sexual Health Clinic nurse team
(608) 555-0141

-----Original Message-----
From: Jory Wainwright <jory.w@example.net>
Sent: Thursday, November 7, 2024 11:52 PM
Subject: your test results from 11/4

the portal says my results are in but i cant open them? is everything
ok? kinda freaking out
""")

add('restricted', 'lng-iud-insertion-contraception-visit',
    'Reproductive: family-planning clinic confirms a named patient\'s IUD insertion and contraception counselling visit',
    frm='Eastside Women\'s Health <appointments@eastsidewomens.example.org>',
    to='Priya Castellanos-Hurd <priya.ch@example.com>',
    subject='Your visit on 3/7: IUD insertion - how to prepare',
    date=dt(2024, 3, 4, 9, 30, -6),
    body="""\
Hi Priya,

You're scheduled for a contraception visit and levonorgestrel IUD
insertion with Dr. Moreau-Banerjee on Thursday, March 7 at 10:20 AM.

Based on your counselling call last week, you chose the 52 mg
levonorgestrel IUD (effective for up to 8 years). A few things to help
the visit go smoothly:

  - Take ibuprofen 600-800 mg with food about an hour before.
  - We'll do a urine pregnancy test when you arrive, so please use a
    back-up method (condoms) or avoid sex from today until the visit.
  - Keep taking your pill packs until your visit; Dr. Moreau-Banerjee
    will tell you when to stop.
  - Plan for about 45 minutes. Some cramping is normal afterwards; you
    can drive yourself home.
  - Your insurance covers contraception at no cost, including the IUD
    and insertion.

Changed your mind or have questions? That's okay - call us at
(719) 555-0157 and we can talk through other options.

Eastside Women's Health
""")

add('restricted', 'medication-abortion-followup-hcg',
    'Reproductive: clinic nurse follows up with a named patient after a medication abortion',
    frm='"Cordelia Asante, RN" <casante@juniperwomenscare.example.org>',
    to='Maren Oyelaran-Scott <maren.os@example.org>',
    subject='Checking in after your visit on 10/28',
    date=dt(2024, 11, 4, 11, 12, -7),
    body="""\
Hi Maren,

I'm following up after your medication abortion - you took the
mifepristone in clinic on 10/28 and the misoprostol at home on 10/29.
From our call on Friday it sounds like the bleeding and cramping
happened as expected and are now light.

Next steps:
  - Take the low-sensitivity urine pregnancy test we gave you on
    Tuesday 11/26 (4 weeks after the mifepristone) and reply with the
    result, or schedule a blood hCG at any of our sites.
  - Call us right away if you soak through 2 or more thick pads an
    hour for 2 hours in a row, have a fever over 100.4 F lasting more
    than 24 hours, or have severe pain not helped by ibuprofen.
  - Your period should return in 4-8 weeks. You asked about starting
    the patch - you can start it any day now; the prescription is at
    your pharmacy.

Our 24-hour line is (505) 555-0133. I'm here Mon-Thu if you want to
talk anything through.

Cordelia Asante, RN
Juniper Women's Care
""")


# -------------------------------------------------------------- validation

ALLOWED_DOM = re.compile(r'(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test)$', re.I)
PHONE = re.compile(r'(?<![\d-])\(?(\d{3})\)?[ .-]?(\d{3})[ .-](\d{4})(?![\d-])')


def check_text_rules(text, where, problems):
    for host in re.findall(r'https?://([A-Za-z0-9.-]+)', text):
        if not ALLOWED_DOM.search(host.lower().rstrip('.')):
            problems.append('%s: url host %s' % (where, host))
    for addr in re.findall(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})', text):
        if not ALLOWED_DOM.search(addr.lower().rstrip('.')):
            problems.append('%s: mail domain %s' % (where, addr))
    for a, b, c in PHONE.findall(text):
        if not (b == '555' and c.startswith('01')):
            problems.append('%s: phone-like %s-%s-%s' % (where, a, b, c))


def validate(path):
    problems = []
    raw = open(path, 'rb').read()
    if len(raw) >= 200 * 1024:
        problems.append('too large')
    if b'\n' in raw.replace(b'\r\n', b'') or b'\r' in raw.replace(b'\r\n', b''):
        problems.append('bare CR or LF')
    if not raw.endswith(b'\r\n'):
        problems.append('no final CRLF')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            problems.append('line > 998')
            break
    head = raw.split(b'\r\n\r\n', 1)[0]
    try:
        head.decode('ascii')
    except UnicodeDecodeError:
        problems.append('non-ASCII header bytes')
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if len(msg.get_all(h) or []) != 1:
            problems.append('header %s count %d' % (h, len(msg.get_all(h) or [])))
    for h in ('From', 'To', 'Cc', 'Reply-To'):
        if msg[h] is not None:
            for a in msg[h].addresses:
                if not ALLOWED_DOM.search(a.domain or ''):
                    problems.append('address domain %s' % a.addr_spec)
    check_text_rules(str(msg['Subject']), 'subject', problems)
    for part in msg.walk():
        if part.defects:
            problems.append('defects %r in %s' % (part.defects, part.get_content_type()))
        for hv in part.values():
            str(hv)
        if part.is_multipart():
            if part.get_content_maintype() == 'multipart':
                b = part.get_boundary()
                if not b or ('--' + b + '--').encode() not in raw:
                    problems.append('unclosed boundary %s' % b)
            continue
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        enc = part.get_payload()
        if cte in ('base64', 'quoted-printable'):
            for ln in enc.splitlines():
                if len(ln) > 76:
                    problems.append('%s line > 76' % cte)
                    break
        if cte == 'base64':
            try:
                base64.b64decode(''.join(enc.split()), validate=True)
            except Exception as e:
                problems.append('bad base64 %s' % e)
        if cte not in ('7bit', 'base64', 'quoted-printable'):
            problems.append('unexpected cte %s' % cte)
        data = part.get_payload(decode=True)
        if cte == '7bit':
            try:
                data.decode('ascii')
            except UnicodeDecodeError:
                problems.append('8-bit data in 7bit part')
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset()
            if not cs:
                problems.append('text part without charset')
            else:
                try:
                    txt = data.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append('charset mismatch %s: %s' % (cs, e))
                    txt = ''
                check_text_rules(txt, part.get_content_type(), problems)
        part.get_content()
    return problems, msg


# -------------------------------------------------------------------- main

def main():
    counts = {l: 0 for l in LABELS}
    order = list(range(len(MESSAGES)))
    random.Random(20241117).shuffle(order)
    for lab in LABELS:
        for old in glob.glob(os.path.join(OUT, lab, PREFIX + '-*.eml')):
            os.remove(old)
        os.makedirs(os.path.join(OUT, lab), exist_ok=True)
    slugs = set()
    rows = []
    written = []
    for num, idx in enumerate(order, 1):
        spec = MESSAGES[idx]
        assert spec['slug'] not in slugs, spec['slug']
        slugs.add(spec['slug'])
        fn = '%s-%03d-%s.eml' % (PREFIX, num, spec['slug'])
        rel = '%s/%s' % (spec['label'], fn)
        data = build(spec, num)
        with open(os.path.join(OUT, rel), 'wb') as f:
            f.write(data)
        rows.append((num, '%s\t%s\t%s' % (rel, spec['label'], spec['reason'])))
        written.append(rel)
        counts[spec['label']] += 1
    rows.sort()
    with open(os.path.join(OUT, 'labels-%s.tsv' % PREFIX), 'w', newline='\n') as f:
        for _, r in rows:
            f.write(r + '\n')
    bad = 0
    for rel in written:
        probs, _ = validate(os.path.join(OUT, rel))
        if probs:
            bad += 1
            print('INVALID', rel, probs)
    traps = sum(1 for m in MESSAGES if m['slug'].startswith('trap-'))
    print('wrote %d messages: %s; traps=%d; invalid=%d'
          % (len(written), counts, traps, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
