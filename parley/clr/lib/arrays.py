"""System.Array on single-dimensional zero-based arrays: the static
Reverse, Clear, Copy, IndexOf/LastIndexOf, Sort, BinarySearch (also under
the erased keys of their generic forms, e.g. Sort<T>(T[]), whose T[] and T
a signature spells as Object[] and Object), and the instance members
Length, Rank, GetLength, GetValue, SetValue, Clone, CopyTo.

Sort is Mono's introspective sort (median-of-three quicksort, insertion
sort for small partitions, heapsort past the depth limit), so elements
that compare equal end up in the same order as on Mono."""
from rpython.rlib.rarithmetic import intmask, r_uint
from parley.interop.model import (W_Root, W_Int, W_Long, W_Double, W_String,
                                  W_Array, W_IntArray, W_LongArray,
                                  W_DoubleArray, W_RefArray, W_Box, W_Struct,
                                  W_Instance, W_TRUE, W_FALSE)
from parley.interop.core import call_virtual, EQUALS, clone_object
from parley.interop.klass import new_zero_struct
from parley.interop.native import add_native
from parley.clr.ukeys import is_unsigned_class
from parley.interop.method import ACC_PUBLIC, ACC_STATIC, ACC_NONVIRTUAL
from parley.clr.lib.util import (throw, arg_null, arg_range, arg_error, ival,
                                 kind_of_name)
from parley.clr.lib import collation

STATIC = ACC_PUBLIC | ACC_STATIC
NONVIRTUAL = ACC_PUBLIC | ACC_NONVIRTUAL
A = 'Lcli/System/Array;'
O = 'Ljava/lang/Object;'
OA = '[Ljava/lang/Object;'


def array_arg(w, param):
    if w is None:
        raise arg_null(param)
    if not isinstance(w, W_Array):
        raise arg_error('Only single dimensional arrays are supported for the requested action.', param)
    return w


def _elem_class_name(w):
    cls = w.getclass()
    if cls.component is not None:
        return cls.component.name
    if cls.elem_class is not None:
        return cls.elem_class.name      # uint[], byte[], an enum's array ...
    k = cls.elem_kind
    if k == 'I':
        return 'System.Int32'
    if k == 'J':
        return 'System.Int64'
    if k == 'D':
        return 'System.Double'
    if k == 'F':
        return 'System.Single'
    if k == 'C':
        return 'System.Char'
    if k == 'Z':
        return 'System.Boolean'
    if k == 'S':
        return 'System.Int16'
    if k == 'B':
        return 'System.SByte'
    return 'System.Object'


def get_elem(w, i):
    """Element i as a stack value (primitive elements unboxed)."""
    if isinstance(w, W_IntArray):
        return W_Int(w.storage[i])
    if isinstance(w, W_LongArray):
        return W_Long(w.storage[i])
    if isinstance(w, W_DoubleArray):
        return W_Double(w.storage[i])
    assert isinstance(w, W_RefArray)
    return w.storage[i]


def set_elem(w, i, w_v):
    if isinstance(w, W_IntArray):
        if isinstance(w_v, W_Box):
            w_v = w_v.w_value
        if isinstance(w_v, W_Int):
            w.storage[i] = w_v.intval
        elif isinstance(w_v, W_Long):
            w.storage[i] = intmask(w_v.longval)
        else:
            raise throw('System.InvalidCastException', None)
    elif isinstance(w, W_LongArray):
        if isinstance(w_v, W_Box):
            w_v = w_v.w_value
        if isinstance(w_v, W_Long):
            w.storage[i] = w_v.longval
        elif isinstance(w_v, W_Int):
            w.storage[i] = w_v.intval
        else:
            raise throw('System.InvalidCastException', None)
    elif isinstance(w, W_DoubleArray):
        if isinstance(w_v, W_Box):
            w_v = w_v.w_value
        if isinstance(w_v, W_Double):
            w.storage[i] = w_v.floatval
        else:
            raise throw('System.InvalidCastException', None)
    else:
        assert isinstance(w, W_RefArray)
        w.storage[i] = w_v


def boxed_elem(w, i):
    """Element i as an object (GetValue): primitives boxed."""
    w_v = get_elem(w, i)
    if isinstance(w, W_RefArray):
        return w_v
    cls = w.getclass().elem_class
    if cls is None:
        from parley.interop.coordinator import coordinator
        cls = coordinator.clr.find_class(_elem_class_name(w))
    if cls is None:
        return w_v
    return W_Box(cls, w_v)


