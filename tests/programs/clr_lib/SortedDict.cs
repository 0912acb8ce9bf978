using System;
using System.Collections.Generic;

class Descending : IComparer<int>
{
    public int Compare(int a, int b) { return b.CompareTo(a); }
}

class SortedDict
{
    static void Main()
    {
        var sd = new SortedDictionary<string, int>();
        foreach (string w in new[] { "pear", "apple", "fig", "Banana", "cherry", "apple", "date", "Apple" })
        {
            int c;
            sd.TryGetValue(w, out c);
            sd[w] = c + 1;
        }
        foreach (var kv in sd)
            Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine(sd.Count + " " + sd["apple"] + " " + sd.ContainsKey("kiwi") + " " + sd.ContainsValue(2));
        Console.WriteLine(sd.Remove("fig") + " " + sd.Remove("fig"));
        foreach (string k in sd.Keys)
            Console.Write(k + " ");
        Console.WriteLine();
        foreach (int v in sd.Values)
            Console.Write(v + " ");
        Console.WriteLine();
        var nums = new SortedDictionary<int, string>(new Descending());
        var r = new Random(3);
        for (int i = 0; i < 40; i++)
            nums[r.Next(100)] = "n" + i;
        foreach (var kv in nums)
            Console.Write(kv.Key + " ");
        Console.WriteLine(nums.Count);
        var ints = new SortedDictionary<int, int>();
        for (int i = 0; i < 200; i++)
            ints[(i * 37) % 101] = i;
        for (int i = 0; i < 101; i += 3)
            ints.Remove(i);
        int prev = -1;
        bool ordered = true;
        foreach (var kv in ints)
        {
            if (kv.Key <= prev)
                ordered = false;
            prev = kv.Key;
        }
        Console.WriteLine(ints.Count + " " + ordered + " " + ints[100]);
        try
        {
            ints.Add(100, 0);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Console.WriteLine(ints[0]);
        }
        catch (KeyNotFoundException e)
        {
            Console.WriteLine(e.Message);
        }
        var fromDict = new SortedDictionary<char, bool>(new Dictionary<char, bool> { { 'z', true }, { 'a', false }, { 'm', true } });
        foreach (var kv in fromDict)
            Console.Write(kv);
        Console.WriteLine();
        fromDict.Clear();
        Console.WriteLine(fromDict.Count);
    }
}
