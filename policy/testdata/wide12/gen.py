#!/usr/bin/env python3
"""wide12: 200 very short messages (phone replies, texts relayed by SMS
gateways, device and app alerts, reminders, one-line staff notes,
subject-only mail, captions with attachments, auto-replies, read receipts,
calendar invites, voicemail transcripts, chat snippets).

    python3 gen.py           # rewrite every .eml and labels.tsv, then check
    python3 gen.py --check   # only verify what is on disk
    python3 gen.py --stats   # print family / language / size tables

Python 3 standard library only. Deterministic. Every message below is
written out by hand; the helpers only encode and assemble MIME.
"""
import base64
import binascii
import codecs
import csv
import datetime
import email.utils
import hashlib
import io
import json
import os
import quopri
import random
import re
import struct
import sys
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261204
LABELS = ('none', 'phi', 'restricted')
WANT = {'none': 80, 'phi': 75, 'restricted': 45}
MIN_TRAPS = 55
CATS = ('mental', 'sud', 'hiv', 'genetic', 'repro')
WANT_NON_ENGLISH = 50
MAX_FILE = 200 * 1024

MSGS = []


def add(slug, label, reason, frm, to, subj, date, body, cat=None,
        lang='en', fam='mail', cc=None, hdrs=(), subj_cs='utf-8',
        subj_enc='B', style='plain', mid=None):
    MSGS.append(dict(slug=slug, label=label, reason=reason, frm=frm, to=to,
                     subj=subj, date=date, body=body, cat=cat, lang=lang,
                     fam=fam, cc=cc, hdrs=list(hdrs), subj_cs=subj_cs,
                     subj_enc=subj_enc, style=style, mid=mid))


# ---------------------------------------------------------------- encoding

def _lines(text):
    return text.replace('\r\n', '\n').split('\n')


def wrap76(b):
    s = base64.b64encode(b)
    return b'\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76)) + b'\r\n'


def qp_encode(data):
    out = []
    for line in data.split(b'\r\n'):
        e = binascii.b2a_qp(line, quotetabs=False, istext=False, header=False)
        out.append(e.replace(b'=\n', b'=\r\n'))
    return b'\r\n'.join(out)


def encode_text(text, cs, cte):
    data = '\r\n'.join(_lines(text)).encode(cs)
    if cte in ('7bit', '8bit'):
        if data and not data.endswith(b'\r\n'):
            data += b'\r\n'
        return data
    if cte == 'base64':
        return wrap76(data) if data else b''
    if cte == 'quoted-printable':
        e = qp_encode(data)
        if e and not e.endswith(b'\r\n'):
            e += b'\r\n'
        return e
    raise ValueError(cte)


def ew(s, cs='utf-8', enc='B'):
    """RFC 2047 encoded words, each at most 75 characters."""
    if s.isascii() and enc is None:
        return s
    pre = '=?%s?%s?' % (cs, enc)
    words, cur = [], ''

    def enc_chunk(c):
        b = c.encode(cs)
        if enc == 'B':
            return base64.b64encode(b).decode('ascii')
        o = []
        for ch in b:
            if (0x30 <= ch <= 0x39 or 0x41 <= ch <= 0x5a or 0x61 <= ch <= 0x7a
                    or ch in b'!*+-/'):
                o.append(chr(ch))
            elif ch == 0x20:
                o.append('_')
            else:
                o.append('=%02X' % ch)
        return ''.join(o)

    for ch in s:
        trial = cur + ch
        if len(pre) + len(enc_chunk(trial)) + 2 > 75:
            words.append(pre + enc_chunk(cur) + '?=')
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(pre + enc_chunk(cur) + '?=')
    return '\r\n '.join(words)


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(a, cs_default='utf-8'):
    """'Name <address>' or (name, address[, charset[, B|Q]])."""
    if isinstance(a, str):
        m = re.match(r'^([^"<]+?)\s*<([^>]+)>$', a)
        if m and not m.group(1).isascii():
            return fmt_addr((m.group(1), m.group(2), cs_default, 'B'))
        if m and any(c in _SPECIALS for c in m.group(1)):
            return '"%s" <%s>' % (m.group(1), m.group(2))
        return a
    if isinstance(a, list):
        return ',\r\n '.join(fmt_addr(x, cs_default) for x in a)
    name, addr = a[0], a[1]
    cs = a[2] if len(a) > 2 else 'utf-8'
    enc = a[3] if len(a) > 3 else 'B'
    if not name:
        return addr
    if not name.isascii():
        return '%s <%s>' % (ew(name, cs, enc), addr)
    if any(c in _SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return '%s <%s>' % (name, addr)


def fold(name, value):
    line = '%s: %s' % (name, value)
    if '\r\n' in value or len(line) <= 78:
        return line
    out, cur = [], name + ':'
    for w in value.split(' '):
        if len(cur) + 1 + len(w) > 78 and cur.strip() != name + ':':
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\r\n'.join(out)


def qparam(v):
    if re.fullmatch(r"[A-Za-z0-9!#$%&'*+\-.^_`|~]+", v):
        return v
    return '"%s"' % v.replace('"', '\\"')


# ---------------------------------------------------------------- parts

class Part:
    def __init__(self, ctype, body=b'', parts=None, params=(), cte=None,
                 disp=None, dparams=(), extra=(), preamble=None):
        self.ctype, self.body, self.parts = ctype, body, parts
        self.params, self.cte = list(params), cte
        self.disp, self.dparams = disp, list(dparams)
        self.extra, self.preamble = list(extra), preamble


def P(text, cs=None, cte=None, sub='plain', params=(), disp=None,
      fname=None, extra=(), flowed=False):
    if cs is None:
        cs = 'us-ascii' if text.isascii() else 'utf-8'
    if cte is None:
        cte = '7bit' if text.isascii() else 'quoted-printable'
    ps = [('charset', cs)] + list(params)
    if flowed:
        ps.append(('format', 'flowed'))
    dps = []
    if fname:
        ps.append(('name', fname))
        dps.append(('filename', fname))
    return Part('text/' + sub, encode_text(text, cs, cte), params=ps,
                cte=cte, disp=disp, dparams=dps, extra=extra)


def H(html, cs=None, cte=None, **kw):
    return P(html, cs=cs, cte=cte, sub='html', **kw)


def A(data, ctype, fname, cte='base64', disp='attachment', params=(),
      extra=(), fname_utf8=None):
    if isinstance(data, str):
        data = '\r\n'.join(_lines(data)).encode('utf-8')
    ps = list(params)
    dps = []
    if fname_utf8:
        q = ''.join(c if re.match(r"[A-Za-z0-9._-]", c) else
                    ''.join('%%%02X' % b for b in c.encode('utf-8'))
                    for c in fname_utf8)
        ps.append(('name', fname))
        dps.append(('filename*', "utf-8''" + q))
    elif fname:
        ps.append(('name', fname))
        dps.append(('filename', fname))
    if cte == 'base64':
        body = wrap76(data)
    elif cte in ('7bit', '8bit'):
        body = data if data.endswith(b'\r\n') else data + b'\r\n'
    elif cte == 'quoted-printable':
        body = qp_encode(data) + b'\r\n'
    else:
        raise ValueError(cte)
    return Part(ctype, body, params=ps, cte=cte, disp=disp, dparams=dps,
                extra=extra)


def MP(sub, *parts, params=(), preamble=None):
    return Part('multipart/' + sub, parts=list(parts), params=params,
                preamble=preamble)


def RFC822(raw, cte='7bit', disp=None):
    if not raw.endswith(b'\r\n'):
        raw += b'\r\n'
    return Part('message/rfc822', raw, cte=cte, disp=disp)


def RAWPART(ctype, text, params=(), cte='7bit'):
    return Part(ctype, '\r\n'.join(_lines(text)).encode('ascii') + b'\r\n',
                params=params, cte=cte)


# ---------------------------------------------------------------- files

def pdf(lines, flate=False, title=None):
    """A one-page PDF, Helvetica text, exact xref offsets."""
    ops = ['BT', '/F1 11 Tf', '72 740 Td', '14 TL']
    for i, ln in enumerate(lines):
        esc = ln.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
        ops.append('(%s) %s' % (esc, 'Tj' if i == 0 else "'"))
    ops.append('ET')
    content = ('\n'.join(ops) + '\n').encode('latin-1')
    sdict = '<< /Length %d >>'
    if flate:
        content = zlib.compress(content, 9)
        sdict = '<< /Length %d /Filter /FlateDecode >>'
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
        b'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        (sdict % len(content)).encode('ascii') + b'\nstream\n' + content
        + b'\nendstream',
    ]
    if title:
        t = title.replace('(', '\\(').replace(')', '\\)')
        objs.append(('<< /Title (%s) /Producer (ScanSnap Home 2.6) >>'
                     % t).encode('latin-1'))
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n' % (len(objs) + 1)
    out += b'0000000000 65535 f \n'
    for o in offs:
        out += b'%010d 00000 n \n' % o
    trailer = '<< /Size %d /Root 1 0 R' % (len(objs) + 1)
    if title:
        trailer += ' /Info %d 0 R' % len(objs)
    out += b'trailer\n' + (trailer + ' >>').encode('ascii')
    out += b'\nstartxref\n%d\n%%%%EOF\n' % x
    return out


def jpeg(w, h):
    """Baseline greyscale JPEG, every block flat mid-grey."""
    def seg(marker, payload):
        return b'\xff' + bytes([marker]) + struct.pack('>H', len(payload) + 2) + payload
    out = b'\xff\xd8'
    out += seg(0xE0, b'JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00')
    out += seg(0xDB, b'\x00' + bytes([8] * 64))
    out += seg(0xC0, b'\x08' + struct.pack('>HH', h, w) + b'\x01\x01\x11\x00')
    bits = bytes([1] + [0] * 15)
    out += seg(0xC4, b'\x00' + bits + b'\x00')
    out += seg(0xC4, b'\x10' + bits + b'\x00')
    out += seg(0xDA, b'\x01\x01\x00\x00\x3f\x00')
    nblocks = ((w + 7) // 8) * ((h + 7) // 8)
    nbits = 2 * nblocks
    data = bytearray(b'\x00' * (nbits // 8))
    if nbits % 8:
        data.append((1 << (8 - nbits % 8)) - 1)
    out += bytes(data) + b'\xff\xd9'
    return out


def png(w, h, seed):
    rnd = random.Random(seed)
    base = [rnd.randrange(120, 230) for _ in range(3)]
    raw = b''
    for y in range(h):
        raw += b'\x00'
        for x in range(w):
            d = ((x * 7 + y * 3) % 23) - 11
            raw += bytes(max(0, min(255, c + d)) for c in base)

    def chunk(t, d):
        return (struct.pack('>I', len(d)) + t + d
                + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff))
    return (b'\x89PNG\r\n\x1a\n'
            + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def wav(seconds, seed):
    rate = 8000
    n = int(rate * seconds)
    rnd = random.Random(seed)
    frames = b''.join(struct.pack('<h', rnd.randrange(-90, 90)) for _ in range(n))
    fmt = struct.pack('<HHIIHH', 1, 1, rate, rate * 2, 2, 16)
    body = b'WAVE' + b'fmt ' + struct.pack('<I', len(fmt)) + fmt \
        + b'data' + struct.pack('<I', len(frames)) + frames
    return b'RIFF' + struct.pack('<I', len(body)) + body


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], b''
    for ch in line:
        cb = ch.encode('utf-8')
        lim = 75 if not out else 74
        if len(cur) + len(cb) > lim:
            out.append(cur.decode('utf-8'))
            cur = b''
        cur += cb
    out.append(cur.decode('utf-8'))
    return '\r\n '.join(out)


def ics_text(s):
    return (s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,')
            .replace('\n', '\\n'))


def ics(method, uid, start, end, summary, desc=None, organizer=None,
        attendees=(), location=None, tz='America/Chicago', stamp=None,
        prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
        alarm=None, status='CONFIRMED', partstat='NEEDS-ACTION'):
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0']
    if method:
        L.append('METHOD:' + method)
    L += ['BEGIN:VEVENT', 'UID:' + uid,
          'DTSTAMP:' + (stamp or start + 'Z'),
          'DTSTART;TZID=%s:%s' % (tz, start),
          'DTEND;TZID=%s:%s' % (tz, end),
          'SUMMARY:' + ics_text(summary)]
    if desc:
        L.append('DESCRIPTION:' + ics_text(desc))
    if location:
        L.append('LOCATION:' + ics_text(location))
    if organizer:
        L.append('ORGANIZER;CN=%s:mailto:%s' % organizer)
    for cn, addr in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;'
                 'RSVP=TRUE:mailto:%s' % (cn, partstat, addr))
    L.append('STATUS:' + status)
    if alarm:
        L += ['BEGIN:VALARM', 'TRIGGER:-PT%dM' % alarm, 'ACTION:DISPLAY',
              'DESCRIPTION:Reminder', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(x) for x in L) + '\r\n'


def vcard(fn, n, tel=None, email_=None, org=None, title=None, note=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:' + n, 'FN:' + fn]
    if org:
        L.append('ORG:' + org)
    if title:
        L.append('TITLE:' + title)
    if tel:
        L.append('TEL;TYPE=WORK,VOICE:' + tel)
    if email_:
        L.append('EMAIL;TYPE=INTERNET:' + email_)
    if note:
        L.append('NOTE:' + ics_text(note))
    L.append('END:VCARD')
    return '\r\n'.join(ics_fold(x) for x in L) + '\r\n'


def ICSPART(cal, method='REQUEST', attach=False, cte='7bit'):
    data = cal.encode('utf-8')
    cs = 'utf-8'
    if attach:
        return A(data, 'application/ics', 'invite.ics', cte='base64')
    return Part('text/calendar', data if cte != 'base64' else wrap76(data),
                params=[('charset', cs), ('method', method)], cte=cte)


# ---------------------------------------------------------------- render

def _hx(*a):
    return hashlib.sha256('|'.join(str(x) for x in a).encode()).hexdigest()


class Ctx:
    def __init__(self, slug, style):
        self.slug, self.style, self.n = slug, style, 0

    def boundary(self):
        self.n += 1
        h = _hx(self.slug, 'b', self.n)
        st = self.style
        if st == 'iphone':
            u = h.upper()
            return 'Apple-Mail-%s-%s-%s-%s-%s' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
        if st == 'gmail':
            return '0000000000' + h[:18]
        if st == 'outlook':
            return '_%03d_%sNAMP%s_' % (self.n - 1, h[:20].upper(), h[20:24])
        if st == 'system':
            return '----=_Part_%d_%d.%s' % (int(h[:6], 16), int(h[6:12], 16), h[12:20])
        return '=_%s' % h[:28]


def render_part(p, ctx):
    params = list(p.params)
    if p.parts is not None:
        b = ctx.boundary()
        params.append(('boundary', b))
    ct = p.ctype
    hl = []
    cth = 'Content-Type: ' + ct
    for k, v in params:
        piece = '; %s=%s' % (k, qparam(v))
        if len(cth.split('\r\n')[-1]) + len(piece) > 78:
            cth += ';\r\n\t%s=%s' % (k, qparam(v))
        else:
            cth += piece
    hl.append(cth)
    if p.cte and p.parts is None:
        hl.append('Content-Transfer-Encoding: ' + p.cte)
    if p.disp:
        d = 'Content-Disposition: ' + p.disp
        for k, v in p.dparams:
            val = v if k.endswith('*') else qparam(v)
            piece = '; %s=%s' % (k, val)
            if len(d.split('\r\n')[-1]) + len(piece) > 78:
                d += ';\r\n\t%s=%s' % (k, val)
            else:
                d += piece
        hl.append(d)
    for k, v in p.extra:
        hl.append(fold(k, v))
    head = ('\r\n'.join(hl) + '\r\n\r\n').encode('ascii')
    if p.parts is None:
        body = p.body
        if body and not body.endswith(b'\r\n'):
            body += b'\r\n'
        return head + body
    bb = b.encode('ascii')
    body = b''
    if p.preamble:
        body += p.preamble.encode('ascii') + b'\r\n\r\n'
    for sp in p.parts:
        s = render_part(sp, ctx)
        if not s.endswith(b'\r\n'):
            s += b'\r\n'
        body += b'--' + bb + b'\r\n' + s
    body += b'--' + bb + b'--\r\n'
    return head + body


def fmt_date(s):
    d, t, z = s.split(' ')
    y, mo, da = map(int, d.split('-'))
    hh, mm = map(int, t.split(':')[:2])
    ss = int(t.split(':')[2]) if t.count(':') == 2 else (int(_hx(s)[:4], 16) % 60)
    sign = 1 if z[0] == '+' else -1
    off = datetime.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])) * sign
    dt = datetime.datetime(y, mo, da, hh, mm, ss, tzinfo=datetime.timezone(off))
    return email.utils.format_datetime(dt)


def _addr_domain(a):
    if isinstance(a, list):
        a = a[0]
    s = a if isinstance(a, str) else a[1]
    m = re.search(r'@([A-Za-z0-9.\-]+)', s)
    return m.group(1) if m else 'example.com'


def make_mid(m):
    if m['mid']:
        return m['mid']
    h = _hx(m['slug'], 'mid')
    dom = _addr_domain(m['frm'])
    st = m['style']
    if st == 'iphone':
        u = h.upper()
        return '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if st == 'gmail':
        tok = base64.b64encode(bytes.fromhex(h[:48])).decode().replace('/', '_')
        return '<CA%s@mail.%s>' % (tok, dom)
    if st == 'outlook':
        return '<%s%s@%s>' % (h[:8].upper(), h[8:40].upper(), dom)
    if st == 'system':
        return '<%s.%d@%s>' % (h[:24], int(h[24:32], 16), dom)
    return '<%s@%s>' % (h[:32], dom)


def render_msg(m):
    ctx = Ctx(m['slug'], m['style'])
    L = []
    pre, post = [], []
    for k, v in m['hdrs']:
        (pre if k.startswith('^') else post).append((k.lstrip('^'), v))
    for k, v in pre:
        L.append(fold(k, v))
    L.append('From: ' + fmt_addr(m['frm'], m['subj_cs']))
    L.append('To: ' + fmt_addr(m['to'], m['subj_cs']))
    if m['cc']:
        L.append('Cc: ' + fmt_addr(m['cc'], m['subj_cs']))
    subj = m['subj']
    if subj.isascii():
        L.append(fold('Subject', subj) if subj else 'Subject: ')
    else:
        L.append('Subject: ' + ew(subj, m['subj_cs'], m['subj_enc']))
    L.append('Date: ' + fmt_date(m['date']))
    L.append('Message-ID: ' + make_mid(m))
    for k, v in post:
        L.append(fold(k, v))
    names = {k.lower() for k, v in pre + post}
    if m['style'] == 'iphone' and 'x-mailer' not in names:
        L.append('X-Mailer: iPhone Mail (22B91)')
    if m['style'] == 'outlook' and 'x-ms-has-attach' not in names:
        L.append('X-MS-Has-Attach: ' + ('yes' if m['body'].ctype == 'multipart/mixed' else ''))
        L.append('Content-Language: en-US')
    L.append('MIME-Version: 1.0')
    head = ('\r\n'.join(L) + '\r\n').encode('ascii')
    return head + render_part(m['body'], ctx)


def nested(frm, to, subj, date, body_part, slug, style='plain', hdrs=(),
           subj_cs='utf-8', subj_enc='B'):
    """A complete message to put inside message/rfc822 or to quote."""
    m = dict(slug=slug, frm=frm, to=to, cc=None, subj=subj, date=date,
             body=body_part, hdrs=list(hdrs), style=style, mid=None,
             subj_cs=subj_cs, subj_enc=subj_enc)
    return render_msg(m)


# ================================================================ messages
# Helpers used only by the message text below.

def quote(s):
    return '\n'.join(('> ' + l) if l else '>' for l in s.split('\n'))


IPH = '\n\nSent from my iPhone'
AND = '\n\nSent from my Galaxy'
LV = 'Lakeview Family Medicine'

SB_DISC = ("\n\nCONFIDENTIALITY NOTICE: This message and any attachments are for the sole use of "
           "the intended recipient(s) and may contain confidential information. If you received it "
           "in error, please notify the sender and delete it. St. Brendan Medical Center")
LV_DISC = ("\n\n________________________________\nLakeview Family Medicine | 1200 Lake St, Suite 4 | "
           "Main 555-0100\nThis e-mail may contain confidential information. If you are not the "
           "intended recipient, delete it and let us know.")
MAPLE_DISC = ("\n\n--\nMaple Women's Health | 555-0130 | maplewomens.example.org\nThis message may "
              "contain privileged information. If you are not the intended recipient, please delete it.")
BRIDGE_DISC = ("\n\nBridge Clinic | 40 Front St | 555-0120\nCONFIDENTIAL: intended only for the "
               "addressee. If received in error, notify the sender and delete.")
PART2 = ("\n\n-- \nRiverbend Recovery Center\nThis information has been disclosed to you from records "
         "protected by federal confidentiality rules (42 CFR part 2). The federal rules prohibit you "
         "from making any further disclosure of this information unless further disclosure is "
         "expressly permitted by the written consent of the person to whom it pertains or as "
         "otherwise permitted by 42 CFR part 2.")


SB_DISC_LONG = ("\n\n________________________________\nCONFIDENTIALITY NOTICE: This e-mail message, "
                "including any attachments, is for the sole use of the intended recipient(s) and may "
                "contain confidential and privileged information protected by law. Any unauthorized "
                "review, use, disclosure or distribution is prohibited. If you are not the intended "
                "recipient, please contact the sender by reply e-mail and destroy all copies of the "
                "original message. St. Brendan Medical Center will never ask for your password by "
                "e-mail. Report suspicious messages with the Phish button.")
RXNOW_FOOT = ("\n\n--\nRxNow by Pinecrest Pharmacy\nYou're getting this because pickup alerts are on "
              "for your account. To change alerts, open the app > Settings > Notifications.\nFor your "
              "security, we never ask for your password or payment details by email.\nQuestions about "
              "a prescription? Call your pharmacy. Pinecrest Pharmacy #112, 410 Main St, 555-0177.\n"
              "Privacy Policy | Terms of Use | Notice of Privacy Practices\n(c) 2026 Pinecrest Pharmacy")
