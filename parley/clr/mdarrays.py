"""Multi-dimensional arrays (C#'s int[,], string[,,]): ECMA-335 II.14.2.

mcs compiles them to calls of runtime-provided members of the array type
(a TypeSpec with ELEMENT_TYPE_ARRAY): `newobj instance void
int32[0...,0...]::.ctor(int32, int32)`, `call instance int32
int32[0...,0...]::Get(int32, int32)`, `Set(int32, int32, int32)`, and
`Address(int32, int32)` (a managed pointer, `int32&`).  Array.GetLength,
Length and Rank are called on System.Array.

An array is a W_MdArray: its dimensions and lower bounds, and its elements
in row-major order in a flat W_IntArray / W_LongArray / W_DoubleArray /
W_RefArray (so Address is an ordinary W_ElementPointer into it, and a
struct element is its own location as in SZ arrays).  Each (element type,
rank) gets one W_Class whose native members answer to the keys the loader
computes for those MemberRefs: the element type's descriptor, and the
erased one (Ljava/lang/Object;) that a generic element type (!0[,]) gives.
"""
from rpython.rlib import jit
from parley.interop.model import (W_Root, W_Array, W_Int, W_Long, W_RefArray,
                                  W_IntArray, W_Struct, wrap8, wrap16,
                                  wrapu8, wrapu16)
from parley.interop.klass import W_Class, ACC_PUBLIC, ACC_FINAL, INITIALIZED
from parley.interop.method import ACC_NONVIRTUAL
from parley.interop.native import add_native
from parley.interop import core
from parley.clr.pointers import W_ElementPointer, BadPointerStore
from parley.clr import valuetypes as vt

MAX_RANK = 32
MAX_ELEMENTS = 0x7FFFFFC7       # Mono's limit for one array

# how a narrow integer element reads back (the flat storage keeps what was
# stored through a pointer, as SZ arrays do)
NARROW_NONE = 0
NARROW_I1 = 1
NARROW_U1 = 2
NARROW_I2 = 3
NARROW_U2 = 4

_NARROW_BY_NAME = {'System.SByte': NARROW_I1, 'System.Byte': NARROW_U1,
                   'System.Boolean': NARROW_U1, 'System.Int16': NARROW_I2,
                   'System.UInt16': NARROW_U2, 'System.Char': NARROW_U2}


class MdInfo(object):
    """What the class of an array type knows: element class and rank."""
    _immutable_fields_ = ['elem', 'rank', 'narrow', 'elem_is_ref']

    def __init__(self, elem, rank):
        self.elem = elem
        self.rank = rank
        narrow = NARROW_NONE
        if elem.value_kind == 0 and elem.primitive != '\0':
            narrow = _NARROW_BY_NAME.get(elem.name, NARROW_NONE)
        self.narrow = narrow
        self.elem_is_ref = elem.value_kind == 0 and elem.primitive == '\0'


class W_MdArray(W_Array):
    """A multi-dimensional array.  length() is the total element count
    (System.Array.Length)."""
    _attrs_ = ['info', 'dims', 'lower', 'data']
    _immutable_fields_ = ['info']

    def __init__(self, klass, info):
        self.klass = klass
        self.info = info
        self.dims = [0] * info.rank
        self.lower = [0] * info.rank
        self.data = None

    def length(self):
        data = self.data
        if data is None:
            return 0
        return data.length()


# (element class) -> classes by rank; class -> its MdInfo
_by_elem = {}
_infos = {}


def info_of(cls):
    """The MdInfo of a multi-dimensional array class, or None."""
    return _infos.get(cls, None)


def md_array_class(vm, elem, rank):
    """The class of rank-`rank` arrays of `elem` (ELEMENT_TYPE_ARRAY)."""
    if rank < 1 or rank > MAX_RANK:
        raise vm.throw('System.TypeLoadException',
                       'Array rank %d is not supported.' % rank)
    classes = _by_elem.get(elem, None)
    if classes is None:
        classes = [None] * (MAX_RANK + 1)
        _by_elem[elem] = classes
    cls = classes[rank]
    if cls is None:
        cls = _make_class(vm, elem, rank)
        classes[rank] = cls
    return cls


