// `throw new E(...)` after a call, inside loops: the frames' IL offsets as
// Mono prints them.
using System;

namespace Traces {
    class Program {
        static string Describe(int n) {
            string s = "";
            for (int i = 0; i < n; i++) { s += i; }
            return s;
        }

        static int Check(int n) {
            for (int i = 0; i < n; i++) { Console.Write(""); }
            if (n > 2) throw new ArgumentException("bad " + Describe(n));
            return n;
        }

        static int Sum(int n) {
            int total = 0;
            for (int i = 0; i <= n; i++) {
                total += Check(i);
                Console.WriteLine("total " + total);
            }
            return total;
        }

        static void Main() {
            Console.WriteLine(Sum(1));
            Console.WriteLine(Sum(5));
        }
    }
}
