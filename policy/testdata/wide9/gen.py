#!/usr/bin/env python3
"""Generator and checker for the wide9 test set (short mail).

    python3 gen.py           rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   only verify what is on disk

Python 3 standard library only. Output is deterministic: every message is
written out below by hand; the numbers 001-200 are assigned after shuffling
the message list with random.Random(20261209).
"""
import base64
import binascii
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
import struct
import sys
import xml.etree.ElementTree as ET
import zlib
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261209
LABELS = ('none', 'phi', 'restricted')
CATS = {'mh': 'mental health', 'sud': 'substance-use treatment',
        'hiv': 'HIV', 'gen': 'genetic', 'repro': 'reproductive health'}
WANT = {'none': 80, 'phi': 75, 'restricted': 45}
WANT_TRAPS_MIN = 55
WANT_CAT_MIN = 7
WANT_NON_EN = 50

MSGS = []


# --------------------------------------------------------------------------
# small deterministic helpers

def hx(*parts):
    return hashlib.sha256('\x00'.join(str(p) for p in parts).encode()).hexdigest()


def uuid_like(seed, upper=True):
    s = hx('uuid', seed)[:32]
    u = '%s-%s-%s-%s-%s' % (s[:8], s[8:12], '4' + s[13:16], '8' + s[17:20], s[20:32])
    return u.upper() if upper else u


_WD = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MO = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
       'Nov', 'Dec']


def dt(s, tz='-0500'):
    """'2026-12-02 07:42' or '2026-12-02 07:42:13' -> RFC 5322 date."""
    if len(s) == 16:
        s += ':%02d' % (int(hx('sec', s, tz)[:4], 16) % 60)
    d = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M:%S')
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (
        _WD[d.weekday()], d.day, _MO[d.month - 1], d.year, d.hour, d.minute,
        d.second, tz)


# --------------------------------------------------------------------------
# check-digit helpers for the identifiers the set uses

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def npi(first9):
    for d in '0123456789':
        if luhn_ok('80840' + first9 + d):
            return first9 + d
    raise ValueError(first9)


def npi_ok(n):
    return len(n) == 10 and n.isdigit() and luhn_ok('80840' + n)


def dea(letters, six):
    d = [int(c) for c in six]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return letters + six + str(chk)


def dea_ok(s):
    if not re.fullmatch(r'[A-Z][A-Z9]\d{7}', s):
        return False
    d = [int(c) for c in s[2:]]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


_MBI_L = 'ACDEFGHJKMNPQRTUVWXY'
_MBI_RE = re.compile(
    r'[1-9][%s][%s0-9][0-9][%s][%s0-9][0-9][%s][%s][0-9][0-9]' %
    ((_MBI_L,) * 6))


def mbi_ok(s):
    return bool(_MBI_RE.fullmatch(s.replace('-', '')))


# --------------------------------------------------------------------------
# header encoding

_SPECIALS = set('()<>[]:;@\\,."')


def _q(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        elif ch == ' ':
            out.append('_')
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def ew(text, cs='utf-8', mode='B'):
    """RFC 2047 encoded words, each 75 characters or fewer."""
    prefix = '=?%s?%s?' % (cs, mode)

    def enc(s):
        b = s.encode(cs)
        return base64.b64encode(b).decode() if mode == 'B' else _q(b)

    words, chunk = [], ''
    for ch in text:
        trial = chunk + ch
        if chunk and len(prefix) + len(enc(trial)) + 2 > 75:
            words.append(prefix + enc(chunk) + '?=')
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(prefix + enc(chunk) + '?=')
    return ' '.join(words)


def hdr_text(text, cs=None, mode='B'):
    if text.isascii():
        return text
    return ew(text, cs or 'utf-8', mode)


def A(name, mail=None, cs=None, mode='B'):
    """An address.  A('a@b') or A('Name', 'a@b')."""
    if mail is None:
        return name
    if not name:
        return mail
    if not name.isascii():
        return '%s <%s>' % (ew(name, cs or 'utf-8', mode), mail)
    if any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('\\', '\\\\').replace('"', '\\"'), mail)
    return '%s <%s>' % (name, mail)


def _tokens(value):
    toks, cur, inq = [], '', False
    for ch in value:
        if ch == '"':
            inq = not inq
        if ch == ' ' and not inq:
            if cur:
                toks.append(cur)
            cur = ''
        else:
            cur += ch
    if cur:
        toks.append(cur)
    return toks


def fold(name, value, limit=78):
    toks = _tokens(value)
    if not toks:
        return name + ':'
    lines, cur = [], name + ': ' + toks[0]
    for t in toks[1:]:
        if len(cur) + 1 + len(t) > limit:
            lines.append(cur)
            cur = ' ' + t
        else:
            cur += ' ' + t
    lines.append(cur)
    return '\r\n'.join(lines)


# --------------------------------------------------------------------------
# body encoding

def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


def qp_encode(data):
    out = []
    for raw in data.split(b'\r\n'):
        toks = []
        n = len(raw)
        for i, b in enumerate(raw):
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                toks.append(b'=%02X' % b)
            elif b in (9, 32) and i == n - 1:
                toks.append(b'=%02X' % b)
            elif b == 0x2E and i == 0:
                toks.append(b'.')
            else:
                toks.append(bytes([b]))
        line = b''
        for t in toks:
            if len(line) + len(t) > 75:
                out.append(line + b'=')
                line = b''
            line += t
        out.append(line)
    return b'\r\n'.join(out)


def b64_encode(data):
    return base64.encodebytes(data).replace(b'\n', b'\r\n')


def encode_body(data, cte):
    if cte in ('7bit', '8bit'):
        if not data.endswith(b'\r\n'):
            data += b'\r\n'
        return data
    if cte == 'quoted-printable':
        e = qp_encode(data)
        if not e.endswith(b'\r\n'):
            e += b'\r\n'
        return e
    if cte == 'base64':
        return b64_encode(data)
    raise ValueError(cte)


# --------------------------------------------------------------------------
# MIME parts

class Leaf:
    def __init__(self, ctype, data, cte, disp=None, extra=()):
        self.ctype, self.data, self.cte = ctype, data, cte
        self.disp, self.extra = disp, list(extra)


class Multi:
    def __init__(self, subtype, parts, params=''):
        self.subtype, self.parts, self.params = subtype, parts, params


def T(text, sub='plain', cs=None, cte=None, params='', quote_cs=False,
      upper_cs=False, extra=(), disp=None):
    """A text part.  text uses \\n; it is written with CRLF."""
    text = crlf(text)
    if cs is None:
        cs = 'us-ascii' if text.isascii() else 'utf-8'
    data = text.encode(cs)
    if cte is None:
        cte = '7bit' if all(b < 128 for b in data) else 'quoted-printable'
    csn = cs.upper() if upper_cs else cs
    csv_ = '"%s"' % csn if quote_cs else csn
    return Leaf('text/%s; charset=%s%s' % (sub, csv_, params), data, cte,
                disp=disp, extra=extra)


def H(htmltext, cs='utf-8', cte='quoted-printable', **kw):
    return T(htmltext, 'html', cs, cte, **kw)


def fname_params(name, key):
    if name.isascii():
        return '%s="%s"' % (key, name)
    from urllib.parse import quote
    return "%s*=utf-8''%s" % (key, quote(name.encode('utf-8'), safe=''))


def att(ctype, data, filename, cte='base64', inline=False, extra=(),
        ct_params=''):
    if isinstance(data, str):
        data = data.encode('utf-8')
    disp = '%s; %s' % ('inline' if inline else 'attachment',
                       fname_params(filename, 'filename'))
    ct = '%s; %s%s' % (ctype, fname_params(filename, 'name'), ct_params)
    return Leaf(ct, data, cte, disp=disp, extra=extra)


def txt_att(text, filename, cs='utf-8', cte='base64'):
    data = crlf(text).encode(cs)
    disp = 'attachment; %s' % fname_params(filename, 'filename')
    ct = 'text/plain; charset=%s; %s' % (cs, fname_params(filename, 'name'))
    return Leaf(ct, data, cte, disp=disp)


def rfc822(msgbytes, filename=None):
    disp = None
    if filename:
        disp = 'attachment; %s' % fname_params(filename, 'filename')
    return Leaf('message/rfc822', msgbytes, '7bit' if all(
        b < 128 for b in msgbytes) else '8bit', disp=disp)


def M(subtype, *parts, params=''):
    return Multi(subtype, list(parts), params)


# --------------------------------------------------------------------------
# images, PDFs, calendars, chat exports

def jpeg(w=64, h=48, shade=128, comment=None):
    """A valid baseline greyscale JPEG of one flat shade."""
    out = bytearray(b'\xff\xd8')
    out += b'\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00'
    if comment:
        c = comment.encode('ascii')
        out += b'\xff\xfe' + struct.pack('>H', len(c) + 2) + c
    q = max(1, min(255, shade // 4 or 1))
    out += b'\xff\xdb\x00\x43\x00' + bytes([q] * 64)
    out += b'\xff\xc0\x00\x0b\x08' + struct.pack('>HH', h, w) + b'\x01\x01\x11\x00'
    out += b'\xff\xc4\x00\x14\x00' + b'\x01' + b'\x00' * 15 + b'\x00'
    out += b'\xff\xc4\x00\x14\x10' + b'\x01' + b'\x00' * 15 + b'\x00'
    out += b'\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00'
    blocks = ((w + 7) // 8) * ((h + 7) // 8)
    # every block: DC diff category 0 ('0'), then EOB ('0')
    nbits = blocks * 2
    nbytes = (nbits + 7) // 8
    data = bytearray(nbytes)
    pad = nbytes * 8 - nbits
    if pad:
        data[-1] = (1 << pad) - 1
    out += data
    out += b'\xff\xd9'
    return bytes(out)


def png(w=48, h=32, rgb=(200, 200, 200)):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack(
            '>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    return (b'\x89PNG\r\n\x1a\n' +
            chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def _pdf_esc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(pages, flate=False, producer='FaxServer PDF 9.2'):
    """pages: list of lists of text lines (ASCII)."""
    n_pages = len(pages)
    objs = {}
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    kids = ' '.join('%d 0 R' % (4 + 2 * i) for i in range(n_pages))
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (kids, n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
    for i, lines in enumerate(pages):
        po, co = 4 + 2 * i, 5 + 2 * i
        objs[po] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                    '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>'
                    % co).encode()
        body = 'BT\n/F1 11 Tf\n14 TL\n72 736 Td\n' + ''.join(
            '(%s) Tj T*\n' % _pdf_esc(l) for l in lines) + 'ET\n'
        stream = body.encode('latin-1')
        filt = ''
        if flate:
            stream = zlib.compress(stream, 9)
            filt = ' /Filter /FlateDecode'
        objs[co] = (('<< /Length %d%s >>\nstream\n' % (len(stream), filt)).encode()
                    + stream + b'\nendstream')
    info = 3 + 2 * n_pages + 1
    objs[info] = ('<< /Producer (%s) >>' % _pdf_esc(producer)).encode()
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n0000000000 65535 f \n' % size
    for k in range(1, size):
        out += b'%010d 00000 n \n' % offs[k]
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (size, info, xref))
    return bytes(out)


VTZ = {
    'Eastern Standard Time': ('-0500', '-0400'),
    'Central Standard Time': ('-0600', '-0500'),
    'Mountain Standard Time': ('-0700', '-0600'),
    'Pacific Standard Time': ('-0800', '-0700'),
    'W. Europe Standard Time': ('+0100', '+0200'),
    'Romance Standard Time': ('+0100', '+0200'),
}


def _ics_esc(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur, first = [], b'', True
    for ch in line:
        cb = ch.encode('utf-8')
        lim = 75 if first else 74
        if len(cur) + len(cb) > lim:
            out.append(cur)
            cur, first = b'', False
        cur += cb
    out.append(cur)
    return '\r\n '.join(x.decode('utf-8') for x in out)


def ics(summary, start, end, uid, organizer, attendees=(), location=None,
        description=None, method='REQUEST', style='outlook', tz=None,
        stamp='20261201T150000Z', status=None, sequence=0, rrule=None,
        alarm=None, extra=(), lang='en-US'):
    """start/end: 'YYYYMMDDTHHMMSS' (local to tz) or '...Z'.
    organizer/attendees: (name, mail) pairs."""
    L = ['BEGIN:VCALENDAR']
    if style == 'outlook':
        L += ['METHOD:%s' % method,
              'PRODID:Microsoft Exchange Server 2019', 'VERSION:2.0']
    elif style == 'google':
        L += ['PRODID:-//Google Inc//Google Calendar 70.9054//EN',
              'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:%s' % method]
    else:
        L += ['PRODID:%s' % style, 'VERSION:2.0', 'METHOD:%s' % method]
    if tz:
        std, dl = VTZ[tz]
        L += ['BEGIN:VTIMEZONE', 'TZID:%s' % tz,
              'BEGIN:STANDARD', 'DTSTART:16010101T020000',
              'TZOFFSETFROM:%s' % dl, 'TZOFFSETTO:%s' % std,
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%s' % (
                  '1SU' if std.startswith('-') else '-1SU',
                  '11' if std.startswith('-') else '10'),
              'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000',
              'TZOFFSETFROM:%s' % std, 'TZOFFSETTO:%s' % dl,
              'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=3' % (
                  '2SU' if std.startswith('-') else '-1SU'),
              'END:DAYLIGHT', 'END:VTIMEZONE']
    L.append('BEGIN:VEVENT')
    on, om = organizer
    if style == 'outlook':
        L.append('ORGANIZER;CN=%s:mailto:%s' % (on, om))
        for an, am in attendees:
            L.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
                     'RSVP=TRUE;CN=%s:mailto:%s' % (an, am))
        if description is not None:
            L.append('DESCRIPTION;LANGUAGE=%s:' % lang + _ics_esc(description))
        if rrule:
            L.append('RRULE:' + rrule)
        L.append('UID:' + uid)
        L.append('SUMMARY;LANGUAGE=%s:' % lang + _ics_esc(summary))
        def dtp(k, v):
            if v.endswith('Z') or not tz:
                return '%s:%s' % (k, v)
            return '%s;TZID=%s:%s' % (k, tz, v)
        L.append(dtp('DTSTART', start))
        L.append(dtp('DTEND', end))
        L.append('CLASS:PUBLIC')
        L.append('PRIORITY:5')
        L.append('DTSTAMP:' + stamp)
        L.append('TRANSP:OPAQUE')
        L.append('STATUS:%s' % (status or ('CANCELLED' if method == 'CANCEL'
                                           else 'CONFIRMED')))
        L.append('SEQUENCE:%d' % sequence)
        if location is not None:
            L.append('LOCATION;LANGUAGE=%s:' % lang + _ics_esc(location))
        L.append('X-MICROSOFT-CDO-BUSYSTATUS:%s' % (
            'FREE' if method == 'CANCEL' else 'BUSY'))
        L.append('X-MICROSOFT-CDO-IMPORTANCE:1')
        L.append('X-MICROSOFT-DISALLOW-COUNTER:FALSE')
    else:
        def dtp(k, v):
            if v.endswith('Z') or not tz:
                return '%s:%s' % (k, v)
            return '%s;TZID=%s:%s' % (k, tz, v)
        L.append(dtp('DTSTART', start))
        L.append(dtp('DTEND', end))
        if rrule:
            L.append('RRULE:' + rrule)
        L.append('DTSTAMP:' + stamp)
        L.append('ORGANIZER;CN=%s:mailto:%s' % (on, om))
        L.append('UID:' + uid)
        for an, am in attendees:
            L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;'
                     'PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:'
                     'mailto:%s' % (an, am))
        L.append('CREATED:' + stamp)
        L.append('DESCRIPTION:' + _ics_esc(description or ''))
        L.append('LAST-MODIFIED:' + stamp)
        L.append('LOCATION:' + _ics_esc(location or ''))
        L.append('SEQUENCE:%d' % sequence)
        L.append('STATUS:%s' % (status or ('CANCELLED' if method == 'CANCEL'
                                           else 'CONFIRMED')))
        L.append('SUMMARY:' + _ics_esc(summary))
        L.append('TRANSP:OPAQUE')
    L += list(extra)
    if alarm is not None:
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:REMINDER',
              'TRIGGER;RELATED=START:-PT%dM' % alarm, 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(x) for x in L) + '\r\n'


def cal_part(icstext, method='REQUEST', cte='base64', cs='utf-8'):
    return Leaf('text/calendar; charset="%s"; method=%s' % (cs, method),
                icstext.encode(cs), cte)


def ics_file(icstext, name='invite.ics', method='REQUEST'):
    return Leaf('application/ics; name="%s"' % name, icstext.encode('utf-8'),
                'base64', disp='attachment; filename="%s"' % name)


def vcard(lines):
    return 'BEGIN:VCARD\r\nVERSION:3.0\r\n' + '\r\n'.join(lines) + '\r\nEND:VCARD\r\n'


# simple HTML renderings of plain text, in the style of a few clients

def html_of(text):
    return '<br>\n'.join(html.escape(l) for l in text.split('\n'))


def outlook_html(text):
    paras = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (
        html.escape(l) if l else '&nbsp;') for l in text.rstrip('\n').split('\n'))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n</head>\n<body lang="EN-US">\n'
            '<div class="WordSection1">\n' + paras + '</div>\n</body>\n</html>\n')


def gmail_html(text):
    lines = text.rstrip('\n').split('\n')
    return ('<div dir="ltr">' + ''.join(
        '<div>%s</div>' % (html.escape(l) if l else '<br>') for l in lines)
        + '</div>\n')


def outlook_alt(text, cs='utf-8'):
    return M('alternative', T(text, cs=cs, cte='quoted-printable',
                              quote_cs=True),
             H(outlook_html(text), quote_cs=True))


def gmail_alt(text):
    return M('alternative', T(text, cs='utf-8', quote_cs=True, upper_cs=True,
                              cte=None if text.isascii() else 'quoted-printable'),
             H(gmail_html(text), quote_cs=True, upper_cs=True))


# --------------------------------------------------------------------------
# whole messages

STYLES = ('apple', 'gmail', 'outlook', 'system', 'plain')


def _mid(style, slug, domain):
    s = hx('mid', slug)
    if style == 'apple':
        return '<%s@%s>' % (uuid_like(slug), domain)
    if style == 'gmail':
        b = base64.b64encode(bytes.fromhex(s[:42])).decode().replace('/', '_')
        return '<CA%s@mail.gmail.example.com>' % b
    if style == 'outlook':
        host = 'SJ0PR%02dMB%04d' % (int(s[:2], 16) % 20, int(s[2:6], 16) % 10000)
        return '<%s%s@%s.namprd%02d.prod.outlook.example.com>' % (
            host, s[6:30].upper(), host, int(s[:2], 16) % 20)
    return '<%s.%s@%s>' % (s[:16], int(s[16:24], 16), domain)


def _boundary(style, slug, n):
    s = hx('bnd', slug, n)
    if style == 'apple':
        return 'Apple-Mail=_%s' % uuid_like(slug + str(n))
    if style == 'gmail':
        return '000000000000%s' % s[:16]
    if style == 'outlook':
        return '_%03d_SJ0PR11MB%s_' % (n, s[:20].upper())
    return '----=_Part_%d_%d.%d' % (int(s[:4], 16), int(s[4:12], 16),
                                   1764000000000 + int(s[12:18], 16))


def render(part, style, slug, counter):
    """-> (list of header lines, body bytes)"""
    if isinstance(part, Multi):
        counter[0] += 1
        b = _boundary(style, slug, counter[0])
        hl = [fold('Content-Type', 'multipart/%s; boundary="%s"%s' % (
            part.subtype, b, part.params))]
        body = bytearray()
        if style == 'system' and counter[0] == 1:
            body += b'This is a multi-part message in MIME format.\r\n'
        for p in part.parts:
            phl, pbody = render(p, style, slug, counter)
            body += b'\r\n--' + b.encode() + b'\r\n'
            body += ('\r\n'.join(phl) + '\r\n\r\n').encode()
            body += pbody
            if not pbody.endswith(b'\r\n'):
                body += b'\r\n'
        body += b'\r\n--' + b.encode() + b'--\r\n'
        return hl, bytes(body[2:] if body.startswith(b'\r\n--') else body)
    hl = [fold('Content-Type', part.ctype)]
    if style == 'apple':
        hl.insert(0, 'Content-Transfer-Encoding: ' + part.cte)
    else:
        hl.append('Content-Transfer-Encoding: ' + part.cte)
    if part.disp:
        hl.append(fold('Content-Disposition', part.disp))
    for k, v in part.extra:
        hl.append(fold(k, v))
    return hl, encode_body(part.data, part.cte)


def mail(slug, frm, to, subject, body, date, style='plain', cc=None,
         subj_cs=None, subj_mode='B', extra=(), mid=None, reply=None,
         mailer=None):
    """Build one message as bytes.  frm/to/cc are already-formatted
    address strings (see A()); to may be a list."""
    dom = re.search(r'@([^>\s]+)', frm).group(1)
    mid = mid or _mid(style, slug, dom)
    if isinstance(to, (list, tuple)):
        to = ', '.join(to)
    if isinstance(cc, (list, tuple)):
        cc = ', '.join(cc)
    subj = hdr_text(subject, subj_cs, subj_mode)
    H_ = {'From': frm, 'To': to, 'Subject': subj, 'Date': date,
          'Message-ID': mid}
    if cc:
        H_['Cc'] = cc
    if reply:
        H_['In-Reply-To'] = reply
        H_['References'] = reply
    ctl, cbody = render(body, style, slug, [0])
    out = []
    if style == 'apple':
        mv = 'Mime-Version: 1.0 (1.0)'
        out += ['From: ' + H_['From']]
        out += ctl
        out += [mv, fold('Subject', H_['Subject'])]
        out += ['Date: ' + H_['Date']]
        if reply:
            out += ['References: ' + reply, 'In-Reply-To: ' + reply]
        if cc:
            out += [fold('Cc', cc)]
        out += ['Message-Id: ' + mid, fold('To', to)]
        out += ['X-Mailer: ' + (mailer or 'iPhone Mail (22B91)')]
        for k, v in extra:
            out.append(fold(k, v))
    elif style == 'gmail':
        out += ['MIME-Version: 1.0']
        if reply:
            out += ['References: ' + reply, 'In-Reply-To: ' + reply]
        out += ['From: ' + H_['From'], 'Date: ' + date, 'Message-ID: ' + mid,
                fold('Subject', subj), fold('To', to)]
        if cc:
            out += [fold('Cc', cc)]
        for k, v in extra:
            out.append(fold(k, v))
        out += ctl
    elif style == 'outlook':
        out += ['From: ' + H_['From'], fold('To', to)]
        if cc:
            out += [fold('Cc', cc)]
        out += [fold('Subject', subj)]
        tt = subject if subject.isascii() else None
        if tt is not None:
            tt = re.sub(r'^((RE|Re|FW|Fw|AW|WG|TR|RV|R|I|Automatic reply|Read|Canceled|Updated): ?)+', '', tt)
            out += [fold('Thread-Topic', tt)]
        ti = base64.b64encode(bytes.fromhex(hx('ti', slug)[:44])).decode()
        out += ['Thread-Index: ' + ti, 'Date: ' + date, 'Message-ID: ' + mid]
        if reply:
            out += ['References: ' + reply, 'In-Reply-To: ' + reply]
        out += ['Accept-Language: en-US', 'Content-Language: en-US',
                'X-MS-Has-Attach:' + (' yes' if _has_att(body) else ''),
                'X-MS-TNEF-Correlator:']
        for k, v in extra:
            out.append(fold(k, v))
        out += ctl + ['MIME-Version: 1.0']
    else:
        out += ['From: ' + H_['From'], fold('To', to)]
        if cc:
            out += [fold('Cc', cc)]
        out += [fold('Subject', subj), 'Date: ' + date, 'Message-ID: ' + mid]
        if reply:
            out += ['In-Reply-To: ' + reply, 'References: ' + reply]
        if mailer:
            out += ['X-Mailer: ' + mailer]
        for k, v in extra:
            out.append(fold(k, v))
        out += ['MIME-Version: 1.0'] + ctl
    out = [fold(*l.split(': ', 1)) if len(l) > 78 and '\r\n' not in l and ': ' in l
           else l for l in out]
    return ('\r\n'.join(out) + '\r\n\r\n').encode('ascii') + cbody


def _has_att(p):
    if isinstance(p, Multi):
        return any(_has_att(x) for x in p.parts)
    return bool(p.disp and p.disp.startswith('attachment'))


def add(slug, label, reason, data, cat=None, lang='en'):
    MSGS.append(dict(slug=slug, label=label, reason=reason, data=data,
                     cat=cat, lang=lang))


# shorthand for the commonest shapes

def apple_text(text, sig='Sent from my iPhone'):
    if sig:
        text = text.rstrip('\n') + '\n\n' + sig + '\n'
    if text.isascii():
        return T(text)
    return T(text, cs='utf-8', cte='quoted-printable')


def quote_apple(who, when, text):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))
    return '\n\n> On %s, %s wrote:\n>\n%s\n' % (when, who, q)


def quote_gmail(who, when, text):
    q = '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n'))
    return '\n\nOn %s %s wrote:\n\n%s\n' % (when, who, q)


def quote_outlook(frm, sent, to, subject, text):
    return ('\n\n________________________________\nFrom: %s\nSent: %s\nTo: %s\n'
            'Subject: %s\n\n%s' % (frm, sent, to, subject, text))


AUTO = [('Auto-Submitted', 'auto-generated')]



def wav(ms=100, rate=8000):
    """A valid PCM WAV of silence (8-bit mono)."""
    n = rate * ms // 1000
    n += n % 2
    fmt = struct.pack('<HHIIHH', 1, 1, rate, rate, 1, 8)
    body = (b'WAVE' + b'fmt ' + struct.pack('<I', 16) + fmt + b'data' +
            struct.pack('<I', n) + bytes([128]) * n)
    return b'RIFF' + struct.pack('<I', len(body)) + body


def alt(text, htmlbody, cs='utf-8', quote=True, upper=False, tcte=None,
        hcte='quoted-printable'):
    if tcte is None:
        tcte = '7bit' if text.isascii() else 'quoted-printable'
    return M('alternative',
             T(text, cs=cs if not text.isascii() else (cs if quote else 'us-ascii'),
               cte=tcte, quote_cs=quote, upper_cs=upper),
             H(htmlbody, cs=cs, cte=hcte, quote_cs=quote, upper_cs=upper))


def outlook_invite(text, icstext, method='REQUEST'):
    return M('alternative',
             T(text, cs='utf-8', cte='quoted-printable', quote_cs=True),
             H(outlook_html(text), quote_cs=True),
             cal_part(icstext, method))


def google_invite(title, when, organizer, guests, icstext, location=None,
                  description=None, account=None, method='REQUEST',
                  invited=True):
    on, om = organizer
    head = ('You have been invited to the following event.' if invited else
            'This event has been canceled.' if method == 'CANCEL' else
            'This event has been updated.')
    t = [head, '', 'Title: ' + title]
    if description:
        t += [description, '']
    t += ['When: ' + when]
    if location:
        t += ['Where: ' + location]
    t += ['Calendar: ' + (account or guests[0][1]), 'Who:']
    t += ['    * %s - organizer' % on] + ['    * %s' % g[0] for g in guests]
    eid = hx('eid', title, when)[:26]
    t += ['', 'Event details:',
          'https://calendar.example.com/calendar/event?action=VIEW&eid=%s' % eid,
          '', 'Invitation from Google Calendar: https://calendar.example.com/',
          '', 'You are receiving this courtesy email at the account %s because '
          'you are an attendee of this event.' % (account or guests[0][1]), '',
          'Forwarding this invitation could allow any recipient to send a '
          'response to the organizer and be added to the guest list.']
    text = '\n'.join(t) + '\n'
    rows = ''.join('<tr><td style="padding-right:10px;color:#666">%s</td>'
                   '<td>%s</td></tr>' % (k, html.escape(v)) for k, v in
                   [('When', when)] + ([('Where', location)] if location else [])
                   + [('Who', ', '.join([on] + [g[0] for g in guests]))])
    h = ('<div style="font-family:Arial,sans-serif"><p>%s</p><h2 style="'
         'font-size:16px">%s</h2>%s<table>%s</table><p><a href="https://'
         'calendar.example.com/calendar/event?action=VIEW&amp;eid=%s">'
         'More details &raquo;</a></p><p style="color:#888;font-size:11px">'
         'Invitation from Google Calendar</p></div>\n' % (
             html.escape(head), html.escape(title),
             ('<p>%s</p>' % html.escape(description).replace('\n', '<br>'))
             if description else '', rows, eid))
    return M('mixed',
             M('alternative',
               T(text, cs='utf-8', cte='7bit' if text.isascii() else
                 'quoted-printable', quote_cs=True, upper_cs=True),
               H(h, quote_cs=True, upper_cs=True),
               Leaf('text/calendar; charset="UTF-8"; method=%s' % method,
                    icstext.encode('utf-8'), '7bit' if icstext.isascii()
                    else 'quoted-printable')),
             ics_file(icstext, 'invite.ics'))


def mdn(text, orig_rcpt, orig_mid, ua='mail.example.com; Microsoft Exchange',
        disp='manual-action/MDN-sent-manually; displayed'):
    notif = ('Reporting-UA: %s\nFinal-Recipient: rfc822;%s\n'
             'Original-Message-ID: %s\nDisposition: %s\n' % (
                 ua, orig_rcpt, orig_mid, disp))
    return M('report', T(text),
             Leaf('message/disposition-notification', crlf(notif).encode(),
                  '7bit'),
             params='; report-type=disposition-notification')


def dsn(text, mta, rcpt, status, diag, orig_headers, arrival):
    ds = ('Reporting-MTA: dns;%s\nArrival-Date: %s\n\nFinal-Recipient: '
          'rfc822;%s\nAction: failed\nStatus: %s\nDiagnostic-Code: smtp;%s\n' % (
              mta, arrival, rcpt, status, diag))
    return M('report', T(text),
             Leaf('message/delivery-status', crlf(ds).encode(), '7bit'),
             Leaf('text/rfc822-headers', crlf(orig_headers).encode(), '7bit'),
             params='; report-type=delivery-status')


def voicemail_text(caller, number, when, length, text, conf=None, mailbox=None):
    t = ['You received a new voicemail.', '',
         'From: %s %s' % (caller, number) if caller else 'From: %s' % number,
         'Received: %s' % when, 'Length: %s' % length]
    if mailbox:
        t.append('Mailbox: %s' % mailbox)
    t += ['', 'Transcription%s:' % (' (confidence: %s)' % conf if conf else ''),
          text, '', 'The recording is attached. Transcriptions are produced '
          'automatically and may contain errors.']
    return '\n'.join(t) + '\n'


# --------------------------------------------------------------------------
# build and check

def build():
    slugs = [m['slug'] for m in MSGS]
    dup = {x for x in slugs if slugs.count(x) > 1}
    if dup:
        raise SystemExit('duplicate slugs: %s' % sorted(dup))
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    files, rows = {}, []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        name = '%03d-%s.eml' % (num, m['slug'])
        m['file'] = name
        files[os.path.join(m['label'], name)] = m['data']
        rows.append((name, m['label'], m['reason']))
    rows.sort()
    tsv = ''.join('%s\t%s\t%s\n' % r for r in rows).encode('utf-8')
    return files, tsv


