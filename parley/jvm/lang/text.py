"""String algorithms with Java's semantics over RPython unicode strings
(one unicode char per UTF-16 code unit, as the JVM keeps strings)."""
from parley.jvm.lang import chars


def index_of(s, sub, start):
    """String.indexOf(String, int)."""
    n = len(s)
    m = len(sub)
    if start >= n:
        if m == 0:
            return n
        return -1
    if start < 0:
        start = 0
    if m == 0:
        return start
    if m > n:
        return -1
    assert start >= 0
    return s.find(sub, start, n)


def last_index_of(s, sub, start):
    """String.lastIndexOf(String, int)."""
    n = len(s)
    m = len(sub)
    right = n - m
    if start > right:
        start = right
    if start < 0:
        return -1
    if m == 0:
        return start
    end = start + m
    assert end >= 0
    return s.rfind(sub, 0, end)


def index_of_char(s, ch, start):
    """String.indexOf(int, int): ch is a code point."""
    n = len(s)
    if start < 0:
        start = 0
    if start >= n:
        return -1
    if ch < 0:
        return -1
    if ch < 0x10000:
        c = unichr(ch)
        for i in range(start, n):
            if s[i] == c:
                return i
        return -1
    if ch > chars.MAX_CODE_POINT:
        return -1
    cp = ch - 0x10000
    hi = unichr(0xd800 + (cp >> 10))
    lo = unichr(0xdc00 + (cp & 0x3ff))
    for i in range(start, n - 1):
        if s[i] == hi and s[i + 1] == lo:
            return i
    return -1


def last_index_of_char(s, ch, start):
    n = len(s)
    if start >= n:
        start = n - 1
    if ch < 0:
        return -1
    if ch < 0x10000:
        c = unichr(ch)
        i = start
        while i >= 0:
            if s[i] == c:
                return i
            i -= 1
        return -1
    if ch > chars.MAX_CODE_POINT:
        return -1
    cp = ch - 0x10000
    hi = unichr(0xd800 + (cp >> 10))
    lo = unichr(0xdc00 + (cp & 0x3ff))
    i = start
    if i > n - 2:
        i = n - 2
    while i >= 0:
        if s[i] == hi and s[i + 1] == lo:
            return i
        i -= 1
    return -1


def compare(a, b):
    """String.compareTo."""
    n = len(a)
    m = len(b)
    lim = n if n < m else m
    for i in range(lim):
        c1 = ord(a[i])
        c2 = ord(b[i])
        if c1 != c2:
            return c1 - c2
    return n - m


def compare_ignore_case(a, b):
    n = len(a)
    m = len(b)
    lim = n if n < m else m
    for i in range(lim):
        c1 = ord(a[i])
        c2 = ord(b[i])
        if c1 != c2:
            c1 = chars.to_upper(c1) & 0xffff
            c2 = chars.to_upper(c2) & 0xffff
            if c1 != c2:
                c1 = chars.to_lower(c1) & 0xffff
                c2 = chars.to_lower(c2) & 0xffff
                if c1 != c2:
                    return c1 - c2
    return n - m


def region_matches(a, toffset, b, ooffset, length, ignore_case):
    if ooffset < 0 or toffset < 0:
        return False
    if toffset > len(a) - length or ooffset > len(b) - length:
        return False
    for k in range(length):
        c1 = ord(a[toffset + k])
        c2 = ord(b[ooffset + k])
        if c1 == c2:
            continue
        if not ignore_case:
            return False
        u1 = chars.to_upper(c1) & 0xffff
        u2 = chars.to_upper(c2) & 0xffff
        if u1 == u2:
            continue
        if chars.to_lower(u1) == chars.to_lower(u2):
            continue
        return False
    return True


def starts_with(s, prefix, offset):
    if offset < 0 or offset > len(s) - len(prefix):
        return False
    for i in range(len(prefix)):
        if s[offset + i] != prefix[i]:
            return False
    return True


def to_upper(s):
    """String.toUpperCase() (full case mapping, no locale rules)."""
    out = None
    for i in range(len(s)):
        c = ord(s[i])
        if 97 <= c <= 122 or c >= 128:
            out = []
            break
    if out is None:
        return s
    i = 0
    n = len(s)
    while i < n:
        c = ord(s[i])
        if c < 128:
            if 97 <= c <= 122:
                c -= 32
            out.append(unichr(c))
            i += 1
            continue
        cp = c
        step = 1
        if 0xd800 <= c <= 0xdbff and i + 1 < n:
            c2 = ord(s[i + 1])
            if 0xdc00 <= c2 <= 0xdfff:
                cp = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00)
                step = 2
        for u in chars.to_upper_full(cp):
            _append_code_point(out, u)
        i += step
    return u''.join(out)


