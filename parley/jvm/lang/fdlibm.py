"""Ports of the JDK's FdLibm (java.lang.FdLibm, itself a port of fdlibm
5.3): the algorithms StrictMath specifies, which java.lang.Math also uses
for asin, acos, atan, atan2, sinh, cosh, tanh, expm1, log1p (JDK 17 has no
intrinsics for them).  Bit-for-bit the JDK's results."""
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.rfloat import isnan
from parley.interop.model import wrap32
from parley.interop.format import double_bits, bits_to_double

NAN = float('nan')
INF = float('inf')
TWO54 = 18014398509481984.0
HUGE = 1.0e300
EXP_BITS = 0x7ff00000
EXP_SIGNIF_BITS = 0x7fffffff
PI = 3.141592653589793
_h = float.fromhex


def hi(x):
    return wrap32(double_bits(x) >> 32)


def lo(x):
    return wrap32(double_bits(x))


def with_hi(x, high):
    return bits_to_double(intmask((r_uint(high) << 32) |
                                  (r_uint(double_bits(x)) & r_uint(0xffffffff))))


def with_lo(x, low):
    return bits_to_double(intmask((r_uint(double_bits(x)) & ~r_uint(0xffffffff)) |
                                  (r_uint(low) & r_uint(0xffffffff))))


# ---- asin, acos ------------------------------------------------------------------

PIO2_HI = _h('0x1.921fb54442d18p0')
PIO2_LO = _h('0x1.1a62633145c07p-54')
PIO4_HI = _h('0x1.921fb54442d18p-1')
PS0 = _h('0x1.5555555555555p-3')
PS1 = _h('-0x1.4d61203eb6f7dp-2')
PS2 = _h('0x1.9c1550e884455p-3')
PS3 = _h('-0x1.48228b5688f3bp-5')
PS4 = _h('0x1.9efe07501b288p-11')
PS5 = _h('0x1.23de10dfdf709p-15')
QS1 = _h('-0x1.33a271c8a2d4bp1')
QS2 = _h('0x1.02ae59c598ac8p1')
QS3 = _h('-0x1.6066c1b8d0159p-1')
QS4 = _h('0x1.3b8c5b12e9282p-4')


def asin(x):
    t = 0.0
    hx = hi(x)
    ix = hx & EXP_SIGNIF_BITS
    if ix >= 0x3ff00000:
        if ((ix - 0x3ff00000) | lo(x)) == 0:
            return x * PIO2_HI + x * PIO2_LO
        return NAN
    elif ix < 0x3fe00000:
        if ix < 0x3e400000:
            if HUGE + x > 1.0:
                return x
        else:
            t = x * x
        p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))))
        q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)))
        w = p / q
        return x + x * w
    w = 1.0 - abs(x)
    t = w * 0.5
    p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))))
    q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)))
    import math
    s = math.sqrt(t)
    if ix >= 0x3FEF3333:
        w = p / q
        t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO)
    else:
        w = s
        w = with_lo(w, 0)
        c = (t - w * w) / (s + w)
        r = p / q
        p = 2.0 * s * r - (PIO2_LO - 2.0 * c)
        q = PIO4_HI - 2.0 * w
        t = PIO4_HI - (p - q)
    return t if hx > 0 else -t


def acos(x):
    import math
    hx = hi(x)
    ix = hx & EXP_SIGNIF_BITS
    if ix >= 0x3ff00000:
        if ((ix - 0x3ff00000) | lo(x)) == 0:
            if hx > 0:
                return 0.0
            return PI + 2.0 * PIO2_LO
        return NAN
    if ix < 0x3fe00000:
        if ix <= 0x3c600000:
            return PIO2_HI + PIO2_LO
        z = x * x
        p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))))
        q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)))
        r = p / q
        return PIO2_HI - (x - (PIO2_LO - x * r))
    elif hx < 0:
        z = (1.0 + x) * 0.5
        p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))))
        q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)))
        s = math.sqrt(z)
        r = p / q
        w = r * s - PIO2_LO
        return PI - 2.0 * (s + w)
    else:
        z = (1.0 - x) * 0.5
        s = math.sqrt(z)
        df = with_lo(s, 0)
        c = (z - df * df) / (s + df)
        p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))))
        q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)))
        r = p / q
        w = r * s + c
        return 2.0 * (df + w)


