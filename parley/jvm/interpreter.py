"""The JVM interpreter: one method per opcode on the frame, dispatched from
a table built at import time (as PyPy's pyopcode does).

Frames are virtualizable: in a JIT trace their locals and operand stack
live in registers.  Every value is a W_Root box (parley.interop.model); a
long or double is one stack entry and one box, occupying two local slots
as the JVM specification says.
"""
from rpython.rlib import jit, rstackovf
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.rarithmetic import intmask, r_uint, ovfcheck
from rpython.rlib.objectmodel import we_are_translated
from parley.interop.model import (W_Root, W_Int, W_Long, W_Double, W_Float,
    W_Object, W_Instance, W_String, W_Array, W_IntArray, W_LongArray,
    W_DoubleArray, W_RefArray, W_Throwable, wrap32, wrap16, wrap8, wrapu16,
    wrapu8, W_Struct)
from parley.interop.errors import GuestException
from parley.interop.method import StackEntry
from parley.interop import framechain
from parley.interop.framechain import ChainFrame
from parley.interop.klass import INITIALIZED
from parley.interop import arith
from parley.interop.frame import StackMixin, pop_args
from parley.interop.dispatch import make_dispatcher, NOT_FOUND
from rpython.rlib.objectmodel import import_from_mixin
from parley.jvm import opcodes
from parley.jvm.loader import JvmMethod
from parley.jvm.classfile import ClassFormatError
from parley.jvm.npe import npe_message
from parley.interop.core import java_class_name


def get_printable_location(pc, method):
    code = method.code
    if 0 <= pc < len(code):
        name = opcodes.NAME_LIST[ord(code[pc])]
    else:
        name = '?'
    return 'jvm %s.%s@%d %s' % (method.klass.name, method.name, pc, name)


jitdriver = jit.JitDriver(greens=['pc', 'method'], reds=['frame'],
                          virtualizables=['frame'],
                          get_printable_location=get_printable_location,
                          is_recursive=True, name='jvm')


class JvmFrame(ChainFrame):
    """A JVM frame; also a frame of the live-frame chain (framechain), with
    the pc of the instruction it runs, for stack traces."""
    _virtualizable_ = ['values[*]', 'sp', 'pc']
    _immutable_fields_ = ['method', 'stack_base']
    import_from_mixin(StackMixin)

    def __init__(self, method):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.method = method
        self.values = [None] * (method.max_locals + method.max_stack)
        self.stack_base = method.max_locals
        self.sp = method.max_locals
        self.pc = 0

    def chain_method(self):
        return self.method

    def chain_pc(self):
        return self.pc

    def stack_error(self, reason):
        return verify_error(self, reason)

    def pop_long(self):
        w = self.pop()
        if not isinstance(w, W_Long):
            raise verify_error(self)
        return w.longval

    def pop_double(self):
        w = self.pop()
        if isinstance(w, W_Double):
            return w.floatval
        if not isinstance(w, W_Float):
            raise verify_error(self)
        return w.floatval

    def push_int(self, v):
        self.push(W_Int(v))

    def push_long(self, v):
        self.push(W_Long(v))

    def load(self, i):
        return self.get(i)

    def store(self, i, w):
        self.set(i, w)

    def code_method(self):
        """The running method, a constant in a trace (it is the green
        variable of the JitDriver)."""
        return jit.promote(self.method)

    def vm(self):
        return self.code_method().klass.vm

    def cp(self):
        return self.code_method().cp


def verify_error(frame, reason='Bad type on operand stack'):
    m = frame.method
    return m.klass.vm.throw('java/lang/VerifyError',
                            '(class: %s, method: %s signature: %s) %s'
                            % (m.klass.name.replace('.', '/'), m.name,
                               m.signature, reason))


def u1(code, pc):
    return ord(code[pc])


def u2(code, pc):
    return (ord(code[pc]) << 8) | ord(code[pc + 1])


def s1(code, pc):
    v = ord(code[pc])
    if v >= 128:
        v -= 256
    return v


def s2(code, pc):
    v = u2(code, pc)
    if v >= 32768:
        v -= 65536
    return v


def s4(code, pc):
    v = ((ord(code[pc]) << 24) | (ord(code[pc + 1]) << 16) |
         (ord(code[pc + 2]) << 8) | ord(code[pc + 3]))
    if v >= 0x80000000:
        v -= 0x100000000
    return v


class Handlers(object):
    """Opcode implementations.  Each takes (frame, code, pc) and returns the
    pc of the next instruction."""
    pass


_handlers = []   # (opcode, function)


def op(*names):
    def decorate(func):
        for name in names:
            _handlers.append((getattr(opcodes, name.upper()), func))
        return func
    return decorate


