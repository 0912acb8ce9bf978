using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Shape { public virtual double Area => 0; }
class Circle : Shape { public double R; public Circle(double r) { R = r; } public override double Area => Math.PI * R * R; }
class Rect : Shape { public double W, H; public Rect(double w, double h) { W = w; H = h; } public override double Area => W * H; }

struct Vec { public int X, Y; public Vec(int x, int y) { X = x; Y = y; } public void Deconstruct(out int x, out int y) { x = X; y = Y; } public override string ToString() => $"({X},{Y})"; }

class ModernCSharp {
  static (int min, int max) MinMax(int[] xs) { int lo = int.MaxValue, hi = int.MinValue; foreach (var x in xs) { if (x < lo) lo = x; if (x > hi) hi = x; } return (lo, hi); }
  static ref int Find(int[] xs, int v) { for (int i = 0; i < xs.Length; i++) if (xs[i] == v) return ref xs[i]; throw new KeyNotFoundException($"no {v}"); }
  static string Describe(object o) {
    if (o == null) return "null";
    if (o is int) { int i = (int)o; return i > 10 ? $"big int {i}" : $"int {i}"; }
    var s = o as string; if (s != null) return $"string of {s.Length}";
    var c = o as Circle; if (c != null) return $"circle {c.R:F1}";
    var sh = o as Shape; if (sh != null) return $"shape {sh.Area:0.00}";
    return o.GetType().Name;
  }
  static int Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
  static void Main() {
    var (lo, hi) = MinMax(new[] { 5, -3, 9, 2 });
    Console.WriteLine($"lo={lo} hi={hi,4}|{hi:X4}|{3.14159:F2}|{1234567:N0}");
    var v = new Vec(3, 4); int x, y; v.Deconstruct(out x, out y); Console.WriteLine($"{v} {x + y}");
    int[] arr = { 1, 2, 3 }; ref int r = ref Find(arr, 2); r = 20; Console.WriteLine(string.Join(",", arr));
    foreach (var o in new object[] { null, 5, 42, "hey", new Circle(1.5), new Rect(2, 3), 2.5, new Vec(1, 2) }) Console.WriteLine(Describe(o));

    Console.WriteLine(Fact(10));
    if (int.TryParse("123", out var parsed)) Console.WriteLine(parsed + 1);
    string s = null; Console.WriteLine(s?.Length ?? -1); Console.WriteLine(nameof(Main) + " " + nameof(Vec.X));
    var words = "the quick brown fox jumps over the lazy dog".Split(' ');
    var groups = words.GroupBy(w => w.Length).OrderBy(g => g.Key).Select(g => $"{g.Key}:{string.Join("/", g)}");
    Console.WriteLine(string.Join(" ", groups));
    var sb = new StringBuilder(); for (int i = 0; i < 5; i++) sb.AppendFormat("{0}-", i * i); sb.Length--; Console.WriteLine(sb);
    var dict = words.Distinct().ToDictionary(w => w, w => w.Length);
    Console.WriteLine(dict.Where(kv => kv.Value > 4).Select(kv => kv.Key).Aggregate((a, b) => a + "+" + b));
    (string name, int age) p = ("ann", 31); Console.WriteLine($"{p.name} {p.age} {p}");
    var tuple = Tuple.Create(1, "two", 3.0); Console.WriteLine(tuple);
    Console.WriteLine(words.Select((w, i) => w.Length * i).Sum() + " " + words.Max(w => w.Length) + " " + words.Average(w => w.Length).ToString("F3"));
    double d = 1.0 / 3; Console.WriteLine(d); Console.WriteLine((float)d); Console.WriteLine(1e20); Console.WriteLine(123456789.123456789); Console.WriteLine(-0.0); Console.WriteLine(double.NaN);
    Console.WriteLine(string.Format("{0,-6}|{1,6:P1}|{2:E3}|{3:C}", "ab", 0.256, 12345.678, 9.5));
    checked { try { int big = int.MaxValue; big++; } catch (OverflowException e) { Console.WriteLine(e.Message); } }
    Console.WriteLine(default(int) + " " + (default(string) == null));
    var list = new List<int> { 5, 3, 8 }; list.Sort((a, b) => b.CompareTo(a)); Console.WriteLine(string.Join(" ", list));
    Console.WriteLine(Enumerable.Range(1, 5).Aggregate(1L, (acc, n) => acc * n));
    char c = 'x'; Console.WriteLine(char.IsLetter(c) + " " + char.ToUpper(c) + " " + (int)c);
    Console.WriteLine($"{ConsoleColor.Red} {StringComparison.Ordinal} {DayOfWeek.Friday}");
  }
}
