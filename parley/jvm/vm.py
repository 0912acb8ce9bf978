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
from parley.interop.report import format_java_throwable
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
            cls = self.coordinator.clr_class(name[4:].replace('/', '.').replace('$', '/'))
            if cls is None:
                raise self.throw('java/lang/NoClassDefFoundError', name)
        else:
            data = BOOT_CLASSES.get(name, None)
            if data is None:
                data = self.find_class_bytes(name)
            if data is None:
                raise self.throw('java/lang/NoClassDefFoundError', name)
            cls = self.define(name, data)
        self.classes[name] = cls
        return cls

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
                raise self.throw('java/lang/NoClassDefFoundError',
                                 'Could not initialize class ' + klass.name)
            return
        klass.init_state = INITIALIZING
        sup = klass.superclass
        if sup is not None and sup.init_state == UNINITIALIZED:
            sup.vm.initialize(sup)
        clinit = klass.methods_by_key.get('<clinit>()V', None)
        if clinit is not None:
            try:
                clinit.invoke([])
            except GuestException as e:
                # JVMS 5.5 steps 10-11: an Error propagates, anything else is
                # wrapped; the class is erroneous from now on
                klass.init_state = ERRONEOUS
                w = e.w_exc
                if w.getclass().is_subclass_of(self.load_class('java/lang/Error')):
                    raise
                eiie = self.throw('java/lang/ExceptionInInitializerError', None)
                w_eiie = eiie.w_exc
                assert isinstance(w_eiie, W_Throwable)
                assert isinstance(w, W_Throwable)
                w_eiie.cause = w
                raise eiie
        klass.init_state = INITIALIZED

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
        if message is not None:
            w.message = W_String(decode_utf8(message))
        return GuestException(w)

    def format_frame(self, method, pc):
        name = method.klass.name + '.' + method.name
        src = method.klass.source_file
        if not src:
            return '\tat %s(Unknown Source)' % name
        line = method.line_for(pc)
        if line < 0:
            return '\tat %s(%s)' % (name, src)
        return '\tat %s(%s:%d)' % (name, src, line)

    def format_uncaught_report(self, w_exc, trace):
        return 'Exception in thread "main" ' + format_java_throwable(w_exc, describe)


def describe(w):
    return encode_utf8(call_tostring(w))
