"""System.Convert: the conversions between the primitive types and
strings that C# programs use most (ToInt32, ToInt64, ToDouble, ToString
with and without a base, ToChar, ToBoolean, ...), with Mono's rounding
(to even) and messages."""
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.rfloat import isnan
from parley.interop.model import (W_Int, W_Long, W_Double, W_String, W_Box,
                                  W_TRUE, W_FALSE, wrap32)
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.clr.lib import numformat
from parley.clr.lib.util import (throw, arg_error, ival, jval, dval, sval,
                                 wbool, kind_of_class, int_value,
                                 K_BOOL, K_CHAR, K_I4, K_I8, K_R4, K_R8, K_U8,
                                 K_I1, K_I2, K_U1, K_U2, K_U4)
from parley.clr.ukeys import add_native_u
from parley.clr.lib.primitives import (parse_value, default_styles,
                                       value_text, round_float32)
from parley.clr.lib.mathlib import round_even

STATIC = ACC_PUBLIC | ACC_STATIC
S = 'Ljava/lang/String;'
O = 'Ljava/lang/Object;'


def _overflow(what):
    return throw('System.OverflowException',
                 'Value was either too large or too small for %s.' % what)


def double_to_int32(d):
    if d >= 0:
        if d < 2147483647.5:
            r = int(d)
            dif = d - r
            if dif > 0.5 or (dif == 0.5 and r & 1 != 0):
                r += 1
            return r
    elif d >= -2147483648.5:
        r = int(d)
        dif = d - r
        if dif < -0.5 or (dif == -0.5 and r & 1 != 0):
            r -= 1
        return r
    raise _overflow('an Int32')


def double_to_int64(d):
    r = round_even(d)
    if isnan(r) or r >= 9223372036854775808.0 or r < -9223372036854775808.0:
        raise throw('System.OverflowException', None)
    return int(r)


def _object_to_int64(w, bits):
    """Convert.ToInt32/ToInt64(object) for a boxed primitive or string."""
    if w is None:
        return 0
    if isinstance(w, W_String):
        kind = K_I4 if bits == 32 else K_I8
        w_v = parse_value(kind, w, default_styles(kind), 'value')
        if isinstance(w_v, W_Long):
            return w_v.longval
        return ival(w_v)
    if isinstance(w, W_Box):
        kind = kind_of_class(w.klass)
        if kind == K_R8 or kind == K_R4:
            d = dval(w.w_value)
            if bits == 32:
                return double_to_int32(d)
            return double_to_int64(d)
        v = int_value(kind, w.w_value)
        if kind == K_U8 and v < 0:
            raise _overflow('an Int64' if bits == 64 else 'an Int32')
        if bits == 32 and (v > 2147483647 or v < -2147483648):
            raise _overflow('an Int32')
        return v
    raise throw('System.InvalidCastException',
                'Unable to cast object to type \'System.IConvertible\'.')


def _to_int32_string(args):
    if args[0] is None:
        return W_Int(0)
    return parse_value(K_I4, args[0], default_styles(K_I4), 'value')


def _to_int64_string(args):
    if args[0] is None:
        return W_Long(0)
    return parse_value(K_I8, args[0], default_styles(K_I8), 'value')


def _to_double_string(args):
    if args[0] is None:
        return W_Double(0.0)
    return parse_value(K_R8, args[0], default_styles(K_R8), 'value')


def _to_int32_double(args):
    return W_Int(double_to_int32(dval(args[0])))


def _to_int64_double(args):
    return W_Long(double_to_int64(dval(args[0])))


def _to_int32_long(args):
    v = jval(args[0])
    if v > 2147483647 or v < -2147483648:
        raise _overflow('an Int32')
    return W_Int(v)


def _to_int32_int(args):
    return W_Int(ival(args[0]))


def _to_int64_int(args):
    return W_Long(jval(args[0]))


def _to_int32_object(args):
    return W_Int(_object_to_int64(args[0], 32))


def _to_int64_object(args):
    return W_Long(_object_to_int64(args[0], 64))


def _to_double_int(args):
    return W_Double(float(ival(args[0])))


def _to_double_long(args):
    return W_Double(float(jval(args[0])))


def _to_double_double(args):
    return W_Double(dval(args[0]))


def _to_double_object(args):
    w = args[0]
    if w is None:
        return W_Double(0.0)
    if isinstance(w, W_String):
        return parse_value(K_R8, w, default_styles(K_R8), 'value')
    if isinstance(w, W_Box):
        kind = kind_of_class(w.klass)
        if kind == K_R8 or kind == K_R4:
            return W_Double(dval(w.w_value))
        if kind == K_U8:
            return W_Double(float(r_uint(int_value(kind, w.w_value))))
        return W_Double(float(int_value(kind, w.w_value)))
    raise throw('System.InvalidCastException',
                'Unable to cast object to type \'System.IConvertible\'.')


