"""The primitive value types System.Boolean, Char, SByte, Byte, Int16,
UInt16, Int32, UInt32, Int64, UInt64, Single, Double: ToString (with
standard and custom formats), Parse/TryParse (Mono's messages),
CompareTo, Equals, GetHashCode, and the static Double/Single tests.

Instance methods receive the value boxed (a W_Box of the class): the
interpreter boxes the managed pointer of `call instance` on a primitive,
and `constrained.`/`box` callvirts pass the box."""
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rlib.rfloat import isnan, isinf, INFINITY, NAN
from parley.interop.model import (W_Int, W_Long, W_Double, W_String, W_Box,
                                  W_TRUE, W_FALSE, wrap32)
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.format import double_bits, float32_bits
from parley.interop.arith import round_float32
from parley.clr.lib import numformat
from parley.clr.lib.util import (throw, arg_null, arg_error, format_error,
                                 ival, jval, dval, sval, wbool, store_out,
                                 ustr, kind_of_class, int_value, is_integral,
                                 K_BOOL, K_CHAR, K_I1, K_U1, K_I2, K_U2, K_I4,
                                 K_U4, K_I8, K_U8, K_R4, K_R8, K_INTPTR, sub)

STATIC = ACC_PUBLIC | ACC_STATIC
S = 'Ljava/lang/String;'
O = 'Ljava/lang/Object;'
PROVIDER = 'Lcli/System/IFormatProvider;'
STYLES = 'Lcli/System/Globalization/NumberStyles;'


# ---- per-kind facts -----------------------------------------------------------------

def bits_of(kind):
    if kind == K_I1 or kind == K_U1:
        return 8
    if kind == K_I2 or kind == K_U2 or kind == K_CHAR:
        return 16
    if kind == K_I8 or kind == K_U8 or kind == K_INTPTR:
        return 64
    return 32


def unsigned_of(kind):
    return kind == K_U1 or kind == K_U2 or kind == K_U4 or kind == K_U8


def type_name(kind):
    """Mono's name of the type in overflow messages."""
    if kind == K_I1:
        return 'a signed byte'
    if kind == K_U1:
        return 'an unsigned byte'
    if kind == K_I2:
        return 'an Int16'
    if kind == K_U2:
        return 'a UInt16'
    if kind == K_I4:
        return 'an Int32'
    if kind == K_U4:
        return 'a UInt32'
    if kind == K_I8:
        return 'an Int64'
    if kind == K_U8:
        return 'a UInt64'
    if kind == K_R4:
        return 'a Single'
    return 'a Double'


def short_name(kind):
    if kind == K_BOOL:
        return 'Boolean'
    if kind == K_CHAR:
        return 'Char'
    if kind == K_I1:
        return 'SByte'
    if kind == K_U1:
        return 'Byte'
    if kind == K_I2:
        return 'Int16'
    if kind == K_U2:
        return 'UInt16'
    if kind == K_I4:
        return 'Int32'
    if kind == K_U4:
        return 'UInt32'
    if kind == K_I8:
        return 'Int64'
    if kind == K_U8:
        return 'UInt64'
    if kind == K_R4:
        return 'Single'
    if kind == K_R8:
        return 'Double'
    return 'IntPtr'


def wrap_result(kind, v):
    """A parsed integral value as the stack holds it."""
    if bits_of(kind) == 64:
        return W_Long(v)
    if kind == K_U4:
        return W_Int(wrap32(v))
    return W_Int(v)


# ---- text of values ---------------------------------------------------------------------

def bool_text(b):
    return u'True' if b else u'False'


def format_value(kind, w, fmt):
    """ToString(fmt) of a primitive value of the given kind; raises
    FormatException for a specifier the type does not take."""
    try:
        if kind == K_R8:
            return numformat.format_double(dval(w), fmt)
        if kind == K_R4:
            return numformat.format_single(dval(w), fmt)
        if kind == K_BOOL:
            return bool_text(ival(w) != 0)
        if kind == K_CHAR:
            return unichr(ival(w) & 0xffff)
        v = int_value(kind, w)
        return numformat.format_integer(v, bits_of(kind), unsigned_of(kind), fmt)
    except numformat.BadFormat:
        raise throw('System.FormatException', 'Format specifier was invalid.')


