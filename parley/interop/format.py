"""Number-to-text conversions the two VMs' libraries share.

Java: Double.toString / Float.toString are JDK 17's FloatingDecimal
(BinaryToASCIIBuffer.dtoa), ported digit for digit: it is *not* always the
shortest representation (e.g. 2.0E-3 is "0.002" but 1.0E23 prints
"1.0E23" and some values get a 17th digit), and java.util.Formatter's
%e/%f/%g start from the same digits (`java_decimal(x, False)`).

CLR: Mono 6.8's Double/Single.ToString are in parley.clr.lib.numformat
(double_to_clr_string and float_to_clr_string here delegate to it)."""
import math
from rpython.rlib.rfloat import formatd, isnan, isinf
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.rbigint import rbigint
from rpython.rlib.longlong2float import float2longlong, longlong2float
from rpython.rtyper.lltypesystem import rffi


def double_bits(x):
    """The raw IEEE bits of x as a signed 64-bit int."""
    return intmask(float2longlong(x))


def bits_to_double(bits):
    return longlong2float(rffi.cast(rffi.LONGLONG, bits))


def float32_bits(x):
    """The raw IEEE single-precision bits (as an unsigned 32-bit value in
    an int) of x, a double holding a float32 value."""
    from rpython.rlib.longlong2float import singlefloat2uint
    from rpython.rlib.rarithmetic import r_singlefloat
    return intmask(singlefloat2uint(r_singlefloat(x))) & 0xffffffff


def bits_to_float32(bits):
    from rpython.rlib.longlong2float import uint2singlefloat
    return float(uint2singlefloat(rffi.cast(rffi.UINT, bits)))


# ---- JDK 17 FloatingDecimal ---------------------------------------------------

