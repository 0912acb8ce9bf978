"""Helpful NullPointerException messages (JEP 358, on by default in JDK 17):
"Cannot invoke \"String.length()\" because \"<local1>\" is null".

The action comes from the failing instruction; the description of the null
value from the instruction that pushed it, found by scanning backwards over
straight-line code with each instruction's stack effect (a value that comes
through a branch merge is not described, and the message then has no
'because' part, as HotSpot does when its analysis cannot tell).  Runs only
when the exception is thrown, never inside a JIT trace."""
from rpython.rlib import jit
from parley.jvm import opcodes as op
from parley.jvm import classfile as cfm
from parley.jvm.descriptor import parse_method_descriptor, is_category2

ARRAY_KINDS = {op.IALOAD: 'int', op.LALOAD: 'long', op.FALOAD: 'float',
               op.DALOAD: 'double', op.AALOAD: 'object', op.BALOAD: 'byte/boolean',
               op.CALOAD: 'char', op.SALOAD: 'short',
               op.IASTORE: 'int', op.LASTORE: 'long', op.FASTORE: 'float',
               op.DASTORE: 'double', op.AASTORE: 'object', op.BASTORE: 'byte/boolean',
               op.CASTORE: 'char', op.SASTORE: 'short'}


def type_name(t):
    """A descriptor as HotSpot's NPE messages spell it."""
    dims = 0
    while dims < len(t) and t[dims] == '[':
        dims += 1
    base = t[dims:]
    if base.startswith('L') and base.endswith(';'):
        end = len(base) - 1
        assert end >= 1
        name = class_name(base[1:end])
    else:
        from parley.interop.core import primitive_name
        name = primitive_name(base[0]) if base else '?'
    return name + '[]' * dims


def class_name(internal):
    if internal == 'java/lang/Object':
        return 'Object'
    if internal == 'java/lang/String':
        return 'String'
    return internal.replace('/', '.')


def method_text(cf, index):
    e = cf.pool[index]
    owner = cf.class_name(e.a)
    name, desc = cf.name_and_type(e.b)
    args, ret = parse_method_descriptor(desc, name)
    parts = []
    for a in args:
        parts.append(type_name(a))
    return '%s.%s(%s)' % (class_name(owner), name, ', '.join(parts))


def field_name(cf, index):
    e = cf.pool[index]
    name, desc = cf.name_and_type(e.b)
    return name


def static_field_text(cf, index):
    e = cf.pool[index]
    owner = cf.class_name(e.a)
    name, desc = cf.name_and_type(e.b)
    return '%s.%s' % (class_name(owner), name)


@jit.dont_look_inside
def npe_message(method, pc):
    """The message, or '' when the instruction is not one HotSpot
    describes."""
    try:
        return _message(method, pc)
    except cfm.ClassFormatError:
        return ''


def _message(method, pc):
    code = method.code
    cf = method.cp.cf
    opc = ord(code[pc])
    if opc == op.INVOKEVIRTUAL or opc == op.INVOKEINTERFACE or opc == op.INVOKESPECIAL:
        index = (ord(code[pc + 1]) << 8) | ord(code[pc + 2])
        e = cf.pool[index]
        name, desc = cf.name_and_type(e.b)
        args, ret = parse_method_descriptor(desc, name)
        action = 'Cannot invoke "%s"' % method_text(cf, index)
        depth = len(args)
    elif opc == op.GETFIELD:
        action = 'Cannot read field "%s"' % field_name(cf, (ord(code[pc + 1]) << 8) | ord(code[pc + 2]))
        depth = 0
    elif opc == op.PUTFIELD:
        action = 'Cannot assign field "%s"' % field_name(cf, (ord(code[pc + 1]) << 8) | ord(code[pc + 2]))
        depth = 1
    elif opc == op.ARRAYLENGTH:
        action = 'Cannot read the array length'
        depth = 0
    elif op.IALOAD <= opc <= op.SALOAD:
        action = 'Cannot load from %s array' % ARRAY_KINDS[opc]
        depth = 1
    elif op.IASTORE <= opc <= op.SASTORE:
        action = 'Cannot store to %s array' % ARRAY_KINDS[opc]
        depth = 2
    elif opc == op.ATHROW:
        action = 'Cannot throw exception'
        depth = 0
    elif opc == op.MONITORENTER:
        action = 'Cannot enter synchronized block'
        depth = 0
    elif opc == op.MONITOREXIT:
        action = 'Cannot exit synchronized block'
        depth = 0
    else:
        return ''
    starts = instruction_starts(code)
    source = describe(method, starts, pc, depth, 0)
    if source:
        return action + ' because ' + source + ' is null'
    return action