# ---- atan, atan2 ---------------------------------------------------------------------

ATANHI = [_h('0x1.dac670561bb4fp-2'), _h('0x1.921fb54442d18p-1'),
          _h('0x1.f730bd281f69bp-1'), _h('0x1.921fb54442d18p0')]
ATANLO = [_h('0x1.a2b7f222f65e2p-56'), _h('0x1.1a62633145c07p-55'),
          _h('0x1.007887af0cbbdp-56'), _h('0x1.1a62633145c07p-54')]
AT = [_h('0x1.555555555550dp-2'), _h('-0x1.999999998ebc4p-3'),
      _h('0x1.24924920083ffp-3'), _h('-0x1.c71c6fe231671p-4'),
      _h('0x1.745cdc54c206ep-4'), _h('-0x1.3b0f2af749a6dp-4'),
      _h('0x1.10d66a0d03d51p-4'), _h('-0x1.dde2d52defd9ap-5'),
      _h('0x1.97b4b24760debp-5'), _h('-0x1.2b4442c6a6c2fp-5'),
      _h('0x1.0ad3ae322da11p-6')]


def atan(x):
    hx = hi(x)
    ix = hx & EXP_SIGNIF_BITS
    if ix >= 0x44100000:
        if ix > EXP_BITS or (ix == EXP_BITS and lo(x) != 0):
            return x + x
        if hx > 0:
            return ATANHI[3] + ATANLO[3]
        return -ATANHI[3] - ATANLO[3]
    if ix < 0x3fdc0000:
        if ix < 0x3e200000:
            if HUGE + x > 1.0:
                return x
        ident = -1
    else:
        x = abs(x)
        if ix < 0x3ff30000:
            if ix < 0x3fe60000:
                ident = 0
                x = (2.0 * x - 1.0) / (2.0 + x)
            else:
                ident = 1
                x = (x - 1.0) / (x + 1.0)
        else:
            if ix < 0x40038000:
                ident = 2
                x = (x - 1.5) / (1.0 + 1.5 * x)
            else:
                ident = 3
                x = -1.0 / x
    z = x * x
    w = z * z
    s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))))
    s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))))
    if ident < 0:
        return x - x * (s1 + s2)
    z = ATANHI[ident] - ((x * (s1 + s2) - ATANLO[ident]) - x)
    return -z if hx < 0 else z


TINY = 1.0e-300
PI_O_4 = _h('0x1.921fb54442d18p-1')
PI_O_2 = _h('0x1.921fb54442d18p0')
PI_LO = _h('0x1.1a62633145c07p-53')


def atan2(y, x):
    if isnan(x) or isnan(y):
        return x + y
    hx = hi(x)
    ix = hx & EXP_SIGNIF_BITS
    lx = lo(x)
    hy = hi(y)
    iy = hy & EXP_SIGNIF_BITS
    ly = lo(y)
    if ((hx - 0x3ff00000) | lx) == 0:
        return atan(y)
    m = ((hy >> 31) & 1) | ((hx >> 30) & 2)
    if (iy | ly) == 0:
        if m == 0 or m == 1:
            return y
        if m == 2:
            return PI + TINY
        return -PI - TINY
    if (ix | lx) == 0:
        return -PI_O_2 - TINY if hy < 0 else PI_O_2 + TINY
    if ix == EXP_BITS:
        if iy == EXP_BITS:
            if m == 0:
                return PI_O_4 + TINY
            if m == 1:
                return -PI_O_4 - TINY
            if m == 2:
                return 3.0 * PI_O_4 + TINY
            return -3.0 * PI_O_4 - TINY
        else:
            if m == 0:
                return 0.0
            if m == 1:
                return -0.0
            if m == 2:
                return PI + TINY
            return -PI - TINY
    if iy == EXP_BITS:
        return -PI_O_2 - TINY if hy < 0 else PI_O_2 + TINY
    k = (iy - ix) >> 20
    if k > 60:
        z = PI_O_2 + 0.5 * PI_LO
    elif hx < 0 and k < -60:
        z = 0.0
    else:
        z = atan(abs(y / x))
    if m == 0:
        return z
    if m == 1:
        return -z
    if m == 2:
        return PI - (z - PI_LO)
    return (z - PI_LO) - PI