ALLOWED_DOM = re.compile(r'(^|\.)(example\.(com|org|net)|[a-z0-9-]+\.test|test)$', re.I)
EMAIL_RE = re.compile(r'[A-Za-z0-9._%+=-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z0-9-]+)')
URL_RE = re.compile(r'\b(?:https?|ftp)://([^/\s"\'<>)\]?#]+)', re.I)
BARE_RE = re.compile(
    r'(?<![\w@.-])((?:[a-z0-9-]+\.)+(?:com|org|net|edu|gov|io|us|uk|de|fr|es|'
    r'it|nl|pl|ru|jp|cn|kr|br|mx|ca|au|info|biz|health|app|co|test))(?![\w-])', re.I)
PHONE_RE = re.compile(
    r'(?<![\d-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)\s?|\d{1,4}[\s.-])?'
    r'\d{3}[\s.-]\d{4}(?![\d-])')
PHONE_OK = re.compile(r'555[\s.-]?01\d\d$')
FIVE55 = re.compile(r'(?<!\d)555[\s.-]?(\d{4})(?!\d)')
NPI_RE = re.compile(r'\bNPI\b\W{0,6}(\d{10})\b')
NPI_ANY = re.compile(r'\bNPI\b\W{0,6}(\d[\d -]{6,14}\d)')
DEA_RE = re.compile(r'\bDEA\b[^\n]{0,30}?\b([A-Z]{2}\d{7})\b')
DEA_ANY = re.compile(r'\bDEA\b[^\n]{0,30}?\b([A-Z]{2}\d{5,9})\b')
MBI_RE = re.compile(r'\b(?:MBI|Medicare (?:ID|number|Beneficiary Identifier))\b\W{0,6}'
                    r'([0-9A-Z]{4}-?[0-9A-Z]{3}-?[0-9A-Z]{4})\b')
QP_LINE = re.compile(r'^(?:[\t\x20-\x3c\x3e-\x7e]|=[0-9A-F]{2})*=?$')


class Ctx:
    def __init__(self, name):
        self.name = name
        self.errs = []
        self.texts = []
        self.ids = {'NPI': 0, 'DEA': 0, 'MBI': 0}

    def err(self, msg):
        self.errs.append('%s: %s' % (self.name, msg))


def strip_tags(s):
    s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s)


def check_pdf(ctx, data):
    if not data.startswith(b'%PDF-') or not data.rstrip().endswith(b'%%EOF'):
        ctx.err('pdf: bad start/end')
        return
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    if not m:
        ctx.err('pdf: no startxref')
        return
    x = int(m.group(1))
    if not data[x:].startswith(b'xref'):
        ctx.err('pdf: startxref does not point at xref')
        return
    hm = re.match(rb'xref\s+0 (\d+)\s+', data[x:])
    n = int(hm.group(1))
    pos = x + hm.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        off, typ = int(ent[:10]), ent[17:18]
        if typ == b'n' and not data[off:].startswith(b'%d 0 obj' % i):
            ctx.err('pdf: xref entry %d wrong' % i)
    for sm in re.finditer(rb'/Length (\d+)([^>]*)>>\s*\nstream\n', data):
        ln = int(sm.group(1))
        st = sm.end()
        if not data[st + ln:].startswith(b'\nendstream'):
            ctx.err('pdf: stream /Length wrong')
            continue
        raw = data[st:st + ln]
        if b'/FlateDecode' in sm.group(2):
            try:
                raw = zlib.decompress(raw)
            except zlib.error:
                ctx.err('pdf: flate stream does not inflate')
                continue
        for s in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw):
            ctx.texts.append(re.sub(r'\\(.)', r'\1', s.decode('latin-1')))


def check_jpeg(ctx, data):
    if not (data.startswith(b'\xff\xd8') and data.endswith(b'\xff\xd9')):
        ctx.err('jpeg: SOI/EOI missing')
        return
    i, seen_sos = 2, False
    while i < len(data) - 2:
        if data[i] != 0xFF:
            ctx.err('jpeg: bad marker at %d' % i)
            return
        mk = data[i + 1]
        ln = struct.unpack('>H', data[i + 2:i + 4])[0]
        if mk == 0xDA:
            seen_sos = True
            break
        i += 2 + ln
    if not seen_sos:
        ctx.err('jpeg: no SOS')


def check_png(ctx, data):
    if not data.startswith(b'\x89PNG\r\n\x1a\n'):
        ctx.err('png: bad signature')
        return
    i, last = 8, None
    while i < len(data):
        ln = struct.unpack('>I', data[i:i + 4])[0]
        t = data[i + 4:i + 8]
        d = data[i + 8:i + 8 + ln]
        crc = struct.unpack('>I', data[i + 8 + ln:i + 12 + ln])[0]
        if zlib.crc32(t + d) & 0xffffffff != crc:
            ctx.err('png: bad CRC in %r' % t)
        last = t
        i += 12 + ln
    if last != b'IEND':
        ctx.err('png: no IEND')


def check_ics(ctx, text, what='ics'):
    lines = text.split('\r\n')
    if lines[-1] == '':
        lines = lines[:-1]
    if not lines or lines[0] != 'BEGIN:VCALENDAR' or lines[-1] != 'END:VCALENDAR':
        ctx.err('%s: BEGIN/END:VCALENDAR' % what)
    for l in lines:
        if len(l.encode('utf-8')) > 75:
            ctx.err('%s: unfolded line > 75 octets' % what)
    un = re.sub(r'\r\n[ \t]', '', text)
    for comp in ('VEVENT', 'VTIMEZONE', 'VALARM'):
        if un.count('BEGIN:' + comp) != un.count('END:' + comp):
            ctx.err('%s: unbalanced %s' % (what, comp))
    if 'BEGIN:VEVENT' not in un:
        ctx.err('%s: no VEVENT' % what)
    for k in ('UID:', 'DTSTART', 'SUMMARY'):
        if ('\r\n' + k) not in un and ('\n' + k) not in un:
            ctx.err('%s: no %s' % (what, k))
    ctx.texts.append(un.replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';'))


def check_formats(ctx, part, ctype, fname, payload):
    low = (fname or '').lower()
    if ctype == 'application/pdf' or low.endswith('.pdf'):
        check_pdf(ctx, payload)
    elif ctype == 'image/jpeg' or low.endswith(('.jpg', '.jpeg')):
        check_jpeg(ctx, payload)
    elif ctype == 'image/png' or low.endswith('.png'):
        check_png(ctx, payload)
    elif ctype in ('text/calendar', 'application/ics') or low.endswith('.ics'):
        check_ics(ctx, payload.decode(part.get_content_charset() or 'utf-8'))
    elif ctype in ('text/vcard', 'text/x-vcard') or low.endswith('.vcf'):
        t = payload.decode(part.get_content_charset() or 'utf-8')
        if not (t.startswith('BEGIN:VCARD') and t.rstrip().endswith('END:VCARD')):
            ctx.err('vcard: BEGIN/END')
        ctx.texts.append(t)
    elif ctype.endswith('json') or low.endswith('.json'):
        try:
            json.loads(payload.decode('utf-8'))
        except ValueError as e:
            ctx.err('json: %s' % e)
    elif ctype.endswith('xml') or low.endswith('.xml'):
        try:
            ET.fromstring(payload)
        except ET.ParseError as e:
            ctx.err('xml: %s' % e)
    elif ctype == 'text/csv' or low.endswith('.csv'):
        rows = list(csv.reader(io.StringIO(payload.decode(
            part.get_content_charset() or 'utf-8'))))
        if len({len(r) for r in rows if r}) > 1:
            ctx.err('csv: inconsistent columns')
    elif ctype.startswith('application/hl7') or low.endswith('.hl7'):
        if not payload.startswith(b'MSH|^~\\&|'):
            ctx.err('hl7: does not start with MSH')
    elif ctype in ('audio/wav', 'audio/x-wav') or low.endswith('.wav'):
        ok = (payload[:4] == b'RIFF' and payload[8:12] == b'WAVE' and
              struct.unpack('<I', payload[4:8])[0] == len(payload) - 8)
        i = 12
        seen = set()
        while ok and i + 8 <= len(payload):
            cid = payload[i:i + 4]
            ln = struct.unpack('<I', payload[i + 4:i + 8])[0]
            seen.add(cid)
            i += 8 + ln + (ln % 2)
        if not ok or i != len(payload) or not {b'fmt ', b'data'} <= seen:
            ctx.err('wav: bad RIFF structure')
    elif ctype in ('application/octet-stream',):
        ctx.err('unexpected octet-stream attachment %r' % fname)


def check_headers(ctx, msg, top):
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[h] is None:
            if top or h in ('From', 'Subject', 'Date'):
                ctx.err('missing header %s' % h)
    for k, v in msg.items():
        for d in getattr(v, 'defects', ()):
            ctx.err('header %s defect: %r' % (k, d))
        sv = str(v)
        if '=?' in sv and k.lower() in ('subject', 'from', 'to', 'cc'):
            ctx.err('header %s has an undecoded encoded word' % k)
        ctx.texts.append(sv)
    if msg['Date'] is not None:
        try:
            d = email.utils.parsedate_to_datetime(str(msg['Date']))
            if d.tzinfo is None:
                ctx.err('Date without zone')
        except (TypeError, ValueError):
            ctx.err('bad Date')
    mid = msg['Message-ID']
    if mid is not None and not re.fullmatch(r'<[^<>@\s]+@[^<>@\s]+>', str(mid).strip()):
        ctx.err('bad Message-ID %r' % str(mid))
    for k in ('From', 'To', 'Cc', 'Reply-To'):
        v = msg[k]
        if v is None:
            continue
        try:
            addrs = v.addresses
        except AttributeError:
            continue
        for a in addrs:
            if not a.addr_spec or '@' not in a.addr_spec:
                ctx.err('header %s: bad address %r' % (k, str(a)))
            if a.display_name:
                ctx.texts.append(a.display_name)


def check_part(ctx, part, depth):
    for d in part.defects:
        ctx.err('MIME defect (depth %d): %r' % (depth, d))
    if depth > 0:
        for k, v in part.items():
            for d in getattr(v, 'defects', ()):
                ctx.err('part header %s defect: %r' % (k, d))
            ctx.texts.append(str(v))
    ctype = part.get_content_type()
    cte = str(part.get('Content-Transfer-Encoding', '7bit')).strip().lower()
    if part.is_multipart():
        if ctype.startswith('message/'):
            if cte not in ('7bit', '8bit', 'binary'):
                ctx.err('%s with CTE %s' % (ctype, cte))
            subs = part.get_payload()
            if ctype == 'message/rfc822':
                for sub in subs:
                    check_headers(ctx, sub, False)
                    check_part(ctx, sub, depth + 1)
                return
            keys = set()
            for sub in subs:
                for d in sub.defects:
                    ctx.err('%s defect: %r' % (ctype, d))
                for k, v in sub.items():
                    keys.add(k.lower())
                    ctx.texts.append(str(v))
            need = {'message/disposition-notification':
                    ('final-recipient', 'disposition'),
                    'message/delivery-status':
                    ('final-recipient', 'action', 'status')}.get(ctype)
            if need is None:
                ctx.err('unexpected part type %s' % ctype)
            for k in need or ():
                if k not in keys:
                    ctx.err('%s without %s' % (ctype, k))
            return
        if not part.get_boundary():
            ctx.err('multipart without boundary')
        for sub in part.get_payload():
            check_part(ctx, sub, depth + 1)
        return
    fname = part.get_filename()
    if fname:
        ctx.texts.append(fname)
    raw = part.get_payload(decode=False)
    if not isinstance(raw, str):
        ctx.err('unexpected payload type')
        return
    rl = raw.split('\r\n')
    if rl and rl[-1] == '':
        rl = rl[:-1]
    if cte == 'base64':
        for l in rl:
            if len(l) > 76:
                ctx.err('base64 line > 76')
                break
        joined = ''.join(rl)
        try:
            payload = binascii.a2b_base64(joined.encode('ascii'), strict_mode=True)
        except (binascii.Error, UnicodeEncodeError) as e:
            ctx.err('base64 not strict: %s' % e)
            return
    elif cte == 'quoted-printable':
        for l in rl:
            if len(l) > 76:
                ctx.err('QP line > 76')
                break
            if not QP_LINE.match(l) or re.search(r'[ \t]$', l):
                ctx.err('bad QP line %r' % l[:40])
                break
        payload = part.get_payload(decode=True)
    elif cte in ('7bit', '8bit'):
        if cte == '7bit' and any(ord(c) > 127 for c in raw):
            ctx.err('7bit part is not ASCII')
        payload = part.get_payload(decode=True)
    else:
        ctx.err('unexpected CTE %s' % cte)
        return
    if part.get_content_maintype() == 'text' or ctype.startswith('message/'):
        cs = part.get_content_charset() or 'us-ascii'
        try:
            t = payload.decode(cs)
        except (LookupError, UnicodeDecodeError) as e:
            ctx.err('charset %s does not decode: %s' % (cs, e))
            return
        if ctype == 'text/html':
            ctx.texts.append(t)
            ctx.texts.append(strip_tags(t))
        elif ctype != 'text/calendar':
            ctx.texts.append(t)
    check_formats(ctx, part, ctype, fname, payload)


def check_message(name, data):
    ctx = Ctx(name)
    if len(data) > 200 * 1024:
        ctx.err('file larger than 200 KiB')
    if re.search(rb'\r(?!\n)', data) or re.search(rb'(?<!\r)\n', data):
        ctx.err('not CRLF only')
    for l in data.split(b'\r\n'):
        if len(l) > 998:
            ctx.err('line longer than 998')
            break
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    check_headers(ctx, msg, True)
    try:
        d = email.utils.parsedate_to_datetime(str(msg['Date']))
        lo = datetime.datetime(2026, 11, 1, tzinfo=datetime.timezone.utc)
        hi = datetime.datetime(2026, 12, 5, 12, tzinfo=datetime.timezone.utc)
        if not lo <= d <= hi:
            ctx.err('Date outside 2026-11-01..2026-12-04: %s' % msg['Date'])
    except (TypeError, ValueError):
        pass
    check_part(ctx, msg, 0)
    # encoded words in the top-level headers use the body's charset
    head = data.split(b'\r\n\r\n', 1)[0].decode('ascii', 'replace')
    ews = {c.lower() for c in re.findall(r'=\?([^?]+)\?[BbQq]\?', head)}
    body_cs = None
    for p in msg.walk():
        if p.get_content_type() == 'text/plain' and not p.get_filename():
            body_cs = (p.get_content_charset() or 'us-ascii').lower()
            break
    if ews and body_cs not in ews | {'us-ascii'}:
        ctx.err('encoded words in %s but body in %s' % (sorted(ews), body_cs))
    if len(ews) > 1:
        ctx.err('encoded words in several charsets: %s' % sorted(ews))
    scan_invented(ctx)
    return ctx


def scan_invented(ctx):
    blob = '\n'.join(ctx.texts)
    for rx in (EMAIL_RE, URL_RE, BARE_RE):
        for m in rx.finditer(blob):
            d = m.group(1).lower().rstrip('.').split(':')[0].split('@')[-1]
            if not ALLOWED_DOM.search(d):
                ctx.err('domain not under example.*/.test: %r' % d)
    for m in PHONE_RE.finditer(blob):
        if not PHONE_OK.search(m.group(0)):
            ctx.err('phone-like number not 555-01xx: %r' % m.group(0))
    for m in FIVE55.finditer(blob):
        if not m.group(1).startswith('01'):
            ctx.err('555 number not 01xx: %r' % m.group(0))
    for m in NPI_ANY.finditer(blob):
        v = re.sub(r'\D', '', m.group(1))
        if not npi_ok(v):
            ctx.err('NPI fails Luhn/80840: %r' % m.group(1))
    ctx.ids['NPI'] = len(set(m.group(1) for m in NPI_RE.finditer(blob)))
    for m in DEA_ANY.finditer(blob):
        if not dea_ok(m.group(1)):
            ctx.err('DEA check digit fails: %r' % m.group(1))
    ctx.ids['DEA'] = len(set(m.group(1) for m in DEA_RE.finditer(blob)))
    for m in MBI_RE.finditer(blob):
        if not mbi_ok(m.group(1)):
            ctx.err('MBI format wrong: %r' % m.group(1))
    ctx.ids['MBI'] = len(set(m.group(1) for m in MBI_RE.finditer(blob)))


def check(files_expected, tsv_expected):
    errs = []
    # files on disk
    on_disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append('missing directory %s' % lab)
            continue
        for f in sorted(os.listdir(d)):
            with open(os.path.join(d, f), 'rb') as fh:
                on_disk[os.path.join(lab, f)] = fh.read()
    for k in sorted(set(on_disk) | set(files_expected)):
        if k not in on_disk:
            errs.append('%s: missing on disk' % k)
        elif k not in files_expected:
            errs.append('%s: on disk but not generated' % k)
        elif on_disk[k] != files_expected[k]:
            errs.append('%s: differs from what gen.py writes' % k)
    try:
        with open(os.path.join(HERE, 'labels.tsv'), 'rb') as fh:
            tsv = fh.read()
    except OSError:
        tsv = b''
        errs.append('labels.tsv missing')
    if tsv != tsv_expected:
        errs.append('labels.tsv differs from what gen.py writes')
    # labels.tsv agrees with the directories
    rows = [l.split('\t') for l in tsv.decode('utf-8').splitlines()]
    names = [r[0] for r in rows]
    if names != sorted(names):
        errs.append('labels.tsv not sorted')
    where = {os.path.basename(k): k.split(os.sep)[0] for k in on_disk}
    for r in rows:
        if len(r) != 3 or not r[2].strip():
            errs.append('labels.tsv: bad row %r' % r)
            continue
        if where.get(r[0]) != r[1]:
            errs.append('labels.tsv: %s labelled %s, directory %s' % (
                r[0], r[1], where.get(r[0])))
    if set(names) != set(where):
        errs.append('labels.tsv and directories list different files')
    # numbering, traps
    nums = sorted(int(os.path.basename(k)[:3]) for k in on_disk)
    if nums != list(range(1, len(MSGS) + 1)) or len(MSGS) != 200:
        errs.append('numbers are not exactly 001-200')
    for k in on_disk:
        lab, f = k.split(os.sep)
        if not re.fullmatch(r'\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.eml', f):
            errs.append('%s: bad file name' % k)
        if f[4:].startswith('trap-') and lab != 'none':
            errs.append('%s: trap- outside none/' % k)
    # set design
    cnt = {lab: sum(1 for m in MSGS if m['label'] == lab) for lab in LABELS}
    if cnt != WANT:
        errs.append('counts %r, want %r' % (cnt, WANT))
    disk_cnt = {lab: sum(1 for k in on_disk if k.split(os.sep)[0] == lab)
                for lab in LABELS}
    if disk_cnt != WANT:
        errs.append('on-disk counts %r, want %r' % (disk_cnt, WANT))
    traps = sum(1 for m in MSGS if m['slug'].startswith('trap-'))
    if traps < WANT_TRAPS_MIN:
        errs.append('only %d traps' % traps)
    cats = {c: 0 for c in CATS}
    for m in MSGS:
        if m['label'] == 'restricted':
            if m['cat'] not in CATS:
                errs.append('%s: restricted without category' % m['slug'])
            else:
                cats[m['cat']] += 1
        elif m['cat']:
            errs.append('%s: category on a %s message' % (m['slug'], m['label']))
    for c, n in cats.items():
        if n < WANT_CAT_MIN:
            errs.append('only %d restricted %s' % (n, c))
    non_en = sum(1 for m in MSGS if m['lang'] != 'en')
    if non_en != WANT_NON_EN:
        errs.append('%d messages not in English, want %d' % (non_en, WANT_NON_EN))
    # every message
    ids = {'NPI': 0, 'DEA': 0, 'MBI': 0}
    small = 0
    for k in sorted(on_disk):
        ctx = check_message(k, on_disk[k])
        errs.extend(ctx.errs)
        for i in ids:
            ids[i] += ctx.ids[i]
        if len(on_disk[k]) <= 1536:
            small += 1
    langs = {}
    for m in MSGS:
        langs[m['lang']] = langs.get(m['lang'], 0) + 1
    summary = ('wide9: %d messages: none %d (%d traps), phi %d, restricted %d '
               '(%s); %d not in English; %d of %d files <= 1.5 KB; '
               'identifiers checked: NPI %d, DEA %d, MBI %d' % (
                   len(on_disk), disk_cnt.get('none', 0), traps,
                   disk_cnt.get('phi', 0), disk_cnt.get('restricted', 0),
                   ', '.join('%s %d' % (c, n) for c, n in cats.items()),
                   non_en, small, len(on_disk), ids['NPI'], ids['DEA'],
                   ids['MBI']))
    return errs, summary


def write(files, tsv):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for k, v in files.items():
        with open(os.path.join(HERE, k), 'wb') as fh:
            fh.write(v)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as fh:
        fh.write(tsv)


def main():
    files, tsv = build()
    if '--dry' in sys.argv[1:]:
        # development aid: check the generated messages in memory only
        n = 0
        for k in sorted(files):
            ctx = check_message(k, files[k])
            for e in ctx.errs:
                print('FAIL', e)
                n += 1
            if '-v' in sys.argv[1:]:
                print('%6d %s' % (len(files[k]), k))
        print('%d messages, %d problems' % (len(files), n))
        return
    if '--check' not in sys.argv[1:]:
        write(files, tsv)
    errs, summary = check(files, tsv)
    for e in errs[:200]:
        print('FAIL', e)
    if errs:
        print('%d problems' % len(errs))
        print(summary)
        sys.exit(1)
    print(summary + '; all checks passed')


# ---- MESSAGES BELOW ----


# ==========================================================================
# phi, in English

add('iphone-reply-lisinopril-fasting', 'phi',
    'patient asks whether to take lisinopril before his named physical and fasting labs',
    mail('iphone-reply-lisinopril-fasting',
         A('Gary Whitcombe', 'gwhitcombe58@mailbox.example.net'),
         A('Lakeshore Family Medicine', 'frontdesk@lakeshorefm.example.org'),
         'Re: Appointment Reminder - Lakeshore Family Medicine',
         T("""Ok thx. I will bring the list. Can I still take my lisinopril that morning or no since its fasting labs?

Sent from my iPhone

> On Dec 1, 2026, at 9:02 AM, Lakeshore Family Medicine <frontdesk@lakeshorefm.example.org> wrote:
>
> Hi Gary, this is a reminder of your annual physical with Dr. Anita
> Rasmussen on Thu Dec 3 at 8:15 AM. Please arrive fasting for labs and
> bring a list of your current medications. Call 555-0134 to reschedule.
"""),
         dt('2026-12-01 19:48', '-0600'), style='apple',
         reply='<rem-20261201-88412@lakeshorefm.example.org>'))

add('subject-only-mri-lspine-call-pt', 'phi',
    'subject alone names the patient, her DOB and an MRI finding; body empty',
    mail('subject-only-mri-lspine-call-pt',
         A('Achterberg, Samuel MD', 'sachterberg@rivermarkhealth.example.org'),
         A('Santana, Lupe', 'lsantana@rivermarkhealth.example.org'),
         'Delacroix, Renee 4/2/68 - MRI L-spine back, mild L4-5 stenosis, pls call pt',
         T('\n'), dt('2026-11-30 16:05', '-0600'), style='outlook'))

add('subject-only-bp-readings-ipad', 'phi',
    'named patient sends home blood pressure readings and her amlodipine dose in the subject',
    mail('subject-only-bp-readings-ipad',
         A('Ruth Ann Pelletier', 'rapelletier@inbox.example.com'),
         A('Nurse Line - Brookview Clinic', 'nurseline@brookviewclinic.example.org'),
         'BP this wk 158/96, 152/94, 149/92 - still on the amlodipine 5',
         T('\nSent from my iPad\n'), dt('2026-11-27 08:31', '-0500'),
         style='apple', mailer='iPad Mail (22B91)'))

_ics = ics('Colonoscopy - Hemmings, Lorraine', '20261215T073000',
           '20261215T090000', '040000008200E00074C5B7101A82E00800000000A0C91E7F3A6DDB01000000000000000010000000C1F3',
           ('Endoscopy Scheduling', 'endoscheduling@rivermarkhealth.example.org'),
           [('Lorraine Hemmings', 'lhemmings@mail.example.net')],
           location='Rivermark Endoscopy Suite 2B, 1400 Garrison Ave',
           description='Arrive 6:45 AM. Clear liquids all day 12/14. First half of '
           'prep at 6 PM 12/14, second half at 2 AM. You must have a driver.',
           tz='Central Standard Time', stamp='20261202T150211Z')
add('ics-outlook-colonoscopy-invite', 'phi',
    'calendar invitation to a named patient for her colonoscopy, with prep instructions',
    mail('ics-outlook-colonoscopy-invite',
         A('Endoscopy Scheduling', 'endoscheduling@rivermarkhealth.example.org'),
         A('Lorraine Hemmings', 'lhemmings@mail.example.net'),
         'Colonoscopy - Hemmings, Lorraine - Tue 12/15 7:30 AM',
         outlook_invite("""Arrive 6:45 AM. Clear liquids all day 12/14. First half of prep at 6 PM 12/14, second half at 2 AM. You must have a driver.

Questions: Rivermark Endoscopy 555-0122
""", _ics), dt('2026-12-02 09:02', '-0600'), style='outlook'))

_ics = ics('PT evaluation - Jared K.', '20261208T213000Z', '20261208T223000Z',
           '5q2v8b1n0c7k3j9h4m6x2z1w0r@example.com',
           ('Rivermark PT Front Desk', 'frontdesk@rivermarkpt.example.org'),
           [('Jared Kowalczyk', 'jkowalczyk@mailbox.example.net')],
           location='Rivermark Physical Therapy, Suite 110',
           description='Initial eval s/p L ACL reconstruction 11/19 (Dr. Feld). '
           'Bring your post-op protocol and wear shorts.', style='google',
           stamp='20261203T174502Z')
add('google-invite-pt-eval-acl', 'phi',
    'Google Calendar invite to a named patient for a PT evaluation after ACL reconstruction',
    mail('google-invite-pt-eval-acl',
         A('Rivermark PT Front Desk', 'frontdesk@rivermarkpt.example.org'),
         A('Jared Kowalczyk', 'jkowalczyk@mailbox.example.net'),
         'Invitation: PT evaluation - Jared K. @ Tue Dec 8, 2026 3:30pm - 4:30pm (CST) (jkowalczyk@mailbox.example.net)',
         google_invite('PT evaluation - Jared K.',
                       'Tuesday Dec 8, 2026 3:30pm \u2013 4:30pm Central Time - Chicago',
                       ('Rivermark PT Front Desk', 'frontdesk@rivermarkpt.example.org'),
                       [('Jared Kowalczyk', 'jkowalczyk@mailbox.example.net')], _ics,
                       location='Rivermark Physical Therapy, Suite 110',
                       description='Initial eval s/p L ACL reconstruction 11/19 (Dr. Feld). '
                       'Bring your post-op protocol and wear shorts.'),
         dt('2026-12-03 11:45', '-0600'), style='gmail',
         extra=[('Reply-To', A('Rivermark PT Front Desk', 'frontdesk@rivermarkpt.example.org'))]))

add('voicemail-pharmacy-metoprolol-ready', 'phi',
    'voicemail transcription to a named patient that his metoprolol is ready',
    mail('voicemail-pharmacy-metoprolol-ready',
         A('Visual Voicemail', 'vvm-noreply@wireless.example.net'),
         A('ernesto.ruiz@mailbox.example.net'),
         'New voicemail from MAPLE ST PHARM (312) 555-0117',
         M('mixed', T(voicemail_text('MAPLE ST PHARM', '(312) 555-0117',
                                     'Wed, Dec 2 2:32 PM', '0:24', """Hi, this message is for Ernesto Ruiz. This is Dana from Maple Street Pharmacy. Your prescription for metoprolol succinate is ready for pickup and the insurance did go through this time. We're open till 9. Thanks."""),
                      ), att('audio/wav', wav(), 'VM_20261202_1432.wav')),
         dt('2026-12-02 14:33', '-0600'), style='system'))

add('voicemail-daughter-mother-fell-eliquis', 'phi',
    'voicemail transcription: daughter reports her named mother (with DOB) fell and is on Eliquis',
    mail('voicemail-daughter-mother-fell-eliquis',
         A('Unity Messaging', 'unity@pbx.brookviewclinic.example.org'),
         A('Nurse Triage', 'triage@brookviewclinic.example.org'),
         'Voice message from 555-0176 (0:47)',
         T(voicemail_text(None, '555-0176', '12/03/2026 7:12 AM', '0:47',
                          """hi this is Carla Olander calling about my mother Beatrice Olander date of birth March 9th 1941 she fell again last night getting up to the bathroom she didn't hit her head but her hip is sore and she's on the eliquis so I'm worried about bleeding can someone call me back at 555-0176 thank you""",
                          conf='medium', mailbox='4410 Nurse Triage')),
         dt('2026-12-03 07:13', '-0500'), style='system',
         extra=[('X-Unity-Caller', '5550176')]))

add('missed-call-kowalski-inr-note', 'phi',
    'missed-call notice whose front-desk note says the named caller wants his INR result and warfarin dose',
    mail('missed-call-kowalski-inr-note',
         A('CloudPhone', 'notifications@cloudphone.example.com'),
         A('Dr. Priya Anand', 'panand@lakeshorefm.example.org'),
         'Missed call from KOWALSKI T (773) 555-0148',
         alt("""Missed call

From: KOWALSKI T (773) 555-0148
To: Dr. Priya Anand (ext. 214)
Time: Thu, Dec 3, 2026 11:42 AM

Note from Front Desk (Bea): pt calling re INR from Monday, wants to know if his warfarin dose changes. Says he's home all afternoon.

Call back: https://app.cloudphone.example.com/calls/8841207
""", """<p><b>Missed call</b></p><table><tr><td>From</td><td>KOWALSKI T (773) 555-0148</td></tr><tr><td>To</td><td>Dr. Priya Anand (ext. 214)</td></tr><tr><td>Time</td><td>Thu, Dec 3, 2026 11:42 AM</td></tr></table><p><i>Note from Front Desk (Bea):</i> pt calling re INR from Monday, wants to know if his warfarin dose changes. Says he's home all afternoon.</p><p><a href="https://app.cloudphone.example.com/calls/8841207">Call back</a></p>
"""), dt('2026-12-03 11:43', '-0600'), style='system'))

_npi1 = npi('146082973')
add('efax-cover-holter-referral-pdf', 'phi',
    'e-fax with a cover page referring a named patient with DOB for palpitations, Holter and echo',
    mail('efax-cover-holter-referral-pdf',
         A('eFax Service', 'delivery@efax.example.net'),
         A('Cardiology Associates Intake', 'intake@cardassoc.example.org'),
         'Fax from 555-0161 - 2 page(s)',
         M('mixed', T("""You have received a 2 page fax at 12/02/2026 10:18:44 AM CST.

Sender fax: 555-0161
Pages: 2
Reference: 26120210184421

The fax is attached as a PDF.
"""), att('application/pdf', pdf([
             ['12/02/2026 10:17  FROM: 555-0161  TO: 555-0162   P.1/2', '',
              'FAX COVER SHEET', '',
              'To: Cardiology Associates of Westbrook - New Patient Intake',
              'From: Dr. Miriam Castellanos, Oakridge Internal Medicine',
              'NPI: ' + _npi1, '',
              'Re: Referral - Howard Bellamy, DOB 02/11/1951',
              'Palpitations x 3 weeks, 2 near-syncope episodes.',
              'Please schedule 48h Holter and echo, then consult.',
              'Meds: lisinopril 20 mg, atorvastatin 40 mg.',
              'Insurance: Medicare Part B, MBI 3KW7-C94-HN28', '',
              'CONFIDENTIAL: this fax contains health information.'],
             ['12/02/2026 10:18  FROM: 555-0161  TO: 555-0162   P.2/2', '',
              'ECG 12/01/2026: sinus rhythm 88, frequent PACs, no ST changes.',
              'Last TSH 2.1 (11/2026).']], flate=True),
             'fax_26120210184421.pdf')),
         dt('2026-12-02 10:19', '-0600'), style='system', extra=AUTO))

