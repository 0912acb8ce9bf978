"""The CIL interpreter.  CIL instructions are typed by the evaluation stack
(one `add` for int32, int64 and F), so the arithmetic handlers dispatch on
the boxes' classes, which a JIT trace turns into guards it usually proves
once.  Arguments and locals are distinct areas of the frame, as in the CLR.

Frames are virtualizable like the JVM's; exception handling follows
ECMA-335 I.12.4.2: catch clauses by type, filter blocks, finally and fault
blocks run on `leave` and while an exception unwinds.  Dispatch has two
passes when filters are involved: before the first finally or fault block
an exception would run, the first pass (first_pass) walks the live frames
outward from there, evaluating filters in their frames, until a filter
accepts or a typed catch matches; the exception carries the decision
(Dispatch), so the unwinding (second) pass runs the finally blocks and
enters the chosen handler without running a filter twice.  A program
whose methods have no filter clause never runs the first pass.

Checked arithmetic and every conversion follow Mono on x86-64
(parley.clr.checked).  A `tail.` call or `jmp` ends the frame: interpret
returns TAIL_CALL and call_clr_method makes the call in a new frame, in a
loop, so tail recursion runs in constant stack.
"""
from rpython.rlib import jit, rstackovf
from rpython.rlib.unroll import unrolling_iterable
from rpython.rlib.rarithmetic import intmask, r_uint
from parley.interop.model import (W_Root, W_Int, W_Long, W_Double, W_Float,
    W_Single,
    W_Object, W_Instance, W_String, W_Array, W_IntArray, W_LongArray,
    W_DoubleArray, W_RefArray, W_Throwable, wrap32, wrap16, wrap8, wrapu16,
    wrapu8, wrapu32, W_Box)
from parley.interop.errors import GuestException
from parley.interop.method import StackEntry
from parley.interop.klass import INITIALIZED
from parley.interop import arith
from parley.interop.frame import StackMixin, pop_args
from parley.interop.dispatch import make_dispatcher, NOT_FOUND
from rpython.rlib.objectmodel import import_from_mixin
from parley.interop.format import hex_padded
from parley.clr import opcodes as op
from parley.clr import checked
from parley.clr.mdarrays import W_MdArray
from parley.clr.errors import BadImageFormat
from parley.clr import valuetypes as vt
from parley.clr.pointers import (W_Pointer, W_LocalPointer, W_FieldPointer,
    W_StaticPointer, W_ElementPointer, W_BoxPointer, BadPointerStore, deref)
from parley.interop.model import W_Struct
from parley.interop.klass import new_zero_struct
from parley.clr.loader import ClrMethod
from parley.clr.handles import W_FieldHandle, W_MethodHandle
from parley.interop.core import mirror_of
from parley.interop.exception_map import catches
from parley.clr.prepare import prepare
from parley.clr.arrayifaces import (array_interface_method, array_implements,
                                    variant_instance_of, variant_interface_method)
from parley.interop import framechain


def get_printable_location(pc, method):
    code = method.code
    name = '?'
    if 0 <= pc < len(code):
        o = ord(code[pc])
        if o == 0xFE and pc + 1 < len(code):
            o = 0x100 + ord(code[pc + 1])
        name = op.NAME_LIST[o]
    return 'clr %s::%s@IL_%s %s' % (method.klass.name, method.clr_name,
                                      hex_padded(pc, 4), name)


jitdriver = jit.JitDriver(greens=['pc', 'method'], reds=['frame'],
                          virtualizables=['frame'],
                          get_printable_location=get_printable_location,
                          is_recursive=True, name='clr')


class Pending(object):
    """What an `endfinally` continues with: a leave target, or an exception
    still unwinding.  `clause` is the finally/fault clause running; `prev`
    the Pending of an enclosing finally block (a try/finally inside a
    finally block)."""
    def __init__(self, target, w_exc, clause, prev):
        self.target = target
        self.w_exc = w_exc
        self.clause = clause
        self.prev = prev


def in_handler(c, pc):
    return c.handler_offset <= pc < c.handler_offset + c.handler_length


@jit.unroll_safe
def push_pending(frame, pc, target, w_exc, c):
    """Run the finally/fault block of clause c from pc: what is pending for
    the finally blocks pc is not inside (abandoned by an exception) goes."""
    p = frame.pending
    while p is not None and not in_handler(p.clause, pc):
        p = p.prev
    frame.pending = Pending(target, w_exc, c, p)


class ClrFrame(object):
    _virtualizable_ = ['values[*]', 'sp', 'call_pc', 'caught', 'caught_clause']
    _immutable_fields_ = ['method', 'locals_base', 'stack_base']
    import_from_mixin(StackMixin)

    def __init__(self, method):
        self = jit.hint(self, access_directly=True, fresh_virtualizable=True)
        self.method = method
        self.locals_base = method.nargs
        self.stack_base = method.nargs + method.nlocals
        self.values = [None] * (method.nargs + method.nlocals + method.max_stack)
        self.sp = self.stack_base
        self.pending = None
        # the exception of the catch/filter handler running (for rethrow),
        # its clause, and those of the handlers it is nested in (Caught)
        self.caught = None
        self.caught_clause = None
        self.caught_outer = None
        # the pc of the instruction running, kept only in methods with
        # exception clauses once a filter exists (for the first pass)
        self.call_pc = 0
        # a `tail.` call or `jmp` this frame ends with (call_clr_method
        # makes it in a new frame instead of recursing)
        self.tail_method = None
        self.tail_args = None

    def stack_error(self, reason):
        return invalid(self, 'Invalid IL: ' + reason)

    def code_method(self):
        """The running method, a constant in a trace (it is the green
        variable of the JitDriver)."""
        return jit.promote(self.method)

    def vm(self):
        return self.code_method().klass.vm

    def res(self):
        """What the running method's tokens resolve in (its assembly, or
        its generic instantiation's context): a constant in a trace."""
        return self.code_method().res


def u1(code, pc):
    return ord(code[pc])


def u2(code, pc):
    return ord(code[pc]) | (ord(code[pc + 1]) << 8)


def s1(code, pc):
    v = ord(code[pc])
    if v >= 128:
        v -= 256
    return v


def i4(code, pc):
    v = (ord(code[pc]) | (ord(code[pc + 1]) << 8) |
         (ord(code[pc + 2]) << 16) | (ord(code[pc + 3]) << 24))
    if v >= 0x80000000:
        v -= 0x100000000
    return v


def i8(code, pc):
    lo = r_uint(i4(code, pc)) & r_uint(0xffffffff)
    hi = r_uint(i4(code, pc + 4))
    return intmask(lo | (hi << 32))


def token(code, pc):
    return intmask(r_uint(i4(code, pc)) & r_uint(0xffffffff))


_handlers = []


def handles(*names):
    def decorate(func):
        for name in names:
            _handlers.append((op.OPS[name], func))
        return func
    return decorate


def bad_operand(frame):
    return invalid(frame, 'Invalid IL: unexpected operand type')


def invalid(frame, what):
    m = frame.method
    return frame.vm().throw('System.InvalidProgramException',
                            '%s in method %s::%s' % (what, m.klass.name, m.clr_name))


# ---- args, locals, constants ------------------------------------------------------

@handles('nop')
def nop(frame, code, pc):
    return pc + 1


@handles('ldarg.0', 'ldarg.1', 'ldarg.2', 'ldarg.3')
def ldarg_n(frame, code, pc):
    frame.push(load_local(frame, ord(code[pc]) - op.LDARG_0))
    return pc + 1


@handles('ldarg.s')
def ldarg_s(frame, code, pc):
    frame.push(load_local(frame, u1(code, pc + 1)))
    return pc + 2


def load_local(frame, i):
    """ldarg / ldloc: a struct value is copied onto the stack (the location
    may change while the value waits there); a pointer (a ref parameter or
    local, a struct method's `this`) is pushed as it is."""
    w = frame.get(i)
    if isinstance(w, W_Struct):
        byref = frame.code_method().slot_is_byref
        if i < len(byref) and byref[i]:
            return w
        return vt.copy_struct(w)
    return w


def store_local(frame, i, w):
    """Store into an argument or local (index in frame.values): a struct
    value is copied (into the struct the location holds); a ref local or
    parameter stores the pointer (which may be a struct location); a
    float32 one rounds."""
    method = frame.code_method()
    byref = method.slot_is_byref
    if i < len(byref) and byref[i]:
        frame.set(i, w)
    else:
        r4 = method.slot_is_r4
        if i < len(r4) and r4[i]:
            w = to_float32(w)
        frame.set(i, vt.store(frame.get(i), w))


def to_float32(w):
    """A value stored into a float32 location (ECMA-335 I.12.1.3): F rounds
    to single precision, as conv.r4, and stays a float32 (W_Single) when
    loaded again; a Java float becomes one too."""
    if isinstance(w, W_Single):
        return w
    if isinstance(w, W_Double):
        return W_Single(arith.round_float32(w.floatval))
    if isinstance(w, W_Float):
        return W_Single(w.floatval)
    return w


def push_result(frame, m, w_res):
    """A call's result: a float32 one is a float32 on the stack (native and
    Java methods returning float give a W_Double or a W_Float)."""
    if m.returns_f32:
        w_res = to_float32(w_res)
    frame.push(w_res)


def is_float32_field(f):
    d = f.descriptor
    return len(d) == 1 and d[0] == 'F'


def address_of(frame, i):
    """ldarga / ldloca: a struct location designates itself."""
    w = frame.get(i)
    if isinstance(w, W_Struct):
        return w
    return W_LocalPointer(frame, i)


@handles('starg.s')
def starg_s(frame, code, pc):
    store_local(frame, u1(code, pc + 1), frame.pop())
    return pc + 2


