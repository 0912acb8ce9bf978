"""java.lang.Number and the boxes: Integer, Long, Short, Byte, Character,
Boolean, Float, Double.  A box is a W_Instance whose one field (`value`,
slot 0) holds the primitive value's W_Int/W_Long/W_Float/W_Double."""
import math
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.rfloat import isnan, isinf, string_to_float
from rpython.rlib.rstring import ParseStringError
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float, W_String,
                                  W_Instance, wrap32, wrap16, wrap8)
from parley.interop.core import object_class, call_virtual
from parley.interop.klass import ACC_FINAL, ACC_ABSTRACT
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.native import add_native, add_field
from parley.interop import arith
from parley.interop.format import (double_to_java_string, float_to_java_string,
                                   double_bits, bits_to_double, float32_bits,
                                   bits_to_float32)
from parley.jvm.corelib import _class, STATIC
from parley.jvm.lang.util import (throw, ival, jval, dval, sval, wbool,
                                  utf8, code_point_to_unicode, char_array)
from parley.jvm.lang import chars, text
from parley.jvm.lang.ifaces import comparable_class

MIN_INT = -2147483648
MAX_INT = 2147483647
MIN_LONG = -9223372036854775807 - 1
MAX_LONG = 9223372036854775807
CONST = ACC_PUBLIC | ACC_STATIC | ACC_FINAL
NAN = float('nan')
INF = float('inf')

number_class = _class('java.lang.Number', object_class, ACC_PUBLIC | ACC_ABSTRACT)


def _box_class(name, desc):
    cls = _class(name, number_class, ACC_PUBLIC | ACC_FINAL)
    add_field(cls, 'value', desc, False, 0x0012)
    cls.interfaces.append(comparable_class)
    return cls


integer_class = _box_class('java.lang.Integer', 'I')
long_class = _box_class('java.lang.Long', 'J')
short_class = _box_class('java.lang.Short', 'S')
byte_class = _box_class('java.lang.Byte', 'B')
double_class = _box_class('java.lang.Double', 'D')
float_class = _box_class('java.lang.Float', 'F')
character_class = _class('java.lang.Character', object_class, ACC_PUBLIC | ACC_FINAL)
add_field(character_class, 'value', 'C', False, 0x0012)
character_class.interfaces.append(comparable_class)
boolean_class = _class('java.lang.Boolean', object_class, ACC_PUBLIC | ACC_FINAL)
add_field(boolean_class, 'value', 'Z', False, 0x0012)
boolean_class.interfaces.append(comparable_class)


def _constants(cls, consts):
    """Static final fields, set by the class's <clinit>."""
    fields = []
    values = []
    for name, desc, w in consts:
        fields.append(add_field(cls, name, desc, True, CONST))
        values.append(w)

    def clinit(args):
        for i in range(len(fields)):
            cls.static_values[fields[i].index] = values[i]
        return None
    add_native(cls, '<clinit>', '()V', clinit, STATIC)


# ---- boxing ------------------------------------------------------------------------

def value_of(w):
    """The primitive box inside a box object."""
    assert isinstance(w, W_Instance)
    return w.fields[0]


def _new_box(cls, w_value):
    w = W_Instance(cls)
    w.fields[0] = w_value
    return w


_int_cache = [None] * 256
_long_cache = [None] * 256
_short_cache = [None] * 256
_byte_cache = [None] * 256
_char_cache = [None] * 128


def box_int(v):
    if -128 <= v <= 127:
        w = _int_cache[v + 128]
        if w is None:
            w = _new_box(integer_class, W_Int(v))
            _int_cache[v + 128] = w
        return w
    return _new_box(integer_class, W_Int(v))


def box_long(v):
    if -128 <= v <= 127:
        w = _long_cache[v + 128]
        if w is None:
            w = _new_box(long_class, W_Long(v))
            _long_cache[v + 128] = w
        return w
    return _new_box(long_class, W_Long(v))


def box_short(v):
    if -128 <= v <= 127:
        w = _short_cache[v + 128]
        if w is None:
            w = _new_box(short_class, W_Int(v))
            _short_cache[v + 128] = w
        return w
    return _new_box(short_class, W_Int(v))


def box_byte(v):
    w = _byte_cache[v + 128]
    if w is None:
        w = _new_box(byte_class, W_Int(v))
        _byte_cache[v + 128] = w
    return w


def box_char(v):
    if 0 <= v <= 127:
        w = _char_cache[v]
        if w is None:
            w = _new_box(character_class, W_Int(v))
            _char_cache[v] = w
        return w
    return _new_box(character_class, W_Int(v))


class _BoolBoxes(object):
    """Boolean.TRUE and Boolean.FALSE, made on first use.  Attributes of a
    prebuilt instance, not items of a prebuilt list: RPython's flow space
    folds `prebuilt_list[constant]` to the item the list held at build time
    (None), so a list indexed by `1 if b else 0` never kept its boxes in the
    translated binary and every Boolean.valueOf made a new object."""

    def __init__(self):
        self.w_true = None
        self.w_false = None


_bool_boxes = _BoolBoxes()


def box_bool(b):
    if b:
        w = _bool_boxes.w_true
        if w is None:
            w = _new_box(boolean_class, W_Int(1))
            _bool_boxes.w_true = w
        return w
    w = _bool_boxes.w_false
    if w is None:
        w = _new_box(boolean_class, W_Int(0))
        _bool_boxes.w_false = w
    return w


def box_double(x):
    return _new_box(double_class, W_Double(x))


def box_float(x):
    return _new_box(float_class, W_Float(x))


# ---- integer text ---------------------------------------------------------------------

DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'


def signed_to_string(v, radix):
    """Integer/Long.toString(v, radix) (radix outside 2..36 means 10)."""
    if radix < 2 or radix > 36:
        radix = 10
    if radix == 10:
        return unicode(str(v))
    neg = v < 0
    u = arith.abs_u(v)
    return _unsigned_digits(u, radix, neg)


def _unsigned_digits(u, radix, neg):
    if u == 0:
        return u'0'
    out = []
    r = r_uint(radix)
    while u != 0:
        out.append(DIGITS[intmask(u % r)])
        u = u // r
    if neg:
        out.append('-')
    out.reverse()
    return unicode(''.join(out))


def unsigned_to_string(v, bits, radix):
    """The unsigned text of the low `bits` bits of v (toHexString ...)."""
    u = r_uint(v)
    if bits == 32:
        u = u & r_uint(0xffffffff)
    return _unsigned_digits(u, radix, False)


def hex_string(v, bits):
    return unsigned_to_string(v, bits, 16)


def nfe(msg):
    return throw('java/lang/NumberFormatException', msg)


def for_input_string(s, radix):
    msg = 'For input string: "%s"' % utf8(s)
    if radix != 10:
        msg += ' under radix %d' % radix
    return nfe(msg)


def parse_integral(w_s, radix, is_long):
    """Integer.parseInt / Long.parseLong."""
    if w_s is None:
        raise nfe('Cannot parse null string')
    assert isinstance(w_s, W_String)
    s = w_s.value
    if radix < 2:
        raise nfe('radix %d less than Character.MIN_RADIX' % radix)
    if radix > 36:
        raise nfe('radix %d greater than Character.MAX_RADIX' % radix)
    n = len(s)
    if n == 0:
        raise for_input_string(s, radix)
    if is_long:
        limit = -MAX_LONG
    else:
        limit = -MAX_INT
    neg = False
    i = 0
    first = ord(s[0])
    if first < 48:
        if first == 45:
            neg = True
            limit = MIN_LONG if is_long else MIN_INT
        elif first != 43:
            raise for_input_string(s, radix)
        if n == 1:
            raise for_input_string(s, radix)
        i = 1
    multmin = arith.div_trunc(limit, radix)
    result = 0
    while i < n:
        d = chars.digit(ord(s[i]), radix)
        i += 1
        if d < 0 or result < multmin:
            raise for_input_string(s, radix)
        result *= radix
        if result < limit + d:
            raise for_input_string(s, radix)
        result -= d
    if neg:
        return result
    return -result