def _to_double_bool(args):
    return W_Double(1.0 if ival(args[0]) != 0 else 0.0)


def _to_int_bool(args):
    return W_Int(1 if ival(args[0]) != 0 else 0)


def _to_long_bool(args):
    return W_Long(1 if ival(args[0]) != 0 else 0)


def _to_string_object(args):
    w = args[0]
    if w is None:
        return W_String(u'')
    from parley.clr.lib.composite import format_arg
    return W_String(format_arg(w, None))


def _make_to_string(kind):
    def fn(args):
        return W_String(value_text(kind, args[0]))
    return fn


def _digits_in_base(u, base):
    digits = '0123456789abcdef'
    if u == 0:
        return u'0'
    out = []
    while u != 0:
        out.append(digits[intmask(u % r_uint(base))])
        u = u // r_uint(base)
    out.reverse()
    return unicode(''.join(out))


def _check_base(base):
    if base != 2 and base != 8 and base != 10 and base != 16:
        raise arg_error('Invalid Base.', '')


def _to_string_int_base(args):
    v = ival(args[0])
    base = ival(args[1])
    _check_base(base)
    if base == 10:
        return W_String(unicode(str(v)))
    return W_String(_digits_in_base(r_uint(v) & r_uint(0xFFFFFFFF), base))


def _to_string_long_base(args):
    v = jval(args[0])
    base = ival(args[1])
    _check_base(base)
    if base == 10:
        return W_String(unicode(str(v)))
    return W_String(_digits_in_base(r_uint(v), base))


def parse_in_base(s, base, bits):
    """Convert.ToInt32/ToInt64(string, fromBase)."""
    _check_base(base)
    n = len(s)
    if n == 0:
        raise throw('System.ArgumentOutOfRangeException',
                    'Index was out of range. Must be non-negative and less than '
                    'the size of the collection.\nParameter name: startIndex')
    i = 0
    negative = False
    if s[0] == u'-':
        if base != 10:
            raise arg_error('String cannot contain a minus sign if the base is not 10.', '')
        negative = True
        i = 1
    elif s[0] == u'+':
        i = 1
    if base == 16 and i + 1 < n and s[i] == u'0' and (s[i + 1] == u'x' or s[i + 1] == u'X'):
        i += 2
    if i >= n:
        raise throw('System.FormatException', 'Could not find any recognizable digits.')
    u = r_uint(0)
    limit = r_uint(1) << bits if bits < 64 else r_uint(0)
    if base == 10:
        what = 'an Int32' if bits == 32 else 'an Int64'
    else:
        what = 'a UInt32' if bits == 32 else 'a UInt64'
    start = i
    while i < n:
        c = ord(s[i])
        if 48 <= c <= 57:
            d = c - 48
        elif 97 <= c <= 122:
            d = c - 87
        elif 65 <= c <= 90:
            d = c - 55
        else:
            break
        if d >= base:
            break
        if u > r_uint(-1) // r_uint(base):
            raise _overflow(what)
        nu = u * r_uint(base) + r_uint(d)
        if nu < u or (bits < 64 and nu >= limit):
            raise _overflow(what)
        u = nu
        i += 1
    if i == start:
        raise throw('System.FormatException', 'Could not find any recognizable digits.')
    if i != n:
        raise throw('System.FormatException', 'Additional non-parsable characters are at the end of the string.')
    if base == 10:
        top = r_uint(1) << (bits - 1)
        if negative:
            if u > top:
                raise _overflow(what)
            u = r_uint(0) - u
        elif u >= top:
            raise _overflow(what)
    v = intmask(u)
    if bits == 32:
        v = wrap32(v)
    return v


def _to_int32_base(args):
    s = sval(args[0])
    if s is None:
        return W_Int(0)
    return W_Int(parse_in_base(s, ival(args[1]), 32))


def _to_int64_base(args):
    s = sval(args[0])
    if s is None:
        return W_Long(0)
    return W_Long(parse_in_base(s, ival(args[1]), 64))


def _to_char_int(args):
    v = ival(args[0])
    if v < 0 or v > 0xffff:
        raise _overflow('a character')
    return W_Int(v)


