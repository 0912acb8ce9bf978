using System;

class FormatDoubles
{
    static void Main()
    {
        double[] values = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e15, 1e16, 1e17,
            123456789012345678.0, 1.5e-5, 0.0001, 0.00001, 1e-10, 3.14159265358979, 2.718281828459045,
            1.7976931348623157e308, 4.94065645841247e-324, 2.2250738585072014e-308, 0.5, 1.5, 2.5, 1234.5678,
            -1234.5678, 9.999999999999999e22, 1e21, 123.456e10, 5e-324, 0.30000000000000004, 12345678.9 };
        foreach (double v in values)
            Console.WriteLine(v + " | " + v.ToString("R") + " | " + v.ToString("G17") + " | " + v.ToString("G3"));
        double nan = 0.0 / 0.0, pinf = 1.0 / 0.0, ninf = -1.0 / 0.0;
        Console.WriteLine(nan + " " + pinf + " " + ninf + " " + nan.ToString("F2") + " " + pinf.ToString("N") + " " + ninf.ToString("E"));
        string[] formats = { "F", "F0", "F1", "F3", "F10", "N", "N0", "N3", "E", "E0", "E3", "e10", "G", "G1", "G5", "G15", "G16", "P", "P0", "P4", "C", "C0" };
        double[] fvalues = { 0.0, 1234.5678, -0.000123456, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e-7, 123456789.987654321, 1e20, -1e-20 };
        foreach (double v in fvalues)
        {
            Console.Write(v.ToString("R") + ":");
            foreach (string f in formats)
                Console.Write(" " + f + "=" + v.ToString(f));
            Console.WriteLine();
        }
        foreach (string bad in new string[] { "D", "X", "Q" })
        {
            try
            {
                Console.WriteLine(1.5.ToString(bad));
            }
            catch (FormatException e)
            {
                Console.WriteLine(bad + ": " + e.Message);
            }
        }
        double sum = 0;
        for (int i = 0; i < 10; i++)
            sum += 0.1;
        Console.WriteLine(sum + " " + sum.ToString("R") + " " + (sum == 1.0));
        Console.WriteLine(Math.PI + " " + Math.E + " " + Math.PI.ToString("F10") + " " + (Math.PI * 1e10).ToString("N2"));
    }
}
