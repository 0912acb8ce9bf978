"""The coordinator's guest API (parley.Parley): further VM instances with
their own class namespaces and statics, calls into them, lookup, destroy.
The JVM part is compared with the same program written against plain
Java (a URLClassLoader per instance, reflection for the calls) under
`java`; the CLR part with the same calls made directly in C# under `mono`."""
import os
from harness import (compile_java, compile_cs, run_java, run_mono,
                     run_parley_java, parley_stubs, assert_same)

COUNTER_A = '''package plug;
public class Counter { static int count; public static int bump(int k) { count += k; return count; }
  public static String who() { return "main"; } }'''
COUNTER_B = '''package plug;
public class Counter { static int count = 100; public static int bump(int k) { count += 2 * k; return count; }
  public static String who() { return "plugin"; } public static double half(double x) { return x / 2; } }'''

MAIN = '''
import parley.Parley;
public class Main {
  public static void main(String[] args) {
    Object vm = Parley.createJvm(args[0]);
    Object vm2 = Parley.createJvm(args[0]);
    System.out.println(plug.Counter.who() + " " + Parley.call(vm, "plug.Counter", "who"));
    System.out.println(plug.Counter.bump(1) + " " + Parley.call(vm, "plug.Counter", "bump", 1));
    System.out.println(plug.Counter.bump(1) + " " + Parley.call(vm, "plug.Counter", "bump", 1));
    System.out.println(Parley.call(vm2, "plug.Counter", "bump", 5));
    System.out.println(Parley.call(vm, "plug.Counter", "half", 5.0));
    System.out.println(Parley.lookup(vm, "plug.Counter").getName());
    System.out.println(Parley.lookup(vm, "plug.Counter") != plug.Counter.class);
  }
}
'''

MAIN_REF = '''
import java.net.*;
import java.lang.reflect.*;
public class Main {
  static Object call(ClassLoader l, String cls, String m, Object... args) throws Exception {
    for (Method x : l.loadClass(cls).getMethods())
      if (x.getName().equals(m) && x.getParameterCount() == args.length) return x.invoke(null, args);
    throw new IllegalArgumentException(m);
  }
  public static void main(String[] args) throws Exception {
    URL u = new java.io.File(args[0]).toURI().toURL();
    ClassLoader vm = new URLClassLoader(new URL[] { u }, null);
    ClassLoader vm2 = new URLClassLoader(new URL[] { u }, null);
    System.out.println(plug.Counter.who() + " " + call(vm, "plug.Counter", "who"));
    System.out.println(plug.Counter.bump(1) + " " + call(vm, "plug.Counter", "bump", 1));
    System.out.println(plug.Counter.bump(1) + " " + call(vm, "plug.Counter", "bump", 1));
    System.out.println(call(vm2, "plug.Counter", "bump", 5));
    System.out.println(call(vm, "plug.Counter", "half", 5.0));
    System.out.println(vm.loadClass("plug.Counter").getName());
    System.out.println(vm.loadClass("plug.Counter") != plug.Counter.class);
  }
}
'''

CLR_MAIN = '''
import parley.Parley;
public class CMain {
  public static void main(String[] args) {
    Object clr = Parley.createClr(new String[] { args[0] });
    System.out.println(Parley.call(clr, "Lib.Calc", "Add", 2, 3));
    System.out.println(Parley.call(clr, "Lib.Calc", "Hi", "there"));
    Parley.destroy(clr);
    try { Parley.call(clr, "Lib.Calc", "Add", 1, 1); }
    catch (IllegalStateException e) { System.out.println("destroyed"); }
    try { Parley.destroy(Parley.self()); }
    catch (IllegalStateException e) { System.out.println("kept"); }
  }
}
'''
LIB_CS = 'namespace Lib { public class Calc { public static int Add(int a, int b) { return a + b; } public static string Hi(string s) { return "hi " + s; } } }'
CLR_REF_CS = '''
using System;
class CMain { static void Main() {
  Console.WriteLine(Lib.Calc.Add(2, 3)); Console.WriteLine(Lib.Calc.Hi("there"));
  Console.WriteLine("destroyed"); Console.WriteLine("kept"); } }
'''


