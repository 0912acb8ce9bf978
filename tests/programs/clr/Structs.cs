using System;
struct Point {
    public int X;
    public int Y;
    public Point(int x, int y) { X = x; Y = y; }
    public int LengthSquared { get { return X * X + Y * Y; } }
    public int Sum() { return X + Y; }
    public void Move(int dx, int dy) { X += dx; Y += dy; }
    public static Point operator +(Point a, Point b) { return new Point(a.X + b.X, a.Y + b.Y); }
    public static bool operator ==(Point a, Point b) { return a.X == b.X && a.Y == b.Y; }
    public static bool operator !=(Point a, Point b) { return !(a == b); }
    public override bool Equals(object o) { return o is Point && this == (Point)o; }
    public override int GetHashCode() { return X * 31 + Y; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}
struct Plain { public int A; public long B; }
interface IArea { int Area(); }
struct Rect : IArea {
    public static readonly Rect Unit = new Rect(1, 1);
    public int W, H;
    public Rect(int w, int h) { W = w; H = h; }
    public int Area() { return W * H; }
    public void Grow() { W++; H++; }
}
struct Line { public Point From; public Point To; }
class Holder { public Point P; public Line L; }
class Program {
    static Point origin;
    static void Bump(Point p) { p.X = 100; }
    static Point Make(int v) { Point p = new Point(v, v * 2); return p; }
    static void Main() {
        Point a = new Point(1, 2);
        Point b = a;
        b.X = 10;
        Console.WriteLine(a.X + " " + b.X);
        Bump(a);
        Console.WriteLine(a.X);
        a.Move(3, 4);
        Console.WriteLine(a.ToString() + " " + a.Sum() + " " + a.LengthSquared);
        Point c = a + Make(5);
        Console.WriteLine(c);
        Console.WriteLine(c == new Point(9, 16));
        Console.WriteLine(c != a);
        Holder h = new Holder();
        Console.WriteLine(h.P.X + " " + h.L.To.Y);
        h.P.X = 7;
        h.L.To.Y = 8;
        Point hp = h.P;
        hp.X = 99;
        Console.WriteLine(h.P.X + " " + h.L.To.Y + " " + hp.X);
        h.P.Move(1, 1);
        Console.WriteLine(h.P);
        Line l = h.L;
        l.To.Y = 50;
        Console.WriteLine(h.L.To.Y + " " + l.To.Y);
        Point[] arr = new Point[3];
        arr[1].X = 5;
        arr[2] = a;
        arr[2].Y = 42;
        arr[0].Move(2, 2);
        for (int i = 0; i < arr.Length; i++) Console.WriteLine(arr[i]);
        Console.WriteLine(a);
        origin.Y = 3;
        Point o2 = origin;
        o2.Y = 4;
        Console.WriteLine(origin.Y + " " + o2.Y);
        object boxed = a;
        a.X = -1;
        Console.WriteLine(boxed);
        Console.WriteLine(boxed.Equals(new Point(4, 6)));
        Console.WriteLine(boxed.Equals(a));
        Point back = (Point)boxed;
        Console.WriteLine(back.X);
        Plain p1 = new Plain(); p1.A = 1; p1.B = 2;
        Plain p2 = p1;
        object bp = p1;
        Console.WriteLine(bp.Equals(p2));
        p2.B = 3;
        Console.WriteLine(bp.Equals(p2));
        Console.WriteLine(bp);
        Point d = default(Point);
        Console.WriteLine(d);
        Console.WriteLine(p1.ToString() + " " + p1.Equals(p2) + " " + p1.Equals(p1));
        Rect r = Rect.Unit;
        r.Grow();
        IArea ia = r;
        r.Grow();
        Console.WriteLine(Rect.Unit.Area() + " " + ia.Area() + " " + r.Area());
    }
}
