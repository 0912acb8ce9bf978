"""Mono 6.8's number formatting (System.Number of its mscorlib, from
corefx 2.x), invariant culture: ToString(format) of the integral types,
Double and Single, standard formats (C D E F G N P R X, with precision)
and custom formats ("0.00", "#,##0", "0.###E+0", sections ';' ...).

A value is first turned into a Number: its decimal digits (most
significant first, no trailing terminator), the decimal exponent `scale`
(value = 0.d1d2d3... * 10^scale) and the sign.  A double gets exactly
`precision` (15 or 17; 7 or 9 for a float) digits from its exact decimal
expansion ("%.40e"), rounded half up on the next digit, as Mono's
DoubleToNumber does; an integer gets all its digits.  The formats then
round that digit string (RoundNumber: half away from zero) and lay it out.
"""
from rpython.rlib.rarithmetic import r_uint, intmask
from rpython.rlib.rfloat import formatd, isnan, isinf
from rpython.rlib.rstring import UnicodeBuilder
from parley.interop.format import double_bits

# invariant-culture NumberFormatInfo
NEGATIVE_SIGN = u'-'
POSITIVE_SIGN = u'+'
DECIMAL_SEPARATOR = u'.'
GROUP_SEPARATOR = u','
CURRENCY_SYMBOL = u'\u00a4'
PERCENT_SYMBOL = u'%'
PER_MILLE_SYMBOL = u'\u2030'
NAN_SYMBOL = u'NaN'
POSITIVE_INFINITY = u'Infinity'
NEGATIVE_INFINITY = u'-Infinity'
NUMBER_DECIMAL_DIGITS = 2
CURRENCY_DECIMAL_DIGITS = 2
PERCENT_DECIMAL_DIGITS = 2

DOUBLE_PRECISION = 15
FLOAT_PRECISION = 7
INT32_PRECISION = 10
INT64_PRECISION = 19
UINT64_PRECISION = 20


class BadFormat(Exception):
    """A standard format specifier the type does not support (the caller
    throws FormatException 'Format specifier was invalid.')."""


class Number(object):
    def __init__(self):
        self.digits = []        # '0'..'9' chars, most significant first
        self.scale = 0
        self.sign = False
        self.precision = 0


# ---- values to Numbers ------------------------------------------------------------

def double_to_number(x, precision):
    """Mono's Number.DoubleToNumber for a finite x."""
    n = Number()
    n.precision = precision
    n.sign = double_bits(x) < 0
    if double_bits(x) == 0:
        n.digits = ['0'] * precision
        return n
    buf = formatd(x, 'e', 40)
    epos = len(buf) - 1
    while epos > 0 and buf[epos] != 'e':
        epos -= 1
    i = epos + 1
    esign = 1
    if i < len(buf) and buf[i] == '-':
        esign = -1
        i += 1
    elif i < len(buf) and buf[i] == '+':
        i += 1
    exp = 0
    while i < len(buf):
        exp = exp * 10 + (ord(buf[i]) - ord('0'))
        i += 1
    exp *= esign
    n.scale = exp + 1
    digits = ['0'] * precision
    d = 0
    j = 0
    while d < precision and j < epos:
        c = buf[j]
        if '0' <= c <= '9':
            digits[d] = c
            d += 1
        j += 1
    n.digits = digits
    if j >= epos or buf[j] < '5':
        return n
    k = precision - 1
    while digits[k] == '9' and k > 0:
        digits[k] = '0'
        k -= 1
    if k == 0 and digits[k] == '9':
        digits[0] = '1'
        n.scale += 1
    else:
        digits[k] = chr(ord(digits[k]) + 1)
    return n


def number_to_double(n):
    from rpython.rlib.rfloat import rstring_to_float
    if len(n.digits) == 0:
        return 0.0
    s = '0.' + ''.join(n.digits) + 'e' + str(n.scale)
    try:
        v = rstring_to_float(s)
    except ValueError:
        return 0.0
    if n.sign:
        v = -v
    return v


def magnitude(v, unsigned):
    """|v| as an r_uint; with unsigned, v is the bit pattern of a UInt64."""
    if unsigned or v >= 0:
        return r_uint(v)
    return r_uint(0) - r_uint(v)


