"""System.BitConverter: the bit patterns of doubles and floats, and the
little-endian bytes of the primitive types (GetBytes, ToInt32 ...,
ToString(byte[]))."""
from rpython.rlib.rarithmetic import intmask, r_uint
from parley.interop.model import (W_Int, W_Long, W_Double, W_String,
                                  W_IntArray)
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.format import (double_bits, bits_to_double, float32_bits,
                                   bits_to_float32)
from parley.clr.lib.util import (dval, jval, ival, arg_null, arg_range,
                                 arg_error)
from parley.clr.ukeys import add_native_u
from parley.interop.model import wrap32, wrap16, wrapu16

STATIC = ACC_PUBLIC | ACC_STATIC


def _double_to_bits(args):
    return W_Long(double_bits(dval(args[0])))


def _bits_to_double(args):
    return W_Double(bits_to_double(jval(args[0])))


def _single_to_bits(args):
    return W_Int(wrap32(float32_bits(dval(args[0]))))


def _bits_to_single(args):
    return W_Double(bits_to_float32(ival(args[0]) & 0xffffffff))


# ---- GetBytes: a byte[] (System.Byte elements) of the value's bytes --------------------

def _byte_array(n):
    from parley.clr.corlib import primitive_classes
    from parley.interop.coordinator import coordinator
    w = coordinator.clr.new_array(primitive_classes['System.Byte'], n)
    assert isinstance(w, W_IntArray)
    return w


def _bytes_of(v, n):
    w = _byte_array(n)
    for i in range(n):
        w.storage[i] = intmask((r_uint(v) >> (8 * i)) & r_uint(0xff))
    return w


def _get_bytes_bool(args):
    return _bytes_of(1 if ival(args[0]) != 0 else 0, 1)


def _get_bytes_2(args):
    return _bytes_of(ival(args[0]), 2)


def _get_bytes_4(args):
    return _bytes_of(ival(args[0]), 4)


def _get_bytes_8(args):
    return _bytes_of(jval(args[0]), 8)


def _get_bytes_single(args):
    return _bytes_of(float32_bits(dval(args[0])), 4)


def _get_bytes_double(args):
    return _bytes_of(double_bits(dval(args[0])), 8)


# ---- ToInt32 ...: the value of n bytes from startIndex -----------------------------------

INDEX_RANGE = 'Index was out of range. Must be non-negative and less than the size of the collection.'
TOO_SHORT = ('Destination array is not long enough to copy all the items in the '
             'collection. Check array index and length.')


def _bytes_arg(w):
    if w is None:
        raise arg_null('value')
    assert isinstance(w, W_IntArray)
    return w


def _read(args, n):
    """The n bytes of value (args[0]) from startIndex (args[1]), little-
    endian, as an unsigned number in a signed machine word."""
    w = _bytes_arg(args[0])
    start = ival(args[1])
    if start < 0 or start >= len(w.storage):
        raise arg_range('startIndex', INDEX_RANGE)
    if start > len(w.storage) - n:
        raise arg_error(TOO_SHORT, 'value')
    v = r_uint(0)
    for i in range(n):
        v |= (r_uint(w.storage[start + i]) & r_uint(0xff)) << (8 * i)
    return intmask(v)


def _to_boolean(args):
    return W_Int(1 if _read(args, 1) != 0 else 0)


def _to_char(args):
    return W_Int(_read(args, 2))


def _to_int16(args):
    return W_Int(wrap16(_read(args, 2)))


def _to_uint16(args):
    return W_Int(wrapu16(_read(args, 2)))


def _to_int32(args):
    return W_Int(wrap32(_read(args, 4)))


def _to_int64(args):
    return W_Long(_read(args, 8))


def _to_single(args):
    return W_Double(bits_to_float32(_read(args, 4)))


def _to_double(args):
    return W_Double(bits_to_double(_read(args, 8)))


HEX = '0123456789ABCDEF'


