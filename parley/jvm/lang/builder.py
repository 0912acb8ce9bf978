"""java.lang.StringBuilder and java.lang.StringBuffer: one RPython object
(W_StringBuilder) holding a list of UTF-16 code units, under the
package-private java.lang.AbstractStringBuilder as in the JDK."""
from parley.interop.model import W_Instance, W_String, W_Int
from parley.interop.core import call_tostring, call_virtual, object_class
from parley.interop.method import ACC_PUBLIC, ACC_FINAL, ACC_ABSTRACT
from parley.interop.native import add_native
from parley.jvm.corelib import _class, text_of
from parley.jvm.lang.util import (throw, npe, ival, sval, wbool, char_array,
                                  chars_to_unicode)
from parley.jvm.lang import text
from parley.jvm.lang.ifaces import (char_sequence_class, comparable_class,
                                    appendable_class)


class W_StringBuilder(W_Instance):
    _attrs_ = ['chars', 'capacity']

    def __init__(self, klass):
        W_Instance.__init__(self, klass)
        self.chars = []
        self.capacity = 16

    def get_text(self):
        return u''.join(self.chars)

    def length(self):
        return len(self.chars)

    def ensure(self, minimum):
        if minimum > self.capacity:
            c = 2 * self.capacity + 2
            if c < minimum:
                c = minimum
            self.capacity = c

    def append_text(self, u):
        self.ensure(len(self.chars) + len(u))
        for c in u:
            self.chars.append(c)

    def append_char(self, c):
        self.ensure(len(self.chars) + 1)
        self.chars.append(c)

    def insert_text(self, offset, u):
        self.ensure(len(self.chars) + len(u))
        assert offset >= 0
        tail = self.chars[offset:]
        del self.chars[offset:]
        for c in u:
            self.chars.append(c)
        for c in tail:
            self.chars.append(c)


def _new_builder(klass):
    return W_StringBuilder(klass)


def sb(w):
    assert isinstance(w, W_StringBuilder)
    return w


def charseq_text(w):
    """The text of a CharSequence argument (String, StringBuilder, or any
    guest class implementing CharSequence through toString)."""
    if isinstance(w, W_String):
        return w.value
    if isinstance(w, W_StringBuilder):
        return w.get_text()
    if w is None:
        raise npe()
    return call_tostring(w)


def charseq_chars(w):
    """The chars of a CharSequence as AbstractStringBuilder reads them
    (length() and charAt() for a guest implementation)."""
    if isinstance(w, W_String):
        return w.value
    if isinstance(w, W_StringBuilder):
        return w.get_text()
    if w is None:
        raise npe()
    n = ival(call_virtual(w, 'length()I', [w]))
    out = []
    for i in range(n):
        c = ival(call_virtual(w, 'charAt(I)C', [w, W_Int(i)]))
        out.append(unichr(c & 0xffff))
    return u''.join(out)


def charseq_text_or_null(w):
    if w is None:
        return u'null'
    return charseq_chars(w)


abstract_builder_class = _class('java.lang.AbstractStringBuilder',
                                object_class, ACC_ABSTRACT)
abstract_builder_class.native_factory = _new_builder


def _sioobe(msg):
    return throw('java/lang/StringIndexOutOfBoundsException', msg)


def _check_index(index, length):
    if index < 0 or index >= length:
        raise _sioobe('index %d, length %d' % (index, length))


def _check_offset(offset, length):
    if offset < 0 or offset > length:
        raise _sioobe('offset %d, length %d' % (offset, length))


def _check_range_sioobe(start, end, length):
    if start < 0 or start > end or end > length:
        raise _sioobe('start %d, end %d, length %d' % (start, end, length))


def _check_range_ioobe(start, end, length):
    if start < 0 or start > end or end > length:
        raise throw('java/lang/IndexOutOfBoundsException',
                    'start %d, end %d, length %d' % (start, end, length))


# ---- constructors ---------------------------------------------------------------

def _init(args):
    sb(args[0]).capacity = 16
    return None


def _init_cap(args):
    n = ival(args[1])
    if n < 0:
        raise throw('java/lang/NegativeArraySizeException', str(n))
    sb(args[0]).capacity = n
    return None


def _init_str(args):
    u = sval(args[1])
    b = sb(args[0])
    b.capacity = len(u) + 16
    b.append_text(u)
    return None


def _init_charseq(args):
    u = charseq_chars(args[1])
    b = sb(args[0])
    b.capacity = len(u) + 16
    b.append_text(u)
    return None


