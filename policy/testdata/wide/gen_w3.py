#!/usr/bin/env python3
"""gen_w3.py - deterministic generator for the w3 slice of the "wide" test set.

Focus: non-English mail (and mixed-language mail) written the way local staff,
patients and families write it, in legacy charsets as well as UTF-8.

    python3 gen_w3.py          # rewrites none/ phi/ restricted/ w3-*.eml and labels-w3.tsv
                               # then re-parses and validates every file it wrote

Every person, organisation, phone number and identifier is invented.
Only files whose name starts with "w3-" (and labels-w3.tsv) are touched.
"""
import base64
import binascii
import datetime as _dt
import hashlib
import os
import re
import struct
import sys
import zlib
from email import policy
from email import quoprimime
from email.parser import BytesParser
from email.utils import format_datetime
from urllib.parse import quote as _pct

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = 'w3'
LABELS = ('none', 'phi', 'restricted')


# ---------------------------------------------------------------- headers --

def _isascii(s):
    return all(ord(c) < 128 for c in s)


def _ew(text, cs, mode):
    b = text.encode(cs)                      # strict: must be encodable
    if mode == 'B':
        return '=?%s?B?%s?=' % (cs, base64.b64encode(b).decode('ascii'))
    return quoprimime.header_encode(b, cs)


