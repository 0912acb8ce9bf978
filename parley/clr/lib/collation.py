"""Culture-sensitive string comparison as Mono 6.8 does it for the
invariant culture (String.Compare, String.CompareTo, Array.Sort of
strings): an approximation of its collator, exact for the usual cases.

Levels, most significant first: primary (the characters' base order:
whitespace < punctuation and symbols < digits < letters, case- and
accent-insensitive; the hyphen and the apostrophe are ignored here and
control characters everywhere), secondary (accents), tertiary (case:
lower before upper), and last the positions of the ignored hyphens and
apostrophes (a string without one sorts first; an earlier one sorts
later).  Expansions: sharp s = ss, ae and oe ligatures = ae, oe.  Result -1, 0 or 1.
"""
from rpython.rlib.unicodedata import unicodedb_5_2_0 as unicodedb

# the primary order of the ASCII characters that are not letters
_ORDER = u" \t\n\x0b\x0c\r!\"#$%&()*,./:;?@[\\]^_`{|}~+<=>"

G_SPACE_PUNCT = 1 << 24
G_SYMBOL = 2 << 24
G_DIGIT = 3 << 24
G_LATIN = 4 << 24
G_LETTER = 5 << 24

IGNORE = -1
SPECIAL = -2


def _build_ascii():
    table = [IGNORE] * 128
    for i in range(len(_ORDER)):
        table[ord(_ORDER[i])] = G_SPACE_PUNCT + i
    for c in range(ord('0'), ord('9') + 1):
        table[c] = G_DIGIT + (c - ord('0')) * 2
    for c in range(ord('a'), ord('z') + 1):
        table[c] = G_LATIN + (c - ord('a')) * 4
        table[c - 32] = G_LATIN + (c - ord('a')) * 4
    table[ord("'")] = SPECIAL
    table[ord('-')] = SPECIAL
    return table

_ASCII = _build_ascii()


class SortKey(object):
    def __init__(self):
        self.primary = []
        self.secondary = []
        self.tertiary = []
        self.special = []


def _add(key, p, s, t):
    key.primary.append(p)
    key.secondary.append(s)
    key.tertiary.append(t)


def _add_char(key, c, pos):
    if c < 128:
        p = _ASCII[c]
        if p == IGNORE:
            return
        if p == SPECIAL:
            key.special.append(pos)
            return
        _add(key, p, 0, 1 if 65 <= c <= 90 else 0)
        return
    if c == 0xad:                   # soft hyphen
        key.special.append(pos)
        return
    if c == 0xdf:                   # sharp s
        _add(key, _ASCII[ord('s')], 0, 0)
        _add(key, _ASCII[ord('s')], 0, 0)
        return
    if c == 0xe6 or c == 0xc6:      # ae ligatures
        t = 1 if c == 0xc6 else 0
        _add(key, _ASCII[ord('a')], 0, t)
        _add(key, _ASCII[ord('e')], 0, t)
        return
    if c == 0x153 or c == 0x152:    # oe ligatures
        t = 1 if c == 0x152 else 0
        _add(key, _ASCII[ord('o')], 0, t)
        _add(key, _ASCII[ord('e')], 0, t)
        return
    cat = unicodedb.category(c)
    if cat == 'Mn' or cat == 'Me':
        # a combining mark: an accent on the previous character
        n = len(key.secondary)
        if n > 0:
            key.secondary[n - 1] = key.secondary[n - 1] * 4099 + c
        return
    if cat == 'Cc' or cat == 'Cf':
        return
    decomp = unicodedb.canon_decomposition(c)
    if len(decomp) > 1 and decomp[0] < 128:
        _add_char(key, decomp[0], pos)
        for i in range(1, len(decomp)):
            _add_char(key, decomp[i], pos)
        return
    upper = 1 if unicodedb.isupper(c) else 0
    if cat[0] == 'L':
        base = c
        if upper:
            base = unicodedb.tolower(c)
        _add(key, G_LETTER + base, 0, upper)
    elif cat == 'Nd':
        _add(key, G_DIGIT + unicodedb.decimal(c) * 2 + 1, c, 0)
    elif cat == 'Zs' or cat == 'Zl' or cat == 'Zp':
        _add(key, G_SPACE_PUNCT, c, 0)
    else:
        _add(key, G_SYMBOL + c, 0, 0)


def sort_key(u):
    key = SortKey()
    for i in range(len(u)):
        _add_char(key, ord(u[i]), i)
    return key


def _cmp_lists(a, b):
    n = len(a) if len(a) < len(b) else len(b)
    for i in range(n):
        if a[i] != b[i]:
            return -1 if a[i] < b[i] else 1
    if len(a) != len(b):
        return -1 if len(a) < len(b) else 1
    return 0


def _cmp_special(a, b):
    n = len(a) if len(a) < len(b) else len(b)
    for i in range(n):
        if a[i] != b[i]:
            return 1 if a[i] < b[i] else -1
    if len(a) != len(b):
        return -1 if len(a) < len(b) else 1
    return 0


def culture_compare(a, b, ignore_case):
    """Compare two unicode strings (neither None)."""
    if a == b:
        return 0
    ka = sort_key(a)
    kb = sort_key(b)
    c = _cmp_lists(ka.primary, kb.primary)
    if c != 0:
        return c
    c = _cmp_lists(ka.secondary, kb.secondary)
    if c != 0:
        return c
    if not ignore_case:
        c = _cmp_lists(ka.tertiary, kb.tertiary)
        if c != 0:
            return c
    return _cmp_special(ka.special, kb.special)


def compare_strings(a, b, ignore_case):
    """String.Compare(a, b[, ignoreCase]) with nulls (null < anything)."""
    if a is None:
        return 0 if b is None else -1
    if b is None:
        return 1
    return culture_compare(a, b, ignore_case)


def ordinal_compare(a, b):
    """String.CompareOrdinal: the difference of the first differing
    chars, else of the lengths."""
    if a is None:
        return 0 if b is None else -1
    if b is None:
        return 1
    # the first chars differ (an empty string's is its terminator, 0)
    c0 = ord(a[0]) if len(a) > 0 else 0
    c1 = ord(b[0]) if len(b) > 0 else 0
    if c0 != c1:
        return c0 - c1
    n = len(a) if len(a) < len(b) else len(b)
    for i in range(n):
        if a[i] != b[i]:
            return ord(a[i]) - ord(b[i])
    return len(a) - len(b)