VISITNOW_FOOT = ("\n\n--\nVisitNow is not for emergencies. If you think you have a medical emergency, "
                 "call 911 or go to the nearest emergency room.\nYou received this email because you "
                 "have a VisitNow account. Manage email preferences: https://visitnow.example.com/prefs\n"
                 "VisitNow Health, 500 Commerce Ave, Suite 900\nPrivacy | Terms | Accessibility")


def lvsig(name, title):
    return "\n\n%s\n%s\nLakeview Family Medicine\n555-0100 ext. 214" % (name, title)


def appfoot(name, dom):
    return ("\n\n--\nYou're receiving this because you have an account with %s. Manage "
            "notifications in the app or at https://%s/settings.\nPrivacy | Terms | Help\n"
            "(c) 2026 %s. Please do not reply to this email." % (name, dom, name))


PLAN_FOOT = ("\n\n--\nThis is not a bill. Questions? Member Services 555-0190 (TTY 711), "
             "8am-8pm.\nPrairie Health Plan complies with applicable Federal civil rights laws and "
             "does not discriminate on the basis of race, color, national origin, age, disability, or "
             "sex.\nATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia "
             "lingüística. Llame al 555-0190.\nCHÚ Ý: Nếu bạn nói Tiếng Việt, có các dịch vụ hỗ trợ ngôn "
             "ngữ miễn phí dành cho bạn. Gọi số 555-0190.\n注意：如果您使用繁體中文，您可以免費獲得語言援助服務。"
             "請致電 555-0190。")


# ---------------------------------------------------------------- phi, English

add('sms-moms-bp-170-this-am', 'phi',
    'text from a named son: his mother\'s blood pressure reading and her amlodipine',
    frm='3125550147@txt.example.net', to='nurseline@lakeviewfm.example.com',
    subj='', date='2026-12-03 07:18 -0600', fam='sms',
    body=P("mom's bp was 170 this am, she took her amlodipine at 8. call me? -Dan Ferreira"))

add('reply-ok-she-can-come-tues-ear-recheck', 'phi',
    'one-line reply above the clinic\'s offer of an ear-infection recheck for a named child',
    frm='Priya Raman <priya.raman@example.net>',
    to='Harbor Pediatrics <frontdesk@harborpeds.example.org>',
    subj='Re: Anika - recheck', date='2026-12-01 18:02 -0600', fam='phone',
    style='iphone', hdrs=[('In-Reply-To', '<7d1e02aa41c04f3b@harborpeds.example.org>'),
                          ('X-Mailer', 'iPhone Mail (22B91)')],
    body=P("ok she can come tues" + IPH + "\n\nOn Dec 1, 2026, at 4:12 PM, Harbor Pediatrics "
           "<frontdesk@harborpeds.example.org> wrote:\n\n" +
           quote("Hi Priya, Dr. Osei would like to recheck Anika's ear infection\n"
                 "after the antibiotics. We have Tues 12/8 at 10:40 or Wed at 2:15.\n"
                 "Reply to confirm.\n\nHarbor Pediatrics front desk\n"
                 "Harbor Pediatrics | 88 Harbor Way, Suite 100 | (773) 555-0110\n"
                 "Office hours Mon-Fri 8-5, Sat 9-12. After hours call the main number\n"
                 "and press 2 for the nurse. Please do not use email for urgent concerns.")))

add('cgm-urgent-low-leo-52', 'phi',
    'CGM follower alert naming the child with an urgent-low glucose reading',
    frm='Glyco Follow <alerts@glycolink.example.com>', to='m.castellano@example.com',
    subj='URGENT LOW: Leo 52 mg/dL', date='2026-12-02 03:12 -0600', fam='device',
    style='system',
    body=MP('alternative',
            P("URGENT LOW\nLeo: 52 mg/dL, falling\n3:12 AM\n\nOpen Glyco Follow to see the graph.\n"
              "You get this because Leo's account shares alerts with you."),
            H('<html><body style="font-family:Arial"><div style="background:#c0392b;color:#fff;'
              'padding:12px"><b>URGENT LOW</b></div><p style="font-size:28px;margin:8px 0">'
              '<b>Leo</b> &middot; 52 mg/dL &#8595;</p><p>3:12 AM</p><p style="color:#777;'
              'font-size:11px">You get this because Leo\'s account shares alerts with you.'
              '</p></body></html>')))

add('bp-cuff-shared-reading-harold', 'phi',
    'BP app: a named user shared a reading of 168/94 above his target with a relative',
    frm='PulseWell <noreply@pulsewell.example.net>', to='karen.lindqvist@example.com',
    subj='Harold shared a reading with you', date='2026-12-03 07:01 -0600', fam='device',
    style='system',
    body=MP('related',
            H('<html><body><img src="cid:pw-logo@pulsewell.example.net" alt="PulseWell" width="96">'
              '<p>Harold Lindqvist shared a blood pressure reading.</p>'
              '<table cellpadding="4"><tr><td>Blood pressure</td><td><b>168/94 mmHg</b></td></tr>'
              '<tr><td>Pulse</td><td>88 bpm</td></tr><tr><td>Taken</td><td>Dec 3, 6:55 AM</td></tr>'
              '</table><p style="color:#b03a2e">Above Harold\'s target range (130/80).</p>'
              '<p><a href="https://app.pulsewell.example.net/r/8d2kq">View in PulseWell</a></p>'
              '</body></html>'),
            A(png(48, 16, 'pulsewell'), 'image/png', 'logo.png', disp='inline',
              extra=[('Content-ID', '<pw-logo@pulsewell.example.net>')]),
            params=[('type', 'text/html')]))

add('dispenser-missed-dose-dad-kitchen', 'phi',
    'pill dispenser alert to a caregiver: "Dad" missed his morning metoprolol and lisinopril',
    frm='DoseDock <alerts@dosedock.example.com>', to='tom.baranski@example.net',
    subj='Missed dose - Dad (Kitchen)', date='2026-12-02 09:31 -0600', fam='device',
    style='system',
    body=P("Missed dose\n\nDevice: Dad (Kitchen)\nScheduled: 8:00 AM\nCup: metoprolol succinate 25 mg, "
           "lisinopril 10 mg\n\nThe cup was not removed within 90 minutes.\nManage alerts: "
           "https://my.dosedock.example.com/alerts" + appfoot("DoseDock", "my.dosedock.example.com")))

add('fall-detected-margaret-ems-called', 'phi',
    'fall-detector alert naming the wearer: fall with no response, emergency services called',
    frm='SafeStep Alert <alerts@safestep.example.net>', to='j.oconnell@example.com',
    subj='Fall detected - Margaret O.', date='2026-11-29 02:17 -0600', fam='device',
    style='system',
    body=P("FALL DETECTED\nMargaret O. - 2:14 AM - Bedroom\n\nNo response to the voice check after 60 seconds. "
           "Our monitoring center called emergency services at 2:16 AM.\n\nCall us: (630) 555-0119" + appfoot("SafeStep", "safestep.example.net")))

add('pharmacy-app-ready-atorvastatin', 'phi',
    'pharmacy app ready-for-pickup notice naming the patient and her atorvastatin',
    frm='RxNow <notify@rxnow.example.com>', to='denise.fulton@example.net',
    subj='Denise, your prescription is ready', date='2026-12-02 14:40 -0600', fam='device',
    style='system',
    body=MP('alternative',
            P("Hi Denise,\nYour prescription is ready for pickup at Pinecrest Pharmacy #112.\n\n"
              "ATORVASTATIN 20MG TAB  (Rx ending 4471)\n\nHours today: 9 AM - 9 PM" + RXNOW_FOOT),
            H('<p>Hi Denise,</p><p>Your prescription is ready for pickup at <b>Pinecrest Pharmacy '
              '#112</b>.</p><p style="font-family:monospace">ATORVASTATIN 20MG TAB&nbsp; (Rx ending '
              '4471)</p><p>Hours today: 9 AM - 9 PM</p>')))

add('telehealth-visit-confirmed-dermatology', 'phi',
    'telehealth app confirming the addressee\'s dermatology video visit',
    frm='VisitNow <appointments@visitnow.example.com>', to='c.mbeki@example.com',
    subj='Confirmed: video visit Wed Dec 9, 3:30 PM', date='2026-12-01 11:05 -0500',
    fam='reminder', style='system',
    body=P("Hi Charlotte, your video visit with Dr. Elena Ruiz (Dermatology) is confirmed.\n\n"
           "Wed Dec 9, 3:30 PM ET\nJoin 10 minutes early from the app.\n\nNeed to change it? "
           "https://visitnow.example.com/a/Q7TR2" + VISITNOW_FOOT))

add('frontdesk-new-pt-friday-hernandez-knee', 'phi',
    'front-desk note: new patient by surname, appointment and complaint (knee)',
    frm='Luz Mendoza <lmendoza@lakeviewfm.example.com>', to='Dr. Sam Kaplan <skaplan@lakeviewfm.example.com>',
    subj='new pt fri', date='2026-12-02 15:47 -0600', fam='staff', style='outlook',
    body=P("new pt Friday 2pm, Hernandez, knee. ins card on file. want xray first?"))

add('staff-call-mr-okafor-re-inr', 'phi',
    'nurse note: call a named patient about his INR and holding warfarin',
    frm='Beth Ryder RN <bryder@lakeviewfm.example.com>', to='Luz Mendoza <lmendoza@lakeviewfm.example.com>',
    subj='Okafor', date='2026-12-03 10:22 -0600', fam='staff', style='outlook',
    body=P("can u call Mr Okafor re INR? 3.6 today. Dr K says hold tonight's warfarin, recheck Mon"))

add('subject-only-kim-a1c-9', 'phi',
    'subject-only nurse note: a named patient\'s A1c of 9.1; empty body',
    frm='Beth Ryder RN <bryder@lakeviewfm.example.com>', to='Dr. Sam Kaplan <skaplan@lakeviewfm.example.com>',
    subj='Kim A1c 9.1 - see her sooner?', date='2026-12-03 11:40 -0600', fam='subject',
    style='outlook', body=P(''))

add('mms-rash-photo-noah', 'phi',
    'MMS from a mother: caption about her son Noah\'s rash with the photo attached',
    frm='7735550162@mms.example.net', to='nurse@harborpeds.example.org',
    subj='Noah', date='2026-12-01 20:14 -0600', fam='caption',
    body=MP('mixed',
            A("rash on his back since sun, no fever. itchy. ok to use the hydrocortisone? -Tasha (Noah Brooks mom)",
              'text/plain; charset=utf-8', 'text_0.txt', cte='7bit', disp='inline'),
            A(jpeg(96, 128), 'image/jpeg', 'IMG_4471.jpg', disp='inline')))

add('autoreply-subject-moms-mri-results', 'phi',
    'out-of-office auto-reply whose subject carries the patient\'s name and MRI results',
    frm='Renata Silva <rsilva@stbrendan.example.org>', to='linda.carver.family@example.com',
    subj="Automatic reply: Mom's MRI results - Linda Carver", date='2026-12-02 16:30 -0600',
    fam='auto', style='outlook',
    hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    body=P("I am out of the office until Monday 12/7 with limited access to email.\n"
           "For scheduling call 555-0128. For urgent matters call the main line.\n\nRenata\n\n"
           "Renata Silva, MSN, RN\nNurse Navigator, Imaging Services\nSt. Brendan Medical Center\n"
           "2100 W Polk St | Chicago\nP 555-0128 | F 555-0129" + SB_DISC))

add('read-receipt-lab-results-estrada', 'phi',
    'borderline: read receipt whose quoted subject names the patient and says "lab results"; no values, but PHI counts wherever it is',
    frm='Gloria Estrada <gestrada1958@example.net>', to='Beth Ryder RN <bryder@lakeviewfm.example.com>',
    subj='Read: Lab results - Gloria Estrada', date='2026-12-03 13:02 -0600', fam='auto',
    body=MP('report',
            P("Your message\n\n  To: gestrada1958@example.net\n  Subject: Lab results - Gloria Estrada\n"
              "  Sent: Thursday, December 3, 2026 11:51 AM\n\nwas read on Thursday, December 3, 2026 1:02 PM."),
            RAWPART('message/disposition-notification',
                    "Reporting-UA: mail.example.net; Webmail\n"
                    "Final-Recipient: rfc822;gestrada1958@example.net\n"
                    "Original-Message-ID: <3f0c2b81d9@lakeviewfm.example.com>\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed"),
            params=[('report-type', 'disposition-notification')]))

add('ics-pt-eval-dlamini-shoulder', 'phi',
    'calendar invite for a physical-therapy evaluation; the description gives the surgery',
    frm='Front Desk <scheduling@stbrendan.example.org>', to='S. Dlamini <sdlamini@example.com>',
    subj='Invitation: PT eval - S. Dlamini @ Mon Dec 7, 9:00am', date='2026-12-01 12:10 -0600',
    fam='invite', style='outlook',
    body=MP('alternative',
            P("PT eval - S. Dlamini\nMon Dec 7, 9:00-10:00am, Rehab 2nd floor\n\n"
              "R shoulder, 6 wk post rotator cuff repair. Bring sling."),
            ICSPART(ics('REQUEST', 'pt-dlamini-20261207@stbrendan.example.org',
                        '20261207T090000', '20261207T100000', 'PT eval - S. Dlamini',
                        desc='R shoulder, 6 wk post rotator cuff repair. Bring sling.',
                        organizer=('Front Desk', 'scheduling@stbrendan.example.org'),
                        attendees=[('S. Dlamini', 'sdlamini@example.com')],
                        location='Rehab, 2nd floor', stamp='20261201T181000Z'))))

add('voicemail-mri-scheduled-walter', 'phi',
    'voicemail transcript to a named patient: his lumbar MRI time and prep',
    frm='RingDesk Voicemail <voicemail@ringdesk.example.com>', to='wbrandt@example.net',
    subj='New voicemail from (847) 555-0133 (0:34)', date='2026-12-02 10:48 -0600',
    fam='voicemail', style='system',
    body=MP('mixed',
            P("Voicemail from (847) 555-0133, 0:34\n\nTranscript (beta):\n\"Hi, this message is for "
              "Walter Brandt, this is Carla at Dr. Ito's office. Your MRI of the lower back is "
              "scheduled Thursday at 7:30 at the imaging center, please no metal and arrive 20 "
              "minutes early. Call us back if that doesn't work. Thanks.\""),
            A(wav(0.6, 'walter'), 'audio/wav', 'voicemail-20261202-1048.wav')))

add('teams-bed4-haddad-potassium', 'phi',
    'chat-notification snippet: a named inpatient\'s potassium and replacement',
    frm='CareChat <noreply@chat.stbrendan.example.org>', to='pvaughn@stbrendan.example.org',
    subj='Jordan Lee sent you a message', date='2026-12-03 05:41 -0600', fam='chat',
    style='system',
    body=MP('alternative',
            P("Jordan Lee sent you a message in 4 West nurses:\n\n\"bed 4 haddad K 3.1, 40 po given, "
              "recheck w am labs\"\n\nReply in CareChat"),
            H('<p><b>Jordan Lee</b> sent you a message in <b>4 West nurses</b>:</p>'
              '<blockquote>bed 4 haddad K 3.1, 40 po given, recheck w am labs</blockquote>'
              '<p><a href="https://chat.stbrendan.example.org/c/4w">Reply in CareChat</a></p>')))

add('sms-reminder-ana-dr-blum', 'phi',
    'appointment-reminder text for a named patient, relayed to the family\'s mailbox',
    frm='"Text from (312) 555-0102" <relay@ringdesk.example.com>', to='rosa.pineda@example.com',
    subj='New text message from (312) 555-0102', date='2026-12-03 09:00 -0600', fam='sms',
    style='system',
    body=P("Lakeview Family Med: Reminder, Ana has an appt w/ Dr Blum 12/11 9:15am. "
           "Reply C to confirm, R to reschedule.\n\nTo respond to this text message, reply to this "
           "email or visit RingDesk."))

add('text-got-grandpa-flu-shot', 'phi',
    'family text: grandpa got the flu and pneumonia vaccines today (vaccination of a relative)',
    frm='Maddie Kowal <maddie.kowal@example.com>', to='Aunt Jo <jkowal62@example.net>',
    subj='grandpa', date='2026-11-30 17:22 -0600', fam='phone', style='iphone',
    body=P("got grandpa his flu shot + the pneumonia one at the pharmacy today fyi. "
           "his arm is sore but hes fine \U0001f44d" + IPH, cs='utf-8', cte='quoted-printable'))

add('staff-sick-call-strep-amox', 'phi',
    'borderline: a named employee\'s own sick call with a diagnosis and antibiotic; identifiable person + health content',
    frm='Kayla Simmons <ksimmons@lakeviewfm.example.com>', to='Front Desk Leads <fdleads@lakeviewfm.example.com>',
    subj='out today', date='2026-12-02 06:12 -0600', fam='phone', style='iphone',
    body=P("out today, strep. urgent care put me on amox, can come back thurs. sorry!" + IPH))

add('school-nurse-ava-inhaler-empty', 'phi',
    'school nurse to a parent: the named child\'s albuterol inhaler is empty',
    frm='Pat Gorski <pgorski@lincolnelem.example.org>', to='Mei Chen <meichen.home@example.com>',
    subj='Ava - inhaler', date='2026-12-01 13:05 -0600', fam='phone',
    body=P("Hi Mrs. Chen, Ava's albuterol inhaler in the office is empty. Could you send a new one "
           "(and the spacer) tomorrow? She's fine today.\n-Nurse Pat\n\nPat Gorski, RN | Health Office\n"
           "Lincoln Elementary School | 555-0166\nThis e-mail is intended for the parent or guardian "
           "named above and may contain student information protected by FERPA."))

add('dental-reminder-liam-cleaning-xrays', 'phi',
    'dental office reminder: a named child is due for a cleaning and x-rays',
    frm='Brightside Dental <reminders@brightsidedental.example.com>', to='okafor.family@example.net',
    subj='Liam is due for a visit', date='2026-11-27 08:00 -0600', fam='reminder',
    style='system',
    body=H('<p>Liam is due for his 6-month cleaning and bitewing x-rays.</p>'
           '<p><a href="https://book.brightsidedental.example.com/liam">Book online</a> or call '
           '(708) 555-0174.</p><p style="font-size:11px;color:#888">Brightside Dental, 220 Grove St.</p>'))

add('insurance-app-claim-received-mri', 'phi',
    'insurer app notice: claim for a named member\'s imaging service with member ID and amount',
    frm='Prairie Health Plan <notices@prairiehealth.example.com>', to='jordan.m.hale@example.com',
    subj='We received a claim', date='2026-12-02 19:30 -0600', fam='device', style='system',
    body=P("Jordan M. Hale  |  Member ID PHP447190233\n\nWe received a claim.\nService date: 11/20/2026\n"
           "Provider: Lakeview Imaging\nService: MRI knee w/o contrast\nBilled: $1,240.00\n\n"
           "We'll send an Explanation of Benefits when it's processed." + PLAN_FOOT, cte='quoted-printable'))

add('billing-text-balance-due-visit', 'phi',
    'billing text to the patient: balance due for her visit, relayed by SMS gateway',
    frm='6305550101@txt.example.net', to='hmarsh@example.com', subj='',
    date='2026-12-01 10:00 -0600', fam='sms',
    body=P("Lakeview Family Med: Helen, your balance of $45.00 for your 11/14 visit is due. "
           "Pay at lakeviewfm.example.com/pay or reply STOP"))

add('thumbs-up-reply-quoted-colonoscopy-prep', 'phi',
    'emoji-only reply; the quoted message gives a named patient\'s colonoscopy prep',
    frm='Victor Salas <vsalas@example.net>', to='Endoscopy Scheduling <endo@stbrendan.example.org>',
    subj='Re: Your procedure on Friday', date='2026-12-02 20:41 -0600', fam='phone',
    style='gmail',
    body=P("\U0001f44d\n\nOn Wed, Dec 2, 2026 at 3:05 PM Endoscopy Scheduling <endo@stbrendan.example.org> wrote:\n" +
           quote("Victor, your colonoscopy is Friday 12/4 at 8:00 AM.\nBowel prep starts at 5 PM "
                 "Thursday, clear liquids only after breakfast.\nYou need a driver."),
           cs='utf-8', cte='base64'))

add('subject-only-abara-post-op-incision', 'phi',
    'subject-only: named patient, post-op day 3, incision redness; empty body',
    frm='Nia Thompson RN <nthompson@stbrendan.example.org>', to='Surgery PA <surgpa@stbrendan.example.org>',
    subj='Mr. Abara POD3 - incision red, pls look', date='2026-12-03 14:15 -0600', fam='subject',
    body=P(''))

add('voicemail-daughter-dad-confused-oxybutynin', 'phi',
    'voicemail transcript: a named patient\'s daughter reports confusion since oxybutynin',
    frm='Lakeview Phones <vm@phones.lakeviewfm.example.com>', to='nurseline@lakeviewfm.example.com',
    subj='Voicemail (0:41) from WIRELESS CALLER 7085550139', date='2026-12-01 16:52 -0600',
    fam='voicemail', style='system',
    body=MP('mixed',
            P("Mailbox 210 (Nurse line)\nFrom: WIRELESS CALLER (708) 555-0139\nLength: 0:41\n\n"
              "\"hi it's Renee, Frank Dolan's daughter. Dad's been really confused since he started "
              "the new bladder pill, the oxy butynin, can somebody call me back. thanks\""),
            A(wav(0.7, 'dolan'), 'audio/x-wav', 'msg0041.wav')))

add('cgm-export-csv-his-numbers', 'phi',
    'caption plus CGM export CSV for a named child; readings in the file',
    frm='Marco Castellano <m.castellano@example.com>', to='Diabetes Educator <cde@harborpeds.example.org>',
    subj="Leo's numbers from last wk", date='2026-12-01 21:10 -0600', fam='caption', style='gmail',
    body=MP('mixed',
            P("his numbers from last wk, lots of lows after soccer"),
            A("Device,Timestamp,Glucose (mg/dL),Trend\n"
              "Glyco G7 Leo Castellano,2026-11-24 16:05,148,Flat\n"
              "Glyco G7 Leo Castellano,2026-11-24 17:05,96,Down\n"
              "Glyco G7 Leo Castellano,2026-11-24 17:35,61,Down\n"
              "Glyco G7 Leo Castellano,2026-11-24 18:05,74,Up\n"
              "Glyco G7 Leo Castellano,2026-11-26 16:10,139,Flat\n"
              "Glyco G7 Leo Castellano,2026-11-26 17:20,58,DoubleDown\n"
              "Glyco G7 Leo Castellano,2026-11-26 17:50,82,Up\n",
              'text/csv', 'glyco_export_Nov24-30.csv')))

