"""java.lang.String: Java's methods on the shared string class (W_String,
a unicode of UTF-16 code units)."""
from parley.interop.model import W_String, W_Int, W_IntArray, W_RefArray, wrap8
from parley.interop.core import string_class, call_virtual
from parley.interop.method import ACC_PUBLIC
from parley.interop.native import add_native
from parley.interop import arrays
from parley.jvm.corelib import text_of, STATIC
from parley.jvm.lang.util import (throw, npe, ival, sval, wbool, char_array,
                                  chars_to_unicode, new_char_array,
                                  new_string_array, utf8, code_point_to_unicode)
from parley.jvm.lang import text, regex
from parley.jvm.lang.builder import W_StringBuilder, charseq_text, charseq_chars
import parley.jvm.lang.ifaces     # noqa: String implements CharSequence


def native(name, desc, func, flags=ACC_PUBLIC):
    """Declare (or re-declare, replacing an earlier native of the same
    key) a method of java.lang.String."""
    key = name + desc
    old = string_class.methods_by_key.get(key, None)
    if old is not None:
        string_class.methods.remove(old)
    add_native(string_class, name, desc, func, flags)


def _s(w):
    assert isinstance(w, W_String)
    return w.value


def _sioobe(msg):
    return throw('java/lang/StringIndexOutOfBoundsException', msg)


def check_begin_end(begin, end, length):
    if begin < 0 or begin > end or end > length:
        raise _sioobe('begin %d, end %d, length %d' % (begin, end, length))


def check_off_count(offset, count, length):
    if offset < 0 or count < 0 or offset > length - count:
        raise _sioobe('offset %d, count %d, length %d' % (offset, count, length))


def check_index(index, length):
    if index < 0 or index >= length:
        raise _sioobe('index %d, length %d' % (index, length))


# ---- constructors ------------------------------------------------------------------

def _set(w, u):
    assert isinstance(w, W_String)
    w.value = u


def _init(args):
    _set(args[0], u'')
    return None


def _init_string(args):
    _set(args[0], sval(args[1]))
    return None


def _init_chars(args):
    arr = char_array(args[1])
    _set(args[0], chars_to_unicode(arr.storage, 0, len(arr.storage)))
    return None


def _init_chars_range(args):
    arr = char_array(args[1])
    offset = ival(args[2])
    count = ival(args[3])
    check_off_count(offset, count, len(arr.storage))
    _set(args[0], chars_to_unicode(arr.storage, offset, offset + count))
    return None


def _init_code_points(args):
    w_arr = args[1]
    if w_arr is None:
        raise npe()
    assert isinstance(w_arr, W_IntArray)
    offset = ival(args[2])
    count = ival(args[3])
    check_off_count(offset, count, len(w_arr.storage))
    parts = []
    for i in range(offset, offset + count):
        cp = w_arr.storage[i]
        if cp < 0 or cp > 0x10ffff:
            raise throw('java/lang/IllegalArgumentException', str(cp))
        parts.append(code_point_to_unicode(cp))
    _set(args[0], u''.join(parts))
    return None


def decode_utf8_bytes(storage, start, end):
    """new String(bytes) with UTF-8 (malformed input becomes U+FFFD)."""
    out = []
    i = start
    while i < end:
        b = storage[i] & 0xff
        if b < 0x80:
            out.append(unichr(b))
            i += 1
            continue
        n = 0
        cp = 0
        if 0xc2 <= b <= 0xdf:
            n = 1
            cp = b & 0x1f
        elif 0xe0 <= b <= 0xef:
            n = 2
            cp = b & 0x0f
        elif 0xf0 <= b <= 0xf4:
            n = 3
            cp = b & 0x07
        else:
            out.append(u'\ufffd')
            i += 1
            continue
        j = i + 1
        ok = True
        for k in range(n):
            if j >= end or (storage[j] & 0xc0) != 0x80:
                ok = False
                break
            cp = (cp << 6) | (storage[j] & 0x3f)
            j += 1
        if not ok or (n == 2 and cp < 0x800) or (n == 3 and cp < 0x10000) \
                or (n == 2 and 0xd800 <= cp <= 0xdfff) or cp > 0x10ffff:
            out.append(u'\ufffd')
            i += 1
            continue
        out.append(code_point_to_unicode(cp))
        i = j
    return u''.join(out)


