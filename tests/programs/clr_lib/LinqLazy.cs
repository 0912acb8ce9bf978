using System;
using System.Collections.Generic;
using System.Linq;

class LinqLazy
{
    static string Join<T>(string sep, IEnumerable<T> items)
    {
        var sb = new System.Text.StringBuilder();
        foreach (T x in items)
        {
            if (sb.Length > 0)
                sb.Append(sep);
            sb.Append(x);
        }
        return sb.ToString();
    }

    static int calls;

    static int Trace(int x)
    {
        calls++;
        Console.Write("[" + x + "]");
        return x;
    }

    static void Main()
    {
        var src = new List<int> { 1, 2, 3, 4, 5, 6 };
        var q = src.Select(Trace).Where(x => x % 2 == 0);
        Console.WriteLine("defined, calls=" + calls);
        foreach (int x in q)
            Console.Write(" got " + x);
        Console.WriteLine();
        Console.WriteLine("first: " + q.First() + " calls=" + calls);
        src.Add(8);
        Console.WriteLine("count after add: " + q.Count());
        var take = src.Select(Trace).Take(2);
        foreach (int x in take)
            Console.Write(" " + x);
        Console.WriteLine();
        var e = q.GetEnumerator();
        var e2 = q.GetEnumerator();
        e.MoveNext();
        e2.MoveNext();
        e2.MoveNext();
        Console.WriteLine();
        Console.WriteLine(e.Current + " " + e2.Current);
        try
        {
            foreach (int x in src.Where(x => x > 2))
                if (x == 4)
                    src.Add(10);
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine(ex.Message);
        }
        var ordered = src.OrderBy(x => -x);
        src.Clear();
        Console.WriteLine(ordered.Count());
        IEnumerable<int> seq = Enumerable.Range(1, 5);
        for (int i = 0; i < 3; i++)
            seq = seq.Select(x => x * 2);
        Console.WriteLine(Join("", seq.Select(x => x + ",")));
        var fib = Fib().Take(10).ToList();
        foreach (long f in fib)
            Console.Write(f + " ");
        Console.WriteLine();
        Console.WriteLine(Fib().SkipWhile(f => f < 1000).First() + " " + Fib().TakeWhile(f => f < 100).Count());
        int evaluated = 0;
        var all = Enumerable.Range(0, 1000).Select(x => { evaluated++; return x; });
        Console.WriteLine(all.Any(x => x > 5) + " " + evaluated);
        Console.WriteLine(all.Where(x => x % 3 == 0).Skip(3).First() + " " + evaluated);
    }

    static IEnumerable<long> Fib()
    {
        long a = 0, b = 1;
        while (true)
        {
            yield return a;
            long t = a + b;
            a = b;
            b = t;
        }
    }
}
