"""java.util.Formatter as String.format and PrintStream.printf use it
(JDK 17 semantics, Locale.US): %b %h %s %c %d %o %x %e %f %g %a %n %%,
with argument indices (n$, <), flags (- # + space 0 , (), width and
precision.  Floating-point conversions start from FloatingDecimal's
digits (parley.interop.format) and round them half-up, as JDK 17's
FormattedFloatingDecimal does.  Date/time conversions (%t) and BigInteger/
BigDecimal arguments are not supported."""
from rpython.rlib.rfloat import isnan, isinf
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float, W_String,
                                  W_Instance, W_RefArray)
from parley.interop.core import call_tostring, call_hashcode
from parley.interop.errors import GuestException
from parley.interop.format import (java_decimal, double_bits, bits_to_double)
from parley.interop.native import add_native
from parley.jvm.corelib import _class, STATIC, print_stream, _by_name, _emit
from parley.jvm.lang.util import throw, utf8, sval, code_point_to_unicode
from parley.jvm.lang import text
from parley.jvm.lang import boxes

LEFT = 1
UPPER = 2
ALT = 4
PLUS = 8
SPACE = 16
ZERO = 32
GROUP = 64
PAREN = 128
PREV = 256

FLAG_CHARS = u'-#+ 0,(<'
FLAG_BITS = [LEFT, ALT, PLUS, SPACE, ZERO, GROUP, PAREN, PREV]


def flags_to_str(f):
    out = []
    if f & LEFT:
        out.append('-')
    if f & UPPER:
        out.append('^')
    if f & ALT:
        out.append('#')
    if f & PLUS:
        out.append('+')
    if f & SPACE:
        out.append(' ')
    if f & ZERO:
        out.append('0')
    if f & GROUP:
        out.append(',')
    if f & PAREN:
        out.append('(')
    if f & PREV:
        out.append('<')
    return ''.join(out)


# ---- the exceptions (java.util) ------------------------------------------------------

def _exc_class(name, sup):
    cls = _class(name, sup)
    cls.is_throwable = True
    return cls


_iae = _by_name['java.lang.IllegalArgumentException']
illegal_format_class = _exc_class('java.util.IllegalFormatException', _iae)
for _n in ['UnknownFormatConversionException', 'MissingFormatArgumentException',
           'IllegalFormatConversionException',
           'FormatFlagsConversionMismatchException',
           'IllegalFormatPrecisionException', 'MissingFormatWidthException',
           'IllegalFormatFlagsException', 'DuplicateFormatFlagsException',
           'IllegalFormatCodePointException', 'IllegalFormatWidthException',
           'IllegalFormatArgumentIndexException', 'UnknownFormatFlagsException']:
    _exc_class('java.util.' + _n, illegal_format_class)
_exc_class('java.util.regex.PatternSyntaxException', _iae)


def _fmt_error(name, msg):
    return throw('java/util/' + name, msg)


def unknown_conversion(s):
    return _fmt_error('UnknownFormatConversionException',
                      "Conversion = '%s'" % utf8(s))


# ---- parsing ----------------------------------------------------------------------------

class Spec(object):
    def __init__(self):
        self.fixed = None       # unicode: fixed text
        self.index = 0          # -2 text, -1 previous, 0 ordinary, n explicit
        self.flags = 0
        self.width = -1
        self.precision = -1
        self.conv = u's'
        self.dt = False

    def to_str(self):
        """FormatSpecifier.toString (for exception messages)."""
        out = ['%', flags_to_str(self.flags & ~UPPER)]
        if self.index > 0:
            out.append(str(self.index))
            out.append('$')
        if self.width != -1:
            out.append(str(self.width))
        if self.precision != -1:
            out.append('.')
            out.append(str(self.precision))
        if self.dt:
            out.append('T' if self.flags & UPPER else 't')
        c = self.conv
        if self.flags & UPPER:
            c = text.to_upper(c)
        out.append(utf8(c))
        return ''.join(out)


def _is_valid_conv(c):
    return c in u'bBsShHcCdoxXeEgGfaAn%'


def _is_text_conv(c):
    return c == u'%' or c == u'n'


def _fixed(u):
    s = Spec()
    s.fixed = u
    s.index = -2
    return s


def _digits_end(fmt, i):
    n = len(fmt)
    while i < n and u'0' <= fmt[i] <= u'9':
        i += 1
    return i


