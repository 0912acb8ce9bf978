"""Differential tests: each C# program in programs/clr is compiled with mcs,
run on `mono` for the expected output, and on Parley; stdout, exit status
and the first line of stderr must be identical."""
import os
import pytest
from harness import compile_cs, run_mono, run_parley, assert_same

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'clr')
NAMES = sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith('.cs'))


@pytest.mark.parametrize('name', NAMES)
def test_program(name):
    exe = compile_cs([os.path.join(PROGRAMS, name + '.cs')], out=name + '.exe')
    expected = run_mono(exe)
    actual = run_parley([exe])
    assert_same(expected, actual, expected_name='mono', actual_name='parley')


def test_args_are_passed():
    exe = compile_cs({'Args.cs': '''
using System;
class Args {
    static void Main(string[] args) {
        Console.WriteLine(args.Length);
        foreach (string a in args) Console.WriteLine("[" + a + "]");
    }
}'''}, out='Args.exe')
    expected = run_mono(exe, ['one', 'two words', ''])
    actual = run_parley([exe, 'one', 'two words', ''])
    assert_same(expected, actual)
    assert actual.stdout.count(b'\n') == 4
