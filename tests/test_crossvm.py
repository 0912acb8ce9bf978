"""Java calling C#: the Java program is compiled against stubs that
`parley stubs --java` writes from the C# assembly; the expected output is
that of the equivalent all-Java program (same Main, with the library
written in Java under the same name) under `java`."""
import os
from harness import (compile_java, compile_cs, run_java, run_mono, run_parley_java,
                     parley_stubs, assert_same)

GEOMETRY_CS = '''
namespace Geometry {
  public class Point {
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public static int Add(int a, int b) { return a + b; }
    public int LengthSquared() { return X * X + Y * Y; }
    public string Describe(string label) { return label + "(" + X + ", " + Y + ")"; }
    public static string Greet(string who) { return "Hello, " + who + "!"; }
    public static int Fail(int n) { if (n > 2) throw new System.InvalidOperationException("too big: " + n); return n; }
  }
}
'''

# The same library in Java, in the package the stubs use.
GEOMETRY_JAVA = '''
package cli.Geometry;
public class Point {
  public int X, Y;
  public Point(int x, int y) { X = x; Y = y; }
  public static int Add(int a, int b) { return a + b; }
  public int LengthSquared() { return X * X + Y * Y; }
  public String Describe(String label) { return label + "(" + X + ", " + Y + ")"; }
  public static String Greet(String who) { return "Hello, " + who + "!"; }
}
'''

MAIN_JAVA = '''
import cli.Geometry.Point;
public class Main {
  public static void main(String[] args) {
    System.out.println(Point.Add(2, 3));
    Point p = new Point(3, 4);
    System.out.println(p.LengthSquared());
    System.out.println(p.Describe("p"));
    System.out.println(Point.Greet("Java"));
    int s = 0;
    for (int i = 0; i < 300; i++) s = Point.Add(s, i);
    System.out.println(s);
    Point q = new Point(-1, 7);
    System.out.println(q.Describe("q") + " " + q.LengthSquared());
  }
}
'''


def _build():
    dll = compile_cs({'Geometry.cs': GEOMETRY_CS}, out='Geometry.dll',
                     target='library')
    stubs = parley_stubs([dll])
    assert os.path.exists(os.path.join(stubs, 'cli', 'Geometry', 'Point.class'))
    classes = compile_java({'Main.java': MAIN_JAVA}, classpath=[stubs])
    return dll, classes


def test_java_calls_csharp_static_and_instance_methods():
    dll, classes = _build()
    reference = compile_java({'Main.java': MAIN_JAVA,
                              'cli/Geometry/Point.java': GEOMETRY_JAVA})
    expected = run_java(reference, 'Main')
    assert expected.status == 0, expected.stderr
    actual = run_parley_java(classes, 'Main', references=[dll])
    assert_same(expected, actual, expected_name='java (all-Java)',
                actual_name='parley (Java+C#)')


def test_csharp_exception_crosses_into_java_report():
    dll, _ = _build()
    classes = compile_java({'Thrower.java': '''
import cli.Geometry.Point;
public class Thrower {
  public static void main(String[] args) {
    System.out.println(Point.Fail(1));
    System.out.println(Point.Fail(5));
  }
}'''}, classpath=[parley_stubs([dll])])
    res = run_parley_java(classes, 'Thrower', references=[dll])
    assert res.stdout == b'1\n'
    assert res.status == 1
    lines = res.stderr.decode('utf-8').splitlines()
    # Mono-style report (the C# code threw), with the frames of both VMs
    # in order, each in its own VM's notation.
    assert lines[0] == ''
    assert lines[1] == 'Unhandled Exception:'
    assert lines[2] == 'System.InvalidOperationException: too big: 5'
    assert lines[3].startswith('  at Geometry.Point.Fail ')
    assert lines[4] == '\tat Thrower.main(Thrower.java:6)'


def test_stubs_cover_corlib():
    dll = compile_cs({'Geometry.cs': GEOMETRY_CS}, out='Geometry.dll',
                     target='library')
    stubs = parley_stubs([dll])
    # INTEROP-CONVENTIONS: exceptions, the Func/Action/Predicate/Comparison/
    # EventHandler delegates and the collections are always there
    for name in ['Console', 'Exception', 'InvalidOperationException',
                 'Func$$00602', 'Action$$00601', 'Predicate$$00601',
                 'Comparison$$00601', 'EventHandler', 'EventHandler$$00601',
                 'EventArgs']:
        assert os.path.exists(os.path.join(stubs, 'cli', 'System', name + '.class')), name
    for name in ['List$$00601', 'Dictionary$$00602', 'HashSet$$00601']:
        assert os.path.exists(os.path.join(stubs, 'cli', 'System', 'Collections',
                                           'Generic', name + '.class')), name
    # javac accepts catching a CLR exception without `throws` clauses
    classes = compile_java({'C.java': '''
public class C {
  public static void main(String[] args) {
    try { cli.System.Console.WriteLine("from java via the CLR corlib"); }
    catch (cli.System.InvalidOperationException e) { }
  }
}'''}, classpath=[stubs])
    res = run_parley_java(classes, 'C')
    assert res.status == 0, res.stderr
    assert res.stdout == b'from java via the CLR corlib\n'