def zero_elem(w, i):
    if isinstance(w, W_IntArray):
        w.storage[i] = 0
    elif isinstance(w, W_LongArray):
        w.storage[i] = 0
    elif isinstance(w, W_DoubleArray):
        w.storage[i] = 0.0
    else:
        assert isinstance(w, W_RefArray)
        comp = w.klass.component
        if comp is not None and comp.value_kind == 1:
            w.storage[i] = new_zero_struct(comp)
        else:
            w.storage[i] = None


# ---- equality and ordering of elements ------------------------------------------------------

def _unbox(w):
    if isinstance(w, W_Box):
        return w.w_value
    return w


def elements_equal(w_value, w_elem):
    """Object.Equals(value, element) as IndexOf uses it."""
    if w_value is None:
        return w_elem is None
    if w_elem is None:
        return False
    a = _unbox(w_value)
    b = _unbox(w_elem)
    if isinstance(a, W_Int):
        return isinstance(b, W_Int) and a.intval == b.intval
    if isinstance(a, W_Long):
        return isinstance(b, W_Long) and a.longval == b.longval
    if isinstance(a, W_Double):
        if not isinstance(b, W_Double):
            return False
        x = a.floatval
        y = b.floatval
        return x == y or (x != x and y != y)
    if isinstance(a, W_String):
        return isinstance(b, W_String) and a.value == b.value
    w_res = call_virtual(w_value, EQUALS, [w_value, w_elem])
    return isinstance(w_res, W_Int) and w_res.intval != 0


COMPARE_TO = 'CompareTo(Ljava/lang/Object;)I'


def compare_elements(a, b):
    """Comparer.Default.Compare(a, b)."""
    if a is b:
        return 0
    if a is None:
        return -1
    if b is None:
        return 1
    if isinstance(a, W_String) and isinstance(b, W_String):
        return collation.culture_compare(a.value, b.value, False)
    ua = _unbox(a)
    ub = _unbox(b)
    if isinstance(ua, W_Int) and isinstance(ub, W_Int):
        x = ua.intval
        y = ub.intval
        return -1 if x < y else (1 if x > y else 0)
    if isinstance(ua, W_Long) and isinstance(ub, W_Long):
        x1 = ua.longval
        y1 = ub.longval
        return -1 if x1 < y1 else (1 if x1 > y1 else 0)
    if isinstance(ua, W_Double) and isinstance(ub, W_Double):
        x2 = ua.floatval
        y2 = ub.floatval
        if x2 < y2:
            return -1
        if x2 > y2:
            return 1
        if x2 == y2:
            return 0
        if x2 != x2:
            return 0 if y2 != y2 else -1
        return 1
    m = a.getclass().dispatch(COMPARE_TO)
    if m is None:
        raise throw('System.InvalidOperationException',
                    'Failed to compare two elements in the array.')
    w_res = m.invoke([a, b])
    assert isinstance(w_res, W_Int)
    return w_res.intval