def udigits(u):
    """The decimal digits of an r_uint (none for 0)."""
    out = []
    while u != 0:
        out.append(chr(ord('0') + intmask(u % 10)))
        u = u // 10
    out.reverse()
    return out


def int_to_number(v, unsigned, precision):
    n = Number()
    n.precision = precision
    n.sign = not unsigned and v < 0
    n.digits = udigits(magnitude(v, unsigned))
    n.scale = len(n.digits)
    return n


# ---- format specifiers --------------------------------------------------------------

def _is_digit(c):
    return u'0' <= c <= u'9'


def parse_format_specifier(fmt):
    """(specifier char, precision digits or -1); specifier '\\0' means a
    custom format."""
    if fmt is None or len(fmt) == 0:
        return 'G', -1
    c = fmt[0]
    if (u'A' <= c <= u'Z') or (u'a' <= c <= u'z'):
        n = len(fmt)
        if n == 1:
            return chr(ord(c)), -1
        if n == 2:
            if _is_digit(fmt[1]):
                return chr(ord(c)), ord(fmt[1]) - 48
        elif n == 3:
            if _is_digit(fmt[1]) and _is_digit(fmt[2]):
                return chr(ord(c)), (ord(fmt[1]) - 48) * 10 + ord(fmt[2]) - 48
        d = 0
        i = 1
        while i < n and _is_digit(fmt[i]) and d < 10:
            d = d * 10 + ord(fmt[i]) - 48
            i += 1
        if i == n or fmt[i] == u'\0':
            return chr(ord(c)), d
    if c == u'\0':
        return 'G', -1
    return '\0', -1


# ---- RoundNumber and the standard layouts --------------------------------------------

def round_number(n, pos):
    dig = n.digits
    i = 0
    while i < pos and i < len(dig):
        i += 1
    if i == pos and i < len(dig) and dig[i] >= '5':
        while i > 0 and dig[i - 1] == '9':
            i -= 1
        if i > 0:
            dig[i - 1] = chr(ord(dig[i - 1]) + 1)
        else:
            n.scale += 1
            dig[0] = '1'
            i = 1
    else:
        while i > 0 and dig[i - 1] == '0':
            i -= 1
    if i == 0:
        n.scale = 0
        n.sign = False
    assert i >= 0
    n.digits = dig[:i]


def _append_digits_grouped(sb, digs, sep):
    """Integer digits with a separator every three from the right."""
    n = len(digs)
    for i in range(n):
        sb.append(unichr(ord(digs[i])))
        left = n - 1 - i
        if left > 0 and left % 3 == 0:
            sb.append(sep)


def format_fixed(sb, n, nmax, grouped, sdecimal, sgroup):
    digpos = n.scale
    dig = n.digits
    d = 0
    if digpos > 0:
        if grouped:
            ints = []
            for i in range(digpos):
                if i < len(dig):
                    ints.append(dig[i])
                else:
                    ints.append('0')
            _append_digits_grouped(sb, ints, sgroup)
            d = digpos if digpos < len(dig) else len(dig)
        else:
            while True:
                if d < len(dig):
                    sb.append(unichr(ord(dig[d])))
                    d += 1
                else:
                    sb.append(u'0')
                digpos -= 1
                if digpos <= 0:
                    break
    else:
        sb.append(u'0')
    if nmax > 0:
        sb.append(sdecimal)
        if digpos < 0:
            zeroes = -digpos
            if nmax < zeroes:
                zeroes = nmax
            sb.append_multiple_char(u'0', zeroes)
            digpos += zeroes
            nmax -= zeroes
        while nmax > 0:
            if d < len(dig):
                sb.append(unichr(ord(dig[d])))
                d += 1
            else:
                sb.append(u'0')
            nmax -= 1


def format_exponent(sb, value, expchar, min_digits, positive_sign):
    sb.append(expchar)
    if value < 0:
        sb.append(NEGATIVE_SIGN)
        value = -value
    elif positive_sign:
        sb.append(POSITIVE_SIGN)
    s = str(value)
    if len(s) < min_digits:
        sb.append_multiple_char(u'0', min_digits - len(s))
    sb.append(unicode(s))


