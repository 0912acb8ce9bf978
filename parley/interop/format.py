"""Number-to-text conversions the two VMs' libraries share.

TODO(issue 3/4): Java's Double.toString and Mono's Double.ToString need
their exact shortest-digit algorithms; these are approximations that agree
for integers and short decimals."""
from rpython.rlib.rfloat import formatd, isnan, isinf


def double_to_java_string(x):
    if isnan(x):
        return u'NaN'
    if isinf(x):
        return u'Infinity' if x > 0 else u'-Infinity'
    if abs(x) < 1e7 and x == int(x):
        return unicode(str(int(x))) + u'.0'
    return unicode(formatd(x, 'r', 0))


def float_to_java_string(x):
    return double_to_java_string(x)


def double_to_clr_string(x):
    """Mono 6.8's Double.ToString() (round-trip 'R'-like, 15 significant
    digits by default).  TODO(issue 4): the exact algorithm."""
    if isnan(x):
        return u'NaN'
    if isinf(x):
        return u'Infinity' if x > 0 else u'-Infinity'
    if abs(x) < 1e15 and x == int(x):
        return unicode(str(int(x)))
    return unicode(formatd(x, 'g', 15))


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
