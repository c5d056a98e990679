#!/usr/bin/env python3
"""wide16: healthcare at its edges, and mail from patients and families.

Writes 200 synthetic RFC 5322 messages (100 none, 60 phi, 40 restricted)
into none/, phi/ and restricted/, plus labels.tsv, then checks them.

    python3 gen.py           # rewrite everything, then check
    python3 gen.py --check   # only check what is on disk
    python3 gen.py --stats   # print counts used in README.md

Python 3 standard library only.  Deterministic: fixed dates, Message-IDs
and MIME boundaries, CRLF line endings.  Everything in here is invented.
"""
import base64
import csv
import datetime
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = ('none', 'phi', 'restricted')
SEED = 20261207
MSGS = []

CSNAME = {
    'utf-8': 'UTF-8', 'us-ascii': 'US-ASCII',
    'iso-8859-1': 'ISO-8859-1', 'iso-8859-2': 'ISO-8859-2',
    'iso-8859-9': 'ISO-8859-9', 'iso-8859-15': 'ISO-8859-15',
    'windows-1250': 'windows-1250', 'windows-1251': 'windows-1251',
    'windows-1252': 'windows-1252', 'windows-1256': 'windows-1256',
    'koi8-u': 'KOI8-U', 'shift_jis': 'Shift_JIS', 'iso-2022-jp': 'ISO-2022-JP',
    'gb2312': 'GB2312', 'big5': 'Big5', 'euc-kr': 'EUC-KR',
}
QCHARSETS = {'iso-8859-1', 'iso-8859-2', 'iso-8859-9', 'iso-8859-15',
             'windows-1250', 'windows-1252'}


def add(label, slug, reason, frm, to, subject, body=None, **kw):
    """Register one message.

    kw: lang ('en' or a language name), cat (restricted category), cs (body
    charset), cte (body transfer encoding), html (True = derived from body,
    or a string), html_only, atts (attachments), cc, reply (In-Reply-To
    slug), hdrs (extra headers), tz, when ('YYYY-MM-DD HH:MM').
    """
    m = dict(label=label, slug=slug, reason=reason, frm=frm, to=to,
             subject=subject, body=body)
    m.update(kw)
    MSGS.append(m)


# ---------------------------------------------------------------- encoders

def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def crlf(text):
    return text.replace('\r\n', '\n').replace('\n', '\r\n')


def b64lines(data):
    s = base64.b64encode(data).decode('ascii')
    lines = [s[i:i + 76] for i in range(0, len(s), 76)] or ['']
    return ('\r\n'.join(lines) + '\r\n').encode('ascii')


def qp_line(b):
    out, cur = [], ''
    n = len(b)
    for i, byte in enumerate(b):
        c = chr(byte)
        last = (i == n - 1)
        if byte in (9, 32):
            tok = ('=%02X' % byte) if last else c
        elif 33 <= byte <= 126 and c != '=':
            tok = c
        else:
            tok = '=%02X' % byte
        if len(cur) + len(tok) > 75:
            out.append(cur + '=')
            cur = ''
        cur += tok
    out.append(cur)
    return out


def qp(data):
    lines = []
    for raw in data.split(b'\r\n'):
        lines.extend(qp_line(raw))
    return ('\r\n'.join(lines)).encode('ascii')


def encode_lines(text, cs):
    text = text.replace('\r\n', '\n')
    return b'\r\n'.join(l.encode(cs) for l in text.split('\n'))


def enc_body(text, cs, cte):
    if not text.endswith('\n'):
        text += '\n'
    raw = encode_lines(text, cs)
    if cte in ('7bit', '8bit'):
        return raw
    if cte == 'base64':
        return b64lines(raw)
    if cte == 'quoted-printable':
        out = qp(raw)
        return out if out.endswith(b'\r\n') else out + b'\r\n'
    raise ValueError(cte)


def default_cte(text, cs):
    if cs == 'iso-2022-jp':
        return '7bit'
    if is_ascii(text):
        return '7bit'
    if cs in ('shift_jis', 'gb2312', 'big5', 'euc-kr'):
        return 'base64'
    return 'quoted-printable'


def ew(text, cs, mode=None):
    """RFC 2047 encoded words, each at most 75 characters, joined by folds."""
    if mode is None:
        mode = 'Q' if cs in QCHARSETS else 'B'
    name = CSNAME[cs]
    words, chunk = [], ''

    def enc(s):
        b = s.encode(cs)
        if mode == 'B':
            return '=?%s?B?%s?=' % (name, base64.b64encode(b).decode('ascii'))
        q = ''
        for byte in b:
            ch = chr(byte)
            if ch == ' ':
                q += '_'
            elif ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
                q += ch
            else:
                q += '=%02X' % byte
        return '=?%s?Q?%s?=' % (name, q)

    for c in text:
        if chunk and len(enc(chunk + c)) > 75:
            words.append(enc(chunk))
            chunk = ''
        chunk += c
    if chunk:
        words.append(enc(chunk))
    return '\r\n '.join(words)


def hdr_text(s, cs):
    return s if is_ascii(s) else ew(s, cs)


def hdr_addr(spec, cs):
    m = re.match(r'^(.*?)\s*<([^<>]+)>$', spec.strip())
    if not m:
        return spec.strip()
    name, addr = m.group(1).strip(), m.group(2)
    if not name:
        return '<%s>' % addr
    if is_ascii(name):
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            name = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
        return '%s <%s>' % (name, addr)
    return '%s <%s>' % (ew(name, cs), addr)


def hdr_addrs(specs, cs):
    if isinstance(specs, str):
        specs = [specs]
    return ',\r\n '.join(hdr_addr(s, cs) for s in specs)


def addr_domain(spec):
    m = re.search(r'@([A-Za-z0-9.-]+)', spec)
    return m.group(1).lower() if m else 'example.com'


def ser_headers(h):
    return ''.join('%s: %s\r\n' % (k, v) for k, v in h).encode('ascii')


def part_bytes(h, data):
    if not data.endswith(b'\r\n'):
        data += b'\r\n'
    return ser_headers(h) + b'\r\n' + data


def multipart(subtype, parts, boundary, preamble=True):
    out = b''
    if preamble:
        out += b'This is a multi-part message in MIME format.\r\n\r\n'
    for h, d in parts:
        out += b'--' + boundary.encode() + b'\r\n' + part_bytes(h, d)
    out += b'--' + boundary.encode() + b'--\r\n'
    hdr = [('Content-Type', 'multipart/%s;\r\n boundary="%s"' % (subtype, boundary))]
    return hdr, out


def text_part(text, subtype, cs, cte=None):
    cte = cte or default_cte(text, cs)
    h = [('Content-Type', 'text/%s; charset="%s"' % (subtype, CSNAME[cs])),
         ('Content-Transfer-Encoding', cte)]
    return h, enc_body(text, cs, cte)


def auto_html(text, cs):
    paras = [p for p in text.strip('\n').split('\n\n')]
    out = ['<!DOCTYPE html>', '<html>', '<head><meta charset="%s"></head>' % CSNAME[cs],
           '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">']
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split('\n')]
        if p.startswith('> '):
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">'
                       + '<br>\n'.join(l[5:] if l.startswith('&gt; ') else l for l in lines)
                       + '</blockquote>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    out += ['</body>', '</html>']
    return '\n'.join(out) + '\n'


# ------------------------------------------------------------- attachments

def att(name, ctype, data, cte='base64', extra=None, disp='attachment'):
    if isinstance(data, str):
        data = crlf(data).encode('utf-8')
    return dict(name=name, ctype=ctype, data=data, cte=cte, extra=extra or '', disp=disp)


def pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def make_pdf(pages, flate=False, title='Document'):
    """pages: list of lists of text lines (ASCII).  Returns PDF bytes."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = {}
    n_pages = len(pages)
    page_ids = [4 + 2 * i for i in range(n_pages)]
    objs[1] = b'<< /Type /Catalog /Pages 2 0 R >>'
    objs[2] = ('<< /Type /Pages /Kids [%s] /Count %d >>' % (
        ' '.join('%d 0 R' % p for p in page_ids), n_pages)).encode()
    objs[3] = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'
    for i, lines in enumerate(pages):
        pid, cid = page_ids[i], page_ids[i] + 1
        objs[pid] = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] '
                     '/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % cid).encode()
        ops = ['BT', '/F1 10 Tf', '14 TL', '60 740 Td']
        for j, line in enumerate(lines):
            if not is_ascii(line):
                raise ValueError('PDF text must be ASCII: %r' % line)
            ops.append('(%s) Tj' % pdf_escape(line))
            ops.append('T*')
        ops.append('ET')
        stream = ('\n'.join(ops) + '\n').encode('latin-1')
        if flate:
            stream = zlib.compress(stream, 9)
            d = '<< /Length %d /Filter /FlateDecode >>' % len(stream)
        else:
            d = '<< /Length %d >>' % len(stream)
        objs[cid] = d.encode() + b'\nstream\n' + stream + b'\nendstream'
    info_id = max(objs) + 1
    objs[info_id] = ('<< /Title (%s) /Producer (wide16 gen.py) /CreationDate (D:20261207090000Z) >>'
                     % pdf_escape(title)).encode()
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = {}
    for k in sorted(objs):
        offsets[k] = len(out)
        out += b'%d 0 obj\n' % k + objs[k] + b'\nendobj\n'
    xref = len(out)
    size = max(objs) + 1
    out += b'xref\n0 %d\n' % size
    out += b'0000000000 65535 f \n'
    for k in range(1, size):
        out += b'%010d 00000 n \n' % offsets[k]
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n'
            % (size, info_id, xref))
    return out


def pdf(name, pages, flate=False, title=None):
    return att(name, 'application/pdf', make_pdf(pages, flate, title or name))


def make_png(w, h, painter):
    rows = b''
    for y in range(h):
        rows += b'\x00' + b''.join(bytes(painter(x, y)) for x in range(w))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))


def bottle_painter(x, y):
    # an amber pill bottle with a white label on a grey counter
    if 18 <= x <= 45 and 6 <= y <= 11:
        return (240, 240, 240)
    if 16 <= x <= 47 and 12 <= y <= 58:
        if 19 <= x <= 44 and 24 <= y <= 46:
            return (250, 250, 250) if (y % 4) else (90, 90, 90)
        return (196, 110, 24)
    return (150, 150, 156)


def chart_painter(x, y):
    # a step-count bar chart
    bars = [30, 44, 22, 50, 38, 41, 27]
    b = x // 9
    if b < 7 and x % 9 < 7 and y >= 60 - bars[b]:
        return (40, 120, 200)
    return (255, 255, 255)


def png(name, painter, w=64, h=64):
    return att(name, 'image/png', make_png(w, h, painter))


def fold_ics(text):
    out = []
    for line in text.strip('\n').split('\n'):
        b = line
        first = True
        while len(b.encode('utf-8')) > 75:
            cut = 75 if first else 74
            while len(b[:cut].encode('utf-8')) > (75 if first else 74):
                cut -= 1
            out.append((' ' if not first else '') + b[:cut])
            b = b[cut:]
            first = False
        out.append((' ' if not first else '') + b)
    return '\r\n'.join(out) + '\r\n'


def ics(name, text, method='REQUEST', cte='7bit'):
    data = fold_ics(text).encode('utf-8')
    if cte == '7bit' and not is_ascii(data.decode('utf-8')):
        cte = 'quoted-printable'
    return att(name, 'text/calendar; charset="UTF-8"; method=%s' % method, data, cte)


def vcf(name, text):
    return att(name, 'text/vcard; charset="UTF-8"', fold_ics(text).encode('utf-8'), '7bit')


def csvatt(name, rows, cte='7bit'):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode('utf-8')
    if cte == '7bit' and not is_ascii(buf.getvalue()):
        cte = 'quoted-printable'
    return att(name, 'text/csv; charset="UTF-8"', data, cte)


def hl7(name, segments):
    return att(name, 'application/hl7-v2', ('\r'.join(segments) + '\r').encode('ascii'))


def fhir(name, obj):
    return att(name, 'application/fhir+json', json.dumps(obj, indent=2, ensure_ascii=False) + '\n')


def rfc822(inner):
    """inner: dict with the same keys add() takes (minus label/slug/reason)."""
    return dict(rfc822=inner)


# ----------------------------------------------------------------- builder

BASE_DATE = datetime.datetime(2026, 10, 5, 7, 12)
TZ = {'-0500': -300, '-0600': -360, '-0700': -420, '-0800': -480, '-0400': -240,
      '+0000': 0, '-0300': -180, '+0100': 60, '+0200': 120, '+0300': 180, '+0400': 240, '+0330': 210,
      '+0530': 330, '+0600': 360, '+0800': 480, '+0900': 540, '-1000': -600}


PST_START = datetime.datetime(2026, 11, 1, 2, 0)


def msg_date(m, idx):
    if m.get('when'):
        dt = datetime.datetime.strptime(m['when'], '%Y-%m-%d %H:%M')
    else:
        dt = BASE_DATE + datetime.timedelta(minutes=idx * 331 + (idx * 37) % 53)
        # people mostly write between 6 am and 11 pm; automated mail any time
        if dt.hour < 6 and not m.get('auto'):
            dt += datetime.timedelta(hours=7)
    # default: US Pacific time, daylight saving until 1 November 2026
    tzname = m.get('tz') or ('-0800' if dt >= PST_START else '-0700')
    tz = datetime.timezone(datetime.timedelta(minutes=TZ[tzname]))
    return email.utils.format_datetime(dt.replace(tzinfo=tz))


def smarten(text):
    """What an office mail client does to typed text: curly apostrophes, en dashes."""
    text = re.sub(r"(?<=[A-Za-z])'(?=[A-Za-z])", '\u2019', text)
    text = text.replace(' - ', ' \u2013 ')
    return text


def boundary(slug, n):
    return '=_w16_%s_%d' % (hashlib.sha1(slug.encode()).hexdigest()[:12], n)


def attachment_part(a, slug, n, cs):
    if 'rfc822' in a:
        inner = build(dict(a['rfc822'], slug=slug + '-fwd%d' % n), 0)
        cte = '7bit' if all(b < 128 for b in inner) else '8bit'
        h = [('Content-Type', 'message/rfc822'),
             ('Content-Disposition', 'attachment'),
             ('Content-Transfer-Encoding', cte)]
        return h, inner
    fname = a['name']
    h = [('Content-Type', '%s; name="%s"' % (a['ctype'], fname) + a['extra']),
         ('Content-Disposition', '%s; filename="%s"' % (a['disp'], fname)),
         ('Content-Transfer-Encoding', a['cte'])]
    d = a['data']
    if a['cte'] == 'base64':
        body = b64lines(d)
    elif a['cte'] == 'quoted-printable':
        body = qp(d)
    else:
        body = d
    return h, body


def build(m, idx):
    cs = m.get('cs', 'utf-8')
    slug = m['slug']
    h = [('From', hdr_addrs(m['frm'], cs)), ('To', hdr_addrs(m['to'], cs))]
    if m.get('cc'):
        h.append(('Cc', hdr_addrs(m['cc'], cs)))
    h.append(('Subject', hdr_text(m['subject'], cs)))
    h.append(('Date', msg_date(m, idx)))
    dom = addr_domain(m['frm'])
    hx = hashlib.sha1(('w16:' + slug).encode()).hexdigest()
    h.append(('Message-ID', '<%s.%s@%s>' % (hx[:16], hx[16:24], dom)))
    if m.get('reply'):
        rx = hashlib.sha1(('w16-reply:' + m['reply']).encode()).hexdigest()
        ref = '<%s.%s@%s>' % (rx[:16], rx[16:22], addr_domain(m['to'] if isinstance(m['to'], str) else m['to'][0]))
        h.append(('In-Reply-To', ref))
        h.append(('References', ref))
    for k, v in m.get('hdrs', ()):
        h.append((k, hdr_text(v, cs)))
    h.append(('MIME-Version', '1.0'))

    body = m.get('body')
    if m.get('smart') and body:
        body = smarten(body)
    htm = m.get('html')
    if htm is True:
        htm = auto_html(body, cs)
    cte = m.get('cte')
    hcte = m.get('html_cte', cte)
    if htm and not hcte and is_ascii(htm) and max(len(l) for l in htm.split('\n')) > 76:
        hcte = 'quoted-printable'
    if m.get('html_only'):
        ph, pd = text_part(htm, 'html', cs, hcte)
    else:
        ph, pd = text_part(body, 'plain', cs, cte)
        if htm:
            hh, hd = text_part(htm, 'html', cs, hcte)
            ph, pd = multipart('alternative', [(ph, pd), (hh, hd)], boundary(slug, 2),
                               preamble=not m.get('atts'))
    if m.get('atts'):
        parts = [(ph, pd)]
        for n, a in enumerate(m['atts']):
            parts.append(attachment_part(a, slug, n, cs))
        ph, pd = multipart('mixed', parts, boundary(slug, 1))
    return ser_headers(h + ph) + b'\r\n' + pd


def relpath(m):
    return '%s/%03d-%s.eml' % (m['label'], m['num'], m['slug'])


def assign_numbers():
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    for num, i in enumerate(order, 1):
        MSGS[i]['num'] = num


def expected_files():
    assign_numbers()
    files = {}
    for idx, m in enumerate(MSGS):
        try:
            files[relpath(m)] = build(m, idx)
        except Exception as e:
            raise SystemExit('cannot build %s: %r' % (m['slug'], e))
    tsv = ''.join('%s\t%s\t%s\n' % (relpath(m), m['label'], m['reason'])
                  for m in sorted(MSGS, key=lambda x: x['num']))
    files['labels.tsv'] = tsv.encode('utf-8')
    return files


# ================================================================ messages
# --- dental: Brightwater Dental Group and its suppliers -------------------

BW = 'brightwaterdental.example.com'
SIG_BW_DESK = """\
Teresa Vallejo
Office Manager | Brightwater Dental Group
2210 Harbor Road, Suite 3, Eastlake, WA 98604
(360) 555-0114 | fax (360) 555-0115

This e-mail may contain confidential information intended only for the
addressee. If you received it in error, please delete it and let us know.
"""

add('none', 'dental-supply-invoice-oct',
    'supplier invoice to a dental office: product lines, PO and amounts, no patient',
    'Henley Dental Supply Billing <ar@henleydental.example.net>',
    'Teresa Vallejo <tvallejo@%s>' % BW,
    'Invoice HDS-448812 - Brightwater Dental Group - PO 2026-311',
    """\
Hello Teresa,

Please find attached invoice HDS-448812 for the order shipped on
October 2 (PO 2026-311). Two items were back-ordered and will ship
separately at no additional freight charge:

  - SonicPro 30K scaler insert, 25 kHz (qty 2)
  - Nitrile exam gloves, size S, case of 10 boxes (qty 1)

Terms are Net 30. If you pay through the dealer portal before
October 23 the 2% early-pay discount applies automatically.

Thanks for your business,
Delia Marchetti
Accounts Receivable, Henley Dental Supply
(503) 555-0172 | ar@henleydental.example.net
""",
    atts=[pdf('HDS-448812.pdf', [
        'HENLEY DENTAL SUPPLY - INVOICE HDS-448812',
        'Bill to: Brightwater Dental Group, 2210 Harbor Road, Suite 3, Eastlake WA 98604',
        'PO 2026-311     Account 40-1187     Invoice date 2026-10-02     Terms Net 30',
        '',
        'Item          Description                              Qty    Unit      Ext',
        'FV-5000-MT    Fluoride varnish 5% NaF, mint, 200 ct      2    84.50   169.00',
        'PX-220        Prophy paste, medium grit, 200 ct          3    31.75    95.25',
        'SB-1100       Saliva ejectors, clear/blue, 1000 ct       2    22.10    44.20',
        'EN-SM-10      Nitrile exam gloves S (case)               4    68.00   272.00',
        'SP-30K-25     SonicPro 30K scaler insert 25 kHz          2   118.00   236.00',
        'LA-ART-50     Articaine 4% 1:100k, 50 cartridges         1    79.90    79.90',
        '',
        'Subtotal 896.35    Freight 0.00    Tax 71.26    TOTAL DUE 967.61',
        'Questions: ar@henleydental.example.net  (503) 555-0172',
    ], flate=True)])

add('none', 'varnish-launch-webinar',
    'manufacturer product launch for a fluoride varnish; general clinical claims, no patient',
    'Coastal Oral Care <news@coastaloral.example.com>',
    'Dr. Anika Kovalenko <akovalenko@%s>' % BW,
    'New: GlazeGuard 5% NaF varnish - now with xylitol, and a free CE webinar',
    """\
Dear Dr. Kovalenko,

We are excited to introduce GlazeGuard, our new 5% sodium fluoride
varnish. It goes on thin, sets in under 10 seconds on a moist tooth
surface, and leaves no yellow tint - kids (and their parents) notice.

Why practices are switching:
  * 22,600 ppm fluoride in a unit dose of 0.4 mL
  * xylitol-sweetened, gluten-free, no artificial dyes
  * bubblegum, mint and melon flavours
  * indicated for hypersensitivity; widely used off-label for caries
    prevention in children at elevated risk

Join Dr. Helena Fairbrook on November 12 at 7:00 pm Pacific for a
one-hour webinar, "Varnish in the real world: recall intervals, risk
assessment and billing D1206". 1 CE credit.

Order a sample pack: https://coastaloral.example.com/glazeguard/samples

Coastal Oral Care, 88 Pier Street, Long Harbor, CA 90807
You received this because you are a registered customer. Unsubscribe:
https://coastaloral.example.com/u/ak-2210
""",
    html="""\
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>GlazeGuard</title></head>
<body style="margin:0;background:#eef6f9;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#0b6e8a;color:#fff;padding:24px;font-size:26px">GlazeGuard&trade; 5% NaF varnish</td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.5">
<p>Dear Dr. Kovalenko,</p>
<p>We are excited to introduce <b>GlazeGuard</b>, our new 5% sodium fluoride varnish. It goes on thin,
sets in under 10 seconds on a moist tooth surface, and leaves no yellow tint.</p>
<ul>
<li>22,600 ppm fluoride in a 0.4 mL unit dose</li>
<li>Xylitol-sweetened, gluten-free, no artificial dyes</li>
<li>Bubblegum, mint and melon</li>
<li>Indicated for hypersensitivity; widely used off-label for caries prevention in children at elevated risk</li>
</ul>
<p><b>Free CE webinar</b> - November 12, 7:00 pm Pacific: <i>Varnish in the real world: recall intervals,
risk assessment and billing D1206</i> with Dr. Helena Fairbrook. 1 CE credit.</p>
<p style="text-align:center"><a href="https://coastaloral.example.com/glazeguard/samples"
style="background:#f29d38;color:#fff;padding:12px 22px;text-decoration:none;border-radius:4px">Order a sample pack</a></p>
</td></tr>
<tr><td style="padding:14px;font-size:11px;color:#888">Coastal Oral Care, 88 Pier Street, Long Harbor, CA 90807.
<a href="https://coastaloral.example.com/u/ak-2210">Unsubscribe</a></td></tr>
</table>
</body></html>
""")

add('none', 'dea-renewal-dentist',
    "a dentist's own DEA registration renewal reminder; staff credential data, no patient",
    'Credentialing - Brightwater <credentialing@%s>' % BW,
    'Dr. Anika Kovalenko <akovalenko@%s>' % BW,
    'Your DEA registration expires 12/31 - renewal steps',
    """\
Dr. Kovalenko,

Quick reminder from the credentialing binder: your DEA registration
(DEA BK4829137, schedules 2, 2N, 3, 3N, 4, 5) expires on December 31.
The renewal window is open now and the fee is unchanged this cycle.

What I need from you:
 1. Log in to the registration site with your own credentials (I can't
    do this part for you) and complete the renewal application.
 2. Confirm your state dental licence number (DN 61742) and state
    controlled-substance registration are both current - they are, as
    far as I can see, until 2028.
 3. Forward me the confirmation PDF so I can update CAQH and the three
    dental plans that ask for it (Harbor Dental PPO, the two Medicaid MCOs).

Also for the file: NPI 1473829566, taxonomy 1223G0001X.

If you want to drop schedule 2 since you don't write for it anymore,
this is the moment to do it - let me know and I'll note it.

Thanks!
Teresa

""" + SIG_BW_DESK)

add('none', 'opioid-ce-course-invite',
    'staff CE session on opioid prescribing after extractions; education and calendar invite, no patient',
    'Dr. Anika Kovalenko <akovalenko@%s>' % BW,
    ['All Clinical Staff <clinical@%s>' % BW],
    'CE lunch 11/18: opioid prescribing after third-molar extraction (2 credits)',
    """\
Team,

As promised at the huddle, our state now requires every DEA-registered
prescriber to complete the opioid and substance-use training before the
next renewal, and honestly it's a good refresher for hygienists and
assistants too.

Dr. Marcus Obi from the oral surgery residency is coming in on
Wednesday November 18, 12:00-2:00, in the back conference room. Topics:

  - ibuprofen + acetaminophen vs. hydrocodone after third-molar
    extraction: what the trials actually show
  - checking the PDMP before you write anything
  - how many tablets is "enough" (spoiler: usually zero to six)
  - talking to a patient in recovery about pain control
  - safe disposal and what to tell parents of teenagers

Lunch is from Luigi's. The invite is attached - please accept so I can
give them a head count. Certificates will be e-mailed afterwards.

Anika
""",
    atts=[ics('ce-opioid-1118.ics', """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Brightwater Dental//Staff Calendar//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:ce-opioid-20261118@brightwaterdental.example.com
DTSTAMP:20261021T160000Z
DTSTART;TZID=America/Los_Angeles:20261118T120000
DTEND;TZID=America/Los_Angeles:20261118T140000
SUMMARY:CE lunch - Opioid prescribing after third-molar extraction (2 CE)
LOCATION:Back conference room, 2210 Harbor Road Suite 3
DESCRIPTION:Speaker Dr. Marcus Obi. Lunch provided. Bring your DEA number if you want it printed on the certificate.
ORGANIZER;CN=Anika Kovalenko:mailto:akovalenko@brightwaterdental.example.com
ATTENDEE;CN=Clinical Staff;ROLE=REQ-PARTICIPANT:mailto:clinical@brightwaterdental.example.com
END:VEVENT
END:VCALENDAR
""")])

add('none', 'recall-postcard-proof',
    'print vendor proof of a recall postcard with merge-field placeholders, no real patient',
    'Ana at PrintLoop <ana@printloop.example.com>',
    'Teresa Vallejo <tvallejo@%s>' % BW,
    'Proof #2 - recall postcards (6x9, glossy) - please approve by Friday',
    """\
Hi Teresa,

Here's proof #2 with your edits. I moved the logo up, changed "cleaning"
to "hygiene visit" everywhere and put the QR code on the front.

Front copy:
   It's been 6 months, {FIRST_NAME}!
   Your smile is due for a check-in.
   Scan to book, or call (360) 555-0114.

Back (merge fields in braces, pulled from your export):
   {FIRST_NAME} {LAST_NAME}
   {ADDRESS_1}
   {CITY}, {STATE} {ZIP}
   Last visit: {LAST_HYG_DATE}

Nothing from the patient list has been merged yet - we only do that
after you approve and upload the file through the secure link, same as
last spring. Quantity 1,800 at $0.41 each plus postage.

Ana Ferreira
PrintLoop Direct Mail | (971) 555-0188
""")

add('none', 'implant-fee-schedule-2027',
    'practice fee schedule for implant codes (CDT), no patient',
    'Teresa Vallejo <tvallejo@%s>' % BW,
    ['Front Desk <frontdesk@%s>' % BW, 'Dr. Samuel Ito <sito@%s>' % BW],
    '2027 implant fees - use these for quotes starting Jan 2',
    """\
Hi all,

Attached is the updated implant section of the fee schedule. Dr. Ito
signed off on it yesterday. Quotes written before January 2 keep the
old prices for 90 days, so don't re-quote anyone who already has a
treatment plan in hand.

The big change is the bone graft line (D7953), which went up because
our lab cost did. Custom abutments stay the same.

Teresa
""" + SIG_BW_DESK,
    atts=[csvatt('implant-fees-2027.csv', [
        ['CDT', 'Description', 'Fee 2026', 'Fee 2027'],
        ['D6010', 'Surgical placement of implant body: endosteal', '2150.00', '2225.00'],
        ['D6056', 'Prefabricated abutment', '590.00', '590.00'],
        ['D6057', 'Custom fabricated abutment', '785.00', '785.00'],
        ['D6058', 'Abutment supported porcelain/ceramic crown', '1480.00', '1520.00'],
        ['D6104', 'Bone graft at time of implant placement', '640.00', '665.00'],
        ['D7953', 'Bone replacement graft for ridge preservation', '520.00', '580.00'],
        ['D0367', 'Cone beam CT, both jaws', '310.00', '325.00'],
    ])])

add('none', 'parking-validation-question',
    'borderline: a patient asks only whether the garage validates parking; no appointment, care or bill content',
    'Harold Benning <hbenning@inbox.example.net>',
    'Brightwater Dental <frontdesk@%s>' % BW,
    'parking?',
    """\
Hello,

Does your office still validate for the Elm Street garage? Last time I
paid $14 and nobody at the desk seemed sure. If not, is there street
parking on Harbor that isn't 2-hour?

Thanks
Harold Benning
""", family=False)

add('none', 'spore-test-passed',
    'sterilizer biological-indicator mail-in result for the office autoclave; equipment QC, no patient',
    'SporeCheck Lab <results@sporecheck.example.org>',
    'Maren Oduya <moduya@%s>' % BW,
    'Weekly BI result: Sterilizer #2 (Aurex M11) - PASS',
    """\
Facility: Brightwater Dental Group (acct 77031)
Sterilizer: #2 Aurex M11 tabletop, serial V-118833
Cycle: pouched, 132 C / 4 min, load 4-B
Strip received: 2026-10-06   Incubated: 7 days at 56 C
Test strip: NEGATIVE for growth   Control strip: POSITIVE (valid)

RESULT: PASS

Keep this report with your sterilization log. Your next mailer kit will
ship with the November order.

SporeCheck Lab - 1 (800) 555-0131 - results@sporecheck.example.org
""")

add('none', 'printer-slow-be-patient',
    'coworker chat: "be patient, the printer is slow"; no health content',
    'Maren Oduya <moduya@%s>' % BW,
    'Jess Tran <jtran@%s>' % BW,
    'Re: printer??',
    """\
be patient, the printer is slow, it's doing the whole 40-page
OSHA binder someone sent at 7am. it'll get to your walkout
statements eventually. or use the one in Dr. Ito's office, it's
faster and nobody's in there till 10.

M

> On Tue, Oct 13, 2026 at 8:41 AM Jess Tran wrote:
> is the front printer broken again? nothing's coming out
""", reply='printer-q-1013', when='2026-10-13 08:52')

add('none', 'perio-charting-release-notes',
    'software release notes for a periodontal charting module; field names only',
    'PerioLink Support <releases@periolink.example.com>',
    'Brightwater IT <it@%s>' % BW,
    'PerioLink 4.2 release notes',
    """\
PerioLink 4.2 - release notes (October 2026)

New
 - Voice charting now accepts "bleeding" and "suppuration" after each
   site ("three bleeding two four") and fills BOP/SUP flags.
 - Six-point pocket depth grid shows recession and CAL in one view.
 - Furcation grade I-III per molar, with a new print layout.
 - Staging/grading helper (2017 classification) suggests a stage from
   CAL and bone-loss fields; the clinician still confirms it.

Fixed
 - PD values of 10+ mm were truncated to one digit on the PDF export.
 - Mobility field was cleared when switching from maxillary to
   mandibular arch on tablets.
 - The "compare to previous exam" toggle ignored implant sites.

Database
 - Adds columns perio_exam.cal_mm and perio_site.sup_flag. Run the
   migration after hours; it takes about 4 minutes per 10,000 exams.

Support: releases@periolink.example.com | (888) 555-0109
""")

add('none', 'hygienist-job-posting',
    'job posting for a dental hygienist; no patient',
    'Brightwater Careers <careers@%s>' % BW,
    'Eastlake Dental Hygiene Society <jobs@eastlakedhs.example.org>',
    'Please share: RDH position, 4 days/week, Brightwater Dental Group',
    """\
Hi Priya,

Could you post this on the society job board and in the next member
e-mail? Thank you!

  REGISTERED DENTAL HYGIENIST - Eastlake, WA 98604
  Brightwater Dental Group is a friendly four-doctor practice
  (general, perio and implants). Mon-Thu 7:30-4:30, no weekends.

  - current WA RDH licence, local anaesthesia endorsement
  - experience with SRP, periodontal charting and intraoral scanning
  - comfortable with nervous patients and with kids
  - $58-66/hour DOE, 401(k) with match, CE allowance, scrubs provided

  Apply: careers@brightwaterdental.example.com or call Teresa at
  (360) 555-0114.

Teresa
""")

add('none', 'out-of-office-hygienist',
    'automatic out-of-office reply; no health content',
    'Maren Oduya <moduya@%s>' % BW,
    'Coastal Oral Care <news@coastaloral.example.com>',
    'Automatic reply: New: GlazeGuard 5% NaF varnish',
    """\
Thanks for your e-mail. I'm out of the office from October 19 through
October 23 at a CE conference and will have limited access to e-mail.

For scheduling or anything urgent please call the front desk at
(360) 555-0114 or write to frontdesk@brightwaterdental.example.com.

Maren Oduya, RDH
Brightwater Dental Group
""", hdrs=[('Auto-Submitted', 'auto-replied')])

add('none', 'kids-brushing-newsletter-es',
    'Spanish-language practice newsletter on children\'s brushing and fluoride; general education',
    'Brightwater Dental Group <boletin@%s>' % BW,
    'Familias Brightwater <familias@lists.brightwaterdental.example.com>',
    'Boletín de otoño: cepillado, barniz de flúor y dulces de Halloween',
    None, lang='Spanish', cs='windows-1252', html_only=True, cte='quoted-printable',
    html="""\
