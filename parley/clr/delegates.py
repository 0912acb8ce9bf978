"""CLR delegates: objects that bind a method (and its target object).

A delegate type is a class mcs or ilasm declares with `runtime`-implemented
members: `.ctor(object, native int)` and `Invoke(...)` (BeginInvoke and
EndInvoke are asynchronous: not supported, threads are out of scope).
`ldftn`/`ldvirtftn` push a method handle (the `native int`); the
constructor stores it with the target.  Invoke calls the method with the
target prepended when the method takes one more argument than Invoke
passes (instance methods, and static methods closed over their first
argument), so a trace through Invoke sees a plain call of a promoted
method, which the JIT inlines like any other call.

Multicast (Delegate.Combine/Remove): the delegate holds its invocation
list; Invoke calls each in order and returns the last result, as the CLR
does.
"""
from rpython.rlib import jit
from parley.interop.model import (W_Instance, W_RefArray, W_TRUE, W_FALSE,
                                  W_Int, W_Long, W_Double)
from parley.interop.native import add_native
from parley.interop.method import ACC_STATIC, ACC_PUBLIC
from parley.interop import arrays
from parley.clr.handles import W_MethodHandle

OP_NONE = 0
OP_CTOR = 1
OP_INVOKE = 2
OP_UNSUPPORTED = 3

DELEGATE = 'Lcli/System/Delegate;'
OBJECT = 'Ljava/lang/Object;'


class W_Delegate(W_Instance):
    _attrs_ = ['w_target', 'method', 'invocation']

    def __init__(self, klass):
        W_Instance.__init__(self, klass)
        self.w_target = None
        self.method = None
        self.invocation = None      # multicast: [W_Delegate] (2 or more)


def new_delegate(klass):
    return W_Delegate(klass)


def runtime_op(name):
    """What a runtime-implemented member of a delegate type does."""
    if name == '.ctor':
        return OP_CTOR
    if name == 'Invoke':
        return OP_INVOKE
    return OP_UNSUPPORTED


def run(m, args):
    """Run the runtime-implemented delegate member m."""
    from parley.interop.coordinator import coordinator
    from parley.clr.loader import ClrMethod
    assert isinstance(m, ClrMethod)
    op = m.delegate_op
    if op == OP_CTOR:
        d = args[0]
        assert isinstance(d, W_Delegate)
        h = args[2]
        if not isinstance(h, W_MethodHandle):
            raise coordinator.clr.throw('System.ArgumentException',
                                        'Method handle expected.')
        d.w_target = args[1]
        d.method = h.method
        return None
    if op == OP_INVOKE:
        d = args[0]
        if d is None:
            raise coordinator.clr.throw('System.NullReferenceException', None)
        if not isinstance(d, W_Delegate):
            return invoke_java_implementation(m, args)
        lst = d.invocation
        if lst is None:
            return call_single(d, args)
        return call_multicast(lst, args)
    raise coordinator.clr.throw('System.NotSupportedException',
                                'Asynchronous delegate calls (%s) are not supported.'
                                % m.name)


def call_multicast(lst, args):
    """Each delegate of an invocation list in order; the last result.
    (The loop is here, not in run, so that the JIT inlines run - a
    function with a loop would be a residual call - and a single-cast
    Invoke is a plain call of a promoted method.)"""
    w_res = None
    for one in lst:
        w_res = call_single(one, args)
    return w_res


@jit.unroll_safe
def call_single(d, args):
    target_m = jit.promote(d.method)
    n = len(args) - 1
    if target_m.nargs == n:
        call_args = [None] * n
        for i in range(n):
            call_args[i] = args[i + 1]
    else:
        call_args = [None] * (n + 1)
        call_args[0] = d.w_target
        for i in range(n):
            call_args[i + 1] = args[i + 1]
    return target_m.invoke(call_args)


def _flatten(d):
    assert isinstance(d, W_Delegate)
    if d.invocation is not None:
        return d.invocation[:]
    return [d]


def _single_equal(a, b):
    return a.method is b.method and a.w_target is b.w_target


