"""java.lang.Math and java.lang.StrictMath.

JDK 17's Math delegates asin, acos, atan, atan2, sinh, cosh, tanh, expm1,
log1p, cbrt and hypot to StrictMath (fdlibm): those are exact ports of the
JDK's FdLibm (parley/jvm/lang/fdlibm.py), bit-identical to java.  HotSpot
replaces sin, cos, tan, exp, log, log10 and pow with its own stubs: log10
is correctly rounded there and here (double-double); for the others the C
library (glibc, through RPython's math module, with Java's special cases)
agrees with HotSpot for about 99.7-99.9% of arguments (sin/cos/tan/pow)
to 99.9-100% (exp/log) -- a known, rare last-bit difference.  StrictMath's
exp, log and log10 are the fdlibm ports; its sin, cos, tan and pow use the
C library too (not yet ported: may differ in the last bit).  rint and
round are the JDK's own algorithms."""
import math
import time
from rpython.rlib.rarithmetic import intmask, r_uint, ovfcheck
from rpython.rlib.rfloat import isnan, isinf
from parley.interop.model import W_Int, W_Long, W_Double, W_Float, wrap32
from parley.interop.core import object_class
from parley.interop.klass import ACC_FINAL
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.native import add_native, add_field
from parley.interop import arith
from parley.interop.format import double_bits, bits_to_double, float32_bits, \
    bits_to_float32
from parley.jvm.corelib import _class, STATIC
from parley.jvm.lang.util import throw, ival, jval, dval
from parley.jvm.lang import fdlibm

NAN = float('nan')
INF = float('inf')
MIN_INT = -2147483648
MAX_INT = 2147483647
MIN_LONG = -9223372036854775807 - 1

math_class = _class('java.lang.Math', object_class, ACC_PUBLIC | ACC_FINAL)
strict_math_class = _class('java.lang.StrictMath', object_class,
                           ACC_PUBLIC | ACC_FINAL)


# ---- double functions ------------------------------------------------------------------

def j_sin(x):
    if isinf(x) or isnan(x):
        return NAN
    return math.sin(x)


def j_cos(x):
    if isinf(x) or isnan(x):
        return NAN
    return math.cos(x)


def j_tan(x):
    if isinf(x) or isnan(x):
        return NAN
    return math.tan(x)


def j_asin(x):
    if not (-1.0 <= x <= 1.0):
        return NAN
    return math.asin(x)


def j_acos(x):
    if not (-1.0 <= x <= 1.0):
        return NAN
    return math.acos(x)


def j_atan(x):
    if isnan(x):
        return NAN
    return math.atan(x)


def j_atan2(y, x):
    if isnan(x) or isnan(y):
        return NAN
    return math.atan2(y, x)


def j_exp(x):
    if isnan(x):
        return NAN
    if x == INF:
        return INF
    if x == -INF:
        return 0.0
    try:
        return math.exp(x)
    except OverflowError:
        return INF


def j_expm1(x):
    if isnan(x):
        return NAN
    if x == INF:
        return INF
    if x == -INF:
        return -1.0
    try:
        return math.expm1(x)
    except OverflowError:
        return INF


def j_log(x):
    if isnan(x) or x < 0.0:
        return NAN
    if x == 0.0:
        return -INF
    if x == INF:
        return INF
    return math.log(x)


def j_log10(x):
    if isnan(x) or x < 0.0:
        return NAN
    if x == 0.0:
        return -INF
    if x == INF:
        return INF
    return math.log10(x)


def j_log1p(x):
    if isnan(x) or x < -1.0:
        return NAN
    if x == -1.0:
        return -INF
    if x == INF:
        return INF
    return math.log1p(x)


def j_sqrt(x):
    if isnan(x) or x < 0.0:
        return NAN
    if x == INF:
        return INF
    return math.sqrt(x)


def j_sinh(x):
    if isnan(x) or isinf(x):
        return x
    try:
        return math.sinh(x)
    except OverflowError:
        return INF if x > 0.0 else -INF


def j_cosh(x):
    if isnan(x):
        return NAN
    if isinf(x):
        return INF
    try:
        return math.cosh(x)
    except OverflowError:
        return INF


def j_tanh(x):
    if isnan(x):
        return NAN
    if isinf(x):
        return 1.0 if x > 0.0 else -1.0
    return math.tanh(x)


def _is_odd_integer(y):
    if isinf(y) or isnan(y):
        return False
    if math.floor(y) != y:
        return False
    if abs(y) >= 9007199254740992.0:
        return False
    return int(y) & 1 == 1