add('efax-filename-only-referral-nakamura', 'phi',
    'fax notification whose only PHI is the PDF file name: a named referral with DOB',
    mail('efax-filename-only-referral-nakamura',
         A('FaxMailer', 'faxmailer@brookviewclinic.example.org'),
         A('Referrals Inbox', 'referrals@brookviewclinic.example.org'),
         'New fax received (3 pages)',
         M('mixed', T("""A new fax was received on line 555-0160.

Pages: 3
Filed as: Referral_Nakamura_Keiko_DOB_1977-08-19.pdf

-- FaxMailer 4.2
"""), att('application/pdf', pdf([
             ['12/01/2026 14:05  FROM: 555-0159  TO: 555-0160  P.1/3', '', '[image]'],
             ['12/01/2026 14:05  FROM: 555-0159  TO: 555-0160  P.2/3', '', '[image]'],
             ['12/01/2026 14:06  FROM: 555-0159  TO: 555-0160  P.3/3', '', '[image]']]),
             'Referral_Nakamura_Keiko_DOB_1977-08-19.pdf')),
         dt('2026-12-01 14:06', '-0500'), style='system', extra=AUTO))

add('portal-new-message-no-detail', 'phi',
    'borderline: portal notice to a named patient that her care team sent a message, no clinical detail',
    mail('portal-new-message-no-detail',
         A('Cedar Valley MyChart', 'noreply@mychart.cedarvalley.example.org'),
         A('marisol.quinones@inbox.example.com'),
         'You have a new message from your care team',
         alt("""Hi Marisol,

You have a new message from your care team at Cedar Valley Clinic.

Log in to read it: https://mychart.cedarvalley.example.org/

Please do not reply to this email.
""", """<p>Hi Marisol,</p><p>You have a new message from your care team at Cedar Valley Clinic.</p><p><a href="https://mychart.cedarvalley.example.org/">Log in to read it</a></p><p style="font-size:11px;color:#777">Please do not reply to this email.</p>
"""), dt('2026-11-24 17:20', '-0700'), style='system', extra=AUTO))

add('portal-lipid-panel-released', 'phi',
    'portal notice naming the patient and a released lipid panel with a flagged LDL',
    mail('portal-lipid-panel-released',
         A('Rivermark Patient Portal', 'portal@rivermarkhealth.example.org'),
         A('Dwayne Kessler', 'dkessler@mail.example.net'),
         'New test result: LIPID PANEL',
         alt("""Dwayne Kessler,

A new result is available in your portal.

Test: LIPID PANEL
Collected: 11/30/2026
Status: Final - 1 value flagged (LDL cholesterol, high)
Dr. Samuel Achterberg added a comment.

View result: https://portal.rivermarkhealth.example.org/results
""", """<p>Dwayne Kessler,</p><p>A new result is available in your portal.</p><table><tr><td>Test</td><td><b>LIPID PANEL</b></td></tr><tr><td>Collected</td><td>11/30/2026</td></tr><tr><td>Status</td><td>Final - 1 value flagged (LDL cholesterol, high)</td></tr></table><p>Dr. Samuel Achterberg added a comment.</p><p><a href="https://portal.rivermarkhealth.example.org/results">View result</a></p>
"""), dt('2026-12-01 06:04', '-0600'), style='system', extra=AUTO))

add('teams-paste-potassium-recheck', 'phi',
    'pasted Teams chat about a named inpatient\'s potassium 5.9/6.1 and treatment',
    mail('teams-paste-potassium-recheck',
         A('Okonjo, Grace', 'gokonjo@rivermarkhealth.example.org'),
         A('Risk Management', 'riskmgmt@rivermarkhealth.example.org'),
         'FW: night of 11/29 - chat for the review',
         outlook_alt("""Pasting the Teams chat from that night for the event review, times are as shown.

[2:14 AM] Lindqvist, Erik (RN)
rm 412 Petrakis K 5.9 on the BMP, hemolyzed?
[2:16 AM] Farouk, Nadia (MD)
redraw + ECG pls
[2:31 AM] Lindqvist, Erik (RN)
redraw 6.1, ECG peaked T's
[2:33 AM] Farouk, Nadia (MD)
ca gluconate 1g IV now, insulin 10u + D50, recheck 1h. I'm coming up

Grace Okonjo, RN | Nurse Manager 4 West
"""), dt('2026-11-30 10:12', '-0600'), style='outlook'))

add('slack-mention-ed-ct-head-neg', 'phi',
    'Slack mention e-mail: ED patient named with age, CT result and follow-up',
    mail('slack-mention-ed-ct-head-neg',
         A('Slack', 'notification@slack.example.com'),
         A('dr.hlam@mercyed.example.org'),
         '[Slack] New mention in #ed-dispo',
         alt("""You have a new mention in Mercy ED (mercyed.slack.example.com)

#ed-dispo
jmorales  4:52 PM
@hlam pt in 7 (Ferreira, 54M) CT head neg, d/c w/ neuro f/u Tues. needs appt with you Thurs for the BP too, he's off his meds

View in Slack: https://mercyed.slack.example.com/archives/C04ED7/p1764975120
""", """<p>You have a new mention in <b>Mercy ED</b></p><p><b>#ed-dispo</b><br><b>jmorales</b> 4:52 PM<br>@hlam pt in 7 (Ferreira, 54M) CT head neg, d/c w/ neuro f/u Tues. needs appt with you Thurs for the BP too, he&#39;s off his meds</p><p><a href="https://mercyed.slack.example.com/archives/C04ED7/p1764975120">View in Slack</a></p>
"""), dt('2026-12-04 16:53', '-0500'), style='system', extra=AUTO))

add('whatsapp-export-dad-nausea-capecitabine', 'phi',
    'son sends a WhatsApp export about his named father\'s nausea on capecitabine',
    mail('whatsapp-export-dad-nausea-capecitabine',
         A('Tom Delgado', 'tomdelgado@mail.example.net'),
         A('Oncology Nurse Navigator', 'navigator@summitcancer.example.org'),
         'Dad - chat from the weekend',
         M('mixed', gmail_alt("""Hi Nurse Adebayo, here's my chat with Dad from the weekend so you can see what he's been saying about the nausea. Dad is Frank Delgado, DOB 6/14/1952.

Thanks,
Tom
"""), txt_att("""11/28/26, 8:14 PM - Dad: threw up again after the pills
11/28/26, 8:15 PM - Tom: the ondansetron or the capecitabine?
11/28/26, 8:21 PM - Dad: the chemo ones. kept the zofran down
11/28/26, 8:22 PM - Tom: ok did you eat first
11/28/26, 8:40 PM - Dad: toast. not hungry at all
11/29/26, 9:02 AM - Dad: better this morning. feet tingling tho
11/29/26, 9:05 AM - Tom: I'll email the nurse tomorrow
""", 'WhatsApp Chat with Dad.txt')),
         dt('2026-11-30 07:58', '-0500'), style='gmail'))

add('sms-gateway-gabapentin-refill', 'phi',
    'SMS-to-email from a named patient with DOB asking for a gabapentin refill',
    mail('sms-gateway-gabapentin-refill',
         A('3125550163@mms.example.net'),
         A('refills@brookviewclinic.example.org'),
         '',
         T('need refill on my gabapentin 300 pls, out tmrw. tonya reyes dob 7/22/80\n'),
         dt('2026-11-23 21:14', '-0600'), style='plain'))

add('sms-reply-c-derm-confirm', 'phi',
    'reminder system reports that a named patient with MRN confirmed a dermatology appointment',
    mail('sms-reply-c-derm-confirm',
         A('Appointment Reminders', 'reminders@cedarvalley.example.org'),
         A('Dermatology Front Desk', 'derm@cedarvalley.example.org'),
         'Patient reply: C',
         T("""Patient REYNA, ALMA (MRN 3380214) replied "C" by text at 12/03/2026 6:41 PM.

Original message:
Cedar Valley: Alma, your appt w/ Dr. Osei (Dermatology) is Mon 12/14 at 9:40 AM. Reply C to confirm, R to reschedule.

Status set to: Confirmed
"""), dt('2026-12-03 18:41', '-0700'), style='system', extra=AUTO))

add('read-receipt-abernathy-path-margins', 'phi',
    'read receipt whose subject names a patient and her pathology result',
    mail('read-receipt-abernathy-path-margins',
         A('Dr. Joanna Pike', 'jpike@summitcancer.example.org'),
         A('Dr. Leon Marsh', 'lmarsh@summitcancer.example.org'),
         'Read: Abernathy L - path results, margins clear',
         mdn("""Your message

  To: Dr. Joanna Pike
  Subject: Abernathy L - path results, margins clear
  Sent: Thursday, December 3, 2026 2:10:44 PM (UTC-05:00) Eastern Time (US & Canada)

was read on Thursday, December 3, 2026 3:02:18 PM (UTC-05:00) Eastern Time (US & Canada).
""", 'jpike@summitcancer.example.org',
             '<SJ0PR09MB6612A0F93C1E44B2A1D7@SJ0PR09MB6612.namprd09.prod.outlook.example.com>'),
         dt('2026-12-03 15:02', '-0500'), style='outlook'))

add('fwd-see-below-outside-tsh', 'phi',
    'forwarded outside lab result for a named patient with DOB: TSH and free T4',
    mail('fwd-see-below-outside-tsh',
         A('Dr. Lena Voss', 'lvoss.md@gmail-practice.example.com'),
         A('Carmen (office)', 'office@vossfamilymed.example.org'),
         'Fwd: Result notification',
         gmail_alt("""see below, can you get this scanned into her chart before Thurs? thx

---------- Forwarded message ---------
From: Northline Lab Results <results@northlinelab.example.com>
Date: Tue, Dec 1, 2026 at 5:02 AM
Subject: Result notification
To: <lvoss.md@gmail-practice.example.com>

Patient: SOLBERG, INGRID   DOB 01/30/1985
Collected 11/30/2026  Final
TSH            7.8 uIU/mL   H   [0.45-4.50]
Free T4        0.8 ng/dL    L   [0.9-1.7]
"""), dt('2026-12-01 06:40', '-0800'), style='gmail'))

add('photo-sacral-wound-filename', 'phi',
    'home-health nurse photo; the file name names the patient and her sacral wound',
    mail('photo-sacral-wound-filename',
         A('Beth Nakashima RN', 'bnakashima@sunrisehh.example.org'),
         A('Wound Care Team', 'woundcare@sunrisehh.example.org'),
         'wound pic',
         M('mixed', T('pic from this am, edges look redder than Fri. can you look before I call Dr. Patel?\n\nSent from my iPhone\n'),
           att('image/jpeg', jpeg(96, 128, 150), 'IMG_4471 Adeyemi sacral wound 12-02.jpg',
               inline=True)),
         dt('2026-12-02 10:26', '-0500'), style='apple'))

add('photo-rash-after-antibiotic', 'phi',
    'named patient sends a photo of a spreading rash after a new antibiotic',
    mail('photo-rash-after-antibiotic',
         A('Keisha Broadnax', 'keishab.1990@mail.example.net'),
         A('Lakeshore Family Medicine', 'frontdesk@lakeshorefm.example.org'),
         'rash',
         M('mixed', gmail_alt('this is the rash i told the nurse about on the phone, its spreading to my neck now. started 2 days after the new antibiotic for my sinuses\n'),
           att('image/jpeg', jpeg(120, 160, 170), '20261203_081522.jpg')),
         dt('2026-12-03 08:17', '-0500'), style='gmail',
         extra=[('X-Mailer', 'Gmail for Android')]))

add('shared-doc-okafor-discharge-summary', 'phi',
    'shared-document notice; the document title names a patient\'s discharge summary',
    mail('shared-doc-okafor-discharge-summary',
         A('Priya Natarajan (via OneDrive)', 'no-reply@sharepointonline.example.com'),
         A('Dr. Hollis Grant', 'hgrant@oakridgeim.example.org'),
         "Priya Natarajan shared the file 'Okafor B - discharge summary.docx' with you",
         alt("""Priya Natarajan shared a file with you

Okafor B - discharge summary.docx

"Here's his summary from Mercy, f/u w/ you next week."

Open: https://rivermark-my.sharepoint.example.com/:w:/g/personal/pnatarajan/EbX7Qz1

This link will work for people in Rivermark Health.
""", """<table><tr><td><p><b>Priya Natarajan shared a file with you</b></p><p style="font-size:18px">&#128196; Okafor B - discharge summary.docx</p><p>&quot;Here&#39;s his summary from Mercy, f/u w/ you next week.&quot;</p><p><a href="https://rivermark-my.sharepoint.example.com/:w:/g/personal/pnatarajan/EbX7Qz1">Open</a></p><p style="color:#666;font-size:11px">This link will work for people in Rivermark Health.</p></td></tr></table>
"""), dt('2026-12-02 13:37', '-0600'), style='system', extra=AUTO))

add('shared-sheet-wound-log-pruitt', 'phi',
    'Google Sheets invitation; the title names a patient, his room and a wound log',
    mail('shared-sheet-wound-log-pruitt',
         A('Hannah Cole (via Google Sheets)', 'drive-shares-dm-noreply@docs.example.com'),
         A('bnakashima@sunrisehh.example.org'),
         'Spreadsheet shared with you: "Wound measurements - Pruitt, Harold (rm 22)"',
         alt("""Hannah Cole (hcole@sunrisehh.example.org) has invited you to edit the following spreadsheet:

Wound measurements - Pruitt, Harold (rm 22)
https://docs.example.com/spreadsheets/d/1hQ8Zf0Kx2/edit?usp=sharing_eil

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because someone shared a spreadsheet with you from Google Sheets.
""", """<p>Hannah Cole (<a href="mailto:hcole@sunrisehh.example.org">hcole@sunrisehh.example.org</a>) has invited you to <b>edit</b> the following spreadsheet:</p><p><a href="https://docs.example.com/spreadsheets/d/1hQ8Zf0Kx2/edit?usp=sharing_eil">Wound measurements - Pruitt, Harold (rm 22)</a></p>
""", upper=True), dt('2026-11-25 15:11', '-0500'), style='system'))

add('appt-confirm-derm-mole-check', 'phi',
    'appointment confirmation to a named patient for a mole evaluation',
    mail('appt-confirm-derm-mole-check',
         A('Cedar Valley Clinic', 'appointments@cedarvalley.example.org'),
         A('Theodore Brandvold', 'tbrandvold@inbox.example.com'),
         'Appointment confirmed: Tue, Dec 15 at 10:20 AM',
         alt("""Hi Theodore,

Your appointment is confirmed.

Dermatology - skin check / mole evaluation
Dr. Hana Osei
Tue, Dec 15, 2026 at 10:20 AM
Cedar Valley Clinic, 2nd floor, 880 Larch St

Need to cancel? Call 555-0128 at least 24 hours ahead.
""", """<p>Hi Theodore,</p><p>Your appointment is <b>confirmed</b>.</p><p><b>Dermatology - skin check / mole evaluation</b><br>Dr. Hana Osei<br>Tue, Dec 15, 2026 at 10:20 AM<br>Cedar Valley Clinic, 2nd floor, 880 Larch St</p><p>Need to cancel? Call 555-0128 at least 24 hours ahead.</p>
"""), dt('2026-11-20 12:00', '-0700'), style='system', extra=AUTO))

add('appt-cancelled-endocrinology', 'phi',
    'clinic cancels a named patient\'s endocrinology visit and mentions her levothyroxine',
    mail('appt-cancelled-endocrinology',
         A('Rivermark Scheduling', 'scheduling@rivermarkhealth.example.org'),
         A('Wilhelmina Baptiste', 'wbaptiste@mail.example.net'),
         'Your appointment on 12/17 has been cancelled',
         T("""Dear Wilhelmina Baptiste,

Your appointment with Dr. Farid Haddad (Endocrinology) on Thursday 12/17/2026 at 2:40 PM has been cancelled because the provider is unavailable. We are sorry for the inconvenience.

Please call 555-0125 to reschedule. Keep taking your levothyroxine as prescribed until you are seen.

Rivermark Health Scheduling
"""), dt('2026-12-04 08:15', '-0600'), style='system', extra=AUTO))

add('pharmacy-reminder-shingrix-dose2', 'phi',
    'pharmacy reminds a named customer that his second Shingrix dose is due',
    mail('pharmacy-reminder-shingrix-dose2',
         A('Maple Street Pharmacy', 'care@maplestreetrx.example.com'),
         A('Walter Yee', 'wyee44@mailbox.example.net'),
         'Walter, your 2nd shingles shot is due',
         alt("""Hi Walter,

Our records show you received your first Shingrix dose on 07/10/2026. Your second dose is now due.

Walk in any time, or book: https://maplestreetrx.example.com/vaccines

Maple Street Pharmacy #2231 - 555-0117
""", """<p>Hi Walter,</p><p>Our records show you received your first <b>Shingrix</b> dose on 07/10/2026. Your second dose is now due.</p><p><a href="https://maplestreetrx.example.com/vaccines">Book now</a></p>
"""), dt('2026-11-18 10:00', '-0600'), style='system', extra=AUTO))

add('ooo-autoreply-lindqvist-breast-bx', 'phi',
    'out-of-office auto-reply whose subject names a patient and her breast biopsy results',
    mail('ooo-autoreply-lindqvist-breast-bx',
         A('Dr. Renata Kolb', 'rkolb@westbrookbreast.example.org'),
         A('Dr. Simone Achebe', 'sachebe@westbrookbreast.example.org'),
         'Automatic reply: Lindqvist, Maja - breast bx results',
         outlook_alt("""I am out of the office until Monday 12/7 with limited access to email.

For urgent patient matters please call the Breast Center nurse line at 555-0143.

Renata Kolb, MD
"""), dt('2026-12-03 17:26', '-0500'), style='outlook',
         extra=[('Auto-Submitted', 'auto-replied'),
                ('X-Auto-Response-Suppress', 'All')]))

add('billing-statement-ready-urgent-care', 'phi',
    'statement notice: named patient, account number, balance for an urgent-care visit',
    mail('billing-statement-ready-urgent-care',
         A('Westbrook Urgent Care Billing', 'billing@westbrookuc.example.com'),
         A('Pablo Echeverria', 'pecheverria@inbox.example.com'),
         'Your statement is ready',
         T("""Dear Pablo Echeverria,

A new statement is ready.

Account: 40019387
Date of service: 11/03/2026 - Westbrook Urgent Care
Amount due: $142.60 by 12/28/2026

Pay online at https://pay.westbrookuc.example.com or call 555-0109.
"""), dt('2026-11-28 06:00', '-0600'), style='system', extra=AUTO))

add('school-nurse-fever-pickup', 'phi',
    'school nurse tells a parent her named son has a temperature of 100.9 and must go home',
    mail('school-nurse-fever-pickup',
         A('Nurse Boateng', 'aboateng@linwoodms.example.org'),
         A('Linh Tran', 'linhtran@mail.example.net'),
         'Kevin - nurse office',
         T("""Hi Ms. Tran,

Kevin came to see me 5th period with a headache and a temp of 100.9. Per district policy he needs to go home. Please pick him up at the front office when you can - he's resting here.

Ama Boateng, RN
Linwood Middle School Health Office
555-0156
"""), dt('2026-12-02 12:47', '-0500'), style='plain',
         mailer='Microsoft Outlook 16.0'))

add('hr-return-to-work-shoulder', 'phi',
    'HR confirms a named employee\'s return with a lifting restriction pending ortho review',
    mail('hr-return-to-work-shoulder',
         A('Denise Holloway', 'dholloway@tristatefreight.example.com'),
         A('Luis Carvajal', 'lcarvajal@tristatefreight.example.com'),
         'RE: doctor note',
         outlook_alt("""Hi Luis,

Got the note from Dr. Abara's office - you're cleared to come back 12/14 on light duty, no lifting over 20 lb until ortho re-checks your shoulder on 1/5. I let Mike know so he can put you on dispatch.

Denise Holloway
HR Generalist | Tri-State Freight
"""), dt('2026-12-04 09:30', '-0500'), style='outlook',
         reply='<CH2PR05MB4410F1@CH2PR05MB4410.namprd05.prod.outlook.example.com>'))

add('anticoag-inr-one-liner', 'phi',
    'anticoagulation nurse one-liner: named patient INR 3.8, warfarin held, recheck',
    mail('anticoag-inr-one-liner',
         A('Jo Whitlock RN', 'jwhitlock@lakeshorefm.example.org'),
         A('Dr. Priya Anand', 'panand@lakeshorefm.example.org'),
         'Kaminski INR',
         T('INR 3.8 on Kaminski today (goal 2-3). Holding tonight, then 5 mg daily except 2.5 Mon/Fri, recheck Fri. -Jo\n'),
         dt('2026-12-03 14:02', '-0600'), style='plain',
         mailer='Microsoft Outlook 16.0'))

add('reply-squeeze-in-gout-flare', 'phi',
    'physician reply about fitting in a named patient with a swollen big toe and prior gout',
    mail('reply-squeeze-in-gout-flare',
         A('Rafael Dominguez', 'rdominguez@lakeshorefm.example.org'),
         A('Front Desk', 'frontdesk@lakeshorefm.example.org'),
         'Re: add on?',
         apple_text('sure, send him at 2:15. is this the guy w/ the gout flare last spring? -R' +
                    quote_apple('Front Desk <frontdesk@lakeshorefm.example.org>',
                                'Dec 4, 2026, at 10:51 AM',
                                "Can you squeeze in Tom Heller today? Big toe swollen and red\nsince yesterday, can't put a shoe on."),
                    sig=None),
         dt('2026-12-04 10:58', '-0600'), style='apple'))

add('front-desk-insurance-card-photos', 'phi',
    'front desk forwards insurance-card photos of a named new patient before her visit',
    mail('front-desk-insurance-card-photos',
         A('Marta Giordano', 'mgiordano@cedarvalley.example.org'),
         A('Eligibility', 'elig@cedarvalley.example.org'),
         'ins card - 3:15 new pt',
         M('mixed', outlook_alt("""3:15 new pt (Yolanda Pierce) forgot her card, she texted pics. Can you run elig before she gets here?

Marta
"""), att('image/jpeg', jpeg(160, 96, 200), 'Pierce_Y_ins_front.jpg'),
           att('image/jpeg', jpeg(160, 96, 190), 'Pierce_Y_ins_back.jpg')),
         dt('2026-12-01 13:20', '-0700'), style='outlook'))

_ics = ics('Canceled: L knee arthroscopy - Brandt, Oskar', '20261210T120000',
           '20261210T133000', '040000008200E00074C5B7101A82E00800000000F04B7A2C91CADB010000000000000000100000007A11',
           ('OR Scheduling', 'orsched@rivermarkhealth.example.org'),
           [('Dr. Neil Feld', 'nfeld@rivermarkhealth.example.org'),
            ('Anesthesia Scheduling', 'anesthesia@rivermarkhealth.example.org')],
           location='Rivermark Main OR 6', description='Pt cancelled - has COVID. Will rebook after 1/4.',
           method='CANCEL', tz='Central Standard Time', sequence=2,
           stamp='20261204T141500Z')
add('ics-cancel-knee-arthroscopy', 'phi',
    'calendar cancellation of a named patient\'s knee arthroscopy (patient has COVID)',
    mail('ics-cancel-knee-arthroscopy',
         A('OR Scheduling', 'orsched@rivermarkhealth.example.org'),
         [A('Dr. Neil Feld', 'nfeld@rivermarkhealth.example.org'),
          A('Anesthesia Scheduling', 'anesthesia@rivermarkhealth.example.org')],
         'Canceled: L knee arthroscopy - Brandt, Oskar',
         outlook_invite('Pt cancelled - has COVID. Will rebook after 1/4.\n', _ics,
                        method='CANCEL'),
         dt('2026-12-04 08:15', '-0600'), style='outlook',
         extra=[('Importance', 'high')]))

add('voicemail-hospice-morphine-increase', 'phi',
    'voicemail transcription: hospice nurse reports on a named patient and a morphine increase',
    mail('voicemail-hospice-morphine-increase',
         A('Voicemail', 'voicemail@pbx.oakridgeim.example.org'),
         A('Dr. Hollis Grant', 'hgrant@oakridgeim.example.org'),
         'Voicemail from EVENING STAR HOSPICE <555-0184>',
         M('mixed', T(voicemail_text('EVENING STAR HOSPICE', '555-0184',
                                     'Dec 1, 2026 6:58 PM', '1:02', """Hi doctor Grant this is Colleen with Evening Star hospice calling about your patient Walter Alder. He's more comfortable tonight. We went up on the morphine concentrate to ten milligrams every two hours as needed per the on-call, and the family's at the bedside. Just wanted you to know, you don't need to call back unless you want to change anything.""",
                                     conf='high')),
           att('audio/wav', wav(80), 'message.wav')),
         dt('2026-12-01 18:59', '-0500'), style='system'))

add('efax-prior-auth-adalimumab-approved', 'phi',
    'faxed prior-authorization approval for a named member with member ID',
    mail('efax-prior-auth-adalimumab-approved',
         A('Fax Server', 'faxserver@summitrheum.example.org'),
         A('Prior Auth Team', 'priorauth@summitrheum.example.org'),
         'Fax received from SUMMIT HEALTH PLAN (1 page)',
         M('mixed', T('Fax received 12/01/2026 09:44 from 555-0190 (SUMMIT HEALTH PLAN). 1 page.\n'),
           att('application/pdf', pdf([[
               'SUMMIT HEALTH PLAN - PHARMACY PRIOR AUTHORIZATION', '',
               'DECISION: APPROVED', '',
               'Member: ZIMMER, CAROL A     Member ID: SHP448120973',
               'DOB: 05/22/1966',
               'Drug: adalimumab 40 mg/0.4 mL pen, every 14 days',
               'Diagnosis: M06.9 rheumatoid arthritis',
               'Valid: 12/01/2026 - 11/30/2027',
               'Prescriber: Dr. Elaine Choi', '',
               'Questions: Pharmacy Services 555-0190']]),
               'SHP_PA_20261201_0944.pdf')),
         dt('2026-12-01 09:45', '-0500'), style='system', extra=AUTO))

add('dental-recall-cleaning-xrays', 'phi',
    'dental recall to a named patient with her last visit date and x-rays due',
    mail('dental-recall-cleaning-xrays',
         A('Brightsmile Family Dental', 'hello@brightsmile.example.com'),
         A('Sofia Marchetti', 'sofia.marchetti@inbox.example.com'),
         "Sofia, it's time for your checkup!",
         alt("""Hi Sofia!

It's time for your 6-month cleaning and bitewing x-rays. Your last visit was 05/12/2026 with Dr. Yusuf.

Book online: https://brightsmile.example.com/book
Or call us at 555-0131.
""", """<h2>Hi Sofia!</h2><p>It&#39;s time for your 6-month cleaning and bitewing x-rays. Your last visit was 05/12/2026 with Dr. Yusuf.</p><p><a href="https://brightsmile.example.com/book">Book online</a> or call 555-0131.</p>
"""), dt('2026-11-16 09:00', '-0800'), style='system', extra=AUTO))

add('android-cant-make-it-dizzy-tamsulosin', 'phi',
    'named patient cancels and reports dizzy spells since a tamsulosin increase',
    mail('android-cant-make-it-dizzy-tamsulosin',
         A('Harvey Lindholm', 'hlindholm52@mail.example.net'),
         A('Oakridge Internal Medicine', 'appointments@oakridgeim.example.org'),
         'thursday',
         gmail_alt("""cant make it thurs, my car broke down. can we do next week sometime? also still having the dizzy spells when i stand up, its worse since they upped the tamsulosin

Harvey Lindholm
"""), dt('2026-12-01 20:11', '-0500'), style='gmail',
         extra=[('X-Mailer', 'Gmail for Android')]))

add('son-asks-eliquis-dose-change', 'phi',
    'son asks whether his named mother\'s (DOB given) Eliquis dose was changed',
    mail('son-asks-eliquis-dose-change',
         A('Mark Kozlowski', 'mkozlowski@inbox.example.com'),
         A('Oakridge Internal Medicine', 'appointments@oakridgeim.example.org'),
         "Mom's Eliquis",
         gmail_alt("""Hi, quick question - did Mom's doctor change her Eliquis dose? The new bottle from the pharmacy says 2.5 mg twice a day, before it was 5.

Mom is Irene Kozlowski, DOB 11/03/1938.

Thanks,
Mark Kozlowski
"""), dt('2026-11-29 12:22', '-0500'), style='gmail'))

add('missed-call-voicemail-ed-chest-pain', 'phi',
    'missed call plus voicemail: ED physician reports on a named patient\'s chest pain workup',
    mail('missed-call-voicemail-ed-chest-pain',
         A('Phone System', 'noreply@voice.example.com'),
         A('Dr. Carl Whitfield', 'cwhitfield@northsidepc.example.org'),
         'Missed call and voicemail from (614) 555-0193',
         T("""Missed call from (614) 555-0193 at 9:17 AM. The caller left a voicemail (0:38).

Transcript:
Hey Dr. Whitfield it's Dan Ocampo in the Mercy ED. Your patient Marvin Toole came in this morning with chest pain, two troponins negative, EKG unchanged from last year, we're sending him home. He's got the stress test ordered, just want you to see him this week. Call me if you want, 555-0193.

Listen: https://voice.example.com/m/7Gq20c
"""), dt('2026-11-25 09:18', '-0500'), style='system', extra=AUTO))

add('page-gateway-bed12-hypotension', 'phi',
    'paging gateway message: named inpatient with chest pain, BP 88/50',
    mail('page-gateway-bed12-hypotension',
         A('Page Gateway', 'paging@rivermarkhealth.example.org'),
         A('hospitalist-pager-3@rivermarkhealth.example.org'),
         'PAGE 4W',
         T('4W x4120 Bed 12 Huang, C. c/o CP, BP 88/50 HR 118, EKG on chart. pls call -Tori RN\n'),
         dt('2026-12-02 03:41', '-0600'), style='plain', extra=AUTO))

add('teams-paste-vanc-trough-mendez', 'phi',
    'pasted Teams chat: named patient\'s vancomycin trough and a held dose',
    mail('teams-paste-vanc-trough-mendez',
         A('Wendell, Kurt (PharmD)', 'kwendell@rivermarkhealth.example.org'),
         A('ID Pharmacy', 'idpharm@rivermarkhealth.example.org'),
         'FYI re the Mendez vanc question',
         outlook_alt("""FYI, this is what was decided on rounds this morning:

[9:02 AM] Wendell, Kurt (PharmD)
vanc trough on Mendez came back 24.1, 2nd dose due at 10. hold?
[9:04 AM] Dossou, Amina (Resident)
yes hold, repeat level in AM and check creat. ok with you?
[9:04 AM] Wendell, Kurt (PharmD)
yep, will re-dose per level

Kurt
"""), dt('2026-12-02 09:20', '-0600'), style='outlook'))

