"""What Mono does when it compiles a method, done at a method's first call:
the static constructors of the `beforefieldinit` types whose static fields
the method accesses run before the method starts (ECMA-335 II.10.5.3.2
lets the runtime choose the moment; Mono chooses JIT time, and programs
print in that order).  Types without beforefieldinit (an explicit static
constructor in C#) are initialised precisely at first access instead."""
from parley.clr import opcodes as op
from parley.clr.verify import OPERAND
from parley.interop.errors import GuestException
from parley.interop.klass import UNINITIALIZED

LDSFLD = op.OPS['ldsfld']
STSFLD = op.OPS['stsfld']
LDSFLDA = op.OPS['ldsflda']


def static_field_tokens(code):
    out = []
    pc = 0
    n = len(code)
    while pc < n:
        opc = ord(code[pc])
        size = 1
        if opc == 0xFE and pc + 1 < n:
            opc = 0x100 + ord(code[pc + 1])
            size = 2
        operand = OPERAND[opc]
        p = pc + size
        if operand == -2:
            if p + 4 > n:
                break
            count = (ord(code[p]) | (ord(code[p + 1]) << 8) |
                     (ord(code[p + 2]) << 16) | (ord(code[p + 3]) << 24))
            pc = p + 4 + 4 * count
            continue
        if operand < 0:
            break
        if (opc == LDSFLD or opc == STSFLD or opc == LDSFLDA) and p + 4 <= n:
            out.append(ord(code[p]) | (ord(code[p + 1]) << 8) |
                       (ord(code[p + 2]) << 16) | (ord(code[p + 3]) << 24))
        pc = p + operand
    return out


def prepare(method):
    """Run once, before the first call of method runs."""
    method.prepared = True
    for tok in static_field_tokens(method.code):
        try:
            f = method.res.field_at(tok)
        except GuestException:
            continue            # reported when the instruction runs
        cls = f.owner
        if cls.before_field_init and cls.init_state == UNINITIALIZED:
            cls.vm.initialize(cls)
