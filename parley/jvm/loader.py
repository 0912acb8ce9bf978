"""Turns a parsed class file into the shared class representation
(parley.interop.klass.W_Class) with JvmMethods, and resolves constant-pool
entries lazily, once: resolution results are cached and the lookups are
elidable, so a JIT trace sees them as constants."""
from rpython.rlib import jit
from parley.interop.klass import W_Class, FieldInfo
from parley.interop.method import (Method, NativeMethod, ACC_STATIC, ACC_NATIVE,
                                   ACC_ABSTRACT)
from parley.jvm.natives import NATIVES
from parley.interop.model import W_String, W_Int, W_Long, W_Double, W_Float
from parley.interop.core import mirror_of
from parley.jvm import classfile as cfm
from parley.jvm.classfile import ClassFormatError
from parley.jvm.descriptor import parse_method_descriptor, is_category2
from rpython.rlib.runicode import str_decode_utf_8
from rpython.rlib.longlong2float import longlong2float, uint2singlefloat
from rpython.rlib.rarithmetic import r_singlefloat, r_ulonglong, intmask, r_uint
from rpython.rtyper.lltypesystem import rffi


def dotted(internal):
    return internal.replace('/', '.')


def decode_modified_utf8(s):
    """Class-file strings are 'modified UTF-8'; their NUL is C0 80."""
    if '\xc0' in s:
        parts = s.split('\xc0\x80')
        s = '\x00'.join(parts)
    u, _ = str_decode_utf_8(s, len(s), 'replace', final=True)
    return u


# FieldAttributes.FieldAccessMask and Family (ECMA-335 II.23.1.5): CLR
# fields below Family are private, FamANDAssem or internal
CLR_FIELD_ACCESS = 0x7
CLR_FIELD_FAMILY = 0x4

class JvmMethod(Method):
    _immutable_fields_ = ['code', 'max_stack', 'max_locals', 'handlers[*]',
                          'cp', 'arg_slots[*]', 'ret_type']

    def __init__(self, klass, name, desc, flags, cp, member):
        arg_types, ret = parse_method_descriptor(desc, klass.name + '.' + name)
        nargs = len(arg_types)
        if flags & ACC_STATIC == 0:
            nargs += 1
        Method.__init__(self, klass, name, desc, flags, nargs, ret != 'V')
        self.cp = cp
        self.arg_types = arg_types
        self.ret_type = ret
        slots = []
        slot = 0
        if flags & ACC_STATIC == 0:
            slots.append(0)
            slot = 1
        for t in arg_types:
            slots.append(slot)
            slot += 2 if is_category2(t) else 1
        fixed_slots = [0] * len(slots)
        for i in range(len(slots)):
            fixed_slots[i] = slots[i]
        self.arg_slots = fixed_slots
        code = member.code
        if code is None:
            if flags & (ACC_NATIVE | ACC_ABSTRACT) == 0:
                raise ClassFormatError("Absent Code attribute in method that is not native or abstract in class file %s"
                                       % klass.name.replace('.', '/'))
            self.code = ''
            self.max_stack = 0
            self.max_locals = 0
            self.handlers = [None] * 0
            self.lines = []
        else:
            if code.max_locals < slot:
                raise ClassFormatError("Arguments can't fit into locals in class file %s"
                                       % klass.name.replace('.', '/'))
            self.code = code.code
            self.max_stack = code.max_stack
            self.max_locals = code.max_locals
            handlers = [None] * len(code.handlers)
            for i in range(len(code.handlers)):
                handlers[i] = code.handlers[i]
            self.handlers = handlers
            self.lines = code.lines

    def invoke(self, args):
        from parley.jvm.interpreter import call_jvm_method
        return call_jvm_method(self, args)

    def line_for(self, pc):
        best = -1
        best_start = -1
        lines = self.lines
        i = 0
        while i + 1 < len(lines):
            start = lines[i]
            if start <= pc and start >= best_start:
                best_start = start
                best = lines[i + 1]
            i += 2
        return best


def resolve_field(cls, name):
    """JVMS 5.4.3.2: the class's own field, else one of its superinterfaces'
    (an interface constant named through an implementing class), else its
    superclass's, recursively."""
    c = cls
    while c is not None:
        f = c.fields_by_name.get(name, None)
        if f is not None:
            return f
        for itf in c.interfaces:
            f = resolve_field(itf, name)
            if f is not None:
                return f
        c = c.superclass
    return None