@handles('ldarga.s')
def ldarga_s(frame, code, pc):
    frame.push(address_of(frame, u1(code, pc + 1)))
    return pc + 2


@handles('ldloca.s')
def ldloca_s(frame, code, pc):
    frame.push(address_of(frame, frame.locals_base + u1(code, pc + 1)))
    return pc + 2


@handles('ldarg')
def ldarg(frame, code, pc):
    frame.push(load_local(frame, u2(code, pc + 2)))
    return pc + 4


@handles('ldarga')
def ldarga(frame, code, pc):
    frame.push(address_of(frame, u2(code, pc + 2)))
    return pc + 4


@handles('starg')
def starg(frame, code, pc):
    store_local(frame, u2(code, pc + 2), frame.pop())
    return pc + 4


@handles('ldloc')
def ldloc(frame, code, pc):
    frame.push(load_local(frame, frame.locals_base + u2(code, pc + 2)))
    return pc + 4


@handles('ldloca')
def ldloca(frame, code, pc):
    frame.push(address_of(frame, frame.locals_base + u2(code, pc + 2)))
    return pc + 4


@handles('stloc')
def stloc(frame, code, pc):
    store_local(frame, frame.locals_base + u2(code, pc + 2), frame.pop())
    return pc + 4


@handles('ldloc.0', 'ldloc.1', 'ldloc.2', 'ldloc.3')
def ldloc_n(frame, code, pc):
    frame.push(load_local(frame, frame.locals_base + ord(code[pc]) - op.LDLOC_0))
    return pc + 1


@handles('stloc.0', 'stloc.1', 'stloc.2', 'stloc.3')
def stloc_n(frame, code, pc):
    store_local(frame, frame.locals_base + ord(code[pc]) - op.STLOC_0, frame.pop())
    return pc + 1


@handles('ldloc.s')
def ldloc_s(frame, code, pc):
    frame.push(load_local(frame, frame.locals_base + u1(code, pc + 1)))
    return pc + 2


@handles('stloc.s')
def stloc_s(frame, code, pc):
    store_local(frame, frame.locals_base + u1(code, pc + 1), frame.pop())
    return pc + 2


@handles('ldnull')
def ldnull(frame, code, pc):
    frame.push(None)
    return pc + 1


@handles('ldc.i4.m1', 'ldc.i4.0', 'ldc.i4.1', 'ldc.i4.2', 'ldc.i4.3',
         'ldc.i4.4', 'ldc.i4.5', 'ldc.i4.6', 'ldc.i4.7', 'ldc.i4.8')
def ldc_i4_n(frame, code, pc):
    frame.push(W_Int(ord(code[pc]) - op.LDC_I4_0))
    return pc + 1


@handles('ldc.i4.s')
def ldc_i4_s(frame, code, pc):
    frame.push(W_Int(s1(code, pc + 1)))
    return pc + 2


@handles('ldc.i4')
def ldc_i4(frame, code, pc):
    frame.push(W_Int(i4(code, pc + 1)))
    return pc + 5


@handles('ldc.i8')
def ldc_i8(frame, code, pc):
    frame.push(W_Long(i8(code, pc + 1)))
    return pc + 9


@handles('ldc.r8')
def ldc_r8(frame, code, pc):
    from rpython.rlib.longlong2float import longlong2float
    from rpython.rtyper.lltypesystem import rffi
    frame.push(W_Double(longlong2float(rffi.cast(rffi.LONGLONG, i8(code, pc + 1)))))
    return pc + 9


@handles('ldc.r4')
def ldc_r4(frame, code, pc):
    from rpython.rlib.longlong2float import uint2singlefloat
    from rpython.rtyper.lltypesystem import rffi
    f = float(uint2singlefloat(rffi.cast(rffi.UINT, token(code, pc + 1))))
    frame.push(W_Single(f))
    return pc + 5


@handles('ldstr')
def ldstr(frame, code, pc):
    frame.push(frame.res().string_at(token(code, pc + 1)))
    return pc + 5


@handles('dup')
def dup(frame, code, pc):
    frame.push(frame.peek())
    return pc + 1


@handles('pop')
def pop(frame, code, pc):
    frame.pop()
    return pc + 1


# ---- arithmetic (typed by the stack) ---------------------------------------------

def _binop(name, int_fn, long_fn, float_fn):
    def handler(frame, code, pc):
        w_b = frame.pop()
        w_a = frame.pop()
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            frame.push(W_Int(int_fn(frame, w_a.intval, w_b.intval)))
        elif isinstance(w_a, W_Double) and isinstance(w_b, W_Double):
            if float_fn is None:
                raise invalid(frame, 'Invalid IL: %s on floating-point values' % name)
            f = float_fn(w_a.floatval, w_b.floatval)
            if isinstance(w_a, W_Single) and isinstance(w_b, W_Single):
                # Mono's -O=float32: an operation on two float32 values
                # rounds to float32 (exact through the double: 53 >= 2*24+2)
                frame.push(W_Single(arith.round_float32(f)))
            else:
                frame.push(W_Double(f))
        else:
            frame.push(W_Long(long_fn(frame, as_long(frame, w_a), as_long(frame, w_b))))
        return pc + 1
    handler.__name__ = 'op_' + name.replace('.', '_')
    handles(name)(handler)


def as_long(frame, w):
    if isinstance(w, W_Long):
        return w.longval
    if isinstance(w, W_Int):
        return w.intval
    raise invalid(frame, 'Invalid IL: operand types do not match')


def _div(frame, a, b, bits):
    if b == 0:
        raise frame.vm().throw('System.DivideByZeroException', None)
    if b == -1 and a == min_value(bits):
        raise frame.vm().throw('System.OverflowException', None)
    return intmask(arith.div_trunc(a, b))     # MIN / 1 stays MIN untranslated too


def _rem(frame, a, b, bits):
    if b == 0:
        raise frame.vm().throw('System.DivideByZeroException', None)
    if b == -1 and a == min_value(bits):
        raise frame.vm().throw('System.OverflowException', None)
    return arith.rem_trunc(a, b)


def min_value(bits):
    if bits == 32:
        return -2147483648
    return arith.MIN_LONG


_binop('add', lambda f, a, b: wrap32(a + b), lambda f, a, b: intmask(a + b), lambda a, b: a + b)
_binop('sub', lambda f, a, b: wrap32(a - b), lambda f, a, b: intmask(a - b), lambda a, b: a - b)
_binop('mul', lambda f, a, b: wrap32(a * b), lambda f, a, b: intmask(a * b), lambda a, b: a * b)
_binop('div', lambda f, a, b: _div(f, a, b, 32), lambda f, a, b: _div(f, a, b, 64), arith.fdiv)
_binop('rem', lambda f, a, b: _rem(f, a, b, 32), lambda f, a, b: _rem(f, a, b, 64), arith.fmod)
_binop('and', lambda f, a, b: a & b, lambda f, a, b: a & b, None)
_binop('or', lambda f, a, b: a | b, lambda f, a, b: a | b, None)
_binop('xor', lambda f, a, b: a ^ b, lambda f, a, b: a ^ b, None)


def as_ulong(frame, w):
    """An operand of an unsigned operation as a 64-bit word (an int32
    zero-extended)."""
    if isinstance(w, W_Long):
        return w.longval
    if isinstance(w, W_Int):
        return wrapu32(w.intval)
    raise invalid(frame, 'Invalid IL: operand types do not match')


def _ovf_binop(name, fn32, fn64, unsigned):
    """add.ovf ...: integer operands only (int32, int64, native int)."""
    def handler(frame, code, pc):
        w_b = frame.pop()
        w_a = frame.pop()
        try:
            if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
                frame.push(W_Int(fn32(w_a.intval, w_b.intval)))
            elif unsigned:
                frame.push(W_Long(fn64(as_ulong(frame, w_a), as_ulong(frame, w_b))))
            else:
                frame.push(W_Long(fn64(as_long(frame, w_a), as_long(frame, w_b))))
        except checked.Overflow:
            raise overflow(frame)
        return pc + 1
    handler.__name__ = 'op_' + name.replace('.', '_')
    handles(name)(handler)


_ovf_binop('add.ovf', checked.add32, checked.add64, False)
_ovf_binop('sub.ovf', checked.sub32, checked.sub64, False)
_ovf_binop('mul.ovf', checked.mul32, checked.mul64, False)
_ovf_binop('add.ovf.un', checked.add32_un, checked.add64_un, True)
_ovf_binop('sub.ovf.un', checked.sub32_un, checked.sub64_un, True)
_ovf_binop('mul.ovf.un', checked.mul32_un, checked.mul64_un, True)


def _div_un_op(name, fn32, fn64):
    def handler(frame, code, pc):
        w_b = frame.pop()
        w_a = frame.pop()
        if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
            if w_b.intval == 0:
                raise frame.vm().throw('System.DivideByZeroException', None)
            frame.push(W_Int(fn32(w_a.intval, w_b.intval)))
        else:
            b = as_ulong(frame, w_b)
            a = as_ulong(frame, w_a)
            if b == 0:
                raise frame.vm().throw('System.DivideByZeroException', None)
            frame.push(W_Long(fn64(a, b)))
        return pc + 1
    handler.__name__ = 'op_' + name.replace('.', '_')
    handles(name)(handler)


_div_un_op('div.un', checked.div32_un, checked.div64_un)
_div_un_op('rem.un', checked.rem32_un, checked.rem64_un)


def shift_amount(frame):
    """The shift count: an int32 or a native int."""
    w = frame.pop()
    if isinstance(w, W_Int):
        return w.intval
    if isinstance(w, W_Long):
        return w.longval
    raise bad_operand(frame)