<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>Boletín de otoño</title></head>
<body style="font-family:Georgia,serif;color:#333;max-width:620px">
<h2 style="color:#0b6e8a">Boletín de otoño de Brightwater</h2>
<p>Queridas familias:</p>
<p>Con Halloween a la vuelta de la esquina, les compartimos algunos consejos que nuestras higienistas repiten todos los días en el consultorio.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Edad</th><th>Pasta con flúor</th><th>¿Quién cepilla?</th></tr>
<tr><td>Menos de 3 años</td><td>Una capa del tamaño de un grano de arroz</td><td>Mamá, papá o quien cuide al niño</td></tr>
<tr><td>3 a 6 años</td><td>Del tamaño de un chícharo</td><td>El niño, con ayuda y revisión de un adulto</td></tr>
<tr><td>Más de 6 años</td><td>Del tamaño de un chícharo</td><td>El niño, dos veces al día, dos minutos</td></tr>
</table>
<p><b>¿Qué es el barniz de flúor?</b> Es una capa delgada que se pinta sobre los dientes en un minuto, no duele y ayuda a prevenir las caries. Muchos seguros lo cubren hasta dos o cuatro veces al año.</p>
<p><b>Los dulces:</b> no hace falta prohibirlos. Es mejor comerlos de una vez, después de la cena, que picar durante toda la tarde. ¡Y luego, a cepillarse!</p>
<p>Atendemos en español los martes y jueves. Llámenos al (360) 555-0114.</p>
<p style="font-size:11px;color:#777">Brightwater Dental Group · 2210 Harbor Road, Suite 3, Eastlake, WA 98604 · Para darse de baja responda con la palabra BAJA.</p>
</body></html>
""")

# phi: dental

add('phi', 'hygiene-recall-gregory',
    'recall e-mail to a named patient that he is due for his cleaning and bitewing x-rays',
    'Brightwater Dental Group <reminders@%s>' % BW,
    'Gregory Malloy <gmalloy@mail.example.com>',
    'Gregory, you are due for your hygiene visit',
    """\
Hi Gregory,