def bytes_to_string(w, start, length):
    """BitConverter.ToString(value, startIndex, length): "01-AB-FF"."""
    n = len(w.storage)
    if start < 0 or (start >= n and start > 0):
        raise arg_range('startIndex', INDEX_RANGE)
    if length < 0:
        raise arg_range('length', 'Value must be positive.')
    if start > n - length:
        raise arg_error(TOO_SHORT, 'value')
    parts = []
    for i in range(start, start + length):
        b = w.storage[i] & 0xff
        if i > start:
            parts.append('-')
        parts.append(HEX[b >> 4])
        parts.append(HEX[b & 0xf])
    return W_String(unicode(''.join(parts)))


def _to_string(args):
    w = _bytes_arg(args[0])
    return bytes_to_string(w, 0, len(w.storage))


def _to_string_from(args):
    w = _bytes_arg(args[0])
    start = ival(args[1])
    return bytes_to_string(w, start, len(w.storage) - start)


def _to_string_range(args):
    w = _bytes_arg(args[0])
    return bytes_to_string(w, ival(args[1]), ival(args[2]))


def _little_endian(cls):
    """BitConverter.IsLittleEndian (a static readonly field): true."""
    from parley.interop.native import add_field
    f = add_field(cls, 'IsLittleEndian', 'Z', True, 0x36)

    def clinit(args):
        cls.static_values[f.index] = W_Int(1)
        return None
    add_native(cls, '<clinit>', '()V', clinit, STATIC)


def install(cls):
    _little_endian(cls)
    add_native(cls, 'GetBytes', '(Z)[B', _get_bytes_bool, STATIC)
    add_native(cls, 'GetBytes', '(C)[B', _get_bytes_2, STATIC)
    add_native(cls, 'GetBytes', '(S)[B', _get_bytes_2, STATIC)
    add_native_u(cls, 'GetBytes', '(S)[B', 'u>.', _get_bytes_2, STATIC)
    add_native(cls, 'GetBytes', '(I)[B', _get_bytes_4, STATIC)
    add_native_u(cls, 'GetBytes', '(I)[B', 'u>.', _get_bytes_4, STATIC)
    add_native(cls, 'GetBytes', '(J)[B', _get_bytes_8, STATIC)
    add_native_u(cls, 'GetBytes', '(J)[B', 'u>.', _get_bytes_8, STATIC)
    add_native(cls, 'GetBytes', '(F)[B', _get_bytes_single, STATIC)
    add_native(cls, 'GetBytes', '(D)[B', _get_bytes_double, STATIC)
    add_native(cls, 'ToBoolean', '([BI)Z', _to_boolean, STATIC)
    add_native(cls, 'ToChar', '([BI)C', _to_char, STATIC)
    add_native(cls, 'ToInt16', '([BI)S', _to_int16, STATIC)
    add_native_u(cls, 'ToUInt16', '([BI)S', '..>u', _to_uint16, STATIC)
    add_native(cls, 'ToInt32', '([BI)I', _to_int32, STATIC)
    add_native_u(cls, 'ToUInt32', '([BI)I', '..>u', _to_int32, STATIC)
    add_native(cls, 'ToInt64', '([BI)J', _to_int64, STATIC)
    add_native_u(cls, 'ToUInt64', '([BI)J', '..>u', _to_int64, STATIC)
    add_native(cls, 'ToSingle', '([BI)F', _to_single, STATIC)
    add_native(cls, 'ToDouble', '([BI)D', _to_double, STATIC)
    add_native(cls, 'ToString', '([B)Ljava/lang/String;', _to_string, STATIC)
    add_native(cls, 'ToString', '([BI)Ljava/lang/String;', _to_string_from, STATIC)
    add_native(cls, 'ToString', '([BII)Ljava/lang/String;', _to_string_range, STATIC)
    add_native(cls, 'DoubleToInt64Bits', '(D)J', _double_to_bits, STATIC)
    add_native(cls, 'Int64BitsToDouble', '(J)D', _bits_to_double, STATIC)
    add_native(cls, 'SingleToInt32Bits', '(F)I', _single_to_bits, STATIC)
    add_native(cls, 'Int32BitsToSingle', '(I)F', _bits_to_single, STATIC)