@handles('shl', 'shr', 'shr.un')
def shift(frame, code, pc):
    n = shift_amount(frame)
    w_a = frame.pop()
    o = ord(code[pc])
    if isinstance(w_a, W_Int):
        a = w_a.intval
        n &= 31
        if o == op.SHL:
            frame.push(W_Int(wrap32(a << n)))
        elif o == op.SHR:
            frame.push(W_Int(a >> n))
        else:
            frame.push(W_Int(wrap32(intmask((r_uint(a) & r_uint(0xffffffff)) >> n))))
    else:
        a = as_long(frame, w_a)
        n &= 63
        if o == op.SHL:
            frame.push(W_Long(intmask(a << n)))
        elif o == op.SHR:
            frame.push(W_Long(a >> n))
        else:
            frame.push(W_Long(intmask(r_uint(a) >> n)))
    return pc + 1


@handles('neg')
def neg(frame, code, pc):
    w = frame.pop()
    if isinstance(w, W_Int):
        frame.push(W_Int(wrap32(-w.intval)))
    elif isinstance(w, W_Single):
        frame.push(W_Single(-w.floatval))
    elif isinstance(w, W_Double):
        frame.push(W_Double(-w.floatval))
    else:
        frame.push(W_Long(intmask(-as_long(frame, w))))
    return pc + 1


@handles('not')
def not_(frame, code, pc):
    w = frame.pop()
    if isinstance(w, W_Int):
        frame.push(W_Int(~w.intval))
    else:
        frame.push(W_Long(~as_long(frame, w)))
    return pc + 1


def overflow(frame):
    return frame.vm().throw('System.OverflowException', None)


# the target of each conversion opcode (checked.I1 ...)
_CONV_TO = [0] * 0x200
for _names, _to in [(['conv.i1', 'conv.ovf.i1', 'conv.ovf.i1.un'], checked.I1),
                    (['conv.u1', 'conv.ovf.u1', 'conv.ovf.u1.un'], checked.U1),
                    (['conv.i2', 'conv.ovf.i2', 'conv.ovf.i2.un'], checked.I2),
                    (['conv.u2', 'conv.ovf.u2', 'conv.ovf.u2.un'], checked.U2),
                    (['conv.i4', 'conv.ovf.i4', 'conv.ovf.i4.un'], checked.I4),
                    (['conv.u4', 'conv.ovf.u4', 'conv.ovf.u4.un'], checked.U4),
                    (['conv.i8', 'conv.ovf.i8', 'conv.ovf.i8.un'], checked.I8),
                    (['conv.u8', 'conv.ovf.u8', 'conv.ovf.u8.un'], checked.U8),
                    (['conv.i', 'conv.ovf.i', 'conv.ovf.i.un'], checked.I),
                    (['conv.u', 'conv.ovf.u', 'conv.ovf.u.un'], checked.U)]:
    for _n in _names:
        _CONV_TO[op.OPS[_n]] = _to


def push_converted(frame, v, to):
    """Push the result of a conversion to `to`: an int32 for the targets
    of 32 bits or less, else an int64 / native int."""
    if to <= checked.U4:
        frame.push(W_Int(wrap32(v)))
    else:
        frame.push(W_Long(v))


@handles('conv.i1', 'conv.i2', 'conv.i4', 'conv.u1', 'conv.u2', 'conv.u4')
def conv_small(frame, code, pc):
    to = _CONV_TO[ord(code[pc])]
    w = frame.pop()
    if isinstance(w, W_Int):
        r = checked.narrow(w.intval, to)
    elif isinstance(w, W_Long):
        r = checked.narrow(w.longval, to)
    elif isinstance(w, W_Double):
        r = checked.float_to_i4(w.floatval, to)
    else:
        raise invalid(frame, 'Invalid IL: conversion of a non-number')
    frame.push(W_Int(r))
    return pc + 1


@handles('conv.i8', 'conv.u8', 'conv.i', 'conv.u')
def conv_i8(frame, code, pc):
    """int32 sources are sign-extended by conv.i8/conv.i, zero-extended by
    conv.u8/conv.u.  A managed pointer stays what it is through conv.i
    and conv.u (C# `fixed` statements convert them)."""
    to = _CONV_TO[ord(code[pc])]
    w = frame.pop()
    if isinstance(w, W_Int):
        if to == checked.U8 or to == checked.U:
            frame.push(W_Long(wrapu32(w.intval)))
        else:
            frame.push(W_Long(w.intval))
    elif isinstance(w, W_Long):
        frame.push(w)
    elif isinstance(w, W_Double):
        frame.push(W_Long(checked.float_to_i8(w.floatval, to)))
    elif (isinstance(w, W_Pointer) or isinstance(w, W_Struct)) and \
            (to == checked.I or to == checked.U):
        frame.push(w)       # a managed pointer (a struct location is one)
    else:
        raise invalid(frame, 'Invalid IL: conversion of a non-number')
    return pc + 1


@handles('conv.r8', 'conv.r4', 'conv.r.un')
def conv_r8(frame, code, pc):
    """conv.r.un reads an integer as unsigned; conv.r4 rounds to float32
    (an int64 directly, not through a double)."""
    w = frame.pop()
    o = ord(code[pc])
    if isinstance(w, W_Int):
        if o == op.CONV_R_UN:
            f = checked.uint_to_float(w.intval)
        else:
            f = float(w.intval)
    elif isinstance(w, W_Long):
        if o == op.CONV_R_UN:
            f = checked.ulong_to_float(w.longval)
        elif o == op.CONV_R4:
            f = checked.long_to_float32(w.longval)
        else:
            f = float(w.longval)
    elif isinstance(w, W_Double):
        f = w.floatval
    else:
        raise bad_operand(frame)
    if o == op.CONV_R4:
        frame.push(W_Single(arith.round_float32(f)))
    else:
        frame.push(W_Double(f))
    return pc + 1


@handles('conv.ovf.i1', 'conv.ovf.u1', 'conv.ovf.i2', 'conv.ovf.u2',
         'conv.ovf.i4', 'conv.ovf.u4', 'conv.ovf.i8', 'conv.ovf.u8',
         'conv.ovf.i', 'conv.ovf.u')
def conv_ovf(frame, code, pc):
    """Overflow-checked conversion of a signed integer or F (truncated
    toward zero; NaN and infinities overflow)."""
    to = _CONV_TO[ord(code[pc])]
    w = frame.pop()
    try:
        if isinstance(w, W_Int):
            v = checked.check_signed(w.intval, to)
        elif isinstance(w, W_Long):
            v = checked.check_signed(w.longval, to)
        elif isinstance(w, W_Double):
            v = checked.check_float(w.floatval, to)
        else:
            raise invalid(frame, 'Invalid IL: conversion of a non-number')
    except checked.Overflow:
        raise overflow(frame)
    push_converted(frame, v, to)
    return pc + 1


@handles('conv.ovf.i1.un', 'conv.ovf.u1.un', 'conv.ovf.i2.un',
         'conv.ovf.u2.un', 'conv.ovf.i4.un', 'conv.ovf.u4.un',
         'conv.ovf.i8.un', 'conv.ovf.u8.un', 'conv.ovf.i.un', 'conv.ovf.u.un')
def conv_ovf_un(frame, code, pc):
    """Overflow-checked conversion of an unsigned integer.  Mono rejects
    the forms on F operands, and so does Parley."""
    to = _CONV_TO[ord(code[pc])]
    w = frame.pop()
    try:
        if isinstance(w, W_Int):
            v = checked.check_unsigned(w.intval, False, to)
        elif isinstance(w, W_Long):
            v = checked.check_unsigned(w.longval, True, to)
        elif isinstance(w, W_Double):
            raise frame.vm().throw('System.InvalidProgramException',
                                   'float conv.ovf.un opcodes not supported.')
        else:
            raise invalid(frame, 'Invalid IL: conversion of a non-number')
    except checked.Overflow:
        raise overflow(frame)
    push_converted(frame, v, to)
    return pc + 1


@handles('ckfinite')
def ckfinite(frame, code, pc):
    """Mono throws OverflowException for a NaN or an infinity."""
    w = frame.peek()
    if not isinstance(w, W_Double):
        raise bad_operand(frame)
    try:
        checked.ckfinite(w.floatval)
    except checked.NotFinite:
        raise overflow(frame)
    return pc + 1


# ---- comparisons and branches ----------------------------------------------------

def compare(frame, w_a, w_b, unsigned):
    """-1, 0 or 1; 2 when unordered (a NaN is involved)."""
    if isinstance(w_a, W_Int) and isinstance(w_b, W_Int):
        a = w_a.intval
        b = w_b.intval
        if unsigned:
            a = wrapu32(a)
            b = wrapu32(b)
    elif isinstance(w_a, W_Double) and isinstance(w_b, W_Double):
        x = w_a.floatval
        y = w_b.floatval
        if x < y:
            return -1
        if x > y:
            return 1
        if x == y:
            return 0
        return 2
    elif (isinstance(w_a, W_Int) or isinstance(w_a, W_Long)) and \
            (isinstance(w_b, W_Int) or isinstance(w_b, W_Long)):
        la = as_long(frame, w_a)
        lb = as_long(frame, w_b)
        if unsigned:
            ua = r_uint(la)
            ub = r_uint(lb)
            if ua < ub:
                return -1
            if ua > ub:
                return 1
            return 0
        a = la
        b = lb
    else:
        # object references: only equality is meaningful
        if w_a is w_b:
            return 0
        return 1
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def cond_holds(kind, c, unsigned):
    """kind: 0 eq, 1 ne, 2 ge, 3 gt, 4 le, 5 lt.  For the .un forms an
    unordered comparison (c == 2) is true, except for eq."""
    if c == 2:
        return unsigned and kind != 0
    if kind == 0:
        return c == 0
    if kind == 1:
        return c != 0
    if kind == 2:
        return c >= 0
    if kind == 3:
        return c > 0
    if kind == 4:
        return c <= 0
    return c < 0


