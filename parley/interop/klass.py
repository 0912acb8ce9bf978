"""The VM-neutral class representation.

Both loaders (parley.jvm.loader, parley.clr.loader) produce W_Class objects;
both interpreters consume them.  A W_Class records which VM defined it, but
its superclass, interfaces, fields and methods may come from either VM: the
layout and the virtual method table are computed here, once, at link time,
by rules that do not depend on the VM.

After link() a class is immutable except for its static values and its
initialisation state (a quasi-immutable field, so that a JIT trace checks
it once and then never again).
"""
from rpython.rlib import jit
from parley.interop.model import (shared, W_Object, W_Instance, W_Throwable, W_Int,
                                  W_Long, W_Double, W_Float)

ZERO_INT = W_Int(0)
ZERO_LONG = W_Long(0)
ZERO_DOUBLE = W_Double(0.0)
ZERO_FLOAT = W_Float(0.0)


def default_value(descriptor):
    """The initial value of a field of the given Parley type."""
    c = descriptor[0]
    if c == 'J':
        return ZERO_LONG
    if c == 'D':
        return ZERO_DOUBLE
    if c == 'F':
        return ZERO_FLOAT
    if c == 'L' or c == '[':
        return None
    return ZERO_INT

# initialisation states
class _Uids(object):
    def __init__(self):
        self.last = 0


_uids = _Uids()


def new_uid():
    """A number no other class has: caches keyed by classes (generic
    instantiations) use it, since two classes may share a name (the same
    type loaded by two VM instances)."""
    _uids.last += 1
    return _uids.last


UNINITIALIZED = 0
INITIALIZING = 1
INITIALIZED = 2
ERRONEOUS = 3

# class flags (VM-neutral)
ACC_PUBLIC = 0x0001
ACC_FINAL = 0x0010
ACC_INTERFACE = 0x0200
ACC_ABSTRACT = 0x0400


class FieldInfo(object):
    """A field as the loaders describe it: name, Parley type descriptor,
    static or not, and (after linking) its slot in the instance or static
    storage."""
    _immutable_fields_ = ['name', 'descriptor', 'is_static', 'owner', 'index',
                          'flags']

    def __init__(self, owner, name, descriptor, is_static, flags):
        self.owner = owner
        self.name = name
        self.descriptor = descriptor
        self.is_static = is_static
        self.flags = flags
        self.index = -1
        self.constant_index = 0         # JVM ConstantValue attribute

    def key(self):
        return self.name


