"""The CIL instruction set beyond what C# compilers emit: each ilasm
program in programs/clr_il is assembled, run on `mono` for the expected
output and on Parley; stdout, exit status and the first line of stderr
must be identical.  (tail. calls, hand-written filters, odd stack shapes,
checked arithmetic and the conversion matrix, sizeof, calli, jmp, unsigned
branches, prefixes and typed references.)"""
import os
import pytest
from harness import assemble_il, run_mono, run_parley, assert_same, translated

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'clr_il')
NOT_DIFFERENTIAL = ['Unsupported']
NAMES = sorted(f[:-3] for f in os.listdir(PROGRAMS)
               if f.endswith('.il') and f[:-3] not in NOT_DIFFERENTIAL)

XFAIL = {
    'FilterThrows': 'Mono 6.8 lets an exception thrown inside a filter escape '
                    '(mono/mono#19685); Parley follows ECMA-335 and .NET: the '
                    'filter declines and the original exception goes on',
}

# arguments: the untranslated VM runs the tail calls 5000 deep (still far
# deeper than its stack), the translated one a million deep, as Mono
ARGS = {'TailCalls': [] if translated() else ['small']}


def _params():
    for name in NAMES:
        if name in XFAIL:
            yield pytest.param(name, marks=pytest.mark.xfail(reason=XFAIL[name],
                                                             strict=True))
        else:
            yield name


@pytest.mark.parametrize('name', list(_params()))
def test_il_program(name):
    exe = assemble_il(os.path.join(PROGRAMS, name + '.il'), out=name + '.exe')
    args = ARGS.get(name, [])
    expected = run_mono(exe, args)
    actual = run_parley([exe] + args)
    assert_same(expected, actual, expected_name='mono', actual_name='parley')


@pytest.mark.parametrize('which,instruction', [(0, 'localloc'), (1, 'cpblk'),
                                               (2, 'initblk'), (3, 'arglist')])
def test_unsupported_instruction_is_a_guest_exception(which, instruction):
    """Not differential (Mono runs these): Parley reports an uncaught
    InvalidProgramException that names the instruction and the method,
    Mono-style, never a Python traceback."""
    exe = assemble_il(os.path.join(PROGRAMS, 'Unsupported.il'),
                      out='Unsupported.exe')
    actual = run_parley([exe, str(which)])
    assert actual.status == 1
    err = actual.stderr.decode('utf-8', 'replace')
    assert 'Traceback' not in err
    assert err.lstrip().startswith('Unhandled Exception:')
    assert ('System.InvalidProgramException: Parley does not support the CIL '
            'instruction %s in method Unsupported::' % instruction) in err
