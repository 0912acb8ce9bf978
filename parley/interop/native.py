"""Building classes implemented in RPython (the core libraries of both VMs
are declared with this, so the two corlibs share one mechanism)."""
from parley.interop.klass import W_Class, FieldInfo
from parley.interop.method import NativeMethod, ACC_STATIC, ACC_PUBLIC, ACC_ABSTRACT


def descriptor_nargs(desc):
    """Number of parameters of a Parley (JVM-syntax) method descriptor, and
    whether it returns a value."""
    i = 1
    n = 0
    while i < len(desc) and desc[i] != ')':
        c = desc[i]
        while c == '[':
            i += 1
            c = desc[i]
        if c == 'L':
            while desc[i] != ';':
                i += 1
        i += 1
        n += 1
    return n, desc[len(desc) - 1] != 'V'


def native_class(vm, name, superclass, flags=ACC_PUBLIC, interfaces=None):
    if interfaces is None:
        interfaces = []
    return W_Class(vm, name, flags, superclass, interfaces)


def add_native(klass, name, desc, func, flags=ACC_PUBLIC):
    nparams, returns = descriptor_nargs(desc)
    nargs = nparams
    if flags & ACC_STATIC == 0:
        nargs += 1
    m = NativeMethod(klass, name, desc, flags, nargs, returns, func)
    klass.add_method(m)
    return m


def add_field(klass, name, desc, is_static, flags=ACC_PUBLIC):
    f = FieldInfo(klass, name, desc, is_static, flags)
    klass.add_field(f)
    return f


def _abstract_called(args):
    from parley.interop.coordinator import coordinator
    raise coordinator.jvm.throw('java/lang/AbstractMethodError',
                                args[0].getclass().name)


def add_abstract(klass, name, desc, flags=ACC_PUBLIC):
    """An abstract method of a natively declared interface or class."""
    return add_native(klass, name, desc, _abstract_called, flags | ACC_ABSTRACT)
