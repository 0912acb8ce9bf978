using System;
using System.Collections.Generic;
using System.Linq;

class LinqSets
{
    static void Show<T>(string label, IEnumerable<T> xs)
    {
        Console.Write(label + ":");
        foreach (T x in xs)
            Console.Write(" " + x);
        Console.WriteLine();
    }

    static void Main()
    {
        int[] a = { 1, 2, 2, 3, 4, 4, 5 };
        int[] b = { 4, 5, 6, 6, 7 };
        Show("distinct", a.Distinct());
        Show("union", a.Union(b));
        Show("intersect", a.Intersect(b));
        Show("except", a.Except(b));
        Show("concat", a.Concat(b));
        Show("skip", a.Skip(3));
        Show("take", a.Take(3));
        Show("skip-take", a.Skip(2).Take(3));
        Show("take-neg", a.Take(-1));
        Show("skip-all", a.Skip(100));
        Show("skipwhile", a.SkipWhile(x => x < 3));
        Show("takewhile", a.TakeWhile(x => x < 3));
        Show("skiplast", a.SkipLast(2));
        Show("takelast", a.TakeLast(2));
        Show("zip", a.Zip(b, (x, y) => x + "-" + y));
        Console.WriteLine(a.SequenceEqual(new List<int> { 1, 2, 2, 3, 4, 4, 5 }) + " " + a.SequenceEqual(b) + " " + new int[0].SequenceEqual(new List<int>()));
        var nested = new List<List<int>> { new List<int> { 1, 2 }, new List<int>(), new List<int> { 3 } };
        Show("selectmany", nested.SelectMany(l => l));
        Show("selectmany-index", nested.SelectMany((l, i) => l.Select(x => x * 10 + i)));
        Show("selectmany-result", new[] { "ab", "cd" }.SelectMany(s => s, (s, c) => s + ":" + c));
        Show("cross", from x in new[] { 1, 2 } from y in new[] { 'a', 'b' } select x + "" + y);
        string[] words = { "Apple", "apple", "APPLE", "pear" };
        Show("distinct-cmp", words.Distinct(new LowerEq()));
        Show("union-cmp", words.Union(new[] { "PEAR", "fig" }, new LowerEq()));
        Show("except-dup", new[] { 3, 3, 1, 2, 1 }.Except(new[] { 2 }));
        Show("intersect-dup", new[] { 3, 3, 1, 2, 1 }.Intersect(new[] { 1, 3, 3 }));
        var ids = new HashSet<int>(a.Where(x => x > 2));
        Show("hashset", ids);
        Show("tohashset", b.ToHashSet());
        var evens = Enumerable.Range(0, 20).Where(x => x % 2 == 0);
        var threes = Enumerable.Range(0, 20).Where(x => x % 3 == 0);
        Show("both", evens.Intersect(threes));
        Show("either", evens.Union(threes).OrderBy(x => x));
    }
}

class LowerEq : IEqualityComparer<string>
{
    public bool Equals(string x, string y) { return x.ToLower() == y.ToLower(); }
    public int GetHashCode(string s) { return s.ToLower().GetHashCode(); }
}
