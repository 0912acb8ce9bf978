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
LDFLD = op.OPS['ldfld']
STFLD = op.OPS['stfld']
LDFLDA = op.OPS['ldflda']


def static_field_tokens(code):
    return field_tokens(code, False)


def field_tokens(code, instance_too):
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
        if (opc == LDSFLD or opc == STSFLD or opc == LDSFLDA or
                (instance_too and (opc == LDFLD or opc == STFLD or
                                   opc == LDFLDA))) and p + 4 <= n:
            out.append(ord(code[p]) | (ord(code[p + 1]) << 8) |
                       (ord(code[p + 2]) << 16) | (ord(code[p + 3]) << 24))
        pc = p + operand
    return out


def prepare(method):
    """Run once, before the first call of method runs."""
    check_field_access(method)
    method.prepared = True
    for tok in static_field_tokens(method.code):
        try:
            f = method.res.field_at(tok)
        except GuestException:
            continue            # reported when the instruction runs
        cls = f.owner
        if cls.before_field_init and cls.init_state == UNINITIALIZED:
            cls.vm.initialize(cls)


def check_field_access(method):
    """Access rules hold across the boundary: a Java field that is not
    public or protected is not C#'s to touch.  Mono checks field access
    when it compiles a method, so the first offending field (in IL order)
    fails the method before it runs, as FieldAccessException."""
    for tok in field_tokens(method.code, True):
        try:
            f = method.res.field_at(tok)
        except GuestException:
            continue            # reported when the instruction runs
        owner = f.owner
        if owner.vm is not None and owner.vm.tag == 'jvm' and \
                f.flags & (J_PUBLIC | J_PROTECTED) == 0:
            from parley.clr.loader import mono_method_name
            raise method.asm.vm.throw(
                'System.FieldAccessException',
                "Field `%s:%s' is inaccessible from method `%s'\n"
                % (owner.name, f.name, mono_method_name(method)))


J_PUBLIC = 0x0001
J_PROTECTED = 0x0004