def value_text(kind, w):
    return format_value(kind, w, None)


def enum_text(cls, w, fmt):
    """Enum.ToString(format): G (the name; for a [Flags] enum the names
    of its flags; else the number), D, X, F."""
    from parley.clr.valuetypes import enum_name
    kind = kind_of_class(cls)
    v = int_value(kind, w)
    c = u'G'
    if fmt is not None and len(fmt) > 0:
        if len(fmt) != 1:
            raise throw('System.FormatException',
                        'Format String can be only "G", "g", "X", "x", "F", "f", "D" or "d".')
        c = fmt[0]
    if c == u'D' or c == u'd':
        return numformat.format_integer(v, bits_of(kind), unsigned_of(kind), None)
    if c == u'X' or c == u'x':
        digits = bits_of(kind) // 4
        return numformat.format_integer(v, bits_of(kind), unsigned_of(kind),
                                        u'X' + unicode(str(digits)))
    if c == u'G' or c == u'g' or c == u'F' or c == u'f':
        if (c == u'F' or c == u'f') or is_flags_enum(cls):
            flags = enum_flags_text(cls, v)
            if flags is not None:
                return flags
        else:
            name = enum_name(cls, v)
            if name is not None:
                return ustr(name)
        return numformat.format_integer(v, bits_of(kind), unsigned_of(kind), None)
    raise throw('System.FormatException',
                'Format String can be only "G", "g", "X", "x", "F", "f", "D" or "d".')


def enum_flags_text(cls, v):
    """Mono's InternalFlagsFormat: the names of the flags making up v
    ("A, B"), or None when v is no combination of them."""
    from parley.clr.lib.enums import sorted_names
    pairs = sorted_names(cls)
    result = r_uint(v)
    if bits_of(kind_of_class(cls)) < 64:
        result &= r_uint(0xFFFFFFFF) >> (32 - bits_of(kind_of_class(cls)))
    save = result
    parts = []
    index = len(pairs) - 1
    while index >= 0:
        fv = r_uint(pairs[index][0])
        if bits_of(kind_of_class(cls)) < 64:
            fv &= r_uint(0xFFFFFFFF) >> (32 - bits_of(kind_of_class(cls)))
        if index == 0 and fv == 0:
            break
        if result & fv == fv:
            result -= fv
            parts.append(pairs[index][1])
        index -= 1
    if result != 0:
        return None
    if save == 0:
        if len(pairs) > 0 and pairs[0][0] == 0:
            return ustr(pairs[0][1])
        return u'0'
    parts.reverse()
    return ustr(', '.join(parts))


class FlagsCache(object):
    def __init__(self):
        self.by_class = {}

flags_cache = FlagsCache()


def is_flags_enum(cls):
    """Does the enum's TypeDef carry [System.FlagsAttribute]?"""
    cached = flags_cache.by_class.get(cls, -1)
    if cached != -1:
        return cached == 1
    found = _find_flags_attribute(cls)
    flags_cache.by_class[cls] = 1 if found else 0
    return found


def _find_flags_attribute(cls):
    from parley.clr import metadata as md
    asm = cls.clr_asm
    if asm is None or cls.clr_rid == 0:
        return False
    img = asm.img
    tok = md.make_token(md.TABLE_TYPEDEF, cls.clr_rid)
    for row in img.customattributes:
        if row.parent != tok or md.token_table(row.type) != md.TABLE_MEMBERREF:
            continue
        rid = md.token_rid(row.type)
        if rid <= 0 or rid > len(img.memberrefs):
            continue
        parent = img.memberrefs[rid - 1].parent
        if md.token_table(parent) != md.TABLE_TYPEREF:
            continue
        from parley.clr.errors import BadImageFormat
        try:
            if asm.typeref_fullname(md.token_rid(parent)) == 'System.FlagsAttribute':
                return True
        except BadImageFormat:
            pass
    return False


