"""C# programs around checked/unchecked arithmetic and conversions,
float32 stores, exception filters (catch ... when, two-pass dispatch) and
multi-dimensional and jagged arrays: each program in programs/clr_checked
is compiled with mcs, run on `mono` for the expected output and on Parley;
stdout, exit status and the first line of stderr must be identical."""
import os
import pytest
from harness import compile_cs, run_mono, run_parley, assert_same

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'clr_checked')
NAMES = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith('.cs'))

XFAIL = {}
# waiting for another part of the tree: not strict, they pass once it lands
PENDING = {}


def _params():
    for name in NAMES:
        if name in XFAIL:
            yield pytest.param(name, marks=pytest.mark.xfail(reason=XFAIL[name],
                                                             strict=True))
        elif name in PENDING:
            yield pytest.param(name, marks=pytest.mark.xfail(reason=PENDING[name],
                                                             strict=False))
        else:
            yield name


@pytest.mark.parametrize('name', list(_params()))
def test_program(name):
    exe = compile_cs([os.path.join(PROGRAMS, name + '.cs')], out=name + '.exe')
    expected = run_mono(exe)
    actual = run_parley([exe])
    assert_same(expected, actual, expected_name='mono', actual_name='parley')