def _make(klass, lst):
    if len(lst) == 0:
        return None
    if len(lst) == 1:
        return lst[0]
    d = W_Delegate(klass)
    last = lst[len(lst) - 1]
    d.w_target = last.w_target
    d.method = last.method
    d.invocation = lst
    return d


def combine(w_a, w_b):
    from parley.interop.coordinator import coordinator
    if w_a is None:
        return w_b
    if w_b is None:
        return w_a
    if not isinstance(w_a, W_Delegate) or not isinstance(w_b, W_Delegate):
        raise coordinator.clr.throw('System.ArgumentException',
                                    'Delegates must be of the same type.')
    if w_a.klass is not w_b.klass:
        raise coordinator.clr.throw('System.ArgumentException',
                                    'Delegates must be of the same type.')
    return _make(w_a.klass, _flatten(w_a) + _flatten(w_b))


def remove(w_src, w_val):
    if w_src is None:
        return None
    if w_val is None:
        return w_src
    if not isinstance(w_src, W_Delegate) or not isinstance(w_val, W_Delegate):
        return w_src
    src = _flatten(w_src)
    val = _flatten(w_val)
    n = len(src)
    k = len(val)
    i = n - k
    while i >= 0:
        ok = True
        for j in range(k):
            if not _single_equal(src[i + j], val[j]):
                ok = False
                break
        if ok:
            return _make(w_src.klass, src[:i] + src[i + k:])
        i -= 1
    return w_src


def delegates_equal(w_a, w_b):
    if w_a is w_b:
        return True
    if not isinstance(w_a, W_Delegate) or not isinstance(w_b, W_Delegate):
        return False
    if w_a.klass is not w_b.klass:
        return False
    a = _flatten(w_a)
    b = _flatten(w_b)
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        if not _single_equal(a[i], b[i]):
            return False
    return True


def _combine(args):
    return combine(args[0], args[1])


def _combine_array(args):
    w_arr = args[0]
    w_res = None
    if isinstance(w_arr, W_RefArray):
        for w in w_arr.storage:
            w_res = combine(w_res, w)
    return w_res


def _remove(args):
    return remove(args[0], args[1])


def _equals(args):
    return W_TRUE if delegates_equal(args[0], args[1]) else W_FALSE


def _op_equality(args):
    if args[0] is None or args[1] is None:
        return W_TRUE if args[0] is args[1] else W_FALSE
    return _equals(args)


def _op_inequality(args):
    w = _op_equality(args)
    return W_FALSE if w is W_TRUE else W_TRUE


def _hashcode(args):
    d = args[0]
    assert isinstance(d, W_Delegate)
    h = 0
    m = d.method
    if m is not None:
        for c in m.key:
            h = (h * 31 + ord(c)) & 0x7fffffff
    return W_Int(h)


def _get_target(args):
    d = args[0]
    assert isinstance(d, W_Delegate)
    return d.w_target


def _invocation_list(args):
    from parley.clr import corlib
    d = args[0]
    lst = _flatten(d)
    arr = arrays.new_array(arrays.array_class_of(corlib.delegate_class), len(lst))
    assert isinstance(arr, W_RefArray)
    for i in range(len(lst)):
        arr.storage[i] = lst[i]
    return arr


def install(delegate_class, multicast_delegate_class):
    delegate_class.native_factory = new_delegate
    multicast_delegate_class.native_factory = new_delegate
    static = ACC_PUBLIC | ACC_STATIC
    add_native(delegate_class, 'Combine', '(' + DELEGATE + DELEGATE + ')' + DELEGATE,
               _combine, static)
    add_native(delegate_class, 'Combine', '([' + DELEGATE + ')' + DELEGATE,
               _combine_array, static)
    add_native(delegate_class, 'Remove', '(' + DELEGATE + DELEGATE + ')' + DELEGATE,
               _remove, static)
    add_native(delegate_class, 'op_Equality', '(' + DELEGATE + DELEGATE + ')Z',
               _op_equality, static)
    add_native(delegate_class, 'op_Inequality', '(' + DELEGATE + DELEGATE + ')Z',
               _op_inequality, static)
    add_native(delegate_class, 'Equals', '(' + OBJECT + ')Z', _equals)
    add_native(delegate_class, 'GetHashCode', '()I', _hashcode)
    add_native(delegate_class, 'get_Target', '()' + OBJECT, _get_target)
    add_native(delegate_class, 'GetInvocationList', '()[' + DELEGATE, _invocation_list)
    md = 'Lcli/System/MulticastDelegate;'
    add_native(multicast_delegate_class, 'op_Equality', '(' + md + md + ')Z',
               _op_equality, static)
    add_native(multicast_delegate_class, 'op_Inequality', '(' + md + md + ')Z',
               _op_inequality, static)


