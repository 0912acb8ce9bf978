"""The classes both VMs share: one root class (java.lang.Object ==
System.Object) and one string class (java.lang.String == System.String).

Each VM's core library adds the methods its own language expects to these
classes (parley.jvm.corelib, parley.clr.corlib); the Object methods that
both languages have are one virtual slot under two names (toString and
ToString, hashCode and GetHashCode, equals and Equals): the CLR names are
aliases of the Java ones, so an override in either language is what a call
in the other runs.
"""
from rpython.rlib.objectmodel import compute_identity_hash
from parley.interop.console import decode_utf8
from parley.interop.model import W_String, W_Int, W_TRUE, W_FALSE, shared
from parley.interop.vm import CoreVm
from parley.interop.klass import ACC_PUBLIC, ACC_FINAL
from parley.interop.native import native_class, add_native

core_vm = CoreVm(None)

TOSTRING = 'toString()Ljava/lang/String;'
HASHCODE = 'hashCode()I'
EQUALS = 'equals(Ljava/lang/Object;)Z'

object_class = native_class(core_vm, 'java.lang.Object', None)
string_class = native_class(core_vm, 'java.lang.String', object_class,
                            ACC_PUBLIC | ACC_FINAL)
shared.object_class = object_class
shared.string_class = string_class

def _new_string(klass):
    """`new java/lang/String`: the constructor (<init>) sets the value."""
    return W_String(u'')


string_class.native_factory = _new_string

object_class.aliases['ToString()Ljava/lang/String;'] = TOSTRING
object_class.aliases['GetHashCode()I'] = HASHCODE
object_class.aliases['Equals(Ljava/lang/Object;)Z'] = EQUALS


def identity_hash(w_obj):
    return compute_identity_hash(w_obj) & 0x7fffffff


def hex32(n):
    digits = '0123456789abcdef'
    n = n & 0xffffffff
    if n == 0:
        return '0'
    out = []
    while n:
        out.append(digits[n & 15])
        n >>= 4
    out.reverse()
    return ''.join(out)


def _object_init(args):
    return None


def _object_tostring(args):
    w_self = args[0]
    cls = w_self.getclass()
    if cls.vm.tag == 'clr':
        return W_String(decode_utf8(cls.name.replace('/', '+')))
    h = call_hashcode(w_self)
    return W_String(decode_utf8(cls.name + '@' + hex32(h)))


def _object_hashcode(args):
    return W_Int(identity_hash(args[0]))


def _object_equals(args):
    if args[0] is args[1]:
        return W_TRUE
    return W_FALSE


add_native(object_class, '<init>', '()V', _object_init)
add_native(object_class, 'toString', '()Ljava/lang/String;', _object_tostring)
add_native(object_class, 'hashCode', '()I', _object_hashcode)
add_native(object_class, 'equals', '(Ljava/lang/Object;)Z', _object_equals)


def call_virtual(w_obj, key, args):
    m = w_obj.getclass().dispatch(key)
    return m.invoke(args)


def call_tostring(w_obj):
    """w_obj.toString() / w_obj.ToString(), whichever language overrides it.
    Returns a unicode."""
    if isinstance(w_obj, W_String):
        return w_obj.value
    w_res = call_virtual(w_obj, TOSTRING, [w_obj])
    if w_res is None:
        return u'null'
    assert isinstance(w_res, W_String)
    return w_res.value


def call_hashcode(w_obj):
    w_res = call_virtual(w_obj, HASHCODE, [w_obj])
    assert isinstance(w_res, W_Int)
    return w_res.intval


def string_hashcode(u):
    """Java's String.hashCode: s[0]*31^(n-1) + ... in 32-bit arithmetic."""
    h = 0
    for c in u:
        h = (h * 31 + ord(c)) & 0xffffffff
    if h >= 0x80000000:
        h -= 0x100000000
    return h


def _string_tostring(args):
    return args[0]


def _string_hashcode(args):
    w_s = args[0]
    assert isinstance(w_s, W_String)
    return W_Int(string_hashcode(w_s.value))


def _string_equals(args):
    w_a = args[0]
    w_b = args[1]
    assert isinstance(w_a, W_String)
    if isinstance(w_b, W_String) and w_a.value == w_b.value:
        return W_TRUE
    return W_FALSE


add_native(string_class, 'toString', '()Ljava/lang/String;', _string_tostring)
add_native(string_class, 'hashCode', '()I', _string_hashcode)
add_native(string_class, 'equals', '(Ljava/lang/Object;)Z', _string_equals)


# ---- java.lang.Class: one mirror object per class --------------------------------

class_class = native_class(core_vm, 'java.lang.Class', object_class,
                           ACC_PUBLIC | ACC_FINAL)


def mirror_of(cls):
    from parley.interop.model import W_ClassMirror
    m = cls.mirror
    if m is None:
        m = W_ClassMirror(class_class, cls)
        cls.mirror = m
    return m