def enc_words(text, cs, mode='B', maxlen=75):
    """Split text into RFC 2047 encoded-words of at most 75 characters.
    Splits on character boundaries so multibyte sequences stay whole and
    stateful charsets (iso-2022-jp) are reset inside every word."""
    out, cur = [], ''
    for ch in text:
        if cur and len(_ew(cur + ch, cs, mode)) > maxlen:
            out.append(_ew(cur, cs, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(_ew(cur, cs, mode))
    return out


def htext(value, cs, mode):
    """Unstructured header text (Subject)."""
    if _isascii(value):
        return value
    words = value.split(' ')
    i = 0
    while i < len(words) and _isascii(words[i]) and '=?' not in words[i]:
        i += 1
    raw = ' '.join(words[:i])
    rest = ' '.join(words[i:])
    ews = enc_words(rest, cs, mode, 66)   # 'Subject: ' + word stays <= 76
    return (raw + ' ' if raw else '') + '\r\n '.join(ews)


_ATOM_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+$")


def fmt_addr(a, cs, mode):
    """Mailbox with display name.  Non-ASCII words become encoded-words, ASCII
    words stay plain atoms, and consecutive non-ASCII words share ONE
    encoded-word, so no two encoded-words are ever adjacent.  (Decoders
    disagree on the whitespace between adjacent encoded-words in a phrase.)"""
    if isinstance(a, str):
        return a
    name, email = a
    if not name:
        return email
    if _isascii(name):
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            name = '"' + name.replace('\\', '\\\\').replace('"', '\\"') + '"'
        return '%s <%s>' % (name, email)
    out, run = [], []
    for w in name.split(' ') + [None]:
        plain = w is not None and _isascii(w) and _ATOM_RE.match(w) and '=?' not in w
        if (w is None or plain) and run:
            ews = enc_words(' '.join(run), cs, mode)
            if len(ews) != 1:
                raise ValueError('display-name run too long for one encoded-word: %r' % ' '.join(run))
            out.append(ews[0])
            run = []
        if w is None:
            break
        if plain:
            out.append(w)
        else:
            run.append(w)
    lines, cur = [], ''
    for tok in out:
        if cur and len(cur) + 1 + len(tok) > 76:
            lines.append(cur)
            cur = tok
        else:
            cur = (cur + ' ' + tok) if cur else tok
    lines.append(cur)
    return '\r\n '.join(lines) + ' <%s>' % email


def fmt_addrs(lst, cs, mode):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    return ',\r\n '.join(fmt_addr(a, cs, mode) for a in lst)


def rfc2231(param, value):
    """Return ';\\r\\n param=...' for an ASCII or non-ASCII parameter value."""
    if _isascii(value) and len(value) < 60:
        return ';\r\n %s="%s"' % (param, value.replace('"', ''))
    enc = _pct(value.encode('utf-8'), safe='')
    if len(enc) <= 60:
        return ";\r\n %s*=utf-8''%s" % (param, enc)
    chunks, i = [], 0
    while i < len(enc):
        j = min(i + 60, len(enc))
        # never split a %XX triplet
        while j < len(enc) and '%' in enc[j - 2:j]:
            j -= 1
        chunks.append(enc[i:j])
        i = j
    out = ''
    for n, c in enumerate(chunks):
        pre = "utf-8''" if n == 0 else ''
        out += ';\r\n %s*%d*=%s%s' % (param, n, pre, c)
    return out


# ------------------------------------------------------------------ parts --

_BCOUNT = [0]


def _boundary(tag):
    _BCOUNT[0] += 1
    h = hashlib.sha1(('%s/%d' % (tag, _BCOUNT[0])).encode()).hexdigest()[:12]
    return '=_w3_%s_%03d' % (h, _BCOUNT[0])


def text_bytes(text, cs):
    lines = text.replace('\r\n', '\n').split('\n')
    if cs.lower() == 'iso-2022-jp':
        # encode per line so every line returns to ASCII before CRLF
        return b'\r\n'.join(l.encode(cs) for l in lines)
    return '\r\n'.join(lines).encode(cs)


def b64_body(data):
    return base64.encodebytes(data).replace(b'\n', b'\r\n').rstrip(b'\r\n')


def qp_body(text, cs):
    lines = text.replace('\r\n', '\n').split('\n')
    out = []
    for l in lines:
        out.append(binascii.b2a_qp(l.encode(cs), quotetabs=False,
                                   istext=True, header=False).replace(b'\n', b'\r\n'))
    return b'\r\n'.join(out)


class Text:
    def __init__(self, text, cs='utf-8', cte='quoted-printable', sub='plain',
                 filename=None, disp=None, cid=None, ctparams=''):
        self.text, self.cs, self.cte, self.sub = text, cs, cte, sub
        self.filename, self.disp, self.cid, self.ctparams = filename, disp, cid, ctparams

    def render(self, tag):
        ct = 'text/%s; charset="%s"%s' % (self.sub, self.cs, self.ctparams)
        if self.filename:
            ct += rfc2231('name', self.filename)
        hdrs = [('Content-Type', ct)]
        if self.cte == 'base64':
            body = b64_body(text_bytes(self.text, self.cs))
        elif self.cte == 'quoted-printable':
            body = qp_body(self.text, self.cs)
        elif self.cte in ('7bit', '8bit'):
            body = text_bytes(self.text, self.cs)
            if self.cte == '7bit':
                body.decode('ascii')          # raises if not 7bit clean
        else:
            raise ValueError(self.cte)
        hdrs.append(('Content-Transfer-Encoding', self.cte))
        if self.disp or self.filename:
            d = self.disp or 'attachment'
            if self.filename:
                d += rfc2231('filename', self.filename)
            hdrs.append(('Content-Disposition', d))
        if self.cid:
            hdrs.append(('Content-ID', '<%s>' % self.cid))
        return hdrs, body


class Bin:
    def __init__(self, data, ctype, filename=None, disp='attachment', cid=None):
        self.data, self.ctype, self.filename, self.disp, self.cid = data, ctype, filename, disp, cid

    def render(self, tag):
        ct = self.ctype
        if self.filename:
            ct += rfc2231('name', self.filename)
        hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', 'base64')]
        if self.disp:
            d = self.disp
            if self.filename:
                d += rfc2231('filename', self.filename)
            hdrs.append(('Content-Disposition', d))
        if self.cid:
            hdrs.append(('Content-ID', '<%s>' % self.cid))
        return hdrs, b64_body(self.data)


class Rfc822:
    def __init__(self, msgbytes, disp='inline'):
        self.msgbytes, self.disp = msgbytes, disp

    def render(self, tag):
        self.msgbytes.decode('ascii')
        return ([('Content-Type', 'message/rfc822'),
                 ('Content-Transfer-Encoding', '7bit'),
                 ('Content-Disposition', self.disp)], self.msgbytes)


class Multi:
    def __init__(self, sub, parts, ctparams='', preamble=True):
        self.sub, self.parts, self.ctparams, self.preamble = sub, parts, ctparams, preamble

    def render(self, tag):
        b = _boundary(tag)
        hdrs = [('Content-Type', 'multipart/%s;%s\r\n boundary="%s"' % (self.sub, self.ctparams, b))]
        chunks = []
        if self.preamble:
            chunks.append(b'This is a multi-part message in MIME format.\r\n')
        for p in self.parts:
            ph, pb = p.render(tag)
            chunks.append(b'\r\n--' + b.encode() + b'\r\n' if chunks else b'--' + b.encode() + b'\r\n')
            chunks.append(''.join('%s: %s\r\n' % h for h in ph).encode('ascii'))
            chunks.append(b'\r\n')
            chunks.append(pb)
        chunks.append(b'\r\n--' + b.encode() + b'--\r\n')
        return hdrs, b''.join(chunks)


# ---------------------------------------------------------------- message --

def fold(name, value, limit=78):
    """Fold a header at whitespace outside quoted strings so that lines stay
    within `limit` characters where possible."""
    value = value.replace('\r\n ', ' ')
    toks, cur, q = [], '', False
    for ch in value:
        if ch == '"':
            q = not q
        if ch == ' ' and not q:
            toks.append(cur)
            cur = ''
        else:
            cur += ch
    toks.append(cur)
    lines, line = [], name + ':'
    for t in toks:
        if len(line) + 1 + len(t) > limit and line.strip() and line != name + ':':
            lines.append(line)
            line = ' ' + t
        else:
            line += ' ' + t
    lines.append(line)
    return '\r\n'.join(lines)[len(name) + 2:]


def mkdate(s, tz):
    d = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    sign = 1 if tz[0] == '+' else -1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return format_datetime(d.replace(tzinfo=_dt.timezone(off)))


def message(frm, to, subject, date, body, tz='+0000', cc=None, hcs='utf-8',
            hmode='B', extra=(), msgid=None, tag='x'):
    """Return the message as CRLF bytes."""
    dom = (frm[1] if isinstance(frm, tuple) else frm).split('@')[-1].strip('>')
    if msgid is None:
        msgid = '<%s.%s@%s>' % (hashlib.sha1((tag + subject).encode('utf-8')).hexdigest()[:12],
                                date[:10].replace('-', ''), dom)
    hdrs = [('From', fmt_addrs([frm], hcs, hmode)),
            ('To', fmt_addrs(to, hcs, hmode))]
    if cc:
        hdrs.append(('Cc', fmt_addrs(cc, hcs, hmode)))
    hdrs += [('Subject', htext(subject, hcs, hmode)),
             ('Date', mkdate(date, tz)),
             ('Message-ID', msgid)]
    hdrs = [(n, fold(n, v)) for n, v in hdrs]
    hdrs += list(extra)
    hdrs.append(('MIME-Version', '1.0'))
    ph, pb = body.render(tag)
    hdrs += ph
    head = ''.join('%s: %s\r\n' % h for h in hdrs).encode('ascii')
    if not pb.endswith(b'\r\n'):
        pb += b'\r\n'
    return head + b'\r\n' + pb


# ------------------------------------------------------------ attachments --

def _pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Document'):
    """A small but well-formed one-page PDF with the given ASCII lines."""
    y = 800
    ops = ['BT', '/F1 10 Tf', '14 TL', '50 %d Td' % y]
    for l in lines:
        ops.append('(%s) Tj T*' % _pdf_escape(l.encode('ascii', 'replace').decode()))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
        b'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        ('<< /Title (%s) /Producer (w3 generator) >>' % _pdf_escape(title)).encode('latin-1', 'replace'),
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
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def png(w, h, rgb):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def html_wrap(inner, lang, cs, title='', rtl=False):
    d = ' dir="rtl"' if rtl else ''
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta http-equiv="Content-Type" '
            'content="text/html; charset=%s">\n<title>%s</title>\n</head>\n<body style="font-family:'
            'Arial,sans-serif;font-size:14px">\n%s\n</body>\n</html>\n') % (lang, d, cs, title, inner)


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def text2html(t):
    paras = t.strip('\n').split('\n\n')
    return '\n'.join('<p>%s</p>' % esc(p).replace('\n', '<br>\n') for p in paras)


# --------------------------------------------------------------- registry --

MSGS = []


def add(label, slug, reason, **kw):
    assert label in LABELS
    assert not slug.startswith('trap-') or label == 'none'
    MSGS.append(dict(label=label, slug=slug, reason=reason, kw=kw))


# =================================================================== SPANISH

_t = """Estimada Sra. Ruiz Alcántara:

Le recordamos que tiene una cita programada en nuestro hospital:

   Servicio:        Traumatología y Cirugía Ortopédica
   Prestación:      Revisión postoperatoria – prótesis total de rodilla derecha
   Fecha y hora:    martes, 14 de enero de 2025, 10:40 h
   Lugar:           Edificio B, planta 1, consulta 12
   Facultativo:     Dr. Ignacio Berrocal Maza
   Nº historia:     NHC 0048812
   Tarjeta sanit.:  RUAL640312991017

Recuerde traer:
   – la tarjeta sanitaria,
   – el informe de alta de la intervención del 29 de octubre,
   – las radiografías que le hicieron en su Centro de Salud, si las tiene.

Preséntese 15 minutos antes en el mostrador de Admisión (planta baja). Si no
puede acudir, anule o cambie la cita llamando al 91 555 01 42 (lunes a
viernes, de 8:00 a 15:00) o desde la app de cita sanitaria de su comunidad.
Las citas no anuladas impiden atender a otros pacientes.

Este es un mensaje automático. Por favor, no responda a este correo.

Hospital Comarcal de Valdemora
Servicio de Admisión y Documentación Clínica
Avda. de los Olmos, 21 – 28999 Valdemora (Madrid)

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y
se dirigen exclusivamente a su destinatario. Sus datos se tratan conforme al
Reglamento (UE) 2016/679. Si lo ha recibido por error, comuníquelo al
remitente y bórrelo.
"""
_h = html_wrap(
    '<p>Estimada Sra. Ruiz Alcántara:</p>\n<p>Le recordamos que tiene una cita programada en nuestro hospital:</p>\n'
    '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
    '<tr><td><b>Servicio</b></td><td>Traumatología y Cirugía Ortopédica</td></tr>\n'
    '<tr><td><b>Prestación</b></td><td>Revisión postoperatoria – prótesis total de rodilla derecha</td></tr>\n'
    '<tr><td><b>Fecha y hora</b></td><td>martes, 14 de enero de 2025, 10:40 h</td></tr>\n'
    '<tr><td><b>Lugar</b></td><td>Edificio B, planta 1, consulta 12</td></tr>\n'
    '<tr><td><b>Facultativo</b></td><td>Dr. Ignacio Berrocal Maza</td></tr>\n'
    '<tr><td><b>Nº historia</b></td><td>NHC 0048812</td></tr>\n'
    '<tr><td><b>Tarjeta sanitaria</b></td><td>RUAL640312991017</td></tr>\n</table>\n'
    '<p>Recuerde traer la tarjeta sanitaria, el informe de alta de la intervención del 29 de octubre '
    'y las radiografías que le hicieron en su Centro de Salud, si las tiene.</p>\n'
    '<p>Preséntese 15 minutos antes en el mostrador de Admisión. Para anular o cambiar la cita llame al '
    '<b>91 555 01 42</b> (lunes a viernes, de 8:00 a 15:00).</p>\n'
    '<p style="font-size:11px;color:#666">Mensaje automático, no responda. AVISO DE CONFIDENCIALIDAD: '
    'este mensaje es confidencial y se dirige exclusivamente a su destinatario (Reglamento (UE) 2016/679).</p>',
    'es', 'windows-1252', 'Recordatorio de cita')
add('phi', 'cita-traumatologia-protesis-rodilla',
    'es-ES appointment reminder to named patient: post-op knee prosthesis review, NHC and health card number',
    frm=('Hospital Comarcal de Valdemora – Citaciones', 'citaciones@hcvaldemora.example.es.test'),
    to=[('Mª Carmen Ruiz Alcántara', 'mcarmen.ruiz64@correo.example.es.test')],
    subject='Recordatorio de cita – Consultas Externas de Traumatología',
    date='2025-01-08 09:12', tz='+0100', hcs='windows-1252', hmode='Q',
    body=Multi('alternative', [Text(_t, 'windows-1252', 'quoted-printable'),
                               Text(_h, 'windows-1252', 'quoted-printable', 'html')]))

_t = """Dra. Cisneros, buenas tardes.

Gracias por la info. Con esa HbA1c ya no tiene caso seguir nada más con
metformina. Mándemelo el jueves 23 a las 9:00, turno matutino, consultorio 7.
Que venga en ayunas por si le repetimos perfil de lípidos y que traiga su
glucómetro y la libreta de registros.

Mientras tanto puede iniciar sitagliptina 100 mg c/24 h y lo ajustamos en
consulta. Ojo con la creatinina: si sube de 1.5 me avisa y cambiamos a
linagliptina. Lo de la proteinuria lo vemos con microalbuminuria en orina
de 24 h.

Saludos,

Dr. Rubén Olvera Paredes
Endocrinología – Hospital General de Zona 12
Tel. 55 5550 0137 ext. 214

El mar, 14 ene 2025 a las 12:03, Yolanda Cisneros Ávila
(<ycisneros@cmf-sanbartolo.example.mx.test>) escribió:
> Estimado Dr. Olvera:
>
> Le envío interconsulta de mi paciente:
>
> Nombre: Tomás Villaseñor Ibarra
> NSS: 4312 68 0457-3
> Edad: 57 años
> Dx: DM2 de 9 años de evolución, HAS, dislipidemia mixta
> Tx actual: metformina 850 mg c/12 h, losartán 50 mg c/24 h,
> atorvastatina 20 mg c/24 h
>
> Labs 08/01/2025:
> Glucosa en ayuno  182 mg/dL
> HbA1c             8.9 %
> Creatinina        1.21 mg/dL  (TFGe 68)
> Colesterol total  231 mg/dL
> Triglicéridos     264 mg/dL
> HDL               38 mg/dL
> EGO: proteínas +, glucosa ++
>
> Refiere poliuria y visión borrosa ocasional. Ya lo mandé a oftalmo para
> fondo de ojo. No ha querido insulina.
>
> Quedo atenta.
>
> Dra. Yolanda Cisneros Ávila
> Médico Familiar, consultorio 3
> Clínica de Medicina Familiar San Bartolo
"""
add('phi', 'interconsulta-endocrino-dm2-hba1c',
    'es-MX reply chain between doctors: named patient with social security number, type 2 diabetes labs and medication',
    frm=('Dr. Rubén Olvera Paredes', 'rolvera@hgz12-endocrino.example.mx.test'),
    to=[('Yolanda Cisneros Ávila', 'ycisneros@cmf-sanbartolo.example.mx.test')],
    subject='RE: Interconsulta endocrinología - Sr. Tomás Villaseñor',
    date='2025-01-14 16:47', tz='-0600', hcs='iso-8859-1', hmode='Q',
    extra=[('In-Reply-To', '<a81c2f09e.20250114@cmf-sanbartolo.example.mx.test>'),
           ('References', '<a81c2f09e.20250114@cmf-sanbartolo.example.mx.test>')],
    body=Text(_t.replace('–', '-'), 'iso-8859-1', 'base64'))

_t = """Hola Lucía, ¿cómo estás?

Te reprogramamos el turno con la Dra. Mariana Sosa (psiquiatría) para el
miércoles 19/3 a las 17:30, consultorio 4, 2º piso. La sesión de terapia
cognitivo-conductual con la Lic. Paredes queda igual, los jueves a las 19 h.

La Dra. me pidió que te avise que la receta de escitalopram 15 mg ya está
cargada en el sistema, la podés retirar en cualquier farmacia de la red con
tu credencial de la prepaga (socia N° 0187 44592/01). Si seguís con las
palpitaciones y los ataques de pánico que le contaste, anotalo en el
registro que te dio para charlarlo en la consulta.

Cualquier cosa escribinos por acá o al 11 5550-0163 (lun. a vie. de 9 a 18).

Saludos,
Carla
Secretaría – Salud Mental
Centro Médico Almagro Sur


El dom, 9 mar 2025 a las 22:41, Lucía Fernández Quiroga
<lu.fquiroga@correo.example.net> escribió:

> Hola! Perdón que escribo un domingo. El martes 11 no voy a poder ir al
> turno con la Dra. Sosa porque me cambiaron el horario en el laburo.
> ¿Hay algo para la semana siguiente a la tarde?
> También necesito que me hagan la receta del escitalopram porque me
> quedan 4 pastillas.
> Gracias!!
> Lu
"""
add('restricted', 'turno-psiquiatria-escitalopram',
    'es-AR reply chain: named patient, psychiatry appointment, CBT sessions and escitalopram prescription (mental health)',
    frm=('Secretaría Salud Mental – Centro Médico Almagro Sur', 'turnos.saludmental@cmalmagrosur.example.ar.test'),
    to=[('Lucía Fernández Quiroga', 'lu.fquiroga@correo.example.net')],
    subject='Re: cambio de turno con la Dra. Sosa',
    date='2025-03-10 10:05', tz='-0300', hcs='utf-8', hmode='Q',
    extra=[('In-Reply-To', '<CAF3x9q0Lu11mar@mail.example.net>'),
           ('References', '<CAF3x9q0Lu11mar@mail.example.net>')],
    body=Text(_t, 'utf-8', 'quoted-printable'))

_t = """Hola, Noelia:

Tal como hablamos ayer por teléfono, te confirmamos las citas para la
interrupción voluntaria del embarazo por método farmacológico.

- Primera visita: lunes 3 de febrero, 9:15 h. Información, firma del
  consentimiento, ecografía (en la de tu centro de salud constaba una
  gestación de 6+3 semanas) y toma de la mifepristona 200 mg aquí en la
  clínica.
- Entre 24 y 48 horas después, en casa: misoprostol 800 microgramos por vía
  bucal, según la hoja que te entregaremos. Puedes tomar ibuprofeno 600 mg
  para el dolor.
- Revisión: lunes 17 de febrero, 9:00 h, con test de embarazo de baja
  sensibilidad o ecografía.

Ven acompañada si puedes el día del misoprostol. Si tienes sangrado que
empapa más de dos compresas por hora durante dos horas seguidas, o fiebre de
más de 38 °C, llama al 91 555 01 88 (24 h) o acude a Urgencias.

En la revisión hablamos también de anticoncepción: nos comentaste que te
interesa el DIU de cobre o el implante; se puede colocar ese mismo día.

Tu número de historia en la clínica es 25-00417. La prestación es gratuita
con tu tarjeta sanitaria.

Un abrazo,

Itziar Goikoetxea
Matrona - Unidad de Salud Sexual y Reproductiva
Clínica Ginecológica Arrabal Norte
Tel. 91 555 01 86
"""
add('restricted', 'ive-farmacologica-citas',
    'es-ES midwife to named patient: medical abortion (mifepristone/misoprostol) appointments and contraception plan',
    frm=('Unidad de Salud Sexual y Reproductiva', 'ussr@clinica-arrabalnorte.example.es.test'),
    to=[('Noelia Castaño Prieto', 'noecastano@correo.example.es.test')],
    subject='Confirmación de tus citas',
    date='2025-01-29 13:20', tz='+0100', hcs='iso-8859-15', hmode='B',
    body=Text(_t, 'iso-8859-15', 'base64'))

_t = """CENTRO DE SALUD LOS ALMENDROS - BOLETÍN INFORMATIVO Nº 38 (octubre)

CAMPAÑA DE VACUNACIÓN FRENTE A GRIPE Y COVID-19

Desde el 14 de octubre puede pedir cita para vacunarse si pertenece a alguno
de estos grupos:

  * Personas de 60 años o más.
  * Personas con enfermedades crónicas: diabetes, EPOC, asma, insuficiencia
    cardiaca o renal, cáncer en tratamiento, inmunodepresión.
  * Embarazadas en cualquier trimestre y mujeres en el puerperio.
  * Residentes en centros de mayores y convivientes de personas vulnerables.
  * Personal sanitario y sociosanitario.

Este año se utiliza vacuna antigripal inactivada (tetravalente, y de alta
carga para mayores de 80 años) y la vacuna de ARNm adaptada frente a la
variante actual. Ambas se pueden administrar el mismo día, una en cada brazo.

NOVEDAD: los bebés nacidos entre abril y septiembre, y los que nazcan durante
la temporada, recibirán nirsevimab (anticuerpo frente al virus respiratorio
sincitial) en la maternidad o en su centro de salud.

¿Toma anticoagulantes como acenocumarol (Sintrom) o apixabán? Puede
vacunarse igualmente; se aplicará presión en la zona durante dos minutos.

Cómo pedir cita: en la app de cita sanitaria, en el 91 555 01 20 o en el
mostrador de 8:00 a 20:00.

TALLER DE CUIDADOS DEL PIE DIABÉTICO: jueves 24 de octubre, 17:30 h, sala de
educación sanitaria. Plazas limitadas.

Equipo de Enfermería Familiar y Comunitaria
Centro de Salud Los Almendros

Recibe este boletín porque se suscribió en el centro. Para darse de baja
responda con la palabra BAJA.
"""
add('none', 'trap-boletin-campana-gripe-covid',
    'es general newsletter: flu/COVID vaccination campaign, risk groups, nirsevimab and anticoagulants named, no individual',
    frm=('Centro de Salud Los Almendros', 'boletin@cslosalmendros.example.es.test'),
    to=[('Suscriptores boletín', 'boletin-suscriptores@cslosalmendros.example.es.test')],
    subject='Boletín nº 38: campaña de vacunación de gripe y COVID-19',
    date='2024-10-07 08:00', tz='+0200', hcs='iso-8859-1', hmode='Q',
    body=Multi('alternative', [
        Text(_t, 'iso-8859-1', 'quoted-printable'),
        Text(html_wrap('<h2>Campaña de vacunación frente a gripe y COVID-19</h2>\n' + text2html(_t.split('\n', 2)[2]),
                       'es', 'iso-8859-1', 'Boletín 38'), 'iso-8859-1', 'quoted-printable', 'html')]))

_t = """Buenos días:

Os escribo por dos temas:

1) Nos ha llegado la factura proforma PF-2025-0311 de renovación de las 12
licencias de GestiClinic (módulo agenda + módulo almacén). Necesitamos que la
factura definitiva salga a nombre del Consorcio Sociosanitario del Arrabal,
CIF P7800123J, y no a nombre del centro, porque si no Intervención nos la
devuelve. El pedido interno es el 2025/INF/044.

2) Desde la actualización 7.4.2 del viernes, la impresora térmica de
etiquetas del mostrador imprime las etiquetas cortadas por la mitad. Ya
hemos reinstalado el driver y reiniciado el equipo (puesto ADM-03) sin
éxito. ¿Podéis conectaros en remoto? Estamos de 8 a 15 h.

Muchas gracias,

Rosa Mª Ibáñez Lorente
Administración
Centro de Tratamiento de Adicciones Arrabal
Tel. 91 555 01 77 · Fax 91 555 01 78
"""
add('none', 'trap-cta-adicciones-licencias-software',
    'es: addiction-centre display name but the mail is to a software vendor about licence invoicing and a label printer; no patient',
    frm=('Centro de Tratamiento de Adicciones Arrabal – Administración', 'administracion@cta-arrabal.example.es.test'),
    to=[('Soporte GestiClinic', 'soporte@gesticlinic.example.com')],
    subject='Renovación licencias GestiClinic y error impresora de etiquetas',
    date='2025-02-17 09:34', tz='+0100', hcs='windows-1252', hmode='Q',
    body=Text(_t, 'windows-1252', 'quoted-printable'))

_t = """Estimado/a profesional:

Ya está disponible en el Portal del Empleado su nómina correspondiente al mes
de MARZO de 2025.

  Nº de personal:        0004711
  Categoría:             Técnico/a Superior Especialista en Laboratorio
  Centro de coste:       HCV-LAB-02
  Cuenta de abono:       ES91 **** **** **** **** 4471
  Fecha de abono:        28/03/2025

Este mes se incluyen los atrasos del complemento de carrera profesional
(nivel II) desde enero y la regularización del IRPF (tipo de retención
actual: 18,45 %).

Si detecta cualquier incidencia puede abrir una consulta en el Portal del
Empleado > Mis consultas > Retribuciones, o llamar a la Unidad de Nóminas
en la extensión 4120 (91 555 01 20, de 9:00 a 14:00).

Recuerde que el certificado de retenciones del ejercicio anterior sigue
disponible en el apartado Documentos.

Servicio de Recursos Humanos
Hospital Comarcal de Valdemora
"""
add('none', 'trap-nomina-portal-empleado',
    'es HR payroll notice from a hospital: employee number, cost centre and masked IBAN, no health information',
    frm=('RRHH Hospital Comarcal de Valdemora', 'nominas@hcvaldemora.example.es.test'),
    to=[('Begoña Lasarte Ochoa', 'blasarte@hcvaldemora.example.es.test')],
    subject='Nómina de marzo disponible en el Portal del Empleado',
    date='2025-03-26 07:30', tz='+0100', hcs='windows-1252', hmode='B',
    body=Text(_t, 'windows-1252', 'base64'))

add('phi', 'marcado-secure-prueba-sin-contenido',
    'marked-secure-test-no-content: [secure] subject tag on a one-word test message; marked mail is at least phi',
    frm=('Begoña Lasarte Ochoa', 'blasarte@hcvaldemora.example.es.test'),
    to=[('Informática – Seguridad', 'seguridad.ti@hcvaldemora.example.es.test')],
    subject='[secure] prueba',
    date='2025-04-02 11:02', tz='+0200', hcs='utf-8', hmode='Q',
    body=Text('prueba\n\nBegoña\n', 'utf-8', 'quoted-printable'))

# ================================================================ PORTUGUESE

_t = """ENCAMINHAMENTO / REFERÊNCIA - ESPECIALIDADE: CARDIOLOGIA

Unidade solicitante: UBS Jardim Paraíso - Equipe Saúde da Família 03
Classificação de risco: AMARELO (prioritário)

Paciente: Marlene Aparecida dos Santos
Data de nascimento: 22/07/1958
CNS: 700 5023 4418 6622
CPF: 318.442.907-15
Nome da mãe: Joana Aparecida dos Santos
Telefone: (11) 5555-0139

Motivo do encaminhamento:
Paciente com dispneia aos médios esforços há cerca de 4 meses, com piora
progressiva, ortopneia (dorme com 2 travesseiros) e edema de MMII ++/4+
vespertino. Ao exame: PA 152x94 mmHg, FC 88 bpm irregular?, sopro sistólico
em foco mitral 3+/6+ com irradiação para axila. Crepitações em bases.

HPP: HAS há 15 anos, dislipidemia. Nega DM.

Medicações em uso:
 - Losartana 50 mg 12/12h
 - Hidroclorotiazida 25 mg 1x/dia
 - AAS 100 mg após almoço
 - Sinvastatina 20 mg à noite

Exames (anexo): ECG de 10/02/2025 com ritmo sinusal, sobrecarga de VE,
extrassístoles supraventriculares isoladas. RX tórax: aumento da área
cardíaca. Creatinina 1,1; K 4,3; Hb 12,8.

Solicito avaliação cardiológica e ecocardiograma transtorácico. Iniciado
furosemida 40 mg pela manhã até a consulta.

Dr. Caio Henrique Lemos
Médico de Família e Comunidade - CRM-SP 190447
UBS Jardim Paraíso - (11) 5555-0130
"""
add('phi', 'encaminhamento-cardiologia-ubs',
    'pt-BR referral from primary care to cardiology: named patient, CNS/CPF, dyspnoea, murmur, medication list, ECG attached',
    frm=('UBS Jardim Paraíso – Regulação', 'regulacao.ubsjp@saude-municipio.example.br.test'),
    to=[('Ambulatório de Cardiologia – Policlínica Central', 'agendamento.cardio@policlinica-central.example.br.test')],
    subject='Encaminhamento Cardiologia – Marlene Aparecida dos Santos – prioridade amarela',
    date='2025-02-11 14:22', tz='-0300', hcs='utf-8', hmode='Q',
    body=Multi('mixed', [
        Text(_t, 'utf-8', 'quoted-printable'),
        Bin(pdf(['UBS Jardim Paraiso - Eletrocardiograma', 'Paciente: Marlene Aparecida dos Santos  DN 22/07/1958',
                 'Data: 10/02/2025   FC 86 bpm   PR 168 ms   QRS 96 ms   QTc 441 ms',
                 'Laudo: ritmo sinusal, sobrecarga ventricular esquerda,',
                 'extrassistoles supraventriculares isoladas.'], 'ECG'),
            'application/pdf', 'ECG_Marlene_Aparecida_dos_Santos_10-02-2025.pdf')]))

_t = """Oi Rodrigo, tudo bem?

Conforme você pediu na consulta, estou mandando por aqui o resultado dos
exames que você colheu no dia 27/03:

  - Carga viral do HIV: não detectável (< 40 cópias/mL)
  - CD4: 612 células/mm³ (no exame anterior estava 455)
  - Creatinina 0,96 mg/dL e função hepática normais

Ou seja, o tratamento está funcionando muito bem! Continue tomando o
dolutegravir 50 mg + o comprimido de tenofovir/lamivudina (o "2 em 1") todo
dia no mesmo horário. A próxima retirada dos antirretrovirais na farmácia
(UDM) é a partir de 12/05, lembre de levar o cartão do SUS.

Sua próxima consulta com a Dra. Helena Vasconcelos ficou para 19/08 às 8h.
Se o seu parceiro quiser fazer a testagem ou começar a PrEP, ele pode vir em
qualquer dia útil das 8h às 16h, sem agendamento.

Qualquer dúvida me chama no (21) 5555-0161.

Abraço,
Enf. Patrícia Moura
SAE - Serviço de Atendimento Especializado em IST/HIV/Aids
Policlínica Municipal Vila Serena

Esta mensagem contém informações confidenciais protegidas por sigilo
profissional. Se você a recebeu por engano, apague-a.
"""
add('restricted', 'sae-carga-viral-tarv',
    'pt-BR nurse to named patient: HIV viral load, CD4 and antiretroviral therapy refill (HIV)',
    frm=('Enf. Patrícia Moura – SAE Vila Serena', 'sae.vilaserena@saude-municipio.example.br.test'),
    to=[('Rodrigo Tavares Lins', 'rodrigo.tlins@correio.example.com')],
    subject='Resultado dos seus exames de março',
    date='2025-04-03 15:48', tz='-0300', hcs='utf-8', hmode='Q',
    body=Text(_t, 'utf-8', 'base64'))

_t = """Olá, Everton!

Passando para lembrar que o THOR (Golden Retriever, 4 anos) está com as
vacinas vencendo:

  * V10 (polivalente) - reforço anual venceu em 02/03
  * Antirrábica - vence em 15/03
  * Vermífugo - última dose em novembro

Aproveitando a visita, a Dra. Lívia recomenda o exame de sangue anual
(hemograma + bioquímico) e o teste rápido de leishmaniose, já que vocês
moram perto da mata. A coleira repelente também precisa ser trocada.

Agende pelo WhatsApp ou pelo telefone (31) 5555-0172. Banho e tosa com 10%
de desconto para quem vacinar neste mês!

Abraços da equipe
Clínica Veterinária Patas & Cia
"""
add('none', 'trap-lembrete-vacina-cachorro',
    'pt-BR veterinary reminder: dog vaccines and blood test, owner named; animal care is not human health care',
    frm=('Clínica Veterinária Patas & Cia', 'contato@patasecia-vet.example.com.br.test'),
    to=[('Everton Silveira', 'everton.silveira@correio.example.com')],
    subject='Lembrete: vacinas do Thor vencendo 🐶',
    date='2025-03-05 10:00', tz='-0300', hcs='utf-8', hmode='B',
    body=Multi('alternative', [
        Text(_t, 'utf-8', 'quoted-printable'),
        Text(html_wrap(text2html(_t), 'pt-BR', 'utf-8', 'Lembrete'), 'utf-8', 'quoted-printable', 'html')]))

_t = """Caros colegas,

Está confirmado o nosso Jantar de Natal do Serviço de Medicina Interna!

  Dia:    sexta-feira, 13 de dezembro, às 20h00
  Local:  Restaurante O Lagar do Ti Zé (junto à rotunda da Ribeira)
  Preço:  32 € por pessoa (entradas, prato de bacalhau ou cabrito, sobremesa,
          vinho da casa e café)

Pedimos que confirmem a presença até dia 6 de dezembro junto da Enf.ª Graça
(ext. 2231) e que façam a transferência para o IBAN que ela vos enviar. Os
colegas que estiverem de urgência nesse dia podem juntar-se para a
sobremesa - guardamos-vos o pudim.

Haverá amigo secreto: presentes até 10 €.

Boas festas e até lá!

Filipa Marques
Interna de Formação Específica - Medicina Interna
Tel. 239 555 014
"""
add('none', 'jantar-natal-servico',
    'pt-PT staff Christmas dinner invitation with a phone-number signature; no patient',
    frm=('Filipa Marques', 'filipa.marques@hospital-ribeira.example.pt.test'),
    to=[('Medicina Interna - todos', 'medicina.interna@hospital-ribeira.example.pt.test')],
    subject='Jantar de Natal do Serviço - 13 de dezembro',
    date='2024-11-25 18:11', tz='+0000', hcs='iso-8859-15', hmode='Q',
    body=Text(_t, 'iso-8859-15', '8bit'))

# ==================================================================== FRENCH

_t = """Chère consœur,

Je vous remercie de m'avoir adressé M. Gérard BRIAND, né le 03/11/1955
(IPP 20051187), que j'ai vu ce jour pour une coloscopie totale dans le
cadre du dépistage organisé (test immunologique positif en janvier).

Anesthésie : sédation par propofol (Dr Lemoine), sans incident.
Préparation : bonne, score de Boston 8/9.
Progression : jusqu'au bas-fond caecal, iléon terminal vu et normal.

Résultats :
- Côlon sigmoïde à 25 cm de la marge anale : polype sessile de 12 mm
  (Paris 0-Is), réséqué en monobloc à l'anse froide après surélévation,
  pose d'un clip hémostatique.
- Côlon droit : deux polypes infracentimétriques (4 et 6 mm) réséqués à
  l'anse froide.
- Diverticulose sigmoïdienne modérée, non compliquée.
- Hémorroïdes internes de stade I.

Prélèvements adressés en anatomopathologie (3 pots).

Conduite à tenir :
- Reprise du Kardégic 75 mg à J+5, soit le 24/03.
- Pas de contre-indication à une alimentation normale dès ce soir.
- Je vous transmettrai les résultats histologiques. Selon ceux-ci, une
  coloscopie de contrôle sera proposée à 3 ans.

Le compte rendu détaillé est joint au format PDF.

Bien confraternellement,

Dr Hervé Castagnet
Hépato-gastro-entérologie - Clinique du Val de Sèvre
Tél. secrétariat : +33 5 555 01 42

Ce message a été envoyé via une messagerie sécurisée de santé. Il contient
des données de santé à caractère personnel couvertes par le secret médical.
"""
add('phi', 'cr-coloscopie-polypes-medecin-traitant',
    'fr specialist letter to GP: named patient with DOB and IPP, colonoscopy with polypectomy, antiplatelet resumption; PDF report',
    frm=('Dr Hervé Castagnet', 'h.castagnet@clinique-valdesevre.example.fr.test'),
    to=[('Dr Anne-Laure Picot', 'al.picot@cabinet-medical-niort.example.fr.test')],
    subject='CR coloscopie - M. BRIAND Gérard (né le 03/11/1955)',
    date='2025-03-19 17:05', tz='+0100', hcs='iso-8859-15', hmode='Q',
    body=Multi('mixed', [
        Text(_t, 'iso-8859-15', 'quoted-printable'),
        Bin(pdf(['Clinique du Val de Sevre - Endoscopie digestive', 'Compte rendu de coloscopie du 19/03/2025',
                 'Patient : BRIAND Gerard   Ne le 03/11/1955   IPP 20051187',
                 'Indication : test immunologique positif (depistage organise)',
                 'Sigmoide : polype sessile 12 mm, Paris 0-Is, resection anse froide, 1 clip',
                 'Colon droit : 2 polypes 4 et 6 mm, anse froide',
                 'Diverticulose sigmoidienne. Hemorroides stade I.',
                 'Medecin : Dr H. Castagnet'], 'CR coloscopie'),
            'application/pdf', 'CR_coloscopie_BRIAND_Gerard_20250319.pdf')]))

_h = html_wrap("""<table width="600" cellpadding="6" style="border:1px solid #2b5f8a">
<tr><td style="background:#2b5f8a;color:#fff"><b>Mutuelle des Cheminots du Poitou</b> – Votre espace adhérent</td></tr>
<tr><td>
<p>Bonjour Madame Sylvie MORVAN,</p>
<p>Un nouveau décompte de remboursements est disponible dans votre espace adhérent.</p>
<p><b>Décompte n° 2025-03-118744</b> du 04/03/2025<br>
N° d'adhérent : 0077 1254 93<br>
Bénéficiaire : MORVAN Sylvie (assurée principale)</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><th>Date des soins</th><th>Acte</th><th>Dépense</th><th>Remb. Sécurité sociale</th><th>Remb. Mutuelle</th><th>Reste à charge</th></tr>
<tr><td>12/02/2025</td><td>Consultation ophtalmologiste – Dr L. Ferrand</td><td>60,00 €</td><td>20,30 €</td><td>36,70 €</td><td>3,00 €</td></tr>
<tr><td>18/02/2025</td><td>Équipement optique : 2 verres progressifs + monture</td><td>486,00 €</td><td>0,09 €</td><td>350,00 €</td><td>135,91 €</td></tr>
<tr><td>21/02/2025</td><td>Pharmacie – collyre (hors tiers payant)</td><td>8,64 €</td><td>5,62 €</td><td>3,02 €</td><td>0,00 €</td></tr>
</table>
<p>Le montant de <b>389,72 €</b> a été viré sur votre compte bancaire se terminant par ••0412.</p>
<p>La participation forfaitaire de 2,00 € et la franchise médicale restent à votre charge conformément à la réglementation.</p>
<p>Cordialement,<br>Le service Prestations<br>Tél. 05 555 01 60 (du lundi au vendredi, 8h30–17h30)</p>
</td></tr>
<tr><td style="font-size:10px;color:#777">Ne répondez pas à ce courriel. Pour toute réclamation, utilisez la messagerie de votre espace adhérent.</td></tr>
</table>""", 'fr', 'windows-1252', 'Décompte de remboursements')
add('phi', 'decompte-mutuelle-optique',
    'fr insurer HTML statement: named member with member number, reimbursement of ophthalmology visit, glasses and eye drops (EOB)',
    frm=('Mutuelle des Cheminots du Poitou', 'ne-pas-repondre@mcp-mutuelle.example.fr.test'),
    to=[('Sylvie Morvan', 'sylvie.morvan@courriel.example.fr.test')],
    subject='Votre décompte de remboursements n° 2025-03-118744',
    date='2025-03-04 06:15', tz='+0100', hcs='windows-1252', hmode='Q',
    body=Text(_h, 'windows-1252', 'base64', 'html'))

_t = """Cher confrère,

J'ai revu ce jour en consultation M. Kévin LEBRETON, 34 ans (né le
17/06/1990), suivi au CMP depuis 2019 pour un trouble bipolaire de type I.

Depuis la sortie d'hospitalisation de l'été dernier (épisode maniaque avec
caractéristiques psychotiques), la thymie est stable. Pas d'élément
dépressif, sommeil de 7 h, reprise à mi-temps thérapeutique depuis janvier
dans son entreprise de logistique. Il est observant, vient régulièrement aux
entretiens infirmiers et participe au groupe de psychoéducation du jeudi.

Bilan du 04/03 : lithiémie 0,78 mmol/L (cible 0,6-0,8), créatininémie
82 µmol/L, TSH 2,9 mUI/L, calcémie normale.

Traitement inchangé :
  - Téralithe LP 400 mg : 2 cp le soir
  - Quétiapine LP 300 mg : 1 cp au coucher

Je vous remercie de poursuivre la surveillance biologique trimestrielle
(lithiémie à 12 h de la prise, créatininémie, TSH, calcémie) et d'être
attentif aux interactions (AINS, IEC, diurétiques thiazidiques), que je lui
ai rappelées. Prise de poids de 3 kg en six mois : je lui ai proposé un
accompagnement diététique.

Prochains rendez-vous : entretien infirmier le 24/04, avec moi le 12/06.

Bien confraternellement,

Dr Mathilde Garnier
Psychiatre - CMP Adultes, secteur 86G03
Centre hospitalier Henri-Laborit-Nord
Tél. +33 5 555 01 48
"""
add('restricted', 'cmp-trouble-bipolaire-lithium',
    'fr psychiatrist to GP: named patient, bipolar disorder follow-up at CMP, lithium levels and quetiapine (mental health)',
    frm=('Dr Mathilde Garnier - CMP Adultes 86G03', 'm.garnier@ch-laborit-nord.example.fr.test'),
    to=[('Dr Olivier Pasquier', 'o.pasquier@medecin-chatellerault.example.fr.test')],
    subject='Suivi CMP - M. LEBRETON Kévin',
    date='2025-03-11 12:40', tz='+0100', hcs='iso-8859-15', hmode='B',
    body=Text(_t, 'iso-8859-15', 'base64'))

_t = """Bonjour,

Suite à notre échange téléphonique de ce matin, je vous confirme que
M. Damien FERREIRA (né le 08/02/1987), suivi au CSAPA pour un trouble de
l’usage des opioïdes, a une nouvelle ordonnance sécurisée de buprénorphine
haut dosage (Subutex®) :

  - 8 mg/jour en une prise sublinguale
  - du 10/03/2025 au 06/04/2025
  - délivrance fractionnée par 7 jours
  - nom de votre officine inscrit sur l’ordonnance (Pharmacie des Halles)

L’original vous sera apporté par le patient lundi. Merci de ne pas faire de
délivrance anticipée et de nous signaler tout oubli de plus de 3 jours ou
toute demande de chevauchement. En cas de perte de l’ordonnance, il doit
repasser au CSAPA (pas de duplicata par téléphone).

Il a aussi reçu un kit de naloxone nasale la semaine dernière.

Merci pour votre collaboration,

Inès Marchetti
Infirmière – CSAPA Le Passage
Tél. +33 4 555 01 57 – Fax +33 4 555 01 58

Ce courriel est confidentiel et couvert par le secret professionnel.
"""
add('restricted', 'csapa-relais-subutex-pharmacie',
    'fr addiction centre nurse to pharmacy: named patient with DOB, opioid use disorder, buprenorphine (Subutex) dispensing (SUD)',
    frm=('CSAPA Le Passage – équipe soignante', 'soins@csapa-lepassage.example.fr.test'),
    to=[('Pharmacie des Halles', 'contact@pharmacie-deshalles.example.fr.test')],
    subject='Relais dispensation – M. FERREIRA Damien',
    date='2025-03-07 11:26', tz='+0100', hcs='windows-1252', hmode='Q',
    body=Text(_t, 'windows-1252', 'quoted-printable'))

_t = """BULLETIN DE SANTÉ PUBLIQUE - INFECTION À VIH ET IST BACTÉRIENNES
Région Centre-Atlantique - données 2024 - édition de décembre

POINTS CLÉS

- 312 découvertes de séropositivité VIH en 2024 (taux de 51 par million
  d'habitants), en baisse de 8 % par rapport à 2023.
- 29 % des découvertes ont été faites à un stade avancé (CD4 < 200/mm3 ou
  stade sida), proportion stable depuis 2019.
- 4 870 personnes ont initié une prophylaxie pré-exposition (PrEP) au
  cours de l'année, dont 21 % prescrites en ville par un médecin généraliste.
- Les diagnostics d'infection à Chlamydia trachomatis progressent de 11 %,
  ceux de gonococcie de 17 % ; 214 cas de syphilis précoce ont été déclarés.

1. DÉPISTAGE DU VIH

L'activité de dépistage a atteint 98 tests pour 1 000 habitants, niveau
supérieur à la moyenne nationale. La part des tests réalisés sans
ordonnance en laboratoire a doublé depuis la généralisation du dispositif.
Les autotests vendus en pharmacie sont estimés à 11 400 unités.

Répartition des découvertes par mode de contamination probable :
  Rapports hétérosexuels .................. 52 %
  Rapports sexuels entre hommes ........... 41 %
  Usage de drogues injectables ............  2 %
  Autre / inconnu .........................  5 %

Répartition par classe d'âge :
  15-24 ans 12 % | 25-49 ans 63 % | 50 ans et plus 25 %

2. PROPHYLAXIE PRÉ-EXPOSITION

Le nombre de personnes ayant eu au moins une délivrance de PrEP
(emtricitabine/ténofovir disoproxil) augmente de 24 %. Les femmes ne
représentent encore que 6 % des utilisateurs. Les CeGIDD restent les
premiers prescripteurs pour une première prescription.

3. INFECTIONS SEXUELLEMENT TRANSMISSIBLES BACTÉRIENNES

La hausse des IST concerne surtout les 15-29 ans. Le réseau de
laboratoires sentinelles note une augmentation des souches de gonocoque de
sensibilité diminuée à la ceftriaxone (3 souches sur 412 testées).

4. RECOMMANDATIONS

- Proposer un dépistage du VIH au moins une fois dans la vie à toute
  personne de 15 à 70 ans, et un dépistage répété aux populations les plus
  exposées.
- Associer systématiquement le dépistage des IST bactériennes et des
  hépatites B et C.
- Informer sur la possibilité de prescription de la PrEP par tout médecin.
- Rappeler la vaccination HPV des garçons et des filles de 11 à 14 ans.

Méthodologie : données de déclaration obligatoire, système national de
données de santé (délivrances), enquête LaboVIH. Les effectifs inférieurs à
5 ne sont pas diffusés.

Cellule régionale de santé publique Centre-Atlantique
Contact : veille.sanitaire@csp-centreatlantique.example.fr.test
Tél. +33 5 555 01 99

Vous recevez ce bulletin en tant que professionnel de santé inscrit à la
liste de diffusion. Désinscription : répondre avec STOP.
"""
add('none', 'trap-bulletin-vih-ist-regional',
    'fr regional public-health bulletin: aggregate HIV diagnoses, PrEP initiations and STI counts, no individual',
    frm=('Cellule régionale de santé publique', 'bulletin@csp-centreatlantique.example.fr.test'),
    to=[('Professionnels de santé (liste)', 'liste-ps@csp-centreatlantique.example.fr.test')],
    subject='Bulletin de santé publique VIH/IST - données 2024',
    date='2024-12-01 08:30', tz='+0100', hcs='iso-8859-15', hmode='Q',
    body=Multi('alternative', [
        Text(_t, 'iso-8859-15', 'base64'),
        Text(html_wrap('<pre style="font-family:Arial">' + esc(_t) + '</pre>', 'fr', 'iso-8859-15',
                       'Bulletin VIH/IST'), 'iso-8859-15', 'base64', 'html')]))

_csv = """Code CIP;Désignation;Qté commandée;Qté livrée;PU HT;Total HT;Liste
3400935294289;SUBUTEX 8MG CPR SUBLING B/7;20;20;12,87;257,40;Stupéfiant (fractionné)
3400935294180;SUBUTEX 2MG CPR SUBLING B/7;10;10;4,12;41,20;Stupéfiant (fractionné)
3400936099999;METHADONE SIROP 60MG/15ML FL;15;12;3,05;36,60;Stupéfiant
3400930000017;NALOXONE 1,8MG SOL PULV NASAL B/2;5;5;19,90;99,50;Liste I
3400933989327;DOLIPRANE 1000MG CPR B/8;120;120;1,16;139,20;
3400930021111;SPASFON LYOC 80MG B/10;40;40;2,21;88,40;
"""
_t = """Madame, Monsieur,

Veuillez trouver ci-joint le relevé de votre commande n° C-88412 livrée ce
jour par la tournée de 13h30 (bac n° 4471, scellé 00981223).

Référence client : PH-0375 - Pharmacie du Marché Couvert
Facture : FA-2025-0309-1187 - montant HT 662,30 €, TVA 2,1 % et 10 %
Échéance : règlement à 30 jours fin de mois par prélèvement.

Rupture partielle : METHADONE SIROP 60MG (3 flacons en reliquat, livraison
prévue jeudi). Rappel : les stupéfiants ne sont délivrés que sur bon de
commande signé par le pharmacien titulaire ; merci de nous retourner
l'exemplaire n° 2 du bon BC-STUP-0412 avec le prochain bac.

Le service clients reste à votre disposition au 02 555 01 31.

Répartition PharmaOuest - Agence de Saint-Herblain
"""
add('none', 'trap-facture-repartiteur-stupefiants',
    'fr wholesaler-to-pharmacy invoice: Subutex, methadone and naloxone stock lines, B2B only, no patient',
    frm=('PharmaOuest Service Clients', 'service.clients@pharmaouest.example.fr.test'),
    to=[('Pharmacie du Marché Couvert', 'commandes@pharma-marchecouvert.example.fr.test')],
    subject='Livraison commande C-88412 / facture FA-2025-0309-1187',
    date='2025-03-09 13:52', tz='+0100', hcs='windows-1252', hmode='Q',
    body=Multi('mixed', [
        Text(_t, 'windows-1252', 'quoted-printable'),
        Text(_csv, 'windows-1252', 'quoted-printable', 'csv', filename='releve_C-88412.csv')]))

_t = """NOTE DE SERVICE N° 2025-014

Objet : travaux du parking P2 (personnel)

À compter du lundi 7 avril et pour une durée estimée de six semaines, le
parking P2 réservé au personnel sera fermé pour réfection de l'enrobé et
installation de bornes de recharge.

Pendant les travaux :
- les agents titulaires d'un badge P2 pourront stationner sur le parking
  P4 (entrée rue des Tanneurs) ; les badges seront reprogrammés
  automatiquement dans la nuit du 6 au 7 avril ;
- une navette partira du P4 toutes les 10 minutes de 6h15 à 9h30 et de
  13h15 à 14h30, puis de 18h30 à 21h45, pour les équipes de jour et de nuit ;
- l'accès des ambulances et des taxis conventionnés au hall principal
  n'est pas modifié.

Nous vous remercions de votre compréhension et vous invitons à privilégier
le covoiturage et le vélo (le garage à vélos du bâtiment C reste ouvert).

Pour toute question : services techniques, poste 5120.

La Direction des services économiques et logistiques
"""
add('none', 'note-service-travaux-parking',
    'fr internal staff memo about car-park works and shuttle times; no patient or health content',
    frm=('Direction des services économiques', 'dsel@ch-bordsdeloire.example.fr.test'),
    to=[('Tous les agents', 'tous-agents@ch-bordsdeloire.example.fr.test')],
    subject='Note de service 2025-014 : travaux du parking P2',
    date='2025-03-28 16:02', tz='+0100', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', '8bit'))

# ==================================================================== GERMAN

_t = """Kreiskrankenhaus Am Mühlbach
Klinik für Allgemein-, Viszeral- und Minimalinvasive Chirurgie
Chefarzt Prof. Dr. med. Ulrich Brandstätter
Mühlbachweg 4 - 87999 Oberwenden - Tel. 08341 555-0120 - Fax 08341 555-0129

Herrn
Dr. med. Jörg Haberland
Facharzt für Allgemeinmedizin
Hauptstraße 17
87999 Oberwenden

                                                     Oberwenden, 07.02.2025

ENTLASSBRIEF

Sehr geehrter Herr Kollege Haberland,

wir berichten über Ihre Patientin

    Frau Renate Oberhuber, geb. 11.09.1949
    wohnhaft Lindenstraße 3, 87999 Oberwenden
    Fallnummer 2025004417

die sich vom 03.02.2025 bis 07.02.2025 in unserer stationären Behandlung
befand.

DIAGNOSEN

    Akute Cholezystitis bei symptomatischer Cholezystolithiasis (K80.0)

    Nebendiagnosen:
    - Vorhofflimmern, paroxysmal, CHA2DS2-VASc 4, orale Antikoagulation
    - Arterielle Hypertonie
    - Diabetes mellitus Typ 2, nicht insulinpflichtig (HbA1c 6,9 %)
    - Z. n. Hüft-TEP rechts 2017
    - Penicillinallergie (Exanthem)

THERAPIE

    04.02.2025: Laparoskopische Cholezystektomie (4-Trokar-Technik),
    Einlage einer Easy-Flow-Drainage, Entfernung am 1. postoperativen Tag.

ANAMNESE

Die Patientin stellte sich am Abend des 03.02. über unsere Notaufnahme mit
seit ca. 36 Stunden bestehenden rechtsseitigen Oberbauchschmerzen mit
Ausstrahlung in die rechte Schulter, Übelkeit und zweimaligem Erbrechen vor.
Ähnliche, jedoch kürzere Schmerzepisoden nach fettreichen Mahlzeiten seien
seit dem Sommer mehrfach aufgetreten. Kein Ikterus, keine Entfärbung des
Stuhls. Die letzte Einnahme von Apixaban erfolgte am 03.02. morgens.

BEFUND BEI AUFNAHME

77-jährige Patientin in leicht reduziertem AZ und adipösem EZ
(BMI 31 kg/m2). Temperatur 38,3 °C, RR 148/86 mmHg, HF 96/min arrhythmisch.
Abdomen: Druckschmerz im rechten Oberbauch, positives Murphy-Zeichen,
keine Abwehrspannung, Darmgeräusche regelrecht.

Sonographie Abdomen (03.02.): Gallenblase 10 x 4,5 cm, Wand auf 6 mm
verdickt und dreigeschichtet, multiple Konkremente bis 18 mm, davon eines
im Gallenblasenhals, perivesikale Flüssigkeit. DHC 5 mm, intrahepatisch
keine Gallengangserweiterung. Übrige Oberbauchorgane unauffällig.

LABOR

                     03.02.      05.02.      07.02.      Referenz
    Leukozyten       14,8        10,2        7,9         3,9 - 10,2 /nl
    CRP              112         86          31          < 5 mg/l
    Bilirubin ges.   1,3         0,9         0,7         < 1,2 mg/dl
    GOT              41          33          25          < 35 U/l
    GPT              48          39          30          < 35 U/l
    Gamma-GT         96          88          71          < 40 U/l
    Lipase           38          -           -           < 60 U/l
    Kreatinin        1,02        0,94        0,91        0,5 - 0,9 mg/dl
    Hämoglobin       13,1        12,2        12,4        12 - 15,5 g/dl
    Quick/INR        84 %/1,1    -           -

VERLAUF

Nach Aufnahme wurde eine kalkulierte antibiotische Therapie mit Ceftriaxon
2 g i.v. und Metronidazol 500 mg i.v. (bei anamnestischer
Penicillinallergie) begonnen. Bei Einnahme von Apixaban am Aufnahmetag
erfolgte die Operation am 04.02. nach 24-stündiger Pause. Intraoperativ
zeigte sich eine ödematös entzündete, teils nekrotische Gallenblase; die
Präparation des Calot-Dreiecks gelang problemlos (Critical View of Safety).
Der postoperative Verlauf gestaltete sich komplikationslos. Die Drainage
förderte nur wenig seröses Sekret und wurde am 05.02. entfernt. Kostaufbau
ab dem 1. postoperativen Tag, gut vertragen. Die Antibiose wurde nach
insgesamt 4 Tagen beendet. Die Entzündungswerte waren rückläufig, die
Patientin zuletzt fieberfrei.

Zur Schmerztherapie erhielt die Patientin neben Metamizol zunächst
Piritramid über eine PCA-Pumpe, ab dem 2. postoperativen Tag oral
Tilidin/Naloxon retard. Hierunter war sie mobil und gut schmerzkontrolliert
(NRS 2-3 in Ruhe).

Die Antikoagulation mit Apixaban wurde am 06.02. abends wieder
aufgenommen; bis dahin erhielt die Patientin Enoxaparin 40 mg s.c.

HISTOLOGIE (Pathologie Oberwenden, E-2025-01188)

Akute ulzerophlegmonöse, fokal nekrotisierende Cholezystitis bei
chronischer Cholezystitis und Cholezystolithiasis. Kein Anhalt für
Malignität.

ENTLASSMEDIKATION

    Apixaban 5 mg              1 - 0 - 1
    Metoprololsuccinat 95 mg   1 - 0 - 0
    Candesartan 8 mg           1 - 0 - 0
    Metformin 1000 mg          1 - 0 - 1  (ab 08.02. wieder)
    Pantoprazol 20 mg          1 - 0 - 0  (für 2 Wochen)
    Metamizol 500 mg           bei Bedarf bis 4 x 1 Tbl.
    Tilidin/Naloxon 50/4 mg    1 - 0 - 1  retard, für max. 5 Tage,
                               danach 0 - 0 - 1 für 2 Tage, dann absetzen

Ein Medikationsplan liegt bei. Für Tilidin/Naloxon wurde der Patientin eine
Packung N1 (10 Tbl.) mitgegeben.

EMPFEHLUNGEN

- Wundkontrolle und Entfernung des Nahtmaterials am 10. - 12.
  postoperativen Tag in Ihrer Praxis.
- Kein Heben über 5 kg für 4 Wochen.
- Laborkontrolle (Blutbild, CRP, Leberwerte) in einer Woche.
- Bei erneutem Fieber, zunehmenden Bauchschmerzen oder Gelbfärbung der
  Haut umgehende Wiedervorstellung.
- Die Patientin ist über die Möglichkeit von Verdauungsbeschwerden nach
  fettreichen Mahlzeiten aufgeklärt.

Eine Arbeitsunfähigkeit ist bei der berenteten Patientin nicht erforderlich.

Für Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen kollegialen Grüßen

Prof. Dr. med. U. Brandstätter      Dr. med. Carolin Wendt
Chefarzt                            Oberärztin

Dipl.-Med. Tobias Kaltenegger
Assistenzarzt

Dieser Brief wurde elektronisch erstellt und ist ohne Unterschrift gültig.
"""
_plan = """BUNDESEINHEITLICHER MEDIKATIONSPLAN (Textfassung)
Patientin: Oberhuber, Renate   geb. 11.09.1949
Ausgedruckt von: KKH Am Mühlbach, Chirurgie   am 07.02.2025

Wirkstoff            Handelsname          Stärke    Form  Mo Mi Ab Nacht  Hinweis
Apixaban             Eliquis              5 mg      Tabl  1  0  1  0      Blutverdünnung
Metoprololsuccinat   Metoprolol-ratio.    95 mg     Tabl  1  0  0  0      Herz/Blutdruck
Candesartan          Candesartan AL       8 mg      Tabl  1  0  0  0      Blutdruck
Metformin            Metformin Lich       1000 mg   Tabl  1  0  1  0      Zucker, ab 08.02.
Pantoprazol          Pantoprazol Heumann  20 mg     Tabl  1  0  0  0      Magenschutz, 2 Wo.
Metamizol            Novaminsulfon        500 mg    Tabl  bei Bedarf max. 4x  Schmerzen
Tilidin/Naloxon      Tilidin comp. ret.   50/4 mg   Tabl  1  0  1  0      5 Tage, dann ausschleichen
"""
add('phi', 'entlassbrief-cholezystektomie-tilidin',
    'de multi-page discharge letter: named patient with DOB and case number, cholecystectomy, labs, post-operative opioid for pain (not SUD)',
    frm=('Sekretariat Chirurgie - KKH Am Mühlbach', 'sekretariat.chirurgie@kkh-muehlbach.example.de.test'),
    to=[('Dr. med. Jörg Haberland', 'praxis@haberland-allgemeinmedizin.example.de.test')],
    subject='Entlassbrief Frau Renate Oberhuber, geb. 11.09.1949 - Fall 2025004417',
    date='2025-02-07 15:41', tz='+0100', hcs='iso-8859-1', hmode='Q',
    body=Multi('mixed', [
        Text('Sehr geehrter Herr Kollege,\n\nanbei der Entlassbrief und der Medikationsplan unserer gemeinsamen '
             'Patientin.\n\nMit freundlichen Grüßen\nSekretariat Chirurgie\nKKH Am Mühlbach - Tel. 08341 555-0121\n',
             'iso-8859-1', 'quoted-printable'),
        Text(_t.replace('–', '-'), 'iso-8859-1', 'base64', filename='Entlassbrief_Oberhuber_Renate_2025004417.txt'),
        Text(_plan, 'iso-8859-1', 'base64', filename='Medikationsplan_Oberhuber.txt')]))

add('phi', 'unterlagen-nur-dateiname-befund',
    'de: body says only "attached as discussed"; the attachment file name carries patient name, DOB and knee MRI report (PHI only in file name)',
    frm=('Melek Yilmaz', 'm.yilmaz@praxis-lindenhof.example.de.test'),
    to=[('Sekretariat Orthopädie', 'sekretariat@orthopaedie-am-markt.example.de.test')],
    subject='Unterlagen',
    date='2025-03-18 10:14', tz='+0100', hcs='iso-8859-15', hmode='Q',
    body=Multi('mixed', [
        Text('Hallo Frau Brandt,\n\nanbei wie telefonisch besprochen.\n\nViele Grüße\nMelek Yilmaz\n'
             'Praxis am Lindenhof - Anmeldung\nTel. 0711 555-0163\n', 'iso-8859-15', 'quoted-printable'),
        Bin(pdf(['Seite 1 von 1'], 'Scan'), 'application/pdf',
            'Befund_MRT_Knie_links_Krüger_Sabine_17.04.1962.pdf')], preamble=False))

_t = """Sehr geehrte Frau Kollegin Dr. Albrecht,

wir berichten über Ihren Patienten

    Jonas Sommerfeld, geb. 02.05.2015

der sich am 12.03.2025 gemeinsam mit der Mutter in unserer
Institutsambulanz vorstellte.

Diagnose: Einfache Aktivitäts- und Aufmerksamkeitsstörung (F90.0)

Nach ausführlicher Diagnostik (Elterninterview, Conners-3 Eltern- und
Lehrerfragebogen, Testung der Aufmerksamkeit, Intelligenzdiagnostik im
Normbereich) sowie Einbeziehung der Schulberichte der 4. Klasse besteht eine
deutliche Beeinträchtigung in Schule und Familie. Das Elterntraining (THOP)
wurde im Herbst abgeschlossen; die Symptomatik besteht trotz
schulischer Unterstützung fort.

Wir haben mit der Familie eine medikamentöse Behandlung besprochen und mit
Methylphenidat retard (Medikinet retard) 10 mg morgens zum Frühstück
begonnen. Steigerung auf 20 mg nach einer Woche, sofern gut vertragen. Das
BtM-Rezept wird von uns ausgestellt.

Ausgangswerte: Gewicht 31,4 kg, Größe 139 cm, RR 104/66 mmHg, Puls 82/min,
EKG unauffällig.

Wir bitten um Kontrolle von Gewicht, Puls und Blutdruck in 4 Wochen. Die
nächste Vorstellung in unserer Ambulanz ist für den 23.04.2025 um 15:00 Uhr
vereinbart; die begleitende Verhaltenstherapie bei Frau Dipl.-Psych. Ruhland
läuft vierzehntägig weiter.

Mit freundlichen kollegialen Grüßen

Dr. med. Friederike Lanz
Fachärztin für Kinder- und Jugendpsychiatrie und -psychotherapie
Institutsambulanz KJP - Klinikum Westerholt
Tel. 0521 555-0184
"""
add('restricted', 'kjp-adhs-methylphenidat-befundbericht',
    'de child and adolescent psychiatry letter: named child with DOB, ADHD diagnosis and methylphenidate started by the psychiatric service',
    frm=('Institutsambulanz Kinder- und Jugendpsychiatrie', 'kjp-ambulanz@klinikum-westerholt.example.de.test'),
    to=[('Dr. med. Sabine Albrecht', 'praxis@kinderaerzte-albrecht.example.de.test')],
    subject='Befundbericht Jonas Sommerfeld (geb. 02.05.2015)',
    date='2025-03-13 08:55', tz='+0100', hcs='iso-8859-15', hmode='Q',
    body=Text(_t, 'iso-8859-15', 'quoted-printable'))

add('restricted', 'substitutionsambulanz-termin-anmeldung',
    'de: individual appointment confirmation whose only clinical context is the sender "Substitutionsambulanz" (opioid substitution clinic, SUD)',
    frm=('Substitutionsambulanz Hafenstraße - Anmeldung', 'anmeldung@substitution-hafen.example.de.test'),
    to=[('Mehmet Aydin', 'mehmet.aydin84@mail.example.net')],
    subject='Ihr Termin am Montag',
    date='2025-03-14 12:30', tz='+0100', hcs='iso-8859-1', hmode='Q',
    body=Text('Hallo Herr Aydin,\n\nIhr Termin ist am Montag, 17.03., um 8:30 Uhr. Bitte bringen Sie Ihre '
              'Versichertenkarte und den Personalausweis mit.\n\nViele Grüße\nAnmeldung\n', 'iso-8859-1', 'quoted-printable'))

_cfg = """# Kommunikationsserver - Mapping ADT (HL7 v2.5) -> KIS
# Stand: 2025-02-20, Ticket CHG-2025-0117
# Nur Feldzuordnungen, keine Patientendaten.

[inbound.ADT_A01]
PID-3.1      = patient.mrn            ; Patientennummer (MRN), max. 20 Zeichen
PID-3.4      = "KVN"                  ; Assigning Authority, neu
PID-5.1      = patient.family_name
PID-5.2      = patient.given_name
PID-7        = patient.birth_date     ; Format YYYYMMDD
PID-8        = patient.sex
PV1-2        = encounter.class
PV1-19       = encounter.visit_number ; Fallnummer
IN1-36       = coverage.policy_id     ; Versichertennummer

[inbound.ADT_A08]
inherit      = inbound.ADT_A01

[validation]
mrn.regex    = ^[0-9]{7,10}$
reject_if_missing = PID-3.1, PV1-19
"""
_t = """Liebe Kolleginnen und Kollegen,

am Dienstag, 25.02.2025, zwischen 20:00 und 22:00 Uhr wird der
Kommunikationsserver auf Version 8.3 aktualisiert. In diesem Zeitraum
werden ADT- und Befundnachrichten zwischengespeichert und anschließend
automatisch nachgeliefert. Eine Aktion auf Station ist nicht erforderlich.

Änderungen für die Schnittstellenpartner:

- PID-3 (Patientennummer/MRN) wird künftig mit der Assigning Authority
  "KVN" befüllt.
- Das Feld mrn in der Tabelle adt_patient wird auf VARCHAR(20) erweitert.
- Nachrichten ohne PV1-19 (Fallnummer) werden mit AR quittiert.

Die neue Mapping-Datei hängt an. Bitte prüfen Sie Ihre Testsysteme bis
Freitag; Testnachrichten bitte nur mit den Testpatienten aus dem
Mandanten 900.

Viele Grüße
Ihr IT-Servicedesk
Klinikverbund Nordwest - Tel. intern 4444 / extern 0441 555-0144
"""
add('none', 'trap-hl7-kommunikationsserver-mapping',
    'de IT change notice: HL7 field mapping (PID-3, mrn, PV1-19) in a config attachment, no patient data',
    frm=('IT-Servicedesk Klinikverbund', 'servicedesk@klinikverbund-nw.example.de.test'),
    to=[('Schnittstellenpartner', 'schnittstellen@klinikverbund-nw.example.de.test')],
    cc=[('Team KIS', 'team-kis@klinikverbund-nw.example.de.test')],
    subject='Wartung Kommunikationsserver 25.02. - Änderung PID-3 Mapping',
    date='2025-02-20 14:02', tz='+0100', hcs='iso-8859-15', hmode='Q',
    body=Multi('mixed', [Text(_t, 'iso-8859-15', 'quoted-printable'),
                         Text(_cfg, 'us-ascii', '7bit', filename='adt_mapping_v8.3.cfg')]))

# =================================================================== ITALIAN

_t = """Gentile Sig.ra Lo Monaco,

La informiamo che i referti relativi all’accettazione n. 25-031477 del
17/03/2025 sono disponibili.

Paziente: LO MONACO FRANCESCA
Codice fiscale: LMNFNC79C52G273K
Medico prescrittore: Dott. Salvatore Pirrone

Di seguito un riepilogo (valori fuori intervallo contrassegnati con *):

  Emoglobina            10,9 g/dL     *  (12,0 - 15,5)
  MCV                   74 fL         *  (80 - 98)
  Ferritina             6 ng/mL       *  (15 - 150)
  Sideremia             31 µg/dL      *  (50 - 170)
  TSH                   2,1 µUI/mL       (0,4 - 4,0)
  Glicemia              88 mg/dL         (70 - 100)
  Vitamina B12          412 pg/mL        (197 - 771)

Il referto completo, firmato digitalmente, è scaricabile dal Fascicolo
Sanitario Elettronico oppure dal nostro sito con il codice ritiro
R7K-2231 e la data di nascita.

Le consigliamo di mostrare i risultati al Suo medico curante.

Cordiali saluti,
Laboratorio Analisi Cliniche San Gerolamo
Via dei Gelsomini 12 - 90999 Palermo - Tel. 091 555 0134

Le informazioni contenute in questo messaggio sono riservate e destinate
esclusivamente alla persona indicata (Reg. UE 2016/679).
"""
add('phi', 'referti-laboratorio-sideropenia',
    'it lab results mail to named patient with codice fiscale: low haemoglobin, ferritin and iron values',
    frm=('Laboratorio Analisi San Gerolamo', 'referti@lab-sangerolamo.example.it.test'),
    to=[('Francesca Lo Monaco', 'francesca.lomonaco@posta.example.it.test')],
    subject='I Suoi referti sono pronti – accettazione 25-031477',
    date='2025-03-19 07:45', tz='+0100', hcs='windows-1252', hmode='Q',
    body=Text(_t, 'windows-1252', 'quoted-printable'))

_t = """Gentile collega,

La informiamo che per la Sua paziente

    Sig.ra Antonella Cusumano, nata il 14/08/1976 (CF CSMNNL76M54H501Z)

inviata per carcinoma mammario duttale infiltrante diagnosticato a 47 anni
e familiarità (madre con carcinoma ovarico a 52 anni), è stato completato il
test genetico germinale su pannello BRCA1/BRCA2/PALB2/TP53.

Risultato: è stata identificata la variante patogenetica (classe 5)
BRCA2 c.5946del p.(Ser1982Argfs*22), in eterozigosi. Nessuna variante
clinicamente rilevante negli altri geni analizzati.

La paziente è stata informata telefonicamente e la consulenza genetica
post-test è fissata per mercoledì 9 aprile alle 11:30 presso l'Ambulatorio
di Genetica Medica (padiglione 3, piano terra). In quella sede verranno
discussi la sorveglianza, le opzioni di chirurgia di riduzione del rischio
e il test a cascata per i familiari di primo grado (due sorelle e una
figlia maggiorenne).

Si segnala inoltre l'eleggibilità alla terapia con PARP-inibitore, da
valutare con l'oncologo di riferimento.

Il referto firmato è allegato.

Cordiali saluti,

Dott.ssa Giulia Ferraresi
Genetista medico - Ambulatorio di Genetica Medica
Azienda Ospedaliera Colle Aurelio
Tel. 06 555 0151
"""
add('restricted', 'consulenza-genetica-brca2-variante',
    'it geneticist to oncologist: named patient, BRCA2 pathogenic variant result and post-test genetic counselling (genetic)',
    frm=('Dott.ssa Giulia Ferraresi - Genetica Medica', 'genetica.medica@ao-colleaurelio.example.it.test'),
    to=[('Dott. Marco Benvenuti - Oncologia', 'm.benvenuti@ao-colleaurelio.example.it.test')],
    subject='Esito test BRCA - Sig.ra A. Cusumano',
    date='2025-03-31 16:20', tz='+0200', hcs='iso-8859-1', hmode='Q',
    body=Multi('mixed', [
        Text(_t, 'iso-8859-1', 'base64'),
        Bin(pdf(['Azienda Ospedaliera Colle Aurelio - Laboratorio di Genetica Molecolare',
                 'Referto test genetico germinale - pannello BRCA1/BRCA2/PALB2/TP53',
                 'Paziente: CUSUMANO ANTONELLA  nata il 14/08/1976',
                 'Esito: BRCA2 c.5946del p.(Ser1982Argfs*22) eterozigote - PATOGENETICA (classe 5)',
                 'BRCA1, PALB2, TP53: nessuna variante rilevante',
                 'Firmato: Dott.ssa G. Ferraresi'], 'Referto BRCA'),
            'application/pdf', 'Referto_BRCA_Cusumano_Antonella.pdf')]))

_t = """LabSuite LIS - Note di rilascio versione 4.2.0
Data di rilascio: 10 febbraio 2025
Destinatari: referenti IT e responsabili di laboratorio

NOVITÀ
- Nuovo connettore HL7 v2.5 per gli analizzatori di ematologia: il campo
  OBX-5 supporta ora valori testuali fino a 4000 caratteri.
- Accettazione: il campo codice_fiscale viene validato con il carattere di
  controllo; i codici STP/ENI vengono accettati senza controllo.
- Mappatura configurabile di PID-3 (identificativo paziente) su più
  domini di assegnazione.
- Stampa etichette: aggiunto il formato 50x25 mm con barcode Code128.

CORREZIONI
- #88123 Il riepilogo giornaliero del controllo qualità non mostrava le
  regole di Westgard 2-2s per i livelli multipli.
- #88140 Export CSV del registro campioni con separatore errato su
  installazioni con impostazioni locali italiane.
- #88177 Rallentamento nella ricerca per numero di accettazione con più di
  5 milioni di record.

HARDWARE
- Il lettore barcode da banco viene sostituito dal modello nuovo:
  ricambio P/N 410-52-8821 (cavo USB P/N 410-52-8830). I vecchi lettori
  continuano a funzionare fino a fine 2025.

AGGIORNAMENTO
Installazione in modalità rolling, tempo di fermo stimato 15 minuti per
nodo. Il pacchetto è disponibile nell'area clienti.

Assistenza: supporto@labsuite-sw.example.com - Tel. 02 555 0119
"""
add('none', 'trap-note-rilascio-lis-part-number',
    'it LIS software release notes: field names (codice_fiscale, PID-3, OBX-5) and an SSN-like part number 410-52-8821, no patient',
    frm=('LabSuite - Rilasci', 'rilasci@labsuite-sw.example.com'),
    to=[('Referenti IT laboratorio', 'clienti-it@labsuite-sw.example.com')],
    subject='LabSuite 4.2.0 - note di rilascio',
    date='2025-02-10 09:00', tz='+0100', hcs='iso-8859-15', hmode='Q',
    body=Text(_t, 'iso-8859-15', 'quoted-printable'))

_t = """Oggetto: sciopero generale di venerdì 29 novembre 2024

Si comunica che le organizzazioni sindacali hanno proclamato uno sciopero
generale di 24 ore per l'intera giornata di venerdì 29 novembre 2024, dalle
ore 00:01 alle ore 23:59.

Ai sensi della normativa sui servizi pubblici essenziali, saranno garantite
le prestazioni indispensabili: pronto soccorso, terapie intensive, sale
operatorie per le urgenze, emodialisi, oncologia, punto nascita e
radioterapia. I contingenti minimi di personale sono stati individuati da
ciascun Direttore di struttura e comunicati ai dipendenti interessati entro
il 25 novembre.

Il personale che intende aderire non è tenuto a darne preavviso; chi è
inserito nei contingenti minimi è tenuto a prestare servizio.

Le attività ambulatoriali programmate potrebbero subire variazioni: gli
uffici CUP avviseranno direttamente gli utenti.

La Direzione del Personale
Azienda Sanitaria Locale Valle del Sarca
"""
add('none', 'comunicazione-sciopero-servizi-minimi',
    'it HR notice about a general strike and minimum staffing; no individual patient',
    frm=('Direzione del Personale', 'personale@asl-vallesarca.example.it.test'),
    to=[('Tutto il personale', 'tutti@asl-vallesarca.example.it.test')],
    subject='Sciopero generale 29 novembre - servizi minimi garantiti',
    date='2024-11-22 12:00', tz='+0100', hcs='iso-8859-1', hmode='Q',
    body=Text(_t.replace('–', '-'), 'iso-8859-1', 'quoted-printable'))

# ==================================================================== POLISH

_t = """Dzień dobry Pani Bożeno,

przyszły wyniki badań z 4 marca. TSH wyszło 7,8 mIU/l (norma 0,27-4,2),
FT4 w dolnej granicy normy, przeciwciała anty-TPO podwyższone (312 IU/ml).
To wygląda na chorobę Hashimoto z niedoczynnością tarczycy.

Zgodnie z tym, co ustaliłyśmy przez telefon:

1. Wystawiłam e-receptę na Euthyrox N 50 (1 tabl. rano na czczo, 30 minut
   przed śniadaniem). Kod do realizacji: 4721, PESEL: 68021405521.
2. Wystawiłam e-skierowanie do poradni endokrynologicznej, kod: 3390.
   Termin trzeba zarezerwować samodzielnie (telefonicznie lub przez
   internet) - na NFZ kolejka w naszym powiecie to ok. 3 miesiące.
3. Kontrolne TSH proszę zrobić za 6 tygodni, skierowanie jest już w
   systemie, pobrania w punkcie przy przychodni 7:00-10:00.
4. USG tarczycy - proszę zabrać wynik do endokrynologa.

Gdyby pojawiło się kołatanie serca albo bezsenność po leku, proszę dać znać.

Pozdrawiam serdecznie
lek. Anna Kowalczyk-Mróz
specjalista medycyny rodzinnej
Przychodnia Rodzinna "Zielone Wzgórze"
tel. 22 555 01 46
"""
add('phi', 'wyniki-tsh-e-recepta-e-skierowanie',
    'pl GP to named patient with PESEL: thyroid results, levothyroxine e-prescription code and endocrinology referral',
    frm=('lek. Anna Kowalczyk-Mróz', 'a.kowalczyk@przychodnia-zielonewzgorze.example.pl.test'),
    to=[('Bożena Wróblewska', 'bozena.wroblewska@poczta.example.pl.test')],
    subject='Wyniki badań i e-skierowanie do endokrynologa',
    date='2025-03-07 13:18', tz='+0100', hcs='iso-8859-2', hmode='Q',
    body=Text(_t, 'iso-8859-2', 'quoted-printable'))

_t = """Szanowny Panie Grzegorzu,

potwierdzamy przyjęcie na Dzienny Oddział Terapii Uzależnienia od Alkoholu
od poniedziałku 7 kwietnia 2025 r.

  • zajęcia: poniedziałek–piątek, 8:00–14:30, przez 8 tygodni
  • miejsce: budynek C, II piętro, sala 204
  • pierwszego dnia prosimy o przybycie na 7:45 do rejestracji

Prosimy zabrać: skierowanie od lekarza, dowód osobisty, aktualną listę
przyjmowanych leków oraz wyniki prób wątrobowych (AspAT, AlAT, GGTP) –
zlecenie na badania jest w załączniku do poprzedniego e-maila.

Dr Nowicka przypomina o codziennym przyjmowaniu naltreksonu 50 mg rano
oraz o tym, że w trakcie leczenia nie należy przyjmować leków
przeciwbólowych z grupy opioidów. Pierwsza sesja terapii indywidualnej
z p. Jolantą Sadowską (terapeutka uzależnień) odbędzie się w środę
9 kwietnia o 12:00.

W razie pytań prosimy o kontakt z rejestracją: 71 555 01 62.

Z poważaniem
Rejestracja
Poradnia Terapii Uzależnień i Dzienny Oddział Terapii
Szpital Specjalistyczny „Nad Odrą”
"""
add('restricted', 'dzienny-oddzial-terapii-alkohol-naltrekson',
    'pl admission letter to named patient: alcohol-use-disorder day programme, naltrexone, addiction therapist sessions (SUD)',
    frm=('Poradnia Terapii Uzależnień – rejestracja', 'rejestracja.ptu@szpital-nadodra.example.pl.test'),
    to=[('Grzegorz Wiśniewski', 'g.wisniewski@poczta.example.pl.test')],
    subject='Potwierdzenie przyjęcia na oddział dzienny od 7 kwietnia',
    date='2025-03-27 10:40', tz='+0100', hcs='windows-1250', hmode='B',
    body=Text(_t, 'windows-1250', 'base64'))

_t = """Poradnia Dermatologiczno-Wenerologiczna
Wojewódzki Szpital Zespolony - ul. Kasztanowa 8

Pani Katarzyna Dąbrowska
PESEL: 97110204486
Data pobrania: 12.02.2025, nr zlecenia: W/2025/00631

Wyniki badań:

  Chlamydia trachomatis (PCR, wymaz)      DODATNI
  Neisseria gonorrhoeae (PCR, wymaz)      ujemny
  Kiła - VDRL / TPHA                      ujemny / ujemny
  Trichomonas vaginalis (PCR)             ujemny

Prosimy o kontakt z poradnią w ciągu 7 dni w celu omówienia wyniku
i rozpoczęcia leczenia (najczęściej doksycyklina przez 7 dni).
Zalecamy poinformowanie partnera lub partnerów seksualnych z ostatnich
60 dni - mogą zgłosić się do poradni bez skierowania.

Rejestracja: 61 555 01 49, pon.-pt. 7:30-15:00.

Wiadomość wygenerowana automatycznie. Prosimy nie odpowiadać.
"""
add('restricted', 'wynik-chlamydia-dodatni-poradnia',
    'pl STI result to named patient with PESEL: Chlamydia PCR positive, other STI tests negative (reproductive/STI)',
    frm=('Poradnia Wenerologiczna - wyniki', 'wyniki.wenerologia@wsz-kasztanowa.example.pl.test'),
    to=[('Katarzyna Dąbrowska', 'k.dabrowska97@poczta.example.pl.test')],
    subject='Wyniki badań - zlecenie W/2025/00631',
    date='2025-02-14 09:03', tz='+0100', hcs='iso-8859-2', hmode='B',
    body=Text(_t, 'iso-8859-2', 'base64'))

_csv = """Lp.;Nazwa;EAN;Ilość;Cena netto;VAT;Wartość brutto
1;Xarelto 20 mg tabl. powl. 28 szt.;5909990000011;10;168,40;8%;1818,72
2;Euthyrox N 50 mikrogramów 100 tabl.;5909990000028;20;9,85;8%;212,76
3;Metypred 4 mg 30 tabl.;5909990000035;5;11,20;8%;60,48
4;Apap Extra 24 tabl.;5909990000042;30;7,15;8%;231,66
5;Polopiryna S 300 mg 20 tabl.;5909990000059;25;5,60;8%;151,20
"""
_t = """Szanowni Państwo,

dziękujemy za złożenie zamówienia. Poniżej potwierdzenie:

  Numer zamówienia:  ZAM/2025/04/1187
  Odbiorca:          Apteka "Pod Lipami" s.c., ul. Lipowa 3, 33-999 Nowy Targ
  NIP odbiorcy:      735-000-11-22
  Data dostawy:      10.04.2025, trasa poranna
  Przesyłka:         nr 00340434161998765432 (kurier, 2 kartony, chłodnia: nie)
  Wartość brutto:    2474,82 zł
  Płatność:          przelew 21 dni, faktura FV/HF/2025/04/0932

Szczegóły pozycji w załączniku (CSV). Reklamacje ilościowe prosimy
zgłaszać w ciągu 24 godzin od dostawy.

Z poważaniem
Dział Obsługi Klienta
Hurtownia Farmaceutyczna Medifarm Podhale
tel. 18 555 01 27
"""
add('none', 'trap-potwierdzenie-zamowienia-hurtownia',
    'pl wholesaler order confirmation to a pharmacy: drug names, EANs, tracking number and tax ID; B2B, no patient',
    frm=('Medifarm Podhale - Obsługa Klienta', 'zamowienia@medifarm-podhale.example.pl.test'),
    to=[('Apteka Pod Lipami', 'apteka.podlipami@poczta.example.pl.test')],
    subject='Potwierdzenie zamówienia ZAM/2025/04/1187',
    date='2025-04-09 16:12', tz='+0200', hcs='iso-8859-2', hmode='Q',
    body=Multi('mixed', [Text(_t, 'iso-8859-2', 'base64'),
                         Text(_csv, 'iso-8859-2', 'base64', 'csv', filename='ZAM_2025_04_1187.csv')]))

_t = """Szanowni Państwo,

informujemy, że w nocy z soboty 15.03 na niedzielę 16.03.2025, w godzinach
0:00-4:00, nastąpi przerwa techniczna systemu gabinetowego MedNote
(aktualizacja bazy danych i certyfikatów).

W tym czasie nie będzie możliwe:
- logowanie do systemu i przeglądanie dokumentacji,
- wystawianie e-recept, e-skierowań i e-zwolnień (w razie konieczności
  prosimy korzystać z wydruków awaryjnych wg procedury P-IT-07),
- rejestracja wizyt przez internet.

Prosimy o wylogowanie się z systemu przed godziną 0:00. Po zakończeniu
prac komputery w gabinetach należy zrestartować.

Dziękujemy za wyrozumiałość.
Dział Informatyki
Centrum Medyczne Nowa Huta-Wschód, tel. wewn. 300 / 12 555 01 00
"""
add('none', 'przerwa-techniczna-systemu',
    'pl IT maintenance notice for the clinic system; no patient or health information about anyone',
    frm=('Dział Informatyki', 'it@cm-nowahuta-wschod.example.pl.test'),
    to=[('Personel', 'personel@cm-nowahuta-wschod.example.pl.test')],
    subject='Przerwa techniczna systemu MedNote 15/16.03',
    date='2025-03-12 15:30', tz='+0100', hcs='windows-1250', hmode='Q',
    body=Text(_t, 'windows-1250', 'quoted-printable'))

# =================================================================== RUSSIAN

_inner_t = """Выписной эпикриз

ГКБ N 7, терапевтическое отделение N 2

Пациент: Соколов Андрей Викторович, 14.05.1961 г.р.
СНИЛС: 112-233-445 95
Полис ОМС: 7755 4400 1122 3344
История болезни N 2024/11873

Находился на стационарном лечении с 02.12.2024 по 13.12.2024.

Диагноз основной: Внебольничная правосторонняя нижнедолевая пневмония,
нетяжелое течение. ДН I.
Сопутствующий: Гипертоническая болезнь II стадии, риск 3.
Хронический гастрит, ремиссия.

Жалобы при поступлении: кашель с мокротой, температура до 38,9,
слабость, одышка при ходьбе.

Обследование:
  ОАК при поступлении: лейкоциты 13,6 х10^9/л, СОЭ 38 мм/ч
  СРБ 96 мг/л -> 12 мг/л при выписке
  Рентген ОГК 02.12: инфильтрация в нижней доле правого легкого
  Рентген ОГК 12.12: положительная динамика
  SpO2 при поступлении 93%, при выписке 98%

Лечение: цефтриаксон 2 г в/в 1 р/д 7 дней, азитромицин 500 мг 3 дня,
амброксол, эналаприл 10 мг 2 р/д, омепразол.

Выписывается в удовлетворительном состоянии.

Рекомендации:
1. Наблюдение участкового терапевта, явка в поликлинику 16.12.2024.
2. Контрольная рентгенография ОГК через 4-6 недель.
3. Эналаприл 10 мг 2 р/д, контроль АД.
4. Дыхательная гимнастика, дозированная ходьба.
5. ЭЛН N 910233447712 открыт с 02.12.2024, продлен по 16.12.2024.

Лечащий врач: Гусева Т.М.
Зав. отделением: Арутюнов К.Р.
Тел. отделения +7 495 555-01-23
"""
_inner = message(('Гусева Татьяна Михайловна', 'guseva.tm@gkb7-therapy.example.ru.test'),
                 [('Сорокина Е.', 'sorokina.ea@gkb7-therapy.example.ru.test')],
                 'Выписка Соколов А.В.', '2024-12-13 11:05', Text(_inner_t, 'koi8-r', 'base64'),
                 tz='+0300', hcs='koi8-r', hmode='B', tag='inner-ru')
add('phi', 'peresylka-vypiska-pnevmoniya',
    'ru forward (message/rfc822) of a discharge summary: named patient with SNILS and OMS policy, pneumonia treatment, sick-leave number',
    frm=('Сорокина Елена Анатольевна', 'sorokina.ea@gkb7-therapy.example.ru.test'),
    to=[('Поликлиника N 64 - терапия', 'terapiya@poliklinika64.example.ru.test')],
    subject='Fwd: Выписка Соколов А.В. 1961 г.р. - для участкового терапевта',
    date='2024-12-13 14:22', tz='+0300', hcs='koi8-r', hmode='B',
    body=Multi('mixed', [
        Text('Добрый день!\n\nПересылаю выписной эпикриз пациента вашего участка. Явка 16.12.\n\n'
             '--\nСорокина Е.А., старшая медсестра\nтерапевтическое отделение N 2\nтел. +7 495 555-01-24\n',
             'koi8-r', 'quoted-printable'),
        Rfc822(_inner)]))

_t = """Дорогие коллеги!

В пятницу, 14 марта, у нашей Ольги Петровны Лукьяновой юбилей - 40 лет!
(Да, она родилась 14.03.1985, и никто в это не верит.)

Собираем на подарок по 500 рублей до четверга включительно - деньги
можно передать Ирине в ординаторскую или перевести по номеру телефона
+7 912 555-01-87 (Ирина Г.).

Поздравлять будем в пятницу в 15:30 в комнате отдыха на 3 этаже,
торт и чай за нами. Ольге Петровне ни слова!

Инна, профком
"""
add('none', 'trap-den-rozhdeniya-kollegi',
    'ru staff mail about a colleague\'s 40th birthday with her date of birth; no health content',
    frm=('Инна Белоусова', 'belousova.ia@kardiocentr-ural.example.ru.test'),
    to=[('Отделение кардиологии', 'kardiologiya-vse@kardiocentr-ural.example.ru.test')],
    subject='Юбилей Ольги Петровны - сбор на подарок',
    date='2025-03-10 09:47', tz='+0500', hcs='koi8-r', hmode='Q',
    body=Text(_t, 'koi8-r', 'quoted-printable'))

_t = """Информационное письмо № 17/2025

Уважаемые руководители аптечных организаций!

Сообщаем, что по решению производителя приостановлена реализация и
медицинское применение серии 210423 лекарственного препарата
"Эналаприл", таблетки 10 мг № 20, в связи с несоответствием
показателя "Растворение".

Просим:
1. Незамедлительно проверить наличие указанной серии в аптеках сети.
2. Изъять серию из обращения, поместить в карантинную зону.
3. Направить сведения о количестве упаковок в отдел качества до 21.03.2025
   по форме из приложения к письму № 12/2025.

Также информируем о временной дефектуре препаратов:
  - Эутирокс 50 мкг № 100 - ожидаемая поставка 01.04.2025;
  - Кардиомагнил 75 мг № 100 - ожидаемая поставка 28.03.2025;
  - Но-шпа 40 мг № 64 - поставки восстановлены.
Рекомендуем предлагать посетителям синонимичные замены в рамках МНН.

Отдел качества и фармаконадзора
Аптечная сеть "Здоровый квартал"
тел. +7 843 555-01-55
"""
add('none', 'trap-priostanovka-serii-defektura',
    'ru pharmacy-chain notice: suspended drug batch and stock shortages (enalapril, levothyroxine); no individual',
    frm=('Отдел качества - Здоровый квартал', 'kachestvo@zdorovy-kvartal.example.ru.test'),
    to=[('Заведующие аптеками', 'zaveduyushchie@zdorovy-kvartal.example.ru.test')],
    subject='Приостановка серии 210423 Эналаприл и дефектура',
    date='2025-03-18 08:20', tz='+0300', hcs='iso-8859-5', hmode='B',
    body=Text(_t, 'iso-8859-5', 'base64'))

# ================================================================= UKRAINIAN

_t = """Добрий день, пане Богдане!

Як домовлялися на прийомі, я виписала вам електронне направлення на МРТ
попереково-крижового відділу хребта. Номер направлення: 0000-7H2K-4M19-PX3A.

Направлення безоплатне за програмою медичних гарантій, його можна
використати в будь-якому закладі, що має договір з НСЗУ на цю послугу,
протягом 30 днів. Назвіть номер направлення при записі.

Нагадую призначення до отримання результату:
- диклофенак 75 мг 1 раз на день після їжі, не довше 5 днів;
- толперизон (мідокалм) 150 мг 2 рази на день;
- без важких навантажень, але й не лежати весь час.

Якщо з'явиться оніміння в паху, слабкість у лівій нозі або проблеми з
сечовипусканням - одразу телефонуйте 103 або їдьте в приймальне відділення.

Після МРТ запишіться до мене на повторний прийом.

З повагою,
Оксана Гнатюк, лікарка загальної практики - сімейна медицина
Амбулаторія ЗПСМ N 3, м. Вишгородок
тел. +380 44 555-01-38
"""
add('phi', 'napravlennya-mrt-poperek',
    'uk family doctor to named patient: e-referral number for lumbar MRI, suspected radiculopathy, prescribed drugs',
    frm=('Оксана Гнатюк', 'o.hnatiuk@ambulatoriya3.example.ua.test'),
    to=[('Богдан Ткаченко', 'bohdan.tkachenko@poshta.example.ua.test')],
    subject='Направлення на МРТ',
    date='2025-02-19 17:33', tz='+0200', hcs='koi8-u', hmode='B',
    body=Text(_t, 'koi8-u', 'base64'))

_t = """Шановні колеги!

Повідомляємо, що пацієнт програми замісної підтримувальної терапії

    Ковальчук Василь Іванович, 03.09.1979 р.н.,
    номер у програмі ЗПТ: ЗПТ-ХМ-0412

у зв'язку зі зміною місця проживання переводиться до вашого сайту ЗПТ
з 24.03.2025.

Препарат: метадону гідрохлорид, розчин для перорального застосування,
поточна доза 90 мг/добу (стабільна з листопада 2024 р.).
Режим: отримання препарату на руки на 10 днів; останнє отримання
14.03.2025 на період до 23.03.2025 включно.

Супутні: хронічний гепатит С - пройшов курс софосбувір/велпатасвір у
2023 р., СВР підтверджено. Алергії не виявлено.

Додаємо виписку з медичної карти, лист призначень за останні 3 місяці
та згоду пацієнта на передачу персональних даних.

Просимо підтвердити прийом пацієнта.

З повагою,
лікар-нарколог Ярмоленко О.П.
Сайт ЗПТ при обласному наркологічному диспансері
тел. +380 382 555-01-71
"""
add('restricted', 'zpt-metadon-perevedennya-patsiyenta',
    'uk transfer of a named patient with DOB in an opioid substitution programme: methadone dose and take-home schedule (SUD)',
    frm=('Сайт ЗПТ - лікар Ярмоленко О.П.', 'zpt@narko-dispanser.example.ua.test'),
    to=[('Сайт ЗПТ Житомир', 'zpt.zhytomyr@narko-centr.example.ua.test')],
    subject='Переведення пацієнта ЗПТ - Ковальчук В.І.',
    date='2025-03-17 12:08', tz='+0200', hcs='windows-1251', hmode='Q',
    body=Text(_t, 'windows-1251', 'quoted-printable'))

_inner_t = """Оперативні дані щодо програми замісної підтримувальної терапії (ЗПТ)
станом на 01.04.2025, область (без персональних даних)

Кількість пацієнтів ЗПТ, усього ............ 1 284
  з них на метадоні ........................   973
  з них на бупренорфіні ....................   311
Нові пацієнти за I квартал .................    96
Вибули за I квартал ........................    41
Отримують препарат на руки (до 10 днів) ....   612
Кількість сайтів ЗПТ .......................    14

Передозування опіоїдами, зареєстровані ЕМД, I квартал:  57
  з них летальні ...........................     9
Видано наборів налоксону ...................   430

Показники менше 5 не наводяться.
"""
_inner = message(('Відділ моніторингу та оцінки', 'monitoring@rcgz-oblast.example.ua.test'),
                 [('Розсилка ЗПТ', 'rozsylka-zpt@rcgz-oblast.example.ua.test')],
                 'Оперативні дані ЗПТ на 01.04.2025', '2025-04-02 10:00',
                 Text(_inner_t, 'koi8-u', 'quoted-printable'), tz='+0300', hcs='koi8-u', hmode='B', tag='inner-uk')
add('none', 'trap-zpt-statystyka-oblast',
    'uk forwarded aggregate opioid-substitution and overdose statistics for a region; no individual',
    frm=('Марина Ковтун', 'm.kovtun@narko-centr.example.ua.test'),
    to=[('Лікарі сайтів ЗПТ', 'likari-zpt@narko-centr.example.ua.test')],
    subject='Fwd: Оперативні дані ЗПТ на 01.04.2025',
    date='2025-04-02 13:15', tz='+0300', hcs='koi8-u', hmode='B',
    body=Multi('mixed', [Text('Колеги, до наради в четвер - свіжі дані по області. Звірте свої цифри, будь ласка.\n\nМ.К.\n',
                              'koi8-u', 'quoted-printable'), Rfc822(_inner)]))

_t = """Шановні працівники!

У зв'язку з графіками стабілізаційних відключень електроенергії у
нашому районі повідомляємо порядок роботи на наступний тиждень:

- корпуси А і Б (приймальне, реанімація, операційний блок) живляться від
  генератора автоматично, перемикання до 15 секунд;
- поліклінічне відділення у години відключень працює без ліфтів і
  рентген-кабінету; запис на ці години не ведеться;
- серверна та комп'ютери реєстратури підключені до ДБЖ - не вмикайте
  в ці розетки чайники й обігрівачі;
- пункт незламності (кава, зарядка телефонів) - у холі корпусу В.

Черговий інженер: +380 44 555-01-90 (цілодобово).

Адміністрація КНП "Міська лікарня N 2"
"""
add('none', 'grafik-vidkliuchen-generator',
    'uk staff notice about power-outage schedule and generator operation; no patient',
    frm=('Адміністрація лікарні', 'admin@miska-likarnya2.example.ua.test'),
    to=[('Усі працівники', 'vsi@miska-likarnya2.example.ua.test')],
    subject='Робота під час відключень світла',
    date='2024-11-29 18:40', tz='+0200', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'quoted-printable'))

# ==================================================================== ARABIC

_t = """السيد/ خالد عبد الرحمن النعيمي المحترم،

تحية طيبة وبعد،

نود تذكيركم بموعدكم في قسم الأشعة لإجراء فحص الموجات فوق الصوتية (السونار) للبطن والحوض:

اليوم والتاريخ: الأحد 16 مارس 2025
الوقت: 9:30 صباحا
المكان: الطابق الأرضي - قسم الأشعة - استقبال رقم 2
الطبيب المحول: د. سامر الحداد - عيادة الجهاز الهضمي والكبد
رقم الملف الطبي: 00482117

تعليمات مهمة قبل الفحص:
- الصيام عن الطعام لمدة 8 ساعات قبل الموعد.
- شرب 4 أكواب من الماء قبل الفحص بساعة وعدم التبول حتى انتهاء الفحص.
- يمكن تناول أدوية الضغط المعتادة مع قليل من الماء.
- إحضار الهوية وبطاقة التأمين الصحي ونتائج التحاليل السابقة (وظائف الكبد).

لإلغاء الموعد أو تغييره يرجى الاتصال على الرقم 04 555 0142 قبل 24 ساعة على الأقل.

مع تمنياتنا لكم بدوام الصحة والعافية،
قسم المواعيد
مستشفى الرحمة التخصصي

Dear Mr. Khalid Al-Nuaimi, this is a reminder of your abdominal and pelvic
ultrasound on Sunday 16 March 2025 at 9:30 AM (MRN 00482117). Please fast
for 8 hours before the scan.
"""
add('phi', 'mawid-sonar-batn-tathkeer',
    'ar appointment reminder to named patient with medical record number: abdominal ultrasound ordered by GI clinic, fasting instructions',
    frm=('مستشفى الرحمة التخصصي - المواعيد', 'appointments@alrahma-hospital.example.ae.test'),
    to=[('خالد عبد الرحمن النعيمي', 'k.alnuaimi@mail.example.net')],
    subject='تذكير بموعد: فحص الموجات فوق الصوتية - الأحد 16 مارس',
    date='2025-03-13 10:00', tz='+0400', hcs='iso-8859-6', hmode='B',
    body=Text(_t, 'iso-8859-6', 'base64'))

_t = """رمضان وصحتك: نصائح لمرضى السكري

مع اقتراب شهر رمضان المبارك، يقدم قسم التثقيف الصحي مجموعة من النصائح
العامة لمرضى السكري الراغبين في الصيام.

من يجب أن يستشير الطبيب قبل رمضان؟
- مرضى السكري من النوع الأول.
- من يستخدمون الإنسولين أو أدوية السلفونيل يوريا مثل الغليكلازيد.
- من تعرضوا لهبوط شديد في السكر خلال الأشهر الثلاثة الماضية.
- الحوامل ومرضى الفشل الكلوي المزمن.

متى يجب الإفطار فورا؟
إذا انخفض السكر عن 70 ملغ/دل، أو ارتفع فوق 300 ملغ/دل، أو ظهرت أعراض
الهبوط: رعشة، تعرق، خفقان، دوخة، تشوش في الرؤية.

تعديل الأدوية (بعد استشارة الطبيب فقط):
- الميتفورمين (غلوكوفاج): غالبا يؤخذ مع الإفطار والسحور.
- الإنسولين طويل المفعول: قد تخفض الجرعة بنسبة 15 إلى 30 بالمئة.
- لا تغير جرعاتك دون مراجعة الطبيب أو الصيدلي.

السحور والإفطار:
- أخّر السحور قدر الإمكان، وأكثر من الخضار والحبوب الكاملة.
- ابدأ الإفطار بالماء وتمرة واحدة أو اثنتين، وتجنب الإكثار من الكنافة
  والقطايف والعصائر المحلاة.
- قياس السكر بالوخز في الإصبع لا يفطر.

محاضرة توعوية مجانية: الثلاثاء 25 فبراير، الساعة 7 مساء، قاعة
المحاضرات - الطابق الأول. الدعوة عامة.

قسم التثقيف الصحي - مركز الواحة الطبي
هاتف: 06 555 0133
"""
add('none', 'trap-ramadan-wa-alsukkari-tathqeef',
    'ar health-education newsletter on fasting with diabetes (insulin, metformin dose advice); general, no individual',
    frm=('مركز الواحة الطبي - التثقيف الصحي', 'health-education@alwaha-medical.example.jo.test'),
    to=[('القائمة البريدية', 'newsletter@alwaha-medical.example.jo.test')],
    subject='رمضان وصحتك: نصائح لمرضى السكري',
    date='2025-02-20 12:00', tz='+0300', hcs='windows-1256', hmode='B',
    body=Multi('alternative', [
        Text(_t, 'windows-1256', 'base64'),
        Text(html_wrap(text2html(_t), 'ar', 'windows-1256', 'رمضان وصحتك', rtl=True), 'windows-1256', 'base64', 'html')]))

# ===================================================================== FARSI

_t = """سرکار خانم مریم رضایی
با سلام و احترام،

جواب آزمایش‌های شما به شماره پذیرش ۱۴۰۳۱۲۰۸۷۷ (تاریخ نمونه‌گیری ۱۴۰۳/۱۲/۱۵) آماده است.

کد ملی: ۰۰۱۲۳۴۵۶۷۸
پزشک معالج: دکتر فرهاد صالحی، متخصص داخلی

TSH:       6.8 mIU/L   (محدوده طبیعی 0.4 تا 4.5)  ← بالاتر از حد طبیعی
Free T4:   0.9 ng/dL   (محدوده طبیعی 0.8 تا 1.8)
Anti-TPO:  142 IU/mL   (مثبت؛ کمتر از 35 طبیعی است)
ویتامین D: 18 ng/mL    (کمبود)

نسخه کامل و امضاشده جواب در سامانه آزمایشگاه با کد رهگیری قابل مشاهده است.
لطفاً برای تفسیر نتایج و تصمیم درباره شروع لووتیروکسین به پزشک معالج خود مراجعه کنید.

با آرزوی سلامتی،
آزمایشگاه پاتوبیولوژی نیلوفر
تلفن: ۰۲۱-۵۵۵-۰۱۴۴
"""
add('phi', 'javab-azmayesh-tiroid-utf16',
    'fa lab result to named patient with national code: raised TSH, positive anti-TPO (UTF-16 body)',
    frm=('آزمایشگاه نیلوفر', 'results@niloofar-lab.example.ir.test'),
    to=[('مریم رضایی', 'maryam.rezaei@mail.example.com')],
    subject='جواب آزمایش شما آماده است',
    date='2025-03-06 09:30', tz='+0330', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-16', 'base64'))

_t = """سلام آقای مهندس کریمی،

تست اتصال رابط HL7 بین HIS و سامانه آزمایشگاه امروز صبح روی محیط تست
انجام شد. یک پیام ADT^A01 آزمایشی با بیمار تستی (TEST^PATIENT) ارسال شد
و پاسخ ACK زیر دریافت شد:

MSH|^~\\&|LIS|NILOOFAR_LAB|HIS|HOSP_TEST|20250301101503||ACK^A01^ACK|ACK000123|T|2.5
MSA|AA|MSG000123

زمان پاسخ حدود 300 میلی‌ثانیه بود و پورت 2575 روی فایروال باز است.
لطفاً برای شنبه هماهنگ کنید تا روی محیط عملیاتی هم تست کنیم. تا آن زمان
هیچ داده واقعی بیمار ارسال نمی‌شود.

با تشکر،
رضا مقدم
واحد فناوری اطلاعات - داخلی 214
"""
add('none', 'trap-test-hl7-ack-raabet',
    'fa IT test report: HL7 ACK for a synthetic TEST^PATIENT message, no real patient (cp1256 with Arabic yeh, as legacy systems wrote)',
    frm=('رضا مقدم', 'r.moghadam@niloofar-lab.example.ir.test'),
    to=[('مهندس کريمي', 'karimi@his-vendor.example.ir.test')],
    subject='نتيجه تست رابط HL7',
    date='2025-03-01 11:20', tz='+0330', hcs='windows-1256', hmode='B',
    body=Text(_t.replace('ی', 'ي'), 'windows-1256', 'quoted-printable'))

# ===================================================================== HINDI

_t = """आदरणीय श्री राकेश वर्मा जी,

नमस्ते। आपके पिताजी श्री रामप्रसाद वर्मा (UHID: NJH-2024-118830, आयु 68 वर्ष, पुरुष)
को आज दिनांक 04/10/2024 को वार्ड 3B से डिस्चार्ज किया गया है। डिस्चार्ज समरी
की PDF इस मेल के साथ संलग्न है।

Diagnosis: Dengue fever (NS1 antigen positive) with thrombocytopenia
भर्ती: 29/09/2024     डिस्चार्ज: 04/10/2024
Platelet count: भर्ती के समय 38,000/µL → डिस्चार्ज पर 1,12,000/µL
Hematocrit: 46% → 41%

घर पर दवाइयाँ:
1. Tab. Dolo 650 (Paracetamol) – बुखार होने पर, दिन में अधिकतम 3 बार
2. ORS – दिन भर में 2–3 लीटर तरल (नारियल पानी, सूप, दाल का पानी)
3. Tab. Pan 40 – सुबह खाली पेट, 5 दिन
4. Tab. Telma 40 (Telmisartan) – पहले की तरह जारी रखें

ध्यान दें:
- Brufen, Combiflam, Disprin या कोई भी दर्द निवारक (NSAID) न लें।
- मसूड़ों से खून, काला मल, पेट में तेज़ दर्द या चक्कर आने पर तुरंत Emergency में आएँ।
- 07/10/2024 को CBC दोबारा करवाएँ और रिपोर्ट के साथ सोमवार सुबह 10 बजे OPD नं. 12
  में डॉ. अनुपमा सिन्हा (Internal Medicine) से मिलें।

बिल विवरण: कुल ₹48,650 — बीमा (TPA) क्लेम संख्या CLM/NJ/24/0098 के तहत ₹41,200
स्वीकृत; शेष ₹7,450 का भुगतान काउंटर पर हो चुका है।
ABHA नंबर: 91-4412-7789-0032

शुभकामनाओं सहित,
Patient Care Desk
नवजीवन मल्टीस्पेशियलिटी हॉस्पिटल, कानपुर
फोन: +91 512 555 0142
"""
add('phi', 'discharge-dengue-platelet-hinglish',
    'hi/en discharge notice to son of named patient with UHID and ABHA: dengue with low platelets, home medicines, insurance claim and bill',
    frm=('नवजीवन Hospital – Patient Care', 'patientcare@navjeevan-hospital.example.in.test'),
    to=[('Rakesh Verma', 'rakesh.verma77@mail.example.in.test')],
    subject='डिस्चार्ज समरी – श्री रामप्रसाद वर्मा (UHID NJH-2024-118830)',
    date='2024-10-04 18:25', tz='+0530', hcs='utf-8', hmode='B',
    body=Multi('mixed', [
        Text(_t, 'utf-8', 'quoted-printable'),
        Bin(pdf(['Navjeevan Multispeciality Hospital, Kanpur - DISCHARGE SUMMARY',
                 'Patient: Mr. Ramprasad Verma   Age/Sex: 68/M   UHID: NJH-2024-118830',
                 'DOA: 29/09/2024   DOD: 04/10/2024   Ward 3B',
                 'Diagnosis: Dengue fever (NS1 Ag positive) with thrombocytopenia',
                 'Platelets 38,000 -> 1,12,000 /uL.  No bleeding manifestations.',
                 'Advice: Tab Dolo 650 SOS, ORS, Tab Pan 40 OD x5d, Tab Telma 40 OD. Avoid NSAIDs.',
                 'Review OPD 12 with CBC on 07/10/2024.'], 'Discharge Summary'),
            'application/pdf', 'Discharge_Summary_NJH-2024-118830.pdf')]))

_t = """प्रिय साथियों,

विश्व रक्तदाता दिवस (14 जून) के अवसर पर हमारे ब्लड बैंक द्वारा स्वैच्छिक
रक्तदान शिविर का आयोजन किया जा रहा है। आप सभी से अनुरोध है कि बढ़-चढ़कर
भाग लें और अपने परिवार व मित्रों को भी साथ लाएँ।

दिनांक: शनिवार, 14 जून 2025
समय: सुबह 9 बजे से दोपहर 3 बजे तक
स्थान: ऑडिटोरियम, ग्राउंड फ्लोर

कौन रक्तदान कर सकता है:
- आयु 18 से 65 वर्ष
- वजन कम से कम 45 किलो
- हीमोग्लोबिन 12.5 g/dL या अधिक
- पिछले 3 महीने (पुरुष) / 4 महीने (महिला) में रक्तदान न किया हो

कौन रक्तदान न करे:
- पिछले 6 महीने में टैटू, पियर्सिंग या बड़ी सर्जरी हुई हो
- अभी बुखार हो या एंटीबायोटिक ले रहे हों
- पिछले 12 महीने में पीलिया (hepatitis) हुआ हो

हर रक्तदाता को प्रमाण पत्र, रिफ्रेशमेंट और डोनर कार्ड दिया जाएगा।
पंजीकरण के लिए ब्लड बैंक एक्सटेंशन 2241 पर कॉल करें या इस मेल का जवाब दें।

डॉ. नीलम खन्ना
प्रभारी, ब्लड बैंक
फोन: +91 512 555 0150
"""
add('none', 'trap-raktdaan-shivir',
    'hi staff invitation to a blood-donation camp with general eligibility criteria (haemoglobin, weight); no individual',
    frm=('Blood Bank – Dr. Neelam Khanna', 'bloodbank@navjeevan-hospital.example.in.test'),
    to=[('All Staff', 'allstaff@navjeevan-hospital.example.in.test')],
    subject='रक्तदान शिविर – 14 जून, विश्व रक्तदाता दिवस',
    date='2025-06-02 11:00', tz='+0530', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'quoted-printable'))

# ================================================================ VIETNAMESE

_t = """Kính gửi Ông Nguyễn Văn Hùng,

Phòng khám Nội tiết - Bệnh viện Đa khoa Tâm An xin nhắc lịch tái khám của Ông:

  - Thời gian: 07 giờ 30, thứ Năm, ngày 20/03/2025
  - Địa điểm: Phòng 205, tầng 2, khu B
  - Bác sĩ: BS.CKI Phạm Thị Thanh Hương
  - Mã bệnh nhân: 24-118903
  - Số thẻ BHYT: HT2797924118903

Chẩn đoán: Đái tháo đường típ 2 (E11); Tăng huyết áp (I10).
Thuốc hiện dùng:
  - Metformin 850 mg x 2 viên/ngày (sáng, tối sau ăn)
  - Gliclazid MR 30 mg x 1 viên sáng
  - Amlodipin 5 mg x 1 viên sáng

Lưu ý:
  - Nhịn ăn sáng để xét nghiệm đường huyết lúc đói, HbA1c và chức năng thận.
  - Mang theo sổ khám bệnh, thẻ BHYT, căn cước công dân và sổ theo dõi đường huyết.
  - Uống thuốc huyết áp như thường lệ với một ít nước.

Nếu cần đổi lịch, vui lòng gọi tổng đài 028 555 0142 (giờ hành chính).

Trân trọng,
Phòng khám Nội tiết
Bệnh viện Đa khoa Tâm An
"""
add('phi', 'lich-tai-kham-dai-thao-duong',
    'vi follow-up reminder to named patient with patient ID and insurance card number: type 2 diabetes, hypertension, medication list',
    frm=('Bệnh viện Đa khoa Tâm An', 'lichhen@bvtaman.example.vn.test'),
    to=[('Nguyễn Văn Hùng', 'nvhung1958@mail.example.vn.test')],
    subject='Nhắc lịch tái khám Nội tiết - thứ Năm 20/03/2025',
    date='2025-03-17 08:00', tz='+0700', hcs='utf-8', hmode='Q',
    body=Text(_t, 'utf-8', 'base64'))

_t = """Chị Hà thân mến,

Em là Mai, nữ hộ sinh ở phòng tư vấn Kế hoạch hóa gia đình. Em gửi lại chị
tóm tắt buổi tư vấn tránh thai hôm thứ Ba nhé:

- Chị đã chọn cấy que tránh thai (loại 1 que, tác dụng 3 năm).
- Lịch cấy: 9 giờ sáng thứ Sáu, 14/3/2025, phòng 108. Tốt nhất là cấy trong
  5 ngày đầu của kỳ kinh; nếu hôm đó không rơi vào khoảng này chị vẫn cứ
  đến, bác sĩ sẽ cho thử thai và dặn dùng thêm bao cao su trong 7 ngày.
- Trong lúc chờ, chị cứ tiếp tục uống viên tránh thai hằng ngày đang dùng
  cho đến hết vỉ.
- Sau khi cấy có thể ra máu thấm giọt không đều trong vài tháng đầu, đó là
  bình thường. Chỗ cấy giữ khô 24 giờ.
- Chi phí: 1.650.000 đồng (không thuộc danh mục BHYT).

Có gì thắc mắc chị cứ nhắn tin hoặc gọi em số 028 555 0163 nhé.

Mai
Nữ hộ sinh Trần Thị Mai
Phòng khám Sản phụ khoa Hoa Sen
"""
add('restricted', 'tu-van-tranh-thai-cay-que',
    'vi midwife to named patient: contraception counselling summary and contraceptive implant appointment (reproductive)',
    frm=('Trần Thị Mai – Phòng khám Hoa Sen', 'nhs.mai@pksanhoasen.example.vn.test'),
    to=[('Lê Thị Thu Hà', 'thuha.le@mail.example.vn.test')],
    subject='Tóm tắt buổi tư vấn hôm thứ Ba',
    date='2025-03-06 20:14', tz='+0700', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'quoted-printable'))