# ---- exp, log, log10, log1p, expm1 ----------------------------------------------------

O_THRESHOLD = _h('0x1.62e42fefa39efp9')
U_THRESHOLD = _h('-0x1.74910d52d3051p9')
TWOM1000 = _h('0x1.0p-1000')
LN2_HI = _h('0x1.62e42feep-1')
LN2_LO = _h('0x1.a39ef35793c76p-33')
INVLN2 = _h('0x1.71547652b82fep0')
P1 = _h('0x1.555555555553ep-3')
P2 = _h('-0x1.6c16c16bebd93p-9')
P3 = _h('0x1.1566aaf25de2cp-14')
P4 = _h('-0x1.bbd41c5d26bf1p-20')
P5 = _h('0x1.6376972bea4d0p-25')


def exp(x):
    hi_ = 0.0
    lo_ = 0.0
    k = 0
    hx = hi(x)
    xsb = (hx >> 31) & 1
    hx &= EXP_SIGNIF_BITS
    if hx >= 0x40862E42:
        if hx >= 0x7ff00000:
            if ((hx & 0xfffff) | lo(x)) != 0:
                return x + x
            return x if xsb == 0 else 0.0
        if x > O_THRESHOLD:
            return INF
        if x < U_THRESHOLD:
            return 0.0
    if hx > 0x3fd62e42:
        if hx < 0x3FF0A2B2:
            if xsb == 0:
                hi_ = x - LN2_HI
                lo_ = LN2_LO
            else:
                hi_ = x + LN2_HI
                lo_ = -LN2_LO
            k = 1 - xsb - xsb
        else:
            k = int(INVLN2 * x + (0.5 if xsb == 0 else -0.5))
            t = float(k)
            hi_ = x - t * LN2_HI
            lo_ = t * LN2_LO
        x = hi_ - lo_
    elif hx < 0x3e300000:
        if HUGE + x > 1.0:
            return 1.0 + x
    else:
        k = 0
    t = x * x
    c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))))
    if k == 0:
        return 1.0 - ((x * c) / (c - 2.0) - x)
    y = 1.0 - ((lo_ - (x * c) / (2.0 - c)) - hi_)
    if k >= -1021:
        return with_hi(y, wrap32(hi(y) + (k << 20)))
    y = with_hi(y, wrap32(hi(y) + ((k + 1000) << 20)))
    return y * TWOM1000


LG1 = _h('0x1.5555555555593p-1')
LG2 = _h('0x1.999999997fa04p-2')
LG3 = _h('0x1.2492494229359p-2')
LG4 = _h('0x1.c71c51d8e78afp-3')
LG5 = _h('0x1.7466496cb03dep-3')
LG6 = _h('0x1.39a09d078c69fp-3')
LG7 = _h('0x1.2f112df3e5244p-3')


