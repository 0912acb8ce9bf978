"""Arithmetic both VMs define the same way (truncating integer division,
IEEE float rules, float-to-int saturation) written so that it behaves the
same untranslated on CPython and translated to C."""
import math
from rpython.rlib.rarithmetic import intmask, r_uint, r_singlefloat
from rpython.rlib.rfloat import isnan, isinf, NAN, INFINITY

MIN_LONG = -9223372036854775807 - 1


def div_trunc(a, b):
    """a / b rounded toward zero (b != 0); MIN / -1 wraps to MIN."""
    if b == -1:
        return intmask(-a)
    q = intmask(r_uint(abs_u(a)) // r_uint(abs_u(b)))
    if (a < 0) != (b < 0):
        q = -q
    return q


def rem_trunc(a, b):
    """The remainder with the sign of the dividend (b != 0)."""
    if b == -1:
        return 0
    r = intmask(r_uint(abs_u(a)) % r_uint(abs_u(b)))
    if a < 0:
        r = -r
    return r


def abs_u(a):
    """|a| as an unsigned machine word (correct for the minimum value)."""
    if a < 0:
        return r_uint(0) - r_uint(a)
    return r_uint(a)


def round_float32(x):
    return float(r_singlefloat(x))


def fdiv(a, b):
    if b == 0.0:
        if isnan(a) or a == 0.0:
            return NAN
        neg = (a < 0.0) != (math.copysign(1.0, b) < 0.0)
        if neg:
            return -INFINITY
        return INFINITY
    return a / b


def fmod(a, b):
    if isnan(a) or isnan(b) or isinf(a) or b == 0.0:
        return NAN
    if isinf(b):
        return a
    return math.fmod(a, b)


def double_to_int(x, bits):
    """Java's d2i/d2l: NaN -> 0, saturating at the type's bounds."""
    if isnan(x):
        return 0
    if bits == 32:
        if x >= 2147483647.0:
            return 2147483647
        if x <= -2147483648.0:
            return -2147483648
        return int(x)
    if x >= 9223372036854775807.0:
        return 9223372036854775807
    if x <= -9223372036854775808.0:
        return MIN_LONG
    return int(x)
