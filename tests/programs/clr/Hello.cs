using System;
class Hello {
    static void Main() {
        Console.WriteLine("Hello, world");
        Console.WriteLine(42);
        Console.WriteLine(-7);
    }
}