def log(x):
    hx = hi(x)
    lx = lo(x)
    k = 0
    if hx < 0x00100000:
        if ((hx & EXP_SIGNIF_BITS) | lx) == 0:
            return -INF
        if hx < 0:
            return NAN
        k -= 54
        x *= TWO54
        hx = hi(x)
    if hx >= EXP_BITS:
        return x + x
    k += (hx >> 20) - 1023
    hx &= 0x000fffff
    i = (hx + 0x95f64) & 0x100000
    x = with_hi(x, hx | (i ^ 0x3ff00000))
    k += i >> 20
    f = x - 1.0
    if (0x000fffff & (2 + hx)) < 3:
        if f == 0.0:
            if k == 0:
                return 0.0
            dk = float(k)
            return dk * LN2_HI + dk * LN2_LO
        R = f * f * (0.5 - 0.33333333333333333 * f)
        if k == 0:
            return f - R
        dk = float(k)
        return dk * LN2_HI - ((R - dk * LN2_LO) - f)
    s = f / (2.0 + f)
    dk = float(k)
    z = s * s
    i = hx - 0x6147a
    w = z * z
    j = 0x6b851 - hx
    t1 = w * (LG2 + w * (LG4 + w * LG6))
    t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)))
    i |= j
    R = t2 + t1
    if i > 0:
        hfsq = 0.5 * f * f
        if k == 0:
            return f - (hfsq - s * (hfsq + R))
        return dk * LN2_HI - ((hfsq - (s * (hfsq + R) + dk * LN2_LO)) - f)
    if k == 0:
        return f - s * (f - R)
    return dk * LN2_HI - ((s * (f - R) - dk * LN2_LO) - f)


IVLN10 = _h('0x1.bcb7b1526e50ep-2')
LOG10_2HI = _h('0x1.34413509f6p-2')
LOG10_2LO = _h('0x1.9fef311f12b36p-42')


def log10(x):
    hx = hi(x)
    lx = lo(x)
    k = 0
    if hx < 0x00100000:
        if ((hx & EXP_SIGNIF_BITS) | lx) == 0:
            return -INF
        if hx < 0:
            return NAN
        k -= 54
        x *= TWO54
        hx = hi(x)
    if hx >= EXP_BITS:
        return x + x
    k += (hx >> 20) - 1023
    i = (k >> 31) & 1
    hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
    y = float(k + i)
    x = with_hi(x, hx)
    z = y * LOG10_2LO + IVLN10 * log(x)
    return z + y * LOG10_2HI


def log1p(x):
    f = 0.0
    c = 0.0
    hu = 0
    hx = hi(x)
    ax = hx & EXP_SIGNIF_BITS
    k = 1
    if hx < 0x3FDA827A:
        if ax >= 0x3ff00000:
            if x == -1.0:
                return -INF
            return NAN
        if ax < 0x3e200000:
            if TWO54 + x > 0.0 and ax < 0x3c900000:
                return x
            return x - x * x * 0.5
        if hx > 0 or hx <= wrap32(0xbfd2bec3):
            k = 0
            f = x
            hu = 1
    if hx >= EXP_BITS:
        return x + x
    if k != 0:
        if hx < 0x43400000:
            u = 1.0 + x
            hu = hi(u)
            k = (hu >> 20) - 1023
            c = 1.0 - (u - x) if k > 0 else x - (u - 1.0)
            c /= u
        else:
            u = x
            hu = hi(u)
            k = (hu >> 20) - 1023
            c = 0.0
        hu &= 0x000fffff
        if hu < 0x6a09e:
            u = with_hi(u, hu | 0x3ff00000)
        else:
            k += 1
            u = with_hi(u, hu | 0x3fe00000)
            hu = (0x00100000 - hu) >> 2
        f = u - 1.0
    hfsq = 0.5 * f * f
    if hu == 0:
        if f == 0.0:
            if k == 0:
                return 0.0
            c += k * LN2_LO
            return k * LN2_HI + c
        R = hfsq * (1.0 - 0.66666666666666666 * f)
        if k == 0:
            return f - R
        return k * LN2_HI - ((R - (k * LN2_LO + c)) - f)
    s = f / (2.0 + f)
    z = s * s
    R = z * (LG1 + z * (LG2 + z * (LG3 + z * (LG4 + z * (LG5 + z * (LG6 + z * LG7))))))
    if k == 0:
        return f - (hfsq - s * (hfsq + R))
    return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f)


Q1 = _h('-0x1.11111111110f4p-5')
Q2 = _h('0x1.a01a019fe5585p-10')
Q3 = _h('-0x1.4ce199eaadbb7p-14')
Q4 = _h('0x1.0cfca86e65239p-18')
Q5 = _h('-0x1.afdb76e09c32dp-23')


