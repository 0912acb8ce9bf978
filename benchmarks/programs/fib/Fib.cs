// Recursive Fibonacci: call-heavy integer code.  Usage: Fib.exe [n]  (default 32)
using System;

public static class Fib {
    static int FibRec(int n) {
        if (n < 2) return n;
        return FibRec(n - 1) + FibRec(n - 2);
    }

    public static void Main(string[] args) {
        int n = args.Length > 0 ? Int32.Parse(args[0]) : 32;
        int r = FibRec(n);
        Console.Write("fib(");
        Console.Write(n);
        Console.Write(") = ");
        Console.WriteLine(r);
    }
}