# ---- resolved constant-pool entries ----------------------------------------

class Resolved(object):
    pass


class ResolvedClass(Resolved):
    _immutable_fields_ = ['klass']

    def __init__(self, klass):
        self.klass = klass


class ResolvedMethod(Resolved):
    _immutable_fields_ = ['method', 'klass']

    def __init__(self, klass, method):
        self.klass = klass
        self.method = method


class ResolvedField(Resolved):
    _immutable_fields_ = ['field', 'klass']

    def __init__(self, klass, field):
        self.klass = klass
        self.field = field


class ResolvedConstant(Resolved):
    _immutable_fields_ = ['w_value']

    def __init__(self, w_value):
        self.w_value = w_value


class ConstantPool(object):
    """A class's constant pool with lazily filled resolution caches."""
    _immutable_fields_ = ['cf', 'vm', 'resolved', 'klass?']

    def __init__(self, vm, cf):
        self.vm = vm
        self.cf = cf
        self.klass = None
        self.resolved = [None] * len(cf.pool)
        self.indy_sites = {}

    @jit.elidable
    def cached_site(self, index):
        return self.indy_sites.get(index, None)

    # Resolution may load classes (I/O, guest code), so it cannot be
    # elidable itself; the read of the cache is, and a trace recorded after
    # the first execution sees resolved entries as constants.
    @jit.elidable
    def cached(self, index):
        return self.resolved[index]

    def class_at(self, index):
        r = self.cached(index)
        if r is None:
            r = ResolvedClass(self.vm.load_class(self.cf.class_name(index)))
            self.resolved[index] = r
        assert isinstance(r, ResolvedClass)
        return r.klass

    def method_at(self, index):
        r = self.cached(index)
        if r is None:
            r = self._resolve_method(index)
            self.resolved[index] = r
        assert isinstance(r, ResolvedMethod)
        return r.method

    def _resolve_method(self, index):
        cf = self.cf
        e = cf.pool[index]
        owner_name = cf.class_name(e.a)
        name, desc = cf.name_and_type(e.b)
        owner = self.vm.load_class(owner_name)
        m = owner.lookup_method(name + desc)
        if m is None:
            raise self.vm.throw('java/lang/NoSuchMethodError',
                                "'%s %s.%s%s'" % (_ret_name(desc), dotted(owner_name), name, _args_name(desc)))
        if m.klass.vm is not self.vm and m.klass.vm.tag == 'clr' and \
                m.flags & (0x0001 | 0x0004) == 0:
            # access rules hold across the boundary: a C# private or
            # internal member is not Java's to call
            raise self.vm.throw('java/lang/IllegalAccessError',
                                "class %s tried to access private method '%s %s.%s%s' "
                                "(%s and %s are in unnamed module of loader 'app')"
                                % (dotted(self.cf.this_name), _ret_name(desc),
                                   dotted(owner_name), name, _args_name(desc),
                                   dotted(self.cf.this_name), dotted(owner_name)))
        return ResolvedMethod(owner, m)

    def field_at(self, index):
        r = self.cached(index)
        if r is None:
            cf = self.cf
            e = cf.pool[index]
            owner_name = cf.class_name(e.a)
            name, desc = cf.name_and_type(e.b)
            owner = self.vm.load_class(owner_name)
            f = resolve_field(owner, name)
            if f is None:
                raise self.vm.throw('java/lang/NoSuchFieldError', name)
            if f.owner.vm is not self.vm and f.owner.vm.tag == 'clr' and \
                    f.flags & CLR_FIELD_ACCESS < CLR_FIELD_FAMILY:
                # a C# private or internal field is not Java's to touch
                # (protected and public ones are)
                raise self.vm.throw('java/lang/IllegalAccessError',
                                    "class %s tried to access private field %s.%s "
                                    "(%s and %s are in unnamed module of loader 'app')"
                                    % (dotted(self.cf.this_name), dotted(owner_name),
                                       name, dotted(self.cf.this_name),
                                       dotted(owner_name)))
            r = ResolvedField(owner, f)
            self.resolved[index] = r
        assert isinstance(r, ResolvedField)
        return r.field

    @jit.elidable
    def tag(self, index):
        return self.cf.tag_at(index)

    def constant_at(self, index):
        """ldc/ldc_w/ldc2_w: Integer, Float, Long, Double, String, Class."""
        if self.tag(index) == cfm.CONSTANT_Class:
            # shares the resolution of the class entry with new/checkcast
            return mirror_of(self.class_at(index))
        r = self.cached(index)
        if r is None:
            r = ResolvedConstant(self._make_constant(index))
            self.resolved[index] = r
        assert isinstance(r, ResolvedConstant)
        return r.w_value

    def _make_constant(self, index):
        cf = self.cf
        tag = cf.tag_at(index)
        e = cf.pool[index]
        if tag == cfm.CONSTANT_Integer:
            return W_Int(e.i)
        if tag == cfm.CONSTANT_Float:
            f = float(uint2singlefloat(rffi.cast(rffi.UINT, e.i)))
            return W_Float(f)
        if tag == cfm.CONSTANT_Long:
            return W_Long(intmask((e.a << 32) | e.b))
        if tag == cfm.CONSTANT_Double:
            bits = (r_ulonglong(e.a) << 32) | r_ulonglong(e.b)
            return W_Double(longlong2float(rffi.cast(rffi.LONGLONG, bits)))
        if tag == cfm.CONSTANT_String:
            return self.vm.intern(decode_modified_utf8(cf.utf8(e.a)))
        raise self.vm.throw('java/lang/VerifyError',
                            'Bad constant pool index %d for ldc in class %s' % (index, cf.this_name))