_t = """PHÒNG CHỐNG SỐT XUẤT HUYẾT - MÙA MƯA 2024

Trạm Y tế Phường 7 xin thông báo đến bà con khu phố:

Từ đầu năm đến nay, phường ghi nhận 46 ca sốt xuất huyết, tăng khoảng 30% so
với cùng kỳ năm trước, tập trung ở khu phố 3 và 4.

DẤU HIỆU BỆNH: sốt cao đột ngột 2-7 ngày, đau đầu, đau sau hốc mắt, đau mỏi
cơ, phát ban, chảy máu chân răng hoặc chảy máu cam.

DẤU HIỆU NGUY HIỂM (thường vào ngày 3-7, cần đến bệnh viện ngay): đau bụng,
nôn nhiều, chảy máu, li bì hoặc vật vã, tay chân lạnh.

KHÔNG tự ý dùng aspirin, ibuprofen hay truyền dịch tại nhà. Hạ sốt bằng
paracetamol (Panadol, Efferalgan, Hapacol...) đúng liều theo cân nặng, uống
nhiều nước, oresol, nước trái cây.

DIỆT LĂNG QUĂNG: đậy kín lu, khạp; thay nước bình hoa hằng tuần; thả cá bảy
màu vào bể nước; dọn vỏ xe, chai lọ quanh nhà.

Phun hóa chất diệt muỗi: sáng thứ Bảy 21/9 tại khu phố 3 và 4. Bà con vui lòng
mở cửa và che đậy thức ăn.

Trạm Y tế Phường 7 - ĐT 028 555 0177
"""
_h = html_wrap('<p><img src="cid:logo-tyt7@tramyte.example.vn.test" alt="Trạm Y tế Phường 7" width="48" height="48"></p>\n'
               + text2html(_t), 'vi', 'utf-8', 'Phòng chống sốt xuất huyết')