def _to_char_string(args):
    s = sval(args[0])
    if s is None:
        raise throw('System.ArgumentNullException',
                    'Value cannot be null.\nParameter name: value')
    if len(s) != 1:
        raise throw('System.FormatException', 'String must be exactly one character long.')
    return W_Int(ord(s[0]))


def _to_bool_string(args):
    if args[0] is None:
        return W_FALSE
    return parse_value(K_BOOL, args[0], 0, 'value')


def _to_bool_int(args):
    return wbool(ival(args[0]) != 0)


def _to_bool_double(args):
    return wbool(dval(args[0]) != 0.0)


def _to_single_double(args):
    return W_Double(round_float32(dval(args[0])))


# ---- unsigned sources and results (keys marked unsigned: parley.clr.ukeys) ----

def _u32(w):
    return ival(w) & 0xffffffff


def _to_int32_uint(args):
    v = _u32(args[0])
    if v > 2147483647:
        raise _overflow('an Int32')
    return W_Int(v)


def _to_int32_ulong(args):
    v = jval(args[0])
    if v < 0 or v > 2147483647:
        raise _overflow('an Int32')
    return W_Int(v)


def _to_int64_uint(args):
    return W_Long(_u32(args[0]))


def _to_int64_ulong(args):
    v = jval(args[0])
    if v < 0:
        raise _overflow('an Int64')
    return W_Long(v)


def _to_double_uint(args):
    return W_Double(float(_u32(args[0])))


def _to_double_ulong(args):
    v = jval(args[0])
    if v >= 0:
        return W_Double(float(v))
    return W_Double(float(r_uint(v)))


def _to_uint32_string(args):
    if args[0] is None:
        return W_Int(0)
    return parse_value(K_U4, args[0], default_styles(K_U4), 'value')


def _to_uint32_int(args):
    v = ival(args[0])
    if v < 0:
        raise _overflow('a UInt32')
    return W_Int(v)


def _to_uint32_uint(args):
    return W_Int(ival(args[0]))


def _to_uint32_long(args):
    v = jval(args[0])
    if v < 0 or v > 4294967295:
        raise _overflow('a UInt32')
    return W_Int(wrap32(v))


def _to_uint32_ulong(args):
    v = jval(args[0])
    if v < 0 or v > 4294967295:
        raise _overflow('a UInt32')
    return W_Int(wrap32(v))


def _to_uint32_double(args):
    d = dval(args[0])
    if d >= -0.5 and d < 4294967295.5:
        r = int(d) if d > 0 else 0
        dif = d - r
        if dif > 0.5 or (dif == 0.5 and r & 1 != 0):
            r += 1
        return W_Int(wrap32(r))
    raise _overflow('a UInt32')


def _to_uint64_string(args):
    if args[0] is None:
        return W_Long(0)
    return parse_value(K_U8, args[0], default_styles(K_U8), 'value')


def _to_uint64_int(args):
    v = jval(args[0])
    if v < 0:
        raise _overflow('a UInt64')
    return W_Long(v)


def _to_uint64_uint(args):
    return W_Long(_u32(args[0]))


def _to_uint64_ulong(args):
    return W_Long(jval(args[0]))


def install_unsigned(cls):
    add_native_u(cls, 'ToInt32', '(I)I', 'u>.', _to_int32_uint, STATIC)
    add_native_u(cls, 'ToInt32', '(J)I', 'u>.', _to_int32_ulong, STATIC)
    add_native_u(cls, 'ToInt64', '(I)J', 'u>.', _to_int64_uint, STATIC)
    add_native_u(cls, 'ToInt64', '(J)J', 'u>.', _to_int64_ulong, STATIC)
    add_native_u(cls, 'ToDouble', '(I)D', 'u>.', _to_double_uint, STATIC)
    add_native_u(cls, 'ToDouble', '(J)D', 'u>.', _to_double_ulong, STATIC)
    add_native_u(cls, 'ToUInt32', '(' + S + ')I', '.>u', _to_uint32_string, STATIC)
    add_native_u(cls, 'ToUInt32', '(I)I', '.>u', _to_uint32_int, STATIC)
    add_native_u(cls, 'ToUInt32', '(I)I', 'u>u', _to_uint32_uint, STATIC)
    add_native_u(cls, 'ToUInt32', '(J)I', '.>u', _to_uint32_long, STATIC)
    add_native_u(cls, 'ToUInt32', '(J)I', 'u>u', _to_uint32_ulong, STATIC)
    add_native_u(cls, 'ToUInt32', '(D)I', '.>u', _to_uint32_double, STATIC)
    add_native_u(cls, 'ToUInt64', '(' + S + ')J', '.>u', _to_uint64_string, STATIC)
    add_native_u(cls, 'ToUInt64', '(I)J', '.>u', _to_uint64_int, STATIC)
    add_native_u(cls, 'ToUInt64', '(I)J', 'u>u', _to_uint64_uint, STATIC)
    add_native_u(cls, 'ToUInt64', '(J)J', '.>u', _to_uint64_int, STATIC)
    add_native_u(cls, 'ToUInt64', '(J)J', 'u>u', _to_uint64_ulong, STATIC)
    for kind, letter in [(K_U4, 'I'), (K_U8, 'J'), (K_U2, 'S'), (K_U1, 'B')]:
        add_native_u(cls, 'ToString', '(' + letter + ')' + S, 'u>.',
                     _make_to_string(kind), STATIC)


