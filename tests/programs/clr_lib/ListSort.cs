using System;
using System.Collections.Generic;

class Version : IComparable<Version>
{
    public int Major, Minor;
    public Version(int major, int minor) { Major = major; Minor = minor; }
    public int CompareTo(Version other)
    {
        if (Major != other.Major)
            return Major.CompareTo(other.Major);
        return Minor.CompareTo(other.Minor);
    }
    public override string ToString() { return Major + "." + Minor; }
}

class ByLength : IComparer<string>
{
    public int Compare(string a, string b) { return a.Length - b.Length; }
}

class Card
{
    public int Rank;
    public string Tag;
    public Card(int rank, string tag) { Rank = rank; Tag = tag; }
}

class ListSort
{
    static void Print<T>(List<T> l)
    {
        foreach (T x in l)
            Console.Write(x + " ");
        Console.WriteLine();
    }

    static void Main()
    {
        var ints = new List<int> { 5, -3, 9, 0, 9, 12, -7, 4, 4, 1 };
        ints.Sort();
        Print(ints);
        ints.Sort((a, b) => b.CompareTo(a));
        Print(ints);
        var words = new List<string> { "pear", "Apple", "fig", "banana", "apple", "Cherry", "date", "Fig", "kiwi", "co-op", "coop" };
        words.Sort();
        Print(words);
        words.Sort(new ByLength());
        Print(words);
        words.Sort(string.CompareOrdinal);
        Print(words);
        var versions = new List<Version> { new Version(1, 10), new Version(1, 2), new Version(0, 9), new Version(2, 0), new Version(1, 2) };
        versions.Sort();
        Print(versions);
        versions.Sort(Comparer<Version>.Create((a, b) => b.Minor - a.Minor));
        Print(versions);
        // ties keep Mono's (introsort) order
        var cards = new List<Card>();
        string tags = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (int i = 0; i < tags.Length; i++)
            cards.Add(new Card((i * 7) % 5, tags[i].ToString()));
        cards.Sort((x, y) => x.Rank - y.Rank);
        foreach (var c in cards)
            Console.Write(c.Rank + c.Tag + " ");
        Console.WriteLine();
        var doubles = new List<double> { 2.5, -0.5, 1e10, 3, -1e-3 };
        doubles.Sort();
        Print(doubles);
        var part = new List<int> { 9, 8, 7, 6, 5, 4, 3, 2, 1 };
        part.Sort(2, 4, null);
        Print(part);
        var chars = new List<char> { 'z', 'a', 'M', 'b' };
        chars.Sort();
        Print(chars);
        var longs = new List<long> { 3000000000L, -1, 0 };
        longs.Sort();
        Print(longs);
        var bools = new List<bool> { true, false, true };
        bools.Sort();
        Print(bools);
    }
}