class W_Class(W_Object):
    _immutable_fields_ = ['name', 'vm', 'flags', 'superclass',
                          'instance_size', 'instance_defaults[*]', 'vtable[*]',
                          'static_values', 'is_throwable',
                          'init_state?', 'component', 'source_file',
                          'elem_kind', 'elem_class', 'before_field_init']

    def __init__(self, vm, name, flags, superclass, interfaces):
        self.vm = vm                    # the VmInstance that defined it
        self.uid = new_uid()
        self.name = name                # dotted name as that VM spells it
        self.flags = flags
        self.superclass = superclass
        self.interfaces = interfaces
        self.fields = []
        self.methods = []
        self.instance_size = 0
        self.instance_defaults = []
        self.static_values = None
        self.vtable = [None] * 0
        self.methods_by_key = {}        # link-time lookups only
        self.fields_by_name = {}
        self.init_state = UNINITIALIZED
        self.is_throwable = False
        self.linked = False
        self.component = None           # element class, for array classes
        self.elem_kind = '\0'           # primitive element kind, for arrays
        # arrays of CLR byte, ushort, uint, ulong, enums ...: the element
        # class (parley.interop.arrays; None for Java's primitive arrays)
        self.elem_class = None
        self.primitive = '\0'           # for CLR primitive structs: 'I', 'J'...
        self.array_class = None         # the class of arrays of this class
        # for classes implemented natively whose instances carry RPython
        # state (String, StringBuilder ...): a function klass -> new object
        self.native_factory = None
        self.mirror = None              # its java.lang.Class / System.Type object
        self.source_file = ''
        self.aliases = {}               # key -> key (cross-VM slot names)
        # CLR value types: 1 struct (W_Struct values), 2 enum (plain ints)
        self.value_kind = 0
        # per instance slot: the struct class of a struct-typed field, whose
        # every object needs a fresh zeroed struct there (None: no such field)
        self.value_field_classes = None
        self.enum_names = None          # CLR enums: [(value, name)]
        # CLR generics: an instantiation's definition and type arguments
        self.generic_def = None
        self.generic_args = None
        # CLR types: the Assembly and TypeDef row that define it
        self.clr_asm = None
        self.clr_rid = 0
        # exceptions: classes of the other VM a handler for this one also
        # catches (parley.interop.exception_map)
        self.catch_peers = None
        # CLR generic definitions: per type parameter 0, 1 covariant (out),
        # 2 contravariant (in)
        self.generic_variance = None
        # CLR: the type is beforefieldinit (parley.clr.prepare)
        self.before_field_init = False

    def __repr__(self):
        return '<W_Class %s>' % (self.name,)

    def is_interface(self):
        return self.flags & ACC_INTERFACE != 0

    def is_array(self):
        return self.component is not None or self.elem_kind != '\0'

    # ---- construction (before link) -------------------------------------
    def add_field(self, field):
        self.fields.append(field)
        self.fields_by_name[field.name] = field

    def add_method(self, method):
        self.methods.append(method)
        self.methods_by_key[method.key] = method

    # ---- linking ----------------------------------------------------------
    def link(self):
        if self.linked:
            return
        self.linked = True
        sup = self.superclass
        vtable = []
        if sup is not None:
            sup.link()
            self.instance_size = sup.instance_size
            for m in sup.vtable:
                vtable.append(m)
            self.is_throwable = self.is_throwable or sup.is_throwable
            if self.native_factory is None:
                self.native_factory = sup.native_factory
        for itf in self.interfaces:
            itf.link()
        nstatic = 0
        defaults = []
        if sup is not None:
            for w in sup.instance_defaults:
                defaults.append(w)
        statics = []
        for f in self.fields:
            if f.is_static:
                f.index = nstatic
                nstatic += 1
                statics.append(default_value(f.descriptor))
            else:
                f.index = self.instance_size
                self.instance_size += 1
                defaults.append(default_value(f.descriptor))
        self.static_values = statics
        fixed_defaults = [None] * len(defaults)
        for i in range(len(defaults)):
            fixed_defaults[i] = defaults[i]
        self.instance_defaults = fixed_defaults
        for m in self.methods:
            # interface methods have no vtable slot: calls to them dispatch
            # by key (invokeinterface, and invokevirtual of a method a class
            # inherits only from an interface)
            if not m.is_virtual() or self.is_interface():
                continue
            idx = self._find_vtable_slot(vtable, m.key)
            if idx >= 0:
                m.vtable_index = idx
                vtable[idx] = m
            else:
                m.vtable_index = len(vtable)
                vtable.append(m)
        fixed_vtable = [None] * len(vtable)
        for i in range(len(vtable)):
            fixed_vtable[i] = vtable[i]
        self.vtable = fixed_vtable

    def _find_vtable_slot(self, vtable, key):
        for i in range(len(vtable)):
            if vtable[i].key == key:
                return i
        # a name the other VM gives the same slot (toString/ToString ...)
        alias = self.lookup_alias(key)
        if alias is not None:
            for i in range(len(vtable)):
                if vtable[i].key == alias:
                    return i
        # the slot may hold an override made under the other VM's name
        # (a Java toString() overriding a C# ToString() override)
        for i in range(len(vtable)):
            if self.lookup_alias(vtable[i].key) == key:
                return i
        # a Java override of a CLR method with unsigned parameters, whose
        # key is the Java key plus a suffix '~...' (parley.clr.ukeys)
        if self.vm is not None and self.vm.tag == 'jvm':
            n = len(key)
            for i in range(len(vtable)):
                vkey = vtable[i].key
                if len(vkey) > n and vkey[n] == '~' and vkey.startswith(key):
                    return i
        return -1

    def lookup_alias(self, key):
        c = self
        while c is not None:
            a = c.aliases.get(key, None)
            if a is not None:
                return a
            c = c.superclass
        return None

    # ---- lookups (elidable: constant-folded on a promoted class) ----------
    @jit.elidable
    def lookup_method(self, key):
        """Method by key, searching superclasses then superinterfaces."""
        c = self
        while c is not None:
            m = c.methods_by_key.get(key, None)
            if m is not None:
                return m
            c = c.superclass
        alias = self.lookup_alias(key)
        if alias is not None:
            c = self
            while c is not None:
                m = c.methods_by_key.get(alias, None)
                if m is not None:
                    return m
                c = c.superclass
        return self._lookup_in_interfaces(key)

    def _lookup_in_interfaces(self, key):
        c = self
        while c is not None:
            for itf in c.interfaces:
                m = itf.lookup_method(key)
                if m is not None:
                    return m
            c = c.superclass
        return None

    @jit.elidable
    def lookup_field(self, name):
        c = self
        while c is not None:
            f = c.fields_by_name.get(name, None)
            if f is not None:
                return f
            c = c.superclass
        return None

    @jit.elidable
    def is_subclass_of(self, other):
        if self is other:
            return True
        if self.component is not None and other.component is not None:
            # reference arrays are covariant
            return self.component.is_subclass_of(other.component)
        if self.elem_kind != '\0' and self.elem_kind == other.elem_kind:
            # int[] and uint[] (and an enum's array) are each other's
            # (ECMA-335 I.8.7.1); Java sees both as int[]
            return True
        if other is shared.array_base_class and self.is_array():
            return True
        if self.superclass is not None and self.superclass.is_subclass_of(other):
            return True
        for itf in self.interfaces:
            if itf.is_subclass_of(other):
                return True
        return False

    @jit.elidable
    def dispatch(self, key):
        """The implementation of a virtual or interface method key that an
        instance of this class runs (overrides under either VM's name for
        the slot included)."""
        m = self.lookup_method(key)
        if m is None:
            erased = key_without_unsigned_suffix(key)
            if erased != key:
                # implemented under the key without the unsigned suffix
                # (parley.clr.ukeys): see below
                return self.dispatch(erased)
            return None
        if not m.klass.is_interface():
            if m.vtable_index >= 0 and m.vtable_index < len(self.vtable):
                return self.vtable[m.vtable_index]
            return m
        # only interfaces declare the key: a default method, if any
        impl = self._lookup_in_interfaces_default(key)
        if impl is not None:
            return impl
        # a CLR interface method with unsigned parameters that a Java class
        # (or a native one) implements under the key without the suffix
        erased = key_without_unsigned_suffix(key)
        if erased != key:
            impl = self.dispatch(erased)
            if impl is not None and not impl.is_abstract():
                return impl
        return m

    def _lookup_in_interfaces_default(self, key):
        m = self._lookup_in_interfaces(key)
        if m is not None and not m.is_abstract():
            return m
        return None

    # ---- instances ---------------------------------------------------------
    def instantiate(self):
        factory = self.native_factory
        if factory is not None:
            return factory(self)
        if self.is_throwable:
            w = W_Throwable(self)
        else:
            w = W_Instance(self)
        if self.value_field_classes is not None:
            fill_value_fields(w, self.value_field_classes)
        return w

    # ---- initialisation ----------------------------------------------------
    def needs_init(self):
        return jit.promote(self).init_state != INITIALIZED