add('mammogram-confirm-reply-y', 'phi',
    'named patient replies Y to confirm her screening mammogram',
    mail('mammogram-confirm-reply-y',
         A('Dolores Quintero', 'dquintero61@mailbox.example.net'),
         A('Westbrook Breast Imaging', 'scheduling@westbrookbreast.example.org'),
         'Re: Please confirm your mammogram',
         apple_text('Y' + quote_apple('Westbrook Breast Imaging <scheduling@westbrookbreast.example.org>',
                                     'Nov 30, 2026, at 8:00 AM',
                                     'Dolores, reply Y to confirm your screening mammogram on\nWed 12/16 at 1:40 PM. No deodorant or powder that day.'),
                    sig=None),
         dt('2026-11-30 08:12', '-0500'), style='apple'))

add('fwd-claim-denial-modifier-25', 'phi',
    'forwarded payer snippet: named member\'s claim, CPT codes and denial',
    mail('fwd-claim-denial-modifier-25',
         A('Harmon, Lisa', 'lharmon@vossfamilymed.example.org'),
         A('Coding', 'coding@vossfamilymed.example.org'),
         'FW: claim 2026113004471',
         outlook_alt("""see below - can you resubmit w/ mod 25? thx

-----Original Message-----
From: Provider Portal <noreply@provider.summithealthplan.example.com>
Sent: Wednesday, December 2, 2026 4:11 AM
Subject: Claim status change

Claim 2026113004471 | Member GORDON, ELAINE | DOS 11/04/2026
CPT 99214, 20610 | Status: DENIED
CARC 4 - procedure code inconsistent with the modifier used
"""), dt('2026-12-02 08:47', '-0800'), style='outlook'))

add('iphone-incision-itch-day9', 'phi',
    'named patient asks whether itching on day 9 after hernia repair is normal',
    mail('iphone-incision-itch-day9',
         A('Ramona Fitzgerald', 'ramonafitz@inbox.example.com'),
         A('Dr. Okafor Surgical Associates', 'office@okaforsurgery.example.org'),
         'incision',
         apple_text("Is it normal for the incision to itch this much? It's day 9 after the hernia repair. No redness just itchy.\nRamona"),
         dt('2026-11-24 21:37', '-0500'), style='apple'))

add('vcard-mom-allergies-warfarin', 'phi',
    'contact card for a named mother whose NOTE lists allergies, warfarin and her cardiologist',
    mail('vcard-mom-allergies-warfarin',
         A('Celeste Mercer', 'cmercer@mailbox.example.net'),
         A('Intake - Harborview Home Care', 'intake@harborviewhc.example.org'),
         "Mom's contact",
         M('mixed', T("Here is Mom's contact for the home care intake.\n\nSent from my iPhone\n"),
           Leaf('text/vcard; name="Rosalind Mercer.vcf"', vcard([
               'N:Mercer;Rosalind;;;', 'FN:Rosalind Mercer',
               'TEL;type=HOME:555-0172', 'ADR;type=HOME:;;48 Birch Ln;Westbrook;OH;44107;',
               'BDAY:1937-04-19',
               'NOTE:Allergic to penicillin & sulfa. On warfarin. Dr. Ibarra is her cardiologist.']).encode(),
               'quoted-printable', disp='attachment; filename="Rosalind Mercer.vcf"')),
         dt('2026-11-19 16:02', '-0500'), style='apple'))

add('dme-oxygen-concentrator-delivery', 'phi',
    'DME delivery notice to a named patient with his oxygen prescription',
    mail('dme-oxygen-concentrator-delivery',
         A('Keystone Home Medical', 'delivery@keystonehm.example.com'),
         A('Arthur Penhallow', 'apenhallow@mail.example.net'),
         'Your delivery is scheduled for Fri 12/11',
         T("""Hello Arthur Penhallow,

Your home oxygen concentrator delivery is scheduled for Friday 12/11 between 1 and 5 PM. A technician will set it up and show you how to use it.

Prescribed: 2 L/min continuous by nasal cannula (order from Dr. Tamsin Reyes)
Order #KH-208113

Questions: 555-0150
"""), dt('2026-12-04 15:00', '-0500'), style='system', extra=AUTO))

add('telehealth-starts-15-min-rheum', 'phi',
    'video-visit reminder to a named patient for a rheumatology appointment',
    mail('telehealth-starts-15-min-rheum',
         A('Cedar Valley Virtual Care', 'virtualcare@cedarvalley.example.org'),
         A('Bernadette Lowry', 'blowry@inbox.example.com'),
         'Your video visit starts in 15 minutes',
         T("""Bernadette, your video visit with Dr. Kenji Sato (Rheumatology) starts at 3:00 PM.

Join: https://visit.cedarvalley.example.org/j/88412093

Have your medication list and your joint-pain diary ready.
"""), dt('2026-12-03 14:45', '-0700'), style='system', extra=AUTO))

add('eob-ready-westgate-imaging', 'phi',
    'EOB notice to a named member: claim, provider, service date and amount owed',
    mail('eob-ready-westgate-imaging',
         A('Summit Health Plan', 'member-notices@summithealthplan.example.com'),
         A('Nathaniel Oyelaran', 'noyelaran@mail.example.net'),
         'A new Explanation of Benefits is ready',
         alt("""Hi Nathaniel,

A new Explanation of Benefits (EOB) is ready.

Member: Nathaniel Oyelaran
Claim ending: 4471
Provider: Westgate Imaging
Service date: 11/18/2026
You may owe: $212.40

This is not a bill. View it at https://members.summithealthplan.example.com/eob
""", """<p>Hi Nathaniel,</p><p>A new Explanation of Benefits (EOB) is ready.</p><table><tr><td>Member</td><td>Nathaniel Oyelaran</td></tr><tr><td>Claim ending</td><td>4471</td></tr><tr><td>Provider</td><td>Westgate Imaging</td></tr><tr><td>Service date</td><td>11/18/2026</td></tr><tr><td>You may owe</td><td>$212.40</td></tr></table><p>This is not a bill.</p>
"""), dt('2026-12-01 05:30', '-0500'), style='system', extra=AUTO))

add('athletic-trainer-concussion-stage2', 'phi',
    'athletic trainer tells a coach a named student is in concussion return-to-play stage 2',
    mail('athletic-trainer-concussion-stage2',
         A('Corey Mbatha ATC', 'cmbatha@eastfieldhs.example.org'),
         A('Coach Dillard', 'rdillard@eastfieldhs.example.org'),
         'Jaylen',
         T('Coach - Jaylen Brooks is still in stage 2 of the return-to-play protocol after the concussion on 11/20. No contact at practice until Dr. Mbeki clears him, probably next week.\n\nCorey\n'),
         dt('2026-12-01 15:10', '-0500'), style='plain', mailer='Microsoft Outlook 16.0'))

add('hr-fmla-knee-replacement-approved', 'phi',
    'HR approves a named employee\'s FMLA leave for knee replacement surgery',
    mail('hr-fmla-knee-replacement-approved',
         A('Leave Administration', 'leave@tristatefreight.example.com'),
         A('Gloria Santangelo', 'gsantangelo@tristatefreight.example.com'),
         'FMLA request 26-0419 approved',
         T("""Gloria,

Your FMLA leave request (case 26-0419) is approved for 01/06/2027 through 02/17/2027 for your knee replacement surgery. Please send the return-to-work certification from your surgeon before your first day back.

Leave Administration
"""), dt('2026-12-02 11:05', '-0500'), style='system'))

_ics = ics('GI Tumor Board - Dec 10', '20261210T070000', '20261210T080000',
           '040000008200E00074C5B7101A82E0080000000030D92F17F0C9DB010000000000000000100000004B02',
           ('Tumor Board Coordinator', 'tumorboard@summitcancer.example.org'),
           [('GI Oncology', 'gi-onc@summitcancer.example.org'),
            ('Radiology', 'rad-conf@summitcancer.example.org'),
            ('Pathology', 'path-conf@summitcancer.example.org')],
           location='Conf Rm 3A / Teams',
           description='Cases:\n1) Voss, Helena 61F MRN 2049913 - pancreatic head mass, EUS-FNA adenocarcinoma, resectability\n2) Tanaka, Ryo 72M MRN 1187340 - rectal ca restaging after TNT\nImages loaded by Tues noon.',
           tz='Eastern Standard Time', stamp='20261203T210000Z')
add('ics-tumor-board-with-cases', 'phi',
    'tumor board invitation whose DESCRIPTION lists two named patients with MRNs and diagnoses',
    mail('ics-tumor-board-with-cases',
         A('Tumor Board Coordinator', 'tumorboard@summitcancer.example.org'),
         [A('GI Oncology', 'gi-onc@summitcancer.example.org'),
          A('Radiology', 'rad-conf@summitcancer.example.org'),
          A('Pathology', 'path-conf@summitcancer.example.org')],
         'GI Tumor Board - Dec 10',
         outlook_invite("""Cases:
1) Voss, Helena 61F MRN 2049913 - pancreatic head mass, EUS-FNA adenocarcinoma, resectability
2) Tanaka, Ryo 72M MRN 1187340 - rectal ca restaging after TNT
Images loaded by Tues noon.
""", _ics), dt('2026-12-03 16:00', '-0500'), style='outlook'))

_ics = ics('Family meeting re: Dad (Ray Colton) - ICU goals of care',
           '20261205T190000Z', '20261205T200000Z', '7hv1r0qk2p3n8m5d6c4b9a0s1x@example.com',
           ('Shannon Colton', 'shannon.colton@mail.example.net'),
           [('Dale Colton', 'dcolton@inbox.example.com'),
            ('Renee Colton-Ames', 'reneeames@mailbox.example.net')],
           location='Mercy Hospital ICU 5 East family room',
           description='Dr. Iyer and the palliative team will be there. Dad is still on the vent. Call in if you can\'t make it: 555-0111.',
           style='google', stamp='20261203T012000Z')
add('google-invite-icu-family-meeting', 'phi',
    'family calendar invite about a named father on a ventilator, ICU goals-of-care meeting',
    mail('google-invite-icu-family-meeting',
         A('Shannon Colton', 'shannon.colton@mail.example.net'),
         [A('Dale Colton', 'dcolton@inbox.example.com'),
          A('Renee Colton-Ames', 'reneeames@mailbox.example.net')],
         'Invitation: Family meeting re: Dad (Ray Colton) - ICU goals of care @ Sat Dec 5, 2026 2pm - 3pm (EST)',
         google_invite('Family meeting re: Dad (Ray Colton) - ICU goals of care',
                       'Saturday Dec 5, 2026 2pm \u2013 3pm Eastern Time - New York',
                       ('Shannon Colton', 'shannon.colton@mail.example.net'),
                       [('Dale Colton', 'dcolton@inbox.example.com'),
                        ('Renee Colton-Ames', 'reneeames@mailbox.example.net')], _ics,
                       location='Mercy Hospital ICU 5 East family room',
                       description="Dr. Iyer and the palliative team will be there. Dad is still on the vent. Call in if you can't make it: 555-0111.",
                       account='dcolton@inbox.example.com'),
         dt('2026-12-02 20:20', '-0500'), style='gmail'))

add('app-alert-urgent-low-glucose-child', 'phi',
    'CGM follower alert to a parent: named child\'s glucose 52 mg/dL',
    mail('app-alert-urgent-low-glucose-child',
         A('GlucoFollow', 'alerts@glucofollow.example.com'),
         A('Nicole Ferraro', 'nferraro@inbox.example.com'),
         'Urgent Low: Eli 52 mg/dL \u2193',
         T("""Urgent Low Alert

Eli  52 mg/dL \u2193  at 2:14 AM

You are following Eli Ferraro. Open the app to see the graph.
To stop these emails, change your alert settings in GlucoFollow.
"""), dt('2026-11-26 02:14', '-0600'), style='system', extra=AUTO))

add('app-cpap-weekly-usage-ahi', 'phi',
    'CPAP app weekly summary for a named user: usage hours and AHI',
    mail('app-cpap-weekly-usage-ahi',
         A('SleepLink', 'weekly@sleeplink.example.com'),
         A('Howard Ng', 'howardng@mailbox.example.net'),
         'Howard, your week with CPAP',
         alt("""Howard, here is your week (Nov 23 - Nov 29):

Average use: 6.2 hours/night (7 of 7 nights)
AHI: 3.1 events/hour
Mask seal: Good

Your equipment provider, Keystone Home Medical, can see this report.
""", """<h3>Howard, here is your week (Nov 23 - Nov 29)</h3><ul><li>Average use: <b>6.2 hours/night</b> (7 of 7 nights)</li><li>AHI: <b>3.1</b> events/hour</li><li>Mask seal: Good</li></ul><p style="font-size:11px">Your equipment provider, Keystone Home Medical, can see this report.</p>
"""), dt('2026-11-30 07:00', '-0800'), style='system', extra=AUTO))

add('thanks-reply-splint-instructions', 'phi',
    'patient\'s thank-you above the nurse\'s splint care instructions and ortho appointment',
    mail('thanks-reply-splint-instructions',
         A('Samira Haddad', 'samira.haddad@mail.example.net'),
         A('Westbrook Urgent Care', 'followup@westbrookuc.example.com'),
         'Re: Your visit today',
         gmail_alt("""thank you so much!! will do

On Fri, Dec 4, 2026 at 6:12 PM Westbrook Urgent Care <followup@westbrookuc.example.com> wrote:

> Hi Samira, as discussed: keep the splint on and dry, ice 20 min at a
> time, ibuprofen as needed. X-ray showed a small wrist fracture.
> Ortho appt Mon 12/7 10 AM with Dr. Lindqvist.
"""), dt('2026-12-04 18:40', '-0500'), style='gmail',
         reply='<uc-fu-20261204-2291@westbrookuc.example.com>'))

add('marked-secure-call-me', 'phi',
    'borderline: [Secure]-tagged message with no clinical content; the sender asked for protection',
    mail('marked-secure-call-me',
         A('Dr. Bianca Lowe', 'blowe@northsidepc.example.org'),
         A('Dr. Carl Whitfield', 'cwhitfield@northsidepc.example.org'),
         '[Secure] call me',
         T('call me when you get a sec, re what we discussed yesterday. -B\n'),
         dt('2026-12-02 12:05', '-0500'), style='plain',
         mailer='Microsoft Outlook 16.0',
         extra=[('X-Sensitivity', 'Private')]))

add('bounce-referral-subject-ana', 'phi',
    'bounce notice whose returned headers carry a subject naming a patient and a positive ANA',
    mail('bounce-referral-subject-ana',
         A('Mail Delivery System', 'MAILER-DAEMON@mx1.northsidepc.example.org'),
         A('cwhitfield@northsidepc.example.org'),
         'Undelivered Mail Returned to Sender',
         dsn("""This is the mail system at host mx1.northsidepc.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<referal@rheumpartners.example.org>: host mx.rheumpartners.example.org said:
    550 5.1.1 User unknown
""", 'mx1.northsidepc.example.org', 'referal@rheumpartners.example.org',
             '5.1.1', '550 5.1.1 User unknown', """From: Dr. Carl Whitfield <cwhitfield@northsidepc.example.org>
To: referal@rheumpartners.example.org
Subject: Referral - Ostrowski, Teresa - ANA 1:640 speckled, joint pain
Date: Thu, 03 Dec 2026 10:02:11 -0500
Message-ID: <7c1e0a44.5512@northsidepc.example.org>
""", 'Thu, 03 Dec 2026 10:02:12 -0500'),
         dt('2026-12-03 10:02', '-0500'), style='system', extra=AUTO))

add('inbasket-critical-hgb-chen', 'phi',
    'results-inbox notice: named patient with MRN has a critical hemoglobin 6.8',
    mail('inbasket-critical-hgb-chen',
         A('Clarion EHR Notifications', 'notify@clarion.rivermarkhealth.example.org'),
         A('Dr. Samuel Achterberg', 'sachterberg@rivermarkhealth.example.org'),
         'You have 1 new result to review (critical)',
         T("""You have 1 new result to review.

CHEN, WEI (MRN 5510276) - CBC w/ diff - CRITICAL
Hgb 6.8 g/dL (LL)

Log in to Clarion to acknowledge. This notice was sent because your critical-result delivery preference is set to e-mail.
"""), dt('2026-12-04 05:52', '-0600'), style='system', extra=AUTO))

# ==========================================================================
# phi, not in English

add('es-iphone-losartan-presion', 'phi',
    'Spanish: named patient reports BP 160/95 on losartan and asks about his dose',
    mail('es-iphone-losartan-presion',
         A('Héctor Villalobos', 'hvillalobos@correo.example.net', 'utf-8'),
         A('Clínica San Judas', 'citas@clinicasanjudas.example.org', 'utf-8'),
         'La presión sigue alta',
         T("""Buenos días doctora, ya me tomé la pastilla de la presión (losartán 50) como me dijo pero sigo con 160/95 en la mañana. ¿Subo la dosis o espero a la cita del 14?
Héctor Villalobos

Enviado desde mi iPhone
""", cs='utf-8', cte='quoted-printable'),
         dt('2026-12-02 07:18', '-0600'), style='apple', subj_cs='utf-8',
         subj_mode='Q'), lang='es')

add('es-cita-pediatria-vacuna-latin1', 'phi',
    'Spanish: appointment confirmation for a named child (record number) for a 4-year check and vaccine',
    mail('es-cita-pediatria-vacuna-latin1',
         A('Centro de Salud Las Acacias', 'citas@cs-acacias.example.es.test'),
         A('familia.ibanez@correo.example.es.test'),
         'Confirmación de cita - Pediatría',
         T("""Estimada familia Ibáñez:

Le confirmamos la cita de Mateo Ibáñez Ruiz (NHC 20418837) en Pediatría con la Dra. Lucía Fontán el jueves 10 de diciembre a las 16:30.

Es la revisión de los 4 años con vacuna (DTPa-VPI). Traiga la cartilla de vacunación y la tarjeta sanitaria.

Para anular o cambiar la cita, llame al 91 555 0147.

Centro de Salud Las Acacias
""", cs='iso-8859-1', cte='base64'),
         dt('2026-12-01 12:30', '+0100'), style='system', subj_cs='iso-8859-1',
         extra=AUTO), lang='es')

add('fr-rappel-kine-epaule-latin1', 'phi',
    'French: reminder to a named patient of a physiotherapy session for her shoulder',
    mail('fr-rappel-kine-epaule-latin1',
         A('Cabinet de kinésithérapie Garnier', 'rdv@kine-garnier.example.fr.test', 'iso-8859-1', 'Q'),
         A('Élodie Marchand', 'elodie.marchand@courriel.example.fr.test', 'iso-8859-1', 'Q'),
         'Rappel : votre séance de kinésithérapie mardi 8 décembre',
         T("""Bonjour Madame Marchand,

Nous vous rappelons votre séance de rééducation de l'épaule droite (capsulite) avec M. Thibault Garnier le mardi 8 décembre à 18h15.

Merci d'apporter votre ordonnance et votre carte Vitale.

En cas d'empêchement, prévenez-nous 24 h à l'avance au 01 555 0162.

Cabinet Garnier - 12 rue des Tanneurs
""", cs='iso-8859-1', cte='quoted-printable'),
         dt('2026-12-04 09:00', '+0100'), style='system', subj_cs='iso-8859-1',
         subj_mode='Q', extra=AUTO), lang='fr')

add('fr-messagerie-vocale-glycemie', 'phi',
    'French: voicemail transcription telling a named patient her glucose and HbA1c are high',
    mail('fr-messagerie-vocale-glycemie',
         A('Messagerie vocale', 'messagerie@vocal.example.fr.test'),
         A('sylvie.girard@courriel.example.fr.test'),
         'Vous avez reçu un nouveau message vocal',
         T("""Nouveau message vocal de 01 555 0139, reçu le 02/12/2026 à 11:04, durée 0:31.

Transcription :
Bonjour Madame Girard, c'est le secrétariat du docteur Lemaire. Vos résultats de prise de sang sont arrivés, le docteur voudrait vous revoir rapidement pour la glycémie et l'hémoglobine glyquée qui sont un peu élevées. Rappelez-nous au 01 555 0139 pour prendre rendez-vous. Bonne journée.

Le message audio est disponible dans votre espace client.
""", cs='utf-8', cte='8bit'),
         dt('2026-12-02 11:05', '+0100'), style='system', subj_cs='utf-8',
         extra=AUTO), lang='fr')

add('de-termin-koloskopie-latin1', 'phi',
    'German: appointment confirmation to a named patient for a colonoscopy with prep rules',
    mail('de-termin-koloskopie-latin1',
         A('Praxis Dr. med. Jörg Hellwig', 'termine@praxis-hellwig.example.de.test', 'iso-8859-1', 'Q'),
         A('Klaus Brünning', 'k.bruenning@post.example.de.test', 'iso-8859-1', 'Q'),
         'Terminbestätigung: Darmspiegelung am 16.12.2026',
         T("""Sehr geehrter Herr Brünning,

hiermit bestätigen wir Ihren Termin zur Darmspiegelung (Koloskopie) am Mittwoch, 16.12.2026, um 08:00 Uhr.

Bitte beachten Sie:
- drei Tage vorher keine körnerhaltigen Lebensmittel
- Abführlösung am Vortag ab 17:00 Uhr nach dem beiliegenden Plan
- nach der Untersuchung dürfen Sie nicht selbst Auto fahren

Mit freundlichen Grüßen
Ihr Praxisteam Dr. Hellwig
Tel. 030 555-0138
""", cs='iso-8859-1', cte='quoted-printable'),
         dt('2026-12-03 16:40', '+0100'), style='plain', subj_cs='iso-8859-1',
         subj_mode='Q', mailer='Praxis-EDV Terminmodul 3.1'), lang='de')

add('de-fax-laborbefund-kreatinin', 'phi',
    'German: e-fax of a lab report for a named patient with DOB (creatinine, potassium high)',
    mail('de-fax-laborbefund-kreatinin',
         A('Fax2Mail', 'fax2mail@praxis-hellwig.example.de.test'),
         A('Praxis Dr. Hellwig', 'praxis@praxis-hellwig.example.de.test', 'utf-8'),
         'Neues Fax von 089 555-0127 – 2 Seiten',
         M('mixed', T("""Sie haben ein neues Fax erhalten.

Absender: 089 555-0127 (Labor Dr. Kühn & Kollegen)
Seiten: 2
Empfangen: 03.12.2026 09:12

Das Fax ist als PDF angehängt.
""", cs='utf-8', cte='base64'), att('application/pdf', pdf([
             ['03.12.2026 09:11  VON: 089 555-0127  AN: 030 555-0137  S. 1/2', '',
              'LABOR DR. KUEHN & KOLLEGEN - LABORBEFUND', '',
              'Patientin: Schaefer, Ingrid   geb. 14.06.1958',
              'Einsender: Praxis Dr. med. J. Hellwig', '',
              'Kreatinin   1,9 mg/dl   (H)   [0,5-1,0]',
              'eGFR        28 ml/min/1,73m2  (L)',
              'Kalium      5,6 mmol/l  (H)   [3,5-5,1]', '',
              'Telefonisch vorab mitgeteilt an Praxis, 08:55 Uhr.'],
             ['03.12.2026 09:12  VON: 089 555-0127  AN: 030 555-0137  S. 2/2', '',
              'Blutbild und CRP: ohne pathologischen Befund.']], flate=True,
             producer='Fax2Mail 7'), 'Laborbefund_Schäfer_Ingrid.pdf')),
         dt('2026-12-03 09:12', '+0100'), style='system', subj_cs='utf-8',
         extra=AUTO), lang='de')

add('pt-whatsapp-vo-glicemia', 'phi',
    'Portuguese: granddaughter sends a family WhatsApp export about her named grandmother\'s glucose 320 on insulin',
    mail('pt-whatsapp-vo-glicemia',
         A('Juliana Moreira', 'jumoreira@correio.example.com.br.test'),
         A('Dra. Fernanda Alencar', 'fernanda.alencar@clinicavida.example.com.br.test'),
         'Glicemia da vó',
         M('mixed', gmail_alt("""Dra. Fernanda, boa tarde.

Segue a conversa do grupo da família sobre a vó (Maria das Graças Moreira). A glicemia dela tem dado acima de 300 de manhã mesmo com a insulina NPH. A gente pode antecipar a consulta?

Obrigada,
Juliana
"""), txt_att("""02/12/2026 07:41 - Juliana: Mãe, quanto deu a glicemia da vó hoje?
02/12/2026 07:55 - Rosângela: 320 em jejum 😟
02/12/2026 07:56 - Juliana: ela tomou as 20 unidades ontem à noite?
02/12/2026 08:03 - Rosângela: tomou sim, e jantou pouco
02/12/2026 08:04 - Paulo: amanhã levo ela no posto pra medir a pressão também
02/12/2026 08:05 - Juliana: vou mandar pra Dra. Fernanda
""", 'Conversa do WhatsApp com Família Moreira.txt')),
         dt('2026-12-02 14:20', '-0300'), style='gmail', subj_cs='utf-8',
         subj_mode='Q'), lang='pt')

add('it-promemoria-visita-cardiologica', 'phi',
    'Italian: reminder to a named patient of a cardiology visit with echocardiogram',
    mail('it-promemoria-visita-cardiologica',
         A('Poliambulatorio San Rocco', 'prenotazioni@sanrocco.example.it.test'),
         A('Giuseppe Manfredi', 'g.manfredi@posta.example.it.test'),
         'Promemoria visita cardiologica - venerdì 11 dicembre',
         T("""Gentile Sig. Giuseppe Manfredi,

le ricordiamo la visita cardiologica con ecocardiogramma prenotata per venerdì 11/12/2026 alle ore 9:30 presso il Poliambulatorio San Rocco, piano terra, ambulatorio 4 (Dott.ssa Chiara Benedetti).

Porti con sé l'impegnativa del medico curante, l'elenco dei farmaci che assume e gli esami precedenti.

Per disdire: 02 555 0141.

Cordiali saluti
Poliambulatorio San Rocco
""", cs='iso-8859-1', cte='8bit'),
         dt('2026-12-04 08:00', '+0100'), style='system', subj_cs='iso-8859-1',
         subj_mode='Q', extra=AUTO), lang='it')

add('pl-sms-wyniki-morfologii', 'phi',
    'Polish: SMS-to-mail telling a named patient her blood count and CRP results are in and about antibiotic treatment',
    mail('pl-sms-wyniki-morfologii',
         A('Przychodnia Zdrowie', 'sms@przychodnia-zdrowie.example.pl.test'),
         A('Katarzyna Nowak', 'k.nowak@poczta.example.pl.test'),
         'Wyniki badań do odbioru',
         T('Pani Katarzyno, wyniki morfologii i CRP są do odbioru. Lekarz prosi o kontakt w sprawie dalszego leczenia antybiotykiem. Tel. 22 555 0133. Przychodnia Zdrowie\n',
           cs='iso-8859-2', cte='quoted-printable'),
         dt('2026-11-26 10:15', '+0100'), style='plain', subj_cs='iso-8859-2',
         subj_mode='Q', extra=AUTO), lang='pl')

add('ru-son-papa-davlenie-koi8r', 'phi',
    'Russian: son writes about his named father (birth year given), BP 180/100 on lisinopril',
    mail('ru-son-papa-davlenie-koi8r',
         A('Сергей Соколов', 's.sokolov@pochta.example.ru.test', 'koi8-r'),
         A('Ирина Павловна Лебедева', 'i.lebedeva@poliklinika12.example.ru.test', 'koi8-r'),
         'Папа, давление',
         T("""Здравствуйте, Ирина Павловна!

Папа (Соколов Виктор Андреевич, 1949 г.р.) опять жалуется на головную боль, давление утром 180/100. Лизиноприл 10 мг пьёт каждый день, как вы назначили. Можно записать его к вам на этой неделе?

Спасибо,
Сергей
8 495 555-0142
""", cs='koi8-r', cte='base64'),
         dt('2026-11-30 08:47', '+0300'), style='plain', subj_cs='koi8-r',
         mailer='Mozilla Thunderbird'), lang='ru')

add('ja-yoyaku-ikamera-iso2022jp', 'phi',
    'Japanese: gastroscopy booking confirmation to a named patient with fasting instructions',
    mail('ja-yoyaku-ikamera-iso2022jp',
         A('さくら内科クリニック', 'yoyaku@sakura-naika.example.jp.test', 'iso-2022-jp'),
         A('山田 花子', 'hanako.yamada@mail.example.jp.test', 'iso-2022-jp'),
         '【予約確認】胃内視鏡検査 12月18日（金）',
         T("""山田 花子 様

さくら内科クリニックです。
下記の日時で胃内視鏡検査（胃カメラ）のご予約を承りました。

日時：2026年12月18日（金）午前9:00（受付 8:40）
担当医：佐藤 健一

・前日の夕食は21時までにお済ませください。
・当日の朝は絶食です（水は可）。
・血液をサラサラにするお薬を飲んでいる方は、事前にご連絡ください。

ご変更は 03-555-0146 までお電話ください。
""", cs='iso-2022-jp', cte='7bit'),
         dt('2026-12-04 10:30', '+0900'), style='system', subj_cs='iso-2022-jp',
         extra=AUTO), lang='ja')

add('zh-daughter-xuetang-gb2312', 'phi',
    'Chinese: daughter reports her named mother\'s fasting glucose 11.2 on metformin',
    mail('zh-daughter-xuetang-gb2312',
         A('李娜', 'lina88@mail.example.cn.test', 'gb2312'),
         A('王医生', 'dr.wang@shequ-yiyuan.example.cn.test', 'gb2312'),
         '我妈妈的血糖',
         T("""王医生您好：

我妈妈李秀兰（上周三您看过的，二型糖尿病）这几天早上空腹血糖都在11左右，今天11.2。她每天早晚各吃一片二甲双胍（0.5克）。需要加量吗？还是要再去医院复查？

谢谢！
李娜
电话：010-555-0163
""", cs='gb2312', cte='base64'),
         dt('2026-12-03 07:52', '+0800'), style='plain', subj_cs='gb2312'),
    lang='zh')

add('zhtw-menzhen-tixing-big5', 'phi',
    'Traditional Chinese: clinic reminds a named patient of a follow-up for blood pressure and blood tests',
    mail('zhtw-menzhen-tixing-big5',
         A('安和診所', 'service@anhe-clinic.example.tw.test', 'big5'),
         A('陳美玲', 'meiling.chen@mail.example.tw.test', 'big5'),
         '門診預約提醒',
         T("""陳美玲 小姐 您好：

提醒您預約 12月15日（二）上午10:30 家醫科 林志明 醫師 回診，追蹤血壓及抽血報告。
請攜帶健保卡及目前服用的藥物。
如需更改，請來電 02-555-0152。

安和診所 敬上
""", cs='big5', cte='quoted-printable'),
         dt('2026-12-04 09:00', '+0800'), style='system', subj_cs='big5',
         extra=AUTO), lang='zh-tw')

add('ko-jeonghyeong-yeyak-euckr', 'phi',
    'Korean: orthopaedic appointment confirmed for a named patient to discuss his knee MRI',
    mail('ko-jeonghyeong-yeyak-euckr',
         A('한빛정형외과', 'reservation@hanbit-os.example.kr.test', 'euc-kr'),
         A('김민준', 'minjun.kim@mail.example.kr.test', 'euc-kr'),
         '[한빛정형외과] 진료 예약 확정 안내',
         T("""김민준 님, 안녕하세요.

12월 14일(월) 오후 2시 박성호 원장님 진료 예약이 확정되었습니다.
지난번 촬영하신 무릎 MRI 결과 상담이 있을 예정입니다.

예약 변경: 02-555-0119
한빛정형외과 드림
""", cs='euc-kr', cte='base64'),
         dt('2026-12-04 11:00', '+0900'), style='system', subj_cs='euc-kr',
         extra=AUTO), lang='ko')

