"""CIL arithmetic with the CLR's (Mono 6.8 on x86-64) exact results:
overflow-checked add/sub/mul (add.ovf ...), unsigned division, and every
conversion (conv.*, conv.ovf.*, conv.ovf.*.un, conv.r.un).

Values are RPython ints (64-bit machine words): an int32 is kept signed in
the int32 range, an int64 / native int in the full word, unsigned values
in the same bits as their signed counterparts.  So int32 results are
range-checked explicitly (RPython's ovfcheck only sees 64-bit overflow).

The checked operations raise Overflow, which the interpreter turns into
System.OverflowException.

Unchecked float-to-integer conversions follow what Mono's JIT does on
x86-64, not a saturating rule: cvttsd2si gives the "integer indefinite"
value (the minimum) for NaN and out-of-range inputs, narrow targets are
truncated from the 32-bit conversion, conv.u4 from the 64-bit one, conv.u8
and conv.u use Mono's mono_fconv_u8, and conv.i zero-extends the 32-bit
conversion.
"""
from rpython.rlib.rarithmetic import ovfcheck, intmask, r_uint
from rpython.rlib.rfloat import isnan, isinf
from parley.interop.model import wrap32, wrap16, wrap8, wrapu16, wrapu8, wrapu32
from parley.interop import arith

MIN32 = -2147483648
MAX32 = 2147483647
MASK32 = r_uint(0xffffffff)
TWO63 = 9223372036854775808.0
TWO64 = 18446744073709551616.0
TWO31 = 2147483648.0
HIGH_BIT = r_uint(1) << 63

# conversion targets (the `to` of conv.ovf.<to>)
I1 = 0
U1 = 1
I2 = 2
U2 = 3
I4 = 4
U4 = 5
I8 = 6
U8 = 7
I = 8       # native int
U = 9       # native unsigned int


class Overflow(Exception):
    """An overflow-checked operation overflowed."""


class NotFinite(Exception):
    """ckfinite of a NaN or an infinity."""


# ---- overflow-checked add / sub / mul ------------------------------------------

def add32(a, b):
    r = a + b
    if r < MIN32 or r > MAX32:
        raise Overflow
    return r


def sub32(a, b):
    r = a - b
    if r < MIN32 or r > MAX32:
        raise Overflow
    return r


def mul32(a, b):
    r = a * b           # |a|, |b| <= 2**31: no 64-bit overflow
    if r < MIN32 or r > MAX32:
        raise Overflow
    return r


def add32_un(a, b):
    r = (r_uint(a) & MASK32) + (r_uint(b) & MASK32)
    if r > MASK32:
        raise Overflow
    return wrap32(intmask(r))


def sub32_un(a, b):
    ua = r_uint(a) & MASK32
    ub = r_uint(b) & MASK32
    if ua < ub:
        raise Overflow
    return wrap32(intmask(ua - ub))


def mul32_un(a, b):
    r = (r_uint(a) & MASK32) * (r_uint(b) & MASK32)     # < 2**64
    if r > MASK32:
        raise Overflow
    return wrap32(intmask(r))


def add64(a, b):
    try:
        return ovfcheck(a + b)
    except OverflowError:
        raise Overflow


def sub64(a, b):
    try:
        return ovfcheck(a - b)
    except OverflowError:
        raise Overflow


def mul64(a, b):
    try:
        return ovfcheck(a * b)
    except OverflowError:
        raise Overflow


def add64_un(a, b):
    ua = r_uint(a)
    r = ua + r_uint(b)
    if r < ua:
        raise Overflow
    return intmask(r)


def sub64_un(a, b):
    ua = r_uint(a)
    ub = r_uint(b)
    if ua < ub:
        raise Overflow
    return intmask(ua - ub)


def mul64_un(a, b):
    ua = r_uint(a)
    ub = r_uint(b)
    if ua != 0 and ub > r_uint(-1) // ua:
        raise Overflow
    return intmask(ua * ub)


# ---- unsigned division (the caller checks for a zero divisor) ----------------------

