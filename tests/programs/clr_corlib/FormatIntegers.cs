using System;

class FormatIntegers
{
    static void Main()
    {
        string[] formats = { "", "G", "G3", "g8", "D", "D1", "D6", "d3", "X", "X2", "x", "x8", "N", "N0", "n3", "F", "F0", "f3", "E", "E0", "e2", "P", "P0", "p1", "C", "C0", "c3" };
        int[] ints = { 0, 7, -7, 255, -255, 123456789, -2147483648, 2147483647, 1000, 999999 };
        foreach (int v in ints)
        {
            Console.Write(v + ":");
            foreach (string f in formats)
                Console.Write(" " + f + "=" + v.ToString(f));
            Console.WriteLine();
        }
        long[] longs = { 0L, -1L, 9223372036854775807L, -9223372036854775808L, 1234567890123L, -42L };
        foreach (long v in longs)
        {
            Console.Write(v + ":");
            foreach (string f in formats)
                Console.Write(" " + f + "=" + v.ToString(f));
            Console.WriteLine();
        }
        short sh = -300;
        byte by = 200;
        sbyte sb = -100;
        ushort us = 65000;
        uint ui = 4000000000;
        ulong ul = 18000000000000000000;
        Console.WriteLine(sh.ToString() + " " + sh.ToString("X") + " " + sh.ToString("D6") + " " + sh.ToString("N1"));
        Console.WriteLine(by.ToString() + " " + by.ToString("X") + " " + by.ToString("x4") + " " + by.ToString("D5"));
        Console.WriteLine(sb.ToString() + " " + sb.ToString("X") + " " + sb.ToString("x") + " " + sb.ToString("G1"));
        Console.WriteLine(us.ToString() + " " + us.ToString("X") + " " + us.ToString("N0"));
        Console.WriteLine(ui.ToString() + " " + ui.ToString("X") + " " + ui.ToString("N0") + " " + ui.ToString("E3"));
        Console.WriteLine(ul.ToString() + " " + ul.ToString("X") + " " + ul.ToString("N0") + " " + ul.ToString("G5"));
        Console.WriteLine(string.Format("{0} {1} {2} {3} {4} {5}", sh, by, sb, us, ui, ul));
        object[] boxed = { sh, by, sb, us, ui, ul, 5, 6L };
        foreach (object o in boxed)
            Console.Write(o + ";");
        Console.WriteLine();
        foreach (string bad in new string[] { "Q", "R", "D100", "X3y", "%" })
        {
            try
            {
                Console.WriteLine(bad + " -> " + 12.ToString(bad));
            }
            catch (FormatException e)
            {
                Console.WriteLine(bad + " -> " + e.Message);
            }
        }
    }
}
