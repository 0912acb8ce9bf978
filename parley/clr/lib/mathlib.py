"""System.Math as Mono 6.8 computes it: the transcendental functions are
the C library's (Mono calls libm too, so the results are bit-identical),
Round is round-half-to-even (Round(x, digits) scales by 10^digits first,
as Mono's managed code does), and the integer overloads throw Mono's
OverflowException for Abs(MinValue)."""
import math
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.rfloat import isnan, isinf, copysign, NAN, INFINITY
from rpython.rtyper.lltypesystem import rffi
from rpython.translator.tool.cbuild import ExternalCompilationInfo
from parley.interop.model import W_Int, W_Long, W_Double, wrap32
from parley.interop.native import add_native
from parley.clr.ukeys import add_native_u
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.arith import round_float32
from parley.clr.lib.util import (throw, arg_range, ival, jval, dval,
                                 store_out)

STATIC = ACC_PUBLIC | ACC_STATIC

_eci = ExternalCompilationInfo(includes=['math.h'], libraries=['m'])


def _libm(name, nargs):
    return rffi.llexternal(name, [rffi.DOUBLE] * nargs, rffi.DOUBLE,
                           compilation_info=_eci, sandboxsafe=True,
                           elidable_function=True, releasegil=False)

c_sin = _libm('sin', 1)
c_cos = _libm('cos', 1)
c_tan = _libm('tan', 1)
c_asin = _libm('asin', 1)
c_acos = _libm('acos', 1)
c_atan = _libm('atan', 1)
c_atan2 = _libm('atan2', 2)
c_sinh = _libm('sinh', 1)
c_cosh = _libm('cosh', 1)
c_tanh = _libm('tanh', 1)
c_exp = _libm('exp', 1)
c_log = _libm('log', 1)
c_log10 = _libm('log10', 1)
c_pow = _libm('pow', 2)
c_sqrt = _libm('sqrt', 1)
c_floor = _libm('floor', 1)
c_ceil = _libm('ceil', 1)
c_fmod = _libm('fmod', 2)
c_cbrt = _libm('cbrt', 1)


def round_even(x):
    """Math.Round(double): to the nearest integer, ties to even."""
    if isnan(x) or isinf(x):
        return x
    if abs(x) >= 4503599627370496.0:       # 2^52: already integral
        return x
    f = c_floor(x)
    diff = x - f
    if diff > 0.5:
        r = f + 1.0
    elif diff < 0.5:
        r = f
    elif c_fmod(f, 2.0) == 0.0:
        r = f
    else:
        r = f + 1.0
    return copysign(r, x)


def sign_of(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0


def modf_parts(x):
    """(fraction, integral part) of x, both with x's sign."""
    if isinf(x):
        return copysign(0.0, x), x
    if x >= 0:
        ip = c_floor(x)
    else:
        ip = c_ceil(x)
    return x - ip, ip


POWERS_OF_TEN = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                 1e11, 1e12, 1e13, 1e14, 1e15]


def round_digits(value, digits, mode):
    if digits < 0 or digits > 15:
        raise arg_range('digits', 'Rounding digits must be between 0 and 15, inclusive.')
    if mode < 0 or mode > 1:
        raise throw('System.ArgumentException',
                    "The value '%d' is not valid for this usage of the type "
                    "MidpointRounding.\nParameter name: mode" % mode)
    if abs(value) < 1e16:
        power10 = POWERS_OF_TEN[digits]
        value *= power10
        if mode == 1:
            fraction, value = modf_parts(value)
            if abs(fraction) >= 0.5:
                value += float(sign_of(fraction))
        else:
            value = round_even(value)
        value /= power10
    return value


# ---- natives -----------------------------------------------------------------------------

def _d(f):
    def fn(args):
        return W_Double(f(dval(args[0])))
    return fn


def _d2(f):
    def fn(args):
        return W_Double(f(dval(args[0]), dval(args[1])))
    return fn


def _negate_overflow():
    return throw('System.OverflowException',
                 'Negating the minimum value of a twos complement number is invalid.')


def _abs_int(args):
    v = ival(args[0])
    if v == -2147483648:
        raise _negate_overflow()
    return W_Int(-v if v < 0 else v)


def _abs_long(args):
    v = jval(args[0])
    if v == -9223372036854775807 - 1:
        raise _negate_overflow()
    return W_Long(-v if v < 0 else v)


def _abs_short(args):
    v = ival(args[0])
    if v == -32768:
        raise _negate_overflow()
    return W_Int(-v if v < 0 else v)


def _abs_sbyte(args):
    v = ival(args[0])
    if v == -128:
        raise _negate_overflow()
    return W_Int(-v if v < 0 else v)