def install(cls):
    install_unsigned(cls)
    add_native(cls, 'ToInt32', '(' + S + ')I', _to_int32_string, STATIC)
    add_native(cls, 'ToInt32', '(' + S + 'I)I', _to_int32_base, STATIC)
    add_native(cls, 'ToInt32', '(D)I', _to_int32_double, STATIC)
    add_native(cls, 'ToInt32', '(F)I', _to_int32_double, STATIC)
    add_native(cls, 'ToInt32', '(J)I', _to_int32_long, STATIC)
    add_native(cls, 'ToInt32', '(I)I', _to_int32_int, STATIC)
    add_native(cls, 'ToInt32', '(S)I', _to_int32_int, STATIC)
    add_native(cls, 'ToInt32', '(B)I', _to_int32_int, STATIC)
    add_native(cls, 'ToInt32', '(C)I', _to_int32_int, STATIC)
    add_native(cls, 'ToInt32', '(Z)I', _to_int_bool, STATIC)
    add_native(cls, 'ToInt32', '(' + O + ')I', _to_int32_object, STATIC)
    add_native(cls, 'ToInt64', '(' + S + ')J', _to_int64_string, STATIC)
    add_native(cls, 'ToInt64', '(' + S + 'I)J', _to_int64_base, STATIC)
    add_native(cls, 'ToInt64', '(D)J', _to_int64_double, STATIC)
    add_native(cls, 'ToInt64', '(F)J', _to_int64_double, STATIC)
    add_native(cls, 'ToInt64', '(I)J', _to_int64_int, STATIC)
    add_native(cls, 'ToInt64', '(J)J', _to_int64_int, STATIC)
    add_native(cls, 'ToInt64', '(C)J', _to_int64_int, STATIC)
    add_native(cls, 'ToInt64', '(Z)J', _to_long_bool, STATIC)
    add_native(cls, 'ToInt64', '(' + O + ')J', _to_int64_object, STATIC)
    add_native(cls, 'ToDouble', '(' + S + ')D', _to_double_string, STATIC)
    add_native(cls, 'ToDouble', '(I)D', _to_double_int, STATIC)
    add_native(cls, 'ToDouble', '(J)D', _to_double_long, STATIC)
    add_native(cls, 'ToDouble', '(F)D', _to_double_double, STATIC)
    add_native(cls, 'ToDouble', '(D)D', _to_double_double, STATIC)
    add_native(cls, 'ToDouble', '(Z)D', _to_double_bool, STATIC)
    add_native(cls, 'ToDouble', '(' + O + ')D', _to_double_object, STATIC)
    add_native(cls, 'ToSingle', '(D)F', _to_single_double, STATIC)
    add_native(cls, 'ToString', '(' + O + ')' + S, _to_string_object, STATIC)
    for kind, letter in [(K_I4, 'I'), (K_I8, 'J'), (K_R8, 'D'), (K_R4, 'F'),
                         (K_BOOL, 'Z'), (K_CHAR, 'C'), (K_I2, 'S'), (K_I1, 'B')]:
        add_native(cls, 'ToString', '(' + letter + ')' + S, _make_to_string(kind), STATIC)
    add_native(cls, 'ToString', '(II)' + S, _to_string_int_base, STATIC)
    add_native(cls, 'ToString', '(JI)' + S, _to_string_long_base, STATIC)
    add_native(cls, 'ToChar', '(I)C', _to_char_int, STATIC)
    add_native(cls, 'ToChar', '(' + S + ')C', _to_char_string, STATIC)
    add_native(cls, 'ToBoolean', '(' + S + ')Z', _to_bool_string, STATIC)
    add_native(cls, 'ToBoolean', '(I)Z', _to_bool_int, STATIC)
    add_native(cls, 'ToBoolean', '(D)Z', _to_bool_double, STATIC)
