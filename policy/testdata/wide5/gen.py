#!/usr/bin/env python3
"""Generator and checker for the wide5 sensitivity corpus.

Python 3 standard library only, deterministic.

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only parse and verify what is on disk

Every message is written out by hand below (one function per message).
All people, organisations, addresses, numbers and identifiers are invented.
"""
import base64
import csv
import datetime
import hashlib
import io
import json
import os
import quopri
import random
import re
import sys
import textwrap
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ('none', 'phi', 'restricted')
EXPECT = {'none': 130, 'phi': 45, 'restricted': 25}
SEED = 20261205
MAX_SIZE = 200 * 1024
CRLF = b'\r\n'
SOFT = '\x1e'   # marker: force a quoted-printable soft line break here

SPECS = []
_CUR = {'slug': None, 'nb': 0}


def msg(label, slug, reason, family, lang='en'):
    """Register one message. label is its directory; reason goes to labels.tsv."""
    def deco(fn):
        SPECS.append(dict(label=label, slug=slug, reason=reason,
                          family=family, lang=lang, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------- identifiers

def luhn_digit(payload):
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
    """A 10-digit NPI whose check digit is valid (Luhn with the 80840 prefix)."""
    assert len(base9) == 9 and base9.isdigit()
    return base9 + luhn_digit('80840' + base9)


def npi_ok(n):
    return len(n) == 10 and n.isdigit() and luhn_digit('80840' + n[:9]) == n[9]


def dea(letters, six):
    """A DEA registration number with a valid check digit."""
    d = [int(c) for c in six]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(c)


def dea_ok(s):
    if not re.fullmatch(r'[A-Z]{2}\d{7}', s):
        return False
    return dea(s[:2], s[2:8]) == s


MBI_RE = re.compile(r'[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]'
                    r'[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]'
                    r'[AC-HJKMNP-RT-Y]{2}[0-9]{2}')


def mbi(s):
    assert MBI_RE.fullmatch(s), s
    return s


# ---------------------------------------------------------------- headers

def D(month, day, hh=9, mm=0, tz='-0500', year=2026):
    dt = datetime.datetime(year, month, day, hh, mm)
    sign = 1 if tz[0] == '+' else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    dt = dt.replace(tzinfo=datetime.timezone(off))
    return dt.strftime('%a, %d %b %Y %H:%M:%S ') + tz


def _is_ascii(s):
    return all(ord(c) < 128 for c in s)


def _ew1(s, cs, enc):
    b = globals()['enc'](s, cs)
    if enc == 'B':
        return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode('ascii'))
    out = []
    for x in b:
        c = chr(x)
        if c.isalnum() and x < 128 or c in '!*+-/':
            out.append(c)
        elif c == ' ':
            out.append('_')
        else:
            out.append('=%02X' % x)
    return '=?%s?Q?%s?=' % (cs, ''.join(out))


def ew(s, cs='utf-8', enc='B'):
    """RFC 2047 encoded words (folded) for a header value; ASCII is left as is."""
    if _is_ascii(s):
        return s
    words, cur = [], ''
    for ch in s:
        trial = cur + ch
        if cur and len(_ew1(trial, cs, enc)) > 70:
            words.append(_ew1(cur, cs, enc))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(_ew1(cur, cs, enc))
    return '\r\n '.join(words)


def A(name, address=None, cs='utf-8', enc='B'):
    """Format one address. A('Name', 'a@b') or A('a@b')."""
    if address is None:
        return name
    if not name:
        return address
    if _is_ascii(name):
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            name = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        return '%s <%s>' % (name, address)
    return '%s <%s>' % (ew(name, cs, enc), address)


# ---------------------------------------------------------------- bodies

_PUNCT = {'\u2013': '-', '\u2014': '-', '\u201c': '"', '\u201d': '"', '\u201e': '"',
          '\u2018': "'", '\u2019': "'", '\u2022': '*', '\u2026': '...', '\u00a0': ' '}


def enc(s, cs):
    """Encode s in charset cs; punctuation the charset lacks becomes ASCII."""
    try:
        return s.encode(cs)
    except UnicodeEncodeError:
        out = []
        for ch in s:
            try:
                ch.encode(cs)
                out.append(ch)
            except UnicodeEncodeError:
                out.append(_PUNCT[ch] if ch in _PUNCT else ch)
        return ''.join(out).encode(cs)


def norm(text):
    text = textwrap.dedent(text)
    text = text.replace('\r\n', '\n').strip('\n') + '\n'
    return text


def qp_encode(data):
    """Quoted-printable, lines <= 76, CRLF; byte 0x1e forces a soft break."""
    out = []
    for line in data.split(b'\n'):
        toks = []
        for b in line:
            if b == 0x1e:
                toks.append(None)
            elif (33 <= b <= 126 and b != 61) or b in (32, 9):
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        for i in range(len(toks) - 1, -1, -1):
            if toks[i] is None:
                continue
            if toks[i] == ' ':
                toks[i] = '=20'
            elif toks[i] == '\t':
                toks[i] = '=09'
            break
        cur = ''
        for t in toks:
            if t is None:
                if cur:
                    out.append(cur + '=')
                    cur = ''
                continue
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = t
            else:
                cur += t
        out.append(cur)
    return '\r\n'.join(out).encode('ascii')


def b64_encode(data):
    return base64.encodebytes(data).replace(b'\n', b'\r\n')


def to_crlf(data):
    data = data.replace(b'\r\n', b'\n')
    return data.replace(b'\n', b'\r\n')


def _param(k, v):
    if _is_ascii(v):
        return '%s="%s"' % (k, v)
    from urllib.parse import quote
    return "%s*=utf-8''%s" % (k, quote(v.encode('utf-8'), safe=''))


class Leaf:
    def __init__(self, ctype, data, params=(), cte='7bit', disp=None,
                 filename=None, extra=(), text=False):
        self.ctype, self.data, self.params = ctype, data, list(params)
        self.cte, self.disp, self.filename = cte, disp, filename
        self.extra, self.text = list(extra), text

    def render(self):
        ct = self.ctype
        ps = list(self.params)
        if self.filename and self.disp != 'inline-noname':
            ps.append(('name', self.filename))
        for k, v in ps:
            ct += ';\r\n ' + _param(k, v)
        h = ['Content-Type: ' + ct, 'Content-Transfer-Encoding: ' + self.cte]
        if self.disp and self.disp != 'inline-noname':
            d = self.disp
            if self.filename:
                d += ';\r\n ' + _param('filename', self.filename)
            h.append('Content-Disposition: ' + d)
        h.extend(self.extra)
        data = self.data
        if self.cte == 'base64':
            body = b64_encode(to_crlf(data) if self.text else data)
        elif self.cte == 'quoted-printable':
            body = qp_encode(data.replace(b'\r\n', b'\n'))
        else:
            body = to_crlf(data.replace(SOFT.encode(), b''))
        return h, body


class Multi:
    def __init__(self, sub, parts, params=(), extra=()):
        self.sub, self.parts, self.params, self.extra = sub, parts, list(params), list(extra)

    def render(self):
        _CUR['nb'] += 1
        tag = hashlib.sha1(('%s/%d' % (_CUR['slug'], _CUR['nb'])).encode()).hexdigest()[:16]
        bnd = '=_w5_%d_%s' % (_CUR['nb'], tag)
        ct = 'multipart/%s;\r\n boundary="%s"' % (self.sub, bnd)
        for k, v in self.params:
            ct += ';\r\n ' + _param(k, v)
        h = ['Content-Type: ' + ct] + self.extra
        body = b'This is a multi-part message in MIME format.\r\n\r\n'
        for p in self.parts:
            ph, pb = p.render()
            body += b'--' + bnd.encode() + CRLF
            body += '\r\n'.join(ph).encode('ascii') + CRLF + CRLF + pb
            if not pb.endswith(CRLF):
                body += CRLF
        body += b'--' + bnd.encode() + b'--' + CRLF
        return h, body


def _auto_cte(data):
    if all(b < 128 for b in data.replace(SOFT.encode(), b'')):
        cte = '7bit'
    else:
        cte = '8bit'
    if max(len(x) for x in data.split(b'\n')) > 900:
        cte = 'quoted-printable'
    return cte


def T(text, sub='plain', cs='utf-8', cte=None, extra_params=()):
    text = norm(text)
    data = enc(text, cs)
    if cte is None:
        cte = _auto_cte(data)
    if cte != 'quoted-printable':
        data = data.replace(SOFT.encode(), b'')
    return Leaf('text/' + sub, data, [('charset', cs)] + list(extra_params), cte, text=True)


def H(html, cs='utf-8', cte=None):
    return T(html, 'html', cs, cte)


def ALT(plain, html, cs='utf-8', cte=None, hcte=None):
    return Multi('alternative', [T(plain, 'plain', cs, cte), H(html, cs, hcte or cte)])


def MIX(*parts):
    return Multi('mixed', list(parts))


def ATT(data, ctype, filename, cte=None, cs='utf-8', disp='attachment'):
    text = ctype.startswith('text/') or ctype in ('application/json', 'application/xml')
    params = []
    if isinstance(data, str):
        data = enc(data, cs)
        if text:
            params.append(('charset', cs))
    if cte is None:
        cte = 'base64' if not ctype.startswith('text/') else _auto_cte(data)
    return Leaf(ctype, data, params, cte, disp=disp, filename=filename,
                text=ctype.startswith('text/'))


def RFC822(msgbytes, filename=None):
    cte = '7bit' if all(b < 128 for b in msgbytes) else '8bit'
    return Leaf('message/rfc822', msgbytes, (), cte,
                disp='attachment' if filename else 'inline', filename=filename)


def csv_text(rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics(events, method='REQUEST', prodid='-//Example Org//Calendar 4.2//EN'):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + prodid, 'METHOD:' + method,
             'CALSCALE:GREGORIAN']
    for ev in events:
        lines.append('BEGIN:VEVENT')
        for k, v in ev:
            lines.append('%s:%s' % (k, v))
        lines.append('END:VEVENT')
    lines.append('END:VCALENDAR')
    out = []
    for l in lines:       # fold at 73 octets
        b = l.encode('utf-8')
        while len(b) > 73:
            cut = 73
            while cut > 0 and (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut].decode('utf-8'))
            b = b' ' + b[cut:]
        out.append(b.decode('utf-8'))
    return '\r\n'.join(out) + '\r\n'


def _pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, flate=False, title='Document'):
    """A minimal one-page PDF, Helvetica text, exact xref offsets."""
    content = 'BT\n/F1 10 Tf\n50 760 Td\n13 TL\n'
    for l in lines:
        content += '(%s) Tj T*\n' % _pdf_esc(l)
    content += 'ET\n'
    stream = content.encode('latin-1')
    filt = b''
    if flate:
        stream = zlib.compress(stream, 9)
        filt = b' /Filter /FlateDecode'
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
        b'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Length %d%s >>\nstream\n' % (len(stream), filt) + stream + b'\nendstream',
        ('<< /Title (%s) /Producer (wide5 gen.py) >>' % _pdf_esc(title)).encode('latin-1'),
    ]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, len(objs), xref))
    return out


PNG_1x1 = base64.b64decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==')


def mk(frm, to, subj, date, body, cc=None, extra=(), subj_cs='utf-8', subj_enc='B',
       mid_domain=None, reply_to=None, mid_tag=''):
    """Assemble one RFC 5322 message; returns bytes with CRLF line endings."""
    if isinstance(to, (list, tuple)):
        to = ',\r\n '.join(to)
    dom = mid_domain or re.search(r'@([A-Za-z0-9.-]+)', frm).group(1)
    mid = '<%s.%s@%s>' % (hashlib.sha1((_CUR['slug'] + mid_tag).encode()).hexdigest()[:12],
                          _CUR['slug'][:24], dom)
    h = ['From: ' + frm, 'To: ' + to]
    if cc:
        h.append('Cc: ' + cc)
    if reply_to:
        h.append('Reply-To: ' + reply_to)
    h += ['Subject: ' + ew(subj, subj_cs, subj_enc), 'Date: ' + date,
          'Message-ID: ' + mid, 'MIME-Version: 1.0']
    h += list(extra)
    bh, bb = body.render()
    return '\r\n'.join(h + bh).encode('ascii') + CRLF + CRLF + bb



# ================================================================ messages
# Family: device, biomedical engineering and laboratory operations

RB = 'riverbend-health.example.org'


@msg('none', 'trap-infusion-pump-firmware-ticket',
     'vendor support ticket: pump serial numbers, firmware and alarm codes; no patient',
     'medical-device tech support ticket')
def _():
    body = T('''
    Case 00418862 has been updated by Halvorsen Technical Support.

    Product:        Halvorsen LVP-7 large-volume infusion pump
    Serial numbers: LVP7-22K-00\x1e4417, LVP7-22K-004\x1e432, LVP7-23A-000918
    Firmware:       4.2.1 (build 4211-R) -> target 4.3.0
    Drug library:   RB_ADULT_2026Q4 v17

    Summary
    Your biomed team reported intermittent "E-417 DOWNSTREAM OCCLUSION" alarms
    with no occlusion present, and "E-022 AIR-IN-LINE" on channel B after a
    secondary (piggyback) infusion completes. Logs pulled from the three
    units show the pressure transducer offset drifting past 38 mmHg after
    roughly 2,000 hours. This matches field notice FN-2026-031.

    Action
    1. Install firmware 4.3.0 using the service cable and PumpLink 6.
    2. Run transducer auto-zero (Service menu > Sensors > Zero, code 7410).
    3. Return any unit that fails the 300 mmHg occlusion test (RMA form
       attached to the field notice).

    No patient information was included in the logs you sent, and none is
    needed to close this case. Please do not attach screenshots of the
    clinical screen.

    Reply above this line to update the case.
    Halvorsen Infusion Systems | support@halvorsen-infusion.example.com | 1-800-555-0134
    ''', cte='quoted-printable')
    return mk(A('Halvorsen Support', 'support@halvorsen-infusion.example.com'),
              A('Biomed Shop', 'biomed@' + RB),
              'Case 00418862 updated: E-417 downstream occlusion alarms (LVP-7)',
              D(11, 3, 10, 12), body)


@msg('phi', 'ticket-screenshot-filename-names-patient',
     'support ticket looks routine but the screenshot file name carries a patient name, MRN and diagnosis',
     'mirror: medical-device tech support ticket')
def _():
    body = MIX(T('''
    Hi team,

    Another one of the frozen screens on the 4 West pump, SN LVP7-22K-004417.
    It locked up during programming and we had to swap pumps. Screenshot
    attached. Can you tell us whether this is the same firmware issue as
    case 00418862?

    Thanks,
    Corinne Vasquez, RN
    4 West Charge Nurse, ext. 0147
    '''), ATT(PNG_1x1, 'image/png',
              'Screenshot_Delacroix_Yvonne_MRN5528194_pulmonary_embolism_heparin_drip.png'))
    return mk(A('Corinne Vasquez', 'c.vasquez@' + RB),
              A('Halvorsen Support', 'support@halvorsen-infusion.example.com'),
              'RE: Case 00418862 - pump screen froze again', D(11, 4, 2, 41), body)


@msg('none', 'trap-ventilator-support-case-fr',
     'French vendor support case on ventilator error codes and serial numbers; no patient',
     'medical-device tech support ticket', 'fr')
def _():
    body = T('''
    Bonjour,

    Suite à votre signalement du 2 novembre, voici le compte rendu de
    l'intervention sur le ventilateur de réanimation.

    Appareil : Aérolis VX-500, numéro de série VX5-2019-11873
    Version logicielle : 3.8.2 ; heures de fonctionnement : 31 412
    Code d'erreur : 0x2C41 « Défaut capteur de débit expiratoire »
    Cause : cellule de débit encrassée, joint torique fissuré
    Pièces remplacées : cellule de débit réf. 40-1127, kit joints réf. 40-0033
    Tests : auto-test complet réussi, fuite < 50 ml/min, alarmes vérifiées

    L'appareil peut être remis en service. Le rapport d'intervention signé
    est disponible sur le portail client (dossier SAV-2026-07731).

    Cordialement,
    Hélène Moreau
    Technicienne de maintenance biomédicale
    Aérolis Santé - service après-vente
    01 55 50 01 22
    ''', cs='iso-8859-1')
    return mk(A('Hélène Moreau', 'sav@aerolis-sante.fr.test', 'iso-8859-1', 'Q'),
              A('Service biomédical', 'biomed@chu-val-de-loire.fr.test'),
              'Intervention SAV-2026-07731 - ventilateur VX-500 n° VX5-2019-11873',
              D(11, 5, 15, 3, '+0100'), body, subj_cs='iso-8859-1', subj_enc='Q')


@msg('none', 'trap-biomed-pm-schedule-csv',
     'biomedical engineering preventive-maintenance schedule (asset tags, rooms); no patient',
     'biomedical engineering work orders')
def _():
    rows = [['asset_tag', 'device', 'model', 'serial', 'location', 'pm_due', 'last_result']]
    devs = [('Defibrillator', 'Zephyr D3', 'ZD3'), ('Patient monitor', 'Orion M12', 'OM12'),
            ('Infusion pump', 'Halvorsen LVP-7', 'LVP7'), ('ECG cart', 'CardiaLine 12', 'CL12'),
            ('Suction regulator', 'VacuPro 2', 'VP2'), ('Bladder scanner', 'UroView 5', 'UV5')]
    locs = ['ED Bay 4', 'ICU 3N-07', '5W Oncology 4', 'L&D Triage 2', 'Psych 2 Seclusion Hall',
            'Cath Lab 1', 'Endoscopy 3', 'Dialysis Chair 11']
    for i in range(24):
        d = devs[i % len(devs)]
        rows.append(['BME-%05d' % (31200 + i * 7), d[0], d[1], '%s-%06d' % (d[2], 104400 + i * 37),
                     locs[i % len(locs)], '2026-12-%02d' % (1 + i), 'PASS' if i % 5 else 'PASS w/ note'])
    body = MIX(T('''
    All,

    Attached is the December preventive maintenance list for the clinical
    floors. Please make the devices available on the due date; we will tag
    anything we pull with a yellow "OUT FOR PM" tag and leave a loaner.

    Defibrillators get the 30 J / 200 J discharge test and pad expiry check.
    Monitors get NIBP accuracy and SpO2 simulator checks. Nothing on this
    list is tied to a patient.

    Dale Okonkwo, CBET
    Clinical Engineering, ext. 0162
    '''), ATT(csv_text(rows), 'text/csv', 'PM_schedule_Dec2026.csv'))
    return mk(A('Dale Okonkwo', 'd.okonkwo@' + RB), A('Nurse Managers', 'nurse-managers@' + RB),
              'December PM schedule - defibs, monitors, pumps', D(11, 24, 8, 30), body)


@msg('phi', 'biomed-work-order-pump-pulled-from-patient',
     'biomed work order records the named patient, bed and interrupted heparin infusion',
     'mirror: biomedical engineering work orders')
def _():
    body = T('''
    WORK ORDER WO-2026-118204          Priority: URGENT (device quarantine)
    Asset: BME-31207  Halvorsen LVP-7  SN LVP7-22K-004432
    Location: 4 West, room 412 bed B

    Problem reported by: Tomasz Wierzbicki RN, 11/18 03:20
    Pump alarmed E-417 repeatedly and stopped while running heparin
    25,000 units/250 mL at 18 mL/h for patient Harold Jeffries
    (MRN 30077415, DOB 02/14/1951), being treated for a left leg DVT.
    Infusion was off for about 40 minutes before a new pump was hung.
    aPTT was redrawn at 04:30 per protocol; pharmacy notified.

    Device bagged and tagged, event log downloaded (file WO118204.log).
    Safety event report #SE-44190 filed. Hold for vendor review.
    ''')
    return mk(A('CMMS Notifications', 'cmms-noreply@' + RB), A('Biomed Shop', 'biomed@' + RB),
              'WO-2026-118204 URGENT quarantine LVP-7 SN LVP7-22K-004432', D(11, 18, 3, 58), body)


@msg('none', 'trap-biomed-work-order-ecg-de',
     'German biomed work order for an ECG device (serials, electrodes, safety test); no patient',
     'biomedical engineering work orders', 'de')
def _():
    body = T('''
    Arbeitsauftrag Nr. 2026-4471 – Medizintechnik

    Gerät:        12-Kanal-EKG CardiaLine 12, Seriennr. CL12-0088213
    Standort:     Station Kardiologie 3, Funktionsraum 2
    Meldung:      „Elektrode V4 ab“ wird dauerhaft angezeigt, obwohl alle
                  Elektroden angeschlossen sind.

    Befund:       Patientenkabel (10-adrig) an Ader V4 gebrochen.
    Maßnahme:     Patientenkabel ersetzt (Art.-Nr. 700-1044), STK nach
                  MPBetreibV durchgeführt, elektrische Sicherheitsprüfung
                  nach DIN EN 62353 bestanden (Ableitstrom 12 µA).
    Nächste STK:  11/2027

    Das Gerät ist wieder einsatzbereit. Es wurden keine Patientendaten auf
    dem Gerät gespeichert oder ausgelesen.

    Mit freundlichen Grüßen
    Jürgen Täubner
    Medizintechnik, Klinikum Süderelbe
    Tel. 040 555-0131
    ''', cte='quoted-printable')
    return mk(A('Jürgen Täubner', 'medizintechnik@klinikum-suederelbe.de.test'),
              A('Station Kardiologie 3', 'kardio3@klinikum-suederelbe.de.test'),
              'Arbeitsauftrag 2026-4471 erledigt – EKG CardiaLine 12 (Elektrode V4)',
              D(11, 6, 13, 20, '+0100'), body)


@msg('none', 'trap-levey-jennings-qc-pdf',
     'analyzer QC report (control lots, Westgard rules, Levey-Jennings stats); control material only',
     'lab instrument QC and calibration')
def _():
    lines = ['Meridian Clinical Laboratory - Chemistry QC Summary, November 2026',
             'Analyzer: Veltrix C900  SN C9-44012   Reviewer: QC Coordinator',
             '',
             'Analyte     Control        Lot      Target   SD     Mean   CV%   Rule flags',
             'Potassium   Level 1        K1-6631  3.60     0.06   3.62   1.7   none',
             'Potassium   Level 2        K2-6632  6.20     0.09   6.31   1.6   1-3s on 11/12 (rejected run)',
             'Glucose     Level 1        G1-7710  92       2.1    91.4   2.3   none',
             'Glucose     Level 2        G2-7711  301      5.8    303.2  1.9   2-2s 11/20-11/21',
             'HbA1c       Low            A1-0409  5.4      0.10   5.41   1.8   none',
             'HbA1c       High           A2-0410  9.8      0.16   9.77   1.6   none',
             'Troponin I  Level 3        T3-2208  1.850    0.061  1.862  3.3   10x trend (shift)',
             '',
             'Corrective actions: K level 2 - electrode replaced 11/12, QC repeated, in range.',
             'Glucose level 2 - recalibrated with cal lot GC-5530; patient runs held 42 min.',
             'Troponin - new reagent lot R-9917 put in use 11/24; peer data pending.',
             'These values are control materials. No patient results are reported here.']
    body = MIX(T('''
    Attached is the November chemistry QC summary for the medical director's
    sign-off. Levey-Jennings charts are in the LIS under QC > Monthly.
    Two rule violations this month, both with documented corrective action.

    Priya Raman, MLS(ASCP)
    QC Coordinator, Meridian Clinical Laboratory
    '''), ATT(pdf(lines, title='Chemistry QC November 2026'), 'application/pdf',
              'Chem_QC_Summary_2026-11.pdf'))
    return mk(A('Priya Raman', 'p.raman@lab.' + RB), A('Dr. Anselm Ruiz', 'a.ruiz@lab.' + RB),
              'November chemistry QC summary for sign-off', D(12, 1, 7, 45), body)


@msg('phi', 'qc-summary-with-patient-repeat',
     'QC e-mail that also names a patient, MRN and a critical potassium to redraw',
     'mirror: lab instrument QC and calibration')
def _():
    body = T('''
    QC on the C900 is back in after the level 2 potassium 1-3s failure
    (lot K2-6632). Electrode replaced, repeat QC in range.

    One thing to chase: the held run included a sample for OKAFOR, GRACE
    (MRN 41250378) with potassium 6.8 mmol/L, grossly hemolyzed. I called
    2 South at 06:10 and asked for a redraw. Please confirm the new value
    gets called to Dr. Lindqvist before the 08:00 dialysis start.

    Priya
    ''')
    return mk(A('Priya Raman', 'p.raman@lab.' + RB), A('Chemistry Bench', 'chem-bench@lab.' + RB),
              'RE: K level 2 QC failure - back in control', D(11, 12, 6, 22), body)


@msg('none', 'trap-calibration-verification-csv',
     'calibration verification / AMR data on assay standards; no patient results',
     'lab instrument QC and calibration')
def _():
    rows = [['assay', 'level', 'assigned', 'recovered_1', 'recovered_2', 'mean', 'pct_recovery', 'pass']]
    data = [('Creatinine mg/dL', [0.4, 2.0, 6.0, 12.0, 20.0]), ('ALT U/L', [15, 120, 400, 800, 1200]),
            ('TSH mIU/L', [0.05, 1.5, 10, 50, 95]), ('Lithium mmol/L', [0.2, 0.8, 1.5, 2.5, 3.8]),
            ('hCG mIU/mL', [5, 100, 1000, 5000, 10000])]
    for name, levels in data:
        for i, v in enumerate(levels):
            r1 = round(v * (1 + 0.01 * ((i % 3) - 1)), 3)
            r2 = round(v * (1 + 0.005 * ((i % 2) * 2 - 1)), 3)
            mean = round((r1 + r2) / 2, 3)
            rows.append([name, 'CV%d' % (i + 1), v, r1, r2, mean, '%.1f' % (100 * mean / v), 'Y'])
    body = MIX(T('''
    Semi-annual calibration verification for the immunoassay and chemistry
    lines is complete. All five levels recovered within +/-10% for every
    assay listed; reportable ranges unchanged. Materials: CalVer kit lots
    CV-2291 (chemistry) and CV-3310 (immunoassay).

    Raw data attached for the CAP binder.

    Luis Fernández, Lead Technologist
    '''), ATT(csv_text(rows), 'text/csv', 'calver_2026H2.csv'))
    return mk(A('Luis Fernandez', 'l.fernandez@lab.' + RB), A('Lab QA', 'lab-qa@lab.' + RB),
              'CalVer / AMR 2026 H2 complete - creatinine, ALT, TSH, lithium, hCG',
              D(11, 20, 16, 5), body)


@msg('none', 'trap-qc-report-sjis-ja',
     'Japanese (Shift_JIS) lab QC notice with control lot data; no patient',
     'lab instrument QC and calibration', 'ja')
def _():
    rows = [['項目', '管理試料', 'ロット', '目標値', 'SD', '平均', '判定']]
    for a, lot, t, sd, mean, j in [('AST', 'L1-5520', '32', '1.5', '32.4', '適合'),
                                   ('AST', 'L2-5521', '210', '6.0', '212.8', '適合'),
                                   ('CRP', 'C1-0831', '0.45', '0.03', '0.47', '適合'),
                                   ('CRP', 'C2-0832', '8.20', '0.25', '8.91', '2-2s 警告'),
                                   ('HbA1c', 'H1-1104', '5.6', '0.1', '5.6', '適合')]:
        rows.append([a, lot[:2], lot, t, sd, mean, j])
    body = MIX(T('''
    検査科 各位

    11月分の生化学精度管理結果をお送りします。
    CRP 管理試料レベル2で 2-2s の警告が出ました。試薬ロット R-7731 から
    R-7802 への切り替えに伴うシフトと考えられ、再キャリブレーション後は
    管理範囲内に戻っています。

    これは管理試料の結果であり、患者検体のデータは含まれていません。

    精度管理担当　山本 恵子
    内線 0155
    ''', cs='shift_jis'), ATT(csv_text(rows), 'text/csv', 'qc_2026_11.csv', cs='shift_jis'))
    return mk(A('山本 恵子', 'qc@kensa.sakuragaoka-hp.jp.test', 'iso-2022-jp'),
              A('検査科', 'kensa-all@sakuragaoka-hp.jp.test', 'iso-2022-jp'),
              '【精度管理】11月分 生化学 QC 結果（CRP レベル2 警告）',
              D(12, 2, 17, 30, '+0900'), body, subj_cs='iso-2022-jp')


@msg('none', 'trap-reagent-backorder-html',
     'distributor backorder notice for reagents (catalog numbers, allocations); no patient',
     'reagent and supply backorders')
def _():
    html = '''
    <html><body style="font-family:Arial,sans-serif">
    <h2>Brightline Lab Supply &ndash; Backorder Notice</h2>
    <p>Account <b>RB-004471</b> (Riverbend Health, Central Receiving). The following
    items on PO <b>4500228819</b> are on manufacturer allocation:</p>
    <table border="1" cellpadding="4" cellspacing="0">
    <tr><th>Catalog #</th><th>Description</th><th>Ordered</th><th>Shipped</th><th>Est. ship</th></tr>
    <tr><td>VX-A1C-200</td><td>HbA1c reagent pack, 200 tests</td><td>12</td><td>4</td><td>01/09/2027</td></tr>
    <tr><td>VX-TNI-100</td><td>High-sensitivity troponin I cartridge</td><td>20</td><td>20</td><td>shipped</td></tr>
    <tr><td>BC-AER-50</td><td>Blood culture bottles, aerobic, 50/cs</td><td>30</td><td>10</td><td>12/18/2026</td></tr>
    <tr><td>UA-STRIP-10</td><td>Urinalysis strips, 10-parameter</td><td>40</td><td>0</td><td>TBD</td></tr>
    <tr><td>GLU-CTRL-2</td><td>Glucose meter control solution, L1/L2</td><td>25</td><td>25</td><td>shipped</td></tr>
    </table>
    <p>Suggested substitute for BC-AER-50: BC-AER-50P (plastic). Reply to this
    notice to accept the substitution.</p>
    <p style="font-size:11px;color:#666">Brightline Lab Supply, 400 Commerce Way,
    Ashford, OH 45000 &middot; orders@brightline-supply.example.com &middot; 1-800-555-0119</p>
    </body></html>
    '''
    return mk(A('Brightline Order Desk', 'orders@brightline-supply.example.com'),
              A('Central Receiving', 'receiving@' + RB),
              'Backorder notice - PO 4500228819 (HbA1c packs, blood culture bottles)',
              D(12, 3, 11, 2), H(html))


@msg('none', 'trap-reagent-backorder-es',
     'Spanish (windows-1252) supply backorder for glucose strips and insulin syringes; no patient',
     'reagent and supply backorders', 'es')
def _():
    body = T('''
    Estimado cliente:

    Le informamos que los siguientes artículos de su pedido n.º PV-2026-33871
    quedan pendientes por falta de existencias del fabricante:

      • Tiras reactivas de glucosa GlucoTest (caja x50), ref. GT-050 – 60 cajas
      • Lancetas de seguridad 28G, ref. LS-28 – 30 cajas
      • Jeringas de insulina 0,5 ml 30G, ref. JI-0530 – 20 cajas
      • Soluciones de control glucémico nivel 1/2, ref. SC-12 – 10 kits

    Fecha estimada de reposición: 15 de diciembre. Si prefiere una referencia
    alternativa (tiras GT-025, envase de 25), indíquenoslo respondiendo a este
    correo. El resto del pedido sale hoy con el albarán n.º 0099127.

    Atentamente,
    Departamento de Atención al Cliente
    Suministros Sanitarios Levante, S.L. – 963 555 014
    ''', cs='windows-1252', cte='quoted-printable')
    return mk(A('Atención al Cliente', 'pedidos@suministros-levante.es.test', 'windows-1252', 'Q'),
              A('Farmacia Hospitalaria', 'farmacia@hospital-marina.es.test'),
              'Pedido PV-2026-33871: artículos pendientes (tiras de glucosa, jeringas)',
              D(11, 26, 9, 40, '+0100'), body, subj_cs='windows-1252', subj_enc='Q')


@msg('none', 'trap-device-cve-advisory',
     'medical-device cybersecurity advisory (CVE, CVSS, firmware); no patient',
     'medical-device cybersecurity advisories')
def _():
    plain = '''
    SECURITY ADVISORY HSA-2026-007 (TLP:CLEAR)

    Product: Halvorsen LVP-7 infusion pump, PumpLink gateway 6.0-6.2
    Identifier: CVE-2026-41187   CVSS v3.1: 7.4 (AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H)

    An attacker on the same network segment could send crafted drug-library
    update packets to the gateway and cause pumps to reject valid libraries
    (denial of service). No exposure of patient data has been identified;
    the gateway does not store patient identifiers.

    Remediation: update PumpLink to 6.3.1; place pumps on the isolated
    medical-device VLAN; block TCP 5410 from clinical workstation subnets.

    Contact psirt@halvorsen-infusion.example.com for coordinated disclosure.
    '''
    html = '''
    <html><body>
    <h3>Security Advisory HSA-2026-007 <small>(TLP:CLEAR)</small></h3>
    <ul><li><b>Product:</b> Halvorsen LVP-7, PumpLink 6.0&ndash;6.2</li>
    <li><b>CVE:</b> CVE-2026-41187, CVSS 7.4</li>
    <li><b>Impact:</b> denial of service of drug-library updates; no patient data exposure</li>
    <li><b>Fix:</b> PumpLink 6.3.1, device VLAN isolation, block TCP 5410</li></ul>
    <p>PSIRT: <a href="mailto:psirt@halvorsen-infusion.example.com">psirt@halvorsen-infusion.example.com</a></p>
    </body></html>
    '''
    return mk(A('Halvorsen PSIRT', 'psirt@halvorsen-infusion.example.com'),
              A('Information Security', 'infosec@' + RB),
              'HSA-2026-007: CVE-2026-41187 in PumpLink gateway (CVSS 7.4)',
              D(11, 10, 14, 0), ALT(plain, html))


@msg('none', 'trap-sterilizer-bi-log',
     'sterile processing biological-indicator log (load numbers, cycle data); no patient',
     'sterile processing')
def _():
    body = T('''
    Sterilizer BI/Load Release Log - SPD Main, week of 11/16

    Sterilizer  Load   Cycle        Date   BI lot     Result  Implant  Released
    STM-1       1147   Prevac 4min  11/16  BI-77201   NEG     Yes      11/16 14:10
    STM-1       1148   Prevac 4min  11/16  -          n/a     No       11/16 15:02
    STM-2       2290   Prevac 4min  11/17  BI-77201   NEG     Yes      11/17 09:48
    VHP-1        331   Lumen cycle  11/17  VB-10488   NEG     No       11/17 11:30
    STM-2       2291   Bowie-Dick   11/18  DT-5502    PASS    -        -
    STM-3       3054   Prevac 4min  11/18  BI-77233   POS*    Yes      RECALLED

    * Load 3054 positive BI. All trays from STM-3 since the last negative BI
    (loads 3049-3054) were recalled before use: ortho hip tray HT-12,
    laparoscopic set LAP-4, cardiac tray CV-2. Sterilizer out of service,
    vendor called. Positive BI confirmed as true positive by the lab;
    incident report IR-2026-218 filed. None of the recalled trays had
    been opened.

    Sheila Brandt, CRCST, SPD Lead
    ''')
    return mk(A('Sheila Brandt', 's.brandt@' + RB), A('Perioperative Services', 'periop@' + RB),
              'SPD weekly BI log - STM-3 load 3054 positive BI, loads recalled', D(11, 19, 7, 5),
              body)


