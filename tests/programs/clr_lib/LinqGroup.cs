using System;
using System.Collections.Generic;
using System.Linq;

class Sale
{
    public string Region;
    public string Product;
    public int Units;
    public Sale(string r, string p, int u) { Region = r; Product = p; Units = u; }
}

class Customer
{
    public int Id;
    public string Name;
    public Customer(int id, string name) { Id = id; Name = name; }
}

class Order
{
    public int CustomerId;
    public string What;
    public Order(int c, string w) { CustomerId = c; What = w; }
}

class LinqGroup
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
        var sales = new List<Sale> {
            new Sale("north", "tea", 5), new Sale("south", "tea", 3), new Sale("north", "coffee", 7),
            new Sale("east", "tea", 1), new Sale("south", "cocoa", 4), new Sale("north", "tea", 2) };
        foreach (var g in sales.GroupBy(s => s.Region))
        {
            Console.Write(g.Key + " (" + g.Count() + "):");
            foreach (var s in g)
                Console.Write(" " + s.Product + "x" + s.Units);
            Console.WriteLine();
        }
        foreach (var g in sales.GroupBy(s => s.Product, s => s.Units))
            Console.WriteLine(g.Key + " " + g.Sum() + " " + g.Max());
        foreach (var line in sales.GroupBy(s => s.Region, (k, ss) => k + "=" + ss.Sum(s => s.Units)))
            Console.Write(line + " ");
        Console.WriteLine();
        foreach (var line in sales.GroupBy(s => s.Product, s => s.Region, (k, rs) => k + ":" + Join("", rs.Select(r => r[0]))))
            Console.Write(line + " ");
        Console.WriteLine();
        var byLen = new[] { "a", "bb", "cc", "ddd", "e" }.GroupBy(w => w.Length).OrderByDescending(g => g.Key);
        foreach (var g in byLen)
            Console.Write(g.Key + ":" + g.Count() + " ");
        Console.WriteLine();
        var q = from s in sales
                group s by s.Region into g
                orderby g.Sum(x => x.Units) descending
                select new { Region = g.Key, Total = g.Sum(x => x.Units) };
        foreach (var r in q)
            Console.Write(r.Region + "/" + r.Total + " ");
        Console.WriteLine();
        var dict = sales.ToDictionary(s => s.Region + "-" + s.Product + s.Units);
        Console.WriteLine(dict.Count + " " + dict["north-coffee7"].Units);
        var units = sales.ToDictionary(s => s.Product + s.Region + s.Units, s => s.Units);
        foreach (var kv in units)
            Console.Write(kv.Value);
        Console.WriteLine();
        try
        {
            sales.ToDictionary(s => s.Region);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        var lookup = sales.ToLookup(s => s.Product);
        Console.WriteLine(lookup.Count + " " + lookup["tea"].Count() + " " + lookup["milk"].Count() + " " + lookup.Contains("cocoa"));
        foreach (var g in lookup)
            Console.Write(g.Key + " ");
        Console.WriteLine();
        var customers = new List<Customer> { new Customer(1, "ann"), new Customer(2, "bob"), new Customer(3, "cy") };
        var orders = new List<Order> { new Order(1, "pen"), new Order(3, "ink"), new Order(1, "pad"), new Order(4, "cup") };
        foreach (var x in customers.Join(orders, c => c.Id, o => o.CustomerId, (c, o) => c.Name + ":" + o.What))
            Console.Write(x + " ");
        Console.WriteLine();
        foreach (var x in customers.GroupJoin(orders, c => c.Id, o => o.CustomerId, (c, os) => c.Name + "[" + os.Count() + "]"))
            Console.Write(x + " ");
        Console.WriteLine();
        var joined = from c in customers
                     join o in orders on c.Id equals o.CustomerId
                     select new { c.Name, o.What };
        foreach (var j in joined)
            Console.Write(j.Name + "-" + j.What + " ");
        Console.WriteLine();
        var nullKeys = new[] { "x", null, "y", null }.GroupBy(s => s == null ? null : "k");
        foreach (var g in nullKeys)
            Console.Write((g.Key ?? "null") + ":" + g.Count() + " ");
        Console.WriteLine();
    }
}
