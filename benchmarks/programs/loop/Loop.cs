// A counted loop calling a small static int method (same-VM call).
// Usage: Loop.exe [iterations]  (default 100000000).  Checksum wraps at 32 bits.
using System;

public static class Loop {
    static int Add(int a, int b) {
        return a + b;
    }

    public static void Main(string[] args) {
        int n = args.Length > 0 ? Int32.Parse(args[0]) : 100000000;
        int acc = 0;
        for (int i = 0; i < n; i++) {
            acc = Add(acc, i);
        }
        Console.Write("loop(");
        Console.Write(n);
        Console.Write(") = ");
        Console.WriteLine(acc);
    }
}