# ---- appends ----------------------------------------------------------------------

def _make_append(kind):
    def fn(args):
        b = sb(args[0])
        w = args[1]
        if kind == 'C':
            b.append_char(unichr(ival(w) & 0xffff))
        elif kind == 'S':
            if w is None:
                b.append_text(u'null')
            else:
                assert isinstance(w, W_String)
                b.append_text(w.value)
        elif kind == 'Q':       # CharSequence / StringBuffer
            b.append_text(charseq_text_or_null(w))
        elif kind == '[':
            arr = char_array(w)
            b.append_text(chars_to_unicode(arr.storage, 0, len(arr.storage)))
        else:
            b.append_text(text_of(kind, w))
        return b
    return fn


def _append_charseq_range(args):
    b = sb(args[0])
    w = args[1]
    start = ival(args[2])
    end = ival(args[3])
    u = charseq_text_or_null(w)
    _check_range_ioobe(start, end, len(u))
    assert start >= 0 and end >= 0
    b.append_text(u[start:end])
    return b


def _append_chars_range(args):
    b = sb(args[0])
    arr = char_array(args[1])
    offset = ival(args[2])
    n = ival(args[3])
    end = offset + n
    _check_range_ioobe(offset, end, len(arr.storage))
    b.append_text(chars_to_unicode(arr.storage, offset, end))
    return b


def _append_code_point(args):
    b = sb(args[0])
    cp = ival(args[1])
    if cp < 0 or cp > 0x10ffff:
        raise throw('java/lang/IllegalArgumentException',
                    'Not a valid Unicode code point: 0x%s' % _hex_upper(cp))
    from parley.jvm.lang.util import code_point_to_unicode
    b.append_text(code_point_to_unicode(cp))
    return b


def _hex_upper(v):
    digits = '0123456789ABCDEF'
    v = v & 0xffffffff
    if v == 0:
        return '0'
    out = []
    while v:
        out.append(digits[v & 15])
        v >>= 4
    out.reverse()
    return ''.join(out)


# ---- inserts ---------------------------------------------------------------------

def _make_insert(kind):
    def fn(args):
        b = sb(args[0])
        offset = ival(args[1])
        w = args[2]
        _check_offset(offset, b.length())
        if kind == 'C':
            u = unichr(ival(w) & 0xffff)
        elif kind == 'S':
            if w is None:
                u = u'null'
            else:
                assert isinstance(w, W_String)
                u = w.value
        elif kind == 'Q':
            u = charseq_text_or_null(w)
        elif kind == '[':
            arr = char_array(w)
            u = chars_to_unicode(arr.storage, 0, len(arr.storage))
        else:
            u = text_of(kind, w)
        b.insert_text(offset, u)
        return b
    return fn


def _insert_charseq_range(args):
    b = sb(args[0])
    offset = ival(args[1])
    u = charseq_text_or_null(args[2])
    start = ival(args[3])
    end = ival(args[4])
    _check_offset(offset, b.length())
    _check_range_ioobe(start, end, len(u))
    assert start >= 0 and end >= 0
    b.insert_text(offset, u[start:end])
    return b


def _insert_chars_range(args):
    b = sb(args[0])
    index = ival(args[1])
    arr = char_array(args[2])
    offset = ival(args[3])
    n = ival(args[4])
    _check_offset(index, b.length())
    _check_range_sioobe(offset, offset + n, len(arr.storage))
    b.insert_text(index, chars_to_unicode(arr.storage, offset, offset + n))
    return b


# ---- other mutators ------------------------------------------------------------------

def _delete(args):
    b = sb(args[0])
    start = ival(args[1])
    end = ival(args[2])
    count = b.length()
    if end > count:
        end = count
    _check_range_sioobe(start, end, count)
    if end > start:
        assert start >= 0 and end >= 0
        del b.chars[start:end]
    return b


def _delete_char_at(args):
    b = sb(args[0])
    i = ival(args[1])
    count = b.length()
    if i < 0 or i >= count:
        raise _sioobe('index %d, length %d' % (i, count))
    del b.chars[i]
    return b


def _replace(args):
    b = sb(args[0])
    start = ival(args[1])
    end = ival(args[2])
    u = sval(args[3])
    count = b.length()
    if end > count:
        end = count
    _check_range_sioobe(start, end, count)
    assert start >= 0 and end >= 0
    del b.chars[start:end]
    b.insert_text(start, u)
    return b


