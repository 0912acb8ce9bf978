using System;
using System.Collections.Generic;
using System.Linq;

class LinqBasic
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
        int[] nums = { 5, 3, 8, 1, 9, 2, 7 };
        var list = new List<int>(nums);
        Show("select", nums.Select(x => x * 10));
        Show("select-index", list.Select((x, i) => i + ":" + x));
        Show("where", nums.Where(x => x > 4));
        Show("where-index", list.Where((x, i) => i % 2 == 0));
        Show("where-select", list.Where(x => x % 2 == 1).Select(x => "odd" + x));
        Console.WriteLine(nums.Count() + " " + list.Count(x => x > 4) + " " + nums.LongCount() + " " + Enumerable.Range(0, 10).Where(x => x > 2).Count());
        Console.WriteLine(nums.Any() + " " + new int[0].Any() + " " + nums.Any(x => x > 8) + " " + nums.All(x => x > 0) + " " + nums.All(x => x > 1));
        Console.WriteLine(nums.First() + " " + nums.First(x => x > 5) + " " + list.Last() + " " + list.Last(x => x < 5));
        Console.WriteLine(new int[0].FirstOrDefault() + " " + nums.FirstOrDefault(x => x > 100) + " " + new string[0].FirstOrDefault() == null);
        Console.WriteLine(nums.LastOrDefault(x => x > 100) + " " + nums.Where(x => x == 8).Single() + " " + nums.Single(x => x == 9) + " " + nums.SingleOrDefault(x => x == 99));
        Console.WriteLine(nums.ElementAt(2) + " " + list.ElementAt(6) + " " + nums.ElementAtOrDefault(50) + " " + nums.Where(x => x > 0).ElementAt(1));
        Console.WriteLine(nums.Contains(9) + " " + list.Contains(4) + " " + nums.Select(x => x * 2).Contains(4));
        List<string> strs = nums.Select(x => "n" + x).ToList();
        Console.WriteLine(strs.Count + " " + strs[6]);
        int[] doubled = list.Select(x => x * 2).ToArray();
        Console.WriteLine(doubled.Length + " " + doubled[0] + " " + doubled[6]);
        Show("range", Enumerable.Range(-2, 5));
        Show("repeat", Enumerable.Repeat("ab", 3));
        Show("empty", Enumerable.Empty<int>());
        Show("string", "hello".Where(c => c != 'l'));
        Console.WriteLine("mississippi".Count(c => c == 's') + " " + "abc".Select(c => (int)c).Sum());
        var words = new List<string> { "apple", "bob", "kayak", "level", "zebra" };
        Show("palindromes", words.Where(w => w.SequenceEqual(w.Reverse())));
        Show("cast", new object[] { 1, 2, 3 }.Cast<int>().Select(x => x + 1));
        Show("oftype", new object[] { 1, "two", 3, "four", 5.0 }.OfType<string>());
        Show("default", new List<int>().DefaultIfEmpty(-1));
        Show("default2", nums.Take(2).DefaultIfEmpty());
        Show("append", nums.Take(2).Append(100).Prepend(-100));
        IEnumerable<int> query = from n in nums where n % 2 == 0 select n * n;
        Show("query", query);
        Show("query2", from w in words where w.Length == 5 select w.ToUpper());
    }
}