def _parse_int(fmt, start, end):
    """Integer.parseInt of fmt[start:end], or -1 on overflow."""
    v = 0
    for i in range(start, end):
        v = v * 10 + ord(fmt[i]) - 48
        if v > 2147483647:
            return -1
    return v


def parse(fmt):
    specs = []
    i = 0
    n = len(fmt)
    while i < n:
        assert i >= 0
        k = fmt.find(u'%', i, n)
        if k < 0:
            specs.append(_fixed(fmt[i:n]))
            break
        if k != i:
            assert k > i >= 0
            specs.append(_fixed(fmt[i:k]))
        i = k + 1
        if i >= n:
            raise unknown_conversion(u'%')
        c = fmt[i]
        if _is_valid_conv(c):
            s = Spec()
            s.conv = c
            if u'A' <= c <= u'Z':
                s.flags = UPPER
                s.conv = unichr(ord(c) + 32)
            if _is_text_conv(c):
                s.index = -2
            specs.append(s)
            i += 1
        else:
            i = _parse_full(fmt, k, specs)
    return specs


def _parse_full(fmt, start, specs):
    n = len(fmt)
    first = fmt[start + 1]
    p = start + 1
    # (\d+\$)?
    idx_start = -1
    idx_end = -1
    q = _digits_end(fmt, p)
    if q > p and q < n and fmt[q] == u'$':
        idx_start = p
        idx_end = q
        p = q + 1
    # flags
    fl_start = p
    while p < n and FLAG_CHARS.find(fmt[p]) >= 0:
        p += 1
    fl_end = p
    # width
    w_start = p
    p = _digits_end(fmt, p)
    w_end = p
    # precision
    pr_start = -1
    pr_end = -1
    if p < n and fmt[p] == u'.':
        q = _digits_end(fmt, p + 1)
        if q > p + 1:
            pr_start = p + 1
            pr_end = q
            p = q
    dt = False
    if p < n and (fmt[p] == u't' or fmt[p] == u'T'):
        dt = True
        p += 1
    if p >= n or not (u'a' <= fmt[p] <= u'z' or u'A' <= fmt[p] <= u'Z' or
                      fmt[p] == u'%'):
        raise unknown_conversion(first)
    s = Spec()
    if idx_start >= 0:
        v = _parse_int(fmt, idx_start, idx_end)
        if v <= 0:
            raise _fmt_error('IllegalFormatArgumentIndexException',
                             'Illegal format argument index = %d' % v)
        s.index = v
    for j in range(fl_start, fl_end):
        bit = FLAG_BITS[FLAG_CHARS.find(fmt[j])]
        if s.flags & bit:
            raise _fmt_error('DuplicateFormatFlagsException',
                             "Flags = '%s'" % flags_to_str(bit))
        s.flags |= bit
    if s.flags & PREV:
        s.index = -1
    if w_end > w_start:
        v = _parse_int(fmt, w_start, w_end)
        if v < 0:
            raise _fmt_error('IllegalFormatWidthException', '-2147483648')
        s.width = v
    if pr_start >= 0:
        v = _parse_int(fmt, pr_start, pr_end)
        if v < 0:
            raise _fmt_error('IllegalFormatPrecisionException', '-2147483648')
        s.precision = v
    c = fmt[p]
    s.dt = dt
    if dt:
        if c == u'T' or fmt[p - 1] == u'T':
            s.flags |= UPPER
        raise unknown_conversion(u't' + c)
    if not _is_valid_conv(c):
        raise unknown_conversion(c)
    if u'A' <= c <= u'Z':
        s.flags |= UPPER
        c = unichr(ord(c) + 32)
    s.conv = c
    if _is_text_conv(c):
        s.index = -2
    _check(s)
    specs.append(s)
    return p + 1


def _mismatch(flag, c):
    return _fmt_error('FormatFlagsConversionMismatchException',
                      'Conversion = %s, Flags = %s' % (utf8(c), flags_to_str(flag)))


def _check_bad_flags(s, bad):
    for bit in [LEFT, UPPER, ALT, PLUS, SPACE, ZERO, GROUP, PAREN]:
        if bad & bit and s.flags & bit:
            raise _mismatch(bit, s.conv)