add('front-desk-fax-in-baptiste-cardiology', 'phi',
    'staff note: referral fax received for a named patient, cardiology for palpitations',
    frm='Luz Mendoza <lmendoza@lakeviewfm.example.com>', to='Referrals <referrals@lakeviewfm.example.com>',
    subj='fax in', date='2026-12-03 09:14 -0600', fam='staff', style='outlook',
    body=P("fax in for Baptiste (Jean-Marc), cardiology referral, palpitations. scanned to chart, "
           "they want him seen w/in 2 wks" + lvsig("Luz Mendoza", "Front Desk Supervisor") + LV_DISC))

add('nurse-to-doc-ito-bp-clonidine', 'phi',
    'nurse to doctor: named patient\'s BP 182/104 on recheck, asks about clonidine',
    frm='Beth Ryder RN <bryder@lakeviewfm.example.com>', to='Dr. Sam Kaplan <skaplan@lakeviewfm.example.com>',
    subj='Mrs Ito rm 2', date='2026-12-03 10:58 -0600', fam='staff', style='outlook',
    body=P("Dr K \u2013 Mrs. Ito BP 182/104 on recheck, no HA/CP. ok to give 0.1 clonidine now?"
           + lvsig("Beth Ryder, RN", "Clinical Lead"),
           cs='windows-1252', cte='quoted-printable'))

add('pulse-ox-alert-ruth-spo2-88', 'phi',
    'home pulse oximeter alert naming the wearer: SpO2 88% for two minutes',
    frm='OxiHome <alerts@oxihome.example.net>', to='david.adler@example.com',
    subj="Ruth's oxygen dropped below 90%", date='2026-12-02 04:05 -0600', fam='device',
    style='system',
    body=P("Ruth's SpO2 was 88% for 2 min at 4:02 AM (pulse 104).\nIt's now 93%.\n\n"
           "If she has trouble breathing call 911.\nOxiHome - settings: https://oxihome.example.net/s"))

add('scale-alert-thomas-weight-gain-hf', 'phi',
    'smart-scale alert: a named patient gained 3.2 lb in 24 h under his heart-failure plan',
    frm='CardioHome <alerts@cardiohome.example.com>', to='thomas.wendt@example.net',
    cc='HF Clinic <hfnurse@stbrendan.example.org>',
    subj='Weight alert', date='2026-12-03 07:20 -0600', fam='device', style='system',
    body=P("Thomas, today's weight is 214.6 lb (+3.2 lb since yesterday).\n"
           "Your heart failure nurse has been notified per your plan. Take your morning "
           "furosemide and watch for swelling." + appfoot("CardioHome", "cardiohome.example.com")))

add('smart-inhaler-maya-rescue-6x', 'phi',
    'smart inhaler app to a parent: a named child used her rescue inhaler six times today',
    frm='Breathe+ <hello@breatheplus.example.com>', to='lpatel.home@example.com',
    subj='Maya used her rescue inhaler 6 times today', date='2026-12-02 21:00 -0600',
    fam='device', style='system',
    body=MP('alternative',
            P("Maya used her rescue inhaler 6 times today. That's more than usual (avg 1/day).\n"
              "Consider contacting her doctor."),
            H('<div style="font-family:Helvetica"><h3>6 puffs today</h3><p>Maya used her rescue inhaler '
              '6 times today. That\'s more than usual (avg 1/day).</p><p>Consider contacting her '
              'doctor.</p></div>')))

add('forward-refill-denied-gabapentin', 'phi',
    'daughter forwards the pharmacy app\'s refill-denied notice (attached) asking why',
    frm='Sonia Marsh <sonia.marsh@example.com>', to='Lakeview Family Medicine <office@lakeviewfm.example.com>',
    subj='Fwd: Refill request denied', date='2026-12-02 18:33 -0600', fam='phone', style='gmail',
    body=MP('mixed',
            P("why was this denied?? she has 2 pills left. this is for my mom Helen Marsh"),
            RFC822(nested('RxNow <notify@rxnow.example.com>', 'hmarsh@example.com',
                          'Refill request denied', '2026-12-02 16:02 -0600',
                          P("Hi Helen, your refill request for GABAPENTIN 300MG CAP was denied by "
                            "Dr. Sato's office. Please contact your prescriber."),
                          'forward-refill-denied-gabapentin-inner', style='system'))))

add('family-ics-dad-colonoscopy-drive', 'phi',
    'shared family calendar invite: Dad\'s colonoscopy, arrival time, needs a driver',
    frm='Ellen Park <ellen.park@example.net>', to='Chris Park <chrispark77@example.com>',
    subj='Invitation: Dad colonoscopy - drive him', date='2026-11-28 20:02 -0600',
    fam='invite', style='gmail',
    body=MP('mixed',
            MP('alternative',
               P("Dad colonoscopy - drive him\nTue Dec 8, 6:45am\nEastside Endoscopy\n\n"
                 "arrive 6:45, he can't drive after. I have work, can u?"),
               ICSPART(ics('REQUEST', 'f3a9c0d1e2@example.net', '20261208T064500',
                           '20261208T100000', 'Dad colonoscopy - drive him',
                           desc="arrive 6:45, he can't drive after. I have work, can u?",
                           organizer=('Ellen Park', 'ellen.park@example.net'),
                           attendees=[('Chris Park', 'chrispark77@example.com')],
                           location='Eastside Endoscopy', stamp='20261129T020200Z',
                           prodid='-//Example Calendar//EN'))),
            ICSPART(ics('REQUEST', 'f3a9c0d1e2@example.net', '20261208T064500',
                        '20261208T100000', 'Dad colonoscopy - drive him',
                        desc="arrive 6:45, he can't drive after. I have work, can u?",
                        organizer=('Ellen Park', 'ellen.park@example.net'),
                        attendees=[('Chris Park', 'chrispark77@example.com')],
                        location='Eastside Endoscopy', stamp='20261129T020200Z',
                        prodid='-//Example Calendar//EN'), attach=True)))

add('reply-c-quoted-mammogram-jane-wu', 'phi',
    'one-letter confirmation reply quoting a named patient\'s screening-mammogram reminder',
    frm='Jane Wu <janewu.52@example.com>', to='Imaging Reminders <reminders@stbrendan.example.org>',
    subj='Re: Appointment reminder', date='2026-12-02 12:09 -0600', fam='reminder',
    body=P("C\n\n-----Original Message-----\nFrom: Imaging Reminders\nSent: Wed 12/2/2026 9:00 AM\n"
           "Subject: Appointment reminder\n\nJane Wu, screening mammogram Thu 12/10 8:20 AM, "
           "Breast Center. No deodorant. Reply C to confirm."))

add('bounce-dads-biopsy-path-tran', 'phi',
    'delivery-failure bounce; the returned headers carry a subject with a named patient\'s biopsy',
    frm='Mail Delivery System <MAILER-DAEMON@mx.stbrendan.example.org>',
    to='Dr. Hana Said <hsaid@stbrendan.example.org>',
    subj='Undelivered Mail Returned to Sender', date='2026-12-03 08:12 -0600', fam='auto',
    hdrs=[('Auto-Submitted', 'auto-replied')],
    body=MP('report',
            P("This is the mail system at host mx.stbrendan.example.org.\n\nI'm sorry to have to inform "
              "you that your message could not be delivered to one or more recipients. It's attached "
              "below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please "
              "include this problem report. You can delete your own text from the attached returned "
              "message.\n\n                   The mail system\n\n<kevin.tran.1990@example.net>: host "
              "mx.example.net[192.0.2.25] said: 550 5.1.1\n    <kevin.tran.1990@example.net>: Recipient "
              "address rejected: mailbox unavailable (in reply to\n    RCPT TO command)"),
            RAWPART('message/delivery-status',
                    "Reporting-MTA: dns; mx.stbrendan.example.org\n\n"
                    "Final-Recipient: rfc822; kevin.tran.1990@example.net\nAction: failed\n"
                    "Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 mailbox unavailable"),
            RAWPART('text/rfc822-headers',
                    "From: \"Dr. Hana Said\" <hsaid@stbrendan.example.org>\n"
                    "To: kevin.tran.1990@example.net\n"
                    "Subject: Re: Dad's biopsy path - Tran, Minh\n"
                    "Date: Thu, 3 Dec 2026 08:11:40 -0600\n"
                    "Message-ID: <a81f2e0c44@stbrendan.example.org>"),
            params=[('report-type', 'delivery-status')]))

add('ooo-with-original-quoted-eli-cast', 'phi',
    'auto-reply that echoes the original message: a named child\'s cast removal question',
    frm='Ortho Scheduling <orthosched@stbrendan.example.org>', to='bdavies.home@example.com',
    subj='Re: Eli cast', date='2026-12-01 19:40 -0600', fam='auto',
    hdrs=[('Auto-Submitted', 'auto-replied')],
    body=P("Thank you for contacting Ortho Scheduling. Our office is closed. We will reply the next "
           "business day.\n\nYour message:\n\"Can Eli's cast come off before the 20th? We travel "
           "the 19th. Fracture was Oct 30. - Bronwen Davies\""))

add('subject-only-critical-k-mrn', 'phi',
    'subject-only critical-value callback with an MRN and potassium; empty body',
    frm='Core Lab <corelab@stbrendan.example.org>', to='4W Charge <4wcharge@stbrendan.example.org>',
    subj='CRITICAL K 6.2 MRN 00418827 - call back x4410', date='2026-12-03 04:31 -0600',
    fam='subject', style='system', body=P(''))

add('staff-note-rm3-patel-laceration', 'phi',
    'urgent-care staff note: named patient in room 3 with a hand laceration and tetanus due',
    frm='Omar Haddad MA <ohaddad@quickcare.example.com>', to='Dr. Li <ali@quickcare.example.com>',
    subj='rm 3', date='2026-12-02 17:33 -0600', fam='staff',
    body=P("rm 3 is Mrs Patel, lac L palm ~2cm, needs 4-0 + tdap (last one 2011). she's nervous about needles"))

add('sms-portal-results-ready-marcus', 'phi',
    'text relayed to mail: new test results in the portal for a named patient',
    frm='2245550111@txt.example.net', to='marcus.oyelaran@example.com', subj='',
    date='2026-12-02 13:15 -0600', fam='sms',
    body=P("Lakeview FM: New test results are available for MARCUS in your patient portal. "
           "Log in at lakeviewfm.example.com/portal"))

add('telehealth-rx-sent-amoxicillin', 'phi',
    'telehealth app to the patient: amoxicillin sent after today\'s visit',
    frm='VisitNow <care@visitnow.example.com>', to='ty.harlan@example.net',
    subj='Your visit summary is ready', date='2026-12-01 20:25 -0500', fam='device',
    style='system',
    body=P("Hi Ty, thanks for your visit today.\n\nDr. Amari sent a prescription for amoxicillin "
           "500 mg (10 days) to Pinecrest Pharmacy #112.\nDiagnosis: acute sinusitis\n\n"
           "Your visit summary is in the app." + VISITNOW_FOOT))

add('text-my-son-103-fever', 'phi',
    'parent\'s text: his son has a 103 fever, ibuprofen not helping, asks for a visit',
    frm='"Text from (773) 555-0186" <relay@ringdesk.example.com>', to='frontdesk@harborpeds.example.org',
    subj='New text message from (773) 555-0186', date='2026-12-03 07:02 -0600', fam='sms',
    style='system',
    body=P("my son has 103 fever since last nite, motrin not helping, can we come in today? "
           "- Andre Wallace, son is Jalen\n\nTo respond to this text message, reply to this email "
           "or visit RingDesk."))

add('slack-ed-bed22-vasquez-hip-fx', 'phi',
    'chat digest snippet: ED boarder by surname with age, hip fracture and boarding time',
    frm='Huddle <notifications@huddle.example.net>', to='bedflow@stbrendan.example.org',
    subj='[Huddle] New messages in #ed-flow', date='2026-12-03 02:10 -0600', fam='chat',
    style='system',
    body=H('<p style="color:#555">#ed-flow &middot; 2 new messages</p>'
           '<p><b>Rachel Kim</b> 1:58 AM<br>bed 22 (Vasquez, 81M, hip fx) boarding 14h now, ortho aware</p>'
           '<p><b>Tom Ng</b> 2:04 AM<br>4W can take after 6</p>'
           '<p><a href="https://huddle.example.net/stbrendan/ed-flow">Open in Huddle</a></p>'))

add('caption-pill-bottle-moms-metoprolol', 'phi',
    'caption plus photo of a pill bottle: mom\'s metoprolol looks different',
    frm='Irene Novak <irene.novak@example.net>', to='Pinecrest Pharmacy <rx112@pinecrestrx.example.com>',
    subj="mom's metoprolol", date='2026-12-02 11:26 -0600', fam='caption', style='iphone',
    body=MP('mixed',
            P("is this the right one? pharmacy gave her white ones not yellow. for Vera Novak" + IPH),
            A(jpeg(128, 96), 'image/jpeg', 'IMG_0932.jpeg', disp='inline')))

add('caption-pdf-jacob-sports-physical', 'phi',
    'caption plus scanned sports-physical PDF for a named child with vitals and clearance',
    frm='Dana Whitaker <dana.whitaker@example.com>', to='Athletics Office <athletics@westhigh.example.org>',
    subj='physical form', date='2026-11-30 08:45 -0600', fam='caption', style='gmail',
    body=MP('mixed',
            P("Here's Jacob's sports physical, signed"),
            A(pdf(['PRE-PARTICIPATION PHYSICAL EVALUATION', 'Name: Jacob Whitaker   DOB: 04/11/2010',
                   'BP 112/70  HR 64  Ht 5\'9"  Wt 148 lb', 'Vision 20/20 OU',
                   'Hx: mild intermittent asthma, albuterol PRN', 'Cleared for all sports without restriction',
                   'Examiner: R. Kaplan, MD   11/24/2026'], title='Scan_20261130'),
              'application/pdf', 'Scan_20261130_084211.pdf')))

add('attachment-only-lab-pdf-ortega', 'phi',
    'no text at all; the attachment name and PDF carry a named patient\'s lab results',
    frm='Lakeview Scan <scan@lakeviewfm.example.com>', to='Dr. Sam Kaplan <skaplan@lakeviewfm.example.com>',
    subj='', date='2026-12-03 15:20 -0600', fam='caption', style='system',
    body=MP('mixed',
            A(pdf(['OUTSIDE LAB REPORT', 'Patient: ORTEGA, LUIS   DOB 09/02/1961',
                   'Collected 12/01/2026', 'Hemoglobin 10.9 g/dL (L)', 'Ferritin 9 ng/mL (L)',
                   'TSH 2.1 mIU/L'], flate=True),
              'application/pdf', 'Results_Ortega_Luis_1201.pdf')))

add('text-grandma-fell-hip-er', 'phi',
    'employee texts the boss: grandma fell, suspected hip fracture, they are in the ER',
    frm='Jamal Price <jprice@northwindlogistics.example.com>', to='Sue Halvorsen <shalvorsen@northwindlogistics.example.com>',
    subj='not coming in', date='2026-12-02 07:05 -0600', fam='phone', style='iphone',
    body=P("grandma fell, they think its her hip. we're at St Brendan ER, won't make it in. "
           "will update" + IPH))

add('text-bubba-stitches-out-thurs', 'phi',
    'borderline: child named only by a nickname to a spouse; stitches removal appointment',
    frm='Kelly Ames <kelly.ames@example.net>', to='Rob Ames <robames@example.com>',
    subj='', date='2026-12-01 12:48 -0600', fam='phone', style='iphone',
    body=P("Bubba's stitches come out thurs 3:40 at dr Osei. can u take him? I have the dentist thing" + IPH))

add('initials-jk-dexa-osteopenia', 'phi',
    'clinician one-liner: patient by initials, DEXA result and a treatment question',
    frm='Rina Sato NP <rsato@lakeviewfm.example.com>', to='Dr. Sam Kaplan <skaplan@lakeviewfm.example.com>',
    subj='JK', date='2026-12-02 16:20 -0600', fam='staff', style='outlook',
    body=P("JK (72F, Thurs pt) dexa showed osteopenia, T -2.1 hip. start vit D + recheck 2 yr or want alendronate? -R"))

add('marked-secure-see-attached-nothing', 'phi',
    'borderline: [secure] subject tag with a one-line body and no clinical content; marked mail is at least phi',
    frm='Billing Office <billing@lakeviewfm.example.com>', to='r.akintola@example.com',
    subj='[secure] Re: your statement', date='2026-12-02 10:15 -0600', fam='mail',
    style='outlook', body=P("Please see the secure message in your portal.\n\nBilling Office" + LV_DISC))

add('chat-whatsapp-paste-lina-tsh', 'phi',
    'pasted chat: a named sister\'s TSH and levothyroxine dose change',
    frm='Noor Aziz <noor.aziz@example.com>', to='Omar Aziz <omar.aziz88@example.net>',
    subj='what lina said', date='2026-12-02 22:03 -0600', fam='chat', style='gmail',
    body=P("[12/2/26, 9:14 PM] Lina: doctor said my TSH is 8 so they upped the levo to 75\n"
           "[12/2/26, 9:15 PM] Lina: and I have to redo blood in 6 wks \U0001f644\n"
           "[12/2/26, 9:15 PM] Noor: ok tell mama",
           cs='utf-8', cte='base64'))

add('ics-reply-accepted-annual-physical', 'phi',
    'calendar acceptance reply for the patient\'s annual physical with fasting labs',
    frm='Glen Hartley <glen.hartley@example.com>', to='Scheduling <scheduling@lakeviewfm.example.com>',
    subj='Accepted: Annual physical + fasting labs - Glen Hartley', date='2026-11-30 09:33 -0600',
    fam='invite', style='outlook',
    body=MP('alternative',
            P("Glen Hartley has accepted this meeting."),
            Part('text/calendar',
                 ics('REPLY', 'phys-hartley-1209@lakeviewfm.example.com', '20261209T080000',
                     '20261209T090000', 'Annual physical + fasting labs - Glen Hartley',
                     organizer=('Scheduling', 'scheduling@lakeviewfm.example.com'),
                     attendees=[('Glen Hartley', 'glen.hartley@example.com')],
                     stamp='20261130T153300Z', partstat='ACCEPTED').encode('utf-8'),
                 params=[('charset', 'utf-8'), ('method', 'REPLY')], cte='7bit')))

add('reminder-sms-flu-vax-due-kids', 'phi',
    'clinic reminder naming two children who are due for flu vaccines',
    frm='Harbor Pediatrics <noreply@harborpeds.example.org>', to='amira.haddad@example.com',
    subj='Flu vaccine reminder', date='2026-11-24 09:00 -0600', fam='reminder', style='system',
    body=P("Harbor Pediatrics: Yusuf and Layla are due for their flu vaccines. Walk-in flu clinic "
           "Sat 9-12 or book online. Reply STOP to opt out."))

add('handoff-text-ccu-two-patients', 'phi',
    'two-line sign-out between nurses naming two patients with rhythms and drips',
    frm='Ana Ruiz RN <aruiz@stbrendan.example.org>', to='Liam Byrne RN <lbyrne@stbrendan.example.org>',
    subj='ccu', date='2026-12-03 18:55 -0600', fam='staff',
    body=P("12 Goldberg afib rvr on dilt 10, 14 Nakamura off levo since 4. both full code. good luck" + SB_DISC_LONG))


# ---------------------------------------------------------------- phi, not in English

add('es-mama-azucar-320-insulina', 'phi',
    'Spanish: daughter reports her named mother\'s glucose of 320 and asks about insulin',
    frm=('Lupe Ruiz', '7735550191@mms.example.net'), to='nurseline@lakeviewfm.example.com',
    subj='', date='2026-12-02 08:14 -0600', fam='sms', lang='es',
    body=P("Hola buenas, el azúcar de mi mamá Carmen Ruiz salió en 320 hoy en la mañana y ya se "
           "puso su insulina. ¿Le subimos la dosis o la llevo? Gracias, Lupe",
           cs='utf-8', cte='8bit'))

add('es-reply-si-puede-el-jueves-vacunas', 'phi',
    'Spanish one-line reply above the clinic\'s vaccine appointment for a named child',
    frm=('Yesenia Morales', 'yesemorales@example.com'), to='Harbor Pediatrics <citas@harborpeds.example.org>',
    subj='Re: Cita de Sofía', subj_cs='iso-8859-1', subj_enc='Q', date='2026-12-01 19:20 -0600',
    fam='phone', lang='es', style='gmail',
    body=P("sí puede el jueves, gracias\n\nEl mar, 1 dic 2026 a las 10:02, Harbor Pediatrics "
           "<citas@harborpeds.example.org> escribió:\n" +
           quote("Hola, Sofía Morales tiene cita para sus vacunas de 4 años (DTaP, polio,\n"
                 "triple viral y varicela) el jueves 3 de diciembre a las 10:00.\n"
                 "¿Puede venir? Responda sí o no."),
           cs='iso-8859-1', cte='quoted-printable'))

add('pt-vovo-pressao-18-por-11', 'phi',
    'Portuguese: grandmother named, blood pressure 18 por 11 and her losartan ran out',
    frm=('Juliana Prado', 'ju.prado@example.com'), to='Consultório Dra. Reis <contato@clinicareis.com.br.test>',
    subj='pressão da vovó', date='2026-12-02 09:40 -0300', fam='phone', lang='pt',
    style='gmail',
    body=P("Oi Dra., a pressão da vovó Zilda deu 18 por 11 hoje de manhã e a losartana acabou "
           "ontem. Pode mandar a receita pra farmácia? Bjs, Ju\n\nEnviado do meu Galaxy",
           cs='utf-8', cte='base64'))

