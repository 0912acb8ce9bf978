"""The frames of a CLR uncaught-exception report: each C# program in
programs/clr_traces is compiled with mcs and run on `mono` and on Parley;
besides stdout, exit status and the first stderr line, every frame line
must be Mono's, to the letter: the method as Mono names it (generic
parameters, parameter types and names: parley/clr/tracenames.py), the IL
offset (that of the sequence point before the instruction, see
parley/clr/seqpoints.py) and the module's MVID.  The programs' methods are
too big for Mono to inline, so both runs show the same frames."""
import os
import pytest
from harness import compile_cs, run_mono, run_parley, assert_same

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'clr_traces')
NAMES = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith('.cs'))

def frames(stderr):
    text = stderr.decode('utf-8', 'replace')
    return [line for line in text.splitlines() if line.startswith('  at ')]


@pytest.mark.parametrize('name', NAMES)
def test_frame_offsets(name):
    exe = compile_cs([os.path.join(PROGRAMS, name + '.cs')], out=name + '.exe')
    expected = run_mono(exe)
    actual = run_parley([exe])
    assert_same(expected, actual, expected_name='mono', actual_name='parley')
    want = frames(expected.stderr)
    assert want, expected.stderr
    assert frames(actual.stderr) == want
