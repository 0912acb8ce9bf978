"""System.String: the CLR's members of the shared string class (keys are
CLR names, so they never collide with java.lang.String's), with Mono
6.8's behaviour and exception messages."""
from rpython.rlib.rstring import UnicodeBuilder
from rpython.rlib.unicodedata import unicodedb_5_2_0 as unicodedb
from parley.interop.model import (W_Int, W_String, W_IntArray, W_RefArray,
                                  W_Box)
from parley.interop.core import string_class, call_tostring
from parley.interop.native import add_native, add_field
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.clr.lib.util import (throw, arg_null, arg_range, arg_error,
                                 ival, sval, this_str, wbool, wstr,
                                 char_array, chars_to_unicode, new_char_array,
                                 new_string_array, sub, tail)
from parley.clr.lib import collation

STATIC = ACC_PUBLIC | ACC_STATIC
S = 'Ljava/lang/String;'
O = 'Ljava/lang/Object;'
SC = 'Lcli/System/StringComparison;'
SSO = 'Lcli/System/StringSplitOptions;'
PROVIDER = 'Lcli/System/IFormatProvider;'

# StringComparison
CURRENT_CULTURE = 0
CURRENT_CULTURE_IC = 1
INVARIANT_CULTURE = 2
INVARIANT_CULTURE_IC = 3
ORDINAL = 4
ORDINAL_IC = 5

INDEX_RANGE = 'Index was out of range. Must be non-negative and less than the size of the collection.'


def native(name, desc, func, flags=ACC_PUBLIC):
    add_native(string_class, name, desc, func, flags)


# ---- characters -----------------------------------------------------------------

def is_white_space(c):
    """Char.IsWhiteSpace."""
    if c == 32 or (9 <= c <= 13) or c == 0xa0 or c == 0x85:
        return True
    if c < 0x1680:
        return False
    cat = unicodedb.category(c)
    return cat == 'Zs' or cat == 'Zl' or cat == 'Zp'


def to_upper_char(c):
    """The invariant culture's upper case of one char."""
    if c < 128:
        if 97 <= c <= 122:
            return c - 32
        return c
    if c == 0x131 or c == 0x130 or c == 0xdf or c > 0xffff:
        return c
    if unicodedb.category(c) == 'Lt':
        return c
    u = unicodedb.toupper(c)
    if u > 0xffff:
        return c
    return u


def to_lower_char(c):
    if c < 128:
        if 65 <= c <= 90:
            return c + 32
        return c
    if c == 0x130 or c == 0x131 or c > 0xffff:
        return c
    if unicodedb.category(c) == 'Lt':
        return c
    u = unicodedb.tolower(c)
    if u > 0xffff:
        return c
    return u


def to_upper(s):
    out = [u'\0'] * len(s)
    for i in range(len(s)):
        out[i] = unichr(to_upper_char(ord(s[i])))
    return u''.join(out)


def to_lower(s):
    out = [u'\0'] * len(s)
    for i in range(len(s)):
        out[i] = unichr(to_lower_char(ord(s[i])))
    return u''.join(out)


# ---- searching -----------------------------------------------------------------------

def find(s, sub, start, end):
    """Ordinal search of sub in s[start:end]; -1 if absent."""
    m = len(sub)
    if m == 0:
        return start
    last = end - m
    i = start
    while i <= last:
        if s[i] == sub[0]:
            j = 1
            while j < m and s[i + j] == sub[j]:
                j += 1
            if j == m:
                return i
        i += 1
    return -1


def rfind(s, sub, start, end):
    """Last ordinal occurrence of sub within s[start:end]."""
    m = len(sub)
    i = end - m
    while i >= start:
        j = 0
        while j < m and s[i + j] == sub[j]:
            j += 1
        if j == m:
            return i
        i -= 1
    return -1


def _ignore_case(comparison):
    return comparison == CURRENT_CULTURE_IC or comparison == INVARIANT_CULTURE_IC \
        or comparison == ORDINAL_IC


def _check_comparison(comparison):
    if comparison < 0 or comparison > 5:
        raise arg_error('The string comparison type passed in is currently not supported.',
                        'comparisonType')


def _index_of_char(args):
    s = this_str(args[0])
    c = unichr(ival(args[1]) & 0xffff)
    for i in range(len(s)):
        if s[i] == c:
            return W_Int(i)
    return W_Int(-1)


def _index_of_char_range(s, c, start, count):
    if start < 0 or start > len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    if count < 0 or start > len(s) - count:
        raise arg_range('count', 'Count must be positive and count must refer to a location within the string/array/collection.')
    ch = unichr(c & 0xffff)
    for i in range(start, start + count):
        if s[i] == ch:
            return i
    return -1


def _index_of_char_from(args):
    s = this_str(args[0])
    start = ival(args[2])
    if start < 0 or start > len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    return W_Int(_index_of_char_range(s, ival(args[1]), start, len(s) - start))