def type_name(elem, rank):
    from parley.clr.generics import clr_type_name
    if rank == 1:
        return clr_type_name(elem) + '[*]'
    return clr_type_name(elem) + '[' + ',' * (rank - 1) + ']'


def elem_descriptor(elem):
    """The descriptor the loader gives the element type in a signature."""
    info = info_of(elem)
    if info is not None:
        return '[' + elem_descriptor(info.elem)
    from parley.clr.loader import arg_descriptor
    return arg_descriptor(elem)


def _make_class(vm, elem, rank):
    superclass = vm.find_class('System.Array')
    if superclass is None:
        superclass = core.object_class
    cls = W_Class(vm, type_name(elem, rank), ACC_PUBLIC | ACC_FINAL,
                  superclass, [])
    info = MdInfo(elem, rank)
    _infos[cls] = info
    cls.native_factory = _factory
    ints = 'I' * rank
    nonvirtual = ACC_PUBLIC | ACC_NONVIRTUAL
    add_native(cls, '<init>', '(' + ints + ')V', _ctor, nonvirtual)
    add_native(cls, '<init>', '(' + ints + ints + ')V', _ctor, nonvirtual)
    for e in [elem_descriptor(elem), 'Ljava/lang/Object;']:
        key = 'Get(' + ints + ')' + e
        if key in cls.methods_by_key:
            continue
        add_native(cls, 'Get', '(' + ints + ')' + e, _get, nonvirtual)
        add_native(cls, 'Set', '(' + ints + e + ')V', _set, nonvirtual)
        add_native(cls, 'Address', '(' + ints + ')[' + e, _address, nonvirtual)
    # System.Array members (virtual: they override System.Array's own)
    add_native(cls, 'get_Length', '()I', _length)
    add_native(cls, 'get_LongLength', '()J', _long_length)
    add_native(cls, 'get_Rank', '()I', _rank)
    add_native(cls, 'GetLength', '(I)I', _get_length)
    add_native(cls, 'GetLongLength', '(I)J', _get_long_length)
    add_native(cls, 'GetLowerBound', '(I)I', _get_lower_bound)
    add_native(cls, 'GetUpperBound', '(I)I', _get_upper_bound)
    cls.link()
    cls.init_state = INITIALIZED
    return cls


def _factory(klass):
    info = info_of(klass)
    assert info is not None
    return W_MdArray(klass, info)


# ---- helpers -------------------------------------------------------------------------

def _vm():
    from parley.interop.coordinator import coordinator
    return coordinator.clr


def _arr(w):
    if w is None:
        raise _vm().throw('System.NullReferenceException', None)
    if not isinstance(w, W_MdArray) or w.data is None:
        raise _vm().throw('System.InvalidProgramException',
                          'Invalid IL: not a multi-dimensional array')
    return w


def _int_arg(w):
    if isinstance(w, W_Int):
        return w.intval
    if isinstance(w, W_Long):
        return w.longval
    raise _vm().throw('System.InvalidProgramException',
                      'Invalid IL: array index is not an integer')


@jit.unroll_safe
def flat_index(w, args, start):
    """The position in w.data of the element args[start:start+rank] names
    (IndexOutOfRangeException outside the bounds)."""
    rank = w.info.rank
    if len(args) < start + rank:
        raise _vm().throw('System.InvalidProgramException',
                          'Invalid IL: wrong number of array indices')
    flat = 0
    for d in range(rank):
        i = _int_arg(args[start + d]) - w.lower[d]
        n = w.dims[d]
        if i < 0 or i >= n:
            raise _vm().throw('System.IndexOutOfRangeException', None)
        flat = flat * n + i
    return flat