def div32_un(a, b):
    return wrap32(intmask((r_uint(a) & MASK32) // (r_uint(b) & MASK32)))


def rem32_un(a, b):
    return wrap32(intmask((r_uint(a) & MASK32) % (r_uint(b) & MASK32)))


def div64_un(a, b):
    return intmask(r_uint(a) // r_uint(b))


def rem64_un(a, b):
    return intmask(r_uint(a) % r_uint(b))


# ---- unchecked conversions from F (Mono x86-64) ------------------------------------

def cvt32(d):
    """cvttsd2si with a 32-bit destination: truncation, or MIN32 for NaN
    and values whose truncation does not fit."""
    if isnan(d) or d >= TWO31 or d <= -2147483649.0:
        return MIN32
    return int(d)


def cvt64(d):
    """cvttsd2si with a 64-bit destination."""
    if isnan(d) or d >= TWO63 or d < -TWO63:
        return arith.MIN_LONG
    return int(d)


def fconv_u8(d):
    """Mono's mono_fconv_u8 (conv.u8 and conv.u of F)."""
    if d < TWO63:
        return cvt64(d)
    return intmask(r_uint(cvt64(d - TWO63)) + HIGH_BIT)


def float_to_i4(d, to):
    """conv.i1 .. conv.u4 of F: the int32 pushed."""
    if to == U4:
        return wrap32(cvt64(d))
    return narrow(cvt32(d), to)


def float_to_i8(d, to):
    """conv.i8, conv.u8, conv.i, conv.u of F: the int64 pushed."""
    if to == I8:
        return cvt64(d)
    if to == I:
        return wrapu32(cvt32(d))
    return fconv_u8(d)


def narrow(v, to):
    """Truncate an integer to a conv.<to> target of 32 bits or less (the
    int32 the stack then holds)."""
    if to == I1:
        return wrap8(v)
    if to == U1:
        return wrapu8(v)
    if to == I2:
        return wrap16(v)
    if to == U2:
        return wrapu16(v)
    return wrap32(v)


# ---- conversions to F ------------------------------------------------------------------

def long_to_float32(v):
    """int64 -> float32 rounded once (not through a double): round to odd
    to 53 bits first, then to the float32 (conv.r4 of int64)."""
    u = arith.abs_u(v)
    if u < (r_uint(1) << 53):
        f = float(intmask(u))
    else:
        shift = 0
        m = u
        while m >= (r_uint(1) << 53):
            m = m >> 1
            shift += 1
        if (m << shift) != u:
            m = m | r_uint(1)           # sticky bit: round to odd
        f = float(intmask(m)) * float(intmask(r_uint(1) << shift))
    if v < 0:
        f = -f
    return arith.round_float32(f)


def ulong_to_float(u):
    """A uint64 (in a signed word) -> the nearest double (conv.r.un)."""
    if u >= 0:
        return float(u)
    uu = r_uint(u)
    # halve with the lost bit kept as a sticky bit, convert, double
    half = (uu >> 1) | (uu & r_uint(1))
    return float(intmask(half)) * 2.0


def uint_to_float(v):
    """A uint32 (in a signed int32) -> double (conv.r.un of int32)."""
    return float(intmask(r_uint(v) & MASK32))


def ckfinite(d):
    if isnan(d) or isinf(d):
        raise NotFinite
    return d


# ---- overflow-checked conversions ------------------------------------------------------

def check_signed(v, to):
    """conv.ovf.<to> of a signed integer v (int32 or int64 value)."""
    if to == I1:
        ok = -128 <= v <= 127
    elif to == U1:
        ok = 0 <= v <= 255
    elif to == I2:
        ok = -32768 <= v <= 32767
    elif to == U2:
        ok = 0 <= v <= 65535
    elif to == I4:
        ok = MIN32 <= v <= MAX32
    elif to == U4:
        ok = 0 <= v <= 4294967295
    elif to == U8 or to == U:
        ok = v >= 0
    else:
        ok = True
    if not ok:
        raise Overflow
    return v


def check_unsigned(v, is64, to):
    """conv.ovf.<to>.un of an unsigned integer: v holds a uint32 (is64
    False) or a uint64 (is64 True) in signed form."""
    if is64:
        u = r_uint(v)
    else:
        u = r_uint(v) & MASK32
    if to == I1:
        ok = u <= r_uint(127)
    elif to == U1:
        ok = u <= r_uint(255)
    elif to == I2:
        ok = u <= r_uint(32767)
    elif to == U2:
        ok = u <= r_uint(65535)
    elif to == I4:
        ok = u <= r_uint(MAX32)
    elif to == U4:
        ok = u <= MASK32
    elif to == I8 or to == I:
        ok = u < HIGH_BIT
    else:
        ok = True
    if not ok:
        raise Overflow
    return intmask(u)


def check_float(d, to):
    """conv.ovf.<to> of F: truncation toward zero, in range of the target
    (NaN and infinities overflow).  conv.ovf.u accepts what fits an int64
    and is > -1, as Mono does."""
    if isnan(d):
        raise Overflow
    if to == I1:
        ok = -129.0 < d < 128.0
    elif to == U1:
        ok = -1.0 < d < 256.0
    elif to == I2:
        ok = -32769.0 < d < 32768.0
    elif to == U2:
        ok = -1.0 < d < 65536.0
    elif to == I4:
        ok = -2147483649.0 < d < TWO31
    elif to == U4:
        ok = -1.0 < d < 4294967296.0
    elif to == I8 or to == I:
        ok = -TWO63 <= d < TWO63
    elif to == U8:
        ok = -1.0 < d < TWO64
    else:   # U
        ok = -1.0 < d < TWO63
    if not ok:
        raise Overflow
    if d >= TWO63:
        return intmask(r_uint(int(d - TWO63)) + HIGH_BIT)
    return int(d)
