"""Command-line behaviours of bin/parley that the program tests do not
cover: a .jar as MAIN (its Main-Class), class path entries that are jars,
and the --jit option."""
import os
import subprocess
from harness import (compile_java, run_java, run_parley, run_parley_java,
                     assert_same, find_tool)

APP = {'app/Main.java': '''
package app;
public class Main {
    public static void main(String[] args) {
        System.out.println("from a jar: " + Helper.twice(args.length + 20));
    }
}''', 'app/Helper.java': '''
package app;
public class Helper { static int twice(int x) { return 2 * x; } }
'''}


def make_jar(tmpdir):
    out = compile_java(APP)
    jar = str(tmpdir.join('app.jar'))
    subprocess.check_call([find_tool('jar'), 'cfe', jar, 'app.Main', '-C', out, '.'])
    return jar


def test_jar_as_main(tmpdir):
    jar = make_jar(tmpdir)
    expected = subprocess.Popen([find_tool('java'), '-jar', jar, 'x'],
                                stdout=subprocess.PIPE).communicate()[0]
    res = run_parley([jar, 'x'])
    assert res.status == 0, res.stderr
    assert res.stdout == expected == b'from a jar: 42\n'


def test_jar_on_class_path(tmpdir):
    jar = make_jar(tmpdir)
    expected = run_java([jar], 'app.Main')
    actual = run_parley_java([jar], 'app.Main')
    assert_same(expected, actual)


def test_jit_options():
    out = compile_java(APP)
    for arg in ['off', 'threshold=3,function_threshold=5']:
        res = run_parley(['--jit', arg, '-cp', out, 'app.Main'])
        assert res.status == 0, res.stderr
        assert res.stdout == b'from a jar: 40\n'
