// A counted loop doing struct arithmetic through instance and static calls
// (value types copied on every call and return).  Checksum wraps at 32 bits.
// Usage: Structs.exe [iterations]  (default 100000000).
using System;

public struct Pt {
    public int X, Y;
    public Pt(int x, int y) { X = x; Y = y; }
    public Pt Add(Pt o) { return new Pt(X + o.X, Y + o.Y); }
    public static Pt Scale(Pt p, int k) { return new Pt(p.X * k, p.Y * k); }
}

public static class Structs {
    public static void Main(string[] args) {
        int n = args.Length > 0 ? Int32.Parse(args[0]) : 100000000;
        Pt acc = new Pt(0, 0);
        for (int i = 0; i < n; i++) {
            acc = acc.Add(Pt.Scale(new Pt(i, 1), 1));
        }
        Console.Write("structs(");
        Console.Write(n);
        Console.Write(") = ");
        Console.WriteLine(acc.X);
    }
}