def box_to_string(w):
    """ToString() of a boxed primitive or enum."""
    assert isinstance(w, W_Box)
    cls = w.klass
    if cls.value_kind == 2:
        return enum_text(cls, w.w_value, None)
    return value_text(kind_of_class(cls), w.w_value)


def box_format(w, fmt):
    assert isinstance(w, W_Box)
    cls = w.klass
    if cls.value_kind == 2:
        return enum_text(cls, w.w_value, fmt)
    return format_value(kind_of_class(cls), w.w_value, fmt)


# ---- parsing ---------------------------------------------------------------------------

ALLOW_LEADING_WHITE = 0x1
ALLOW_TRAILING_WHITE = 0x2
ALLOW_LEADING_SIGN = 0x4
ALLOW_TRAILING_SIGN = 0x8
ALLOW_PARENTHESES = 0x10
ALLOW_DECIMAL_POINT = 0x20
ALLOW_THOUSANDS = 0x40
ALLOW_EXPONENT = 0x80
ALLOW_CURRENCY = 0x100
ALLOW_HEX = 0x200
STYLE_INTEGER = 0x7
STYLE_FLOAT = 0xA7 | ALLOW_THOUSANDS


def _is_white(c):
    return c == u' ' or (u'\t' <= c <= u'\r')


class Parsed(object):
    """What ParseNumber found: the significant digits (no leading zeros),
    the decimal exponent (value = 0.digits * 10^scale), the sign, and the
    text for a float conversion."""
    def __init__(self):
        self.digits = []
        self.scale = 0
        self.sign = False
        self.text = ''


def parse_number(s, styles):
    """Corefx's Number.ParseNumber over the whole string; None when the
    text is not a number in that style."""
    p = Parsed()
    n = len(s)
    i = 0
    if styles & ALLOW_LEADING_WHITE:
        while i < n and _is_white(s[i]):
            i += 1
    signed = False
    parens = False
    while i < n:
        c = s[i]
        if not signed and styles & ALLOW_LEADING_SIGN and (c == u'+' or c == u'-'):
            signed = True
            p.sign = c == u'-'
            i += 1
        elif not signed and styles & ALLOW_PARENTHESES and c == u'(':
            signed = True
            parens = True
            p.sign = True
            i += 1
        elif styles & ALLOW_CURRENCY and c == u'\u00a4':
            i += 1
        else:
            break
    text = []
    any_digits = False
    nonzero = False
    decimal = False
    while i < n:
        c = s[i]
        if u'0' <= c <= u'9':
            any_digits = True
            text.append(chr(ord(c)))
            if c != u'0' or nonzero:
                p.digits.append(chr(ord(c)))
                nonzero = True
                if not decimal:
                    p.scale += 1
            elif decimal:
                p.scale -= 1
            i += 1
        elif styles & ALLOW_DECIMAL_POINT and not decimal and c == u'.':
            decimal = True
            text.append('.')
            i += 1
        elif styles & ALLOW_THOUSANDS and any_digits and not decimal and c == u',':
            i += 1
        else:
            break
    if not any_digits:
        return None
    if styles & ALLOW_EXPONENT and i < n and (s[i] == u'e' or s[i] == u'E'):
        j = i + 1
        esign = ''
        if j < n and (s[j] == u'+' or s[j] == u'-'):
            esign = chr(ord(s[j]))
            j += 1
        if j < n and u'0' <= s[j] <= u'9':
            exp = 0
            edigits = []
            while j < n and u'0' <= s[j] <= u'9':
                if exp < 100000:
                    exp = exp * 10 + ord(s[j]) - 48
                edigits.append(chr(ord(s[j])))
                j += 1
            if esign == '-':
                p.scale -= exp
            else:
                p.scale += exp
            text.append('e')
            text.append(esign)
            text.append(''.join(edigits))
            i = j
    while i < n:
        c = s[i]
        if styles & ALLOW_TRAILING_WHITE and _is_white(c):
            i += 1
        elif not signed and styles & ALLOW_TRAILING_SIGN and (c == u'+' or c == u'-'):
            signed = True
            p.sign = c == u'-'
            i += 1
        elif parens and c == u')':
            parens = False
            i += 1
        elif styles & ALLOW_CURRENCY and c == u'\u00a4':
            i += 1
        else:
            break
    if parens:
        return None
    while i < n and s[i] == u'\0':
        i += 1
    if i != n:
        return None
    if not nonzero:
        p.scale = 0
        p.digits = []
    p.text = ''.join(text)
    return p