def _narrowed(info, w):
    k = info.narrow
    if k == NARROW_NONE or not isinstance(w, W_Int):
        return w
    v = w.intval
    if k == NARROW_I1:
        return W_Int(wrap8(v))
    if k == NARROW_U1:
        return W_Int(wrapu8(v))
    if k == NARROW_I2:
        return W_Int(wrap16(v))
    return W_Int(wrapu16(v))


# ---- members ---------------------------------------------------------------------------

def _ctor(args):
    """.ctor(len0, ..., lenN-1) or .ctor(lo0, len0, ..., loN-1, lenN-1)."""
    w = args[0]
    assert isinstance(w, W_MdArray)
    info = w.info
    rank = info.rank
    n = len(args) - 1
    pairs = n == 2 * rank
    total = 1
    for d in range(rank):
        if pairs:
            lo = _int_arg(args[1 + 2 * d])
            length = _int_arg(args[2 + 2 * d])
        else:
            lo = 0
            length = _int_arg(args[1 + d])
        if length < 0:
            raise _vm().throw('System.OverflowException', None)
        w.lower[d] = lo
        w.dims[d] = length
        total = total * length
        if total > MAX_ELEMENTS:
            raise _vm().throw('System.OutOfMemoryException',
                              'Array dimensions exceeded supported range.')
    w.data = _vm().new_array(info.elem, total)
    return None


def _get(args):
    w = _arr(args[0])
    i = flat_index(w, args, 1)
    data = w.data
    if isinstance(data, W_RefArray):
        return vt.copy_value(data.storage[i])
    return _narrowed(w.info, W_ElementPointer(data, i).get())


def _set(args):
    w = _arr(args[0])
    i = flat_index(w, args, 1)
    w_v = args[len(args) - 1]
    info = w.info
    if info.elem_is_ref and w_v is not None and \
            not w_v.getclass().is_subclass_of(info.elem):
        raise _vm().throw('System.ArrayTypeMismatchException', None)
    w_v = _narrowed(info, w_v)
    data = w.data
    if isinstance(data, W_IntArray) and isinstance(w_v, W_Long):
        w_v = W_Int(w_v.longval)
    try:
        W_ElementPointer(data, i).set(w_v)
    except BadPointerStore:
        raise _vm().throw('System.InvalidProgramException',
                          'Invalid IL: array element of the wrong type')
    return None


def _address(args):
    w = _arr(args[0])
    i = flat_index(w, args, 1)
    data = w.data
    if isinstance(data, W_RefArray):
        w_e = data.storage[i]
        if isinstance(w_e, W_Struct):
            return w_e
    return W_ElementPointer(data, i)


def _dimension(w, w_d):
    d = _int_arg(w_d)
    if d < 0 or d >= w.info.rank:
        raise _vm().throw('System.IndexOutOfRangeException', None)
    return d


def _length(args):
    return W_Int(md_length(args[0]))


def _long_length(args):
    return W_Long(md_length(args[0]))


def _rank(args):
    return W_Int(md_rank(args[0]))


def _get_length(args):
    return W_Int(md_get_length(args[0], args[1]))


def _get_long_length(args):
    return W_Long(md_get_length(args[0], args[1]))


def _get_lower_bound(args):
    return W_Int(md_lower_bound(args[0], args[1]))


def _get_upper_bound(args):
    w = _arr(args[0])
    d = _dimension(w, args[1])
    return W_Int(w.lower[d] + w.dims[d] - 1)


# ---- for System.Array's natives (parley/clr/lib) -----------------------------------

def md_length(w_arr):
    return _arr(w_arr).length()


def md_rank(w_arr):
    return _arr(w_arr).info.rank


def md_get_length(w_arr, w_d):
    w = _arr(w_arr)
    return w.dims[_dimension(w, w_d)]


def md_lower_bound(w_arr, w_d):
    w = _arr(w_arr)
    return w.lower[_dimension(w, w_d)]