# ---- delegates and Java (../shared/INTEROP-CONVENTIONS.md, "Delegates") ----
#
# Java sees a delegate type as an interface with one method, Invoke, whose
# type arguments are erased to Object (boxed).  Two bridges:
#  - C# invoking a delegate-typed value that is a Java object (a lambda or
#    any class implementing that interface): the Java Invoke is found by
#    the erased key and called with the CLR values boxed as Java boxes;
#  - Java invoking Invoke on a C# delegate of an instantiated generic type
#    (Func<int,int>): JavaInvokeBridge answers to the erased key and
#    unboxes the arguments before the delegate runs.

from parley.interop.method import Method


def open_invoke(cls):
    """The Invoke method of a delegate type's generic definition (or of the
    type itself when it is not generic)."""
    base = cls.generic_def if cls.generic_def is not None else cls
    for m in base.methods:
        if m.name == 'Invoke':
            return m
    return None


class InvokeShape(object):
    """The parameter and return descriptors of an Invoke signature, parsed
    once per signature (the bridges below convert values by them)."""
    _immutable_fields_ = ['params[*]', 'ret']

    def __init__(self, params, ret):
        self.params = params
        self.ret = ret


class _ShapeCache(object):
    def __init__(self):
        self.by_signature = {}


_shapes = _ShapeCache()


@jit.elidable
def _cached_shape(signature):
    return _shapes.by_signature.get(signature, None)


def invoke_shape(signature):
    shape = _cached_shape(signature)
    if shape is None:
        from parley.jvm.descriptor import parse_method_descriptor
        params, ret = parse_method_descriptor(signature, 'Invoke')
        shape = InvokeShape(params[:], ret)
        _shapes.by_signature[signature] = shape
    return shape


def to_java(d, w):
    """A CLR value of descriptor d as Java sees it behind an Object."""
    from parley.jvm.lang import boxes
    c = d[0]
    if c == 'I' and isinstance(w, W_Int):
        return boxes.box_int(w.intval)
    if c == 'Z' and isinstance(w, W_Int):
        return boxes.box_bool(w.intval != 0)
    if c == 'C' and isinstance(w, W_Int):
        return boxes.box_char(w.intval)
    if c == 'S' and isinstance(w, W_Int):
        return boxes.box_short(w.intval)
    if c == 'B' and isinstance(w, W_Int):
        return boxes.box_byte(w.intval)
    if c == 'J' and isinstance(w, W_Long):
        return boxes.box_long(w.longval)
    if c == 'D' and isinstance(w, W_Double):
        return boxes.box_double(w.floatval)
    if c == 'F' and isinstance(w, W_Double):
        return boxes.box_float(w.floatval)
    return w


def from_java(d, w):
    """A Java value behind an Object as the CLR value of descriptor d."""
    from parley.interop.model import W_Float, W_Double as D
    c = d[0]
    if c == 'L' or c == '[' or w is None:
        return w
    if isinstance(w, W_Instance) and len(w.fields) > 0:
        w_v = w.fields[0]
        if isinstance(w_v, W_Float):
            return D(w_v.floatval)
        return w_v
    return w