def _max_magnitude(kind, negative):
    """The largest magnitude the type holds, as a digit string."""
    if kind == K_I1:
        return '128' if negative else '127'
    if kind == K_U1:
        return '0' if negative else '255'
    if kind == K_I2:
        return '32768' if negative else '32767'
    if kind == K_U2:
        return '0' if negative else '65535'
    if kind == K_I4:
        return '2147483648' if negative else '2147483647'
    if kind == K_U4:
        return '0' if negative else '4294967295'
    if kind == K_I8:
        return '9223372036854775808' if negative else '9223372036854775807'
    return '0' if negative else '18446744073709551615'


def _overflow(kind):
    return throw('System.OverflowException',
                 'Value was either too large or too small for %s.' % type_name(kind))


def _parse_hex(kind, s):
    """AllowHexSpecifier: hex digits only (with white space around); the
    value is the bit pattern of the type.  (value, error 0/1/2)."""
    n = len(s)
    i = 0
    while i < n and _is_white(s[i]):
        i += 1
    start = i
    u = r_uint(0)
    count = 0
    while i < n:
        c = ord(s[i])
        if 48 <= c <= 57:
            d = c - 48
        elif 97 <= c <= 102:
            d = c - 87
        elif 65 <= c <= 70:
            d = c - 55
        else:
            break
        if count > 0 or d != 0:
            count += 1
        if count <= 16:
            u = (u << 4) | r_uint(d)
        i += 1
    if i == start:
        return 0, 1
    while i < n and _is_white(s[i]):
        i += 1
    while i < n and s[i] == u'\0':
        i += 1
    if i != n:
        return 0, 1
    bits = bits_of(kind)
    if count * 4 > bits:
        return 0, 2
    v = intmask(u)
    if bits < 64 and not unsigned_of(kind):
        # the bit pattern of a signed type
        if v >= (1 << (bits - 1)):
            v -= 1 << bits
    return v, 0


def parse_integer(kind, s, styles):
    """(value, error): error 0 ok, 1 format, 2 overflow."""
    if styles & ALLOW_HEX:
        return _parse_hex(kind, s)
    p = parse_number(s, styles)
    if p is None:
        return 0, 1
    if len(p.digits) > p.scale:
        return 0, 2           # a fraction: Mono reports an overflow
    digits = p.digits + ['0'] * (p.scale - len(p.digits))
    ds = ''.join(digits)
    if len(ds) == 0:
        return 0, 0
    limit = _max_magnitude(kind, p.sign)
    if len(ds) > len(limit) or (len(ds) == len(limit) and ds > limit):
        return 0, 2
    u = r_uint(0)
    for c in ds:
        u = u * 10 + r_uint(ord(c) - 48)
    if p.sign:
        u = r_uint(0) - u
    return intmask(u), 0


