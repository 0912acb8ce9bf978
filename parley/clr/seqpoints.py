"""The IL offsets Mono prints in stack traces (`at Ns.T.M () [0x0000a]`).

Mono's JIT does not report the offset of the instruction a frame was
running but that of the sequence point before it: it makes sequence points
at the IL offsets where the evaluation stack is empty and right after each
call (`call`, `callvirt`, `calli`, and `newobj` unless a `throw` follows
it), and a frame shows the last one at or before its instruction (the `ldstr` that starts `throw new E("...")`, the
`ldarg.0` that starts a statement calling a method).  This module finds
those points by following the stack depth through the method body once
per trace line; it runs only when a trace is printed.

(Mono also inlines small methods - under 20 bytes of IL - into their
callers, whose frames then do not appear at all; Parley keeps every frame.)
"""
from parley.clr import opcodes as op
from parley.clr import metadata as md
from parley.clr import signature as sg
from parley.clr.errors import BadImageFormat
from parley.clr.verify import OPERAND, KIND, IS_TERMINATOR

SPECIAL = -100      # stack effect read from the call's signature

POPS = [0] * 0x200
PUSHES = [0] * 0x200


def _effect(names, pops, pushes):
    for n in names.split():
        POPS[op.OPS[n]] = pops
        PUSHES[op.OPS[n]] = pushes


_effect('ldarg.0 ldarg.1 ldarg.2 ldarg.3 ldloc.0 ldloc.1 ldloc.2 ldloc.3 '
        'ldarg.s ldarga.s ldloc.s ldloca.s ldarg ldarga ldloc ldloca ldnull '
        'ldc.i4.m1 ldc.i4.0 ldc.i4.1 ldc.i4.2 ldc.i4.3 ldc.i4.4 ldc.i4.5 '
        'ldc.i4.6 ldc.i4.7 ldc.i4.8 ldc.i4.s ldc.i4 ldc.i8 ldc.r4 ldc.r8 '
        'ldstr ldsfld ldsflda ldtoken ldftn arglist sizeof', 0, 1)
_effect('stloc.0 stloc.1 stloc.2 stloc.3 starg.s stloc.s starg stloc pop '
        'brfalse.s brtrue.s brfalse brtrue switch stsfld throw initobj '
        'endfilter', 1, 0)
_effect('ldind.i1 ldind.u1 ldind.i2 ldind.u2 ldind.i4 ldind.u4 ldind.i8 '
        'ldind.i ldind.r4 ldind.r8 ldind.ref neg not conv.i1 conv.i2 conv.i4 '
        'conv.i8 conv.r4 conv.r8 conv.u4 conv.u8 conv.r.un conv.ovf.i1.un '
        'conv.ovf.i2.un conv.ovf.i4.un conv.ovf.i8.un conv.ovf.u1.un '
        'conv.ovf.u2.un conv.ovf.u4.un conv.ovf.u8.un conv.ovf.i.un '
        'conv.ovf.u.un conv.ovf.i1 conv.ovf.u1 conv.ovf.i2 conv.ovf.u2 '
        'conv.ovf.i4 conv.ovf.u4 conv.ovf.i8 conv.ovf.u8 conv.u2 conv.u1 '
        'conv.i conv.ovf.i conv.ovf.u conv.u castclass isinst unbox unbox.any '
        'ldfld ldflda box newarr ldlen ldobj ckfinite refanyval mkrefany '
        'ldvirtftn localloc refanytype', 1, 1)
_effect('dup', 1, 2)
_effect('stind.ref stind.i1 stind.i2 stind.i4 stind.i8 stind.r4 stind.r8 '
        'stind.i beq.s bge.s bgt.s ble.s blt.s bne.un.s bge.un.s bgt.un.s '
        'ble.un.s blt.un.s beq bge bgt ble blt bne.un bge.un bgt.un ble.un '
        'blt.un stfld stobj cpobj', 2, 0)
_effect('add sub mul div div.un rem rem.un and or xor shl shr shr.un '
        'add.ovf add.ovf.un mul.ovf mul.ovf.un sub.ovf sub.ovf.un ceq cgt '
        'cgt.un clt clt.un ldelema ldelem.i1 ldelem.u1 ldelem.i2 ldelem.u2 '
        'ldelem.i4 ldelem.u4 ldelem.i8 ldelem.i ldelem.r4 ldelem.r8 '
        'ldelem.ref ldelem', 2, 1)
_effect('stelem.i stelem.i1 stelem.i2 stelem.i4 stelem.i8 stelem.r4 '
        'stelem.r8 stelem.ref stelem cpblk initblk', 3, 0)
_effect('call callvirt newobj calli', SPECIAL, SPECIAL)

NEWOBJ = op.OPS['newobj']
CALLI = op.OPS['calli']
LEAVE = op.OPS['leave']
LEAVE_S = op.OPS['leave.s']
THROW = op.OPS['throw']


def _u4(code, p):
    return (ord(code[p]) | (ord(code[p + 1]) << 8) |
            (ord(code[p + 2]) << 16) | (ord(code[p + 3]) << 24))