def instruction_starts(code):
    """Start offsets of all instructions (the code was verified)."""
    from parley.jvm.verify import _LEN, _s4
    starts = []
    pc = 0
    n = len(code)
    while pc < n:
        starts.append(pc)
        opc = ord(code[pc])
        if opc == op.TABLESWITCH or opc == op.LOOKUPSWITCH:
            base = (pc + 4) & ~3
            if opc == op.TABLESWITCH:
                low = _s4(code, base + 4)
                high = _s4(code, base + 8)
                pc = base + 12 + 4 * (high - low + 1)
            else:
                pc = base + 8 + 8 * _s4(code, base + 4)
        elif opc == op.WIDE:
            pc += 6 if ord(code[pc + 1]) == op.IINC else 4
        else:
            pc += 1 + max(_LEN[opc], 0)
    return starts


def branch_targets(method, starts):
    """Instructions that control can reach other than by falling through
    (jump targets and handlers): the backward scan stops there."""
    from parley.jvm.verify import _s4
    code = method.code
    targets = {}
    for pc in starts:
        opc = ord(code[pc])
        if (op.IFEQ <= opc <= op.JSR) or opc == op.IFNULL or opc == op.IFNONNULL:
            v = (ord(code[pc + 1]) << 8) | ord(code[pc + 2])
            if v >= 32768:
                v -= 65536
            targets[pc + v] = True
        elif opc == op.GOTO_W:
            targets[pc + _s4(code, pc + 1)] = True
        elif opc == op.TABLESWITCH or opc == op.LOOKUPSWITCH:
            targets[pc] = True      # conservatively: stop at switches
    for h in method.handlers:
        targets[h.handler] = True
    return targets


def stack_effect(method, pc):
    """(pops, pushes) of the instruction at pc, counting values (a long or
    double is one value), or (-1, -1) when not simple."""
    code = method.code
    cf = method.cp.cf
    opc = ord(code[pc])
    if opc == op.NOP:
        return 0, 0
    if op.ACONST_NULL <= opc <= op.LDC2_W:
        return 0, 1
    if op.ILOAD <= opc <= op.ALOAD_3:
        return 0, 1
    if op.IALOAD <= opc <= op.SALOAD:
        return 2, 1
    if op.ISTORE <= opc <= op.ASTORE_3:
        return 1, 0
    if op.IASTORE <= opc <= op.SASTORE:
        return 3, 0
    if opc == op.POP:
        return 1, 0
    if op.IADD <= opc <= op.DREM or (op.ISHL <= opc <= op.LXOR):
        return 2, 1
    if op.INEG <= opc <= op.DNEG:
        return 1, 1
    if opc == op.IINC:
        return 0, 0
    if op.I2L <= opc <= op.I2S:
        return 1, 1
    if op.LCMP <= opc <= op.DCMPG:
        return 2, 1
    if opc == op.GETSTATIC:
        return 0, 1
    if opc == op.PUTSTATIC:
        return 1, 0
    if opc == op.GETFIELD:
        return 1, 1
    if opc == op.PUTFIELD:
        return 2, 0
    if op.INVOKEVIRTUAL <= opc <= op.INVOKEDYNAMIC:
        index = (ord(code[pc + 1]) << 8) | ord(code[pc + 2])
        e = cf.pool[index]
        name, desc = cf.name_and_type(e.b)
        args, ret = parse_method_descriptor(desc, name)
        pops = len(args)
        if opc != op.INVOKESTATIC and opc != op.INVOKEDYNAMIC:
            pops += 1
        return pops, 0 if ret == 'V' else 1
    if opc == op.NEW:
        return 0, 1
    if opc == op.NEWARRAY or opc == op.ANEWARRAY or opc == op.ARRAYLENGTH or \
            opc == op.CHECKCAST or opc == op.INSTANCEOF:
        return 1, 1
    return -1, -1