def _reverse(args):
    b = sb(args[0])
    text.reverse(b.chars)
    return b


def _set_char_at(args):
    b = sb(args[0])
    i = ival(args[1])
    if i < 0 or i >= b.length():
        raise _sioobe('index %d, length %d' % (i, b.length()))
    b.chars[i] = unichr(ival(args[2]) & 0xffff)
    return None


def _set_length(args):
    b = sb(args[0])
    n = ival(args[1])
    if n < 0:
        raise _sioobe('String index out of range: %d' % n)
    b.ensure(n)
    count = b.length()
    if n < count:
        del b.chars[n:]
    else:
        for i in range(n - count):
            b.chars.append(u'\0')
    return None


def _ensure_capacity(args):
    n = ival(args[1])
    if n > 0:
        sb(args[0]).ensure(n)
    return None


def _trim_to_size(args):
    b = sb(args[0])
    b.capacity = b.length()
    return None


# ---- queries ---------------------------------------------------------------------

def _length(args):
    return W_Int(sb(args[0]).length())


def _capacity(args):
    return W_Int(sb(args[0]).capacity)


def _is_empty(args):
    return wbool(sb(args[0]).length() == 0)


def _char_at(args):
    b = sb(args[0])
    i = ival(args[1])
    if i < 0 or i >= b.length():
        raise _sioobe('index %d, length %d' % (i, b.length()))
    return W_Int(ord(b.chars[i]))


def _code_point_at(args):
    b = sb(args[0])
    i = ival(args[1])
    if i < 0 or i >= b.length():
        raise _sioobe('index %d, length %d' % (i, b.length()))
    c = ord(b.chars[i])
    if 0xd800 <= c <= 0xdbff and i + 1 < b.length():
        c2 = ord(b.chars[i + 1])
        if 0xdc00 <= c2 <= 0xdfff:
            return W_Int(0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00))
    return W_Int(c)


def _to_string(args):
    return W_String(sb(args[0]).get_text())


def _substring1(args):
    b = sb(args[0])
    start = ival(args[1])
    count = b.length()
    _check_range_sioobe(start, count, count)
    assert start >= 0
    return W_String(u''.join(b.chars[start:count]))


def _substring2(args):
    b = sb(args[0])
    start = ival(args[1])
    end = ival(args[2])
    _check_range_sioobe(start, end, b.length())
    assert start >= 0 and end >= 0
    return W_String(u''.join(b.chars[start:end]))


def _index_of(args):
    return W_Int(text.index_of(sb(args[0]).get_text(), sval(args[1]), 0))


def _index_of_from(args):
    return W_Int(text.index_of(sb(args[0]).get_text(), sval(args[1]),
                               ival(args[2])))


def _last_index_of(args):
    u = sb(args[0]).get_text()
    return W_Int(text.last_index_of(u, sval(args[1]), len(u)))


def _last_index_of_from(args):
    return W_Int(text.last_index_of(sb(args[0]).get_text(), sval(args[1]),
                                    ival(args[2])))


def _get_chars(args):
    b = sb(args[0])
    src_begin = ival(args[1])
    src_end = ival(args[2])
    w_dst = args[3]
    dst_begin = ival(args[4])
    _check_range_sioobe(src_begin, src_end, b.length())
    dst = char_array(w_dst)
    n = src_end - src_begin
    if dst_begin < 0 or dst_begin > len(dst.storage) - n:
        raise throw('java/lang/IndexOutOfBoundsException',
                    'start %d, end %d, length %d'
                    % (dst_begin, dst_begin + n, len(dst.storage)))
    for i in range(n):
        dst.storage[dst_begin + i] = ord(b.chars[src_begin + i])
    return None


def _compare_to(args):
    other = args[1]
    if other is None:
        raise npe()
    return W_Int(text.compare(sb(args[0]).get_text(), sb(other).get_text()))


def _compare_to_bridge(args):
    other = args[1]
    if other is None:
        raise npe()
    if not isinstance(other, W_StringBuilder) or \
            other.getclass() is not args[0].getclass():
        raise throw('java/lang/ClassCastException',
                    'class %s cannot be cast to class %s'
                    % (other.getclass().name, args[0].getclass().name))
    return W_Int(text.compare(sb(args[0]).get_text(), other.get_text()))