# ---- constants ---------------------------------------------------------------

@op('nop')
def nop(frame, code, pc):
    return pc + 1


@op('aconst_null')
def aconst_null(frame, code, pc):
    frame.push(None)
    return pc + 1


@op('iconst_m1', 'iconst_0', 'iconst_1', 'iconst_2', 'iconst_3', 'iconst_4', 'iconst_5')
def iconst(frame, code, pc):
    frame.push_int(ord(code[pc]) - opcodes.ICONST_0)
    return pc + 1


@op('lconst_0', 'lconst_1')
def lconst(frame, code, pc):
    frame.push_long(ord(code[pc]) - opcodes.LCONST_0)
    return pc + 1


@op('fconst_0', 'fconst_1', 'fconst_2')
def fconst(frame, code, pc):
    frame.push(W_Float(float(ord(code[pc]) - opcodes.FCONST_0)))
    return pc + 1


@op('dconst_0', 'dconst_1')
def dconst(frame, code, pc):
    frame.push(W_Double(float(ord(code[pc]) - opcodes.DCONST_0)))
    return pc + 1


@op('bipush')
def bipush(frame, code, pc):
    frame.push_int(s1(code, pc + 1))
    return pc + 2


@op('sipush')
def sipush(frame, code, pc):
    frame.push_int(s2(code, pc + 1))
    return pc + 3


@op('ldc')
def ldc(frame, code, pc):
    frame.push(frame.cp().constant_at(u1(code, pc + 1)))
    return pc + 2


@op('ldc_w', 'ldc2_w')
def ldc_w(frame, code, pc):
    frame.push(frame.cp().constant_at(u2(code, pc + 1)))
    return pc + 3


# ---- locals --------------------------------------------------------------------

@op('iload', 'lload', 'fload', 'dload', 'aload')
def xload(frame, code, pc):
    frame.push(frame.load(u1(code, pc + 1)))
    return pc + 2


@op('iload_0', 'iload_1', 'iload_2', 'iload_3')
def iload_n(frame, code, pc):
    frame.push(frame.load(ord(code[pc]) - opcodes.ILOAD_0))
    return pc + 1


@op('lload_0', 'lload_1', 'lload_2', 'lload_3')
def lload_n(frame, code, pc):
    frame.push(frame.load(ord(code[pc]) - opcodes.LLOAD_0))
    return pc + 1


@op('fload_0', 'fload_1', 'fload_2', 'fload_3')
def fload_n(frame, code, pc):
    frame.push(frame.load(ord(code[pc]) - opcodes.FLOAD_0))
    return pc + 1


@op('dload_0', 'dload_1', 'dload_2', 'dload_3')
def dload_n(frame, code, pc):
    frame.push(frame.load(ord(code[pc]) - opcodes.DLOAD_0))
    return pc + 1


@op('aload_0', 'aload_1', 'aload_2', 'aload_3')
def aload_n(frame, code, pc):
    frame.push(frame.load(ord(code[pc]) - opcodes.ALOAD_0))
    return pc + 1


@op('istore', 'lstore', 'fstore', 'dstore', 'astore')
def xstore(frame, code, pc):
    frame.store(u1(code, pc + 1), frame.pop())
    return pc + 2


@op('istore_0', 'istore_1', 'istore_2', 'istore_3')
def istore_n(frame, code, pc):
    frame.store(ord(code[pc]) - opcodes.ISTORE_0, frame.pop())
    return pc + 1


@op('lstore_0', 'lstore_1', 'lstore_2', 'lstore_3')
def lstore_n(frame, code, pc):
    frame.store(ord(code[pc]) - opcodes.LSTORE_0, frame.pop())
    return pc + 1


@op('fstore_0', 'fstore_1', 'fstore_2', 'fstore_3')
def fstore_n(frame, code, pc):
    frame.store(ord(code[pc]) - opcodes.FSTORE_0, frame.pop())
    return pc + 1


@op('dstore_0', 'dstore_1', 'dstore_2', 'dstore_3')
def dstore_n(frame, code, pc):
    frame.store(ord(code[pc]) - opcodes.DSTORE_0, frame.pop())
    return pc + 1


@op('astore_0', 'astore_1', 'astore_2', 'astore_3')
def astore_n(frame, code, pc):
    frame.store(ord(code[pc]) - opcodes.ASTORE_0, frame.pop())
    return pc + 1


@op('iinc')
def iinc(frame, code, pc):
    i = u1(code, pc + 1)
    w = frame.load(i)
    if not isinstance(w, W_Int):
        raise verify_error(frame)
    frame.store(i, W_Int(wrap32(w.intval + s1(code, pc + 2))))
    return pc + 3


