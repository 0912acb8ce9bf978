using System;
using System.Collections.Generic;

class NotComparable
{
    public int V;
}

class ListErrors
{
    static void Try(string what, Action a)
    {
        try
        {
            a();
            Console.WriteLine(what + ": ok");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        var l = new List<int> { 1, 2, 3 };
        Try("get", () => Console.WriteLine(l[3]));
        Try("set", () => l[-1] = 0);
        Try("removeAt", () => l.RemoveAt(5));
        Try("insert", () => l.Insert(4, 1));
        Try("getRange", () => l.GetRange(2, 2));
        Try("capacity", () => new List<int>(-1));
        Try("modify", () => { foreach (int x in l) if (x == 2) l.Add(4); });
        Try("modify-set", () => { foreach (int x in l) l[0] = x; });
        Try("foreach-ok", () => { foreach (int x in l) if (x == 99) l.Add(1); });
        Try("sort-throws", () => l.Sort((a, b) => { throw new InvalidOperationException("boom"); }));
        var bad = new List<NotComparable> { new NotComparable(), new NotComparable() };
        Try("sort-noncomparable", () => bad.Sort());
        Try("sort-one", () => new List<NotComparable> { new NotComparable() }.Sort());
        Try("copyTo", () => l.CopyTo(new int[2], 0));
        Try("removeRange", () => l.RemoveRange(1, 10));
        Try("null-range", () => l.AddRange(null));
        Try("forEach-modify", () => l.ForEach(x => l.Add(x)));
        try
        {
            l.Sort((a, b) => { throw new ArgumentException("inner"); });
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.InnerException.Message);
        }
        Console.WriteLine(l.Count);
    }
}
