"""Runtime handles `ldtoken` pushes for field and method tokens, and
System.Runtime.CompilerServices.RuntimeHelpers.InitializeArray, which
copies a field's FieldRVA data (an array initializer mcs emitted) into a
new array.  (A type token pushes the type's mirror object instead.)"""
from rpython.rlib.rarithmetic import intmask, r_uint
from parley.interop.model import (W_Root, W_IntArray, W_LongArray,
                                  W_DoubleArray, wrap32, wrap16, wrap8)
from parley.interop.native import add_native
from parley.interop.method import ACC_STATIC, ACC_PUBLIC
from parley.clr.errors import BadImageFormat
from parley.interop.format import bits_to_double, bits_to_float32


class W_FieldHandle(W_Root):
    """A RuntimeFieldHandle: the field, and for a FieldDef of this
    assembly its row (whose FieldRVA data InitializeArray reads)."""
    _immutable_fields_ = ['asm', 'field', 'rid']

    def __init__(self, asm, field, rid):
        self.asm = asm
        self.field = field
        self.rid = rid

    def getclass(self):
        from parley.interop.core import object_class
        return object_class


class W_MethodHandle(W_Root):
    _immutable_fields_ = ['method']

    def __init__(self, method):
        self.method = method

    def getclass(self):
        from parley.interop.core import object_class
        return object_class


def _le(data, pos, size):
    v = r_uint(0)
    for i in range(size):
        v |= r_uint(ord(data[pos + i])) << (8 * i)
    return v


def _element_size(kind):
    if kind == 'J' or kind == 'D':
        return 8
    if kind == 'I' or kind == 'F':
        return 4
    if kind == 'S' or kind == 'C':
        return 2
    return 1


def initialize_array(vm, w_arr, w_handle):
    if not isinstance(w_handle, W_FieldHandle) or w_handle.rid == 0:
        raise vm.throw('System.ArgumentException',
                       'The field handle does not name a field with data.')
    img = w_handle.asm.img
    rva = 0
    for row in img.fieldrvas:
        if row.field == w_handle.rid:
            rva = row.rva
            break
    if rva == 0:
        raise vm.throw('System.ArgumentException',
                       'The field handle does not name a field with data.')
    if w_arr is None:
        raise vm.throw('System.ArgumentNullException', None)
    from parley.clr.mdarrays import W_MdArray
    if isinstance(w_arr, W_MdArray) and w_arr.data is not None:
        w_arr = w_arr.data      # a multi-dimensional array's flat elements
    kind = w_arr.getclass().elem_kind
    size = _element_size(kind)
    n = w_arr.length()
    try:
        data = img.read_field_rva_data(rva, n * size)
    except BadImageFormat as e:
        raise vm.throw('System.ArgumentException', e.msg)
    if isinstance(w_arr, W_IntArray):
        # elements as ldelem.u1/u2 (byte[], ushort[]) or ldelem.i1/i2 read them
        elem = w_arr.getclass().elem_class
        unsigned = elem is not None and elem.name == 'System.UInt16'
        for i in range(n):
            v = _le(data, i * size, size)
            if kind == 'I':
                w_arr.storage[i] = wrap32(intmask(v))
            elif kind == 'S' and not unsigned:
                w_arr.storage[i] = wrap16(intmask(v))
            elif kind == 'B' and elem is None:         # sbyte[]
                w_arr.storage[i] = wrap8(intmask(v))
            else:
                w_arr.storage[i] = intmask(v)
    elif isinstance(w_arr, W_LongArray):
        for i in range(n):
            w_arr.storage[i] = intmask(_le(data, i * 8, 8))
    elif isinstance(w_arr, W_DoubleArray):
        for i in range(n):
            if kind == 'F':
                w_arr.storage[i] = bits_to_float32(intmask(_le(data, i * 4, 4)))
            else:
                w_arr.storage[i] = bits_to_double(intmask(_le(data, i * 8, 8)))
    else:
        raise vm.throw('System.ArgumentException',
                       'The array is not an array of a primitive type.')


def install(make_class, object_class):
    cls = make_class('System.Runtime.CompilerServices.RuntimeHelpers', object_class)

    def _init_array(args):
        return _init_array_impl(args)
    add_native(cls, 'InitializeArray',
               '(Lcli/System/Array;Lcli/System/RuntimeFieldHandle;)V',
               _init_array, ACC_PUBLIC | ACC_STATIC)
    return cls


def _init_array_impl(args):
    from parley.interop.coordinator import coordinator
    initialize_array(coordinator.clr, args[0], args[1])
    return None
