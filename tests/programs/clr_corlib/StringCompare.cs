using System;

class StringCompare
{
    static string Sign(int c)
    {
        return c < 0 ? "<" : (c > 0 ? ">" : "=");
    }

    static void Main()
    {
        string[][] pairs = {
            new[] { "apple", "banana" }, new[] { "apple", "Apple" }, new[] { "Apple", "apple" },
            new[] { "a", "B" }, new[] { "B", "a" }, new[] { "abc", "ab" }, new[] { "", "a" },
            new[] { "co-op", "coop" }, new[] { "a b", "ab" }, new[] { "item10", "item9" },
            new[] { "Zebra", "apple" }, new[] { "résumé", "resume" }, new[] { "_x", "x" },
            new[] { "1", "a" }, new[] { "same", "same" }
        };
        foreach (string[] p in pairs)
        {
            Console.WriteLine(p[0] + " ? " + p[1] + ": compare " + Sign(string.Compare(p[0], p[1]))
                + " ic " + Sign(string.Compare(p[0], p[1], true))
                + " ordinal " + string.CompareOrdinal(p[0], p[1])
                + " ord-cmp " + Sign(string.Compare(p[0], p[1], StringComparison.Ordinal))
                + " ord-ic " + Sign(string.Compare(p[0], p[1], StringComparison.OrdinalIgnoreCase))
                + " to " + Sign(p[0].CompareTo(p[1])));
        }
        Console.WriteLine(string.Compare(null, "a") + " " + string.Compare("a", null) + " " + string.Compare(null, null));
        Console.WriteLine("a".CompareTo(null) + " " + "a".CompareTo((object)"b"));
        Console.WriteLine(string.Compare("Hello World", 6, "world", 0, 5) + " " + string.Compare("Hello World", 6, "World", 0, 5));
        Console.WriteLine(string.CompareOrdinal("Hello", 1, "jello", 1, 4));
        Console.WriteLine(string.Equals("abc", "ABC", StringComparison.OrdinalIgnoreCase) + " " + "abc".Equals("ABC", StringComparison.CurrentCultureIgnoreCase) + " " + "abc".Equals("ABC", StringComparison.Ordinal));
        string[] words = { "pear", "Apple", "banana", "apple", "Banana", "cherry", "date", "Cherry", "fig", "10", "9", "zoo", "Zoo", "ápple" };
        Array.Sort(words);
        Console.WriteLine(string.Join(" ", words));
        string[] names = { "Smith", "jones", "Brown", "adams", "Taylor", "wilson", "Davies", "evans", "Thomas", "Roberts", "johnson", "lewis", "Walker", "robinson", "wood", "Thompson", "white", "Watson", "jackson", "Wright" };
        Array.Sort(names);
        Console.WriteLine(string.Join(",", names));
    }
}