def parse_float(kind, s, styles):
    """(value, error) for Double/Single."""
    p = parse_number(s, styles)
    if p is None:
        from parley.clr.lib.strings import trim, TRIM_BOTH
        t = trim(s, None, TRIM_BOTH)
        if t == numformat.POSITIVE_INFINITY:
            return INFINITY, 0
        if t == numformat.NEGATIVE_INFINITY:
            return -INFINITY, 0
        if t == numformat.NAN_SYMBOL:
            return NAN, 0
        return 0.0, 1
    from rpython.rlib.rfloat import rstring_to_float
    if len(p.digits) == 0:
        v = 0.0
    elif p.scale > 400:
        return 0.0, 2
    elif p.scale < -400:
        v = 0.0
    else:
        try:
            v = rstring_to_float('0.' + ''.join(p.digits) + 'e' + str(p.scale))
        except ValueError:
            return 0.0, 1
    if kind == K_R4:
        f = round_float32(v)
        if isinf(f):
            return 0.0, 2
        v = f
    elif isinf(v):
        return 0.0, 2
    if p.sign:
        v = -v
    return v, 0


def parse_value(kind, w_s, styles, param):
    """Parse(s): the value as the stack holds it, or a guest exception."""
    s = sval(w_s)
    if s is None:
        raise arg_null(param)
    w, err = try_parse_value(kind, s, styles)
    if err == 1:
        if kind == K_BOOL:
            raise throw('System.FormatException',
                        'String was not recognized as a valid Boolean.')
        if kind == K_CHAR:
            raise throw('System.FormatException',
                        'String must be exactly one character long.')
        raise format_error()
    if err == 2:
        raise _overflow(kind)
    assert w is not None
    return w


def _trim_bool(s):
    start = 0
    end = len(s)
    while start < end and (_is_white(s[start]) or s[start] == u'\0' or
                           s[start] == u'\u00a0'):
        start += 1
    while end > start and (_is_white(s[end - 1]) or s[end - 1] == u'\0' or
                           s[end - 1] == u'\u00a0'):
        end -= 1
    return sub(s, start, end)


def try_parse_value(kind, s, styles):
    """(W_Root value or None, error 0/1/2)."""
    if kind == K_BOOL:
        from parley.clr.lib.strings import to_lower
        t = to_lower(_trim_bool(s))
        if t == u'true':
            return W_TRUE, 0
        if t == u'false':
            return W_FALSE, 0
        return None, 1
    if kind == K_CHAR:
        if len(s) != 1:
            return None, 1
        return W_Int(ord(s[0])), 0
    if kind == K_R8 or kind == K_R4:
        d, err = parse_float(kind, s, styles)
        if err != 0:
            return None, err
        return W_Double(d), 0
    v, err = parse_integer(kind, s, styles)
    if err != 0:
        return None, err
    return wrap_result(kind, v), 0


def zero_of(kind):
    if kind == K_R8 or kind == K_R4:
        return W_Double(0.0)
    if bits_of(kind) == 64:
        return W_Long(0)
    return W_Int(0)


# ---- natives ------------------------------------------------------------------------------

def _desc_letter(kind):
    if kind == K_BOOL:
        return 'Z'
    if kind == K_CHAR:
        return 'C'
    if kind == K_I1 or kind == K_U1:
        return 'B'
    if kind == K_I2 or kind == K_U2:
        return 'S'
    if kind == K_I4 or kind == K_U4:
        return 'I'
    if kind == K_R4:
        return 'F'
    if kind == K_R8:
        return 'D'
    return 'J'


def default_styles(kind):
    if kind == K_R8 or kind == K_R4:
        return STYLE_FLOAT
    return STYLE_INTEGER


def hash_of(kind, w):
    if kind == K_R8:
        bits = double_bits(dval(w))
        if ((bits - 1) & 0x7FFFFFFFFFFFFFFF) >= 0x7FF0000000000000:
            bits &= 0x7FF0000000000000
        return wrap32(bits) ^ wrap32(bits >> 32)
    if kind == K_R4:
        bits = float32_bits(dval(w))
        if ((bits - 1) & 0x7FFFFFFF) >= 0x7F800000:
            bits &= 0x7F800000
        return wrap32(bits)
    v = int_value(kind, w)
    if kind == K_I8 or kind == K_U8 or kind == K_INTPTR:
        return wrap32(v) ^ wrap32(v >> 32)
    if kind == K_I2:
        return wrap32((v & 0xffff) | (v << 16))
    if kind == K_I1:
        return wrap32(v ^ (v << 8))
    if kind == K_CHAR:
        return wrap32(v | (v << 16))
    if kind == K_BOOL:
        return 1 if v != 0 else 0
    return wrap32(v)