class Sorter(object):
    """Mono's ArraySortHelper introsort over a list of values."""
    def __init__(self, keys):
        self.keys = keys

    def compare(self, a, b):
        return compare_elements(a, b)

    def swap_if_greater(self, a, b):
        if a != b:
            keys = self.keys
            if self.compare(keys[a], keys[b]) > 0:
                t = keys[a]
                keys[a] = keys[b]
                keys[b] = t

    def swap(self, i, j):
        keys = self.keys
        t = keys[i]
        keys[i] = keys[j]
        keys[j] = t

    def sort(self, left, length):
        if length < 2:
            return
        self.intro_sort(left, length + left - 1,
                        2 * floor_log2_plus_one(len(self.keys)))

    def intro_sort(self, lo, hi, depth_limit):
        while hi > lo:
            size = hi - lo + 1
            if size <= 16:
                if size == 1:
                    return
                if size == 2:
                    self.swap_if_greater(lo, hi)
                    return
                if size == 3:
                    self.swap_if_greater(lo, hi - 1)
                    self.swap_if_greater(lo, hi)
                    self.swap_if_greater(hi - 1, hi)
                    return
                self.insertion_sort(lo, hi)
                return
            if depth_limit == 0:
                self.heapsort(lo, hi)
                return
            depth_limit -= 1
            p = self.pick_pivot_and_partition(lo, hi)
            self.intro_sort(p + 1, hi, depth_limit)
            hi = p - 1

    def pick_pivot_and_partition(self, lo, hi):
        keys = self.keys
        middle = lo + ((hi - lo) >> 1)
        self.swap_if_greater(lo, middle)
        self.swap_if_greater(lo, hi)
        self.swap_if_greater(middle, hi)
        pivot = keys[middle]
        self.swap(middle, hi - 1)
        left = lo
        right = hi - 1
        while left < right:
            left += 1
            while self.compare(keys[left], pivot) < 0:
                left += 1
            right -= 1
            while self.compare(pivot, keys[right]) < 0:
                right -= 1
            if left >= right:
                break
            self.swap(left, right)
        self.swap(left, hi - 1)
        return left

    def heapsort(self, lo, hi):
        n = hi - lo + 1
        i = n // 2
        while i >= 1:
            self.down_heap(i, n, lo)
            i -= 1
        i = n
        while i > 1:
            self.swap(lo, lo + i - 1)
            self.down_heap(1, i - 1, lo)
            i -= 1

    def down_heap(self, i, n, lo):
        keys = self.keys
        d = keys[lo + i - 1]
        while i <= n // 2:
            child = 2 * i
            if child < n and self.compare(keys[lo + child - 1], keys[lo + child]) < 0:
                child += 1
            if not self.compare(d, keys[lo + child - 1]) < 0:
                break
            keys[lo + i - 1] = keys[lo + child - 1]
            i = child
        keys[lo + i - 1] = d

    def insertion_sort(self, lo, hi):
        keys = self.keys
        i = lo
        while i < hi:
            j = i
            t = keys[i + 1]
            while j >= lo and self.compare(t, keys[j]) < 0:
                keys[j + 1] = keys[j]
                j -= 1
            keys[j + 1] = t
            i += 1


def compare_unsigned(a, b):
    """Comparer<T>.Default.Compare for T byte/ushort/uint/ulong: the
    elements of the int[]/long[] that stand for such an array."""
    ua = _unbox(a)
    ub = _unbox(b)
    if isinstance(ua, W_Int) and isinstance(ub, W_Int):
        x = r_uint(ua.intval) & r_uint(0xffffffff)
        y = r_uint(ub.intval) & r_uint(0xffffffff)
        return -1 if x < y else (1 if x > y else 0)
    if isinstance(ua, W_Long) and isinstance(ub, W_Long):
        x1 = r_uint(ua.longval)
        y1 = r_uint(ub.longval)
        return -1 if x1 < y1 else (1 if x1 > y1 else 0)
    return compare_elements(a, b)


class UnsignedSorter(Sorter):
    """Sort<T>(T[]) for an unsigned T."""
    def compare(self, a, b):
        return compare_unsigned(a, b)


def floor_log2_plus_one(n):
    result = 0
    while n >= 1:
        result += 1
        n = n // 2
    return result


def sort_array(w, index, length, unsigned=False):
    n = w.length()
    items = [None] * n
    for i in range(n):
        items[i] = get_elem(w, i)
    if unsigned:
        UnsignedSorter(items).sort(index, length)
    else:
        Sorter(items).sort(index, length)
    for i in range(index, index + length):
        set_elem(w, i, items[i])


# ---- statics ------------------------------------------------------------------------------

def _check_range(w, index, length, index_param, length_param):
    if index < 0:
        raise arg_range(index_param, 'Non-negative number required.')
    if length < 0:
        raise arg_range(length_param, 'Non-negative number required.')
    if w.length() - index < length:
        raise arg_error('Offset and length were out of bounds for the array or count '
                        'is greater than the number of elements from index to the end '
                        'of the source collection.', '')


def reverse(w, index, length):
    i = index
    j = index + length - 1
    while i < j:
        a = get_elem(w, i)
        set_elem(w, i, get_elem(w, j))
        set_elem(w, j, a)
        i += 1
        j -= 1


def _reverse(args):
    w = array_arg(args[0], 'array')
    reverse(w, 0, w.length())
    return None


