using System;
using System.Globalization;

class ParseNumbers
{
    static void P(string s)
    {
        try { Console.Write("int[" + s + "]=" + int.Parse(s)); }
        catch (Exception e) { Console.Write("int[" + s + "] " + e.GetType().Name + ": " + e.Message); }
        int v;
        bool ok = int.TryParse(s, out v);
        Console.WriteLine(" try=" + ok + "," + v);
    }

    static void Main()
    {
        string[] inputs = { "12", " 12 ", "+12", "-12", "1_2", "", " ", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "99999999999999999999", "1.0", "0x10", "1e3", "\t7\n", "- 1", "1,000", null, "+-1", "00012", "-0", "abc" };
        foreach (string s in inputs)
            P(s);
        Console.WriteLine(long.Parse("9223372036854775807") + " " + long.Parse("-9223372036854775808"));
        Console.WriteLine(short.Parse("-32768") + " " + ushort.Parse("65535") + " " + byte.Parse("255") + " " + sbyte.Parse("-128"));
        Console.WriteLine(uint.Parse("4294967295") + " " + ulong.Parse("18446744073709551615") + " " + uint.Parse("-0"));
        string[] bad = { "9223372036854775808", "256", "-129", "40000", "-1" };
        try { long.Parse(bad[0]); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { byte.Parse(bad[1]); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { sbyte.Parse(bad[2]); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { short.Parse(bad[3]); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { ushort.Parse(bad[4]); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { uint.Parse(bad[4]); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { ulong.Parse(bad[4]); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(int.Parse("ff", NumberStyles.HexNumber) + " " + int.Parse("FFFFFFFF", NumberStyles.HexNumber) + " " + long.Parse("7fffffffffffffff", NumberStyles.HexNumber));
        Console.WriteLine(int.Parse("1,234", NumberStyles.Number) + " " + int.Parse(" (5) ", NumberStyles.Any) + " " + int.Parse("5-", NumberStyles.AllowTrailingSign));
        try { int.Parse("1.5", NumberStyles.Number); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        try { int.Parse("1FFFFFFFF", NumberStyles.HexNumber); } catch (Exception e) { Console.WriteLine(e.GetType().Name); }
        int h;
        Console.WriteLine(int.TryParse("zz", NumberStyles.HexNumber, null, out h) + " " + h);
        Console.WriteLine(int.TryParse("1f", NumberStyles.HexNumber, null, out h) + " " + h);
        long l;
        Console.WriteLine(long.TryParse("-77", out l) + " " + l);
        byte b;
        Console.WriteLine(byte.TryParse("300", out b) + " " + b);
        Console.WriteLine(bool.Parse("True") + " " + bool.Parse(" false ") + " " + bool.Parse("TRUE"));
        bool flag;
        Console.WriteLine(bool.TryParse("yes", out flag) + " " + flag + " " + bool.TryParse("true", out flag) + " " + flag);
        try { bool.Parse("yes"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        try { bool.Parse(null); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(char.Parse("x"));
        try { char.Parse("ab"); } catch (FormatException e) { Console.WriteLine(e.Message); }
        char c;
        Console.WriteLine(char.TryParse("", out c) + " " + (int)c);
    }
}
