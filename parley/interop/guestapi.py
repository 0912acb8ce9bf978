"""The coordinator's guest-visible API: `parley.Parley` for Java and
`Parley.Runtime` for C#.  A program creates further VM instances (each with
its own class path or assemblies, its own class namespace and static
state), looks types up in them, calls their static methods, and destroys
them (their classes and statics become garbage).

    Object vm = Parley.createJvm("plugins/a");          // Java
    Object r = Parley.call(vm, "plugin.Main", "run", 3);
    Class<?> c = Parley.lookup(vm, "plugin.Main");
    Parley.destroy(vm);

    object vm = Parley.Runtime.CreateClr(new[] { "Lib.dll" });   // C#
    object r = Parley.Runtime.Call(vm, "Lib.Calc", "Add", 2, 3);

`call` picks the public static method of that name taking as many
arguments as given; primitive arguments arrive boxed (Java boxes or CLR
boxes, whichever the caller has) and are unboxed for the callee, and a
primitive result is boxed for the caller.  A destroyed instance, an
unknown type or method raise IllegalStateException / IllegalArgumentException
(InvalidOperationException / ArgumentException in C#).

The instance the command line made (the program's own JVM or CLR) is
`Parley.self()` / `Parley.Runtime.Self`.
"""
from parley.interop.model import (W_Root, W_Instance, W_Box, W_Int, W_Long,
                                  W_Double, W_Float, W_String, W_RefArray)
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.errors import GuestException

STATIC = ACC_PUBLIC | ACC_STATIC
OBJECT = 'Ljava/lang/Object;'
STRING = 'Ljava/lang/String;'


class W_VmHandle(W_Root):
    """A guest's reference to a VM instance."""

    def __init__(self, vm):
        self.vm = vm
        self.destroyed = False

    def getclass(self):
        from parley.interop.core import object_class
        return object_class


def _coordinator():
    from parley.interop.coordinator import coordinator
    return coordinator


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

    def box(self, d, w):
        """A callee's result of descriptor d, boxed for this caller."""
        c = d[0]
        if c == 'L' or c == '[' or c == 'V' or w is None:
            return w
        if self.tag == 'jvm':
            from parley.clr.delegates import to_java
            if c == 'F' and isinstance(w, W_Float):
                w = W_Double(w.floatval)
            return to_java(d, w)
        cls = _primitive_clr_class(c)
        if cls is None:
            return w
        if isinstance(w, W_Float):
            w = W_Double(w.floatval)
        return W_Box(cls, w)


PRIMITIVE_CLR_NAMES = {'I': 'System.Int32', 'J': 'System.Int64',
                       'Z': 'System.Boolean', 'C': 'System.Char',
                       'D': 'System.Double', 'F': 'System.Single',
                       'S': 'System.Int16', 'B': 'System.SByte'}


def _primitive_clr_class(c):
    name = PRIMITIVE_CLR_NAMES.get(c, '')
    if not name:
        return None
    return _coordinator().clr.corlib.get(name, None)


def unbox_for(d, w, callee_tag):
    """An argument as the callee's parameter of descriptor d takes it."""
    c = d[0]
    if c == 'L' or c == '[' or w is None:
        return w
    if isinstance(w, W_Box):
        w = w.w_value
    elif isinstance(w, W_Instance) and len(w.fields) > 0:
        w = w.fields[0]           # a Java box: its value field
    if callee_tag == 'clr' and isinstance(w, W_Float):
        return W_Double(w.floatval)
    if callee_tag == 'jvm' and c == 'F' and isinstance(w, W_Double):
        return W_Float(w.floatval)
    return w


def _handle(side, w):
    if not isinstance(w, W_VmHandle):
        raise side.illegal_argument('not a VM instance')
    if w.destroyed:
        raise side.illegal_state('the VM instance was destroyed')
    return w


def create_jvm(side, classpath):
    from parley.jvm.vm import JvmInstance
    c = _coordinator()
    vm = JvmInstance(c)
    entries = []
    for p in classpath.split(':'):
        if p:
            entries.append(p)
    vm.classpath = entries
    c.register(vm)
    return W_VmHandle(vm)


def create_clr(side, w_paths):
    from parley.clr.vm import ClrInstance
    from parley.interop.errors import FatalError
    c = _coordinator()
    vm = ClrInstance(c)
    if isinstance(w_paths, W_RefArray):
        for w in w_paths.storage:
            try:
                vm.load_assembly(_string(w))
            except FatalError as e:
                raise side.illegal_argument(e.msg)
    c.register(vm)
    return W_VmHandle(vm)


def find_type(side, h, name):
    vm = h.vm
    cls = vm.find_class(name)
    if cls is None:
        raise side.illegal_argument('no type %s in that VM instance' % name)
    return cls


def call(side, w_h, w_type, w_method, w_args):
    from parley.jvm.descriptor import parse_method_descriptor
    h = _handle(side, w_h)
    cls = find_type(side, h, _string(w_type))
    name = _string(w_method)
    args = []
    if isinstance(w_args, W_RefArray):
        for w in w_args.storage:
            args.append(w)
    target = None
    c = cls
    while c is not None and target is None:
        for m in c.methods:
            if m.is_static() and m.name == name and m.nargs == len(args):
                target = m
                break
        c = c.superclass
    if target is None:
        raise side.illegal_argument('no static method %s with %d arguments in %s'
                                    % (name, len(args), cls.name))
    params, ret = parse_method_descriptor(target.signature, name)
    callee_tag = cls.vm.tag
    call_args = [None] * len(args)
    for i in range(len(args)):
        call_args[i] = unbox_for(params[i], args[i], callee_tag)
    if cls.needs_init():
        cls.vm.initialize(cls)
    w_res = target.invoke(call_args)
    return side.box(ret, w_res)


def destroy(side, w_h):
    h = _handle(side, w_h)
    c = _coordinator()
    vm = h.vm
    if vm is c.jvm or vm is c.clr:
        raise side.illegal_state('the program\'s own VM instance cannot be destroyed')
    h.destroyed = True
    vms = []
    for v in c.vms:
        if v is not vm:
            vms.append(v)
    c.vms = vms
    forget(vm)
    return None


def forget(vm):
    """Drop a destroyed instance's classes: with no references left from
    live objects they, their statics and their code are garbage."""
    from parley.jvm.vm import JvmInstance
    from parley.clr.vm import ClrInstance
    if isinstance(vm, JvmInstance):
        vm.classes = {}
        vm.jars = {}
        vm.classpath = []
    elif isinstance(vm, ClrInstance):
        vm.assemblies = []
        vm.by_name = {}
        vm.generic_instances = {}


def lookup(side, w_h, w_type):
    from parley.interop.core import mirror_of
    h = _handle(side, w_h)
    return mirror_of(find_type(side, h, _string(w_type)))


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
    return W_VmHandle(_coordinator().jvm)


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
    return W_VmHandle(_coordinator().clr)


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