def test_jvm_instances_have_their_own_classes_and_statics():
    a = compile_java({'plug/Counter.java': COUNTER_A})
    b = compile_java({'plug/Counter.java': COUNTER_B})
    ref = compile_java({'Main.java': MAIN_REF}, classpath=[a])
    expected = run_java(os.pathsep.join([ref, a]), 'Main', [b])
    assert expected.status == 0, expected.stderr
    dll = compile_cs({'Lib.cs': LIB_CS}, out='Lib.dll', target='library')
    stubs = parley_stubs([dll])
    main = compile_java({'Main.java': MAIN}, classpath=[stubs, a])
    actual = run_parley_java([main, a], 'Main', [b])
    assert_same(expected, actual, expected_name='java (class loaders)',
                actual_name='parley (VM instances)')


def test_clr_instance_call_and_destroy():
    dll = compile_cs({'Lib.cs': LIB_CS}, out='Lib.dll', target='library')
    expected = run_mono(compile_cs({'CMain.cs': CLR_REF_CS}, references=[dll]))
    stubs = parley_stubs([dll])
    main = compile_java({'CMain.java': CLR_MAIN}, classpath=[stubs])
    actual = run_parley_java([main], 'CMain', [dll])
    assert_same(expected, actual, expected_name='mono (direct calls)',
                actual_name='parley (Parley.call)')


CS_MAIN = '''
using System;
class CMain { static void Main(string[] args) {
  object clr = Parley.Runtime.CreateClr(new[] { args[0] });
  Console.WriteLine(Parley.Runtime.Call(clr, "Lib.Calc", "Add", 2, 3));
  Console.WriteLine(Parley.Runtime.Call(clr, "Lib.Calc", "Hi", "there"));
  Parley.Runtime.Destroy(clr);
  try { Parley.Runtime.Call(clr, "Lib.Calc", "Add", 1, 1); }
  catch (InvalidOperationException) { Console.WriteLine("destroyed"); }
  try { Parley.Runtime.Destroy(Parley.Runtime.Self); }
  catch (InvalidOperationException) { Console.WriteLine("kept"); }
} }
'''


def test_csharp_guest_api():
    import tempfile, shutil
    from harness import run_parley
    from test_interop import csharp_stubs
    dll = compile_cs({'Lib.cs': LIB_CS}, out='Lib.dll', target='library')
    expected = run_mono(compile_cs({'CMain.cs': CLR_REF_CS}, references=[dll]))
    a = compile_java({'plug/Counter.java': COUNTER_A})
    work = tempfile.mkdtemp(prefix='parley-guestapi-')
    try:
        stubs = csharp_stubs(a, work)
        exe = os.path.join(work, 'CMain.exe')
        src = os.path.join(work, 'CMain.cs')
        with open(src, 'w') as f:
            f.write(CS_MAIN)
        assert os.system('mcs -nowarn:108,114 -r:%s -out:%s %s > %s/mcs.log 2>&1'
                         % (stubs, exe, src, work)) == 0, open(work + '/mcs.log').read()
        actual = run_parley(['-cp', a, exe, dll])
        assert_same(expected, actual, expected_name='mono (direct calls)',
                    actual_name='parley (Parley.Runtime.Call)')
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---- call chooses among overloads by the arguments' run-time types -----------
# The reference programs make the same calls directly, so javac and mcs
# choose the overload by the arguments' static types; a call the compilers
# reject as ambiguous (or as matching nothing) is written as the line
# Parley's IllegalArgumentException / ArgumentException handler prints.

