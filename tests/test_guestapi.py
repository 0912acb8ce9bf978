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
