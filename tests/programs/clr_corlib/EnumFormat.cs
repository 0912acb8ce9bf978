using System;

enum Day { Mon, Tue, Wed = 10, Thu }

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }

enum Big : long { Small = 1, Huge = 1L << 40 }

enum Tiny : byte { A = 1, B = 200 }

class EnumFormat
{
    static void Main()
    {
        Day d = Day.Wed;
        Console.WriteLine(d + " " + d.ToString() + " " + (int)d + " " + Day.Thu + " " + (Day)1 + " " + (Day)5);
        Console.WriteLine(d.ToString("G") + " " + d.ToString("D") + " " + d.ToString("X") + " " + d.ToString("x") + " " + d.ToString("F"));
        Console.WriteLine(string.Format("{0} {0:D} {0:X} {1}", d, Day.Mon));
        Perm p = Perm.Read | Perm.Write;
        Console.WriteLine(p.ToString("D") + " " + Perm.All + " " + Perm.None + " " + ((Perm)3).ToString("F") + " " + ((Perm)8).ToString("F"));
        Console.WriteLine(Big.Huge + " " + Big.Huge.ToString("D") + " " + Big.Huge.ToString("X") + " " + (Big)3);
        Console.WriteLine(Tiny.B + " " + Tiny.B.ToString("D") + " " + Tiny.B.ToString("X") + " " + (int)Tiny.B);
        object boxed = Day.Tue;
        Console.WriteLine(boxed + " " + boxed.GetType().Name + " " + boxed.Equals(Day.Tue) + " " + boxed.Equals(Day.Mon));
        Console.WriteLine(Day.Mon.CompareTo(Day.Thu) < 0);
        Console.WriteLine(StringComparison.OrdinalIgnoreCase + " " + StringSplitOptions.RemoveEmptyEntries + " " + MidpointRounding.AwayFromZero);
        try { Console.WriteLine(d.ToString("Q")); } catch (FormatException e) { Console.WriteLine(e.Message); }
        foreach (Day x in new Day[] { Day.Mon, Day.Tue, Day.Wed, Day.Thu })
            Console.Write(x + "=" + (int)x + " ");
        Console.WriteLine();
    }
}
