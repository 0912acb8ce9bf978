using System;
using System.Collections.Generic;

class StringHashCode
{
    static void Main()
    {
        foreach (string s in new string[] { "", "a", "ab", "abc", "abcd", "hello world",
                                            "h\u00e9llo", "\u4e2d\u6587", "tab\there" })
            Console.WriteLine("[" + s + "] " + s.GetHashCode());
        object o = "boxed as object";
        Console.WriteLine(o.GetHashCode());
        Console.WriteLine(EqualityComparer<string>.Default.GetHashCode("comparer"));
        string built = new string('x', 3) + "yz";
        Console.WriteLine(built.GetHashCode() == "xxxyz".GetHashCode());
        var d = new Dictionary<string, int>();
        for (int i = 0; i < 20; i++) d["k" + i] = i;
        int sum = 0;
        foreach (var kv in d) sum += kv.Value;
        Console.WriteLine(sum + " " + d["k7"]);
    }
}