def _abs_double(args):
    return W_Double(abs(dval(args[0])))


def _max_int(args):
    a = ival(args[0])
    b = ival(args[1])
    return W_Int(a if a >= b else b)


def _min_int(args):
    a = ival(args[0])
    b = ival(args[1])
    return W_Int(a if a <= b else b)


def _max_long(args):
    a = jval(args[0])
    b = jval(args[1])
    return W_Long(a if a >= b else b)


def _min_long(args):
    a = jval(args[0])
    b = jval(args[1])
    return W_Long(a if a <= b else b)


def _max_double(args):
    a = dval(args[0])
    b = dval(args[1])
    if a > b:
        return W_Double(a)
    if isnan(a):
        return W_Double(a)
    return W_Double(b)


def _min_double(args):
    a = dval(args[0])
    b = dval(args[1])
    if a < b:
        return W_Double(a)
    if isnan(a):
        return W_Double(a)
    return W_Double(b)


# Max/Min(uint, uint) and (ulong, ulong): under the keys of the int/long
# ones with unsigned marks (parley.clr.ukeys); byte and ushort values are
# zero-extended, so the int ones serve them.
def _max_uint(args):
    a = ival(args[0]) & 0xffffffff
    b = ival(args[1]) & 0xffffffff
    return W_Int(wrap32(a if a >= b else b))


def _min_uint(args):
    a = ival(args[0]) & 0xffffffff
    b = ival(args[1]) & 0xffffffff
    return W_Int(wrap32(a if a <= b else b))


def _max_ulong(args):
    a = r_uint(jval(args[0]))
    b = r_uint(jval(args[1]))
    return W_Long(intmask(a if a >= b else b))


def _min_ulong(args):
    a = r_uint(jval(args[0]))
    b = r_uint(jval(args[1]))
    return W_Long(intmask(a if a <= b else b))


def _sign_int(args):
    return W_Int(sign_of(ival(args[0])))


def _sign_long(args):
    return W_Int(sign_of(jval(args[0])))


def _sign_double(args):
    d = dval(args[0])
    if isnan(d):
        raise throw('System.ArithmeticException',
                    'Function does not accept floating point Not-a-Number values.')
    return W_Int(sign_of(d))


def log_base(a, new_base):
    if isnan(a):
        return a
    if isnan(new_base):
        return new_base
    if new_base == 1.0:
        return NAN
    if a != 1.0 and (new_base == 0.0 or isinf(new_base)):
        return NAN
    return c_log(a) / c_log(new_base)


def _round(args):
    return W_Double(round_even(dval(args[0])))


def _round_digits(args):
    return W_Double(round_digits(dval(args[0]), ival(args[1]), 0))


def _round_mode(args):
    return W_Double(round_digits(dval(args[0]), 0, ival(args[1])))


def _round_digits_mode(args):
    return W_Double(round_digits(dval(args[0]), ival(args[1]), ival(args[2])))


def _truncate(args):
    d = dval(args[0])
    fraction, ip = modf_parts(d)
    return W_Double(ip)


def _ieee_remainder(args):
    x = dval(args[0])
    y = dval(args[1])
    if isnan(x) or isnan(y) or isinf(x) or y == 0.0:
        return W_Double(NAN)
    if isinf(y):
        return W_Double(x)
    r = c_fmod(x, y)
    # round-half-even quotient
    q = (x - r) / y
    half = abs(y) / 2.0
    if abs(r) > half or (abs(r) == half and c_fmod(q, 2.0) != 0.0):
        if (r < 0) == (y < 0):
            r -= y
        else:
            r += y
    if r == 0.0:
        r = copysign(0.0, x)
    return W_Double(r)


def _big_mul(args):
    return W_Long(ival(args[0]) * ival(args[1]))


def _div_rem(args):
    a = ival(args[0])
    b = ival(args[1])
    if b == 0:
        raise throw('System.DivideByZeroException', None)
    if b == -1:
        q = wrap32(-a)
        store_out(args[2], W_Int(0))
        return W_Int(q)
    q = _div_trunc(a, b)
    store_out(args[2], W_Int(a - q * b))
    return W_Int(q)


def _div_trunc(a, b):
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
    return q


def _div_rem_long(args):
    a = jval(args[0])
    b = jval(args[1])
    if b == 0:
        raise throw('System.DivideByZeroException', None)
    if b == -1:
        store_out(args[2], W_Long(0))
        return W_Long(intmask(r_uint(0) - r_uint(a)))
    q = _div_trunc(a, b)
    store_out(args[2], W_Long(a - q * b))
    return W_Long(q)


