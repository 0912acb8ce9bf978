using System;
enum Color { Red, Green, Blue }
enum Code { None = 0, Low = 5, High = 100, Negative = -3 }
enum Big : long { Small = 1, Huge = 10000000000 }
enum Perm { Read = 1, Write = 2, Exec = 4 }
class Program {
    static Color field;
    static string Describe(Color c) {
        switch (c) {
            case Color.Red: return "warm";
            case Color.Green: return "natural";
            default: return "cool";
        }
    }
    static void Main() {
        Color c = Color.Green;
        Console.WriteLine(c);
        Console.WriteLine((int)c);
        Console.WriteLine(Describe(c) + " " + Describe(Color.Blue) + " " + Describe((Color)0));
        Color d = (Color)2;
        Console.WriteLine(d);
        Console.WriteLine(d == Color.Blue);
        Console.WriteLine(field);
        field = Color.Blue;
        Console.WriteLine(field);
        Console.WriteLine(Code.High);
        Console.WriteLine((int)Code.High + (int)Code.Negative);
        Console.WriteLine(Code.Negative);
        Console.WriteLine((Code)7);
        Console.WriteLine(Big.Huge);
        Console.WriteLine((long)Big.Huge + 1);
        Perm p = Perm.Read | Perm.Write;
        Console.WriteLine(p);
        Console.WriteLine((int)p);
        Console.WriteLine(p | Perm.Exec);
        Console.WriteLine("color: " + c);
        Console.WriteLine(c.ToString());
        Color[] all = new Color[3];
        all[1] = Color.Blue;
        for (int i = 0; i < all.Length; i++) Console.WriteLine(all[i]);
        object o = Color.Red;
        Console.WriteLine(o);
        Console.WriteLine((Color)o == Color.Red);
        for (Color k = Color.Red; k <= Color.Blue; k++) Console.Write((int)k);
        Console.WriteLine();
    }
}
