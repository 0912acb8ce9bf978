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
