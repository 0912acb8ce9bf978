using System;

class MathFunctions
{
    static void Main()
    {
        double[] xs = { 0.0, 0.5, 1.0, -1.5, 2.0, 10.0, 1e-3, 123.456, -0.0, 3.0 };
        foreach (double x in xs)
        {
            Console.WriteLine(x + ": " + Math.Sqrt(x) + " " + Math.Exp(x) + " " + Math.Log(x) + " " + Math.Log10(x) + " " + Math.Sin(x) + " " + Math.Cos(x) + " " + Math.Tan(x));
            Console.WriteLine("   " + Math.Asin(x) + " " + Math.Acos(x) + " " + Math.Atan(x) + " " + Math.Atan2(x, 2.0) + " " + Math.Sinh(x) + " " + Math.Cosh(x) + " " + Math.Tanh(x));
            Console.WriteLine("   " + Math.Floor(x) + " " + Math.Ceiling(x) + " " + Math.Round(x) + " " + Math.Truncate(x) + " " + Math.Sign(x) + " " + Math.Abs(x) + " " + Math.Pow(x, 2.5) + " " + Math.Pow(2.0, x) + " " + Math.Log(x, 2.0));
        }
        double[] halves = { 0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.4, 2.6, -2.6, 1e16, 4503599627370497.0 };
        foreach (double h in halves)
            Console.Write(Math.Round(h) + "/" + Math.Round(h, MidpointRounding.AwayFromZero) + " ");
        Console.WriteLine();
        double[] rs = { 2.345, 2.355, 0.125, 0.375, 1.005, 2.675, 1.45, -1.45, 123.456789, -0.0049 };
        foreach (double r in rs)
            Console.Write(Math.Round(r, 2) + "|" + Math.Round(r, 1, MidpointRounding.AwayFromZero) + "|" + Math.Round(r, 0) + " ");
        Console.WriteLine();
        Console.WriteLine(Math.Abs(-5) + " " + Math.Abs(5L) + " " + Math.Abs(-2.5) + " " + Math.Abs((short)-7) + " " + Math.Abs(-1.5f));
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(3, 7) + " " + Math.Max(-3L, -7L) + " " + Math.Min(2.5, -2.5) + " " + Math.Max(1.5f, 2.5f));
        Console.WriteLine(Math.Max(double.NaN, 1.0) + " " + Math.Min(1.0, double.NaN) + " " + Math.Max((byte)3, (byte)200));
        Console.WriteLine(Math.Sign(-3) + " " + Math.Sign(0L) + " " + Math.Sign(2.5) + " " + Math.Sign(-0.0));
        Console.WriteLine(Math.Pow(-8, 1.0 / 3) + " " + Math.Pow(0, 0) + " " + Math.Pow(2, 1024) + " " + Math.Pow(-2, 3) + " " + Math.Sqrt(-1));
        Console.WriteLine(Math.Log(0) + " " + Math.Log(-1) + " " + Math.Exp(1000) + " " + Math.Log(8, 2) + " " + Math.Log(100, 10));
        Console.WriteLine(Math.IEEERemainder(10, 3) + " " + Math.IEEERemainder(11, 3) + " " + Math.BigMul(100000, 300000));
        int rem;
        int q = Math.DivRem(17, 5, out rem);
        Console.WriteLine(q + " r " + rem);
        Console.WriteLine(Math.PI + " " + Math.E);
        try { Math.Abs(int.MinValue); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { Math.Abs(long.MinValue); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { Math.Sign(double.NaN); } catch (ArithmeticException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        try { Math.Round(1.5, 16); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        double acc = 0;
        for (int i = 1; i <= 100; i++)
            acc += Math.Sqrt(i) * Math.Sin(i) / Math.Log(i + 1);
        Console.WriteLine(acc);
    }
}