def encode_utf8_bytes(u):
    """String.getBytes() (UTF-8; lone surrogates become '?')."""
    out = []
    i = 0
    n = len(u)
    while i < n:
        c = ord(u[i])
        if c < 0x80:
            out.append(c)
        elif c < 0x800:
            out.append(0xc0 | (c >> 6))
            out.append(0x80 | (c & 0x3f))
        elif 0xd800 <= c <= 0xdbff and i + 1 < n and \
                0xdc00 <= ord(u[i + 1]) <= 0xdfff:
            cp = 0x10000 + ((c - 0xd800) << 10) + (ord(u[i + 1]) - 0xdc00)
            out.append(0xf0 | (cp >> 18))
            out.append(0x80 | ((cp >> 12) & 0x3f))
            out.append(0x80 | ((cp >> 6) & 0x3f))
            out.append(0x80 | (cp & 0x3f))
            i += 1
        elif 0xd800 <= c <= 0xdfff:
            out.append(63)
        else:
            out.append(0xe0 | (c >> 12))
            out.append(0x80 | ((c >> 6) & 0x3f))
            out.append(0x80 | (c & 0x3f))
        i += 1
    arr = W_IntArray(arrays.primitive_array_class('B'), len(out))
    for k in range(len(out)):
        arr.storage[k] = wrap8(out[k])
    return arr


def _byte_array(w):
    if w is None:
        raise npe()
    assert isinstance(w, W_IntArray)
    return w


def _init_bytes(args):
    arr = _byte_array(args[1])
    _set(args[0], decode_utf8_bytes(arr.storage, 0, len(arr.storage)))
    return None


def _init_bytes_range(args):
    arr = _byte_array(args[1])
    offset = ival(args[2])
    count = ival(args[3])
    check_off_count(offset, count, len(arr.storage))
    _set(args[0], decode_utf8_bytes(arr.storage, offset, offset + count))
    return None


def _init_bytes_charset(args):
    return _init_bytes(args)


def _init_builder(args):
    w = args[1]
    if w is None:
        raise npe()
    assert isinstance(w, W_StringBuilder)
    _set(args[0], w.get_text())
    return None


# ---- basic queries -----------------------------------------------------------------

def _length(args):
    return W_Int(len(_s(args[0])))


def _is_empty(args):
    return wbool(len(_s(args[0])) == 0)


def _char_at(args):
    s = _s(args[0])
    i = ival(args[1])
    if i < 0 or i >= len(s):
        raise _sioobe('String index out of range: %d' % i)
    return W_Int(ord(s[i]))


def _code_point_at(args):
    s = _s(args[0])
    i = ival(args[1])
    check_index(i, len(s))
    return W_Int(text.code_point_at(s, i, len(s)))


def _code_point_before(args):
    s = _s(args[0])
    i = ival(args[1]) - 1
    check_index(i, len(s))
    return W_Int(text.code_point_before(s, i + 1))


def _code_point_count(args):
    s = _s(args[0])
    begin = ival(args[1])
    end = ival(args[2])
    if begin < 0 or begin > end or end > len(s):
        raise throw('java/lang/IndexOutOfBoundsException', None)
    return W_Int(text.code_point_count(s, begin, end))


def _get_chars(args):
    s = _s(args[0])
    begin = ival(args[1])
    end = ival(args[2])
    check_begin_end(begin, end, len(s))
    dst = char_array(args[3])
    dst_begin = ival(args[4])
    check_off_count(dst_begin, end - begin, len(dst.storage))
    for i in range(begin, end):
        dst.storage[dst_begin + i - begin] = ord(s[i])
    return None


def _to_char_array(args):
    return new_char_array(_s(args[0]))


def _get_bytes(args):
    return encode_utf8_bytes(_s(args[0]))


