"""Checks of tests/harness.py against the reference tool chains only
(javac/java, mcs/ilasm/mono, jasmin).  Independent of Parley's VM."""

import os

import pytest

import harness
from harness import (Result, assemble_il, assemble_jasmin, assert_same,
                     compile_cs, compile_java, run_java, run_mono)

JAVA_HELLO = r'''
import java.io.*;

public class Hello {
    public static void main(String[] args) throws IOException {
        System.out.println("Hello, " + args.length + " " + String.join(",", args));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) n += line.length();
        System.out.println("stdin chars: " + n);
        if (args.length > 0 && args[0].equals("fail"))
            throw new IllegalStateException("boom");
        if (args.length > 0 && args[0].equals("exit"))
            System.exit(3);
    }
}
'''

CS_HELLO = r'''
using System;

public static class Hello {
    public static int Main(string[] args) {
        Console.WriteLine("Hello, " + args.Length + " " + String.Join(",", args));
        string all = Console.In.ReadToEnd();
        Console.WriteLine("stdin chars: " + all.Replace("\n", "").Length);
        if (args.Length > 0 && args[0] == "fail")
            throw new InvalidOperationException("boom");
        if (args.Length > 0 && args[0] == "exit")
            return 3;
        return 0;
    }
}
'''


def test_java_hello():
    cp = compile_java({'Hello.java': JAVA_HELLO})
    assert os.path.isfile(os.path.join(cp, 'Hello.class'))
    assert cp.startswith(harness.BUILD_ROOT)
    r = run_java(cp, 'Hello', ['a', 'b'], stdin='xy\nz\n')
    assert r == Result(b'Hello, 2 a,b\nstdin chars: 3\n', b'', 0)
    assert r.elapsed > 0 and list(r.cmd[-3:]) == ['Hello', 'a', 'b']


def test_java_exception_and_exit_status():
    cp = compile_java({'Hello.java': JAVA_HELLO})
    r = run_java(cp, 'Hello', ['fail'])
    assert r.status == 1
    assert r.stdout == b'Hello, 1 fail\nstdin chars: 0\n'
    assert r.stderr_first_line == \
        b'Exception in thread "main" java.lang.IllegalStateException: boom'
    assert run_java(cp, 'Hello', ['exit']).status == 3


def test_cs_hello():
    exe = compile_cs({'Hello.cs': CS_HELLO})
    assert exe.endswith('prog.exe') and os.path.isfile(exe)
    r = run_mono(exe, ['a', 'b'], stdin='xy\nz\n')
    assert r == Result(b'Hello, 2 a,b\nstdin chars: 3\n', b'', 0)
    r = run_mono(exe, ['fail'])
    assert r.status == 1
    assert r.stderr_first_line.startswith(b'Unhandled Exception:')
    assert b'System.InvalidOperationException: boom' in r.stderr
    assert run_mono(exe, ['exit']).status == 3


def test_java_and_mono_agree():
    """The point of the harness: the same program on two VMs compares equal."""
    java = run_java(compile_java({'Hello.java': JAVA_HELLO}), 'Hello',
                    ['x', 'y', 'z'], stdin='12345')
    mono = run_mono(compile_cs({'Hello.cs': CS_HELLO}), ['x', 'y', 'z'],
                    stdin='12345')
    assert_same(java, mono)
    java_fail = run_java(compile_java({'Hello.java': JAVA_HELLO}), 'Hello',
                         ['fail'])
    mono_fail = run_mono(compile_cs({'Hello.cs': CS_HELLO}), ['fail'])
    assert_same(java_fail, mono_fail, compare_stderr_first_line=False)
    with pytest.raises(AssertionError) as e:
        assert_same(java_fail, mono_fail)
    assert 'first line of stderr differs' in str(e.value)


def test_cs_library_and_reference(tmpdir):
    dll = compile_cs({'Calc.cs': 'public static class Calc { '
                      'public static int Add(int a, int b) { return a + b; } }'},
                     target='library', out='Calc.dll')
    assert dll.endswith('Calc.dll') and os.path.isfile(dll)
    exe = compile_cs({'Main.cs': 'public static class M { static void Main() '
                      '{ System.Console.WriteLine(Calc.Add(40, 2)); } }'},
                     references=[dll])
    # the referenced assembly is copied next to the exe, so mono finds it
    assert os.path.isfile(os.path.join(os.path.dirname(exe), 'Calc.dll'))
    assert run_mono(exe).stdout == b'42\n'
    # explicit outdir: Java classes and CLI assemblies side by side
    out = str(tmpdir.join('mixed'))
    dll2 = compile_cs({'Calc.cs': 'public static class Calc {}'},
                      target='library', out='Calc.dll', outdir=out)
    assert dll2 == os.path.join(out, 'Calc.dll')
    assert compile_java({'A.java': 'class A {}'}, outdir=out) == out
    assert sorted(f for f in os.listdir(out) if not f.startswith('.')) == \
        ['A.class', 'Calc.dll']