def expm1(x):
    c = 0.0
    hx = hi(x)
    xsb = hx & wrap32(0x80000000)
    hx &= EXP_SIGNIF_BITS
    if hx >= 0x4043687A:
        if hx >= 0x40862E42:
            if hx >= 0x7ff00000:
                if ((hx & 0xfffff) | lo(x)) != 0:
                    return x + x
                return x if xsb == 0 else -1.0
            if x > O_THRESHOLD:
                return INF
        if xsb != 0:
            if x + TINY < 0.0:
                return TINY - 1.0
    if hx > 0x3fd62e42:
        if hx < 0x3FF0A2B2:
            if xsb == 0:
                hi_ = x - LN2_HI
                lo_ = LN2_LO
                k = 1
            else:
                hi_ = x + LN2_HI
                lo_ = -LN2_LO
                k = -1
        else:
            k = int(INVLN2 * x + (0.5 if xsb == 0 else -0.5))
            t = float(k)
            hi_ = x - t * LN2_HI
            lo_ = t * LN2_LO
        x = hi_ - lo_
        c = (hi_ - x) - lo_
    elif hx < 0x3c900000:
        t = HUGE + x
        return x - (t - (HUGE + x))
    else:
        k = 0
    hfx = 0.5 * x
    hxs = x * hfx
    r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))))
    t = 3.0 - r1 * hfx
    e = hxs * ((r1 - t) / (6.0 - x * t))
    if k == 0:
        return x - (x * e - hxs)
    e = (x * (e - c) - c)
    e -= hxs
    if k == -1:
        return 0.5 * (x - e) - 0.5
    if k == 1:
        if x < -0.25:
            return -2.0 * (e - (x + 0.5))
        return 1.0 + 2.0 * (x - e)
    if k <= -2 or k > 56:
        y = 1.0 - (e - x)
        y = with_hi(y, wrap32(hi(y) + (k << 20)))
        return y - 1.0
    t = 1.0
    if k < 20:
        t = with_hi(t, 0x3ff00000 - (0x200000 >> k))
        y = t - (e - x)
        y = with_hi(y, wrap32(hi(y) + (k << 20)))
    else:
        t = with_hi(t, (0x3ff - k) << 20)
        y = x - (e + t)
        y += 1.0
        y = with_hi(y, wrap32(hi(y) + (k << 20)))
    return y


# ---- sinh, cosh, tanh --------------------------------------------------------------------

SHUGE = 1.0e307


def sinh(x):
    jx = hi(x)
    ix = jx & EXP_SIGNIF_BITS
    if ix >= EXP_BITS:
        return x + x
    h = 0.5
    if jx < 0:
        h = -h
    if ix < 0x40360000:
        if ix < 0x3e300000:
            if SHUGE + x > 1.0:
                return x
        t = expm1(abs(x))
        if ix < 0x3ff00000:
            return h * (2.0 * t - t * t / (t + 1.0))
        return h * (t + t / (t + 1.0))
    if ix < 0x40862E42:
        return h * exp(abs(x))
    lx = lo(x) & 0xffffffff
    if ix < 0x408633CE or (ix == 0x408633ce and lx <= 0x8fb9f87d):
        w = exp(0.5 * abs(x))
        t = h * w
        return t * w
    return x * SHUGE


def cosh(x):
    ix = hi(x) & EXP_SIGNIF_BITS
    if ix >= EXP_BITS:
        return x * x
    if ix < 0x3fd62e43:
        t = expm1(abs(x))
        w = 1.0 + t
        if ix < 0x3c800000:
            return w
        return 1.0 + (t * t) / (w + w)
    if ix < 0x40360000:
        t = exp(abs(x))
        return 0.5 * t + 0.5 / t
    if ix < 0x40862E42:
        return 0.5 * exp(abs(x))
    lx = lo(x) & 0xffffffff
    if ix < 0x408633CE or (ix == 0x408633ce and lx <= 0x8fb9f87d):
        w = exp(0.5 * abs(x))
        t = 0.5 * w
        return t * w
    return INF


