using System;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class FormatComposite
{
    static void F(string fmt, params object[] args)
    {
        try
        {
            Console.WriteLine("[" + string.Format(fmt, args) + "]");
        }
        catch (FormatException e)
        {
            Console.WriteLine(fmt + " -> FormatException: " + e.Message);
        }
    }

    static void Main()
    {
        F("{0}", 42);
        F("{0} + {1} = {2}", 1, 2, 3);
        F("{1}{0}{1}", "a", "b");
        F("{0,5}|{0,-5}|{0,1}", 42);
        F("{0,8:F2}|{0,-8:F2}|", 3.14159);
        F("{0:D5} {0:X} {0:x8} {0:N0}", 255);
        F("{0:E} {0:E2} {0:e3}", 12345.678);
        F("{0:P} {0:P0} {0:P3}", 0.4567);
        F("{0:C} {1:C}", 12.5, -3);
        F("{{0}} {{{0}}} }}{{", 7);
        F("{0:0.00} {0:#,##0.0}", 1234567.891);
        F("{0} {1} {2}", null, "x", null);
        F("{0} {1}", new Point(1, 2), true);
        F("{0:yyyy}", "not formattable");
        F("{0:X}", 'c');
        F("{0 }", 1);
        F("{0, 4}", 1);
        F("{0,-3 }|", 1);
        F("{0:D3 }", 1);
        F("{0", 1);
        F("{0}}", 1);
        F("{1}", 1);
        F("{ 0}", 1);
        F("}", 1);
        F("{-1}", 1);
        F("{a}", 1);
        F("{0:{{}", 1);
        Console.WriteLine("{0}-{1}", "x", 2);
        Console.WriteLine("{0}-{1}-{2}", 1, 2, 3);
        Console.WriteLine("{0}-{1}-{2}-{3}", 1, 2, 3, 4);
        Console.WriteLine("{0:F1}", 2.25);
        Console.Write("{0} and {1}", "this", "that");
        Console.WriteLine();
        Console.WriteLine(string.Format("{0,-10}|{1,10}|", "left", "right"));
        Console.WriteLine(string.Format("{0:N2}", 1234.5) + string.Format("{0}", 1, 2));
        object[] arr = { "a", 1 };
        Console.WriteLine(string.Format("{0}{1}", arr));
        Console.WriteLine(String.Format("Total: {0,10:C}", 1234.5));
    }
}
