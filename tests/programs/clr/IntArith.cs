using System;
class IntArith {
    static int Mix(int a, int b) { return (a * 31 + b) ^ (int)((uint)a >> 3) ^ (b << 5); }
    static void Main() {
        int x = int.MaxValue;
        unchecked { Console.WriteLine(x + 1); }
        Console.WriteLine(7 / 2 + " " + (-7 / 2) + " " + (7 / -2) + " " + (-7 / -2));
        Console.WriteLine(7 % 3 + " " + (-7 % 3) + " " + (7 % -3) + " " + (-7 % -3));
        int h = 17;
        for (int i = 0; i < 50; i++) h = Mix(h, i);
        Console.WriteLine(h);
        long f = 1;
        for (int i = 1; i <= 20; i++) f *= i;
        Console.WriteLine(f);
        long big = long.MaxValue;
        unchecked { Console.WriteLine(big + 1); }
        Console.WriteLine((-16 >> 2) + " " + (1 << 33) + " " + (-1L >> 1));
        uint u = 4000000000; Console.WriteLine(u > 5 ? "big" : "small");
        int acc = 0;
        for (int i = -5; i <= 5; i++) { acc += i * i * i; acc ^= i; }
        Console.WriteLine(acc);
    }
}