add('fr-papa-malaise-glycemie', 'phi',
    'French: daughter reports her named father\'s hypoglycaemia and asks about gliclazide',
    frm=('Sophie Lefèvre', 'sophie.lefevre@example.fr.test', 'iso-8859-1', 'Q'),
    to='Cabinet Dr Martin <secretariat@cabinet-martin.fr.test>',
    subj='papa ce matin', date='2026-12-03 10:12 +0100', fam='phone', lang='fr',
    body=P("Bonjour, papa (Gérard Lefèvre) a fait un malaise ce matin, glycémie à 0,55 g/L. "
           "On lui a donné du sucre, ça va mieux. Faut-il baisser le gliclazide ? Merci de me "
           "rappeler. Sophie", cs='iso-8859-1', cte='8bit'))

add('de-oma-sturz-oberschenkelhals', 'phi',
    'German: grandmother named, fall and suspected hip fracture, asks for her medication list',
    frm=('Jens Brandt', 'jens.brandt@example.de.test'), to='Praxis Dr. Weber <praxis@praxis-weber.de.test>',
    subj='Oma Brandt - Krankenhaus', date='2026-12-02 07:30 +0100', fam='phone', lang='de',
    body=P("Hallo Frau Dr. Weber,\nOma (Hildegard Brandt) ist heute Nacht gestürzt und liegt im "
           "Klinikum, Verdacht auf Oberschenkelhalsbruch. Können Sie den Medikamentenplan ans "
           "Krankenhaus faxen?\nGruß Jens\n\nVon meinem iPhone gesendet", cs='utf-8',
           cte='quoted-printable'))

add('it-nonno-creatinina-metformina', 'phi',
    'Italian: grandfather named, creatinine 2.1 and a question about metformin',
    frm=('Chiara Ferri', 'chiara.ferri@example.it.test'), to='Studio Dott. Conti <studio@medicoconti.it.test>',
    subj='analisi del nonno', date='2026-12-01 18:05 +0100', fam='phone', lang='it',
    body=P("Buonasera dottore, il nonno (Bruno Ferri) ha fatto le analisi: creatinina 2,1. "
           "Deve continuare la metformina o la sospendiamo? Grazie, Chiara",
           cs='iso-8859-15', cte='quoted-printable'))

add('pl-mama-cisnienie-190', 'phi',
    'Polish: mother named, blood pressure 190/100 and an extra amlodipine tablet',
    frm=('Kasia Nowak', 'kasia.nowak@example.pl.test', 'iso-8859-2', 'Q'),
    to='Przychodnia Zdrowie <rejestracja@przychodnia-zdrowie.pl.test>',
    subj='Mama - ciśnienie', subj_cs='iso-8859-2', subj_enc='Q', date='2026-12-02 08:50 +0100',
    fam='phone', lang='pl',
    body=P("Dzień dobry, mama (Halina Nowak) miała rano ciśnienie 190/100, wzięła dodatkową "
           "tabletkę amlodypiny. Czy ma przyjść na wizytę dzisiaj? Pozdrawiam, Kasia",
           cs='iso-8859-2', cte='quoted-printable'))

add('ru-papa-insult-bolnitsa', 'phi',
    'Russian: father named, hospitalised with suspected stroke; cancels his appointment',
    frm=('Наталья Соколова', 'n.sokolova@example.ru.test', 'koi8-r', 'B'),
    to='Регистратура <reg@poliklinika12.ru.test>',
    subj='Соколов В.П. - отмена приёма', subj_cs='koi8-r', date='2026-12-02 11:02 +0300',
    fam='phone', lang='ru',
    body=P("Здравствуйте, папу (Соколов Виктор Петрович) вчера положили в больницу, подозрение "
           "на инсульт. Приём 8 декабря отменяем. Наталья", cs='koi8-r', cte='8bit'))

add('uk-syn-temperatura-39', 'phi',
    'Ukrainian: son named with age, fever 39.2, asks for a visit today',
    frm=('Оксана Коваль', 'oksana.koval@example.ua.test', 'windows-1251', 'B'),
    to='Harbor Pediatrics <frontdesk@harborpeds.example.org>',
    subj='Максим температура', subj_cs='windows-1251', date='2026-12-03 06:55 -0600',
    fam='phone', lang='uk', style='iphone',
    body=P("Добрий день, у сина (Максим Коваль, 6 років) температура 39,2 з ночі, дали нурофен. "
           "Можна сьогодні на прийом?\n\nНадіслано з iPhone", cs='windows-1251', cte='base64'))

add('vi-me-duong-huyet-280', 'phi',
    'Vietnamese: mother named, glucose 280 on metformin, asks whether to bring her in',
    frm=('Trần Minh Thư', 'thu.tran.mn@example.com'), to='nurseline@lakeviewfm.example.com',
    subj='đường huyết của mẹ', date='2026-12-02 07:45 -0600', fam='phone', lang='vi',
    body=P("Chào bác sĩ, đường huyết của mẹ con (bà Nguyễn Thị Lan) sáng nay là 280. Mẹ vẫn uống "
           "metformin đều. Con có nên đưa mẹ đi khám không ạ?", cs='utf-8', cte='quoted-printable'))

add('zh-baba-xueya-160', 'phi',
    'Chinese (GB2312): father named, blood pressure 160/95 after his pills, asks about more medicine',
    frm=('李娜', 'lina.li88@example.com', 'gb2312', 'B'), to='王医生 <drwang@lakeviewfm.example.com>',
    subj='爸爸的血压', subj_cs='gb2312', date='2026-12-03 08:20 -0600', fam='phone', lang='zh',
    body=P("王医生您好，我爸爸（李建国）今天早上血压160/95，药已经吃了。需要加药吗？谢谢\n李娜",
           cs='gb2312', cte='base64'))

add('zh-tw-ama-shenzangke-kongfu', 'phi',
    'Traditional Chinese (Big5): grandmother named, nephrology follow-up tomorrow, fasting for bloods?',
    frm=('陳怡君', 'yijun.chen@example.com', 'big5', 'B'), to='St. Brendan Scheduling <scheduling@stbrendan.example.org>',
    subj='阿嬤明天回診', subj_cs='big5', date='2026-12-02 21:40 -0600', fam='phone', lang='zh-tw',
    body=P("請問阿嬤（陳秀英）明天早上九點腎臟科回診，抽血要空腹嗎？謝謝", cs='big5', cte='base64'))

add('ko-halmeoni-dangnyoyak', 'phi',
    'Korean (EUC-KR): grandmother named, out of her diabetes medicine, asks for a new prescription',
    frm=('김지은', 'jieun.kim.92@example.com', 'euc-kr', 'B'), to='nurseline@lakeviewfm.example.com',
    subj='할머니 당뇨약', subj_cs='euc-kr', date='2026-12-01 17:30 -0600', fam='phone', lang='ko',
    body=P("안녕하세요, 할머니(김순자) 당뇨약이 다 떨어졌어요. 처방전 약국으로 다시 보내주실 수 "
           "있나요? 손녀 지은 드림", cs='euc-kr', cte='base64'))

add('ja-musuko-kossetsu-gipsu', 'phi',
    'Japanese (ISO-2022-JP): son named, wrist fracture, asks the time of his cast change',
    frm=('佐藤 真由美', 'mayumi.sato@example.jp.test', 'iso-2022-jp', 'B'),
    to='整形外科 予約係 <yoyaku@seikei-clinic.jp.test>',
    subj='佐藤陽太 ギプス交換', subj_cs='iso-2022-jp', date='2026-12-02 19:10 +0900',
    fam='phone', lang='ja',
    body=P("お世話になっております。息子（佐藤陽太）が先週右手首を骨折しました。\n"
           "明日のギプス交換の予約は何時でしたか？\n佐藤", cs='iso-2022-jp', cte='7bit'))

add('tl-lola-gamot-altapresyon', 'phi',
    'Tagalog: grandmother out of her blood-pressure medicine (amlodipine), dizzy today',
    frm='Joy Santos <joysantos.ph@example.com>', to='Ate Marites <maritessantos@example.net>',
    subj='gamot ni Lola', date='2026-12-02 18:44 -0600', fam='phone', lang='tl',
    style='iphone',
    body=P("Ate, naubos na yung gamot ni Lola sa altapresyon (amlodipine 5). Pwede mo bang bilhin "
           "pag-uwi mo? Nahihilo daw siya kanina." + IPH))

add('ht-manman-tansyon-180', 'phi',
    'Haitian Creole: mother named, blood pressure 180/100, missed her pills, asks to come in',
    frm=('Widline Joseph', 'widline.joseph@example.com'), to='nurseline@lakeviewfm.example.com',
    subj='manman m', date='2026-12-03 09:12 -0600', fam='phone', lang='ht',
    body=P("Bonjou, manman m (Marie Joseph) gen tansyon 180 sou 100 jodi a, li pa t pran grenn li "
           "yè. Èske m ka mennen l vini jodi a? Mèsi, Widline", cs='utf-8', cte='8bit'))

add('ar-walidi-sukkar-300', 'phi',
    'Arabic (windows-1256): father named, glucose 300, asks whether to raise his insulin',
    frm=('سارة حداد', 'sara.haddad@example.com', 'windows-1256', 'B'),
    to='nurseline@lakeviewfm.example.com', subj='السكر عند والدي', subj_cs='windows-1256',
    date='2026-12-02 07:58 -0600', fam='phone', lang='ar',
    body=P("السلام عليكم دكتور، والدي (محمود حداد) نسبة السكر عنده 300 اليوم الصبح. هل نزيد "
           "جرعة الأنسولين؟ شكرا، سارة", cs='windows-1256', cte='base64'))

add('tr-annem-tahlil-hemoglobin', 'phi',
    'Turkish: mother named, asks for her lab results, low haemoglobin and iron tablets',
    frm=('Emre Yılmaz', 'emre.yilmaz@example.com.tr.test', 'iso-8859-9', 'Q'),
    to='Dr. Aydın Muayenehanesi <randevu@draydin.com.tr.test>',
    subj='annemin tahlilleri', subj_cs='iso-8859-9', date='2026-12-01 14:25 +0300',
    fam='phone', lang='tr',
    body=P("Merhaba, annemin (Ayşe Yılmaz) tahlil sonuçları çıktı mı? Geçen sefer hemoglobin "
           "düşük demiştiniz, demir ilacına devam etsin mi? Teşekkürler, Emre",
           cs='iso-8859-9', cte='quoted-printable'))

add('so-wiilka-qandho-39', 'phi',
    'Somali: son named, fever 39 and vomiting since last night, asks to bring him today',
    frm='Hodan Warsame <hodan.warsame@example.net>', to='frontdesk@harborpeds.example.org',
    subj='Cabdi', date='2026-12-03 07:35 -0600', fam='phone', lang='so', style='iphone',
    body=P("Salaan, wiilkayga Cabdi Warsame wuxuu qabaa qandho 39 tan iyo xalay, wuuna matagayaa. "
           "Ma keeni karaa maanta? Mahadsanid, Hodan" + IPH))

add('fa-madar-ghand-250', 'phi',
    'Persian: mother named, blood sugar 250 after metformin, asks whether to bring her in',
    frm=('مریم رضایی', 'maryam.rezaei@example.net'), to='nurseline@lakeviewfm.example.com',
    subj='قند خون مادرم', date='2026-12-03 08:40 -0600', fam='phone', lang='fa',
    style='gmail',
    body=P("سلام خانم دکتر، قند خون مادرم (پروین رضایی) امروز صبح ۲۵۰ بود. قرص متفورمین را "
           "خورده. باید بیاوریمش؟ ممنون، مریم", cs='utf-8', cte='base64'))


# ---------------------------------------------------------------- restricted: mental health

add('reply-ok-tues-quoted-child-psych-med-check', 'restricted',
    'one-line reply; the quoted message is a child psychiatry medication check for a named child',
    frm='Priya Raman <priya.raman@example.net>', to='Northside Behavioral Health <frontdesk@northsidebh.example.org>',
    subj='Re: Maya - appointment', date='2026-12-01 18:10 -0600', fam='phone', cat='mental',
    style='iphone',
    body=P("ok she can come tues" + IPH + "\n\nOn Dec 1, 2026, at 3:30 PM, Northside Behavioral Health "
           "<frontdesk@northsidebh.example.org> wrote:\n\n" +
           quote("Maya's medication check with Dr. Alvarez (child & adolescent psychiatry)\n"
                 "can be Tues 12/8 at 3:00. Please confirm.")))

add('telehealth-therapy-session-reminder-lcsw', 'restricted',
    'telehealth reminder to the patient of his therapy session with an LCSW',
    frm='VisitNow <appointments@visitnow.example.com>', to='jonah.feld@example.com',
    subj='Reminder: your session tomorrow at 10:00 AM', date='2026-12-03 10:00 -0500',
    fam='reminder', cat='mental', style='system',
    body=MP('alternative',
            P("Hi Jonah, this is a reminder of your therapy session with Dana Kerr, LCSW "
              "tomorrow (Fri Dec 4) at 10:00 AM ET.\nJoin: https://visitnow.example.com/j/77KX\n\n"
              "Before your visit:\n- find a private, quiet space\n- use headphones if others are home\n"
              "- test your camera in the app\n\nNeed to cancel? Please give 24 hours notice or a late-"
              "cancel fee may apply.\n\nIf you are in crisis, call or text 988."
              + appfoot("VisitNow", "visitnow.example.com")),
            H('<p>Hi Jonah,</p><p>Reminder: <b>therapy session</b> with Dana Kerr, LCSW<br>'
              'Fri Dec 4, 10:00 AM ET</p><p><a href="https://visitnow.example.com/j/77KX">Join</a></p>')))

add('staff-mr-reyes-out-of-lithium', 'restricted',
    'staff note: named patient of the psychiatrist out of lithium for three days',
    frm='Luz Mendoza <lmendoza@lakeviewfm.example.com>', to='Beth Ryder RN <bryder@lakeviewfm.example.com>',
    subj='Reyes', date='2026-12-02 11:48 -0600', fam='staff', cat='mental', style='outlook',
    body=P("Mr Reyes called, out of lithium x3 days. is Dr Cho (psych) in today? pls call him 555-0148"
           + lvsig("Luz Mendoza", "Front Desk Supervisor")))

add('voicemail-mom-son-down-sertraline', 'restricted',
    'voicemail transcript: mother says her son is depressed again on sertraline and asks for his counselor',
    frm='RingDesk Voicemail <voicemail@ringdesk.example.com>', to='intake@northsidebh.example.org',
    subj='New voicemail from (630) 555-0164 (0:47)', date='2026-12-02 20:05 -0600',
    fam='voicemail', cat='mental', style='system',
    body=MP('mixed',
            P("Voicemail from (630) 555-0164, 0:47\n\n\"Hi, this is Ana Castillo, calling about my son "
              "Mateo Castillo, he's been really down again, not leaving his room, not eating much, "
              "he skipped school Monday and Tuesday and I don't think the sertraline is doing anything, "
              "it's been like five weeks now. He says he's fine but he's not. Um, he sees Miss Karen on "
              "Thursdays. Can his counselor call me back, or the doctor, whoever. My number is 630 "
              "555 0164. I'm home after 4. Thank you.\"\n\nTranscription confidence: medium. "
              "Listen to the attached audio for the full message."),
            A(wav(0.8, 'castillo'), 'audio/wav', 'voicemail-20261202-2005.wav')))

add('dispenser-missed-dose-clozapine-robert', 'restricted',
    'borderline: pill dispenser alert, a named man missed his evening clozapine; the category (schizophrenia treatment) is shown only by the drug',
    frm='DoseDock <alerts@dosedock.example.com>', to='gail.whitman@example.net',
    subj='Missed dose - Robert', date='2026-12-02 22:32 -0600', fam='device', cat='mental',
    style='system',
    body=P("Missed dose\n\nDevice: Robert\nScheduled: 9:00 PM\nCup: clozapine 200 mg\n\n"
           "The cup was not removed within 90 minutes.\nManage alerts: https://my.dosedock.example.com/alerts"))

add('ics-intake-eating-disorders-program', 'restricted',
    'calendar invite: intake at an eating disorders programme for a named patient',
    frm='Intake Coordinator <intake@northsidebh.example.org>', to='lena.varga@example.com',
    subj='Invitation: Intake - Eating Disorders Program - Lena V.', date='2026-12-01 09:20 -0600',
    fam='invite', cat='mental', style='outlook',
    body=MP('alternative',
            P("Intake - Eating Disorders Program - Lena V.\nThu Dec 10, 1:00-3:00pm\n\n"
              "Please bring a parent. Weigh-in and labs at first visit."),
            ICSPART(ics('REQUEST', 'edp-intake-varga@northsidebh.example.org', '20261210T130000',
                        '20261210T150000', 'Intake - Eating Disorders Program - Lena V.',
                        desc='Please bring a parent. Weigh-in and labs at first visit.',
                        organizer=('Intake Coordinator', 'intake@northsidebh.example.org'),
                        attendees=[('Lena Varga', 'lena.varga@example.com')],
                        location='Northside BH, Suite 300', stamp='20261201T152000Z'))))

add('subject-only-tom-ptsd-group', 'restricted',
    'subject-only from a wife: her husband can\'t make his PTSD group; empty body',
    frm='Carol Bishop <carolbishop@example.net>', to='VA Clinic Groups <groups@vetcenter.example.org>',
    subj="Tom Bishop can't make PTSD group thurs", date='2026-12-02 17:12 -0600',
    fam='subject', cat='mental', style='iphone', body=P(IPH.strip()))

add('es-hija-salio-hospital-psiquiatrico', 'restricted',
    'Spanish: mother says her named daughter left the psychiatric hospital and asks for follow-up',
    frm=('Marisol Ortega', 'marisol.ortega@example.com'), to='Northside Behavioral Health <intake@northsidebh.example.org>',
    subj='Seguimiento de Daniela', date='2026-12-01 12:30 -0600', fam='phone', lang='es',
    cat='mental',
    body=P("Buenas tardes, mi hija Daniela Ortega salió ayer del hospital psiquiátrico y le dijeron "
           "que tenía que ver al psiquiatra en una semana. ¿Cuándo es la cita? Gracias",
           cs='utf-8', cte='quoted-printable'))

add('ko-eomma-uuljeung-yak', 'restricted',
    'Korean: daughter says her mother ran out of her depression medicine and asks for a refill',
    frm=('박서연', 'seoyeon.park@example.com'), to='Northside Behavioral Health <intake@northsidebh.example.org>',
    subj='엄마 약 처방', date='2026-12-03 09:05 -0600', fam='phone', lang='ko', cat='mental',
    style='gmail',
    body=P("안녕하세요. 엄마(이미숙) 우울증 약이 이틀 전에 떨어졌어요. 최 선생님께 처방 다시 "
           "부탁드려도 될까요?", cs='utf-8', cte='base64'))

# ---------------------------------------------------------------- restricted: substance use

add('sms-otp-take-homes-wife-pickup', 'restricted',
    'text to an opioid treatment programme: patient asks if his wife can pick up his take-home doses',
    frm='7085550153@txt.example.net', to='frontdesk@riverbendrecovery.example.org', subj='',
    date='2026-12-03 18:40 -0600', fam='sms', cat='sud',
    body=P("cant make dosing tmrw, work. can my wife pick up my take homes? -Luis Medina"))

add('staff-kowalski-uds-fent-weekly', 'restricted',
    'staff note at an OTP: named patient\'s urine drug screen positive for fentanyl, visit frequency',
    frm='Dee Harmon MA <dharmon@riverbendrecovery.example.org>', to='Dr. Ellis <rellis@riverbendrecovery.example.org>',
    subj='Kowalski', date='2026-12-02 13:20 -0600', fam='staff', cat='sud', style='outlook',
    body=P("Kowalski UDS +fent again. bump back to weekly? he's asking for 2 wk script" + PART2))

add('pharmacy-app-bup-naloxone-ready', 'restricted',
    'pharmacy app ready notice naming the patient and buprenorphine-naloxone film',
    frm='RxNow <notify@rxnow.example.com>', to='kyle.brandt@example.net',
    subj='Kyle, your prescription is ready', date='2026-12-02 16:05 -0600', fam='device',
    cat='sud', style='system',
    body=MP('alternative',
            P("Hi Kyle,\nYour prescription is ready for pickup at Pinecrest Pharmacy #112.\n\n"
              "BUPRENORPHINE-NALOXONE 8MG-2MG FILM  (Rx ending 2290)\n\nHours today: 9 AM - 9 PM"
              + RXNOW_FOOT),
            H('<p>Hi Kyle,</p><p>Your prescription is ready for pickup at <b>Pinecrest Pharmacy '
              '#112</b>.</p><p style="font-family:monospace">BUPRENORPHINE-NALOXONE 8MG-2MG FILM&nbsp; '
              '(Rx ending 2290)</p><p>Hours today: 9 AM - 9 PM</p>')))

add('reminder-riverbend-monthly-injection', 'restricted',
    'borderline: recovery-centre reminder of a named patient\'s monthly injection; substance-use treatment is shown only by the programme, as in the rules\' methadone-clinic example',
    frm='Riverbend Recovery Center <reminders@riverbendrecovery.example.org>', to='marcus.dunn@example.com',
    subj='Your injection is due', date='2026-12-03 09:00 -0600', fam='reminder', cat='sud',
    style='system',
    body=P("Marcus, your monthly injection at Riverbend Recovery Center is due Wed 12/9. Walk-in "
           "8-11am or reply to book. Questions: 555-0115"))

add('voicemail-mom-gina-in-detox', 'restricted',
    'voicemail transcript: mother says her named daughter is in detox and missed her appointment',
    frm='Lakeview Phones <vm@phones.lakeviewfm.example.com>', to='nurseline@lakeviewfm.example.com',
    subj='Voicemail (0:29) from BELL, CAROL 8475550144', date='2026-12-01 09:10 -0600',
    fam='voicemail', cat='sud', style='system',
    body=P("Mailbox 210 (Nurse line)\nFrom: BELL, CAROL (847) 555-0144\nLength: 0:29\n\n"
           "\"hi this is Carol Bell, Gina Bell's mom, she won't make her appointment Thursday, she's "
           "at the detox at Mercy, they said to call. ok bye\""))