@jit.unroll_safe
def invoke_java_implementation(m, args):
    """C# invokes the delegate Invoke m on a Java object implementing the
    delegate's interface."""
    from parley.interop.coordinator import coordinator
    from parley.clr.ukeys import erased_key
    w_recv = args[0]
    cls = jit.promote(w_recv.getclass())
    # (the erased key: Java implements Invoke(uint) as Invoke(int),
    # parley.clr.ukeys)
    impl = cls.dispatch(erased_key(m.key))
    if impl is not None and not impl.is_abstract() and impl.klass is not m.klass:
        return impl.invoke(args)
    om = open_invoke(m.klass)
    if om is not None:
        impl = cls.dispatch(om.key)
        if impl is not None and not impl.is_abstract():
            shape = invoke_shape(m.signature)
            params = shape.params
            ret = shape.ret
            jargs = [None] * len(args)
            jargs[0] = w_recv
            for i in range(len(params)):
                if i + 1 < len(args):
                    jargs[i + 1] = to_java(params[i], args[i + 1])
            w_res = impl.invoke(jargs)
            if ret == 'V':
                return None
            return from_java(ret, w_res)
    raise coordinator.clr.throw('System.InvalidCastException',
                                'Specified cast is not valid.')


class JavaInvokeBridge(Method):
    """Invoke of an instantiated generic delegate type under its erased key
    (what Java's interface for the delegate type calls)."""
    _immutable_fields_ = ['inst_invoke', 'shape']

    def __init__(self, klass, erased, inst_invoke):
        Method.__init__(self, klass, 'Invoke', erased.signature, erased.flags,
                        erased.nargs, erased.returns_value)
        self.inst_invoke = inst_invoke
        self.shape = invoke_shape(inst_invoke.signature)

    @jit.unroll_safe
    def invoke(self, args):
        m = self.inst_invoke
        params = self.shape.params
        ret = self.shape.ret
        cargs = [None] * len(args)
        cargs[0] = args[0]
        for i in range(len(params)):
            if i + 1 < len(args):
                cargs[i + 1] = from_java(params[i], args[i + 1])
        w_res = run(m, cargs)
        if ret == 'V':
            return None
        return to_java(ret, w_res)


def add_java_bridge(cls):
    """Called when an instantiation of a generic delegate type is defined."""
    om = open_invoke(cls)
    if om is None:
        return
    for m in cls.methods:
        if m.name == 'Invoke' and m.key != om.key and \
                om.key not in cls.methods_by_key:
            cls.methods_by_key[om.key] = JavaInvokeBridge(cls, om, m)


# ---- C# lambdas where Java expects a functional interface --------------------
#
# `stubs --csharp` declares, beside each Java functional interface Name, a
# delegate type NameDelegate whose Invoke has the signature of Name's
# single abstract method, and gives every Java method and constructor that
# takes a Name an overload taking a NameDelegate.  At run time the CLR side
# maps NameDelegate back to Name in member keys (so the overload is the
# Java method itself), and NameDelegate implements Name: the delegate
# object crosses as it is (no wrapper, identity kept), and Java's call of
# the abstract method runs Invoke.

class FunctionalBridge(Method):
    """The abstract method of a Java functional interface, implemented by
    a stub delegate type: runs the delegate with the same arguments (the
    two signatures are the same descriptor)."""
    _immutable_fields_ = ['invoke_method']

    def __init__(self, klass, sam, invoke_method):
        Method.__init__(self, klass, sam.name, sam.signature, ACC_PUBLIC,
                        sam.nargs, sam.returns_value)
        self.invoke_method = invoke_method

    def invoke(self, args):
        return run(self.invoke_method, args)


def implement_functional_interface(cls, itf_name):
    """Called while the stub delegate type cls (NameDelegate) is defined,
    before it is linked: cls implements the Java interface itf_name."""
    from parley.interop.coordinator import coordinator
    itf = coordinator.jvm.load_class(itf_name)
    from parley.interop.klass import functional_method
    sam = functional_method(itf)
    invoke = None
    for m in cls.methods:
        if m.name == 'Invoke':
            invoke = m
    if sam is None or invoke is None or sam.signature != invoke.signature:
        raise coordinator.clr.throw(
            'System.TypeLoadException',
            "Could not load type '%s': %s is not a functional interface "
            "of the same signature (stale stub assembly?)." % (cls.name, itf.name))
    cls.interfaces.append(itf)
    cls.add_method(FunctionalBridge(cls, sam, invoke))
