"""The JVM instance: its class path, its class namespace, class loading and
initialisation in the JVM specification's order, HotSpot-style reports."""
import os
from parley.interop.console import decode_utf8
from parley.interop import paths
from parley.interop.files import read_file
from rpython.rlib import jit
from rpython.rlib.rzipfile import RZipFile, BadZipfile
from parley.interop.vm import VmInstance
from parley.interop.klass import (W_Class, INITIALIZED, INITIALIZING,
                                  UNINITIALIZED, ERRONEOUS, ACC_PUBLIC, ACC_FINAL)
from parley.interop.errors import GuestException
from parley.interop.model import (W_String, W_IntArray, W_LongArray,
    W_DoubleArray, W_RefArray, W_Throwable, shared)
from parley.interop.core import call_tostring
from parley.interop.console import encode_utf8
from parley.jvm.lang import stacktrace
from parley.jvm.classfile import parse_class, ClassFormatError
from parley.jvm import loader
from parley.interop import arrays
from parley.jvm import corelib
from parley.jvm.indy import make_site
from parley.jvm.verify import verify_code
from parley.jvm.bootlib import BOOT_CLASSES

# newarray's atype operand -> element descriptor
ATYPES = {4: 'Z', 5: 'C', 6: 'F', 7: 'D', 8: 'B', 9: 'S', 10: 'I', 11: 'J'}