def tanh(x):
    jx = hi(x)
    ix = jx & EXP_SIGNIF_BITS
    if ix >= EXP_BITS:
        if isnan(x):
            return x
        return 1.0 if jx >= 0 else -1.0
    if ix < 0x40360000:
        if ix < 0x3c800000:
            return x * (1.0 + x)
        if ix >= 0x3ff00000:
            t = expm1(2.0 * abs(x))
            z = 1.0 - 2.0 / (t + 2.0)
        else:
            t = expm1(-2.0 * abs(x))
            z = -t / (t + 2.0)
    else:
        z = 1.0 - TINY
    return z if jx >= 0 else -z


# ---- a correctly rounded log10 (what HotSpot's Math.log10 intrinsic returns) ----
# double-double arithmetic (Dekker/Knuth), no FMA needed

def _two_sum(a, b):
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def _quick_two_sum(a, b):
    s = a + b
    return s, b - (s - a)


def _split(a):
    c = 134217729.0 * a
    h = c - (c - a)
    return h, a - h


def _two_prod(a, b):
    p = a * b
    ah, al = _split(a)
    bh, bl = _split(b)
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def _dd_add(ah, al, bh, bl):
    s, e = _two_sum(ah, bh)
    e += al + bl
    return _quick_two_sum(s, e)


def _dd_mul(ah, al, bh, bl):
    p, e = _two_prod(ah, bh)
    e += ah * bl + al * bh
    return _quick_two_sum(p, e)


def _dd_div(ah, al, bh, bl):
    q1 = ah / bh
    ph, pl = _dd_mul(q1, 0.0, bh, bl)
    rh, rl = _dd_add(ah, al, -ph, -pl)
    q2 = rh / bh
    ph, pl = _dd_mul(q2, 0.0, bh, bl)
    rh, rl = _dd_add(rh, rl, -ph, -pl)
    q3 = rh / bh
    h, l = _quick_two_sum(q1, q2)
    return _dd_add(h, l, q3, 0.0)


LN2_DD_HI = 0.6931471805599453
LN2_DD_LO = 2.3190468138462996e-17
INV_LN10_HI = 0.4342944819032518
INV_LN10_LO = 1.098319650216765e-17
_NTERMS = 24


def _inv_odd_table():
    his = []
    los = []
    for i in range(_NTERMS + 1):
        h, l = _dd_div(1.0, 0.0, float(2 * i + 1), 0.0)
        his.append(h)
        los.append(l)
    return his, los


INV_ODD_HI, INV_ODD_LO = _inv_odd_table()


def ln_dd(x):
    """ln(x) for finite x > 0 as a double-double (relative error about
    2^-100)."""
    k = 0
    if x < 2.2250738585072014e-308:
        x *= TWO54
        k = -54
    bits = double_bits(x)
    e = ((bits >> 52) & 0x7ff) - 1023
    f = bits_to_double((bits & 0x000fffffffffffff) | 0x3ff0000000000000)
    if f > 1.4142135623730951:
        f *= 0.5
        e += 1
    k += e
    num = f - 1.0
    dh, dl = _two_sum(f, 1.0)
    sh, sl = _dd_div(num, 0.0, dh, dl)
    s2h, s2l = _dd_mul(sh, sl, sh, sl)
    ph = INV_ODD_HI[_NTERMS]
    pl = INV_ODD_LO[_NTERMS]
    i = _NTERMS - 1
    while i >= 0:
        ph, pl = _dd_mul(ph, pl, s2h, s2l)
        ph, pl = _dd_add(ph, pl, INV_ODD_HI[i], INV_ODD_LO[i])
        i -= 1
    lh, ll = _dd_mul(ph, pl, sh, sl)
    lh = lh * 2.0
    ll = ll * 2.0
    kh, kl = _dd_mul(LN2_DD_HI, LN2_DD_LO, float(k), 0.0)
    return _dd_add(kh, kl, lh, ll)


def log10_cr(x):
    if isnan(x) or x < 0.0:
        return NAN
    if x == 0.0:
        return -INF
    if x == INF:
        return INF
    h, l = ln_dd(x)
    rh, rl = _dd_mul(h, l, INV_LN10_HI, INV_LN10_LO)
    return rh + rl
