"""Differential tests: each Java program in programs/jvm is compiled with
javac, run on `java` for the expected output, and on Parley; stdout, exit
status and the first line of stderr must be identical."""
import os
import pytest
from harness import compile_java, run_java, run_parley_java, assert_same

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'jvm')
NAMES = sorted(f[:-5] for f in os.listdir(PROGRAMS) if f.endswith('.java'))


@pytest.mark.parametrize('name', NAMES)
def test_program(name):
    src = os.path.join(PROGRAMS, name + '.java')
    out = compile_java([src])
    expected = run_java(out, name)
    actual = run_parley_java(out, name)
    assert_same(expected, actual, expected_name='java', actual_name='parley')


def test_args_are_passed():
    out = compile_java({'Args.java': '''
public class Args {
    public static void main(String[] args) {
        System.out.println(args.length);
        for (String a : args) System.out.println("[" + a + "]");
    }
}'''})
    expected = run_java(out, 'Args', ['one', 'two words', ''])
    actual = run_parley_java(out, 'Args', ['one', 'two words', ''])
    assert_same(expected, actual)
    assert actual.stdout.count(b'\n') == 4


def test_class_file_as_main():
    out = compile_java({'Direct.java': '''
package pkg.sub;
public class Direct {
    public static void main(String[] args) { System.out.println("direct " + args.length); }
}'''})
    from harness import run_parley
    res = run_parley([os.path.join(out, 'pkg', 'sub', 'Direct.class'), 'x'])
    assert res.status == 0, res.stderr
    assert res.stdout == b'direct 1\n'