add('vi-me-con-sot-cao', 'phi',
    'Vietnamese: mother reports her named 3-year-old (patient code) has a 39-degree fever on paracetamol',
    mail('vi-me-con-sot-cao',
         A('Trần Thị Hoa', 'tranhoa@mail.example.vn.test', 'utf-8'),
         A('Phòng khám Nhi Ánh Dương', 'lienhe@nhi-anhduong.example.vn.test', 'utf-8'),
         'Con tôi bị sốt cao',
         T("""Chào bác sĩ,

Con tôi là Nguyễn Gia Bảo, 3 tuổi (mã bệnh nhân NB-20471), bị sốt 39 độ từ tối qua, đã uống hạ sốt paracetamol 2 lần nhưng sáng nay vẫn 38,8 độ và bé ho nhiều. Tôi có nên đưa bé đến khám hôm nay không?

Cảm ơn bác sĩ.
Trần Thị Hoa (mẹ bé Bảo)
ĐT: 028 555 0174
""", cs='utf-8', cte='base64'),
         dt('2026-12-01 06:35', '+0700'), style='gmail', subj_cs='utf-8'),
    lang='vi')

add('ar-tadhkir-ghaseel-kila-1256', 'phi',
    'Arabic: dialysis session reminder to a named patient',
    mail('ar-tadhkir-ghaseel-kila-1256',
         A('مركز النور لأمراض الكلى', 'appointments@alnoor-renal.example.ae.test', 'windows-1256'),
         A('أحمد الخطيب', 'a.alkhatib@mail.example.ae.test', 'windows-1256'),
         'تذكير بموعد جلسة الغسيل',
         T("""السيد أحمد الخطيب المحترم،

نذكّركم بموعد جلسة غسيل الكلى يوم الإثنين 14 ديسمبر 2026 الساعة 7:00 صباحًا في مركز النور لأمراض الكلى، القاعة 2.
يرجى الحضور قبل الموعد بـ 15 دقيقة وإحضار قائمة الأدوية.

للاستفسار: 04 555 0166

مع التمنيات بالصحة والعافية
""", cs='windows-1256', cte='base64'),
         dt('2026-12-04 09:00', '+0400'), style='system', subj_cs='windows-1256',
         extra=AUTO), lang='ar')

# ==========================================================================
# restricted: mental health

_ics = ics('Therapy session - Dana Whitfield (CBT 6/12)', '20261209T170000',
           '20261209T175000', '040000008200E00074C5B7101A82E008000000005A7E1C0B41CADB01000000000000000010000000D9A4',
           ('Naomi Feldstein, LCSW', 'nfeldstein@northfieldbh.example.org'),
           [('Dana Whitfield', 'danawhit@mail.example.net')],
           location='Northfield Behavioral Health, Suite 300 (or telehealth)',
           description='Moving us to Wednesdays at 5 for the rest of the CBT block. '
           'Same link if you would rather do telehealth: '
           'https://telehealth.northfieldbh.example.org/r/feldstein',
           rrule='FREQ=WEEKLY;COUNT=7;BYDAY=WE', tz='Eastern Standard Time',
           stamp='20261202T220315Z', sequence=1)
add('ics-outlook-weekly-cbt-therapy', 'restricted',
    'recurring invitation from a therapist to a named client for CBT sessions',
    mail('ics-outlook-weekly-cbt-therapy',
         A('Feldstein, Naomi LCSW', 'nfeldstein@northfieldbh.example.org'),
         A('Dana Whitfield', 'danawhit@mail.example.net'),
         'Updated: Therapy session - Dana Whitfield (CBT 6/12)',
         outlook_invite("""Moving us to Wednesdays at 5 for the rest of the CBT block. Same link if you would rather do telehealth: https://telehealth.northfieldbh.example.org/r/feldstein

Naomi
""", _ics), dt('2026-12-02 17:03', '-0500'), style='outlook'),
    cat='mh')

add('voicemail-mobile-crisis-sertraline', 'restricted',
    'voicemail to a named man from a mobile crisis team about his behavioural-health appointment and sertraline',
    mail('voicemail-mobile-crisis-sertraline',
         A('Voicemail to Email', 'vm2email@wireless.example.net'),
         A('marcus.bell84@mailbox.example.net'),
         'New voicemail from 555-0189',
         M('mixed', T(voicemail_text(None, '555-0189', 'Mon 11/30 10:21 AM', '0:52',
                                     """Hi Marcus, this is Jen from the county mobile crisis team, just following up from Saturday night. Wanted to make sure you got the appointment at Northfield Behavioral Health for Tuesday at ten and that you were able to pick up the sertraline. If things get bad again you can call or text 988 any time, or call us back at 555-0189. Take care.""")),
           att('audio/wav', wav(), 'voicemail-5550189.wav')),
         dt('2026-11-30 10:22', '-0500'), style='system'), cat='mh')

add('subject-only-ed-php-intake-anorexia', 'restricted',
    'subject alone names a patient starting an eating-disorder partial hospitalization programme',
    mail('subject-only-ed-php-intake-anorexia',
         A('Lia Donnelly', 'ldonnelly@harborlightedp.example.org'),
         A('Dr. Farah Qureshi', 'fqureshi@harborlightedp.example.org'),
         'Intake packet - Sloane Marchetti - PHP start 12/14 (anorexia, BMI 15.8)',
         T(''), dt('2026-12-03 13:14', '-0800'), style='plain',
         mailer='Microsoft Outlook 16.0'), cat='mh')

add('shared-doc-psych-eval-adhd-gad', 'restricted',
    'shared-document notice; the title is a named patient\'s psychiatric evaluation for ADHD and GAD',
    mail('shared-doc-psych-eval-adhd-gad',
         A('Owen Castillo (via SharePoint)', 'no-reply@sharepointonline.example.com'),
         A('Dr. Mira Patel', 'mpatel@riversidebh.example.org'),
         "Owen Castillo shared 'Psych eval - Brennan, Cole (ADHD, GAD) 12-2026.docx' with you",
         alt("""Owen Castillo shared a file with you

Psych eval - Brennan, Cole (ADHD, GAD) 12-2026.docx

"final version for the med consult Thursday"

Open: https://riversidebh.sharepoint.example.com/:w:/s/ChildAdolescent/EcQ4rT0

This link will work for people in Riverside Behavioral Health.
""", """<p><b>Owen Castillo shared a file with you</b></p><p>&#128196; Psych eval - Brennan, Cole (ADHD, GAD) 12-2026.docx</p><p>&quot;final version for the med consult Thursday&quot;</p><p><a href="https://riversidebh.sharepoint.example.com/:w:/s/ChildAdolescent/EcQ4rT0">Open</a></p>
"""), dt('2026-11-30 16:44', '-0600'), style='system', extra=AUTO), cat='mh')

add('sms-lithium-level-before-visit', 'restricted',
    'psychiatry office text to a named patient: lithium level due before her psychiatrist visit',
    mail('sms-lithium-level-before-visit',
         A('Riverside Behavioral Health', 'texts@riversidebh.example.org'),
         A('theresa.kwan@inbox.example.com'),
         'Reminder from Riverside Behavioral Health',
         T('Hi Theresa, reminder to get your lithium level drawn before your visit with Dr. Achebe on Thu 12/17 - draw it about 12 hours after your evening dose. The order is at any Rivermark lab. Reply STOP to opt out.\n'),
         dt('2026-12-04 09:00', '-0600'), style='system', extra=AUTO), cat='mh')

add('teams-paste-psych-bed-72h-hold', 'restricted',
    'pasted Teams chat seeking an adult psychiatric bed for a named ED patient on a 72-hour hold',
    mail('teams-paste-psych-bed-72h-hold',
         A('Kaminsky, Ruth (LCSW)', 'rkaminsky@rivermarkhealth.example.org'),
         A('Bed Management', 'bedmgmt@rivermarkhealth.example.org'),
         'FW: 3N bed for ED 14',
         outlook_alt("""Forwarding so bed mgmt has it in writing.

[3:12 PM] Kaminsky, Ruth (LCSW)
any adult beds on 3N? need one for Galloway in ED 14, on a 72h hold, SI with plan, med cleared
[3:15 PM] Anand, Dev (3N Charge)
1 bed after 5 once our discharge leaves
[3:16 PM] Kaminsky, Ruth (LCSW)
perfect, holding it. psych NP already saw him
"""), dt('2026-12-01 15:20', '-0600'), style='outlook'), cat='mh')

add('read-receipt-ptsd-pe-session-note', 'restricted',
    'return receipt whose subject names a client and a PTSD prolonged-exposure session note',
    mail('read-receipt-ptsd-pe-session-note',
         A('Dr. Paul Ferrante', 'pferrante@veteranscounseling.example.org'),
         A('Maya Oduya PsyD', 'moduya@veteranscounseling.example.org'),
         'Return Receipt (displayed) - Session note - J. Alvarez 12/03 - PTSD, PE session 4',
         mdn("""This is a Return Receipt for the mail that you sent to pferrante@veteranscounseling.example.org.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", 'pferrante@veteranscounseling.example.org',
             '<4b1f0e2a-7c3d-4e11-9a90-3c2b1d0e6f72@veteranscounseling.example.org>',
             ua='Thunderbird 128.5.0', disp='manual-action/MDN-sent-manually; displayed'),
         dt('2026-12-03 18:30', '-0700'), style='plain',
         mailer='Mozilla Thunderbird'), cat='mh')

add('ru-napominanie-psikhiatr-1251', 'restricted',
    'Russian: reminder to a named patient of a psychiatrist visit to monitor depression treatment (venlafaxine)',
    mail('ru-napominanie-psikhiatr-1251',
         A('ПНД №3, регистратура', 'registratura@pnd3.example.ru.test', 'windows-1251'),
         A('Ольга Сергеевна Миронова', 'o.mironova@pochta.example.ru.test', 'windows-1251'),
         'Напоминание о приёме у врача-психиатра',
         T("""Уважаемая Ольга Сергеевна!

Напоминаем, что 9 декабря в 14:30 у вас приём у врача-психиатра Кравченко А. В. (каб. 212) для контроля лечения депрессии. Пожалуйста, возьмите с собой паспорт, полис ОМС и список принимаемых препаратов (в том числе венлафаксин).

Если вы не можете прийти, позвоните по телефону 8 495 555-0153.

Регистратура ПНД №3
""", cs='windows-1251', cte='quoted-printable'),
         dt('2026-12-04 10:00', '+0300'), style='system', subj_cs='windows-1251',
         extra=AUTO), cat='mh', lang='ru')

add('de-verhaltenstherapie-panik-latin1', 'restricted',
    'German: psychotherapist confirms a named client\'s 12th behaviour-therapy session for panic disorder',
    mail('de-verhaltenstherapie-panik-latin1',
         A('Praxis für Psychotherapie Anke Vogt', 'praxis@psychotherapie-vogt.example.de.test', 'iso-8859-1', 'Q'),
         A('Timo Berger', 'timo.berger@post.example.de.test'),
         'Terminbestätigung: 12. Sitzung Verhaltenstherapie',
         T("""Sehr geehrter Herr Berger,

ich bestätige Ihren nächsten Termin am Donnerstag, 10.12.2026, 16:00 Uhr (12. Sitzung). Wie besprochen arbeiten wir weiter an den Expositionsübungen zur Panikstörung; bitte bringen Sie Ihr Angsttagebuch mit.

Die Kostenübernahme der Krankenkasse für weitere 12 Sitzungen liegt inzwischen vor.

Mit freundlichen Grüßen
Anke Vogt
Psychologische Psychotherapeutin
Tel. 0221 555-0121
""", cs='iso-8859-1', cte='base64'),
         dt('2026-12-03 19:12', '+0100'), style='plain', subj_cs='iso-8859-1',
         subj_mode='Q', mailer='Mozilla Thunderbird'), cat='mh', lang='de')

# ==========================================================================
# restricted: substance-use treatment

add('sms-otp-take-home-methadone', 'restricted',
    'opioid treatment programme text to a named patient: methadone take-home doses and counselling',
    mail('sms-otp-take-home-methadone',
         A('Harbor Recovery Services', 'texts@harborrecovery.example.org'),
         A('darnell.price@mail.example.net'),
         'Message from Harbor Recovery',
         T('Harbor Recovery: Hi Darnell, your take-home doses for the holiday weekend (methadone 85 mg x3) will be ready Thu after 6 AM. Bring your lockbox. Counseling w/ Tasha moved to Mon 10 AM. Reply STOP to opt out.\n'),
         dt('2026-11-23 15:30', '-0500'), style='system', extra=AUTO), cat='sud')

add('voicemail-recovery-counselor-missed-group', 'restricted',
    'voicemail to a named patient from a recovery programme counsellor about missed groups and a drug screen',
    mail('voicemail-recovery-counselor-missed-group',
         A('Voicemail', 'voicemail@carrier.example.com'),
         A('kristen.holloway@inbox.example.com'),
         'Voicemail from BAYSIDE RECOVERY (555-0197)',
         T(voicemail_text('BAYSIDE RECOVERY', '555-0197', '12/04/2026 12:08 PM', '0:41',
                          """Hey Kristen it's Joaquin from Bayside Recovery, we missed you at group Tuesday and Thursday, just want to check in and make sure you're okay. You're also due for your urine screen this week. Call me back at 555-0197, no judgment, we just want to see you back.""",
                          conf='high')),
         dt('2026-12-04 12:09', '-0800'), style='system'), cat='sud')

_ics = ics('IOP group - Tue/Thu 6-9 PM', '20261208T020000Z', '20261208T050000Z',
           '3m8c2v0p9x1k7q4n6b5z0d2w1h@example.com',
           ('Bayside Recovery Center', 'groups@baysiderecovery.example.org'),
           [('Bryce Okoro', 'bryce.okoro@mail.example.net')],
           location='Bayside Recovery Center, group room B',
           description='Intensive outpatient program, phase 2. Please arrive 10 min '
           'early for breathalyzer check-in and bring your recovery workbook.',
           rrule='FREQ=WEEKLY;COUNT=12;BYDAY=TU,TH', style='google',
           stamp='20261204T180000Z')
add('google-invite-iop-group-phase2', 'restricted',
    'recurring invite to a named patient for intensive outpatient programme groups with breathalyzer check-in',
    mail('google-invite-iop-group-phase2',
         A('Bayside Recovery Center', 'groups@baysiderecovery.example.org'),
         A('Bryce Okoro', 'bryce.okoro@mail.example.net'),
         'Invitation: IOP group - Tue/Thu 6-9 PM @ Weekly on Tuesday, Thursday 6pm - 9pm (PST) (bryce.okoro@mail.example.net)',
         google_invite('IOP group - Tue/Thu 6-9 PM',
                       'Weekly on Tuesday, Thursday 6pm \u2013 9pm Pacific Time - Los Angeles',
                       ('Bayside Recovery Center', 'groups@baysiderecovery.example.org'),
                       [('Bryce Okoro', 'bryce.okoro@mail.example.net')], _ics,
                       location='Bayside Recovery Center, group room B',
                       description='Intensive outpatient program, phase 2. Please arrive 10 min '
                       'early for breathalyzer check-in and bring your recovery workbook.'),
         dt('2026-12-04 10:00', '-0800'), style='gmail'), cat='sud')

add('subject-only-sublocade-due-pa', 'restricted',
    'subject alone: a named patient\'s Sublocade injection due and its prior authorization',
    mail('subject-only-sublocade-due-pa',
         A('Dr. Imogen Hale', 'ihale@lakeshorefm.example.org'),
         A('MA Pool', 'ma-pool@lakeshorefm.example.org'),
         'Sublocade 300 inj due 12/18 - R. Castellano - PA expires 12/31, pls renew',
         T('\n'), dt('2026-12-02 07:55', '-0600'), style='outlook'), cat='sud')

add('hr-return-after-residential-treatment', 'restricted',
    'borderline: HR tells a supervisor a named employee returns from a 28-day residential programme with aftercare group and alcohol/drug testing; read as substance-use treatment though the programme type is not named',
    mail('hr-return-after-residential-treatment',
         A('Employee Relations', 'er@tristatefreight.example.com'),
         A('Greg Tull', 'gtull@tristatefreight.example.com'),
         'Dale Whitford - return to work 12/14 (confidential)',
         outlook_alt("""Greg,

Dale completes his 28-day residential treatment program at Pinecrest on 12/11 and returns to work Mon 12/14. Under the return-to-work agreement he will have random alcohol and drug testing for 12 months and weekly EAP check-ins; please give him Thursday mornings off for his outpatient aftercare group.

Please keep this between us - don't discuss it with the crew.

Denise
Employee Relations
"""), dt('2026-12-04 14:20', '-0500'), style='outlook',
         extra=[('Sensitivity', 'Company-Confidential')]), cat='sud')

add('efax-withdrawal-unit-admission-part2', 'restricted',
    'faxed admission notice: named patient with DOB admitted for alcohol withdrawal, with a 42 CFR Part 2 notice',
    mail('efax-withdrawal-unit-admission-part2',
         A('eFax Service', 'delivery@efax.example.net'),
         A('Dr. Hollis Grant', 'hgrant@oakridgeim.example.org'),
         'Fax from 555-0170 - 2 page(s)',
         M('mixed', T('You have received a 2 page fax at 12/02/2026 08:31 AM from 555-0170 (PINECREST RECOVERY). The fax is attached.\n'),
           att('application/pdf', pdf([
               ['12/02/2026 08:30  FROM: 555-0170  P.1/2', '',
                'PINECREST RECOVERY - MEDICALLY MANAGED WITHDRAWAL UNIT',
                'ADMISSION NOTICE TO PRIMARY CARE', '',
                'Patient: Gina Fallon     DOB: 09/14/1979',
                'Admitted: 12/01/2026 21:40',
                'Dx: alcohol use disorder, severe; alcohol withdrawal',
                'Last drink 12/01 AM. CIWA-Ar 16 at intake.',
                'Chlordiazepoxide taper started; thiamine, folate.',
                'Expected length of stay 4-5 days, then referral to IOP.'],
               ['12/02/2026 08:31  FROM: 555-0170  P.2/2', '',
                'This information has been disclosed to you from records',
                'protected by federal confidentiality rules (42 CFR part 2).',
                'The federal rules prohibit you from making any further',
                'disclosure of this information unless further disclosure is',
                'expressly permitted by the written consent of the person to',
                'whom it pertains or as otherwise permitted by 42 CFR part 2.']],
               flate=True), 'fax_26120208311170.pdf')),
         dt('2026-12-02 08:32', '-0500'), style='system', extra=AUTO), cat='sud')

add('shared-sheet-contingency-management-points', 'restricted',
    'Google Sheets notice: contingency-management points tracker titled with a named patient',
    mail('shared-sheet-contingency-management-points',
         A('Keiko Tran (via Google Sheets)', 'drive-shares-dm-noreply@docs.example.com'),
         A('jbarros@harborrecovery.example.org'),
         'Spreadsheet shared with you: "CM points - Ortiz, Fernando - Dec 2026"',
         alt("""Keiko Tran (ktran@harborrecovery.example.org) has invited you to edit the following spreadsheet:

CM points - Ortiz, Fernando - Dec 2026
"updated w/ this week's negative UAs, he hit the $50 tier"
https://docs.example.com/spreadsheets/d/1Rz0Pq7Cm4/edit?usp=sharing_eil

You have received this email because someone shared a spreadsheet with you from Google Sheets.
""", """<p>Keiko Tran (<a href="mailto:ktran@harborrecovery.example.org">ktran@harborrecovery.example.org</a>) has invited you to <b>edit</b> the following spreadsheet:</p><p><a href="https://docs.example.com/spreadsheets/d/1Rz0Pq7Cm4/edit?usp=sharing_eil">CM points - Ortiz, Fernando - Dec 2026</a></p><blockquote>updated w/ this week&#39;s negative UAs, he hit the $50 tier</blockquote>
""", upper=True), dt('2026-12-03 16:08', '-0500'), style='system'), cat='sud')

add('fr-csapa-rdv-methadone', 'restricted',
    'French: addiction centre (CSAPA) confirms a named patient\'s methadone substitution follow-up',
    mail('fr-csapa-rdv-methadone',
         A('CSAPA Les Tilleuls', 'accueil@csapa-tilleuls.example.fr.test'),
         A('Julien Perrin', 'julien.perrin@courriel.example.fr.test'),
         'Votre rendez-vous du 10 décembre',
         T("""Bonjour M. Perrin,

Votre rendez-vous avec le Dr Benali pour le suivi de votre traitement de substitution (méthadone) est fixé au jeudi 10 décembre à 9h30.

Pensez à apporter votre carte Vitale et votre ordonnance sécurisée en cours. La délivrance en pharmacie reste inchangée d'ici là.

L'équipe du CSAPA Les Tilleuls
03 555 0112
""", cs='utf-8', cte='quoted-printable'),
         dt('2026-12-03 11:20', '+0100'), style='plain', subj_cs='utf-8',
         subj_mode='Q'), cat='sud', lang='fr')

add('pt-caps-ad-retorno-naltrexona', 'restricted',
    'Portuguese: alcohol and drug service (CAPS AD) confirms a named patient\'s naltrexone review and alcohol group',
    mail('pt-caps-ad-retorno-naltrexona',
         A('CAPS AD Vila Esperança', 'agenda@capsad-vilaesperanca.example.org.br.test', 'iso-8859-1', 'Q'),
         A('Reginaldo Alves', 'reginaldo.alves@correio.example.com.br.test'),
         'Confirmação de retorno - CAPS AD',
         T("""Prezado Sr. Reginaldo Alves,

Confirmamos seu retorno com a Dra. Patrícia Nogueira no dia 15/12 às 10h para reavaliação do tratamento com naltrexona e acompanhamento no grupo terapêutico de álcool das quartas-feiras.

Em caso de falta, ligue para (11) 555-0185.

Equipe CAPS AD Vila Esperança
""", cs='iso-8859-1', cte='8bit'),
         dt('2026-12-01 15:45', '-0300'), style='system', subj_cs='iso-8859-1',
         subj_mode='Q'), cat='sud', lang='pt')

# ==========================================================================
# restricted: HIV

add('pharmacy-descovy-ready-pickup', 'restricted',
    'pharmacy pickup notice for a named customer\'s Descovy (HIV PrEP/treatment drug)',
    mail('pharmacy-descovy-ready-pickup',
         A('Crestline Pharmacy', 'rx-notify@crestlinepharmacy.example.com'),
         A('andre.mbeki@mailbox.example.net'),
         'Your prescription is ready',
         T("""ANDRE M., your prescription is ready for pickup.

DESCOVY 200-25 MG TAB (30)
Crestline Pharmacy #0418, 77 Harbor Rd
Rx# ending 4410 - please pick up by 12/10/2026

Questions? 555-0114
"""), dt('2026-12-03 13:02', '-0500'), style='system', extra=AUTO), cat='hiv')

add('portal-hiv-rna-not-detected', 'restricted',
    'portal result for a named patient: HIV-1 RNA not detected, with the doctor\'s comment',
    mail('portal-hiv-rna-not-detected',
         A('Eastside Community Health Portal', 'portal@eastsidech.example.org'),
         A('Curtis Lamb', 'clamb@inbox.example.com'),
         'New result available',
         alt("""Curtis Lamb, a new result is available.

HIV-1 RNA, QUANTITATIVE - Not detected (<20 copies/mL)
Collected 11/30/2026

Comment from Dr. Ana Lucero: "Still undetectable, keep it up! See you in 3 months."

https://portal.eastsidech.example.org/results
""", """<p>Curtis Lamb, a new result is available.</p><p><b>HIV-1 RNA, QUANTITATIVE</b> - Not detected (&lt;20 copies/mL)<br>Collected 11/30/2026</p><p>Comment from Dr. Ana Lucero: &quot;Still undetectable, keep it up! See you in 3 months.&quot;</p>
"""), dt('2026-12-02 08:15', '-0500'), style='system', extra=AUTO), cat='hiv')

add('subject-only-prep-labs-due', 'restricted',
    'subject alone: a named patient\'s PrEP three-month HIV labs due and prescription running out',
    mail('subject-only-prep-labs-due',
         A('PrEP Navigator', 'prepnav@eastsidech.example.org'),
         A('Dr. Sam Oyelowo', 'soyelowo@eastsidech.example.org'),
         'Tyrell Banks - PrEP 3-mo labs due (HIV Ag/Ab, creat) - Rx runs out 12/20',
         T(''), dt('2026-12-01 10:40', '-0500'), style='plain'), cat='hiv')

_ics = ics('Lab + provider visit - Halvorsen, Erik', '20261214T083000',
           '20261214T093000', '040000008200E00074C5B7101A82E00800000000C2D81A4FF4C9DB01000000000000000010000000E55C',
           ('Eastside Scheduling', 'scheduling@eastsidech.example.org'),
           [('Erik Halvorsen', 'erik.halvorsen@mail.example.net')],
           location='Eastside Community Health - Ryan White Clinic, Rm 204',
           description='Labs at 8:30, visit with Dr. Lucero at 9:00. Bring your pill bottles.',
           tz='Eastern Standard Time', stamp='20261130T150000Z')
add('ics-ryan-white-clinic-visit', 'restricted',
    'invitation to a named patient for labs and a visit at a Ryan White (HIV care) clinic',
    mail('ics-ryan-white-clinic-visit',
         A('Eastside Scheduling', 'scheduling@eastsidech.example.org'),
         A('Erik Halvorsen', 'erik.halvorsen@mail.example.net'),
         'Lab + provider visit - Halvorsen, Erik',
         outlook_invite('Labs at 8:30, visit with Dr. Lucero at 9:00. Bring your pill bottles.\n',
                        _ics), dt('2026-11-30 10:00', '-0500'), style='outlook'),
    cat='hiv')

add('voicemail-id-clinic-undetectable-biktarvy', 'restricted',
    'voicemail to a named patient: viral load undetectable, CD4 610, keep taking Biktarvy',
    mail('voicemail-id-clinic-undetectable-biktarvy',
         A('Visual Voicemail', 'vvm-noreply@wireless.example.net'),
         A('samuel.achterhof@mail.example.net'),
         'New voicemail from RIVERMARK ID CLINIC (312) 555-0135',
         M('mixed', T(voicemail_text('RIVERMARK ID CLINIC', '(312) 555-0135',
                                     'Tue, Dec 1 4:05 PM', '0:33', """Hi Samuel, this is Lucia from the ID clinic at Rivermark calling with your lab results. Your viral load is still undetectable and your CD4 is up to 610, so the doctor says keep taking your Biktarvy the same way. Call me if you have questions, 555-0135. Bye.""")),
           att('audio/wav', wav(), 'VM_20261201_1605.wav')),
         dt('2026-12-01 16:06', '-0600'), style='system'), cat='hiv')

add('shared-doc-adap-renewal-moreno', 'restricted',
    'file-sharing notice: the document is a named client\'s AIDS Drug Assistance Program renewal',
    mail('shared-doc-adap-renewal-moreno',
         A('Box', 'noreply@box.example.com'),
         A('ADAP Eligibility', 'eligibility@adap.health.example.gov.test'),
         'Renata Silva shared "ADAP renewal - Moreno, Luis.pdf" with you',
         alt("""Renata Silva invited you to collaborate

ADAP renewal - Moreno, Luis.pdf
in folder: Case Management > Renewals Dec

Message: "signed + proof of income attached, lab from 11/20 is in there too"

Open in Box: https://app.box.example.com/s/8q2v1k0f
""", """<p><b>Renata Silva</b> invited you to collaborate</p><p><a href="https://app.box.example.com/s/8q2v1k0f">ADAP renewal - Moreno, Luis.pdf</a><br>in folder: Case Management &gt; Renewals Dec</p><p>Message: &quot;signed + proof of income attached, lab from 11/20 is in there too&quot;</p>
"""), dt('2026-11-24 11:31', '-0600'), style='system', extra=AUTO), cat='hiv')

add('es-carga-viral-indetectable-latin1', 'restricted',
    'Spanish: HIV unit tells a named patient his viral load is undetectable, CD4 720, on Triumeq',
    mail('es-carga-viral-indetectable-latin1',
         A('Unidad de VIH - Hospital San Rafael', 'uvih@hsanrafael.example.es.test'),
         A('Andrés Peña', 'andres.pena@correo.example.es.test', 'iso-8859-1', 'Q'),
         'Resultado de su análisis',
         T("""Estimado Sr. Peña:

Le informamos que su carga viral de VIH del 25 de noviembre es indetectable (<20 copias/ml) y sus CD4 son 720 células/µl. Siga tomando el tratamiento antirretroviral (Triumeq) como hasta ahora.

Su próxima revisión es el 3 de marzo a las 10:15.

Unidad de VIH
Hospital San Rafael
""", cs='iso-8859-1', cte='quoted-printable'),
         dt('2026-12-01 13:00', '+0100'), style='plain', subj_cs='iso-8859-1',
         subj_mode='Q'), cat='hiv', lang='es')

add('fr-cegidd-ordonnance-prep-1252', 'restricted',
    'French: sexual-health centre tells a named patient his PrEP follow-up is fine and the prescription is ready',
    mail('fr-cegidd-ordonnance-prep-1252',
         A('CeGIDD – Centre de santé sexuelle', 'cegidd@chu-ouest.example.fr.test', 'windows-1252'),
         A('Karim Haddad', 'karim.haddad@courriel.example.fr.test'),
         'Votre ordonnance PrEP est prête – renouvellement',
         T("""Bonjour Karim,

Votre bilan de suivi PrEP du 27/11 est bon (sérologie VIH négative, créatinine normale). L’ordonnance de ténofovir/emtricitabine pour 3 mois est prête : vous pouvez la récupérer à l’accueil ou nous demander de l’envoyer à votre pharmacie.

Prochain rendez-vous : fin février.

L’équipe du CeGIDD
""", cs='windows-1252', cte='base64'),
         dt('2026-12-02 10:10', '+0100'), style='system', subj_cs='windows-1252'),
    cat='hiv', lang='fr')

add('zh-ganranke-bingdu-zailiang-gb18030', 'restricted',
    'Chinese: infectious-disease clinic gives a named patient his HIV viral load, CD4 and antiretroviral instructions',
    mail('zh-ganranke-bingdu-zailiang-gb18030',
         A('仁和医院感染科', 'ganranke@renhe-hospital.example.cn.test', 'gb18030'),
         A('张伟', 'zhangwei.77@mail.example.cn.test', 'gb18030'),
         '复诊提醒及检测结果',
         T("""张伟先生：

您11月28日的HIV病毒载量检测结果为“未检测到”（<20拷贝/毫升），CD4细胞计数为540个/微升。请继续按时服用抗病毒药物（比克恩丙诺片），每天一次。

下次复诊时间：2027年3月2日上午，感染科门诊二楼。
如有不适请致电 010-555-0177。

仁和医院感染科
""", cs='gb18030', cte='base64'),
         dt('2026-12-02 16:30', '+0800'), style='system', subj_cs='gb18030'),
    cat='hiv', lang='zh')

# ==========================================================================
# restricted: genetic

