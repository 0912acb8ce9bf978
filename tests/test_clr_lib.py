"""Differential tests of the C# half of Parley's CLR core library
(parley/clr/lib_cs, embedded by parley/clr/bootcorlib.py): each C# program
in programs/clr_lib uses collections, LINQ, StringBuilder, delegates,
tuples or Random; it is compiled with mcs, run on `mono` for the expected
output and on Parley; stdout, exit status and the first line of stderr must
be identical."""
import os
import pytest
from harness import compile_cs, run_mono, run_parley, assert_same

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'clr_lib')
NAMES = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith('.cs'))

# programs that still fail because of something outside the C# library,
# with the precise reason
XFAIL = {}


def _param(name):
    if name in XFAIL:
        return pytest.param(name, marks=pytest.mark.xfail(reason=XFAIL[name], strict=False))
    return name


@pytest.mark.parametrize('name', [_param(n) for n in NAMES])
def test_program(name):
    exe = compile_cs([os.path.join(PROGRAMS, name + '.cs')], out=name + '.exe')
    expected = run_mono(exe)
    actual = run_parley([exe])
    assert_same(expected, actual, expected_name='mono', actual_name='parley')


def test_library_is_embedded():
    """The library is compiled and embedded as one DLL image (a str)."""
    from parley.clr import bootcorlib
    assert bootcorlib.sources(), 'no C# sources under parley/clr/lib_cs'
    assert bootcorlib.CORLIB_DLL[:2] == 'MZ'


def test_no_type_is_both_native_and_csharp():
    """A type the native corlib defines must not also be defined in C#:
    the natives win the lookup, and the C# library's own references to the
    type would then name a different class than user code's."""
    from parley.clr import corlib, bootcorlib
    from parley.clr.metadata import load_image
    natives = set(cls.name for cls in corlib.boot_classes)
    img = load_image(bootcorlib.DLL_NAME, bootcorlib.CORLIB_DLL)
    mine = set()
    for td in img.typedefs:
        if td.enclosing == 0 and td.name != '<Module>':
            mine.add(td.namespace + '.' + td.name if td.namespace else td.name)
    assert sorted(natives & mine) == []


def test_missing_corlib_type_is_a_type_load_exception():
    """A type of [mscorlib] that neither the natives nor the C# library
    define still gives Mono's TypeLoadException path, not a crash."""
    exe = compile_cs({'Missing.cs': '''
using System;
class Missing {
    static void Use() { var w = new System.Collections.ArrayList(); w.Add(1); }
    static void Main() {
        try { Use(); Console.WriteLine("no"); }
        catch (TypeLoadException) { Console.WriteLine("TypeLoadException"); }
    }
}'''}, out='Missing.exe')
    actual = run_parley([exe])
    assert actual.stdout == b'TypeLoadException\n'
    assert actual.status == 0
