"""Structural verification of JVM method code, done once when a class is
defined: every instruction lies inside the code with all its operands,
branch targets are instruction starts, local-variable indices are below
max_locals, the code cannot fall off its end, exception-handler ranges are
instruction boundaries.  Type-level checks happen at run time (the
interpreter's typed pops raise VerifyError).  Returns '' or the reason."""
from parley.jvm import opcodes as op
from parley.jvm import classfile as cfm

# operand bytes after the opcode for fixed-length instructions; -1: invalid
_LEN = [0] * 256
for _o in range(256):
    _LEN[_o] = 0 if _o <= op.JSR_W else -1
for _name, _n in [('bipush', 1), ('sipush', 2), ('ldc', 1), ('ldc_w', 2),
                  ('ldc2_w', 2), ('iload', 1), ('lload', 1), ('fload', 1),
                  ('dload', 1), ('aload', 1), ('istore', 1), ('lstore', 1),
                  ('fstore', 1), ('dstore', 1), ('astore', 1), ('iinc', 2),
                  ('ret', 1), ('getstatic', 2), ('putstatic', 2),
                  ('getfield', 2), ('putfield', 2), ('invokevirtual', 2),
                  ('invokespecial', 2), ('invokestatic', 2),
                  ('invokeinterface', 4), ('invokedynamic', 4), ('new', 2),
                  ('newarray', 1), ('anewarray', 2), ('checkcast', 2),
                  ('instanceof', 2), ('multianewarray', 3), ('goto_w', 4),
                  ('jsr_w', 4)]:
    _LEN[getattr(op, _name.upper())] = _n
for _o in range(op.IFEQ, op.JSR + 1):
    _LEN[_o] = 2
_LEN[op.IFNULL] = 2
_LEN[op.IFNONNULL] = 2

_LOCAL_INDEX_OPS = [op.ILOAD, op.LLOAD, op.FLOAD, op.DLOAD, op.ALOAD,
                    op.ISTORE, op.LSTORE, op.FSTORE, op.DSTORE, op.ASTORE,
                    op.IINC, op.RET]
_TERMINATORS = [op.GOTO, op.GOTO_W, op.TABLESWITCH, op.LOOKUPSWITCH,
                op.IRETURN, op.LRETURN, op.FRETURN, op.DRETURN, op.ARETURN,
                op.RETURN, op.ATHROW, op.JSR, op.JSR_W, op.RET]


def _s2(code, p):
    v = (ord(code[p]) << 8) | ord(code[p + 1])
    return v - 65536 if v >= 32768 else v


def _s4(code, p):
    v = ((ord(code[p]) << 24) | (ord(code[p + 1]) << 16) |
         (ord(code[p + 2]) << 8) | ord(code[p + 3]))
    return v - 0x100000000 if v >= 0x80000000 else v


def _local_ok(index, opc, max_locals):
    wide2 = opc == op.LLOAD or opc == op.DLOAD or opc == op.LSTORE or \
        opc == op.DSTORE or (op.LLOAD_0 <= opc <= op.LLOAD_3) or \
        (op.DLOAD_0 <= opc <= op.DLOAD_3) or \
        (op.LSTORE_0 <= opc <= op.LSTORE_3) or (op.DSTORE_0 <= opc <= op.DSTORE_3)
    if wide2:
        return index + 1 < max_locals
    return index < max_locals


# the constant-pool tags each instruction's index operand may name
_CP_TAGS = {}
for _name in ['getstatic', 'putstatic', 'getfield', 'putfield']:
    _CP_TAGS[getattr(op, _name.upper())] = [cfm.CONSTANT_Fieldref]
for _name in ['invokevirtual']:
    _CP_TAGS[getattr(op, _name.upper())] = [cfm.CONSTANT_Methodref]
for _name in ['invokespecial', 'invokestatic']:
    _CP_TAGS[getattr(op, _name.upper())] = [cfm.CONSTANT_Methodref,
                                            cfm.CONSTANT_InterfaceMethodref]
_CP_TAGS[op.INVOKEINTERFACE] = [cfm.CONSTANT_InterfaceMethodref]
_CP_TAGS[op.INVOKEDYNAMIC] = [cfm.CONSTANT_InvokeDynamic]
for _name in ['new', 'anewarray', 'checkcast', 'instanceof', 'multianewarray']:
    _CP_TAGS[getattr(op, _name.upper())] = [cfm.CONSTANT_Class]
_LDC_TAGS = [cfm.CONSTANT_Integer, cfm.CONSTANT_Float, cfm.CONSTANT_String,
             cfm.CONSTANT_Class, cfm.CONSTANT_MethodType,
             cfm.CONSTANT_MethodHandle, cfm.CONSTANT_Dynamic]
