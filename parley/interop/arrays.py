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


def descriptor_of_class(cls):
    if cls.is_array():
        return cls.name.replace('.', '/')
    return 'L' + cls.name.replace('.', '/') + ';'


def array_class_of(component):
    """The class of arrays whose elements are instances of `component`."""
    if component.primitive != '\0':
        return primitive_array_class(component.primitive)
    cls = component.array_class
    if cls is None:
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
