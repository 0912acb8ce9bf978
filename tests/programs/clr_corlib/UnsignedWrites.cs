using System;

class UnsignedWrites
{
    static void Main()
    {
        uint u = 4000000000;
        ulong ul = 18000000000000000000;
        Console.WriteLine(u);
        Console.WriteLine(ul);
        Console.WriteLine(Math.Max(u, 5u));
        Console.WriteLine(Math.Min(ul, 5UL));
        uint[] us = { 4000000000, 1, 3000000000 };
        Array.Sort(us);
        Console.WriteLine(us[0] + " " + us[1] + " " + us[2]);
    }
}