@msg('none', 'trap-sterile-tray-tracking-pt',
     'Portuguese (base64) instrument tray tracking with set IDs; no patient',
     'sterile processing', 'pt')
def _():
    body = T('''
    Prezados,

    Segue o relatório semanal de rastreabilidade das caixas cirúrgicas da CME.

    Caixa CX-CARD-07 (cirurgia cardíaca) – ciclo 58812 – liberada 18/11
    Caixa CX-ORTO-15 (prótese de quadril) – ciclo 58815 – liberada 18/11
    Caixa CX-NEURO-02 (craniotomia) – ciclo 58820 – retida: indicador
    químico classe 5 com viragem incompleta; reprocessada no ciclo 58824.
    Caixa CX-OBST-09 (cesariana) – ciclo 58827 – liberada 19/11

    Lembramos que nenhuma caixa deve sair da CME sem etiqueta de lote
    impressa. Os dados de uso por paciente ficam apenas no prontuário
    eletrônico, não neste relatório.

    Atenciosamente,
    Enf.ª Renata Guimarães
    Coordenação da CME – Hospital São Lucas do Vale
    Ramal 0126
    ''', cte='base64')
    return mk(A('Renata Guimarães', 'cme@saolucasdovale.com.br.test'),
              A('Centro Cirúrgico', 'centrocirurgico@saolucasdovale.com.br.test'),
              'Rastreabilidade CME – semana 47 (caixa CX-NEURO-02 reprocessada)',
              D(11, 20, 10, 15, '-0300'), body)


@msg('none', 'trap-vaccine-fridge-excursion',
     'cold-chain temperature excursion log for vaccine stock (lots, temperatures); no patient',
     'vaccine cold-chain monitoring')
def _():
    rows = [['timestamp', 'unit', 'probe', 'temp_c', 'status']]
    for i in range(30):
        hh, mm = divmod(i * 15, 60)
        t = 4.8 if i < 10 else (8.9 + 0.2 * (i - 10) if i < 18 else 5.1)
        rows.append(['2026-11-22T%02d:%02d' % (1 + hh, mm), 'PHARM-REF-03', 'DDL-2281',
                     '%.1f' % t, 'EXCURSION' if t > 8 else 'OK'])
    body = MIX(T('''
    Temperature excursion, pharmacy vaccine refrigerator PHARM-REF-03.
    Peak 10.3 C for about 2 hours overnight (door ajar alarm not acknowledged).

    Product on hold pending manufacturer stability guidance:
      influenza vaccine (quadrivalent) lot FLQ-26118, 140 doses
      hepatitis B vaccine lot HBV-5521, 60 doses
      Tdap lot TDP-9930, 35 doses
      RSV vaccine (adult) lot RSV-1207, 24 doses

    Do not administer these lots until released. Stability calls placed
    with all three manufacturers; reference numbers in the attached log.

    Nadia Petrosyan, PharmD
    Immunization Program Pharmacist
    '''), ATT(csv_text(rows), 'text/csv', 'PHARM-REF-03_2026-11-22.csv'))
    return mk(A('Nadia Petrosyan', 'n.petrosyan@' + RB), A('Pharmacy Leadership', 'rx-leads@' + RB),
              'Cold chain excursion PHARM-REF-03 - vaccine lots on hold', D(11, 22, 8, 50), body)


@msg('none', 'trap-blood-bank-inventory',
     'blood bank inventory levels by ABO/Rh and a donor drive appeal; no patient',
     'blood supply inventory')
def _():
    html = '''
    <html><body>
    <p><b>Transfusion Service daily inventory &ndash; 12/04 06:00</b></p>
    <table border="1" cellpadding="3">
    <tr><th>Product</th><th>O neg</th><th>O pos</th><th>A neg</th><th>A pos</th><th>B pos</th><th>AB pos</th></tr>
    <tr><td>RBC units</td><td style="color:red">9</td><td>61</td><td>7</td><td>48</td><td>15</td><td>6</td></tr>
    <tr><td>Plasma (FFP)</td><td>-</td><td>-</td><td>-</td><td>-</td><td>-</td><td>AB: 22</td></tr>
    <tr><td>Platelets (apheresis)</td><td colspan="6">11 doses &ndash; <b>CRITICAL</b></td></tr>
    <tr><td>Cryo pools</td><td colspan="6">14</td></tr></table>
    <p>O-negative is below the 3-day par (24). Reserve O-neg for trauma and
    women of child-bearing potential of unknown type; switch to O-pos for
    males and women over 50 in emergency release per policy TS-104.</p>
    <p>Staff blood drive: Tuesday 12/08, Atrium, 7a-3p. Sign up at
    https://intranet.riverbend-health.example.org/blooddrive</p>
    <p>&mdash; Transfusion Service, ext. 0171</p>
    </body></html>
    '''
    return mk(A('Transfusion Service', 'bloodbank@lab.' + RB), A('All Clinical Staff', 'clinical-all@' + RB),
              'Blood inventory 12/04: O-neg low, platelets critical', D(12, 4, 6, 30), H(html))


@msg('none', 'trap-sequencing-run-qc-json',
     'sequencing core run QC (flowcell, Q30, coded reference samples); no person identified',
     'genomics core facility run QC')
def _():
    metrics = {
        'run_id': '261118_NV0442_0217_BHKT2WDSX7',
        'instrument': 'NV0442', 'flowcell': 'HKT2WDSX7', 'chemistry': '2x150',
        'yield_gb': 2871.4, 'pct_q30': 92.8, 'cluster_pf_pct': 81.2,
        'samples': [{'sample_id': 'REF-%03d' % i, 'project': 'ASSAY-VAL-HC-PANEL',
                     'material': 'commercial reference DNA' if i % 4 else 'no-template control',
                     'mean_coverage': 0 if i % 4 == 0 else 410 + (i * 13) % 90,
                     'pct_target_100x': 0.0 if i % 4 == 0 else 98.1 + (i % 5) / 10}
                    for i in range(1, 17)],
        'notes': 'Validation run for the hereditary cancer panel (BRCA1, BRCA2, PALB2, '
                 'MLH1, MSH2). Reference materials only; no clinical samples on this flowcell.'}
    body = MIX(T('''
    Run 0217 finished overnight. QC passes: 92.8% >=Q30, 2.87 Tb yield.
    All 12 reference DNA samples hit >98% of target bases at 100x; the four
    no-template controls are clean. Attached JSON goes to the validation
    binder for the hereditary cancer panel. No clinical specimens on this run.

    Genomics Core
    '''), ATT(json.dumps(metrics, indent=2), 'application/json', 'run0217_qc.json'))
    return mk(A('Genomics Core', 'genomics-core@research.' + RB),
              A('Molecular Pathology', 'molpath@lab.' + RB),
              'Run 0217 QC pass - hereditary cancer panel validation', D(11, 18, 7, 15), body)


@msg('restricted', 'sequencing-run-qc-with-patient-brca2',
     'genomics run e-mail that ties a named patient to a pathogenic BRCA2 result (genetic)',
     'mirror: genomics core facility run QC')
def _():
    body = T('''
    Run 0221 QC passed (93.4% >=Q30). One clinical sample needs sign-out
    today because the surgeon is waiting on it:

      Sample CL-26-3318 = ABERNATHY, LORRAINE  DOB 07/30/1979  MRN 22814097
      BRCA2 c.5946delT (p.Ser1982Argfs*22), heterozygous - PATHOGENIC
      Coverage 612x, confirmed on orthogonal Sanger.

    Genetic counselling referral already requested by the breast clinic.
    Please draft the report and route to Dr. Haugen for signature.

    Genomics Core
    ''')
    return mk(A('Genomics Core', 'genomics-core@research.' + RB),
              A('Molecular Pathology', 'molpath@lab.' + RB),
              'Run 0221 QC pass - one urgent clinical sign-out', D(11, 25, 7, 40), body)


@msg('none', 'trap-vivarium-brca1-colony',
     'animal facility colony census for BRCA1 knockout mice; genetic words but no human',
     'animal research facility')
def _():
    body = T('''
    Vivarium colony census - Lab of Dr. M. Castellano - Room B-114

    Strain                               Cages  Breeders  Pups  Notes
    Brca1 flox/flox; K14-Cre             22     8 pairs   31    genotyping due 12/07
    Brca1 +/- (het) x C57BL/6J           9      3 trios   12    two cages over density
    Trp53 R172H knock-in                 6      2 pairs   0     retire breeders 12/15
    Humanized immune (NSG) - PDX cohort  14     -         -     tumour measurements M/W/F

    Reminders
    - Cage cards must show protocol IACUC-2025-077 and the strain code.
    - Tail clips for the Brca1 genotyping go to the core by Thursday noon.
    - Two NSG mice reached endpoint (tumour 1.5 cm); euthanasia logged.
    - The "patient-derived xenograft" lines are coded PDX-01..PDX-09; the
      biobank holds the link, not the lab.

    Animal Care Services, ext. 0183
    ''')
    return mk(A('Animal Care Services', 'acs@research.' + RB),
              A('Castellano Lab', 'castellano-lab@research.' + RB),
              'Colony census Room B-114 - Brca1 cohorts, density warnings', D(12, 1, 13, 35), body)


@msg('none', 'trap-cell-line-order-confirmation',
     'research cell-line and reagent order confirmation (catalog, lot, PO); no patient',
     'research reagent orders')
def _():
    body = T('''
    ORDER CONFIRMATION  SO-88129047
    Bill to: Riverbend Health Research Institute, PO R-26-07715
    Ship to: Dr. Ama Owusu, Lab 3.210, Research Tower

    Line  Catalog     Description                                   Qty  Price
    1     CL-0293     HEK293T cell line, 1 vial (cryopreserved)     1    $612.00
    2     CL-1170     Human hepatocyte line HH-17 (immortalized)     1    $845.00
    3     AB-44102    Anti-HIV-1 p24 antibody, clone 4H7, 100 ug    2    $398.00
    4     KT-2210     Hepatitis B surface antigen ELISA kit, 96 wells 1   $455.00
    5     MY-0001     Mycoplasma detection kit                       1    $189.00
                                                         Subtotal     $2,897.00
    Ships on dry ice Monday 11/30. Tracking: 1Z 555 0X4 03 8821 4471.
    Biosafety: lines 1-2 BSL-2. Material transfer terms accepted online.

    BioSource Cell Bank - orders@biosource-cells.example.com - 1-888-555-0157
    ''')
    return mk(A('BioSource Orders', 'orders@biosource-cells.example.com'),
              A('Ama Owusu', 'a.owusu@research.' + RB),
              'Order confirmation SO-88129047 (HEK293T, anti-HIV-1 p24, HBsAg ELISA)',
              D(11, 27, 15, 10), body)


@msg('restricted', 'otp-dosing-pump-ticket-with-dose-log',
     'device ticket attaches a methadone dispensing log naming patients and doses (SUD treatment)',
     'mirror: medical-device tech support ticket')
def _():
    rows = [['dispense_time', 'patient', 'dob', 'medication', 'dose_mg', 'station']]
    pts = [('Reyes, Daniel', '1984-03-11', 85), ('Pulaski, Ann', '1990-09-02', 60),
           ('Moody, Terrence', '1977-12-19', 110), ('Lund, Kristin', '1995-06-27', 40),
           ('Abara, Chidi', '1988-01-05', 95)]
    for i, (p, dob, d) in enumerate(pts):
        rows.append(['2026-11-30 07:%02d' % (5 + i * 3), p, dob, 'methadone 10 mg/mL', d, 'DOSE-2'])
    body = MIX(T('''
    Hello support,

    Our dispensing pump at station DOSE-2 (MethaDose-style unit, SN MD4-00917)
    double-counted the morning doses again after the 4.1 update. I exported
    this morning's dispense log so you can see the duplicate lines. Please
    advise before the 13:00 session.

    Gwen Harlan, Program Nurse
    Eastside Opioid Treatment Program
    '''), ATT(csv_text(rows), 'text/csv', 'dose_log_2026-11-30.csv'))
    return mk(A('Gwen Harlan', 'g.harlan@eastside-otp.example.org'),
              A('Dispensing Support', 'support@dosetech.example.com'),
              'Ticket: duplicate dispense counts after 4.1 update (SN MD4-00917)',
              D(11, 30, 9, 12), body)


# ---------------------------------------------------------------- IT, security, mail plumbing

@msg('none', 'trap-phishing-alert-lab-results-bait',
     'security awareness alert quoting a "your lab results" phishing lure; no real result or patient',
     'IT security alerts and phishing simulations')
def _():
    body = T('''
    SECURITY ALERT - active phishing campaign

    Since 07:40 today staff have received e-mails that look like patient
    portal notifications:

      From:    "MyChart Results" <no-reply@results-portal-verify.example.net>
      Subject: Your lab results are ready - action required
      Body:    "Your recent blood test results (HbA1c, lipid panel) have been
               released. Sign in within 24 hours to view them."

    This is NOT from our portal. The link leads to a fake single sign-on page
    that steals your network password. Our real portal never asks staff to
    sign in from an e-mail link, and result notifications never contain values.

    If you clicked: reset your password at https://password.riverbend-health.example.org
    and call the Service Desk at ext. 0100. If you did not click: use the
    "Report Phish" button and delete the message.

    Information Security Office
    ''')
    return mk(A('Information Security', 'infosec@' + RB), A('All Staff', 'allstaff@' + RB),
              'ALERT: fake "Your lab results are ready" e-mails - do not click', D(11, 9, 9, 5),
              body, extra=['Importance: high'])


@msg('none', 'trap-phishing-simulation-results',
     'phishing-simulation results by department (aggregate click rates, lure names); no patient',
     'IT security alerts and phishing simulations')
def _():
    plain = '''
    Q4 phishing simulation - results

    Template                                   Sent   Clicked  Reported
    "Updated: your COVID-19 test result"       2,410  9.8%     31%
    "Prescription refill denied - verify"      2,395  6.1%     38%
    "HR: open enrollment dependent audit"      2,402  12.4%    22%

    By department (all three templates): Emergency 8.2%, Behavioral Health
    6.0%, Oncology 7.7%, Revenue Cycle 14.9%, Facilities 11.3%.

    Staff who clicked will be enrolled in the 10-minute refresher module.
    No individual results are shared with managers.
    '''
    html = '''
    <html><body><h3>Q4 phishing simulation results</h3>
    <table border="1"><tr><th>Template</th><th>Sent</th><th>Clicked</th><th>Reported</th></tr>
    <tr><td>Updated: your COVID-19 test result</td><td>2,410</td><td>9.8%</td><td>31%</td></tr>
    <tr><td>Prescription refill denied - verify</td><td>2,395</td><td>6.1%</td><td>38%</td></tr>
    <tr><td>HR: open enrollment dependent audit</td><td>2,402</td><td>12.4%</td><td>22%</td></tr>
    </table><p>Highest click rate: Revenue Cycle (14.9%). No individual results are shared.</p>
    </body></html>
    '''
    return mk(A('Security Awareness', 'awareness@' + RB), A('Department Directors', 'directors@' + RB),
              'Q4 phishing simulation results ("your COVID-19 test result" lure)',
              D(12, 2, 10, 30), ALT(plain, html))


@msg('none', 'trap-phishing-warning-ko',
     'Korean (EUC-KR) phishing warning that describes a fake checkup-results lure; no patient',
     'IT security alerts and phishing simulations', 'ko')
def _():
    body = T('''
    전 직원 여러분께,

    최근 "건강검진 결과 안내"를 사칭한 피싱 메일이 다수 접수되었습니다.
    메일 제목은 "[결과통보] 귀하의 혈액검사 결과가 도착했습니다"이며,
    첨부파일(검진결과.zip)을 열면 악성코드가 설치됩니다.

    우리 병원은 검사 결과를 이메일 첨부파일로 보내지 않습니다.
    의심 메일은 열지 말고 정보보안팀(내선 0118)으로 신고해 주십시오.

    정보보안팀 드림
    ''', cs='euc-kr', cte='base64')
    return mk(A('정보보안팀', 'security@hanbit-medical.kr.test', 'euc-kr'),
              A('전 직원', 'all@hanbit-medical.kr.test', 'euc-kr'),
              '[보안공지] 건강검진 결과 사칭 피싱 메일 주의', D(11, 16, 10, 0, '+0900'),
              body, subj_cs='euc-kr')


@msg('none', 'trap-portal-vendor-password-reset',
     'patient-portal vendor password reset for a staff admin account; no patient',
     'portal vendor admin account mail')
def _():
    plain = '''
    Hello Marguerite,

    A password reset was requested for your CareConnect Portal administrator
    account (tenant: riverbend-prod, user ID ADM-00471).

    Reset link (valid 30 minutes):
    https://admin.careconnect-portal.example.com/reset?t=7c1f0e92ab

    If you did not request this, contact your CareConnect account manager.
    Reminder: administrator accounts can configure message templates and
    result-release rules but cannot view patient charts.

    CareConnect Portal - Trust & Safety
    '''
    html = '''
    <html><body><p>Hello Marguerite,</p>
    <p>A password reset was requested for your <b>CareConnect Portal administrator</b>
    account (tenant <code>riverbend-prod</code>, user ID <code>ADM-00471</code>).</p>
    <p><a href="https://admin.careconnect-portal.example.com/reset?t=7c1f0e92ab">Reset my password</a>
    (valid 30 minutes)</p>
    <p style="color:#777">Administrator accounts configure templates and result-release rules
    and cannot view patient charts.</p></body></html>
    '''
    return mk(A('CareConnect Portal', 'no-reply@careconnect-portal.example.com'),
              A('Marguerite Olsen', 'm.olsen@' + RB),
              'Reset your CareConnect administrator password', D(11, 13, 16, 44), ALT(plain, html))


@msg('none', 'trap-ehr-backup-job-report',
     'database backup job report naming PHI-bearing databases and row counts; no record content',
     'IT backup job reports')
def _():
    body = T('''
    Backup Exec summary - job set NIGHTLY-CLIN-01 - 2026-11-21 01:00

    Database                         Size      Rows (largest table)            Status
    EHR_PROD_CLINICAL                4.81 TB   encounter_note    912,441,207   OK
    EHR_PROD_BEHAVIORAL_HEALTH       212 GB    bh_progress_note   18,220,419   OK
    LIS_PROD_RESULTS                 1.10 TB   result_value    2,118,004,662   OK
    HIV_REGISTRY_SECURE               14 GB    registry_case         41,902    OK
    PHARM_DISPENSE_CS                 88 GB    cs_transaction     66,310,118   WARNING
    PACS_INDEX                       640 GB    study              31,877,260   OK

    WARNING PHARM_DISPENSE_CS: transaction log backup took 3h12m (SLA 2h).
    Immutable copy replicated to the secondary site; encryption AES-256 verified.
    Restore test of the week: LIS_PROD_RESULTS to the sandbox - passed.

    This report contains object names and counts only.
    ''')
    return mk(A('Backup Automation', 'backup-noreply@it.' + RB), A('DBA Team', 'dba@it.' + RB),
              '[WARNING] NIGHTLY-CLIN-01 completed with warnings (PHARM_DISPENSE_CS)',
              D(11, 21, 5, 2), body)


@msg('none', 'trap-dlp-weekly-summary',
     'DLP weekly report with counts per rule (HIV keyword, SSN pattern); aggregate only',
     'DLP and mail-filter reports')
def _():
    html = '''
    <html><body>
    <h3>Outbound DLP &ndash; weekly summary (11/23&ndash;11/29)</h3>
    <table border="1" cellpadding="3">
    <tr><th>Rule</th><th>Matches</th><th>Blocked</th><th>Released by user</th><th>False positive (reviewed)</th></tr>
    <tr><td>US SSN pattern</td><td>412</td><td>38</td><td>351</td><td>23</td></tr>
    <tr><td>MRN + diagnosis keyword</td><td>1,208</td><td>97</td><td>1,044</td><td>67</td></tr>
    <tr><td>HIV / viral load terms</td><td>61</td><td>9</td><td>44</td><td>8</td></tr>
    <tr><td>Substance use (Part 2) terms</td><td>143</td><td>21</td><td>101</td><td>21</td></tr>
    <tr><td>Genetic test terms (BRCA, carrier)</td><td>37</td><td>2</td><td>30</td><td>5</td></tr>
    </table>
    <p>Top false-positive sources: pharmacy newsletters, grand-rounds flyers, payer bulletins.</p>
    <p>Messages are not reproduced in this report.</p>
    </body></html>
    '''
    return mk(A('Mail Security Gateway', 'dlp-reports@it.' + RB), A('Privacy Office', 'privacy@' + RB),
              'DLP weekly summary: 1,861 matches, 167 blocked', D(11, 30, 6, 0), H(html, cte='quoted-printable'))


@msg('none', 'trap-ehr-role-provisioning',
     'EHR access provisioning for a new employee (roles named after restricted services); no patient',
     'EHR access provisioning')
def _():
    body = T('''
    Access request AR-2026-09917 has been COMPLETED.

    Employee:     Faisal Rahimi (employee ID 108842)
    Position:     Licensed Clinical Social Worker, Outpatient Behavioral Health
    Start date:   12/07/2026
    Manager:      Dana Whitfield

    Roles granted
      EHR  - BH Clinician (therapy documentation, 42 CFR Part 2 consent module)
      EHR  - Break-the-Glass: not granted
      EHR  - HIV Results Viewer: not granted (requires ID clinic approval)
      PDMP - delegate account: not applicable
      Fax  - BH Intake queue (read/send)

    Training on the Part 2 redisclosure notice is due before first login.
    Temporary credentials will be given in person at onboarding.

    Identity & Access Management, ext. 0109
    ''')
    return mk(A('IAM Requests', 'iam@it.' + RB), A('Dana Whitfield', 'd.whitfield@' + RB),
              'AR-2026-09917 completed: BH Clinician role for new LCSW', D(12, 3, 14, 20), body)


@msg('none', 'trap-ivr-call-flow-xml',
     'telephone IVR call-flow config (press 2 for refills, lab results queue); no caller data',
     'IVR / contact-centre configuration')
def _():
    xml = '''<?xml version="1.0" encoding="UTF-8"?>
<callflow name="Main_Clinic_IVR" version="14" owner="Patient Access">
  <greeting file="greet_main_en.wav" lang="en"/>
  <menu id="root" timeout="6">
    <option key="1" target="queue:scheduling" prompt="To schedule or change an appointment"/>
    <option key="2" target="queue:rx_refills" prompt="For prescription refills"/>
    <option key="3" target="queue:nurse_line" prompt="To speak with a nurse about symptoms"/>
    <option key="4" target="queue:lab_results" prompt="For questions about lab results"/>
    <option key="5" target="queue:billing" prompt="For billing and insurance"/>
    <option key="9" target="menu:spanish" prompt="Para espanol, oprima nueve"/>
  </menu>
  <rule id="crisis" match="speech:suicide|overdose" target="transfer:988" note="warm transfer"/>
  <hours queue="nurse_line" open="07:00" close="19:00" after="voicemail:nurse_vm"/>
</callflow>
'''
    body = MIX(T('''
    Version 14 of the main clinic IVR is attached for review before the
    12/10 change window. Changes: lab-results queue split from nurse line,
    crisis keyword transfer added, Spanish menu moved to option 9.

    Contact Center Engineering
    '''), ATT(xml, 'application/xml', 'Main_Clinic_IVR_v14.xml'))
    return mk(A('Contact Center Engineering', 'cc-eng@it.' + RB),
              A('Patient Access Leadership', 'patient-access@' + RB),
              'IVR v14 for review: lab results queue, refills, crisis transfer', D(12, 1, 11, 0), body)


@msg('none', 'trap-telehealth-status-incident',
     'telehealth platform status-page incident report (visit counts, regions); no patient',
     'status-page incident reports')
def _():
    body = T('''
    [Resolved] Video visits failing to connect - US-East

    Nov 17, 13:05 - Investigating: some clinicians and patients cannot
    join video visits from the waiting room.
    Nov 17, 13:41 - Identified: an expired TURN relay certificate.
    Nov 17, 14:10 - Resolved: certificate replaced; visits connecting.

    Impact: about 1,140 scheduled visits across 38 customer tenants saw
    failed or delayed joins; 212 converted to telephone visits. No visit
    content or patient data was exposed. A post-incident review will be
    published within five business days.

    You are receiving this because you subscribed to status updates for
    VisitLink Telehealth. Manage your subscription:
    https://status.visitlink.example.com/subscriptions
    ''')
    return mk(A('VisitLink Status', 'status@visitlink.example.com'),
              A('Telehealth Admin', 'telehealth-admin@' + RB),
              '[Resolved] Video visits failing to connect - US-East', D(11, 17, 14, 12), body)


@msg('none', 'trap-pen-test-summary',
     'penetration-test executive summary (portal IDOR against test accounts); no real record',
     'security assessments')
def _():
    lines = ['Penetration Test - Executive Summary (CONFIDENTIAL - BUSINESS)',
             'Client: Riverbend Health  Scope: patient portal, scheduling API, fax gateway',
             'Testing window: 2026-11-02 to 2026-11-13',
             '',
             'Critical 0 | High 2 | Medium 5 | Low 7',
             'H-1 Insecure direct object reference in /api/v2/appointments/{id}:',
             '    test account PT-TEST-02 could read appointments of test account PT-TEST-07.',
             '    Only the two synthetic test accounts provided by the client were used.',
             'H-2 Fax gateway admin console reachable from guest Wi-Fi.',
             'M-3 Session cookie lacks SameSite attribute.',
             '',
             'No production patient records were accessed during testing.']
    body = MIX(T('''
    Please find the executive summary attached. The full technical report
    is on the secure share; remediation retest is booked for January.

    Katarina Vlahos, OSCP
    Redline Assurance LLC
    '''), ATT(pdf(lines, flate=True, title='Pentest executive summary'), 'application/pdf',
              'Riverbend_Pentest_ExecSummary_2026.pdf'))
    return mk(A('Katarina Vlahos', 'k.vlahos@redline-assurance.example.com'),
              A('CISO', 'ciso@' + RB), 'Penetration test executive summary - portal and fax gateway',
              D(11, 20, 17, 30), body)


@msg('none', 'trap-interface-engine-queue-alert',
     'interface-engine alert (ADT/ORU queue backlog, PID-3 error counts); no message content',
     'interface engine monitoring')
def _():
    body = T('''
    ALERT  interface-engine-02  severity=HIGH  2026-11-24 22:17:05

    Channel          State    Queued   Errors(1h)  Last error
    ADT_IN_EHR       STARTED  4,212    0           -
    ORU_LAB_OUT      STOPPED  18,907   311         "PID-3 missing assigning authority"
    SIU_SCHED_OUT    STARTED  12       0           -
    MDM_TRANSCR_IN   STARTED  0        2           "OBX-5 exceeds 64k"
    VXU_IMMREG_OUT   PAUSED   877      0           maintenance window

    ORU_LAB_OUT stopped automatically after 300 errors in 60 minutes.
    Probable cause: LIS release 26.3 changed the PID-3 component layout.
    On-call: integration team pager 555-0164.

    Message bodies are not included in alerts by design.
    ''', cte='quoted-printable')
    return mk(A('Interface Monitor', 'iemon@it.' + RB), A('Integration On-call', 'integration-oncall@it.' + RB),
              '[HIGH] ORU_LAB_OUT stopped - 311 errors "PID-3 missing"', D(11, 24, 22, 17), body)


@msg('none', 'trap-mailing-list-bounce',
     'mailing-list delivery failure (DSN) for a nursing-union newsletter; headers only',
     'mail bounces and auto-replies')
def _():
    text = Leaf('text/plain', norm('''
    This is the mail system at host mx2.riverbend-health.example.org.

    I'm sorry to have to inform you that your message could not be
    delivered to one or more recipients.

    <j.alvarez@old-clinic.example.net>: host mx.old-clinic.example.net said:
        550 5.1.1 User unknown (in reply to RCPT TO command)
    ''').encode(), [('charset', 'us-ascii')], '7bit', text=True)
    status = Leaf('message/delivery-status', norm('''
    Reporting-MTA: dns; mx2.riverbend-health.example.org
    Arrival-Date: Mon, 23 Nov 2026 08:00:12 -0500

    Final-Recipient: rfc822; j.alvarez@old-clinic.example.net
    Action: failed
    Status: 5.1.1
    Diagnostic-Code: smtp; 550 5.1.1 User unknown
    ''').encode(), (), '7bit', text=True)
    hdrs = Leaf('text/rfc822-headers', norm('''
    From: Nurses United Local 418 <newsletter@nul418.example.org>
    To: j.alvarez@old-clinic.example.net
    Subject: Bargaining update #7: staffing ratios, mandatory overtime, flu-shot policy
    Date: Mon, 23 Nov 2026 08:00:05 -0500
    Message-ID: <nl-2026-47@nul418.example.org>
    ''').encode(), [('charset', 'us-ascii')], '7bit', text=True)
    body = Multi('report', [text, status, hdrs], params=[('report-type', 'delivery-status')])
    return mk(A('Mail Delivery System', 'MAILER-DAEMON@mx2.riverbend-health.example.org'),
              A('newsletter@nul418.example.org'),
              'Undelivered Mail Returned to Sender', D(11, 23, 8, 0), body)


@msg('phi', 'bounce-returns-appointment-letter',
     'bounce carries the full returned message: a named patient\'s colonoscopy appointment',
     'mirror: mail bounces and auto-replies')
def _():
    inner = mk(A('Cedar Valley GI Scheduling', 'gi-scheduling@cedarvalley.example.com'),
               A('Rosalind Kerr', 'rkerr1962@mail.example.net'),
               'Your colonoscopy on December 9', D(11, 25, 9, 0), mid_tag='orig', body=T('''
    Dear Ms. Kerr,

    Your colonoscopy with Dr. Abiodun Fashola is scheduled for Wednesday,
    December 9 at 7:30 AM (arrive 6:45 AM) at the Cedar Valley Endoscopy
    Center. Start the clear-liquid diet the day before and take the first
    half of the bowel prep at 6 PM. Hold your iron tablets 5 days before.

    Account 7718-2204-93. Questions: 555-0148.
    '''))
    text = Leaf('text/plain', norm('''
    Delivery has failed to these recipients or groups:

    rkerr1962@mail.example.net
    The recipient's mailbox is full and can't accept messages now.
    ''').encode(), [('charset', 'us-ascii')], '7bit', text=True)
    status = Leaf('message/delivery-status', norm('''
    Reporting-MTA: dns; mail.cedarvalley.example.com

    Final-Recipient: rfc822; rkerr1962@mail.example.net
    Action: failed
    Status: 5.2.2
    ''').encode(), (), '7bit', text=True)
    body = Multi('report', [text, status, RFC822(inner)], params=[('report-type', 'delivery-status')])
    _CUR['nb'] += 10
    return mk(A('Microsoft Outlook', 'postmaster@cedarvalley.example.com'),
              A('Cedar Valley GI Scheduling', 'gi-scheduling@cedarvalley.example.com'),
              'Undeliverable: Your colonoscopy on December 9', D(11, 25, 9, 1), body)


@msg('none', 'trap-ndr-es',
     'Spanish non-delivery report for a hospital pharmacy newsletter; no patient',
     'mail bounces and auto-replies', 'es')
def _():
    body = T('''
    No se pudo entregar el mensaje a los siguientes destinatarios:

        boletin-farmacia@hospital-marina.es.test

    El servidor remoto respondió: 552 5.3.4 El mensaje supera el tamaño máximo
    permitido (25 MB).

    Mensaje original:
      Asunto: Boletín de Farmacia n.º 42 – Nuevas presentaciones de insulina
              y alertas de desabastecimiento de amoxicilina
      Fecha: 30 nov 2026 12:02

    Reduzca el tamaño de los adjuntos o comparta el archivo mediante un enlace.
    ''')
    return mk(A('Sistema de correo', 'postmaster@hospital-marina.es.test'),
              A('Servicio de Farmacia', 'farmacia@hospital-marina.es.test'),
              'No se puede entregar: Boletín de Farmacia n.º 42', D(11, 30, 12, 3, '+0100'), body)


@msg('none', 'trap-ooo-oncologist',
     'clinician out-of-office auto-reply with coverage pager; no patient',
     'clinician out-of-office replies')