add('pl-tata-odwyk-alkohol', 'restricted',
    'Polish: son says his named father started alcohol rehab on Monday',
    frm=('Piotr Wiśniewski', 'piotr.wisniewski@example.pl.test'), to='Dr. Anna Kowalczyk <akowalczyk@lakeviewfm.example.com>',
    subj='Tata', date='2026-12-02 20:15 -0600', fam='phone', lang='pl', cat='sud',
    body=P("Pani doktor, tata (Jan Wiśniewski) zaczął w poniedziałek odwyk alkoholowy w ośrodku "
           "na Elm St. Wizytę 10 grudnia trzeba przełożyć. Piotr", cs='utf-8', cte='8bit'))

add('chat-iop-group-no-show-derek', 'restricted',
    'chat notification: named patient no-show twice at an intensive outpatient (IOP) group',
    frm='CareChat <noreply@chat.riverbendrecovery.example.org>', to='tkhan@riverbendrecovery.example.org',
    subj='Maria Lopez mentioned you', date='2026-12-03 15:30 -0600', fam='chat', cat='sud',
    style='system',
    body=P("Maria Lopez mentioned you in IOP evening:\n\n\"@Tariq Derek S no-show x2 this wk, "
           "can u call him before group tmrw?\"\n\nOpen CareChat to reply."))

add('caption-naltrexone-bottle-for-drinking', 'restricted',
    'caption plus photo of his naltrexone bottle, prescribed for drinking; asks about the dose',
    frm='Greg Tomlin <gtomlin@example.com>', to='Dr. Sam Kaplan <skaplan@lakeviewfm.example.com>',
    subj='naltrexone', date='2026-12-01 21:05 -0600', fam='caption', cat='sud', style='iphone',
    body=MP('mixed',
            P("pic of the bottle. it says 50mg but you said half for the first week? for the "
              "drinking. -Greg" + IPH),
            A(jpeg(96, 128), 'image/jpeg', 'IMG_5120.jpeg', disp='inline')))

add('ru-syn-narkologicheskiy-tsentr', 'restricted',
    'Russian: mother asks about visiting her named son in a drug rehabilitation centre',
    frm=('Ирина Волкова', 'irina.volkova@example.net'), to='Riverbend Recovery Center <frontdesk@riverbendrecovery.example.org>',
    subj='Посещение', subj_cs='windows-1251', date='2026-12-02 12:15 -0600', fam='phone',
    lang='ru', cat='sud',
    body=P("Здравствуйте. Мой сын Артём Волков третью неделю у вас в реабилитационной программе. "
           "Можно ли навестить его в субботу? Ирина", cs='windows-1251', cte='quoted-printable'))

# ---------------------------------------------------------------- restricted: HIV

add('staff-call-mr-adeyemi-re-vl-biktarvy', 'restricted',
    'nurse note: call a named patient about his HIV viral load, continue Biktarvy',
    frm='Jess Moreau RN <jmoreau@bridgeclinic.example.org>', to='Front <front@bridgeclinic.example.org>',
    subj='Adeyemi', date='2026-12-03 10:30 -0600', fam='staff', cat='hiv', style='outlook',
    body=P("can u call Mr Adeyemi re VL? 40 copies, cont Biktarvy, recheck 3 mo" + BRIDGE_DISC))

add('specialty-pharmacy-biktarvy-shipped', 'restricted',
    'specialty pharmacy shipping notice to the patient for Biktarvy',
    frm='Northpoint Specialty Pharmacy <shipping@northpointrx.example.com>', to='d.kaminski@example.net',
    subj='Your order has shipped', date='2026-12-02 17:40 -0600', fam='device', cat='hiv',
    style='system',
    body=P("Hi Daniel, your order has shipped.\n\nBIKTARVY 50-200-25 MG TAB x30\nCarrier: UPS  "
           "Tracking 1Z999AA10123456784\nSignature required. Questions: 555-0140"
           + appfoot("Northpoint Specialty Pharmacy", "northpointrx.example.com")))

add('fr-frere-medicaments-vih', 'restricted',
    'French: sister says her named brother is out of his HIV medicines',
    frm=('Aminata Diallo', 'aminata.diallo@example.fr.test'), to='Bridge Clinic <front@bridgeclinic.example.org>',
    subj='mon frère', date='2026-12-02 09:30 -0600', fam='phone', lang='fr', cat='hiv',
    body=P("Bonjour, mon frère Ibrahima Diallo n'a plus de médicaments pour le VIH depuis hier. "
           "Il peut passer aujourd'hui ? Merci", cs='utf-8', cte='quoted-printable'))

add('subject-only-prep-refill-j-tran', 'restricted',
    'subject-only: PrEP refill for a named patient; empty body',
    frm='Pinecrest Pharmacy <rx112@pinecrestrx.example.com>', to='Bridge Clinic Refills <refills@bridgeclinic.example.org>',
    subj='PrEP refill - J. Tran - needs labs?', date='2026-12-01 11:11 -0600', fam='subject',
    cat='hiv', body=P(''))

add('ht-pitit-gason-prep-fini', 'restricted',
    'Haitian Creole: mother says her named son\'s PrEP runs out tomorrow',
    frm=('Rose-Marie Pierre', 'rosemarie.pierre@example.com'), to='Bridge Clinic <front@bridgeclinic.example.org>',
    subj='PrEP Jean', date='2026-12-03 08:25 -0600', fam='phone', lang='ht', cat='hiv',
    body=P("Bonjou, pitit gason m nan, Jean Pierre, bezwen renouvle PrEP li, grenn yo fini demen. "
           "Kilè li ka vini? Mèsi", cs='utf-8', cte='quoted-printable'))

add('reply-undetectable-to-case-manager', 'restricted',
    'patient\'s excited reply above the case manager\'s note that his viral load is back',
    frm='Marcus Hill <marcushill.22@example.com>', to='Rosa Ybarra <rybarra@bridgeclinic.example.org>',
    subj='Re: your labs', date='2026-12-02 15:48 -0600', fam='phone', cat='hiv', style='iphone',
    body=P("UNDETECTABLE!!! \U0001f389\U0001f389 thank u Rosa" + IPH + "\n\nOn Dec 2, 2026, at 3:20 PM, "
           "Rosa Ybarra <rybarra@bridgeclinic.example.org> wrote:\n\n" +
           quote("Hi Marcus, your viral load came back - call me, it's good news!"),
           cs='utf-8', cte='quoted-printable'))

add('voicemail-callback-about-hiv-test', 'restricted',
    'borderline: voicemail transcript to a named man about his HIV test, result not stated; HIV testing of a named person',
    frm='RingDesk Voicemail <voicemail@ringdesk.example.com>', to='devon.price@example.net',
    subj='New voicemail from (312) 555-0125 (0:19)', date='2026-12-03 11:40 -0600',
    fam='voicemail', cat='hiv', style='system',
    body=P("Voicemail from (312) 555-0125, 0:19\n\n\"Hi, this is Kim from Bridge Clinic for Devon, "
           "calling about your HIV test from Tuesday. Please call us back when you can.\""))

add('pt-meu-cd4-650', 'restricted',
    'Portuguese: patient reports his own CD4 count to the clinic nurse',
    frm=('Rafael Souza', 'rafa.souza@example.com'), to='Jess Moreau RN <jmoreau@bridgeclinic.example.org>',
    subj='exames', date='2026-12-01 20:10 -0600', fam='phone', lang='pt', cat='hiv',
    body=P("Oi Jess, meu CD4 deu 650 e a carga viral indetectável! Continuo com o mesmo remédio? "
           "Abraço, Rafael", cs='iso-8859-1', cte='quoted-printable'))

add('ics-cabenuva-injection-mensah', 'restricted',
    'calendar invite: named patient\'s Cabenuva (long-acting antiretroviral) injection visit',
    frm='Bridge Clinic Scheduling <scheduling@bridgeclinic.example.org>', to='r.mensah@example.com',
    subj='Invitation: Cabenuva injection - R. Mensah', date='2026-12-02 10:00 -0600',
    fam='invite', cat='hiv', style='outlook',
    body=MP('alternative',
            P("Cabenuva injection - R. Mensah\nMon Dec 14, 4:30pm\nInjection room B"),
            ICSPART(ics('REQUEST', 'cab-mensah-1214@bridgeclinic.example.org', '20261214T163000',
                        '20261214T170000', 'Cabenuva injection - R. Mensah',
                        desc='q2 month dose. 15 min observation after.',
                        organizer=('Bridge Clinic Scheduling', 'scheduling@bridgeclinic.example.org'),
                        attendees=[('R. Mensah', 'r.mensah@example.com')],
                        location='Injection room B', stamp='20261202T160000Z', alarm=60))))

# ---------------------------------------------------------------- restricted: genetic

add('staff-brca-neg-sarah-pls-call', 'restricted',
    'staff note: a named patient\'s BRCA result is negative, please call her',
    frm='Dr. Hana Said <hsaid@stbrendan.example.org>', to='Breast Clinic RN <breastrn@stbrendan.example.org>',
    subj='BRCA', date='2026-12-02 14:02 -0600', fam='staff', cat='genetic', style='outlook',
    body=P("BRCA panel in for Sarah Lindgren, neg. pls call her today, she's anxious. I'll sign the letter"
           + SB_DISC_LONG))

add('reply-sister-tested-too-quoted-brca2', 'restricted',
    'patient\'s short reply above the genetic counsellor\'s message giving her BRCA2 result',
    frm='Allison Greer <allison.greer@example.net>', to='Megan Ford CGC <mford@cedargenetics.example.com>',
    subj='Re: your results', date='2026-12-01 19:22 -0600', fam='phone', cat='genetic',
    style='gmail',
    body=P("ok thank you. so my sister should get tested too?\n\nOn Tue, Dec 1, 2026 at 2:10 PM "
           "Megan Ford CGC <mford@cedargenetics.example.com> wrote:\n" +
           quote("Allison, as we discussed by phone, your test found a pathogenic BRCA2\n"
                 "variant. I've sent the referral to the high-risk clinic.")))

add('ics-genetic-counseling-lynch-eval', 'restricted',
    'calendar invite: genetic counselling for a named patient, description gives Lynch evaluation',
    frm='Cedar Genetics <scheduling@cedargenetics.example.com>', to='anjali.patel.2@example.com',
    subj='Invitation: Genetic counseling - Patel, Anjali', date='2026-11-30 11:30 -0600',
    fam='invite', cat='genetic', style='outlook',
    body=MP('alternative',
            P("Genetic counseling - Patel, Anjali\nWed Dec 9, 11:00am (video)\n\n"
              "family hx colon ca (father 48, aunt 52), Lynch eval"),
            ICSPART(ics('REQUEST', 'gc-patel-1209@cedargenetics.example.com', '20261209T110000',
                        '20261209T120000', 'Genetic counseling - Patel, Anjali',
                        desc='family hx colon ca (father 48, aunt 52), Lynch eval',
                        organizer=('Cedar Genetics', 'scheduling@cedargenetics.example.com'),
                        attendees=[('Anjali Patel', 'anjali.patel.2@example.com')],
                        location='Video visit', stamp='20261130T173000Z'))))

add('portal-carrier-screening-results-available', 'restricted',
    'portal notice addressed to the patient: her carrier screening results are available',
    frm='Maple Women\'s Health Portal <portal@maplewomens.example.org>', to='kate.olsen@example.com',
    subj='Kate, new results are available', date='2026-12-02 08:30 -0600', fam='device',
    cat='genetic', style='system',
    body=P("Hi Kate,\nYour expanded carrier screening results are now available in the portal. "
           "Your genetic counselor will call to review them.\nhttps://portal.maplewomens.example.org"
           + appfoot("Maple Women's Health", "portal.maplewomens.example.org")))

add('text-nipt-low-risk-baby', 'restricted',
    'borderline: text from an expectant mother, the genetic counsellor called with a low-risk NIPT; prenatal cell-free DNA screening counted as a genetic test result',
    frm='Brianna Cole <briannacole@example.com>', to='Mom <lcole.1960@example.net>',
    subj='', date='2026-12-02 13:40 -0600', fam='phone', cat='genetic', style='iphone',
    body=P("genetic counselor called!! the NIPT came back low risk for everything \U0001f62d\U0001f499 and it's a girl" + IPH,
           cs='utf-8', cte='quoted-printable'))

add('de-oma-gentest-huntington', 'restricted',
    'German: grandmother\'s Huntington genetic test positive; asks whether her mother should test',
    frm=('Lea Hoffmann', 'lea.hoffmann@example.de.test'), to='Humangenetik Sprechstunde <humangenetik@uniklinik.de.test>',
    subj='Gentest Oma', date='2026-12-01 16:20 +0100', fam='phone', lang='de', cat='genetic',
    body=P("Guten Tag, der Gentest von meiner Oma (Gerda Hoffmann) war positiv für Chorea Huntington. "
           "Soll meine Mutter sich auch testen lassen? Wie bekommt sie einen Termin zur Beratung?\n"
           "Lea Hoffmann", cs='iso-8859-1', cte='8bit'))

add('chat-factor-v-leiden-baptiste', 'restricted',
    'chat snippet: named patient heterozygous for factor V Leiden (genetic test result)',
    frm='Huddle <notifications@huddle.example.net>', to='hemeclinic@stbrendan.example.org',
    subj='[Huddle] New message in #heme-consults', date='2026-12-03 12:02 -0600', fam='chat',
    cat='genetic', style='system',
    body=P("#heme-consults - 1 new message\n\nTom Ng 11:58 AM\nFactor V Leiden came back het for "
           "Mr Baptiste (4W-12). heme aware, ok to start apixaban\n\nOpen in Huddle: "
           "https://huddle.example.net/stbrendan/heme-consults"))

add('it-figlio-test-genetico-fibrosi-cistica', 'restricted',
    'Italian: father asks about his named son\'s cystic fibrosis genetic test (carrier result)',
    frm=('Luca Romano', 'luca.romano@example.it.test'), to='Genetica Medica <genetica@ospedale.it.test>',
    subj='test genetico di Matteo', date='2026-12-02 10:40 +0100', fam='phone', lang='it',
    cat='genetic', style='gmail',
    body=P("Buongiorno, il test genetico di mio figlio Matteo Romano per la fibrosi cistica dice "
           "\"portatore sano\". Cosa significa per la sorella? Grazie, Luca",
           cs='utf-8', cte='base64'))

add('ja-idenshi-counseling-yoyaku', 'restricted',
    'Japanese (Shift_JIS): a named woman confirms her genetic counselling appointment about BRCA testing',
    frm=('田中 恵子', 'keiko.tanaka@example.jp.test', 'shift_jis', 'B'),
    to='遺伝カウンセリング外来 <idenshi@daigaku-hp.jp.test>',
    subj='遺伝カウンセリングの予約', subj_cs='shift_jis', date='2026-12-01 21:00 +0900',
    fam='phone', lang='ja', cat='genetic',
    body=P("田中恵子です。12月9日14時の遺伝カウンセリング（BRCA検査の相談）に母と伺います。"
           "よろしくお願いいたします。", cs='shift_jis', cte='base64'))

# ---------------------------------------------------------------- restricted: reproductive

add('subject-only-depo-due-kayla', 'restricted',
    'subject-only: a named patient\'s Depo-Provera (contraceptive) shot is due; empty body',
    frm='Maple Women\'s Health <reminders@maplewomens.example.org>', to='nursing@maplewomens.example.org',
    subj='Depo due 12/14 - Kayla Reed - no appt yet', date='2026-12-02 07:00 -0600',
    fam='subject', cat='repro', style='system', body=P(''))

add('text-bleeding-after-abortion-pill', 'restricted',
    'text relayed to a telehealth clinic: named patient asks about bleeding after the abortion pills',
    frm='"Text from (773) 555-0197" <relay@ringdesk.example.com>', to='nurse@maplewomens.example.org',
    subj='New text message from (773) 555-0197', date='2026-12-01 23:10 -0600', fam='sms',
    cat='repro', style='system',
    body=P("is it normal to bleed this much? took the 2nd pills sat morning, soaking a pad every 2 hrs. "
           "-Tiana Brooks\n\nTo respond to this text message, reply to this email or visit RingDesk."))

add('ivf-app-trigger-shot-tonight', 'restricted',
    'fertility app reminder to the patient: trigger shot tonight before egg retrieval',
    frm='Summit Fertility <app@summitfertility.example.com>', to='nadia.k.farah@example.com',
    subj='Trigger tonight 9:30 PM', date='2026-12-02 12:00 -0600', fam='reminder', cat='repro',
    style='system',
    body=MP('alternative',
            P("Nadia, trigger tonight at 9:30 PM exactly: Ovidrel 250 mcg.\nRetrieval Fri 12/4 8:00 AM. "
              "Nothing to eat or drink after midnight."),
            H('<h3 style="color:#6c3483">Trigger tonight 9:30 PM</h3><p>Nadia, inject Ovidrel 250 mcg at '
              '<b>9:30 PM exactly</b>.</p><p>Retrieval Fri 12/4 8:00 AM. Nothing to eat or drink after '
              'midnight.</p>')))

add('staff-call-fox-chlamydia-ept', 'restricted',
    'staff note: named patient\'s chlamydia test positive, doxycycline sent, partner therapy',
    frm='Dr. Ines Varga <ivarga@maplewomens.example.org>', to='Nurse Line <nurse@maplewomens.example.org>',
    subj='Fox', date='2026-12-03 14:45 -0600', fam='staff', cat='repro', style='outlook',
    body=P("can u call Brianna Fox re chlamydia +? doxy sent to Pinecrest. offer EPT for partner" + MAPLE_DISC))

add('es-hija-pastillas-anticonceptivas', 'restricted',
    'Spanish: mother asks for birth-control pills for her named daughter',
    frm=('Gloria Méndez', 'gloria.mendez@example.net'), to='Maple Women\'s Health <citas@maplewomens.example.org>',
    subj='Cita para mi hija', date='2026-12-02 16:50 -0600', fam='phone', lang='es', cat='repro',
    body=P("Hola, mi hija Valeria Méndez (17) necesita empezar las pastillas anticonceptivas. "
           "¿Tienen cita esta semana? Gracias, Gloria", cs='windows-1252', cte='quoted-printable'))

add('voicemail-iud-insertion-confirm', 'restricted',
    'voicemail transcript to a named patient confirming her IUD insertion',
    frm='RingDesk Voicemail <voicemail@ringdesk.example.com>', to='tasha.grant@example.com',
    subj='New voicemail from (312) 555-0131 (0:26)', date='2026-12-02 09:55 -0600',
    fam='voicemail', cat='repro', style='system',
    body=MP('mixed',
            P("Voicemail from (312) 555-0131, 0:26\n\n\"Hi Tasha, it's Maple Women's Health confirming "
              "your IUD insertion Monday at 9:40. Take ibuprofen an hour before. See you then.\""),
            A(wav(0.5, 'grant'), 'audio/wav', 'voicemail-20261202-0955.wav')))

add('staff-egg-retrieval-fri-nadia', 'restricted',
    'fertility clinic staff note: named patient\'s egg retrieval time and follicle count',
    frm='Embryology Lab <embryo@summitfertility.example.com>', to='OR Nurses <or@summitfertility.example.com>',
    subj='retrieval add', date='2026-12-02 12:40 -0600', fam='staff', cat='repro',
    body=P("add retrieval Fri 8am Nadia Farah, 14 follicles >14mm, freeze all"))

add('vi-chong-giang-mai-duong-tinh', 'restricted',
    'Vietnamese: wife says her named husband tested positive for syphilis and asks to be tested',
    frm=('Phạm Thu Hà', 'thuha.pham@example.com'), to='Maple Women\'s Health <nurse@maplewomens.example.org>',
    subj='xét nghiệm', date='2026-12-03 10:20 -0600', fam='phone', lang='vi', cat='repro',
    style='gmail',
    body=P("Chào chị, chồng em (anh Lê Văn Hùng) xét nghiệm giang mai dương tính. Em có cần đi xét "
           "nghiệm và tiêm thuốc không ạ?", cs='utf-8', cte='base64'))

add('caption-positive-test-wants-pills-by-mail', 'restricted',
    'caption plus photo of a positive pregnancy test; the named sender asks for abortion pills by mail',
    frm='Kendra Lowe <kendra.lowe@example.net>', to='Maple Telehealth <telehealth@maplewomens.example.org>',
    subj='question', date='2026-12-01 22:30 -0600', fam='caption', cat='repro', style='iphone',
    body=MP('mixed',
            P("this is from this morning. I'm about 6 wks. I don't want to continue, can I get the "
              "pills mailed to me? -Kendra Lowe" + IPH),
            A(jpeg(64, 128), 'image/jpeg', 'IMG_7781.jpeg', disp='inline')))


# ---------------------------------------------------------------- none: traps, English

add('trap-vet-biscuit-insulin-fructosamine', 'none',
    'veterinary message about a cat\'s fructosamine and insulin dose; the owner is named but the care is a pet\'s',
    frm='Paws & Claws Veterinary <frontdesk@pawsclaws.example.com>', to='helen.ruiz@example.net',
    subj="Biscuit's bloodwork", date='2026-12-02 15:10 -0600', fam='mail',
    body=P("Hi Helen, Biscuit's fructosamine came back at 410. Dr. Hale would like to go up to "
           "4 units of Vetsulin twice daily and recheck a glucose curve in 2 weeks.\n- Paws & Claws"))

add('trap-vet-max-dental-no-food-after-midnight', 'none',
    'vet reminder for a dog\'s dental cleaning with fasting instructions; pet care, not a person\'s',
    frm='Paws & Claws Veterinary <reminders@pawsclaws.example.com>', to='d.okoro@example.com',
    subj="Reminder: Max's dental Tues 8:00 AM", date='2026-12-04 09:00 -0600', fam='reminder',
    style='system',
    body=P("Max has a dental cleaning Tues 12/8. Drop-off 8:00 AM.\nNo food after midnight, water is ok.\n"
           "Reply C to confirm."))

add('trap-sms-vet-luna-spay-pickup', 'none',
    'text from a vet: a dog\'s spay went well, pick-up time; pet surgery',
    frm='3125550178@txt.example.net', to='sam.whitley@example.com', subj='',
    date='2026-12-03 13:35 -0600', fam='sms',
    body=P("Paws&Claws: Luna's spay went great, she's waking up now. Pickup after 4. "
           "E-collar for 10 days, no baths."))

