"""Turns ECMA-335 metadata (parley.clr.metadata) into the shared class
representation, and resolves metadata tokens once (elidable, cached) so a
JIT trace sees resolved methods, fields and types as constants.

Signatures are mapped to Parley descriptors (JVM descriptor syntax over the
names Java sees: System.Object -> java/lang/Object, System.String ->
java/lang/String, any other CLR type Ns.T -> cli/Ns/T, nested Outer/Inner
-> cli/Ns/Outer$Inner; ref/out parameters -> one-element arrays), so that
a method of either VM is found by the same key from either VM.
"""
from rpython.rlib import jit
from parley.interop.klass import (W_Class, FieldInfo, ACC_INTERFACE,
                                  ACC_ABSTRACT as K_ABSTRACT, ACC_FINAL as K_FINAL,
                                  ACC_PUBLIC as K_PUBLIC)
from parley.interop.method import (Method, ACC_STATIC, ACC_PRIVATE, ACC_PUBLIC,
                                   ACC_PROTECTED, ACC_ABSTRACT, ACC_NONVIRTUAL)
from parley.interop.model import W_String, W_Double, W_Single
from parley.interop import core, arrays
from parley.clr import metadata as md
from parley.clr import signature as sg
from parley.clr import ukeys
from parley.clr.errors import BadImageFormat
from parley.clr.verify import verify_body
from parley.interop.naming import java_internal_of_clr, java_internal_name
from parley.clr.generics import (Resolver, GenericContext, clr_type_name,
                                 instance_key, identity_key)
from parley.clr import valuetypes as vt
from parley.interop.klass import new_zero_struct
from parley.interop.errors import GuestException
from rpython.rlib.rarithmetic import intmask

# CLR metadata flags
TD_VISIBILITY = 0x7
TD_INTERFACE = 0x20
TD_ABSTRACT = 0x80
TD_SEALED = 0x100
TD_BEFOREFIELDINIT = 0x00100000
MD_ACCESS = 0x7
MD_PRIVATE = 0x1
MD_FAMILY = 0x4
MD_PUBLIC = 0x6
MD_STATIC = 0x10
MD_VIRTUAL = 0x40
MD_ABSTRACT = 0x400
MD_PINVOKE_IMPL = 0x2000
FD_STATIC = 0x10
FD_LITERAL = 0x40

PRIMITIVE_NAMES = {
    0x02: 'System.Boolean', 0x03: 'System.Char', 0x04: 'System.SByte',
    0x05: 'System.Byte', 0x06: 'System.Int16', 0x07: 'System.UInt16',
    0x08: 'System.Int32', 0x09: 'System.UInt32', 0x0a: 'System.Int64',
    0x0b: 'System.UInt64', 0x0c: 'System.Single', 0x0d: 'System.Double',
    0x0e: 'System.String', 0x18: 'System.IntPtr', 0x19: 'System.UIntPtr',
    0x1c: 'System.Object'}

CORLIB_NAMES = ['mscorlib', 'System', 'System.Core', 'System.Runtime',
                'netstandard']


def neutral_member_name(name):
    if name == '.ctor':
        return '<init>'
    if name == '.cctor':
        return '<clinit>'
    return name


def parley_class_name(fullname):
    """The Parley (Java-visible, internal form) name of a CLR type."""
    if fullname == 'System.Object':
        return 'java/lang/Object'
    if fullname == 'System.String':
        return 'java/lang/String'
    return java_internal_of_clr(fullname)


ZERO_F = W_Single(0.0)      # float32 zero: a float32 on the CLR stack


class ClrMethod(Method):
    _immutable_fields_ = ['code', 'max_stack', 'nlocals', 'local_defaults[*]',
                          'clauses[*]', 'asm', 'clr_name', 'byvalue_args[*]',
                          'slot_is_byref[*]', 'res', 'ctx', 'generic_count',
                          'byref_args[*]', 'slot_is_r4[*]', 'r4_args[*]',
                          'returns_r4', 'delegate_op', 'prepared?',
                          'invalid_reason']

    def __init__(self, klass, asm, row, msig, descriptor, flags, ctx=None,
                 key_suffix=''):
        nargs = len(msig.params)
        if msig.has_this:
            nargs += 1
        Method.__init__(self, klass, neutral_member_name(row.name), descriptor,
                        flags, nargs, msig.ret.kind != sg.ELEMENT_TYPE_VOID)
        # unsigned parameter/return positions (parley.clr.ukeys): the key
        # is the erased one plus a suffix
        self.key = self.key + key_suffix
        self.clr_name = row.name
        self.invalid_reason = ''
        self.pinvoke_module = ''        # P/Invoke: the library it names
        self.asm = asm
        # what this method's tokens resolve in: its assembly, or the
        # generic context of its instantiation (parley.clr.generics)
        self.ctx = ctx
        if ctx is None:
            self.res = asm
        else:
            self.res = ctx
        self.mrid = row.rid
        self.generic_count = msig.generic_count
        self.instances = None       # generic method: args key -> method
        self.delegate_op = 0        # runtime members of delegate types
        self.prepared = False       # parley.clr.prepare ran
        self.code = ''
        self.max_stack = 0
        self.nlocals = 0
        self.local_defaults = [None] * 0
        # per local: the struct class of a struct-typed local (each frame
        # gets a fresh zeroed struct there); None when there is none
        self.local_struct_classes = None
        # the argument indices (receiver counted) of value-type parameters
        # passed by value: their struct values are copied at the call
        byvalue = []
        first = 1 if msig.has_this else 0
        for j in range(len(msig.params)):
            if is_maybe_value(msig.params[j]):
                byvalue.append(first + j)
        fixed_byvalue = [0] * len(byvalue)
        for i in range(len(byvalue)):
            fixed_byvalue[i] = byvalue[i]
        self.byvalue_args = fixed_byvalue
        # per frame slot (arguments, then locals): does it hold a managed
        # pointer (a ref/out parameter, a ref local, a struct's `this`)?
        # Stores into such a slot store the pointer, never a struct copy.
        byref = [False] * nargs
        byref_args = []
        for j in range(len(msig.params)):
            if msig.params[j].kind == sg.ELEMENT_TYPE_BYREF:
                byref[first + j] = True
                byref_args.append(first + j)
        self.byref_args = byref_args[:]
        if msig.has_this and klass.value_kind != 0:
            byref[0] = True
        self.slot_is_byref = byref
        # float32 arguments and locals (per frame slot) and return value:
        # stores into them round to single precision (ECMA-335 I.12.1.3)
        self.slot_is_r4 = [False] * 0
        self.r4_args = [0] * 0
        self.returns_r4 = msig.ret.kind == sg.ELEMENT_TYPE_R4
        self.clauses = [None] * 0

    def invoke(self, args):
        if self.delegate_op != 0:
            from parley.clr import delegates
            return delegates.run(self, args)
        from parley.clr.interpreter import call_clr_method
        return call_clr_method(self, args)

    def qualified_name(self):
        return self.klass.name + '::' + self.clr_name