def format_scientific(sb, n, nmax, expchar):
    dig = n.digits
    d = 0
    if d < len(dig):
        sb.append(unichr(ord(dig[d])))
        d += 1
    else:
        sb.append(u'0')
    if nmax != 1:
        sb.append(DECIMAL_SEPARATOR)
    nmax -= 1
    while nmax > 0:
        if d < len(dig):
            sb.append(unichr(ord(dig[d])))
            d += 1
        else:
            sb.append(u'0')
        nmax -= 1
    e = 0 if len(dig) == 0 else n.scale - 1
    format_exponent(sb, e, expchar, 3, True)


def format_general(sb, n, nmax, expchar, suppress_scientific):
    digpos = n.scale
    scientific = False
    if not suppress_scientific:
        if digpos > nmax or digpos < -3:
            digpos = 1
            scientific = True
    dig = n.digits
    d = 0
    if digpos > 0:
        while True:
            if d < len(dig):
                sb.append(unichr(ord(dig[d])))
                d += 1
            else:
                sb.append(u'0')
            digpos -= 1
            if digpos <= 0:
                break
    else:
        sb.append(u'0')
    if d < len(dig) or digpos < 0:
        sb.append(DECIMAL_SEPARATOR)
        while digpos < 0:
            sb.append(u'0')
            digpos += 1
        while d < len(dig):
            sb.append(unichr(ord(dig[d])))
            d += 1
    if scientific:
        format_exponent(sb, n.scale - 1, expchar, 2, True)


def number_to_string(sb, n, fmt, nmax):
    """Mono's Number.NumberToString: a standard format."""
    if fmt == 'C' or fmt == 'c':
        if nmax < 0:
            nmax = CURRENCY_DECIMAL_DIGITS
        round_number(n, n.scale + nmax)
        # invariant: positive "$#", negative "($#)"
        if n.sign:
            sb.append(u'(')
        sb.append(CURRENCY_SYMBOL)
        format_fixed(sb, n, nmax, True, DECIMAL_SEPARATOR, GROUP_SEPARATOR)
        if n.sign:
            sb.append(u')')
    elif fmt == 'F' or fmt == 'f':
        if nmax < 0:
            nmax = NUMBER_DECIMAL_DIGITS
        round_number(n, n.scale + nmax)
        if n.sign:
            sb.append(NEGATIVE_SIGN)
        format_fixed(sb, n, nmax, False, DECIMAL_SEPARATOR, GROUP_SEPARATOR)
    elif fmt == 'N' or fmt == 'n':
        if nmax < 0:
            nmax = NUMBER_DECIMAL_DIGITS
        round_number(n, n.scale + nmax)
        if n.sign:
            sb.append(NEGATIVE_SIGN)
        format_fixed(sb, n, nmax, True, DECIMAL_SEPARATOR, GROUP_SEPARATOR)
    elif fmt == 'E' or fmt == 'e':
        if nmax < 0:
            nmax = 6
        nmax += 1
        round_number(n, nmax)
        if n.sign:
            sb.append(NEGATIVE_SIGN)
        format_scientific(sb, n, nmax, unichr(ord(fmt)))
    elif fmt == 'G' or fmt == 'g':
        if nmax < 1:
            nmax = n.precision
        round_number(n, nmax)
        if n.sign:
            sb.append(NEGATIVE_SIGN)
        format_general(sb, n, nmax, unichr(ord(fmt) - 2), False)
    elif fmt == 'P' or fmt == 'p':
        if nmax < 0:
            nmax = PERCENT_DECIMAL_DIGITS
        n.scale += 2
        round_number(n, n.scale + nmax)
        # invariant: positive "# %", negative "-# %"
        if n.sign:
            sb.append(NEGATIVE_SIGN)
        format_fixed(sb, n, nmax, True, DECIMAL_SEPARATOR, GROUP_SEPARATOR)
        sb.append(u' ')
        sb.append(PERCENT_SYMBOL)
    else:
        raise BadFormat