add('portal-hereditary-cancer-panel-ready', 'restricted',
    'portal notice to a named patient that her hereditary cancer gene panel results are ready',
    mail('portal-hereditary-cancer-panel-ready',
         A('Eastbrook Health Portal', 'noreply@portal.eastbrookhealth.example.org'),
         A('Ilse Varga', 'ilse.varga@inbox.example.com'),
         'Your genetic test results are ready',
         alt("""Hello Ilse Varga,

Your results from Eastbrook Cancer Genetics are ready:
Hereditary Cancer Panel (47 genes), collected 11/09/2026

A genetic counselor will call you within 2 business days to go over them with you. You can view the report in the portal now, but we recommend waiting to discuss it with your counselor.

https://portal.eastbrookhealth.example.org/
""", """<p>Hello Ilse Varga,</p><p>Your results from Eastbrook Cancer Genetics are ready:<br><b>Hereditary Cancer Panel (47 genes)</b>, collected 11/09/2026</p><p>A genetic counselor will call you within 2 business days to go over them with you.</p>
"""), dt('2026-11-27 09:30', '-0500'), style='system', extra=AUTO), cat='gen')

_ics = ics('Genetic counseling - BRCA1 results - Marguerite Dunleavy',
           '20261211T160000Z', '20261211T170000Z', '1b9x4c7v2n0m8k3j5h6g1f0d2s@example.com',
           ('Tessa Albright, MS, CGC', 'talbright@eastbrookhealth.example.org'),
           [('Marguerite Dunleavy', 'mdunleavy@mail.example.net')],
           location='Eastbrook Cancer Genetics, 4th floor (or video)',
           description='Results visit for your BRCA1 result. Bring your sister if you like - we can talk about testing for her too.',
           style='google', stamp='20261203T193000Z')
add('google-invite-genetic-counseling-brca1', 'restricted',
    'genetic counsellor\'s invite to a named patient for a BRCA1 results visit',
    mail('google-invite-genetic-counseling-brca1',
         A('Tessa Albright', 'talbright@eastbrookhealth.example.org'),
         A('Marguerite Dunleavy', 'mdunleavy@mail.example.net'),
         'Invitation: Genetic counseling - BRCA1 results - Marguerite Dunleavy @ Fri Dec 11, 2026 11am - 12pm (EST)',
         google_invite('Genetic counseling - BRCA1 results - Marguerite Dunleavy',
                       'Friday Dec 11, 2026 11am \u2013 12pm Eastern Time - New York',
                       ('Tessa Albright, MS, CGC', 'talbright@eastbrookhealth.example.org'),
                       [('Marguerite Dunleavy', 'mdunleavy@mail.example.net')], _ics,
                       location='Eastbrook Cancer Genetics, 4th floor (or video)',
                       description='Results visit for your BRCA1 result. Bring your sister if you like - we can talk about testing for her too.'),
         dt('2026-12-03 14:30', '-0500'), style='gmail'), cat='gen')

add('subject-only-mlh1-cascade-letter', 'restricted',
    'subject alone: a named patient\'s MLH1 pathogenic variant and a family letter for cascade testing',
    mail('subject-only-mlh1-cascade-letter',
         A('Albright, Tessa', 'talbright@eastbrookhealth.example.org'),
         A('Genetics Assistant', 'genetics-admin@eastbrookhealth.example.org'),
         'Okonkwo, Ada - MLH1 path variant confirmed - family letter for siblings? pls draft',
         T('\n'), dt('2026-11-25 12:10', '-0500'), style='outlook'), cat='gen')

add('voicemail-carrier-screening-cf', 'restricted',
    'voicemail to a named patient: her carrier screening shows she carries cystic fibrosis; partner testing offered',
    mail('voicemail-carrier-screening-cf',
         A('Voicemail', 'voicemail@carrier.example.com'),
         A('rachel.sokolowski@mailbox.example.net'),
         "Voicemail from SANDPIPER WOMEN'S (555-0126)",
         T(voicemail_text("SANDPIPER WOMEN'S", '555-0126', '11/19/2026 3:47 PM', '0:39',
                          """Hi Rachel, this is Tina at Sandpiper Women's Health. Your carrier screening came back and you're a carrier for cystic fibrosis. It doesn't affect your health, but we'd like to test Josh too, so when you get a chance call us back at 555-0126 and we'll set up genetic counseling. Bye.""")),
         dt('2026-11-19 15:48', '-0600'), style='system'), cat='gen')

add('shared-doc-hd-predictive-pedigree', 'restricted',
    'file-sharing notice: a named patient\'s pedigree for Huntington disease predictive testing',
    mail('shared-doc-hd-predictive-pedigree',
         A('Dropbox', 'no-reply@dropbox.example.com'),
         A('Dr. Karl Wendt', 'kwendt@eastbrookhealth.example.org'),
         'Tessa Albright shared "Pedigree - Dunmore, Alice - HD predictive testing.pdf" with you',
         alt("""Tessa Albright shared a file with you

Pedigree - Dunmore, Alice - HD predictive testing.pdf

"for Tuesday's neurogenetics conference - pre-test session 2 done"

View file: https://www.dropbox.example.com/scl/fi/x7k2m/pedigree.pdf
""", """<p><b>Tessa Albright</b> shared a file with you</p><p>Pedigree - Dunmore, Alice - HD predictive testing.pdf</p><p>&quot;for Tuesday&#39;s neurogenetics conference - pre-test session 2 done&quot;</p><p><a href="https://www.dropbox.example.com/scl/fi/x7k2m/pedigree.pdf">View file</a></p>
"""), dt('2026-12-04 10:12', '-0500'), style='system', extra=AUTO), cat='gen')

add('fwd-dtc-apoe-e4-report', 'restricted',
    'named patient forwards her consumer genetic report (two APOE e4 copies) to her doctor',
    mail('fwd-dtc-apoe-e4-report',
         A('Yvonne Castell', 'ycastell@inbox.example.com'),
         A('Dr. Lena Voss', 'lvoss.md@gmail-practice.example.com'),
         'Fwd: Your Late-Onset Alzheimer\u2019s Disease report is ready',
         gmail_alt("""see below. should I be worried? can we talk about this at my physical on the 15th

---------- Forwarded message ---------
From: GeneCompass <reports@genecompass.example.com>
Date: Sun, Nov 29, 2026 at 9:00 AM
Subject: Your Late-Onset Alzheimer\u2019s Disease report is ready
To: <ycastell@inbox.example.com>

Yvonne, your Late-Onset Alzheimer\u2019s Disease genetic health risk report is ready.

Result: two copies of the APOE \u03b54 variant detected.

This result means you have a higher risk of developing late-onset Alzheimer\u2019s disease than people without the variant. Consider talking with a healthcare provider or genetic counselor.
"""), dt('2026-11-29 11:14', '-0500'), style='gmail'), cat='gen')

add('teams-paste-nipt-high-risk-t21', 'restricted',
    'borderline: pasted Teams chat with a named patient\'s prenatal cell-free DNA screen (high risk trisomy 21), counted as a genetic test result',
    mail('teams-paste-nipt-high-risk-t21',
         A('Ng, Vivian (GC)', 'vng@sandpiperwh.example.org'),
         A('MFM Scheduling', 'mfm-sched@sandpiperwh.example.org'),
         'FW: NIPT - pls schedule',
         outlook_alt("""Can you get her in this week? chat below.

[8:40 AM] Ng, Vivian (GC)
NIPT back on Rao (G2P1, 12w3d): high risk T21, fetal fraction 9%
[8:42 AM] Haugen, Eric (MFM)
ugh. call her today, offer CVS vs amnio, GC visit this week
[8:43 AM] Ng, Vivian (GC)
calling now
"""), dt('2026-12-02 08:50', '-0600'), style='outlook'), cat='gen')

add('nl-erfelijkheidsonderzoek-brca-uitslag', 'restricted',
    'Dutch: clinical genetics asks a named patient to come for her BRCA1/BRCA2 test result with a genetic counsellor',
    mail('nl-erfelijkheidsonderzoek-brca-uitslag',
         A('Klinische Genetica Amstelhof', 'genetica@amstelhof.example.nl.test'),
         A('Ingrid de Vries', 'ingrid.devries@mail.example.nl.test'),
         'Uitslag erfelijkheidsonderzoek – afspraak',
         T("""Beste mevrouw De Vries,

De uitslag van uw erfelijkheidsonderzoek (BRCA1/BRCA2) is binnen. Wij bespreken deze graag persoonlijk met u. U heeft een afspraak met de genetisch consulent, mevrouw Eline Bakker, op dinsdag 15 december om 11.00 uur, polikliniek Genetica, route 62.

Neem gerust iemand mee naar het gesprek.

Met vriendelijke groet,
secretariaat Klinische Genetica
020 555 0168
""", cs='utf-8', cte='base64'),
         dt('2026-12-01 14:05', '+0100'), style='plain', subj_cs='utf-8'),
    cat='gen', lang='nl')

add('ja-iden-counseling-brca-iso2022jp', 'restricted',
    'Japanese: genetics department books a named patient for genetic counselling on her BRCA1/2 result',
    mail('ja-iden-counseling-brca-iso2022jp',
         A('東和大学病院 遺伝子診療部', 'iden@towa-univ-hosp.example.jp.test', 'iso-2022-jp'),
         A('鈴木 美咲', 'misaki.suzuki@mail.example.jp.test', 'iso-2022-jp'),
         '遺伝カウンセリングのご予約について',
         T("""鈴木 美咲 様

東和大学病院 遺伝子診療部です。
先日の遺伝学的検査（遺伝性乳がん卵巣がん症候群：BRCA1/2）の結果が出ましたので、結果説明のための遺伝カウンセリングを下記の日程で予約いたしました。

日時：2026年12月21日（月）14:00〜15:00
場所：外来棟3階 遺伝子診療部
担当：認定遺伝カウンセラー 高橋 由紀

ご家族の同席も可能です。
ご都合が悪い場合は 03-555-0181 までご連絡ください。
""", cs='iso-2022-jp', cte='7bit'),
         dt('2026-12-04 15:20', '+0900'), style='system', subj_cs='iso-2022-jp'),
    cat='gen', lang='ja')

# ==========================================================================
# restricted: reproductive health

add('app-ivf-trigger-shot-tonight', 'restricted',
    'fertility clinic app message to a named patient: IVF trigger shot and egg retrieval instructions',
    mail('app-ivf-trigger-shot-tonight',
         A('Brightwater Fertility', 'app-notifications@brightwaterfertility.example.org'),
         A('lauren.ashby@inbox.example.com'),
         'New message from your care team',
         alt("""Hi Lauren,

Your trigger shot is TONIGHT at 9:15 PM exactly: Ovidrel 250 mcg + Lupron 40 units.

Egg retrieval is Thu 12/10 at 7:30 AM (arrive 6:45). Nothing to eat or drink after midnight Wednesday. Someone must drive you home.

- Nurse Kim, Brightwater Fertility
""", """<p>Hi Lauren,</p><p>Your trigger shot is <b>TONIGHT at 9:15 PM exactly</b>: Ovidrel 250 mcg + Lupron 40 units.</p><p>Egg retrieval is Thu 12/10 at 7:30 AM (arrive 6:45). Nothing to eat or drink after midnight Wednesday. Someone must drive you home.</p><p>- Nurse Kim, Brightwater Fertility</p>
"""), dt('2026-12-04 13:00', '-0800'), style='system', extra=AUTO), cat='repro')

add('sms-chlamydia-detected-partner', 'restricted',
    'sexual health clinic message to a named patient: chlamydia detected, treatment and partner notification',
    mail('sms-chlamydia-detected-partner',
         A('Metro Sexual Health Clinic', 'results@metrosh.example.org'),
         A('jordan.vance22@mail.example.net'),
         'Your test result',
         T('Metro Sexual Health: Jordan, your result from 11/27: Chlamydia - DETECTED. Gonorrhea - not detected. Please call 555-0127 to arrange free treatment. Partners from the last 60 days should be treated too; we can notify them anonymously.\n'),
         dt('2026-12-01 11:30', '-0500'), style='system', extra=AUTO), cat='repro')

_ics = ics('Nexplanon insertion - Kira Lopez', '20261216T140000', '20261216T143000',
           '040000008200E00074C5B7101A82E00800000000A3E0F9C6F5C9DB0100000000000000001000000011AC',
           ("Sandpiper Women's Health", 'appointments@sandpiperwh.example.org'),
           [('Kira Lopez', 'kiralopez@mailbox.example.net')],
           location="Sandpiper Women's Health, 3rd floor, room 6",
           description='Please eat beforehand. If you are not on another method, use condoms until the visit. About 20 minutes.',
           tz='Central Standard Time', stamp='20261201T180000Z')
add('ics-outlook-nexplanon-insertion', 'restricted',
    'invitation to a named patient for a contraceptive implant insertion',
    mail('ics-outlook-nexplanon-insertion',
         A("Sandpiper Women's Health", 'appointments@sandpiperwh.example.org'),
         A('Kira Lopez', 'kiralopez@mailbox.example.net'),
         'Nexplanon insertion - Kira Lopez',
         outlook_invite('Please eat beforehand. If you are not on another method, use condoms until the visit. About 20 minutes.\n',
                        _ics), dt('2026-12-01 12:00', '-0600'), style='outlook'),
    cat='repro')

add('subject-only-mab-followup-hcg', 'restricted',
    'subject alone: a named patient\'s medication-abortion follow-up hCG and completion',
    mail('subject-only-mab-followup-hcg',
         A('Rosa Delgado NP', 'rdelgado@sandpiperwh.example.org'),
         A('Front Desk', 'frontdesk@sandpiperwh.example.org'),
         'Pasternak, J - MAB f/u: hCG 1840 -> 110, complete. no further visit needed, pls close out',
         T(''), dt('2026-11-30 15:35', '-0600'), style='plain',
         mailer='Microsoft Outlook 16.0'), cat='repro')

add('voicemail-egg-freezing-amh', 'restricted',
    'voicemail to a named patient from a fertility clinic: AMH result and egg-freezing consult',
    mail('voicemail-egg-freezing-amh',
         A('Visual Voicemail', 'vvm-noreply@wireless.example.net'),
         A('priyanka.rao.nyc@mailbox.example.net'),
         'New voicemail from LUMEN FERTILITY (212) 555-0144',
         M('mixed', T(voicemail_text('LUMEN FERTILITY', '(212) 555-0144', 'Thu, Nov 26 11:12 AM', '0:36',
                                     """Hi Priyanka, this is Megan from Lumen Fertility. Your AMH came back at one point one. Doctor Haugen wants to go over your egg freezing options with you, so give us a call back at 555-0144 to set up the consult. Thanks, bye.""")),
           att('audio/wav', wav(), 'VM_20261126_1112.wav')),
         dt('2026-11-26 11:13', '-0500'), style='system'), cat='repro')

add('iphone-ella-spotting-question', 'restricted',
    'named patient asks the nurse line about spotting after taking emergency contraception',
    mail('iphone-ella-spotting-question',
         A('Maddie Prescott', 'maddiep.03@inbox.example.com'),
         A("Sandpiper Women's Health Nurse Line", 'nurseline@sandpiperwh.example.org'),
         'question',
         apple_text('hi, took the ella yesterday after the condom broke. is spotting today normal?? also when should i start my pills again'),
         dt('2026-12-03 22:48', '-0600'), style='apple'), cat='repro')

add('es-cita-interrupcion-embarazo', 'restricted',
    'Spanish: clinic confirms a named patient\'s appointment for a medication abortion',
    mail('es-cita-interrupcion-embarazo',
         A('Clínica Aurora', 'citas@clinicaaurora.example.es.test', 'utf-8'),
         A('Valeria Gómez', 'valeria.gomez@correo.example.es.test', 'utf-8'),
         'Tu cita del martes 15 de diciembre',
         T("""Hola Valeria:

Te confirmamos tu cita para la interrupción voluntaria del embarazo (método farmacológico) el martes 15 de diciembre a las 11:00 con la Dra. Irene Salcedo.

Ven acompañada si es posible y trae tu documento de identidad y la ecografía.

Si tienes dudas, llámanos al 91 555 0186. Toda la información es confidencial.

Clínica Aurora - Salud sexual y reproductiva
""", cs='utf-8', cte='base64'),
         dt('2026-12-03 17:00', '+0100'), style='system', subj_cs='utf-8'),
    cat='repro', lang='es')

add('it-consultorio-clamidia-positivo', 'restricted',
    'Italian: family clinic tells a named patient her chlamydia test is positive and partner treatment is advised',
    mail('it-consultorio-clamidia-positivo',
         A('Consultorio Familiare Via Marsala', 'consultorio.marsala@asl.example.it.test'),
         A('Federica Conti', 'federica.conti@posta.example.it.test'),
         'Esito degli esami: è necessario un controllo',
         T("""Gentile Federica Conti,

il test del 24/11 per clamidia è risultato positivo (gonorrea negativa). È necessaria una terapia antibiotica: la aspettiamo in consultorio anche senza appuntamento, dal lunedì al venerdì 9-13. È consigliato che anche il partner venga trattato.

Consultorio Familiare Via Marsala
06 555 0157
""", cs='utf-8', cte='quoted-printable'),
         dt('2026-11-30 12:40', '+0100'), style='plain', subj_cs='utf-8',
         subj_mode='Q'), cat='repro', lang='it')

add('ko-nanim-ivf-iljeong-euckr', 'restricted',
    'Korean: fertility centre sends a named patient her IVF stimulation schedule',
    mail('ko-nanim-ivf-iljeong-euckr',
         A('서울미래여성의원 난임센터', 'ivf@mirae-women.example.kr.test', 'euc-kr'),
         A('이수진', 'sujin.lee@mail.example.kr.test', 'euc-kr'),
         '시험관 시술 일정 안내',
         T("""이수진 님,

이번 주기 시험관(IVF) 일정 안내드립니다.
- 12월 7일(월)부터 과배란 주사 시작 (고날에프 225IU, 매일 저녁 8시)
- 12월 11일(금) 오전 8시 초음파 및 호르몬 검사

주사 방법이 궁금하시면 난임센터 간호사실 02-555-0192로 연락 주세요.

서울미래여성의원 난임센터
""", cs='euc-kr', cte='quoted-printable'),
         dt('2026-12-04 17:30', '+0900'), style='system', subj_cs='euc-kr'),
    cat='repro', lang='ko')

# ==========================================================================
# none: traps, in English

_ics = ics('P&T Committee - December', '20261210T073000', '20261210T090000',
           '040000008200E00074C5B7101A82E008000000007B5D3E21F2C9DB0100000000000000001000000094D1',
           ('Ortega, Dana PharmD', 'dortega@rivermarkhealth.example.org'),
           [('P&T Committee Members', 'pt-committee@rivermarkhealth.example.org')],
           location='Admin Conf Rm 2 / Teams',
           description='Agenda\n1. Formulary: buprenorphine ER injection (Sublocade) for the ED bridge program; semaglutide restriction criteria\n2. Pharmacist-initiated PrEP protocol (incl. cabotegravir LA) - draft 3\n3. Antipsychotic LAI stocking on 3N\n4. Heparin and IV contrast shortage update\n5. MUE: vancomycin AUC dosing, Q3 results\nDial-in 555-0102, code 448812#',
           tz='Central Standard Time', stamp='20261201T140000Z')
add('trap-ics-pt-committee-agenda', 'none',
    'P&T committee invitation; agenda names drugs and programmes but no patient',
    mail('trap-ics-pt-committee-agenda',
         A('Ortega, Dana PharmD', 'dortega@rivermarkhealth.example.org'),
         A('P&T Committee Members', 'pt-committee@rivermarkhealth.example.org'),
         'P&T Committee - December',
         outlook_invite("""Agenda
1. Formulary: buprenorphine ER injection (Sublocade) for the ED bridge program; semaglutide restriction criteria
2. Pharmacist-initiated PrEP protocol (incl. cabotegravir LA) - draft 3
3. Antipsychotic LAI stocking on 3N
4. Heparin and IV contrast shortage update
5. MUE: vancomycin AUC dosing, Q3 results

Dial-in 555-0102, code 448812#
""", _ics), dt('2026-12-01 08:00', '-0600'), style='outlook'))

_ics = ics('Thoracic Tumor Board (weekly)', '20261209T120000', '20261209T130000',
           '040000008200E00074C5B7101A82E00800000000E6A2B91DF3C9DB010000000000000000100000005C7F',
           ('Tumor Board Coordinator', 'tumorboard@summitcancer.example.org'),
           [('Thoracic Oncology', 'thoracic-onc@summitcancer.example.org')],
           location='Conf Rm 3A / Teams',
           description='The case list will be posted to the secure Tumor Board folder by Tuesday 5 PM. Please do not send patient details by e-mail. CME: 1.0 AMA PRA Category 1 Credit.',
           rrule='FREQ=WEEKLY;BYDAY=WE', tz='Eastern Standard Time',
           stamp='20261120T150000Z')
add('trap-ics-tumor-board-no-cases', 'none',
    'recurring tumor board invitation; case list kept elsewhere, no patient named',
    mail('trap-ics-tumor-board-no-cases',
         A('Tumor Board Coordinator', 'tumorboard@summitcancer.example.org'),
         A('Thoracic Oncology', 'thoracic-onc@summitcancer.example.org'),
         'Thoracic Tumor Board (weekly)',
         outlook_invite('The case list will be posted to the secure Tumor Board folder by Tuesday 5 PM. Please do not send patient details by e-mail.\n\nCME: 1.0 AMA PRA Category 1 Credit.\n', _ics),
         dt('2026-11-20 10:00', '-0500'), style='outlook'))

_ics = ics('Behavioral Health Quality Committee - Q4', '20261215T200000Z',
           '20261215T213000Z', '6t1y8u3i0o2p5a7s9d4f6g8h0j@example.com',
           ('Marcus Iwu', 'miwu@riversidebh.example.org'),
           [('BH Quality', 'bh-quality@riversidebh.example.org')],
           location='Riverside BH Admin, Room 110',
           description='Agenda: restraint/seclusion Q3 (3N 2.1 per 1,000 pt hrs), 30-day readmissions 11.4%, C-SSRS screening compliance 96%, ligature risk assessment update, ECT suite schedule.',
           style='google', stamp='20261130T170000Z')
add('trap-google-invite-bh-quality-committee', 'none',
    'behavioural-health quality committee invite with unit rates only, no patient',
    mail('trap-google-invite-bh-quality-committee',
         A('Marcus Iwu', 'miwu@riversidebh.example.org'),
         A('BH Quality', 'bh-quality@riversidebh.example.org'),
         'Invitation: Behavioral Health Quality Committee - Q4 @ Tue Dec 15, 2026 2pm - 3:30pm (CST)',
         google_invite('Behavioral Health Quality Committee - Q4',
                       'Tuesday Dec 15, 2026 2pm \u2013 3:30pm Central Time - Chicago',
                       ('Marcus Iwu', 'miwu@riversidebh.example.org'),
                       [('BH Quality', 'bh-quality@riversidebh.example.org')], _ics,
                       location='Riverside BH Admin, Room 110',
                       description='Agenda: restraint/seclusion Q3 (3N 2.1 per 1,000 pt hrs), 30-day readmissions 11.4%, C-SSRS screening compliance 96%, ligature risk assessment update, ECT suite schedule.'),
         dt('2026-11-30 11:00', '-0600'), style='gmail'))

add('trap-voicemail-ehr-vendor-portal-demo', 'none',
    'voicemail from an EHR vendor rep scheduling a patient-portal demo',
    mail('trap-voicemail-ehr-vendor-portal-demo',
         A('Voicemail', 'voicemail@pbx.rivermarkhealth.example.org'),
         A('Mark Jablonski', 'mjablonski@rivermarkhealth.example.org'),
         'Voicemail from LUND JESSICA (555-0105)',
         T(voicemail_text('LUND JESSICA', '555-0105', '12/02/2026 3:26 PM', '0:44',
                          """Hi Mark it's Jessica Lund with Clarion Health Systems, following up on the patient portal and proxy access demo for your ambulatory clinics. I've got Thursday at two or Friday at ten open, and I can bring our clinical informatics lead. Give me a call at 555-0105. Thanks.""",
                          conf='high', mailbox='3302 Jablonski')),
         dt('2026-12-02 15:27', '-0600'), style='system'))

add('trap-missed-call-cardiology-ice-machine', 'none',
    'missed call and voicemail from the cardiology floor about a leaking ice machine',
    mail('trap-missed-call-cardiology-ice-machine',
         A('CloudPhone', 'notifications@cloudphone.example.com'),
         A('Facilities Work Control', 'workcontrol@rivermarkhealth.example.org'),
         'Missed call from CARDIOLOGY 3RD FL (x4417)',
         T("""Missed call from CARDIOLOGY 3RD FL (x4417) at 6:52 AM.
Voicemail (0:19):
"hey it's Trish up in cardiology, the ice machine in the nourishment room is leaking again, there's water all over by the Holter cart. can somebody come look, thanks"
"""), dt('2026-12-03 06:53', '-0600'), style='system', extra=AUTO))

add('trap-missed-call-pharmacy-invoice', 'none',
    'missed call and voicemail from a pharmacy to accounts payable about a vaccine invoice',
    mail('trap-missed-call-pharmacy-invoice',
         A('Phone System', 'noreply@voice.example.com'),
         A('Accounts Payable', 'ap@lakeshorefm.example.org'),
         'Missed call and voicemail from EASTGATE PHARMACY (555-0115)',
         T("""Missed call from EASTGATE PHARMACY (555-0115) at 1:40 PM. The caller left a voicemail (0:27).

Transcript:
Hi, this is Ron in accounts at Eastgate Pharmacy calling about invoice 88213 for the flu vaccine order from October, we haven't seen payment yet. The PO on it is 45002291. Call me back at 555-0115. Thanks.
"""), dt('2026-11-24 13:41', '-0600'), style='system', extra=AUTO))

add('trap-efax-glove-invoice-pdf', 'none',
    'faxed supplier invoice for gloves and sharps containers; business to business',
    mail('trap-efax-glove-invoice-pdf',
         A('eFax Service', 'delivery@efax.example.net'),
         A('Purchasing', 'purchasing@rivermarkhealth.example.org'),
         'Fax from 555-0108 - 1 page(s)',
         M('mixed', T('You have received a 1 page fax at 11/30/2026 02:05 PM from 555-0108 (MEDSUPPLY DIRECT). The fax is attached.\n'),
           att('application/pdf', pdf([[
               '11/30/2026 14:04  FROM: 555-0108  P.1/1', '',
               'MEDSUPPLY DIRECT - INVOICE 2026-11873', '',
               'Bill to: Rivermark Health - Materials Management',
               'PO: 45009917     Terms: Net 30', '',
               'Nitrile exam gloves, M, 10 cs         $1,412.00',
               'Nitrile exam gloves, L, 4 cs            $564.80',
               'Sharps container 2 gal, 24 ea           $441.80', '',
               'TOTAL DUE                              $2,418.60']]),
               'fax_26113014051108.pdf')),
         dt('2026-11-30 14:06', '-0600'), style='system', extra=AUTO))

add('trap-efax-test-page-oncology-front-desk', 'none',
    '"Oncology Front Desk" sends IT a fax test page; no patient',
    mail('trap-efax-test-page-oncology-front-desk',
         A('Oncology Front Desk', 'oncfrontdesk@summitcancer.example.org'),
         A('IT Service Desk', 'servicedesk@summitcancer.example.org'),
         'Fax test - pls confirm',
         M('mixed', T('Testing the new fax line 555-0153 after the move to the 2nd floor. Just the test page, nothing else. Please reply if it came through ok.\n\nThanks,\nJanelle\n'),
           att('application/pdf', pdf([[
               'TEST PAGE', '', 'Summit Cancer Center - Infusion, 2nd floor',
               'Line 555-0153', '12/01/2026 08:12',
               'ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789']], producer='Scan to PDF'),
               'TEST PAGE.pdf')),
         dt('2026-12-01 08:14', '-0500'), style='plain', mailer='Microsoft Outlook 16.0'))

add('trap-portal-password-changed', 'none',
    'borderline: portal security notice to a named user; no health information',
    mail('trap-portal-password-changed',
         A('Rivermark Patient Portal', 'portal@rivermarkhealth.example.org'),
         A('greta.lindahl@inbox.example.com'),
         'Your password was changed',
         T("""Hi Greta,

The password for your Rivermark Patient Portal account was changed on 12/02/2026 at 9:14 PM.

If you made this change, no action is needed. If you did not, call the portal help desk at 555-0104 right away.
"""), dt('2026-12-02 21:15', '-0600'), style='system', extra=AUTO))

add('trap-teams-export-night-shift-food', 'none',
    'nurse manager forwards a night-shift chat export about a food order for reimbursement',
    mail('trap-teams-export-night-shift-food',
         A('Lindqvist, Erik', 'elindqvist@rivermarkhealth.example.org'),
         A('Okonjo, Grace', 'gokonjo@rivermarkhealth.example.org'),
         'food fund - chat',
         M('mixed', outlook_alt("""Grace - here's the chat for the food-fund reimbursement, receipt is in your mailbox.

Erik
"""), txt_att("""[12/03 1:02 AM] Lindqvist, Erik: who's in for pho? ordering at 2
[12/03 1:03 AM] Okoye, Bea: me! #14 no onions
[12/03 1:05 AM] Farouk, Nadia: 2 spring rolls pls, I'll venmo
[12/03 1:11 AM] Pham, Tuan: #9 large
[12/03 1:20 AM] Lindqvist, Erik: ordered, $64.20 total, 40 min
[12/03 2:05 AM] Okoye, Bea: it's here, at the desk
""", '4W night shift chat.txt')),
         dt('2026-12-03 07:40', '-0600'), style='outlook'))

add('trap-slack-it-clinical-downtime', 'none',
    'Slack channel notice of EHR downtime procedures; no patient',
    mail('trap-slack-it-clinical-downtime',
         A('Slack', 'notification@slack.example.com'),
         A('charge-nurses@rivermarkhealth.example.org'),
         '[Slack] New message in #it-clinical',
         alt("""New message in #it-clinical (Rivermark Health)

ehr-bot  4:00 PM
Reminder: Clarion EHR downtime tonight 0200-0400. Print MARs and census at 0130. Use downtime forms in the blue binders. Lab results will print to unit printers; scan them in after 0400.

https://rivermark.slack.example.com/archives/C02IT9
""", """<p>New message in <b>#it-clinical</b> (Rivermark Health)</p><p><b>ehr-bot</b> 4:00 PM<br>Reminder: Clarion EHR downtime tonight 0200-0400. Print MARs and census at 0130. Use downtime forms in the blue binders. Lab results will print to unit printers; scan them in after 0400.</p>
"""), dt('2026-12-02 16:01', '-0600'), style='system', extra=AUTO))

add('trap-sms-medsupply-out-for-delivery', 'none',
    'text-to-email delivery notice for a medical supply order',
    mail('trap-sms-medsupply-out-for-delivery',
         A('MedSupply Direct', 'sms@medsupply.example.com'),
         A('purchasing@rivermarkhealth.example.org'),
         'Out for delivery: SO-558201',
         T('MedSupply Direct: Your order SO-558201 (12 cases) is out for delivery today 10AM-2PM to Rivermark Dock 3. Track: https://track.medsupply.example.com/SO558201\n'),
         dt('2026-12-04 07:05', '-0600'), style='system', extra=AUTO))

