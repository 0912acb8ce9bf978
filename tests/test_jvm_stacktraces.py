"""Stack traces as HotSpot records and prints them: each program in
programs/jvm_traces is compiled with javac and run on `java` and on Parley;
stdout, the exit status and the WHOLE of stderr (printStackTrace of caught
exceptions with their callers, 'Caused by:' / 'Suppressed:' sections with
'... n more', the uncaught report, line numbers included) must be identical.

The programs only throw from their own code: the JDK's own frames (inside
Integer.parseInt, ArrayList.get ...) are not Parley's library frames."""
import os
import pytest
from harness import compile_java, run_java, run_parley_java, assert_same

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, 'programs', 'jvm_traces')
NAMES = sorted(f[:-5] for f in os.listdir(PROGRAMS) if f.endswith('.java'))


def assert_same_stderr(expected, actual):
    assert_same(expected, actual, expected_name='java', actual_name='parley')
    if expected.stderr != actual.stderr:
        import difflib
        diff = '\n'.join(difflib.unified_diff(
            expected.stderr.decode('utf-8', 'replace').splitlines(),
            actual.stderr.decode('utf-8', 'replace').splitlines(),
            'java stderr', 'parley stderr', lineterm=''))
        raise AssertionError('stderr differs:\n' + diff)


@pytest.mark.parametrize('name', NAMES)
def test_program(name):
    out = compile_java([os.path.join(PROGRAMS, name + '.java')])
    assert_same_stderr(run_java(out, name), run_parley_java(out, name))


def test_no_debug_info():
    """Without LineNumberTable and SourceFile: '(Unknown Source)'."""
    src = {'Bare.java': '''
public class Bare {
    static void fail(int n) { if (n > 1) throw new IllegalStateException("n=" + n); fail(n + 1); }
    public static void main(String[] args) {
        try { fail(0); } catch (IllegalStateException e) { e.printStackTrace(); }
        StackTraceElement el = new Throwable().getStackTrace()[0];
        System.out.println(el + " " + el.getFileName() + " " + el.getLineNumber());
        fail(0);
    }
}'''}
    out = compile_java(src, flags=('-g:none',))
    assert_same_stderr(run_java(out, 'Bare'), run_parley_java(out, 'Bare'))


def test_trace_of_exception_made_elsewhere():
    """The trace is the stack where the throwable was made, not where it is
    thrown; rethrowing keeps it; fillInStackTrace() makes it anew."""
    src = {'Made.java': '''
public class Made {
    static RuntimeException saved;
    static RuntimeException make(String m) { return new RuntimeException(m); }
    static void keep() { saved = make("kept"); }
    static void thrower() { throw saved; }
    static void refill() { saved.fillInStackTrace(); }
    public static void main(String[] args) {
        keep();
        try { thrower(); } catch (RuntimeException e) { e.printStackTrace(); }
        refill();
        try { thrower(); } catch (RuntimeException e) { e.printStackTrace(); }
        System.out.println(saved.getStackTrace().length);
        thrower();
    }
}'''}
    out = compile_java(src)
    assert_same_stderr(run_java(out, 'Made'), run_parley_java(out, 'Made'))


def test_main_class_initializer_fails():
    """The main class's <clinit> throws before main runs: the
    ExceptionInInitializerError has no frame, its cause has the
    initializer's."""
    src = {'MainInit.java': '''
public class MainInit {
    static int v = compute();
    static int compute() { throw new IllegalStateException("boom"); }
    public static void main(String[] args) { System.out.println(v); }
}'''}
    out = compile_java(src)
    assert_same_stderr(run_java(out, 'MainInit'), run_parley_java(out, 'MainInit'))