def j_pow(x, y):
    if isnan(y):
        return NAN
    if y == 0.0:
        return 1.0
    if y == 1.0:
        return x
    if isnan(x):
        return NAN
    ax = abs(x)
    if isinf(y):
        if ax == 1.0:
            return NAN
        if (ax > 1.0) == (y > 0.0):
            return INF
        return 0.0
    if x == 0.0:
        neg = double_bits(x) < 0 and _is_odd_integer(y)
        if y > 0.0:
            return -0.0 if neg else 0.0
        return -INF if neg else INF
    if isinf(x):
        neg = x < 0.0 and _is_odd_integer(y)
        if y > 0.0:
            return -INF if neg else INF
        return -0.0 if neg else 0.0
    if x < 0.0 and math.floor(y) != y:
        return NAN
    try:
        return math.pow(x, y)
    except OverflowError:
        if x < 0.0 and _is_odd_integer(y):
            return -INF
        return INF
    except ValueError:
        return NAN


def _hi(x):
    return wrap32(double_bits(x) >> 32)


def _lo(x):
    return wrap32(double_bits(x))


def _with_hi(x, hi):
    bits = double_bits(x)
    return bits_to_double(intmask((r_uint(hi) << 32) |
                                  (r_uint(bits) & r_uint(0xffffffff))))


def _with_lo(x, lo):
    bits = double_bits(x)
    return bits_to_double((bits & ~0xffffffff) | (lo & 0xffffffff))


def j_cbrt(x):
    """FdLibm.Cbrt."""
    B1 = 715094163
    B2 = 696219795
    C = 0.54285714285714281591        # 0x1.15f15f15f15f1p-1
    D = -0.70530612244897961105       # -0x1.691de2532c834p-1
    E = 1.4142857142857143682         # 0x1.6a0ea0ea0ea0fp0
    F = 1.6071428571428572063         # 0x1.9b6db6db6db6ep0
    G = 0.35714285714285715079        # 0x1.6db6db6db6db7p-2
    if x == 0.0 or isnan(x) or isinf(x):
        return x
    sign = -1.0 if x < 0.0 else 1.0
    x = abs(x)
    t = 0.0
    if x < 2.2250738585072014e-308:
        t = 18014398509481984.0
        t *= x
        t = _with_hi(t, _hi(t) // 3 + B2)
    else:
        hx = _hi(x)
        t = _with_hi(t, hx // 3 + B1)
    r = t * t / x
    s = C + r * t
    t *= G + F / (s + E + D / s)
    t = _with_lo(t, 0)
    t = _with_hi(t, _hi(t) + 1)
    s = t * t
    r = x / s
    w = t + t
    r = (r - t) / (w + r)
    t = t + t * r
    return sign * t


def j_hypot(x, y):
    """FdLibm.Hypot."""
    a = abs(x)
    b = abs(y)
    if isinf(a) or isinf(b):
        return INF
    if isnan(a) or isnan(b):
        return a + b
    if b > a:
        a, b = b, a
    ha = _hi(a)
    hb = _hi(b)
    if ha - hb > 0x3c00000:
        return a + b
    k = 0
    if a > 3.2733906078961419e150:          # 0x1.00000_ffff_ffffp500
        ha -= 0x25800000
        hb -= 0x25800000
        a = a * 2.409919865102884e-181      # 2^-600
        b = b * 2.409919865102884e-181
        k += 600
    if b < 3.054936363499605e-151:          # 2^-500
        if b < 2.2250738585072014e-308:
            if b == 0.0:
                return a
            t1 = 4.49423283715579e+307      # 2^1022
            b *= t1
            a *= t1
            k -= 1022
        else:
            ha += 0x25800000
            hb += 0x25800000
            a = a * 4.149515568880993e+180  # 2^600
            b = b * 4.149515568880993e+180
            k -= 600
    w = a - b
    if w > b:
        t1 = _with_hi(0.0, ha)
        t2 = a - t1
        w = math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)))
    else:
        a = a + a
        y1 = _with_hi(0.0, hb)
        y2 = b - y1
        t1 = _with_hi(0.0, ha + 0x00100000)
        t2 = a - t1
        w = math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)))
    if k != 0:
        return math.ldexp(1.0, k) * w
    return w


def j_rint(a):
    two52 = 4503599627370496.0
    sign = math.copysign(1.0, a)
    a = abs(a)
    if a < two52:
        a = (two52 + a) - two52
    return sign * a


