"""Array classes, shared by both VMs: an int[] made by Java and an int[]
made by C# are the same kind of object with the same class, so arrays cross
between the VMs without copying."""
from parley.interop.klass import W_Class, ACC_PUBLIC, ACC_FINAL, INITIALIZED
from parley.interop.model import (shared, W_IntArray, W_LongArray,
                                  W_DoubleArray, W_RefArray)
from parley.interop import core

PRIMITIVE_KINDS = 'ZCBSIJFD'
# interfaces every array class implements (java.lang.Cloneable ...: the
# core libraries add them at import time)
ARRAY_INTERFACES = []
_primitive_arrays = {}


def primitive_array_class(kind):
    """The class of arrays of the primitive type `kind` (a descriptor
    letter)."""
    cls = _primitive_arrays.get(kind, None)
    if cls is None:
        cls = W_Class(core.core_vm, '[' + kind, ACC_PUBLIC | ACC_FINAL,
                      shared.object_class, ARRAY_INTERFACES[:])
        cls.elem_kind = kind
        cls.link()
        cls.init_state = INITIALIZED
        _primitive_arrays[kind] = cls
    return cls


def _typed_primitive_array_class(component):
    """uint[], byte[], an enum's array ...: the storage and the Java view
    (the name, '[I') of the array of the primitive kind, with the element
    class kept (elem_class) for what the CLR shows of it - its type name,
    its elements boxed. Either class is an instance of the other
    (W_Class.is_subclass_of), as int[] and uint[] are in the CLR."""
    kind = component.primitive
    cls = W_Class(core.core_vm, '[' + kind, ACC_PUBLIC | ACC_FINAL,
                  shared.object_class, ARRAY_INTERFACES[:])
    cls.elem_kind = kind
    cls.elem_class = component
    cls.link()
    cls.init_state = INITIALIZED
    component.array_class = cls
    return cls


def descriptor_of_class(cls):
    if cls.is_array():
        return cls.name.replace('.', '/')
    return 'L' + cls.name.replace('.', '/') + ';'


# the CLR element types that Java's primitive arrays stand for (Java's byte
# is the CLR's sbyte); an array of another CLR type with a primitive kind
# (byte, ushort, uint, ulong, native ints, enums) has a class of its own
CANONICAL_ELEMENTS = {'Z': 'System.Boolean', 'C': 'System.Char',
                      'B': 'System.SByte', 'S': 'System.Int16',
                      'I': 'System.Int32', 'J': 'System.Int64',
                      'F': 'System.Single', 'D': 'System.Double'}


def array_class_of(component):
    """The class of arrays whose elements are instances of `component`."""
    cls = component.array_class
    if cls is not None:
        return cls
    kind = component.primitive
    if kind != '\0':
        if CANONICAL_ELEMENTS.get(kind, '') == component.name:
            cls = primitive_array_class(kind)
            component.array_class = cls
            return cls
        return _typed_primitive_array_class(component)
    name = '[' + descriptor_of_class(component).replace('/', '.')
    cls = W_Class(component.vm, name, ACC_PUBLIC | ACC_FINAL,
                  shared.object_class, ARRAY_INTERFACES[:])
    cls.component = component
    cls.link()
    cls.init_state = INITIALIZED
    component.array_class = cls
    return cls


def new_array(array_cls, n):
    kind = array_cls.elem_kind
    if kind == 'J':
        return W_LongArray(array_cls, n)
    if kind == 'D' or kind == 'F':
        return W_DoubleArray(array_cls, n)
    if kind != '\0':
        return W_IntArray(array_cls, n)
    return W_RefArray(array_cls, n)