@handles('br.s')
def br_s(frame, code, pc):
    return pc + 2 + s1(code, pc + 1)


@handles('br')
def br(frame, code, pc):
    return pc + 5 + i4(code, pc + 1)


def truthy(w):
    if w is None:
        return False
    if isinstance(w, W_Int):
        return w.intval != 0
    if isinstance(w, W_Long):
        return w.longval != 0
    return True


@handles('brfalse.s', 'brtrue.s')
def brbool_s(frame, code, pc):
    t = truthy(frame.pop())
    if ord(code[pc]) == op.BRFALSE_S:
        t = not t
    if t:
        return pc + 2 + s1(code, pc + 1)
    return pc + 2


@handles('brfalse', 'brtrue')
def brbool(frame, code, pc):
    t = truthy(frame.pop())
    if ord(code[pc]) == op.BRFALSE:
        t = not t
    if t:
        return pc + 5 + i4(code, pc + 1)
    return pc + 5


# short forms beq.s .. blt.un.s are 0x2e..0x37; long forms 0x3b..0x44
_COND = [0, 2, 3, 4, 5, 1, 2, 3, 4, 5]


@handles('beq.s', 'bge.s', 'bgt.s', 'ble.s', 'blt.s', 'bne.un.s', 'bge.un.s',
         'bgt.un.s', 'ble.un.s', 'blt.un.s')
def bcmp_s(frame, code, pc):
    i = ord(code[pc]) - op.BEQ_S
    unsigned = i >= 5
    w_b = frame.pop()
    w_a = frame.pop()
    if cond_holds(_COND[i], compare(frame, w_a, w_b, unsigned), unsigned):
        return pc + 2 + s1(code, pc + 1)
    return pc + 2


@handles('beq', 'bge', 'bgt', 'ble', 'blt', 'bne.un', 'bge.un', 'bgt.un',
         'ble.un', 'blt.un')
def bcmp(frame, code, pc):
    i = ord(code[pc]) - op.BEQ
    unsigned = i >= 5
    w_b = frame.pop()
    w_a = frame.pop()
    if cond_holds(_COND[i], compare(frame, w_a, w_b, unsigned), unsigned):
        return pc + 5 + i4(code, pc + 1)
    return pc + 5


@handles('ceq', 'cgt', 'cgt.un', 'clt', 'clt.un')
def cmp_(frame, code, pc):
    o = 0x100 + ord(code[pc + 1])
    w_b = frame.pop()
    w_a = frame.pop()
    unsigned = o == op.CGT_UN or o == op.CLT_UN
    c = compare(frame, w_a, w_b, unsigned)
    if o == op.CEQ:
        r = c == 0
    elif o == op.CGT or o == op.CGT_UN:
        r = cond_holds(3, c, unsigned)
    else:
        r = cond_holds(5, c, unsigned)
    frame.push(W_Int(1 if r else 0))
    return pc + 2


@handles('switch')
def switch(frame, code, pc):
    n = token(code, pc + 1)
    v = frame.pop_int()
    nxt = pc + 5 + 4 * n
    if 0 <= v < n:
        return nxt + i4(code, pc + 5 + 4 * v)
    return nxt


# ---- objects, fields, calls ------------------------------------------------------------

def ensure_initialized(klass):
    klass = jit.promote(klass)
    if klass.init_state != INITIALIZED:
        klass.vm.initialize(klass)


def check_access(frame, m):
    """Access rules hold across the boundary: a Java private member is
    not C#'s to call (the CLR's own members are checked by mcs)."""
    m = jit.promote(m)
    if m.is_private() and m.klass.vm.tag == 'jvm':
        from parley.clr.loader import method_text
        raise frame.vm().throw('System.MethodAccessException',
                               "Method `%s' is inaccessible from method `%s'"
                               % (method_text(m), method_text(frame.code_method())))


def ensure_initialized_for_call(klass):
    """A static call or newobj initialises the type, unless it is
    beforefieldinit (its statics were initialised, as Mono does, before
    the first method touching them ran: parley.clr.prepare)."""
    if not jit.promote(klass).before_field_init:
        ensure_initialized(klass)


def null_check(frame, w):
    if w is None:
        raise frame.vm().throw('System.NullReferenceException', None)
    return w


@handles('call')
def call(frame, code, pc):
    m = frame.res().method_at(token(code, pc + 1))
    check_access(frame, m)
    if m.is_static():
        ensure_initialized_for_call(m.klass)
    args = pop_args(frame, m.nargs)
    if not m.is_static() and m.nargs > 0:
        w_this = args[0]
        if isinstance(w_this, W_Pointer):
            # an instance method of a primitive value type (or of a class,
            # through a pointer to a reference): `this` is the value
            args[0] = receiver_value(m.klass, w_this.get())
    w_res = m.invoke(args)
    if m.returns_value:
        push_result(frame, m, w_res)
    return pc + 5


def receiver_value(cls, w):
    if cls.primitive != '\0' and not isinstance(w, W_Box):
        return W_Box(cls, w)
    return w


@handles('constrained.')
def constrained(frame, code, pc):
    """`constrained. T callvirt M` (ECMA-335 III.2.1): the receiver is a
    pointer to a T.  A reference T: call virtually on the dereferenced
    pointer; a value type that implements M itself: call it directly with
    the pointer as `this`; otherwise box the value and call virtually."""
    cls = frame.res().type_at(token(code, pc + 2))
    nxt = pc + 6
    if nxt + 5 > len(code) or ord(code[nxt]) != op.CALLVIRT:
        raise invalid(frame, 'Invalid IL: constrained. not followed by callvirt')
    m = frame.res().method_at(token(code, nxt + 1))
    if m.is_static() or m.nargs == 0:
        raise invalid(frame, 'Invalid IL: constrained. call of a static method')
    args = pop_args(frame, m.nargs)
    w_val = deref(args[0])
    if cls.value_kind == vt.STRUCT:
        impl = cls.dispatch(m.key)
        if impl is not None and impl.klass is cls:
            args[0] = w_val
            m = impl
        else:
            w_box = vt.box_struct(cls, w_val)
            args[0] = w_box
            m = virtual_target(frame, m, w_box)
    elif cls.primitive != '\0':
        w_box = receiver_value(cls, w_val)
        args[0] = w_box
        m = virtual_target(frame, m, w_box)
    else:
        args[0] = w_val
        m = virtual_target(frame, m, null_check(frame, w_val))
    w_res = m.invoke(args)
    if m.returns_value:
        push_result(frame, m, w_res)
    return nxt + 5


def virtual_target(frame, m, w_recv):
    if isinstance(m, ClrMethod) and m.delegate_op != 0:
        return m        # delegate types are sealed; Invoke handles Java objects
    if m.klass.is_interface():
        cls = jit.promote(w_recv.getclass())
        impl = cls.dispatch(m.key)
        if (impl is None or impl.is_abstract()) and cls.is_array():
            # T[] as IList<T>, IEnumerable<T> ... (parley.clr.arrayifaces)
            h = array_interface_method(m, cls)
            if h is not None:
                return h
        if impl is None or impl.is_abstract():
            # a variant interface (IEnumerable<object> on a List<string>)
            h = variant_interface_method(m, cls)
            if h is not None:
                return h
        if impl is not None:
            return generic_override(m, impl)
    elif m.vtable_index >= 0:
        cls = jit.promote(w_recv.getclass())
        impl = cls.vtable[m.vtable_index]
        if impl.clr_variant is not None:
            return impl.clr_variant     # String.GetHashCode: Mono's values
        return generic_override(m, impl)
    return m


def generic_override(m, impl):
    """A generic virtual method call (m instantiated with method type
    arguments) runs the override instantiated with the same arguments."""
    if impl is m or not isinstance(m, ClrMethod) or m.ctx is None:
        return impl
    margs = m.ctx.method_args
    if len(margs) == 0 or not isinstance(impl, ClrMethod) or \
            impl.generic_count == 0 or impl.ctx is not None and \
            len(impl.ctx.method_args) > 0:
        return impl
    inst = cached_method_instance(impl, m)
    if inst is None:
        inst = impl.asm.instantiate_method(impl, margs)
    return inst


@jit.elidable
def cached_method_instance(impl, m):
    """The instantiation of impl made for m's method type arguments
    before, or None (a constant in traces once it exists)."""
    from parley.clr.generics import identity_key
    if impl.instances is None or m.ctx is None:
        return None
    return impl.instances.get(identity_key(m.ctx.method_args), None)


@handles('callvirt')
def callvirt(frame, code, pc):
    m = frame.res().method_at(token(code, pc + 1))
    check_access(frame, m)
    args = pop_args(frame, m.nargs)
    w_recv = null_check(frame, args[0])
    m = virtual_target(frame, m, w_recv)
    w_res = m.invoke(args)
    if m.returns_value:
        push_result(frame, m, w_res)
    return pc + 5


@handles('newobj')
def newobj(frame, code, pc):
    tok = token(code, pc + 1)
    m = frame.res().method_at(tok)
    cls = frame.res().owner_at(tok)
    ensure_initialized_for_call(cls)
    args = pop_args(frame, m.nargs, 1)
    if cls.value_kind == vt.STRUCT:
        w_obj = new_zero_struct(cls)
    else:
        w_obj = cls.instantiate()
    args[0] = w_obj
    m.invoke(args)
    frame.push(w_obj)
    return pc + 5


def field_holder(frame, w):
    """The object whose field ldfld/stfld/ldflda access: an object, a
    struct (value or location), or what a pointer designates."""
    if isinstance(w, W_Pointer):
        w = w.get()
    w = null_check(frame, w)
    if not isinstance(w, W_Instance):
        raise bad_operand(frame)
    return w