@op('wide')
def wide(frame, code, pc):
    sub = u1(code, pc + 1)
    i = u2(code, pc + 2)
    if sub == opcodes.IINC:
        w = frame.load(i)
        if not isinstance(w, W_Int):
            raise verify_error(frame)
        frame.store(i, W_Int(wrap32(w.intval + s2(code, pc + 4))))
        return pc + 6
    if opcodes.ILOAD <= sub <= opcodes.ALOAD:
        frame.push(frame.load(i))
    elif opcodes.ISTORE <= sub <= opcodes.ASTORE:
        frame.store(i, frame.pop())
    else:
        raise frame.vm().throw('java/lang/VerifyError', 'Bad wide instruction')
    return pc + 4


# ---- stack ---------------------------------------------------------------------

def is_cat2(w):
    return isinstance(w, W_Long) or isinstance(w, W_Double)


@op('pop')
def pop(frame, code, pc):
    frame.pop()
    return pc + 1


@op('pop2')
def pop2(frame, code, pc):
    if not is_cat2(frame.pop()):
        frame.pop()
    return pc + 1


@op('dup')
def dup(frame, code, pc):
    frame.push(frame.peek(0))
    return pc + 1


@op('dup_x1')
def dup_x1(frame, code, pc):
    w1 = frame.pop()
    w2 = frame.pop()
    frame.push(w1)
    frame.push(w2)
    frame.push(w1)
    return pc + 1


@op('dup_x2')
def dup_x2(frame, code, pc):
    w1 = frame.pop()
    w2 = frame.pop()
    if is_cat2(w2):
        frame.push(w1)
        frame.push(w2)
        frame.push(w1)
    else:
        w3 = frame.pop()
        frame.push(w1)
        frame.push(w3)
        frame.push(w2)
        frame.push(w1)
    return pc + 1


@op('dup2')
def dup2(frame, code, pc):
    w1 = frame.peek(0)
    if is_cat2(w1):
        frame.push(w1)
    else:
        w2 = frame.peek(1)
        frame.push(w2)
        frame.push(w1)
    return pc + 1


@op('dup2_x1')
def dup2_x1(frame, code, pc):
    w1 = frame.pop()
    if is_cat2(w1):
        w2 = frame.pop()
        frame.push(w1)
        frame.push(w2)
        frame.push(w1)
    else:
        w2 = frame.pop()
        w3 = frame.pop()
        frame.push(w2)
        frame.push(w1)
        frame.push(w3)
        frame.push(w2)
        frame.push(w1)
    return pc + 1


@op('dup2_x2')
def dup2_x2(frame, code, pc):
    w1 = frame.pop()
    if is_cat2(w1):
        w2 = frame.pop()
        if is_cat2(w2):
            frame.push(w1)
            frame.push(w2)
            frame.push(w1)
        else:
            w3 = frame.pop()
            frame.push(w1)
            frame.push(w3)
            frame.push(w2)
            frame.push(w1)
    else:
        w2 = frame.pop()
        w3 = frame.pop()
        if is_cat2(w3):
            frame.push(w2)
            frame.push(w1)
            frame.push(w3)
            frame.push(w2)
            frame.push(w1)
        else:
            w4 = frame.pop()
            frame.push(w2)
            frame.push(w1)
            frame.push(w4)
            frame.push(w3)
            frame.push(w2)
            frame.push(w1)
    return pc + 1


@op('swap')
def swap(frame, code, pc):
    w1 = frame.pop()
    w2 = frame.pop()
    frame.push(w1)
    frame.push(w2)
    return pc + 1


# ---- int arithmetic --------------------------------------------------------------

def _int_binop(name, fn):
    def handler(frame, code, pc):
        b = frame.pop_int()
        a = frame.pop_int()
        frame.push_int(fn(a, b))
        return pc + 1
    handler.__name__ = name
    op(name)(handler)


_int_binop('iadd', lambda a, b: wrap32(a + b))
_int_binop('isub', lambda a, b: wrap32(a - b))
_int_binop('imul', lambda a, b: wrap32(a * b))
_int_binop('iand', lambda a, b: a & b)
_int_binop('ior', lambda a, b: a | b)
_int_binop('ixor', lambda a, b: a ^ b)
_int_binop('ishl', lambda a, b: wrap32(a << (b & 31)))
_int_binop('ishr', lambda a, b: a >> (b & 31))
_int_binop('iushr', lambda a, b: wrap32(intmask((r_uint(a) & r_uint(0xffffffff)) >> (b & 31))))


def _long_binop(name, fn):
    def handler(frame, code, pc):
        b = frame.pop_long()
        a = frame.pop_long()
        frame.push_long(fn(a, b))
        return pc + 1
    handler.__name__ = name
    op(name)(handler)


