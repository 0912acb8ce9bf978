using System;
using System.Collections.Generic;
using System.Linq;

class Emp
{
    public string Name;
    public string Dept;
    public int Age;
    public double Salary;
    public Emp(string n, string d, int a, double s) { Name = n; Dept = d; Age = a; Salary = s; }
    public override string ToString() { return Name; }
}

class LinqOrder
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
        var emps = new List<Emp> {
            new Emp("ann", "eng", 31, 120.5), new Emp("bob", "ops", 45, 90), new Emp("cat", "eng", 28, 130),
            new Emp("dan", "hr", 31, 70), new Emp("eve", "ops", 28, 95), new Emp("fay", "eng", 45, 120.5),
            new Emp("gus", "hr", 52, 88), new Emp("hal", "eng", 28, 101) };
        Show("by age", emps.OrderBy(e => e.Age));
        Show("by age desc", emps.OrderByDescending(e => e.Age));
        Show("dept, age", emps.OrderBy(e => e.Dept).ThenBy(e => e.Age));
        Show("dept, salary desc, name", emps.OrderBy(e => e.Dept).ThenByDescending(e => e.Salary).ThenBy(e => e.Name));
        Show("age desc, dept desc", emps.OrderByDescending(e => e.Age).ThenByDescending(e => e.Dept));
        Show("name length", emps.OrderBy(e => e.Name, Comparer<string>.Create((a, b) => b[0] - a[0])));
        Show("stable", emps.OrderBy(e => e.Age % 2));
        Show("query", from e in emps orderby e.Salary descending, e.Name select e.Name + "=" + e.Salary);
        string[] words = { "banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "fig" };
        Show("words", words.OrderBy(w => w));
        Show("words desc", words.OrderByDescending(w => w));
        Show("by len then alpha", words.OrderBy(w => w.Length).ThenBy(w => w));
        Show("ordinal", words.OrderBy(w => w, Comparer<string>.Create(string.CompareOrdinal)));
        int[] nums = { 5, -3, 9, 0, 9, 12, -7, 4 };
        Show("nums", nums.OrderBy(x => x));
        Show("abs desc", nums.OrderByDescending(x => Math.Abs(x)));
        Show("reverse", nums.Reverse());
        Show("first of ordered", new List<int> { nums.OrderBy(x => x).First(), nums.OrderByDescending(x => x).First() });
        double[] ds = { 2.5, double.NaN, -1, 0, double.NegativeInfinity };
        Show("doubles", ds.OrderBy(x => x));
        var sorted = emps.OrderBy(e => e.Name).ToList();
        emps.Add(new Emp("abe", "eng", 20, 1));
        Console.WriteLine(sorted.Count + " " + sorted[0]);
        var lazy = emps.OrderBy(e => e.Name);
        emps.Add(new Emp("aaa", "ops", 60, 2));
        Console.WriteLine(lazy.First() + " " + lazy.Count());
    }
}