# ---- custom formats -------------------------------------------------------------------

def find_section(fmt, section):
    if section == 0:
        return 0
    src = 0
    n = len(fmt)
    while True:
        if src >= n:
            return 0
        ch = fmt[src]
        src += 1
        if ch == u"'" or ch == u'"':
            while src < n and fmt[src] != u'\0':
                c2 = fmt[src]
                src += 1
                if c2 == ch:
                    break
        elif ch == u'\\':
            if src < n and fmt[src] != u'\0':
                src += 1
        elif ch == u';':
            section -= 1
            if section != 0:
                continue
            if src < n and fmt[src] != u'\0' and fmt[src] != u';':
                return src
            return 0
        elif ch == u'\0':
            return 0


def number_to_string_format(sb, n, fmt):
    """Mono's Number.NumberToStringFormat: a custom format."""
    flen = len(fmt)
    if len(n.digits) == 0:
        section = find_section(fmt, 2)
    elif n.sign:
        section = find_section(fmt, 1)
    else:
        section = find_section(fmt, 0)
    digit_count = 0
    decimal_pos = -1
    first_digit = 0x7FFFFFFF
    last_digit = 0
    scientific = False
    thousand_pos = -1
    thousand_count = 0
    thousand_seps = False
    scale_adjust = 0
    while True:
        digit_count = 0
        decimal_pos = -1
        first_digit = 0x7FFFFFFF
        last_digit = 0
        scientific = False
        thousand_pos = -1
        thousand_seps = False
        scale_adjust = 0
        src = section
        while src < flen:
            ch = fmt[src]
            src += 1
            if ch == u'\0' or ch == u';':
                break
            if ch == u'#':
                digit_count += 1
            elif ch == u'0':
                if first_digit == 0x7FFFFFFF:
                    first_digit = digit_count
                digit_count += 1
                last_digit = digit_count
            elif ch == u'.':
                if decimal_pos < 0:
                    decimal_pos = digit_count
            elif ch == u',':
                if digit_count > 0 and decimal_pos < 0:
                    if thousand_pos >= 0:
                        if thousand_pos == digit_count:
                            thousand_count += 1
                            continue
                        thousand_seps = True
                    thousand_pos = digit_count
                    thousand_count = 1
            elif ch == u'%':
                scale_adjust += 2
            elif ch == u'\u2030':
                scale_adjust += 3
            elif ch == u"'" or ch == u'"':
                while src < flen and fmt[src] != u'\0':
                    c2 = fmt[src]
                    src += 1
                    if c2 == ch:
                        break
            elif ch == u'\\':
                if src < flen and fmt[src] != u'\0':
                    src += 1
            elif ch == u'E' or ch == u'e':
                if (src < flen and fmt[src] == u'0') or \
                        (src + 1 < flen and (fmt[src] == u'+' or fmt[src] == u'-')
                         and fmt[src + 1] == u'0'):
                    src += 1
                    while src < flen and fmt[src] == u'0':
                        src += 1
                    scientific = True
        if decimal_pos < 0:
            decimal_pos = digit_count
        if thousand_pos >= 0:
            if thousand_pos == decimal_pos:
                scale_adjust -= thousand_count * 3
            else:
                thousand_seps = True
        if len(n.digits) != 0:
            n.scale += scale_adjust
            if scientific:
                pos = digit_count
            else:
                pos = n.scale + digit_count - decimal_pos
            round_number(n, pos)
            if len(n.digits) == 0:
                src = find_section(fmt, 2)
                if src != section:
                    section = src
                    continue
        else:
            n.sign = False
            n.scale = 0
        break

    if first_digit < decimal_pos:
        first_digit = decimal_pos - first_digit
    else:
        first_digit = 0
    if last_digit > decimal_pos:
        last_digit = decimal_pos - last_digit
    else:
        last_digit = 0
    if scientific:
        dig_pos = decimal_pos
        adjust = 0
    else:
        dig_pos = n.scale if n.scale > decimal_pos else decimal_pos
        adjust = n.scale - decimal_pos
    src = section

    # where the group separators go (invariant group size 3)
    sep_pos = []
    if thousand_seps:
        total_digits = dig_pos + (adjust if adjust < 0 else 0)
        num_digits = first_digit if first_digit > total_digits else total_digits
        group_total = 3
        while num_digits > group_total:
            sep_pos.append(group_total)
            group_total += 3
    sep_ctr = len(sep_pos) - 1

    if n.sign and section == 0:
        sb.append(NEGATIVE_SIGN)

    decimal_written = False
    dig = n.digits
    cur = 0
    while src < flen:
        ch = fmt[src]
        src += 1
        if ch == u'\0' or ch == u';':
            break
        if adjust > 0 and (ch == u'#' or ch == u'0' or ch == u'.'):
            while adjust > 0:
                if cur < len(dig):
                    sb.append(unichr(ord(dig[cur])))
                    cur += 1
                else:
                    sb.append(u'0')
                if thousand_seps and dig_pos > 1 and sep_ctr >= 0:
                    if dig_pos == sep_pos[sep_ctr] + 1:
                        sb.append(GROUP_SEPARATOR)
                        sep_ctr -= 1
                dig_pos -= 1
                adjust -= 1
        if ch == u'#' or ch == u'0':
            if adjust < 0:
                adjust += 1
                out = u'0' if dig_pos <= first_digit else u'\0'
            else:
                if cur < len(dig):
                    out = unichr(ord(dig[cur]))
                    cur += 1
                elif dig_pos > last_digit:
                    out = u'0'
                else:
                    out = u'\0'
            if out != u'\0':
                sb.append(out)
                if thousand_seps and dig_pos > 1 and sep_ctr >= 0:
                    if dig_pos == sep_pos[sep_ctr] + 1:
                        sb.append(GROUP_SEPARATOR)
                        sep_ctr -= 1
            dig_pos -= 1
        elif ch == u'.':
            if dig_pos != 0 or decimal_written:
                continue
            if last_digit < 0 or (decimal_pos < digit_count and cur < len(dig)):
                sb.append(DECIMAL_SEPARATOR)
                decimal_written = True
        elif ch == u'\u2030':
            sb.append(PER_MILLE_SYMBOL)
        elif ch == u'%':
            sb.append(PERCENT_SYMBOL)
        elif ch == u',':
            pass
        elif ch == u"'" or ch == u'"':
            while src < flen and fmt[src] != u'\0' and fmt[src] != ch:
                sb.append(fmt[src])
                src += 1
            if src < flen and fmt[src] != u'\0':
                src += 1
        elif ch == u'\\':
            if src < flen and fmt[src] != u'\0':
                sb.append(fmt[src])
                src += 1
        elif ch == u'E' or ch == u'e':
            positive_sign = False
            i = 0
            if scientific:
                if src < flen and fmt[src] == u'0':
                    i += 1
                elif src + 1 < flen and fmt[src] == u'+' and fmt[src + 1] == u'0':
                    positive_sign = True
                elif src + 1 < flen and fmt[src] == u'-' and fmt[src + 1] == u'0':
                    pass
                else:
                    sb.append(ch)
                    continue
                src += 1
                while src < flen and fmt[src] == u'0':
                    src += 1
                    i += 1
                if i > 10:
                    i = 10
                exp = 0 if len(dig) == 0 else n.scale - decimal_pos
                format_exponent(sb, exp, ch, i, positive_sign)
                scientific = False
            else:
                sb.append(ch)
                if src < flen:
                    if fmt[src] == u'+' or fmt[src] == u'-':
                        sb.append(fmt[src])
                        src += 1
                    while src < flen and fmt[src] == u'0':
                        sb.append(fmt[src])
                        src += 1
        else:
            sb.append(ch)


