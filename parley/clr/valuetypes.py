"""CLR value types with the CLR's copy semantics.

A struct value is a W_Struct (parley.interop.model): an object with the
field layout of its class that no two storage locations share.  Every store
of a struct value into a location (stloc, starg, stfld, stsfld, stelem,
stobj, stind through a pointer, the binding of call arguments) goes through
`store`: it copies the value into the struct the location already holds
(so a managed pointer to that location, which is the struct object itself,
stays valid), or stores a fresh copy.  Loads hand out the stored object.

Boxing gives a plain W_Instance of the struct's class (a reference:
virtual ToString/Equals/GetHashCode overrides run on it, with the box as
`this`); unboxing copies it back into a W_Struct.

Enums are plain integers of their underlying type (W_Int / W_Long); their
class has `primitive` set to that type and `value_kind` 2, so arrays of an
enum are primitive arrays and `box` gives a W_Box whose class is the enum.
"""
from rpython.rlib import jit
from parley.interop.model import (W_Root, W_Int, W_Long, W_Double, W_Float,
                                  W_Single,
                                  W_Instance, W_Struct, W_String, W_Box)
from parley.interop.klass import new_zero_struct, fill_value_fields

STRUCT = 1
ENUM = 2


def is_struct_class(cls):
    return cls.value_kind == STRUCT


@jit.unroll_safe
def copy_struct(w):
    """A W_Struct copy of the struct value (or boxed struct) w."""
    assert isinstance(w, W_Instance)
    src = w.fields
    fields = [None] * len(src)
    for i in range(len(src)):
        v = src[i]
        if isinstance(v, W_Struct):
            v = copy_struct(v)
        fields[i] = v
    return W_Struct(w.klass, fields)


def copy_argument(w):
    """The value a by-value struct parameter binds: a copy of the struct
    value, or of the box Java holds (a struct crossing from Java)."""
    if isinstance(w, W_Struct):
        return copy_struct(w)
    if isinstance(w, W_Instance) and w.klass.value_kind == STRUCT:
        return copy_struct(w)
    return w


def copy_value(w):
    """The value to bind to a new location (a call argument)."""
    if isinstance(w, W_Struct):
        return copy_struct(w)
    return w


@jit.unroll_safe
def assign_fields(dst, src):
    """Copy the fields of struct value src into the struct location dst,
    in place (nested structs in place too)."""
    assert isinstance(dst, W_Instance)
    assert isinstance(src, W_Instance)
    if dst is src:
        return
    dfields = dst.fields
    sfields = src.fields
    n = len(dfields)
    if len(sfields) < n:
        n = len(sfields)
    for i in range(n):
        v = sfields[i]
        if isinstance(v, W_Struct):
            d = dfields[i]
            if isinstance(d, W_Struct) and d.klass is v.klass:
                assign_fields(d, v)
            else:
                dfields[i] = copy_struct(v)
        else:
            dfields[i] = v


def store(w_old, w_new):
    """What a location holding w_old holds after w_new is stored into it."""
    if isinstance(w_new, W_Struct):
        if isinstance(w_old, W_Struct) and w_old.klass is w_new.klass:
            assign_fields(w_old, w_new)
            return w_old
        return copy_struct(w_new)
    return w_new


@jit.unroll_safe
def zero_fields(w):
    """initobj on a struct location: every field to its zero value."""
    assert isinstance(w, W_Instance)
    cls = w.klass
    defaults = cls.instance_defaults
    for i in range(len(defaults)):
        d = w.fields[i]
        if isinstance(d, W_Struct):
            zero_fields(d)
        else:
            w.fields[i] = defaults[i]
    if cls.value_field_classes is not None:
        classes = cls.value_field_classes
        for i in range(len(classes)):
            c = classes[i]
            if c is not None and not isinstance(w.fields[i], W_Struct):
                w.fields[i] = new_zero_struct(c)


def box_struct(cls, w):
    """`box S`: a heap copy of the struct value, with S's class."""
    if not isinstance(w, W_Instance):
        return w
    w_box = W_Instance(cls)
    src = w.fields
    n = len(w_box.fields)
    if len(src) < n:
        n = len(src)
    for i in range(n):
        w_box.fields[i] = copy_value(src[i])
    return w_box


def zero_value(cls):
    """The zero value of a location of type cls (initobj through a pointer
    to a non-struct location)."""
    if cls.value_kind == STRUCT:
        return new_zero_struct(cls)
    k = cls.primitive
    if k == 'J':
        return W_Long(0)
    if k == 'F':
        return W_Single(0.0)
    if k == 'D':
        return W_Double(0.0)
    if k != '\0':
        return W_Int(0)
    return None


# ---- ValueType.Equals / GetHashCode defaults ---------------------------------

def values_equal(a, b):
    if a is b:
        return True
    if a is None or b is None:
        return False
    if isinstance(a, W_Int):
        return isinstance(b, W_Int) and a.intval == b.intval
    if isinstance(a, W_Long):
        return isinstance(b, W_Long) and a.longval == b.longval
    if isinstance(a, W_Double):
        return isinstance(b, W_Double) and a.floatval == b.floatval
    if isinstance(a, W_String):
        return isinstance(b, W_String) and a.value == b.value
    if isinstance(a, W_Box):
        return (isinstance(b, W_Box) and a.klass is b.klass and
                values_equal(a.w_value, b.w_value))
    if isinstance(a, W_Struct):
        return isinstance(b, W_Struct) and fields_equal(a, b)
    return False


def fields_equal(a, b):
    assert isinstance(a, W_Instance)
    assert isinstance(b, W_Instance)
    if a.klass is not b.klass or len(a.fields) != len(b.fields):
        return False
    for i in range(len(a.fields)):
        if not values_equal(a.fields[i], b.fields[i]):
            return False
    return True


def value_hash(w):
    if isinstance(w, W_Int):
        return w.intval
    if isinstance(w, W_Long):
        return (w.longval ^ (w.longval >> 32)) & 0x7fffffff
    if isinstance(w, W_String):
        from parley.interop.core import string_hashcode
        return string_hashcode(w.value)
    if isinstance(w, W_Struct):
        return fields_hash(w)
    return 0


def fields_hash(w):
    assert isinstance(w, W_Instance)
    h = 0
    for f in w.fields:
        h = (h * 31 + value_hash(f)) & 0x7fffffff
    return h


# ---- enums --------------------------------------------------------------------

def enum_name(cls, value):
    """The name of the enum constant with this value, or None."""
    names = cls.enum_names
    if names is None:
        return None
    for v, name in names:
        if v == value:
            return name
    return None
