"""java.lang.Character's classification and case mapping, over RPython's
Unicode database (5.2.0: JDK 17 knows Unicode 13, so characters added
after 5.2 are unassigned here)."""
from rpython.rlib.unicodedata import unicodedb_5_2_0 as unicodedb

MAX_CODE_POINT = 0x10ffff


def category(c):
    if c < 0 or c > MAX_CODE_POINT:
        return 'Cn'
    return unicodedb.category(c)


def is_digit(c):
    if c < 128:
        return 48 <= c <= 57
    return category(c) == 'Nd'


def is_letter(c):
    if c < 128:
        return (65 <= c <= 90) or (97 <= c <= 122)
    cat = category(c)
    return cat[0] == 'L'


def is_letter_or_digit(c):
    return is_letter(c) or is_digit(c)


def is_alphabetic(c):
    if c < 128:
        return (65 <= c <= 90) or (97 <= c <= 122)
    cat = category(c)
    return cat[0] == 'L' or cat == 'Nl' or unicodedb.isalpha(c)


# Other_Uppercase / Other_Lowercase (PropList.txt): Java's isUpperCase
# and isLowerCase include them
_OTHER_UPPER = [0x2160, 0x216f, 0x24b6, 0x24cf, 0x1f130, 0x1f149,
                0x1f150, 0x1f169, 0x1f170, 0x1f189]
_OTHER_LOWER = [0xaa, 0xaa, 0xba, 0xba, 0x2b0, 0x2b8, 0x2c0, 0x2c1,
                0x2e0, 0x2e4, 0x345, 0x345, 0x37a, 0x37a, 0x1d2c, 0x1d6a,
                0x1d78, 0x1d78, 0x1d9b, 0x1dbf, 0x2071, 0x2071, 0x207f, 0x207f,
                0x2090, 0x209c, 0x2170, 0x217f, 0x24d0, 0x24e9, 0x2c7c, 0x2c7d,
                0xa69c, 0xa69d, 0xa770, 0xa770, 0xa7f8, 0xa7f9, 0xab5c, 0xab5f]


def _in_ranges(c, ranges):
    i = 0
    while i < len(ranges):
        if ranges[i] <= c <= ranges[i + 1]:
            return True
        i += 2
    return False


def is_upper(c):
    if c < 128:
        return 65 <= c <= 90
    if c > MAX_CODE_POINT:
        return False
    return category(c) == 'Lu' or _in_ranges(c, _OTHER_UPPER)


def is_lower(c):
    if c < 128:
        return 97 <= c <= 122
    if c > MAX_CODE_POINT:
        return False
    return category(c) == 'Ll' or _in_ranges(c, _OTHER_LOWER)


def is_title(c):
    return category(c) == 'Lt'


def is_space_char(c):
    cat = category(c)
    return cat == 'Zs' or cat == 'Zl' or cat == 'Zp'


def is_whitespace(c):
    """Character.isWhitespace."""
    if c < 128:
        return (9 <= c <= 13) or (28 <= c <= 32)
    if c == 0xa0 or c == 0x2007 or c == 0x202f:
        return False
    return is_space_char(c)


def is_iso_control(c):
    return (0 <= c <= 0x1f) or (0x7f <= c <= 0x9f)


def is_defined(c):
    return category(c) != 'Cn'


def is_java_identifier_start(c):
    if is_letter(c):
        return True
    cat = category(c)
    return cat == 'Pc' or cat == 'Sc' or cat == 'Nl'


def is_java_identifier_part(c):
    if is_java_identifier_start(c) or is_digit(c):
        return True
    cat = category(c)
    if cat == 'Mn' or cat == 'Mc':
        return True
    return is_identifier_ignorable(c)


def is_identifier_ignorable(c):
    if (0 <= c <= 8) or (0xe <= c <= 0x1b) or (0x7f <= c <= 0x9f):
        return True
    return category(c) == 'Cf'


def to_upper(c):
    """Character.toUpperCase(int): the simple mapping."""
    if c < 128:
        if 97 <= c <= 122:
            return c - 32
        return c
    if c > MAX_CODE_POINT or c < 0:
        return c
    return unicodedb.toupper(c)


def to_lower(c):
    if c < 128:
        if 65 <= c <= 90:
            return c + 32
        return c
    if c > MAX_CODE_POINT or c < 0:
        return c
    return unicodedb.tolower(c)


def to_title(c):
    if c > MAX_CODE_POINT or c < 0:
        return c
    return unicodedb.totitle(c)


def to_upper_full(c):
    """The full upper-case mapping String.toUpperCase uses."""
    if c < 128:
        return [to_upper(c)]
    if c > MAX_CODE_POINT or c < 0:
        return [c]
    return unicodedb.toupper_full(c)


def to_lower_full(c):
    if c < 128:
        return [to_lower(c)]
    if c > MAX_CODE_POINT or c < 0:
        return [c]
    return unicodedb.tolower_full(c)


def _latin_value(c):
    """10..35 for the Latin letters (ASCII and fullwidth), else -1."""
    if 65 <= c <= 90:
        return c - 65 + 10
    if 97 <= c <= 122:
        return c - 97 + 10
    if 0xff21 <= c <= 0xff3a:
        return c - 0xff21 + 10
    if 0xff41 <= c <= 0xff5a:
        return c - 0xff41 + 10
    return -1


def digit(c, radix):
    """Character.digit(int, int)."""
    if radix < 2 or radix > 36:
        return -1
    value = -1
    if 48 <= c <= 57:
        value = c - 48
    elif c >= 128 and is_digit(c):
        try:
            value = unicodedb.decimal(c)
        except KeyError:
            value = -1
    else:
        value = _latin_value(c)
    if value < radix:
        return value
    return -1


def numeric_value(c):
    """Character.getNumericValue(int)."""
    if 48 <= c <= 57:
        return c - 48
    v = _latin_value(c)
    if v >= 0:
        return v
    if c < 128 or c > MAX_CODE_POINT:
        return -1
    try:
        f = unicodedb.numeric(c)
    except KeyError:
        return -1
    if f < 0.0 or f != float(int(f)):
        return -2
    return int(f)


def for_digit(d, radix):
    if d >= radix or d < 0:
        return 0
    if radix < 2 or radix > 36:
        return 0
    if d < 10:
        return 48 + d
    return 97 - 10 + d


# Character.getType values
_TYPES = {
    'Cn': 0, 'Lu': 1, 'Ll': 2, 'Lt': 3, 'Lm': 4, 'Lo': 5, 'Mn': 6, 'Me': 7,
    'Mc': 8, 'Nd': 9, 'Nl': 10, 'No': 11, 'Zs': 12, 'Zl': 13, 'Zp': 14,
    'Cc': 15, 'Cf': 16, 'Co': 18, 'Cs': 19, 'Pd': 20, 'Ps': 21, 'Pe': 22,
    'Pc': 23, 'Po': 24, 'Sm': 25, 'Sc': 26, 'Sk': 27, 'So': 28, 'Pi': 29,
    'Pf': 30,
}


def get_type(c):
    return _TYPES.get(category(c), 0)