add('trap-portal-verification-code', 'none',
    'patient-portal one-time verification code; no health content',
    mail('trap-portal-verification-code',
         A('Rivermark Patient Portal', 'portal@rivermarkhealth.example.org'),
         A('k.ostrowski@mail.example.net'),
         'Your verification code',
         T('Your Rivermark Patient Portal verification code is 448213. It expires in 10 minutes. Never share this code with anyone, including our staff.\n'),
         dt('2026-11-28 18:22', '-0600'), style='system', extra=AUTO))

add('trap-read-receipt-radiology-capital', 'none',
    'read receipt for a radiology capital budget request',
    mail('trap-read-receipt-radiology-capital',
         A('Hargrove, Neil', 'nhargrove@rivermarkhealth.example.org'),
         A('Finance - Capital Planning', 'capital@rivermarkhealth.example.org'),
         'Read: FY27 capital request - Radiology (CT scanner replacement)',
         mdn("""Your message

  To: Hargrove, Neil
  Subject: FY27 capital request - Radiology (CT scanner replacement)
  Sent: Monday, November 30, 2026 9:12:05 AM (UTC-06:00) Central Time (US & Canada)

was read on Monday, November 30, 2026 11:40:51 AM (UTC-06:00) Central Time (US & Canada).
""", 'nhargrove@rivermarkhealth.example.org',
             '<SJ0PR02MB8812B2E77A1C40F9A1B3@SJ0PR02MB8812.namprd02.prod.outlook.example.com>'),
         dt('2026-11-30 11:41', '-0600'), style='outlook'))

add('trap-read-receipt-hipaa-attestation', 'none',
    'read receipt for a staff HIPAA attestation reminder',
    mail('trap-read-receipt-hipaa-attestation',
         A('Pham, Tuan', 'tpham@rivermarkhealth.example.org'),
         A('Privacy Office', 'privacy@rivermarkhealth.example.org'),
         'Read: ACTION REQUIRED: HIPAA privacy attestation due 12/15',
         mdn("""Your message

  To: Pham, Tuan
  Subject: ACTION REQUIRED: HIPAA privacy attestation due 12/15
  Sent: Tuesday, December 1, 2026 7:00:00 AM (UTC-06:00) Central Time (US & Canada)

was read on Tuesday, December 1, 2026 7:48:12 AM (UTC-06:00) Central Time (US & Canada).
""", 'tpham@rivermarkhealth.example.org',
             '<SJ0PR02MB8812C7102BE54D3F8C21@SJ0PR02MB8812.namprd02.prod.outlook.example.com>'),
         dt('2026-12-01 07:48', '-0600'), style='outlook'))

add('trap-fwd-drug-shortage-allocation', 'none',
    'forwarded wholesaler allocation notice naming drugs and strengths; no patient',
    mail('trap-fwd-drug-shortage-allocation',
         A('Ortega, Dana PharmD', 'dortega@rivermarkhealth.example.org'),
         A('Clinic Managers', 'clinic-managers@rivermarkhealth.example.org'),
         'FW: Allocation notice - week of 11/30',
         outlook_alt("""see below - heads up for the clinics, steer to alternatives where you can. -D

-----Original Message-----
From: Customer Notices <notices@wholesale.example.com>
Sent: Monday, November 30, 2026 5:00 AM
Subject: Allocation notice - week of 11/30

- Amoxicillin 400 mg/5 mL suspension: backordered, est. 01/15
- Methylphenidate ER 36 mg: on allocation, max 2 bottles/week/account
- Sertraline 50 mg tabs (100 ct): limited, substitute 25 mg
- Naloxone 4 mg nasal spray: available, no limits
"""), dt('2026-11-30 09:30', '-0600'), style='outlook'))

add('trap-photo-autoclave-e47', 'none',
    'phone photo of an autoclave error in sterile processing',
    mail('trap-photo-autoclave-e47',
         A('Dwight Carver', 'dcarver@rivermarkhealth.example.org'),
         A('Biomed', 'biomed@rivermarkhealth.example.org'),
         'autoclave 2',
         M('mixed', T('autoclave #2 in SPD threw E47 again mid-cycle. load was OR trays, reprocessing on #1. pic attached\n\nSent from my iPhone\n'),
           att('image/jpeg', jpeg(128, 96, 110), 'IMG_2231.jpg', inline=True)),
         dt('2026-12-01 05:48', '-0600'), style='apple'))

add('trap-shared-doc-oncology-budget', 'none',
    'shared spreadsheet notice for a department budget',
    mail('trap-shared-doc-oncology-budget',
         A('Kelsey Marr (via OneDrive)', 'no-reply@sharepointonline.example.com'),
         A('Dr. Joanna Pike', 'jpike@summitcancer.example.org'),
         "Kelsey Marr shared the file 'FY27 Oncology budget v3.xlsx' with you",
         alt("""Kelsey Marr shared a file with you

FY27 Oncology budget v3.xlsx

"infusion chair expansion is on the capital tab, need your sign-off by Fri"

Open: https://summitcancer-my.sharepoint.example.com/:x:/g/personal/kmarr/EaP2w

This link will work for people in Summit Cancer Center.
""", """<p><b>Kelsey Marr shared a file with you</b></p><p>&#128202; FY27 Oncology budget v3.xlsx</p><p>&quot;infusion chair expansion is on the capital tab, need your sign-off by Fri&quot;</p><p><a href="https://summitcancer-my.sharepoint.example.com/:x:/g/personal/kmarr/EaP2w">Open</a></p>
"""), dt('2026-12-02 10:20', '-0500'), style='system', extra=AUTO))

add('trap-shared-doc-opioid-stewardship-policy', 'none',
    'shared policy draft about opioid stewardship; no patient',
    mail('trap-shared-doc-opioid-stewardship-policy',
         A('Dr. Imogen Hale (via OneDrive)', 'no-reply@sharepointonline.example.com'),
         A('Pain & Addiction Committee', 'pac@lakeshorefm.example.org'),
         "Imogen Hale shared 'Draft - Opioid Stewardship Policy v2 (MOUD bridge section).docx'",
         alt("""Dr. Imogen Hale shared a file with you

Draft - Opioid Stewardship Policy v2 (MOUD bridge section).docx

"redlines from legal incorporated, section 4 is the buprenorphine bridge"

Open: https://lakeshorefm.sharepoint.example.com/:w:/s/Policies/EdK8
""", """<p><b>Dr. Imogen Hale shared a file with you</b></p><p>Draft - Opioid Stewardship Policy v2 (MOUD bridge section).docx</p><p>&quot;redlines from legal incorporated, section 4 is the buprenorphine bridge&quot;</p><p><a href="https://lakeshorefm.sharepoint.example.com/:w:/s/Policies/EdK8">Open</a></p>
"""), dt('2026-11-25 14:00', '-0600'), style='system', extra=AUTO))

add('trap-shared-doc-blank-hiv-consent-template', 'none',
    'shared blank consent form template for HIV testing; no patient',
    mail('trap-shared-doc-blank-hiv-consent-template',
         A('Renata Silva (via Google Drive)', 'drive-shares-dm-noreply@docs.example.com'),
         A('frontdesk@eastsidech.example.org'),
         'File shared with you: "Template - Consent for HIV testing (blank, EN-ES).pdf"',
         alt("""Renata Silva (rsilva@eastsidech.example.org) shared a file with you

Template - Consent for HIV testing (blank, EN-ES).pdf
"new version, please toss the old pads at the window"

https://drive.example.com/file/d/1Kq9Vv2/view?usp=sharing
""", """<p>Renata Silva (<a href="mailto:rsilva@eastsidech.example.org">rsilva@eastsidech.example.org</a>) shared a file with you</p><p><a href="https://drive.example.com/file/d/1Kq9Vv2/view?usp=sharing">Template - Consent for HIV testing (blank, EN-ES).pdf</a></p><blockquote>new version, please toss the old pads at the window</blockquote>
""", upper=True), dt('2026-11-23 09:40', '-0500'), style='system'))

add('trap-car-service-appointment', 'none',
    'car dealership service appointment confirmation with a VIN',
    mail('trap-car-service-appointment',
         A('Lakeview Motors Service', 'service@lakeviewmotors.example.com'),
         A('Dr. Priya Anand', 'priya.anand@mailbox.example.net'),
         'Appointment confirmed: Tue 12/15 9:40 AM',
         T("""Hi Priya,

Your service appointment is confirmed.

Tue, Dec 15 at 9:40 AM
2019 Outback, VIN 4S4BSANC2K3301742
30,000-mile service + tire rotation
Service advisor: Mike Dunn, 555-0166

Shuttle available within 5 miles.
"""), dt('2026-12-03 12:00', '-0600'), style='system', extra=AUTO))

add('trap-vet-reminder-biscuit-vaccines', 'none',
    'veterinary vaccine reminder for a dog; pet care, not human health care',
    mail('trap-vet-reminder-biscuit-vaccines',
         A('Westside Animal Hospital', 'reminders@westsidevet.example.com'),
         A('Laura Bishop', 'lbishop@inbox.example.com'),
         'Biscuit is due for vaccines',
         alt("""Hi Laura,

Biscuit is due for the following:
- DHPP booster
- Rabies (3-year)
- Leptospirosis

Appointment: Sat 12/12 at 10:00 AM with Dr. Harlow. Please bring a stool sample.

Westside Animal Hospital - 555-0178
""", """<p>Hi Laura,</p><p><b>Biscuit</b> is due for the following:</p><ul><li>DHPP booster</li><li>Rabies (3-year)</li><li>Leptospirosis</li></ul><p>Appointment: Sat 12/12 at 10:00 AM with Dr. Harlow. Please bring a stool sample.</p>
"""), dt('2026-12-01 09:00', '-0700'), style='system', extra=AUTO))

add('trap-reminder-cme-license-renewal', 'none',
    'licence renewal and CME-hours reminder to a named physician',
    mail('trap-reminder-cme-license-renewal',
         A('Medical Staff Office', 'medstaff@rivermarkhealth.example.org'),
         A('Dr. Paulina Ortiz', 'portiz@rivermarkhealth.example.org'),
         'Reminder: license MD-44871 renews 1/31/2027 - CME hours',
         T("""Dr. Ortiz,

Your state medical license (MD-44871) renews on 01/31/2027. The board's tracker shows 38 of 50 CME hours, including the 2-hour opioid prescribing requirement. Please upload certificates for the remaining 12 hours by 01/15.

Medical Staff Office, 555-0103
"""), dt('2026-12-01 08:30', '-0600'), style='system'))

_dea1 = dea('FO', '481227')
add('trap-reminder-dea-registration-renewal', 'none',
    'DEA registration renewal reminder for a named prescriber; no patient',
    mail('trap-reminder-dea-registration-renewal',
         A('Credentialing', 'credentialing@oakridgeim.example.org'),
         A('Dr. Farid Okafor', 'fokafor@oakridgeim.example.org'),
         'DEA registration expires 01/31/2027',
         T("""Dr. Okafor,

Our records show DEA registration %s expires 01/31/2027. Please renew online at least 45 days before expiration and send us the new certificate so we can update your EPCS profile.

Thanks,
Credentialing
""" % _dea1), dt('2026-11-30 10:00', '-0500'), style='system'))

add('trap-staff-flu-clinic', 'none',
    'employee flu clinic announcement; no individual',
    mail('trap-staff-flu-clinic',
         A('Employee Health', 'employeehealth@rivermarkhealth.example.org'),
         A('All Staff', 'allstaff@rivermarkhealth.example.org'),
         'Employee flu clinic Thursday 12/10',
         T("""Employee flu clinic: Thu 12/10, 7 AM - 3 PM, Cafeteria B.

Bring your badge. Quadrivalent and high-dose available. If you got your shot elsewhere, upload proof in the Employee Health portal. Declination forms are due 12/18.
"""), dt('2026-12-03 08:00', '-0600'), style='system'))

_ics = ics('Cake for Dolores - 60th!', '20261209T203000Z', '20261209T210000Z',
           '2r5t8y1u4i7o0p3a6s9d2f5g8h@example.com',
           ('Becca Sloane', 'bsloane@cedarvalley.example.org'),
           [('Billing Team', 'billing-team@cedarvalley.example.org')],
           location='2nd floor break room',
           description="She was born 12/09/1966 so yes it's the big one. Chip in $5 for the cake and card (Venmo @becca-sloane). Don't tell her!",
           style='google', stamp='20261202T190000Z')
add('trap-google-invite-coworker-60th', 'none',
    'office birthday invite with a coworker\'s date of birth; no health content',
    mail('trap-google-invite-coworker-60th',
         A('Becca Sloane', 'bsloane@cedarvalley.example.org'),
         A('Billing Team', 'billing-team@cedarvalley.example.org'),
         'Invitation: Cake for Dolores - 60th! @ Wed Dec 9, 2026 1:30pm - 2pm (MST)',
         google_invite('Cake for Dolores - 60th!',
                       'Wednesday Dec 9, 2026 1:30pm \u2013 2pm Mountain Time - Denver',
                       ('Becca Sloane', 'bsloane@cedarvalley.example.org'),
                       [('Billing Team', 'billing-team@cedarvalley.example.org')], _ics,
                       location='2nd floor break room',
                       description="She was born 12/09/1966 so yes it's the big one. Chip in $5 for the cake and card (Venmo @becca-sloane). Don't tell her!",
                       account='billing-team@cedarvalley.example.org'),
         dt('2026-12-02 12:00', '-0700'), style='gmail'))

add('trap-it-ticket-rx-label-printer', 'none',
    'IT ticket update about a pharmacy label printer',
    mail('trap-it-ticket-rx-label-printer',
         A('IT Service Desk', 'servicedesk@rivermarkhealth.example.org'),
         A('Ortega, Dana PharmD', 'dortega@rivermarkhealth.example.org'),
         'INC0048812 updated - Rx label printer not printing',
         T("""Incident INC0048812 has been updated.

Short description: Label printer in Outpatient Pharmacy (PRN-OPRX-02) not printing Rx labels
State: In Progress
Assigned to: Field Services - Tier 2
Work note: replaced ribbon, driver reinstall scheduled 14:00. Loaner printer PRN-OPRX-09 set as default meanwhile.

View: https://rivermark.service.example.com/inc?n=INC0048812
"""), dt('2026-12-02 11:15', '-0600'), style='system', extra=AUTO))

add('trap-it-ticket-bh-intake-fax-line', 'none',
    'IT request closed: new fax line for behavioural-health intake; no patient',
    mail('trap-it-ticket-bh-intake-fax-line',
         A('IT Service Desk', 'servicedesk@riversidebh.example.org'),
         A('Marcus Iwu', 'miwu@riversidebh.example.org'),
         'RITM0021177 closed complete - e-fax line for BH intake',
         T("""Request RITM0021177 has been closed complete.

Item: New e-fax line
Department: Behavioral Health Intake
Number: 555-0150
Routing: inbound faxes deliver to bh-intake@riversidebh.example.org as PDF

Please send a test fax and reply to this ticket within 5 days if anything is wrong.
"""), dt('2026-11-27 16:30', '-0600'), style='system', extra=AUTO))

_ics = ics('Demo: AmbientNote AI scribe', '20261208T190000Z', '20261208T200000Z',
           '9k2j5h8g1f4d7s0a3p6o9i2u5y@example.com',
           ('Priya Venkat', 'pvenkat@ambientnote.example.com'),
           [('Mark Jablonski', 'mjablonski@rivermarkhealth.example.org'),
            ('Dr. Samuel Achterberg', 'sachterberg@rivermarkhealth.example.org')],
           location='https://meet.ambientnote.example.com/rivermark-demo',
           description='We will show a live demo with a synthetic encounter (55M, chest pain, hx HTN - fictional, no real patient data) and the note it drafts, then the Clarion integration.',
           style='google', stamp='20261201T160000Z')
add('trap-google-invite-ai-scribe-demo', 'none',
    'vendor demo invite using an explicitly synthetic encounter',
    mail('trap-google-invite-ai-scribe-demo',
         A('Priya Venkat', 'pvenkat@ambientnote.example.com'),
         [A('Mark Jablonski', 'mjablonski@rivermarkhealth.example.org'),
          A('Dr. Samuel Achterberg', 'sachterberg@rivermarkhealth.example.org')],
         'Invitation: Demo: AmbientNote AI scribe @ Tue Dec 8, 2026 1pm - 2pm (CST)',
         google_invite('Demo: AmbientNote AI scribe',
                       'Tuesday Dec 8, 2026 1pm \u2013 2pm Central Time - Chicago',
                       ('Priya Venkat', 'pvenkat@ambientnote.example.com'),
                       [('Mark Jablonski', 'mjablonski@rivermarkhealth.example.org'),
                        ('Dr. Samuel Achterberg', 'sachterberg@rivermarkhealth.example.org')], _ics,
                       location='https://meet.ambientnote.example.com/rivermark-demo',
                       description='We will show a live demo with a synthetic encounter (55M, chest pain, hx HTN - fictional, no real patient data) and the note it drafts, then the Clarion integration.',
                       account='mjablonski@rivermarkhealth.example.org'),
         dt('2026-12-01 10:00', '-0600'), style='gmail'))

add('trap-lunch-and-learn-prep-gap', 'none',
    'pharma-sponsored lunch-and-learn about PrEP uptake; no patient',
    mail('trap-lunch-and-learn-prep-gap',
         A('Tasha Whitmore', 'twhitmore@pharmarep.example.com'),
         A('Lakeshore Family Medicine', 'frontdesk@lakeshorefm.example.org'),
         'Lunch Thursday 12/10 - confirming headcount',
         gmail_alt("""Hi all,

Confirming the lunch-and-learn Thursday 12/10 at 12:15 in Conf B: "Closing the PrEP gap in primary care" with Dr. Ruiz from County ID. Lunch from Bread Co. is on us - please reply with headcount and any dietary restrictions by Tuesday.

Thanks!
Tasha Whitmore
Territory Manager, 555-0113
"""), dt('2026-12-03 09:10', '-0600'), style='gmail'))

add('trap-voicemail-pfs-ar-days', 'none',
    'voicemail from patient financial services about aggregate AR days and denials',
    mail('trap-voicemail-pfs-ar-days',
         A('Unity Messaging', 'unity@pbx.rivermarkhealth.example.org'),
         A('Harriet Cole, CFO', 'hcole@rivermarkhealth.example.org'),
         'Voice message from PATIENT FINANCIAL SVCS (x6120)',
         T(voicemail_text('PATIENT FINANCIAL SVCS', 'x6120', '12/01/2026 4:44 PM', '0:35',
                          """Hi Harriet, it's Raj in PFS. November closed at 42.1 AR days, denials are up on the Medicare Advantage side, mostly auth and medical necessity. I'd like fifteen minutes before Thursday's finance committee. Thanks.""",
                          mailbox='1001 Cole')),
         dt('2026-12-01 16:45', '-0600'), style='system'))

add('trap-subject-only-mrn-field-length', 'none',
    'interface analyst\'s subject-only question about MRN field length; no patient',
    mail('trap-subject-only-mrn-field-length',
         A('Brandt, Hugo', 'hbrandt@rivermarkhealth.example.org'),
         A('Lab Interfaces', 'lab-interfaces@rivermarkhealth.example.org'),
         'MRN field 10 vs 8 digits in the new lab interface - zero pad PID-3?',
         T('\n'), dt('2026-12-02 14:12', '-0600'), style='outlook'))

add('trap-subject-only-sertraline-pyxis', 'none',
    'pharmacy buyer\'s subject-only stock question about sertraline; no patient',
    mail('trap-subject-only-sertraline-pyxis',
         A('Kurt Wendell', 'kwendell@rivermarkhealth.example.org'),
         A('Pharmacy Buyer', 'rxbuyer@rivermarkhealth.example.org'),
         'sertraline 50 short - load 25s x2 in the Pyxis on 3N + 4W?',
         T(''), dt('2026-11-30 13:30', '-0600'), style='plain',
         mailer='Microsoft Outlook 16.0'))

add('trap-iphone-landed-hiv-summit', 'none',
    'one-liner about meeting at an HIV prevention conference; no patient',
    mail('trap-iphone-landed-hiv-summit',
         A('Dr. Ana Lucero', 'alucero@eastsidech.example.org'),
         A('Renata Silva', 'rsilva@eastsidech.example.org'),
         'here',
         apple_text('landed, at the HIV prevention summit reg desk. where are you?'),
         dt('2026-12-03 08:05', '-0800'), style='apple'))

add('trap-ooo-psychiatrist-988', 'none',
    'psychiatrist\'s out-of-office reply to a scheduling thread, with the 988 line; no patient',
    mail('trap-ooo-psychiatrist-988',
         A('Dr. Imani Achebe', 'iachebe@riversidebh.example.org'),
         A('Marcus Iwu', 'miwu@riversidebh.example.org'),
         'Automatic reply: RE: Q1 clinic template changes',
         outlook_alt("""I am out of the office until Monday 12/14.

For urgent clinical matters please call the Riverside Behavioral Health main line at 555-0145 and ask for the covering psychiatrist.

If you or someone you know is in crisis, call or text 988.

Imani Achebe, MD
"""), dt('2026-12-04 11:02', '-0600'), style='outlook',
         extra=[('Auto-Submitted', 'auto-replied'),
                ('X-Auto-Response-Suppress', 'All')]))

add('trap-read-receipt-methadone-desk-vendor', 'none',
    '"Methadone Clinic Front Desk" read receipt to a vendor for a pump maintenance quote',
    mail('trap-read-receipt-methadone-desk-vendor',
         A('Methadone Clinic Front Desk', 'frontdesk@harborrecovery.example.org'),
         A('DoseMate Sales', 'sales@dosemate.example.com'),
         'Read: Quote Q-2291 - dosing pump maintenance renewal',
         mdn("""Your message

  To: Methadone Clinic Front Desk
  Subject: Quote Q-2291 - dosing pump maintenance renewal
  Sent: Wednesday, December 2, 2026 10:04:12 AM (UTC-05:00) Eastern Time (US & Canada)

was read on Wednesday, December 2, 2026 1:22:40 PM (UTC-05:00) Eastern Time (US & Canada).
""", 'frontdesk@harborrecovery.example.org',
             '<20261202150412.7731@dosemate.example.com>'),
         dt('2026-12-02 13:22', '-0500'), style='outlook'))

add('trap-portal-health-library-birth-control', 'none',
    'borderline: health-library newsletter addressed by first name; general articles, nothing about her care',
    mail('trap-portal-health-library-birth-control',
         A('Cedar Valley Health Library', 'newsletter@cedarvalley.example.org'),
         A('rosa.mendes@inbox.example.com'),
         'Rosa, new in your Health Library: 5 myths about birth control',
         alt("""Hi Rosa,

New this month in the Cedar Valley Health Library:

- 5 myths about birth control
- Flu or cold? How to tell
- Winter skin care for eczema

Read more: https://www.cedarvalley.example.org/library

You are receiving this because you subscribed to Health Library updates. Unsubscribe: https://www.cedarvalley.example.org/unsub
""", """<p>Hi Rosa,</p><p>New this month in the Cedar Valley Health Library:</p><ul><li><a href="https://www.cedarvalley.example.org/library/bc-myths">5 myths about birth control</a></li><li><a href="https://www.cedarvalley.example.org/library/flu-cold">Flu or cold? How to tell</a></li><li><a href="https://www.cedarvalley.example.org/library/eczema">Winter skin care for eczema</a></li></ul><p style="font-size:11px">You are receiving this because you subscribed to Health Library updates. <a href="https://www.cedarvalley.example.org/unsub">Unsubscribe</a></p>
"""), dt('2026-12-01 06:00', '-0700'), style='system',
         extra=[('List-Unsubscribe', '<https://www.cedarvalley.example.org/unsub>'),
                ('Precedence', 'bulk')]))

add('trap-fax-cover-template-confidentiality', 'none',
    'new blank fax cover template with a PHI confidentiality notice; no patient',
    mail('trap-fax-cover-template-confidentiality',
         A('Health Information Management', 'him@cedarvalley.example.org'),
         A('All Clinics', 'clinics@cedarvalley.example.org'),
         'New fax cover sheet - use starting Monday',
         M('mixed', T("""Hi all,

Attached is the updated fax cover sheet. Please use it starting Monday 12/7 and recycle the old pads. The only change is the confidentiality notice wording and the new HIM fax number.

HIM
"""), att('application/pdf', pdf([[
               'CEDAR VALLEY CLINIC - FAX COVER SHEET', '',
               'Date: ____________   Pages (incl. cover): ____',
               'To: ______________________   Fax: ______________',
               'From: ____________________   Fax: 555-0129', '',
               'Re: ______________________________________', '',
               'CONFIDENTIALITY NOTICE: This facsimile may contain protected',
               'health information that is privileged and confidential. If you',
               'received it in error, notify the sender at 555-0129 and destroy',
               'all copies.']], producer='Word to PDF'),
               'Fax cover sheet 2026-12.pdf')),
         dt('2026-12-03 15:00', '-0700'), style='plain', mailer='Microsoft Outlook 16.0'))

_ics = ics('Canceled: Annual HIPAA & 42 CFR Part 2 training - session 3',
           '20261210T150000', '20261210T160000',
           '040000008200E00074C5B7101A82E0080000000019B8A7E2F4C9DB01000000000000000010000000B3E8',
           ('Privacy Office', 'privacy@harborrecovery.example.org'),
           [('All Staff', 'staff@harborrecovery.example.org')],
           location='Training Room 1', description='This session is cancelled. Please join session 4 on 12/17 or complete the online module by 12/31.',
           method='CANCEL', tz='Eastern Standard Time', sequence=1,
           stamp='20261203T130000Z')
add('trap-ics-cancel-privacy-training', 'none',
    'cancellation of a staff privacy training session; no patient',
    mail('trap-ics-cancel-privacy-training',
         A('Privacy Office', 'privacy@harborrecovery.example.org'),
         A('All Staff', 'staff@harborrecovery.example.org'),
         'Canceled: Annual HIPAA & 42 CFR Part 2 training - session 3',
         outlook_invite('This session is cancelled. Please join session 4 on 12/17 or complete the online module by 12/31.\n',
                        _ics, method='CANCEL'),
         dt('2026-12-03 08:00', '-0500'), style='outlook'))

add('trap-school-head-lice-notice', 'none',
    'school nurse notice to a class about a head-lice case; no child identified',
    mail('trap-school-head-lice-notice',
         A('Nurse Office - Linwood Elementary', 'nurse@linwoodelem.example.org'),
         A('Room 12 Families', 'room12-families@linwoodelem.example.org'),
         'Head lice - please check your child',
         T("""Dear Room 12 families,

A case of head lice was reported in Ms. Ortiz's 2nd grade class. Please check your child's hair tonight and again over the weekend, and let me know if you find anything so we can help. No child is excluded from school for lice.

Information sheet: https://www.linwoodelem.example.org/health/lice

Ama Boateng, RN, School Nurse
"""), dt('2026-12-02 14:30', '-0500'), style='plain', mailer='Microsoft Outlook 16.0'))

add('trap-oncology-billing-print-invoice', 'none',
    '"Oncology Billing" writes to its print vendor about a statement-printing invoice',
    mail('trap-oncology-billing-print-invoice',
         A('Oncology Billing', 'oncbilling@summitcancer.example.org'),
         A('PrintPoint Accounts', 'accounts@printpoint.example.com'),
         'RE: Invoice INV-20261130 - statement printing Nov',
         outlook_alt("""Hi Deb,

Approved. 14,220 statements at the contracted rate, plus postage. Please send the W-9 again, AP can't find it.

Thanks,
Lorna
Oncology Billing Office
"""), dt('2026-12-02 15:40', '-0500'), style='outlook'))

add('trap-slack-molecular-brca-run-qc', 'none',
    'Slack lab notice that a BRCA1/2 sequencing run passed QC; controls only, no patient',
    mail('trap-slack-molecular-brca-run-qc',
         A('Slack', 'notification@slack.example.com'),
         A('molecular-lab@eastbrookhealth.example.org'),
         '[Slack] New message in #lab-molecular',
         alt("""New message in #lab-molecular (Eastbrook Health)

lims-bot  11:02 AM
BRCA1/2 NGS run 2026-1203-A: positive control and NTC passed QC, mean coverage 612x. 94 samples released to variant analysis.
""", """<p>New message in <b>#lab-molecular</b></p><p><b>lims-bot</b> 11:02 AM<br>BRCA1/2 NGS run 2026-1203-A: positive control and NTC passed QC, mean coverage 612x. 94 samples released to variant analysis.</p>
"""), dt('2026-12-03 11:03', '-0500'), style='system', extra=AUTO))

add('trap-naloxone-training-reminder', 'none',
    'staff naloxone training reminder; no patient',
    mail('trap-naloxone-training-reminder',
         A('Security & Safety', 'safety@cedarvalley.example.org'),
         A('Front Desk Staff', 'frontdesk-all@cedarvalley.example.org'),
         'Reminder: Narcan training Tue 12/8 2 PM',
         T("""Reminder: naloxone (Narcan) training for all front desk and security staff, Tue 12/8 at 2 PM in Conf A (30 min). After the training, kits will be mounted at each entrance next to the AED.
"""), dt('2026-12-04 09:15', '-0700'), style='system'))

add('trap-photo-prep-clinic-door-sign', 'none',
    'photo of a draft door sign for a PrEP clinic; no patient',
    mail('trap-photo-prep-clinic-door-sign',
         A('Renata Silva', 'rsilva@eastsidech.example.org'),
         A('Dr. Ana Lucero', 'alucero@eastsidech.example.org'),
         'door sign v2',
         M('mixed', T('new sign for the PrEP & Sexual Health clinic entrance, v2 - ok to order? $84 for two\n\nSent from my iPhone\n'),
           att('image/jpeg', jpeg(144, 96, 220), 'PrEP_clinic_door_sign_v2.jpg', inline=True)),
         dt('2026-11-24 12:30', '-0500'), style='apple'))

add('trap-badge-ready-bh-employee', 'none',
    'ID badge pickup notice with an employee ID and a behavioural-health department; no health content',
    mail('trap-badge-ready-bh-employee',
         A('Security - Badging', 'badging@riversidebh.example.org'),
         A('Jonah Feldman', 'jfeldman@riversidebh.example.org'),
         'Your ID badge is ready',
         T("""Your ID badge is ready for pickup.

Name: Jonah Feldman
Employee ID: 004417
Department: Behavioral Health - Adolescent IOP
Access: Building B, 2nd floor

Pick up at Security, B1, Mon-Fri 7 AM - 5 PM. Bring a photo ID.
"""), dt('2026-11-30 13:00', '-0600'), style='system', extra=AUTO))

_npi2 = npi('132857406')
add('trap-vcard-hospitalist-npi', 'none',
    'hospitalist shares her contact card with an NPI; no patient',
    mail('trap-vcard-hospitalist-npi',
         A('Farouk, Nadia', 'nfarouk@rivermarkhealth.example.org'),
         A('Hospitalist Scheduling', 'hosp-sched@rivermarkhealth.example.org'),
         'my contact for the call list',
         M('mixed', outlook_alt("""Here's my updated contact card for the call list - new cell.

Nadia
"""), Leaf('text/vcard; charset=utf-8; name="Nadia Farouk.vcf"', vcard([
               'N:Farouk;Nadia;;Dr.;MD', 'FN:Dr. Nadia Farouk MD',
               'ORG:Rivermark Health;Hospital Medicine', 'TITLE:Hospitalist',
               'TEL;TYPE=CELL:555-0188', 'TEL;TYPE=WORK:555-0187',
               'EMAIL;TYPE=WORK:nfarouk@rivermarkhealth.example.org',
               'NOTE:NPI ' + _npi2]).encode(), 'base64',
               disp='attachment; filename="Nadia Farouk.vcf"')),
         dt('2026-12-01 19:00', '-0600'), style='outlook'))

