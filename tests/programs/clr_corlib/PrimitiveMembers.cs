using System;

class PrimitiveMembers
{
    static void Main()
    {
        Console.WriteLine(int.MaxValue + " " + int.MinValue + " " + long.MaxValue + " " + long.MinValue);
        Console.WriteLine(short.MaxValue + " " + short.MinValue + " " + byte.MaxValue + " " + sbyte.MinValue + " " + ushort.MaxValue);
        Console.WriteLine(uint.MaxValue.ToString() + " " + ulong.MaxValue.ToString() + " " + char.MaxValue.GetHashCode());
        Console.WriteLine(double.MaxValue + " " + double.MinValue + " " + double.Epsilon + " " + float.MaxValue);
        Console.WriteLine(double.IsNaN(double.NaN) + " " + double.IsNaN(1.0) + " " + double.IsInfinity(double.NegativeInfinity) + " " + double.IsPositiveInfinity(double.NegativeInfinity) + " " + double.IsNegativeInfinity(double.NegativeInfinity));
        Console.WriteLine(true.ToString() + " " + false.ToString() + " " + bool.TrueString + " " + bool.FalseString);
        Console.WriteLine('x'.ToString() + " " + 'x'.GetHashCode() + " " + 'a'.CompareTo('z') + " " + 'q'.Equals('q'));
        Console.WriteLine(1.5.GetHashCode() + " " + 0.0.GetHashCode() + " " + (-0.0).GetHashCode() + " " + double.NaN.GetHashCode() + " " + (-2.5).GetHashCode());
        Console.WriteLine(1.5f.GetHashCode() + " " + float.NaN.GetHashCode() + " " + 123456789012L.GetHashCode() + " " + (-1L).GetHashCode());
        Console.WriteLine(((short)-2).GetHashCode() + " " + ((sbyte)-2).GetHashCode() + " " + true.GetHashCode() + " " + ((ushort)65535).GetHashCode() + " " + 4000000000u.GetHashCode() + " " + 42.GetHashCode());
        Console.WriteLine(((byte)5).CompareTo((byte)200) + " " + ((short)5).CompareTo((short)-7) + " " + 5.CompareTo(9) + " " + 9L.CompareTo(5L) + " " + true.CompareTo(false) + " " + false.CompareTo(false));
        Console.WriteLine(double.NaN.CompareTo(1.0) + " " + 1.0.CompareTo(double.NaN) + " " + double.NaN.CompareTo(double.NaN) + " " + 2.5.CompareTo(2.5));
        Console.WriteLine(double.NaN.Equals(double.NaN) + " " + (double.NaN == double.NaN) + " " + 0.0.Equals(-0.0) + " " + 5.Equals(5) + " " + 5.Equals(6));
        Console.WriteLine(5.Equals((object)5) + " " + 5.Equals((object)5L) + " " + 5.CompareTo((object)null) + " " + 5.CompareTo((object)3));
        try { 5.CompareTo((object)5L); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { 5.0.CompareTo((object)"x"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        object o1 = 42, o2 = 42;
        Console.WriteLine(o1.Equals(o2) + " " + (o1 == o2) + " " + o1.GetHashCode() + " " + o1.ToString());
        int x = 17;
        Console.WriteLine(x.ToString() + x.ToString("X") + x.GetHashCode() + x.CompareTo(17) + x.Equals(17));
        IComparable c = 3;
        Console.WriteLine(c.CompareTo(4));
        uint u = 3000000000;
        Console.WriteLine(u.CompareTo(5u) + " " + u.ToString() + " " + (u > 5u));
        ulong ul = 10000000000000000000;
        Console.WriteLine(ul.CompareTo(5UL) + " " + ul.ToString("N0"));
        Console.WriteLine(((IFormattable)12.5).ToString("F3", null) + " " + 255.ToString("X4", null));
    }
}
