"""One heap, one collector: weak references and explicit collection for
both VMs.

Objects of both VMs are RPython instances in the one heap RPython's GC
manages, so a cycle running through Java and C# objects is garbage like
any other, and a weak reference made on either side works on objects of
either VM.  `java.lang.ref.WeakReference` and `System.WeakReference` hold
an RPython weak reference; `System.gc()`, `Runtime.gc()` and
`GC.Collect()` run a full collection (rgc.collect) of that one heap.
"""
import weakref
from rpython.rlib import rgc, jit
from parley.interop.model import W_Instance, W_Root, W_Long, W_Int, W_TRUE, W_FALSE
from parley.interop.native import add_native, add_field
from parley.interop.method import ACC_PUBLIC, ACC_STATIC

STATIC = ACC_PUBLIC | ACC_STATIC
OBJECT = 'Ljava/lang/Object;'


class W_WeakRef(W_Instance):
    """A weak reference object (either VM's class)."""
    _attrs_ = ['wref']

    def __init__(self, klass):
        W_Instance.__init__(self, klass)
        self.wref = None

    @jit.dont_look_inside
    def set(self, w):
        if w is None:
            self.wref = None
        else:
            self.wref = weakref.ref(w)

    @jit.dont_look_inside
    def get(self):
        r = self.wref
        if r is None:
            return None
        return r()


def new_weakref(klass):
    return W_WeakRef(klass)


def _ref(args):
    w = args[0]
    assert isinstance(w, W_WeakRef)
    return w


def _init(args):
    _ref(args).set(args[1])
    return None


def _get(args):
    return _ref(args).get()


def _clear(args):
    _ref(args).set(None)
    return None


def _is_alive(args):
    return W_TRUE if _ref(args).get() is not None else W_FALSE


@jit.dont_look_inside
def _collect(args):
    rgc.collect()
    return None


@jit.dont_look_inside
def _collect1(args):
    rgc.collect()
    return None


def _runtime_get(args):
    from parley.interop.coordinator import coordinator
    cls = coordinator.jvm.find_class('java.lang.Runtime')
    assert cls is not None
    if cls.needs_init():
        cls.vm.initialize(cls)
    f = cls.lookup_field('currentRuntime')
    assert f is not None
    return cls.static_values[f.index]


def _runtime_clinit(args):
    from parley.interop.coordinator import coordinator
    cls = coordinator.jvm.find_class('java.lang.Runtime')
    assert cls is not None
    f = cls.lookup_field('currentRuntime')
    assert f is not None
    cls.static_values[f.index] = W_Instance(cls)
    return None


# The figures a Java program asks about its heap: RPython's GC does not
# report a JVM-style heap, so these are fixed, plausible numbers.
HEAP_TOTAL = 256 * 1024 * 1024
HEAP_MAX = 4096 * 1024 * 1024


def _total(args):
    return W_Long(HEAP_TOTAL)


def _free(args):
    return W_Long(HEAP_TOTAL // 2)


def _max(args):
    return W_Long(HEAP_MAX)


def _processors(args):
    return W_Int(1)


def install_java(make_class, object_class, system_class):
    reference = make_class('java.lang.ref.Reference', object_class)
    reference.native_factory = new_weakref
    add_native(reference, 'get', '()' + OBJECT, _get)
    add_native(reference, 'clear', '()V', _clear)
    weak = make_class('java.lang.ref.WeakReference', reference)
    add_native(weak, '<init>', '(' + OBJECT + ')V', _init)
    soft = make_class('java.lang.ref.SoftReference', reference)
    add_native(soft, '<init>', '(' + OBJECT + ')V', _init)
    add_native(system_class, 'gc', '()V', _collect, STATIC)
    runtime = make_class('java.lang.Runtime', object_class)
    add_field(runtime, 'currentRuntime', 'Ljava/lang/Runtime;', True, 0x1a)
    add_native(runtime, '<clinit>', '()V', _runtime_clinit, STATIC)
    add_native(runtime, 'getRuntime', '()Ljava/lang/Runtime;', _runtime_get, STATIC)
    add_native(runtime, 'gc', '()V', _collect)
    add_native(runtime, 'totalMemory', '()J', _total)
    add_native(runtime, 'freeMemory', '()J', _free)
    add_native(runtime, 'maxMemory', '()J', _max)
    add_native(runtime, 'availableProcessors', '()I', _processors)


def install_csharp(make_class, object_class, gc_class):
    weak = make_class('System.WeakReference', object_class)
    weak.native_factory = new_weakref
    add_native(weak, '<init>', '(' + OBJECT + ')V', _init)
    add_native(weak, '<init>', '(' + OBJECT + 'Z)V', _init)
    add_native(weak, 'get_Target', '()' + OBJECT, _get)
    add_native(weak, 'set_Target', '(' + OBJECT + ')V', _set_target)
    add_native(weak, 'get_IsAlive', '()Z', _is_alive)
    if gc_class is not None:
        add_native(gc_class, 'Collect', '()V', _collect, STATIC)
        add_native(gc_class, 'Collect', '(I)V', _collect1, STATIC)


def _set_target(args):
    _ref(args).set(args[1])
    return None