def _hash_code(args):
    from parley.interop.core import string_hashcode
    return W_Int(string_hashcode(_s(args[0])))


# ---- comparison -------------------------------------------------------------------

def _equals_ignore_case(args):
    a = _s(args[0])
    w = args[1]
    if w is None:
        return wbool(False)
    assert isinstance(w, W_String)
    b = w.value
    return wbool(len(a) == len(b) and
                 text.region_matches(a, 0, b, 0, len(a), True))


def _content_equals(args):
    a = _s(args[0])
    return wbool(a == charseq_chars(args[1]))


def _compare_to(args):
    return W_Int(text.compare(_s(args[0]), sval(args[1])))


def _compare_to_bridge(args):
    w = args[1]
    if w is None:
        raise npe()
    if not isinstance(w, W_String):
        raise throw('java/lang/ClassCastException',
                    'class %s cannot be cast to class java.lang.String'
                    % w.getclass().name)
    return W_Int(text.compare(_s(args[0]), w.value))


def _compare_to_ignore_case(args):
    return W_Int(text.compare_ignore_case(_s(args[0]), sval(args[1])))


def _region_matches(args):
    return wbool(text.region_matches(_s(args[0]), ival(args[1]), sval(args[2]),
                                     ival(args[3]), ival(args[4]), False))


def _region_matches_case(args):
    ic = ival(args[1]) != 0
    return wbool(text.region_matches(_s(args[0]), ival(args[2]), sval(args[3]),
                                     ival(args[4]), ival(args[5]), ic))


def _starts_with(args):
    return wbool(text.starts_with(_s(args[0]), sval(args[1]), 0))


def _starts_with_offset(args):
    return wbool(text.starts_with(_s(args[0]), sval(args[1]), ival(args[2])))


def _ends_with(args):
    s = _s(args[0])
    suffix = sval(args[1])
    return wbool(text.starts_with(s, suffix, len(s) - len(suffix)))


def _contains(args):
    return wbool(text.index_of(_s(args[0]), charseq_text(args[1]), 0) >= 0)


def _matches(args):
    return wbool(regex.full_match(_program(sval(args[1])), _s(args[0])))


# ---- searching ---------------------------------------------------------------------

def _index_of_char(args):
    return W_Int(text.index_of_char(_s(args[0]), ival(args[1]), 0))


def _index_of_char_from(args):
    return W_Int(text.index_of_char(_s(args[0]), ival(args[1]), ival(args[2])))


def _last_index_of_char(args):
    s = _s(args[0])
    return W_Int(text.last_index_of_char(s, ival(args[1]), len(s) - 1))


def _last_index_of_char_from(args):
    return W_Int(text.last_index_of_char(_s(args[0]), ival(args[1]),
                                         ival(args[2])))


def _index_of_str(args):
    return W_Int(text.index_of(_s(args[0]), sval(args[1]), 0))


def _index_of_str_from(args):
    return W_Int(text.index_of(_s(args[0]), sval(args[1]), ival(args[2])))


def _last_index_of_str(args):
    s = _s(args[0])
    return W_Int(text.last_index_of(s, sval(args[1]), len(s)))


def _last_index_of_str_from(args):
    return W_Int(text.last_index_of(_s(args[0]), sval(args[1]), ival(args[2])))


# ---- new strings ---------------------------------------------------------------------

def substring(s, begin, end):
    check_begin_end(begin, end, len(s))
    assert begin >= 0 and end >= 0
    return s[begin:end]


def _substring1(args):
    s = _s(args[0])
    begin = ival(args[1])
    if begin == 0:
        return args[0]
    return W_String(substring(s, begin, len(s)))


def _substring2(args):
    s = _s(args[0])
    begin = ival(args[1])
    end = ival(args[2])
    if begin == 0 and end == len(s):
        return args[0]
    return W_String(substring(s, begin, end))


def _concat(args):
    s = _s(args[0])
    t = sval(args[1])
    if len(t) == 0:
        return args[0]
    return W_String(s + t)


