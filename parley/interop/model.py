"""The one object model both interpreters share.

Every guest value is a W_Root.  Primitive values are boxed in small
immutable objects (W_Int for the 32-bit-and-narrower integers of both VMs,
W_Long, W_Double, W_Float) that the JIT removes inside a trace; references
are W_Object subclasses or None (the null reference of both VMs).

Objects carry their W_Class: one class representation for both VMs, so a
Java object and a CLR object differ only in the class they point to.
"""
from rpython.rlib import jit
from rpython.rlib.rarithmetic import intmask, r_uint
from rpython.rtyper.lltypesystem import rffi, lltype


def wrap32(x):
    """Truncate to a signed 32-bit value (Java int / CLR int32 wrap-around)."""
    return intmask(rffi.cast(rffi.INT, x))


def wrap16(x):
    return intmask(rffi.cast(rffi.SHORT, x))


def wrap8(x):
    return intmask(rffi.cast(rffi.SIGNEDCHAR, x))


def wrapu16(x):
    return intmask(rffi.cast(rffi.USHORT, x))


def wrapu8(x):
    return intmask(rffi.cast(rffi.UCHAR, x))


def wrapu32(x):
    return intmask(rffi.cast(rffi.UINT, x))


class SharedClasses(object):
    """The classes every VM shares (filled in by parley.interop.core at
    import time, so they are constants for the JIT)."""
    _immutable_fields_ = ['object_class', 'string_class', 'array_base_class']

    def __init__(self):
        self.object_class = None
        self.string_class = None
        # System.Array, which every array is an instance of (set by
        # parley.clr.corlib)
        self.array_base_class = None

shared = SharedClasses()


class W_Root(object):
    _attrs_ = []

    def getclass(self):
        return None

    def is_reference(self):
        return False


class W_Int(W_Root):
    """int32 and the narrower integers (boolean, byte, char, short)."""
    _attrs_ = _immutable_fields_ = ['intval']

    def __init__(self, intval):
        self.intval = intval


class W_Long(W_Root):
    _attrs_ = _immutable_fields_ = ['longval']

    def __init__(self, longval):
        self.longval = longval


class W_Double(W_Root):
    _attrs_ = _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval


class W_Single(W_Double):
    """A float32 value on the CLR evaluation stack (type F, kept rounded
    to single precision): arithmetic on two of them rounds to float32, as
    Mono's default -O=float32 computes; mixed with a W_Double it promotes
    to double.  Everything that reads F reads it as a W_Double."""
    _attrs_ = []


class W_Float(W_Root):
    """float32: the value is kept rounded to single precision."""
    _attrs_ = _immutable_fields_ = ['floatval']

    def __init__(self, floatval):
        self.floatval = floatval


class W_Object(W_Root):
    """Base of every reference value."""
    _attrs_ = []

    def is_reference(self):
        return True


class W_Instance(W_Object):
    """An instance of a class loaded by either VM.  Instance fields live in
    one list laid out by the class (superclass fields first), whatever VM
    declared each of them."""
    _attrs_ = ['klass', 'fields']
    _immutable_fields_ = ['klass', 'fields']

    @jit.unroll_safe
    def __init__(self, klass):
        self.klass = klass
        defaults = klass.instance_defaults
        fields = [None] * len(defaults)
        for i in range(len(defaults)):
            fields[i] = defaults[i]
        self.fields = fields

    def getclass(self):
        return self.klass


class W_String(W_Object):
    """java.lang.String and System.String: one immutable UTF-16 string."""
    _attrs_ = _immutable_fields_ = ['value']

    def __init__(self, value):
        assert isinstance(value, unicode)
        self.value = value

    def getclass(self):
        return shared.string_class


class W_Array(W_Object):
    """Arrays are one kind of object for both VMs; the element storage is
    specialised by subclass."""
    _attrs_ = ['klass']
    _immutable_fields_ = ['klass']

    def getclass(self):
        return self.klass

    def length(self):
        raise NotImplementedError