add('none', 'trap-phong-chong-sot-xuat-huyet',
    'vi ward health-station dengue education mail with aggregate case count and drug names; no individual',
    frm=('Trạm Y tế Phường 7', 'tramyte.p7@tramyte.example.vn.test'),
    to=[('Tổ dân phố khu phố 1-6', 'todanpho@tramyte.example.vn.test')],
    subject='Phòng chống sốt xuất huyết mùa mưa',
    date='2024-09-16 07:30', tz='+0700', hcs='utf-8', hmode='B',
    body=Multi('alternative', [
        Text(_t, 'utf-8', 'base64'),
        Multi('related', [Text(_h, 'utf-8', 'base64', 'html'),
                          Bin(png(48, 48, (20, 120, 200)), 'image/png', 'logo.png', 'inline',
                              cid='logo-tyt7@tramyte.example.vn.test')],
              ctparams=' type="text/html";', preamble=False)]))

# =================================================================== TAGALOG

_t = """Hi po Ma'am/Sir, good morning!

Ask ko lang po if pwede ilipat yung dialysis schedule ni Lola, Rosario
Dimaculangan (PhilHealth PIN 12-345678901-2), from MWF 6am shift to TTh Sat
1pm? Nahihirapan na po kasi siya gumising ng 4am, and wala po kaming sasakyan
pag umaga kasi nasa work si Papa.

Yung EPO injection niya po tuwing Friday, pwede po bang sa Saturday na lang
din? And paki-check na rin po kung ilan pa yung natitirang PhilHealth sessions
niya this year, baka po kasi maubos na.

Salamat po!
Jessa Dimaculangan (apo)
0917 555 0148
"""
add('phi', 'dialysis-schedule-ni-lola',
    'tl/en granddaughter to dialysis centre: named patient with PhilHealth PIN, haemodialysis schedule and EPO injections',
    frm=('Jessa Dimaculangan', 'jessa.dmc@mail.example.com'),
    to=[('Bayanihan Dialysis Center', 'info@bayanihan-dialysis.example.ph.test')],
    subject='Request to change dialysis sched - Rosario Dimaculangan',
    date='2025-02-03 07:12', tz='+0800', hcs='us-ascii', hmode='Q',
    body=Text(_t, 'us-ascii', '7bit'))