_long_binop('ladd', lambda a, b: intmask(a + b))
_long_binop('lsub', lambda a, b: intmask(a - b))
_long_binop('lmul', lambda a, b: intmask(a * b))
_long_binop('land', lambda a, b: a & b)
_long_binop('lor', lambda a, b: a | b)
_long_binop('lxor', lambda a, b: a ^ b)


def _long_shift(name, fn):
    def handler(frame, code, pc):
        b = frame.pop_int()
        a = frame.pop_long()
        frame.push_long(fn(a, b & 63))
        return pc + 1
    handler.__name__ = name
    op(name)(handler)


_long_shift('lshl', lambda a, b: intmask(a << b))
_long_shift('lshr', lambda a, b: a >> b)
_long_shift('lushr', lambda a, b: intmask(r_uint(a) >> b))


@op('idiv', 'irem')
def idiv(frame, code, pc):
    b = frame.pop_int()
    a = frame.pop_int()
    if b == 0:
        raise frame.vm().throw('java/lang/ArithmeticException', '/ by zero')
    if ord(code[pc]) == opcodes.IDIV:
        frame.push_int(wrap32(arith.div_trunc(a, b)))
    else:
        frame.push_int(wrap32(arith.rem_trunc(a, b)))
    return pc + 1


@op('ldiv', 'lrem')
def ldiv(frame, code, pc):
    b = frame.pop_long()
    a = frame.pop_long()
    if b == 0:
        raise frame.vm().throw('java/lang/ArithmeticException', '/ by zero')
    if ord(code[pc]) == opcodes.LDIV:
        frame.push_long(arith.div_trunc(a, b))
    else:
        frame.push_long(arith.rem_trunc(a, b))
    return pc + 1


@op('ineg')
def ineg(frame, code, pc):
    frame.push_int(wrap32(-frame.pop_int()))
    return pc + 1


@op('lneg')
def lneg(frame, code, pc):
    frame.push_long(intmask(-frame.pop_long()))
    return pc + 1


@op('i2l')
def i2l(frame, code, pc):
    frame.push_long(frame.pop_int())
    return pc + 1


@op('l2i')
def l2i(frame, code, pc):
    frame.push_int(wrap32(frame.pop_long()))
    return pc + 1


@op('i2b')
def i2b(frame, code, pc):
    frame.push_int(wrap8(frame.pop_int()))
    return pc + 1


@op('i2c')
def i2c(frame, code, pc):
    frame.push_int(wrapu16(frame.pop_int()))
    return pc + 1


@op('i2s')
def i2s(frame, code, pc):
    frame.push_int(wrap16(frame.pop_int()))
    return pc + 1


@op('lcmp')
def lcmp(frame, code, pc):
    b = frame.pop_long()
    a = frame.pop_long()
    if a < b:
        frame.push_int(-1)
    elif a > b:
        frame.push_int(1)
    else:
        frame.push_int(0)
    return pc + 1


# ---- floating point ------------------------------------------------------------

def _double_binop(name, fn):
    def handler(frame, code, pc):
        b = frame.pop_double()
        a = frame.pop_double()
        frame.push(W_Double(fn(a, b)))
        return pc + 1
    handler.__name__ = name
    op(name)(handler)


def _float_binop(name, fn):
    def handler(frame, code, pc):
        b = frame.pop_double()
        a = frame.pop_double()
        frame.push(W_Float(arith.round_float32(fn(a, b))))
        return pc + 1
    handler.__name__ = name
    op(name)(handler)


_double_binop('dadd', lambda a, b: a + b)
_double_binop('dsub', lambda a, b: a - b)
_double_binop('dmul', lambda a, b: a * b)
_double_binop('ddiv', arith.fdiv)
_double_binop('drem', arith.fmod)
_float_binop('fadd', lambda a, b: a + b)
_float_binop('fsub', lambda a, b: a - b)
_float_binop('fmul', lambda a, b: a * b)
_float_binop('fdiv', arith.fdiv)
_float_binop('frem', arith.fmod)


@op('dneg')
def dneg(frame, code, pc):
    frame.push(W_Double(-frame.pop_double()))
    return pc + 1


@op('fneg')
def fneg(frame, code, pc):
    frame.push(W_Float(-frame.pop_double()))
    return pc + 1


@op('i2d')
def i2d(frame, code, pc):
    frame.push(W_Double(float(frame.pop_int())))
    return pc + 1


@op('i2f')
def i2f(frame, code, pc):
    frame.push(W_Float(arith.round_float32(float(frame.pop_int()))))
    return pc + 1


@op('l2d')
def l2d(frame, code, pc):
    frame.push(W_Double(float(frame.pop_long())))
    return pc + 1


