using System;
using System.Collections.Generic;
using System.Linq;

struct Vec
{
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public int Len2 { get { return X * X + Y * Y; } }
    public override string ToString() { return "<" + X + "," + Y + ">"; }
}

struct Counter
{
    public int Hits;
    public void Hit() { Hits++; }
}

// Value types as elements and keys of the generic collections: copies in,
// copies out.
class StructElements
{
    static void Main()
    {
        var vs = new List<Vec> { new Vec(3, 4), new Vec(-1, 0), new Vec(2, 2) };
        Vec v = vs[0];
        v.X = 100;
        Console.WriteLine(vs[0] + " " + v);
        vs[1] = new Vec(7, 7);
        foreach (Vec e in vs)
            Console.Write(e + " ");
        Console.WriteLine();
        vs.Sort((a, b) => a.Len2.CompareTo(b.Len2));
        Console.WriteLine(vs[0] + " " + vs[2] + " " + vs.IndexOf(new Vec(7, 7)) + " " + vs.Contains(new Vec(0, 0)));
        var counters = new Dictionary<string, Counter>();
        counters["a"] = new Counter();
        Counter c = counters["a"];
        c.Hit();
        c.Hit();
        Console.WriteLine(counters["a"].Hits + " " + c.Hits);
        counters["a"] = c;
        Console.WriteLine(counters["a"].Hits);
        var arr = vs.ToArray();
        arr[0].X = -5;
        Console.WriteLine(arr[0] + " " + vs[0]);
        var byLen = vs.OrderByDescending(p => p.Len2).Select(p => p.X).ToList();
        Console.WriteLine(byLen[0] + " " + byLen.Count);
        var grid = new Dictionary<Vec, char> { { new Vec(0, 0), 'o' }, { new Vec(1, 0), 'x' } };
        Console.WriteLine(grid[new Vec(1, 0)] + " " + grid.ContainsKey(new Vec(0, 1)));
        var q = new Queue<Vec>();
        q.Enqueue(new Vec(1, 1));
        q.Enqueue(new Vec(2, 2));
        Vec head = q.Peek();
        head.Y = 9;
        Console.WriteLine(q.Dequeue() + " " + q.Count);
        var set = new HashSet<Vec>(vs);
        Console.WriteLine(set.Count + " " + set.Contains(new Vec(2, 2)));
        var kvs = new List<KeyValuePair<string, Vec>> { new KeyValuePair<string, Vec>("p", new Vec(5, 6)) };
        Console.WriteLine(kvs[0].Value.Y + " " + kvs[0]);
        var sums = vs.Aggregate(new Vec(0, 0), (acc, p) => new Vec(acc.X + p.X, acc.Y + p.Y));
        Console.WriteLine(sums);
        var nullableList = new List<int?> { 1, null, 3 };
        int total = 0;
        foreach (int? n in nullableList)
            total += n ?? 100;
        Console.WriteLine(total + " " + nullableList.Count(n => n.HasValue) + " " + nullableList[1].HasValue);
    }
}
