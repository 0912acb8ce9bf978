"""Tests for the CLR PE/metadata/signature/method-body reader.

C# sources in tests/clr/cs are compiled with mcs (and a small IL program
with ilasm) into temporary directories; the outputs are never committed.
"""

import os
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__)))))

from parley.clr import metadata as md
from parley.clr import signature as S
from parley.clr import methodbody as mb
from parley.clr.errors import BadImageFormat
from parley.clr.metadata import load_image

HERE = os.path.dirname(os.path.abspath(__file__))
CS_DIR = os.path.join(HERE, 'cs')
MSCORLIB = '/usr/lib/mono/4.5/mscorlib.dll'


def _which(name):
    for d in os.environ.get('PATH', '').split(os.pathsep):
        p = os.path.join(d, name)
        if os.path.isfile(p) and os.access(p, os.X_OK):
            return p
    return None


needs_mcs = pytest.mark.skipif(_which('mcs') is None, reason='mcs missing')
needs_ilasm = pytest.mark.skipif(_which('ilasm') is None,
                                 reason='ilasm missing')


def compile_cs(tmpdir, source_name, out_name, extra=()):
    out = os.path.join(str(tmpdir), out_name)
    cmd = ['mcs', '-nologo', '-out:' + out] + list(extra) + [
        os.path.join(CS_DIR, source_name)]
    subprocess.check_call(cmd, stdout=subprocess.PIPE)
    return out


def load_file(path):
    with open(path, 'rb') as f:
        return load_image(path, f.read())


HANDLERS_IL = r"""
.assembly extern mscorlib { }
.assembly Handlers { }
.module Handlers.exe

.class public auto ansi beforefieldinit Handlers.Prog
       extends [mscorlib]System.Object
{
    .method public static int32 Tiny() cil managed
    {
        .maxstack 1
        ldc.i4.7
        ret
    }

    .method public static int32 Fat(int32 x) cil managed
    {
        .maxstack 3
        .locals init (int32 V_0, string V_1)
        .try
        {
            .try
            {
                ldarg.0
                ldc.i4.0
                div
                stloc.0
                leave.s L_done
            }
            catch [mscorlib]System.DivideByZeroException
            {
                pop
                ldc.i4.m1
                stloc.0
                leave.s L_done
            }
        }
        finally
        {
            ldstr "finally"
            call void [mscorlib]System.Console::WriteLine(string)
            endfinally
        }
    L_done:
        ldloc.0
        ret
    }

    .method public static int32 Filtered(int32 x) cil managed
    {
        .maxstack 2
        .locals (int32 V_0)
        .try
        {
            ldarg.0
            stloc.0
            leave.s L_out
        }
        filter
        {
            pop
            ldc.i4.1
            endfilter
        }
        {
            pop
            ldc.i4.2
            stloc.0
            leave.s L_out
        }
        .try
        {
            ldloc.0
            stloc.0
            leave.s L_out
        }
        fault
        {
            endfault
        }
    L_out:
        ldloc.0
        ret
    }

    .method public static vararg int32 Va(int32 a) cil managed
    {
        .maxstack 1
        ldarg.0
        ret
    }

    .method public static int32 Main() cil managed
    {
        .entrypoint
        .maxstack 8
        call int32 Handlers.Prog::Tiny()
        ldc.i4.1
        call int32 Handlers.Prog::Fat(int32)
        add
        ldc.i4.2
        ldstr "x"
        ldc.r8 1.5
        call vararg int32 Handlers.Prog::Va(int32, ..., string, float64)
        add
        ret
    }
}
"""


@pytest.fixture(scope='module')
def prog(tmpdir_factory):
    if _which('mcs') is None:
        pytest.skip('mcs missing')
    d = tmpdir_factory.mktemp('clr_prog')
    return load_file(compile_cs(d, 'program.cs', 'prog.exe', ['-unsafe']))


