using System;
using System.Collections.Generic;

class HashSetOps
{
    static void Show(string label, HashSet<int> s)
    {
        Console.Write(label + " {" + s.Count + "}");
        foreach (int x in s)
            Console.Write(" " + x);
        Console.WriteLine();
    }

    static HashSet<int> Make(params int[] xs)
    {
        return new HashSet<int>(xs);
    }

    static void Main()
    {
        var s = new HashSet<int>();
        Console.WriteLine(s.Add(5) + " " + s.Add(5) + " " + s.Add(-2) + " " + s.Count);
        Console.WriteLine(s.Contains(5) + " " + s.Contains(6) + " " + s.Remove(5) + " " + s.Remove(5));
        for (int i = 0; i < 10; i++)
            s.Add(i * 11);
        s.Remove(22);
        s.Remove(55);
        s.Add(1000);
        s.Add(1001);
        s.Add(1002);
        Show("s", s);
        var a = Make(1, 2, 3, 4, 5, 6);
        a.UnionWith(new[] { 5, 6, 7, 8 });
        Show("union", a);
        a = Make(1, 2, 3, 4, 5, 6);
        a.IntersectWith(new[] { 6, 4, 2, 9 });
        a.Add(10);
        a.Add(11);
        Show("intersect", a);
        a = Make(1, 2, 3, 4, 5, 6);
        a.IntersectWith(Make(5, 1));
        Show("intersect-set", a);
        a = Make(1, 2, 3, 4, 5, 6);
        a.ExceptWith(new List<int> { 6, 2, 4 });
        a.Add(10);
        a.Add(11);
        a.Add(12);
        Show("except", a);
        a = Make(1, 2, 3, 4, 5, 6);
        a.SymmetricExceptWith(new[] { 6, 2, 4, 9, 8 });
        a.Add(10);
        Show("symexcept", a);
        a = Make(1, 2, 3);
        a.SymmetricExceptWith(Make(3, 4));
        Show("symexcept-set", a);
        Console.WriteLine(a.RemoveWhere(x => x > 1));
        Show("removewhere", a);
        var b = Make(1, 2, 3);
        Console.WriteLine(b.IsSubsetOf(new[] { 1, 2, 3, 4 }) + " " + b.IsSubsetOf(new[] { 1, 2 }) + " "
            + b.IsProperSubsetOf(new[] { 3, 2, 1 }) + " " + b.IsProperSubsetOf(new[] { 3, 2, 1, 0 }));
        Console.WriteLine(b.IsSupersetOf(new[] { 1, 3 }) + " " + b.IsSupersetOf(new[] { 1, 9 }) + " "
            + b.IsProperSupersetOf(new[] { 1, 2, 3 }) + " " + b.IsProperSupersetOf(new[] { 2 }));
        Console.WriteLine(b.Overlaps(new[] { 9, 3 }) + " " + b.Overlaps(new[] { 9 }) + " "
            + b.SetEquals(new[] { 3, 3, 2, 1 }) + " " + b.SetEquals(new[] { 1, 2 }));
        var c = Make(1, 2, 3, 4, 5, 6);
        c.Remove(2);
        c.Remove(4);
        var d = new HashSet<int>(c);
        d.Add(100);
        d.Add(101);
        Show("copy", d);
        c.Clear();
        c.Add(7);
        Show("cleared", c);
        c.Remove(7);
        c.Add(8);
        c.Add(9);
        Show("emptied", c);
        var words = new HashSet<string> { "to", "be", "or", "not", "to", "be" };
        Console.WriteLine(words.Count);
        foreach (string w in words)
            Console.Write(w + " ");
        Console.WriteLine();
        int[] arr = new int[5];
        Make(9, 8, 7).CopyTo(arr, 1);
        foreach (int x in arr)
            Console.Write(x + " ");
        Console.WriteLine();
        ISet<int> iset = Make(1);
        Console.WriteLine(iset.Add(2) + " " + iset.Count);
        int found;
        Console.WriteLine(Make(4, 5).TryGetValue(5, out found) + " " + found);
    }
}