@handles('ldfld')
def ldfld(frame, code, pc):
    f = frame.res().field_at(token(code, pc + 1))
    w = field_holder(frame, frame.pop())
    w_v = vt.copy_value(w.fields[f.index])
    if is_float32_field(f):
        w_v = to_float32(w_v)       # Java code may have stored a W_Float
    frame.push(w_v)
    return pc + 5


@handles('stfld')
def stfld(frame, code, pc):
    f = frame.res().field_at(token(code, pc + 1))
    w_val = frame.pop()
    w = field_holder(frame, frame.pop())
    i = f.index
    if is_float32_field(f):
        w_val = to_float32(w_val)
    w.fields[i] = vt.store(w.fields[i], w_val)
    return pc + 5


@handles('ldflda')
def ldflda(frame, code, pc):
    f = frame.res().field_at(token(code, pc + 1))
    w = field_holder(frame, frame.pop())
    i = f.index
    w_f = w.fields[i]
    if isinstance(w_f, W_Struct):
        frame.push(w_f)
    else:
        frame.push(W_FieldPointer(w, i))
    return pc + 5


@handles('ldsflda')
def ldsflda(frame, code, pc):
    f = frame.res().field_at(token(code, pc + 1))
    ensure_initialized(f.owner)
    w_f = f.owner.static_values[f.index]
    if isinstance(w_f, W_Struct):
        frame.push(w_f)
    else:
        frame.push(W_StaticPointer(f.owner, f.index))
    return pc + 5


@handles('ldsfld')
def ldsfld(frame, code, pc):
    f = frame.res().field_at(token(code, pc + 1))
    ensure_initialized(f.owner)
    w_v = vt.copy_value(f.owner.static_values[f.index])
    if is_float32_field(f):
        w_v = to_float32(w_v)       # Java code may have stored a W_Float
    frame.push(w_v)
    return pc + 5


@handles('stsfld')
def stsfld(frame, code, pc):
    f = frame.res().field_at(token(code, pc + 1))
    ensure_initialized(f.owner)
    statics = f.owner.static_values
    w_val = frame.pop()
    if is_float32_field(f):
        w_val = to_float32(w_val)
    statics[f.index] = vt.store(statics[f.index], w_val)
    return pc + 5


@handles('ldftn')
def ldftn(frame, code, pc):
    frame.push(W_MethodHandle(frame.res().method_at(token(code, pc + 2))))
    return pc + 6


@handles('ldvirtftn')
def ldvirtftn(frame, code, pc):
    m = frame.res().method_at(token(code, pc + 2))
    w_recv = null_check(frame, frame.pop())
    frame.push(W_MethodHandle(virtual_target(frame, m, w_recv)))
    return pc + 6


@handles('ldtoken')
def ldtoken(frame, code, pc):
    """A type token pushes the type's mirror (the object
    Type.GetTypeFromHandle turns into the System.Type); a field token a
    W_FieldHandle (RuntimeHelpers.InitializeArray reads its FieldRVA
    data); a method token its method's handle."""
    tok = token(code, pc + 1)
    table = tok >> 24
    if table == 0x04 or (table == 0x0A and is_field_memberref(frame, tok)):
        f = frame.res().field_at(tok)
        rid = tok & 0xffffff if table == 0x04 else 0
        frame.push(W_FieldHandle(frame.code_method().asm, f, rid))
    elif table == 0x06 or table == 0x0A or table == 0x2B:
        frame.push(W_MethodHandle(frame.res().method_at(tok)))
    else:
        frame.push(mirror_of(frame.res().type_at(tok)))
    return pc + 5


def is_field_memberref(frame, tok):
    from parley.clr.signature import is_field_sig
    img = frame.code_method().asm.img
    rid = tok & 0xffffff
    if rid <= 0 or rid > len(img.memberrefs):
        raise BadImageFormat('MemberRef %d out of range in %s' % (rid, img.path))
    return is_field_sig(img.memberrefs[rid - 1].sig)


@handles('castclass', 'isinst')
def castclass(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    w = frame.pop()
    if w is None or w.getclass().is_subclass_of(cls) or \
            (cls.is_interface() and array_implements(w.getclass(), cls)) or \
            variant_instance_of(w.getclass(), cls):
        frame.push(w)
    elif ord(code[pc]) == op.ISINST:
        frame.push(None)
    else:
        raise frame.vm().throw('System.InvalidCastException', None)
    return pc + 5


@handles('throw')
def throw(frame, code, pc):
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_Throwable):
        raise bad_operand(frame)
    if dispatch_state.filters_seen:
        w.dispatch = None       # a new dispatch (of an exception thrown before)
    if w.catch_closed:
        # `throw e` of a caught exception: its trace starts here anew
        w.trace = []
        w.trace_closed = False
        w.catch_closed = False
    raise GuestException(w)


@handles('box')
def box(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    frame.push(box_value(frame, cls, frame.pop()))
    return pc + 5


def box_value(frame, cls, w):
    if cls.primitive != '\0':
        if cls.primitive == 'F':
            w = to_float32(w)
        return W_Box(cls, w)
    if cls.value_kind == vt.STRUCT:
        if is_nullable(cls):
            # ECMA-335 III.4.1: a Nullable<T> boxes to its value, or null
            if not nullable_has_value(cls, w):
                return None
            return box_value(frame, cls.generic_args[0], nullable_value(cls, w))
        return vt.box_struct(cls, w)
    # a reference type (a generic parameter instantiated with one)
    return w


@jit.elidable
def is_nullable(cls):
    d = cls.generic_def
    return d is not None and d.name == 'System.Nullable`1' and \
        cls.generic_args is not None and len(cls.generic_args) == 1


def nullable_has_value(cls, w):
    assert isinstance(w, W_Instance)
    f = cls.lookup_field('hasValue')
    assert f is not None
    w_h = w.fields[f.index]
    return isinstance(w_h, W_Int) and w_h.intval != 0


def nullable_value(cls, w):
    assert isinstance(w, W_Instance)
    f = cls.lookup_field('value')
    assert f is not None
    return w.fields[f.index]


def unbox_nullable(frame, cls, w):
    """unbox.any Nullable<T>: null gives an empty Nullable, a boxed T
    one holding its value."""
    w_n = new_zero_struct(cls)
    if w is None:
        return w_n
    arg = cls.generic_args[0]
    if arg.primitive != '\0':
        w_b = check_unbox(frame, arg, w)
        assert isinstance(w_b, W_Box)
        w_v = w_b.w_value
    elif arg.value_kind == vt.STRUCT:
        w_v = vt.copy_struct(check_unbox(frame, arg, w))
    else:
        w_v = w
    fh = cls.lookup_field('hasValue')
    fv = cls.lookup_field('value')
    assert fh is not None and fv is not None
    w_n.fields[fh.index] = W_Int(1)
    w_n.fields[fv.index] = w_v
    return w_n


def check_unbox(frame, cls, w):
    """The box `unbox`/`unbox.any` of a value type may open."""
    if w is None:
        raise frame.vm().throw('System.NullReferenceException', None)
    if cls.primitive != '\0':
        if not isinstance(w, W_Box):
            raise frame.vm().throw('System.InvalidCastException', None)
        k = w.klass
        if k is not cls and not (k.primitive == cls.primitive and
                                 (k.value_kind == vt.ENUM or
                                  cls.value_kind == vt.ENUM)):
            raise frame.vm().throw('System.InvalidCastException', None)
        return w
    if isinstance(w, W_Struct) or not isinstance(w, W_Instance) or \
            w.klass is not cls:
        raise frame.vm().throw('System.InvalidCastException', None)
    return w


@handles('unbox')
def unbox(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    w = check_unbox(frame, cls, frame.pop())
    if isinstance(w, W_Box):
        frame.push(W_BoxPointer(w))
    else:
        frame.push(w)       # the box is the struct's location
    return pc + 5


@handles('unbox.any')
def unbox_any(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    w = frame.pop()
    if cls.primitive != '\0':
        w = check_unbox(frame, cls, w)
        assert isinstance(w, W_Box)
        w = w.w_value
        if cls.primitive == 'F':
            w = to_float32(w)
        frame.push(w)
    elif cls.value_kind == vt.STRUCT:
        if is_nullable(cls):
            frame.push(unbox_nullable(frame, cls, w))
        else:
            frame.push(vt.copy_struct(check_unbox(frame, cls, w)))
    else:
        if w is not None and not w.getclass().is_subclass_of(cls):
            raise frame.vm().throw('System.InvalidCastException', None)
        frame.push(w)
    return pc + 5


# ---- arrays ------------------------------------------------------------------------

@handles('newarr')
def newarr(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    w_n = frame.pop()
    n = as_long(frame, w_n)
    if n < 0:
        raise frame.vm().throw('System.OverflowException', None)
    frame.push(frame.vm().new_array(cls, n))
    return pc + 5


def element_pointer(frame, w_i, w_arr):
    w = null_check(frame, w_arr)
    if not isinstance(w, W_Array) or isinstance(w, W_MdArray):
        raise bad_operand(frame)
    i = _index(frame, w_i, w.length())
    return W_ElementPointer(w, i)


@handles('ldelema')
def ldelema(frame, code, pc):
    w_i = frame.pop()
    p = element_pointer(frame, w_i, frame.pop())
    w_arr = p.w_array
    if isinstance(w_arr, W_RefArray):
        w_e = w_arr.storage[p.index]
        if isinstance(w_e, W_Struct):
            frame.push(w_e)
            return pc + 5
    frame.push(p)
    return pc + 5


@handles('ldelem')
def ldelem(frame, code, pc):
    w_i = frame.pop()
    w = vt.copy_value(element_pointer(frame, w_i, frame.pop()).get())
    if frame.res().type_at(token(code, pc + 1)).primitive == 'F':
        w = to_float32(w)
    frame.push(w)
    return pc + 5


@handles('stelem')
def stelem(frame, code, pc):
    w_v = frame.pop()
    if frame.res().type_at(token(code, pc + 1)).primitive == 'F':
        w_v = to_float32(w_v)
    w_i = frame.pop()
    element_pointer(frame, w_i, frame.pop()).set(w_v)
    return pc + 5


@handles('ldlen')
def ldlen(frame, code, pc):
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_Array):
        raise bad_operand(frame)
    frame.push(W_Long(w.length()))
    return pc + 1


def _index(frame, w_i, n):
    i = as_long(frame, w_i)
    if i < 0 or i >= n:
        raise frame.vm().throw('System.IndexOutOfRangeException', None)
    return i


@handles('ldelem.i1', 'ldelem.u1', 'ldelem.i2', 'ldelem.u2', 'ldelem.i4', 'ldelem.u4')
def ldelem_i(frame, code, pc):
    w_i = frame.pop()
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_IntArray):
        raise bad_operand(frame)
    v = w.storage[_index(frame, w_i, len(w.storage))]
    o = ord(code[pc])
    if o == op.OPS['ldelem.i1']:
        v = wrap8(v)
    elif o == op.OPS['ldelem.u1']:
        v = wrapu8(v)
    elif o == op.OPS['ldelem.i2']:
        v = wrap16(v)
    elif o == op.OPS['ldelem.u2']:
        v = wrapu16(v)
    frame.push(W_Int(v))
    return pc + 1


@handles('stelem.i1', 'stelem.i2', 'stelem.i4')
def stelem_i(frame, code, pc):
    v = frame.pop_int()
    w_i = frame.pop()
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_IntArray):
        raise bad_operand(frame)
    w.storage[_index(frame, w_i, len(w.storage))] = v
    return pc + 1


@handles('ldelem.i8', 'ldelem.i')
def ldelem_i8(frame, code, pc):
    w_i = frame.pop()
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_LongArray):
        raise bad_operand(frame)
    frame.push(W_Long(w.storage[_index(frame, w_i, len(w.storage))]))
    return pc + 1