JAVA_STUBS_MARKER = 'Parley.JavaStubs.Marker'


def arg_descriptor(cls):
    """The descriptor a type argument stands for in a member key: what a
    signature naming that type directly gives (a generic instantiation
    is named by its definition there)."""
    if cls.generic_def is not None:
        cls = cls.generic_def
    if cls is core.object_class:
        return 'Ljava/lang/Object;'
    if cls is core.string_class:
        return 'Ljava/lang/String;'
    if cls.component is not None:
        return '[' + arg_descriptor(cls.component)
    if cls.elem_kind != '\0':
        return '[' + cls.elem_kind
    if cls.primitive != '\0' and cls.value_kind == 0:
        return cls.primitive
    if cls.vm is not None and cls.vm.tag == 'clr':
        return 'L' + parley_class_name(cls.name) + ';'
    return 'L' + cls.name.replace('.', '/') + ';'


def add_erased_keys(cls):
    """Java names a method with unsigned positions by its erased key
    (uint is int to Java): register that key for it unless a signed
    overload has it here or in a superclass (parley.clr.ukeys)."""
    marked = []
    for key, m in cls.methods_by_key.items():
        if ukeys.has_suffix(key):
            marked.append((key, m))
    for key, m in marked:
        erased = ukeys.erased_key(key)
        if erased in cls.methods_by_key:
            continue
        sup = cls.superclass
        if sup is not None:
            inherited = sup.lookup_method(erased)
            if inherited is not None and not ukeys.has_suffix(inherited.key):
                continue
        cls.methods_by_key[erased] = m


def is_maybe_value(t):
    """Could a signature type denote a struct (whose values are copied)?"""
    k = t.kind
    return (k == sg.ELEMENT_TYPE_VALUETYPE or k == sg.ELEMENT_TYPE_VAR or
            k == sg.ELEMENT_TYPE_MVAR or
            (k == sg.ELEMENT_TYPE_GENERICINST and t.is_valuetype))


