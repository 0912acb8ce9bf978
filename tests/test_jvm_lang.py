"""Differential tests for the java.lang core library (parley/jvm/lang):
each Java program in programs/jvm_lang is compiled with javac, run on
`java` for the expected output, and on Parley; stdout, exit status and the
first line of stderr must be identical."""
import os
import pytest
from harness import compile_java, run_java, run_parley_java, assert_same, translated

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'jvm_lang')
NAMES = sorted(f[:-5] for f in os.listdir(PROGRAMS) if f.endswith('.java'))


# Known translated-only differences (pass untranslated), to fix next:
TRANSLATED_XFAIL = {
}


@pytest.mark.parametrize('name', [
    pytest.param(n, marks=pytest.mark.xfail(translated() and n in TRANSLATED_XFAIL,
                                            reason=TRANSLATED_XFAIL.get(n, ''),
                                            strict=False))
    for n in NAMES])
def test_program(name):
    src = os.path.join(PROGRAMS, name + '.java')
    out = compile_java([src])
    expected = run_java(out, name)
    actual = run_parley_java(out, name)
    assert_same(expected, actual, expected_name='java', actual_name='parley')