def _reverse_range(args):
    w = array_arg(args[0], 'array')
    index = ival(args[1])
    length = ival(args[2])
    _check_range(w, index, length, 'index', 'length')
    reverse(w, index, length)
    return None


def _clear(args):
    w = array_arg(args[0], 'array')
    index = ival(args[1])
    length = ival(args[2])
    if index < 0 or length < 0 or index > w.length() - length:
        raise throw('System.IndexOutOfRangeException', None)
    for i in range(index, index + length):
        zero_elem(w, i)
    return None


def _same_storage(a, b):
    return ((isinstance(a, W_IntArray) and isinstance(b, W_IntArray)) or
            (isinstance(a, W_LongArray) and isinstance(b, W_LongArray)) or
            (isinstance(a, W_DoubleArray) and isinstance(b, W_DoubleArray)) or
            (isinstance(a, W_RefArray) and isinstance(b, W_RefArray)))


def _enum_array(cls):
    return cls.elem_class is not None and cls.elem_class.value_kind == 2


def copy(w_src, src_index, w_dst, dst_index, length):
    src = array_arg(w_src, 'sourceArray')
    dst = array_arg(w_dst, 'destinationArray')
    if length < 0:
        raise arg_range('length', 'Non-negative number required.')
    if src_index < 0:
        raise arg_range('srcIndex', 'Non-negative number required.')
    if dst_index < 0:
        raise arg_range('dstIndex', 'Non-negative number required.')
    if src_index + length > src.length():
        raise arg_error('Source array was not long enough. Check srcIndex and length, '
                        "and the array's lower bounds.", '')
    if dst_index + length > dst.length():
        raise arg_error('Destination array was not long enough. Check destIndex and '
                        "length, and the array's lower bounds.", '')
    src_cls = src.getclass()
    dst_cls = dst.getclass()
    if not _same_storage(src, dst) or (src_cls.elem_kind != dst_cls.elem_kind and
                                        (src_cls.elem_kind == '\0' or dst_cls.elem_kind == '\0')):
        if not (isinstance(src, W_RefArray) or isinstance(dst, W_RefArray)):
            raise throw('System.ArrayTypeMismatchException',
                        'Source array type cannot be assigned to destination array type.')
    if src_cls is not dst_cls and src_cls.elem_kind != '\0' and \
            src_cls.elem_kind == dst_cls.elem_kind and \
            not _enum_array(src_cls) and not _enum_array(dst_cls):
        # int[] and uint[], sbyte[] and byte[] ...: no widening between them
        raise throw('System.ArrayTypeMismatchException',
                    'Attempted to access an element as a type incompatible with the array.')
    if src is dst and src_index < dst_index:
        i = length - 1
        while i >= 0:
            set_elem(dst, dst_index + i, get_elem(src, src_index + i))
            i -= 1
        return
    for i in range(length):
        if isinstance(dst, W_RefArray) and not isinstance(src, W_RefArray):
            set_elem(dst, dst_index + i, boxed_elem(src, src_index + i))
        else:
            w_v = get_elem(src, src_index + i)
            if isinstance(dst, W_RefArray) and w_v is not None:
                comp = dst.klass.component
                if comp is not None and not w_v.getclass().is_subclass_of(comp):
                    raise throw('System.InvalidCastException',
                                'At least one element in the source array could not '
                                'be cast down to the destination array type.')
                if isinstance(w_v, W_Struct):
                    from parley.clr.valuetypes import copy_struct
                    w_v = copy_struct(w_v)
            set_elem(dst, dst_index + i, w_v)


def _copy3(args):
    copy(args[0], 0, args[1], 0, ival(args[2]))
    return None


def _copy5(args):
    copy(args[0], ival(args[1]), args[2], ival(args[3]), ival(args[4]))
    return None


def index_of(w, w_value, start, count):
    for i in range(start, start + count):
        if elements_equal(w_value, get_elem(w, i)):
            return i
    return -1


def last_index_of(w, w_value, start, count):
    i = start
    while i > start - count:
        if elements_equal(w_value, get_elem(w, i)):
            return i
        i -= 1
    return -1


def _index_of(args):
    w = array_arg(args[0], 'array')
    return W_Int(index_of(w, args[1], 0, w.length()))


