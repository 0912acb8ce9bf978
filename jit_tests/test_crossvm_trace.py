"""On bin/parley: the loop of a hot Java method that calls a C# static
method in every iteration contains the C# method's work inline -- no call
into either interpreter, no call_assembler, the callee frame virtual."""
import os
import pytest
from harness import (compile_java, compile_cs, parley_stubs, run_parley_java,
                     translated, BUILD_ROOT)
from tracelog import read_loops

pytestmark = pytest.mark.skipif(not translated(),
                                reason='needs bin/parley: run `make jit-test`')

CALC_CS = '''
public class Calc {
    public static int Add(int a, int b) { return a + b; }
    public static int Mix(int a, int b) { return (a ^ b) * 3 + 1; }
}
'''

LOOP_JAVA = '''
import cli.Calc;
public class CrossLoop {
    static int run(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s = Calc.Add(s, i);
        }
        return s;
    }
    public static void main(String[] args) {
        System.out.println(run(Integer.parseInt(args[0])));
    }
}
'''


def traced_loops(tmpdir):
    dll = compile_cs({'Calc.cs': CALC_CS}, out='Calc.dll', target='library')
    stubs = parley_stubs([dll])
    classes = compile_java({'CrossLoop.java': LOOP_JAVA}, classpath=[stubs])
    log = str(tmpdir.join('jit.log'))
    env = dict(os.environ, PYPYLOG='jit-log-opt:' + log)
    res = run_parley_java(classes, 'CrossLoop', ['100000'], references=[dll],
                          env=env)
    assert res.status == 0, res.stderr
    assert res.stdout == b'%d\n' % _java_int(99999 * 100000 // 2)
    return read_loops(log)


def _java_int(v):
    v &= 0xffffffff
    return v - (1 << 32) if v >= 1 << 31 else v


def test_cross_vm_call_is_inlined(tmpdir):
    loops = traced_loops(tmpdir)
    assert loops, 'the JIT compiled no loop'
    candidates = [l for l in loops
                  if any(m.startswith('jvm CrossLoop.run') for m in l.merge_points())]
    assert candidates, [l.title for l in loops]
    loop = candidates[-1]
    body = loop.body()
    points = loop.merge_points(body)
    # the C# method's bytecodes were traced inside the Java loop
    assert any(p.startswith('clr Calc::Add@IL_') for p in points), points
    assert any(p.startswith('jvm CrossLoop.run@') for p in points), points
    calls = [line for name, line in loop.operations(body)
             if name.startswith('call') or name.startswith('cond_call')]
    assert calls == [], '\n'.join(calls)
    # nothing is allocated in the loop: no frame, no argument list, no box
    news = [line for name, line in loop.operations(body)
            if name.startswith('new')]
    assert news == [], '\n'.join(news)


FUNC_LOOP_CS = '''
using System;
class FuncLoop {
    static int Run(Func<int, int> f, int n) {
        int s = 0;
        for (int i = 0; i < n; i++)
            s += f(i);
        return s;
    }
    static void Main(string[] args) {
        int k = args.Length > 1 ? 1 : 0;
        Console.WriteLine(Run(x => x + k, int.Parse(args[0])));
    }
}
'''


def test_delegate_invoke_is_inlined(tmpdir):
    # a C# loop invoking a closure through Func<int,int>: Invoke is a
    # plain call of the promoted target method, traced inside the loop
    from harness import run_parley
    exe = compile_cs({'FuncLoop.cs': FUNC_LOOP_CS}, out='FuncLoop.exe')
    log = str(tmpdir.join('jit.log'))
    env = dict(os.environ, PYPYLOG='jit-log-opt:' + log)
    res = run_parley([exe, '100000'], env=env)
    assert res.status == 0, res.stderr
    assert res.stdout == b'%d\n' % _java_int(99999 * 100000 // 2)
    loops = [l for l in read_loops(log)
             if any(m.startswith('clr FuncLoop::Run') for m in l.merge_points())]
    assert loops, 'the JIT compiled no loop of FuncLoop::Run'
    loop = loops[-1]
    body = loop.body()
    points = loop.merge_points(body)
    assert any('<Run>' in p or '<Main>' in p for p in points
               if not p.startswith('clr FuncLoop::Run')), points
    calls = [line for name, line in loop.operations(body)
             if name.startswith('call') or name.startswith('cond_call')]
    assert calls == [], '\n'.join(calls)
