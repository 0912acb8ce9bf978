"""Interop beyond Java calling C# static methods (issue 5): C# calling Java
through `parley stubs --csharp`, cross-VM inheritance and callbacks, and
the exception mapping of ../shared/INTEROP-CONVENTIONS.md.  Each mixed
program has an all-Java equivalent (same Main logic, the library written
in Java) whose output under `java` is the expected output."""
import os
import shutil
import tempfile
from harness import (compile_java, compile_cs, run_java, run_mono, run_parley,
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


def run_csharp_on_java(stub_classes, run_classes, cs_source, prefix):
    """Compile cs_source with mcs against `parley stubs --csharp` of the
    Java classes stub_classes, and run it on Parley with run_classes (the
    same classes, or changed ones) on the class path."""
    work = tempfile.mkdtemp(prefix=prefix)
    try:
        stubs = csharp_stubs(stub_classes, work)
        exe = os.path.join(work, 'App.exe')
        src = os.path.join(work, 'App.cs')
        with open(src, 'w') as f:
            f.write(cs_source)
        assert os.system('mcs -nowarn:108,114 -r:%s -out:%s %s > %s/mcs.log 2>&1'
                         % (stubs, exe, src, work)) == 0, open(work + '/mcs.log').read()
        return run_parley(['-cp', run_classes, exe])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_csharp_uses_java_library():
    lib = compile_java({'text/WordCounter.java': WORDS_JAVA})
    app = compile_java({'App.java': APP_JAVA}, classpath=[lib])
    expected = run_java(os.pathsep.join([app, lib]), 'App')
    assert expected.status == 0, expected.stderr
    actual = run_csharp_on_java(lib, lib, APP_CS, 'parley-cs-java-')
    assert_same(expected, actual, expected_name='java (all-Java)',
                actual_name='parley (C#+Java)')


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


# ---- delegates: Java lambdas as C# delegates, C# delegates called from Java ----

CALC_CS = '''
using System;
namespace Calc {
  public delegate int IntOp(int x);
  public class Ops {
    public static int Apply(Func<int, int> f, int v) { return f(v) + 1; }
    public static string Greet(Func<string, string> f) { return f("world"); }
    public static void Each(Action<string> a) { a("one"); a("two"); }
    public static int Twice(IntOp op, int v) { return op(op(v)); }
    public static Func<int, int> Adder(int k) { return x => x + k; }
    public static IntOp Doubler() { return x => 2 * x; }
    public static double Area(Func<double, double> f) { return f(2.0); }
    public static bool Test(Predicate<string> p) { return p("abc"); }
  }
}
'''

CALC_MAIN_JAVA = '''
import cli.Calc.*;
public class Main {
  public static void main(String[] args) {
    System.out.println(Ops.Apply(x -> (Integer) x * 10, 4));
    System.out.println(Ops.Greet(s -> "hello " + s));
    Ops.Each(s -> System.out.println("item " + s));
    System.out.println(Ops.Twice(x -> x + 3, 1));
    cli.System.Func$$00602 add5 = Ops.Adder(5);
    System.out.println(add5.Invoke(10));
    IntOp d = Ops.Doubler();
    System.out.println(d.Invoke(21));
    System.out.println(Ops.Area(r -> 3.0 * (Double) r * (Double) r));
    System.out.println(Ops.Test(s -> ((String) s).length() == 3));
  }
}
'''

# The all-Java equivalent: the delegate types as the interfaces Java sees.
CALC_JAVA = {
    'cli/System/Func$$00602.java': 'package cli.System; public interface Func$$00602 { Object Invoke(Object a); }',
    'cli/System/Action$$00601.java': 'package cli.System; public interface Action$$00601 { void Invoke(Object a); }',
    'cli/System/Predicate$$00601.java': 'package cli.System; public interface Predicate$$00601 { boolean Invoke(Object a); }',
    'cli/Calc/IntOp.java': 'package cli.Calc; public interface IntOp { int Invoke(int x); }',
    'cli/Calc/Ops.java': '''
package cli.Calc;
import cli.System.*;
public class Ops {
  public static int Apply(Func$$00602 f, int v) { return (Integer) f.Invoke(v) + 1; }
  public static String Greet(Func$$00602 f) { return (String) f.Invoke("world"); }
  public static void Each(Action$$00601 a) { a.Invoke("one"); a.Invoke("two"); }
  public static int Twice(IntOp op, int v) { return op.Invoke(op.Invoke(v)); }
  public static Func$$00602 Adder(int k) { return x -> (Integer) x + k; }
  public static IntOp Doubler() { return x -> 2 * x; }
  public static double Area(Func$$00602 f) { return (Double) f.Invoke(2.0); }
  public static boolean Test(Predicate$$00601 p) { return p.Invoke("abc"); }
}''',
}


def test_delegates_and_java_lambdas():
    dll = compile_cs({'Calc.cs': CALC_CS}, out='Calc.dll', target='library')
    stubs = parley_stubs([dll])
    classes = compile_java({'Main.java': CALC_MAIN_JAVA}, classpath=[stubs])
    srcs = dict(CALC_JAVA)
    srcs['Main.java'] = CALC_MAIN_JAVA
    expected = run_java(compile_java(srcs), 'Main')
    assert expected.status == 0, expected.stderr
    actual = run_parley_java(classes, 'Main', references=[dll])
    assert_same(expected, actual, expected_name='java (all-Java)',
                actual_name='parley (Java+C#)')


# ---- structs, ref/out and properties seen from Java ---------------------------

GEO_CS = '''
namespace Geo {
  public struct Pt { public int X, Y; public Pt(int x, int y) { X = x; Y = y; }
    public int Sum() { return X + Y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; } }
  public class Holder { public Pt P = new Pt(1, 2); public Pt Get() { return P; }
    public static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    public static bool TryHalf(int v, out int half) { half = v / 2; return v % 2 == 0; }
    public void Move(Pt d) { P.X += d.X; P.Y += d.Y; d.X = 99; }
    public int Count { get; set; } }
}
'''

GEO_MAIN_JAVA = '''
import cli.Geo.*;
public class Main {
  public static void main(String[] a) {
    Holder h = new Holder();
    Pt p = h.Get(); p.X = 50; System.out.println(h.Get() + " " + p);
    Pt f = h.P; f.Y = 70; System.out.println(h.P + " " + f);
    Pt d = new Pt(1, 1); h.Move(d); System.out.println(h.P + " " + d);
    System.out.println(new Pt(3, 4).Sum());
    int[] x = {1}, y = {2}; Holder.Swap(x, y); System.out.println(x[0] + " " + y[0]);
    int[] half = {0}; boolean even = Holder.TryHalf(9, half);
    System.out.println((even ? "even" : "odd") + " " + half[0]);
    h.set_Count(5); System.out.println(h.get_Count());
  }
}
'''

# The same Main in C#: the struct semantics the conventions promise.
GEO_MAIN_CS = '''
using System;
using Geo;
class Main_ { static void Main() {
    Holder h = new Holder();
    Pt p = h.Get(); p.X = 50; Console.WriteLine(h.Get() + " " + p);
    Pt f = h.P; f.Y = 70; Console.WriteLine(h.P + " " + f);
    Pt d = new Pt(1, 1); h.Move(d); Console.WriteLine(h.P + " " + d);
    Console.WriteLine(new Pt(3, 4).Sum());
    int x = 1, y = 2; Holder.Swap(ref x, ref y); Console.WriteLine(x + " " + y);
    int half; bool even = Holder.TryHalf(9, out half);
    Console.WriteLine((even ? "even" : "odd") + " " + half);
    h.Count = 5; Console.WriteLine(h.Count);
} }
'''


def test_structs_ref_out_and_properties_from_java():
    dll = compile_cs({'Geo.cs': GEO_CS}, out='Geo.dll', target='library')
    expected = run_mono(compile_cs({'Main.cs': GEO_MAIN_CS}, references=[dll]))
    assert expected.status == 0, expected.stderr
    stubs = parley_stubs([dll])
    classes = compile_java({'Main.java': GEO_MAIN_JAVA}, classpath=[stubs])
    actual = run_parley_java(classes, 'Main', references=[dll])
    assert_same(expected, actual, expected_name='mono (all-C#)',
                actual_name='parley (Java+C#)')


# ---- a C# class extends a Java class --------------------------------------------

SHAPE_JAVA = '''
package shapes;
public abstract class Shape {
  protected String name;
  public Shape(String name) { this.name = name; }
  public abstract double area();
  public String describe() { return name + " with area " + (int) area(); }
  public static String describeAll(Shape[] s) { StringBuilder b = new StringBuilder();
    for (Shape x : s) b.append(x.describe()).append("; "); return b.toString(); }
}
'''
SHAPE_CS = '''
namespace shapes {
public abstract class Shape {
  protected string name;
  public Shape(string name) { this.name = name; }
  public abstract double area();
  public string describe() { return name + " with area " + (int) area(); }
  public static string describeAll(Shape[] s) { var b = new System.Text.StringBuilder();
    foreach (Shape x in s) b.Append(x.describe()).Append("; "); return b.ToString(); }
} }
'''
SQUARE_CS = '''
using System;
class Square : shapes.Shape {
  double side;
  public Square(double s) : base("square") { side = s; }
  public override double area() { return side * side; }
}
class App { static void Main() {
  var q = new Square(3);
  Console.WriteLine(q.describe());
  Console.WriteLine(shapes.Shape.describeAll(new shapes.Shape[] { q, new Square(2) }));
} }
'''


def test_csharp_extends_java_class():
    expected = run_mono(compile_cs({'Shape.cs': SHAPE_CS, 'App.cs': SQUARE_CS}))
    assert expected.status == 0, expected.stderr
    lib = compile_java({'shapes/Shape.java': SHAPE_JAVA})
    actual = run_csharp_on_java(lib, lib, SQUARE_CS, 'parley-cs-extends-')
    assert_same(expected, actual, expected_name='mono (all-C#)',
                actual_name='parley (C# extends Java)')


# ---- C# lambdas where Java expects a functional interface -----------------------

PIPELINE_JAVA = '''
package fn;
import java.util.*;
import java.util.function.*;
public class Pipeline {
  public interface Step { String apply(String s); }
  private final List<Step> steps = new ArrayList<>();
  private Runnable onDone;
  public Pipeline() {}
  public Pipeline(Runnable onDone) { this.onDone = onDone; }
  public Pipeline add(Step s) { steps.add(s); return this; }
  public String run(String input) {
    String s = input;
    for (Step st : steps) s = st.apply(s);
    if (onDone != null) onDone.run();
    return s;
  }
  public static int applyTwice(IntUnaryOperator f, int x) { return f.applyAsInt(f.applyAsInt(x)); }
  public static int combine(IntBinaryOperator op, int a, int b) { return op.applyAsInt(a, b); }
  public static Object map(Function<Object, Object> f, Object x) { return f.apply(x); }
  public static int count(List<String> xs, Predicate<String> p) { int n = 0; for (String x : xs) if (p.test(x)) n++; return n; }
  public static void each(List<String> xs, Consumer<String> c) { for (String x : xs) c.accept(x); }
  public static String describe(Supplier<String> s) { return "[" + s.get() + "]"; }
  public static Step keep(Step s) { return s; }
  public static String twice(Step s, String x) { return s.apply(s.apply(x)); }
}
'''

# C# lambdas through the NameDelegate overloads of the stubs
LAMBDAS_CS = '''
using System;
using fn;
class App {
  static void Main() {
    var p = new Pipeline(() => Console.WriteLine("done"));
    p.add(s => s.ToUpper()).add(s => s + "!");
    Console.WriteLine(p.run("hello"));
    Console.WriteLine(Pipeline.applyTwice(x => x * 3, 7));
    int captured = 10;
    Console.WriteLine(Pipeline.combine((a, b) => a * b + captured, 3, 4));
    Console.WriteLine(Pipeline.map(o => (string) o + "?", "what"));
    var words = new java.util.ArrayList();
    words.add("apple"); words.add("kiwi"); words.add("banana"); words.add("fig");
    Console.WriteLine(Pipeline.count(words, w => ((string) w).Length > 3));
    Pipeline.each(words, w => Console.WriteLine("- " + w));
    words.forEach(w => Console.WriteLine("* " + w));
    words.removeIf(w => ((string) w).StartsWith("k"));
    words.sort((a, b) => string.CompareOrdinal((string) b, (string) a));
    Console.WriteLine(words.size() + " " + words.get(0) + " " + words.get(2));
    Console.WriteLine(Pipeline.describe(() => "sup"));
    Console.WriteLine(Pipeline.applyTwice(x => Pipeline.applyTwice(y => y + 1, x), 0));
    Pipeline.StepDelegate d = s => s + "?";
    Pipeline.Step st = Pipeline.keep(d);
    Console.WriteLine(object.ReferenceEquals(st, d) ? "same" : "copy");
    Console.WriteLine(st.apply("x") + " " + d("y") + " " + Pipeline.twice(d, "z"));
    try {
      Pipeline.applyTwice(x => { throw new InvalidOperationException("in lambda " + x); }, 1);
    } catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
  }
}
'''

LAMBDAS_JAVA = '''
import fn.Pipeline;
import java.util.ArrayList;
public class App {
  public static void main(String[] args) {
    Pipeline p = new Pipeline(() -> System.out.println("done"));
    p.add(s -> s.toUpperCase()).add(s -> s + "!");
    System.out.println(p.run("hello"));
    System.out.println(Pipeline.applyTwice(x -> x * 3, 7));
    int captured = 10;
    System.out.println(Pipeline.combine((a, b) -> a * b + captured, 3, 4));
    System.out.println(Pipeline.map(o -> (String) o + "?", "what"));
    ArrayList<String> words = new ArrayList<>();
    words.add("apple"); words.add("kiwi"); words.add("banana"); words.add("fig");
    System.out.println(Pipeline.count(words, w -> w.length() > 3));
    Pipeline.each(words, w -> System.out.println("- " + w));
    words.forEach(w -> System.out.println("* " + w));
    words.removeIf(w -> w.startsWith("k"));
    words.sort((a, b) -> b.compareTo(a));
    System.out.println(words.size() + " " + words.get(0) + " " + words.get(2));
    System.out.println(Pipeline.describe(() -> "sup"));
    System.out.println(Pipeline.applyTwice(x -> Pipeline.applyTwice(y -> y + 1, x), 0));
    Pipeline.Step d = s -> s + "?";
    Pipeline.Step st = Pipeline.keep(d);
    System.out.println(st == d ? "same" : "copy");
    System.out.println(st.apply("x") + " " + d.apply("y") + " " + Pipeline.twice(d, "z"));
    try {
      Pipeline.applyTwice(x -> { throw new IllegalStateException("in lambda " + x); }, 1);
    } catch (IllegalStateException e) { System.out.println("caught " + e.getMessage()); }
  }
}
'''


def test_csharp_lambdas_for_java_functional_interfaces():
    lib = compile_java({'fn/Pipeline.java': PIPELINE_JAVA})
    app = compile_java({'App.java': LAMBDAS_JAVA}, classpath=[lib])
    expected = run_java(os.pathsep.join([app, lib]), 'App')
    assert expected.status == 0, expected.stderr
    actual = run_csharp_on_java(lib, lib, LAMBDAS_CS, 'parley-cs-lambdas-')
    assert_same(expected, actual, expected_name='java (all-Java)',
                actual_name='parley (C# lambdas into Java)')


# ---- linkage: stale stubs and access rules across the boundary -----------------

VAULT_V1_CS = 'namespace Lib { public class Vault { public static int Secret() { return 1; } public static int Gone() { return 2; } } }'
VAULT_V2_CS = 'namespace Lib { public class Vault { internal static int Secret() { return 1; } } }'
VAULT_V1_JAVA = 'package cli.Lib; public class Vault { public static int Secret() { return 1; } public static int Gone() { return 2; } }'
VAULT_V2_JAVA = 'package cli.Lib; public class Vault { private static int Secret() { return 1; } }'


def _vault_main(call):
    return 'public class Main { public static void main(String[] a) { System.out.println("start"); System.out.println(cli.Lib.Vault.%s()); } }' % call


def _linkage_case(call):
    v1 = compile_cs({'Vault.cs': VAULT_V1_CS}, out='Lib.dll', target='library')
    v2 = compile_cs({'Vault.cs': VAULT_V2_CS}, out='Lib.dll', target='library')
    stubs = parley_stubs([v1])
    main = compile_java({'Main.java': _vault_main(call)}, classpath=[stubs])
    ref_v1 = compile_java({'cli/Lib/Vault.java': VAULT_V1_JAVA})
    ref_main = compile_java({'Main.java': _vault_main(call)}, classpath=[ref_v1])
    ref_v2 = compile_java({'cli/Lib/Vault.java': VAULT_V2_JAVA})
    expected = run_java(os.pathsep.join([ref_main, ref_v2]), 'Main')
    assert expected.status == 1
    actual = run_parley_java(main, 'Main', references=[v2])
    assert_same(expected, actual, expected_name='java (all-Java, class changed)',
                actual_name='parley (assembly changed)')


def test_stale_stub_gives_nosuchmethoderror():
    _linkage_case('Gone')


def test_csharp_internal_member_gives_illegalaccesserror():
    _linkage_case('Secret')


VAULT_J1 = 'package lib; public class Vault { public static int secret() { return 1; } }'
VAULT_J2 = 'package lib; public class Vault { private static int secret() { return 1; } }'
VAULT_C1 = 'namespace lib { public class Vault { public static int secret() { return 1; } } }'
VAULT_C2 = 'namespace lib { public class Vault { private static int secret() { return 1; } } }'
VAULT_APP = 'class App { static void Main() { System.Console.WriteLine("start"); System.Console.WriteLine(lib.Vault.secret()); } }'


def test_java_private_member_gives_methodaccessexception():
    # all-C#: App compiled against a public method that became private
    c1 = compile_cs({'Vault.cs': VAULT_C1}, out='Vault.dll', target='library')
    app = compile_cs({'App.cs': VAULT_APP}, references=[c1])
    c2 = compile_cs({'Vault.cs': VAULT_C2}, out='Vault.dll', target='library',
                    outdir=os.path.dirname(app))
    expected = run_mono(app)
    assert expected.status == 1
    # C# against Java: the same change on the Java side
    j1 = compile_java({'lib/Vault.java': VAULT_J1})
    j2 = compile_java({'lib/Vault.java': VAULT_J2})
    actual = run_csharp_on_java(j1, j2, VAULT_APP, 'parley-access-')
    assert_same(expected, actual, expected_name='mono (all-C#, method made private)',
                actual_name='parley (Java method made private)')


# ---- unsigned parameters: Java sees uint as int (INTEROP-CONVENTIONS) ------------

BITS_CS = '''
namespace Bits {
  public class U {
    public static uint Twice(uint x) { return x * 2; }
    public static string Kind(int x) { return "int " + x; }
    public static string Kind(uint x) { return "uint " + x; }
    public static string Show(uint x) { return "show " + x; }
    public static ulong Next(ulong x) { return x + 1; }
    public static string Max(uint a, uint b) { return "max " + System.Math.Max(a, b); }
    public virtual uint Scale(uint x) { return x * 3; }
  }
  public class V : U { public override uint Scale(uint x) { return x * 5; } }
  public interface IU { uint Get(uint x); }
  public class Impl : IU { public uint Get(uint x) { return x + 1; } }
  public static class Calls {
    public static uint Get(IU i, uint x) { return i.Get(x); }
    public static uint Scale(U u, uint x) { return u.Scale(x); }
  }
}
'''

BITS_MAIN_JAVA = '''
import cli.Bits.*;
public class Main {
  public static void main(String[] a) {
    System.out.println(U.Twice(5));
    System.out.println(U.Kind(7));
    System.out.println(U.Show(-1));
    System.out.println(U.Next(41L));
    System.out.println(U.Max(-2, 3));
    U v = new V(); System.out.println(v.Scale(2));
    IU i = new Impl(); System.out.println(i.Get(9));
    System.out.println(Calls.Get(new JImpl(), 4));
    IU j = new JImpl(); System.out.println(j.Get(5));
    System.out.println(Calls.Scale(new JSub(), 6));
    U s = new JSub(); System.out.println(s.Scale(1));
  }
}
class JImpl implements IU { public int Get(int x) { return x * 10; } }
class JSub extends U { public int Scale(int x) { return x + 100; } }
'''

BITS_MAIN_CS = '''
using System;
using Bits;
class Main_ { static void Main() {
    Console.WriteLine(U.Twice(5));
    Console.WriteLine(U.Kind(7));
    Console.WriteLine(U.Show(unchecked((uint)-1)));
    Console.WriteLine(U.Next(41UL));
    Console.WriteLine(U.Max(unchecked((uint)-2), 3));
    U v = new V(); Console.WriteLine(v.Scale(2));
    IU i = new Impl(); Console.WriteLine(i.Get(9));
    Console.WriteLine(Calls.Get(new JImpl(), 4));
    IU j = new JImpl(); Console.WriteLine(j.Get(5));
    Console.WriteLine(Calls.Scale(new JSub(), 6));
    U s = new JSub(); Console.WriteLine(s.Scale(1));
} }
class JImpl : IU { public uint Get(uint x) { return x * 10; } }
class JSub : U { public override uint Scale(uint x) { return x + 100; } }
'''


def test_java_calls_csharp_unsigned_parameters():
    # Java names uint parameters as int: it finds the unsigned method when
    # no int overload has its key, the int one when both exist
    dll = compile_cs({'Bits.cs': BITS_CS}, out='Bits.dll', target='library')
    expected = run_mono(compile_cs({'Main.cs': BITS_MAIN_CS}, references=[dll]))
    assert expected.status == 0, expected.stderr
    stubs = parley_stubs([dll])
    classes = compile_java({'Main.java': BITS_MAIN_JAVA}, classpath=[stubs])
    actual = run_parley_java(classes, 'Main', references=[dll])
    assert_same(expected, actual, expected_name='mono (all-C#)',
                actual_name='parley (Java+C#)')


# ---- field access across the boundary -------------------------------------------

FVAULT_V1_CS = 'namespace Lib { public class Vault { public static int Code = 7; public int Inst = 2; } }'
FVAULT_V2_CS = 'namespace Lib { public class Vault { internal static int Code = 7; private int Inst = 2; } }'
FVAULT_V1_JAVA = 'package cli.Lib; public class Vault { public static int Code = 7; public int Inst = 2; }'
FVAULT_V2_JAVA = 'package cli.Lib; public class Vault { private static int Code = 7; private int Inst = 2; }'


def _fvault_main(expr):
    return ('public class Main { public static void main(String[] a) { '
            'System.out.println("start"); System.out.println(%s); } }' % expr)


def test_csharp_internal_fields_give_illegalaccesserror():
    # a public C# field that became internal (static) or private (instance):
    # the same change in an all-Java program is what `java` reports
    v1 = compile_cs({'Vault.cs': FVAULT_V1_CS}, out='Lib.dll', target='library')
    v2 = compile_cs({'Vault.cs': FVAULT_V2_CS}, out='Lib.dll', target='library')
    stubs = parley_stubs([v1])
    ref_v1 = compile_java({'cli/Lib/Vault.java': FVAULT_V1_JAVA})
    ref_v2 = compile_java({'cli/Lib/Vault.java': FVAULT_V2_JAVA})
    for expr in ['cli.Lib.Vault.Code', 'new cli.Lib.Vault().Inst']:
        src = {'Main.java': _fvault_main(expr)}
        main = compile_java(src, classpath=[stubs])
        ref_main = compile_java(src, classpath=[ref_v1])
        expected = run_java(os.pathsep.join([ref_main, ref_v2]), 'Main')
        assert expected.status == 1
        actual = run_parley_java(main, 'Main', references=[v2])
        assert_same(expected, actual, expected_name='java (all-Java, field made private)',
                    actual_name='parley (C# field made internal/private)')


FVAULT_J1 = 'package lib; public class Vault { public static int code = 1; public int inst = 2; }'
FVAULT_J2 = 'package lib; public class Vault { private static int code = 1; private int inst = 2; }'
FVAULT_C1 = 'namespace lib { public class Vault { public static int code = 1; public int inst = 2; } }'
FVAULT_C2 = 'namespace lib { public class Vault { private static int code = 1; private int inst = 2; } }'
FVAULT_APP = '''
class App {
  static int Read(lib.Vault v) { return v.inst + lib.Vault.code; }
  static void Last() { System.Console.WriteLine(lib.Vault.code); }
  static void Main() {
    System.Console.WriteLine("start");
    try { System.Console.WriteLine(Read(new lib.Vault())); }
    catch (System.FieldAccessException e) { System.Console.WriteLine("caught " + e.Message); }
    try { Read(null); } catch (System.MemberAccessException e) { System.Console.WriteLine("again " + e.Message); }
    Last();
  }
}
'''


def test_java_private_fields_give_fieldaccessexception():
    # all-C#: App compiled against public fields that became private; Mono
    # fails a method that touches them when it compiles it
    c1 = compile_cs({'Vault.cs': FVAULT_C1}, out='Vault.dll', target='library')
    app = compile_cs({'App.cs': FVAULT_APP}, references=[c1])
    compile_cs({'Vault.cs': FVAULT_C2}, out='Vault.dll', target='library',
               outdir=os.path.dirname(app))
    expected = run_mono(app)
    assert expected.status == 1
    j1 = compile_java({'lib/Vault.java': FVAULT_J1})
    j2 = compile_java({'lib/Vault.java': FVAULT_J2})
    actual = run_csharp_on_java(j1, j2, FVAULT_APP, 'parley-faccess-')
    assert_same(expected, actual, expected_name='mono (all-C#, fields made private)',
                actual_name='parley (Java fields made private)')


# ---- unsigned arrays: a C# uint[]/byte[]/ushort[] is Java's int[]/byte[]/short[] -----

UARR_CS = '''
namespace Arr {
  public static class Lib {
    public static uint[] Make() { return new uint[] { 1, 4000000000u, 7 }; }
    public static byte[] Bytes() { return new byte[] { 1, 200, 255 }; }
    public static ushort[] Shorts() { return new ushort[] { 2, 65535 }; }
    public static string Show(uint[] a) { return string.Join(",", a) + " " + a.GetType().Name; }
    public static string ShowBytes(byte[] a) { return string.Join(",", a) + " " + a[2]; }
  }
}
'''

# the all-Java equivalent of UARR_CS: the same bits in Java's arrays
UARR_LIB_JAVA = '''
package cli.Arr;
public class Lib {
  public static int[] Make() { return new int[] { 1, (int) 4000000000L, 7 }; }
  public static byte[] Bytes() { return new byte[] { 1, (byte) 200, (byte) 255 }; }
  public static short[] Shorts() { return new short[] { 2, (short) 65535 }; }
  public static String Show(int[] a) { return "1,4000000000,9 UInt32[]"; }
  public static String ShowBytes(byte[] a) {
    StringBuilder sb = new StringBuilder();
    for (byte b : a) sb.append(sb.length() == 0 ? "" : ",").append(b & 0xff);
    return sb + " " + (a[2] & 0xff);
  }
}
'''

UARR_MAIN_JAVA = '''
import cli.Arr.Lib;
public class Main {
  public static void main(String[] args) {
    int[] a = Lib.Make();
    Object o = a;
    System.out.println((o instanceof int[]) + " " + a.length + " " + a[1] + " " + Integer.toUnsignedString(a[1]));
    int[] b = (int[]) o;
    b[2] = 9;
    int sum = 0;
    for (int x : b) sum += x;
    System.out.println(sum + " " + java.util.Arrays.toString(b) + " " + b.getClass().getName());
    System.out.println(Lib.Show(b));
    byte[] bs = Lib.Bytes();
    Object ob = bs;
    System.out.println((ob instanceof byte[]) + " " + bs[1] + " " + bs[2] + " " + (bs[1] & 0xff) + " " + java.util.Arrays.toString(bs));
    short[] ss = Lib.Shorts();
    System.out.println(ss[1] + " " + java.util.Arrays.toString(ss) + " " + ((Object) ss instanceof short[]));
    int[] c = b.clone();
    System.out.println(c[1] + " " + (c.getClass() == b.getClass()));
    byte[] mine = new byte[3];
    System.arraycopy(bs, 0, mine, 0, 3);
    System.out.println(mine[1] + " " + java.util.Arrays.toString(mine));
    byte[] neg = { -1, -56 };
    System.arraycopy(neg, 0, bs, 0, 2);
    bs[2] = (byte) -128;
    System.out.println(bs[0] + " " + bs[1] + " " + bs[2] + " " + Lib.ShowBytes(bs));
  }
}
'''


def test_java_uses_csharp_unsigned_arrays():
    # the array is shared, not copied: Java's checkcast/instanceof int[]
    # accept a uint[], its elements read as the signed type of the same width
    expected = run_java(compile_java({'cli/Arr/Lib.java': UARR_LIB_JAVA,
                                      'Main.java': UARR_MAIN_JAVA}), 'Main')
    assert expected.status == 0, expected.stderr
    dll = compile_cs({'Arr.cs': UARR_CS}, out='Arr.dll', target='library')
    stubs = parley_stubs([dll])
    classes = compile_java({'Main.java': UARR_MAIN_JAVA}, classpath=[stubs])
    actual = run_parley_java(classes, 'Main', references=[dll])
    assert_same(expected, actual, expected_name='java (all-Java)',
                actual_name='parley (Java+C#)')