@op('l2f')
def l2f(frame, code, pc):
    frame.push(W_Float(arith.round_float32(float(frame.pop_long()))))
    return pc + 1


@op('f2d')
def f2d(frame, code, pc):
    frame.push(W_Double(frame.pop_double()))
    return pc + 1


@op('d2f')
def d2f(frame, code, pc):
    frame.push(W_Float(arith.round_float32(frame.pop_double())))
    return pc + 1


@op('d2i', 'f2i')
def d2i(frame, code, pc):
    frame.push_int(arith.double_to_int(frame.pop_double(), 32))
    return pc + 1


@op('d2l', 'f2l')
def d2l(frame, code, pc):
    frame.push_long(arith.double_to_int(frame.pop_double(), 64))
    return pc + 1


@op('dcmpl', 'dcmpg', 'fcmpl', 'fcmpg')
def dcmp(frame, code, pc):
    b = frame.pop_double()
    a = frame.pop_double()
    opc = ord(code[pc])
    if a < b:
        frame.push_int(-1)
    elif a > b:
        frame.push_int(1)
    elif a == b:
        frame.push_int(0)
    elif opc == opcodes.DCMPG or opc == opcodes.FCMPG:
        frame.push_int(1)
    else:
        frame.push_int(-1)
    return pc + 1


# ---- branches ------------------------------------------------------------------

@op('ifeq', 'ifne', 'iflt', 'ifge', 'ifgt', 'ifle')
def if_zero(frame, code, pc):
    v = frame.pop_int()
    opc = ord(code[pc])
    if opc == opcodes.IFEQ:
        taken = v == 0
    elif opc == opcodes.IFNE:
        taken = v != 0
    elif opc == opcodes.IFLT:
        taken = v < 0
    elif opc == opcodes.IFGE:
        taken = v >= 0
    elif opc == opcodes.IFGT:
        taken = v > 0
    else:
        taken = v <= 0
    if taken:
        return pc + s2(code, pc + 1)
    return pc + 3


@op('if_icmpeq', 'if_icmpne', 'if_icmplt', 'if_icmpge', 'if_icmpgt', 'if_icmple')
def if_icmp(frame, code, pc):
    b = frame.pop_int()
    a = frame.pop_int()
    opc = ord(code[pc])
    if opc == opcodes.IF_ICMPEQ:
        taken = a == b
    elif opc == opcodes.IF_ICMPNE:
        taken = a != b
    elif opc == opcodes.IF_ICMPLT:
        taken = a < b
    elif opc == opcodes.IF_ICMPGE:
        taken = a >= b
    elif opc == opcodes.IF_ICMPGT:
        taken = a > b
    else:
        taken = a <= b
    if taken:
        return pc + s2(code, pc + 1)
    return pc + 3


@op('if_acmpeq', 'if_acmpne')
def if_acmp(frame, code, pc):
    b = frame.pop()
    a = frame.pop()
    same = a is b
    if ord(code[pc]) == opcodes.IF_ACMPNE:
        same = not same
    if same:
        return pc + s2(code, pc + 1)
    return pc + 3


@op('ifnull', 'ifnonnull')
def ifnull(frame, code, pc):
    w = frame.pop()
    isnull = w is None
    if ord(code[pc]) == opcodes.IFNONNULL:
        isnull = not isnull
    if isnull:
        return pc + s2(code, pc + 1)
    return pc + 3


@op('goto')
def goto(frame, code, pc):
    return pc + s2(code, pc + 1)


@op('goto_w')
def goto_w(frame, code, pc):
    return pc + s4(code, pc + 1)


@op('jsr', 'ret', 'jsr_w')
def jsr(frame, code, pc):
    raise frame.vm().throw('java/lang/VerifyError',
                           '(class: %s, method: %s) jsr/ret are not supported'
                           % (frame.method.klass.name, frame.method.name))


@op('tableswitch')
def tableswitch(frame, code, pc):
    index = frame.pop_int()
    base = (pc + 4) & ~3
    default = s4(code, base)
    low = s4(code, base + 4)
    high = s4(code, base + 8)
    if index < low or index > high:
        return pc + default
    return pc + s4(code, base + 12 + 4 * (index - low))


@op('lookupswitch')
@jit.unroll_safe
def lookupswitch(frame, code, pc):
    key = frame.pop_int()
    base = (pc + 4) & ~3
    default = s4(code, base)
    npairs = s4(code, base + 4)
    i = 0
    while i < npairs:
        p = base + 8 + 8 * i
        if s4(code, p) == key:
            return pc + s4(code, p + 4)
        i += 1
    return pc + default


# ---- objects and fields ----------------------------------------------------------