OVER_JAVA = {
    'plug/Shape.java': 'package plug; public class Shape { }',
    'plug/Circle.java': 'package plug; public class Circle extends Shape { }',
    'plug/Square.java': 'package plug; public class Square extends Shape { }',
    'plug/Over.java': '''package plug;
public class Over {
  public static String f(int x) { return "int " + x; }
  public static String f(long x) { return "long " + x; }
  public static String f(double x) { return "double " + x; }
  public static String f(String s) { return "String " + s; }
  public static String f(Object o) { return "Object " + o; }
  public static String g(long x) { return "g long " + x; }
  public static String g(Object o) { return "g Object " + o; }
  public static String h(double x, float y) { return "h " + x + " " + y; }
  public static String s(Shape x) { return "s Shape"; }
  public static String s(Circle x) { return "s Circle"; }
  public static String k(Number n) { return "k Number"; }
  public static String k(Comparable<?> c) { return "k Comparable"; }
  public static String a(int x, Object y) { return "a int Object"; }
  public static String a(Object x, int y) { return "a Object int"; }
  public static String n(String s) { return "n String"; }
  public static String n(Integer i) { return "n Integer " + i; }
  public static String arr(int[] a) { return "arr int[] " + a.length; }
  public static String arr(Object[] a) { return "arr Object[] " + a.length; }
  public static String arr(String[] a) { return "arr String[] " + a.length; }
  public static Object circle() { return new Circle(); }
  public static Object square() { return new Square(); }
}''',
    'plug/Sub.java': '''package plug;
public class Sub extends Over { public static String f(int x) { return "Sub int " + x; } }''',
}

OVER_MAIN = '''
import parley.Parley;
public class OMain {
  static Object vm;
  static void p(String m, Object... args) {
    try { System.out.println(Parley.call(vm, "plug.Over", m, args)); }
    catch (IllegalArgumentException e) { System.out.println("no single match"); }
  }
  public static void main(String[] args) {
    vm = Parley.createJvm(args[0]);
    p("f", 1); p("f", 2L); p("f", 2.5); p("f", "s"); p("f", 'c'); p("f", true);
    p("f", (short) 3); p("f", (byte) 4); p("f", 1.5f); p("f", (Object) null);
    p("f", new StringBuilder("sb"));
    p("g", 1); p("g", 'x'); p("g", 2.0);
    p("h", 3, 4); p("h", 3L, 4L); p("h", 1.5f, 2.5f);
    p("s", Parley.call(vm, "plug.Over", "circle"));
    p("s", Parley.call(vm, "plug.Over", "square"));
    p("n", 7);
    p("arr", new int[2]); p("arr", (Object) new String[3]); p("arr", (Object) new Integer[4]);
    System.out.println(Parley.call(vm, "plug.Sub", "f", 1));
    System.out.println(Parley.call(vm, "plug.Sub", "f", 2.5));
    p("a", 1, 1); p("k", 1); p("n", (Object) null); p("s", "x"); p("f"); p("s", new Object());
  }
}
'''

OVER_REF = '''
import plug.*;
public class OMain {
  public static void main(String[] args) {
    System.out.println(Over.f(1)); System.out.println(Over.f(2L)); System.out.println(Over.f(2.5));
    System.out.println(Over.f("s")); System.out.println(Over.f('c')); System.out.println(Over.f(true));
    System.out.println(Over.f((short) 3)); System.out.println(Over.f((byte) 4));
    System.out.println(Over.f(1.5f)); System.out.println(Over.f((String) null));
    System.out.println(Over.f(new StringBuilder("sb")));
    System.out.println(Over.g(1)); System.out.println(Over.g('x')); System.out.println(Over.g(2.0));
    System.out.println(Over.h(3, 4)); System.out.println(Over.h(3L, 4L)); System.out.println(Over.h(1.5f, 2.5f));
    System.out.println(Over.s((Circle) Over.circle()));
    System.out.println(Over.s((Shape) Over.square()));
    System.out.println(Over.n(7));
    System.out.println(Over.arr(new int[2])); System.out.println(Over.arr(new String[3]));
    System.out.println(Over.arr(new Integer[4]));
    System.out.println(Sub.f(1)); System.out.println(Sub.f(2.5));
    for (int i = 0; i < 6; i++) System.out.println("no single match");
  }
}
'''


