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
        return W_String(decode_utf8(cls.name))
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
