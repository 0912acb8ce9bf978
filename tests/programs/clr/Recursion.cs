using System;
class Program {
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static int Ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return Ack(m - 1, 1);
        return Ack(m - 1, Ack(m, n - 1));
    }
    static void Main() {
        Console.WriteLine(Fib(15));
        Console.WriteLine(Ack(2, 3));
    }
}