def test_assemble_il():
    il = r'''
.assembly extern mscorlib {}
.assembly Hello {}
.method static int32 Main() {
    .entrypoint
    ldstr "hello from IL"
    call void [mscorlib]System.Console::WriteLine(string)
    ldc.i4.5
    ret
}
'''
    exe = assemble_il(il, 'hello.exe')
    r = run_mono(exe)
    assert r == Result(b'hello from IL\n', b'', 5)
    lib = assemble_il('.assembly extern mscorlib {}\n.assembly L {}\n'
                      '.class public L { }\n', 'L.dll', dll=True)
    assert os.path.isfile(lib)
    with pytest.raises(harness.CompileError) as e:
        assemble_il('.assembly X {}\n.method static void M() { bogus }\n', 'x.exe')
    assert 'ilasm failed' in str(e.value)


def test_assemble_jasmin():
    j = r'''
.class public pkg/JHello
.super java/lang/Object
.method public static main([Ljava/lang/String;)V
    .limit stack 2
    getstatic java/lang/System/out Ljava/io/PrintStream;
    ldc "hello from jasmin"
    invokevirtual java/io/PrintStream/println(Ljava/lang/String;)V
    return
.end method
'''
    out = assemble_jasmin(j)
    assert os.path.isfile(os.path.join(out, 'pkg', 'JHello.class'))
    assert run_java(out, 'pkg.JHello').stdout == b'hello from jasmin\n'
    with pytest.raises(harness.CompileError):
        assemble_jasmin('.class public Bad\n.super java/lang/Object\n'
                        '.method public static main([Ljava/lang/String;)V\n'
                        '  bogusinsn\n  return\n.end method\n')


def test_compile_errors_are_loud():
    with pytest.raises(harness.CompileError) as e:
        compile_java({'Bad.java': 'class Bad { int x = "s"; }'})
    assert 'incompatible types' in str(e.value)
    with pytest.raises(harness.CompileError) as e:
        compile_cs({'Bad.cs': 'class Bad { int x = "s"; }'})
    assert 'CS0029' in str(e.value)


def test_compilation_is_cached():
    src = {'Cached.java': 'class Cached { public static void main(String[] a) '
           '{ System.out.println(1); } }'}
    out1 = compile_java(src)
    cls = os.path.join(out1, 'Cached.class')
    mtime = os.path.getmtime(cls)
    assert compile_java(src) == out1
    assert os.path.getmtime(cls) == mtime          # not recompiled
    src2 = {'Cached.java': src['Cached.java'].replace('(1)', '(2)')}
    out2 = compile_java(src2)
    assert out2 != out1
    assert run_java(out2, 'Cached').stdout == b'2\n'
    # flags are part of the key
    assert compile_java(src, flags=harness.JAVAC_INLINE_CONCAT) != out1


def test_compile_from_paths(tmpdir):
    p = tmpdir.join('FromFile.java')
    p.write('class FromFile { public static void main(String[] a) '
            '{ System.out.println("file"); } }')
    out = compile_java([str(p)])
    assert run_java(out, 'FromFile').stdout == b'file\n'
    p.write(p.read().replace('"file"', '"changed"'))
    out2 = compile_java([str(p)])
    assert out2 != out
    assert run_java(out2, 'FromFile').stdout == b'changed\n'


def test_assert_same_detects_differences():
    a = Result(b'1\n2\n3\n', b'', 0)
    assert_same(a, Result(b'1\n2\n3\n', b'', 0))
    # stderr is only compared when the expected run wrote some
    assert_same(a, Result(b'1\n2\n3\n', b'some warning\n', 0))

    with pytest.raises(AssertionError) as e:
        assert_same(a, Result(b'1\nTWO\n3\n', b'Traceback...\n', 0))
    msg = str(e.value)
    assert 'stdout differs' in msg
    assert '-2' in msg and '+TWO' in msg          # unified diff
    assert 'Traceback...' in msg                   # actual stderr shown

    with pytest.raises(AssertionError) as e:
        assert_same(a, Result(b'1\n2\n3\n', b'', 1))
    assert 'exit status differs' in str(e.value)

    exc = Result(b'', b'Exception in thread "main" java.lang.Error: x\n\tat A.main\n', 1)
    assert_same(exc, Result(b'', b'Exception in thread "main" java.lang.Error: x\n'
                                 b'\tat elsewhere\n', 1))
    with pytest.raises(AssertionError) as e:
        assert_same(exc, Result(b'', b'Exception in thread "main" java.lang.Error: y\n', 1))
    assert 'first line of stderr differs' in str(e.value)
    assert_same(exc, Result(b'', b'other\n', 1), compare_stderr_first_line=False)


def test_timeout():
    src = {'Spin.java': 'class Spin { public static void main(String[] a) '
           '{ System.out.println("start"); System.out.flush(); '
           'while (true) {} } }'}
    with pytest.raises(harness.Timeout) as e:
        run_java(compile_java(src), 'Spin', timeout=3)
    assert 'timed out after 3' in str(e.value)


def test_parley_command_selection():
    # does not run the VM: only checks which command would be used
    cmd = harness.parley_command()
    if harness.translated():
        assert cmd == [os.environ['PARLEY_BIN']]
        assert harness.parley_timeout() <= 60 or 'PARLEY_TIMEOUT' in os.environ
    else:
        assert cmd[-1] == os.path.join(harness.REPO, 'targetparley.py')
        assert cmd[0].endswith('python')


def test_missing_tool_fails_loudly():
    with pytest.raises(harness.HarnessError) as e:
        harness.find_tool('no-such-compiler-xyz')
    assert 'make setup' in str(e.value)