def java_class_name(cls):
    """Class.getName(): dots, '$' for nested classes, "[I" / "[Ljava.lang.
    String;" for arrays, and CLR types as Java sees them (cli.Ns.T)."""
    name = cls.name
    if cls.vm is not None and cls.vm.tag == 'clr' and cls is not object_class \
            and cls is not string_class:
        return 'cli.' + name.replace('/', '$')
    return name


def _get_class(args):
    return mirror_of(args[0].getclass())


def _target(w):
    from parley.interop.model import W_ClassMirror
    assert isinstance(w, W_ClassMirror)
    return w.target


def _class_get_name(args):
    return W_String(decode_utf8(java_class_name(_target(args[0]))))


def _class_get_simple_name(args):
    cls = _target(args[0])
    if cls.is_array():
        comp = cls.component
        if comp is not None:
            inner = _class_get_simple_name([mirror_of(comp)])
            assert isinstance(inner, W_String)
            return W_String(inner.value + u'[]')
        return W_String(decode_utf8(primitive_name(cls.elem_kind) + '[]'))
    name = java_class_name(cls)
    i = max(name.rfind('.'), name.rfind('$'))
    simple = name[i + 1:] if i >= 0 else name
    # anonymous classes (Outer$1) have an empty simple name
    if simple and simple[0].isdigit():
        j = 0
        while j < len(simple) and simple[j].isdigit():
            j += 1
        assert j >= 0
        simple = simple[j:]
    return W_String(decode_utf8(simple))


def primitive_name(kind):
    if kind == 'I': return 'int'
    if kind == 'J': return 'long'
    if kind == 'Z': return 'boolean'
    if kind == 'B': return 'byte'
    if kind == 'C': return 'char'
    if kind == 'S': return 'short'
    if kind == 'F': return 'float'
    if kind == 'D': return 'double'
    return 'void'


def _class_to_string(args):
    cls = _target(args[0])
    prefix = u'interface ' if cls.is_interface() else u'class '
    return W_String(prefix + decode_utf8(java_class_name(cls)))


def _class_is_instance(args):
    w = args[1]
    if w is not None and w.getclass().is_subclass_of(_target(args[0])):
        return W_TRUE
    return W_FALSE


add_native(object_class, 'getClass', '()Ljava/lang/Class;', _get_class, ACC_PUBLIC | ACC_FINAL)
add_native(class_class, 'getName', '()Ljava/lang/String;', _class_get_name)
add_native(class_class, 'getTypeName', '()Ljava/lang/String;', _class_get_name)
add_native(class_class, 'getSimpleName', '()Ljava/lang/String;', _class_get_simple_name)
add_native(class_class, 'toString', '()Ljava/lang/String;', _class_to_string)
add_native(class_class, 'isInstance', '(Ljava/lang/Object;)Z', _class_is_instance)


# ---- Object.clone (arrays, and Cloneable instances) ----------------------------------

def clone_object(w):
    """A shallow copy: arrays of every kind, and instances (the caller checks
    Cloneable / the CLR's MemberwiseClone has no such check)."""
    from parley.interop.model import (W_IntArray, W_LongArray, W_DoubleArray,
                                      W_RefArray, W_Instance)
    if isinstance(w, W_IntArray):
        c = W_IntArray(w.klass, len(w.storage))
        for i in range(len(w.storage)):
            c.storage[i] = w.storage[i]
        return c
    if isinstance(w, W_LongArray):
        c1 = W_LongArray(w.klass, len(w.storage))
        for i in range(len(w.storage)):
            c1.storage[i] = w.storage[i]
        return c1
    if isinstance(w, W_DoubleArray):
        c2 = W_DoubleArray(w.klass, len(w.storage))
        for i in range(len(w.storage)):
            c2.storage[i] = w.storage[i]
        return c2
    if isinstance(w, W_RefArray):
        c3 = W_RefArray(w.klass, len(w.storage))
        for i in range(len(w.storage)):
            c3.storage[i] = w.storage[i]
        return c3
    assert isinstance(w, W_Instance)
    c4 = w.klass.instantiate()
    assert isinstance(c4, W_Instance)
    for i in range(len(w.fields)):
        c4.fields[i] = w.fields[i]
    return c4


def _class_get_superclass(args):
    cls = _target(args[0])
    if cls.is_interface() or cls.superclass is None:
        return None
    return mirror_of(cls.superclass)


def _class_cast(args):
    w = args[1]
    cls = _target(args[0])
    if w is not None and not w.getclass().is_subclass_of(cls):
        from parley.interop.coordinator import coordinator
        raise coordinator.jvm.throw('java/lang/ClassCastException',
                                    'Cannot cast %s to %s' % (
                                        java_class_name(w.getclass()),
                                        java_class_name(cls)))
    return w


add_native(class_class, 'getSuperclass', '()Ljava/lang/Class;', _class_get_superclass)
add_native(class_class, 'cast', '(Ljava/lang/Object;)Ljava/lang/Object;', _class_cast)
