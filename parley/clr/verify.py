"""Structural verification of CIL method bodies, done once when a method is
loaded: every instruction and its operands lie inside the body, branch and
switch targets are instruction starts, argument and local indices exist,
the body cannot fall off its end, exception clauses cover whole
instructions.  Type-level checks happen at run time (typed pops raise
InvalidProgramException).  Returns '' or the reason."""
from parley.clr import opcodes as op

ONE = ['ldarg.s', 'ldarga.s', 'starg.s', 'ldloc.s', 'ldloca.s', 'stloc.s',
       'ldc.i4.s', 'br.s', 'brfalse.s', 'brtrue.s', 'beq.s', 'bge.s', 'bgt.s',
       'ble.s', 'blt.s', 'bne.un.s', 'bge.un.s', 'bgt.un.s', 'ble.un.s',
       'blt.un.s', 'leave.s', 'unaligned.', 'no.']
FOUR = ['ldc.i4', 'ldc.r4', 'jmp', 'call', 'calli', 'br', 'brfalse', 'brtrue',
        'beq', 'bge', 'bgt', 'ble', 'blt', 'bne.un', 'bge.un', 'bgt.un',
        'ble.un', 'blt.un', 'callvirt', 'cpobj', 'ldobj', 'ldstr', 'newobj',
        'castclass', 'isinst', 'unbox', 'ldfld', 'ldflda', 'stfld', 'ldsfld',
        'ldsflda', 'stsfld', 'stobj', 'box', 'newarr', 'ldelema', 'ldelem',
        'stelem', 'unbox.any', 'refanyval', 'mkrefany', 'ldtoken', 'leave',
        'ldftn', 'ldvirtftn', 'initobj', 'constrained.', 'sizeof']
EIGHT = ['ldc.i8', 'ldc.r8']
TWO = ['ldarg', 'ldarga', 'starg', 'ldloc', 'ldloca', 'stloc']
TERMINATORS = ['ret', 'br', 'br.s', 'throw', 'rethrow', 'leave', 'leave.s',
               'endfinally', 'endfilter', 'jmp']
SHORT_BRANCHES = ['br.s', 'brfalse.s', 'brtrue.s', 'beq.s', 'bge.s', 'bgt.s',
                  'ble.s', 'blt.s', 'bne.un.s', 'bge.un.s', 'bgt.un.s',
                  'ble.un.s', 'blt.un.s', 'leave.s']
LONG_BRANCHES = ['br', 'brfalse', 'brtrue', 'beq', 'bge', 'bgt', 'ble', 'blt',
                 'bne.un', 'bge.un', 'bgt.un', 'ble.un', 'blt.un', 'leave']
ARG_OPS = ['ldarg.s', 'ldarga.s', 'starg.s', 'ldarg', 'ldarga', 'starg']
LOC_OPS = ['ldloc.s', 'ldloca.s', 'stloc.s', 'ldloc', 'ldloca', 'stloc']

OPERAND = [-1] * 0x200
KIND = [0] * 0x200      # 1 short branch, 2 long branch, 3 arg, 4 local
for _i in range(0x200):
    if not op.NAME_LIST[_i].startswith('<'):
        OPERAND[_i] = 0
for _n in ONE:
    OPERAND[op.OPS[_n]] = 1
for _n in FOUR:
    OPERAND[op.OPS[_n]] = 4
for _n in EIGHT:
    OPERAND[op.OPS[_n]] = 8
for _n in TWO:
    OPERAND[op.OPS[_n]] = 2
for _n in SHORT_BRANCHES:
    KIND[op.OPS[_n]] = 1
for _n in LONG_BRANCHES:
    KIND[op.OPS[_n]] = 2
for _n in ARG_OPS:
    KIND[op.OPS[_n]] = 3
for _n in LOC_OPS:
    KIND[op.OPS[_n]] = 4
OPERAND[op.OPS['switch']] = -2
IS_TERMINATOR = [False] * 0x200
for _n in TERMINATORS:
    IS_TERMINATOR[op.OPS[_n]] = True


def _u(code, p, size):
    v = 0
    for k in range(size):
        v |= ord(code[p + k]) << (8 * k)
    return v


def _s(code, p, size):
    v = _u(code, p, size)
    if size == 1 and v >= 0x80:
        v -= 0x100
    elif size == 4 and v >= 0x80000000:
        v -= 0x100000000
    return v


def verify_body(code, nargs, nlocals, clauses):
    n = len(code)
    if n == 0:
        return 'IL_0000: empty method body'
    starts = [False] * (n + 1)
    targets = []
    pc = 0
    last = -1
    while pc < n:
        starts[pc] = True
        opc = ord(code[pc])
        size = 1
        if opc == 0xFE:
            if pc + 1 >= n:
                return 'IL_%d: truncated instruction' % pc
            opc = 0x100 + ord(code[pc + 1])
            size = 2
        last = opc
        operand = OPERAND[opc]
        if operand == -1:
            return 'IL_%d: invalid opcode' % pc
        p = pc + size
        if operand == -2:       # switch
            if p + 4 > n:
                return 'IL_%d: truncated switch' % pc
            count = _u(code, p, 4)
            if count > n:
                return 'IL_%d: bad switch' % pc
            end = p + 4 + 4 * count
            if end > n:
                return 'IL_%d: truncated switch' % pc
            q = p + 4
            while q < end:
                targets.append(end + _s(code, q, 4))
                q += 4
            pc = end
            continue
        if p + operand > n:
            return 'IL_%d: instruction runs past the end of the body' % pc
        kind = KIND[opc]
        if kind == 1:
            targets.append(p + 1 + _s(code, p, 1))
        elif kind == 2:
            targets.append(p + 4 + _s(code, p, 4))
        elif kind == 3:
            if _u(code, p, operand) >= nargs:
                return 'IL_%d: argument index out of range' % pc
        elif kind == 4:
            if _u(code, p, operand) >= nlocals:
                return 'IL_%d: local index out of range' % pc
        elif op.LDARG_0 <= opc <= op.LDARG_3:
            if opc - op.LDARG_0 >= nargs:
                return 'IL_%d: argument index out of range' % pc
        elif op.LDLOC_0 <= opc <= op.LDLOC_3:
            if opc - op.LDLOC_0 >= nlocals:
                return 'IL_%d: local index out of range' % pc
        elif op.STLOC_0 <= opc <= op.STLOC_3:
            if opc - op.STLOC_0 >= nlocals:
                return 'IL_%d: local index out of range' % pc
        pc = p + operand
    if last < 0 or not IS_TERMINATOR[last]:
        return 'IL_%d: control falls off the end of the body' % n
    starts[n] = True        # a block may end where the body ends
    for t in targets:
        if t < 0 or t >= n or not starts[t]:
            return 'branch target IL_%d is not the start of an instruction' % t
    for c in clauses:
        if not starts[c.try_offset] or not starts[c.handler_offset]:
            return 'exception clause does not start at an instruction'
        te = c.try_offset + c.try_length
        he = c.handler_offset + c.handler_length
        if te > n or he > n or not starts[te] or not starts[he]:
            return 'exception clause does not end at an instruction'
        if c.is_filter() and (c.filter_offset >= n or not starts[c.filter_offset]):
            return 'exception filter does not start at an instruction'
    return ''