def install(cls):
    add_native(cls, 'Abs', '(I)I', _abs_int, STATIC)
    add_native(cls, 'Abs', '(J)J', _abs_long, STATIC)
    add_native(cls, 'Abs', '(S)S', _abs_short, STATIC)
    add_native(cls, 'Abs', '(B)B', _abs_sbyte, STATIC)
    add_native(cls, 'Abs', '(D)D', _abs_double, STATIC)
    add_native(cls, 'Abs', '(F)F', _abs_double, STATIC)
    for letter in ['I', 'S', 'B']:
        add_native(cls, 'Max', '(' + letter * 2 + ')' + letter, _max_int, STATIC)
        add_native(cls, 'Min', '(' + letter * 2 + ')' + letter, _min_int, STATIC)
    add_native(cls, 'Max', '(JJ)J', _max_long, STATIC)
    add_native_u(cls, 'Max', '(II)I', 'uu>u', _max_uint, STATIC)
    add_native_u(cls, 'Min', '(II)I', 'uu>u', _min_uint, STATIC)
    add_native_u(cls, 'Max', '(JJ)J', 'uu>u', _max_ulong, STATIC)
    add_native_u(cls, 'Min', '(JJ)J', 'uu>u', _min_ulong, STATIC)
    add_native(cls, 'Min', '(JJ)J', _min_long, STATIC)
    add_native(cls, 'Max', '(DD)D', _max_double, STATIC)
    add_native(cls, 'Min', '(DD)D', _min_double, STATIC)
    add_native(cls, 'Max', '(FF)F', _max_double, STATIC)
    add_native(cls, 'Min', '(FF)F', _min_double, STATIC)
    for letter in ['I', 'S', 'B']:
        add_native(cls, 'Sign', '(' + letter + ')I', _sign_int, STATIC)
    add_native(cls, 'Sign', '(J)I', _sign_long, STATIC)
    add_native(cls, 'Sign', '(D)I', _sign_double, STATIC)
    add_native(cls, 'Sign', '(F)I', _sign_double, STATIC)
    add_native(cls, 'Sqrt', '(D)D', _d(c_sqrt), STATIC)
    add_native(cls, 'Pow', '(DD)D', _d2(c_pow), STATIC)
    add_native(cls, 'Exp', '(D)D', _d(c_exp), STATIC)
    add_native(cls, 'Log', '(D)D', _d(c_log), STATIC)
    add_native(cls, 'Log', '(DD)D', _d2(log_base), STATIC)
    add_native(cls, 'Log10', '(D)D', _d(c_log10), STATIC)
    add_native(cls, 'Sin', '(D)D', _d(c_sin), STATIC)
    add_native(cls, 'Cos', '(D)D', _d(c_cos), STATIC)
    add_native(cls, 'Tan', '(D)D', _d(c_tan), STATIC)
    add_native(cls, 'Asin', '(D)D', _d(c_asin), STATIC)
    add_native(cls, 'Acos', '(D)D', _d(c_acos), STATIC)
    add_native(cls, 'Atan', '(D)D', _d(c_atan), STATIC)
    add_native(cls, 'Atan2', '(DD)D', _d2(c_atan2), STATIC)
    add_native(cls, 'Sinh', '(D)D', _d(c_sinh), STATIC)
    add_native(cls, 'Cosh', '(D)D', _d(c_cosh), STATIC)
    add_native(cls, 'Tanh', '(D)D', _d(c_tanh), STATIC)
    add_native(cls, 'Cbrt', '(D)D', _d(c_cbrt), STATIC)
    add_native(cls, 'Floor', '(D)D', _d(c_floor), STATIC)
    add_native(cls, 'Ceiling', '(D)D', _d(c_ceil), STATIC)
    add_native(cls, 'Round', '(D)D', _round, STATIC)
    add_native(cls, 'Round', '(DI)D', _round_digits, STATIC)
    add_native(cls, 'Round', '(DLcli/System/MidpointRounding;)D', _round_mode, STATIC)
    add_native(cls, 'Round', '(DILcli/System/MidpointRounding;)D', _round_digits_mode, STATIC)
    add_native(cls, 'Truncate', '(D)D', _truncate, STATIC)
    add_native(cls, 'IEEERemainder', '(DD)D', _ieee_remainder, STATIC)
    add_native(cls, 'BigMul', '(II)J', _big_mul, STATIC)
    add_native(cls, 'DivRem', '(II[I)I', _div_rem, STATIC)
    add_native(cls, 'DivRem', '(JJ[J)J', _div_rem_long, STATIC)
