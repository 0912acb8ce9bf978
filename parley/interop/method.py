"""Methods and the calling convention shared by both VMs.

A call, whoever makes it, is `method.invoke(args)`: `args` is a list with
one W_Root per parameter (the receiver first for instance methods; a Java
long or double is ONE entry, whatever slots it takes in a JVM frame), and
the result is a W_Root, or None for void.  Each VM's method subclass turns
that into a frame of its own interpreter; native methods are RPython
functions with the same signature.  Because both interpreters' entry points
are JIT portals, a call from one into the other is inlined into the caller's
trace like any call.
"""
from rpython.rlib import jit

ACC_PUBLIC = 0x0001
ACC_PRIVATE = 0x0002
ACC_PROTECTED = 0x0004
ACC_STATIC = 0x0008
ACC_FINAL = 0x0010
ACC_NATIVE = 0x0100
ACC_ABSTRACT = 0x0400
# not a JVM bit: a CLR instance method that is not virtual
ACC_NONVIRTUAL = 0x10000


class Method(object):
    _immutable_fields_ = ['name', 'key', 'klass', 'flags', 'nargs',
                          'returns_value', 'vtable_index?', 'signature',
                          'clr_variant?', 'returns_f32']

    def __init__(self, klass, name, signature, flags, nargs, returns_value):
        self.klass = klass
        self.name = name
        self.signature = signature      # Parley descriptor "(ILString;)V"
        self.key = name + signature
        self.flags = flags
        self.nargs = nargs              # entries in args, receiver included
        self.returns_value = returns_value
        # a float32 result (the CLR keeps it as a float32 on its stack)
        self.returns_f32 = signature.endswith(')F')
        self.vtable_index = -1
        # a slot both VMs share whose libraries disagree (String's hash):
        # what CLR call sites run instead (parley.clr.lib.stringhash)
        self.clr_variant = None

    def is_static(self):
        return self.flags & ACC_STATIC != 0

    def is_abstract(self):
        return self.flags & ACC_ABSTRACT != 0

    def is_private(self):
        return self.flags & ACC_PRIVATE != 0

    def is_virtual(self):
        return (self.flags & (ACC_STATIC | ACC_PRIVATE | ACC_NONVIRTUAL) == 0 and
                self.name != '<init>' and self.name != '.ctor')

    def vm_tag(self):
        return self.klass.vm.tag

    def invoke(self, args):
        raise NotImplementedError

    def qualified_name(self):
        return self.klass.name + '.' + self.name

    def location(self, pc):
        """A stack-trace line for this method at bytecode position pc, in
        the notation of the VM that defined it."""
        return self.klass.vm.format_frame(self, pc)

    def line_for(self, pc):
        return -1


class NativeMethod(Method):
    """A method implemented in RPython (Parley's core libraries)."""
    _immutable_fields_ = ['func']

    def __init__(self, klass, name, signature, flags, nargs, returns_value,
                 func):
        Method.__init__(self, klass, name, signature, flags, nargs,
                        returns_value)
        self.func = func

    def invoke(self, args):
        return self.func(args)


class StackEntry(object):
    """One frame of a guest stack trace: the method and the bytecode
    position, whichever VM ran it."""
    _immutable_fields_ = ['method', 'pc']

    def __init__(self, method, pc):
        self.method = method
        self.pc = pc