def _check_bad_flags_ordered(s, order):
    for bit in order:
        if s.flags & bit:
            raise _mismatch(bit, s.conv)


def _missing_width(s):
    return _fmt_error('MissingFormatWidthException', s.to_str())


def _check(s):
    c = s.conv
    if c in u'bhs':
        if (c == u'b' or c == u'h') and s.flags & ALT:
            raise _mismatch(ALT, c)
        if s.width == -1 and s.flags & LEFT:
            raise _missing_width(s)
        _check_bad_flags_ordered(s, [PLUS, SPACE, ZERO, GROUP, PAREN])
    elif c == u'c':
        if s.precision != -1:
            raise _fmt_error('IllegalFormatPrecisionException', str(s.precision))
        _check_bad_flags_ordered(s, [ALT, PLUS, SPACE, ZERO, GROUP, PAREN])
        if s.width == -1 and s.flags & LEFT:
            raise _missing_width(s)
    elif c in u'dox':
        _check_numeric(s)
        if s.precision != -1:
            raise _fmt_error('IllegalFormatPrecisionException', str(s.precision))
        if c == u'd':
            _check_bad_flags_ordered(s, [ALT])
        else:
            _check_bad_flags_ordered(s, [GROUP])
    elif c in u'efga':
        _check_numeric(s)
        if c == u'a':
            _check_bad_flags_ordered(s, [PAREN, GROUP])
        elif c == u'e':
            _check_bad_flags_ordered(s, [GROUP])
        elif c == u'g':
            _check_bad_flags_ordered(s, [ALT])
    else:
        if s.precision != -1:
            raise _fmt_error('IllegalFormatPrecisionException', str(s.precision))
        if c == u'%':
            if s.flags != LEFT and s.flags != 0:
                raise _fmt_error('IllegalFormatFlagsException',
                                 "Flags = '%s'" % flags_to_str(s.flags))
            if s.width == -1 and s.flags & LEFT:
                raise _missing_width(s)
        else:
            if s.width != -1:
                raise _fmt_error('IllegalFormatWidthException', str(s.width))
            if s.flags != 0:
                raise _fmt_error('IllegalFormatFlagsException',
                                 "Flags = '%s'" % flags_to_str(s.flags))


def _check_numeric(s):
    if s.width == -1 and (s.flags & LEFT or s.flags & ZERO):
        raise _missing_width(s)
    if (s.flags & PLUS and s.flags & SPACE) or (s.flags & LEFT and s.flags & ZERO):
        raise _fmt_error('IllegalFormatFlagsException',
                         "Flags = '%s'" % flags_to_str(s.flags))


# ---- printing -------------------------------------------------------------------------------

class Out(object):
    def __init__(self):
        self.parts = []

    def append(self, u):
        self.parts.append(u)

    def build(self):
        return u''.join(self.parts)


def _justify(s, out, u):
    if s.width == -1:
        out.append(u)
        return
    pad = s.width - len(u)
    if s.flags & LEFT:
        out.append(u)
    if pad > 0:
        out.append(u' ' * pad)
    if not s.flags & LEFT:
        out.append(u)


def _print_text(s, out, u):
    p = s.precision
    if p != -1 and p < len(u):
        assert p >= 0
        u = u[0:p]
    if s.flags & UPPER:
        u = text.to_upper(u)
    _justify(s, out, u)


def _class_name(w):
    return w.getclass().name


def _fail_conversion(s, w):
    return _fmt_error('IllegalFormatConversionException',
                      '%s != %s' % (utf8(s.conv), _class_name(w)))


def _box_kind(w):
    """The box class of w, or None."""
    if isinstance(w, W_Instance):
        cls = w.klass
        if (cls is boxes.integer_class or cls is boxes.long_class or
                cls is boxes.short_class or cls is boxes.byte_class or
                cls is boxes.double_class or cls is boxes.float_class or
                cls is boxes.character_class or cls is boxes.boolean_class):
            return cls
    return None