def ensure_initialized(klass):
    klass = jit.promote(klass)
    if klass.init_state != INITIALIZED:
        klass.vm.initialize(klass)


def null_check(frame, w, pc):
    if w is None:
        raise null_pointer(frame, pc)
    return w


def null_pointer(frame, pc):
    """A NullPointerException with JDK 17's helpful message."""
    msg = npe_message(frame.code_method(), pc)
    return frame.vm().throw('java/lang/NullPointerException', msg if msg else None)


@op('new')
def new(frame, code, pc):
    klass = frame.cp().class_at(u2(code, pc + 1))
    ensure_initialized(klass)
    frame.push(klass.instantiate())
    return pc + 3


@op('getstatic')
def getstatic(frame, code, pc):
    field = frame.cp().field_at(u2(code, pc + 1))
    ensure_initialized(field.owner)
    frame.push(struct_copy(field.owner.static_values[field.index]))
    return pc + 3


@op('putstatic')
def putstatic(frame, code, pc):
    field = frame.cp().field_at(u2(code, pc + 1))
    ensure_initialized(field.owner)
    field.owner.static_values[field.index] = frame.pop()
    return pc + 3


@op('getfield')
def getfield(frame, code, pc):
    field = frame.cp().field_at(u2(code, pc + 1))
    w_obj = null_check(frame, frame.pop(), pc)
    if not isinstance(w_obj, W_Instance):
        raise verify_error(frame)
    frame.push(struct_copy(w_obj.fields[field.index]))
    return pc + 3


def struct_copy(w):
    """A C# struct read from a field reaches Java as a copy of its own."""
    if isinstance(w, W_Struct):
        from parley.clr.valuetypes import copy_struct
        return copy_struct(w)
    return w


@op('putfield')
def putfield(frame, code, pc):
    field = frame.cp().field_at(u2(code, pc + 1))
    w_val = frame.pop()
    w_obj = null_check(frame, frame.pop(), pc)
    if not isinstance(w_obj, W_Instance):
        raise verify_error(frame)
    w_obj.fields[field.index] = w_val
    return pc + 3


@op('checkcast')
def checkcast(frame, code, pc):
    klass = frame.cp().class_at(u2(code, pc + 1))
    w = frame.peek(0)
    if w is not None and not w.getclass().is_subclass_of(klass):
        raise frame.vm().throw('java/lang/ClassCastException',
                               cast_message(w.getclass(), klass))
    return pc + 3


@jit.dont_look_inside
def cast_message(src, dst):
    """HotSpot 17's ClassCastException message."""
    a = java_class_name(src)
    b = java_class_name(dst)
    la = loader_text(src)
    lb = loader_text(dst)
    if la == lb:
        where = '%s and %s are in %s' % (a, b, la)
    else:
        where = '%s is in %s; %s is in %s' % (a, la, b, lb)
    return 'class %s cannot be cast to class %s (%s)' % (a, b, where)


def loader_text(cls):
    while cls.component is not None:
        cls = cls.component
    if cls.is_array() or cls.name.startswith('java.'):
        return "module java.base of loader 'bootstrap'"
    return "unnamed module of loader 'app'"


@op('instanceof')
def instanceof(frame, code, pc):
    klass = frame.cp().class_at(u2(code, pc + 1))
    w = frame.pop()
    if w is not None and w.getclass().is_subclass_of(klass):
        frame.push_int(1)
    else:
        frame.push_int(0)
    return pc + 3


@op('monitorenter', 'monitorexit')
def monitor(frame, code, pc):
    null_check(frame, frame.pop(), pc)
    return pc + 1


@op('athrow')
def athrow(frame, code, pc):
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_Throwable):
        raise verify_error(frame)
    raise GuestException(w)


# ---- arrays --------------------------------------------------------------------

@op('newarray')
def newarray(frame, code, pc):
    n = frame.pop_int()
    atype = u1(code, pc + 1)
    frame.push(frame.vm().new_primitive_array(atype, n))
    return pc + 2


@op('anewarray')
def anewarray(frame, code, pc):
    n = frame.pop_int()
    klass = frame.cp().class_at(u2(code, pc + 1))
    frame.push(frame.vm().new_ref_array(klass, n))
    return pc + 3


@op('multianewarray')
@jit.unroll_safe
def multianewarray(frame, code, pc):
    klass = frame.cp().class_at(u2(code, pc + 1))
    dims = u1(code, pc + 3)
    counts = [0] * dims
    i = dims - 1
    while i >= 0:
        counts[i] = frame.pop_int()
        i -= 1
    frame.push(frame.vm().new_multi_array(klass, counts, 0))
    return pc + 4