def _replace_char(args):
    s = _s(args[0])
    old = unichr(ival(args[1]) & 0xffff)
    new = unichr(ival(args[2]) & 0xffff)
    r = text.replace_char(s, old, new)
    if r is s:
        return args[0]
    return W_String(r)


def _replace_seq(args):
    s = _s(args[0])
    target = charseq_text(args[1])
    repl = charseq_text(args[2])
    return W_String(text.replace_all_literal(s, target, repl))


def _program(pattern):
    try:
        return regex.get_program(pattern)
    except regex.RegexError as e:
        raise throw('java/util/regex/PatternSyntaxException',
                    '%s near index %d\n%s' % (e.desc, e.index, utf8(pattern)))


def _replace_regex(args, all):
    s = _s(args[0])
    prog = _program(sval(args[1]))
    repl = sval(args[2])
    try:
        return W_String(regex.replace(prog, s, repl, all))
    except regex.ReplacementError as e:
        raise throw(e.cls, e.msg)


def _replace_all(args):
    return _replace_regex(args, True)


def _replace_first(args):
    return _replace_regex(args, False)


_SPLIT_META = u'.$|()[{^?*+\\'


def split(s, pattern, limit):
    """String.split(regex, limit), with the JDK's fast path for one
    literal character."""
    ch = -1
    if len(pattern) == 1 and _SPLIT_META.find(pattern[0]) < 0:
        ch = ord(pattern[0])
    elif len(pattern) == 2 and pattern[0] == u'\\':
        c = ord(pattern[1])
        if not (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122):
            ch = c
    if ch >= 0 and not (0xd800 <= ch <= 0xdfff):
        return _split_char(s, unichr(ch), limit)
    return regex.split(_program(pattern), s, limit)


def _split_char(s, c, limit):
    off = 0
    limited = limit > 0
    parts = []
    n = len(s)
    nxt = s.find(c, 0, n)
    while nxt != -1:
        if not limited or len(parts) < limit - 1:
            assert nxt >= 0 and off >= 0
            parts.append(s[off:nxt])
            off = nxt + 1
        else:
            assert off >= 0
            parts.append(s[off:n])
            off = n
            break
        assert off >= 0
        nxt = s.find(c, off, n)
    if off == 0:
        return [s]
    if not limited or len(parts) < limit:
        assert off >= 0
        parts.append(s[off:n])
    size = len(parts)
    if limit == 0:
        while size > 0 and len(parts[size - 1]) == 0:
            size -= 1
    assert size >= 0
    return parts[:size]


def _split(args):
    return new_string_array(split(_s(args[0]), sval(args[1]), 0))


def _split_limit(args):
    return new_string_array(split(_s(args[0]), sval(args[1]), ival(args[2])))


def _to_lower(args):
    s = _s(args[0])
    r = text.to_lower(s)
    if r is s:
        return args[0]
    return W_String(r)


def _to_upper(args):
    s = _s(args[0])
    r = text.to_upper(s)
    if r is s:
        return args[0]
    return W_String(r)


def _bounded(w, start, end):
    s = _s(w)
    if start == 0 and end == len(s):
        return w
    assert start >= 0 and end >= 0
    return W_String(s[start:end])


def _trim(args):
    start, end = text.trim(_s(args[0]))
    return _bounded(args[0], start, end)


def _strip(args):
    start, end = text.strip_bounds(_s(args[0]), True, True)
    return _bounded(args[0], start, end)


def _strip_leading(args):
    start, end = text.strip_bounds(_s(args[0]), True, False)
    return _bounded(args[0], start, end)


def _strip_trailing(args):
    start, end = text.strip_bounds(_s(args[0]), False, True)
    return _bounded(args[0], start, end)


def _is_blank(args):
    s = _s(args[0])
    start, end = text.strip_bounds(s, True, False)
    return wbool(start == len(s))


def _repeat(args):
    s = _s(args[0])
    count = ival(args[1])
    if count < 0:
        raise throw('java/lang/IllegalArgumentException',
                    'count is negative: %d' % count)
    if count == 1:
        return args[0]
    n = len(s)
    if n == 0 or count == 0:
        return W_String(u'')
    if 2147483647 // count < n:
        raise throw('java/lang/OutOfMemoryError',
                    'Required length exceeds implementation limit')
    return W_String(s * count)