def test_jvm_call_chooses_overload_by_argument_types():
    b = compile_java(OVER_JAVA)
    ref = compile_java({'OMain.java': OVER_REF}, classpath=[b])
    expected = run_java(os.pathsep.join([ref, b]), 'OMain')
    assert expected.status == 0, expected.stderr
    dll = compile_cs({'Lib.cs': LIB_CS}, out='Lib.dll', target='library')
    stubs = parley_stubs([dll])
    main = compile_java({'OMain.java': OVER_MAIN}, classpath=[stubs])
    actual = run_parley_java([main], 'OMain', [b])
    assert_same(expected, actual, expected_name='java (overloads chosen by javac)',
                actual_name='parley (Parley.call)')


OVER_CS = '''
namespace Lib {
public class Shape { } public class Circle : Shape { } public class Square : Shape { }
public class Over {
  public static string F(int x) { return "int " + x; }
  public static string F(long x) { return "long " + x; }
  public static string F(double x) { return "double " + x; }
  public static string F(string s) { return "string " + s; }
  public static string F(object o) { return "object " + o; }
  public static string G(long x) { return "G long " + x; }
  public static string G(object o) { return "G object " + o; }
  public static string S(Shape x) { return "S Shape"; }
  public static string S(Circle x) { return "S Circle"; }
  public static string A(int x, object y) { return "A int object"; }
  public static string A(object x, int y) { return "A object int"; }
  public static string U(int x) { return "U int " + x; }
  public static string U(uint x) { return "U uint " + x; }
  public static string N(string s) { return "N string"; }
  public static string N(Shape s) { return "N Shape"; }
  public static object Circle() { return new Circle(); }
  public static object Square() { return new Square(); }
}
public class Sub : Over { public static new string F(int x) { return "Sub int " + x; } }
}'''

OVER_CS_REF = '''
using System; using Lib;
class OMain { static void Main() {
  Console.WriteLine(Over.F(1)); Console.WriteLine(Over.F(2L)); Console.WriteLine(Over.F(2.5));
  Console.WriteLine(Over.F("s")); Console.WriteLine(Over.F(true)); Console.WriteLine(Over.F((short) 3));
  Console.WriteLine(Over.F(1.5f)); Console.WriteLine(Over.F((string) null));
  Console.WriteLine(Over.G(1)); Console.WriteLine(Over.G(2.0));
  Console.WriteLine(Over.S((Circle) Over.Circle())); Console.WriteLine(Over.S((Shape) Over.Square()));
  Console.WriteLine(Sub.F(1)); Console.WriteLine(Sub.F(2.5)); Console.WriteLine(Over.U(5));
  for (int i = 0; i < 4; i++) Console.WriteLine("no single match");
  %s
} }
'''

OVER_CS_JAVA_MAIN = '''
import parley.Parley;
public class OMain {
  static Object vm;
  static void p(String t, String m, Object... args) {
    try { System.out.println(Parley.call(vm, t, m, args)); }
    catch (IllegalArgumentException e) { System.out.println("no single match"); }
  }
  public static void main(String[] args) {
    vm = Parley.createClr(new String[] { args[0] });
    String o = "Lib.Over";
    p(o, "F", 1); p(o, "F", 2L); p(o, "F", 2.5); p(o, "F", "s"); p(o, "F", true); p(o, "F", (short) 3);
    p(o, "F", 1.5f); p(o, "F", (Object) null);
    p(o, "G", 1); p(o, "G", 2.0);
    p(o, "S", Parley.call(vm, o, "Circle")); p(o, "S", Parley.call(vm, o, "Square"));
    p("Lib.Sub", "F", 1); p("Lib.Sub", "F", 2.5); p(o, "U", 5);
    p(o, "A", 1, 1); p(o, "N", (Object) null); p(o, "S", "x"); p(o, "F", 1, 2);
  }
}
'''