def describe(method, starts, pc, depth, level):
    """Describe the value `depth` entries below the top of the stack just
    before the instruction at pc, or return ''."""
    if level > 5:
        return ''
    targets = branch_targets(method, starts)
    i = len(starts) - 1
    while i >= 0 and starts[i] != pc:
        i -= 1
    need = depth
    while i > 0:
        if starts[i] in targets:
            return ''
        i -= 1
        p = starts[i]
        opc = ord(method.code[p])
        if opc == op.DUP:
            # [v] -> [v, v]: both copies come from the value below
            need = 0 if need <= 1 else need - 1
            continue
        if opc == op.DUP2:
            # [a, b] -> [a, b, a, b] (category-1 values, as javac uses it
            # for array element updates)
            need = need % 2 if need < 4 else need - 2
            continue
        pops, pushes = stack_effect(method, p)
        if pops < 0:
            return ''
        if need < pushes:
            return describe_producer(method, starts, p, level)
        need = need - pushes + pops
    return ''


def describe_producer(method, starts, pc, level):
    code = method.code
    cf = method.cp.cf
    opc = ord(code[pc])
    if opc == op.ACONST_NULL:
        return '"null"'
    if op.ALOAD_0 <= opc <= op.ALOAD_3 or opc == op.ALOAD:
        slot = opc - op.ALOAD_0 if opc != op.ALOAD else ord(code[pc + 1])
        return '"%s"' % local_name(method, slot)
    if opc == op.GETSTATIC:
        return '"%s"' % static_field_text(cf, (ord(code[pc + 1]) << 8) | ord(code[pc + 2]))
    if opc == op.GETFIELD:
        inner = describe(method, starts, pc, 0, level + 1)
        if not inner:
            return ''
        name = field_name(cf, (ord(code[pc + 1]) << 8) | ord(code[pc + 2]))
        if inner.startswith('"'):
            return strip_quote(inner) + '.' + name + '"'
        return ''
    if op.INVOKEVIRTUAL <= opc <= op.INVOKEINTERFACE:
        return 'the return value of "%s"' % method_text(cf, (ord(code[pc + 1]) << 8) | ord(code[pc + 2]))
    if opc == op.AALOAD:
        array = describe(method, starts, pc, 1, level + 1)
        index = describe_index(method, starts, pc, level)
        if array.startswith('"') and index:
            return strip_quote(array) + '[' + index + ']"'
        return ''
    if opc == op.CHECKCAST:
        return describe(method, starts, pc, 0, level + 1)
    return ''


def strip_quote(s):
    end = len(s) - 1
    assert end >= 0
    return s[:end]


def describe_index(method, starts, pc, level):
    """The index operand of an array load at pc, as HotSpot prints it."""
    i = len(starts) - 1
    while i >= 0 and starts[i] != pc:
        i -= 1
    if i <= 0:
        return ''
    p = starts[i - 1]
    code = method.code
    opc = ord(code[p])
    if op.ICONST_M1 <= opc <= op.ICONST_5:
        return str(opc - op.ICONST_0)
    if opc == op.BIPUSH:
        v = ord(code[p + 1])
        return str(v - 256 if v >= 128 else v)
    if opc == op.SIPUSH:
        v = (ord(code[p + 1]) << 8) | ord(code[p + 2])
        return str(v - 65536 if v >= 32768 else v)
    if op.ILOAD_0 <= opc <= op.ILOAD_3 or opc == op.ILOAD:
        slot = opc - op.ILOAD_0 if opc != op.ILOAD else ord(code[p + 1])
        return local_name(method, slot)
    return '...'


def local_name(method, slot):
    """HotSpot's name for a local slot without a LocalVariableTable."""
    if not method.is_static():
        if slot == 0:
            return 'this'
    slots = method.arg_slots
    first = 0 if method.is_static() else 1
    for k in range(first, len(slots)):
        if slots[k] == slot:
            return '<parameter%d>' % (k - first + 1)
    return '<local%d>' % slot