def _index_of_from(args):
    w = array_arg(args[0], 'array')
    start = ival(args[2])
    if start < 0 or start > w.length():
        raise arg_range('startIndex', 'Index was out of range. Must be non-negative and less than the size of the collection.')
    return W_Int(index_of(w, args[1], start, w.length() - start))


def _index_of_from_count(args):
    w = array_arg(args[0], 'array')
    start = ival(args[2])
    count = ival(args[3])
    if start < 0 or start > w.length():
        raise arg_range('startIndex', 'Index was out of range. Must be non-negative and less than the size of the collection.')
    if count < 0 or count > w.length() - start:
        raise arg_range('count', 'Count must be positive and count must refer to a location within the string/array/collection.')
    return W_Int(index_of(w, args[1], start, count))


def _last_index_of(args):
    w = array_arg(args[0], 'array')
    n = w.length()
    return W_Int(last_index_of(w, args[1], n - 1, n))


def _unsigned_elements(w):
    """Are w's elements byte, ushort, uint or ulong (whatever the method's
    type argument says: Array.Sort(Array) has none)?"""
    elem = w.getclass().elem_class
    return elem is not None and is_unsigned_class(elem)


def _sort(args):
    w = array_arg(args[0], 'array')
    sort_array(w, 0, w.length(), _unsigned_elements(w))
    return None


def _sort_range(args):
    w = array_arg(args[0], 'array')
    index = ival(args[1])
    length = ival(args[2])
    _check_range(w, index, length, 'index', 'length')
    sort_array(w, index, length, _unsigned_elements(w))
    return None


def binary_search(w, index, length, w_value, unsigned=False):
    lo = index
    hi = index + length - 1
    while lo <= hi:
        i = lo + ((hi - lo) >> 1)
        if unsigned:
            c = compare_unsigned(get_elem(w, i), w_value)
        else:
            c = compare_elements(get_elem(w, i), w_value)
        if c == 0:
            return i
        if c < 0:
            lo = i + 1
        else:
            hi = i - 1
    return ~lo


def _binary_search(args):
    w = array_arg(args[0], 'array')
    return W_Int(binary_search(w, 0, w.length(), args[1],
                               _unsigned_elements(w)))


# ---- instance members -----------------------------------------------------------------------

def _this(w):
    assert isinstance(w, W_Array)
    return w


def _length(args):
    return W_Int(_this(args[0]).length())


def _long_length(args):
    return W_Long(_this(args[0]).length())


def _rank(args):
    from parley.clr import mdarrays
    if isinstance(args[0], mdarrays.W_MdArray):
        return W_Int(mdarrays.md_rank(args[0]))
    return W_Int(1)


def _get_length(args):
    from parley.clr import mdarrays
    w = _this(args[0])
    if isinstance(w, mdarrays.W_MdArray):
        return W_Int(mdarrays.md_get_length(w, args[1]))
    if ival(args[1]) != 0:
        raise throw('System.IndexOutOfRangeException', None)
    return W_Int(w.length())


def _get_lower_bound(args):
    from parley.clr import mdarrays
    if isinstance(args[0], mdarrays.W_MdArray):
        return W_Int(mdarrays.md_lower_bound(args[0], args[1]))
    if ival(args[1]) != 0:
        raise throw('System.IndexOutOfRangeException', None)
    return W_Int(0)


def _get_upper_bound(args):
    from parley.clr import mdarrays
    w = _this(args[0])
    if isinstance(w, mdarrays.W_MdArray):
        return W_Int(mdarrays.md_lower_bound(w, args[1]) +
                     mdarrays.md_get_length(w, args[1]) - 1)
    if ival(args[1]) != 0:
        raise throw('System.IndexOutOfRangeException', None)
    return W_Int(w.length() - 1)


def _check_index(w, i):
    if i < 0 or i >= w.length():
        raise throw('System.IndexOutOfRangeException', None)


def _get_value(args):
    w = _this(args[0])
    i = ival(args[1])
    _check_index(w, i)
    return boxed_elem(w, i)


def _set_value(args):
    w = _this(args[0])
    i = ival(args[2])
    _check_index(w, i)
    set_elem(w, i, args[1])
    return None


def _clone(args):
    return clone_object(args[0])


def _copy_to(args):
    w = _this(args[0])
    copy(w, 0, args[1], ival(args[2]), w.length())
    return None


