using System;
using System.Collections.Generic;
struct Vec { public double X, Y; public Vec(double x, double y) { X = x; Y = y; }
  public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
  public static Vec operator *(Vec a, double k) { return new Vec(a.X * k, a.Y * k); }
  public static bool operator ==(Vec a, Vec b) { return a.X == b.X && a.Y == b.Y; }
  public static bool operator !=(Vec a, Vec b) { return !(a == b); }
  public override bool Equals(object o) { return o is Vec && this == (Vec)o; }
  public override int GetHashCode() { return 1; }
  public override string ToString() { return "(" + X + ", " + Y + ")"; } }
class Matrix { int[] d = new int[9]; public int this[int r, int c] { get { return d[r * 3 + c]; } set { d[r * 3 + c] = value; } } }
class Res : IDisposable { string n; public Res(string n) { this.n = n; Console.WriteLine("open " + n); } public void Dispose() { Console.WriteLine("close " + n); } }
class Cfg { public int Port { get; set; } = 80; public string Host { get; private set; } public Cfg(string h) { Host = h; } public string Url => Host + ":" + Port; }
static class Init { public static int A = Compute("A"); static int Compute(string s) { Console.WriteLine("init " + s); return 1; } }
class P {
  static int Sum(params int[] xs) { int s = 0; foreach (var x in xs) s += x; return s; }
  static string Kind(string s) { switch (s) { case "a": return "first"; case "b": return "second"; case "c": return "third"; case "d": return "fourth"; case "e": return "fifth"; case "f": return "sixth"; case "g": return "seventh"; default: return "other"; } }
  static object gate = new object();
  static void Main() {
    var v = new Vec(1, 2) + new Vec(3, 4) * 2; Console.WriteLine(v); Console.WriteLine(v == new Vec(7, 10));
    var m = new Matrix(); m[1, 2] = 5; Console.WriteLine(m[1, 2] + m[0, 0]);
    using (var r = new Res("a")) using (var r2 = new Res("b")) Console.WriteLine("body");
    var c = new Cfg("localhost"); c.Port = 8080; Console.WriteLine(c.Url);
    Console.WriteLine(Sum() + " " + Sum(1) + " " + Sum(1, 2, 3));
    Console.WriteLine(Kind("c") + Kind("g") + Kind("zz"));
    lock (gate) { Console.WriteLine("locked"); }
    Console.WriteLine("before init"); Console.WriteLine(Init.A);
    var list = new List<int> { 3, 1, 2 }; list.Sort(); foreach (var x in list) Console.Write(x); Console.WriteLine();
    var d = new Dictionary<string, int> { { "one", 1 }, { "two", 2 } }; foreach (var kv in d) Console.WriteLine(kv.Key + "=" + kv.Value);
    int[,] grid = new int[2, 3]; grid[1, 2] = 7; Console.WriteLine(grid[1, 2] + " " + grid.Length);
    int[][] jag = new int[3][]; jag[0] = new int[] { 1, 2 }; Console.WriteLine(jag[0][1] + " " + (jag[1] == null));
    var anon = new { Name = "x", Age = 3 }; Console.WriteLine(anon.Name + anon.Age);
    string s = null; Console.WriteLine(s?.Length ?? -1);
    Console.WriteLine($"interp {v.X} {1 + 2}");
  }
}