RUNNER_CS = '''
namespace Lib {
  public interface ICb { int Call(int x); }
  public class Runner {
    public static int Twice(ICb cb, int x) {
      int a = cb.Call(x);
      int b = cb.Call(a);
      return a + b;
    }
  }
}
'''

RUNNER_MAIN_JAVA = '''
import cli.Lib.*;
public class Main {
  public static void main(String[] args) {
    System.out.println(Runner.Twice(x -> x + 1, 1));
    System.out.println(Runner.Twice(x -> { if (x > 5) throw new IllegalStateException("cb " + x); return x * 3; }, 2));
  }
}
'''

# the same callback written in C#: Mono's report names the C# frame
RUNNER_MAIN_CS = '''
using System;
using Lib;
class Cb : ICb { public int Call(int x) { if (x > 5) throw new InvalidOperationException("cb " + x); return x * 3; } }
class App { static void Main() { Console.WriteLine(Runner.Twice(new Cb(), 2)); } }
'''


def test_csharp_frame_in_java_trace_is_monos():
    # A Java exception thrown in a Java lambda that C# calls: its trace (taken
    # when it is constructed) shows the C# frame as Mono shows it (method,
    # parameters, IL offset of the call that was running, MVID)
    dll = compile_cs({'Lib.cs': RUNNER_CS}, out='Lib.dll', target='library')
    mono_res = run_mono(compile_cs({'App.cs': RUNNER_MAIN_CS}, references=[dll],
                                   outdir=os.path.dirname(dll)))
    assert mono_res.status == 1
    want = [l for l in mono_res.stderr.decode('utf-8').splitlines()
            if l.startswith('  at Lib.Runner.Twice ')]
    assert len(want) == 2, mono_res.stderr        # the report prints it twice
    classes = compile_java({'Main.java': RUNNER_MAIN_JAVA}, classpath=[parley_stubs([dll])])
    res = run_parley_java(classes, 'Main', references=[dll])
    assert res.stdout == b'5\n'
    assert res.status == 1
    lines = res.stderr.decode('utf-8').splitlines()
    assert lines[0] == 'Exception in thread "main" java.lang.IllegalStateException: cb 6'
    assert lines[1] == '\tat Main.lambda$main$1(Main.java:6)'
    assert lines[2] == want[0]
    assert lines[3] == '\tat Main.main(Main.java:6)'


USE_COLLECTIONS_JAVA = '''
import cli.System.Collections.Generic.*;
public class UseList {
  public static void main(String[] args) {
    List$$00601 l = new List$$00601();
    l.Add("b"); l.Add("a"); l.Add(Integer.valueOf(3).toString());
    System.out.println(l.get_Count() + " " + l.get_Item(0) + " " + (l.Contains("a") ? "yes" : "no"));
    l.Sort();
    System.out.println(l.get_Item(0) + "," + l.get_Item(1) + "," + l.get_Item(2));
    Dictionary$$00602 d = new Dictionary$$00602();
    d.Add("k", "v"); d.set_Item("k2", 5);
    System.out.println(d.get_Count() + " " + d.get_Item("k") + " " + (d.ContainsKey("k2") ? "yes" : "no") + " " + d.get_Item("k2"));
    cli.System.Func$$00602 f = x -> "f(" + x + ")";
    System.out.println(f.Invoke("y"));
  }
}
'''

USE_COLLECTIONS_CS = '''
using System;
using System.Collections.Generic;
class UseList {
  static void Main() {
    var l = new List<object>();
    l.Add("b"); l.Add("a"); l.Add(3.ToString());
    Console.WriteLine(l.Count + " " + l[0] + " " + (l.Contains("a") ? "yes" : "no"));
    l.Sort();
    Console.WriteLine(l[0] + "," + l[1] + "," + l[2]);
    var d = new Dictionary<object, object>();
    d.Add("k", "v"); d["k2"] = 5;
    Console.WriteLine(d.Count + " " + d["k"] + " " + (d.ContainsKey("k2") ? "yes" : "no") + " " + d["k2"]);
    Func<object, object> f = x => "f(" + x + ")";
    Console.WriteLine(f("y"));
  }
}
'''


def test_java_uses_corlib_generic_collections():
    # the stubs name generic types by their definitions (List$$00601
    # implements IList$$00601, not an instantiation); Java gets the
    # instantiation over object, as the same C# program does
    dll = compile_cs({'Geometry.cs': GEOMETRY_CS}, out='Geometry.dll',
                     target='library')
    expected = run_mono(compile_cs({'UseList.cs': USE_COLLECTIONS_CS}))
    assert expected.status == 0, expected.stderr
    classes = compile_java({'UseList.java': USE_COLLECTIONS_JAVA},
                           classpath=[parley_stubs([dll])])
    actual = run_parley_java(classes, 'UseList', references=[dll])
    assert_same(expected, actual, expected_name='mono (all-C#)',
                actual_name='parley (Java using C# collections)')