def print_spec(s, out, w):
    c = s.conv
    if c == u'b':
        if w is None:
            _print_text(s, out, u'false')
        elif _box_kind(w) is boxes.boolean_class:
            v = boxes.value_of(w)
            assert isinstance(v, W_Int)
            _print_text(s, out, u'true' if v.intval else u'false')
        else:
            _print_text(s, out, u'true')
    elif c == u's':
        if s.flags & ALT:
            raise _mismatch(ALT, u's')
        if w is None:
            _print_text(s, out, u'null')
        else:
            _print_text(s, out, call_tostring(w))
    elif c == u'h':
        if w is None:
            _print_text(s, out, u'null')
        else:
            _print_text(s, out, boxes.unsigned_to_string(call_hashcode(w), 32, 16))
    elif c == u'c':
        _print_char(s, out, w)
    elif c == u'd' or c == u'o' or c == u'x':
        _print_integer(s, out, w)
    elif c == u'e' or c == u'f' or c == u'g' or c == u'a':
        _print_float(s, out, w)
    elif c == u'n':
        out.append(u'\n')
    elif c == u'%':
        _print_text(s, out, u'%')


def _print_char(s, out, w):
    if w is None:
        _print_text(s, out, u'null')
        return
    cls = _box_kind(w)
    if cls is boxes.character_class:
        v = boxes.value_of(w)
        assert isinstance(v, W_Int)
        _print_text(s, out, unichr(v.intval))
        return
    if cls is boxes.byte_class or cls is boxes.short_class or \
            cls is boxes.integer_class:
        v = boxes.value_of(w)
        assert isinstance(v, W_Int)
        i = v.intval
        if 0 <= i <= 0x10ffff:
            _print_text(s, out, code_point_to_unicode(i))
            return
        raise _fmt_error('IllegalFormatCodePointException',
                         'Code point = 0x%s'
                         % utf8(boxes.unsigned_to_string(i, 32, 16)))
    raise _fail_conversion(s, w)


def _leading_sign(s, sb, neg):
    if not neg:
        if s.flags & PLUS:
            sb.append(u'+')
        elif s.flags & SPACE:
            sb.append(u' ')
    else:
        if s.flags & PAREN:
            sb.append(u'(')
        else:
            sb.append(u'-')


def _trailing_sign(s, sb, neg):
    if neg and s.flags & PAREN:
        sb.append(u')')


def _adjust_width(s, width, neg):
    if width != -1 and neg and s.flags & PAREN:
        return width - 1
    return width


def _localized_magnitude(s, sb, value, offset, width):
    """sb is a list of unichars; value the digits (maybe with one '.')."""
    begin = len(sb)
    n = len(value)
    dot = n
    for j in range(offset, n):
        if value[j] == u'.':
            dot = j
            break
    group = s.flags & GROUP != 0
    for j in range(offset, n):
        if j == dot:
            sb.append(u'.')
            group = False
            continue
        sb.append(value[j])
        if group and j != dot - 1 and (dot - j) % 3 == 1:
            sb.append(u',')
    if width > len(sb) and s.flags & ZERO:
        zeros = [u'0'] * (width - len(sb))
        tail = sb[begin:]
        del sb[begin:]
        sb.extend(zeros)
        sb.extend(tail)


def _append_chars(sb, u):
    for c in u:
        sb.append(c)


def _print_integer(s, out, w):
    if w is None:
        _print_text(s, out, u'null')
        return
    cls = _box_kind(w)
    bits = 0
    v = 0
    if cls is boxes.integer_class:
        bits = 32
    elif cls is boxes.long_class:
        bits = 64
    elif cls is boxes.short_class:
        bits = 16
    elif cls is boxes.byte_class:
        bits = 8
    else:
        raise _fail_conversion(s, w)
    wv = boxes.value_of(w)
    if isinstance(wv, W_Long):
        v = wv.longval
    else:
        assert isinstance(wv, W_Int)
        v = wv.intval
    c = s.conv
    sb = []
    if c == u'd':
        neg = v < 0
        digits = unicode(str(v))
        _leading_sign(s, sb, neg)
        _localized_magnitude(s, sb, digits, 1 if neg else 0,
                             _adjust_width(s, s.width, neg))
        _trailing_sign(s, sb, neg)
    else:
        if bits < 64 and v < 0:
            v += 1 << bits
        _check_bad_flags_ordered(s, [PAREN, SPACE, PLUS])
        if c == u'o':
            digits = boxes.unsigned_to_string(v, 64, 8)
            length = len(digits) + (1 if s.flags & ALT else 0)
            if s.flags & ALT:
                sb.append(u'0')
        else:
            digits = boxes.unsigned_to_string(v, 64, 16)
            length = len(digits) + (2 if s.flags & ALT else 0)
            if s.flags & ALT:
                _append_chars(sb, u'0X' if s.flags & UPPER else u'0x')
        if s.flags & ZERO:
            for k in range(s.width - length):
                sb.append(u'0')
        if c == u'x' and s.flags & UPPER:
            digits = text.to_upper(digits)
        _append_chars(sb, digits)
    _justify(s, out, u''.join(sb))