def compare_values(kind, a, b):
    if kind == K_R8 or kind == K_R4:
        x = dval(a)
        y = dval(b)
        if x < y:
            return -1
        if x > y:
            return 1
        if x == y:
            return 0
        if isnan(x):
            return 0 if isnan(y) else -1
        return 1
    x = int_value(kind, a)
    y = int_value(kind, b)
    if kind == K_U1 or kind == K_I1 or kind == K_I2 or kind == K_U2 or kind == K_CHAR:
        return x - y
    if kind == K_U8:
        ux = r_uint(x)
        uy = r_uint(y)
        if ux < uy:
            return -1
        return 1 if ux > uy else 0
    if x < y:
        return -1
    return 1 if x > y else 0


def values_equal(kind, a, b):
    if kind == K_R8 or kind == K_R4:
        x = dval(a)
        y = dval(b)
        return x == y or (isnan(x) and isnan(y))
    return int_value(kind, a) == int_value(kind, b)


def _this_value(w):
    assert isinstance(w, W_Box)
    return w.w_value


def install(cls, kind):
    letter = _desc_letter(kind)

    def to_string(args):
        return W_String(value_text(kind, _this_value(args[0])))

    def to_string_fmt(args):
        return W_String(format_value(kind, _this_value(args[0]), sval(args[1])))

    def to_string_provider(args):
        return W_String(value_text(kind, _this_value(args[0])))

    def get_hash_code(args):
        return W_Int(hash_of(kind, _this_value(args[0])))

    def compare_to(args):
        return W_Int(compare_values(kind, _this_value(args[0]), args[1]))

    def compare_to_object(args):
        w_o = args[1]
        if w_o is None:
            return W_Int(1)
        if not isinstance(w_o, W_Box) or w_o.klass is not cls:
            raise arg_error('Object must be of type %s.' % short_name(kind), '')
        return W_Int(compare_values(kind, _this_value(args[0]), w_o.w_value))

    def equals(args):
        return wbool(values_equal(kind, _this_value(args[0]), args[1]))

    def equals_object(args):
        w_o = args[1]
        if not isinstance(w_o, W_Box) or w_o.klass is not cls:
            return W_FALSE
        return wbool(values_equal(kind, _this_value(args[0]), w_o.w_value))

    param = 's'
    if kind == K_BOOL:
        param = 'value'

    def parse(args):
        return parse_value(kind, args[0], default_styles(kind), param)

    def parse_styles(args):
        return parse_value(kind, args[0], ival(args[1]), param)

    def parse_provider(args):
        return parse_value(kind, args[0], default_styles(kind), param)

    def parse_styles_provider(args):
        return parse_value(kind, args[0], ival(args[1]), param)

    def try_parse(args):
        s = sval(args[0])
        w = None
        if s is not None:
            w, err = try_parse_value(kind, s, default_styles(kind))
        if w is None:
            store_out(args[1], zero_of(kind))
            return W_FALSE
        store_out(args[1], w)
        return W_TRUE

    def try_parse_styles(args):
        s = sval(args[0])
        w = None
        if s is not None:
            w, err = try_parse_value(kind, s, ival(args[1]))
        if w is None:
            store_out(args[3], zero_of(kind))
            return W_FALSE
        store_out(args[3], w)
        return W_TRUE

    add_native(cls, 'ToString', '()' + S, to_string)
    add_native(cls, 'ToString', '(' + PROVIDER + ')' + S, to_string_provider)
    if kind != K_BOOL and kind != K_CHAR:
        add_native(cls, 'ToString', '(' + S + ')' + S, to_string_fmt)
        add_native(cls, 'ToString', '(' + S + PROVIDER + ')' + S, to_string_fmt)
    add_native(cls, 'GetHashCode', '()I', get_hash_code)
    add_native(cls, 'CompareTo', '(' + letter + ')I', compare_to)
    add_native(cls, 'CompareTo', '(' + O + ')I', compare_to_object)
    add_native(cls, 'Equals', '(' + letter + ')Z', equals)
    add_native(cls, 'Equals', '(' + O + ')Z', equals_object)
    add_native(cls, 'Parse', '(' + S + ')' + letter, parse, STATIC)
    add_native(cls, 'TryParse', '(' + S + '[' + letter + ')Z', try_parse, STATIC)
    if kind != K_BOOL and kind != K_CHAR:
        add_native(cls, 'Parse', '(' + S + STYLES + ')' + letter, parse_styles, STATIC)
        add_native(cls, 'Parse', '(' + S + PROVIDER + ')' + letter, parse_provider, STATIC)
        add_native(cls, 'Parse', '(' + S + STYLES + PROVIDER + ')' + letter,
                   parse_styles_provider, STATIC)
        add_native(cls, 'TryParse', '(' + S + STYLES + PROVIDER + '[' + letter + ')Z',
                   try_parse_styles, STATIC)


