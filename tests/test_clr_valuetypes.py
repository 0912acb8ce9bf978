"""Value types and managed pointers beyond what mcs emits for the C#
programs in programs/clr: ldobj/stobj/cpobj/initobj through every kind of
pointer, ldind/stind of the narrow integer types, unbox.  Differential
against mono (the expected output is mono's)."""
from harness import assemble_il, run_mono, run_parley, assert_same

IL = r'''
.assembly extern mscorlib {}
.assembly PtrOps {}
.class private sequential ansi sealed beforefieldinit Pair extends [mscorlib]System.ValueType {
  .field public int32 A
  .field public int64 B
}
.class private auto ansi beforefieldinit Holder extends [mscorlib]System.Object {
  .field public valuetype Pair P
  .field public uint8 Small
  .field public static valuetype Pair S
  .method public hidebysig specialname rtspecialname instance void .ctor() cil managed {
    ldarg.0
    call instance void [mscorlib]System.Object::.ctor()
    ret
  }
}
.class private auto ansi beforefieldinit Program extends [mscorlib]System.Object {
  .method private hidebysig static void Show(valuetype Pair p) cil managed {
    ldarga.s p
    ldfld int32 Pair::A
    call void [mscorlib]System.Console::WriteLine(int32)
    ldarg.0
    ldfld int64 Pair::B
    call void [mscorlib]System.Console::WriteLine(int64)
    ret
  }
  .method private hidebysig static void Main() cil managed {
    .entrypoint
    .maxstack 8
    .locals init (valuetype Pair V_0, valuetype Pair V_1, class Holder V_2,
                  valuetype Pair[] V_3, int16 V_4, uint8 V_5, object V_6)
    // V_0 = {7, 8}
    ldloca.s V_0
    ldc.i4.7
    stfld int32 Pair::A
    ldloca.s V_0
    ldc.i8 8
    stfld int64 Pair::B
    // cpobj: V_1 = V_0, then change V_0: V_1 keeps 7
    ldloca.s V_1
    ldloca.s V_0
    cpobj Pair
    ldloca.s V_0
    ldc.i4 100
    stfld int32 Pair::A
    ldloc.1
    call void Program::Show(valuetype Pair)
    // stobj into a class field, ldobj back, initobj the field
    newobj instance void Holder::.ctor()
    stloc.2
    ldloc.2
    ldflda valuetype Pair Holder::P
    ldloc.0
    stobj Pair
    ldloc.2
    ldflda valuetype Pair Holder::P
    ldobj Pair
    call void Program::Show(valuetype Pair)
    ldloc.2
    ldflda valuetype Pair Holder::P
    initobj Pair
    ldloc.2
    ldfld valuetype Pair Holder::P
    call void Program::Show(valuetype Pair)
    // static struct through ldsflda
    ldsflda valuetype Pair Holder::S
    ldloc.1
    stobj Pair
    ldsfld valuetype Pair Holder::S
    call void Program::Show(valuetype Pair)
    // arrays of structs: stelem / ldelem / ldelema + ldobj
    ldc.i4.2
    newarr Pair
    stloc.3
    ldloc.3
    ldc.i4.1
    ldloc.0
    stelem Pair
    ldloca.s V_0
    initobj Pair
    ldloc.3
    ldc.i4.1
    ldelem Pair
    call void Program::Show(valuetype Pair)
    ldloc.3
    ldc.i4.0
    ldelema Pair
    ldobj Pair
    call void Program::Show(valuetype Pair)
    ldloc.0
    call void Program::Show(valuetype Pair)
    // narrow integers through pointers
    ldloca.s V_4
    ldc.i4 40000
    conv.i2
    stind.i2
    ldloc.s V_4
    call void [mscorlib]System.Console::WriteLine(int32)
    ldloca.s V_4
    ldind.u2
    call void [mscorlib]System.Console::WriteLine(int32)
    ldloc.2
    ldflda uint8 Holder::Small
    ldc.i4 200
    conv.u1
    stind.i1
    ldloc.2
    ldflda uint8 Holder::Small
    ldind.i1
    call void [mscorlib]System.Console::WriteLine(int32)
    ldloc.2
    ldfld uint8 Holder::Small
    call void [mscorlib]System.Console::WriteLine(int32)
    // unbox: a pointer into the box
    ldc.i4.s 42
    box [mscorlib]System.Int32
    stloc.s V_6
    ldloc.s V_6
    unbox [mscorlib]System.Int32
    ldind.i4
    call void [mscorlib]System.Console::WriteLine(int32)
    ldloc.1
    box Pair
    stloc.s V_6
    ldloc.s V_6
    unbox Pair
    ldfld int32 Pair::A
    call void [mscorlib]System.Console::WriteLine(int32)
    ldloc.s V_6
    unbox Pair
    ldobj Pair
    call void Program::Show(valuetype Pair)
    ret
  }
}
'''


def test_pointer_ops():
    exe = assemble_il(IL, out='PtrOps.exe')
    expected = run_mono(exe)
    actual = run_parley([exe])
    assert_same(expected, actual, expected_name='mono', actual_name='parley')
