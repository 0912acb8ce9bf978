using System;
struct Counter { public int N; public void Inc() { N++; } }
class Box { public int V; public Counter C; }
class Program {
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static void Swap(ref Counter a, ref Counter b) { Counter t = a; a = b; b = t; }
    static void Print(int[] a) {
        string s = "";
        for (int i = 0; i < a.Length; i++) s = s + a[i];
        Console.WriteLine(s);
    }
    // Heap's algorithm
    static void Perm(int[] a, int n) {
        if (n == 1) { Print(a); return; }
        for (int i = 0; i < n - 1; i++) {
            Perm(a, n - 1);
            if (n % 2 == 0) Swap(ref a[i], ref a[n - 1]);
            else Swap(ref a[0], ref a[n - 1]);
        }
        Perm(a, n - 1);
    }
    static bool TryDivide(int a, int b, out int q, out int r) {
        if (b == 0) { q = 0; r = 0; return false; }
        q = a / b; r = a % b; return true;
    }
    static void MakeCounter(out Counter c, int n) { c = new Counter(); c.N = n; }
    static void IncTwice(ref Counter c) { c.Inc(); c.Inc(); }
    static void Reset(ref string s) { s = "reset"; }
    static long AddLong(ref long x, long d) { x += d; return x; }
    static void Main() {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine(x + " " + y);
        int[] pa = new int[4];
        for (int i = 0; i < 4; i++) pa[i] = i + 1;
        Perm(pa, 4);
        int q, r;
        Console.WriteLine(TryDivide(17, 5, out q, out r) + " " + q + " " + r);
        Console.WriteLine(TryDivide(1, 0, out q, out r) + " " + q + " " + r);
        Counter c;
        MakeCounter(out c, 5);
        IncTwice(ref c);
        Console.WriteLine(c.N);
        Counter d = c;
        IncTwice(ref d);
        Swap(ref c, ref d);
        Console.WriteLine(c.N + " " + d.N);
        string s = "orig";
        Reset(ref s);
        Console.WriteLine(s);
        long L = 40;
        Console.WriteLine(AddLong(ref L, 2) + " " + L);
        int[] arr = new int[3];
        arr[0] = 10; arr[1] = 20; arr[2] = 30;
        ref int e = ref arr[1];
        e = 21;
        e++;
        Console.WriteLine(arr[1]);
        Box bx = new Box();
        ref int v = ref bx.V;
        v = 9;
        Console.WriteLine(v + bx.V);
        Swap(ref bx.V, ref arr[0]);
        Console.WriteLine(bx.V + " " + arr[0]);
        ref Counter rc = ref bx.C;
        rc.Inc();
        IncTwice(ref bx.C);
        Console.WriteLine(bx.C.N);
        Counter[] cs = new Counter[2];
        ref Counter r1 = ref cs[1];
        r1.Inc();
        cs[1] = c;
        Console.WriteLine(r1.N + " " + cs[0].N);
        double dd = 1.5;
        Twice(ref dd);
        Console.WriteLine(dd);
        Counter k = new Counter();
        Console.WriteLine(Combine(k, Bump(ref k)) + " " + k.N);
    }
    static void Twice(ref double d) { d = d * 2; }
    static int Bump(ref Counter c) { c.N += 10; return 1; }
    static int Combine(Counter a, int b) { return a.N + b; }
}