class Assembly(Resolver):
    """One loaded assembly: its metadata image and resolution caches."""
    _immutable_fields_ = ['img', 'vm', 'name']

    def __init__(self, vm, img):
        self.vm = vm
        self.img = img
        self.name = img.assembly_name
        self.types = [None] * len(img.typedefs)
        self.methods = [None] * len(img.methods)
        self.fields = [None] * len(img.fields)
        self.type_names = {}
        self.resolved_methods = {}
        self.resolved_fields = {}
        self.resolved_types = {}
        self.strings = {}
        self.constants_by_parent = None
        self.pending_statics = []   # (class, static index, struct class)
        self.method_impls = None    # TypeDef rid -> [MethodImplRow]
        for td in img.typedefs:
            self.type_names[self.typedef_fullname(td.rid)] = td.rid
        # a reference assembly `parley stubs --csharp` made: its types are
        # the Java classes of the same names (parley.interop.csstubs)
        self.java_stubs = JAVA_STUBS_MARKER in self.type_names

    # ---- names ------------------------------------------------------------
    def typedef_fullname(self, rid):
        td = self.img.typedefs[rid - 1]
        if td.enclosing != 0:
            outer = md.token_rid(td.enclosing)
            if 0 < outer <= len(self.img.typedefs) and outer != rid:
                return self.typedef_fullname(outer) + '/' + td.name
        if td.namespace:
            return td.namespace + '.' + td.name
        return td.name

    def typeref_fullname(self, rid):
        if rid <= 0 or rid > len(self.img.typerefs):
            raise BadImageFormat('TypeRef %d out of range in %s' % (rid, self.img.path))
        tr = self.img.typerefs[rid - 1]
        if md.token_table(tr.scope) == md.TABLE_TYPEREF and md.token_rid(tr.scope) != rid:
            return self.typeref_fullname(md.token_rid(tr.scope)) + '/' + tr.name
        if tr.namespace:
            return tr.namespace + '.' + tr.name
        return tr.name

    def token_fullname(self, token):
        table = md.token_table(token)
        rid = md.token_rid(token)
        if table == md.TABLE_TYPEDEF:
            if rid <= 0 or rid > len(self.img.typedefs):
                raise BadImageFormat('TypeDef %d out of range in %s' % (rid, self.img.path))
            return self.typedef_fullname(rid)
        if table == md.TABLE_TYPEREF:
            return self.typeref_fullname(rid)
        if table == md.TABLE_TYPESPEC:
            if rid <= 0 or rid > len(self.img.typespecs):
                raise BadImageFormat('TypeSpec %d out of range in %s' % (rid, self.img.path))
            t = sg.parse_typespec(self.img.typespecs[rid - 1].sig)
            if t.kind == sg.ELEMENT_TYPE_GENERICINST:
                return self.token_fullname(t.token)
            return 'System.Object'
        raise BadImageFormat('bad type token 0x%x in %s' % (token, self.img.path))

    def descriptor(self, t, class_args=None):
        """The Parley descriptor of a signature type.  A class type
        parameter (!0) stands for its argument when class_args (the
        instantiation's) are given, so that member keys of `Box<int>` read
        `Get()I` and match the overrides and interface implementations
        written for int; method type parameters (!!0) are erased."""
        k = t.kind
        if k == sg.ELEMENT_TYPE_VAR and class_args is not None and \
                t.index < len(class_args):
            return arg_descriptor(class_args[t.index])
        if k == sg.ELEMENT_TYPE_I4 or k == sg.ELEMENT_TYPE_U4:
            return 'I'
        if k == sg.ELEMENT_TYPE_I8 or k == sg.ELEMENT_TYPE_U8 or \
                k == sg.ELEMENT_TYPE_I or k == sg.ELEMENT_TYPE_U or \
                k == sg.ELEMENT_TYPE_PTR or k == sg.ELEMENT_TYPE_FNPTR:
            return 'J'
        if k == sg.ELEMENT_TYPE_I2 or k == sg.ELEMENT_TYPE_U2:
            return 'S'
        if k == sg.ELEMENT_TYPE_I1 or k == sg.ELEMENT_TYPE_U1:
            return 'B'
        if k == sg.ELEMENT_TYPE_CHAR:
            return 'C'
        if k == sg.ELEMENT_TYPE_BOOLEAN:
            return 'Z'
        if k == sg.ELEMENT_TYPE_R4:
            return 'F'
        if k == sg.ELEMENT_TYPE_R8:
            return 'D'
        if k == sg.ELEMENT_TYPE_VOID:
            return 'V'
        if k == sg.ELEMENT_TYPE_STRING:
            return 'Ljava/lang/String;'
        if k == sg.ELEMENT_TYPE_CLASS or k == sg.ELEMENT_TYPE_VALUETYPE or \
                k == sg.ELEMENT_TYPE_GENERICINST:
            return 'L' + self.class_descriptor_name(t.token) + ';'
        if k == sg.ELEMENT_TYPE_SZARRAY or k == sg.ELEMENT_TYPE_ARRAY or \
                k == sg.ELEMENT_TYPE_BYREF or k == sg.ELEMENT_TYPE_PINNED:
            if t.elem is None:
                raise BadImageFormat('bad signature in %s' % self.img.path)
            if k == sg.ELEMENT_TYPE_PINNED:
                return self.descriptor(t.elem, class_args)
            return '[' + self.descriptor(t.elem, class_args)
        return 'Ljava/lang/Object;'

    def method_descriptor(self, msig, class_args=None):
        parts = ['(']
        for p in msig.params:
            parts.append(self.descriptor(p, class_args))
        parts.append(')')
        parts.append(self.descriptor(msig.ret, class_args))
        return ''.join(parts)

    def is_unsigned_type(self, t, class_args=None):
        """Is a signature type byte/ushort/uint/ulong (or a ref to one, or
        a class type parameter instantiated with one)?  Such positions are
        marked in member keys (parley.clr.ukeys)."""
        k = t.kind
        if (k == sg.ELEMENT_TYPE_BYREF or k == sg.ELEMENT_TYPE_PINNED) and \
                t.elem is not None:
            t = t.elem
            k = t.kind
        if k == sg.ELEMENT_TYPE_U1 or k == sg.ELEMENT_TYPE_U2 or \
                k == sg.ELEMENT_TYPE_U4 or k == sg.ELEMENT_TYPE_U8:
            return True
        if k == sg.ELEMENT_TYPE_VAR and class_args is not None and \
                t.index < len(class_args):
            return ukeys.is_unsigned_class(class_args[t.index])
        return False

    def key_suffix(self, msig, class_args=None):
        """The suffix of a method's member key naming its unsigned
        positions ('' when there are none)."""
        marks = [False] * len(msig.params)
        for i in range(len(msig.params)):
            marks[i] = self.is_unsigned_type(msig.params[i], class_args)
        return ukeys.suffix(marks, self.is_unsigned_type(msig.ret, class_args))

    # ---- types ------------------------------------------------------------
    def find_type(self, fullname):
        rid = self.type_names.get(fullname, 0)
        if rid == 0:
            return None
        if self.java_stubs:
            if fullname.startswith('Parley.'):
                # the guest API, which the stub assembly declares for mcs
                return self.vm.corlib.get(fullname, None)
            if self.stub_delegate_interface(rid):
                # NameDelegate: a real delegate type (see define_type)
                return self.type_by_rid(rid)
            from parley.interop.coordinator import coordinator
            return coordinator.jvm.load_class(java_internal_name(fullname))
        return self.type_by_rid(rid)

    def stub_delegate_interface(self, rid):
        """For the delegate type NameDelegate that `stubs --csharp` declares
        beside a Java functional interface Name (so that C# passes lambdas
        where Java expects the interface): the interface's internal name;
        '' for every other type."""
        if not self.java_stubs or rid <= 0 or rid > len(self.img.typedefs):
            return ''
        td = self.img.typedefs[rid - 1]
        if td.extends == 0 or not td.name.endswith('Delegate'):
            return ''
        try:
            base = self.token_fullname(td.extends)
        except BadImageFormat:
            return ''
        if base != 'System.MulticastDelegate':
            return ''
        fullname = self.typedef_fullname(rid)
        stop = len(fullname) - len('Delegate')
        assert stop >= 0
        return java_internal_name(fullname[:stop])

    def typeref_scope_assembly(self, rid):
        """The name of the assembly a TypeRef (nested ones through their
        outer TypeRef) resolves in, or ''."""
        depth = 0
        while depth < 64:
            if rid <= 0 or rid > len(self.img.typerefs):
                return ''
            tr = self.img.typerefs[rid - 1]
            st = md.token_table(tr.scope)
            if st == md.TABLE_TYPEREF:
                rid = md.token_rid(tr.scope)
                depth += 1
                continue
            if st == md.TABLE_ASSEMBLYREF:
                srid = md.token_rid(tr.scope)
                if 0 < srid <= len(self.img.assemblyrefs):
                    return self.img.assemblyrefs[srid - 1].name
            return ''
        return ''

    def class_descriptor_name(self, token):
        """The Parley class name a TypeDef/TypeRef/TypeSpec token names
        in a descriptor: cli/Ns/T, or a Java class's own name when the type
        comes from a `stubs --csharp` assembly."""
        fullname = self.token_fullname(token)
        table = md.token_table(token)
        if table == md.TABLE_TYPEREF:
            scope = self.typeref_scope_assembly(md.token_rid(token))
            if scope and scope not in CORLIB_NAMES and \
                    self.vm.is_java_stubs(scope):
                asm = self.vm.assembly_named(scope)
                if asm is not None:
                    rid = asm.type_names.get(fullname, 0)
                    itf = asm.stub_delegate_interface(rid)
                    if itf:
                        # a lambda passed for a functional interface
                        return itf
                return java_internal_name(fullname)
        elif table == md.TABLE_TYPEDEF and self.java_stubs:
            # the signatures of a stub delegate's Invoke
            itf = self.stub_delegate_interface(md.token_rid(token))
            if itf:
                return itf
            return java_internal_name(fullname)
        return parley_class_name(fullname)

    def type_by_rid(self, rid):
        cls = self.types[rid - 1]
        if cls is None:
            cls = self.define_type(rid)
        return cls

    def define_type(self, rid, args=None):
        """Define the class of TypeDef rid; with args (type arguments), the
        instantiation of the generic type rid with them."""
        img = self.img
        td = img.typedefs[rid - 1]
        flags = 0
        if td.flags & TD_INTERFACE:
            flags |= ACC_INTERFACE | K_ABSTRACT
        if td.flags & TD_ABSTRACT:
            flags |= K_ABSTRACT
        if td.flags & TD_SEALED:
            flags |= K_FINAL
        vis = td.flags & TD_VISIBILITY
        if vis == 1 or vis == 2:
            flags |= K_PUBLIC
        name = self.typedef_fullname(rid)
        ctx = None
        fixed_args = None
        if args is not None:
            fixed_args = args[:]        # never resized: class_args[*]
            name = name + '[' + instance_key(args) + ']'
            ctx = GenericContext(self, None, fixed_args, [])
        superclass = core.object_class
        if td.extends != 0:
            superclass = self.type_in(td.extends, ctx)
        interfaces = []
        cls = W_Class(self.vm, name, flags, superclass, interfaces)
        cls.clr_asm = self
        cls.clr_rid = rid
        cls.before_field_init = td.flags & TD_BEFOREFIELDINIT != 0
        if superclass is not None and superclass.vm is self.vm and \
                superclass.name == 'System.ValueType':
            cls.value_kind = vt.STRUCT
        elif superclass is not None and superclass.vm is self.vm and \
                superclass.name == 'System.Enum':
            cls.value_kind = vt.ENUM
            cls.primitive = 'I'
        if ctx is not None:
            assert args is not None
            ctx.klass = cls
            cls.generic_def = self.type_by_rid(rid)
            cls.generic_args = args[:]
            self.vm.generic_instances[str(cls.generic_def.uid) + '[' +
                                      identity_key(args) + ']'] = cls
        else:
            self.types[rid - 1] = cls
            if td.generic_params:
                cls.generic_variance = self.variances(rid, len(td.generic_params))
        for itok in td.interfaces:
            interfaces.append(self.type_in(itok, ctx))
        zeros = []          # (field, zero value) for value-typed fields
        structs = []        # (field, struct class) for struct-typed fields
        literals = []       # enum constants: field rids
        for frid in range(td.field_start, td.field_end):
            if frid <= 0 or frid > len(img.fields):
                raise BadImageFormat('Field %d out of range in %s' % (frid, img.path))
            frow = img.fields[frid - 1]
            if frow.flags & FD_LITERAL:
                literals.append(frid)
                continue
            ft = sg.parse_field_sig(frow.sig)
            is_static = frow.flags & FD_STATIC != 0
            if cls.value_kind == vt.ENUM and not is_static:
                # value__: enum values are plain integers of this type
                cls.primitive = self.descriptor(ft)[0]
                continue
            desc = self.descriptor(ft, fixed_args)
            f = FieldInfo(cls, frow.name, desc, is_static, frow.flags)
            if ctx is None:
                self.fields[frid - 1] = f
            cls.add_field(f)
            vcls = self.value_class_of(ft, ctx)
            if vcls is not None:
                if vcls.value_kind == vt.STRUCT:
                    structs.append((f, vcls))
                else:
                    zeros.append((f, vt.zero_value(vcls)))
            elif ft.kind == sg.ELEMENT_TYPE_R4:
                zeros.append((f, ZERO_F))      # a W_Single, not a Java W_Float
        defined = []
        for mrid in range(td.method_start, td.method_end):
            if mrid <= 0 or mrid > len(img.methods):
                raise BadImageFormat('Method %d out of range in %s' % (mrid, img.path))
            m = self.define_method(cls, mrid, ctx)
            if ctx is None:
                self.methods[mrid - 1] = m
            cls.add_method(m)
            defined.append(m)
        self.add_method_impls(cls, rid, defined, ctx)
        add_erased_keys(cls)
        if ctx is not None and superclass is not None and \
                superclass.name == 'System.MulticastDelegate':
            from parley.clr import delegates
            delegates.add_java_bridge(cls)
        if self.java_stubs:
            itf_name = self.stub_delegate_interface(rid)
            if itf_name:
                from parley.clr import delegates
                delegates.implement_functional_interface(cls, itf_name)
        cls.link()
        self.finish_value_fields(cls, zeros, structs)
        if cls.value_kind == vt.ENUM:
            self.read_enum_names(cls, literals)
        return cls

    def variances(self, rid, n):
        """The variance (GenericParamAttributes & 3) of each type
        parameter of TypeDef rid."""
        result = [0] * n
        token = md.make_token(md.TABLE_TYPEDEF, rid)
        for gp in self.img.genericparams:
            if gp.owner == token and 0 <= gp.number < n:
                result[gp.number] = gp.flags & 3
        return result

    def add_method_impls(self, cls, rid, defined, ctx):
        """MethodImpl rows (explicit interface implementations): the body
        also answers to the key of the method it implements."""
        if self.method_impls is None:
            d = {}
            for row in self.img.methodimpls:
                lst = d.get(row.cls, None)
                if lst is None:
                    lst = []
                    d[row.cls] = lst
                lst.append(row)
            self.method_impls = d
        rows = self.method_impls.get(rid, None)
        if rows is None:
            return
        td = self.img.typedefs[rid - 1]
        for row in rows:
            body = None
            if md.token_table(row.body) == md.TABLE_METHODDEF:
                i = md.token_rid(row.body) - td.method_start
                if 0 <= i < len(defined):
                    body = defined[i]
            if body is None:
                continue
            try:
                decl = self.method_in(row.declaration, ctx)
            except GuestException:
                continue
            if decl.key not in cls.methods_by_key:
                cls.methods_by_key[decl.key] = body

    def instantiate(self, def_cls, args):
        """The instantiation of the generic type def_cls (defined by this
        assembly) with the type arguments args."""
        key = str(def_cls.uid) + '[' + identity_key(args) + ']'
        cls = self.vm.generic_instances.get(key, None)
        if cls is None:
            cls = self.define_type(def_cls.clr_rid, args)
        return cls

    def instantiate_method(self, m, margs):
        """The instantiation of the generic method m with margs."""
        if m.instances is None:
            m.instances = {}
        key = identity_key(margs)
        inst = m.instances.get(key, None)
        if inst is None:
            class_args = []
            if m.ctx is not None:
                class_args = m.ctx.class_args
            ctx = GenericContext(self, m.klass, class_args, margs)
            inst = self.define_method(m.klass, m.mrid, ctx)
            inst.vtable_index = m.vtable_index
            m.instances[key] = inst
        return inst

    def value_class_of(self, t, ctx=None):
        """The class of a value-type signature type (struct, enum or, through
        a type argument, primitive), or None for every other type."""
        k = t.kind
        if not (k == sg.ELEMENT_TYPE_VALUETYPE or k == sg.ELEMENT_TYPE_VAR or
                k == sg.ELEMENT_TYPE_MVAR or
                (k == sg.ELEMENT_TYPE_GENERICINST and t.is_valuetype)):
            return None
        try:
            c = self.class_of_sig(t, ctx)
        except GuestException:
            return None         # reported when the type is used
        if c.value_kind != 0 or c.primitive != '\0':
            return c
        return None

    def is_r4(self, t, ctx):
        """Is signature type t float32 (directly or as a type argument)?"""
        if t.kind == sg.ELEMENT_TYPE_R4:
            return True
        if t.kind != sg.ELEMENT_TYPE_VAR and t.kind != sg.ELEMENT_TYPE_MVAR:
            return False
        c = self.value_class_of(t, ctx)
        return c is not None and c.primitive == 'F'

    def finish_value_fields(self, cls, zeros, structs):
        """After link: enum-typed fields start as integer zeros, struct-typed
        ones as fresh zeroed structs (instances: value_field_classes;
        statics: filled now, or when a struct class still being defined is
        linked)."""
        for f, w_zero in zeros:
            if f.is_static:
                cls.static_values[f.index] = w_zero
            else:
                cls.instance_defaults[f.index] = w_zero
        sup = cls.superclass
        inherited = None
        if sup is not None:
            inherited = sup.value_field_classes
        classes = [None] * cls.instance_size
        any_struct = inherited is not None
        if inherited is not None:
            for i in range(len(inherited)):
                if i < len(classes):
                    classes[i] = inherited[i]
        for f, c in structs:
            if f.is_static:
                self.pending_statics.append((cls, f.index, c))
            else:
                classes[f.index] = c
                any_struct = True
        if any_struct:
            cls.value_field_classes = classes
        if self.pending_statics:
            rest = []
            for owner, index, c in self.pending_statics:
                if c.linked:
                    owner.static_values[index] = new_zero_struct(c)
                else:
                    rest.append((owner, index, c))
            self.pending_statics = rest

    def read_enum_names(self, cls, literals):
        if self.constants_by_parent is None:
            d = {}
            for row in self.img.constants:
                d[row.parent] = row
            self.constants_by_parent = d
        names = []
        for frid in literals:
            row = self.constants_by_parent.get(md.make_token(md.TABLE_FIELD, frid), None)
            if row is None:
                continue
            names.append((constant_int(row.type, row.value),
                          self.img.fields[frid - 1].name))
        cls.enum_names = names

    def define_method(self, cls, mrid, ctx=None):
        img = self.img
        row = img.methods[mrid - 1]
        msig = sg.parse_method_sig(row.sig)
        flags = 0
        access = row.flags & MD_ACCESS
        if access == MD_PUBLIC:
            flags |= ACC_PUBLIC
        elif access == MD_PRIVATE:
            flags |= ACC_PRIVATE
        elif access == MD_FAMILY:
            flags |= ACC_PROTECTED
        if row.flags & MD_STATIC:
            flags |= ACC_STATIC
        elif row.flags & MD_VIRTUAL == 0:
            flags |= ACC_NONVIRTUAL
        if row.flags & MD_ABSTRACT:
            flags |= ACC_ABSTRACT
        class_args = None
        if ctx is not None:
            class_args = ctx.class_args
        m = ClrMethod(cls, self, row, msig,
                      self.method_descriptor(msig, class_args), flags, ctx,
                      self.key_suffix(msig, class_args))
        if row.flags & MD_PINVOKE_IMPL:
            m.pinvoke_module = self.pinvoke_module(mrid)
        if row.impl_flags & 3 == 3 and cls.superclass is not None and \
                cls.superclass.vm is self.vm and \
                cls.superclass.name == 'System.MulticastDelegate':
            from parley.clr import delegates
            m.delegate_op = delegates.runtime_op(row.name)
        if row.rva != 0:
            body = img.read_method_body(row.rva)
            m.code = body.code
            m.max_stack = body.max_stack
            clauses = [None] * len(body.clauses)
            for i in range(len(body.clauses)):
                clauses[i] = body.clauses[i]
            m.clauses = clauses
            defaults = []
            local_structs = []
            any_struct = False
            slots = []
            for b in m.slot_is_byref:
                slots.append(b)
            r4 = [False] * len(slots)
            r4_args = []
            first = len(slots) - len(msig.params)
            for j in range(len(msig.params)):
                if self.is_r4(msig.params[j], self.method_context(m, ctx)):
                    r4[first + j] = True
                    r4_args.append(first + j)
            if body.local_sig_token != 0:
                srid = md.token_rid(body.local_sig_token)
                if srid <= 0 or srid > len(img.standalonesigs):
                    raise BadImageFormat('bad local signature token in %s, method %s::%s'
                                         % (img.path, cls.name, row.name))
                for t in sg.parse_locals_sig(img.standalonesigs[srid - 1].sig):
                    slots.append(t.kind == sg.ELEMENT_TYPE_BYREF)
                    vcls = self.value_class_of(t, self.method_context(m, ctx))
                    r4.append(t.kind == sg.ELEMENT_TYPE_R4 or
                              (vcls is not None and vcls.primitive == 'F'))
                    if vcls is not None and vcls.value_kind == vt.STRUCT:
                        defaults.append(None)
                        local_structs.append(vcls)
                        any_struct = True
                    elif vcls is not None:
                        defaults.append(vt.zero_value(vcls))
                        local_structs.append(None)
                    else:
                        defaults.append(default_for(self.descriptor(t)))
                        local_structs.append(None)
            if any_struct:
                m.local_struct_classes = local_structs
            fixed_slots = [False] * len(slots)
            for i in range(len(slots)):
                fixed_slots[i] = slots[i]
            m.slot_is_byref = fixed_slots
            if True in r4:
                m.slot_is_r4 = r4[:]
                m.r4_args = r4_args[:]
            m.returns_r4 = self.is_r4(msig.ret, self.method_context(m, ctx))
            fixed = [None] * len(defaults)
            for i in range(len(defaults)):
                fixed[i] = defaults[i]
            m.local_defaults = fixed
            m.nlocals = len(defaults)
            reason = verify_body(m.code, m.nargs, m.nlocals, m.clauses)
            if reason:
                m.invalid_reason = 'Invalid IL code in %s:%s (): %s' % (
                    cls.name, row.name, reason)
        return m

    def pinvoke_module(self, mrid):
        """The library a P/Invoke method names (its ImplMap row's
        ModuleRef), or '?' when the row is missing."""
        token = md.make_token(md.TABLE_METHODDEF, mrid)
        for row in self.img.implmaps:
            if row.member == token:
                r = row.import_scope
                if 0 < r <= len(self.img.modulerefs):
                    return self.img.modulerefs[r - 1].name
        return '?'

    def method_context(self, m, ctx):
        """The context a method's local types are read in: its own, or
        none for an uninstantiated generic method (its !!0 stay open)."""
        if ctx is None:
            return None
        if m.generic_count > 0 and len(ctx.method_args) == 0:
            return None
        return ctx

    # ---- resolution in a context (None: this assembly, non-generic) ---------
    def type_in(self, token, ctx):
        if ctx is None:
            return self.type_at(token)
        return ctx.type_at(token)

    def method_in(self, token, ctx):
        if ctx is None:
            return self.method_at(token)
        return ctx.method_at(token)

    def field_in(self, token, ctx):
        if ctx is None:
            return self.field_at(token)
        return ctx.field_at(token)

    @jit.elidable
    def cached_resolved_types(self, token):
        return self.resolved_types.get(token, None)

    def type_at(self, token):
        cls = self.cached_resolved_types(token)
        if cls is None:
            cls = self.resolve_type_in(token, None)
            self.resolved_types[token] = cls
        return cls

    def resolve_type_in(self, token, ctx):
        table = md.token_table(token)
        rid = md.token_rid(token)
        if table == md.TABLE_TYPEDEF:
            if rid <= 0 or rid > len(self.img.typedefs):
                raise BadImageFormat('TypeDef %d out of range in %s' % (rid, self.img.path))
            return self.type_by_rid(rid)
        if table == md.TABLE_TYPEREF:
            if ctx is not None:
                return self.type_at(token)
            if rid <= 0 or rid > len(self.img.typerefs):
                raise BadImageFormat('TypeRef %d out of range in %s' % (rid, self.img.path))
            tr = self.img.typerefs[rid - 1]
            fullname = self.typeref_fullname(rid)
            scope_asm = ''
            st = md.token_table(tr.scope)
            if st == md.TABLE_ASSEMBLYREF:
                srid = md.token_rid(tr.scope)
                if srid <= 0 or srid > len(self.img.assemblyrefs):
                    raise BadImageFormat('AssemblyRef %d out of range in %s' % (srid, self.img.path))
                scope_asm = self.img.assemblyrefs[srid - 1].name
            return self.vm.resolve_type(fullname, scope_asm)
        if table == md.TABLE_TYPESPEC:
            if rid <= 0 or rid > len(self.img.typespecs):
                raise BadImageFormat('TypeSpec %d out of range in %s' % (rid, self.img.path))
            t = sg.parse_typespec(self.img.typespecs[rid - 1].sig)
            # generic instantiations, type parameters, arrays, and
            # primitive types (`box int32` names System.Int32)
            return self.class_of_sig(t, ctx)
        raise BadImageFormat('bad type token 0x%x in %s' % (token, self.img.path))

    def sig_class(self, t):
        return self.class_of_sig(t, None)

    def class_of_sig(self, t, ctx):
        """The class a signature type denotes in a generic context (None:
        outside generic code; type parameters are then erased to Object)."""
        k = t.kind
        if k == sg.ELEMENT_TYPE_CLASS or k == sg.ELEMENT_TYPE_VALUETYPE:
            return self.type_at(t.token)
        if k == sg.ELEMENT_TYPE_GENERICINST:
            def_cls = self.type_at(t.token)
            args = [core.object_class] * len(t.args)   # never resized
            for i in range(len(t.args)):
                args[i] = self.class_of_sig(t.args[i], ctx)
            asm = def_cls.clr_asm
            if asm is None or def_cls.clr_rid == 0:
                return def_cls
            assert isinstance(asm, Assembly)
            return asm.instantiate(def_cls, args)
        if k == sg.ELEMENT_TYPE_VAR:
            if ctx is not None and t.index < len(ctx.class_args):
                return ctx.class_args[t.index]
            return core.object_class
        if k == sg.ELEMENT_TYPE_MVAR:
            if ctx is not None and t.index < len(ctx.method_args):
                return ctx.method_args[t.index]
            return core.object_class
        if k == sg.ELEMENT_TYPE_SZARRAY and t.elem is not None:
            return arrays.array_class_of(self.class_of_sig(t.elem, ctx))
        if k == sg.ELEMENT_TYPE_ARRAY and t.elem is not None:
            from parley.clr.mdarrays import md_array_class
            return md_array_class(self.vm, self.class_of_sig(t.elem, ctx), t.rank)
        name = PRIMITIVE_NAMES.get(k, '')
        if name:
            return self.vm.resolve_type(name, 'mscorlib')
        return core.object_class

    @jit.elidable
    def cached_resolved_methods(self, token):
        return self.resolved_methods.get(token, None)

    def method_at(self, token):
        m = self.cached_resolved_methods(token)
        if m is None:
            m = self.resolve_method_in(token, None)
            self.resolved_methods[token] = m
        return m

    def resolve_method_in(self, token, ctx):
        table = md.token_table(token)
        rid = md.token_rid(token)
        img = self.img
        if table == md.TABLE_METHODDEF:
            if rid <= 0 or rid > len(img.methods):
                raise BadImageFormat('MethodDef %d out of range in %s' % (rid, img.path))
            m = self.methods[rid - 1]
            if m is None:
                self.type_by_rid(img.methods[rid - 1].owner)
                m = self.methods[rid - 1]
            assert m is not None
            if ctx is not None and ctx.klass is not None and \
                    ctx.klass.generic_def is m.klass:
                # a member of the generic definition named from inside an
                # instantiation: the instantiation's own member
                inst = ctx.klass.methods_by_key.get(m.key, None)
                if inst is not None:
                    return inst
            return m
        if table == md.TABLE_MEMBERREF:
            if rid <= 0 or rid > len(img.memberrefs):
                raise BadImageFormat('MemberRef %d out of range in %s' % (rid, img.path))
            mr = img.memberrefs[rid - 1]
            if md.token_table(mr.parent) == md.TABLE_METHODDEF:
                # a vararg call site names its MethodDef (ECMA-335 II.22.25)
                return self.method_in(mr.parent, ctx)
            owner = self.type_in(mr.parent, ctx)
            msig = sg.parse_method_sig(mr.sig)
            key = neutral_member_name(mr.name) + self.method_descriptor(
                msig, owner.generic_args)
            suffix = self.key_suffix(msig, owner.generic_args)
            m = owner.lookup_method(key + suffix)
            if m is None and suffix:
                # a member with unsigned positions that the native library
                # declares only under its erased key (parley.clr.ukeys)
                m = owner.lookup_method(key)
            if m is None:
                raise self.vm.throw('System.MissingMethodException',
                                    "Method not found: %s %s.%s(%s)" % (
                                        _clr_type_text(self, msig.ret),
                                        clr_type_name(owner),
                                        mr.name, _clr_params_text(self, msig)))
            return m
        if table == md.TABLE_METHODSPEC:
            if rid <= 0 or rid > len(img.methodspecs):
                raise BadImageFormat('MethodSpec %d out of range in %s' % (rid, img.path))
            spec = img.methodspecs[rid - 1]
            m = self.method_in(spec.method, ctx)
            spec_args = sg.parse_methodspec(spec.instantiation)
            margs = [core.object_class] * len(spec_args)    # never resized
            for i in range(len(spec_args)):
                margs[i] = self.class_of_sig(spec_args[i], ctx)
            if not isinstance(m, ClrMethod):
                # a native generic method: its arrays know their element
                # class (Array.Sort<uint> sorts unsigned by the array's)
                return m
            if m.generic_count == 0:
                return m
            asm = m.asm
            return asm.instantiate_method(m, margs)
        raise BadImageFormat('bad method token 0x%x in %s' % (token, img.path))

    def owner_at(self, token):
        return self.resolve_owner_in(token, None)

    def resolve_owner_in(self, token, ctx):
        """The type a method token names as its owner (for newobj: the
        class to instantiate, which may inherit the constructor it names
        from a native base class)."""
        table = md.token_table(token)
        if table == md.TABLE_MEMBERREF:
            rid = md.token_rid(token)
            if rid <= 0 or rid > len(self.img.memberrefs):
                raise BadImageFormat('MemberRef %d out of range in %s' % (rid, self.img.path))
            return self.type_in(self.img.memberrefs[rid - 1].parent, ctx)
        return self.method_in(token, ctx).klass

    @jit.elidable
    def cached_resolved_fields(self, token):
        return self.resolved_fields.get(token, None)

    def field_at(self, token):
        f = self.cached_resolved_fields(token)
        if f is None:
            f = self.resolve_field_in(token, None)
            self.resolved_fields[token] = f
        return f

    def resolve_field_in(self, token, ctx):
        table = md.token_table(token)
        rid = md.token_rid(token)
        img = self.img
        if table == md.TABLE_FIELD:
            if rid <= 0 or rid > len(img.fields):
                raise BadImageFormat('Field %d out of range in %s' % (rid, img.path))
            f = self.fields[rid - 1]
            if f is None:
                self.type_by_rid(img.fields[rid - 1].owner)
                f = self.fields[rid - 1]
            if f is None:
                raise BadImageFormat('Field %d has no storage in %s' % (rid, img.path))
            if ctx is not None and ctx.klass is not None and \
                    ctx.klass.generic_def is f.owner:
                inst = ctx.klass.fields_by_name.get(f.name, None)
                if inst is not None:
                    return inst
            return f
        if table == md.TABLE_MEMBERREF:
            if rid <= 0 or rid > len(img.memberrefs):
                raise BadImageFormat('MemberRef %d out of range in %s' % (rid, img.path))
            mr = img.memberrefs[rid - 1]
            owner = self.type_in(mr.parent, ctx)
            f = owner.lookup_field(mr.name)
            if f is None:
                raise self.vm.throw('System.MissingFieldException',
                                    "Field '%s.%s' not found." % (
                                        clr_type_name(owner), mr.name))
            return f
        raise BadImageFormat('bad field token 0x%x in %s' % (token, img.path))

    @jit.elidable
    def cached_strings(self, token):
        return self.strings.get(token, None)

    def string_at(self, token):
        w = self.cached_strings(token)
        if w is None:
            w = W_String(self.img.get_user_string(md.token_rid(token)))
            self.strings[token] = w
        return w


