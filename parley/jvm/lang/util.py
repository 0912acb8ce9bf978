"""Helpers the java.lang natives share: unpacking arguments, building
results, throwing Java exceptions."""
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float, W_String,
                                  W_IntArray, W_RefArray, W_TRUE, W_FALSE)
from parley.interop.console import encode_utf8
from parley.interop import arrays
from parley.interop.core import string_class


def throw(class_name, message):
    """A GuestException for a new java.lang exception; `raise` it.  The
    message is a (UTF-8) str or None."""
    from parley.interop.coordinator import coordinator
    return coordinator.jvm.throw(class_name, message)


def npe():
    return throw('java/lang/NullPointerException', None)


def utf8(u):
    return encode_utf8(u)


def ival(w):
    assert isinstance(w, W_Int)
    return w.intval


def jval(w):
    assert isinstance(w, W_Long)
    return w.longval


def dval(w):
    """A double or float argument (both are kept as an RPython float)."""
    if isinstance(w, W_Double):
        return w.floatval
    assert isinstance(w, W_Float)
    return w.floatval


def sval(w):
    """A String argument; NullPointerException for null."""
    if w is None:
        raise npe()
    assert isinstance(w, W_String)
    return w.value


def wbool(b):
    if b:
        return W_TRUE
    return W_FALSE


def wint(i):
    return W_Int(i)


def wstr(u):
    return W_String(u)


def char_array(w):
    """A char[] argument (W_IntArray); NullPointerException for null."""
    if w is None:
        raise npe()
    assert isinstance(w, W_IntArray)
    return w


def chars_to_unicode(storage, start, end):
    out = [u'\0'] * (end - start)
    for i in range(start, end):
        out[i - start] = unichr(storage[i] & 0xffff)
    return u''.join(out)


def new_char_array(u):
    arr = W_IntArray(arrays.primitive_array_class('C'), len(u))
    for i in range(len(u)):
        arr.storage[i] = ord(u[i])
    return arr


def new_string_array(items):
    arr = W_RefArray(arrays.array_class_of(string_class), len(items))
    for i in range(len(items)):
        arr.storage[i] = W_String(items[i])
    return arr


def int_to_unicode(i):
    return unicode(str(i))


def code_point_to_unicode(cp):
    """Character.toChars: one char, or a surrogate pair."""
    if cp < 0x10000:
        return unichr(cp)
    cp -= 0x10000
    return unichr(0xd800 + (cp >> 10)) + unichr(0xdc00 + (cp & 0x3ff))


def is_high_surrogate(c):
    return 0xd800 <= c <= 0xdbff


def is_low_surrogate(c):
    return 0xdc00 <= c <= 0xdfff