EXP_SHIFT = 52
FRACT_HOB = 1 << EXP_SHIFT
SIGNIF_BIT_MASK = FRACT_HOB - 1
EXP_ONE = 1023 << EXP_SHIFT
MAX_SMALL_BIN_EXP = 62
MIN_SMALL_BIN_EXP = -(63 // 3)

LONG_5_POW = [5 ** _i for _i in range(27)]
SMALL_5_POW = [5 ** _i for _i in range(14)]
N_5_BITS = [0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38,
            40, 42, 45, 47, 49, 52, 54, 56, 59, 61]
INSIGNIFICANT_DIGITS_NUMBER = [
    0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3,
    4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7,
    8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11, 11, 11,
    12, 12, 12, 12, 13, 13, 13, 14, 14, 14,
    15, 15, 15, 15, 16, 16, 16, 17, 17, 17,
    18, 18, 18, 19]

KIND_FINITE = 0
KIND_INFINITE = 1
KIND_NAN = 2


class Decimal(object):
    """The decimal digits FloatingDecimal produces for a double: the value
    is 0.d1d2d3... * 10^dec_exp; digits are ints 0..9."""

    def __init__(self, negative, kind):
        self.negative = negative
        self.kind = kind
        self.digits = []
        self.dec_exp = 0


def _wrap32(x):
    x = x & 0xffffffff
    if x >= 0x80000000:
        x -= 0x100000000
    return x


def _ntz64(x):
    n = 0
    while n < 64 and (x >> n) & 1 == 0:
        n += 1
    return n


def _nlz64(x):
    if x == 0:
        return 64
    n = 0
    u = r_uint(x)
    while u & (r_uint(1) << 63) == 0:
        u = u << 1
        n += 1
    return n


def _develop_long_digits(dec, dec_exponent, lvalue, insignificant):
    if insignificant != 0:
        pow10 = LONG_5_POW[insignificant] << insignificant
        residue = lvalue % pow10
        lvalue = lvalue // pow10
        dec_exponent += insignificant
        if residue >= (pow10 >> 1):
            lvalue += 1
    out = []
    c = lvalue % 10
    lvalue = lvalue // 10
    while c == 0:
        dec_exponent += 1
        c = lvalue % 10
        lvalue = lvalue // 10
    while lvalue != 0:
        out.append(c)
        dec_exponent += 1
        c = lvalue % 10
        lvalue = lvalue // 10
    out.append(c)
    out.reverse()
    dec.digits = out
    dec.dec_exp = dec_exponent + 1


def _estimate_dec_exp(fract_bits, bin_exp):
    d2 = bits_to_double(EXP_ONE | (fract_bits & SIGNIF_BIT_MASK))
    d = (d2 - 1.5) * 0.289529654 + 0.176091259 + float(bin_exp) * 0.301029995663981
    return int(math.floor(d))


def _pow52(p5, p2):
    return rbigint.fromint(5).pow(rbigint.fromint(p5)).lshift(p2)


def _roundup(dec):
    digits = dec.digits
    i = len(digits) - 1
    q = digits[i]
    if q == 9:
        while q == 9 and i > 0:
            digits[i] = 0
            i -= 1
            q = digits[i]
        if q == 9:
            dec.dec_exp += 1
            digits[0] = 1
            return
    digits[i] = q + 1


def _dtoa(dec, bin_exp, fract_bits, n_significant_bits, compatible):
    tail_zeros = _ntz64(fract_bits)
    n_fract_bits = EXP_SHIFT + 1 - tail_zeros
    n_tiny_bits = n_fract_bits - bin_exp - 1
    if n_tiny_bits < 0:
        n_tiny_bits = 0
    if MIN_SMALL_BIN_EXP <= bin_exp <= MAX_SMALL_BIN_EXP:
        if (n_tiny_bits < len(LONG_5_POW) and
                n_fract_bits + N_5_BITS[n_tiny_bits] < 64):
            if n_tiny_bits == 0:
                insignificant = 0
                if bin_exp > n_significant_bits:
                    p2 = bin_exp - n_significant_bits - 1
                    if 1 < p2 < len(INSIGNIFICANT_DIGITS_NUMBER):
                        insignificant = INSIGNIFICANT_DIGITS_NUMBER[p2]
                if bin_exp >= EXP_SHIFT:
                    fract_bits = fract_bits << (bin_exp - EXP_SHIFT)
                else:
                    fract_bits = fract_bits >> (EXP_SHIFT - bin_exp)
                _develop_long_digits(dec, 0, fract_bits, insignificant)
                return
    dec_exp = _estimate_dec_exp(fract_bits, bin_exp)
    b5 = -dec_exp
    if b5 < 0:
        b5 = 0
    b2 = b5 + n_tiny_bits + bin_exp
    s5 = dec_exp
    if s5 < 0:
        s5 = 0
    s2 = s5 + n_tiny_bits
    m5 = b5
    m2 = b2 - n_significant_bits
    fract_bits = fract_bits >> tail_zeros
    b2 -= n_fract_bits - 1
    common2 = b2 if b2 < s2 else s2
    b2 -= common2
    s2 -= common2
    m2 -= common2
    if n_fract_bits == 1:
        m2 -= 1
    if m2 < 0:
        b2 -= m2
        s2 -= m2
        m2 = 0
    if b5 < len(N_5_BITS):
        bbits = n_fract_bits + b2 + N_5_BITS[b5]
    else:
        bbits = n_fract_bits + b2 + b5 * 3
    if s5 + 1 < len(N_5_BITS):
        ten_s_bits = s2 + 1 + N_5_BITS[s5 + 1]
    else:
        ten_s_bits = s2 + 1 + (s5 + 1) * 3
    digits = []
    low_digit_difference = 0
    if bbits < 64 and ten_s_bits < 64:
        if bbits < 32 and ten_s_bits < 32:
            # int arithmetic, with Java's 32-bit wrap-around
            b = _wrap32(_wrap32(fract_bits * SMALL_5_POW[b5]) << b2)
            s = _wrap32(SMALL_5_POW[s5] << s2)
            m = _wrap32(SMALL_5_POW[m5] << m2)
            tens = _wrap32(s * 10)
            q = b // s
            b = _wrap32(10 * (b % s))
            m = _wrap32(m * 10)
            low = b < m
            high = _wrap32(b + m) > tens
            if q == 0 and not high:
                dec_exp -= 1
            else:
                digits.append(q)
            if not compatible or dec_exp < -3 or dec_exp >= 8:
                high = low = False
            while not low and not high:
                q = b // s
                b = _wrap32(10 * (b % s))
                m = _wrap32(m * 10)
                if m > 0:
                    low = b < m
                    high = _wrap32(b + m) > tens
                else:
                    low = True
                    high = True
                digits.append(q)
            low_digit_difference = (b << 1) - tens
        else:
            # long arithmetic, with Java's 64-bit wrap-around
            b = intmask(intmask(fract_bits * LONG_5_POW[b5]) << b2)
            s = intmask(LONG_5_POW[s5] << s2)
            m = intmask(LONG_5_POW[m5] << m2)
            tens = intmask(s * 10)
            q = b // s
            b = intmask(10 * (b % s))
            m = intmask(m * 10)
            low = b < m
            high = intmask(b + m) > tens
            if q == 0 and not high:
                dec_exp -= 1
            else:
                digits.append(q)
            if not compatible or dec_exp < -3 or dec_exp >= 8:
                high = low = False
            while not low and not high:
                q = b // s
                b = intmask(10 * (b % s))
                m = intmask(m * 10)
                if m > 0:
                    low = b < m
                    high = intmask(b + m) > tens
                else:
                    low = True
                    high = True
                digits.append(q)
            low_digit_difference = intmask((b << 1) - tens)
    else:
        # FDBigInteger arithmetic (exact; the normalisation shift of the
        # JDK scales B, S and M alike and changes no comparison)
        bs = _pow52(s5, s2)
        bb = rbigint.fromint(fract_bits).mul(_pow52(b5, b2))
        bm = _pow52(m5 + 1, m2 + 1)
        bten_s = _pow52(s5 + 1, s2 + 1)
        qq, rr = bb.divmod(bs)
        q = qq.toint()
        bb = rr.int_mul(10)
        low = bb.lt(bm)
        high = bten_s.le(bb.add(bm))
        if q == 0 and not high:
            dec_exp -= 1
        else:
            digits.append(q)
        if not compatible or dec_exp < -3 or dec_exp >= 8:
            high = low = False
        while not low and not high:
            qq, rr = bb.divmod(bs)
            q = qq.toint()
            bb = rr.int_mul(10)
            bm = bm.int_mul(10)
            low = bb.lt(bm)
            high = bten_s.le(bb.add(bm))
            digits.append(q)
        if high and low:
            bb2 = bb.lshift(1)
            if bb2.lt(bten_s):
                low_digit_difference = -1
            elif bb2.eq(bten_s):
                low_digit_difference = 0
            else:
                low_digit_difference = 1
        else:
            low_digit_difference = 0
    dec.digits = digits
    dec.dec_exp = dec_exp + 1
    if high:
        if low:
            if low_digit_difference == 0:
                if digits[len(digits) - 1] & 1 != 0:
                    _roundup(dec)
            elif low_digit_difference > 0:
                _roundup(dec)
        else:
            _roundup(dec)


def java_decimal(x, compatible=True):
    """FloatingDecimal.getBinaryToASCIIConverter(x, compatible)."""
    bits = double_bits(x)
    negative = bits < 0
    fract_bits = bits & SIGNIF_BIT_MASK
    bin_exp = (bits >> EXP_SHIFT) & 0x7ff
    if bin_exp == 0x7ff:
        if fract_bits == 0:
            return Decimal(negative, KIND_INFINITE)
        return Decimal(False, KIND_NAN)
    dec = Decimal(negative, KIND_FINITE)
    if bin_exp == 0:
        if fract_bits == 0:
            dec.digits = [0]
            dec.dec_exp = 0
            return dec
        leading_zeros = _nlz64(fract_bits)
        shift = leading_zeros - (63 - EXP_SHIFT)
        fract_bits = fract_bits << shift
        bin_exp = 1 - shift
        n_significant_bits = 64 - leading_zeros
    else:
        fract_bits |= FRACT_HOB
        n_significant_bits = EXP_SHIFT + 1
    bin_exp -= 1023
    _dtoa(dec, bin_exp, fract_bits, n_significant_bits, compatible)
    return dec


def java_decimal_float(x):
    """FloatingDecimal.getBinaryToASCIIConverter(float)."""
    fbits = float32_bits(x)
    negative = fbits & 0x80000000 != 0
    fract_bits = fbits & 0x7fffff
    bin_exp = (fbits >> 23) & 0xff
    if bin_exp == 0xff:
        if fract_bits == 0:
            return Decimal(negative, KIND_INFINITE)
        return Decimal(False, KIND_NAN)
    dec = Decimal(negative, KIND_FINITE)
    if bin_exp == 0:
        if fract_bits == 0:
            dec.digits = [0]
            dec.dec_exp = 0
            return dec
        leading_zeros = _nlz64(fract_bits) - 32
        shift = leading_zeros - (31 - 23)
        fract_bits = fract_bits << shift
        bin_exp = 1 - shift
        n_significant_bits = 32 - leading_zeros
    else:
        fract_bits |= 1 << 23
        n_significant_bits = 24
    bin_exp -= 127
    _dtoa(dec, bin_exp, fract_bits << (EXP_SHIFT - 23), n_significant_bits,
          True)
    return dec


def _digit_char(d):
    return unichr(ord('0') + d)


def java_layout(dec):
    """BinaryToASCIIBuffer.getChars: Java's Double.toString layout."""
    if dec.kind == KIND_NAN:
        return u'NaN'
    if dec.kind == KIND_INFINITE:
        return u'-Infinity' if dec.negative else u'Infinity'
    out = []
    if dec.negative:
        out.append(u'-')
    digits = dec.digits
    n = len(digits)
    e = dec.dec_exp
    if 0 < e < 8:
        k = n if n < e else e
        for i in range(k):
            out.append(_digit_char(digits[i]))
        if k < e:
            for i in range(e - k):
                out.append(u'0')
            out.append(u'.')
            out.append(u'0')
        else:
            out.append(u'.')
            if k < n:
                for i in range(k, n):
                    out.append(_digit_char(digits[i]))
            else:
                out.append(u'0')
    elif -3 < e <= 0:
        out.append(u'0')
        out.append(u'.')
        for i in range(-e):
            out.append(u'0')
        for i in range(n):
            out.append(_digit_char(digits[i]))
    else:
        out.append(_digit_char(digits[0]))
        out.append(u'.')
        if n > 1:
            for i in range(1, n):
                out.append(_digit_char(digits[i]))
        else:
            out.append(u'0')
        out.append(u'E')
        if e <= 0:
            out.append(u'-')
            ex = -e + 1
        else:
            ex = e - 1
        out.append(unicode(str(ex)))
    return u''.join(out)


def double_to_java_string(x):
    """Double.toString(x) as JDK 17 prints it."""
    return java_layout(java_decimal(x, True))


def float_to_java_string(x):
    """Float.toString(x) as JDK 17 prints it (x holds a float32 value)."""
    return java_layout(java_decimal_float(x))


def double_to_clr_string(x):
    """Mono 6.8's Double.ToString(): 15 significant digits from the exact
    decimal expansion, "G" layout (1E+16, 1E-05), NaN, Infinity,
    -Infinity; -0 prints as 0.  (parley.clr.lib.numformat has the whole
    of Mono's number formatting.)"""
    from parley.clr.lib.numformat import format_double
    return format_double(x, None)


def float_to_clr_string(x):
    """Mono 6.8's Single.ToString() (7 significant digits); x holds a
    float32 value."""
    from parley.clr.lib.numformat import format_single
    return format_single(x, None)


def hex_padded(n, width):
    """n in lower-case hex, zero-padded to width digits."""
    digits = '0123456789abcdef'
    out = []
    while n > 0 or len(out) < width:
        out.append(digits[n & 15])
        n >>= 4
        if n == 0 and len(out) >= width:
            break
    out.reverse()
    return ''.join(out)


# ---- text encodings of UTF-16 strings (helpers for the lead's console and
# class-file reader: W_String holds UTF-16 code units) -----------------------

def utf16_to_utf8(u):
    """UTF-8 bytes of a string of UTF-16 code units, as Java's PrintStream
    writes them: a surrogate pair is one 4-byte character, a lone
    surrogate becomes '?'."""
    from rpython.rlib.rstring import StringBuilder
    n = len(u)
    out = StringBuilder(n)
    i = 0
    while i < n:
        c = ord(u[i])
        if c < 0x80:
            out.append(chr(c))
        elif c < 0x800:
            out.append(chr(0xc0 | (c >> 6)))
            out.append(chr(0x80 | (c & 0x3f)))
        elif 0xd800 <= c <= 0xdbff and i + 1 < n and \
                0xdc00 <= ord(u[i + 1]) <= 0xdfff:
            cp = 0x10000 + ((c - 0xd800) << 10) + (ord(u[i + 1]) - 0xdc00)
            out.append(chr(0xf0 | (cp >> 18)))
            out.append(chr(0x80 | ((cp >> 12) & 0x3f)))
            out.append(chr(0x80 | ((cp >> 6) & 0x3f)))
            out.append(chr(0x80 | (cp & 0x3f)))
            i += 1
        elif 0xd800 <= c <= 0xdfff:
            out.append('?')
        else:
            out.append(chr(0xe0 | (c >> 12)))
            out.append(chr(0x80 | ((c >> 6) & 0x3f)))
            out.append(chr(0x80 | (c & 0x3f)))
        i += 1
    return out.build()


def modified_utf8_to_utf16(s):
    """A class file's 'modified UTF-8' (NUL as C0 80, a supplementary
    character as its two surrogates of 3 bytes each) decoded to UTF-16
    code units, one unicode char each; malformed bytes become U+FFFD."""
    n = len(s)
    out = []
    i = 0
    while i < n:
        b = ord(s[i])
        if b < 0x80:
            out.append(unichr(b))
            i += 1
        elif b & 0xe0 == 0xc0 and i + 1 < n and ord(s[i + 1]) & 0xc0 == 0x80:
            out.append(unichr(((b & 0x1f) << 6) | (ord(s[i + 1]) & 0x3f)))
            i += 2
        elif (b & 0xf0 == 0xe0 and i + 2 < n and ord(s[i + 1]) & 0xc0 == 0x80
              and ord(s[i + 2]) & 0xc0 == 0x80):
            out.append(unichr(((b & 0x0f) << 12) | ((ord(s[i + 1]) & 0x3f) << 6) |
                              (ord(s[i + 2]) & 0x3f)))
            i += 3
        else:
            out.append(u'\ufffd')
            i += 1
    return u''.join(out)
