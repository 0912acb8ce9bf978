using System;
using System.Collections.Generic;
class Tree<T> : IEnumerable<T> {
  List<T> items = new List<T>();
  public void Add(T x) { items.Add(x); }
  public IEnumerator<T> GetEnumerator() { foreach (var x in items) yield return x; }
  System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return GetEnumerator(); }
}
class P {
  static IEnumerable<int> Range(int a, int n) { for (int i = 0; i < n; i++) yield return a + i; }
  static IEnumerable<int> Evens(IEnumerable<int> src) { foreach (var x in src) if (x % 2 == 0) yield return x; }
  static IEnumerable<string> Words() { yield return "alpha"; yield return "beta"; try { yield return "gamma"; } finally { Console.WriteLine("cleanup"); } }
  static IEnumerable<int> Fib() { int a = 0, b = 1; while (true) { yield return a; int t = a + b; a = b; b = t; } }
  static void Main() {
    foreach (var x in Evens(Range(1, 10))) Console.Write(x + " ");
    Console.WriteLine();
    foreach (var w in Words()) Console.WriteLine(w);
    foreach (var w in Words()) { Console.WriteLine(w); break; }
    int n = 0; foreach (var f in Fib()) { if (n++ == 10) break; Console.Write(f + ","); }
    Console.WriteLine();
    var t = new Tree<string>(); t.Add("x"); t.Add("y"); foreach (var s in t) Console.Write(s); Console.WriteLine();
    var e = Range(5, 2).GetEnumerator(); while (e.MoveNext()) Console.WriteLine(e.Current);
  }
}
