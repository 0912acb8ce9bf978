"""Interop beyond Java calling C# static methods (issue 5): C# calling Java
through `parley stubs --csharp`, cross-VM inheritance and callbacks, and
the exception mapping of ../shared/INTEROP-CONVENTIONS.md.  Each mixed
program has an all-Java equivalent (same Main logic, the library written
in Java) whose output under `java` is the expected output."""
import os
import shutil
import tempfile
from harness import (compile_java, compile_cs, run_java, run_parley,
                     run_parley_java, parley_stubs, assert_same, HarnessError)

# ---- C# uses a Java library ---------------------------------------------------

WORDS_JAVA = '''
package text;
import java.util.*;
public class WordCounter {
  private final Map<String, Integer> counts = new HashMap<>();
  public int total;
  public static String VERSION = "1.0";
  public WordCounter() {}
  public void add(String line) {
    for (String w : line.split(" ")) {
      if (w.isEmpty()) continue;
      counts.merge(w.toLowerCase(), 1, Integer::sum);
      total++;
    }
  }
  public int count(String w) { return counts.getOrDefault(w, 0); }
  public List<String> top(int n) {
    List<String> ks = new ArrayList<>(counts.keySet());
    ks.sort((a, b) -> counts.get(b) - counts.get(a) != 0 ? counts.get(b) - counts.get(a) : a.compareTo(b));
    return ks.subList(0, Math.min(n, ks.size()));
  }
  public String toString() { return "WordCounter(" + total + ")"; }
  public static class Stats { public int words; public Stats(int w) { words = w; } public int twice() { return words * 2; } }
  public interface Visitor { void visit(String word, int count); }
  public void each(Visitor v) { for (Map.Entry<String,Integer> e : new TreeMap<>(counts).entrySet()) v.visit(e.getKey(), e.getValue()); }
  public void check(int n) {
    if (n < 0) throw new IllegalArgumentException("negative: " + n);
    if (n == 0) throw new IllegalStateException("zero");
  }
}
'''

APP_CS = '''
using System;
using text;
class PrintVisitor : WordCounter.Visitor {
  public void visit(string w, int c) { Console.WriteLine(w + "=" + c); }
}
class App {
  static void Main() {
    var wc = new WordCounter();
    wc.add("the quick brown fox jumps over the lazy dog the end");
    Console.WriteLine(wc.count("the") + " " + wc.total + " " + WordCounter.VERSION);
    Console.WriteLine(wc.ToString());
    Console.WriteLine(wc);
    java.util.List top = wc.top(2);
    Console.WriteLine(top.size() + " " + top.get(0) + " " + top.get(1));
    var st = new WordCounter.Stats(21);
    Console.WriteLine(st.twice());
    st.words = 5;
    Console.WriteLine(st.twice());
    wc.each(new PrintVisitor());
    try { wc.check(-1); } catch (ArgumentException e) { Console.WriteLine("AE " + e.Message); }
    try { wc.check(0); } catch (InvalidOperationException e) { Console.WriteLine("IOE " + e.Message); }
    try { wc.check(0); } catch (Exception e) { Console.WriteLine("E " + e.Message); }
    try { wc.check(-2); } catch (java.lang.IllegalArgumentException e) { Console.WriteLine("IAE " + e.getMessage()); }
    object o = wc;
    Console.WriteLine(o is WordCounter);
    Console.WriteLine(o == (object) wc);
  }
}
'''

# The same Main in Java: what the mixed program must print.
APP_JAVA = '''
import text.WordCounter;
public class App {
  public static void main(String[] args) {
    WordCounter wc = new WordCounter();
    wc.add("the quick brown fox jumps over the lazy dog the end");
    System.out.println(wc.count("the") + " " + wc.total + " " + WordCounter.VERSION);
    System.out.println(wc.toString());
    System.out.println(wc);
    java.util.List<String> top = wc.top(2);
    System.out.println(top.size() + " " + top.get(0) + " " + top.get(1));
    WordCounter.Stats st = new WordCounter.Stats(21);
    System.out.println(st.twice());
    st.words = 5;
    System.out.println(st.twice());
    wc.each((w, c) -> System.out.println(w + "=" + c));
    try { wc.check(-1); } catch (IllegalArgumentException e) { System.out.println("AE " + e.getMessage()); }
    try { wc.check(0); } catch (IllegalStateException e) { System.out.println("IOE " + e.getMessage()); }
    try { wc.check(0); } catch (Exception e) { System.out.println("E " + e.getMessage()); }
    try { wc.check(-2); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
    Object o = wc;
    System.out.println(o instanceof WordCounter ? "True" : "False");
    System.out.println(o == wc ? "True" : "False");
  }
}
'''


def csharp_stubs(classes, workdir):
    out = os.path.join(workdir, 'JavaLib.dll')
    res = run_parley(['stubs', '--csharp', out, classes])
    if res.status != 0:
        raise HarnessError('parley stubs --csharp failed: %r %r' % (res.stdout, res.stderr))
    return out


def test_csharp_uses_java_library():
    lib = compile_java({'text/WordCounter.java': WORDS_JAVA})
    app = compile_java({'App.java': APP_JAVA}, classpath=[lib])
    expected = run_java(os.pathsep.join([app, lib]), 'App')
    assert expected.status == 0, expected.stderr
    work = tempfile.mkdtemp(prefix='parley-cs-java-')
    try:
        stubs = csharp_stubs(lib, work)
        exe = os.path.join(work, 'App.exe')
        src = os.path.join(work, 'App.cs')
        with open(src, 'w') as f:
            f.write(APP_CS)
        assert os.system('mcs -nowarn:108,114 -r:%s -out:%s %s > %s/mcs.log 2>&1'
                         % (stubs, exe, src, work)) == 0, open(work + '/mcs.log').read()
        actual = run_parley(['-cp', lib, exe])
        assert_same(expected, actual, expected_name='java (all-Java)',
                    actual_name='parley (C#+Java)')
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---- Java extends C#, callbacks both ways, exception mapping ------------------

