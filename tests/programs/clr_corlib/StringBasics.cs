using System;

class StringBasics
{
    static void Show(string label, string s)
    {
        Console.WriteLine(label + ": [" + s + "] " + s.Length);
    }

    static void Main()
    {
        string s = "Hello, World";
        Console.WriteLine(s.Length);
        Console.WriteLine(s[0] + "" + s[7] + s[s.Length - 1]);
        Show("sub1", s.Substring(7));
        Show("sub2", s.Substring(0, 5));
        Show("sub0", s.Substring(12));
        Show("insert", s.Insert(5, "!!!"));
        Show("remove1", s.Remove(5));
        Show("remove2", s.Remove(5, 2));
        Show("replace-c", s.Replace('l', 'L'));
        Show("replace-s", s.Replace("World", "There"));
        Show("replace-del", s.Replace("l", ""));
        Show("replace-null", s.Replace("o", null));
        Show("padleft", "42".PadLeft(6));
        Show("padleft-c", "42".PadLeft(6, '0'));
        Show("padright", "42".PadRight(6) + "|");
        Show("padright-c", "42".PadRight(6, '.'));
        Show("pad-short", "hello".PadLeft(3));
        Show("upper", s.ToUpper());
        Show("lower", s.ToLower());
        Show("upper-inv", "straße".ToUpperInvariant());
        Show("lower-inv", "ÀÉÎ".ToLowerInvariant());
        Show("trim", "  \t padded \n ".Trim());
        Show("trimstart", "  padded  ".TrimStart());
        Show("trimend", "  padded  ".TrimEnd());
        Show("trim-chars", "xxyhixyx".Trim('x', 'y'));
        Show("trim-char", "***star***".Trim('*'));
        Show("trimstart-chars", "0001230".TrimStart('0'));
        Show("trimend-chars", "1.2500".TrimEnd('0'));
        Show("trimend-arr", "abc;;,".TrimEnd(new char[] { ';', ',' }));
        char[] cs = s.ToCharArray();
        Console.WriteLine(cs.Length + " " + cs[4]);
        char[] part = s.ToCharArray(7, 5);
        Console.WriteLine(new string(part));
        Console.WriteLine(new string('=', 10));
        Console.WriteLine(new string(cs, 0, 5));
        Console.WriteLine("[" + new string('x', 0) + "]");
        Console.WriteLine(string.Concat("a", "b"));
        Console.WriteLine(string.Concat("a", "b", "c"));
        Console.WriteLine(string.Concat("a", "b", "c", "d"));
        Console.WriteLine(string.Concat("a", "b", "c", "d", "e", "f"));
        Console.WriteLine(string.Concat(1, 2.5));
        Console.WriteLine(string.Concat(1, true, 'c'));
        Console.WriteLine(string.Concat((object)null, "x", null));
        Console.WriteLine(string.Concat(new object[] { 1, null, "two", 3.0 }));
        Console.WriteLine(string.Concat(new string[] { "x", null, "y" }));
        Console.WriteLine("[" + string.Empty + "]" + string.Empty.Length);
        Console.WriteLine(string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty(" "));
        Console.WriteLine(string.IsNullOrWhiteSpace(" \t\n") + " " + string.IsNullOrWhiteSpace(null) + " " + string.IsNullOrWhiteSpace(" x "));
        string a = "abc";
        string b = "ab" + "c".ToString();
        Console.WriteLine((a == b) + " " + (a != b) + " " + (a == null) + " " + ((string)null == null));
        Console.WriteLine(a.Equals(b) + " " + a.Equals("ABC") + " " + string.Equals(a, b) + " " + string.Equals(null, a));
        Console.WriteLine(a.ToString() + a.Clone());
        char[] dst = new char[5];
        "world".CopyTo(1, dst, 0, 3);
        Console.WriteLine(new string(dst, 0, 3));
        int count = 0;
        foreach (char c in "mississippi")
            if (c == 's') count++;
        Console.WriteLine(count);
        string built = "";
        for (int i = 0; i < 5; i++)
            built += i;
        Console.WriteLine(built);
    }
}
