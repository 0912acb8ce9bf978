"""The collection interfaces a CLR array implements (ECMA-335 II.14.2):
`T[]` is an `IList<T>`, `ICollection<T>`, `IEnumerable<T>`,
`IReadOnlyList<T>`, `IReadOnlyCollection<T>` (covariantly for reference
element types) and a non-generic `IList`/`ICollection`/`IEnumerable`.

Type checks (`isinst`, `castclass`) consult `array_implements`; an
interface call on an array receiver runs the static method of the same
name of `Parley.Runtime.SZArrayHelper` (C# corlib), instantiated with the
array's element type - the CLR's own SZArrayHelper design."""
from rpython.rlib import jit
from parley.clr.loader import ClrMethod

GENERIC = ['System.Collections.Generic.IEnumerable`1',
           'System.Collections.Generic.ICollection`1',
           'System.Collections.Generic.IList`1',
           'System.Collections.Generic.IReadOnlyList`1',
           'System.Collections.Generic.IReadOnlyCollection`1']
NON_GENERIC = ['System.Collections.IEnumerable',
               'System.Collections.ICollection',
               'System.Collections.IList']

PRIMITIVE_ELEMENTS = {'I': 'System.Int32', 'J': 'System.Int64',
                      'D': 'System.Double', 'F': 'System.Single',
                      'Z': 'System.Boolean', 'C': 'System.Char',
                      'S': 'System.Int16', 'B': 'System.SByte'}


def element_class(arr_cls):
    from parley.interop.coordinator import coordinator
    vm = coordinator.clr
    if arr_cls.component is not None:
        return arr_cls.component
    if arr_cls.elem_class is not None:
        return arr_cls.elem_class      # uint[], byte[], an enum's array ...
    name = PRIMITIVE_ELEMENTS.get(arr_cls.elem_kind, '')
    if not name:
        return None
    return vm.corlib.get(name, None)


@jit.elidable
def variant_instance_of(obj_cls, cls):
    """Is an object of class obj_cls an instance of the generic interface
    or delegate type cls through variance (IEnumerable<string> is an
    IEnumerable<object>; Action<object> is an Action<string>)?"""
    d = cls.generic_def
    if d is None or d.generic_variance is None or cls.generic_args is None:
        return False
    return _variant_find(obj_cls, cls, d) is not None


@jit.elidable
def variant_interface_method(m, cls):
    """The implementation a class cls has of the method m of a variant
    generic interface instantiation it implements only through variance
    (IProducer<Animal>.Get on a Box<Cat>), or None."""
    itf = m.klass
    d = itf.generic_def
    if d is None or d.generic_variance is None:
        return None
    index = -1
    for i in range(len(itf.methods)):
        if itf.methods[i] is m:
            index = i
    if index < 0:
        return None
    impl_itf = _variant_find(cls, itf, d)
    if impl_itf is None or index >= len(impl_itf.methods):
        return None
    impl = cls.dispatch(impl_itf.methods[index].key)
    if impl is None or impl.is_abstract():
        return None
    return impl


def _variant_find(c, cls, d):
    """The instantiation of the variant generic definition d that c (or a
    supertype or interface of it) is and that converts to cls through
    variance, or None."""
    while c is not None:
        if c.generic_def is d and c.generic_args is not None and \
                _args_match(c.generic_args, cls.generic_args, d.generic_variance):
            return c
        for itf in c.interfaces:
            r = _variant_find(itf, cls, d)
            if r is not None:
                return r
        c = c.superclass
    return None


def _is_reference(c):
    return c.value_kind == 0 and c.primitive == '\0'


def _args_match(have, want, variance):
    if len(have) != len(want) or len(variance) != len(want):
        return False
    for i in range(len(want)):
        a = have[i]
        b = want[i]
        if a is b:
            continue
        if not (_is_reference(a) and _is_reference(b)):
            return False
        v = variance[i]
        if v == 1 and a.is_subclass_of(b):
            continue
        if v == 2 and b.is_subclass_of(a):
            continue
        return False
    return True


@jit.elidable
def array_implements(arr_cls, cls):
    """Is an array of class arr_cls an instance of the interface cls?"""
    if not arr_cls.is_array():
        return False
    if cls.name in NON_GENERIC:
        return True
    d = cls.generic_def
    if d is None or d.name not in GENERIC or cls.generic_args is None or \
            len(cls.generic_args) != 1:
        return False
    elem = element_class(arr_cls)
    arg = cls.generic_args[0]
    if elem is None:
        return False
    if elem is arg:
        return True
    # uint[] is an IList<int> and int[] an IList<uint> (ECMA-335 I.8.7.1)
    if elem.primitive != '\0' and elem.primitive == arg.primitive:
        return True
    # reference arrays are covariant; an enum array is its underlying type's
    if elem.value_kind == 0 and elem.primitive == '\0' and arg.value_kind == 0 \
            and arg.primitive == '\0':
        return elem.is_subclass_of(arg)
    return False


class _Cache(object):
    def __init__(self):
        self.methods = {}       # (interface method key, array class name) -> method


_cache = _Cache()


@jit.elidable
def _cached(key):
    return _cache.methods.get(key, None)


def array_interface_method(m, arr_cls):
    """The SZArrayHelper method an interface method m runs on an array of
    class arr_cls, or None."""
    key = _cache_key(m, arr_cls)
    h = _cached(key)
    if h is None:
        h = _find(m, arr_cls)
        if h is not None:
            _cache.methods[key] = h
    return h


@jit.elidable
def _cache_key(m, arr_cls):
    return m.klass.name + '::' + m.key + '@' + str(arr_cls.uid)


def _find(m, arr_cls):
    from parley.interop.coordinator import coordinator
    helper = coordinator.clr.lib_type('Parley.Runtime.SZArrayHelper')
    if helper is None:
        return None
    generic = m.klass.generic_def is not None
    for h in helper.methods:
        if h.name != m.name or not h.is_static() or h.nargs != m.nargs:
            continue
        if not isinstance(h, ClrMethod):
            continue
        gc = h.generic_count
        if generic and gc == 1:
            elem = element_class(arr_cls)
            if elem is None:
                return None
            return h.asm.instantiate_method(h, [elem])
        if not generic and gc == 0:
            return h
    return None