@pytest.fixture(scope='module')
def handlers(tmpdir_factory):
    if _which('ilasm') is None:
        pytest.skip('ilasm missing')
    d = tmpdir_factory.mktemp('clr_il')
    src = os.path.join(str(d), 'handlers.il')
    out = os.path.join(str(d), 'handlers.exe')
    with open(src, 'w') as f:
        f.write(HANDLERS_IL)
    subprocess.check_call(['ilasm', '/quiet', '/output:' + out, src],
                          stdout=subprocess.PIPE)
    return load_file(out)


def typedef(img, ns, name):
    td = img.find_typedef(ns, name)
    assert td is not None, (ns, name)
    return td


def method(img, td, name):
    found = [m for m in img.methods[td.method_start - 1:td.method_end - 1]
             if m.name == name]
    assert len(found) == 1, name
    return found[0]


def ldstr_strings(img, code):
    """User strings of the ldstr instructions found by a byte scan."""
    result = []
    for i in range(len(code) - 4):
        if ord(code[i]) == 0x72 and ord(code[i + 4]) == 0x70:
            idx = (ord(code[i + 1]) | (ord(code[i + 2]) << 8) |
                   (ord(code[i + 3]) << 16))
            try:
                result.append(img.get_user_string(idx))
            except BadImageFormat:
                pass
    return result


# ---------------------------------------------------------------------------
# the mcs-compiled program

def test_assembly_and_entry_point(prog):
    assert prog.assembly_name == 'prog'
    assert prog.module_name == 'prog.exe'
    assert len(prog.mvid) == 16
    assert prog.metadata_version.startswith('v4.0')
    main = method(prog, typedef(prog, 'App', 'Program'), 'Main')
    assert prog.entry_point_token == md.make_token(md.TABLE_METHODDEF,
                                                   main.rid)
    assert [a.name for a in prog.assemblyrefs] == ['mscorlib']
    assert prog.assemblyrefs[0].major == 4
    assert prog.num_rows(md.TABLE_ASSEMBLY) == 1
    assert prog.num_rows(md.TABLE_TYPEDEF) == len(prog.typedefs)
    assert prog.num_rows(md.TABLE_GENERICPARAMCONSTRAINT) == len(
        prog.genericparamconstraints)


def test_typedefs(prog):
    names = [(t.namespace, t.name) for t in prog.typedefs]
    assert names[0] == ('', '<Module>')
    for expected in [('Geometry', 'Point'), ('Geometry', 'IShape'),
                     ('Geometry', 'Box`1'), ('', 'Inner'),
                     ('Geometry', 'Overlay'), ('Geometry', 'Changed'),
                     ('Geometry', 'Counter'), ('App', 'MyError'),
                     ('App', 'Program')]:
        assert expected in names
    point = typedef(prog, 'Geometry', 'Point')
    assert prog.token_name(point.extends) == 'System.ValueType'
    assert md.token_table(point.extends) == md.TABLE_TYPEREF
    assert [f.name for f in prog.fields[point.field_start - 1:
                                        point.field_end - 1]] == ['X', 'Y']
    ishape = typedef(prog, 'Geometry', 'IShape')
    assert ishape.extends == 0
    assert ishape.flags & 0x20          # Interface
    box = typedef(prog, 'Geometry', 'Box`1')
    assert box.generic_params == ['T']
    assert box.interfaces == [ishape.token()]
    inner = typedef(prog, '', 'Inner')
    assert inner.enclosing == box.token()
    assert prog.token_name(inner.token()) == 'Geometry.Box`1/Inner'
    assert inner.generic_params == ['T']
    err = typedef(prog, 'App', 'MyError')
    assert prog.token_name(err.extends) == 'System.Exception'
    # every field/method belongs to the typedef whose range contains it
    for td in prog.typedefs:
        for rid in range(td.field_start, td.field_end):
            assert prog.fields[rid - 1].owner == td.rid
        for rid in range(td.method_start, td.method_end):
            assert prog.methods[rid - 1].owner == td.rid