def key_without_unsigned_suffix(key):
    """A CLR member key with unsigned positions is the Java-visible key
    plus '~' and marks ending in 'u' or '.' (parley.clr.ukeys): that key."""
    n = len(key)
    if n == 0 or (key[n - 1] != 'u' and key[n - 1] != '.'):
        return key
    i = key.rfind('~')
    if i < 0:
        return key
    assert i >= 0
    return key[:i]


def functional_method(itf):
    """The single abstract method of a Java interface (JLS 9.8: default
    methods and the public methods of Object do not count), or None: the
    method a C# delegate stands for (parley.clr.delegates, the C# stubs'
    NameDelegate types in parley.interop.csstubs)."""
    abstract = []
    concrete = {}
    _collect_abstract(itf, abstract, concrete)
    found = None
    for m in abstract:
        if m.key in concrete or _is_object_method(m.key):
            continue
        if found is not None and found.key != m.key:
            return None
        found = m
    return found


def _collect_abstract(itf, abstract, concrete):
    for m in itf.methods:
        if m.is_static():
            continue
        if m.is_abstract():
            abstract.append(m)
        else:
            concrete[m.key] = True
    for sup in itf.interfaces:
        _collect_abstract(sup, abstract, concrete)


def _is_object_method(key):
    return key == 'toString()Ljava/lang/String;' or key == 'hashCode()I' or \
        key == 'equals(Ljava/lang/Object;)Z'


@jit.unroll_safe
def fill_value_fields(w, classes):
    """Give a new object (or struct) a fresh zeroed struct in each of its
    struct-typed fields (CLR value types)."""
    for i in range(len(classes)):
        c = classes[i]
        if c is not None:
            w.fields[i] = new_zero_struct(c)


@jit.unroll_safe
def new_zero_struct(klass):
    """A fresh zeroed W_Struct of the CLR value type klass."""
    from parley.interop.model import W_Struct
    defaults = klass.instance_defaults
    fields = [None] * len(defaults)
    for i in range(len(defaults)):
        fields[i] = defaults[i]
    w = W_Struct(klass, fields)
    if klass.value_field_classes is not None:
        fill_value_fields(w, klass.value_field_classes)
    return w
