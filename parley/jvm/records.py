"""invokedynamic with ObjectMethods.bootstrap: the toString, hashCode and
equals that javac generates for records, with JDK 17's formats and
hash combination."""
from rpython.rlib import jit
from rpython.rlib.longlong2float import float2longlong, singlefloat2uint
from rpython.rlib.rarithmetic import intmask, r_singlefloat
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float, W_String,
                                  W_Instance, W_TRUE, W_FALSE, wrap32)
from parley.interop.core import call_tostring, call_virtual, HASHCODE, EQUALS
from parley.interop.format import double_to_java_string, float_to_java_string
from parley.jvm import classfile as cfm
from parley.jvm.callsite import CallSite
from parley.jvm.loader import decode_modified_utf8


class RecordSite(CallSite):
    _immutable_fields_ = ['what', 'names[*]', 'fields[*]', 'simple_name', 'vm']

    def __init__(self, vm, what, nargs, simple_name, names, fields):
        self.vm = vm
        self.what = what
        self.nargs = nargs
        self.simple_name = simple_name
        self.names = names
        self.fields = fields

    @jit.unroll_safe
    def call(self, args):
        w_self = args[0]
        if w_self is None:
            raise self.vm.throw('java/lang/NullPointerException', None)
        assert isinstance(w_self, W_Instance)
        if self.what == 'toString':
            parts = [self.simple_name, u'[']
            for i in range(len(self.fields)):
                if i > 0:
                    parts.append(u', ')
                f = self.fields[i]
                parts.append(self.names[i])
                parts.append(u'=')
                parts.append(field_text(f.descriptor, w_self.fields[f.index]))
            parts.append(u']')
            return W_String(u''.join(parts))
        if self.what == 'hashCode':
            h = 0
            for f in self.fields:
                h = wrap32(h * 31 + field_hash(f.descriptor, w_self.fields[f.index]))
            return W_Int(h)
        w_other = args[1]
        if w_other is None or w_other.getclass() is not w_self.getclass():
            return W_FALSE
        assert isinstance(w_other, W_Instance)
        for f in self.fields:
            if not field_equal(f.descriptor, w_self.fields[f.index],
                               w_other.fields[f.index]):
                return W_FALSE
        return W_TRUE


def field_text(desc, w):
    c = desc[0]
    if c == 'Z':
        assert isinstance(w, W_Int)
        return u'true' if w.intval else u'false'
    if c == 'C':
        assert isinstance(w, W_Int)
        return unichr(w.intval)
    if c == 'I' or c == 'S' or c == 'B':
        assert isinstance(w, W_Int)
        return unicode(str(w.intval))
    if c == 'J':
        assert isinstance(w, W_Long)
        return unicode(str(w.longval))
    if c == 'D':
        assert isinstance(w, W_Double)
        return double_to_java_string(w.floatval)
    if c == 'F':
        assert isinstance(w, W_Float)
        return float_to_java_string(w.floatval)
    if w is None:
        return u'null'
    return call_tostring(w)


def field_hash(desc, w):
    c = desc[0]
    if c == 'Z':
        assert isinstance(w, W_Int)
        return 1231 if w.intval else 1237
    if c == 'I' or c == 'S' or c == 'B' or c == 'C':
        assert isinstance(w, W_Int)
        return w.intval
    if c == 'J':
        assert isinstance(w, W_Long)
        v = w.longval
        return wrap32(v ^ ((v >> 32) & 0xffffffff))
    if c == 'D':
        assert isinstance(w, W_Double)
        bits = float2longlong(w.floatval) if w.floatval == w.floatval else 0x7ff8000000000000
        return wrap32(bits ^ ((bits >> 32) & 0xffffffff))
    if c == 'F':
        assert isinstance(w, W_Float)
        if w.floatval != w.floatval:
            return 0x7fc00000
        return wrap32(intmask(singlefloat2uint(r_singlefloat(w.floatval))))
    if w is None:
        return 0
    w_h = call_virtual(w, HASHCODE, [w])
    assert isinstance(w_h, W_Int)
    return w_h.intval


def float_of(w):
    if isinstance(w, W_Double):
        return w.floatval
    assert isinstance(w, W_Float)
    return w.floatval


def field_equal(desc, a, b):
    c = desc[0]
    if c == 'J':
        assert isinstance(a, W_Long) and isinstance(b, W_Long)
        return a.longval == b.longval
    if c == 'D' or c == 'F':
        x = float_of(a)
        y = float_of(b)
        if x != x and y != y:
            return True     # Double.compare: NaN equals NaN
        if x == 0.0 and y == 0.0:
            return float2longlong(x) == float2longlong(y)   # 0.0 != -0.0
        return x == y
    if len(desc) == 1:
        assert isinstance(a, W_Int) and isinstance(b, W_Int)
        return a.intval == b.intval
    if a is b:
        return True
    if a is None or b is None:
        return False
    w_r = call_virtual(a, EQUALS, [a, b])
    assert isinstance(w_r, W_Int)
    return w_r.intval != 0


def make_record_site(vm, cp, bsm, name, arg_types):
    cf = cp.cf
    if len(bsm.args) < 2:
        raise vm.throw('java/lang/BootstrapMethodError', 'bad ObjectMethods arguments')
    record_cls = cp.class_at(bsm.args[0])
    names_e = cf.entry(bsm.args[1], cfm.CONSTANT_String)
    names_text = decode_modified_utf8(cf.utf8(names_e.a))
    names = names_text.split(u';') if names_text else []
    fields = []
    for i in range(2, len(bsm.args)):
        mh = cf.entry(bsm.args[i], cfm.CONSTANT_MethodHandle)
        fields.append(cp.field_at(mh.b))
    if len(names) != len(fields):
        raise vm.throw('java/lang/BootstrapMethodError', 'record names do not match getters')
    fixed_names = [u''] * len(names)
    for i in range(len(names)):
        fixed_names[i] = names[i]
    fixed_fields = [None] * len(fields)
    for i in range(len(fields)):
        fixed_fields[i] = fields[i]
    simple = record_cls.name
    k = max(simple.rfind('.'), simple.rfind('$'))
    if k >= 0:
        simple = simple[k + 1:]
    if name != 'toString' and name != 'hashCode' and name != 'equals':
        raise vm.throw('java/lang/BootstrapMethodError', 'unknown record method ' + name)
    from parley.interop.console import decode_utf8
    return RecordSite(vm, name, len(arg_types), decode_utf8(simple), fixed_names,
                      fixed_fields)
