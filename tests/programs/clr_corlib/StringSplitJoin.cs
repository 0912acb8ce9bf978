using System;

class StringSplitJoin
{
    static void Show(string label, string[] parts)
    {
        Console.Write(label + " " + parts.Length + ":");
        foreach (string p in parts)
            Console.Write(" [" + p + "]");
        Console.WriteLine();
    }

    static void Main()
    {
        string csv = "a,b,,c,";
        Show("char", csv.Split(','));
        Show("chars", "a,b;c d".Split(',', ';', ' '));
        Show("array", csv.Split(new char[] { ',' }));
        Show("remove-empty", csv.Split(new char[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        Show("count2", csv.Split(new char[] { ',' }, 2));
        Show("count3-remove", ",,a,,b,,c".Split(new char[] { ',' }, 3, StringSplitOptions.RemoveEmptyEntries));
        Show("count1", csv.Split(new char[] { ',' }, 1));
        Show("count0", csv.Split(new char[] { ',' }, 0));
        Show("whitespace", "  one two\tthree\nfour  ".Split());
        Show("null-sep", "x y".Split(null));
        Show("ws-remove", "  one two\tthree  ".Split((char[])null, StringSplitOptions.RemoveEmptyEntries));
        Show("strings", "a<>b<><>c".Split(new string[] { "<>" }, StringSplitOptions.None));
        Show("strings-remove", "a<>b<><>c".Split(new string[] { "<>" }, StringSplitOptions.RemoveEmptyEntries));
        Show("strings-order", "a-->b->c".Split(new string[] { "->", "-->" }, StringSplitOptions.None));
        Show("strings-count", "1::2::3::4".Split(new string[] { "::" }, 2, StringSplitOptions.None));
        Show("empty", "".Split(','));
        Show("empty-remove", "".Split(new char[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        Show("nosep", "abc".Split(','));
        Show("only-seps", ",,,".Split(','));
        Show("only-seps-remove", ",,,".Split(new char[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        string[] words = { "alpha", "beta", null, "delta" };
        Console.WriteLine(string.Join(", ", words));
        Console.WriteLine(string.Join("", words));
        Console.WriteLine(string.Join(null, new string[] { "x", "y" }));
        Console.WriteLine(string.Join("-", words, 1, 2));
        Console.WriteLine(string.Join("/", new object[] { 1, 2.5, 'c', true, null, "s" }));
        Console.WriteLine(string.Join("+", 1, 2, 3));
        Console.WriteLine("[" + string.Join(",", new string[0]) + "]");
        string line = "  name = value ; other=  2 ";
        foreach (string kv in line.Split(';'))
        {
            string[] pair = kv.Split('=');
            Console.WriteLine("<" + pair[0].Trim() + "> => <" + pair[1].Trim() + ">");
        }
    }
}