def j_floor(x):
    if isnan(x) or isinf(x):
        return x
    return math.floor(x)


def j_ceil(x):
    if isnan(x) or isinf(x):
        return x
    return math.ceil(x)


def j_round(a):
    """Math.round(double)."""
    bits = double_bits(a)
    biased_exp = (bits & 0x7ff0000000000000) >> 52
    shift = (51 + 1023) - biased_exp
    if shift & -64 == 0:
        r = (bits & 0x000fffffffffffff) | 0x0010000000000000
        if bits < 0:
            r = -r
        return ((r >> shift) + 1) >> 1
    return arith.double_to_int(a, 64)


def j_round_float(a):
    """Math.round(float)."""
    bits = wrap32(float32_bits(a))
    biased_exp = (bits & 0x7f800000) >> 23
    shift = (22 + 127) - biased_exp
    if shift & -32 == 0:
        r = (bits & 0x007fffff) | 0x00800000
        if bits < 0:
            r = -r
        return ((r >> shift) + 1) >> 1
    return arith.double_to_int(a, 32)


def j_signum(x):
    if x == 0.0 or isnan(x):
        return x
    return math.copysign(1.0, x)


def j_min(a, b):
    if isnan(a):
        return a
    if a == 0.0 and b == 0.0 and double_bits(b) < 0:
        return b
    return a if a <= b else b


def j_max(a, b):
    if isnan(a):
        return a
    if a == 0.0 and b == 0.0 and double_bits(a) < 0:
        return b
    return a if a >= b else b


def get_exponent(d):
    return ((double_bits(d) >> 52) & 0x7ff) - 1023


def get_exponent_float(f):
    return ((float32_bits(f) >> 23) & 0xff) - 127


def j_ulp(d):
    exp = get_exponent(d)
    if exp == 1024:
        return abs(d)
    if exp == -1023:
        return 5e-324
    exp = exp - 52
    if exp >= -1022:
        return math.ldexp(1.0, exp)
    return bits_to_double(1 << (exp - (-1022 - 52)))


def j_ulp_float(f):
    exp = get_exponent_float(f)
    if exp == 128:
        return abs(f)
    if exp == -127:
        return 1.401298464324817e-45
    exp = exp - 23
    if exp >= -126:
        return math.ldexp(1.0, exp)
    return bits_to_float32(1 << (exp - (-126 - 23)))


def j_next_after(start, direction):
    if start > direction:
        if start != 0.0:
            t = double_bits(start)
            return bits_to_double(t + (-1 if t > 0 else 1))
        return -5e-324
    elif start < direction:
        t = double_bits(start + 0.0)
        return bits_to_double(t + (1 if t >= 0 else -1))
    elif start == direction:
        return direction
    return start + direction


def j_next_up(d):
    if d < INF:
        t = double_bits(d + 0.0)
        return bits_to_double(t + (1 if t >= 0 else -1))
    return d


def j_next_down(d):
    if isnan(d) or d == -INF:
        return d
    if d == 0.0:
        return -5e-324
    return bits_to_double(double_bits(d) + (-1 if d > 0.0 else 1))


def _fbits(f):
    return wrap32(float32_bits(f))


def _ffrom(bits):
    return bits_to_float32(bits & 0xffffffff)


def j_next_after_float(start, direction):
    if start > direction:
        if start != 0.0:
            t = _fbits(start)
            return _ffrom(t + (-1 if t > 0 else 1))
        return -1.401298464324817e-45
    elif start < direction:
        t = _fbits(start + 0.0)
        return _ffrom(t + (1 if t >= 0 else -1))
    elif start == direction:
        return arith.round_float32(direction)
    return arith.round_float32(start + direction)


def j_next_up_float(f):
    if f < INF:
        t = _fbits(f + 0.0)
        return _ffrom(t + (1 if t >= 0 else -1))
    return f


def j_next_down_float(f):
    if isnan(f) or f == -INF:
        return f
    if f == 0.0:
        return -1.401298464324817e-45
    return _ffrom(_fbits(f) + (-1 if f > 0.0 else 1))


def j_scalb(d, n):
    if isnan(d) or isinf(d) or d == 0.0:
        return d
    if n > 2200:
        n = 2200
    if n < -2200:
        n = -2200
    try:
        return math.ldexp(d, n)
    except OverflowError:
        return math.copysign(INF, d)