def parse_unsigned(w_s, radix, is_long):
    if w_s is None:
        raise nfe('Cannot parse null string')
    assert isinstance(w_s, W_String)
    s = w_s.value
    if len(s) > 0 and s[0] == u'-':
        raise nfe('Illegal leading minus sign on unsigned string %s.' % utf8(s))
    if radix < 2:
        raise nfe('radix %d less than Character.MIN_RADIX' % radix)
    if radix > 36:
        raise nfe('radix %d greater than Character.MAX_RADIX' % radix)
    n = len(s)
    if n == 0:
        raise for_input_string(s, radix)
    i = 0
    if s[0] == u'+':
        i = 1
        if n == 1:
            raise for_input_string(s, radix)
    result = r_uint(0)
    limit = r_uint(0xffffffff) if not is_long else r_uint(-1)
    r = r_uint(radix)
    while i < n:
        d = chars.digit(ord(s[i]), radix)
        if d < 0:
            raise for_input_string(s, radix)
        if result > (limit - r_uint(d)) // r:
            if is_long:
                raise nfe('String value %s exceeds range of unsigned long.'
                          % utf8(s))
            raise nfe('String value %s exceeds range of unsigned int.'
                      % utf8(s))
        result = result * r + r_uint(d)
        i += 1
    if is_long:
        return intmask(result)
    return wrap32(intmask(result))


def decode(w_s, is_long):
    """Integer.decode / Long.decode."""
    s = sval(w_s)
    if len(s) == 0:
        raise nfe('Zero length string')
    index = 0
    neg = False
    radix = 10
    if s[0] == u'-':
        neg = True
        index = 1
    elif s[0] == u'+':
        index = 1
    if text.starts_with(s, u'0x', index) or text.starts_with(s, u'0X', index):
        index += 2
        radix = 16
    elif text.starts_with(s, u'#', index):
        index += 1
        radix = 16
    elif text.starts_with(s, u'0', index) and len(s) > 1 + index:
        index += 1
        radix = 8
    if text.starts_with(s, u'-', index) or text.starts_with(s, u'+', index):
        raise nfe('Sign character in wrong position')
    assert index >= 0
    rest = s[index:]
    from parley.interop.errors import GuestException
    try:
        v = parse_integral(W_String(rest), radix, is_long)
        if neg:
            v = -v
            if not is_long:
                v = wrap32(v)
            else:
                v = intmask(v)
        return v
    except GuestException:
        constant = (u'-' + rest) if neg else rest
        return parse_integral(W_String(constant), radix, is_long)


# ---- floating-point text ---------------------------------------------------------------

def _is_ascii_digit(c):
    return u'0' <= c <= u'9'


def parse_double_text(w_s):
    """FloatingDecimal.readJavaFormatString: Java's syntax, the value
    correctly rounded to double."""
    if w_s is None:
        raise throw('java/lang/NullPointerException',
                    'Cannot invoke "String.trim()" because "in" is null')
    assert isinstance(w_s, W_String)
    start, end = text.trim(w_s.value)
    assert start >= 0 and end >= 0
    s = w_s.value[start:end]
    n = len(s)
    if n == 0:
        raise nfe('empty String')
    i = 0
    neg = False
    if s[0] == u'-' or s[0] == u'+':
        neg = s[0] == u'-'
        i = 1
    rest = s[i:]
    if rest == u'NaN':
        return NAN
    if rest == u'Infinity':
        return -INF if neg else INF
    if text.starts_with(s, u'0x', i) or text.starts_with(s, u'0X', i):
        v = _parse_hex_double(s, i + 2)
        if v < 0.0:
            raise nfe('For input string: "%s"' % utf8(s))
        return -v if neg else v
    digits = 0
    points = 0
    j = i
    while j < n and (_is_ascii_digit(s[j]) or s[j] == u'.'):
        if s[j] == u'.':
            points += 1
            if points > 1:
                raise nfe('multiple points')
        else:
            digits += 1
        j += 1
    if digits == 0:
        raise nfe('For input string: "%s"' % utf8(s))
    if j < n and (s[j] == u'e' or s[j] == u'E'):
        j += 1
        if j < n and (s[j] == u'+' or s[j] == u'-'):
            j += 1
        k = j
        while j < n and _is_ascii_digit(s[j]):
            j += 1
        if j == k:
            raise nfe('For input string: "%s"' % utf8(s))
    num_end = j
    if j < n and s[j] in u'fFdD':
        j += 1
    if j != n:
        raise nfe('For input string: "%s"' % utf8(s))
    ascii = utf8(s[0:num_end])
    try:
        return string_to_float(ascii)
    except ParseStringError:
        raise nfe('For input string: "%s"' % utf8(s))


def _hex_val(c):
    o = ord(c)
    if 48 <= o <= 57:
        return o - 48
    if 97 <= o <= 102:
        return o - 87
    if 65 <= o <= 70:
        return o - 55
    return -1


def _parse_hex_double(s, i):
    """The magnitude of a hexadecimal floating literal (after 0x), or -1.0
    for bad syntax."""
    from rpython.rlib.rbigint import rbigint
    n = len(s)
    mant = rbigint.fromint(0)
    digits = 0
    frac_digits = 0
    while i < n and _hex_val(s[i]) >= 0:
        mant = mant.int_mul(16).int_add(_hex_val(s[i]))
        i += 1
        digits += 1
    if i < n and s[i] == u'.':
        i += 1
        while i < n and _hex_val(s[i]) >= 0:
            mant = mant.int_mul(16).int_add(_hex_val(s[i]))
            i += 1
            digits += 1
            frac_digits += 1
    if digits == 0 or i >= n or (s[i] != u'p' and s[i] != u'P'):
        return -1.0
    i += 1
    eneg = False
    if i < n and (s[i] == u'+' or s[i] == u'-'):
        eneg = s[i] == u'-'
        i += 1
    e = 0
    k = i
    while i < n and _is_ascii_digit(s[i]):
        if e < 100000:
            e = e * 10 + ord(s[i]) - 48
        i += 1
    if i == k:
        return -1.0
    if i < n and s[i] in u'fFdD':
        i += 1
    if i != n:
        return -1.0
    if eneg:
        e = -e
    e -= 4 * frac_digits
    if mant.int_eq(0):
        return 0.0
    # scale to 64 significant bits with a sticky bit, then let ldexp of
    # a correctly rounded double do the rest
    nbits = mant.bit_length()
    if nbits > 64:
        shift = nbits - 64
        low = mant.and_(rbigint.fromint(1).lshift(shift).int_sub(1))
        mant = mant.rshift(shift)
        if not low.int_eq(0):
            mant = mant.int_or_(1)
        e += shift
    top = mant.toulonglong()
    # round the 64-bit value to 53 bits by hand (half even, sticky kept)
    nb = mant.bit_length()
    if nb > 53:
        drop = nb - 53
        half = r_uint(1) << (drop - 1)
        mask = (r_uint(1) << drop) - r_uint(1)
        rem = r_uint(top) & mask
        q = r_uint(top) >> drop
        if rem > half or (rem == half and q & r_uint(1)):
            q += r_uint(1)
        return math.ldexp(float(q), e + drop)
    return math.ldexp(float(r_uint(top)), e)