def test_typerefs(prog):
    by_name = dict((t.namespace + '.' + t.name, t) for t in prog.typerefs)
    console = by_name['System.Console']
    assert md.token_table(console.scope) == md.TABLE_ASSEMBLYREF
    # List`1/Enumerator is a nested TypeRef: its scope is a TypeRef
    enum = [t for t in prog.typerefs if t.name == 'Enumerator'][0]
    assert md.token_table(enum.scope) == md.TABLE_TYPEREF
    assert prog.token_name(md.make_token(md.TABLE_TYPEREF, enum.rid)) == \
        'System.Collections.Generic.List`1/Enumerator'


def test_methods_and_params(prog):
    program = typedef(prog, 'App', 'Program')
    names = [m.name for m in prog.methods[program.method_start - 1:
                                           program.method_end - 1]]
    for n in ['GetPid', 'Swap', 'TryParse', 'Sum', 'Trace', 'Deref',
              'Varargs', 'Max', 'Guarded', 'Main', '.cctor']:
        assert n in names
    swap = method(prog, program, 'Swap')
    assert [p.name for p in prog.method_params(swap)] == ['a', 'b']
    assert [p.sequence for p in prog.method_params(swap)] == [1, 2]
    tp = method(prog, program, 'TryParse')
    params = prog.method_params(tp)
    assert params[1].name == 'result'
    assert params[1].flags & 0x2        # Out
    assert params[1].owner == tp.rid
    mx = method(prog, program, 'Max')
    assert mx.generic_params == ['T']
    box = typedef(prog, 'Geometry', 'Box`1')
    assert method(prog, box, 'Convert').generic_params == ['U']
    assert method(prog, box, 'Area').generic_params == []
    getpid = method(prog, program, 'GetPid')
    assert getpid.rva == 0
    assert getpid.flags & 0x2000        # PinvokeImpl


def test_method_signatures(prog):
    program = typedef(prog, 'App', 'Program')

    def sig(name, td=program):
        return S.parse_method_sig(method(prog, td, name).sig)

    s = sig('Swap')
    assert not s.has_this and s.generic_count == 0
    assert s.ret.kind == S.ELEMENT_TYPE_VOID
    assert [p.kind for p in s.params] == [S.ELEMENT_TYPE_BYREF] * 2
    assert s.params[0].elem.kind == S.ELEMENT_TYPE_I4
    s = sig('TryParse')
    assert s.ret.kind == S.ELEMENT_TYPE_BOOLEAN
    assert s.params[0].kind == S.ELEMENT_TYPE_STRING
    assert s.params[1].kind == S.ELEMENT_TYPE_BYREF
    assert s.params[1].describe() == 'int32&'
    s = sig('Sum')
    assert s.params[0].kind == S.ELEMENT_TYPE_SZARRAY
    assert s.params[0].elem.kind == S.ELEMENT_TYPE_I4
    s = sig('Trace')
    arr = s.params[0]
    assert arr.kind == S.ELEMENT_TYPE_ARRAY and arr.rank == 2
    assert arr.elem.kind == S.ELEMENT_TYPE_R8
    assert arr.lobounds == [0, 0]
    s = sig('Deref')
    assert s.params[0].kind == S.ELEMENT_TYPE_PTR
    assert s.params[0].elem.kind == S.ELEMENT_TYPE_I4
    s = sig('Varargs')
    assert s.callconv == S.SIG_VARARG and s.params == []
    s = sig('Max')
    assert s.generic_count == 1
    assert s.ret.kind == S.ELEMENT_TYPE_MVAR and s.ret.index == 0
    gi = s.params[0]
    assert gi.kind == S.ELEMENT_TYPE_GENERICINST and not gi.is_valuetype
    assert prog.token_name(gi.token) == 'System.Collections.Generic.List`1'
    assert [a.kind for a in gi.args] == [S.ELEMENT_TYPE_MVAR]
    s = sig('Main')
    assert s.ret.kind == S.ELEMENT_TYPE_I4
    assert s.params[0].kind == S.ELEMENT_TYPE_SZARRAY
    assert s.params[0].elem.kind == S.ELEMENT_TYPE_STRING
    box = typedef(prog, 'Geometry', 'Box`1')
    s = sig('Convert', box)
    assert s.has_this and s.generic_count == 1
    assert prog.describe_type(s.params[0]) == \
        'class System.Func`2<!0, !!0>'
    point = typedef(prog, 'Geometry', 'Point')
    s = sig('.ctor', point)
    assert s.has_this
    assert [p.kind for p in s.params] == [S.ELEMENT_TYPE_I4] * 2
    counter = typedef(prog, 'Geometry', 'Counter')
    s = sig('add_OnChanged', counter)
    assert s.params[0].kind == S.ELEMENT_TYPE_CLASS
    assert s.params[0].token == typedef(prog, 'Geometry', 'Changed').token()
    changed = typedef(prog, 'Geometry', 'Changed')
    s = sig('.ctor', changed)
    assert [p.kind for p in s.params] == [S.ELEMENT_TYPE_OBJECT,
                                          S.ELEMENT_TYPE_I]


