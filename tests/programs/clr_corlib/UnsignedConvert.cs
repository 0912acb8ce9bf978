using System;
using System.Text;

class UnsignedConvert
{
    static void Main()
    {
        Console.WriteLine(Convert.ToUInt32("4000000000"));
        Console.WriteLine(Convert.ToUInt32(123));
        Console.WriteLine(Convert.ToUInt32(3.5));
        Console.WriteLine(Convert.ToUInt32(4000000000L));
        Console.WriteLine(Convert.ToUInt64("18000000000000000000"));
        Console.WriteLine(Convert.ToUInt64(42));
        Console.WriteLine(Convert.ToInt64(4000000000u));
        Console.WriteLine(Convert.ToDouble(4000000000u));
        Console.WriteLine(Convert.ToDouble(18000000000000000000UL));
        Console.WriteLine(Convert.ToString(4000000000u));
        Console.WriteLine(Convert.ToString(18000000000000000000UL));
        Console.WriteLine(Convert.ToString((byte)250) + " " + Convert.ToString((ushort)65000));
        try { Convert.ToInt32(4000000000u); }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        try { Convert.ToUInt32(-1); }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        try { Convert.ToInt64(18000000000000000000UL); }
        catch (OverflowException e) { Console.WriteLine("overflow: " + e.Message); }
        Console.WriteLine(uint.Parse("4294967295"));
        Console.WriteLine(ulong.Parse("18446744073709551615"));
        uint p;
        Console.WriteLine(uint.TryParse("3999999999", out p) + " " + p);
        Console.WriteLine(ushort.Parse("65535") + " " + byte.Parse("255"));
        var sb = new StringBuilder();
        sb.Append(4000000000u).Append(' ').Append(18000000000000000000UL).Append(' ');
        sb.Append((ushort)65535).Append(' ').Append((sbyte)-7).Append(' ').Append((byte)255);
        Console.WriteLine(sb.ToString());
        Console.Write(4000000000u);
        Console.Write(' ');
        Console.Write(18000000000000000000UL);
        Console.WriteLine();
        Console.Out.WriteLine(4000000000u);
        ulong acc = 1;
        for (int i = 0; i < 70; i++) acc = acc * 3 + 1;
        Console.WriteLine(acc);
        Console.WriteLine(acc >> 60);
        Console.WriteLine((uint)(acc & 0xFFFFFFFF));
    }
}
