// Frames of an uncaught exception: Mono prints each frame's IL offset as
// that of the sequence point before the instruction (the last IL offset
// where the evaluation stack was empty, or the one right after a call).
// Every method here is too big for Mono to inline, so both show the same
// frames.
using System;

namespace Traces {
    class Box {
        public int V;
        public Box(int n) { for (int i = 0; i < n; i++) { V += i; Console.Write(""); } }
    }

    class Program {
        static int Index(int n) {
            for (int i = 0; i < n; i++) { Console.Write(""); }
            return n + 5;
        }

        static int Pick(int[] a, int n) {
            Console.Write("");
            return a[Index(n)];                 // ldelem right after a call
        }

        static int Combine(int k) {
            int r = k + new Box(k).V + Pick(new int[3], k) * 2;
            for (int i = 0; i < k; i++) { Console.Write(""); }
            return r;
        }

        static int Depth(int n) {
            int x = n * 2;
            if (n == 0) return Combine(x + 1);
            switch (n % 3) {
                case 0: x += 1; break;
                case 1: x -= 1; break;
                default: x ^= 3; break;
            }
            return Depth(n - 1) + x.ToString().Length;
        }

        static void Main() {
            Console.WriteLine("start");
            Console.WriteLine(Depth(4));
        }
    }
}