OVER_CS_MAIN = '''
using System;
class OMain {
  static object vm;
  static void P(string t, string m, params object[] args) {
    try { Console.WriteLine(Parley.Runtime.Call(vm, t, m, args)); }
    catch (ArgumentException) { Console.WriteLine("no single match"); }
  }
  static void Main(string[] args) {
    vm = Parley.Runtime.CreateClr(new[] { args[0] });
    string o = "Lib.Over";
    P(o, "F", 1); P(o, "F", 2L); P(o, "F", 2.5); P(o, "F", "s"); P(o, "F", true); P(o, "F", (short) 3);
    P(o, "F", 1.5f); P(o, "F", new object[] { null });
    P(o, "G", 1); P(o, "G", 2.0);
    P(o, "S", Parley.Runtime.Call(vm, o, "Circle")); P(o, "S", Parley.Runtime.Call(vm, o, "Square"));
    P("Lib.Sub", "F", 1); P("Lib.Sub", "F", 2.5); P(o, "U", 5);
    P(o, "A", 1, 1); P(o, "N", new object[] { null }); P(o, "S", "x"); P(o, "F", 1, 2);
    P(o, "U", 6u); P(o, "F", (byte) 200); P(o, "G", 4000000000u); P(o, "F", 4000000000u);
    P(o, "F", (ushort) 60000); P(o, "F", 18000000000000000000ul);
  }
}
'''


def test_clr_call_chooses_overload_by_argument_types():
    dll = compile_cs({'Over.cs': OVER_CS}, out='Over.dll', target='library')
    expected = run_mono(compile_cs({'OMain.cs': OVER_CS_REF % ''}, references=[dll]))
    assert expected.status == 0, expected.stderr
    stubs = parley_stubs([dll])
    main = compile_java({'OMain.java': OVER_CS_JAVA_MAIN}, classpath=[stubs])
    actual = run_parley_java([main], 'OMain', [dll])
    assert_same(expected, actual, expected_name='mono (overloads chosen by mcs)',
                actual_name='parley (Parley.call from Java)')


def test_csharp_call_chooses_overload_by_argument_types():
    import tempfile, shutil
    from harness import run_parley
    from test_interop import csharp_stubs
    dll = compile_cs({'Over.cs': OVER_CS}, out='Over.dll', target='library')
    unsigned = ('Console.WriteLine(Over.U(6u)); Console.WriteLine(Over.F((byte) 200)); '
                'Console.WriteLine(Over.G(4000000000u)); Console.WriteLine(Over.F(4000000000u)); '
                'Console.WriteLine(Over.F((ushort) 60000)); '
                'Console.WriteLine(Over.F(18000000000000000000ul));')
    expected = run_mono(compile_cs({'OMain.cs': OVER_CS_REF % unsigned}, references=[dll]))
    assert expected.status == 0, expected.stderr
    a = compile_java({'plug/Counter.java': COUNTER_A})
    work = tempfile.mkdtemp(prefix='parley-guestapi-')
    try:
        stubs = csharp_stubs(a, work)
        exe = os.path.join(work, 'OMain.exe')
        src = os.path.join(work, 'OMain.cs')
        with open(src, 'w') as f:
            f.write(OVER_CS_MAIN)
        assert os.system('mcs -nowarn:108,114 -r:%s -out:%s %s > %s/mcs.log 2>&1'
                         % (stubs, exe, src, work)) == 0, open(work + '/mcs.log').read()
        actual = run_parley(['-cp', a, exe, dll])
        assert_same(expected, actual, expected_name='mono (overloads chosen by mcs)',
                    actual_name='parley (Parley.Runtime.Call)')
    finally:
        shutil.rmtree(work, ignore_errors=True)
