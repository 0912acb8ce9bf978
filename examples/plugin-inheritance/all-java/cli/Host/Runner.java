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
