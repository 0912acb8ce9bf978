using System;

class ParseDoubles
{
    static void D(string s)
    {
        try { Console.Write("D[" + s + "]=" + double.Parse(s).ToString("R")); }
        catch (Exception e) { Console.Write("D[" + s + "] " + e.GetType().Name + ": " + e.Message); }
        double v;
        Console.WriteLine(" try=" + double.TryParse(s, out v) + "," + v);
    }

    static void Main()
    {
        string[] inputs = { "1.5", " -1.5e3 ", "1,000.5", ".5", "5.", "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "infinity",
            "abc", "", "1e", "0x1", "1.7976931348623157E+308", "4.9e-324", "1e-400", "+.5e-1", "-0", "0.1", "123456789012345678901234567890",
            "3.14159265358979323846", "1E+2", "2.5E-3", " 12 ", "1..2", "--1", "1e+", "0.30000000000000004", "9007199254740993" };
        foreach (string s in inputs)
            D(s);
        Console.WriteLine(float.Parse("0.1") + " " + float.Parse("3.4028235e38") + " " + float.Parse("1e-50") + " " + float.Parse("16777217"));
        try { float.Parse("3.5e38"); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        float f;
        Console.WriteLine(float.TryParse("2.5", out f) + " " + f);
        double[] samples = { 0.1, 1.0 / 3, Math.PI, 1e-300, 12345.6789, -2.5e-7 };
        foreach (double d in samples)
        {
            string r = d.ToString("R");
            Console.WriteLine(r + " " + (double.Parse(r) == d));
        }
    }
}