def parse_float_text(w_s):
    return arith.round_float32(parse_double_text(w_s))


def double_to_hex_string(d):
    """Double.toHexString."""
    if isnan(d):
        return u'NaN'
    if isinf(d):
        return u'-Infinity' if d < 0.0 else u'Infinity'
    bits = double_bits(d)
    out = []
    if bits < 0:
        out.append(u'-')
    if d == 0.0:
        out.append(u'0x0.0p0')
        return u''.join(out)
    exp = (bits >> 52) & 0x7ff
    frac = bits & ((1 << 52) - 1)
    subnormal = exp == 0
    out.append(u'0x0.' if subnormal else u'0x1.')
    h = unsigned_to_string(frac, 64, 16)
    h = u'0' * (13 - len(h)) + h
    end = len(h)
    while end > 1 and h[end - 1] == u'0':
        end -= 1
    assert end >= 0
    out.append(h[0:end])
    out.append(u'p')
    if subnormal:
        out.append(u'-1022')
    else:
        out.append(unicode(str(exp - 1023)))
    return u''.join(out)


def float_to_hex_string(f):
    if isnan(f):
        return u'NaN'
    if isinf(f):
        return u'-Infinity' if f < 0.0 else u'Infinity'
    if f != 0.0 and abs(f) < 1.1754943508222875e-38:
        # subnormal float: Java scales it as a double and fixes the exponent
        s = double_to_hex_string(math.ldexp(f, 126 - 1022))
        k = s.find(u'p')
        assert k >= 0
        return s[0:k] + u'p-126'
    return double_to_hex_string(f)


def java_double_bits(x):
    """Double.doubleToLongBits (NaN canonical)."""
    if isnan(x):
        return 0x7ff8000000000000
    return double_bits(x)


def java_float_bits(x):
    """Float.floatToIntBits (NaN canonical), as a signed int."""
    if isnan(x):
        return 0x7fc00000
    return wrap32(float32_bits(x))


