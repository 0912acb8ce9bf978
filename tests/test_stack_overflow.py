"""Unbounded recursion is a catchable StackOverflowError in Java and an
uncaught System.StackOverflowException report in C#, never a crash of the
VM (compared with java / mono)."""
from harness import (compile_java, compile_cs, run_java, run_mono,
                     run_parley, run_parley_java, assert_same)

DEEP_JAVA = '''
public class Deep {
    static int depth = 0;
    static void down() { depth++; down(); }
    public static void main(String[] args) {
        try { down(); }
        catch (StackOverflowError e) { System.out.println("caught: " + (depth > 1000)); }
        depth = 0;
        down();
    }
}'''

DEEP_CS = '''
using System;
class Deep {
    static int depth;
    static void Down() { depth++; Down(); }
    static void Main() { Console.WriteLine("start"); Down(); }
}'''


def test_java_stack_overflow_is_catchable_then_reported():
    out = compile_java({'Deep.java': DEEP_JAVA})
    expected = run_java(out, 'Deep')
    actual = run_parley_java(out, 'Deep', timeout=600)
    assert_same(expected, actual)
    assert actual.stderr.count(b'\tat Deep.down') <= 1024


def test_csharp_stack_overflow_is_reported():
    exe = compile_cs({'Deep.cs': DEEP_CS}, out='Deep.exe')
    expected = run_mono(exe)
    actual = run_parley([exe], timeout=600)
    assert_same(expected, actual)
    assert b'StackOverflowException' in actual.stderr