def _intern(args):
    from parley.interop.coordinator import coordinator
    return coordinator.jvm.intern(_s(args[0]))


def _to_string(args):
    return args[0]


def _join_array(args):
    delim = charseq_text(args[0])
    w_arr = args[1]
    if w_arr is None:
        raise npe()
    assert isinstance(w_arr, W_RefArray)
    parts = []
    for i in range(len(w_arr.storage)):
        if i > 0:
            parts.append(delim)
        w = w_arr.storage[i]
        if w is None:
            parts.append(u'null')
        else:
            parts.append(charseq_text(w))
    return W_String(u''.join(parts))


ITERATOR = 'iterator()Ljava/util/Iterator;'
HAS_NEXT = 'hasNext()Z'
NEXT = 'next()Ljava/lang/Object;'


def _join_iterable(args):
    delim = charseq_text(args[0])
    w_iterable = args[1]
    if w_iterable is None:
        raise npe()
    w_it = call_virtual(w_iterable, ITERATOR, [w_iterable])
    if w_it is None:
        raise npe()
    parts = []
    first = True
    while True:
        w_more = call_virtual(w_it, HAS_NEXT, [w_it])
        if ival(w_more) == 0:
            break
        w = call_virtual(w_it, NEXT, [w_it])
        if not first:
            parts.append(delim)
        first = False
        if w is None:
            parts.append(u'null')
        else:
            parts.append(charseq_text(w))
    return W_String(u''.join(parts))


# ---- valueOf ----------------------------------------------------------------------

def _make_value_of(kind):
    def fn(args):
        return W_String(text_of(kind, args[0]))
    return fn


def _value_of_chars(args):
    arr = char_array(args[0])
    return W_String(chars_to_unicode(arr.storage, 0, len(arr.storage)))


def _value_of_chars_range(args):
    arr = char_array(args[0])
    offset = ival(args[1])
    count = ival(args[2])
    check_off_count(offset, count, len(arr.storage))
    return W_String(chars_to_unicode(arr.storage, offset, offset + count))


def _format(args):
    from parley.jvm.lang.formatter import format_to_unicode
    return W_String(format_to_unicode(sval(args[0]), args[1]))


def _formatted(args):
    from parley.jvm.lang.formatter import format_to_unicode
    return W_String(format_to_unicode(_s(args[0]), args[1]))


