using System;
using System.Collections.Generic;
using System.Linq;

class TupleKvp
{
    static Tuple<int, int> DivMod(int a, int b) { return Tuple.Create(a / b, a % b); }

    static (string name, int len) Describe(string s) { return (s.ToUpper(), s.Length); }

    static void Main()
    {
        var t = Tuple.Create(1, "two", 3.5);
        Console.WriteLine(t);
        Console.WriteLine(t.Item1 + " " + t.Item2 + " " + t.Item3);
        Console.WriteLine(Tuple.Create("solo"));
        Console.WriteLine(Tuple.Create(1, 2, 3, 4));
        Console.WriteLine(Tuple.Create(Tuple.Create(1, 2), (string)null));
        var dm = DivMod(17, 5);
        Console.WriteLine(dm.Item1 + " r " + dm.Item2);
        Console.WriteLine(t.Equals(Tuple.Create(1, "two", 3.5)) + " " + t.Equals(Tuple.Create(1, "two", 3.6)) + " " + dm.Equals(null));
        Console.WriteLine(Tuple.Create(1, 2).GetHashCode() == Tuple.Create(1, 2).GetHashCode());
        var pairs = new Dictionary<Tuple<int, int>, string>();
        pairs[Tuple.Create(0, 0)] = "origin";
        pairs[Tuple.Create(1, 0)] = "east";
        Console.WriteLine(pairs[Tuple.Create(0, 0)] + " " + pairs.ContainsKey(Tuple.Create(1, 0)) + " " + pairs.ContainsKey(Tuple.Create(0, 1)));
        var vt = (1, "b");
        Console.WriteLine(vt);
        Console.WriteLine(vt.Item1 + vt.Item2);
        var d = Describe("hello");
        Console.WriteLine(d.name + " " + d.len + " " + d);
        var v3 = (x: 1.5, y: -2, z: 'c');
        Console.WriteLine(v3 + " " + v3.x + " " + v3.z);
        Console.WriteLine((1, 2).Equals((1, 2)) + " " + (1, 2).Equals((2, 1)));
        var (q, r) = DivModV(20, 6);
        Console.WriteLine(q + " " + r);
        var kv = new KeyValuePair<string, int>("k", 9);
        Console.WriteLine(kv + " " + kv.Key + " " + kv.Value);
        Console.WriteLine(new KeyValuePair<int, List<int>>(1, null));
        Console.WriteLine(new KeyValuePair<string, string>());
        var list = new List<(string, int)> { ("a", 3), ("b", 1), ("c", 2) };
        list.Sort((p1, p2) => p1.Item2.CompareTo(p2.Item2));
        foreach (var p in list)
            Console.Write(p + " ");
        Console.WriteLine();
        var tuples = new List<Tuple<int, string>> { Tuple.Create(2, "b"), Tuple.Create(1, "z"), Tuple.Create(2, "a") };
        tuples.Sort();
        foreach (var tp in tuples)
            Console.Write(tp + " ");
        Console.WriteLine();
        var vts = new List<(string, int, char, bool)> { ("b", 1, 'x', true), ("a", 2, 'y', false), ("b", 0, 'z', true) };
        vts.Sort();
        foreach (var tp in vts)
            Console.Write(tp + " ");
        Console.WriteLine();
        var ranked = new[] { (3, "c"), (1, "z"), (3, "a") }.OrderBy(x => x).ToList();
        Console.WriteLine(ranked[0] + " " + ranked[2] + " " + (1, 2).CompareTo((1, 3)));
        var ro = new Dictionary<string, int> { { "k", 5 } };
        Console.WriteLine(ro.GetValueOrDefault("k") + " " + ro.GetValueOrDefault("q") + " " + ro.GetValueOrDefault("q", -1));
        var seen = new HashSet<(int, int)> { (1, 1), (1, 1), (2, 1) };
        Console.WriteLine(seen.Count + " " + seen.Contains((2, 1)));
    }

    static (int, int) DivModV(int a, int b) { return (a / b, a % b); }
}