Our records show your last cleaning and exam with Maren was on April 8,
so you're due for your six-month hygiene visit. Dr. Kovalenko also asked
that we take updated bitewing x-rays at this one, and re-check the area
around your lower left molar (#19) that we've been watching.

Book online at https://book.brightwaterdental.example.com or reply to
this message with a couple of times that work for you.

See you soon!
Brightwater Dental Group
(360) 555-0114
""", html=True)

add('phi', 'perio-charting-okafor',
    "hygienist to dentist with a named patient's periodontal charting and SRP recommendation",
    'Maren Oduya <moduya@%s>' % BW,
    'Dr. Samuel Ito <sito@%s>' % BW,
    'Okafor, Grace - perio chart from today, needs your eyes',
    """\
Dr. Ito,

Grace Okafor (chart 20417) was in for her recall today. Her numbers
are worse than in March:

  UL: #2-#3 5-6 mm DL with BOP, #3 class I furcation
  LL: #18-#19 5-6 mm, #19 6 mm MB with suppuration
  LR: #30 4 mm, otherwise 2-3 mm
  Generalized BOP about 35% (was 18%)

She says she's been "really stressed" and stopped using her water flosser.
She's also newly on amlodipine from her PCP, and the gingiva around
the lower anteriors looks a little enlarged - I wondered about the
calcium channel blocker.

I recommended four-quadrant SRP and she'd like to start with the left
side. Can you look at the chart (attached) and her FMX before I book
her? She's OK with a Thursday.

Maren
""",
    atts=[csvatt('okafor-grace-perio-2026-10-14.csv', [
        ['tooth', 'site', 'pd_mm', 'bop', 'sup', 'rec_mm'],
        ['2', 'DL', '6', 'Y', 'N', '1'],
        ['3', 'DL', '5', 'Y', 'N', '1'],
        ['3', 'MB', '5', 'Y', 'N', '0'],
        ['18', 'DB', '5', 'Y', 'N', '1'],
        ['19', 'MB', '6', 'Y', 'Y', '1'],
        ['19', 'DL', '5', 'Y', 'N', '2'],
        ['30', 'MB', '4', 'N', 'N', '0'],
    ])])

add('phi', 'implant-quote-lindqvist',
    'implant treatment-plan estimate for a named patient, with insurance portion',
    'Teresa Vallejo <tvallejo@%s>' % BW,
    'Erik Lindqvist <erik.lindqvist@mail.example.org>',
    'Your implant estimate (#30) - Brightwater Dental',
    """\
Hi Erik,

As promised, here is the written estimate for replacing the lower right
molar (#30) that Dr. Ito extracted in August. The socket graft has had
time to heal, so the plan is:

  1. Implant placement (after a cone beam scan)
  2. About 3-4 months of healing
  3. Custom abutment and a zirconia crown

Total $4,340. Your Harbor Dental PPO plan pays 50% of implant services
after the deductible, up to the $1,500 annual maximum, so we estimate
your portion at about $2,840 if everything is done in 2027. If you
place the implant this December you would use what's left of your 2026
maximum ($620) and the rest in 2027 - ask me and I'll run both ways.

The PDF has the line items. The estimate is good for 90 days.

Teresa
""" + SIG_BW_DESK,
    atts=[pdf('Estimate_Lindqvist_Erik_tooth30.pdf', [
        'BRIGHTWATER DENTAL GROUP - TREATMENT ESTIMATE',
        'Patient: Erik Lindqvist    Chart 18852    DOB 1971-02-19',
        'Provider: Samuel Ito, DMD (NPI 1102938473)',
        'Insurance: Harbor Dental PPO, member HDP-6620318-01',
        '',
        'CDT    Tooth  Description                                Fee      Est. ins.',
        'D0367         Cone beam CT                                310.00    155.00',
        'D6010  30     Endosteal implant placement                2150.00    725.00',
        'D6057  30     Custom abutment                             785.00      0.00',
        'D6058  30     Abutment-supported ceramic crown           1095.00      0.00',
        '',
        'Total fee 4340.00   Estimated insurance 1500.00 (annual maximum)',
        'Estimated patient portion 2840.00',
        'This is an estimate, not a guarantee of payment. Valid 90 days.',
    ], flate=True)])

add('phi', 'crown-fell-off-again',
    "patient writes that her crown came off and asks to be seen",
    'Bev Tolliver <bevtolliver@inbox.example.com>',
    'Brightwater Dental <frontdesk@%s>' % BW,
    'crown came off AGAIN',
    """\
Hi, it's Beverly Tolliver. The crown on my top front tooth (the one
Dr K redid in June) popped off while I was eating toast this morning.
I have it in a baggie. It doesn't hurt but I look like a pirate and
I have my granddaughter's christening Saturday. Can someone glue it
back before then?? I can come any time tomorrow.

Bev
(sent from my phone)
""", family=True)

add('phi', 'premed-hip-lindgren',
    'front desk to hygienist: named patient with a hip replacement needs antibiotic premedication',
    'Jess Tran <jtran@%s>' % BW,
    'Maren Oduya <moduya@%s>' % BW,
    'Carl Lindgren 2:30 tomorrow - premed',
    """\
Maren - heads up for your 2:30 tomorrow, Carl Lindgren. He had his
left hip replaced in September and his orthopaedic surgeon wants him
to premedicate for the next year: amoxicillin 2 g an hour before the
cleaning. He already has the prescription from the surgeon's office, he
says, but please confirm he took it when he sits down. If he forgot we
have to reschedule, Dr. K said we can't write it for him.

Med history updated in the chart.

Jess
""")

add('phi', 'extraction-pain-reply-chain',
    'reply chain between a patient and the dentist about pain after an extraction and an opioid prescription (post-surgical, so phi)',
    'Dr. Anika Kovalenko <akovalenko@%s>' % BW,
    'Tomas Ruiz <tomas.ruiz@mail.example.net>',
    'Re: Re: still hurting after the extraction',
    """\
Tomas,

Thanks for the photo. The socket looks like it's healing, but the
throbbing that started on day 3 and goes up to your ear does sound
like a dry socket. Please come in at 8:00 tomorrow and we'll place a
dressing - it usually helps within an hour.

Until then, keep taking the ibuprofen 600 mg with the acetaminophen
500 mg every 6 hours. I'd rather not add more hydrocodone: you have
four of the six tablets left from Friday, so use one at bedtime only
if you can't sleep, and don't drive after it.

Dr. K

On Mon, Oct 12, 2026 at 6:02 PM, Tomas Ruiz wrote:
> It's day 4 and it's worse not better. The pain goes up into my ear
> and the Norco barely touches it. Is this normal? I'm attaching a
> pic, sorry it's gross.
>
> On Fri, Oct 9, 2026 at 3:15 PM, Dr. Anika Kovalenko wrote:
>> Tomas, you did great today. Gauze for an hour, no straws or smoking
>> for 72 hours, soft foods. Prescriptions went to Corner Apothecary.
""", reply='ruiz-dry-socket-1012', family=True, when='2026-10-12 19:10', tz='-0700')

add('restricted', 'methadone-dose-dental-note',
    "dental clinical note documenting a named patient's methadone maintenance dose (substance-use treatment)",
    'Dr. Samuel Ito <sito@%s>' % BW,
    'Dr. Anika Kovalenko <akovalenko@%s>' % BW,
    'Pruitt, Dale - extraction plan #14, meds',
    """\
Anika,

For Dale Pruitt (chart 21133) on Monday, extraction #14 with a possible
sinus communication. A few things so we're on the same page:

- He's on methadone 95 mg daily from Harborline Treatment Center,
  dosed in the morning. He gave permission for me to talk to his
  counsellor there, and they confirmed the dose last week.
- He asked us not to prescribe any opioid afterwards. Plan: ibuprofen
  600 + acetaminophen 1 g scheduled, long-acting bupivacaine at the
  end of the procedure.
- Methadone plus the azithro we'd usually give a penicillin-allergic
  patient is a QT concern, so if he needs an antibiotic use
  clindamycin and I'll mention it to his prescriber.
- Xerostomia from the methadone explains the root caries on the
  lower anteriors; fluoride 5000 toothpaste Rx given today.

Please keep this in the restricted section of the chart, not the
general notes - his consent to share covers us and the treatment
center only.

Sam
""", cat='substance use')

add('restricted', 'hiv-med-history-update',
    "dental office notes a named patient's HIV status and antiretroviral regimen in the health history",
    'Jess Tran <jtran@%s>' % BW,
    'Dr. Anika Kovalenko <akovalenko@%s>' % BW,
    'med hx update - Andre Whitfield',
    """\
Dr. K,

Andre Whitfield filled out the new health history today before his
cleaning and added that he's HIV positive, on Biktarvy one tablet a
day, and that his last viral load was undetectable in August. He
wrote "please don't discuss at the front desk" so I'm telling you here
instead of on the schedule notes.

He's asking if he needs to do anything different for the crown prep
next month. I told him you'd talk to him in the chair.

I marked the history reviewed but didn't type the details in the
appointment note.

Jess
""", cat='HIV')

add('phi', 'secure-tag-test-send',
    'borderline: [secure]-tagged test send with no patient content; marked messages are at least phi',
    'Teresa Vallejo <tvallejo@%s>' % BW,
    'Dr. Samuel Ito <sito@%s>' % BW,
    '[secure] test - please reply if this comes through encrypted',
    """\
Sam, IT set up the new encryption rule. I'm sending this with [secure]
in the subject to check it works. Nothing in here - just reply "got it"
and tell me whether you had to click through the portal to read it.

T
""", hdrs=[('X-Sensitivity', 'secure')])

# --- optometry: ClearSight Vision Centers --------------------------------

CS = 'clearsight.example.com'

add('none', 'lens-solution-order-confirm',
    'order confirmation for contact-lens solution and a case; no prescription or patient care',
    'ClearSight Online Store <orders@%s>' % CS,
    'Nadia Petrov <npetrov@mail.example.com>',
    'Order CS-2290417 confirmed - thanks, Nadia!',
    """\
Hi Nadia,

Thanks for your order! Here's what's on the way:

  2 x ClearRinse multipurpose solution, 12 fl oz     $21.98
  1 x Travel lens case, teal                        $3.49
  Subtotal                                         $25.47
  Shipping (free over $25)                          $0.00
  Tax                                               $2.04
  Total charged to Visa ending 4417                $27.51

Order number: CS-2290417
Estimated delivery: Thursday, October 15

We'll e-mail a tracking number when it ships. Questions? Reply to this
message or call (888) 555-0146.

ClearSight Vision Centers
""", html=True)

add('none', 'lens-solution-shipped-tracking',
    'shipping notice with a tracking number; no health content',
    'ClearSight Online Store <orders@%s>' % CS,
    'Nadia Petrov <npetrov@mail.example.com>',
    'Your order CS-2290417 has shipped',
    """\
Good news - your order is on its way.

  Order: CS-2290417
  Carrier: ParcelNorth Ground
  Tracking: 1ZW16A9040118837
  Track it: https://track.parcelnorth.example.net/1ZW16A9040118837

Items: ClearRinse multipurpose solution (2), travel lens case (1)

ClearSight Vision Centers - (888) 555-0146
""")

add('none', 'glaucoma-awareness-newsletter',
    'patient newsletter on glaucoma awareness; general education naming drugs, no individual',
    'ClearSight Vision Centers <newsletter@%s>' % CS,
    'ClearSight Patients <patients@lists.clearsight.example.com>',
    'January is Glaucoma Awareness Month: the thief of sight',
    """\
Glaucoma usually has no symptoms until a lot of vision is gone, which
is why it's called the "silent thief of sight". About half of people
who have it don't know.

Who should be checked more often?
  - anyone over 60, or over 40 with a parent or sibling with glaucoma
  - people with diabetes, high myopia, or long-term steroid use
  - people of African, Hispanic or Asian descent, who have higher risk
    of some forms

What does a glaucoma check involve? Eye pressure (tonometry), an OCT
scan of the optic nerve, and sometimes a visual field test. None of it
hurts.

If you already use drops like latanoprost, timolol or brimonidine:
keep using them every day even when your eyes feel fine, bring the
bottles to your visits, and ask us about a combination drop if you're
juggling more than one.

Book an eye exam: https://clearsight.example.com/book
ClearSight Vision Centers - 14 locations - (888) 555-0146
""", html=True)

add('none', 'frame-vendor-invoice',
    'frame supplier invoice and restock list to an optical shop; business mail',
    'Lunette Frame Co. <invoices@lunetteframes.example.net>',
    'Lena Brandt <lbrandt@%s>' % CS,
    'Lunette statement for September + restock list',
    """\
Hi Lena,

September statement for the Northgate store attached in the portal;
balance is $3,912.40, due Oct 30. Your rep also asked me to send the
restock list you requested:

  LF-2210 Aria, tortoise 50-18-140      x6
  LF-2210 Aria, crystal rose 50-18-140  x4
  LF-3104 Bexley, matte black 54-17-145 x8
  LF-4402 Kids Flex, blue 44-16-125     x10

The Kids Flex line is on a 15% promo through November.

Best,
Marisol
Lunette Frame Co. | (213) 555-0161
""")

add('none', 'oct-service-ticket',
    'equipment service ticket for an OCT scanner; serial numbers, no patient',
    'Photon Ophthalmic Service <service@photonoph.example.com>',
    'Dr. Paul Nakashima <pnakashima@%s>' % CS,
    'Service ticket SR-70316: OCT scanner - Northgate - motor fault',
    """\
Ticket SR-70316
Site: ClearSight Northgate, 4400 Canyon Blvd, Eastlake WA
Device: Photon HD-OCT 800, serial 0HD8-22917, software 6.3.1
Reported: "Error E-41 chin rest motor, scan aborts on the left eye"

Remote diagnosis found the Z-axis motor encoder out of range. A field
engineer (Brandon Cole) is booked for Tuesday 10/20, 7:30 am, before
clinic opens. Please make sure the device can be powered down and no
exams are scheduled on it until 10:00.

Under your service agreement this visit is covered. No patient data
leaves the device during service; if the hard drive must be replaced
it stays with you.

Photon Ophthalmic Service - (800) 555-0127
""")

add('none', 'eyewear-promo-fr',
    'French-language eyewear marketing e-mail; no individual',
    'Lunettes ClearSight Montréal <promo@clearsight-mtl.example.com>',
    'Clientèle ClearSight <clients@lists.clearsight-mtl.example.com>',
    'Deuxième paire à 50 % : l\'offre d\'automne est là',
    """\
Bonjour,

Les jours raccourcissent, mais vos lunettes n'ont pas à s'assombrir !
Jusqu'au 30 novembre, profitez de 50 % de rabais sur une deuxième
paire complète (monture et verres), qu'elle soit solaire, de lecture
ou pour l'écran.

Quelques nouveautés en boutique cette saison :
  - les montures Éole en acétate recyclé, en écaille ou vert sapin ;
  - des verres antireflet filtrant la lumière bleue, sans reflet jaune ;
  - une collection pour enfants, souple et presque incassable.

Nos opticiens vous attendent du lundi au samedi, sans rendez-vous,
au 1850, rue Sainte-Catherine Ouest. Stationnement gratuit pendant
deux heures.

Offre non cumulable, valable sur présentation de ce courriel.
Pour ne plus recevoir nos offres : https://clearsight-mtl.example.com/desabonnement

L'équipe ClearSight Montréal
514 555-0133
""", lang='French', cs='iso-8859-15', cte='8bit', tz='-0400')

add('none', 'saturday-clinic-schedule',
    'staff schedule for Saturday clinics; staff names only',
    'Lena Brandt <lbrandt@%s>' % CS,
    'Northgate Staff <northgate-staff@%s>' % CS,
    'Saturday coverage Nov-Dec',
    """\
Hi team, here's Saturday coverage through the end of the year. Swap
among yourselves if you need to, just cc me.

  Nov 7    Dr. Nakashima, Lena, Hugo
  Nov 14   Dr. Abara, Priti, Hugo
  Nov 21   Dr. Nakashima, Lena, Sam
  Nov 28   CLOSED (Thanksgiving weekend)
  Dec 5    Dr. Abara, Lena, Priti
  Dec 12   Dr. Nakashima, Sam, Hugo
  Dec 19   Dr. Abara, Lena, Sam
  Dec 26   CLOSED

Reminder that the first Saturday of each month is the kids' frames
event, so we need two in the optical.

Lena
""")

# phi: optometry

add('phi', 'glaucoma-followup-iop',
    "optometrist to a named patient about her eye pressure, her drops and a visual-field follow-up",
    'Dr. Paul Nakashima <pnakashima@%s>' % CS,
    'Marguerite Hayes <mhayes@mail.example.org>',
    'Your glaucoma follow-up: pressure results and next steps',
    """\
Dear Mrs. Hayes,

Thank you for coming in on Tuesday. I wanted to put your results in
writing, as you asked:

  Eye pressure: right 24 mmHg, left 17 mmHg (our goal for you is under 18)
  OCT: the nerve fibre layer in the right eye is a little thinner than
       in April, at the lower edge
  Visual field: we'll repeat it, because the one on Tuesday was not
       reliable (lots of fixation losses)

Since the right eye is above target on latanoprost alone, please add
one drop of timolol 0.5% in the RIGHT eye each morning. The
prescription went to Corner Apothecary. Keep using latanoprost in both
eyes at bedtime.

Please come back in 6 weeks for a pressure check and a repeat visual
field. If you notice any change in your vision before then, call us.

Warm regards,
Paul Nakashima, OD
ClearSight Vision Centers - Northgate
(360) 555-0152
""", html=True)

add('phi', 'contact-lens-order-with-rx',
    "contact-lens order confirmation that prints the named customer's lens prescription and prescriber",
    'ClearSight Online Store <orders@%s>' % CS,
    'Owen Kerrigan <okerrigan@inbox.example.org>',
    'Order CS-2291052: 2 boxes each eye - prescription verified',
    """\
Hi Owen,

Your prescription has been verified with your eye doctor and your
order is being packed.

  Patient: Owen Kerrigan
  Prescriber: Dr. Paul Nakashima, OD (NPI 1283647190), ClearSight Northgate
  Prescription expires: 03/2027

  RIGHT (OD)  AquaDay 1-Day toric  BC 8.6  DIA 14.5  PWR -3.25  CYL -1.25  AX 180   2 x 90
  LEFT  (OS)  AquaDay 1-Day toric  BC 8.6  DIA 14.5  PWR -3.75  CYL -0.75  AX 170   2 x 90

  Lenses        $312.00
  Rebate        -$50.00 (mail-in form in the box)
  Vision plan   -$130.00 (allowance applied)
  Total         $132.00

Order CS-2291052 - we'll send tracking when it ships.

ClearSight Vision Centers - (888) 555-0146
""", html=True)

add('phi', 'husband-latanoprost-refill',
    "wife asks the optometrist to refill her husband's glaucoma drops",
    'June Adeyemi <juneadeyemi@mail.example.net>',
    'ClearSight Northgate <northgate@%s>' % CS,
    'refill for Femi',
    """\
Good morning,

My husband Femi Adeyemi is almost out of his eye drops (the
latanoprost, little bottle with the teal cap). He sees Dr Nakashima,
I think the last visit was in the summer. Could you send a refill to
the Corner Apothecary on 5th? He has maybe 3 days left.

He's terrible with email so please just call me if you need anything,
360-555-0179.

Thank you,
June
""", family=True)

add('phi', 'retinopathy-screen-to-pcp',
    "optometrist's diabetic eye exam report on a named patient sent to her primary care doctor",
    'ClearSight Vision Centers <reports@%s>' % CS,
    'Eastlake Family Medicine <referrals@eastlakefm.example.org>',
    'Diabetic eye exam report - Ramirez, Lucia (DOB 1958-06-30)',
    """\
Eastlake Family Medicine - attn Dr. Ruth Kaplan

Re: Lucia Ramirez, DOB 06/30/1958
Exam date: 10/14/2026, Dr. Paul Nakashima, OD (NPI 1283647190)

Reason: annual diabetic eye exam (type 2 diabetes, on insulin)
VA cc: OD 20/25, OS 20/30
Dilated fundus exam: mild nonproliferative diabetic retinopathy both
eyes, a few dot-blot haemorrhages, no macular oedema on OCT.
Early cataract OS.

Impression: E11.3293 / E11.3292 - mild NPDR without macular oedema, OU.
Plan: repeat dilated exam in 12 months, sooner if vision changes.
Good glucose and blood pressure control reduce progression; her A1c per
patient is "around 8".

Report faxed and e-mailed at the patient's request.
ClearSight Vision Centers - reports line (360) 555-0153
""")


# --- pharmacies: Corner Apothecary (retail), Meridian Specialty, Halvorsen --

CA = 'cornerapothecary.example.com'
MSP = 'meridian-sp.example.net'
SIG_CA = """\
Corner Apothecary
418 Fifth Street, Eastlake, WA 98604
Pharmacy (360) 555-0121 | Fax (360) 555-0122
"""

add('none', 'flu-shot-flyer',
    'generic pharmacy flu-shot flyer, no individual',
    'Corner Apothecary <hello@%s>' % CA,
    'Corner Apothecary Customers <customers@lists.cornerapothecary.example.com>',
    'Flu shots are here - walk in, no appointment needed',
    None, html_only=True, html="""\
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Flu shots</title></head>
<body style="font-family:Verdana,sans-serif;background:#fffaf0;color:#222">
<div style="max-width:560px;margin:auto;border:3px solid #c0392b;padding:20px">
<h1 style="color:#c0392b;margin-top:0">FLU SHOTS ARE HERE</h1>
<p style="font-size:18px">Walk in any time. No appointment. Ages 3 and up.</p>
<ul style="font-size:15px">
<li>$0 with most insurance and Medicare Part B</li>
<li>No insurance? $38</li>
<li>High-dose vaccine for 65+</li>
<li>Get your COVID-19 booster at the same visit</li>
</ul>
<p>Mon-Fri 9-7, Sat 10-4<br>418 Fifth Street, Eastlake<br>(360) 555-0121</p>
<p style="font-size:12px;color:#666">Bring your insurance card and a photo ID. Vaccines are given by
licensed pharmacists. Side effects are usually mild: a sore arm, tiredness, low fever for a day.</p>
</div>
<p style="font-size:10px;color:#999;text-align:center">You're getting this because you signed up for
Corner Apothecary news. <a href="https://cornerapothecary.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

add('none', 'discount-card-ad',
    'prescription-discount card advertisement; drug prices, no individual',
    'SaveRx Card <offers@saverxcard.example.com>',
    'Dana Whitcomb <dana.whitcomb@mail.example.net>',
    'Pay less than your copay? Your free SaveRx card is inside',
    """\
Dana, stop overpaying at the pharmacy counter.

Your free SaveRx discount card works at 60,000 pharmacies, including
Corner Apothecary and every major chain. No sign-up, no fees, no
insurance needed - just show the card.

Typical prices with the card this month:
  atorvastatin 20 mg, 30 tabs ........ $9.80
  amoxicillin 500 mg, 21 caps ......... $7.40
  sertraline 50 mg, 30 tabs ........... $8.15
  metformin ER 500 mg, 60 tabs ........ $6.90
  albuterol HFA inhaler ............... $24.60

Member ID: SRX 880 412 7731   BIN 610999   PCN SAVE   GROUP W16A

This is not insurance. Discounts are only available at participating
pharmacies. Prices vary by location and change often.

See prices near you: https://saverxcard.example.com/prices
Unsubscribe: https://saverxcard.example.com/u
""", html=True)

add('none', 'cleanroom-certification-visit',
    "compounding pharmacy's cleanroom certification schedule; facility QC, no patient",
    'Halvorsen Compounding <ops@halvorsenrx.example.com>',
    'Certification Desk <schedule@cleanairtest.example.net>',
    'Confirming USP <797> recertification - Nov 3',
    """\
Hi Ross,

Confirming your team for the six-month recertification on Tuesday,
November 3, starting 6:00 am:

  - ISO 7 buffer room and ISO 8 ante room: particle counts, air
    changes per hour, pressure differentials
  - two primary engineering controls (LAFW and the CACI in the
    hazardous room): HEPA integrity and smoke studies
  - viable air and surface sampling, plates incubated by your lab

We'll have no compounding scheduled until noon. Please send the report
to me and to our PIC, Ingrid Halvorsen, PharmD (licence PH-60118).

Thanks,
Nils Berg
Operations, Halvorsen Compounding Pharmacy
(360) 555-0138
""")

add('none', 'wholesaler-invoice-ndc',
    'drug wholesaler invoice with NDC lines, between businesses',
    'Cascadia Drug Distributors <edi@cascadiadrug.example.net>',
    'Raj Menon <rmenon@%s>' % CA,
    'Invoice 7730551 - Corner Apothecary (acct 40218) - delivered 10/14',
    """\
Invoice 7730551 attached (CSV). Delivered 10/14 06:12, signed R. MENON.
C-II items were shipped against CSOS order 26CA-00931.

Credit memo for the damaged tote (two cartons of ondansetron ODT) will
follow by Friday.

Cascadia Drug Distributors - Customer Service (800) 555-0166
""",
    atts=[csvatt('inv-7730551.csv', [
        ['line', 'ndc', 'description', 'qty', 'unit_cost', 'ext'],
        ['1', '00093-7146-98', 'Atorvastatin 20mg tab 90', '12', '4.85', '58.20'],
        ['2', '68180-0513-03', 'Lisinopril 10mg tab 1000', '2', '11.40', '22.80'],
        ['3', '00378-6208-91', 'Sertraline 50mg tab 90', '10', '3.92', '39.20'],
        ['4', '12496-1208-03', 'Buprenorphine/naloxone 8-2mg film 30', '6', '89.10', '534.60'],
        ['5', '60505-2579-02', 'Emtricitabine/tenofovir DF 200-300mg 30', '3', '41.75', '125.25'],
        ['6', '00406-0512-01', 'Hydrocodone/APAP 5-325 tab 100', '2', '9.60', '19.20'],
        ['7', '16714-0293-01', 'Naloxone 4mg nasal spray 2pk', '24', '27.50', '660.00'],
    ])])

add('none', 'tech-shift-swap',
    'pharmacy technicians swapping a shift; no patient',
    'Kayla Brooks <kbrooks@%s>' % CA,
    'Devon Pham <dpham@%s>' % CA,
    'can you take my Sat 11/7?',
    """\
Hey Devon, any chance you can take my Saturday 11/7 (10-4)? My
sister's wedding got moved. I'll take your Tuesday close on the 10th
or the 17th, whichever you want. Raj already said fine as long as we
both sign the swap sheet.

K
""")

add('none', 'csos-dea-renewal-pharmacy',
    "pharmacy's own DEA registration and CSOS certificate renewal; registrant data, no patient",
    'Raj Menon <rmenon@%s>' % CA,
    'Owner <owner@%s>' % CA,
    'DEA renewal done + CSOS cert renewal next week',
    """\
Hi Lorna,

The pharmacy DEA registration renewal went through this morning:
DEA AC6172047, schedules 2-5, new expiration 11/30/2029. The confirmation
and receipt are in the compliance folder.

Next step is renewing my CSOS signing certificate (it's tied to the
registration). I'll need you to sign the coordinator form again as
the owner - I'll bring it Thursday. Until the new cert is issued I can
still order C-IIs on the old one through the end of the month.

Also, the biennial inventory is due May 1; I'd like to do it on a
Sunday in April when we're closed.

Raj Menon, PharmD, PIC
""" + SIG_CA)

add('none', 'metformin-lot-recall',
    'manufacturer recall notice listing lot numbers; no individual',
    'Cascadia Drug Distributors Recalls <recalls@cascadiadrug.example.net>',
    'Pharmacy Customers <pharmacies@lists.cascadiadrug.example.net>',
    'RECALL (Class II): metformin ER 500 mg and 750 mg, selected lots',
    """\
VOLUNTARY RECALL - RETAIL LEVEL

Product: Metformin hydrochloride extended-release tablets, 500 mg and
750 mg, bottles of 100 and 500
Manufacturer: Pellham Generics (fictional distributor notice)
Reason: NDMA above the acceptable intake limit in stability testing
Lots: MF50E-2611, MF50E-2614, MF75E-2602, MF75E-2609
Expiration: 03/2027 through 08/2027

Action: Quarantine affected stock and return through the reverse
distributor portal by 11/20. Do not tell patients to stop taking
metformin without talking to their prescriber; patients may keep
taking their current supply until a replacement is available.

Questions: recalls@cascadiadrug.example.net | (800) 555-0166 opt 4
""")

add('none', 'naloxone-staff-training',
    'staff training on naloxone and overdose response; education, no patient',
    'Raj Menon <rmenon@%s>' % CA,
    'All Staff <staff@%s>' % CA,
    'Mandatory: naloxone refresher before Nov 1',
    """\
Hi everyone,

Quick reminder that the naloxone refresher is due before November 1.
It's the 25-minute module in the training portal, plus a 5-minute
hands-on with the demo spray at the counter - grab me or Priscilla.

What I want everyone (techs and cashiers too) to be able to do:

  - recognise an opioid overdose: not waking up, slow or no
    breathing, blue lips, pinpoint pupils
  - call 911, give one spray in one nostril, start rescue breathing,
    second spray after 2-3 minutes if no response
  - know that anyone can buy naloxone over the counter now, no
    questions asked, and where it's shelved (aisle 4 endcap AND behind
    the counter)
  - know that our standing order lets a pharmacist dispense it to
    insurance at no cost for people who'd rather not buy it off the shelf

We also have the new fentanyl test strips in, free, in the basket by
the consult window. Don't ask people why they want them.

Thanks,
Raj
""" + SIG_CA)

add('none', 'flu-flyer-zh',
    'Simplified-Chinese pharmacy flu-shot flyer; no individual',
    '转角药房 Corner Apothecary <hello@%s>' % CA,
    '转角药房顾客 <customers-zh@lists.cornerapothecary.example.com>',
    '流感疫苗现已到货，无需预约，随到随打',
    """\
各位街坊邻居：

转角药房今年的流感疫苗已经到货。凡年满三岁者均可接种，无需预约。

接种时间：周一至周五上午九点至晚上七点；周六上午十点至下午四点
地点：第五街四一八号（大华超市斜对面）

一、大多数医疗保险和联邦医疗保险（Medicare B 部分）都可以报销，自付费用为零。
二、没有保险的朋友，自费价格为三十八美元。
三、六十五岁以上的长者可以选择高剂量疫苗。
四、新冠加强针也可以同一天一起打。

请带上您的保险卡和有照片的身份证件。如有疑问，欢迎致电 (360) 555-0121，
我们有会讲普通话和粤语的药剂师。

祝大家秋冬平安健康！
转角药房全体员工
""", lang='Chinese', cs='gb2312', cte='base64')

add('none', 'holiday-hours-vi',
    'Vietnamese pharmacy holiday-hours notice; no individual',
    'Nhà thuốc Corner Apothecary <hello@%s>' % CA,
    'Khách hàng Corner Apothecary <customers-vi@lists.cornerapothecary.example.com>',
    'Thông báo giờ mở cửa dịp Lễ Tạ Ơn',
    """\
Kính gửi quý khách,

Nhà thuốc Corner Apothecary xin thông báo giờ mở cửa trong dịp Lễ Tạ Ơn:

  - Thứ Năm 26/11: đóng cửa cả ngày
  - Thứ Sáu 27/11: 9 giờ sáng đến 3 giờ chiều
  - Thứ Bảy 28/11: giờ bình thường, 10 giờ sáng đến 4 giờ chiều

Nếu quý khách cần lấy thuốc trước kỳ nghỉ, xin vui lòng gọi điện hoặc
đặt qua ứng dụng trước thứ Tư 25/11 để chúng tôi kịp chuẩn bị. Trong
trường hợp khẩn cấp, nhà thuốc CityCare trên đường Harbor mở cửa 24 giờ.

Chúc quý khách và gia đình một mùa lễ ấm áp.

Nhà thuốc Corner Apothecary
418 Đường số 5, Eastlake
(360) 555-0121
""", lang='Vietnamese', cte='base64')

add('none', 'pharmacy-app-password-reset',
    'IT notice: password reset for a pharmacy app account; no health content',
    'Corner Apothecary App <no-reply@%s>' % CA,
    'Lewis Garber <lgarber@inbox.example.com>',
    'Your password was reset',
    """\
Hi Lewis,

The password for your Corner Apothecary app account was reset on
October 21 at 9:14 pm from an iPhone in Eastlake, WA.

If this was you, you're all set. If it wasn't, reset it again here and
call us so we can lock the account:
https://app.cornerapothecary.example.com/security

For your security we will never ask for your password by e-mail or text.

Corner Apothecary - (360) 555-0121
""")

add('none', 'specialty-network-contract',
    'specialty pharmacy contracting with a health plan; business terms, no patient',
    'Contracting - Meridian Specialty <contracts@%s>' % MSP,
    'Provider Network <network@keystonevalleyhp.example.org>',
    'Meridian Specialty - amendment 3 redlines (fertility and HIV classes)',
    """\
Hi Carmen,

Attached in the shared folder are our redlines to amendment 3. In
short:

  - We accept the AWP-19% rate for the fertility class (follitropins,
    menotropins, GnRH antagonists) but need the dispensing fee at
    $35 rather than $20 because of the cold-chain packaging.
  - For antiretrovirals and PrEP we'd like to keep 90-day supplies
    allowed at specialty, matching your retail network.
  - Section 7.2: we can meet 24-hour delivery in the metro but not in
    the three rural counties; proposing 48 hours there.

Happy to get on a call Thursday or Friday.

Best,
Paul Okonjo
Director of Payer Contracting, Meridian Specialty Pharmacy
(206) 555-0107
""")

# phi: pharmacies

add('phi', 'refill-ready-text',
    'refill-ready text forwarded to e-mail naming the patient and the drug',
    'Corner Apothecary Alerts <alerts@%s>' % CA,
    'maria.lozano.4421@sms.example.net',
    'Rx ready',
    """\
CORNER APOTHECARY: Rx for MARIA L is ready for pickup: ATORVASTATIN
20MG TAB (qty 90). Pick up by 10/30 or it returns to stock. Questions:
360-555-0121. Reply STOP to end texts.
""")

add('phi', 'rx-ready-display-name-walsh',
    "borderline: only the display name carries the patient's name and that a prescription is ready; body is generic",
    'Corner Apothecary - Rx ready for WALSH, DENISE <alerts@%s>' % CA,
    'dwalsh61@mail.example.com',
    'Your order is ready',
    """\
Your order is ready for pickup at 418 Fifth Street.
Pharmacy hours: Mon-Fri 9-7, Sat 10-4.
Reply STOP to opt out.
""")

add('phi', 'prior-auth-fax-ozempic',
    "fax-server notice; the prior-auth fax for a named patient's semaglutide is in the attachment and its file name",
    'FaxBridge <fax@faxbridge.example.net>',
    'Pharmacy Fax Inbox <fax@%s>' % CA,
    'Fax sent: 3 pages to (360) 555-0191',
    """\
Your fax was delivered.

  To:        (360) 555-0191 (Eastlake Family Medicine)
  From:      Corner Apothecary, (360) 555-0122
  Pages:     3
  Duration:  0:51
  Status:    OK

A copy of the transmitted document is attached.

FaxBridge - do not reply to this message.
""",
    atts=[pdf('PA_request_Nguyen_Thanh_semaglutide_2026-10-19.pdf', [
        ['PRIOR AUTHORIZATION REQUEST - FAX COVER',
         'To: Eastlake Family Medicine, Dr. Ruth Kaplan   Fax (360) 555-0191',
         'From: Corner Apothecary, Raj Menon PharmD   Fax (360) 555-0122',
         'Date: 10/19/2026     Pages: 3',
         '',
         'Patient: Thanh Nguyen     DOB 04/11/1969',
         'Plan: Keystone Valley Health Plan   Member ID KVH-30418827',
         'Drug: Ozempic (semaglutide) 0.5 mg/dose pen, inject weekly',
         'Claim rejected 75: prior authorization required.',
         'Please complete the attached plan form: type 2 diabetes diagnosis,',
         'most recent A1c, and metformin trial dates. Patient is waiting.'],
        ['KEYSTONE VALLEY HEALTH PLAN - GLP-1 AGONIST PA FORM',
         'Member: Thanh Nguyen   ID KVH-30418827   DOB 04/11/1969',
         'Diagnosis (ICD-10): ______   Most recent A1c: ______ Date: ______',
         'Metformin tried? Y / N   Dates: ____________',
         'Prescriber NPI: 1659203842   Signature: ______________________'],
    ], flate=True)])

add('phi', 'compounded-hydrocortisone-child',
    "compounding pharmacist to a pediatrician about a named child's compounded hydrocortisone",
    'Ingrid Halvorsen <ingrid@halvorsenrx.example.com>',
    'Dr. Benjamin Osei <bosei@eastlakepeds.example.org>',
    'Question on Rx for Amara Johnson - hydrocortisone suspension',
    """\
Dr. Osei,

We received your prescription for Amara Johnson (DOB 02/08/2022):
hydrocortisone 1 mg/mL oral suspension, 2.5 mg three times daily, for
her adrenal insufficiency.

Two things before we compound it:

1. There is now a commercial hydrocortisone granule product in 0.5 mg,
   1 mg, 2 mg and 5 mg capsules that can be sprinkled on food. Many
   endocrinologists prefer it because suspensions can be uneven. Would
   you like us to switch, or stay with the suspension? Her mother
   mentioned Amara won't take "sprinkle" medicines, so the suspension
   may be the better option anyway.
2. Please confirm the stress-dose instructions you'd like on the label
   (double or triple dose for fever over 38.5 C?).

Our beyond-use date for the suspension is 30 days refrigerated.

Ingrid Halvorsen, PharmD
Halvorsen Compounding Pharmacy - (360) 555-0138
""")

add('phi', 'pill-bottle-photo-dad',
    'daughter sends a described photo of her father\'s pill bottle and asks if he took a double dose',
    'Celeste Moreau <celeste.moreau@inbox.example.org>',
    'Corner Apothecary Pharmacist <pharmacist@%s>' % CA,
    'is this the right pill for my dad?? photo attached',
    """\
Hi, sorry to bother you, I'm at my dad's (Bernard Moreau) and I found
two bottles of what I think is the same thing. Photo attached of the
one I don't recognize. The label says:

   CORNER APOTHECARY  Rx# 6607214
   BERNARD MOREAU
   METOPROLOL SUCC ER 50MG TAB
   TAKE 1 TABLET BY MOUTH ONCE DAILY
   Dr. R. Kaplan   Qty 90   Refills 2

The other bottle is from the mail-order place and says metoprolol
tartrate 25 mg twice a day. He's been taking BOTH this week. He's
dizzy and his pulse on the cuff was 52 this morning. Is that because
of this?? Should I take him in? He says he's fine but he's 84 and stubborn.

Celeste (daughter) 360-555-0178
""", family=True,
    atts=[png('IMG_4471.png', bottle_painter)])

add('phi', 'warfarin-refill-father-big5',
    "son writes in Traditional Chinese asking for his named father's warfarin refill and an interaction question",
    '陳志明 <zm.chen@mail.example.net>',
    'Corner Apothecary 藥房 <pharmacist@%s>' % CA,
    '我爸爸的 warfarin 需要續領',
    """\
您好，

我是陳志明。我父親陳國華（一九四八年三月生）一直在貴藥房領
warfarin（可邁丁）五毫克，每天一顆，現在只剩下四天份了。

上星期他去 Kaplan 醫師那裡抽血，INR 是 2.6，醫師說劑量不用改。
可以麻煩幫他續領嗎？我星期六上午會過去幫他拿。

另外，他最近開始吃魚油和薑黃粉，醫師說要先問藥師會不會影響凝血，
麻煩您回信告訴我，謝謝！

陳志明
(360) 555-0186
""", lang='Chinese (Traditional)', cs='big5', cte='base64', family=True)

add('phi', 'mother-bp-meds-hi',
    "daughter writes in Hindi about her named mother's blood-pressure medicines and ankle swelling",
    'नेहा वर्मा <neha.verma@mail.example.com>',
    'Corner Apothecary <pharmacist@%s>' % CA,
    'माँ की बीपी की दवा के बारे में',
    """\
नमस्ते फ़ार्मासिस्ट जी,

मेरी माँ सरला वर्मा आपकी फ़ार्मेसी से एम्लोडिपिन 5 mg और लोसार्टन
50 mg लेती हैं। पिछले हफ़्ते डॉक्टर ने एम्लोडिपिन बढ़ाकर 10 mg कर दी,
क्योंकि उनका बीपी 160/95 के आसपास रह रहा था। लेकिन कल जो पैकेट
मिला उसमें फिर से 5 mg की ही गोलियाँ हैं।

क्या वे नई पर्ची आने तक दो गोलियाँ एक साथ ले सकती हैं? उनके पैरों में
थोड़ी सूजन भी आ रही है, क्या यह इसी दवा की वजह से हो सकता है?

कृपया मुझे (360) 555-0163 पर फ़ोन कीजिए। माँ को अंग्रेज़ी ज़्यादा नहीं
आती, इसलिए बात मैं ही करूँगी।

धन्यवाद,
नेहा
""", lang='Hindi', cte='base64', family=True)

# restricted: pharmacies

add('restricted', 'suboxone-refill-ready',
    "pharmacy tells a named patient his buprenorphine/naloxone refill is ready (opioid use disorder treatment)",
    'Raj Menon <rmenon@%s>' % CA,
    'Justin Calloway <jcalloway88@mail.example.net>',
    'Your refill is ready - and a note about the early fill',
    """\
Hi Justin,

Your buprenorphine/naloxone 8-2 mg films (14 films, take 1 twice a day)
are ready at the counter. Dr. Sato's office called this morning and
OK'd the early fill after your films got wet in the backpack, so
you're all set - the insurance went through too, $4.00 copay.

We keep these behind the counter, so just ask for the pharmacist at
pickup. If you'd prefer to pick up after 6 when it's quieter, that's
fine.

See you soon,
Raj Menon, PharmD
""" + SIG_CA, cat='substance use')

add('restricted', 'prep-refill-reminder',
    "refill reminder naming a patient's PrEP (HIV pre-exposure prophylaxis) and required HIV test",
    'Corner Apothecary <refills@%s>' % CA,
    'Kevin Alvarado <k.alvarado@mail.example.org>',
    'Time to refill your emtricitabine/tenofovir (PrEP)',
    """\
Hi Kevin,

Your 90-day supply of emtricitabine/tenofovir disoproxil 200/300 mg
(PrEP, 1 tablet daily) runs out around November 2.

Your prescriber's office will need a negative HIV test from the last
90 days before they can send the next refill, so if you haven't had
your lab visit yet, now's a good time.

Reply YES to have us request the refill from Dr. Sato, or call
(360) 555-0121.

Corner Apothecary
""", cat='HIV')

add('restricted', 'sertraline-psychiatry-refill',
    "pharmacy note on a named patient's sertraline prescribed by a psychiatrist for major depression",
    'Priscilla Obuya <pobuya@%s>' % CA,
    'Eastlake Behavioral Health - Psychiatry <rx@eastlakebh.example.org>',
    'Refill request: Hoang, Vivian - sertraline 100 mg',
    """\
Good afternoon,

Refill request for your patient:

  Patient: Vivian Hoang, DOB 09/12/1990
  Drug: sertraline 100 mg tablet, 1 daily, qty 30, last filled 09/24
  Prescriber: Dr. Lena Farrow, MD, Psychiatry (NPI 1827364500)
  Diagnosis on the Rx: F33.1 major depressive disorder, recurrent, moderate

The patient says Dr. Farrow talked about going up to 150 mg at her
last visit but the new dose was never sent. Please send either a
refill of 100 mg or a new Rx for 150 mg. She has 3 tablets left.

Thanks,
Priscilla Obuya, PharmD
""" + SIG_CA, cat='mental health')

add('restricted', 'ivf-med-shipment',
    "specialty pharmacy shipment notice for a named patient's IVF stimulation medicines",
    'Meridian Specialty - Fertility Team <fertility@%s>' % MSP,
    'Sana Sheikh <sana.sheikh@mail.example.com>',
    'Your medication shipment is on its way (cold pack - please refrigerate)',
    """\
Hi Sana,

Your fertility medications for the cycle starting November 7 shipped
today by overnight courier and will arrive tomorrow before 12:00 pm.
Someone needs to be home to sign.

In the box:
  - Gonal-f RFF Redi-ject 900 IU pen x1 (REFRIGERATE)
  - Menopur 75 IU vials x10, with mixing kit
  - Cetrotide 0.25 mg x5 (REFRIGERATE)
  - Ovidrel 250 mcg prefilled syringe x1 (REFRIGERATE)
  - pen needles, syringes, alcohol pads, sharps container

Prescribed by Dr. Alice Holloway, Lakeside Fertility Center.
Tracking: 7740 2231 9018 (courier portal)

A nurse from our fertility team will call you tomorrow afternoon to
go through the first injections. Please don't start anything until
your clinic confirms your start day.

Meridian Specialty Pharmacy - Fertility
(206) 555-0108, 7 days a week
""", cat='reproductive')

add('restricted', 'biktarvy-delivery-confirm',
    "specialty pharmacy confirms delivery of a named patient's antiretroviral therapy",
    'Meridian Specialty Pharmacy <care@%s>' % MSP,
    'Marcus Bell <mbell.home@inbox.example.net>',
    'Delivery scheduled: your November refill',
    """\
Hello Marcus,

We've scheduled your monthly refill for delivery on Friday, November 6,
between 10 am and 2 pm, in a plain box with no pharmacy name on the
outside, as you asked.

  Biktarvy (bictegravir/emtricitabine/tenofovir alafenamide) 50/200/25 mg
  30 tablets - take one tablet by mouth once daily
  Copay: $0.00 (manufacturer copay card applied)

Your HIV clinic asked us to remind you that your next viral load and
kidney labs are due in December.

To change the delivery window reply to this e-mail or call
(206) 555-0106.

Meridian Specialty Pharmacy - HIV Care Team
""", cat='HIV', html=True)

add('restricted', 'depo-injection-due',
    "pharmacy reminder to a named patient that her contraceptive injection is due",
    'Corner Apothecary <clinic@%s>' % CA,
    'Briana Coles <bcoles03@mail.example.com>',
    'Reminder: your Depo-Provera shot is due',
    """\
Hi Briana,

This is a reminder that your next medroxyprogesterone (Depo-Provera)
injection is due between November 9 and November 23 - 13 weeks from
your last shot on August 17 at our pharmacy clinic.

If you're more than 15 weeks out, we'll need a pregnancy test first
or you'll need back-up contraception, so try to come in on time.
Walk-ins welcome during pharmacist hours, or book a time at
https://cornerapothecary.example.com/clinic.

Corner Apothecary Pharmacist Clinic
(360) 555-0121
""", cat='reproductive')

add('restricted', 'prep-travel-refill-bn',
    "patient writes in Bengali asking for an early two-month PrEP supply and mentions his HIV test",
    'রাশেদ করিম <rashed.karim@mail.example.net>',
    'Corner Apothecary <pharmacist@%s>' % CA,
    'PrEP রিফিল – আগে নেওয়া যাবে কি?',
    """\
হ্যালো,

আমি রাশেদ করিম। আপনাদের ফার্মেসি থেকে আমি প্রতি মাসে PrEP (ডেসকোভি)
নিই। ডিসেম্বরের ৩ তারিখে আমি দুই মাসের জন্য দেশে যাচ্ছি, তাই দুই
মাসের ওষুধ একসাথে লাগবে। গত সপ্তাহে ক্লিনিকে আমার এইচআইভি পরীক্ষা আর
কিডনির রক্ত পরীক্ষা হয়েছে, সব ঠিক আছে।

বীমা কি আগাম রিফিল দেবে? না দিলে কত খরচ হবে জানাবেন। বাসায় এ নিয়ে
কোনো ফোন আসুক আমি চাই না, তাই দয়া করে শুধু ইমেইলে উত্তর দিন।

ধন্যবাদ,
রাশেদ
""", lang='Bengali', cat='HIV', family=True)

add('restricted', 'ivf-parcel-missing-ur',
    "husband writes in Urdu about his named wife's missing IVF medication parcel",
    'عمران شیخ <imran.shaikh@mail.example.org>',
    'Meridian Specialty - Fertility <fertility@%s>' % MSP,
    'میری بیوی کی آئی وی ایف کی دوائیں ابھی تک نہیں آئیں',
    """\
السلام علیکم،

میرا نام عمران شیخ ہے۔ میری بیوی ثنا شیخ کا آئی وی ایف کا علاج ڈاکٹر
ہالووے کے کلینک میں چل رہا ہے، اور ان کی دوائیں آپ کی فارمیسی سے آنی
ہیں: گونال ایف، مینوپور اور سیٹروٹائیڈ۔ کلینک نے بتایا تھا کہ پارسل
جمعرات تک پہنچ جائے گا، مگر ابھی تک کچھ نہیں آیا، اور انجکشن ہفتے کی
رات سے شروع کرنے ہیں۔

براہِ مہربانی بتائیں کہ پارسل کہاں ہے۔ اور کیا مینوپور کو فریج میں رکھنا
ضروری ہے؟ ہم دونوں بہت پریشان ہیں۔

شکریہ،
عمران شیخ
(360) 555-0147
""", lang='Urdu', cat='reproductive', family=True, tz='-0800', when='2026-11-05 21:40')


# --- occupational health, workers' compensation --------------------------

WW = 'workwell-occ.example.com'
GM = 'granitemutual.example.com'
SIG_WW = """\
WorkWell Occupational Health - Eastlake Clinic
3900 Industrial Way, Eastlake, WA 98605
Phone (360) 555-0130 | Fax (360) 555-0131
"""

add('none', 'dot-physical-pricing',
    'occupational clinic price list for employer accounts (DOT physicals, drug screens); no individual',
    'Carla Jensen <cjensen@%s>' % WW,
    'Fleet Safety - Pacific Pallet <safety@pacificpallet.example.com>',
    '2027 employer pricing - DOT exams, drug and alcohol testing',
    """\
Hi Mike,

As requested, here is your 2027 account pricing. Nothing changes for
services you already use; the new line is the oral-fluid lab test,
which DOT now allows as an alternative to urine.

  DOT physical (FMCSA, incl. dipstick UA)           $95
  Non-DOT pre-placement physical                    $85
  DOT 5-panel urine drug test, lab-based, MRO       $58
  Non-DOT 10-panel urine with fentanyl              $64
  Oral-fluid DOT test (when a lab is certified)     $62
  Breath alcohol test (EBT), screen + confirm       $38
  Post-accident testing after hours (call-out)     $150 + test
  Audiogram / spirometry                            $35 / $45

Invoices go out monthly to accounts payable with your account number
WW-3318 and the list of employee IDs tested - no results on invoices.

Carla Jensen
Client Services, WorkWell Occupational Health
""" + SIG_WW)

add('none', 'drug-panel-changes-bulletin',
    'occupational health newsletter on drug-testing panel changes; general, no individual',
    'WorkWell Occupational Health <news@%s>' % WW,
    'Employer Contacts <employers@lists.workwell-occ.example.com>',
    'Employer bulletin: fentanyl now on our standard non-DOT panel',
    """\
WorkWell Employer Bulletin - November 2026

1. Fentanyl added to the standard non-DOT panel
Starting December 1, our default non-DOT 10-panel includes fentanyl
and norfentanyl at no extra charge. If your written policy names a
specific panel, check with your counsel before the switch; we'll keep
running your current panel until you tell us otherwise.

2. Marijuana and safety-sensitive jobs
State law protects off-duty cannabis use for many applicants, but not
for federally regulated (DOT) positions or jobs your policy designates
as safety-sensitive. We can't give legal advice, but our MRO,
Dr. Denise Harlow, will present a free webinar on December 9.

3. Post-accident testing reminders
Collect within 8 hours for alcohol and 32 hours for drugs under DOT
rules. Don't wait for the police report.

4. Flu vaccine clinics at your site
Ten or more employees? We'll come to you in November, $32 per shot.

WorkWell Occupational Health - (360) 555-0130
""")

add('none', 'wc-fee-schedule-bulletin',
    "workers' compensation carrier bulletin on the medical fee schedule; no claimant",
    "Granite Mutual Provider Relations <providers@%s>" % GM,
    'Occupational Providers <providers-list@lists.granitemutual.example.com>',
    'Provider bulletin 26-11: 2027 medical fee schedule and billing reminders',
    """\
Granite Mutual Insurance - Workers' Compensation
Provider Bulletin 26-11

Effective January 1, 2027 the state workers' compensation medical fee
schedule increases the conversion factor for evaluation and management
services by 2.4%. Physical therapy units (97110, 97140, 97530) are
capped at four per visit without prior authorization.

Reminders:
  - Put the claim number in box 11 of the CMS-1500, not in box 19.
  - Attach the state activity prescription form to every initial and
    follow-up visit bill; bills without it will be pended.
  - Drug screens are payable only when ordered for a compensable
    injury or under an approved opioid treatment agreement.

Questions: providers@granitemutual.example.com or (800) 555-0174.
""")

add('none', 'random-testing-reminder-drivers',
    'employer notice to all drivers about the random drug-testing programme; no individual',
    'Mike Sorensen <msorensen@pacificpallet.example.com>',
    'All CDL Drivers <drivers@pacificpallet.example.com>',
    'Random testing program - Q4 selections start Monday',
    """\
Drivers,

Our third-party administrator runs the random selections for Q4 on
Monday. Same as always:

 - Selection is by computer from the whole pool. Being picked last
   quarter doesn't mean you won't be picked again.
 - If you're selected, your supervisor tells you in person and you go
   directly to WorkWell on Industrial Way. Don't stop for gas or coffee.
 - Bring your driver's licence. The collector will check it.
 - Refusing, or not going right away, counts as a positive.

If you take any prescription medication, you don't need to tell me or
your supervisor. The MRO will call you privately if anything comes up.

The written policy is on the break-room board and in the handbook.

Mike Sorensen
Safety Manager, Pacific Pallet Co.
(360) 555-0140
""")

add('none', 'badge-renewal-employee-id',
    'HR mail with an employee ID and badge expiry; no health content',
    'HR Service Center <hr@pacificpallet.example.com>',
    'Luc Baptiste <lbaptiste@pacificpallet.example.com>',
    'Action needed: your ID badge expires 11/15',
    """\
Hi Luc,

Your building access badge (employee ID 004417, badge 88-2061)
expires on November 15. Please stop by the front office any weekday
between 7 and 3 for a new photo. It takes five minutes.

If you've moved recently, update your address in the HR portal first
so your W-2 goes to the right place.

HR Service Center - Pacific Pallet Co.
(360) 555-0141
""")

add('none', 'safety-committee-invite',
    'meeting invitation for a safety committee; no individual health content',
    'Mike Sorensen <msorensen@pacificpallet.example.com>',
    ['Safety Committee <safetycommittee@pacificpallet.example.com>',
     'Carla Jensen <cjensen@%s>' % WW],
    'Invitation: Safety Committee - November',
    """\
Agenda:
 1. October incident log (3 first-aid cases, 0 recordables)
 2. Forklift pedestrian lanes in Building C
 3. Hearing conservation - audiogram dates for 2027
 4. Carla from WorkWell: on-site flu clinic logistics

Dial-in: (360) 555-0199, code 448 2019#
""",
    atts=[ics('invite.ics', """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Pacific Pallet//Outlook Bridge//EN
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:safety-2026-11@pacificpallet.example.com
DTSTAMP:20261026T170000Z
DTSTART;TZID=Pacific Standard Time:20261112T140000
DTEND;TZID=Pacific Standard Time:20261112T150000
SUMMARY:Safety Committee - November
LOCATION:Training room B / dial-in (360) 555-0199
ORGANIZER;CN=Mike Sorensen:mailto:msorensen@pacificpallet.example.com
ATTENDEE;CN=Safety Committee;RSVP=TRUE:mailto:safetycommittee@pacificpallet.example.com
ATTENDEE;CN=Carla Jensen;RSVP=TRUE:mailto:cjensen@workwell-occ.example.com
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
""")])

add('none', 'flu-campaign-betriebsarzt-de',
    'German occupational-physician announcement of a workplace flu vaccination campaign; no individual',
    'Betriebsärztlicher Dienst <betriebsarzt@kessler-antriebe.example.de.test>',
    'Alle Beschäftigten Werk Bremen <werk-bremen@kessler-antriebe.example.de.test>',
    'Grippeschutzimpfung 2026 im Werk Bremen: Termine',
    """\
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unser betriebsärztlicher Dienst allen
Beschäftigten am Standort Bremen eine kostenlose Grippeschutzimpfung
an. Die Impfung ist freiwillig und findet während der Arbeitszeit statt.

Termine:
  Di., 3. November, 7:00 bis 11:00 Uhr, Sanitätsraum Halle 4
  Do., 5. November, 13:00 bis 17:00 Uhr, Sanitätsraum Halle 4
  Mo., 9. November, 21:30 bis 23:30 Uhr (Nachtschicht), Verwaltung, Raum 0.14

Bitte bringen Sie, falls vorhanden, Ihren Impfpass mit. Eine Anmeldung
ist nicht nötig; erfahrungsgemäß ist es am Dienstagmorgen am ruhigsten.
Wer unsicher ist, ob die Impfung für ihn in Frage kommt, kann vorher
gern mit Frau Dr. Brückner sprechen.

Ihre Angaben im Aufklärungsbogen bleiben beim betriebsärztlichen Dienst
und werden nicht an Vorgesetzte oder die Personalabteilung weitergegeben.

Mit freundlichen Grüßen

Dr. med. Sabine Brückner
Fachärztin für Arbeitsmedizin
Kessler Antriebstechnik GmbH, Werk Bremen
Telefon 0421 555 0144
""", lang='German', cs='iso-8859-1', cte='quoted-printable', tz='+0100')

add('none', 'bhp-training-pl',
    'Polish workplace-safety training announcement; no individual',
    'Agnieszka Wróbel <a.wrobel@logis-trans.example.pl.test>',
    'Pracownicy magazynu <magazyn@logis-trans.example.pl.test>',
    'Szkolenie okresowe BHP - terminy na listopad',
    """\
Dzień dobry,

przypominam, że wszyscy pracownicy magazynu, którym w tym roku kończy
się ważność szkolenia okresowego BHP, muszą je odbyć do 30 listopada.
Szkolenie trwa 8 godzin i odbędzie się w sali konferencyjnej na
parterze w budynku B.

Terminy:
 - 12 listopada (czwartek), 7:00-15:00
 - 19 listopada (czwartek), 7:00-15:00
 - 26 listopada (czwartek), 14:00-22:00 dla zmiany popołudniowej

Proszę o zapisy u kierowników zmian do piątku. Przy okazji przypominam,
że okresowe badania lekarskie nadal wykonujemy w przychodni MedPraca
przy ul. Składowej, a skierowania wydaje dział kadr.

Pozdrawiam
Agnieszka Wróbel
Specjalista ds. BHP, Logis-Trans Sp. z o.o.
tel. 22 555 01 37
""", lang='Polish', cs='iso-8859-2', cte='quoted-printable', tz='+0100')

# phi: occupational health

add('phi', 'post-injury-screen-negative',
    "occupational clinic tells the employer a named employee's post-injury drug and alcohol tests were negative",
    'WorkWell Results <results@%s>' % WW,
    'Mike Sorensen <msorensen@pacificpallet.example.com>',
    'Post-accident test result - BAPTISTE, LUC - NEGATIVE',
    """\
Employer: Pacific Pallet Co. (acct WW-3318)
Donor: Luc Baptiste, employee ID 004417
Reason for test: post-accident (forklift, 10/20/2026 13:05), non-DOT
Collected: 10/20/2026 15:40, specimen ID 2611-04418

  10-panel urine drug test with fentanyl .......... NEGATIVE (MRO verified)
  Breath alcohol ................................... 0.000

Injury visit the same day: laceration of the left forearm, 6 sutures,
may return to work with restrictions (see separate work status report).

Verified by Denise Harlow, MD, MRO
""" + SIG_WW)

add('phi', 'return-to-work-note',
    "return-to-work status note for a named employee with restrictions after a shoulder injury (PDF)",
    'Dr. Denise Harlow <dharlow@%s>' % WW,
    'Linda Park <lpark@cedarcrestfoods.example.com>',
    'Work status: Ortiz, Ramon - modified duty through 11/13',
    """\
Linda,

Attached is Ramon Ortiz's work status report from today's recheck.
He can come back Monday on modified duty. His right shoulder strain is
improving with PT, but no overhead work and no lifting over 15 lb with
the right arm for two more weeks. I'll see him again on November 13.

If you don't have modified work that fits, please let his adjuster at
Granite Mutual know so his time-loss continues.

Denise Harlow, MD
""" + SIG_WW,
    atts=[pdf('work-status-ortiz-r-2026-10-30.pdf', [
        'WORKWELL OCCUPATIONAL HEALTH - WORK STATUS REPORT',
        'Employee: Ramon Ortiz     DOB 07/22/1979     Employer: Cedarcrest Foods',
        "Claim: Granite Mutual WC-26-204413     Date of injury: 10/06/2026",
        'Diagnosis: S46.011D strain of right rotator cuff, subsequent encounter',
        '',
        'Status: MODIFIED DUTY from 11/02/2026 to 11/13/2026',
        ' - No lifting, pushing or pulling over 15 lb with the right arm',
        ' - No work above shoulder height with the right arm',
        ' - May use left arm without restriction; may drive',
        'Treatment: physical therapy 2x/week; ibuprofen as needed',
        'Next visit: 11/13/2026 09:20',
        '',
        'Denise Harlow, MD   NPI 1938475625',
    ])])

add('phi', 'dot-physical-one-year-card',
    "medical examiner tells a named driver he got a one-year certificate because of his blood pressure",
    'WorkWell Eastlake <frontdesk@%s>' % WW,
    'Troy Whitaker <troy.whitaker@mail.example.com>',
    'Your DOT medical card - 1 year',
    """\
Hi Troy,

Your DOT physical is complete and your medical examiner's certificate
is attached in the portal. Because your blood pressure today was
148/92 (stage 1 on the FMCSA guideline) you qualified for a ONE-YEAR
card instead of two. It expires 10/27/2027.

Dr. Harlow suggests you see your regular doctor about the blood
pressure before your next exam. If it's under 140/90 next year, you
can go back to a two-year card.

Your sleep apnea screening questions were negative, and the hearing
and vision tests were normal.

WorkWell Occupational Health
(360) 555-0130
""")

add('phi', 'adjuster-authorizes-mri',
    "workers' comp adjuster authorises a lumbar MRI for a named claimant",
    'Colin Reyes <creyes@%s>' % GM,
    'Referrals - WorkWell <referrals@%s>' % WW,
    'RE: Auth request - Delgado, Hector - claim WC-26-198870',
    """\
Good morning,

Authorization approved:

  Claimant: Hector Delgado
  Claim: WC-26-198870   DOI 09/14/2026
  Accepted condition: lumbar sprain/strain (S39.012A)
  Service: MRI lumbar spine without contrast (72148)
  Auth #: GM-A-55102, valid 30 days, any in-network imaging center

Note that the L5 radicular symptoms are not yet an accepted condition.
If the MRI shows a disc herniation, please send the report and your
causation opinion and I'll take it to our medical reviewer.

Colin Reyes
Claims Adjuster, Granite Mutual Insurance
(360) 555-0175

> From: Referrals - WorkWell
> Sent: Tuesday, October 27, 2026 4:10 PM
> Subject: Auth request - Delgado, Hector - claim WC-26-198870
>
> Requesting MRI L-spine w/o. Six weeks of PT without improvement, new
> numbness in the right foot. Office notes attached.
""", reply='delgado-mri-req', when='2026-10-28 08:35')

add('phi', 'husband-hand-injury-pt',
    "wife writes in Portuguese about her named husband's hand laceration at work, his restrictions and a workers' comp claim",
    'Rosângela Souza <rosangela.souza@mail.example.net>',
    'WorkWell Eastlake <frontdesk@%s>' % WW,
    'Meu marido machucou a mão no trabalho - dúvidas',
    """\
Bom dia,

Meu nome é Rosângela Souza, sou esposa do Cláudio Souza. Ele trabalha
na Pacific Pallet e na terça-feira cortou a mão esquerda na serra. Foi
atendido aí na clínica de vocês, levou oito pontos e o médico deu um
papel dizendo que ele só pode voltar na segunda, sem usar a mão esquerda.

Só que o supervisor ligou hoje pedindo para ele voltar amanhã "só para
fazer serviço leve". A mão está muito inchada, vermelha e doendo
bastante, e o antibiótico está dando muito enjoo. Isso é normal? Ele
precisa voltar aí antes da consulta de sexta?

O número do processo que o seguro deu é WC-26-118204.

Ele não fala bem inglês, por isso sou eu que estou escrevendo. Podem me
ligar no (360) 555-0159.

Obrigada,
Rosângela
""", lang='Portuguese', cs='iso-8859-1', cte='quoted-printable', family=True)

add('phi', 'blood-lead-oru',
    "lab HL7 result message with a named worker's elevated blood lead level",
    'Tri-County Lab Interface <interface@tricountylab.example.net>',
    'WorkWell Results <results@%s>' % WW,
    'ORU batch 20261020-3 (1 message)',
    """\
Automated delivery from Tri-County Lab. One ORU^R01 message attached.
Acknowledge via MLLP or reply to this address if the file fails to load.
""",
    atts=[hl7('TCL_ORU_20261020_3.hl7', [
        'MSH|^~\\&|TCLAB|TRICOUNTY|WORKWELL|WWOH|202610201432||ORU^R01^ORU_R01|TCL2610200091|P|2.5.1',
        'PID|1||WW448120^^^WORKWELL^MR||Baptiste^Luc^A||19840522|M|||77 Quarry Rd^^Eastlake^WA^98604',
        'ORC|RE|WW-ORD-77312|TCL-26-0091||CM',
        'OBR|1|WW-ORD-77312|TCL-26-0091|5671-3^Lead [Mass/volume] in Blood^LN|||202610191015|||||||||1938475625^Harlow^Denise^^^^^^NPI',
        'OBX|1|NM|5671-3^Lead [Mass/volume] in Blood^LN||27|ug/dL|<3.5|H|||F|||202610201410',
        'OBX|2|NM|10368-9^Zinc protoporphyrin [Mass/volume] in Blood^LN||64|ug/dL|<40|H|||F|||202610201410',
        'NTE|1||Elevated. Repeat in 4 weeks per lead surveillance protocol; notify employer of exposure controls.',
    ])])

# restricted: occupational health

add('restricted', 'positive-screen-eap-referral',
    "MRO-verified positive drug test for a named employee with referral to a substance-use evaluation and treatment",
    'Dr. Denise Harlow <dharlow@%s>' % WW,
    'Linda Park <lpark@cedarcrestfoods.example.com>',
    'Confidential: verified result and referral - employee 20931',
    """\
Linda,

This is the designated employer representative notice for employee
20931, Shawn Meeker, random non-DOT test collected 10/22.

Verified result: POSITIVE for fentanyl and norfentanyl. I interviewed
Mr. Meeker by phone on 10/26; there is no legitimate medical
explanation.

Under your policy he's removed from safety-sensitive work. He told me
he has been using for several months and wants help, and he agreed to
an assessment. I've referred him to New Harbor Recovery Services for a
substance-use evaluation this Thursday, and they'll decide between
outpatient treatment with buprenorphine and a more intensive program.
He signed a Part 2 consent allowing them to tell you only whether he's
attending and whether he's fit to return - nothing about his treatment.

Please route this only to the people who need it for the leave.

Denise Harlow, MD, MRO
""" + SIG_WW, cat='substance use')

add('restricted', 'sap-follow-up-testing-plan',
    "substance abuse professional's return-to-duty and follow-up testing plan for a named DOT driver after treatment",
    'Grant Hollis, SAP <ghollis@sapservices.example.org>',
    'Mike Sorensen <msorensen@pacificpallet.example.com>',
    'SAP follow-up evaluation - Dwayne Kittredge (CDL)',
    """\
Mr. Sorensen,

I completed the follow-up evaluation for Dwayne Kittredge today. He
finished the 6-week intensive outpatient alcohol program at Cascade
Recovery on 10/23 and is attending weekly aftercare. In my judgement
he has complied with my recommendations.

He may take a return-to-duty test (breath alcohol under direct
observation is not required; a standard EBT and a urine drug test are).

Follow-up testing plan, to be kept confidential and NOT shared with
his future employers' supervisors:
  - 6 unannounced tests in the first 12 months (alcohol and drugs)
  - then 4 tests in months 13-24
  - continued aftercare for at least 6 months, plus his naltrexone as
    prescribed by his addiction medicine doctor

Please confirm the date of his return-to-duty test.

Grant Hollis, LICSW, SAP
(360) 555-0183
""", cat='substance use')

add('restricted', 'fitness-for-duty-ptsd',
    "occupational psychiatrist's fitness-for-duty opinion on a named police officer with PTSD treatment",
    'Dr. Miriam Estrada <mestrada@%s>' % WW,
    'Capt. Neil Forsythe <nforsythe@eastlakepd.example.gov.test>',
    'Fitness-for-duty evaluation - Ofc. Kara Lindell - summary',
    """\
Captain Forsythe,

As requested under the department's fitness-for-duty policy, I
evaluated Officer Kara Lindell on October 26 and 28.

Opinion: fit for duty with accommodations, effective November 9.

Findings you need: Officer Lindell has been treated for post-traumatic
stress disorder since the officer-involved shooting in June. She has
completed 14 sessions of prolonged exposure therapy, takes prazosin
and sertraline prescribed by her psychiatrist, and her symptoms are
in remission.

Accommodations for 90 days:
  - day shift only
  - no solo patrol for the first 30 days
  - she continues therapy every two weeks; she may attend during shift

I have not included her therapy notes or personal history, and I ask
that this letter be kept in the medical file, not in her personnel file.

Miriam Estrada, MD, MPH
Occupational and Forensic Psychiatry, WorkWell
""", cat='mental health')

# --- attorneys, release of information -----------------------------------

PI = 'prescott-imani.example.com'

add('none', 'hipaa-law-newsletter',
    "law firm's HIPAA newsletter for healthcare clients; general legal education",
    'Prescott & Imani LLP <insights@%s>' % PI,
    'Healthcare Clients <health-clients@lists.prescott-imani.example.com>',
    'Health Law Insights: right of access fines, reproductive health privacy, and texting',
    """\
Health Law Insights - November 2026

1. Right-of-access enforcement keeps coming
Regulators have now closed more than fifty right-of-access cases, most
against small practices that took months to send a patient's records.
The rule of thumb: 30 days, a reasonable cost-based fee, and the
format the patient asks for if you can produce it.

2. Reproductive health privacy
Rules protecting records of lawful reproductive health care remain in
flux in the courts. Until that settles, keep using the attestation form
for requests that could relate to such care, and call us before you
answer a subpoena from another state.

3. "Can I text my patients?"
Yes, with their agreement, a risk analysis and sensible limits. Don't
text lab results to a shared family phone. Don't text a patient of a
substance-use program from a personal phone at all.

4. Part 2 and HIPAA alignment
The compliance date for the updated 42 CFR Part 2 rule has passed.
Update your notice of privacy practices and your consent forms.

Prescott & Imani LLP | 1200 Commerce Street, Suite 1400, Eastlake WA
(360) 555-0160 | This newsletter is not legal advice.
""", html=True)

add('none', 'roi-fee-schedule',
    'release-of-information vendor fee schedule for attorney requests; no patient',
    'ClearPath ROI <billing@clearpathroi.example.net>',
    'Gwen Torres <gtorres@%s>' % PI,
    'Fee schedule for records requests - 2027',
    """\
Hi Gwen,

Per your question, our 2027 fees for attorney and third-party requests
are in the attached PDF. Patient requests for their own records are
handled at the lower patient-access rate and aren't on this sheet.

Everything can be delivered through the secure portal. If you need
paper, add postage.

Regards,
Hannah Lowe
ClearPath ROI - Client Services
(425) 555-0112
""",
    atts=[pdf('ClearPath_ROI_fee_schedule_2027.pdf', [
        'CLEARPATH ROI - THIRD-PARTY REQUEST FEE SCHEDULE (effective 01/01/2027)',
        '',
        'Basic retrieval and search fee ........................... $25.00',
        'Electronic copies, per page (1-30) ......................... $1.10',
        'Electronic copies, per page (31 and over) .................. $0.85',
        'Imaging films on CD ........................................ $30.00',
        'Certification of records / affidavit ....................... $15.00',
        'Rush (2 business days) ..................................... $40.00',
        'No-records certification ................................... $20.00',
        '',
        'Fees are set by the facility contract and state law. Invoices are',
        'payable within 30 days. Requests must include a valid HIPAA',
        'authorization or a subpoena with satisfactory assurances.',
    ], flate=True)])

add('none', 'compliance-consulting-invoice',
    'law firm invoice to a dental group for HIPAA compliance work; no patient',
    'Accounts - Prescott & Imani <accounts@%s>' % PI,
    'Teresa Vallejo <tvallejo@brightwaterdental.example.com>',
    'Invoice 26-3318 - Brightwater Dental Group - HIPAA risk analysis',
    """\
Dear Ms. Vallejo,

Please find below invoice 26-3318 for October:

  10/05  Review of current policies and BAAs (2.1 h)          $714.00
  10/12  Risk analysis workshop with staff (3.0 h)          $1,020.00
  10/19  Draft updated notice of privacy practices (1.4 h)    $476.00
  10/26  Breach response tabletop exercise (2.0 h)            $680.00
  Total                                                     $2,890.00

Matter 4410-002. Payment by check or ACH within 30 days. Bank details
are on the portal; we will never change them by e-mail.

Accounts Receivable, Prescott & Imani LLP
(360) 555-0160
""")

add('none', 'blank-authorization-template',
    'borderline: a blank HIPAA authorization template with empty fields; no individual',
    'Gwen Torres <gtorres@%s>' % PI,
    'Intake Team <intake@%s>' % PI,
    'Updated authorization form - use this one from now on',
    """\
Team,

Attached is the updated authorization we send to new personal-injury
clients. Changes: a separate initial box for mental health, substance
use treatment and HIV records (providers won't release those on a
general authorization), and an expiry of one year instead of "end of
litigation".

Template text, so you can paste it into the intake packet:

  AUTHORIZATION TO RELEASE HEALTH INFORMATION
  Patient name: __________________  Date of birth: ___/___/______
  I authorize: __________________ (provider)
  to release to: Prescott & Imani LLP, 1200 Commerce St, Eastlake WA
  Records: [ ] all  [ ] dates ______ to ______  [ ] billing only
  Initial to include:  ___ mental health  ___ substance use  ___ HIV
  Purpose: legal claim.  Expires: one year from signature.
  Signature: __________________  Date: __________

Please don't use the old form after Friday.

Gwen Torres, Senior Paralegal
Prescott & Imani LLP | (360) 555-0161
""")

add('none', 'gdpr-health-newsletter-it',
    'Italian law-firm newsletter on health data under GDPR; general legal education',
    'Studio Legale Ferraris & Bassi <newsletter@ferrarisbassi.example.it.test>',
    'Clienti dello Studio <clienti@lists.ferrarisbassi.example.it.test>',
    'Newsletter di novembre – Dati sanitari e GDPR: le domande più frequenti',
    """\
Gentili clienti,

in questo numero affrontiamo un tema che ci viene posto sempre più
spesso da studi medici, cliniche odontoiatriche e palestre: come
trattare correttamente i dati relativi alla salute.

1. I dati sanitari sono "categorie particolari" ai sensi dell'art. 9
del GDPR. Il loro trattamento è vietato, salvo eccezioni: tra queste,
la finalità di cura da parte di un professionista soggetto al segreto
professionale.

2. Palestre e centri benessere: il certificato medico per l'attività
sportiva è un dato sanitario. Va conservato separatamente dagli altri
dati del cliente, con accesso limitato a chi ne ha davvero bisogno.

3. Referti via e-mail: sono ammessi, ma è buona prassi cifrare
l'allegato e comunicare la password attraverso un canale diverso, per
esempio un SMS.

4. Violazioni di dati: la notifica all'autorità va fatta entro 72 ore
dalla scoperta, anche se le informazioni sono ancora incomplete.

Il 19 novembre terremo un webinar gratuito, dalle 17:30 alle 19:00.
Per iscriversi basta rispondere a questa e-mail.

Cordiali saluti,
Avv. Chiara Ferraris
Studio Legale Ferraris & Bassi
Via Manzoni 14, 20121 Milano - tel. 02 555 0126
""", lang='Italian', html=True, cte='quoted-printable', tz='+0100')

add('phi', 'records-request-injury',
    "attorney's records request naming the client, her date of birth and the car-accident injuries",
    'Gwen Torres <gtorres@%s>' % PI,
    'Records - Kinetic Sports Medicine <records@kineticsportsmed.example.com>',
    'Records request: Felicia Grant, DOB 03/14/1987 - DOI 06/02/2026',
    """\
To the Custodian of Records:

This office represents Felicia Grant (DOB 03/14/1987) in a claim
arising from a motor vehicle collision on June 2, 2026, in which she
sustained a cervical strain and a right knee injury (medial meniscus
tear, repaired arthroscopically on July 9).

Please provide complete records from June 2, 2026 to the present,
including physical therapy evaluations, daily notes, progress reports,
and itemised billing with CPT codes. A signed HIPAA authorization is
attached to our portal upload; please let me know if you need a wet
signature.

Please send an invoice with the records; we will pay your standard
fee on receipt.

Thank you,
Gwen Torres, Senior Paralegal
Prescott & Imani LLP
1200 Commerce Street, Suite 1400, Eastlake WA 98604
(360) 555-0161 | fax (360) 555-0162
""")

add('phi', 'subpoena-duces-tecum',
    "subpoena for a named patient's dental records and X-rays, in the attachment",
    'Docket Clerk - Prescott & Imani <docket@%s>' % PI,
    'Records - Brightwater Dental <records@brightwaterdental.example.com>',
    'Subpoena duces tecum - Hale v. Corvid Transport - service copy',
    """\
Attached please find a subpoena duces tecum served on Brightwater
Dental Group in the above matter, together with a notice to the
patient and our statement of satisfactory assurances.

Records are due on or before November 20, 2026. You may comply by
delivering certified copies to our office in lieu of appearing.

Docket Department
Prescott & Imani LLP | (360) 555-0160
""",
    atts=[pdf('Subpoena_Hale_v_Corvid_BrightwaterDental.pdf', [
        'SUPERIOR COURT OF THE STATE OF WASHINGTON FOR CLARK COUNTY (fictional caption)',
        'DARNELL HALE, Plaintiff, v. CORVID TRANSPORT LLC, Defendant.   No. 26-2-01187-9',
        'SUBPOENA DUCES TECUM',
        '',
        'TO: Custodian of Records, Brightwater Dental Group, 2210 Harbor Road, Eastlake WA',
        'YOU ARE COMMANDED to produce the following records for',
        'DARNELL HALE, DOB 11/30/1975:',
        ' - all dental records 01/01/2023 to present, including treatment of',
        '   the fractured teeth #8 and #9 and the mandible injury of 04/17/2026;',
        ' - radiographs, CBCT images, photographs, and the treatment plan;',
        ' - billing ledger and insurance claims.',
        '',
        'Date: 10/30/2026     Issued by: Jordan Imani, WSBA 48117, attorney for plaintiff',
        'Prescott & Imani LLP, 1200 Commerce St Ste 1400, Eastlake WA  (360) 555-0160',
    ])])

add('phi', 'signed-authorization-filename-only',
    "borderline: body says only 'signed form attached'; the patient's name, DOB and provider are in the PDF file name and content",
    'Gwen Torres <gtorres@%s>' % PI,
    'Release of Information - Silver Maple Home Health <roi@silvermaplehh.example.com>',
    'Authorization',
    """\
Hello,

Signed form attached. Please process with the request we faxed on
Monday.

Gwen
Prescott & Imani LLP
""",
    atts=[pdf('HIPAA_auth_signed_WEBB_Harriet_DOB1941-08-05_SilverMaple_wound_care.pdf', [
        'AUTHORIZATION TO RELEASE HEALTH INFORMATION',
        'Patient name: Harriet Webb     Date of birth: 08/05/1941',
        'I authorize: Silver Maple Home Health',
        'to release to: Prescott & Imani LLP, 1200 Commerce St, Eastlake WA',
        'Records: home health nursing notes and wound care photos, 03/01/2026 to 09/30/2026',
        '(pressure injury, sacrum, stage 4, developed at Brookview Care Center)',
        'Purpose: legal claim.   Expires: one year from signature.',
        'Signature: /s/ Dorothy Webb-Lang, daughter, durable POA   Date: 10/26/2026',
    ])])

add('restricted', 'psychotherapy-notes-request',
    "attorney requests a named client's psychotherapy and PTSD treatment records",
    'Jordan Imani <jimani@%s>' % PI,
    'Records - Harborview Counseling <records@harborviewcounseling.example.org>',
    'Request for mental health records - Darnell Hale',
    """\
Dear Records Custodian,

We represent Darnell Hale (DOB 11/30/1975) in a personal-injury claim.
Mr. Hale has been seeing Dr. Esther Moon at your practice since May for
post-traumatic stress disorder and depression following the collision.

Enclosed through our portal is his signed authorization, which
specifically initials mental health records, and separately authorises
release of psychotherapy notes. We ask for:

  - intake assessment, diagnoses and treatment plan
  - session dates and progress notes
  - psychotherapy notes, if Dr. Moon keeps them separately
  - any outcome measures (PCL-5, PHQ-9)

We understand you may want to speak with Mr. Hale before releasing
psychotherapy notes. He expects your call.

Jordan Imani, Attorney
Prescott & Imani LLP | (360) 555-0160
""", cat='mental health')

# --- life and disability insurers, paramedical exams ---------------------

NS = 'northstarlife.example.com'
RD = 'ridgeline-di.example.com'
VP = 'vitalpoint.example.net'

add('none', 'term-life-marketing',
    'life-insurance marketing e-mail; no health information about the recipient',
    'Northstar Life <offers@%s>' % NS,
    'Aaron Feld <aaron.feld@mail.example.org>',
    'Aaron, $500,000 of term life could cost less than your streaming bill',
    None, html_only=True, html="""\
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Northstar Life</title></head>
<body style="font-family:'Trebuchet MS',sans-serif;background:#f2f4f8">
<table width="600" align="center" style="background:#fff;border-radius:6px" cellpadding="24">
<tr><td>
<h2 style="color:#1d3557">Protect the people who count on you</h2>
<p>Hi Aaron,</p>
<p>A healthy 35-year-old can get <b>$500,000 of 20-year term life</b> from about <b>$22 a month</b>.
Apply online in 15 minutes. Many applicants are approved without a medical exam.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr style="background:#1d3557;color:#fff"><th>Coverage</th><th>Age 30</th><th>Age 40</th><th>Age 50</th></tr>
<tr><td>$250,000</td><td>$13</td><td>$18</td><td>$39</td></tr>
<tr><td>$500,000</td><td>$19</td><td>$29</td><td>$68</td></tr>
<tr><td>$1,000,000</td><td>$31</td><td>$49</td><td>$121</td></tr>
</table>
<p style="font-size:12px;color:#666">Sample monthly rates, preferred non-tobacco. Your rate depends on age, health
history and underwriting. Policy form NSL-T20-26.</p>
<p><a href="https://www.northstarlife.example.com/quote" style="background:#e63946;color:#fff;padding:10px 18px;text-decoration:none">Get my quote</a></p>
</td></tr></table>
<p style="text-align:center;font-size:11px;color:#888">Northstar Life &amp; Annuity Co., 500 Meridian Plaza, Eastlake WA.
<a href="https://www.northstarlife.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

add('none', 'di-underwriting-guide-update',
    'disability insurer broker bulletin on underwriting guidelines; names conditions generally, no applicant',
    'Ridgeline Broker Services <brokers@%s>' % RD,
    'Appointed Brokers <brokers-list@lists.ridgeline-di.example.com>',
    'Underwriting update: build chart, A1c limits and mental health look-back',
    """\
Ridgeline Disability Insurance - Broker Underwriting Update

Effective for applications signed on or after December 1:

 - Build chart: standard now available up to BMI 36 for occupation
   classes 4A-5A (was 34).
 - Diabetes: A1c up to 7.5% with no complications may be offered
   standard with an endocrine exclusion rider; 7.6-8.5% rated.
 - Mental and nervous: the look-back for a single episode of
   situational anxiety or depression treated only by a primary care
   physician drops from 5 to 3 years. Psychiatric hospitalisation
   still declines within 5 years.
 - Paramedical exams now required at $6,000/month benefit and above
   (was $5,000), with blood profile and urine.

Questions to your underwriting consultant or (800) 555-0118.
For broker use only; not for distribution to the public.
""")

add('none', 'paramed-examiner-roster',
    'paramedical exam vendor roster of examiners and territories; no applicants',
    'VitalPoint Scheduling <scheduling@%s>' % VP,
    'Northstar Underwriting Ops <uwops@%s>' % NS,
    'Examiner coverage - Eastlake metro, weeks of Nov 9 and Nov 16',
    """\
Hi team,

Coverage for the next two weeks in the Eastlake metro:

  Examiner            Territory (ZIPs)            Days           Languages
  Rochelle Dunn, LPN  98604, 98605, 98607         Mon-Fri        EN
  Tomasz Nowak, EMT   98660-98665                 Mon, Wed, Sat  EN, PL
  Ivana Cruz, MA      98682-98686                 Tue-Sat        EN, ES
  Peter Yoon, RN      98642, 98629 (rural)        Thu, Fri       EN, KO

Weekend and evening exams are available with Ivana and Tomasz. Mobile
ECGs: Rochelle and Peter only. Remember fasting exams should be booked
before 10 am.

VitalPoint Paramedical - (866) 555-0119
""")

add('none', 'agent-commission-statement',
    'agent commission statement listing policy numbers and premiums; no health content',
    'Northstar Agent Services <agents@%s>' % NS,
    'Brenda Oyelaran <boyelaran@oyelaraninsurance.example.com>',
    'Commission statement - October 2026 - agent 77-2104',
    """\
Agent: Brenda Oyelaran (77-2104)   Period: 10/01/2026 - 10/31/2026

  Policy        Product     Premium     Rate   Commission
  NSL-4418802   Term 20       $348.00   80%       $278.40
  NSL-4418957   Term 30       $912.00   85%       $775.20
  NSL-4420011   UL-Flex     $2,400.00   55%     $1,320.00
  NSL-3907741   Term 20 (renewal) $288.00  3%      $8.64
  Chargeback NSL-4401176 (lapsed month 4)              -$196.00
                                          Net     $2,186.24

Direct deposit on November 6 to account ending 0931.

Northstar Agent Services - (800) 555-0117
""")

add('none', 'policy-anniversary-statement',
    "annual policy statement to a policyholder (cash value, beneficiary), no health content",
    'Northstar Life Policy Services <service@%s>' % NS,
    'Gloria Whitman <gwhitman@inbox.example.com>',
    'Your annual statement for policy NSL-2811406',
    """\
Dear Gloria Whitman,

Your policy anniversary was October 15. Here is your summary:

  Policy: NSL-2811406, Universal Life
  Face amount: $250,000
  Cash value: $18,942.17 (up $1,104.55 from last year)
  Credited rate this year: 4.10%
  Planned premium: $175.00 monthly
  Primary beneficiary: Raymond Whitman (spouse), 100%

Your full statement is available in your online account. If you'd like
to change your beneficiary or premium, call us at (800) 555-0116.

Northstar Life Policy Services
""")

add('none', 'life-marketing-pt',
    'Portuguese life-insurance marketing; no individual health information',
    'Estrela do Norte Seguros <ofertas@estreladonorte.example.com>',
    'Fernanda Ribeiro <fernanda.ribeiro@mail.example.com>',
    'Fernanda, proteja quem você ama a partir de R$ 29,90 por mês',
    """\
Olá, Fernanda!

Você já pensou no que aconteceria com as contas da casa se você não
estivesse mais aqui? Ninguém gosta de pensar nisso, mas é justamente
para isso que existe o seguro de vida.

Com o Vida Simples da Estrela do Norte, você:

 - contrata em cinco minutos, pelo celular, sem exame médico para
   capitais de até R$ 300 mil;
 - escolhe os beneficiários e pode mudar quando quiser;
 - tem assistência funeral familiar e desconto em farmácias parceiras;
 - paga a partir de R$ 29,90 por mês, no boleto ou no cartão.

Faça uma simulação sem compromisso:
https://www.estreladonorte.example.com/simule

Estrela do Norte Seguros S.A. - Central de Atendimento 0800 555 0148
Se não quiser mais receber nossos e-mails, responda com SAIR.
""", lang='Portuguese', cs='iso-8859-1', cte='8bit', tz='-0300')

add('none', 'insurer-app-launch-ar',
    'Arabic insurer announcement of a new app and branch hours; no individual',
    'نورث ستار للتأمين <info@northstar-me.example.com>',
    'عملاء نورث ستار <customers@lists.northstar-me.example.com>',
    'إطلاق تطبيق نورث ستار الجديد ومواعيد عمل الفرع',
    """\
عملاءنا الكرام،

يسعدنا أن نعلن عن إطلاق تطبيقنا الجديد الذي يتيح لكم إدارة وثائق التأمين
على الحياة بسهولة من هاتفكم المحمول. من خلال التطبيق يمكنكم:

- الاطلاع على تفاصيل وثيقتكم وتاريخ تجديدها
- تحديث بيانات المستفيدين
- دفع الأقساط إلكترونيًا
- التواصل مع مستشار التأمين الخاص بكم

حمّلوا التطبيق الآن من متجر التطبيقات، وسجّلوا الدخول برقم الوثيقة ورقم
الهاتف المسجل لدينا.

كما نود إعلامكم بأن فرعنا في شارع الكورنيش سيعمل بمواعيد جديدة ابتداءً من
أول نوفمبر: من الأحد إلى الخميس، من الثامنة صباحًا حتى الرابعة عصرًا.

مع أطيب التحيات،
نورث ستار للتأمين على الحياة
هاتف 04 555 0139
""", lang='Arabic', cs='windows-1256', cte='8bit', tz='+0400')

add('none', 'aps-vendor-field-mapping',
    'config notes for an APS-request vendor integration with field names only; no applicant',
    'Ravi Subramanian <rsubramanian@%s>' % NS,
    'Integration Team - RecordPull <integrations@recordpull.example.net>',
    'APS order API - field mapping v3 (test env only)',
    """\
Hi all,

Here is the mapping we agreed on for APS orders. Test environment only
until UAT sign-off; please use the ZZTEST applicants, never production.

  northstar field           recordpull field           notes
  applicant_last_name       subject.family             required
  applicant_dob             subject.birthDate          YYYY-MM-DD
  applicant_ssn_last4       subject.ssn4               optional
  attending_physician_npi   provider.npi               10 digits, Luhn
  conditions_of_interest    request.focus[]            free text, max 5
  auth_form_pdf             attachments[0]             signed HIPAA auth

Sample test payload values: subject.family=ZZTEST, birthDate=1900-01-01,
provider.npi=1564738205 (test provider "Dr. Sample").

Ravi Subramanian
Underwriting Systems, Northstar Life
(360) 555-0169
""")

add('phi', 'paramed-exam-results',
    "paramedical exam and lab results for a named life-insurance applicant",
    'VitalPoint Results <results@%s>' % VP,
    'Helen Marsh <hmarsh@%s>' % NS,
    'Exam complete: OKONKWO, DANIEL - case NSL-UW-8831207',
    """\
Case: NSL-UW-8831207   Applicant: Daniel Okonkwo   DOB 12/02/1978
Exam date: 10/22/2026, examiner Ivana Cruz, MA (home visit)

Measurements
  Height 5'10"   Weight 214 lb   BMI 30.7
  BP 138/88, repeat 134/86   Pulse 76

Applicant-reported history
  - hypertension since 2021, lisinopril 20 mg daily
  - knee arthroscopy 2019
  - no tobacco in 5 years (quit)

Blood profile (fasting 10 h)
  Total cholesterol 228   HDL 41   LDL 151   Triglycerides 182
  HbA1c 6.1%   Glucose 108   GGT 54 (H)   Cotinine negative
Urine: protein trace, glucose negative

Full lab report in the case file.
VitalPoint Paramedical
""")

add('phi', 'aps-request-to-physician',
    "insurer requests an attending physician statement for a named applicant, listing the conditions of interest",
    'RecordPull APS Services <aps@recordpull.example.net>',
    'Records - Eastlake Family Medicine <records@eastlakefm.example.org>',
    'APS request on behalf of Northstar Life - Okonkwo, Daniel (DOB 12/02/1978)',
    """\
To the Records Department,

On behalf of Northstar Life & Annuity, we request an Attending
Physician Statement / copies of records for your patient:

  Name: Daniel Okonkwo   DOB: 12/02/1978
  Physician: Ruth Kaplan, MD (NPI 1659203842)
  Period: last 5 years
  Conditions of interest: hypertension, elevated liver enzymes, sleep
  study referral (2024), any cardiology referrals

The applicant's signed authorization is attached to the order in our
portal (order RP-26-1104482). We will pay your standard fee up to $50
without further approval.

RecordPull APS Services
(877) 555-0113 | fax (877) 555-0114
""")

add('phi', 'disability-aps-carpal-tunnel',
    "disability insurer asks a surgeon for an attending physician statement on a named claimant's carpal tunnel surgery",
    'Claims - Ridgeline Disability <claims@%s>' % RD,
    'Kinetic Sports Medicine - Dr. Ortega <aortega@kineticsportsmed.example.com>',
    'Claim RDI-26-04471 - Patricia Lam - attending physician statement due',
    """\
Dr. Ortega,

Your patient Patricia Lam has filed a short-term disability claim
(RDI-26-04471) for time off after right carpal tunnel release on
October 9. To keep benefits going past November 6 we need an updated
attending physician statement:

  - current restrictions and limitations (keyboard use, grip, lifting)
  - expected return-to-work date, full or part-time
  - whether occupational or hand therapy is ongoing, and how often

You can complete the form in our provider portal or fax it to
(800) 555-0129. Ms. Lam's signed authorization is on file.

Thank you,
Ines Callahan, Disability Claims Specialist
Ridgeline Disability Insurance - (800) 555-0128 ext 4471
""")

add('phi', 'paramed-appointment-confirm',
    "paramedical exam appointment confirmation to the applicant with fasting and blood/urine instructions",
    'VitalPoint Scheduling <scheduling@%s>' % VP,
    'Aisha Rahman <aisha.rahman@mail.example.net>',
    'Your Northstar Life exam is confirmed: Tue Nov 10, 7:30 am',
    """\
Hi Aisha,

Your paramedical exam for your Northstar Life application is booked:

  When: Tuesday, November 10, 7:30 am (about 30 minutes)
  Where: your home, 2218 Alder Court, Eastlake
  Examiner: Rochelle Dunn, LPN

Before the exam:
  - nothing to eat for 8 hours before (water is fine)
  - no heavy exercise, alcohol or tobacco for 12 hours
  - have a photo ID and a list of your medications and doctors ready

Rochelle will take your height, weight and blood pressure, and collect
a blood and urine sample. Results go to Northstar's underwriters.

Need to reschedule? Reply here or call (866) 555-0119.
VitalPoint Paramedical
""")

add('restricted', 'underwriting-hiv-positive',
    "underwriter memo that a named applicant's paramedical blood test was HIV-positive, with disclosure steps",
    'Helen Marsh <hmarsh@%s>' % NS,
    'Medical Director - Northstar <meddirector@%s>' % NS,
    'Case NSL-UW-8840013 - reactive HIV screen - need your review',
    """\
Dr. Weiss,

Case NSL-UW-8840013, applicant Luis Ferreira (DOB 05/19/1985), $750k
term. VitalPoint's lab reports the HIV-1/2 antibody/antigen screen as
reactive, confirmed positive on the differentiation assay. He answered
"no" to the HIV question on the application.

Before I do anything on the case:
  1. Under our state's rules he must be told of the result by a
     physician of his choosing, not by us. He named Dr. Grace Liu on
     the consent form. Can you make that call or send the letter?
  2. I'll hold the decision until we know whether he is in care and
     on antiretroviral therapy; with a suppressed viral load we can
     now offer rated coverage rather than decline.

I've locked the case to underwriting and medical only.

Helen Marsh, Senior Underwriter
""", cat='HIV')

add('restricted', 'aps-huntington-predictive-test',
    "APS reply disclosing a named applicant's predictive genetic test for Huntington disease",
    'Records - Eastlake Neurology <records@eastlakeneuro.example.org>',
    'RecordPull APS Services <aps@recordpull.example.net>',
    'RE: APS order RP-26-1109317 - Whitfield, Owen',
    """\
RecordPull,

Re order RP-26-1109317, Owen Whitfield, DOB 01/27/1990.

We're releasing the clinic notes you asked for, with one exception.
The chart includes Mr. Whitfield's predictive genetic testing for
Huntington disease (he has a family history; his father was
diagnosed at 48). His signed authorization does not include genetic
test results, and our state's genetic privacy law requires a specific
consent, so the genetic counselling notes and the CAG repeat result
are withheld.

Please tell the insurer that the remaining notes (migraine,
2021-2024) are in the portal. If they want the genetic records they
need a new, specific authorization from Mr. Whitfield.

Release of Information, Eastlake Neurology Associates
(360) 555-0171
""", reply='rp-26-1109317', cat='genetic')

add('restricted', 'disability-claim-mdd',
    "disability claim letter about a named claimant's major depressive disorder and psychiatric treatment",
    'Claims - Ridgeline Disability <claims@%s>' % RD,
    'Dr. Lena Farrow <lfarrow@eastlakebh.example.org>',
    'Claim RDI-26-05190 (Thomas Quade) - psychiatric APS and treatment plan',
    """\
Dr. Farrow,

We are reviewing the long-term disability claim of your patient Thomas
Quade (claim RDI-26-05190), who stopped work on July 27 with major
depressive disorder, severe, without psychotic features.

To decide the claim past the elimination period we need:
  - your most recent mental status exam and PHQ-9 / functional ratings
  - current medications and doses (we have venlafaxine 225 mg and
    aripiprazole 5 mg from the pharmacy claims; please confirm)
  - frequency of psychotherapy and whether a partial hospital or IOP
    program has been considered
  - your estimate of when he could return, even part-time

Mr. Quade's authorization for mental health records is attached to the
portal request. Please do not send psychotherapy process notes.

Ines Callahan, Disability Claims Specialist
Ridgeline Disability Insurance - (800) 555-0128
""", cat='mental health')


# --- schools and university student health -------------------------------

LP = 'lpusd.example.org'
AU = 'ashford-university.example.org'
SIG_NURSE = """\
Rosa Delgado, RN, NCSN
School Nurse - Maple Street Elementary
Linden Park Unified School District
(360) 555-0135 | fax (360) 555-0136
"""

add('none', 'school-immunization-clinic-schedule',
    'school immunisation-clinic schedule for families; no student named',
    'Linden Park Health Services <health@%s>' % LP,
    'Maple Street Families <families-maple@lists.lpusd.example.org>',
    'Free vaccine clinic at Maple Street - Saturday, November 14',
    None, html_only=True, html="""\
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Vaccine clinic</title></head>
<body style="font-family:Arial,sans-serif;font-size:15px">
<h2 style="color:#2e7d32">Free school vaccine clinic</h2>
<p>Dear Maple Street families,</p>
<p>The county mobile clinic is coming to our gym. Any child enrolled in a Linden Park school can come,
with or without insurance. No appointment needed.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#e8f5e9"><th>Date</th><th>Time</th><th>Place</th></tr>
<tr><td>Saturday, November 14</td><td>9:00 am - 1:00 pm</td><td>Maple Street Elementary gym</td></tr>
<tr><td>Wednesday, November 18</td><td>3:30 pm - 6:30 pm</td><td>Linden Park Middle School library</td></tr>
</table>
<p><b>Available:</b> DTaP, polio, MMR, varicella, hepatitis B, Tdap and HPV for 7th graders,
meningococcal for 11th graders, and flu vaccine for everyone 6 months and older.</p>
<p>Please bring your child's vaccine record. A parent or guardian must sign the consent form
(we will have forms in English, Spanish, Somali, Haitian Creole and Vietnamese).</p>
<p>Questions? Call the district health office at (360) 555-0135.</p>
<p style="font-size:12px;color:#777">Linden Park Unified School District Health Services</p>
</body></html>
""")

add('none', 'student-health-survey-aggregate',
    'aggregate student health survey results by grade; no individual',
    'Dr. Omar Faizal <ofaizal@%s>' % LP,
    'School Board <board@%s>' % LP,
    'Healthy Youth Survey 2026 - district summary for the Nov 17 meeting',
    """\
Board members,

Ahead of the November 17 meeting, here is the district summary of the
spring 2026 Healthy Youth Survey (grades 8, 10 and 12; 2,412 responses,
71% participation). The CSV has the percentages by grade. Cells with
fewer than 10 respondents are suppressed.

Headlines:
  - 37% of 10th graders reported feeling sad or hopeless almost every
    day for two weeks or more; down from 41% in 2024.
  - Vaping in the last 30 days: 6% (8th), 14% (10th), 19% (12th).
  - 1 in 5 students sleeps fewer than 6 hours on school nights.
  - 68% know at least one adult at school they could talk to.

Our counselling and health staff will present next steps.

Omar Faizal, EdD
Director of Student Services
""",
    atts=[csvatt('hys-2026-district-summary.csv', [
        ['indicator', 'grade_8_pct', 'grade_10_pct', 'grade_12_pct'],
        ['sad_or_hopeless_2wk', '29', '37', '35'],
        ['considered_suicide_12mo', '14', '17', '15'],
        ['vaped_30d', '6', '14', '19'],
        ['alcohol_30d', '5', '13', '24'],
        ['cannabis_30d', '4', '11', '18'],
        ['sleep_lt6h_schoolnight', '12', '21', '27'],
        ['adult_at_school_to_talk_to', '71', '66', '67'],
        ['respondents', '842', '803', '767'],
    ])])

add('none', 'family-trip-absence',
    'parent excuses a child from school for a family trip; no health content',
    'Melissa Hartley <mhartley@mail.example.com>',
    'Maple Street Attendance <attendance-maple@%s>' % LP,
    'Ava Hartley (Ms. Carter, 3rd grade) - out Nov 23-25',
    """\
Hello,

Ava Hartley in Ms. Carter's 3rd grade class will be out Monday
November 23 through Wednesday November 25. We're flying to my
grandmother's 90th birthday in Ohio and making a week of it over
Thanksgiving.

Ms. Carter already sent a packet home so she won't fall behind. Please
let me know if I need to fill out anything else for a pre-arranged
absence.

Thank you,
Melissa Hartley
(360) 555-0189
""", family=False)

add('none', 'campus-flu-clinic-dates',
    'university student health announces flu-shot clinics; general, no student',
    'Ashford Student Health <studenthealth@%s>' % AU,
    'All Students <students@lists.ashford-university.example.org>',
    'Flu shots on campus: 4 walk-in clinics this month',
    """\
Flu season is here, and so are free flu shots.

  Mon Nov 2    10 am - 2 pm   Student Union, Room 210
  Thu Nov 5    11 am - 3 pm   Hale Library lobby
  Tue Nov 10    4 pm - 7 pm   North Residence Hall lounge
  Fri Nov 13   10 am - 1 pm   Recreation Center

Bring your student ID and your insurance card (if you're on the
student health plan, just the ID). No insurance? Still free.

Can't make it? Book a nurse visit at Student Health, or get one at any
pharmacy - your student plan covers it at $0.

Ashford University Student Health Services
(360) 555-0150
""")

add('none', 'stress-less-week-newsletter',
    'counselling-centre wellbeing newsletter with general resources and the 988 line; no individual',
    'Ashford CAPS <caps@%s>' % AU,
    'All Students <students@lists.ashford-university.example.org>',
    'Stress Less Week: therapy dogs, free yoga, and how to get support',
    """\
Finals are coming. Counseling & Psychological Services (CAPS) wants to
make the next few weeks a bit easier.

STRESS LESS WEEK, November 30 - December 4
  - therapy dogs in the library, Monday and Wednesday 1-3 pm
  - free yoga at the Rec Center every morning at 7:30
  - "Sleep, caffeine and your brain" workshop, Tuesday 6 pm
  - pancakes at midnight, Thursday, in the Union

Getting support
  - Same-day drop-in consultations, weekdays 10 am - 4 pm.
  - Groups this term: Grief & Loss, Managing Anxiety, Queer & Trans
    Student Support, Grad Student Stress.
  - After hours, call the CAPS line at (360) 555-0151 and press 2.
  - In a crisis anywhere in the US, call or text 988.

Visiting CAPS is confidential and does not appear on your academic
record.

Ashford University Counseling & Psychological Services
""", html=True)

add('none', 'medication-forms-reminder',
    'school nurse newsletter reminding all parents about medication forms; no student named',
    'Rosa Delgado <rdelgado@%s>' % LP,
    'Maple Street Families <families-maple@lists.lpusd.example.org>',
    "Nurse's corner: medication at school, and what to do about fevers",
    """\
Hello Maple Street families,

A few reminders from the health office as we head into cold and flu
season:

Medication at school. Any medicine your child needs at school,
including over-the-counter ones like ibuprofen or cough drops, needs a
medication authorization form signed by you and your child's health
care provider. Inhalers and EpiPens can be carried by students who are
old enough once the form is signed. Forms are on the district website
or in the office.

Fevers. Please keep your child home until they've been fever-free for
24 hours without fever-reducing medicine.

Vision and hearing screenings for K, 1, 3 and 5 are on November 9-10.
You'll only hear from me if your child needs a follow-up.

Thank you!
""" + SIG_NURSE)

add('none', 'residence-hall-mold-inspection',
    'university housing notice about a building inspection; no health content about anyone',
    'Ashford Housing <housing@%s>' % AU,
    'North Hall Residents <northhall@lists.ashford-university.example.org>',
    'North Hall: moisture inspection in rooms ending in 04 and 05, Nov 3-4',
    """\
Hi North Hall,

After the roof leak during last week's storm, Facilities will inspect
every room ending in 04 or 05 on floors 2-5 for moisture on Tuesday
and Wednesday (Nov 3-4), between 9 am and 4 pm. They'll knock, check
the wall behind the desk with a moisture meter, and leave. You don't
need to be there.

If you see a stain, smell something musty, or your window frame is
wet, submit a work order at https://housing.ashford-university.example.org/fixit.

Thanks for your patience,
Ashford University Housing & Residence Life
""")

add('none', 'vaccine-requirements-es',
    'Spanish district notice to families about school vaccine requirements; no student',
    'Servicios de Salud de Linden Park <salud@%s>' % LP,
    'Familias de Linden Park <familias-es@lists.lpusd.example.org>',
    'Requisitos de vacunas: fecha límite el 1 de diciembre',
    """\
Estimadas familias:

Les recordamos que, según la ley estatal, todos los estudiantes deben
tener sus vacunas al día o contar con una exención válida antes del
1 de diciembre. Los alumnos que no cumplan con este requisito no podrán
asistir a clases hasta que se entregue la documentación.

¿Qué vacunas se requieren?
 - Kínder: DTaP, polio, MMR (sarampión, paperas y rubéola), hepatitis B
   y varicela
 - 7.º grado: refuerzo de Tdap
 - Todos los grados: dos dosis de MMR y dos de varicela

¿Dónde vacunarse sin costo?
La clínica móvil del condado estará en la Escuela Primaria Maple Street
el sábado 14 de noviembre, de 9:00 a 13:00. No se necesita cita ni
seguro médico. Traigan la cartilla de vacunación de su hijo o hija.

Si vacunó a su hijo en otro país, puede entregar la cartilla original
en la oficina de la enfermera; nosotros le ayudamos con la traducción.

Atentamente,
Rosa Delgado, RN
Enfermera escolar, Distrito Escolar Unificado de Linden Park
(360) 555-0135
""", lang='Spanish', cs='iso-8859-1', cte='quoted-printable')

add('none', 'flu-season-notice-so',
    'Somali school-nurse notice about flu season and medication forms; no student',
    'Xafiiska Caafimaadka Maple Street <health@%s>' % LP,
    'Waalidiinta Maple Street <families-so@lists.lpusd.example.org>',
    'Ogeysiis ka socda kalkaalisada dugsiga: hargabka iyo ardayda jirran',
    """\
Waalidiinta sharafta leh,

Xilligan qabowga ah waxaa dugsiga ku soo badanaya hargabka iyo qufaca.
Si aan u ilaalino caafimaadka dhammaan carruurta, fadlan raaca
talooyinkan:

 - Haddii ilmahaagu qandho leeyahay (38°C ama ka badan), guriga ha
   joogo ilaa 24 saacadood ay ka gudbaan isagoo aan qandho lahayn,
   iyadoo aan daawo qandhada la siin.
 - Carruurta bara inay gacmahooda si fiican u dhaqaan, oo ay ku
   qufacaan xusulka gudihiisa.
 - Tallaalka hargabka waa bilaash, waxaana laga heli karaa farmashiyaha
   ama rugta caafimaadka degmada.

Haddii ilmahaagu daawo ku qaadanayo dugsiga, waa in foomka daawada
ay saxiixaan dhakhtarka iyo waalidkuba.

Wixii su'aalo ah, la xiriir kalkaalisada dugsiga, Rosa Delgado,
taleefan (360) 555-0135. Turjubaan Af-Soomaali ah ayaa la heli karaa.

Mahadsanid,
Xafiiska Caafimaadka, Dugsiga Hoose ee Maple Street
""", lang='Somali', cte='8bit')

add('none', 'vaccine-clinic-flyer-ht',
    'Haitian Creole flyer for a free school vaccine clinic; no student',
    'Sèvis Sante Linden Park <health@%s>' % LP,
    'Fanmi Linden Park <families-ht@lists.lpusd.example.org>',
    'Klinik vaksen gratis nan lekòl Maple Street samdi 14 novanm',
    """\
Bonjou fanmi yo,

Distri lekòl Linden Park ap òganize yon klinik vaksen gratis pou tout
timoun ki enskri nan lekòl nou yo. Ou pa bezwen randevou, ni asirans.

Ki kote: Lekòl Primè Maple Street, nan jimnaz la
Ki lè: samdi 14 novanm, 9è nan maten jiska 1è apremidi

Vaksen ki disponib: DTaP, polyo, MMR (lawoujòl, malmouton, ribeyòl),
varisèl, epatit B, Tdap pou elèv 7yèm ane yo, ak vaksen grip la.

Tanpri pote kanè vaksen pitit ou a. Si pitit ou te pran vaksen an Ayiti
oswa nan yon lòt peyi, pote kanè a kanmenm; enfimyè a ap ede w.

Ap gen moun ki pale kreyòl pou ede w.

Mèsi anpil,
Rosa Delgado, RN, enfimyè lekòl
(360) 555-0135
""", lang='Haitian Creole', cte='quoted-printable')

add('none', 'student-insurance-waiver-deadline',
    'student health insurance waiver deadline; enrolment admin, no health content',
    'Ashford Student Insurance <shipoffice@%s>' % AU,
    'Graduate Students <grads@lists.ashford-university.example.org>',
    'Last call: waive the student health plan by Nov 6 or be charged $1,284',
    """\
Hi,

If you have other health insurance and don't want the Ashford Student
Health Insurance Plan for spring, you must submit a waiver by Friday,
November 6 at 5 pm. Otherwise the spring premium of $1,284 will be
added to your student account.

You'll need your insurance company's name, your member ID and the
group number from your card. Plans from outside the US usually don't
qualify.

Submit at https://ship.ashford-university.example.org/waiver

Student Health Insurance Office - (360) 555-0154
""")

add('none', 'concussion-baseline-schedule',
    'athletics department schedule for team concussion baseline testing; no athlete named',
    'Ashford Sports Medicine <sportsmed@%s>' % AU,
    'Head Coaches <coaches@lists.ashford-university.example.org>',
    'Winter sports baseline concussion testing - team times',
    """\
Coaches,

Baseline neurocognitive testing for winter sports is in the Athletic
Training computer lab (Fieldhouse 112). Every athlete needs a baseline
on file before their first practice with contact.

  Mon Nov 9    6:30 am   Wrestling
  Mon Nov 9    3:00 pm   Women's basketball
  Tue Nov 10   3:00 pm   Men's basketball
  Wed Nov 11   6:30 am   Swimming & diving
  Thu Nov 12   3:00 pm   Women's ice hockey

Each session takes 35 minutes. Athletes should be rested (no testing
right after a lift) and bring glasses if they wear them.

Thanks,
Keisha Monroe, MS, ATC
Head Athletic Trainer - (360) 555-0155
""")

# phi: schools and student health

add('phi', 'epipen-note-one-child',
    "school nurse note naming one child's peanut allergy and EpiPen plan",
    'Rosa Delgado <rdelgado@%s>' % LP,
    ['Jennifer Carter <jcarter@%s>' % LP, 'Cafeteria Manager <cafeteria-maple@%s>' % LP],
    'Mateo Ruiz-Hall (Rm 14) - new EpiPen and allergy plan',
    """\
Hi Jen and Donna,

Mateo Ruiz-Hall in room 14 was diagnosed with a peanut and tree-nut
allergy over the break (he had hives and lip swelling at a birthday
party). His mom dropped off:

  - two EpiPen Jr 0.15 mg auto-injectors: one for the classroom red bag,
    one stays in the health office
  - his allergy action plan, signed by his pediatrician

He should sit at the nut-free table at lunch starting tomorrow, and
please check labels on any class-party snacks. If he has trouble
breathing, throat tightness, or hives plus vomiting: give the EpiPen in
the outer thigh, call 911, then call me.

I'll do a quick EpiPen refresher for the room 14 team on Thursday at
8:00.

Rosa
""" + SIG_NURSE)

add('phi', 'seizure-meds-ran-out',
    "a parent writes that her son's seizure medicine ran out; no diagnosis keyword beyond that, identifiable by name",
    'Kim Doyle <kimdoyle77@inbox.example.com>',
    'Eastlake Pediatrics Nurse Line <nurseline@eastlakepeds.example.org>',
    'Liam Doyle - meds',
    """\
hi, Liam's seizure meds ran out, can you call in more? the pharmacy
says there are no refills left and Dr Osei has to OK it. he took his
last one this morning so he'll miss tonight's if nobody calls it in.
Corner Apothecary on 5th. thank you!!

Kim (Liam's mom) 360-555-0177
""", family=True)

add('phi', 'tb-igra-result-ja',
    'university student health tells a named student in Japanese that her TB blood test was positive (latent TB) and books treatment',
    'アッシュフォード大学 学生保健センター <studenthealth@%s>' % AU,
    '山本 彩 <aya.yamamoto@students.ashford-university.example.org>',
    '【学生保健センター】結核検査（IGRA）の結果について',
    """\
山本 彩 様

学生保健センターです。10月15日に受けていただいた結核の血液検査
（IGRA、クォンティフェロン）の結果をお知らせします。

結果：陽性

これは結核菌に感染したことがある可能性を示すもので、すぐに人に
うつる状態（活動性結核）という意味ではありません。胸部レントゲン
は正常で、せきや発熱などの症状もないとのことでしたので、現時点
では潜在性結核感染症と考えられます。

今後の治療について相談するため、10月29日（木）午後2時に岡田医師
の予約をお取りしました。治療は通常、リファンピシンを4か月間服用
します。授業や寮での生活はこれまで通り続けて大丈夫です。

ご都合が悪い場合は、このメールに返信いただくか、
(360) 555-0150 までお電話ください。

アッシュフォード大学 学生保健センター
看護師 ハンナ・ベック
""", lang='Japanese', cs='iso-2022-jp', cte='7bit', when='2026-10-22 15:10')

add('phi', 'inhaler-permission-form',
    "school nurse sends a parent the signed self-carry inhaler permission for a named student (PDF)",
    'Rosa Delgado <rdelgado@%s>' % LP,
    'Tyrone Banks <tbanks@mail.example.org>',
    'Jaylen can carry his inhaler - copy of the form',
    """\
Hi Mr. Banks,

Dr. Osei's office faxed back Jaylen's form today, so Jaylen can carry
his albuterol inhaler in his backpack from now on, including at PE and
recess. I've attached a copy for your records. I'll keep a back-up
inhaler and spacer in the health office as well - it expires in March,
so I'll remind you.

He did a great job showing me how he uses the spacer!

""" + SIG_NURSE,
    atts=[pdf('SelfCarry_Inhaler_Banks_Jaylen_gr5.pdf', [
        'LINDEN PARK USD - AUTHORIZATION TO SELF-CARRY ASTHMA MEDICATION',
        'Student: Jaylen Banks    Grade 5    School: Maple Street Elementary',
        'Date of birth: 01/09/2016',
        'Diagnosis: mild persistent asthma (J45.30)',
        'Medication: albuterol HFA 90 mcg, 2 puffs with spacer every 4 hours as needed',
        'for cough, wheeze or shortness of breath, and 15 minutes before exercise.',
        'Student demonstrated correct technique: YES (R. Delgado, RN, 10/27/2026)',
        'Health care provider: Benjamin Osei, MD   Eastlake Pediatrics   (360) 555-0193',
        'Parent/guardian: Tyrone Banks (signed 10/23/2026)',
    ], flate=True)])

add('phi', 'child-asthma-inhaler-am',
    "mother writes in Amharic to the school nurse about her named daughter's asthma flare and lunchtime inhaler",
    'ትዕግስት በቀለ <tigist.bekele@mail.example.net>',
    'Rosa Delgado <rdelgado@%s>' % LP,
    'የልጄ የአስም መድሃኒት በትምህርት ቤት',
    """\
ጤና ይስጥልኝ ነርስ ሮዛ፣

እኔ የሳምራዊት ተስፋዬ እናት ነኝ፤ ሳምራዊት በሶስተኛ ክፍል በወ/ሮ ካርተር ክፍል
ትማራለች። ትናንት ማታ አስሟ ተነስቶባት ነበር፤ ዶክተሩም ለአንድ ሳምንት በቀን
አራት ጊዜ አልቡቴሮል እንድትወስድ ነግሮናል።

እባክዎ በምሳ ሰዓት አንድ ጊዜ እንድትወስድ ሊረዷት ይችላሉ? መድሃኒቱንና ስፔሰሩን
ዛሬ ጠዋት በቦርሳዋ ውስጥ አስቀምጫለሁ። የዶክተሩ ፎርም ካስፈለገ ነገ ይዤ
እመጣለሁ።

ከትምህርት በኋላ የሩጫ ልምምድ አላት፤ ሳል ከጀመራት እባክዎ ይደውሉልኝ፤
(360) 555-0158።

አመሰግናለሁ፣
ትዕግስት በቀለ
""", lang='Amharic', cte='base64', family=True)

add('phi', 'mmr-record-incomplete',
    "student health tells a named student her immunisation record is missing an MMR dose and a registration hold applies",
    'Ashford Student Health - Immunizations <immunizations@%s>' % AU,
    'Priya Natarajan <priya.natarajan@students.ashford-university.example.org>',
    'Action needed: your immunization record is incomplete',
    """\
Hi Priya,

We reviewed the immunization record you uploaded on October 8. We
have your Tdap (2019) and meningococcal ACWY (2023), but only ONE dose
of MMR (measles, mumps, rubella), from 2007. Two doses are required.

Your options:
  1. Upload a record of your second MMR dose, or
  2. Get a measles/mumps/rubella titer (blood test) at Student Health, or
  3. Get your second MMR dose at Student Health - free, walk in
     weekdays 9-4.

A registration hold will be placed on your account on November 16 if
we don't hear from you.

Ashford University Student Health Services - Immunization Compliance
(360) 555-0150
""")

add('phi', 'fever-pickup-subject-only',
    "borderline: the child's name, his fever and the pickup are only in the Subject; the body is a one-line thanks",
    'Rosa Delgado <rdelgado@%s>' % LP,
    'Amanda Brandt <abrandt@mail.example.com>',
    'Re: Noah Brandt (gr 2) - 101.8 fever in health office, picked up 11:40',
    """\
Thanks, got it - Grandma just signed him out.

Rosa
""", reply='noah-fever-1102')

# restricted: schools and university

add('restricted', 'caps-intake-appointment',
    "counselling centre confirms a named student's intake appointment for anxiety and depression",
    'Ashford CAPS <caps@%s>' % AU,
    'Devin Marsh <devin.marsh@students.ashford-university.example.org>',
    'Your CAPS intake appointment - Thursday 11/5, 1:00 pm',
    """\
Hi Devin,

Thanks for completing the online screening. Your intake appointment
with a counselor is confirmed:

  Thursday, November 5, 1:00 - 2:00 pm
  Counselor: Jordan Alvarez, LMHC
  Where: Wellness Center, 3rd floor (or by video if you prefer)

Based on your screening answers (PHQ-9 and GAD-7), Jordan will talk
with you about what's been going on with your mood and anxiety and
what kind of support fits: individual therapy, one of our groups, or
a referral to our psychiatric nurse practitioner for medication.

If you're in crisis before your appointment, call the CAPS line at
(360) 555-0151 and press 2, or call or text 988.

Ashford University Counseling & Psychological Services
""", cat='mental health')

add('restricted', 'counselling-request-fa',
    'a named graduate student writes in Farsi to the counselling centre about panic attacks and asks for a therapist',
    'سارا احمدی <sara.ahmadi@students.ashford-university.example.org>',
    'Ashford CAPS <caps@%s>' % AU,
    'درخواست وقت مشاوره',
    """\
سلام،

من سارا احمدی هستم، دانشجوی سال دوم کارشناسی ارشد مهندسی. چند ماهی
است که حملات پانیک دارم؛ قلبم تند می‌زند، نفسم بند می‌آید و دیگر
نمی‌توانم سر کلاس‌های شلوغ بنشینم. هفته پیش وسط امتحان مجبور شدم از
سالن بیرون بروم. پزشک مرکز بهداشت دانشگاه گفت این اضطراب است و پیشنهاد
کرد با مرکز مشاوره تماس بگیرم.

اگر ممکن است، می‌خواهم با مشاوری صحبت کنم که فارسی بلد باشد، چون
توضیح دادن این احساسات به انگلیسی برایم سخت است. اگر نه، انگلیسی هم
اشکالی ندارد. بعدازظهرهای سه‌شنبه و پنجشنبه برایم بهتر است.

لطفاً این موضوع را به استاد راهنمایم اطلاع ندهید.

با تشکر،
سارا احمدی
شماره دانشجویی A40918236
""", lang='Farsi', cat='mental health', family=True, cte='8bit')

add('restricted', 'caps-display-name-confirm',
    "borderline: only the counselling centre display name makes a bare appointment confirmation restricted",
    'Ashford CAPS - Therapy Scheduling <noreply-scheduling@%s>' % AU,
    'Maya Goldberg <maya.goldberg@students.ashford-university.example.org>',
    'Confirmed: Tue Nov 10, 3:00 pm',
    """\
Hi Maya,

You're confirmed for Tuesday, November 10 at 3:00 pm with Sam.

Need to cancel? Please give us 24 hours' notice by replying to this
message.
""", cat='mental health')

add('restricted', 'safety-plan-school-counselor',
    "school counselor writes to a parent about a named student's self-harm disclosure, safety plan and outside therapist",
    'Hannah Ostrowski <hostrowski@%s>' % LP,
    'Sandra Whitlock <swhitlock@mail.example.com>',
    'Following up on today - Chloe',
    """\
Dear Ms. Whitlock,

Thank you for coming in so quickly this afternoon. As we discussed,
Chloe told her English teacher that she has been cutting her upper
arms, and she showed me fresh marks. She said she's had thoughts of
not wanting to be alive but no plan, and she agreed to the safety plan
we wrote together (copy in her backpack).

Next steps we agreed on:
  - you'll call Dr. Amir Haddad at Lakeview Child & Family Therapy
    tomorrow; Chloe already sees him every two weeks and I'd like to
    ask him whether weekly sessions make sense now
  - I'll check in with Chloe every morning this week in my office
  - if anything worries you tonight, call or text 988, or take her to
    the emergency department at Eastlake General

Chloe asked that her teachers not be told details. Only her English
teacher and I know, and it will stay that way.

Hannah Ostrowski, LSW
School Counselor, Linden Park Middle School
(360) 555-0137
""", cat='mental health')

add('restricted', 'iud-insertion-appointment',
    "student health confirms a named student's IUD insertion appointment (contraceptive care)",
    'Ashford Student Health <studenthealth@%s>' % AU,
    'Tessa Morgan <tessa.morgan@students.ashford-university.example.org>',
    'Your appointment on Nov 12 - IUD insertion with Nurse Practitioner Kaur',
    """\
Hi Tessa,

Your appointment is confirmed for Thursday, November 12 at 10:30 am
with Simran Kaur, NP, in the Sexual & Reproductive Health Clinic
(Student Health, 2nd floor).

To prepare for your levonorgestrel IUD insertion:
  - take 800 mg ibuprofen with food about an hour before
  - eat something beforehand and plan to rest for an hour afterwards
  - we'll do a urine pregnancy test when you arrive
  - you can bring a friend to sit with you

The student health plan covers contraception at no cost, and the
explanation of benefits goes only to you, not to your parents.

Ashford University Student Health Services
(360) 555-0150
""", cat='reproductive')

add('restricted', 'contraception-sbhc-es',
    "a named teenager writes in Spanish to her school-based health centre about her contraceptive implant appointment and confidentiality",
    'Daniela Cruz <dani.cruz.09@students.lpusd.example.org>',
    'Centro de Salud Escolar - Ana Paredes <aparedes@%s>' % LP,
    'pregunta sobre mi cita del jueves',
    """\
Hola enfermera Ana,

soy Daniela Cruz, de 10.º grado. La semana pasada hablamos en el
centro de salud de la escuela sobre los métodos anticonceptivos y usted
me dijo que podía volver el jueves para ponerme el implante. ¿Todavía
tengo la cita a las 11:20? Es durante educación física, entonces no le
tengo que pedir permiso a nadie.

Otra pregunta: ¿van a mandar algo a mi casa o al seguro de mi mamá?
Usted me dijo que era confidencial, pero quiero estar segura porque las
cartas del seguro llegan a nombre de ella.

Gracias,
Dani
""", lang='Spanish', cat='reproductive', family=True, cte='8bit')

add('restricted', 'eating-disorder-program-mom',
    "mother writes about her named teenage daughter's eating-disorder day program and weight",
    'Karen Albright <kalbright@inbox.example.org>',
    'Rosa Delgado <rdelgado@%s>' % LP,
    'Emma - starting the day program Monday',
    """\
Hi Rosa,

I wanted you to hear it from me. Emma's pediatrician and the team at
Cascade Eating Disorder Center think she needs their partial
hospitalization program for anorexia - she's lost 14 pounds since
August and her heart rate was 44 at the last check. She starts Monday,
8 to 4 every weekday, for at least 6 weeks, so she'll be out of school.

When she comes back they'll want her to have a supervised snack at
10:00 and to sit out of PE for now. I'll bring the letter.

Please don't mention it to her friends' parents. Emma is mortified.

Thank you for everything,
Karen Albright
""", cat='mental health', family=True)

add('restricted', 'collegiate-recovery-detox',
    "dean of students' case manager coordinates a named student's medical detox and return through the collegiate recovery program",
    'Luis Beltran <lbeltran@%s>' % AU,
    'Ashford Student Health - Dr. Cho <mcho@%s>' % AU,
    'Ethan Price - detox discharge and return plan',
    """\
Dr. Cho,

Ethan Price was discharged yesterday from the medical detox unit at
Eastlake General after five days for alcohol withdrawal. He's moving
back into his residence hall Sunday and has agreed to join the
Collegiate Recovery Program.

He signed a release (42 CFR Part 2 compliant, covers you, me and the
CRP coordinator only). His discharge summary says he was started on
acamprosate 666 mg three times a day and referred to an intensive
outpatient program at New Harbor, three evenings a week.

Could you see him for a primary care follow-up next week? His liver
enzymes were elevated and the hospital wants them repeated in two weeks.

I've arranged reduced course load paperwork with the Dean's office
without any clinical detail.

Luis Beltran, MSW
Case Manager, Office of the Dean of Students
(360) 555-0156
""", cat='substance use')

# --- home health and hospice ---------------------------------------------

SM = 'silvermaplehh.example.com'
LL = 'lanternlight.example.org'

add('none', 'hospice-nurse-job-posting',
    'job posting for a hospice nurse; no patient',
    'Lanternlight Hospice Careers <careers@%s>' % LL,
    'Eastlake Nurses Network <jobs@eastlakenurses.example.org>',
    'Now hiring: RN Case Manager, hospice (home visits) - sign-on bonus',
    """\
RN CASE MANAGER - HOSPICE (full time, home visits)
Lanternlight Hospice, Eastlake and north county

Lanternlight is a community, not-for-profit hospice that has cared for
families in Clark and Cowlitz counties since 1987. We're looking for an
RN who wants to do end-of-life care well.

You will:
  - manage a caseload of 10-12 patients at home and in assisted living
  - assess symptoms, adjust comfort medications with our physicians
  - teach families, and work with social work, chaplaincy and aides
  - take on-call about one weekend a month

You have: a WA RN licence, 2 years of acute, home health or hospice
experience, a reliable car. CHPN a plus.

Pay $46-58/hour, mileage at the federal rate, $7,500 sign-on bonus.

Apply at https://careers.lanternlight.example.org or call Ruth Eng at
(360) 555-0165.
""")

add('none', 'hospice-volunteer-training',
    'hospice volunteer training schedule; no patient',
    'Volunteer Services - Lanternlight <volunteers@%s>' % LL,
    'New Volunteers <new-volunteers@lists.lanternlight.example.org>',
    'Welcome! Volunteer training dates for the winter cohort',
    """\
Welcome to the winter volunteer cohort - all 14 of you!

Training is four Saturdays, 9 am to 1 pm, at our Main Street office:

  Nov 7    What hospice is (and isn't); confidentiality; boundaries
  Nov 14   Being present: listening, silence, and visiting with dementia
  Nov 21   Grief, rituals across cultures, and self-care
  Dec 5    Practical skills: safe transfers, infection control, paperwork

Before Nov 7 please finish your TB screening and background check (you
should have an e-mail from our HR vendor), and bring a photo for your
badge. Coffee and pastries provided.

With gratitude,
Bev Sandoval, Volunteer Coordinator
(360) 555-0166
""")

add('none', 'mileage-reimbursement-form',
    'HR mail about mileage reimbursement forms; employee IDs, no patient',
    'Payroll - Silver Maple <payroll@%s>' % SM,
    'Field Staff <fieldstaff@%s>' % SM,
    'New mileage form starting November - and the October deadline',
    """\
Hi field staff,

Starting with November visits, please use the new mileage form in the
staff app instead of the paper log. It pulls your visit addresses from
the schedule, so you only enter odometer readings and any side trips
(the pharmacy, the office).

October mileage on the old paper form is due by Wednesday November 4.
Write your employee ID at the top (it's on your badge, starts with SM-).

Rate stays at 70 cents a mile.

Questions: Lupe at payroll, (360) 555-0143.
""")

add('none', 'bereavement-newsletter',
    "hospice bereavement newsletter for the community with general grief support; no individual",
    'Lanternlight Bereavement Program <grief@%s>' % LL,
    'Grief Support Mailing List <grief-list@lists.lanternlight.example.org>',
    'Holidays and grief: support groups in November and December',
    """\
The first holidays after a death can be the hardest. Whether your
loss was recent or years ago, you don't have to get through them alone.

Free groups, open to anyone in the community:

  "Surviving the Holidays" - Tuesdays Nov 10, 17, 24, 6:30 pm
  Grief after a death by overdose - 1st and 3rd Thursday, 7 pm
  Kids' grief art night (ages 6-12) - Saturday Dec 5, 10 am
  Remembrance tree lighting - Sunday Dec 13, 4 pm, Lanternlight garden

A few ideas from families who've been there:
  - It's OK to change traditions this year, or skip some.
  - Say their name. Set a place, light a candle, share a story.
  - Plan an exit: drive yourself to gatherings so you can leave.

Call our bereavement team any weekday: (360) 555-0167.
""", html=True)

add('none', 'evv-outage-notice',
    'IT notice about an electronic visit verification outage; no patient',
    'Silver Maple IT <it@%s>' % SM,
    'All Staff <allstaff@%s>' % SM,
    'EVV app outage Saturday night - use the paper visit log',
    """\
Heads up: our EVV vendor is upgrading servers Saturday night from
11:00 pm to 4:00 am. During that window the app won't check you in or
out.

If you have a visit during the outage:
  - use the paper visit verification log in your bag
  - get the client or caregiver to initial it
  - photograph it and upload it in the app once it's back up

Nothing else changes. Sorry for the hassle.

Silver Maple IT Help Desk - (360) 555-0142
""")

add('none', 'hospice-census-quarterly',
    'hospice quarterly aggregate census and quality measures; no individual',
    'Dr. Howard Lin <hlin@%s>' % LL,
    'Lanternlight Board <board@%s>' % LL,
    'Q3 dashboard for Thursday',
    """\
Board members,

Q3 numbers for Thursday:

  Average daily census            118  (Q2: 111)
  Admissions                      164
  Median length of stay           19 days
  Live discharges                 9%
  Deaths at home or facility      91%
  Visits in last 3 days of life   96% (target 90%)
  CAHPS "would recommend"         89%

Dementia is now our most common primary diagnosis (31%), ahead of
cancer (28%). Staffing: three RN vacancies, down from six.

Howard Lin, MD, Medical Director
""")

add('none', 'christmas-party-tl',
    'Tagalog invitation to a home-health staff Christmas party; no health content',
    'Marites Dizon <mdizon@%s>' % SM,
    'Silver Maple Caregivers <caregivers@%s>' % SM,
    'Imbitasyon: Christmas party ng Silver Maple, Disyembre 12',
    """\
Magandang araw sa lahat!

Malapit na ang Pasko, kaya magkakaroon tayo ng Christmas party para sa
lahat ng caregivers at office staff ng Silver Maple Home Health.

Kailan: Sabado, Disyembre 12, alas-sais ng gabi
Saan: Fellowship hall ng St. Agnes, 1400 Birch Avenue
Dalhin: isang ulam para sa potluck, at regalong hindi hihigit sa $20
para sa exchange gift

May raffle, karaoke (siyempre!) at parangal para sa "Caregiver of the
Year". Pwede ninyong isama ang pamilya ninyo.

Pakisabi kay Marites sa opisina bago mag-Disyembre 4 kung ilan kayong
pupunta para makapag-order tayo ng lechon.

Salamat at kita-kits!
Marites Dizon
Scheduling Coordinator, Silver Maple Home Health
(360) 555-0144
""", lang='Tagalog')

add('none', 'aide-training-schedule-ru',
    'Russian-language training schedule for home-care aides; no client',
    'Служба обучения Silver Maple <training@%s>' % SM,
    'Помощники по уходу <aides-ru@lists.silvermaplehh.example.com>',
    'Обучение для помощников по уходу: расписание на ноябрь',
    """\
Уважаемые коллеги!

Напоминаем, что по правилам штата каждый помощник по уходу на дому
должен ежегодно проходить 12 часов повышения квалификации. В ноябре
занятия на русском языке проведёт медсестра Ирина Ковальчук.

Расписание:
  10 ноября, вторник, 9:00-13:00 — профилактика падений и безопасное
      перемещение подопечного
  17 ноября, вторник, 9:00-13:00 — уход за кожей и профилактика
      пролежней
  24 ноября, вторник, 9:00-13:00 — деменция: как общаться и что делать
      при беспокойстве

Занятия проходят в офисе агентства: Бирч-авеню, 1400, второй этаж,
зал «Клён». Часы обучения оплачиваются по обычной ставке.

Записаться можно у Марии по телефону (360) 555-0145 или ответив на
это письмо.

С уважением,
Служба обучения Silver Maple Home Health
""", lang='Russian', cs='windows-1251', cte='8bit')

# phi: home health and hospice

add('phi', 'hospice-comfort-care-note',
    "hospice nurse visit note on a named patient's comfort care, morphine for dyspnoea and family update (opioid for symptoms, not SUD)",
    'Grace Tanaka, RN <gtanaka@%s>' % LL,
    ['Dr. Howard Lin <hlin@%s>' % LL, 'Lanternlight IDG <idg@%s>' % LL],
    'Visit note - Santos, Remedios - 11/3 - declining, family at bedside',
    """\
Visit 11/3, 09:40-11:05, home (daughter Luz present, caregiver Joy)

Remedios Santos, 91, hospice dx end-stage heart failure. Clearly
declining since Friday: sleeping most of the day, taking sips only,
no urine output since early morning. Mottling on both knees.
Resp 28 and shallow with some apnoea, SpO2 not checked per family wish.
Grimaces with turning, holds right hip (known OA).

Comfort kit use last 24 h: morphine 20 mg/mL oral solution 5 mg SL x3
(last at 03:00), lorazepam 0.5 mg SL x1 for restlessness.

Plan (discussed with Dr. Lin by phone):
  - morphine 5 mg SL every 2 hours as needed for pain or breathlessness,
    may give 10 mg if no relief after 30 min
  - scheduled turning every 3-4 h with pillow support only
  - glycopyrrolate 0.2 mg SL if secretions become noisy
  - mouth care every 2 h; stop the furosemide and the metoprolol
  - continuous care evaluation tonight if symptoms aren't controlled

Talked with Luz about what to expect in the last days; she is calling
her brother in Manila. Chaplain to visit this afternoon.

Grace Tanaka, RN, CHPN
""")

add('phi', 'wound-vac-visit-fhir',
    "home health visit with a FHIR Observation bundle on a named patient's wound measurements",
    'Silver Maple Clinical Systems <clinical-systems@%s>' % SM,
    'Eastlake Wound Clinic <intake@eastlakewound.example.org>',
    'Wound measurements - Webb, Harriet - 10/29 visit (FHIR)',
    """\
Attached is the FHIR bundle from today's skilled nursing visit for
Harriet Webb (sacral pressure injury, negative-pressure wound therapy).
Dressing changed, canister changed, seal intact. Measurements slightly
smaller than last week.

Silver Maple Home Health
(360) 555-0142
""",
    atts=[fhir('webb-harriet-wound-2026-10-29.json', {
        'resourceType': 'Bundle', 'type': 'collection', 'id': 'sm-bundle-20261029-0417',
        'entry': [
            {'resource': {'resourceType': 'Patient', 'id': 'sm-pt-0417',
                          'identifier': [{'system': 'https://silvermaplehh.example.com/mrn', 'value': 'SM-0417'}],
                          'name': [{'family': 'Webb', 'given': ['Harriet']}],
                          'birthDate': '1941-08-05', 'gender': 'female'}},
            {'resource': {'resourceType': 'Observation', 'id': 'sm-obs-1', 'status': 'final',
                          'code': {'coding': [{'system': 'http://loinc.org', 'code': '39126-8',
                                               'display': 'Wound length'}]},
                          'subject': {'reference': 'Patient/sm-pt-0417'},
                          'effectiveDateTime': '2026-10-29T10:20:00-07:00',
                          'bodySite': {'text': 'sacrum'},
                          'valueQuantity': {'value': 4.1, 'unit': 'cm', 'system': 'http://unitsofmeasure.org', 'code': 'cm'}}},
            {'resource': {'resourceType': 'Observation', 'id': 'sm-obs-2', 'status': 'final',
                          'code': {'coding': [{'system': 'http://loinc.org', 'code': '39125-0',
                                               'display': 'Wound width'}]},
                          'subject': {'reference': 'Patient/sm-pt-0417'},
                          'effectiveDateTime': '2026-10-29T10:20:00-07:00',
                          'valueQuantity': {'value': 3.2, 'unit': 'cm', 'system': 'http://unitsofmeasure.org', 'code': 'cm'}}},
            {'resource': {'resourceType': 'Observation', 'id': 'sm-obs-3', 'status': 'final',
                          'code': {'text': 'Wound depth'},
                          'subject': {'reference': 'Patient/sm-pt-0417'},
                          'effectiveDateTime': '2026-10-29T10:20:00-07:00',
                          'valueQuantity': {'value': 1.6, 'unit': 'cm', 'system': 'http://unitsofmeasure.org', 'code': 'cm'},
                          'note': [{'text': 'Stage 4, granulating, no tunnelling. NPWT 125 mmHg continuous.'}]}},
        ]})])

add('phi', 'mother-swelling-oxygen-uk',
    "son writes in Ukrainian to the home health nurse about his named mother's leg swelling, low oxygen and furosemide",
    'Андрій Мельник <andriy.melnyk@mail.example.net>',
    'Olena Shevchuk, RN <oshevchuk@%s>' % SM,
    'Мама: набряк ніг і кисень',
    """\
Добрий день, пані Олено!

Пишу щодо моєї мами, Галини Мельник. Від учора в неї дуже набрякли обидві
ноги, особливо ліва, аж до коліна. Шкіра блищить і тепла на дотик. Вночі
вона спала в кріслі, бо лежачи їй важко дихати.

Сатурація на пульсоксиметрі зранку була 88% на двох літрах кисню, а
зазвичай 92-93%. Вага за два дні зросла на півтора кілограма. Фуросемід
вона п'є, як ви казали, по 40 мг зранку.

Чи можете ви приїхати сьогодні, а не в четвер? Чи, може, треба одразу
їхати в лікарню? Я з нею вдома весь день.

Дякую,
Андрій Мельник
(360) 555-0176
""", lang='Ukrainian', cs='koi8-u', cte='8bit', family=True)

add('phi', 'lola-pain-caregiver-tl',
    "caregiver writes in Tagalog to the hospice nurse about a named patient's pain, morphine doses and intake",
    'Joy Manalo <joymanalo@mail.example.com>',
    'Grace Tanaka, RN <gtanaka@%s>' % LL,
    'Si Lola Remedios - hindi makatulog dahil sa sakit',
    """\
Hi Nurse Grace,

Si Joy po ito, ang caregiver ni Lola Remedios Santos. Gusto ko lang
pong ipaalam na kagabi halos hindi siya nakatulog. Umuungol siya tuwing
ibabaling namin siya, at hinahawakan niya ang kanang balakang niya.
Binigyan ko po siya ng morphine na 5 mg sa ilalim ng dila bandang
alas-onse ng gabi at medyo umigi, pero mga alas-tres bumalik ulit ang
sakit.

Kaunti lang din po ang kinain niya kahapon, mga tatlong kutsarang
lugaw, at tubig lang. Hindi pa siya umiihi mula kaninang umaga.

Pwede po bang dagdagan ang dosis o dalasan ang pagbigay? Ayaw ko pong
nahihirapan siya. Nandito po ang anak niyang si Ate Luz buong araw kung
gusto ninyong tumawag.

Salamat po,
Joy
(360) 555-0181
""", lang='Tagalog', family=True, when='2026-11-03 06:55')

add('phi', 'voicemail-transcript-fall',
    "phone-system voicemail transcription: a daughter reports her named mother's fall and new hip pain to home health",
    'Silver Maple Voicemail <voicemail@%s>' % SM,
    'Intake Nurses <intake@%s>' % SM,
    'New voicemail from (360) 555-0184 (0:47)',
    """\
You have a new voicemail.

From: (360) 555-0184
Received: Monday, October 26, 7:12 AM
Length: 0:47
Mailbox: Intake

Transcription (automated, may contain errors):
"Hi this is Doreen Parks calling about my mother Evelyn Parks, she's
one of your patients, the nurse comes Tuesdays and Fridays. She fell
last night getting up to the bathroom and now she says her left hip
hurts when she puts weight on it and she's uh she's walking with the
walker but she's limping real bad. She didn't hit her head I don't
think. She takes the Eliquis so I'm worried about bleeding. Can
somebody call me back or come out today, my number is 360 555 0184.
Thank you bye."

Listen: https://voice.silvermaplehh.example.com/vm/88214
""", family=True, when='2026-10-26 07:13')

add('phi', 'death-notification-to-pcp',
    "hospice notifies the primary care physician of a named patient's death and time of pronouncement",
    'Lanternlight Hospice - Clinical Records <records@%s>' % LL,
    'Dr. Ruth Kaplan <rkaplan@eastlakefm.example.org>',
    'Notification of death: Santos, Remedios (DOB 02/11/1935)',
    """\
Dr. Kaplan,

We are sorry to let you know that your patient Remedios Santos
(DOB 02/11/1935) died peacefully at home on November 4, 2026. Time of
death 04:20, pronounced by Lanternlight RN Mark Ellison at 05:05, with
her daughter and son present.

Hospice diagnosis: end-stage heart failure (I50.84). Comfort measures
only; no autopsy requested. Dr. Howard Lin, hospice medical director,
will sign the death certificate.

Our bereavement team will follow the family for 13 months.

Lanternlight Hospice - (360) 555-0165
""")

add('phi', 'dad-counts-low-chemo',
    "daughter writes that her father's blood counts are low again after chemotherapy and asks about his next treatment",
    'Rachel Stein <rachelstein@inbox.example.net>',
    'Silver Maple Home Health - Nurse Olena <oshevchuk@%s>' % SM,
    'Dad',
    """\
Hi Olena,

Dad's counts came back low again after the chemo - white count 1.9 and
platelets 62 on the labs you drew Tuesday. The oncology office called
and said they're pushing next week's infusion back a week and he
should avoid crowds. He's tired but eating ok.

Do you still need to come Friday to flush his port, or can that wait
for the infusion day? And is it ok for my nephew (he has a cold) to
visit this weekend if he wears a mask?

Thanks,
Rachel (Art Stein's daughter)
""", family=True)

add('restricted', 'sublocade-home-visit-schedule',
    "home health coordinator schedules a named patient's monthly Sublocade (buprenorphine) injections for opioid use disorder",
    'Marites Dizon <mdizon@%s>' % SM,
    'Olena Shevchuk, RN <oshevchuk@%s>' % SM,
    'Renfro, Wade - Sublocade dates + consent',
    """\
Olena,

Wade Renfro (SM-0562) is coming on service after his hip ORIF, and
his addiction medicine doctor, Dr. Sato, wants us to give his monthly
Sublocade 100 mg injection at home while he's homebound, instead of him
going to the clinic.

Dates from the clinic: Nov 9, Dec 7, Jan 4. Meridian Specialty ships
the syringe to the office two days before; it has to be refrigerated
and out of the fridge 15 minutes before injecting.

He signed the Part 2 consent for us and Dr. Sato's office only. Please
don't mention the buprenorphine in the visit notes that go to the
surgeon's office - they get the wound and PT updates only.

Marites
""", cat='substance use')

# --- telehealth app: MyDocNow --------------------------------------------

MD = 'mydocnow.example.com'

add('none', 'telehealth-release-notes',
    'telehealth app release notes naming screener features and refill flows; no patient',
    'MyDocNow Product <product@%s>' % MD,
    'Clinician Community <clinicians@lists.mydocnow.example.com>',
    'MyDocNow 5.3 for clinicians: PHQ-9 in the waiting room, faster refills',
    """\
What's new in MyDocNow 5.3 (rolling out November 9)

For clinicians
  - Pre-visit questionnaires: PHQ-9, GAD-7 and AUDIT-C can now be sent
    automatically when a patient books a behavioural health visit.
    Scores show on the visit summary; clinicians still review them.
  - Refill requests: pharmacy is pre-filled from the patient's last
    order, and controlled substances are blocked from the one-click
    flow (you'll see a lock icon).
  - ePrescribing: new pharmacy search by ZIP and 24-hour filter.

For patients
  - Join a video visit from a text link without logging in (still
    verified by date of birth).
  - Interpreter on demand in 14 languages.

Fixed
  - Visit notes longer than 4,000 characters were cut off in the PDF.
  - Some Android users didn't hear the waiting-room chime.

Questions: product@mydocnow.example.com
""")

add('none', 'telehealth-password-changed',
    'security notice that an account password changed; no health content',
    'MyDocNow Security <security@%s>' % MD,
    'Gabriel Moss <gabe.moss@mail.example.org>',
    'Your MyDocNow password was changed',
    """\
Hi Gabriel,

The password on your MyDocNow account was changed on October 30 at
7:48 am (Pacific) from Chrome on Windows.

If you did this, no action is needed.

If you didn't, reset your password now at
https://app.mydocnow.example.com/reset and turn on two-step verification.

MyDocNow never asks for your password by phone or e-mail.
""")

add('none', 'telehealth-marketing-ten-minutes',
    'telehealth marketing for a cash-price virtual visit; lists conditions generally, no individual',
    'MyDocNow <hello@%s>' % MD,
    'Olivia Grant <olivia.grant@inbox.example.com>',
    'Sick? See a doctor in 10 minutes, from your couch',
    None, html_only=True, html="""\
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>MyDocNow</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;margin:0;background:#f7f7fb">
<div style="max-width:580px;margin:0 auto;background:#fff;padding:28px">
<p style="font-size:13px;color:#6b6b80">Hi Olivia,</p>
<h1 style="font-size:28px;color:#3a2d8f">Feel better, faster.</h1>
<p>Board-certified doctors and nurse practitioners, 24/7, on your phone. Average wait: 9 minutes.</p>
<p><b>We treat:</b> colds and flu, sinus infections, pink eye, UTIs, rashes, allergies, back pain,
and prescription refills for many common medicines.</p>
<p><b>$49 per visit</b> without insurance, or your normal copay with most plans.</p>
<p><a href="https://app.mydocnow.example.com/start?src=em1103" style="display:inline-block;background:#3a2d8f;color:#fff;padding:12px 24px;border-radius:24px;text-decoration:none">Start a visit</a></p>
<p style="font-size:11px;color:#999">MyDocNow does not treat emergencies. If you have chest pain or trouble breathing, call 911.
MyDocNow, Inc., 77 Foundry Lane, Eastlake WA. <a href="https://app.mydocnow.example.com/unsubscribe">Unsubscribe</a></p>
</div>
</body></html>
""")

add('none', 'clinician-credentialing-packet',
    "telehealth clinician credentialing: a physician's NPI, DEA and licences; staff data, no patient",
    'MyDocNow Credentialing <credentialing@%s>' % MD,
    'Dr. Kenji Sato <ksato@clinicians.mydocnow.example.com>',
    'Credentialing file complete - 3 items before Nov 15',
    """\
Hi Dr. Sato,

Your credentialing file is almost complete. We have:

  NPI 1706152984 (verified)
  DEA FH7253064 - WA, expires 2028-04-30 (verified)
  WA MD licence MD60447812, OR MD licence MD-205118
  Board certification: Family Medicine, Addiction Medicine
  Malpractice: certificate through 01/31/2027

Still needed before November 15:
  1. DEA registration for Oregon (a separate registration is needed for
     each state where you prescribe controlled substances)
  2. signed attestation page (page 4 of the application)
  3. a current CV with month/year for every gap over 6 months

Upload at https://credentialing.mydocnow.example.com

Thanks,
Alana Pierce, CPCS
MyDocNow Credentialing - (360) 555-0168
""")

add('none', 'fhir-webhook-test-payload',
    'telehealth API webhook test with a synthetic ZZTEST patient; no real individual',
    'MyDocNow Developer Platform <devplatform@%s>' % MD,
    'Integration Engineers - Eastlake FM <it@eastlakefm.example.org>',
    '[sandbox] webhook test delivery: Encounter.finished',
    """\
This is a TEST delivery from the MyDocNow sandbox to your endpoint
https://hooks.eastlakefm.example.org/mydocnow (HTTP 200 in 212 ms).

The payload below uses the synthetic test patient ZZTEST, ZZPATIENT
(DOB 1900-01-01). It is not real data. Production deliveries will
only start after you flip the switch in the developer console.

Delivery ID: whk_01J8Z4W16QP7 | Signature header: X-MDN-Signature
""",
    atts=[fhir('encounter-finished-sandbox.json', {
        'resourceType': 'Bundle', 'type': 'message', 'id': 'sandbox-0001',
        'meta': {'tag': [{'system': 'http://terminology.hl7.org/CodeSystem/v3-ActReason', 'code': 'HTEST',
                          'display': 'test health data'}]},
        'entry': [
            {'resource': {'resourceType': 'MessageHeader', 'id': 'mh-1',
                          'eventCoding': {'system': 'https://mydocnow.example.com/events', 'code': 'encounter-finished'},
                          'source': {'endpoint': 'https://sandbox.mydocnow.example.com/fhir'}}},
            {'resource': {'resourceType': 'Patient', 'id': 'zztest-1',
                          'name': [{'family': 'ZZTEST', 'given': ['ZZPATIENT']}], 'birthDate': '1900-01-01'}},
            {'resource': {'resourceType': 'Encounter', 'id': 'enc-test-1', 'status': 'finished',
                          'class': {'system': 'http://terminology.hl7.org/CodeSystem/v3-ActCode', 'code': 'VR'},
                          'subject': {'reference': 'Patient/zztest-1'},
                          'period': {'start': '2026-10-28T09:00:00Z', 'end': '2026-10-28T09:12:00Z'}}},
        ]})])

add('none', 'maintenance-notice-ko',
    'Korean telehealth service-maintenance notice; no individual',
    '마이닥나우 고객센터 <help@%s>' % MD,
    '마이닥나우 회원 <members-ko@lists.mydocnow.example.com>',
    '[마이닥나우] 서비스 점검 안내 (11월 14일 오전 1시~5시)',
    """\
안녕하세요, 마이닥나우입니다.

더 안정적인 서비스를 위해 아래와 같이 시스템 점검을 진행합니다.

■ 점검 일시: 2026년 11월 14일(토) 오전 1시 ~ 5시 (미국 태평양 시간)
■ 점검 내용: 화상 진료 서버 업그레이드 및 보안 업데이트
■ 영향: 점검 시간 동안 앱 로그인, 진료 예약, 화상 진료, 처방전 전송을
  이용하실 수 없습니다.

이미 예약된 진료가 있으신 경우 담당 의료진이 따로 연락드려 시간을
조정해 드립니다. 응급 상황에서는 앱 대신 911에 연락해 주십시오.

이용에 불편을 드려 죄송합니다.

마이닥나우 고객센터 드림
1-800-555-0124 / help@mydocnow.example.com
""", lang='Korean', cs='euc-kr', cte='base64')

add('phi', 'telehealth-visit-summary-sinusitis',
    "telehealth visit summary to a named patient with diagnosis and antibiotic",
    'MyDocNow <visits@%s>' % MD,
    'Gabriel Moss <gabe.moss@mail.example.org>',
    'Your visit summary - Dr. Amelia Novak, Oct 31',
    """\
Hi Gabriel,

Thanks for visiting MyDocNow today. Here's your summary.

Clinician: Amelia Novak, MD
Visit: video, October 31, 2026, 8:14-8:26 am
Reason: sinus pain and congestion for 12 days

Diagnosis: acute bacterial sinusitis (J01.90)
Prescription: amoxicillin-clavulanate 875/125 mg, 1 tablet twice a day
  for 7 days, sent to Corner Apothecary, 418 Fifth Street
Also: saline rinses twice a day, ibuprofen as needed

See a doctor in person if you have a fever over 102 F, swelling around
your eyes, a severe headache or a stiff neck, or if you're not better
in 3 days.

Visit ID MDN-V-26-7731045. Cost: $0 copay (Keystone Valley Health Plan).
""", html=True)

add('phi', 'fwd-portal-potassium',
    "patient forwards a portal lab notification to her husband and asks about her high potassium",
    'Denise Walsh <dwalsh61@mail.example.com>',
    'Patrick Walsh <pwalsh59@mail.example.com>',
    'Fwd: You have a new test result',
    """\
it says my potassium is high?? 5.9. the portal says the doctor will
call but nobody has. should I stop the spironolactone?? can you call
them from work, I'm in the meeting until 3.

D
""", family=True,
    atts=[rfc822(dict(
        frm='Eastlake Family Medicine Patient Portal <no-reply@portal.eastlakefm.example.org>',
        to='Denise Walsh <dwalsh61@mail.example.com>',
        subject='You have a new test result',
        body="""\
Hello Denise,

A new test result is available in your patient portal.

  Test: Basic metabolic panel
  Ordered by: Ruth Kaplan, MD
  Collected: 10/28/2026

  Potassium        5.9 mmol/L   (3.5 - 5.1)   HIGH
  Creatinine       1.4 mg/dL    (0.6 - 1.1)   HIGH
  Sodium           137 mmol/L   (135 - 145)
  Glucose          112 mg/dL    (70 - 99)     HIGH

Your care team will contact you if follow-up is needed.

Log in at https://portal.eastlakefm.example.org to view details.
Please do not reply to this message.
""", when='2026-10-29 11:02'))], when='2026-10-29 12:37')

add('phi', 'fhir-a1c-result-app',
    "telehealth app sends a named patient's A1c result as a FHIR Observation attachment",
    'MyDocNow Lab Results <labs@%s>' % MD,
    'Thanh Nguyen <thanh.nguyen@mail.example.net>',
    'Your lab result is ready',
    """\
Hi Thanh,

Your hemoglobin A1c result from your at-home test kit is ready: 8.4%.
Your goal is under 7%. Dr. Novak reviewed it and recommends a follow-up
visit within 2 weeks to talk about your diabetes medicines.

The structured result is attached for your records or to share with
your own doctor.

MyDocNow
""",
    atts=[fhir('observation-hba1c.json', {
        'resourceType': 'Observation', 'id': 'mdn-obs-55102', 'status': 'final',
        'category': [{'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/observation-category',
                                  'code': 'laboratory'}]}],
        'code': {'coding': [{'system': 'http://loinc.org', 'code': '4548-4',
                             'display': 'Hemoglobin A1c/Hemoglobin.total in Blood'}]},
        'subject': {'reference': 'Patient/mdn-pt-30418827', 'display': 'Thanh Nguyen'},
        'effectiveDateTime': '2026-10-27T08:30:00-07:00',
        'valueQuantity': {'value': 8.4, 'unit': '%', 'system': 'http://unitsofmeasure.org', 'code': '%'},
        'interpretation': [{'coding': [{'system': 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
                                        'code': 'H'}]}],
        'performer': [{'display': 'Amelia Novak, MD'}],
        'identifier': [{'system': 'http://hl7.org/fhir/sid/us-npi', 'value': '1349582712'}],
    })])

add('phi', 'father-fever-after-surgery-ar',
    "son writes in Arabic asking for a video visit for his named father's fever and jaundice after gallbladder surgery",
    'كريم حداد <karim.haddad@mail.example.com>',
    'MyDocNow <support@%s>' % MD,
    'والدي مصاب بحمى بعد خروجه من المستشفى',
    """\
مرحبًا،

أنا كريم حداد، أكتب بخصوص والدي يوسف حداد، عمره 76 عامًا. خرج من
المستشفى يوم الاثنين بعد عملية استئصال المرارة بالمنظار. منذ الليلة
الماضية ارتفعت حرارته إلى 38.6، وهو يشكو من ألم في الجهة اليمنى من
البطن، ولاحظنا اصفرارًا خفيفًا حول عينيه.

يتناول المضاد الحيوي أموكسيسيلين كما وصفه الطبيب، ومسكّن الألم عند
الحاجة. هل يمكن أن يراه طبيب عبر الفيديو اليوم، أم يجب أن نذهب إلى
الطوارئ مباشرة؟

رقم هاتفي: (360) 555-0187

شكرًا لكم،
كريم
""", lang='Arabic', cs='windows-1256', cte='base64', family=True)

add('restricted', 'adhd-telepsychiatry-followup',
    "telepsychiatry service's follow-up note on a named patient's ADHD medication management",
    'MyDocNow Behavioral Health <bh@%s>' % MD,
    'Jonah Whitfield <jonah.whitfield@inbox.example.com>',
    'After your visit with Dr. Farrow (psychiatry)',
    """\
Hi Jonah,

Here are the notes from today's telepsychiatry follow-up with
Dr. Lena Farrow.

  Diagnosis: ADHD, combined presentation (F90.2)
  Current medicine: methylphenidate ER 36 mg every morning
  Change: increase to 54 mg every morning starting tomorrow
  Sleep: take it before 8 am; if you have trouble falling asleep,
  send a message in the app.
  Monitoring: please check your blood pressure and pulse at the
  pharmacy kiosk in 2 weeks and enter them in the app.

Because this is a controlled medicine, the prescription goes to your
pharmacy for 30 days at a time and each refill needs a visit or a
message from Dr. Farrow. Next visit: 4 weeks.

MyDocNow Behavioral Health
""", cat='mental health')

add('restricted', 'bup-home-induction-summary',
    "telehealth addiction-medicine visit summary with a named patient's buprenorphine home induction plan",
    'MyDocNow Recovery Care <recovery@%s>' % MD,
    'Cody Pearson <cody.pearson@mail.example.net>',
    'Your plan for starting buprenorphine - please read before Saturday',
    """\
Hi Cody,

Thanks for meeting with Dr. Sato today. Your prescription for
buprenorphine/naloxone 8 mg/2 mg films (14 films) was sent to
Corner Apothecary.

Starting at home (this is important):
  1. Wait until you're in moderate withdrawal - at least 24 hours after
     your last fentanyl use, often longer - and your withdrawal score
     in the app is 12 or higher.
  2. Day 1: put 1/2 film under the tongue. If you still feel sick after
     an hour, take another 1/2. Up to 2 films on day 1.
  3. Day 2 on: 2 films once a day, unless Dr. Sato tells you otherwise.

If withdrawal suddenly gets much worse after your first dose, stop and
call us: (360) 555-0125, 24/7.

Keep the naloxone spray we prescribed where your roommate can find it.
Your next video visit is Tuesday at 9:00 am.

MyDocNow Recovery Care
""", cat='substance use')

add('restricted', 'sti-result-chlamydia',
    "telehealth message telling a named patient his chlamydia test was positive, with treatment and partner notification",
    'MyDocNow Sexual Health <sexualhealth@%s>' % MD,
    'Andre Pham <andre.pham@mail.example.org>',
    'Your test results from your at-home kit',
    """\
Hi Andre,

Your results from the at-home STI kit you returned on October 26:

  Chlamydia (urine NAAT): POSITIVE
  Gonorrhea (urine NAAT): negative
  HIV-1/2 antigen/antibody: negative
  Syphilis antibody: negative

Chlamydia is common and easy to cure. Nurse practitioner Kaur sent a
prescription for doxycycline 100 mg twice a day for 7 days to Corner
Apothecary. Please avoid sex until 7 days after you finish the pills.

Your partner(s) from the last 60 days should be treated too. You can
send them an anonymous notice from the app, and we can prescribe for a
partner without a visit.

We recommend a repeat test in 3 months.

MyDocNow Sexual Health
""", cat='reproductive')

add('restricted', 'medication-abortion-followup',
    "telehealth follow-up with a named patient after medication abortion",
    'MyDocNow Reproductive Health <reprohealth@%s>' % MD,
    'Leah Kaminski <leah.kaminski@inbox.example.net>',
    'Checking in: your follow-up after your abortion pills',
    """\
Hi Leah,

It's been one week since you took mifepristone and misoprostol after
your visit with Dr. Holloway on October 23. We'd like to make sure
everything went as expected.

Please complete the 3-minute check-in in the app, and take the
low-sensitivity pregnancy test that came in your kit on November 20
(4 weeks after treatment). If it's positive, or if you're still
bleeding heavily (soaking 2 or more pads an hour for 2 hours), have a
fever for more than 24 hours, or feel very unwell, contact us right
away at (360) 555-0126, 24/7.

If you'd like to start birth control, we can talk about options at a
video visit whenever you're ready. There's no cost.

MyDocNow Reproductive Health
""", cat='reproductive', when='2026-10-30 10:00')

add('restricted', 'carrier-screening-results-couple',
    "genetic counsellor explains a named couple's expanded carrier screening results by telehealth",
    'Nadia Bishara, MS, CGC <nbishara@%s>' % MD,
    ['Sophie Laurent <sophie.laurent@mail.example.com>', 'Daniel Laurent <dan.laurent@mail.example.com>'],
    'Your carrier screening results',
    """\
Dear Sophie and Daniel,

As we discussed on our video call this morning, here is a summary of
your expanded carrier screening results (Panel: 274 genes).

  Sophie: carrier of one pathogenic variant in CFTR (F508del),
          associated with cystic fibrosis.
  Daniel: no pathogenic variants found in CFTR. Carrier of one variant
          in GJB2 (35delG), associated with hearing loss.

Because you are not carriers for the same condition, the chance of
having a child with cystic fibrosis or GJB2-related hearing loss is
low (residual risk for CF about 1 in 1,200). No further testing is
needed for this pregnancy plan unless you'd like it.

Sophie's relatives (sisters, brother) may want to know they have a
50% chance of also being CF carriers. I can send you a family letter
to share with them if you choose.

Warm regards,
Nadia Bishara, MS, CGC
Genetic Counseling, MyDocNow
""", cat='genetic')


# --- sports medicine and physical therapy --------------------------------

KS = 'kineticsportsmed.example.com'

add('none', 'pilates-for-runners-timetable',
    'physio clinic class timetable; no individual',
    'Kinetic Sports Medicine <classes@%s>' % KS,
    'Kinetic Members <members@lists.kineticsportsmed.example.com>',
    'Winter classes: Pilates for Runners, Strong Knees, Return to Golf',
    """\
Winter class timetable (6-week blocks starting the week of Nov 30)

  Mon  6:00 pm  Pilates for Runners (mat)           with Jonah, DPT
  Tue  7:00 am  Strong Knees: post-rehab strength    with Priya, PTA
  Wed  6:00 pm  Pilates for Runners (reformer)      with Jonah, DPT
  Thu  9:30 am  Balance & Falls Prevention 65+      with Marco, DPT
  Sat  8:00 am  Return to Golf: mobility & swing    with Marco, DPT

$120 per 6-week block, or $25 drop-in. Classes are capped at 8 so a
physical therapist can watch everyone's form. Most HSA/FSA cards work.

Sign up at the front desk or https://kineticsportsmed.example.com/classes
Kinetic Sports Medicine & Physical Therapy - (360) 555-0190
""", html=True)

add('none', 'acl-prevention-newsletter',
    'sports clinic newsletter on ACL injury prevention; general education',
    'Dr. Alejandro Ortega <aortega@%s>' % KS,
    'Coaches and Parents <community@lists.kineticsportsmed.example.com>',
    'Why girls tear their ACL more often - and the 15-minute warm-up that helps',
    """\
Hi coaches and parents,

Every fall we see a wave of ACL tears in high school soccer and
basketball players, and girls are 2 to 6 times more likely to tear
theirs than boys playing the same sport. Hormones get blamed, but most
of it is mechanics: landing with stiff hips and knees that cave inward.

The good news is that neuromuscular warm-up programs cut ACL injuries
roughly in half when teams do them at least twice a week. Ours takes
15 minutes and needs no equipment:

  1. jogging with hip openers and shuffles (3 min)
  2. Nordic hamstring lowers (3 x 5)
  3. single-leg balance with a partner push (30 s each side)
  4. jump-and-land drills: "soft knees, knees over toes" (2 x 10)
  5. lateral bounds and cutting at half speed (2 x 6)

Our PTs will come to your practice and teach it for free this winter.
Reply to book a session.

Alejandro Ortega, MD
Orthopaedic Sports Medicine, Kinetic Sports Medicine
(360) 555-0190
""")

add('none', 'ultrasound-unit-invoice',
    'equipment purchase invoice for a therapeutic ultrasound unit; business mail',
    'Rehab Equip Direct <orders@rehabequip.example.net>',
    'Accounts Payable - Kinetic <ap@%s>' % KS,
    'Invoice RED-20417: Resona 2 combo unit + cart',
    """\
Invoice RED-20417   Customer 5531 (Kinetic Sports Medicine)
Ship to: 910 Riverside Drive, Eastlake WA 98604

  Resona 2 ultrasound/e-stim combo unit    1   $3,480.00
  Mobile cart with drawer                     1     $395.00
  5 cm2 sound head (spare)                    1     $610.00
  Electrodes 2" round, 4 per pack            20      $96.00
  Freight                                             $0.00
  Total                                           $4,581.00

Calibration certificate and the 3-year warranty card are in the box.
Net 30. Remit to Rehab Equip Direct, PO Box 4410, Tacoma WA.

Rehab Equip Direct - (253) 555-0179
""")

add('none', 'team-sponsorship-thanks',
    'youth soccer club thanks a clinic for sponsorship; no health content',
    'Eastlake United Youth Soccer <board@eastlakeunited.example.org>',
    'Dr. Alejandro Ortega <aortega@%s>' % KS,
    'Thank you for sponsoring the U12 girls!',
    """\
Dr. Ortega,

On behalf of the whole club, thank you for sponsoring our U12 girls'
team this season. The new jerseys with your logo arrived just in time
for the tournament in Longview, and the girls took second place!

We'd love to have you at the end-of-season party on November 21 to hand
out the trophies. Pizza at Rocco's at 5 pm.

With thanks,
Janelle Voss
Sponsorship Chair, Eastlake United Youth Soccer
(360) 555-0192
""")

add('phi', 'acl-rehab-progress-note',
    "physical therapist's progress note to the surgeon on a named patient's ACL reconstruction rehab (PDF)",
    'Jonah Feld, DPT <jfeld@%s>' % KS,
    'Dr. Alejandro Ortega <aortega@%s>' % KS,
    'PT progress - Hughes, Kendra - 12 wk post L ACLR',
    """\
Alejandro,

Kendra Hughes is 12 weeks out from her left ACL reconstruction
(hamstring autograft, 8/4). Progress report attached. Short version:
full extension, flexion 130, quad index 71%. She wants to start running
- I'd like your OK to begin the walk-run progression on the treadmill
next week, with hop testing at 16 weeks.

Jonah
""",
    atts=[pdf('PT_progress_Hughes_Kendra_2026-10-27.pdf', [
        'KINETIC SPORTS MEDICINE & PHYSICAL THERAPY - PROGRESS REPORT',
        'Patient: Kendra Hughes    DOB 05/30/2008    MRN KSM-31207',
        'Diagnosis: S83.512D sprain of ACL, left knee; s/p ACL reconstruction 08/04/2026',
        'Referring: Alejandro Ortega, MD    Visits to date: 22 of 36 authorized',
        '',
        'Subjective: no pain with daily activity; mild ache after stairs. Goal: return to soccer.',
        'Objective: knee ROM 0-130 deg (R 0-145). Effusion trace. Quad index 71%.',
        '  Single-leg squat: mild valgus L. Y-balance anterior reach deficit 6 cm.',
        'Assessment: progressing as expected for 12 weeks post-op.',
        'Plan: 2x/week x 8 weeks; begin walk-run progression pending MD approval;',
        '  continue closed-chain strength, plyometric prep; hop test battery at 16 weeks.',
        '',
        'Jonah Feld, PT, DPT   NPI 1192837460',
    ], flate=True)])

add('phi', 'concussion-return-to-play-coach',
    "athletic trainer tells a coach a named player's concussion status and return-to-play stage",
    'Keisha Monroe, ATC <kmonroe@ashford-university.example.org>',
    "Coach Dana Whitaker <dwhitaker@ashford-university.example.org>",
    'Bri Okafor - concussion update',
    """\
Coach,

Update on Bri Okafor: she's symptom-free at rest since Tuesday and her
computerized neurocognitive scores are back to baseline, so Dr. Ortega cleared her to start
the return-to-play progression. Today was stage 2 (light bike, 15 min)
with no symptoms.

If she stays symptom-free, the plan is:
  Thu  stage 3 - running drills, no heading, no contact
  Fri  stage 4 - non-contact practice
  Mon  stage 5 - full practice, after Dr. Ortega signs off
  Wed  earliest game

She's still on reduced screen time and has academic accommodations
through Friday, so please don't give her the film homework yet.

Keisha
""")

add('phi', 'knee-pain-again-tr',
    "a named patient writes in Turkish to her physiotherapist about new knee swelling after meniscus surgery",
    'Elif Yıldız <elif.yildiz@mail.example.com>',
    'Jonah Feld, DPT <jfeld@%s>' % KS,
    'Dizimdeki ağrı tekrar başladı',
    """\
Merhaba Jonah Bey,

Ben Elif Yıldız, geçen ay menisküs ameliyatımdan sonra size fizik
tedaviye geliyorum. Dün akşam merdivenden inerken sağ dizimden bir
"klik" sesi geldi, sonra diz şişti ve şimdi tam bükemiyorum. Buz koydum,
bir tane de ibuprofen aldım ama ağrı geçmedi.

Perşembe günkü seansa yine de geleyim mi, yoksa önce Dr. Ortega'ya mı
görünmem gerekiyor? Egzersizlere devam edeyim mi, ara mı vereyim?

Teşekkürler,
Elif Yıldız
(360) 555-0185
""", lang='Turkish', cs='iso-8859-9', cte='quoted-printable', family=True)

# --- veterinary clinic: Willowbend ----------------------------------------

WB = 'willowbendvet.example.com'

add('none', 'dog-rabies-reminder',
    "borderline: a vet's reminder naming the owner and her dog's rabies vaccine; animal care is not a person's health care",
    'Willowbend Veterinary Clinic <reminders@%s>' % WB,
    'Lauren Pike <lauren.pike@mail.example.net>',
    "Biscuit is due for his rabies vaccine",
    """\
Hi Lauren,

Our records show that Biscuit (canine, 6 yrs, golden retriever mix) is
due for:

  Rabies (3-year)         due 11/12/2026
  DHPP booster            due 11/12/2026
  Heartworm test (4Dx)    due 11/12/2026

Rabies vaccination is required by law for dogs in our county, and his
licence renewal will ask for the certificate.

Book online at https://www.willowbendvet.example.com/book or call
(360) 555-0170. If Biscuit has had these shots elsewhere, just reply
with the records and we'll update his chart.

Willowbend Veterinary Clinic
""", html=True)

add('none', 'cat-dental-estimate',
    "vet estimate for a cat's dental cleaning under anaesthesia; the owner is named but the care is for an animal",
    'Dr. Neha Patel, DVM <npatel@%s>' % WB,
    'Carlos Medina <cmedina@inbox.example.com>',
    "Estimate for Pepper's dental",
    """\
Hi Carlos,

As promised, here's the estimate for Pepper's dental cleaning. She has
tartar on most of her back teeth and at least one tooth (lower left
premolar) with a resorptive lesion that will probably need to come out.
Bloodwork from last week was normal, so she's a good anaesthesia
candidate for a 13-year-old.

The PDF has a low and a high estimate; the high one assumes two
extractions. She'll go home the same day with a few days of
buprenorphine drops for pain and soft food.

Dr. Neha Patel, DVM
Willowbend Veterinary Clinic - (360) 555-0170
""",
    atts=[pdf('Estimate_Pepper_Medina_dental.pdf', [
        'WILLOWBEND VETERINARY CLINIC - TREATMENT ESTIMATE',
        'Client: Carlos Medina      Patient: Pepper (feline, DSH, 13 y, F/S, 3.9 kg)',
        '',
        'Item                                         Low        High',
        'Pre-anesthetic exam                         58.00      58.00',
        'IV catheter and fluids                      96.00      96.00',
        'General anesthesia and monitoring (60/90)  245.00     340.00',
        'Full-mouth dental radiographs              185.00     185.00',
        'Scaling and polishing                      160.00     160.00',
        'Surgical extraction (each)                   0.00     360.00',
        'Local nerve blocks                          45.00      45.00',
        'Buprenorphine oral (take-home)              28.00      28.00',
        'TOTAL                                      817.00    1272.00',
        'Estimate valid 60 days. Deposit of 50% of low estimate at drop-off.',
    ])])

add('none', 'vet-staff-xray-install',
    'vet clinic staff mail about a new X-ray system install; no health content',
    'Rita Okafor <rokafor@%s>' % WB,
    'Willowbend Team <team@%s>' % WB,
    'DR install Thursday - no radiographs 8-1',
    """\
Team,

The new digital radiography panel is being installed Thursday morning.
No radiographs from 8 to 1. Please move any sedated rads to the
afternoon and warn clients on the phone.

Training on the new software is at 1:15 in treatment (20 minutes,
everyone who takes films). Lead aprons and thyroid shields are moving
to the hooks by the door.

Also, whoever left the half-eaten cake in the lab fridge, Dr. Patel
says it's next to the fecal samples and she's throwing it out at 5.

Rita
Practice Manager
""")

add('none', 'cat-vaccine-reminder-ja',
    "Japanese vet reminder for a cat's vaccination; names the owner and pet only",
    'ウィローベンド動物病院 <reminders@%s>' % WB,
    '佐藤 恵美 <emi.sato@mail.example.org>',
    '【ウィローベンド動物病院】ミルクちゃんのワクチン接種のお知らせ',
    """\
佐藤 恵美 様

いつもウィローベンド動物病院をご利用いただき、ありがとうございます。

ミルクちゃん（猫・メス・5歳）の三種混合ワクチンの接種時期が近づいて
まいりましたので、お知らせいたします。

　前回接種日：2025年11月20日
　次回接種の目安：2026年11月20日ごろ

ご予約はお電話、またはウェブサイトから承っております。当日はできる
だけキャリーに入れてお連れください。食欲や元気がない場合は接種を
延期することがありますので、ご来院前にお知らせください。

ウィローベンド動物病院
電話：(360) 555-0170
https://www.willowbendvet.example.com
""", lang='Japanese', cs='shift_jis', cte='base64')

add('phi', 'vet-tech-own-migraine',
    "borderline: a vet-clinic staffer tells her manager about her own migraine and medication; a person's health, from an animal-care domain",
    'Carly Nguyen-Ross <cnguyenross@%s>' % WB,
    'Rita Okafor <rokafor@%s>' % WB,
    'going home',
    """\
Rita - I'm so sorry, I have to go home. Migraine came on at 10 with the
aura and everything. I took my sumatriptan at 10:15 but it's not
touching it and I can't look at the monitor. Dr. Hale (my neuro, not
ours lol) just started me on topiramate for prevention two weeks ago
and said it could make things weird at first.

Jess said she can cover my 1:00 and 1:30. I'll be back tomorrow unless
it's still going, I'll text you by 7.

Carly
""", family=True)

# --- fitness app, corporate wellness, gyms, spas ---------------------------

TW = 'thriveatwork.example.net'
SU = 'strideup.example.com'
IH = 'ironhousefitness.example.com'
LS = 'lotusandstone.example.com'

add('none', 'step-challenge-leaderboard',
    'wellness challenge leaderboard with step counts only; no health information',
    'Thrive@Work Challenges <challenges@%s>' % TW,
    'Cedarcrest Foods Employees <all@cedarcrestfoods.example.com>',
    'Step Up November - week 1 leaderboard',
    """\
Week 1 of Step Up November is in the books! 318 of you synced a
tracker, and together you walked 41.2 million steps - about 19,500
miles, or Eastlake to Sydney and back.

Top teams and walkers are in the attached CSV. Everyone who averages
7,000 steps a day for the month gets a $25 gift card; the top team
picks which local charity gets the $1,000 donation.

Keep it up - and remember, raking leaves counts.

Thrive@Work on behalf of Cedarcrest Foods HR
""",
    atts=[csvatt('stepup-week1-leaderboard.csv', [
        ['rank', 'name', 'team', 'steps_week1', 'daily_avg'],
        ['1', 'Marisol Vega', 'Night Shift Ninjas', '142880', '20411'],
        ['2', 'Tom Becker', 'Loading Dock Legends', '131402', '18772'],
        ['3', 'Aisha Rahman', 'Quality Queens', '118990', '16999'],
        ['4', 'Ramon Ortiz', 'Loading Dock Legends', '112305', '16044'],
        ['5', 'Linda Park', 'HR Heroes', '109877', '15697'],
        ['6', 'Devon Hale', 'Night Shift Ninjas', '104220', '14889'],
        ['7', 'Greta Sundqvist', 'Maintenance Mavericks', '99415', '14202'],
    ])])

add('none', 'gym-class-timetable',
    "gym's weekly class timetable; no individual",
    'IronHouse Fitness <classes@%s>' % IH,
    'IronHouse Members <members@lists.ironhousefitness.example.com>',
    'New November timetable - 6 am HIIT is back!',
    None, html_only=True, html="""\
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>IronHouse timetable</title></head>
<body style="font-family:Impact,'Arial Narrow',sans-serif;background:#111;color:#eee">
<h1 style="color:#ff5722;letter-spacing:2px">NOVEMBER TIMETABLE</h1>
<table cellpadding="8" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:14px">
<tr style="background:#ff5722;color:#111"><th></th><th>Mon</th><th>Tue</th><th>Wed</th><th>Thu</th><th>Fri</th><th>Sat</th></tr>
<tr><td>6:00</td><td>HIIT</td><td>Spin</td><td>HIIT</td><td>Spin</td><td>HIIT</td><td></td></tr>
<tr><td>9:00</td><td>Silver Strength</td><td></td><td>Silver Strength</td><td></td><td>Yoga Flow</td><td>Bootcamp</td></tr>
<tr><td>12:10</td><td>Core 30</td><td>Kettlebells</td><td>Core 30</td><td>Kettlebells</td><td>Core 30</td><td></td></tr>
<tr><td>17:30</td><td>Spin</td><td>Boxing</td><td>Spin</td><td>Boxing</td><td></td><td></td></tr>
<tr><td>18:30</td><td>Power Yoga</td><td>Olympic Lifting</td><td>Zumba</td><td>Olympic Lifting</td><td></td><td></td></tr>
</table>
<p style="font-family:Arial,sans-serif">Book in the app. Late cancels (under 2 h) cost a class credit.
Questions? Front desk (360) 555-0194.</p>
<p style="font-family:Arial,sans-serif;font-size:11px;color:#888">IronHouse Fitness, 2400 Mill Street, Eastlake.
<a style="color:#ff5722" href="https://ironhousefitness.example.com/unsubscribe">Unsubscribe</a></p>
</body></html>
""")

add('none', 'spa-gift-card-order',
    'spa gift card order confirmation; no health content',
    'Lotus & Stone Day Spa <orders@%s>' % LS,
    'Brian Okafor <brian.okafor@mail.example.net>',
    'Your e-gift card order LS-GC-30914',
    """\
Thank you, Brian!

  E-gift card: $150.00 - "Sunday Reset" (60-min massage + facial)
  To: Ngozi Okafor (ngozi.okafor@mail.example.net)
  Delivery: December 25, 2026 at 8:00 am
  Message: "Merry Christmas, you deserve a nap that isn't on the couch. B."
  Paid: Mastercard ending 2290

Gift card code will be e-mailed to Ngozi on the delivery date. Gift
cards never expire.

Lotus & Stone Day Spa - 118 Willow Lane, Eastlake - (360) 555-0196
""", html=True)

add('none', 'monthly-steps-summary-chart',
    'borderline: fitness-app monthly activity summary to a named user with step counts and a chart; activity, not health care',
    'StrideUp <hello@%s>' % SU,
    'Nora Kessler <nora.kessler@mail.example.com>',
    'Your October in steps: 212,480 (a new personal best!)',
    """\
Nice work, Nora!

October recap
  Total steps: 212,480 (up 14% from September)
  Best day: Saturday, October 17 - 15,902 steps
  Longest streak of 8,000+ days: 11 days
  Active minutes: 1,140

Your weekly chart is attached. November goal suggestion: 7,500 steps a
day. Tap "Set goal" in the app to accept.

StrideUp - Move more, every day.
Manage e-mail preferences: https://app.strideup.example.com/settings
""",
    atts=[png('october-steps.png', chart_painter, w=64, h=64)])

add('none', 'wellness-aggregate-report',
    'corporate wellness vendor aggregate biometric report to an employer; de-identified, no individual',
    'Dr. Sunita Rao <srao@%s>' % TW,
    'Linda Park <lpark@cedarcrestfoods.example.com>',
    'Cedarcrest 2026 biometric screening - aggregate report',
    """\
Hi Linda,

Attached is the aggregate report from the September screenings. As
usual, you only receive group results; no one can be identified and
groups smaller than 20 are suppressed. Individual results went only to
the employees, and to their own doctors if they asked.

Two things stood out this year: blood pressure (31% in the elevated or
stage 1-2 range, up from 26%) and the number of people who didn't know
their A1c was in the prediabetes range. We'd suggest a blood pressure
self-check station in the break room and a diabetes prevention program
in the spring.

Sunita Rao, MD, MPH
Medical Director, Thrive@Work
""",
    atts=[pdf('Cedarcrest_2026_biometrics_aggregate.pdf', [
        'THRIVE@WORK - CEDARCREST FOODS 2026 BIOMETRIC SCREENING (AGGREGATE)',
        'Participants: 412 of 690 eligible (60%).  Groups under 20 suppressed.',
        '',
        'Measure                       Healthy    At risk    High risk',
        'Blood pressure                  69%        22%          9%',
        'BMI                             31%        36%         33%',
        'Non-HDL cholesterol             58%        27%         15%',
        'A1c (5.7-6.4 / 6.5+)            71%        21%          8%',
        'Tobacco use (self-report)       86%         -          14%',
        '',
        'Compared with 2025: BP high risk +3 points; tobacco -2 points.',
        'Individual results are never shared with the employer.',
    ], flate=True)])

add('none', 'biometric-screening-event',
    'calendar invitation for an on-site biometric screening event; no individual',
    'Thrive@Work Events <events@%s>' % TW,
    'Cedarcrest Foods Employees <all@cedarcrestfoods.example.com>',
    'Invitation: Flu shots + biometric screening, Nov 18-19',
    """\
Book a 15-minute slot in the Thrive@Work app: finger-stick cholesterol
and glucose, blood pressure, height and weight, plus a flu shot if you
want one. Fasting is not required. Participants earn $150 toward their
2027 medical premium.
""",
    atts=[ics('thrive-screening-nov.ics', """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Thrive@Work//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:cedarcrest-screen-1118@thriveatwork.example.net
DTSTAMP:20261101T150000Z
DTSTART:20261118T140000Z
DTEND:20261119T010000Z
SUMMARY:Biometric screening + flu shots (Day 1)
LOCATION:Cedarcrest Foods, Training Center, 880 Orchard Rd
DESCRIPTION:Book a slot in the Thrive@Work app. Results go only to you.
END:VEVENT
BEGIN:VEVENT
UID:cedarcrest-screen-1119@thriveatwork.example.net
DTSTAMP:20261101T150000Z
DTSTART:20261119T140000Z
DTEND:20261119T230000Z
SUMMARY:Biometric screening + flu shots (Day 2)
LOCATION:Cedarcrest Foods, Training Center, 880 Orchard Rd
END:VEVENT
END:VCALENDAR
""", method='PUBLISH')])

add('none', 'membership-freeze-confirm',
    'gym membership freeze confirmation with no health reason given; account data only',
    'IronHouse Fitness <members@%s>' % IH,
    'Sam Whitley <sam.whitley@inbox.example.org>',
    'Your membership freeze is confirmed (Dec 1 - Jan 31)',
    """\
Hi Sam,

Your membership (#IH-20871) is frozen from December 1, 2026 to
January 31, 2027. During the freeze you'll be charged $5/month instead
of $49. Your regular billing restarts February 1.

Need to come back early? Just scan in at the front desk and the freeze
ends automatically.

See you in the new year!
IronHouse Fitness - (360) 555-0194
""")

add('none', 'spa-manager-vcard',
    "spa introduces a new manager and attaches her contact card; no health content",
    'Lotus & Stone Day Spa <hello@%s>' % LS,
    'Corporate Accounts <corporate@lists.lotusandstone.example.com>',
    'Meet Yuki, our new corporate wellness manager',
    """\
Hello friends,

We're happy to introduce Yuki Tanabe, our new manager for corporate
and group bookings - team retreats, chair massage days, and holiday
gift cards in bulk. Her contact card is attached.

Chair massage at your office is back for the holidays: $95 per
therapist-hour, minimum 3 hours.

Warmly,
Lotus & Stone Day Spa
""",
    atts=[vcf('Yuki_Tanabe.vcf', """\
BEGIN:VCARD
VERSION:3.0
N:Tanabe;Yuki;;;
FN:Yuki Tanabe
ORG:Lotus & Stone Day Spa
TITLE:Corporate Wellness Manager
TEL;TYPE=WORK,VOICE:+1-360-555-0197
EMAIL;TYPE=INTERNET:yuki@lotusandstone.example.com
ADR;TYPE=WORK:;;118 Willow Lane;Eastlake;WA;98604;USA
URL:https://lotusandstone.example.com
END:VCARD
""")])

add('phi', 'wellness-vendor-a1c-disclosure',
    "wellness vendor discloses one named employee's A1c and blood pressure to the employer's HR; the name and values are only in the CSV attachment",
    'Thrive@Work Coaching <coaching@%s>' % TW,
    'Linda Park <lpark@cedarcrestfoods.example.com>',
    'Outreach list - 1 participant flagged',
    """\
Hi Linda,

From the September screening, one participant met the "urgent
outreach" criteria and hasn't responded to our coach's calls. Could
you ask her supervisor to have her call us?

See the attached export. Thanks!

Brandon
Thrive@Work Health Coaching
(888) 555-0198
""",
    atts=[csvatt('urgent-outreach-cedarcrest.csv', [
        ['employee_id', 'name', 'dept', 'screen_date', 'a1c_pct', 'bp', 'flag'],
        ['20517', 'Greta Sundqvist', 'Maintenance', '2026-09-17', '10.9', '172/104',
         'A1c >10 and stage 2 BP - refer to PCP'],
    ])])

add('phi', 'fitness-app-bp-coach',
    "fitness app coach comments on a named user's logged high blood-pressure readings and her medicine",
    'Maya from StrideUp Coaching <coach@%s>' % SU,
    'Ines Duarte <ines.duarte@mail.example.net>',
    'About your blood pressure readings this week',
    """\
Hi Ines,

I noticed the three blood pressure readings you logged this week were
158/96, 162/98 and 155/94. You mentioned in your profile that you take
amlodipine 5 mg. Readings this high on medicine are worth a call to
your doctor in the next few days - they may want to adjust your dose.

If you ever see a reading over 180/120, or have chest pain, a severe
headache, or trouble speaking, call 911.

In the meantime, keep logging! Your walks are going great.

Maya
StrideUp Health Coach (not a medical provider)
""")

add('phi', 'trainer-knee-replacement',
    "borderline: gym trainer adapts a named member's programme to her knee replacement and anticoagulant; health details, not from a provider",
    'Dario Russo <dario@%s>' % IH,
    'Patricia Lam <plam@mail.example.org>',
    'Your new program',
    """\
Hi Patricia,

Great first session! Based on what you told me - the left knee
replacement in March, and that you're on Eliquis so we want to avoid
falls and bruising - here's what we'll do for the next 6 weeks:

  - no jumping, no deep squats below 90 degrees, no kneeling on the
    left knee (we'll use the pad if needed)
  - bike warm-up 8 min, then leg press, step-ups to a 6" box, hip
    bridges, seated hamstring curls
  - balance work next to the rail only

If your surgeon or PT has other limits, bring me the sheet. See you
Thursday at 9.

Dario Russo, NASM-CPT
IronHouse Fitness
""")

# --- patients and families writing to their doctors ----------------------

EFM = 'eastlakefm.example.org'

add('phi', 'moms-sugar-310',
    "daughter texts the doctor that her named mother's blood sugar was 310 and asks about extra insulin",
    'Trina Bowles <trinab@inbox.example.com>',
    'Dr. Ruth Kaplan <rkaplan@%s>' % EFM,
    'mom',
    """\
hi dr k, mom's sugar was 310 this am, should she take extra lantus?
she had 2 pieces of cake at my nieces bday last night lol but it's
never this high in the morning. she took her regular 18 units at
bedtime. she feels ok just thirsty. - Trina (Gloria Bowles daughter)

Sent from my iPhone
""", family=True)

add('phi', 'mother-foot-wound-es',
    "daughter writes in Spanish about her named diabetic mother's infected heel blister and high glucose",
    'Gabriela Ortiz <gaby.ortiz@mail.example.com>',
    'Dra. Ruth Kaplan <rkaplan@%s>' % EFM,
    'Mi mamá tiene una herida en el pie que no sana',
    """\
Buenas tardes, doctora Kaplan:

Le escribe Gabriela Ortiz, hija de la señora Carmen Ortiz. Mi mamá
tiene una ampolla en el talón derecho desde hace como diez días, por
unos zapatos nuevos. Ahora está roja alrededor, le sale un líquido
amarillento y huele feo. Ella dice que no le duele, pero usted nos
explicó que por la diabetes tiene poca sensibilidad en los pies.

Esta mañana el azúcar le salió en 287 en ayunas, cuando normalmente
anda en 140. Sigue con la metformina y la insulina de la noche, 22
unidades.

¿La pueden ver mañana, o mejor la llevo a urgencias? Yo la puedo llevar
después de las tres.

Muchas gracias,
Gabriela Ortiz
(360) 555-0157
""", lang='Spanish', cte='quoted-printable', family=True)

add('phi', 'colonoscopy-invite-attachment-only',
    "borderline: a patient sends her husband a calendar invite; the procedure and prep are only in the ICS attachment",
    'Marisa Keane <marisa.keane@mail.example.org>',
    'Dev Keane <dev.keane@mail.example.org>',
    'friday morning',
    """\
can you take friday morning off? details in the invite. you have to
stay the whole time, they won't let me take an uber. love you
""", family=True,
    atts=[ics('invite.ics', """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Mail.example//Calendar 12//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:mk-20261113-0715@mail.example.org
DTSTAMP:20261104T031500Z
DTSTART;TZID=America/Los_Angeles:20261113T071500
DTEND;TZID=America/Los_Angeles:20261113T103000
SUMMARY:Marisa colonoscopy - Eastlake GI (Dr. Mendez) - need driver
LOCATION:Eastlake GI Endoscopy Center, 600 Hospital Way, 2nd floor
DESCRIPTION:Arrive 7:15. Clear liquids only Thursday. Prep (Suprep) 6pm Thursday and 2am Friday. Nothing by mouth after 3am. Propofol sedation so a driver must stay and sign me out. Polyp follow-up from 2023.
ORGANIZER;CN=Marisa Keane:mailto:marisa.keane@mail.example.org
ATTENDEE;CN=Dev Keane;RSVP=TRUE:mailto:dev.keane@mail.example.org
END:VEVENT
END:VCALENDAR
""")], when='2026-11-03 20:15')

# restricted: patients, families and others

add('restricted', 'voicemail-missed-dose-otp',
    "voicemail transcription: a named patient tells his methadone clinic he missed his dose",
    'Harborline Treatment Center Voicemail <voicemail@harborline-tc.example.org>',
    'Harborline Nursing <nursing@harborline-tc.example.org>',
    'New voicemail from (360) 555-0186 (0:38)',
    """\
You have a new voicemail.

From: (360) 555-0186
Received: Saturday, October 31, 6:51 AM
Mailbox: Dosing Window

Transcription (automated, may contain errors):
"Yeah hi, this is Kyle Brennan, uh, client number 4471. I missed my
dose yesterday 'cause my ride bailed and the bus didn't come. I'm
feeling pretty rough, sweating and stuff. Can I still come in today
before you close at eleven, and is it gonna be the full 110 or do I
gotta see the doctor first? Call me back at 360 555 0186. Thanks."
""", cat='substance use', family=True, when='2026-10-31 06:52')

add('restricted', 'husband-iop-naltrexone',
    "wife writes to her husband's primary care doctor about his alcohol intensive outpatient programme and naltrexone",
    'Colleen Marsh <colleen.marsh@mail.example.net>',
    'Dr. Ruth Kaplan <rkaplan@%s>' % EFM,
    'Greg - update and a question',
    """\
Dr. Kaplan,

Greg asked me to write since he's at work. He finished the first three
weeks of the intensive outpatient program at New Harbor (Mon/Wed/Thu
evenings) and hasn't had a drink since September 29. He's proud of
himself and so am I.

The New Harbor doctor started him on naltrexone 50 mg a day, and he
wants to know if it's ok with his liver numbers, since you said in
August they were "a bit high". Should he have his blood drawn again?

He signed the paper at New Harbor so they can talk to you.

Thanks for everything,
Colleen
""", cat='substance use', family=True)

add('restricted', 'son-methadone-travel-pl',
    "mother writes in Polish to the methadone clinic about take-home doses for her named son's trip",
    'Halina Nowicka <halina.nowicka@mail.example.com>',
    'Harborline Treatment Center <frontdesk@harborline-tc.example.org>',
    'Syn – program metadonowy, wyjazd za granicę',
    """\
Dzień dobry,

piszę w sprawie mojego syna, Tomasza Nowickiego, który od marca jest
w programie leczenia metadonem w Państwa poradni. Tomek w przyszłym
tygodniu leci z nami do Polski na pogrzeb dziadka, na osiem dni. Boi
się, że tam nie dostanie leku, a ja nie wiem, jak wygląda przewóz
metadonu przez granicę.

Czy poradnia może wydać mu dawki do domu na cały wyjazd? Obecnie
przyjmuje 80 mg dziennie. Jeśli potrzebne jest zaświadczenie dla
lotniska albo dla lekarza w Polsce, proszę o informację, co mamy
przygotować.

Tomek podpisał zgodę, żebym mogła się z Państwem kontaktować w jego
sprawie – mam nadzieję, że jest w aktach.

Z poważaniem,
Halina Nowicka
tel. (360) 555-0182
""", lang='Polish', cs='windows-1250', cte='quoted-printable', cat='substance use', family=True)

add('restricted', 'wife-bipolar-depression-fwd',
    "husband forwards his wife's psychiatrist's portal message about bipolar depression and lamotrigine, adding his worries",
    'Paul Irving <paul.irving@inbox.example.com>',
    'Dr. Lena Farrow <lfarrow@eastlakebh.example.org>',
    'Fwd: Message from Dr. Farrow - Dee',
    """\
Dr. Farrow,

Dee said it's ok for me to write you, she signed the form last time.
She's been in bed most of the week again. Not eating much, not
answering her sister. She's taking the Lamictal every night, I watch
her, but it doesn't seem to be doing anything yet. The new dose
started Sunday like your message says (below).

She's not talking about hurting herself, I asked straight out like you
told me. But I'm scared it's going like last winter. Is there anything
sooner than the 17th?

Paul
""", family=True, cat='mental health',
    atts=[rfc822(dict(
        frm='Eastlake Behavioral Health Portal <no-reply@portal.eastlakebh.example.org>',
        to='Deirdre Irving <dee.irving@inbox.example.com>',
        subject='Message from Dr. Farrow',
        body="""\
Deirdre,

As we discussed, please increase lamotrigine to 100 mg at bedtime
starting Sunday, November 1. Keep the quetiapine 50 mg at bedtime for
sleep. If you notice any rash, stop the lamotrigine and call us the
same day.

For the bipolar depression, it can take 4-6 weeks at the new dose to
feel a difference. I'd like to see you November 17. Please keep your
therapy sessions with Ms. Okoye weekly until then.

Dr. Lena Farrow
Eastlake Behavioral Health - Psychiatry
""", when='2026-10-29 16:40'))], when='2026-11-05 21:03')

add('restricted', 'partner-undetectable',
    "borderline: HIV is never named; a partner's 'undetectable', CD4 count and 'ID doctor' disclose it",
    'Jamal Reed <jamal.reed@mail.example.net>',
    'Eastlake Family Medicine <nurse@%s>' % EFM,
    'Marcus Bell - good news + forms',
    """\
Hi,

I'm Marcus Bell's partner (I'm on his release form). Just wanted to
pass on that his ID doctor called - he's undetectable now, third time
in a row, and the CD4 is up to 540. Dr. Adeyemi said he can go to
labs every 6 months instead of 3.

Could you update his chart and send the dental office the letter they
keep asking for, that he's stable on his meds? He has a crown prep at
Brightwater on the 19th.

Thanks so much,
Jamal
""", cat='HIV', family=True)

add('restricted', 'brca2-result-letter-fr',
    "genetic counsellor's French letter giving a named patient her pathogenic BRCA2 result and family implications",
    'Claire Dubois <claire.dubois@genetique-stlaurent.example.ca.test>',
    'Martine Gagnon <martine.gagnon@mail.example.com>',
    'Résultat de votre analyse génétique',
    """\
Madame Gagnon,

Comme convenu lors de notre entretien téléphonique de mardi, je vous
confirme par écrit le résultat de l'analyse génétique réalisée à partir
de votre prélèvement sanguin du 2 octobre.

Une variante pathogène a été identifiée dans le gène BRCA2
(c.5946delT). Cette variante est associée à un risque accru de cancer
du sein et de l'ovaire et, dans une moindre mesure, du pancréas.

Ce résultat ne signifie pas que vous avez un cancer. Il permet toutefois
de vous proposer un suivi adapté : une IRM mammaire annuelle en
alternance avec la mammographie, et une discussion avec la
gynéco-oncologue au sujet d'une chirurgie de réduction du risque
ovarien. Un rendez-vous vous est proposé le 18 novembre avec la
Dre Martel.

Vos enfants, ainsi que vos frères et vos soeurs, ont chacun une
probabilité de 50 % d'être porteurs de la même variante. Je vous
enverrai une lettre d'information familiale que vous pourrez leur
remettre si vous le souhaitez.

N'hésitez pas à me joindre pour toute question.

Cordialement,

Claire Dubois, conseillère en génétique
Clinique de génétique, Centre hospitalier Saint-Laurent
514 555-0134
""", lang='French', cs='iso-8859-1', cte='base64', cat='genetic', tz='-0500')

add('restricted', 'moms-lynch-counselling-appt',
    "daughter asks about her named mother's genetic counselling appointment for Lynch syndrome and her own testing",
    'Alicia Ferrante <aferrante@mail.example.com>',
    'Eastlake Cancer Genetics <genetics@eastlakecancer.example.org>',
    "my mom's appointment on the 12th + can I be tested too",
    """\
Hello,

My mom, Rosa Ferrante, has her genetic counselling appointment with
you on November 12 about the Lynch syndrome result from her colon
tumour testing (they said MLH1?). I'm driving her. Two questions:

1. Can I come into the room with her? She's asked me to, her English
   gets shaky when she's nervous.
2. If her blood test confirms it, can my brother and I get tested at
   the same place? I'm 44 and have never had a colonoscopy.

My contact card is attached in case you need to reach me.

Thank you,
Alicia Ferrante
""", cat='genetic', family=True,
    atts=[vcf('Alicia_Ferrante.vcf', """\
BEGIN:VCARD
VERSION:3.0
N:Ferrante;Alicia;;;
FN:Alicia Ferrante
TEL;TYPE=CELL:+1-360-555-0195
EMAIL:aferrante@mail.example.com
NOTE:Daughter of Rosa Ferrante
END:VCARD
""")])

add('restricted', 'hfe-genotype-oru',
    "lab HL7 result with a named patient's HFE genotype (hereditary hemochromatosis) and a genetic-counselling note",
    'Tri-County Lab Interface <interface@tricountylab.example.net>',
    'Results Inbox - Eastlake FM <results@%s>' % EFM,
    'ORU batch 20261102-1 (1 message)',
    """\
Automated delivery from Tri-County Lab. One ORU^R01 message attached.
""",
    atts=[hl7('TCL_ORU_20261102_1.hl7', [
        'MSH|^~\\&|TCLAB|TRICOUNTY|EASTLAKEFM|EFM|202611021015||ORU^R01^ORU_R01|TCL2611020417|P|2.5.1',
        'PID|1||EFM220918^^^EFM^MR||Kowalski^Martin^J||19670314|M|||1812 Alder St^^Eastlake^WA^98604',
        'ORC|RE|EFM-ORD-55821|TCL-26-4417||CM',
        'OBR|1|EFM-ORD-55821|TCL-26-4417|HFEGENO^HFE genotyping C282Y and H63D^L|||202610281130|||||||||1659203842^Kaplan^Ruth^^^^^^NPI',
        'OBX|1|CWE|HFEC282Y^HFE c.845G>A (p.Cys282Tyr)^L||HOM^Homozygous^L||||||F|||202611020950',
        'OBX|2|CWE|HFEH63D^HFE c.187C>G (p.His63Asp)^L||NEG^Not detected^L||||||F|||202611020950',
        'NTE|1||Genotype consistent with HFE-related hereditary hemochromatosis. Genetic counselling recommended; first-degree relatives may wish to be tested.',
    ])], cat='genetic')

add('restricted', 'egg-freezing-benefit-auth',
    "fertility-benefit vendor authorises a named employee's egg-freezing cycle (PDF letter)",
    'Cradle Fertility Benefits <care@cradlebenefits.example.com>',
    'Aisha Rahman <aisha.rahman@mail.example.net>',
    'Your egg freezing cycle is approved',
    """\
Hi Aisha,

Good news: your egg freezing cycle at Lakeside Fertility Center is
approved under your Cedarcrest Foods fertility benefit. The
authorization letter is attached.

What's covered: monitoring visits, stimulation medications (shipped by
Meridian Specialty Pharmacy), egg retrieval with anaesthesia, freezing,
and the first year of storage. Your remaining lifetime benefit after
this cycle is estimated at $18,600.

Your employer doesn't see what treatment you're having - only that you
used the benefit, in aggregate reports.

Your care advocate, Naomi, will call you this week.
Cradle Fertility Benefits - (888) 555-0199
""", cat='reproductive',
    atts=[pdf('Cradle_authorization_CF-26-88412.pdf', [
        'CRADLE FERTILITY BENEFITS - AUTHORIZATION',
        'Member: Aisha Rahman    DOB 07/14/1991    Member ID CF-77120455',
        'Employer plan: Cedarcrest Foods (group CF-CED-01)',
        'Authorization: CF-26-88412    Valid 11/01/2026 - 04/30/2027',
        '',
        'Service: oocyte cryopreservation, 1 cycle (elective fertility preservation)',
        'Provider: Lakeside Fertility Center, Dr. Alice Holloway',
        'Pharmacy: Meridian Specialty Pharmacy (stimulation medications)',
        'Covered: monitoring, medications, retrieval (58970), anesthesia,',
        '  cryopreservation (89258), storage 12 months (89342)',
        'Member cost share: $0 after deductible (met)',
    ], flate=True)])

# --- misc office mail ------------------------------------------------------

add('none', 'low-sodium-chili-recipe',
    'staff recipe swap for a potluck; no health information about anyone',
    'Bev Sandoval <bsandoval@%s>' % LL,
    'Lanternlight Staff <staff@%s>' % LL,
    'Re: potluck recipes - my chili',
    """\
Since three of you asked, here's the chili. It's low-sodium because
my husband's cardiologist would kill me otherwise, but nobody notices.

  2 lb ground turkey
  1 big onion, 1 red pepper, 4 cloves garlic
  2 cans no-salt-added black beans, drained
  1 can no-salt-added crushed tomatoes + 1 small can tomato paste
  2 T chili powder, 2 t cumin, 1 t smoked paprika, 1 t oregano
  1 chipotle in adobo, chopped (more if you're brave)
  juice of a lime at the end

Brown the turkey, add the veg for 5 min, then everything else. Simmer
an hour. Top with avocado and the pickled onions, which are the real
secret.

Bev
""", reply='potluck-recipes')

add('phi', 'why-charged-240',
    "a named patient disputes a bill for an office visit and a lab charge",
    'Harold Benning <hbenning@inbox.example.net>',
    'Eastlake Family Medicine Billing <billing@%s>' % EFM,
    'why was I charged $240??',
    """\
Hi,

I got a statement for $240.00 for my visit on 10/14 with Dr. Kaplan.
I thought my annual physical was free under my plan?? The statement
says "99214 office visit, established" and "80053 comprehensive
metabolic panel" and insurance paid $0.

I did ask her about my knee while I was there, is that why? Nobody
told me that would make it a different visit. Can someone explain
before I pay it. Account 40021991.

Harold Benning
""", family=True)

add('none', 'bill-portal-login-help',
    "borderline: a patient asks only why the bill-payment portal rejects her login; an account number but no service, care or amount",
    'Gloria Whitman <gwhitman@inbox.example.com>',
    'Eastlake Family Medicine Billing <billing@%s>' % EFM,
    "can't log in to pay my bill",
    """\
Hello,

I'm trying to pay online but the pay-my-bill page keeps saying
"account number and ZIP do not match". I'm typing the account number
from the statement, 40021877, and ZIP 98604. I've tried three times
and now it says I'm locked out for 30 minutes.

Is there another way to pay? I'd rather not read my card number over
the phone.

Thank you,
Gloria Whitman
""")

add('none', 'suspected-fake-mailbox-notice',
    'staff forwards a suspected phishing e-mail to IT as an attachment; no health content',
    'Jess Tran <jtran@brightwaterdental.example.com>',
    'Brightwater IT <it@brightwaterdental.example.com>',
    'FW: is this real?? "Your mailbox is full"',
    """\
Got this at 7:40. The link goes somewhere weird when I hover. I didn't
click. Forwarding as an attachment like you said.

Jess
""",
    atts=[rfc822(dict(
        frm='Mail Administrator <admin@mailbox-quota.example.net>',
        to='jtran@brightwaterdental.example.com',
        subject='Your mailbox is 98% full - action required',
        body="""\
Dear user,

Your mailbox has reached 98% of its storage limit. To avoid losing
incoming messages, please verify your account within 24 hours:

https://mailbox-quota.example.net/verify?u=jtran

Failure to verify will result in suspension of your e-mail.

IT Support Team
""", when='2026-10-20 07:40'))], when='2026-10-20 08:02')

add('none', 'hl7-interface-ack-ticket',
    'IT ticket about an HL7 interface with a test ADT and its ACK; test data, no patient',
    'Interface Team - Kinetic <interfaces@%s>' % KS,
    'Reminder Vendor Support <support@textremind.example.com>',
    'Ticket 8812: your ACKs are missing MSA-2',
    """\
Hi,

After your upgrade on Monday, the ACKs coming back from your system
are missing MSA-2, so our engine can't match them and it re-sends
every message three times (that's why some people got three texts).

Attached: the TEST message we sent this morning and the ACK you
returned. Patient is our standard test record ZZTEST^INTERFACE.
Please fix and let us know when to re-test.

Ben Adler
Interface Analyst, Kinetic Sports Medicine
(360) 555-0191
""",
    atts=[hl7('test_ADT_A04.hl7', [
        'MSH|^~\\&|KINETICPM|KSM|TEXTREMIND|TXR|202610280915||ADT^A04^ADT_A01|KSMTEST0001|T|2.5.1',
        'EVN|A04|202610280915',
        'PID|1||ZZ0000001^^^KSM^MR||ZZTEST^INTERFACE||19000101|U',
        'PV1|1|O|PT^^^KSM||||||||||||||||ZZVISIT0001',
    ]), hl7('ack_from_vendor.hl7', [
        'MSH|^~\\&|TEXTREMIND|TXR|KINETICPM|KSM|202610280915||ACK^A04^ACK|TXR99120|T|2.5.1',
        'MSA|AA',
    ])])

add('none', 'quarterly-all-hands-invite',
    'meeting invitation with a dial-in number; no health content',
    'Office of the CEO - Silver Maple <ceo-office@%s>' % SM,
    'All Staff <allstaff@%s>' % SM,
    'Q4 all-hands - Thursday Nov 19, 12:00',
    """\
Hi everyone,

Our Q4 all-hands is Thursday, November 19, at noon in the Birch Avenue
training room, with a video link for field staff.

Agenda: 2027 budget and raises, the new EVV vendor, open enrolment
reminders, and recognition for our 5-, 10- and 20-year staff. Lunch
for those in person.

Video: https://meet.silvermaplehh.example.com/allhands
Phone: (360) 555-0100, meeting ID 8801 2211#

Thanks,
Camille Reyes, CEO
""", html=True)


# ----------------------------------------------------------- dates, clients
# Send times for messages whose content pins them to a date (the rest are
# spread over 5 October - 20 November 2026 by msg_date), and how each
# sender's mail client formats its mail: HTML alternatives for portals and
# newsletters, HTML-only notifications, Outlook-style typography
# (curly apostrophes and en dashes, hence quoted-printable or 8bit).

WHEN = {
    'opioid-ce-course-invite': '2026-10-21 09:04',
    'out-of-office-hygienist': '2026-10-20 10:02',
    'retinopathy-screen-to-pcp': '2026-10-15 09:20',
    'wholesaler-invoice-ndc': '2026-10-14 11:05',
    'pharmacy-app-password-reset': '2026-10-21 21:15',
    'prior-auth-fax-ozempic': '2026-10-19 14:22',
    'ivf-med-shipment': '2026-11-04 15:30',
    'depo-injection-due': '2026-11-02 10:00',
    'safety-committee-invite': '2026-10-26 10:00',
    'post-injury-screen-negative': '2026-10-22 09:10',
    'return-to-work-note': '2026-10-30 16:20',
    'dot-physical-one-year-card': '2026-10-27 15:45',
    'blood-lead-oru': '2026-10-20 14:33',
    'positive-screen-eap-referral': '2026-10-27 09:40',
    'sap-follow-up-testing-plan': '2026-10-29 13:00',
    'fitness-for-duty-ptsd': '2026-10-30 11:15',
    'compliance-consulting-invoice': '2026-11-02 09:00',
    'subpoena-duces-tecum': '2026-10-30 15:05',
    'signed-authorization-filename-only': '2026-10-27 10:12',
    'agent-commission-statement': '2026-11-02 06:00',
    'epipen-note-one-child': '2026-11-02 14:05',
    'inhaler-permission-form': '2026-10-28 13:30',
    'fever-pickup-subject-only': '2026-11-02 11:52',
    'mileage-reimbursement-form': '2026-10-28 10:00',
    'hospice-comfort-care-note': '2026-11-03 11:40',
    'death-notification-to-pcp': '2026-11-04 09:30',
    'wound-vac-visit-fhir': '2026-10-29 17:10',
    'telehealth-password-changed': '2026-10-30 07:49',
    'telehealth-visit-summary-sinusitis': '2026-10-31 08:31',
    'fhir-a1c-result-app': '2026-10-29 09:00',
    'sti-result-chlamydia': '2026-10-29 16:10',
    'acl-rehab-progress-note': '2026-10-27 18:20',
    'dog-rabies-reminder': '2026-10-22 10:00',
    'step-challenge-leaderboard': '2026-11-09 08:00',
    'monthly-steps-summary-chart': '2026-11-01 09:00',
    'biometric-screening-event': '2026-11-02 08:30',
    'husband-iop-naltrexone': '2026-10-24 19:30',
    'moms-lynch-counselling-appt': '2026-11-06 12:40',
    'hfe-genotype-oru': '2026-11-02 10:16',
    'quarterly-all-hands-invite': '2026-11-10 09:00',
    'hl7-interface-ack-ticket': '2026-10-28 10:30',
    'brca2-result-letter-fr': '2026-11-19 10:30',
    'flu-campaign-betriebsarzt-de': '2026-10-27 08:15',
    'bhp-training-pl': '2026-10-28 09:00',
    'gdpr-health-newsletter-it': '2026-10-27 12:00',
}

CLIENT = {
    # HTML alternative (portal and newsletter mail)
    'drug-panel-changes-bulletin': dict(html=True),
    'wc-fee-schedule-bulletin': dict(html=True),
    'campus-flu-clinic-dates': dict(html=True),
    'hospice-volunteer-training': dict(html=True),
    'telehealth-release-notes': dict(html=True),
    'acl-prevention-newsletter': dict(html=True),
    'caps-intake-appointment': dict(html=True),
    'iud-insertion-appointment': dict(html=True),
    'paramed-appointment-confirm': dict(html=True),
    'mmr-record-incomplete': dict(html=True),
    'student-insurance-waiver-deadline': dict(html=True),
    'depo-injection-due': dict(html=True),
    'sti-result-chlamydia': dict(html=True),
    'bup-home-induction-summary': dict(html=True),
    'medication-abortion-followup': dict(html=True),
    'membership-freeze-confirm': dict(html=True),
    'policy-anniversary-statement': dict(html=True),
    'egg-freezing-benefit-auth': dict(html=True),
    'adhd-telepsychiatry-followup': dict(html=True),
    'holiday-hours-vi': dict(html=True),
    'maintenance-notice-ko': dict(html=True),
    # webmail clients send both parts too
    'prep-travel-refill-bn': dict(html=True),
    'ivf-parcel-missing-ur': dict(html=True),
    'mother-foot-wound-es': dict(html=True),
    'pill-bottle-photo-dad': dict(html=True),
    # HTML only (notification systems)
    'pharmacy-app-password-reset': dict(html=True, html_only=True),
    'telehealth-password-changed': dict(html=True, html_only=True),
    'lens-solution-shipped-tracking': dict(html=True, html_only=True),
    'dog-rabies-reminder': dict(html=True, html_only=True),
    'prep-refill-reminder': dict(html=True, html_only=True),
    # Outlook-style typography
    'dea-renewal-dentist': dict(smart=True),
    'implant-fee-schedule-2027': dict(smart=True),
    'perio-charting-okafor': dict(smart=True, cte='8bit'),
    'glaucoma-followup-iop': dict(smart=True),
    'return-to-work-note': dict(smart=True),
    'adjuster-authorizes-mri': dict(smart=True),
    'epipen-note-one-child': dict(smart=True),
    'hospice-comfort-care-note': dict(smart=True, cte='8bit'),
    'sertraline-psychiatry-refill': dict(smart=True),
    'safety-plan-school-counselor': dict(smart=True),
    'underwriting-hiv-positive': dict(smart=True),
    'fitness-for-duty-ptsd': dict(smart=True),
    'records-request-injury': dict(smart=True, cte='base64'),
    'disability-claim-mdd': dict(smart=True),
    'compliance-consulting-invoice': dict(smart=True),
    'saturday-clinic-schedule': dict(smart=True),
    'cat-dental-estimate': dict(smart=True),
}

# automated senders may send at any hour
AUTO = {'spore-test-passed', 'lens-solution-order-confirm', 'lens-solution-shipped-tracking',
        'refill-ready-text', 'rx-ready-display-name-walsh', 'blood-lead-oru', 'hfe-genotype-oru',
        'metformin-lot-recall', 'out-of-office-hygienist', 'voicemail-transcript-fall',
        'voicemail-missed-dose-otp', 'prior-auth-fax-ozempic', 'fhir-webhook-test-payload',
        'maintenance-notice-ko', 'agent-commission-statement'}


def _apply_tables():
    by_slug = {m['slug']: m for m in MSGS}
    for table in (WHEN, CLIENT):
        for slug in table:
            if slug not in by_slug:
                raise SystemExit('style table names unknown slug %s' % slug)
    for slug, when in WHEN.items():
        by_slug[slug]['when'] = when
    for slug, kw in CLIENT.items():
        by_slug[slug].update(kw)
    for slug in AUTO:
        by_slug[slug]['auto'] = True


_apply_tables()


# ------------------------------------------------------------------ checks

ALLOWED_URL_HOSTS = {'loinc.org', 'hl7.org', 'terminology.hl7.org', 'snomed.info',
                     'www.nlm.nih.gov', 'unitsofmeasure.org'}
CATEGORIES = ('mental health', 'substance use', 'HIV', 'genetic', 'reproductive')
B64RE = re.compile(r'^[A-Za-z0-9+/]*={0,2}$')


def domain_ok(d):
    d = d.lower().rstrip('.')
    return (d in ('example.com', 'example.org', 'example.net')
            or d.endswith(('.example.com', '.example.org', '.example.net', '.test')))


def luhn_npi(npi):
    s = '80840' + npi
    t = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return t % 10 == 0


def dea_ok(dea):
    d = [int(c) for c in dea[2:]]
    return ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


def pdf_check(data, where, errs):
    texts = []
    m = re.search(rb'startxref\s+(\d+)\s+%%EOF\s*$', data)
    if not data.startswith(b'%PDF-') or not m:
        errs.append('%s: PDF header/startxref missing' % where)
        return ''
    xref = int(m.group(1))
    if data[xref:xref + 4] != b'xref':
        errs.append('%s: startxref does not point at xref' % where)
        return ''
    lines = data[xref:].split(b'\n')
    first, count = map(int, lines[1].split())
    for i in range(count):
        ent = lines[2 + i]
        off, gen, kind = ent.split()[:3]
        if kind == b'n':
            num = first + i
            off = int(off)
            if not data[off:].startswith(b'%d 0 obj' % num):
                errs.append('%s: xref offset for object %d is wrong' % (where, num))
    for sm in re.finditer(rb'<<([^>]*?)/Length (\d+)([^>]*?)>>\nstream\n', data):
        ln = int(sm.group(2))
        start = sm.end()
        body = data[start:start + ln]
        if data[start + ln:start + ln + 10] != b'\nendstream':
            errs.append('%s: stream /Length %d is wrong' % (where, ln))
            continue
        if b'FlateDecode' in sm.group(0):
            try:
                body = zlib.decompress(body)
            except zlib.error:
                errs.append('%s: Flate stream does not inflate' % where)
                continue
        for t in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', body):
            s = re.sub(rb'\\(.)', rb'\1', t.group(1)).decode('latin-1')
            texts.append(s)
    for t in re.finditer(rb'/Title \(((?:\\.|[^\\)])*)\)', data):
        texts.append(t.group(1).decode('latin-1'))
    if not texts:
        errs.append('%s: PDF has no text' % where)
    return '\n'.join(texts)


def png_check(data, where, errs):
    if not data.startswith(b'\x89PNG\r\n\x1a\n'):
        errs.append('%s: not a PNG' % where)
        return
    i = 8
    seen = []
    while i < len(data):
        ln, = struct.unpack('>I', data[i:i + 4])
        t = data[i + 4:i + 8]
        d = data[i + 8:i + 8 + ln]
        crc, = struct.unpack('>I', data[i + 8 + ln:i + 12 + ln])
        if zlib.crc32(t + d) & 0xffffffff != crc:
            errs.append('%s: PNG chunk CRC wrong' % where)
        if t == b'IDAT':
            zlib.decompress(d)
        seen.append(t)
        i += 12 + ln
    if seen[0] != b'IHDR' or seen[-1] != b'IEND':
        errs.append('%s: PNG chunk order wrong' % where)


def balance_check(text, where, errs):
    stack = []
    for line in text.split('\r\n'):
        if line.startswith('BEGIN:'):
            stack.append(line[6:])
        elif line.startswith('END:'):
            if not stack or stack.pop() != line[4:]:
                errs.append('%s: BEGIN/END mismatch at %r' % (where, line))
                return
    if stack:
        errs.append('%s: unclosed BEGIN:%s' % (where, stack[-1]))


def hl7_check(text, where, errs):
    segs = [s for s in text.split('\r') if s]
    if '\n' in text:
        errs.append('%s: HL7 segments must end with CR only' % where)
    if not segs or not segs[0].startswith('MSH|^~\\&|'):
        errs.append('%s: HL7 must start with MSH|^~\\&|' % where)
        return
    if len(segs[0].split('|')) < 12 or not re.match(r'^[A-Z]{3}\^[A-Z0-9]{3}', segs[0].split('|')[8]):
        errs.append('%s: MSH too short or MSH-9 malformed' % where)
    for s in segs:
        if not re.match(r'^[A-Z][A-Z0-9]{2}\|', s):
            errs.append('%s: bad HL7 segment %r' % (where, s[:20]))


def raw_part_body(raw):
    i = raw.find(b'\r\n\r\n')
    return raw[i + 4:]


def split_raw_parts(raw, bnd):
    """Return raw bytes of the body parts between boundary lines."""
    delim = b'\r\n--' + bnd.encode()
    body = b'\r\n' + raw_part_body(raw)
    chunks = body.split(delim)
    out = []
    for c in chunks[1:]:
        if c.startswith(b'--'):
            break
        out.append(c[2:])  # drop CRLF after boundary
    return out


def check_transfer(raw, part, where, errs):
    """raw: the part's own bytes (headers + body) as on disk."""
    cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
    body = raw_part_body(raw)
    lines = body.split(b'\r\n')
    if lines and lines[-1] == b'':
        lines = lines[:-1]
    if cte == 'base64':
        for ln in lines:
            if len(ln) > 76 or not B64RE.match(ln.decode('ascii', 'replace')):
                errs.append('%s: bad base64 line' % where)
                break
        joined = b''.join(lines)
        try:
            dec = base64.b64decode(joined, validate=True)
            if base64.b64encode(dec) != joined:
                errs.append('%s: non-canonical base64' % where)
        except Exception:
            errs.append('%s: base64 does not decode' % where)
    elif cte == 'quoted-printable':
        for ln in lines:
            if len(ln) > 76:
                errs.append('%s: QP line longer than 76' % where)
                break
            s = ln.decode('latin-1')
            if re.search(r'[^\t\x20-\x7e]', s):
                errs.append('%s: QP line has raw 8-bit or control chars' % where)
                break
            if re.search(r'=(?![0-9A-F]{2}|$)', s):
                errs.append('%s: bad QP escape' % where)
                break
            if s.endswith((' ', '\t')):
                errs.append('%s: QP trailing whitespace' % where)
                break
    elif cte == '7bit':
        if any(b >= 128 for b in body):
            errs.append('%s: 8-bit data in 7bit part' % where)
    elif cte != '8bit':
        errs.append('%s: unexpected CTE %s' % (where, cte))


def walk_raw(raw, msg, where, errs, texts):
    """Recursively check a message/part against its raw bytes."""
    ct = msg.get_content_type()
    for k, v in msg.items():
        s = str(v)
        if '=?' in s and '?=' in s:
            errs.append('%s: undecoded encoded word in %s' % (where, k))
        texts.append(s)
        if getattr(v, 'defects', None):
            errs.append('%s: header defects in %s: %r' % (where, k, v.defects))
    if msg.defects:
        errs.append('%s: defects %r' % (where, msg.defects))
    fn = msg.get_filename()
    if fn:
        texts.append(fn)
    if msg.is_multipart() and ct.startswith('multipart/'):
        raws = split_raw_parts(raw, msg.get_boundary())
        subs = msg.get_payload()
        if len(raws) != len(subs):
            errs.append('%s: part count mismatch' % where)
            return
        for i, (r, sp) in enumerate(zip(raws, subs)):
            walk_raw(r, sp, '%s/%d' % (where, i + 1), errs, texts)
        return
    if ct == 'message/rfc822':
        cte = (msg.get('Content-Transfer-Encoding') or '7bit').lower()
        if cte not in ('7bit', '8bit'):
            errs.append('%s: message/rfc822 with CTE %s' % (where, cte))
        check_transfer(raw, msg, where, errs)
        inner_raw = raw_part_body(raw)
        inner = msg.get_payload()[0]
        check_message(inner_raw, inner, where + '[rfc822]', errs, texts, top=False)
        return
    check_transfer(raw, msg, where, errs)
    data = msg.get_payload(decode=True) or b''
    if msg.get_content_maintype() == 'text':
        cs = msg.get_content_charset() or 'us-ascii'
        try:
            text = data.decode(cs)
        except (UnicodeDecodeError, LookupError):
            errs.append('%s: does not decode as %s' % (where, cs))
            return
        if ct in ('text/calendar', 'text/vcard'):
            balance_check(text, where, errs)
            text = re.sub(r'\r\n[ \t]', '', text)
        elif ct == 'text/csv':
            rows = list(csv.reader(io.StringIO(text)))
            if not rows or len({len(r) for r in rows}) != 1:
                errs.append('%s: CSV rows differ in length' % where)
        elif ct == 'text/html':
            if '<html' not in text.lower():
                errs.append('%s: HTML part without <html>' % where)
        texts.append(text)
    elif ct == 'application/pdf':
        texts.append(pdf_check(data, where, errs))
    elif ct == 'image/png':
        png_check(data, where, errs)
    elif ct in ('application/json', 'application/fhir+json'):
        try:
            obj = json.loads(data.decode('utf-8'))
            if ct == 'application/fhir+json' and 'resourceType' not in obj:
                errs.append('%s: FHIR JSON without resourceType' % where)
        except ValueError:
            errs.append('%s: JSON does not parse' % where)
        texts.append(data.decode('utf-8', 'replace'))
    elif ct == 'application/hl7-v2':
        text = data.decode('ascii', 'replace')
        hl7_check(text, where, errs)
        texts.append(text)
    else:
        errs.append('%s: unexpected content type %s' % (where, ct))


def check_message(raw, msg, where, errs, texts, top=True):
    if re.search(rb'(?<!\r)\n|\r(?!\n)', raw):
        errs.append('%s: bare CR or LF' % where)
    for ln in raw.split(b'\r\n'):
        if len(ln) > 998:
            errs.append('%s: line longer than 998 octets' % where)
            break
    hdr = raw[:raw.find(b'\r\n\r\n')]
    if any(b >= 128 for b in hdr):
        errs.append('%s: 8-bit header' % where)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
        if msg[h] is None:
            errs.append('%s: missing %s' % (where, h))
    if top and msg['MIME-Version'] != '1.0':
        errs.append('%s: MIME-Version missing' % where)
    try:
        email.utils.parsedate_to_datetime(str(msg['Date']))
    except Exception:
        errs.append('%s: bad Date' % where)
    if not re.match(r'^<[^<>@\s]+@[^<>@\s]+>$', str(msg['Message-ID'] or '')):
        errs.append('%s: bad Message-ID' % where)
    walk_raw(raw, msg, where, errs, texts)


def content_checks(text, where, errs):
    for mm in re.finditer(r'[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)', text):
        if not domain_ok(mm.group(1)):
            errs.append('%s: address outside example domains: %s' % (where, mm.group(0)))
    for mm in re.finditer(r'(?i)\b(?:https?|ftp)://([^/\s"\'<>)?#:]+)', text):
        host = mm.group(1).lower()
        if not domain_ok(host) and host not in ALLOWED_URL_HOSTS:
            errs.append('%s: URL outside example domains: %s' % (where, mm.group(0)))
    for mm in re.finditer(r'(?i)(?<![/.\w])www\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)', text):
        if not domain_ok('www.' + mm.group(1)):
            errs.append('%s: host outside example domains: www.%s' % (where, mm.group(1)))
    for mm in re.finditer(r'(?<![0-9A-Za-z])555[-. ]?(\d)[-. ]?(\d)', text):
        if mm.group(1) + mm.group(2) != '01':
            errs.append('%s: 555 number not 555-01xx: %s' % (where, text[mm.start():mm.start() + 12]))
    for mm in re.finditer(r'NPI[^0-9\n|]{0,24}(\d{10})(?!\d)', text):
        if not luhn_npi(mm.group(1)):
            errs.append('%s: NPI fails Luhn: %s' % (where, mm.group(1)))
    for mm in re.finditer(r'(?<!\d)(\d{10})\^[^|\r]*\^NPI', text):
        if not luhn_npi(mm.group(1)):
            errs.append('%s: HL7 NPI fails Luhn: %s' % (where, mm.group(1)))
    for mm in re.finditer(r'us-npi"\s*,\s*"value"\s*:\s*"(\d+)"', text):
        if not luhn_npi(mm.group(1)):
            errs.append('%s: FHIR NPI fails Luhn: %s' % (where, mm.group(1)))
    for mm in re.finditer(r'DEA[^A-Z0-9\n]{0,24}([A-Z]{2}\d{7})(?!\d)', text):
        if not dea_ok(mm.group(1)):
            errs.append('%s: DEA check digit wrong: %s' % (where, mm.group(1)))


def check(expected):
    errs = []
    # what is on disk
    disk = {}
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        if not os.path.isdir(d):
            errs.append('missing directory %s' % lab)
            continue
        for fn in sorted(os.listdir(d)):
            with open(os.path.join(d, fn), 'rb') as f:
                disk['%s/%s' % (lab, fn)] = f.read()
    p = os.path.join(HERE, 'labels.tsv')
    if os.path.exists(p):
        with open(p, 'rb') as f:
            disk['labels.tsv'] = f.read()
    for k in sorted(set(expected) | set(disk)):
        if k not in disk:
            errs.append('%s: missing on disk' % k)
        elif k not in expected:
            errs.append('%s: on disk but not generated' % k)
        elif disk[k] != expected[k]:
            errs.append('%s: differs from what gen.py writes' % k)

    # counts, numbering, names, labels.tsv
    want = {'none': 100, 'phi': 60, 'restricted': 40}
    emls = [k for k in disk if k.endswith('.eml')]
    for lab, n in want.items():
        got = sum(1 for k in emls if k.startswith(lab + '/'))
        if got != n:
            errs.append('%s: %d messages, want %d' % (lab, got, n))
    nums = sorted(int(os.path.basename(k)[:3]) for k in emls)
    if nums != list(range(1, 201)):
        errs.append('numbers are not exactly 001-200')
    slugs = set()
    for k in emls:
        fn = os.path.basename(k)
        if not re.match(r'^\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.eml$', fn):
            errs.append('%s: bad file name' % k)
        slug = fn[4:-4]
        if slug in slugs:
            errs.append('%s: duplicate slug' % k)
        slugs.add(slug)
        for bad in ('none', 'phi', 'restricted', 'trap'):
            if bad in slug:
                errs.append('%s: slug contains %r' % (k, bad))
    tsv = disk.get('labels.tsv', b'').decode('utf-8').split('\n')
    if tsv[-1] != '':
        errs.append('labels.tsv does not end with a newline')
    rows = [r.split('\t') for r in tsv if r]
    if sorted(r[0] for r in rows) != sorted(emls):
        errs.append('labels.tsv files do not match the directories')
    for r in rows:
        if len(r) != 3 or not r[2].strip():
            errs.append('labels.tsv: bad row %r' % r)
        elif r[0].split('/')[0] != r[1]:
            errs.append('labels.tsv: %s labelled %s' % (r[0], r[1]))

    # metadata: restricted categories, non-English count
    for m in MSGS:
        if m['label'] == 'restricted' and m.get('cat') not in CATEGORIES:
            errs.append('%s: restricted without category' % m['slug'])
        if m['label'] != 'restricted' and m.get('cat'):
            errs.append('%s: category on a %s message' % (m['slug'], m['label']))
    non_en = [m for m in MSGS if m.get('lang', 'en') != 'en']
    if not 26 <= len(non_en) <= 34:
        errs.append('%d messages not in English, want 26-34' % len(non_en))
    for m in non_en:
        if m.get('html_only'):
            continue
        if is_ascii(m['body']) and m.get('lang') not in ('Tagalog', 'Somali', 'Haitian Creole'):
            errs.append('%s: %s message body is pure ASCII' % (m['slug'], m['lang']))

    # every message
    mids = {}
    pol = email.policy.default
    for k in sorted(emls):
        raw = disk[k]
        msg = email.message_from_bytes(raw, policy=pol)
        texts = []
        check_message(raw, msg, k, errs, texts)
        mid = str(msg['Message-ID'])
        if mid in mids:
            errs.append('%s: Message-ID also used by %s' % (k, mids[mid]))
        mids[mid] = k
        content_checks('\n'.join(texts), k, errs)
    return errs


def stats():
    from collections import Counter
    assign_numbers()
    print('labels', Counter(m['label'] for m in MSGS))
    print('restricted', Counter(m.get('cat') for m in MSGS if m['label'] == 'restricted'))
    st = Counter()
    atts = Counter()
    ctes = Counter()
    for idx, m in enumerate(MSGS):
        msg = email.message_from_bytes(build(m, idx), policy=email.policy.default)
        st[msg.get_content_type()] += 1
        for p in msg.walk():
            if p.get_content_disposition() == 'attachment':
                atts[p.get_content_type()] += 1
            if not p.is_multipart():
                ctes[(p.get('Content-Transfer-Encoding') or '7bit').lower()] += 1
    print('structure', st)
    print('attachments', atts)
    print('cte', ctes)
    print('flate pdfs', sum(1 for m in MSGS for a in m.get('atts', ())
                            if a.get('ctype') == 'application/pdf' and b'FlateDecode' in a['data']))
    non = [m for m in MSGS if m.get('lang', 'en') != 'en']
    print('non-English', len(non), Counter(m['label'] for m in non))
    for lab in LABELS:
        print(' ', lab, '; '.join('%s (%s %s)' % (m['lang'], m.get('cs', 'utf-8'), m['slug'])
                                 for m in non if m['label'] == lab))
    print('borderline')
    for m in MSGS:
        if m['reason'].startswith('borderline:'):
            print('  %s\t%s\t%s' % (m['slug'], m['label'], m['reason']))
    fam = [m for m in MSGS if m.get('family')]
    print('patient/family written', len(fam), Counter(m['label'] for m in fam))


def write(files):
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith('.eml'):
                os.remove(os.path.join(d, fn))
    for k, data in files.items():
        with open(os.path.join(HERE, k), 'wb') as f:
            f.write(data)


def main(argv):
    if '--stats' in argv:
        stats()
        return 0
    files = expected_files()
    if '--check' not in argv:
        write(files)
    errs = check(files)
    for e in errs:
        print('FAIL', e)
    if errs:
        print('%d problems' % len(errs))
        return 1
    print('OK: %d messages (%s), labels.tsv, all checks passed' % (
        len(MSGS), ', '.join('%d %s' % (sum(1 for m in MSGS if m['label'] == l), l) for l in LABELS)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
