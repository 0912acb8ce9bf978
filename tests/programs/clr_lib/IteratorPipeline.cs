using System;
using System.Collections.Generic;
using System.Linq;

// User-defined generic iterators (yield) composed with each other and with
// LINQ, with try/finally in iterators and early termination.
static class Pipeline
{
    public static IEnumerable<T> Trace<T>(this IEnumerable<T> source, string tag)
    {
        Console.Write("<" + tag);
        try
        {
            foreach (T x in source)
                yield return x;
        }
        finally
        {
            Console.Write(" " + tag + ">");
        }
    }

    public static IEnumerable<List<T>> Batch<T>(this IEnumerable<T> source, int size)
    {
        var batch = new List<T>(size);
        foreach (T x in source)
        {
            batch.Add(x);
            if (batch.Count == size)
            {
                yield return batch;
                batch = new List<T>(size);
            }
        }
        if (batch.Count > 0)
            yield return batch;
    }

    public static IEnumerable<TResult> Scan<T, TResult>(this IEnumerable<T> source, TResult seed, Func<TResult, T, TResult> f)
    {
        TResult acc = seed;
        foreach (T x in source)
        {
            acc = f(acc, x);
            yield return acc;
        }
    }

    public static IEnumerable<KeyValuePair<int, T>> Indexed<T>(this IEnumerable<T> source)
    {
        int i = 0;
        foreach (T x in source)
            yield return new KeyValuePair<int, T>(i++, x);
    }

    public static IEnumerable<int> Primes()
    {
        var found = new List<int>();
        for (int n = 2; ; n++)
        {
            bool prime = true;
            foreach (int p in found)
            {
                if (p * p > n)
                    break;
                if (n % p == 0)
                {
                    prime = false;
                    break;
                }
            }
            if (prime)
            {
                found.Add(n);
                yield return n;
            }
        }
    }
}

class Tree<T> : IEnumerable<T> where T : IComparable<T>
{
    class Node
    {
        public T Value;
        public Node Left, Right;
    }

    Node root;

    public void Add(T v)
    {
        Node n = new Node { Value = v };
        if (root == null)
        {
            root = n;
            return;
        }
        Node cur = root;
        while (true)
        {
            if (v.CompareTo(cur.Value) < 0)
            {
                if (cur.Left == null) { cur.Left = n; return; }
                cur = cur.Left;
            }
            else
            {
                if (cur.Right == null) { cur.Right = n; return; }
                cur = cur.Right;
            }
        }
    }

    static IEnumerable<T> Walk(Node n)
    {
        if (n == null)
            yield break;
        foreach (T x in Walk(n.Left))
            yield return x;
        yield return n.Value;
        foreach (T x in Walk(n.Right))
            yield return x;
    }

    public IEnumerator<T> GetEnumerator() { return Walk(root).GetEnumerator(); }
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class IteratorPipeline
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

    static void Main()
    {
        foreach (var b in Enumerable.Range(1, 10).Batch(4))
            Console.Write("[" + Join(",", b) + "]");
        Console.WriteLine();
        Console.WriteLine(Join(" ", Enumerable.Range(1, 6).Scan(0, (a, x) => a + x)));
        Console.WriteLine(Join(" ", Pipeline.Primes().Take(15)));
        Console.WriteLine(Pipeline.Primes().Where(p => p % 10 == 3).Skip(5).First());
        foreach (var kv in new List<string> { "x", "y", "z" }.Indexed())
            Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        var first = Enumerable.Range(1, 100).Trace("outer").Where(x => x % 7 == 0).Trace("inner").First();
        Console.WriteLine(" first=" + first);
        foreach (int x in new List<int> { 1, 2, 3 }.Trace("all"))
            Console.Write(" " + x);
        Console.WriteLine();
        var tree = new Tree<string>();
        foreach (string w in "the quick brown fox jumps over the lazy dog".Split(' '))
            tree.Add(w);
        Console.WriteLine(Join(" ", tree));
        Console.WriteLine(tree.Count() + " " + tree.Distinct().Count() + " " + tree.First() + " " + tree.Last());
        var numbers = new Tree<int>();
        foreach (int n in new[] { 50, 30, 70, 20, 40, 60, 80, 35 })
            numbers.Add(n);
        Console.WriteLine(Join(",", numbers.Where(n => n > 30).Select(n => n / 10)));
        var pipeline = Pipeline.Primes()
            .Select(p => p * p)
            .Where(sq => sq % 4 == 1)
            .Batch(3)
            .Select(batch => batch.Sum())
            .Take(4);
        Console.WriteLine(Join(" ", pipeline));
        var words = new List<string> { "alpha", "beta", "gamma", "delta" };
        var upper = words.Select(w => w.ToUpper());
        words.Add("epsilon");
        Console.WriteLine(Join("|", upper));
    }
}
