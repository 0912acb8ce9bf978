"""CIL opcode numbers (ECMA-335 partition III).  Two-byte opcodes (0xFE xx)
are numbered 0x100 + xx."""

_ONE = """nop break ldarg.0 ldarg.1 ldarg.2 ldarg.3 ldloc.0 ldloc.1 ldloc.2 ldloc.3
stloc.0 stloc.1 stloc.2 stloc.3 ldarg.s ldarga.s starg.s ldloc.s ldloca.s
stloc.s ldnull ldc.i4.m1 ldc.i4.0 ldc.i4.1 ldc.i4.2 ldc.i4.3 ldc.i4.4
ldc.i4.5 ldc.i4.6 ldc.i4.7 ldc.i4.8 ldc.i4.s ldc.i4 ldc.i8 ldc.r4 ldc.r8 -
dup pop jmp call calli ret br.s brfalse.s brtrue.s beq.s bge.s bgt.s ble.s
blt.s bne.un.s bge.un.s bgt.un.s ble.un.s blt.un.s br brfalse brtrue beq bge
bgt ble blt bne.un bge.un bgt.un ble.un blt.un switch ldind.i1 ldind.u1
ldind.i2 ldind.u2 ldind.i4 ldind.u4 ldind.i8 ldind.i ldind.r4 ldind.r8
ldind.ref stind.ref stind.i1 stind.i2 stind.i4 stind.i8 stind.r4 stind.r8 add
sub mul div div.un rem rem.un and or xor shl shr shr.un neg not conv.i1
conv.i2 conv.i4 conv.i8 conv.r4 conv.r8 conv.u4 conv.u8 callvirt cpobj ldobj
ldstr newobj castclass isinst conv.r.un - - unbox throw ldfld ldflda stfld
ldsfld ldsflda stsfld stobj conv.ovf.i1.un conv.ovf.i2.un conv.ovf.i4.un
conv.ovf.i8.un conv.ovf.u1.un conv.ovf.u2.un conv.ovf.u4.un conv.ovf.u8.un
conv.ovf.i.un conv.ovf.u.un box newarr ldlen ldelema ldelem.i1 ldelem.u1
ldelem.i2 ldelem.u2 ldelem.i4 ldelem.u4 ldelem.i8 ldelem.i ldelem.r4
ldelem.r8 ldelem.ref stelem.i stelem.i1 stelem.i2 stelem.i4 stelem.i8
stelem.r4 stelem.r8 stelem.ref ldelem stelem unbox.any""".split()

NAME_LIST = ['<0x%02x>' % i for i in range(0x200)]
for _i, _n in enumerate(_ONE):
    if _n != '-':
        NAME_LIST[_i] = _n

_MORE = {0xb3: 'conv.ovf.i1', 0xb4: 'conv.ovf.u1', 0xb5: 'conv.ovf.i2',
         0xb6: 'conv.ovf.u2', 0xb7: 'conv.ovf.i4', 0xb8: 'conv.ovf.u4',
         0xb9: 'conv.ovf.i8', 0xba: 'conv.ovf.u8', 0xc2: 'refanyval',
         0xc3: 'ckfinite', 0xc6: 'mkrefany', 0xd0: 'ldtoken', 0xd1: 'conv.u2',
         0xd2: 'conv.u1', 0xd3: 'conv.i', 0xd4: 'conv.ovf.i', 0xd5: 'conv.ovf.u',
         0xd6: 'add.ovf', 0xd7: 'add.ovf.un', 0xd8: 'mul.ovf', 0xd9: 'mul.ovf.un',
         0xda: 'sub.ovf', 0xdb: 'sub.ovf.un', 0xdc: 'endfinally', 0xdd: 'leave',
         0xde: 'leave.s', 0xdf: 'stind.i', 0xe0: 'conv.u',
         0x100: 'arglist', 0x101: 'ceq', 0x102: 'cgt', 0x103: 'cgt.un',
         0x104: 'clt', 0x105: 'clt.un', 0x106: 'ldftn', 0x107: 'ldvirtftn',
         0x109: 'ldarg', 0x10a: 'ldarga', 0x10b: 'starg', 0x10c: 'ldloc',
         0x10d: 'ldloca', 0x10e: 'stloc', 0x10f: 'localloc', 0x111: 'endfilter',
         0x112: 'unaligned.', 0x113: 'volatile.', 0x114: 'tail.',
         0x115: 'initobj', 0x116: 'constrained.', 0x117: 'cpblk',
         0x118: 'initblk', 0x119: 'no.', 0x11a: 'rethrow', 0x11c: 'sizeof',
         0x11d: 'refanytype', 0x11e: 'readonly.'}
for _i, _n in _MORE.items():
    NAME_LIST[_i] = _n

OPS = {}
for _i in range(len(NAME_LIST)):
    if not NAME_LIST[_i].startswith('<'):
        OPS[NAME_LIST[_i]] = _i
        globals()[NAME_LIST[_i].upper().replace('.', '_')] = _i