def test_field_signatures(prog):
    fields = dict((f.name, f) for f in prog.fields)
    assert S.parse_field_sig(fields['X'].sig).kind == S.ELEMENT_TYPE_I4
    assert S.parse_field_sig(fields['Whole'].sig).kind == S.ELEMENT_TYPE_I8
    t = S.parse_field_sig(fields['value'].sig)
    assert t.kind == S.ELEMENT_TYPE_VAR and t.index == 0
    t = S.parse_field_sig(fields['Primes'].sig)
    assert t.kind == S.ELEMENT_TYPE_SZARRAY
    t = S.parse_field_sig(fields['<>f__am$cache0'].sig)
    assert t.kind == S.ELEMENT_TYPE_GENERICINST
    assert prog.describe_type(t) == 'class System.Func`2<int32, string>'
    t = S.parse_field_sig(fields['OnChanged'].sig)
    assert prog.describe_type(t) == 'class Geometry.Changed'


def test_main_body_and_user_strings(prog):
    main = method(prog, typedef(prog, 'App', 'Program'), 'Main')
    body = prog.read_method_body(main.rva)
    assert body.is_fat and body.init_locals
    assert body.code.endswith('\x2a')       # ret
    assert body.max_stack >= 2
    strings = ldstr_strings(prog, body.code)
    assert u'Hello, Parley!' in strings
    assert u'caf\xe9 \u263a' in strings
    assert u'two' in strings
    locals_ = prog.get_locals(body.local_sig_token)
    kinds = [t.kind for t in locals_]
    assert S.ELEMENT_TYPE_VALUETYPE in kinds
    vt = locals_[kinds.index(S.ELEMENT_TYPE_VALUETYPE)]
    assert vt.token == typedef(prog, 'Geometry', 'Point').token()
    assert prog.describe_type(vt) == 'valuetype Geometry.Point'
    assert any(t.kind == S.ELEMENT_TYPE_GENERICINST for t in locals_)


def test_exception_clauses_mcs(prog):
    g = method(prog, typedef(prog, 'App', 'Program'), 'Guarded')
    body = prog.read_method_body(g.rva)
    cl = body.clauses
    assert len(cl) == 3
    catches = [c for c in cl if c.is_catch()]
    finallies = [c for c in cl if c.is_finally()]
    assert len(catches) == 2 and len(finallies) == 1
    assert [prog.token_name(c.class_token) for c in catches] == \
        ['App.MyError', 'System.Exception']
    assert catches[0].class_token == typedef(prog, 'App', 'MyError').token()
    for c in cl:
        assert c.try_offset + c.try_length <= len(body.code)
        assert c.handler_offset + c.handler_length <= len(body.code)
    f = finallies[0]
    assert f.class_token == 0
    assert f.try_offset <= catches[0].try_offset
    assert f.handler_offset >= catches[1].handler_offset + \
        catches[1].handler_length