add('trap-pet-insurance-claim-bella', 'none',
    'pet insurance claim approval with a claim number; the patient is a dog',
    frm='Fetch & Co Pet Insurance <claims@fetchco.example.com>', to='mira.jensen@example.net',
    subj='Claim PI-88213 approved', date='2026-12-02 11:15 -0600', fam='mail', style='system',
    body=H('<p>Good news, Mira!</p><p>Claim <b>PI-88213</b> for <b>Bella</b> (canine, Labrador) '
           'was approved.</p><p>Visit 11/30/2026 &middot; ear infection, cytology &middot; '
           'reimbursed <b>$212.40</b> to account ending 0417.</p>'))

add('trap-chat-moms-cats-on-prozac-now', 'none',
    'personal text: the writer\'s mother\'s cat is on fluoxetine; a pet, no person\'s care',
    frm='Abby Lin <abby.lin@example.com>', to='Jess Carter <jess.carter@example.net>',
    subj='', date='2026-12-01 21:12 -0600', fam='phone', style='iphone',
    body=P("lol my mom's cat is on prozac now for peeing on the rug. the vet said it's \"very common\" \U0001f602" + IPH,
           cs='utf-8', cte='quoted-printable'))

add('trap-ok-she-can-come-tues-house-cleaner', 'none',
    'same one-line reply as a clinic confirmation, but above a house-cleaning company\'s message',
    frm='Priya Raman <priya.raman@example.net>', to='Sparkle Home Cleaning <bookings@sparklehome.example.com>',
    subj='Re: Maria - next clean', date='2026-12-01 18:30 -0600', fam='phone', style='iphone',
    body=P("ok she can come tues" + IPH + "\n\nOn Dec 1, 2026, at 2:05 PM, Sparkle Home Cleaning "
           "<bookings@sparklehome.example.com> wrote:\n\n" +
           quote("Hi Priya, Maria can do your deep clean Tues 12/8 at 10:30 instead of Wed.\n"
                 "Reply to confirm.\n\n"
                 "Sparkle Home Cleaning | (312) 555-0193\nWe bring our own supplies. Please secure\n"
                 "pets and let us know about any allergies to cleaning products. Cancellations\n"
                 "less than 24 hours ahead are charged at 50%. Tips are never expected but always\n"
                 "appreciated. Reply STOP to stop booking texts.")))

add('trap-frontdesk-new-hire-friday-hernandez', 'none',
    'front-desk note shaped like a new-patient note, about a new employee\'s first day',
    frm='Luz Mendoza <lmendoza@lakeviewfm.example.com>', to='IT Help <ithelp@lakeviewfm.example.com>',
    subj='new hire fri', date='2026-12-02 15:52 -0600', fam='staff', style='outlook',
    body=P("new hire Friday 2pm, Hernandez, front desk. needs badge + EHR login + phone ext pls"))

add('trap-call-mr-okafor-re-copier-lease', 'none',
    'one-line "can u call Mr Okafor re" note about a copier lease; no health content',
    frm='Beth Ryder RN <bryder@lakeviewfm.example.com>', to='Office Manager <officemgr@lakeviewfm.example.com>',
    subj='Okafor', date='2026-12-03 10:35 -0600', fam='staff', style='outlook',
    body=P("can u call Mr Okafor re the copier lease? he's left 2 msgs, 555-0183"))

add('trap-subject-only-a1c-analyzer-qc-failed', 'none',
    'subject-only lab note: point-of-care A1c analyzer QC failure; no patient',
    frm='Lab Lead <lablead@lakeviewfm.example.com>', to='Clinical Staff <clinical@lakeviewfm.example.com>',
    subj="A1c analyzer QC failed lvl 2 - don't run pts til recal", date='2026-12-02 08:05 -0600',
    fam='subject', style='outlook', body=P(''))

add('trap-autoreply-nurse-line-refills-portal', 'none',
    'out-of-office auto-reply full of clinical words (nurse line, refills, urgent symptoms); no patient',
    frm='Beth Ryder RN <bryder@lakeviewfm.example.com>', to='cgomez@example.com',
    subj='Automatic reply: question', date='2026-11-27 12:00 -0600', fam='auto', style='outlook',
    hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
    body=P("I'm out until Monday 11/30. For refills please use the patient portal. For symptoms call "
           "the nurse line at 555-0128. If this is an emergency call 911."
           + lvsig("Beth Ryder, RN", "Clinical Lead")))

add('trap-read-receipt-pt-committee-insulin-pens', 'none',
    'read receipt for P&T committee minutes on the insulin pen formulary; no patient',
    frm='Dr. Ray Ellison <rellison@stbrendan.example.org>', to='Pharmacy Admin <rxadmin@stbrendan.example.org>',
    subj='Read: P&T minutes - insulin pen formulary change', date='2026-12-03 09:15 -0600',
    fam='auto', style='outlook',
    body=MP('report',
            P("Your message\n\n  To: P&T Committee\n  Subject: P&T minutes - insulin pen formulary change\n"
              "  Sent: Wednesday, December 2, 2026 4:40 PM\n\nwas read on Thursday, December 3, 2026 9:15 AM."),
            RAWPART('message/disposition-notification',
                    "Reporting-UA: mail.stbrendan.example.org; Outlook\n"
                    "Final-Recipient: rfc822;rellison@stbrendan.example.org\n"
                    "Original-Message-ID: <9c2d11e7fa@stbrendan.example.org>\n"
                    "Disposition: manual-action/MDN-sent-manually; displayed"),
            params=[('report-type', 'disposition-notification')]))

add('trap-ics-tumor-board-cases-due-wed', 'none',
    'calendar invite for tumor board with a one-line description; no case listed',
    frm='Oncology Coordinator <onccoord@stbrendan.example.org>', to='Tumor Board <tumorboard@stbrendan.example.org>',
    subj='Invitation: Tumor board @ Thu Dec 10, 7:00am', date='2026-12-01 08:40 -0600',
    fam='invite', style='outlook',
    body=MP('alternative',
            P("Tumor board\nThu Dec 10, 7:00-8:00am, Conf Rm 2B / video\n\nsend cases by Wed noon"),
            ICSPART(ics('REQUEST', 'tb-20261210@stbrendan.example.org', '20261210T070000',
                        '20261210T080000', 'Tumor board', desc='send cases by Wed noon',
                        organizer=('Oncology Coordinator', 'onccoord@stbrendan.example.org'),
                        attendees=[('Tumor Board', 'tumorboard@stbrendan.example.org')],
                        location='Conf Rm 2B / video', stamp='20261201T144000Z'))))

add('trap-voicemail-plumber-lab-sink-room3', 'none',
    'voicemail transcript from a plumber about the lab sink in exam room 3',
    frm='Lakeview Phones <vm@phones.lakeviewfm.example.com>', to='officemgr@lakeviewfm.example.com',
    subj='Voicemail (0:25) from APEX PLUMBING 6305550172', date='2026-12-02 14:20 -0600',
    fam='voicemail', style='system',
    body=MP('mixed',
            P("Mailbox 200 (Office manager)\nFrom: APEX PLUMBING (630) 555-0172\nLength: 0:25\n\n"
              "\"hi it's Dave with Apex, about the leak under the lab sink in room 3, I can come "
              "Friday after 2, give me a call back.\""),
            A(wav(0.4, 'apex'), 'audio/x-wav', 'msg0037.wav')))

add('trap-voicemail-pharma-rep-lunch-and-learn', 'none',
    'voicemail from a drug rep offering a lunch-and-learn on a long-acting buprenorphine product; no patient',
    frm='RingDesk Voicemail <voicemail@ringdesk.example.com>', to='officemgr@lakeviewfm.example.com',
    subj='New voicemail from (847) 555-0161 (0:31)', date='2026-12-01 11:25 -0600',
    fam='voicemail', style='system',
    body=P("Voicemail from (847) 555-0161, 0:31\n\n\"Hi, Brian Castle with Meridian Pharma, wanted to "
           "set up a lunch-and-learn for the providers on our monthly buprenorphine injection, maybe "
           "a Tuesday in January, we can bring lunch for the whole office, I know you have like twelve "
           "people. I also have the updated REMS materials and the coverage grid for the big plans in "
           "the area. No samples on this one obviously. Um, my cell is 847 555 0161, or just reply to "
           "the email I sent last week. Call me back, thanks, have a good one.\"\n\n"
           "Transcription confidence: high."))

add('trap-teams-anyone-have-cgm-rep-number', 'none',
    'chat notification asking for a device rep\'s number because demo receivers expired',
    frm='CareChat <noreply@chat.stbrendan.example.org>', to='dmeducators@stbrendan.example.org',
    subj='Priya Shah sent a message in Diabetes Ed', date='2026-12-02 10:02 -0600', fam='chat',
    style='system',
    body=P("Priya Shah sent a message in Diabetes Ed:\n\n\"anyone have the CGM rep's number? "
           "our demo receivers expired and I have a class at 2\"\n\nReply in CareChat"))

add('trap-ehr-downtime-sunday-0200', 'none',
    'IT alert: scheduled EHR downtime with downtime forms and census printouts; no patient',
    frm='IT Service Desk <servicedesk@stbrendan.example.org>', to='All Clinical Staff <allclinical@stbrendan.example.org>',
    subj='[Planned] EHR downtime Sun 12/6 0200-0400', date='2026-12-03 16:00 -0600', fam='mail',
    style='outlook',
    body=P("EHR downtime Sun 12/6 0200-0400. Downtime forms are in the blue binder on every unit. "
           "BCA census/MAR reports print at 0130. Do not enter orders until the all-clear page.\n\n"
           "IT Service Desk | x4357" + SB_DISC_LONG))

add('trap-fax-queue-stuck-14-pending', 'none',
    'fax server alert: refill queue stuck with 14 pending faxes; counts only',
    frm='FaxServer <faxadmin@lakeviewfm.example.com>', to='ithelp@lakeviewfm.example.com',
    subj='ALERT: queue RX-REFILL 14 pending', date='2026-12-02 06:40 -0600', fam='mail',
    style='system',
    body=P("Queue RX-REFILL: 14 inbound faxes pending > 30 min.\nLast success 05:58. Service restarted "
           "06:39.\nHost fax01"))

add('trap-mm-moved-thursday-two-cases', 'none',
    'meeting move for M&M listing case topics (sepsis, missed PE) with no patient',
    frm='Chief Resident <chiefres@stbrendan.example.org>', to='IM Residents <imres@stbrendan.example.org>',
    subj='M&M moved', date='2026-12-01 19:05 -0600', fam='mail',
    body=P("M&M moved to Thurs 7am, same room. 2 cases: late sepsis recognition, missed PE. "
           "breakfast provided" + SB_DISC_LONG))

add('trap-phq9-huddle-moved-bring-numbers', 'none',
    'meeting move for a depression-screening workflow huddle; aggregate numbers only',
    frm='Quality Team <quality@lakeviewfm.example.com>', to='Care Team Leads <leads@lakeviewfm.example.com>',
    subj='PHQ-9 huddle -> 3pm', date='2026-12-02 09:45 -0600', fam='mail', style='outlook',
    body=P("PHQ-9 workflow huddle moved to 3pm today. bring your Nov depression screening rates "
           "(we're at 61%, goal 75)." + LV_DISC))

add('trap-narcan-kits-arrived-log-lots', 'none',
    'staff note: naloxone kits arrived, log lot numbers; no patient',
    frm='Dee Harmon MA <dharmon@riverbendrecovery.example.org>', to='Nursing <nursing@riverbendrecovery.example.org>',
    subj='narcan', date='2026-12-01 10:30 -0600', fam='staff',
    body=P("narcan kits came, 2 boxes in the med room. pls log lot #s before handing out" + PART2))

add('trap-prep-lunch-and-learn-pizza', 'none',
    'staff event: PrEP lunch-and-learn with pizza; no patient',
    frm='Jess Moreau RN <jmoreau@bridgeclinic.example.org>', to='All Staff <allstaff@bridgeclinic.example.org>',
    subj='PrEP lunch & learn Fri', date='2026-12-02 08:15 -0600', fam='mail', style='outlook',
    body=P("PrEP lunch & learn Fri 12:15 in the big conf room, pizza. new injectable + the same-day "
           "start workflow. rsvp so I order enough\n\nJess Moreau, RN" + BRIDGE_DISC))

add('trap-brca-webinar-link-tonight', 'none',
    'link to a hereditary-cancer (BRCA) webinar; education, no individual',
    frm='Megan Ford CGC <mford@cedargenetics.example.com>', to='Genetics Staff <staff@cedargenetics.example.com>',
    subj='webinar link', date='2026-12-03 15:30 -0600', fam='mail',
    body=P("link for tonight's BRCA/hereditary cancer webinar: https://webinar.example.com/j/44120 "
           "(6pm, 45 min)"))

add('trap-nexplanon-training-sim-arms', 'none',
    'training notice for contraceptive implant insertion on simulation arms; no patient',
    frm='Clinical Education <clined@maplewomens.example.org>', to='RNs and NPs <clinicians@maplewomens.example.org>',
    subj='implant training Thurs', date='2026-12-01 13:00 -0600', fam='mail', style='outlook',
    body=P("Nexplanon insertion/removal training Thurs 1pm, need 3 more RNs. we'll use the sim arms, "
           "bring your badge." + MAPLE_DISC))

add('trap-hiv-testing-day-need-volunteers', 'none',
    'volunteer call for a community HIV testing event; no individual',
    frm='Outreach <outreach@bridgeclinic.example.org>', to='All Staff <allstaff@bridgeclinic.example.org>',
    subj='World AIDS Day testing - volunteers', date='2026-11-24 09:30 -0600', fam='mail',
    body=P("World AIDS Day testing event 12/1 at the library. Need 2 volunteers for the 10-2 shift "
           "(rapid tests + giveaways). Reply if you can."))

add('trap-flu-clinic-212-shots-today', 'none',
    'staff cheer with aggregate vaccine counts from a flu clinic',
    frm='Nina Vasquez <nvasquez@lakeviewfm.example.com>', to='Everyone <everyone@lakeviewfm.example.com>',
    subj='flu clinic!!', date='2026-11-28 14:05 -0600', fam='phone', style='iphone',
    body=P("212 flu shots today!! + 38 covid boosters. great job team, donuts monday \U0001f369" + IPH,
           cs='utf-8', cte='quoted-printable'))

add('trap-riverbend-front-desk-parking-repave', 'none',
    'an opioid treatment programme\'s front desk writing to staff about parking; no patient',
    frm='Riverbend Recovery - Front Desk <frontdesk@riverbendrecovery.example.org>',
    to='Staff <staff@riverbendrecovery.example.org>',
    subj='lot repaving Mon', date='2026-12-03 17:00 -0600', fam='staff',
    body=P("lot is being repaved Mon 12/7. staff park on Elm, leave the front rows for dosing traffic. "
           "security will open the side gate at 6:30. the van pickup moves to the Elm entrance for the "
           "day too. thx -Front Desk" + PART2))

add('trap-glove-order-shipped-tracking', 'none',
    'medical-supply shipping confirmation with tracking number; no patient',
    frm='MedSource Orders <orders@medsource.example.com>', to='purchasing@lakeviewfm.example.com',
    subj='Order 5520871 has shipped', date='2026-12-02 16:20 -0600', fam='mail', style='system',
    body=MP('alternative',
            P("Order 5520871 has shipped.\n4 cs nitrile exam gloves M\n2 cs sharps containers 2 gal\n"
              "Tracking 1Z999AA10123456784" + appfoot("MedSource", "medsource.example.com")),
            H('<p>Order <b>5520871</b> has shipped.</p><ul><li>4 cs nitrile exam gloves M</li>'
              '<li>2 cs sharps containers 2 gal</li></ul><p>Tracking <a href="https://track.medsource.'
              'example.com/1Z999AA10123456784">1Z999AA10123456784</a></p>')))

add('trap-vaccine-fridge-temp-alarm', 'none',
    'device alert: vaccine refrigerator out of range; equipment, no patient',
    frm='TempGuard <alarms@tempguard.example.net>', to='vaxcoord@lakeviewfm.example.com',
    subj='ALARM VAX-2 9.1 C', date='2026-12-03 03:15 -0600', fam='device', style='system',
    body=P("ALARM  Sensor VAX-2 (Lakeview, med room)\n9.1 C at 03:12, range 2.0-8.0 C\nOut of range 41 min\n"
           "Acknowledge: https://tempguard.example.net/ack/VAX2"))

add('trap-demo-dispenser-test-alert-missed-dose', 'none',
    'pill dispenser alert generated by a demo unit during setup testing; test data, no patient',
    frm='DoseDock <alerts@dosedock.example.com>', to='biomed@stbrendan.example.org',
    subj='TEST - Missed dose - Demo User', date='2026-12-01 14:10 -0600', fam='device',
    style='system',
    body=P("TEST ALERT - no action needed\n\nDevice: DEMO-04 (Demo User)\nScheduled: 2:00 PM\nCup: DEMO MED A, "
           "DEMO MED B\n\nThis alert was generated by the device self-test." + appfoot("DoseDock", "my.dosedock.example.com")))

add('trap-glyco-clinic-portal-maintenance', 'none',
    'CGM vendor notice to clinics about portal maintenance; no reading, no patient',
    frm='Glyco Clinic <clinic-support@glycolink.example.com>', to='cde@harborpeds.example.org',
    subj='Scheduled maintenance Sat 1-3 AM ET', date='2026-12-02 12:00 -0600', fam='device',
    style='system',
    body=P("Glyco Clinic will be unavailable Sat 12/5 1:00-3:00 AM ET. Patient uploads will queue and "
           "appear after. Follow alerts are not affected." + appfoot("Glyco", "glycolink.example.com")))

add('trap-metformin-er-backorder', 'none',
    'staff question about a drug backorder; no person',
    frm='Alan Fitch PharmD <afitch@pinecrestrx.example.com>', to='Pharmacy Team <team112@pinecrestrx.example.com>',
    subj='metformin ER', date='2026-12-01 09:10 -0600', fam='staff',
    body=P("is metformin ER 500 still on backorder? wholesaler says 12/15. offer IR to anyone who calls\n\nAlan Fitch, PharmD\nPinecrest Pharmacy #112 | 555-0177"))

add('trap-sublocade-stock-or-order-per-pt', 'none',
    'workflow question about stocking an injectable buprenorphine product; no patient',
    frm='Rina Sato NP <rsato@lakeviewfm.example.com>', to='Pharmacy Liaison <rxliaison@lakeviewfm.example.com>',
    subj='sublocade', date='2026-12-02 14:30 -0600', fam='staff', style='outlook',
    body=P("do we stock sublocade or order per pt? asking for the new MOUD workflow doc"))

add('trap-fwd-county-measles-alert', 'none',
    'forward of a county health alert with aggregate measles counts',
    frm='Infection Prevention <ip@stbrendan.example.org>', to='All Staff <allstaff@stbrendan.example.org>',
    subj='FW: County measles update', date='2026-12-02 11:40 -0600', fam='mail', style='outlook',
    body=MP('mixed',
            P("FYI. Check your own MMR record in the employee health portal if unsure."),
            RFC822(nested('County Health Alerts <alerts@countyhealth.example.gov.test>',
                          'partners@countyhealth.example.gov.test', 'Measles update - week 48',
                          '2026-12-02 09:00 -0600',
                          P("14 confirmed measles cases in the county this month (9 under 5 years, 12 "
                            "unvaccinated). Exposure sites are posted on our website."),
                          'trap-fwd-county-measles-alert-inner', style='system'))))

add('trap-grandmas-90th-bday-chairs', 'none',
    'family text about grandma\'s 90th birthday party; a relative, no health content',
    frm='Ellen Park <ellen.park@example.net>', to='Chris Park <chrispark77@example.com>',
    subj='grandma', date='2026-12-01 20:15 -0600', fam='phone', style='iphone',
    body=P("grandma's 90th is sat 3pm!! bring folding chairs. she wants the lemon cake from Rosa's" + IPH))

add('trap-front-store-order-ready-pickup', 'none',
    'pharmacy front-store (retail, no prescription) order ready; order number only',
    frm='Pinecrest Pharmacy <orders@pinecrestrx.example.com>', to='t.bauer@example.net',
    subj='Your order is ready', date='2026-12-03 12:20 -0600', fam='mail', style='system',
    body=P("Your front-store order 55120 (2 items: AA batteries, hand lotion) is ready for pickup at "
           "Pinecrest #112."))

add('trap-bed-12-call-light-ticket', 'none',
    'subject-only maintenance note about a broken call light at bed 12; a bed and an unnamed patient, no health content',
    frm='Nia Thompson RN <nthompson@stbrendan.example.org>', to='Facilities <facilities@stbrendan.example.org>',
    subj='4W bed 12 call light broken again - ticket 44871, moved pt to 14', date='2026-12-03 01:20 -0600',
    fam='subject', body=P(''))

add('trap-dob-club-birthday-cake', 'none',
    'office birthday note listing staff birthdays; dates of birth with no health content',
    frm='Nina Vasquez <nvasquez@lakeviewfm.example.com>', to='Everyone <everyone@lakeviewfm.example.com>',
    subj='Dec birthdays', date='2026-12-04 08:05 -0600', fam='mail',
    body=P("Dec birthday club: Rosa 12/09/1988, Kevin 12/22/1979. cake at 3 in the "
           "breakroom"))

add('trap-badge-reissue-employee-id', 'none',
    'security notice with an employee ID for a badge reissue; no health content',
    frm='Security Office <security@stbrendan.example.org>', to='Kevin Tran <ktran@stbrendan.example.org>',
    subj='Badge ready', date='2026-12-02 13:00 -0600', fam='mail', style='system',
    body=P("Employee ID 448812: your replacement badge is ready at the Security desk (B1). Bring your "
           "old badge or a photo ID." + SB_DISC))

add('trap-mrn-import-job-warning-0-rejected', 'none',
    'interface job alert mentioning the MRN field; zero records affected, no patient',
    frm='Integration Engine <noreply@interfaces.stbrendan.example.org>', to='interfaces@stbrendan.example.org',
    subj='[WARN] nightly-adt-import', date='2026-12-03 02:31 -0600', fam='mail', style='system',
    body=P("Job nightly-adt-import completed with warnings.\nPID-3 (MRN) check-digit validation: 0 "
           "records rejected, 2,418 accepted.\nRun id 20261203-0230"))

