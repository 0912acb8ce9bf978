"""Differential tests: each Java program in programs/jvm is compiled with
javac, run on `java` for the expected output, and on Parley; stdout, exit
status and the first line of stderr must be identical."""
import os
import pytest
from harness import (compile_java, run_java, run_parley_java, assert_same,
                     assemble_jasmin)

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


def test_jasmin_category2_stack_operations():
    """dup2/dup2_x1/dup2_x2/dup_x2/pop2 in every form (category-1 and
    category-2 operands), which javac rarely emits: assembled with jasmin."""
    out = assemble_jasmin([os.path.join(HERE, 'programs', 'jvm_jasmin', 'Dup2.j')])
    assert_same(run_java(out, 'Dup2'), run_parley_java(out, 'Dup2'),
                expected_name='java', actual_name='parley')


JAR_LIB = '''package lib;
public class Util {
    public static String shout(String s) { return s.toUpperCase() + "!"; }
    public static class Counter { private int n; public int next() { return ++n; } }
}
'''
JAR_MAIN = '''package app;
import lib.Util;
public class Main {
    public static void main(String[] args) {
        Util.Counter c = new Util.Counter();
        System.out.println(Util.shout("hello") + " " + c.next() + " " + c.next() + " " + args.length);
        for (String a : args) System.out.println(a);
        if (args.length > 1) throw new IllegalStateException("too many");
    }
}
'''


def _jars(tmpdir):
    """app.jar (Main-Class app.Main, both packages), lib.jar (lib only) and
    a directory with app/Main.class only."""
    import shutil
    import subprocess
    from harness import find_tool
    classes = compile_java({'lib/Util.java': JAR_LIB, 'app/Main.java': JAR_MAIN})
    jar = find_tool('jar')
    app_jar = str(tmpdir.join('app.jar'))
    lib_jar = str(tmpdir.join('lib.jar'))
    subprocess.check_call([jar, '--create', '--file', app_jar, '--main-class', 'app.Main',
                           '-C', classes, 'app', '-C', classes, 'lib'])
    subprocess.check_call([jar, '--create', '--file', lib_jar, '-C', classes, 'lib'])
    only_app = str(tmpdir.join('appcls'))
    os.makedirs(os.path.join(only_app, 'app'))
    shutil.copy(os.path.join(classes, 'app', 'Main.class'), os.path.join(only_app, 'app'))
    return app_jar, lib_jar, only_app


def test_jar_main_class_and_class_path(tmpdir):
    from harness import run_parley, find_tool, _run
    app_jar, lib_jar, only_app = _jars(tmpdir)
    java = find_tool('java')
    # parley APP.jar ARGS  ==  java -jar APP.jar ARGS  (its Main-Class)
    for args in (['x'], ['x', 'y']):
        assert_same(_run([java, '-jar', app_jar] + args, None, 120, None, None),
                    run_parley([app_jar] + args), expected_name='java -jar',
                    actual_name='parley')
    # a jar on the class path, alone or before a directory
    assert_same(run_java([app_jar], 'app.Main', ['q']),
                run_parley_java([app_jar], 'app.Main', ['q']))
    assert_same(run_java([lib_jar, only_app], 'app.Main'),
                run_parley_java([lib_jar, only_app], 'app.Main'))
    # a class the jar lacks: NoClassDefFoundError naming it
    expected = run_java([only_app], 'app.Main')
    actual = run_parley_java([only_app], 'app.Main')
    assert_same(expected, actual)
    assert actual.stderr.splitlines()[:2] == expected.stderr.splitlines()[:2]
