using System;
using System.Collections.Generic;
using System.Linq;

class Item
{
    public string Name;
    public int Qty;
    public long Weight;
    public double Price;
    public Item(string n, int q, long w, double p) { Name = n; Qty = q; Weight = w; Price = p; }
}

class LinqAggregate
{
    static void Try(string what, Func<object> f)
    {
        try
        {
            Console.WriteLine(what + ": " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        int[] ints = { 4, 8, 15, 16, 23, 42 };
        long[] longs = { 10000000000L, -3, 7 };
        double[] doubles = { 1.5, 2.25, -0.75 };
        var items = new List<Item> { new Item("nut", 10, 5, 0.25), new Item("bolt", 4, 20, 1.5), new Item("gear", 2, 300, 12.75) };
        Console.WriteLine(ints.Sum() + " " + longs.Sum() + " " + doubles.Sum() + " " + new List<int>().Sum());
        Console.WriteLine(items.Sum(i => i.Qty) + " " + items.Sum(i => i.Weight) + " " + items.Sum(i => i.Price * i.Qty));
        Console.WriteLine(ints.Min() + " " + ints.Max() + " " + longs.Min() + " " + longs.Max() + " " + doubles.Min() + " " + doubles.Max());
        Console.WriteLine(items.Min(i => i.Qty) + " " + items.Max(i => i.Weight) + " " + items.Max(i => i.Price) + " " + items.Min(i => i.Name));
        Console.WriteLine(ints.Average() + " " + longs.Average() + " " + doubles.Average());
        Console.WriteLine(items.Average(i => i.Qty) + " " + items.Average(i => i.Weight) + " " + items.Average(i => i.Price));
        Console.WriteLine(new[] { "pear", "apple", "fig" }.Max() + " " + new[] { "pear", "apple", "fig" }.Min());
        Console.WriteLine(new List<string>().Max() == null);
        Console.WriteLine(ints.Aggregate((a, b) => a * 2 + b) + " " + ints.Aggregate(100, (acc, x) => acc - x)
            + " " + ints.Aggregate("", (acc, x) => acc + x % 10, s => s + "!"));
        Console.WriteLine(new[] { double.NaN, 1, 2 }.Max() + " " + new[] { 1, double.NaN, 2 }.Min() + " " + new[] { double.NaN, double.NaN }.Max());
        Console.WriteLine(Enumerable.Range(1, 100).Sum() + " " + Enumerable.Range(1, 10).Aggregate(1L, (a, b) => a * b));
        Console.WriteLine(Enumerable.Range(1, 4).Select(x => x * 0.5).Sum() + " " + Enumerable.Range(1, 4).Average());
        Try("empty max", () => new List<int>().Max());
        Try("empty min", () => new int[0].Min());
        Try("empty avg", () => new List<double>().Average());
        Try("empty aggregate", () => new int[0].Aggregate((a, b) => a + b));
        Try("empty first", () => new List<string>().First());
        Try("no match", () => ints.First(x => x > 100));
        Try("empty last", () => new int[0].Last());
        Try("single many", () => ints.Single());
        Try("single none", () => new int[0].Single());
        Try("single many match", () => ints.Single(x => x > 10));
        Try("overflow", () => new[] { int.MaxValue, 1 }.Sum());
        Try("null source", () => ((IEnumerable<int>)null).Count());
        Try("null selector", () => ints.Select((Func<int, int>)null));
        Try("elementAt", () => ints.ElementAt(10));
        Try("range", () => Enumerable.Range(0, -1));
        Try("generic max", () => new List<DateLike> { new DateLike(3), new DateLike(1) }.Max().V);
    }
}

class DateLike : IComparable<DateLike>
{
    public int V;
    public DateLike(int v) { V = v; }
    public int CompareTo(DateLike o) { return V.CompareTo(o.V); }
}