# ---- Double / Single statics --------------------------------------------------------

def _is_nan(args):
    return wbool(isnan(dval(args[0])))


def _is_infinity(args):
    return wbool(isinf(dval(args[0])))


def _is_positive_infinity(args):
    d = dval(args[0])
    return wbool(isinf(d) and d > 0)


def _is_negative_infinity(args):
    d = dval(args[0])
    return wbool(isinf(d) and d < 0)


def _is_finite(args):
    d = dval(args[0])
    return wbool(not isnan(d) and not isinf(d))


def _is_negative(args):
    return wbool(double_bits(dval(args[0])) < 0)


def install_float_statics(cls, letter):
    add_native(cls, 'IsNaN', '(' + letter + ')Z', _is_nan, STATIC)
    add_native(cls, 'IsInfinity', '(' + letter + ')Z', _is_infinity, STATIC)
    add_native(cls, 'IsPositiveInfinity', '(' + letter + ')Z', _is_positive_infinity, STATIC)
    add_native(cls, 'IsNegativeInfinity', '(' + letter + ')Z', _is_negative_infinity, STATIC)
    add_native(cls, 'IsFinite', '(' + letter + ')Z', _is_finite, STATIC)
    add_native(cls, 'IsNegative', '(' + letter + ')Z', _is_negative, STATIC)


def _bool_strings(cls):
    """Boolean.TrueString / FalseString (static readonly fields)."""
    from parley.interop.native import add_field
    f_true = add_field(cls, 'TrueString', S, True, 0x36)
    f_false = add_field(cls, 'FalseString', S, True, 0x36)

    def clinit(args):
        cls.static_values[f_true.index] = W_String(u'True')
        cls.static_values[f_false.index] = W_String(u'False')
        return None
    add_native(cls, '<clinit>', '()V', clinit, STATIC)


def install_all(classes):
    """classes: the primitive struct classes, by CLR name."""
    for name in ['System.Boolean', 'System.Char', 'System.SByte', 'System.Byte',
                 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32',
                 'System.Int64', 'System.UInt64', 'System.Single', 'System.Double']:
        cls = classes[name]
        install(cls, kind_of_class(cls))
    _bool_strings(classes['System.Boolean'])
    install_float_statics(classes['System.Double'], 'D')
    install_float_statics(classes['System.Single'], 'F')
    for name in ['System.IntPtr', 'System.UIntPtr']:
        cls = classes[name]

        def to_string(args):
            return W_String(unicode(str(jval(_this_value(args[0])))))
        add_native(cls, 'ToString', '()' + S, to_string)