def _clr_type_text(asm, t):
    k = t.kind
    if k == sg.ELEMENT_TYPE_U1:
        return 'byte'
    if k == sg.ELEMENT_TYPE_U2:
        return 'uint16'
    if k == sg.ELEMENT_TYPE_U4:
        return 'uint'
    if k == sg.ELEMENT_TYPE_U8:
        return 'ulong'
    if k == sg.ELEMENT_TYPE_SZARRAY and t.elem is not None:
        return _clr_type_text(asm, t.elem) + '[]'
    return descriptor_text(asm.descriptor(t))


def method_text(m):
    """`Ns.Type.Name(int,string)' as Mono names a method in messages."""
    owner, name, params = _method_text_parts(m)
    return '%s.%s(%s)' % (owner, name, params)


def mono_method_name(m):
    """`Ns.Type:Name (int,string)' as Mono's access exceptions name the
    method that failed."""
    owner, name, params = _method_text_parts(m)
    return '%s:%s (%s)' % (owner, name, params)


def _method_text_parts(m):
    from parley.jvm.descriptor import parse_method_descriptor
    params, ret = parse_method_descriptor(m.signature, m.name)
    parts = []
    for p in params:
        parts.append(descriptor_text(p))
    name = m.name
    if isinstance(m, ClrMethod):
        name = m.clr_name
    return m.klass.name.replace('/', '+'), name, ','.join(parts)