# ==========================================================================
# none: ordinary mail, in English

add('meeting-moved-to-3pm', 'none',
    'one-line reply moving a budget meeting',
    mail('meeting-moved-to-3pm',
         A('Kim, Stephanie', 'skim@rivermarkhealth.example.org'),
         A('Hargrove, Neil', 'nhargrove@rivermarkhealth.example.org'),
         'RE: budget sync',
         outlook_alt('moved to 3, same room. -S\n'),
         dt('2026-12-02 09:48', '-0600'), style='outlook',
         reply='<SJ0PR02MB88127F1@SJ0PR02MB8812.namprd02.prod.outlook.example.com>'))

add('lunch-order-tacos-friday', 'none',
    'office lunch order',
    mail('lunch-order-tacos-friday',
         A('Becca Sloane', 'bsloane@cedarvalley.example.org'),
         A('Billing Team', 'billing-team@cedarvalley.example.org'),
         'tacos friday?',
         gmail_alt("tacos friday? reply by 10 with your order, i'm calling it in at 10:30. $12 each, cash or venmo\n"),
         dt('2026-12-03 16:20', '-0700'), style='gmail'))

add('package-delivered-front-door', 'none',
    'carrier delivery notice with a tracking number',
    mail('package-delivered-front-door',
         A('ParcelGo', 'tracking@parcelgo.example.com'),
         A('lbishop@inbox.example.com'),
         'Delivered: your package was left at the front door',
         T("""Your package was delivered.

Tracking: PG9V48A70312345678
Delivered: Wed 12/02 2:17 PM - left at front door
Signed by: not required

Manage deliveries: https://parcelgo.example.com/track/PG9V48A70312345678
"""), dt('2026-12-02 14:18', '-0500'), style='system', extra=AUTO))

add('school-closure-voicemail-ice', 'none',
    'school district robocall voicemail about a weather closure',
    mail('school-closure-voicemail-ice',
         A('Visual Voicemail', 'vvm-noreply@wireless.example.net'),
         A('linhtran@mail.example.net'),
         'New voicemail from LINWOOD SCHOOLS (555-0155)',
         T(voicemail_text('LINWOOD SCHOOLS', '555-0155', 'Thu, Dec 3 8:31 PM', '0:29',
                          """This is the Linwood School District with a message for families. Due to the ice storm, all schools and offices are closed tomorrow, Friday December fourth. Activities and practices are cancelled. Stay safe.""")),
         dt('2026-12-03 20:32', '-0500'), style='system'))

add('bank-alert-withdrawal', 'none',
    'bank alert with a partial account number; no health content',
    mail('bank-alert-withdrawal',
         A('Lakeshore Credit Union', 'alerts@lakeshorecu.example.com'),
         A('gwhitcombe58@mailbox.example.net'),
         'Alert: withdrawal over $1,000',
         T("""A withdrawal of $1,250.00 was made from your account ending 4471 on 12/02/2026.

If you don't recognize this, call us at 555-0118.
"""), dt('2026-12-02 12:03', '-0600'), style='system', extra=AUTO))

add('book-club-december-pick', 'none',
    'book club message',
    mail('book-club-december-pick',
         A('Maren Holt', 'mholt@mail.example.net'),
         A('Thursday Book Club', 'bookclub@lists.example.net'),
         'December pick + host',
         gmail_alt("""Hi all! December is at Joanne's on the 17th, 7 pm. We're reading the lighthouse one Priya suggested. Bring a snack, not wine, she has plenty :)

Maren
"""), dt('2026-11-29 19:44', '-0500'), style='gmail'))

add('carpool-text-running-late', 'none',
    'text-to-email from a carpool driver',
    mail('carpool-text-running-late',
         A('6145550121@txt.example.net'),
         A('dcolton@inbox.example.com'),
         '',
         T('running 10 late, pick u up at 7:40 instead\n'),
         dt('2026-12-02 07:21', '-0500'), style='plain'))

add('salon-appointment-cancelled', 'none',
    'hair salon cancellation',
    mail('salon-appointment-cancelled',
         A('Studio Nine Salon', 'bookings@studionine.example.com'),
         A('Sofia Marchetti', 'sofia.marchetti@inbox.example.com'),
         'Your appointment has been cancelled',
         T("""Hi Sofia, your appointment for Cut & color with Jess on Sat 12/5 at 11:00 AM has been cancelled. Book again: https://studionine.example.com/book
"""), dt('2026-12-01 18:00', '-0800'), style='system', extra=AUTO))

add('parking-garage-level2-closure', 'none',
    'facilities notice about a garage closure',
    mail('parking-garage-level2-closure',
         A('Parking & Transportation', 'parking@rivermarkhealth.example.org'),
         A('All Staff', 'allstaff@rivermarkhealth.example.org'),
         'Garage B level 2 closed Sat-Sun for sealing',
         T('Garage B level 2 will be closed Sat 12/5 6 AM to Sun 12/6 8 PM for concrete sealing. Staff with level 2 permits may use level 4 or Garage C. Cars left on level 2 will be towed at 6 AM Saturday.\n'),
         dt('2026-12-02 13:00', '-0600'), style='system'))

add('ooo-vacation-reply', 'none',
    'ordinary out-of-office reply',
    mail('ooo-vacation-reply',
         A('Hargrove, Neil', 'nhargrove@rivermarkhealth.example.org'),
         A('Kim, Stephanie', 'skim@rivermarkhealth.example.org'),
         'Automatic reply: draft slides',
         outlook_alt("""I'm on vacation until 12/7 with no email access. For anything urgent please contact Stephanie Kim.

Neil
"""), dt('2026-12-03 10:01', '-0600'), style='outlook',
         extra=[('Auto-Submitted', 'auto-replied')]))

add('shared-doc-potluck-signup', 'none',
    'shared sign-up sheet for a holiday potluck',
    mail('shared-doc-potluck-signup',
         A('Marta Giordano (via Google Sheets)', 'drive-shares-dm-noreply@docs.example.com'),
         A('frontdesk-all@cedarvalley.example.org'),
         'Spreadsheet shared with you: "Holiday potluck 12/18 sign-up"',
         alt("""Marta Giordano (mgiordano@cedarvalley.example.org) has invited you to edit the following spreadsheet:

Holiday potluck 12/18 sign-up
"we have 6 desserts and zero mains, help"
https://docs.example.com/spreadsheets/d/1Pt8Lk3/edit?usp=sharing_eil
""", """<p>Marta Giordano has invited you to <b>edit</b> the following spreadsheet:</p><p><a href="https://docs.example.com/spreadsheets/d/1Pt8Lk3/edit?usp=sharing_eil">Holiday potluck 12/18 sign-up</a></p><blockquote>we have 6 desserts and zero mains, help</blockquote>
""", upper=True), dt('2026-12-02 11:30', '-0700'), style='system'))

add('vpn-ticket-resolved', 'none',
    'IT ticket resolution for a VPN problem',
    mail('vpn-ticket-resolved',
         A('IT Service Desk', 'servicedesk@oakridgeim.example.org'),
         A('Dr. Hollis Grant', 'hgrant@oakridgeim.example.org'),
         'INC0031904 resolved - VPN disconnects at home',
         T("""Your incident INC0031904 (VPN disconnects every 10 minutes at home) has been resolved.

Resolution: client updated to 6.2.4 and split tunneling re-enabled. Reply within 3 days if the problem comes back; otherwise the ticket closes automatically.
"""), dt('2026-11-25 10:10', '-0500'), style='system', extra=AUTO))

# ==========================================================================
# none, not in English

_ics = ics('Comité de Seguridad del Paciente - diciembre', '20261214T133000',
           '20261214T150000', '040000008200E00074C5B7101A82E00800000000D4C3B2A1F5C9DB0100000000000000001000000077E2',
           ('Marta Ibarra Soler', 'mibarra@hus.example.es.test'),
           [('Comité de Seguridad del Paciente', 'comite.seguridad@hus.example.es.test')],
           location='Sala de juntas, 3.ª planta / Teams',
           description='Orden del día:\n1. Notificaciones de eventos adversos del trimestre (42, 3 con daño)\n2. Caídas en Medicina Interna: plan de acción\n3. Conciliación de la medicación al alta: auditoría\n4. Identificación inequívoca de pacientes (pulseras)\n5. Ruegos y preguntas',
           tz='Romance Standard Time', stamp='20261202T080000Z', lang='es-ES')
add('trap-es-ics-comite-seguridad-paciente', 'none',
    'Spanish: patient-safety committee invitation with aggregate counts; no patient',
    mail('trap-es-ics-comite-seguridad-paciente',
         A('Ibarra Soler, Marta', 'mibarra@hus.example.es.test'),
         A('Comité de Seguridad del Paciente', 'comite.seguridad@hus.example.es.test', 'utf-8'),
         'Comité de Seguridad del Paciente - diciembre',
         outlook_invite("""Orden del día:
1. Notificaciones de eventos adversos del trimestre (42, 3 con daño)
2. Caídas en Medicina Interna: plan de acción
3. Conciliación de la medicación al alta: auditoría
4. Identificación inequívoca de pacientes (pulseras)
5. Ruegos y preguntas

Sala de juntas, 3.ª planta / Teams
""", _ics), dt('2026-12-02 09:00', '+0100'), style='outlook',
         subj_cs='utf-8'), lang='es')

add('trap-es-farmacia-horario-navidad', 'none',
    'Spanish: pharmacy holiday hours and walk-in flu vaccination; no individual',
    mail('trap-es-farmacia-horario-navidad',
         A('Farmacia Ruiz Castaño', 'info@farmaciaruizcastano.example.es.test', 'iso-8859-1', 'Q'),
         A('Clientes Farmacia Ruiz Castaño', 'clientes@farmaciaruizcastano.example.es.test', 'iso-8859-1', 'Q'),
         'Horario de Navidad y vacunación de la gripe',
         T("""Estimados clientes:

Horario de Navidad:
- 24 y 31 de diciembre: de 9:00 a 14:00
- 25 de diciembre y 1 de enero: cerrado (farmacia de guardia: Av. de la Constitución, 14)

Seguimos vacunando de la gripe sin cita, de lunes a viernes de 10:00 a 13:00. También hacemos test de antígenos de gripe y COVID (6 euros).

¡Felices fiestas!
Farmacia Ruiz Castaño
""", cs='iso-8859-1', cte='8bit'),
         dt('2026-12-01 10:00', '+0100'), style='system', subj_cs='iso-8859-1',
         subj_mode='Q', extra=[('Precedence', 'bulk')]), lang='es')

add('trap-fr-vocal-fournisseur-seringues', 'none',
    'French: voicemail from a supplier about a syringe order for the hospital pharmacy',
    mail('trap-fr-vocal-fournisseur-seringues',
         A('Messagerie vocale', 'messagerie@standard.chu-ouest.example.fr.test'),
         A('Pharmacie à usage intérieur', 'pui@chu-ouest.example.fr.test', 'utf-8', 'Q'),
         'Nouveau message vocal de 04 555 0136 (0:28)',
         T("""Nouveau message vocal
De : 04 555 0136 (MEDI-DISTRIBUTION)
Reçu : 01/12/2026 à 15:47
Durée : 0:28

Transcription :
Bonjour, c'est Nathalie de Médi-Distribution, je vous appelle au sujet de votre commande de seringues 10 ml et de compresses stériles, bon de commande 44821. La livraison est décalée à jeudi. Rappelez-moi au 04 555 0136 si ça pose problème. Merci, au revoir.
""", cs='utf-8', cte='quoted-printable'),
         dt('2026-12-01 15:48', '+0100'), style='system', extra=AUTO), lang='fr')

add('trap-fr-formation-afgsu-latin9', 'none',
    'French: staff emergency-care training (AFGSU) announcement; no patient',
    mail('trap-fr-formation-afgsu-latin9',
         A('Service Formation continue', 'formation@chu-ouest.example.fr.test'),
         A('Personnel soignant', 'soignants@chu-ouest.example.fr.test'),
         'Recyclage AFGSU niveau 2 - inscriptions avant le 18 décembre',
         T("""Bonjour à toutes et à tous,

Le prochain recyclage AFGSU niveau 2 aura lieu les 14 et 15 janvier, salle Pasteur (bâtiment C). Au programme : arrêt cardio-respiratoire, chariot d'urgence, hémorragies, situations sanitaires exceptionnelles.

Inscription obligatoire auprès du service formation avant le 18 décembre. Coût pris en charge par l'établissement (240 €).

Le service Formation continue
""", cs='iso-8859-15', cte='base64'),
         dt('2026-12-03 14:00', '+0100'), style='system', subj_cs='iso-8859-15'),
    lang='fr')

add('trap-de-teams-chat-station-essen', 'none',
    'German: nurse forwards a ward Teams chat about a food order for the Christmas party',
    mail('trap-de-teams-chat-station-essen',
         A('Keller, Anja', 'a.keller@klinikum-nord.example.de.test'),
         A('Stationsleitung 3B', 'stationsleitung3b@klinikum-nord.example.de.test'),
         'Essen Weihnachtsfeier 3B',
         M('mixed', T("""Hallo Petra,

hier der Chat von gestern wegen der Essensbestellung für unsere Weihnachtsfeier am Freitag. Kannst du das über die Stationskasse abrechnen?

Liebe Grüße
Anja
""", cs='utf-8', cte='quoted-printable'),
           txt_att("""[02.12. 12:04] Keller, Anja: Wer bestellt mit beim Griechen für Freitag?
[02.12. 12:06] Yilmaz, Deniz: Gyros-Teller, ohne Zwiebeln
[02.12. 12:09] Brandt, Lena: Halloumi-Salat bitte 🙂
[02.12. 12:11] Nowak, Piotr: 2x Souvlaki
[02.12. 12:15] Keller, Anja: ok, 14 Bestellungen, 186,50 € gesamt
""", 'Teams-Chat Station 3B.txt')),
         dt('2026-12-03 07:30', '+0100'), style='plain',
         mailer='Microsoft Outlook 16.0'), lang='de')

add('trap-de-wartung-praxissoftware', 'none',
    'German: software vendor moves a maintenance appointment for a practice\'s system',
    mail('trap-de-wartung-praxissoftware',
         A('MediSoft Service', 'service@medisoft.example.de.test'),
         A('Praxis Dr. Hellwig', 'praxis@praxis-hellwig.example.de.test'),
         'Terminänderung: Wartung Ihrer Praxissoftware',
         T("""Sehr geehrte Damen und Herren,

der Wartungstermin für Ihre Praxisverwaltungssoftware (Update auf Version 24.4 inkl. eRezept-Modul und KIM) muss leider von Dienstag, 8.12., auf Donnerstag, 10.12., 18:30 Uhr verschoben werden.

Bitte lassen Sie den Server eingeschaltet; alle Arbeitsplätze sollten abgemeldet sein.

Ticket-Nr. 2026-118842
Ihr MediSoft-Service
Tel. 0800 555 0124
""", cs='iso-8859-1', cte='quoted-printable'),
         dt('2026-12-02 11:30', '+0100'), style='system', subj_cs='iso-8859-1',
         subj_mode='Q'), lang='de')

add('trap-pt-entrega-luvas-seringas', 'none',
    'Portuguese: distributor delivery notice for gloves, syringes and masks with an invoice number',
    mail('trap-pt-entrega-luvas-seringas',
         A('Distribuidora Hospitalar Paulista', 'expedicao@dhpaulista.example.com.br.test'),
         A('Almoxarifado - Hospital São Lucas', 'almoxarifado@hsaolucas.example.org.br.test', 'iso-8859-1', 'Q'),
         'Confirmação de entrega - NF 4882117',
         T("""Prezados,

Informamos que o pedido nº 55120 foi despachado hoje e será entregue amanhã entre 8h e 12h na doca 2:

- Luvas de procedimento nitrílicas M - 40 caixas
- Seringas descartáveis 10 ml - 12 caixas
- Máscaras N95 - 6 caixas

Nota fiscal nº 4882117. Dúvidas: (11) 555-0106.

Atenciosamente,
Distribuidora Hospitalar Paulista
""", cs='iso-8859-1', cte='quoted-printable'),
         dt('2026-12-02 16:10', '-0300'), style='system', subj_cs='iso-8859-1',
         subj_mode='Q'), lang='pt')

add('trap-pt-whatsapp-troca-plantao', 'none',
    'Portuguese: nurse pastes a WhatsApp group chat about ICU shift swaps',
    mail('trap-pt-whatsapp-troca-plantao',
         A('Enf. Camila Rocha', 'camila.rocha@hsaolucas.example.org.br.test'),
         A('Coordenação de Enfermagem UTI', 'coord.uti@hsaolucas.example.org.br.test', 'utf-8', 'Q'),
         'Trocas de plantão - dezembro',
         T("""Boa noite, segue a conversa do grupo sobre as trocas de plantão de dezembro para a senhora aprovar:

[01/12/2026 21:14] Camila: alguém troca o noturno do dia 24 comigo? fico com o dia 31
[01/12/2026 21:20] Thiago: eu troco, mas preciso do diurno do dia 12
[01/12/2026 21:22] Larissa: dia 12 diurno eu pego
[01/12/2026 21:30] Camila: fechado então, mando pra coordenação

Obrigada!
Camila
""", cs='utf-8', cte='8bit'),
         dt('2026-12-01 21:40', '-0300'), style='plain', subj_cs='utf-8',
         subj_mode='Q', mailer='Microsoft Outlook 16.0'), lang='pt')

add('trap-it-riunione-reparto-cardiologia', 'none',
    'Italian: cardiology ward meeting convocation with an agenda; no patient',
    mail('trap-it-riunione-reparto-cardiologia',
         A('Segreteria Cardiologia', 'segreteria.cardio@santachiara.example.it.test'),
         A('Personale Cardiologia', 'cardiologia@santachiara.example.it.test'),
         'Convocazione riunione di reparto – giovedì 10 dicembre',
         T("""Gentili colleghi,

la riunione di reparto è convocata per giovedì 10 dicembre alle ore 14:30 nella sala riunioni del 4° piano.

Ordine del giorno:
1. Turni di guardia di gennaio
2. Nuovo protocollo per la terapia anticoagulante (DOAC) – presentazione del Dott. Ferri
3. Indicatori di qualità: tempi porta-pallone 2026
4. Varie ed eventuali

La presenza è obbligatoria per medici e coordinatori infermieristici.

La Segreteria
""", cs='windows-1252', cte='quoted-printable'),
         dt('2026-12-01 12:00', '+0100'), style='plain', subj_cs='windows-1252',
         subj_mode='Q', mailer='Microsoft Outlook 16.0'), lang='it')

add('nl-verjaardag-collega-cadeau', 'none',
    'Dutch: collection for a colleague\'s birthday present',
    mail('nl-verjaardag-collega-cadeau',
         A('Sanne Jacobs', 'sanne.jacobs@amstelhof.example.nl.test'),
         A('Team Financiën', 'team.financien@amstelhof.example.nl.test', 'utf-8'),
         'Cadeau voor Joost 🎉',
         gmail_alt("""Hoi allemaal,

Joost wordt volgende week 50! We leggen samen voor een cadeaubon en taart. Wie meedoet: €5 via het Tikkie-linkje hieronder, uiterlijk vrijdag.

https://tikkie.example.nl.test/p/8Fq2

Niets tegen hem zeggen 😉
Sanne
"""), dt('2026-12-02 10:45', '+0100'), style='gmail', subj_cs='utf-8'),
    lang='nl')

add('trap-pl-szkolenie-bhp-numery', 'none',
    'Polish: hospital HR reminds a ward of safety training, listing employee numbers; no health content',
    mail('trap-pl-szkolenie-bhp-numery',
         A('Dział Kadr - Szpital Wojewódzki', 'kadry@szpital-woj.example.pl.test', 'iso-8859-2'),
         A('Oddział Chirurgii Ogólnej', 'chirurgia@szpital-woj.example.pl.test', 'iso-8859-2'),
         'Przypomnienie: szkolenie BHP i ppoż. 15 grudnia',
         T("""Szanowni Państwo,

przypominamy o obowiązkowym szkoleniu okresowym BHP i ochrony przeciwpożarowej dla pracowników Oddziału Chirurgii Ogólnej.

Termin: 15 grudnia, godz. 13:00, sala konferencyjna A.
Lista obecności według numerów ewidencyjnych (10482, 10517, 10603 i kolejne) będzie wyłożona przy wejściu.

Dział Kadr
tel. 32 555 0148
""", cs='iso-8859-2', cte='base64'),
         dt('2026-12-02 08:20', '+0100'), style='system', subj_cs='iso-8859-2'),
    lang='pl')

add('trap-ru-obnovlenie-mis-koi8r', 'none',
    'Russian: clinic IT announces a medical information system update; no patient',
    mail('trap-ru-obnovlenie-mis-koi8r',
         A('ИТ-отдел поликлиники 5', 'it@gp5.example.ru.test', 'koi8-r'),
         A('Регистратура', 'registratura@gp5.example.ru.test', 'koi8-r'),
         'Обновление МИС в пятницу',
         T("""Коллеги,

в пятницу 4 декабря с 19:00 до 21:00 будет обновление медицинской информационной системы (версия 8.3). В это время запись пациентов и выдача талонов через МИС будут недоступны, используйте бумажный журнал. После обновления перезагрузите компьютеры.

Вопросы: доб. 1140
ИТ-отдел
""", cs='koi8-r', cte='8bit'),
         dt('2026-12-03 09:30', '+0300'), style='plain', subj_cs='koi8-r',
         mailer='Mozilla Thunderbird'), lang='ru')

add('trap-ja-shokuin-kenshin-sjis', 'none',
    'Japanese: annual staff health-check schedule for all employees; no individual',
    mail('trap-ja-shokuin-kenshin-sjis',
         A('総務課', 'somu@midori-hosp.example.jp.test', 'shift_jis'),
         A('全職員', 'all-staff@midori-hosp.example.jp.test', 'shift_jis'),
         '職員定期健康診断の日程について',
         T("""職員各位

今年度の職員定期健康診断を下記の日程で実施します。

日時：12月14日（月）〜12月16日（水） 8:30〜11:00
場所：本館2階 健診センター
内容：身長・体重、血圧、採血、胸部X線、心電図

当日は朝食を抜いてお越しください。受診できない場合は12月9日までに総務課（内線 2210）へご連絡ください。

総務課
""", cs='shift_jis', cte='base64'),
         dt('2026-12-01 09:00', '+0900'), style='plain', subj_cs='shift_jis'),
    lang='ja')

add('trap-zhtw-tingchechang-zhengxiu-big5', 'none',
    'Traditional Chinese: hospital facilities notice about a car-park closure',
    mail('trap-zhtw-tingchechang-zhengxiu-big5',
         A('總務室', 'general-affairs@renai-hosp.example.tw.test', 'big5'),
         A('全院同仁', 'all@renai-hosp.example.tw.test', 'big5'),
         '第二停車場B1整修通知',
         T("""各位同仁您好：

本院第二停車場B1層將於12月12日（六）至12月13日（日）進行地坪整修，期間暫停使用。員工車輛請改停第一停車場4樓，急診及身障車位不受影響。

造成不便，敬請見諒。
總務室 分機 3301
""", cs='big5', cte='base64'),
         dt('2026-12-03 10:00', '+0800'), style='system', subj_cs='big5'),
    lang='zh-tw')

add('trap-zh-yaopin-peisongdan-gb2312', 'none',
    'Chinese: distributor delivery note to a hospital pharmacy with drug names and batch numbers',
    mail('trap-zh-yaopin-peisongdan-gb2312',
         A('康达医药配送中心', 'peisong@kangda-yiyao.example.cn.test', 'gb2312'),
         A('药剂科', 'yaojike@dongfang-hosp.example.cn.test', 'gb2312'),
         '12月3日药品配送单',
         T("""药剂科老师您好：

今天下午的配送如下，请签收：
1. 阿莫西林胶囊 0.25g×24粒，批号 2511037，50盒
2. 盐酸二甲双胍片 0.5g×48片，批号 2510221，80盒
3. 氯化钠注射液 250ml，批号 2511154，20箱

配送单号：KD20261203-118
如有问题请联系 021-555-0191。

康达医药配送中心
""", cs='gb2312', cte='quoted-printable'),
         dt('2026-12-03 13:20', '+0800'), style='system', subj_cs='gb2312'),
    lang='zh')

add('trap-ko-uuljeung-seminar-euckr', 'none',
    'Korean: education office announces a seminar on treatment-resistant depression; no patient',
    mail('trap-ko-uuljeung-seminar-euckr',
         A('교육수련부', 'edu@hangyeol-hosp.example.kr.test', 'euc-kr'),
         A('정신건강의학과', 'psychiatry@hangyeol-hosp.example.kr.test', 'euc-kr'),
         '[세미나] 치료 저항성 우울증 최신 지견',
         T("""정신건강의학과 선생님들께,

12월 10일(목) 오후 5시, 본관 7층 세미나실에서 '치료 저항성 우울증의 최신 치료: 에스케타민과 경두개자기자극술'을 주제로 세미나가 열립니다.
연자: 한결대학교병원 최윤서 교수

참석 시 평점 1점이 인정됩니다.

교육수련부 드림
""", cs='euc-kr', cte='base64'),
         dt('2026-12-02 14:00', '+0900'), style='system', subj_cs='euc-kr'),
    lang='ko')

add('vi-lich-hop-phong-ke-toan', 'none',
    'Vietnamese: office meeting moved',
    mail('vi-lich-hop-phong-ke-toan',
         A('Phạm Thu Trang', 'trang.pham@congty.example.vn.test', 'utf-8'),
         A('Nhóm Kế toán', 'ketoan@congty.example.vn.test', 'utf-8'),
         'Lịch họp tuần sau',
         T("""Chào cả nhà,

Tuần sau họp phòng chuyển sang thứ Ba lúc 9 giờ, phòng 402, vì thứ Hai chị Lan đi công tác. Mọi người nhớ mang số liệu quyết toán tháng 11 nhé.

Trang
""", cs='utf-8', cte='quoted-printable'),
         dt('2026-12-04 16:30', '+0700'), style='plain', subj_cs='utf-8',
         mailer='Microsoft Outlook 16.0'), lang='vi')

add('trap-ar-ijtima-qism-tawari', 'none',
    'Arabic: emergency department monthly meeting with an agenda; no patient',
    mail('trap-ar-ijtima-qism-tawari',
         A('إدارة قسم الطوارئ', 'er-admin@alshifa-hosp.example.sa.test', 'utf-8'),
         A('فريق الطوارئ', 'er-team@alshifa-hosp.example.sa.test', 'utf-8'),
         'اجتماع قسم الطوارئ الشهري',
         T("""الزملاء الأعزاء،

يُعقد الاجتماع الشهري لقسم الطوارئ يوم الأربعاء 9 ديسمبر الساعة 2:00 ظهرًا في قاعة الاجتماعات بالطابق الأول.

جدول الأعمال:
1. مؤشرات زمن الانتظار لشهر نوفمبر
2. تحديث بروتوكول الإنتان (Sepsis)
3. جدول المناوبات لشهر يناير

الحضور إلزامي.
إدارة قسم الطوارئ
""", cs='utf-8', cte='base64'),
         dt('2026-12-03 11:00', '+0300'), style='system', subj_cs='utf-8'),
    lang='ar')

add('tr-dogum-gunu-kutlamasi', 'none',
    'Turkish: office birthday collection',
    mail('tr-dogum-gunu-kutlamasi',
         A('Elif Yıldız', 'elif.yildiz@sirket.example.com.tr.test', 'iso-8859-9', 'Q'),
         A('Muhasebe Ekibi', 'muhasebe@sirket.example.com.tr.test'),
         'Cuma günü doğum günü pastası',
         T("""Merhaba arkadaşlar,

Cuma günü saat 15:00'te Mehmet Bey'in doğum günü için mutfakta küçük bir kutlama yapıyoruz. Pasta için kişi başı 100 TL topluyoruz, bana elden verebilirsiniz.

Sevgiler,
Elif
""", cs='iso-8859-9', cte='quoted-printable'),
         dt('2026-12-02 13:15', '+0300'), style='plain', subj_cs='iso-8859-9',
         subj_mode='Q', mailer='Microsoft Outlook 16.0'), lang='tr')

add('sv-lunchbestallning-fredag', 'none',
    'Swedish: office lunch order',
    mail('sv-lunchbestallning-fredag',
         A('Johanna Lindberg', 'johanna.lindberg@kansliet.example.se.test'),
         A('Kansliet', 'alla@kansliet.example.se.test'),
         'Lunchbeställning fredag',
         gmail_alt("""Hej!

Jag beställer från thairestaurangen på fredag till julfikat – skriv vad ni vill ha senast torsdag kl. 12. Swish i efterhand, 125 kr per rätt.

/Johanna
"""), dt('2026-12-01 10:05', '+0100'), style='gmail', subj_cs='utf-8',
         subj_mode='Q'), lang='sv')

add('trap-tl-libreng-bp-screening', 'none',
    'Tagalog: barangay health centre announces free blood pressure and sugar screening; no individual',
    mail('trap-tl-libreng-bp-screening',
         A('Barangay Health Center San Isidro', 'bhc.sanisidro@barangay.example.ph.test'),
         A('Mga Residente ng San Isidro', 'residente@barangay.example.ph.test'),
         'Libreng BP at blood sugar screening sa Sabado',
         T("""Magandang araw po!

May libreng pagsusuri ng blood pressure at blood sugar sa Barangay Hall ngayong Sabado, Disyembre 5, mula 8:00 ng umaga hanggang 12:00 ng tanghali. Walang kailangang bayaran, magdala lang po ng valid ID. May libreng konsulta rin sa doktor para sa mga senior citizen.

Para sa tanong, tumawag sa 02 555 0173.

Salamat po!
Barangay Health Center San Isidro
"""), dt('2026-12-02 08:00', '+0800'), style='system',
         extra=[('Precedence', 'bulk')]), lang='tl')

add('trap-el-diimerida-kardiologias', 'none',
    'Greek: invitation to a cardiology meeting; no patient',
    mail('trap-el-diimerida-kardiologias',
         A('Γραμματεία Διημερίδας', 'grammateia@kardiologia.example.gr.test', 'iso-8859-7'),
         A('Μέλη Εταιρείας', 'meli@kardiologia.example.gr.test', 'iso-8859-7'),
         'Πρόσκληση: Χειμερινή Διημερίδα Καρδιολογίας',
         T("""Αγαπητοί συνάδελφοι,

σας προσκαλούμε στη Χειμερινή Διημερίδα Καρδιολογίας, 22-23 Ιανουαρίου 2027, στη Θεσσαλονίκη. Θέματα: καρδιακή ανεπάρκεια, κολπική μαρμαρυγή, νέα αντιπηκτικά και διαδερμικές παρεμβάσεις.

Η εγγραφή είναι δωρεάν για ειδικευόμενους.
Εγγραφές: https://synedrio.kardiologia.example.gr.test

Η Γραμματεία
""", cs='iso-8859-7', cte='quoted-printable'),
         dt('2026-11-27 12:00', '+0200'), style='system', subj_cs='iso-8859-7',
         extra=[('Precedence', 'bulk')]), lang='el')

# ---- END OF MESSAGES ----

if __name__ == '__main__':
    main()