def _index_of_char_from_count(args):
    s = this_str(args[0])
    return W_Int(_index_of_char_range(s, ival(args[1]), ival(args[2]), ival(args[3])))


def _str_arg(w, param):
    if w is None:
        raise arg_null(param)
    assert isinstance(w, W_String)
    return w.value


def index_of(s, sub, start, count, comparison):
    if start < 0 or start > len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    if count < 0 or start > len(s) - count:
        raise arg_range('count', 'Count must be positive and count must refer to a location within the string/array/collection.')
    if _ignore_case(comparison):
        return find(to_upper(s), to_upper(sub), start, start + count)
    return find(s, sub, start, start + count)


def _index_of_str(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    return W_Int(index_of(s, sub, 0, len(s), CURRENT_CULTURE))


def _index_of_str_from(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    start = ival(args[2])
    if start < 0 or start > len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    return W_Int(index_of(s, sub, start, len(s) - start, CURRENT_CULTURE))


def _index_of_str_from_count(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    return W_Int(index_of(s, sub, ival(args[2]), ival(args[3]), CURRENT_CULTURE))


def _index_of_str_cmp(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    comparison = ival(args[2])
    _check_comparison(comparison)
    return W_Int(index_of(s, sub, 0, len(s), comparison))


def _index_of_str_from_cmp(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    start = ival(args[2])
    comparison = ival(args[3])
    _check_comparison(comparison)
    if start < 0 or start > len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    return W_Int(index_of(s, sub, start, len(s) - start, comparison))


def last_index_of_char(s, c, start, count):
    if len(s) == 0:
        return -1
    if start < 0 or start >= len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    if count < 0 or start - count + 1 < 0:
        raise arg_range('count', 'Count must be positive and count must refer to a location within the string/array/collection.')
    ch = unichr(c & 0xffff)
    i = start
    while i > start - count:
        if s[i] == ch:
            return i
        i -= 1
    return -1


def _last_index_of_char(args):
    s = this_str(args[0])
    return W_Int(last_index_of_char(s, ival(args[1]), len(s) - 1, len(s)))


def _last_index_of_char_from(args):
    s = this_str(args[0])
    start = ival(args[2])
    return W_Int(last_index_of_char(s, ival(args[1]), start, start + 1))


def _last_index_of_char_from_count(args):
    s = this_str(args[0])
    return W_Int(last_index_of_char(s, ival(args[1]), ival(args[2]), ival(args[3])))


def last_index_of(s, sub, start, count, comparison):
    """String.LastIndexOf(string, startIndex, count): the search covers
    s[start - count + 1 .. start]."""
    if len(s) == 0 and (start == -1 or start == 0):
        return 0 if len(sub) == 0 else -1
    if start < 0 or start > len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    if start == len(s):
        start -= 1
        if count > 0:
            count -= 1
    if count < 0 or start - count + 1 < 0:
        raise arg_range('count', 'Count must be positive and count must refer to a location within the string/array/collection.')
    if len(sub) == 0:
        return start
    lo = start - count + 1
    if _ignore_case(comparison):
        return rfind(to_upper(s), to_upper(sub), lo, start + 1)
    return rfind(s, sub, lo, start + 1)


def _last_index_of_str(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    return W_Int(last_index_of(s, sub, len(s) - 1, len(s), CURRENT_CULTURE))


def _last_index_of_str_from(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    start = ival(args[2])
    return W_Int(last_index_of(s, sub, start, start + 1, CURRENT_CULTURE))


def _last_index_of_str_cmp(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    comparison = ival(args[2])
    _check_comparison(comparison)
    return W_Int(last_index_of(s, sub, len(s) - 1, len(s), comparison))


def _index_of_any(s, w_chars, start, count):
    arr = char_array(w_chars, 'anyOf')
    if start < 0 or start > len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    if count < 0 or start > len(s) - count:
        raise arg_range('count', 'Count cannot be negative, and startIndex + count must be less than m_stringLength of the string.')
    for i in range(start, start + count):
        c = ord(s[i])
        for k in arr.storage:
            if k & 0xffff == c:
                return i
    return -1


def _index_of_any1(args):
    s = this_str(args[0])
    return W_Int(_index_of_any(s, args[1], 0, len(s)))


def _index_of_any2(args):
    s = this_str(args[0])
    start = ival(args[2])
    if start < 0 or start > len(s):
        raise arg_range('startIndex', INDEX_RANGE)
    return W_Int(_index_of_any(s, args[1], start, len(s) - start))


def _last_index_of_any(args):
    s = this_str(args[0])
    arr = char_array(args[1], 'anyOf')
    i = len(s) - 1
    while i >= 0:
        c = ord(s[i])
        for k in arr.storage:
            if k & 0xffff == c:
                return W_Int(i)
        i -= 1
    return W_Int(-1)


def _contains(args):
    s = this_str(args[0])
    sub = _str_arg(args[1], 'value')
    return wbool(find(s, sub, 0, len(s)) >= 0)


def _contains_char(args):
    return wbool(_index_of_char(args).intval >= 0)


def starts_with(s, prefix, comparison):
    if len(prefix) > len(s):
        return False
    if _ignore_case(comparison):
        return to_upper(sub(s, 0, len(prefix))) == to_upper(prefix)
    for i in range(len(prefix)):
        if s[i] != prefix[i]:
            return False
    return True


def ends_with(s, suffix, comparison):
    n = len(s) - len(suffix)
    if n < 0:
        return False
    if _ignore_case(comparison):
        return to_upper(tail(s, n)) == to_upper(suffix)
    for i in range(len(suffix)):
        if s[n + i] != suffix[i]:
            return False
    return True


def _starts_with(args):
    return wbool(starts_with(this_str(args[0]), _str_arg(args[1], 'value'),
                             CURRENT_CULTURE))


def _starts_with_cmp(args):
    comparison = ival(args[2])
    _check_comparison(comparison)
    return wbool(starts_with(this_str(args[0]), _str_arg(args[1], 'value'),
                             comparison))


def _ends_with(args):
    return wbool(ends_with(this_str(args[0]), _str_arg(args[1], 'value'),
                           CURRENT_CULTURE))


def _ends_with_cmp(args):
    comparison = ival(args[2])
    _check_comparison(comparison)
    return wbool(ends_with(this_str(args[0]), _str_arg(args[1], 'value'),
                           comparison))


def _starts_with_char(args):
    s = this_str(args[0])
    return wbool(len(s) > 0 and ord(s[0]) == ival(args[1]) & 0xffff)


def _ends_with_char(args):
    s = this_str(args[0])
    return wbool(len(s) > 0 and ord(s[len(s) - 1]) == ival(args[1]) & 0xffff)


# ---- pieces ---------------------------------------------------------------------------

def substring(s, start, length):
    if start < 0:
        raise arg_range('startIndex', 'StartIndex cannot be less than zero.')
    if start > len(s):
        raise arg_range('startIndex', 'startIndex cannot be larger than length of string.')
    if length < 0:
        raise arg_range('length', 'Length cannot be less than zero.')
    if start > len(s) - length:
        raise arg_range('length', 'Index and length must refer to a location within the string.')
    return sub(s, start, start + length)


def _substring1(args):
    s = this_str(args[0])
    start = ival(args[1])
    if start == 0:
        return args[0]
    if start < 0:
        raise arg_range('startIndex', 'StartIndex cannot be less than zero.')
    if start > len(s):
        raise arg_range('startIndex', 'startIndex cannot be larger than length of string.')
    return W_String(tail(s, start))


def _substring2(args):
    s = this_str(args[0])
    return W_String(substring(s, ival(args[1]), ival(args[2])))


def _insert(args):
    s = this_str(args[0])
    start = ival(args[1])
    value = _str_arg(args[2], 'value')
    if start < 0 or start > len(s):
        raise arg_range('startIndex', 'Specified argument was out of the range of valid values.')
    return W_String(sub(s, 0, start) + value + tail(s, start))


def _remove1(args):
    s = this_str(args[0])
    start = ival(args[1])
    if start < 0:
        raise arg_range('startIndex', 'StartIndex cannot be less than zero.')
    if start >= len(s):
        raise arg_range('startIndex', 'startIndex must be less than length of string.')
    return W_String(sub(s, 0, start))


def _remove2(args):
    s = this_str(args[0])
    start = ival(args[1])
    count = ival(args[2])
    if start < 0:
        raise arg_range('startIndex', 'StartIndex cannot be less than zero.')
    if count < 0:
        raise arg_range('count', 'Count cannot be less than zero.')
    if count > len(s) - start:
        raise arg_range('count', 'Index and count must refer to a location within the string.')
    return W_String(sub(s, 0, start) + tail(s, start + count))


def _to_char_array(args):
    return new_char_array(this_str(args[0]))


def _to_char_array2(args):
    s = this_str(args[0])
    start = ival(args[1])
    length = ival(args[2])
    if start < 0 or start > len(s) or start > len(s) - length:
        raise arg_range('startIndex', INDEX_RANGE)
    if length < 0:
        raise arg_range('length', INDEX_RANGE)
    return new_char_array(sub(s, start, start + length))


def _copy_to(args):
    s = this_str(args[0])
    src = ival(args[1])
    w_dst = args[2]
    if w_dst is None:
        raise arg_null('destination')
    assert isinstance(w_dst, W_IntArray)
    dst = ival(args[3])
    count = ival(args[4])
    if count < 0:
        raise arg_range('count', 'Count cannot be less than zero.')
    if src < 0:
        raise arg_range('sourceIndex', 'Index was out of range. Must be non-negative and less than the size of the collection.')
    if count > len(s) - src:
        raise arg_range('sourceIndex', 'Index and count must refer to a location within the string.')
    if dst > len(w_dst.storage) - count or dst < 0:
        raise arg_range('destinationIndex', 'Index and count must refer to a location within the string.')
    for i in range(count):
        w_dst.storage[dst + i] = ord(s[src + i])
    return None


# ---- case, padding, trimming, replacing -------------------------------------------------

def _to_upper(args):
    return W_String(to_upper(this_str(args[0])))


def _to_lower(args):
    return W_String(to_lower(this_str(args[0])))


def pad(s, width, c, right):
    if width < 0:
        raise arg_range('totalWidth', 'Non-negative number required.')
    if width <= len(s):
        return s
    fill = unichr(c & 0xffff) * (width - len(s))
    if right:
        return s + fill
    return fill + s


def _pad_left1(args):
    return W_String(pad(this_str(args[0]), ival(args[1]), 32, False))


def _pad_left2(args):
    return W_String(pad(this_str(args[0]), ival(args[1]), ival(args[2]), False))


def _pad_right1(args):
    return W_String(pad(this_str(args[0]), ival(args[1]), 32, True))


def _pad_right2(args):
    return W_String(pad(this_str(args[0]), ival(args[1]), ival(args[2]), True))


TRIM_BOTH = 0
TRIM_HEAD = 1
TRIM_TAIL = 2


def _in_chars(c, chars):
    if chars is None:
        return is_white_space(c)
    for k in chars:
        if k & 0xffff == c:
            return True
    return False


def trim(s, chars, how):
    """chars: a list of char codes, or None for white space."""
    start = 0
    end = len(s)
    if how != TRIM_TAIL:
        while start < end and _in_chars(ord(s[start]), chars):
            start += 1
    if how != TRIM_HEAD:
        while end > start and _in_chars(ord(s[end - 1]), chars):
            end -= 1
    return sub(s, start, end)


def _trim_chars(w):
    if not isinstance(w, W_IntArray) or len(w.storage) == 0:
        return None     # null, empty (Array.Empty<char>() is an object[])
    return w.storage


def _make_trim(how, arg):
    # arg: 0 no argument, 1 char[], 2 one char
    def fn(args):
        s = this_str(args[0])
        if arg == 1:
            chars = _trim_chars(args[1])
        elif arg == 2:
            chars = [ival(args[1])]
        else:
            chars = None
        r = trim(s, chars, how)
        if len(r) == len(s):
            return args[0]
        return W_String(r)
    return fn


def replace(s, old, new):
    if len(old) == 0:
        raise arg_error('String cannot be of zero length.', 'oldValue')
    sb = UnicodeBuilder()
    i = 0
    while True:
        j = find(s, old, i, len(s))
        if j < 0:
            break
        sb.append(sub(s, i, j))
        sb.append(new)
        i = j + len(old)
    sb.append(tail(s, i))
    return sb.build()


def _replace_chars(args):
    s = this_str(args[0])
    a = unichr(ival(args[1]) & 0xffff)
    b = unichr(ival(args[2]) & 0xffff)
    out = [u'\0'] * len(s)
    changed = False
    for i in range(len(s)):
        c = s[i]
        if c == a:
            c = b
            changed = True
        out[i] = c
    if not changed:
        return args[0]
    return W_String(u''.join(out))


def _replace_strings(args):
    s = this_str(args[0])
    old = _str_arg(args[1], 'oldValue')
    new = sval(args[2])
    if new is None:
        new = u''
    return W_String(replace(s, old, new))


# ---- splitting -------------------------------------------------------------------------

def split_chars(s, chars, count, options):
    """chars: char codes, or None / empty for white space."""
    if count < 0:
        raise arg_range('count', 'Count cannot be less than zero.')
    if options != 0 and options != 1:
        raise arg_error('Illegal enum value: %d.' % options, 'options')
    omit = options == 1
    if count == 0 or (omit and len(s) == 0):
        return []
    if count == 1:
        return [s]
    seps = []
    lengths = []
    for i in range(len(s)):
        if _in_chars(ord(s[i]), chars):
            seps.append(i)
            lengths.append(1)
    return _split_at(s, seps, lengths, count, omit)


def split_strings(s, separators, count, options):
    """separators: unicode strings (None entries allowed), or None."""
    if count < 0:
        raise arg_range('count', 'Count cannot be less than zero.')
    if options != 0 and options != 1:
        raise arg_error('Illegal enum value: %d.' % options, 'options')
    omit = options == 1
    any_sep = False
    if separators is not None:
        for sep in separators:
            if sep is not None and len(sep) > 0:
                any_sep = True
    if not any_sep:
        return split_chars(s, None, count, options)
    assert separators is not None
    if count == 0 or (omit and len(s) == 0):
        return []
    if count == 1:
        return [s]
    seps = []
    lengths = []
    i = 0
    while i < len(s):
        for sep in separators:
            if sep is None or len(sep) == 0:
                continue
            if s[i] == sep[0] and len(sep) <= len(s) - i:
                k = 1
                while k < len(sep) and s[i + k] == sep[k]:
                    k += 1
                if k == len(sep):
                    seps.append(i)
                    lengths.append(len(sep))
                    i += len(sep) - 1
                    break
        i += 1
    return _split_at(s, seps, lengths, count, omit)


def _split_at(s, seps, lengths, count, omit):
    n = len(seps)
    if n == 0:
        return [s]
    if not omit:
        count -= 1
        nreal = n if n < count else count
        out = []
        cur = 0
        i = 0
        while i < nreal and cur < len(s):
            out.append(sub(s, cur, seps[i]))
            cur = seps[i] + lengths[i]
            i += 1
        if cur < len(s) and nreal >= 0:
            out.append(tail(s, cur))
        elif len(out) == nreal:
            out.append(u'')
        return out
    max_items = n + 1 if n < count else count
    out = []
    cur = 0
    i = 0
    while i < n and cur < len(s):
        if seps[i] - cur > 0:
            out.append(sub(s, cur, seps[i]))
        cur = seps[i] + lengths[i]
        if len(out) == count - 1:
            while i < n - 1:
                i += 1
                if cur != seps[i]:
                    break
                cur += lengths[i]
            break
        i += 1
    if cur < len(s):
        out.append(tail(s, cur))
    if len(out) > max_items:
        assert max_items >= 0
        out = out[:max_items]
    return out


def _chars_or_none(w):
    if not isinstance(w, W_IntArray) or len(w.storage) == 0:
        return None     # null, empty (Array.Empty<char>() is an object[])
    return w.storage


def _split1(args):
    s = this_str(args[0])
    return new_string_array(split_chars(s, _chars_or_none(args[1]), 0x7fffffff, 0))


def _split_count(args):
    s = this_str(args[0])
    return new_string_array(split_chars(s, _chars_or_none(args[1]), ival(args[2]), 0))


def _split_opts(args):
    s = this_str(args[0])
    return new_string_array(split_chars(s, _chars_or_none(args[1]), 0x7fffffff,
                                        ival(args[2])))


def _split_count_opts(args):
    s = this_str(args[0])
    return new_string_array(split_chars(s, _chars_or_none(args[1]), ival(args[2]),
                                        ival(args[3])))


def _split_char_opts(args):
    s = this_str(args[0])
    return new_string_array(split_chars(s, [ival(args[1])], 0x7fffffff,
                                        ival(args[2])))


def _split_char_count_opts(args):
    s = this_str(args[0])
    return new_string_array(split_chars(s, [ival(args[1])], ival(args[2]),
                                        ival(args[3])))


def _string_list(w):
    if w is None:
        return None
    assert isinstance(w, W_RefArray)
    out = []
    for w_s in w.storage:
        out.append(sval(w_s))
    return out


def _split_strs_opts(args):
    s = this_str(args[0])
    return new_string_array(split_strings(s, _string_list(args[1]), 0x7fffffff,
                                          ival(args[2])))


def _split_strs_count_opts(args):
    s = this_str(args[0])
    return new_string_array(split_strings(s, _string_list(args[1]), ival(args[2]),
                                          ival(args[3])))


def _split_str_opts(args):
    s = this_str(args[0])
    return new_string_array(split_strings(s, [sval(args[1])], 0x7fffffff,
                                          ival(args[2])))


# ---- joining and concatenating --------------------------------------------------------

def text_of(w):
    """How Concat/Join/Format show an object: '' for null."""
    if w is None:
        return u''
    if isinstance(w, W_String):
        return w.value
    if isinstance(w, W_Box):
        from parley.clr.lib.primitives import box_to_string
        return box_to_string(w)
    return object_text(w)


def object_text(w):
    """w.ToString() ('' when it returns null)."""
    from parley.interop.core import call_virtual, TOSTRING
    w_res = call_virtual(w, TOSTRING, [w])
    if w_res is None:
        return u''
    assert isinstance(w_res, W_String)
    return w_res.value


def _join_strings(sep, items, start, count):
    sb = UnicodeBuilder()
    for i in range(start, start + count):
        if i > start:
            sb.append(sep)
        s = items[i]
        if s is not None:
            sb.append(s)
    return sb.build()


def _join_array(args):
    sep = sval(args[0])
    if sep is None:
        sep = u''
    w_arr = args[1]
    if w_arr is None:
        raise arg_null('value')
    assert isinstance(w_arr, W_RefArray)
    items = _string_list(w_arr)
    assert items is not None
    return W_String(_join_strings(sep, items, 0, len(items)))


def _join_array_range(args):
    sep = sval(args[0])
    if sep is None:
        sep = u''
    w_arr = args[1]
    if w_arr is None:
        raise arg_null('value')
    assert isinstance(w_arr, W_RefArray)
    start = ival(args[2])
    count = ival(args[3])
    if start < 0:
        raise arg_range('startIndex', 'StartIndex cannot be less than zero.')
    if count < 0:
        raise arg_range('count', 'Count cannot be less than zero.')
    if start > len(w_arr.storage) - count:
        raise arg_range('startIndex', 'Index and count must refer to a location within the buffer.')
    items = _string_list(w_arr)
    assert items is not None
    return W_String(_join_strings(sep, items, start, count))


def _join_objects(args):
    sep = sval(args[0])
    if sep is None:
        sep = u''
    w_arr = args[1]
    if w_arr is None:
        raise arg_null('values')
    assert isinstance(w_arr, W_RefArray)
    sb = UnicodeBuilder()
    for i in range(len(w_arr.storage)):
        if i > 0:
            sb.append(sep)
        sb.append(text_of(w_arr.storage[i]))
    return W_String(sb.build())


def _join_char_strings(args):
    return _join_array([W_String(unichr(ival(args[0]) & 0xffff)), args[1]])


def _join_char_objects(args):
    return _join_objects([W_String(unichr(ival(args[0]) & 0xffff)), args[1]])


def _concat_objects(args):
    sb = UnicodeBuilder()
    for w in args:
        sb.append(text_of(w))
    return W_String(sb.build())


def _concat_strings(args):
    w_arr = args[0]
    if w_arr is None:
        raise arg_null('values')
    return _concat_array(args)


def _concat_array(args):
    w_arr = args[0]
    if w_arr is None:
        raise arg_null('args')
    assert isinstance(w_arr, W_RefArray)
    sb = UnicodeBuilder()
    for w in w_arr.storage:
        sb.append(text_of(w))
    return W_String(sb.build())


# ---- comparing ----------------------------------------------------------------------------

def compare(a, b, comparison):
    if comparison == ORDINAL:
        return collation.ordinal_compare(a, b)
    if comparison == ORDINAL_IC:
        if a is None or b is None:
            return collation.ordinal_compare(a, b)
        return collation.ordinal_compare(to_upper(a), to_upper(b))
    return collation.compare_strings(a, b, _ignore_case(comparison))


def _compare(args):
    return W_Int(collation.compare_strings(sval(args[0]), sval(args[1]), False))


def _compare_ic(args):
    return W_Int(collation.compare_strings(sval(args[0]), sval(args[1]),
                                           ival(args[2]) != 0))


def _compare_cmp(args):
    comparison = ival(args[2])
    _check_comparison(comparison)
    return W_Int(compare(sval(args[0]), sval(args[1]), comparison))


def _sub_for_compare(s, index, length, param):
    if s is None:
        return None
    if index < 0 or index > len(s):
        raise arg_range(param, 'Index was out of range. Must be non-negative and less than the size of the collection.')
    end = index + length
    if end > len(s):
        end = len(s)
    return sub(s, index, end)


def _compare5(args):
    length = ival(args[4])
    if length < 0:
        raise arg_range('length', 'Length cannot be less than zero.')
    a = _sub_for_compare(sval(args[0]), ival(args[1]), length, 'indexA')
    b = _sub_for_compare(sval(args[2]), ival(args[3]), length, 'indexB')
    return W_Int(collation.compare_strings(a, b, False))


def _compare_ordinal(args):
    return W_Int(collation.ordinal_compare(sval(args[0]), sval(args[1])))


def _compare_ordinal5(args):
    length = ival(args[4])
    if length < 0:
        raise arg_range('count', 'Count cannot be less than zero.')
    a = _sub_for_compare(sval(args[0]), ival(args[1]), length, 'indexA')
    b = _sub_for_compare(sval(args[2]), ival(args[3]), length, 'indexB')
    return W_Int(collation.ordinal_compare(a, b))


def _compare_to(args):
    return W_Int(collation.compare_strings(this_str(args[0]), sval(args[1]), False))


def _compare_to_object(args):
    w = args[1]
    if w is None:
        return W_Int(1)
    if not isinstance(w, W_String):
        raise arg_error('Object must be of type String.', '')
    return W_Int(collation.compare_strings(this_str(args[0]), w.value, False))


def equals(a, b, comparison):
    if a is None or b is None:
        return a is None and b is None
    if comparison == ORDINAL or comparison == CURRENT_CULTURE or \
            comparison == INVARIANT_CULTURE:
        if comparison == ORDINAL:
            return a == b
        return collation.culture_compare(a, b, False) == 0
    if comparison == ORDINAL_IC:
        return len(a) == len(b) and to_upper(a) == to_upper(b)
    return collation.culture_compare(a, b, True) == 0


def _equals_static(args):
    a = sval(args[0])
    b = sval(args[1])
    if a is None or b is None:
        return wbool(a is None and b is None)
    return wbool(a == b)


def _equals_static_cmp(args):
    comparison = ival(args[2])
    _check_comparison(comparison)
    return wbool(equals(sval(args[0]), sval(args[1]), comparison))


def _equals_string(args):
    s = this_str(args[0])
    b = sval(args[1])
    return wbool(b is not None and s == b)


def _equals_string_cmp(args):
    comparison = ival(args[2])
    _check_comparison(comparison)
    return wbool(equals(this_str(args[0]), sval(args[1]), comparison))


def _op_inequality(args):
    a = sval(args[0])
    b = sval(args[1])
    if a is None or b is None:
        return wbool(not (a is None and b is None))
    return wbool(a != b)


def _is_null_or_empty(args):
    s = sval(args[0])
    return wbool(s is None or len(s) == 0)


def _is_null_or_white_space(args):
    s = sval(args[0])
    if s is None:
        return wbool(True)
    for c in s:
        if not is_white_space(ord(c)):
            return wbool(False)
    return wbool(True)


# ---- constructors and the rest -----------------------------------------------------------

def _set(w, u):
    assert isinstance(w, W_String)
    w.value = u


def _init_char_count(args):
    c = ival(args[1]) & 0xffff
    n = ival(args[2])
    if n < 0:
        raise arg_range('count', 'Count cannot be less than zero.')
    _set(args[0], unichr(c) * n)
    return None


def _copy(args):
    s = sval(args[0])
    if s is None:
        raise arg_null('str')
    return W_String(s)


def _clone(args):
    return args[0]


def _get_enumerator(args):
    raise throw('System.NotSupportedException',
                'String enumeration (CharEnumerator) is not implemented in Parley.')


# ---- String.Format ---------------------------------------------------------------------

def _format_list(w_fmt, items):
    from parley.clr.lib.composite import composite_format
    fmt = sval(w_fmt)
    if fmt is None:
        raise arg_null('format')
    return W_String(composite_format(fmt, items))


def _format1(args):
    return _format_list(args[0], [args[1]])


def _format2(args):
    return _format_list(args[0], [args[1], args[2]])


def _format3(args):
    return _format_list(args[0], [args[1], args[2], args[3]])


def object_list(w_arr, param):
    if w_arr is None:
        raise arg_null(param)
    assert isinstance(w_arr, W_RefArray)
    items = []
    for w in w_arr.storage:
        items.append(w)
    return items


def _format_array(args):
    if args[0] is None:
        raise arg_null('format')
    return _format_list(args[0], object_list(args[1], 'args'))


def _format_p1(args):
    return _format_list(args[1], [args[2]])


def _format_p2(args):
    return _format_list(args[1], [args[2], args[3]])


def _format_p3(args):
    return _format_list(args[1], [args[2], args[3], args[4]])


def _format_p_array(args):
    if args[1] is None:
        raise arg_null('format')
    return _format_list(args[1], object_list(args[2], 'args'))


# ---- registration ------------------------------------------------------------------------

native('Substring', '(I)' + S, _substring1)
native('Substring', '(II)' + S, _substring2)
native('IndexOf', '(C)I', _index_of_char)
native('IndexOf', '(CI)I', _index_of_char_from)
native('IndexOf', '(CII)I', _index_of_char_from_count)
native('IndexOf', '(' + S + ')I', _index_of_str)
native('IndexOf', '(' + S + 'I)I', _index_of_str_from)
native('IndexOf', '(' + S + 'II)I', _index_of_str_from_count)
native('IndexOf', '(' + S + SC + ')I', _index_of_str_cmp)
native('IndexOf', '(' + S + 'I' + SC + ')I', _index_of_str_from_cmp)
native('LastIndexOf', '(C)I', _last_index_of_char)
native('LastIndexOf', '(CI)I', _last_index_of_char_from)
native('LastIndexOf', '(CII)I', _last_index_of_char_from_count)
native('LastIndexOf', '(' + S + ')I', _last_index_of_str)
native('LastIndexOf', '(' + S + 'I)I', _last_index_of_str_from)
native('LastIndexOf', '(' + S + SC + ')I', _last_index_of_str_cmp)
native('IndexOfAny', '([C)I', _index_of_any1)
native('IndexOfAny', '([CI)I', _index_of_any2)
native('LastIndexOfAny', '([C)I', _last_index_of_any)
native('Contains', '(' + S + ')Z', _contains)
native('Contains', '(C)Z', _contains_char)
native('StartsWith', '(' + S + ')Z', _starts_with)
native('StartsWith', '(' + S + SC + ')Z', _starts_with_cmp)
native('StartsWith', '(C)Z', _starts_with_char)
native('EndsWith', '(' + S + ')Z', _ends_with)
native('EndsWith', '(' + S + SC + ')Z', _ends_with_cmp)
native('EndsWith', '(C)Z', _ends_with_char)
native('Insert', '(I' + S + ')' + S, _insert)
native('Remove', '(I)' + S, _remove1)
native('Remove', '(II)' + S, _remove2)
native('ToCharArray', '()[C', _to_char_array)
native('ToCharArray', '(II)[C', _to_char_array2)
native('CopyTo', '(I[CII)V', _copy_to)
native('ToUpper', '()' + S, _to_upper)
native('ToLower', '()' + S, _to_lower)
native('ToUpperInvariant', '()' + S, _to_upper)
native('ToLowerInvariant', '()' + S, _to_lower)
native('PadLeft', '(I)' + S, _pad_left1)
native('PadLeft', '(IC)' + S, _pad_left2)
native('PadRight', '(I)' + S, _pad_right1)
native('PadRight', '(IC)' + S, _pad_right2)
for _name, _how in [('Trim', TRIM_BOTH), ('TrimStart', TRIM_HEAD),
                    ('TrimEnd', TRIM_TAIL)]:
    native(_name, '()' + S, _make_trim(_how, 0))
    native(_name, '([C)' + S, _make_trim(_how, 1))
    native(_name, '(C)' + S, _make_trim(_how, 2))
native('Replace', '(CC)' + S, _replace_chars)
native('Replace', '(' + S + S + ')' + S, _replace_strings)
native('Split', '([C)[' + S, _split1)
native('Split', '([CI)[' + S, _split_count)
native('Split', '([C' + SSO + ')[' + S, _split_opts)
native('Split', '([CI' + SSO + ')[' + S, _split_count_opts)
native('Split', '(C' + SSO + ')[' + S, _split_char_opts)
native('Split', '(CI' + SSO + ')[' + S, _split_char_count_opts)
native('Split', '([' + S + SSO + ')[' + S, _split_strs_opts)
native('Split', '([' + S + 'I' + SSO + ')[' + S, _split_strs_count_opts)
native('Split', '(' + S + SSO + ')[' + S, _split_str_opts)
native('CompareTo', '(' + S + ')I', _compare_to)
native('CompareTo', '(' + O + ')I', _compare_to_object)
native('Equals', '(' + S + ')Z', _equals_string)
native('Equals', '(' + S + SC + ')Z', _equals_string_cmp)
native('Clone', '()' + O, _clone)
native('GetEnumerator', '()Lcli/System/CharEnumerator;', _get_enumerator)
native('<init>', '(CI)V', _init_char_count)

native('Join', '(' + S + '[' + S + ')' + S, _join_array, STATIC)
native('Join', '(' + S + '[' + S + 'II)' + S, _join_array_range, STATIC)
native('Join', '(' + S + '[' + O + ')' + S, _join_objects, STATIC)
native('Join', '(C[' + S + ')' + S, _join_char_strings, STATIC)
native('Join', '(C[' + O + ')' + S, _join_char_objects, STATIC)
native('Concat', '(' + S * 2 + ')' + S, _concat_objects, STATIC)
native('Concat', '(' + S * 3 + ')' + S, _concat_objects, STATIC)
native('Concat', '(' + S * 4 + ')' + S, _concat_objects, STATIC)
native('Concat', '(' + O + ')' + S, _concat_objects, STATIC)
native('Concat', '(' + O * 2 + ')' + S, _concat_objects, STATIC)
native('Concat', '(' + O * 3 + ')' + S, _concat_objects, STATIC)
native('Concat', '(' + O * 4 + ')' + S, _concat_objects, STATIC)
native('Concat', '([' + O + ')' + S, _concat_array, STATIC)
native('Concat', '([' + S + ')' + S, _concat_strings, STATIC)
native('Format', '(' + S + O + ')' + S, _format1, STATIC)
native('Format', '(' + S + O + O + ')' + S, _format2, STATIC)
native('Format', '(' + S + O + O + O + ')' + S, _format3, STATIC)
native('Format', '(' + S + '[' + O + ')' + S, _format_array, STATIC)
native('Format', '(' + PROVIDER + S + O + ')' + S, _format_p1, STATIC)
native('Format', '(' + PROVIDER + S + O + O + ')' + S, _format_p2, STATIC)
native('Format', '(' + PROVIDER + S + O + O + O + ')' + S, _format_p3, STATIC)
native('Format', '(' + PROVIDER + S + '[' + O + ')' + S, _format_p_array, STATIC)
native('Compare', '(' + S + S + ')I', _compare, STATIC)
native('Compare', '(' + S + S + 'Z)I', _compare_ic, STATIC)
native('Compare', '(' + S + S + SC + ')I', _compare_cmp, STATIC)
native('Compare', '(' + S + 'I' + S + 'II)I', _compare5, STATIC)
native('CompareOrdinal', '(' + S + S + ')I', _compare_ordinal, STATIC)
native('CompareOrdinal', '(' + S + 'I' + S + 'II)I', _compare_ordinal5, STATIC)
native('Equals', '(' + S + S + ')Z', _equals_static, STATIC)
native('Equals', '(' + S + S + SC + ')Z', _equals_static_cmp, STATIC)
native('op_Inequality', '(' + S + S + ')Z', _op_inequality, STATIC)
native('IsNullOrEmpty', '(' + S + ')Z', _is_null_or_empty, STATIC)
native('IsNullOrWhiteSpace', '(' + S + ')Z', _is_null_or_white_space, STATIC)
native('Copy', '(' + S + ')' + S, _copy, STATIC)
native('Intern', '(' + S + ')' + S, _clone, STATIC)

EMPTY_FIELD = add_field(string_class, 'Empty', S, True, 0x36)   # public static initonly


def _string_clinit(args):
    string_class.static_values[EMPTY_FIELD.index] = W_String(u'')
    return None


native('<clinit>', '()V', _string_clinit, STATIC)