def to_lower(s):
    out = None
    for i in range(len(s)):
        c = ord(s[i])
        if 65 <= c <= 90 or c >= 128:
            out = []
            break
    if out is None:
        return s
    i = 0
    n = len(s)
    while i < n:
        c = ord(s[i])
        if c < 128:
            if 65 <= c <= 90:
                c += 32
            out.append(unichr(c))
            i += 1
            continue
        cp = c
        step = 1
        if 0xd800 <= c <= 0xdbff and i + 1 < n:
            c2 = ord(s[i + 1])
            if 0xdc00 <= c2 <= 0xdfff:
                cp = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00)
                step = 2
        if cp == 0x3a3:
            # final sigma: a capital sigma after a cased letter and not
            # before one lowers to U+03C2
            if _final_sigma(s, i):
                out.append(unichr(0x3c2))
                i += 1
                continue
        for u in chars.to_lower_full(cp):
            _append_code_point(out, u)
        i += step
    return u''.join(out)


def _final_sigma(s, i):
    j = i - 1
    before = False
    while j >= 0:
        c = ord(s[j])
        if chars.is_letter(c):
            before = True
            break
        if chars.category(c) not in ('Mn', 'Me', 'Cf', 'Lm', 'Sk'):
            break
        j -= 1
    if not before:
        return False
    j = i + 1
    while j < len(s):
        c = ord(s[j])
        if chars.is_letter(c):
            return False
        if chars.category(c) not in ('Mn', 'Me', 'Cf', 'Lm', 'Sk'):
            return True
        j += 1
    return True


def _append_code_point(out, cp):
    if cp < 0x10000:
        out.append(unichr(cp))
    else:
        cp -= 0x10000
        out.append(unichr(0xd800 + (cp >> 10)))
        out.append(unichr(0xdc00 + (cp & 0x3ff)))


def code_point_at(s, i, limit):
    c = ord(s[i])
    if 0xd800 <= c <= 0xdbff and i + 1 < limit:
        c2 = ord(s[i + 1])
        if 0xdc00 <= c2 <= 0xdfff:
            return 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00)
    return c


def code_point_before(s, i):
    """The code point before index i (1 <= i <= len(s))."""
    c2 = ord(s[i - 1])
    if 0xdc00 <= c2 <= 0xdfff and i - 2 >= 0:
        c = ord(s[i - 2])
        if 0xd800 <= c <= 0xdbff:
            return 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00)
    return c2


def code_point_count(s, begin, end):
    n = end - begin
    i = begin
    while i < end - 1:
        c = ord(s[i])
        if 0xd800 <= c <= 0xdbff and 0xdc00 <= ord(s[i + 1]) <= 0xdfff:
            n -= 1
            i += 2
        else:
            i += 1
    return n


def trim(s):
    n = len(s)
    start = 0
    while start < n and ord(s[start]) <= 32:
        start += 1
    end = n
    while end > start and ord(s[end - 1]) <= 32:
        end -= 1
    return start, end


def _ws_at(s, i):
    return chars.is_whitespace(code_point_at(s, i, len(s)))


def strip_bounds(s, leading, trailing):
    n = len(s)
    start = 0
    if leading:
        while start < n:
            cp = code_point_at(s, start, n)
            if not chars.is_whitespace(cp):
                break
            start += 2 if cp >= 0x10000 else 1
    end = n
    if trailing:
        while end > start:
            cp = code_point_before(s, end)
            if not chars.is_whitespace(cp):
                break
            end -= 2 if cp >= 0x10000 else 1
    return start, end


def replace_char(s, old, new):
    if old == new:
        return s
    found = False
    for c in s:
        if c == old:
            found = True
            break
    if not found:
        return s
    out = [u'\0'] * len(s)
    for i in range(len(s)):
        c = s[i]
        if c == old:
            out[i] = new
        else:
            out[i] = c
    return u''.join(out)


def replace_all_literal(s, target, repl):
    """String.replace(CharSequence, CharSequence)."""
    n = len(s)
    m = len(target)
    if m == 0:
        parts = [repl]
        for i in range(n):
            parts.append(s[i])
            parts.append(repl)
        return u''.join(parts)
    j = index_of(s, target, 0)
    if j < 0:
        return s
    parts = []
    i = 0
    while j >= 0:
        assert j >= 0 and i >= 0
        parts.append(s[i:j])
        parts.append(repl)
        i = j + m
        j = index_of(s, target, i)
    assert i >= 0
    parts.append(s[i:n])
    return u''.join(parts)


def reverse(lst):
    """AbstractStringBuilder.reverse on a list of unichars (surrogate
    pairs stay in order)."""
    n = len(lst)
    has_surrogates = False
    i = 0
    j = n - 1
    while i < j:
        a = lst[i]
        b = lst[j]
        lst[i] = b
        lst[j] = a
        i += 1
        j -= 1
    for k in range(n):
        if 0xd800 <= ord(lst[k]) <= 0xdfff:
            has_surrogates = True
            break
    if has_surrogates:
        k = 0
        while k < n - 1:
            c2 = ord(lst[k])
            if 0xdc00 <= c2 <= 0xdfff:
                c1 = ord(lst[k + 1])
                if 0xd800 <= c1 <= 0xdbff:
                    lst[k] = unichr(c1)
                    lst[k + 1] = unichr(c2)
                    k += 2
                    continue
            k += 1
