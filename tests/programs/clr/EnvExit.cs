using System;
class Program {
    static void Main() {
        Console.WriteLine("exiting with 3");
        Environment.Exit(3);
        Console.WriteLine("not reached");
    }
}