add('trap-blood-drive-o-neg', 'none',
    'blood drive announcement asking for O-negative donors; no individual',
    frm='Volunteer Services <volunteers@stbrendan.example.org>', to='All Staff <allstaff@stbrendan.example.org>',
    subj='Blood drive Thurs', date='2026-12-01 08:00 -0600', fam='mail',
    body=P("Blood drive Thurs in the atrium, 9-3. They really need O neg. Walk-ins welcome, sign up "
           "for a slot on the intranet." + SB_DISC))

add('trap-bp-tip-of-the-month-app', 'none',
    'BP app tip-of-the-month to a user with no reading and no condition; general education',
    frm='PulseWell <tips@pulsewell.example.net>', to='karen.lindqvist@example.com',
    subj='Tip: same time every day', date='2026-12-01 10:00 -0600', fam='device', style='system',
    body=MP('related',
            H('<html><body><img src="cid:pw-logo@pulsewell.example.net" alt="PulseWell" width="96">'
              '<p><b>December tip</b></p><p>Check your blood pressure at the same time each day. Sit '
              'quietly for 5 minutes first, feet flat, arm at heart level.</p><p style="font-size:11px">'
              'Unsubscribe from tips in Settings.</p></body></html>'),
            A(png(48, 16, 'pulsewell'), 'image/png', 'logo.png', disp='inline',
              extra=[('Content-ID', '<pw-logo@pulsewell.example.net>')]),
            params=[('type', 'text/html')]))

add('trap-losartan-recall-pull-adc', 'none',
    'drug recall notice to pull a lot from shelves and cabinets; no patient',
    frm='Pharmacy Purchasing <rxbuy@stbrendan.example.org>', to='Pharmacy Techs <rxtechs@stbrendan.example.org>',
    subj='RECALL losartan 50 lot 4471A', date='2026-12-02 15:00 -0600', fam='mail',
    body=P("Recall: losartan 50 mg lot 4471A (Class III). Pull from shelves + ADCs today, return to "
           "quarantine bin. No patient notification needed." + SB_DISC_LONG))

add('trap-bounce-diabetes-education-newsletter', 'none',
    'bounce of a diabetes education newsletter sent to a list; no individual',
    frm='Mail Delivery Subsystem <mailer-daemon@mx.harborpeds.example.org>',
    to='newsletter@harborpeds.example.org',
    subj='Delivery Status Notification (Failure)', date='2026-12-01 09:05 -0600', fam='auto',
    hdrs=[('Auto-Submitted', 'auto-replied')],
    body=MP('report',
            P("** Address not found **\n\nDelivery to the following recipient failed permanently:\n\n"
              "     parents-list@oldhost.example.net\n\nThe recipient's mailbox is full and can't accept "
              "messages now. Please try resending your message later, or contact the recipient "
              "directly.\n\nThe response from the remote server was:\n552 5.2.2 The email account that "
              "you tried to reach is over quota. Please direct the recipient to the help center. "
              "mx.oldhost.example.net 5.2.2 - gsmtp"),
            RAWPART('message/delivery-status',
                    "Reporting-MTA: dns; mx.harborpeds.example.org\n\n"
                    "Final-Recipient: rfc822; parents-list@oldhost.example.net\nAction: failed\n"
                    "Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 mailbox full"),
            RAWPART('text/rfc822-headers',
                    "From: Harbor Pediatrics <newsletter@harborpeds.example.org>\n"
                    "To: parents-list@oldhost.example.net\n"
                    "Subject: December Diabetes Education Newsletter: carb counting for the holidays\n"
                    "Date: Tue, 1 Dec 2026 09:00:02 -0600\n"
                    "Message-ID: <nl-202612@harborpeds.example.org>"),
            params=[('report-type', 'delivery-status')]))

add('trap-caption-photo-barrier-cream-out', 'none',
    'caption plus photo of a supply item to reorder; no patient',
    frm='Omar Haddad MA <ohaddad@quickcare.example.com>', to='Supplies <supplies@quickcare.example.com>',
    subj='reorder', date='2026-12-02 12:30 -0600', fam='caption', style='iphone',
    body=MP('mixed',
            P("this is the barrier cream we're out of, order 6?" + IPH),
            A(jpeg(128, 96), 'image/jpeg', 'IMG_3307.jpeg', disp='inline')))

add('trap-caption-pdf-invoice-glucometers', 'none',
    'caption plus vendor invoice PDF for glucometers and lancets; business invoice',
    frm='Billing <ar@medsource.example.com>', to='purchasing@lakeviewfm.example.com',
    subj='Invoice INV-22871', date='2026-12-02 08:30 -0600', fam='caption', style='system',
    body=MP('mixed',
            P("Invoice attached. Net 30."),
            A(pdf(['MedSource Supply Co.   INVOICE INV-22871', 'Bill to: Lakeview Family Medicine',
                   'Glucometer kit x10 ........ $189.50', 'Lancets 100ct x20 ........ $84.00',
                   'A1c test cartridges x2 ... $410.00', 'Total due 01/01/2027: $683.50'], flate=True),
              'application/pdf', 'INV-22871.pdf')))

add('trap-vcard-cardiologist-contact-share', 'none',
    'a doctor\'s contact card shared from a phone with an NPI in the note; no patient',
    frm='Rina Sato NP <rsato@lakeviewfm.example.com>', to='Luz Mendoza <lmendoza@lakeviewfm.example.com>',
    subj='Contact: Dr. Amari Okonkwo', date='2026-12-02 09:30 -0600', fam='caption', style='iphone',
    body=MP('mixed',
            P("for the referral list" + IPH),
            A(vcard('Amari Okonkwo, MD', 'Okonkwo;Amari;;Dr.;MD', tel='+1-312-555-0150',
                    email_='aokonkwo@stbrendan.example.org', org='St. Brendan Cardiology',
                    note='NPI 1482036575. fax referrals 555-0151'),
              'text/vcard', 'Amari Okonkwo.vcf', cte='7bit')))

add('trap-fall-pendant-battery-low', 'none',
    'borderline: fall-detector pendant battery notice to the account holder; device maintenance, no fall, reading or care',
    frm='SafeStep Alert <support@safestep.example.net>', to='j.oconnell@example.com',
    subj='Pendant battery low', date='2026-12-03 10:00 -0600', fam='device', style='system',
    body=P("Pendant FD-22871 battery is at 15%. Please charge it tonight.\nSafeStep support: (630) 555-0119"
           + appfoot("SafeStep", "safestep.example.net")))

add('trap-dea-number-for-controlled-order', 'none',
    'staff note giving a prescriber\'s DEA number for a supply order form; no patient',
    frm='Office Manager <officemgr@lakeviewfm.example.com>', to='Dr. Brian Lee <blee@lakeviewfm.example.com>',
    subj='DEA for order form', date='2026-12-01 15:40 -0600', fam='staff', style='outlook',
    body=P("supplier needs your DEA for the Schedule II order form - is it still BL4718269, exp 3/2028?"
           + lvsig("Pam Ortiz", "Office Manager") + LV_DISC))

# ---------------------------------------------------------------- none: traps, not in English

add('trap-es-perro-pastilla-corazon', 'none',
    'Spanish family text: the dog already got its heart pill; pet medication',
    frm=('Marta Gómez', 'marta.gomez@example.net'), to='Luis Gómez <luisgomez@example.com>',
    subj='', date='2026-12-02 19:30 -0600', fam='phone', lang='es', style='iphone',
    body=P("Ya le di la pastilla al perro (la del corazón), no le des otra. Y saca la basura porfa" + IPH,
           cs='utf-8', cte='8bit'))

add('trap-es-farmacia-horario-festivo', 'none',
    'Spanish pharmacy notice of holiday hours; no person',
    frm=('Farmacia Pinecrest', 'avisos@pinecrestrx.example.com'), to='clientes@pinecrestrx.example.com',
    subj='Horario de días festivos', subj_cs='iso-8859-1', subj_enc='Q', date='2026-12-01 10:00 -0600',
    fam='mail', lang='es', style='system',
    body=MP('alternative',
            P("Farmacia Pinecrest #112: el 24 de diciembre cerramos a las 5 p. m. y el 25 está cerrado. "
              "Pida sus recetas con anticipación.", cs='iso-8859-1', cte='quoted-printable'),
            H('<p><b>Farmacia Pinecrest #112</b></p><p>El 24 de diciembre cerramos a las 5 p. m. y el 25 '
              'está cerrado. Pida sus recetas con anticipación.</p>', cs='iso-8859-1',
              cte='quoted-printable')))

add('trap-de-stationsbesprechung-verschoben', 'none',
    'German ward meeting moved; topic fall prevention; no patient',
    frm=('Stationsleitung 3B', 'station3b@klinikum-nord.de.test'), to='Pflege 3B <pflege3b@klinikum-nord.de.test>',
    subj='Besprechung verschoben', date='2026-12-02 13:10 +0100', fam='mail', lang='de',
    body=P("Die Stationsbesprechung ist auf Do 14 Uhr verschoben. Thema: Sturzprophylaxe und neue "
           "Dekubitus-Checkliste. Gruß, Anke", cs='iso-8859-1', cte='quoted-printable'))

add('trap-fr-colis-tensiometre-livre', 'none',
    'borderline: French shipping confirmation and invoice for a blood-pressure monitor bought online; an order, no reading, diagnosis or care',
    frm=('Boutique Santé Plus', 'commandes@santeplus.fr.test'), to='m.garnier@example.fr.test',
    subj='Votre colis a été livré', date='2026-12-02 14:20 +0100', fam='mail', lang='fr',
    style='system',
    body=MP('mixed', MP('alternative',
            P("Bonjour, votre colis n° 88412 (tensiomètre bras + piles) a été livré dans votre boîte "
              "aux lettres.", cs='utf-8', cte='quoted-printable'),
            H('<p>Bonjour,</p><p>Votre colis <b>n° 88412</b> (tensiomètre bras + piles) a été livré '
              'dans votre boîte aux lettres.</p>', cs='utf-8', cte='quoted-printable')),
         A(pdf(['Boutique Sante Plus - FACTURE 88412', 'Client: M. Garnier',
                'Tensiometre bras automatique x1 ... 39,90 EUR', 'Piles AA x4 ........................ 3,50 EUR',
                'Total TTC 43,40 EUR   Payee par carte'], flate=True),
           'application/pdf', 'Facture_88412.pdf', fname_utf8='Facture_n°88412.pdf')))

add('trap-pt-reuniao-enfermagem-protocolo-insulina', 'none',
    'Portuguese nursing meeting rescheduled; agenda is the insulin protocol; no patient',
    frm=('Coordenação de Enfermagem', 'enfermagem@hospitalsaojose.com.br.test'),
    to='Equipe <equipe@hospitalsaojose.com.br.test>',
    subj='Reunião remarcada', subj_cs='iso-8859-1', subj_enc='Q', date='2026-12-01 16:00 -0300',
    fam='mail', lang='pt',
    body=P("A reunião de enfermagem foi remarcada para quinta às 14h. Pauta: novo protocolo de "
           "insulina e escala de dezembro.", cs='iso-8859-1', cte='8bit'))

add('trap-zh-nainai-shengri-wanfan', 'none',
    'Chinese family text about grandma\'s birthday dinner; a relative, no health content',
    frm=('王小明', 'xiaoming.wang@example.com'), to='王丽 <li.wang@example.net>',
    subj='奶奶生日', date='2026-12-02 20:40 -0600', fam='phone', lang='zh', style='iphone',
    body=P("姐，奶奶生日晚饭定在周六六点，老地方。你带蛋糕，我订桌。\n\n发自我的iPhone",
           cs='utf-8', cte='base64'))

add('trap-vi-mua-thuoc-giun-cho-cho', 'none',
    'Vietnamese errand text: buy deworming medicine for the dog; pet care',
    frm=('Lê Thị Mai', 'mai.le@example.com'), to='Lê Văn Nam <nam.le@example.net>',
    subj='', date='2026-12-01 17:05 -0600', fam='phone', lang='vi',
    body=P("Anh ơi nhớ mua thuốc giun cho con chó nha, với một bịch gạo. Em về trễ.",
           cs='utf-8', cte='quoted-printable'))

add('trap-ko-yakguk-yeongeop-sigan', 'none',
    'Korean pharmacy notice of changed opening hours; no person',
    frm=('한빛약국', 'info@hanbitpharm.example.com', 'ks_c_5601-1987', 'B'), to='customers@hanbitpharm.example.com',
    subj='영업시간 변경 안내', subj_cs='ks_c_5601-1987', date='2026-12-01 09:00 -0600',
    fam='mail', lang='ko', style='outlook',
    body=P("12월부터 토요일 영업시간이 오전 9시~오후 1시로 변경됩니다. 처방전 접수는 12시 30분까지입니다.",
           cs='ks_c_5601-1987', cte='base64'))

add('trap-ja-shokuin-kenkou-shindan', 'none',
    'Japanese notice of the annual staff health-check schedule; no individual',
    frm=('総務課', 'soumu@clinic-aoba.jp.test', 'iso-2022-jp', 'B'), to='全職員 <all@clinic-aoba.jp.test>',
    subj='職員健康診断のお知らせ', subj_cs='iso-2022-jp', date='2026-12-01 10:00 +0900',
    fam='mail', lang='ja',
    body=P("12月14日(月)〜18日(金)に職員健康診断を行います。前日21時以降は絶食でお願いします。", cs='iso-2022-jp',
           cte='7bit'))

add('trap-ru-glargin-net-u-postavshchika', 'none',
    'Russian staff chat about insulin glargine out of stock at the supplier; no patient',
    frm=('Ольга Петрова', 'o.petrova@apteka-zdorovie.ru.test'), to='Сергей <sergey@apteka-zdorovie.ru.test>',
    subj='гларгин', date='2026-12-02 12:40 +0300', fam='staff', lang='ru', style='gmail',
    body=P("Серёжа, инсулина гларгин нет у поставщика до 15-го. Предупреди девочек на кассе.",
           cs='utf-8', cte='base64'))

add('trap-ar-tatim-qitta', 'none',
    'Arabic veterinary reminder for a cat\'s vaccination; pet care',
    frm=('عيادة الرفق البيطرية', 'info@alrifq-vet.example.com'), to='hala.nasser@example.net',
    subj='تذكير: تطعيم القطة لولو', date='2026-12-01 11:00 -0600', fam='reminder', lang='ar',
    style='system',
    body=P("تذكير: موعد تطعيم القطة لولو يوم الخميس الساعة 4 مساء. يرجى إحضار بطاقة التطعيم.",
           cs='utf-8', cte='base64'))

add('trap-tl-christmas-party-4th-floor-nurses', 'none',
    'Tagalog invitation to the 4th-floor nurses\' Christmas potluck; staff social',
    frm='Cora Dizon RN <cdizon@stbrendan.example.org>', to='4W Nurses <4wnurses@stbrendan.example.org>',
    subj='Christmas party 4W', date='2026-12-02 22:10 -0600', fam='mail', lang='tl',
    body=P("Mga ka-4W! Christmas party natin sa Dec 18, 7pm sa bahay ni Joy. Potluck, bawal ang walang "
           "dala. Si Dok Reyes daw magdadala ng lechon. Night shift, may take-home kayo."))

add('trap-it-promemoria-vaccino-gatto', 'none',
    'Italian veterinary reminder for a cat\'s vaccine; pet care',
    frm=('Clinica Veterinaria San Marco', 'info@vetsanmarco.it.test'), to='g.bianchi@example.it.test',
    subj='Promemoria vaccino di Micio', date='2026-12-01 09:30 +0100', fam='reminder', lang='it',
    style='system',
    body=P("Gentile cliente, il richiamo del vaccino trivalente di Micio è previsto per il 10 dicembre. "
           "Ci chiami per fissare l'appuntamento.", cs='iso-8859-1', cte='quoted-printable'))

add('trap-hi-maa-hospital-pahunch-gayi', 'none',
    'Hindi text from a nurse to her mother: reached the hospital, double shift; no one\'s health',
    frm=('प्रिया शर्मा', 'priya.sharma.rn@example.com'), to='Maa <sunita.sharma@example.net>',
    subj='', date='2026-12-02 06:50 -0600', fam='phone', lang='hi', style='iphone',
    body=P("माँ, मैं अस्पताल पहुँच गई। आज डबल शिफ्ट है, लंच में फ़ोन करूँगी।", cs='utf-8', cte='base64'))

# ---------------------------------------------------------------- none: ordinary

add('soccer-pickup-my-son', 'none',
    'parent asks a friend to pick up his son from soccer; no health content',
    frm='Andre Wallace <awallace@example.net>', to='Tim Ochoa <tim.ochoa@example.com>',
    subj='', date='2026-12-02 16:40 -0600', fam='phone', style='iphone',
    body=P("can u grab my son from soccer at 5? stuck at work, owe u one" + IPH))

add('lunch-order-thai', 'none',
    'subject-only staff lunch order; empty body',
    frm='Nina Vasquez <nvasquez@lakeviewfm.example.com>', to='Front Office <front@lakeviewfm.example.com>',
    subj='ordering thai at 11:30 - reply w/ ur order', date='2026-12-03 11:05 -0600', fam='subject',
    body=P(''))

add('car-inspection-reminder', 'none',
    'the writer\'s own car inspection reminder',
    frm='QuickLube Auto <service@quicklube.example.com>', to='bryder.home@example.net',
    subj='Your inspection is due', date='2026-12-01 08:00 -0600', fam='reminder', style='system',
    body=P("Your 2019 CR-V is due for state inspection by 12/31. Book at quicklube.example.com or "
           "reply YES."))

add('dry-cleaning-ready', 'none',
    'dry cleaning ready text relayed to email',
    frm='7735550188@txt.example.net', to='skaplan.home@example.com', subj='',
    date='2026-12-02 12:10 -0600', fam='sms',
    body=P("Elm St Cleaners: ticket 3381 (3 items) is ready. Open til 7."))

add('guest-wifi-password-december', 'none',
    'IT notice of the guest wifi password',
    frm='IT Help <ithelp@lakeviewfm.example.com>', to='Everyone <everyone@lakeviewfm.example.com>',
    subj='guest wifi Dec', date='2026-12-01 07:30 -0600', fam='mail', style='outlook',
    body=P("Guest wifi password for December: Maple-Lantern-42. please don't write it on the whiteboard" + lvsig("IT Help", "ext. 200")))

add('package-delivered-porch', 'none',
    'parcel delivery notice',
    frm='ParcelGo <updates@parcelgo.example.com>', to='ellen.park@example.net',
    subj='Delivered: your package', date='2026-12-02 14:55 -0600', fam='mail', style='system',
    body=H('<p>Your package was delivered at 2:51 PM.</p><p>Left at: front porch</p>'
           '<p>Tracking PG7741920083</p>'))

add('flight-delayed-ord', 'none',
    'airline delay notice for the writer\'s own trip',
    frm='SkyWest Air <alerts@skywestair.example.com>', to='rsato.home@example.com',
    subj='Flight SW 2214 delayed', date='2026-12-03 05:10 -0600', fam='device', style='system',
    body=P("SW 2214 ORD-DEN now departs 9:40 AM (was 8:15). Gate C17. We're sorry for the delay." + appfoot("SkyWest Air", "skywestair.example.com")))

add('printer-toner-front-desk', 'none',
    'staff note about printer toner',
    frm='Luz Mendoza <lmendoza@lakeviewfm.example.com>', to='IT Help <ithelp@lakeviewfm.example.com>',
    subj='toner', date='2026-12-02 08:20 -0600', fam='staff', style='outlook',
    body=P("front desk printer says toner low again, do we have the 58A?"))

add('garage-level-2-closed', 'none',
    'facilities notice of a parking level closure',
    frm='Facilities <facilities@stbrendan.example.org>', to='All Staff <allstaff@stbrendan.example.org>',
    subj='Garage L2 closed Sat', date='2026-12-03 12:00 -0600', fam='mail',
    body=P("Garage level 2 closed Sat 6am-6pm for striping. Use L3 or the Elm lot." + SB_DISC))

add('pto-approved-dec-23', 'none',
    'HR system notice that a PTO request was approved',
    frm='HR Self Service <hr-noreply@stbrendan.example.org>', to='cdizon@stbrendan.example.org',
    subj='Time off approved', date='2026-12-01 10:45 -0600', fam='mail', style='system',
    body=P("Your time off request for Dec 23-26 (32 hrs) was approved by Liam Byrne."))

add('running-10-min-late', 'none',
    'running late text',
    frm='Sam Kaplan <skaplan.home@example.com>', to='Luz Mendoza <lmendoza@lakeviewfm.example.com>',
    subj='', date='2026-12-03 07:52 -0600', fam='phone', style='iphone',
    body=P("running 10 min late, train stuck. start my 8:15 in the room?" + IPH))

add('electric-bill-autopay', 'none',
    'utility autopay notice with an account number',
    frm='Prairie Electric <billing@prairieelectric.example.com>', to='tom.baranski@example.net',
    subj='Autopay scheduled', date='2026-12-01 06:00 -0600', fam='mail', style='system',
    body=P("Account ending 4471: $118.22 will be paid on 12/10 from checking ending 0931."
           + appfoot("Prairie Electric", "prairieelectric.example.com")))

add('read-receipt-holiday-party-rsvp', 'none',
    'read receipt for a holiday party RSVP',
    frm='Kevin Tran <ktran@stbrendan.example.org>', to='Events <events@stbrendan.example.org>',
    subj='Read: Holiday party RSVP by 12/10', date='2026-12-02 10:20 -0600', fam='auto',
    style='outlook',
    body=MP('report',
            P("Your message\n\n  To: Kevin Tran\n  Subject: Holiday party RSVP by 12/10\n"
              "  Sent: Tuesday, December 1, 2026 3:00 PM\n\nwas read on Wednesday, December 2, 2026 10:20 AM."),
            RAWPART('message/disposition-notification',
                    "Reporting-UA: mail.stbrendan.example.org; Outlook\n"
                    "Final-Recipient: rfc822;ktran@stbrendan.example.org\n"
                    "Original-Message-ID: <e41c7a0b22@stbrendan.example.org>\n"
                    "Disposition: manual-action/MDN-sent-automatically; displayed"),
            params=[('report-type', 'disposition-notification')]))

