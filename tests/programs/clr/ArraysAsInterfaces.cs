using System; using System.Linq; using System.Collections.Generic;
class A { static void Main() {
  int[] a = { 5, 3, 8, 1 };
  Console.WriteLine(a.Sum() + " " + a.Max() + " " + string.Join(",", a.OrderBy(x => x)));
  IList<int> l = a; Console.WriteLine(l.Count + " " + l[2] + " " + l.IndexOf(8) + " " + l.Contains(1));
  IEnumerable<string> s = new[] { "x", "y" }; foreach (var q in s) Console.Write(q); Console.WriteLine();
  object o = a; Console.WriteLine((o is IEnumerable<int>) + " " + (o is IList<string>) + " " + (o is System.Collections.IEnumerable));
  IEnumerable<object> co = new string[] { "p", "q" }; Console.WriteLine(string.Join("-", co));
  Console.WriteLine(string.Concat(new List<string> { "a", "b", "c" }));
} }
