"""The coordinator's guest-visible API: `parley.Parley` for Java and
`Parley.Runtime` for C#.  A program creates further VM instances (each with
its own class path or assemblies, its own class namespace and static
state), looks types up in them, calls their static methods, and destroys
them (their classes and statics become garbage).  Creating, finding and
destroying instances is the coordinator's (parley/interop/coordinator.py);
this module turns its answers and refusals into what each guest sees.

    Object vm = Parley.createJvm("plugins/a");          // Java
    Object r = Parley.call(vm, "plugin.Main", "run", 3);
    Class<?> c = Parley.lookup(vm, "plugin.Main");
    Parley.destroy(vm);

    object vm = Parley.Runtime.CreateClr(new[] { "Lib.dll" });   // C#
    object r = Parley.Runtime.Call(vm, "Lib.Calc", "Add", 2, 3);

`call` chooses among the static methods of that name taking as many
arguments as given (the type's own and inherited ones) by the arguments'
run-time types, as Java and C# choose among overloads by the static ones:
a boxed primitive (a Java box or a CLR box, whichever the caller has)
matches a parameter of its primitive type or one it widens to (int to
long, float or double ...) and a reference parameter its box is an
instance of; a string or any other object matches the reference
parameters it is an instance of; null matches every reference parameter.
A CLR unsigned box does not match a CLR method's signed parameter of its
size (C# has no uint-to-int conversion).  Of the matching methods the
most specific is called: a primitive parameter before a reference one, a
narrower primitive before a wider one, a subclass before its superclass,
and of C#'s F(int) and F(uint) the one of the box's signedness.  None, or
no single most specific one, raise IllegalArgumentException
(ArgumentException in C#).
Primitive arguments are unboxed (and widened) for the callee, and a
primitive result is boxed for the caller.  A destroyed instance raises
IllegalStateException (InvalidOperationException), an unknown type
IllegalArgumentException (ArgumentException).

The instance the command line made (the program's own JVM or CLR) is
`Parley.self()` / `Parley.Runtime.Self`.
"""
from parley.interop.model import (W_Root, W_Instance, W_Box, W_Int, W_Long,
                                  W_Double, W_Float, W_String, W_RefArray)
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.errors import GuestException, FatalError
from parley.interop.coordinator import VmConfig, CoordinationError

STATIC = ACC_PUBLIC | ACC_STATIC
OBJECT = 'Ljava/lang/Object;'
STRING = 'Ljava/lang/String;'


class W_VmHandle(W_Root):
    """A guest's reference to a VM instance: the coordinator's number for
    it, so that a destroyed instance is not kept alive by handles."""

    def __init__(self, vm_id):
        self.vm_id = vm_id

    def getclass(self):
        from parley.interop.core import object_class
        return object_class


def _coordinator():
    from parley.interop.coordinator import coordinator
    return coordinator


def handle_of(vm):
    """The one handle guests hold for an instance."""
    w = vm.w_handle
    if w is None:
        w = W_VmHandle(vm.vm_id)
        vm.w_handle = w
    return w


def _string(w):
    if isinstance(w, W_String):
        from parley.interop.console import encode_utf8
        return encode_utf8(w.value)
    return ''


class Side(object):
    """How the calling VM's guest sees errors and boxes."""

    def __init__(self, tag):
        self.tag = tag

    def caller(self):
        c = _coordinator()
        if self.tag == 'jvm':
            return c.jvm
        return c.clr

    def illegal_state(self, msg):
        if self.tag == 'jvm':
            return self.caller().throw('java/lang/IllegalStateException', msg)
        return self.caller().throw('System.InvalidOperationException', msg)

    def illegal_argument(self, msg):
        if self.tag == 'jvm':
            return self.caller().throw('java/lang/IllegalArgumentException', msg)
        return self.caller().throw('System.ArgumentException', msg)

    def refused(self, e):
        """The guest exception for a request the coordinator refused."""
        if e.state:
            return self.illegal_state(e.msg)
        return self.illegal_argument(e.msg)

    def box(self, d, w):
        """A callee's result of descriptor d, boxed for this caller."""
        c = d[0]
        if c == 'L' or c == '[' or c == 'V' or w is None:
            return w
        return box_as(self.tag, c, w)


