#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator for the w4 slice of the 'wide' synthetic mail set.

Run:  python3 gen_w4.py
It deletes and rewrites only w4-*.eml under none/, phi/, restricted/ next to
this script, rewrites labels-w4.tsv, then re-parses and checks every file.
All people, organisations, identifiers and phone numbers are invented.
"""
import base64
import glob
import hashlib
import io
import os
import re
import struct
import sys
import textwrap
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'w4'
LABELS = ('none', 'phi', 'restricted')

BUILD = policy.default.clone(cte_type='7bit', max_line_length=76)
WIRE = BUILD.clone(linesep='\r\n')

REG = []


def reg(label, slug, reason):
    assert label in LABELS
    assert (label == 'none') or not slug.startswith('trap-')

    def deco(fn):
        REG.append((label, slug, reason, fn))
        return fn
    return deco


class Ctx:
    def __init__(self, n, slug):
        self.n = n
        self.slug = slug


def T(s):
    """Dedent a triple-quoted block and drop the first newline."""
    return textwrap.dedent(s).lstrip('\n')


def dt(s, tz):
    fmt = '%Y-%m-%d %H:%M:%S' if s.count(':') == 2 else '%Y-%m-%d %H:%M'
    d = datetime.strptime(s, fmt).replace(tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(d)


def _dom(addr):
    return re.findall(r'@([A-Za-z0-9.-]+)', addr)[-1]


def mid(ctx, dom, salt=''):
    h = hashlib.sha1(f'{PREFIX}-{ctx.n}-{ctx.slug}{salt}'.encode()).hexdigest()
    return f'<{h[:14]}.{h[14:22]}@{dom}>'


def new(ctx, frm, to, subject, date, cc=None, extra=(), msgid=None):
    m = EmailMessage(policy=BUILD)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    m['Date'] = date
    m['Message-ID'] = msgid or mid(ctx, _dom(frm))
    for k, v in extra:
        m[k] = v
    m['MIME-Version'] = '1.0'
    m._w4_hdrs = {'From': ('addr', frm), 'To': ('addr', to), 'Subject': ('text', subject)}
    if cc:
        m._w4_hdrs['Cc'] = ('addr', cc)
    return m


def npi(base9):
    """Return a 10-digit NPI whose last digit passes Luhn with prefix 80840."""
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
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def make_pdf(lines, title='Document'):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    pages = [lines[i:i + 50] for i in range(0, max(len(lines), 1), 50)] or [[]]
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    kids = []
    nxt = 4
    page_objs = []
    for pg in pages:
        content = ['BT', '/F1 10 Tf', '13 TL', '54 750 Td']
        for ln in pg:
            content.append('(%s) Tj T*' % esc(ln))
        content.append('ET')
        stream = '\n'.join(content).encode('latin-1')
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append('%d 0 R' % pid)
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                     '/Contents %d 0 R /Resources << /Font << /F1 3 0 R >> >> >>'
                     % cid).encode()
        objs[cid] = (b'<< /Length %d >>\nstream\n' % len(stream)) + stream + b'\nendstream'
        page_objs.append(pid)
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (' '.join(kids), len(kids))).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
    info = nxt
    objs[info] = ('<< /Title (%s) /Producer (w4 synthetic) >>' % esc(title)).encode('latin-1')
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = {}
    for i in range(1, info + 1):
        offsets[i] = len(out)
        out += b'%d 0 obj\n' % i + objs[i] + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n' % (info + 1)
    out += b'0000000000 65535 f \n'
    for i in range(1, info + 1):
        out += b'%010d 00000 n \n' % offsets[i]
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (info + 1, info, xref))
    return bytes(out)


def make_png(w=40, h=32, seed=7, blob=True, logo=False):
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            if logo:
                # simple two-colour banner: teal bar with a white heart-ish dot
                c = (18, 122, 128)
                if (x - w * 0.5) ** 2 / 30.0 + (y - h * 0.5) ** 2 / 20.0 < 1:
                    c = (250, 250, 245)
            else:
                c = (226, 186, 156)
                if (x * seed + y * 3) % 11 == 0:
                    c = (214, 172, 142)
                if blob:
                    dx = (x - w * 0.52) / (w * 0.22)
                    dy = (y - h * 0.5) / (h * 0.24)
                    r2 = dx * dx + dy * dy + 0.25 * (((x * 5 + y * seed) % 7) / 7.0)
                    if r2 < 1.0:
                        c = (96, 60, 42) if x < w * 0.6 else (58, 36, 26)
                if y > h - 4 and x % 4 == 0:
                    c = (40, 40, 40)   # ruler ticks
            rows += bytes(c)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(bytes(rows), 9)) + chunk(b'IEND', b''))


def _ics_fold(line):
    out = []
    while len(line.encode('utf-8')) > 73:
        cut = 73
        while len(line[:cut].encode('utf-8')) > 73:
            cut -= 1
        out.append(line[:cut])
        line = ' ' + line[cut:]
    out.append(line)
    return '\n'.join(out)


def make_ics(uid, start, end, summary, location, organizer, attendees,
             description='', method='REQUEST', stamp='20241101T120000Z'):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//w4 synthetic//calendar//EN', 'VERSION:2.0',
         'CALSCALE:GREGORIAN', 'METHOD:' + method, 'BEGIN:VEVENT',
         'UID:' + uid, 'DTSTAMP:' + stamp, 'DTSTART:' + start, 'DTEND:' + end,
         'SUMMARY:' + summary, 'LOCATION:' + location,
         'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, addr in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, addr))
    if description:
        L.append('DESCRIPTION:' + description.replace('\n', '\\n').replace(',', '\\,'))
    L += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(_ics_fold(x) for x in L) + '\n'


def quote(text, prefix='> '):
    return '\n'.join((prefix + ln) if ln else prefix.rstrip() for ln in text.rstrip('\n').split('\n')) + '\n'


def html_wrap(body, title='', charset='utf-8'):
    return ('<!DOCTYPE html>\n<html><head><meta charset="' + charset + '">'
            '<title>%s</title></head>\n<body style="font-family:Arial,sans-serif;'
            'font-size:14px;color:#222">\n%s\n</body></html>\n' % (title, body))


# ---------------------------------------------------------------- 001
@reg('none', 'trap-formulary-tier-changes',
     'P&T formulary bulletin naming buprenorphine, PrEP, SSRIs, NDCs and PA criteria; no individual patient')
def m001(c):
    m = new(c, '"Kestrelmoor P&T Committee" <pt-committee@kestrelmoor.example.org>',
            'All Prescribers <all-prescribers@kestrelmoor.example.org>',
            'Formulary update eff. Jan 1: tier changes, PA criteria, 4 additions',
            dt('2024-11-21 16:02:11', -6))
    rows = [
        ('buprenorphine ER injection 100 mg/300 mg', 'NF', 'F (medical)', '72011-0318-01'),
        ('emtricitabine/tenofovir alafenamide 200/25 mg', '3', '2', '61958-2004-01'),
        ('emtricitabine/tenofovir DF 200/300 mg (generic)', '1', '1', '69097-0722-02'),
        ('cabotegravir ER inj. 600 mg/3 mL', 'NF', 'F (medical, PA)', '49702-0264-15'),
        ('escitalopram 10 mg tab', '2', '1', '16729-0169-01'),
        ('lisdexamfetamine 30 mg cap', '3', '2 + age edit', '59417-0103-10'),
        ('naltrexone 50 mg tab', '2', '1', '47781-0226-30'),
        ('norethindrone 0.35 mg tab', '1', '1', '65162-0631-28'),
        ('semaglutide 1 mg/0.74 mL pen', '3', '3 + PA', '00169-4130-13'),
        ('levothyroxine (brand)', '2', 'NF - use generic', '00074-4341-90'),
        ('zuranolone 25 mg cap', 'n/a', 'NF, case review', '64406-0030-14'),
    ]
    txt = T('''
        KESTRELMOOR HEALTH SYSTEM - PHARMACY & THERAPEUTICS COMMITTEE
        Formulary Update, effective January 1, 2025
        (approved at the November 14 P&T meeting)

        This bulletin summarizes formulary decisions for the adult inpatient
        and ambulatory formularies. It does not change anyone's current
        therapy; existing orders continue until their next renewal.

        TIER / STATUS CHANGES
        ''')
    txt += '  %-47s %-5s %-16s %s\n' % ('Drug', 'Old', 'New', 'NDC (pkg)')
    for r in rows:
        txt += '  %-47s %-5s %-16s %s\n' % r
    txt += T('''

        PRIOR AUTHORIZATION CRITERIA (summary)
          * semaglutide: type 2 diabetes with A1c >= 7.0% within 90 days, or
            documented CV disease; not covered for weight management alone.
          * buprenorphine ER injection: ordered through the Addiction Medicine
            order set by an enrolled prescriber; 7-day oral lead-in documented.
          * cabotegravir ER: ID Clinic or Sexual Health Clinic prescriber; a
            negative HIV-1 RNA within 7 days of each injection.
          * lisdexamfetamine: age 6+ ; adult starts require a documented
            diagnostic assessment (note template "ADHD-Adult-Dx").

        THERAPEUTIC INTERCHANGE (automatic, inpatient)
          omeprazole -> pantoprazole 40 mg; losartan 100 mg -> losartan 50 mg x2
          when 100 mg is short; insulin glargine U-100 brand -> interchangeable
          biosimilar.

        SHORTAGE WATCH
          amoxicillin 400 mg/5 mL suspension, methylphenidate ER 36 mg,
          lidocaine 1% 30 mL vials. Alternatives are listed on the pharmacy
          intranet page.

        Questions: Pharmacy Informatics, (414) 555-0143,
        pharm-informatics@kestrelmoor.example.org
        ''')
    trs = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n' % r for r in rows)
    html = html_wrap(
        '<h2 style="color:#1d4e6b">P&amp;T Formulary Update &ndash; effective January 1, 2025</h2>\n'
        '<p>This bulletin summarizes formulary decisions for the adult inpatient and ambulatory '
        'formularies. It does not change anyone&rsquo;s current therapy; existing orders continue '
        'until their next renewal.</p>\n'
        '<table border="1" cellpadding="4" cellspacing="0">\n<tr><th>Drug</th><th>Old tier</th>'
        '<th>New tier</th><th>NDC</th></tr>\n' + trs + '</table>\n'
        '<h3>Prior authorization</h3>\n<ul><li>semaglutide: T2DM with A1c &ge; 7.0% within 90 days, '
        'or documented CV disease</li>\n<li>buprenorphine ER injection: Addiction Medicine order set, '
        'enrolled prescriber</li>\n<li>cabotegravir ER: ID / Sexual Health prescriber; negative '
        'HIV-1 RNA within 7 days of each injection</li>\n<li>lisdexamfetamine: age 6+; adult starts '
        'need a documented diagnostic assessment</li></ul>\n'
        '<p style="font-size:12px;color:#666">Pharmacy Informatics &middot; (414) 555-0143 &middot; '
        'pharm-informatics@kestrelmoor.example.org</p>', 'Formulary update')
    m.set_content(txt)
    m.add_alternative(html, subtype='html')
    return m


# ---------------------------------------------------------------- 002
@reg('phi', 'rm4-hold-metoprolol',
     'Nurse to physician: "Mrs. K in room 4", BP/HR after metoprolol, holding dose - identifiable inpatient + medication')
def m002(c):
    m = new(c, '"Dana Whitcombe, RN" <dwhitcombe@stodran.example.org>',
            '"Farid Oyelaran, MD" <foyelaran@stodran.example.org>',
            'rm 4', dt('2024-10-08 11:47:03', -5))
    m.set_content(T('''
        Dr O - Mrs. K in room 4 is 88/50 after her 0800 metoprolol, HR 52,
        a little dizzy standing, no CP/SOB. Holding the 1400 dose unless you
        say otherwise. Orthostatics at 1230 if you want them.

        Dana  x0117
        '''))
    return m


# ---------------------------------------------------------------- 003
@reg('none', 'trap-vet-reminder-biscuit',
     'Veterinary reminder (rabies, heartworm, Apoquel-type refill, liver values) for a dog; owner named but care is not human health care')
def m003(c):
    m = new(c, '"Sable Creek Animal Hospital" <reminders@sablecreek-vet.example.com>',
            '"Harriet Munoz-Kell" <hmkell@inbox.example.net>',
            'Biscuit is due: rabies booster, heartworm test and a refill',
            dt('2025-02-03 07:30:00', -7))
    txt = T('''
        Hi Harriet,

        Our records show that Biscuit (canine, beagle mix, 7 yrs, patient
        #20-4471) is due for the following:

          - Rabies booster (3-year) ............ due 02/18/2025
          - Heartworm antigen + tick panel ...... due 02/18/2025
          - Oclacitinib 5.4 mg refill ........... 6 tablets left

        At his last visit Dr. Tamsin Reuel noted his liver value (ALT) was a
        little high, so she would like to recheck bloodwork at the same visit.
        Please hold breakfast that morning; water is fine.

        Book online at https://sablecreek-vet.example.com/book or call us at
        (505) 555-0121. Reply STOP to opt out of reminder e-mails.

        Wags,
        The Sable Creek team
        ''')
    m.set_content(txt)
    m.add_alternative(html_wrap(
        '<p>Hi Harriet,</p><p>Our records show that <b>Biscuit</b> (canine, beagle mix, 7 yrs, '
        'patient #20-4471) is due for:</p><ul><li>Rabies booster (3-year) &ndash; due 02/18/2025</li>'
        '<li>Heartworm antigen + tick panel &ndash; due 02/18/2025</li><li>Oclacitinib 5.4 mg refill '
        '&ndash; 6 tablets left</li></ul><p>Dr. Tamsin Reuel would like to recheck his liver value '
        '(ALT) at the same visit. Please hold breakfast that morning.</p>'
        '<p><a href="https://sablecreek-vet.example.com/book">Book online</a> or call (505) 555-0121.</p>'
        '<p>Wags,<br>The Sable Creek team</p>', 'Reminder'), subtype='html')
    return m


# ---------------------------------------------------------------- 004
@reg('restricted', 'moving-my-monthly-shot',
     'Patient asks recovery center to move "my monthly shot" (extended-release buprenorphine), mentions cravings - SUD treatment')
def m004(c):
    m = new(c, '"Corey Lindahl" <coreyl88@mail.example.net>',
            '"Alderbrook Recovery - Nurse Line" <nurse-line@alderbrook-recovery.example.org>',
            'moving my shot?', dt('2025-01-06 22:14:51', -6))
    m.set_content(T('''
        hey its Corey L. im supposed to come in on the 14th for my monthly
        shot but I got a job interview out of town that whole week. can I
        come the 10th instead or is that too early? dont want to go past the
        28 days again, last time the cravings came back around day 30 and
        that was rough. I can do any time after 3.

        thanks

        Sent from my phone
        '''))
    return m


# ---------------------------------------------------------------- 005
@reg('none', 'trap-icd10-cpt-coding-update',
     'Coding education newsletter listing ICD-10/CPT/HCPCS codes for OUD, HIV, depression, BRCA, contraception; generic examples, no patient')
def m005(c):
    m = new(c, '"Meridale Billing Services - Coding Education" <coding-ed@meridale-billing.example.net>',
            'Coders and CDI <coders@meridale-billing.example.net>',
            'FY2025 code set update + Q4 denial trends (please read before 10/1)',
            dt('2024-09-23 08:05:00', -4))
    m.set_content(T('''
        Coding Education Bulletin #2024-09
        ===================================

        Hello all - the new ICD-10-CM code set goes live on October 1. Below
        is the short list of changes that touch the specialties we code for,
        plus the denial trends we saw last quarter. Nothing here refers to a
        specific account; examples are generic.

        1. ICD-10-CM: reminders and clarifications
        ------------------------------------------
        F11.20  Opioid dependence, uncomplicated
        F11.21  Opioid dependence, in remission
                -> A patient on maintenance buprenorphine or methadone is NOT
                   automatically "in remission"; code what the provider
                   documents. Query if the note only says "stable on MAT".
        Z79.891 Long term (current) use of opiate analgesic
                -> for chronic pain management, not for OUD treatment.
        F32.A   Depression, unspecified
                -> still the fallback, but CDI should query for severity
                   when a PHQ-9 score is in the note.
        F41.1   Generalized anxiety disorder
        F90.2   Attention-deficit hyperactivity disorder, combined type
        Z21     Asymptomatic HIV infection status
        B20     HIV disease
                -> once B20 has been documented it is never reassigned to
                   Z21, even if the viral load is later undetectable.
        Z15.01  Genetic susceptibility to malignant neoplasm of breast
        Z31.430 Encounter of female for testing for genetic disease carrier
                status for procreative management
        Z30.011 Encounter for initial prescription of contraceptive pills
        Z30.430 Encounter for insertion of intrauterine contraceptive device
        O04.x   Complications following (induced) termination of pregnancy

        2. CPT / HCPCS
        --------------
        99213-99215  Office visits - MDM-based leveling. Time alone is fine
                     if the total time is documented.
        96127        Brief emotional/behavioral assessment, per instrument
                     (PHQ-9, GAD-7). Max units vary by payer.
        81162        BRCA1/BRCA2 full sequence + full dup/del analysis
        87491        Chlamydia trachomatis, amplified probe
        H0020        Alcohol and/or drug services; methadone administration
        G2086-G2088  Office-based treatment for opioid use disorder bundle
        J0572-J0575  Buprenorphine/naloxone, oral (per dosage range)
        11981        Insertion, non-biodegradable drug delivery implant

        3. Q3 denial trends (all payers, aggregate)
        -------------------------------------------
          CO-16  (missing information) ........... 31% of denials
          CO-197 (precert/authorization absent) .. 22%
          CO-50  (not medically necessary) ....... 14%
          CO-97  (bundled) ....................... 9%
          PR-1/2/3 (patient responsibility) ...... counted separately

        Most CO-197 denials were imaging (MRI lumbar spine, CT abdomen) and
        specialty drugs billed on the medical benefit. Check the payer portal
        for an auth number BEFORE the claim drops.

        4. Reminders
        ------------
        * Part 2 programs: claims for the Alderbrook contract must go out
          with the confidentiality flag set in the billing system; do not
          print those encounters on the shared queue printer.
        * Modifier 25 audits start in November.
        * Office hours with the coding educator: Thursdays 2-3 pm, bridge
          line (608) 555-0110, code 4471#.

        Thanks,
        Renske Abernathy-Loy, CPC, CCS
        Coding Education Lead, Meridale Billing Services
        (608) 555-0111
        '''))
    return m


# ---------------------------------------------------------------- 006
@reg('phi', 'rash-after-amoxicillin',
     'Patient writes about her own rash after starting amoxicillin prescribed Monday; name + DOB + medication')
def m006(c):
    m = new(c, '"Beatriz Ollander" <bea.ollander@postbox.example.org>',
            '"Maplecrest Family Medicine" <messages@maplecrest-fm.example.org>',
            'Rash after the antibiotic - stop it?', dt('2024-12-11 07:12:40', -5))
    m.set_content(T('''
        Hi,

        I saw Dr. Paszkowski on Monday for the sinus infection and started
        the amoxicillin (875, twice a day). Since last night I've got a red
        bumpy rash on my chest and the inside of both arms. It's itchy but
        my lips and throat are fine and I'm breathing ok. Should I stop it?
        I have about 6 days left. I took Benadryl at 5am.

        My DOB is 08/02/1987 if you need it.

        Thanks,
        Bea Ollander
        '''))
    return m


# ---------------------------------------------------------------- 007
@reg('none', 'trap-bls-acls-roster',
     'Staff BLS/ACLS/PALS certification roster with employee IDs and dates of birth; no health information about anyone')
def m007(c):
    m = new(c, '"Clinical Education Dept" <clin-ed@kestrelmoor.example.org>',
            'Nurse Managers <nurse-managers@kestrelmoor.example.org>',
            'BLS / ACLS / PALS cards expiring Dec-Mar - roster attached',
            dt('2024-11-29 13:20:00', -6))
    staff = [
        ('E104882', 'Abara, Chinedu', '1988-03-14', '4 West Behavioral Health', 'BLS', '2024-12-31'),
        ('E117230', 'Brisco, Leah M.', '1979-07-02', 'Cardiac Step-Down', 'ACLS', '2025-01-15'),
        ('E120945', 'Castellane, Jorge', '1992-11-20', 'ED', 'ACLS', '2024-12-20'),
        ('E098311', 'Dunmore, Patrice', '1975-05-09', 'L&D', 'BLS', '2025-02-28'),
        ('E131007', 'Eriksen-Vale, Tove', '1996-01-30', 'NICU', 'PALS', '2025-01-31'),
        ('E102266', 'Fairweather, Omar', '1984-09-17', 'Dialysis', 'BLS', '2025-03-14'),
        ('E125519', 'Gallardo, Ines', '1990-12-04', 'Oncology Infusion', 'BLS', '2025-01-09'),
        ('E109874', 'Holloway-Nash, Bree', '1981-06-23', 'Addiction Consult Svc', 'BLS', '2025-02-02'),
        ('E133412', 'Iwu, Tobenna', '1998-04-11', 'PACU', 'ACLS', '2025-03-01'),
        ('E111703', 'Jarosz, Kamila', '1987-08-29', 'Pediatrics', 'PALS', '2024-12-15'),
    ]
    csv = 'employee_id,name,dob,unit,card,expires\n' + ''.join(
        '%s,"%s",%s,%s,%s,%s\n' % s for s in staff)
    m.set_content(T('''
        Hi all,

        Attached is the roster of staff whose AHA cards expire between now
        and the end of March. DOB is included only because the AHA eCard
        lookup needs it to match records - please don't forward the file.

        Skills check-off sessions (mannequins, AED trainer, mock code with the
        new crash cart layout) are in Sim Lab B:
          Tue 12/10  0700-1100 and 1500-1900
          Thu 12/19  0700-1100
          Sat 01/11  0900-1300 (ACLS megacode only)

        Staff can self-register in the LMS with their employee ID. Anyone
        who lapses is off the schedule until they recertify (policy HR-214).

        Thanks!
        Gabriela Renwick, MSN, RN-BC
        Clinical Educator | Kestrelmoor Health System
        o (414) 555-0129 | sim lab (414) 555-0130
        '''))
    m.add_attachment(csv, subtype='csv', filename='cert_expirations_Dec-Mar.csv')
    return m


# ---------------------------------------------------------------- 008
@reg('phi', 'critical-potassium-subject-only',
     'Critical lab value with patient name and MRN only in the Subject line; body is a bare callback request')
def m008(c):
    m = new(c, '"Larkwell Reference Lab - Critical Calls" <critcall@larkwell-lab.example.com>',
            '"Maplecrest On-Call" <oncall@maplecrest-fm.example.org>',
            'CRITICAL: HALVORSEN, INGRID  MRN 00482291  K 6.4 mmol/L',
            dt('2025-03-02 02:41:09', -6))
    m.set_content(T('''
        Please call the laboratory to acknowledge this notification.

        Larkwell Reference Laboratory - Client Services, 24/7
        (608) 555-0162

        This mailbox is not monitored. Do not reply.
        '''))
    return m


# ---------------------------------------------------------------- 009
@reg('none', 'trap-portal-downtime-be-patient',
     'EHR vendor IT notice about patient portal / Patient Access API downtime ("please be patient", results queue); no individual')
def m009(c):
    m = new(c, '"Quillon EHR Service Desk" <servicedesk@quillon-ehr.example.com>',
            '"Kestrelmoor IT Operations" <itops@kestrelmoor.example.org>',
            'CHG0048213: Patient Portal + Patient Access API downtime Sun 02:00-05:00 CT',
            dt('2024-11-14 10:00:00', -6))
    m.set_content(T('''
        Change ticket:   CHG0048213 (standard, pre-approved)
        Window:          Sunday, November 24, 02:00-05:00 Central
        Systems:         Patient Portal (web + mobile), Patient Access API
                         (FHIR R4), proxy-access enrollment service
        Not affected:    clinician workspace, HL7 interfaces, e-prescribing

        What your users will see
        ------------------------
        Patients who open the portal during the window will get the
        maintenance banner ("We're making improvements - please be patient
        and try again after 5:00 AM"). Messages typed before 02:00 and not
        sent will be lost, so your help desk script should tell callers to
        copy long messages first.

        The results-release queue pauses during the window. Results that
        would normally auto-release (e.g. lipid panels, CBCs) will release
        in a batch when the queue resumes, so expect a burst of "new test
        result" notifications around 05:15. Results held for provider
        review are unaffected.

        Third-party apps connected through the Patient Access API will get
        HTTP 503 with a Retry-After header. Apps should treat this as a
        positive signal to back off, not an auth failure.

        Post-change validation: our team will log in as a TEST patient,
        send a message, and confirm a positive round-trip before closing
        the ticket.

        Contacts
          Quillon on-call bridge: (312) 555-0175, passcode 88213
          Status page: https://status.quillon-ehr.example.com

        Thank you for your patience,
        Quillon EHR Service Desk
        '''))
    return m


# ---------------------------------------------------------------- 010
@reg('phi', 'toddler-ear-again',
     'Mother asks for a sick visit for her 2-year-old (named, DOB) with fever and recurrent ear infections, ENT referral')
def m010(c):
    m = new(c, '"Marguerite Osei" <m.osei@inbox.example.com>',
            '"Pinecone Pediatrics - Appointments" <appointments@pinecone-peds.example.org>',
            'Theo - ear again?', dt('2024-11-25 06:58:12', -5))
    m.set_content(T('''
        Good morning,

        Theo is pulling at his right ear again and was 39.1 last night. I
        gave him ibuprofen at 6. This is the third one since September -
        last time Dr. Abara said if it happened again we'd talk about sending
        him to ENT for tubes. Is there any chance of a sick visit today after
        3:30? I can't leave work before then.

        He's 2 (DOB 3/9/2022). We also have half a bottle of the amoxicillin
        left from last time, should we start it or wait to be seen?

        Thank you,
        Marguerite (Theo Osei-Brandt's mom)
        (414) 555-0188
        '''))
    return m

# ---------------------------------------------------------------- 011
@reg('none', 'trap-supply-shipping-confirmation',
     'B2B shipping confirmation (naloxone cartons, rapid HIV test kits, hCG cassettes) with order, tracking, UUID, ZIP; no patient')
def m011(c):
    m = new(c, '"Quartzline Medical Supply - Orders" <orders@quartzline-supply.example.com>',
            '"Purchasing - Ridgecombe ID Clinic" <purchasing@ridgecombe-id.example.org>',
            'Shipped: Order SO-2291-88410 (package 3 of 3)',
            dt('2025-01-17 15:33:27', -5))
    items = [
        ('NLX-4N-12', 'Naloxone HCl nasal spray 4 mg, 2-pack, carton of 12', 6),
        ('RHT-12-25', 'Rapid HIV-1/2 antibody test, fingerstick, box of 25', 8),
        ('HCG-UC-50', 'Urine hCG cassette, 25 mIU/mL, box of 50', 4),
        ('SHC-2G', 'Sharps container, 2 gal, red, vertical drop', 24),
        ('GLV-N-M', 'Nitrile exam gloves, medium, 10 x 100', 10),
        ('TRN-VAC-4', 'Vacutainer tube rack, 40-place', 2),
    ]
    lines = ''.join('  %-10s %-56s %3d\n' % i for i in items)
    txt = T('''
        Quartzline Medical Supply
        ---------------------------------------------------------------
        Your order has shipped.

        Order:         SO-2291-88410        PO: RID-PO-20250109-03
        Account:       C-004417 (Ridgecombe Infectious Disease Clinic)
        Shipment ID:   7f3c2a9e-41d8-4b6e-9c0a-2d5e8b17f604
        Carrier:       Northline Freight Ground
        Tracking:      NL 4471 9920 0318 5562 (pkg 3 of 3)
        Ship to:       Receiving Dock B, 410 Ellery Ave Suite 200
                       Madison, WI 53703-1142
        Est. delivery: Tue 01/21/2025

        Items in this package
        ''') + lines + T('''

        Packages 1-2 (tracking NL 4471 9920 0318 5547 / 5554) were delivered
        01/16. Temperature-sensitive items ship in package 3 with a TempTag
        logger (serial TT-00931).

        Manage orders: https://portal.quartzline-supply.example.com/orders/SO-2291-88410
        Customer care: (608) 555-0133, Mon-Fri 7-6 CT

        This is an automated message. Quartzline Medical Supply, 1900 Depot
        Rd, Verona, WI 53593.
        ''')
    m.set_content(txt)
    trs = ''.join('<tr><td>%s</td><td>%s</td><td align="right">%d</td></tr>\n' % i for i in items)
    m.add_alternative(html_wrap(
        '<table width="600" cellpadding="6" style="border:1px solid #ccc"><tr><td '
        'style="background:#0b3d5c;color:#fff;font-size:18px">Quartzline Medical Supply</td></tr>\n'
        '<tr><td><p><b>Your order has shipped.</b></p><p>Order SO-2291-88410 &middot; PO RID-PO-20250109-03'
        '<br>Shipment 7f3c2a9e-41d8-4b6e-9c0a-2d5e8b17f604<br>Tracking NL 4471 9920 0318 5562 '
        '(pkg 3 of 3)<br>Ship to: Receiving Dock B, 410 Ellery Ave Suite 200, Madison, WI 53703-1142</p>\n'
        '<table border="1" cellspacing="0" cellpadding="4"><tr><th>SKU</th><th>Description</th><th>Qty</th></tr>\n'
        + trs + '</table><p>Customer care: (608) 555-0133</p></td></tr></table>', 'Shipped'),
        subtype='html')
    return m


# ---------------------------------------------------------------- 012
@reg('restricted', 'safety-plan-before-thursday',
     'Client writes to her LCSW counselor about using their safety plan, 988 call, sertraline increase - mental health treatment')
def m012(c):
    m = new(c, '"Noor Haddad-Whitley" <noorhw@mail.example.org>',
            '"Sienna Prout, LCSW" <sprout@tellenmoor-bh.example.org>',
            'before Thursday', dt('2025-02-10 23:38:05', -5))
    m.set_content(T('''
        Hi Sienna,

        I know we said to save things for session but I wanted to write it
        down while it's fresh. The weekend was bad. Saturday night I got to
        step 3 on the safety plan (the list of people) and ended up calling
        the 988 line like we practiced, which I never thought I would
        actually do. The woman I talked to was kind. I'm ok now, I promise.

        Things that helped: the cold water thing, taking Pepper out for a
        walk at midnight, texting my sister. She has the extra pills now
        (the old bottle of trazodone), we did that Sunday.

        Things that didn't: being alone in the apartment after the call with
        my dad. I think that's what we need to work on.

        The sertraline going up to 100 seems to be helping in the mornings
        at least. Dr. Imrie said give it 4 more weeks.

        See you Thursday at 5.
        Noor
        '''))
    return m


# ---------------------------------------------------------------- 013
@reg('none', 'trap-payer-genetic-testing-policy',
     'Payer medical policy bulletin on hereditary cancer genetic testing criteria (BRCA1/2, Lynch) with policy PDF; no member')
def m013(c):
    m = new(c, '"Bluewick Health Plan - Provider Communications" <provider-news@bluewick-health.example.com>',
            'Network Providers <network-providers@bluewick-health.example.com>',
            'Medical Policy MP-114 revised: Hereditary Cancer Genetic Testing (eff. 03/01/2025)',
            dt('2025-01-08 09:00:00', -5))
    m.set_content(T('''
        Provider Bulletin 2025-02

        Bluewick Health Plan has revised Medical Policy MP-114, Hereditary
        Cancer Genetic Testing, effective for dates of service on or after
        March 1, 2025. Key changes:

          1. Multigene panels (CPT 81432, 81435) are considered medically
             necessary when the member meets personal or family history
             criteria in Section III AND pre-test genetic counseling by a
             board-certified genetic counselor or a qualified physician is
             documented.
          2. BRCA1/BRCA2 full sequencing (81162, 81163) for members with a
             known familial variant is no longer covered; targeted testing
             (81215, 81217) applies instead.
          3. Lynch syndrome: tumor MSI/IHC screening is required before
             germline MLH1/MSH2/MSH6/PMS2 testing, except for first-degree
             relatives of a person with a known pathogenic variant.
          4. Direct-to-consumer results must be confirmed in a CLIA-certified
             laboratory before they can support risk-reducing surgery
             requests.
          5. Prior authorization remains required. Submit through the
             provider portal or fax (800) 555-0188.

        The full policy is attached and is also posted at
        https://providers.bluewick-health.example.com/policies/MP-114

        Questions: Provider Services, (800) 555-0187, option 3.

        You are receiving this because you are a participating provider.
        Bluewick Health Plan | 77 Garrow Street | Rockford, IL 61101
        '''))
    pdf = make_pdf([
        'BLUEWICK HEALTH PLAN - MEDICAL POLICY',
        'MP-114  Hereditary Cancer Genetic Testing     Version 7',
        'Effective date: 03/01/2025     Last review: 12/12/2024',
        '',
        'I. Scope',
        'This policy addresses germline testing for hereditary cancer syndromes',
        'including HBOC (BRCA1, BRCA2, PALB2), Lynch syndrome and Li-Fraumeni.',
        '',
        'II. Policy statement',
        'Testing is medically necessary when criteria in Section III are met and',
        'results will directly affect management of the member.',
        '',
        'III. Criteria (summary)',
        ' a. Personal history of breast cancer diagnosed at age 50 or younger',
        ' b. Personal history of ovarian, pancreatic or metastatic prostate cancer',
        ' c. Known pathogenic/likely pathogenic variant in a blood relative',
        ' d. Ashkenazi Jewish ancestry with a qualifying personal/family history',
        ' e. Family history meeting current NCCN-style criteria (see Appendix A)',
        '',
        'IV. Not medically necessary',
        ' - Population screening without personal or family history',
        ' - Repeat testing of the same genes without new clinical information',
        '',
        'V. Coding',
        ' CPT 81162 81163 81165 81215 81217 81432 81435 81292 81295 81298 81317',
        ' ICD-10 Z80.3 Z80.41 Z15.01 Z15.02 Z85.3 C50.x C56.x',
        '',
        'VI. Documentation for prior authorization',
        ' Pedigree (3 generations), pre-test counseling note, ordering NPI,',
        ' laboratory name and test code.',
    ], 'MP-114 Hereditary Cancer Genetic Testing')
    m.add_attachment(pdf, maintype='application', subtype='pdf',
                     filename='MP-114_Hereditary_Cancer_Testing_v7.pdf')
    return m


# ---------------------------------------------------------------- 014
@reg('phi', 'referral-packet-filename-only',
     'Bare "see attached" note; patient name, DOB and AFib evaluation appear only in the attachment file name')
def m014(c):
    m = new(c, '"Northfell Cardiology - Referrals" <referrals@northfell-cardio.example.com>',
            '"Maplecrest Family Medicine - Records" <records@maplecrest-fm.example.org>',
            'Referral packet', dt('2024-10-30 14:12:55', -5))
    m.set_content(T('''
        Attached as requested. Please confirm receipt.

        Northfell Cardiology Associates | Referral Coordination
        (312) 555-0170 | fax (312) 555-0171
        '''))
    pdf = make_pdf(['[scanned document - 3 pages]', '', 'Page 1 of 3'], 'scan0041')
    m.add_attachment(pdf, maintype='application', subtype='pdf',
                     filename='Referral_Okafor_Benedict_DOB1961-03-14_AFib_eval.pdf')
    return m


# ---------------------------------------------------------------- 015
@reg('none', 'trap-positive-attitude-phish-results',
     'Manager e-mail about phishing-test results, positive attitude, patience at go-live; health-sounding words, no individual care')
def m015(c):
    m = new(c, '"Desmond Aguirre-Platt" <daguirre@kestrelmoor.example.org>',
            'Revenue Cycle Team <revcycle-all@kestrelmoor.example.org>',
            'Phishing test results + staying positive through go-live',
            dt('2025-03-07 16:45:00', -6))
    m.set_content(T('''
        Team,

        Two things before the weekend.

        1) The results of last week's phishing simulation are in. 14% of our
        department clicked the fake "Updated Patient Refund Form" link,
        down from 22% in January - a positive trend, but still the
        highest in the building. Three people entered their password. If
        you got the follow-up training assignment, please finish it by the
        21st. Nobody is in trouble; the test exists so we learn where we're
        vulnerable.

        2) Go-live for the new claims scrubber is 3/17. The first two weeks
        will be bumpy: edits will fire that we've never seen, the work
        queues will look scary, and the vendor's support line will have
        hold times. Please be patient with each other and with Patient
        Access - they are learning the new registration screens at the same
        time. A positive attitude genuinely changes how fast we recover.

        Floor support (super users in purple lanyards) will be on 3 West all
        day 3/17-3/21. Pizza Tuesday.

        Thanks for everything you do,
        Desmond

        Desmond Aguirre-Platt
        Director, Revenue Cycle Operations
        Kestrelmoor Health System
        desk (414) 555-0144 | cell (414) 555-0145
        '''))
    return m


# ---------------------------------------------------------------- 016
@reg('phi', 'oncology-billing-statement',
     'From "Oncology Billing" to a named patient: account number and balance for services - bill for care, oncology only in display name')
def m016(c):
    m = new(c, '"Oncology Billing" <oncbilling@stodran.example.org>',
            '"Arvid Lindgren" <arvid.lindgren@mail.example.com>',
            'Your statement is ready', dt('2024-11-04 05:10:00', -5))
    m.set_content(T('''
        Dear Arvid Lindgren,

        A new statement is available for your account.

          Guarantor:          Arvid Lindgren
          Account number:     4410-28815
          Statement date:     11/01/2024
          Dates of service:   10/14/2024 - 10/28/2024
          Insurance paid:     $6,882.16
          Amount due:         $1,240.00   (due 11/25/2024)

        Pay online at https://pay.stodran.example.org or call (217) 555-0119.
        Payment plans and financial assistance are available - just ask.

        St. Odran Regional Medical Center, Patient Financial Services
        '''))
    return m


# ---------------------------------------------------------------- 017
@reg('none', 'trap-prep-protocol-draft',
     'Draft research protocol for a PrEP adherence pilot: eligibility, HIV testing schedule, data dictionary with mrn/dob fields; no participants enrolled')
def m017(c):
    m = new(c, '"Ilse Varga-Mendel, PharmD" <ivarga@ridgecombe-id.example.org>',
            '"IRB Pre-Review" <irb-prereview@ridgecombe-id.example.org>',
            'DRAFT v0.3 protocol - pharmacist-led long-acting PrEP pilot (not yet submitted)',
            dt('2025-02-19 12:31:44', -6),
            cc='"Tobiah Marrow" <tmarrow@ridgecombe-id.example.org>')
    m.set_content(T('''
        Hi all,

        Attached is v0.3 of the protocol for the pharmacist-led long-acting
        PrEP pilot. This is a pre-review draft only - nothing has been
        submitted, no one has been screened or enrolled, and there is no
        participant information anywhere in the document.

        Specific questions for pre-review:
          - Is the 7-day HIV-1 RNA window before each injection feasible
            without a same-day lab?
          - Section 9: can we keep the linkage key (participant ID <-> MRN)
            on the clinic share, or does it need to live in REDCap only?
          - Is verbal consent acceptable for the 6-month phone survey?

        Tobiah is cc'd for the budget section.

        Thanks,
        Ilse

        Ilse Varga-Mendel, PharmD, AAHIVP
        Clinical Pharmacist Practitioner, Ridgecombe ID Clinic
        (608) 555-0151
        '''))
    proto = T('''
        PROTOCOL DRAFT v0.3 - NOT FOR DISTRIBUTION
        Title: Pharmacist-Led Delivery of Long-Acting Injectable PrEP in an
               Outpatient Infectious Disease Clinic: a Single-Arm Pilot
        Short title: PLA-PrEP        Sponsor: internal (no external funding)

        1. Background
        Oral PrEP is highly effective when taken consistently, but
        persistence at 12 months is often below 50% in clinic populations.
        Long-acting cabotegravir given every 2 months removes the daily pill
        but adds visit burden. We will test whether a pharmacist-run
        injection visit, with text-message reminders, keeps people on
        schedule.

        2. Objectives
        Primary: proportion of participants receiving all injections within
        +/- 7 days of target through month 12.
        Secondary: HIV incidence; injection-site reactions; participant
        satisfaction; pharmacist time per visit.

        3. Design
        Single-arm, open-label, 12-month pilot; target N = 60.

        4. Eligibility
        Inclusion: age >= 18; HIV-negative by Ag/Ab and HIV-1 RNA within 7
        days of first injection; weight >= 35 kg; able to receive text
        messages.
        Exclusion: prior cabotegravir hypersensitivity; taking rifampin,
        rifapentine, carbamazepine, oxcarbazepine, phenytoin or
        phenobarbital; ALT > 5x ULN; pregnancy intent within 12 months is NOT
        an exclusion (see Section 12).

        5. Schedule of events
        Visit        Week  HIV Ag/Ab  HIV-1 RNA  STI NAAT  Survey
        Screening    -1    X          X          X         X
        Inj 1        0                                     
        Inj 2        4     X          X                    
        Inj 3..8     q8w   X          X          q24w      q24w
        End          52    X          X          X         X

        6. Identifiers
        Participant ID format: PLA-### (001-060). The linkage log (PLA-ID,
        MRN, consent date) is kept separately from study data.

        7. Data dictionary (excerpt)
        field              type      notes
        pla_id             text      PLA-###
        mrn                text      linkage log ONLY, never in analysis set
        dob                date      linkage log ONLY; analysis uses age_yrs
        hiv_agab_result    enum      nonreactive/reactive/indeterminate
        hiv_rna_copies     integer   copies/mL; <20 = "TND"
        inj_date           date
        inj_window_ok      boolean   within +/- 7 days
        isr_grade          enum      0-4 (DAIDS)

        8. Statistical considerations
        With N = 60, a 95% CI for an on-time proportion of 0.75 is
        approximately 0.62-0.85.

        9. Data security
        REDCap project on the institutional instance; linkage log in a
        restricted folder; 42 CFR Part 2 does not apply (no SUD data).

        10. Recruitment and consent
        10.1 Potential participants will be identified by clinic
        pharmacists from people already starting or continuing oral PrEP
        who express interest in injections. No chart screening for
        recruitment will take place before consent.
        10.2 Written informed consent will be obtained by study
        pharmacists trained in human subjects protection. The consent form
        will be available in English and Spanish, written at a 6th-8th
        grade reading level, and will explain that declining has no effect
        on the person's usual clinical care, including access to oral or
        injectable PrEP outside the study.
        10.3 Consent for the optional 6-month telephone survey will be
        obtained separately (verbal, documented in REDCap) - pending IRB
        guidance (see cover e-mail).
        10.4 Participants will receive a $25 gift card per completed
        survey; no payment is tied to injection visits.

        11. Study procedures
        11.1 Screening visit: eligibility review, HIV Ag/Ab and HIV-1 RNA,
        STI NAAT at three sites as clinically indicated, hepatitis B
        surface antigen, creatinine, ALT, pregnancy test where relevant,
        baseline survey.
        11.2 Injection visits: brief symptom check, review of any new
        medications for interactions, HIV testing per the schedule of
        events, gluteal intramuscular injection by the pharmacist,
        injection-site assessment, scheduling of the next visit with the
        +/- 7-day window and two automated text reminders.
        11.3 Missed visits: the study pharmacist will attempt contact by
        text, phone and portal message on days 1, 3 and 6 after the target
        date. Participants who are more than 7 days late follow the
        clinic's standard re-initiation protocol, which may include oral
        bridging.
        11.4 End of study: participants may continue injections through
        routine clinical care; the study team will facilitate transition.

        12. Pregnancy
        People who become pregnant may choose to continue injections after
        counseling with the clinic physician; this is a clinical decision,
        not a study decision. Pregnancy outcomes will be recorded with
        consent and reported to the relevant pregnancy registry in
        aggregate.

        13. Safety monitoring and adverse events
        13.1 Injection-site reactions will be graded using the DAIDS table.
        13.2 Any reactive HIV test will be managed clinically per clinic
        protocol (confirmatory testing, genotype, same-day ART offer) and
        reported to the IRB within 5 business days as an unanticipated
        event.
        13.3 Serious adverse events will be reported to the IRB within 48
        hours. The PI will review all adverse events monthly.
        13.4 Stopping rules: the pilot will pause for review if two or
        more incident HIV infections occur, or if more than 10% of
        participants discontinue for injection-site reactions.

        14. Confidentiality
        14.1 Study records will be identified only by PLA-ID. The linkage
        log will be stored in a restricted folder accessible to the PI and
        study coordinator.
        14.2 Text-message reminders will not mention HIV, PrEP, the study
        name or the clinic's specialty. Template wording: "Reminder: your
        appointment at the clinic is on [date] at [time]."
        14.3 Study data will be destroyed 6 years after study closure, per
        institutional policy.
        14.4 A Certificate of Confidentiality will be requested.

        15. Budget (summary, internal funds)
          Pharmacist time (0.2 FTE x 12 months) ......... $28,400
          Study coordinator (0.1 FTE) .................... $7,900
          Survey incentives (60 x 3 x $25) ............... $4,500
          Text-message platform ........................... $1,200
          REDCap build ............................ in-kind (CTSI)

        16. References (to be formatted)
          - Long-acting injectable PrEP trials in cisgender women and in
            men who have sex with men and transgender women (two phase 3
            RCTs, 2021-2022).
          - Pharmacist-prescribed PrEP implementation reports, various.
          - Prior clinic quality-improvement data on oral PrEP persistence
            (internal, aggregate).
        ''')
    m.add_attachment(proto, filename='PLA-PrEP_protocol_v0.3_DRAFT.txt')
    return m


# ---------------------------------------------------------------- 018
@reg('phi', 'eob-echo-office-visit',
     'Medicare Advantage EOB to a named member: member ID, claim number, echocardiogram and office-visit CPT codes, amounts owed')
def m018(c):
    m = new(c, '"Bluewick Health Plan" <eob@bluewick-health.example.com>',
            '"Rosalind Achebe-Varn" <rosalind.av@postbox.example.net>',
            'Your Explanation of Benefits is ready - claim 24261A0093318',
            dt('2024-10-02 06:15:00', -5))
    rows = [
        ('09/17/2024', '93306', 'Echocardiogram, complete, with Doppler', '1,420.00', '512.30', '462.30', '50.00'),
        ('09/17/2024', '99214', 'Office visit, established patient', '265.00', '131.88', '111.88', '20.00'),
        ('09/17/2024', '93000', 'Electrocardiogram, 12-lead', '88.00', '17.14', '17.14', '0.00'),
    ]
    hdr = '  %-11s %-6s %-40s %10s %9s %9s %8s\n' % ('Date', 'Code', 'Service', 'Billed', 'Allowed', 'Plan pd', 'You owe')
    body = ''.join('  %-11s %-6s %-40s %10s %9s %9s %8s\n' % r for r in rows)
    txt = T('''
        BLUEWICK MEDICARE ADVANTAGE (HMO)
        EXPLANATION OF BENEFITS - THIS IS NOT A BILL

        Member:        Rosalind Achebe-Varn
        Member ID:     BWK-7730-41129-02
        Medicare ID:   7QX2-WN4-HC81 (on file)
        Claim number:  24261A0093318
        Provider:      Northfell Cardiology Associates
                       NPI %s
        Processed:     09/30/2024

        ''' % npi('164822093')) + hdr + body + T('''

        Total you may owe the provider: $70.00
        Your out-of-pocket maximum so far: $610.00 of $4,900.00

        If you disagree with this decision you may file an appeal within 65
        days. Call Member Services at (800) 555-0186 (TTY 711), 8 am-8 pm.
        ''')
    m.set_content(txt)
    trs = ''.join('<tr>' + ''.join('<td>%s</td>' % x for x in r) + '</tr>\n' for r in rows)
    m.add_alternative(html_wrap(
        '<h2>Explanation of Benefits</h2><p><b>This is not a bill.</b></p>'
        '<p>Member: Rosalind Achebe-Varn<br>Member ID: BWK-7730-41129-02<br>'
        'Claim: 24261A0093318<br>Provider: Northfell Cardiology Associates</p>\n'
        '<table border="1" cellspacing="0" cellpadding="4"><tr><th>Date</th><th>Code</th>'
        '<th>Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>\n'
        + trs + '</table><p>Total you may owe the provider: <b>$70.00</b></p>'
        '<p>Member Services (800) 555-0186 (TTY 711)</p>', 'EOB'), subtype='html')
    return m


# ---------------------------------------------------------------- 019
@reg('restricted', 'daughter-after-psych-unit',
     'Mother writes about adult daughter discharged from inpatient psych unit, switched to lithium for bipolar disorder, needs psychiatry f/u')
def m019(c):
    m = new(c, '"Gwendolyn Farraday" <gfarraday@inbox.example.org>',
            '"Maplecrest Family Medicine" <messages@maplecrest-fm.example.org>',
            'Hazel - after discharge, labs?', dt('2025-01-13 09:02:37', -5))
    m.set_content(T('''
        Hello,

        I'm writing about my daughter Hazel Farraday (she's 24 and still your
        patient, DOB 11/30/2000). She came home Friday after nine days on the
        inpatient psychiatric unit at St. Odran. She signed the form on
        Friday saying you can talk to me.

        They told us it's bipolar I, and they switched her from quetiapine
        to lithium 300 mg twice a day. The discharge paper says she needs a
        lithium level plus kidney and thyroid labs in 5-7 days and an
        appointment with outpatient psychiatry "within 7 days", but the
        psychiatry clinic's first opening is February 20. Can Dr. Achterberg
        order the labs? And is there anything you can do to get her seen
        sooner?

        She's sleeping a lot and says her hands shake a little. Is that
        normal with lithium?

        Thank you so much,
        Gwen Farraday
        (414) 555-0192
        '''))
    return m


# ---------------------------------------------------------------- 020
@reg('none', 'trap-ambulatory-quality-dashboard',
     'Aggregate quality dashboard (A1c control, BP, depression screening, HIV viral suppression rates by clinic) with CSV; no patient-level data')
def m020(c):
    m = new(c, '"Quality & Population Health Analytics" <qpha@kestrelmoor.example.org>',
            'Clinic Medical Directors <clinic-directors@kestrelmoor.example.org>',
            'Q3 ambulatory quality dashboard (aggregate) - attached',
            dt('2024-10-15 11:11:00', -5))
    rows = [
        ('Maplecrest FM', 2841, '71.2', '68.9', '82.4', '', '44.0'),
        ('Northside IM', 3310, '64.8', '70.1', '76.0', '', '39.5'),
        ('Ridgecombe ID', 912, '69.0', '73.3', '88.1', '91.4', '61.2'),
        ('Eastgate Peds', 4120, '', '', '', '', '58.8'),
        ('Fernway Health Ctr', 1678, '58.3', '61.5', '70.9', '86.0', '47.1'),
    ]
    csv = ('clinic,attributed_pts,a1c_lt_8_pct,bp_lt_140_90_pct,depression_screen_pct,'
           'hiv_vl_lt_200_pct,breast_ca_screen_pct\n')
    csv += ''.join(','.join(str(x) for x in r) + '\n' for r in rows)
    m.set_content(T('''
        Attached is the Q3 (Jul-Sep) ambulatory quality dashboard. All
        figures are aggregate rates; cells with fewer than 11 patients in the
        denominator are suppressed (blank).

        Highlights
          * System-wide diabetes control (A1c < 8%): 66.1% (goal 70%)
          * Controlling high blood pressure: 68.4% (Q2: 66.0%)
          * Depression screening with follow-up plan: 79.2%
          * HIV viral load suppression (< 200 copies/mL), Ridgecombe ID:
            91.4%; Fernway: 86.0%
          * Breast cancer screening lags everywhere; Q4 outreach campaign
            starts 11/1.

        Patient-level gap lists are NOT in this file. They live in the
        secure Quillon registry report "AMB-QUAL-GAPS" for clinic staff with
        access.

        Contact: qpha@kestrelmoor.example.org | (414) 555-0147
        '''))
    m.add_attachment(csv, subtype='csv', filename='amb_quality_Q3_aggregate.csv')
    return m

# ---------------------------------------------------------------- 021
@reg('phi', 'levothyroxine-ready-pickup',
     'Pharmacy pickup notice to a named patient for levothyroxine with Rx number and copay')
def m021(c):
    m = new(c, '"Corrin Street Pharmacy" <noreply@corrinpharmacy.example.net>',
            '"Teodor Vasko" <tvasko@mail.example.org>',
            'Your prescription is ready for pickup', dt('2024-12-09 14:03:19', -6))
    m.set_content(T('''
        Hi Teodor,

        Your prescription is ready at Corrin Street Pharmacy.

          LEVOTHYROXINE 75 MCG TABLET   Rx #6618204   Qty 90   Copay $4.00

        Please pick up by 12/20. After that it will be returned to stock.
        221 Corrin St | Mon-Fri 8-8, Sat 9-5 | (507) 555-0124
        '''))
    m.add_alternative(html_wrap(
        '<p>Hi Teodor,</p><p>Your prescription is ready at <b>Corrin Street Pharmacy</b>.</p>'
        '<table cellpadding="4"><tr><td>LEVOTHYROXINE 75 MCG TABLET</td><td>Rx #6618204</td>'
        '<td>Qty 90</td><td>Copay $4.00</td></tr></table><p>Please pick up by 12/20.</p>'
        '<p style="color:#777">221 Corrin St &middot; (507) 555-0124</p>', 'Ready'), subtype='html')
    return m


# ---------------------------------------------------------------- 022
@reg('none', 'trap-job-offer-drug-screen',
     'Job offer to a named RN candidate contingent on a drug screen and background check; HR mail, no health information')
def m022(c):
    m = new(c, '"Talent Acquisition - St. Odran Regional" <careers@stodran.example.org>',
            '"Yusuf Abernethy-Cole" <yabcole@mail.example.net>',
            'Offer of employment - Registered Nurse II, Cardiac Step-Down (Req 24-1183)',
            dt('2024-08-16 15:27:00', -5))
    body = T('''
        Dear Yusuf,

        On behalf of St. Odran Regional Medical Center, I am delighted to
        offer you the position of Registered Nurse II on the Cardiac
        Step-Down Unit (6 East), requisition 24-1183.

          Start date:       Monday, September 16, 2024 (nursing orientation)
          Status:           Full time, 0.9 FTE, nights (1900-0730)
          Base rate:        $44.10/hour, plus $4.25/hour night differential
          Sign-on bonus:    $7,500 paid in three installments
          Reports to:       Pilar Montague, MSN, RN, Nurse Manager 6 East

        This offer is contingent on a satisfactory pre-employment drug
        screen, a background check, verification of your RN license and
        BLS/ACLS cards, and completion of the new-hire documents in the
        onboarding portal. Our onboarding team will send instructions for
        scheduling these separately; you do not need to do anything until
        you hear from them.

        Your employee ID and badge will be issued at orientation. Benefits
        begin on the first of the month following your start date.

        Please reply to accept by August 23. We are excited to have you.

        Warm regards,

        Colette Avramides
        Senior Talent Acquisition Partner, Nursing
        St. Odran Regional Medical Center
        (217) 555-0112
        ''')
    m.set_content(body)
    m.add_attachment(make_pdf(body.split('\n'), 'Offer letter'), maintype='application',
                     subtype='pdf', filename='Offer_Letter_Req24-1183.pdf')
    return m


# ---------------------------------------------------------------- 023
@reg('phi', 'postop-oxycodone-knee-scope',
     'Discharge instructions to a named patient after knee arthroscopy: oxycodone for post-op pain (not SUD), follow-up appointment')
def m023(c):
    prov_npi = npi('193047165')
    m = new(c, '"Oakmere Orthopedics & Sports Medicine" <postop@oakmere-ortho.example.com>',
            '"Lucinda Ferro" <lferro@inbox.example.net>',
            'Your discharge instructions - right knee arthroscopy 11/19',
            dt('2024-11-19 13:44:10', -7))
    m.set_content(T('''
        Lucinda Ferro - DOB 05/27/1971
        Procedure: Right knee arthroscopy, partial medial meniscectomy
        Surgeon: Kwabena Ostrowski, MD (NPI %s)
        Date of surgery: 11/19/2024

        PAIN CONTROL
        * Ibuprofen 600 mg every 6 hours with food for 5 days, then as
          needed.
        * Acetaminophen 1,000 mg every 8 hours (no more than 3,000 mg/day).
        * Oxycodone 5 mg, 1 tablet every 6 hours ONLY if needed for severe
          pain, #12, no refills. Most people need it for 2-3 days or not at
          all. Do not drive or drink alcohol while taking it. Take senna
          while on oxycodone to prevent constipation.
        * Leftover tablets: use the drug take-back kiosk at any Corrin
          Street Pharmacy.

        WOUND / ACTIVITY
        * Keep the dressing dry for 48 hours, then you may shower. No tub or
          pool until the stitches are out.
        * Weight bearing as tolerated with crutches for comfort.
        * Ice 20 minutes on, 20 off, several times a day.
        * Start the home exercise sheet (quad sets, heel slides) tomorrow.

        CALL US for fever over 101, calf pain or swelling, drainage that is
        cloudy or smells, or pain not controlled by the above.
        Clinic (505) 555-0138 | after hours (505) 555-0139

        FOLLOW-UP: Tuesday 12/03/2024 at 10:20 AM with Dr. Ostrowski -
        suture removal and start of physical therapy referral.
        ''' % prov_npi))
    return m


# ---------------------------------------------------------------- 024
@reg('none', 'trap-addiction-hiv-symposium-agenda',
     'Conference agenda on addiction medicine and HIV (buprenorphine, methadone take-homes, LA PrEP) with calendar file; no patients')
def m024(c):
    m = new(c, '"Northern Prairie Addiction & HIV Symposium" <symposium@npahs.example.org>',
            'Registered Attendees <attendees@npahs.example.org>',
            'Final agenda: 2025 Symposium on Addiction Medicine & HIV Care, Mar 6-7',
            dt('2025-02-24 10:00:00', -6))
    agenda = T('''
        2025 NORTHERN PRAIRIE SYMPOSIUM ON ADDICTION MEDICINE & HIV CARE
        March 6-7, 2025 | Lakeshore Conference Center, Hall C
        Up to 11.5 AMA PRA Category 1 Credits (pending)

        THURSDAY, MARCH 6
        07:30  Registration, breakfast, exhibit hall opens
        08:15  Welcome - Dr. Anneliese Korvath, symposium chair
        08:30  Keynote: "Twenty years of buprenorphine: what the data say
               about retention" - Dr. Matteus Irongate
        09:30  Low-dose (micro-) buprenorphine initiation in the ED and on
               the wards: protocols that survived contact with reality
        10:30  Break
        10:45  Methadone take-home flexibilities, five years on: safety
               signals, diversion, and patient-reported outcomes
        11:45  Lunch + poster session A (fentanyl test strips, CM for
               stimulant use disorder, naloxone vending machines)
        13:00  Breakouts
               A. Contingency management: building a program that pays
               B. Perinatal substance use: Plan of Safe Care in practice
               C. Billing G2086-G2088 without losing your mind
        14:30  Panel: de-identified composite cases from three rural OTPs
        16:00  Adjourn; reception 17:00

        FRIDAY, MARCH 7
        08:00  Long-acting cabotegravir PrEP: implementation lessons from
               pharmacy-led clinics
        09:00  Rapid ART start: same-day models and linkage metrics
        10:00  Break
        10:15  HIV and aging: polypharmacy, bone density, and frailty
        11:15  Doxy-PEP: evidence, resistance, and who should be offered it
        12:15  Closing remarks and evaluation

        Wi-Fi: NPAHS-2025 / password on your badge
        Questions on site: registration desk, (612) 555-0166
        ''')
    m.set_content(T('''
        Dear attendee,

        Thank you for registering. The final agenda is below and a calendar
        invitation for both days is attached. Slides will be posted after
        the meeting for registered attendees.

        ''') + agenda)
    ics = make_ics('npahs-2025-main@npahs.example.org', '20250306T133000Z', '20250307T183000Z',
                   '2025 Symposium on Addiction Medicine & HIV Care',
                   'Lakeshore Conference Center, Hall C',
                   ('NPAHS Registration', 'symposium@npahs.example.org'), [],
                   'Final agenda in the e-mail body. CME credits pending.', method='PUBLISH',
                   stamp='20250224T160000Z')
    m.add_attachment(ics, subtype='calendar', filename='NPAHS2025.ics', params={'method': 'PUBLISH'})
    return m


# ---------------------------------------------------------------- 025
@reg('restricted', 'my-numbers-are-undetectable',
     'Patient tells ID clinic nurses "my numbers are undetectable" on the once-a-day pill, CD4 count - HIV viral load / ART')
def m025(c):
    m = new(c, '"Jonah Prieto-Kaminski" <jpk@mail.example.com>',
            '"Ridgecombe ID Clinic - Nurse Team" <nurses@ridgecombe-id.example.org>',
            '!!!', dt('2024-09-05 18:21:06', -5))
    m.set_content(T('''
        Got the portal message. My numbers are UNDETECTABLE for the first
        time since I started the once-a-day pill in May!! CD4 up to 512 too.
        I actually cried in the parking lot at work.

        Thank you Marisol and everyone at the clinic. See you in 3 months.

        - Jonah
        '''))
    return m


# ---------------------------------------------------------------- 026
@reg('none', 'trap-hl7-ack-interface-spec',
     'Interface analysts discuss HL7 ACK errors and PID-3/PID-7 -> mrn/dob field mapping with test-environment segments; no patient')
def m026(c):
    m = new(c, '"Ravi Castellanos-Boyd" <rcastellanos@quillon-ehr.example.com>',
            '"Larkwell Lab Interfaces" <interfaces@larkwell-lab.example.com>',
            'RE: AR errors on ORU feed (TEST env) - ACK samples and PID mapping',
            dt('2025-01-22 17:02:18', -6),
            extra=[('In-Reply-To', '<a71c0e22.lwk.interfaces@larkwell-lab.example.com>'),
                   ('References', '<a71c0e22.lwk.interfaces@larkwell-lab.example.com>')])
    earlier = T(r'''
        Hi Ravi,

        Since the 1/20 build our TEST listener is getting AR back on every
        ORU^R01. Sample ACK below. Can you check whether PID-3 assigning
        authority became required?

        MSH|^~\&|QLN|KESTREL_TST|LWK|LWK_TST|20250122093012||ACK^R01^ACK|Q7731|T|2.5.1
        MSA|AR|LWK-TST-000981
        ERR||PID^1^3^1^4|101^Required field missing^HL70357|E

        Thanks,
        Mei-Ling Oduya
        Interface Engineer, Larkwell Reference Laboratory
        (608) 555-0163
        ''')
    reply = T(r'''
        Hi Mei-Ling,

        Yes - 24.4 turned on strict CX validation in TEST first. PID-3.4
        (assigning authority) is now required. Your messages send

          PID|1||TST000123^^^^MR||...

        with 3.4 empty. Either populate 3.4 with LWK or we can relax the
        rule for your feed until PROD cutover.

        For reference, the inbound mapping on our side is:

          HL7 field      Quillon field        notes
          PID-3.1        patient.mrn          required
          PID-3.4        patient.mrn_authority required from 24.4
          PID-5          patient.name         XPN, first rep only
          PID-7          patient.dob          YYYYMMDD
          PID-8          patient.sex_admin    M/F/U/X
          OBR-4          order.code           LOINC preferred
          OBX-3/OBX-5    result.code/value    NM, ST, CWE
          OBX-8          result.abn_flag      H/L/HH/LL/A

        A good ACK after the fix should look like:

          MSH|^~\&|QLN|KESTREL_TST|LWK|LWK_TST|20250122161544||ACK^R01^ACK|Q7790|T|2.5.1
          MSA|AA|LWK-TST-000992

        Everything in this thread is TEST-environment traffic from the
        synthetic message generator (TST000xxx MRNs) - no real patients.

        Ravi Castellanos-Boyd
        Senior Interface Analyst | Quillon EHR
        (312) 555-0176 | on-call (312) 555-0177
        ''')
    m.set_content(reply + '\n-----Original Message-----\nFrom: Mei-Ling Oduya\n'
                  'Sent: Wednesday, January 22, 2025 9:41 AM\n'
                  'Subject: AR errors on ORU feed (TEST env)\n\n' + quote(earlier))
    return m


# ---------------------------------------------------------------- 027
@reg('phi', 'troponin-reply-chain',
     'Reply chain lab -> hospitalist -> cardiology about a named ED patient (MRN) with rising hs-troponin and ECG changes')
def m027(c):
    m = new(c, '"Harlan Quesnel, MD" <hquesnel@northfell-cardio.example.com>',
            '"Ottilie Brandvold, MD" <obrandvold@stodran.example.org>',
            'RE: RE: hs-trop delta - Delacroix-Ames, bay 7',
            dt('2025-02-08 04:36:20', -6),
            cc='"ED Charge RN" <edcharge@stodran.example.org>',
            extra=[('In-Reply-To', '<trop-7720154-2.obrandvold@stodran.example.org>'),
                   ('References', '<trop-7720154-1.lab@stodran.example.org> '
                                  '<trop-7720154-2.obrandvold@stodran.example.org>')])
    lab = T('''
        ED bay 7 - DELACROIX-AMES, RUPERT  MRN 7720154  DOB 06/30/1958
        hs-Troponin I: 0h 54 ng/L -> 2h 188 ng/L (delta +134)
        Called to Dr. Brandvold 03:58 read-back confirmed. - K. Sato, MLS
        ''')
    hosp = T('''
        Harlan - 66M, hx HTN, DM2, former smoker, 3h of pressure-like CP
        radiating to L jaw. ECG with new 1 mm ST depression V4-V6, no STE.
        Got ASA 324, heparin gtt started, nitro helped some. K 4.1, Cr 1.2.
        NSTEMI? Can you see him for cath timing? He's asking for you by name,
        you did his stress test in 2022.
        - Ottilie
        ''')
    me = T('''
        Agree, NSTEMI until proven otherwise. Add atorvastatin 80 and
        ticagrelor load after I see him (hold if he goes to surgery). Keep
        NPO after 0600 - tentatively first case in the cath lab at 0800.
        I'll be down in 20.

        HQ
        ''')
    m.set_content(me + '\n-------- Original message --------\nFrom: Ottilie Brandvold, MD\n'
                  'Date: 2/8/25 4:11 AM\n\n' + quote(hosp) + '>\n> ---- Original ----\n'
                  '> From: STODRAN LAB CRITICALS\n> Date: 2/8/25 3:58 AM\n>\n' + quote(lab, '>> '))
    return m


# ---------------------------------------------------------------- 028
@reg('none', 'trap-county-hiv-sti-overdose-brief',
     'County quarterly surveillance brief: aggregate HIV, syphilis and overdose counts and rates with small-cell suppression')
def m028(c):
    m = new(c, '"Hollin County Public Health - Epidemiology" <epi@hollincounty-ph.example.org>',
            'Community Partners <partners@hollincounty-ph.example.org>',
            'Surveillance brief Q2 2024: HIV, syphilis, overdose',
            dt('2024-08-29 13:00:00', -5))
    m.set_content(T('''
        HOLLIN COUNTY PUBLIC HEALTH - QUARTERLY SURVEILLANCE BRIEF
        Second quarter (April-June) 2024 | provisional data

        HIV
          New diagnoses:                         23 (Q1: 19)
          Rate per 100,000 (annualized):         7.1
          Linked to care within 30 days:         61%
          Persons living with diagnosed HIV:     1,148
          Virally suppressed (last test <200):   84%
          New diagnoses age 13-24:               6

        SEXUALLY TRANSMITTED INFECTIONS
          Chlamydia:                             812
          Gonorrhea:                             301
          Early syphilis (P&S + early latent):   142 (+18% vs Q2 2023)
          Congenital syphilis:                   <5 (suppressed)

        OVERDOSE
          Suspected opioid overdose ED visits:   212
          Opioid-involved deaths (provisional):  37
          Deaths involving xylazine:             9
          Naloxone kits distributed:             3,460

        Notes: counts under 5 are suppressed to protect privacy. Rates use
        2023 census estimates. Full tables, including age and ZIP-level
        maps, are on the county dashboard at
        https://data.hollincounty-ph.example.org/surveillance

        Next brief: late November (Q3).

        Epidemiology Program | (319) 555-0114
        '''))
    return m


# ---------------------------------------------------------------- 029
@reg('restricted', 'refill-meds-for-my-nerves',
     'Elderly patient requests refill of "my meds for my nerves" (escitalopram) that reduced her panic spells - treatment of an anxiety disorder')
def m029(c):
    m = new(c, '"Wilma Szabo-Hart" <wszabohart@postbox.example.com>',
            '"Dr. Achterberg\'s Office" <achterberg-office@maplecrest-fm.example.org>',
            'refill please', dt('2024-11-18 10:26:44', -5))
    m.set_content(T('''
        Dear Doctor Achterberg,

        I need a refill on my meds for my nerves, the escitalopram 10 mg. I
        have 4 left. Since you started them in the spring the panic spells
        are much less, I only had the one at the grocery store in October
        and I remembered the breathing like the counselor showed me.

        Please send it to the Corrin Street pharmacy and NOT the mail order,
        the mail order was late twice.

        Thank you,
        Wilma Szabo-Hart
        born 2/17/1949
        '''))
    return m


# ---------------------------------------------------------------- 030
@reg('none', 'trap-board-review-fictional-case',
     'Residency board-review handout with a fictional composite case (age, sex, labs, citalopram-induced hyponatremia); no real individual')
def m030(c):
    m = new(c, '"IM Residency Program" <imres@kestrelmoor.example.org>',
            'IM Residents <im-residents@kestrelmoor.example.org>',
            'Thursday board review - Case 14 (fictional): confusion, Na 118, new medication',
            dt('2024-10-01 07:00:00', -5))
    m.set_content(T('''
        Residents,

        Here is Thursday's case. As always, this is a fictional teaching case
        assembled from textbook material - it does not describe any patient
        seen here. Please don't add real patient details when you discuss it
        in the group chat.

        CASE 14
        A 78-year-old woman is brought in by her son for two days of
        confusion and unsteady gait. Three weeks ago she was started on
        citalopram 20 mg for depression after her husband's death. Other
        medications: hydrochlorothiazide 25 mg, amlodipine 5 mg,
        alendronate weekly. She is euvolemic on exam.

          Na 118 mmol/L    K 3.6    Cl 84    HCO3 24    BUN 9    Cr 0.7
          Glucose 104      Serum osm 248 mOsm/kg
          Urine osm 410 mOsm/kg    Urine Na 52 mmol/L
          TSH 2.1 mIU/L    AM cortisol 18 mcg/dL

        Questions
          1. What is the most likely cause of her hyponatremia?
          2. What is the maximum safe correction in the first 24 hours, and
             why is she at higher risk of osmotic demyelination?
          3. Which of her medications would you stop, and what would you
             use for her mood instead?
          4. When would you consider hypertonic saline?

        Answers and discussion on Thursday, 12:15, Conference Room 2B.
        Lunch is from the Thai place.

        Dr. Orsolya Fenn
        Associate Program Director, Internal Medicine
        (414) 555-0148
        '''))
    return m

# ---------------------------------------------------------------- 031
@reg('phi', 'de-entlassbrief-cholezystektomie',
     'German provisional discharge letter (UTF-8, QP): named patient with DOB, laparoscopic cholecystectomy, medication, follow-up')
def m031(c):
    m = new(c, '"Klinikum Hohenbrück – Chirurgie" <chirurgie@klinikum-hohenbrueck.example.de.test>',
            '"Praxis Dr. med. Leonie Harwardt" <praxis@harwardt.example.de.test>',
            'Vorläufiger Entlassbrief – Frau Gertrud Imhoff-Rasch, geb. 04.07.1958',
            dt('2024-09-12 15:48:00', 2))
    m.set_content(T('''
        Sehr geehrte Frau Kollegin Harwardt,

        wir berichten über Ihre Patientin

          Frau Gertrud Imhoff-Rasch, geb. 04.07.1958,
          Lindenstraße 14, 69115 Heidelberg,

        die sich vom 09.09. bis 12.09.2024 in unserer stationären Behandlung
        befand.

        Diagnosen:
          - Symptomatische Cholezystolithiasis mit rezidivierenden Koliken
          - Arterielle Hypertonie
          - Hypothyreose, substituiert

        Therapie:
          Laparoskopische Cholezystektomie am 10.09.2024 (komplikationslos).
          Histologie ausstehend.

        Verlauf:
          Postoperativ unauffälliger Verlauf, Kostaufbau problemlos,
          Wunden reizlos. Entlassung in gutem Allgemeinzustand.

        Medikation bei Entlassung:
          Ramipril 5 mg        1-0-0
          L-Thyroxin 75 µg     1-0-0 (nüchtern)
          Pantoprazol 20 mg    1-0-0 für 14 Tage
          Metamizol 500 mg     bei Bedarf bis 4x täglich

        Procedere:
          Fäden/Klammern ex am 10. postoperativen Tag in Ihrer Praxis.
          Keine schweren Lasten (> 5 kg) für 4 Wochen.
          Wir melden uns mit dem histologischen Befund.

        Mit freundlichen kollegialen Grüßen

        Dr. med. Friedemann Okonjo-Stahl, Oberarzt
        Klinik für Allgemein- und Viszeralchirurgie
        Klinikum Hohenbrück | Tel. +49 6221 555-0137 | Fax +49 6221 555-0138
        '''), charset='utf-8', cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 032
@reg('none', 'trap-birthday-cake-rotor-part',
     'Lab ops note: coworker birthday with DOB, rotor part number shaped like an SSN, freezer temps; no health content about anyone')
def m032(c):
    m = new(c, '"Petra Vukovic-Ames" <pvukovic@larkwell-lab.example.com>',
            'Core Lab Day Shift <corelab-days@larkwell-lab.example.com>',
            'Friday: cake for Renata + the centrifuge rotor finally came',
            dt('2025-04-09 12:02:00', -5))
    m.set_content(T('''
        Hi all,

        1. Renata's birthday is Saturday (04/12 - she'll kill me for saying
           it, but HR's list says DOB 04/12/1990 so she's hitting 35). Cake in
           the break room Friday at 2:30. Cash for the card to me by Thursday.
           Lemon, because she hates chocolate.

        2. The replacement rotor for centrifuge #3 arrived:
              part no. 410-52-8821, serial SN-7781-2290-B
           Service tech is coming Monday 7am to install and do the imbalance
           test, so #3 is down until about 9. Use #1 and #2 for STAT
           chemistries.

        3. Freezer B alarmed twice overnight (-62 C, low limit -70 C). Door
           gasket is torn; facilities ticket FAC-55102. Please don't stack
           racks against the door.

        4. Reminder: new hires shadowing this week are Tomas and Elif. Be
           nice.

        Petra
        Core Lab Supervisor, Larkwell Reference Laboratory
        (608) 555-0164
        '''))
    return m


# ---------------------------------------------------------------- 033
@reg('restricted', 'husband-detox-iop-fmla-letter',
     'Wife asks recovery center counselor for an FMLA letter for her husband who finished detox and attends evening IOP and meetings')
def m033(c):
    m = new(c, '"Priscilla Venn-Oduya" <pvennoduya@inbox.example.com>',
            '"Alderbrook Recovery Center" <info@alderbrook-recovery.example.org>',
            'letter for Gideon\'s work', dt('2025-03-18 20:09:13', -6))
    m.set_content(T('''
        Hi, I'm not sure who to send this to so I'm trying the main e-mail.

        My husband is Gideon Venn-Oduya. He finished the detox part with you
        on the 7th and since then he's been doing the evening IOP three
        nights a week (Mon/Wed/Thu, with Jasper as his counselor) and going
        to his meetings on the weekends. He's doing really well, honestly
        better than I've seen in years.

        His employer needs a letter saying he's in treatment so the FMLA
        paperwork can go through - he missed 9 days. They don't need details,
        just dates. Can Jasper send it to me, or does Gideon have to sign a
        release first? I think he signed one for me when he was admitted but
        I'm not sure it covered letters.

        Thank you for everything,
        Priscilla
        (319) 555-0126
        '''))
    return m


# ---------------------------------------------------------------- 034
@reg('none', 'trap-wellness-newsletter-bp-chili',
     'Employee wellness newsletter (HTML with inline image): blood pressure, cholesterol, prediabetes, heart-rate zones; general education')
def m034(c):
    m = new(c, '"Wellness at Work - Kestrelmoor" <wellness@kestrelmoor.example.org>',
            'All Staff <allstaff@kestrelmoor.example.org>',
            'December Move More: 10-minute walks, blood pressure myths, high-fiber chili',
            dt('2024-12-02 06:30:00', -6))
    txt = T('''
        WELLNESS AT WORK - DECEMBER

        10-MINUTE WALKS ADD UP
        Three brisk 10-minute walks a day can lower your blood pressure
        about as much as one 30-minute walk. Park at the far end of Lot C
        (while it's open) or take the stairs between floors 2 and 5.

        FOUR BLOOD PRESSURE MYTHS
        1. "I'd feel it if my blood pressure were high." Usually you won't.
        2. "Sea salt is healthier." Sodium is sodium.
        3. "It's only the top number that matters." Both numbers matter.
        4. "Once my medication works I can stop it." Talk to your own
           clinician before changing any medicine.

        KNOW YOUR ZONES
        Moderate exercise is roughly 50-70% of your maximum heart rate (a
        common estimate is 220 minus your age). If you can talk but not
        sing, you're there.

        PREDIABETES?
        One in three adults has it and most don't know. The free Kestrelmoor
        Diabetes Prevention Program starts January 14 - 16 weekly sessions
        on Zoom. Sign up on the wellness page.

        RECIPE: HIGH-FIBER THREE-BEAN CHILI (serves 6)
        2 cans beans (black, kidney), 1 can chickpeas, 1 onion, 2 peppers,
        1 can tomatoes, chili powder, cumin, smoked paprika. 14 g fiber and
        410 mg sodium per serving if you rinse the beans.

        Wellness at Work | wellness@kestrelmoor.example.org | (414) 555-0150
        ''')
    m.set_content(txt)
    html = html_wrap(
        '<table width="620" align="center" cellpadding="0" cellspacing="0">'
        '<tr><td><img src="cid:banner.w4034@kestrelmoor.example.org" width="620" height="80" '
        'alt="Wellness at Work"></td></tr>\n<tr><td style="padding:16px">'
        '<h2 style="color:#127a80">10-minute walks add up</h2>'
        '<p>Three brisk 10-minute walks a day can lower your blood pressure about as much as one '
        '30-minute walk.</p>\n<h2 style="color:#127a80">Four blood pressure myths</h2><ol>'
        '<li>&ldquo;I&rsquo;d feel it if my blood pressure were high.&rdquo; Usually you won&rsquo;t.</li>'
        '<li>&ldquo;Sea salt is healthier.&rdquo; Sodium is sodium.</li>'
        '<li>&ldquo;It&rsquo;s only the top number that matters.&rdquo; Both numbers matter.</li>'
        '<li>&ldquo;Once my medication works I can stop it.&rdquo; Talk to your own clinician first.</li>'
        '</ol>\n<h2 style="color:#127a80">Know your zones</h2><p>Moderate exercise is roughly '
        '50&ndash;70% of your maximum heart rate. If you can talk but not sing, you&rsquo;re there.</p>\n'
        '<h2 style="color:#127a80">Prediabetes?</h2><p>One in three adults has it. The free Diabetes '
        'Prevention Program starts January 14.</p>\n<h2 style="color:#127a80">Recipe: three-bean '
        'chili</h2><p>14 g fiber and 410 mg sodium per serving if you rinse the beans.</p>'
        '<p style="font-size:11px;color:#888">Wellness at Work &middot; (414) 555-0150</p>'
        '</td></tr></table>', 'Wellness at Work')
    m.add_alternative(html, subtype='html')
    m.get_payload()[1].add_related(make_png(124, 16, logo=True), 'image', 'png',
                                   cid='<banner.w4034@kestrelmoor.example.org>',
                                   filename='banner.png', disposition='inline')
    return m


# ---------------------------------------------------------------- 035
@reg('phi', 'es-mama-metformina',
     'Spanish (ISO-8859-1, QP): daughter writes about her named mother (file number) - metformin side effects, fasting glucose, appointment')
def m035(c):
    m = new(c, '"Lucía Bermúdez Ocampo" <lucia.bermudez@correo.example.mx.test>',
            '"Clínica Valdeoro – Citas" <citas@valdeoro.example.mx.test>',
            'Consulta sobre las pastillas de mi mamá (metformina)',
            dt('2024-12-16 08:41:30', -6))
    m.set_content(T('''
        Buenos días:

        Les escribo por mi mamá, la señora Remedios Ocampo Salinas
        (expediente 58-2231). Desde que el Dr. Ibarra le subió la metformina
        a 850 mg dos veces al día, hace tres semanas, tiene diarrea casi
        todos los días y ya no quiere comer. Su azúcar en ayunas esta semana
        ha estado entre 168 y 182.

        ¿Sería posible cambiarla a la metformina de liberación prolongada, o
        que la vea el doctor antes de su cita del 14 de enero? Ella no maneja,
        así que yo la llevaría por las mañanas.

        También quería preguntar si debe seguir tomando la glibenclamida,
        porque el lunes tuvo un mareo fuerte antes de comer.

        Muchas gracias por su atención.

        Lucía Bermúdez Ocampo (hija)
        Tel. 55 555 0146
        '''), charset='iso-8859-1', cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 036
@reg('none', 'vpn-certificate-renewal',
     'IT notice about VPN certificate renewal and reconnect steps')
def m036(c):
    m = new(c, '"IT Service Desk" <servicedesk@maplecrest-fm.example.org>',
            'All Users <allusers@maplecrest-fm.example.org>',
            'Action needed Tuesday: VPN certificate renewal',
            dt('2024-10-18 15:00:00', -5))
    m.set_content(T('''
        What's changing
        The VPN gateway certificate expires Tuesday 10/22 at 6:00 PM. The
        new certificate installs automatically on managed laptops that are
        connected to the network at least once before then.

        What you need to do
        - Laptops: connect to the office Wi-Fi or VPN at least once on
          Monday. Restart when prompted.
        - Home PCs using the web client: after Tuesday 6 PM you'll see a
          certificate warning once. Click "Trust" only if the fingerprint
          ends in 7C:1E:A0:44.
        - Phones: remove and re-add the "Maplecrest VPN" profile from the
          Company Portal app.

        If you can't connect Wednesday morning, call the Service Desk at
        (414) 555-0155 or open a ticket at https://help.maplecrest-fm.example.org

        Thanks,
        IT Service Desk
        '''))
    return m


# ---------------------------------------------------------------- 037
@reg('restricted', 'consumer-dna-brca2-counseling',
     'Woman asks genetics clinic for counselling after a consumer DNA health report found a likely pathogenic BRCA2 variant (report PDF attached)')
def m037(c):
    m = new(c, '"Celeste Amundsen" <camundsen@mail.example.net>',
            '"Vellum Genetics Clinic - Intake" <intake@vellum-genetics.example.com>',
            'ancestry kit came back with a BRCA2 result - do I need counseling?',
            dt('2025-01-29 21:17:54', -8))
    m.set_content(T('''
        Hello,

        I did one of those ancestry kits over the holidays mostly for fun and
        paid for the health add-on. The report says I have a BRCA2 variant
        they call "likely pathogenic" and recommends talking to a genetic
        counselor. I've attached the PDF.

        My aunt (mom's sister) had ovarian cancer at 52 and my grandmother
        had breast cancer but nobody in the family was ever tested. I'm 38
        and have two daughters. My PCP, Dr. Hollis at Maplecrest, said to
        contact you directly and that the test needs to be repeated by a
        "real" lab.

        Do I need a referral, and will insurance cover the confirmation test
        and counseling? My plan is Bluewick, member ID BWK-2207-66150-01.

        Thank you,
        Celeste Amundsen
        (206) 555-0193
        '''))
    pdf = make_pdf([
        'YOUR DNA HEALTH REPORT',
        'Prepared for: Celeste Amundsen     Kit ID: KT-88A1-40F2',
        '',
        'BRCA1/BRCA2 (selected variants)',
        'Result: 1 variant detected',
        'Gene: BRCA2    Classification: likely pathogenic',
        '',
        'What this means: this result may be associated with an increased',
        'risk of breast, ovarian and other cancers. This test does not look',
        'at all variants. Confirm this result in a clinical laboratory and',
        'talk to a genetic counselor before making medical decisions.',
    ], 'DNA health report')
    m.add_attachment(pdf, maintype='application', subtype='pdf',
                     filename='dna_health_report_BRCA.pdf')
    return m


# ---------------------------------------------------------------- 038
@reg('none', 'trap-metformin-er-recall-lots',
     'Wholesaler Class II recall notice for metformin ER lots with NDCs and lot numbers; generic patient advice, no individual')
def m038(c):
    m = new(c, '"Pellmark Drug Distribution - Recalls" <recalls@pellmark-dist.example.com>',
            'Pharmacy Managers <pharmacy-managers@pellmark-dist.example.com>',
            'URGENT Class II recall: metformin ER 500 mg / 750 mg, select lots (NDMA)',
            dt('2024-07-30 08:20:00', -4),
            extra=[('Importance', 'high')])
    m.set_content(T('''
        RECALL NOTICE - PHARMACY LEVEL - RESPONSE REQUIRED BY 08/13/2024

        Product:   Metformin HCl extended-release tablets, USP
        Reason:    N-nitrosodimethylamine (NDMA) above the acceptable intake
                   limit in stability testing
        Class:     II
        Level:     Retail / pharmacy (not patient level)

          NDC             Strength   Count   Lot        Exp
          62135-0571-90   500 mg     90      MX24A117   03/2026
          62135-0571-90   500 mg     90      MX24A131   04/2026
          62135-0572-90   750 mg     90      MX24B009   02/2026
          62135-0572-05   750 mg     500     MX24B022   02/2026

        Actions
        1. Check inventory, including will-call bins and returns, for the
           lots above. Quarantine immediately.
        2. Complete the response form (even if you have zero units) at
           https://recalls.pellmark-dist.example.com/R-24-0617
        3. Credit will be issued to your Pellmark account on receipt.

        Patient communication
        The manufacturer advises that patients should keep taking their
        medication until a pharmacist or prescriber provides a replacement,
        because stopping diabetes treatment suddenly carries its own risk.
        A printable counseling sheet is on the recall page.

        Pellmark Recall Desk | (800) 555-0182 | recalls@pellmark-dist.example.com
        '''))
    return m


# ---------------------------------------------------------------- 039
@reg('phi', 'unit-weekly-buried-ccu-transfer',
     'Long unit newsletter (schedules, parking, potluck); one buried paragraph hands off a named patient in bed 12 with new AF on diltiazem/heparin')
def m039(c):
    m = new(c, '"Imogen Bakewell-Torres, RN" <ibakewell@stodran.example.org>',
            '5 North Staff <5north-staff@stodran.example.org>',
            '5N weekly: holiday schedule, parking, potluck, charting tips',
            dt('2024-12-13 17:55:00', -6))
    m.set_content(T('''
        Hi 5 North,

        Long one this week, sorry. Grab a coffee.

        HOLIDAY SCHEDULE
        The holiday schedule is posted outside the break room and in the
        shared drive (5N > Scheduling > 2024-25 Holidays). I did my best to
        honor the request forms in the order they came in. If you traded
        shifts with someone, both of you need to e-mail me so I can update
        the staffing grid; verbal trades in the hallway don't count (Kirsten,
        I'm looking at you). Christmas Eve nights are still short two RNs
        and one CNA - incentive pay is approved for those shifts.

        PARKING
        Lot C resurfacing starts Monday the 16th and runs through the 27th.
        Night shift can park in the P2 garage without a hang tag during
        that time. Day shift, please use the Sycamore Street lot and the
        shuttle, which runs every 10 minutes from 0600 to 0900 and from
        1800 to 2000. Security said they will tow from the ambulance bay.

        POTLUCK
        Our unit holiday potluck is Thursday the 19th, 1100-1400 and again
        2300-0100 for nights. Sign-up sheet is on the fridge. So far we have
        six desserts and one salad, so... savory foods please. Marcus is
        bringing his famous jollof rice again. Label anything with nuts.

        CHARTING TIPS
        - The new fall-risk reassessment fires every shift now, not every
          24h. If it's not done by 0400 the charge nurse gets a worklist
          alert.
        - Please use the I&O flowsheet instead of free-texting outputs in
          the nursing note. Audits start January.
        - Pain reassessment within 60 min after a PRN is still our weakest
          metric. Set the timer in the MAR.

        INFECTION PREVENTION
        Our hand hygiene observation rate for November was 84% (goal 90%).
        The secret shoppers are mostly catching missed "moments" on the way
        OUT of rooms, especially during med pass. Foam in, foam out, even if
        you only touched the pump. C. diff signage: the new yellow
        "soap and water" sign replaces the old orange one - please swap any
        you see. The sporicidal wipes (purple top) live in the clean
        utility room now, not on the isolation carts.

        EQUIPMENT
        - Two of our bladder scanners are out for repair. Borrow from 5
          South (they have three) and bring it back the same shift.
        - The blanket warmer in the east alcove is set too hot again;
          Biomed has a ticket in. Don't adjust it yourselves.
        - Please stop putting the portable vitals machines on the charging
          rack in the hallway - fire marshal cited us. Charge them in the
          clean utility room.
        - The new bed-exit alarm module has a 10-second delay setting. For
          high fall-risk patients use zero delay.

        UNIT PRACTICE COUNCIL (notes from 12/10)
        Attendance: 9 RNs, 2 CNAs, the educator, me.
        - Bedside shift report: we agreed to pilot full bedside report on
          the west hall for January, with the whiteboard updated at every
          handoff. Night shift asked for a shortened version after 2300 so
          we don't wake people - approved.
        - Hourly rounding: move to a 2-hour schedule overnight for patients
          who are sleeping and low risk. Draft algorithm going to the
          council in January.
        - Break relief: the float pool will send a break-relief RN 1100-1500
          starting in January as a trial. Use them!
        - Next meeting January 14, 1400, conference room B. Pizza again.

        STAFFING / HANDOFF
        Night shift: Mr. Thistlewood in 12 is going to CCU tonight as soon
        as they have a bed - new rapid AF this afternoon, he's on the
        diltiazem drip and heparin per protocol. Please make sure the
        handoff includes his last heparin anti-Xa time and that his
        daughter has been called; she's the contact on the whiteboard.

        SURVEY READINESS
        The state survey window opens in February. Quick reminders:
        - Know where the fire extinguishers and the med gas shut-off
          valves are (east stairwell and outside room 20).
        - Refrigerator logs: temperatures recorded every shift, with
          corrective action written down if out of range.
        - No food or drinks at the nurses' station. Yes, including coffee.
        - Outdated supplies: check the par carts on your shift; anything
          expiring this month goes in the red bin for central supply.
        - Patient belongings lists need two signatures.

        EDUCATION
        Skills day for the new IV pumps is January 8 and 9. You must
        attend one session before the go-live on January 20. Sessions are
        45 minutes and count toward your education hours.

        KUDOS
        Big thank you to Ruth and Anders for staying late during the code
        on Tuesday, and to our CNAs for covering the 1:1 sitter gap all
        week without complaining (much).

        Recognition nominations are due the 31st.

        That's it. Eat something, drink water, go home on time.

        Imogen

        Imogen Bakewell-Torres, MSN, RN
        Nurse Manager, 5 North Medical-Surgical
        St. Odran Regional Medical Center
        office (217) 555-0115 | Vocera "5N Manager"
        '''))
    return m


# ---------------------------------------------------------------- 040
@reg('none', 'trap-es-boletin-prevenir-diabetes',
     'Spanish community newsletter (windows-1252, QP, text+HTML) on type 2 diabetes prevention and metformin myths; general education')
def m040(c):
    m = new(c, '"Boletín de Salud – Clínica Valdeoro" <boletin@valdeoro.example.mx.test>',
            'Suscriptores del boletín <suscriptores@valdeoro.example.mx.test>',
            'Boletín de noviembre: prevenir la diabetes tipo 2 en familia',
            dt('2024-11-05 09:00:00', -6))
    txt = T('''
        BOLETÍN DE SALUD COMUNITARIA – NOVIEMBRE

        ¿Sabía que la diabetes tipo 2 se puede prevenir o retrasar?
        En el Día Mundial de la Diabetes (14 de noviembre) le compartimos
        cinco consejos para toda la familia:

        1. Muévase 150 minutos por semana: caminar rápido cuenta.
        2. Cambie los refrescos por agua natural o agua de jamaica sin azúcar.
        3. Llene la mitad del plato con verduras.
        4. Duerma de 7 a 8 horas.
        5. Hágase un chequeo de glucosa si tiene más de 35 años o familiares
           con diabetes.

        Mitos comunes
        • “La metformina daña los riñones.” Falso: se ajusta la dosis según
          la función renal, pero no causa daño renal.
        • “Si no tengo síntomas, no tengo diabetes.” Falso: muchas personas
          no tienen síntomas al principio.
        • “La insulina causa ceguera.” Falso: el azúcar alta sin control es
          lo que daña los ojos.

        Taller gratuito: «Cocina saludable con sabor» – sábado 23 de noviembre,
        10:00 h, salón comunitario. Cupo limitado a 30 personas.

        Informes: 55 555 0147 | https://valdeoro.example.mx.test/talleres

        Para dejar de recibir este boletín responda «BAJA».
        ''')
    m.set_content(txt, charset='windows-1252', cte='quoted-printable')
    html = html_wrap(
        '<h1 style="color:#a4262c">Boletín de salud comunitaria – noviembre</h1>\n'
        '<p>¿Sabía que la diabetes tipo 2 se puede prevenir o retrasar? En el Día Mundial de la '
        'Diabetes (14 de noviembre) le compartimos cinco consejos para toda la familia:</p>\n<ol>'
        '<li>Muévase 150 minutos por semana: caminar rápido cuenta.</li>'
        '<li>Cambie los refrescos por agua natural.</li><li>Llene la mitad del plato con verduras.</li>'
        '<li>Duerma de 7 a 8 horas.</li><li>Hágase un chequeo de glucosa si tiene más de 35 años.</li>'
        '</ol>\n<h2>Mitos comunes</h2><ul><li>“La metformina daña los riñones.” Falso.</li>'
        '<li>“Si no tengo síntomas, no tengo diabetes.” Falso.</li>'
        '<li>“La insulina causa ceguera.” Falso.</li></ul>\n'
        '<p>Taller gratuito: «Cocina saludable con sabor» – sábado 23 de noviembre, 10:00 h.</p>'
        '<p>Informes: 55 555 0147</p>', 'Boletín', charset='windows-1252')
    m.add_alternative(html, subtype='html', charset='windows-1252', cte='quoted-printable')
    return m

# ---------------------------------------------------------------- 041
@reg('phi', 'fr-demande-avis-sarcoidose',
     'French referral letter (ISO-8859-15, QP, "œ"): named patient with DOB, suspected sarcoidosis, CT findings, request for pulmonology opinion')
def m041(c):
    m = new(c, '"Dr Armelle Quéinnec" <a.queinnec@tilleuls.example.fr.test>',
            '"Service de pneumologie – secrétariat" <pneumo.secretariat@chu-vernelle.example.fr.test>',
            "Demande d'avis – M. Bastien Lhéritier, né le 22/05/1979",
            dt('2024-10-21 18:05:12', 2))
    m.set_content(T('''
        Chère Consœur, cher Confrère,

        Je vous adresse M. Bastien Lhéritier, né le 22/05/1979, menuisier,
        non fumeur, que je suis pour une toux sèche évoluant depuis quatre
        mois, associée à une asthénie et à un érythème noueux des deux
        jambes apparu en août.

        Le scanner thoracique du 14/10 montre des adénopathies hilaires et
        médiastinales bilatérales, symétriques, sans lésion parenchymateuse
        évidente. Bilan biologique : ECA à 98 UI/L (N < 52), calcémie à
        2,61 mmol/L, calciurie des 24 h augmentée, NFS normale, CRP à 12.
        Quantiféron négatif. Pas d'œdème des membres inférieurs.

        Je suspecte une sarcoïdose (syndrome de Löfgren ?) et vous serais
        reconnaissante de bien vouloir le recevoir pour avis, EFR et
        discussion d'une fibroscopie avec LBA.

        Il ne prend actuellement qu'un antitussif et du paracétamol à la
        demande. Il ne présente pas d'allergie connue.

        Je vous remercie de votre aide et reste à votre disposition.

        Bien confraternellement,

        Dr Armelle Quéinnec
        Médecine générale - Cabinet médical des Tilleuls
        Tél. +33 1 555 0139
        '''), charset='iso-8859-15', cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 042
@reg('none', 'trap-open-enrollment-eap-fertility',
     'HR open-enrollment mail to all staff: EAP counseling sessions, new fertility/IVF rider, employee ID login; no individual health data')
def m042(c):
    m = new(c, '"HR Benefits - St. Odran Regional" <benefits@stodran.example.org>',
            'All Employees <all-employees@stodran.example.org>',
            'Open enrollment closes Nov 22 - new fertility benefit, EAP reminders',
            dt('2024-11-04 08:00:00', -6))
    txt = T('''
        OPEN ENROLLMENT 2025 - CLOSES FRIDAY, NOVEMBER 22 AT 5 PM

        Log in to the benefits portal with your employee ID (the six digits
        on the back of your badge) and your network password. If you do
        nothing, your current medical, dental and vision elections roll
        over, but your FSA/HSA contribution resets to $0.

        WHAT'S NEW FOR 2025
        * Fertility benefit: the PPO and HDHP plans now include a fertility
          rider - diagnostic testing, up to three IUI cycles, and IVF
          (including egg freezing) up to a $20,000 lifetime maximum,
          administered by a specialty vendor.
        * Employee Assistance Program: still 6 free, confidential counseling
          sessions per issue per year for you and household members - stress,
          grief, parenting, substance use, legal and financial questions.
          The EAP never shares who uses it with St. Odran.
        * Mental health visits on the HDHP now cost $0 after the deductible
          is met (was 20% coinsurance).
        * Premiums: employee-only PPO rises $6.20 per paycheck.

        BENEFITS FAIRS
          Tue 11/12  Cafeteria annex, 0700-0900 and 1500-1700
          Thu 11/14  Virtual session, 1200-1300 (link on the HR page)

        Questions: HR Benefits, (217) 555-0113, benefits@stodran.example.org
        ''')
    m.set_content(txt)
    m.add_alternative(html_wrap('<h2>Open Enrollment 2025 &ndash; closes Friday, November 22</h2>'
                                '<pre style="font-family:inherit">' + txt.replace('&', '&amp;') + '</pre>',
                                'Open enrollment'), subtype='html')
    return m


# ---------------------------------------------------------------- 043
@reg('restricted', 'otp-front-desk-takehome-review',
     'From "Methadone Clinic Front Desk": confirms a named patient\'s counselor visit and 30-day take-home review - OTP / SUD treatment')
def m043(c):
    m = new(c, '"Methadone Clinic Front Desk" <frontdesk-otp@alderbrook-recovery.example.org>',
            '"Raymond Quist" <rquist77@mail.example.com>',
            'Your appointment Tuesday 12/10', dt('2024-12-06 11:40:00', -6))
    m.set_content(T('''
        Hi Raymond,

        This confirms your appointment on Tuesday 12/10 at 7:15 AM:
          - individual session with your counselor (Dana R.)
          - take-home review with Dr. Sallow

        Please bring your lockbox. Dosing window opens at 6:00 AM as usual.
        If you need to reschedule call the front desk at (319) 555-0127.

        Alderbrook Recovery Center - Opioid Treatment Program
        '''))
    return m


# ---------------------------------------------------------------- 044
@reg('none', 'capital-budget-review-invite',
     'Finance meeting invite (ICS) for FY26 capital budget review')
def m044(c):
    m = new(c, '"Halvard Tennison" <htennison@kestrelmoor.example.org>',
            '"Radiology Leadership" <rad-leaders@kestrelmoor.example.org>, '
            '"Facilities Leadership" <facilities-leaders@kestrelmoor.example.org>',
            'Invitation: FY26 capital budget review - Radiology & Facilities @ Wed Jan 15 2pm',
            dt('2025-01-06 09:13:00', -6))
    m.set_content(T('''
        Hi all,

        Let's walk through the FY26 capital requests together before they go
        to the finance committee on 1/28. Please bring:
          - ranked list of requests over $25k with vendor quotes
          - replacement vs. growth justification
          - any service-contract savings we can count

        Radiology's MRI coil replacement and Facilities' chiller overhaul are
        the two big ones; I've given them the first half hour.

        Halvard Tennison
        Director, Financial Planning & Analysis
        (414) 555-0156
        '''))
    ics = make_ics('fy26-capital-rad-fac@kestrelmoor.example.org', '20250115T200000Z',
                   '20250115T213000Z', 'FY26 capital budget review - Radiology & Facilities',
                   'Admin Bldg 3rd floor, Board Room / Teams',
                   ('Halvard Tennison', 'htennison@kestrelmoor.example.org'),
                   [('Radiology Leadership', 'rad-leaders@kestrelmoor.example.org'),
                    ('Facilities Leadership', 'facilities-leaders@kestrelmoor.example.org')],
                   'Bring ranked capital list with quotes.', stamp='20250106T151300Z')
    m.add_attachment(ics, subtype='calendar', filename='invite.ics', params={'method': 'REQUEST'})
    return m


# ---------------------------------------------------------------- 045
@reg('phi', 'dad-inr-one-liner',
     'One-liner from a son: father\'s (named in signature) home INR 4.1, asks whether to skip warfarin')
def m045(c):
    m = new(c, '"Ken Mabuchi-Ross" <kmross@inbox.example.org>',
            '"Anticoagulation Clinic" <anticoag@stodran.example.org>',
            'dad', dt('2025-03-11 07:03:15', -5))
    m.set_content("Dad's INR was 4.1 on the home meter this morning - skip tonight's warfarin "
                  "or half dose? -Ken (Hiroshi Mabuchi's son)\n")
    return m


# ---------------------------------------------------------------- 046
@reg('none', 'trap-behavioral-unit-badge-reader',
     'Behavioral health unit intake staff report a broken badge reader to facilities; phone-heavy signature and PHI disclaimer, no patient')
def m046(c):
    m = new(c, '"Tellenmoor Behavioral Health - 4 West Intake" <4w-intake@tellenmoor-bh.example.org>',
            '"Facilities Work Control" <workcontrol@tellenmoor-bh.example.org>',
            'Badge reader on 4W sally port door failing AGAIN (WO-31877)',
            dt('2024-10-27 02:14:09', -5))
    m.set_content(T('''
        Hi,

        Reopening WO-31877. The badge reader on the inner sally port door on
        4 West is failing again - green light, no unlock, about 1 in 4 swipes
        tonight. Staff are having to use the key override, which means two
        people at the door every time. That's not sustainable overnight with
        our staffing.

        Can someone from security systems look at it first thing? The reader
        is the one on the left, serial on the sticker: HID-R40-09A2217.

        Thanks,

        Joaquin Ferreira-Dunn, RN
        Night Charge Nurse, 4 West Adult Inpatient
        Tellenmoor Behavioral Health
        Main (507) 555-0150 | 4W desk (507) 555-0151 | Intake (507) 555-0152
        Fax (507) 555-0153 | Pager 4471
        If you or someone you know is in crisis, call or text 988.

        CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain
        protected health information or information protected under 42 CFR
        Part 2. If you are not the intended recipient, you are hereby
        notified that any review, disclosure, copying or distribution is
        strictly prohibited. Please notify the sender and delete all copies.
        '''))
    return m


# ---------------------------------------------------------------- 047
@reg('restricted', 'prep-refill-hiv-test-due',
     'Pharmacy refill reminder to a named patient for emtricitabine/tenofovir DF with PrEP HIV-test requirement - HIV PrEP')
def m047(c):
    m = new(c, '"Corrin Street Pharmacy" <noreply@corrinpharmacy.example.net>',
            '"Emeka Drayton-Fuller" <edfuller@mail.example.net>',
            'Refill reminder: EMTRICITABINE/TENOFOVIR DF 200-300 MG',
            dt('2024-12-05 09:30:00', -6))
    m.set_content(T('''
        Hi Emeka,

        Your refill of EMTRICITABINE/TENOFOVIR DISOPROXIL FUMARATE 200 MG-300 MG
        TABLET (Rx #7730091, 30 tablets) is due on 12/12.

        Note from your prescriber: an HIV-1 test is required every 3 months
        to continue PrEP. Our records show your last test on 09/06. Please
        have your lab drawn before the refill - the order is at any Larkwell
        draw site, no appointment needed.

        Reply YES to refill, or call (507) 555-0124.
        Corrin Street Pharmacy, 221 Corrin St
        '''))
    return m


# ---------------------------------------------------------------- 048
@reg('none', 'trap-fhir-release-notes-capability',
     'EHR release notes with a FHIR CapabilityStatement JSON (Patient, Observation, birthdate/identifier search); software, no patient')
def m048(c):
    m = new(c, '"Quillon EHR Release Management" <releases@quillon-ehr.example.com>',
            'Customer Technical Contacts <tech-contacts@quillon-ehr.example.com>',
            'Quillon 24.4 release notes: FHIR R4 CapabilityStatement, Patient/$match, bulk export',
            dt('2024-12-10 12:00:00', -6))
    m.set_content(T('''
        QUILLON EHR 24.4 - RELEASE NOTES (customer technical summary)
        GA date: 2025-01-13 | TEST environments: 2024-12-16

        FHIR / APIs
        * New: Patient/$match operation (IHE PDQm style) with a minimum
          score parameter. Requires a scoped system token.
        * Observation search adds the "code:below" modifier for LOINC
          hierarchies and "_lastUpdated" on vital-signs.
        * Bulk Data export ($export) now includes Coverage and
          ExplanationOfBenefit for payer-connected sites; NDJSON gzip.
        * Sensitive-category filtering: resources tagged with the
          confidentiality codes R (restricted) or with 42 CFR Part 2 security
          labels are excluded from Patient Access API responses unless the
          app has the "sensitive.read" consent scope.
        * The CapabilityStatement (attached) now advertises SMART v2 scopes.

        HL7 v2
        * Strict CX validation on PID-3 (assigning authority required) in
          TEST first, PROD in 25.1.
        * ORU OBX-8 accepts "AA"/"HH"/"LL" critical flags.

        FIXES
        * QLN-44120: birthdate search with "ge" prefix ignored timezone.
        * QLN-44388: reminder templates rendered {{appt.dept}} even when
          department suppression was enabled.
        * QLN-44501: duplicate MedicationRequest entries after reconciliation.

        Upgrade notes and known issues are on the customer portal.
        Release Management | (312) 555-0178
        '''))
    cap = {
        "resourceType": "CapabilityStatement",
        "id": "quillon-r4-server-24-4",
        "status": "active",
        "date": "2024-12-10",
        "publisher": "Quillon EHR (synthetic)",
        "kind": "instance",
        "software": {"name": "Quillon EHR FHIR Server", "version": "24.4.0"},
        "implementation": {"description": "TEST endpoint",
                           "url": "https://fhir-test.quillon-ehr.example.com/r4"},
        "fhirVersion": "4.0.1",
        "format": ["application/fhir+json"],
        "rest": [{
            "mode": "server",
            "security": {"service": [{"coding": [{"system": "https://fhir-test.quillon-ehr.example.com/CodeSystem/restful-security-service",
                                                  "code": "SMART-on-FHIR"}]}]},
            "resource": [
                {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}],
                 "searchParam": [{"name": "identifier", "type": "token"},
                                 {"name": "birthdate", "type": "date"},
                                 {"name": "family", "type": "string"}],
                 "operation": [{"name": "match",
                                "definition": "https://fhir-test.quillon-ehr.example.com/OperationDefinition/Patient-match"}]},
                {"type": "Observation", "interaction": [{"code": "read"}, {"code": "search-type"}],
                 "searchParam": [{"name": "patient", "type": "reference"},
                                 {"name": "code", "type": "token"},
                                 {"name": "category", "type": "token"},
                                 {"name": "_lastUpdated", "type": "date"}]},
                {"type": "Condition", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                {"type": "MedicationRequest", "interaction": [{"code": "read"}, {"code": "search-type"}]},
                {"type": "Coverage", "interaction": [{"code": "read"}]},
                {"type": "ExplanationOfBenefit", "interaction": [{"code": "read"}, {"code": "search-type"}]}
            ]
        }]
    }
    import json
    m.add_attachment(json.dumps(cap, indent=2).encode('utf-8') + b'\n', maintype='application',
                     subtype='fhir+json', filename='CapabilityStatement-24.4.json')
    return m


# ---------------------------------------------------------------- 049
@reg('phi', 'mri-denial-first-level-appeal',
     'Formal appeal letter (windows-1252 QP, smart quotes) for a named member\'s denied lumbar MRI: claim no., DOB, diagnosis codes, PT history')
def m049(c):
    ord_npi = npi('142905573')
    m = new(c, '"Meridale Billing Services - Appeals" <appeals@meridale-billing.example.net>',
            '"Bluewick Health Plan - Appeals Unit" <appeals@bluewick-health.example.com>',
            'First-level appeal - Claim 24-0917-553821 - Fenwick-Ruiz, Odalys',
            dt('2024-10-09 10:47:22', -5))
    m.set_content(T('''
        October 9, 2024

        Bluewick Health Plan
        Attn: Provider Appeals Unit
        PO Box 5110, Rockford, IL 61125

        RE:   First-level provider appeal
              Member:          Odalys Fenwick-Ruiz
              Date of birth:   01/19/1966
              Member ID:       BWK-3391-20874-01
              Claim number:    24-0917-553821
              Date of service: 08/22/2024
              Service:         MRI lumbar spine without contrast (CPT 72148)
              Ordering:        Tobias Wrenfield, MD, NPI %s

        To the Appeals Committee:

        We are writing on behalf of Northfell Spine & Pain to appeal the
        denial of the above claim, which was denied as “not medically
        necessary – conservative therapy not documented” (denial code CO-50).

        The records show the opposite. Ms. Fenwick-Ruiz completed nine weeks
        of supervised physical therapy (18 visits, 06/10–08/09/2024) and a
        six-week course of meloxicam 15 mg daily without improvement. At the
        08/20 visit she had radicular pain in the left L5 distribution,
        a positive straight-leg raise at 40°, and new weakness of left ankle
        dorsiflexion (4/5). Progressive neurological deficit is an
        indication for advanced imaging under your own policy RAD-07, §2.b.

        Diagnoses: M54.16 (radiculopathy, lumbar region); M51.26 (other
        intervertebral disc displacement, lumbar region).

        The MRI showed a left paracentral L4–L5 extrusion contacting the
        traversing L5 nerve root, and she has since been referred for
        surgical consultation.

        Enclosed: PT discharge summary, 08/20 office note, MRI report, and
        the pharmacy fill history. We ask that the denial be overturned and
        the claim reprocessed.

        Sincerely,

        Henrietta Coyle-Barros, CPC
        Appeals Specialist, Meridale Billing Services
        on behalf of Northfell Spine & Pain
        (608) 555-0116 | fax (608) 555-0117
        ''' % ord_npi), charset='windows-1252', cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 050
@reg('restricted', 'nurse-check-in-after-procedure',
     'Women\'s health nurse line checks in on a named patient after "your procedure" - aftercare and pregnancy test to confirm the pregnancy ended (abortion)')
def m050(c):
    m = new(c, '"Ashgrove Women\'s Health - Nurse Line" <nurseline@ashgrove-wh.example.org>',
            '"Tamsin Oyelowo" <toyelowo@inbox.example.com>',
            'Checking in after Saturday', dt('2025-02-03 10:12:00', -6))
    m.set_content(T('''
        Hi Tamsin,

        This is Maren from the Ashgrove nurse line, checking in after your
        procedure with us on Saturday. No need to reply if you're feeling
        okay, but here are the reminders we talked about:

        - Cramping and bleeding like a heavy period for a few days is normal.
          Ibuprofen 600 mg every 6 hours with food helps.
        - Call us right away (24/7) if you soak through 2 or more pads an
          hour for 2 hours in a row, have a fever over 100.4 F, or have
          pain the ibuprofen doesn't touch.
        - Your blood type is Rh negative, so you got the Rh immune globulin
          shot before you left - nothing else to do for that.
        - Take the urine pregnancy test we gave you in 4 weeks (around
          March 1). If it's still positive, call us so we can make sure the
          pregnancy has fully ended.
        - You can start the pill pack Dr. Lindqvist-Oyama gave you this
          Sunday. Use condoms for the first 7 days.

        Take care of yourself,
        Maren Holt, RN
        Ashgrove Women's Health | nurse line (612) 555-0180
        '''))
    return m

# ---------------------------------------------------------------- 051
@reg('none', 'trap-analyzer-qc-westgard',
     'Lab QC summary: control lots, means/SDs, Westgard violations on HbA1c and HIV Ag/Ab reactive control; control material only')
def m051(c):
    m = new(c, '"Larkwell Lab - Chemistry & Immunoassay QC" <qc@larkwell-lab.example.com>',
            'Lab Medical Directors <lab-directors@larkwell-lab.example.com>',
            'November QC summary - 2 Westgard violations, corrective action attached below',
            dt('2024-12-03 14:30:00', -6))
    m.set_content(T('''
        November QC summary - Analyzer line A (chemistry) and IA-2 (immunoassay)

        Analyte            Control / lot        Target   Mean   SD     CV%   Rule
        Glucose            L1  QC-GL-4471       92       91.6   1.8    2.0   ok
        Glucose            L2  QC-GL-4472       286      288.1  5.2    1.8   ok
        Potassium          L1  QC-K-2210        3.6      3.61   0.05   1.4   ok
        HbA1c              L1  HBC-24-118       5.4      5.42   0.09   1.7   ok
        HbA1c              L2  HBC-24-119       9.8      10.11  0.14   1.4   1-3s (11/14)
        hs-Troponin I      L2  TNI-8830         48       47.2   2.1    4.4   ok
        HIV Ag/Ab combo    NEG ctrl  HIVQ-0931  <1.00    0.21   0.05   --    ok
        HIV Ag/Ab combo    POS ctrl  HIVQ-0932  4.8 S/Co 2.31   0.40   --    R-4s (11/21)
        TSH                L1  TSH-7720         0.45     0.46   0.02   4.3   ok

        Corrective actions
        1. HbA1c L2 1-3s on 11/14: new reagent pack opened same shift without
           calibration verification. Recalibrated; reran L1/L2 in range.
           Patient runs between 06:10 and 07:40 repeated - no reportable
           changes (see CAPA-24-117 for the lookback list; it stays in the
           QMS, not e-mail).
        2. HIV Ag/Ab positive control R-4s on 11/21: positive control vial
           left uncapped on the deck overnight. New vial, both controls in
           range. Run rejected and repeated before any result was released.

        Peer comparison (Larkwell vs. peer group, Oct): all analytes within
        +/- 1.5 SDI.

        Questions: Katarzyna Sato, MLS(ASCP), QC Coordinator, (608) 555-0165
        '''))
    return m


# ---------------------------------------------------------------- 052
@reg('phi', 'fwd-colonoscopy-prep-drive-me',
     'Patient forwards (message/rfc822) his colonoscopy appointment and prep instructions to his wife asking for a ride')
def m052(c):
    inner = EmailMessage(policy=BUILD)
    inner['From'] = '"Kestrelmoor Endoscopy Scheduling" <endo-scheduling@kestrelmoor.example.org>'
    inner['To'] = '"Harold Penwarden" <hpenwarden@mail.example.com>'
    inner['Subject'] = 'Your procedure appointment - colonoscopy 01/08/2025'
    inner['Date'] = dt('2024-12-20 10:02:00', -6)
    inner['Message-ID'] = mid(c, 'kestrelmoor.example.org', salt='inner')
    inner['MIME-Version'] = '1.0'
    inner.set_content(T('''
        Dear Harold Penwarden,

        You are scheduled for a COLONOSCOPY with Dr. Sunniva Achterberg-Moe
        on Wednesday, January 8, 2025. Arrival time: 7:30 AM, Endoscopy
        Center, Kestrelmoor Main Campus, 2nd floor.

        Because you will receive sedation, you MUST have an adult drive you
        home. Rideshare or taxi alone is not allowed.

        PREPARATION (split-dose PEG)
        5 days before (Jan 3): stop iron tablets and fiber supplements.
        1 day before (Jan 7): clear liquids only all day. At 6 PM drink the
          first half of the prep (2 liters) over 2 hours.
        Day of procedure: at 2:30 AM drink the second half. Nothing by mouth
          after 4:30 AM.
        Diabetes: take HALF your usual evening insulin glargine on Jan 7 and
          skip your morning metformin on Jan 8.
        Blood thinners: your clopidogrel was reviewed by cardiology - continue
          it unless you are told otherwise.

        Questions: Endoscopy nurse line (414) 555-0158.
        '''))
    m = new(c, '"Harold Penwarden" <hpenwarden@mail.example.com>',
            '"Judith Penwarden" <judithp@inbox.example.org>',
            'Fwd: Your procedure appointment - colonoscopy 01/08/2025',
            dt('2024-12-20 19:44:31', -6))
    m.set_content(T('''
        Jude - can you drive me on the 8th? They won't let me take a cab
        home. Prep starts the day before, sounds miserable. Forwarding the
        whole thing so you have the times.
        H
        '''))
    m.add_attachment(inner, cte='7bit', filename='Your procedure appointment.eml')
    return m


# ---------------------------------------------------------------- 053
@reg('none', 'office-chairs-invoice',
     'B2B invoice (PDF) for ergonomic chairs with remit-to bank account details; no health content')
def m053(c):
    m = new(c, '"Brightwater Office Interiors - AR" <ar@brightwater-interiors.example.com>',
            '"Maplecrest Family Medicine - Accounts Payable" <ap@maplecrest-fm.example.org>',
            'Invoice INV-40021 for PO MFM-2024-0188',
            dt('2024-09-03 16:20:00', -5))
    m.set_content(T('''
        Hello,

        Please find attached invoice INV-40021 for PO MFM-2024-0188
        (14 ergonomic task chairs, 2 drafting stools, delivery and assembly
        at the Maplecrest Elm Street office).

        Amount due: $7,418.60, net 30 (due 10/03/2024).

        Our remit-to banking details changed in July. Please use:
          Bank:     First Lakes Commercial (fictitious)
          Routing:  000000518 (ACH only)
          Account:  ****4471 (full number on the attached W-9 cover sheet)

        Kind regards,
        Colm Harrigan | Accounts Receivable
        Brightwater Office Interiors | (414) 555-0159
        '''))
    pdf = make_pdf([
        'BRIGHTWATER OFFICE INTERIORS          INVOICE INV-40021',
        'Bill to: Maplecrest Family Medicine, Accounts Payable',
        'PO: MFM-2024-0188        Invoice date: 09/03/2024   Terms: Net 30',
        '',
        'Qty  Item                                   Unit       Total',
        '14   Task chair, mesh back, adj. lumbar     $448.00    $6,272.00',
        ' 2   Drafting stool, foot ring              $289.00      $578.00',
        ' 1   Delivery + assembly                    $295.00      $295.00',
        '                                       Subtotal       $7,145.00',
        '                                       Sales tax 5.5%   $392.98',
        '                                       Discount        -$269.38',
        '                                       TOTAL DUE      $7,418.60',
    ], 'INV-40021')
    m.add_attachment(pdf, maintype='application', subtype='pdf', filename='INV-40021.pdf')
    return m


# ---------------------------------------------------------------- 054
@reg('restricted', 'de-humangenetik-praediktiv-lynch',
     'German (UTF-8, base64) appointment letter for genetic counselling before predictive testing for a familial MLH1 (Lynch) variant')
def m054(c):
    m = new(c, '"Institut für Humangenetik – Terminvergabe" <termine@humangenetik-hohenbrueck.example.de.test>',
            '"Matthias Dornbach-Kühl" <m.dornbach@post.example.de.test>',
            'Ihr Termin zur genetischen Beratung am 21.01.2025 (prädiktive Diagnostik)',
            dt('2024-12-17 13:05:00', 1))
    m.set_content(T('''
        Sehr geehrter Herr Dornbach-Kühl,

        vielen Dank für Ihre Anmeldung. Wir bestätigen Ihren Termin zur
        humangenetischen Beratung:

          Dienstag, 21.01.2025, 10:30 Uhr
          Institut für Humangenetik, Haus 7, 2. OG, Raum 2.14
          Beraterin: Dr. med. Ortrun Vasquez-Lindner, Fachärztin für
          Humangenetik

        Anlass: Bei Ihrer Schwester wurde eine pathogene Variante im MLH1-Gen
        (Lynch-Syndrom) nachgewiesen. Nach dem Gendiagnostikgesetz (GenDG)
        ist vor einer prädiktiven genetischen Untersuchung eine genetische
        Beratung vorgeschrieben; zwischen Beratung und Blutentnahme soll in
        der Regel eine Bedenkzeit liegen.

        Bitte bringen Sie mit:
          - den humangenetischen Befund Ihrer Schwester (Kopie)
          - Ihre Versichertenkarte und die Überweisung
          - falls vorhanden: Befunde früherer Darmspiegelungen

        Eine Blutentnahme erfolgt an diesem Tag noch nicht.

        Mit freundlichen Grüßen
        Ihr Team der Terminvergabe
        Institut für Humangenetik Hohenbrück
        Tel. +49 6221 555-0140
        '''), charset='utf-8', cte='base64')
    return m


# ---------------------------------------------------------------- 055
@reg('none', 'trap-reminder-template-config',
     'EHR vendor sends draft reminder templates with placeholders ("your results", appointment) and a YAML config with mrn/dob fields; no individual')
def m055(c):
    m = new(c, '"Quillon EHR Implementation" <implementation@quillon-ehr.example.com>',
            '"Ingeborg Sallis, Practice Manager" <isallis@maplecrest-fm.example.org>',
            'Draft reminder templates for review (SMS + e-mail) - go-live 2/3',
            dt('2025-01-14 11:22:00', -6))
    m.set_content(T('''
        Hi Ingeborg,

        Here are the draft patient reminder templates for your review. The
        text in {{double braces}} is filled in at send time; nothing below is
        about a real patient.

        APPOINTMENT REMINDER (SMS, 3 days before)
          Hi {{patient.first_name}}, this is Maplecrest Family Medicine. Your
          appointment with {{provider.display_name}} is on {{appt.date}} at
          {{appt.time}}. Reply C to confirm or R to reschedule.

        RESULTS AVAILABLE (e-mail)
          Subject: New information in your patient portal
          Hi {{patient.first_name}}, you have a new message or test result in
          your portal. Log in at {{portal.url}} to view it. For your privacy
          we never put results in e-mail.

        NO-SHOW FOLLOW-UP (SMS)
          We missed you today, {{patient.first_name}}. Call {{clinic.phone}}
          to reschedule.

        Per your request, the config suppresses the department name for the
        sensitive service lines, so a reminder for those departments just
        says "Maplecrest Family Medicine".

        Config excerpt attached (reminders.yaml). Please send wording
        changes by 1/24.

        Thanks,
        Lorcan Addo-Fitch
        Implementation Consultant, Quillon EHR
        (312) 555-0179
        '''))
    yaml = T('''
        # reminders.yaml - Maplecrest Family Medicine (TEST tenant)
        tenant: maplecrest-fm-test
        sender:
          sms_from: "+1-414-555-0160"
          email_from: "reminders@maplecrest-fm.example.org"
        match_keys: [mrn, dob, phone_e164]     # used to dedupe recipients
        lookahead_days: 3
        quiet_hours: {start: "20:00", end: "08:00", tz: "America/Chicago"}
        templates:
          appt_reminder_sms: templates/appt_sms_v3.txt
          results_available_email: templates/results_email_v2.html
          no_show_sms: templates/noshow_sms_v1.txt
        suppress_department_name:
          - BH        # behavioral health
          - SUD       # addiction medicine / Part 2
          - ID-HIV
          - REPRO     # family planning
          - GEN       # genetics
        never_include_fields: [diagnosis, order_name, result_value, dept_name_if_suppressed]
        ''')
    m.add_attachment(yaml, subtype='x-yaml', filename='reminders.yaml')
    return m


# ---------------------------------------------------------------- 056
@reg('phi', 'mole-photo-before-visit',
     'Patient sends dermatology a photo (PNG) of a changing mole ahead of his appointment on the 17th')
def m056(c):
    m = new(c, '"Alistair Nakagawa-Bell" <anbell@postbox.example.org>',
            '"Juniper Dermatology - Patient Messages" <messages@juniper-derm.example.com>',
            'photo of the spot on my back',
            dt('2025-03-04 21:48:12', -7))
    m.set_content(T('''
        Hi,

        Dr. Ferreira-Lund asked me to send a photo of the mole on my left
        shoulder blade before my appointment on the 17th. My wife says it's
        darker on one edge than it was in the summer and it has been itchy.
        Photo attached, taken tonight next to a ruler (mm marks at the
        bottom).

        Alistair Nakagawa-Bell
        DOB 10/04/1969
        '''))
    m.add_attachment(make_png(48, 36, seed=5), maintype='image', subtype='png',
                     filename='IMG_4471.png')
    return m


# ---------------------------------------------------------------- 057
@reg('restricted', 'semen-analysis-ivf-icsi',
     'Fertility clinic sends a named man his semen analysis values and recommends IVF with ICSI - fertility care')
def m057(c):
    m = new(c, '"Cedarlight Fertility - Andrology Lab" <andrology@cedarlight-fertility.example.org>',
            '"Marcus Ibekwe" <mibekwe@mail.example.com>',
            'Your semen analysis results', dt('2025-01-23 16:10:44', -5),
            cc='"Simone Ibekwe" <sibekwe@mail.example.com>')
    m.set_content(T('''
        Dear Marcus,

        Your semen analysis from 01/21/2025 has been reviewed by Dr. Halvard
        Brenneman. You asked us to copy Simone on results.

          Parameter                 Result        Reference (WHO 2021)
          Volume                    2.1 mL        >= 1.4 mL
          Concentration             11 M/mL       >= 16 M/mL
          Total motility            28 %          >= 42 %
          Progressive motility      19 %          >= 30 %
          Normal morphology         3 %           >= 4 %
          Vitality                  61 %          >= 54 %

        Summary: mild oligoasthenoteratozoospermia. Taken together with
        Simone's AMH result, Dr. Brenneman recommends discussing IVF with
        ICSI at your joint consultation on February 4. A repeat analysis in
        8-12 weeks is also reasonable; avoid hot tubs and saunas meanwhile.

        Cedarlight Fertility | (312) 555-0181
        '''))
    return m


# ---------------------------------------------------------------- 058
@reg('none', 'trap-de-cardiqor-fachinformation',
     'German pharma letter to healthcare professionals (UTF-8 HTML) on fictional CARDIQOR: trial data, dosing in renal impairment; no patient')
def m058(c):
    m = new(c, '"Medizinischer Informationsdienst – Veltrana Pharma" <medinfo@veltrana-pharma.example.de.test>',
            '"Fachkreise Kardiologie" <fachkreise@veltrana-pharma.example.de.test>',
            'Wichtige Information: CARDIQOR® – neue Indikation und Dosierung bei Niereninsuffizienz',
            dt('2024-11-26 09:30:00', 1))
    txt = T('''
        Sehr geehrte Damen und Herren,

        für CARDIQOR® 10 mg / 20 mg Filmtabletten wurde die Zulassung um die
        Indikation „symptomatische Herzinsuffizienz mit leicht reduzierter
        Ejektionsfraktion (HFmrEF)“ erweitert.

        Grundlage ist die randomisierte, doppelblinde Studie CARDIQOR-HF2
        (n = 4.212; medianes Follow-up 26 Monate): Der kombinierte Endpunkt
        aus kardiovaskulärem Tod und Hospitalisierung wegen Herzinsuffizienz
        wurde um 18 % relativ reduziert (HR 0,82; 95-%-KI 0,73–0,92).

        Neue Dosierungsempfehlung:
          eGFR ≥ 45 ml/min/1,73 m²:  20 mg einmal täglich
          eGFR 30–44:                10 mg einmal täglich
          eGFR < 30:                 nicht empfohlen

        Häufigste Nebenwirkungen: Hyperkaliämie (6,1 %), Hypotonie (4,8 %),
        Schwindel. Kalium und Kreatinin vor Beginn und nach 2–4 Wochen
        kontrollieren.

        Die aktualisierte Fachinformation erhalten Sie unter
        https://fachinfo.veltrana-pharma.example.de.test/cardiqor

        Verdachtsfälle von Nebenwirkungen melden Sie bitte an unseren
        Medizinischen Informationsdienst: Tel. +49 6221 555-0190.

        Mit freundlichen Grüßen
        Dr. rer. nat. Ansgar Pohlmann-Ruiz
        Leiter Medizinischer Informationsdienst, Veltrana Pharma GmbH
        ''')
    m.set_content(txt, charset='utf-8', cte='quoted-printable')
    html = html_wrap(
        '<p>Sehr geehrte Damen und Herren,</p>\n<p>für <b>CARDIQOR®</b> 10&nbsp;mg / 20&nbsp;mg '
        'Filmtabletten wurde die Zulassung um die Indikation „symptomatische Herzinsuffizienz mit '
        'leicht reduzierter Ejektionsfraktion (HFmrEF)“ erweitert.</p>\n'
        '<p>Studie CARDIQOR-HF2 (n = 4.212): kombinierter Endpunkt −18 % (HR 0,82; 95-%-KI 0,73–0,92).</p>\n'
        '<table border="1" cellpadding="4" cellspacing="0"><tr><th>eGFR</th><th>Dosis</th></tr>'
        '<tr><td>≥ 45</td><td>20 mg 1× täglich</td></tr><tr><td>30–44</td><td>10 mg 1× täglich</td></tr>'
        '<tr><td>&lt; 30</td><td>nicht empfohlen</td></tr></table>\n'
        '<p>Häufigste Nebenwirkungen: Hyperkaliämie (6,1 %), Hypotonie (4,8 %).</p>\n'
        '<p style="font-size:11px">Veltrana Pharma GmbH · Tel. +49 6221 555-0190</p>', 'CARDIQOR')
    m.add_alternative(html, subtype='html', charset='utf-8', cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 059
@reg('phi', 'pulmonology-appt-pft',
     'Appointment confirmation (with ICS) addressed to a named patient: pulmonology visit with PFT, hold albuterol beforehand')
def m059(c):
    m = new(c, '"Kestrelmoor Scheduling" <scheduling@kestrelmoor.example.org>',
            '"Delphine Okonkwo-Brandt" <dokbrandt@mail.example.net>',
            'Appointment confirmed: Pulmonology, Tue Dec 3, 9:40 AM',
            dt('2024-11-26 12:00:00', -6))
    m.set_content(T('''
        Hello Delphine,

        Your appointment is confirmed.

          What:   New patient visit + pulmonary function testing
          With:   Caspian Vance, MD - Pulmonology
          When:   Tuesday, December 3, 2024 at 9:40 AM (arrive 9:10)
          Where:  Kestrelmoor Lung & Sleep Center, 3rd floor, suite 310

        To get accurate breathing tests:
          * Do not use your albuterol inhaler for 4 hours before the visit.
          * Skip your morning budesonide-formoterol dose that day and bring
            the inhaler with you.
          * No smoking or vaping for at least 24 hours before.
          * Wear loose clothing.

        Need to cancel? Call (414) 555-0161 at least 24 hours ahead.
        '''))
    ics = make_ics('appt-88120415@kestrelmoor.example.org', '20241203T154000Z', '20241203T170000Z',
                   'Pulmonology - Dr. Vance (PFT)', 'Kestrelmoor Lung & Sleep Center, suite 310',
                   ('Kestrelmoor Scheduling', 'scheduling@kestrelmoor.example.org'),
                   [('Delphine Okonkwo-Brandt', 'dokbrandt@mail.example.net')],
                   'No albuterol 4 hours before. Bring your inhaler.', stamp='20241126T180000Z')
    m.add_attachment(ics, subtype='calendar', filename='appointment.ics', params={'method': 'REQUEST'})
    return m


# ---------------------------------------------------------------- 060
@reg('restricted', 'child-psychiatry-reminder-milo',
     'From "Child & Adolescent Psychiatry - Scheduling": a named child\'s visit with Vanderbilt ADHD rating scales - ADHD care by a psychiatric service')
def m060(c):
    m = new(c, '"Child & Adolescent Psychiatry - Scheduling" <capsych-sched@kestrelmoor.example.org>',
            '"Farah Nilsen" <fnilsen@inbox.example.net>',
            "Reminder: Milo's appointment Tue Jan 14, 3:15 PM",
            dt('2025-01-10 08:00:00', -6))
    m.set_content(T('''
        Hello,

        This is a reminder that Milo Nilsen has an appointment on Tuesday,
        January 14 at 3:15 PM with Dr. Adaeze Okwuosa.

        Please have Milo's teachers complete the Vanderbilt rating scales
        (forms were mailed in December) and bring them to the visit, along
        with the bottle of his current medication.

        Reply C to confirm or call (414) 555-0162 to reschedule.
        '''))
    return m


# ---------------------------------------------------------------- 061
@reg('none', 'foundation-winter-gala',
     'Foundation fundraising gala invitation (HTML); no health information')
def m061(c):
    m = new(c, '"Kestrelmoor Foundation" <events@kestrelmoor-foundation.example.org>',
            '"Friends of Kestrelmoor" <friends@kestrelmoor-foundation.example.org>',
            "You're invited: Winter Lights Gala, Saturday February 8",
            dt('2025-01-09 10:00:00', -6))
    txt = T('''
        The Kestrelmoor Foundation invites you to the

            WINTER LIGHTS GALA
            Saturday, February 8, 2025 | 6:00 PM
            The Glasshouse at Pier 9

        An evening of dinner, music and a live auction benefiting the new
        children's wing. Black tie optional.

        Tickets $175 | Tables of 10 $1,600
        RSVP by January 24 at https://kestrelmoor-foundation.example.org/gala
        or (414) 555-0163.
        ''')
    m.set_content(txt)
    m.add_alternative(html_wrap(
        '<div style="text-align:center;background:#0d1b2a;color:#f4e9c1;padding:30px">'
        '<p style="letter-spacing:3px">THE KESTRELMOOR FOUNDATION INVITES YOU TO THE</p>'
        '<h1 style="font-family:Georgia,serif">Winter Lights Gala</h1>'
        '<p>Saturday, February 8, 2025 &middot; 6:00 PM<br>The Glasshouse at Pier 9</p>'
        '<p>Dinner, music and a live auction benefiting the new children&rsquo;s wing.</p>'
        '<p><a style="color:#f4e9c1" href="https://kestrelmoor-foundation.example.org/gala">RSVP by '
        'January 24</a></p></div>', 'Winter Lights Gala'), subtype='html')
    return m


# ---------------------------------------------------------------- 062
@reg('phi', 'vi-lich-chay-than-bo',
     'Vietnamese (UTF-8, base64): daughter asks dialysis unit to move her named father\'s dialysis sessions; fistula swelling, weight gain')
def m062(c):
    m = new(c, '"Lương Thị Bích Ngọc" <ngoc.luong@mail.example.com>',
            '"Kestrelmoor Dialysis Unit" <dialysis@kestrelmoor.example.org>',
            'Xin đổi lịch chạy thận cho bố tôi – ông Lương Văn Khải',
            dt('2024-10-14 20:31:00', -5))
    m.set_content(T('''
        Kính gửi đơn vị lọc máu,

        Tôi là Ngọc, con gái của ông Lương Văn Khải (sinh ngày 03/08/1950),
        hiện đang chạy thận nhân tạo tại trung tâm vào sáng thứ Hai, thứ Tư
        và thứ Sáu.

        Từ tháng 11 tôi phải đi làm buổi sáng nên không thể chở bố đi được.
        Xin hỏi trung tâm có thể chuyển bố tôi sang ca chiều (sau 1 giờ trưa)
        không ạ?

        Ngoài ra, tuần này tay trái của bố (chỗ có lỗ thông động tĩnh mạch)
        hơi sưng và ấm hơn bình thường. Bố cũng tăng khoảng 3 kg giữa hai lần
        chạy thận. Xin y tá xem giúp vào buổi chạy thận thứ Tư.

        Bố tôi không nói được tiếng Anh, xin vui lòng gọi cho tôi theo số
        (414) 555-0164.

        Xin cảm ơn rất nhiều,
        Lương Thị Bích Ngọc
        '''), charset='utf-8', cte='base64')
    return m


# ---------------------------------------------------------------- 063
@reg('none', 'trap-migralux-hcp-marketing',
     'Marketing e-mail to clinicians for fictional MIGRALUX with trial results, safety information and sample request; no patient')
def m063(c):
    m = new(c, '"MIGRALUX Professional Team" <hcp@migralux-hcp.example.com>',
            '"Dr. Clinician" <hcp-list@migralux-hcp.example.com>',
            'New data: MIGRALUX cut monthly migraine days by 4.1 in REDUCE-M',
            dt('2025-02-12 07:45:00', -5))
    txt = T('''
        For US healthcare professionals only.

        MIGRALUX (fictional) - once-monthly preventive treatment of migraine
        in adults.

        In the 12-week REDUCE-M trial (n = 1,104), patients on MIGRALUX 140 mg
        had 4.1 fewer monthly migraine days vs. 2.3 with placebo; 52% had a
        >= 50% reduction. Results were consistent in patients who had failed
        two to four prior preventives, including topiramate and propranolol.

        IMPORTANT SAFETY INFORMATION
        Contraindicated in patients with serious hypersensitivity to the
        active ingredient. Most common adverse reactions (>= 3%): injection
        site reactions, constipation. Hypertension has been reported.

        Request samples or a lunch-and-learn: https://migralux-hcp.example.com/samples
        Medical information: 1-800-555-0183

        You are receiving this e-mail because you registered on the
        MIGRALUX HCP site. Unsubscribe: https://migralux-hcp.example.com/unsub
        ''')
    m.set_content(txt)
    m.add_alternative(html_wrap(
        '<p style="font-size:11px">For US healthcare professionals only.</p>'
        '<h1 style="color:#5b2a86">MIGRALUX: 4.1 fewer monthly migraine days</h1>'
        '<p>In the 12-week REDUCE-M trial (n&nbsp;=&nbsp;1,104), 52% of patients on MIGRALUX 140&nbsp;mg '
        'had a &ge;50% reduction in monthly migraine days.</p>'
        '<p><a href="https://migralux-hcp.example.com/samples" style="background:#5b2a86;color:#fff;'
        'padding:8px 14px;text-decoration:none">Request samples</a></p>'
        '<h3>Important Safety Information</h3><p>Contraindicated in patients with serious '
        'hypersensitivity. Most common adverse reactions: injection site reactions, constipation.</p>'
        '<p style="font-size:11px"><a href="https://migralux-hcp.example.com/unsub">Unsubscribe</a></p>',
        'MIGRALUX'), subtype='html')
    return m


# ---------------------------------------------------------------- 064
@reg('phi', 'hl7-oru-resend-lipid-a1c',
     'Lab interface resends a failed ORU^R01 (HL7 attachment) for a named patient with MRN, DOB, lipid panel and HbA1c results')
def m064(c):
    m = new(c, '"Larkwell Lab Interface" <hl7-out@larkwell-lab.example.com>',
            '"Maplecrest Interface Inbox" <interface@maplecrest-fm.example.org>',
            'Resend for manual entry: ORU^R01 rejected - accession LW24-3390217',
            dt('2024-11-08 05:12:00', -6))
    m.set_content(T('''
        The ORU below was rejected by your listener (MSA|AR, PID-3.4 missing)
        and has been queued for manual result entry. Please enter it in the
        chart and mark the accession as resolved in the interface console.

        Accession: LW24-3390217   Ordering: WILLOUGHBY, ANSEL MD
        Larkwell Interface Support (608) 555-0166
        '''))
    segs = [
        r'MSH|^~\&|LWK|LWK_PROD|QLN|MAPLECREST|20241108050812||ORU^R01^ORU_R01|LWK-3390217-01|P|2.5.1',
        r'PID|1||00931157^^^^MR||PELLEGRINO^MARTA^J||19720419|F|||88 Orchard Row^^Madison^WI^53704||(608)555-0167',
        r'PV1|1|O|MFM^^^MAPLECREST',
        r'ORC|RE|MFM-771203|LW24-3390217||CM',
        r'OBR|1|MFM-771203|LW24-3390217|80061^Lipid panel^CPT|||20241107081500|||||||||%s^WILLOUGHBY^ANSEL' % npi('174025880'),
        r'OBX|1|NM|2093-3^Cholesterol total^LN||238|mg/dL|<200|H|||F',
        r'OBX|2|NM|2571-8^Triglycerides^LN||212|mg/dL|<150|H|||F',
        r'OBX|3|NM|2085-9^HDL cholesterol^LN||41|mg/dL|>=40|N|||F',
        r'OBX|4|NM|13457-7^LDL cholesterol calc^LN||155|mg/dL|<100|H|||F',
        r'OBR|2|MFM-771204|LW24-3390218|83036^Hemoglobin A1c^CPT|||20241107081500',
        r'OBX|1|NM|4548-4^Hemoglobin A1c^LN||7.9|%|<5.7|H|||F',
    ]
    hl7 = ('\r'.join(segs) + '\r').encode('ascii')
    m.add_attachment(hl7, maintype='application', subtype='hl7-v2',
                     filename='LW24-3390217.hl7')
    return m


# ---------------------------------------------------------------- 065
@reg('restricted', 'cftr-carrier-screening-result',
     'OB office tells a named patient she is a CFTR (cystic fibrosis) carrier on expanded carrier screening; partner testing, genetic counselling')
def m065(c):
    m = new(c, '"Linden Row OB/GYN - Results" <results@lindenrow-obgyn.example.org>',
            '"Priya Castellane" <pcastellane@mail.example.org>',
            'Your carrier screening results', dt('2024-08-27 15:33:08', -5))
    m.set_content(T('''
        Hi Priya,

        Your expanded carrier screening results are back. The test found
        that you are a carrier of one pathogenic variant in the CFTR gene,
        which is associated with cystic fibrosis. No variants were found in
        the other 273 genes on the panel, including SMN1 and HBB.

        Being a carrier does not affect your own health. A pregnancy is only
        at risk if both partners are carriers, so we recommend carrier testing
        for Tomasz. We have scheduled you both with our genetic counselor,
        Ines Marwood, MS, CGC, on Thursday 9/5 at 1:00 PM (video visit) to
        go over the results and options.

        Please call (507) 555-0168 if that time does not work.

        Dr. Ruth Abendroth-Ng
        Linden Row Obstetrics & Gynecology
        '''))
    return m

# ---------------------------------------------------------------- 066
@reg('none', 'trap-recovery-center-ehr-renewal',
     'Recovery center business office negotiates EHR seat renewal and a 42 CFR Part 2 consent module with the vendor; no patient')
def m066(c):
    m = new(c, '"Alderbrook Recovery Center - Business Office" <business@alderbrook-recovery.example.org>',
            '"Quillon EHR Accounts" <accounts@quillon-ehr.example.com>',
            'RE: Renewal quote Q-88213 - seat count and Part 2 consent module',
            dt('2025-03-03 14:07:41', -6),
            extra=[('In-Reply-To', '<q88213.accounts@quillon-ehr.example.com>'),
                   ('References', '<q88213.accounts@quillon-ehr.example.com>')])
    m.set_content(T('''
        Hi Bettina,

        Thanks for the quote. A few corrections before I can get it signed:

        1. Seats: we need 38 clinician seats (not 42) - two counselors and
           two per-diem nurses left in January. Front desk stays at 6.
        2. The 42 CFR Part 2 consent-tracking module should be on the
           existing price from our 2023 addendum ($2.10/seat/month), not list.
        3. Please break out the methadone dispensing-system integration
           (the interface to the dosing pumps) as its own line so our
           grant can pay for it separately.
        4. Term: 36 months, annual billing, invoice to PO 5521.

        Our board meets 3/20; if I have a corrected quote by 3/14 we can
        sign that week.

        Thank you,
        Wendell Ostrowe
        Director of Finance & Operations
        Alderbrook Recovery Center
        (319) 555-0128
        ''') + '\n> On Feb 27, 2025, Bettina Lachaume <accounts@quillon-ehr.example.com> wrote:\n'
        + quote(T('''
        Hi Wendell, attached is renewal quote Q-88213 for the term starting
        5/1/2025: 42 clinician seats, 6 front desk, Part 2 consent module,
        dispensing interface, premium support. Let me know if anything needs
        adjusting.
        Bettina Lachaume, Account Executive, Quillon EHR
        ''')))
    return m


# ---------------------------------------------------------------- 067
@reg('phi', 'workers-comp-distal-radius-rtw',
     'Workers\' comp adjuster and ortho coordinator discuss a named claimant (claim no., SSN last 4): s/p ORIF distal radius, PT, work restrictions')
def m067(c):
    m = new(c, '"Dakota Ferrante" <dferrante@ironhollow-mutual.example.com>',
            '"Oakmere Ortho - Workers\' Comp Coordinator" <wc@oakmere-ortho.example.com>',
            'RE: WC claim 77-340018 / Sarkissian, Emilio / DOI 10/02/2024 - RTW status',
            dt('2024-11-22 09:15:33', -7),
            extra=[('In-Reply-To', '<wc-77340018-r1@oakmere-ortho.example.com>'),
                   ('References', '<wc-77340018-0@ironhollow-mutual.example.com> '
                                  '<wc-77340018-r1@oakmere-ortho.example.com>')])
    first = T('''
        Good afternoon,

        I'm the adjuster on the above claim (claimant SSN ending 6621,
        employer Tri-County Millwork). Can you send the most recent work
        status and the treatment plan? Employer is asking about light duty.

        Dakota Ferrante | Claims Adjuster II
        Ironhollow Mutual Insurance | (505) 555-0141
        ''')
    second = T('''
        Hi Dakota - per Dr. Ostrowski's 11/18 note: pt s/p ORIF L distal
        radius fx 10/04, incision healed, x-rays show hardware intact and
        healing. In OT 2x/wk. Work status: light duty, no lifting > 5 lb
        with L hand, no repetitive gripping, may use R hand freely. Next f/u
        12/16 w/ repeat films. Notes + work status form faxed to your
        number on file today.

        Sienna Pakulski, WC Coordinator, Oakmere Orthopedics
        ''')
    me = T('''
        Thank you Sienna, received the fax. Employer confirmed they can
        accommodate the restrictions starting Monday 11/25. I'll authorize
        OT through 12/31 and the 12/16 visit.

        Dakota
        ''')
    m.set_content(me + '\n-----Original Message-----\nFrom: Sienna Pakulski\nSent: 11/21/2024 4:02 PM\n\n'
                  + quote(second) + '>\n> -----Original Message-----\n> From: Dakota Ferrante\n'
                  '> Sent: 11/20/2024 1:37 PM\n>\n' + quote(first, '>> '))
    return m


# ---------------------------------------------------------------- 068
@reg('none', 'jp-nenmatsu-kyushin-shift',
     'Japanese (ISO-2022-JP, 7bit) clinic office notice: year-end closure days, cleaning, shift swaps; no patient information')
def m068(c):
    m = new(c, '"さくら坂クリニック事務局" <jimu@sakurazaka.example.jp.test>',
            '"スタッフ各位" <staff@sakurazaka.example.jp.test>',
            '年末年始の休診日と勤務シフトについて',
            dt('2024-12-06 17:30:00', 9))
    m.set_content(T('''
        スタッフ各位

        お疲れさまです。事務局の森下です。
        年末年始の休診日と勤務について、下記のとおりお知らせします。

        ■ 休診日
          12月29日（日）〜 1月3日（金）
          ※12月28日（土）は午前のみ診療（受付は12時まで）

        ■ 年内最終日の業務
          ・大掃除：12月28日（土）13時〜15時
            （各自の担当エリア）
          ・院内ＰＣのバックアップ確認：システム担当 田島さん
          ・冷蔵庫（検体用・薬品用）の温度記録用紙を1月分に差し替え

        ■ 年始の業務開始
          1月4日（土）8時30分 朝礼
          初日は混雑が予想されるため、受付は2名体制でお願いします。

        ■ 連絡先
          事務局 森下：03-555-0148
          休み中のシフト交換は、12月20日までに
          事務局へ申し出てください。

        よろしくお願いいたします。

        さくら坂内科クリニック 事務局
        森下 葵
        '''), charset='iso-2022-jp')
    return m


# ---------------------------------------------------------------- 069
@reg('restricted', 'placement-weekly-buried-detox-rehab',
     'Long placement/logistics e-mail; one buried line: named patient finished alcohol detox protocol and is accepted to residential rehab - SUD treatment')
def m069(c):
    m = new(c, '"Orla Pemberton-Sykes, RN CM" <opsykes@stodran.example.org>',
            'Post-Acute Placement Team <placement-team@stodran.example.org>',
            'Weekly placements, SNF bed board, and the Thursday huddle change',
            dt('2025-02-21 16:40:00', -6))
    m.set_content(T('''
        Hi team,

        Weekly wrap-up. Lots of housekeeping this time.

        1. THURSDAY HUDDLE
        Starting 3/6 the Thursday placement huddle moves from 0830 to 0800
        and from the 2nd floor conference room to the Teams channel. Social
        work asked for the earlier time so they can make the 0830 family
        calls. Same agenda: new referrals, pending auths, barriers.

        2. SNF BED BOARD (as of 1400 today)
          Birchwood Commons ........ 2 female, 0 male, no trach/vent
          Larkfield Rehab & Care ... 1 male, will take IV abx through PICC
          Meadow Glen .............. closed to admissions (COVID unit)
          Pine Hollow .............. 3 beds, only accepts Medicare A + 2 MA plans
          Riverside LTACH .......... 1 bed, vent-capable, needs 48h notice
        Reminder that Meadow Glen's closure is expected to lift on 2/28.

        3. INSURANCE AUTH TURNAROUND
        Average SNF auth turnaround this week was 2.6 business days (goal
        2.0). Bluewick MA is the slowest at 4 days. Please start auths the
        same day PT/OT recommend SNF, even if the discharge date is fuzzy.
        The new portal submission is faster than fax - cheat sheet is in
        the CM shared drive.

        4. TRANSPORT
        Wheelchair van vendor changed on 2/17. New dispatch line is
        (217) 555-0118. Stretcher transport still goes through the old
        vendor until their contract ends in April. Please do not book
        same-day wheelchair van requests after 1300; they won't honor them.

        5. PREFERRED-PROVIDER LIST REFRESH
        Quality sent the refreshed SNF preferred-provider list (based on
        CMS star ratings, our own 30-day readmission data and survey
        deficiencies). Changes for Q2:
          - Added: Larkfield Rehab & Care (now 4 stars overall, 5 for
            staffing), Harrow Pointe Transitional Care.
          - Removed: Kinsey Manor (two immediate-jeopardy citations in the
            last survey cycle) - we can still send patients there when the
            patient or family chooses it, but we can't list it as
            "preferred" on the choice letter.
          - Under review: Pine Hollow (readmission rate climbed to 24%).
        Remember that patients must always receive the full list of
        facilities that serve their area and accept their insurance; the
        preferred list is additional information, never a substitute. Use
        the updated choice letter template (v2025-02) from the CM folder;
        the old one still has the 2023 star ratings on it.

        6. HOME HEALTH AND DME
        - Two home health agencies (Cedar Vale HH and Brightfield HH) are
          not accepting new Bluewick MA referrals until their contract
          renewals are signed. Expect that to be resolved by mid-March.
        - Oxygen vendor delivery cutoff for same-day discharges is now
          1500 instead of 1600. If a patient needs home O2 and the order is
          not in by 1400, plan for a next-day discharge or a portable tank
          loaner from Respiratory.
        - Hospital beds and Hoyer lifts are running 3-4 days out. Order as
          soon as PT recommends, even if the discharge date is not final.
        - The DME face-to-face documentation rule still applies: the
          attending has to document the need in a note within 6 months of
          the order. The order alone is not enough.

        7. LENGTH-OF-STAY HUDDLE DATA (aggregate, February to date)
          Avoidable days logged ............. 131
          Top reasons: SNF auth pending (38%), no accepting facility (21%),
          family decision pending (14%), guardianship (9%), transport (6%)
          Observation-to-inpatient conversions: 47
          Discharges before noon: 23% (goal 30%)
        Thank you to everyone who has been logging avoidable days
        consistently - it's the only way we get the extra SW position
        approved in the next budget.

        8. PENDING / SPECIAL HANDLING
        Leland Marchetti (618) - medically cleared after the alcohol
        withdrawal / detox protocol, phenobarbital taper finished Tuesday.
        He's been accepted to the Alderbrook residential rehab program
        pending his insurance auth; he does NOT go on the SNF list, and
        because it's a Part 2 program please keep details out of the
        general placement tracker - use the restricted tab.

        9. GUARDIANSHIP AND DECISION-MAKING FAQ (from Social Work)
        Q: The patient lacks capacity and there is no health care POA.
           Who decides?
        A: Follow the state surrogate hierarchy in policy CM-031 (spouse,
           adult children by majority, parents, adult siblings, close
           friend). Document who was contacted and when.
        Q: Can we start SNF referrals while a guardianship petition is
           pending?
        A: Yes, referrals can go out, but nobody can sign the admission
           paperwork until the emergency guardian is appointed. Flag
           these in the tracker with "GUARD" so the SW lead sees them.
        Q: Does the ethics consult service need to be involved?
        A: Only if there's a conflict between surrogates or with the team.

        10. EDUCATION
        - March 12, 1200-1300: "Medicare Advantage denials and how to use
          peer-to-peer effectively" (Dr. Ansel Willoughby from UM).
        - March 26, 1200-1300: "Discharging to a shelter: what's safe,
          what's legal" with the Hollin County housing navigator.
        Both count for CCM continuing education credit.

        11. DOCUMENTATION
        The IMM (Important Message from Medicare) second notice has to be
        delivered within 2 calendar days of discharge. We had four late ones
        this month. If the discharge moves, re-deliver.

        12. STAFFING
        I'm out 3/3-3/7; Beatrix is covering and has the pager. Weekend CM
        coverage remains one RN CM + one SW on site 0800-1630.

        Have a good weekend,
        Orla

        Orla Pemberton-Sykes, BSN, RN, CCM
        Case Management, St. Odran Regional Medical Center
        (217) 555-0117
        '''))
    return m


# ---------------------------------------------------------------- 070
@reg('phi', 'school-asthma-action-plan',
     'Parent sends school nurse her daughter\'s signed asthma action plan (PDF): inhalers, triggers, dosing before recess')
def m070(c):
    m = new(c, '"Nkechi Barrow-Lyle" <nbarrowlyle@inbox.example.com>',
            '"Lindell Elementary - School Nurse" <nurse@lindell-elem.example.org>',
            'Asthma action plan + inhaler form for Zadie (3rd grade, Ms. Orr)',
            dt('2024-08-26 07:20:09', -5))
    m.set_content(T('''
        Hi Mrs. Delacourt,

        Attached is Zadie's signed asthma action plan from Dr. Pirozhkova and
        the medication authorization form. Quick summary:

        - Albuterol inhaler with spacer, 2 puffs 15 minutes before recess
          and PE, and 2-4 puffs if she's coughing or wheezy.
        - She's on fluticasone every morning and night at home now, so
          you shouldn't need to give anything at school for that.
        - Triggers: cold air, running outside in the fall, and cats (there
          was a class pet last year - please let me know if there's one
          this year).

        I'll drop the inhaler and spacer off at the office on the first day.

        Thanks!
        Nkechi Barrow-Lyle
        (414) 555-0165
        '''))
    pdf = make_pdf([
        'ASTHMA ACTION PLAN', 'Name: Zadie Barrow-Lyle     DOB: 02/14/2016',
        'Provider: Dr. Yelena Pirozhkova, Pinecone Pediatrics',
        '', 'GREEN ZONE - doing well',
        '  Fluticasone HFA 44 mcg, 2 puffs twice daily (home)',
        '  Before exercise: albuterol 2 puffs with spacer',
        '', 'YELLOW ZONE - cough, wheeze, chest tight',
        '  Albuterol 2-4 puffs every 4 hours as needed; call parent',
        '', 'RED ZONE - very short of breath, lips blue, cannot talk',
        '  Albuterol 6 puffs now and CALL 911',
        '', 'Parent signature: N. Barrow-Lyle    Provider signature: Y. Pirozhkova, MD',
    ], 'Asthma Action Plan')
    m.add_attachment(pdf, maintype='application', subtype='pdf',
                     filename='Asthma_Action_Plan_Zadie_Barrow-Lyle.pdf')
    return m


# ---------------------------------------------------------------- 071
@reg('none', 'room-3b-vendor-demo-reply-chain',
     'Admin reply chain booking a conference room for a vendor demo; signatures with phone numbers, no health content')
def m071(c):
    m = new(c, '"Marisa Kettleborough" <mkettle@kestrelmoor.example.org>',
            '"Paolo Fiennes-Adeyemi" <pfiennes@kestrelmoor.example.org>',
            'RE: RE: Room for the scanner vendor demo?',
            dt('2024-09-18 11:02:00', -5),
            extra=[('In-Reply-To', '<room3b-2.pfiennes@kestrelmoor.example.org>'),
                   ('References', '<room3b-1.mkettle@kestrelmoor.example.org> '
                                  '<room3b-2.pfiennes@kestrelmoor.example.org>')])
    a = T('''
        Hi Paolo, do you know if 3B is free on the 26th from 10-12? The
        document scanner vendor wants to do a demo for HIM and registration.
        They need a projector and about 12 chairs.
        Marisa
        ''')
    b = T('''
        3B is booked by Finance until 11. 4A is open all morning and has
        the better projector anyway. Want me to grab 4A 10-12?

        Paolo Fiennes-Adeyemi
        Administrative Coordinator, Facilities Scheduling
        (414) 555-0169
        ''')
    me = T('''
        Yes please, 4A is perfect. I'll send the invite. Thanks!

        Marisa Kettleborough
        Manager, Health Information Management
        Kestrelmoor Health System | (414) 555-0170
        ''')
    m.set_content(me + '\nFrom: Paolo Fiennes-Adeyemi\nSent: Wednesday, September 18, 2024 10:41 AM\n\n'
                  + quote(b) + '>\n> From: Marisa Kettleborough\n> Sent: Wednesday, September 18, 2024 '
                  '9:58 AM\n>\n' + quote(a, '>> '))
    return m


# ---------------------------------------------------------------- 072
@reg('restricted', 'morning-after-then-the-pill',
     'Young woman asks clinic if the morning-after pill still works after 4 days and about starting "the pill" - emergency contraception / contraceptive care')
def m072(c):
    m = new(c, '"Kiana Ruelas" <kruelas02@mail.example.net>',
            '"Fernway Health Center - Patient Messages" <messages@fernway-health.example.org>',
            'question', dt('2025-04-14 23:52:10', -7))
    m.set_content(T('''
        hi, is the morning after pill still ok if its been 4 days? (condom
        broke sat night) and can I get on the pill after, I'd rather not
        keep doing this lol. DOB 06/03/2003, Kiana Ruelas
        '''))
    return m


# ---------------------------------------------------------------- 073
@reg('phi', 'dupilumab-prior-auth-request',
     'Dermatology prior-authorization request for dupilumab for a named member (DOB, member ID): atopic dermatitis, BSA/EASI, failed therapies')
def m073(c):
    p_npi = npi('153208847')
    m = new(c, '"Juniper Dermatology - Prior Auth" <priorauth@juniper-derm.example.com>',
            '"Bluewick Health Plan - Pharmacy PA" <rxpa@bluewick-health.example.com>',
            'PA request - dupilumab 300 mg/2 mL - Member BWK-5528-90316-01',
            dt('2024-10-24 13:58:02', -7))
    m.set_content(T('''
        PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY

        Member:        Sunniva Halloran
        DOB:           10/30/1995
        Member ID:     BWK-5528-90316-01
        Prescriber:    Inés Ferreira-Lund, MD (dermatology), NPI %s
        Drug:          dupilumab 300 mg/2 mL prefilled pen
        Sig:           600 mg SC x1 (loading), then 300 mg SC every 2 weeks
        Qty:           initial 3 pens, then 2 pens/28 days
        Diagnosis:     L20.89 Other atopic dermatitis (moderate-to-severe)

        Clinical summary
        - Atopic dermatitis since childhood, flaring for 18 months.
        - BSA 28%%, EASI 24, IGA 4 at 10/21/2024 visit. Sleep disrupted 5+
          nights/week (itch NRS 8/10).
        - Tried and failed:
            triamcinolone 0.1%% ointment BID x 8 weeks (2023)
            tacrolimus 0.1%% ointment BID x 12 weeks (2024)
            cyclosporine 3 mg/kg/day x 10 weeks (stopped 07/2024 for rising
            BP 152/96 and creatinine 1.3)
        - No contraindications; no history of conjunctivitis or helminth
          infection.

        Chart notes and photos can be faxed on request. Please fax the
        determination to (505) 555-0172.

        Thank you,
        Renata Oyelaran, CPhT - Prior Authorization
        Juniper Dermatology | (505) 555-0173
        ''' % p_npi))
    return m


# ---------------------------------------------------------------- 074
@reg('none', 'lot-c-resurfacing-shuttle',
     'Facilities notice about parking lot resurfacing and shuttle times')
def m074(c):
    m = new(c, '"Facilities & Parking" <parking@stodran.example.org>',
            'All Staff <all-staff@stodran.example.org>',
            'Lot C closed Dec 16-27 for resurfacing - shuttle schedule',
            dt('2024-12-09 10:30:00', -6))
    m.set_content(T('''
        Lot C will be closed from Monday, December 16 through Friday,
        December 27 for resurfacing and re-striping.

        - Day staff: park at the Sycamore Street lot. Shuttles run every
          10 minutes, 0600-0900 and 1800-2000, and every 20 minutes
          otherwise.
        - Night staff: the P2 garage is open to all badges during the
          closure; no hang tag needed.
        - Vehicles left in Lot C after 0500 on 12/16 will be towed at the
          owner's expense.

        Questions: Parking Office, (217) 555-0114
        '''))
    return m


# ---------------------------------------------------------------- 075
@reg('restricted', 'partner-services-chlamydia-result',
     'County sexual health clinic tells a PCP that his named patient (DOB) was a partner of a chlamydia case, tested positive and was treated - STI result')
def m075(c):
    m = new(c, '"Hollin County Sexual Health Clinic - Partner Services" <shc-partners@hollincounty-ph.example.org>',
            '"Benedikt Farrow, MD" <bfarrow@maplecrest-fm.example.org>',
            'Partner services follow-up for your patient D. Quennell (DOB 02/11/1998)',
            dt('2024-11-26 14:22:51', -6))
    m.set_content(T('''
        Dr. Farrow,

        Your patient Desmond Quennell (DOB 02/11/1998) listed you as his
        primary care provider. He was seen at our clinic on 11/21 through
        partner notification services as a named partner of a person with
        laboratory-confirmed chlamydia.

          Chlamydia trachomatis NAAT (urine):   POSITIVE
          Neisseria gonorrhoeae NAAT (urine):   negative
          Syphilis screen (RPR):                nonreactive
          HIV-1/2 Ag/Ab:                        nonreactive

        He was treated on site with doxycycline 100 mg twice daily x 7 days.
        We recommend a retest in 3 months (around late February). He
        agreed to our sharing these results with you.

        Please call our disease intervention specialist line at
        (319) 555-0129 with any questions.

        Rosalyn Adebayo-Finch, DIS
        Hollin County Public Health - Sexual Health Clinic
        '''))
    return m


# ---------------------------------------------------------------- 076
@reg('phi', 'dental-perio-treatment-estimate',
     'Dental office sends a named patient (non-ASCII name) her periodontal treatment plan, pocket depths and insurance estimate')
def m076(c):
    m = new(c, '"Thornbury Dental Group" <frontdesk@thornbury-dental.example.com>',
            '"Oksana Meléndez-Varga" <omelendez@postbox.example.net>',
            'Your treatment plan and estimate – Oksana Meléndez-Varga',
            dt('2024-09-30 12:45:00', -5))
    m.set_content(T('''
        Dear Oksana,

        Thank you for visiting us on 9/26. As Dr. Laramie explained, your
        exam showed gum pockets of 5-6 mm in all four quadrants with
        bleeding on probing, consistent with periodontitis. Below is the
        treatment plan you asked us to send.

          Code    Procedure                               Fee     Ins. est.  You pay
          D4341   Scaling & root planing, UR quadrant     $265    $212       $53
          D4341   Scaling & root planing, UL quadrant     $265    $212       $53
          D4341   Scaling & root planing, LR quadrant     $265    $212       $53
          D4341   Scaling & root planing, LL quadrant     $265    $212       $53
          D4910   Periodontal maintenance (3 months)      $145    $116       $29
                                                   Total  $1,205   $964       $241

        Estimates are based on your Lakeview Dental PPO benefits (subscriber
        ID LKD-004418827) and are not a guarantee of payment.

        We've reserved Tuesday 10/8 at 8:00 AM (upper right and lower right)
        and Tuesday 10/22 at 8:00 AM (left side). Please reply to confirm.

        Thornbury Dental Group | (612) 555-0174
        '''), charset='utf-8')
    return m

# ---------------------------------------------------------------- 077
@reg('phi', 'bounce-dsn-ct-nodule-result',
     'Delivery-failure report (multipart/report) whose returned original message carries a named patient\'s CT chest nodule result and MRN')
def m077(c):
    b = '----=_w4_077_dsn_7f21'
    orig_mid = mid(c, 'kestrelmoor.example.org', salt='orig')
    raw = T('''
        From: "Mail Delivery System" <MAILER-DAEMON@mx2.kestrelmoor.example.org>
        To: "Kestrelmoor Radiology Reading Room"
         <rad-readingroom@kestrelmoor.example.org>
        Subject: Undelivered Mail Returned to Sender
        Date: %(date)s
        Message-ID: %(mid)s
        MIME-Version: 1.0
        Auto-Submitted: auto-replied
        Content-Type: multipart/report; report-type=delivery-status;
         boundary="%(b)s"

        This is a MIME-encapsulated message.

        --%(b)s
        Content-Description: Notification
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host mx2.kestrelmoor.example.org.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <cvance@northfel-cardio.example.com>: Host or domain name not found.
            Name service error for name=northfel-cardio.example.com
            type=MX: Host not found

        --%(b)s
        Content-Description: Delivery report
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx2.kestrelmoor.example.org
        X-Postfix-Queue-ID: 4F1A22C0B7
        Arrival-Date: %(odate)s

        Final-Recipient: rfc822; cvance@northfel-cardio.example.com
        Original-Recipient: rfc822;cvance@northfel-cardio.example.com
        Action: failed
        Status: 5.1.2
        Diagnostic-Code: X-Postfix; Host or domain name not found.

        --%(b)s
        Content-Description: Undelivered Message
        Content-Type: message/rfc822

        From: "Kestrelmoor Radiology Reading Room"
         <rad-readingroom@kestrelmoor.example.org>
        To: <cvance@northfel-cardio.example.com>
        Subject: CT chest result - ASHBY, WENDELL (MRN 3310982)
        Date: %(odate)s
        Message-ID: %(omid)s
        MIME-Version: 1.0
        Content-Type: text/plain; charset=us-ascii
        Content-Transfer-Encoding: 7bit

        Dr. Vance,

        Courtesy copy of the CT chest without contrast performed 03/17 on
        your patient Wendell Ashby, DOB 12/02/1955, MRN 3310982.

        IMPRESSION:
        1. 6 mm solid nodule, right upper lobe (series 3, image 41). In a
           patient with a smoking history, follow-up CT at 6-12 months is
           recommended.
        2. Mild centrilobular emphysema.
        3. Coronary artery calcification.

        Final report is in the chart. Reading room (414) 555-0171.

        --%(b)s--
        ''') % {'b': b, 'date': dt('2025-03-18 08:02:14', -5), 'odate': dt('2025-03-18 08:02:11', -5),
               'mid': mid(c, 'mx2.kestrelmoor.example.org'), 'omid': orig_mid}
    return raw.encode('ascii')


# ---------------------------------------------------------------- 078
@reg('restricted', 'es-carga-viral-subio',
     'Spanish (UTF-8, QP): clinic tells a named patient his HIV viral load rose, resistance test and ART adherence visit')
def m078(c):
    m = new(c, '"Infectología – Clínica Valdeoro" <infectologia@valdeoro.example.mx.test>',
            '"Joaquín Arreola Pérez" <j.arreola@correo.example.mx.test>',
            'Resultados de su análisis del 2 de diciembre',
            dt('2024-12-06 12:10:00', -6))
    m.set_content(T('''
        Estimado Joaquín:

        Le escribimos de parte del Dr. Esteban Quiroga Lind. Su carga viral
        de VIH del 2 de diciembre fue de 1 240 copias/mL. En junio había
        salido indetectable. Su conteo de CD4 se mantiene estable (486
        células/mm³).

        Un aumento así casi siempre se debe a dosis olvidadas o a que el
        medicamento se tomó junto con antiácidos o suplementos de calcio o
        hierro. El doctor quiere verlo antes de su cita de enero para:

          • revisar cómo está tomando bictegravir/emtricitabina/tenofovir
            alafenamida (una tableta al día);
          • repetir la carga viral y hacer una prueba de resistencia
            (genotipo) el mismo día.

        Le apartamos el jueves 12 de diciembre a las 9:00 h. Si no puede
        asistir, llámenos al 55 555 0149. No suspenda el tratamiento.

        Atentamente,
        Enf. Mariana Solís Bergström
        Servicio de Infectología – Clínica Valdeoro
        '''), charset='utf-8', cte='quoted-printable')
    return m


# ---------------------------------------------------------------- 079
@reg('phi', 'marked-secure-test-no-content',
     'Sender tagged the subject [secure] but the body is an empty test; marked messages are at least phi by rule')
def m079(c):
    m = new(c, '"Marcy Olufemi-Strand" <molufemi@meridale-billing.example.net>',
            '"Cassius Redfern" <credfern@meridale-billing.example.net>',
            '[secure] test - pls ignore', dt('2025-01-27 09:01:33', -6))
    m.set_content(T('''
        Testing the secure-send button from my new Outlook profile. Nothing
        in here, just tell me if it came through as an encrypted message.

        Marcy
        '''))
    return m


# ---------------------------------------------------------------- 080
@reg('phi', 'pt-shoulder-first-name-only',
     'Physical therapist writes to a patient (first name only) about her shoulder range of motion and home exercises - addressed to patient about her care')
def m080(c):
    m = new(c, '"Callum Okereke, DPT" <cokereke@oakmere-ortho.example.com>',
            '"Jolene" <jolene.m@inbox.example.net>',
            'your exercises for this week', dt('2025-03-28 17:26:00', -7))
    m.set_content(T('''
        Hi Jolene,

        Great work on Thursday - your shoulder flexion is up to 150 degrees
        from 110 at your eval, and external rotation is finally past 45.

        For this week:
          - keep the wall slides and pendulums daily
          - add red-band external rotation, 3 x 15, elbow tucked on a towel
          - ice 15 min after if it's sore

        If the clicking comes back WITH pain, skip the wall slides and tell
        me Tuesday. See you at 4:15.

        Callum
        Oakmere Orthopedics - Physical Therapy | (505) 555-0142
        '''))
    return m


# ============================================================ header folding
# The stdlib folder sometimes drops the space between two encoded-words and
# sometimes breaks right after "Subject:", so the top-level From/To/Cc/Subject
# are re-folded here with whole-phrase RFC 2047 encoded-words.
from email.utils import getaddresses

_ATEXT = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")
_QSAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def _qchar(ch):
    if ch == ' ':
        return '_'
    if ch in _QSAFE:
        return ch
    return ''.join('=%02X' % b for b in ch.encode('utf-8'))


def _encoded_words(text, first_room, room=75):
    """Split text into utf-8 encoded-words; spaces stay inside the words."""
    nonascii = sum(1 for ch in text if ord(ch) > 127)
    use_b = nonascii > len(text) * 0.3
    words, cur = [], ''
    limit = first_room
    for ch in text:
        trial = cur + ch
        if use_b:
            enc = '=?utf-8?b?' + base64.b64encode(trial.encode('utf-8')).decode() + '?='
        else:
            enc = '=?utf-8?q?' + ''.join(_qchar(x) for x in trial) + '?='
        if len(enc) > limit and cur:
            words.append(cur)
            cur = ch
            limit = room
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if use_b:
            out.append('=?utf-8?b?' + base64.b64encode(w.encode('utf-8')).decode() + '?=')
        else:
            out.append('=?utf-8?q?' + ''.join(_qchar(x) for x in w) + '?=')
    return out


def _fold_tokens(name, tokens, sep_inside=' '):
    """tokens: list of strings that may be joined by a space on one line."""
    lines = []
    cur = name + ':'
    for t in tokens:
        if len(cur) + 1 + len(t) <= 76 or cur == name + ':':
            cur += ' ' + t
        else:
            lines.append(cur)
            cur = ' ' + t
    lines.append(cur)
    return '\r\n'.join(lines)


def fold_text(name, value):
    if all(ord(ch) < 128 for ch in value):
        return _fold_tokens(name, value.split(' '))
    first_room = 76 - len(name) - 2
    ews = _encoded_words(value, first_room)
    return name + ': ' + '\r\n '.join(ews)


def fold_addresses(name, value):
    items = []
    for disp, addr in getaddresses([value]):
        if not disp:
            items.append('<%s>' % addr)
            continue
        if all(ord(ch) < 128 for ch in disp):
            if all(ch in _ATEXT for ch in disp):
                phrase = disp
            else:
                phrase = '"' + disp.replace('\\', '\\\\').replace('"', '\\"') + '"'
            items.append((phrase, addr))
        else:
            q = '=?utf-8?q?' + ''.join(_qchar(x) for x in disp) + '?='
            b = '=?utf-8?b?' + base64.b64encode(disp.encode('utf-8')).decode() + '?='
            ew = min(q, b, key=len)
            room = 76 - len(name) - 2 if not items else 74
            if len(ew) > room:
                raise ValueError('display name too long for one encoded-word: %r' % disp)
            items.append(([ew], addr))
    lines = []
    cur = name + ':'
    for k, it in enumerate(items):
        comma = ',' if k < len(items) - 1 else ''
        if isinstance(it, str):
            toks = [it + comma]
        elif isinstance(it[0], list):
            toks = it[0] + ['<%s>%s' % (it[1], comma)]
        else:
            toks = it[0].split(' ') if not it[0].startswith('"') else [it[0]]
            toks = toks + ['<%s>%s' % (it[1], comma)]
        whole = ' '.join(toks)
        if len(cur) + 1 + len(whole) <= 76:
            cur += ' ' + whole
            continue
        if cur != name + ':' and len(whole) <= 75:
            lines.append(cur)
            cur = ' ' + whole
            continue
        for t in toks:
            if len(cur) + 1 + len(t) <= 76 or cur == name + ':':
                cur += ' ' + t
            else:
                lines.append(cur)
                cur = ' ' + t
    lines.append(cur)
    return '\r\n'.join(lines)


def refold_top_headers(raw, wanted):
    head, sep, body = raw.partition(b'\r\n\r\n')
    fields = []
    for ln in head.split(b'\r\n'):
        if ln[:1] in (b' ', b'\t') and fields:
            fields[-1] += b'\r\n' + ln
        else:
            fields.append(ln)
    out = []
    for f in fields:
        name = f.split(b':', 1)[0].decode('ascii')
        if name in wanted:
            kind, value = wanted[name]
            folded = fold_text(name, value) if kind == 'text' else fold_addresses(name, value)
            out.append(folded.encode('ascii'))
        else:
            out.append(f)
    return b'\r\n'.join(out) + sep + body


# ====================================================================== main
def _strip_sub_mime_version(m):
    for part in m.walk():
        if part is not m and 'MIME-Version' in part and not _is_top_of_embedded(m, part):
            del part['MIME-Version']


def _is_top_of_embedded(root, part):
    for p in root.walk():
        if p.get_content_type() == 'message/rfc822':
            pl = p.get_payload()
            if isinstance(pl, list) and pl and pl[0] is part:
                return True
    return False


def _set_boundaries(m, n):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            h = hashlib.sha1(f'{PREFIX}{n}{i}'.encode()).hexdigest()[:10]
            part.set_boundary(f'----=_Part_{PREFIX}_{n:03d}_{i}_{h}')
            i += 1


def serialize(obj, n):
    if isinstance(obj, bytes):
        raw = obj
    else:
        _strip_sub_mime_version(obj)
        _set_boundaries(obj, n)
        buf = io.BytesIO()
        BytesGenerator(buf, policy=WIRE).flatten(obj)
        raw = buf.getvalue()
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
        raw = refold_top_headers(raw, getattr(obj, '_w4_hdrs', {}))
    raw = raw.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    return raw.replace(b'\n', b'\r\n')


# HL7 payloads use bare CR as segment separator; they are base64 so the
# CRLF normalisation above only touches the transport text.

ALLOWED_DOM = re.compile(r'(^|\.)(example\.(com|org|net))$|\.test$', re.I)
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'https?://([A-Za-z0-9.-]+)')
BAREDOM_RE = re.compile(r'\b((?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|de|fr|mx|jp|us|uk|info|test))\b', re.I)
PHONE_RE = re.compile(r'(?<![\d-])\(?(\d{3})\)?[ .-]{1,2}(\d{3})[ .-](\d{4})(?![\d-])')
LOCAL_PHONE_RE = re.compile(r'555[ -]?(\d{4})')


def _check_text(where, text, problems):
    for rx in (EMAIL_RE, URL_RE, BAREDOM_RE):
        for d in rx.findall(text):
            d = d.rstrip('.')
            if not ALLOWED_DOM.search(d):
                problems.append(f'{where}: non-example domain {d!r}')
    for a, b, last in PHONE_RE.findall(text):
        if not (b == '555' and last.startswith('01')):
            problems.append(f'{where}: phone-like number {a}-{b}-{last}')
    for last in LOCAL_PHONE_RE.findall(text):
        if not last.startswith('01'):
            problems.append(f'{where}: 555 number not in 01xx range: 555-{last}')


def validate(path):
    problems = []
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    if len(raw) >= 200_000:
        problems.append('file too large')
    if b'\n' in raw.replace(b'\r\n', b'') or b'\r' in raw.replace(b'\r\n', b''):
        problems.append('bare CR or LF')
    try:
        raw.decode('ascii')
    except UnicodeDecodeError:
        problems.append('non-ASCII byte on the wire')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            problems.append('line > 998')
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if len(msg.get_all(h) or []) != 1:
            problems.append(f'header {h} missing or repeated')
    texts = []
    for k, v in msg.items():
        if getattr(v, 'defects', None):
            problems.append(f'header {k} defects {v.defects}')
        texts.append(str(v))
    # check raw header lines for encoded words where needed
    hdr_block = raw.split(b'\r\n\r\n', 1)[0]
    for ln in hdr_block.split(b'\r\n'):
        if len(ln) > 78:
            problems.append(f'header line > 78: {ln[:40]!r}')
    nparts = 0
    for part in msg.walk():
        nparts += 1
        if part.defects:
            problems.append(f'part {part.get_content_type()} defects {part.defects}')
        for k, v in part.items():
            if getattr(v, 'defects', None):
                problems.append(f'part header {k} defects {v.defects}')
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        cte = str(part.get('Content-Transfer-Encoding', '7bit')).lower()
        payload = part.get_payload(decode=False)
        if isinstance(payload, str) and cte in ('base64', 'quoted-printable'):
            for ln in payload.splitlines():
                if len(ln) > 76:
                    problems.append(f'{ctype}: encoded line > 76 ({len(ln)})')
                    break
        if cte == 'base64':
            try:
                base64.b64decode(''.join(payload.split()), validate=True)
            except Exception as e:
                problems.append(f'{ctype}: bad base64 {e}')
        data = part.get_payload(decode=True)
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset('us-ascii')
            try:
                t = data.decode(cs)
                if ctype == 'text/calendar':
                    t = re.sub(r'\r?\n[ \t]', '', t)   # RFC 5545 unfolding
            except Exception as e:
                problems.append(f'{ctype}: charset {cs} does not decode: {e}')
                t = ''
            texts.append(t)
        elif ctype in ('application/json', 'application/fhir+json', 'application/hl7-v2'):
            texts.append(data.decode('utf-8'))
        try:
            part.get_content()
        except Exception as e:
            problems.append(f'{ctype}: get_content failed {e}')
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        if ctype == 'application/pdf':
            if not (data.startswith(b'%PDF-') and data.rstrip().endswith(b'%%EOF')):
                problems.append('pdf malformed')
            texts.append(data.decode('latin-1'))
        if ctype == 'image/png' and not data.startswith(b'\x89PNG\r\n\x1a\n'):
            problems.append('png malformed')
    for t in texts:
        _check_text(name, t, problems)
    return problems, nparts


def main():
    for lab in LABELS:
        os.makedirs(os.path.join(OUT, lab), exist_ok=True)
        for old in glob.glob(os.path.join(OUT, lab, f'{PREFIX}-*.eml')):
            os.remove(old)
    tsv = []
    written = []
    for n, (label, slug, reason, fn) in enumerate(REG, 1):
        c = Ctx(n, slug)
        obj = fn(c)
        raw = serialize(obj, n)
        if not isinstance(obj, bytes):
            chk = BytesParser(policy=policy.default).parsebytes(raw)
            for hn, (kind, val) in obj._w4_hdrs.items():
                got = str(chk[hn])
                if kind == 'text' and got != val:
                    print(f'{n:03d} {hn} round-trip mismatch: {got!r} != {val!r}')
                if kind == 'addr':
                    from email.utils import getaddresses as _ga
                    if _ga([got]) != _ga([val]):
                        print(f'{n:03d} {hn} round-trip mismatch: {got!r} != {val!r}')
        fname = f'{PREFIX}-{n:03d}-{slug}.eml'
        path = os.path.join(OUT, label, fname)
        with open(path, 'wb') as f:
            f.write(raw)
        written.append(path)
        tsv.append(f'{label}/{fname}\t{label}\t{reason}\n')
    with open(os.path.join(OUT, f'labels-{PREFIX}.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.writelines(tsv)
    bad = 0
    for p in written:
        problems, _ = validate(p)
        if problems:
            bad += 1
            print(os.path.basename(p))
            for pr in problems:
                print('   ', pr)
    counts = {lab: sum(1 for r in REG if r[0] == lab) for lab in LABELS}
    traps = sum(1 for r in REG if r[1].startswith('trap-'))
    print(f'wrote {len(written)} files: {counts}, traps={traps}; files with problems: {bad}')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
