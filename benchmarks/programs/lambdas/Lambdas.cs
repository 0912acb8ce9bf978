// Delegate calls: a closure called 10^8 times through Func<int,int>.
// Checksum wraps at 32 bits.
using System;

class Lambdas
{
    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100000000;
        int k = args.Length > 1 ? int.Parse(args[1]) : 0;
        Func<int, int> f = x => x + k;
        int s = 0;
        for (int i = 0; i < n; i++)
            s += f(i);
        Console.Write("lambdas(");
        Console.Write(n);
        Console.Write(") = ");
        Console.WriteLine(s);
    }
}
