"""invokedynamic with LambdaMetafactory.metafactory / altMetafactory:
lambdas and method references as javac 17 emits them.

Each call site gets a synthetic class (Caller$$Lambda$N) implementing the
functional interface (plus altMetafactory's marker interfaces); its fields
hold the captured values, and its one method (under the SAM's descriptor
and every bridge descriptor) calls the implementation method, converting
arguments and result as LambdaMetafactory specifies (boxing, unboxing,
primitive widening).  The site's invocation allocates one instance with the
captured values; in a JIT trace it is virtual when it does not escape.
"""
from rpython.rlib import jit
from parley.interop.klass import W_Class, FieldInfo, ACC_PUBLIC, ACC_FINAL
from parley.interop.method import Method, ACC_STATIC, ACC_PRIVATE
from parley.interop.model import (W_Int, W_Long, W_Double, W_Float,
                                  W_Instance)
from parley.interop.core import object_class
from parley.jvm import classfile as cfm
from parley.jvm.descriptor import parse_method_descriptor
from parley.jvm.callsite import CallSite

REF_getField = 1
REF_invokeVirtual = 5
REF_invokeStatic = 6
REF_invokeSpecial = 7
REF_newInvokeSpecial = 8
REF_invokeInterface = 9

FLAG_MARKERS = 2
FLAG_BRIDGES = 4

ACC_SYNTHETIC = 0x1000


class LambdaMethod(Method):
    """The functional interface's method on a lambda class."""
    _immutable_fields_ = ['impl', 'kind', 'ncaptured', 'from_types[*]',
                          'to_types[*]', 'impl_ret', 'sam_ret', 'vm']

    def __init__(self, klass, name, desc, vm, impl, kind, ncaptured,
                 from_types, to_types, impl_ret, sam_ret):
        arg_types, ret = parse_method_descriptor(desc, name)
        Method.__init__(self, klass, name, desc, ACC_PUBLIC | ACC_FINAL,
                        len(arg_types) + 1, ret != 'V')
        self.vm = vm
        self.impl = impl
        self.kind = kind
        self.ncaptured = ncaptured
        self.from_types = from_types    # per impl argument: the caller's type
        self.to_types = to_types        # per impl argument: the impl's type
        self.impl_ret = impl_ret
        self.sam_ret = sam_ret

    @jit.unroll_safe
    def invoke(self, args):
        w_self = args[0]
        assert isinstance(w_self, W_Instance)
        n = len(self.to_types)
        impl_args = [None] * n
        for i in range(n):
            if i < self.ncaptured:
                w = w_self.fields[i]
            else:
                w = args[1 + i - self.ncaptured]
            impl_args[i] = convert(self.vm, w, self.from_types[i], self.to_types[i])
        impl = self.impl
        kind = self.kind
        if kind == REF_newInvokeSpecial:
            w_obj = impl.klass.instantiate()
            ctor_args = [None] * (n + 1)
            ctor_args[0] = w_obj
            for i in range(n):
                ctor_args[i + 1] = impl_args[i]
            impl.invoke(ctor_args)
            w_res = w_obj
        elif (kind == REF_invokeVirtual or kind == REF_invokeInterface) and \
                not impl.is_private():
            w_recv = impl_args[0]
            if w_recv is None:
                raise self.vm.throw('java/lang/NullPointerException', None)
            cls = jit.promote(w_recv.getclass())
            target = cls.dispatch(impl.key)
            if target is None:
                target = impl
            w_res = target.invoke(impl_args)
        else:
            if kind != REF_invokeStatic and impl_args[0] is None:
                raise self.vm.throw('java/lang/NullPointerException', None)
            w_res = impl.invoke(impl_args)
        if self.sam_ret == 'V':
            return None
        return convert(self.vm, w_res, self.impl_ret, self.sam_ret)


class LambdaSite(CallSite):
    _immutable_fields_ = ['nargs', 'klass']

    def __init__(self, klass, nargs):
        self.klass = klass
        self.nargs = nargs

    @jit.unroll_safe
    def call(self, args):
        w = W_Instance(self.klass)
        for i in range(self.nargs):
            w.fields[i] = args[i]
        return w


# ---- conversions (JLS 5 as LambdaMetafactory applies them) --------------------

BOXES = {'I': ('java/lang/Integer', 'intValue'), 'J': ('java/lang/Long', 'longValue'),
         'D': ('java/lang/Double', 'doubleValue'), 'F': ('java/lang/Float', 'floatValue'),
         'Z': ('java/lang/Boolean', 'booleanValue'), 'C': ('java/lang/Character', 'charValue'),
         'S': ('java/lang/Short', 'shortValue'), 'B': ('java/lang/Byte', 'byteValue')}
UNBOX_BY_CLASS = {'java.lang.Integer': 'I', 'java.lang.Long': 'J',
                  'java.lang.Double': 'D', 'java.lang.Float': 'F',
                  'java.lang.Boolean': 'Z', 'java.lang.Character': 'C',
                  'java.lang.Short': 'S', 'java.lang.Byte': 'B'}


def is_primitive(t):
    return len(t) == 1 and t != 'V'