def _():
    body = T('''
    Thank you for your message. I am out of the office from December 3
    through December 14 and will not be checking e-mail.

    For urgent patient matters in the Infusion Center, please page the
    oncology fellow on call at 555-0142. For chemotherapy order questions,
    contact the oncology pharmacist at ext. 0175. For clinic scheduling,
    call 555-0143.

    Dr. Ingrid Solberg
    Hematology/Oncology, Riverbend Cancer Institute
    ''')
    return mk(A('Ingrid Solberg MD', 'i.solberg@' + RB), A('Paul Mendez', 'p.mendez@' + RB),
              'Automatic reply: tumor board slides for Thursday', D(12, 3, 8, 2), body,
              extra=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'])


@msg('phi', 'ooo-reply-quotes-patient-metformin',
     'out-of-office reply quotes the patient\'s own message about their metformin dose and A1c',
     'mirror: clinician out-of-office replies')
def _():
    body = T('''
    I am out of the office until Monday, November 30. If this is urgent,
    please call the clinic at 555-0146. If this is an emergency, call 911.

    Dr. Samuel Achterberg, Family Medicine

    -----Original Message-----
    From: Benedict Oyelaran <b.oyelaran@mail.example.net>
    Sent: Wednesday, November 25, 2026 10:14 PM
    Subject: metformin question

    Dr. Achterberg, since you raised my metformin to 1000 mg twice a day my
    stomach has been upset every morning. My A1c last month was 8.4. Should
    I go back to 500 mg until my visit on the 7th? DOB 04/22/1968.
    ''')
    return mk(A('Samuel Achterberg MD', 's.achterberg@cedarvalley.example.com'),
              A('Benedict Oyelaran', 'b.oyelaran@mail.example.net'),
              'Automatic reply: metformin question', D(11, 25, 22, 14), body,
              extra=['Auto-Submitted: auto-replied'])


@msg('none', 'trap-ooo-psychiatrist-es',
     'Spanish psychiatrist out-of-office reply with crisis-line text; no patient',
     'clinician out-of-office replies', 'es')
def _():
    body = T('''
    Gracias por su mensaje. Estaré fuera de la consulta del 21 al 29 de
    diciembre, sin acceso al correo.

    Para asuntos clínicos urgentes de la Unidad de Salud Mental, llame a la
    centralita (91 555 0125) y pida al psiquiatra de guardia. Si usted o
    alguien que conoce está en crisis, llame al 024 o acuda a Urgencias.

    Este buzón no debe usarse para enviar informes ni resultados.

    Dra. Inmaculada Serrano Ortiz
    Psiquiatría – Hospital Universitario del Henares
    ''')
    return mk(A('Dra. Inmaculada Serrano', 'i.serrano@hu-henares.es.test'),
              A('Comisión de Docencia', 'docencia@hu-henares.es.test'),
              'Respuesta automática: Fuera de la oficina', D(12, 21, 9, 0, '+0100'), body,
              extra=['Auto-Submitted: auto-replied'])


@msg('restricted', 'ooo-reply-quotes-prep-refill',
     'auto-reply quotes a named patient asking about a PrEP refill and HIV test (HIV prevention)',
     'mirror: clinician out-of-office replies')
def _():
    body = T('''
    Thanks for writing. I'm away until 12/2. For refills, please use the
    pharmacy line at 555-0152. For urgent issues call the clinic.

    Noor Haddad, NP - Sexual Health Clinic

    > From: Kwame Boateng <kboateng@mail.example.net>
    > Sent: Friday, November 27, 2026 6:02 PM
    > Subject: refill
    >
    > Hi Noor, I'm down to my last 4 Descovy pills. Can you send the PrEP
    > refill to the pharmacy on 5th St? My last HIV test was negative on
    > 10/30 so I think I'm good until the next one in January.
    ''')
    return mk(A('Noor Haddad NP', 'n.haddad@cedarvalley.example.com'),
              A('Kwame Boateng', 'kboateng@mail.example.net'),
              'Automatic reply: refill', D(11, 27, 18, 2), body, extra=['Auto-Submitted: auto-replied'])


@msg('none', 'trap-auto-reply-billing-mailbox',
     'billing shared-mailbox auto-acknowledgement with ticket number; no patient or account',
     'mail bounces and auto-replies')
def _():
    body = T('''
    We have received your e-mail. Your reference number is HB-2026-118340.

    Patient Financial Services answers shared-mailbox e-mails within two
    business days. Please do not send credit card numbers, Social Security
    numbers or medical records by e-mail. For payment plans and financial
    assistance applications, call 555-0138, Monday to Friday 8-5.

    Riverbend Health Patient Financial Services
    ''')
    return mk(A('Patient Financial Services', 'pfs@' + RB),
              A('Accounts Receivable', 'ar@collections-partner.example.com'),
              'RE: remittance file format for December [Ref HB-2026-118340]', D(12, 1, 10, 44),
              body, extra=['Auto-Submitted: auto-replied'])


@msg('none', 'trap-auto-reply-ja',
     'Japanese (ISO-2022-JP) clinic auto-reply to an inquiry form; no patient',
     'mail bounces and auto-replies', 'ja')
def _():
    body = T('''
    お問い合わせありがとうございます。
    このメールは自動送信です。

    担当者より3営業日以内にご連絡いたします。
    診察のご予約・変更、検査結果についてのお問い合わせは、
    メールではお受けしておりません。お電話（03-5550-0121）でお願いいたします。

    さくらが丘クリニック 受付
    ''', cs='iso-2022-jp')
    return mk(A('さくらが丘クリニック', 'info@sakuragaoka-clinic.jp.test', 'iso-2022-jp'),
              A('Tanaka Shoji', 'sales@iryou-kiki.jp.test'),
              '【自動返信】お問い合わせを受け付けました', D(11, 11, 14, 5, '+0900'), body,
              subj_cs='iso-2022-jp', extra=['Auto-Submitted: auto-replied'])


@msg('restricted', 'ehr-access-audit-bipolar-patient',
     'privacy access audit names the patient whose psychiatric chart (bipolar disorder) was viewed',
     'mirror: EHR access provisioning')
def _():
    body = T('''
    Privacy case PC-2026-0388 - inappropriate access review

    User:     Reggie Tamura (employee ID 104417), Patient Transport
    Patient:  Lucinda Marsh, MRN 60011852, DOB 09/14/1987
    Accesses: 11/12 22:41 - 23:06, Behavioral Health notes, psychiatry
              discharge summary (admission for bipolar I disorder, manic
              episode), lithium levels, therapy progress notes x3

    The user has no treatment relationship. Manager interview scheduled.
    The patient will be notified under the breach policy once the risk
    assessment is complete.

    Privacy Office
    ''')
    return mk(A('Privacy Office', 'privacy@' + RB), A('HR Employee Relations', 'er@' + RB),
              'PC-2026-0388 access review findings', D(11, 16, 15, 25), body)


@msg('restricted', 'phish-report-is-real-sti-result',
     'staff forwards a "suspicious" e-mail that is really their own chlamydia result notice (STI)',
     'mirror: IT security alerts and phishing simulations')
def _():
    inner = mk(A('Northgate Sexual Health', 'results@northgate-sh.example.org'),
               A('Theo Lindgren', 't.lindgren@' + RB),
               'Your test results from November 19', D(11, 23, 8, 15), mid_tag='orig', body=T('''
    Hello Theo,

    Your chlamydia test from November 19 came back POSITIVE. Gonorrhea and
    syphilis were negative. Please call us at 555-0153 to arrange treatment
    (a single course of doxycycline) and to discuss partner notification.

    Northgate Sexual Health Clinic
    '''))
    body = MIX(T('''
    Reporting this as phishing - I've never used this clinic's e-mail before
    and the sender looks odd. Can you check if it's safe?

    Theo Lindgren, Facilities
    '''), RFC822(inner, 'suspicious.eml'))
    return mk(A('Theo Lindgren', 't.lindgren@' + RB), A('Report Phish', 'phish@it.' + RB),
              'FW: Your test results from November 19', D(11, 23, 9, 2), body)


# ---------------------------------------------------------------- professional life of clinicians

NPI_KOWALCZYK = npi('164382907')
NPI_ADEYEMI = npi('125907731')
NPI_GROUP = npi('184462019')
NPI_NURSE = npi('137720458')
DEA_KOWALCZYK = dea('FK', '418263')
DEA_ADEYEMI = dea('BA', '907215')


@msg('none', 'trap-hotel-confirmation-loyalty-dob',
     'conference hotel confirmation with loyalty number and birthday; no health content',
     'conference travel and loyalty programs')
def _():
    html = '''
    <html><body style="font-family:Georgia,serif">
    <h2>Your reservation is confirmed</h2>
    <p>Dear Dr. Ines Kowalczyk,</p>
    <p>Thank you for booking with the Harborline Convention Hotel for the
    <b>North American Society for Hepatology Nursing &ndash; Annual Meeting</b>.</p>
    <table cellpadding="4">
    <tr><td>Confirmation</td><td><b>HCH-7781-20453</b></td></tr>
    <tr><td>Dates</td><td>Mar 14 &ndash; Mar 18, 2027 (4 nights)</td></tr>
    <tr><td>Room</td><td>King, non-smoking, accessible shower</td></tr>
    <tr><td>Group rate</td><td>NASHN2027 &ndash; $219/night</td></tr>
    <tr><td>Harborline Rewards #</td><td>HR 4410 9927 31</td></tr>
    <tr><td>Member birthday (for your birthday-month upgrade)</td><td>March 16</td></tr>
    </table>
    <p>Pre-conference workshops (&ldquo;Hepatitis C elimination&rdquo;, &ldquo;Liver transplant
    nursing&rdquo;) are in the Bayview Ballroom.</p>
    <p>Cancel by Mar 11 without penalty: 1-800-555-0166.</p>
    </body></html>
    '''
    return mk(A('Harborline Convention Hotel', 'reservations@harborline-hotels.example.com'),
              A('Ines Kowalczyk', 'i.kowalczyk@' + RB),
              'Reservation confirmed HCH-7781-20453 - NASHN Annual Meeting', D(11, 8, 19, 30), H(html))


@msg('phi', 'travel-booking-with-medical-assistance',
     'travel booking names the traveller, recent hip replacement, anticoagulant and insulin needs',
     'mirror: conference travel and loyalty programs')
def _():
    body = T('''
    Hi Marisol,

    Please book Dr. Peter Vandermeer for the Denver cardiology meeting
    (Feb 3-6). Special requests this time:

    - Wheelchair assistance at both airports - he had his right hip
      replaced on November 12 and is still on a walker.
    - Aisle seat, bulkhead if possible (no stairs).
    - He is on apixaban after the surgery and carries insulin for his type
      1 diabetes, so he needs the medical-supplies carry-on letter and a
      room with a fridge.
    - Frequent flyer SkyPath 4471-0992.

    Thanks,
    Lorna Pike, Executive Assistant to the Chief of Cardiology
    ''')
    return mk(A('Lorna Pike', 'l.pike@' + RB), A('Marisol Trevino', 'm.trevino@travel-desk.example.com'),
              'Booking for Dr. Vandermeer - Denver, Feb 3-6 (assistance needed)', D(11, 30, 11, 20), body)


@msg('none', 'trap-airline-itinerary-tr',
     'Turkish (ISO-8859-9) airline itinerary for a diabetes congress; no health content',
     'conference travel and loyalty programs', 'tr')
def _():
    body = T('''
    Sayın Dr. Elif Yıldırım,

    Rezervasyonunuz onaylanmıştır.

    PNR kodu      : K7TQ2M
    Uçuş          : AN 2417 Ankara (ESB) - İstanbul (IST)
    Tarih         : 12 Şubat 2027, kalkış 08:40, varış 09:50
    Koltuk        : 14C
    Bilet no      : 235-5550142771
    Sadakat no    : MilPuan 88 104 227

    Etkinlik: 17. Uluslararası Diyabet ve Obezite Kongresi, İstanbul.
    Kongre katılımcılarına %15 indirim uygulanmıştır.

    Bagaj hakkı: 20 kg. İnsülin kalemi gibi kişisel ilaçlar kabin bagajında
    taşınabilir (genel bilgi).

    İyi yolculuklar dileriz.
    Anadolu Hava Yolları Müşteri Hizmetleri
    ''', cs='iso-8859-9', cte='quoted-printable')
    return mk(A('Anadolu Hava Yolları', 'bilet@anadolu-air.com.tr.test', 'iso-8859-9', 'Q'),
              A('Elif Yıldırım', 'e.yildirim@baskent-tip.edu.tr.test', 'iso-8859-9', 'Q'),
              'Rezervasyon onayı K7TQ2M - Ankara-İstanbul 12 Şubat', D(12, 2, 21, 10, '+0300'),
              body, subj_cs='iso-8859-9', subj_enc='Q')


@msg('none', 'trap-cme-transcript-pdf',
     'CME transcript for a physician listing course titles (opioid REMS, HIV PrEP); no patient',
     'CME transcripts')
def _():
    lines = ['CONTINUING MEDICAL EDUCATION TRANSCRIPT',
             'Learner: Adaeze Adeyemi, MD   NPI ' + NPI_ADEYEMI + '   Learner ID CME-330918',
             'Period: 01/01/2026 - 11/30/2026',
             '',
             'Date        Activity                                          Credits',
             '02/11/2026  Opioid analgesic REMS: safe prescribing           3.00 AMA PRA Cat 1',
             '04/02/2026  HIV pre-exposure prophylaxis (PrEP) update 2026   1.50',
             '05/19/2026  Perinatal depression screening in primary care    1.00',
             '07/08/2026  Buprenorphine in the emergency department         2.00',
             '09/23/2026  Hereditary cancer syndromes for generalists       1.25',
             '11/04/2026  Grand Rounds series (8 sessions)                  8.00',
             '',
             'Total: 16.75 AMA PRA Category 1 Credits(TM)',
             'This transcript lists educational activities only.']
    body = MIX(T('''
    Dr. Adeyemi,

    Your year-to-date CME transcript is attached, as requested for your
    hospital reappointment packet. Your state license renewal requires 2
    hours on controlled-substance prescribing, which is satisfied by the
    February REMS course.

    Office of Continuing Medical Education
    '''), ATT(pdf(lines, title='CME transcript'), 'application/pdf', 'CME_Transcript_2026_Adeyemi.pdf'))
    return mk(A('CME Office', 'cme@' + RB), A('Adaeze Adeyemi', 'a.adeyemi@' + RB),
              'Your 2026 CME transcript', D(12, 1, 9, 10), body)


@msg('none', 'trap-board-recert-moc',
     'board maintenance-of-certification reminder (diplomate ID, MOC points); no patient',
     'board certification renewals')
def _():
    body = T('''
    Dear Dr. Kowalczyk,

    Your certification in Internal Medicine - Gastroenterology is current
    through December 31, 2027. To stay on track, please complete the
    following by March 31:

      Diplomate ID .................... 290417
      MOC points earned (cycle) ....... 62 of 100
      Patient-safety points ........... 0 of 20 (required)
      Longitudinal assessment ......... 2 of 4 quarters answered

    Suggested patient-safety activity: "Reducing endoscopy-related
    infections" (20 points, free to diplomates). Your MOC fee of $220 is
    due January 31.

    American Board of Digestive Medicine (fictional board for this corpus)
    https://portal.abdm.example.org
    ''')
    return mk(A('ABDM Diplomate Services', 'moc@abdm.example.org'),
              A('Ines Kowalczyk', 'i.kowalczyk@' + RB),
              'MOC reminder: 20 patient-safety points due by March 31', D(11, 15, 8, 0), body)


@msg('none', 'trap-malpractice-renewal',
     'professional liability policy renewal (specialty class, limits, claims-free credit); no patient',
     'malpractice insurance renewals')
def _():
    body = T('''
    RENEWAL QUOTATION - Professional Liability (claims-made)

    Insured:          Women's Health Associates of Cedar Valley, PC
    Policy:           PL-3307715-06, renewal effective 01/01/2027
    Physicians:       4 (Obstetrics & Gynecology, rating class 8)
    Midwives:         2 (CNM, rating class 3)
    Limits:           $1,000,000 / $3,000,000
    Annual premium:   $241,880  (2026: $229,400)
    Credits:          claims-free 10%, risk-management course 5%

    Loss history (5 years): one closed claim (2023), closed without
    payment. No open claims. Details are in your loss-run report, not in
    this e-mail.

    Please sign the application attachment by December 15 to bind.

    Meadowbrook Physicians Mutual (fictional)
    underwriting@meadowbrook-mutual.example.com - 555-0182
    ''')
    return mk(A('Meadowbrook Underwriting', 'underwriting@meadowbrook-mutual.example.com'),
              A('Practice Manager', 'manager@whacv.example.com'),
              'Renewal quotation PL-3307715-06 (OB/GYN class 8)', D(11, 18, 13, 0), body)


@msg('phi', 'malpractice-incident-notice-named-patient',
     'notice to the insurer names a patient, her delivery and a shoulder dystocia injury',
     'mirror: malpractice insurance renewals')
def _():
    body = T('''
    Incident notice - potential claim (please open a file)

    Policy: PL-3307715-06   Insured physician: Dr. Harriet Okoro
    Patient: Jasmine Calloway, DOB 06/03/1994
    Event: vaginal delivery 10/28/2026 at Cedar Valley Birth Center,
    complicated by shoulder dystocia; infant has a right brachial plexus
    injury and is in physical therapy. The family's attorney requested
    the complete prenatal and delivery records on 11/20.

    No suit filed yet. Records are preserved; please advise on counsel.

    Lydia Brennan, Practice Manager
    Women's Health Associates of Cedar Valley
    ''')
    return mk(A('Lydia Brennan', 'manager@whacv.example.com'),
              A('Meadowbrook Claims', 'claims@meadowbrook-mutual.example.com'),
              'Incident notice - policy PL-3307715-06', D(11, 23, 10, 5), body)


@msg('none', 'trap-nurse-licensure-verification',
     'nurse licence verification (license number, compact status, NPI); no health content',
     'nurse licensure verification')
def _():
    body = T('''
    LICENSE VERIFICATION RESULT

    Name:              Tamsin Achebe-Moreland
    License type:      Registered Nurse (multistate, compact)
    License number:    RN-0884172
    NPI:               %s
    Status:            Active - expires 07/31/2028
    Discipline:        None on record
    Specialty cert:    CEN (Certified Emergency Nurse), exp. 2027

    Requested by: Riverbend Health Talent Acquisition, order VER-55120.
    This verification is primary-source equivalent. Do not reply.

    Nursys-style verification service (fictional) - verify.example.org
    ''' % NPI_NURSE)
    return mk(A('License Verification', 'no-reply@verify.example.org'),
              A('Talent Acquisition', 'talent@' + RB),
              'Verification VER-55120 complete: RN-0884172', D(11, 12, 11, 11), body)


@msg('none', 'trap-dea-registration-renewal',
     'DEA registration renewal reminder for a physician (DEA number, schedules); no patient',
     'DEA registration renewals')
def _():
    body = T('''
    Dear Registrant,

    Our records show the following DEA registration expires on
    01/31/2027:

      Registrant:   INES KOWALCZYK, MD
      DEA number:   %s
      Business activity: Practitioner
      Schedules:    2, 2N, 3, 3N, 4, 5
      State license: MD-44180 (active)

    Renew online at least 45 days before expiry to avoid a lapse. A lapse
    means you may not prescribe or administer controlled substances.

    This is a reminder service run by the Riverbend Medical Staff Office,
    not by the DEA.

    Medical Staff Office, ext. 0113
    ''' % DEA_KOWALCZYK, cte='base64')
    return mk(A('Medical Staff Office', 'medstaff@' + RB), A('Ines Kowalczyk', 'i.kowalczyk@' + RB),
              'Reminder: DEA registration expires 01/31/2027', D(11, 19, 9, 30), body)


@msg('none', 'trap-pdmp-prescriber-registration',
     'PDMP account registration and delegate set-up for a prescriber; no patient query',
     'PDMP accounts')
def _():
    body = T('''
    Welcome to the State Prescription Monitoring Program portal.

    Your prescriber account is active.
      User:   AADEYEMI
      Role:   Prescriber (MD)
      NPI:    %s
      DEA:    %s

    You may now add up to three delegates (nurses or medical assistants)
    who can run patient reports on your behalf. Remember that state law
    requires a PDMP check before prescribing an opioid or benzodiazepine
    for more than 3 days; the EHR integration satisfies this when you
    open the PDMP tab.

    Help desk: 555-0170 (8 am - 5 pm)
    ''' % (NPI_ADEYEMI, DEA_ADEYEMI))
    return mk(A('PMP Portal', 'no-reply@pmp.state-health.test'), A('Adaeze Adeyemi', 'a.adeyemi@' + RB),
              'Your PMP prescriber account is active', D(11, 4, 12, 0), body)


@msg('restricted', 'pdmp-report-buprenorphine-fills',
     'PDMP report on a named patient listing buprenorphine-naloxone fills (opioid use disorder treatment)',
     'mirror: PDMP accounts')
def _():
    rows = [['fill_date', 'drug', 'qty', 'days', 'prescriber', 'pharmacy']]
    for i, d in enumerate(['2026-08-04', '2026-09-01', '2026-09-29', '2026-10-27', '2026-11-24']):
        rows.append([d, 'buprenorphine-naloxone 8-2 mg film', 60, 30, 'Adeyemi A', 'Elm St Pharmacy'])
    rows.append(['2026-06-10', 'oxycodone 5 mg', 12, 3, 'Stroud L (dental)', 'Elm St Pharmacy'])
    body = MIX(T('''
    Dr. Adeyemi - as requested, PDMP report for Marcus Ellery
    (DOB 01/19/1986) before his visit tomorrow. He's been filling
    the Suboxone monthly and on time since August; one short oxycodone
    fill in June from a dentist. No other prescribers.

    Rhea (MA delegate)
    '''), ATT(csv_text(rows), 'text/csv', 'PMP_Ellery_Marcus_1986-01-19.csv'))
    return mk(A('Rhea Salonga', 'r.salonga@' + RB), A('Adaeze Adeyemi', 'a.adeyemi@' + RB),
              'PMP report for tomorrow 9:40', D(12, 2, 16, 5), body)


@msg('none', 'trap-sample-request-cardiqor',
     'drug-rep sample request needing prescriber NPI/DEA and signature; no patient',
     'pharmaceutical sample requests')
def _():
    body = T('''
    Hi Dr. Kowalczyk,

    Thanks for meeting with me on Tuesday. To ship the CARDIQOR 10 mg
    starter packs you asked for, I need a signed sample request form.
    I've pre-filled what I have:

      Practitioner:  Ines Kowalczyk, MD
      NPI:           %s
      DEA:           %s  (not required for CARDIQOR; only for scheduled products)
      Ship to:       Riverbend GI & Liver Clinic, 220 Lantern Rd, Suite 3
      Quantity:      10 cartons x 7 tablets

    You can sign electronically at https://samples.vantorix-pharma.example.com/s/44Q7
    Samples are for your patients' use only and may not be sold.

    Best,
    Jordan Pellerin, Territory Manager, Vantorix Pharmaceuticals (fictional)
    555-0127
    ''' % (NPI_KOWALCZYK, DEA_KOWALCZYK))
    return mk(A('Jordan Pellerin', 'j.pellerin@vantorix-pharma.example.com'),
              A('Ines Kowalczyk', 'i.kowalczyk@' + RB),
              'CARDIQOR sample request form - signature needed', D(11, 19, 16, 40), body)


@msg('none', 'trap-medicare-revalidation-group',
     'Medicare provider revalidation notice for a group (PTAN, group NPI); no beneficiary',
     'payer enrolment revalidation')
def _():
    body = T('''
    REVALIDATION NOTICE

    Provider/supplier: Riverbend GI & Liver Clinic, PLLC
    Group NPI:         %s
    PTAN:              RB4471
    Tax ID:            XX-XXX4190
    Revalidation due:  03/31/2027

    Every enrolled provider must revalidate enrolment information every
    five years. Submit through the online enrolment system. Failure to
    revalidate may result in deactivation of Medicare billing privileges.
    Reassigned practitioners on this group (7) must be listed.

    This is a courtesy notice from your contractor's enrollment unit
    (fictional, for this corpus).
    ''' % NPI_GROUP)
    return mk(A('Provider Enrollment', 'enrollment@mac-jurisdiction.test'),
              A('Credentialing', 'credentialing@' + RB),
              'Revalidation due 03/31/2027 - PTAN RB4471', D(11, 2, 10, 0), body)


@msg('none', 'trap-edi-trading-partner-enrolment',
     'EDI trading-partner enrolment for 837P/835 with submitter IDs; test files only',
     'EDI and clearinghouse operations')
def _():
    body = T('''
    Your EDI enrollment is approved.

    Trading partner:    Riverbend Health Professional Billing
    Submitter ID:       RBH00471
    Receiver ID:        PAYERX-5501
    Transactions:       837P (claims), 835 (remittance), 276/277 (status),
                        270/271 (eligibility)
    Test status:        5 of 5 test 837P files accepted (999 ACK, TA1 clean)
    Production date:    12/14/2026

    Test files must use the synthetic subscribers from the companion guide
    (subscriber ID TEST000001-TEST000010). Do not send production claims to
    the test endpoint.

    Summit Clearinghouse Enrollment Team (fictional)
    ''')
    return mk(A('Summit Clearinghouse', 'enrollment@summit-clearing.example.com'),
              A('PB Billing Systems', 'pb-systems@' + RB),
              'EDI enrollment approved - submitter RBH00471', D(12, 1, 15, 0), body)


@msg('none', 'trap-clearinghouse-outage-batches',
     'clearinghouse incident notice with claim batch counts and dollar totals; no claim detail',
     'EDI and clearinghouse operations')
def _():
    body = T('''
    INCIDENT UPDATE - delayed 837 acceptance

    Between 11/26 18:00 and 11/27 04:30 ET claim batches were received
    but 999 acknowledgements were not returned.

    Your batches in the window:
      Batch 26112701  837P   1,204 claims   $412,880.15
      Batch 26112702  837I     318 claims   $2,904,118.40
      Batch 26112703  837P     877 claims   $301,455.00
    All three have now been acknowledged and forwarded. Do NOT resubmit:
    duplicates will be denied with CARC 18.

    Summit Clearinghouse Operations
    ''')
    return mk(A('Summit Operations', 'ops@summit-clearing.example.com'),
              A('Revenue Cycle', 'revcycle@' + RB), 'Incident update: delayed 999 ACKs 11/26-11/27',
              D(11, 27, 7, 15), body)


@msg('none', 'trap-bls-acls-expiry-list',
     'staff BLS/ACLS certification expiry list with employee IDs; no health content',
     'staff certification tracking')
def _():
    first = ['Ana', 'Bram', 'Chloe', 'Dev', 'Elena', 'Farid', 'Greta', 'Hugo', 'Isla', 'Jonas',
             'Kira', 'Liam', 'Mina', 'Nico', 'Oona', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tess']
    last = ['Moreau', 'Singh', 'Kowal', 'Obi', 'Lund', 'Haddad', 'Reyes', 'Berg', 'Nakamura',
            'Costa', 'Ivanova', 'Walsh', 'Park', 'Duarte', 'Ferris', 'Novak', 'Adler', 'Quint',
            'Sato', 'Varga']
    rows = [['employee_id', 'name', 'unit', 'BLS_exp', 'ACLS_exp', 'PALS_exp']]
    units = ['ED', 'ICU', 'L&D', 'Peds', 'Psych 2', 'Oncology 4']
    for i in range(20):
        rows.append(['E%06d' % (200310 + i * 17), '%s %s' % (first[i], last[i]), units[i % 6],
                     '2027-%02d-15' % (1 + i % 12), '2026-12-%02d' % (5 + i) if i % 3 == 0 else '2027-06-30',
                     'n/a' if units[i % 6] != 'Peds' else '2027-02-28'])
    body = MIX(T('''
    Managers - attached are staff whose BLS, ACLS or PALS expire in the
    next 60 days. Skills sessions are Tuesdays and Thursdays in the
    Simulation Center. Staff with a lapsed card cannot take a patient
    assignment in a unit that requires it.

    Clinical Education
    '''), ATT(csv_text(rows), 'text/csv', 'cert_expiry_60days.csv'))
    return mk(A('Clinical Education', 'clin-ed@' + RB), A('Nurse Managers', 'nurse-managers@' + RB),
              'BLS/ACLS/PALS expiring within 60 days', D(11, 30, 7, 30), body)


# ---------------------------------------------------------------- research administration

@msg('none', 'trap-irb-approval-enrolment',
     'IRB continuing-review approval with aggregate enrolment and SAE counts; no subject',
     'IRB approvals and amendments')
def _():
    body = T('''
    IRB APPROVAL - CONTINUING REVIEW

    Protocol:   IRB-2024-0412 "Long-acting injectable PrEP uptake among
                young adults in community clinics"
    PI:         Dr. Noor Haddad
    Approval:   11/20/2026 - 11/19/2027 (expedited, category 7)
    Risk level: minimal

    Enrolment:  target 240; enrolled 187 (screened 261, screen failures 74)
    SAEs:       0 related; 2 unrelated (reported at last review)
    Deviations: 3 minor (consent version), corrective plan accepted

    Approved documents: consent v6.1, HIPAA authorization v3, recruitment
    flyer v4 (Spanish and English).

    Riverbend Health Institutional Review Board
    ''')
    return mk(A('IRB Office', 'irb@research.' + RB), A('Noor Haddad', 'n.haddad@cedarvalley.example.com'),
              'IRB-2024-0412 continuing review approved', D(11, 20, 16, 0), body)


@msg('phi', 'irb-sae-report-identifies-subject',
     'IRB serious adverse event report identifies a subject (initials, DOB, site) with pancreatitis',
     'mirror: IRB approvals and amendments')
def _():
    body = T('''
    SERIOUS ADVERSE EVENT REPORT - 7-day report

    Protocol: IRB-2025-0219 "MIGRALUX for chronic migraine prevention" (fictional drug)
    Subject:  RB-019, initials D.K.W., DOB 03/08/1972, enrolled at the
              Lantern Road clinic; name Donovan Whitcombe (see source docs)
    Event:    acute pancreatitis, hospitalized 11/21-11/25, lipase 1,840 U/L
    Relation: possibly related; study drug held, subject not withdrawn
    Outcome:  recovering, discharged home

    Sponsor notified 11/22. Please attach to the next IRB meeting agenda.

    Study coordinator: Helga Sorensen, ext. 0188
    ''')
    return mk(A('Helga Sorensen', 'h.sorensen@research.' + RB), A('IRB Office', 'irb@research.' + RB),
              'SAE report - IRB-2025-0219 subject RB-019', D(11, 26, 9, 45), body)


@msg('none', 'trap-irb-amendment-fr',
     'French (Quebec) ethics-committee amendment approval with aggregate recruitment; no participant',
     'IRB approvals and amendments', 'fr')
def _():
    body = T('''
    Objet : Approbation de la modification n° 3 – projet CÉR-2025-118

    Madame la chercheuse principale,

    Le Comité d'éthique de la recherche a approuvé la modification n° 3 de
    votre projet « Dépistage de la dépression post-partum en première
    ligne : essai pragmatique en grappes ».

    Modifications approuvées :
    • ajout de deux cliniques (grappes 13 et 14) ;
    • nouvelle version du formulaire de consentement (v5.0, 2026-11-02) ;
    • taille d'échantillon portée de 1 200 à 1 450 participantes.

    Recrutement à ce jour : 1 037 participantes ; aucun événement
    indésirable grave lié à l'étude.

    Veuillez agréer nos salutations distinguées.
    Secrétariat du CÉR – CIUSSS des Laurentides-Nord (fictif)
    ''', cte='quoted-printable')
    return mk(A('Secrétariat du CÉR', 'cer@ciusss-ln.qc.ca.test'),
              A('Dre Mélanie Gagnon', 'm.gagnon@ciusss-ln.qc.ca.test'),
              'Approbation de la modification n° 3 – CÉR-2025-118', D(11, 9, 14, 20), body)


@msg('none', 'trap-grant-budget-justification',
     'grant budget justification (effort, incentives, lab costs for an HIV study); no participant',
     'grant budgets')
def _():
    body = T('''
    Budget justification - R01 resubmission, Year 1 (draft v3)

    A. Senior/key personnel
       N. Haddad, NP, PhD (PI), 30% effort ......................... $41,220
       A. Adeyemi, MD (co-I, addiction medicine), 10% effort ......... $24,900
    B. Other personnel
       Research coordinator, 100% ................................... $62,400
       Peer navigator (lived experience), 50% ........................ $26,000
    C. Participant costs
       Incentives: $50 x 3 visits x 160 participants ................ $24,000
       Transit cards ................................................. $6,400
    D. Laboratory
       HIV-1 RNA assays (viral load), 480 @ $38 ...................... $18,240
       Urine drug screens, 480 @ $12 .................................. $5,760
    E. Indirects (F&A 58.5% MTDC)

    Francesca, can you check the incentive line against the IRB-approved
    amount before I upload? Deadline is Friday 5 pm.

    Noor
    ''')
    return mk(A('Noor Haddad', 'n.haddad@cedarvalley.example.com'),
              A('Francesca Orlov', 'f.orlov@research.' + RB),
              'Budget justification v3 for the R01 resubmission', D(12, 2, 13, 5), body)


@msg('none', 'trap-dua-deidentified-terms',
     'data use agreement listing the 18 HIPAA identifiers to remove; terms only, no data',
     'data-sharing agreements')
def _():
    body = T('''
    Attached please find the final Data Use Agreement for the
    de-identified diabetes outcomes extract (DUA-2026-041).

    Key terms
    - Data set: de-identified under the Safe Harbor method. The following
      are removed: names; geographic units smaller than a state (except
      the first three ZIP digits where the population exceeds 20,000);
      all dates except year; phone and fax numbers; e-mail addresses;
      SSNs; medical record numbers; health plan beneficiary numbers;
      account numbers; licence numbers; vehicle and device identifiers;
      URLs; IP addresses; biometric identifiers; full-face photographs;
      any other unique identifying number or code.
    - Ages over 89 are aggregated to "90+".
    - Recipient will not attempt re-identification or contact individuals.
    - Term: 3 years; destruction certificate at end of term.

    Variables: year of diagnosis, HbA1c by quarter, insulin use (Y/N),
    eGFR stage, 3-digit ZIP, age band.

    Office of Research Contracts
    ''')
    return mk(A('Research Contracts', 'contracts@research.' + RB),
              A('Prof. Yusuf Demir', 'y.demir@university.example.edu.test'),
              'DUA-2026-041 fully executed (de-identified diabetes extract)', D(11, 10, 11, 30), body)


@msg('phi', 'deidentified-extract-still-has-names',
     '"de-identified" CSV extract still carries names, full DOBs and diagnoses/A1c',
     'mirror: data-sharing agreements')
def _():
    first = ['Evelyn', 'Marcus', 'Lena', 'Oscar', 'Priya', 'Walter', 'Ruth', 'Tobias', 'Carmen',
             'Felix', 'Agnes', 'Dmitri', 'Hana', 'Curtis', 'Bianca', 'Gideon', 'Ilse', 'Jamal',
             'Kerstin', 'Luca', 'Maeve', 'Nils']
    last = ['Hartley', 'Quade', 'Vossberg', 'Ndiaye', 'Kapoor', 'Fenwick', 'Ostrowski', 'Lamarr',
            'Iglesias', 'Brandauer', 'Whitlock', 'Sorokin', 'Matsuda', 'Pryor', 'Castellanos',
            'Ashby', 'Reinholt', 'Osei', 'Lindahl', 'Ferrante', 'Gallagher', 'Holmqvist']
    rows = [['study_id', 'name', 'dob', 'zip', 'dx', 'a1c_latest', 'insulin']]
    for i in range(22):
        rows.append(['DM-%04d' % (i + 1), '%s %s' % (first[i], last[i]),
                     '19%02d-%02d-%02d' % (45 + i * 2, 1 + i % 12, 3 + i),
                     '4501%d' % (i % 10), 'E11.9' if i % 4 else 'E11.22 (diabetic CKD)',
                     '%.1f' % (6.4 + (i * 7 % 40) / 10), 'Y' if i % 3 == 0 else 'N'])
    body = MIX(T('''
    Yusuf, here is the de-identified extract under DUA-2026-041.
    I ran the export from the registry view this morning. Let me know if
    the columns work for your model.

    Francesca
    '''), ATT(csv_text(rows), 'text/csv', 'dm_outcomes_deid_v1.csv'))
    return mk(A('Francesca Orlov', 'f.orlov@research.' + RB),
              A('Prof. Yusuf Demir', 'y.demir@university.example.edu.test'),
              'DUA-2026-041 de-identified extract v1', D(11, 24, 10, 2), body)


@msg('restricted', 'deidentified-hiv-extract-still-named',
     'research extract labelled de-identified still names people with HIV viral loads and ART',
     'mirror: data-sharing agreements')
def _():
    names = ['Aurelio Banks', 'Simone Tallis', 'Horace Nyambura', 'Delphine Kraus', 'Winston Achebe',
             'Paloma Reyes', 'Cedric Holloway', 'Yvette Marchetti', 'Rashid Okafor', 'Lionel Strand',
             'Marta Szabo', 'Desmond Pike', 'Naomi Faulkner', 'Gustavo Leal', 'Irene Vasquez',
             'Tobias Engel', 'Constance Mbeki', 'Elliot Ramsey', 'Farah Qureshi', 'Jerome Baptiste']
    rows = [['pid', 'name', 'dob', 'hiv_vl_copies', 'cd4', 'art_regimen']]
    regs = ['BIC/FTC/TAF', 'DTG/3TC', 'DTG + FTC/TAF', 'CAB/RPV LA']
    for i, n in enumerate(names):
        rows.append(['P%03d' % (i + 1), n, '19%02d-%02d-%02d' % (70 + i, 1 + i % 12, 2 + i),
                     '<20' if i % 5 else str(1200 + i * 310), 380 + i * 23, regs[i % 4]])
    body = MIX(T('''
    Attaching the "de-identified" clinic cohort for the viral suppression
    analysis. I left the name column in so we can match to the pharmacy
    refill data later; will drop it before it goes to the sponsor.

    Jae
    '''), ATT(csv_text(rows), 'text/csv', 'vs_cohort_deid.csv'))
    return mk(A('Jae-won Seo', 'j.seo@research.' + RB), A('Noor Haddad', 'n.haddad@cedarvalley.example.com'),
              'viral suppression cohort (deid) for analysis', D(11, 17, 15, 50), body)


@msg('none', 'trap-dsmb-open-report-aggregate',
     'DSMB open-session report with adverse events by arm (aggregate); no participant',
     'DSMB reports')
def _():
    html = '''
    <html><body>
    <h3>DSMB Open Session Report &ndash; MIGRALUX-301 (fictional) &ndash; data cut 10/31/2026</h3>
    <p>Enrolled 612 of 800. Pooled (blinded) data only in the open session.</p>
    <table border="1" cellpadding="3">
    <tr><th>Event (MedDRA PT)</th><th>Pooled n (%)</th></tr>
    <tr><td>Nausea</td><td>71 (11.6)</td></tr>
    <tr><td>Injection-site reaction</td><td>48 (7.8)</td></tr>
    <tr><td>ALT &gt; 3x ULN</td><td>6 (1.0)</td></tr>
    <tr><td>Pancreatitis</td><td>2 (0.3)</td></tr>
    <tr><td>Suicidal ideation (C-SSRS positive)</td><td>3 (0.5)</td></tr>
    </table>
    <p>Retention 91%. Closed-session tables are sent separately to DSMB members only.</p>
    </body></html>
    '''
    return mk(A('Trial Statistics Center', 'tsc@research.' + RB), A('DSMB Members', 'dsmb-301@research.' + RB),
              'MIGRALUX-301 DSMB open report, data cut 10/31', D(11, 30, 16, 45), H(html))


@msg('none', 'trap-biobank-consortium-minutes-pl',
     'Polish (ISO-8859-2) biobank consortium minutes with aggregate sample counts; no donor',
     'research consortium minutes', 'pl')
def _():
    body = T('''
    Protokół z posiedzenia Rady Konsorcjum Biobanków – 26 listopada 2026

    Obecni: przedstawiciele 7 ośrodków (lista w załączniku).

    1. Stan zbiorów na 31 października:
       – surowica i osocze: 148 210 próbek od 21 904 dawców,
       – DNA: 19 877 próbek,
       – tkanki nowotworowe (FFPE): 6 412 bloczków.
    2. Zatwierdzono wspólny wzór świadomej zgody (wersja 4.2) oraz
       procedurę pseudonimizacji – klucz przechowuje wyłącznie ośrodek
       macierzysty.
    3. Wnioski o udostępnienie: 3 przyjęte (badania nad cukrzycą typu 2
       i rakiem jelita grubego), 1 odrzucony (brak zgody komisji etycznej).
    4. Następne posiedzenie: 28 stycznia 2027, Kraków.

    Protokołowała: dr Agnieszka Wróblewska
    ''', cs='iso-8859-2')
    return mk(A('Sekretariat Konsorcjum', 'sekretariat@biobank-konsorcjum.pl.test', 'iso-8859-2', 'Q'),
              A('Rada Konsorcjum', 'rada@biobank-konsorcjum.pl.test'),
              'Protokół z posiedzenia Rady – 26 listopada 2026', D(11, 27, 12, 0, '+0100'), body,
              subj_cs='iso-8859-2', subj_enc='Q')


@msg('none', 'trap-nursing-cfp-fa',
     'Farsi call for abstracts for a nursing conference (topics: diabetes, mental health); no patient',
     'calls for abstracts', 'fa')
def _():
    body = H('''
    <html dir="rtl" lang="fa"><body style="font-family:Tahoma">
    <h2>فراخوان ارسال مقاله</h2>
    <p>هفتمین همایش سراسری پرستاری و مامایی</p>
    <p>محورهای همایش:</p>
    <ul>
    <li>مراقبت پرستاری در بیماران دیابتی</li>
    <li>سلامت روان پرستاران و فرسودگی شغلی</li>
    <li>ایمنی بیمار و پیشگیری از خطاهای دارویی</li>
    <li>آموزش پرستاری مبتنی بر شبیه‌سازی</li>
    </ul>
    <p>آخرین مهلت ارسال خلاصه مقاله: ۱۵ دی ۱۴۰۵</p>
    <p>دبیرخانه همایش: congress@nursing-congress.ir.test</p>
    </body></html>
    ''', cte='base64')
    return mk(A('دبیرخانه همایش', 'congress@nursing-congress.ir.test'),
              A('اعضای انجمن', 'members@nursing-society.ir.test'),
              'فراخوان ارسال مقاله - هفتمین همایش سراسری پرستاری', D(11, 14, 10, 0, '+0330'), body)


# ---------------------------------------------------------------- public health

@msg('none', 'trap-surveillance-weekly-zip-csv',
     'county weekly reportable-disease counts by ZIP (aggregate public health statistics)',
     'public health surveillance reports')
def _():
    rows = [['mmwr_week', 'zip', 'condition', 'cases', 'rate_per_100k']]
    zips = ['45001', '45002', '45005', '45011', '45013', '45020']
    conds = [('Pertussis', [0, 2, 1, 0, 3, 0]), ('Salmonellosis', [1, 0, 0, 2, 1, 1]),
             ('Hepatitis C, chronic', [4, 6, 2, 3, 5, 1]), ('Chlamydia', [18, 25, 9, 14, 31, 6]),
             ('Influenza-assoc. hospitalization', [7, 12, 3, 5, 9, 2])]
    for c, vals in conds:
        for z, v in zip(zips, vals):
            rows.append(['2026-47', z, c, v, '%.1f' % (v * 100000 / 18500)])
    body = MIX(T('''
    Attached is the MMWR week 47 reportable disease summary for Lantern
    County. Counts under 5 are shown for internal partners only and must be
    suppressed in any public posting. Pertussis is above the 5-year
    baseline in 45013; school nurses have been notified.

    Lantern County Health Department, Epidemiology
    '''), ATT(csv_text(rows), 'text/csv', 'week47_by_zip.csv'))
    return mk(A('County Epidemiology', 'epi@lantern-county-health.test'),
              A('Infection Prevention', 'ip@' + RB),
              'MMWR week 47 reportable disease counts by ZIP', D(11, 27, 14, 0), body)


@msg('phi', 'surveillance-report-with-case-line',
     'weekly surveillance e-mail that slips in a line-listed measles case with name, DOB and address',
     'mirror: public health surveillance reports')
def _():
    body = T('''
    Week 48 summary: counts in the attached dashboard as usual.

    Action needed - measles, confirmed (IgM+, PCR+):
      Case 26-0041: Leopold Hargreaves, DOB 05/11/2019, 14 Birchwood Ct,
      45013. Unvaccinated. Rash onset 11/28; seen at Riverbend ED 11/30
      (exposure window 10:00-16:00). Please pull the ED waiting-room roster
      for contact tracing and confirm staff MMR status.

    Lantern County Health Department, Epidemiology - 555-0189
    ''')
    return mk(A('County Epidemiology', 'epi@lantern-county-health.test'),
              A('Infection Prevention', 'ip@' + RB), 'Week 48 summary + measles contact tracing',
              D(12, 2, 8, 20), body)


@msg('none', 'trap-hfmd-weekly-vi',
     'Vietnamese weekly hand-foot-mouth disease counts by district (aggregate); no patient',
     'public health surveillance reports', 'vi')
def _():
    html = '''
    <html lang="vi"><body>
    <h3>Báo cáo tuần 47: Bệnh tay chân miệng</h3>
    <p>Kính gửi các cơ sở y tế trên địa bàn,</p>
    <p>Trong tuần 47, toàn tỉnh ghi nhận <b>214 ca</b> tay chân miệng, tăng 18% so với tuần trước.
    Không có ca tử vong.</p>
    <table border="1">
    <tr><th>Huyện</th><th>Số ca</th><th>Nhập viện</th></tr>
    <tr><td>Thành phố</td><td>96</td><td>11</td></tr>
    <tr><td>Huyện Đông</td><td>58</td><td>4</td></tr>
    <tr><td>Huyện Tây</td><td>60</td><td>6</td></tr>
    </table>
    <p>Đề nghị các trường mầm non tăng cường rửa tay bằng xà phòng và khử khuẩn đồ chơi.</p>
    <p>Trung tâm Kiểm soát Bệnh tật tỉnh</p>
    </body></html>
    '''
    return mk(A('CDC tỉnh', 'baocao@cdc-tinh.vn.test'), A('Các cơ sở y tế', 'coso-yte@cdc-tinh.vn.test'),
              'Báo cáo tuần 47 – bệnh tay chân miệng', D(11, 28, 8, 0, '+0700'), H(html, cte='base64'))


@msg('none', 'trap-heat-advisory-alt',
     'public-health heat advisory (general advice for people with heart disease); no individual',
     'environmental health alerts')
def _():
    plain = '''
    EXCESSIVE HEAT WARNING - Lantern County - Saturday through Monday

    Heat index up to 108F. Cooling centers open at all public libraries.

    People at higher risk: adults over 65, infants, people with heart or
    kidney disease, people taking diuretics, beta-blockers or some
    psychiatric medications (which can reduce sweating), outdoor workers.

    Check on neighbours twice a day. Call 911 for confusion, fainting or a
    body temperature above 103F.
    '''
    html = '''
    <html><body><h2 style="color:#b00">Excessive Heat Warning</h2>
    <p>Heat index up to <b>108&deg;F</b>, Saturday&ndash;Monday. Cooling centers at all libraries.</p>
    <p><b>Higher risk:</b> adults over 65, infants, heart or kidney disease, diuretics,
    beta-blockers, some psychiatric medications, outdoor workers.</p>
    <p>Call 911 for confusion, fainting or temperature above 103&deg;F.</p></body></html>
    '''
    return mk(A('Lantern County Health Alerts', 'alerts@lantern-county-health.test'),
              A('Community Partners', 'partners@lantern-county-health.test'),
              'Excessive Heat Warning Saturday-Monday: cooling centers open', D(7, 17, 15, 0, '-0400'),
              ALT(plain, html, cte='quoted-printable'))


# ---------------------------------------------------------------- finance, revenue cycle, HR

@msg('none', 'trap-price-transparency-csv',
     'hospital price-transparency file excerpt (CPT, payer, negotiated rate); no patient',
     'hospital price transparency files')
def _():
    rows = [['description', 'code', 'code_type', 'payer', 'plan', 'negotiated_rate', 'gross_charge',
             'discounted_cash']]
    items = [('MRI knee without contrast', '73721'), ('Colonoscopy, diagnostic', '45378'),
             ('Vaginal delivery, global', '59400'), ('Psychotherapy, 60 min', '90837'),
             ('HIV-1 RNA quantification', '87536'), ('BRCA1/2 full sequence', '81162'),
             ('Office visit, est. level 4', '99214'), ('CT head without contrast', '70450')]
    payers = [('Acme Health Plan', 'PPO'), ('Keystone Mutual', 'HMO'), ('State Medicaid MCO-B', 'Medicaid')]
    for i, (d, c) in enumerate(items):
        for j, (p, pl) in enumerate(payers):
            gross = 300 + i * 410
            rows.append([d, c, 'CPT', p, pl, '%.2f' % (gross * (0.42 + 0.08 * j)), '%.2f' % gross,
                         '%.2f' % (gross * 0.55)])
    body = MIX(T('''
    The quarterly machine-readable standard-charge file was posted to the
    public website today. Excerpt of the shoppable-services subset attached
    for the Finance Committee packet. The full file (2.3 GB JSON) follows the
    CMS template version 2.0.

    Pricing & Reimbursement
    '''), ATT(csv_text(rows), 'text/csv', 'shoppable_services_Q4.csv'))
    return mk(A('Pricing & Reimbursement', 'pricing@' + RB), A('Finance Committee', 'fin-committee@' + RB),
              'Q4 price transparency file posted - shoppable services excerpt', D(10, 1, 12, 0, '-0400'), body)


@msg('phi', 'good-faith-estimate-named-patient',
     'price estimate e-mail to a named self-pay patient for their scheduled knee MRI with account number',
     'mirror: hospital price transparency files')
def _():
    body = T('''
    Dear Mr. Castellanos,

    Here is the good faith estimate you asked for before your MRI.

    Patient:            Rafael Castellanos, DOB 12/02/1979
    Account:            GFE-2026-114782
    Scheduled service:  MRI right knee without contrast (CPT 73721),
                        ordered by Dr. Helen Marsh for a suspected
                        meniscus tear, December 10 at 7:15 PM
    Estimated charge:   $1,540.00   Self-pay discount (45%): -$693.00
    Your estimate:      $847.00

    If your bill is $400 or more above this estimate you may dispute it.

    Patient Financial Services, 555-0138
    ''')
    return mk(A('Patient Financial Services', 'pfs@' + RB), A('Rafael Castellanos', 'rcastellanos@mail.example.net'),
              'Your good faith estimate - MRI on December 10', D(12, 3, 16, 20), body)


@msg('none', 'trap-chargemaster-update',
     'chargemaster line updates (CDM numbers, revenue codes, HCPCS, prices); no patient',
     'chargemaster updates')
def _():
    body = T('''
    CDM change request CR-2026-318 - effective 01/01/2027

    CDM #      Description                         Rev  HCPCS   Old price   New price
    30011720   ECHO TTE COMPLETE W DOPPLER         483  93306   $2,410.00   $2,482.00
    30014455   INFUSION CHEMO 1ST HR               335  96413   $1,188.00   $1,223.00
    30020019   BUPRENORPHINE XR INJ 100MG          636  Q9991   $2,930.00   $3,011.00
    30020020   BUPRENORPHINE XR INJ 300MG          636  Q9992   $2,930.00   $3,011.00
    30031107   IUD LEVONORGESTREL 52MG             272  J7298   $1,360.00   $1,402.00
    30040882   PSYCH DIAG EVAL W MED SVCS          914  90792   $  640.00   $  659.00
    30051003   GENETIC COUNSELING 30 MIN           940  96040   $  210.00   $  216.00
    30060311   HIV-1/2 AG-AB 4TH GEN               300  87389   $  118.00   $  121.50

    Rationale: annual 3.0% increase; HCPCS for extended-release buprenorphine
    confirmed against the January quarterly update. Please approve in the
    CDM workflow by 12/11.

    Charge Integrity Team
    ''')
    return mk(A('Charge Integrity', 'charge-integrity@' + RB), A('Department Directors', 'directors@' + RB),
              'CDM change request CR-2026-318 for approval (eff. 1/1/2027)', D(12, 1, 13, 45), body)


@msg('none', 'trap-denial-rates-carc-html',
     'revenue-cycle KPI dashboard of denial rates by CARC code and payer (aggregate)',
     'revenue-cycle KPIs')
def _():
    html = '''
    <html><body>
    <h3>Denials dashboard &ndash; October 2026</h3>
    <p>Initial denial rate 11.8% (target &lt; 8%). Net collection rate 96.1%. DNFB 5.2 days.</p>
    <table border="1" cellpadding="3">
    <tr><th>CARC</th><th>Meaning</th><th>Claims</th><th>$ denied</th><th>Top payer</th></tr>
    <tr><td>CO-197</td><td>Precert/authorization absent</td><td>1,412</td><td>$2.91M</td><td>Acme Health Plan</td></tr>
    <tr><td>CO-50</td><td>Not medically necessary</td><td>988</td><td>$1.77M</td><td>Keystone Mutual</td></tr>
    <tr><td>CO-16</td><td>Missing information</td><td>2,204</td><td>$1.02M</td><td>State Medicaid MCO-B</td></tr>
    <tr><td>CO-27</td><td>Coverage terminated</td><td>613</td><td>$0.44M</td><td>Acme Health Plan</td></tr>
    <tr><td>CO-45</td><td>Charge exceeds fee schedule</td><td>5,880</td><td>contractual</td><td>all</td></tr>
    </table>
    <p>Behavioral health authorization denials (CO-197) rose 22% after the payer's portal change.</p>
    </body></html>
    '''
    return mk(A('Revenue Cycle Analytics', 'rc-analytics@' + RB), A('Revenue Cycle', 'revcycle@' + RB),
              'October denials dashboard: CO-197 up, initial denial rate 11.8%', D(11, 9, 8, 0), H(html))


@msg('phi', 'denial-report-with-example-claims',
     'denial KPI e-mail lists example patients with claim numbers, CPT/ICD codes and amounts',
     'mirror: revenue-cycle KPIs')
def _():
    body = T('''
    Follow-up to the October dashboard - the CO-50 denials from Keystone
    that we want to appeal first (largest dollars):

    Claim 2610-448812  Beatrix Holm      DOB 03/12/1958  CPT 27447 total knee
                       ICD M17.11  billed $38,410  denied CO-50
    Claim 2610-451190  Ignatius Ferrer   DOB 11/30/1949  CPT 33208 pacemaker
                       ICD I44.2   billed $41,775  denied CO-50
    Claim 2610-453307  Shirin Abbasi     DOB 07/07/1990  CPT 72148 MRI L-spine
                       ICD M54.16  billed $2,310   denied CO-50

    Please pull the op notes and the prior-auth screenshots for each.

    Wendell Frost, Denials Management Lead
    ''')
    return mk(A('Wendell Frost', 'w.frost@' + RB), A('Appeals Team', 'appeals@' + RB),
              'CO-50 appeals - top three Keystone claims', D(11, 10, 10, 30), body)


@msg('none', 'trap-cost-report-worksheet',
     'Medicare cost report statistics (bed days, FTEs, discharges) for the hospital; aggregate',
     'cost reports')
def _():
    body = T('''
    FY2026 cost report - Worksheet S-3 Part I draft figures for review

    Component                     Beds   Bed days avail   Inpatient days   Discharges
    Adults & pediatrics (acute)    312       113,880           91,406         19,822
    Intensive care unit             36        13,140           11,287              -
    Psychiatric unit (IPF)          28        10,220            8,914          1,106
    Inpatient rehabilitation        20         7,300            6,115            602
    Nursery                          -             -            4,410              -
    Observation (non-distinct)       -             -            6,982              -

    Total FTEs (paid): 3,412.6   Employee-related costs: $98.4M

    Please confirm the IPF discharges against the psychiatric PPS
    statistics before we lock Worksheet S-3.

    Reimbursement Department
    ''')
    return mk(A('Reimbursement', 'reimbursement@' + RB), A('CFO Office', 'cfo@' + RB),
              'FY2026 cost report S-3 draft - please review', D(11, 16, 14, 10), body)


@msg('none', 'trap-lockbox-deposit-recon',
     'bank lockbox deposit reconciliation (bank account, check numbers, payer totals); no patient',
     'treasury and lockbox')
def _():
    body = T('''
    Lockbox 7741 - deposit reconciliation 11/20/2026

    Bank:               First Lantern Bank (fictional)
    Account:            ****9921 (operating)  Routing ***0119
    Deposit total:      $1,284,551.37
    Items:              312 (EFT 41, paper checks 271)

    Payer                      Items   Amount          835 matched
    Acme Health Plan             88     $512,004.10    yes
    Keystone Mutual              61     $388,410.55    yes
    State Medicaid MCO-B         19     $201,993.02    yes
    Patient checks (batched)    144     $ 54,118.70    n/a
    Unidentified                  0     $      0.00

    Variance: $0.00. Posted to GL 1010-00 and cash batch CB-26-1120.

    Treasury Operations
    ''')
    return mk(A('Treasury Operations', 'treasury@' + RB), A('Cash Posting', 'cash-posting@' + RB),
              'Lockbox 7741 deposit 11/20 reconciled - $1,284,551.37', D(11, 20, 17, 40), body)


@msg('none', 'trap-payroll-stub-differential',
     'payroll stub for a nurse (employee ID, unit differential, bank digits); no health content',
     'payroll')
def _():
    html = '''
    <html><body style="font-family:Verdana,sans-serif;font-size:12px">
    <p>Your pay statement for period 11/08&ndash;11/21/2026 is ready.</p>
    <table border="1" cellpadding="3">
    <tr><td>Employee</td><td>Ruth Okonjo</td><td>Employee ID</td><td>104883</td></tr>
    <tr><td>Department</td><td colspan="3">7460 Inpatient Behavioral Health 3E</td></tr>
    <tr><td>Regular 72.0 h</td><td>$3,312.00</td><td>Night differential 36.0 h</td><td>$162.00</td></tr>
    <tr><td>BH unit premium 72.0 h</td><td>$108.00</td><td>Charge pay 12.0 h</td><td>$24.00</td></tr>
    <tr><td>Gross</td><td>$3,606.00</td><td>Net pay</td><td>$2,611.42</td></tr>
    <tr><td>Deposit to</td><td colspan="3">Checking ****4471</td></tr>
    </table>
    <p>View the full statement in the Employee Self-Service portal.</p>
    </body></html>
    '''
    return mk(A('Payroll', 'payroll@' + RB), A('Ruth Okonjo', 'r.okonjo@' + RB),
              'Your pay statement for 11/08-11/21 is ready', D(11, 27, 5, 0), H(html))


@msg('none', '401k-safe-harbor-notice',
     'retirement plan notice with a plan account number; no health content',
     'retirement plan notices')
def _():
    body = T('''
    Annual Safe Harbor Notice - Riverbend Health 401(k) Retirement Savings Plan

    Participant: Theodore Nakashima   Account: 401K-88-0041972
    Plan year 2027

    - Employer safe-harbor match: 100% of the first 4% you contribute.
    - Vesting: match is 100% vested immediately.
    - Your current deferral: 6% pre-tax, 2% Roth.
    - Auto-escalation: +1% each April to 10%.

    To change your election, log in to the plan website or call
    1-800-555-0161. This notice is required by law; no action is needed
    if you are happy with your elections.
    ''')
    return mk(A('Retirement Plan Services', 'plan-notices@retire-admin.example.com'),
              A('Theodore Nakashima', 't.nakashima@' + RB),
              'Annual safe harbor notice for plan year 2027', D(11, 30, 6, 0), body)


@msg('none', 'trap-timesheet-approval',
     'timesheet approval list with employee IDs and cost centres named for clinical units; no patient',
     'timesheets')
def _():
    body = T('''
    The following timesheets are waiting for your approval (deadline Monday 10:00):

    Emp ID   Name                 Cost center                        Hours  Exceptions
    105117   Abena Mensah         7420 Oncology Infusion             80.0   -
    105233   Marco Bellini        7420 Oncology Infusion             86.5   OT 6.5
    105290   Sunita Rao           7431 Metha\x1edone/OTP Dispensary      72.0   -
    105301   Gareth Lloyd         7455 HIV/ID Clinic                 64.0   PTO 16.0
    105377   Lise Andersen        7462 Fertility & IVF Lab           80.0   missed punch 11/18
    105402   Tomas Herrera        7470 Eating Disorders Day Program  40.0   -

    Approve in Workforce: Manager Self-Service > Timesheets.
    ''', cte='quoted-printable')
    return mk(A('Workforce Timekeeping', 'timekeeping@' + RB), A('Lucia Ferreira', 'l.ferreira@' + RB),
              '6 timesheets waiting for approval', D(11, 21, 18, 0), body)


@msg('phi', 'fmla-approval-names-surgery',
     'HR leave approval names the employee and her scheduled rotator cuff repair (procedure)',
     'mirror: timesheets')
def _():
    body = T('''
    Dear Ms. Mensah,

    Your request for FMLA leave has been APPROVED.

    Employee ID:   105117
    Leave dates:   12/14/2026 - 02/07/2027 (continuous)
    Reason:        your own serious health condition - right rotator cuff
                   repair scheduled with Dr. Farouk Nassar on 12/14, then
                   physical therapy three times a week
    Return:        fitness-for-duty certification from your surgeon needed

    Leave Administration, Human Resources, ext. 0105
    ''')
    return mk(A('Leave Administration', 'leave@' + RB), A('Abena Mensah', 'a.mensah@' + RB),
              'FMLA leave approved 12/14/2026 - 02/07/2027', D(12, 1, 11, 0), body)


@msg('none', 'trap-benefits-election-confirmation',
     'borderline: benefits election with medical plan, member ID and dependants\' DOBs, but no care, claim or diagnosis',
     'benefits enrolment')
def _():
    body = T('''
    Benefits Confirmation Statement - plan year 2027

    Employee: Gareth Lloyd (105301)

    Coverage                 Plan                         Tier              Per pay
    Medical                  Riverbend Choice PPO (RB-PPO2) Employee+Family  $212.40
    Dental                   DentaFirst Plus              Employee+Family   $31.10
    Vision                   ClearSight Basic             Employee+Family    $6.80
    Health Savings Account   not eligible with PPO        -                  -
    Dependent care FSA       $2,500/year                  -                 $96.15

    Member ID (medical): RBX88104330   Group: 004471
    Dependents: Megan Lloyd (spouse, DOB 02/09/1988), Owen Lloyd (son,
    DOB 06/21/2017), Isla Lloyd (daughter, DOB 10/04/2020)

    ID cards will arrive by mail before January 1. Review at the benefits
    portal by December 11 to make changes.
    ''')
    return mk(A('HR Benefits', 'benefits@' + RB), A('Gareth Lloyd', 'g.lloyd@' + RB),
              'Your 2027 benefits confirmation statement', D(11, 25, 7, 0), body)


@msg('none', 'trap-open-enrolment-tl',
     'Tagalog open-enrolment announcement for staff (plans, deadlines); no individual',
     'benefits enrolment', 'tl')
def _():
    body = T('''
    Magandang araw sa lahat ng kawani!

    Bukas na ang Open Enrollment para sa mga benepisyo ng 2027 mula
    Nobyembre 16 hanggang Disyembre 11.

    Mga pagbabago ngayong taon:
    • Bagong planong medikal na may mas mababang deductible
    • Libreng konsultasyon sa telehealth para sa buong pamilya
    • Dagdag na coverage para sa salamin sa mata (vision)
    • Employee Assistance Program: 8 libreng sesyon ng counseling bawat taon

    Kung hindi kayo pipili, mananatili ang kasalukuyan ninyong plano
    maliban sa Health Savings Account, na kailangang i-renew.

    May mga tanong? Tumawag sa HR Benefits, lokal 0106.

    Salamat po,
    HR Benefits Team
    ''', cte='quoted-printable')
    return mk(A('HR Benefits', 'benefits@stlukes-bay.ph.test'), A('Lahat ng Kawani', 'staff@stlukes-bay.ph.test'),
              'Open Enrollment 2027: Nobyembre 16 - Disyembre 11', D(11, 16, 8, 0, '+0800'), body)


# ---------------------------------------------------------------- facilities

@msg('none', 'trap-negative-pressure-room-test',
     'facilities test of airborne-isolation rooms (pressure differentials, ACH); no patient',
     'facilities testing')
def _():
    body = T('''
    Monthly AIIR (negative pressure) verification - November

    Room     Use                     dP (in. w.c.)  ACH   Door alarm  Result
    5W-12    Airborne isolation      -0.031         14    OK          PASS
    5W-14    Airborne isolation      -0.008         13    OK          FAIL (< -0.01)
    ED-07    TB / measles rule-out   -0.026         15    OK          PASS
    ICU-3N2  Airborne isolation      -0.034         16    OK          PASS
    BRONCH-1 Bronchoscopy suite      -0.022         18    n/a         PASS

    5W-14 failed: exhaust damper stuck at 40%. Room taken out of service
    for airborne isolation (signage posted, bed board updated as "no AIIR").
    Work order WO-2026-118530. Retest after repair.

    Facilities Engineering - Building Automation
    ''')
    return mk(A('Building Automation', 'bas@facilities.' + RB), A('Infection Prevention', 'ip@' + RB),
              'AIIR monthly check: 5W-14 FAILED, out of service for isolation', D(11, 13, 7, 20), body)


@msg('none', 'trap-generator-test-ar',
     'Arabic (windows-1256) emergency-generator load test notice; no patient',
     'facilities testing', 'ar')
def _():
    body = T('''
    إلى جميع الأقسام،

    سيتم إجراء اختبار التحميل الشهري للمولدات الكهربائية الاحتياطية يوم
    الثلاثاء الموافق 8 ديسمبر من الساعة 6:00 إلى 6:30 صباحاً.

    أثناء الاختبار قد يحدث انقطاع قصير للتيار (أقل من 10 ثوان) في المقابس
    البيضاء. الأجهزة الطبية الحرجة في وحدة العناية المركزة وغرف العمليات
    موصولة بالمقابس الحمراء ولن تتأثر.

    يرجى التأكد من شحن بطاريات أجهزة التنفس الصناعي المحمولة ومضخات المحاليل.

    إدارة الهندسة والصيانة
    تحويلة 0114
    ''', cs='windows-1256')
    return mk(A('إدارة الهندسة', 'engineering@alnoor-hospital.sa.test', 'windows-1256'),
              A('جميع الأقسام', 'all-depts@alnoor-hospital.sa.test', 'windows-1256'),
              'اختبار المولدات الاحتياطية - الثلاثاء 8 ديسمبر', D(12, 6, 10, 0, '+0300'),
              body, subj_cs='windows-1256')


@msg('none', 'trap-legionella-water-results',
     'building water-management Legionella sampling results by outlet; no patient',
     'water management')
def _():
    body = T('''
    Water Management Program - quarterly Legionella sampling (Q4)

    Site                        Sample ID   Result (CFU/L)   Action
    Cooling tower CT-2          WM-26-401   <10              none
    Oncology 4 - sink 4-118     WM-26-412   <10              none
    Transplant unit shower 6-03 WM-26-415   180 (L. pneumophila sg1)  flush, remediate, resample
    Dialysis RO loop            WM-26-420   <10              none
    Ice machine, ED             WM-26-423   <10              none

    Point-of-use filters installed on 6-03 and neighbouring showers today;
    Infection Prevention notified. No clinical cases linked. Resample on
    12/15. Water Management Team meets 12/17.

    Facilities Environmental Services
    ''')
    return mk(A('Environmental Services', 'evs@facilities.' + RB), A('Water Management Team', 'wmt@' + RB),
              'Q4 Legionella results - positive at transplant shower 6-03', D(12, 1, 16, 30), body)


@msg('none', 'trap-medical-waste-manifest',
     'regulated medical-waste pickup manifest (container IDs, waste classes, weights); no patient',
     'waste manifests')
def _():
    body = T('''
    PICKUP MANIFEST  MW-2026-338417
    Generator: Riverbend Health Main Campus, dock B   EPA ID XXD000004471

    Container       Waste class                          Count  Weight (lb)
    RMW-RED-32      Regulated medical waste (red bag)    48     1,904
    SHARPS-18       Sharps                               22       311
    PATH-01         Pathological waste (incinerate)       6       144
    CHEMO-YEL       Trace chemotherapy waste              14       402
    RCRA-P          Hazardous pharmaceutical (P-listed)   3        27
    CS-DEST         Controlled-substance waste (via reverse distributor, separate)  -  -

    Driver: K. Abernathy   Truck: 2211   Signed 11/24 06:40
    Certificate of destruction will follow within 30 days.

    Clearwater Medical Waste (fictional) - 555-0174
    ''')
    return mk(A('Clearwater Manifests', 'manifests@clearwater-mw.example.com'), A('EVS Director', 'evs@facilities.' + RB),
              'Manifest MW-2026-338417 - pickup 11/24', D(11, 24, 7, 0), body)


@msg('none', 'trap-badge-access-log-csv',
     'badge access log for secured doors (BH unit, methadone dispensary) with staff badge IDs; no patient',
     'badge access logs')
def _():
    rows = [['timestamp', 'door', 'badge_id', 'holder', 'result']]
    doors = ['BH Unit 3E Secure Entry', 'Methadone Dispensary Vault', 'Pharmacy CII Safe Room',
             'L&D Infant Security', 'HIV/ID Clinic Records Room', 'Oncology 4 Med Room']
    holders = ['Okonjo R', 'Rao S', 'Lloyd G', 'Andersen L', 'Herrera T', 'Mensah A', 'Contractor 0412']
    for i in range(26):
        rows.append(['2026-11-19 %02d:%02d:%02d' % (i // 2, (i * 17) % 60, (i * 7) % 60), doors[i % 6],
                     'B%06d' % (700100 + (i * 13) % 90), holders[i % 7],
                     'DENIED' if i % 9 == 4 else 'GRANTED'])
    body = MIX(T('''
    Weekly secured-door report for the medication and unit access review.
    Three denied swipes, all by a contractor badge on the CII safe room;
    vendor has been reminded that access is escorted only.

    Security Operations Center
    '''), ATT(csv_text(rows), 'text/csv', 'secured_doors_2026-11-19.csv'))
    return mk(A('Security Operations', 'soc@facilities.' + RB), A('Pharmacy Director', 'rx-director@' + RB),
              'Secured door access report - week of 11/16', D(11, 20, 9, 0), body)


@msg('phi', 'security-log-patient-elopement',
     'security incident log names a patient with dementia who eloped from the unit, with MRN',
     'mirror: badge access logs')
def _():
    body = T('''
    SECURITY INCIDENT LOG - 11/21 night shift

    02:14  Door alarm 4W stairwell B. Officer Diallo responded.
    02:19  Code Gray/elopement called: patient Theodor Brandt, 84, MRN
           51128730, admitted with pneumonia and advanced Alzheimer's
           dementia, wandering risk band on, last seen room 4W-22.
    02:31  Patient located in the parking garage level 2, hypothermic,
           returned to 4W by wheelchair; RN notified the hospitalist
           (Dr. Achebe), 1:1 sitter ordered.
    02:50  Stairwell door mag-lock found failed; facilities paged.

    Security Operations Center
    ''')
    return mk(A('Security Operations', 'soc@facilities.' + RB), A('Nursing Supervisor', 'house-sup@' + RB),
              'Incident log 11/21 - Code Gray 4W', D(11, 21, 6, 45), body)


@msg('none', 'parking-garage-permit-renewal',
     'parking permit renewal (permit number, plate, Cancer Center garage); no health content',
     'parking')
def _():
    body = T('''
    Your employee parking permit P-22817 expires on December 31.

    Current assignment: Cancer Center Garage, levels 4-6 (staff)
    Vehicle:            2019 Subaru Outback, plate 8KDW447
    Payroll deduction:  $38.00 per pay period

    Starting January 1 the Cancer Center Garage levels 1-3 are reserved for
    patients receiving infusion and radiation treatment and their visitors.
    Staff must use levels 4-6 or the Orchard Street lot (shuttle every 10
    minutes).

    Renew in the Parking portal by December 15.
    Transportation & Parking Services, ext. 0120
    ''')
    return mk(A('Parking Services', 'parking@facilities.' + RB), A('Lucia Ferreira', 'l.ferreira@' + RB),
              'Parking permit P-22817 renewal due', D(12, 1, 7, 0), body)


@msg('none', 'trap-calendar-oncology4-room-ics',
     'staff meeting invitation in rooms named after clinical units (ICS); no patient',
     'calendar invites in unit-named rooms')
def _():
    cal = ics([[('UID', 'w5-budget-2027@' + RB), ('DTSTAMP', '20261120T150000Z'),
                ('DTSTART;TZID=America/New_York', '20261208T130000'),
                ('DTEND;TZID=America/New_York', '20261208T143000'),
                ('SUMMARY', 'FY27 capital budget review - Oncology, Psychiatry, Women\'s Services'),
                ('LOCATION', 'Oncology 4 Conference Room (4-410) / Psych 2 Huddle Room (overflow)'),
                ('ORGANIZER;CN=Lucia Ferreira', 'mailto:l.ferreira@' + RB),
                ('ATTENDEE;CN=Nurse Managers;ROLE=REQ-PARTICIPANT', 'mailto:nurse-managers@' + RB),
                ('DESCRIPTION', 'Agenda: infusion chair expansion\\, new ECT suite equipment\\, '
                                'L&D fetal monitor replacement. Bring your top-3 capital asks.')]])
    body = MIX(T('''
    Please join the FY27 capital budget review. We are in the Oncology 4
    conference room; overflow in the Psych 2 huddle room across the hall.

    Lucia
    '''), ATT(cal, 'text/calendar', 'invite.ics', cte='7bit', disp='attachment'))
    body.parts[1].params.append(('method', 'REQUEST'))
    return mk(A('Lucia Ferreira', 'l.ferreira@' + RB), A('Nurse Managers', 'nurse-managers@' + RB),
              'Invitation: FY27 capital budget review @ Tue Dec 8 1pm (Oncology 4 Conference Room)',
              D(11, 20, 10, 0), body)


@msg('phi', 'calendar-family-meeting-named-patient',
     'calendar invite in the Oncology 4 room is a family meeting about a named patient\'s chemo and hospice',
     'mirror: calendar invites in unit-named rooms')
def _():
    cal = ics([[('UID', 'w5-famtg-4410@' + RB), ('DTSTAMP', '20261202T180000Z'),
                ('DTSTART;TZID=America/New_York', '20261203T150000'),
                ('DTEND;TZID=America/New_York', '20261203T160000'),
                ('SUMMARY', 'Family meeting - Bernadette Quill (MRN 44071962) - goals of care'),
                ('LOCATION', 'Oncology 4 Conference Room (4-410)'),
                ('ORGANIZER;CN=Ingrid Solberg', 'mailto:i.solberg@' + RB),
                ('DESCRIPTION', 'Metastatic pancreatic cancer\\, progression on second-line chemo. '
                                'Discuss stopping FOLFIRINOX and hospice referral. Daughter and son '
                                'attending; palliative care and SW invited.')]])
    body = MIX(T('Meeting invite attached.'), ATT(cal, 'text/calendar', 'invite.ics', cte='7bit'))
    return mk(A('Ingrid Solberg MD', 'i.solberg@' + RB), A('Palliative Care Team', 'palliative@' + RB),
              'Invitation: Family meeting @ Thu Dec 3 3pm (Oncology 4 Conference Room)', D(12, 2, 13, 0), body)


@msg('restricted', 'calendar-invite-egg-retrieval',
     'staff calendar invite in the Fertility 2 procedure room names a patient for egg retrieval (IVF)',
     'mirror: calendar invites in unit-named rooms')
def _():
    cal = ics([[('UID', 'w5-ivf-0412@cedarvalley.example.com'), ('DTSTAMP', '20261130T200000Z'),
                ('DTSTART;TZID=America/New_York', '20261204T073000'),
                ('DTEND;TZID=America/New_York', '20261204T083000'),
                ('SUMMARY', 'Oocyte retrieval - Priyanka Desai - cycle 2 (trigger 12/2 19:30)'),
                ('LOCATION', 'Fertility 2 Procedure Room'),
                ('ORGANIZER;CN=IVF Nursing', 'mailto:ivf-nursing@cedarvalley.example.com'),
                ('DESCRIPTION', 'Anesthesia: MAC. 14 follicles >14 mm. Partner sample same morning. '
                                'Embryology: ICSI planned.')]])
    body = MIX(T('Please accept. Room is booked.'), ATT(cal, 'text/calendar', 'invite.ics', cte='7bit'))
    return mk(A('IVF Nursing', 'ivf-nursing@cedarvalley.example.com'), A('Embryology Lab', 'embryology@cedarvalley.example.com'),
              'Invitation: Retrieval 7:30 Fri Dec 4 (Fertility 2 Procedure Room)', D(11, 30, 15, 0), body)


@msg('none', 'trap-calendar-invite-zh',
     'Chinese (GB2312) staff meeting invite in the oncology floor meeting room with ICS; no patient',
     'calendar invites in unit-named rooms', 'zh')
def _():
    cal = ics([[('UID', 'w5-zh-mtg-1209@renai-hospital.cn.test'), ('DTSTAMP', '20261201T020000Z'),
                ('DTSTART', '20261209T060000Z'), ('DTEND', '20261209T073000Z'),
                ('SUMMARY', '护理质量月度例会'),
                ('LOCATION', '肿瘤科4楼会议室'),
                ('ORGANIZER;CN=护理部', 'mailto:huli@renai-hospital.cn.test'),
                ('DESCRIPTION', '议题：跌倒与压疮发生率、用药差错上报、新入职护士培训安排')]])
    body = MIX(T('''
    各位护士长：

    兹定于12月9日（星期三）下午2点在肿瘤科4楼会议室召开护理质量月度例会。
    议题包括：跌倒与压疮发生率、用药差错上报情况、新入职护士培训安排。
    请准时参加，并提前准备本科室的月度数据。

    护理部
    ''', cs='gb2312'), ATT(cal, 'text/calendar', 'meeting.ics', cte='base64'))
    return mk(A('护理部', 'huli@renai-hospital.cn.test', 'gb2312'),
              A('各位护士长', 'hushizhang@renai-hospital.cn.test', 'gb2312'),
              '会议邀请：护理质量月度例会（肿瘤科4楼会议室）', D(12, 1, 10, 0, '+0800'), body, subj_cs='gb2312')


# ---------------------------------------------------------------- food service

@msg('none', 'trap-diet-menu-cardiac-diabetic-html',
     'patient food-service menu by therapeutic diet type (cardiac, renal, carb-controlled); no patient',
     'food service menus')
def _():
    html = '''
    <html><body>
    <h2>Nutrition Services &ndash; Week 50 cycle menu (Tuesday)</h2>
    <table border="1" cellpadding="4">
    <tr><th>Diet</th><th>Breakfast</th><th>Lunch</th><th>Dinner</th></tr>
    <tr><td>Regular</td><td>Scrambled eggs, toast</td><td>Turkey club, chips</td><td>Pot roast, mash</td></tr>
    <tr><td>Cardiac (2 g Na, low fat)</td><td>Oatmeal, berries</td><td>Grilled chicken salad</td><td>Baked cod, brown rice</td></tr>
    <tr><td>Consistent carbohydrate (diabetic)</td><td>Egg white omelet, 1 slice toast</td><td>Turkey wrap, apple</td><td>Pot roast, &frac12; cup mash</td></tr>
    <tr><td>Renal (2 g K, 1 g phos)</td><td>Cream of wheat</td><td>Chicken, white rice, green beans</td><td>Pasta primavera</td></tr>
    <tr><td>Dysphagia IDDSI level 5</td><td>Minced eggs</td><td>Minced chicken, gravy</td><td>Minced pot roast</td></tr>
    <tr><td>Clear liquid</td><td colspan="3">Broth, gelatin, apple juice, tea</td></tr>
    </table>
    <p>Carb counts (grams) are printed on every consistent-carbohydrate tray card.</p>
    </body></html>
    '''
    return mk(A('Nutrition Services', 'nutrition@' + RB), A('Diet Office', 'diet-office@' + RB),
              'Week 50 cycle menu - all therapeutic diets', D(12, 4, 14, 0), H(html))


@msg('phi', 'diet-tray-tickets-named-patients',
     'diet-office tray tickets name patients with rooms, renal diets, fluid limits and allergies',
     'mirror: food service menus')
def _():
    body = T('''
    Late tray tickets for 6 North dinner - please send up by 17:30:

    6N-602A  HOLLOWAY, ARTHUR   Renal 2 g K / 1.2 L fluid restriction (dialysis MWF)
             Allergy: shellfish
    6N-605B  PETRAKIS, ELENI    Consistent carb 60 g/meal, type 2 diabetes on insulin
    6N-611A  OYELARAN, FUNMI    NPO after midnight - colonoscopy 08:00
    6N-614B  DUBOIS, MARCEL     Dysphagia IDDSI 5, thin liquids only via SLP

    Thanks - Diet Office, ext. 0129
    ''')
    return mk(A('Diet Office', 'diet-office@' + RB), A('Tray Line', 'trayline@' + RB),
              '6N dinner late trays', D(12, 4, 16, 55), body)


@msg('none', 'trap-cafeteria-listeria-recall-es',
     'Spanish food-supplier recall notice for the staff cafeteria (listeria, lot codes); no patient',
     'food supplier recalls', 'es')
def _():
    body = H('''
    <html><body>
    <h3>Aviso de retirada de producto – Cafetería del personal</h3>
    <p>Nuestro proveedor <b>Embutidos del Norte</b> ha retirado el lote <b>L26-1104</b> de pechuga
    de pavo cocida (envase 1 kg, fecha de caducidad 12/12/2026) por posible presencia de
    <i>Listeria monocytogenes</i>.</p>
    <p>El producto se sirvió en los bocadillos de la cafetería del 20 al 23 de noviembre.
    Se ha retirado todo el stock. No se ha servido en las bandejas de pacientes.</p>
    <p>La listeriosis es poco frecuente, pero puede ser grave en embarazadas, personas mayores
    y personas inmunodeprimidas. Si tiene fiebre o síntomas digestivos en las próximas semanas,
    consulte con el Servicio de Prevención de Riesgos Laborales (ext. 0132).</p>
    <p>Servicio de Hostelería</p>
    </body></html>
    ''', cs='utf-8', cte='quoted-printable')
    return mk(A('Servicio de Hostelería', 'hosteleria@hospital-marina.es.test'),
              A('Todo el personal', 'personal@hospital-marina.es.test'),
              'Aviso: retirada de pavo cocido lote L26-1104 (cafetería)', D(11, 24, 13, 0, '+0100'), body)


# ---------------------------------------------------------------- quality and committees

@msg('none', 'trap-pt-committee-minutes',
     'pharmacy & therapeutics committee minutes (formulary votes, aggregate ADR counts); no patient',
     'pharmacy and therapeutics committee minutes')
def _():
    body = T('''
    P&T Committee - minutes of the November 17 meeting (approved draft)

    Present: 14 voting members; quorum met.

    1. Formulary additions (approved): extended-release buprenorphine
       monthly injection (restricted to addiction medicine), cabotegravir
       long-acting injection for PrEP (ID clinic), and esketamine nasal
       spray (psychiatry only, REMS-certified site).
    2. Removal: brand-name levothyroxine (generic therapeutic interchange).
    3. ADR summary (Q3): 118 reports; 9 serious. Most common: vancomycin
       AKI (14), heparin-induced thrombocytopenia (3), QT prolongation with
       methadone (2). No trends requiring action.
    4. Medication-use evaluation: DOAC dosing in renal impairment - 91%
       appropriate (goal 95%). Pharmacist-led renal dosing to expand.
    5. Next meeting: January 19.

    Recorder: Dr. Yusra Karimi, PharmD
    ''')
    return mk(A('Yusra Karimi', 'y.karimi@' + RB), A('P&T Committee', 'pt-committee@' + RB),
              'P&T minutes - November 17 (draft for approval)', D(11, 24, 15, 0), body)


@msg('none', 'trap-antibiogram-csv',
     'annual antibiogram (% susceptible by organism and drug; isolate counts); aggregate',
     'antibiograms')
def _():
    drugs = ['ampicillin', 'cefazolin', 'ceftriaxone', 'cefepime', 'pip_tazo', 'meropenem',
             'ciprofloxacin', 'tmp_smx', 'nitrofurantoin', 'vancomycin']
    rows = [['organism', 'n_isolates'] + drugs]
    orgs = [('Escherichia coli', 2214, [52, 84, 89, 91, 95, 100, 76, 71, 96, '']),
            ('Klebsiella pneumoniae', 611, ['', 88, 90, 92, 93, 99, 90, 85, 41, '']),
            ('Pseudomonas aeruginosa', 402, ['', '', '', 86, 88, 84, 79, '', '', '']),
            ('Staphylococcus aureus (all)', 1088, ['', '', '', '', '', '', '', 97, '', 100]),
            ('Enterococcus faecalis', 377, [99, '', '', '', '', '', '', '', 99, 98])]
    for o, n, vals in orgs:
        rows.append([o, n] + vals)
    body = MIX(T('''
    The 2026 cumulative antibiogram (first isolate per patient per year,
    CLSI M39) is attached and will be posted on the intranet and in the
    antimicrobial app. Organisms with fewer than 30 isolates are omitted.
    Note the drop in E. coli ciprofloxacin susceptibility to 76%.

    Antimicrobial Stewardship Program
    '''), ATT(csv_text(rows), 'text/csv', 'antibiogram_2026.csv'))
    return mk(A('Antimicrobial Stewardship', 'asp@' + RB), A('Medical Staff', 'medstaff-all@' + RB),
              '2026 antibiogram published - E. coli cipro susceptibility 76%', D(11, 5, 9, 0), body)


@msg('none', 'trap-sepsis-bundle-compliance',
     'SEP-1 sepsis bundle compliance by month and element (aggregate)',
     'quality measure aggregates')
def _():
    html = '''
    <html><body>
    <h3>SEP-1 bundle compliance &ndash; rolling 6 months</h3>
    <table border="1" cellpadding="3">
    <tr><th>Month</th><th>Cases abstracted</th><th>Lactate 3h</th><th>Cultures before abx</th><th>Abx 3h</th><th>30 mL/kg fluids</th><th>Repeat lactate</th><th>All-or-none</th></tr>
    <tr><td>Jun</td><td>62</td><td>95%</td><td>89%</td><td>92%</td><td>81%</td><td>77%</td><td>58%</td></tr>
    <tr><td>Jul</td><td>58</td><td>97%</td><td>91%</td><td>93%</td><td>84%</td><td>79%</td><td>62%</td></tr>
    <tr><td>Aug</td><td>65</td><td>94%</td><td>92%</td><td>95%</td><td>86%</td><td>83%</td><td>66%</td></tr>
    <tr><td>Sep</td><td>60</td><td>96%</td><td>90%</td><td>94%</td><td>88%</td><td>85%</td><td>70%</td></tr>
    <tr><td>Oct</td><td>71</td><td>98%</td><td>93%</td><td>96%</td><td>87%</td><td>86%</td><td>72%</td></tr>
    </table>
    <p>Top fallout: repeat lactate not drawn within 6 hours. Sepsis coordinators will round in the ED.</p>
    </body></html>
    '''
    return mk(A('Quality Analytics', 'quality@' + RB), A('Sepsis Committee', 'sepsis-committee@' + RB),
              'SEP-1 compliance through October: 72% all-or-none', D(11, 18, 12, 0), H(html))


@msg('phi', 'sepsis-fallout-list-mrns',
     'sepsis fallout e-mail lists individual patients by MRN with lactate and antibiotic times',
     'mirror: quality measure aggregates')
def _():
    body = T('''
    October SEP-1 fallouts for ED physician review (abstractor notes):

    MRN 3099\x1e1247  arrival 10/03 14:12  lactate 4.6 at 14:40, repeat lactate
                  not drawn; cefepime at 16:55; septic shock from pyelonephritis
    MRN 31004418  arrival 10/11 02:30  blood cultures after vancomycin
                  (03:10 vs 03:25); pneumonia, MAP 58
    MRN 31011902  arrival 10/19 21:05  30 mL/kg bolus not documented;
                  weight 112 kg, CHF - physician note needed

    Please document your review in the peer-review module by 12/1.

    Sepsis Coordinator, ext. 0176
    ''', cte='quoted-printable')
    return mk(A('Sepsis Coordinator', 'sepsis-coord@' + RB), A('ED Physicians', 'ed-physicians@' + RB),
              'October SEP-1 fallouts for review', D(11, 19, 9, 0), body)


@msg('none', 'trap-hand-hygiene-ru',
     'Russian (KOI8-R) hand-hygiene and infection-control audit by department (aggregate)',
     'infection-prevention audits', 'ru')
def _():
    body = T('''
    Уважаемые заведующие отделениями!

    Результаты аудита гигиены рук за ноябрь 2026 года
    (метод прямого наблюдения, 5 моментов ВОЗ):

      Реанимация ........................... 91 % (412 наблюдений)
      Хирургия ............................. 84 % (366)
      Онкология ............................ 88 % (298)
      Родильное отделение .................. 79 % (251)
      Приёмное отделение ................... 72 % (540)

    Частота катетер-ассоциированных инфекций кровотока: 1,1 на 1000
    катетеро-дней (октябрь — 1,6).

    Просим обсудить результаты на планёрках и обеспечить наличие
    антисептика у каждой койки.

    Эпидемиологический отдел, доб. 0115
    ''', cs='koi8-r')
    return mk(A('Эпидемиологический отдел', 'epid@gkb-sever.ru.test', 'koi8-r'),
              A('Заведующие отделениями', 'zav@gkb-sever.ru.test', 'koi8-r'),
              'Аудит гигиены рук — ноябрь 2026', D(12, 2, 11, 0, '+0300'), body, subj_cs='koi8-r')


@msg('none', 'trap-ct-dose-audit',
     'radiology CT dose audit (CTDIvol/DLP by protocol vs reference levels); aggregate',
     'radiation dose audits')
def _():
    body = T('''
    CT dose audit - Q3 2026 (all scanners, adult protocols)

    Protocol                  Exams   Median CTDIvol (mGy)   Median DLP (mGy.cm)   DRL
    Head without contrast     3,118   48.2                   812                   below
    Chest PE angiogram        1,407   9.1                    344                   below
    Abdomen/pelvis w/ contrast 2,866  12.7                   611                   ABOVE (DRL 12)
    Renal stone low-dose        522   4.2                    188                   below
    Cardiac calcium score       301   3.1                     52                   below

    Action: abdomen/pelvis protocol on Scanner CT-3 uses a fixed 140 kVp;
    physicist recommends automatic kV selection. No individual exam
    exceeded the 1 Gy notification threshold.

    Medical Physics
    ''')
    return mk(A('Medical Physics', 'physics@' + RB), A('Radiology Quality', 'rad-quality@' + RB),
              'Q3 CT dose audit - A/P protocol above DRL on CT-3', D(10, 20, 10, 0, '-0400'), body)


@msg('none', 'trap-staff-dosimetry-report',
     'borderline: named staff radiation-badge readings are occupational monitoring, not health care; none',
     'radiation dose audits')
def _():
    body = T('''
    Quarterly personnel dosimetry - Interventional Radiology & Cath Lab

    Badge ID  Name                 Deep dose (mrem)  Eye (mrem)  Shallow  Notes
    D-20418   Corvin Adebayo MD    182               410         430      collar badge
    D-20422   Sylvie Marchand RT   95                188         201
    D-20431   Hamid Sadeghi MD     611               1,240       1,300    ALARA level I exceeded (eye)
    D-20437   Kenji Oduya RN       44                61          66

    Dr. Sadeghi's lens-of-eye dose crossed ALARA investigation level I.
    Radiation Safety will meet with him about leaded eyewear and ceiling
    shield use. These are occupational badge readings, not medical exams.

    Radiation Safety Officer
    ''')
    return mk(A('Radiation Safety', 'rso@' + RB), A('IR Cath Lab Managers', 'ir-cath-mgrs@' + RB),
              'Q3 personnel dosimetry - one ALARA level I', D(10, 28, 9, 30, '-0400'), body)


@msg('phi', 'occupational-health-tb-result',
     'occupational health tells a named employee her TB skin test was positive and orders a chest X-ray',
     'mirror: occupational health notices')
def _():
    body = T('''
    Dear Sylvie,

    Your annual tuberculin skin test placed on 11/16 was read on 11/18 at
    12 mm induration, which is a positive result for a healthcare worker.
    This does not mean you have active TB. We have ordered a chest X-ray
    (walk-in, Radiology, any day this week) and a QuantiFERON blood test.
    You may keep working unless you have cough, fever or night sweats.

    Employee ID 106614. Please call us to review the results and discuss
    treatment for latent TB if the X-ray is clear.

    Employee Health Services, 555-0130
    ''')
    return mk(A('Employee Health Services', 'employee-health@' + RB), A('Sylvie Marchand', 's.marchand@' + RB),
              'Your TB skin test result and next steps', D(11, 18, 15, 10), body)


@msg('none', 'trap-bed-capacity-huddle',
     'bed-capacity huddle summary (census counts by unit, ED boarders); aggregate',
     'capacity and census aggregates')
def _():
    body = T('''
    Capacity huddle 07:30 - Friday 12/4 - status ORANGE

    Unit            Staffed  Occupied  Pending DC  Pending admits
    Med/Surg 4W     32       32        6           5
    Med/Surg 5W     30       29        4           3
    ICU             24       23        1           2
    Psych 3E (adult) 18      18        2           4 (holding in ED)
    L&D / Postpartum 22      17        5           -
    Peds            16       9         2           0

    ED: 61 patients, 14 boarders (4 behavioral health awaiting beds).
    Transfers in pending: 3. Diversion: not requested.
    Actions: open 4W overflow (6 beds) at 11:00; discharge lounge opens 09:00.

    Patient Flow Center
    ''')
    return mk(A('Patient Flow Center', 'patientflow@' + RB), A('Capacity Huddle', 'huddle@' + RB),
              'Capacity huddle 12/4 - ORANGE, 14 ED boarders', D(12, 4, 7, 45), body)


@msg('none', 'trap-ems-diversion-status',
     'regional EMS diversion status alert (STEMI/stroke capability, CT down); no patient',
     'EMS diversion alerts')
def _():
    body = T('''
    REGIONAL HOSPITAL STATUS - 2026-11-29 19:42

    Riverbend Main       ED: OPEN   STEMI: OPEN   STROKE: DIVERT (CT 1 down, ETA 22:00)
                         Trauma L2: OPEN   Burn: n/a   Psych holds: 9
    Northgate Medical    ED: OPEN   STEMI: OPEN   STROKE: OPEN   Trauma L3: OPEN
    Cedar Valley Comm.   ED: DIVERT (internal disaster - water leak)   L&D: OPEN

    EMS: route suspected strokes to Northgate until further notice.

    Regional Medical Coordination Center (fictional) - 555-0190
    ''')
    return mk(A('Regional MCC', 'status@regional-mcc.test'), A('EMS Agencies', 'ems-agencies@regional-mcc.test'),
              'STATUS: Riverbend stroke divert (CT down); Cedar Valley ED divert', D(11, 29, 19, 42), body)


@msg('none', 'trap-tracer-readiness-checklist',
     'accreditation tracer-readiness checklist (patient identification rules, med storage); no patient',
     'accreditation readiness')
def _():
    body = T('''
    Survey readiness - tracer checklist for unit leaders

    Surveyors may follow any patient's care from admission to discharge.
    Be ready to show, without opening a chart in the hallway:

    [ ] Two patient identifiers (name + date of birth) before meds, blood,
        specimens - staff can explain why room number is not an identifier.
    [ ] High-alert medications (insulin, heparin, opioids) double-checked.
    [ ] Suicide risk screening for every patient; ligature-resistant rooms
        in the ED and on Psych 3E; environmental checklist signed each shift.
    [ ] Restraint orders renewed per policy, with face-to-face within 1 hour.
    [ ] Crash cart checks signed daily; refrigerator temperature logs.

    Mock tracers start Monday. Quality will send the schedule.

    Accreditation & Regulatory Affairs
    ''')
    return mk(A('Accreditation Office', 'accreditation@' + RB), A('Unit Leaders', 'unit-leaders@' + RB),
              'Survey readiness: tracer checklist for unit leaders', D(11, 12, 8, 0), body)


@msg('none', 'trap-staffing-grid-hppd',
     'nurse staffing grid by census and HPPD for clinical units; aggregate',
     'staffing grids')
def _():
    body = T('''
    Proposed 2027 staffing grid - Inpatient Psychiatry 3E (18 beds) and
    Oncology 4 (28 beds). For the staffing committee vote on 12/9.

    Psych 3E   Census  RN  Psych tech  Sitter pool   HPPD
               14-18   4   3           as ordered    9.8
               10-13   3   3           as ordered    10.9
               <10     3   2           as ordered    12.0

    Oncology 4 Census  RN  CNA  Chemo-competent RN   HPPD
               25-28   7   3    2 minimum            8.9
               20-24   6   3    2 minimum            9.6

    Ratios comply with the state's proposed rule. Agency use target: <5%.

    Nursing Operations
    ''')
    return mk(A('Nursing Operations', 'nursing-ops@' + RB), A('Staffing Committee', 'staffing-committee@' + RB),
              'Proposed 2027 staffing grids - Psych 3E and Oncology 4', D(12, 2, 15, 30), body)


# ---------------------------------------------------------------- education and training

@msg('none', 'trap-lecture-fictional-vignette',
     'lecture handout with clearly fictional teaching vignettes (age, symptoms, labs); no real person',
     'lecture slides with fictional vignettes')
def _():
    lines = ['MED 612 Clinical Reasoning - Week 11 handout: Chest pain',
             'All cases are FICTIONAL composites written for teaching.',
             '',
             'Case A. A 58-year-old man with type 2 diabetes has 40 minutes of pressure-like',
             'chest pain radiating to the left arm. ECG: ST elevation in II, III, aVF.',
             'Troponin I 2.4 ng/mL. Question: which artery is most likely occluded?',
             '',
             'Case B. A 31-year-old woman, 6 weeks postpartum, has pleuritic chest pain,',
             'heart rate 118, SpO2 91%. D-dimer elevated. Question: next imaging test?',
             '',
             'Case C. A 24-year-old student with panic attacks and palpitations after',
             'energy drinks. ECG normal. Question: what history would you add?',
             '',
             'Answers are discussed in small groups; do not post outside the course site.']
    body = MIX(T('''
    Students,

    The week 11 handout is attached. Please work through the three cases
    before Thursday's small group. The people in the cases are invented.

    Dr. Oluwaseun Bamgbose
    Course Director, Clinical Reasoning
    '''), ATT(pdf(lines, title='MED 612 week 11'), 'application/pdf', 'MED612_wk11_chest_pain.pdf'))
    return mk(A('Oluwaseun Bamgbose', 'o.bamgbose@med.university.example.edu.test'),
              A('MED 612 Students', 'med612-students@med.university.example.edu.test'),
              'Week 11 handout: chest pain cases (fictional)', D(11, 16, 18, 0), body)


@msg('restricted', 'lecture-slides-real-patient-clozapine',
     'teaching slides meant to be anonymised still name a real patient, MRN, schizophrenia and clozapine ANC',
     'mirror: lecture slides with fictional vignettes')
def _():
    lines = ['Psychiatry Clerkship - Treatment-resistant schizophrenia',
             'Case from our inpatient unit (Psych 3E), presented with attending approval',
             '',
             'Patient: Desmond Achterberg, 27, MRN 60284417',
             'Dx: schizophrenia, treatment-resistant after risperidone and olanzapine trials',
             'Started clozapine 10/02/2026, titrated to 300 mg/day',
             'ANC 10/09: 3,100  10/16: 2,400  10/23: 1,700 (mild neutropenia - monitor 3x/week)',
             'Discuss: REMS monitoring, myocarditis screening, constipation management']
    body = MIX(T('''
    Hi all, here are my slides for tomorrow's clerkship teaching session.
    Let me know if anything needs changing.

    Priyesh Menon, PGY-3 Psychiatry
    '''), ATT(pdf(lines, flate=True, title='TRS teaching'), 'application/pdf', 'TRS_teaching_slides.pdf'))
    return mk(A('Priyesh Menon', 'p.menon@' + RB), A('Psychiatry Clerkship', 'psych-clerkship@med.university.example.edu.test'),
              'slides for tomorrow - treatment-resistant schizophrenia', D(11, 3, 21, 15), body)


@msg('none', 'trap-osce-sp-casting',
     'standardized-patient casting call for simulated cases (panic attack, opioid withdrawal); actors, no patient',
     'simulation and standardized patients')
def _():
    body = T('''
    Standardized Patient Program - casting for the January OSCE

    We need paid SP actors (training provided, $22/hour) for these roles:

    Station 3  "Chest tightness at work"    - adult 40-60, portrays a panic
               attack; learners assess anxiety and rule out cardiac causes
    Station 5  "Can't stop shaking"         - adult 25-45, portrays opioid
               withdrawal (simulated COWS score 14); learners discuss
               buprenorphine start
    Station 7  "Missed period"              - adult 18-35, learners counsel
               on pregnancy options and contraception
    Station 9  "New HIV diagnosis"          - adult any age, learners deliver
               a (simulated) positive result with empathy

    Actors never disclose their own health history. Sign up by 12/11:
    https://sp.med.university.example.edu.test/casting

    Simulation Center, ext. 0135
    ''')
    return mk(A('SP Program', 'sp-program@med.university.example.edu.test'),
              A('SP Actor Pool', 'sp-actors@med.university.example.edu.test'),
              'Casting: January OSCE stations (panic, withdrawal, HIV disclosure)', D(11, 30, 12, 0), body)


@msg('none', 'trap-sim-lab-schedule-pl',
     'Polish simulation-lab schedule with manikin scenarios (postpartum haemorrhage, sepsis); no patient',
     'simulation and standardized patients', 'pl')
def _():
    body = T('''
    Harmonogram Centrum Symulacji Medycznej – tydzień 7–11 grudnia

    Pon. 7.12  08:00–12:00  Sala 1  Krwotok poporodowy (manekin SimMama)
                            – położne, 3. rok
    Wt.  8.12  10:00–14:00  Sala 2  Wstrząs septyczny u dorosłego – rezydenci
                            chorób wewnętrznych
    Śr.  9.12  08:00–11:00  Sala 3  Resuscytacja noworodka (NRP)
    Czw. 10.12 12:00–16:00  Sala 1  Zatrzymanie krążenia w OIT – zespół
                            interdyscyplinarny
    Pt.  11.12 09:00–13:00  Sala 2  Trudna rozmowa: przekazanie złej
                            wiadomości (symulowany pacjent – aktor)

    Wszystkie scenariusze są fikcyjne. Prosimy o zabranie fartucha.

    Centrum Symulacji Medycznej, tel. 12 555 01 44
    ''', cs='utf-8', cte='quoted-printable')
    return mk(A('Centrum Symulacji', 'symulacja@uczelnia-med.pl.test'),
              A('Studenci i rezydenci', 'symulacja-lista@uczelnia-med.pl.test'),
              'Harmonogram zajęć symulacyjnych 7–11 grudnia', D(12, 3, 9, 0, '+0100'), body)


@msg('none', 'trap-admissions-interview-invite',
     'medical-school admissions interview invitation (applicant ID, MCAT); no health content',
     'medical school admissions')
def _():
    body = T('''
    Dear Ms. Adjoa Mensah-Boateng,

    Congratulations! The Admissions Committee invites you to interview for
    the MD Class of 2031.

    Applicant ID:       AMC-27-118042
    Interview date:     Friday, January 22, 2027 (virtual, MMI format)
    Check-in:           7:40 AM Eastern

    Please confirm by December 18 in the applicant portal. If you need an
    accommodation for the interview (for example extra time or captioning),
    tell the Disability Resources office directly; the committee is not
    told about accommodation requests.

    Office of Admissions
    ''')
    return mk(A('Office of Admissions', 'admissions@med.university.example.edu.test'),
              A('Adjoa Mensah-Boateng', 'adjoa.mb@mail.example.net'),
              'Interview invitation - MD Class of 2031 (AMC-27-118042)', D(12, 4, 11, 0), body)


@msg('none', 'trap-residency-match-list',
     'residency match list of students and specialties (Psychiatry, OB/GYN); specialties, not care',
     'residency match')
def _():
    html = '''
    <html><body>
    <h2>Match Day 2026 &ndash; Class results</h2>
    <p>Congratulations to our graduating class! 142 of 144 students matched.</p>
    <table border="1" cellpadding="3">
    <tr><th>Student</th><th>Specialty</th><th>Program</th></tr>
    <tr><td>Bianca Ferreira</td><td>Psychiatry</td><td>Lakeshore University Hospital</td></tr>
    <tr><td>Daniel Okoye</td><td>Obstetrics &amp; Gynecology</td><td>Riverbend Health</td></tr>
    <tr><td>Emma Lindqvist</td><td>Medical Genetics &amp; Genomics</td><td>Westbrook Children's</td></tr>
    <tr><td>Hassan Qureshi</td><td>Addiction Medicine (prelim IM)</td><td>Northgate Medical Center</td></tr>
    <tr><td>Mei Tanaka</td><td>Infectious Diseases track IM</td><td>Harbor City Medical</td></tr>
    </table>
    <p>The full list, with students' permission, is in the Match Day booklet.</p>
    </body></html>
    '''
    return mk(A('Student Affairs', 'student-affairs@med.university.example.edu.test'),
              A('Faculty', 'faculty@med.university.example.edu.test'),
              'Match Day 2026 results', D(3, 20, 13, 0, '-0400'), H(html))


@msg('none', 'trap-nursing-rotation-placements',
     'nursing-student clinical placements on units (inpatient psychiatry, L&D); no patient',
     'clinical placements')
def _():
    body = T('''
    Spring clinical placements - BSN Level 3

    Student ID   Student             Unit                         Preceptor
    NS-33102     Carla Mendes        Inpatient Psychiatry 3E      B. Ochieng RN
    NS-33107     Jonah Whitaker      Labor & Delivery             S. Ferraro RN
    NS-33115     Aaliyah Brooks      Oncology 4 / Infusion        A. Mensah RN
    NS-33121     Mateus Rocha        Detox & Stabilization Unit   P. Greer RN
    NS-33129     Ivy Chen            NICU                         K. Sato RN

    Students must complete the unit's orientation module and the 42 CFR
    Part 2 confidentiality attestation (Detox unit) before day one.

    Clinical Placement Office, School of Nursing
    ''')
    return mk(A('Clinical Placement Office', 'placements@nursing.university.example.edu.test'),
              A('Unit Educators', 'unit-educators@' + RB),
              'Spring BSN Level 3 placements', D(12, 2, 10, 0), body)


@msg('none', 'trap-textbook-errata',
     'publisher errata for a pharmacology textbook dosing table (methadone, lithium); no patient',
     'publisher errata')
def _():
    body = T('''
    Erratum notice - "Essentials of Clinical Pharmacology", 9th edition

    Dear instructor,

    The following errors were found after printing. Corrected pages are in
    the instructor resources.

    p. 212, Table 14-3: lithium maintenance target range should read
            0.6-1.0 mmol/L (printed as 0.6-1.2).
    p. 388, Box 22-1: methadone - "QTc > 500 ms" was misprinted as "> 450 ms"
            in the list of reasons to reassess the dose.
    p. 441: the adult dose of dolutegravir is 50 mg once daily (not twice
            daily) in treatment-naive patients.
    p. 507: levonorgestrel IUD duration updated to 8 years.

    We apologise for the errors.
    Meridian Academic Press (fictional), Health Sciences Division
    ''')
    return mk(A('Meridian Academic Press', 'instructors@meridian-press.example.com'),
              A('Oluwaseun Bamgbose', 'o.bamgbose@med.university.example.edu.test'),
              'Erratum: Essentials of Clinical Pharmacology 9e (lithium, methadone tables)', D(11, 6, 9, 0), body)


@msg('none', 'trap-tv-drama-script-notes',
     'borderline: TV script notes give a named fictional character a bipolar diagnosis; fictional, not an identifiable person',
     'fiction and media consulting')
def _():
    body = T('''
    Hi Dr. Halvorsen,

    Thanks for the notes on episode 4. Revised beats for Dana Whitlock
    (our lead, ER nurse):

    - Scene 12: Dana's manic episode - we cut the "didn't sleep for a week"
      line as you suggested and show three nights compressed.
    - Scene 19: her psychiatrist raises lithium; per your note we have him
      mention the blood level check, not a specific number.
    - Scene 27: Dana tells her sister about the bipolar diagnosis.

    Could you also check the overdose scene in episode 6 (the patient
    "Mr. Ferro" is a guest character)? Draft attached next week.

    Best,
    Talia Moss, Writers' Room, "Night Shift on Ninth" (fictional series)
    ''')
    return mk(A('Talia Moss', 't.moss@ninth-street-pictures.example.com'),
              A('Dr. Reidar Halvorsen', 'r.halvorsen@consult.example.net'),
              'Ep. 4 revisions - Dana\'s arc', D(11, 12, 19, 20), body)


@msg('none', 'trap-book-club-novel-it',
     'Italian (ISO-8859-15) hospital book-club invite about a novel with an Alzheimer\'s character; fiction',
     'book clubs', 'it')
def _():
    body = T('''
    Care colleghe e cari colleghi,

    il prossimo incontro del Circolo di lettura dell'ospedale si terrà
    giovedì 10 dicembre alle 17:30 nella biblioteca del padiglione B.

    Leggeremo «La memoria dell'acqua», romanzo in cui la protagonista,
    Agnese, insegnante in pensione, affronta i primi segni della malattia
    di Alzheimer raccontati dal punto di vista della figlia.

    Domande per la discussione:
    • Come descrive l'autrice il rapporto tra Agnese e i medici?
    • Che cosa ci insegna il romanzo sul ruolo dei caregiver?

    Tè e biscotti offerti. Per informazioni: biblioteca, int. 0159.

    Un saluto,
    Chiara Benedetti – Biblioteca medica
    ''', cs='iso-8859-15')
    return mk(A('Chiara Benedetti', 'biblioteca@ospedale-sanmarco.it.test', 'iso-8859-15', 'Q'),
              A('Circolo di lettura', 'circolo-lettura@ospedale-sanmarco.it.test'),
              "Circolo di lettura: «La memoria dell'acqua» – 10 dicembre", D(11, 26, 12, 30, '+0100'), body,
              subj_cs='iso-8859-15', subj_enc='Q')


@msg('none', 'trap-stats-homework-nhanes',
     'biostatistics homework using a public survey dataset (BMI, A1c variables); no individual',
     'coursework with public datasets')
def _():
    body = T('''
    PH 520 - Problem set 6 (due Dec 9)

    Using the public national health survey extract posted on the course
    site (file survey_2017_2020_subset.csv, 8,912 adults):

    1. Fit a logistic regression of diabetes (HbA1c >= 6.5% or self-report)
       on age, sex, BMI category and household income. Report odds ratios
       with 95% CIs.
    2. Test for an interaction between BMI and age (< 45 vs >= 45).
    3. Estimate the prevalence of depression (PHQ-9 >= 10) using the survey
       weights WTMEC2YR; compare to the unweighted estimate.
    4. Respondent SEQN numbers are public survey IDs; do not try to link
       them to anything.

    Office hours Monday 3-5.
    Prof. Lindiwe Dube
    ''')
    return mk(A('Lindiwe Dube', 'l.dube@sph.university.example.edu.test'),
              A('PH 520', 'ph520@sph.university.example.edu.test'),
              'PH 520 problem set 6: diabetes and depression prevalence', D(11, 25, 16, 0), body)


# ---------------------------------------------------------------- media, advocacy, community

@msg('none', 'trap-podcast-buprenorphine-episode',
     'podcast episode announcement on buprenorphine access (policy, a clinician guest); no patient',
     'podcasts and webinars')
def _():
    html = '''
    <html><body>
    <h2>Rounds &amp; Reasons &ndash; Episode 41</h2>
    <p><b>&ldquo;Bupe in the ED: why rural emergency departments still don&rsquo;t start it&rdquo;</b></p>
    <p>Our guest, addiction medicine physician Dr. Hassan Qureshi, talks about the end of the X-waiver,
    stigma, take-home naloxone, and what it takes to get a patient from the ED to a clinic appointment
    within 72 hours.</p>
    <p>Also: new federal data on overdose deaths, and listener questions about methadone take-home rules.</p>
    <p><a href="https://podcast.roundsandreasons.example.org/41">Listen now</a> &middot; 47 min</p>
    <p style="font-size:11px">You subscribed to Rounds &amp; Reasons. <a href="https://podcast.roundsandreasons.example.org/unsub">Unsubscribe</a></p>
    </body></html>
    '''
    return mk(A('Rounds & Reasons', 'episodes@roundsandreasons.example.org'), A('a.adeyemi@' + RB),
              'New episode: Bupe in the ED (Ep. 41)', D(11, 18, 6, 0), H(html))


@msg('restricted', 'podcast-guest-discloses-own-methadone',
     'borderline: named guest volunteers his own methadone treatment for an on-air interview; self-disclosure is not an exemption, so named + SUD treatment = restricted',
     'mirror: podcasts and webinars')
def _():
    body = T('''
    Hi Maren,

    Yes, I'd love to come on the show for the take-home episode. For your
    prep notes: I've been in treatment at the Eastside Opioid Treatment
    Program since 2020, on methadone 90 mg, and I earned my two-week
    take-homes last spring. I'm fine talking about it on air under my real
    name - Curtis Lamarr - but please don't mention my employer.

    Thursdays after 2 work best.

    Curtis
    ''')
    return mk(A('Curtis Lamarr', 'clamarr@mail.example.net'), A('Maren Ostby', 'producer@roundsandreasons.example.org'),
              'Re: guest spot - methadone take-homes episode', D(11, 20, 13, 40), body)


@msg('none', 'trap-webinar-abortion-policy',
     'policy webinar invitation on abortion law and clinician liability; no individual',
     'podcasts and webinars')
def _():
    plain = '''
    WEBINAR: After the ruling - abortion law, EMTALA and clinician liability

    Wednesday, January 13, 12:00-1:00 PM ET (free for members)

    Panel: a health-law professor, an OB/GYN department chair, and a
    hospital general counsel discuss what emergency physicians and
    obstetricians may do when a pregnant patient presents with
    complications, how to document medical judgement, and state
    reporting rules. 1.0 CME credit.

    Register: https://events.healthlaw-forum.example.org/abortion-emtala
    '''
    html = '''
    <html><body><h2>After the ruling: abortion law, EMTALA and clinician liability</h2>
    <p>Wed Jan 13, 12&ndash;1 PM ET &middot; free for members &middot; 1.0 CME</p>
    <p>Panel: health-law professor, OB/GYN chair, hospital general counsel.</p>
    <p><a href="https://events.healthlaw-forum.example.org/abortion-emtala">Register</a></p></body></html>
    '''
    return mk(A('Health Law Forum', 'events@healthlaw-forum.example.org'), A('OB/GYN Faculty', 'obgyn-faculty@' + RB),
              'Webinar Jan 13: abortion law, EMTALA and clinician liability', D(12, 1, 12, 0), ALT(plain, html))


@msg('none', 'trap-webinar-genetic-counselling-pt',
     'Portuguese (ISO-8859-1) webinar on the genetic-counselling workforce and BRCA testing policy',
     'podcasts and webinars', 'pt')
def _():
    body = T('''
    Prezado(a) associado(a),

    Convidamos você para o webinar "Aconselhamento genético no SUS:
    formação, acesso e filas de espera", no dia 15 de dezembro, às 19h.

    Palestrantes:
    - Profª Drª Luciana Azevedo (genética médica)
    - Ms. Rafael Toledo (gestão em saúde)

    Temas: oferta de testes para BRCA1/BRCA2 na rede pública, papel do
    conselheiro genético, triagem de portadores no pré-natal e aspectos
    éticos dos testes preditivos.

    Inscrições gratuitas: https://webinar.sbgenetica.org.br.test/dez15

    Sociedade de Genética Clínica (fictícia)
    ''', cs='iso-8859-1', cte='quoted-printable')
    return mk(A('Sociedade de Genética Clínica', 'eventos@sbgenetica.org.br.test', 'iso-8859-1', 'Q'),
              A('Associados', 'associados@sbgenetica.org.br.test'),
              'Webinar 15/12: aconselhamento genético no SUS', D(12, 1, 18, 0, '-0300'), body,
              subj_cs='iso-8859-1', subj_enc='Q')


@msg('none', 'trap-legislative-alert-988',
     'advocacy alert on 988 crisis-line funding (call your representative); policy, no individual',
     'legislative and advocacy alerts')
def _():
    body = T('''
    ACTION ALERT: protect 988 crisis-line funding

    The House appropriations subcommittee votes Thursday on a bill that
    would cut state 988 crisis-center grants by 30%. Call volume to 988
    rose 41% last year; mobile crisis teams in rural counties depend on
    these grants.

    What you can do (5 minutes):
    1. Call your representative at the Capitol switchboard, 555-0192.
    2. Say: "I'm a behavioral health professional in your district. Please
       oppose cuts to 988 and mobile crisis funding."
    3. Reply to this e-mail to tell us you called.

    State Behavioral Health Association (fictional) - Policy Team
    ''')
    return mk(A('SBHA Policy Team', 'policy@sbha.example.org'), A('SBHA Members', 'members@sbha.example.org'),
              'ACTION ALERT: 988 crisis-line funding vote Thursday', D(12, 7, 8, 0), body)


@msg('none', 'trap-hiv-funding-alert-es',
     'Spanish advocacy alert on HIV prevention funding (PrEP programmes, statistics); no individual',
     'legislative and advocacy alerts', 'es')
def _():
    plain = '''
    ALERTA: recortes en los fondos de prevención del VIH

    El presupuesto estatal propuesto reduce en un 25% los fondos para
    programas de PrEP y pruebas rápidas de VIH en clínicas comunitarias.
    En 2025 se realizaron 48.000 pruebas gratuitas en el estado y 9.600
    personas iniciaron PrEP a través de estos programas.

    Pida a su legislador que mantenga la financiación:
    https://accion.coalicion-vih.example.org/presupuesto

    Coalición Comunitaria contra el VIH
    '''
    html = '''
    <html><body><h3>ALERTA: recortes en los fondos de prevención del VIH</h3>
    <p>El presupuesto propuesto reduce un <b>25%</b> los fondos para PrEP y pruebas rápidas.</p>
    <p>2025: 48.000 pruebas gratuitas; 9.600 personas iniciaron PrEP.</p>
    <p><a href="https://accion.coalicion-vih.example.org/presupuesto">Escriba a su legislador</a></p>
    <p>Coalición Comunitaria contra el VIH</p></body></html>
    '''
    return mk(A('Coalición contra el VIH', 'alertas@coalicion-vih.example.org'),
              A('Simpatizantes', 'lista@coalicion-vih.example.org'),
              'ALERTA: recortes en prevención del VIH – actúe hoy', D(11, 19, 10, 0), ALT(plain, html, cte='quoted-printable'))


@msg('none', 'trap-news-digest-medical-leave',
     'borderline: news digest says a named public official took medical leave, with no diagnosis or care detail; none',
     'news digests')
def _():
    body = T('''
    HEALTH POLICY MORNING BRIEF - Tuesday

    1. State Health Commissioner Doreen Falkowski began a medical leave on
       Monday; her office gave no details and said she expects to return in
       January. Deputy Commissioner Ravi Menon is acting commissioner.
    2. Medicaid unwinding: 212,000 enrollees disenrolled since April,
       61% for procedural reasons.
    3. The hospital association's price-transparency survey finds 74%
       compliance.
    4. Opinion: "Why nurse staffing ratios keep stalling."

    Health Policy Brief (fictional newsletter). Forwarding is fine.
    ''')
    return mk(A('Health Policy Brief', 'brief@healthpolicybrief.example.com'), A('Government Affairs', 'gov-affairs@' + RB),
              'Morning Brief: commissioner on leave; Medicaid unwinding numbers', D(12, 8, 6, 30), body)


@msg('phi', 'news-digest-public-figure-diagnosis',
     'borderline: digest repeats a named (fictional) public official\'s own disclosed lymphoma and chemo; named person + diagnosis = phi under the rules',
     'news digests')
def _():
    body = T('''
    HEALTH POLICY MORNING BRIEF - Thursday

    1. Senator Harlan Whitcombe announced in a statement yesterday that he
       has been diagnosed with stage II Hodgkin lymphoma and will begin
       chemotherapy (ABVD) at Northgate Medical Center next week. He said
       he will keep voting remotely during treatment.
    2. CMS finalized the physician fee schedule; conversion factor down 2.1%.
    3. The state's 988 line answered 93% of calls in-state in October.

    Health Policy Brief (fictional newsletter).
    ''')
    return mk(A('Health Policy Brief', 'brief@healthpolicybrief.example.com'), A('Government Affairs', 'gov-affairs@' + RB),
              'Morning Brief: Sen. Whitcombe diagnosis; fee schedule final', D(11, 5, 6, 30), body)


@msg('phi', 'sports-injury-report-named-players',
     'borderline: team injury report names professional athletes with diagnoses and surgery; public figures but still named + health',
     'sports injury reports')
def _():
    body = T('''
    LANTERN CITY RIVERHAWKS - OFFICIAL INJURY REPORT (fictional club)
    Game vs. Harbor City, Sunday

    OUT        #23 Marcus Oyelowo (WR)   left hamstring strain, grade 2
    OUT        #71 Ty Brandvold (OT)     right knee - arthroscopic meniscus
                                         repair on 11/24, out 4-6 weeks
    DOUBTFUL   #8  Caleb Strand (QB)     concussion protocol
    QUESTIONABLE #55 Andre Pellerin (LB) ankle sprain
    FULL       #12 Jonah Reyes (K)       illness (not injury related)

    Team Communications - press@riverhawks.example.com
    ''')
    return mk(A('Riverhawks Communications', 'press@riverhawks.example.com'),
              A('Sports Medicine Partners', 'sportsmed@' + RB),
              'Official injury report - Sunday vs. Harbor City', D(11, 27, 16, 0), body)


@msg('none', 'trap-obituary-retired-nurse',
     'borderline: staff notice of a retired nurse\'s death and memorial; a death, no cause or care; none',
     'obituaries and condolences')
def _():
    body = T('''
    Dear colleagues,

    It is with great sadness that we share that Margaret "Peggy" Dunleavy,
    RN, who served our Labor & Delivery unit for 34 years before retiring
    in 2019, passed away on November 28 at the age of 72.

    Peggy trained a generation of labor nurses and started our hospital's
    first lactation support group. A memorial service will be held on
    Saturday, December 12 at 11 AM at St. Brendan's Church, 40 Orchard St.
    The family asks that donations be made to the nursing scholarship fund.

    A book of condolences is at the L&D front desk.

    Chief Nursing Officer
    ''')
    return mk(A('Office of the CNO', 'cno@' + RB), A('All Staff', 'allstaff@' + RB),
              'In memoriam: Peggy Dunleavy, RN', D(12, 1, 12, 0), body)


@msg('none', 'trap-condolence-note',
     'borderline: personal condolence note about a colleague\'s father\'s death; no illness or care mentioned; none',
     'obituaries and condolences')
def _():
    body = T('''
    Dear Farid,

    I was so sorry to hear that your father passed away last week. I know
    how close you were and how much he loved telling stories about the
    bakery. Please don't worry at all about the clinic schedule - Maya and
    I have your Thursday sessions covered through the end of the month.

    Thinking of you and your family.

    Warmly,
    Helen
    ''')
    return mk(A('Helen Marsh', 'h.marsh@cedarvalley.example.com'), A('Farid Haddad', 'f.haddad@cedarvalley.example.com'),
              'thinking of you', D(11, 15, 20, 10), body)


# ---------------------------------------------------------------- consumer marketing

@msg('none', 'trap-fitness-tracker-marketing-html',
     'fitness-tracker marketing (heart rate, SpO2, sleep features); generic, no user data',
     'fitness and nutrition app marketing')
def _():
    html = '''
    <html><body style="font-family:Helvetica,Arial,sans-serif">
    <h1 style="color:#0a7">PulseBand 5 &ndash; know your body</h1>
    <ul>
    <li>24/7 heart-rate tracking with high and low heart-rate alerts</li>
    <li>Blood-oxygen (SpO2) readings during sleep</li>
    <li>Irregular-rhythm notifications*</li>
    <li>Stress score and guided breathing</li>
    <li>Cycle tracking and readiness score</li>
    </ul>
    <p><b>Black Friday: 30% off</b> with code PULSE30. Free shipping.</p>
    <p style="font-size:10px">*Not intended to diagnose or treat any condition. Talk to your doctor
    about any health concerns. PulseBand Inc. (fictional), 100 Market St.
    <a href="https://pulseband.example.com/unsubscribe">Unsubscribe</a></p>
    </body></html>
    '''
    return mk(A('PulseBand', 'hello@pulseband.example.com'), A('jordan.ellis@mail.example.net'),
              'Black Friday: 30% off PulseBand 5 - heart rate, SpO2, sleep', D(11, 27, 7, 0), H(html, cte='quoted-printable'))


@msg('none', 'trap-nutrition-app-de',
     'German nutrition-app marketing (base64 HTML) about blood sugar and weight goals; generic',
     'fitness and nutrition app marketing', 'de')
def _():
    html = '''
    <html lang="de"><body>
    <h2>Neu in NährWert Plus: der Blutzucker-freundliche Wochenplan</h2>
    <p>Hallo,</p>
    <p>unsere Ernährungsberaterinnen haben 40 neue Rezepte mit niedrigem glykämischen Index
    zusammengestellt – ideal, wenn Sie auf Ihren Blutzucker achten möchten oder einfach
    länger satt bleiben wollen.</p>
    <ul><li>Einkaufslisten automatisch erstellen</li>
    <li>Kohlenhydrate pro Mahlzeit zählen</li>
    <li>Eiweißziele für Muskelaufbau</li></ul>
    <p>Jetzt 3 Monate zum halben Preis testen.</p>
    <p style="font-size:10px">Die App ersetzt keine ärztliche Beratung. NährWert GmbH (fiktiv), Berlin.
    <a href="https://naehrwert.de.test/abmelden">Abmelden</a></p>
    </body></html>
    '''
    return mk(A('NährWert Plus', 'news@naehrwert.de.test'), A('kunde@mail.de.test'),
              'Neu: der Blutzucker-freundliche Wochenplan – 3 Monate zum halben Preis', D(11, 22, 8, 0, '+0100'),
              H(html, cte='base64'))


@msg('none', 'trap-medicare-plan-marketing',
     'health-plan marketing for Medicare Advantage (premiums, dental, insulin caps); generic',
     'insurance plan marketing')
def _():
    plain = '''
    Turning 65? Compare 2027 plans in 10 minutes.

    Bluepoint Advantage Plus (HMO) - fictional
    - $0 monthly premium in most counties
    - $35/month insulin, $0 preventive dental
    - Fitness membership and over-the-counter allowance
    - Part D drug coverage included

    Annual Enrollment ends December 7. Call 1-800-555-0165 (TTY 711), 8-8.
    This is an advertisement. Plans may not be available in all areas.
    '''
    html = '''
    <html><body><h2>Turning 65? Compare 2027 plans in 10 minutes.</h2>
    <p><b>Bluepoint Advantage Plus (HMO)</b>: $0 premium in most counties, $35 insulin, $0 preventive dental.</p>
    <p>Annual Enrollment ends <b>December 7</b>. Call 1-800-555-0165.</p>
    <p style="font-size:10px">This is an advertisement.</p></body></html>
    '''
    return mk(A('Bluepoint Health Plans', 'offers@bluepoint-plans.example.com'), A('w.harmon@mail.example.net'),
              'Turning 65? $0 premium plans and $35 insulin', D(11, 2, 9, 0), ALT(plain, html))


@msg('none', 'trap-dna-ancestry-sale',
     'DNA ancestry kit sale advertising optional health-predisposition reports; no person\'s result',
     'genealogy and DNA marketing')
def _():
    html = '''
    <html><body>
    <h1>Discover where you come from &ndash; 40% off</h1>
    <p>Our RootLine DNA kit maps your ancestry across 2,000+ regions and finds relatives who have also tested.</p>
    <p><b>Add Health+</b> to learn about genetic predispositions (for example certain BRCA1/BRCA2
    variants, late-onset Alzheimer&rsquo;s APOE type, and carrier status for cystic fibrosis).
    Health+ reports are optional and come with access to a genetic counsellor.</p>
    <p>Holiday price: $59 (was $99). Code ROOTS40.</p>
    <p style="font-size:10px">RootLine Genetics (fictional). Not a diagnostic test.
    <a href="https://rootline.example.com/unsub">Unsubscribe</a></p>
    </body></html>
    '''
    return mk(A('RootLine DNA', 'offers@rootline.example.com'), A('pat.morrow@mail.example.net'),
              'Holiday sale: 40% off ancestry + Health+ reports', D(11, 28, 10, 0), H(html))


@msg('none', 'trap-pharmacy-loyalty-coupon',
     'pharmacy loyalty coupons (vitamins, flu shots) with a rewards number; no prescription of the member',
     'pharmacy loyalty marketing')
def _():
    html = '''
    <html><body>
    <h2>Your December CareRewards coupons</h2>
    <p>Rewards member #CR 6620 1187 40 &middot; Balance: 1,240 points ($12.40)</p>
    <table border="1" cellpadding="5">
    <tr><td>$5 off $25 vitamins &amp; supplements</td><td>Expires 12/31</td></tr>
    <tr><td>Flu, COVID-19 and shingles shots &ndash; walk in, most insurance $0</td><td>&nbsp;</td></tr>
    <tr><td>20% off blood-pressure monitors</td><td>Expires 12/15</td></tr>
    <tr><td>Buy 1 get 1 50% allergy relief</td><td>Expires 12/20</td></tr>
    </table>
    <p>Coupons cannot be used on prescriptions. Elm Street Pharmacy (fictional)</p>
    </body></html>
    '''
    return mk(A('Elm Street Pharmacy', 'rewards@elmst-pharmacy.example.com'), A('d.quinn@mail.example.net'),
              'Your December CareRewards coupons are here', D(12, 1, 6, 0), H(html))


@msg('phi', 'pharmacy-loyalty-email-rx-ready',
     'loyalty e-mail to a named customer also says his atorvastatin prescription is ready',
     'mirror: pharmacy loyalty marketing')
def _():
    html = '''
    <html><body>
    <p>Hi Desmond,</p>
    <p><b>Your prescription is ready for pickup:</b> atorvastatin 40 mg, 90 tablets (Rx #7741952),
    prescribed by Dr. S. Achterberg. Copay $10.00. Pick up by 12/08 or it will be returned to stock.</p>
    <p>Rewards member #CR 6620 3391 05 &middot; You earned 100 points on your last refill.</p>
    <p>This week: $5 off $25 vitamins.</p>
    <p>Elm Street Pharmacy (fictional)</p></body></html>
    '''
    return mk(A('Elm Street Pharmacy', 'rewards@elmst-pharmacy.example.com'), A('Desmond Pryor', 'd.pryor@mail.example.net'),
              'Desmond, your order is ready + this week\'s coupons', D(12, 1, 14, 0), H(html))


@msg('none', 'trap-pharmacy-coupon-ht',
     'Haitian Creole pharmacy flyer (flu shots, blood-pressure checks, coupons); generic',
     'pharmacy loyalty marketing', 'ht')
def _():
    body = T('''
    Bonjou zanmi nou yo!

    Famasi Lakay ap ofri nou:

    • Vaksen kont grip (flu) gratis ak pifò asirans – vini san randevou
    • Tcheke tansyon gratis chak samdi 9è–12è
    • 20% rabè sou vitamin pou timoun ak granmoun
    • Konsèy gratis ak famasyen an sou jan pou pran medikaman yo

    Kouponn sa a valab jiska 31 desanm. Montre imèl sa a nan kès la.

    Famasi Lakay – 555-0158
    ''', cte='quoted-printable')
    return mk(A('Famasi Lakay', 'nouvel@famasi-lakay.example.com'), A('kliyan@mail.example.net'),
              'Vaksen grip gratis ak 20% rabè sou vitamin', D(11, 21, 9, 0), body)


@msg('none', 'trap-sports-physical-blank-pdf',
     'school pre-participation physical form sent blank (fields for name, DOB, asthma); no student data',
     'school forms (blank)')
def _():
    lines = ['LANTERN COUNTY SCHOOLS - PRE-PARTICIPATION PHYSICAL EVALUATION (BLANK FORM)',
             'Student name: ______________________  Date of birth: ____/____/______',
             'Sport(s): ______________________  Grade: ____',
             '',
             'History (parent to complete):',
             '[ ] Yes [ ] No  Has a doctor ever restricted your child from sports?',
             '[ ] Yes [ ] No  Concussion or head injury?',
             '[ ] Yes [ ] No  Asthma, or uses an inhaler?',
             '[ ] Yes [ ] No  Fainting or chest pain during exercise?',
             '[ ] Yes [ ] No  Family member died suddenly before age 50?',
             '',
             'Physician signature: ______________________  NPI: __________',
             'Cleared: [ ] all sports  [ ] with restrictions  [ ] not cleared']
    body = MIX(T('''
    Families,

    Winter sports start January 4. Every athlete needs a physical dated
    after April 1. The blank form is attached; return it completed to the
    athletic office, not by e-mail.

    Coach Bernadette Ruiz, Athletic Coordinator
    '''), ATT(pdf(lines, title='PPE form blank'), 'application/pdf', 'PPE_form_blank_2026-27.pdf'))
    return mk(A('Bernadette Ruiz', 'b.ruiz@lanternhigh.k12.test'), A('Winter Sports Families', 'winter-families@lanternhigh.k12.test'),
              'Winter sports physical form (blank) - due Jan 4', D(12, 2, 15, 0), body)


@msg('phi', 'sports-physical-form-completed',
     'completed sports physical form for a named student with DOB, asthma and inhaler use',
     'mirror: school forms (blank)')
def _():
    lines = ['LANTERN COUNTY SCHOOLS - PRE-PARTICIPATION PHYSICAL EVALUATION',
             'Student name: Noah Castellanos   Date of birth: 03/17/2011',
             'Sport(s): basketball   Grade: 10',
             '',
             '[X] Yes  Asthma, or uses an inhaler? - albuterol before practice, controller fluticasone',
             '[X] Yes  Concussion or head injury? - concussion 02/2025, cleared 03/2025',
             '',
             'Exam: BP 116/72, HR 64, peak flow 420 L/min',
             'Cleared: [X] all sports - inhaler must be available at practice',
             'Physician: Helen Marsh, MD   Cedar Valley Pediatrics']
    body = MIX(T('''
    Hi Coach Ruiz, Noah's completed physical is attached. His inhaler
    will be in his gym bag.

    Rafael Castellanos
    '''), ATT(pdf(lines, title='PPE form'), 'application/pdf', 'Noah_physical.pdf'))
    return mk(A('Rafael Castellanos', 'rcastellanos@mail.example.net'), A('Bernadette Ruiz', 'b.ruiz@lanternhigh.k12.test'),
              'physical form', D(12, 5, 19, 0), body)


@msg('none', 'trap-daycare-illness-policy-so',
     'Somali daycare illness-policy notice (fever rules, one anonymous case in a room); no identifiable child',
     'daycare illness-policy notices', 'so')
def _():
    body = T('''
    Waalidiinta sharafta leh,

    Fasalka carruurta yaryar waxaa laga helay hal xaalad oo ah cudurka
    gacmaha, cagaha iyo afka (hand-foot-mouth). Ilmaha lama magacaabin.

    Fadlan xusuusnow xeerarkeenna caafimaadka:
    - Ilmaha qaba qandho 100.4F (38C) ama ka badan guriga ha joogo ilaa
      24 saacadood oo aan qandho lahayn, iyadoo aan daawo la siin.
    - Ilmaha matagaya ama shuban qaba guriga ha joogo 24 saacadood.
    - Gacmaha si fiican u dhaq marka aad ilmaha keenayso.

    Mahadsanid,
    Xarunta Daryeelka Carruurta ee Sunrise, 555-0124
    ''')
    return mk(A('Sunrise Child Care', 'office@sunrise-childcare.example.org'),
              A('Waalidiinta', 'parents@sunrise-childcare.example.org'),
              'Ogeysiis caafimaad: xeerarka qandhada iyo cudurka gacmaha iyo cagaha', D(11, 17, 15, 0), body)


@msg('phi', 'daycare-note-names-child-strep',
     'daycare note names a child diagnosed with strep throat and on amoxicillin',
     'mirror: daycare illness-policy notices')
def _():
    body = T('''
    Hi Ms. Adler,

    Just letting you know Mateo's pediatrician called this morning: his
    rapid strep test yesterday was positive and he started amoxicillin
    last night. He can come back Thursday after 24 hours on the
    antibiotic. Please keep an eye on his cubby-mates in the Butterfly room.

    Thanks,
    Daniela Ortiz (Mateo's mom)
    ''')
    return mk(A('Daniela Ortiz', 'dortiz@mail.example.net'), A('Ms. Adler', 'butterfly-room@sunrise-childcare.example.org'),
              'Mateo out until Thursday', D(11, 18, 7, 10), body)


@msg('none', 'trap-personal-vague-appointment',
     'borderline: personal scheduling e-mail says "I have an appointment at 3" with no care named; no health content, none',
     'personal scheduling excuses')
def _():
    body = T('''
    Hi Jonas,

    Something's come up - I have an appointment at 3 on Thursday that I
    can't move. Could we push our budget call to Friday morning, 9:30? Same
    Zoom link works for me.

    Thanks!
    Renata
    ''')
    return mk(A('Renata Guimaraes', 'r.guimaraes@' + RB), A('Jonas Berg', 'j.berg@' + RB),
              'move our Thursday call?', D(12, 1, 9, 40), body)


@msg('phi', 'personal-dentist-appointment-excuse',
     'borderline: sender moves a call because of her own dentist appointment; named sender + an appointment for care = phi by the letter of the rules, though nothing clinical is said',
     'personal scheduling excuses')
def _():
    body = T('''
    Hi Jonas,

    Sorry to do this again - I have a dentist appointment at 3 on Thursday,
    so I won't be able to make our call. Could we do Friday 9:30 instead?

    Renata
    ''')
    return mk(A('Renata Guimaraes', 'r.guimaraes@' + RB), A('Jonas Berg', 'j.berg@' + RB),
              'can we move Thursday?', D(12, 8, 9, 15), body)


@msg('none', 'trap-charity-5k-registration-dob',
     'charity 5K registration with bib number and DOB for age groups, benefiting diabetes research; no health content',
     'charity events')
def _():
    body = T('''
    You're registered for the Step Up for Diabetes Research 5K!

    Runner:        Owen Whitaker
    Bib number:    1472
    Date of birth: 08/30/1985 (age group 40-44)
    Shirt size:    M
    Team:          Riverbend Pharmacy Pacers
    Start:         Saturday, April 17, 8:00 AM, Riverside Park

    Your $40 registration supports type 1 diabetes research. Share your
    fundraising page: https://stepup5k.example.org/owen-whitaker

    Step Up 5K organizing committee
    ''')
    return mk(A('Step Up 5K', 'register@stepup5k.example.org'), A('Owen Whitaker', 'o.whitaker@mail.example.net'),
              'Registration confirmed - bib 1472', D(12, 3, 20, 0), body)


# ---------------------------------------------------------------- organisations, logistics, community

@msg('none', 'union-bargaining-update',
     'nurses\' union bargaining update (ratios, overtime, wages); no patient',
     'labour relations')
def _():
    body = T('''
    BARGAINING UPDATE #8 - Nurses United Local 418

    We met with management for 9 hours on Tuesday. Where we stand:

    - Staffing ratios: management agreed to 1:2 in ICU and 1:4 on
      med/surg, but still refuses enforceable ratios on Psych 3E and in the
      ED. We will not accept a contract without them.
    - Mandatory overtime: tentative agreement to end it except in declared
      emergencies.
    - Wages: their offer is 3%/3%/2.5%; our proposal is 6%/5%/5%.
    - Workplace violence: joint committee with authority to stop unsafe
      assignments - agreed in principle.

    Strike authorization vote: December 16-17. Member meeting Monday 7 PM,
    union hall.

    In solidarity,
    Bargaining Team
    ''')
    return mk(A('Nurses United Local 418', 'bargaining@nul418.example.org'), A('Members', 'members@nul418.example.org'),
              'Bargaining update #8: ratios, overtime, strike vote dates', D(12, 3, 21, 0), body)


@msg('none', 'trap-merger-press-release-fr',
     'French hospital merger press release (bed counts, psychiatry and maternity services); no patient',
     'press releases', 'fr')
def _():
    body = T('''
    COMMUNIQUÉ DE PRESSE – pour diffusion immédiate

    Le Centre hospitalier de la Vallée et la Clinique Saint-Roch annoncent
    leur rapprochement

    Les deux établissements formeront au 1er juillet 2027 un groupement de
    612 lits, dont 48 lits de psychiatrie adulte, une maternité de niveau 3
    (4 100 accouchements par an) et un centre de lutte contre le cancer.

    « Ce rapprochement permettra de maintenir une offre de soins de
    proximité et de réduire les délais d'attente en oncologie », a déclaré
    la directrice générale, Mme Sophie Lambert.

    Aucun service ne sera fermé. Les 3 200 salariés conservent leur contrat.

    Contact presse : Julien Marchal – 04 55 50 01 86 – presse@ch-vallee.fr.test
    ''', cs='utf-8', cte='base64')
    return mk(A('Service communication', 'presse@ch-vallee.fr.test'), A('Rédactions', 'redactions@presse-regionale.fr.test'),
              'Communiqué : rapprochement du CH de la Vallée et de la Clinique Saint-Roch', D(11, 12, 10, 0, '+0100'), body)


@msg('none', 'trap-investor-update-encounters',
     'health-tech startup investor update (ARR, patient encounters processed, churn); aggregate',
     'investor updates')
def _():
    body = T('''
    Scribewell - November investor update

    Highlights
    - ARR $6.8M (+9% MoM); 41 health-system customers, 3 new (incl. a
      behavioral health network with 220 therapists).
    - 1.42M patient encounters documented by the ambient scribe in
      November; clinicians save a median 2.1 h/day.
    - SOC 2 Type II renewed; HITRUST assessment starts in January.
    - Churn: one oncology group (budget), $140k ARR.

    Asks: intros to CMIOs at academic medical centres; a VP Sales with
    payer experience.

    Runway 26 months. Board meeting Dec 15.
    Noa Feldman, CEO
    ''')
    return mk(A('Noa Feldman', 'noa@scribewell.example.com'), A('Investors', 'investors@scribewell.example.com'),
              'Scribewell November update: $6.8M ARR, 1.42M encounters', D(12, 2, 7, 0), body)


@msg('none', 'trap-medical-office-lease',
     'commercial real-estate listing for a former dialysis clinic suite; no patient',
     'medical real estate')
def _():
    html = '''
    <html><body>
    <h2>For lease: 4,800 SF medical office &ndash; 220 Lantern Rd, Suite 210</h2>
    <ul>
    <li>Former outpatient dialysis clinic: plumbing for 18 stations, RO water room, ADA restrooms</li>
    <li>Suits urgent care, infusion, behavioral health group practice, or physical therapy</li>
    <li>Across from Riverbend Cancer Institute; 22 parking spaces</li>
    <li>$28.50/SF/yr NNN; TI allowance negotiable</li>
    </ul>
    <p>Contact Greta Sorensen, Lanternline Commercial Realty (fictional), 555-0178</p>
    </body></html>
    '''
    return mk(A('Lanternline Commercial', 'listings@lanternline-realty.example.com'), A('Practice Development', 'practice-dev@' + RB),
              'New listing: 4,800 SF former dialysis suite, 220 Lantern Rd', D(11, 10, 9, 0), H(html))


@msg('none', 'trap-interpreter-minutes-by-language',
     'language-access statistics (interpreter minutes by language and department); aggregate',
     'language-access statistics')
def _():
    body = T('''
    Language Access - October utilization

    Language          Video min   Phone min   In-person encounters
    Spanish           48,210      31,004      1,412
    Haitian Creole     6,118       4,220        188
    Somali             3,902       2,877        141
    Vietnamese         2,440       1,906         64
    Arabic             2,011       1,552         59
    ASL                  -           -          212

    Top departments: ED (31%), L&D (14%), Behavioral Health (9%),
    Oncology (8%). Average connect time for video Spanish: 21 seconds.

    Reminder: family members, including minors, should not interpret
    clinical conversations.

    Language Access Services
    ''')
    return mk(A('Language Access', 'language-access@' + RB), A('Patient Experience', 'patient-experience@' + RB),
              'October interpreter utilization by language', D(11, 6, 10, 0), body)


@msg('none', 'trap-chaplaincy-volunteer-schedule',
     'chaplaincy volunteer schedule by unit (hospice, NICU, oncology); no patient',
     'volunteer schedules')
def _():
    body = T('''
    Spiritual Care volunteer schedule - December

    Mon  Hospice & palliative unit    Rev. Thomas Abney, Sr. Mary Clare
    Tue  NICU family lounge           Rabbi Leah Gold
    Wed  Oncology 4 / infusion        Imam Yusuf Karim, Deacon Paul Ortiz
    Thu  Psych 3E (group only)        Chaplain resident Ana Lima
    Fri  ED / trauma on-call          Rev. Grace Mwangi
    Sun  Chapel services 10:00 and 16:00

    Reminder: volunteers do not read charts. Referral requests come through
    the on-call pager (555-0181); the chaplain on call decides visits.

    Department of Spiritual Care
    ''')
    return mk(A('Spiritual Care', 'spiritual-care@' + RB), A('Spiritual Care Volunteers', 'sc-volunteers@' + RB),
              'December volunteer schedule', D(11, 28, 11, 0), body)


@msg('none', 'trap-specimen-courier-route',
     'lab courier route schedule for specimen pickups at clinics (pathology, cytology); no patient',
     'courier routes')
def _():
    body = T('''
    Courier route changes effective Monday 12/7

    Route 3 (north clinics)        Pickup times
      Cedar Valley Family Med       10:15, 14:30, 17:00
      Cedar Valley Women's Health   10:35, 14:50 (pathology & Pap cytology boxes)
      Sexual Health Clinic          11:00, 15:10 (STI NAAT swabs - room temp)
      Eastside OTP                  11:25 (urine drug screens)

    Route 5 (south) unchanged.

    Frozen specimens must be in the blue cooler with dry ice and the
    manifest sheet signed. STAT pickups: 555-0172.

    Lab Logistics
    ''')
    return mk(A('Lab Logistics', 'lab-logistics@lab.' + RB), A('Clinic Managers', 'clinic-managers@' + RB),
              'Courier route 3 changes effective 12/7', D(12, 2, 14, 0), body)


@msg('none', 'trap-dscsa-buprenorphine-shipment-xml',
     'DSCSA transaction data for a buprenorphine-naloxone shipment (NDC, lot, serials) to a pharmacy; no patient',
     'drug supply-chain traceability')
def _():
    items = ''.join('      <epc>urn:epc:id:sgtin:0355501.012345.%d</epc>\n' % (880012 + i) for i in range(6))
    xml = '''<?xml version="1.0" encoding="UTF-8"?>
<EPCISDocument schemaVersion="1.2" creationDate="2026-11-30T14:02:11Z">
  <EPCISBody>
    <EventList>
      <ObjectEvent>
        <eventTime>2026-11-30T14:00:00Z</eventTime>
        <epcList>
%s        </epcList>
        <action>OBSERVE</action>
        <bizStep>urn:epcglobal:cbv:bizstep:shipping</bizStep>
        <product ndc="55501-0123-45" name="buprenorphine and naloxone sublingual film 8 mg/2 mg, 30 films"
                 lot="BNF2611A" expiry="2028-05-31" schedule="CIII"/>
        <source>urn:epc:id:sgln:0355501.00001.0</source>
        <destination>urn:epc:id:sgln:0355509.00017.0</destination>
      </ObjectEvent>
    </EventList>
  </EPCISBody>
</EPCISDocument>
''' % items
    body = MIX(T('''
    Transaction information, history and statement for invoice INV-7730214
    (6 cartons buprenorphine/naloxone film, CIII) shipped to Elm Street
    Pharmacy, DEA-registered location. The seller has complied with the
    transaction statement requirements.

    Harborview Wholesale Drug (fictional) - Compliance
    '''), ATT(xml, 'application/xml', 'T3_INV-7730214.xml'))
    return mk(A('Harborview Compliance', 'dscsa@harborview-wholesale.example.com'),
              A('Elm Street Pharmacy', 'receiving@elmst-pharmacy.example.com'),
              'T3 data for INV-7730214 (buprenorphine/naloxone, CIII)', D(11, 30, 9, 5), body)


@msg('none', 'trap-phone-directory-update',
     'department phone directory (methadone clinic, HIV clinic, fertility centre extensions); no patient',
     'directories')
def _():
    body = T('''
    Updated department directory - please replace the laminated card at
    each nursing station.

    Addiction Medicine / Methadone Clinic ...... 555-0117
    HIV & Infectious Diseases Clinic ........... 555-0118 (ext. 0118)
    Fertility & IVF Center ..................... 555-0119
    Genetic Counseling ......................... 555-0121
    Psychiatry Consult-Liaison pager ........... 555-0122
    Women's Health / Family Planning ........... 555-0123
    Eating Disorders Program ................... 555-0126
    Crisis line (patients) ..................... 988

    Operator: 0. Overhead emergencies: dial 7777 from any hospital phone.

    Telecommunications
    ''')
    return mk(A('Telecommunications', 'telecom@it.' + RB), A('Nursing Stations', 'nursing-stations@' + RB),
              'Updated department phone directory', D(11, 23, 12, 0), body)


@msg('none', 'trap-holiday-hours-big5',
     'Traditional Chinese (Big5) clinic holiday-hours notice; no patient',
     'service-hours notices', 'zh-Hant')
def _():
    body = T('''
    親愛的病友與家屬您好：

    元旦連續假期（12月31日至1月3日）門診時間調整如下：

    12月31日（四）上午門診照常，下午休診
    1月1日（五）至1月3日（日）門診休診
    急診24小時照常服務

    慢性病連續處方箋領藥請提早安排。
    洗腎室、化療室另行通知個別排程。

    如有疑問請洽服務台：(02) 5550-0136

    仁心醫院 敬上
    ''', cs='big5')
    return mk(A('仁心醫院', 'service@renxin-hospital.tw.test', 'big5'),
              A('病友通訊', 'newsletter@renxin-hospital.tw.test', 'big5'),
              '元旦連假門診時間調整公告', D(12, 15, 9, 0, '+0800'), body, subj_cs='big5')


@msg('none', 'trap-humanitarian-supply-uk',
     'Ukrainian (windows-1251) humanitarian medical-supply shipment list (insulin pens, tourniquets); no patient',
     'humanitarian logistics', 'uk')
def _():
    body = T('''
    Шановні колеги!

    Повідомляємо про відправлення гуманітарного вантажу № ГВ-2026-118
    до обласної лікарні:

      • турнікети — 600 шт.
      • гемостатичні бинти — 400 уп.
      • інсулінові шприц-ручки (інсулін гларгін) — 1 200 шт.
      • тест-смужки для глюкометрів — 300 уп.
      • антибіотики (цефтріаксон 1 г) — 2 000 флаконів
      • портативні кисневі концентратори — 12 шт.

    Інсулін перевозиться в термоконтейнерах (+2…+8 °C) з логерами
    температури. Очікувана дата прибуття — 9 грудня.

    Координатор: Олена Коваленко, тел. 044 555 01 27

    Благодійний фонд «Здорові громади» (вигаданий)
    ''', cs='windows-1251')
    return mk(A('Фонд «Здорові громади»', 'logistics@zdorovi-hromady.ua.test', 'windows-1251'),
              A('Обласна лікарня', 'sklad@oblasna-likarnia.ua.test', 'windows-1251'),
              'Гуманітарний вантаж ГВ-2026-118: інсулін, турнікети', D(12, 4, 11, 0, '+0200'), body,
              subj_cs='windows-1251')


@msg('none', 'trap-wellness-challenge-hi',
     'Hindi employee wellness step challenge (team totals, BP-check camp); no individual health data',
     'employee wellness challenges', 'hi')
def _():
    body = T('''
    प्रिय साथियों,

    अस्पताल का "स्वस्थ दिसंबर" वेलनेस चैलेंज 1 दिसंबर से शुरू हो रहा है!

    • हर टीम का लक्ष्य: प्रतिदिन औसतन 8,000 कदम
    • साप्ताहिक विजेता टीम को स्वस्थ नाश्ता
    • 10 दिसंबर को कर्मचारियों के लिए मुफ़्त रक्तचाप और शुगर जाँच शिविर
    • योग सत्र: हर बुधवार सुबह 7 बजे, सभागार में

    अब तक 42 टीमों ने पंजीकरण कराया है। व्यक्तिगत स्वास्थ्य जानकारी किसी से
    साझा नहीं की जाएगी।

    मानव संसाधन विभाग – कर्मचारी कल्याण
    ''', cte='base64')
    return mk(A('कर्मचारी कल्याण', 'wellness@jeevan-hospital.in.test'), A('सभी कर्मचारी', 'staff@jeevan-hospital.in.test'),
              '"स्वस्थ दिसंबर" वेलनेस चैलेंज – पंजीकरण खुला', D(11, 26, 10, 0, '+0530'), body)


@msg('none', 'trap-pharmacy-duty-rota-it',
     'Italian on-duty pharmacy rota for the holidays (addresses, hours); no patient',
     'pharmacy duty rotas', 'it')
def _():
    body = T('''
    Turni delle farmacie di guardia – festività di dicembre

    24 dicembre  Farmacia Centrale, via Roma 12 – orario continuato 8–22
    25 dicembre  Farmacia San Marco, piazza Duomo 3 – 9–13 / 16–20
    26 dicembre  Farmacia del Porto, via Marina 88 – 9–13 / 16–20
    31 dicembre  Farmacia Comunale 2, viale Europa 140 – 8–20
    1 gennaio    Farmacia Centrale – 9–13 / 16–20

    Servizio notturno a battenti chiusi: chiamare il numero 0555 0137.
    Per i farmaci stupefacenti e le ricette urgenti presentare la ricetta
    elettronica.

    Ordine dei Farmacisti della Provincia (fittizio)
    ''')
    return mk(A('Ordine dei Farmacisti', 'segreteria@ordinefarmacisti.it.test'),
              A('Medici di medicina generale', 'mmg@asl-provincia.it.test'),
              'Turni farmacie di guardia – festività di dicembre', D(12, 10, 12, 0, '+0100'), body)


@msg('none', 'trap-mass-casualty-drill-script',
     'mass-casualty drill script with moulage victims clearly marked DRILL and fictional; no real patient',
     'emergency drills')
def _():
    body = T('''
    *** EXERCISE EXERCISE EXERCISE - ALL VICTIMS ARE ACTORS ***

    Full-scale MCI drill "Operation Ironbridge" - Thursday 12/10, 09:00-12:00
    Scenario: bus collision at the Lantern Rd overpass, 22 simulated victims.

    Victim cards (moulage team)
    DRILL-01  "John Doe Alpha"   simulated open femur fracture, tourniquet  RED
    DRILL-02  "Jane Doe Bravo"   simulated 30 weeks pregnant, abdominal pain  YELLOW
    DRILL-03  "John Doe Charlie" simulated tension pneumothorax  RED
    DRILL-04  "Jane Doe Delta"   simulated panic, no physical injury  GREEN
    DRILL-05  "Child Doe Echo"   simulated burns 12% TBSA  RED (pediatric)

    Registration will issue drill MRNs from the block 9999000-9999099,
    which never map to real charts. Say "THIS IS A DRILL" on every radio
    and phone call. Real emergencies override the drill: call "Real World".

    Emergency Management
    ''')
    return mk(A('Emergency Management', 'em@' + RB), A('Drill Participants', 'drill-participants@' + RB),
              'EXERCISE: Operation Ironbridge victim cards and drill MRNs', D(12, 7, 13, 0), body)


@msg('phi', 'drill-script-slips-in-real-patient',
     'drill message includes a real ED patient\'s name, MRN and injuries by mistake',
     'mirror: emergency drills')
def _():
    body = T('''
    *** EXERCISE *** Ironbridge debrief notes

    Tracking board worked well; drill MRNs 9999000-9999021 all closed out.

    One real-world problem: at 10:42 registration accidentally attached
    drill band DRILL-07 to an actual walk-in, Evangeline Moss (real MRN
    20488317), who came in with a left distal radius fracture after a fall.
    She was splinted by ortho and her chart now has the drill note
    "simulated crush injury" - HIM needs to correct it before her follow-up
    in fracture clinic on 12/17.

    Emergency Management
    ''')
    return mk(A('Emergency Management', 'em@' + RB), A('HIM Corrections', 'him-corrections@' + RB),
              'Ironbridge debrief + one chart correction needed', D(12, 10, 15, 30), body)


@msg('none', 'trap-translation-quote-consent-forms',
     'translation agency quote for blank consent and discharge templates (word counts, languages); no patient',
     'translation services')
def _():
    body = T('''
    Quote Q-26-4471 - Riverbend Health Patient Education

    Documents (templates only, no patient data):
      1. General consent for treatment (2 pp, 812 words)
      2. Consent for HIV testing (1 p, 390 words)
      3. Medication-assisted treatment agreement (buprenorphine) (3 pp, 1,420 words)
      4. Discharge instructions after cesarean delivery (2 pp, 960 words)

    Target languages: Spanish, Haitian Creole, Somali, Arabic, Vietnamese
    Rate: $0.21/word; certification of accuracy included
    Total: 3,582 words x 5 languages = 17,910 words -> $3,761.10
    Turnaround: 8 business days

    Glossa Medical Language Services (fictional) - 555-0185
    ''')
    return mk(A('Glossa Medical Language', 'quotes@glossa-mls.example.com'), A('Patient Education', 'patient-ed@' + RB),
              'Quote Q-26-4471: consent and discharge templates into 5 languages', D(11, 19, 10, 0), body)


# ================================================================ ordinary phi

CV = 'cedarvalley.example.com'
MBI_OKAFOR = mbi('3WX7HJ2RT54')


@msg('phi', 'es-lab-results-letter',
     'Spanish clinic letter to a named patient with her A1c and cholesterol results (QP, soft breaks in IDs)',
     'clinic to patient', 'es')
def _():
    body = T('''
    Estimada Sra. Beatriz Olmedo Ruiz:

    Le escribimos desde la Clínica Familiar del Valle para comunicarle los
    resultados de sus análisis del 24 de noviembre.

      Hemoglobina glicosilada (HbA1c): 8,3 % (objetivo < 7 %)
      Colesterol LDL: 142 mg/dl
      Creatinina: 0,9 mg/dl

    La Dra. Elena Varela recomienda aumentar la metformina a 1000 mg dos
    veces al día y le ha reservado una cita de control el 15 de diciembre
    a las 10:30. Su número de historia clínica es HC-40\x1e771-2\x1e093.

    Atentamente,
    Clínica Familiar del Valle – 555-0149
    ''', cte='quoted-printable')
    return mk(A('Clínica Familiar del Valle', 'resultados@' + CV), A('Beatriz Olmedo Ruiz', 'b.olmedo@mail.example.net'),
              'Resultados de sus análisis del 24 de noviembre', D(11, 30, 10, 0), body)


@msg('phi', 'pt-dental-appointment',
     'Portuguese (ISO-8859-1) dental-clinic confirmation of a named patient\'s root-canal appointment',
     'clinic to patient', 'pt')
def _():
    body = T('''
    Olá, Sr. João Batista Figueiredo,

    Confirmamos a sua consulta de tratamento de canal (endodontia) do dente
    36 com a Dra. Mariana Peixoto:

      Data: quinta-feira, 10 de dezembro, às 14h30
      Local: Clínica Sorriso Pleno, sala 3
      Prontuário: 22817

    Como combinado, tome a amoxicilina prescrita 1 hora antes do
    atendimento. Se precisar remarcar, ligue para (11) 5550-0139.

    Equipe Sorriso Pleno
    ''', cs='iso-8859-1')
    return mk(A('Clínica Sorriso Pleno', 'agenda@sorrisopleno.com.br.test'),
              A('João Batista Figueiredo', 'jb.figueiredo@mail.com.br.test', 'iso-8859-1', 'Q'),
              'Confirmação: tratamento de canal em 10/12 às 14h30', D(12, 7, 9, 0, '-0300'), body,
              subj_cs='iso-8859-1', subj_enc='Q')


@msg('phi', 'zh-referral-cardiology',
     'Chinese (base64) referral letter for a named patient with chest pain and ECG findings',
     'clinician to clinician', 'zh')
def _():
    body = T('''
    心内科 李主任：

    转诊患者：王建国，男，62岁，病历号 A2026118374
    主诉：活动后胸闷3周，休息后缓解。
    既往史：高血压10年，服用氨氯地平5mg每日一次。
    心电图：II、III、aVF导联ST段压低0.1mV。
    肌钙蛋白阴性。

    拟诊：不稳定型心绞痛？请安排冠脉CTA或造影评估。

    社区卫生服务中心 张医生
    电话：010-5550-0147
    ''', cte='base64')
    return mk(A('张医生', 'zhang.doctor@shequ-weisheng.cn.test'), A('心内科', 'xinneike@renai-hospital.cn.test'),
              '转诊：王建国 胸闷待查', D(11, 19, 15, 0, '+0800'), body)


@msg('phi', 'de-arztbrief-knee',
     'German (ISO-8859-1, QP) discharge letter about a named patient\'s knee arthroscopy',
     'clinician to clinician', 'de')
def _():
    body = T('''
    Sehr geehrte Frau Kollegin Dr. Brandes,

    wir berichten über Ihre Patientin Frau Ursula Kämmerer, geb. 14.05.1961,
    die sich vom 23.11. bis 25.11.2026 in unserer stationären Behandlung
    befand.

    Diagnose: Innenmeniskus-Korbhenkelriss rechts (ICD-10 S83.2)
    Therapie: Arthroskopische Meniskusnaht am 23.11.2026
    Verlauf:  komplikationslos, Wunde reizlos

    Empfehlung: Teilbelastung mit 20 kg für 6 Wochen, Thromboseprophylaxe
    mit Enoxaparin 40 mg s.c. täglich bis zur Vollbelastung,
    Fadenzug am 10. Tag, Wiedervorstellung in 6 Wochen.

    Mit freundlichen kollegialen Grüßen
    Dr. med. Konrad Weißhaupt, Oberarzt Orthopädie
    Klinikum Süderelbe
    ''', cs='iso-8859-1', cte='quoted-printable')
    return mk(A('Dr. Konrad Weißhaupt', 'orthopaedie@klinikum-suederelbe.de.test', 'iso-8859-1', 'Q'),
              A('Praxis Dr. Brandes', 'praxis@brandes-allgemeinmedizin.de.test'),
              'Arztbrief: Frau Kämmerer, Meniskusnaht rechts', D(11, 25, 16, 40, '+0100'), body,
              subj_cs='iso-8859-1', subj_enc='Q')


@msg('phi', 'eob-statement-html',
     'explanation of benefits to a named member with member ID, claim number and services',
     'payer to member')
def _():
    html = '''
    <html><body>
    <h2>Explanation of Benefits &ndash; THIS IS NOT A BILL</h2>
    <p>Member: <b>Gwendolyn Asher</b> &middot; Member ID: <b>KMX440918827</b> &middot; Group 77102</p>
    <p>Claim <b>26-1118-004471</b> &middot; Provider: Riverbend Orthopedics &middot; Date of service 11/04/2026</p>
    <table border="1" cellpadding="3">
    <tr><th>Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>
    <tr><td>Office visit, new patient (99204)</td><td>$310.00</td><td>$182.40</td><td>$145.92</td><td>$36.48</td></tr>
    <tr><td>X-ray shoulder, 2 views (73030)</td><td>$142.00</td><td>$58.10</td><td>$46.48</td><td>$11.62</td></tr>
    <tr><td>Corticosteroid injection, shoulder (20610)</td><td>$265.00</td><td>$96.55</td><td>$77.24</td><td>$19.31</td></tr>
    </table>
    <p>Diagnosis on claim: M75.41 impingement syndrome of right shoulder.</p>
    <p>Keystone Mutual (fictional) &middot; Member Services 1-800-555-0163</p>
    </body></html>
    '''
    return mk(A('Keystone Mutual', 'eob@keystone-mutual.example.com'), A('Gwendolyn Asher', 'g.asher@mail.example.net'),
              'Your Explanation of Benefits for claim 26-1118-004471', D(11, 24, 6, 0), H(html))


@msg('phi', 'prior-auth-approval-mri',
     'payer prior-authorization approval for a named member\'s lumbar MRI',
     'payer to provider')
def _():
    body = T('''
    PRIOR AUTHORIZATION DETERMINATION: APPROVED

    Reference:        PA-2611-77310
    Member:           Oswaldo Brito   DOB 09/27/1966   ID AHP-552-90-1177
    Requesting NPI:   %s (Ines Kowalczyk MD)
    Service:          MRI lumbar spine without contrast (CPT 72148)
    Diagnosis:        M54.16 radiculopathy, lumbar region; failed 6 weeks PT
    Valid:            12/01/2026 - 01/29/2027, 1 unit, in-network facility

    Acme Health Plan (fictional) Utilization Management
    ''' % NPI_KOWALCZYK)
    return mk(A('Acme UM', 'um-determinations@acme-healthplan.example.com'), A('Referrals', 'referrals@' + RB),
              'PA-2611-77310 APPROVED - MRI lumbar spine', D(12, 1, 11, 30), body)


@msg('phi', 'patient-message-asthma-inhaler',
     'patient writes to her clinic about worsening asthma and inhaler refills',
     'patient writing in')
def _():
    body = T('''
    Hello Dr. Marsh,

    This is Lakshmi Venkataraman (DOB 02/11/1993). My asthma has been worse
    since I got a cold last week - I'm using my albuterol inhaler 4-5 times
    a day and waking up at night coughing. My peak flow this morning was
    290 (my best is about 420). Should I restart the prednisone you gave me
    in the spring, or come in? Also I need a refill on the Symbicort.

    Thank you,
    Lakshmi
    ''')
    return mk(A('Lakshmi Venkataraman', 'lakshmi.v@mail.example.net'), A('Cedar Valley Family Medicine', 'fm-messages@' + CV),
              'asthma worse - prednisone?', D(12, 3, 7, 50), body)


@msg('phi', 'nephrology-curbside-consult',
     'clinician-to-clinician consult about a named patient\'s falling eGFR and medications',
     'clinician to clinician')
def _():
    body = T('''
    Hi Tomasz,

    Curbside on a patient of mine before I send a formal referral:
    Harriet Lindgren, 71, MRN 30562210. eGFR has dropped from 52 to 38 over
    four months, potassium 5.4, urine albumin/creatinine 410 mg/g. She is on
    lisinopril 40, spironolactone 25 and ibuprofen she buys over the counter
    for her knees. A1c 7.1.

    Would you stop the spironolactone first or the NSAID, and how soon do
    you want to see her?

    Thanks,
    Sam Achterberg
    ''')
    return mk(A('Samuel Achterberg MD', 's.achterberg@' + CV), A('Tomasz Wierzbicki MD', 't.wierzbicki@' + RB),
              'curbside: CKD progression', D(11, 17, 12, 20), body)


@msg('phi', 'pathology-report-pdf-flate',
     'Flate-compressed PDF pathology report for a named patient (colon polyp, adenoma)',
     'clinic to clinician')
def _():
    lines = ['RIVERBEND HEALTH - SURGICAL PATHOLOGY REPORT',
             'Patient: FENWICK, WALTER   MRN 30118842   DOB 10/02/1957',
             'Accession: SP-26-118204   Collected 11/23/2026   Reported 11/26/2026',
             'Ordering: Abiodun Fashola, MD (Gastroenterology)',
             '',
             'A. Ascending colon polyp, cold snare: TUBULAR ADENOMA, 8 mm, low-grade dysplasia.',
             'B. Sigmoid polyp: HYPERPLASTIC POLYP.',
             'Margins: A - adenoma present at cauterized margin is not evaluable (piecemeal).',
             'Comment: surveillance colonoscopy in 3 years is suggested.',
             'Electronically signed: Anselm Ruiz, MD']
    body = MIX(T('Final pathology attached for your review.'),
               ATT(pdf(lines, flate=True, title='Surgical pathology'), 'application/pdf', 'SP-26-118204.pdf'))
    return mk(A('Pathology Reports', 'pathology-reports@lab.' + RB), A('Abiodun Fashola MD', 'a.fashola@' + CV),
              'Final pathology SP-26-118204', D(11, 26, 14, 10), body)


@msg('phi', 'hl7-oru-cbc-attachment',
     'HL7 v2 ORU attachment with a named patient\'s CBC results',
     'system messages')
def _():
    hl7 = '\r'.join([
        'MSH|^~\\&|LIS|RIVERBEND|EHR|CEDARVALLEY|20261202083000||ORU^R01|MSG004471|P|2.5.1',
        'PID|1||30774120^^^RBH^MR||OKAFOR^CHIAMAKA^N||19840617|F|||88 Birchwood Ct^^Ashford^OH^45013',
        'ORC|RE|ORD88120|LAB55120',
        'OBR|1|ORD88120|LAB55120|58410-2^CBC panel^LN|||20261202071500',
        'OBX|1|NM|718-7^Hemoglobin^LN||8.9|g/dL|12.0-15.5|L|||F',
        'OBX|2|NM|6690-2^WBC^LN||6.2|10*3/uL|4.0-11.0|N|||F',
        'OBX|3|NM|777-3^Platelets^LN||412|10*3/uL|150-400|H|||F',
        'OBX|4|NM|787-2^MCV^LN||71|fL|80-100|L|||F',
        'NTE|1||Microcytic anemia - suggest iron studies']) + '\r'
    body = MIX(T('Result feed copy for the anemia clinic referral, as requested.'),
               ATT(hl7.encode('ascii'), 'application/hl7-v2', 'ORU_30774120.hl7'))
    return mk(A('Interface Team', 'integration@it.' + RB), A('Anemia Clinic', 'anemia-clinic@' + CV),
              'CBC result copy for referral', D(12, 2, 8, 40), body)


@msg('phi', 'fhir-medicationrequest-json',
     'FHIR JSON bundle with a named patient and a warfarin MedicationRequest',
     'system messages')
def _():
    bundle = {
        'resourceType': 'Bundle', 'type': 'collection',
        'entry': [
            {'resource': {'resourceType': 'Patient', 'id': 'pt-30881274',
                          'identifier': [{'system': 'urn:oid:2.16.840.1.113883.3.4471', 'value': '30881274'}],
                          'name': [{'family': 'Strand', 'given': ['Lionel']}],
                          'birthDate': '1949-04-08'}},
            {'resource': {'resourceType': 'MedicationRequest', 'id': 'mr-1',
                          'status': 'active', 'intent': 'order',
                          'subject': {'reference': 'Patient/pt-30881274'},
                          'medicationCodeableConcept': {'text': 'warfarin 5 mg tablet'},
                          'dosageInstruction': [{'text': '5 mg daily except 2.5 mg Mon/Thu; INR goal 2-3'}],
                          'reasonCode': [{'text': 'Atrial fibrillation'}]}}]}
    body = MIX(T('Bundle for the anticoagulation clinic hand-off is attached.'),
               ATT(json.dumps(bundle, indent=1), 'application/fhir+json', 'handoff_bundle.json'))
    return mk(A('Anticoagulation Pharmacy', 'anticoag@' + RB), A('Anticoag Clinic', 'anticoag-clinic@' + CV),
              'hand-off bundle', D(11, 20, 9, 30), body)


@msg('phi', 'ccd-xml-allergy-problem-list',
     'CDA-style XML with a named patient\'s allergies and problem list',
     'system messages')
def _():
    xml = '''<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3">
  <title>Continuity of Care Document</title>
  <recordTarget><patientRole>
    <id extension="30449127" root="2.16.840.1.113883.3.4471"/>
    <patient><name><given>Marguerite</given><family>Delaunay</family></name>
      <birthTime value="19550312"/></patient>
  </patientRole></recordTarget>
  <component><structuredBody>
    <section><title>Allergies</title><text>Penicillin - hives; sulfa - rash</text></section>
    <section><title>Problems</title><text>Hypothyroidism; osteoporosis; chronic kidney disease stage 3a</text></section>
    <section><title>Medications</title><text>Levothyroxine 75 mcg daily; alendronate 70 mg weekly</text></section>
  </structuredBody></component>
</ClinicalDocument>
'''
    body = MIX(T('CCD for the new patient transferring to your practice.'),
               ATT(xml, 'application/xml', 'CCD_Delaunay.xml'))
    return mk(A('HIM Release of Information', 'roi@' + RB), A('Brandes Practice', 'records@brandes-familymed.example.com'),
              'Records transfer - CCD attached', D(11, 13, 13, 0), body)


@msg('phi', 'ics-stress-test-appointment',
     'iCalendar appointment for a named patient\'s nuclear stress test with prep instructions',
     'clinic to patient')
def _():
    cal = ics([[('UID', 'w5-stress-1208@' + CV), ('DTSTAMP', '20261130T140000Z'),
                ('DTSTART;TZID=America/New_York', '20261208T080000'),
                ('DTEND;TZID=America/New_York', '20261208T113000'),
                ('SUMMARY', 'Nuclear stress test - Cedar Valley Cardiology'),
                ('LOCATION', 'Cedar Valley Heart Center\\, 2nd floor'),
                ('DESCRIPTION', 'Patient: Cornelius Abara. No caffeine 24 h before. Hold metoprolol '
                                'the morning of the test. Wear walking shoes.')]], method='PUBLISH')
    body = MIX(T('''
    Dear Mr. Abara,

    Your nuclear stress test ordered by Dr. Pike is scheduled for Tuesday,
    December 8 at 8:00 AM. Add it to your calendar with the attachment.

    Cedar Valley Cardiology, 555-0145
    '''), ATT(cal, 'text/calendar', 'stress_test.ics', cte='quoted-printable'))
    return mk(A('Cedar Valley Cardiology', 'cardiology@' + CV), A('Cornelius Abara', 'c.abara@mail.example.net'),
              'Your stress test appointment on December 8', D(11, 30, 14, 0), body)


@msg('phi', 'medicare-statement-mbi',
     'billing statement to a named Medicare patient with MBI, services and balance',
     'bills and statements')
def _():
    body = T('''
    PATIENT STATEMENT

    Patient:       Chidinma Okafor
    Medicare MBI:  %s
    Account:       RB-7720-4418
    Statement date 12/01/2026

    Date      Service                                     Charge    Medicare paid   Balance
    10/14/26  Cataract surgery, right eye (66984)         $3,210    $1,804.12       $451.03
    10/15/26  Post-op visit                               $0        -               $0.00

    Amount due: $451.03 (your 20%% coinsurance). Your supplemental plan was
    billed on 11/20 and denied: coverage ended 09/30.

    Pay at https://pay.riverbend-health.example.org or call 555-0138.
    ''' % MBI_OKAFOR)
    return mk(A('Riverbend Billing', 'statements@' + RB), A('Chidinma Okafor', 'c.okafor@mail.example.net'),
              'Your Riverbend Health statement - balance $451.03', D(12, 1, 5, 30), body)


@msg('phi', 'church-prayer-list-hip-surgery',
     'parish prayer list names members recovering from hip surgery and starting chemotherapy',
     'community mail')
def _():
    body = T('''
    Weekly prayer list - St. Brendan's

    Please keep in your prayers:
    - Eleanor Voss, recovering at home after her hip replacement last
      Tuesday; meals sign-up below.
    - Frank DiSalvo, starting chemotherapy for colon cancer this week.
    - The family of Peggy Dunleavy.

    Meal train for Eleanor: https://meals.stbrendans.example.org/voss

    Parish office
    ''')
    return mk(A("St. Brendan's Parish Office", 'office@stbrendans.example.org'), A('Prayer Chain', 'prayer-chain@stbrendans.example.org'),
              'Weekly prayer list', D(12, 4, 17, 0), body)


@msg('phi', 'crowdfunding-neighbour-chemo',
     'personal e-mail about a named neighbour\'s breast cancer treatment and fundraiser',
     'community mail')
def _():
    body = T('''
    Hi everyone on Maple Court,

    As some of you know, Teresa Galvan at #14 was diagnosed with breast
    cancer in October. She's had surgery and starts radiation in January,
    and she's off work until spring. We set up a fundraiser for her rent
    and the copays: https://give.example.org/teresa-maple-court

    We're also doing rides to her radiation appointments at the Cancer
    Institute - reply if you can drive a Tuesday.

    Thanks, neighbours!
    Judy and Ken
    ''')
    return mk(A('Judy Paulsen', 'judy.paulsen@mail.example.net'), A('Maple Court Neighbours', 'maplecourt@groups.example.net'),
              'helping Teresa', D(11, 22, 19, 30), body)


@msg('phi', 'cpap-resupply-reminder',
     'DME resupply e-mail to a named patient about his CPAP supplies and usage data',
     'clinic to patient')
def _():
    html = '''
    <html><body>
    <p>Hi Arthur,</p>
    <p>You're eligible for new CPAP supplies under your sleep apnea prescription from Dr. Lund:</p>
    <ul><li>Full-face mask cushion (every month)</li><li>Filters (every 2 weeks)</li><li>Tubing (every 3 months)</li></ul>
    <p>Your device reported <b>6.1 hours average nightly use</b> last month and an AHI of 3.2 &ndash; great job.
    Insurance requires at least 4 hours on 70% of nights.</p>
    <p>Patient account #DME-448120. Confirm your order: reply YES or call 555-0169.</p>
    <p>RestWell Home Medical (fictional)</p>
    </body></html>
    '''
    return mk(A('RestWell Home Medical', 'resupply@restwell-dme.example.com'), A('Arthur Holloway', 'a.holloway@mail.example.net'),
              'Arthur, your CPAP supplies are due', D(11, 16, 10, 0), H(html))


@msg('phi', 'dental-lab-prescription-named-patient',
     'dental lab prescription naming a patient, tooth and crown for a scheduled seat appointment',
     'clinician to vendor')
def _():
    body = T('''
    LAB RX - case 26-4471

    Patient:   Ingrid Sorensen (chart 9920)
    Tooth:     #14, fractured cusp after failed MOD amalgam
    Work:      full-contour zirconia crown, shade A2, light occlusion
    Impression: digital scan uploaded 11/30
    Seat appt: 12/14 at 9:00 - please ship by 12/11

    Dr. Paul Ostrander, DDS - Lantern Family Dental
    ''')
    return mk(A('Lantern Family Dental', 'lab-cases@lanterndental.example.com'), A('Precision Dental Lab', 'cases@precision-dentlab.example.com'),
              'New case 26-4471 - #14 zirconia', D(11, 30, 16, 0), body)


@msg('phi', 'workers-comp-claim-update-secure',
     'sender-marked [secure] workers\' compensation update on a named claimant\'s lumbar strain',
     'payer to provider')
def _():
    body = T('''
    Claim WC-26-118804 - claimant Dwayne Pellerin, DOB 05/19/1980
    Employer: Lantern Logistics

    We received Dr. Kowalczyk's note of 11/30. The lumbar strain (S39.012A)
    is accepted as compensable. Authorization given for 8 sessions of
    physical therapy and a follow-up visit in 4 weeks. Light duty with a
    20 lb lifting limit is available; please update the work-status form.

    Dana Fairbanks, Claims Adjuster
    Granite State Casualty (fictional) - 555-0187
    ''')
    return mk(A('Dana Fairbanks', 'd.fairbanks@granite-casualty.example.com'), A('Occupational Medicine', 'occmed@' + RB),
              '[secure] WC-26-118804 PT authorization', D(12, 2, 11, 45), body)


@msg('phi', 'ambulance-bill-account',
     'ambulance transport bill to a named patient with account number and transport details',
     'bills and statements')
def _():
    body = T('''
    Dear Mr. Raymond Kessler,

    This is a bill for emergency ambulance transport on 11/02/2026 from
    your home to Riverbend Health Emergency Department (chief complaint:
    chest pain; ALS level 1, 6.4 miles).

      Account:        EMS-26-0044718
      Charges:        ALS1 emergency (A0427) $1,240.00; mileage (A0425) $89.60
      Insurance paid: $902.14
      Your balance:   $427.46

    Lantern County EMS Billing (fictional) - 555-0191
    ''')
    return mk(A('Lantern County EMS Billing', 'billing@lantern-ems.test'), A('Raymond Kessler', 'r.kessler@mail.example.net'),
              'Ambulance bill EMS-26-0044718', D(11, 28, 9, 0), body)


# ================================================================ ordinary restricted

@msg('restricted', 'fr-ivf-stimulation-schedule',
     'French fertility-centre message giving a named patient her IVF stimulation doses and retrieval date',
     'clinic to patient', 'fr')
def _():
    body = T('''
    Madame Camille Roussel,

    Suite à votre échographie de ce matin (J8 de stimulation), voici la
    suite de votre protocole de FIV :

      • Gonal-f 225 UI ce soir et demain soir
      • Orgalutran 0,25 mg chaque matin
      • Déclenchement : Ovitrelle le samedi 5 décembre à 21h30 précises
      • Ponction ovocytaire : lundi 7 décembre à 8h00, à jeun

    Votre estradiol est à 1 840 pg/ml, avec 11 follicules de plus de 14 mm.
    Votre conjoint doit déposer le recueil de sperme le même matin.

    L'équipe du Centre d'AMP – Clinique Saint-Roch
    04 55 50 01 51
    ''', cte='quoted-printable')
    return mk(A("Centre d'AMP Saint-Roch", 'amp@clinique-saint-roch.fr.test'), A('Camille Roussel', 'c.roussel@mail.fr.test'),
              'Votre protocole FIV – déclenchement samedi 21h30', D(12, 3, 13, 0, '+0100'), body)


@msg('restricted', 'ru-narcology-naltrexone',
     'Russian (windows-1251) addiction clinic reminder to a named patient about naltrexone for alcohol dependence',
     'clinic to patient', 'ru')
def _():
    body = T('''
    Уважаемый Сергей Викторович Лаптев!

    Напоминаем о вашем приёме у врача психиатра-нарколога Ивановой Н. П.
    в четверг, 10 декабря, в 15:00, кабинет 214.

    На приёме будет продлено назначение налтрексона 50 мг в сутки по
    программе лечения алкогольной зависимости и проведён контроль
    печёночных проб (анализ крови сдать натощак в 8:00 того же дня).

    Номер амбулаторной карты: 26-0418.

    Наркологический диспансер № 3, тел. (495) 555-0156
    ''', cs='windows-1251')
    return mk(A('Наркологический диспансер № 3', 'priem@narko-3.ru.test', 'windows-1251'),
              A('Сергей Лаптев', 's.laptev@mail.ru.test', 'windows-1251'),
              'Напоминание о приёме 10 декабря', D(12, 7, 10, 0, '+0300'), body, subj_cs='windows-1251')


@msg('restricted', 'therapy-supervision-note-ptsd',
     'therapist to supervisor about a named client\'s PTSD, trauma-focused therapy and suicidal ideation',
     'clinician to clinician')
def _():
    body = T('''
    Dana,

    For supervision Thursday - client Marisol Quintero (chart BH-20418).
    We're at session 7 of prolonged exposure for PTSD after the 2024 car
    crash. PCL-5 went from 58 to 41. This week she disclosed passive
    suicidal ideation after the anniversary; no plan or intent, safety
    plan updated, she agreed to call 988 if it escalates. She asked whether
    her psychiatrist should increase the sertraline. I'd like your view on
    pausing the imaginal exposure for a session.

    Faisal
    ''', cte='base64')
    return mk(A('Faisal Rahimi LCSW', 'f.rahimi@' + RB), A('Dana Whitfield', 'd.whitfield@' + RB),
              'supervision Thursday', D(12, 8, 17, 10), body)


@msg('restricted', 'iop-attendance-letter',
     'letter confirming a named patient\'s attendance at a substance-use intensive outpatient programme',
     'clinic to third party')
def _():
    body = T('''
    To whom it may concern,

    This letter confirms that Brandon Kittredge (DOB 08/02/1991) has
    attended the Riverbend Recovery Intensive Outpatient Program for
    alcohol and cannabis use disorder three evenings a week since
    October 19, 2026, with 100% attendance and negative urine screens.
    He is expected to step down to weekly aftercare on December 18.

    This information is disclosed with the patient's written consent and
    is protected by 42 CFR Part 2; further disclosure is prohibited.

    Kelsey Moran, LCADC, Program Coordinator
    ''')
    return mk(A('Kelsey Moran', 'k.moran@' + RB), A('Probation Office', 'probation@lantern-county-courts.test'),
              'Attendance confirmation - B. Kittredge', D(12, 4, 11, 0), body)


@msg('restricted', 'hiv-viral-load-portal-message',
     'clinic portal message to a named patient with undetectable HIV viral load and ART refill',
     'clinic to patient')
def _():
    plain = '''
    Hi Aurelio,

    Good news - your HIV viral load from November 20 is undetectable
    (<20 copies/mL) and your CD4 count is 612. Keep taking Biktarvy once a
    day; I've sent 90 days of refills to the pharmacy. Next labs in 6 months.

    Noor Haddad, NP - ID Clinic
    '''
    html = '''
    <html><body><p>Hi Aurelio,</p>
    <p>Good news &ndash; your <b>HIV viral load</b> from November 20 is <b>undetectable (&lt;20 copies/mL)</b>
    and your CD4 count is 612. Keep taking Biktarvy once a day; 90 days of refills sent.</p>
    <p>Noor Haddad, NP &ndash; ID Clinic</p></body></html>
    '''
    return mk(A('Cedar Valley ID Clinic', 'id-clinic@' + CV), A('Aurelio Banks', 'a.banks@mail.example.net'),
              'Your lab results', D(11, 23, 16, 0), ALT(plain, html))


@msg('restricted', 'subject-only-prep-refill',
     'PrEP refill for a named patient stated only in the Subject; body is empty of detail',
     'clinic to patient')
def _():
    body = T('''
    Please see the pharmacy app for pickup details.
    ''')
    return mk(A('Elm Street Pharmacy', 'notify@elmst-pharmacy.example.com'), A('Kwame Boateng', 'kboateng@mail.example.net'),
              'Kwame Boateng: PrEP (emtricitabine/tenofovir) refill ready - Rx 7742210', D(11, 30, 12, 0), body)


@msg('restricted', 'iud-placement-appointment-ics',
     'appointment for a named patient\'s IUD placement after contraception counselling (ICS)',
     'clinic to patient')
def _():
    cal = ics([[('UID', 'w5-iud-1211@' + CV), ('DTSTAMP', '20261201T150000Z'),
                ('DTSTART;TZID=America/New_York', '20261211T103000'),
                ('DTEND;TZID=America/New_York', '20261211T111500'),
                ('SUMMARY', 'IUD placement (levonorgestrel) - Cedar Valley Women\'s Health'),
                ('DESCRIPTION', 'Patient: Imani Rhodes. Take ibuprofen 600 mg one hour before. '
                                'Follow-up string check in 6 weeks.')]], method='PUBLISH')
    body = MIX(T('''
    Hi Imani,

    As we discussed at your contraception counselling visit, your IUD
    placement is booked for Friday, December 11 at 10:30 AM. Calendar file
    attached.

    Cedar Valley Women's Health, 555-0144
    '''), ATT(cal, 'text/calendar', 'appointment.ics', cte='base64'))
    return mk(A("Cedar Valley Women's Health", 'womenshealth@' + CV), A('Imani Rhodes', 'imani.rhodes@mail.example.net'),
              'Your appointment on December 11', D(12, 1, 10, 0), body)


@msg('restricted', 'medication-abortion-followup',
     'clinic follow-up to a named patient after medication abortion (hCG check)',
     'clinic to patient')
def _():
    body = T('''
    Hi Renee,

    This is Nurse Abby from the Family Planning Clinic checking in after
    your medication abortion on November 26 (mifepristone in clinic,
    misoprostol at home). Please get your follow-up hCG blood test at any
    of our labs between December 7 and 10; the order is in. Call us at
    555-0123 right away if you soak more than two pads an hour for two
    hours, or have a fever over 100.4F.

    Patient: Renee Calder, DOB 04/14/1998.
    ''')
    return mk(A('Family Planning Clinic', 'familyplanning@' + CV), A('Renee Calder', 'r.calder@mail.example.net'),
              'Checking in after your visit', D(11, 30, 15, 20), body)


@msg('restricted', 'syphilis-result-letter',
     'clinic letter to a named patient with a positive syphilis result and treatment plan (STI)',
     'clinic to patient')
def _():
    body = T('''
    Dear Mr. Okonkwo,

    Your blood test from November 18 shows syphilis (RPR reactive 1:32,
    confirmed by treponemal antibody). This is treatable. Please come to
    the Sexual Health Clinic for a penicillin injection - walk-in hours are
    Monday to Friday, 8 to 11 AM. We also recommend an HIV test at the same
    visit. Partners from the last 3 months should be tested; we can help
    you notify them anonymously.

    Account SH-26-3314. Questions: 555-0153.

    Northgate Sexual Health Clinic
    ''')
    return mk(A('Northgate Sexual Health', 'results@northgate-sh.example.org'), A('Emeka Okonkwo', 'e.okonkwo@mail.example.net'),
              'Your test result - please contact us', D(11, 21, 9, 0), body)


@msg('restricted', 'lynch-syndrome-result-pdf',
     'genetic counselling letter (PDF) with a named patient\'s MLH1 pathogenic variant (Lynch syndrome)',
     'clinic to patient')
def _():
    lines = ['RIVERBEND CANCER GENETICS PROGRAM - RESULT LETTER',
             'Patient: Geraldine Ashworth   DOB 01/28/1974   MRN 30227745',
             '',
             'Test: hereditary colorectal cancer panel (19 genes)',
             'Result: POSITIVE - MLH1 c.350C>T (p.Thr117Met), pathogenic',
             'Interpretation: consistent with Lynch syndrome.',
             'Recommendations: colonoscopy every 1-2 years from now; discuss',
             'risk-reducing hysterectomy and salpingo-oophorectomy; cascade testing',
             'is offered to your first-degree relatives (letter enclosed).',
             'Genetic counsellor: Miriam Okafor, MS, CGC']
    body = MIX(T('''
    Dear Ms. Ashworth,

    As we discussed by phone, your result letter is attached, along with a
    letter you can share with your brother and daughter.

    Miriam Okafor, Genetic Counselor
    '''), ATT(pdf(lines, title='Genetics result'), 'application/pdf', 'result_letter.pdf'))
    return mk(A('Miriam Okafor CGC', 'm.okafor@genetics.' + RB), A('Geraldine Ashworth', 'g.ashworth@mail.example.net'),
              'Your genetic test result letter', D(11, 19, 14, 0), body)


@msg('restricted', 'carrier-screening-cf-positive',
     'prenatal carrier screening result for a named patient (cystic fibrosis carrier; partner testing)',
     'clinician to patient')
def _():
    body = T('''
    Hi Sofia,

    Your expanded carrier screening from your first prenatal visit came
    back. You are a carrier of cystic fibrosis (CFTR F508del). Being a
    carrier does not affect your own health. The next step is to test your
    partner, Daniel; if he is not a carrier, the chance of the baby having
    CF is very low. I've placed the order for his test and referred you
    both to genetic counselling (Dec 15, 1 PM).

    Dr. Harriet Okoro - Women's Health Associates
    Patient: Sofia Marchetti, DOB 07/09/1995
    ''')
    return mk(A('Harriet Okoro MD', 'h.okoro@whacv.example.com'), A('Sofia Marchetti', 's.marchetti@mail.example.net'),
              'Your carrier screening result', D(12, 2, 12, 30), body)


@msg('restricted', 'eating-disorder-program-referral',
     'referral of a named adolescent with anorexia nervosa to an eating-disorder programme',
     'clinician to clinician')
def _():
    body = T('''
    Referral - Eating Disorders Day Program

    Patient:  Hannah Fitzgerald, 16, DOB 03/02/2010, MRN 30991820
    Dx:       anorexia nervosa, restricting type
    Weight:   41.2 kg (BMI 15.6; 81% of median BMI for age), down 7 kg in 4 months
    Vitals:   HR 46 supine, orthostatic rise 28; amenorrhea 5 months
    Labs:     phosphate 2.9, potassium 3.4

    Family-based treatment failed as outpatient. Requesting day-program
    admission or inpatient medical stabilization if HR stays < 50.

    Helen Marsh, MD - Cedar Valley Pediatrics
    ''')
    return mk(A('Helen Marsh MD', 'h.marsh@' + CV), A('EDP Intake', 'edp-intake@' + RB),
              'Referral: adolescent, urgent', D(12, 3, 15, 45), body)


@msg('restricted', 'adhd-psychiatry-med-management',
     'psychiatry service note to a named patient adjusting ADHD stimulant treatment',
     'clinic to patient')
def _():
    body = T('''
    Hi Jordan,

    Following your medication-management visit with the Adult Psychiatry
    Clinic yesterday, Dr. Menon is increasing your methylphenidate ER from
    36 mg to 54 mg each morning for your ADHD. The new prescription was
    sent to Elm Street Pharmacy (controlled substance - pick up with ID).
    Please track sleep and appetite and send your blood pressure readings
    in two weeks.

    Patient: Jordan Ellis, MRN 30661904
    Adult Psychiatry Clinic, 555-0122
    ''')
    return mk(A('Adult Psychiatry Clinic', 'psychiatry@' + RB), A('Jordan Ellis', 'jordan.ellis@mail.example.net'),
              'After your visit', D(11, 24, 13, 20), body)


@msg('restricted', 'buprenorphine-telehealth-induction',
     'sender-marked telehealth plan for a named patient\'s home buprenorphine induction (OUD)',
     'clinician to patient')
def _():
    body = T('''
    Hi Marcus,

    Here's the plan we went over on the video visit for starting Suboxone
    at home tomorrow:

    1. Wait until you're in moderate withdrawal - at least 12 hours after
       your last use of fentanyl, and a COWS score of 12 or more.
    2. Take 4 mg (half a film) under the tongue. Wait 1 hour.
    3. If still in withdrawal, take another 4 mg. Maximum 16 mg on day 1.
    4. Day 2: take your day-1 total in the morning.

    Call the clinic at 555-0117 if you feel worse after the first dose.
    Your next visit is Friday at 10.

    Dr. Adaeze Adeyemi, Addiction Medicine
    ''')
    return mk(A('Adaeze Adeyemi MD', 'a.adeyemi@' + RB), A('Marcus Ellery', 'marcus.ellery@mail.example.net'),
              'Your Suboxone start plan', D(12, 3, 18, 30), body, extra=['X-Sensitivity: restricted'])


@msg('restricted', 'bipolar-lithium-level-html',
     'HTML portal message to a named patient with lithium level and bipolar treatment changes',
     'clinic to patient')
def _():
    html = '''
    <html><body>
    <p>Dear Ms. Marsh,</p>
    <p>Your lithium level from December 1 was <b>1.3 mmol/L</b>, a little above your target (0.6&ndash;1.0).
    Dr. Karimi would like you to lower your lithium to <b>600 mg at bedtime</b> (from 900 mg) and
    repeat the level in 5 days. Please keep taking quetiapine for your bipolar disorder as before.</p>
    <p>Call us the same day if you notice shaking hands, diarrhea, or confusion.</p>
    <p>Lucinda Marsh &middot; MRN 60011852<br>Riverbend Psychiatry Outpatient Clinic</p>
    </body></html>
    '''
    return mk(A('Riverbend Psychiatry', 'psych-outpatient@' + RB), A('Lucinda Marsh', 'lucinda.marsh@mail.example.net'),
              'Message from your care team', D(12, 2, 11, 10), H(html, cte='quoted-printable'))


# ================================================================ check

REQUIRED = ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version')
ALLOWED_DOM = re.compile(r'(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test)$', re.I)
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)')
URL_RE = re.compile(r'https?://([A-Za-z0-9.-]+)')
PHONE_RE = re.compile(r'(?<![\d])555[-. ]?(\d{4})(?!\d)')
NPI_RE = re.compile(r'NPI[^0-9\n]{0,16}(\d{10})(?!\d)')
DEA_RE = re.compile(r'DEA[^A-Z0-9\n]{0,24}([A-Z]{2}\d{7})(?!\d)')
NAMESPACE_HOSTS = {'www.w3.org', 'hl7.org', 'terminology.hl7.org', 'loinc.org', 'snomed.info'}
MBI_CTX_RE = re.compile(r'MBI[^A-Z0-9\n]{0,12}([0-9A-Z]{11})(?![0-9A-Z])')


def _check_pdf(data, errs, where):
    if not data.startswith(b'%PDF-'):
        errs.append(where + ': PDF does not start with %PDF-')
    if not data.rstrip().endswith(b'%%EOF'):
        errs.append(where + ': PDF does not end with %%EOF')
    m = re.search(rb'startxref\s+(\d+)', data)
    if not m:
        errs.append(where + ': no startxref')
        return
    x = int(m.group(1))
    if data[x:x + 4] != b'xref':
        errs.append(where + ': startxref does not point at xref')
        return
    m2 = re.match(rb'xref\s+0 (\d+)\s+', data[x:])
    n = int(m2.group(1))
    pos = x + m2.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        if i == 0:
            continue
        off = int(ent[:10])
        if not data[off:].startswith(b'%d 0 obj' % i):
            errs.append(where + ': xref entry %d is wrong' % i)
    for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
        ln = int(sm.group(1))
        s = data[sm.end(): sm.end() + ln]
        if data[sm.end() + ln: sm.end() + ln + 10] != b'\nendstream':
            errs.append(where + ': stream /Length is wrong')
        if sm.group(2):
            try:
                zlib.decompress(s)
            except zlib.error:
                errs.append(where + ': FlateDecode stream does not inflate')


def _check_typed(part, data, errs, where):
    ct = part.get_content_type()
    fn = (part.get_filename() or '').lower()
    cs = part.get_content_charset() or 'utf-8'
    try:
        if ct == 'application/pdf' or fn.endswith('.pdf'):
            _check_pdf(data, errs, where)
        elif ct == 'application/json' or fn.endswith('.json'):
            json.loads(data.decode(cs))
        elif ct in ('application/xml', 'text/xml') or fn.endswith('.xml'):
            ET.fromstring(data)
        elif ct == 'text/calendar' or fn.endswith('.ics'):
            t = data.decode(cs)
            if not (t.startswith('BEGIN:VCALENDAR') and t.rstrip().endswith('END:VCALENDAR')):
                errs.append(where + ': iCalendar not BEGIN/END:VCALENDAR')
        elif ct == 'text/csv' or fn.endswith('.csv'):
            t = data.decode(cs)
            delim = ';' if t.split('\n', 1)[0].count(';') > t.split('\n', 1)[0].count(',') else ','
            rows = [r for r in csv.reader(io.StringIO(t), delimiter=delim) if r]
            if len({len(r) for r in rows}) != 1:
                errs.append(where + ': CSV rows have inconsistent column counts')
        elif ct in ('application/hl7-v2', 'x-application/hl7-v2+er7') or fn.endswith('.hl7'):
            if not data.startswith(b'MSH|^~\\&|'):
                errs.append(where + ': HL7 does not start with MSH|^~\\&|')
        elif ct == 'image/png':
            if not data.startswith(b'\x89PNG\r\n\x1a\n'):
                errs.append(where + ': bad PNG')
    except Exception as e:   # noqa: BLE001
        errs.append('%s: %s does not parse: %s' % (where, ct, e))


def _texts(m):
    """All decoded text of a message (headers and text-like parts)."""
    out = []
    for part in m.walk():
        for k, v in part.items():
            out.append('%s: %s' % (k, v))
        if part.is_multipart():
            continue
        data = part.get_payload(decode=True) or b''
        ct = part.get_content_type()
        if part.get_content_maintype() == 'text' or ct in ('application/json', 'application/xml'):
            t = data.decode(part.get_content_charset() or 'utf-8', 'replace')
            if ct == 'text/calendar':
                t = re.sub(r'\r?\n[ \t]', '', t)   # unfold iCalendar lines
            out.append(t)
        elif ct == 'application/pdf':
            for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', data):
                s = data[sm.end(): sm.end() + int(sm.group(1))]
                if sm.group(2):
                    s = zlib.decompress(s)
                out.append(s.decode('latin-1'))
        elif ct.startswith('application/') and part.get_filename() and \
                part.get_filename().lower().endswith(('.hl7', '.txt')):
            out.append(data.decode('utf-8', 'replace'))
    return '\n'.join(out)


def check_message(path):
    errs = []
    raw = open(path, 'rb').read()
    name = os.path.basename(path)
    if len(raw) > MAX_SIZE:
        errs.append('%s: larger than 200 KiB' % name)
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
        errs.append('%s: bare LF or CR' % name)
    for i, line in enumerate(raw.split(CRLF)):
        if len(line) > 998:
            errs.append('%s: line %d longer than 998 octets' % (name, i + 1))
    m = BytesParser(policy=policy.default).parsebytes(raw)
    for h in REQUIRED:
        if m[h] is None:
            errs.append('%s: missing %s' % (name, h))
    try:
        if parsedate_to_datetime(str(m['Date'])) is None:
            errs.append('%s: bad Date' % name)
    except Exception:   # noqa: BLE001
        errs.append('%s: bad Date' % name)
    for hn in ('From', 'To', 'Cc', 'Reply-To'):
        if m[hn] is None:
            continue
        for a in m[hn].addresses:
            if not a.domain or not ALLOWED_DOM.search(a.domain):
                errs.append('%s: %s address domain not allowed: %s' % (name, hn, a.addr_spec))
    for idx, part in enumerate(m.walk()):
        where = '%s part %d (%s)' % (name, idx, part.get_content_type())
        for d in part.defects:
            errs.append('%s: defect %s' % (where, type(d).__name__))
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                errs.append('%s: header %s defect %s' % (where, k, type(d).__name__))
            if '=?' in str(v):
                errs.append('%s: header %s has an undecoded encoded word' % (where, k))
        if part.get_content_type() == 'message/rfc822':
            continue
        if part.get_content_maintype() == 'message':
            continue
        if part.is_multipart():
            b = part.get_boundary()
            if not b or ('--' + b + '--').encode() not in raw:
                errs.append('%s: multipart boundary not closed' % where)
            continue
        if part.get_content_type() == 'message/rfc822':
            continue
        cte = str(part.get('Content-Transfer-Encoding', '7bit')).strip().lower()
        payload = part.get_payload(decode=False)
        if isinstance(payload, bytes):
            payload = payload.decode('ascii', 'surrogateescape')
        if cte == 'base64':
            try:
                data = base64.b64decode(''.join(payload.split()), validate=True)
            except Exception:   # noqa: BLE001
                errs.append('%s: base64 does not decode strictly' % where)
                continue
            for line in payload.splitlines():
                if len(line) > 76:
                    errs.append('%s: base64 line longer than 76' % where)
                    break
        elif cte == 'quoted-printable':
            try:
                payload.encode('ascii')
            except UnicodeEncodeError:
                errs.append('%s: quoted-printable part is not ASCII' % where)
                continue
            for line in payload.splitlines():
                if len(line) > 76:
                    errs.append('%s: QP line longer than 76' % where)
                    break
                if re.search(r'=(?![0-9A-F]{2}|$)', line):
                    errs.append('%s: bad QP escape' % where)
                    break
            data = quopri.decodestring(payload.encode('ascii'))
        elif cte in ('7bit', '8bit', 'binary'):
            data = part.get_payload(decode=True)
            if cte == '7bit' and any(x > 127 for x in data):
                errs.append('%s: 7bit part is not ASCII' % where)
        else:
            errs.append('%s: unknown transfer encoding %s' % (where, cte))
            continue
        if part.get_content_maintype() == 'text' and part.get('Content-Type') is not None:
            cs = part.get_content_charset()
            if not cs:
                errs.append('%s: text part without charset' % where)
            else:
                try:
                    data.decode(cs)
                except (LookupError, UnicodeDecodeError) as e:
                    errs.append('%s: does not decode as %s: %s' % (where, cs, e))
        _check_typed(part, data, errs, where)
    text = _texts(m)
    for dom in EMAIL_RE.findall(text) + URL_RE.findall(text):
        if dom.lower() in NAMESPACE_HOSTS:
            continue
        if not ALLOWED_DOM.search(dom.rstrip('.')):
            errs.append('%s: domain not allowed: %s' % (name, dom))
    for ph in PHONE_RE.findall(text):
        if not ph.startswith('01'):
            errs.append('%s: phone 555-%s outside 555-01xx' % (name, ph))
    for n in NPI_RE.findall(text):
        if not npi_ok(n):
            errs.append('%s: NPI %s fails its check digit' % (name, n))
    for n in DEA_RE.findall(text):
        if not dea_ok(n):
            errs.append('%s: DEA %s fails its check digit' % (name, n))
    for n in MBI_CTX_RE.findall(text):
        if not MBI_RE.fullmatch(n):
            errs.append('%s: MBI %s has the wrong format' % (name, n))
    return errs, m


def check():
    errs = []
    lab_path = os.path.join(HERE, 'labels.tsv')
    if not os.path.exists(lab_path):
        print('labels.tsv missing')
        return 1
    labels = {}
    raw = open(lab_path, 'rb').read()
    if b'\r' in raw:
        errs.append('labels.tsv: CR found (use LF)')
    for i, line in enumerate(raw.decode('utf-8').splitlines(), 1):
        cols = line.split('\t')
        if len(cols) != 3 or not all(c.strip() for c in cols):
            errs.append('labels.tsv line %d: want file<TAB>label<TAB>reason' % i)
            continue
        f, lab, reason = cols
        if f in labels:
            errs.append('labels.tsv: %s listed twice' % f)
        if lab not in LABELS:
            errs.append('labels.tsv: %s has unknown label %s' % (f, lab))
        if '/' in f:
            errs.append('labels.tsv: %s is not a bare file name' % f)
        if 'borderline' in reason.lower() and not reason.startswith('borderline:'):
            errs.append('labels.tsv: %s: borderline reasons must start with "borderline:"' % f)
        labels[f] = (lab, reason)
    counts = {l: 0 for l in LABELS}
    traps = 0
    numbers = {}
    seen = set()
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append('missing directory %s/' % lab)
            continue
        for f in sorted(os.listdir(d)):
            if not f.endswith('.eml'):
                continue
            seen.add(f)
            counts[lab] += 1
            mm = re.fullmatch(r'(\d{3})-([a-z0-9]+(?:-[a-z0-9]+)*)\.eml', f)
            if not mm:
                errs.append('%s/%s: name is not NNN-slug.eml' % (lab, f))
                continue
            n = int(mm.group(1))
            if n in numbers:
                errs.append('number %03d used twice (%s, %s)' % (n, numbers[n], f))
            numbers[n] = f
            if mm.group(2).startswith('trap-'):
                traps += 1
                if lab != 'none':
                    errs.append('%s/%s: trap- slug outside none/' % (lab, f))
            if f not in labels:
                errs.append('%s/%s: not in labels.tsv' % (lab, f))
            elif labels[f][0] != lab:
                errs.append('%s/%s: labels.tsv says %s' % (lab, f, labels[f][0]))
            e, _m = check_message(os.path.join(d, f))
            errs.extend(e)
    for f in labels:
        if f not in seen:
            errs.append('labels.tsv: %s has no file' % f)
    total = sum(EXPECT.values())
    if sorted(numbers) != list(range(1, total + 1)):
        errs.append('numbers do not run 001-%03d' % total)
    for lab in LABELS:
        if counts[lab] != EXPECT[lab]:
            errs.append('%s: %d messages, want %d' % (lab, counts[lab], EXPECT[lab]))
    for e in errs:
        print('ERROR', e)
    print('wide5: none=%d phi=%d restricted=%d total=%d traps=%d borderline=%d' % (
        counts['none'], counts['phi'], counts['restricted'], sum(counts.values()), traps,
        sum(1 for v in labels.values() if v[1].startswith('borderline:'))))
    print('check: %s' % ('FAILED (%d errors)' % len(errs) if errs else 'ok'))
    return 1 if errs else 0


# ================================================================ generate

def generate():
    slugs = [s['slug'] for s in SPECS]
    dup = {s for s in slugs if slugs.count(s) > 1}
    if dup:
        raise SystemExit('duplicate slugs: %s' % sorted(dup))
    order = list(SPECS)
    random.Random(SEED).shuffle(order)
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    rows = []
    for i, s in enumerate(order, 1):
        _CUR['slug'], _CUR['nb'] = s['slug'], 0
        data = s['fn']()
        fname = '%03d-%s.eml' % (i, s['slug'])
        with open(os.path.join(HERE, s['label'], fname), 'wb') as fh:
            fh.write(data)
        rows.append('%s\t%s\t%s' % (fname, s['label'], s['reason']))
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    print('wrote %d messages' % len(order))


def main(argv):
    if '--families' in argv:
        fam = {}
        for s in SPECS:
            fam.setdefault((s['label'], s['family']), []).append(s['slug'])
        for (lab, f), v in sorted(fam.items()):
            print('%-10s %-45s %d' % (lab, f, len(v)))
        print(len({f for (_l, f) in fam}), 'families')
        return 0
    if '--check' not in argv:
        generate()
    return check()


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
