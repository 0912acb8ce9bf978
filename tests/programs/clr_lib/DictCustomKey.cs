using System;
using System.Collections.Generic;

struct Point : IEquatable<Point>
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public bool Equals(Point o) { return X == o.X && Y == o.Y; }
    public override bool Equals(object o) { return o is Point && Equals((Point)o); }
    public override int GetHashCode() { return X * 31 + Y; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Name
{
    public string First, Last;
    public Name(string f, string l) { First = f; Last = l; }
    public override bool Equals(object o)
    {
        Name n = o as Name;
        return n != null && n.First == First && n.Last == Last;
    }
    public override int GetHashCode() { return First.Length * 7 + Last.Length; }
    public override string ToString() { return First + " " + Last; }
}

class CaseInsensitive : IEqualityComparer<string>
{
    static string Lower(string s)
    {
        char[] c = new char[s.Length];
        for (int i = 0; i < s.Length; i++)
            c[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] + 32) : s[i];
        return new string(c);
    }
    public bool Equals(string a, string b) { return Lower(a) == Lower(b); }
    public int GetHashCode(string s) { return Lower(s).GetHashCode(); }
}

class Mod10 : IEqualityComparer<int>
{
    public bool Equals(int a, int b) { return a % 10 == b % 10; }
    public int GetHashCode(int a) { return a % 10; }
}

class DictCustomKey
{
    static void Main()
    {
        var grid = new Dictionary<Point, string>();
        grid[new Point(1, 2)] = "a";
        grid[new Point(2, 1)] = "b";
        grid[new Point(1, 2)] = "c";
        Console.WriteLine(grid.Count + " " + grid[new Point(1, 2)] + " " + grid.ContainsKey(new Point(2, 1)) + " " + grid.ContainsKey(new Point(3, 3)));
        foreach (var kv in grid)
            Console.Write(kv.Key + "->" + kv.Value + " ");
        Console.WriteLine();
        var people = new Dictionary<Name, int>();
        people.Add(new Name("Ada", "Lovelace"), 1815);
        people.Add(new Name("Alan", "Turing"), 1912);
        Console.WriteLine(people[new Name("Alan", "Turing")] + " " + people.ContainsKey(new Name("Ada", "Byron")));
        try
        {
            people.Add(new Name("Ada", "Lovelace"), 0);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        var ci = new Dictionary<string, int>(new CaseInsensitive());
        ci["Hello"] = 1;
        ci["HELLO"] += 1;
        ci["world"] = 5;
        foreach (var kv in ci)
            Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine(ci.ContainsKey("WORLD"));
        var m = new Dictionary<int, string>(new Mod10());
        m[3] = "three";
        m[13] = "thirteen";
        m[7] = "seven";
        Console.WriteLine(m.Count + " " + m[23] + " " + m[17]);
        var set = new HashSet<Point> { new Point(0, 0), new Point(0, 0), new Point(1, 1) };
        Console.WriteLine(set.Count + " " + set.Contains(new Point(1, 1)));
        var ciSet = new HashSet<string>(new CaseInsensitive()) { "Apple", "APPLE", "banana" };
        foreach (var s in ciSet)
            Console.Write(s + " ");
        Console.WriteLine(ciSet.Contains("BANANA"));
        var byLen = new Dictionary<int, int>();
        foreach (string w in new[] { "x", "yy", "zz", "www", "q" })
        {
            int c;
            byLen.TryGetValue(w.Length, out c);
            byLen[w.Length] = c + 1;
        }
        foreach (var kv in byLen)
            Console.Write(kv + " ");
        Console.WriteLine();
        var nullable = new Dictionary<string, string> { { "k", null } };
        Console.WriteLine(nullable["k"] == null);
        Console.WriteLine(new KeyValuePair<string, string>("k", null));
    }
}