_t = """HIRING NOW: Registered Nurses para sa mga ospital sa Middle East at Singapore!

Mga bakanteng posisyon:
  - ICU Nurse (20)      - ER Nurse (15)       - OR Nurse (10)
  - Dialysis Nurse (12) - Med-Surg Nurse (25) - NICU Nurse (8)

Kwalipikasyon:
  - BSN graduate, may valid PRC license
  - Hindi bababa sa 2 taong hospital experience (tertiary hospital)
  - May valid BLS at ACLS certificate
  - Pasado sa Prometric o handang mag-take (libre ang review)

Benepisyo:
  - Sahod ₱95,000–₱140,000 kada buwan depende sa experience
  - Libreng accommodation at transportation
  - 30 days paid leave at libreng ticket pauwi taun-taon

ZERO PLACEMENT FEE! Mag-ingat sa mga illegal recruiter - hindi kami
humihingi ng bayad para sa interview.

Walk-in interview: Sabado, 22 Marso 2025, 9AM–4PM
3F Dela Paz Building, Kalye Mabini, Lungsod Quezon

Dalhin: updated CV, PRC ID, transcript of records, certificate of employment.
Magpadala ng CV: careers@bagwis-manpower.example.ph.test | (02) 555-0156

Bagwis Manpower Services Inc.
"""
add('none', 'trap-hiring-nurses-abroad',
    'tl nurse recruitment job posting mentioning ICU, dialysis and NICU roles; no patient',
    frm=('Bagwis Manpower Services', 'careers@bagwis-manpower.example.ph.test'),
    to=[('Nurses Network', 'nurses-network@mail.example.com')],
    subject='HIRING: Staff Nurses abroad - walk-in interview sa Sabado!',
    date='2025-03-14 12:00', tz='+0800', hcs='utf-8', hmode='Q',
    body=Text(_t, 'utf-8', 'quoted-printable'))