def double_compare(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    ba = java_double_bits(a)
    bb = java_double_bits(b)
    if ba == bb:
        return 0
    return -1 if ba < bb else 1


def double_hash(x):
    bits = java_double_bits(x)
    return wrap32(bits ^ intmask(r_uint(bits) >> 32))


def long_hash(v):
    return wrap32(v ^ intmask(r_uint(v) >> 32))


# ---- natives shared by the boxes ---------------------------------------------------------

def _get_int(w):
    v = value_of(w)
    assert isinstance(v, W_Int)
    return v.intval


def _get_long(w):
    v = value_of(w)
    assert isinstance(v, W_Long)
    return v.longval


def _get_double(w):
    v = value_of(w)
    if isinstance(v, W_Double):
        return v.floatval
    assert isinstance(v, W_Float)
    return v.floatval


def _set_value(args):
    w = args[0]
    assert isinstance(w, W_Instance)
    w.fields[0] = args[1]
    return None


def _int_value(args):
    w = value_of(args[0])
    if isinstance(w, W_Int):
        return w
    if isinstance(w, W_Long):
        return W_Int(wrap32(w.longval))
    return W_Int(arith.double_to_int(dval(w), 32))


def _long_value(args):
    w = value_of(args[0])
    if isinstance(w, W_Int):
        return W_Long(w.intval)
    if isinstance(w, W_Long):
        return w
    return W_Long(arith.double_to_int(dval(w), 64))


def _double_value(args):
    w = value_of(args[0])
    if isinstance(w, W_Int):
        return W_Double(float(w.intval))
    if isinstance(w, W_Long):
        return W_Double(float(w.longval))
    return W_Double(dval(w))


def _float_value(args):
    w = value_of(args[0])
    if isinstance(w, W_Int):
        return W_Float(arith.round_float32(float(w.intval)))
    if isinstance(w, W_Long):
        return W_Float(arith.round_float32(float(w.longval)))
    return W_Float(arith.round_float32(dval(w)))


def _short_value(args):
    return W_Int(wrap16(ival(_int_value(args))))


def _byte_value(args):
    return W_Int(wrap8(ival(_int_value(args))))


def _number_short_value(args):
    w = call_virtual(args[0], 'intValue()I', [args[0]])
    return W_Int(wrap16(ival(w)))


def _number_byte_value(args):
    w = call_virtual(args[0], 'intValue()I', [args[0]])
    return W_Int(wrap8(ival(w)))


def _abstract(args):
    raise throw('java/lang/AbstractMethodError', None)


add_native(number_class, '<init>', '()V', lambda args: None)
add_native(number_class, 'intValue', '()I', _abstract, ACC_PUBLIC | ACC_ABSTRACT)
add_native(number_class, 'longValue', '()J', _abstract, ACC_PUBLIC | ACC_ABSTRACT)
add_native(number_class, 'floatValue', '()F', _abstract, ACC_PUBLIC | ACC_ABSTRACT)
add_native(number_class, 'doubleValue', '()D', _abstract, ACC_PUBLIC | ACC_ABSTRACT)
add_native(number_class, 'shortValue', '()S', _number_short_value)
add_native(number_class, 'byteValue', '()B', _number_byte_value)


def _same_class_value(args):
    """(this, other) -> other's primitive box, or None if other is not an
    instance of this box class."""
    a = args[0]
    b = args[1]
    if b is None or not isinstance(b, W_Instance) or b.klass is not a.getclass():
        return None
    return value_of(b)


def _equals(args):
    wb = _same_class_value(args)
    if wb is None:
        return wbool(False)
    wa = value_of(args[0])
    if isinstance(wa, W_Int) and isinstance(wb, W_Int):
        return wbool(wa.intval == wb.intval)
    if isinstance(wa, W_Long) and isinstance(wb, W_Long):
        return wbool(wa.longval == wb.longval)
    if isinstance(wa, W_Double) and isinstance(wb, W_Double):
        return wbool(java_double_bits(wa.floatval) == java_double_bits(wb.floatval))
    if isinstance(wa, W_Float) and isinstance(wb, W_Float):
        return wbool(java_float_bits(wa.floatval) == java_float_bits(wb.floatval))
    return wbool(False)


def _cmp(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def _ucmp(a, b):
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def _check_compare_arg(args):
    w = args[1]
    if w is None:
        raise throw('java/lang/NullPointerException', None)
    if not isinstance(w, W_Instance) or w.klass is not args[0].getclass():
        raise throw('java/lang/ClassCastException',
                    'class %s cannot be cast to class %s'
                    % (w.getclass().name, args[0].getclass().name))


def _compare_to(args):
    _check_compare_arg(args)
    wa = value_of(args[0])
    wb = value_of(args[1])
    if isinstance(wa, W_Int) and isinstance(wb, W_Int):
        return W_Int(_cmp(wa.intval, wb.intval))
    if isinstance(wa, W_Long) and isinstance(wb, W_Long):
        return W_Int(_cmp(wa.longval, wb.longval))
    return W_Int(double_compare(dval(wa), dval(wb)))


def _compare_to_diff(args):
    """Short, Byte and Character compare by subtraction."""
    _check_compare_arg(args)
    return W_Int(_get_int(args[0]) - _get_int(args[1]))


def _compare_ints(args):
    return W_Int(_cmp(ival(args[0]), ival(args[1])))


def _compare_diff(args):
    return W_Int(ival(args[0]) - ival(args[1]))


def _to_string(args):
    w = value_of(args[0])
    cls = args[0].getclass()
    if cls is character_class:
        return W_String(unichr(ival(w)))
    if cls is boolean_class:
        return W_String(u'true' if ival(w) else u'false')
    if isinstance(w, W_Int):
        return W_String(unicode(str(w.intval)))
    if isinstance(w, W_Long):
        return W_String(unicode(str(w.longval)))
    if isinstance(w, W_Float):
        return W_String(float_to_java_string(w.floatval))
    return W_String(double_to_java_string(dval(w)))


def _hash_code(args):
    w = value_of(args[0])
    cls = args[0].getclass()
    if cls is boolean_class:
        return W_Int(1231 if ival(w) else 1237)
    if isinstance(w, W_Int):
        return w
    if isinstance(w, W_Long):
        return W_Int(long_hash(w.longval))
    if isinstance(w, W_Float):
        return W_Int(java_float_bits(w.floatval))
    return W_Int(double_hash(dval(w)))


def _declare_common(cls, desc, with_numbers=True):
    me = 'L' + cls.name.replace('.', '/') + ';'
    add_native(cls, '<init>', '(' + desc + ')V', _set_value)
    add_native(cls, 'toString', '()Ljava/lang/String;', _to_string)
    add_native(cls, 'hashCode', '()I', _hash_code)
    add_native(cls, 'equals', '(Ljava/lang/Object;)Z', _equals)
    if with_numbers:
        add_native(cls, 'intValue', '()I', _int_value)
        add_native(cls, 'longValue', '()J', _long_value)
        add_native(cls, 'doubleValue', '()D', _double_value)
        add_native(cls, 'floatValue', '()F', _float_value)
        add_native(cls, 'shortValue', '()S', _short_value)
        add_native(cls, 'byteValue', '()B', _byte_value)
    return me


# ---- Integer and Long ---------------------------------------------------------------------

def _int_bit_count(v):
    u = r_uint(v) & r_uint(0xffffffff)
    n = 0
    while u:
        n += intmask(u & r_uint(1))
        u = u >> 1
    return n


def _long_bit_count(v):
    u = r_uint(v)
    n = 0
    while u:
        n += intmask(u & r_uint(1))
        u = u >> 1
    return n


def nlz(v, bits):
    u = r_uint(v)
    if bits == 32:
        u = u & r_uint(0xffffffff)
    n = 0
    top = r_uint(1) << (bits - 1)
    while n < bits and u & top == 0:
        u = u << 1
        n += 1
    return n


def ntz(v, bits):
    u = r_uint(v)
    if bits == 32:
        u = u & r_uint(0xffffffff)
    if u == 0:
        return bits
    n = 0
    while u & r_uint(1) == 0:
        u = u >> 1
        n += 1
    return n


def _reverse_bits(v, bits):
    u = r_uint(v)
    r = r_uint(0)
    for i in range(bits):
        r = (r << 1) | (u & r_uint(1))
        u = u >> 1
    if bits == 32:
        return wrap32(intmask(r))
    return intmask(r)


def _reverse_bytes(v, bits):
    u = r_uint(v)
    r = r_uint(0)
    for i in range(bits // 8):
        r = (r << 8) | (u & r_uint(0xff))
        u = u >> 8
    if bits == 32:
        return wrap32(intmask(r))
    if bits == 16:
        return wrap16(intmask(r))
    return intmask(r)


def _highest_one_bit(v, bits):
    if v == 0:
        return 0
    k = bits - 1 - nlz(v, bits)
    r = r_uint(1) << k
    if bits == 32:
        return wrap32(intmask(r))
    return intmask(r)


def _lowest_one_bit(v, bits):
    r = v & (-v)
    if bits == 32:
        return wrap32(r)
    return intmask(r)


def _rotate_left(v, d, bits):
    u = r_uint(v)
    if bits == 32:
        u = u & r_uint(0xffffffff)
        d = d & 31
        r = ((u << d) | (u >> (32 - d))) & r_uint(0xffffffff)
        return wrap32(intmask(r))
    d = d & 63
    if d == 0:
        return v
    return intmask((u << d) | (u >> (64 - d)))


def _signum(v):
    if v > 0:
        return 1
    if v < 0:
        return -1
    return 0


def _int_static(name, desc, fn):
    add_native(integer_class, name, desc, fn, STATIC)


def _long_static(name, desc, fn):
    add_native(long_class, name, desc, fn, STATIC)


def _wstr(u):
    return W_String(u)


_constants(integer_class, [
    ('MIN_VALUE', 'I', W_Int(MIN_INT)), ('MAX_VALUE', 'I', W_Int(MAX_INT)),
    ('SIZE', 'I', W_Int(32)), ('BYTES', 'I', W_Int(4))])
_constants(long_class, [
    ('MIN_VALUE', 'J', W_Long(MIN_LONG)), ('MAX_VALUE', 'J', W_Long(MAX_LONG)),
    ('SIZE', 'I', W_Int(64)), ('BYTES', 'I', W_Int(8))])

_me = _declare_common(integer_class, 'I')
add_native(integer_class, '<init>', '(Ljava/lang/String;)V',
           lambda args: _set_value([args[0], W_Int(parse_integral(args[1], 10, False))]))
add_native(integer_class, 'compareTo', '(Ljava/lang/Integer;)I', _compare_to)
add_native(integer_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_to)
_int_static('valueOf', '(I)Ljava/lang/Integer;', lambda args: box_int(ival(args[0])))
_int_static('valueOf', '(Ljava/lang/String;)Ljava/lang/Integer;',
            lambda args: box_int(parse_integral(args[0], 10, False)))
_int_static('valueOf', '(Ljava/lang/String;I)Ljava/lang/Integer;',
            lambda args: box_int(parse_integral(args[0], ival(args[1]), False)))
_int_static('parseInt', '(Ljava/lang/String;)I',
            lambda args: W_Int(parse_integral(args[0], 10, False)))
_int_static('parseInt', '(Ljava/lang/String;I)I',
            lambda args: W_Int(parse_integral(args[0], ival(args[1]), False)))
_int_static('parseUnsignedInt', '(Ljava/lang/String;)I',
            lambda args: W_Int(parse_unsigned(args[0], 10, False)))
_int_static('parseUnsignedInt', '(Ljava/lang/String;I)I',
            lambda args: W_Int(parse_unsigned(args[0], ival(args[1]), False)))
_int_static('decode', '(Ljava/lang/String;)Ljava/lang/Integer;',
            lambda args: box_int(decode(args[0], False)))
_int_static('toString', '(I)Ljava/lang/String;',
            lambda args: _wstr(unicode(str(ival(args[0])))))
_int_static('toString', '(II)Ljava/lang/String;',
            lambda args: _wstr(signed_to_string(ival(args[0]), ival(args[1]))))
_int_static('toHexString', '(I)Ljava/lang/String;',
            lambda args: _wstr(unsigned_to_string(ival(args[0]), 32, 16)))
_int_static('toOctalString', '(I)Ljava/lang/String;',
            lambda args: _wstr(unsigned_to_string(ival(args[0]), 32, 8)))
_int_static('toBinaryString', '(I)Ljava/lang/String;',
            lambda args: _wstr(unsigned_to_string(ival(args[0]), 32, 2)))
_int_static('toUnsignedString', '(I)Ljava/lang/String;',
            lambda args: _wstr(unsigned_to_string(ival(args[0]), 32, 10)))
_int_static('toUnsignedString', '(II)Ljava/lang/String;',
            lambda args: _wstr(unsigned_to_string(ival(args[0]), 32, ival(args[1]))
                               if 2 <= ival(args[1]) <= 36 else
                               unsigned_to_string(ival(args[0]), 32, 10)))
_int_static('toUnsignedLong', '(I)J', lambda args: W_Long(ival(args[0]) & 0xffffffff))
_int_static('compare', '(II)I', _compare_ints)
_int_static('compareUnsigned', '(II)I',
            lambda args: W_Int(_cmp(ival(args[0]) & 0xffffffff, ival(args[1]) & 0xffffffff)))
_int_static('divideUnsigned', '(II)I', lambda args: W_Int(_udiv32(args, False)))
_int_static('remainderUnsigned', '(II)I', lambda args: W_Int(_udiv32(args, True)))
_int_static('signum', '(I)I', lambda args: W_Int(_signum(ival(args[0]))))
_int_static('bitCount', '(I)I', lambda args: W_Int(_int_bit_count(ival(args[0]))))
_int_static('reverse', '(I)I', lambda args: W_Int(_reverse_bits(ival(args[0]), 32)))
_int_static('reverseBytes', '(I)I', lambda args: W_Int(_reverse_bytes(ival(args[0]), 32)))
_int_static('rotateLeft', '(II)I',
            lambda args: W_Int(_rotate_left(ival(args[0]), ival(args[1]), 32)))
_int_static('rotateRight', '(II)I',
            lambda args: W_Int(_rotate_left(ival(args[0]), -ival(args[1]), 32)))
_int_static('highestOneBit', '(I)I', lambda args: W_Int(_highest_one_bit(ival(args[0]), 32)))
_int_static('lowestOneBit', '(I)I', lambda args: W_Int(_lowest_one_bit(ival(args[0]), 32)))
_int_static('numberOfLeadingZeros', '(I)I', lambda args: W_Int(nlz(ival(args[0]), 32)))
_int_static('numberOfTrailingZeros', '(I)I', lambda args: W_Int(ntz(ival(args[0]), 32)))
_int_static('sum', '(II)I', lambda args: W_Int(wrap32(ival(args[0]) + ival(args[1]))))
_int_static('max', '(II)I', lambda args: W_Int(max(ival(args[0]), ival(args[1]))))
_int_static('min', '(II)I', lambda args: W_Int(min(ival(args[0]), ival(args[1]))))
_int_static('hashCode', '(I)I', lambda args: args[0])


def _udiv32(args, rem):
    a = r_uint(ival(args[0])) & r_uint(0xffffffff)
    b = r_uint(ival(args[1])) & r_uint(0xffffffff)
    if b == 0:
        raise throw('java/lang/ArithmeticException', '/ by zero')
    if rem:
        return wrap32(intmask(a % b))
    return wrap32(intmask(a // b))


def _udiv64(args, rem):
    a = r_uint(jval(args[0]))
    b = r_uint(jval(args[1]))
    if b == 0:
        raise throw('java/lang/ArithmeticException', '/ by zero')
    if rem:
        return intmask(a % b)
    return intmask(a // b)


_me = _declare_common(long_class, 'J')
add_native(long_class, '<init>', '(Ljava/lang/String;)V',
           lambda args: _set_value([args[0], W_Long(parse_integral(args[1], 10, True))]))
add_native(long_class, 'compareTo', '(Ljava/lang/Long;)I', _compare_to)
add_native(long_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_to)
_long_static('valueOf', '(J)Ljava/lang/Long;', lambda args: box_long(jval(args[0])))
_long_static('valueOf', '(Ljava/lang/String;)Ljava/lang/Long;',
             lambda args: box_long(parse_integral(args[0], 10, True)))
_long_static('valueOf', '(Ljava/lang/String;I)Ljava/lang/Long;',
             lambda args: box_long(parse_integral(args[0], ival(args[1]), True)))
_long_static('parseLong', '(Ljava/lang/String;)J',
             lambda args: W_Long(parse_integral(args[0], 10, True)))
_long_static('parseLong', '(Ljava/lang/String;I)J',
             lambda args: W_Long(parse_integral(args[0], ival(args[1]), True)))
_long_static('parseUnsignedLong', '(Ljava/lang/String;)J',
             lambda args: W_Long(parse_unsigned(args[0], 10, True)))
_long_static('parseUnsignedLong', '(Ljava/lang/String;I)J',
             lambda args: W_Long(parse_unsigned(args[0], ival(args[1]), True)))
_long_static('decode', '(Ljava/lang/String;)Ljava/lang/Long;',
             lambda args: box_long(decode(args[0], True)))
_long_static('toString', '(J)Ljava/lang/String;',
             lambda args: _wstr(unicode(str(jval(args[0])))))
_long_static('toString', '(JI)Ljava/lang/String;',
             lambda args: _wstr(signed_to_string(jval(args[0]), ival(args[1]))))
_long_static('toHexString', '(J)Ljava/lang/String;',
             lambda args: _wstr(unsigned_to_string(jval(args[0]), 64, 16)))
_long_static('toOctalString', '(J)Ljava/lang/String;',
             lambda args: _wstr(unsigned_to_string(jval(args[0]), 64, 8)))
_long_static('toBinaryString', '(J)Ljava/lang/String;',
             lambda args: _wstr(unsigned_to_string(jval(args[0]), 64, 2)))
_long_static('toUnsignedString', '(J)Ljava/lang/String;',
             lambda args: _wstr(unsigned_to_string(jval(args[0]), 64, 10)))
_long_static('compare', '(JJ)I', lambda args: W_Int(_cmp(jval(args[0]), jval(args[1]))))
_long_static('compareUnsigned', '(JJ)I',
             lambda args: W_Int(_ucmp(r_uint(jval(args[0])), r_uint(jval(args[1])))))
_long_static('divideUnsigned', '(JJ)J', lambda args: W_Long(_udiv64(args, False)))
_long_static('remainderUnsigned', '(JJ)J', lambda args: W_Long(_udiv64(args, True)))
_long_static('signum', '(J)I', lambda args: W_Int(_signum(jval(args[0]))))
_long_static('bitCount', '(J)I', lambda args: W_Int(_long_bit_count(jval(args[0]))))
_long_static('reverse', '(J)J', lambda args: W_Long(_reverse_bits(jval(args[0]), 64)))
_long_static('reverseBytes', '(J)J', lambda args: W_Long(_reverse_bytes(jval(args[0]), 64)))
_long_static('rotateLeft', '(JI)J',
             lambda args: W_Long(_rotate_left(jval(args[0]), ival(args[1]), 64)))
_long_static('rotateRight', '(JI)J',
             lambda args: W_Long(_rotate_left(jval(args[0]), -ival(args[1]), 64)))
_long_static('highestOneBit', '(J)J', lambda args: W_Long(_highest_one_bit(jval(args[0]), 64)))
_long_static('lowestOneBit', '(J)J', lambda args: W_Long(_lowest_one_bit(jval(args[0]), 64)))
_long_static('numberOfLeadingZeros', '(J)I', lambda args: W_Int(nlz(jval(args[0]), 64)))
_long_static('numberOfTrailingZeros', '(J)I', lambda args: W_Int(ntz(jval(args[0]), 64)))
_long_static('sum', '(JJ)J', lambda args: W_Long(intmask(jval(args[0]) + jval(args[1]))))
_long_static('max', '(JJ)J', lambda args: W_Long(max(jval(args[0]), jval(args[1]))))
_long_static('min', '(JJ)J', lambda args: W_Long(min(jval(args[0]), jval(args[1]))))
_long_static('hashCode', '(J)I', lambda args: W_Int(long_hash(jval(args[0]))))


# ---- Short and Byte ------------------------------------------------------------------------

def _parse_narrow(w_s, radix, lo, hi):
    v = parse_integral(w_s, radix, False)
    if v < lo or v > hi:
        assert isinstance(w_s, W_String)
        raise nfe('Value out of range. Value:"%s" Radix:%d' % (utf8(w_s.value), radix))
    return v


_constants(short_class, [
    ('MIN_VALUE', 'S', W_Int(-32768)), ('MAX_VALUE', 'S', W_Int(32767)),
    ('SIZE', 'I', W_Int(16)), ('BYTES', 'I', W_Int(2))])
_constants(byte_class, [
    ('MIN_VALUE', 'B', W_Int(-128)), ('MAX_VALUE', 'B', W_Int(127)),
    ('SIZE', 'I', W_Int(8)), ('BYTES', 'I', W_Int(1))])

_declare_common(short_class, 'S')
add_native(short_class, 'compareTo', '(Ljava/lang/Short;)I', _compare_to_diff)
add_native(short_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_to_diff)
add_native(short_class, 'valueOf', '(S)Ljava/lang/Short;',
           lambda args: box_short(ival(args[0])), STATIC)
add_native(short_class, 'valueOf', '(Ljava/lang/String;)Ljava/lang/Short;',
           lambda args: box_short(_parse_narrow(args[0], 10, -32768, 32767)), STATIC)
add_native(short_class, 'valueOf', '(Ljava/lang/String;I)Ljava/lang/Short;',
           lambda args: box_short(_parse_narrow(args[0], ival(args[1]), -32768, 32767)),
           STATIC)
add_native(short_class, 'parseShort', '(Ljava/lang/String;)S',
           lambda args: W_Int(_parse_narrow(args[0], 10, -32768, 32767)), STATIC)
add_native(short_class, 'parseShort', '(Ljava/lang/String;I)S',
           lambda args: W_Int(_parse_narrow(args[0], ival(args[1]), -32768, 32767)),
           STATIC)
add_native(short_class, 'toString', '(S)Ljava/lang/String;',
           lambda args: _wstr(unicode(str(ival(args[0])))), STATIC)
add_native(short_class, 'compare', '(SS)I', _compare_diff, STATIC)
add_native(short_class, 'hashCode', '(S)I', lambda args: args[0], STATIC)
add_native(short_class, 'toUnsignedInt', '(S)I',
           lambda args: W_Int(ival(args[0]) & 0xffff), STATIC)
add_native(short_class, 'toUnsignedLong', '(S)J',
           lambda args: W_Long(ival(args[0]) & 0xffff), STATIC)
add_native(short_class, 'reverseBytes', '(S)S',
           lambda args: W_Int(_reverse_bytes(ival(args[0]), 16)), STATIC)

_declare_common(byte_class, 'B')
add_native(byte_class, 'compareTo', '(Ljava/lang/Byte;)I', _compare_to_diff)
add_native(byte_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_to_diff)
add_native(byte_class, 'valueOf', '(B)Ljava/lang/Byte;',
           lambda args: box_byte(ival(args[0])), STATIC)
add_native(byte_class, 'valueOf', '(Ljava/lang/String;)Ljava/lang/Byte;',
           lambda args: box_byte(_parse_narrow(args[0], 10, -128, 127)), STATIC)
add_native(byte_class, 'valueOf', '(Ljava/lang/String;I)Ljava/lang/Byte;',
           lambda args: box_byte(_parse_narrow(args[0], ival(args[1]), -128, 127)),
           STATIC)
add_native(byte_class, 'parseByte', '(Ljava/lang/String;)B',
           lambda args: W_Int(_parse_narrow(args[0], 10, -128, 127)), STATIC)
add_native(byte_class, 'parseByte', '(Ljava/lang/String;I)B',
           lambda args: W_Int(_parse_narrow(args[0], ival(args[1]), -128, 127)), STATIC)
add_native(byte_class, 'toString', '(B)Ljava/lang/String;',
           lambda args: _wstr(unicode(str(ival(args[0])))), STATIC)
add_native(byte_class, 'compare', '(BB)I', _compare_diff, STATIC)
add_native(byte_class, 'hashCode', '(B)I', lambda args: args[0], STATIC)
add_native(byte_class, 'toUnsignedInt', '(B)I',
           lambda args: W_Int(ival(args[0]) & 0xff), STATIC)
add_native(byte_class, 'toUnsignedLong', '(B)J',
           lambda args: W_Long(ival(args[0]) & 0xff), STATIC)


# ---- Boolean ---------------------------------------------------------------------------------

def _parse_boolean(w):
    if w is None:
        return False
    assert isinstance(w, W_String)
    return len(w.value) == 4 and text.region_matches(w.value, 0, u'true', 0, 4, True)


_bool_true = add_field(boolean_class, 'TRUE', 'Ljava/lang/Boolean;', True, CONST)
_bool_false = add_field(boolean_class, 'FALSE', 'Ljava/lang/Boolean;', True, CONST)


def _boolean_clinit(args):
    boolean_class.static_values[_bool_true.index] = box_bool(True)
    boolean_class.static_values[_bool_false.index] = box_bool(False)
    return None


add_native(boolean_class, '<clinit>', '()V', _boolean_clinit, STATIC)
_declare_common(boolean_class, 'Z', False)
add_native(boolean_class, '<init>', '(Ljava/lang/String;)V',
           lambda args: _set_value([args[0], wbool(_parse_boolean(args[1]))]))
add_native(boolean_class, 'booleanValue', '()Z', lambda args: value_of(args[0]))
add_native(boolean_class, 'compareTo', '(Ljava/lang/Boolean;)I', _compare_to)
add_native(boolean_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_to)
add_native(boolean_class, 'valueOf', '(Z)Ljava/lang/Boolean;',
           lambda args: box_bool(ival(args[0]) != 0), STATIC)
add_native(boolean_class, 'valueOf', '(Ljava/lang/String;)Ljava/lang/Boolean;',
           lambda args: box_bool(_parse_boolean(args[0])), STATIC)
add_native(boolean_class, 'parseBoolean', '(Ljava/lang/String;)Z',
           lambda args: wbool(_parse_boolean(args[0])), STATIC)
add_native(boolean_class, 'toString', '(Z)Ljava/lang/String;',
           lambda args: _wstr(u'true' if ival(args[0]) else u'false'), STATIC)
add_native(boolean_class, 'hashCode', '(Z)I',
           lambda args: W_Int(1231 if ival(args[0]) else 1237), STATIC)
add_native(boolean_class, 'compare', '(ZZ)I', _compare_ints, STATIC)
add_native(boolean_class, 'logicalAnd', '(ZZ)Z',
           lambda args: wbool(ival(args[0]) != 0 and ival(args[1]) != 0), STATIC)
add_native(boolean_class, 'logicalOr', '(ZZ)Z',
           lambda args: wbool(ival(args[0]) != 0 or ival(args[1]) != 0), STATIC)
add_native(boolean_class, 'logicalXor', '(ZZ)Z',
           lambda args: wbool((ival(args[0]) != 0) != (ival(args[1]) != 0)), STATIC)


# ---- Character ------------------------------------------------------------------------------

def _c(args):
    return ival(args[0])


def _ch_pred(name, fn):
    add_native(character_class, name, '(C)Z', lambda args: wbool(fn(_c(args))), STATIC)
    add_native(character_class, name, '(I)Z', lambda args: wbool(fn(_c(args))), STATIC)


def _to_chars(args):
    from parley.jvm.lang.util import new_char_array
    cp = ival(args[0])
    if cp < 0 or cp > 0x10ffff:
        from parley.jvm.lang.builder import _hex_upper
        raise throw('java/lang/IllegalArgumentException',
                    'Not a valid Unicode code point: 0x%s' % _hex_upper(cp))
    return new_char_array(code_point_to_unicode(cp))


def _ch_code_point_at_seq(args):
    from parley.jvm.lang.builder import charseq_text
    s = charseq_text(args[0])
    i = ival(args[1])
    if i < 0 or i >= len(s):
        raise throw('java/lang/StringIndexOutOfBoundsException',
                    'index %d, length %d' % (i, len(s)))
    return W_Int(text.code_point_at(s, i, len(s)))


def _ch_code_point_at_arr(args):
    arr = char_array(args[0])
    i = ival(args[1])
    n = len(arr.storage)
    if i < 0 or i >= n:
        raise throw('java/lang/ArrayIndexOutOfBoundsException',
                    'Index %d out of bounds for length %d' % (i, n))
    c = arr.storage[i]
    if 0xd800 <= c <= 0xdbff and i + 1 < n and 0xdc00 <= arr.storage[i + 1] <= 0xdfff:
        return W_Int(0x10000 + ((c - 0xd800) << 10) + (arr.storage[i + 1] - 0xdc00))
    return W_Int(c)


_constants(character_class, [
    ('MIN_VALUE', 'C', W_Int(0)), ('MAX_VALUE', 'C', W_Int(0xffff)),
    ('MIN_RADIX', 'I', W_Int(2)), ('MAX_RADIX', 'I', W_Int(36)),
    ('MIN_CODE_POINT', 'I', W_Int(0)), ('MAX_CODE_POINT', 'I', W_Int(0x10ffff)),
    ('MIN_SUPPLEMENTARY_CODE_POINT', 'I', W_Int(0x10000)),
    ('MIN_HIGH_SURROGATE', 'C', W_Int(0xd800)), ('MAX_HIGH_SURROGATE', 'C', W_Int(0xdbff)),
    ('MIN_LOW_SURROGATE', 'C', W_Int(0xdc00)), ('MAX_LOW_SURROGATE', 'C', W_Int(0xdfff)),
    ('MIN_SURROGATE', 'C', W_Int(0xd800)), ('MAX_SURROGATE', 'C', W_Int(0xdfff)),
    ('SIZE', 'I', W_Int(16)), ('BYTES', 'I', W_Int(2))])
_declare_common(character_class, 'C', False)
add_native(character_class, 'charValue', '()C', lambda args: value_of(args[0]))
add_native(character_class, 'compareTo', '(Ljava/lang/Character;)I', _compare_to_diff)
add_native(character_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_to_diff)
add_native(character_class, 'valueOf', '(C)Ljava/lang/Character;',
           lambda args: box_char(_c(args)), STATIC)
add_native(character_class, 'toString', '(C)Ljava/lang/String;',
           lambda args: _wstr(unichr(_c(args))), STATIC)
add_native(character_class, 'toString', '(I)Ljava/lang/String;',
           lambda args: _wstr(code_point_to_unicode(_c(args))), STATIC)
add_native(character_class, 'hashCode', '(C)I', lambda args: args[0], STATIC)
add_native(character_class, 'compare', '(CC)I', _compare_diff, STATIC)
_ch_pred('isDigit', chars.is_digit)
_ch_pred('isLetter', chars.is_letter)
_ch_pred('isLetterOrDigit', chars.is_letter_or_digit)
_ch_pred('isAlphabetic', chars.is_alphabetic)
_ch_pred('isWhitespace', chars.is_whitespace)
_ch_pred('isSpaceChar', chars.is_space_char)
_ch_pred('isUpperCase', chars.is_upper)
_ch_pred('isLowerCase', chars.is_lower)
_ch_pred('isTitleCase', chars.is_title)
_ch_pred('isDefined', chars.is_defined)
_ch_pred('isISOControl', chars.is_iso_control)
_ch_pred('isJavaIdentifierStart', chars.is_java_identifier_start)
_ch_pred('isJavaIdentifierPart', chars.is_java_identifier_part)
_ch_pred('isIdentifierIgnorable', chars.is_identifier_ignorable)
_ch_pred('isUnicodeIdentifierStart', chars.is_letter)
_ch_pred('isUnicodeIdentifierPart', chars.is_java_identifier_part)
add_native(character_class, 'toUpperCase', '(C)C',
           lambda args: W_Int(chars.to_upper(_c(args)) & 0xffff), STATIC)
add_native(character_class, 'toUpperCase', '(I)I',
           lambda args: W_Int(chars.to_upper(_c(args))), STATIC)
add_native(character_class, 'toLowerCase', '(C)C',
           lambda args: W_Int(chars.to_lower(_c(args)) & 0xffff), STATIC)
add_native(character_class, 'toLowerCase', '(I)I',
           lambda args: W_Int(chars.to_lower(_c(args))), STATIC)
add_native(character_class, 'toTitleCase', '(C)C',
           lambda args: W_Int(chars.to_title(_c(args)) & 0xffff), STATIC)
add_native(character_class, 'getNumericValue', '(C)I',
           lambda args: W_Int(chars.numeric_value(_c(args))), STATIC)
add_native(character_class, 'getNumericValue', '(I)I',
           lambda args: W_Int(chars.numeric_value(_c(args))), STATIC)
add_native(character_class, 'digit', '(CI)I',
           lambda args: W_Int(chars.digit(_c(args), ival(args[1]))), STATIC)
add_native(character_class, 'digit', '(II)I',
           lambda args: W_Int(chars.digit(_c(args), ival(args[1]))), STATIC)
add_native(character_class, 'forDigit', '(II)C',
           lambda args: W_Int(chars.for_digit(_c(args), ival(args[1]))), STATIC)
add_native(character_class, 'getType', '(C)I',
           lambda args: W_Int(chars.get_type(_c(args))), STATIC)
add_native(character_class, 'getType', '(I)I',
           lambda args: W_Int(chars.get_type(_c(args))), STATIC)
add_native(character_class, 'isSurrogate', '(C)Z',
           lambda args: wbool(0xd800 <= _c(args) <= 0xdfff), STATIC)
add_native(character_class, 'isHighSurrogate', '(C)Z',
           lambda args: wbool(0xd800 <= _c(args) <= 0xdbff), STATIC)
add_native(character_class, 'isLowSurrogate', '(C)Z',
           lambda args: wbool(0xdc00 <= _c(args) <= 0xdfff), STATIC)
add_native(character_class, 'isSurrogatePair', '(CC)Z',
           lambda args: wbool(0xd800 <= _c(args) <= 0xdbff and
                              0xdc00 <= ival(args[1]) <= 0xdfff), STATIC)
add_native(character_class, 'isValidCodePoint', '(I)Z',
           lambda args: wbool(0 <= _c(args) <= 0x10ffff), STATIC)
add_native(character_class, 'isBmpCodePoint', '(I)Z',
           lambda args: wbool(0 <= _c(args) <= 0xffff), STATIC)
add_native(character_class, 'isSupplementaryCodePoint', '(I)Z',
           lambda args: wbool(0x10000 <= _c(args) <= 0x10ffff), STATIC)
add_native(character_class, 'charCount', '(I)I',
           lambda args: W_Int(2 if _c(args) >= 0x10000 else 1), STATIC)
add_native(character_class, 'toCodePoint', '(CC)I',
           lambda args: W_Int(((_c(args) << 10) + ival(args[1])) +
                              (0x10000 - (0xd800 << 10) - 0xdc00)), STATIC)
add_native(character_class, 'highSurrogate', '(I)C',
           lambda args: W_Int(((_c(args) >> 10) + (0xd800 - (0x10000 >> 10))) & 0xffff),
           STATIC)
add_native(character_class, 'lowSurrogate', '(I)C',
           lambda args: W_Int(((_c(args) & 0x3ff) + 0xdc00) & 0xffff), STATIC)
add_native(character_class, 'toChars', '(I)[C', _to_chars, STATIC)
add_native(character_class, 'reverseBytes', '(C)C',
           lambda args: W_Int(((_c(args) & 0xff) << 8) | ((_c(args) >> 8) & 0xff)),
           STATIC)
add_native(character_class, 'codePointAt', '(Ljava/lang/CharSequence;I)I',
           _ch_code_point_at_seq, STATIC)
add_native(character_class, 'codePointAt', '([CI)I', _ch_code_point_at_arr, STATIC)


# ---- Double and Float -----------------------------------------------------------------------

def _d(args):
    return dval(args[0])


def _dmin(a, b):
    if isnan(a):
        return a
    if a == 0.0 and b == 0.0 and double_bits(b) < 0:
        return b
    return a if a <= b else b


def _dmax(a, b):
    if isnan(a):
        return a
    if a == 0.0 and b == 0.0 and double_bits(a) < 0:
        return b
    return a if a >= b else b


_constants(double_class, [
    ('MIN_VALUE', 'D', W_Double(5e-324)),
    ('MAX_VALUE', 'D', W_Double(1.7976931348623157e308)),
    ('MIN_NORMAL', 'D', W_Double(2.2250738585072014e-308)),
    ('POSITIVE_INFINITY', 'D', W_Double(INF)),
    ('NEGATIVE_INFINITY', 'D', W_Double(-INF)),
    ('NaN', 'D', W_Double(NAN)),
    ('MAX_EXPONENT', 'I', W_Int(1023)), ('MIN_EXPONENT', 'I', W_Int(-1022)),
    ('SIZE', 'I', W_Int(64)), ('BYTES', 'I', W_Int(8))])
_constants(float_class, [
    ('MIN_VALUE', 'F', W_Float(1.401298464324817e-45)),
    ('MAX_VALUE', 'F', W_Float(3.4028234663852886e38)),
    ('MIN_NORMAL', 'F', W_Float(1.1754943508222875e-38)),
    ('POSITIVE_INFINITY', 'F', W_Float(INF)),
    ('NEGATIVE_INFINITY', 'F', W_Float(-INF)),
    ('NaN', 'F', W_Float(NAN)),
    ('MAX_EXPONENT', 'I', W_Int(127)), ('MIN_EXPONENT', 'I', W_Int(-126)),
    ('SIZE', 'I', W_Int(32)), ('BYTES', 'I', W_Int(4))])

_declare_common(double_class, 'D')
add_native(double_class, '<init>', '(Ljava/lang/String;)V',
           lambda args: _set_value([args[0], W_Double(parse_double_text(args[1]))]))
add_native(double_class, 'compareTo', '(Ljava/lang/Double;)I', _compare_to)
add_native(double_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_to)
add_native(double_class, 'isNaN', '()Z', lambda args: wbool(isnan(_get_double(args[0]))))
add_native(double_class, 'isInfinite', '()Z',
           lambda args: wbool(isinf(_get_double(args[0]))))


def _ds(name, desc, fn):
    add_native(double_class, name, desc, fn, STATIC)


_ds('valueOf', '(D)Ljava/lang/Double;', lambda args: box_double(_d(args)))
_ds('valueOf', '(Ljava/lang/String;)Ljava/lang/Double;',
    lambda args: box_double(parse_double_text(args[0])))
_ds('parseDouble', '(Ljava/lang/String;)D', lambda args: W_Double(parse_double_text(args[0])))
_ds('toString', '(D)Ljava/lang/String;', lambda args: _wstr(double_to_java_string(_d(args))))
_ds('toHexString', '(D)Ljava/lang/String;', lambda args: _wstr(double_to_hex_string(_d(args))))
_ds('isNaN', '(D)Z', lambda args: wbool(isnan(_d(args))))
_ds('isInfinite', '(D)Z', lambda args: wbool(isinf(_d(args))))
_ds('isFinite', '(D)Z', lambda args: wbool(not isnan(_d(args)) and not isinf(_d(args))))
_ds('compare', '(DD)I', lambda args: W_Int(double_compare(_d(args), dval(args[1]))))
_ds('doubleToLongBits', '(D)J', lambda args: W_Long(java_double_bits(_d(args))))
_ds('doubleToRawLongBits', '(D)J', lambda args: W_Long(double_bits(_d(args))))
_ds('longBitsToDouble', '(J)D', lambda args: W_Double(bits_to_double(jval(args[0]))))
_ds('hashCode', '(D)I', lambda args: W_Int(double_hash(_d(args))))
_ds('sum', '(DD)D', lambda args: W_Double(_d(args) + dval(args[1])))
_ds('max', '(DD)D', lambda args: W_Double(_dmax(_d(args), dval(args[1]))))
_ds('min', '(DD)D', lambda args: W_Double(_dmin(_d(args), dval(args[1]))))

_declare_common(float_class, 'F')
add_native(float_class, '<init>', '(Ljava/lang/String;)V',
           lambda args: _set_value([args[0], W_Float(parse_float_text(args[1]))]))
add_native(float_class, '<init>', '(D)V',
           lambda args: _set_value([args[0], W_Float(arith.round_float32(_d(args[1:])))]))
add_native(float_class, 'compareTo', '(Ljava/lang/Float;)I', _compare_to)
add_native(float_class, 'compareTo', '(Ljava/lang/Object;)I', _compare_to)
add_native(float_class, 'isNaN', '()Z', lambda args: wbool(isnan(_get_double(args[0]))))
add_native(float_class, 'isInfinite', '()Z',
           lambda args: wbool(isinf(_get_double(args[0]))))


def _fs(name, desc, fn):
    add_native(float_class, name, desc, fn, STATIC)


_fs('valueOf', '(F)Ljava/lang/Float;', lambda args: box_float(_d(args)))
_fs('valueOf', '(Ljava/lang/String;)Ljava/lang/Float;',
    lambda args: box_float(parse_float_text(args[0])))
_fs('parseFloat', '(Ljava/lang/String;)F', lambda args: W_Float(parse_float_text(args[0])))
_fs('toString', '(F)Ljava/lang/String;', lambda args: _wstr(float_to_java_string(_d(args))))
_fs('toHexString', '(F)Ljava/lang/String;', lambda args: _wstr(float_to_hex_string(_d(args))))
_fs('isNaN', '(F)Z', lambda args: wbool(isnan(_d(args))))
_fs('isInfinite', '(F)Z', lambda args: wbool(isinf(_d(args))))
_fs('isFinite', '(F)Z', lambda args: wbool(not isnan(_d(args)) and not isinf(_d(args))))
_fs('compare', '(FF)I', lambda args: W_Int(double_compare(_d(args), dval(args[1]))))
_fs('floatToIntBits', '(F)I', lambda args: W_Int(java_float_bits(_d(args))))
_fs('floatToRawIntBits', '(F)I', lambda args: W_Int(wrap32(float32_bits(_d(args)))))
_fs('intBitsToFloat', '(I)F', lambda args: W_Float(bits_to_float32(ival(args[0]) & 0xffffffff)))
_fs('hashCode', '(F)I', lambda args: W_Int(java_float_bits(_d(args))))
_fs('sum', '(FF)F', lambda args: W_Float(arith.round_float32(_d(args) + dval(args[1]))))
_fs('max', '(FF)F', lambda args: W_Float(_dmax(_d(args), dval(args[1]))))
_fs('min', '(FF)F', lambda args: W_Float(_dmin(_d(args), dval(args[1]))))
