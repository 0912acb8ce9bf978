"""Managed pointers (ECMA-335 I.12.1.1.2): what ldloca, ldarga, ldflda,
ldsflda, ldelema and unbox push, and ref/out parameters receive.

A pointer to a location holding a struct is the W_Struct itself (struct
locations are never shared, see parley.clr.valuetypes); every other
location is designated by a W_Pointer with get()/set().

Known JIT cost: a pointer to a local or argument holds the frame, which
makes the (virtualizable) frame escape in a trace.
"""
from parley.interop.model import (W_Root, W_Int, W_Long, W_Double, W_Array,
                                  W_IntArray, W_LongArray, W_DoubleArray,
                                  W_RefArray, W_Instance, W_Box)
from parley.clr.valuetypes import store


class BadPointerStore(Exception):
    """A store through a pointer of a value its location cannot hold (the
    interpreter reports InvalidProgramException)."""


class W_Pointer(W_Root):
    _attrs_ = []

    def get(self):
        raise NotImplementedError

    def set(self, w):
        raise NotImplementedError

    def writable(self):
        return True


class W_LocalPointer(W_Pointer):
    """A local variable or argument of a live frame (its index in the
    frame's values)."""
    _attrs_ = _immutable_fields_ = ['frame', 'index']

    def __init__(self, frame, index):
        assert index >= 0
        self.frame = frame
        self.index = index

    def get(self):
        return self.frame.get(self.index)

    def set(self, w):
        self.frame.set(self.index, store(self.frame.get(self.index), w))


class W_FieldPointer(W_Pointer):
    """An instance field of an object (or of a struct location)."""
    _attrs_ = _immutable_fields_ = ['w_obj', 'index']

    def __init__(self, w_obj, index):
        assert index >= 0
        self.w_obj = w_obj
        self.index = index

    def get(self):
        return self.w_obj.fields[self.index]

    def set(self, w):
        fields = self.w_obj.fields
        fields[self.index] = store(fields[self.index], w)


class W_StaticPointer(W_Pointer):
    _attrs_ = _immutable_fields_ = ['klass', 'index']

    def __init__(self, klass, index):
        assert index >= 0
        self.klass = klass
        self.index = index

    def get(self):
        return self.klass.static_values[self.index]

    def set(self, w):
        statics = self.klass.static_values
        statics[self.index] = store(statics[self.index], w)


class W_ElementPointer(W_Pointer):
    """An element of an array (index checked when the pointer is made)."""
    _attrs_ = _immutable_fields_ = ['w_array', 'index']

    def __init__(self, w_array, index):
        assert index >= 0
        self.w_array = w_array
        self.index = index

    def get(self):
        a = self.w_array
        if isinstance(a, W_IntArray):
            return W_Int(a.storage[self.index])
        if isinstance(a, W_LongArray):
            return W_Long(a.storage[self.index])
        if isinstance(a, W_DoubleArray):
            return W_Double(a.storage[self.index])
        if isinstance(a, W_RefArray):
            return a.storage[self.index]
        raise BadPointerStore

    def set(self, w):
        a = self.w_array
        if isinstance(a, W_IntArray):
            if not isinstance(w, W_Int):
                raise BadPointerStore
            a.storage[self.index] = w.intval
        elif isinstance(a, W_LongArray):
            if isinstance(w, W_Int):
                a.storage[self.index] = w.intval
            elif isinstance(w, W_Long):
                a.storage[self.index] = w.longval
            else:
                raise BadPointerStore
        elif isinstance(a, W_DoubleArray):
            if not isinstance(w, W_Double):
                raise BadPointerStore
            a.storage[self.index] = w.floatval
        elif isinstance(a, W_RefArray):
            a.storage[self.index] = store(a.storage[self.index], w)
        else:
            raise BadPointerStore


class W_BoxPointer(W_Pointer):
    """`unbox` of a boxed primitive: the value inside the (immutable) box."""
    _attrs_ = _immutable_fields_ = ['w_box']

    def __init__(self, w_box):
        self.w_box = w_box

    def get(self):
        return self.w_box.w_value

    def set(self, w):
        raise BadPointerStore

    def writable(self):
        return False


def deref(w):
    """The value a managed pointer designates (a struct location designates
    itself)."""
    if isinstance(w, W_Pointer):
        return w.get()
    return w