@op('arraylength')
def arraylength(frame, code, pc):
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_Array):
        raise verify_error(frame)
    frame.push_int(w.length())
    return pc + 1


def bounds(frame, w, i, n):
    if i < 0 or i >= n:
        raise frame.vm().throw('java/lang/ArrayIndexOutOfBoundsException',
                               'Index %d out of bounds for length %d' % (i, n))


@jit.elidable
def _unsigned_elements(arr_cls):
    """Is arr_cls the class of a CLR byte[] or ushort[]?"""
    name = arr_cls.elem_class.name
    return name == 'System.Byte' or name == 'System.UInt16'


@op('iaload', 'baload', 'caload', 'saload')
def iaload(frame, code, pc):
    i = frame.pop_int()
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_IntArray):
        raise verify_error(frame)
    bounds(frame, w, i, len(w.storage))
    v = w.storage[i]
    if w.klass.elem_class is not None:
        # a CLR byte[]/ushort[] holds 0..255/0..65535: Java sees the bits
        # as a byte/short (../shared/INTEROP-CONVENTIONS.md)
        opc = ord(code[pc])
        if opc == opcodes.BALOAD:
            v = wrap8(v)
        elif opc == opcodes.SALOAD:
            v = wrap16(v)
    frame.push_int(v)
    return pc + 1


@op('iastore', 'bastore', 'castore', 'sastore')
def iastore(frame, code, pc):
    v = frame.pop_int()
    i = frame.pop_int()
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_IntArray):
        raise verify_error(frame)
    bounds(frame, w, i, len(w.storage))
    opc = ord(code[pc])
    if opc == opcodes.BASTORE:
        if w.klass.elem_kind == 'Z':
            v = v & 1
        elif w.klass.elem_class is not None and _unsigned_elements(w.klass):
            v = wrapu8(v)       # a CLR byte[] (parley.interop.arrays)
        else:
            v = wrap8(v)
    elif opc == opcodes.CASTORE:
        v = wrapu16(v)
    elif opc == opcodes.SASTORE:
        if w.klass.elem_class is not None and _unsigned_elements(w.klass):
            v = wrapu16(v)      # a CLR ushort[]
        else:
            v = wrap16(v)
    w.storage[i] = v
    return pc + 1


@op('laload')
def laload(frame, code, pc):
    i = frame.pop_int()
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_LongArray):
        raise verify_error(frame)
    bounds(frame, w, i, len(w.storage))
    frame.push_long(w.storage[i])
    return pc + 1


@op('lastore')
def lastore(frame, code, pc):
    v = frame.pop_long()
    i = frame.pop_int()
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_LongArray):
        raise verify_error(frame)
    bounds(frame, w, i, len(w.storage))
    w.storage[i] = v
    return pc + 1


@op('daload', 'faload')
def daload(frame, code, pc):
    i = frame.pop_int()
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_DoubleArray):
        raise verify_error(frame)
    bounds(frame, w, i, len(w.storage))
    if ord(code[pc]) == opcodes.FALOAD:
        frame.push(W_Float(w.storage[i]))
    else:
        frame.push(W_Double(w.storage[i]))
    return pc + 1


@op('dastore', 'fastore')
def dastore(frame, code, pc):
    v = frame.pop_double()
    i = frame.pop_int()
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_DoubleArray):
        raise verify_error(frame)
    bounds(frame, w, i, len(w.storage))
    w.storage[i] = v
    return pc + 1


@op('aaload')
def aaload(frame, code, pc):
    i = frame.pop_int()
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_RefArray):
        raise verify_error(frame)
    bounds(frame, w, i, len(w.storage))
    frame.push(w.storage[i])
    return pc + 1


@op('aastore')
def aastore(frame, code, pc):
    v = frame.pop()
    i = frame.pop_int()
    w = null_check(frame, frame.pop(), pc)
    if not isinstance(w, W_RefArray):
        raise verify_error(frame)
    bounds(frame, w, i, len(w.storage))
    if v is not None:
        comp = w.klass.component
        if comp is not None and not v.getclass().is_subclass_of(comp):
            raise frame.vm().throw('java/lang/ArrayStoreException', v.getclass().name)
    w.storage[i] = v
    return pc + 1


# ---- calls ---------------------------------------------------------------------

def push_result(frame, method, w_res):
    if method.returns_value:
        frame.push(w_res)


@op('invokestatic')
def invokestatic(frame, code, pc):
    m = frame.cp().method_at(u2(code, pc + 1))
    ensure_initialized(m.klass)
    args = pop_args(frame, m.nargs)
    push_result(frame, m, m.invoke(args))
    return pc + 3