def _empty(args):
    from parley.interop.core import object_class
    from parley.interop import arrays as shared_arrays
    return W_RefArray(shared_arrays.array_class_of(object_class), 0)


def _resize(args):
    """Array.Resize<T>(ref T[] array, int newSize); T is erased, so a null
    array becomes an object[]."""
    from parley.clr.pointers import W_Pointer
    from parley.interop.coordinator import coordinator
    from parley.interop.core import object_class
    from parley.interop import arrays as shared_arrays
    w_ptr = args[0]
    n = ival(args[1])
    if n < 0:
        raise arg_range('newSize', 'Non-negative number required.')
    if not isinstance(w_ptr, W_Pointer):
        raise throw('System.NullReferenceException', None)
    w_old = w_ptr.get()
    if w_old is None:
        w_new = shared_arrays.new_array(shared_arrays.array_class_of(object_class), n)
    else:
        assert isinstance(w_old, W_Array)
        cls = w_old.getclass()
        if cls.component is not None:
            w_new = coordinator.clr.new_array(cls.component, n)
        else:
            w_new = shared_arrays.new_array(cls, n)
        m = w_old.length()
        if n < m:
            m = n
        from parley.clr.valuetypes import copy_value
        for i in range(m):
            set_elem(w_new, i, copy_value(get_elem(w_old, i)))
    w_ptr.set(w_new)
    return None


def _create_instance(args):
    """Array.CreateInstance(Type elementType, int length)."""
    from parley.clr.lib.types import type_target
    from parley.interop.coordinator import coordinator
    if args[0] is None:
        raise arg_null('elementType')
    elem = type_target(args[0])
    n = ival(args[1])
    if n < 0:
        raise arg_range('length', 'Non-negative number required.')
    return coordinator.clr.new_array(elem, n)


def install(cls):
    add_native(cls, 'Empty', '()' + OA, _empty, STATIC)
    add_native(cls, 'CreateInstance', '(Lcli/System/Type;I)' + A,
               _create_instance, STATIC)
    add_native(cls, 'Resize', '([' + OA + 'I)V', _resize, STATIC)
    for akey in [A, OA]:
        add_native(cls, 'Reverse', '(' + akey + ')V', _reverse, STATIC)
        add_native(cls, 'Reverse', '(' + akey + 'II)V', _reverse_range, STATIC)
        add_native(cls, 'IndexOf', '(' + akey + O + ')I', _index_of, STATIC)
        add_native(cls, 'IndexOf', '(' + akey + O + 'I)I', _index_of_from, STATIC)
        add_native(cls, 'IndexOf', '(' + akey + O + 'II)I', _index_of_from_count, STATIC)
        add_native(cls, 'LastIndexOf', '(' + akey + O + ')I', _last_index_of, STATIC)
        add_native(cls, 'Sort', '(' + akey + ')V', _sort, STATIC)
        add_native(cls, 'Sort', '(' + akey + 'II)V', _sort_range, STATIC)
        add_native(cls, 'BinarySearch', '(' + akey + O + ')I', _binary_search, STATIC)
    add_native(cls, 'Clear', '(' + A + 'II)V', _clear, STATIC)
    add_native(cls, 'Copy', '(' + A + A + 'I)V', _copy3, STATIC)
    add_native(cls, 'Copy', '(' + A + 'I' + A + 'II)V', _copy5, STATIC)
    add_native(cls, 'get_Length', '()I', _length, NONVIRTUAL)
    add_native(cls, 'get_LongLength', '()J', _long_length, NONVIRTUAL)
    add_native(cls, 'get_Rank', '()I', _rank, NONVIRTUAL)
    add_native(cls, 'GetLength', '(I)I', _get_length, NONVIRTUAL)
    add_native(cls, 'GetLowerBound', '(I)I', _get_lower_bound, NONVIRTUAL)
    add_native(cls, 'GetUpperBound', '(I)I', _get_upper_bound, NONVIRTUAL)
    add_native(cls, 'GetValue', '(I)' + O, _get_value, NONVIRTUAL)
    add_native(cls, 'SetValue', '(' + O + 'I)V', _set_value, NONVIRTUAL)
    add_native(cls, 'Clone', '()' + O, _clone, NONVIRTUAL)
    add_native(cls, 'CopyTo', '(' + A + 'I)V', _copy_to, NONVIRTUAL)