# ======================================================= CHINESE (SIMPLIFIED)

_t = """王建国先生：您好！

您于2025年3月10日在我中心采集的血液标本检验结果已出，详情如下：

门诊号：MZ20250310-0457
身份证号：330102196802144513

血常规：白细胞 6.2×10^9/L，血红蛋白 142 g/L，血小板 218×10^9/L（正常）
肝功能：丙氨酸氨基转移酶(ALT) 86 U/L ↑（参考值 9-50）
        天门冬氨酸氨基转移酶(AST) 52 U/L ↑（参考值 15-40）
        γ-谷氨酰转移酶(GGT) 97 U/L ↑（参考值 10-60）
血脂：甘油三酯 3.4 mmol/L ↑，低密度脂蛋白胆固醇 3.9 mmol/L ↑
空腹血糖：6.3 mmol/L（偏高）

医生建议：
1. 肝功能异常，考虑脂肪肝可能，请尽快到消化内科门诊就诊，完善腹部B超检查；
2. 低脂饮食，控制体重，适当运动；
3. 3个月后复查肝功能、血脂和血糖。

如有疑问，请拨打 0571-555-0142 咨询（工作日 8:00-17:00）。

晨光社区卫生服务中心 检验科
本邮件由系统自动发送，请勿直接回复。
"""
add('phi', 'jianyan-baogao-ganggongneng',
    'zh-CN lab report to named patient with outpatient number and ID number: raised ALT/AST/GGT and lipids, referral to GI clinic',
    frm=('晨光社区卫生服务中心 检验科', 'lab@chenguang-chc.example.cn.test'),
    to=[('王建国', 'wangjianguo68@mail.example.cn.test')],
    subject='您的检验报告已出（门诊号 MZ20250310-0457）',
    date='2025-03-11 16:40', tz='+0800', hcs='gb2312', hmode='B',
    body=Text(_t, 'gb2312', 'base64'))

_rows = [('床位费', '1,200.00'), ('西药费', '18,460.50'), ('检查费', '3,280.00'), ('治疗费', '5,940.00'),
         ('化验费', '1,890.00'), ('护理费', '560.00'), ('卫生材料费', '2,315.30')]
_t = ('李秀英女士家属：您好！\n\n患者 李秀英（住院号 ZY2025-006781）本次住院（2025-02-17 至 2025-03-03）'
      '费用已完成结算，明细如下：\n\n'
      + ''.join('  %-10s %12s 元\n' % r for r in _rows)
      + '  ----------------------------\n  合计             33,645.80 元\n  医保统筹支付     24,118.60 元\n'
      '  个人自付          9,527.20 元\n  已交押金          8,000.00 元\n  尚需补缴          1,527.20 元\n\n'
      '请于3月7日前到门诊楼一楼收费处或通过医院公众号补缴余款，并领取出院结算单和费用清单。\n'
      '如对费用有疑问，请致电 020-555-0167。\n\n住院结算处\n')
_h = html_wrap('<p>李秀英女士家属：您好！</p>\n<p>患者 <b>李秀英</b>（住院号 ZY2025-006781）本次住院（2025-02-17 至 2025-03-03）费用已完成结算：</p>\n'
               '<table border="1" cellpadding="4" style="border-collapse:collapse">\n<tr><th>项目</th><th>金额（元）</th></tr>\n'
               + ''.join('<tr><td>%s</td><td align="right">%s</td></tr>\n' % r for r in _rows)
               + '<tr><td><b>合计</b></td><td align="right"><b>33,645.80</b></td></tr>\n'
               '<tr><td>医保统筹支付</td><td align="right">24,118.60</td></tr>\n'
               '<tr><td>个人自付</td><td align="right">9,527.20</td></tr>\n'
               '<tr><td>已交押金</td><td align="right">8,000.00</td></tr>\n'
               '<tr><td><b>尚需补缴</b></td><td align="right"><b>1,527.20</b></td></tr>\n</table>\n'
               '<p>请于3月7日前到门诊楼一楼收费处补缴余款。咨询电话 020-555-0167。</p>', 'zh-CN', 'gbk', '住院费用结算')
add('phi', 'zhuyuan-feiyong-jiesuan-zhongliuke',
    'zh-CN hospital bill for named inpatient with admission number, sent by "肿瘤科住院结算处" (oncology billing display name)',
    frm=('肿瘤科住院结算处', 'jiesuan.zlk@nanshan-hospital.example.cn.test'),
    to=[('李秀英家属 张伟', 'zhangwei.family@mail.example.cn.test')],
    subject='住院费用结算通知 - 李秀英',
    date='2025-03-03 17:55', tz='+0800', hcs='gbk', hmode='B',
    body=Multi('alternative', [Text(_t, 'gbk', 'quoted-printable'), Text(_h, 'gbk', 'quoted-printable', 'html')]))

_t = """陈晓敏女士、黄志强先生：您好！

您二位于2025年3月5日在我院遗传咨询门诊进行的地中海贫血基因检测结果已出：

  陈晓敏（女，门诊号 FY-250305-0218）
  α-地中海贫血：--SEA/αα 杂合子（东南亚缺失型，携带者）
  β-地中海贫血：未检出常见突变

  黄志强（男，门诊号 FY-250305-0219）
  α-地中海贫血：未检出常见缺失及突变
  β-地中海贫血：CD41-42(-TTCT) 杂合子（携带者）

结果解读：双方分别为α和β地中海贫血携带者，不属于同型携带，胎儿发生重型
α或重型β地中海贫血的风险很低，但孩子有可能同时携带两种基因，表现为轻度
贫血。建议在计划怀孕前接受遗传咨询，了解生育风险及产前诊断的选择。

请于3月28日（星期五）上午9:30到3号楼2楼遗传咨询门诊进行检测后咨询，届时
梁医生会详细解释结果，并讨论家族中其他成员（兄弟姐妹）是否需要检测。

南岭市妇幼保健院 遗传咨询门诊
电话：0771-555-0126
"""
add('restricted', 'dizhongpinxue-jiyin-xiedaizhe',
    'zh-CN genetics clinic to named couple: thalassaemia carrier-screening results and genetic-counselling appointment (genetic)',
    frm=('南岭市妇幼保健院 遗传咨询门诊', 'yichuanzixun@nanling-fybj.example.cn.test'),
    to=[('陈晓敏', 'chenxiaomin@mail.example.cn.test'), ('黄志强', 'huangzq@mail.example.cn.test')],
    subject='地贫基因检测结果及检测后咨询预约',
    date='2025-03-20 10:12', tz='+0800', hcs='gbk', hmode='B',
    body=Text(_t, 'gbk', 'base64'))

_t = """【招聘】南湖区精神卫生中心 2025年护理人员招聘公告

因业务发展需要，我中心现面向社会公开招聘精神科护士15名。

一、岗位要求
1. 护理学专业大专及以上学历，已取得护士执业证书；
2. 有精神科、心理科工作经验者优先，2025届应届毕业生亦可报名；
3. 能适应倒班（含夜班）。

二、工作内容
负责精神分裂症、双相情感障碍、抑郁症等住院患者的日常护理、安全管理、
康复训练及健康宣教；参与开放病房管理和心理康复小组活动。

三、薪酬待遇
合同制，月薪6500-9000元，五险一金，年终绩效奖，提供职工宿舍。

四、报名方式
请将简历发送至 hr@nanhu-mhc.example.cn.test，邮件标题注明“应聘精神科护士+姓名”。
报名截止日期：2025年4月30日。

联系电话：0571-555-0188（人事科 刘老师）
"""
add('none', 'trap-jingshenke-hushi-zhaopin',
    'zh-CN job posting for psychiatric nurses naming schizophrenia, bipolar disorder and depression wards; no patient',
    frm=('南湖区精神卫生中心 人事科', 'hr@nanhu-mhc.example.cn.test'),
    to=[('护理人才库', 'nurse-talent@mail.example.cn.test')],
    subject='【招聘】精神科护士15名',
    date='2025-03-25 09:00', tz='+0800', hcs='gb2312', hmode='B',
    body=Text(_t, 'gb2312', 'quoted-printable'))

# ====================================================== CHINESE (TRADITIONAL)

_t = """林美惠 小姐 您好：

提醒您左眼白內障手術後第三次回診：

  日期：114年3月21日（星期五）
  時間：上午 10:30（請提早 15 分鐘報到）
  醫師：張志明 醫師
  地點：安和眼科診所 2 樓 第3診
  病歷號碼：0023817

術後用藥請繼續使用至回診日：
  - 抗生素眼藥水（Levofloxacin）每日四次，左眼
  - 類固醇眼藥水（Prednisolone acetate）每日四次，左眼，依醫囑逐週遞減

請攜帶健保卡及目前使用中的眼藥水。術後一個月內請勿揉眼、游泳，洗頭時避免
水進入眼睛。若眼睛紅痛加劇或視力突然模糊，請立即來電 (02) 2555-0142 或至
急診就醫。

安和眼科診所 敬上
"""
add('phi', 'baineizhang-shuhou-huizhen',
    'zh-TW follow-up reminder to named patient with chart number: post-cataract-surgery visit and eye-drop regimen',
    frm=('安和眼科診所', 'service@anhe-eye.example.tw.test'),
    to=[('林美惠', 'meihui.lin@mail.example.tw.test')],
    subject='回診提醒：3月21日 白內障術後追蹤',
    date='2025-03-18 09:15', tz='+0800', hcs='big5', hmode='B',
    body=Text(_t, 'big5', 'base64'))

_t = """陳先生 您好：

我是感染科的個案管理師吳靜宜。您 2 月 14 日抽血的檢驗結果已經出來了，
跟您說明：

  - HIV 病毒量：< 20 copies/mL（測不到）
  - CD4：548 cells/uL
  - 腎功能、肝功能：正常

表示您目前的抗病毒藥物（Biktarvy，每天一顆）效果很好，請繼續每天固定時間
服用，不要自行停藥。

下次回診：4月11日（星期五）上午門診，感染科 林建宏 醫師，第 12 診。屆時
會開立下一期（三個月）的處方。請記得帶健保卡與藥袋。

如果您的伴侶需要，我們也可以安排 PrEP 諮詢。
有任何問題歡迎打個管專線 (04) 2555-0171。

吳靜宜 個案管理師
中港仁愛醫院 感染科
"""
add('restricted', 'ganranke-bingduliang-ceibudao',
    'zh-TW case manager to named patient: HIV viral load undetectable, CD4, antiretroviral therapy and next visit (HIV)',
    frm=('吳靜宜 個案管理師', 'wu.jy@zhonggang-renai.example.tw.test'),
    to=[('陳柏翰', 'bohan.chen@mail.example.tw.test')],
    subject='2/14 檢驗結果說明',
    date='2025-02-21 14:30', tz='+0800', hcs='big5', hmode='Q',
    body=Text(_t, 'big5', 'quoted-printable'))