@op('invokespecial')
def invokespecial(frame, code, pc):
    m = frame.cp().method_at(u2(code, pc + 1))
    args = pop_args(frame, m.nargs)
    null_check(frame, args[0], pc)
    push_result(frame, m, m.invoke(args))
    return pc + 3


@op('invokevirtual')
def invokevirtual(frame, code, pc):
    m = frame.cp().method_at(u2(code, pc + 1))
    args = pop_args(frame, m.nargs)
    w_recv = null_check(frame, args[0], pc)
    idx = m.vtable_index
    if idx >= 0:
        cls = jit.promote(w_recv.getclass())
        m = cls.vtable[idx]
    elif m.klass.is_interface():
        cls = jit.promote(w_recv.getclass())
        impl = cls.dispatch(m.key)
        if impl is None or impl.is_abstract():
            raise frame.vm().throw('java/lang/AbstractMethodError',
                                   '%s.%s' % (cls.name, m.name))
        m = impl
    push_result(frame, m, m.invoke(args))
    return pc + 3


@op('invokeinterface')
def invokeinterface(frame, code, pc):
    m = frame.cp().method_at(u2(code, pc + 1))
    args = pop_args(frame, m.nargs)
    w_recv = null_check(frame, args[0], pc)
    if m.is_private():
        # a private interface method (a nestmate's call): no selection
        push_result(frame, m, m.invoke(args))
        return pc + 5
    cls = jit.promote(w_recv.getclass())
    impl = cls.dispatch(m.key)
    if impl is None or impl.is_abstract():
        raise frame.vm().throw('java/lang/AbstractMethodError',
                               '%s.%s' % (cls.name, m.name))
    push_result(frame, m, impl.invoke(args))
    return pc + 5


@op('invokedynamic')
def invokedynamic(frame, code, pc):
    site = frame.vm().indy_site(frame.cp(), u2(code, pc + 1))
    args = pop_args(frame, site.nargs)
    w_res = site.call(args)
    frame.push(w_res)
    return pc + 5


# ---- dispatch --------------------------------------------------------------------

_dispatch_table = make_dispatcher(_handlers)


def dispatch(frame, code, opc, pc):
    try:
        next_pc = _dispatch_table(frame, code, opc, pc)
    except ClassFormatError as e:
        raise frame.vm().throw(e.kind, e.msg)
    if next_pc == NOT_FOUND:
        raise frame.vm().throw('java/lang/VerifyError',
                               '(class: %s, method: %s) Illegal opcode %d at %d'
                               % (frame.method.klass.name, frame.method.name, opc, pc))
    return next_pc


from parley.interop.exception_map import catches


@jit.unroll_safe
def find_handler(method, pc, w_exc):
    cp = method.cp
    for h in method.handlers:
        if h.start <= pc < h.end:
            if h.catch_type == 0:
                return h.handler
            if catches(cp.class_at(h.catch_type), w_exc.getclass()):
                return h.handler
    return -1


def interpret(method, frame):
    """The JVM portal: run `method` in `frame` until it returns."""
    pc = 0
    while True:
        jitdriver.jit_merge_point(pc=pc, method=method, frame=frame)
        code = method.code
        opc = ord(code[pc])
        if opcodes.IRETURN <= opc <= opcodes.RETURN:
            if opc == opcodes.RETURN:
                return None
            return frame.pop()
        frame.pc = pc
        try:
            next_pc = dispatch(frame, code, opc, pc)
        except GuestException as e:
            w_exc = e.w_exc
            handler = find_handler(method, pc, w_exc)
            if handler < 0:
                w_exc.record_frame(StackEntry(method, pc))
                raise
            w_exc.record_frame(StackEntry(method, pc))
            w_exc.trace_closed = True
            frame.clear_stack()
            frame.push(w_exc)
            next_pc = handler
        if next_pc <= pc:
            jitdriver.can_enter_jit(pc=next_pc, method=method, frame=frame)
        pc = next_pc


@jit.unroll_safe
def call_jvm_method(method, args):
    """The calling convention's entry into the JVM interpreter."""
    if not method.code:
        if method.is_abstract():
            raise method.klass.vm.throw('java/lang/AbstractMethodError',
                                        '%s.%s' % (method.klass.name, method.name))
        raise method.klass.vm.throw('java/lang/UnsatisfiedLinkError',
                                    "'%s %s.%s%s'" % (method.ret_type, method.klass.name,
                                                      method.name, method.signature))
    frame = JvmFrame(method)
    slots = method.arg_slots
    for i in range(len(args)):
        frame.store(slots[i], args[i])
    framechain.enter(frame)
    try:
        return interpret(method, frame)
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        raise method.klass.vm.throw('java/lang/StackOverflowError', None)
    finally:
        framechain.leave(frame)