def test_properties_events_semantics(prog):
    props = dict((p.name, p) for p in prog.properties)
    ls = props['LengthSquared']
    assert ls.owner == typedef(prog, 'Geometry', 'Point').rid
    ps = S.parse_property_sig(ls.sig)
    assert ps.has_this and ps.ret.kind == S.ELEMENT_TYPE_I4
    assert ps.params == []
    val = props['Value']
    assert S.parse_property_sig(val.sig).ret.kind == S.ELEMENT_TYPE_VAR
    ev = [e for e in prog.events if e.name == 'OnChanged'][0]
    assert ev.owner == typedef(prog, 'Geometry', 'Counter').rid
    assert prog.token_name(ev.type) == 'Geometry.Changed'
    sem = {}
    for s in prog.methodsemantics:
        sem[(prog.methods[s.method - 1].name, s.association)] = s.semantics
    evtok = md.make_token(md.TABLE_EVENT, ev.rid)
    valtok = md.make_token(md.TABLE_PROPERTY, val.rid)
    assert sem[('add_OnChanged', evtok)] == md.MSEM_ADDON
    assert sem[('remove_OnChanged', evtok)] == md.MSEM_REMOVEON
    assert sem[('get_Value', valtok)] == md.MSEM_GETTER
    assert sem[('set_Value', valtok)] == md.MSEM_SETTER


