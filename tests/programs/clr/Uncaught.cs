using System;
class Program {
    static void Fail(int n) {
        if (n == 0) throw new InvalidOperationException("no more: " + n);
        Fail(n - 1);
    }
    static void Main() {
        Console.WriteLine("before");
        Fail(3);
        Console.WriteLine("after");
    }
}