def descriptor_text(d):
    """A Parley descriptor as Mono's MissingMethodException spells the
    type (int, string, System.Collections.Generic.IEnumerable`1 ...)."""
    if d.startswith('['):
        return descriptor_text(d[1:]) + '[]'
    if d == 'V':
        return 'System.Void'
    if d == 'I':
        return 'int'
    if d == 'J':
        return 'long'
    if d == 'Z':
        return 'bool'
    if d == 'C':
        return 'char'
    if d == 'D':
        return 'double'
    if d == 'F':
        return 'single'
    if d == 'S':
        return 'int16'
    if d == 'B':
        return 'sbyte'
    if d == 'Ljava/lang/String;':
        return 'string'
    if d == 'Ljava/lang/Object;':
        return 'object'
    if d.startswith('L') and d.endswith(';') and len(d) > 2:
        end = len(d) - 1
        assert end >= 1
        name = d[1:end]
        if name.startswith('cli/'):
            name = name[4:]
        return name.replace('/', '.').replace('$', '/')
    return d


def _clr_params_text(asm, msig):
    parts = []
    for p in msig.params:
        parts.append(_clr_type_text(asm, p))
    return ','.join(parts)


def constant_int(kind, blob):
    """The integer value of a Constant table blob of element type kind."""
    n = len(blob)
    if n > 8:
        n = 8
    v = 0
    for i in range(n):
        v |= ord(blob[i]) << (8 * i)
    if kind == sg.ELEMENT_TYPE_I1 and v >= 0x80:
        v -= 0x100
    elif kind == sg.ELEMENT_TYPE_I2 and v >= 0x8000:
        v -= 0x10000
    elif (kind == sg.ELEMENT_TYPE_I4 or kind == sg.ELEMENT_TYPE_U4) and \
            v >= 0x80000000:
        # (a uint is held as the int32 of the same bits)
        v -= 0x100000000
    return intmask(v)


def default_for(descriptor):
    from parley.interop.klass import default_value
    if descriptor == 'F':
        return ZERO_F       # float32 values are W_Single on the CLR stack
    return default_value(descriptor)
