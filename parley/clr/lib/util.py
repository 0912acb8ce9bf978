"""Helpers the CLR core library natives share: unpacking arguments,
building results, throwing CLR exceptions with Mono's messages."""
from rpython.rlib.rarithmetic import intmask, r_uint
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float, W_String,
                                  W_IntArray, W_RefArray, W_Box, W_TRUE,
                                  W_FALSE, wrap8, wrap16, wrapu8, wrapu16,
                                  wrap32)
from parley.interop import arrays
from parley.interop.core import string_class
from parley.interop.console import decode_utf8


def throw(class_name, message):
    """A GuestException for a new CLR exception (`raise` it); message is
    a UTF-8 str or None (the class's default message)."""
    from parley.interop.coordinator import coordinator
    return coordinator.clr.throw(class_name, message)


def arg_null(param):
    return throw('System.ArgumentNullException',
                 'Value cannot be null.\nParameter name: ' + param)


def arg_range(param, message):
    return throw('System.ArgumentOutOfRangeException',
                 message + '\nParameter name: ' + param)


def arg_error(message, param):
    if param:
        message = message + '\nParameter name: ' + param
    return throw('System.ArgumentException', message)


def format_error():
    return throw('System.FormatException',
                 'Input string was not in a correct format.')


def null_ref():
    return throw('System.NullReferenceException', None)


# ---- arguments ---------------------------------------------------------------

def ival(w):
    if isinstance(w, W_Long):
        return intmask(w.longval)
    assert isinstance(w, W_Int)
    return w.intval


def jval(w):
    """An int64 argument (an int32 on the stack is widened)."""
    if isinstance(w, W_Int):
        return w.intval
    assert isinstance(w, W_Long)
    return w.longval


def dval(w):
    """A float64/float32 argument (both are RPython floats)."""
    if isinstance(w, W_Float):
        return w.floatval
    if isinstance(w, W_Int):
        return float(w.intval)
    if isinstance(w, W_Long):
        return float(w.longval)
    assert isinstance(w, W_Double)
    return w.floatval


def sval(w):
    """A string argument; None for null."""
    if w is None:
        return None
    assert isinstance(w, W_String)
    return w.value


def this_str(w):
    """The receiver of a String instance method."""
    if w is None:
        raise null_ref()
    assert isinstance(w, W_String)
    return w.value


def wbool(b):
    if b:
        return W_TRUE
    return W_FALSE


def wstr(u):
    return W_String(u)


def ustr(s):
    """An ASCII/UTF-8 str as unicode."""
    return decode_utf8(s)


def char_array(w, param):
    """A char[] argument (W_IntArray); ArgumentNullException for null.
    (An empty array of another kind -- Array.Empty<char>(), whose type
    argument is erased -- counts as an empty char[].)"""
    if w is None:
        raise arg_null(param)
    if not isinstance(w, W_IntArray):
        return W_IntArray(arrays.primitive_array_class('C'), 0)
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


def store_out(w_ptr, w_value):
    """Store through an out/ref argument (a managed pointer)."""
    from parley.clr.pointers import W_Pointer
    if isinstance(w_ptr, W_Pointer):
        w_ptr.set(w_value)
    elif w_ptr is None:
        raise null_ref()


# ---- primitive kinds ----------------------------------------------------------
# What a CLR primitive value is, precisely (the shared descriptors only know
# I/J/S/B/C/Z/F/D, so signedness comes from the class).

K_BOOL = 1
K_CHAR = 2
K_I1 = 3
K_U1 = 4
K_I2 = 5
K_U2 = 6
K_I4 = 7
K_U4 = 8
K_I8 = 9
K_U8 = 10
K_R4 = 11
K_R8 = 12
K_INTPTR = 13

_KIND_BY_NAME = {
    'System.Boolean': K_BOOL, 'System.Char': K_CHAR, 'System.SByte': K_I1,
    'System.Byte': K_U1, 'System.Int16': K_I2, 'System.UInt16': K_U2,
    'System.Int32': K_I4, 'System.UInt32': K_U4, 'System.Int64': K_I8,
    'System.UInt64': K_U8, 'System.Single': K_R4, 'System.Double': K_R8,
    'System.IntPtr': K_INTPTR, 'System.UIntPtr': K_INTPTR,
}


def kind_of_name(name):
    return _KIND_BY_NAME.get(name, 0)


def kind_of_class(cls):
    """The primitive kind of a primitive struct class, or of an enum's
    underlying type (from its descriptor letter); 0 otherwise."""
    k = _KIND_BY_NAME.get(cls.name, 0)
    if k != 0 or cls.primitive == '\0':
        return k
    p = cls.primitive
    if p == 'I':
        return K_I4
    if p == 'J':
        return K_I8
    if p == 'S':
        return K_I2
    if p == 'B':
        return K_U1
    if p == 'C':
        return K_CHAR
    if p == 'Z':
        return K_BOOL
    return K_I4


def is_integral(kind):
    return K_I1 <= kind <= K_U8 or kind == K_INTPTR


def is_unsigned(kind):
    return kind == K_U1 or kind == K_U2 or kind == K_U4 or kind == K_U8


def int_value(kind, w):
    """The value of an integral primitive as a signed 64-bit int (for K_U8
    the bit pattern: use uvalue for its magnitude)."""
    if isinstance(w, W_Long):
        v = w.longval
    elif isinstance(w, W_Int):
        v = w.intval
    elif isinstance(w, W_Double):
        v = int(w.floatval)
    else:
        return 0
    if kind == K_I1:
        return wrap8(v)
    if kind == K_U1:
        return wrapu8(v)
    if kind == K_I2:
        return wrap16(v)
    if kind == K_U2 or kind == K_CHAR:
        return wrapu16(v)
    if kind == K_I4:
        return wrap32(v)
    if kind == K_U4:
        return v & 0xffffffff
    return v


def box_value(w):
    assert isinstance(w, W_Box)
    return w.w_value


# ---- slicing with the bounds RPython wants proven ---------------------------------

def sub(s, start, end):
    """s[start:end] (start, end >= 0)."""
    assert start >= 0
    assert end >= 0
    return s[start:end]


def tail(s, start):
    """s[start:] (start >= 0)."""
    assert start >= 0
    return s[start:]