PRIMITIVE_CLR_NAMES = {'I': 'System.Int32', 'J': 'System.Int64',
                       'Z': 'System.Boolean', 'C': 'System.Char',
                       'D': 'System.Double', 'F': 'System.Single',
                       'S': 'System.Int16', 'B': 'System.SByte'}

# the primitive (descriptor letter) each box class holds: Java's boxes and
# the CLR's, the unsigned CLR types as the Java type of the same bits
BOX_KINDS = {'java.lang.Integer': 'I', 'java.lang.Long': 'J',
             'java.lang.Short': 'S', 'java.lang.Byte': 'B',
             'java.lang.Character': 'C', 'java.lang.Boolean': 'Z',
             'java.lang.Double': 'D', 'java.lang.Float': 'F',
             'System.Int32': 'I', 'System.Int64': 'J', 'System.Int16': 'S',
             'System.SByte': 'B', 'System.Char': 'C', 'System.Boolean': 'Z',
             'System.Double': 'D', 'System.Single': 'F', 'System.Byte': 'B',
             'System.UInt16': 'S', 'System.UInt32': 'I', 'System.UInt64': 'J'}

# the primitive types each one widens to (Java's widening primitive
# conversions, which are also C#'s implicit numeric conversions for them)
WIDENINGS = {'B': 'SIJFD', 'S': 'IJFD', 'C': 'IJFD', 'I': 'JFD', 'J': 'FD',
             'F': 'D'}


def _primitive_clr_class(c):
    name = PRIMITIVE_CLR_NAMES.get(c, '')
    if not name:
        return None
    return _coordinator().clr.corlib.get(name, None)


def box_as(tag, c, w):
    """The primitive value w of kind c boxed as the VM `tag` boxes it."""
    if tag == 'jvm':
        from parley.clr.delegates import to_java
        if c == 'F' and isinstance(w, W_Float):
            w = W_Double(w.floatval)
        return to_java(c, w)
    cls = _primitive_clr_class(c)
    if cls is None:
        return w
    if isinstance(w, W_Float):
        w = W_Double(w.floatval)
    return W_Box(cls, w)


def primitive_kind(w):
    """The primitive type (a descriptor letter) a Java or CLR box holds;
    '\\0' for anything else."""
    if isinstance(w, W_Box):
        return BOX_KINDS.get(w.getclass().name, '\0')
    if isinstance(w, W_Instance) and len(w.fields) > 0:
        cls = w.getclass()
        if cls.vm is not None and cls.vm.tag == 'jvm':
            return BOX_KINDS.get(cls.name, '\0')
    return '\0'


def box_value(w):
    if isinstance(w, W_Box):
        return w.w_value
    if isinstance(w, W_Instance) and len(w.fields) > 0:
        return w.fields[0]      # a Java box: its value field
    return w


def is_primitive(d):
    return len(d) == 1 and d != 'V'


def widens(src, dst):
    """Does a primitive of type src convert to dst (identity or widening)?"""
    if src == dst:
        return True
    return dst in WIDENINGS.get(src, '')


def widen(w, dst):
    """A primitive value as a value of the wider type dst."""
    if dst == 'J':
        if isinstance(w, W_Int):
            return W_Long(w.intval)
        return w
    if dst == 'D' or dst == 'F':
        if isinstance(w, W_Int):
            f = float(w.intval)
        elif isinstance(w, W_Long):
            f = float(w.longval)
        elif isinstance(w, W_Float):
            f = w.floatval
        elif isinstance(w, W_Double):
            f = w.floatval
        else:
            return w
        if dst == 'F':
            from parley.interop.arith import round_float32
            return W_Float(round_float32(f))
        return W_Double(f)
    return w