_t = """各位同仁好：

本院基因醫學部將於 114 年 4 月 18 日（星期五）下午 1:30-5:00 舉辦
「遺傳諮詢實務工作坊」，歡迎醫師、護理師、個管師及醫檢師報名參加。

課程內容：
  1. 遺傳性乳癌與卵巢癌：BRCA 檢測前後的諮詢要點
  2. 孕前及產前帶因篩檢（脊髓性肌肉萎縮症、地中海型貧血、X 染色體脆折症）
  3. 遺傳檢測報告解讀：如何向個案說明意義未明變異（VUS）
  4. 去識別化案例討論與角色扮演

地點：第二醫療大樓 B1 國際會議廳
學分：繼續教育積分 3 點（申請中）
名額 80 名，請於 4 月 11 日前至教學部網站報名。

附件為行事曆邀請，可直接加入您的行事曆。

基因醫學部 秘書 黃小姐
分機 5321
"""
_ics = """BEGIN:VCALENDAR
PRODID:-//w3 generator//ZH-TW
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Asia/Taipei
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0800
TZOFFSETTO:+0800
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:genetic-workshop-20250418@zhonggang-renai.example.tw.test
DTSTAMP:20250325T010000Z
DTSTART;TZID=Asia/Taipei:20250418T133000
DTEND;TZID=Asia/Taipei:20250418T170000
SUMMARY:遺傳諮詢實務工作坊
LOCATION:第二醫療大樓 B1 國際會議廳
ORGANIZER;CN=基因醫學部:mailto:genetics@zhonggang-renai.example.tw.test
DESCRIPTION:BRCA 檢測諮詢、帶因篩檢、VUS 報告解讀、案例討論
END:VEVENT
END:VCALENDAR
"""
add('none', 'trap-yichuan-zixun-gongzuofang',
    'zh-TW training workshop invitation on genetic counselling (BRCA, carrier screening) with calendar invite; no individual',
    frm=('基因醫學部', 'genetics@zhonggang-renai.example.tw.test'),
    to=[('全院同仁', 'all-staff@zhonggang-renai.example.tw.test')],
    subject='遺傳諮詢實務工作坊 4/18 報名開始',
    date='2025-03-25 09:00', tz='+0800', hcs='big5', hmode='B',
    body=Multi('mixed', [Text(_t, 'big5', 'base64'),
                         Text(_ics, 'utf-8', 'base64', 'calendar', filename='workshop.ics',
                              ctparams='; method=REQUEST')]))

# ================================================================== JAPANESE

_t = """県立中央病院
循環器内科　外来担当医　先生　御侍史

　　　　　　　　　　　　診療情報提供書

　　　　　　　　　　　　　　　　　　　　　　　　令和7年3月4日

紹介元：まつなみ内科クリニック
　　　　院長　松浪　健一
　　　　TEL 0285-555-0142　FAX 0285-555-0143

患者氏名：山口　和子　様（ヤマグチ　カズコ）
生年月日：昭和22年5月3日（77歳）　女性

傷病名：
　1. 発作性心房細動
　2. 高血圧症
　3. 脂質異常症

紹介目的：精査・加療のお願い
　　　　　（カテーテルアブレーションの適応についてご検討ください）

既往歴：胆嚢摘出術（平成30年）
アレルギー：なし

現病歴：
　高血圧症・脂質異常症にて当院通院中の方です。昨年秋頃より月に2〜3回、
動悸発作を自覚されるようになり、本年2月のホルター心電図にて最長4時間の
発作性心房細動を認めました。CHA2DS2-VAScスコア4点のため、2月10日より
エリキュースを開始しております。発作時の動悸症状が強く、生活の質の低下を
訴えておられます。心エコーでは左房径42mm、EF 62%、有意な弁膜症は
認めません。

現処方：
　エリキュース錠5mg　　2錠　分2　朝夕食後
　メインテート錠2.5mg　1錠　分1　朝食後
　アムロジン錠5mg　　　1錠　分1　朝食後
　リピトール錠10mg　　 1錠　分1　夕食後

検査所見（令和7年2月20日）：
　Hb 12.9 g/dL、Cr 0.78 mg/dL、eGFR 54、BNP 68 pg/mL、TSH 1.8 μIU/mL

お忙しいところ誠に恐縮ですが、ご高診のほどよろしくお願い申し上げます。
ホルター心電図の結果を添付いたします。
"""
add('phi', 'shinryo-joho-teikyosho-shinbosaido',
    'ja referral letter: named patient with DOB, paroxysmal atrial fibrillation, anticoagulant and other prescriptions, Holter report attached',
    frm=('まつなみ内科クリニック', 'info@matsunami-naika.example.jp.test'),
    to=[('県立中央病院 地域医療連携室', 'renkei@kenritsu-chuo.example.jp.test')],
    subject='診療情報提供書（山口和子様）',
    date='2025-03-04 17:10', tz='+0900', hcs='iso-2022-jp', hmode='B',
    body=Multi('mixed', [
        Text(_t, 'shift_jis', 'base64'),
        Bin(pdf(['Matsunami Naika Clinic - Holter ECG report (24h)', 'Patient: YAMAGUCHI Kazuko   DOB 1947-05-03   F',
                 'Recording 2025-02-06 to 2025-02-07', 'Total beats 104,233   Mean HR 71   Max 148   Min 48',
                 'Paroxysmal atrial fibrillation: 3 episodes, longest 4h02m',
                 'Pauses > 2.0 s: none'], 'Holter'),
            'application/pdf', 'ホルター心電図_山口和子_20250207.pdf')]))

_t = """佐藤　浩二　様

この度は、さくら通り消化器クリニックをご予約いただき、誠にありがとうございます。
以下の内容でご予約を承りました。

■ご予約内容
　検査名：上部消化管内視鏡検査（胃カメラ・経鼻）
　日時　：2025年4月8日（火）8:45 受付
　診察券番号：004412
　担当医：小野寺 医師

■検査前日
　・夕食は21時までに、消化のよいものを軽めにお召し上がりください。
　・21時以降は絶食です（水・お茶は可）。

■検査当日
　・朝食はとらずにお越しください。
　・血圧のお薬は朝6時までにコップ1杯の水で服用してください。
　・鎮静剤を使用する場合、当日の車・バイク・自転車の運転はできません。

■ご予約の変更・キャンセル
　前日の17時までに 03-555-0142 までお電話ください。

※このメールは送信専用アドレスから送信しています。

さくら通り消化器クリニック
"""
add('phi', 'ikamera-yoyaku-kakunin',
    'ja booking confirmation to named patient with patient-card number: upper GI endoscopy, fasting and antihypertensive instructions',
    frm=('さくら通り消化器クリニック', 'yoyaku@sakuradori-shokaki.example.jp.test'),
    to=[('佐藤 浩二', 'k.sato1962@mail.example.jp.test')],
    subject='【ご予約確認】胃カメラ検査 4月8日（火）',
    date='2025-03-21 10:33', tz='+0900', hcs='iso-2022-jp', hmode='B',
    body=Text(_t, 'iso-2022-jp', '7bit'))

_t = """田中　美咲　様

こころの森メンタルクリニックです。次回の診察予約の確認をお送りします。

　日時　：3月27日（木）18:00
　担当医：高橋 医師
　内容　：再診（うつ病）、心理カウンセリング（臨床心理士 山本）

前回の診察でジェイゾロフト（セルトラリン）を50mgに増量しました。飲み始めの
1〜2週間は吐き気や眠気、不安感が強くなることがあります。つらい場合や、
死にたい気持ちが強くなった場合は、予約日を待たずにクリニックへお電話ください
（平日 10:00〜19:00　03-555-0176）。夜間・休日は各自治体のこころの電話相談も
ご利用いただけます。

また、自立支援医療（精神通院医療）受給者証の有効期限が4月30日です。更新には
診断書が必要ですので、次回受付でお申し出ください。

こころの森メンタルクリニック　受付
"""
add('restricted', 'kokoro-clinic-utsubyo-sertraline',
    'ja psychiatric clinic to named patient: depression follow-up, sertraline dose increase, counselling and psychiatric outpatient subsidy (mental health)',
    frm=('こころの森メンタルクリニック', 'uketsuke@kokoronomori-mc.example.jp.test'),
    to=[('田中 美咲', 'misaki.tanaka@mail.example.jp.test')],
    subject='次回ご予約の確認（3月27日）',
    date='2025-03-20 12:02', tz='+0900', hcs='euc-jp', hmode='B',
    body=Text(_t, 'euc-jp', 'base64'))

_t = """検査科　各位

2月分の生化学自動分析装置（2号機）内部精度管理結果をお送りします。
いずれも管理限界内で、特記事項はありません。

項目　　コントロール　目標値　　　　平均　　CV(%)　判定
HbA1c　 Level1　　　　5.5±0.2 %　　 5.46　　1.3　　良好
HbA1c　 Level2　　　　9.8±0.3 %　　 9.77　　1.1　　良好
AST　　 Level1　　　　35±3 U/L　　　34.6　　2.1　　良好
ALT　　 Level1　　　　28±3 U/L　　　28.3　　2.4　　良好
CRE　　 Level2　　　　4.10±0.15　　 4.07　　1.6　　良好
CRP　　 Level1　　　　0.52±0.05　　 0.51　　2.9　　良好

2月14日のCRP Level2で1-3sルールの逸脱が1回ありましたが、試薬ロット切替
（ロット No.25B0211）後の再キャリブレーションと再測定で管理範囲内を確認済み
です。患者検体への影響はありません。

詳細は添付のCSVをご確認ください。

臨床検査科　精度管理担当　藤井
内線 3120
"""
_csv = """日付,装置,項目,コントロール,測定値,目標値,SD,判定
2025/02/03,2号機,HbA1c,Level1,5.44,5.5,0.07,良好
2025/02/03,2号機,HbA1c,Level2,9.81,9.8,0.10,良好
2025/02/14,2号機,CRP,Level2,3.38,3.10,0.09,1-3s逸脱
2025/02/14,2号機,CRP,Level2,3.12,3.10,0.09,再測定良好
2025/02/28,2号機,CRE,Level2,4.05,4.10,0.05,良好
"""
add('none', 'trap-seido-kanri-qc-kekka',
    'ja analyser internal QC report (HbA1c, CRP control levels) with CSV; control material only, no patient',
    frm=('臨床検査科 精度管理担当', 'qc@kenritsu-chuo.example.jp.test'),
    to=[('検査科', 'kensa-all@kenritsu-chuo.example.jp.test')],
    subject='2月分 内部精度管理結果（生化学2号機）',
    date='2025-03-03 08:50', tz='+0900', hcs='shift_jis', hmode='B',
    body=Multi('mixed', [Text(_t, 'shift_jis', 'base64'),
                         Text(_csv, 'shift_jis', 'base64', 'csv', filename='QC_2025-02_2号機.csv')]))

_t = """職員各位

令和7年度　定期健康診断のご案内

労働安全衛生法に基づき、下記のとおり定期健康診断を実施します。

日程：6月2日（月）〜6月13日（金）9:00〜11:30
会場：本館3階　健診センター
対象：全職員（常勤・非常勤）
※夜勤従事者は年2回（6月・12月）の受診となります。

検査項目：
・身長、体重、腹囲、視力、聴力
・血圧
・血液検査（貧血、肝機能、脂質、血糖）
・胸部X線
・心電図（35歳および40歳以上）
・尿検査

当日は朝食を抜いてお越しください（水は可）。部署ごとの受診日は別紙の割り当て表を
ご確認ください。外部医療機関で人間ドックを受ける方は、結果の写しを6月末までに
総務課へ提出してください。

総務課　安全衛生担当
内線 2105
"""
add('none', 'trap-teiki-kenkoshindan-annai',
    'ja HR notice of the annual staff health check (blood tests, ECG, X-ray); general schedule, no individual',
    frm=('総務課 安全衛生担当', 'soumu@kenritsu-chuo.example.jp.test'),
    to=[('職員各位', 'staff-all@kenritsu-chuo.example.jp.test')],
    subject='令和7年度 定期健康診断のご案内',
    date='2025-05-12 09:00', tz='+0900', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'quoted-printable'))

_t = """各位

お疲れさまです。今年も残りわずかとなりました。
放射線科の忘年会を以下のとおり開催します。

日時：12月20日（金）19:00〜21:00
場所：居酒屋「はなび」駅前店（病院から徒歩5分）
会費：5,000円（当日集金）

出欠を12月10日までにこのメールへの返信でお知らせください。
当直の方は途中参加・途中退席OKです。

幹事：放射線技師　岡田（PHS 4417）
"""
add('none', 'bonenkai-hoshasenka',
    'ja department year-end party invitation; no health content',
    frm=('岡田 翔太', 'okada.s@kenritsu-chuo.example.jp.test'),
    to=[('放射線科', 'radiology@kenritsu-chuo.example.jp.test')],
    subject='放射線科 忘年会のお知らせ',
    date='2024-11-28 17:45', tz='+0900', hcs='euc-jp', hmode='B',
    body=Text(_t, 'euc-jp', 'quoted-printable'))

# ==================================================================== KOREAN

_t = """김민준 님, 안녕하십니까.

한빛종합병원 건강증진센터입니다. 2025년 3월 5일에 받으신 종합건강검진 결과를
안내해 드립니다.

등록번호: 10458823
생년월일: 1979년 8월 22일

[주요 소견]
1. 이상지질혈증: 총콜레스테롤 248 mg/dL, LDL 콜레스테롤 171 mg/dL (높음)
2. 공복혈당장애: 공복혈당 112 mg/dL, 당화혈색소 5.9%
3. 위내시경: 만성 위축성 위염, 헬리코박터 파일로리 양성
4. 복부초음파: 경도 지방간
5. 갑상선, 간기능, 신장기능, 흉부 X선: 정상

[권고 사항]
- 헬리코박터 제균 치료를 위해 소화기내과 진료를 권합니다. 4월 3일(목) 오전
  9시 30분 김도현 교수 외래로 예약해 드렸습니다.
- 고지혈증 약물치료 여부는 가정의학과 상담 후 결정하시기 바랍니다.
- 3개월 후 공복혈당과 지질 검사를 다시 받으시기를 권합니다.

결과지는 우편으로도 발송되며, 병원 홈페이지 '나의 검진결과'에서도 확인하실 수
있습니다.

문의: 건강증진센터 02-555-0142
한빛종합병원 건강증진센터
"""
add('phi', 'geongang-geomjin-gyeolgwa',
    'ko individual health-check results to named person with registration number and DOB: dyslipidaemia, H. pylori, GI appointment',
    frm=('한빛종합병원 건강증진센터', 'checkup@hanbit-hospital.example.kr.test'),
    to=[('김민준', 'minjun.kim79@mail.example.kr.test')],
    subject='[한빛종합병원] 종합건강검진 결과 안내',
    date='2025-03-19 14:00', tz='+0900', hcs='euc-kr', hmode='B',
    body=Text(_t, 'euc-kr', 'base64'))

_t = """박지현 님, 안녕하세요.
마음봄여성의원 난임센터 코디네이터 이수진입니다.

상담하신 대로 이번 주기 체외수정(IVF) 시술 일정을 안내드립니다.

- 3월 12일(수): 월경 2일째 내원, 초음파와 호르몬 검사 후 과배란 주사 시작
  (폴리트롭 225IU, 매일 저녁 자가주사)
- 3월 17일(월): 난포 크기 확인 초음파, 세트로타이드 추가 예정
- 3월 21일(금) 전후: 난자 채취 예정 (수면마취, 당일 자정부터 금식)
- 채취 당일 남편분 정액 채취가 필요합니다 (지난번 정액검사 결과는 정상이었습니다).
- 신선배아 이식 또는 전 배아 동결 여부는 채취 후 결정합니다.

보건소에서 발급받으신 난임부부 시술비 지원 결정통지서를 첫 내원일에 꼭 가져와
주세요. 주사 교육은 12일 내원 시 간호사실에서 진행합니다.

문의: 02-555-0191 (평일 8:30~17:30)
"""
add('restricted', 'nanim-ivf-siljeong-annae',
    'ko fertility clinic coordinator to named patient: IVF cycle schedule, ovarian stimulation drugs, egg retrieval (reproductive/fertility)',
    frm=('마음봄여성의원 난임센터', 'ivf@maeumbom-clinic.example.kr.test'),
    to=[('박지현', 'jihyun.park@mail.example.kr.test')],
    subject='이번 주기 시험관 시술 일정 안내',
    date='2025-03-07 16:20', tz='+0900', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'base64'))

_t = """제5회 HIV 예방 심포지엄 안내

일시: 2025년 5월 17일(토) 오후 1시 ~ 6시
장소: 한빛의료원 본관 대강당
주최: 대한HIV예방연구회

[프로그램]
세션 1. 국내 HIV 신규 감염 현황과 추이 - 국가 감시자료 분석
세션 2. PrEP 실제 처방 경험: 처방 기준, 신장기능 모니터링, 복약 순응도
세션 3. U=U 메시지와 낙인 해소를 위한 의료진의 역할
세션 4. 패널 토의: 보건소 익명검사와 진료 연계

[사전등록]
- 기간: 4월 30일까지
- 등록비: 의사 3만원, 간호사·상담사 1만원 (현장등록 시 1만원 추가)
- 평점: 대한의사협회 연수평점 4점 (예정)

문의: 연구회 사무국 02-555-0133
"""
add('none', 'trap-hiv-yebang-simposium',
    'ko conference announcement on HIV prevention and PrEP prescribing; no individual',
    frm=('대한HIV예방연구회 사무국', 'office@hiv-prevention-kr.example.org'),
    to=[('회원 여러분', 'members@hiv-prevention-kr.example.org')],
    subject='제5회 HIV 예방 심포지엄 사전등록 안내',
    date='2025-03-28 10:00', tz='+0900', hcs='euc-kr', hmode='B',
    body=Text(_t, 'euc-kr', 'quoted-printable'))

_t = """[오피스몰] 주문하신 상품이 발송되었습니다.

주문번호: 20250314-0078812
상품: 메쉬 사무용 의자 외 1건
택배사: 한결택배
운송장 번호: 6123-4567-8901
받는 분: 한빛종합병원 원무과 (정*희)
예상 도착일: 3월 17일(월)

배송 조회는 택배사 홈페이지에서 운송장 번호로 하실 수 있습니다.
이용해 주셔서 감사합니다.
"""
add('none', 'taekbae-balsong-annae',
    'ko office-supply shipping confirmation with order and tracking numbers to a hospital admin office; no health content',
    frm=('오피스몰', 'noreply@officemall.example.kr.test'),
    to=[('정수희', 'suhee.jung@hanbit-hospital.example.kr.test')],
    subject='[오피스몰] 상품 발송 안내',
    date='2025-03-14 18:03', tz='+0900', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'base64'))

# ============================================================ HAITIAN CREOLE

_t = """Bonjou Madan Pierre-Louis,

Se Klinik Sante Lakay k ap ekri w. Nou vle raple w de bagay:

1. Pitit ou, Woodley Pierre-Louis (dat nesans 04/09/2021), gen randevou pou
   vaksen 4 an li jou madi 11 mas 2025 a 2:30 pm avèk Dr. Fontaine. L ap
   resevwa DTaP, polyo (IPV), MMR ak varisèl. Pote kanè vaksen li.

2. Doktè a voye preskripsyon amlodipin 10 mg ak idroklorotyazid 25 mg pou
   mari w, Jean Robert Pierre-Louis, nan famasi a. Li dwe pran tansyon l
   chak maten epi ekri chif yo nan kaye a. Pwochen randevou l se 25 mas a
   9:00 am.

Si w bezwen entèprèt oswa chanje randevou a, rele nou nan 617-555-0129.

Mèsi anpil,
Sèvis Randevou – Klinik Sante Lakay
"""
add('phi', 'randevou-vaksen-pitit-ak-tansyon',
    'ht clinic reminder naming a child (DOB, vaccination visit) and the husband (hypertension prescriptions, follow-up)',
    frm=('Klinik Sante Lakay – Sèvis Randevou', 'randevou@kliniksantelakay.example.org'),
    to=[('Guerline Pierre-Louis', 'guerline.pl@mail.example.com')],
    subject='Rapèl randevou: Woodley ak Jean Robert',
    date='2025-03-06 13:00', tz='-0500', hcs='utf-8', hmode='Q',
    body=Text(_t, 'utf-8', 'quoted-printable'))

_t = """Bonjou Wisly,

Se Nadège nan pwogram PrEP la. Rezilta tès ou te fè 20 fevriye a soti:

  - Tès VIH: negatif
  - Kreyatinin (fonksyon ren): 0.9 mg/dL, nòmal
  - Tès sifilis: negatif
  - Epatit B: ou pwoteje (ou te vaksinen)

Sa vle di ou ka kontinye PrEP la: yon grenn Descovy chak jou, menm lè a.
Nouvo preskripsyon pou 90 jou a deja nan famasi a, ou ka al pran l apati
vandredi.

Pwochen randevou w: 22 me a 4:30 pm, pou tès VIH ak tès IST chak 3 mwa yo.

Si w bliye plizyè grenn youn dèyè lòt, oswa si w gen yon ekspozisyon, rele m
menm jou a nan 617-555-0158.

Nadège Joseph, RN
Navigatè PrEP – Klinik Sante Lakay
"""
add('restricted', 'prep-rezilta-tes-ak-preskripsyon',
    'ht PrEP navigator to named patient: HIV test result, PrEP (Descovy) refill and STI testing schedule (HIV)',
    frm=('Nadège Joseph, RN', 'njoseph@kliniksantelakay.example.org'),
    to=[('Wisly Dorvil', 'wisly.dorvil@mail.example.com')],
    subject='Rezilta tès ou yo',
    date='2025-02-25 11:45', tz='-0500', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'base64'))