add('ics-potluck-signup-front-office', 'none',
    'calendar invite for an office potluck with a one-line description',
    frm='Nina Vasquez <nvasquez@lakeviewfm.example.com>', to='Everyone <everyone@lakeviewfm.example.com>',
    subj='Invitation: Front office potluck', date='2026-12-02 09:00 -0600', fam='invite',
    style='outlook',
    body=MP('alternative',
            P("Front office potluck\nFri Dec 18, 12:00-1:00pm, break room\n\nsign up sheet on the fridge"),
            ICSPART(ics('REQUEST', 'potluck-1218@lakeviewfm.example.com', '20261218T120000',
                        '20261218T130000', 'Front office potluck', desc='sign up sheet on the fridge',
                        organizer=('Nina Vasquez', 'nvasquez@lakeviewfm.example.com'),
                        attendees=[('Everyone', 'everyone@lakeviewfm.example.com')],
                        location='Break room', stamp='20261202T150000Z'))))

add('pl-dostawa-kanapy-czwartek', 'none',
    'Polish furniture delivery notice',
    frm=('Meble Dom', 'dostawy@mebledom.pl.test', 'iso-8859-2', 'Q'), to='kasia.nowak@example.pl.test',
    subj='Dostawa w czwartek', date='2026-12-01 15:00 +0100', fam='mail', lang='pl', style='system',
    body=P("Dzień dobry, dostawa kanapy (zamówienie 20931) w czwartek między 10 a 14. Kierowca "
           "zadzwoni godzinę wcześniej.", cs='iso-8859-2', cte='8bit'))

add('el-service-autokinitou', 'none',
    'Greek garage note that the car service is done',
    frm=('Συνεργείο Παπαδόπουλος', 'info@papadopoulos-auto.gr.test', 'iso-8859-7', 'B'),
    to='nikos.georgiou@example.gr.test', subj='Το αυτοκίνητο είναι έτοιμο', subj_cs='iso-8859-7',
    date='2026-12-02 17:30 +0200', fam='mail', lang='el',
    body=P("Καλησπέρα, το σέρβις τελείωσε. Μπορείτε να το παραλάβετε αύριο μετά τις 9. Σύνολο 180 ευρώ.",
           cs='iso-8859-7', cte='quoted-printable'))

add('tr-aksam-yemege-geliyorum', 'none',
    'Turkish text to a mother: coming to dinner tonight',
    frm=('Emre Yılmaz', 'emre.yilmaz@example.com.tr.test'), to='Anne <ayse.yilmaz@example.com.tr.test>',
    subj='', date='2026-12-02 17:10 +0300', fam='phone', lang='tr', style='iphone',
    body=P("Anneciğim akşam yemeğe geliyorum, ekmek alayım mı?\n\niPhone'umdan gönderildi",
           cs='utf-8', cte='8bit'))

add('so-waan-soo-daahayaa', 'none',
    'Somali text to a mother: running late, buying groceries',
    frm='Hodan Warsame <hodan.warsame@example.net>', to='Hooyo <faadumo.warsame@example.com>',
    subj='', date='2026-12-02 18:05 -0600', fam='phone', lang='so', style='iphone',
    body=P("Hooyo waan soo daahayaa, suuqa ayaan ku jiraa. Caano iyo rooti ma keenaa?" + IPH))


# ================================================================ checking

ALLOWED_DOMAINS = ('example.com', 'example.org', 'example.net')


def domain_ok(d):
    d = d.lower().rstrip('.')
    if d.endswith('.test') or d == 'test':
        return True
    return any(d == a or d.endswith('.' + a) for a in ALLOWED_DOMAINS)


def luhn_npi(npi):
    s = '80840' + npi
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def dea_ok(dea):
    d = [int(c) for c in dea[2:]]
    s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return s % 10 == d[6]


MBI_RE = re.compile(r'[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?'
                    r'[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?'
                    r'[AC-HJKMNP-RT-Y]{2}[0-9]{2}')


def pycodec(cs):
    return codecs.lookup(cs).name


def check_pdf(b):
    errs = []
    if not b.startswith(b'%PDF-') or not b.rstrip().endswith(b'%%EOF'):
        return ['pdf: header/trailer']
    m = re.search(rb'startxref\s+(\d+)', b)
    x = int(m.group(1))
    if b[x:x + 4] != b'xref':
        errs.append('pdf: startxref does not point at xref')
    hm = re.match(rb'xref\n0 (\d+)\n', b[x:])
    n = int(hm.group(1))
    pos = x + hm.end()
    for i in range(n):
        ent = b[pos + 20 * i: pos + 20 * i + 20]
        off = int(ent[:10])
        if i == 0:
            continue
        if not b[off:].startswith(b'%d 0 obj' % i):
            errs.append('pdf: xref %d wrong' % i)
    for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', b):
        ln = int(sm.group(1))
        data = b[sm.end():sm.end() + ln]
        if b[sm.end() + ln:sm.end() + ln + 10] != b'\nendstream':
            errs.append('pdf: stream length')
        if sm.group(2):
            try:
                zlib.decompress(data)
            except zlib.error:
                errs.append('pdf: flate')
    return errs


def pdf_text(b):
    out = []
    for sm in re.finditer(rb'<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n', b):
        data = b[sm.end():sm.end() + int(sm.group(1))]
        if sm.group(2):
            data = zlib.decompress(data)
        out.append(data.decode('latin-1'))
    out.append(b.decode('latin-1'))
    return '\n'.join(out)


def check_jpeg(b):
    if not b.startswith(b'\xff\xd8') or not b.endswith(b'\xff\xd9'):
        return ['jpeg: SOI/EOI']
    i = 2
    while i < len(b):
        if b[i] != 0xff:
            return ['jpeg: bad marker at %d' % i]
        mk = b[i + 1]
        ln = struct.unpack('>H', b[i + 2:i + 4])[0]
        if mk == 0xDA:
            return []
        i += 2 + ln
    return ['jpeg: no SOS']


def check_png(b):
    if not b.startswith(b'\x89PNG\r\n\x1a\n'):
        return ['png: signature']
    i, seen = 8, []
    while i < len(b):
        ln = struct.unpack('>I', b[i:i + 4])[0]
        t = b[i + 4:i + 8]
        d = b[i + 8:i + 8 + ln]
        crc = struct.unpack('>I', b[i + 8 + ln:i + 12 + ln])[0]
        if zlib.crc32(t + d) & 0xffffffff != crc:
            return ['png: crc %r' % t]
        seen.append(t)
        i += 12 + ln
    if seen[0] != b'IHDR' or seen[-1] != b'IEND':
        return ['png: chunk order']
    return []


def check_wav(b):
    if b[:4] != b'RIFF' or b[8:12] != b'WAVE':
        return ['wav: header']
    if struct.unpack('<I', b[4:8])[0] != len(b) - 8:
        return ['wav: RIFF size']
    return []


def text_size(msg):
    """Bytes of written text: inline text/plain (or stripped HTML when a
    message has no inline plain text), not attachments."""
    plain, html = 0, 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_filename() or (part.get_content_disposition() == 'attachment'):
            continue
        if ct not in ('text/plain', 'text/html'):
            continue
        try:
            t = part.get_content()
        except Exception:
            continue
        if ct == 'text/plain':
            plain += len(t.strip().encode('utf-8'))
        else:
            t = re.sub(r'(?s)<(style|head)[^>]*>.*?</\1>', '', t)
            t = re.sub(r'<[^>]+>', ' ', t)
            t = re.sub(r'\s+', ' ', t).replace('&nbsp;', ' ')
            html += len(t.strip().encode('utf-8'))
    return plain if plain else html


PHONE_RE = re.compile(r'(?<![\d/])(?:\+?1[ .-])?(?:\(?(\d{3})\)?[ .-])?(\d{3})[ .-](\d{4})(?![\d/])')


def check_message(name, raw):
    errs = []
    if len(raw) > MAX_FILE:
        errs.append('too large')
    if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
        errs.append('bare LF or CR')
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            errs.append('line over 998')
            break
    hdr_end = raw.find(b'\r\n\r\n')
    if not raw[:hdr_end].isascii():
        errs.append('8-bit header')
    for b in re.findall(rb'boundary="?([^";\r\n]+)"?', raw):
        if b'--' + b + b'--' not in raw:
            errs.append('boundary not closed: %r' % b)
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    raw_msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    texts = []
    hdr_texts = []

    def check_headers(mm, where, required):
        if required:
            for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
                if mm[h] is None:
                    errs.append('%s: missing %s' % (where, h))
            try:
                d = email.utils.parsedate_to_datetime(str(mm['Date']))
                if d.tzinfo is None:
                    errs.append('%s: Date without zone' % where)
            except Exception:
                errs.append('%s: bad Date' % where)
            if not re.fullmatch(r'<[^<>@\s]+@[^<>@\s]+>', str(mm['Message-ID']).strip()):
                errs.append('%s: bad Message-ID' % where)
        for k in mm.keys():
            v = mm[k]
            for d in getattr(v, 'defects', ()):
                errs.append('%s: header %s: %s' % (where, k, d.__class__.__name__))
            if k.lower() in ('from', 'to', 'cc', 'reply-to', 'subject'):
                texts.append(str(v))
            else:
                hdr_texts.append(str(v))

    def walk(mm, rm, where, required):
        check_headers(mm, where, required)
        for d in mm.defects:
            errs.append('%s: %s' % (where, d.__class__.__name__))
        if mm.is_multipart():
            subs, rsubs = mm.get_payload(), rm.get_payload()
            ct = mm.get_content_type()
            for i, (s, r) in enumerate(zip(subs, rsubs)):
                nested_req = (ct == 'message/rfc822')
                walk(s, r, '%s.%d' % (where, i + 1), nested_req)
            return
        leaf(mm, rm, where)

    def leaf(mm, rm, where):
        cte = (rm.get('Content-Transfer-Encoding') or '7bit').strip().lower()
        payload = rm._payload  # raw text, undecoded (surrogateescape)
        rawb = payload.encode('ascii', 'surrogateescape')
        lines = rawb.split(b'\r\n')
        if lines and lines[-1] == b'':
            lines = lines[:-1]
        ct = mm.get_content_type()
        if cte == 'base64':
            if any(len(x) > 76 for x in lines):
                errs.append('%s: base64 line > 76' % where)
            try:
                data = base64.b64decode(b''.join(lines), validate=True)
            except binascii.Error:
                errs.append('%s: bad base64' % where)
                return
        elif cte == 'quoted-printable':
            for x in lines:
                if len(x) > 76:
                    errs.append('%s: QP line > 76' % where)
                if re.search(rb'=(?![0-9A-F]{2}|$)', x):
                    errs.append('%s: bad QP escape' % where)
                if re.search(rb'[^\t\x20-\x7e]', x):
                    errs.append('%s: raw byte in QP' % where)
                if x.endswith((b' ', b'\t')):
                    errs.append('%s: QP trailing space' % where)
            data = quopri.decodestring(rawb)
        elif cte in ('7bit', '8bit', 'binary'):
            if cte == '7bit' and not rawb.isascii():
                errs.append('%s: 8-bit data in 7bit part' % where)
            data = rawb
        else:
            errs.append('%s: unknown CTE %s' % (where, cte))
            return
        fn = (mm.get_filename() or '').lower()
        txt = None
        if mm.get_content_maintype() == 'text' or ct in ('message/delivery-status',):
            cs = mm.get_content_charset() or 'us-ascii'
            try:
                txt = data.decode(pycodec(cs))
            except (UnicodeDecodeError, LookupError):
                errs.append('%s: does not decode as %s' % (where, cs))
                return
            if ct in ('text/calendar', 'text/vcard', 'text/x-vcard'):
                txt = txt.replace('\r\n ', '')
            texts.append(txt)
        if ct == 'application/json' or fn.endswith('.json'):
            try:
                json.loads(data)
            except ValueError:
                errs.append('%s: bad JSON' % where)
            texts.append(data.decode('utf-8'))
        if ct in ('text/calendar', 'application/ics') or fn.endswith('.ics'):
            t = data.decode('utf-8')
            if not (t.startswith('BEGIN:VCALENDAR') and 'END:VCALENDAR' in t):
                errs.append('%s: ICS' % where)
            if any(len(x.encode()) > 75 for x in t.split('\r\n')):
                errs.append('%s: ICS line not folded' % where)
            texts.append(t.replace('\r\n ', ''))
        if ct in ('text/vcard', 'text/x-vcard') or fn.endswith('.vcf'):
            t = data.decode('utf-8')
            if not (t.startswith('BEGIN:VCARD') and 'END:VCARD' in t):
                errs.append('%s: vCard' % where)
            texts.append(t.replace('\r\n ', ''))
        if ct == 'text/csv' or fn.endswith('.csv'):
            rows = list(csv.reader(io.StringIO(data.decode('utf-8'))))
            if len({len(r) for r in rows if r}) != 1:
                errs.append('%s: CSV columns' % where)
        if ct.endswith('xml') or fn.endswith('.xml'):
            try:
                ET.fromstring(data)
            except ET.ParseError:
                errs.append('%s: XML' % where)
        if ct == 'application/pdf' or fn.endswith('.pdf'):
            errs.extend('%s: %s' % (where, e) for e in check_pdf(data))
            texts.append(pdf_text(data))
        if ct == 'image/jpeg':
            errs.extend('%s: %s' % (where, e) for e in check_jpeg(data))
        if ct == 'image/png':
            errs.extend('%s: %s' % (where, e) for e in check_png(data))
        if ct in ('audio/wav', 'audio/x-wav'):
            errs.extend('%s: %s' % (where, e) for e in check_wav(data))
        if ct == 'text/x-hl7' or fn.endswith('.hl7'):
            if not data.startswith(b'MSH|^~\\&|'):
                errs.append('%s: HL7' % where)

    walk(msg, raw_msg, 'msg', True)
    blob = '\n'.join(texts)
    allblob = blob + '\n' + '\n'.join(hdr_texts)
    for m in re.finditer(r'([A-Za-z0-9._%+\-]+)@((?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,})', allblob):
        if not domain_ok(m.group(2)):
            errs.append('domain not invented: %s' % m.group(0))
        lp = m.group(1)
        if re.fullmatch(r'\d{10,11}', lp):
            if not re.fullmatch(r'1?\d{3}55501\d\d', lp):
                errs.append('phone-like address not 555-01xx: %s' % lp)
    for m in re.finditer(r'https?://([^/\s"\'<>)\]]+)', allblob):
        host = m.group(1).split(':')[0].split('@')[-1]
        if not domain_ok(host):
            errs.append('URL host not invented: %s' % host)
    for m in re.finditer(r'(?<![@\w.-])((?:[A-Za-z0-9\-]+\.)+(?:com|org|net|gov|edu|io|co|us))\b', blob):
        if not domain_ok(m.group(1)):
            errs.append('bare domain not invented: %s' % m.group(1))
    for m in PHONE_RE.finditer(blob):
        if not (m.group(2) == '555' and m.group(3).startswith('01')):
            errs.append('phone not 555-01xx: %s' % m.group(0))
    for m in re.finditer(r'NPI[:#\s]*(\d{10})', blob):
        if not luhn_npi(m.group(1)):
            errs.append('NPI fails Luhn: %s' % m.group(1))
    for m in re.finditer(r'DEA[:#\s]*(?:no\.?\s*)?([A-Z]{2}\d{7})', blob):
        if not dea_ok(m.group(1)):
            errs.append('DEA check digit: %s' % m.group(1))
    for m in re.finditer(r'MBI[:#\s]*([0-9A-Z-]{11,13})', blob):
        if not MBI_RE.fullmatch(m.group(1)):
            errs.append('MBI format: %s' % m.group(1))
    return errs, text_size(msg)


# ================================================================ driver

def build():
    if len({m['slug'] for m in MSGS}) != len(MSGS):
        raise SystemExit('duplicate slug')
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    files = {}
    rows = []
    for num, idx in enumerate(order, 1):
        m = MSGS[idx]
        m['num'] = num
        rel = '%s/%03d-%s.eml' % (m['label'], num, m['slug'])
        m['rel'] = rel
        files[rel] = render_msg(m)
    for m in sorted(MSGS, key=lambda x: x['num']):
        rows.append('%s\t%s\t%s' % (m['rel'], m['label'], m['reason']))
    labels = ('\n'.join(rows) + '\n').encode('utf-8')
    return files, labels


def design_errors():
    errs = []
    cnt = {l: 0 for l in LABELS}
    for m in MSGS:
        cnt[m['label']] += 1
        if m['slug'].startswith('trap-') and m['label'] != 'none':
            errs.append('trap- outside none: ' + m['slug'])
        if m['label'] == 'restricted' and m['cat'] not in CATS:
            errs.append('restricted without category: ' + m['slug'])
        if m['label'] != 'restricted' and m['cat']:
            errs.append('category on non-restricted: ' + m['slug'])
        if '\t' in m['reason'] or '\n' in m['reason']:
            errs.append('bad reason: ' + m['slug'])
    if cnt != WANT:
        errs.append('counts %r != %r' % (cnt, WANT))
    traps = sum(1 for m in MSGS if m['slug'].startswith('trap-'))
    if traps < MIN_TRAPS:
        errs.append('only %d traps' % traps)
    for c in CATS:
        n = sum(1 for m in MSGS if m['cat'] == c)
        if n < 7:
            errs.append('category %s has %d' % (c, n))
    ne = sum(1 for m in MSGS if m['lang'] != 'en')
    if ne != WANT_NON_ENGLISH:
        errs.append('%d messages not in English, want %d' % (ne, WANT_NON_ENGLISH))
    return errs, cnt, traps


def check(files_expected, labels_expected):
    errs, cnt, traps = design_errors()
    on_disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append('missing dir ' + lab)
            continue
        for fn in sorted(os.listdir(d)):
            if fn.endswith('.eml'):
                with open(os.path.join(d, fn), 'rb') as f:
                    on_disk['%s/%s' % (lab, fn)] = f.read()
    if set(on_disk) != set(files_expected):
        errs.append('files on disk differ from gen.py: +%s -%s' % (
            sorted(set(on_disk) - set(files_expected))[:5],
            sorted(set(files_expected) - set(on_disk))[:5]))
    nums = sorted(int(os.path.basename(r)[:3]) for r in on_disk)
    if nums != list(range(1, len(MSGS) + 1)):
        errs.append('numbers are not exactly 001-%03d' % len(MSGS))
    for rel, raw in on_disk.items():
        if rel in files_expected and raw != files_expected[rel]:
            errs.append('%s differs from what gen.py writes' % rel)
        if '/trap-' not in rel and os.path.basename(rel)[4:].startswith('trap-') \
                and not rel.startswith('none/'):
            errs.append('trap outside none: ' + rel)
    try:
        with open(os.path.join(HERE, 'labels.tsv'), 'rb') as f:
            lab_disk = f.read()
    except OSError:
        lab_disk = b''
        errs.append('labels.tsv missing')
    if lab_disk != labels_expected:
        errs.append('labels.tsv differs from what gen.py writes')
    for line in lab_disk.decode('utf-8').splitlines():
        rel, lab, why = line.split('\t')
        if rel.split('/')[0] != lab or rel not in on_disk:
            errs.append('labels.tsv row disagrees with directories: ' + rel)
        if os.path.basename(rel)[4:].startswith('trap-') and lab != 'none':
            errs.append('trap- slug labelled %s: %s' % (lab, rel))
    sizes = []
    for rel in sorted(on_disk):
        e, ts = check_message(rel, on_disk[rel])
        sizes.append(ts)
        errs.extend('%s: %s' % (rel, x) for x in e)
    n = len(sizes) or 1
    le600 = sum(1 for s in sizes if s <= 600)
    le200 = sum(1 for s in sizes if s <= 200)
    if le600 < 0.8 * n:
        errs.append('only %d of %d messages have <= 600 bytes of text' % (le600, n))
    if le200 < 0.4 * n:
        errs.append('only %d of %d messages have <= 200 bytes of text' % (le200, n))
    for e in errs:
        print('ERROR', e)
    print('wide12: none %d (traps %d), phi %d, restricted %d; %s' % (
        cnt['none'], traps, cnt['phi'], cnt['restricted'],
        ', '.join('%s %d' % (c, sum(1 for m in MSGS if m['cat'] == c)) for c in CATS)))
    print('not in English: %d; written text <= 200 bytes: %d, <= 600: %d, of %d' % (
        sum(1 for m in MSGS if m['lang'] != 'en'), le200, le600, n))
    print('check: %s' % ('FAILED (%d errors)' % len(errs) if errs else 'ok'))
    return not errs


def write(files, labels):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith('.eml'):
                os.remove(os.path.join(d, fn))
    for rel, raw in files.items():
        with open(os.path.join(HERE, rel), 'wb') as f:
            f.write(raw)
    with open(os.path.join(HERE, 'labels.tsv'), 'wb') as f:
        f.write(labels)


def stats(files):
    from collections import Counter
    fam = Counter((m['fam'], m['label']) for m in MSGS)
    for f in sorted({k[0] for k in fam}):
        print('%-10s none %2d phi %2d restricted %2d' % (
            f, fam[(f, 'none')], fam[(f, 'phi')], fam[(f, 'restricted')]))
    langs = Counter((m['lang'], m['label']) for m in MSGS if m['lang'] != 'en')
    for l in sorted({k[0] for k in langs}):
        print('%-6s none %d phi %d restricted %d' % (
            l, langs[(l, 'none')], langs[(l, 'phi')], langs[(l, 'restricted')]))
    for m in sorted(MSGS, key=lambda x: x['num']):
        e, ts = check_message(m['rel'], files[m['rel']])
        print('%5d %6d %-11s %-9s %s' % (ts, len(files[m['rel']]), m['label'], m['lang'], m['rel']))


def main():
    files, labels = build()
    if '--stats' in sys.argv:
        stats(files)
        return
    if '--check' not in sys.argv:
        write(files, labels)
    ok = check(files, labels)
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