def convert(vm, w, from_t, to_t):
    if from_t == to_t:
        return w
    if is_primitive(to_t):
        if not is_primitive(from_t):
            if w is None:
                raise vm.throw('java/lang/NullPointerException', None)
            kind = UNBOX_BY_CLASS.get(w.getclass().name, '\0')
            if kind == '\0':
                raise vm.throw('java/lang/ClassCastException',
                               'class %s cannot be cast to a primitive value'
                               % w.getclass().name)
            w = unbox(vm, w, kind)
            from_t = kind
        return widen(w, from_t, to_t)
    if is_primitive(from_t):
        return box(vm, w, from_t)
    return w


def widen(w, from_t, to_t):
    if from_t == to_t:
        return w
    if to_t == 'J':
        if isinstance(w, W_Int):
            return W_Long(w.intval)
        return w
    if to_t == 'D' or to_t == 'F':
        if isinstance(w, W_Int):
            return W_Double(float(w.intval)) if to_t == 'D' else W_Float(float(w.intval))
        if isinstance(w, W_Long):
            return W_Double(float(w.longval)) if to_t == 'D' else W_Float(float(w.longval))
        if isinstance(w, W_Float) and to_t == 'D':
            return W_Double(w.floatval)
    return w


def box(vm, w, kind):
    cls_name, _ = BOXES[kind]
    m = vm.load_class(cls_name).lookup_method('valueOf(' + kind + ')L' + cls_name + ';')
    if m is None:
        raise vm.throw('java/lang/NoSuchMethodError', cls_name + '.valueOf')
    return m.invoke([w])


def unbox(vm, w, kind):
    cls_name, getter = BOXES[kind]
    m = w.getclass().lookup_method(getter + '()' + kind)
    if m is None:
        raise vm.throw('java/lang/NoSuchMethodError', cls_name + '.' + getter)
    return m.invoke([w])


# ---- building a call site ---------------------------------------------------------

def make_lambda_site(vm, cp, bsm, name, arg_types, ret, is_alt):
    cf = cp.cf
    if len(bsm.args) < 3:
        raise vm.throw('java/lang/BootstrapMethodError', 'bad LambdaMetafactory arguments')
    sam_desc = method_type(cf, bsm.args[0])
    mh = cf.entry(bsm.args[1], cfm.CONSTANT_MethodHandle)
    kind = mh.a
    inst_desc = method_type(cf, bsm.args[2])
    impl = cp.method_at(mh.b)
    iface_name = 'java/lang/Object'
    end = len(ret) - 1
    if end > 1 and ret[0] == 'L':
        iface_name = ret[1:end]
    iface = vm.load_class(iface_name)
    interfaces = [iface]
    bridges = []
    if is_alt and len(bsm.args) >= 4:
        flags = cf.entry(bsm.args[3], cfm.CONSTANT_Integer).i
        i = 4
        if flags & FLAG_MARKERS and i < len(bsm.args):
            count = cf.entry(bsm.args[i], cfm.CONSTANT_Integer).i
            i += 1
            for k in range(count):
                if i < len(bsm.args):
                    interfaces.append(cp.class_at(bsm.args[i]))
                i += 1
        if flags & FLAG_BRIDGES and i < len(bsm.args):
            count = cf.entry(bsm.args[i], cfm.CONSTANT_Integer).i
            i += 1
            for k in range(count):
                if i < len(bsm.args):
                    bridges.append(method_type(cf, bsm.args[i]))
                i += 1
    vm.lambda_count += 1
    caller = cf.this_name.replace('/', '.')
    cls = W_Class(vm, '%s$$Lambda$%d' % (caller, vm.lambda_count),
                  ACC_PUBLIC | ACC_FINAL | ACC_SYNTHETIC, object_class, interfaces)
    for i in range(len(arg_types)):
        cls.add_field(FieldInfo(cls, 'arg$%d' % (i + 1), arg_types[i], False, ACC_PRIVATE | ACC_FINAL))
    # impl's argument types, receiver first for instance methods
    impl_args, impl_ret = parse_method_descriptor(impl.signature, impl.name)
    to_types = []
    if kind != REF_invokeStatic and kind != REF_newInvokeSpecial:
        to_types.append('L' + impl.klass.name.replace('.', '/') + ';')
    to_types.extend(impl_args)
    if kind == REF_newInvokeSpecial:
        impl_ret = 'L' + impl.klass.name.replace('.', '/') + ';'
    inst_args, inst_ret = parse_method_descriptor(inst_desc, name)
    from_types = list(arg_types) + list(inst_args)
    if len(from_types) != len(to_types):
        raise vm.throw('java/lang/BootstrapMethodError',
                       'Incorrect number of parameters for %s' % impl.name)
    for desc in [sam_desc] + bridges:
        sam_args, sam_ret = parse_method_descriptor(desc, name)
        if cls.methods_by_key.get(name + desc, None) is not None:
            continue
        # calls arrive with the SAM's (erased) types: convert from those
        site_from = list(arg_types) + list(sam_args)
        fixed_from = [''] * len(site_from)
        for k in range(len(site_from)):
            fixed_from[k] = site_from[k]
        fixed_to = [''] * len(to_types)
        for k in range(len(to_types)):
            fixed_to[k] = to_types[k]
        cls.add_method(LambdaMethod(cls, name, desc, vm, impl, kind,
                                    len(arg_types), fixed_from, fixed_to,
                                    impl_ret, sam_ret))
    cls.link()
    from parley.interop.klass import INITIALIZED
    cls.init_state = INITIALIZED
    return LambdaSite(cls, len(arg_types))


def method_type(cf, index):
    e = cf.entry(index, cfm.CONSTANT_MethodType)
    return cf.utf8(e.a)