def _s4(code, p):
    v = _u4(code, p)
    if v >= 0x80000000:
        v -= 0x100000000
    return v


def _s1(code, p):
    v = ord(code[p])
    if v >= 0x80:
        v -= 0x100
    return v


def _method_sig_blob(img, token):
    """The signature blob of the method a call token names, or ''."""
    table = md.token_table(token)
    rid = md.token_rid(token)
    if table == md.TABLE_METHODSPEC:
        if rid <= 0 or rid > len(img.methodspecs):
            return ''
        token = img.methodspecs[rid - 1].method
        table = md.token_table(token)
        rid = md.token_rid(token)
    if table == md.TABLE_METHODDEF:
        if 0 < rid <= len(img.methods):
            return img.methods[rid - 1].sig
    elif table == md.TABLE_MEMBERREF:
        if 0 < rid <= len(img.memberrefs):
            return img.memberrefs[rid - 1].sig
    elif table == md.TABLE_STANDALONESIG:
        if 0 < rid <= len(img.standalonesigs):
            return img.standalonesigs[rid - 1].sig
    return ''


def _call_effect(img, opc, token):
    """(pops, pushes) of a call instruction, or (-1, -1) if its signature
    cannot be read."""
    blob = _method_sig_blob(img, token)
    if not blob:
        return -1, -1
    try:
        msig = sg.parse_method_sig(blob)
    except BadImageFormat:
        return -1, -1
    pops = len(msig.params)
    pushes = 0
    if msig.ret.kind != sg.ELEMENT_TYPE_VOID:
        pushes = 1
    if opc == NEWOBJ:
        return pops, 1
    if msig.has_this and not msig.explicit_this:
        pops += 1
    if opc == CALLI:
        pops += 1       # the function pointer
    return pops, pushes


def sequence_points(code, img, clauses):
    """For each IL offset of `code`, is it a Mono sequence point?  None if
    the body cannot be followed."""
    n = len(code)
    depth_at = [-1] * (n + 1)
    points = [False] * (n + 1)
    for c in clauses:
        if c is None:
            continue
        if 0 <= c.try_offset < n:
            depth_at[c.try_offset] = 0
        if 0 <= c.handler_offset < n:
            if c.is_catch() or c.is_filter():
                depth_at[c.handler_offset] = 1
            else:
                depth_at[c.handler_offset] = 0
        if c.is_filter() and 0 <= c.filter_offset < n:
            depth_at[c.filter_offset] = 1
    depth = 0
    after_call = False
    pc = 0
    while pc < n:
        if depth_at[pc] >= 0:
            depth = depth_at[pc]
        elif depth < 0:
            depth = 0       # after an unconditional branch: empty (III.1.7.5)
        if depth == 0 or after_call:
            points[pc] = True
        after_call = False
        opc = ord(code[pc])
        size = 1
        if opc == 0xFE:
            if pc + 1 >= n:
                return None
            opc = 0x100 + ord(code[pc + 1])
            size = 2
        operand = OPERAND[opc]
        p = pc + size
        if operand == -1:
            return None
        if operand == -2:           # switch
            if p + 4 > n:
                return None
            count = _u4(code, p)
            end = p + 4 + 4 * count
            if count > n or end > n:
                return None
            depth -= 1
            q = p + 4
            while q < end:
                _branch(depth_at, end + _s4(code, q), depth, n)
                q += 4
            pc = end
            continue
        if p + operand > n:
            return None
        pops = POPS[opc]
        pushes = PUSHES[opc]
        if pops == SPECIAL:
            pops, pushes = _call_effect(img, opc, _u4(code, p))
            if pops < 0:
                return None
            after_call = True
            if opc == NEWOBJ and p + 4 < n and ord(code[p + 4]) == THROW:
                after_call = False  # `throw new E(...)`: Mono puts it out of line
        depth = depth - pops + pushes
        if depth < 0:
            depth = 0
        next_pc = p + operand
        kind = KIND[opc]
        if opc == LEAVE or opc == LEAVE_S:
            depth = 0
        if kind == 1:
            _branch(depth_at, next_pc + _s1(code, p), depth, n)
        elif kind == 2:
            _branch(depth_at, next_pc + _s4(code, p), depth, n)
        if IS_TERMINATOR[opc]:
            depth = -1
            after_call = False
        pc = next_pc
    return points


def _branch(depth_at, target, depth, n):
    if 0 <= target < n and depth_at[target] < 0:
        depth_at[target] = depth


class LastMethod(object):
    """The sequence points of the method last asked about (a deep
    recursion's trace repeats one method)."""

    def __init__(self):
        self.method = None
        self.points = None


last = LastMethod()


def mono_offset(method, pc):
    """The IL offset Mono shows for a frame of the CLR method `method`
    running the instruction at pc."""
    code = method.code
    if pc <= 0 or pc >= len(code):
        return pc
    if last.method is method:
        points = last.points
    else:
        points = sequence_points(code, method.asm.img, method.clauses)
        last.method = method
        last.points = points
    if points is None:
        return pc
    p = pc
    while p > 0 and not points[p]:
        p -= 1
    return p