HOST_CS = '''
using System;
namespace Host {
  public class Shape {
    public string Name;
    public Shape(string n) { Name = n; }
    public virtual double Area() { return 0; }
    public string Describe() { return Name + " area " + (int) Area(); }
    public override string ToString() { return "Shape " + Name; }
  }
  public interface ICallback { int Call(int x); }
  public class Runner {
    public static int Run(ICallback cb, int n) { int s = 0; for (int i = 0; i < n; i++) s += cb.Call(i); return s; }
    public static int Total(Shape[] shapes) { double t = 0; foreach (var s in shapes) t += s.Area(); return (int) t; }
    public static int Nested(ICallback cb, int depth) { return depth == 0 ? cb.Call(100) : Nested(cb, depth - 1) + 1; }
    public static void Boom(int k) {
      if (k == 0) throw new InvalidOperationException("bad state");
      if (k == 1) { object o = null; o.ToString(); }
      if (k == 2) { int[] a = new int[1]; a[3] = 1; }
      if (k == 3) throw new ArgumentException("bad arg");
      if (k == 4) { int z = 0; Console.WriteLine(10 / z); }
      if (k == 5) throw new NotSupportedException("nope");
      if (k == 6) { object s = "str"; Console.WriteLine((Shape) s); }
    }
  }
}
'''

HOST_JAVA = '''
package cli.Host;
public class Shape {
  public String Name;
  public Shape(String n) { Name = n; }
  public double Area() { return 0; }
  public String Describe() { return Name + " area " + (int) Area(); }
  @Override public String toString() { return "Shape " + Name; }
}
'''
ICALLBACK_JAVA = '''
package cli.Host;
public interface ICallback { int Call(int x); }
'''
RUNNER_JAVA = '''
package cli.Host;
public class Runner {
  public static int Run(ICallback cb, int n) { int s = 0; for (int i = 0; i < n; i++) s += cb.Call(i); return s; }
  public static int Total(Shape[] shapes) { double t = 0; for (Shape s : shapes) t += s.Area(); return (int) t; }
  public static int Nested(ICallback cb, int depth) { return depth == 0 ? cb.Call(100) : Nested(cb, depth - 1) + 1; }
  public static void Boom(int k) {
    if (k == 0) throw new IllegalStateException("bad state");
    if (k == 1) { Object o = null; o.toString(); }
    if (k == 2) { int[] a = new int[1]; a[3] = 1; }
    if (k == 3) throw new IllegalArgumentException("bad arg");
    if (k == 4) { int z = 0; System.out.println(10 / z); }
    if (k == 5) throw new UnsupportedOperationException("nope");
    if (k == 6) { Object s = "str"; System.out.println((Shape) s); }
  }
}
'''

PLUGIN_JAVA = '''
import cli.Host.*;
public class Main {
  static class Circle extends Shape {
    int r;
    Circle(int r) { super("circle"); this.r = r; }
    @Override public double Area() { return 3 * r * r; }
    @Override public String toString() { return "Circle r=" + r; }
  }
  public static void main(String[] args) {
    Shape c = new Circle(2);
    System.out.println(c.Describe());
    System.out.println(c.toString());
    System.out.println(new Shape("plain"));
    System.out.println(Runner.Total(new Shape[] { c, new Shape("none"), new Circle(1) }));
    System.out.println(Runner.Run(new ICallback() { public int Call(int x) { return x * x; } }, 5));
    System.out.println(Runner.Run(x -> x + 1, 4));
    System.out.println(Runner.Nested(x -> Runner.Run(y -> y + x, 3), 5));
    for (int k = 0; k < 7; k++) {
      try { Runner.Boom(k); System.out.println("no exception"); }
      catch (IllegalStateException e) { System.out.println("ISE " + e.getMessage()); }
      catch (NullPointerException e) { System.out.println("NPE"); }
      catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE"); }
      catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
      catch (ArithmeticException e) { System.out.println("AE"); }
      catch (UnsupportedOperationException e) { System.out.println("UOE " + e.getMessage()); }
      catch (ClassCastException e) { System.out.println("CCE"); }
      finally { System.out.println("finally " + k); }
    }
    try { Runner.Boom(0); } catch (RuntimeException e) { System.out.println("RTE " + (e instanceof RuntimeException)); }
  }
}
'''


def test_java_extends_csharp_callbacks_and_exception_mapping():
    dll = compile_cs({'Host.cs': HOST_CS}, out='Host.dll', target='library')
    stubs = parley_stubs([dll])
    classes = compile_java({'Main.java': PLUGIN_JAVA}, classpath=[stubs])
    reference = compile_java({'Main.java': PLUGIN_JAVA,
                              'cli/Host/Shape.java': HOST_JAVA,
                              'cli/Host/ICallback.java': ICALLBACK_JAVA,
                              'cli/Host/Runner.java': RUNNER_JAVA})
    expected = run_java(reference, 'Main')
    assert expected.status == 0, expected.stderr
    actual = run_parley_java(classes, 'Main', references=[dll])
    assert_same(expected, actual, expected_name='java (all-Java)',
                actual_name='parley (Java+C#)')