def unsigned_value(k, w):
    """The value of a CLR unsigned box's bits (of kind k), for widening:
    a uint as a long, a ulong as a double."""
    if isinstance(w, W_Int):
        if k == 'I':
            return W_Long(w.intval & 0xFFFFFFFF)
        if k == 'S':
            return W_Int(w.intval & 0xFFFF)
        if k == 'B':
            return W_Int(w.intval & 0xFF)
        return w
    if isinstance(w, W_Long) and w.longval < 0:
        from rpython.rlib.rarithmetic import r_uint
        return W_Double(float(r_uint(w.longval)))
    return w


def for_callee(w, callee_tag):
    """An argument as the callee's VM sees it behind a reference: a box
    of the other VM becomes a box of the callee's."""
    k = primitive_kind(w)
    if k == '\0':
        return w
    cls = w.getclass()
    if cls.vm is not None and cls.vm.tag == callee_tag:
        return w
    return box_as(callee_tag, k, box_value(w))


def unbox_for(d, w, callee_tag):
    """An argument as the callee's parameter of descriptor d takes it."""
    c = d[0]
    if c == 'L' or c == '[' or w is None:
        return w
    k = primitive_kind(w)
    unsigned = is_unsigned_box(w)
    w = box_value(w)
    if k != '\0' and k != c:
        if unsigned:
            w = unsigned_value(k, w)
        w = widen(w, c)
    if callee_tag == 'clr' and isinstance(w, W_Float):
        return W_Double(w.floatval)
    if callee_tag == 'jvm' and c == 'F' and isinstance(w, W_Double):
        return W_Float(w.floatval)
    return w


def _instance(side, w):
    """The live instance a guest's handle stands for."""
    if not isinstance(w, W_VmHandle):
        raise side.illegal_argument('not a VM instance')
    vm = _coordinator().lookup(w.vm_id)
    if vm is None:
        raise side.illegal_state('the VM instance was destroyed')
    return vm


def create(side, kind, paths):
    try:
        vm = _coordinator().create(kind, VmConfig(paths))
    except FatalError as e:
        raise side.illegal_argument(e.msg)
    except CoordinationError as e:
        raise side.refused(e)
    return handle_of(vm)


def create_jvm(side, classpath):
    return create(side, 'jvm', classpath.split(':'))


def create_clr(side, w_paths):
    paths = []
    if isinstance(w_paths, W_RefArray):
        for w in w_paths.storage:
            paths.append(_string(w))
    return create(side, 'clr', paths)


def find_type(side, vm, name):
    cls = vm.find_class(name)
    if cls is None:
        raise side.illegal_argument('no type %s in that VM instance' % name)
    return cls


# ---- choosing among overloads ------------------------------------------------

def param_class(vm, d):
    """The class a reference parameter's descriptor names, as the VM
    instance `vm` (the callee's) resolves it; None if it cannot."""
    from parley.interop import core, arrays
    if d == OBJECT:
        return core.object_class
    if d == STRING:
        return core.string_class
    n = len(d)
    if n >= 2 and d[0] == '[':
        elem = d[1:]
        if is_primitive(elem):
            return arrays.primitive_array_class(elem)
        comp = param_class(vm, elem)
        if comp is None:
            return None
        return arrays.array_class_of(comp)
    if n < 3 or d[0] != 'L':
        return None
    end = n - 1
    assert end >= 1
    name = d[1:end]
    if vm.tag == 'clr':
        if name.startswith('cli/'):
            from parley.interop.naming import clr_of_java_internal
            return vm.find_class(clr_of_java_internal(name[4:]))
        # a Java class, named through a `stubs --csharp` assembly
        return _coordinator().jvm_class(name)
    return vm.find_class(name)


def conforms(cls, target):
    """Is an instance of cls an instance of target (a generic type
    definition standing for its instantiations)?"""
    if cls is target or cls.is_subclass_of(target):
        return True
    if target.generic_def is None:
        c = cls
        while c is not None:
            if c.generic_def is target:
                return True
            for itf in c.interfaces:
                if conforms(itf, target):
                    return True
            c = c.superclass
    return False