def _print_float(s, out, w):
    if w is None:
        _print_text(s, out, u'null')
        return
    cls = _box_kind(w)
    if cls is not boxes.double_class and cls is not boxes.float_class:
        raise _fail_conversion(s, w)
    wv = boxes.value_of(w)
    if isinstance(wv, W_Double):
        value = wv.floatval
    else:
        assert isinstance(wv, W_Float)
        value = wv.floatval
    sb = []
    neg = boxes.double_compare(value, 0.0) == -1
    if not isnan(value):
        v = abs(value)
        _leading_sign(s, sb, neg)
        if not isinf(v):
            _print_finite(s, sb, v, neg)
        else:
            _append_chars(sb, u'INFINITY' if s.flags & UPPER else u'Infinity')
        _trailing_sign(s, sb, neg)
    else:
        _append_chars(sb, u'NAN' if s.flags & UPPER else u'NaN')
    _justify(s, out, u''.join(sb))


def _add_zeros(mant, prec):
    """Formatter.addZeros on a list of unichars."""
    n = len(mant)
    i = 0
    while i < n and mant[i] != u'.':
        i += 1
    need_dot = i == n
    out_prec = n - i - (0 if need_dot else 1)
    if out_prec == prec:
        return
    if need_dot:
        mant.append(u'.')
    for k in range(prec - out_prec):
        mant.append(u'0')


FORM_SCIENTIFIC = 0
FORM_DECIMAL = 1
FORM_GENERAL = 2


class FFD(object):
    """JDK 17's FormattedFloatingDecimal."""
    def __init__(self):
        self.mantissa = []
        self.exponent = None
        self.exp_rounded = 0


def _apply_precision(dec_exp, digits, prec):
    n = len(digits)
    if prec >= n or prec < 0:
        return dec_exp
    if prec == 0:
        if digits[0] >= 5:
            digits[0] = 1
            for k in range(1, n):
                digits[k] = 0
            return dec_exp + 1
        for k in range(n):
            digits[k] = 0
        return dec_exp
    q = digits[prec]
    if q >= 5:
        i = prec - 1
        q = digits[i]
        if q == 9:
            while q == 9 and i > 0:
                i -= 1
                q = digits[i]
            if q == 9:
                digits[0] = 1
                for k in range(1, n):
                    digits[k] = 0
                return dec_exp + 1
        digits[i] = q + 1
        for k in range(i + 1, n):
            digits[k] = 0
    else:
        for k in range(prec, n):
            digits[k] = 0
    return dec_exp


def _dc(d):
    return unichr(48 + d)


def _fill_decimal(ffd, precision, digits, exp):
    n = len(digits)
    m = ffd.mantissa
    if exp > 0:
        if n < exp:
            for k in range(n):
                m.append(_dc(digits[k]))
            for k in range(exp - n):
                m.append(u'0')
        else:
            t = n - exp
            if precision < t:
                t = precision
            for k in range(exp):
                m.append(_dc(digits[k]))
            if t > 0:
                m.append(u'.')
                for k in range(exp, exp + t):
                    m.append(_dc(digits[k]))
    else:
        zeros = -exp
        if precision < zeros:
            zeros = precision
        if zeros < 0:
            zeros = 0
        t = precision + exp
        if n < t:
            t = n
        if t < 0:
            t = 0
        if zeros > 0 or t > 0:
            m.append(u'0')
            m.append(u'.')
            for k in range(zeros):
                m.append(u'0')
            for k in range(t):
                m.append(_dc(digits[k]))
        else:
            m.append(u'0')


def _fill_scientific(ffd, precision, digits, exp):
    n = len(digits)
    m = ffd.mantissa
    t = n - 1
    if precision < t:
        t = precision
    if t < 0:
        t = 0
    m.append(_dc(digits[0]))
    if t > 0:
        m.append(u'.')
        for k in range(1, 1 + t):
            m.append(_dc(digits[k]))
    if exp <= 0:
        sign = u'-'
        e = -exp + 1
    else:
        sign = u'+'
        e = exp - 1
    if e <= 9:
        ffd.exponent = sign + u'0' + unicode(str(e))
    else:
        ffd.exponent = sign + unicode(str(e))