STR = 'Ljava/lang/String;'
native('<init>', '()V', _init)
native('<init>', '(Ljava/lang/String;)V', _init_string)
native('<init>', '([C)V', _init_chars)
native('<init>', '([CII)V', _init_chars_range)
native('<init>', '([III)V', _init_code_points)
native('<init>', '([B)V', _init_bytes)
native('<init>', '([BII)V', _init_bytes_range)
native('<init>', '([BLjava/lang/String;)V', _init_bytes_charset)
native('<init>', '(Ljava/lang/StringBuilder;)V', _init_builder)
native('<init>', '(Ljava/lang/StringBuffer;)V', _init_builder)
native('length', '()I', _length)
native('isEmpty', '()Z', _is_empty)
native('charAt', '(I)C', _char_at)
native('codePointAt', '(I)I', _code_point_at)
native('codePointBefore', '(I)I', _code_point_before)
native('codePointCount', '(II)I', _code_point_count)
native('getChars', '(II[CI)V', _get_chars)
native('toCharArray', '()[C', _to_char_array)
native('getBytes', '()[B', _get_bytes)
native('hashCode', '()I', _hash_code)
native('equalsIgnoreCase', '(Ljava/lang/String;)Z', _equals_ignore_case)
native('contentEquals', '(Ljava/lang/CharSequence;)Z', _content_equals)
native('contentEquals', '(Ljava/lang/StringBuffer;)Z', _content_equals)
native('compareTo', '(Ljava/lang/String;)I', _compare_to)
native('compareTo', '(Ljava/lang/Object;)I', _compare_to_bridge)
native('compareToIgnoreCase', '(Ljava/lang/String;)I', _compare_to_ignore_case)
native('regionMatches', '(ILjava/lang/String;II)Z', _region_matches)
native('regionMatches', '(ZILjava/lang/String;II)Z', _region_matches_case)
native('startsWith', '(Ljava/lang/String;)Z', _starts_with)
native('startsWith', '(Ljava/lang/String;I)Z', _starts_with_offset)
native('endsWith', '(Ljava/lang/String;)Z', _ends_with)
native('contains', '(Ljava/lang/CharSequence;)Z', _contains)
native('matches', '(Ljava/lang/String;)Z', _matches)
native('indexOf', '(I)I', _index_of_char)
native('indexOf', '(II)I', _index_of_char_from)
native('lastIndexOf', '(I)I', _last_index_of_char)
native('lastIndexOf', '(II)I', _last_index_of_char_from)
native('indexOf', '(Ljava/lang/String;)I', _index_of_str)
native('indexOf', '(Ljava/lang/String;I)I', _index_of_str_from)
native('lastIndexOf', '(Ljava/lang/String;)I', _last_index_of_str)
native('lastIndexOf', '(Ljava/lang/String;I)I', _last_index_of_str_from)
native('substring', '(I)Ljava/lang/String;', _substring1)
native('substring', '(II)Ljava/lang/String;', _substring2)
native('subSequence', '(II)Ljava/lang/CharSequence;', _substring2)
native('concat', '(Ljava/lang/String;)Ljava/lang/String;', _concat)
native('replace', '(CC)Ljava/lang/String;', _replace_char)
native('replace', '(Ljava/lang/CharSequence;Ljava/lang/CharSequence;)Ljava/lang/String;',
       _replace_seq)
native('replaceAll', '(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;',
       _replace_all)
native('replaceFirst', '(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;',
       _replace_first)
native('split', '(Ljava/lang/String;)[Ljava/lang/String;', _split)
native('split', '(Ljava/lang/String;I)[Ljava/lang/String;', _split_limit)
native('toLowerCase', '()Ljava/lang/String;', _to_lower)
native('toUpperCase', '()Ljava/lang/String;', _to_upper)
native('toLowerCase', '(Ljava/util/Locale;)Ljava/lang/String;', _to_lower)
native('toUpperCase', '(Ljava/util/Locale;)Ljava/lang/String;', _to_upper)
native('trim', '()Ljava/lang/String;', _trim)
native('strip', '()Ljava/lang/String;', _strip)
native('stripLeading', '()Ljava/lang/String;', _strip_leading)
native('stripTrailing', '()Ljava/lang/String;', _strip_trailing)
native('isBlank', '()Z', _is_blank)
native('repeat', '(I)Ljava/lang/String;', _repeat)
native('intern', '()Ljava/lang/String;', _intern)
native('toString', '()Ljava/lang/String;', _to_string)
native('formatted', '([Ljava/lang/Object;)Ljava/lang/String;', _formatted)
native('join', '(Ljava/lang/CharSequence;[Ljava/lang/CharSequence;)Ljava/lang/String;',
       _join_array, STATIC)
native('join', '(Ljava/lang/CharSequence;Ljava/lang/Iterable;)Ljava/lang/String;',
       _join_iterable, STATIC)
native('format', '(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;',
       _format, STATIC)
for _kind, _desc in [('O', 'Ljava/lang/Object;'), ('Z', 'Z'), ('C', 'C'),
                     ('I', 'I'), ('J', 'J'), ('F', 'F'), ('D', 'D')]:
    native('valueOf', '(' + _desc + ')Ljava/lang/String;', _make_value_of(_kind),
           STATIC)
native('valueOf', '([C)Ljava/lang/String;', _value_of_chars, STATIC)
native('valueOf', '([CII)Ljava/lang/String;', _value_of_chars_range, STATIC)
native('copyValueOf', '([C)Ljava/lang/String;', _value_of_chars, STATIC)
native('copyValueOf', '([CII)Ljava/lang/String;', _value_of_chars_range, STATIC)