APPEND_KINDS = [('Ljava/lang/Object;', 'O'), ('Ljava/lang/String;', 'S'),
                ('Ljava/lang/StringBuffer;', 'Q'),
                ('Ljava/lang/CharSequence;', 'Q'), ('[C', '['), ('Z', 'Z'),
                ('C', 'C'), ('I', 'I'), ('J', 'J'), ('F', 'F'), ('D', 'D')]


def _declare(cls):
    me = 'L' + cls.name.replace('.', '/') + ';'
    add_native(cls, '<init>', '()V', _init)
    add_native(cls, '<init>', '(I)V', _init_cap)
    add_native(cls, '<init>', '(Ljava/lang/String;)V', _init_str)
    add_native(cls, '<init>', '(Ljava/lang/CharSequence;)V', _init_charseq)
    for desc, kind in APPEND_KINDS:
        add_native(cls, 'append', '(' + desc + ')' + me, _make_append(kind))
        if desc != 'Ljava/lang/StringBuffer;':
            add_native(cls, 'insert', '(I' + desc + ')' + me,
                       _make_insert(kind))
    # Appendable's (bridged) signatures
    add_native(cls, 'append', '(Ljava/lang/CharSequence;)Ljava/lang/Appendable;',
               _make_append('Q'))
    add_native(cls, 'append', '(C)Ljava/lang/Appendable;', _make_append('C'))
    add_native(cls, 'append', '(Ljava/lang/CharSequence;II)Ljava/lang/Appendable;',
               _append_charseq_range)
    add_native(cls, 'append', '(Ljava/lang/CharSequence;II)' + me,
               _append_charseq_range)
    add_native(cls, 'append', '([CII)' + me, _append_chars_range)
    add_native(cls, 'appendCodePoint', '(I)' + me, _append_code_point)
    add_native(cls, 'insert', '(ILjava/lang/CharSequence;II)' + me,
               _insert_charseq_range)
    add_native(cls, 'insert', '(I[CII)' + me, _insert_chars_range)
    add_native(cls, 'delete', '(II)' + me, _delete)
    add_native(cls, 'deleteCharAt', '(I)' + me, _delete_char_at)
    add_native(cls, 'replace', '(IILjava/lang/String;)' + me, _replace)
    add_native(cls, 'reverse', '()' + me, _reverse)
    add_native(cls, 'setCharAt', '(IC)V', _set_char_at)
    add_native(cls, 'setLength', '(I)V', _set_length)
    add_native(cls, 'ensureCapacity', '(I)V', _ensure_capacity)
    add_native(cls, 'trimToSize', '()V', _trim_to_size)
    add_native(cls, 'length', '()I', _length)
    add_native(cls, 'capacity', '()I', _capacity)
    add_native(cls, 'isEmpty', '()Z', _is_empty)
    add_native(cls, 'charAt', '(I)C', _char_at)
    add_native(cls, 'codePointAt', '(I)I', _code_point_at)
    add_native(cls, 'toString', '()Ljava/lang/String;', _to_string)
    add_native(cls, 'substring', '(I)Ljava/lang/String;', _substring1)
    add_native(cls, 'substring', '(II)Ljava/lang/String;', _substring2)
    add_native(cls, 'subSequence', '(II)Ljava/lang/CharSequence;', _substring2)
    add_native(cls, 'indexOf', '(Ljava/lang/String;)I', _index_of)
    add_native(cls, 'indexOf', '(Ljava/lang/String;I)I', _index_of_from)
    add_native(cls, 'lastIndexOf', '(Ljava/lang/String;)I', _last_index_of)
    add_native(cls, 'lastIndexOf', '(Ljava/lang/String;I)I', _last_index_of_from)
    add_native(cls, 'getChars', '(II[CI)V', _get_chars)
    add_native(cls, 'compareTo', '(' + me + ')I', _compare_to)
    add_native(cls, 'compareTo', '(Ljava/lang/Object;)I', _compare_to_bridge)


string_builder_class = _class('java.lang.StringBuilder', abstract_builder_class,
                              ACC_PUBLIC | ACC_FINAL)
string_buffer_class = _class('java.lang.StringBuffer', abstract_builder_class,
                             ACC_PUBLIC | ACC_FINAL)
_declare(string_builder_class)
_declare(string_buffer_class)
abstract_builder_class.interfaces.append(appendable_class)
abstract_builder_class.interfaces.append(char_sequence_class)
string_builder_class.interfaces.append(comparable_class)
string_buffer_class.interfaces.append(comparable_class)
