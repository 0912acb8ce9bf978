using System;
class P {
  static int? Find(int x) { if (x > 0) return x * 2; return null; }
  static void Main() {
    int? a = 5; int? b = null;
    Console.WriteLine(a.HasValue + " " + b.HasValue);
    Console.WriteLine(a.Value + 1);
    Console.WriteLine(b.GetValueOrDefault(7));
    object o = a; Console.WriteLine(o);
    object on = b; Console.WriteLine(on == null);
    int? c = (int?)o; Console.WriteLine(c.Value);
    int? d = (int?)on; Console.WriteLine(d.HasValue);
    Console.WriteLine(Find(3) + " [" + Find(-1) + "]");
    int? s = a + 10; Console.WriteLine(s);
    int? t = a + b; Console.WriteLine(t.HasValue);
    Console.WriteLine(a == 5);
    Console.WriteLine(b ?? 42);
    try { Console.WriteLine(b.Value); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
  }
}