class JvmInstance(VmInstance):
    tag = 'jvm'

    def __init__(self, coordinator):
        VmInstance.__init__(self, coordinator)
        self.classpath = ['.']
        self.classes = {}
        self.interned = {}
        self.jars = {}
        self.lambda_count = 0
        self.init_errors = {}           # class name -> its initialisation error
        for cls in corelib.boot_classes:
            if cls.vm is corelib.placeholder_vm:
                cls.vm = self
            self.classes[cls.name.replace('.', '/')] = cls

    # ---- class loading ---------------------------------------------------
    def load_class(self, name):
        cls = self.classes.get(name, None)
        if cls is not None:
            return cls
        if name.startswith('['):
            cls = self.array_class(name)
        elif name.startswith('cli/'):
            from parley.interop.naming import clr_of_java_internal
            cls = self.coordinator.clr_class(clr_of_java_internal(name[4:]))
            if cls is None:
                raise self.throw('java/lang/NoClassDefFoundError', name)
        else:
            data = BOOT_CLASSES.get(name, None)
            if data is None:
                data = self.find_class_bytes(name)
            if data is None:
                raise self.class_not_found(name)
            cls = self.define(name, data)
        self.classes[name] = cls
        return cls

    def class_not_found(self, name):
        """HotSpot's error for a class no class path entry has: a
        NoClassDefFoundError caused by a ClassNotFoundException."""
        e = self.throw('java/lang/NoClassDefFoundError', name)
        cnfe = self.throw('java/lang/ClassNotFoundException', name.replace('/', '.'))
        w = e.w_exc
        assert isinstance(w, W_Throwable)
        w_cause = cnfe.w_exc
        assert isinstance(w_cause, W_Throwable)
        w.cause = w_cause
        return e

    def find_class(self, name):
        try:
            return self.load_class(name.replace('.', '/'))
        except GuestException:
            return None

    def define(self, name, data):
        try:
            cf = parse_class(data, name)
            if cf.this_name != name:
                raise self.throw('java/lang/NoClassDefFoundError',
                                 '%s (wrong name: %s)' % (name, cf.this_name))
            cls = loader.define_class(self, cf)
        except ClassFormatError as e:
            raise self.throw(e.kind, e.msg)
        for m in cls.methods:
            if isinstance(m, loader.JvmMethod) and m.code:
                reason = verify_code(m.code, m.max_locals, m.handlers, cf)
                if reason:
                    raise self.throw('java/lang/VerifyError',
                                     '(class: %s, method: %s signature: %s) %s'
                                     % (name, m.name, m.signature, reason))
        cls.link()
        cp = None
        for m in cls.methods:
            if isinstance(m, loader.JvmMethod):
                cp = m.cp
        for f in cls.fields:
            if f.is_static and f.constant_index != 0 and cp is not None:
                try:
                    cls.static_values[f.index] = cp.constant_at(f.constant_index)
                except GuestException:
                    pass
        return cls

    def find_class_bytes(self, name):
        if '\x00' in name:
            return None         # no file has that name (a corrupt class file's)
        filename = name + '.class'
        for entry in self.classpath:
            if entry.endswith('.jar'):
                data = self.read_from_jar(entry, filename)
                if data is not None:
                    return data
                continue
            path = paths.join(entry, filename)
            try:
                return read_file(path)
            except OSError:
                continue
        return None

    def read_from_jar(self, jar, filename):
        z = self.jars.get(jar, None)
        if z is None:
            try:
                z = RZipFile(jar, 'r')
            except (OSError, BadZipfile):
                return None
            self.jars[jar] = z
        try:
            return z.read(filename)
        except (KeyError, BadZipfile, OSError):
            return None

    def array_class(self, name):
        elem = name[1:]
        if elem.startswith('L') and elem.endswith(';'):
            end = len(elem) - 1
            assert end > 1
            return arrays.array_class_of(self.load_class(elem[1:end]))
        if elem.startswith('['):
            return arrays.array_class_of(self.load_class(elem))
        if len(elem) == 1 and elem in arrays.PRIMITIVE_KINDS:
            return arrays.primitive_array_class(elem)
        raise self.throw('java/lang/NoClassDefFoundError', name)

    # ---- initialisation (JVMS 5.5) -----------------------------------------
    def initialize(self, klass):
        if klass.init_state != UNINITIALIZED:
            if klass.init_state == ERRONEOUS:
                e = self.throw('java/lang/NoClassDefFoundError',
                               'Could not initialize class ' + klass.name)
                # JDK 17: the cause records the exception that made the
                # class erroneous, with that exception's stack trace
                w_cause = self.init_errors.get(klass.name, None)
                if w_cause is not None:
                    w = e.w_exc
                    assert isinstance(w, W_Throwable)
                    w.cause = w_cause
                raise e
            return
        klass.init_state = INITIALIZING
        try:
            # step 7: the superclass, then the superinterfaces that declare
            # default methods (an interface's own initialisation does not
            # initialise its superinterfaces)
            if not klass.is_interface():
                sup = klass.superclass
                if sup is not None and (sup.init_state == UNINITIALIZED or
                                        sup.init_state == ERRONEOUS):
                    sup.vm.initialize(sup)
                self.initialize_superinterfaces(klass)
            clinit = klass.methods_by_key.get('<clinit>()V', None)
            if clinit is not None:
                clinit.invoke([])
        except GuestException as e:
            # steps 10-11: an Error propagates, anything else is wrapped;
            # the class is erroneous from now on
            klass.init_state = ERRONEOUS
            w = e.w_exc
            assert isinstance(w, W_Throwable)
            self.record_init_error(klass, w)
            if w.getclass().is_subclass_of(self.load_class('java/lang/Error')):
                raise
            eiie = self.throw('java/lang/ExceptionInInitializerError', None)
            w_eiie = eiie.w_exc
            assert isinstance(w_eiie, W_Throwable)
            w_eiie.cause = w
            raise eiie
        klass.init_state = INITIALIZED

    def initialize_superinterfaces(self, klass):
        """HotSpot's initialize_super_interfaces: depth first, in the order
        of the interfaces arrays, those declaring default methods."""
        for itf in klass.interfaces:
            if itf.vm is not self:
                continue
            if has_default_methods(itf):
                self.initialize_superinterfaces(itf)
            if itf.init_state != INITIALIZED and declares_default_methods(itf):
                self.initialize(itf)

    def record_init_error(self, klass, w):
        """The cause of later NoClassDefFoundErrors for klass: an
        ExceptionInInitializerError naming w, with w's stack trace."""
        try:
            msg = 'Exception ' + w.getclass().name
            if w.message is not None:
                msg += ': ' + encode_utf8(w.message.value)
            msg += ' [in thread "main"]'
            e = self.throw('java/lang/ExceptionInInitializerError', msg)
            w_err = e.w_exc
            assert isinstance(w_err, W_Throwable)
            stacktrace.copy_stack_trace(w, w_err)
            self.init_errors[klass.name] = w_err
        except GuestException:
            pass

    # ---- objects -----------------------------------------------------------
    def intern(self, u):
        w = self.interned.get(u, None)
        if w is None:
            w = W_String(u)
            self.interned[u] = w
        return w

    def new_primitive_array(self, atype, n):
        if n < 0:
            raise self.throw('java/lang/NegativeArraySizeException', str(n))
        kind = ATYPES.get(atype, 'I')
        return arrays.new_array(arrays.primitive_array_class(kind), n)

    def new_ref_array(self, elem_class, n):
        if n < 0:
            raise self.throw('java/lang/NegativeArraySizeException', str(n))
        return W_RefArray(arrays.array_class_of(elem_class), n)

    def new_multi_array(self, klass, counts, depth):
        n = counts[depth]
        if n < 0:
            raise self.throw('java/lang/NegativeArraySizeException', str(n))
        arr = arrays.new_array(klass, n)
        if depth < len(counts) - 1:
            comp = klass.component
            assert isinstance(arr, W_RefArray) and comp is not None
            for i in range(n):
                arr.storage[i] = self.new_multi_array(comp, counts, depth + 1)
        return arr

    def indy_site(self, cp, index):
        site = cp.cached_site(index)
        if site is None:
            site = make_site(self, cp, index)
            cp.indy_sites[index] = site
        return site

    # ---- exceptions and reports ------------------------------------------
    def throw(self, class_name, message):
        cls = self.load_class(class_name)
        w = cls.instantiate()
        assert isinstance(w, W_Throwable)
        # filled at the instruction that throws, as HotSpot does
        stacktrace.capture_stack(w)
        if message is not None:
            w.message = W_String(decode_utf8(message))
        return GuestException(w)

    def format_frame(self, method, pc):
        return stacktrace.frame_text(method, pc)

    def format_uncaught_report(self, w_exc, trace):
        return 'Exception in thread "main" ' + stacktrace.stack_trace_text(w_exc)


def declares_default_methods(itf):
    for m in itf.methods:
        if not m.is_static() and not m.is_abstract():
            return True
    return False


def has_default_methods(itf):
    """Does itf or one of its superinterfaces declare a default method?"""
    if declares_default_methods(itf):
        return True
    for sup in itf.interfaces:
        if has_default_methods(sup):
            return True
    return False


def describe(w):
    return encode_utf8(call_tostring(w))
