"""System.Char's static members (classification by Unicode category as
.NET defines it, invariant case mapping, numeric values)."""
from rpython.rlib.unicodedata import unicodedb_5_2_0 as unicodedb
from parley.interop.model import W_Int, W_Double, W_String
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.clr.lib.util import arg_null, arg_range, ival, sval, wbool
from parley.clr.lib.strings import is_white_space, to_upper_char, to_lower_char

STATIC = ACC_PUBLIC | ACC_STATIC
S = 'Ljava/lang/String;'


def category(c):
    if c < 0 or c > 0xffff:
        return 'Cn'
    return unicodedb.category(c)


def is_digit(c):
    if c < 128:
        return 48 <= c <= 57
    return category(c) == 'Nd'


def is_letter(c):
    if c < 128:
        return (65 <= c <= 90) or (97 <= c <= 122)
    return category(c)[0] == 'L'


def is_letter_or_digit(c):
    return is_letter(c) or is_digit(c)


def is_upper(c):
    if c < 128:
        return 65 <= c <= 90
    return category(c) == 'Lu'


def is_lower(c):
    if c < 128:
        return 97 <= c <= 122
    return category(c) == 'Ll'


def is_number(c):
    if c < 128:
        return 48 <= c <= 57
    return category(c)[0] == 'N'


def is_punctuation(c):
    return category(c)[0] == 'P'


def is_symbol(c):
    return category(c)[0] == 'S'


def is_separator(c):
    return category(c)[0] == 'Z'


def is_control(c):
    return category(c) == 'Cc'


def is_surrogate(c):
    return 0xd800 <= c <= 0xdfff


def is_high_surrogate(c):
    return 0xd800 <= c <= 0xdbff


def is_low_surrogate(c):
    return 0xdc00 <= c <= 0xdfff


def numeric_value(c):
    if 48 <= c <= 57:
        return float(c - 48)
    try:
        return unicodedb.numeric(c)
    except KeyError:
        return -1.0


# the UnicodeCategory enum values, in its order
CATEGORIES = ['Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No',
              'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co', 'Pc', 'Pd', 'Ps', 'Pe',
              'Pi', 'Pf', 'Po', 'Sm', 'Sc', 'Sk', 'So', 'Cn']
CATEGORY_NAMES = ['UppercaseLetter', 'LowercaseLetter', 'TitlecaseLetter',
                  'ModifierLetter', 'OtherLetter', 'NonSpacingMark',
                  'SpacingCombiningMark', 'EnclosingMark', 'DecimalDigitNumber',
                  'LetterNumber', 'OtherNumber', 'SpaceSeparator',
                  'LineSeparator', 'ParagraphSeparator', 'Control', 'Format',
                  'Surrogate', 'PrivateUse', 'ConnectorPunctuation',
                  'DashPunctuation', 'OpenPunctuation', 'ClosePunctuation',
                  'InitialQuotePunctuation', 'FinalQuotePunctuation',
                  'OtherPunctuation', 'MathSymbol', 'CurrencySymbol',
                  'ModifierSymbol', 'OtherSymbol', 'OtherNotAssigned']


def unicode_category(c):
    cat = category(c)
    for i in range(len(CATEGORIES)):
        if CATEGORIES[i] == cat:
            return i
    return len(CATEGORIES) - 1


def _char_at(args):
    s = sval(args[0])
    if s is None:
        raise arg_null('s')
    i = ival(args[1])
    if i < 0 or i >= len(s):
        raise arg_range('index', 'Index was out of range. Must be non-negative and less than the size of the collection.')
    return ord(s[i])


def _make_test(pred):
    def on_char(args):
        return wbool(pred(ival(args[0]) & 0xffff))

    def on_string(args):
        return wbool(pred(_char_at(args)))
    return on_char, on_string


def _to_upper(args):
    return W_Int(to_upper_char(ival(args[0]) & 0xffff))


def _to_lower(args):
    return W_Int(to_lower_char(ival(args[0]) & 0xffff))


def _numeric(args):
    return W_Double(numeric_value(ival(args[0]) & 0xffff))


def _numeric_at(args):
    return W_Double(numeric_value(_char_at(args)))


def _to_string(args):
    return W_String(unichr(ival(args[0]) & 0xffff))


def _category(args):
    return W_Int(unicode_category(ival(args[0]) & 0xffff))


def _category_at(args):
    return W_Int(unicode_category(_char_at(args)))


def install(cls):
    for name, pred in [('IsDigit', is_digit), ('IsLetter', is_letter),
                       ('IsLetterOrDigit', is_letter_or_digit),
                       ('IsWhiteSpace', is_white_space), ('IsUpper', is_upper),
                       ('IsLower', is_lower), ('IsNumber', is_number),
                       ('IsPunctuation', is_punctuation), ('IsSymbol', is_symbol),
                       ('IsSeparator', is_separator), ('IsControl', is_control),
                       ('IsSurrogate', is_surrogate),
                       ('IsHighSurrogate', is_high_surrogate),
                       ('IsLowSurrogate', is_low_surrogate)]:
        on_char, on_string = _make_test(pred)
        add_native(cls, name, '(C)Z', on_char, STATIC)
        add_native(cls, name, '(' + S + 'I)Z', on_string, STATIC)
    add_native(cls, 'ToUpper', '(C)C', _to_upper, STATIC)
    add_native(cls, 'ToLower', '(C)C', _to_lower, STATIC)
    add_native(cls, 'ToUpperInvariant', '(C)C', _to_upper, STATIC)
    add_native(cls, 'ToLowerInvariant', '(C)C', _to_lower, STATIC)
    add_native(cls, 'GetNumericValue', '(C)D', _numeric, STATIC)
    add_native(cls, 'GetNumericValue', '(' + S + 'I)D', _numeric_at, STATIC)
    add_native(cls, 'ToString', '(C)' + S, _to_string, STATIC)
    add_native(cls, 'GetUnicodeCategory', '(C)Lcli/System/Globalization/UnicodeCategory;',
               _category, STATIC)
    add_native(cls, 'GetUnicodeCategory', '(' + S + 'I)Lcli/System/Globalization/UnicodeCategory;',
               _category_at, STATIC)