_CP_TAGS[op.LDC] = _LDC_TAGS
_CP_TAGS[op.LDC_W] = _LDC_TAGS
_CP_TAGS[op.LDC2_W] = [cfm.CONSTANT_Long, cfm.CONSTANT_Double]


def _check_cp_operand(code, pc, opc, cf):
    tags = _CP_TAGS.get(opc, None)
    if tags is None:
        return ''
    if opc == op.LDC:
        index = ord(code[pc + 1])
    else:
        index = (ord(code[pc + 1]) << 8) | ord(code[pc + 2])
    if cf.tag_at(index) not in tags:
        return 'Illegal constant pool index %d in instruction at %d' % (index, pc)
    return ''


def verify_code(code, max_locals, handlers, cf):
    n = len(code)
    if n == 0:
        return 'Code is empty'
    starts = [False] * (n + 1)
    targets = []
    pc = 0
    last = -1
    while pc < n:
        starts[pc] = True
        opc = ord(code[pc])
        last = opc
        if opc == op.TABLESWITCH or opc == op.LOOKUPSWITCH:
            base = (pc + 4) & ~3
            if base + 8 > n:
                return 'Illegal switch at %d' % pc
            targets.append(pc + _s4(code, base))
            if opc == op.TABLESWITCH:
                if base + 12 > n:
                    return 'Illegal tableswitch at %d' % pc
                low = _s4(code, base + 4)
                high = _s4(code, base + 8)
                if high < low or high - low > n:
                    return 'Illegal tableswitch bounds at %d' % pc
                end = base + 12 + 4 * (high - low + 1)
                if end > n:
                    return 'Illegal tableswitch at %d' % pc
                p = base + 12
                while p < end:
                    targets.append(pc + _s4(code, p))
                    p += 4
            else:
                npairs = _s4(code, base + 4)
                if npairs < 0 or npairs > n:
                    return 'Illegal lookupswitch at %d' % pc
                end = base + 8 + 8 * npairs
                if end > n:
                    return 'Illegal lookupswitch at %d' % pc
                p = base + 8
                while p < end:
                    targets.append(pc + _s4(code, p + 4))
                    p += 8
            pc = end
            continue
        if opc == op.WIDE:
            if pc + 1 >= n:
                return 'Illegal wide at %d' % pc
            sub = ord(code[pc + 1])
            size = 6 if sub == op.IINC else 4
            if pc + size > n:
                return 'Illegal wide at %d' % pc
            if not (sub == op.IINC or op.ILOAD <= sub <= op.ALOAD or
                    op.ISTORE <= sub <= op.ASTORE or sub == op.RET):
                return 'Illegal wide instruction at %d' % pc
            if not _local_ok((ord(code[pc + 2]) << 8) | ord(code[pc + 3]), sub, max_locals):
                return 'Illegal local variable number at %d' % pc
            pc += size
            continue
        length = _LEN[opc]
        if length < 0:
            return 'Illegal instruction %d at %d' % (opc, pc)
        if pc + 1 + length > n:
            return 'Instruction at %d runs past the end of the code' % pc
        reason = _check_cp_operand(code, pc, opc, cf)
        if reason:
            return reason
        if opc in _LOCAL_INDEX_OPS:
            if not _local_ok(ord(code[pc + 1]), opc, max_locals):
                return 'Illegal local variable number at %d' % pc
        elif op.ILOAD_0 <= opc <= op.ALOAD_3:
            if not _local_ok((opc - op.ILOAD_0) % 4, opc, max_locals):
                return 'Illegal local variable number at %d' % pc
        elif op.ISTORE_0 <= opc <= op.ASTORE_3:
            if not _local_ok((opc - op.ISTORE_0) % 4, opc, max_locals):
                return 'Illegal local variable number at %d' % pc
        elif (op.IFEQ <= opc <= op.JSR) or opc == op.IFNULL or opc == op.IFNONNULL:
            targets.append(pc + _s2(code, pc + 1))
        elif opc == op.GOTO_W or opc == op.JSR_W:
            targets.append(pc + _s4(code, pc + 1))
        pc += 1 + length
    if last not in _TERMINATORS:
        return 'Falling off the end of the code'
    for t in targets:
        if t < 0 or t >= n or not starts[t]:
            return 'Illegal target of jump or branch'
    for h in handlers:
        if not starts[h.start] or not starts[h.handler] or \
                (h.end < n and not starts[h.end]):
            return 'Illegal exception table range'
    return ''