UNSIGNED_BOXES = {'System.Byte': True, 'System.UInt16': True,
                  'System.UInt32': True, 'System.UInt64': True}


def unsigned_marks(key, n):
    """Which of a CLR method's n parameters are unsigned (byte, ushort,
    uint, ulong: their descriptors are the signed types'), from the
    suffix of its key (parley.clr.ukeys)."""
    marks = [False] * n
    i = key.rfind('~')
    if i < 0:
        return marks
    for k in range(n):
        j = i + 1 + k
        if j < len(key) and key[j] == 'u':
            marks[k] = True
    return marks


def is_unsigned_box(w):
    return isinstance(w, W_Box) and w.getclass().name in UNSIGNED_BOXES


class Candidate(object):
    def __init__(self, method, params):
        self.method = method
        self.params = params
        self.unsigned = unsigned_marks(method.key, len(params))


def applies(vm, d, w):
    """Can the argument w (a callee's-side box for a reference parameter)
    be passed as a parameter of descriptor d?"""
    if is_primitive(d):
        k = primitive_kind(w)
        return k != '\0' and widens(k, d)
    if w is None:
        return True
    cls = param_class(vm, d)
    return cls is not None and conforms(w.getclass(), cls)


def param_more_specific(vm, a, b):
    """Is a parameter of type a at least as specific as one of type b?"""
    if a == b:
        return True
    pa = is_primitive(a)
    pb = is_primitive(b)
    if pa and pb:
        return widens(a, b)
    if pa:
        return True
    if pb:
        return False
    ca = param_class(vm, a)
    cb = param_class(vm, b)
    return ca is not None and cb is not None and conforms(ca, cb)


def more_specific(vm, c1, c2, args):
    for i in range(len(c1.params)):
        a = c1.params[i]
        if a == c2.params[i] and c1.unsigned[i] != c2.unsigned[i]:
            # F(int) and F(uint): the one of the argument's signedness
            if c1.unsigned[i] != is_unsigned_box(args[i]):
                return False
        elif not param_more_specific(vm, a, c2.params[i]):
            return False
    return True


def _arg_types(args):
    names = []
    for w in args:
        if w is None:
            names.append('null')
        else:
            names.append(w.getclass().name)
    return ', '.join(names)


def choose_static(side, cls, name, args):
    """The static method `call` runs for these arguments (already boxed
    as the callee's VM boxes them): see the module docstring."""
    from parley.jvm.descriptor import parse_method_descriptor
    vm = cls.vm
    seen = {}
    found = 0
    applicable = []
    c = cls
    while c is not None:
        for m in c.methods:
            if not (m.is_static() and m.name == name and m.nargs == len(args)):
                continue
            if m.key in seen:
                continue        # hidden by a subclass's method
            seen[m.key] = True
            found += 1
            params, ret = parse_method_descriptor(m.signature, name)
            cand = Candidate(m, params)
            ok = True
            for i in range(len(args)):
                if not applies(vm, params[i], args[i]):
                    ok = False
                    break
                if vm.tag == 'clr' and not cand.unsigned[i] and \
                        is_unsigned_box(args[i]) and \
                        primitive_kind(args[i]) == params[i]:
                    ok = False      # C# has no uint -> int conversion
                    break
            if ok:
                applicable.append(cand)
        c = c.superclass
    if found == 0:
        raise side.illegal_argument('no static method %s with %d arguments in %s'
                                    % (name, len(args), cls.name))
    if not applicable:
        raise side.illegal_argument('no static method %s of %s takes (%s)'
                                    % (name, cls.name, _arg_types(args)))
    best = []
    for cand in applicable:
        ok = True
        for other in applicable:
            if other is not cand and not more_specific(vm, cand, other, args):
                ok = False
                break
        if ok:
            best.append(cand)
    if len(best) != 1:
        raise side.illegal_argument('ambiguous call: %d static methods %s of %s take (%s)'
                                    % (len(applicable), name, cls.name,
                                       _arg_types(args)))
    return best[0]