class W_IntArray(W_Array):
    """Arrays of int32 and narrower integers (the class says which)."""
    _attrs_ = ['storage']
    _immutable_fields_ = ['storage']

    def __init__(self, klass, n):
        self.klass = klass
        self.storage = [0] * n

    def length(self):
        return len(self.storage)


class W_LongArray(W_Array):
    _attrs_ = ['storage']
    _immutable_fields_ = ['storage']

    def __init__(self, klass, n):
        self.klass = klass
        self.storage = [0] * n

    def length(self):
        return len(self.storage)


class W_DoubleArray(W_Array):
    _attrs_ = ['storage']
    _immutable_fields_ = ['storage']

    def __init__(self, klass, n):
        self.klass = klass
        self.storage = [0.0] * n

    def length(self):
        return len(self.storage)


class W_RefArray(W_Array):
    _attrs_ = ['storage']
    _immutable_fields_ = ['storage']

    def __init__(self, klass, n):
        self.klass = klass
        self.storage = [None] * n

    def length(self):
        return len(self.storage)


# shared immutable boxes for the commonest values
W_FALSE = W_Int(0)
W_TRUE = W_Int(1)


MAX_TRACE = 1024


class W_Throwable(W_Instance):
    """An instance of java.lang.Throwable / System.Exception or a subclass
    (of either VM).  It carries the stack trace recorded as the exception
    unwinds through frames of both interpreters."""
    _attrs_ = ['trace', 'trace_closed', 'message', 'cause', 'suppressed',
               'dispatch', 'catch_closed', 'resume_skip']

    def __init__(self, klass):
        W_Instance.__init__(self, klass)
        self.trace = []
        self.trace_closed = False
        # CLR unwinding (parley.clr.interpreter): the trace was closed by a
        # catch handler (a rethrow reopens it, a throw starts it anew), and
        # the frame whose finally block runs is recorded already (the
        # endfinally that resumes the exception records nothing)
        self.catch_closed = False
        self.resume_skip = False
        # the CLR's first pass over the filters (parley.clr.interpreter
        # .Dispatch), while the exception is in flight
        self.dispatch = None
        self.message = None     # W_String or None: getMessage() == Message
        self.cause = None       # W_Throwable or None: getCause() == InnerException
        self.suppressed = None  # list of W_Throwable (try-with-resources)

    def record_frame(self, entry):
        if self.resume_skip:
            self.resume_skip = False
            return
        # at most MAX_TRACE frames, as HotSpot's MaxJavaStackTraceDepth
        if not self.trace_closed and len(self.trace) < MAX_TRACE:
            self.trace.append(entry)


class W_Box(W_Object):
    """A boxed CLR value of a primitive type (System.Int32 ...): the class
    says which; the value is the primitive box the stacks hold."""
    _attrs_ = _immutable_fields_ = ['klass', 'w_value']

    def __init__(self, klass, w_value):
        self.klass = klass
        self.w_value = w_value

    def getclass(self):
        return self.klass


class W_ClassMirror(W_Instance):
    """The java.lang.Class object (and System.Type object) of a class: one
    per W_Class, created on first use."""
    _attrs_ = ['target']
    _immutable_fields_ = ['target']

    def __init__(self, klass, target):
        W_Instance.__init__(self, klass)
        self.target = target


class W_Struct(W_Instance):
    """An unboxed CLR value-type instance (a C# struct value).  Value
    semantics: a W_Struct is never shared by two storage locations (locals,
    arguments, fields, statics, array elements); whatever stores one stores
    a copy, or copies into the struct already there (see
    parley.clr.valuetypes), so a managed pointer to a struct location can
    simply be the struct object.  A *boxed* struct is a plain W_Instance of
    the struct's class (a reference, shared like any object)."""
    _attrs_ = []

    def __init__(self, klass, fields):
        self.klass = klass
        self.fields = fields