@handles('stelem.i8', 'stelem.i')
def stelem_i8(frame, code, pc):
    v = as_long(frame, frame.pop())
    w_i = frame.pop()
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_LongArray):
        raise bad_operand(frame)
    w.storage[_index(frame, w_i, len(w.storage))] = v
    return pc + 1


@handles('ldelem.r8', 'ldelem.r4')
def ldelem_r8(frame, code, pc):
    w_i = frame.pop()
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_DoubleArray):
        raise bad_operand(frame)
    f = w.storage[_index(frame, w_i, len(w.storage))]
    if ord(code[pc]) == op.LDELEM_R4:
        frame.push(W_Single(f))
    else:
        frame.push(W_Double(f))
    return pc + 1


@handles('stelem.r8', 'stelem.r4')
def stelem_r8(frame, code, pc):
    w_v = frame.pop()
    if not isinstance(w_v, W_Double):
        raise bad_operand(frame)
    w_i = frame.pop()
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_DoubleArray):
        raise bad_operand(frame)
    f = w_v.floatval
    if ord(code[pc]) == op.STELEM_R4:
        f = arith.round_float32(f)
    w.storage[_index(frame, w_i, len(w.storage))] = f
    return pc + 1


@handles('ldelem.ref')
def ldelem_ref(frame, code, pc):
    w_i = frame.pop()
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_RefArray):
        raise bad_operand(frame)
    frame.push(w.storage[_index(frame, w_i, len(w.storage))])
    return pc + 1


@handles('stelem.ref')
def stelem_ref(frame, code, pc):
    w_v = frame.pop()
    w_i = frame.pop()
    w = null_check(frame, frame.pop())
    if not isinstance(w, W_RefArray):
        raise bad_operand(frame)
    i = _index(frame, w_i, len(w.storage))
    if w_v is not None:
        comp = w.klass.component
        if comp is not None and not w_v.getclass().is_subclass_of(comp):
            raise frame.vm().throw('System.ArrayTypeMismatchException', None)
    w.storage[i] = w_v
    return pc + 1


# ---- managed pointers: ldind, stind, ldobj, stobj, cpobj, initobj ---------

def pointer_operand(frame, w):
    if w is None:
        raise frame.vm().throw('System.NullReferenceException', None)
    if isinstance(w, W_Pointer) or isinstance(w, W_Instance):
        return w
    raise bad_operand(frame)


@handles('ldind.i1', 'ldind.u1', 'ldind.i2', 'ldind.u2', 'ldind.i4',
         'ldind.u4', 'ldind.i8', 'ldind.i', 'ldind.r4', 'ldind.r8', 'ldind.ref')
def ldind(frame, code, pc):
    w = deref(pointer_operand(frame, frame.pop()))
    o = ord(code[pc])
    if isinstance(w, W_Int):
        if o == op.LDIND_I1:
            w = W_Int(wrap8(w.intval))
        elif o == op.LDIND_U1:
            w = W_Int(wrapu8(w.intval))
        elif o == op.LDIND_I2:
            w = W_Int(wrap16(w.intval))
        elif o == op.LDIND_U2:
            w = W_Int(wrapu16(w.intval))
        elif o == op.LDIND_I8 or o == op.LDIND_I:
            w = W_Long(w.intval)
    elif o == op.LDIND_R4:
        w = to_float32(w)
    frame.push(w)
    return pc + 1


@handles('stind.ref', 'stind.i1', 'stind.i2', 'stind.i4', 'stind.i8',
         'stind.r4', 'stind.r8', 'stind.i')
def stind(frame, code, pc):
    w_v = frame.pop()
    w_p = pointer_operand(frame, frame.pop())
    o = ord(code[pc])
    if (o == op.STIND_I8 or o == op.STIND_I) and isinstance(w_v, W_Int):
        w_v = W_Long(w_v.intval)
    elif o == op.STIND_R4:
        w_v = to_float32(w_v)
    store_through(frame, w_p, w_v)
    return pc + 1


def store_through(frame, w_p, w_v):
    if isinstance(w_p, W_Pointer):
        w_p.set(w_v)
    elif isinstance(w_p, W_Instance) and isinstance(w_v, W_Instance):
        vt.assign_fields(w_p, w_v)
    else:
        raise bad_operand(frame)