# ---- entry points -------------------------------------------------------------------

def _format_number(n, fmt, c, digits):
    sb = UnicodeBuilder()
    if c != '\0':
        number_to_string(sb, n, c, digits)
    else:
        assert fmt is not None
        number_to_string_format(sb, n, fmt)
    return sb.build()


def format_double(x, fmt):
    """Double.ToString(fmt) (fmt None or empty: "G").  Raises BadFormat."""
    c, digits = parse_format_specifier(fmt)
    if isnan(x):
        return NAN_SYMBOL
    if isinf(x):
        return POSITIVE_INFINITY if x > 0 else NEGATIVE_INFINITY
    if c == 'R' or c == 'r':
        n = double_to_number(x, DOUBLE_PRECISION)
        sb = UnicodeBuilder()
        if number_to_double(n) == x:
            number_to_string(sb, n, 'G', DOUBLE_PRECISION)
        else:
            n = double_to_number(x, 17)
            number_to_string(sb, n, 'G', 17)
        return sb.build()
    precision = DOUBLE_PRECISION
    if (c == 'E' or c == 'e') and digits > 14:
        precision = 17
    elif (c == 'G' or c == 'g') and digits > 15:
        precision = 17
    return _format_number(double_to_number(x, precision), fmt, c, digits)


def format_single(x, fmt):
    """Single.ToString(fmt); x is a double holding a float32 value."""
    from parley.interop.arith import round_float32
    c, digits = parse_format_specifier(fmt)
    if isnan(x):
        return NAN_SYMBOL
    if isinf(x):
        return POSITIVE_INFINITY if x > 0 else NEGATIVE_INFINITY
    if c == 'R' or c == 'r':
        n = double_to_number(x, FLOAT_PRECISION)
        sb = UnicodeBuilder()
        if round_float32(number_to_double(n)) == x:
            number_to_string(sb, n, 'G', FLOAT_PRECISION)
        else:
            n = double_to_number(x, 9)
            number_to_string(sb, n, 'G', 9)
        return sb.build()
    precision = FLOAT_PRECISION
    if (c == 'E' or c == 'e') and digits > 6:
        precision = 9
    elif (c == 'G' or c == 'g') and digits > 7:
        precision = 9
    return _format_number(double_to_number(x, precision), fmt, c, digits)