def j_ieee_remainder(x, p):
    if isnan(x) or isnan(p) or isinf(x) or p == 0.0:
        return NAN
    if isinf(p):
        return x
    hx = _hi(x) & 0x7fffffff
    hp = _hi(p) & 0x7fffffff
    sx = double_bits(x) < 0
    if hp <= 0x7fdfffff:
        x = math.fmod(x, p + p)
    if (abs(x) == abs(p)):
        return 0.0 * x
    x = abs(x)
    p = abs(p)
    if hp < 0x00200000:
        if x + x > p:
            x -= p
            if x + x >= p:
                x -= p
    else:
        p_half = 0.5 * p
        if x > p_half:
            x -= p
            if x >= p_half:
                x -= p
    if sx:
        return -x
    return x


# ---- integer helpers ---------------------------------------------------------------------

def _overflow(is_long):
    return throw('java/lang/ArithmeticException',
                 'long overflow' if is_long else 'integer overflow')


def _int_result(v):
    if v < MIN_INT or v > MAX_INT:
        raise _overflow(False)
    return v


def _long_add(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        raise _overflow(True)


def _long_sub(a, b):
    try:
        return ovfcheck(a - b)
    except OverflowError:
        raise _overflow(True)


def _long_mul(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        raise _overflow(True)


def _zero_div():
    return throw('java/lang/ArithmeticException', '/ by zero')


def floor_div(x, y, bits):
    if y == 0:
        raise _zero_div()
    q = arith.div_trunc(x, y)
    if bits == 32:
        q = wrap32(q)
    if (x ^ y) < 0 and intmask(q * y) != x:
        q -= 1
    return q


def floor_mod(x, y):
    if y == 0:
        raise _zero_div()
    m = arith.rem_trunc(x, y)
    if (m ^ y) < 0 and m != 0:
        m += y
    return m


def multiply_high(x, y):
    """Math.multiplyHigh: the high 64 bits of the 128-bit product."""
    neg = (x < 0) != (y < 0)
    a = arith.abs_u(x)
    b = arith.abs_u(y)
    mask = r_uint(0xffffffff)
    a0 = a & mask
    a1 = a >> 32
    b0 = b & mask
    b1 = b >> 32
    p00 = a0 * b0
    p01 = a0 * b1
    p10 = a1 * b0
    p11 = a1 * b1
    mid = (p00 >> 32) + (p01 & mask) + (p10 & mask)
    hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32)
    lo = (mid << 32) | (p00 & mask)
    if neg:
        # two's complement of the 128-bit value (hi, lo)
        lo = ~lo + r_uint(1)
        hi = ~hi
        if lo == 0:
            hi += r_uint(1)
    return intmask(hi)


class _Random(object):
    def __init__(self):
        self.state = r_uint(0)


_random = _Random()


def j_random():
    if _random.state == 0:
        seed = r_uint(intmask(int(time.time() * 1000003.0))) ^ r_uint(0x9e3779b97f4a7c15)
        if seed == 0:
            seed = r_uint(1)
        _random.state = seed
    x = _random.state
    x ^= x >> 12
    x ^= x << 25
    x ^= x >> 27
    _random.state = x
    r = x * r_uint(0x2545f4914f6cdd1d)
    return float(intmask(r >> 11)) * (1.0 / 9007199254740992.0)


# ---- declarations -------------------------------------------------------------------------

def _d1(fn):
    return lambda args: W_Double(fn(dval(args[0])))


def _d2(fn):
    return lambda args: W_Double(fn(dval(args[0]), dval(args[1])))


def _f1(fn):
    return lambda args: W_Float(arith.round_float32(fn(dval(args[0]))))


def _f2(fn):
    return lambda args: W_Float(arith.round_float32(fn(dval(args[0]), dval(args[1]))))


def _abs_int(args):
    return W_Int(wrap32(abs(ival(args[0]))))


def _abs_long(args):
    v = jval(args[0])
    if v == MIN_LONG:
        return W_Long(v)
    return W_Long(abs(v))


def _declare(cls, strict):
    def d(name, desc, fn):
        add_native(cls, name, desc, fn, STATIC)
    const_e = add_field(cls, 'E', 'D', True, ACC_PUBLIC | ACC_STATIC | ACC_FINAL)
    const_pi = add_field(cls, 'PI', 'D', True, ACC_PUBLIC | ACC_STATIC | ACC_FINAL)

    def clinit(args):
        cls.static_values[const_e.index] = W_Double(2.718281828459045)
        cls.static_values[const_pi.index] = W_Double(3.141592653589793)
        return None
    d('<clinit>', '()V', clinit)
    d('sin', '(D)D', _d1(j_sin))
    d('cos', '(D)D', _d1(j_cos))
    d('tan', '(D)D', _d1(j_tan))
    d('asin', '(D)D', _d1(fdlibm.asin))
    d('acos', '(D)D', _d1(fdlibm.acos))
    d('atan', '(D)D', _d1(fdlibm.atan))
    d('atan2', '(DD)D', _d2(fdlibm.atan2))
    if strict:
        d('exp', '(D)D', _d1(fdlibm.exp))
        d('log', '(D)D', _d1(fdlibm.log))
        d('log10', '(D)D', _d1(fdlibm.log10))
    else:
        d('exp', '(D)D', _d1(j_exp))
        d('log', '(D)D', _d1(j_log))
        d('log10', '(D)D', _d1(fdlibm.log10_cr))
    d('expm1', '(D)D', _d1(fdlibm.expm1))
    d('log1p', '(D)D', _d1(fdlibm.log1p))
    d('sqrt', '(D)D', _d1(j_sqrt))
    d('cbrt', '(D)D', _d1(j_cbrt))
    d('pow', '(DD)D', _d2(j_pow))
    d('hypot', '(DD)D', _d2(j_hypot))
    d('sinh', '(D)D', _d1(fdlibm.sinh))
    d('cosh', '(D)D', _d1(fdlibm.cosh))
    d('tanh', '(D)D', _d1(fdlibm.tanh))
    d('floor', '(D)D', _d1(j_floor))
    d('ceil', '(D)D', _d1(j_ceil))
    d('rint', '(D)D', _d1(j_rint))
    d('round', '(D)J', lambda args: W_Long(j_round(dval(args[0]))))
    d('round', '(F)I', lambda args: W_Int(j_round_float(dval(args[0]))))
    d('signum', '(D)D', _d1(j_signum))
    d('signum', '(F)F', _f1(j_signum))
    d('copySign', '(DD)D', _d2(math.copysign))
    d('copySign', '(FF)F', _f2(math.copysign))
    d('ulp', '(D)D', _d1(j_ulp))
    d('ulp', '(F)F', _f1(j_ulp_float))
    d('getExponent', '(D)I', lambda args: W_Int(get_exponent(dval(args[0]))))
    d('getExponent', '(F)I', lambda args: W_Int(get_exponent_float(dval(args[0]))))
    d('nextUp', '(D)D', _d1(j_next_up))
    d('nextDown', '(D)D', _d1(j_next_down))
    d('nextAfter', '(DD)D', _d2(j_next_after))
    d('nextUp', '(F)F', lambda args: W_Float(j_next_up_float(dval(args[0]))))
    d('nextDown', '(F)F', lambda args: W_Float(j_next_down_float(dval(args[0]))))
    d('nextAfter', '(FD)F',
      lambda args: W_Float(j_next_after_float(dval(args[0]), dval(args[1]))))
    d('scalb', '(DI)D', lambda args: W_Double(j_scalb(dval(args[0]), ival(args[1]))))
    d('scalb', '(FI)F', lambda args: W_Float(arith.round_float32(
        j_scalb(dval(args[0]), ival(args[1])))))
    d('IEEEremainder', '(DD)D', _d2(j_ieee_remainder))
    d('toRadians', '(D)D', lambda args: W_Double(dval(args[0]) * 0.017453292519943295))
    d('toDegrees', '(D)D', lambda args: W_Double(dval(args[0]) * 57.29577951308232))
    d('random', '()D', lambda args: W_Double(j_random()))
    d('abs', '(I)I', _abs_int)
    d('abs', '(J)J', _abs_long)
    d('abs', '(D)D', lambda args: W_Double(abs(dval(args[0]))))
    d('abs', '(F)F', lambda args: W_Float(abs(dval(args[0]))))
    d('absExact', '(I)I', lambda args: W_Int(_abs_exact_int(ival(args[0]))))
    d('absExact', '(J)J', lambda args: W_Long(_abs_exact_long(jval(args[0]))))
    d('max', '(II)I', lambda args: W_Int(max(ival(args[0]), ival(args[1]))))
    d('min', '(II)I', lambda args: W_Int(min(ival(args[0]), ival(args[1]))))
    d('max', '(JJ)J', lambda args: W_Long(max(jval(args[0]), jval(args[1]))))
    d('min', '(JJ)J', lambda args: W_Long(min(jval(args[0]), jval(args[1]))))
    d('max', '(DD)D', _d2(j_max))
    d('min', '(DD)D', _d2(j_min))
    d('max', '(FF)F', lambda args: W_Float(j_max(dval(args[0]), dval(args[1]))))
    d('min', '(FF)F', lambda args: W_Float(j_min(dval(args[0]), dval(args[1]))))
    d('addExact', '(II)I', lambda args: W_Int(_int_result(ival(args[0]) + ival(args[1]))))
    d('subtractExact', '(II)I',
      lambda args: W_Int(_int_result(ival(args[0]) - ival(args[1]))))
    d('multiplyExact', '(II)I',
      lambda args: W_Int(_int_result(ival(args[0]) * ival(args[1]))))
    d('incrementExact', '(I)I', lambda args: W_Int(_int_result(ival(args[0]) + 1)))
    d('decrementExact', '(I)I', lambda args: W_Int(_int_result(ival(args[0]) - 1)))
    d('negateExact', '(I)I', lambda args: W_Int(_int_result(-ival(args[0]))))
    d('toIntExact', '(J)I', lambda args: W_Int(_int_result(jval(args[0]))))
    d('addExact', '(JJ)J', lambda args: W_Long(_long_add(jval(args[0]), jval(args[1]))))
    d('subtractExact', '(JJ)J',
      lambda args: W_Long(_long_sub(jval(args[0]), jval(args[1]))))
    d('multiplyExact', '(JJ)J',
      lambda args: W_Long(_long_mul(jval(args[0]), jval(args[1]))))
    d('multiplyExact', '(JI)J',
      lambda args: W_Long(_long_mul(jval(args[0]), ival(args[1]))))
    d('incrementExact', '(J)J', lambda args: W_Long(_long_add(jval(args[0]), 1)))
    d('decrementExact', '(J)J', lambda args: W_Long(_long_sub(jval(args[0]), 1)))
    d('negateExact', '(J)J', lambda args: W_Long(_long_sub(0, jval(args[0]))))
    d('multiplyHigh', '(JJ)J',
      lambda args: W_Long(multiply_high(jval(args[0]), jval(args[1]))))
    d('multiplyFull', '(II)J', lambda args: W_Long(ival(args[0]) * ival(args[1])))
    d('floorDiv', '(II)I', lambda args: W_Int(floor_div(ival(args[0]), ival(args[1]), 32)))
    d('floorDiv', '(JJ)J', lambda args: W_Long(floor_div(jval(args[0]), jval(args[1]), 64)))
    d('floorDiv', '(JI)J', lambda args: W_Long(floor_div(jval(args[0]), ival(args[1]), 64)))
    d('floorMod', '(II)I', lambda args: W_Int(floor_mod(ival(args[0]), ival(args[1]))))
    d('floorMod', '(JJ)J', lambda args: W_Long(floor_mod(jval(args[0]), jval(args[1]))))
    d('floorMod', '(JI)I', lambda args: W_Int(floor_mod(jval(args[0]), ival(args[1]))))
    d('fma', '(DDD)D', lambda args: W_Double(_fma(dval(args[0]), dval(args[1]),
                                                  dval(args[2]))))


def _abs_exact_long(v):
    if v == MIN_LONG:
        raise throw('java/lang/ArithmeticException',
                    'Overflow to represent absolute value of Long.MIN_VALUE')
    return abs(v)


def _abs_exact_int(v):
    if v == MIN_INT:
        raise throw('java/lang/ArithmeticException',
                    'Overflow to represent absolute value of Integer.MIN_VALUE')
    return abs(v)


def _fma(a, b, c):
    """Math.fma, exact through big rationals for finite operands."""
    if isnan(a) or isnan(b) or isnan(c) or isinf(a) or isinf(b) or isinf(c):
        return a * b + c
    if a == 0.0 or b == 0.0:
        return a * b + c
    from rpython.rlib.rfloat import float_as_rbigint_ratio
    na, da = float_as_rbigint_ratio(a)
    nb, db = float_as_rbigint_ratio(b)
    nc, dc = float_as_rbigint_ratio(c)
    num = na.mul(nb).mul(dc).add(nc.mul(da).mul(db))
    den = da.mul(db).mul(dc)
    if num.int_eq(0):
        return a * b + c
    return num.truediv(den)


_declare(math_class, False)
_declare(strict_math_class, True)
