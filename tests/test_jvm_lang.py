"""Differential tests for the java.lang core library (parley/jvm/lang):
each Java program in programs/jvm_lang is compiled with javac, run on
`java` for the expected output, and on Parley; stdout, exit status and the
first line of stderr must be identical."""
import os
import pytest
from harness import compile_java, run_java, run_parley_java, assert_same

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'jvm_lang')
NAMES = sorted(f[:-5] for f in os.listdir(PROGRAMS) if f.endswith('.java'))


@pytest.mark.parametrize('name', NAMES)
def test_program(name):
    src = os.path.join(PROGRAMS, name + '.java')
    out = compile_java([src])
    expected = run_java(out, name)
    actual = run_parley_java(out, name)
    assert_same(expected, actual, expected_name='java', actual_name='parley')