def _dec_str(u, digits, negative):
    ds = udigits(u)
    sb = UnicodeBuilder()
    if negative:
        sb.append(NEGATIVE_SIGN)
    if digits < 1:
        digits = 1
    if len(ds) < digits:
        sb.append_multiple_char(u'0', digits - len(ds))
    for c in ds:
        sb.append(unichr(ord(c)))
    return sb.build()


def _hex_str(u, upper, digits):
    hexdig = '0123456789ABCDEF' if upper else '0123456789abcdef'
    out = []
    while u != 0:
        out.append(hexdig[intmask(u & r_uint(15))])
        u = u >> 4
    if digits < 1:
        digits = 1
    while len(out) < digits:
        out.append('0')
    out.reverse()
    return unicode(''.join(out))


def format_integer(v, bits, unsigned, fmt):
    """ToString(fmt) of an integral value v (signed; for unsigned 64-bit
    values the bit pattern) of `bits` bits.  Raises BadFormat."""
    if unsigned or v >= 0:
        if fmt is None or len(fmt) == 0:
            return _dec_str(magnitude(v, unsigned), -1, False)
    c, digits = parse_format_specifier(fmt)
    up = chr(ord(c) & 0xDF) if c != '\0' else '\0'
    if (up == 'G' and digits < 1) or up == 'D':
        return _dec_str(magnitude(v, unsigned), digits, not unsigned and v < 0)
    if up == 'X':
        if bits == 64:
            u = r_uint(v)
        elif bits == 32 or v >= 0:
            u = r_uint(v) & r_uint(0xFFFFFFFF)
        elif bits == 16:
            u = r_uint(v) & r_uint(0xFFFF)
        else:
            u = r_uint(v) & r_uint(0xFF)
        return _hex_str(u, c == 'X', digits)
    if bits == 64:
        precision = UINT64_PRECISION if unsigned else INT64_PRECISION
    else:
        precision = INT32_PRECISION
    return _format_number(int_to_number(v, unsigned, precision), fmt, c, digits)


def double_to_clr_string(x):
    """Double.ToString() / Console.WriteLine(double) as Mono 6.8 prints."""
    return format_double(x, None)


def float_to_clr_string(x):
    return format_single(x, None)
