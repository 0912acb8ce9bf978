using System;
using System.IO;

class Item
{
    public override string ToString() { return "Item!"; }
}

class ConsoleWrites
{
    static void Main()
    {
        Console.WriteLine(true);
        Console.WriteLine(false);
        Console.WriteLine('c');
        Console.WriteLine(42);
        Console.WriteLine(-42L);
        Console.WriteLine(1.5f);
        Console.WriteLine(2.25);
        Console.WriteLine("text");
        Console.WriteLine((string)null);
        Console.WriteLine((object)null);
        Console.WriteLine(new Item());
        Console.WriteLine((object)7);
        Console.WriteLine(new char[] { 'a', 'b', 'c' });
        Console.WriteLine(new char[] { 'x', 'y', 'z', 'w' }, 1, 2);
        Console.WriteLine();
        Console.Write(true);
        Console.Write(' ');
        Console.Write('c');
        Console.Write(42);
        Console.Write(-42L);
        Console.Write(1.5f);
        Console.Write(2.25);
        Console.Write("text");
        Console.Write((object)"obj");
        Console.Write(new char[] { '!', '?' });
        Console.Write(new char[] { 'x', 'y', 'z' }, 0, 1);
        Console.Write("{0}", 1);
        Console.Write("{0}{1}", 2, 3);
        Console.Write("{0}{1}{2}", 4, 5, 6);
        Console.Write("{0}{1}{2}{3}", 7, 8, 9, 10);
        Console.Write("\n");
        byte b = 250;
        sbyte sb = -3;
        short s = -1234;
        ushort us = 60000;
        Console.WriteLine(b);
        Console.WriteLine(sb);
        Console.WriteLine(s);
        Console.WriteLine(us);
        Console.WriteLine(1e100);
        Console.WriteLine(-0.0);
        Console.WriteLine(double.NaN);
        TextWriter o = Console.Out;
        o.WriteLine("via Console.Out");
        o.Write(1);
        o.Write(' ');
        o.Write(2.5);
        o.Write(' ');
        o.Write(true);
        o.WriteLine();
        o.WriteLine("{0} + {1}", 1, 2);
        o.WriteLine(3.5f);
        o.WriteLine('z');
        o.WriteLine(new Item());
        o.Flush();
        Console.Out.WriteLine("again {0}", "out");
        Console.Error.WriteLine("to stderr");
        Console.Error.WriteLine("second {0}", 2);
        Console.WriteLine("after stderr");
        Console.WriteLine("unicode: \u00e9\u4e2d\u20ac");
    }
}