@handles('ldobj')
def ldobj(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    w = deref(pointer_operand(frame, frame.pop()))
    if isinstance(w, W_Instance) and w.klass.value_kind == vt.STRUCT:
        w = vt.copy_struct(w)
    elif cls.primitive == 'F':
        w = to_float32(w)
    frame.push(w)
    return pc + 5


@handles('stobj')
def stobj(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    w_v = frame.pop()
    if cls.primitive == 'F':
        w_v = to_float32(w_v)
    store_through(frame, pointer_operand(frame, frame.pop()), w_v)
    return pc + 5


@handles('cpobj')
def cpobj(frame, code, pc):
    frame.res().type_at(token(code, pc + 1))
    w_src = deref(pointer_operand(frame, frame.pop()))
    store_through(frame, pointer_operand(frame, frame.pop()), w_src)
    return pc + 5


@handles('initobj')
def initobj(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 2))
    w_p = pointer_operand(frame, frame.pop())
    if isinstance(w_p, W_Pointer):
        w_p.set(vt.zero_value(cls))
    else:
        vt.zero_fields(w_p)
    return pc + 6


# ---- exception blocks --------------------------------------------------------------

@jit.unroll_safe
def leave_to(frame, from_pc, target):
    """Run the finally blocks between from_pc and target (innermost first),
    then continue at target."""
    frame.clear_stack()
    for c in frame.code_method().clauses:
        if c.is_finally() and c.try_offset <= from_pc < c.try_offset + c.try_length \
                and not (c.try_offset <= target < c.try_offset + c.try_length):
            push_pending(frame, from_pc, target, None, c)
            return c.handler_offset
    return target


@handles('leave')
def leave(frame, code, pc):
    return leave_to(frame, pc, pc + 5 + i4(code, pc + 1))


@handles('leave.s')
def leave_s(frame, code, pc):
    return leave_to(frame, pc, pc + 2 + s1(code, pc + 1))


@handles('endfinally')
@jit.unroll_safe
def endfinally(frame, code, pc):
    p = frame.pending
    while p is not None and not in_handler(p.clause, pc):
        p = p.prev
    if p is None:
        frame.pending = None
        raise invalid(frame, 'endfinally outside a finally block')
    frame.pending = p.prev
    if p.w_exc is not None:
        raise GuestException(p.w_exc)
    return leave_to(frame, pc, p.target)


@handles('rethrow')
def rethrow(frame, code, pc):
    w = frame.caught
    c = frame.caught_clause
    if w is not None and c is not None and not in_handler(c, pc):
        w = caught_outer_at(frame, pc)
    if w is None:
        raise invalid(frame, 'rethrow outside a catch handler')
    if dispatch_state.filters_seen:
        w.dispatch = None       # a new dispatch
    if w.catch_closed:
        # `throw;` keeps the trace and goes on recording; this frame is
        # recorded again, at the rethrow (as Mono prints it)
        w.catch_closed = False
        w.trace_closed = False
        n = len(w.trace)
        if n > 0:
            w.trace.pop()
    raise GuestException(w)


@handles('endfilter')
def endfilter(frame, code, pc):
    """Reached only outside a filter block (run_filter ends at it)."""
    raise invalid(frame, 'endfilter outside a filter block')


@jit.unroll_safe
def in_protected_region(method, pc):
    """Is pc inside a try, handler or filter block?"""
    for c in method.clauses:
        if c.try_offset <= pc < c.try_offset + c.try_length:
            return True
        if c.handler_offset <= pc < c.handler_offset + c.handler_length:
            return True
        if c.is_filter() and c.filter_offset <= pc < c.handler_offset:
            return True
    return False


@jit.dont_look_inside
def run_filter(frame, method, c, w_exc):
    """Run the filter block of clause c (ECMA-335 I.12.4.2.5) with w_exc
    pushed, until `endfilter` pops its decision: True to run the handler.
    An exception escaping the filter means "no" (it is discarded): its
    first pass stops at the filter (the boundary)."""
    saved = dispatch_state.boundary
    dispatch_state.boundary = framechain.top_frame()
    try:
        return filter_decision(frame, method, c, w_exc)
    finally:
        dispatch_state.boundary = saved


def filter_decision(frame, method, c, w_exc):
    code = method.code
    frame.clear_stack()
    frame.push(w_exc)
    pc = c.filter_offset
    try:
        while True:
            opc = ord(code[pc])
            if opc == 0xFE:
                opc = 0x100 + ord(code[pc + 1])
            if opc == op.ENDFILTER:
                w = frame.pop()
                frame.clear_stack()
                return truthy(w)
            if opc == op.RET:
                raise invalid(frame, 'Invalid IL: ret inside a filter block')
            pc = dispatch(frame, code, opc, pc)
            if pc < 0:
                raise invalid(frame, 'Invalid IL: tail call inside a filter block')
    except GuestException:
        frame.clear_stack()
        return False


# ---- prefixes, tail calls, jmp, calli ------------------------------------------------

@handles('break')
def break_(frame, code, pc):
    return pc + 1


@handles('volatile.', 'readonly.')
def prefix(frame, code, pc):
    """No effect here: Parley's memory model is sequential, and readonly.
    ldelema gives the same pointer."""
    return pc + 2


@handles('unaligned.', 'no.')
def prefix_operand(frame, code, pc):
    return pc + 3


TAIL_CALL_PC = -3       # a handler's next pc: the frame ends with a tail call


class W_TailCall(W_Root):
    """What interpret returns when its frame ends with a tail call (the
    frame's tail_method and tail_args say which)."""
    _attrs_ = []


TAIL_CALL = W_TailCall()


@handles('tail.')
def tail_prefix(frame, code, pc):
    """`tail. call/callvirt/calli M; ret`: the call replaces this frame
    (call_clr_method runs it in a new frame), so tail recursion runs in
    constant stack.  Anywhere a tail call is not allowed (not followed by
    ret, inside a protected region) the prefix is ignored."""
    nxt = pc + 2
    if nxt + 5 >= len(code):
        return nxt
    o = ord(code[nxt])
    if o != op.CALL and o != op.CALLVIRT and o != op.CALLI:
        return nxt
    if ord(code[nxt + 5]) != op.RET or in_protected_region(frame.code_method(), pc):
        return nxt
    tok = token(code, nxt + 1)
    if o == op.CALLI:
        m, args = calli_target(frame, tok)
    else:
        m = frame.res().method_at(tok)
        if m.is_static():
            ensure_initialized(m.klass)
        args = pop_args(frame, m.nargs)
        if o == op.CALLVIRT:
            m = virtual_target(frame, m, null_check(frame, args[0]))
        elif not m.is_static() and m.nargs > 0:
            w_this = args[0]
            if isinstance(w_this, W_Pointer):
                args[0] = receiver_value(m.klass, w_this.get())
    frame.tail_method = m
    frame.tail_args = args
    return TAIL_CALL_PC


@handles('jmp')
def jmp(frame, code, pc):
    """Leave this method for M with the same arguments (ECMA-335 III.3.37):
    a tail call."""
    m = frame.res().method_at(token(code, pc + 1))
    cur = frame.code_method()
    if m.nargs != cur.nargs:
        raise invalid(frame, 'Invalid IL: jmp to a method of another signature')
    if frame.sp != frame.stack_base or in_protected_region(cur, pc):
        raise invalid(frame, 'Invalid IL: jmp with a non-empty stack or in a protected block')
    if m.is_static():
        ensure_initialized(m.klass)
    args = [None] * m.nargs
    for i in range(m.nargs):
        args[i] = frame.get(i)
    frame.tail_method = m
    frame.tail_args = args
    return TAIL_CALL_PC


@jit.elidable
def calli_nargs(asm, tok):
    """The argument count (receiver included) of the call site signature
    of a calli (a StandAloneSig token)."""
    from parley.clr.signature import parse_method_sig
    rid = tok & 0xffffff
    img = asm.img
    if (tok >> 24) != 0x11 or rid <= 0 or rid > len(img.standalonesigs):
        raise BadImageFormat('bad calli signature token 0x%x in %s'
                             % (tok, img.path))
    msig = parse_method_sig(img.standalonesigs[rid - 1].sig)
    n = len(msig.params)
    if msig.has_this:
        n += 1
    return n


def calli_target(frame, tok):
    """Pop the function pointer (what ldftn/ldvirtftn pushed) and the
    arguments of a calli."""
    n = calli_nargs(frame.code_method().asm, tok)
    w_f = frame.pop()
    if not isinstance(w_f, W_MethodHandle):
        raise invalid(frame, 'Invalid IL: calli of a value that is not a method pointer')
    m = w_f.method
    if m.nargs != n:
        raise invalid(frame, 'Invalid IL: calli signature does not match the method')
    if m.is_static():
        ensure_initialized(m.klass)
    args = pop_args(frame, n)
    if not m.is_static() and n > 0:
        w_this = args[0]
        if isinstance(w_this, W_Pointer):
            args[0] = receiver_value(m.klass, w_this.get())
    return m, args


@handles('calli')
def calli(frame, code, pc):
    m, args = calli_target(frame, token(code, pc + 1))
    w_res = m.invoke(args)
    if m.returns_value:
        push_result(frame, m, w_res)
    return pc + 5


# ---- sizeof, typed references, unsupported instructions ------------------------------

@handles('sizeof')
def sizeof(frame, code, pc):
    from parley.clr.layout import size_of
    cls = frame.res().type_at(token(code, pc + 2))
    frame.push(W_Int(size_of(cls)))
    return pc + 6


class W_TypedRef(W_Root):
    """A System.TypedReference (mkrefany): a managed pointer and its type."""
    _attrs_ = _immutable_fields_ = ['w_ptr', 'klass']

    def __init__(self, w_ptr, klass):
        self.w_ptr = w_ptr
        self.klass = klass


@handles('mkrefany')
def mkrefany(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    w_p = pointer_operand(frame, frame.pop())
    frame.push(W_TypedRef(w_p, cls))
    return pc + 5


@handles('refanyval')
def refanyval(frame, code, pc):
    cls = frame.res().type_at(token(code, pc + 1))
    w = frame.pop()
    if not isinstance(w, W_TypedRef):
        raise bad_operand(frame)
    if w.klass is not cls:
        raise frame.vm().throw('System.InvalidCastException', None)
    frame.push(w.w_ptr)
    return pc + 5


@handles('refanytype')
def refanytype(frame, code, pc):
    w = frame.pop()
    if not isinstance(w, W_TypedRef):
        raise bad_operand(frame)
    frame.push(mirror_of(w.klass))
    return pc + 2


@handles('localloc', 'cpblk', 'initblk', 'arglist')
def unsupported(frame, code, pc):
    """Unmanaged memory and varargs: Parley has neither."""
    raise invalid(frame, 'Parley does not support the CIL instruction %s'
                  % op.NAME_LIST[0x100 + ord(code[pc + 1])])


# ---- dispatch ------------------------------------------------------------------------

_dispatch_table = make_dispatcher(_handlers)


def dispatch(frame, code, opc, pc):
    try:
        next_pc = _dispatch_table(frame, code, opc, pc)
    except BadImageFormat as e:
        raise frame.vm().throw('System.BadImageFormatException', e.msg)
    except BadPointerStore:
        raise invalid(frame, 'Invalid IL: store of a value of another type through a pointer')
    if next_pc == NOT_FOUND:
        raise invalid(frame, 'Parley does not implement the CIL instruction %s yet'
                      % op.NAME_LIST[opc])
    return next_pc


@jit.unroll_safe
def find_handler(frame, method, pc, w_exc):
    """ECMA-335 I.12.4.2.5: the first clause, in table order, whose try
    block covers pc and that catches the exception (or is a finally/fault
    block, which runs and then lets the exception go on).  A filter runs
    here unless the first pass has decided for this frame already; before
    the first finally/fault block, the first pass decides for the frames
    outward (when filters exist at all)."""
    chosen = NOT_SEARCHED
    if dispatch_state.filters_seen:
        chosen = searched_choice(frame, w_exc)
    clauses = method.clauses
    for i in range(len(clauses)):
        c = clauses[i]
        if c.try_offset <= pc < c.try_offset + c.try_length:
            if c.is_catch():
                cls = method.res.type_at(c.class_token)
                if catches(cls, w_exc.getclass()):
                    enter_handler(frame, w_exc, c)
                    return c.handler_offset
            elif c.is_filter():
                if chosen == NOT_SEARCHED:
                    if run_filter(frame, method, c, w_exc):
                        enter_handler(frame, w_exc, c)
                        return c.handler_offset
                elif chosen == i:
                    enter_handler(frame, w_exc, c)
                    return c.handler_offset
            elif c.is_finally() or c.is_fault():
                if dispatch_state.filters_seen and chosen == NOT_SEARCHED:
                    first_pass(frame, method, pc, w_exc, i + 1)
                push_pending(frame, pc, -1, w_exc, c)
                frame.clear_stack()
                # the exception goes on after the block: this frame is
                # in its trace already, the outer ones will be
                w_exc.resume_skip = True
                return c.handler_offset
    return -1


def enter_handler(frame, w_exc, c):
    """A catch or filter handler starts with the exception on the stack."""
    frame.clear_stack()
    frame.push(w_exc)
    if not w_exc.trace_closed:
        w_exc.trace_closed = True   # caught: the trace ends at this frame
        w_exc.catch_closed = True
    old = frame.caught_clause
    if old is not None and old is not c and (in_handler(old, c.handler_offset) or
                                             frame.caught_outer is not None):
        # nested handlers
        keep_enclosing_caught(frame, c.handler_offset, frame.caught, old)
    frame.caught = w_exc
    frame.caught_clause = c
    if dispatch_state.filters_seen:
        w_exc.dispatch = None       # dispatched


class Caught(object):
    """The exception of a catch handler that encloses the running one."""
    def __init__(self, w_exc, clause, prev):
        self.w_exc = w_exc
        self.clause = clause
        self.prev = prev


@jit.dont_look_inside
def keep_enclosing_caught(frame, pc, w_caught, c):
    """Entering a handler at pc while the handler of clause c (which caught
    w_caught) was the last one entered: keep the caught exceptions of the
    handlers pc is inside (a try/catch in a catch handler), for rethrow;
    drop the others (finished or abandoned)."""
    outer = frame.caught_outer
    while outer is not None and not in_handler(outer.clause, pc):
        outer = outer.prev
    if in_handler(c, pc):
        outer = Caught(w_caught, c, outer)
    frame.caught_outer = outer


@jit.dont_look_inside
def caught_outer_at(frame, pc):
    """rethrow at pc after a nested handler: the exception of the
    innermost handler around pc."""
    outer = frame.caught_outer
    while outer is not None and not in_handler(outer.clause, pc):
        outer = outer.prev
    if outer is None:
        return None
    return outer.w_exc


# ---- the first pass (two-pass exception dispatch) ----------------------------------

class DispatchState(object):
    """filters_seen: a method with a filter clause has run (until then no
    first pass can matter; quasi-immutable, so a JIT trace does not test
    it).  boundary: the top of the frame chain when the innermost running
    filter started: an exception in the filter's callees searches no
    further (it cannot escape the filter)."""
    _immutable_fields_ = ['filters_seen?']

    def __init__(self):
        self.filters_seen = False
        self.boundary = None


dispatch_state = DispatchState()

NOT_SEARCHED = -2


class Dispatch(object):
    """The first pass's decision for an exception in flight, which the
    exception carries (W_Throwable.dispatch): for each CLR frame it
    searched, the index of the clause chosen there (-1: none; its filters
    declined)."""
    def __init__(self):
        self.frames = []
        self.choices = []

    def add(self, frame, choice):
        self.frames.append(frame)
        self.choices.append(choice)


class ClrChainFrame(framechain.ForeignFrame):
    """The frame chain's entry for a CLR frame: the first pass reaches the
    frame through it."""
    _immutable_fields_ = ['clr_frame']

    def __init__(self, method, clr_frame):
        framechain.ForeignFrame.__init__(self, method)
        self.clr_frame = clr_frame

    def chain_pc(self):
        return self.clr_frame.call_pc


def note_filters(method):
    """At a method's first call: does it have a filter clause?"""
    if not dispatch_state.filters_seen:
        for c in method.clauses:
            if c.is_filter():
                dispatch_state.filters_seen = True


@jit.dont_look_inside
def searched_choice(frame, w_exc):
    """The first pass's choice for frame, or NOT_SEARCHED."""
    d = w_exc.dispatch
    if d is None:
        return NOT_SEARCHED
    for i in range(len(d.frames)):
        if d.frames[i] is frame:
            return d.choices[i]
    return NOT_SEARCHED


def search_frame(frame, method, pc, w_exc, start):
    """The first pass in one frame: the index of the first clause from
    `start` on covering pc that takes the exception (a typed catch that
    matches, a filter that accepts), or -1."""
    clauses = method.clauses
    for i in range(start, len(clauses)):
        c = clauses[i]
        if c.try_offset <= pc < c.try_offset + c.try_length:
            if c.is_catch():
                if catches(method.res.type_at(c.class_token), w_exc.getclass()):
                    return i
            elif c.is_filter():
                if run_filter(frame, method, c, w_exc):
                    return i
    return -1


@jit.dont_look_inside
def first_pass(frame, method, pc, w_exc, start):
    """ECMA-335 I.12.4.2.5: from the clause `start` of frame (at pc),
    then in the frames outward (the frame chain: CLR frames at the pc of
    the call they make, Java frames, whose catch clauses end the search
    when they match), evaluate filters until one accepts or a typed catch
    matches; record the decisions on the exception."""
    from parley.jvm.interpreter import JvmFrame
    from parley.jvm.interpreter import find_handler as jvm_find_handler
    d = Dispatch()
    w_exc.dispatch = d
    choice = search_frame(frame, method, pc, w_exc, start)
    d.add(frame, choice)
    if choice >= 0:
        return
    boundary = dispatch_state.boundary
    cf = framechain.top_frame()
    if cf is None or cf is boundary:
        return
    cf = framechain.back_frame(cf)     # the top is frame's own
    while cf is not None and cf is not boundary:
        if isinstance(cf, ClrChainFrame):
            f = cf.clr_frame
            m = f.method
            if len(m.clauses) > 0:
                choice = search_frame(f, m, f.call_pc, w_exc, 0)
                d.add(f, choice)
                if choice >= 0:
                    return
        elif isinstance(cf, JvmFrame):
            if jvm_find_handler(cf.method, cf.pc, w_exc) >= 0:
                return
        cf = framechain.back_frame(cf)


def interpret(method, frame):
    """The CLR portal: run `method` in `frame` until `ret`."""
    pc = 0
    while True:
        jitdriver.jit_merge_point(pc=pc, method=method, frame=frame)
        code = method.code
        opc = ord(code[pc])
        if opc == op.RET:
            if method.returns_value:
                if method.returns_r4:
                    return to_float32(frame.pop())
                return frame.pop()
            return None
        if opc == 0xFE:
            opc = 0x100 + ord(code[pc + 1])
        # where the first pass and stack traces taken while the frame
        # runs a call find it (a virtualizable field: free in traces)
        frame.call_pc = pc
        try:
            next_pc = dispatch(frame, code, opc, pc)
        except GuestException as e:
            w_exc = e.w_exc
            w_exc.record_frame(StackEntry(method, pc))
            handler = find_handler(frame, method, pc, w_exc)
            if handler < 0:
                raise
            next_pc = handler
        if next_pc < 0:
            return TAIL_CALL        # frame.tail_method: see call_clr_method
        if next_pc <= pc:
            jitdriver.can_enter_jit(pc=next_pc, method=method, frame=frame)
        pc = next_pc


def call_clr_method(method, args):
    """The calling convention's entry into the CLR interpreter.  A frame
    ending with a tail call (`tail.` prefix, `jmp`) returns TAIL_CALL:
    the call is then made in a loop (run_tail_calls), not by recursion."""
    frame = new_frame(method, args)
    w_res = run_frame(method, frame)
    if w_res is TAIL_CALL:
        return run_tail_calls(frame)
    return w_res


def run_tail_calls(frame):
    """The tail calls a frame ends with, each in a new frame, until one
    returns.  (A loop: the JIT sees it as one residual call.)"""
    while True:
        m = frame.tail_method
        args = frame.tail_args
        frame.tail_method = None
        frame.tail_args = None
        assert m is not None and args is not None
        if not isinstance(m, ClrMethod) or m.delegate_op != 0:
            return m.invoke(args)
        frame = new_frame(m, args)
        w_res = run_frame(m, frame)
        if w_res is not TAIL_CALL:
            return w_res


@jit.unroll_safe
def new_frame(method, args):
    if not method.prepared:
        prepare(method)
        note_filters(method)
    if not method.code and method.pinvoke_module:
        # Parley does not call native code: every P/Invoke fails as Mono
        # fails one whose library it cannot find
        raise method.klass.vm.throw('System.DllNotFoundException',
                                    '%s assembly:<unknown assembly> type:<unknown type> '
                                    'member:(null)' % method.pinvoke_module)
    if not method.code:
        raise method.klass.vm.throw('System.MissingMethodException',
                                    'Method has no body: %s::%s'
                                    % (method.klass.name, method.clr_name))
    if method.invalid_reason:
        raise method.klass.vm.throw('System.InvalidProgramException',
                                    method.invalid_reason)
    frame = ClrFrame(method)
    for i in range(len(args)):
        frame.values[i] = args[i]
    # the arguments are the callee's own locations: struct values passed by
    # value are copied (not `this` nor ref/out ones: those are pointers)
    for i in method.byvalue_args:
        if i < len(args):
            frame.set(i, vt.copy_argument(args[i]))
    # ref/out parameters called from Java get one-element arrays (the IKVM
    # convention): the callee sees a pointer to element 0
    for i in method.byref_args:
        if i < len(args):
            w = args[i]
            if isinstance(w, W_Array):
                frame.set(i, W_ElementPointer(w, 0))
    # float32 parameters: the argument rounds as a store would
    for i in method.r4_args:
        if i < len(args):
            frame.set(i, to_float32(args[i]))
    base = frame.locals_base
    defaults = method.local_defaults
    for i in range(len(defaults)):
        frame.set(base + i, defaults[i])
    structs = method.local_struct_classes
    if structs is not None:
        for i in range(len(structs)):
            c = structs[i]
            if c is not None:
                frame.set(base + i, new_zero_struct(c))
    return frame


def run_frame(method, frame):
    chain_frame = ClrChainFrame(method, frame)
    framechain.enter(chain_frame)
    try:
        return interpret(method, frame)
    except rstackovf.StackOverflow:
        rstackovf.check_stack_overflow()
        raise method.klass.vm.throw('System.StackOverflowException', None)
    finally:
        framechain.leave(chain_frame)