def _ret_name(desc):
    i = desc.find(')') + 1
    assert i >= 0
    return _type_name(desc[i:])


def _args_name(desc):
    i = desc.find(')')
    assert i >= 1
    inner = desc[1:i]
    names = []
    j = 0
    while j < len(inner):
        k = j
        while k < len(inner) and inner[k] == '[':
            k += 1
        if k < len(inner) and inner[k] == 'L':
            k = inner.find(';', k)
            if k < 0:
                k = len(inner) - 1
        k += 1
        assert k >= j and j >= 0
        names.append(_type_name(inner[j:k]))
        j = k
    return '(' + ', '.join(names) + ')'


def _type_name(t):
    if not t:
        return ''
    c = t[0]
    if c == '[':
        return _type_name(t[1:]) + '[]'
    if c == 'L':
        end = len(t) - 1
        if end < 1:
            return t
        assert end >= 1
        return dotted(t[1:end])
    if c == 'I': return 'int'
    if c == 'J': return 'long'
    if c == 'Z': return 'boolean'
    if c == 'B': return 'byte'
    if c == 'C': return 'char'
    if c == 'S': return 'short'
    if c == 'F': return 'float'
    if c == 'D': return 'double'
    if c == 'V': return 'void'
    return t


def define_class(vm, cf):
    """Build (but do not link) the W_Class for a parsed class file."""
    superclass = None
    if cf.super_name:
        superclass = vm.load_class(cf.super_name)
    elif cf.this_name != 'java/lang/Object':
        raise ClassFormatError("Invalid superclass index 0 in class file %s" % cf.this_name)
    interfaces = []
    for name in cf.interfaces:
        interfaces.append(vm.load_class(name))
    cls = W_Class(vm, dotted(cf.this_name), cf.flags, superclass, interfaces)
    cls.source_file = cf.source_file
    cp = ConstantPool(vm, cf)
    cp.klass = cls
    for f in cf.fields:
        info = FieldInfo(cls, f.name, f.descriptor, f.flags & ACC_STATIC != 0, f.flags)
        info.constant_index = f.constant_index
        cls.add_field(info)
    for m in cf.methods:
        cls.add_method(make_method(cls, cp, cf, m))
    return cls


def make_method(cls, cp, cf, m):
    """A JvmMethod, or for a `native` method of the core library its RPython
    implementation (an unbound native method throws UnsatisfiedLinkError
    when called)."""
    if m.flags & ACC_NATIVE:
        func = NATIVES.get(cf.this_name + '.' + m.name + m.descriptor, None)
        if func is not None:
            arg_types, ret = parse_method_descriptor(m.descriptor, cls.name + '.' + m.name)
            nargs = len(arg_types)
            if m.flags & ACC_STATIC == 0:
                nargs += 1
            return NativeMethod(cls, m.name, m.descriptor, m.flags, nargs,
                                ret != 'V', func)
    return JvmMethod(cls, m.name, m.descriptor, m.flags, cp, m)