def test_layout_constants_pinvoke_fieldrva(prog):
    overlay = typedef(prog, 'Geometry', 'Overlay')
    cl = [c for c in prog.classlayouts if c.parent == overlay.rid][0]
    assert cl.size == 16
    offsets = dict((prog.fields[fl.field - 1].name, fl.offset)
                   for fl in prog.fieldlayouts)
    assert offsets == {'Whole': 0, 'Low': 0, 'High': 4}
    limit = [f for f in prog.fields if f.name == 'Limit'][0]
    const = [c for c in prog.constants
             if c.parent == md.make_token(md.TABLE_FIELD, limit.rid)][0]
    assert const.type == S.ELEMENT_TYPE_I4
    assert const.value == '\x2a\x00\x00\x00'
    im = prog.implmaps[0]
    assert im.import_name == 'getpid'
    assert prog.modulerefs[im.import_scope - 1].name == 'libc'
    assert prog.token_name(im.member) == 'App.Program::GetPid'
    # the static array initializer for Primes lives at a FieldRVA
    rva_fields = [f for f in prog.fields if f.rva != 0]
    assert len(rva_fields) == 1
    data = prog.read_field_rva_data(rva_fields[0].rva, 40)
    ints = [ord(data[i]) for i in range(0, 40, 4)]
    assert ints == [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
    assert prog.fieldrvas[0].field == rva_fields[0].rid


def test_typespecs_methodspecs_memberrefs(prog):
    descs = [prog.describe_type(S.parse_typespec(t.sig))
             for t in prog.typespecs]
    assert 'class System.Collections.Generic.List`1<int32>' in descs
    assert 'class Geometry.Box`1<int32>' in descs
    assert 'float64[0...,0...]' in descs
    specs = {}
    for ms in prog.methodspecs:
        args = S.parse_methodspec(ms.instantiation)
        specs[prog.token_name(ms.method)] = [prog.describe_type(a)
                                             for a in args]
    assert specs['App.Program::Max'] == ['int32']
    # call site of a vararg method: MemberRef with a SENTINEL
    va = [m for m in prog.memberrefs if m.name == 'Varargs'][0]
    assert md.token_table(va.parent) == md.TABLE_METHODDEF
    s = S.parse_method_sig(va.sig)
    assert s.callconv == S.SIG_VARARG
    assert s.sentinel_index == 0
    assert [p.kind for p in s.params] == [S.ELEMENT_TYPE_I4,
                                          S.ELEMENT_TYPE_STRING]
    wl = [m for m in prog.memberrefs if m.name == 'WriteLine']
    assert len(wl) >= 1
    for m in wl:
        assert prog.token_name(m.parent) == 'System.Console'
    # constraints: T : IComparable<T>
    gp_names = [prog.genericparams[c.owner - 1].name
                for c in prog.genericparamconstraints]
    assert 'T' in gp_names


def test_custom_attributes(prog):
    ctors = [prog.token_name(c.type) for c in prog.customattributes]
    assert ('System.Runtime.CompilerServices.RuntimeCompatibilityAttribute'
            '::.ctor') in ctors
    for c in prog.customattributes:
        assert c.value.startswith('\x01\x00')   # prolog
        assert prog.check_token(c.parent)


def test_check_all(prog):
    assert prog.check_all() == len([m for m in prog.methods if m.rva])


def test_heap_accessors(prog):
    assert prog.get_string(0) == ''
    assert prog.get_blob(0) == ''
    assert prog.get_guid(1) == prog.mvid
    off, size = prog.column_file_offset(md.TABLE_TYPEDEF, 2, 1)
    assert size in (2, 4)
    idx = ord(prog.data[off]) | (ord(prog.data[off + 1]) << 8)
    assert prog.get_string(idx) == prog.typedefs[1].name
    assert prog.get_value(md.TABLE_TYPEDEF, 2, 1) == idx
    with pytest.raises(BadImageFormat):
        prog.get_string(len(prog.strings_heap) + 5)
    with pytest.raises(BadImageFormat):
        prog.get_blob(len(prog.blob_heap))
    with pytest.raises(BadImageFormat):
        prog.get_user_string(len(prog.us_heap) + 1)
    with pytest.raises(BadImageFormat):
        prog.get_value(md.TABLE_TYPEDEF, len(prog.typedefs) + 1, 0)
    with pytest.raises(BadImageFormat):
        prog.read_method_body(0x7fff0000)
    assert not prog.check_token(md.make_token(md.TABLE_TYPEDEF, 0))
    assert prog.check_token(md.make_token(md.TABLE_TYPEDEF, 1))


@needs_mcs
def test_pe32plus(tmpdir):
    path = compile_cs(tmpdir, 'program.cs', 'prog64.exe',
                      ['-unsafe', '-platform:x64'])
    img = load_file(path)
    assert img.pe.is_pe32plus
    assert img.assembly_name == 'prog64'
    assert img.moduleref_names == ['libc']
    assert img.check_all() == len([m for m in img.methods if m.rva])
    main = method(img, typedef(img, 'App', 'Program'), 'Main')
    assert img.entry_point_token == md.make_token(md.TABLE_METHODDEF,
                                                  main.rid)


# ---------------------------------------------------------------------------
# ilasm: tiny and fat headers, nested try, filter, fault, vararg

def test_il_tiny_and_fat(handlers):
    prog = typedef(handlers, 'Handlers', 'Prog')
    tiny = handlers.read_method_body(method(handlers, prog, 'Tiny').rva)
    assert not tiny.is_fat
    assert tiny.code == '\x1d\x2a'          # ldc.i4.7; ret
    assert tiny.max_stack == 8 and tiny.local_sig_token == 0
    assert tiny.clauses == []
    fat = handlers.read_method_body(method(handlers, prog, 'Fat').rva)
    assert fat.is_fat and fat.init_locals and fat.max_stack == 3
    assert md.token_table(fat.local_sig_token) == md.TABLE_STANDALONESIG
    assert [t.kind for t in handlers.get_locals(fat.local_sig_token)] == \
        [S.ELEMENT_TYPE_I4, S.ELEMENT_TYPE_STRING]
    assert ldstr_strings(handlers, fat.code) == [u'finally']
    assert [c.flags for c in fat.clauses] == [
        mb.COR_ILEXCEPTION_CLAUSE_EXCEPTION, mb.COR_ILEXCEPTION_CLAUSE_FINALLY]
    catch, fin = fat.clauses
    assert handlers.token_name(catch.class_token) == \
        'System.DivideByZeroException'
    assert catch.try_offset == 0
    assert fin.try_offset == 0
    assert fin.try_length == catch.handler_offset + catch.handler_length
    assert fin.handler_offset + fin.handler_length <= len(fat.code)


def test_il_filter_fault(handlers):
    prog = typedef(handlers, 'Handlers', 'Prog')
    body = handlers.read_method_body(method(handlers, prog, 'Filtered').rva)
    assert body.is_fat and not body.init_locals
    assert [c.flags for c in body.clauses] == [
        mb.COR_ILEXCEPTION_CLAUSE_FILTER, mb.COR_ILEXCEPTION_CLAUSE_FAULT]
    flt, fault = body.clauses
    assert flt.class_token == 0
    assert flt.try_offset + flt.try_length == flt.filter_offset
    assert flt.filter_offset < flt.handler_offset
    assert fault.filter_offset == 0 and fault.class_token == 0
    assert handlers.check_all() == 5


def test_il_vararg(handlers):
    prog = typedef(handlers, 'Handlers', 'Prog')
    va = method(handlers, prog, 'Va')
    s = S.parse_method_sig(va.sig)
    assert s.callconv == S.SIG_VARARG and s.sentinel_index == -1
    ref = [m for m in handlers.memberrefs if m.name == 'Va'][0]
    s = S.parse_method_sig(ref.sig)
    assert s.sentinel_index == 1
    assert [p.kind for p in s.params] == [
        S.ELEMENT_TYPE_I4, S.ELEMENT_TYPE_STRING, S.ELEMENT_TYPE_R8]
    assert s.describe() == 'vararg int32 (int32, ..., string, float64)'
    main = method(handlers, prog, 'Main')
    assert handlers.entry_point_token == md.make_token(md.TABLE_METHODDEF,
                                                       main.rid)
    assert handlers.assembly_name == 'Handlers'


# ---------------------------------------------------------------------------
# hand-made signature blobs

def test_compressed_ints():
    assert S.decode_compressed('\x03', 0) == (3, 1)
    assert S.decode_compressed('\x7f', 0) == (0x7f, 1)
    assert S.decode_compressed('\x80\x80', 0) == (0x80, 2)
    assert S.decode_compressed('\xae\x57', 0) == (0x2e57, 2)
    assert S.decode_compressed('\xbf\xff', 0) == (0x3fff, 2)
    assert S.decode_compressed('\xc0\x00\x40\x00', 0) == (0x4000, 4)
    assert S.decode_compressed('\xdf\xff\xff\xff', 0) == (0x1fffffff, 4)
    for bad in ['', '\x80', '\xc0\x00\x00', '\xe0\x00\x00\x00', '\xff']:
        with pytest.raises(BadImageFormat):
            S.decode_compressed(bad, 0)


def test_array_signed_lobounds():
    # int32[-3...,2...,0] : ARRAY I4 rank 3, 1 size (5), 2 lobounds (-3, 2)
    blob = '\x14\x08\x03\x01\x05\x02\x7b\x04'
    t = S.parse_typespec(blob)
    assert t.kind == S.ELEMENT_TYPE_ARRAY and t.rank == 3
    assert t.sizes == [5] and t.lobounds == [-3, 2]
    assert t.describe() == 'int32[-3...1,2...,]'


def test_custom_mods_pinned_typedbyref_fnptr():
    # locals: modreq(TypeRef 1) int32, pinned uint8&, typedref,
    # method int32 *(int32)
    blob = ('\x07\x04' + '\x1f\x05\x08' + '\x45\x10\x05' + '\x16' +
            '\x1b\x00\x01\x08\x08')
    ls = S.parse_locals_sig(blob)
    assert ls[0].kind == S.ELEMENT_TYPE_I4
    assert ls[0].cmod_reqd == [md.make_token(md.TABLE_TYPEREF, 1)]
    assert ls[1].kind == S.ELEMENT_TYPE_PINNED
    assert ls[1].elem.kind == S.ELEMENT_TYPE_BYREF
    assert ls[1].elem.elem.kind == S.ELEMENT_TYPE_U1
    assert ls[2].kind == S.ELEMENT_TYPE_TYPEDBYREF
    assert ls[3].kind == S.ELEMENT_TYPE_FNPTR
    assert ls[3].method_sig.ret.kind == S.ELEMENT_TYPE_I4
    assert len(ls[3].method_sig.params) == 1
    # field with modopt: volatile int32 style
    f = S.parse_field_sig('\x06\x20\x08\x08')
    assert f.kind == S.ELEMENT_TYPE_I4
    assert f.cmod_opt == [md.make_token(md.TABLE_TYPEDEF, 2)]


def test_method_sig_flags():
    # instance explicit generic<2> void (valuetype TypeSpec 3 <int32>)
    blob = '\x70\x02\x01\x01' + '\x15\x11\x0e\x01\x08'
    s = S.parse_method_sig(blob)
    assert s.has_this and s.explicit_this and s.generic_count == 2
    assert s.ret.kind == S.ELEMENT_TYPE_VOID
    gi = s.params[0]
    assert gi.kind == S.ELEMENT_TYPE_GENERICINST and gi.is_valuetype
    assert gi.token == md.make_token(md.TABLE_TYPESPEC, 3)
    ms = S.parse_methodspec('\x0a\x02\x0e\x13\x01')
    assert [t.kind for t in ms] == [S.ELEMENT_TYPE_STRING,
                                    S.ELEMENT_TYPE_VAR]


@pytest.mark.parametrize('blob', [
    '', '\x00', '\x00\x01', '\x00\x05\x01', '\x0f\x00\x00',
    '\x00\x01\x01\x12\x03',                 # bad TypeDefOrRef tag
    '\x00\x01\x01\x12\x00',                 # null type token
    '\x00\x00\x99',                         # bad element type
    '\x00\x01\x01\x41',                     # sentinel then nothing
    '\x00\x01\x01\x15\x12\x05\x00',         # GENERICINST with 0 args
    '\x00\x01\x01\x15\x08\x05\x01\x08',     # GENERICINST of int32
    '\x00\x00\x14\x08\x00\x00\x00',         # ARRAY rank 0
    '\x00\x00' + '\x0f' * 200 + '\x08',     # nesting too deep
    '\x00\x7f\x01',                         # param count > blob size
])
def test_bad_method_sigs(blob):
    with pytest.raises(BadImageFormat):
        S.parse_method_sig(blob)


def test_bad_other_sigs():
    with pytest.raises(BadImageFormat):
        S.parse_field_sig('\x07\x08')
    with pytest.raises(BadImageFormat):
        S.parse_locals_sig('\x06\x01\x08')
    with pytest.raises(BadImageFormat):
        S.parse_property_sig('\x06\x00\x08')
    with pytest.raises(BadImageFormat):
        S.parse_methodspec('\x0a\x00')
    with pytest.raises(BadImageFormat):
        S.parse_typespec('')


# ---------------------------------------------------------------------------
# mono's mscorlib: every table, body and signature must decode

@pytest.mark.skipif(not os.path.exists(MSCORLIB), reason='no mscorlib')
def test_mscorlib_walk():
    img = load_file(MSCORLIB)
    assert img.assembly_name == 'mscorlib'
    assert img.entry_point_token == 0
    nbodies = img.check_all()
    assert nbodies > 10000
    obj = img.find_typedef('System', 'Object')
    assert obj is not None and obj.extends == 0
    string = img.find_typedef('System', 'String')
    assert img.token_name(string.extends) == 'System.Object'
    dct = img.find_typedef('System.Collections.Generic', 'Dictionary`2')
    assert dct.generic_params == ['TKey', 'TValue']
    assert len(dct.interfaces) > 3
    # every blob-valued row decodes with the right parser
    for p in img.properties:
        S.parse_property_sig(p.sig)
    for c in img.customattributes:
        assert img.check_token(c.type)
    for td in img.typedefs:
        if td.enclosing:
            assert img.check_token(td.enclosing)