def formatted_decimal(value, precision, form):
    dec = java_decimal(value, False)
    digits = [0] * len(dec.digits)
    for k in range(len(dec.digits)):
        digits[k] = dec.digits[k]
    dec_exp = dec.dec_exp
    ffd = FFD()
    if form == FORM_DECIMAL:
        exp = _apply_precision(dec_exp, digits, dec_exp + precision)
        _fill_decimal(ffd, precision, digits, exp)
        ffd.exp_rounded = exp
    elif form == FORM_SCIENTIFIC:
        exp = _apply_precision(dec_exp, digits, precision + 1)
        _fill_scientific(ffd, precision, digits, exp)
        ffd.exp_rounded = exp
    else:
        exp = _apply_precision(dec_exp, digits, precision)
        if exp - 1 < -4 or exp - 1 >= precision:
            _fill_scientific(ffd, precision - 1, digits, exp)
        else:
            _fill_decimal(ffd, precision - exp, digits, exp)
        ffd.exp_rounded = exp
    return ffd


def _print_finite(s, sb, value, neg):
    c = s.conv
    if c == u'e':
        prec = 6 if s.precision == -1 else s.precision
        ffd = formatted_decimal(value, prec, FORM_SCIENTIFIC)
        mant = ffd.mantissa
        _add_zeros(mant, prec)
        if s.flags & ALT and prec == 0:
            mant.append(u'.')
        exp = ffd.exponent
        if value == 0.0 or exp is None:
            exp = u'+00'
        new_w = s.width
        if s.width != -1:
            new_w = _adjust_width(s, s.width - len(exp) - 1, neg)
        _localized_magnitude(s, sb, u''.join(mant), 0, new_w)
        sb.append(u'E' if s.flags & UPPER else u'e')
        _append_chars(sb, exp)
    elif c == u'f':
        prec = 6 if s.precision == -1 else s.precision
        ffd = formatted_decimal(value, prec, FORM_DECIMAL)
        mant = ffd.mantissa
        _add_zeros(mant, prec)
        if s.flags & ALT and prec == 0:
            mant.append(u'.')
        new_w = s.width
        if s.width != -1:
            new_w = _adjust_width(s, s.width, neg)
        _localized_magnitude(s, sb, u''.join(mant), 0, new_w)
    elif c == u'g':
        prec = s.precision
        if prec == -1:
            prec = 6
        elif prec == 0:
            prec = 1
        exp = None
        if value == 0.0:
            mant = [u'0']
            exp_rounded = 0
        else:
            ffd = formatted_decimal(value, prec, FORM_GENERAL)
            exp = ffd.exponent
            mant = ffd.mantissa
            exp_rounded = ffd.exp_rounded - 1
        if exp is not None:
            prec -= 1
        else:
            prec -= exp_rounded + 1
        _add_zeros(mant, prec)
        if s.flags & ALT and prec == 0:
            mant.append(u'.')
        new_w = s.width
        if s.width != -1:
            if exp is not None:
                new_w = _adjust_width(s, s.width - len(exp) - 1, neg)
            else:
                new_w = _adjust_width(s, s.width, neg)
        _localized_magnitude(s, sb, u''.join(mant), 0, new_w)
        if exp is not None:
            sb.append(u'E' if s.flags & UPPER else u'e')
            _append_chars(sb, exp)
    else:
        _print_hex_float(s, sb, value, neg)


def _print_hex_float(s, sb, value, neg):
    prec = s.precision
    if prec == -1:
        prec = 0
    elif prec == 0:
        prec = 1
    h = _hex_double(value, prec)
    upper = s.flags & UPPER != 0
    _append_chars(sb, u'0X' if upper else u'0x')
    if s.flags & ZERO:
        lead = 2
        if s.flags & SPACE or s.flags & PLUS or neg:
            lead = 3
        for k in range(s.width - len(h) - lead):
            sb.append(u'0')
    idx = h.find(u'p')
    assert idx >= 0
    mant = h[0:idx]
    if upper:
        mant = text.to_upper(mant)
    va = []
    _append_chars(va, mant)
    if prec != 0:
        _add_zeros(va, prec)
    sb.extend(va)
    sb.append(u'P' if upper else u'p')
    _append_chars(sb, h[idx + 1:])