_t = """EMISYON "SANTE POU TOUT MOUN" - Radyo Kominotè Lakay 98.1 FM
Samdi 15 mas, 10:00 - 11:00 am

Sijè semèn sa a: TANSYON WO AK DYABÈT

Dr. Marie-Carmelle Désir, doktè fanmi, ap reponn kesyon moun k ap rele:
  - Kijan pou w konnen si w gen tansyon: anpil moun pa santi anyen.
  - Manje ak mwens sèl: atansyon ak bouyon kib, aransò ak salamin.
  - Poukisa ou pa dwe kanpe medikaman tansyon an lè ou santi w byen.
  - Siy dyabèt: swaf dlo anpil, pipi souvan, blesi ki pa geri.

Rapèl kolera: lave men w ak savon, bwè dlo trete oswa bouyi. Si yon moun gen
dyare ak vomisman anpil, ba l sewòm oral epi mennen l lopital touswit.

Rele nan emisyon an: 617-555-0100

Klinik Sante Lakay - Pwogram Edikasyon Kominotè
"""
add('none', 'trap-emisyon-radyo-tansyon-dyabet',
    'ht community radio health-education programme on hypertension, diabetes and cholera; no individual',
    frm=('Pwogram Edikasyon Kominotè', 'edikasyon@kliniksantelakay.example.org'),
    to=[('Lis kominotè', 'kominote@kliniksantelakay.example.org')],
    subject='Emisyon Sante pou Tout Moun - samdi 15 mas',
    date='2025-03-12 09:00', tz='-0400', hcs='iso-8859-1', hmode='Q',
    body=Text(_t, 'iso-8859-1', 'quoted-printable'))

# ==================================================================== SOMALI

_t = """Asc Faadumo,

Waxaa kuu soo diraya Xarunta Caafimaadka Bulshada Riverside. Waxaan kuu
xasuusinaynaa ballantaada kiliinikada sonkorowga (diabetes):

  Maalinta:   Khamiis, 13 Maarso 2025
  Saacadda:   10:00 subaxnimo
  Dhakhtarka: Dr. Halvorsen
  MRN:        5520147

Fadlan soo qaado:
  - qalabka aad sonkorta ku cabbirto iyo buugga natiijooyinka
  - dhammaan dawooyinkaaga (metformin, insulin glargine)
  - kaarka caymiska (insurance)

Ha cunin wax cunto ah 8 saacadood ka hor, maxaa yeelay waxaa lagaa qaadayaa
baaritaanka dhiigga (A1C iyo kolestaroolka). Biyo waad cabi kartaa.

Turjubaan Soomaali ah ayaa diyaar ah. Haddii aad rabto inaad beddesho
ballanta, wac 612-555-0148.

Mahadsanid,
Xafiiska Ballamaha
"""
add('phi', 'ballanta-kiliinikada-sonkorowga',
    'so appointment reminder to named patient with MRN: diabetes clinic visit, insulin and metformin, fasting blood tests',
    frm=('Riverside Community Health - Ballamaha', 'appointments@riverside-chc.example.org'),
    to=[('Faadumo Cabdi Warsame', 'faadumo.warsame@mail.example.com')],
    subject='Xasuusin: ballantaada 13 Maarso',
    date='2025-03-10 15:00', tz='-0500', hcs='us-ascii', hmode='Q',
    body=Text(_t, 'us-ascii', '7bit'))

_t = """BAARITAAN BILAASH AH: SONKOROWGA IYO DHIIG-KARKA

Sabtida, 22 Maarso 2025, 10:00 subaxnimo - 2:00 galabnimo
Goobta: Xarunta Bulshada Dar-ul-Aman, qolka weyn

Kalkaaliyeyaal caafimaad ayaa bilaash kuugu cabbiraya:
  - dhiig-karka (blood pressure)
  - sonkorta dhiigga (faraha laga qaado)
  - miisaanka iyo BMI

Sidoo kale waxaa jiri doona wacyigelin ku saabsan cuntada caafimaadka leh
inta lagu jiro Ramadaanka iyo sida loo qaato dawooyinka sonkorowga marka la
soomayo.

Dumarka iyo raggaba waa la soo dhaweynayaa. Turjubaan ayaa jooga.
Su'aalo? Wac 612-555-0190.

Riverside Community Health - Barnaamijka Caafimaadka Bulshada
"""
add('none', 'trap-baaritaan-bilaash-sonkorowga',
    'so community announcement of a free blood-pressure and glucose screening event; no individual',
    frm=('Riverside Community Health', 'outreach@riverside-chc.example.org'),
    to=[('Bulshada', 'community-list@riverside-chc.example.org')],
    subject='Baaritaan bilaash ah - Sabtida 22 Maarso',
    date='2025-03-15 10:00', tz='-0500', hcs='us-ascii', hmode='Q',
    body=Text(_t, 'us-ascii', '7bit'))

# =================================================================== AMHARIC

_t = """ጤና ይስጥልኝ አቶ ተስፋዬ በቀለ፣

የደም ምርመራ ውጤትዎ ደርሷል።

የካርድ ቁጥር፡ 045512
የምርመራ ቀን፡ የካቲት 25 ቀን 2017 ዓ.ም.

የጾም የደም ስኳር፡ 168 mg/dL (ከመደበኛው በላይ)
HbA1c፡ 7.9%
ኮሌስትሮል (LDL)፡ 142 mg/dL
ክሬቲኒን፡ 1.0 mg/dL (መደበኛ)

ዶ/ር ሰላማዊት ታደሰ የሜትፎርሚን መጠን ከፍ እንዲል ወስነዋል። እባክዎ ሐሙስ መጋቢት 4 ቀን
2017 ዓ.ም. ከጠዋቱ 3:00 ሰዓት በውስጥ ደዌ ክፍል ቁጥር 6 ለክትትል ይምጡ። የስኳር መለኪያ
መዝገብዎን ይዘው ይምጡ።

ለበለጠ መረጃ፡ +251 11 555 0142

አዲስ ሕይወት አጠቃላይ ሆስፒታል
የውስጥ ደዌ ክፍል
"""
add('phi', 'yedem-mirmera-wutet-sikuar',
    'am lab result to named patient with card number: high fasting glucose and HbA1c, metformin increase, follow-up visit',
    frm=('አዲስ ሕይወት ሆስፒታል', 'lab@addis-hiwot-hospital.example.et.test'),
    to=[('ተስፋዬ በቀለ', 'tesfaye.bekele@mail.example.com')],
    subject='የደም ምርመራ ውጤትዎ',
    date='2025-03-06 10:20', tz='+0300', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'base64'))

_t = """የኩፍኝ ክትባት ዘመቻ

ከየካቲት 17 እስከ 21 ቀን 2017 ዓ.ም. በሁሉም ጤና ጣቢያዎችና በተንቀሳቃሽ ቡድኖች
የኩፍኝ ክትባት ዘመቻ ይካሄዳል።

ማን መከተብ አለበት? ዕድሜያቸው ከ9 ወር እስከ 59 ወር የሆኑ ሕፃናት በሙሉ፣ ቀደም ብለው
የተከተቡም ቢሆኑ።

ክትባቱ በነጻ ይሰጣል። የልጅዎን የክትባት ካርድ ይዘው ይምጡ።

ባለፈው ዓመት በክልሉ ከ1,200 በላይ የኩፍኝ ሕሙማን ተመዝግበዋል።

ለበለጠ መረጃ በአቅራቢያዎ ያለውን ጤና ጣቢያ ያነጋግሩ ወይም በ +251 11 555 0177 ይደውሉ።

የወረዳ ጤና ጽሕፈት ቤት
"""
add('none', 'trap-yekufign-kitibat-zemecha',
    'am district measles vaccination campaign announcement with an aggregate case count; no individual',
    frm=('የወረዳ ጤና ጽሕፈት ቤት', 'info@woreda-health.example.et.test'),
    to=[('ጤና ጣቢያዎች', 'health-centres@woreda-health.example.et.test')],
    subject='የኩፍኝ ክትባት ዘመቻ',
    date='2025-02-18 08:30', tz='+0300', hcs='utf-8', hmode='B',
    body=Text(_t, 'utf-8', 'quoted-printable'))

# =================================================================== TURKISH

_t = """Sayın Ayşe Kaya,

12.03.2025 tarihinde hastanemizde verdiğiniz kan tahlili sonuçlarınız çıkmış
ve e-Nabız sistemine yüklenmiştir.

T.C. Kimlik No: 28461093512
Protokol No: 2025/0458812

Öne çıkan sonuçlar:
  - D vitamini (25-OH): 11 ng/mL (düşük; normal 30-100)
  - B12 vitamini: 182 pg/mL (düşük; normal 197-771)
  - Ferritin: 14 ng/mL (sınırda)
  - TSH: 1,9 mIU/L (normal)
  - Hemogram: normal

Dahiliye Uzm. Dr. Murat Şen ile kontrol randevunuz oluşturulmuştur:
18.03.2025 Salı, saat 14:20, B Blok 2. kat, Dahiliye Polikliniği 4

Randevunuza gelemeyecekseniz lütfen en az 24 saat önce 0212 555 01 42
numaralı çağrı merkezimizi arayınız.

Sağlıklı günler dileriz.
Özel Yeşilvadi Hastanesi - Hasta Hizmetleri
"""
add('phi', 'tahlil-sonucu-d-vitamini-randevu',
    'tr lab results to named patient with national ID: vitamin D and B12 deficiency, internal-medicine follow-up appointment',
    frm=('Özel Yeşilvadi Hastanesi', 'hastahizmetleri@yesilvadi-hastanesi.example.tr.test'),
    to=[('Ayşe Kaya', 'ayse.kaya@posta.example.tr.test')],
    subject='Tahlil sonuçlarınız ve kontrol randevunuz',
    date='2025-03-13 11:10', tz='+0300', hcs='iso-8859-9', hmode='Q',
    body=Text(_t, 'iso-8859-9', 'quoted-printable'))

_t = """Sayın Emine Demir ve Sayın Hasan Demir,

Evlilik öncesi tarama programı kapsamında 04.02.2025 tarihinde aile
hekiminizde alınan kan örneklerinizde Spinal Müsküler Atrofi (SMA)
taşıyıcılık taraması sonuçlanmıştır.

  Emine Demir (T.C. 19754310086): SMN1 geni 1 kopya - TAŞIYICI
  Hasan Demir (T.C. 40217735524): SMN1 geni 2 kopya - taşıyıcılık saptanmadı

Çiftlerden yalnızca birinin taşıyıcı olması durumunda çocuklarda SMA
görülme riski oldukça düşüktür. Bununla birlikte Emine Hanım'ın
kardeşlerinin de taramadan geçmesi önerilir.

Sonuçları ayrıntılı konuşmak ve sorularınızı yanıtlamak için genetik
danışmanlık randevunuz oluşturulmuştur:

  27.02.2025 Perşembe, 10:30
  Tıbbi Genetik Polikliniği, C Blok zemin kat

Saygılarımızla,
Doç. Dr. Nilgün Arslanoğlu
Tıbbi Genetik Polikliniği
Tel: 0312 555 01 36
"""
add('restricted', 'sma-tasiyicilik-taramasi-genetik-danismanlik',
    'tr genetics clinic to named couple with national IDs: SMA carrier-screening result and genetic-counselling appointment (genetic)',
    frm=('Tıbbi Genetik Polikliniği', 'genetik@sehir-hastanesi.example.tr.test'),
    to=[('Emine Demir', 'emine.demir@posta.example.tr.test'), ('Hasan Demir', 'hasan.demir@posta.example.tr.test')],
    subject='SMA taşıyıcılık taraması sonucu',
    date='2025-02-20 15:30', tz='+0300', hcs='iso-8859-9', hmode='B',
    body=Text(_t, 'iso-8859-9', 'base64'))

_t = """Sayın KEMAL YILDIZ,

Araç muayene randevunuz oluşturulmuştur.

  Randevu No:    TM-2025-04-7781923
  Plaka:         06 ABC 123
  İstasyon:      Yenikent Araç Muayene İstasyonu
  Tarih/Saat:    14.04.2025 Pazartesi 11:40
  Muayene türü:  Periyodik muayene (otomobil)

Muayeneye gelirken araç ruhsatını, zorunlu trafik sigortası poliçenizi ve
kimliğinizi yanınızda bulundurunuz. Randevu saatinden 15 dakika önce
istasyonda olunuz. Ağır kusur tespit edilmesi halinde aracınız için 1 ay
içinde yeniden muayene randevusu almanız gerekir.

Randevunuzu iptal etmek için: 0850 555 01 18

İyi yolculuklar dileriz.
"""
add('none', 'trap-arac-muayene-randevusu',
    'tr vehicle-inspection ("muayene") appointment confirmation; looks like a medical appointment but concerns a car',
    frm=('Araç Muayene Randevu', 'randevu@arac-muayene.example.tr.test'),
    to=[('Kemal Yıldız', 'kemal.yildiz@posta.example.tr.test')],
    subject='Muayene randevunuz oluşturuldu - 14.04.2025',
    date='2025-04-01 19:22', tz='+0300', hcs='windows-1254', hmode='Q',
    body=Text(_t, 'windows-1254', 'quoted-printable'))

# ===================================================================== MIXED

_t = """Riverbend Family Medicine - Patient Portal
New patient message for: Care Team Blue (Dr. Okafor)

Patient:   MONTES, ROSA ELVIRA
MRN:       00731958        DOB: 02/14/1961
Preferred language: Spanish - interpreter needed
Category:  Medical question (non-urgent)
Received:  03/11/2025 4:52 PM

Subject: dolor de rodilla

Message:
Buenas tardes doctora, desde que me caí en la escalera el sábado tengo la
rodilla izquierda hinchada y no puedo doblarla bien. Estoy tomando
ibuprofeno de 400 cada 8 horas pero casi no me hace nada, y anoche no pude
dormir del dolor. ¿Me pueden dar cita esta semana o mejor voy a urgencias?
La presión la tengo controlada con mi losartán. Gracias, Rosa

----------------------------------------------------------------------
Triage note (MA, 03/12 8:10 AM): pt called back via Spanish interpreter
line (ID 22817). Fall 3/8, L knee swelling, able to bear wt w/ pain, no
numbness/tingling. Sched acute visit 3/12 11:20 AM w/ Dr. Okafor, XR L knee
ordered per standing order. Advised ice/elevate, cont ibuprofen w/ food.
-- D. Huang, MA

This message was generated by the patient portal. Reply within the EHR;
do not forward outside the organization.
"""
add('phi', 'portal-message-dolor-rodilla-triage',
    'en/es portal notification: named patient with MRN and DOB, Spanish note about knee injury and ibuprofen, English triage note',
    frm=('Riverbend Patient Portal', 'portal-noreply@riverbend-fm.example.com'),
    to=[('Care Team Blue', 'careteam-blue@riverbend-fm.example.com')],
    subject='New portal message from MONTES, ROSA ELVIRA (MRN 00731958)',
    date='2025-03-12 08:14', tz='-0700', hcs='utf-8', hmode='Q',
    body=Multi('alternative', [
        Text(_t, 'utf-8', 'quoted-printable'),
        Text(html_wrap('<pre>' + esc(_t) + '</pre>', 'en', 'utf-8', 'Portal message'), 'utf-8', 'quoted-printable', 'html')]))

_json = """{
  "resourceType": "CapabilityStatement",
  "id": "riverbend-sandbox-r4",
  "status": "active",
  "date": "2025-03-10",
  "publisher": "Riverbend Health IT (sandbox)",
  "kind": "instance",
  "implementation": {
    "description": "Riverbend FHIR sandbox - synthetic data only",
    "url": "https://fhir-sandbox.riverbend.example.com/r4"
  },
  "fhirVersion": "4.0.1",
  "format": ["json", "xml"],
  "rest": [{
    "mode": "server",
    "security": {
      "service": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/restful-security-service", "code": "SMART-on-FHIR"}]}],
      "description": "SMART backend services (client_credentials, private_key_jwt)"
    },
    "resource": [
      {"type": "Patient",
       "interaction": [{"code": "read"}, {"code": "search-type"}],
       "searchParam": [
         {"name": "identifier", "type": "token", "documentation": "e.g. urn:oid:2.16.840.1.113883.3.9999|<mrn>"},
         {"name": "birthdate", "type": "date"},
         {"name": "family", "type": "string"}]},
      {"type": "Encounter", "interaction": [{"code": "read"}, {"code": "search-type"}]},
      {"type": "Observation",
       "interaction": [{"code": "read"}, {"code": "search-type"}],
       "searchParam": [{"name": "code", "type": "token"}, {"name": "patient", "type": "reference"}]},
      {"type": "DocumentReference", "interaction": [{"code": "read"}, {"code": "create"}]}
    ]
  }]
}
"""
_t = """Hi Sergio / Hola Sergio,

As discussed, attached is our FHIR R4 CapabilityStatement for the sandbox
(/r4/metadata). Supported: Patient (read, search by identifier),
Encounter, Observation, DocumentReference; SMART backend services auth.

En español para tu equipo: adjunto el CapabilityStatement del sandbox. En el
sandbox solo hay pacientes sintéticos; el identificador "mrn" del sistema
urn:oid:2.16.840.1.113883.3.9999 se acepta en búsquedas del tipo
Patient?identifier=... Las pruebas de carga las hacemos el martes 18 a las
10:00 (hora de Lima).

Saludos,
Priya Raman
Integration Engineer, Riverbend Health IT
+1 503-555-0121
"""
add('none', 'trap-fhir-capabilitystatement-sandbox',
    'en/es integration mail with a FHIR CapabilityStatement (Patient search params, mrn identifier) for a synthetic sandbox; no patient',
    frm=('Priya Raman', 'priya.raman@riverbend-fm.example.com'),
    to=[('Sergio Quispe', 'squispe@interop-andes.example.pe.test')],
    subject='FHIR sandbox CapabilityStatement / pruebas de carga',
    date='2025-03-11 09:40', tz='-0700', hcs='utf-8', hmode='Q',
    body=Multi('mixed', [Text(_t, 'utf-8', 'quoted-printable'),
                         Bin(_json.encode('utf-8'), 'application/fhir+json; charset="utf-8"',
                             'CapabilityStatement-riverbend-sandbox.json')]))


# ======================================================== write + validate --

_B64_RE = re.compile(r'^[A-Za-z0-9+/]*={0,2}$')
_QP_RE = re.compile(r'^(?:[\x21-\x3c\x3e-\x7e\t ]|=[0-9A-F]{2})*=?$')


def _check_transfer(part, errs, where):
    cte = part.get('Content-Transfer-Encoding', '7bit').strip().lower()
    if part.is_multipart():
        return
    raw = part.get_payload(decode=False)
    if isinstance(raw, list):
        return
    lines = raw.replace('\r\n', '\n').rstrip('\n').split('\n')
    if cte == 'base64':
        for l in lines:
            if len(l) > 76 or not _B64_RE.match(l):
                errs.append('%s: bad base64 line %r' % (where, l[:40]))
                break
        try:
            base64.b64decode(''.join(lines), validate=True)
        except binascii.Error as e:
            errs.append('%s: base64 %s' % (where, e))
    elif cte == 'quoted-printable':
        for l in lines:
            if len(l) > 76 or not _QP_RE.match(l) or l.endswith((' ', '\t')):
                errs.append('%s: bad QP line %r' % (where, l[:60]))
                break
    elif cte == '7bit':
        if any(ord(c) > 127 for c in raw):
            errs.append('%s: 8-bit data in 7bit part' % where)
    if any(len(l) > 998 for l in lines):
        errs.append('%s: line longer than 998' % where)


def validate(path, kw, texts):
    errs = []
    with open(path, 'rb') as fh:
        data = fh.read()
    if len(data) >= 200 * 1024:
        errs.append('too large')
    if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
        errs.append('bare LF or CR')
    head = data.split(b'\r\n\r\n', 1)[0]
    for l in head.split(b'\r\n'):
        if any(b > 127 for b in l):
            errs.append('non-ASCII header byte')
        if len(l) > 998:
            errs.append('header line > 998')
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[h] is None:
            errs.append('missing ' + h)
    for h, v in msg.items():
        if getattr(v, 'defects', None):
            errs.append('header %s defects %r' % (h, v.defects))
    if str(msg['Subject']) != kw['subject']:
        errs.append('subject round-trip %r != %r' % (str(msg['Subject']), kw['subject']))
    frm = kw['frm']
    if isinstance(frm, tuple):
        a = msg['From'].addresses[0]
        if a.display_name != frm[0] or a.addr_spec != frm[1]:
            errs.append('From round-trip %r' % (a,))
    for a, want in zip(msg['To'].addresses, kw['to']):
        if isinstance(want, tuple) and (a.display_name != want[0] or a.addr_spec != want[1]):
            errs.append('To round-trip %r' % (a,))
    decoded = []
    for n, part in enumerate(msg.walk()):
        where = 'part %d %s' % (n, part.get_content_type())
        if part.defects:
            errs.append('%s defects %r' % (where, part.defects))
        _check_transfer(part, errs, where)
        if part.is_multipart():
            continue
        try:
            part.get_content()
        except Exception as e:                       # noqa: BLE001
            errs.append('%s get_content: %s' % (where, e))
        payload = part.get_payload(decode=True)
        if payload is None:
            errs.append('%s: no payload' % where)
            continue
        if part.get_content_maintype() == 'text':
            cs = part.get_content_charset()
            if not cs:
                errs.append('%s: no charset' % where)
                continue
            try:
                t = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append('%s: charset %s: %s' % (where, cs, e))
                continue
            if '\ufffd' in t:
                errs.append('%s: replacement char' % where)
            decoded.append(t.replace('\r\n', '\n'))
        if part.get_filename() is None and part.get('Content-Disposition', '').startswith('attachment'):
            errs.append('%s: attachment without decodable filename' % where)
    for t in texts:
        if t.replace('\r\n', '\n') not in decoded:
            errs.append('a text part did not round-trip')
    return errs



def main():
    for lab in LABELS:
        d = os.path.join(HERE, lab)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith(PREFIX + '-') and f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    rows, problems = [], 0
    seen = set()
    orig_render = Text.render
    for i, m in enumerate(MSGS, 1):
        fname = '%s-%03d-%s.eml' % (PREFIX, i, m['slug'])
        assert m['slug'] not in seen, m['slug']
        seen.add(m['slug'])
        texts = []

        def rec(self, tag, _o=orig_render, _t=texts):
            _t.append(self.text)
            return _o(self, tag)
        Text.render = rec
        try:
            data = message(tag=fname, **m['kw'])
        except Exception as e:                       # noqa: BLE001
            problems += 1
            print('BUILD FAIL %s: %s: %s' % (fname, type(e).__name__, e))
            continue
        finally:
            Text.render = orig_render
        path = os.path.join(HERE, m['label'], fname)
        with open(path, 'wb') as fh:
            fh.write(data)
        errs = validate(path, m['kw'], texts)
        if errs:
            problems += 1
            print('FAIL %s/%s' % (m['label'], fname))
            for e in errs:
                print('    ' + e)
        rows.append('%s/%s\t%s\t%s' % (m['label'], fname, m['label'], m['reason']))
    with open(os.path.join(HERE, 'labels-%s.tsv' % PREFIX), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    counts = {lab: sum(1 for m in MSGS if m['label'] == lab) for lab in LABELS}
    traps = sum(1 for m in MSGS if m['slug'].startswith('trap-'))
    print('wrote %d messages: %s, traps=%d, failures=%d' % (len(MSGS), counts, traps, problems))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
