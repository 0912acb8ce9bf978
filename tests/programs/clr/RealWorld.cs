using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

struct P { public int X; public int Y; public P(int x, int y) { X = x; Y = y; } }
struct Q : IEquatable<Q> { public int A; public string B; public bool Equals(Q o) => A == o.A && B == o.B; public override int GetHashCode() => A * 31 + (B == null ? 0 : B.Length); }
class Matrix {
  readonly double[,] d; public int N { get; }
  public Matrix(int n) { N = n; d = new double[n, n]; }
  public double this[int i, int j] { get => d[i, j]; set => d[i, j] = value; }
  public static Matrix operator *(Matrix a, Matrix b) { var r = new Matrix(a.N); for (int i = 0; i < a.N; i++) for (int j = 0; j < a.N; j++) { double s = 0; for (int k = 0; k < a.N; k++) s += a[i, k] * b[k, j]; r[i, j] = s; } return r; }
  public override string ToString() { var rows = new List<string>(); for (int i = 0; i < N; i++) { var cols = new List<string>(); for (int j = 0; j < N; j++) cols.Add(d[i, j].ToString("0.##")); rows.Add(string.Join(" ", cols)); } return string.Join("; ", rows); }
}
class Counter : IEnumerable<int> {
  int n; public Counter(int n) { this.n = n; }
  public IEnumerator<int> GetEnumerator() { try { for (int i = 0; i < n; i++) yield return i * i; } finally { Console.WriteLine("enumerator disposed"); } }
  IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
class Res : IDisposable { string name; public Res(string n) { name = n; Console.WriteLine("open " + n); } public void Dispose() => Console.WriteLine("close " + name); }
class Publisher { public event EventHandler<string> Said; public void Say(string s) => Said?.Invoke(this, s); }
static class Ext { public static string Shout(this string s) => s.ToUpper() + "!"; public static T Second<T>(this IEnumerable<T> xs) where T : class => xs.Skip(1).FirstOrDefault(); }
class RealWorld {
  static RealWorld() { Console.WriteLine("static init"); }
  static void Main() {
    var p1 = new P(1, 2); var p2 = new P(1, 2);
    Console.WriteLine(p1.Equals(p2) + " " + p1.Equals(new P(2, 1)) + " " + (p1.GetHashCode() == p2.GetHashCode()));
    Console.WriteLine(p1);
    var set = new HashSet<Q> { new Q { A = 1, B = "x" }, new Q { A = 1, B = "x" }, new Q { A = 2, B = "yy" } };
    Console.WriteLine(set.Count);
    var dict = new Dictionary<P, string>(); dict[p1] = "a"; dict[p2] = "b"; dict[new P(5, 5)] = "c";
    Console.WriteLine(dict.Count + " " + dict[new P(1, 2)]);
    var m = new Matrix(2); m[0, 0] = 1; m[0, 1] = 2; m[1, 0] = 3; m[1, 1] = 4;
    Console.WriteLine((m * m).ToString());
    foreach (var x in new Counter(4)) { if (x > 4) break; Console.WriteLine(x); }
    Console.WriteLine(new Counter(5).Where(x => x % 2 == 0).Sum());
    using (var a = new Res("a")) using (var b = new Res("b")) Console.WriteLine("body");
    var pub = new Publisher(); pub.Said += (s, e) => Console.WriteLine("heard " + e); pub.Said += (s, e) => Console.WriteLine("also " + e.Shout()); pub.Say("hi");
    Console.WriteLine(new[] { "a", "b", "c" }.Second());
    object boxed = p1; P unboxed = (P)boxed; unboxed.X = 9; Console.WriteLine(((P)boxed).X + " " + unboxed.X);
    int[][] jag = { new[] { 1 }, new[] { 2, 3 } }; Console.WriteLine(jag.Sum(r => r.Length) + " " + jag[1][1]);
    Console.WriteLine(string.Join(",", Enumerable.Range(1, 10).Where(i => i % 3 == 0).Select(i => i.ToString("D2"))));
    double h1 = 2.5, h2 = 3.5; Console.WriteLine(Math.Round(h1) + " " + Math.Round(h2) + " " + Math.Round(2.345, 2) + " " + (int)Math.Floor(-2.5) + " " + Math.Pow(2, 10) + " " + Math.Sqrt(2));
    Console.WriteLine(string.Compare("apple", "Banana") + " " + string.CompareOrdinal("apple", "Banana") + " " + "Hello".IndexOf('l') + " " + "a,b,,c".Split(',').Length);
  }
}