def _hex_double(d, prec):
    """Formatter.hexDouble (d >= 0): the text after "0x"."""
    if isinf(d) or isnan(d) or d == 0.0 or prec == 0 or prec >= 13:
        u = boxes.double_to_hex_string(d)
        return u[2:]
    bits = double_bits(d)
    exponent = ((bits >> 52) & 0x7ff) - 1023
    subnormal = exponent == -1023
    if subnormal:
        d = d * 18014398509481984.0     # 2^54
        bits = double_bits(d)
    precision = 1 + prec * 4
    shift = 53 - precision
    doppel = bits
    new_signif = (doppel & 0x7fffffffffffffff) >> shift
    rounding = doppel & ~(-1 << shift)
    least_zero = new_signif & 1 == 0
    rnd = (1 << (shift - 1)) & rounding != 0
    sticky = shift > 1 and (~(1 << (shift - 1)) & rounding) != 0
    if (least_zero and rnd and sticky) or (not least_zero and rnd):
        new_signif += 1
    new_bits = new_signif << shift
    result = bits_to_double(new_bits)
    if isinf(result):
        return u'1.0p1024'
    res = boxes.double_to_hex_string(result)[2:]
    if not subnormal:
        return res
    idx = res.find(u'p')
    assert idx >= 0
    e = 0
    neg_e = False
    j = idx + 1
    if res[j] == u'-':
        neg_e = True
        j += 1
    while j < len(res):
        e = e * 10 + ord(res[j]) - 48
        j += 1
    if neg_e:
        e = -e
    return res[0:idx] + u'p' + unicode(str(e - 54))


# ---- the whole format ---------------------------------------------------------------------

def format_into(fmt, w_args, out):
    """Formatter.format(fmt, args): appends to `out`; a guest exception
    leaves the text produced so far in `out`."""
    specs = parse(fmt)
    args = None
    nargs = 0
    if w_args is not None:
        assert isinstance(w_args, W_RefArray)
        args = w_args.storage
        nargs = len(args)
    last = -1
    lasto = -1
    for s in specs:
        if s.fixed is not None:
            out.append(s.fixed)
            continue
        index = s.index
        if index == -2:
            print_spec(s, out, None)
            continue
        if index == -1:
            if last < 0 or (args is not None and last > nargs - 1):
                raise _fmt_error('MissingFormatArgumentException',
                                 "Format specifier '%s'" % s.to_str())
        elif index == 0:
            lasto += 1
            last = lasto
            if args is not None and lasto > nargs - 1:
                raise _fmt_error('MissingFormatArgumentException',
                                 "Format specifier '%s'" % s.to_str())
        else:
            last = index - 1
            if args is not None and last > nargs - 1:
                raise _fmt_error('MissingFormatArgumentException',
                                 "Format specifier '%s'" % s.to_str())
        w = None
        if args is not None:
            w = args[last]
        print_spec(s, out, w)


def format_to_unicode(fmt, w_args):
    out = Out()
    format_into(fmt, w_args, out)
    return out.build()


def _printf(args):
    fmt = sval(args[1])
    out = Out()
    try:
        format_into(fmt, args[2], out)
    except GuestException:
        _emit(args[0], out.build(), False)
        raise
    _emit(args[0], out.build(), False)
    return args[0]


def _printf_locale(args):
    return _printf([args[0], args[2], args[3]])


def _format_locale(args):
    return W_String(format_to_unicode(sval(args[1]), args[2]))


PS = 'Ljava/io/PrintStream;'
add_native(print_stream, 'printf', '(Ljava/lang/String;[Ljava/lang/Object;)' + PS,
           _printf)
add_native(print_stream, 'format', '(Ljava/lang/String;[Ljava/lang/Object;)' + PS,
           _printf)
add_native(print_stream, 'printf',
           '(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)' + PS,
           _printf_locale)
add_native(print_stream, 'format',
           '(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)' + PS,
           _printf_locale)
from parley.interop.core import string_class as _string_class
add_native(_string_class, 'format',
           '(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;',
           _format_locale, STATIC)