def call(side, w_h, w_type, w_method, w_args):
    from parley.jvm.descriptor import parse_method_descriptor
    vm = _instance(side, w_h)
    cls = find_type(side, vm, _string(w_type))
    name = _string(w_method)
    callee_tag = cls.vm.tag
    args = []
    if isinstance(w_args, W_RefArray):
        for w in w_args.storage:
            args.append(for_callee(w, callee_tag))
    target = choose_static(side, cls, name, args)
    params, ret = parse_method_descriptor(target.method.signature, name)
    call_args = [None] * len(args)
    for i in range(len(args)):
        call_args[i] = unbox_for(params[i], args[i], callee_tag)
    klass = target.method.klass
    if klass.needs_init():
        klass.vm.initialize(klass)
    w_res = target.method.invoke(call_args)
    return side.box(ret, w_res)


def destroy(side, w_h):
    vm = _instance(side, w_h)
    try:
        _coordinator().destroy(vm)
    except CoordinationError as e:
        raise side.refused(e)
    return None


def lookup(side, w_h, w_type):
    from parley.interop.core import mirror_of
    vm = _instance(side, w_h)
    return mirror_of(find_type(side, vm, _string(w_type)))


_jvm = Side('jvm')
_clr = Side('clr')


def _j_create_jvm(args):
    return create_jvm(_jvm, _string(args[0]))


def _j_create_clr(args):
    return create_clr(_jvm, args[0])


def _j_call(args):
    return call(_jvm, args[0], args[1], args[2], args[3])


def _j_destroy(args):
    return destroy(_jvm, args[0])


def _j_lookup(args):
    return lookup(_jvm, args[0], args[1])


def _j_self(args):
    return handle_of(_coordinator().jvm)


def _c_create_jvm(args):
    return create_jvm(_clr, _string(args[0]))


def _c_create_clr(args):
    return create_clr(_clr, args[0])


def _c_call(args):
    return call(_clr, args[0], args[1], args[2], args[3])


def _c_destroy(args):
    return destroy(_clr, args[0])


def _c_lookup(args):
    return lookup(_clr, args[0], args[1])


def _c_self(args):
    return handle_of(_coordinator().clr)


def install_java(make_class, object_class):
    cls = make_class('parley.Parley', object_class)
    add_native(cls, 'createJvm', '(' + STRING + ')' + OBJECT, _j_create_jvm, STATIC)
    add_native(cls, 'createClr', '([' + STRING + ')' + OBJECT, _j_create_clr, STATIC)
    add_native(cls, 'call', '(' + OBJECT + STRING + STRING + '[' + OBJECT + ')' + OBJECT,
               _j_call, STATIC | 0x80)
    add_native(cls, 'destroy', '(' + OBJECT + ')V', _j_destroy, STATIC)
    add_native(cls, 'lookup', '(' + OBJECT + STRING + ')Ljava/lang/Class;', _j_lookup, STATIC)
    add_native(cls, 'self', '()' + OBJECT, _j_self, STATIC)
    return cls


def install_csharp(make_class, object_class):
    cls = make_class('Parley.Runtime', object_class)
    add_native(cls, 'CreateJvm', '(' + STRING + ')' + OBJECT, _c_create_jvm, STATIC)
    add_native(cls, 'CreateClr', '([' + STRING + ')' + OBJECT, _c_create_clr, STATIC)
    add_native(cls, 'Call', '(' + OBJECT + STRING + STRING + '[' + OBJECT + ')' + OBJECT,
               _c_call, STATIC)
    add_native(cls, 'Destroy', '(' + OBJECT + ')V', _c_destroy, STATIC)
    add_native(cls, 'Lookup', '(' + OBJECT + STRING + ')Lcli/System/Type;', _c_lookup, STATIC)
    add_native(cls, 'get_Self', '()' + OBJECT, _c_self, STATIC)
    return cls
